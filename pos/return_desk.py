"""The return in progress at the counter: the sale found, its lines, the policy's live
decision and the exchange's quote (what the customer pays or gets back), then the return
carried out. No Qt: the return screen shows it and hands over the form.

The decision updates on every change of the form: one short read session each time, for
the decision and the quote together. Reads never write (see pos.returns.current_policy).
What the form still lacks (pos.return_checks) and what will change hands (a Settlement,
with or without a manager's override) are read from the same update.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from db.engine import Database
from db.hub.credentials import hub_url
from db.hub.link import own_till
from db.hub.remote import HubLookupError, copy_sale_from_hub, refresh_returns_from_hub
from db.hub.sync import HubUnreachable, hub_database
from db.models import Sale, Staff
from db.types import utc_now
from pos.cart import Cart, CartError
from pos.catalog import lookup
from pos.checkout import CardPayment, CashPayment
from pos.i18n import _, words_of
from pos.money import Money, format_money, money_sum
from pos.pricing import rules_running
from pos.products import cart_item
from pos.return_checks import Missing, missing, override_missing
from pos.receipts import scanned_number
from pos.return_policy import Remedy, ReturnDecision
# The shop's own rules for the default refund method and for what an override grants,
# used as record_return() uses them, so the screen shows what will be recorded.
from pos.returns import (GIFT_NO_MONEY_BACK, GIFT_RECEIPT, Exchange, Judgement, Override,
                         ReturnError, ReturnForm, default_method, gives_no_money,
                         money_back_left, money_back_refusal,
                         UNVERIFIED_NEEDS_MANAGER, original_method, overridden_decision,
                         find_sale, judge, record_return, returnable_lines, sale_not_verified,
                         search_sales)
from pos.shop import ShopSettings
from pos.staff import verify_manager
from pos.store_credit import CREDIT


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
    original_method: str = "cash"  # where a refund goes back, how a difference is paid
    # Returned offline without being seen (pos/return_unverified.py): a manager approves.
    not_verified: bool = False
    # Found by a gift receipt's barcode (G-S-…): its holder may exchange, not be refunded.
    gift_receipt: bool = False
    # Paid partly by credit notes: what may still go back in cash or by card (else None).
    money_back_left: Money | None = None


@dataclass(frozen=True)
class Lookup:
    """What a number typed or scanned at the return desk found: the sale (known here, or
    brought from the hub), and why other tills could not be asked, when they could not."""

    number: str
    sale: SaleToReturn | None
    hub_problem: str | None = None

    @property
    def unknown_offline(self) -> bool:
        """Not here, and the hub could not be asked: only a manager may let it back."""
        return self.sale is None and self.hub_problem is not None

    def note(self) -> str | None:
        """What the clerk must know besides the sale, said on the screen."""
        if self.hub_problem is None:
            return None
        if self.sale is not None:
            return _("Other tills' returns of this sale could not be checked: the hub does "
                     "not answer.")
        return _("{number} is not known at this till and the hub does not answer: a manager "
                 "may approve the return as a sale not verified (F6).").format(number=self.number)


@dataclass(frozen=True)
class ExchangeLine:
    name: str
    quantity: int
    total: Money


@dataclass(frozen=True)
class ExchangeQuote:
    """The new items of an exchange, priced; what changes hands is the Settlement's."""
    lines: tuple[ExchangeLine, ...] = ()
    total: Money = field(default_factory=Money.zero)


@dataclass(frozen=True)
class Settlement:
    """What changes hands at the counter once the return is recorded."""

    remedy: Remedy
    gives_back: Money   # to the customer
    collects: Money     # from the customer: an exchange for dearer items
    credit: Money       # the value of what comes back
    new_items: Money    # what an exchange's new items cost
    as_store_credit: bool = False  # what is given back is a credit note

    def words(self, locale: str) -> str:
        """In the language spoken now, the amount in `locale` (the shop's, read now)."""
        def money(amount: Money) -> str:
            return format_money(amount, locale)

        if self.remedy is Remedy.REFUND and self.as_store_credit:
            return _("Customer receives {amount} as store credit").format(
                amount=money(self.gives_back))
        if self.remedy is Remedy.REFUND:
            return _("Customer receives {amount}").format(amount=money(self.gives_back))
        if not self.new_items:
            return _("Credit for the new items: {amount}").format(amount=money(self.credit))
        if self.collects:
            return _("Customer pays {amount}").format(amount=money(self.collects))
        if self.gives_back and self.as_store_credit:
            return _("Customer gets back {amount} as store credit").format(
                amount=money(self.gives_back))
        if self.gives_back:
            return _("Customer gets back {amount}").format(amount=money(self.gives_back))
        return _("Even exchange: nothing to pay")


# The policy refuses 'Other' until its note is written: for the clerk, something to fill
# in (a refusal code of pos.return_policy -> what is missing), not a refusal.
FILLED_IN_LATER = {"note": "note"}


@dataclass(frozen=True)
class Recorded:
    return_id: int
    return_number: str
    credit_code: str | None = None  # the credit note given, when the refund is store credit


class ReturnInProgress:
    def __init__(self, db: Database, shop: ShopSettings):
        self.db = db
        self.shop = shop
        self.clear()

    def clear(self) -> None:
        self.sale: SaleToReturn | None = None
        self.exchange_cart = Cart()
        self.judgement: Judgement | None = None
        self.form: ReturnForm | None = None
        self.missing: tuple[Missing, ...] = ()
        self.quote = ExchangeQuote()

    # ----- finding the sale ------------------------------------------------------------------
    def find(self, order_number: str) -> SaleToReturn | None:
        """The sale of that order number, known here, loaded; None when there is none."""
        number, gift = scanned_number(order_number)
        with self.db.read() as session:
            sale = find_sale(session, number)
            sale_id = sale.id if sale is not None else None
        if sale_id is None:
            return None
        self.sale = replace(self.read_sale(sale_id), gift_receipt=gift)
        return self.sale

    def attached(self) -> bool:
        """This till is one of a shop's, with a hub to ask (a local read)."""
        with self.db.read() as session:
            return own_till(session) is not None

    def look_up(self, order_number: str) -> Lookup:
        """The sale of that number, for an attached till, off the GUI thread (it may wait
        for the hub, a few seconds at most): known here, its returns at other tills are
        brought first; unknown here, the hub's copy of another till's sale is brought.
        Changes nothing on screen: open() shows the answer."""
        number = order_number.strip().upper()
        wanted, gift = scanned_number(number)
        with self.db.read() as session:
            sale = find_sale(session, wanted)
            known = (sale.id, sale.uid) if sale is not None else None
        url = hub_url()
        if url is None:
            return self._found(number, known, "no hub URL is kept on this till", gift)
        hub = hub_database(url)
        try:
            if known is not None:
                refresh_returns_from_hub(self.db, hub, known[1])
            elif copy_sale_from_hub(self.db, hub, wanted):
                with self.db.read() as session:
                    sale = find_sale(session, wanted)
                    known = (sale.id, sale.uid)
        except HubUnreachable as error:
            return self._found(number, known, words_of(error), gift)
        except HubLookupError as error:
            raise ReturnError(words_of(error)) from None
        return self._found(number, known, None, gift)

    def _found(self, number: str, known: tuple | None, problem: str | None,
               gift: bool = False) -> Lookup:
        sale = replace(self.read_sale(known[0]), gift_receipt=gift) if known else None
        return Lookup(number, sale, problem)

    def open(self, lookup: Lookup) -> SaleToReturn | None:
        """The sale a look-up found becomes the one being returned."""
        self.sale = lookup.sale
        return self.sale

    def search(self, day: date, phone: str | None) -> list[SaleToReturn]:
        """The sales of a customer's phone (any day), or else of the day; newest first."""
        with self.db.read() as session:
            sales = search_sales(session, self.shop, day=None if phone else day, phone=phone)
            return [SaleToReturn(s.id, s.order_number, s.created_at, s.total, s.customer_name)
                    for s in sales]

    def load(self, sale_id: int) -> SaleToReturn:
        self.sale = self.read_sale(sale_id)
        return self.sale

    def read_sale(self, sale_id: int) -> SaleToReturn:
        """The sale as the screen shows it; what is already returned counts every till's
        returns this till knows of."""
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            lines = tuple(LineToReturn(r.sale_line.id, r.sale_line.name, r.sale_line.quantity,
                                       r.already_returned, r.sale_line.total)
                          for r in returnable_lines(session, sale))
            return SaleToReturn(
                sale.id, sale.order_number, sale.created_at, sale.total, sale.customer_name,
                session.get(Staff, sale.clerk_id).name,
                tuple(p.method for p in sale.payments), lines, original_method(sale),
                sale_not_verified(sale), money_back_left=money_back_left(session, sale))

    # ----- the decision and the quote --------------------------------------------------------
    def update(self, form: ReturnForm | None) -> Judgement | None:
        """The policy's decision on the form (None before the sale and the quantities are
        known), the exchange's quote against it, and what is missing: one read."""
        self.judgement = None
        form = self._as_found(form)
        self.form = form
        self.missing = ()
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
        self.quote = ExchangeQuote(
            tuple(ExchangeLine(line.item.name, line.item.quantity, line.price.total)
                  for line in priced.lines), priced.total)
        if self.judgement is not None:
            self.missing = self._missing(form)
        return self.judgement

    def _missing(self, form: ReturnForm) -> tuple[Missing, ...]:
        new_items = len(self.exchange_cart.items) if form.remedy is Remedy.EXCHANGE else 0
        found = missing(form, new_items) + [
            Missing(FILLED_IN_LATER[d.refusal], d.explanation)
            for d in self.judgement.refused if d.refusal in FILLED_IN_LATER]
        return tuple(dict.fromkeys(found))

    def _as_found(self, form: ReturnForm | None) -> ReturnForm | None:
        """The form with what the scanned receipt says: a gift receipt allows no refund."""
        if form is None or self.sale is None or not self.sale.gift_receipt:
            return form
        return replace(form, gift_receipt=True)

    @property
    def refused(self) -> bool:
        """The policy refuses for what the clerk cannot fill in (the window, the condition)."""
        return self.judgement is not None and any(
            d.refusal not in FILLED_IN_LATER for d in self.judgement.refused)

    def why_not(self) -> str | None:
        """Why the return cannot be confirmed as it stands, without an override; None when
        it can."""
        if self.sale is None:
            return _("Find the sale first.")
        if self.judgement is None:
            return _("Set how many of each item come back.")
        if self.missing:
            return self.missing[0].sentence
        if self.sale.not_verified:
            return _(UNVERIFIED_NEEDS_MANAGER)
        if not self.judgement.allowed:
            return self.judgement.refused[0].explanation
        settlement = self.settlement()
        if settlement is not None and settlement.gives_back and not gives_no_money(self.form):
            return _(GIFT_NO_MONEY_BACK)
        if settlement is not None and self.refund_method() != CREDIT:
            return money_back_refusal(settlement.gives_back, self.sale.money_back_left,
                                      self.shop.locale)
        return None

    @property
    def may_override(self) -> bool:
        """A manager may approve it: the policy refuses or deducts, and nothing is missing."""
        gift_refund = self.judgement is not None and any(
            d.refusal == GIFT_RECEIPT for d in self.judgement.refused)
        return (self.judgement is not None and not self.missing and not gift_refund
                and (self.refused or bool(self.judgement.deduction)
                     or self.sale.not_verified))

    def settlement(self, overridden: bool = False) -> Settlement | None:
        """What changes hands if the return is recorded as it stands, or with a manager's
        override (in full, no deduction); None when the policy refuses it."""
        if self.judgement is None:
            return None
        finals = self._overridden() if overridden else [d for _, d in self.judgement.lines]
        if not all(d.allowed for d in finals):
            return None
        credit = money_sum(d.returned_value for d in finals)
        as_credit = self.refund_method() == CREDIT
        if self.form.remedy is Remedy.REFUND:
            return Settlement(Remedy.REFUND, money_sum(d.refund for d in finals),
                              Money.zero(), credit, Money.zero(), as_credit)
        difference = self.quote.total - credit
        return Settlement(Remedy.EXCHANGE, max(-difference, Money.zero()),
                          max(difference, Money.zero()), credit, self.quote.total, as_credit)

    def refund_method(self) -> str | None:
        """Where money given back goes: the form's choice, or as the sale was paid."""
        if self.form is None or self.sale is None:
            return None
        if self.form.refund_method:
            return self.form.refund_method
        value = (money_sum(d.returned_value for d in self._overridden())
                 if self.judgement is not None else Money.zero())
        return default_method(self.sale.original_method, value, self.sale.money_back_left)

    def _overridden(self) -> list[ReturnDecision]:
        form = self.form
        return [overridden_decision(decision, line, form.remedy, form.quantities[line.sale_line.id],
                            form.reason, form.original_condition)
                for line, decision in self.judgement.lines]

    def add_exchange_item(self, text: str) -> str | None:
        """One more of the product the text finds for the exchange; why not, when it can't."""
        with self.db.read() as session:
            found = lookup(session, text, limit=2)
            item = cart_item(session, found[0]) if len(found) == 1 else None
        if item is None:
            return _("No single product matches '{text}'.").format(text=text)
        try:
            self.exchange_cart.add(item)
        except CartError as error:
            return words_of(error)
        return None

    # ----- carrying it out -------------------------------------------------------------------
    def verify_override(self, override: Override) -> None:
        """The written reason first, then the manager's PIN, in its own committed
        transaction, so that wrong PINs count towards the lock; record_return() checks both
        again with the return."""
        lacking = override_missing(override)
        if lacking is not None:
            raise ReturnError(lacking.sentence)
        verify_manager(self.db, override.manager_id, override.pin)

    def confirm(self, form: ReturnForm, clerk_id: int,
                payment: CashPayment | CardPayment | None = None,
                override: Override | None = None) -> Recorded:
        """Records the return (raises ReturnError and the like when it cannot). The
        difference of an exchange is paid by `payment`; without one, as the sale was paid
        (cash handed over exactly)."""
        exchange = None
        form = self._as_found(form)
        if form.remedy is Remedy.EXCHANGE:
            exchange = Exchange(self.exchange_cart,
                                payment or self._paid_as_the_sale(override is not None))
        with self.db.write() as session:
            clerk = session.get(Staff, clerk_id)
            ret = record_return(session, self.sale.id, form, clerk, self.shop,
                                override=override, exchange=exchange)
            recorded = Recorded(ret.id, ret.return_number,
                                ret.credit_code if ret.refund_method == CREDIT else None)
        self.clear()
        return recorded

    def _paid_as_the_sale(self, overridden: bool) -> CashPayment | CardPayment:
        settlement = self.settlement(overridden)
        if self.sale.original_method == "cash" and settlement is not None:
            return CashPayment(settlement.collects)
        return CardPayment()
