"""SQLite back-end: the zero-set-up default (one file, WAL so readers never block the writer)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .base import Store


class SqliteStore(Store):
    placeholder = "?"

    def __init__(self, path: str | Path) -> None:
        path = str(path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30, isolation_level="DEFERRED", check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        super().__init__(conn, f"sqlite:///{path}")
