"""Completing a sale: the cart, its payment and the stock, saved as one unit of work.

complete_sale() runs inside the caller's transaction (Database.write()), so the sale,
its lines, its payment, its stock movements and its queued events commit together or
not at all. It never talks to the network.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from db.models import OrderCounter, Payment, Product, Sale, SaleLine, Staff, StockMovement
from db.prepared import Prepared
from db.types import utc_now
from pos.cart import Cart, PricedCart
from pos.customer import Customer
from pos.money import Money, format_money
from pos.pricing import rules_running
from pos.shop import ShopSettings
from tracking.events import EventContent
from tracking.hashing import sha256_hex
from tracking.outbox import queue_place_an_order
from tracking.settings import load_tiktok_settings

SALE_PREFIX = "S"
log = logging.getLogger(__name__)

# A sale is written with these Core statements, compiled once and run on the driver's
# cursor (db/prepared.py): building and flushing ORM objects for the same rows, or even
# running them through Connection.execute, costs several times what SQLite spends on them.
_counters = OrderCounter.__table__
_BUMP_COUNTER = Prepared(
    update(_counters)
    .where(_counters.c.prefix == bindparam("counter_prefix"),
           _counters.c.business_date == bindparam("counter_day"))
    .values(last_number=_counters.c.last_number + 1)
    .returning(_counters.c.last_number)
)
_FIRST_OF_THE_DAY = Prepared(insert(_counters).values(prefix=bindparam("counter_prefix"),
                                                      business_date=bindparam("counter_day"),
                                                      last_number=1))
_products = Product.__table__
_sales = Sale.__table__
_SALE_BY_KEY = Prepared(select(_sales.c.id).where(_sales.c.checkout_key == bindparam("key")))
_TAKE_FROM_STOCK = Prepared(update(_products).where(_products.c.id == bindparam("product"))
                            .values(stock=_products.c.stock - bindparam("quantity")))
_INSERT_SALE = Prepared(insert(_sales))
_INSERT_LINES = Prepared(insert(SaleLine.__table__))
_INSERT_PAYMENTS = Prepared(insert(Payment.__table__))
_INSERT_MOVEMENTS = Prepared(insert(StockMovement.__table__))


class CheckoutError(ValueError):
    """The sale cannot be completed as asked; nothing was saved."""


@dataclass(frozen=True)
class CashPayment:
    tendered: Money
    method: str = "cash"


@dataclass(frozen=True)
class CardPayment:
    method: str = "card"


def change_due(total: Money, tendered: Money) -> Money:
    return tendered - total


def check_cash(total: Money, tendered: Money, locale: str = "fr_MA") -> None:
    if tendered.is_negative():
        raise CheckoutError("The amount tendered cannot be negative.")
    if tendered < total:
        short = format_money(total - tendered, locale)
        raise CheckoutError(f"Not enough cash: {short} short.")


def next_order_number(session: Session, prefix: str, business_date: date) -> str:
    """S-20261122-0007: the day's next number, unique even with several counters,
    because the counter row is updated inside the sale's own transaction."""
    connection = session.connection()
    counter = {"counter_prefix": prefix, "counter_day": business_date}
    number = _BUMP_COUNTER.scalar(connection, counter)
    if number is None:  # the day's first
        number = 1
        _FIRST_OF_THE_DAY.run(connection, counter)
    return f"{prefix}-{business_date:%Y%m%d}-{number:04d}"


def price_for_checkout(session: Session, cart: Cart, day: date) -> PricedCart:
    return cart.priced(rules_running(session, day), day)


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

    The rows are written with Core statements, not ORM objects; the Sale handed back is
    in the session like a loaded one (its lines and payments load when first read)."""
    # What the caller changed in this session and not yet flushed (a delivery, the TikTok
    # settings) must be what the checks below read: the Core statements do not autoflush.
    session.flush()
    connection = session.connection()
    existing = _SALE_BY_KEY.scalar(connection, {"key": cart.checkout_key})
    if existing is not None:
        return session.get(Sale, existing)
    if not cart.items:
        raise CheckoutError("The cart is empty.")
    now = now or utc_now()
    day = shop.local_date(now)
    priced = price_for_checkout(session, cart, day)
    total = priced.total
    from_credit = min(credit, total)
    to_pay = total - from_credit
    if isinstance(payment, CashPayment) and to_pay:
        check_cash(to_pay, payment.tendered, shop.locale)

    # The write lock is already held (SQLite: BEGIN IMMEDIATE), so the stock read here is
    # still the stock when the sale's own UPDATEs run below.
    ids = {item.product_id for item in cart.items}
    on_hand = {row.id: row for row in _stock_of(len(ids)).rows(
        connection, {f"p{i}": product_id for i, product_id in enumerate(ids)})}
    for item in cart.items:
        product = on_hand.get(item.product_id)
        if product is None or not product.active:
            raise CheckoutError(f"{item.name} is no longer sold. Remove it from the cart.")
        if product.stock < item.quantity and item.stock_override_by is None:
            raise CheckoutError(
                f"Only {max(product.stock, 0)} of {item.name} in stock. "
                "A manager must allow selling more."
            )
    tracking = load_tiktok_settings(session)

    customer = customer or Customer()
    consent = customer.consent
    values = dict(
        order_number=next_order_number(session, SALE_PREFIX, day),
        checkout_key=cart.checkout_key,
        created_at=now,
        business_date=day,
        clerk_id=clerk.id,
        subtotal=priced.subtotal,
        discount_total=priced.discount_total,
        total=total,
        customer_name=customer.name,
        customer_email=customer.email if consent else None,
        customer_phone=customer.phone if consent else None,
        customer_phone_hash=sha256_hex(customer.phone) if consent and customer.phone else None,
        customer_consent=consent,
    )
    sale_id = _INSERT_SALE.insert(connection, values)
    _INSERT_LINES.run_many(connection, [
        dict(sale_id=sale_id, line_no=line_no, product_id=line.item.product_id,
             sku=line.item.sku, name=line.item.name, unit_price=line.item.unit_price,
             quantity=line.item.quantity, discount=line.price.discount,
             promotion_name=line.price.promotion, total=line.price.total,
             stock_override_by_id=line.item.stock_override_by)
        for line_no, line in enumerate(priced.lines, start=1)])
    payments = []
    if from_credit:
        payments.append(dict(method="exchange", amount=from_credit, tendered=None, change=None))
    if isinstance(payment, CashPayment) and (to_pay or not from_credit):
        payments.append(dict(method="cash", amount=to_pay, tendered=payment.tendered,
                             change=change_due(to_pay, payment.tendered)))
    elif to_pay or not from_credit:
        payments.append(dict(method="card", amount=to_pay, tendered=None, change=None))
    _INSERT_PAYMENTS.run_many(connection, [dict(p, sale_id=sale_id) for p in payments])

    _TAKE_FROM_STOCK.run_many(connection, [
        {"product": item.product_id, "quantity": item.quantity} for item in cart.items])
    _INSERT_MOVEMENTS.run_many(connection, [
        dict(product_id=item.product_id, delta=-item.quantity, reason="sale", sale_id=sale_id,
             return_id=None, staff_id=clerk.id, note=None, created_at=now)
        for item in cart.items])
    left = {product_id: row.stock for product_id, row in on_hand.items()}
    for item in cart.items:
        left[item.product_id] -= item.quantity
    _show_new_stock(session, left)

    sale = _in_session(session, Sale(id=sale_id, **values))
    # The conversion is queued in this same transaction: the sale and its event, or neither.
    queue_place_an_order(session, sale, shop, customer, value=to_pay, settings=tracking,
                         contents=[EventContent(content_id=item.sku, content_name=item.name,
                                                quantity=item.quantity, price=item.unit_price)
                                   for item in cart.items])
    log.info("Sale %s: %s, %d line(s), paid by %s", sale.order_number, sale.total,
             len(priced.lines), "+".join(p["method"] for p in payments))
    return sale


@lru_cache(maxsize=32)
def _stock_of(count: int) -> Prepared:
    """The stock of `count` products. One bound parameter each, not an expanding IN: this
    SQL is compiled once, an expanding IN's would be rendered again on every sale."""
    return Prepared(select(_products.c.id, _products.c.active, _products.c.stock)
                    .where(_products.c.id.in_([bindparam(f"p{i}") for i in range(count)])))


def _show_new_stock(session: Session, stock: dict[int, int]) -> None:
    """Products this session already holds get the stock just written, as if reloaded:
    a stale one would be sold from again, or written back over the sale's update."""
    for product_id, left in stock.items():
        product = session.identity_map.get(identity_key(Product, product_id))
        if product is not None:
            set_committed_value(product, "stock", left)


def _in_session(session: Session, sale: Sale) -> Sale:
    """The sale just written as a persistent object, without reading it back."""
    make_transient_to_detached(sale)
    session.add(sale)
    return sale
