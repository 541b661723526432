"""The clerk's discount on a cart line: a percent or an amount, with a reason, within the
limit the manager sets for each role; beyond it, a manager approves with their PIN.

Promotions apply first; the clerk's discount is taken from what is left. A percent is
rounded half up to the centime (Money.percent), per line: 5% of 19.99 MAD is 0.9995,
so 1.00 MAD off. Each discount is written to the audit log with the sale (who, how much,
why, who approved); the sale line's discount column holds the promotion and the clerk's
discount together.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry, Sale, Staff
from db.settings import load_json_setting, save_json_setting
from pos.i18n import N_, _, words_of
from pos.money import Money, MoneyError
from pos.staff import require_manager

if TYPE_CHECKING:  # pos.till_scope reaches pos.checkout, which needs this module
    from pos.till_scope import TillScope

SETTING = "discounts"
AUDIT_ACTION = "clerk discount"
# Percent off a line each role may give alone; None: no limit.
DEFAULT_LIMITS = {"clerk": Decimal(10), "manager": None}
# The reasons a clerk picks from; any other is typed.
REASONS = (N_("Damaged item"), N_("Loyal customer"), N_("Price match"),
           N_("Staff purchase"))


class DiscountError(ValueError):
    """A discount that cannot be given as typed, in words for the clerk."""


@dataclass(frozen=True)
class ClerkDiscount:
    """percent, amount or unit_price (exactly one), off the line's price after promotions.
    unit_price is a price override: the line then costs that much a unit, and what it takes
    off is counted against the limit like any discount."""
    reason: str
    given_by: int
    percent: Decimal | None = None
    amount: Money | None = None
    approved_by: int | None = None
    unit_price: Money | None = None

    def off(self, after_promotions: Money, quantity: int = 1) -> Money:
        """Never more than what is left to pay: a line is never negative."""
        if self.percent is not None:
            return min(after_promotions.percent(self.percent), after_promotions)
        if self.unit_price is not None:
            return max(min(after_promotions - self.unit_price * quantity, after_promotions),
                       Money(0))
        return min(self.amount, after_promotions)


def shares(off: Money, totals: list[Money]) -> list[Money]:
    """A cart's discount split over its lines in proportion to what each costs, in whole
    centimes: each line's share rounded down, the centimes left over given one each to the
    lines with the largest remainders (first in the cart on a tie). They add up to off."""
    whole = sum(t.minor for t in totals)
    if not whole:
        return [Money(0) for _t in totals]
    exact = [(off.minor * t.minor) for t in totals]
    parts = [e // whole for e in exact]
    left = off.minor - sum(parts)
    by_remainder = sorted(range(len(totals)), key=lambda i: (-(exact[i] % whole), i))
    for i in by_remainder[:left]:
        parts[i] += 1
    return [Money(p) for p in parts]


def parse_discount(text: str, percent: bool, locale: str = "fr_MA") -> Decimal | Money:
    """What the clerk typed: '5' or '12,5' percent, or an amount '20' / '20,50'."""
    if percent:
        try:
            value = Decimal((text or "").strip().replace(",", "."))
        except InvalidOperation:
            raise DiscountError(_("Type a percentage, like 5 or 12.5.")) from None
        if not value.is_finite() or not 0 < value <= 100:
            raise DiscountError(_("A percentage off is between 0 and 100."))
        if value != value.quantize(Decimal("0.01")):
            raise DiscountError(_("A percentage has at most two decimals."))
        return value
    try:
        amount = Money.parse(text, locale)
    except MoneyError as error:
        raise DiscountError(words_of(error)) from None
    if amount.minor <= 0:
        raise DiscountError(_("An amount off is more than zero."))
    return amount


def parse_new_price(text: str, locale: str = "fr_MA") -> Money:
    """A line's new unit price, as typed: zero or more."""
    try:
        price = Money.parse(text, locale)
    except MoneyError as error:
        raise DiscountError(words_of(error)) from None
    if price.is_negative():
        raise DiscountError(_("A price cannot be negative."))
    return price


def check_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise DiscountError(_("Give the reason for the discount."))
    if len(reason) > 80:
        raise DiscountError(_("A reason is at most 80 characters."))
    return reason


# ----- the limits per role ----------------------------------------------------------------
def load_limits(session: Session) -> dict[str, Decimal | None]:
    saved = load_json_setting(session, SETTING) or {}
    limits = dict(DEFAULT_LIMITS)
    for role, value in saved.items():
        limits[role] = None if value is None else Decimal(value)
    return limits


def save_limits(session: Session, staff: Staff | None,
                limits: dict[str, Decimal | None]) -> None:
    """The percent each role may give without a manager's PIN; only a manager sets them."""
    require_manager(staff, "change the discount limits")
    for value in limits.values():
        if value is not None and not 0 <= value <= 100:
            raise DiscountError(_("A limit is a percentage between 0 and 100."))
    save_json_setting(session, SETTING, {
        role: None if value is None else str(value) for role, value in limits.items()})


def within_limit(limits: dict[str, Decimal | None], role: str, after_promotions: Money,
                 off: Money) -> bool:
    """off is at most the role's percent of the price after promotions; in centimes, no
    rounding: off * 100 <= price * limit."""
    limit = limits.get(role, Decimal(0))
    if limit is None:
        return True
    return Decimal(off.minor) * 100 <= Decimal(after_promotions.minor) * limit


def check_allowed(session: Session, limits: dict[str, Decimal | None], given_by: Staff | None,
                  approved_by: int | None, after_promotions: Money, off: Money) -> None:
    """At checkout: a discount beyond the giver's limit needs an active manager's approval
    (the dialog asks for it; a rule of the shop is not left to a screen)."""
    role = given_by.role if given_by is not None else "clerk"
    if within_limit(limits, role, after_promotions, off):
        return
    if approved_by is None:
        raise DiscountError(_("This discount is beyond your limit: a manager must approve it."))
    require_manager(session.get(Staff, approved_by), "approve a discount")


# ----- the record -------------------------------------------------------------------------
def record(session: Session, sale: Sale, clerk_id: int, line_no: int, name: str,
           discount: ClerkDiscount, off: Money, shares: dict[str, int] | None = None) -> None:
    """line_no 0 is the whole cart's discount; shares: each line's part of it, in centimes."""
    # Imported here: pos.returns completes an exchange's sale through pos.checkout.
    from pos.returns import audit
    audit(session, clerk_id, AUDIT_ACTION, sale.order_number, {
        "line_no": line_no, "name": name, "amount": off.minor,
        "percent": None if discount.percent is None else str(discount.percent),
        "unit_price": None if discount.unit_price is None else discount.unit_price.minor,
        "reason": discount.reason, "approved_by": discount.approved_by,
        **({"shares": shares} if shares is not None else {}),
    }, now=sale.created_at)


@dataclass(frozen=True)
class GivenDiscount:
    """One clerk's discount as recorded: for the receipt and the day's review."""
    order_number: str
    line_no: int
    name: str
    amount: Money
    percent: Decimal | None
    reason: str
    clerk: str
    approved_by: str | None
    shares: dict[int, Money]  # the whole cart's discount (line 0): each line's part
    unit_price: Money | None = None  # a price override's new price


def _given(session: Session, entries) -> list[GivenDiscount]:
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    given = []
    for entry in entries:
        d = json.loads(entry.details)
        given.append(GivenDiscount(
            entry.subject, d["line_no"], d["name"], Money(d["amount"]),
            None if d["percent"] is None else Decimal(d["percent"]), d["reason"],
            names.get(entry.staff_id, "?"),
            names.get(d["approved_by"]) if d["approved_by"] is not None else None,
            {int(n): Money(m) for n, m in d.get("shares", {}).items()},
            Money(d["unit_price"]) if d.get("unit_price") is not None else None))
    return given


def discounts_of_sale(session: Session, order_number: str) -> dict[int, GivenDiscount]:
    """The clerk's discounts on a sale, by line number (0: on the whole cart)."""
    entries = session.scalars(select(AuditEntry).where(
        AuditEntry.action == AUDIT_ACTION, AuditEntry.subject == order_number))
    return {g.line_no: g for g in _given(session, entries)}


def discounts_of_day(session: Session, day: date, scope: TillScope) -> list[GivenDiscount]:
    """The day's clerk discounts, in the order given: those of the sales of that business day
    the scope counts (pos/till_scope.py), as the rest of the Z report."""
    numbers = select(Sale.order_number).where(Sale.business_date == day, scope.sales())
    entries = session.scalars(select(AuditEntry).where(
        AuditEntry.action == AUDIT_ACTION, AuditEntry.subject.in_(numbers))
        .order_by(AuditEntry.id))
    return _given(session, entries)
