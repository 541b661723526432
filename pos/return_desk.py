"""The return in progress at the counter: the sale found, its lines, the policy's live
decision and the exchange's quote (what the customer pays or gets back), then the return
carried out. No Qt: the return screen shows it and hands over the form.

The decision updates on every change of the form: one short read session each time, for
the decision and the quote together. Reads never write (see pos.returns.current_policy).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from db.engine import Database
from db.models import Sale, Staff
from db.types import utc_now
from pos.cart import Cart, CartError
from pos.catalog import lookup
from pos.checkout import CardPayment, CashPayment
from pos.money import Money
from pos.pricing import rules_running
from pos.products import cart_item
from pos.return_policy import Remedy
from pos.returns import (Exchange, Judgement, Override, ReturnForm, find_sale, judge,
                         record_return, returnable_lines, search_sales)
from pos.shop import ShopSettings
from pos.staff import verify_manager


@dataclass(frozen=True)
class LineToReturn:
    sale_line_id: int
    name: str
    sold: int
    already_returned: int
    total: Money

    @property
    def remaining(self) -> int:
        return self.sold - self.already_returned


@dataclass(frozen=True)
class SaleToReturn:
    """The sale the customer brings something back from, as the screen shows it."""
    id: int
    order_number: str
    created_at: datetime
    total: Money
    customer_name: str | None
    clerk_name: str = ""
    payment_methods: tuple[str, ...] = ()
    lines: tuple[LineToReturn, ...] = ()


@dataclass(frozen=True)
class ExchangeLine:
    name: str
    quantity: int
    total: Money


@dataclass(frozen=True)
class ExchangeQuote:
    """The new items of an exchange against the credit of what comes back."""
    lines: tuple[ExchangeLine, ...] = ()
    total: Money = field(default_factory=Money.zero)
    credit: Money = field(default_factory=Money.zero)

    @property
    def difference(self) -> Money:
        """Positive: the customer pays it; negative: the customer gets it back."""
        return self.total - self.credit

    @property
    def to_collect(self) -> Money:
        return max(self.difference, Money.zero())


@dataclass(frozen=True)
class Recorded:
    return_id: int
    return_number: str


class ReturnInProgress:
    def __init__(self, db: Database, shop: ShopSettings):
        self.db = db
        self.shop = shop
        self.clear()

    def clear(self) -> None:
        self.sale: SaleToReturn | None = None
        self.exchange_cart = Cart()
        self.judgement: Judgement | None = None
        self.quote = ExchangeQuote()

    # ----- finding the sale ------------------------------------------------------------------
    def find(self, order_number: str) -> SaleToReturn | None:
        """The sale of that order number, loaded; None when there is none."""
        with self.db.read() as session:
            sale = find_sale(session, order_number)
            sale_id = sale.id if sale is not None else None
        return self.load(sale_id) if sale_id is not None else None

    def search(self, day: date, phone: str | None) -> list[SaleToReturn]:
        """The sales of a customer's phone (any day), or else of the day; newest first."""
        with self.db.read() as session:
            sales = search_sales(session, self.shop, day=None if phone else day, phone=phone)
            return [SaleToReturn(s.id, s.order_number, s.created_at, s.total, s.customer_name)
                    for s in sales]

    def load(self, sale_id: int) -> SaleToReturn:
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            lines = tuple(LineToReturn(r.sale_line.id, r.sale_line.name, r.sale_line.quantity,
                                       r.already_returned, r.sale_line.total)
                          for r in returnable_lines(session, sale))
            self.sale = SaleToReturn(
                sale.id, sale.order_number, sale.created_at, sale.total, sale.customer_name,
                session.get(Staff, sale.clerk_id).name,
                tuple(p.method for p in sale.payments), lines)
        return self.sale

    # ----- the decision and the quote --------------------------------------------------------
    def update(self, form: ReturnForm | None) -> Judgement | None:
        """The policy's decision on the form (None before the sale and the quantities are
        known), and the exchange's quote against it: one read."""
        self.judgement = None
        judging = self.sale is not None and form is not None and bool(form.quantities)
        if not judging and not self.exchange_cart.items:
            self.quote = ExchangeQuote()
            return None
        today = self.shop.local_date(utc_now())
        with self.db.read() as session:
            if judging:
                self.judgement = judge(session, session.get(Sale, self.sale.id), form,
                                       self.shop, today)
            priced = self.exchange_cart.priced(rules_running(session, today), today)
        credit = (self.judgement.returned_value
                  if self.judgement is not None and self.judgement.allowed else Money.zero())
        self.quote = ExchangeQuote(
            tuple(ExchangeLine(line.item.name, line.item.quantity, line.price.total)
                  for line in priced.lines), priced.total, credit)
        return self.judgement

    def add_exchange_item(self, text: str) -> str | None:
        """One more of the product the text finds for the exchange; why not, when it can't."""
        with self.db.read() as session:
            found = lookup(session, text, limit=2)
            item = cart_item(session, found[0]) if len(found) == 1 else None
        if item is None:
            return f"No single product matches '{text}'."
        try:
            self.exchange_cart.add(item)
        except CartError as error:
            return str(error)
        return None

    # ----- carrying it out -------------------------------------------------------------------
    def verify_override(self, override: Override) -> None:
        """The manager's PIN, in its own committed transaction, so that wrong PINs count
        towards the lock; record_return() checks it again with the return."""
        verify_manager(self.db, override.manager_id, override.pin)

    def confirm(self, form: ReturnForm, clerk_id: int, difference_method: str | None,
                override: Override | None = None) -> Recorded:
        """Records the return (raises ReturnError and the like when it cannot); the
        difference of an exchange is paid as the clerk chose."""
        exchange = None
        if form.remedy is Remedy.EXCHANGE:
            payment = (CashPayment(self.quote.to_collect) if difference_method == "cash"
                       else CardPayment())
            exchange = Exchange(self.exchange_cart, payment)
        with self.db.write() as session:
            clerk = session.get(Staff, clerk_id)
            ret = record_return(session, self.sale.id, form, clerk, self.shop,
                                override=override, exchange=exchange)
            recorded = Recorded(ret.id, ret.return_number)
        self.clear()
        return recorded
