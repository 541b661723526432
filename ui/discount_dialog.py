"""The clerk's discount on the selected line (F5) or the whole sale (Shift+F5), by keys alone: type the percent (or Alt+A
for an amount), Tab, pick or type the reason, Enter. The rule is pos/discounts.py's; this
dialog only asks and says what was refused."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QRadioButton, QVBoxLayout)

from db.engine import Database
from pos.counter import Refused
from pos.discounts import REASONS, load_limits, save_limits
from pos.i18n import _
from ui.background import change, error_words, read_now
from ui.language import left_to_right
from ui.widgets import answer_buttons, message_label, say


class DiscountDialog(QDialog):
    """give(text, percent, reason) is the sale's answer: Refused keeps the dialog open with
    its sentence; anything else closes it, and the screen shows it."""

    def __init__(self, line_name: str, give, on_cart: bool = False, parent=None):
        super().__init__(parent)
        self.give = give
        self.result_of_give = None
        self.setWindowTitle(self.tr("Discount on the sale") if on_cart
                            else self.tr("Discount on the line"))
        self.percent = QRadioButton(self.tr("&Percent (%)"))
        self.amount = QRadioButton(self.tr("&Amount (MAD)"))
        self.percent.setChecked(True)
        # Alt+P or Alt+A picks the kind, then the clerk types the figure.
        self.percent.toggled.connect(lambda _on: self.value.setFocus())
        self.amount.toggled.connect(lambda _on: self.value.setFocus())
        # A line's new unit price: its reduction is counted against the limit the same way.
        self.new_price = QRadioButton(self.tr("New p&rice (MAD)"))
        self.new_price.setVisible(not on_cart)
        kinds = QHBoxLayout()
        kinds.addWidget(self.percent)
        kinds.addWidget(self.amount)
        kinds.addWidget(self.new_price)
        self.value = QLineEdit()
        left_to_right(self.value)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItem("")
        for reason in REASONS:
            self.reason.addItem(_(reason))
        self.reason.lineEdit().setPlaceholderText(self.tr("Pick or type the reason"))
        self.value.returnPressed.connect(self.submit)
        self.reason.lineEdit().returnPressed.connect(self.submit)
        self.message = message_label()
        name = QLabel(line_name)
        name.setWordWrap(True)
        explained = QLabel(
            self.tr("Taken after the promotions and the lines' discounts; a percent is "
                    "rounded to the centime.") if on_cart
            else self.tr("Taken after the promotion; a percent is rounded to the centime."))
        explained.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Discount"), self.value)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Kind"), kinds)
        buttons = answer_buttons(self, self.submit, QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addLayout(form)
        layout.addWidget(explained)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.value, self.reason)
        self.setTabOrder(self.reason, self.percent)
        self.value.setFocus(Qt.OtherFocusReason)
        self.resize(420, 0)

    def submit(self) -> None:
        price = {"new_price": True} if self.new_price.isChecked() else {}
        result = self.give(self.value.text(), self.percent.isChecked(),
                           self.reason.currentText(), **price)
        if isinstance(result, Refused):
            say(self.message, result.message, "error")
            return
        self.result_of_give = result
        self.accept()


class DiscountLimitsDialog(QDialog):
    """The manager sets how far each role may discount alone (Manager > Discount limits…):
    a percent of the price after promotions; empty, no limit. Saved by pos.discounts, which
    refuses anyone but a manager."""

    def __init__(self, db: Database, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.manager_id = manager_id
        self.setWindowTitle(self.tr("Discount limits"))
        limits = read_now(db, load_limits)
        self.fields = {}
        form = QFormLayout()
        for role, words in (("clerk", self.tr("Clerks, at most (%)")),
                            ("manager", self.tr("Managers, at most (%)"))):
            field = QLineEdit("" if limits.get(role) is None else f"{limits[role]:f}")
            left_to_right(field)
            field.setPlaceholderText(self.tr("no limit"))
            field.returnPressed.connect(self.submit)
            self.fields[role] = field
            form.addRow(words, field)
        explain = QLabel(self.tr("Beyond their limit, a clerk's discount needs a manager's "
                                 "PIN. Empty: no limit."))
        explain.setWordWrap(True)
        self.message = message_label()
        buttons = answer_buttons(self, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.fields["clerk"].setFocus()
        self.resize(420, 0)

    def submit(self) -> None:
        limits = {}
        for role, field in self.fields.items():
            text = field.text().strip().replace(",", ".")
            try:
                limits[role] = None if not text else Decimal(text)
            except InvalidOperation:
                say(self.message, self.tr("A limit is a percentage between 0 and 100."), "error")
                return
        change(self, self.db, self.manager_id,
               lambda session, manager: save_limits(session, manager, limits),
               lambda _saved: self.accept(), self._failed)

    def _failed(self, error: Exception) -> None:
        say(self.message, str(error) if isinstance(error, ValueError) else error_words(error),
            "error")
