"""run_task: run work off the GUI thread, get the result back on it through a signal.

Widgets call run_task; none of them owns a thread. The work function must not touch
widgets; on_done and on_error run on the GUI thread.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, never swallowed
            error.traceback_text = traceback.format_exc()
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_live_relays: set[_Relay] = set()


def run_task(work: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None] | None = None,
             pool: QThreadPool | None = None) -> _Relay:
    relay = _Relay()
    _live_relays.add(relay)

    def finish(callback, value):
        _live_relays.discard(relay)
        if callback is not None:
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error or _report, error))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
    return relay


def _report(error: Exception) -> None:
    print(getattr(error, "traceback_text", repr(error)))
