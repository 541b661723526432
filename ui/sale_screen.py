"""The sale screen: scan, see the cart, take payment, hand over the receipt.

Keyboard first: a barcode scanner (a keyboard that types the code and Enter) adds the
product wherever the focus is on this screen. F2 search, +/- quantity, Del remove,
F3 set quantity, F4 customer, F8 returns, F9 cash, F10 card, Esc void the cart.
"""
from __future__ import annotations

import logging
import math
import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QStyle, QTableView, QVBoxLayout, QWidget)

from db.engine import Database
from db.models import Product, Staff
from db.types import utc_now
from pos.cart import Cart, CartError, CartItem
from pos.catalog import clean_code, find_by_code, search_products
from pos.checkout import CheckoutError, complete_sale, tiktok_user
from pos.customer import Customer
from pos.money import format_money
from pos.pricing import rules_running
from pos.products import cart_item
from pos.shop import ShopSettings
from tracking.events import EventContent
from tracking.outbox import queue_initiate_checkout, queue_view_content
from ui.cart_model import CartTableModel
from ui.dialogs import CustomerDialog, ManagerApprovalDialog, PaymentDialog, ProductPicker
from ui.receipt import ReceiptDialog
from ui.style import set_tone

FITTED_COLUMNS = (1, 2, 3, 4)  # Qty, Unit price, Promotion, Line total: see _fit_columns
ORDER_NUMBER = re.compile(r"^[SR]-\d{8}-\d{4}$", re.IGNORECASE)
QUANTITY_PREFIX = re.compile(r"^(\d{1,4})\s*[*xX]\s*(.+)$")
log = logging.getLogger(__name__)
PANEL_WIDTH, PANEL_MARGIN = 340, 16  # the totals' panel
TOTAL_PX = 40  # the total's type, as ui/style.py sets it


class SaleScreen(QWidget):
    sale_completed = Signal(str)       # the order number
    receipt_scanned = Signal(str)      # an order number scanned at the sale screen: a return
    returns_requested = Signal()
    cart_changed = Signal()

    def __init__(self, db: Database, shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.clerk_id: int | None = None
        self.clerk: Staff | None = None
        self.cart = Cart()
        self.customer = Customer()
        self.payment_dialog: PaymentDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.pending_dialog = None  # the picker / approval / customer dialog that is open
        self._saving = False
        self._void_armed = False
        self._total_metrics: QFontMetricsF | None = None
        self._total_px = TOTAL_PX
        self._build()
        self._shortcuts()
        self.refresh()

    # ----- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText("Scan a barcode, or type a SKU or part of a name, then Enter  (F2)")
        self.scan_field.returnPressed.connect(self.submit_scan)
        self.message = QLabel(" ")
        self.message.setObjectName("message")

        self.model = CartTableModel(self.shop.locale, self)
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

        self.minus_button = QPushButton("− 1  (−)")
        self.plus_button = QPushButton("+ 1  (+)")
        self.quantity_button = QPushButton("Quantity… (F3)")
        self.remove_button = QPushButton("Remove line (Del)")
        self.minus_button.clicked.connect(lambda: self.change_quantity(-1))
        self.plus_button.clicked.connect(lambda: self.change_quantity(+1))
        self.quantity_button.clicked.connect(self.ask_quantity)
        self.remove_button.clicked.connect(self.remove_line)
        line_buttons = QHBoxLayout()
        for button in (self.minus_button, self.plus_button, self.quantity_button,
                       self.remove_button):
            button.setFocusPolicy(Qt.NoFocus)
            line_buttons.addWidget(button)
        line_buttons.addStretch()

        left = QVBoxLayout()
        left.addWidget(self.scan_field)
        left.addWidget(self.message)
        left.addWidget(self.table, 1)
        left.addLayout(line_buttons)

        panel = QFrame()
        panel.setObjectName("panel")
        panel.setFixedWidth(PANEL_WIDTH)
        self.items_value = QLabel()
        self.subtotal_value = QLabel()
        self.discount_value = QLabel()
        for label in (self.items_value, self.subtotal_value, self.discount_value):
            label.setAlignment(Qt.AlignRight)
        self.discount_value.setStyleSheet("color: #b35c00;")
        figures = QGridLayout()
        figures.addWidget(QLabel("Items"), 0, 0)
        figures.addWidget(self.items_value, 0, 1)
        figures.addWidget(QLabel("Subtotal"), 1, 0)
        figures.addWidget(self.subtotal_value, 1, 1)
        figures.addWidget(QLabel("Promotions"), 2, 0)
        figures.addWidget(self.discount_value, 2, 1)
        caption = QLabel("TOTAL")
        caption.setObjectName("totalCaption")
        self.total_value = QLabel()
        self.total_value.setObjectName("totalAmount")
        self.total_value.setAlignment(Qt.AlignRight)
        self.customer_label = QLabel()
        self.customer_label.setWordWrap(True)
        self.customer_button = QPushButton("Customer… (F4)")
        self.cash_button = QPushButton("Cash  (F9)")
        self.cash_button.setObjectName("primary")
        self.card_button = QPushButton("Card  (F10)")
        self.card_button.setObjectName("primary")
        self.void_button = QPushButton("Void cart (Esc Esc)")
        self.void_button.setObjectName("secondary")
        self.customer_button.clicked.connect(self.edit_customer)
        self.cash_button.clicked.connect(lambda: self.start_payment("cash"))
        self.card_button.clicked.connect(lambda: self.start_payment("card"))
        self.void_button.clicked.connect(self.void_cart)
        for button in (self.customer_button, self.cash_button, self.card_button,
                       self.void_button):
            button.setFocusPolicy(Qt.NoFocus)

        right = QVBoxLayout(panel)
        right.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        right.addLayout(figures)
        right.addSpacing(8)
        right.addWidget(caption)
        right.addWidget(self.total_value)
        right.addSpacing(8)
        right.addWidget(self.customer_label)
        right.addWidget(self.customer_button)
        right.addStretch()
        right.addWidget(self.cash_button)
        right.addWidget(self.card_button)
        right.addWidget(self.void_button)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(panel)

        self._wedge = ScannerWedge(self)
        self.table.installEventFilter(self._wedge)
        self.scan_field.installEventFilter(self._wedge)

    def _shortcuts(self) -> None:
        # Function keys reach the screen from whichever child has the focus (the scan
        # field and the table pass them on), without depending on the window being active.
        self._keys = {
            Qt.Key_F2: self.focus_scan,
            Qt.Key_F3: self.ask_quantity,
            Qt.Key_F4: self.edit_customer,
            Qt.Key_F8: self.returns_requested.emit,
            Qt.Key_F9: lambda: self.start_payment("cash"),
            Qt.Key_F10: lambda: self.start_payment("card"),
            Qt.Key_Escape: self.escape,
        }

    def keyPressEvent(self, event) -> None:
        action = self._keys.get(event.key())
        if action is None or event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            super().keyPressEvent(event)
            return
        action()

    # ----- clerk ----------------------------------------------------------------------------
    def start_for(self, clerk_id: int) -> None:
        self.clerk_id = clerk_id
        # Loaded once for the shift, not on every sale: checkout needs only who it was.
        with self.db.read() as session:
            self.clerk = session.get(Staff, clerk_id)
        self.new_sale()

    def new_sale(self) -> None:
        self.cart.clear()
        self.customer = Customer()
        self.refresh()
        self.focus_scan()

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
        quantity = 1
        match = QUANTITY_PREFIX.match(text)
        if match:
            quantity, text = int(match.group(1)), match.group(2).strip()
            if quantity < 1:
                self.show_error("A quantity is at least 1.")
                return
        code = clean_code(text)
        if ORDER_NUMBER.match(code):
            self.scan_field.clear()
            self.receipt_scanned.emit(code.upper())
            return
        with self.db.read() as session:
            product = find_by_code(session, code)
            if product is not None:
                item = cart_item(session, product, quantity)
                matches = []
            else:
                matches = search_products(session, text)
                item = cart_item(session, matches[0], quantity) if len(matches) == 1 else None
        if item is not None:
            self.scan_field.clear()
            self.add_item(item)
        elif not matches:
            QApplication.beep()
            self.show_error(f"No product has the code or name '{text}'. "
                            "Check it, or type part of the name.")
            self.scan_field.selectAll()
        else:
            self.scan_field.clear()
            self.show_info(f"{len(matches)} products match '{text}': pick one.")
            self.choose_product(text, matches, quantity)

    def choose_product(self, query: str, matches: list[Product], quantity: int) -> None:
        picker = ProductPicker(query, matches, self.shop.locale, self)
        picker.picked.connect(lambda product_id: self._add_product_id(product_id, quantity))
        picker.finished.connect(lambda _r: self.focus_scan())
        self.pending_dialog = picker
        picker.open()

    def _add_product_id(self, product_id: int, quantity: int) -> None:
        with self.db.read() as session:
            item = cart_item(session, session.get(Product, product_id), quantity)
        self.add_item(item)

    def add_item(self, item: CartItem) -> None:
        existing = next((i for i in self.cart.items if i.product_id == item.product_id), None)
        wanted = item.quantity + (existing.quantity if existing else 0)
        overridden = existing is not None and existing.stock_override_by is not None
        if wanted > item.stock and not overridden:
            self.ask_stock_override(item, wanted)
            return
        self._put_in_cart(item)

    def _put_in_cart(self, item: CartItem) -> None:
        try:
            line = self.cart.add(item)
        except CartError as error:
            self.show_error(str(error))
            return
        now = utc_now()
        self._queue_event(queue_view_content, self.cart.checkout_key, EventContent(
            content_id=item.sku, content_name=item.name, quantity=1, price=item.unit_price),
            now, self.shop.currency, self.shop.local_date(now))
        self.refresh()
        row = self.cart.items.index(line)
        self.table.selectRow(row)
        self.show_info(f"{line.name} × {line.quantity}")
        self.focus_scan()

    def _queue_event(self, queue, *args, **kwargs) -> None:
        """A TikTok event about the cart; once per cart (the outbox ignores repeats).
        Tracking never stops the counter: a failure is logged, the sale goes on."""
        try:
            with self.db.write() as session:
                queue(session, *args, **kwargs)
        except Exception:
            log.exception("Could not queue the TikTok %s event", queue.__name__)

    def ask_stock_override(self, item: CartItem, wanted: int) -> None:
        stock = max(item.stock, 0)
        dialog = ManagerApprovalDialog(
            self.db,
            f"Only {stock} of {item.name} in stock, and this sale needs {wanted}. "
            "A manager can allow selling it anyway.", parent=self)

        def approved(manager_id: int) -> None:
            item.stock_override_by = manager_id
            for existing in self.cart.items:
                if existing.product_id == item.product_id:
                    existing.stock_override_by = manager_id
            self._put_in_cart(item)

        dialog.approved.connect(approved)
        dialog.rejected.connect(lambda: self.show_error(
            f"{item.name} not added: only {stock} in stock."))
        self.pending_dialog = dialog
        self.show_error(f"Only {stock} of {item.name} in stock: a manager must approve.")
        dialog.open()

    # ----- cart lines -----------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.cart.items) - 1

    def change_quantity(self, step: int) -> None:
        row = self.selected_row()
        if row < 0:
            self.show_error("The cart is empty.")
            return
        self.set_quantity(row, self.cart.items[row].quantity + step)

    def ask_quantity(self) -> None:
        row = self.selected_row()
        if row < 0:
            self.show_error("The cart is empty.")
            return
        item = self.cart.items[row]
        quantity, ok = QInputDialog.getInt(self, "Quantity", item.name, item.quantity, 1, 9999)
        if ok:
            self.set_quantity(row, quantity)

    def set_quantity(self, row: int, quantity: int) -> None:
        try:
            item = self.cart.items[row]
            if quantity > item.stock and item.stock_override_by is None:
                self.ask_stock_override(
                    CartItem(**{**item.__dict__, "quantity": quantity - item.quantity}), quantity)
                return
            self.cart.set_quantity(row, quantity)
        except (CartError, IndexError) as error:
            self.show_error(str(error) if isinstance(error, CartError) else "Pick a line first.")
            return
        self.refresh()
        self.table.selectRow(row)

    def remove_line(self) -> None:
        row = self.selected_row()
        if row < 0:
            self.show_error("The cart is empty.")
            return
        removed = self.cart.remove(row)
        self.refresh()
        self.show_info(f"Removed {removed.name}.")
        if self.cart.items:
            self.table.selectRow(min(row, len(self.cart.items) - 1))

    def escape(self) -> None:
        """Esc clears what is typed; on an empty field, Esc twice voids the cart."""
        if self.scan_field.text():
            self.scan_field.clear()
            self.message.setText(" ")
            return
        if not self.cart.items:
            return
        if self._void_armed:
            self.void_cart()
            return
        self._void_armed = True
        self.show_error("Press Esc again to void the whole cart.")

    def void_cart(self) -> None:
        self._void_armed = False
        if not self.cart.items:
            return
        self.cart.clear()
        self.customer = Customer()
        self.refresh()
        self.show_info("Cart voided.")
        self.focus_scan()

    def edit_customer(self) -> None:
        dialog = CustomerDialog(self.customer, self)
        dialog.chosen.connect(self._set_customer)
        dialog.finished.connect(lambda _r: self.focus_scan())
        self.pending_dialog = dialog
        dialog.open()

    def _set_customer(self, customer: Customer) -> None:
        self.customer = customer
        self.refresh()

    # ----- paying ---------------------------------------------------------------------------
    def priced(self):
        today = self.shop.local_date(utc_now())
        with self.db.read() as session:
            rules = rules_running(session, today)
        return self.cart.priced(rules, today)

    def start_payment(self, method: str) -> None:
        if self._saving or (self.payment_dialog is not None and self.payment_dialog.isVisible()):
            return
        if not self.cart.items:
            self.show_error("The cart is empty: scan a product first.")
            return
        priced = self.priced()
        contents = [EventContent(content_id=line.item.sku, content_name=line.item.name,
                                 quantity=line.item.quantity, price=line.item.unit_price)
                    for line in priced.lines]
        now = utc_now()
        self._queue_event(queue_initiate_checkout, self.cart.checkout_key, contents,
                          priced.total, now, self.shop.currency, self.shop.local_date(now),
                          user=tiktok_user(self.customer))
        self.payment_dialog = PaymentDialog(priced.total, self.shop.locale, method, self)
        self.payment_dialog.paid.connect(self.complete)
        self.payment_dialog.finished.connect(lambda _r: self.focus_scan())
        self.payment_dialog.open()

    def complete(self, payment) -> None:
        """Saves the sale. Paying the same cart twice gives back the same sale."""
        if self._saving:
            return
        self._saving = True
        try:
            with self.db.write() as session:
                sale = complete_sale(session, self.cart, payment, self.clerk, self.shop,
                                     customer=self.customer)
                order_number, sale_id = sale.order_number, sale.id
        except CheckoutError as error:
            self.show_error(str(error))
            return
        finally:
            self._saving = False
        self.cart.clear()
        self.customer = Customer()
        self.refresh()
        self.show_info(f"Sale {order_number} saved.")
        self.show_receipt(sale_id)
        self.sale_completed.emit(order_number)

    def show_receipt(self, sale_id: int) -> None:
        self.receipt_dialog = ReceiptDialog.for_sale(self.db, self.shop, sale_id, self)
        self.receipt_dialog.finished.connect(lambda _r: self.focus_scan())
        self.receipt_dialog.open()

    # ----- display --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._void_armed = False
        priced = self.priced()
        self.model.show(priced)
        self._fit_columns()
        locale = self.shop.locale
        self.items_value.setText(str(priced.item_count))
        self.subtotal_value.setText(format_money(priced.subtotal, locale))
        self.discount_value.setText(
            f"−{format_money(priced.discount_total, locale)}" if priced.discount_total else "—")
        self._show_total(format_money(priced.total, locale))
        has_items = bool(self.cart.items)
        for button in (self.cash_button, self.card_button, self.void_button, self.minus_button,
                       self.plus_button, self.quantity_button, self.remove_button):
            button.setEnabled(has_items)
        c = self.customer
        if c.is_empty:
            self.customer_label.setText("No customer details.")
        else:
            parts = [p for p in (c.name, c.email, c.phone) if p]
            self.customer_label.setText("Customer: " + " · ".join(parts))
        self.cart_changed.emit()

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

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "error")

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        set_tone(self.message, "info")


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
        if key in (Qt.Key_Plus, Qt.Key_Minus):
            self.screen.change_quantity(+1 if key == Qt.Key_Plus else -1)
            return True
        if key == Qt.Key_Delete:
            self.screen.remove_line()
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
        if key in (Qt.Key_Plus, Qt.Key_Minus):
            self.screen.change_quantity(+1 if key == Qt.Key_Plus else -1)
            return True
        if key == Qt.Key_Delete:
            self.screen.remove_line()
            return True
        if key in (Qt.Key_Up, Qt.Key_Down) and self.screen.cart.items:
            row = self.screen.selected_row() + (1 if key == Qt.Key_Down else -1)
            self.screen.table.selectRow(max(0, min(row, len(self.screen.cart.items) - 1)))
            return True
        return False
