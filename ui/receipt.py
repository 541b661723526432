"""The receipt: shown after the sale, printed or saved as PDF, with the order number as a
Code 128 barcode so a return later starts with a scan."""
from __future__ import annotations

from html import escape

from barcode.codex import Code128
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter,
                           QShortcut, QTextDocument)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QPushButton, QTextBrowser,
                               QVBoxLayout)

from db.engine import Database
from pos.dates import format_date_time
from pos.money import format_money
from pos.receipts import ReturnReceipt, SaleReceipt, return_receipt, sale_receipt
from pos.shop import ShopSettings
from ui.background import read_now

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


def receipt_html(sale: SaleReceipt, shop: ShopSettings) -> str:
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
{format_date_time(when, shop.locale)} · served by {escape(sale.clerk_name)}</p>
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


def receipt_document(sale: SaleReceipt, shop: ShopSettings) -> QTextDocument:
    return document_with_barcode(receipt_html(sale, shop), sale.order_number)


def document_with_barcode(html: str, number: str) -> QTextDocument:
    document = QTextDocument()
    document.addResource(QTextDocument.ImageResource, QUrl(BARCODE_URL), barcode_image(number))
    document.setHtml(html)
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
    """A receipt on screen, with Print and Save as PDF: a sale's, or a return's."""

    def __init__(self, document: QTextDocument, number: str, parent=None):
        super().__init__(parent)
        self.number = number
        self.setWindowTitle(f"Receipt {number}")
        self.document = document
        self.view = QTextBrowser()
        self.view.setDocument(self.document)
        self.view.setMinimumSize(420, 560)
        print_button = QPushButton("Print (Ctrl+P)")
        pdf_button = QPushButton("Save as PDF (Ctrl+S)")
        done = QPushButton("Done (Enter)")
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

    @classmethod
    def for_sale(cls, db: Database, shop: ShopSettings, sale_id: int, parent=None):
        sale = read_now(db, lambda session: sale_receipt(session, sale_id))
        dialog = cls(receipt_document(sale, shop), sale.order_number, parent)
        dialog.sale = sale
        return dialog

    def print_receipt(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.Accepted:
            self.document.print_(printer)

    def ask_pdf_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save receipt", f"{self.number}.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        save_pdf(self.document, path)


def return_receipt_html(ret: ReturnReceipt, shop: ShopSettings) -> str:
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    when = shop.local_time(ret.created_at)
    rows = "".join(
        f"<tr><td>{escape(line.name)} × {line.quantity}</td>"
        f"<td align=right>{money(line.returned_value)}</td></tr>"
        f"<tr><td colspan=2>&nbsp;&nbsp;<i>{escape(line.outcome)}</i></td></tr>"
        for line in ret.lines)
    kind = "Exchange" if ret.remedy == "exchange" else "Refund"
    override = (f"<p>Approved by {escape(ret.approved_by)}: {escape(ret.override_reason)}</p>"
                if ret.approved_by else "")
    refund = (f"<tr><td><b>Customer receives</b></td><td align=right><b>{money(ret.refund)}</b>"
              f" ({escape(ret.refund_method or '')})</td></tr>" if ret.refund else "")
    collected = (f"<tr><td>Customer paid</td><td align=right>{money(ret.collected)}</td></tr>"
                 if ret.collected else "")
    new_sale = (f"<p>New items: order {escape(ret.exchange_order_number)}</p>"
                if ret.exchange_order_number else "")
    return f"""
<html><body style="font-family: monospace; font-size: 11pt;">
<p align=center><b style="font-size: 14pt;">{escape(shop.name)}</b><br>{kind}</p>
<p>Return <b>{escape(ret.return_number)}</b><br>
for order {escape(ret.order_number)}<br>
{format_date_time(when, shop.locale)} · by {escape(ret.clerk_name)}</p>
<table width="100%" cellspacing=0 cellpadding=1>{rows}</table><hr>
<table width="100%" cellspacing=0 cellpadding=1>
<tr><td>Returned value</td><td align=right>{money(ret.returned_value)}</td></tr>
<tr><td>Deduction</td><td align=right>{money(ret.deduction)}</td></tr>
{refund}{collected}
</table>
{new_sale}
<p style="font-size: 9pt;">{escape(ret.explanation)}</p>
{override}
<p align=center><img src="{BARCODE_URL}"><br>{escape(ret.return_number)}</p>
</body></html>"""


def return_receipt_dialog(db: Database, shop: ShopSettings, return_id: int, parent=None):
    ret = read_now(db, lambda session: return_receipt(session, return_id))
    dialog = ReceiptDialog(document_with_barcode(return_receipt_html(ret, shop),
                                                 ret.return_number), ret.return_number, parent)
    dialog.ret = ret
    return dialog
