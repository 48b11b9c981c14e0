#!/usr/bin/env bash
# The second command of the README, and what CI runs: install what is missing, then build and
# run the whole suite twice, warnings as errors: optimised, as users get it, and under
# AddressSanitizer and UndefinedBehaviorSanitizer. Between the two, the optimised build is packaged
# as a .deb and checked in a fresh Debian root (scripts/check-package.sh), and docs/server.md is
# followed in another (scripts/check-server-docs.sh). The server tests start their own throw-away
# PostgreSQL (tests/server/start-server.sh, a ctest fixture).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_suite() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DTEPAT_WERROR=ON "$@"
    cmake --build "$dir" -j"$jobs"
    ctest --test-dir "$dir" -j"$jobs" --output-on-failure --timeout 600
}

# Two cores compile everything twice here, so both builds trade what a debugger would want for
# time: core, ui and app compile in batches of files (TEPAT_UNITY), and the debug information is
# the line tables that the sanitizers' and a crash's stack traces need (-g1), not every variable.
fast=(-DTEPAT_UNITY=ON)

echo "== Build and test (RelWithDebInfo) =="
run_suite build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo "${fast[@]}" \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
echo "== The Debian package: installed into a fresh Debian 12, run, purged =="
scripts/check-package.sh build-test
echo "== docs/server.md followed step by step in a fresh Debian 12 =="
scripts/check-server-docs.sh build-test
echo "== Build and test under AddressSanitizer + UndefinedBehaviorSanitizer =="
run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DTEPAT_SANITIZE=ON -DTEPAT_BUILD_BENCH=OFF \
    "${fast[@]}" -DCMAKE_CXX_FLAGS_DEBUG=-g1
