"""The manager's daily returns review: what came back on a day, why, how much money went out,
how much the policy kept, who did it, and what deserves a second look; with the last 30
days as charts, and the day exported to CSV or PDF, or printed.

Every query runs off the GUI thread (ui.background); the screen shows plain values only."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from db.engine import Database
from pos import report_export, reports
from pos.customers import phone_of_return
from pos.i18n import words_of
from pos.receipts import return_receipt
from pos.reports import ReturnsChart, returns_chart
from pos.shop import ShopSettings
from ui import background
from ui.day_picker import day_words
from ui.customer_history import CustomerHistoryDialog
from ui.day_screen import DayScreen
from ui.receipt import reprint
from ui.returns_review.chart_tab import ChartTab
from ui.returns_review.day_tab import DayTab
from ui.returns_review.paper import returns_day_html
from ui.returns_review.words import CHART_DAYS
from ui.widgets import fit_to_screen, say


class ReturnsReviewDialog(DayScreen):
    loaded = Signal()        # the day's table, totals and flags are on screen
    chart_loaded = Signal()  # the 30-day charts are drawn

    REPORT = "returns"
    LANDSCAPE = True
    MARGIN_MM = 4.0  # QTextDocument adds its own 2 cm margin on paper: the printer adds little

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int,
                 day: date | None = None, parent=None):
        super().__init__(parent)
        self.chart_data: ReturnsChart | None = None
        self._day_request = 0
        self._chart_request = 0
        self._chart_stale = True
        top = self.top_row(db, shop, manager_id, day, self.tr("Returns review"))
        self.picker.day_changed.connect(self._day_changed)
        self.day_tab = DayTab(self.money, shop.locale)
        self.day_tab.reprint_requested.connect(self.reprint_receipt)
        self.day_tab.customer_requested.connect(self.show_customer)
        self.chart_tab = ChartTab(self.money, shop.locale)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.day_tab, self.tr("The day"))
        self.tabs.addTab(self.chart_tab, self.tr("Last %n day(s)", "", CHART_DAYS))
        self.tabs.currentChanged.connect(lambda _i: self._load_chart_if_shown())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.report_row())
        self.set_exports_enabled(False)
        self.enter_stays_in_fields()
        fit_to_screen(self, 1600, 900)
        self.reload()

    def scope_changed(self) -> None:
        self._day_changed(self.day())

    def _day_changed(self, _day: date) -> None:
        self._chart_stale = True
        self.reload()

    def reload(self) -> None:
        """Loads the picked day; a newer pick overtakes a load still running."""
        self._day_request += 1
        request, day, shop = self._day_request, self.day(), self.shop
        self.status.setText(self.tr("Loading {day}…").format(day=day_words(day, shop.locale)))
        self.set_exports_enabled(False)
        background.read(self, self.source(), lambda session: reports.returns_day(session, shop, day),
                        lambda result: self._loaded(request, result),
                        lambda error: self._failed(request, error))
        self._load_chart_if_shown()

    def _loaded(self, request: int, data) -> None:
        if request != self._day_request:
            return  # another day was picked meanwhile
        self.data = data
        self.day_tab.show_day(data)
        count = len(data.rows)
        if self.whole_shop():
            words = self.tr("{day}: %n return(s) at every till of the shop.", "", count) \
                if count else self.tr("{day}: no returns at every till of the shop.")
        else:
            words = self.tr("{day}: %n return(s).", "", count) if count \
                else self.tr("{day}: no returns.")
        self.status.setText(words.format(day=day_words(data.day, self.shop.locale)))
        self.set_exports_enabled(True)
        self.loaded.emit()

    def _failed(self, request: int, error: Exception) -> None:
        if request != self._day_request:
            return
        self.show_not_loaded(self.tr("The returns could not be read: {error}"), error)

    def _load_chart_if_shown(self) -> None:
        """The 30 days are read only when the chart tab is looked at."""
        if self.tabs.currentIndex() != 1 or not self._chart_stale:
            return
        self._chart_stale = False
        self._chart_request += 1
        request, day, shop = self._chart_request, self.day(), self.shop
        self.chart_tab.loading(day)
        background.read(self, self.source(),
                        lambda session: returns_chart(session, shop, day, CHART_DAYS),
                        lambda result: self._chart_loaded(request, result),
                        lambda error: self._chart_failed(request, error))

    def _chart_loaded(self, request: int, data: ReturnsChart) -> None:
        if request != self._chart_request:
            return
        self.chart_data = data
        self.chart_tab.show_chart(data)
        self.chart_loaded.emit()

    def _chart_failed(self, request: int, error: Exception) -> None:
        if request != self._chart_request:
            return
        self._chart_stale = True
        self.chart_tab.chart_summary.setText(
            self.tr("The last {days} days could not be read: {error}").format(
                days=CHART_DAYS, error=words_of(error)))

    def reprint_receipt(self, return_id: int) -> None:
        shop = self.shop
        reprint(self, self.source(), shop, lambda session: return_receipt(session, return_id, shop),
                lambda words: say(self.message, words, "error"))

    def show_customer(self, return_id: int) -> None:
        """Ctrl+H: the history of the return's customer, as this till knows them."""
        background.read(self, self.source(), lambda session: phone_of_return(session, return_id),
                        self._open_history, lambda error: say(self.message, words_of(error),
                                                              "error"))

    def _open_history(self, phone: str | None) -> None:
        if phone is None:
            say(self.message, self.tr("This return's sale has no customer's phone."), "error")
            return
        self.customer_history = CustomerHistoryDialog(self.db, self.shop, phone, self)
        self.customer_history.open()

    def flag_texts(self) -> list[str]:
        return self.day_tab.flag_texts()

    # ----- export and print -------------------------------------------------------------------
    @staticmethod
    def write_csv(data, path: str) -> None:
        report_export.returns_csv(data, path)

    def report_html(self) -> str:
        return returns_day_html(self.data, self.shop)
