#!/usr/bin/env bash
# Sale-rush benchmark: runs marquee-loadgen against marquee-server, first on a private
# PostgreSQL 15 cluster, then on SQLite, and prints both sets of figures.
#
#   scripts/bench-rush.sh                      # 50 connections, 5000 tickets
#   CONNECTIONS=200 CAPACITY=20000 PIPELINE=4 scripts/bench-rush.sh
#
# Environment: CONNECTIONS (50), CAPACITY (5000), PIPELINE (1), QUANTITY (1),
# BUILD_DIR (build-bench, relative to the repository), SOURCE (a commit to build instead of the
# working tree, see scripts/bench-lib.sh), BACKENDS ("postgresql sqlite"),
# KEEP_TMP=1 to keep the temporary folder (logs, databases) afterwards,
# QT_LOGGING_RULES for the server (default "*.debug=false"),
# LOADGEN_ARGS for any further marquee-loadgen options, SERVER_ARGS for marquee-server's
# (e.g. SERVER_ARGS="--workers 8 --purchase-batch 1"), SQLITE_OPTIONS appended to the SQLite URL
# (e.g. "?synchronous=normal").
# Needs the Debian packages from scripts/setup.sh. As root, PostgreSQL runs as user postgres.
set -euo pipefail

BENCH_NAME=bench-rush
# shellcheck source=scripts/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

CONNECTIONS=${CONNECTIONS:-50}
CAPACITY=${CAPACITY:-5000}
PIPELINE=${PIPELINE:-1}
QUANTITY=${QUANTITY:-1}
BACKENDS=${BACKENDS:-"postgresql sqlite"}
ADMIN_USER=benchadmin
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

bench_build marquee-server marquee-loadgen
[ -x "$SERVER" ] || die "no $SERVER"
[ -x "$LOADGEN" ] || die "no $LOADGEN"
bench_tmp marquee-bench

# --- one run --------------------------------------------------------------------------------
# run_backend NAME DATABASE_URL: creates the admin, starts a server, runs the load generator.
run_backend() {
    local name=$1 url=$2
    local result="$TMP/result-$name.txt"
    add_user "$name" "$url" "$ADMIN_USER" admin "$ADMIN_PASSWORD"
    start_server "$name" "$url"
    local server_log="$TMP/server-$name.log"

    local status=0
    # shellcheck disable=SC2086 # LOADGEN_ARGS is a list of options on purpose
    "$LOADGEN" --server "$ADDRESS" --connections "$CONNECTIONS" --capacity "$CAPACITY" \
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
machine_info
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
        stop_postgres
    fi
done

echo
echo "### summary ($CONNECTIONS connections, capacity $CAPACITY, pipeline $PIPELINE${SERVER_ARGS:+, server $SERVER_ARGS})"
printf '%s\n' "${summary[@]}"
exit "$overall"
