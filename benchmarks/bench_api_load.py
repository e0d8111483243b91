"""Load benchmark of the events endpoint over the 2,961-article news sample.

Builds (or reuses) a store of the sample, starts ``marsad serve``'s app under uvicorn on
127.0.0.1, and drives a fixed mix of /api/v1/events queries (unfiltered, by type, by date range,
by bounding box, by actor, deep page) with ``wrk`` (apt-get install wrk) for a fixed duration, or
with a bounded number of requests from a small asyncio client when wrk is absent. Prints
requests/s and latency percentiles; the target is ≥ 500 req/s with p99 < 100 ms on 2 cores.

    python benchmarks/bench_api_load.py                      # store built at /tmp, wrk if present
    python benchmarks/bench_api_load.py --db marsad.db       # an existing store (e.g. `marsad ingest`)
    python benchmarks/bench_api_load.py --build synthetic    # no extraction: the sample's text with
                                                             # generated events, to load-test the API alone

The store comes from the real pipeline when it loads (``--build pipeline``, slow: every article
is extracted), else from ``--build synthetic``. The report says which.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news" / "news_sample.jsonl.gz"

# What the dashboard asks for: its list page, the filter bar's common combinations, a deep page.
QUERIES = [
    "/api/v1/events?page_size=25",
    "/api/v1/events?type=ASSAULT&page_size=25",
    "/api/v1/events?type=PROTEST,CONSULT&page_size=25",
    "/api/v1/events?date_from=2018-04-01&date_to=2018-04-30&page_size=25",
    "/api/v1/events?bbox=34,29,49,38&page_size=25",
    "/api/v1/events?actor=%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A&page_size=25",  # الحوثي
    "/api/v1/events?page=20&page_size=50",
    "/api/v1/events?type=ASSAULT&bbox=35,15,45,38&date_from=2015-01-01&page_size=25",
]

# Synthetic annotations: places and actors of the region, so filters select realistic shares.
PLACES = [("دمشق", "Damascus", 33.51, 36.29), ("حلب", "Aleppo", 36.2, 37.16), ("الرقة", "Raqqa", 35.95, 39.01),
          ("بغداد", "Baghdad", 33.34, 44.4), ("الموصل", "Mosul", 36.34, 43.13), ("صنعاء", "Sanaa", 15.35, 44.21),
          ("عدن", "Aden", 12.78, 45.04), ("القاهرة", "Cairo", 30.04, 31.24), ("بيروت", "Beirut", 33.89, 35.5),
          ("الرياض", "Riyadh", 24.69, 46.72), ("طرابلس", "Tripoli", 32.89, 13.19), ("غزة", "Gaza", 31.5, 34.47),
          ("القدس", "Jerusalem", 31.77, 35.21), ("عمان", "Amman", 31.96, 35.95), ("الدوحة", "Doha", 25.29, 51.53)]
ACTORS = [("الحوثي", "houthis"), ("الجيش السوري", "syrian-army"), ("داعش", "isis"),
          ("قوات سوريا الديمقراطية", "syrian-democratic-forces"), ("التحالف العربي", "arab-coalition"),
          ("الحكومة العراقية", "iraq-government"), ("الأمم المتحدة", "united-nations"),
          ("حزب الله", "hezbollah"), ("حماس", "hamas"), ("الجيش الإسرائيلي", "israeli-army")]


def _published(raw: str | None) -> str | None:
    if not raw:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}", raw):
        return raw[:10]
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError):
        return None


def build_synthetic(db: str, news: Path) -> int:
    """The sample's real text and metadata with deterministic generated events (1-4 per
    article), for load-testing the API without running extraction."""
    from marsad.events.lexicon import PLOVER_TYPES
    from marsad.record import Article, Entity, Event, Location, Span
    from marsad.store import open_store

    articles = []
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            text = r["text"]
            h = hashlib.sha1(r["id"].encode()).digest()
            first = text.split("\n", 1)[0][:400] or text[:400]
            art = Article(id=r["id"], raw=text, text=text, title=r.get("title"), published=_published(r.get("date")),
                          source=r.get("source"), url=r.get("url"), metadata={"content_hash": h.hex()})
            for k in range(1 + h[0] % 4):
                name, en, lat, lon = PLACES[h[1 + k] % len(PLACES)]
                actor, actor_id = ACTORS[h[5 + k] % len(ACTORS)]
                target, target_id = ACTORS[h[9 + k] % len(ACTORS)]
                ev = Span(0, len(first), first)
                art.events.append(Event(PLOVER_TYPES[h[13 + k] % len(PLOVER_TYPES)], Span(0, 1, text[:1]), ev,
                                        actor=Span(0, 0, actor, actor_id), target=Span(0, 0, target, target_id),
                                        location=Location(0, 0, name, None, en, lat, lon), date=art.published,
                                        date_precision="day" if art.published else None))
                art.entities.append(Entity(0, 0, actor, "ORG", 0.9, actor_id))
            articles.append(art)
    store = open_store(db)
    try:
        store.save_many(articles)
    finally:
        store.close()
    return len(articles)


def build_pipeline(db: str, news: Path) -> int:
    """Extract and store the sample with the real pipeline (``marsad ingest``)."""
    from marsad import verbs

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "news.jsonl"
        with gzip.open(news, "rt", encoding="utf-8") as fh, src.open("w", encoding="utf-8") as out:
            out.writelines(fh)
        summary = verbs.ingest([str(src)], db=db)
    return len(summary.ids)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, workers: int, cores: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "marsad.api.app:app_from_env", "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", cores, *cmd]
    proc = subprocess.Popen(cmd, env={**os.environ, "MARSAD_DB": db})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its descendants (Linux /proc), to tell the server's
    own cost per request from what a busy shared machine leaves it."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    tree, frontier = {pid}, [pid]
    while frontier:
        p = frontier.pop()
        for child, par in parent.items():
            if par == p and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(cpu.get(p, 0.0) for p in tree)


def run_wrk(base: str, seconds: int, connections: int, cores: str) -> dict[str, float]:
    paths = ", ".join(json.dumps(q) for q in QUERIES)
    lua = f"""
local paths = {{{paths}}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {{\\"requests\\": %d, \\"seconds\\": %f, \\"errors\\": %d, \\"p50_ms\\": %f,"
    .. " \\"p90_ms\\": %f, \\"p99_ms\\": %f, \\"max_ms\\": %f}}\\n",
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
"""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(lua)
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", fh.name, base]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", cores, *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    os.unlink(fh.name)
    stats = json.loads(next(line[5:] for line in out.splitlines() if line.startswith("JSON ")))
    stats["rps"] = stats["requests"] / stats["seconds"]
    return stats


async def _client(base: str, total: int, concurrency: int) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for i in counter:
            t0 = time.perf_counter()
            r = await client.get(QUERIES[i % len(QUERIES)])
            latencies.append((time.perf_counter() - t0) * 1000)
            errors += r.status_code != 200

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        seconds = time.perf_counter() - t0
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    return {"requests": len(latencies), "seconds": seconds, "errors": errors, "rps": len(latencies) / seconds,
            "p50_ms": pick(0.5), "p90_ms": pick(0.9), "p99_ms": pick(0.99), "max_ms": latencies[-1]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="existing store to serve (default: build one under /tmp)")
    ap.add_argument("--build", choices=["auto", "pipeline", "synthetic"], default="auto")
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--workers", type=int, default=2, help="uvicorn processes (default 2: one per core)")
    ap.add_argument("--cores", default="0,1", help="CPU list for server and load generator (taskset)")
    ap.add_argument("--connections", type=int, default=8, help="concurrent connections (4 per worker)")
    ap.add_argument("--seconds", type=int, default=10, help="wrk duration")
    ap.add_argument("--requests", type=int, default=3000, help="requests for the Python client (no wrk)")
    ap.add_argument("--tool", choices=["auto", "wrk", "python"], default="auto")
    args = ap.parse_args()

    how = "given"
    db = args.db
    if db is None:
        db = str(Path(tempfile.gettempdir()) / "marsad_bench_api.db")
        if not Path(db).exists():
            if not args.news.exists():
                sys.exit(f"no store given and no news sample at {args.news}")
            how = args.build
            t0 = time.perf_counter()
            if how in ("auto", "pipeline"):
                try:
                    n = build_pipeline(db, args.news)
                    how = "pipeline"
                except Exception as exc:
                    if args.build == "pipeline":
                        raise
                    print(f"pipeline unavailable ({exc!r}); building a synthetic store", file=sys.stderr)
                    Path(db).unlink(missing_ok=True)
                    how = "synthetic"
            if how == "synthetic":
                n = build_synthetic(db, args.news)
            print(f"built {db}: {n} articles ({how}) in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        else:
            how = "reused"
    from marsad.store import open_store

    with open_store(db) as store:
        counts = store.stats()["counts"]
    port = free_port()
    proc = start_server(db, port, args.workers, args.cores)
    base = f"http://127.0.0.1:{port}"
    try:
        import urllib.request

        for q in QUERIES:  # every query answers, and warms the page cache
            with urllib.request.urlopen(base + q) as r:
                assert r.status == 200
        tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "python")
        cpu0 = tree_cpu_seconds(proc.pid)
        if tool == "wrk":
            stats = run_wrk(base, args.seconds, args.connections, args.cores)
        else:
            stats = asyncio.run(_client(base, args.requests, args.connections))
        server_cpu = tree_cpu_seconds(proc.pid) - cpu0
        stats["server_cpu_ms_per_request"] = 1000 * server_cpu / max(1, stats["requests"])
        # What two cores would serve if the server had them to itself (the load average says how
        # much of them it had during the run).
        stats["capacity_rps_on_2_free_cores"] = 2000 / max(1e-9, stats["server_cpu_ms_per_request"])
        stats["load_average_1min"] = os.getloadavg()[0]
    finally:
        proc.terminate()
        proc.wait(10)
    report = {"store": db, "store_built": how, "articles": counts["articles"], "events": counts["events"],
              "tool": tool, "workers": args.workers, "cores": args.cores, "connections": args.connections,
              **{k: round(v, 2) for k, v in stats.items()}}
    print(json.dumps(report, ensure_ascii=False))
    ok = report["rps"] >= 500 and report["p99_ms"] < 100 and report["errors"] == 0
    print(f"events endpoint: {report['rps']:.0f} req/s, p99 {report['p99_ms']:.1f} ms "
          f"({'meets' if ok else 'misses'} the ≥500 req/s, p99 <100 ms target)")


if __name__ == "__main__":
    main()
