"""What the manager's day screens (the close, the returns review) share: the day picked at
the top, what the screen is doing beside it, and the day's report saved as CSV or PDF, or
printed, from the row of buttons at the bottom: written off the GUI thread, a busy bar
beside the buttons meanwhile. A report with a roll layout (the Z report) prints on this
till's receipt printer when it has one; else, as every report, through the system's dialog."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMarginsF, Signal
from PySide6.QtGui import (QKeySequence, QPageLayout, QPageSize, QPdfWriter, QShortcut,
                           QTextDocument)
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton)

from db.engine import Database
from db.types import utc_now
from pos.hub import whole_shop_db
from pos.i18n import language, right_to_left, speaking, words_of
from pos.money import format_money
from pos.shop import ShopSettings
from ui import background
from ui.day_picker import DayPicker, day_top_row, day_words
from ui.printing import a4, ask_save_path, ask_to_print
from ui.till_printer import RowsFor, has_till_printer, print_on_till
from pos.i18n import figure
from ui.widgets import message_label, say

PDF_DPI = 1200  # as a high-resolution QPrinter writes its PDF


class DayScreen(QDialog):
    """A dialog that shows one day's report (self.data once loaded). It names the report
    (REPORT: 'sales'), writes its CSV (write_csv) and its page (report_html)."""

    exported = Signal(str)  # a report written to a file or sent to the printer, in words

    REPORT = "report"  # the file's name: a code, as the file names of every language
    LANDSCAPE = False
    MARGIN_MM = 15.0

    def top_row(self, db: Database, shop: ShopSettings, manager_id: int, day: date | None,
                title: str, page_keys: bool = True) -> QHBoxLayout:
        """The title, the day picker (today unless a day is given) and the status line."""
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.data = None
        # Amounts read left to right inside an Arabic line.
        self.money = lambda m: figure(format_money(m, shop.locale))  # noqa: E731
        self.setWindowTitle(title)
        today = shop.local_date(utc_now())
        self.picker = DayPicker(day or today, today, shop.locale)
        self.picker.install_shortcuts(self, page_keys=page_keys)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)  # on a small screen it folds, it does not widen the window
        row = day_top_row(title, self.picker, self.status)
        # An attached till's manager also sees the whole shop: every till's figures, read on
        # the hub (Alt+W). What is done here (the close, the cash) stays this till's.
        # Whether there is a hub is found off the GUI thread: its address may come from the
        # system keyring, which can take its time (or ask to be unlocked).
        self.hub = None
        self.whole_shop_box = QCheckBox(self.tr("&Whole shop (hub)"))
        self.whole_shop_box.setToolTip(self.tr("Every till of the shop, read from the shop's hub"))
        self.whole_shop_box.toggled.connect(lambda _on: self.scope_changed())
        self.whole_shop_box.hide()
        row.addWidget(self.whole_shop_box)
        background.run_task(lambda: whole_shop_db(db),
                            background.while_alive(self, self._hub_found), lambda _e: None)
        return row

    def _hub_found(self, hub: Database | None) -> None:
        self.hub = hub
        self.whole_shop_box.setVisible(hub is not None)

    def whole_shop(self) -> bool:
        return self.hub is not None and self.whole_shop_box.isChecked()

    def source(self) -> Database:
        """Where the figures on screen are read: this till's file, or the shop's hub."""
        return self.hub if self.whole_shop() else self.db

    def scope_changed(self) -> None:
        self.reload()

    def day(self) -> date:
        return self.picker.day()

    def enter_stays_in_fields(self) -> None:
        """Enter belongs to the field it is typed in: no button answers it for the dialog
        (by default the first button, "Previous day", would)."""
        for pushed in self.findChildren(QPushButton):
            pushed.setAutoDefault(False)

    def report_row(self) -> QHBoxLayout:
        """The message line, the export and print buttons, and Close; Ctrl+P prints."""
        self.message = message_label()
        self.csv_button = QPushButton(self.csv_words())
        self.csv_button.clicked.connect(lambda: self._ask_path(
            self.tr("Export the day's report as CSV"), "CSV", "csv", self.export_csv))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self._ask_path(
            self.tr("Export the day's report as PDF"), "PDF", "pdf", self.export_pdf))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        QShortcut(QKeySequence.Print, self, activated=self.print_report)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.paper_progress = QProgressBar()
        self.paper_progress.setRange(0, 0)  # busy: a page has no count to show
        self.paper_progress.setMaximumWidth(120)
        self.paper_progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.paper_progress)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            row.addWidget(button)
        row.addSpacing(16)
        row.addWidget(close)
        return row

    def csv_words(self) -> str:
        return self.tr("Export CSV…")

    def show_not_loaded(self, sentence: str, error: Exception) -> None:
        """The status says the day is not on screen; the message line says why (the
        sentence has an {error} in it)."""
        self.status.setText(self.tr("{day}: not loaded.").format(
            day=day_words(self.day(), self.shop.locale)))
        self._say(sentence.format(error=words_of(error)), "error")

    def set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(enabled)

    @staticmethod
    def write_csv(data, path: str) -> None:
        raise NotImplementedError

    def report_html(self) -> str:
        raise NotImplementedError

    def roll_rows(self) -> RowsFor:
        """The report as a receipt roll's rows for its columns; None: it has no roll layout
        and prints on A4 only."""
        return None

    def _ask_path(self, title: str, kind: str, suffix: str, then) -> None:
        if self.data is None:
            return
        ask_save_path(self, title, f"{self.REPORT}-{self.data.day:%Y-%m-%d}.{suffix}", kind,
                      suffix, then)

    def export_csv(self, path: str) -> None:
        """The CSV in the language of the window, as the screen it was exported from."""
        data, write, code = self.data, self.write_csv, language()

        def work():
            with speaking(code):
                write(data, path)

        self._on_paper(work, self.tr("Saved {path}").format(path=figure(str(path))),
                       self.tr("The CSV could not be written: {reason}"))

    def export_pdf(self, path: str) -> None:
        html, landscape, margin = self.report_html(), self.LANDSCAPE, self.MARGIN_MM
        self._on_paper(lambda: save_pdf(html, path, landscape, margin),
                       self.tr("Saved {path}").format(path=figure(str(path))),
                       self.tr("The PDF could not be written: {reason}"))

    def print_report(self) -> None:
        """Ctrl+P: on the receipt printer when the report has a roll layout and this till an
        ESC/POS printer (sent off the GUI thread); else the system's print dialog."""
        if self.data is None:
            return
        rows_for = self.roll_rows()
        if rows_for is None or not has_till_printer(self.db):
            return self.print_page()
        self.set_exports_enabled(False)
        self.paper_progress.show()
        self._say(self.tr("Printing on the receipt printer…"), "info")
        print_on_till(self, self.db, self.manager_id, rows_for, self._printed_on_roll)

    def _printed_on_roll(self, words: str, tone: str) -> None:
        self.paper_progress.hide()
        self.set_exports_enabled(self.data is not None)
        if tone == "":  # this till has no receipt printer: the page, as before
            return self.print_page()
        self._say(words, tone)
        self.exported.emit(words)

    def print_page(self) -> None:
        """The report on A4 through the system's print dialog."""
        if self.data is None:
            return
        html = self.report_html()
        ask_to_print(self, a4(self.LANDSCAPE, self.MARGIN_MM), lambda printer: self._on_paper(
            lambda: page(html).print_(printer),
            self.tr("Sent to the printer."), self.tr("The page could not be printed: {reason}")))

    def _on_paper(self, work, done_words: str, failed_words: str) -> None:
        """A file written or a page printed off the GUI thread, a busy bar meanwhile; the
        window stays free, its paper buttons wait for the work to end."""
        self.set_exports_enabled(False)
        self.paper_progress.show()
        self._say(self.tr("Writing…"), "info")

        def finished(words: str, tone: str) -> None:
            self.paper_progress.hide()
            self.set_exports_enabled(self.data is not None)
            self._say(words, tone)
            self.exported.emit(words)

        def failed(error: Exception) -> None:
            reason = error.strerror or error if isinstance(error, OSError) else words_of(error)
            finished(failed_words.format(reason=reason), "error")

        background.run_task(work, background.while_alive(self, lambda _r: finished(
            done_words, "info")), background.while_alive(self, failed))

    def document(self) -> QTextDocument:
        return page(self.report_html())

    def _say(self, text: str, tone: str) -> None:
        say(self.message, text, tone)


def page(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def save_pdf(html: str, path: str, landscape: bool, margin_mm: float) -> None:
    """The page as an A4 PDF. A QPdfWriter, not a QPrinter: it may be used off the GUI
    thread."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setPageOrientation(QPageLayout.Landscape if landscape else QPageLayout.Portrait)
    writer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                          QPageLayout.Millimeter)
    page(html).print_(writer)


@dataclass(frozen=True)
class PaperSide:
    """Where things stand on a page in the language spoken. Qt's text layout joins and
    orders Arabic letters and runs a paragraph right to left (dir), but it lays a table's
    columns from the left whatever the language: an Arabic page lists its cells from the
    right itself (row), its words at the right edge (start), its figures at the left (end),
    its tables the page's width (table)."""

    right_to_left: bool

    @property
    def dir(self) -> str:
        return "rtl" if self.right_to_left else "ltr"

    @property
    def table(self) -> str:
        """A table's attributes: the page's width in Arabic, whose tables Qt would otherwise
        push past the right margin when aligned right."""
        return 'width="100%"' if self.right_to_left else ""

    @property
    def start(self) -> str:
        return "right" if self.right_to_left else "left"

    @property
    def end(self) -> str:
        return "left" if self.right_to_left else "right"

    def row(self, cells: list[str], style: str = "") -> str:
        """<tr> of the cells in reading order (each a whole <td>/<th>)."""
        ordered = reversed(cells) if self.right_to_left else cells
        return f"<tr{style}>{''.join(ordered)}</tr>"


def unbroken(text: str) -> str:
    """A date kept on one line of a page: Qt would break '7/4/2027' after a slash."""
    return text.replace(" ", "\xa0").replace("/", "/\u2060")



def paper_side() -> PaperSide:
    return PaperSide(right_to_left())
