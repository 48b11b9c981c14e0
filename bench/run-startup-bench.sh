#!/usr/bin/env bash
# Time from process start to the first paint of the main window (`tepat --startup-benchmark`),
# for the bundled sample and for a synthetic 10 000-indicator workspace, five runs each; prints
# the median wall-clock and CPU milliseconds to the first paint, and to the end of the full check
# that runs right after it. CPU time is printed because on a busy machine the wall clock also
# counts other programs. Runs on a virtual X display (Xvfb) so that the figure includes a real
# xcb window, or on the offscreen platform when Xvfb is missing.
# Usage: bench/run-startup-bench.sh [BUILD_DIR] [INDICATORS]
set -euo pipefail

build=${1:-build}
indicators=${2:-10000}
tepat="$build/app/tepat"
generate="$build/bench/tepat-generate"
sample="$build/resources/samples/deli-serdang.tepat"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$generate" "$indicators" "$work/synthetic.tepat" >/dev/null
# A private settings folder: the benchmark must not touch the user's recent files.
export XDG_CONFIG_HOME="$work/config"

run() {
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1366x768x24" "$tepat" --startup-benchmark "$1"
    else
        QT_QPA_PLATFORM=offscreen "$tepat" --startup-benchmark "$1"
    fi
}

measure() {
    local name=$1 file=$2 paint=() paintCpu=() checked=()
    for _ in 1 2 3 4 5; do
        local out
        out=$(run "$file" 2>/dev/null)
        paint+=("$(awk '/^startup-ms/ {print $2}' <<<"$out")")
        paintCpu+=("$(awk '/^startup-ms/ {print $4}' <<<"$out")")
        checked+=("$(awk '/^checked-ms/ {print $2}' <<<"$out")")
    done
    median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
    printf '%-30s first paint: %5s ms (cpu %4s ms)   findings in: %5s ms   [paint runs: %s]\n' \
        "$name" "$(median "${paint[@]}")" "$(median "${paintCpu[@]}")" "$(median "${checked[@]}")" \
        "${paint[*]}"
}

measure "sample (deli-serdang)" "$sample"
measure "synthetic $indicators indicators" "$work/synthetic.tepat"
