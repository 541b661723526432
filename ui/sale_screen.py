"""The sale screen: scan, see the cart, take payment, hand over the receipt.

Keyboard first: a barcode scanner (a keyboard that types the code and Enter) adds the
product wherever the focus is on this screen. F2 search, +/- quantity, Del remove,
F3 set quantity, F4 customer, F5 discount on the line (Shift+F5 on the whole sale), F6 park
the cart (Shift+F6 the parked carts: ui/parked_dialog), F7 split payment (credit notes, card
and cash: ui/split_payment_dialog; a credit note scanned here opens it), F8 returns, F9 cash,
F10 card, Esc void the cart, Ctrl+P print the last receipt again.
A saved sale's receipt prints by itself on the till's receipt printer, a cash sale opening the
drawer first (ui/till_printer.py): a printer in trouble is said here, the sale already saved.
A sale under way is never thrown away without a word: Ctrl+N asks first, and a clerk who
logs out finds their sale again when they log back in.

The screen stays open across logins: its words are set in retranslate(), and its amounts
written again in the language of the clerk who logs in (refresh() reads shop.locale).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QStyle, QTableView, QVBoxLayout, QWidget)

from db.engine import Database
from pos.cart import Cart, CartItem
from pos.counter import (Added, BadQuantity, Changed, Choose, Completed, CreditNoteScanned,
                         DiscountNeedsApproval, KeptSale, NeedsApproval, NotFound, ReceiptScanned, Refused, Removed,
                         SaleInProgress)
from pos.customer import Customer
from pos.hardware.drawer import opening_for
from pos.i18n import right_to_left
from pos.money import format_money
from pos.shop import ShopSettings
from ui.cart_model import CartTableModel
from ui.discount_dialog import DiscountDialog
from ui.dialogs import (CustomerDialog, ManagerApprovalDialog, PaymentDialog, ProductPicker,
                        yes_no_question)
from pos.i18n import figure
from ui.language import is_language_change, left_to_right
from ui.parked_dialog import park_cart, show_parked
from ui.receipt import ReceiptDialog
from ui.split_payment_dialog import SplitPaymentDialog
from ui.style import set_tone
from ui.widgets import select_row

FITTED_COLUMNS = (1, 2, 3, 4)  # Qty, Unit price, Promotion, Line total: see _fit_columns
PANEL_WIDTH, PANEL_MARGIN = 340, 16  # the totals' panel
TOTAL_PX = 40  # the total's type, as ui/style.py sets it


def _buttons(*actions) -> list[QPushButton]:
    """Buttons that act without taking the focus from the scan field; their words are set
    by retranslate()."""
    buttons = []
    for action in actions:
        button = QPushButton()
        button.setFocusPolicy(Qt.NoFocus)
        button.clicked.connect(action)
        buttons.append(button)
    return buttons


class SaleScreen(QWidget):
    sale_completed = Signal(str)       # the order number
    receipt_scanned = Signal(str)      # an order number scanned at the sale screen: a return
    returns_requested = Signal()
    cart_changed = Signal()
    # For the customer display (ui/customer_display.py): the priced cart at each refresh, and
    # the payment (CashPayment, CardPayment or SplitPayment) once the sale is saved.
    display_changed = Signal(object)

    def __init__(self, db: Database, shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.sale = SaleInProgress(db, shop)
        self.payment_dialog: PaymentDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.pending_dialog = None  # the picker / approval / customer dialog that is open
        self._void_armed = False
        self._total_metrics: QFontMetricsF | None = None
        self._total_px = TOTAL_PX
        self._build()
        self._shortcuts()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """The screen's words in the language spoken now; its amounts too (refresh)."""
        self.scan_field.setPlaceholderText(self.tr(
            "Scan, or type a SKU or a name, then Enter  (F2)"))
        for button, words in ((self.minus_button, "− 1  (−)"), (self.plus_button, "+ 1  (+)"),
                              (self.quantity_button, self.tr("Quantity… (F3)")),
                              (self.discount_button, self.tr("Discount… (F5)")),
                              (self.cart_discount_button,
                               self.tr("Discount on the sale… (Shift+F5)")),
                              (self.remove_button, self.tr("Remove line (Del)")),
                              (self.customer_button, self.tr("Customer… (F4)")),
                              (self.cash_button, self.tr("Cash  (F9)")),
                              (self.card_button, self.tr("Card  (F10)")),
                              (self.split_button, self.tr("Split payment…  (F7)")),
                              (self.void_button, self.tr("Void cart (Esc Esc)"))):
            button.setText(words)
        self.items_caption.setText(self.tr("Items"))
        self.subtotal_caption.setText(self.tr("Subtotal"))
        self.discount_caption.setText(self.tr("Discounts"))
        self.total_caption.setText(self.tr("TOTAL"))
        # The figures at the panel's outer edge: the right in French, the left in Arabic. Said
        # absolutely: a label of Latin figures would take "trailing" as its own text's right.
        edge = (Qt.AlignLeft | Qt.AlignAbsolute) if right_to_left() else Qt.AlignRight
        for value in (self.items_value, self.subtotal_value, self.discount_value,
                      self.total_value):
            value.setAlignment(edge | Qt.AlignVCenter)
        self.model.retranslate()

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    @property
    def cart(self) -> Cart:
        return self.sale.cart

    @property
    def customer(self) -> Customer:
        return self.sale.customer

    # ----- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.returnPressed.connect(self.submit_scan)
        left_to_right(self.scan_field)
        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)  # a long sentence folds, it does not widen the window
        self.model = CartTableModel(self.shop, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.Fixed)
        self.table.doubleClicked.connect(lambda _index: self.ask_quantity())

        self.line_buttons = _buttons(lambda: self.change_quantity(-1),
                                     lambda: self.change_quantity(+1),
                                     self.ask_quantity, self.ask_discount, self.remove_line)
        (self.minus_button, self.plus_button, self.quantity_button, self.discount_button,
         self.remove_button) = self.line_buttons
        line_row = QHBoxLayout()
        for button in self.line_buttons:
            line_row.addWidget(button)
        line_row.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.scan_field)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        left.addLayout(line_row)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self._build_panel())
        self._wedge = ScannerWedge(self)
        self.table.installEventFilter(self._wedge)
        self.scan_field.installEventFilter(self._wedge)

    def _build_panel(self) -> QFrame:
        """The totals, the customer and the payment buttons."""
        panel = QFrame()
        panel.setObjectName("panel")
        panel.setFixedWidth(PANEL_WIDTH)
        self.items_value, self.subtotal_value, self.discount_value = QLabel(), QLabel(), QLabel()
        self.discount_value.setStyleSheet("color: #b35c00;")
        self.items_caption, self.subtotal_caption, self.discount_caption = (
            QLabel(), QLabel(), QLabel())
        figures = QGridLayout()
        for row, (caption, value) in enumerate(((self.items_caption, self.items_value),
                                                (self.subtotal_caption, self.subtotal_value),
                                                (self.discount_caption, self.discount_value))):
            figures.addWidget(caption, row, 0)
            figures.addWidget(value, row, 1)
        figures.setColumnStretch(1, 1)  # the figures take the room, at the panel's edge
        self.total_caption = caption = QLabel()
        caption.setObjectName("totalCaption")
        self.total_value = QLabel()
        self.total_value.setObjectName("totalAmount")
        self.customer_label = QLabel()
        self.customer_label.setWordWrap(True)
        (self.customer_button, self.cart_discount_button, self.cash_button, self.card_button,
         self.split_button, self.void_button) = _buttons(
            self.edit_customer, self.ask_cart_discount, lambda: self.start_payment("cash"),
            lambda: self.start_payment("card"), self.start_split, self.void_cart)
        self.cash_button.setObjectName("primary")
        self.card_button.setObjectName("primary")
        self.void_button.setObjectName("secondary")

        right = QVBoxLayout(panel)
        right.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        right.addLayout(figures)
        right.addSpacing(8)
        right.addWidget(caption)
        right.addWidget(self.total_value)
        right.addSpacing(8)
        right.addWidget(self.customer_label)
        right.addWidget(self.customer_button)
        right.addWidget(self.cart_discount_button)
        right.addStretch()
        for button in (self.cash_button, self.card_button, self.split_button, self.void_button):
            right.addWidget(button)
        return panel

    def _shortcuts(self) -> None:
        # Ctrl+P while this screen shows (the receipt dialog has its own while it is open).
        QShortcut(QKeySequence.Print, self, activated=self.print_again)
        # Function keys reach the screen from whichever child has the focus (the scan
        # field and the table pass them on), without depending on the window being active.
        self._keys = {
            Qt.Key_F2: self.focus_scan,
            Qt.Key_F3: self.ask_quantity,
            Qt.Key_F4: self.edit_customer,
            Qt.Key_F5: self.ask_discount,
            Qt.Key_F6: lambda: park_cart(self),  # Shift+F6: show_parked, see keyPressEvent
            Qt.Key_F7: self.start_split,
            Qt.Key_F8: self.returns_requested.emit,
            Qt.Key_F9: lambda: self.start_payment("cash"),
            Qt.Key_F10: lambda: self.start_payment("card"),
            Qt.Key_Escape: self.escape,
        }

    def keyPressEvent(self, event) -> None:
        action = self._keys.get(event.key())
        if event.modifiers() & Qt.ShiftModifier:
            # Shift+F5 a discount on the whole sale, Shift+F6 the parked carts.
            action = {Qt.Key_F5: self.ask_cart_discount,
                      Qt.Key_F6: lambda: show_parked(self)}.get(event.key(), action)
        if action is None or event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            super().keyPressEvent(event)
            return
        action()

    # ----- clerk ----------------------------------------------------------------------------
    def start_for(self, clerk_id: int) -> None:
        """The clerk's sale: the one they left when they logged out, or a new one."""
        kept = self.sale.start_shift(clerk_id)
        if kept is None:
            self.new_sale()
            return
        self.refresh()
        self.show_info(self.tr("Your sale is back: {sale}.").format(sale=kept.words))
        self.focus_scan()

    def end_shift(self) -> KeptSale | None:
        """The clerk logs out: their sale under way is kept for them, the screen emptied."""
        kept = self.sale.end_shift()
        self.refresh()
        self.clear_message()
        return kept

    def new_sale(self) -> None:
        self.sale.clear()
        self.refresh()
        self.clear_message()
        self.focus_scan()

    def ask_new_sale(self) -> None:
        """Ctrl+N: a new sale at once when nothing is under way. Otherwise Y voids this sale
        and starts the next; N, Esc and Enter keep it (a scanner's Enter never voids)."""
        if not self.sale.in_progress():
            self.new_sale()
            return
        self.pending_dialog = yes_no_question(
            self, self.tr("New sale"), self.sale.void_question(),
            self.tr("void it and start a new sale"), self.tr("keep this sale"),
            lambda void: self.void_cart() if void else self.focus_scan())

    def focus_scan(self) -> None:
        self.scan_field.setFocus()
        self.scan_field.selectAll()

    # ----- scanning -------------------------------------------------------------------------
    def submit_scan(self) -> None:
        text = self.scan_field.text().strip()
        if not text:
            return
        if text in ("+", "-"):
            self.scan_field.clear()
            self.change_quantity(+1 if text == "+" else -1)
            return
        result = self.sale.scan(text)
        if not isinstance(result, (NotFound, BadQuantity)):
            self.scan_field.clear()
        self.show_result(result)

    def add_item(self, item: CartItem) -> None:
        self.show_result(self.sale.add_item(item))

    def show_result(self, result) -> None:
        """What the sale in progress answered, on the screen."""
        match result:
            case Added(row=row):
                self.refresh()
                select_row(self.table, row)
                self.show_info(result.message)
                self.focus_scan()
            case Changed(row=row):
                self.refresh()
                select_row(self.table, row)
            case Removed(row=row):
                self.refresh()
                self.show_info(result.message)
                if self.cart.items:
                    select_row(self.table, min(row, len(self.cart.items) - 1))
            case NeedsApproval():
                self.ask_stock_override(result)
            case DiscountNeedsApproval():
                self.ask_discount_approval(result)
            case Choose():
                self.show_info(result.message)
                self.choose_product(result)
            case NotFound():
                QApplication.beep()
                self.show_error(result.message)
                self.scan_field.selectAll()
            case ReceiptScanned(order_number=number):
                self.receipt_scanned.emit(number)
            case CreditNoteScanned(code=code):
                self.start_split(code)
            case Refused(message=text):  # a bad quantity too
                self.show_error(text)

    def choose_product(self, choice: Choose) -> None:
        picker = ProductPicker(choice.text, choice.matches, self.shop.locale, self)
        picker.picked.connect(lambda product_id: self.show_result(
            self.sale.add_product(product_id, choice.quantity)))
        # "Pick one" no longer applies once the clerk said no.
        picker.rejected.connect(lambda: self.show_info(
            self.tr("Nothing added: no product picked.")))
        picker.finished.connect(lambda _r: self.focus_scan())
        self.pending_dialog = picker
        picker.open()

    def ask_stock_override(self, request: NeedsApproval) -> None:
        self._ask_manager(request.question, request.message, request.refused_message,
                          lambda manager_id: self.sale.approve(request, manager_id))

    def _ask_manager(self, question: str, said: str, refused: str, approve) -> None:
        """A manager's PIN for what the clerk asked: approve(manager_id)'s result shown, or
        `refused` when no manager approves; `said` meanwhile."""
        dialog = ManagerApprovalDialog(self.db, question, parent=self)
        dialog.approved.connect(lambda manager_id: self.show_result(approve(manager_id)))
        dialog.rejected.connect(lambda: self.show_error(refused))
        self.pending_dialog = dialog
        self.show_error(said)
        dialog.open()

    # ----- cart lines -----------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.cart.items) - 1

    def change_quantity(self, step: int) -> None:
        self.show_result(self.sale.change_quantity(self.selected_row(), step))

    def ask_quantity(self) -> None:
        row = self.selected_row()
        if row < 0:
            self.show_error(self.tr("The cart is empty."))
            return
        item = self.cart.items[row]
        quantity, ok = QInputDialog.getInt(self, self.tr("Quantity"), item.name, item.quantity,
                                           1, 9999)
        if ok:
            self.set_quantity(row, quantity)

    def ask_discount(self) -> None:
        """F5: the clerk's discount on the selected line, within their limit, or a
        manager's PIN beyond it."""
        row = self.selected_row()
        if row < 0:
            self.show_error(self.tr("The cart is empty."))
            return
        dialog = DiscountDialog(
            self.cart.items[row].name,
            lambda text, percent, reason, **price: self.sale.give_discount(
                row, text, percent, reason, **price),
            parent=self)
        self._open_discount(dialog)

    def ask_cart_discount(self) -> None:
        """Shift+F5: the clerk's discount on the whole sale."""
        if not self.cart.items:
            self.show_error(self.tr("The cart is empty."))
            return
        dialog = DiscountDialog(
            self.tr("The whole sale: {total}").format(
                total=figure(format_money(self.sale.priced().total, self.shop.locale))),
            self.sale.give_cart_discount, on_cart=True, parent=self)
        self._open_discount(dialog)

    def _open_discount(self, dialog: DiscountDialog) -> None:
        dialog.accepted.connect(lambda: self.show_result(dialog.result_of_give))
        dialog.finished.connect(lambda _r: self.focus_scan())
        self.pending_dialog = dialog
        dialog.open()

    def ask_discount_approval(self, request: DiscountNeedsApproval) -> None:
        self._ask_manager(request.question, request.question,
                          self.tr("No discount given: it needs a manager's approval."),
                          lambda manager_id: self.sale.approve_discount(request, manager_id))

    def set_quantity(self, row: int, quantity: int) -> None:
        self.show_result(self.sale.set_quantity(row, quantity))

    def remove_line(self) -> None:
        self.show_result(self.sale.remove(self.selected_row()))

    def escape(self) -> None:
        """Esc clears what is typed and the message about it; on an empty field, Esc twice
        voids the sale."""
        if self.scan_field.text() or not self.sale.in_progress():
            self.scan_field.clear()
            self.clear_message()
            return
        if self._void_armed:
            self.void_cart()
            return
        self._void_armed = True
        self.show_error(self.tr("Press Esc again to void the whole cart."))

    def void_cart(self) -> None:
        self._void_armed = False
        if not self.sale.in_progress():
            return
        self.sale.clear()
        self.refresh()
        self.show_info(self.tr("Cart voided."))
        self.focus_scan()

    def edit_customer(self) -> None:
        dialog = CustomerDialog(self.db, self.shop, self.customer, self)
        dialog.chosen.connect(self._set_customer)
        dialog.finished.connect(lambda _r: self.focus_scan())
        self.pending_dialog = dialog
        dialog.open()

    def _set_customer(self, customer: Customer) -> None:
        self.sale.customer = customer
        self.refresh()

    # ----- paying ---------------------------------------------------------------------------
    def start_payment(self, method: str) -> None:
        if self.payment_dialog is not None and self.payment_dialog.isVisible():
            return
        priced = self.sale.start_checkout()
        if isinstance(priced, Refused):
            self.show_error(priced.message)
            return
        self.payment_dialog = PaymentDialog(priced.total, self.shop.locale, method, self)
        self.payment_dialog.paid.connect(self.complete)
        self.payment_dialog.finished.connect(lambda _r: self.focus_scan())
        self.payment_dialog.open()

    def start_split(self, code: str | None = None) -> None:
        """F7: the sale paid by credit notes, card and cash together; a credit note's code
        scanned on this screen opens it with that note on it."""
        if self.payment_dialog is not None and self.payment_dialog.isVisible():
            return
        priced = self.sale.start_checkout()
        if isinstance(priced, Refused):
            self.show_error(priced.message)
            return
        self.payment_dialog = SplitPaymentDialog(self.db, self.shop, priced.total, self,
                                                 code=code)
        self.payment_dialog.paid.connect(self.complete)
        self.payment_dialog.finished.connect(lambda _r: self.focus_scan())
        self.payment_dialog.open()

    def complete(self, payment) -> None:
        """Saves the sale. Paying the same cart twice gives back the same sale."""
        result = self.sale.complete(payment)
        if isinstance(result, Refused):
            self.show_error(result.message)
        if not isinstance(result, Completed):
            return
        self.display_changed.emit(payment)
        self.refresh()
        self.show_sale_saved(result.order_number)
        self.show_receipt(result.sale_id)
        self.sale_completed.emit(result.order_number)

    def show_receipt(self, sale_id: int) -> None:
        """The receipt on screen; on the till's printer by itself, the drawer opened first
        for cash."""
        self.receipt_dialog = dialog = ReceiptDialog.for_sale(self.db, self.shop, sale_id, self)
        dialog.finished.connect(lambda _r: self.focus_scan())
        dialog.printed.connect(lambda words, tone: self._receipt_printed(
            dialog.sale.order_number, words, tone))
        dialog.open()
        dialog.hand_over(self.sale.clerk.id if self.sale.clerk else None,
                         opening_for(dialog.sale))

    def print_again(self) -> None:
        """Ctrl+P: the last sale's receipt once more (after the printer failed, say)."""
        if self.receipt_dialog is None:
            self.show_error(self.tr("No receipt to print yet."))
            return
        self.receipt_dialog.print_receipt()
        if self.receipt_dialog.printing:
            self.show_info(self.tr("Printing the receipt of sale {number}…").format(
                number=figure(self.receipt_dialog.sale.order_number)))

    def _receipt_printed(self, order_number: str, words: str, tone: str) -> None:
        """The printer's outcome: trouble is always said; a print that went well only while
        the screen still speaks of that sale (not over the next scan's words)."""
        if tone == "error":
            self.show_error(self.tr("Sale {number} is saved, but its receipt did not print: "
                                    "{trouble} Ctrl+P prints it again.").format(
                number=figure(order_number), trouble=words))
        elif words and figure(order_number) in self.message.text():
            self.show_info(f"{self._saved_words(order_number)} {words}")

    # ----- display --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._void_armed:  # "Press Esc again" no longer applies once the sale changed
            self._void_armed = False
            self.clear_message()
        priced = self.sale.priced()
        self.model.show(priced)
        self._fit_columns()
        locale = self.shop.locale
        self.items_value.setText(str(priced.item_count))
        self.subtotal_value.setText(figure(format_money(priced.subtotal, locale)))
        self.discount_value.setText(figure(f"−{format_money(priced.discount_total, locale)}")
                                    if priced.discount_total else "—")
        self._show_total(figure(format_money(priced.total, locale)))
        has_items = bool(self.cart.items)
        for button in (self.cash_button, self.card_button, self.split_button, self.void_button,
                       self.cart_discount_button, *self.line_buttons):
            button.setEnabled(has_items)
        c = self.customer
        if c.is_empty:
            self.customer_label.setText(self.tr("No customer details."))
        else:
            parts = [p for p in (c.name, c.email and figure(c.email), c.phone and figure(c.phone))
                     if p]
            self.customer_label.setText(self.tr("Customer: {details}").format(
                details=" · ".join(parts)))
        self.cart_changed.emit()
        self.display_changed.emit(priced)

    def _show_total(self, text: str) -> None:
        """The total in its big type, or in smaller type when that would cut it (a cart of
        a million dirhams): a total must always be read whole."""
        if self._total_metrics is None:
            font = QFont(self.total_value.font())
            font.setPixelSize(TOTAL_PX)
            font.setBold(True)
            self._total_metrics = QFontMetricsF(font)
        room = PANEL_WIDTH - 2 * PANEL_MARGIN
        wide = self._total_metrics.horizontalAdvance(text)
        size = TOTAL_PX if wide <= room else max(12, math.floor(TOTAL_PX * room / wide))
        if size != self._total_px:
            self._total_px = size
            self.total_value.setStyleSheet("" if size == TOTAL_PX else f"font-size: {size}px;")
        self.total_value.setText(text)

    def _fit_columns(self) -> None:
        """The columns after the product's name as wide as their widest text, measured
        from the texts the model holds. (ResizeToContents would ask the model for every
        cell and role of every row at each scan: 40 ms on a cart of 30 lines.)"""
        metrics = QFontMetricsF(self.table.font())  # whole pixels would cut a text short
        # The margins Qt's own sizing gives a cell: the focus frame's, one pixel, the grid.
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                                self.table)
        padding = 2 * (margin + 1) + 1
        header = self.table.horizontalHeader()
        for column in FITTED_COLUMNS:
            widest = max(map(metrics.horizontalAdvance, self.model.column_texts(column)),
                         default=0)
            width = max(math.ceil(widest) + padding, header.sectionSizeHint(column))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def clear_message(self) -> None:
        self.message.setText(" ")
        set_tone(self.message, "info")

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "error")

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "info")

    def show_sale_saved(self, order_number: str) -> None:
        self.show_info(self._saved_words(order_number))

    def _saved_words(self, order_number: str) -> str:
        """The order number as a figure: in Arabic 'S-20261122-0001' keeps its order."""
        return self.tr("Sale {number} saved.").format(number=figure(order_number))


class ScannerWedge(QObject):
    """Sends typed characters to the scan field when the focus is elsewhere on the
    screen (the cart table), so a scan works wherever the focus is. +, - and Del on
    the cart act on the selected line."""

    def __init__(self, screen: SaleScreen):
        super().__init__(screen)
        self.screen = screen

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        key, text = event.key(), event.text()
        if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            return False
        if watched is self.screen.scan_field:
            return self._in_scan_field(key)
        if self._on_the_line(key):
            return True
        if text and text.isprintable() and not text.isspace():
            field = self.screen.scan_field
            field.setFocus()
            field.end(False)
            field.insert(text)
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.screen.scan_field.text():
            self.screen.submit_scan()
            return True
        return False

    def _in_scan_field(self, key) -> bool:
        """In an empty scan field, +, - and Del act on the selected line; the arrows
        move the selection, so the clerk never has to leave the field."""
        if self.screen.scan_field.text():
            return False
        if self._on_the_line(key):
            return True
        if key in (Qt.Key_Up, Qt.Key_Down) and self.screen.cart.items:
            row = self.screen.selected_row() + (1 if key == Qt.Key_Down else -1)
            select_row(self.screen.table, max(0, min(row, len(self.screen.cart.items) - 1)))
            return True
        return False

    def _on_the_line(self, key) -> bool:
        """+ and - change the selected line's quantity by one, Del removes it."""
        if key in (Qt.Key_Plus, Qt.Key_Minus):
            self.screen.change_quantity(+1 if key == Qt.Key_Plus else -1)
            return True
        if key == Qt.Key_Delete:
            self.screen.remove_line()
            return True
        return False
