"""ui/collector.py: the garbage collector runs on the GUI thread, never on a worker's."""
from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThreadPool

from ui.collector import GuiThreadCollector, collect_due
from ui.background import run_task


class _Cycle:
    def __init__(self):
        self.me = self


def test_no_collection_runs_on_a_worker_thread_while_the_collector_lives(qtbot):
    threads = []

    def seen(phase, _info):
        if phase == "start":
            threads.append(threading.current_thread())

    gc.enable()  # as CPython starts; the collector turns it off
    collector = GuiThreadCollector(interval_ms=20)
    gc.callbacks.append(seen)
    try:
        assert not gc.isenabled()
        results = []
        # Far more cyclic garbage than CPython's first threshold, made on a worker thread.
        run_task(lambda: [_Cycle() for _ in range(50_000)] and "made", results.append)
        qtbot.waitUntil(lambda: results == ["made"], timeout=10_000)
        assert QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)  # the timer collects it, here
    finally:
        gc.callbacks.remove(seen)
        collector.timer.stop()
    assert set(threads) == {threading.main_thread()}


def test_collect_due_collects_what_is_over_the_thresholds():
    gc.collect()
    for _ in range(5_000):
        _Cycle()
    assert collect_due((700, 10, 10)) >= 5_000
    assert collect_due((10**9, 10, 10)) == 0  # nothing due: nothing collected
