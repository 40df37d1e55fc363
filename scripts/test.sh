#!/usr/bin/env bash
# Sets up, builds and runs every Marquee test (unit, storage, e2e, concurrency) with ctest.
# PostgreSQL tests start their own private cluster; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-marquee}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j2 "$@"
