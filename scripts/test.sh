#!/usr/bin/env bash
# README command 2 (and CI): install everything the tests need — Debian packages for PostgreSQL
# and Chromium when run as root, the Python extras — start the test servers on loopback, run pytest.
# In CI (CI=true) a service that cannot start fails its tests instead of skipping them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh web,postgres,ray,train,test
export PATH="$PWD/.venv/bin:$PATH"
if [ "${CI:-}" = "true" ]; then export MARSAD_REQUIRE_SERVICES=1; fi
for part in .ci/services.sh .ci/browser.sh; do
  # shellcheck disable=SC1090
  [ -f "$part" ] && source "$part"
done
set +e
.venv/bin/ruff check src scripts tests benchmarks  # lint first: a finding fails the run like a test
lint=$?
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
status=$?
[ $status -eq 0 ] && status=$lint
set -e
type marsad_services_stop >/dev/null 2>&1 && marsad_services_stop
exit $status
