"""The server's view of the store: one connection per thread (a DB-API connection must not be
used by two threads at once, and FastAPI runs sync endpoints on a thread pool), the shared
in-memory event index, rebuilt when the store has changed, and the corpus search index kept
up to date."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from ..store import Store, open_store
from .event_index import EventIndex

log = logging.getLogger("marsad.api")


class StoreProvider:
    def __init__(self, url: str, refresh_s: float = 1.0) -> None:
        self.url = url
        self.refresh_s = refresh_s  # how often to ask the store whether it changed
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer at a time (ingest, search index)
        self._watch: Store | None = None  # the connection that asks "did the store change?"
        self._index: EventIndex | None = None
        self._index_version: Any = None
        self._index_lock = threading.Lock()
        self._checked = float("-inf")
        self._search_lock = threading.Lock()
        self._search_version: Any = None

    def reader(self) -> Store:
        """This thread's read-only store."""
        store = getattr(self._local, "reader", None)
        if store is None:
            store = open_store(self.url)
            _make_read_only(store)
            self._local.reader = store
            with self._lock:
                self._all.append(store)
        return store

    def writer(self) -> Store:
        """A fresh writable store, for the (key-protected) ingest endpoints; caller closes it."""
        return open_store(self.url)

    def version(self) -> Any:
        """Changes whenever the store does (see ``_version``)."""
        with self._lock:
            if self._watch is None:
                self._watch = open_store(self.url)
                _make_read_only(self._watch)
            return _version(self._watch)

    def events(self) -> EventIndex:
        """The event index, rebuilt (looking at most once per ``refresh_s``) when the store changed."""
        if self._index is not None and time.monotonic() - self._checked < self.refresh_s:
            return self._index
        with self._index_lock:
            if self._index is None or time.monotonic() - self._checked >= self.refresh_s:
                version = self.version()
                if self._index is None or version != self._index_version:
                    self._index = EventIndex.build(self.reader())
                    self._index_version = version
                self._checked = time.monotonic()
        return self._index

    def refresh_search_index(self, refresh: Callable[[Store], Any]) -> None:
        """Bring the corpus search index (derived tables in the same store) up to date before a
        search when the store changed since the last time: the one write a read-only server
        makes, on its own connection. A store it may not write is searched as it stands."""
        with self._search_lock:
            if self.version() == self._search_version:
                return
            with self.write_lock:
                try:
                    writer = open_store(self.url)
                    try:
                        refresh(writer)
                    finally:
                        writer.close()
                except Exception as exc:  # noqa: BLE001 - search still answers from the index as it is
                    log.warning("could not refresh the search index of %s: %s", self.url, exc)
            self._search_version = self.version()

    def invalidate(self) -> None:
        """After a write by this process: look again on the next request."""
        self._checked = float("-inf")

    def close(self) -> None:
        with self._lock:
            for store in [*self._all, *([self._watch] if self._watch else [])]:
                with contextlib.suppress(Exception):  # closing at shutdown: nothing left to do
                    store.close()
            self._all.clear()
            self._watch = None


def _make_read_only(store: Store) -> None:
    """Defence in depth: the read endpoints' connections refuse writes at the database level."""
    module = type(store.conn).__module__
    if module.startswith("sqlite3"):
        store.conn.execute("PRAGMA query_only = ON")
    elif module.startswith("psycopg"):
        store.conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        store.conn.commit()


def _version(store: Store) -> Any:
    """Something that changes whenever another connection commits. SQLite says so itself
    (``data_version``, per connection); elsewhere counts and the last write time stand in."""
    if type(store.conn).__module__.startswith("sqlite3"):
        return store.execute("PRAGMA data_version").fetchone()[0]
    row = store.execute("SELECT COUNT(*), MAX(stored_at) FROM articles").fetchone()
    events = store.execute("SELECT COUNT(*) FROM events").fetchone()
    store.conn.commit()  # end the read transaction so the next look sees new commits
    return (*row, *events)
