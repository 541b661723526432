"""The receipt: shown after the sale, printed or saved as PDF, with the order number as a
Code 128 barcode so a return later starts with a scan. A sale's receipt offers its gift
receipt (Ctrl+G): the items without a price, printed the same ways, recorded in the audit log.

paint_receipt draws the rows of pos/receipt_paper.py onto any paint device at a given width:
the screen, a PDF one page as long as the receipt, a printer, and later the 576-dot image of
an ESC/POS printer (receipt_image at 576, converted to QImage.Format_Mono)."""
from __future__ import annotations

import re
import unicodedata

from barcode.codex import Code128
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QKeySequence,
                           QPageLayout, QPageSize, QPainter, QPaintDevice, QPdfWriter,
                           QPixmap, QShortcut, QTextCharFormat, QTextLayout, QTextOption)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QVBoxLayout

from db.engine import Database
from pos.receipt_paper import (COLUMNS, Barcode, PrintedLine, Row, gift_paper, paper_text,
                               receipt_paper)
from pos.receipts import (ReturnReceipt, SaleReceipt, gift_barcode, record_gift_receipt,
                          return_receipt, sale_receipt)
from pos.shop import ShopSettings
from ui import background
from ui.background import read_now, run_task, while_alive
from pos.i18n import figure
from ui.printing import ask_save_path, ask_to_print
from ui.widgets import button_row, message_label, say

PAPER_MM = 80.0   # the till roll
MARGIN_MM = 4.0   # a receipt printer prints 72 mm of the 80
PDF_DPI = 600
SCREEN_WIDTH_PX = 460
QUIET_MODULES = 10  # the blank a scanner needs either side of the bars
ARABIC_LEADING = 0.2  # of a line, above a row with Arabic
# From an Arabic letter to the last one before a Latin letter: drawn in the Arabic face.
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_RUN = re.compile(f"[{_ARABIC}](?:[^A-Za-z\u00c0-\u024f]*[{_ARABIC}])?\\.?")
# An amount or a count: a sign, figures, then at most a word (the currency's sign): not a date
# (its marks and slashes keep babel's order) nor a time.
FIGURE_FIRST = re.compile(r"\s*[-\u2212+]?\d[\d.,\u00a0\u202f ]*(?:[^\s\d/:]+)?\s*$")


def barcode_modules(number: str) -> str:
    """Code 128 of the number as '1' (bar) and '0' (space) modules, quiet zones included."""
    return "0" * QUIET_MODULES + Code128(number).build()[0] + "0" * QUIET_MODULES


class PaperFont:
    """The fixed-pitch font and the row heights of a receipt `width` device pixels wide on
    a device: the font is sized so that a row of `columns` characters fills the width."""

    def __init__(self, device: QPaintDevice, width: float, columns: int = COLUMNS):
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setStyleHint(QFont.Monospace)
        font.setFixedPitch(True)
        font.setPointSizeF(100)
        advance = QFontMetricsF(font, device).horizontalAdvance("0" * columns)
        font.setPointSizeF(100 * width / advance * 0.99)  # a hair of room for rounding
        self.plain = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.arabic = _arabic_face(font.pointSizeF())
        self.arabic_bold = QFont(self.arabic)
        self.arabic_bold.setBold(True)
        metrics = QFontMetricsF(font, device)
        self.device = device
        self.width = width
        # The fixed-pitch columns' own width, a hair off `width` once the face is hinted.
        self.columns_width = metrics.horizontalAdvance("0" * columns)
        self.line = metrics.lineSpacing()
        self.ascent = metrics.ascent()

    def laid_out(self, words: str, bold: bool, right_to_left_row: bool,
                 direction: Qt.LayoutDirection | None = None) -> QTextLayout | None:
        """The words as one line, in the direction of their first letter (a French product
        name on an Arabic receipt reads left to right, its brackets unmirrored), Arabic
        stretches in the Arabic face, the rest in the roll's fixed-pitch one."""
        if not words:
            return None
        layout = QTextLayout(words, self.bold if bold else self.plain, self.device)
        option = QTextOption()
        option.setTextDirection(_direction(words, right_to_left_row) if direction is None
                                else direction)
        option.setWrapMode(QTextOption.NoWrap)
        layout.setTextOption(option)
        arabic = QTextCharFormat()
        arabic.setFont(self.arabic_bold if bold else self.arabic)
        ranges = []
        for run in ARABIC_RUN.finditer(words):
            stretch = QTextLayout.FormatRange()
            stretch.start, stretch.length, stretch.format = run.start(), len(run.group()), arabic
            ranges.append(stretch)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        return layout

    def laid_out_end(self, words: str, bold: bool, right_to_left_row: bool) -> QTextLayout | None:
        """A row's end part: an amount or a number reads left to right on every receipt, its
        minus before its digits and the dirham's sign after them, as the screens show it
        (pos.i18n.figure); laid out right to left, a promotion's -31,60 came out '31,60-'."""
        return self.laid_out(words, bold, right_to_left_row,
                             Qt.LeftToRight if FIGURE_FIRST.match(words) else None)

    def height(self, row: Row) -> float:
        if isinstance(row, Barcode):
            return self.line * 2.5
        return self.line * (2 if row.style == "tall" else 1) + self.leading(row)

    def leading(self, row: PrintedLine) -> float:
        """Room above a row with Arabic, whose dots and marks reach above and below the
        Latin letters of the line before."""
        return self.line * ARABIC_LEADING if ARABIC_RUN.search(row.text) else 0.0


def _arabic_face(point_size: float) -> QFont:
    """A proportional face with Arabic letters, at the roll's size: the system's own if it
    has them (Segoe UI, DejaVu Sans), else the first family that does."""
    face = QFontDatabase.systemFont(QFontDatabase.GeneralFont)
    if QFontDatabase.WritingSystem.Arabic not in QFontDatabase.writingSystems(face.family()):
        families = [family for family in QFontDatabase.families(QFontDatabase.Arabic)
                    if not QFontDatabase.isFixedPitch(family)]
        if families:
            face = QFont(families[0])
    face.setPointSizeF(point_size)
    return face


def receipt_height(rows: tuple[Row, ...], device: QPaintDevice, width: float,
                   columns: int = COLUMNS) -> float:
    font = PaperFont(device, width, columns)
    return sum(font.height(row) for row in rows)


def paint_receipt(painter: QPainter, rows: tuple[Row, ...], width: float,
                  page_height: float | None = None, new_page=None,
                  columns: int = COLUMNS) -> float:
    """Draws the receipt from the painter's origin, `width` device pixels wide, its rows
    `columns` characters wide; on a paged device shorter than the receipt, new_page() is
    called between rows. The height used."""
    font = PaperFont(painter.device(), width, columns)
    y = 0.0
    for row in rows:
        height = font.height(row)
        if page_height is not None and y > 0 and y + height > page_height:
            new_page()
            y = 0.0
        if isinstance(row, Barcode):
            _paint_barcode(painter, row.number, font, y)
        elif row.text:
            _paint_line(painter, row, font, y)
        y += height
    return y


def _paint_line(painter: QPainter, row: PrintedLine, font: PaperFont, y: float) -> None:
    """The row's start at its start edge (the right one on an Arabic row), its end whole at
    the other edge: Qt shapes and orders each part (Arabic letters joined, right to left),
    and Arabic words take a proportional face, never spread over fixed-pitch columns."""
    bold = row.style != "plain"
    rtl = row.right_to_left
    space = QFontMetricsF(font.bold if bold else font.plain, font.device).horizontalAdvance(" ")
    grid = 1.0
    if row.start is None or not (rtl or ARABIC_RUN.search(row.text)):
        # Latin only: the fixed-width text as it is (one run in a PDF), its columns
        # stretched or narrowed a hair so that the last one ends at the edge.
        row, words, indent = PrintedLine(row.text, row.style, ""), row.text, 0.0
        grid = font.width / font.columns_width
    else:
        words = row.start.lstrip(" ")
        indent = space * (len(row.start) - len(words))
    first, last = font.laid_out(words, bold, rtl), font.laid_out_end(row.end, bold, rtl)
    words_width, end_width = _width(first), _width(last)
    gap = space if words and row.end else 0.0
    drawn = (indent + words_width + gap + end_width) * grid
    # A bold face a little wider than the plain one, or an Arabic wider than its columns,
    # is narrowed, never cut at the edge.
    narrowed = grid * (font.width / drawn if drawn > font.width else 1.0)
    painter.save()
    painter.setPen(QColor("black"))
    painter.translate(0, y + font.leading(row))
    if narrowed != 1.0 or row.style == "tall":
        painter.scale(narrowed, 2.0 if row.style == "tall" else 1.0)
    width = font.width / narrowed
    if row.centred:
        x, end_x = (width - words_width) / 2, 0.0
    elif rtl:
        x, end_x = width - indent - words_width, 0.0
    else:
        x, end_x = indent, width - end_width
    for layout, at in ((first, x), (last, end_x)):
        if layout is not None:
            layout.draw(painter, QPointF(at, font.ascent - layout.lineAt(0).ascent()))
    painter.restore()


def _width(layout: QTextLayout | None) -> float:
    return layout.lineAt(0).naturalTextWidth() if layout is not None else 0.0


def _direction(words: str, right_to_left_row: bool) -> Qt.LayoutDirection:
    for letter in words:
        kind = unicodedata.bidirectional(letter)
        if kind == "L":
            return Qt.LeftToRight
        if kind in ("R", "AL"):
            return Qt.RightToLeft
    return Qt.RightToLeft if right_to_left_row else Qt.LeftToRight


def _paint_barcode(painter: QPainter, number: str, font: PaperFont, y: float) -> None:
    modules = barcode_modules(number)
    # Whole device pixels a module on a printer's dots, so that every bar keeps its width.
    module = max(1, int(font.width * 0.95 // len(modules)))
    left = (font.width - module * len(modules)) / 2
    height = font.line * 2.2
    painter.fillRect(QRectF(left, y, module * len(modules), height), QColor("white"))
    for i, bit in enumerate(modules):
        if bit == "1":
            painter.fillRect(QRectF(left + i * module, y, module, height), QColor("black"))


def receipt_image(rows: tuple[Row, ...], width: int, columns: int = COLUMNS) -> QImage:
    """The receipt as a white image `width` pixels wide, as long as the receipt."""
    probe = QImage(1, 1, QImage.Format_RGB32)
    image = QImage(width, max(1, round(receipt_height(rows, probe, width, columns))),
                   QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.TextAntialiasing)
    paint_receipt(painter, rows, width, columns=columns)
    painter.end()
    return image


def save_pdf(rows: tuple[Row, ...], path: str, title: str | None = None) -> None:
    """A PDF on the 80 mm roll: one page, exactly as long as the receipt."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title or QCoreApplication.translate("receipt", "Receipt"))
    writer.setCreator("Counter")
    width = (PAPER_MM - 2 * MARGIN_MM) / 25.4 * PDF_DPI
    length_mm = receipt_height(rows, writer, width) / PDF_DPI * 25.4 + 2 * MARGIN_MM
    writer.setPageSize(QPageSize(QSizeF(PAPER_MM, length_mm), QPageSize.Millimeter, "Receipt",
                                 QPageSize.ExactMatch))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Millimeter)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(QCoreApplication.translate(
            "receipt", "{path} could not be opened for writing.").format(path=figure(str(path))))
    paint_receipt(painter, rows, width)
    painter.end()


def print_receipt(rows: tuple[Row, ...], printer: QPrinter) -> None:
    """On the chosen printer: 72 mm wide at most, however wide its paper."""
    page = printer.pageRect(QPrinter.DevicePixel)
    width = min(page.width(), (PAPER_MM - 2 * MARGIN_MM) / 25.4 * printer.resolution())
    painter = QPainter(printer)
    paint_receipt(painter, rows, width, page.height(), printer.newPage)
    painter.end()


class ReceiptDialog(QDialog):
    """A receipt on screen as it prints, with Print and Save as PDF: a sale's, or a
    return's. The paper is drawn off the GUI thread; paper_done(words) when it is out.

    With `db` and `rows_for` (the rows at a paper's columns), Print goes to this till's
    ESC/POS printer when it has one (ui/till_printer.py), the outcome in the message line and
    in printed(words, tone); else to the system's print dialog."""

    paper_done = Signal(str)
    printed = Signal(str, str)  # what the till's receipt printer did: words, tone

    def __init__(self, rows: tuple[Row, ...], number: str, parent=None,
                 db: Database | None = None, rows_for=None):
        super().__init__(parent)
        self.rows = rows
        self.number = number
        self.db = db
        self.rows_for = rows_for
        self.printing = False  # a job on the till's printer, not answered yet
        self.shop: ShopSettings | None = None
        self.staff_id: int | None = None  # who handed it over, when known
        self.gift_of: str | None = None  # on a gift receipt: the sale's order number
        self.gift_dialog: ReceiptDialog | None = None
        self.setWindowTitle(self.tr("Receipt {number}").format(number=number))
        self.view = QLabel()
        self.view.setPixmap(self._picture())
        self.view.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.view)
        scroll.setAlignment(Qt.AlignHCenter)
        scroll.setMinimumWidth(SCREEN_WIDTH_PX + 40)
        scroll.setMinimumHeight(min(560, self.view.pixmap().deviceIndependentSize().height()
                                    + 4))
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("Save as PDF (Ctrl+S)"))
        self.gift_button = QPushButton(self.tr("Gift receipt (Ctrl+G)"))
        self.gift_button.clicked.connect(self.show_gift)
        self.gift_button.hide()  # a sale's receipt only (receipt_dialog shows it)
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.show_gift)
        done = QPushButton(self.tr("Done (Enter)"))
        done.setObjectName("primary")
        done.setDefault(True)
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        done.clicked.connect(self.accept)
        QShortcut(QKeySequence.Print, self, activated=self.print_receipt)
        QShortcut(QKeySequence.Save, self, activated=self.ask_pdf_path)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row([self.print_button, self.pdf_button, self.gift_button],
                                    [done]))
        done.setFocus()

    def _picture(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        picture = QPixmap.fromImage(receipt_image(self.rows, round(SCREEN_WIDTH_PX * ratio)))
        picture.setDevicePixelRatio(ratio)
        return picture

    @classmethod
    def for_sale(cls, db: Database, shop: ShopSettings, sale_id: int, parent=None):
        return receipt_dialog(read_now(db, lambda session: sale_receipt(session, sale_id, shop)),
                              shop, parent, db=db)

    def text(self) -> str:
        """What the receipt says, line by line (a barcode as its number in brackets)."""
        return paper_text(self.rows)

    def print_receipt(self) -> None:
        """Ctrl+P: on this till's receipt printer, or through the system's print dialog."""
        from ui import till_printer  # it draws with this module's painter

        if self.db is None or self.rows_for is None or not till_printer.has_till_printer(
                self.db):
            if not self.isVisible():  # asked for from the sale screen, once closed
                self.open()
            ask_to_print(self, QPrinter(QPrinter.HighResolution), self.print_on)
            return
        if self.printing:  # a second Ctrl+P while the first prints is not a second copy
            return
        self.printing = True
        self.say(self.tr("Printing the receipt…"))
        till_printer.print_on_till(self, self.db, None, self.rows_for, self.show_printed)

    def hand_over(self, staff_id: int | None, opening) -> None:
        """Once the sale or the return is saved: the receipt prints by itself on this till's
        printer, after the drawer's pulse when cash changed hands (`opening`), as the till's
        settings say (till_printer.hand_over)."""
        from ui import till_printer

        self.staff_id = staff_id
        if self.db is None or self.rows_for is None:
            return
        sent = till_printer.hand_over(self, self.db, staff_id, self.rows_for, opening,
                                      self.show_printed)
        if sent:
            self.printing = True
            self.say(self.tr("Printing the receipt…") if sent == "receipt" else
                     self.tr("Opening the drawer…"))

    def show_printed(self, words: str, tone: str) -> None:
        """What the till's printer did; a failure offers Print again."""
        self.printing = False
        shown = (self.tr("{trouble} Print (Ctrl+P) to try again.").format(trouble=words)
                 if tone == "error" else words)
        if shown:
            self.say(shown, tone or "info")
        if tone == "info":
            self._gift_out("receipt printer")
        self.paper_done.emit(shown)
        self.printed.emit(words, tone)

    def print_on(self, printer: QPrinter) -> None:
        rows = self.rows
        self._off_screen(lambda: print_receipt(rows, printer), self.tr("Sent to the printer."),
                         self.tr("The receipt could not be printed: {error}"), "system printer")

    def ask_pdf_path(self) -> None:
        ask_save_path(self, self.tr("Save receipt"), f"{self.number}.pdf", "PDF", "pdf",
                      self.save_pdf)

    def save_pdf(self, path: str) -> None:
        rows, title = self.rows, self.windowTitle()
        self._off_screen(lambda: save_pdf(rows, path, title),
                         self.tr("Saved {path}").format(path=figure(str(path))),
                         self.tr("The PDF could not be written: {error}"), "pdf")

    def say(self, words: str, tone: str = "info") -> None:
        """In the message line, the dialog made taller when the words take more lines than
        it has room for (a window's height does not follow a wrapped label by itself)."""
        say(self.message, words, tone)
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _off_screen(self, work, done: str, failed: str, printed_on: str) -> None:
        self.say(self.tr("Drawing the receipt…"))

        def said(words: str, tone: str) -> None:
            self.say(words, tone)
            self.paper_done.emit(words)

        def out(_none) -> None:
            self._gift_out(printed_on)
            said(done, "info")

        run_task(work, while_alive(self, out),
                 while_alive(self, lambda error: said(
                     failed.format(error=error), "error")))


    # ----- the gift receipt -------------------------------------------------------------------
    def show_gift(self) -> None:
        """Ctrl+G on a sale's receipt: its gift receipt on screen, and printed at once the way
        receipts print here (this till's receipt printer, else the system's dialog)."""
        sale = getattr(self, "sale", None)
        if sale is None or self.shop is None or self.gift_of is not None:
            return
        self.gift_dialog = gift_receipt_dialog(sale, self.shop, self, self.db, self.staff_id)
        self.gift_dialog.open()
        self.gift_dialog.print_receipt()

    def _gift_out(self, printed_on: str) -> None:
        """A gift receipt went out: the audit log says so (off the GUI thread)."""
        if self.gift_of is None or self.db is None:
            return
        staff_id, number = self.staff_id, self.gift_of
        background.change(self, self.db, staff_id, lambda session, _staff: record_gift_receipt(
            session, staff_id, number, printed_on), lambda _none: None,
            lambda error: self.say(background.error_words(error), "error"))


def gift_receipt_dialog(sale: SaleReceipt, shop: ShopSettings, parent=None,
                        db: Database | None = None, staff_id: int | None = None,
                        ) -> ReceiptDialog:
    """The gift receipt of a sale: its items without a price, its own barcode."""
    def rows_for(columns: int) -> tuple[Row, ...]:
        return gift_paper(sale, shop, columns)

    dialog = ReceiptDialog(rows_for(COLUMNS), gift_barcode(sale.order_number), parent, db,
                           rows_for)
    dialog.setWindowTitle(QCoreApplication.translate("ReceiptDialog", "Gift receipt {number}")
                          .format(number=sale.order_number))
    dialog.shop, dialog.staff_id, dialog.gift_of, dialog.sale = shop, staff_id, \
        sale.order_number, sale
    return dialog


def receipt_dialog(receipt: SaleReceipt | ReturnReceipt, shop: ShopSettings, parent=None,
                   reprint: bool = False, db: Database | None = None) -> ReceiptDialog:
    """The dialog of a sale's or a return's receipt; .sale or .ret is the receipt read.
    With the till's `db`, it prints on the till's receipt printer when there is one."""
    rows = receipt_paper(receipt, shop, reprint=reprint)

    def rows_for(columns: int) -> tuple[Row, ...]:
        return receipt_paper(receipt, shop, reprint=reprint, columns=columns)

    if isinstance(receipt, ReturnReceipt):
        dialog = ReceiptDialog(rows, receipt.return_number, parent, db, rows_for)
        dialog.ret = receipt
    else:
        dialog = ReceiptDialog(rows, receipt.order_number, parent, db, rows_for)
        dialog.sale = receipt
        dialog.gift_button.show()
    dialog.shop = shop
    return dialog


def return_receipt_dialog(db: Database, shop: ShopSettings, return_id: int, parent=None):
    return receipt_dialog(read_now(db, lambda session: return_receipt(session, return_id, shop)),
                          shop, parent, db=db)


def reprint(owner, db: Database, shop: ShopSettings, read_in, say) -> None:
    """A receipt read off the GUI thread (read_in(session) gives it, or None), then shown
    marked as a reprint: owner.receipt_dialog. say(words) when there is none to show."""
    def show(receipt: SaleReceipt | ReturnReceipt | None) -> None:
        if receipt is None:
            say(QCoreApplication.translate("receipt", "There is no receipt to reprint yet."))
            return
        owner.receipt_dialog = receipt_dialog(receipt, shop, owner, reprint=True, db=db)
        owner.receipt_dialog.open()

    background.read(owner, db, read_in, show,
                    lambda error: say(QCoreApplication.translate(
                        "receipt", "The receipt could not be read: {error}").format(
                            error=background.error_words(error))))
