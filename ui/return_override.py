"""A manager's override of the return policy, asked for at the return screen."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from db.engine import Database
from pos.returns import Override
from ui.dialogs import OK_CANCEL, manager_choice
from ui.widgets import answer_buttons, message_label, say

WIDTH = 520


class OverrideDialog(QDialog):
    """A manager approves a refused or reduced return: their PIN and a written reason,
    having read what the customer then receives or pays. Tab goes from field to field;
    Enter or Ctrl+Enter approves, Esc cancels."""

    submitted = Signal(object)  # Override

    def __init__(self, db: Database, policy_said: str, with_approval: str, clerk_id: int,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle("Manager override")
        said = QLabel(f"The policy says: {policy_said}")
        said.setWordWrap(True)
        self.outcome = QLabel(f"With your approval: {with_approval}")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.manager = manager_choice(db, clerk_id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why the shop makes an exception")
        self.message = message_label()
        form = QFormLayout()
        form.addRow("&Manager", self.manager)
        form.addRow("&PIN", self.pin)
        form.addRow("&Reason", self.reason)
        buttons = answer_buttons(self, self.submit, OK_CANCEL)
        self.approve = buttons.button(QDialogButtonBox.Ok)
        self.approve.setText("&Approve the return (Ctrl+Enter)")
        self.approve.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.outcome)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for first, then in ((self.manager, self.pin), (self.pin, self.reason),
                            (self.reason, self.approve)):
            QDialog.setTabOrder(first, then)
        self.pin.setFocus()
        # As tall as the wrapped sentences need at that width (a top-level window's
        # minimum ignores a label's height for width).
        self.resize(WIDTH, max(self.heightForWidth(WIDTH), self.sizeHint().height()))

    def keyPressEvent(self, event) -> None:
        # Enter alone reaches the default button through QDialog; Ctrl+Enter is the screen's
        # own "confirm" key, kept here for the same act.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.submit()
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        if self.manager.currentData() is None:
            self.fail("Another manager must approve: you cannot approve your own override.")
            return
        override = Override(self.manager.currentData(), self.pin.text(), self.reason.text())
        self.pin.clear()
        self.submitted.emit(override)

    def fail(self, text: str) -> None:
        say(self.message, text, "error")
        (self.reason if not self.reason.text().strip() else self.pin).setFocus()
