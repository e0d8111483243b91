"""``marsad`` command line: a thin typer layer over marsad.verbs. Results go to stdout or files,
logs and progress to stderr. Exit codes: 0 all done, 1 error, 2 usage, 3 some inputs skipped."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import verbs
from ..config import SETTINGS
from ..errors import MarsadError
from .options import parse_stages
from .progress import Progress

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Marsad: structured, evidence-linked event data from raw Arabic news.")
log = logging.getLogger("marsad")

EXIT_SKIPPED = 3
DbOption = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL (env MARSAD_DB).")]
StagesOption = Annotated[str | None, typer.Option(
    "--stages", help="Comma-separated stages to run (default: all): clean,text,ner,link,quotes,events.")]


def _stages(value: str | None) -> tuple[str, ...]:
    from ..pipeline import DEFAULT_STAGES

    return parse_stages(value) or DEFAULT_STAGES


def _report(summary: verbs.Summary, seconds: float) -> None:
    for s in summary.skipped:
        typer.echo(s.message(), err=True)
    typer.echo(f"{summary.line()} in {seconds:.1f}s", err=True)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Debug logging.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, feed URLs or - for stdin.")],
           db: DbOption = SETTINGS.db_url, stages: StagesOption = None,
           force: Annotated[bool, typer.Option(help="Re-process articles already stored.")] = False,
           show_records: Annotated[bool, typer.Option("--print", help="Print each stored record.")] = False) -> None:
    """Process articles and store them (SQLite by default)."""
    progress = Progress("ingest")
    summary = verbs.ingest(paths, db=db, stages=_stages(stages), progress=progress, force=force)
    seconds = progress.done()
    if show_records:
        for article_id in summary.ids:
            typer.echo(json.dumps(verbs.show(article_id, db=db), ensure_ascii=False, indent=2))
    else:
        for article_id in summary.ids:
            typer.echo(article_id)
    _report(summary, seconds)


@app.command()
def extract(inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs or - for stdin.")],
            output: Annotated[Path | None, typer.Option("-o", "--output", help="JSONL file (default stdout).")] = None,
            stages: StagesOption = None) -> None:
    """Stream records as JSONL, with no database."""
    progress = Progress("extract")
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            summary = verbs.extract(inputs, fh, stages=_stages(stages), progress=progress)
    else:
        summary = verbs.extract(inputs, sys.stdout, stages=_stages(stages), progress=progress)
    _report(summary, progress.done())


@app.command()
def show(article_id: str, db: DbOption = SETTINGS.db_url) -> None:
    """Print one stored article's record."""
    typer.echo(json.dumps(verbs.show(article_id, db=db), ensure_ascii=False, indent=2))


@app.command()
def export(db: DbOption = SETTINGS.db_url,
           fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet")] = "jsonl",
           output: Annotated[Path | None, typer.Option("-o", "--output")] = None) -> None:
    """Export every stored record."""
    n = verbs.export(db, fmt, output, stdout=sys.stdout)
    typer.echo(f"{n} records exported", err=True)


@app.command()
def stats(db: DbOption = SETTINGS.db_url) -> None:
    """Counts of what is stored."""
    typer.echo(json.dumps(verbs.stats(db=db), ensure_ascii=False, indent=2))


@app.command("tag-conll")
def tag_conll(path: Annotated[Path, typer.Argument(help="CoNLL file: token in the first column, blank line between sentences.")]) -> None:
    """Tag a CoNLL file with the shipped NER model: `TOKEN TAG` lines (BIO, ANERcorp labels)."""
    from ..ner.conll import tag_conll as run

    if not path.is_file():
        raise MarsadError(f"{path}: no such file; give a CoNLL file")
    run(path, sys.stdout)


def _register_optional() -> None:
    """Commands that live with their stage (corpus, engine, api); registered when importable."""
    import importlib

    for module, names in (("marsad.cli.corpus_cmds", None), ("marsad.cli.run_cmd", ("run",)),
                          ("marsad.cli.serve_cmd", ("serve",))):
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            log.debug("command module %s unavailable: %s", module, exc)
            continue
        if names is None:
            sub = getattr(mod, "app", None)
            if sub is not None:
                for cmd in sub.registered_commands:
                    app.registered_commands.append(cmd)
        else:
            for name in names:
                app.command(name)(getattr(mod, name))


_register_optional()


def main() -> None:
    try:
        app()
    except MarsadError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
