#!/usr/bin/env bash
# Install (with the web extra), store the bundled sample if marsad.db has no articles yet, and
# serve the REST API and the dashboard on http://127.0.0.1:8000/ (no network needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh web
db="${MARSAD_DB:-marsad.db}"
.venv/bin/marsad ingest tests/fixtures/raqqa.txt --db "$db" >/dev/null
exec .venv/bin/marsad serve --db "$db" "$@"
