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
from pos.cart import CartError
from pos.checkout import CheckoutError
from pos.money import format_money
from pos.return_desk import ExchangeQuote, ReturnInProgress, SaleToReturn
from pos.return_policy import Reason, Remedy
from pos.returns import Judgement, Override, ReturnError, ReturnForm
from pos.shop import ShopSettings
from pos.staff import LoginError, PermissionDenied
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
        self.desk = ReturnInProgress(db, shop)
        self.clerk_id: int | None = None
        self.photo: bytes | None = None
        self.photo_name: str | None = None
        self.override_dialog: OverrideDialog | None = None
        self.receipt_dialog = None
        self._build()
        self.clear()

    @property
    def sale(self) -> SaleToReturn | None:
        return self.desk.sale

    @property
    def judgement(self) -> Judgement | None:
        return self.desk.judgement

    # ----- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel("Return or exchange")
        title.setObjectName("screenTitle")
        search_row = self._build_search()
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

        left = QVBoxLayout()
        left.addWidget(self.sale_header)
        left.addWidget(self.lines, 1)
        left.addWidget(self._build_exchange())
        right = QVBoxLayout()
        right.addLayout(self._build_form())
        right.addWidget(self._build_decision())
        right.addLayout(self._build_actions())
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

    def _build_search(self) -> QHBoxLayout:
        """The order number, or a date and a phone; the sales found."""
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
        for widget in (QLabel("or find it by date"), self.search_date, QLabel("and/or phone"),
                       self.search_phone, search_button):
            search_row.addWidget(widget)
        search_row.addStretch()
        search_row.addWidget(back)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.itemActivated.connect(lambda item: self.load_sale(item.data(Qt.UserRole)))
        return search_row

    def _build_form(self) -> QFormLayout:
        """Why it comes back, in what state, and what the customer wants."""
        self.reason = QComboBox()
        for reason in Reason:
            self.reason.addItem(reason.label, reason)
        self.condition = QCheckBox("In its original condition (not damaged or used by the customer)")
        self.packaging = QCheckBox("In its original packaging")
        self.refund_choice = QRadioButton("Refund")
        self.exchange_choice = QRadioButton("Exchange")
        remedies = QButtonGroup(self)
        remedy_row = QHBoxLayout()
        for choice in (self.refund_choice, self.exchange_choice):
            remedies.addButton(choice)
            remedy_row.addWidget(choice)
        remedy_row.addStretch()
        self.refund_choice.setChecked(True)
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
        for label, field in (("Reason", self.reason), ("", self.condition), ("", self.packaging),
                             ("Customer wants", remedy_row), ("Note", self.note),
                             ("Defect photo", photo_row), ("City", self.city),
                             ("Address", self.address), ("Refund to", self.refund_method)):
            form.addRow(label, field)
        return form

    def _build_exchange(self) -> QGroupBox:
        """The new items of an exchange and how the difference is paid."""
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
        return self.exchange_box

    def _build_decision(self) -> QFrame:
        self.decision_box = QFrame()
        self.decision_box.setObjectName("decision")
        self.decision_headline = QLabel()
        self.decision_headline.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.decision_text = QLabel()
        self.decision_text.setWordWrap(True)
        self.decision_text.setStyleSheet("font-size: 17px;")
        self.decision_figures = QLabel()
        self.decision_figures.setStyleSheet("font-size: 15px;")
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.addWidget(self.decision_headline)
        decision_layout.addWidget(self.decision_text)
        decision_layout.addWidget(self.decision_figures)
        decision_layout.addStretch()
        return self.decision_box

    def _build_actions(self) -> QHBoxLayout:
        self.override_button = QPushButton("Manager override…")
        self.override_button.clicked.connect(self.ask_override)
        self.confirm_button = QPushButton("Confirm (Ctrl+Enter)")
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(lambda: self.confirm())
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.override_button)
        actions.addWidget(self.confirm_button)
        return actions

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
        self.desk.clear()
        self.photo = self.photo_name = None
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
        self.update_decision()

    def submit_order(self) -> None:
        number = self.order_field.text().strip()
        if not number:
            return
        sale = self.desk.find(number)
        if sale is None:
            self.show_error(f"No sale has the order number '{number}'. Check the receipt.")
            self.order_field.selectAll()
            return
        self.show_sale(sale)

    def search(self) -> None:
        try:
            sales = self.desk.search(self.search_date.date().toPython(),
                                     self.search_phone.text().strip() or None)
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
        self.show_sale(self.desk.load(sale_id))

    def show_sale(self, sale: SaleToReturn) -> None:
        self.results.hide()
        when = self.shop.local_time(sale.created_at)
        self.sale_header.setText(
            f"<b>{sale.order_number}</b> · {when:%d/%m/%Y %H:%M} · by {sale.clerk_name}"
            f" · paid by {', '.join(sale.payment_methods)}"
            f" · total {format_money(sale.total, self.shop.locale)}"
            + (f" · {sale.customer_name}" if sale.customer_name else ""))
        self.lines.setRowCount(len(sale.lines))
        for row, line in enumerate(sale.lines):
            cells = [line.name, str(line.sold), str(line.already_returned), None,
                     format_money(line.total, self.shop.locale)]
            for column, text in enumerate(cells):
                if text is not None:
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemIsEnabled)
                    self.lines.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(0, line.remaining)
            spin.setValue(1 if line.remaining and len(sale.lines) == 1 else 0)
            spin.setEnabled(line.remaining > 0)
            spin.setProperty("sale_line_id", line.sale_line_id)
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
        j = self.desk.update(self.form() if self.sale is not None else None)
        self._show_exchange(self.desk.quote)
        if self.sale is None:
            return self._show_decision("none", "Scan the receipt or type the order number.", "")
        if j is None:
            return self._show_decision("none", "Set how many of each item come back.", "")
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
            self.exchange_list.addItem(f"{line.name} × {line.quantity}  ·  {money(line.total)}")
        difference = quote.difference
        if not quote.lines:
            self.exchange_total.setText("No new items yet.")
        elif difference.is_negative():
            self.exchange_total.setText(f"New items {money(quote.total)}: the customer gets back {money(-difference)}")
        elif difference:
            self.exchange_total.setText(f"New items {money(quote.total)}: the customer pays {money(difference)}")
        else:
            self.exchange_total.setText(f"New items {money(quote.total)}: an even exchange")
        self.difference_method.setEnabled(bool(quote.to_collect))

    # ----- carrying it out ---------------------------------------------------------------------
    def ask_override(self) -> None:
        if self.judgement is None:
            return
        self.override_dialog = OverrideDialog(self.db, self.judgement.explanation(),
                                              self.clerk_id, self)
        self.override_dialog.submitted.connect(self._override_submitted)
        self.override_dialog.open()

    def _override_submitted(self, override: Override) -> None:
        try:
            self.desk.verify_override(override)
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
        try:
            recorded = self.desk.confirm(self.form(), self.clerk_id,
                                         self.difference_method.currentData(), override)
        except (ReturnError, PermissionDenied, CheckoutError, CartError) as error:
            return self.show_error(str(error))
        self.receipt_dialog = return_receipt_dialog(self.db, self.shop, recorded.return_id, self)
        self.receipt_dialog.finished.connect(lambda _r: self.done.emit())
        self.receipt_dialog.open()
        self.clear()
        self.show_info(f"{recorded.return_number} recorded.")
        self.return_recorded.emit(recorded.return_number)
        return None

    def show_error(self, text: str) -> str:
        self.message.setText(text)
        set_tone(self.message, "error")
        return text

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "info")
