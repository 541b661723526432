"""Barcode labels for the shelf and the goods: name, price and the barcode as bars and
digits, on A4 sheets of 24 self-adhesive labels (63.5 × 33.9 mm, the common 3 × 8 sheet).

A product without a barcode first gets an internal EAN-13 (the 20… range, for in-store use
only), once the manager has said yes on screen; then the sheet is saved as PDF or printed.
Everything is drawn in millimetres on the device, so the PDF, the printer and the preview
show the same sheet."""
from __future__ import annotations

from dataclasses import dataclass

import barcode
from babel.numbers import format_decimal
from barcode.codex import Code128
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize,
                           QPainter, QPen)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSizePolicy, QSpinBox,
                               QVBoxLayout, QWidget)
from stdnum import ean

from db.engine import Database
from pos import catalog_admin
from pos.catalog_views import LabelProduct, label_products
from pos.money import format_money
from pos.shop import ShopSettings
from ui import background
from ui.hub_edits import change_master
from ui.printing import ask_save_path, ask_to_print
from pos.i18n import figure, isolated
from ui.widgets import enter_clicks_only, fit_to_screen, message_label, say

# The sheet: A4, 3 columns × 8 rows of 63.5 × 33.9 mm labels (Avery L7159 and its clones).
PAGE_MM = QSizeF(210, 297)
COLUMNS, ROWS = 3, 8
LABEL_MM = QSizeF(63.5, 33.9)
PITCH_MM = QSizeF(66.0, 33.9)          # 2.5 mm between columns, none between rows
FIRST_MM = QPointF(7.25, 12.9)         # the top-left label's corner on the page
PER_PAGE = COLUMNS * ROWS
PREVIEW_DPI = 200
NO_CODE = "#a04000"
PADDING_MM = 2.5
# EAN-13 at 100 %: 0.33 mm modules; quiet zones of 11 and 7 modules either side.
MODULE_MM = 0.33
QUIET_LEFT, QUIET_RIGHT = 11, 7
BARS_MM = 15.0                          # the bars' height above the digits, at most
DIGITS_PT = 7.5
GUARD_EXTRA_MM = 1.6                    # the guard bars reach down between the digits
EAN_GUARDS = set(range(3)) | set(range(45, 50)) | set(range(92, 95))


@dataclass(frozen=True)
class Label:
    name: str
    price: str          # formatted already, in the shop's locale
    code: str | None    # what a scanner reads back: the product's barcode


# ----- barcodes -------------------------------------------------------------------------------
def ean13_modules(code: str) -> str | None:
    """The 95 modules of an EAN-13 (a UPC-A is an EAN-13 starting with 0), or None when the
    code is not one with a right check digit: python-barcode would silently fix the digit,
    and a label that scans as another number is worse than none."""
    if not code.isdigit() or len(code) not in (12, 13):
        return None
    full = code if len(code) == 13 else "0" + code
    if not ean.is_valid(full):
        return None
    return barcode.get("ean13", full).build()[0]


def is_ean13(code: str | None) -> bool:
    return bool(code) and ean13_modules(code) is not None


# ----- drawing --------------------------------------------------------------------------------
class Sheet:
    """Draws pages of labels on any paint device, given how many device pixels make a mm."""

    def __init__(self, labels: list[Label]):
        self.labels = labels

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.labels) // PER_PAGE))

    def page(self, index: int) -> list[Label]:
        return self.labels[index * PER_PAGE:(index + 1) * PER_PAGE]

    def paint_page(self, painter: QPainter, index: int, px_per_mm: float) -> None:
        for n, label in enumerate(self.page(index)):
            paint_label(painter, label, label_area(n), px_per_mm)

    def paint_outlines(self, painter: QPainter, px_per_mm: float) -> None:
        """The empty sheet's labels, faintly: only for the preview on screen."""
        painter.setPen(QPen(QColor("#c8ccd4"), 1))
        painter.setBrush(Qt.NoBrush)
        for n in range(PER_PAGE):
            painter.drawRoundedRect(_px(label_area(n), px_per_mm), 6, 6)


def label_area(n: int) -> QRectF:
    """The n-th label of a sheet, in millimetres from the paper's corner."""
    column, row = n % COLUMNS, n // COLUMNS
    return QRectF(QPointF(FIRST_MM.x() + column * PITCH_MM.width(),
                          FIRST_MM.y() + row * PITCH_MM.height()), LABEL_MM)


def _px(rect_mm: QRectF, px_per_mm: float) -> QRectF:
    return QRectF(rect_mm.x() * px_per_mm, rect_mm.y() * px_per_mm,
                  rect_mm.width() * px_per_mm, rect_mm.height() * px_per_mm)


def _font(painter: QPainter, points: float, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def paint_label(painter: QPainter, label: Label, area_mm: QRectF, px_per_mm: float) -> None:
    """Name, price, then the barcode with its digits, centred on the label: a label is
    rarely stuck on quite straight, and centred content survives a millimetre either way."""
    painter.save()
    box = _px(area_mm.adjusted(PADDING_MM, PADDING_MM, -PADDING_MM, -PADDING_MM), px_per_mm)
    painter.setPen(QColor("black"))
    name_font = _font(painter, 8, bold=True)
    name_metrics = QFontMetricsF(name_font, painter.device())
    price_font = _font(painter, 12, bold=True)
    price_metrics = QFontMetricsF(price_font, painter.device())
    digits_height = QFontMetricsF(_font(painter, DIGITS_PT), painter.device()).height()

    # The name on two lines at most, then cut with an ellipsis.
    name = _two_lines(label.name, name_metrics, box.width())
    name_height = name_metrics.height() * (name.count("\n") + 1)
    price_height = price_metrics.height()
    gap = 0.8 * px_per_mm
    room = box.height() - name_height - price_height - gap - digits_height
    bars = min(BARS_MM * px_per_mm, room) if label.code else 0
    used = name_height + price_height + (gap + bars + digits_height if label.code else 0)
    top = box.top() + max((box.height() - used) / 2, 0)

    painter.setFont(name_font)
    painter.drawText(QRectF(box.left(), top, box.width(), name_height),
                     Qt.AlignHCenter | Qt.AlignTop, name)
    top += name_height
    painter.setFont(price_font)
    painter.drawText(QRectF(box.left(), top, box.width(), price_height),
                     Qt.AlignHCenter | Qt.AlignTop, label.price)
    if label.code:
        _paint_code(painter, label.code, box, top + price_height + gap, bars, px_per_mm)
    painter.restore()


def _two_lines(name: str, metrics: QFontMetricsF, width: float) -> str:
    words, lines = name.split(), [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not lines[-1]:
            lines[-1] = candidate
        elif len(lines) == 1:
            lines.append(word)
        else:
            lines[-1] = candidate
    return "\n".join(metrics.elidedText(text, Qt.ElideRight, width) for text in lines)


def _paint_code(painter: QPainter, code: str, box: QRectF, top: float, height: float,
                px_per_mm: float) -> None:
    digits_font = _font(painter, DIGITS_PT)
    digits_height = QFontMetricsF(digits_font, painter.device()).height()
    modules = ean13_modules(code)
    if modules is None:
        _paint_code128(painter, code, box, top, height, digits_font)
        return
    # Whole device pixels per module: the printer's bars come out even.
    module = max(1.0, round(MODULE_MM * px_per_mm))
    width = (QUIET_LEFT + len(modules) + QUIET_RIGHT) * module
    left = box.left() + (box.width() - width) / 2 + QUIET_LEFT * module
    guard_extra = GUARD_EXTRA_MM * px_per_mm
    black = QColor("black")
    for i, bit in enumerate(modules):
        if bit == "1":
            extra = guard_extra if i in EAN_GUARDS else 0
            painter.fillRect(QRectF(left + i * module, top, module, height + extra), black)
    full = code if len(code) == 13 else "0" + code
    painter.setFont(digits_font)
    painter.setPen(black)
    text_top = top + height
    first = QRectF(left - QUIET_LEFT * module, text_top, (QUIET_LEFT - 1) * module,
                   digits_height)
    painter.drawText(first, Qt.AlignRight | Qt.AlignTop, full[0])
    painter.drawText(QRectF(left + 3 * module, text_top, 42 * module, digits_height),
                     Qt.AlignHCenter | Qt.AlignTop, _spaced(full[1:7]))
    painter.drawText(QRectF(left + 50 * module, text_top, 42 * module, digits_height),
                     Qt.AlignHCenter | Qt.AlignTop, _spaced(full[7:]))


def _spaced(digits: str) -> str:
    return "\u2009".join(digits)


def _paint_code128(painter: QPainter, code: str, box: QRectF, top: float, height: float,
                   digits_font: QFont) -> None:
    """A barcode that is not an EAN-13 (a supplier's own code) still prints, as Code 128."""
    modules = Code128(code).build()[0]
    module = max(1.0, min(box.width() / (len(modules) + 20), 0.33 * 3 * height / BARS_MM))
    width = len(modules) * module
    left = box.left() + (box.width() - width) / 2
    for i, bit in enumerate(modules):
        if bit == "1":
            painter.fillRect(QRectF(left + i * module, top, module, height), QColor("black"))
    painter.setFont(digits_font)
    painter.drawText(QRectF(box.left(), top + height, box.width(),
                            QFontMetricsF(digits_font, painter.device()).height()),
                     Qt.AlignHCenter | Qt.AlignTop, code)


# ----- output ---------------------------------------------------------------------------------
def a4_printer(mode=QPrinter.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setPageOrientation(QPageLayout.Portrait)
    # The sheet's own layout places the labels: the page is drawn from its paper corner.
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter)
    return printer


def print_sheet(sheet: Sheet, printer: QPrinter) -> None:
    px_per_mm = printer.resolution() / 25.4
    painter = QPainter(printer)
    try:
        for index in range(sheet.page_count):
            if index:
                printer.newPage()
            sheet.paint_page(painter, index, px_per_mm)
    finally:
        painter.end()


def save_sheet_pdf(sheet: Sheet, path: str) -> None:
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    print_sheet(sheet, printer)


def page_image(sheet: Sheet, index: int = 0, dpi: int = 150,
               outlines: bool = True) -> QImage:
    """One page as a picture: the preview on screen, a screenshot."""
    px_per_mm = dpi / 25.4
    image = QImage(round(PAGE_MM.width() * px_per_mm), round(PAGE_MM.height() * px_per_mm),
                   QImage.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.TextAntialiasing)
    if outlines:
        sheet.paint_outlines(painter, px_per_mm)
    sheet.paint_page(painter, index, px_per_mm)
    painter.end()
    return image


# ----- the dialog -----------------------------------------------------------------------------
class SheetPreview(QWidget):
    """The first page, scaled to the widget, with the sheet's empty labels outlined."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = page_image(Sheet([]), 0, dpi=PREVIEW_DPI, outlines=False)
        self.setMinimumSize(360, 500)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def show_sheet(self, sheet: Sheet) -> None:
        # Drawn once at a printer's resolution, by the same code as paper, then shrunk.
        self.image = page_image(sheet, 0, dpi=PREVIEW_DPI, outlines=False)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        scale = min((self.width() - 16) / PAGE_MM.width(),
                    (self.height() - 16) / PAGE_MM.height())
        width, height = PAGE_MM.width() * scale, PAGE_MM.height() * scale
        painter.translate((self.width() - width) / 2, (self.height() - height) / 2)
        painter.fillRect(QRectF(3, 3, width, height), QColor("#b8bec9"))
        painter.drawImage(QRectF(0, 0, width, height), self.image)
        # The outlines at the screen's own scale, so each stays a clean line.
        painter.setPen(QPen(QColor("#c8ccd4"), 1))
        for n in range(PER_PAGE):
            painter.drawRoundedRect(_px(label_area(n), scale), 3, 3)
        painter.end()


class LabelsDialog(QDialog):
    barcodes_assigned = Signal(object)  # {product id: the new EAN-13}
    saved = Signal(str)                # the PDF's path
    loaded = Signal()

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int,
                 product_ids: list[int], parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.product_ids = list(product_ids)
        self.products: list[LabelProduct] = []
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(self.tr("Barcode labels"))

        title = QLabel(self.tr("Barcode labels"))
        title.setObjectName("screenTitle")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.copies = QSpinBox()
        self.copies.setRange(1, 500)
        self.copies.setValue(1)
        self.copies.setSuffix(self.tr(" of each"))
        self.copies.valueChanged.connect(lambda _v: self._refresh())
        copies_row = QHBoxLayout()
        copies_row.addWidget(QLabel(self.tr("Labels")))
        copies_row.addWidget(self.copies)
        copies_row.addStretch()

        # Asking before giving barcodes: they are written to the products for good.
        self.confirm_panel = QFrame()
        self.confirm_panel.setObjectName("panel")
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.assign_button = QPushButton(self.tr("Give them barcodes"))
        self.assign_button.setObjectName("primary")
        self.assign_button.clicked.connect(self.assign_barcodes)
        confirm = QVBoxLayout(self.confirm_panel)
        confirm.addWidget(self.confirm_text)
        confirm.addWidget(self.assign_button, 0, Qt.AlignRight)
        self.confirm_panel.hide()

        self.product_list = QListWidget()
        self.product_list.setSelectionMode(QListWidget.NoSelection)
        self.product_list.setFocusPolicy(Qt.NoFocus)
        self.sheet_info = QLabel(" ")
        self.sheet_info.setObjectName("hint")
        self.sheet_info.setWordWrap(True)
        self.message = message_label()
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_labels)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(close)

        side = QVBoxLayout()
        side.addWidget(title)
        side.addWidget(self.summary)
        side.addLayout(copies_row)
        side.addWidget(self.product_list, 1)
        side.addWidget(self.confirm_panel)
        side.addWidget(self.sheet_info)
        side.addWidget(self.message)
        side.addLayout(buttons)
        self.preview = SheetPreview()
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.preview, 1)
        fit_to_screen(self, 980, 680)
        enter_clicks_only(self)
        self._set_output_enabled(False)
        self.reload()

    def reload(self) -> None:
        ids = self.product_ids
        background.read(self, self.db, lambda s: label_products(s, ids), self._loaded,
                        self._failed)

    def _loaded(self, products: list[LabelProduct]) -> None:
        self.products = products
        self._refresh()
        self.loaded.emit()

    def missing(self) -> list[LabelProduct]:
        return [p for p in self.products if not p.barcode]

    def labels(self) -> list[Label]:
        money = lambda m: format_money(m, self.shop.locale)
        return [Label(p.name, money(p.price), p.barcode)
                for p in self.products for _copy in range(self.copies.value())]

    def sheet(self) -> Sheet:
        return Sheet(self.labels())

    def _refresh(self) -> None:
        count = len(self.products)
        missing = self.missing()
        words = self.tr("%n product(s).", "", count)
        others = [p for p in self.products if p.barcode and not is_ean13(p.barcode)]
        if others:
            words += " " + self.tr("%n of them has a barcode that is not an EAN-13: it is "
                                   "printed as Code 128.", "", len(others))
        self.summary.setText(words)
        if missing:
            names = ", ".join(p.name for p in missing[:4]) + ("…" if len(missing) > 4 else "")
            self.confirm_text.setText(self.tr(
                "%n of them has no barcode ({names}). They will get an internal EAN-13 "
                "starting with 20, used only in this shop, saved to the product so the label "
                "scans at the counter.", "", len(missing)).format(names=isolated(names)))
            self.confirm_panel.show()
        else:
            self.confirm_panel.hide()
        self.product_list.clear()
        for p in self.products:
            code = p.barcode or self.tr("no barcode yet")
            item = QListWidgetItem(f"{p.name}\n{p.sku}  ·  {code}")
            if not p.barcode:
                item.setForeground(QColor(NO_CODE))
            self.product_list.addItem(item)
        sheet = self.sheet()
        size = " × ".join(format_decimal(mm, locale=self.shop.locale)
                          for mm in (LABEL_MM.width(), LABEL_MM.height()))
        self.sheet_info.setText(
            self.tr("%n label(s)", "", len(sheet.labels)) + " · " +
            self.tr("%n A4 sheet(s) of {per_page} ({size} mm, 3 × 8).", "", sheet.page_count)
            .format(per_page=PER_PAGE, size=size))
        self._set_output_enabled(bool(self.products) and not missing)
        self.preview.show_sheet(sheet)

    def _set_output_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    def assign_barcodes(self) -> None:
        ids = [p.id for p in self.missing()]
        self.assign_button.setEnabled(False)
        say(self.message, self.tr("Giving barcodes…"), "info")
        # A barcode is the product's, so the shop's: on the hub once the till is attached.
        change_master(self, self.db, self.shop, self.manager_id,
                      lambda s, m: dict(catalog_admin.assign_internal_barcodes(s, m, ids)),
                      self._assigned, self._failed)

    def _assigned(self, codes: dict) -> None:
        self.assign_button.setEnabled(True)
        say(self.message, self.tr("%n barcode(s) given: {codes}.", "", len(codes)).format(
            codes=", ".join(codes.values())), "info")
        self.barcodes_assigned.emit(codes)
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.assign_button.setEnabled(True)
        say(self.message, background.error_words(error), "error")

    # ----- output ---------------------------------------------------------------------------
    def ask_pdf_path(self) -> None:
        ask_save_path(self, self.tr("Save labels"), "labels.pdf", "PDF", "pdf", self.save_pdf)

    def save_pdf(self, path: str) -> None:
        if self.missing():
            say(self.message, self.tr("Give the products without a barcode theirs first."),
                "error")
            return
        save_sheet_pdf(self.sheet(), path)
        say(self.message, self.tr("Saved {path}").format(path=figure(str(path))), "info")
        self.saved.emit(path)

    def print_labels(self) -> None:
        sheet = self.sheet()
        ask_to_print(self, a4_printer(), lambda printer: print_sheet(sheet, printer))
