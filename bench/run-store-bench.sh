#!/usr/bin/env bash
# Workspace file figures at 10k and 100k indicators: file size, save time, open-and-load time and
# peak memory. Usage: bench/run-store-bench.sh [BUILD_DIR]   (default: build)
set -euo pipefail
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 10000 100000; do
    "$build/bench/tepat-bench-store" save "$n" "$work/w$n.tepat"
    for run in 1 2 3; do
        "$build/bench/tepat-bench-store" load "$work/w$n.tepat"
    done
done
