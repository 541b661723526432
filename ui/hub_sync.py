"""The hub in the background, and the status bar's line about it.

HubScheduler lives on the GUI thread and owns only a timer: each sync goes to the thread
pool through run_task, one at a time, and its SyncOutcome comes back as status_changed. A
sale or a return only asks for the line again (a local read, off the GUI thread too): the
sale is pushed at the next tick. A hub that cannot be reached changes the line, nothing
else: the counter never waits for it.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from db.engine import Database
from pos.hub import SyncOutcome, hub_state, status_line, status_tone, sync_and_look
from pos.i18n import words_of
from pos.shop import ShopSettings
from ui.background import read_now, run_task
from ui.language import is_language_change

log = logging.getLogger(__name__)

# How often a till syncs with its hub: a sale reaches the hub within this, plus the push.
SYNC_EVERY_MS = 1_000


class HubScheduler(QObject):
    status_changed = Signal(object)  # SyncOutcome

    def __init__(self, db: Database, every_ms: int = SYNC_EVERY_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.outcome: SyncOutcome | None = None
        self.running = False      # a sync is in the thread pool
        self._again = False       # asked for while one ran: one more right after it
        self._stopped = False     # the window closed: nothing starts any more
        self._tick = QTimer(self)
        self._tick.setInterval(every_ms)
        self._tick.timeout.connect(self.sync_now)

    def start(self) -> None:
        """The line as it is (no network), then a sync on every tick."""
        self._stopped = False
        self.refresh()
        self._tick.start()

    def stop(self) -> None:
        """The timer off; a sync already running finishes on its own, unreported."""
        self._stopped = True
        self._tick.stop()

    def refresh(self) -> None:
        """The line again after a sale or a return: a local read, off the GUI thread. The
        last sync's problem (unreachable) stays until the next sync says otherwise."""
        if self._stopped:
            return
        db = self.db
        run_task(lambda: read_now(db, hub_state), self._refreshed, self._failed)

    def sync_now(self) -> None:
        """A tick, or a manager's "Sync now": one sync at a time, another right after it
        when asked for while one runs."""
        if self._stopped:
            return
        if self.running:
            self._again = True
            return
        self.running, self._again = True, False
        db = self.db
        run_task(lambda: sync_and_look(db), self._finished, self._sync_failed)

    def _refreshed(self, state) -> None:
        if self._stopped:
            return
        last = self.outcome
        problem = last.problem if last is not None else None
        words = last.problem_words if last is not None else None
        self._publish(SyncOutcome(state, problem=problem, problem_words=words))

    def _finished(self, outcome: SyncOutcome) -> None:
        """The outcome shown; a sync asked for meanwhile is started first, so a Hub window
        waiting for its own "Sync now" sees one still running and waits for that one."""
        self.running = False
        if not self._stopped and self._again:
            self.sync_now()
        if not self._stopped:
            self._publish(outcome)

    def _sync_failed(self, error: Exception) -> None:
        """A bug or a broken database, not the network (that is an outcome): logged, the
        line read again with the error in its tooltip, the ticks go on."""
        self.running = False
        self._failed(error)
        if not self._stopped and self._again:
            self.sync_now()

    def _failed(self, error: Exception) -> None:
        log.error("Hub sync failed: %s", getattr(error, "traceback_text", repr(error)))
        if self._stopped or self.outcome is None:
            return
        self._publish(replace(
            self.outcome, result=None, problem=f"The last sync stopped on an error: {error}",
            problem_words=self.tr("The last sync stopped on an error: {error}").format(
                error=words_of(error))))

    def _publish(self, outcome: SyncOutcome) -> None:
        self.outcome = outcome
        self.status_changed.emit(outcome)


# Green when the hub has everything, grey while sales wait, amber when it cannot be reached.
_TONES = {"up_to_date": "#1b5e20", "waiting": "#444", "unreachable": "#b35c00"}


class HubStatusLabel(QLabel):
    """The permanent status bar label, hidden for a till that stands alone; its tooltip says
    what waits and why the last sync did not happen."""

    def __init__(self, shop: ShopSettings, parent=None):
        super().__init__("", parent)
        self.shop = shop
        self.setObjectName("hubStatus")
        self.setContentsMargins(8, 0, 8, 0)
        self.outcome: SyncOutcome | None = None
        self.hide()

    def changeEvent(self, event) -> None:
        # It stays open across logins: its words follow the language of who is logged in.
        if is_language_change(event) and self.outcome is not None:
            self.show_outcome(self.outcome)
        super().changeEvent(event)

    def show_outcome(self, outcome: SyncOutcome) -> None:
        self.outcome = outcome
        text = status_line(outcome.state, self.shop)
        self.setText(text)
        self.setVisible(bool(text))
        self.setToolTip(outcome.problem_words or outcome.problem or "")
        tone = _TONES[status_tone(outcome.state)]
        self.setStyleSheet(f"QLabel#hubStatus {{ color: {tone}; font-weight: bold; }}")
