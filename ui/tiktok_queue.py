"""The manager's view of the TikTok outbox: what has not reached TikTok yet, and why.
Failed or expired events can be put back in the queue; "Send now" does not wait for the
next background tick."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QStyledItemDelegate, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from db.engine import Database
from db.models import Staff
from db.types import utc_now
from pos.shop import ShopSettings
from pos.tiktok import retry_events
from tracking import sync
from ui.style import set_tone
from ui.tasks import run_task

LIMIT = 500
COLUMNS = ["Time", "Event", "Status", "Attempts", "Next attempt", "Reason", "Event id"]
TIME, EVENT, STATUS, ATTEMPTS, NEXT, REASON, EVENT_ID = range(len(COLUMNS))
STATUS_WORDS = {"waiting": "Waiting", "failed": "Failed", "expired": "Expired", "sent": "Sent"}
STATUS_COLOURS = {"failed": "#b00020", "expired": "#8a6d00"}


@dataclass(frozen=True)
class QueueRow:
    id: int
    event_id: str
    event_name: str
    event_time: datetime
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class QueueView:
    rows: list[QueueRow]
    report: object         # SyncReport: the counts
    pause: dict | None


def load_queue(db: Database) -> QueueView:
    """Runs off the GUI thread: plain values out, no live ORM objects."""
    with db.read() as session:
        rows = [QueueRow(e.id, e.event_id, e.event_name, e.event_time, e.status, e.attempts,
                         e.next_attempt_at, e.last_error)
                for e in sync.list_events(session, limit=LIMIT)]
        return QueueView(rows, sync.queue_status(session), sync.pause_state(session))


def pause_text(pause: dict | None) -> str:
    if not pause:
        return ""
    words = pause.get("message") or pause.get("reason") or "Sending is paused."
    return f"Sending is paused: {words}"


class TikTokQueueDialog(QDialog):
    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, scheduler=None,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.scheduler = scheduler
        self.loading = False
        self._reload_again = False
        self.view: QueueView | None = None
        self.setWindowTitle("TikTok queue")

        title = QLabel("Events not yet accepted by TikTok")
        title.setObjectName("screenTitle")
        self.summary = QLabel("Loading…")
        self.summary.setWordWrap(True)
        self.pause = QLabel()
        self.pause.setWordWrap(True)
        self.pause.setObjectName("message")
        set_tone(self.pause, "error")
        self.pause.hide()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideMiddle)
        header = self.table.horizontalHeader()
        for column in (TIME, EVENT, STATUS, ATTEMPTS, NEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # The reason is what a manager reads; the long event id is there to quote to support.
        header.setSectionResizeMode(REASON, QHeaderView.Stretch)
        header.setSectionResizeMode(EVENT_ID, QHeaderView.Interactive)
        header.resizeSection(EVENT_ID, 230)
        self._reason_delegate = _ElideRight(self.table)  # a reason reads from its start
        self.table.setItemDelegateForColumn(REASON, self._reason_delegate)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = QLabel(" ")
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.retry_button = QPushButton("Retry selected")
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        self.send_button = QPushButton("Send now")
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send_now)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.reload)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch()
        buttons.addWidget(close)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.pause)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if scheduler is not None:
            # Every finished send (ours or the background's) shows the queue as it now is.
            scheduler.status_changed.connect(self._after_sync)
        self.resize(1180, 560)
        self.reload()

    # ----- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.loading:
            self._reload_again = True  # what is loading may already be stale
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        db = self.db
        run_task(lambda: load_queue(db), self._loaded, self._load_failed)

    def _loaded(self, view: QueueView) -> None:
        self.loading = False
        if not shiboken6.isValid(self):
            return  # the window went away while the list was loading
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.refresh_button.setEnabled(True)
        self.view = view
        self.summary.setText(self._summary(view))
        self.summary.setToolTip(view.report.message)
        text = pause_text(view.pause)
        self.pause.setText(text)
        self.pause.setVisible(bool(text))
        self.table.setRowCount(len(view.rows))
        for r, row in enumerate(view.rows):
            cells = [self._time(row.event_time), row.event_name,
                     STATUS_WORDS.get(row.status, row.status), str(row.attempts),
                     self._next(row), row.last_error or "", row.event_id]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == TIME:
                    item.setData(Qt.UserRole, row.id)
                if c == ATTEMPTS:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == STATUS and row.status in STATUS_COLOURS:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[row.status])))
                if c in (REASON, EVENT_ID) and text:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self._selection_changed()

    def _load_failed(self, error: Exception) -> None:
        self.loading = False
        if not shiboken6.isValid(self):
            return
        self.refresh_button.setEnabled(True)
        self._say(f"The queue could not be read: {error}", "error")

    def _summary(self, view: QueueView) -> str:
        report = view.report
        counts = (f"{report.waiting} waiting · {report.failed} failed · "
                  f"{report.expired} expired · {report.sent} sent in all.")
        # Only a send knows "offline": the last one's words say more than the counts' state.
        last = getattr(self.scheduler, "report", None)
        if last is not None and last.state == "offline" and report.state == "waiting":
            message = ("TikTok could not be reached at the last try: the waiting events go "
                       "when the connection is back.")
        else:
            message = report.message
        text = f"{counts} {message}"
        if len(view.rows) >= LIMIT:
            text += f" Showing the oldest {LIMIT}."
        return text

    def _time(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        return self.shop.local_time(moment).strftime("%d/%m/%Y %H:%M:%S")

    def _next(self, row: QueueRow) -> str:
        if row.status != "waiting":
            return "—"
        if row.next_attempt_at is None:
            return "next send"
        when = self.shop.local_time(row.next_attempt_at)
        if when.date() == self.shop.local_date(utc_now()):
            return when.strftime("today %H:%M:%S")
        return when.strftime("%d/%m/%Y %H:%M")

    def done(self, result: int) -> None:
        if self.scheduler is not None:
            self.scheduler.status_changed.disconnect(self._after_sync)
            self.scheduler = None
        super().done(result)

    # ----- actions ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.retry_button.setEnabled(bool(ids))
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            r = rows[0].row()
            reason = self.table.item(r, REASON).text() or "No error so far."
            self.detail.setText(f"{self.table.item(r, EVENT_ID).text()}: {reason}")
        else:
            self.detail.setText(f"{len(rows)} events selected." if rows else " ")

    def retry_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say("Select the events to send again first.", "error")
            return
        db, manager_id = self.db, self.manager_id

        def work() -> int:
            with db.read() as session:
                manager = session.get(Staff, manager_id)
            return retry_events(db, ids, manager)

        self.retry_button.setEnabled(False)
        run_task(work, self._retried, self._action_failed)

    def _retried(self, count: int) -> None:
        self._say(f"{count} event{'s' if count != 1 else ''} put back in the queue; "
                  "they go with the next send." if count else
                  "Nothing to put back: those events are already waiting.", "info")
        self.reload()

    def send_now(self) -> None:
        self.send_button.setEnabled(False)
        self._say("Sending…", "info")
        if self.scheduler is not None:
            self.scheduler.sync_now()
            return
        db = self.db
        run_task(lambda: sync.sync_once(db), self._after_sync, self._action_failed)

    def _after_sync(self, report) -> None:
        if not self.send_button.isEnabled():
            self.send_button.setEnabled(True)
            self._say(report.message, "error" if report.state in (
                "offline", "token_rejected", "no_token") else "info")
        self.reload()

    def _action_failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        self._selection_changed()
        self._say(str(error), "error")

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        set_tone(self.message, tone)


class _ElideRight(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.ElideRight
