#!/usr/bin/env bash
# Sets up, builds and runs every Marquee test (unit, storage, e2e, concurrency, gui) with ctest.
# PostgreSQL tests start their own private cluster; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
BUILD=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
# A test target that silently stopped being built must not make the run look clean: with no
# arguments (the whole suite), fewer registered tests than this fails the run.
MIN_TESTS=${MIN_TESTS:-78}
if [ $# -eq 0 ]; then
  registered=$(ctest --test-dir "$BUILD" -N | sed -n 's/^Total Tests: //p')
  if [ "${registered:-0}" -lt "$MIN_TESTS" ]; then
    echo "only ${registered:-0} tests are registered, expected at least $MIN_TESTS" >&2
    exit 1
  fi
fi
ctest --test-dir "$BUILD" --output-on-failure --no-tests=error -j2 "$@"
# The whole suite also fuzzes the frame decoder, the envelope parser and parameter validation for
# a minute each (scripts/fuzz.sh SECONDS runs them longer).
if [ $# -eq 0 ]; then
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
fi
