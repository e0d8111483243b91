"""Paths shared by the tests: the bundled fixture and ../shared (absent on a user's machine)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = FIXTURES / "raqqa.txt"
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (evaluation data) is not beside the repo")
