"""Marsad: structured, evidence-linked event data from raw Arabic news."""

__version__ = "0.1.0"
