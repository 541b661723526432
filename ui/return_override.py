"""A manager's override of the return policy, asked for at the return screen. Built each
time it opens, so in the language of that moment: what it quotes (the policy's sentence,
the outcome) is written by its caller in that language too."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from db.engine import Database
from pos.returns import Override
from ui.dialogs import OK_CANCEL, manager_choice
from ui.language import left_to_right
from ui.return_lines import as_read
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
        self.setWindowTitle(self.tr("Manager override"))
        said = QLabel(as_read(self.tr("The policy says: {decision}").format(
            decision=policy_said)))
        said.setWordWrap(True)
        self.outcome = QLabel(as_read(self.tr("With your approval: {outcome}").format(
            outcome=with_approval)))
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.manager = manager_choice(db, clerk_id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        left_to_right(self.pin)  # digits, typed as on the login screen
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the shop makes an exception"))
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("&Manager"), self.manager)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("&Reason"), self.reason)
        buttons = answer_buttons(self, self.submit, OK_CANCEL)
        self.approve = buttons.button(QDialogButtonBox.Ok)
        self.approve.setText(self.tr("&Approve the return (Ctrl+Enter)"))
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
            self.fail(self.tr("Another manager must approve: you cannot approve your own "
                              "override."))
            return
        override = Override(self.manager.currentData(), self.pin.text(), self.reason.text())
        self.pin.clear()
        self.submitted.emit(override)

    def fail(self, text: str) -> None:
        say(self.message, as_read(text), "error")
        (self.reason if not self.reason.text().strip() else self.pin).setFocus()
