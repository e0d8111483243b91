"""Marsad: structured, evidence-linked event data from raw Arabic news.

The Python API mirrors the CLI: ``ingest``, ``extract``, ``show``, ``export``, ``stats``."""

__version__ = "0.1.0"

from .verbs import export, extract, ingest, show, stats

__all__ = ["__version__", "export", "extract", "ingest", "show", "stats"]
