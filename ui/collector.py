"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects in whichever thread crosses its allocation threshold: a run_task worker,
the TikTok sender, the backup. A collection there destroys the Qt objects caught in
reference cycles (a closed dialog, a lambda connected to a signal) from the wrong thread,
and Qt crashes: the test suite segfaulted once that way, a products-screen load in a
worker collecting an earlier screen's widgets. So automatic collection is turned off and
a timer on the GUI thread collects instead, generation by generation, when the counts
reach the same thresholds CPython itself uses (the pattern of calibre and pyqtgraph).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due(threshold: tuple[int, int, int] | None = None) -> int:
    """Collects the generations whose counts are over their thresholds; what it freed.
    Call it on the GUI thread only."""
    first, second, third = threshold or _threshold
    count0, count1, count2 = gc.get_count()
    freed = 0
    if count0 > first:
        freed += gc.collect(0)
        if count1 > second:
            freed += gc.collect(1)
            if count2 > third:
                freed += gc.collect(2)
    return freed


_threshold = gc.get_threshold()


class GuiThreadCollector(QObject):
    """While it lives, the garbage collector runs on the thread that made it (the GUI's)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(interval_ms)
