#!/usr/bin/env bash
# Builds with AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer and runs every test;
# any report fails the run.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
# Optimised (RelWithDebInfo, as the sanitizers' authors advise for speed): every test runs, the
# shapes of 100,000 people included (about 4 minutes here).
BUILD_DIR="$ROOT/build-sanitize" build -DORGCHART_SANITIZE=ON
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$ROOT/tests/fuzz/lsan.supp"
cd "$ROOT/build-sanitize"
ctest --output-on-failure --timeout 1200
