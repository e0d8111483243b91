"""Storage back-ends behind one interface; ``open_store(url)`` picks one from a URL.

``sqlite:///path/to/file.db`` (or a bare path) → SQLite; ``postgresql://…`` → PostgreSQL."""

from __future__ import annotations

from .base import Store


def open_store(url: str) -> Store:
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore  # optional extra

        return PostgresStore(url)
    from .sqlite import SqliteStore

    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url.removeprefix("sqlite://")
    return SqliteStore(path)


__all__ = ["Store", "open_store"]
