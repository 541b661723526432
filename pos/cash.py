"""The drawer's cash for one business day: the opening float, cash put in or taken out,
and the manager's close.

Expected cash = opening float + cash taken for the day's sales - cash given back for the
day's returns + cash put in - cash taken out. The manager counts the drawer note by note
and coin by coin; the difference is recorded with the close, and a closed day's cash can
be reprinted but never edited again.

Each till has its own drawer: the figures are this till's (pos/till_scope.py), or the whole
shop's sums when read on the hub (`main.py report sales --shop`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import CashMovement, DayClose, Payment, Return, Sale, Staff
from db.types import utc_now
from pos.i18n import N_, _
from pos.money import Money, format_money, money_sum
from pos.returns import audit
from pos.shop import ShopSettings
from pos.staff import PermissionDenied, require_manager
from pos.till_scope import TillScope, scope_of, this_till

# Moroccan dirham notes and coins, largest first.
DENOMINATIONS = [Money.of(x) for x in
                 ("200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10")]
CLOSED = N_("This day is closed: it can be reprinted, not edited.")
MAX_REASON = 200


class CashError(ValueError):
    """A cash operation that cannot be done, in words for the person at the drawer."""


@dataclass(frozen=True)
class CashSummary:
    opening_float: Money
    cash_sales: Money      # cash payments of the day's sales (what was kept, change given)
    cash_refunds: Money    # cash given back for the day's returns
    cash_in: Money
    cash_out: Money
    expected: Money        # on a closed day: what was expected when it was closed
    movements: list[tuple[datetime, str, Money, str, str]]  # (local time, kind, amount, reason, staff)
    closed: bool
    counted: Money | None
    difference: Money | None   # counted - expected
    closed_by: str | None
    closed_at: datetime | None  # local
    counted_by_denomination: dict[str, int] | None  # {"200.00": 3, ..., "0.10": 0}
    # Cash that moved after the close (a late sale or return): 0 when nothing did.
    changed_since_close: Money = Money(0)
    float_set: bool = False  # a float of 0,00 is a float that was set
    # The whole shop's summary (the hub): how many tills closed the day; counted and
    # difference are then the sums at those tills. None on a till's own summary.
    tills_closed: int | None = None


def denomination_key(denomination: Money) -> str:
    """'200.00', '0.50': how a note or coin is named in the close's record and in CSV."""
    return str(denomination.amount)


def counted_total(counted: dict[Money, int]) -> Money:
    """The sum of denomination x count, after checking every denomination and count."""
    for denomination, count in counted.items():
        if denomination not in DENOMINATIONS:
            raise CashError(_("{denomination} is not a dirham note or coin.").format(
                denomination=denomination))
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise CashError(_("The count of {denomination} must be a whole number, 0 or "
                              "more.").format(denomination=denomination))
    return money_sum(denomination * count for denomination, count in counted.items())


def as_money(total) -> Money:
    """A SQL sum: None over no rows; Money from a MoneyType column, int from raw SQL."""
    if total is None:
        return Money.zero()
    return total if isinstance(total, Money) else Money(int(total))


def _money(session: Session, query) -> Money:
    return as_money(session.scalar(query))


def _expected_parts(session: Session, day: date, scope: TillScope) -> dict:
    """The Money figures that make the expected cash, and float_set: whether a float was
    set at all (a float of 0,00 is one). Only the scope's rows: a sale of another till
    copied here was paid into that till's drawer."""
    movements = dict(session.execute(
        select(CashMovement.kind, func.sum(CashMovement.amount))
        .where(CashMovement.business_date == day, scope.rows(CashMovement))
        .group_by(CashMovement.kind)
    ).all())
    cash_sales = _money(session, select(func.sum(Payment.amount))
                        .join(Sale, Sale.id == Payment.sale_id)
                        .where(Sale.business_date == day, Payment.method == "cash",
                               scope.sales()))
    cash_refunds = _money(session, select(func.sum(Return.refund))
                          .where(Return.business_date == day, Return.refund_method == "cash",
                                 scope.rows(Return)))
    return {"opening_float": as_money(movements.get("float")),
            "cash_sales": cash_sales, "cash_refunds": cash_refunds,
            "cash_in": as_money(movements.get("in")),
            "cash_out": as_money(movements.get("out")),
            "float_set": "float" in movements}


def _expected(parts: dict[str, Money]) -> Money:
    return (parts["opening_float"] + parts["cash_sales"] - parts["cash_refunds"]
            + parts["cash_in"] - parts["cash_out"])


def day_close(session: Session, day: date, scope: TillScope | None = None) -> DayClose | None:
    """This till's close of the day, if it was closed."""
    scope = scope_of(session, scope)
    return session.scalar(select(DayClose).where(DayClose.business_date == day,
                                                 scope.rows(DayClose)))


def cash_summary(session: Session, shop: ShopSettings, day: date,
                 scope: TillScope | None = None) -> CashSummary:
    scope = scope_of(session, scope)
    parts = _expected_parts(session, day, scope)
    expected_now = _expected(parts)
    who = aliased(Staff)
    movements = [
        (shop.local_time(created_at), kind, amount, reason, name)
        for created_at, kind, amount, reason, name in session.execute(
            select(CashMovement.created_at, CashMovement.kind, CashMovement.amount,
                   CashMovement.reason, who.name)
            .join(who, who.id == CashMovement.staff_id)
            .where(CashMovement.business_date == day, CashMovement.kind != "float",
                   scope.rows(CashMovement))
            .order_by(CashMovement.created_at, CashMovement.id))
    ]
    if scope.whole_shop:
        return _shop_summary(session, day, parts, expected_now, movements)
    close = day_close(session, day, scope)
    if close is None:
        return CashSummary(**parts, expected=expected_now, movements=movements, closed=False,
                           counted=None, difference=None, closed_by=None, closed_at=None,
                           counted_by_denomination=None)
    return CashSummary(
        **parts, expected=close.expected, movements=movements, closed=True,
        counted=close.counted, difference=close.difference, closed_by=close.closed_by.name,
        closed_at=shop.local_time(close.closed_at),
        counted_by_denomination=json.loads(close.counted_by_denomination),
        changed_since_close=expected_now - close.expected,
    )


def _shop_summary(session: Session, day: date, parts: dict, expected_now: Money,
                  movements: list) -> CashSummary:
    """Every till's drawer summed; each till closes its own, so the closes are summed too."""
    closes = list(session.execute(select(DayClose.counted, DayClose.difference)
                                  .where(DayClose.business_date == day)))
    return CashSummary(**parts, expected=expected_now, movements=movements, closed=False,
                       counted=money_sum(c.counted for c in closes) if closes else None,
                       difference=money_sum(c.difference for c in closes) if closes else None,
                       closed_by=None, closed_at=None, counted_by_denomination=None,
                       tills_closed=len(closes))


def _refuse_if_closed(session: Session, day: date) -> None:
    if day_close(session, day) is not None:
        raise CashError(_(CLOSED))


def set_opening_float(session: Session, shop: ShopSettings, manager: Staff, day: date,
                      amount: Money, now: datetime | None = None) -> CashMovement:
    """The cash in the drawer when the day starts: once per day, by a manager."""
    require_manager(manager, "set the opening float")
    _refuse_if_closed(session, day)
    if amount.is_negative():
        raise CashError(_("The opening float cannot be negative."))
    already = session.scalar(select(CashMovement).where(
        CashMovement.business_date == day, CashMovement.kind == "float",
        this_till(session).rows(CashMovement)))
    if already is not None:
        raise CashError(_("The opening float of this day is already set: {amount}.").format(
            amount=format_money(already.amount, shop.locale)))
    return _add(session, manager, day, "float", amount, "Opening float", now or utc_now())


def record_cash_movement(session: Session, shop: ShopSettings, staff: Staff, day: date,
                         kind: str, amount: Money, reason: str,
                         now: datetime | None = None) -> CashMovement:
    """Cash put into the drawer ("in") or taken out ("out") outside a sale, and why."""
    if staff is None or not staff.active:
        raise PermissionDenied(_("Log in to record cash in or out."))
    _refuse_if_closed(session, day)
    if kind not in ("in", "out"):
        raise CashError("Cash goes 'in' or 'out' of the drawer.")
    if amount <= Money.zero():
        raise CashError(_("Enter an amount above zero."))
    reason = (reason or "").strip()
    if not reason:
        raise CashError(_("Write why the cash goes in.") if kind == "in"
                        else _("Write why the cash goes out."))
    if len(reason) > MAX_REASON:
        raise CashError(_("Keep the reason under {count} characters.").format(count=MAX_REASON))
    return _add(session, staff, day, kind, amount, reason, now or utc_now())


def _add(session: Session, staff: Staff, day: date, kind: str, amount: Money, reason: str,
         now: datetime) -> CashMovement:
    movement = CashMovement(business_date=day, kind=kind, amount=amount, reason=reason,
                            staff_id=staff.id, created_at=now)
    session.add(movement)
    session.flush()
    audit(session, staff.id, f"cash {kind}", f"cash {day.isoformat()}",
          {"amount": str(amount.amount), "reason": reason}, now)
    return movement


def close_day(session: Session, shop: ShopSettings, manager: Staff, day: date,
              counted: dict[Money, int], now: datetime | None = None) -> DayClose:
    """The manager's count of the drawer; the difference with the expected cash is kept."""
    require_manager(manager, "close the day's cash")
    _refuse_if_closed(session, day)
    now = now or utc_now()
    total = counted_total(counted)
    expected = _expected(_expected_parts(session, day, this_till(session)))
    by_denomination = {denomination_key(d): counted.get(d, 0) for d in DENOMINATIONS}
    close = DayClose(business_date=day, counted=total, expected=expected,
                     difference=total - expected,
                     counted_by_denomination=json.dumps(by_denomination),
                     closed_by_id=manager.id, closed_at=now)
    session.add(close)
    session.flush()
    audit(session, manager.id, "day closed", f"cash {day.isoformat()}",
          {"counted": str(total.amount), "expected": str(expected.amount),
           "difference": str(close.difference.amount), "by_denomination": by_denomination}, now)
    return close
