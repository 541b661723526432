"""The return screen: find the sale, say what comes back and why, read the policy's
decision and what is still missing (they update as the inputs change), then carry it out.

Every rule is in pos/ (returns, return_policy, return_checks, return_desk); this screen only
asks and shows. Keyboard first: Tab reaches every control in reading order (the sale, what
comes back and what the customer wants on the left, then why and in what state on the
right), each label has its Alt+letter, and Ctrl+Enter confirms.

A till attached to a shop's hub looks a number up off the GUI thread (ui/background.py):
another till's sale is brought from the hub, a known one's returns at other tills first;
the hub not answering never holds up a sale this till knows. A number neither knows while
the hub is down: F6 takes the return as a sale not verified, with a manager's approval.

The screen stays open across logins: its words are set in retranslate(), again at each
language change (the next person may speak another language), and its figures read
shop.locale each time they are written. The Alt+letter a missing-field hint names is read
from the translated label itself, so the hint and the key agree in every language.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit,
                               QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from db.engine import Database
from db.types import utc_now
from pos.cart import CartError
from pos.checkout import CardPayment, CashPayment, CheckoutError
from pos.dates import format_date_time, format_day_month, format_time, qt_date_pattern
from pos.hardware.drawer import opening_for
from pos.i18n import words_of
from pos.money import format_money
from pos.return_desk import ExchangeQuote, Lookup, ReturnInProgress, SaleToReturn, Settlement
from pos.return_policy import Reason, Remedy
from pos.returns import Judgement, Override, ReturnError, ReturnForm
from pos.shop import ShopSettings
from pos.staff import LoginError, PermissionDenied
from ui import background
from ui.dialogs import PaymentDialog
from ui.language import is_language_change, left_to_right, read_from_the_right
from ui.receipt import return_receipt_dialog
from pos.i18n import figure, isolated
from ui.return_lines import LinesTable, as_read, pick_defect_photo, read_defect_photo
from ui.return_override import OverrideDialog
from ui.return_no_receipt import NoReceiptReturnDialog
from ui.return_unverified import UnverifiedReturnDialog
from ui.style import set_tone

DECISION_COLOURS = {"full": "#e6f4ea", "reduced": "#fff4e0", "refused": "#fdecea",
                    "missing": "#fdf6d8", "none": "#f4f6fa"}
_MNEMONIC = re.compile(r"&([^&\s])")


def _labelled(field: QWidget) -> QLabel:
    """A label whose Alt+letter (after the & of its text, set by retranslate) puts the
    focus in `field`."""
    label = QLabel()
    label.setBuddy(field)
    return label


def alt_key(text: str) -> str | None:
    """'Alt+P' for '&Photo…': the key a label's or a button's text gives."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else None


def _row(*widgets, stretch_after: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    if stretch_after:
        row.addStretch()
    return row


class ReturnScreen(QWidget):
    done = Signal()               # back to the sale screen
    return_recorded = Signal(str)  # the return number

    def __init__(self, db: Database, shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.desk = ReturnInProgress(db, shop)
        self.clerk_id: int | None = None
        self.photo: bytes | None = None
        self.photo_name: str | None = None
        self.override_dialog: OverrideDialog | None = None
        self.unverified_dialog: UnverifiedReturnDialog | None = None
        self.no_receipt_dialog: NoReceiptReturnDialog | None = None
        self.lookup: Lookup | None = None  # the last number looked up at the hub
        self.payment_dialog: PaymentDialog | None = None
        self.receipt_dialog = None
        self.decision_tone = "none"
        self.credit_code: str | None = None  # the credit note of the last return recorded
        self._build()
        self.retranslate()
        self.clear()

    @property
    def sale(self) -> SaleToReturn | None:
        return self.desk.sale

    @property
    def judgement(self) -> Judgement | None:
        return self.desk.judgement

    # ----- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = title = QLabel()
        title.setObjectName("screenTitle")
        find = self._build_search()
        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(self._build_form())
        right.addWidget(self._build_decision(), 1)
        right.addLayout(self._build_actions())
        body = QHBoxLayout()
        body.addLayout(self._build_lines(), 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(find)
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self._set_tab_order()
        # Numbers and codes read left to right in the Arabic window too.
        left_to_right(self.order_field, self.search_phone, self.exchange_field)

        for signal in (self.reason.currentIndexChanged, self.condition.toggled,
                       self.packaging.toggled, self.refund_choice.toggled,
                       self.note.textChanged, self.refund_method.currentIndexChanged,
                       self.store_credit.toggled, self.lines.counts_changed):
            signal.connect(self.update_decision)

    def _build_search(self) -> QVBoxLayout:
        """The order number, or a date and a phone; the sales found."""
        self.order_field = QLineEdit()
        self.order_field.setObjectName("scanField")
        self.order_field.returnPressed.connect(self.submit_order)
        self.search_date = QDateEdit()
        self.search_date.setCalendarPopup(True)
        self.search_phone = QLineEdit()
        self.search_phone.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.done.emit)
        self.date_label = _labelled(self.search_date)
        self.phone_label = _labelled(self.search_phone)
        self.order_label = _labelled(self.order_field)
        search_row = _row(self.date_label, self.search_date, self.phone_label,
                          self.search_phone, self.search_button)
        search_row.addWidget(self.back_button)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.itemActivated.connect(lambda item: self.load_sale(item.data(Qt.UserRole)))
        find = QVBoxLayout()
        # Beside the number it stands in for: a customer without a receipt.
        self.no_receipt_button = QPushButton()
        self.no_receipt_button.setFocusPolicy(Qt.NoFocus)  # F7 is its key; Tab skips it
        self.no_receipt_button.clicked.connect(self.ask_no_receipt)
        find.addLayout(_row(self.order_label, self.order_field, self.no_receipt_button,
                            stretch_after=False))
        find.addLayout(search_row)
        return find

    def _build_lines(self) -> QVBoxLayout:
        """The sale, how many of each line come back, and what the customer wants."""
        self.sale_header = QLabel()
        self.sale_header.setWordWrap(True)
        self.lines = LinesTable(self.shop)
        self.lines.scan_started.connect(self._rescan)
        self.lines_hint = hint = _labelled(self.lines)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.refund_choice = QRadioButton()
        self.exchange_choice = QRadioButton()
        remedies = QButtonGroup(self)
        for choice in (self.refund_choice, self.exchange_choice):
            remedies.addButton(choice)
        remedies.buttonToggled.connect(self._remedy_tab_stop)
        self.refund_choice.setChecked(True)
        left = QVBoxLayout()
        left.addWidget(self.sale_header)
        left.addWidget(hint)
        left.addWidget(self.lines, 1)
        self.wants_label = QLabel()
        left.addLayout(_row(self.wants_label, self.refund_choice, self.exchange_choice))
        left.addWidget(self._build_exchange())
        return left

    def _remedy_tab_stop(self) -> None:
        """Tab stops on the remedy chosen: Qt's one stop of a radio group is the button last
        focused, which is not the one checked after clear() or a click elsewhere."""
        for choice in (self.refund_choice, self.exchange_choice):
            choice.setFocusPolicy(Qt.StrongFocus if choice.isChecked() else Qt.ClickFocus)

    def _build_form(self) -> QFormLayout:
        """Why it comes back, in what state, and where the money goes."""
        self.reason = QComboBox()
        for reason in Reason:
            self.reason.addItem(reason.label, reason)
        self.condition = QCheckBox()
        self.packaging = QCheckBox()
        self.note = QLineEdit()
        self.photo_button = QPushButton()
        self.photo_button.clicked.connect(self.ask_photo)
        self.photo_label = QLabel()
        self.city = QLineEdit()
        self.address = QLineEdit()
        self.refund_method = QComboBox()
        self.refund_method.addItem("", None)
        self.refund_method.addItem("", "cash")
        self.store_credit = QCheckBox()  # a credit note instead of cash or card
        self.reason_label, self.note_label = _labelled(self.reason), _labelled(self.note)
        self.photo_row_label = QLabel()
        self.city_label, self.address_label = _labelled(self.city), _labelled(self.address)
        self.refund_to_label = _labelled(self.refund_method)
        form = QFormLayout()
        for label, field in ((self.reason_label, self.reason), (None, self.condition),
                             (None, self.packaging), (self.note_label, self.note),
                             (self.photo_row_label, _row(self.photo_button, self.photo_label)),
                             (self.city_label, self.city), (self.address_label, self.address),
                             (self.refund_to_label, _row(self.refund_method, self.store_credit))):
            form.addRow("" if label is None else label, field)
        return form

    def _build_exchange(self) -> QGroupBox:
        """The new items of an exchange."""
        self.exchange_box = QGroupBox()
        self.exchange_field = QLineEdit()
        self.exchange_field.returnPressed.connect(self.add_exchange_item)
        self.exchange_list = QListWidget()
        self.exchange_list.setMaximumHeight(90)
        self.exchange_list.setFocusPolicy(Qt.NoFocus)  # read, not picked from
        self.exchange_total = QLabel()
        exchange_layout = QVBoxLayout(self.exchange_box)
        self.new_items_label = _labelled(self.exchange_field)
        exchange_layout.addLayout(_row(self.new_items_label, self.exchange_field,
                                       stretch_after=False))
        exchange_layout.addWidget(self.exchange_list)
        exchange_layout.addWidget(self.exchange_total)
        return self.exchange_box

    def _build_decision(self) -> QFrame:
        """The policy's decision, what is still missing, and what changes hands."""
        self.decision_box = QFrame()
        self.decision_box.setObjectName("decision")
        self.decision_headline = QLabel()
        self.decision_headline.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.decision_missing = QLabel()
        self.decision_missing.setWordWrap(True)
        self.decision_missing.setStyleSheet("font-size: 17px; font-weight: bold; color: #8a4b00;")
        self.decision_text = QLabel()
        self.decision_text.setWordWrap(True)
        self.decision_text.setStyleSheet("font-size: 17px;")
        self.decision_amount = QLabel()
        self.decision_amount.setWordWrap(True)
        self.decision_amount.setStyleSheet("font-size: 26px; font-weight: bold;")
        self.decision_figures = QLabel()
        self.decision_figures.setWordWrap(True)
        self.decision_figures.setStyleSheet("font-size: 15px;")
        decision_layout = QVBoxLayout(self.decision_box)
        for label in (self.decision_headline, self.decision_missing, self.decision_text,
                      self.decision_amount, self.decision_figures):
            decision_layout.addWidget(label)
        decision_layout.addStretch()
        return self.decision_box

    def _build_actions(self) -> QHBoxLayout:
        self.override_button = QPushButton()
        self.override_button.clicked.connect(self.ask_override)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(lambda: self.confirm())
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.override_button)
        actions.addWidget(self.confirm_button)
        return actions

    def retranslate(self) -> None:
        """Every word of the screen in the language spoken now, and what it shows written
        again in it (the sale, the decision, the new items); the figures in its locale."""
        self.title.setText(self.tr("Return or exchange"))
        self.order_label.setText(self.tr("&Order"))
        self.order_field.setPlaceholderText(
            self.tr("Scan the receipt, or type the order number (S-20261122-0007)"))
        self.date_label.setText(self.tr("or find it by &date"))
        self.search_date.setDisplayFormat(qt_date_pattern(self.shop.locale))
        self.phone_label.setText(self.tr("and/or p&hone"))
        self.search_phone.setPlaceholderText(self.tr("customer phone"))
        self.search_button.setText(self.tr("Search"))
        self.back_button.setText(self.tr("Back to sale (F8)"))
        self.lines_hint.setText(
            self.tr("Coming &back: pick the line with ↑ ↓, type how many, or + / −"))
        self.wants_label.setText(self.tr("Customer wants"))
        self.refund_choice.setText(self.tr("Re&fund"))
        self.exchange_choice.setText(self.tr("&Exchange"))
        self.exchange_box.setTitle(self.tr("Exchange for"))
        self.new_items_label.setText(self.tr("New &items"))
        self.exchange_field.setPlaceholderText(
            self.tr("Scan or type what the customer takes instead"))
        self.reason_label.setText(self.tr("&Reason"))
        for index in range(self.reason.count()):
            self.reason.setItemText(index, Reason(self.reason.itemData(index)).label)
        self.condition.setText(self.tr("In its original &condition: not damaged, not used"))
        self.packaging.setText(self.tr("In its original pac&kaging"))
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("Required for 'Other'"))
        self.photo_row_label.setText(self.tr("Defect photo"))
        self.photo_button.setText(self.tr("Attach &photo…"))
        self.city_label.setText(self.tr("Cit&y"))
        self.city.setPlaceholderText(self.tr("shipped orders only"))
        self.address_label.setText(self.tr("&Address"))
        self.address.setPlaceholderText(self.tr("shipped orders only"))
        self.refund_to_label.setText(self.tr("Ref&und to"))
        self.refund_method.setItemText(1, self.tr("Cash"))
        self.store_credit.setText(self.tr("&Give it as store credit (a credit note)"))
        self.no_receipt_button.setText(self.tr("No receipt… (F7)"))
        self.override_button.setText(self.tr("Manager o&verride…"))
        self.confirm_button.setText(self.tr("Confirm (Ctrl+Enter)"))
        self._show_photo()
        self._show_sale_header()
        self.update_decision()

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self.retranslate()
            self.message.setText(" ")  # it answered the one before, in their language
        super().changeEvent(event)

    def _set_tab_order(self) -> None:
        """Reading order: finding the sale, the left column, then the right one. Hidden and
        disabled controls are skipped by Qt as the form changes."""
        chain = [self.order_field, self.search_date, self.search_phone, self.search_button,
                 self.back_button, self.results, self.lines, self.refund_choice,
                 self.exchange_choice, self.exchange_field, self.reason, self.condition,
                 self.packaging, self.note, self.photo_button, self.city, self.address,
                 self.refund_method, self.store_credit, self.override_button,
                 self.confirm_button]
        for first, then in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, then)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.confirm()
        elif event.key() in (Qt.Key_F8, Qt.Key_Escape):
            self.done.emit()
        elif event.key() == Qt.Key_F6:
            self.ask_unverified()
        elif event.key() == Qt.Key_F7:
            self.ask_no_receipt()
        else:
            super().keyPressEvent(event)

    # ----- the sale ----------------------------------------------------------------------------
    def start_for(self, clerk_id: int, order_number: str | None = None) -> None:
        self.clerk_id = clerk_id
        self.clear()
        if order_number:
            self.order_field.setText(order_number)
            self.submit_order()
        if self.sale is None:
            self.order_field.setFocus()

    def clear(self) -> None:
        self.desk.clear()
        self.lookup = None
        self.photo = self.photo_name = None
        self.order_field.clear()
        self.results.clear()
        self.results.hide()
        self.lines.setRowCount(0)
        self._show_sale_header()
        self.condition.setChecked(False)
        self.packaging.setChecked(False)
        self.refund_choice.setChecked(True)
        self.reason.setCurrentIndex(list(Reason).index(Reason.CHANGE_OF_MIND))
        self.note.clear()
        self.city.clear()
        self.address.clear()
        self.refund_method.setCurrentIndex(0)
        self.store_credit.setChecked(False)
        self._show_photo()
        self.search_date.setDate(self.shop.local_date(utc_now()))  # the shop's day, not the computer's
        self.message.setText(" ")
        self.update_decision()

    def submit_order(self) -> None:
        number = self.order_field.text().strip()
        if not number:
            return
        self.lookup = None
        if self.desk.attached():
            self.show_info(self.tr("Looking {number} up at this shop's tills…").format(
                number=number))
            background.run_task(lambda: self.desk.look_up(number),
                                background.while_alive(self, self._looked_up),
                                background.while_alive(self, self._lookup_failed))
            return
        sale = self.desk.find(number)
        if sale is None:
            return self._not_found(number)
        self.show_sale(sale)

    def _not_found(self, number: str) -> None:
        self.show_error(self.tr("No sale has the order number '{number}'. Check the receipt.")
                        .format(number=number))
        self.order_field.selectAll()

    def _looked_up(self, lookup: Lookup) -> None:
        """The hub's answer (or its silence), on the GUI thread."""
        if lookup.number != self.order_field.text().strip().upper():
            return  # another number was typed meanwhile: its own answer comes
        self.lookup = lookup
        sale = self.desk.open(lookup)
        if sale is None and not lookup.unknown_offline:
            return self._not_found(lookup.number)
        if sale is not None:
            self.show_sale(sale)
        if lookup.note():
            self.show_error(lookup.note())

    def _lookup_failed(self, error: Exception) -> None:
        self.show_error(words_of(error) if isinstance(error, ReturnError)
                        else background.error_words(error))

    def ask_unverified(self) -> None:
        """F6: the return of a sale neither this till nor the hub could show."""
        if self.lookup is None or not self.lookup.unknown_offline:
            return
        try:
            self.unverified_dialog = UnverifiedReturnDialog(self.db, self.shop,
                                                            self.lookup.number,
                                                            self.clerk_id, self)
        except ReturnError as error:
            self.show_error(words_of(error))
            return
        self.credit_code = None
        self.unverified_dialog.recorded.connect(self._show_recorded)
        self.unverified_dialog.open()

    def ask_no_receipt(self) -> None:
        """F7: a return without any receipt, as store credit, with a manager's approval."""
        self.no_receipt_dialog = NoReceiptReturnDialog(self.db, self.shop, self.clerk_id, self)
        self.no_receipt_dialog.recorded.connect(self._show_no_receipt_recorded)
        self.no_receipt_dialog.open()

    def _show_no_receipt_recorded(self, return_id: int, return_number: str,
                                  credit_code: str) -> None:
        self._show_recorded(return_id, return_number)
        self.show_info(self.tr("{number} recorded: store credit on credit note {code}.")
                       .format(number=return_number, code=isolated(credit_code)))

    def _rescan(self, first: str) -> None:
        """A receipt scanned while the focus was on the lines: it goes to the order number."""
        self.order_field.setText(first)
        self.order_field.setFocus()

    def search(self) -> None:
        try:
            sales = self.desk.search(self.search_date.date().toPython(),
                                     self.search_phone.text().strip() or None)
        except ReturnError as error:
            self.show_error(words_of(error))
            return
        self.results.clear()
        locale = self.shop.locale
        for sale in sales:
            when = self.shop.local_time(sale.created_at)
            item = QListWidgetItem(f"{sale.order_number}  ·  {format_day_month(when, locale)} "
                                   f"{format_time(when, locale)}  ·  "
                                   f"{format_money(sale.total, locale)}  ·  "
                                   f"{sale.customer_name or ''}")
            item.setData(Qt.UserRole, sale.id)
            self.results.addItem(item)
        self.results.setVisible(bool(sales))
        if sales:
            self.results.setCurrentRow(0)
            self.results.setFocus()
            self.show_info(self.tr("%n sale(s) found: pick one and press Enter.", "",
                                   len(sales)))
        else:
            self.show_error(self.tr("No sale found for that search."))

    def load_sale(self, sale_id: int) -> None:
        self.show_sale(self.desk.load(sale_id))

    def show_sale(self, sale: SaleToReturn) -> None:
        """The sale's lines, the focus on them: the next key sets how many come back."""
        self.results.hide()
        self._show_sale_header()
        self.lines.show_lines(sale.lines)
        self.lines.setFocus()
        if sale.gift_receipt:  # its holder exchanges; pos.returns refuses them a refund
            self.exchange_choice.setChecked(True)
            self.show_info(self.tr("Gift receipt of sale {number}: exchange or store credit "
                                   "only, no cash or card refund.").format(
                                       number=figure(sale.order_number)))
        else:
            self.show_info(self.tr("Sale {number} found.").format(number=sale.order_number))
        self.update_decision()

    def _show_sale_header(self) -> None:
        """The sale being returned, in the words and figures of the language spoken now;
        the refund method's first choice says how it was paid."""
        sale = self.sale
        self.refund_method.setItemText(0, self._as_paid(sale.original_method if sale else None))
        if sale is None:
            self.sale_header.setText(self.tr("Find the sale first."))
            return
        when, locale = self.shop.local_time(sale.created_at), self.shop.locale
        header = self.tr("<b>{number}</b> · {when} · sold by {clerk} · paid {methods} · "
                         "total {total}").format(
            number=isolated(sale.order_number), when=isolated(format_date_time(when, locale)),
            clerk=isolated(sale.clerk_name),
            methods=", ".join(self._method_words(m) for m in sale.payment_methods),
            total=isolated(format_money(sale.total, locale)))
        if sale.customer_name:
            header += f" · {isolated(sale.customer_name)}"
        if sale.not_verified:
            header += " · " + self.tr("<b>sale not verified</b>: a manager approves its returns")
        if sale.gift_receipt:
            header += " · " + self.tr("<b>gift receipt</b>: exchange or store credit only")
        self.sale_header.setText(read_from_the_right(header))

    def _as_paid(self, method: str | None) -> str:
        if method == "cash":
            return self.tr("As the sale was paid (cash)")
        if method == "card":
            return self.tr("As the sale was paid (card)")
        if method == "credit":
            return self.tr("As the sale was paid (store credit)")
        return self.tr("As the sale was paid")

    def _method_words(self, method: str) -> str:
        words = {"cash": self.tr("in cash"), "card": self.tr("by card"),
                 "exchange": self.tr("by an exchange credit"),
                 "credit": self.tr("by a credit note")}
        return words.get(method, method)

    def quantity_spin(self, row: int):
        return self.lines.spin(row)

    # ----- the form ----------------------------------------------------------------------------
    def form(self) -> ReturnForm:
        return ReturnForm(
            quantities=self.lines.counts(), reason=self.current_reason(),
            remedy=Remedy.EXCHANGE if self.exchange_choice.isChecked() else Remedy.REFUND,
            original_condition=self.condition.isChecked(),
            original_packaging=self.packaging.isChecked(), note=self.note.text(),
            photo=self.photo, photo_name=self.photo_name, shipped_city=self.city.text(),
            shipped_address=self.address.text(),
            refund_method="credit" if self.store_credit.isChecked()
            else self.refund_method.currentData())

    def current_reason(self) -> Reason:
        return Reason(self.reason.currentData())

    def ask_photo(self) -> None:
        path = pick_defect_photo(self)
        if path:
            self.attach_photo(path)

    def attach_photo(self, path: str) -> None:
        photo = read_defect_photo(path)
        if isinstance(photo, str):
            self.show_error(photo)
            return
        self.photo, self.photo_name = photo
        self._show_photo()
        self.update_decision()

    def _show_photo(self) -> None:
        if self.photo is None:
            self.photo_label.setText(self.tr("No photo"))
        else:
            self.photo_label.setText(self.tr("{name} ({size} KB)").format(
                name=self.photo_name, size=len(self.photo) // 1024 + 1))

    def update_decision(self) -> None:
        reason = self.current_reason()
        is_exchange = self.exchange_choice.isChecked()
        for field in (self.photo_button, self.city, self.address):
            field.setEnabled(reason is Reason.DEFECTIVE)
        self.note.setEnabled(reason is Reason.OTHER)
        self.exchange_box.setVisible(is_exchange)
        judgement = self.desk.update(self.form() if self.sale is not None else None)
        self._show_exchange(self.desk.quote)
        settlement = self.desk.settlement()
        gift = self.sale is not None and self.sale.gift_receipt  # no money goes back
        gives_back = not is_exchange or bool(settlement and settlement.gives_back)
        self.store_credit.setEnabled(gives_back)
        self.refund_method.setEnabled(not gift and gives_back
                                      and not self.store_credit.isChecked())
        if self.sale is None:
            return self._show_decision("none", self.tr("Scan the receipt or type the order number."))
        if judgement is None:
            return self._show_decision("none", self.tr("Set how many of each item come back."))
        if self.desk.refused:
            tone = "refused"
        elif self.desk.missing:
            tone = "missing"
        else:
            tone = "reduced" if judgement.deduction else "full"
        # 'Other' without its note: the policy's sentence is the missing line itself.
        text = judgement.explanation() if judgement.allowed or self.desk.refused else ""
        self._show_decision(tone, text, settlement)

    def _show_decision(self, tone: str, text: str, settlement: Settlement | None = None) -> None:
        self.decision_tone = tone
        self.decision_box.setStyleSheet(
            f"QFrame#decision {{ background: {DECISION_COLOURS[tone]}; border-radius: 8px; }}")
        self.decision_headline.setText(self._headline(tone))
        missing = [self._still_needed(m.what, m.sentence) for m in self.desk.missing]
        self.decision_missing.setText(as_read("\n".join(missing)))
        self.decision_missing.setVisible(bool(missing))
        self.decision_text.setText(as_read(text))
        self.decision_text.setVisible(bool(text))
        self.decision_amount.setText(as_read(settlement.words(self.shop.locale))
                                     if settlement else "")
        self.decision_amount.setVisible(settlement is not None)
        figures = self._figures(settlement) if settlement else ""
        self.decision_figures.setText(as_read(figures))
        self.decision_figures.setVisible(bool(figures))
        self.override_button.setEnabled(self.desk.may_override)
        self.confirm_button.setEnabled(self.desk.why_not() is None)

    def _headline(self, tone: str) -> str:
        return {"full": self.tr("Allowed"), "reduced": self.tr("Allowed, with a deduction"),
                "refused": self.tr("Refused"), "missing": self.tr("Not ready yet"),
                "none": self.tr("The policy's decision")}[tone]

    def _still_needed(self, what: str, sentence: str) -> str:
        """What is missing, with the key to the field that gives it, read from that
        field's label as translated (pos.return_checks.Missing.what)."""
        labels = {"quantities": self.lines_hint, "photo": self.photo_button,
                  "new_items": self.new_items_label, "note": self.note_label}
        key = alt_key(labels[what].text()) if what in labels else None
        if key is None:
            return self.tr("Still needed: {what}").format(what=sentence)
        return self.tr("Still needed: {what} ({key})").format(what=sentence, key=key)

    def _figures(self, settlement: Settlement) -> str:
        """How the amount comes about, and where the money goes."""
        def money(amount) -> str:
            return format_money(amount, self.shop.locale)

        to_cash = self.desk.refund_method() == "cash"
        if settlement.remedy is Remedy.REFUND:
            figures = (self.tr("Returned value {value} · deduction {deduction} · as a credit "
                               "note") if settlement.as_store_credit else
                       self.tr("Returned value {value} · deduction {deduction} · in cash")
                       if to_cash else
                       self.tr("Returned value {value} · deduction {deduction} · back to the card"))
            return figures.format(value=money(settlement.credit),
                                  deduction=money(self.judgement.deduction))
        if settlement.collects:
            paid = self.sale.original_method
            figures = (self.tr("Credit {credit} · new items {new_items} · paid in cash, like "
                               "the sale") if paid == "cash" else
                       self.tr("Credit {credit} · new items {new_items} · paid by card, like "
                               "the sale") if paid == "card" else  # credit notes paid it
                       self.tr("Credit {credit} · new items {new_items} · paid by card"))
        elif settlement.gives_back:
            figures = (self.tr("Credit {credit} · new items {new_items} · the rest as a credit "
                               "note") if settlement.as_store_credit else
                       self.tr("Credit {credit} · new items {new_items} · given back in cash")
                       if to_cash else
                       self.tr("Credit {credit} · new items {new_items} · given back to the card"))
        else:
            figures = self.tr("Credit {credit} · new items {new_items}")
        return figures.format(credit=money(settlement.credit),
                              new_items=money(settlement.new_items))

    # ----- exchange items ----------------------------------------------------------------------
    def add_exchange_item(self) -> None:
        text = self.exchange_field.text().strip()
        if not text:
            return
        problem = self.desk.add_exchange_item(text)
        if problem:
            self.show_error(problem)
            return
        self.exchange_field.clear()
        self.update_decision()

    def _show_exchange(self, quote: ExchangeQuote) -> None:
        money = lambda m: format_money(m, self.shop.locale)  # noqa: E731
        self.exchange_list.clear()
        for line in quote.lines:
            self.exchange_list.addItem(as_read(
                f"{line.name} × {line.quantity}  ·  {money(line.total)}"))
        self.exchange_total.setText(as_read(
            self.tr("New items: {total}").format(total=money(quote.total)) if quote.lines
            else self.tr("No new items yet.")))

    # ----- carrying it out ---------------------------------------------------------------------
    def ask_override(self) -> None:
        if not self.desk.may_override:
            return
        with_approval = self.desk.settlement(overridden=True).words(self.shop.locale)
        self.override_dialog = OverrideDialog(
            self.db, self.judgement.explanation(),
            self.tr("{outcome}, no deduction.").format(outcome=with_approval),
            self.clerk_id, self)
        self.override_dialog.submitted.connect(self._override_submitted)
        self.override_dialog.open()

    def _override_submitted(self, override: Override) -> None:
        try:
            self.desk.verify_override(override)
        except (LoginError, PermissionDenied, ReturnError) as error:
            self.override_dialog.fail(words_of(error))
            return
        error = self.confirm(override)
        if error:
            self.override_dialog.fail(error)
        else:
            self.override_dialog.accept()

    def confirm(self, override: Override | None = None) -> str | None:
        """Records the return, once an exchange's difference is paid; gives back the reason
        when it cannot. Without an override, only what the panel shows as ready."""
        why_not = self.desk.why_not() if override is None else None
        if why_not is not None:
            return self.show_error(why_not)
        settlement = self.desk.settlement(overridden=override is not None)
        if settlement is not None and settlement.collects:
            self.payment_dialog = PaymentDialog(settlement.collects, self.shop.locale,
                                                self.sale.original_method, self)
            self.payment_dialog.paid.connect(lambda payment: self._record(override, payment))
            self.payment_dialog.open()
            return None
        return self._record(override)

    def _record(self, override: Override | None,
                payment: CashPayment | CardPayment | None = None) -> str | None:
        try:
            recorded = self.desk.confirm(self.form(), self.clerk_id, payment, override)
        except (ReturnError, PermissionDenied, CheckoutError, CartError) as error:
            return self.show_error(words_of(error))
        self.credit_code = recorded.credit_code
        self._show_recorded(recorded.return_id, recorded.return_number)
        return None

    def _show_recorded(self, return_id: int, return_number: str) -> None:
        """The return's receipt on screen, and on the till's printer by itself: the drawer
        opens first when cash changes hands (a cash refund, an exchange's difference)."""
        self.receipt_dialog = dialog = return_receipt_dialog(self.db, self.shop, return_id, self)

        def closed(_result) -> None:
            # Back to the sale screen once: a receipt brought back later (its printer
            # failed) must not take the clerk off what they went on to.
            dialog.finished.disconnect(closed)
            self.done.emit()
        dialog.finished.connect(closed)
        dialog.printed.connect(lambda words, tone: self._receipt_printed(
            dialog, return_number, words, tone))
        dialog.open()
        self.clear()
        self.show_info(self._recorded_words(return_number))
        self.return_recorded.emit(return_number)
        dialog.hand_over(self.clerk_id, opening_for(dialog.ret))

    def _recorded_words(self, return_number: str) -> str:
        if self.credit_code:
            return self.tr("{number} recorded. Credit note {code}: give the customer its "
                           "printed receipt.").format(number=return_number,
                                                      code=figure(self.credit_code))
        return self.tr("{number} recorded.").format(number=return_number)

    def _receipt_printed(self, dialog, return_number: str, words: str, tone: str) -> None:
        """The printer's outcome. Trouble brings the receipt back on screen, where Print
        (Ctrl+P) tries again, when it was closed already: the customer waits for it."""
        if tone == "error":
            self.show_error(self.tr("{number} is recorded, but its receipt did not print: "
                                    "{trouble}").format(number=return_number, trouble=words))
            if not dialog.isVisible():
                dialog.open()
        elif words and self.message.text() == as_read(self._recorded_words(return_number)):
            self.show_info(f"{self._recorded_words(return_number)} {words}")

    def show_error(self, text: str) -> str:
        self.message.setText(as_read(text))
        set_tone(self.message, "error")
        return text

    def show_info(self, text: str) -> None:
        self.message.setText(as_read(text))
        set_tone(self.message, "info")
