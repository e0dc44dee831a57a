#!/usr/bin/env bash
# Runs the explorer under Xvfb with a D-Bus session and the AT-SPI bus, and lists its chart's
# children by name through AT-SPI, as a screen reader sees them.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PACKAGES+=(xvfb python3-pyatspi at-spi2-core dbus-x11)
install_missing_packages
[[ -x "$BUILD_DIR/app/orgchart-explorer" ]] || build
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app= bus=
trap 'kill $app $bus $xvfb 2>/dev/null || true; [[ -n ${DBUS_SESSION_BUS_PID:-} ]] && kill $DBUS_SESSION_BUS_PID 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME=$(mktemp -d) QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
sleep 1
"$BUILD_DIR/app/orgchart-explorer" --company large >/dev/null 2>&1 &
app=$!
/usr/bin/python3 "$ROOT/tests/atspi/list_chart.py"
