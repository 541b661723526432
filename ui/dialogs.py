"""The sale screen's small dialogs: payment, customer, manager approval, product choice.

Each is opened with open() (not exec()), so the rest of the app keeps running and tests
drive it like a person would. Each validates through pos/ and says what is wrong. Each is
built when it opens, in the language spoken then.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QRadioButton,
                               QTableWidgetItem, QVBoxLayout)

from db.engine import Database
from pos.checkout import CardPayment, CashPayment, CheckoutError, change_due, check_cash
from pos.customer import Customer, CustomerError, make_customer, normalize_phone
from pos.customers import CustomerFound, find_customers, shown_phone
from pos.dates import format_date
from pos.i18n import words_of
from pos.money import Money, MoneyError, format_money
from pos.staff import LoginError, PermissionDenied, verify_manager
from pos.staff_members import active_members
from pos.shop import ShopSettings
from pos.tendered import far_above, usual_cash_amounts
from ui.background import error_words, read, read_now
from ui.language import left_to_right
from pos.i18n import figure
from ui.widgets import answer_buttons, fit_to_screen, list_table, message_label, say, select_row

OK_CANCEL = QDialogButtonBox.Ok | QDialogButtonBox.Cancel
USUAL_AMOUNT_KEYS = (Qt.Key_F1, Qt.Key_F2, Qt.Key_F3, Qt.Key_F4)


def yes_no_question(parent, title: str, text: str, yes: str, no: str, then) -> QMessageBox:
    """A question answered with a key: Y does `then`; N, Esc and Enter do not (a scanner's
    or a hurried Enter never does the irreversible thing). Opened, not exec'd.
    yes, no: what each answer does, in the language spoken ("void it and start a new
    sale"). The keys stay Y and N in every language: the clerk's keyboard has them."""
    box = QMessageBox(QMessageBox.Question, title, text, parent=parent)
    yes_button = box.addButton(QCoreApplication.translate(
        "dialogs", "&Yes, {what}").format(what=yes), QMessageBox.DestructiveRole)
    no_button = box.addButton(QCoreApplication.translate(
        "dialogs", "&No, {what}").format(what=no), QMessageBox.RejectRole)
    yes_button.setShortcut(Qt.Key_Y)
    no_button.setShortcut(Qt.Key_N)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setInformativeText(QCoreApplication.translate(
        "dialogs", "Y: {yes}.   N, Esc or Enter: {no}.").format(yes=yes, no=no))
    box.buttonClicked.connect(lambda pressed: then(pressed is yes_button))
    box.open()
    return box


class PaymentDialog(QDialog):
    """Cash (tendered, change due, refused if short) or card. Emits paid once.

    Cash by keys: Enter on an empty amount is the exact amount; F1-F4 put in the amounts
    customers usually hand over; an amount far above the total is confirmed (Y) before the
    change is given."""

    paid = Signal(object)  # CashPayment or CardPayment

    def __init__(self, total: Money, locale: str, method: str = "cash", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment"))
        self.total = total
        self.locale = locale
        self._done = False
        self.question: QMessageBox | None = None  # "is the amount right?", while it is open
        total_label = QLabel(figure(format_money(total, locale)))
        total_label.setObjectName("totalAmount")
        total_label.setAlignment(Qt.AlignCenter)

        self.cash = QRadioButton(self.tr("Cash (F9)"))
        self.card = QRadioButton(self.tr("Card (F10)"))
        group = QButtonGroup(self)
        group.addButton(self.cash)
        group.addButton(self.card)
        (self.card if method == "card" else self.cash).setChecked(True)
        methods = QHBoxLayout()
        methods.addWidget(self.cash)
        methods.addWidget(self.card)

        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(self.tr("Amount given (Enter alone: the exact amount)"))
        left_to_right(self.tendered)
        self.tendered.setStyleSheet("font-size: 22px; padding: 6px;")
        self.change = QLabel(" ")
        self.change.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.quick = QHBoxLayout()
        self.usual_amounts = usual_cash_amounts(total)[:len(USUAL_AMOUNT_KEYS)]
        labels = [self.tr("Exact (Enter)")] + [
            figure(f"{format_money(amount, locale)}  (F{n})")
            for n, amount in enumerate(self.usual_amounts, 1)]
        for label, amount in zip(labels, [total, *self.usual_amounts]):
            button = QPushButton(label)
            button.setFocusPolicy(Qt.NoFocus)
            button.clicked.connect(lambda _=False, a=amount: self.put_amount(a))
            self.quick.addWidget(button)

        self.message = message_label()
        self.confirm = QPushButton(self.tr("Complete sale (Enter)"))
        self.confirm.setObjectName("primary")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Back to the cart (Esc)"))
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Tendered"), self.tendered)
        form.addRow(self.tr("Change due"), self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("To pay")))
        layout.addWidget(total_label)
        layout.addLayout(methods)
        layout.addLayout(self.quick)
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)

        self.tendered.textChanged.connect(self._update_change)
        self.tendered.returnPressed.connect(self.submit)
        self.cash.toggled.connect(self._method_changed)
        self._method_changed()
        self.resize(440, 0)

    def put_amount(self, amount: Money) -> None:
        """One of the usual amounts as tendered, the change shown; Enter then completes."""
        self.cash.setChecked(True)
        self.tendered.setText(str(amount.amount))
        self.tendered.setFocus()
        self.tendered.selectAll()

    def keyPressEvent(self, event):
        key = event.key()
        if key == Qt.Key_F9:
            self.cash.setChecked(True)
        elif key == Qt.Key_F10:
            self.card.setChecked(True)
        elif key in USUAL_AMOUNT_KEYS[:len(self.usual_amounts)]:
            self.put_amount(self.usual_amounts[USUAL_AMOUNT_KEYS.index(key)])
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def _method_changed(self) -> None:
        is_cash = self.cash.isChecked()
        self.tendered.setEnabled(is_cash)
        for i in range(self.quick.count()):
            self.quick.itemAt(i).widget().setEnabled(is_cash)
        if is_cash:
            self.tendered.setFocus()
        self._update_change()

    def _update_change(self) -> None:
        self.message.setText(" ")
        if not self.cash.isChecked():
            self.change.setText("—")
            return
        try:
            tendered = Money.parse(self.tendered.text(), self.locale)
        except MoneyError:
            self.change.setText("—")
            return
        due = change_due(self.total, tendered)
        self.change.setText(figure(format_money(due, self.locale)) if not due.is_negative()
                            else self.tr("{amount} short").format(
                                amount=figure(format_money(-due, self.locale))))

    def payment(self) -> CashPayment | CardPayment:
        """The payment asked for, or CheckoutError/MoneyError with the reason."""
        if self.card.isChecked():
            return CardPayment()
        if not self.tendered.text().strip():  # Enter alone: the customer gives the exact amount
            return CashPayment(self.total)
        tendered = Money.parse(self.tendered.text(), self.locale)
        check_cash(self.total, tendered, self.locale)
        return CashPayment(tendered)

    def submit(self) -> None:
        # A second Enter while the first is being saved, or while the question is open
        # (the field passes its Enter on to the dialog), does nothing.
        if self._done or (self.question is not None and self.question.isVisible()):
            return
        try:
            payment = self.payment()
        except (MoneyError, CheckoutError) as error:
            say(self.message, words_of(error), "error")
            self.tendered.selectAll()
            return
        if isinstance(payment, CashPayment) and far_above(self.total, payment.tendered):
            self._ask_far_above(payment)
            return
        self._pay(payment)

    def _ask_far_above(self, payment: CashPayment) -> None:
        given, change = (format_money(m, self.locale) for m in
                         (payment.tendered, change_due(self.total, payment.tendered)))
        self.question = yes_no_question(
            self, self.tr("Check the amount"),
            self.tr("{given} given for {total}: the change would be {change}. Is the amount "
                    "right?").format(given=figure(given), change=figure(change),
                                     total=figure(format_money(self.total, self.locale))),
            self.tr("give the change"), self.tr("correct the amount"),
            lambda right: self._pay(payment) if right else self._correct_amount())

    def _correct_amount(self) -> None:
        self.tendered.setFocus()
        self.tendered.selectAll()

    def _pay(self, payment: CashPayment | CardPayment) -> None:
        self._done = True
        self.confirm.setEnabled(False)
        self.paid.emit(payment)
        self.accept()


class CustomerDialog(QDialog):
    """The sale's customer: found by phone or name among the shop's customers (↓ then Enter
    attaches one), or typed; contact details kept only with the consent box ticked. Ctrl+H
    shows the customer's purchases and returns (ui/customer_history.py)."""

    chosen = Signal(object)  # Customer

    def __init__(self, db: Database, shop: ShopSettings, current: Customer, parent=None):
        super().__init__(parent)
        self.db, self.shop, self.current = db, shop, current
        self.matches: list[CustomerFound] = []
        self._asked = 0  # the newest search asked: an older answer arriving late is dropped
        self.setWindowTitle(self.tr("Customer"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer: phone or name"))
        self.search.textChanged.connect(self.find)
        self.found = list_table([self.tr("Name"), self.tr("Phone"), self.tr("Purchases"),
                                 self.tr("Last visit")], stretch=0)
        self.found.setMinimumHeight(120)
        self.found.activated.connect(lambda _index: self.attach())
        self.name = QLineEdit(current.name or "")
        self.email = QLineEdit(current.email or "")
        self.phone = QLineEdit(current.phone or "")
        self.phone.setPlaceholderText("06 12 34 56 78")
        left_to_right(self.email, self.phone)
        self.consent = QCheckBox(self.tr("The customer agrees that we keep their email and phone"))
        self.consent.setChecked(current.consent)
        self.message = message_label()
        hint = QLabel(self.tr("↓ ↑ pick a customer, Enter attaches them, Ctrl+H their history."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel
                                   | QDialogButtonBox.Reset)
        buttons.button(QDialogButtonBox.Reset).setText(self.tr("No customer"))
        buttons.button(QDialogButtonBox.Reset).clicked.connect(self._clear)
        self.history_button = buttons.addButton(self.tr("History… (Ctrl+H)"),
                                                QDialogButtonBox.ActionRole)
        self.history_button.clicked.connect(self.show_history)
        QShortcut(QKeySequence("Ctrl+H"), self, self.show_history)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.found, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.search, self.found):
            field.installEventFilter(self)
        fit_to_screen(self, 620, 560)
        self.search.setFocus()

    # ----- finding --------------------------------------------------------------------------
    def find(self, text: str) -> None:
        self._asked += 1
        asked = self._asked
        read(self, self.db, lambda session: find_customers(session, text),
             lambda found: self._show_found(asked, found),
             lambda error: say(self.message, error_words(error), "error"))

    def _show_found(self, asked: int, found: list[CustomerFound]) -> None:
        if asked != self._asked:
            return
        self.matches = found
        locale = self.shop.locale
        self.found.setRowCount(len(found))
        for row, match in enumerate(found):
            c = match.customer
            for column, text in enumerate((c.name or "—", figure(shown_phone(c.phone)),
                                           figure(str(match.purchases)),
                                           format_date(match.last_visit, locale))):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.found.setItem(row, column, item)
        if found:
            select_row(self.found, 0)
        elif self.search.text().strip():
            say(self.message, self.tr("No customer found for “{text}”.").format(
                text=self.search.text().strip()))
            return
        say(self.message, " ")

    def eventFilter(self, watched, event) -> bool:
        """↓ from the search goes to the list; Enter there or on the list attaches the
        customer picked (and only that: the dialog's OK would take the fields as typed)."""
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if watched is self.search and key == Qt.Key_Down and self.matches:
                self.found.setFocus()
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter) and self.matches and (
                    watched is self.found or watched is self.search):
                self.attach()
                return True
        return super().eventFilter(watched, event)

    def _picked(self) -> CustomerFound | None:
        row = self.found.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def attach(self) -> None:
        """The customer picked, with the details last given: on the sale."""
        match = self._picked()
        if match is None:
            return
        c = match.customer
        self.name.setText(c.name or "")
        self.email.setText(c.email or "")
        self.phone.setText(c.phone or "")
        self.consent.setChecked(c.consent)
        self.submit()

    def show_history(self) -> None:
        """Ctrl+H: the picked customer's history, or that of the phone typed below."""
        match = self._picked()
        phone = match.customer.phone if match is not None else self.phone.text().strip()
        if not phone:
            say(self.message, self.tr("Pick a customer or type their phone first."), "error")
            return
        try:
            phone = normalize_phone(phone)
        except CustomerError as error:
            say(self.message, str(error), "error")
            return
        from ui.customer_history import CustomerHistoryDialog  # it opens the approval dialog
        dialog = CustomerHistoryDialog(self.db, self.shop, phone, self)
        dialog.erased.connect(self._forget)
        self.history = dialog
        dialog.open()

    def _forget(self, phone: str) -> None:
        """An erased customer is no longer on this sale, nor in the list."""
        if self.current.phone == phone:
            self.current = Customer()
            self.chosen.emit(self.current)  # the sale under way drops them at once
        if self.phone.text().strip() and normalize_phone(self.phone.text()) == phone:
            for field in (self.name, self.email, self.phone):
                field.clear()
            self.consent.setChecked(False)
        self.find(self.search.text())

    def _clear(self) -> None:
        self.chosen.emit(Customer())
        self.accept()

    def submit(self) -> None:
        try:
            customer = make_customer(self.name.text(), self.email.text(), self.phone.text(),
                                     self.consent.isChecked())
        except CustomerError as error:
            say(self.message, str(error), "error")
            return
        self.chosen.emit(customer)
        self.accept()


def manager_choice(db: Database, exclude_staff_id: int | None) -> QComboBox:
    """The managers who may approve, never the person asking: no one approves themselves."""
    combo = QComboBox()
    for staff in read_now(db, active_members):
        if staff.is_manager and staff.id != exclude_staff_id:
            combo.addItem(staff.name, staff.id)
    return combo


class ManagerApprovalDialog(QDialog):
    """A manager approves something the clerk may not do alone, with their PIN."""

    approved = Signal(int)  # the manager's staff id

    def __init__(self, db: Database, question: str, exclude_staff_id: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Manager approval"))
        self.manager = manager_choice(db, exclude_staff_id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(self.tr("Manager PIN"))
        left_to_right(self.pin)
        self.pin.returnPressed.connect(self.submit)
        self.message = message_label()
        question_label = QLabel(question)
        question_label.setWordWrap(True)
        buttons = answer_buttons(self, self.submit, OK_CANCEL)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Approve"))
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(question_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.pin.setFocus()
        self.resize(420, 0)

    def submit(self) -> None:
        manager_id = self.manager.currentData()
        pin = self.pin.text()
        self.pin.clear()
        if manager_id is None:
            self._fail(self.tr("No other manager can approve this."))
            return
        try:
            verify_manager(self.db, manager_id, pin)
        except (LoginError, PermissionDenied) as error:
            self._fail(str(error))
            return
        self.approved.emit(manager_id)
        self.accept()

    def _fail(self, text: str) -> None:
        say(self.message, text, "error")


class ProductPicker(QDialog):
    """Several products match what was typed: pick one with the arrows and Enter."""

    picked = Signal(int)  # product id

    def __init__(self, query: str, products: list, locale: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Products matching '{text}'").format(text=query))
        self.list = QListWidget()
        for product in products:
            label = (f"{product.name}  ·  {figure(product.sku)}  ·  "
                     f"{figure(format_money(product.price, locale))}")
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, product.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.submit())
        buttons = answer_buttons(self, self.submit, OK_CANCEL)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def submit(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.picked.emit(item.data(Qt.UserRole))
            self.accept()
