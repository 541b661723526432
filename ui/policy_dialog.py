"""The manager's return policy settings: each save is a new version; past returns keep theirs."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from db.engine import Database
from pos.money import Money, MoneyError, parse_percent
from pos.returns import change_policy, current_policy
from pos.staff import PermissionDenied
from ui.background import change_now, read_now
from ui.widgets import answer_buttons, fit_to_screen, message_label, say


class PolicyDialog(QDialog):
    def __init__(self, db: Database, manager_id: int, locale: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.manager_id = manager_id
        self.locale = locale
        self.setWindowTitle("Return policy")
        self.current = read_now(db, current_policy)
        c = self.current
        self.version = QLabel(f"Version {c.version} is in force. Saving makes a new version; "
                              "returns already made keep the version they were judged under.")
        self.version.setWordWrap(True)
        self.refund_days = QSpinBox()
        self.refund_days.setRange(0, 365)
        self.refund_days.setValue(c.refund_days)
        self.exchange_days = QSpinBox()
        self.exchange_days.setRange(0, 365)
        self.exchange_days.setValue(c.exchange_days)
        self.percent = QLineEdit(str(c.change_of_mind_percent.normalize()))
        self.minimum = QLineEdit(str(c.change_of_mind_minimum.amount))
        self.message = message_label()
        form = QFormLayout()
        form.addRow("Refund window (days after purchase)", self.refund_days)
        form.addRow("Exchange window (days after purchase)", self.exchange_days)
        form.addRow("Change-of-mind deduction (%)", self.percent)
        form.addRow(f"Minimum deduction ({c.currency})", self.minimum)
        buttons = answer_buttons(self, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 480, 0)

    def submit(self) -> None:
        try:
            percent = parse_percent(self.percent.text())
            minimum = Money.parse(self.minimum.text(), self.locale)
            wanted = replace(self.current, refund_days=self.refund_days.value(),
                             exchange_days=self.exchange_days.value(),
                             change_of_mind_percent=percent, change_of_mind_minimum=minimum)
            saved = change_now(self.db, self.manager_id,
                               lambda session, manager: change_policy(session, manager, wanted))
        except (ValueError, MoneyError, PermissionDenied) as error:
            return self._fail(str(error))
        self.saved_version = saved.version
        self.accept()

    def _fail(self, text: str) -> None:
        say(self.message, text, "error")

