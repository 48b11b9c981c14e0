#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) and clazy's Qt checks on the C++ files changed since a commit, so
# that each stop is checked before it lands. Usage:
#   scripts/lint.sh BUILD_DIR [BASE]     BASE defaults to the commit main forked from (or HEAD~1)
#   scripts/lint.sh BUILD_DIR --all      every file of core, ui and app
# BUILD_DIR must be configured (it holds compile_commands.json) with -DTEPAT_PCH=OFF: clang cannot
# read GCC's precompiled headers. Exit status 1 on any warning.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/lint.sh BUILD_DIR [BASE|--all]}
base=${2:-$(git merge-base HEAD main 2>/dev/null || git rev-parse HEAD~1)}
[ -f "$build/compile_commands.json" ] || { echo "$build/compile_commands.json is missing: configure $build first" >&2; exit 2; }
if grep -q '^TEPAT_PCH:BOOL=ON' "$build/CMakeCache.txt"; then
    echo "$build uses precompiled headers, which clang cannot read: configure it with -DTEPAT_PCH=OFF" >&2
    exit 2
fi

if [ "$base" = --all ]; then
    mapfile -t files < <(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
else
    mapfile -t files < <(git diff --name-only --diff-filter=AMR "$base" -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "lint: no C++ file changed since $base"
    exit 0
fi
# clazy's level-0 checks are the ones that are almost always right about Qt code; a few level-1
# ones catch what this code base has done wrong before (detaching a temporary container, a
# QString made only to be compared, a lambda that outlives its captured object).
clazy_checks=level0,detaching-temporary,qstring-arg,range-loop-detach,lambda-in-connect,returning-void-expression
status=0
echo "lint: ${#files[@]} file(s) since ${base}"
clang-tidy -p "$build" --quiet "${files[@]}" 2>/dev/null || status=1
clazy-standalone -p "$build/compile_commands.json" --checks="$clazy_checks" \
    --ignore-dirs="$build" "${files[@]}" 2>&1 | grep -E 'warning:|error:' && status=1
exit $status
