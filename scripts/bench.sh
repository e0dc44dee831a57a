#!/usr/bin/env bash
# Builds Org Chart Explorer and prints its speed and memory next to d3-hierarchy and Graphviz dot
# on generated organisations. Arguments: [--no-peers] [--runs N] sizes in people
# (default 200 1000 10000 100000 1000000; every time is the median of N >= 5 runs).
# --shapes instead times every user operation (open, Expand/Collapse All, search and F3, the deepest
# person selected, company size, arrows, Compare, the accessible tree, SVG/PNG/PDF export) in the
# real window at 1920x1080 on extreme shapes: a chain 100,000 deep, 100,000 reports to one person,
# 10,000 at the top, names of 100,000 characters, 1,000 columns and 1,000,000 people; over 1 s is FAIL.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PACKAGES+=(graphviz time) # time: the peak memory of a whole process
command -v npm >/dev/null || PACKAGES+=(nodejs npm) # Debian's, unless a Node.js with npm is already there
install_missing_packages
build
(cd "$ROOT/tests/bench" && npm install --no-audit --no-fund --silent)
exec "$BUILD_DIR/tests/orgchart-bench" "$@"
