"""The manager's day, read from the records: the returns review, the 30-day views and the
sales (Z) report. No Qt: the screens, the printouts, the CSV and `main.py report` all show
what these functions return, so they cannot disagree.

Every query is bounded by business_date (indexed), so a day's review costs the same on a
year of history as on a week. Each counts the facts of a scope (pos/till_scope.py): by
default this till's; the whole shop's when run on the hub (`main.py report --shop`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.hub.remote import NO_RECEIPT_KEY, PLACEHOLDER_KEY, is_placeholder
from db.models import OutboxEvent, Payment, Return, ReturnLine, Sale, SaleLine, Staff
from pos.cash import CashSummary, as_money, cash_summary
from pos.dates import format_date
from pos.discounts import GivenDiscount, discounts_of_day
from pos.hardware.drawer import BY_A_MANAGER, WHY, OpeningRecord, drawer_openings
from pos.i18n import N_, _, figure, ngettext
from pos.money import Money, format_money, money_sum
from pos.return_policy import Outcome, Reason, Remedy
from pos.shop import ShopSettings
from pos.store_credit import CREDIT, outstanding_credit
from pos.till_scope import TillScope, scope_of

REPEAT_WINDOW_DAYS = 30
REPEAT_THRESHOLD = 3  # the third return in the window is flagged, and every one after it
PAYMENT_METHODS = ("cash", "card", "exchange", "credit")  # credit: a credit note spent
_SHORT_REASONS = {Reason.MISUSE: N_("Misuse"), Reason.OTHER: N_("Other")}
# "the third return in 30 days": a return's rank in the customer's window, in words.
_ORDINALS = {3: N_("third"), 4: N_("fourth"), 5: N_("fifth"), 6: N_("sixth"),
             7: N_("seventh"), 8: N_("eighth"), 9: N_("ninth"), 10: N_("tenth")}


def reason_label(reason: str) -> str:
    """A reason as the review names it, in the language spoken: 'Change of mind',
    'Misuse', 'Other'."""
    try:
        value = Reason(reason)
    except ValueError:
        return reason
    return _(_SHORT_REASONS[value]) if value in _SHORT_REASONS else value.label


def _outcome_label(outcome: str) -> str:
    try:
        return Outcome(outcome).label
    except ValueError:
        return outcome


def _remedy_label(remedy: str) -> str:
    try:
        return Remedy(remedy).label
    except ValueError:
        return remedy


def _ordinal(n: int) -> str:
    """'third', 'fourth'... in words up to the tenth, then '11th'."""
    return _(_ORDINALS[n]) if n in _ORDINALS else _("{n}th").format(n=n)




def _quoted(sentence: str | None) -> str:
    """A sentence inside quotes within another sentence: without its own final period."""
    return (sentence or "").strip().rstrip(".")


# ----- the returns review --------------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnRow:
    """One return or exchange of the day, as the review table shows it."""

    return_id: int
    time: datetime           # shop-local
    return_number: str
    order_number: str        # the original sale
    order_date: date         # the original sale's local date
    items: str               # "Linen shirt, white × 1; Argan oil, 100 ml × 2"
    reason: str              # label
    decision: str            # the policy's sentence, as the clerk read it out
    refunded: Money
    deducted: Money          # kept by the shop
    outcome: str             # "Refund", "Exchange", "Free replacement"
    remedy: str              # "Refund" or "Exchange"
    refund_method: str | None
    clerk: str
    approved_by: str | None  # the manager who overrode the policy
    override_reason: str | None
    policy_version: int
    returned_value: Money = Money(0)     # what the customer had paid for what came back
    collected: Money = Money(0)          # paid by the customer on an exchange
    exchange_order_number: str | None = None
    note: str | None = None

    @property
    def overridden(self) -> bool:
        return self.approved_by is not None


@dataclass(frozen=True)
class Flag:
    return_number: str
    # "override" | "same_clerk" | "cash_for_card" | "repeat_customer" | "sale_not_verified"
    # | "double_return" | "no_receipt"
    kind: str
    text: str  # a sentence for the manager


@dataclass(frozen=True)
class ReturnsDay:
    day: date
    rows: list[ReturnRow]
    count: int
    refunded: Money
    deducted: Money
    by_reason: dict[str, tuple[int, Money, Money]]  # label -> (count, refunded, deducted)
    by_clerk: dict[str, tuple[int, Money, Money]]
    flags: list[Flag]
    whole_shop: bool = False  # every till's returns (read on the hub), not this till's


def returns_day(session: Session, shop: ShopSettings, day: date,
                scope: TillScope | None = None) -> ReturnsDay:
    """The returns taken that day (at this till, or in the whole shop), whichever till
    made the sales they bring back."""
    scope = scope_of(session, scope)
    clerk, approver, exchange_sale = aliased(Staff), aliased(Staff), aliased(Sale)
    found = session.execute(
        select(Return.id, Return.return_number, Return.created_at, Return.reason, Return.remedy,
               Return.note, Return.explanation, Return.returned_value, Return.refund,
               Return.deduction, Return.collected, Return.refund_method,
               Return.override_reason, Return.policy_version_id, Return.clerk_id,
               clerk.name.label("clerk"), approver.name.label("approver"),
               Sale.id.label("sale_id"), Sale.order_number, Sale.business_date.label("sold_on"),
               Sale.clerk_id.label("sale_clerk_id"), Sale.customer_phone_hash,
               Sale.customer_name, Sale.checkout_key, Return.till,
               exchange_sale.order_number.label("exchange_order"))
        .join(Sale, Sale.id == Return.sale_id)
        .join(clerk, clerk.id == Return.clerk_id)
        .outerjoin(approver, approver.id == Return.override_by_id)
        .outerjoin(exchange_sale, exchange_sale.id == Return.exchange_sale_id)
        .where(Return.business_date == day, scope.rows(Return))
        .order_by(Return.created_at, Return.id)
    ).all()
    ids = [r.id for r in found]
    items, outcomes = _lines_of(session, ids)

    rows = [ReturnRow(
        return_id=r.id, time=shop.local_time(r.created_at), return_number=r.return_number,
        order_number=r.order_number, order_date=r.sold_on, items=items.get(r.id, ""),
        reason=reason_label(r.reason), decision=r.explanation, refunded=r.refund,
        deducted=r.deduction, outcome=" + ".join(outcomes.get(r.id, [])),
        remedy=_remedy_label(r.remedy),
        refund_method=r.refund_method, clerk=r.clerk, approved_by=r.approver,
        override_reason=r.override_reason, policy_version=r.policy_version_id,
        returned_value=r.returned_value, collected=r.collected,
        exchange_order_number=r.exchange_order, note=r.note,
    ) for r in found]

    by_reason: dict[str, list] = {}
    for reason in Reason:  # the policy's order, then anything unknown
        by_reason[reason_label(reason.value)] = [0, Money(0), Money(0)]
    by_clerk: dict[str, list] = defaultdict(lambda: [0, Money(0), Money(0)])
    for row in rows:
        for bucket in (by_reason.setdefault(row.reason, [0, Money(0), Money(0)]),
                       by_clerk[row.clerk]):
            bucket[0] += 1
            bucket[1] += row.refunded
            bucket[2] += row.deducted

    return ReturnsDay(
        day=day, rows=rows, count=len(rows),
        refunded=money_sum(r.refunded for r in rows),
        deducted=money_sum(r.deducted for r in rows),
        by_reason={k: tuple(v) for k, v in by_reason.items() if v[0]},
        by_clerk={k: tuple(by_clerk[k]) for k in sorted(by_clerk)},
        flags=_flags(session, shop, day, found, scope),
        whole_shop=scope.whole_shop,
    )


def _lines_of(session: Session, return_ids: list[int]) -> tuple[dict, dict]:
    """'Name × quantity; ...' and the outcome labels, per return (no photos are read)."""
    items: dict[int, list[str]] = defaultdict(list)
    outcomes: dict[int, list[str]] = defaultdict(list)
    if not return_ids:
        return {}, {}
    for return_id, name, quantity, outcome in session.execute(
        select(ReturnLine.return_id, SaleLine.name, ReturnLine.quantity, ReturnLine.outcome)
        .join(SaleLine, SaleLine.id == ReturnLine.sale_line_id)
        .where(ReturnLine.return_id.in_(return_ids))
        .order_by(ReturnLine.return_id, ReturnLine.id)
    ):
        items[return_id].append(f"{name} × {quantity}")
        label = _outcome_label(outcome)
        if label not in outcomes[return_id]:
            outcomes[return_id].append(label)
    return {k: "; ".join(v) for k, v in items.items()}, outcomes


def _flags(session: Session, shop: ShopSettings, day: date, found,
           scope: TillScope) -> list[Flag]:
    sale_ids = list({r.sale_id for r in found})
    card_paid = set(session.scalars(
        select(Payment.sale_id).where(Payment.sale_id.in_(sale_ids), Payment.method == "card",
                                      Payment.amount > Money.zero()))) if sale_ids else set()
    cash_back = _cash_given_back(session, card_paid)
    repeats = _repeat_returns(session, day, {r.customer_phone_hash for r in found
                                             if r.customer_phone_hash}, scope)
    flags = []
    for r in found:
        number = r.return_number
        if r.checkout_key.startswith(NO_RECEIPT_KEY):
            # Its own flag says what the policy said and who approved it.
            flags.append(Flag(number, "no_receipt", _(
                "{number}: no receipt: '{said}'; approved by {manager}: '{reason}'.").format(
                number=number, said=_quoted(r.explanation), manager=r.approver,
                reason=_quoted(r.override_reason))))
        elif r.approver is not None:
            flags.append(Flag(number, "override", _(
                "{number}: the policy said '{said}'; approved by {manager}: '{reason}'.").format(
                number=number, said=_quoted(r.explanation), manager=r.approver,
                reason=_quoted(r.override_reason))))
        if r.clerk_id == r.sale_clerk_id:
            flags.append(Flag(number, "same_clerk", _(
                "{number}: taken by {clerk}, the same person who made the sale {order} on "
                "{date}.").format(number=number, clerk=r.clerk, order=r.order_number,
                                  date=format_date(r.sold_on, shop.locale))))
        if r.refund_method == "cash" and r.refund and r.sale_id in card_paid and \
                cash_back.above_cash_paid(r.sale_id, (r.created_at, r.id)):
            flags.append(Flag(number, "cash_for_card", _(
                "{number}: {amount} given back in cash for {order}, which was paid by card."
            ).format(number=number, amount=figure(format_money(r.refund, shop.locale)),
                     order=r.order_number)))
        if r.customer_phone_hash:
            earlier = [(n, t, i) for n, t, i in repeats.get(r.customer_phone_hash, [])
                       if (t, i) <= (r.created_at, r.id)]
            if len(earlier) >= REPEAT_THRESHOLD:
                values = dict(number=number, nth=_ordinal(len(earlier)),
                              days=REPEAT_WINDOW_DAYS, name=r.customer_name,
                              numbers=", ".join(n for n, _t, _i in earlier))
                text = _("{number}: the {nth} return in {days} days by the same customer "
                         "({name}, same phone number): {numbers}.") if r.customer_name else \
                    _("{number}: the {nth} return in {days} days by the same customer (same "
                      "phone number): {numbers}.")
                flags.append(Flag(number, "repeat_customer", text.format(**values)))
    return flags + _not_verified(session, shop, found) + _double_returns(session, found)


def _not_verified(session: Session, shop: ShopSettings, found) -> list[Flag]:
    """Returns taken offline of a sale the till had never seen (pos/return_unverified.py);
    on the hub, beside the sale of that number once it has arrived from its till."""
    unverified = [r for r in found if r.checkout_key.startswith(PLACEHOLDER_KEY)]
    if not unverified:
        return []
    on_record = {number: (day, total) for number, day, total in session.execute(
        select(Sale.order_number, Sale.business_date, Sale.total)
        .where(Sale.order_number.in_({r.order_number for r in unverified}),
               ~is_placeholder(Sale.__table__)))}
    flags = []
    for r in unverified:
        text = _("{number}: sale not verified: {order} was returned at a till that could not "
                 "see it, approved by {manager}.").format(
            number=r.return_number, order=r.order_number, manager=r.approver)
        if r.order_number not in on_record:
            flags.append(Flag(r.return_number, "sale_not_verified", " ".join((
                text, _("No sale of that number has reached this record yet.")))))
            continue
        day, total = on_record[r.order_number]
        flags.append(Flag(r.return_number, "sale_not_verified", " ".join((
            text, _("The sale on record: {date}, {amount}.").format(
                date=format_date(day, shop.locale),
                amount=figure(format_money(total, shop.locale)))))))
        flags += [Flag(r.return_number, "double_return", ngettext(
            "{number}: {name} of {order} came back {returned} time, {sold} sold (the sale on "
            "record and the sale not verified together).",
            "{number}: {name} of {order} came back {returned} times, {sold} sold (the sale on "
            "record and the sale not verified together).", returned).format(
            number=_at_till(r.return_number, r.till), name=name, order=r.order_number,
            returned=returned, sold=sold))
            for name, sold, returned in _returned_beyond_the_sale(session, r.order_number)]
    return flags


def _returned_beyond_the_sale(session: Session, order_number: str) -> list[tuple[str, int, int]]:
    """(name, sold, returned) of the products the sale on record sold fewer of than came
    back, counting the returns of it and of the sales not verified of its number."""
    sales = select(Sale.id).where(Sale.order_number == order_number)
    sold = dict(session.execute(
        select(SaleLine.product_id, func.sum(SaleLine.quantity))
        .where(SaleLine.sale_id.in_(sales.where(~is_placeholder(Sale.__table__))))
        .group_by(SaleLine.product_id)).all())
    returned = session.execute(
        select(SaleLine.product_id, func.min(SaleLine.name), func.sum(ReturnLine.quantity))
        .join(ReturnLine, ReturnLine.sale_line_id == SaleLine.id)
        .where(SaleLine.sale_id.in_(sales)).group_by(SaleLine.product_id)).all()
    return [(name, sold.get(product_id, 0), quantity) for product_id, name, quantity in returned
            if quantity > sold.get(product_id, 0)]


def _at_till(number: str, till: str | None) -> str:
    """A return number with its till, when the number does not say it (printed before the
    till was attached)."""
    if till is None or f"-{till}-" in number:
        return number
    return _("{number} (till {till})").format(number=number, till=till)


def _double_returns(session: Session, found) -> list[Flag]:
    """Lines returned more times than they were sold: two tills, each offline, both took
    the same item back. Every return of such a line is named."""
    return_ids = [r.id for r in found]
    if not return_ids:
        return []
    touched = select(ReturnLine.sale_line_id).where(ReturnLine.return_id.in_(return_ids))
    returned = func.sum(ReturnLine.quantity)
    over = session.execute(
        select(SaleLine.id, SaleLine.name, SaleLine.quantity, returned, Sale.order_number)
        .join(ReturnLine, ReturnLine.sale_line_id == SaleLine.id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.id.in_(touched))
        .group_by(SaleLine.id, SaleLine.name, SaleLine.quantity, Sale.order_number)
        .having(returned > SaleLine.quantity)).all()
    flags = []
    of_the_day = {r.id for r in found}
    for line_id, name, sold, total_returned, order_number in over:
        returns = session.execute(
            select(Return.id, Return.return_number, Return.till)
            .where(Return.id.in_(select(ReturnLine.return_id)
                                 .where(ReturnLine.sale_line_id == line_id)))
            .order_by(Return.created_at, Return.id)).all()
        numbers = ", ".join(_at_till(number, till) for _, number, till in returns)
        flags += [Flag(number, "double_return", ngettext(
            "{number}: {name} of {order} came back {returned} time, {sold} sold: returns "
            "{numbers}.",
            "{number}: {name} of {order} came back {returned} times, {sold} sold: returns "
            "{numbers}.", total_returned).format(
            number=_at_till(number, till), name=name, order=order_number,
            returned=total_returned, sold=sold, numbers=numbers))
            for return_id, number, till in returns if return_id in of_the_day]
    return flags


@dataclass(frozen=True)
class _CashBack:
    """Of sales paid by card, what each took in cash (a split payment) and each cash refund
    given on it, oldest first."""
    paid: dict[int, Money]
    refunds: dict[int, list[tuple[tuple, Money]]]

    def above_cash_paid(self, sale_id: int, until: tuple) -> bool:
        """The cash given back on the sale up to this return is more than it took in cash."""
        given = money_sum(amount for when, amount in self.refunds.get(sale_id, [])
                          if when <= until)
        return given > self.paid.get(sale_id, Money.zero())


def _cash_given_back(session: Session, sale_ids: set[int]) -> _CashBack:
    if not sale_ids:
        return _CashBack({}, {})
    paid = {sale_id: as_money(amount) for sale_id, amount in session.execute(
        select(Payment.sale_id, func.sum(Payment.amount))
        .where(Payment.sale_id.in_(sale_ids), Payment.method == "cash")
        .group_by(Payment.sale_id))}
    refunds: dict[int, list[tuple[tuple, Money]]] = {}
    for sale_id, created_at, return_id, refund in session.execute(
            select(Return.sale_id, Return.created_at, Return.id, Return.refund)
            .where(Return.sale_id.in_(sale_ids), Return.refund_method == "cash")):
        refunds.setdefault(sale_id, []).append(((created_at, return_id), refund))
    return _CashBack(paid, refunds)


def _repeat_returns(session: Session, day: date, hashes: set[str],
                    scope: TillScope) -> dict[str, list[tuple[str, datetime, int]]]:
    """Per phone hash, the returns of its sales in the 30 days up to `day`, oldest first:
    those of the scope, so a till's count does not depend on which returns of other tills
    happen to be copied here."""
    if not hashes:
        return {}
    start = day - timedelta(days=REPEAT_WINDOW_DAYS - 1)
    found: dict[str, list] = defaultdict(list)
    for phone_hash, number, created_at, return_id in session.execute(
        select(Sale.customer_phone_hash, Return.return_number, Return.created_at, Return.id)
        .join(Return, Return.sale_id == Sale.id)
        .where(Sale.customer_phone_hash.in_(hashes),
               Return.business_date >= start, Return.business_date <= day,
               scope.rows(Return))
        .order_by(Return.created_at, Return.id)
    ):
        found[phone_hash].append((number, created_at, return_id))
    return found


def _window(end_day: date, days: int) -> date:
    if days < 1:
        raise ValueError("A window has at least one day.")
    return end_day - timedelta(days=days - 1)


def returns_by_reason(session: Session, shop: ShopSettings, end_day: date,
                      days: int = 30, scope: TillScope | None = None) -> dict[str, int]:
    """Reason label -> number of returns over the `days` days ending on end_day, most first."""
    scope = scope_of(session, scope)
    counts: dict[str, int] = defaultdict(int)
    for reason, count in session.execute(
        select(Return.reason, func.count())
        .where(Return.business_date >= _window(end_day, days), Return.business_date <= end_day,
               scope.rows(Return))
        .group_by(Return.reason)
    ):
        counts[reason_label(reason)] += count
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def return_rate_by_day(session: Session, shop: ShopSettings, end_day: date, days: int = 30,
                       scope: TillScope | None = None,
                       ) -> list[tuple[date, Money, Money, Decimal | None]]:
    """(day, returned value, sold value, rate) per day, oldest first. The rate is
    returned / sold as a fraction (0.0425 is 4.25%), None on a day with no sales."""
    scope = scope_of(session, scope)
    start = _window(end_day, days)
    returned = dict(session.execute(
        select(Return.business_date, func.sum(Return.returned_value))
        .where(Return.business_date >= start, Return.business_date <= end_day,
               scope.rows(Return))
        .group_by(Return.business_date)).all())
    sold = dict(session.execute(
        select(Sale.business_date, func.sum(Sale.total))
        .where(Sale.business_date >= start, Sale.business_date <= end_day, scope.sales())
        .group_by(Sale.business_date)).all())
    result = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        back, out = as_money(returned.get(day)), as_money(sold.get(day))
        rate = (Decimal(back.minor) / Decimal(out.minor)).quantize(Decimal("0.0001")) \
            if out.minor else None
        result.append((day, back, out, rate))
    return result


@dataclass(frozen=True)
class ReturnsChart:
    """The returns review's chart: returns by reason and the return rate of each day, over
    the days up to end_day."""
    end_day: date
    by_reason: dict[str, int]
    rates: list[tuple[date, Money, Money, Decimal | None]]  # as return_rate_by_day

    @property
    def returned(self) -> Money:
        return money_sum(r[1] for r in self.rates)

    @property
    def sold(self) -> Money:
        return money_sum(r[2] for r in self.rates)

    @property
    def rate(self) -> Decimal | None:
        """Returned / sold over the whole window as a fraction; None when nothing was sold."""
        return Decimal(self.returned.minor) / self.sold.minor if self.sold.minor else None


def returns_chart(session: Session, shop: ShopSettings, end_day: date, days: int = 30,
                  scope: TillScope | None = None) -> ReturnsChart:
    scope = scope_of(session, scope)
    return ReturnsChart(end_day, returns_by_reason(session, shop, end_day, days, scope),
                        return_rate_by_day(session, shop, end_day, days, scope))


# ----- the sales (Z) report ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SalesDay:
    day: date
    count: int
    gross: Money         # sum of the sales' subtotals, before promotions
    promotions: Money    # sum of the promotions' discounts
    returns: Money       # money given back that day (refunds, exchange differences)
    net: Money           # gross - promotions - returns
    by_method: dict[str, Money]              # cash / card / exchange (returned credit)
    by_clerk: dict[str, tuple[int, Money]]   # clerk -> (sales, total)
    tiktok_waiting: int
    tiktok_failed: int
    cash: CashSummary
    returns_by_method: dict[str, Money] = field(default_factory=dict)  # cash / card / credit
    exchanges: int = 0   # of `count`, the sales that were the new items of an exchange
    whole_shop: bool = False  # every till's figures (read on the hub), not this till's
    # Each opening of the drawer that day, in order (the whole shop's drawers on the hub).
    drawer_openings: tuple[OpeningRecord, ...] = ()
    # The clerks' discounts (part of `promotions`): who, how much, why, who approved.
    clerk_discounts: tuple[GivenDiscount, ...] = ()
    # Store credit: the credit notes given that day (refunds as credit), and what the shop
    # still owes on its notes at the day's end (not expired, less what was spent of them).
    credit_notes_issued: int = 0
    credit_issued: Money = field(default_factory=Money.zero)
    credit_outstanding: Money = field(default_factory=Money.zero)

    @property
    def has_store_credit(self) -> bool:
        """Anything of store credit to report: notes given, spent, or still owed."""
        return bool(self.credit_notes_issued or self.credit_outstanding
                    or self.by_method.get(CREDIT))

    @property
    def openings_by_why(self) -> dict[str, int]:
        """How many times the drawer opened, by why (pos.hardware.drawer.WHY's order),
        only the whys that happened."""
        counts = {why: 0 for why in WHY}
        for opening in self.drawer_openings:
            counts[opening.why] = counts.get(opening.why, 0) + 1
        return {why: n for why, n in counts.items() if n}

    @property
    def manager_openings(self) -> tuple[OpeningRecord, ...]:
        """The openings a manager made on purpose: who, when and why, in their words."""
        return tuple(o for o in self.drawer_openings if o.why == BY_A_MANAGER)


def sales_day(session: Session, shop: ShopSettings, day: date,
              scope: TillScope | None = None) -> SalesDay:
    """The Z report of a day: this till's sales, returns and drawer, or the whole shop's."""
    scope = scope_of(session, scope)
    made = scope.sales()
    count, gross, promotions = session.execute(
        select(func.count(), func.sum(Sale.subtotal), func.sum(Sale.discount_total))
        .where(Sale.business_date == day, made)).one()
    gross, promotions = as_money(gross), as_money(promotions)
    by_method = {method: Money(0) for method in PAYMENT_METHODS}
    for method, amount in session.execute(
        select(Payment.method, func.sum(Payment.amount))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.business_date == day, made).group_by(Payment.method)
    ):
        by_method[method] = as_money(amount)
    exchanges = session.scalar(
        select(func.count()).select_from(Payment).join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.business_date == day, made, Payment.method == "exchange")) or 0
    by_clerk = {name: (n, as_money(total)) for name, n, total in session.execute(
        select(Staff.name, func.count(), func.sum(Sale.total))
        .join(Staff, Staff.id == Sale.clerk_id)
        .where(Sale.business_date == day, made).group_by(Staff.name).order_by(Staff.name))}
    returns_by_method: dict[str, Money] = {}
    for method, amount in session.execute(
        select(Return.refund_method, func.sum(Return.refund))
        .where(Return.business_date == day, Return.refund > Money.zero(), scope.rows(Return))
        .group_by(Return.refund_method).order_by(Return.refund_method)
    ):
        returns_by_method[method or "cash"] = as_money(amount)
    returns = money_sum(returns_by_method.values())
    issued, issued_value = session.execute(
        select(func.count(), func.sum(Return.refund))
        .where(Return.business_date == day, Return.refund_method == CREDIT,
               Return.refund > Money.zero(), scope.rows(Return))).one()
    tiktok = {} if scope.whole_shop else _tiktok_left(session, day)
    return SalesDay(
        day=day, count=count, gross=gross, promotions=promotions, returns=returns,
        net=gross - promotions - returns, by_method=by_method, by_clerk=by_clerk,
        tiktok_waiting=tiktok.get("waiting", 0), tiktok_failed=tiktok.get("failed", 0),
        cash=cash_summary(session, shop, day, scope), returns_by_method=returns_by_method,
        exchanges=exchanges, whole_shop=scope.whole_shop,
        drawer_openings=tuple(drawer_openings(session, day, shop, scope)),
        clerk_discounts=tuple(discounts_of_day(session, day, scope)),
        credit_notes_issued=issued, credit_issued=as_money(issued_value),
        credit_outstanding=outstanding_credit(session, day, scope.rows(Return)),
    )


def _tiktok_left(session: Session, day: date) -> dict[str, int]:
    """The day's TikTok events not sent yet, by status. Each till sends its own queue,
    which never leaves it: the hub has none to count."""
    return dict(session.execute(
        select(OutboxEvent.status, func.count())
        .where(OutboxEvent.business_date == day,
               OutboxEvent.status.in_(("waiting", "failed")))
        .group_by(OutboxEvent.status)).all())
