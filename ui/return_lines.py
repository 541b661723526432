"""The sale's lines on the return screen, and how many of each come back, set with keys;
and how the return's figures read inside Arabic sentences."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QSpinBox,
                               QTableWidget, QTableWidgetItem)

from pos.i18n import right_to_left
from pos.money import format_money
from pos.return_desk import LineToReturn
from pos.shop import ShopSettings
from ui.language import is_language_change
from ui.widgets import RIGHT, select_row

COLUMN_COUNT = 5
# A run of figures and Latin words inside a sentence: an amount (105,00 MAD), an order
# number, a date and time, a product's Latin name, a key (Alt+B).
# In Arabic an amount ends with the dirham's sign (د.م., CLDR's), which belongs to the run.
_DIRHAM = "(?:\u00a0د\\.م\\.\u200f?)?"
_LATIN_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z .,:/%+\-'’×\u00a0\u202f\u200f]*[0-9A-Za-z%]"
                        + _DIRHAM + r"|[0-9A-Za-z]" + _DIRHAM)
_ISOLATE, _END = "\u2068", "\u2069"  # first-strong isolate, pop directional isolate
_RIGHT_TO_LEFT = "\u200f"  # a right-to-left mark: the paragraph is Arabic even if a figure opens it


def as_read(text: str) -> str:
    """In the Arabic window, each run of figures and Latin words set apart (a Unicode isolate),
    so the sentence reads right to left around it and the run itself stays whole: '105,00
    MAD' and not 'MAD 105,00', a date beside a Latin name not mixed with it. Other languages:
    the text as it is."""
    if not right_to_left() or not text:
        return text
    opening = _RIGHT_TO_LEFT if _LATIN_RUN.match(text) else ""  # only where Qt would guess wrong
    return opening + _LATIN_RUN.sub(lambda run: f"{_ISOLATE}{run.group(0)}{_END}", text)



COMING_BACK, PAID = 3, 4
SET_TO_NONE = (Qt.Key_Delete, Qt.Key_Backspace)


class LinesTable(QTableWidget):
    """One row per sale line. On the selected row (↑ ↓), a digit is how many come back,
    + and - one more or one less, Del none. Tab leaves the table (no tab from cell to cell),
    and a letter starts a new scan: a receipt scanned while the focus is here goes to the
    order number, not into the counts."""

    counts_changed = Signal()
    scan_started = Signal(str)  # the first character scanned

    def __init__(self, shop: ShopSettings, parent=None):
        super().__init__(0, COLUMN_COUNT, parent)
        self.shop = shop  # its figures' locale is read when the lines are shown
        self.lines: tuple[LineToReturn, ...] = ()
        self.retranslate()
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)
        # Every column on the screen at 1024 px: the product's name gives way, elided.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setMinimumSectionSize(40)

    def retranslate(self) -> None:
        # Two-line headings keep the figures' columns narrow: the product's name gets the room.
        self.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Sold"), self.tr("Returned\nbefore"),
            self.tr("Coming\nback"), self.tr("Paid")])
        for row, line in enumerate(self.lines[:self.rowCount()]):
            paid = self.item(row, PAID)
            if paid is not None:  # the figures of the language now spoken
                paid.setText(as_read(format_money(line.total, self.shop.locale)))

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def show_lines(self, lines: tuple[LineToReturn, ...]) -> None:
        """The lines, with what is left to come back; one line alone is preset to one."""
        self.lines = tuple(lines)
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = [line.name, str(line.sold), str(line.already_returned), None,
                     as_read(format_money(line.total, self.shop.locale))]
            for column, text in enumerate(cells):
                if text is not None:
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                    if column:
                        item.setTextAlignment(RIGHT)
                    self.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(0, line.remaining)
            spin.setValue(1 if line.remaining and len(lines) == 1 else 0)
            spin.setEnabled(line.remaining > 0)
            spin.setFocusPolicy(Qt.NoFocus)  # the keys are the table's, the arrows the mouse's
            spin.setProperty("sale_line_id", line.sale_line_id)
            spin.valueChanged.connect(self.counts_changed)
            self.setCellWidget(row, COMING_BACK, spin)
        returnable = [row for row, line in enumerate(lines) if line.remaining]
        if returnable:
            select_row(self, returnable[0])

    def spin(self, row: int) -> QSpinBox:
        return self.cellWidget(row, COMING_BACK)

    def counts(self) -> dict[int, int]:
        """sale line id -> how many come back, for the lines with any."""
        spins = (self.spin(row) for row in range(self.rowCount()))
        return {spin.property("sale_line_id"): spin.value() for spin in spins if spin.value()}

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            super().keyPressEvent(event)
        elif text.isalpha():
            self.scan_started.emit(text)
        elif not self._count_key(event.key(), text):
            super().keyPressEvent(event)

    def _count_key(self, key: int, text: str) -> bool:
        """Sets the selected line's count from the key; False when the key is not one."""
        spin = self.spin(self.currentRow()) if self.currentRow() >= 0 else None
        if spin is None or not spin.isEnabled():
            return False
        if text.isascii() and text.isdigit():
            spin.setValue(int(text))
        elif text == "+":
            spin.stepUp()
        elif text == "-":
            spin.stepDown()
        elif key in SET_TO_NONE:
            spin.setValue(0)
        else:
            return False
        return True


def pick_defect_photo(parent) -> str | None:
    """The path of the defect's photo the clerk picks; None when none was picked. Said in
    the return screen's words, whichever return dialog asks."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ReturnScreen", "Photo of the defect"), "",
        QCoreApplication.translate("ReturnScreen", "Images (*.png *.jpg *.jpeg *.heic *.webp)"))
    return path or None


def read_defect_photo(path: str) -> tuple[bytes, str] | str:
    """(the photo's bytes, its file name), or the sentence saying why not."""
    data = Path(path).read_bytes()
    if not data:
        return QCoreApplication.translate("ReturnScreen", "That file is empty.")
    return data, Path(path).name
