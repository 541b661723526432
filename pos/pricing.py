"""Promotions as price rules, and the price of a cart line under them.

Rules do not stack: each line gets the one rule that saves the customer the most,
which is what a customer expects when a product is in two promotions at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from db.models import Promotion
from pos.discounts import ClerkDiscount
from pos.i18n import _
from pos.money import Money


@dataclass(frozen=True)
class PriceRule:
    name: str
    starts_on: date
    ends_on: date | None = None
    percent_off: Decimal | None = None
    amount_off: Money | None = None
    product_id: int | None = None
    collection_id: int | None = None

    def __post_init__(self):
        if (self.percent_off is None) == (self.amount_off is None):
            raise ValueError(_("A promotion is either a percentage or an amount off."))
        if (self.product_id is None) == (self.collection_id is None):
            raise ValueError(_("A promotion applies to one product or one collection."))
        if self.percent_off is not None and not (0 < self.percent_off <= 100):
            raise ValueError(_("A percentage off is between 0 and 100."))
        if self.amount_off is not None and self.amount_off.minor <= 0:
            raise ValueError(_("An amount off is more than zero."))
        if self.ends_on is not None and self.ends_on < self.starts_on:
            raise ValueError(_("A promotion cannot end before it starts."))

    def runs_on(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def applies_to(self, product_id: int, collection_ids: frozenset[int]) -> bool:
        if self.product_id is not None:
            return self.product_id == product_id
        return self.collection_id in collection_ids

    def unit_discount(self, unit_price: Money) -> Money:
        """Never more than the price itself: a line is never negative."""
        if self.percent_off is not None:
            off = unit_price.percent(self.percent_off)
        else:
            off = self.amount_off
        return min(off, unit_price)


@dataclass(frozen=True)
class LinePrice:
    unit_price: Money
    quantity: int
    discount: Money  # the promotion's
    promotion: str | None
    # The clerk's discount, taken from what is left after the promotion.
    clerk_discount: Money = Money(0)
    clerk: ClerkDiscount | None = None
    # This line's share of the clerk's discount on the whole cart (the receipt shows the
    # cart's discount once, before the total; the line keeps its share, so a return refunds
    # what was paid).
    cart_share: Money = Money(0)

    @property
    def gross(self) -> Money:
        return self.unit_price * self.quantity

    @property
    def after_promotion(self) -> Money:
        return self.gross - self.discount

    @property
    def all_discounts(self) -> Money:
        """The promotion's and the clerk's: the sale line's discount column."""
        return self.discount + self.clerk_discount + self.cart_share

    @property
    def total(self) -> Money:
        return self.gross - self.all_discounts


def price_line(unit_price: Money, quantity: int, product_id: int, collection_ids: frozenset[int],
               rules: list[PriceRule], day: date, clerk: ClerkDiscount | None = None,
               ) -> LinePrice:
    best: PriceRule | None = None
    best_off = Money.zero()
    for rule in rules:
        if rule.runs_on(day) and rule.applies_to(product_id, collection_ids):
            off = rule.unit_discount(unit_price)
            if off > best_off:
                best, best_off = rule, off
    promotion_off = best_off * quantity
    after_promotion = unit_price * quantity - promotion_off
    return LinePrice(
        unit_price=unit_price,
        quantity=quantity,
        discount=promotion_off,
        promotion=best.name if best else None,
        clerk_discount=clerk.off(after_promotion, quantity) if clerk else Money(0),
        clerk=clerk,
    )


# Rows of columns, not Promotion objects: every sale prices its cart again at checkout.
# Built once: building the statement costs more than running it.
_RUNNING = select(
    Promotion.name, Promotion.starts_on, Promotion.ends_on, Promotion.percent_off,
    Promotion.amount_off, Promotion.product_id, Promotion.collection_id,
).where(
    Promotion.active,
    Promotion.starts_on <= bindparam("day"),
    or_(Promotion.ends_on.is_(None), Promotion.ends_on >= bindparam("day")),
)


def rules_running(session: Session, day: date) -> list[PriceRule]:
    return [rule_of(row) for row in session.execute(_RUNNING, {"day": day})]


def rule_of(row) -> PriceRule:
    """A rule from a Promotion, or from a row with the same names."""
    return PriceRule(
        name=row.name,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        percent_off=row.percent_off,
        amount_off=row.amount_off,
        product_id=row.product_id,
        collection_id=row.collection_id,
    )
