"""Parked carts: the clerk sets a cart aside (F6) with its customer to serve the next one, and
recalls it later, at today's prices. Kept in the till's database, so a restart loses none; the
day's close lists those still parked and a manager voids them (recorded in the audit log).
No Qt. Each function works in the caller's session: one transaction."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import ParkedCart, Product, Staff
from db.types import utc_now
from pos.cart import Cart, CartItem
from pos.customer import Customer
from pos.discounts import ClerkDiscount
from pos.i18n import N_, _, isolated, ngettext, right_to_left
from pos.money import Money
from pos.products import cart_item
from pos.returns import audit
from pos.staff import require_manager


SALE_UNDER_WAY = N_("A sale is under way: park it (F6) or void it (Esc Esc) before recalling "
                    "another.")


class ParkError(ValueError):
    """A cart that cannot be parked or recalled, in words for the clerk; nothing changed."""


@dataclass(frozen=True)
class ParkedLine:
    product_id: int
    sku: str
    name: str
    quantity: int
    stock_override_by: int | None = None
    discount: dict | None = None  # the clerk's discount on the line (discount_json)


@dataclass(frozen=True)
class Parked:
    """A parked cart as the list shows it: who parked it, when, what, for how much."""
    id: int
    parked_at: datetime
    clerk_name: str
    lines: tuple[ParkedLine, ...]
    customer: Customer
    item_count: int
    total: Money  # when it was parked; recalled, it is priced again

    @property
    def items_words(self) -> str:
        """'Linen shirt × 1, Cotton T-shirt × 2' (each name kept whole in an Arabic sentence)."""
        comma = "، " if right_to_left() else ", "
        return comma.join(f"{isolated(line.name)} × {line.quantity}" for line in self.lines)


@dataclass(frozen=True)
class Recalled:
    """The cart back, at today's prices; `gone` names the products no longer sold."""
    cart: Cart
    customer: Customer
    gone: tuple[str, ...]

    @property
    def words(self) -> str:
        count = sum(item.quantity for item in self.cart.items)
        said = ngettext("Parked cart back: {n} item.", "Parked cart back: {n} items.",
                        count).format(n=count)
        if self.gone:
            said += " " + _("Not sold any more, left out: {names}.").format(
                names=", ".join(self.gone))
        return said


def park(session: Session, clerk: Staff | None, cart: Cart, customer: Customer,
         total: Money, now: datetime | None = None) -> int:
    """Sets the cart aside; its id. The caller then starts an empty sale."""
    if not cart.items:
        raise ParkError(_("Nothing to park: the cart is empty."))
    lines = [asdict(ParkedLine(i.product_id, i.sku, i.name, i.quantity, i.stock_override_by,
                               discount_json(i.discount)))
             for i in cart.items]
    row = ParkedCart(parked_at=now or utc_now(), clerk_id=clerk.id if clerk else None,
                     clerk_name=clerk.name if clerk else "", checkout_key=cart.checkout_key,
                     lines=json.dumps(lines), customer=json.dumps(asdict(customer)),
                     discount=json.dumps(discount_json(cart.discount)),
                     item_count=sum(i.quantity for i in cart.items), total=total)
    session.add(row)
    session.flush()
    return row.id


def parked_carts(session: Session) -> list[Parked]:
    """Every cart still parked, the oldest first."""
    return [_parked(row) for row in session.scalars(
        select(ParkedCart).order_by(ParkedCart.parked_at, ParkedCart.id))]


def recall(session: Session, parked_id: int, current: Cart,
           customer: Customer = Customer()) -> Recalled:
    """The parked cart back as a cart, with today's prices and stock figures (a manager's
    approval to sell beyond the stock stays on its line); it is no longer parked. Refused
    while a sale is under way (lines, or a customer's details): it would be lost."""
    if current.items or not customer.is_empty:
        raise ParkError(_(SALE_UNDER_WAY))
    row = session.get(ParkedCart, parked_id)
    if row is None:
        raise ParkError(_("That cart is no longer parked."))
    parked = _parked(row)
    items: list[CartItem] = []
    gone: list[str] = []
    for line in parked.lines:
        product = session.get(Product, line.product_id)
        if product is None or not product.active:
            gone.append(line.name)
            continue
        item = cart_item(session, product, line.quantity)
        item.stock_override_by = line.stock_override_by
        item.discount = discount_of(line.discount)
        items.append(item)
    session.delete(row)
    cart = Cart(items, row.checkout_key)
    cart.discount = discount_of(json.loads(row.discount or "null"))
    return Recalled(cart, parked.customer, tuple(gone))


def void_parked(session: Session, manager: Staff | None, parked_ids: list[int]) -> int:
    """A manager throws the parked carts away (at the day's close): each recorded in the
    audit log with what it held. How many were voided."""
    require_manager(manager, _("Only a manager can void parked carts."))
    rows = session.scalars(select(ParkedCart).where(ParkedCart.id.in_(parked_ids))).all()
    for row in rows:
        parked = _parked(row)
        audit(session, manager.id, "void_parked_cart", f"parked:{row.id}", {
            "parked_at": row.parked_at.isoformat(), "clerk_id": row.clerk_id,
            "clerk": row.clerk_name, "total": str(row.total), "item_count": row.item_count,
            "lines": [asdict(line) for line in parked.lines]})
    session.execute(delete(ParkedCart).where(ParkedCart.id.in_([r.id for r in rows])))
    return len(rows)


def _parked(row: ParkedCart) -> Parked:
    return Parked(row.id, row.parked_at, row.clerk_name,
                  tuple(ParkedLine(**line) for line in json.loads(row.lines)),
                  Customer(**json.loads(row.customer)), row.item_count, row.total)


def discount_json(discount: ClerkDiscount | None) -> dict | None:
    """A clerk's discount as JSON: money in centimes, the percent as its decimal text."""
    if discount is None:
        return None
    said = asdict(discount)
    for name in ("amount", "unit_price"):
        said[name] = None if said[name] is None else getattr(discount, name).minor
    said["percent"] = None if discount.percent is None else str(discount.percent)
    return said


def discount_of(said: dict | None) -> ClerkDiscount | None:
    if said is None:
        return None
    money = {name: None if said[name] is None else Money(said[name])
             for name in ("amount", "unit_price")}
    percent = None if said["percent"] is None else Decimal(said["percent"])
    return ClerkDiscount(said["reason"], said["given_by"], percent=percent,
                         approved_by=said["approved_by"], **money)
