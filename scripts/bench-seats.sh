#!/usr/bin/env bash
# Reserved-seating benchmark: on a private PostgreSQL 15 cluster, then on SQLite, runs
#  1. marquee-mappaint: fetch and first paint of the demo's 50,000-seat stadium map with the
#     client's own SeatMapView (offscreen), against a server started with --demo;
#  2. marquee-loadgen --mode seats: CONNECTIONS buyers hold and check out random seats of one
#     reserved performance until the house is sold out, then checks map, orders and counts;
#  3. (PostgreSQL) pgbench running the server's hold SQL (bench/pgbench/hold.sql: the hold
#     transaction, then the release of that hold) with the same client count, against the same
#     database, on an untouched performance of the same venue;
# and prints all the figures side by side.
#
#   scripts/bench-seats.sh                                  # 50 buyers, 2,000 seats
#   CONNECTIONS=100 SEATS=5000 scripts/bench-seats.sh
#   VENUE=resources/venues/concert-hall.json BEST_AVAILABLE=1 scripts/bench-seats.sh
#
# Environment: CONNECTIONS (50), SEATS (2000), VENUE (a venue file instead of a generated hall),
# CATEGORIES (3), MAX_SEATS (4: each hold asks for 1..4 adjacent seats), BEST_AVAILABLE=1
# (hold.bestAvailable instead of picking seats), MAP (live | fetch), DURATION (0: until sold out),
# PGBENCH_SECONDS (15), PGBENCH_NOTIFY (1: also the change feed's two pg_notify per change),
# PGBENCH_HOTLAST=1 (also bench/pgbench/hold-hotlast.sql: the hot rows updated last),
# MAPPAINT (1; 0 skips the map timing), BACKENDS ("postgresql sqlite"), BUILD_DIR (build-bench,
# relative to the repository), KEEP_TMP=1 to keep the temporary folder (logs, databases),
# QT_LOGGING_RULES for the server (default "*.debug=false"), LOADGEN_ARGS and SERVER_ARGS for
# further options of marquee-loadgen and marquee-server.
# Needs the Debian packages from scripts/setup.sh. As root, PostgreSQL runs as user postgres.
set -euo pipefail

BENCH_NAME=bench-seats
# shellcheck source=scripts/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

CONNECTIONS=${CONNECTIONS:-50}
SEATS=${SEATS:-2000}
VENUE=${VENUE:-}
CATEGORIES=${CATEGORIES:-3}
MAX_SEATS=${MAX_SEATS:-4}
BEST_AVAILABLE=${BEST_AVAILABLE:-0}
MAP=${MAP:-live}
DURATION=${DURATION:-0}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-15}
PGBENCH_NOTIFY=${PGBENCH_NOTIFY:-1}
PGBENCH_HOTLAST=${PGBENCH_HOTLAST:-0}
MAPPAINT=${MAPPAINT:-1}
BACKENDS=${BACKENDS:-"postgresql sqlite"}
ADMIN_USER=benchadmin
VIEWER_USER=benchviewer
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
RUN_ID=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')

MAPPAINT_BIN="$BUILD_DIR/bench/marquee-mappaint"
HOLD_SQL="$REPO/bench/pgbench/hold.sql"
HOTLAST_SQL="$REPO/bench/pgbench/hold-hotlast.sql"
PARAMS_SQL="$REPO/bench/pgbench/params.sql"

HOUSE="$SEATS seats"
if [ -n "$VENUE" ]; then
    case "$VENUE" in /*) ;; *) VENUE="$REPO/$VENUE" ;; esac
    [ -f "$VENUE" ] || die "no venue file $VENUE"
    HOUSE=$(basename "$VENUE")
fi
HOW="picked on a $MAP map"
[ "$BEST_AVAILABLE" = 1 ] && HOW="best available"

# --- build ----------------------------------------------------------------------------------
targets=(marquee-server marquee-loadgen)
[ "$MAPPAINT" = 1 ] && targets+=(marquee-mappaint)
bench_build "${targets[@]}"
[ -x "$SERVER" ] || die "no $SERVER"
[ -x "$LOADGEN" ] || die "no $LOADGEN"
if [ "$MAPPAINT" = 1 ] && [ ! -x "$MAPPAINT_BIN" ]; then
    log "no $MAPPAINT_BIN (built without the client?): skipping the map timing"
    MAPPAINT=0
fi
bench_tmp marquee-bench-seats

# --- the server -----------------------------------------------------------------------------
# start_seat_server NAME URL: creates the admin and the viewer, starts marquee-server --demo (the
# stadium concert the map timing opens); sets ADDRESS.
start_seat_server() {
    local name=$1 url=$2
    add_user "$name" "$url" "$ADMIN_USER" admin "$ADMIN_PASSWORD"
    # A customer who opens the stadium map.
    add_user "$name" "$url" "$VIEWER_USER" customer "$ADMIN_PASSWORD"
    start_server "$name" "$url" --demo
}

# --- 1. the map -----------------------------------------------------------------------------
run_mappaint() {
    local name=$1
    local result="$TMP/mappaint-$name.txt"
    log "$name: marquee-mappaint (the demo's stadium concert)"
    local status=0
    mkdir -p "$TMP/runtime" && chmod 700 "$TMP/runtime"
    XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$TMP/runtime} QT_QPA_PLATFORM=offscreen \
        "$MAPPAINT_BIN" --server "$ADDRESS" --user "$VIEWER_USER" --password "$ADMIN_PASSWORD" >"$result" 2>"$TMP/mappaint-$name.log" || status=$?
    cat "$result"
    if [ "$status" -ne 0 ]; then
        log "$name: marquee-mappaint exited with $status"
        tail -n 20 "$TMP/mappaint-$name.log" >&2 || true
    fi
    return "$status"
}

# --- 2. the load generator ------------------------------------------------------------------
run_loadgen() {
    local name=$1 spare=$2
    local result="$TMP/result-$name.txt"
    local args=(--mode seats --server "$ADDRESS" --connections "$CONNECTIONS" --run-id "$RUN_ID"
                --admin-user "$ADMIN_USER" --admin-password "$ADMIN_PASSWORD"
                --categories "$CATEGORIES" --max-seats "$MAX_SEATS" --map "$MAP" --duration "$DURATION")
    if [ -n "$VENUE" ]; then args+=(--venue "$VENUE"); else args+=(--seats "$SEATS"); fi
    [ "$BEST_AVAILABLE" = 1 ] && args+=(--best-available)
    [ "$spare" = 1 ] && args+=(--spare-performance)
    log "$name: marquee-loadgen ${args[*]/$ADMIN_PASSWORD/***}"
    local status=0
    # shellcheck disable=SC2086 # LOADGEN_ARGS is a list of options on purpose
    "$LOADGEN" "${args[@]}" ${LOADGEN_ARGS:-} >"$result" || status=$?
    cat "$result"
    if [ "$status" -ne 0 ]; then
        log "$name: marquee-loadgen exited with $status; server log: $TMP/server-$name.log"
        tail -n 20 "$TMP/server-$name.log" >&2 || true
    fi
    return "$status"
}

# --- 3. pgbench -----------------------------------------------------------------------------
# run_pgbench LABEL SCRIPT
run_pgbench() {
    local label=$1 script=$2
    local result="$TMP/pgbench-$label.txt" pct="$TMP/pgbench-$label-pct.txt" logs="$TMP/pgbench-log-$label"
    local perf
    perf=$(sed -n 's/^performance: *[0-9]* (spare, untouched: \([0-9]*\)).*/\1/p' "$TMP/result-postgresql.txt")
    [ -n "$perf" ] || { log "pgbench: no spare performance in the loadgen's figures"; return 1; }
    local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U marquee -d marquee -X -q -v ON_ERROR_STOP=1)
    local params
    params=$("${psql[@]}" -At -v perf="$perf" -v prefix="seat-$RUN_ID-" -f "$PARAMS_SQL")
    local vars=()
    local first_seat="" last_seat="" first_user="" users="" user_span="" on_sale=""
    for kv in $params; do
        case "$kv" in
            first_seat=*) first_seat=${kv#*=} ;;
            last_seat=*) last_seat=${kv#*=} ;;
            first_user=*) first_user=${kv#*=} ;;
            users=*) users=${kv#*=} ;;
            user_span=*) user_span=${kv#*=} ;;
            on_sale=*) on_sale=${kv#*=} ;;
        esac
    done
    if [ -z "$first_seat" ] || [ -z "$first_user" ] || [ "${users:-0}" -le 0 ]; then
        log "pgbench: could not read the parameters: $params"
        return 1
    fi
    [ "$user_span" = "$users" ] || log "pgbench: the buyers' user ids are not one run ($users users over $user_span ids)"
    vars=(-D "perf=$perf" -D "first_seat=$first_seat" -D "last_seat=$last_seat"
          -D "first_user=$first_user" -D "users=$users" -D "notify=$PGBENCH_NOTIFY")
    log "pgbench $(basename "$script"): performance $perf (seats $first_seat-$last_seat, $on_sale on sale), users $first_user+$users, $CONNECTIONS clients, $PGBENCH_SECONDS s"
    mkdir -p "$logs"
    # Every run starts from clean rows: the hot rows of an earlier run leave dead versions behind.
    "${psql[@]}" -c "VACUUM ticket_types, performances, performance_seats, holds, hold_items"
    local status=0
    echo "\$ pgbench -n -M prepared -c $CONNECTIONS -j 2 -T $PGBENCH_SECONDS -r -l -f bench/pgbench/$(basename "$script") ${vars[*]}"
    "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U marquee -n -M prepared \
        -c "$CONNECTIONS" -j 2 -T "$PGBENCH_SECONDS" -r -l --log-prefix="$logs/tx" \
        -f "$script" "${vars[@]}" marquee >"$result" 2>"$TMP/pgbench-$label.log" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$result" "$TMP/pgbench-$label.log" >&2
        log "pgbench exited with $status"
        return "$status"
    fi
    # Percentiles of whole executions (a hold attempt and, when granted, its release), in ms.
    cat "$logs"/tx.* | awk '{ print $3 }' | sort -n | awk '
        { v[NR] = $1 }
        function pct(p) { i = int(p / 100 * NR + 0.999999); if (i < 1) i = 1; return v[i] / 1000 }
        END { if (NR == 0) exit; printf "execution latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (n=%d)\n",
                                        pct(50), pct(90), pct(99), v[NR] / 1000, NR }' >"$pct"
    # The statement latencies (-r) summed per transaction: the hold's own, the release's.
    awk '
        /statement latencies/ { on = 1; next }
        !on { next }
        { lat = $1; sub(/^[ \t]*[0-9.]+[ \t]+[0-9]+[ \t]+/, "") }
        /^BEGIN READ ONLY/ { part = "hold" }
        /^BEGIN;/ && part == "notify" { part = "release" }
        /^ROLLBACK/ { next }
        part != "" && $0 !~ /^\\/ && $0 !~ /pg_notify/ { sum[part] += lat }
        /pg_notify/ { notify += lat }
        /^COMMIT;/ && part == "hold" && seenUpdate { part = "notify" }
        /^UPDATE performances/ { seenUpdate = 1 }
        END { printf "statement means ms: hold %.2f release %.2f notify %.2f (summed -r averages: hold.create read + write transaction, hold.release, the pg_notify calls)\n",
                     sum["hold"], sum["release"], notify }' "$result" >>"$pct"
    cat "$result" "$pct"
}

# --- summaries ------------------------------------------------------------------------------
summarize_loadgen() {
    local file="$TMP/result-$1.txt"
    [ -f "$file" ] || { echo "$1: no loadgen result (exit $2)"; return 0; }
    awk -v name="$1" -v status="$2" '
        function lat(line,   i, n, a, p50, p99) { n = split(line, a, " "); for (i = 1; i <= n; ++i) { if (a[i] == "p50") p50 = a[i + 1]; if (a[i] == "p99") p99 = a[i + 1] } return p50 " / " p99 }
        /^holds\/s:/ { holds = $2 }
        /^checkouts\/s:/ { checkouts = $2 }
        /^hold latency ms:/ { hl = lat($0) }
        /^checkout latency ms:/ { cl = lat($0) }
        /^seat_taken conflicts:/ { taken = $3; pct = $4; gsub(/[()]/, "", pct) }
        /^seats in orders:/ { dup = $(NF - 2) }
        /^result:/ { result = $2 }
        END { if (result == "") { printf "%-11s loadgen: no figures (exit %s)\n", name ":", status; exit }
              printf "%-11s loadgen: %s holds/s, %s checkouts/s; hold p50/p99 %s ms, checkout p50/p99 %s ms; seat_taken %s (%s); sold twice %s; %s (exit %s)\n",
                     name ":", holds, checkouts, hl, cl, taken, pct, dup, result, status }' "$file"
}

summarize_pgbench() {
    local label=$1
    local file="$TMP/pgbench-$label.txt"
    [ -f "$file" ] || { echo "postgresql: pgbench $label: no result"; return 0; }
    awk -v clients="$CONNECTIONS" -v secs="$PGBENCH_SECONDS" -v label="$label" '
        /^tps = / { tps = $3 }
        /^latency average/ { avg = $4 }
        /^execution latency ms:/ { p50 = $5; p99 = $9 }
        /^statement means ms:/ { hold = $5; rel = $7 }
        END { printf "%-11s pgbench %s: %.1f holds/s and as many releases; execution (hold + release) p50/p99 %s / %s ms, mean %s; statement means hold %s ms, release %s ms (%s clients, %s s)\n",
                     "postgresql:", label, tps, p50, p99, avg, hold, rel, clients, secs }' "$file" "$TMP/pgbench-$label-pct.txt"
}

summarize_mappaint() {
    local file="$TMP/mappaint-$1.txt"
    [ -f "$file" ] || return 0
    awk -v name="$1" '
        /^catalog.getVenue:/ { venue = $0; sub(/^catalog.getVenue: */, "", venue) }
        /^seats.getMap:/ { map = $0; sub(/^seats.getMap: */, "", map) }
        /^first paint:/ { paint = $0; sub(/^first paint: */, "", paint) }
        /^request -> first paint:/ { total = $5 }
        /^memory:/ { mem = $0; sub(/^memory: */, "", mem) }
        END { printf "%-11s map: request -> first paint %s ms; getVenue %s; getMap %s; first paint %s; %s\n",
                     name ":", total, venue, map, paint, mem }' "$file"
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
            url="sqlite:$TMP/sqlite/marquee.db" ;;
        *) die "unknown backend $backend" ;;
    esac
    echo
    echo "### $backend: $CONNECTIONS buyers, $HOUSE, $CATEGORIES categories, 1-$MAX_SEATS seats per hold, $HOW"
    start_seat_server "$backend" "$url"
    if [ "$MAPPAINT" = 1 ]; then
        echo
        run_mappaint "$backend" || overall=1
    fi
    echo
    spare=0
    [ "$backend" = postgresql ] && spare=1
    status=0
    run_loadgen "$backend" "$spare" || status=$?
    [ "$status" -eq 0 ] || overall=1
    stop_server
    summary+=("$(summarize_loadgen "$backend" "$status")")
    if [ "$backend" = postgresql ]; then
        echo
        if run_pgbench hold "$HOLD_SQL"; then
            summary+=("$(summarize_pgbench hold)")
        else
            overall=1
            summary+=("postgresql: pgbench hold.sql failed (see above)")
        fi
        if [ "$PGBENCH_HOTLAST" = 1 ]; then
            echo
            if run_pgbench hotlast "$HOTLAST_SQL"; then
                summary+=("$(summarize_pgbench hotlast)")
            else
                overall=1
                summary+=("postgresql: pgbench hold-hotlast.sql failed (see above)")
            fi
        fi
        stop_postgres
    fi
    [ "$MAPPAINT" = 1 ] && summary+=("$(summarize_mappaint "$backend")")
done

echo
echo "### summary ($CONNECTIONS buyers, $HOUSE, 1-$MAX_SEATS seats per hold, $HOW${SERVER_ARGS:+, server $SERVER_ARGS})"
printf '%s\n' "${summary[@]}"
exit "$overall"
