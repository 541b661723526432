"""Manager → Hub: this till's code and shop, its last push and pull in the shop's time, what
waits to be pushed, the last error, and "Sync now" (Ctrl+S or Enter), which runs in the
background through the window's HubScheduler and shows what it did."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

from db.engine import Database
from pos.hub import (HubState, SyncOutcome, last_error_words, moment_words, result_words,
                     status_line, waiting_words)
from pos.i18n import figure
from pos.shop import ShopSettings
from ui.hub_sync import HubScheduler
from ui.widgets import (button, button_row, enter_clicks_only, fit_to_screen, message_label,
                        narrow_form, say)


def stands_alone() -> str:
    return QCoreApplication.translate(
        "hub_dialog", "This till stands alone: it has no hub. To attach it to its shop's hub, "
        "run {command}.").format(
            # A command reads left to right inside an Arabic sentence, its '--' kept in place.
            command=figure("python main.py till attach --hub URL --shop CODE --till CODE"))


class HubDialog(QDialog):
    def __init__(self, db: Database, shop: ShopSettings, scheduler: HubScheduler | None = None,
                 parent=None):
        super().__init__(parent)
        self.shop = shop
        self.asked = False  # "Sync now" pressed here: its outcome is the one to show
        # The window's scheduler, so a sync from here is never a second one at once.
        self.scheduler = scheduler or HubScheduler(db, parent=self)
        self.setWindowTitle(self.tr("Hub"))

        title = QLabel(self.tr("This till and its shop's hub"))
        title.setObjectName("screenTitle")
        self.status = QLabel(self.tr("Loading…"))
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        self.fields = {name: self._value() for name in
                       ("till", "shop", "last_push", "last_pull", "waiting", "last_error")}
        form = narrow_form()
        for caption, name in ((self.tr("Till"), "till"), (self.tr("Shop"), "shop"),
                              (self.tr("Last push"), "last_push"),
                              (self.tr("Last pull"), "last_pull"),
                              (self.tr("Waiting to be sent"), "waiting"),
                              (self.tr("Last error"), "last_error")):
            form.addRow(caption, self.fields[name])
        self.message = message_label()

        self.sync_button = button(self.tr("Sync now  (Ctrl+S)"), self.sync_now, primary=True)
        buttons = button_row([], [button(self.tr("Close"), self.accept), self.sync_button])
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.sync_now)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        enter_clicks_only(self, self.sync_button)
        self.scheduler.status_changed.connect(self.show_outcome)
        fit_to_screen(self, 720, 440)
        self.sync_button.setFocus()
        self.scheduler.refresh()

    @staticmethod
    def _value() -> QLabel:
        label = QLabel("…")
        label.setWordWrap(True)
        # Beside its caption in either direction, even when it reads left to right (T1, CASA).
        side = Qt.AlignRight if QApplication.isRightToLeft() else Qt.AlignLeft
        label.setAlignment(Qt.AlignAbsolute | side | Qt.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return label

    def sync_now(self) -> None:
        if not self.sync_button.isEnabled():
            return
        self.asked = True
        self.sync_button.setEnabled(False)
        say(self.message, self.tr("Syncing with the hub…"))
        self.scheduler.sync_now()

    def show_outcome(self, outcome: SyncOutcome) -> None:
        self.show_state(outcome.state)
        if self.asked and not self.scheduler.running:
            self.asked = False
            self.sync_button.setEnabled(outcome.state is not None)
            say(self.message, result_words(outcome, self.shop),
                "error" if outcome.problem else "info")

    def show_state(self, state: HubState | None) -> None:
        if state is None:
            self.status.setText(stands_alone())
            for label in self.fields.values():
                label.setText("—")
            self.sync_button.setEnabled(False)
            return
        link = state.link
        self.status.setText(status_line(state, self.shop))
        values = {"till": link.till, "shop": link.shop,
                  "last_push": moment_words(link.last_push_at, self.shop),
                  "last_pull": moment_words(link.last_pull_at, self.shop),
                  "waiting": waiting_words(state), "last_error": last_error_words(link)}
        for name, text in values.items():
            self.fields[name].setText(text)
        if not self.asked:
            self.sync_button.setEnabled(True)
