"""Manager → Products: the shop's catalog as a manager keeps it right.

Search (as you type), filter by collection, sort by any column; add, edit, deactivate and
reactivate products; receive goods, adjust stock, see a product's stock line by line; manage
collections and promotions; import the online store's export; print barcode labels.
The screen shows plain values; every read and write runs off the GUI thread (ui.background)
and every rule is pos.catalog_admin's."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from babel.numbers import format_decimal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from db.engine import Database
from pos import catalog_admin
from pos.catalog_views import ProductQuery, ProductRow, collection_names, product_page
from pos.hub_edits import add_product
from pos.money import Money, format_money
from pos.shop import ShopSettings
from ui import background
from ui.hub_edits import change_master, read_only_while_hub_away
from pos.i18n import figure
from ui.language import left_to_right
from ui.widgets import (button, button_row, enter_clicks_only, fit_to_screen, list_table,
                        message_label, say)

SEARCH_DELAY_MS = 150
NAME, SKU, BARCODE, PRICE, STOCK, ACTIVE, COLLECTIONS = range(7)
# Columns the database sorts (so the first 200 are the right 200); the others sort what is shown.
SERVER_ORDER = {NAME: "name", SKU: "sku", PRICE: "price", STOCK: "stock"}
INACTIVE = "#8a8a8a"
NEGATIVE = "#b00020"


class ProductsScreen(QDialog):
    loaded = Signal()           # the table shows the latest search
    product_saved = Signal(int)  # a product was added, edited, (de)activated or its stock moved

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.rows: list[ProductRow] = []
        self.collections: list[tuple[int, str]] = []
        self.total = 0
        self.sort_column = NAME
        self.descending = False
        self._request = 0
        self._select_after_load: int | None = None
        self.setWindowTitle(self.tr("Products"))

        title = QLabel(self.tr("Products"))
        title.setObjectName("screenTitle")
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("hint")
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self._filters())
        layout.addWidget(self._table(), 1)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addLayout(self._product_buttons())
        layout.addLayout(self._catalog_buttons())

        QShortcut(QKeySequence.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence(Qt.Key_Insert), self, activated=self.add_product)
        # From the search, Down goes to the list with its first product chosen; Enter there
        # edits the chosen product: the keyboard alone finds and edits a product.
        QShortcut(QKeySequence(Qt.Key_Down), self.search, activated=self._to_table,
                  context=Qt.WidgetShortcut)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.edit_product,
                      context=Qt.WidgetShortcut)
        fit_to_screen(self, 1180, 680)
        enter_clicks_only(self)
        self._selection_changed()
        # Attached to a hub that cannot be reached: the catalog can be looked at, and stock
        # received or counted (this till's facts), not changed.
        read_only_while_hub_away(self, db, shop, self.message, lambda: (
            self.add_button, self.active_button, self.import_button))
        self.reload_collections()
        self.reload()
        self.search.setFocus()

    # ----- building -------------------------------------------------------------------------
    def _filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, SKU or barcode  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.collection = QComboBox()
        self.collection.addItem(self.tr("All collections"), None)
        self.collection.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(self.tr("Collection")))
        filters.addWidget(self.collection)
        filters.addWidget(self.show_inactive)
        return filters

    def _table(self) -> QTableWidget:
        columns = [self.tr("Name"), self.tr("SKU"), self.tr("Barcode"), self.tr("Price"),
                   self.tr("Stock"), self.tr("Active"), self.tr("Collections")]
        self.table = list_table(columns, QAbstractItemView.ExtendedSelection, stretch=NAME,
                                wrap=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLLECTIONS, QHeaderView.Interactive)
        header.resizeSection(COLLECTIONS, 260)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(NAME, Qt.AscendingOrder)
        header.sectionClicked.connect(self.sort_by)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_product())
        return self.table

    def _product_buttons(self) -> QHBoxLayout:
        (self.add_button, self.edit_button, self.active_button, self.receive_button,
         self.adjust_button, self.history_button, self.labels_button) = buttons = [
            button(words, then) for words, then in (
                (self.tr("Add…"), self.add_product), (self.tr("Edit…"), self.edit_product),
                (self.tr("Deactivate"), self.toggle_active),
                (self.tr("Receive goods…"), self.receive_goods),
                (self.tr("Adjust stock…"), self.adjust_stock),
                (self.tr("Stock history"), self.stock_history),
                (self.tr("Print barcode labels…"), self.print_labels))]
        self.product_buttons = buttons[1:]
        return button_row(buttons, [])

    def _catalog_buttons(self) -> QHBoxLayout:
        self.collections_button = button(self.tr("Collections…"), self.manage_collections)
        self.promotions_button = button(self.tr("Promotions…"), self.manage_promotions)
        self.import_button = button(self.tr("Import products…"), self.import_products)
        return button_row([self.collections_button, self.promotions_button, self.import_button],
                          [button(self.tr("Close"), self.accept)])

    # ----- loading --------------------------------------------------------------------------
    def query(self) -> ProductQuery:
        return ProductQuery(self.search.text().strip(), self.collection.currentData(),
                            self.show_inactive.isChecked(),
                            SERVER_ORDER.get(self.sort_column, "name"), self.descending)

    def reload(self) -> None:
        """The table for what is asked now; an answer to an older question is dropped."""
        self.search_timer.stop()
        self._request += 1
        request = self._request
        wanted = self.query()
        self.status.setText(self.tr("Searching…"))
        background.read(self, self.db, lambda session: product_page(session, wanted),
                        lambda result: self._loaded(request, result),
                        lambda error: self._load_failed(request, error))

    def _search_now(self) -> None:
        if self.search_timer.isActive():
            self.reload()

    def _loaded(self, request: int, result) -> None:
        if request != self._request:
            return
        rows, self.total = result.rows, result.total
        if self.sort_column not in SERVER_ORDER:
            rows = sorted(rows, key=_client_key(self.sort_column), reverse=self.descending)
        self.rows = rows
        if self._select_after_load is not None:
            keep = [self._select_after_load]  # the product just saved stays in sight
            self._select_after_load = None
        else:
            keep = self.selected_ids()
        self._fill()
        self._reselect(keep)
        self.status.setText(self._status_text())
        self.loaded.emit()

    def _load_failed(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        self.status.setText(self.tr("The products could not be read."))
        say(self.message, background.error_words(error), "error")

    def _status_text(self) -> str:
        shown = len(self.rows)
        text = self.search.text().strip()
        if not shown:
            return (self.tr("No product matches '{text}'.").format(text=text) if text
                    else self.tr("No product here yet."))
        if shown < self.total:
            return self.tr("Showing the first {shown} of {total}: type part of a name or SKU "
                           "to find the others.").format(shown=shown, total=self.total)
        return self.tr("%n product(s).", "", shown)

    def _fill(self) -> None:
        money = lambda m: format_money(m, self.shop.locale)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [row.name, row.sku, row.barcode or "—", figure(money(row.price)),
                     figure(row.stock_words) if row.stock_counted else row.stock_words,
                     self.tr("Yes") if row.active else self.tr("No"), ", ".join(row.collections)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == NAME:
                    item.setData(Qt.UserRole, row.id)
                if c in (PRICE, STOCK):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == COLLECTIONS and text:
                    item.setToolTip(text)
                if not row.active:
                    item.setForeground(QBrush(QColor(INACTIVE)))
                elif c == STOCK and row.stock < 0:
                    item.setForeground(QBrush(QColor(NEGATIVE)))
                self.table.setItem(r, c, item)

    def _reselect(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for r, row in enumerate(self.rows):
            if row.id in ids:
                index = self.table.model().index(r, 0)
                selection.select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)
                self.table.scrollTo(index)
        self._selection_changed()

    def reload_collections(self) -> None:
        background.read(self, self.db, collection_names, self._collections_loaded,
                        lambda error: say(self.message, background.error_words(error), "error"))

    def _collections_loaded(self, collections: list[tuple[int, str]]) -> None:
        self.collections = collections
        current = self.collection.currentData()
        self.collection.blockSignals(True)
        self.collection.clear()
        self.collection.addItem(self.tr("All collections"), None)
        for collection_id, name in collections:
            self.collection.addItem(name, collection_id)
        index = self.collection.findData(current)
        self.collection.setCurrentIndex(max(index, 0))
        self.collection.blockSignals(False)
        if current is not None and index < 0:
            self.reload()  # the collection shown is gone

    def sort_by(self, column: int) -> None:
        if column == self.sort_column:
            self.descending = not self.descending
        else:
            self.sort_column, self.descending = column, False
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.DescendingOrder if self.descending else Qt.AscendingOrder)
        self.reload()

    # ----- selection ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def selected_rows(self) -> list[ProductRow]:
        wanted = set(self.selected_ids())
        return [row for row in self.rows if row.id in wanted]

    def current_row(self) -> ProductRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        for pushed in (self.edit_button, self.active_button, self.receive_button,
                       self.adjust_button, self.history_button):
            pushed.setEnabled(one)
        self.active_button.setEnabled(one and getattr(self, "hub_lock", None) is None)
        self.labels_button.setEnabled(bool(rows))
        self.active_button.setText(self.tr("Reactivate") if one and not rows[0].active
                                   else self.tr("Deactivate"))

    def _to_table(self) -> None:
        self.table.setFocus()
        if self.rows and not self.selected_ids():
            self.table.setCurrentCell(0, NAME)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _need_one(self) -> ProductRow | None:
        row = self.current_row()
        if row is None:
            say(self.message, self.tr("Select one product first."), "error")
        return row

    # ----- products -------------------------------------------------------------------------
    def add_product(self) -> None:
        self._open_product_dialog(None)

    def edit_product(self) -> None:
        row = self._need_one()
        if row is not None:
            self._open_product_dialog(row)

    def _open_product_dialog(self, row: ProductRow | None) -> None:
        dialog = ProductDialog(self.db, self.shop, self.manager_id, row, self)
        dialog.saved.connect(lambda product_id, words: self._after_change(product_id, words))
        self.product_dialog = dialog
        dialog.open()

    def toggle_active(self) -> None:
        row = self._need_one()
        if row is None:
            return
        active = not row.active
        self.active_button.setEnabled(False)

        def apply(session, manager):
            catalog_admin.set_active(session, manager, row.id, active)
            return row.id

        words = (self.tr("{name} is active again: it scans at the counter.") if active else
                 self.tr("{name} is deactivated: it no longer scans at the counter.")
                 ).format(name=row.name)
        change_master(self, self.db, self.shop, self.manager_id, apply,
                      lambda product_id: self._after_change(product_id, words),
                      self._change_failed)

    def _after_change(self, product_id: int, words: str) -> None:
        say(self.message, words, "info")
        self._select_after_load = product_id
        self.product_saved.emit(product_id)
        self.reload()

    def _change_failed(self, error: Exception) -> None:
        self._selection_changed()
        say(self.message, background.error_words(error), "error")

    # ----- stock ----------------------------------------------------------------------------
    def receive_goods(self) -> None:
        from ui.stock_dialogs import ReceiveGoodsDialog
        row = self._need_one()
        if row is not None:
            self._open_stock_dialog(ReceiveGoodsDialog(self.db, self.manager_id, row, self),
                                    "receive_dialog")

    def adjust_stock(self) -> None:
        from ui.stock_dialogs import AdjustStockDialog
        row = self._need_one()
        if row is not None:
            self._open_stock_dialog(AdjustStockDialog(self.db, self.manager_id, row, self),
                                    "adjust_dialog")

    def _open_stock_dialog(self, dialog, name: str) -> None:
        dialog.saved.connect(lambda product_id, words: self._after_change(product_id, words))
        setattr(self, name, dialog)
        dialog.open()

    def stock_history(self) -> None:
        from ui.stock_dialogs import StockHistoryDialog
        row = self._need_one()
        if row is not None:
            self.history_dialog = StockHistoryDialog(self.db, self.shop, row, self)
            self.history_dialog.open()

    # ----- the rest of the catalog --------------------------------------------------------
    def manage_collections(self) -> None:
        from ui.collections_dialog import CollectionsDialog
        dialog = CollectionsDialog(self.db, self.shop, self.manager_id, self)
        dialog.changed.connect(self.reload_collections)
        dialog.changed.connect(self.reload)
        self.collections_dialog = dialog
        dialog.open()

    def manage_promotions(self) -> None:
        from ui.promotions_dialog import PromotionsDialog
        row = self.current_row()
        self.promotions_dialog = PromotionsDialog(self.db, self.shop, self.manager_id,
                                                  product=row, parent=self)
        self.promotions_dialog.open()

    def import_products(self) -> None:
        from ui.import_dialog import ImportDialog
        dialog = ImportDialog(self.db, self.shop, self.manager_id, self)
        dialog.finished_import.connect(lambda _result: (self.reload_collections(),
                                                        self.reload()))
        self.import_dialog = dialog
        dialog.open()

    def print_labels(self) -> None:
        from ui.labels import LabelsDialog
        ids = self.selected_ids()
        if not ids:
            say(self.message, self.tr("Select the products to label first."), "error")
            return
        dialog = LabelsDialog(self.db, self.shop, self.manager_id, ids, self)
        dialog.barcodes_assigned.connect(lambda _codes: self.reload())
        self.labels_dialog = dialog
        dialog.open()


def _client_key(column: int):
    if column == BARCODE:
        return lambda row: (row.barcode is None, row.barcode or "")
    if column == ACTIVE:
        return lambda row: (not row.active, row.name.casefold())
    return lambda row: (not row.collections, ", ".join(row.collections).casefold())


class ProductDialog(QDialog):
    """Add a product, or edit one: SKU, name, barcode, price, active, its collections.
    The stock of an existing product moves only by receiving goods or an adjustment, so
    every change to it is explained."""

    saved = Signal(int, str)  # product id, what was done in words

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int,
                 product: ProductRow | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.product = product
        self._saving = False
        self.setWindowTitle(self.tr("Edit {name}").format(name=product.name) if product
                            else self.tr("Add a product"))

        self.sku = QLineEdit(product.sku if product else "")
        self.name = QLineEdit(product.name if product else "")
        self.barcode = QLineEdit(product.barcode or "" if product else "")
        self.barcode.setPlaceholderText(
            self.tr("Scan it, or leave empty: labels can give one later"))
        self.price = QLineEdit(amount_text(product.price, shop.locale) if product else "")
        self.price.setPlaceholderText(amount_text(Money.of(150), shop.locale))
        self.stock = QSpinBox()
        self.stock.setRange(0, 1_000_000)
        self.active = QCheckBox(self.tr("Active: sold at the counter"))
        self.active.setChecked(product.active if product else True)
        self.collections = QListWidget()
        self.collections.setMinimumHeight(140)
        self.message = message_label()
        left_to_right(self.sku, self.barcode, self.price, self.stock)

        form = QFormLayout()
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Barcode"), self.barcode)
        form.addRow(self.tr("Price (MAD)"), self.price)
        if product is None:
            form.addRow(self.tr("Opening stock"), self.stock)
        else:
            stock = QLabel(self.tr("{stock}  ·  change it with Receive goods or Adjust stock")
                           .format(stock=product.stock_words))
            stock.setObjectName("hint")
            stock.setWordWrap(True)
            form.addRow(self.tr("Stock"), stock)
        form.addRow("", self.active)
        form.addRow(self.tr("Collections"), self.collections)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, 520, 0)
        enter_clicks_only(self, self.save_button)
        (self.name if product else self.sku).setFocus()
        read_only_while_hub_away(self, db, shop, self.message, lambda: (self.save_button,))
        background.read(self, db, collection_names, self._collections_loaded,
                        lambda error: say(self.message, background.error_words(error), "error"))

    def _collections_loaded(self, collections: list[tuple[int, str]]) -> None:
        ticked = set(self.product.collection_ids) if self.product else set()
        self.collections.clear()
        for collection_id, name in collections:
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, collection_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if collection_id in ticked else Qt.Unchecked)
            self.collections.addItem(item)

    def set_collection(self, name: str, ticked: bool = True) -> None:
        for i in range(self.collections.count()):
            item = self.collections.item(i)
            if item.text() == name:
                item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
                return
        raise KeyError(name)

    def ticked_collections(self) -> tuple[int, ...]:
        return tuple(self.collections.item(i).data(Qt.UserRole)
                     for i in range(self.collections.count())
                     if self.collections.item(i).checkState() == Qt.Checked)

    def draft(self) -> catalog_admin.ProductDraft:
        """What the form says, or MoneyError for a price that is not an amount."""
        price = Money.parse(self.price.text(), self.shop.locale)
        return catalog_admin.ProductDraft(
            sku=self.sku.text().strip(), name=self.name.text().strip(),
            price=price, barcode=self.barcode.text().strip() or None,
            stock=self.product.stock if self.product else self.stock.value(),
            active=self.active.isChecked(), collection_ids=self.ticked_collections())

    def submit(self) -> None:
        if self._saving:
            return
        try:
            draft = self.draft()
        except background.REFUSALS as error:
            say(self.message, self.tr("Price: {error}").format(
                error=background.error_words(error)), "error")
            self.price.setFocus()
            self.price.selectAll()
            return
        product = self.product
        self._saving = True
        self.save_button.setEnabled(False)
        say(self.message, self.tr("Saving…"), "info")

        if product is None:  # on the hub once attached; its opening stock stays this till's
            db, shop, manager_id = self.db, self.shop, self.manager_id
            background.run_task(lambda: add_product(db, manager_id, draft, shop),
                                background.while_alive(self, self._saved),
                                background.while_alive(self, self._failed))
            return

        def apply(session, manager):
            return catalog_admin.update_product(session, manager, product.id, draft).id

        change_master(self, self.db, self.shop, self.manager_id, apply, self._saved,
                      self._failed)

    def _saved(self, product_id: int) -> None:
        draft = self.draft()
        if self.product is None:
            words = self.tr("{name} added.").format(name=draft.name)
        elif self.product.price != draft.price:
            money = lambda m: format_money(m, self.shop.locale)
            words = self.tr("{name} saved: price {old} → {new} (the change is in the audit "
                            "log).").format(name=draft.name,
                                            old=figure(money(self.product.price)),
                                            new=figure(money(draft.price)))
        else:
            words = self.tr("{name} saved.").format(name=draft.name)
        self.saved.emit(product_id, words)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        say(self.message, background.error_words(error), "error")






def amount_text(money: Money, locale: str) -> str:
    """An amount as a person would type it back, by babel for the locale of the moment:
    '150,00' in fr_MA and ar_MA, '150.00' in en; no grouping, so Money.parse reads it back."""
    return format_decimal(money.amount, format="0.00", locale=locale)
