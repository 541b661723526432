"""Store credit's two windows: looking a credit note up (Sale → Credit note…, Ctrl+K) and how
long a new one lasts (Manager → Store credit…). The rules are in pos/store_credit.py; the
note is looked up off the GUI thread (ui/background.py), at a till of a shop on the hub too."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout)

from db.engine import Database
from db.types import utc_now
from pos.dates import format_date
from pos.i18n import figure, isolated, words_of
from pos.money import format_money
from pos.shop import ShopSettings
from pos.store_credit import (CreditNote, NoteLookup, StoreCreditError, StoreCreditSettings,
                              load_store_credit_settings, look_up, looks_like_code, read_code,
                              save_store_credit_settings)
from ui import background
from ui.language import left_to_right, read_from_the_right
from ui.style import set_tone
from ui.widgets import answer_buttons, figures_table, fill_figures, fit_to_screen, message_label, say


class CreditNoteDialog(QDialog):
    """A note's code scanned or typed: its value, what is left, its last day, the return
    that gave it (and the customer's name, if the sale had one) and each sale it paid."""

    def __init__(self, db: Database, shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.note: CreditNote | None = None
        self.setWindowTitle(self.tr("Credit note"))
        self.code = QLineEdit()
        self.code.setObjectName("scanField")
        self.code.setPlaceholderText(self.tr("Scan the credit note, or type its code (CN-…)"))
        self.code.returnPressed.connect(self.look_up)
        left_to_right(self.code)
        code_label = QLabel(self.tr("&Code"))
        code_label.setBuddy(self.code)
        self.find_button = QPushButton(self.tr("Look up"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.look_up)
        self.message = message_label()
        self.balance = QLabel(" ")
        self.balance.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.expiry = QLabel(" ")
        self.expiry.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.worth = QLabel(" ")
        self.details = QLabel(" ")  # the return that gave it, and the customer's name
        self.uses_label = QLabel(self.tr("Paid with it"))
        self.uses = figures_table([self.tr("Sale"), self.tr("Day"), self.tr("Amount")])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(code_label)
        row.addWidget(self.code, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.balance)
        layout.addWidget(self.expiry)
        layout.addWidget(self.worth)
        layout.addWidget(self.details)
        layout.addWidget(self.uses_label)
        layout.addWidget(self.uses, 1)
        layout.addStretch()
        layout.addWidget(buttons)
        self._show(None)
        fit_to_screen(self, 560, 480)
        self.code.setFocus()

    def look_up(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        if not looks_like_code(text):
            self._show(None)
            return say(self.message, self.tr("'{text}' is not a credit note's code: it reads "
                                             "CN- and 8 letters or digits.").format(
                                                 text=text), "error")
        code = read_code(text)
        say(self.message, self.tr("Looking {code} up…").format(code=figure(code)))
        db = self.db  # at a till of a shop, the hub is asked too: a note of another till
        background.run_task(lambda: look_up(db, code),
                            background.while_alive(self, self._found),
                            background.while_alive(self, self._failed))

    def _found(self, found: NoteLookup) -> None:
        code, note = found.code, found.note
        if read_code(self.code.text()) != code:
            return  # another code was typed meanwhile: its own answer comes
        self._show(note)
        if note is None:
            words = self.tr("No credit note has the code {code}.").format(code=figure(code))
            if found.problem:
                words += " " + self.tr("The hub, which knows the other tills' notes, did not "
                                       "answer: {why}").format(why=found.problem)
            say(self.message, words, "error")
        else:
            say(self.message, " ")
        self.code.selectAll()

    def _failed(self, error: Exception) -> None:
        say(self.message, background.error_words(error), "error")

    def _show(self, note: CreditNote | None) -> None:
        self.note = note
        for label in (self.balance, self.expiry, self.worth, self.details, self.uses_label,
                      self.uses):
            label.setVisible(note is not None)
        if note is None:
            self.uses.setRowCount(0)
            return
        locale = self.shop.locale

        def money(amount) -> str:
            return isolated(format_money(amount, locale))

        self.balance.setText(read_from_the_right(self.tr("Balance: {balance}").format(
            balance=money(note.balance))))
        today = self.shop.local_date(utc_now())
        if note.expired(today):
            expiry, tone = self.tr("EXPIRED on {day}: it pays for nothing now.").format(
                day=isolated(format_date(note.expires_on, locale))), "error"
        elif note.expires_on is None:
            expiry, tone = self.tr("Never expires."), "info"
        else:
            expiry, tone = self.tr("Expires on {day}.").format(
                day=isolated(format_date(note.expires_on, locale))), "info"
        self.expiry.setText(read_from_the_right(expiry))
        set_tone(self.expiry, tone)
        self.worth.setText(read_from_the_right(self.tr("Credit note {code}, worth {value}.").format(
            code=isolated(note.code), value=money(note.value))))
        details = self.tr("Given by return {number} on {day}.").format(
            number=isolated(note.return_number), day=isolated(format_date(note.issued_on, locale)))
        if note.customer_name:
            details += " " + self.tr("Customer: {name}.").format(
                name=isolated(note.customer_name))
        self.details.setText(read_from_the_right(details))
        fill_figures(self.uses, [(use.order_number, format_date(use.day, locale),
                                  format_money(use.amount, locale)) for use in note.uses])
        self.uses_label.setText(self.tr("Paid with it") if note.uses
                                else self.tr("Not used yet."))
        self.uses.setVisible(bool(note.uses))


class StoreCreditSettingsDialog(QDialog):
    """How long a new credit note lasts (days), or never; notes given keep their own day."""

    def __init__(self, db: Database, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.manager_id = manager_id
        self.setWindowTitle(self.tr("Store credit"))
        settings = background.read_now(db, load_store_credit_settings)
        self.days = QSpinBox()
        self.days.setRange(1, 3660)
        self.days.setValue(settings.expiry_days or 365)
        left_to_right(self.days)
        self.never = QCheckBox(self.tr("Credit notes &never expire"))
        self.never.setChecked(settings.expiry_days is None)
        self.never.toggled.connect(lambda never: self.days.setEnabled(not never))
        self.days.setEnabled(settings.expiry_days is not None)
        days_label = QLabel(self.tr("A new credit note lasts (&days)"))
        days_label.setBuddy(self.days)
        explain = QLabel(self.tr("Notes already given keep the last day printed on them."))
        explain.setWordWrap(True)
        self.message = message_label()
        form = QFormLayout()
        form.addRow(days_label, self.days)
        form.addRow(self.never)
        buttons = answer_buttons(self, self.submit)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 440, 0)
        self.days.setFocus()

    def submit(self) -> None:
        wanted = StoreCreditSettings(None if self.never.isChecked() else self.days.value())
        self.save_button.setEnabled(False)
        background.change(self, self.db, self.manager_id,
                          lambda session, manager: save_store_credit_settings(
                              session, manager, wanted),
                          lambda _saved: self._saved(wanted), self._failed)

    def _saved(self, wanted: StoreCreditSettings) -> None:
        self.saved = wanted
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        say(self.message, words_of(error) if isinstance(error, (StoreCreditError, ValueError))
            else background.error_words(error), "error")
