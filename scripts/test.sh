#!/usr/bin/env bash
# README command 2 (and CI): install everything the tests need — Debian packages for PostgreSQL
# and Chromium when run as root, the Python extras — start the test servers on loopback, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh web,postgres,ray,train,test
export PATH="$PWD/.venv/bin:$PATH"
for part in .ci/services.sh .ci/browser.sh; do
  # shellcheck disable=SC1090
  [ -f "$part" ] && source "$part"
done
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
type marsad_stop_services >/dev/null 2>&1 && marsad_stop_services
exit $status
