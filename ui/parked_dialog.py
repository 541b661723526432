"""Park and recall at the sale screen: F6 sets the cart aside with its customer (pos/parked.py)
and starts an empty sale; Shift+F6 lists the parked carts (who parked each, when, what, the
total), one picked with the arrows and Enter comes back at today's prices.

A parked cart is a small local write on the counter's hot path, done at once as a scan is
(pos/counter.py does the same); no printer or network is involved."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableWidgetItem, QVBoxLayout

from pos.counter import sale_words
from pos.dates import format_date_time, format_time
from pos.i18n import _, figure, words_of
from pos.money import format_money
from pos.parked import SALE_UNDER_WAY, Parked, ParkError, park, parked_carts, recall
from pos.shop import ShopSettings
from ui.background import change_now, read_now
from ui.dialogs import OK_CANCEL
from ui.widgets import answer_buttons, fit_to_screen, list_table, select_row


def park_cart(screen) -> None:
    """F6: the cart and its customer set aside, an empty sale for the next customer."""
    sale = screen.sale
    what = sale_words(sale.cart, sale.customer)
    total = sale.priced().total
    try:
        change_now(screen.db, None, lambda session, _staff: park(
            session, sale.clerk, sale.cart, sale.customer, total))
    except ParkError as error:
        screen.show_error(words_of(error))
        return
    screen.new_sale()
    screen.show_info(QCoreApplication.translate(
        "parked", "Cart parked: {what} ({total}). Shift+F6 brings it back.").format(
        what=what, total=figure(format_money(total, screen.shop.locale))))


def show_parked(screen) -> None:
    """Shift+F6: the parked carts to pick from; refused while a sale is under way."""
    if screen.sale.in_progress():
        screen.show_error(_(SALE_UNDER_WAY))
        return
    carts = read_now(screen.db, parked_carts)
    if not carts:
        screen.show_info(QCoreApplication.translate("parked", "No cart is parked."))
        return
    dialog = ParkedDialog(carts, screen.shop, screen)
    dialog.chosen.connect(lambda parked_id: _recall(screen, parked_id))
    dialog.finished.connect(lambda _r: screen.focus_scan())
    screen.pending_dialog = dialog
    dialog.open()


def _recall(screen, parked_id: int) -> None:
    try:
        back = change_now(screen.db, None, lambda session, _staff: recall(
            session, parked_id, screen.cart, screen.customer))
    except ParkError as error:
        screen.show_error(words_of(error))
        return
    screen.sale.cart, screen.sale.customer = back.cart, back.customer
    screen.refresh()
    if back.cart.items:
        select_row(screen.table, len(back.cart.items) - 1)
    (screen.show_error if back.gone else screen.show_info)(back.words)
    screen.focus_scan()


class ParkedDialog(QDialog):
    """The parked carts, the oldest first: the arrows pick one, Enter brings it back."""

    chosen = Signal(int)  # the parked cart's id

    def __init__(self, carts: list[Parked], shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.carts = carts
        self._chosen = False
        self.setWindowTitle(self.tr("Parked carts"))
        self.table = list_table([self.tr("Parked"), self.tr("Clerk"), self.tr("Customer"),
                                 self.tr("Items"), self.tr("Total")], stretch=3)
        self.table.setRowCount(len(carts))
        today = shop.local_date(max(c.parked_at for c in carts))
        for row, cart in enumerate(carts):
            moment = shop.local_time(cart.parked_at)
            when = (format_time(moment, shop.locale) if moment.date() == today
                    else format_date_time(moment, shop.locale))
            customer = cart.customer.name or cart.customer.phone or "—"
            total = QTableWidgetItem(figure(format_money(cart.total, shop.locale)))
            total.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            for column, item in enumerate((
                    QTableWidgetItem(figure(when)), QTableWidgetItem(cart.clerk_name),
                    QTableWidgetItem(figure(customer)),
                    QTableWidgetItem(self.tr("%n item(s): {items}", "", cart.item_count).format(
                        items=cart.items_words)), total)):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        select_row(self.table, 0)
        self.table.activated.connect(lambda _index: self.submit())
        hint = QLabel(self.tr("↑ ↓ pick a cart, Enter brings it back at today's prices, Esc "
                              "closes."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(answer_buttons(self, self.submit, OK_CANCEL))
        fit_to_screen(self, 900, 480)
        self.table.setFocus()

    def submit(self) -> None:
        """Once: Enter on the list both activates the row and presses OK."""
        row = self.table.currentRow()
        if self._chosen or not 0 <= row < len(self.carts):
            return
        self._chosen = True
        self.chosen.emit(self.carts[row].id)
        self.accept()
