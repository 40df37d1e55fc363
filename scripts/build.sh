#!/usr/bin/env bash
# Configures and builds Marquee into ./build (incremental; -j2 for this 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
WERROR=OFF
[ "${CI:-}" = "true" ] && WERROR=ON
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARQUEE_WERROR=$WERROR
else
  cmake -S . -B "$BUILD_DIR" -DMARQUEE_WERROR=$WERROR >/dev/null
fi
cmake --build "$BUILD_DIR" -j"${JOBS:-2}"
