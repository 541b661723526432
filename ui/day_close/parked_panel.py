"""The carts still parked at this till (pos/parked.py), listed at the day's close: who parked
each, when, what, for how much; the manager voids them (Alt+V, then Y), each recorded in the
audit log. Hidden while none is parked."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from pos.dates import format_date, format_time
from pos.i18n import figure
from pos.money import format_money
from pos.parked import Parked
from pos.shop import ShopSettings


class ParkedPanel(QGroupBox):
    def __init__(self, shop: ShopSettings, parent=None):
        super().__init__(parent)
        self.shop = shop
        self.carts: list[Parked] = []
        self.setTitle(self.tr("Carts still parked"))
        self.list = QLabel()
        self.list.setWordWrap(True)
        self.void_button = QPushButton(self.tr("&Void the parked carts…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.void_button)
        self.hide()

    def show_carts(self, carts: list[Parked]) -> None:
        self.carts = carts
        self.setVisible(bool(carts))
        self.list.setText("\n".join(self.tr("{when} · {clerk} · {items} · {total}").format(
            when=self._when(cart), clerk=cart.clerk_name,
            items=self.tr("%n item(s)", "", cart.item_count),
            total=figure(format_money(cart.total, self.shop.locale))) for cart in carts))

    def _when(self, cart: Parked) -> str:
        """'22/11/2026 at 21:40', in the shop's time (as the close's own is said)."""
        moment = self.shop.local_time(cart.parked_at)
        return QCoreApplication.translate("day_close", "{date} at {time}").format(
            date=format_date(moment, self.shop.locale), time=format_time(moment, self.shop.locale))

    def question(self) -> str:
        """'Void 2 parked carts (552,80 MAD)? They cannot be recalled afterwards.'"""
        total = sum((cart.total for cart in self.carts[1:]), self.carts[0].total)
        return self.tr("Void %n parked cart(s) ({total})? They cannot be recalled afterwards.",
                       "", len(self.carts)).format(
            total=figure(format_money(total, self.shop.locale)))
