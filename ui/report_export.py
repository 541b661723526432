"""A day's report out of the screen: saved as CSV or PDF, or printed. The day's close and the
returns review both end in this row of buttons."""
from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton

from ui.widgets import message_label, say


def a4(landscape: bool = False, margin_mm: float = 15) -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    if landscape:
        printer.setPageOrientation(QPageLayout.Landscape)
    printer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                           QPageLayout.Millimeter)
    return printer


class DayReportExport:
    """Mixed into a QDialog that shows one day (self.data.day once loaded). It names the
    report (REPORT: 'sales'), writes its CSV (write_csv) and its page (report_html)."""

    REPORT = "report"
    CSV_WORDS = "Export CSV…"
    LANDSCAPE = False
    MARGIN_MM = 15.0

    def report_row(self) -> QHBoxLayout:
        """The message line, the export and print buttons, and Close; Ctrl+P prints."""
        self.message = message_label()
        self.csv_button = QPushButton(self.CSV_WORDS)
        self.csv_button.clicked.connect(lambda: self._ask_path("CSV", "csv", self.export_csv))
        self.pdf_button = QPushButton("Export PDF…")
        self.pdf_button.clicked.connect(lambda: self._ask_path("PDF", "pdf", self.export_pdf))
        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self.print_report)
        QShortcut(QKeySequence.Print, self, activated=self.print_report)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(close)
        return row

    def set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(enabled)

    def write_csv(self, path: str) -> None:
        raise NotImplementedError

    def report_html(self) -> str:
        raise NotImplementedError

    def _ask_path(self, kind: str, suffix: str, then) -> None:
        if self.data is None:
            return
        dialog = QFileDialog(self, f"Export the day's {self.REPORT} as {kind}",
                             f"{self.REPORT}-{self.data.day:%Y-%m-%d}.{suffix}",
                             f"{kind} (*.{suffix})")
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(then)
        self.file_dialog = dialog
        dialog.open()

    def export_csv(self, path: str) -> None:
        try:
            self.write_csv(path)
        except OSError as error:
            self._say(f"The CSV could not be written: {error.strerror or error}", "error")
            return
        self._say(f"Saved {path}", "info")

    def export_pdf(self, path: str) -> None:
        printer = a4(self.LANDSCAPE, self.MARGIN_MM)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(path)
        self.document().print_(printer)
        self._say(f"Saved {path}", "info")

    def print_report(self) -> None:
        if self.data is None:
            return
        printer = a4(self.LANDSCAPE, self.MARGIN_MM)
        dialog = QPrintDialog(printer, self)
        document = self.document()
        dialog.accepted.connect(lambda: document.print_(printer))
        self.print_dialog = dialog
        self._printer = printer
        # QPrintDialog.open in PySide takes (receiver, slot); the plain QDialog.open is wanted.
        QDialog.open(dialog)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(self.report_html())
        return document

    def _say(self, text: str, tone: str) -> None:
        say(self.message, text, tone)
