#!/usr/bin/env bash
# Builds the ApiParser fuzzer with clang in its own build directory and runs it for a while.
#   MF_FUZZ_SECONDS   how long to fuzz (default 60)
#   MF_FUZZ_BUILD_DIR where to build (default $TMPDIR/mf-build-fuzz)
# Exit status: 0 when no crash, leak or timeout was found; non-zero otherwise (libFuzzer writes
# the reproducer as crash-*/leak-*/timeout-* into the current directory).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${MF_FUZZ_BUILD_DIR:-${TMPDIR:-/tmp}/mf-build-fuzz}
seconds=${MF_FUZZ_SECONDS:-60}

if ! command -v clang++ >/dev/null; then
    echo "run-fuzz.sh: clang++ is needed (Debian 12: apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi

# Only this folder is configured, so nothing else in the tree has to build for the fuzzer to run.
cmake -S "$src/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" --target fuzz_apiparser -j2

# New inputs go to a scratch copy, never into the checked-in corpus.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/tests/fuzz/corpus/"* "$work/"

"$build/fuzz_apiparser" \
    -max_total_time="$seconds" -max_len=1048576 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$work"
