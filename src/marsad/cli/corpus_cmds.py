"""Corpus commands: ``marsad dedup``, ``marsad clusters``, ``marsad search``. Thin wrappers over
marsad.corpus; results to stdout (text, or JSON lines with --json), summaries to stderr."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from ..config import SETTINGS

app = typer.Typer(add_completion=False)
DbOption = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL (env MARSAD_DB).")]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
LimitOption = Annotated[int, typer.Option("--limit", help="Show at most this many (0: all).")]


def _titles(store: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 400):
        chunk = ids[i:i + 400]
        for r in store.query(f"SELECT id, title, source, published FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                             chunk):
            out[r["id"]] = r
    return out


def _emit(obj: dict[str, Any]) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False))


@app.command()
def dedup(db: DbOption = SETTINGS.db_url,
          threshold: Annotated[float, typer.Option(help="Estimated Jaccard of word 3-shingles for a near duplicate.")] = 0.5,
          kind: Annotated[str | None, typer.Option(help="List only exact or near clusters.")] = None,
          limit: LimitOption = 0, as_json: JsonOption = False) -> None:
    """Find exact and near-duplicate articles, store the clusters and list them."""
    from ..corpus import DedupConfig, duplicate_clusters, find_duplicates
    from ..store import open_store

    with open_store(db) as store:
        res = find_duplicates(store, DedupConfig(threshold=threshold))
        clusters = duplicate_clusters(store, kind=kind, limit=limit or None)
        meta = _titles(store, sorted({m.article_id for c in clusters for m in c.members}))
    for c in clusters:
        members = [{"article_id": m.article_id, "kind": m.kind, "similarity": m.similarity,
                    "source": meta.get(m.article_id, {}).get("source"),
                    "published": meta.get(m.article_id, {}).get("published")} for m in c.members]
        if as_json:
            _emit({"cluster_id": c.cluster_id, "kind": c.kind, "size": c.size, "representative": c.representative,
                   "title": meta.get(c.representative, {}).get("title"), "members": members})
            continue
        typer.echo(f"{c.cluster_id}\t{c.kind}\t{c.size}\t{meta.get(c.representative, {}).get('title') or ''}")
        for m in members:
            typer.echo(f"  {m['kind']:<14} {m['similarity']:.3f}  {m['article_id']}  {m['source'] or ''}"
                       f"  {m['published'] or ''}")
    typer.echo(f"{res.n_docs} articles: {len(res.clusters)} duplicate clusters, {res.n_exact_duplicates} exact"
               f" and {res.n_near_duplicates} near duplicates in {res.seconds.get('total', 0):.1f}s", err=True)


@app.command()
def clusters(db: DbOption = SETTINGS.db_url,
             min_sources: Annotated[int, typer.Option("--min-sources", help="Keep clusters reported by at least"
                                                      " this many sources.")] = 2,
             event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
             window: Annotated[int, typer.Option(help="Days an event cluster may span.")] = 3,
             limit: LimitOption = 0, as_json: JsonOption = False) -> None:
    """Merge events reported by several articles into event clusters, store and list them."""
    from ..corpus import cluster_events, event_clusters
    from ..store import open_store

    with open_store(db) as store:
        all_clusters = cluster_events(store, window_days=window)
        shown = event_clusters(store, min_sources=min_sources, event_type=event_type, limit=limit or None)
    for c in shown:
        if as_json:
            _emit(c.to_dict())
            continue
        typer.echo(f"{c.cluster_id}\t{c.type}\t{c.actor or '-'} -> {c.target or '-'} @ {c.place or '-'}\t"
                   f"{c.date_start or '?'}..{c.date_end or '?'}\tsources={c.num_sources} articles={c.num_articles}")
        for e in c.events:
            typer.echo(f"  {e.article_id}#{e.idx}  {e.source or ''}  {e.date or ''}")
    multi = sum(1 for c in all_clusters if c.num_sources >= 2)
    typer.echo(f"{sum(c.num_events for c in all_clusters)} events: {len(all_clusters)} clusters, {multi} reported by"
               " two or more sources", err=True)


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(help="Words to find (Arabic-aware: spelling variants and"
                                                    " clitics match).")] = "",
               db: DbOption = SETTINGS.db_url,
               event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
               actor: Annotated[str | None, typer.Option(help="Event actor (name or canonical id).")] = None,
               place: Annotated[str | None, typer.Option(help="Event place, or a place the article names.")] = None,
               date_from: Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD).")] = None,
               date_to: Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD).")] = None,
               kind: Annotated[list[str] | None, typer.Option(help="article, entity, quote, event (repeatable).")]
               = None,
               limit: Annotated[int, typer.Option(help="Hits per page.")] = 20,
               offset: Annotated[int, typer.Option(help="Hits to skip.")] = 0,
               as_json: JsonOption = False) -> None:
    """Search articles, entities, quotes and events."""
    from ..corpus import search
    from ..corpus.search import KINDS
    from ..store import open_store

    with open_store(db) as store:
        res = search(store, query, date_from=date_from, date_to=date_to, event_type=event_type, actor=actor,
                     place=place, kinds=kind or KINDS, limit=limit, offset=offset)
    for h in res.hits:
        if as_json:
            _emit(h.to_dict())
        else:
            where = f"[{h.start}:{h.end}]" if h.start is not None else ""
            label = h.kind + (f":{h.event_type}" if h.event_type else "")
            typer.echo(f"{h.score:.1f}\t{label}\t{h.article_id}#{h.idx}{where}\t{h.event_date or h.published or ''}\t"
                       f"{h.source or ''}\t{h.text[:200]}")
    typer.echo(f"{res.total} hits", err=True)
