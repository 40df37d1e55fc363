#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# ./build-fuzz and runs each one for SECONDS (default 60), starting from the seed corpus in
# tests/fuzz/corpus (copied, so the repository's seeds stay as they are).
#   scripts/fuzz.sh            # a minute each, as CI does
#   scripts/fuzz.sh 3600       # an hour each
#   FUZZERS=fuzz_params scripts/fuzz.sh 600
# A crash stops the run with the fuzzer's report and leaves the input in build-fuzz/artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
FUZZERS=${FUZZERS:-"fuzz_frame fuzz_envelope fuzz_params"}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMARQUEE_BUILD_FUZZERS=ON -DMARQUEE_BUILD_TESTS=OFF -DMARQUEE_BUILD_BENCH=OFF \
    -DMARQUEE_BUILD_CLIENT=OFF \
    "-DCMAKE_CXX_FLAGS=$SAN -fsanitize=fuzzer-no-link" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$BUILD" -j"${JOBS:-2}" --target $FUZZERS
mkdir -p "$BUILD/artifacts"
for fuzzer in $FUZZERS; do
  corpus="$BUILD/corpus/${fuzzer#fuzz_}"
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"${fuzzer#fuzz_}"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz: $fuzzer for ${SECONDS_EACH}s"
  log="$BUILD/artifacts/$fuzzer.log"
  status=0
  "$BUILD/tests/fuzz/$fuzzer" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD/artifacts/$fuzzer-" -print_final_stats=1 "$corpus" >"$log" 2>&1 \
    || status=$?
  # The progress lines stay in the log; the summary and any report are shown.
  grep -E "DONE|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -60 "$log" >&2
    echo "fuzz: $fuzzer failed (exit $status)" >&2
    exit 1
  fi
done
echo "fuzz: all passed"
