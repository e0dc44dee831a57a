#!/usr/bin/env python3
"""Lists, through AT-SPI (the Linux accessibility bus), the boxes of Org Chart Explorer's chart by
name, as a screen reader would find them. Exits 1 if the chart or its roles cannot be found."""
import sys
import time

import pyatspi

EXPECTED = ["CEO — Chief Executive Officer", "CPO — Chief Product Officer", "CMO — Chief Marketing Officer"]


def find(node, predicate, depth=0):
    if node is None or depth > 30:
        return None
    if predicate(node):
        return node
    for i in range(node.childCount):
        found = find(node.getChildAtIndex(i), predicate, depth + 1)
        if found is not None:
            return found
    return None


def main():
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.time() + 20
    chart = None
    while chart is None and time.time() < deadline:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "orgchart" in (app.name or "").lower():
                chart = find(app, lambda n: n.getRoleName() == "tree" and n.name == "Organisation chart")
        if chart is None:
            time.sleep(0.5)
    if chart is None:
        print("atspi: the chart was not found on the accessibility bus")
        return 1
    names = [chart.getChildAtIndex(i).name for i in range(chart.childCount)]
    for name in names:
        print("atspi: chart child:", name)
    missing = [role for role in EXPECTED if not any(name.startswith(role) for name in names)]
    if missing:
        print("atspi: missing from the chart:", missing)
        return 1
    print(f"atspi: {len(names)} children listed")
    print("atspi: 1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
