"""A product's stock from the products screen: goods received, an adjustment with its
reason, and the history that explains the number line by line."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSpinBox, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from db.engine import Database
from pos import catalog_admin
from pos.dates import format_date_time
from pos.shop import ShopSettings
from ui import background
from ui.language import left_to_right
from pos.i18n import figure
from ui.widgets import enter_clicks_only, fit_to_screen, list_table, message_label, say

translate = QCoreApplication.translate  # lupdate reads translate("context", "…")

MAX_QUANTITY = 1_000_000
TIME, CHANGE, REASON, REFERENCE, BY, NOTE, BALANCE = range(7)
DOWN, UP = "#b00020", "#1b5e20"



def reason_words(code: str) -> str:
    """A stock movement's reason (a stored code) in the language of the moment."""
    words = {
        "damaged": translate("stock_dialogs", "Damaged"),
        "counted": translate("stock_dialogs", "Stock count"),
        "lost": translate("stock_dialogs", "Lost"),
        "other": translate("stock_dialogs", "Other"),
        "receive": translate("stock_dialogs", "Goods received"),
        "sale": translate("stock_dialogs", "Sale"),
        "return": translate("stock_dialogs", "Return"),
        "write_off": translate("stock_dialogs", "Written off (returned defective)"),
        "exchange": translate("stock_dialogs", "Exchange"),
        "import": translate("stock_dialogs", "Import"),
        "opening": translate("stock_dialogs", "Opening stock"),
    }
    return words.get(code, code.replace("_", " ").capitalize())


def history_columns() -> list[str]:
    return [translate("stock_dialogs", "Time"), translate("stock_dialogs", "Change"),
            translate("stock_dialogs", "Reason"), translate("stock_dialogs", "Reference"),
            translate("stock_dialogs", "By"), translate("stock_dialogs", "Note"),
            translate("stock_dialogs", "Balance")]


def signed(delta: int) -> str:
    return figure(f"+{delta}" if delta > 0 else f"−{-delta}" if delta < 0 else "0")


def _stock_dialog_layout(dialog: QDialog, product, form: QFormLayout, message: QLabel,
                         save: QPushButton) -> None:
    title = QLabel(product.name)
    title.setObjectName("screenTitle")
    title.setWordWrap(True)
    where = QLabel(translate("stock_dialogs", "SKU {sku}  ·  {stock} in stock now").format(
        sku=product.sku, stock=product.stock))
    where.setObjectName("hint")
    save.setObjectName("primary")
    save.setDefault(True)
    cancel = QPushButton(translate("stock_dialogs", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    buttons = QHBoxLayout()
    buttons.addStretch()
    buttons.addWidget(cancel)
    buttons.addWidget(save)
    layout = QVBoxLayout(dialog)
    layout.addWidget(title)
    layout.addWidget(where)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addLayout(buttons)
    fit_to_screen(dialog, 480, 0)
    enter_clicks_only(dialog, save)


class _StockChange(QDialog):
    """A change to one product's stock, saved once as the staff member who makes it."""

    saved = Signal(int, str)  # product id, what was done in words

    def __init__(self, db: Database, staff_id: int, product, title: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.staff_id = staff_id
        self.product = product
        self._saving = False
        self.setWindowTitle(title)

    def _save(self, apply, words: str) -> None:
        """apply(session, staff) off the GUI thread; the dialog closes once it is saved."""
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        background.change(self, self.db, self.staff_id, apply,
                          lambda pid: (self.saved.emit(pid, words), self.accept()),
                          self._failed)

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        say(self.message, background.error_words(error), "error")


class ReceiveGoodsDialog(_StockChange):
    """Goods delivered: how many came in, and a note (the supplier, the delivery note)."""

    def __init__(self, db: Database, staff_id: int, product, parent=None):
        super().__init__(db, staff_id, product, self.tr("Receive goods"), parent)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setValue(1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Supplier, delivery note number…"))
        self.after = QLabel()
        self.quantity.valueChanged.connect(self._preview)
        self.message = message_label()
        self.save_button = QPushButton(self.tr("Receive"))
        self.save_button.clicked.connect(self.submit)
        left_to_right(self.quantity, self.after)
        form = QFormLayout()
        form.addRow(self.tr("Quantity received"), self.quantity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Stock after"), self.after)
        _stock_dialog_layout(self, product, form, self.message, self.save_button)
        self._preview()
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _preview(self) -> None:
        self.after.setText(f"{self.product.stock} + {self.quantity.value()} = "
                           f"{self.product.stock + self.quantity.value()}")

    def submit(self) -> None:
        product_id, quantity, note = self.product.id, self.quantity.value(), self.note.text()

        def apply(session, staff):
            catalog_admin.receive_stock(session, staff, product_id, quantity, note.strip())
            return product_id

        self._save(apply, self.tr("Received {quantity} × {name}.").format(
            quantity=quantity, name=self.product.name))


class AdjustStockDialog(_StockChange):
    """Stock corrected with a reason: what was counted on the shelf, or a change by so many
    (damaged, lost…). The count is the usual case, so it is what the dialog starts with."""

    def __init__(self, db: Database, staff_id: int, product, parent=None):
        super().__init__(db, staff_id, product, self.tr("Adjust stock"), parent)
        self.reason = QComboBox()
        for code in catalog_admin.ADJUST_REASONS:
            self.reason.addItem(reason_words(code), code)
        self.by_count = QRadioButton(self.tr("Counted on the shelf"))
        self.by_change = QRadioButton(self.tr("Change by"))
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_change)
        self.counted = QSpinBox()
        self.counted.setRange(0, MAX_QUANTITY)
        self.counted.setValue(max(product.stock, 0))
        self.delta = QSpinBox()
        self.delta.setRange(-MAX_QUANTITY, MAX_QUANTITY)
        self.delta.setValue(-1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What happened (required for Other)"))
        self.after = QLabel()
        self.message = message_label()
        self.save_button = QPushButton(self.tr("Adjust"))
        left_to_right(self.counted, self.delta)
        self.save_button.clicked.connect(self.submit)

        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.counted, 1)
        change_row = QHBoxLayout()
        change_row.addWidget(self.by_change)
        change_row.addWidget(self.delta, 1)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", _wrap(count_row))
        form.addRow("", _wrap(change_row))
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Stock after"), self.after)
        _stock_dialog_layout(self, product, form, self.message, self.save_button)

        self.reason.currentIndexChanged.connect(self._reason_changed)
        for signal in (self.by_count.toggled, self.counted.valueChanged,
                       self.delta.valueChanged):
            signal.connect(self._preview)
        self.counted.valueChanged.connect(lambda _v: self.by_count.setChecked(True))
        self.delta.valueChanged.connect(lambda _v: self.by_change.setChecked(True))
        self.set_reason("counted")

    def set_reason(self, code: str) -> None:
        self.reason.setCurrentIndex(self.reason.findData(code))
        self._reason_changed()

    def _reason_changed(self) -> None:
        # A count gives the number on the shelf; damage and loss are usually a few pieces.
        if self.reason.currentData() == "counted":
            self.by_count.setChecked(True)
            self.counted.setFocus()
            self.counted.selectAll()
        else:
            self.by_change.setChecked(True)
            self.delta.setFocus()
            self.delta.selectAll()
        self._preview()

    def new_stock(self) -> int:
        if self.by_count.isChecked():
            return self.counted.value()
        return self.product.stock + self.delta.value()

    def _preview(self) -> None:
        change = self.new_stock() - self.product.stock
        self.after.setText(figure(f"{self.new_stock()}  ({signed(change)})") if change else
                           self.tr("{stock}  (no change)").format(stock=self.new_stock()))

    def submit(self) -> None:
        if self._saving:
            return
        product_id, reason, note = self.product.id, self.reason.currentData(), self.note.text()
        counted = self.counted.value() if self.by_count.isChecked() else None
        delta = None if counted is not None else self.delta.value()

        def apply(session, staff):
            catalog_admin.adjust_stock(session, staff, product_id, reason, delta=delta,
                                       counted=counted, note=note.strip())
            return product_id

        change = self.new_stock() - self.product.stock
        words = self.tr("{name}: stock {old} → {new} ({change}, {reason}).").format(
            name=self.product.name, old=self.product.stock, new=self.new_stock(),
            change=signed(change), reason=reason_words(reason).lower())
        self._save(apply, words)


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


def load_history(session, product_id: int) -> list:
    """StockLines are plain values already: they cross back to the GUI thread as they are."""
    return list(catalog_admin.stock_history(session, product_id))


class StockHistoryDialog(QDialog):
    """Every movement of a product's stock, oldest first, with the balance after each:
    the last balance is the stock the screen shows."""

    loaded = Signal()

    def __init__(self, db: Database, shop: ShopSettings, product, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.product = product
        self.lines: list = []
        self.setWindowTitle(self.tr("Stock history · {name}").format(name=product.name))
        title = QLabel(self.windowTitle())
        title.setObjectName("screenTitle")
        title.setWordWrap(True)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.table = list_table(history_columns(), selection=None, stretch=NOTE, wrap=False)
        self.message = message_label()
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 520)
        background.read(self, db, lambda s: load_history(s, product.id), self._loaded,
                        lambda e: say(self.message, background.error_words(e), "error"))

    def _loaded(self, lines: list) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            when = format_date_time(self.shop.local_time(line.time), self.shop.locale)
            cells = [when, signed(line.delta), reason_words(line.reason), line.reference or "",
                     line.staff or "", line.note or "", str(line.balance)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (CHANGE, BALANCE):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == CHANGE:
                    item.setForeground(QBrush(QColor(DOWN if line.delta < 0 else UP)))
                if c == NOTE and text:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        if lines:
            self.table.scrollToBottom()
            balance = lines[-1].balance
            words = self.tr("%n movement(s), oldest first. Stock now: {balance}.", "",
                            len(lines)).format(balance=balance)
            if balance != self.product.stock:
                words += " " + self.tr("The products list showed {stock}: it changed since, "
                                       "or was set before movements were kept.").format(
                                           stock=self.product.stock)
            self.summary.setText(words)
        else:
            self.summary.setText(self.tr("No movement recorded yet. Stock now: {stock}.")
                                 .format(stock=self.product.stock))
        self.loaded.emit()

    def row_texts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
