"""Completing a sale: the cart, its payment and the stock, saved as one unit of work.

complete_sale() runs inside the caller's transaction (Database.write()), so the sale,
its lines, its payment, its stock movements and its queued events commit together or
not at all. It never talks to the network.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from db.models import (HubLink, OrderCounter, Payment, Product, Sale, SaleLine, Staff,
                       StockMovement)
from db.types import utc_now
from pos.cart import Cart, PricedCart
from pos.customer import Customer
from pos.discounts import DiscountError, check_allowed, load_limits
from pos.discounts import record as record_discount
from pos.i18n import _
from pos.money import Money, format_money, money_sum
from pos.pricing import rules_running
from pos.products import stock_checked
from pos.shop import ShopSettings
from pos.staff import PermissionDenied, require_manager
from pos.store_credit import CREDIT, StoreCreditError, check_spend, read_code
from tracking.events import EventContent
from tracking.hashing import hashed_user
from tracking.outbox import queue_sale_event
from tracking.settings import TikTokSettings, load_tiktok_settings

SALE_PREFIX = "S"
log = logging.getLogger(__name__)

# The sale's statements, built once (building one costs more than running it). The first,
# _SALE_BY_KEY, names a mapped class: the session autoflushes what the caller changed (a
# delivery, the TikTok settings) before it, so every read below sees it. The rows are
# written by executemany on the tables themselves, the cheapest of SQLAlchemy's public ways
# (the ORM's bulk INSERT and UPDATE cost about twice as much).
_counters = OrderCounter.__table__
_BUMP_COUNTER = (update(_counters)
                 .where(_counters.c.prefix == bindparam("counter_prefix"),
                        _counters.c.business_date == bindparam("counter_day"))
                 .values(last_number=_counters.c.last_number + 1)
                 .returning(_counters.c.last_number))
_hub_link = HubLink.__table__
_OWN_LINK = select(_hub_link.c.till, _hub_link.c.shop).where(_hub_link.c.id == 1)
_LINK_IN_SESSION = "counter.till"  # session.info key: (till, shop) codes, read once a session
_ALONE = (None, None)
# An attached till's (till, shop) codes
_ATTACHED: WeakKeyDictionary[Engine, tuple[str, str]] = WeakKeyDictionary()
_SALE_BY_KEY = select(Sale.id).where(Sale.checkout_key == bindparam("key"))
_products = Product.__table__
_STOCK_OF = (select(_products.c.id, _products.c.active, _products.c.stock,
                    _products.c.stock_counted, _products.c.oversell_allowed)
             .where(_products.c.id.in_(bindparam("ids", expanding=True))))
_TAKE_FROM_STOCK = (update(_products).where(_products.c.id == bindparam("product"))
                    .values(stock=_products.c.stock - bindparam("quantity")))
_INSERT_SALE = insert(Sale).returning(Sale)  # the Sale comes back as the session holds it
_INSERT_LINES = insert(SaleLine.__table__)
_INSERT_PAYMENTS = insert(Payment.__table__)
_INSERT_MOVEMENTS = insert(StockMovement.__table__)


class CheckoutError(ValueError):
    """The sale cannot be completed as asked; nothing was saved."""


@dataclass(frozen=True)
class CashPayment:
    tendered: Money
    method: str = "cash"


@dataclass(frozen=True)
class CardPayment:
    method: str = "card"


@dataclass(frozen=True)
class CreditPart:
    """Part of a sale paid by a credit note: its code, and how much of it is spent."""

    code: str
    amount: Money


@dataclass(frozen=True)
class SplitPayment:
    """One sale paid several ways: credit notes first, then the card, and cash for what is
    left, the only part that gives change. A part of zero is no part."""

    card: Money = Money(0)
    credits: tuple[CreditPart, ...] = ()
    tendered: Money = Money(0)   # the cash handed over for what is left
    method: str = "split"

    @property
    def not_cash(self) -> Money:
        return self.card + money_sum(part.amount for part in self.credits)


def split_of(payment: CashPayment | CardPayment | SplitPayment, to_pay: Money) -> SplitPayment:
    """Any payment as its parts: cash is all the cash, a card pays the whole amount."""
    if isinstance(payment, SplitPayment):
        return payment
    if isinstance(payment, CashPayment):
        return SplitPayment(tendered=payment.tendered, method="cash")
    return SplitPayment(card=to_pay, method="card")


def split_problem(due: Money, card: Money, credits: list[Money], tendered: Money,
                  locale: str = "fr_MA") -> str | None:
    """What keeps these parts from paying `due`, in one sentence; None once they do. Card and
    credit notes never pay more than is due: change comes only from cash. The payment screen
    asks it as the clerk types (pos.counter.split_sums); the checkout has the last word
    (check_split), with the notes' balances."""
    not_cash = card + money_sum(credits)
    cash = due - not_cash
    if card.is_negative() or tendered.is_negative() or any(a.minor <= 0 for a in credits):
        return _("Each part of a payment is an amount above zero.")
    if cash.is_negative():
        return _("Card and credit notes pay {paid}, more than the {due} due: change is given "
                 "only from cash.").format(paid=format_money(not_cash, locale),
                                           due=format_money(due, locale))
    if tendered < cash:
        return _("Not enough cash: {short} short.").format(
            short=format_money(cash - tendered, locale))
    if tendered and not cash:
        return _("Nothing is left to pay in cash.")
    return None


def check_split(session: Session, split: SplitPayment, to_pay: Money, day: date,
                locale: str = "fr_MA") -> Money:
    """The cash part of the sale when the parts can pay `to_pay`; CheckoutError says why not.
    A cash or card payment alone is checked as it always was (check_cash)."""
    cash = to_pay - split.not_cash
    if split.method == "split":
        problem = split_problem(to_pay, split.card, [p.amount for p in split.credits],
                                split.tendered, locale)
        if problem is not None:
            raise CheckoutError(problem)
    elif cash:
        check_cash(cash, split.tendered, locale)
    spending: dict[str, Money] = {}
    for part in split.credits:
        code = read_code(part.code)
        spending[code] = spending.get(code, Money.zero()) + part.amount
    for code, amount in spending.items():
        try:
            check_spend(session, code, amount, day, locale)
        except StoreCreditError as error:
            raise CheckoutError(str(error)) from None
    return cash


def change_due(total: Money, tendered: Money) -> Money:
    return tendered - total


def check_cash(total: Money, tendered: Money, locale: str = "fr_MA") -> None:
    if tendered.is_negative():
        raise CheckoutError(_("The amount tendered cannot be negative."))
    if tendered < total:
        short = format_money(total - tendered, locale)
        raise CheckoutError(_("Not enough cash: {short} short.").format(short=short))


def _hub_codes(session: Session) -> tuple[str | None, str | None]:
    """This till's code and its shop's code on the hub, (None, None) while it stands alone.
    Attached, a till keeps both for good: they are read from the database once per engine,
    then never again on a sale. Alone, they are read once per session (a sale, a return
    and its exchange share one), as the till may be attached while the app runs."""
    codes = session.info.get(_LINK_IN_SESSION)
    if codes is None:
        engine = session.get_bind()
        codes = _ATTACHED.get(engine)
        if codes is None:
            row = session.execute(_OWN_LINK).first()
            codes = _ALONE if row is None else (row.till, row.shop)
            if row is not None:
                _ATTACHED[engine] = codes
        session.info[_LINK_IN_SESSION] = codes
    return codes


def till_code(session: Session) -> str | None:
    """This till's code, None while it stands alone (read as _hub_codes says)."""
    return _hub_codes(session)[0]


def tiktok_shop_id(session: Session, settings: TikTokSettings) -> str | None:
    """properties.shop_id of an in-store event: the hub's shop code when the till is
    attached, else the TikTok settings' shop id, else None (left out)."""
    return _hub_codes(session)[1] or settings.shop_id.strip() or None


def order_number(prefix: str, till: str | None, business_date: date, number: int) -> str:
    """S-T2-20261201-0007 at an attached till (its code keeps the number unique in the
    shop, as each till counts on its own); S-20261201-0007 at a till standing alone.
    Upper case, as a number typed at the counter is read."""
    middle = f"{till.upper()}-" if till else ""
    return f"{prefix}-{middle}{business_date:%Y%m%d}-{number:04d}"


def next_order_number(session: Session, prefix: str, business_date: date) -> str:
    """The day's next number at this till, unique even with several counters on one
    database, because the counter row is updated inside the sale's own transaction."""
    number = session.scalar(_BUMP_COUNTER, {"counter_prefix": prefix, "counter_day": business_date})
    if number is None:  # the day's first
        number = 1
        session.execute(insert(_counters), [
            dict(prefix=prefix, business_date=business_date, last_number=1)])
    return order_number(prefix, till_code(session), business_date, number)


def price_for_checkout(session: Session, cart: Cart, day: date) -> PricedCart:
    return cart.priced(rules_running(session, day), day)


def tiktok_user(customer: Customer | None) -> dict | None:
    """The customer as TikTok may see them: hashed (exactly once: a value already a SHA-256
    digest passes as it is), and only with their consent."""
    if customer is None or not customer.consent:
        return None
    return hashed_user(email=customer.email, phone=customer.phone) or None


def complete_sale(
    session: Session,
    cart: Cart,
    payment: CashPayment | CardPayment,
    clerk: Staff,
    shop: ShopSettings,
    customer: Customer | None = None,
    now: datetime | None = None,
    credit: Money = Money(0),
) -> Sale:
    """Saves the cart as a sale. Paying the same cart twice returns the first sale.
    credit is the value of items returned in an exchange: it pays first.

    The rows are written with Core statements run by the session; the Sale handed back
    is in the session like a loaded one (its lines and payments load when first read)."""
    existing = session.scalar(_SALE_BY_KEY, {"key": cart.checkout_key})
    if existing is not None:
        return session.get(Sale, existing)
    if not cart.items:
        raise CheckoutError(_("The cart is empty."))
    now = now or utc_now()
    day = shop.local_date(now)
    priced = price_for_checkout(session, cart, day)
    from_credit = min(credit, priced.total)
    to_pay = priced.total - from_credit
    split = split_of(payment, to_pay)
    cash = check_split(session, split, to_pay, day, shop.locale)
    _check_stock(session, cart)
    _check_approvers(session, cart)
    _check_discounts(session, priced, clerk)
    tracking = load_tiktok_settings(session)

    customer = customer or Customer()
    user = tiktok_user(customer)
    sale = _write_sale(session, cart, priced, clerk, customer, now, day,
                       phone_hash=(user or {}).get("phone"))
    # Each clerk's discount in the audit log, in this same transaction as the sale.
    for line_no, line in enumerate(priced.lines, start=1):
        if line.price.clerk is not None:
            record_discount(session, sale, clerk.id, line_no, line.item.name, line.price.clerk,
                            line.price.clerk_discount)
    if priced.cart_clerk is not None:  # line 0: the whole cart, with each line's share
        record_discount(session, sale, clerk.id, 0, "", priced.cart_clerk, priced.cart_discount,
                        {str(n): line.price.cart_share.minor
                         for n, line in enumerate(priced.lines, start=1)})
    payments = _payments(split, from_credit, cash)
    session.execute(_INSERT_PAYMENTS, [dict(p, sale_id=sale.id) for p in payments])
    _take_from_stock(session, cart, sale, clerk)
    # The conversion is queued in this same transaction: the sale and its event, or neither.
    # Its value is the money paid for it now: an exchange's credit and a credit note were
    # paid for by an earlier sale, already counted.
    value = to_pay - money_sum(part.amount for part in split.credits)
    queue_sale_event(session, sale, shop.currency, user, value=value, settings=tracking,
                     contents=[EventContent(content_id=item.sku, content_name=item.name,
                                            quantity=item.quantity, price=item.unit_price)
                               for item in cart.items],
                     shop_id=tiktok_shop_id(session, tracking) if tracking.in_store else None)
    log.info("Sale %s: %s, %d line(s), paid by %s", sale.order_number, sale.total,
             len(priced.lines), "+".join(p["method"] for p in payments))
    return sale


def _check_stock(session: Session, cart: Cart) -> None:
    """Refuses a product no longer sold, or one short of stock without a manager's
    approval. The write lock is already held (SQLite: BEGIN IMMEDIATE), so the stock read
    here is still the stock when the sale's own UPDATEs run."""
    ids = {item.product_id for item in cart.items}
    on_hand = {row.id: row for row in session.execute(_STOCK_OF, {"ids": list(ids)})}
    for item in cart.items:
        product = on_hand.get(item.product_id)
        if product is None or not product.active:
            raise CheckoutError(_("{name} is no longer sold. Remove it from the cart.").format(
                name=item.name))
        if (stock_checked(product) and product.stock < item.quantity
                and item.stock_override_by is None):
            raise CheckoutError(
                _("Only {stock} of {name} in stock. A manager must allow selling more.")
                .format(stock=max(product.stock, 0), name=item.name))


def _check_approvers(session: Session, cart: Cart) -> None:
    """Whoever allowed selling beyond the stock must be an active manager: the dialog
    checks it too, but a rule of the shop is not left to a screen."""
    approvers = {item.stock_override_by for item in cart.items
                 if item.stock_override_by is not None}
    if not approvers:
        return
    found = {staff.id: staff for staff in session.scalars(
        select(Staff).where(Staff.id.in_(approvers)))}
    for staff_id in approvers:
        try:
            require_manager(found.get(staff_id), "allow selling beyond the stock")
        except PermissionDenied as error:
            raise CheckoutError(str(error)) from None


def _check_discounts(session: Session, priced: PricedCart, clerk: Staff) -> None:
    """Each clerk's discount within the clerk's limit, or approved by an active manager."""
    given = [(line.price.clerk.approved_by, line.price.after_promotion,
              line.price.clerk_discount) for line in priced.lines if line.price.clerk is not None]
    if priced.cart_clerk is not None:  # the cart's counts the lines' with it
        given.append((priced.cart_clerk.approved_by, priced.after_promotions,
                      priced.clerk_discounts))
    if not given:
        return
    limits = load_limits(session)
    for approved_by, after_promotions, off in given:
        try:
            check_allowed(session, limits, clerk, approved_by, after_promotions, off)
        except (DiscountError, PermissionDenied) as error:
            raise CheckoutError(str(error)) from None


def _write_sale(session: Session, cart: Cart, priced: PricedCart, clerk: Staff,
                customer: Customer, now: datetime, day: date,
                phone_hash: str | None = None) -> Sale:
    """The sale's row and its lines; the Sale as the session holds it. phone_hash: the
    customer's phone as TikTok's user holds it (hashed once), when they consented."""
    consent = customer.consent
    sale = session.scalars(_INSERT_SALE, [dict(
        order_number=next_order_number(session, SALE_PREFIX, day),
        checkout_key=cart.checkout_key,
        created_at=now,
        business_date=day,
        clerk_id=clerk.id,
        subtotal=priced.subtotal,
        discount_total=priced.discount_total,
        total=priced.total,
        customer_name=customer.name,
        customer_email=customer.email if consent else None,
        customer_phone=customer.phone if consent else None,
        customer_phone_hash=(phone_hash or hashed_user(phone=customer.phone)["phone"])
        if consent and customer.phone else None,
        customer_consent=consent,
    )]).one()
    session.execute(_INSERT_LINES, [
        dict(sale_id=sale.id, line_no=line_no, product_id=line.item.product_id,
             sku=line.item.sku, name=line.item.name, unit_price=line.item.unit_price,
             quantity=line.item.quantity, discount=line.price.all_discounts,
             promotion_name=line.price.promotion, total=line.price.total,
             stock_override_by_id=line.item.stock_override_by)
        for line_no, line in enumerate(priced.lines, start=1)])
    return sale


def _payments(split: SplitPayment, from_credit: Money, cash: Money) -> list[dict]:
    """The sale's payment rows: an exchange's credit first, then each credit note, the card
    and the cash."""
    payments = []
    if from_credit:
        payments.append(dict(method="exchange", amount=from_credit, tendered=None, change=None,
                             credit_code=None))
    for part in split.credits:
        payments.append(dict(method=CREDIT, amount=part.amount, tendered=None, change=None,
                             credit_code=read_code(part.code)))
    if split.card:
        payments.append(dict(method="card", amount=split.card, tendered=None, change=None,
                             credit_code=None))
    if cash:
        payments.append(dict(method="cash", amount=cash, tendered=split.tendered,
                             change=change_due(cash, split.tendered), credit_code=None))
    if not payments:  # nothing to pay, nothing returned: the one row it always had
        payments.append(dict(method="card", amount=cash, tendered=None, change=None,
                             credit_code=None) if split.method == "card" else
                        dict(method="cash", amount=cash, tendered=split.tendered,
                             change=change_due(cash, split.tendered), credit_code=None))
    return payments


def _take_from_stock(session: Session, cart: Cart, sale: Sale, clerk: Staff) -> None:
    """The products' new stock and the movements that explain it. Products this session
    already holds have their stock expired, to be read again when next used: a stale one
    would be sold from again, or written back over the sale's update."""
    taken = [{"product": item.product_id, "quantity": item.quantity} for item in cart.items]
    session.execute(_TAKE_FROM_STOCK, taken)
    for product_id in {item.product_id for item in cart.items}:
        held = session.identity_map.get(identity_key(Product, product_id))
        if held is not None:
            session.expire(held, ["stock"])
    session.execute(_INSERT_MOVEMENTS, [
        dict(product_id=item.product_id, delta=-item.quantity, reason="sale", sale_id=sale.id,
             return_id=None, staff_id=clerk.id, note=None, created_at=sale.created_at)
        for item in cart.items])
