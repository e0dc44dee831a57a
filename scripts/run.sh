#!/usr/bin/env bash
# Builds Org Chart Explorer and opens it on the built-in leadership chart. Arguments go to the program.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build
exec "$BUILD_DIR/app/orgchart-explorer" "$@"
