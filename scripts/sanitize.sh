#!/usr/bin/env bash
# Builds with AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer and runs every test;
# any report fails the run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
BUILD_DIR="$ROOT/build-sanitize" build -DCMAKE_BUILD_TYPE=Debug -DORGCHART_SANITIZE=ON
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp"
cd "$ROOT/build-sanitize"
# tst_shapes (100,000-person shapes, every operation) takes minutes in the ordinary build and
# longer than CI allows in this unoptimised one: it runs in scripts/test.sh only, for now.
ctest --output-on-failure --timeout 600 -E tst_shapes
