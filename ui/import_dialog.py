"""Manager → Import products: the online store's product export (Shopify's CSV), or any
product CSV with its columns matched to ours by hand.

Choose the file; the preview says what kind of file it is, shows its first rows, and its
problems and warnings grouped by kind, each with a count and its first line numbers; a generic CSV gets a column-mapping step. Import runs off the
GUI thread (run_task) with a progress bar, in one transaction: the good rows all go in, or,
for a broken file, nothing does."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from db.engine import Database
from pos import catalog_import
from pos.catalog_import import FIELDS, ImportFileError
from pos.hub_edits import import_lock
from pos.import_summary import catalog_words, done_words, grouped_words, preview_words
from pos.money import format_money
from pos.shop import ShopSettings
from ui import background
from ui.hub_edits import read_only_while_hub_away
from ui.language import left_to_right
from pos.i18n import figure
from ui.widgets import (button, button_row, enter_clicks_only, fit_to_screen, list_table,
                        message_label, say)
from ui.background import run_task

translate = QCoreApplication.translate  # lupdate reads translate("context", "…")

PREVIEW_ROWS = 50
MAPPING_COLUMNS = 3  # fields a row in the column matching: it fits a 1024-pixel screen
COLUMNS_NAMED = 6  # ignored columns named in the summary; its tooltip names them all
REMAP_DELAY_MS = 150
REQUIRED = ("name", "price")  # and the SKU or the barcode
LINE, _SKU, _BARCODE, NAME, PRICE, COMPARE_AT, STOCK, COLLECTIONS, _ACTIVE = range(9)
PROBLEM = "#b00020"
MISSING_STYLE = "QComboBox { border: 2px solid #b00020; border-radius: 3px; }"



def field_words(field: str) -> str:
    """A product field of the import (a code of pos.catalog_import) in words."""
    words = {"sku": translate("import_dialog", "SKU"),
             "barcode": translate("import_dialog", "Barcode"),
             "name": translate("import_dialog", "Name"),
             "price": translate("import_dialog", "Price"),
             "compare_at": translate("import_dialog", "Compare-at price"),
             "stock": translate("import_dialog", "Stock"),
             "collections": translate("import_dialog", "Collections"),
             "active": translate("import_dialog", "Active")}
    return words.get(field, field)


def format_words(kind: str) -> str:
    words = {"shopify": translate("import_dialog", "Shopify product export"),
             "generic": translate("import_dialog", "Product CSV (match its columns below)")}
    return words.get(kind, kind)


def row_columns() -> list[str]:
    return [translate("import_dialog", "Line"), translate("import_dialog", "SKU"),
            translate("import_dialog", "Barcode"), translate("import_dialog", "Name"),
            translate("import_dialog", "Price"), translate("import_dialog", "Was (compare-at)"),
            translate("import_dialog", "Stock"), translate("import_dialog", "Collections"),
            translate("import_dialog", "Active")]


class _Progress(QObject):
    """Lives on the GUI thread; the import's callback emits it from the worker thread,
    and Qt queues the call to the bar."""

    moved = Signal(int, int)  # rows done, rows in all


class ImportDialog(QDialog):
    previewed = Signal(object)        # ImportPreview
    finished_import = Signal(object)  # ImportResult
    refused = Signal(str)             # a file that cannot be read, in words

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.path: str | None = None
        self.preview = None
        self.result = None
        self.importing = False
        self._request = 0
        self.setWindowTitle(self.tr("Import products"))

        title = QLabel(self.tr("Import products"))
        title.setObjectName("screenTitle")
        hint = QLabel(self.tr("The online store's product export (Shopify: Products → Export "
                              "→ CSV), or any product CSV. Importing again updates products "
                              "by SKU or barcode; it never duplicates them."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.summary = QLabel(" ")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.remap_timer = QTimer(self)
        self.remap_timer.setSingleShot(True)
        self.remap_timer.setInterval(REMAP_DELAY_MS)
        self.remap_timer.timeout.connect(self._remap)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.progress.hide()
        self.message = message_label()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self._file_row())
        layout.addWidget(self.summary)
        layout.addWidget(self._mapping_box())
        layout.addWidget(self._rows_and_problems(), 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        fit_to_screen(self, 1100, 700)
        enter_clicks_only(self)
        read_only_while_hub_away(self, db, shop, self.message, lambda: (self.choose_button,),
                                 lock=import_lock)

    # ----- building -------------------------------------------------------------------------
    def _file_row(self) -> QHBoxLayout:
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setPlaceholderText(self.tr("No file chosen"))
        left_to_right(self.path_field)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.choose_button)
        return row

    def _mapping_box(self) -> QGroupBox:
        self.mapping_box = QGroupBox(self.tr("Match the file's columns"))
        self.mapping: dict[str, QComboBox] = {}
        grid = QGridLayout(self.mapping_box)
        for n, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setMinimumWidth(160)
            combo.currentIndexChanged.connect(lambda _i: self._remap_soon())
            self.mapping[field] = combo
            words = field_words(field) + (" *" if field in REQUIRED else "")
            if field in ("sku", "barcode"):
                words += " °"
            row, column = divmod(n, MAPPING_COLUMNS)
            grid.addWidget(QLabel(words), row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        mapping_hint = QLabel(self.tr("* needed · ° the SKU or the barcode, at least one: the "
                                      "next import finds the product again by it"))
        mapping_hint.setObjectName("hint")
        mapping_hint.setWordWrap(True)
        grid.addWidget(mapping_hint, grid.rowCount(), 0, 1, MAPPING_COLUMNS * 2)
        self.mapping_box.hide()
        return self.mapping_box

    def _rows_and_problems(self) -> QSplitter:
        self.rows_table = list_table(row_columns(), selection=None, stretch=NAME, wrap=False,
                                     whole_rows=False)
        header = self.rows_table.horizontalHeader()
        # The names are what a manager checks; a long list of collections can be cut.
        header.setSectionResizeMode(COLLECTIONS, QHeaderView.Interactive)
        header.resizeSection(COLLECTIONS, 200)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems_title = QLabel(self.tr("Problems"))
        self.problems_title.setStyleSheet("font-weight: bold;")
        rows_box = _titled(self.tr("First rows"), self.rows_table)
        self.rows_title = rows_box.findChild(QLabel)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems)
        split = QSplitter(Qt.Vertical)
        split.addWidget(rows_box)
        split.addWidget(problems_box)
        split.setSizes([320, 160])
        return split

    def _buttons(self) -> QHBoxLayout:
        self.import_button = button(self.tr("Import"), self.start_import, primary=True)
        self.import_button.setEnabled(False)
        self.close_button = button(self.tr("Close"), self.accept)
        return button_row([], [self.close_button, self.import_button])

    # ----- the file -----------------------------------------------------------------------
    def choose_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the product file"), "",
                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        chooser.setFileMode(QFileDialog.ExistingFile)
        chooser.fileSelected.connect(self.set_path)
        self.file_dialog = chooser
        chooser.open()

    def set_path(self, path) -> None:
        """A new file: read its columns and preview it as the importer will read it."""
        self.path = str(path)
        self.path_field.setText(self.path)
        self.result = None
        self.mapping_box.hide()
        self._show_preview_of(None)

    def _show_preview_of(self, mapping: dict[str, str] | None) -> None:
        self._request += 1
        request, path = self._request, self.path
        self.preview = None
        self.import_button.setEnabled(False)
        self.progress.hide()
        self.summary.setText(self.tr("Reading the file…"))
        say(self.message, " ")

        def work():
            return catalog_import.preview(path, mapping)

        run_task(work, background.while_alive(self, lambda p: self._previewed(request, p)),
                 background.while_alive(self, lambda e: self._preview_failed(request, e)))

    def _previewed(self, request: int, preview) -> None:
        if request != self._request:
            return
        self.preview = preview
        generic = preview.format == "generic"
        if generic:
            self._fill_mapping(preview.columns, preview.mapping)
        self.mapping_box.setVisible(generic)
        self._fill_rows(preview.rows)
        self._fill_problems(preview.problems, preview.notes)
        unmatched = catalog_import.missing_fields(preview.mapping)
        for field, combo in self.mapping.items():
            wanted = field in unmatched or (field == "barcode" and "sku" in unmatched)
            combo.setStyleSheet(MISSING_STYLE if wanted else "")
        missing = [self.tr("SKU or barcode") if f == "sku" else field_words(f)
                   for f in unmatched]
        if missing:
            # Without those columns the rows cannot be read: no count of problems yet.
            self.summary.setText(self.tr("{kind} · %n line(s) · read once the columns marked "
                                         "in red are chosen.", "", preview.total_lines)
                                 .format(kind=format_words("generic")))
            self.problems_title.setText(self.tr("Problems: not read yet"))
            say(self.message, self.tr("Choose the file's column for: {fields}.").format(
                fields=", ".join(missing)), "error")
        else:
            self.summary.setText(self._summary(preview))
        good = len(preview.rows) > 0 and not missing
        self.import_button.setEnabled(good and not self.importing)
        self.previewed.emit(preview)

    def _preview_failed(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        self._refuse(error)

    def _refuse(self, error: Exception) -> None:
        words = str(error) if isinstance(error, ImportFileError) else \
            background.error_words(error)
        self.preview = None
        self.summary.setText(self.tr("This file cannot be imported. Nothing was changed."))
        self.rows_table.setRowCount(0)
        self.problems.clear()
        self.mapping_box.hide()
        self.import_button.setEnabled(False)
        say(self.message, words, "error")
        self.refused.emit(words)

    def _summary(self, preview) -> str:
        problems = len(preview.problems)
        found = (self.tr("%n problem(s): those lines are skipped, the others are imported.",
                         "", problems) if problems else self.tr("no problem found."))
        words = self.tr("{kind} · %n line(s) · {found}", "", preview.total_lines).format(
            kind=format_words(preview.format), found=found)
        self.summary.setToolTip(self.tr("Columns ignored: {columns}").format(
            columns=", ".join(preview.ignored_columns)) if preview.ignored_columns else "")
        return " ".join([words, *preview_words(preview, COLUMNS_NAMED)])

    # ----- the mapping step ---------------------------------------------------------------
    def _fill_mapping(self, columns: list[str], mapping: dict[str, str]) -> None:
        for field, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for column in columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(mapping.get(field)), 0))
            combo.blockSignals(False)

    def chosen_mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.mapping.items()
                if combo.currentData()}

    def map_column(self, field: str, column: str | None) -> None:
        """Choose the file's column for a field, as the combo does."""
        combo = self.mapping[field]
        combo.setCurrentIndex(combo.findData(column) if column else 0)

    def _remap_soon(self) -> None:
        self.import_button.setEnabled(False)
        self.remap_timer.start()

    def _remap(self) -> None:
        if self.path:
            self._show_preview_of(self.chosen_mapping())

    # ----- what the preview shows ---------------------------------------------------------
    def _fill_rows(self, rows) -> None:
        shown = rows[:PREVIEW_ROWS]
        money = lambda m: "" if m is None else figure(format_money(m, self.shop.locale))
        self.rows_table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            cells = [str(row.line), row.sku, row.barcode or "", row.name, money(row.price),
                     money(row.compare_at), "" if row.stock is None else figure(str(row.stock)),
                     ", ".join(row.collections), self.tr("Yes") if row.active else self.tr("No")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (LINE, PRICE, COMPARE_AT, STOCK):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c in (NAME, COLLECTIONS):
                    item.setToolTip(text)
                if c == COMPARE_AT and row.on_sale:
                    item.setToolTip(self.tr("Above the price: the import makes it a promotion."))
                self.rows_table.setItem(r, c, item)
        self.rows_title.setText(
            self.tr("First rows ({shown} of {rows} to import)").format(shown=len(shown),
                                                                      rows=len(rows))
            if len(rows) > len(shown) else
            self.tr("Rows to import ({rows})").format(rows=len(rows)))

    def _fill_problems(self, problems, notes=()) -> None:
        """Skipped lines in red and lines imported with a warning, each kind grouped with
        its count and first lines."""
        self.problems.clear()
        for words in grouped_words(notes):
            self.problems.addItem(QListWidgetItem(words))
        for words in grouped_words(problems):
            item = QListWidgetItem(words)
            item.setForeground(QBrush(QColor(PROBLEM)))
            self.problems.addItem(item)
        title = (self.tr("Problems ({count})").format(count=len(problems)) if problems
                 else self.tr("Problems: none"))
        if notes:
            title += " · " + self.tr("warnings ({count})").format(count=len(notes))
        self.problems_title.setText(title)

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    # ----- the import -----------------------------------------------------------------------
    def start_import(self) -> None:
        if self.importing or self.preview is None or not self.path or self.hub_lock:
            return
        self.importing = True
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.mapping_box.setEnabled(False)
        self.progress.setRange(0, max(self.preview.total_lines, 1))
        self.progress.setValue(0)
        self.progress.show()
        say(self.message, self.tr("Importing… the counter stays usable meanwhile."), "info")
        db, path, manager_id = self.db, self.path, self.manager_id
        mapping = self.chosen_mapping() if self.preview.format == "generic" else None
        progress = self._progress.moved.emit  # called on the worker thread

        def work():
            return catalog_import.import_products(db, path, manager_id, mapping=mapping,
                                                  progress=progress)

        run_task(work, background.while_alive(self, self._imported),
                 background.while_alive(self, self._import_failed))

    def _moved(self, done: int, total: int) -> None:
        if total and self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _imported(self, result) -> None:
        self.importing = False
        self.result = result
        self.choose_button.setEnabled(True)
        self.mapping_box.setEnabled(True)
        self.progress.setValue(self.progress.maximum())
        self._fill_problems(result.problems, result.notes)
        self.summary.setText(" ".join([done_words(result),
                                       *catalog_words(result, COLUMNS_NAMED)]))
        say(self.message,
            self.tr("Imported. The products screen shows the catalog as it is now."), "info")
        self.finished_import.emit(result)

    def _import_failed(self, error: Exception) -> None:
        self.importing = False
        self.choose_button.setEnabled(True)
        self.mapping_box.setEnabled(True)
        self.progress.hide()
        self._refuse(error)


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold;")
    layout.addWidget(label)
    layout.addWidget(widget)
    return box
