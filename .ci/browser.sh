# Sourced by .ci/run (after the virtual environment is set up): what the dashboard's browser
# tests (tests/test_dashboard_browser.py, tests/test_xss.py) need. Debian's Chromium is driven by
# the Playwright Python package; no browser is downloaded (`playwright install` is never run), so
# CI needs only the apt mirror and PyPI. Best effort, like services.sh: when something cannot be
# installed the browser tests skip (and say why) instead of the whole run failing here.
# Settings: MARSAD_PY (python of the venv, default .venv/bin/python).

_marsad_browser_py="${MARSAD_PY:-.venv/bin/python}"

_marsad_apt() {
    if [ "$(id -u)" = 0 ]; then env DEBIAN_FRONTEND=noninteractive apt-get "$@"
    else sudo -n env DEBIAN_FRONTEND=noninteractive apt-get "$@"; fi
}

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -q "Noto Naskh Arabic"; then
    echo "browser: installing chromium and fonts-noto-core from Debian packages" >&2
    { _marsad_apt update -qq >/dev/null && _marsad_apt install -y -qq chromium fonts-noto-core >/dev/null; } \
        || echo "browser: could not install chromium; browser tests will skip" >&2
fi
"$_marsad_browser_py" -m pip install -q "playwright>=1.44" \
    || echo "browser: could not install playwright; browser tests will skip" >&2
