"""The end of the manager's day: the sales (Z) report and the cash close.

The Z report is read-only figures. The cash side takes the opening float (once), cash put
in or taken out with a reason, and the count by notes and coins; closing the day records
the count and its difference from what was expected, after which the day can be reprinted
but not edited. Every read and write runs off the GUI thread (run_task)."""
from __future__ import annotations

from datetime import date, datetime
from html import escape

import shiboken6
from PySide6.QtCore import QMarginsF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from db.engine import Database
from db.models import Staff
from db.types import utc_now
from pos import cash, report_export, reports
from pos.money import Money, MoneyError, format_money
from pos.shop import ShopSettings
from pos.staff import PermissionDenied
from ui.returns_review import DayPicker, day_words
from ui.style import set_tone
from ui.backups import backup_in_background
from ui.tasks import run_task

MOVEMENT_WORDS = {"float": "Opening float", "in": "Cash in", "out": "Cash out"}
METHOD_WORDS = {"cash": "Cash", "card": "Card", "exchange": "Exchange credit"}
SHORT, OVER, EXACT = "#b00020", "#8a6d00", "#1b5e20"


def denomination_words(value: Money) -> str:
    return f"{value.minor // 100} MAD" if value.minor % 100 == 0 else \
        format_money(value).replace("\xa0", " ")


def difference_words(difference: Money, locale: str) -> tuple[str, str]:
    """('Short by 10,00 MAD', colour) from counted - expected."""
    if difference.is_negative():
        return f"Short by {format_money(-difference, locale)}", SHORT
    if difference:
        return f"Over by {format_money(difference, locale)}", OVER
    return "Exact: nothing missing, nothing over", EXACT


def _as_money(key) -> Money:
    """A denomination from a stored count: Money already, or its amount as text."""
    return key if isinstance(key, Money) else Money.of(str(key))


def movement_time(moment: datetime, day: date) -> str:
    """'14:05'; with the date when it was recorded on another day (a late entry)."""
    return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%d/%m %H:%M}"


def load_sales(db: Database, shop: ShopSettings, day: date):
    with db.read() as session:
        return reports.sales_day(session, shop, day)


class DayCloseDialog(QDialog):
    loaded = Signal()   # the day's figures and cash are on screen
    closed = Signal()   # the day was closed just now

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int,
                 day: date | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.data = None          # reports.SalesDay once loaded
        self._request = 0
        self._counted_day: date | None = None  # the day the count on screen belongs to
        self.busy = False
        self.money = lambda m: format_money(m, shop.locale)  # noqa: E731
        self.setWindowTitle("Sales and cash close")

        title = QLabel("Sales and cash close")
        title.setObjectName("screenTitle")
        today = shop.local_date(utc_now())
        self.picker = DayPicker(day or today, today)
        # Page Up/Down stay with the count's spin boxes; Alt+arrows change the day.
        self.picker.install_shortcuts(self, page_keys=False)
        self.picker.day_changed.connect(lambda _d: self.reload())
        self.status = QLabel("Loading…")
        self.status.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(self.status, 1)

        self.closed_banner = QLabel()
        self.closed_banner.setWordWrap(True)
        self.closed_banner.setStyleSheet(
            "background: #e8f0fe; border: 1px solid #2f6fde; border-radius: 6px; padding: 8px;"
            " font-size: 15px;")
        self.closed_banner.hide()

        columns = QHBoxLayout()
        columns.addWidget(self._sales_box(), 4)
        columns.addWidget(self._cash_box(), 5)
        columns.addWidget(self._count_box(), 4)

        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.csv_button = QPushButton("Export sales CSV…")
        self.csv_button.clicked.connect(lambda: self._ask_path("CSV", "csv", self.export_csv))
        self.pdf_button = QPushButton("Export PDF…")
        self.pdf_button.clicked.connect(lambda: self._ask_path("PDF", "pdf", self.export_pdf))
        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self.print_report)
        QShortcut(QKeySequence.Print, self, activated=self.print_report)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.closed_banner)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self._set_enabled(False)
        # Enter belongs to the field it is typed in: no button answers it for the dialog
        # (by default the first button, "Previous day", would).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.resize(1360, 800)
        self.reload()

    # ----- building ---------------------------------------------------------------------------
    def _sales_box(self) -> QGroupBox:
        box = QGroupBox("Sales (Z report)")
        self.sales_count = QLabel("—")
        self.gross = QLabel("—")
        self.promotions = QLabel("—")
        self.returns = QLabel("—")
        self.net = QLabel("—")
        self.net.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.refunds_by_method = QLabel(" ")
        self.refunds_by_method.setObjectName("hint")
        self.refunds_by_method.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form = QFormLayout()
        for caption, label in (("Sales", self.sales_count), ("Gross", self.gross),
                               ("Promotions", self.promotions), ("Returns", self.returns),
                               ("Net", self.net)):
            label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            form.addRow(caption, label)
            if label is self.returns:
                form.addRow("", self.refunds_by_method)
        self.by_method = _small_table(["Payment", "Amount"])
        self.by_clerk = _small_table(["Clerk", "Sales", "Amount"])
        self.tiktok = QLabel("—")
        self.tiktok.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(QLabel("By payment method"))
        layout.addWidget(self.by_method, 1)
        layout.addWidget(QLabel("By clerk"))
        layout.addWidget(self.by_clerk, 1)
        layout.addWidget(self.tiktok)
        return box

    def _cash_box(self) -> QGroupBox:
        box = QGroupBox("Cash in the drawer")
        self.float_field = QLineEdit()
        self.float_field.setPlaceholderText("Opening float, e.g. 500")
        # Once set, the float reads as a figure, not as a field waiting for one.
        self.float_field.setStyleSheet(
            "QLineEdit[readOnly=\"true\"] { background: transparent; border: none; "
            "font-weight: bold; }")
        self.float_field.returnPressed.connect(self.set_float)
        self.float_button = QPushButton("Set float")
        self.float_button.clicked.connect(self.set_float)
        float_row = QHBoxLayout()
        float_row.addWidget(QLabel("Opening float"))
        float_row.addWidget(self.float_field, 1)
        float_row.addWidget(self.float_button)

        self.movements = _small_table(["Time", "Kind", "Amount", "Reason", "By"])
        self.movements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.movements.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.kind = QComboBox()
        self.kind.addItem("Cash out", "out")
        self.kind.addItem("Cash in", "in")
        self.amount_field = QLineEdit()
        self.amount_field.setPlaceholderText("Amount")
        self.amount_field.setMaximumWidth(110)
        self.reason_field = QLineEdit()
        self.reason_field.setPlaceholderText("Why, e.g. bank deposit, supplier paid")
        self.reason_field.returnPressed.connect(self.record_movement)
        self.movement_button = QPushButton("Record")
        self.movement_button.clicked.connect(self.record_movement)
        movement_row = QHBoxLayout()
        movement_row.addWidget(self.kind)
        movement_row.addWidget(self.amount_field)
        movement_row.addWidget(self.reason_field, 1)
        movement_row.addWidget(self.movement_button)

        self.expected_lines = {}
        expected = QFormLayout()
        for key, caption in (("opening_float", "Opening float"), ("cash_sales", "+ Cash sales"),
                             ("cash_refunds", "− Cash refunds"), ("cash_in", "+ Cash in"),
                             ("cash_out", "− Cash out")):
            label = QLabel("—")
            label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.expected_lines[key] = label
            expected.addRow(caption, label)
        self.expected = QLabel("—")
        self.expected.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.expected.setStyleSheet("font-size: 20px; font-weight: bold;")
        expected.addRow("= Expected in the drawer", self.expected)

        layout = QVBoxLayout(box)
        layout.addLayout(float_row)
        layout.addWidget(QLabel("Cash put in or taken out"))
        layout.addWidget(self.movements, 1)
        layout.addLayout(movement_row)
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        layout.addWidget(line)
        layout.addLayout(expected)
        return box

    def _count_box(self) -> QGroupBox:
        box = QGroupBox("Count the drawer")
        grid = QGridLayout()
        self.count_fields: dict[Money, QSpinBox] = {}
        self.count_totals: dict[Money, QLabel] = {}
        row = 0
        for value in cash.DENOMINATIONS:
            if value in (cash.DENOMINATIONS[0], Money.of("10")):
                heading = QLabel("Notes" if row == 0 else "Coins")
                heading.setObjectName("hint")
                grid.addWidget(heading, row, 0)
                row += 1
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setAlignment(Qt.AlignRight)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(self._count_changed)
            total = QLabel(self.money(Money.zero()))
            total.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            total.setMinimumWidth(120)
            caption = QLabel(f"{denomination_words(value)}  ×")
            caption.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(total, row, 2)
            row += 1
            self.count_fields[value] = spin
            self.count_totals[value] = total
        self.counted = QLabel("—")
        self.counted.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.counted.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.difference = QLabel("—")
        self.difference.setWordWrap(True)
        self.difference.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.difference.setStyleSheet("font-size: 16px; font-weight: bold;")
        summary = QFormLayout()
        summary.addRow("Counted", self.counted)
        summary.addRow("Difference", self.difference)

        self.close_button = QPushButton("Close the day…")
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.ask_close)
        self.confirm_panel = QFrame()
        self.confirm_panel.setObjectName("panel")
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton("Yes, close the day")
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.close_day)
        self.not_yet_button = QPushButton("Not yet")
        self.not_yet_button.clicked.connect(self._hide_confirm)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addWidget(self.not_yet_button)
        confirm_buttons.addWidget(self.confirm_button, 1)
        confirm_layout = QVBoxLayout(self.confirm_panel)
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm_panel.hide()

        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addLayout(summary)
        layout.addStretch()
        layout.addWidget(self.confirm_panel)
        layout.addWidget(self.close_button)
        return box

    # ----- loading ----------------------------------------------------------------------------
    def day(self) -> date:
        return self.picker.day()

    def reload(self) -> None:
        self._request += 1
        request, day = self._request, self.day()
        self.status.setText(f"Loading {day_words(day)}…")
        self._hide_confirm()
        self._set_enabled(False)
        db, shop = self.db, self.shop
        run_task(lambda: load_sales(db, shop, day),
                 lambda result: self._loaded(request, result),
                 lambda error: self._failed(request, error))

    def _loaded(self, request: int, data) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self.data = data
        self._fill_sales(data)
        self._fill_cash(data.cash)
        self.status.setText(day_words(data.day) + (": closed." if data.cash.closed else "."))
        self._set_enabled(True)
        self.loaded.emit()

    def _failed(self, request: int, error: Exception) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self.status.setText(f"{day_words(self.day())}: not loaded.")
        self._say(f"The day could not be read: {error}", "error")

    def _fill_sales(self, data) -> None:
        self.sales_count.setText(str(data.count))
        self.gross.setText(self.money(data.gross))
        self.promotions.setText(f"− {self.money(data.promotions)}" if data.promotions
                                else self.money(data.promotions))
        self.returns.setText(f"− {self.money(data.returns)}" if data.returns
                             else self.money(data.returns))
        # Card refunds go back through the terminal, cash ones out of the drawer.
        self.refunds_by_method.setText(" · ".join(
            f"{METHOD_WORDS.get(m, m)} {self.money(a)}"
            for m, a in sorted(data.returns_by_method.items())) or " ")
        self.net.setText(self.money(data.net))
        _fill(self.by_method, [(METHOD_WORDS.get(m, m.capitalize()), self.money(a))
                               for m, a in sorted(data.by_method.items())])
        _fill(self.by_clerk, [(clerk, str(n), self.money(a))
                              for clerk, (n, a) in sorted(data.by_clerk.items())])
        waiting, failed = data.tiktok_waiting, data.tiktok_failed
        if failed:
            text = (f"TikTok: {waiting} event{'s' if waiting != 1 else ''} of this day still "
                    f"waiting, {failed} failed (see Manager → TikTok queue).")
            self.tiktok.setStyleSheet(f"color: {SHORT}; font-weight: bold;")
        elif waiting:
            text = (f"TikTok: {waiting} event{'s' if waiting != 1 else ''} of this day still "
                    "waiting to be sent.")
            self.tiktok.setStyleSheet(f"color: {OVER};")
        else:
            text = "TikTok: every event of this day has been sent."
            self.tiktok.setStyleSheet(f"color: {EXACT};")
        self.tiktok.setText(text)

    def _fill_cash(self, summary) -> None:
        float_set = self.float_is_set(summary)
        self.float_field.setText(self.money(summary.opening_float) if float_set else "")
        rows = []
        for moment, kind, amount, reason, staff in summary.movements:
            when = movement_time(moment, self.data.day)
            rows.append((when, MOVEMENT_WORDS.get(kind, kind), self.money(amount), reason or "",
                         staff or ""))
        _fill(self.movements, rows, right=(2,))
        for key, label in self.expected_lines.items():
            label.setText(self.money(getattr(summary, key)))
        self.expected.setText(self.money(summary.expected))
        if summary.closed:
            counts = {_as_money(k): int(v)
                      for k, v in (summary.counted_by_denomination or {}).items()}
        elif self._counted_day == self.data.day:
            counts = self.counts()  # a float or a cash movement saved mid-count keeps the count
        else:
            counts = {}
        self._counted_day = self.data.day
        for value, spin in self.count_fields.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(value, 0))
            spin.blockSignals(False)
        self._count_changed()
        if summary.closed:
            when = summary.closed_at
            if isinstance(when, datetime) and when.tzinfo is not None:
                when = self.shop.local_time(when)
            words, colour = difference_words(summary.difference, self.shop.locale)
            self.closed_banner.setText(
                f"<b>This day is closed</b> by {escape(str(summary.closed_by))} on "
                f"{when:%d/%m/%Y at %H:%M}: counted {self.money(summary.counted)}, expected "
                f"{self.money(summary.expected)}. <span style='color:{colour}'>{words}.</span> "
                "It can be printed again, not changed.")
            if summary.changed_since_close:
                self.closed_banner.setText(
                    self.closed_banner.text() + f"<br><span style='color:{SHORT}'>Cash moved "
                    f"by {self.money(summary.changed_since_close)} after the close (a late sale "
                    "or return): it is not in the count.</span>")
            self.closed_banner.show()
        else:
            self.closed_banner.hide()

    @staticmethod
    def float_is_set(summary) -> bool:
        return summary.float_set

    def _set_enabled(self, loaded: bool) -> None:
        """Nothing is edited before the day is on screen, while a change is being saved, or
        once the day is closed."""
        summary = self.data.cash if (loaded and self.data is not None) else None
        open_day = summary is not None and not summary.closed and not self.busy
        can_float = open_day and not self.float_is_set(summary)
        self.float_field.setReadOnly(not can_float)
        self.float_button.setEnabled(can_float)
        self.float_button.setVisible(summary is None or not self.float_is_set(summary))
        for widget in (self.kind, self.amount_field, self.reason_field, self.movement_button,
                       self.close_button):
            widget.setEnabled(open_day)
        closed = summary is not None and summary.closed
        self.close_button.setVisible(not closed and self.confirm_panel.isHidden())
        for spin in self.count_fields.values():
            spin.setReadOnly(not open_day)
            spin.setButtonSymbols(QSpinBox.UpDownArrows if open_day else QSpinBox.NoButtons)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(summary is not None)

    def is_read_only(self) -> bool:
        return (not self.close_button.isEnabled() and not self.movement_button.isEnabled()
                and not self.float_button.isEnabled()
                and all(spin.isReadOnly() for spin in self.count_fields.values()))

    # ----- counting ---------------------------------------------------------------------------
    def counts(self) -> dict[Money, int]:
        return {value: spin.value() for value, spin in self.count_fields.items() if spin.value()}

    def set_count(self, value: Money | str, number: int) -> None:
        self.count_fields[_as_money(value)].setValue(number)

    def _count_changed(self, *_args) -> None:
        for value, spin in self.count_fields.items():
            self.count_totals[value].setText(self.money(value * spin.value()))
        total = cash.counted_total(self.counts())
        self.counted.setText(self.money(total))
        if self.data is None:
            self.difference.setText("—")
            return
        words, colour = difference_words(total - self.data.cash.expected, self.shop.locale)
        self.difference.setText(words)
        self.difference.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {colour};")
        if not self.confirm_panel.isHidden():
            self._hide_confirm()  # the count changed: the question asked is no longer true

    # ----- changing the day's cash ------------------------------------------------------------
    def set_float(self) -> None:
        amount = self._amount(self.float_field, "the opening float")
        if amount is None:
            return
        day, shop = self.day(), self.shop
        self._write(lambda s, manager: cash.set_opening_float(s, shop, manager, day, amount),
                    f"Opening float of {self.money(amount)} set.")

    def record_movement(self) -> None:
        amount = self._amount(self.amount_field, "the amount")
        if amount is None:
            return
        reason = self.reason_field.text().strip()
        if not reason:
            self._say("Write why the cash goes in or out.", "error")
            self.reason_field.setFocus()
            return
        kind, day, shop = self.kind.currentData(), self.day(), self.shop
        words = "put in" if kind == "in" else "taken out"

        def work(session, manager):
            cash.record_cash_movement(session, shop, manager, day, kind, amount, reason)

        def after():
            self.amount_field.clear()
            self.reason_field.clear()

        self._write(work, f"{self.money(amount)} {words}: {reason}.", after)

    def ask_close(self) -> None:
        if self.data is None or self.data.cash.closed:
            return
        total = cash.counted_total(self.counts())
        words, _colour = difference_words(total - self.data.cash.expected, self.shop.locale)
        self.confirm_text.setText(
            f"Close {day_words(self.day())} with {self.money(total)} counted against "
            f"{self.money(self.data.cash.expected)} expected? {words}. "
            "A closed day cannot be changed afterwards.")
        self.confirm_panel.show()
        self.close_button.hide()
        self.confirm_button.setFocus()

    def _hide_confirm(self) -> None:
        self.confirm_panel.hide()
        self.close_button.show()

    def close_day(self) -> None:
        counts = {value: spin.value() for value, spin in self.count_fields.items()}
        day, shop = self.day(), self.shop
        self._hide_confirm()
        def after():
            self.closed.emit()
            backup_in_background(self.db.url, shop, "close",
                                 lambda text: self._say(f"{day_words(day)} is closed. {text}.",
                                                        "info"))

        self._write(lambda s, manager: cash.close_day(s, shop, manager, day, counts),
                    f"{day_words(day)} is closed.", after)

    def _amount(self, field: QLineEdit, what: str) -> Money | None:
        try:
            amount = Money.parse(field.text(), self.shop.locale)
        except MoneyError as error:
            self._say(f"{what.capitalize()}: {error}", "error")
            field.setFocus()
            field.selectAll()
            return None
        return amount

    def _write(self, change, done_text: str, after=None) -> None:
        """Saves one change to the day's cash off the GUI thread, then shows the day again."""
        if self.busy:
            return
        self.busy = True
        self._set_enabled(True)
        db, manager_id = self.db, self.manager_id

        def work():
            with db.write() as session:
                change(session, session.get(Staff, manager_id))

        def done(_result):
            self.busy = False
            if not shiboken6.isValid(self):
                return
            self._say(done_text, "info")
            if after is not None:
                after()
            self.reload()

        def failed(error):
            self.busy = False
            if not shiboken6.isValid(self):
                return
            self._set_enabled(True)
            words = str(error) if isinstance(error, (ValueError, PermissionDenied)) else \
                f"Nothing was saved: {error}"
            self._say(words, "error")

        run_task(work, done, failed)

    # ----- export and print -------------------------------------------------------------------
    def _ask_path(self, kind: str, suffix: str, then) -> None:
        if self.data is None:
            return
        dialog = QFileDialog(self, f"Export the day's sales as {kind}",
                             f"sales-{self.data.day:%Y-%m-%d}.{suffix}", f"{kind} (*.{suffix})")
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(then)
        self.file_dialog = dialog
        dialog.open()

    def export_csv(self, path: str) -> None:
        try:
            report_export.sales_csv(self.data, path)
        except OSError as error:
            self._say(f"The CSV could not be written: {error.strerror or error}", "error")
            return
        self._say(f"Saved {path}", "info")

    def export_pdf(self, path: str) -> None:
        printer = _a4()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(path)
        self.document().print_(printer)
        self._say(f"Saved {path}", "info")

    def print_report(self) -> None:
        if self.data is None:
            return
        printer = _a4()
        dialog = QPrintDialog(printer, self)
        document = self.document()
        dialog.accepted.connect(lambda: document.print_(printer))
        self.print_dialog = dialog
        self._printer = printer
        # QPrintDialog.open in PySide takes (receiver, slot); the plain QDialog.open is wanted.
        QDialog.open(dialog)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(sales_day_html(self.data, self.shop))
        return document

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        set_tone(self.message, tone)


def sales_day_html(data, shop: ShopSettings) -> str:
    """The Z report and the cash on paper; a closed day's count with it."""
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    summary = data.cash

    def rows(pairs):
        return "".join(f"<tr><td>{escape(a)}</td><td align=right>{escape(b)}</td></tr>"
                       for a, b in pairs)

    methods = rows((METHOD_WORDS.get(m, m), money(a)) for m, a in sorted(data.by_method.items()))
    clerks = "".join(f"<tr><td>{escape(c)}</td><td align=right>{n}</td>"
                     f"<td align=right>{money(a)}</td></tr>"
                     for c, (n, a) in sorted(data.by_clerk.items()))
    movements = "".join(
        f"<tr><td>{movement_time(m, data.day)}</td><td>{MOVEMENT_WORDS.get(k, k)}</td>"
        f"<td align=right>{money(a)}</td><td>{escape(r or '')}</td><td>{escape(s or '')}</td>"
        "</tr>" for m, k, a, r, s in summary.movements) or "<tr><td colspan=5>None.</td></tr>"
    refunds = " · ".join(f"{METHOD_WORDS.get(m, m)} {money(a)}"
                         for m, a in sorted(data.returns_by_method.items()))
    if summary.closed:
        counts = {_as_money(k): int(v) for k, v in (summary.counted_by_denomination or {}).items()}
        count_rows = "".join(
            f"<tr><td>{denomination_words(v)}</td><td align=right>{counts.get(v, 0)}</td>"
            f"<td align=right>{money(v * counts.get(v, 0))}</td></tr>"
            for v in cash.DENOMINATIONS if counts.get(v))
        words, colour = difference_words(summary.difference, shop.locale)
        when = summary.closed_at
        if isinstance(when, datetime) and when.tzinfo is not None:
            when = shop.local_time(when)
        close = f"""<h3>Count</h3>
<table cellspacing=0 cellpadding=3 border=1>{count_rows}
<tr><td><b>Counted</b></td><td></td>
<td align=right><b>{money(summary.counted)}</b></td></tr></table>
<p><b style="color:{colour}">{words}.</b> Closed by {escape(str(summary.closed_by))} on
{when:%d/%m/%Y at %H:%M}.</p>"""
    else:
        close = "<p><b>The day is not closed yet.</b></p>"
    printed = shop.local_time(utc_now())
    return f"""
<html><body style="font-size: 10pt;">
<h2>Sales (Z report) · {escape(shop.name)} · {day_words(data.day)}</h2>
<table cellspacing=0 cellpadding=3>
{rows([("Sales", str(data.count)), ("Gross", money(data.gross)),
       ("Promotions", f"− {money(data.promotions)}"), ("Returns", f"− {money(data.returns)}")])}
<tr><td><b>Net</b></td><td align=right><b>{money(data.net)}</b></td></tr>
</table>
{f"<p>Returns paid back: {escape(refunds)}.</p>" if refunds else ""}
<h3>By payment method</h3><table cellspacing=0 cellpadding=3 border=1>{methods}</table>
<h3>By clerk</h3><table cellspacing=0 cellpadding=3 border=1>
<tr><th align=left>Clerk</th><th>Sales</th><th>Amount</th></tr>{clerks}</table>
<p>TikTok events of this day: {data.tiktok_waiting} waiting, {data.tiktok_failed} failed.</p>
<h3>Cash</h3>
<table cellspacing=0 cellpadding=3>
{rows([("Opening float", money(summary.opening_float)), ("+ Cash sales", money(summary.cash_sales)),
       ("− Cash refunds", money(summary.cash_refunds)), ("+ Cash in", money(summary.cash_in)),
       ("− Cash out", money(summary.cash_out))])}
<tr><td><b>= Expected</b></td><td align=right><b>{money(summary.expected)}</b></td></tr>
</table>
<h3>Cash put in or taken out</h3>
<table cellspacing=0 cellpadding=3 border=1>{movements}</table>
{close}
<p style="font-size: 8pt; color: #666;">Printed {printed:%d/%m/%Y %H:%M}.</p>
</body></html>"""


def _a4() -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter)
    return printer


def _small_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.NoSelection)
    table.setFocusPolicy(Qt.NoFocus)
    table.setStyleSheet("QTableView { font-size: 14px; }")
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple], right: tuple[int, ...] | None = None) -> None:
    """Plain text rows; numbers (every column but the first, unless told) to the right."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if (c in right) if right is not None else c > 0:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)
