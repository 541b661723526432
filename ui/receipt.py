"""The receipt: shown after the sale, printed or saved as PDF, with the order number as a
Code 128 barcode so a return later starts with a scan."""
from __future__ import annotations

from html import escape

from barcode.codex import Code128
from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QPushButton, QTextBrowser,
                               QVBoxLayout)
from sqlalchemy.orm import selectinload
from sqlalchemy import select

from db.engine import Database
from db.models import Sale
from pos.money import format_money
from pos.shop import ShopSettings

BARCODE_URL = "receipt://barcode.png"
RECEIPT_WIDTH_MM = 80


def barcode_image(text: str, module_px: int = 2, height_px: int = 56) -> QImage:
    """Code 128 of text, as black bars with the quiet zones a scanner needs."""
    modules = Code128(text).build()[0]
    quiet = 10
    image = QImage((len(modules) + 2 * quiet) * module_px, height_px, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for i, bit in enumerate(modules):
        if bit == "1":
            painter.fillRect((quiet + i) * module_px, 0, module_px, height_px, QColor("black"))
    painter.end()
    return image


def load_sale(db: Database, sale_id: int) -> Sale:
    with db.read() as session:
        return session.scalar(
            select(Sale).where(Sale.id == sale_id).options(
                selectinload(Sale.lines), selectinload(Sale.payments), selectinload(Sale.clerk))
        )


def receipt_html(sale: Sale, shop: ShopSettings) -> str:
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    when = shop.local_time(sale.created_at)
    rows = []
    for line in sale.lines:
        rows.append(
            f"<tr><td colspan=2>{escape(line.name)}</td></tr>"
            f"<tr><td>&nbsp;&nbsp;{line.quantity} × {money(line.unit_price)}</td>"
            f"<td align=right>{money(line.unit_price * line.quantity)}</td></tr>")
        if line.discount:
            rows.append(f"<tr><td>&nbsp;&nbsp;<i>{escape(line.promotion_name or 'Promotion')}</i></td>"
                        f"<td align=right>−{money(line.discount)}</td></tr>")
    payments = []
    for p in sale.payments:
        if p.method == "cash":
            payments.append(f"<tr><td>Cash tendered</td><td align=right>{money(p.tendered)}</td></tr>"
                            f"<tr><td>Change</td><td align=right>{money(p.change)}</td></tr>")
        else:
            payments.append(f"<tr><td>Card</td><td align=right>{money(p.amount)}</td></tr>")
    discount = (f"<tr><td>Promotions</td><td align=right>−{money(sale.discount_total)}</td></tr>"
                if sale.discount_total else "")
    customer = (f"<p>Customer: {escape(sale.customer_name)}</p>" if sale.customer_name else "")
    return f"""
<html><body style="font-family: monospace; font-size: 11pt;">
<p align=center><b style="font-size: 14pt;">{escape(shop.name)}</b><br>{escape(shop.address)}</p>
<p>Order <b>{escape(sale.order_number)}</b><br>
{when:%d/%m/%Y %H:%M} · served by {escape(sale.clerk.name)}</p>
<table width="100%" cellspacing=0 cellpadding=1>{''.join(rows)}</table>
<hr>
<table width="100%" cellspacing=0 cellpadding=1>
<tr><td>Subtotal</td><td align=right>{money(sale.subtotal)}</td></tr>
{discount}
<tr><td><b style="font-size: 13pt;">TOTAL</b></td><td align=right><b style="font-size: 13pt;">{money(sale.total)}</b></td></tr>
{''.join(payments)}
</table>
{customer}
<p align=center><img src="{BARCODE_URL}"><br>{escape(sale.order_number)}</p>
<p align=center style="font-size: 9pt;">Returns within 3 days and exchanges within 7 days,
in original condition and packaging, with this receipt. Thank you!</p>
</body></html>"""


def receipt_document(sale: Sale, shop: ShopSettings) -> QTextDocument:
    document = QTextDocument()
    document.addResource(QTextDocument.ImageResource, QUrl(BARCODE_URL),
                         barcode_image(sale.order_number))
    document.setHtml(receipt_html(sale, shop))
    return document


def save_pdf(document: QTextDocument, path: str) -> None:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    # A till roll: 80 mm wide, long enough for the receipt.
    printer.setPageSize(QPageSize(QSizeF(RECEIPT_WIDTH_MM, 200), QPageSize.Millimeter))
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout.Millimeter)
    document.print_(printer)


class ReceiptDialog(QDialog):
    def __init__(self, db: Database, shop: ShopSettings, sale_id: int, parent=None):
        super().__init__(parent)
        self.sale = load_sale(db, sale_id)
        self.setWindowTitle(f"Receipt {self.sale.order_number}")
        self.document = receipt_document(self.sale, shop)
        self.view = QTextBrowser()
        self.view.setDocument(self.document)
        self.view.setMinimumSize(420, 560)
        print_button = QPushButton("Print (Ctrl+P)")
        pdf_button = QPushButton("Save as PDF (Ctrl+S)")
        done = QPushButton("New sale (Enter)")
        done.setObjectName("primary")
        done.setDefault(True)
        print_button.clicked.connect(self.print_receipt)
        pdf_button.clicked.connect(self.ask_pdf_path)
        done.clicked.connect(self.accept)
        QShortcut(QKeySequence.Print, self, activated=self.print_receipt)
        QShortcut(QKeySequence.Save, self, activated=self.ask_pdf_path)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(pdf_button)
        buttons.addStretch()
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        done.setFocus()

    def print_receipt(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.Accepted:
            self.document.print_(printer)

    def ask_pdf_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save receipt", f"{self.sale.order_number}.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        save_pdf(self.document, path)
