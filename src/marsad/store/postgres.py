"""PostgreSQL back-end (optional extra ``marsad[postgres]``), behind the same Store interface.

The shared SQL is written once for SQLite; three translations make it answer identically here:
``?`` placeholders become ``%s`` (and a literal ``%`` is doubled, as psycopg reads ``%`` anywhere);
in table definitions ``REAL`` becomes ``DOUBLE PRECISION`` (PostgreSQL's REAL is 4-byte, SQLite's
8-byte, so coordinates would come back rounded) and ``TEXT`` gets ``COLLATE "C"`` (code-point
order, as SQLite's BINARY, so ``ORDER BY`` and ``>`` on Arabic text agree whatever the database
locale). NUMERIC results (``AVG``, ``SUM`` of bigint) are loaded as floats, as SQLite returns them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from ..errors import MarsadError, MissingExtra
from ..record import Article
from .base import Store

# Arbitrary key for the advisory lock that serialises migrations between concurrent openers.
_MIGRATION_LOCK = 0x6D61727361  # "marsa"
_DDL = re.compile(r"^\s*(CREATE\s+TABLE|ALTER\s+TABLE)\b", re.IGNORECASE)


def _translate_ddl(sql: str) -> str:
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    return re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)


@lru_cache(maxsize=512)
def to_postgres(sql: str) -> str:
    """Rewrite one statement from the shared ``?`` dialect to psycopg's. Quoted literals and
    identifiers are left alone except for ``%`` (psycopg scans the whole string for ``%``)."""
    if _DDL.match(sql):
        sql = _translate_ddl(sql)
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if ch == "%":
            out.append("%%")
        elif quote:
            out.append(ch)
            if ch == quote:  # a doubled quote ('') closes and reopens: same result
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


def redact(url: str) -> str:
    """The URL without its password, for logs and ``stats()``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


class PostgresStore(Store):
    placeholder = "%s"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.types.numeric import FloatLoader
        except ImportError as exc:
            raise MissingExtra("psycopg (PostgreSQL driver)", "postgres") from exc
        try:
            conn = psycopg.connect(url, autocommit=False, connect_timeout=30)
        except psycopg.OperationalError as exc:
            raise MarsadError(f"cannot connect to PostgreSQL at {redact(url)}: {str(exc).strip()}") from exc
        conn.adapters.register_loader("numeric", FloatLoader)
        super().__init__(conn, redact(url))

    def _sql(self, sql: str) -> str:
        return to_postgres(sql)

    def save_many(self, articles: Iterable[Article], run_id: str | None = None) -> int:
        """As Store.save_many, in psycopg's pipeline mode: the dozen statements per article go out
        without waiting for each reply (several times faster over a network, even on loopback)."""
        import psycopg

        batch = list(articles)
        try:
            with self.conn.pipeline():
                return super().save_many(batch, run_id)
        except psycopg.errors.PipelineAborted:
            # Pipelined, a failure can surface as "pipeline aborted" on a later statement; the
            # batch was rolled back, so redo it unpipelined to raise the statement's own error.
            self.conn.rollback()
            return super().save_many(batch, run_id)

    def migrate(self) -> None:
        """As Store.migrate, under an advisory lock so two processes opening a fresh database
        at once do not both create the tables."""
        self.conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
        try:
            super().migrate()
        finally:
            self.conn.rollback()
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
            self.conn.commit()
