"""The shop's promotions: a percentage or an amount off one product or a whole collection,
between two dates (the end may stay open). Create, edit, end one; ended ones on demand."""
from __future__ import annotations

from datetime import date

from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QRadioButton, QTableWidgetItem, QVBoxLayout)

from db.engine import Database
from db.types import utc_now
from pos import catalog_admin
from pos.catalog_import import promotion_words
from pos.catalog_views import (ProductChoice, PromotionRow, collection_names, find_product,
                               promotion_rows)
from pos.dates import format_date, qt_date_pattern
from pos.money import Money, MoneyError, format_money, parse_percent
from pos.shop import ShopSettings
from ui import background
from ui.hub_edits import change_master, read_only_while_hub_away
from ui.language import left_to_right
from pos.i18n import figure, isolated
from ui.products_screen import amount_text
from ui.widgets import (button, button_row, enter_clicks_only, fit_to_screen, list_table,
                        message_label, say, select_row)

translate = QCoreApplication.translate  # lupdate reads translate("context", "…")

NAME, DISCOUNT, TARGET, FROM, TO, STATUS = range(6)
ENDED = "#8a8a8a"



def is_ended(row: PromotionRow, today: date) -> bool:
    return not row.active or (row.ends_on is not None and row.ends_on < today)


def status_words(row: PromotionRow, today: date, locale: str) -> str:
    if is_ended(row, today):
        return translate("promotions_dialog", "Ended")
    if row.starts_on > today:
        return translate("promotions_dialog", "Starts {date}").format(
            date=format_date(row.starts_on, locale))
    return translate("promotions_dialog", "Running")


def percent_text(percent, locale: str) -> str:
    """A percentage as a person types it back: '12,5' in fr_MA and ar_MA."""
    return format_decimal(percent.normalize(), format="0.##", locale=locale)


class PromotionsDialog(QDialog):
    loaded = Signal()
    saved = Signal(int)

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, product=None,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.rows: list[PromotionRow] = []
        self.editing: PromotionRow | None = None
        self.product_choice: ProductChoice | None = None
        self._lookup = 0
        self.setWindowTitle(self.tr("Promotions"))
        self.today = shop.local_date(utc_now())

        self.show_ended = QCheckBox(self.tr("Show ended promotions"))
        self.show_ended.toggled.connect(lambda _on: self.reload())
        columns = [self.tr("Name"), self.tr("Discount"), self.tr("Applies to"), self.tr("From"),
                   self.tr("To"), self.tr("Status")]
        self.table = list_table(columns, stretch=TARGET)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.table, 1)
        layout.addWidget(self._editor())
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        fit_to_screen(self, 980, 640)
        enter_clicks_only(self)
        read_only_while_hub_away(self, db, shop, self.message,
                                 lambda: (self.save_button, self.end_button))
        self.start_new(product)
        background.read(self, db, collection_names, self._collections_loaded, self._failed)
        self.reload()

    # ----- building -------------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        title = QLabel(self.tr("Promotions"))
        title.setObjectName("screenTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.show_ended)
        return top

    def _editor(self) -> QGroupBox:
        self.editor = QGroupBox(self.tr("New promotion"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Shown on the receipt, e.g. Summer -20%"))
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Discount"), self._kind_row())
        product_row, collection_row = self._target_rows()
        form.addRow(self.tr("Applies to"), product_row)
        form.addRow("", collection_row)
        form.addRow(self.tr("Dates"), self._dates_row())
        return self.editor

    def _kind_row(self) -> QHBoxLayout:
        self.percent = QRadioButton(self.tr("Percentage off"))
        self.amount = QRadioButton(self.tr("Amount off (MAD)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.percent)
        kinds.addButton(self.amount)
        self.percent.setChecked(True)
        self.value = QLineEdit()
        self.value.setPlaceholderText("20")
        left_to_right(self.value)
        row = QHBoxLayout()
        row.addWidget(self.percent)
        row.addWidget(self.amount)
        row.addWidget(self.value, 1)
        return row

    def _target_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        self.for_product = QRadioButton(self.tr("Product"))
        self.for_collection = QRadioButton(self.tr("Collection"))
        targets = QButtonGroup(self)
        targets.addButton(self.for_product)
        targets.addButton(self.for_collection)
        self.for_collection.setChecked(True)
        self.product_code = QLineEdit()
        self.product_code.setPlaceholderText(self.tr("SKU or barcode"))
        left_to_right(self.product_code)
        self.product_code.textChanged.connect(self._look_up_product)
        self.product_found = QLabel(" ")
        self.product_found.setObjectName("hint")
        self.collection = QComboBox()
        product_row = QHBoxLayout()
        product_row.addWidget(self.for_product)
        product_row.addWidget(self.product_code)
        product_row.addWidget(self.product_found, 1)
        collection_row = QHBoxLayout()
        collection_row.addWidget(self.for_collection)
        collection_row.addWidget(self.collection, 1)
        self.product_code.textEdited.connect(lambda _t: self.for_product.setChecked(True))
        self.collection.activated.connect(lambda _i: self.for_collection.setChecked(True))
        return product_row, collection_row

    def _dates_row(self) -> QHBoxLayout:
        self.starts = QDateEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(qt_date_pattern(self.shop.locale))
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.ends = QDateEdit()
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat(qt_date_pattern(self.shop.locale))
        self.has_end.toggled.connect(self.ends.setEnabled)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.starts)
        row.addSpacing(16)
        row.addWidget(self.has_end)
        row.addWidget(self.ends)
        row.addStretch()
        return row

    def _buttons(self) -> QHBoxLayout:
        self.new_button = button(self.tr("New"), lambda: self.start_new())
        self.end_button = button(self.tr("End promotion"), self.end_selected)
        self.save_button = button(self.tr("Save promotion"), self.submit, primary=True)
        return button_row([self.new_button, self.end_button],
                           [button(self.tr("Close"), self.accept), self.save_button])

    # ----- loading --------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        include_ended, today = self.show_ended.isChecked(), self.today
        background.read(self, self.db, lambda s: promotion_rows(s, include_ended, today),
                        lambda rows: self._loaded(rows, select_id), self._failed)

    def _collections_loaded(self, collections) -> None:
        current = self.collection.currentData()
        self.collection.clear()
        for collection_id, name in collections:
            self.collection.addItem(name, collection_id)
        if current is not None:
            self.collection.setCurrentIndex(max(self.collection.findData(current), 0))
        if self.editing is not None and self.editing.collection_id is not None:
            self.collection.setCurrentIndex(self.collection.findData(self.editing.collection_id))

    def _loaded(self, rows: list[PromotionRow], select_id: int | None) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            target = (self.tr("Product: {product}").format(
                          product=isolated(row.product_names))
                      if row.product_id is not None
                      else self.tr("Collection: {collection}").format(
                          collection=isolated(row.collection_name)))
            cells = [promotion_words(row.name, self.shop.locale), self.discount_words(row), target,
                     format_date(row.starts_on, self.shop.locale),
                     format_date(row.ends_on, self.shop.locale) if row.ends_on
                     else self.tr("no end"),
                     status_words(row, self.today, self.shop.locale)]
            ended = is_ended(row, self.today)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == DISCOUNT:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if ended:
                    item.setForeground(Qt.gray)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        if select_id is not None:
            for r, row in enumerate(rows):
                if row.id == select_id:
                    select_row(self.table, r)
        self._selection_changed()
        self.loaded.emit()

    def discount_words(self, row: PromotionRow) -> str:
        if row.percent_off is not None:
            return figure(format_percent(row.percent_off / 100, locale=self.shop.locale,
                                          decimal_quantization=False))
        return figure(format_money(row.amount_off, self.shop.locale))

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(self.hub_lock is None)
        say(self.message, background.error_words(error), "error")

    # ----- the editor -----------------------------------------------------------------------
    def selected(self) -> PromotionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.end_button.setEnabled(
            row is not None and not is_ended(row, self.today) and self.hub_lock is None)
        if row is not None:
            self.edit(row)

    def start_new(self, product=None) -> None:
        """An empty editor; for a product when the products screen had one selected."""
        self.editing = None
        self.table.clearSelection()
        self.editor.setTitle(self.tr("New promotion"))
        self.name.clear()
        self.value.clear()
        self.percent.setChecked(True)
        self.starts.setDate(_qdate(self.today))
        self.ends.setDate(_qdate(self.today))
        self.has_end.setChecked(False)
        self.ends.setEnabled(False)
        self.product_code.setText(product.sku if product is not None else "")
        (self.for_product if product is not None else self.for_collection).setChecked(True)
        self.name.setFocus()

    def edit(self, row: PromotionRow) -> None:
        self.editing = row
        self.editor.setTitle(self.tr("Edit: {name}").format(name=row.name))
        self.name.setText(row.name)
        if row.percent_off is not None:
            self.percent.setChecked(True)
            self.value.setText(percent_text(row.percent_off, self.shop.locale))
        else:
            self.amount.setChecked(True)
            self.value.setText(amount_text(row.amount_off, self.shop.locale))
        if row.product_id is not None:
            self.for_product.setChecked(True)
            self.product_code.setText(row.product_sku)
        else:
            self.for_collection.setChecked(True)
            self.collection.setCurrentIndex(self.collection.findData(row.collection_id))
        self.starts.setDate(_qdate(row.starts_on))
        self.has_end.setChecked(row.ends_on is not None)
        self.ends.setEnabled(row.ends_on is not None)
        self.ends.setDate(_qdate(row.ends_on or row.starts_on))

    def _look_up_product(self, text: str) -> None:
        self._lookup += 1
        lookup = self._lookup
        self.product_choice = None
        self.product_found.setText("…" if text.strip() else " ")

        def found(choice: ProductChoice | None) -> None:
            if lookup != self._lookup:
                return
            self.product_choice = choice
            self.product_found.setText(isolated(choice.words) if choice else
                                       (self.tr("No product with this SKU or barcode.")
                                        if text.strip() else " "))

        background.read(self, self.db, lambda s: find_product(s, text), found, self._failed)

    def submit(self) -> None:
        try:
            percent = parse_percent(self.value.text()) if self.percent.isChecked() else None
            amount = (Money.parse(self.value.text(), self.shop.locale)
                      if self.amount.isChecked() else None)
        except MoneyError as error:
            say(self.message, background.error_words(error), "error")
            self.value.setFocus()
            return
        product_id = collection_id = None
        if self.for_product.isChecked():
            if self.product_choice is None:
                say(self.message,
                    self.tr("Type the SKU or barcode of a product in the catalog."), "error")
                self.product_code.setFocus()
                return
            product_id = self.product_choice.id
        else:
            collection_id = self.collection.currentData()
        promotion_id = self.editing.id if self.editing else None
        name = self.name.text().strip()
        starts = self.starts.date().toPython()
        ends = self.ends.date().toPython() if self.has_end.isChecked() else None
        self.save_button.setEnabled(False)

        def apply(session, manager):
            return catalog_admin.save_promotion(
                session, manager, promotion_id, name, percent, amount, product_id,
                collection_id, starts, ends).id

        def done(saved_id: int) -> None:
            self.save_button.setEnabled(self.hub_lock is None)
            say(self.message, self.tr("Promotion '{name}' saved.").format(name=name), "info")
            self.saved.emit(saved_id)
            self.reload(saved_id)

        change_master(self, self.db, self.shop, self.manager_id, apply, done, self._failed)

    def end_selected(self) -> None:
        row = self.selected()
        if row is None:
            say(self.message, self.tr("Select the promotion to end."), "error")
            return
        today = self.today

        def apply(session, manager):
            catalog_admin.end_promotion(session, manager, row.id, today)
            return row.id

        def done(promotion_id: int) -> None:
            say(self.message, self.tr("Promotion '{name}' no longer applies from today.")
                .format(name=row.name), "info")
            self.saved.emit(promotion_id)
            self.start_new()
            self.reload()

        change_master(self, self.db, self.shop, self.manager_id, apply, done, self._failed)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
