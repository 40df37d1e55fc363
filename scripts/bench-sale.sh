#!/usr/bin/env bash
# Sale rush at the database's limit, in one command (issue 11). On a private PostgreSQL 15
# cluster (fsync on, max_connections 300):
#  1. pgbench with Marquee's own one-order purchase transaction (bench/pgbench/purchase.sql) at
#     8 and at 200 clients, on a ticket type no buyer touches: the database's own rate; and the
#     server's three transactions for a buyer alone in its batch (purchase-path.sql) at 8;
#  2. marquee-server + marquee-loadgen: CONNECTIONS buyers rush one ticket type of CAPACITY until
#     it is sold out; orders/s, latency, oversold, lost (orders answered but not in the buyer's
#     order.listMine), unanswered purchases, and the ratio to pgbench's best rate;
#  3. the same rush with SIGNINS sign-ins (auth.login on new connections) spread across it: what
#     they cost the rush;
#  4. the same rush with the server's --payment-latency-ms PAYMENT_LATENCY_MS (and
#     PAYMENT_PIPELINE purchases in flight per buyer: see below);
# then on SQLite (durable default synchronous=FULL) the same rush; and a summary table.
#
#   scripts/bench-sale.sh
#   BACKENDS=postgresql PGBENCH_SECONDS=5 SIGNINS=0 scripts/bench-sale.sh     # quicker
#
# Environment: CONNECTIONS (200), CAPACITY (20000), PIPELINE (1), QUANTITY (1),
# PGBENCH_CLIENTS ("8 200"), PGBENCH_SECONDS (15), PGBENCH_PATH_CLIENTS ("8"; "" skips it), SIGNINS (200; 0 skips step 3),
# SIGNIN_ROUNDS (1: this many rushes with sign-ins, each followed by one without),
# PAYMENT_LATENCY_MS (200; 0 skips step 4), PAYMENT_PIPELINE (4), WARMUP (1: a small untimed
# rush on each fresh server first), PG_LOG_SECONDS (0; N logs every statement of the first N
# seconds of the PostgreSQL rush and summarizes commits and batch sizes: a diagnosis), BACKENDS ("postgresql sqlite"), SQLITE_OPTIONS
# (appended to the SQLite URL, e.g. "?synchronous=normal"), BUILD_DIR (build-bench), KEEP_TMP=1
# (keep logs and databases), QT_LOGGING_RULES (server; default "*.debug=false"), LOADGEN_ARGS and
# SERVER_ARGS (further options). Needs the Debian packages from scripts/setup.sh. As root,
# PostgreSQL runs as user postgres. Everything shares this machine's cores: other work running
# meanwhile (builds, tests) lowers the figures; the load average is printed first.
set -euo pipefail

BENCH_NAME=bench-sale
# shellcheck source=scripts/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

CONNECTIONS=${CONNECTIONS:-200}
CAPACITY=${CAPACITY:-20000}
PIPELINE=${PIPELINE:-1}
QUANTITY=${QUANTITY:-1}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-"8 200"}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-15}
PGBENCH_PATH_CLIENTS=${PGBENCH_PATH_CLIENTS:-"8"}
SIGNINS=${SIGNINS:-200}
SIGNIN_ROUNDS=${SIGNIN_ROUNDS:-1}
PAYMENT_LATENCY_MS=${PAYMENT_LATENCY_MS:-200}
# With a 200 ms gateway one buyer with one purchase in flight buys at most 5 orders/s, so 200
# buyers can never pass 1,000/s: the payment rush keeps PAYMENT_PIPELINE purchases in flight
# per connection (as many buyers arriving at once as 4 × 200 would).
PAYMENT_PIPELINE=${PAYMENT_PIPELINE:-4}
WARMUP=${WARMUP:-1}
PG_LOG_SECONDS=${PG_LOG_SECONDS:-0}
# The cluster logs its autovacuums and checkpoints, so each rush can say which ran during it.
PG_OPTIONS=${PG_OPTIONS:-"-c log_autovacuum_min_duration=0 -c log_checkpoints=on"}
BACKENDS=${BACKENDS:-"postgresql sqlite"}
ADMIN_USER=benchadmin
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PURCHASE_SQL="$REPO/bench/pgbench/purchase.sql"
PATH_SQL="$REPO/bench/pgbench/purchase-path.sql"
SETUP_SQL="$REPO/bench/pgbench/purchase-setup.sql"

bench_build marquee-server marquee-loadgen
[ -x "$SERVER" ] || die "no $SERVER"
[ -x "$LOADGEN" ] || die "no $LOADGEN"
bench_tmp marquee-bench-sale

echo "### Sale rush at the database's limit: $CONNECTIONS connections, capacity $CAPACITY, pipeline $PIPELINE, quantity $QUANTITY"
machine_info | tee "$TMP/machine.txt"

# --- pgbench ----------------------------------------------------------------------------------
PGBENCH_VARS=()
pgbench_setup() {
    local vars
    vars=$("${PSQL[@]}" -At -v users="$CONNECTIONS" -v price=4500 -f "$SETUP_SQL" 2>"$TMP/pgbench-setup.log") ||
        { cat "$TMP/pgbench-setup.log" >&2; die "pgbench setup failed"; }
    PGBENCH_VARS=()
    for kv in $vars; do
        case "$kv" in
            added_request_key=1) log "pgbench: this server has no orders.request_key yet; added it for purchase.sql" ;;
            tt=* | price=* | now=* | first_user=* | users=*) PGBENCH_VARS+=(-D "$kv") ;;
        esac
    done
    log "pgbench: ${PGBENCH_VARS[*]}"
}

# run_pgbench CLIENTS [SCRIPT LABEL]: purchase.sql (or SCRIPT) for PGBENCH_SECONDS; figures in
# $TMP/pgbench-LABEL.txt (LABEL: CLIENTS by default).
run_pgbench() {
    local clients=$1 script=${2:-$PURCHASE_SQL} label=${3:-$1}
    local result="$TMP/pgbench-$label.txt" logs="$TMP/pgbench-log-$label"
    mkdir -p "$logs"
    # The same start for every run: no dead versions of the hot row, no checkpoint due.
    "${PSQL[@]}" -c "VACUUM ANALYZE ticket_types, orders, order_items, tickets, payments" -c "CHECKPOINT"
    echo
    echo "\$ pgbench -n -M prepared -c $clients -j 2 -T $PGBENCH_SECONDS -r -l -f bench/pgbench/$(basename "$script") ${PGBENCH_VARS[*]}"
    local status=0
    "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U marquee -n -M prepared -c "$clients" -j 2 \
        -T "$PGBENCH_SECONDS" -r -l --log-prefix="$logs/tx" -f "$script" "${PGBENCH_VARS[@]}" marquee \
        >"$result" 2>"$TMP/pgbench-$label.log" || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$result" "$TMP/pgbench-$label.log" >&2
        log "pgbench ($clients clients) exited with $status"
        return "$status"
    fi
    # Percentiles of whole transactions, in ms (column 3 of the log: microseconds).
    cat "$logs"/tx.* | awk '{ print $3 }' | sort -n | awk '
        { v[NR] = $1 }
        function pct(p) { i = int(p / 100 * NR + 0.999999); if (i < 1) i = 1; return v[i] / 1000 }
        END { if (NR == 0) exit; printf "transaction latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (n=%d)\n",
                                        pct(50), pct(90), pct(99), v[NR] / 1000, NR }' >>"$result" ||
        log "pgbench ($label): no transaction percentiles"
    rm -rf "$logs"
    sed -n '/^number of clients/p; /^number of transactions actually/p; /^number of failed/p; /^latency average/p; /^tps/p; /^transaction latency ms/p' "$result"
    awk '/statement latencies/ { on = 1; print "statement means ms (-r):"; next } /^transaction latency/ { on = 0 } on && $0 !~ /\\set/ { printf "  %8s  %s\n", $1, substr($0, index($0, $3), 60) }' "$result"
}

# --- the rush ---------------------------------------------------------------------------------
# run_rush LABEL [marquee-loadgen option...]: one rush against the running server.
run_rush() {
    local label=$1
    shift
    local result="$TMP/rush-$label.txt"
    local watch=(--watch-pid "server=$SERVER_PID")
    [ -n "${PG_PID:-}" ] && [ "${RUSH_BACKEND:-}" = postgresql ] && watch+=(--watch-pid "postgres=$PG_PID")
    if [ "$RUSH_BACKEND" = postgresql ]; then
        # Every rush starts alike: no dead rows left by the last one for autovacuum to find
        # mid-rush, no checkpoint due.
        "${PSQL[@]}" -c "VACUUM ANALYZE" -c "CHECKPOINT"
    fi
    local pg_log_from=0
    [ "$RUSH_BACKEND" = postgresql ] && pg_log_from=$(wc -l <"$TMP/pg/postgres.log")
    echo
    echo "#### $label"
    local status=0 tracer=""
    if [ "$PG_LOG_SECONDS" != 0 ] && [ "$label" = postgresql ]; then
        : >"$TMP/rush-$label.log"
        trace_statements "$TMP/rush-$label.log" &
        tracer=$!
    fi
    # shellcheck disable=SC2086 # LOADGEN_ARGS is a list of options on purpose
    "$LOADGEN" --server "$ADDRESS" --connections "$CONNECTIONS" --capacity "$CAPACITY" \
        --pipeline "$PIPELINE" --quantity "$QUANTITY" --login-parallelism 8 \
        --admin-user "$ADMIN_USER" --admin-password "$ADMIN_PASSWORD" "${watch[@]}" "$@" ${LOADGEN_ARGS:-} \
        >"$result" 2>"$TMP/rush-$label.log" || status=$?
    if [ -n "$tracer" ]; then
        wait "$tracer" || true
        cat "$TMP/statements-summary.txt" >>"$result" 2>/dev/null || true
    fi
    if [ "$RUSH_BACKEND" = postgresql ]; then
        # What the database did on its own meanwhile (logins and checks included).
        tail -n +"$((pg_log_from + 1))" "$TMP/pg/postgres.log" | awk '
            /automatic vacuum of table/ { v++ } /automatic analyze of table/ { a++ } /checkpoint starting/ { c++ }
            END { printf "postgres meanwhile:   %d autovacuums, %d autoanalyzes, %d checkpoints (from the logins to the checks)\n", v, a, c }' >>"$result"
    fi
    cat "$result"
    if [ "$status" -ne 0 ]; then
        log "$label: marquee-loadgen exited with $status"
        tail -n 5 "$TMP/rush-$label.log" >&2 || true
        tail -n 20 "$TMP/server-$RUSH_BACKEND.log" >&2 || true
    fi
    echo "$label $status" >>"$TMP/rush-runs.txt"
    return 0
}

# warm_up: a small untimed rush on a fresh server (first connections to the database, prepared
# statements, caches), so the measured rush does not pay for them.
warm_up() {
    [ "$WARMUP" = 1 ] || return 0
    log "$RUSH_BACKEND: warm-up rush (20 buyers, 1,000 tickets; not measured)"
    "$LOADGEN" --server "$ADDRESS" --connections 20 --capacity 1000 --login-parallelism 8 \
        --admin-user "$ADMIN_USER" --admin-password "$ADMIN_PASSWORD" >"$TMP/warmup-$RUSH_BACKEND.txt" 2>&1 ||
        log "$RUSH_BACKEND: the warm-up rush failed (see $TMP/warmup-$RUSH_BACKEND.txt)"
}

# trace_statements LOADGEN_STDERR: once the rush has started, PostgreSQL logs every statement
# with its duration for PG_LOG_SECONDS, then a summary: transactions, commit times, the sizes of
# the server's reserve and confirm batches. A diagnosis (it slows the database a little), off
# by default.
trace_statements() {
    local progress=$1 log="$TMP/pg/postgres.log"
    until grep -q "rush:" "$progress" 2>/dev/null; do sleep 0.1; done
    sleep 0.5
    local from
    from=$(wc -l <"$log")
    "${PSQL[@]}" -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] '" -c "SELECT pg_reload_conf()" >/dev/null
    sleep "$PG_LOG_SECONDS"
    "${PSQL[@]}" -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
    tail -n +"$((from + 1))" "$log" >"$TMP/statements.log"
    python3 - "$TMP/statements.log" <<'PY' >"$TMP/statements-summary.txt"
import re, sys
commits, reserves, confirms, waits = [], [], [], []
first = last = None
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(\S+ \S+) \S+ \[\d+\] LOG:  duration: ([\d.]+) ms  statement: (.*)", line)
    if not m:
        continue
    first = first or m.group(1); last = m.group(1)
    ms, sql = float(m.group(2)), m.group(3)
    if sql == "COMMIT":
        commits.append(ms)
    elif re.match(r"EXECUTE \w+ \('\[\"\d+:", sql) and "request_key" not in sql:
        # the requestIds of one reserve batch looked up (one statement, the list bound twice)
        reserves.append(sql.split("', '")[0].count('",') + 1)
    elif m2 := re.match(r"EXECUTE \w+ \('\{([\d,]+)\}'", sql):
        confirms.append(m2.group(1).count(",") + 1)  # the intents one confirmation takes
    elif re.match(r"EXECUTE \w+ \(\d+\)$", sql) and ms > 1:
        waits.append(ms)                             # the row lock of a reserve, when it waited
def pct(v, p): v = sorted(v); return v[min(len(v) - 1, int(p / 100 * len(v)))] if v else 0
def mean(v): return sum(v) / len(v) if v else 0
print(f"statements traced from {first} to {last}")
print(f"commits: {len(commits)}, p50 {pct(commits, 50):.2f} p90 {pct(commits, 90):.2f} p99 {pct(commits, 99):.2f} max {max(commits or [0]):.2f} ms, {sum(commits):.0f} ms in all")
print(f"reserve batches: {len(reserves)}, mean {mean(reserves):.1f} buyers, under 10: {sum(1 for r in reserves if r < 10)}")
print(f"confirm batches: {len(confirms)}, mean {mean(confirms):.1f} buyers, under 10: {sum(1 for c in confirms if c < 10)}")
print(f"row-lock reads over 1 ms: {len(waits)}, mean {mean(waits):.1f} ms")
PY
    cat "$TMP/statements-summary.txt" >&2
}

# rush_field LABEL KEY: one figure of a rush: rate p50 p99 max duration oversell lost unknown
# unanswered retries queued cpu result signin_p50 signin_p99 signin_ok.
rush_field() {
    local file="$TMP/rush-$1.txt"
    [ -f "$file" ] || { echo "-"; return 0; }
    awk -v key="$2" '
        function after(word,   i) { for (i = 1; i <= NF; ++i) if ($i == word) return $(i + 1); return "-" }
        /^purchases\/s:/ { v["rate"] = $2 }
        /^duration:/ { v["duration"] = $2 }
        /^order latency ms:/ { v["p50"] = after("p50"); v["p99"] = after("p99"); v["max"] = after("max") }
        /^oversell:/ { v["oversell"] = $2 }
        /^lost:/ { v["lost"] = $2 }
        /^unanswered orders:/ { v["unknown"] = $3 }
        /^buyers answered:/ { v["answered"] = $3 "/" $5; v["unanswered"] = $NF; sub(/\)/, "", v["unanswered"]) }
        /^retries:/ { v["retries"] = $2 }
        /^queue.position:/ { v["queued"] = $5 }
        /^cpu in rush:/ { s = $0; sub(/^cpu in rush: */, "", s); sub(/ \(100 %.*/, "", s); v["cpu"] = s }
        /^sold = order tickets:/ { v["sold_ok"] = $5 }
        /^sign-ins:/ { v["signin_ok"] = $2 "/" $4 }
        /^sign-in latency ms:/ { v["signin_p50"] = after("p50"); v["signin_p99"] = after("p99") }
        /^result:/ { v["result"] = $2 }
        END { print (key in v) ? v[key] : "-" }' "$file"
}

pgbench_field() {
    local file="$TMP/pgbench-$1.txt"
    [ -f "$file" ] || { echo "-"; return 0; }
    awk -v key="$2" '
        function after(word,   i) { for (i = 1; i <= NF; ++i) if ($i == word) return $(i + 1); return "-" }
        /^tps = / { v["tps"] = sprintf("%.0f", $3) }
        /^latency average/ { v["mean"] = $4 }
        /^transaction latency ms:/ { v["p50"] = after("p50"); v["p99"] = after("p99"); v["max"] = after("max") }
        END { print (key in v) ? v[key] : "-" }' "$file"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f×", a / b; else print "-" }'; }

# --- main -------------------------------------------------------------------------------------
: >"$TMP/rush-runs.txt"
BEST_PGBENCH=0
SIGNIN_LABELS=()
for backend in $BACKENDS; do
    RUSH_BACKEND=$backend
    case "$backend" in
        postgresql)
            start_postgres
            url=$DATABASE_URL ;;
        sqlite)
            mkdir -p "$TMP/sqlite"
            url="sqlite:$TMP/sqlite/marquee.db${SQLITE_OPTIONS:-}"
            PG_PID="" ;;
        *) die "unknown backend $backend" ;;
    esac
    echo
    echo "### $backend"
    # adduser migrates the database: pgbench needs the schema.
    add_user "$backend" "$url" "$ADMIN_USER" admin "$ADMIN_PASSWORD"

    if [ "$backend" = postgresql ]; then
        pgbench_setup
        for clients in $PGBENCH_CLIENTS; do
            run_pgbench "$clients" || true
            tps=$(pgbench_field "$clients" tps)
            if [ "$tps" != "-" ] && [ "$tps" -gt "$BEST_PGBENCH" ]; then BEST_PGBENCH=$tps; fi
        done
        for clients in $PGBENCH_PATH_CLIENTS; do
            run_pgbench "$clients" "$PATH_SQL" "path-$clients" || true
        done
        "${PSQL[@]}" -c "VACUUM ANALYZE" -c "CHECKPOINT"
    fi

    start_server "$backend" "$url"
    warm_up
    run_rush "$backend"
    if [ "$backend" = postgresql ] && [ "$SIGNINS" -gt 0 ]; then
        # Spread the sign-ins over 90 % of the rush just measured, so they land inside it. Each
        # rush with sign-ins is compared with the rushes without just before and after it on
        # the same server and database (a later rush on a fuller database is not the first).
        spread=$(awk -v d="$(rush_field "$backend" duration)" 'BEGIN { s = int(d * 900); print (s > 0 ? s : 2000) }')
        for round in $(seq 1 "$SIGNIN_ROUNDS"); do
            run_rush "$backend-signins-$round" --signins "$SIGNINS" --signin-spread-ms "$spread"
            run_rush "$backend-again-$round"
            SIGNIN_LABELS+=("$backend-signins-$round")
        done
    fi
    stop_server

    if [ "$backend" = postgresql ] && [ "$PAYMENT_LATENCY_MS" -gt 0 ]; then
        if server_has_option --payment-latency-ms; then
            "${PSQL[@]}" -c "CHECKPOINT"
            start_server "$backend-payment" "$url" --payment-latency-ms "$PAYMENT_LATENCY_MS"
            warm_up
            run_rush "$backend-payment-${PAYMENT_LATENCY_MS}ms-pipeline-$PAYMENT_PIPELINE" --pipeline "$PAYMENT_PIPELINE"
            stop_server
        else
            log "this marquee-server has no --payment-latency-ms: skipping that rush"
        fi
    fi
    if [ "$backend" = postgresql ]; then
        stop_postgres
    fi
done

# --- summary ----------------------------------------------------------------------------------
echo
echo "### Summary ($CONNECTIONS connections, one ticket type of $CAPACITY, pipeline $PIPELINE${SERVER_ARGS:+, server $SERVER_ARGS})"
sed 's/^/    /' "$TMP/machine.txt"
echo
echo "| run | orders/s | p50 / p99 / max ms | oversold | lost | unanswered | retries | queued | × pgbench best | CPU in rush | result |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for clients in $PGBENCH_CLIENTS; do
    echo "| pgbench purchase.sql (one order per transaction), $clients clients, ${PGBENCH_SECONDS} s | $(pgbench_field "$clients" tps) tps | $(pgbench_field "$clients" p50) / $(pgbench_field "$clients" p99) / $(pgbench_field "$clients" max) | | | | | | | | |"
done
for clients in $PGBENCH_PATH_CLIENTS; do
    echo "| pgbench purchase-path.sql (the server's reserve + ledger + confirm for a lone buyer), $clients clients | $(pgbench_field "path-$clients" tps) orders/s | $(pgbench_field "path-$clients" p50) / $(pgbench_field "path-$clients" p99) / $(pgbench_field "path-$clients" max) | | | | | | | | |"
done
overall=0
while read -r label status; do
    [ "$status" -eq 0 ] || overall=1
    echo "| Marquee $label | $(rush_field "$label" rate) | $(rush_field "$label" p50) / $(rush_field "$label" p99) / $(rush_field "$label" max) | $(rush_field "$label" oversell) | $(rush_field "$label" lost) | $(rush_field "$label" unanswered) | $(rush_field "$label" retries) | $(rush_field "$label" queued) | $(ratio "$(rush_field "$label" rate)" "$BEST_PGBENCH") | $(rush_field "$label" cpu) | $(rush_field "$label" result) (exit $status) |"
done <"$TMP/rush-runs.txt"
echo
echo "pgbench's best one-order rate in this run: $BEST_PGBENCH tps"
for label in "${SIGNIN_LABELS[@]}"; do
    round=${label##*-}
    before=postgresql
    [ "$round" -gt 1 ] && before="postgresql-again-$((round - 1))"
    after="postgresql-again-$round"
    with=$(rush_field "$label" rate)
    without=$(awk -v a="$(rush_field "$before" rate)" -v b="$(rush_field "$after" rate)" 'BEGIN { printf "%.1f", (a + b) / 2 }')
    cost=$(awk -v a="$with" -v b="$without" 'BEGIN { if (b + 0 > 0) printf "%.1f %%", 100 * (b - a) / b; else print "-" }')
    echo "sign-ins ($label): $(rush_field "$label" signin_ok) signed in, latency p50 $(rush_field "$label" signin_p50) ms, p99 $(rush_field "$label" signin_p99) ms; rush $with orders/s with them vs $without without (mean of $before and $after): cost $cost"
done
echo "lost = orders answered as bought that the buyer's order.listMine does not show (or shows short); unanswered = purchases never given a final answer; every run also checks sold = capacity, held = 0 and sold = the tickets of all orders read back."
exit "$overall"
