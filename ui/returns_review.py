"""The manager's daily returns review: what came back on a day, why, how much money went out,
how much the policy kept, who did it, and what deserves a second look; with the last 30
days as charts, and the day exported to CSV or PDF, or printed.

Every query runs off the GUI thread (run_task); the screen shows plain values only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from html import escape

import shiboken6
from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import QDate, QMarginsF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QKeySequence, QPageLayout, QPageSize, QPainter,
                           QShortcut, QTextDocument)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
                               QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QStyledItemDelegate, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from db.engine import Database
from db.types import utc_now
from pos import report_export, reports
from pos.money import Money, format_money
from pos.return_policy import Outcome, Reason
from pos.shop import ShopSettings
from ui.style import set_tone
from ui.tasks import run_task

CHART_DAYS = 30
COLUMNS = ["Time", "Return", "Order", "Order date", "Items", "Reason", "Decision", "Refunded",
           "Deducted", "Outcome", "Clerk", "Approved by", "Override reason", "Policy"]
(TIME, RETURN, ORDER, ORDER_DATE, ITEMS, REASON, DECISION, REFUNDED, DEDUCTED, OUTCOME, CLERK,
 APPROVED_BY, OVERRIDE_REASON, POLICY) = range(len(COLUMNS))
MONEY_COLUMNS = (REFUNDED, DEDUCTED)
WARNING = "#a04000"          # flags: dark amber, readable on white
WARNING_BACKGROUND = "#fff1d6"
# The share of the page's width each column gets on paper: the sentences get the most.
PDF_WIDTHS = (4, 9.5, 9.5, 6.5, 9, 6.5, 13.5, 6.5, 6.5, 5.5, 5, 6, 7.5, 4.5)
FLAG_WORDS = {"override": "Override", "same_clerk": "Same clerk",
              "cash_for_card": "Cash for card", "repeat_customer": "Repeat customer"}


# ----- words for the shop's codes -------------------------------------------------------------
def reason_words(code: str) -> str:
    try:
        return Reason(code).label
    except ValueError:
        return code


def outcome_words(code: str) -> str:
    try:
        return Outcome(code).label
    except ValueError:
        return code


def day_words(day: date) -> str:
    return f"{day:%A} {day:%d/%m/%Y}"


def first_sentence(text: str) -> str:
    """'Refund allowed, day 2 of 3.' of the policy's explanation: the table's short form."""
    head, dot, rest = (text or "").partition(". ")
    return head + "." if dot and rest else text


def as_date(value) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


# ----- the date picker, shared with the day's close -------------------------------------------
class DayPicker(QWidget):
    """One shop day: typed or picked from a calendar, or stepped with the buttons,
    Alt+Left/Alt+Right and Page Up/Page Down."""

    day_changed = Signal(object)  # datetime.date

    def __init__(self, day: date, today: date, parent=None):
        super().__init__(parent)
        self._today = today
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd dd/MM/yyyy")
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self.edit.setMinimumWidth(170)
        self.edit.dateChanged.connect(lambda _d: self.day_changed.emit(self.day()))
        self.previous_button = QPushButton("◀ Previous day")
        self.previous_button.setToolTip("Alt+Left or Page Up")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("Next day ▶")
        self.next_button.setToolTip("Alt+Right or Page Down")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton("Today")
        self.today_button.clicked.connect(self.go_today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.edit)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)

    def install_shortcuts(self, window: QWidget, page_keys: bool = True) -> None:
        """The keys work anywhere in the window; page keys are left out where a spin box
        needs them (the cash count)."""
        keys = [("Alt+Left", -1), ("Alt+Right", 1)]
        if page_keys:
            keys += [("PgUp", -1), ("PgDown", 1)]
        self.shortcuts = []
        for sequence, step in keys:
            shortcut = QShortcut(QKeySequence(sequence), window)
            shortcut.activated.connect(lambda s=step: self.step(s))
            self.shortcuts.append(shortcut)

    def day(self) -> date:
        return self.edit.date().toPython()

    def set_day(self, day: date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def step(self, days: int) -> None:
        self.set_day(self.day() + timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self._today)


# ----- loading --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChartData:
    end_day: date
    by_reason: dict[str, int]
    rates: list[tuple]  # (day, returned Money, sold Money, rate Decimal | None)

    @property
    def returned(self) -> Money:
        return Money(sum(r[1].minor for r in self.rates))

    @property
    def sold(self) -> Money:
        return Money(sum(r[2].minor for r in self.rates))


def load_day(db: Database, shop: ShopSettings, day: date):
    with db.read() as session:
        return reports.returns_day(session, shop, day)


def load_chart(db: Database, shop: ShopSettings, end_day: date) -> ChartData:
    with db.read() as session:
        return ChartData(end_day,
                         reports.returns_by_reason(session, shop, end_day, days=CHART_DAYS),
                         reports.return_rate_by_day(session, shop, end_day, days=CHART_DAYS))


# ----- the screen -----------------------------------------------------------------------------
class ReturnsReviewDialog(QDialog):
    loaded = Signal()        # the day's table, totals and flags are on screen
    chart_loaded = Signal()  # the 30-day charts are drawn

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int,
                 day: date | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.data = None           # reports.ReturnsDay once loaded
        self.chart_data: ChartData | None = None
        self._day_request = 0
        self._chart_request = 0
        self._chart_stale = True
        self.setWindowTitle("Returns review")
        self.money = lambda m: format_money(m, shop.locale)  # noqa: E731

        title = QLabel("Returns review")
        title.setObjectName("screenTitle")
        today = shop.local_date(utc_now())
        self.picker = DayPicker(day or today, today)
        self.picker.install_shortcuts(self)
        self.picker.day_changed.connect(self._day_changed)
        self.status = QLabel("Loading…")
        self.status.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(self.status, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._day_tab(), "The day")
        self.tabs.addTab(self._chart_tab(), f"Last {CHART_DAYS} days")
        self.tabs.currentChanged.connect(lambda _i: self._load_chart_if_shown())

        self.message = QLabel(" ")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.csv_button = QPushButton("Export CSV…")
        self.csv_button.clicked.connect(lambda: self._ask_path("CSV", "csv", self.export_csv))
        self.pdf_button = QPushButton("Export PDF…")
        self.pdf_button.clicked.connect(lambda: self._ask_path("PDF", "pdf", self.export_pdf))
        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self.print_day)
        QShortcut(QKeySequence.Print, self, activated=self.print_day)
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
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._set_exports_enabled(False)
        # Enter belongs to the field it is typed in: no button answers it for the dialog
        # (by default the first button, "Previous day", would).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        _fit_to_screen(self, 1600, 900)
        self.reload()

    # ----- the day tab --------------------------------------------------------------------------
    def _day_tab(self) -> QWidget:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setStyleSheet("QTableView { font-size: 13px; } "
                                 "QHeaderView::section { font-size: 13px; padding: 4px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # The sentences are read in full in the detail line below; in the table they start
        # only, so that the clerk and the approving manager fit without scrolling.
        for column, width in ((ITEMS, 160), (OVERRIDE_REASON, 160)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(DECISION, QHeaderView.Stretch)
        header.setMinimumSectionSize(48)
        self._elide = _ElideRight(self.table)
        for column in (ITEMS, DECISION, OVERRIDE_REASON):
            self.table.setItemDelegateForColumn(column, self._elide)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.detail = QLabel(" ")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("hint")
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.count_value = QLabel("—")
        self.refunded_value = QLabel("—")
        self.deducted_value = QLabel("—")
        for label in (self.count_value, self.refunded_value, self.deducted_value):
            label.setStyleSheet("font-size: 20px; font-weight: bold;")
            label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        totals = QGroupBox("Totals")
        grid = QGridLayout(totals)
        grid.addWidget(QLabel("Returns"), 0, 0)
        grid.addWidget(self.count_value, 0, 1)
        grid.addWidget(QLabel("Refunded"), 1, 0)
        grid.addWidget(self.refunded_value, 1, 1)
        grid.addWidget(QLabel("Deducted (kept)"), 2, 0)
        grid.addWidget(self.deducted_value, 2, 1)
        grid.setRowStretch(3, 1)

        self.by_reason = _breakdown_table("Reason")
        self.by_clerk = _breakdown_table("Clerk")
        reason_box = _boxed("By reason", self.by_reason)
        clerk_box = _boxed("By clerk", self.by_clerk)

        self.flags = QListWidget()
        self.flags.setWordWrap(True)
        self.flags.setSpacing(1)
        self.flags.setStyleSheet("QListWidget { font-size: 14px; }")
        self.flags.itemActivated.connect(self._flag_chosen)
        self.flags.itemClicked.connect(self._flag_chosen)
        self.flags_box = _boxed("To look at", self.flags)

        bottom = QHBoxLayout()
        bottom.addWidget(totals, 0)
        bottom.addWidget(reason_box, 3)
        bottom.addWidget(clerk_box, 2)
        bottom_widget = QWidget()
        bottom_widget.setLayout(bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.detail)

        # What needs a second look comes first, then the day, then its totals; the manager
        # can give any of them more room.
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.flags_box, middle, bottom_widget):
            self.splitter.addWidget(widget)
        self.flags_box.setMinimumHeight(80)
        bottom_widget.setMinimumHeight(120)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 400, 190])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.splitter)
        return page

    # ----- the chart tab ------------------------------------------------------------------------
    def _chart_tab(self) -> QWidget:
        self.chart_summary = QLabel("Loading…")
        self.chart_summary.setWordWrap(True)
        self.chart_summary.setStyleSheet("font-size: 16px;")
        self.reason_chart = _chart()
        self.reason_view = QChartView(self.reason_chart)
        self.reason_view.setRenderHint(QPainter.Antialiasing)
        self.rate_chart = _chart()
        self.rate_view = QChartView(self.rate_chart)
        self.rate_view.setRenderHint(QPainter.Antialiasing)
        charts = QHBoxLayout()
        charts.addWidget(self.reason_view, 2)
        charts.addWidget(self.rate_view, 3)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.chart_summary)
        layout.addLayout(charts, 1)
        return page

    # ----- loading ------------------------------------------------------------------------------
    def day(self) -> date:
        return self.picker.day()

    def _day_changed(self, _day: date) -> None:
        self._chart_stale = True
        self.reload()

    def reload(self) -> None:
        """Loads the picked day; a newer pick overtakes a load still running."""
        self._day_request += 1
        request, day = self._day_request, self.day()
        self.status.setText(f"Loading {day_words(day)}…")
        self._set_exports_enabled(False)
        db, shop = self.db, self.shop
        run_task(lambda: load_day(db, shop, day),
                 lambda result: self._loaded(request, result),
                 lambda error: self._failed(request, error))
        self._load_chart_if_shown()

    def _loaded(self, request: int, data) -> None:
        if not shiboken6.isValid(self) or request != self._day_request:
            return  # the screen is gone, or another day was picked meanwhile
        self.data = data
        self._fill_table(data)
        self._fill_totals(data)
        self._fill_flags(data)
        count = len(data.rows)
        self.status.setText(f"{day_words(data.day)}: " + (
            f"{count} return{'s' if count != 1 else ''}." if count else "no returns."))
        self._set_exports_enabled(True)
        self.loaded.emit()

    def _failed(self, request: int, error: Exception) -> None:
        if not shiboken6.isValid(self) or request != self._day_request:
            return
        self.status.setText(f"{day_words(self.day())}: not loaded.")
        self._say(f"The returns could not be read: {error}", "error")

    def _load_chart_if_shown(self) -> None:
        """The 30 days are read only when the chart tab is looked at."""
        if self.tabs.currentIndex() != 1 or not self._chart_stale:
            return
        self._chart_stale = False
        self._chart_request += 1
        request, day = self._chart_request, self.day()
        self.chart_summary.setText(f"Loading the {CHART_DAYS} days to {day:%d/%m/%Y}…")
        db, shop = self.db, self.shop
        run_task(lambda: load_chart(db, shop, day),
                 lambda result: self._chart_loaded(request, result),
                 lambda error: self._chart_failed(request, error))

    def _chart_loaded(self, request: int, data: ChartData) -> None:
        if not shiboken6.isValid(self) or request != self._chart_request:
            return
        self.chart_data = data
        self._draw_reasons(data)
        self._draw_rates(data)
        total = sum(data.by_reason.values())
        rate = (f" ({_percent(Decimal(data.returned.minor) / data.sold.minor)} of the value sold)"
                if data.sold.minor else "")
        first = data.end_day - timedelta(days=CHART_DAYS - 1)
        self.chart_summary.setText(
            f"{first:%d/%m/%Y} to {data.end_day:%d/%m/%Y}: {total} return"
            f"{'s' if total != 1 else ''}, {self.money(data.returned)} returned of "
            f"{self.money(data.sold)} sold{rate}.")
        self.chart_loaded.emit()

    def _chart_failed(self, request: int, error: Exception) -> None:
        if not shiboken6.isValid(self) or request != self._chart_request:
            return
        self._chart_stale = True
        self.chart_summary.setText(f"The last {CHART_DAYS} days could not be read: {error}")

    # ----- filling ------------------------------------------------------------------------------
    def _fill_table(self, data) -> None:
        flagged: dict[str, list[str]] = {}
        for flag in data.flags:
            flagged.setdefault(flag.return_number, []).append(flag.text)
        self.table.setRowCount(len(data.rows))
        for r, row in enumerate(data.rows):
            outcome = outcome_words(row.outcome)
            if row.refund_method and row.refunded:
                outcome = f"{outcome} ({row.refund_method})"
            order_day = as_date(row.order_date)
            cells = [f"{row.time:%H:%M}", row.return_number, row.order_number,
                     f"{order_day:%d/%m/%Y}" if order_day else "", row.items,
                     reason_words(row.reason), first_sentence(row.decision),
                     self.money(row.refunded), self.money(row.deducted), outcome, row.clerk,
                     row.approved_by or "", row.override_reason or "", f"v{row.policy_version}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in MONEY_COLUMNS:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c in (ITEMS, OVERRIDE_REASON) and text:
                    item.setToolTip(text)
                if c == DECISION:
                    item.setToolTip(row.decision)
                if c == RETURN:
                    item.setData(Qt.UserRole, row.return_id)
                    if row.return_number in flagged:
                        item.setText(f"⚠ {text}")
                        item.setForeground(QBrush(QColor(WARNING)))
                        item.setBackground(QBrush(QColor(WARNING_BACKGROUND)))
                        item.setToolTip("\n".join(flagged[row.return_number]))
                self.table.setItem(r, c, item)
        self.detail.setText("Select a return to read its decision in full." if data.rows
                            else " ")

    def _fill_totals(self, data) -> None:
        self.count_value.setText(str(data.count))
        self.refunded_value.setText(self.money(data.refunded))
        self.deducted_value.setText(self.money(data.deducted))
        self._fill_breakdown(self.by_reason, data.by_reason, reason_words)
        self._fill_breakdown(self.by_clerk, data.by_clerk, str)

    def _fill_breakdown(self, table: QTableWidget, figures: dict, words) -> None:
        ordered = sorted(figures.items(), key=lambda kv: (-kv[1][0], words(kv[0])))
        table.setRowCount(len(ordered))
        for r, (key, (count, refunded, deducted)) in enumerate(ordered):
            for c, text in enumerate((words(key), str(count), self.money(refunded),
                                      self.money(deducted))):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(r, c, item)

    def _fill_flags(self, data) -> None:
        self.flags.clear()
        count = len(data.flags)
        self.flags_box.setTitle(f"To look at ({count})" if count else "To look at")
        if not data.flags:
            item = QListWidgetItem("Nothing to look at: no override, no return by the clerk "
                                   "who made the sale, no cash for a card sale, no repeat "
                                   "customer." if data.rows else "No returns on this day.")
            item.setFlags(Qt.NoItemFlags)
            item.setForeground(QBrush(QColor("#1b5e20")))
            self.flags.addItem(item)
            return
        for flag in data.flags:
            item = QListWidgetItem(f"⚠ {flag.text}")
            item.setForeground(QBrush(QColor(WARNING)))
            item.setData(Qt.UserRole, flag.return_number)
            item.setToolTip(FLAG_WORDS.get(flag.kind, flag.kind))
            self.flags.addItem(item)

    def flag_texts(self) -> list[str]:
        return [self.flags.item(i).text().removeprefix("⚠ ")
                for i in range(self.flags.count())
                if self.flags.item(i).data(Qt.UserRole) is not None]

    def _flag_chosen(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.UserRole)
        if number is None or self.data is None:
            return
        for r, row in enumerate(self.data.rows):
            if row.return_number == number:
                self.table.selectRow(r)
                self.table.scrollToItem(self.table.item(r, RETURN))
                return

    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        row = self.data.rows[rows[0].row()]
        parts = [f"<b>{escape(row.return_number)}</b> · {escape(row.items)}",
                 escape(row.decision)]
        if row.approved_by:
            parts.append(f"Override by {escape(row.approved_by)}: "
                         f"{escape(row.override_reason or '')}")
        self.detail.setText("<br>".join(parts))

    def _draw_reasons(self, data: ChartData) -> None:
        chart = self.reason_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        ordered = sorted(data.by_reason.items(), key=lambda kv: kv[1])  # biggest on top
        chart.setTitle(f"Returns by reason, {CHART_DAYS} days to {data.end_day:%d/%m/%Y}")
        if not ordered:
            chart.setTitle(chart.title() + ": none")
            return
        bars = QBarSet("Returns")
        bars.setColor(QColor("#2f6fde"))
        bars.append([count for _reason, count in ordered])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        reasons = QBarCategoryAxis()
        # The count is in the name: readable without measuring the bar against the axis.
        reasons.append([f"{reason_words(reason)} ({count})" for reason, count in ordered])
        reasons.setTruncateLabels(False)
        chart.addAxis(reasons, Qt.AlignLeft)
        series.attachAxis(reasons)
        counts = QValueAxis()
        counts.setRange(0, max(count for _r, count in ordered))
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        counts.setTitleText("Returns")
        chart.addAxis(counts, Qt.AlignBottom)
        series.attachAxis(counts)

    def _draw_rates(self, data: ChartData) -> None:
        """One bar a day: returned value as a share of the value sold that day."""
        chart = self.rate_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle("Return rate per day (value returned ÷ value sold)")
        bars = QBarSet("Return rate")
        bars.setColor(QColor(WARNING))
        labels = []
        highest = 0.0
        for day, _returned, _sold, rate in data.rates:
            value = float(rate * 100) if rate is not None else 0.0
            highest = max(highest, value)
            bars.append(value)
            labels.append(f"{day:%d/%m}")
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        days = QBarCategoryAxis()
        days.append(labels)
        days.setLabelsAngle(-90)
        days.setTruncateLabels(False)
        chart.addAxis(days, Qt.AlignBottom)
        series.attachAxis(days)
        percent = QValueAxis()
        percent.setRange(0, max(highest, 1.0))
        percent.applyNiceNumbers()
        percent.setLabelFormat("%.0f %%")
        percent.setTitleText("% of the day's sales")
        chart.addAxis(percent, Qt.AlignLeft)
        series.attachAxis(percent)

    # ----- export and print -------------------------------------------------------------------
    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(enabled)

    def _ask_path(self, kind: str, suffix: str, then) -> None:
        if self.data is None:
            return
        dialog = QFileDialog(self, f"Export the day's returns as {kind}",
                             f"returns-{self.data.day:%Y-%m-%d}.{suffix}",
                             f"{kind} (*.{suffix})")
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(then)
        self.file_dialog = dialog
        dialog.open()

    def export_csv(self, path: str) -> None:
        try:
            report_export.returns_csv(self.data, path)
        except OSError as error:
            self._say(f"The CSV could not be written: {error.strerror or error}", "error")
            return
        self._say(f"Saved {path}", "info")

    def export_pdf(self, path: str) -> None:
        printer = _a4_landscape()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(path)
        self.document().print_(printer)
        self._say(f"Saved {path}", "info")

    def print_day(self) -> None:
        if self.data is None:
            return
        printer = _a4_landscape()
        dialog = QPrintDialog(printer, self)
        document = self.document()
        dialog.accepted.connect(lambda: document.print_(printer))
        self.print_dialog = dialog
        self._printer = printer
        # QPrintDialog.open in PySide takes (receiver, slot); the plain QDialog.open is wanted.
        QDialog.open(dialog)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(returns_day_html(self.data, self.shop))
        return document

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        set_tone(self.message, tone)


def returns_day_html(data, shop: ShopSettings) -> str:
    """The day on paper: the table, the totals and the flags, for a manager's file."""
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    head = "".join(f"<th align=left width=\"{w}%\">{escape(c)}</th>"
                   for c, w in zip(COLUMNS, PDF_WIDTHS))
    body = []
    for row in data.rows:
        order_day = as_date(row.order_date)
        cells = [f"{row.time:%H:%M}", row.return_number, row.order_number,
                 f"{order_day:%d/%m/%Y}" if order_day else "", row.items,
                 reason_words(row.reason), row.decision, money(row.refunded),
                 money(row.deducted), outcome_words(row.outcome)
                 + (f" ({row.refund_method})" if row.refund_method and row.refunded else ""),
                 row.clerk, row.approved_by or "", row.override_reason or "",
                 f"v{row.policy_version}"]
        body.append("<tr>" + "".join(
            f"<td{' align=right nowrap' if c in MONEY_COLUMNS else ''}>{escape(text)}</td>"
            for c, text in enumerate(cells)) + "</tr>")
    if not body:
        body.append(f"<tr><td colspan={len(COLUMNS)}>No returns on this day.</td></tr>")

    def breakdown(title, figures, words):
        rows = "".join(
            f"<tr><td>{escape(words(k))}</td><td align=right>{c}</td>"
            f"<td align=right>{money(r)}</td><td align=right>{money(d)}</td></tr>"
            for k, (c, r, d) in sorted(figures.items(), key=lambda kv: -kv[1][0]))
        return (f"<h3>{title}</h3><table cellspacing=0 cellpadding=3 border=1>"
                f"<tr><th align=left>{title.split()[-1].capitalize()}</th><th>Returns</th>"
                f"<th>Refunded</th><th>Deducted</th></tr>{rows}</table>")

    flags = ("<ul>" + "".join(f"<li style='color:{WARNING}'>{escape(f.text)}</li>"
                              for f in data.flags) + "</ul>") if data.flags else \
        "<p>Nothing to look at.</p>"
    printed = shop.local_time(utc_now())
    return f"""
<html><body style="font-size: 9pt;">
<h2>Returns review · {escape(shop.name)} · {day_words(data.day)}</h2>
<p><b>{data.count}</b> return{'s' if data.count != 1 else ''} ·
refunded <b>{money(data.refunded)}</b> · deducted (kept) <b>{money(data.deducted)}</b></p>
<table width="100%" cellspacing=0 cellpadding=2 border=1 style="font-size: 6.5pt;">
<tr style="background: #e8ecf4;">{head}</tr>
{''.join(body)}
</table>
<h3>To look at</h3>
{flags}
{breakdown("By reason", data.by_reason, reason_words)}
{breakdown("By clerk", data.by_clerk, str)}
<p style="font-size: 7pt; color: #666;">Printed {printed:%d/%m/%Y %H:%M}.</p>
</body></html>"""


def _a4_landscape() -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setPageOrientation(QPageLayout.Landscape)
    # QTextDocument adds its own 2 cm margin on paper: the printer adds little more.
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout.Millimeter)
    return printer


def _fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """As big as asked when the screen allows, never bigger than nine tenths of it."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = max(min(width, room.width() * 9 // 10), 1100)
        height = max(min(height, room.height() * 9 // 10), 700)
    window.resize(width, height)


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.legend().hide()
    font = chart.titleFont()
    font.setPointSize(12)
    font.setBold(True)
    chart.setTitleFont(font)
    return chart


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).quantize(Decimal('0.1'))} %"


def _breakdown_table(first: str) -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setHorizontalHeaderLabels([first, "Returns", "Refunded", "Deducted"])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.NoSelection)
    table.setFocusPolicy(Qt.NoFocus)
    table.setStyleSheet("QTableView { font-size: 13px; }")
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    return table


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box


class _ElideRight(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.ElideRight
