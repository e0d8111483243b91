"""Corpus scale: exact and near-duplicate clusters, cross-source event clusters, Arabic-aware search."""

from .dedup import DedupConfig, DedupResult, Doc, DupCluster, DupMember, find_near_duplicates
from .event_clusters import EventCluster, EventRef, cluster_event_rows
from .search import SearchHit, SearchResult, refresh_index, search
from .store_ops import cluster_events, duplicate_clusters, duplicates_of, event_clusters, find_duplicates

__all__ = [
    "DedupConfig", "DedupResult", "Doc", "DupCluster", "DupMember", "EventCluster", "EventRef", "SearchHit",
    "SearchResult", "cluster_event_rows", "cluster_events", "duplicate_clusters", "duplicates_of", "event_clusters",
    "find_duplicates", "find_near_duplicates", "refresh_index", "search",
]
