#!/usr/bin/env bash
# Sale-rush benchmark: runs marquee-loadgen against marquee-server, first on a private
# PostgreSQL 15 cluster, then on SQLite, and prints both sets of figures.
#
#   scripts/bench-rush.sh                      # 50 connections, 5000 tickets
#   CONNECTIONS=200 CAPACITY=20000 PIPELINE=4 scripts/bench-rush.sh
#
# Environment: CONNECTIONS (50), CAPACITY (5000), PIPELINE (1), QUANTITY (1),
# BUILD_DIR (build-bench, relative to the repository), BACKENDS ("postgresql sqlite"),
# KEEP_TMP=1 to keep the temporary folder (logs, databases) afterwards,
# QT_LOGGING_RULES for the server (default "*.debug=false"),
# LOADGEN_ARGS for any further marquee-loadgen options, SERVER_ARGS for marquee-server's
# (e.g. SERVER_ARGS="--workers 8 --purchase-batch 1"), SQLITE_OPTIONS appended to the SQLite URL
# (e.g. "?synchronous=normal").
# Needs the Debian packages from scripts/setup.sh. As root, PostgreSQL runs as user postgres.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-build-bench}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$REPO/$BUILD_DIR" ;; esac
CONNECTIONS=${CONNECTIONS:-50}
CAPACITY=${CAPACITY:-5000}
PIPELINE=${PIPELINE:-1}
QUANTITY=${QUANTITY:-1}
BACKENDS=${BACKENDS:-"postgresql sqlite"}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
ADMIN_USER=benchadmin
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

SERVER="$BUILD_DIR/server/marquee-server"
LOADGEN="$BUILD_DIR/bench/marquee-loadgen"

log() { printf '%s bench-rush: %s\n' "$(date +%T)" "$*" >&2; }
die() { log "$*"; exit 1; }

# --- build (incremental: a stale binary would measure an older server) ---------------------
log "building marquee-server and marquee-loadgen in $BUILD_DIR (Release)"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$REPO" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD_DIR" --target marquee-server marquee-loadgen >/dev/null
[ -x "$SERVER" ] || die "no $SERVER"
[ -x "$LOADGEN" ] || die "no $LOADGEN"

# --- temporary folder and cleanup -----------------------------------------------------------
TMP=$(mktemp -d /tmp/marquee-bench.XXXXXX)
chmod 755 "$TMP"
SERVER_PID=""
PG_DATA=""
AS_PG=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root.
    AS_PG=(runuser -u postgres --)
fi

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

# shellcheck disable=SC2317 # called through the trap
cleanup() {
    stop_server
    if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ "${KEEP_TMP:-0}" = 1 ]; then
        log "kept $TMP"
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

# --- PostgreSQL -----------------------------------------------------------------------------
start_postgres() {
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 not found in $PG_BIN (scripts/setup.sh installs it)"
    local dir="$TMP/pg"
    mkdir -p "$dir/sock"
    if [ ${#AS_PG[@]} -gt 0 ]; then
        chown -R postgres:postgres "$dir"
    fi
    PG_DATA="$dir/data"
    PG_PORT=$(free_port)
    log "PostgreSQL: initdb in $PG_DATA, port $PG_PORT"
    "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U marquee --auth=trust -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$dir/postgres.log" -w \
        -o "-p $PG_PORT -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=300" \
        start >/dev/null || { cat "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U marquee marquee
    DATABASE_URL="postgresql://marquee@127.0.0.1:$PG_PORT/marquee"
}

# --- one run --------------------------------------------------------------------------------
# run_backend NAME DATABASE_URL: creates the admin, starts a server, runs the load generator.
run_backend() {
    local name=$1 url=$2
    local server_log="$TMP/server-$name.log"
    local result="$TMP/result-$name.txt"

    log "$name: adduser $ADMIN_USER"
    printf '%s\n' "$ADMIN_PASSWORD" | "$SERVER" --database "$url" adduser "$ADMIN_USER" --role admin \
        >"$TMP/adduser-$name.log" 2>&1 || { cat "$TMP/adduser-$name.log" >&2; die "$name: adduser failed"; }

    # Per-request debug lines would be part of what is measured: off unless asked for.
    # shellcheck disable=SC2086 # SERVER_ARGS is a list of options on purpose
    QT_LOGGING_RULES=${QT_LOGGING_RULES:-"*.debug=false"} \
        "$SERVER" --listen 127.0.0.1:0 --database "$url" --trusted-sources 127.0.0.1/32 ${SERVER_ARGS:-} >"$server_log" 2>&1 &
    SERVER_PID=$!
    local address=""
    for _ in $(seq 1 300); do
        address=$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' "$server_log" | head -n1)
        [ -n "$address" ] && break
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$server_log" >&2; die "$name: server exited"; }
        sleep 0.1
    done
    [ -n "$address" ] || { cat "$server_log" >&2; die "$name: server did not say where it listens"; }
    log "$name: server pid $SERVER_PID listening on $address"

    local status=0
    # shellcheck disable=SC2086 # LOADGEN_ARGS is a list of options on purpose
    "$LOADGEN" --server "$address" --connections "$CONNECTIONS" --capacity "$CAPACITY" \
        --pipeline "$PIPELINE" --quantity "$QUANTITY" \
        --admin-user "$ADMIN_USER" --admin-password "$ADMIN_PASSWORD" ${LOADGEN_ARGS:-} \
        >"$result" || status=$?
    cat "$result"
    stop_server
    if [ "$status" -ne 0 ]; then
        log "$name: marquee-loadgen exited with $status; server log: $server_log"
        tail -n 20 "$server_log" >&2 || true
    fi
    return "$status"
}

# summarize NAME STATUS: one line from a run's figures.
summarize() {
    local file="$TMP/result-$1.txt"
    [ -f "$file" ] || { echo "$1: no result (exit $2)"; return 0; }
    awk -v name="$1" -v status="$2" '
        /^purchases\/s:/ { rate = $2 }
        /^latency ms:/ { for (i = 1; i <= NF; ++i) { if ($i == "p50") p50 = $(i + 1); if ($i == "p99") p99 = $(i + 1) } }
        /^oversell:/ { oversell = $2 }
        /^final sold\/remaining:/ { final = $3 }
        /^result:/ { result = $2 }
        END { if (result == "") { printf "%-10s no figures: marquee-loadgen stopped early (exit %s)\n", name ":", status; exit }
              printf "%-10s %s purchases/s, p50 %s ms, p99 %s ms, oversell %s, sold/remaining %s, %s (exit %s)\n",
                     name ":", rate, p50, p99, oversell, final, result, status }' "$file"
}

# --- main -----------------------------------------------------------------------------------
log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
overall=0
summary=()
for backend in $BACKENDS; do
    case "$backend" in
        postgresql)
            start_postgres
            url=$DATABASE_URL ;;
        sqlite)
            mkdir -p "$TMP/sqlite"
            url="sqlite:$TMP/sqlite/marquee.db${SQLITE_OPTIONS:-}" ;;
        *) die "unknown backend $backend" ;;
    esac
    echo
    echo "### $backend: $CONNECTIONS connections, capacity $CAPACITY, pipeline $PIPELINE"
    status=0
    run_backend "$backend" "$url" || status=$?
    [ "$status" -eq 0 ] || overall=1
    summary+=("$(summarize "$backend" "$status")")
    if [ "$backend" = postgresql ] && [ -n "$PG_DATA" ]; then
        "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
        PG_DATA=""
    fi
done

echo
echo "### summary ($CONNECTIONS connections, capacity $CAPACITY, pipeline $PIPELINE${SERVER_ARGS:+, server $SERVER_ARGS})"
printf '%s\n' "${summary[@]}"
exit "$overall"
