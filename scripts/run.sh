#!/usr/bin/env bash
# Sets up, builds and runs Marquee: the server on the embedded SQLite default with demo data,
# and the desktop client connected to it. Closing the client stops the server.
#   MARQUEE_KIOSK=1 scripts/run.sh     the client in kiosk mode
#   MARQUEE_LANG=zh_CN scripts/run.sh  the client in Simplified Chinese (default: the system's)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
SERVER=build/server/marquee-server
CLIENT=build/client/marquee
DB_DIR=${MARQUEE_DATA:-$HOME/.local/share/marquee}
mkdir -p "$DB_DIR"
DB="sqlite:$DB_DIR/marquee.db"
LISTEN=${MARQUEE_LISTEN:-127.0.0.1:7427}

# Demo accounts, created once (adduser refuses an existing name, which is fine here).
for account in admin:admin manager:manager clerk:clerk alice:customer; do
  name=${account%%:*}; role=${account##*:}
  echo "marquee-demo" | "$SERVER" --database "$DB" adduser "$name" --role "$role" >/dev/null 2>&1 || true
done

LOG="$DB_DIR/server.log"
"$SERVER" --listen "$LISTEN" --database "$DB" --demo >"$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true; wait $SERVER_PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "listening on" "$LOG" && break; kill -0 $SERVER_PID 2>/dev/null || break; sleep 0.1; done
grep -q "listening on" "$LOG" || { echo "the server did not start:" >&2; cat "$LOG" >&2; exit 1; }

cat <<INFO
Marquee server on $LISTEN (database $DB, demo data, log $LOG).
Demo accounts, password "marquee-demo": alice (customer), clerk (box office), manager, admin.
Sandbox cards: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined.
INFO

ARGS=(--server "$LISTEN")
[ "${MARQUEE_KIOSK:-}" = "1" ] && ARGS+=(--kiosk)
[ -n "${MARQUEE_LANG:-}" ] && ARGS+=(--lang "$MARQUEE_LANG")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: the server keeps running; start the client on a desktop with" >&2
  echo "  $CLIENT ${ARGS[*]}" >&2
  echo "Press Ctrl+C to stop the server." >&2
  wait $SERVER_PID
else
  "$CLIENT" "${ARGS[@]}"
fi
