# Services the tests need, started on loopback only. Source it (`. .ci/services.sh`) after the
# virtual environment is set up; it exports:
#   MARSAD_TEST_PG_URL  a PostgreSQL database whose role may create databases (tests make one each)
#   RAY_ADDRESS         a local 2-CPU Ray head, when Ray is installed in the venv
# Both are best effort: when a service cannot start, its variable stays unset and the tests that
# need it skip. `marsad_services_stop` stops what this script started (by process id).
# Settings: MARSAD_PY (python of the venv, default .venv/bin/python), MARSAD_PG_PORT (55432),
# MARSAD_PG_DIR (/tmp/marsad-ci-pg), MARSAD_RAY_PORT (6390).

_marsad_py="${MARSAD_PY:-.venv/bin/python}"
_marsad_pg_port="${MARSAD_PG_PORT:-55432}"
_marsad_pg_dir="${MARSAD_PG_DIR:-/tmp/marsad-ci-pg}"
_marsad_ray_port="${MARSAD_RAY_PORT:-6390}"

_marsad_pg_bin() { { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1; }

# Run a PostgreSQL program as the cluster owner: `postgres` when we are root (initdb refuses root).
_marsad_as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

marsad_start_postgres() {
    if [ -z "$(_marsad_pg_bin)" ]; then
        echo "services: installing PostgreSQL from Debian packages" >&2
        if [ "$(id -u)" = 0 ]; then
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
                && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        else
            sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
                && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        fi || { echo "services: cannot install PostgreSQL; PostgreSQL tests will skip" >&2; return 0; }
    fi
    local bin; bin="$(_marsad_pg_bin)"
    # A private cluster (not the distribution's `main`), so nothing else on the machine is touched.
    if [ ! -f "$_marsad_pg_dir/PG_VERSION" ]; then
        mkdir -p "$_marsad_pg_dir"
        if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$_marsad_pg_dir"; fi
        _marsad_as_pg "$bin/initdb" -D "$_marsad_pg_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
            >"$_marsad_pg_dir.initdb.log" 2>&1 \
            || { echo "services: initdb failed (see $_marsad_pg_dir.initdb.log)" >&2; return 0; }
    fi
    if ! _marsad_as_pg "$bin/pg_ctl" -D "$_marsad_pg_dir" status >/dev/null 2>&1; then
        _marsad_as_pg "$bin/pg_ctl" -D "$_marsad_pg_dir" -l "$_marsad_pg_dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $_marsad_pg_port -k $_marsad_pg_dir -c fsync=off" start >/dev/null \
            || { echo "services: PostgreSQL did not start (see $_marsad_pg_dir/server.log)" >&2; return 0; }
    fi
    local psql=("$bin/psql" -h 127.0.0.1 -p "$_marsad_pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'marsad'" || true)" != 1 ]; then
        "${psql[@]}" -c "CREATE ROLE marsad LOGIN CREATEDB PASSWORD 'marsad'" >/dev/null \
            || { echo "services: cannot create the marsad role" >&2; return 0; }
    fi
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'marsad_test'" || true)" != 1 ]; then
        "${psql[@]}" -c "CREATE DATABASE marsad_test OWNER marsad" >/dev/null \
            || { echo "services: cannot create the marsad_test database" >&2; return 0; }
    fi
    export MARSAD_TEST_PG_URL="postgresql://marsad:marsad@127.0.0.1:$_marsad_pg_port/marsad_test"
    echo "services: PostgreSQL on 127.0.0.1:$_marsad_pg_port ($MARSAD_TEST_PG_URL)" >&2
}

marsad_start_ray() {
    "$_marsad_py" -c "import ray" 2>/dev/null || { echo "services: Ray not installed; Ray tests will skip" >&2; return 0; }
    local ray_bin; ray_bin="$(dirname "$_marsad_py")/ray"
    # Keep every Ray address on loopback: without this Ray advertises the machine's outward IP.
    export RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0
    # A loopback-only test cluster: no token auth, so the head and the test clients agree
    # whatever ~/.ray/auth_token a previous run left behind.
    export RAY_AUTH_MODE=disabled
    if (: <"/dev/tcp/127.0.0.1/$_marsad_ray_port") 2>/dev/null; then  # already up (sourced twice)
        export RAY_ADDRESS="127.0.0.1:$_marsad_ray_port"
        echo "services: Ray head already listening at $RAY_ADDRESS" >&2
        return 0
    fi
    local tmp; tmp="$(mktemp -d /tmp/marsad-ray.XXXXXX)"
    if "$ray_bin" start --head --num-cpus 2 --port "$_marsad_ray_port" --node-ip-address 127.0.0.1 \
        --include-dashboard=false --disable-usage-stats --temp-dir "$tmp" >"$tmp.log" 2>&1; then
        export RAY_ADDRESS="127.0.0.1:$_marsad_ray_port"
        export MARSAD_RAY_TMP="$tmp"
        echo "services: Ray head with 2 CPUs at $RAY_ADDRESS" >&2
    else
        echo "services: Ray did not start (see $tmp.log); Ray tests will skip" >&2
    fi
}

# Only the processes of our own Ray session: those naming its folder on their command line or
# holding a file open in it (Ray's agents rewrite their command line).
_marsad_ray_pids() {
    local p
    for p in /proc/[0-9]*; do
        if { tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null | grep -qF -- "$MARSAD_RAY_TMP" \
            || ls -l "$p/fd" 2>/dev/null | grep -qF -- "$MARSAD_RAY_TMP"; then
            echo "${p#/proc/}"
        fi
    done | { grep -vx "$$" || true; } | tr '\n' ' '
}

marsad_services_stop() {
    local bin; bin="$(_marsad_pg_bin)"
    if [ -n "$bin" ] && [ -f "$_marsad_pg_dir/postmaster.pid" ]; then
        _marsad_as_pg "$bin/pg_ctl" -D "$_marsad_pg_dir" -m fast stop >/dev/null 2>&1 || true
    fi
    if [ -n "${MARSAD_RAY_TMP:-}" ]; then
        local pids
        pids="$(_marsad_ray_pids)"; if [ -n "$pids" ]; then kill $pids 2>/dev/null || true; sleep 2; fi
        pids="$(_marsad_ray_pids)"; if [ -n "$pids" ]; then kill -9 $pids 2>/dev/null || true; fi
        unset RAY_ADDRESS MARSAD_RAY_TMP
    fi
    return 0
}

marsad_start_postgres
marsad_start_ray
