"""A return of a sale this till has never seen, taken while the hub does not answer.

The receipt says the customer bought the items at another till, whose sale has not reached
this till and cannot be fetched now. The return is taken only with a manager's approval (the
override's PIN and reason), and it is flagged: the returns review, here and on the hub, shows
it as "sale not verified" (pos/reports.py).

What the return points at. `returns.sale_id` is NOT NULL and each return line points at a
sale line, so this till records a placeholder sale in the return's own transaction: the
number as printed, the printed day as its business day (the return window counts from it), a
line per item the clerk scanned at the price the customer paid (the catalog's current price
unless the manager typed it), no payments, the approving manager as its clerk (nobody here
made it), and a checkout key beginning "unverified-" (it had no cart: that is the flag).

Why a placeholder rather than a return without a sale or a table of its own: every screen,
report and the policy read a return through its sale's lines; the placeholder keeps them
all working, records plainly what was claimed, and never rewrites the real sale (facts are
append-only). It is this till's own fact, so push sends it like any other (by its uid): the
hub holds the return with what it points at, and once the real sale reaches the hub (same
number, the other till's code) the hub's review shows the two side by side. Its `till` stays
this till's, not the code inside the number: push and the hub's row security carry only a
till's own rows; the printed number keeps the other till's code for a person to read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.remote import PLACEHOLDER_KEY
from db.models import Return, Sale, SaleLine, Staff
from pos.catalog import lookup
from pos.i18n import N_, _, words_of
from pos.money import Money, MoneyError, money_sum
from pos.returns import (UNVERIFIED_NEEDS_MANAGER, Override, ReturnError, ReturnForm,
                         record_return)
from pos.shop import ShopSettings

# A sale's number: S-20261201-0007 before its till was attached, S-T2-20261201-0007 after
# (as pos/counter.py reads a scanned receipt); the day is the eight digits.
_PRINTED_DAY = re.compile(r"^S-(?:[A-Z0-9]{1,16}-)?(\d{8})-\d{4,}$")
NOT_A_NUMBER = N_("That is not an order number as the tills print it (S-T2-20261201-0007): "
                  "read it again from the receipt.")


@dataclass(frozen=True)
class ClaimedItem:
    """An item the customer brings back from a sale this till cannot see."""

    product_id: int
    sku: str
    name: str
    quantity: int
    unit_price: Money       # the catalog's current price, or what the manager typed
    price_typed: bool = False

    @property
    def total(self) -> Money:
        return self.unit_price * self.quantity


def printed_day(order_number: str) -> date | None:
    """The business day inside a printed order number; None when it is not one."""
    match = _PRINTED_DAY.match(order_number.strip().upper())
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None


def claimed_total(items: list[ClaimedItem] | tuple[ClaimedItem, ...]) -> Money:
    return money_sum(item.total for item in items)


def record_unverified_return(session: Session, order_number: str,
                             items: list[ClaimedItem] | tuple[ClaimedItem, ...],
                             form: ReturnForm, clerk: Staff, shop: ShopSettings,
                             override: Override | None, now: datetime | None = None) -> Return:
    """The placeholder sale and its return, together; the override is checked by
    record_return in the same transaction, so a wrong PIN leaves nothing behind."""
    if override is None:
        raise ReturnError(_(UNVERIFIED_NEEDS_MANAGER))
    number = order_number.strip().upper()
    day = printed_day(number)
    if day is None:
        raise ReturnError(_(NOT_A_NUMBER))
    if not items:
        raise ReturnError(_("Scan the items the customer brings back."))
    if session.scalar(select(Sale.id).where(Sale.order_number == number)) is not None:
        raise ReturnError(_("This till knows {number}: open it as any sale.").format(
            number=number))
    sale = placeholder_sale(number, day, items, override.manager_id, shop)
    session.add(sale)
    session.flush()
    form = replace(form, quantities={line.id: line.quantity for line in sale.lines})
    return record_return(session, sale.id, form, clerk, shop, now=now, override=override)


def placeholder_sale(number: str, day: date, items, manager_id: int,
                     shop: ShopSettings) -> Sale:
    total = claimed_total(items)
    # Noon of the printed day: its local date is that day in any zone the shop may be in.
    sold_at = datetime.combine(day, time(12), tzinfo=shop.zone)
    sale = Sale(order_number=number, checkout_key=f"{PLACEHOLDER_KEY}{uuid4().hex[:25]}",
                created_at=sold_at, business_date=day, clerk_id=manager_id,
                subtotal=total, discount_total=Money.zero(), total=total)
    for line_no, item in enumerate(items, start=1):
        sale.lines.append(SaleLine(
            line_no=line_no, product_id=item.product_id, sku=item.sku, name=item.name,
            unit_price=item.unit_price, quantity=item.quantity, discount=Money.zero(),
            total=item.total))
    return sale


class UnverifiedClaim:
    """The return desk's side of it: the items the clerk scans, their prices (the catalog's,
    or the manager's), then the return recorded with the manager's approval."""

    def __init__(self, db: Database, shop: ShopSettings, order_number: str):
        self.db = db
        self.shop = shop
        self.number = order_number.strip().upper()
        self.items: list[ClaimedItem] = []
        if printed_day(self.number) is None:
            raise ReturnError(_(NOT_A_NUMBER))

    def add(self, text: str) -> str | None:
        """One more of the product the text finds, at its current price; why not, when it
        finds none or several."""
        with self.db.read() as session:
            found = lookup(session, text.strip(), limit=2)
            product = found[0] if len(found) == 1 else None
            if product is None:
                return _("No single product matches '{text}'.").format(text=text.strip())
            for index, item in enumerate(self.items):
                if item.product_id == product.id:
                    self.items[index] = replace(item, quantity=item.quantity + 1)
                    return None
            self.items.append(ClaimedItem(product.id, product.sku, product.name, 1,
                                          product.price))
        return None

    def set_price(self, index: int, text: str) -> str | None:
        """The price the customer paid, typed by the manager; why not, when it is no price."""
        try:
            price = Money.parse(text, self.shop.locale)
        except MoneyError as error:
            return words_of(error)
        if price.is_negative():
            return _("A price cannot be negative.")
        self.items[index] = replace(self.items[index], unit_price=price, price_typed=True)
        return None

    def remove(self, index: int) -> None:
        del self.items[index]

    @property
    def total(self) -> Money:
        return claimed_total(self.items)

    def confirm(self, form: ReturnForm, clerk_id: int, override: Override) -> tuple[int, str]:
        """The placeholder sale and its return recorded: (the return's id, its number)."""
        with self.db.write() as session:
            ret = record_unverified_return(session, self.number, self.items, form,
                                           session.get(Staff, clerk_id), self.shop, override)
            return ret.id, ret.return_number
