"""How every screen reaches the database: one mechanism, in the shapes of Anki's QueryOp and
CollectionOp.

- `read`: read(session) off the GUI thread; it returns plain values, never live rows.
- `change`: apply(session, staff) in one write transaction as a named staff member; the
  screen then shows the result (usually by reading again).
- `read_now` / `change_now`: the same two shapes on the calling thread, for the counter's
  hot path and for answers a dialog needs before it can go on (the PIN just typed).
- `run_task`: any other work off the GUI thread (a backup, a TikTok send).

Widgets never own a thread. The work must not touch widgets; the answer comes back on the
GUI thread, and only while the widget that asked is still there (`while_alive`).
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from db.engine import Database
from pos.catalog_admin import CatalogError
from pos.hub_edits import HubEditRefused
from pos.i18n import words_of
from pos.money import MoneyError
from pos.staff import PermissionDenied
from pos.staff_members import acting_staff

# What a manager can be told as it is; anything else is a bug, shown with its type.
REFUSALS = (CatalogError, PermissionDenied, MoneyError, HubEditRefused)

# The pool the work goes to; None is Qt's global pool. Tests put a synchronous one here.
pool: QThreadPool | None = None


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
             on_error: Callable[[Exception], None] | None = None) -> None:
    """work() on the thread pool; on_done(result) or on_error(error) on the GUI thread."""
    relay = _Relay()
    _live_relays.add(relay)  # kept alive until it has answered

    def finish(callback, value):
        _live_relays.discard(relay)
        if callback is not None:
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error or _report, error))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))


def read(widget, db: Database, read_in: Callable[[Any], Any],
         on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
    """read_in(session) off the GUI thread; it must return plain values, not live rows."""
    run_task(lambda: read_now(db, read_in),
             while_alive(widget, on_done), while_alive(widget, on_error))


def change(widget, db: Database, staff_id: int, apply: Callable[[Any, Any], Any],
           on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
    """apply(session, staff) in one write transaction, as that staff member, off the GUI
    thread."""
    run_task(lambda: change_now(db, staff_id, apply),
             while_alive(widget, on_done), while_alive(widget, on_error))


def read_now(db: Database, read_in: Callable[[Any], Any]) -> Any:
    """read_in(session) here and now; what it returns."""
    with db.read() as session:
        return read_in(session)


def change_now(db: Database, staff_id: int | None, apply: Callable[[Any, Any], Any]) -> Any:
    """apply(session, staff) in one write transaction, here and now; what it returns.
    Without a staff member (the shop's first start) apply gets None."""
    with db.write() as session:
        return apply(session, acting_staff(session, staff_id))


def while_alive(widget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """callback, called only while the widget has not been deleted."""
    def call(value):
        if shiboken6.isValid(widget):
            callback(value)
    return call


def error_words(error: Exception) -> str:
    if isinstance(error, REFUSALS):
        return words_of(error)
    return QCoreApplication.translate(
        "background", "Something went wrong ({kind}: {error}). Nothing was saved.").format(
            kind=type(error).__name__, error=words_of(error))


def _report(error: Exception) -> None:
    print(getattr(error, "traceback_text", repr(error)))
