"""Sending the TikTok outbox in the background, and the status bar's view of it.

SyncScheduler lives on the GUI thread and owns only timers: each run of
tracking.sync.sync_once goes to the thread pool through run_task, one at a time, and its
SyncReport comes back as status_changed. A sale nudges it, so a sale reaches TikTok a
couple of seconds after it is saved when the network is there; otherwise the next tick
tries again (sync_once itself knows which events are due).
"""
from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from db.engine import Database
from db.words import N_, Said
from pos.i18n import words_of
from pos.tiktok import report_words
from tracking import sync
from ui.background import read_now, run_task
from ui.language import is_language_change, read_from_the_right

log = logging.getLogger(__name__)

TICK_MS = 30_000
NUDGE_MS = 2_000


class SyncScheduler(QObject):
    status_changed = Signal(object)  # SyncReport

    def __init__(self, db: Database, tick_ms: int = TICK_MS, nudge_ms: int = NUDGE_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.nudge_ms = nudge_ms
        self.report: sync.SyncReport | None = None
        self.running = False        # a sync_once is in the thread pool
        self._again = False         # asked for while one was running: one more run after it
        self._everything = False    # a person asked: the next run sends every waiting event
        self._started = False       # timers on: ticks and nudges send by themselves
        self._stopped = False       # the window closed: nothing runs any more
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.sync_now)
        self._nudge = QTimer(self)
        self._nudge.setSingleShot(True)
        self._nudge.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Shows the queue as it is (counts only, no network), then sends on every tick."""
        self._started, self._stopped = True, False
        self.refresh()
        self._tick.start()

    def stop(self) -> None:
        """Timers off; a run already in the pool finishes on its own and is not reported."""
        self._started, self._stopped = False, True
        self._tick.stop()
        self._nudge.stop()

    def nudge(self) -> None:
        """Something was queued (a sale): count it now, send it soon."""
        if self._stopped:
            return
        self.refresh()
        if self._started:
            self._nudge.start(self.nudge_ms)

    def settings_changed(self) -> None:
        """A manager saved the TikTok settings: show the new state now, send soon."""
        self.nudge()

    def refresh(self) -> None:
        """The counts as they are now. Only a send can tell "offline": a refresh between
        two sends keeps what the last one found."""
        report = read_now(self.db, sync.queue_status)
        last = self.report
        if last is not None and last.state == sync.OFFLINE and report.state == sync.WAITING:
            report = sync.with_words(replace(report, state=sync.OFFLINE), Said(N_(
                "TikTok could not be reached at the last try. Events waiting: {waiting}; they "
                "will be sent when the connection is back."), waiting=report.waiting))
        self._publish(report)

    def sync_now(self, everything: bool = False) -> None:
        """Sends now (a tick, a nudge, or a manager's "Send now": everything, whatever the
        schedule says); one run at a time."""
        if self._stopped:
            return
        self._everything = self._everything or everything
        if self.running:
            self._again = True
            return
        self.running = True
        self._again = False
        db, everything, self._everything = self.db, self._everything, False
        run_task(lambda: sync.sync_once(db, everything=everything), self._finished,
                 self._failed)

    def _finished(self, report) -> None:
        self.running = False
        if self._stopped:
            return
        self._publish(report)
        if self._again:
            self.sync_now()

    def _failed(self, error: Exception) -> None:
        """A bug or a broken database, not the network (sync_once reports that itself):
        the counts stay on screen and the message says sending stopped on an error."""
        self.running = False
        log.error("TikTok sync failed: %s", getattr(error, "traceback_text", repr(error)))
        if self._stopped:
            return
        try:
            report = read_now(self.db, sync.queue_status)
        except Exception:  # noqa: BLE001 - the database itself is the problem: keep what is shown
            return
        self._publish(sync.with_words(report, Said(N_("The last send stopped on an error: "
                                                      "{error}"), error=words_of(error))))

    def _publish(self, report) -> None:
        self.report = report
        self.status_changed.emit(report)


def _manager_todo(state: str, failed: int) -> str | None:
    """What a manager does about a state only they can mend, in the menu's words."""
    if state == sync.NO_TOKEN:
        return QCoreApplication.translate(
            "tiktok_sync", "Manager → TikTok settings: add the access token")
    if state == sync.TOKEN_REJECTED_STATE:
        return QCoreApplication.translate(
            "tiktok_sync", "Manager → TikTok settings: check the access token and pixel")
    if failed:
        return QCoreApplication.translate("tiktok_sync", "Manager → TikTok queue")
    return None


def status_text(report, manager: bool = True) -> str:
    """The status bar's words for the queue. A manager reads every state with what to do;
    a clerk, who can do nothing about the token or failed events, only how the sending goes
    ("" when it is held for the manager: the label is hidden)."""
    n = report.waiting
    if not manager and report.state in sync.HELD_STATES:
        return ""
    texts = {
        "all_sent": QCoreApplication.translate("tiktok_sync", "TikTok: all sent"),
        "waiting": QCoreApplication.translate("tiktok_sync", "TikTok: {n} waiting"),
        "offline": QCoreApplication.translate("tiktok_sync", "TikTok: offline, {n} waiting"),
        "token_rejected": QCoreApplication.translate("tiktok_sync", "TikTok: token rejected"),
        "no_token": QCoreApplication.translate("tiktok_sync", "TikTok: no access token"),
        "off": QCoreApplication.translate("tiktok_sync", "TikTok: off"),
    }
    text = texts.get(report.state, f"TikTok: {report.state}").format(n=n)
    if manager and report.failed:
        text += " · " + QCoreApplication.translate("tiktok_sync", "{n} failed").format(
            n=report.failed)
    todo = _manager_todo(report.state, report.failed)
    if manager and todo:
        text += f" · {todo}"
    return read_from_the_right(text)  # it opens with "TikTok"


# Green when everything went, grey while it waits, amber offline, red when a manager must act.
_TONES = {"all_sent": "#1b5e20", "waiting": "#444", "off": "#666", "offline": "#b35c00",
          "token_rejected": "#b00020", "no_token": "#b00020"}


class SyncStatusLabel(QLabel):
    """The permanent status bar label; the tooltip carries the report's full message. What
    only a manager can mend is shown when a manager is logged in (show_for)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setContentsMargins(8, 0, 8, 0)
        self.manager = False
        self.report = None
        self.retranslate()

    def retranslate(self) -> None:
        """Its words again in the language of the moment (it stays open across logins)."""
        if self.report is None:
            self.setText(self.tr("TikTok: …"))
        else:
            self.show_report(self.report)

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def show_for(self, manager: bool) -> None:
        """Who is at the counter: a manager sees the manager's matters, a clerk does not."""
        self.manager = manager
        if self.report is not None:
            self.show_report(self.report)

    def show_report(self, report) -> None:
        self.report = report
        text = status_text(report, self.manager)
        self.setText(text)
        self.setVisible(bool(text))
        self.setToolTip(report_words(report) if text else "")
        colour = "#b00020" if report.failed and self.manager else \
            _TONES.get(report.state, "#444")
        self.setStyleSheet(f"QLabel#syncStatus {{ color: {colour}; font-weight: bold; }}")
