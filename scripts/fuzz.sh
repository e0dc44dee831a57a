#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (JSON reader, CSV reader, layouts, SVG writer) and runs each for
# the given number of seconds (default 60) on a copy of tests/fuzz/corpus/. A crash stops with its
# input saved in build-fuzz/; keep it in tests/fuzz/regressions/<target>/, where the replay_<target>
# tests run it in every test run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# With --keep, the inputs that reached new code are merged (minimised) into tests/fuzz/corpus/, so
# that the next run, CI's included, starts from everything found so far.
KEEP=0
[[ "${1:-}" == --keep ]] && { KEEP=1; shift; }
SECONDS_EACH=${1:-60}
PACKAGES+=(clang libclang-rt-14-dev)
install_missing_packages
FUZZ_DIR="$ROOT/build-fuzz"
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DORGCHART_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$FUZZ_DIR" --parallel "$(nproc)" --target fuzz_csv fuzz_json fuzz_layout fuzz_svg
export ASAN_OPTIONS=halt_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp" QT_QPA_PLATFORM=offscreen
for target in csv json layout svg; do
    corpus="$FUZZ_DIR/corpus-$target"
    rm -rf "$corpus" && cp -r "$ROOT/tests/fuzz/corpus/$target" "$corpus"
    (cd "$FUZZ_DIR" && "./tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" -print_final_stats=1 "$corpus" 2>"fuzz-$target.log") || {
        tail -40 "$FUZZ_DIR/fuzz-$target.log"; echo "fuzz_$target found a problem; see $FUZZ_DIR/fuzz-$target.log"; exit 1; }
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$FUZZ_DIR/fuzz-$target.log" | grep -o '[0-9]*$')
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$FUZZ_DIR/fuzz-$target.log" | grep -o '[0-9]*$')
    echo "fuzz_$target: $runs executions in ${SECONDS_EACH}s, $speed per second, no crash"
    if ((KEEP)); then
        (cd "$FUZZ_DIR" && "./tests/fuzz/fuzz_$target" -merge=1 "$ROOT/tests/fuzz/corpus/$target" "$corpus" 2>>"fuzz-$target.log")
        echo "  corpus: $(ls "$ROOT/tests/fuzz/corpus/$target" | wc -l) inputs kept in tests/fuzz/corpus/$target"
    fi
done
echo "fuzz: 4 passed, 0 failed"
