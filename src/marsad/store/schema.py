"""The store's tables, as ordered migrations. Both back-ends run the same SQL (portable subset:
TEXT/INTEGER/REAL/BOOLEAN-as-INTEGER), so a query written once answers the same on each."""

from __future__ import annotations

# Each entry moves the schema from version i to i+1. Never edit a released migration: append.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            source TEXT, url TEXT, title TEXT, published TEXT, author TEXT, lang TEXT,
            raw TEXT NOT NULL,
            text TEXT NOT NULL,
            metadata TEXT NOT NULL DEFAULT '{}',
            record TEXT NOT NULL,
            run_id TEXT,
            stored_at TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
        "CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash)",
        """CREATE TABLE IF NOT EXISTS removals (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL,
            raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL, reason TEXT NOT NULL, text TEXT,
            PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE IF NOT EXISTS entities (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL,
            start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
            label TEXT NOT NULL, canonical TEXT, kind TEXT, confidence REAL,
            PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX IF NOT EXISTS entities_canonical ON entities (canonical)",
        "CREATE INDEX IF NOT EXISTS entities_norm ON entities (norm)",
        """CREATE TABLE IF NOT EXISTS places (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL,
            start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL,
            name TEXT, country TEXT, feature TEXT, lat REAL, lon REAL, precision TEXT,
            PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX IF NOT EXISTS places_name ON places (name)",
        """CREATE TABLE IF NOT EXISTS quotes (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL,
            speaker TEXT, speaker_canonical TEXT, cue TEXT, outlet TEXT, outlet_canonical TEXT,
            quote TEXT NOT NULL, quote_start INTEGER, quote_end INTEGER, direct INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE IF NOT EXISTS events (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL,
            type TEXT NOT NULL, mode TEXT, trigger_text TEXT,
            actor TEXT, actor_canonical TEXT, target TEXT, target_canonical TEXT,
            location TEXT, location_name TEXT, lat REAL, lon REAL,
            event_date TEXT, date_precision TEXT,
            evidence TEXT, evidence_start INTEGER, evidence_end INTEGER,
            historical INTEGER NOT NULL, confidence REAL,
            PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
        "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
        "CREATE INDEX IF NOT EXISTS events_actor ON events (actor_canonical)",
        """CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY, command TEXT, started_at TEXT NOT NULL, finished_at TEXT,
            stats TEXT NOT NULL DEFAULT '{}')""",
        """CREATE TABLE IF NOT EXISTS skipped (
            input TEXT NOT NULL, reason TEXT NOT NULL, run_id TEXT, at TEXT NOT NULL)""",
    ],
    # v2 (corpus/): duplicate clusters, cross-source event clusters, the normalised search index.
    [
        """CREATE TABLE IF NOT EXISTS dup_clusters (
            article_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, representative TEXT NOT NULL,
            kind TEXT NOT NULL, similarity REAL, cluster_kind TEXT NOT NULL, cluster_size INTEGER NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS dup_clusters_cluster ON dup_clusters (cluster_id)",
        """CREATE TABLE IF NOT EXISTS event_clusters (
            article_id TEXT NOT NULL, event_idx INTEGER NOT NULL, cluster_id TEXT NOT NULL,
            type TEXT NOT NULL, actor_key TEXT, target_key TEXT, place_key TEXT,
            date_start TEXT, date_end TEXT,
            num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_events INTEGER NOT NULL,
            PRIMARY KEY (article_id, event_idx))""",
        "CREATE INDEX IF NOT EXISTS event_clusters_cluster ON event_clusters (cluster_id)",
        """CREATE TABLE IF NOT EXISTS search_terms (
            term TEXT NOT NULL, article_id TEXT NOT NULL, kind TEXT NOT NULL, idx INTEGER NOT NULL,
            field TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS search_terms_term ON search_terms (term)",
        "CREATE INDEX IF NOT EXISTS search_terms_article ON search_terms (article_id)",
        "CREATE TABLE IF NOT EXISTS search_docs (article_id TEXT PRIMARY KEY, stored_at TEXT NOT NULL)",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)

# Tables holding per-article children, replaced together with their article.
CHILD_TABLES = ("removals", "entities", "places", "quotes", "events")
