"""The end of the manager's day: the sales (Z report) and the cash close, put together.

The Z report is read-only figures. The cash side takes the opening float (once), cash put
in or taken out with a reason, and the count by notes and coins; closing the day records
the count and its difference from what was expected, after which the day can be reprinted
but not edited. Every read and write runs off the GUI thread (ui.background)."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from db.engine import Database
from pos import cash, report_export, reports
from pos.parked import parked_carts, void_parked
from db.types import utc_now
from pos.i18n import language, speaking, words_of
from pos.report_paper import z_report_paper
from pos.money import Money, MoneyError
from pos.shop import ShopSettings
from pos.staff import PermissionDenied
from ui import background
from ui.backups import backup_in_background
from ui.day_close.cash_panel import CashPanel
from ui.day_close.count_panel import CountPanel
from ui.day_close.paper import sales_day_html
from ui.day_close.parked_panel import ParkedPanel
from ui.day_close.sales_panel import SalesPanel
from ui.day_close.words import SHORT, as_money, closed_when, difference_words, stored_counts
from ui.day_picker import day_words
from ui.day_screen import DayScreen
from ui.dialogs import yes_no_question
from ui.widgets import fit_to_screen, scrolled


class DayCloseDialog(DayScreen):
    loaded = Signal()   # the day's figures and cash are on screen
    closed = Signal()   # the day was closed just now

    REPORT = "sales"

    def csv_words(self) -> str:
        return self.tr("Export sales CSV…")

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int,
                 day: date | None = None, parent=None):
        super().__init__(parent)
        self._request = 0
        self._counted_day: date | None = None  # the day the count on screen belongs to
        self.busy = False
        self.pending_question = None  # "void the parked carts?"
        # Page Up/Down stay with the count's spin boxes; Alt+arrows change the day.
        top = self.top_row(db, shop, manager_id, day, self.tr("Sales and cash close"),
                           page_keys=False)
        self.picker.day_changed.connect(lambda _d: self.reload())
        self.closed_banner = QLabel()
        self.closed_banner.setWordWrap(True)
        self.closed_banner.setStyleSheet(
            "background: #e8f0fe; border: 1px solid #2f6fde; border-radius: 6px; padding: 8px;"
            " font-size: 15px;")
        self.closed_banner.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.closed_banner)
        self.panels_area = scrolled(self._panels())
        layout.addWidget(self.panels_area, 1)
        layout.addLayout(self.report_row())
        self._set_enabled(False)
        self.enter_stays_in_fields()
        fit_to_screen(self, 1360, 800)
        self.reload()

    def _panels(self) -> QWidget:
        self.sales = SalesPanel(self.money)
        self.cash = CashPanel(self.money, self.shop.locale)
        self.count = CountPanel(self.money, self.shop.locale)
        self.cash.float_field.returnPressed.connect(self.set_float)
        self.cash.float_button.clicked.connect(self.set_float)
        self.cash.reason_field.returnPressed.connect(self.record_movement)
        self.cash.movement_button.clicked.connect(self.record_movement)
        self.count.close_button.clicked.connect(self.ask_close)
        self.count.confirm_button.clicked.connect(self.close_day)
        self.parked = ParkedPanel(self.shop)
        self.parked.void_button.clicked.connect(self.ask_void_parked)
        panels = QWidget()
        rows = QVBoxLayout(panels)
        rows.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addWidget(self.sales, 4)
        columns.addWidget(self.cash, 5)
        columns.addWidget(self.count, 4)
        rows.addLayout(columns, 1)
        rows.addWidget(self.parked)
        return panels

    # ----- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._request += 1
        request, day, shop = self._request, self.day(), self.shop
        self.status.setText(self.tr("Loading {day}…").format(day=day_words(day, shop.locale)))
        self.count.hide_confirm()
        self._set_enabled(False)
        background.read(self, self.source(), lambda session: reports.sales_day(session, shop, day),
                        lambda result: self._loaded(request, result),
                        lambda error: self._failed(request, error))
        self._load_parked()

    def _load_parked(self) -> None:
        """The carts still parked at this till (never the hub's: they stay on the till)."""
        if self.whole_shop():
            self.parked.show_carts([])
            return
        background.read(self, self.db, parked_carts, self.parked.show_carts,
                        lambda error: self._say(background.error_words(error), "error"))

    def _loaded(self, request: int, data) -> None:
        if request != self._request:
            return  # another day was picked meanwhile
        self.data = data
        self.sales.show_day(data)
        self.cash.show_cash(data.cash, data.day)
        self.cash.show_drawer(data)
        self._show_count(data.cash)
        self._show_closed(data.cash)
        day = day_words(data.day, self.shop.locale)
        self.status.setText(
            self.tr("{day}: every till of the shop.").format(day=day) if self.whole_shop()
            else self.tr("{day}: closed.").format(day=day) if data.cash.closed else f"{day}.")
        self._set_enabled(True)
        self.loaded.emit()

    def _failed(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        self.show_not_loaded(self.tr("The day could not be read: {error}"), error)

    def _show_count(self, summary) -> None:
        if summary.closed:
            counts = stored_counts(summary)
        elif self._counted_day == self.data.day:
            counts = self.counts()  # a float or a cash movement saved mid-count keeps the count
        else:
            counts = {}
        self._counted_day = self.data.day
        self.count.set_counts(counts, summary.expected)

    def _show_closed(self, summary) -> None:
        if not summary.closed:
            self.closed_banner.hide()
            return
        words, colour = difference_words(summary.difference, self.shop.locale)
        text = self.tr(
            "<b>This day is closed</b> by {manager} on {when}: counted {counted}, expected "
            "{expected}. <span style='color:{colour}'>{difference}.</span> It can be printed "
            "again, not changed.").format(
            manager=escape(str(summary.closed_by)), when=closed_when(summary, self.shop),
            counted=self.money(summary.counted), expected=self.money(summary.expected),
            colour=colour, difference=words)
        if summary.changed_since_close:
            text += "<br>" + self.tr(
                "<span style='color:{colour}'>Cash moved by {amount} after the close (a late "
                "sale or return): it is not in the count.</span>").format(
                colour=SHORT, amount=self.money(summary.changed_since_close))
        self.closed_banner.setText(text)
        self.closed_banner.show()

    def _set_enabled(self, loaded: bool) -> None:
        """Nothing is edited before the day is on screen, while a change is being saved, or
        once the day is closed."""
        summary = self.data.cash if (loaded and self.data is not None) else None
        # The whole shop's figures are read, never counted or closed: each till closes its own.
        open_day = (summary is not None and not summary.closed and not self.busy
                    and not self.whole_shop())
        float_set = summary is not None and summary.float_set
        self.cash.enable(open_day, open_day and not float_set, not float_set)
        self.count.enable(open_day, summary is not None and summary.closed)
        self.set_exports_enabled(summary is not None)

    def is_read_only(self) -> bool:
        return (not self.count.close_button.isEnabled()
                and not self.cash.movement_button.isEnabled()
                and not self.cash.float_button.isEnabled()
                and all(spin.isReadOnly() for spin in self.count.count_fields.values()))

    # ----- counting ---------------------------------------------------------------------------
    def counts(self) -> dict[Money, int]:
        return self.count.counts()

    def set_count(self, value: Money | str, number: int) -> None:
        self.count.count_fields[as_money(value)].setValue(number)

    # ----- changing the day's cash ------------------------------------------------------------
    def set_float(self) -> None:
        amount = self._amount(self.cash.float_field, self.tr("Opening float"))
        if amount is None:
            return
        day, shop = self.day(), self.shop
        self._write(lambda s, manager: cash.set_opening_float(s, shop, manager, day, amount),
                    self.tr("Opening float of {amount} set.").format(amount=self.money(amount)))

    def record_movement(self) -> None:
        amount = self._amount(self.cash.amount_field, self.tr("Amount"))
        if amount is None:
            return
        reason = self.cash.reason_field.text().strip()
        if not reason:
            self._say(self.tr("Write why the cash goes in or out."), "error")
            self.cash.reason_field.setFocus()
            return
        kind, day, shop = self.cash.kind.currentData(), self.day(), self.shop
        done = (self.tr("{amount} put in: {reason}.") if kind == "in"
                else self.tr("{amount} taken out: {reason}.")).format(
            amount=self.money(amount), reason=reason)

        def work(session, manager):
            cash.record_cash_movement(session, shop, manager, day, kind, amount, reason)

        def after():
            self.cash.amount_field.clear()
            self.cash.reason_field.clear()

        self._write(work, done, after)

    def ask_close(self) -> None:
        if self.data is None or self.data.cash.closed:
            return
        total = self.count.total()
        words, _colour = difference_words(total - self.data.cash.expected, self.shop.locale)
        self.count.ask(self.tr(
            "Close {day} with {counted} counted against {expected} expected? {difference}. "
            "A closed day cannot be changed afterwards.").format(
            day=day_words(self.day(), self.shop.locale), counted=self.money(total),
            expected=self.money(self.data.cash.expected), difference=words))
        self.panels_area.ensureWidgetVisible(self.count.confirm_button)

    def close_day(self) -> None:
        counts = {value: spin.value() for value, spin in self.count.count_fields.items()}
        day, shop = self.day(), self.shop
        day_text = day_words(day, shop.locale)
        self.count.hide_confirm()

        closed = self.tr("{day} is closed.").format(day=day_text)

        def after():
            self.closed.emit()
            backup_in_background(self.db.url, shop, "close", lambda text: self._say(
                self.tr("{day} is closed. {backup}.").format(day=day_text, backup=text), "info"))

        self._write(lambda s, manager: cash.close_day(s, shop, manager, day, counts),
                    closed, after)

    def ask_void_parked(self) -> None:
        """Alt+V: the parked carts voided once the manager answers Y."""
        carts = self.parked.carts
        if not carts or self.busy:
            return
        ids = [cart.id for cart in carts]
        self.pending_question = yes_no_question(
            self, self.tr("Parked carts"), self.parked.question(),
            self.tr("void them"), self.tr("keep them parked"),
            lambda void: self._write(
                lambda s, manager: void_parked(s, manager, ids),
                self.tr("%n parked cart(s) voided.", "", len(ids))) if void else None)

    def _amount(self, field: QLineEdit, what: str) -> Money | None:
        """The amount typed in the field; else the field's name and why, and the field again."""
        try:
            return Money.parse(field.text(), self.shop.locale)
        except MoneyError as error:
            self._say(self.tr("{field}: {error}").format(field=what, error=words_of(error)),
                      "error")
            field.setFocus()
            field.selectAll()
            return None

    def _write(self, change, done_text: str, after=None) -> None:
        """Saves one change to the day's cash off the GUI thread, then shows the day again."""
        if self.busy:
            return
        self.busy = True
        self._set_enabled(True)

        def done(_result):
            self.busy = False
            self._say(done_text, "info")
            if after is not None:
                after()
            self.reload()

        def failed(error):
            self.busy = False
            self._set_enabled(True)
            words = words_of(error) if isinstance(error, (ValueError, PermissionDenied)) else \
                self.tr("Nothing was saved: {error}").format(error=words_of(error))
            self._say(words, "error")

        background.change(self, self.db, self.manager_id, change, done, failed)

    # ----- export and print -------------------------------------------------------------------
    @staticmethod
    def write_csv(data, path: str) -> None:
        report_export.sales_csv(data, path)

    def report_html(self) -> str:
        return sales_day_html(self.data, self.shop)

    def roll_rows(self):
        """The Z report and the cash close on the receipt printer's roll, in the language
        spoken here (the rows are written off the GUI thread, where it is not known)."""
        data, shop, code, moment = self.data, self.shop, language(), utc_now()

        def rows_for(columns: int):
            with speaking(code):
                return z_report_paper(data, shop, moment, columns)
        return rows_for
