"""A customer's history (pos/customers.py): what they bought here and brought back, credit
notes with what is left on them; and a manager's erasure of the customer (Alt+E): the reason,
a question naming what goes, the manager's PIN, then their sales stay without a customer.

Read and erased off the GUI thread (ui/background.py). Keys: Tab between the lists, Alt+E
erase, Esc closes."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from db.engine import Database
from pos.customers import (CustomerEraseError, CustomerHistory, customer_history,
                           erase_customer, shown_phone)
from pos.dates import format_date
from pos.i18n import figure, isolated, words_of
from pos.money import format_money
from pos.shop import ShopSettings
from pos.staff import PermissionDenied
from ui.background import change, error_words, read
from ui.dialogs import ManagerApprovalDialog, yes_no_question
from ui.language import read_from_the_right
from ui.widgets import RIGHT, fit_to_screen, list_table, message_label, say, select_row


class CustomerHistoryDialog(QDialog):
    """One customer's purchases and returns; Alt+E erases them (a manager's PIN)."""

    erased = Signal(str)  # the phone erased

    def __init__(self, db: Database, shop: ShopSettings, phone: str, parent=None):
        super().__init__(parent)
        self.db, self.shop, self.phone = db, shop, phone
        self.history: CustomerHistory | None = None
        self.question = self.approval = None  # the erasure's question, then the PIN
        self.setWindowTitle(self.tr("Customer history"))
        self.who = QLabel(figure(shown_phone(phone)))
        self.who.setObjectName("title")
        self.who.setWordWrap(True)
        self.totals = QLabel(" ")
        self.totals.setWordWrap(True)
        self.purchases = list_table([self.tr("Sale"), self.tr("Day"), self.tr("Till"),
                                     self.tr("Total")], stretch=0)
        self.returns = list_table([self.tr("Return"), self.tr("Day"), self.tr("Sale"),
                                   self.tr("Refund"), self.tr("Credit note")], stretch=4)
        self.message = message_label()
        self.erase_button = QPushButton(self.tr("&Erase customer…"))
        self.erase_button.clicked.connect(self.ask_reason)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the customer is erased, then Enter"))
        self.reason.returnPressed.connect(self.confirm)
        self.reason_row = QWidget()
        row = QHBoxLayout(self.reason_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Reason")))
        row.addWidget(self.reason, 1)
        self.reason_row.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.erase_button, QDialogButtonBox.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.totals)
        layout.addWidget(QLabel(self.tr("Purchases")))
        layout.addWidget(self.purchases, 3)
        layout.addWidget(QLabel(self.tr("Returns")))
        layout.addWidget(self.returns, 2)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        fit_to_screen(self, 820, 600)
        self.load()

    def load(self) -> None:
        read(self, self.db, lambda session: customer_history(session, self.phone),
             self.show_history, lambda error: say(self.message, error_words(error), "error"))

    def show_history(self, history: CustomerHistory | None) -> None:
        self.history = history
        self.erase_button.setEnabled(history is not None)
        if history is None:
            self.who.setText(figure(shown_phone(self.phone)))
            self.totals.setText(self.tr("No sale here has this customer (any more)."))
            self.purchases.setRowCount(0)
            self.returns.setRowCount(0)
            return
        locale = self.shop.locale
        c = history.customer
        self.who.setText(read_from_the_right(" · ".join(part for part in (
            c.name and isolated(c.name), figure(shown_phone(c.phone)),
            c.email and figure(c.email)) if part)))
        self.totals.setText(self.tr("%n purchase(s), {spent} in all", "",
                                    len(history.purchases)).format(
            spent=figure(format_money(history.spent, locale))) + " · " + self.tr(
            "%n return(s), {refunded} given back", "", len(history.returns)).format(
            refunded=figure(format_money(history.refunded, locale))))
        _fill(self.purchases, [
            (p.order_number, format_date(p.day, locale), p.till or "—",
             format_money(p.total, locale)) for p in history.purchases], right=(3,),
              figures=(0, 2, 3))
        _fill(self.returns, [
            (r.return_number, format_date(r.day, locale), r.order_number,
             self._refund_words(r), self._credit_words(r)) for r in history.returns],
            right=(3,), figures=(0, 2))
        if history.purchases:
            select_row(self.purchases, 0)
            self.purchases.setFocus()

    def _refund_words(self, r) -> str:
        if r.remedy == "exchange":
            return self.tr("Exchange")
        method = {"cash": self.tr("cash"), "card": self.tr("card"),
                  "credit": self.tr("store credit")}.get(r.refund_method or "", "—")
        return f"{figure(format_money(r.refund, self.shop.locale))} · {method}"

    def _credit_words(self, r) -> str:
        if not r.credit_code:
            return ""
        if r.credit_balance is None:
            return figure(r.credit_code)
        return self.tr("{code}: {balance} left").format(
            code=figure(r.credit_code),
            balance=figure(format_money(r.credit_balance, self.shop.locale)))

    # ----- erasing --------------------------------------------------------------------------
    def ask_reason(self) -> None:
        """Alt+E: the reason first; Enter in it asks the question."""
        if self.history is None:
            return
        self.reason_row.show()
        self.reason.setFocus()
        say(self.message, self.tr("Type why the customer is erased, then Enter."))

    def confirm(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            say(self.message, self.tr("Give the reason for erasing the customer."), "error")
            return
        c = self.history.customer
        who = " · ".join(p for p in (c.name and isolated(c.name),
                                     figure(shown_phone(c.phone))) if p)
        text = self.tr("Erase {who}? Their name, phone and email leave %n sale(s) here and on "
                       "the hub, their parked carts and the TikTok events not yet sent. The "
                       "sales stay, with their totals, without a customer. This cannot be "
                       "undone.", "", len(self.history.purchases)).format(who=who)
        self.question = yes_no_question(
            self, self.tr("Erase the customer"), text, self.tr("erase them"),
            self.tr("keep them"), lambda yes: self._approve(reason) if yes else None)

    def _approve(self, reason: str) -> None:
        dialog = ManagerApprovalDialog(
            self.db, self.tr("A manager erases the customer: their PIN."), None, self)
        dialog.approved.connect(lambda manager_id: self._erase(manager_id, reason))
        self.approval = dialog
        dialog.open()

    def _erase(self, manager_id: int, reason: str) -> None:
        phone = self.phone
        change(self, self.db, manager_id,
               lambda session, manager: erase_customer(session, manager, phone, reason),
               self._erased, self._refused)

    def _erased(self, erased) -> None:
        self.reason.clear()
        self.reason_row.hide()
        say(self.message, self.tr("Customer erased: %n sale(s) kept without a customer.", "",
                                  erased.sales), "info")
        self.erased.emit(self.phone)
        self.load()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, (CustomerEraseError, PermissionDenied)):
            say(self.message, words_of(error), "error")
        else:
            say(self.message, error_words(error), "error")


def _fill(table, rows: list[tuple], right: tuple[int, ...], figures: tuple[int, ...]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(figure(text) if c in figures else text)
            if c in right:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
