"""The manager's view of the TikTok outbox: what has not reached TikTok yet, and why.
Failed or expired events can be put back in the queue; "Send now" sends every waiting event,
without waiting for the next background tick or an event's next try."""
from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QLabel,
                               QTableWidgetItem, QVBoxLayout)

from db.engine import Database
from db.types import utc_now
from pos.dates import format_date_time, format_time
from pos.i18n import words_of
from pos.shop import ShopSettings
from pos.staff_members import acting_staff
from pos.tiktok import (QUEUE_LIMIT, QueueRow, QueueView, queue_view, reason_words,
                        report_words, retry_events)
from tracking import sync
from ui.background import read_now, run_task
from ui.style import set_tone
from ui.widgets import (ElideRight, button, button_row, fit_to_screen, list_table,
                        message_label, say)


def columns() -> list[str]:
    return [QCoreApplication.translate("tiktok_queue", "Time"),
            QCoreApplication.translate("tiktok_queue", "Event"),
            QCoreApplication.translate("tiktok_queue", "Status"),
            QCoreApplication.translate("tiktok_queue", "Attempts"),
            QCoreApplication.translate("tiktok_queue", "Next attempt"),
            QCoreApplication.translate("tiktok_queue", "Reason"),
            QCoreApplication.translate("tiktok_queue", "Event id")]


TIME, EVENT, STATUS, ATTEMPTS, NEXT, REASON, EVENT_ID = range(7)


def status_words(status: str) -> str:
    """An outbox row's status (a stored code) in the manager's words."""
    words = {"waiting": QCoreApplication.translate("tiktok_queue", "Waiting"),
             "failed": QCoreApplication.translate("tiktok_queue", "Failed"),
             "expired": QCoreApplication.translate("tiktok_queue", "Expired"),
             "sent": QCoreApplication.translate("tiktok_queue", "Sent"),
             sync.NOT_SENT: QCoreApplication.translate("tiktok_queue", "Not sent")}
    return words.get(status, status)


STATUS_COLOURS = {"failed": "#b00020", "expired": "#8a6d00", sync.NOT_SENT: "#666666"}


def held_next(state: str) -> str | None:
    """A waiting event's next try while sending is held for the manager: no time is
    promised."""
    return {sync.NO_TOKEN: QCoreApplication.translate("tiktok_queue", "needs the token"),
            sync.TOKEN_REJECTED_STATE: QCoreApplication.translate("tiktok_queue",
                                                                  "needs a new token"),
            sync.OFF: QCoreApplication.translate("tiktok_queue", "sending is off")}.get(state)


def pause_text(pause: dict | None) -> str:
    """The stored 40001 pause: TikTok's own words, as TikTok wrote them."""
    if not pause:
        return ""
    words = pause.get("message") or pause.get("reason")
    if not words:
        return QCoreApplication.translate("tiktok_queue", "Sending is paused.")
    return QCoreApplication.translate("tiktok_queue", "Sending is paused: {words}").format(
        words=words)


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
        self.setWindowTitle(self.tr("TikTok queue"))

        title = QLabel(self.tr("Events not yet accepted by TikTok"))
        title.setObjectName("screenTitle")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        # Sales' events kept unsent, one line per reason: counted, never sent, nothing to do.
        self.not_sent = QLabel()
        self.not_sent.setWordWrap(True)
        self.not_sent.hide()
        self.pause = message_label()
        set_tone(self.pause, "error")
        self.pause.hide()

        self.table = list_table(columns(), QAbstractItemView.ExtendedSelection, wrap=False)
        self.table.setTextElideMode(Qt.ElideMiddle)
        header = self.table.horizontalHeader()
        for column in (TIME, EVENT, STATUS, ATTEMPTS, NEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # The reason is what a manager reads; the long event id is there to quote to support.
        header.setSectionResizeMode(REASON, QHeaderView.Stretch)
        header.setSectionResizeMode(EVENT_ID, QHeaderView.Interactive)
        header.resizeSection(EVENT_ID, 230)
        self._reason_delegate = ElideRight(self.table)  # a reason reads from its start
        self.table.setItemDelegateForColumn(REASON, self._reason_delegate)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = QLabel(" ")
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.message = message_label()
        self.retry_button = button(self.tr("Retry selected"), self.retry_selected)
        self.retry_button.setEnabled(False)
        self.send_button = button(self.tr("Send now"), self.send_now, primary=True)
        self.refresh_button = button(self.tr("Refresh"), self.reload)
        buttons = button_row([self.retry_button, self.refresh_button],
                             [button(self.tr("Close"), self.accept), self.send_button])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.not_sent)
        layout.addWidget(self.pause)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if scheduler is not None:
            # Every finished send (ours or the background's) shows the queue as it now is.
            scheduler.status_changed.connect(self._after_sync)
        fit_to_screen(self, 1180, 560)
        self.reload()

    # ----- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.loading:
            self._reload_again = True  # what is loading may already be stale
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        db = self.db
        run_task(lambda: read_now(db, queue_view), self._loaded, self._load_failed)

    def _loaded(self, view: QueueView) -> None:
        self.loading = False
        if not shiboken6.isValid(self):
            return  # the window went away while the list was loading
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.refresh_button.setEnabled(True)
        self.view = view  # before the rows: a row's next try depends on the queue's state
        self.summary.setText(self._summary(view))
        self.summary.setToolTip(report_words(view.report))
        lines = self.not_sent_lines(view.report.not_sent)
        self.not_sent.setText("\n".join(lines))
        self.not_sent.setVisible(bool(lines))
        text = pause_text(view.pause)
        self.pause.setText(text)
        self.pause.setVisible(bool(text))
        self.table.setRowCount(len(view.rows))
        for r, row in enumerate(view.rows):
            cells = [self._time(row.event_time), row.event_name,
                     status_words(row.status), str(row.attempts),
                     self._next(row), self._reason(row), row.event_id]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == TIME:
                    item.setData(Qt.UserRole, row.id)
                if c == STATUS:
                    item.setData(Qt.UserRole, row.status)
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
        self._say(self.tr("The queue could not be read: {error}").format(
            error=words_of(error)), "error")

    def _summary(self, view: QueueView) -> str:
        report = view.report
        counts = self.tr("Waiting: {waiting} · failed: {failed} · expired: {expired} · "
                         "sent in all: {sent}.").format(
            waiting=report.waiting, failed=report.failed, expired=report.expired,
            sent=report.sent)
        # Only a send knows "offline": the last one's words say more than the counts' state.
        last = getattr(self.scheduler, "report", None)
        if last is not None and last.state == "offline" and report.state == "waiting":
            message = self.tr("TikTok could not be reached at the last try: the waiting "
                              "events go when the connection is back.")
        else:
            message = report_words(report)
        text = f"{counts} {message}"
        if len(view.rows) >= QUEUE_LIMIT:
            text += " " + self.tr("Showing the oldest {limit}.").format(limit=QUEUE_LIMIT)
        return text

    def not_sent_lines(self, not_sent) -> list[str]:
        """SyncReport.not_sent's (reason, count) pairs, a line each."""
        lines = []
        for code, count in not_sent:
            if not count:
                continue
            if code == sync.NO_MATCH_KEY:
                lines.append(self.tr("Not sent, no contact details: %n sale(s)", "", count))
            else:
                lines.append(self.tr("Not sent ({reason}): %n sale(s)", "", count).format(
                    reason=code))
        return lines

    @staticmethod
    def _reason(row: QueueRow) -> str:
        return reason_words(row.last_error)  # a row not sent: why, in words

    def _time(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        return format_date_time(self.shop.local_time(moment), self.shop.locale, seconds=True)

    def _next(self, row: QueueRow) -> str:
        if row.status != "waiting":
            return "—"
        held = held_next(self.view.report.state) if self.view is not None else None
        if held:
            return held
        if row.next_attempt_at is None:
            return self.tr("next send")
        when = self.shop.local_time(row.next_attempt_at)
        if when.date() == self.shop.local_date(utc_now()):
            return self.tr("today {time}").format(
                time=format_time(when, self.shop.locale, seconds=True))
        return format_date_time(when, self.shop.locale)

    def done(self, result: int) -> None:
        if self.scheduler is not None:
            self.scheduler.status_changed.disconnect(self._after_sync)
            self.scheduler = None
        super().done(result)

    # ----- actions ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected events a retry may put back: a sale not sent stays counted."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows
                if self.table.item(r, STATUS).data(Qt.UserRole) != sync.NOT_SENT]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.retry_button.setEnabled(bool(ids))
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            r = rows[0].row()
            reason = self.table.item(r, REASON).text() or self.tr("No error so far.")
            # A sentence, not the id first: an Arabic line then reads right to left.
            self.detail.setText(self.tr("Event {event_id}: {reason}").format(
                event_id=self.table.item(r, EVENT_ID).text(), reason=reason))
        else:
            self.detail.setText(self.tr("%n event(s) selected.", "", len(rows)) if rows else " ")

    def retry_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(self.tr("Select the events to send again first."), "error")
            return
        db, manager_id = self.db, self.manager_id

        def work() -> int:
            manager = read_now(db, lambda session: acting_staff(session, manager_id))
            return retry_events(db, ids, manager)

        self.retry_button.setEnabled(False)
        run_task(work, self._retried, self._action_failed)

    def _retried(self, count: int) -> None:
        self._say(self.tr("%n event(s) put back in the queue; they go with the next send.", "",
                          count) if count else
                  self.tr("Nothing to put back: those events are already waiting."), "info")
        self.reload()

    def send_now(self) -> None:
        self.send_button.setEnabled(False)
        self._say(self.tr("Sending…"), "info")
        if self.scheduler is not None:
            self.scheduler.sync_now(everything=True)  # a person asked: not the schedule's
            return
        db = self.db
        run_task(lambda: sync.sync_once(db, everything=True), self._after_sync,
                 self._action_failed)

    def _after_sync(self, report) -> None:
        if not self.send_button.isEnabled():
            self.send_button.setEnabled(True)
            self._say(report_words(report), "error" if report.state in (
                "offline", "token_rejected", "no_token") else "info")
        self.reload()

    def _action_failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        self._selection_changed()
        self._say(words_of(error), "error")

    def _say(self, text: str, tone: str) -> None:
        say(self.message, text, tone)
