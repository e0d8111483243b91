"""Option parsing shared by the CLI commands."""

from __future__ import annotations

import typer


def parse_stages(value: str | None) -> tuple[str, ...] | None:
    """``--stages clean,text,ner`` → stage names, checked against the registry; None when not given."""
    if not value:
        return None
    from ..pipeline import STAGES

    names = tuple(s.strip() for s in value.split(",") if s.strip())
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {unknown}; choose from {list(STAGES)}")
    return names
