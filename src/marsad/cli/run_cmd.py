"""``marsad run``: process many input files in parallel (one file = one shard), resumably, then
load the results into the store. Exit codes as elsewhere: 0 done, 1 a shard failed, 3 some
inputs or articles were skipped."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..config import SETTINGS
from ..engine import ENGINES, run_shards
from ..engine.shards import ShardResult
from .options import parse_stages

EXIT_FAILED = 1
EXIT_SKIPPED = 3


def _on_shard(result: ShardResult) -> None:
    if result.error:
        typer.echo(f"shard {result.shard}: FAILED ({result.error}); rerun to retry it", err=True)
    else:
        typer.echo(f"shard {result.shard}: {result.records} records, {len(result.skipped)} skipped, "
                   f"{result.seconds:.1f}s", err=True)


def run(
    inputs: Annotated[list[str], typer.Argument(help="Input files, folders or globs; each file is one shard.")],
    engine: Annotated[str, typer.Option(help=f"Where shards run: {' | '.join(ENGINES)} (ray needs the ray extra;"
                                             " it joins RAY_ADDRESS when set).")] = "local",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads the models once).")] = 2,
    out: Annotated[Path, typer.Option(help="Folder for per-shard outputs (<shard>.jsonl) and .done markers;"
                                           " rerunning with the same folder resumes.")] = Path("marsad-run"),
    db: Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL (env MARSAD_DB).")]
    = SETTINGS.db_url,
    load: Annotated[bool, typer.Option(help="Load the records into --db after processing.")] = True,
    stages: Annotated[str | None, typer.Option(help="Comma-separated stages to run (default: all).")] = None,
) -> None:
    """Process input files in parallel, one shard per file, resumably; then load the store."""
    if engine not in ENGINES:
        raise typer.BadParameter(f"unknown engine {engine!r}; choose from {list(ENGINES)}", param_hint="--engine")
    summary = run_shards(inputs, out, engine=engine, workers=workers, store_url=db if load else None,
                         stages=parse_stages(stages), command=" ".join(["marsad", *sys.argv[1:]]),
                         on_shard=_on_shard)
    for skip in summary.input_skips:
        typer.echo(skip.message(), err=True)
    line = (f"{summary.shards} shards ({summary.processed} processed, {summary.resumed} already done,"
            f" {len(summary.failed)} failed): {summary.records} records, {summary.skipped} skipped;"
            f" {summary.processed_records} articles in {summary.seconds:.1f}s"
            f" ({summary.articles_per_second:.1f}/s) on {engine} × {workers}")
    if load:
        line += f"; {summary.loaded} loaded into the store in {summary.load_seconds:.1f}s"
    typer.echo(line, err=True)
    typer.echo(f"outputs: {out}", err=True)
    if summary.failed:
        raise typer.Exit(EXIT_FAILED)
    if summary.skipped or summary.input_skips:
        raise typer.Exit(EXIT_SKIPPED)
