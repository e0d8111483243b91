"""The Python API as a script uses it (marsad.extract_records / marsad.pipeline)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import SAMPLE


def test_a_script_that_never_closes_its_output_file_still_gets_every_record(tmp_path: Path) -> None:
    # The pipeline moves long-lived objects out of the collector's reach (gc.freeze); left frozen
    # at exit, an unclosed file next to a module-level function was never flushed: 0 bytes.
    out = tmp_path / "records.jsonl"
    script = (
        "import json, sys\n"
        "from marsad.pipeline import extract_records\n"
        f"out = open({str(out)!r}, 'w', encoding='utf-8')\n"
        "def event_types(rec):\n"
        "    return [e['type'] for e in rec['events']]\n"
        f"for rec in extract_records([{str(SAMPLE)!r}]):\n"
        "    out.write(json.dumps({'id': rec['id'], 'types': event_types(rec)}, ensure_ascii=False) + '\\n')\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=300)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert "ASSAULT" in lines[0]
