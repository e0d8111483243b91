#!/usr/bin/env bash
# Create .venv beside the repo's sources and install Marsad into it (editable), with the extras
# given as arguments (e.g. `scripts/setup.sh web,postgres,ray,test`). Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[${extras}]" 2>&1 | grep -v -E "^(WARNING|  !!|\s*$)" || true
else
  .venv/bin/python -m pip install -q -e . 2>&1 | grep -v -E "^(WARNING|  !!|\s*$)" || true
fi
.venv/bin/python -c "import marsad" # fail loudly if the install did not work
