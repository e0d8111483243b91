#!/usr/bin/env bash
# README command 1: install, then run the whole pipeline on the bundled sample article into an
# embedded SQLite database (marsad.db) and print its record.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f marsad.db marsad.db-wal marsad.db-shm
.venv/bin/marsad ingest tests/fixtures/raqqa.txt --db marsad.db --print
.venv/bin/marsad stats --db marsad.db
