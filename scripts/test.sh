#!/usr/bin/env bash
# Builds Org Chart Explorer and runs every test (no display needed).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 300
