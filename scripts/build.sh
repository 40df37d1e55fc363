#!/usr/bin/env bash
# Configures and builds Marquee into ./build (incremental; -j2 for this 2-core machine).
# CI builds with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OPTIONS=()
[ "${CI:-}" = "true" ] && OPTIONS+=(-DMARQUEE_WERROR=ON)
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  GENERATOR=()
  command -v ninja >/dev/null && GENERATOR=(-G Ninja)
  cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${OPTIONS[@]}"
elif [ ${#OPTIONS[@]} -gt 0 ]; then
  cmake -S . -B "$BUILD_DIR" "${OPTIONS[@]}" >/dev/null
fi
cmake --build "$BUILD_DIR" -j"${JOBS:-2}"
