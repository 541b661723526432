"""Completing a sale: the cart, its payment and the stock, saved as one unit of work.

complete_sale() runs inside the caller's transaction (Database.write()), so the sale,
its lines, its payment, its stock movements and its queued events commit together or
not at all. It never talks to the network.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import OrderCounter, Payment, Product, Sale, SaleLine, Staff, StockMovement
from db.types import utc_now
from pos.cart import Cart, PricedCart
from pos.customer import Customer
from pos.money import Money, format_money
from pos.pricing import rules_running
from pos.shop import ShopSettings
from tracking.hashing import sha256_hex
from tracking.outbox import queue_place_an_order

SALE_PREFIX = "S"
log = logging.getLogger(__name__)


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
    bumped = session.execute(
        update(OrderCounter)
        .where(OrderCounter.prefix == prefix, OrderCounter.business_date == business_date)
        .values(last_number=OrderCounter.last_number + 1)
    )
    if bumped.rowcount == 0:
        session.add(OrderCounter(prefix=prefix, business_date=business_date, last_number=1))
        session.flush()
        number = 1
    else:
        number = session.scalar(
            select(OrderCounter.last_number).where(
                OrderCounter.prefix == prefix, OrderCounter.business_date == business_date
            )
        )
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
    credit is the value of items returned in an exchange: it pays first."""
    existing = session.scalar(select(Sale).where(Sale.checkout_key == cart.checkout_key))
    if existing is not None:
        return existing
    if not cart.items:
        raise CheckoutError("The cart is empty.")
    now = now or utc_now()
    day = shop.local_date(now)
    priced = price_for_checkout(session, cart, day)
    from_credit = min(credit, priced.total)
    to_pay = priced.total - from_credit
    if isinstance(payment, CashPayment) and to_pay:
        check_cash(to_pay, payment.tendered, shop.locale)

    products = _lock_products(session, [item.product_id for item in cart.items])
    for item in cart.items:
        product = products.get(item.product_id)
        if product is None or not product.active:
            raise CheckoutError(f"{item.name} is no longer sold. Remove it from the cart.")
        if product.stock < item.quantity and item.stock_override_by is None:
            raise CheckoutError(
                f"Only {max(product.stock, 0)} of {item.name} in stock. "
                "A manager must allow selling more."
            )

    customer = customer or Customer()
    sale = Sale(
        order_number=next_order_number(session, SALE_PREFIX, day),
        checkout_key=cart.checkout_key,
        created_at=now,
        business_date=day,
        clerk_id=clerk.id,
        subtotal=priced.subtotal,
        discount_total=priced.discount_total,
        total=priced.total,
        customer_name=customer.name,
        customer_email=customer.email if customer.consent else None,
        customer_phone=customer.phone if customer.consent else None,
        customer_phone_hash=sha256_hex(customer.phone) if customer.consent and customer.phone
        else None,
        customer_consent=customer.consent,
    )
    for line_no, line in enumerate(priced.lines, start=1):
        item = line.item
        sale.lines.append(SaleLine(
            line_no=line_no,
            product_id=item.product_id,
            sku=item.sku,
            name=item.name,
            unit_price=item.unit_price,
            quantity=item.quantity,
            discount=line.price.discount,
            promotion_name=line.price.promotion,
            total=line.price.total,
            stock_override_by_id=item.stock_override_by,
        ))
    if from_credit:
        sale.payments.append(Payment(method="exchange", amount=from_credit))
    if isinstance(payment, CashPayment) and (to_pay or not from_credit):
        sale.payments.append(Payment(method="cash", amount=to_pay, tendered=payment.tendered,
                                     change=change_due(to_pay, payment.tendered)))
    elif to_pay or not from_credit:
        sale.payments.append(Payment(method="card", amount=to_pay))
    session.add(sale)
    session.flush()

    for item in cart.items:
        # The rows are locked for this transaction (SQLite: BEGIN IMMEDIATE), so this is safe.
        products[item.product_id].stock -= item.quantity
        session.add(StockMovement(product_id=item.product_id, delta=-item.quantity, reason="sale",
                                  sale_id=sale.id, staff_id=clerk.id, created_at=now))
    # The conversion is queued in this same transaction: the sale and its event, or neither.
    queue_place_an_order(session, sale, shop, customer, value=to_pay)
    session.flush()
    log.info("Sale %s: %s, %d line(s), paid by %s", sale.order_number, sale.total,
             len(sale.lines), "+".join(p.method for p in sale.payments))
    return sale


def _lock_products(session: Session, ids: list[int]) -> dict[int, Product]:
    rows = session.scalars(select(Product).where(Product.id.in_(ids)).with_for_update())
    return {p.id: p for p in rows}
