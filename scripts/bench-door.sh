#!/usr/bin/env bash
# Door benchmark (issue 12): TICKETS tickets of one performance sold, then scanned by G gates at
# once (each ticket at DUPLICATES gates, so every admission is also a race), for each G in GATES,
# on a private PostgreSQL 15 cluster and on SQLite. Prints scans/s, latency percentiles, the
# admissions and any double admission (must be 0), and a summary table.
#
#   scripts/bench-door.sh
#   BACKENDS=sqlite GATES="4 16" TICKETS=1000 scripts/bench-door.sh     # quicker
#
# Environment: TICKETS (4000), GATES ("4 16 64"), DUPLICATES (2), PIPELINE (1: a gate waits for
# each answer, as a clerk does), BACKENDS ("postgresql sqlite"), BARE=1 (scan bare codes instead
# of the signed QR payloads), BUILD_DIR (build-bench), KEEP_TMP=1, SERVER_ARGS, DOORBENCH_ARGS.
# Everything shares this machine's cores: other work running meanwhile lowers the figures.
set -euo pipefail

BENCH_NAME=bench-door
# shellcheck source=scripts/bench-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"

TICKETS=${TICKETS:-4000}
GATES=${GATES:-"4 16 64"}
DUPLICATES=${DUPLICATES:-2}
PIPELINE=${PIPELINE:-1}
BACKENDS=${BACKENDS:-"postgresql sqlite"}
ADMIN_USER=benchadmin
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
DOORBENCH="$BUILD_DIR/bench/marquee-doorbench"

bench_build marquee-server marquee-doorbench
[ -x "$SERVER" ] || die "no $SERVER"
[ -x "$DOORBENCH" ] || die "no $DOORBENCH"
bench_tmp marquee-bench-door

echo "### Door: $TICKETS tickets, gates $GATES, each ticket at $DUPLICATES gates, pipeline $PIPELINE"
machine_info | tee "$TMP/machine.txt"

: >"$TMP/runs.txt"
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
    echo "### $backend"
    add_user "$backend" "$url" "$ADMIN_USER" admin "$ADMIN_PASSWORD"
    start_server "$backend" "$url"
    for gates in $GATES; do
        label="$backend-$gates"
        [ "$backend" = postgresql ] && "${PSQL[@]}" -c "VACUUM ANALYZE" -c "CHECKPOINT"
        echo
        echo "#### $label"
        status=0
        # shellcheck disable=SC2086 # DOORBENCH_ARGS is a list of options on purpose
        "$DOORBENCH" --server "$ADDRESS" --admin-user "$ADMIN_USER" --admin-password "$ADMIN_PASSWORD" \
            --tickets "$TICKETS" --gates "$gates" --duplicates "$DUPLICATES" --pipeline "$PIPELINE" \
            ${BARE:+--bare-codes} ${DOORBENCH_ARGS:-} >"$TMP/$label.txt" 2>"$TMP/$label.log" || status=$?
        cat "$TMP/$label.txt"
        [ "$status" -eq 0 ] || { log "$label: marquee-doorbench exited with $status"; tail -n 5 "$TMP/$label.log" >&2; }
        echo "$label $status" >>"$TMP/runs.txt"
    done
    stop_server
    [ "$backend" = postgresql ] && stop_postgres
done

field() {
    awk -v key="$2" '
        function after(word,   i) { for (i = 1; i <= NF; ++i) if ($i == word) return $(i + 1); return "-" }
        /^scans\/s:/ { v["rate"] = $2 }
        /^scans:/ { v["scans"] = $2 }
        /^scan latency ms:/ { v["p50"] = after("p50"); v["p99"] = after("p99"); v["max"] = after("max") }
        /^admitted:/ { v["admitted"] = $2 " of " $4 }
        /^double admissions:/ { v["doubles"] = $3; sub(/,/, "", v["doubles"]) }
        /^result:/ { v["result"] = $2 }
        END { print (key in v) ? v[key] : "-" }' "$TMP/$1.txt"
}

echo
echo "### Summary ($TICKETS tickets, each at $DUPLICATES gates, pipeline $PIPELINE${SERVER_ARGS:+, server $SERVER_ARGS})"
sed 's/^/    /' "$TMP/machine.txt"
echo
echo "| run | scans | scans/s | p50 / p99 / max ms | admitted | double admissions | result |"
echo "|---|---|---|---|---|---|---|"
overall=0
while read -r label status; do
    [ "$status" -eq 0 ] || overall=1
    echo "| $label gates | $(field "$label" scans) | $(field "$label" rate) | $(field "$label" p50) / $(field "$label" p99) / $(field "$label" max) | $(field "$label" admitted) | $(field "$label" doubles) | $(field "$label" result) (exit $status) |"
done <"$TMP/runs.txt"
exit "$overall"
