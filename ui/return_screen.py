"""The return screen: find the sale, say what comes back and why, read the policy's
decision (it updates as the inputs change), then carry it out.

Every rule is in pos/returns.py and pos/return_policy.py; this screen only asks and shows.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateEdit,
                               QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QRadioButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from db.engine import Database
from db.models import Sale, Staff
from db.types import utc_now
from pos.cart import Cart, CartError
from pos.catalog import find_by_code, search_products
from pos.checkout import CardPayment, CashPayment, CheckoutError
from pos.money import Money, format_money
from pos.products import cart_item
from pos.return_policy import Reason, Remedy
from pos.returns import (Exchange, Judgement, Override, ReturnError, ReturnForm, find_sale,
                         judge, record_return, returnable_lines, search_sales)
from pos.shop import ShopSettings
from pos.pricing import rules_running
from pos.staff import LoginError, PermissionDenied, verify_manager
from ui.dialogs import manager_choice
from ui.receipt import return_receipt_dialog
from ui.style import set_tone

DECISION_COLOURS = {"full": "#e6f4ea", "reduced": "#fff4e0", "refused": "#fdecea", "none": "#f4f6fa"}
HEADLINES = {"full": "Allowed", "reduced": "Allowed, with a deduction", "refused": "Refused",
             "none": "The policy's decision"}


class OverrideDialog(QDialog):
    """A manager approves a refused or reduced return: their PIN and a written reason."""

    submitted = Signal(object)  # Override

    def __init__(self, db: Database, policy_said: str, clerk_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Manager override")
        said = QLabel(f"The policy says: {policy_said}")
        said.setWordWrap(True)
        self.manager = manager_choice(db, clerk_id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("Why the shop makes an exception")
        self.reason.setFixedHeight(70)
        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Manager", self.manager)
        form.addRow("PIN", self.pin)
        form.addRow("Reason", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Approve the return")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def submit(self) -> None:
        if self.manager.currentData() is None:
            self.fail("Another manager must approve: you cannot approve your own override.")
            return
        override = Override(self.manager.currentData(), self.pin.text(),
                            self.reason.toPlainText())
        self.pin.clear()
        self.submitted.emit(override)

    def fail(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "error")


class ReturnScreen(QWidget):
    done = Signal()               # back to the sale screen
    return_recorded = Signal(str)  # the return number

    def __init__(self, db: Database, shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.clerk_id: int | None = None
        self.sale: Sale | None = None
        self.photo: bytes | None = None
        self.photo_name: str | None = None
        self.exchange_cart = Cart()
        self.judgement: Judgement | None = None
        self.override_dialog: OverrideDialog | None = None
        self.receipt_dialog = None
        self._build()
        self.clear()

    # ----- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel("Return or exchange")
        title.setObjectName("screenTitle")
        self.order_field = QLineEdit()
        self.order_field.setObjectName("scanField")
        self.order_field.setPlaceholderText("Scan the receipt, or type the order number (S-20261122-0007)")
        self.order_field.returnPressed.connect(self.submit_order)
        self.search_date = QDateEdit()
        self.search_date.setCalendarPopup(True)
        self.search_date.setDisplayFormat("dd/MM/yyyy")
        self.search_phone = QLineEdit()
        self.search_phone.setPlaceholderText("customer phone")
        self.search_phone.returnPressed.connect(self.search)
        search_button = QPushButton("Search")
        search_button.clicked.connect(self.search)
        back = QPushButton("Back to sale (F8)")
        back.clicked.connect(self.done.emit)
        search_row = QHBoxLayout()
        search_row.addWidget(QLabel("or find it by date"))
        search_row.addWidget(self.search_date)
        search_row.addWidget(QLabel("and/or phone"))
        search_row.addWidget(self.search_phone)
        search_row.addWidget(search_button)
        search_row.addStretch()
        search_row.addWidget(back)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.itemActivated.connect(lambda item: self.load_sale(item.data(Qt.UserRole)))
        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.sale_header = QLabel()
        self.sale_header.setWordWrap(True)
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels(["Product", "Sold", "Returned before", "Coming back", "Paid"])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionMode(QAbstractItemView.NoSelection)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

        self.reason = QComboBox()
        for reason in Reason:
            self.reason.addItem(reason.label, reason)
        self.reason.setCurrentIndex(list(Reason).index(Reason.CHANGE_OF_MIND))
        self.condition = QCheckBox("In its original condition (not damaged or used by the customer)")
        self.packaging = QCheckBox("In its original packaging")
        self.refund_choice = QRadioButton("Refund")
        self.exchange_choice = QRadioButton("Exchange")
        remedies = QButtonGroup(self)
        remedies.addButton(self.refund_choice)
        remedies.addButton(self.exchange_choice)
        self.refund_choice.setChecked(True)
        remedy_row = QHBoxLayout()
        remedy_row.addWidget(self.refund_choice)
        remedy_row.addWidget(self.exchange_choice)
        remedy_row.addStretch()
        self.note = QLineEdit()
        self.note.setPlaceholderText("Required for 'Other'")
        self.photo_button = QPushButton("Attach photo of the defect…")
        self.photo_button.clicked.connect(self.ask_photo)
        self.photo_label = QLabel("No photo")
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        self.city = QLineEdit()
        self.city.setPlaceholderText("shipped orders only")
        self.address = QLineEdit()
        self.address.setPlaceholderText("shipped orders only")
        self.refund_method = QComboBox()
        self.refund_method.addItem("Original payment method", None)
        self.refund_method.addItem("Cash", "cash")
        form = QFormLayout()
        form.addRow("Reason", self.reason)
        form.addRow("", self.condition)
        form.addRow("", self.packaging)
        form.addRow("Customer wants", remedy_row)
        form.addRow("Note", self.note)
        form.addRow("Defect photo", photo_row)
        form.addRow("City", self.city)
        form.addRow("Address", self.address)
        form.addRow("Refund to", self.refund_method)

        self.exchange_box = QGroupBox("Exchange for")
        self.exchange_field = QLineEdit()
        self.exchange_field.setPlaceholderText("Scan or type what the customer takes instead")
        self.exchange_field.returnPressed.connect(self.add_exchange_item)
        self.exchange_list = QListWidget()
        self.exchange_list.setMaximumHeight(90)
        self.exchange_total = QLabel()
        self.difference_method = QComboBox()
        self.difference_method.addItem("Difference paid by card", "card")
        self.difference_method.addItem("Difference paid in cash", "cash")
        exchange_layout = QVBoxLayout(self.exchange_box)
        exchange_layout.addWidget(self.exchange_field)
        exchange_layout.addWidget(self.exchange_list)
        exchange_row = QHBoxLayout()
        exchange_row.addWidget(self.exchange_total, 1)
        exchange_row.addWidget(self.difference_method)
        exchange_layout.addLayout(exchange_row)

        self.decision_box = QFrame()
        self.decision_box.setObjectName("decision")
        self.decision_text = QLabel()
        self.decision_text.setWordWrap(True)
        self.decision_text.setStyleSheet("font-size: 17px;")
        self.decision_figures = QLabel()
        self.decision_figures.setStyleSheet("font-size: 15px;")
        self.decision_headline = QLabel()
        self.decision_headline.setStyleSheet("font-size: 20px; font-weight: bold;")
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.addWidget(self.decision_headline)
        decision_layout.addWidget(self.decision_text)
        decision_layout.addWidget(self.decision_figures)
        decision_layout.addStretch()

        self.override_button = QPushButton("Manager override…")
        self.override_button.clicked.connect(self.ask_override)
        self.confirm_button = QPushButton("Confirm (Ctrl+Enter)")
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(lambda: self.confirm())
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.override_button)
        actions.addWidget(self.confirm_button)

        left = QVBoxLayout()
        left.addWidget(self.sale_header)
        left.addWidget(self.lines, 1)
        left.addWidget(self.exchange_box)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.decision_box)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.order_field)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        for signal in (self.reason.currentIndexChanged, self.condition.toggled,
                       self.packaging.toggled, self.refund_choice.toggled,
                       self.note.textChanged, self.refund_method.currentIndexChanged):
            signal.connect(self.update_decision)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.confirm()
        elif event.key() in (Qt.Key_F8, Qt.Key_Escape):
            self.done.emit()
        else:
            super().keyPressEvent(event)

    # ----- the sale ----------------------------------------------------------------------------
    def start_for(self, clerk_id: int, order_number: str | None = None) -> None:
        self.clerk_id = clerk_id
        self.clear()
        if order_number:
            self.order_field.setText(order_number)
            self.submit_order()
        self.order_field.setFocus()

    def clear(self) -> None:
        self.sale = None
        self.photo = self.photo_name = None
        self.exchange_cart = Cart()
        self.order_field.clear()
        self.results.clear()
        self.results.hide()
        self.lines.setRowCount(0)
        self.sale_header.setText("Find the sale first.")
        self.condition.setChecked(False)
        self.packaging.setChecked(False)
        self.refund_choice.setChecked(True)
        self.reason.setCurrentIndex(list(Reason).index(Reason.CHANGE_OF_MIND))
        self.note.clear()
        self.city.clear()
        self.address.clear()
        self.photo_label.setText("No photo")
        self.search_date.setDate(QDate.currentDate())
        self.message.setText(" ")
        self._refresh_exchange()
        self.update_decision()

    def submit_order(self) -> None:
        number = self.order_field.text().strip()
        if not number:
            return
        with self.db.read() as session:
            sale = find_sale(session, number)
        if sale is None:
            self.show_error(f"No sale has the order number '{number}'. Check the receipt.")
            self.order_field.selectAll()
            return
        self.load_sale(sale.id)

    def search(self) -> None:
        day = self.search_date.date().toPython()
        phone = self.search_phone.text().strip() or None
        try:
            with self.db.read() as session:
                sales = search_sales(session, self.shop, day=None if phone else day, phone=phone)
        except ReturnError as error:
            self.show_error(str(error))
            return
        self.results.clear()
        for sale in sales:
            when = self.shop.local_time(sale.created_at)
            item = QListWidgetItem(f"{sale.order_number}  ·  {when:%d/%m %H:%M}  ·  "
                                   f"{format_money(sale.total, self.shop.locale)}  ·  "
                                   f"{sale.customer_name or ''}")
            item.setData(Qt.UserRole, sale.id)
            self.results.addItem(item)
        self.results.setVisible(bool(sales))
        if sales:
            self.results.setCurrentRow(0)
            self.results.setFocus()
            self.show_info(f"{len(sales)} sale(s) found: pick one and press Enter.")
        else:
            self.show_error("No sale found for that search.")

    def load_sale(self, sale_id: int) -> None:
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            lines = returnable_lines(session, sale)
            clerk = session.get(Staff, sale.clerk_id).name
            methods = ", ".join(p.method for p in sale.payments)
        self.sale = sale
        self.results.hide()
        when = self.shop.local_time(sale.created_at)
        self.sale_header.setText(
            f"<b>{sale.order_number}</b> · {when:%d/%m/%Y %H:%M} · by {clerk} · paid by {methods}"
            f" · total {format_money(sale.total, self.shop.locale)}"
            + (f" · {sale.customer_name}" if sale.customer_name else ""))
        self.lines.setRowCount(len(lines))
        for row, returnable in enumerate(lines):
            line = returnable.sale_line
            cells = [line.name, str(line.quantity), str(returnable.already_returned), None,
                     format_money(line.total, self.shop.locale)]
            for column, text in enumerate(cells):
                if text is not None:
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemIsEnabled)
                    self.lines.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(0, returnable.remaining)
            spin.setValue(1 if returnable.remaining and len(lines) == 1 else 0)
            spin.setEnabled(returnable.remaining > 0)
            spin.setProperty("sale_line_id", line.id)
            spin.valueChanged.connect(self.update_decision)
            self.lines.setCellWidget(row, 3, spin)
        self.show_info(f"Sale {sale.order_number} found.")
        self.update_decision()

    def quantity_spin(self, row: int) -> QSpinBox:
        return self.lines.cellWidget(row, 3)

    # ----- the form ----------------------------------------------------------------------------
    def form(self) -> ReturnForm:
        quantities = {}
        for row in range(self.lines.rowCount()):
            spin = self.quantity_spin(row)
            if spin.value():
                quantities[spin.property("sale_line_id")] = spin.value()
        return ReturnForm(
            quantities=quantities, reason=self.current_reason(),
            remedy=Remedy.EXCHANGE if self.exchange_choice.isChecked() else Remedy.REFUND,
            original_condition=self.condition.isChecked(),
            original_packaging=self.packaging.isChecked(), note=self.note.text(),
            photo=self.photo, photo_name=self.photo_name, shipped_city=self.city.text(),
            shipped_address=self.address.text(), refund_method=self.refund_method.currentData())

    def current_reason(self) -> Reason:
        return Reason(self.reason.currentData())

    def ask_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Photo of the defect", "",
                                              "Images (*.png *.jpg *.jpeg *.heic *.webp)")
        if path:
            self.attach_photo(path)

    def attach_photo(self, path: str) -> None:
        data = Path(path).read_bytes()
        if not data:
            self.show_error("That file is empty.")
            return
        self.photo, self.photo_name = data, Path(path).name
        self.photo_label.setText(f"{self.photo_name} ({len(data) // 1024 + 1} KB)")
        self.update_decision()

    def update_decision(self) -> None:
        is_defective = self.current_reason() is Reason.DEFECTIVE
        is_exchange = self.exchange_choice.isChecked()
        self.photo_button.setEnabled(is_defective)
        self.city.setEnabled(is_defective)
        self.address.setEnabled(is_defective)
        self.note.setEnabled(self.current_reason() is Reason.OTHER)
        self.exchange_box.setVisible(is_exchange)
        self.refund_method.setEnabled(not is_exchange)
        self.judgement = None
        if self.sale is None:
            return self._show_decision("none", "Scan the receipt or type the order number.", "")
        form = self.form()
        if not form.quantities:
            return self._show_decision("none", "Set how many of each item come back.", "")
        with self.db.read() as session:
            sale = session.get(Sale, self.sale.id)
            self.judgement = judge(session, sale, form, self.shop,
                                   self.shop.local_date(utc_now()))
        j = self.judgement
        money = lambda m: format_money(m, self.shop.locale)  # noqa: E731
        if not j.allowed:
            tone = "refused"
        elif j.deduction:
            tone = "reduced"
        else:
            tone = "full"
        figures = (f"Returned value {money(j.returned_value)} · deduction {money(j.deduction)} · "
                   f"<b>customer receives {money(j.refund)}</b>") if j.allowed else ""
        if is_exchange and j.allowed:
            figures = f"Credit for the new items: <b>{money(j.returned_value)}</b>"
        self._show_decision(tone, j.explanation(), figures)
        self._refresh_exchange()

    def _show_decision(self, tone: str, text: str, figures: str) -> None:
        self.decision_tone = tone
        self.decision_box.setStyleSheet(
            f"QFrame#decision {{ background: {DECISION_COLOURS[tone]}; border-radius: 8px; }}")
        self.decision_headline.setText(HEADLINES[tone])
        self.decision_text.setText(text)
        self.decision_figures.setText(figures)
        self.decision_figures.setVisible(bool(figures))
        self.override_button.setEnabled(tone in ("refused", "reduced"))
        self.confirm_button.setEnabled(tone in ("full", "reduced"))

    # ----- exchange items ----------------------------------------------------------------------
    def add_exchange_item(self) -> None:
        text = self.exchange_field.text().strip()
        if not text:
            return
        with self.db.read() as session:
            product = find_by_code(session, text)
            if product is None:
                matches = search_products(session, text, limit=2)
                product = matches[0] if len(matches) == 1 else None
            item = cart_item(session, product) if product is not None else None
        if item is None:
            self.show_error(f"No single product matches '{text}'.")
            return
        try:
            self.exchange_cart.add(item)
        except CartError as error:
            self.show_error(str(error))
            return
        self.exchange_field.clear()
        self._refresh_exchange()

    def _refresh_exchange(self) -> None:
        self.exchange_list.clear()
        today = self.shop.local_date(utc_now())
        with self.db.read() as session:
            priced = self.exchange_cart.priced(rules_running(session, today), today)
        for line in priced.lines:
            self.exchange_list.addItem(f"{line.item.name} × {line.item.quantity}  ·  "
                                       f"{format_money(line.price.total, self.shop.locale)}")
        credit = self.judgement.returned_value if self.judgement and self.judgement.allowed else Money.zero()
        difference = priced.total - credit
        money = lambda m: format_money(m, self.shop.locale)  # noqa: E731
        if not priced.lines:
            self.exchange_total.setText("No new items yet.")
        elif difference.is_negative():
            self.exchange_total.setText(f"New items {money(priced.total)}: the customer gets back {money(-difference)}")
        elif difference:
            self.exchange_total.setText(f"New items {money(priced.total)}: the customer pays {money(difference)}")
        else:
            self.exchange_total.setText(f"New items {money(priced.total)}: an even exchange")
        self.difference_method.setEnabled(difference > Money.zero())
        self._difference = difference

    # ----- carrying it out ---------------------------------------------------------------------
    def ask_override(self) -> None:
        if self.judgement is None:
            return
        self.override_dialog = OverrideDialog(self.db, self.judgement.explanation(),
                                              self.clerk_id, self)
        self.override_dialog.submitted.connect(self._override_submitted)
        self.override_dialog.open()

    def _override_submitted(self, override: Override) -> None:
        # The PIN is checked in its own committed transaction first, so wrong PINs count
        # towards the lock; record_return() checks it again with the return.
        try:
            verify_manager(self.db, override.manager_id, override.pin)
        except (LoginError, PermissionDenied) as error:
            self.override_dialog.fail(str(error))
            return
        error = self.confirm(override)
        if error:
            self.override_dialog.fail(error)
        else:
            self.override_dialog.accept()

    def confirm(self, override: Override | None = None) -> str | None:
        """Records the return; gives back the reason when it cannot."""
        if self.sale is None:
            return self.show_error("Find the sale first.")
        form = self.form()
        exchange = None
        if form.remedy is Remedy.EXCHANGE:
            method = self.difference_method.currentData()
            to_pay = max(getattr(self, "_difference", Money.zero()), Money.zero())
            payment = CashPayment(to_pay) if method == "cash" else CardPayment()
            exchange = Exchange(self.exchange_cart, payment)
        try:
            with self.db.write() as session:
                clerk = session.get(Staff, self.clerk_id)
                ret = record_return(session, self.sale.id, form, clerk, self.shop,
                                    override=override, exchange=exchange)
                return_id, number = ret.id, ret.return_number
        except (ReturnError, PermissionDenied, CheckoutError, CartError) as error:
            return self.show_error(str(error))
        self.receipt_dialog = return_receipt_dialog(self.db, self.shop, return_id, self)
        self.receipt_dialog.finished.connect(lambda _r: self.done.emit())
        self.receipt_dialog.open()
        self.clear()
        self.show_info(f"{number} recorded.")
        self.return_recorded.emit(number)
        return None

    def show_error(self, text: str) -> str:
        self.message.setText(text)
        set_tone(self.message, "error")
        return text

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "info")
