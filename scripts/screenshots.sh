#!/usr/bin/env bash
# Takes README screenshots of the real client against a demo server, under Xvfb:
# the customer window, the box office, the administration window and the kiosk, at 1400×900 and
# on a 1024×700 screen, in English and Chinese.
#   scripts/screenshots.sh [OUTDIR]      (default docs/screenshots)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-$REPO/docs/screenshots}
BUILD_DIR=${BUILD_DIR:-$REPO/build}
SERVER="$BUILD_DIR/server/marquee-server"
CLIENT="$BUILD_DIR/client/marquee"
[ -x "$SERVER" ] && [ -x "$CLIENT" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool: bash scripts/setup.sh" >&2; exit 1; }
done
mkdir -p "$OUT"
TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

# A private display of the given size (the previous one goes), settings folder and demo database.
DISPLAY_NUM=${DISPLAY_NUM:-97}
XVFB_PID=""
screen() {
  [ -n "$XVFB_PID" ] && { kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; }
  Xvfb ":$DISPLAY_NUM" -screen 0 "$1x24" -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  PIDS+=($XVFB_PID)
  export DISPLAY=":$DISPLAY_NUM"
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}
screen 1400x900
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_RUNTIME_DIR="$TMP/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
DB="sqlite:$TMP/demo.db"
for account in admin:admin clerk:clerk alice:customer; do
  echo "marquee-demo" | "$SERVER" --database "$DB" adduser "${account%%:*}" --role "${account##*:}" >/dev/null
done
"$SERVER" --listen 127.0.0.1:0 --database "$DB" --demo >"$TMP/server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do grep -q "listening on" "$TMP/server.log" && break; sleep 0.1; done
PORT=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$TMP/server.log" | cut -d: -f2)
[ -n "$PORT" ] || { cat "$TMP/server.log" >&2; exit 1; }

# shot NAME USER LANG: signs in through the real sign-in dialog and captures the window it opens.
shot() {
  local name=$1 user=$2 lang=$3
  shift 3
  # Fresh settings each time, so no remembered user name changes where typing goes.
  export XDG_CONFIG_HOME="$TMP/config-$name"
  mkdir -p "$XDG_CONFIG_HOME"
  TZ=Asia/Shanghai "$CLIENT" --server "127.0.0.1:$PORT" --lang "$lang" "$@" >"$TMP/client-$name.log" 2>&1 &
  local pid=$!
  local win=""
  for _ in $(seq 100); do
    win=$(xdotool search --onlyvisible --name "Marquee" 2>/dev/null | head -1) && [ -n "$win" ] && break
    sleep 0.1
  done
  [ -n "$win" ] || { echo "no sign-in window" >&2; cat "$TMP/client-$name.log" >&2; kill $pid; return 1; }
  sleep 0.5
  xdotool windowfocus --sync "$win"
  xdotool type --delay 20 "$user"
  xdotool key Tab
  xdotool type --delay 20 "marquee-demo"
  xdotool key Return
  sleep 4   # the main window opens and loads its data
  import -window root "$OUT/$name.png"
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  echo "wrote $OUT/$name.png"
}

shot customer alice en
shot boxoffice clerk en
shot admin admin en
shot customer-zh alice zh_CN
shot boxoffice-zh clerk zh_CN
shot admin-zh admin zh_CN
shot kiosk alice en --kiosk
# The same windows on a 1024×700 screen.
screen 1024x700
shot customer-1024 alice en
shot boxoffice-1024 clerk en
shot admin-1024 admin en
shot admin-zh-1024 admin zh_CN
shot kiosk-1024 alice en --kiosk
