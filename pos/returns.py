"""Returns and exchanges at the counter: the policy's decision, carried out.

judge() is the live preview the return screen shows as the clerk changes the inputs;
record_return() judges again inside the write transaction (so two counters cannot
return the same unit twice) and saves the return, its stock movements, an exchange's new
sale and the audit entries together.

The decision's sentence is saved with the return (Return.explanation, ReturnLine.decision)
as the clerk read it out, in the language they worked in: a record of what was said, not
rewritten when someone later reads it in another language.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.hub.remote import NO_RECEIPT_KEY, PLACEHOLDER_KEY
from db.models import (AuditEntry, PolicyVersion, Product, Return, ReturnLine, Sale, SaleLine,
                       Staff, StockMovement)
from db.types import utc_now
from pos.cart import Cart
from pos.checkout import CardPayment, CashPayment, complete_sale, next_order_number
from pos.customer import CustomerError, normalize_phone
from pos.i18n import N_, _, words_of
from pos.money import Money, format_money, money_sum
from pos.return_checks import missing, override_missing
from pos.return_policy import (Outcome, PolicySettings, Reason, Remedy, ReturnDecision,
                               ReturnRequest, SoldLine, UnreceiptedItem, decide,
                               decide_no_receipt, paid_for_units)
from pos.shop import ShopSettings
from pos.staff import LoginError, PermissionDenied, authenticate, require_manager
from pos.store_credit import CREDIT, issue

RETURN_PREFIX = "R"
log = logging.getLogger(__name__)


class ReturnError(ValueError):
    """The return cannot be recorded as asked; nothing was saved."""


# ----- the policy's versioned settings -------------------------------------------------------
def _policy_json(settings: PolicySettings) -> str:
    data = asdict(settings)
    data.pop("version")
    data["change_of_mind_percent"] = str(settings.change_of_mind_percent)
    data["change_of_mind_minimum"] = settings.change_of_mind_minimum.minor
    return json.dumps(data, sort_keys=True)


def _policy_of(row: PolicyVersion) -> PolicySettings:
    data = json.loads(row.settings)
    data["change_of_mind_minimum"] = Money(data["change_of_mind_minimum"])
    return PolicySettings(**data, version=row.id)


def current_policy(session: Session, shop: ShopSettings | None = None) -> PolicySettings:
    """The latest version. Before the shop has saved one: the defaults, as the version 1
    they become at the first write that records a policy (policy_to_record). Nothing is
    written here: a read session asks it for the return screen's live decision."""
    row = _latest_policy(session)
    return _policy_of(row) if row is not None else _default_policy(shop)


def policy_to_record(session: Session, shop: ShopSettings | None = None) -> PolicySettings:
    """The latest version, for a write that records it (a return, a policy change): the
    shop's first such write saves the defaults as version 1."""
    row = _latest_policy(session)
    if row is None:
        row = PolicyVersion(settings=_policy_json(_default_policy(shop)), created_at=utc_now())
        session.add(row)
        session.flush()
    return _policy_of(row)


def _latest_policy(session: Session) -> PolicyVersion | None:
    return session.scalar(select(PolicyVersion).order_by(PolicyVersion.id.desc()).limit(1))


def _default_policy(shop: ShopSettings | None) -> PolicySettings:
    return PolicySettings(timezone=shop.timezone if shop else "Africa/Casablanca")


def policy_version(session: Session, version: int) -> PolicySettings:
    return _policy_of(session.get(PolicyVersion, version))


def change_policy(session: Session, manager: Staff, settings: PolicySettings) -> PolicySettings:
    """A new version; returns already made keep the version they were judged under."""
    require_manager(manager, "change the return policy")
    settings.validate()
    current = policy_to_record(session)
    if replace(current, version=0) == replace(settings, version=0):
        return current
    row = PolicyVersion(settings=_policy_json(settings), created_by_id=manager.id,
                        created_at=utc_now())
    session.add(row)
    session.flush()
    audit(session, manager.id, "policy changed", f"policy v{row.id}", json.loads(row.settings))
    return _policy_of(row)


# ----- finding the sale ------------------------------------------------------------------------
def find_sale(session: Session, order_number: str) -> Sale | None:
    """The sale of that number as printed (S-T2-20261201-0007, or S-20261201-0007 from
    before the till was attached), typed in any case: a sale made here, or one of another
    till copied here to be returned."""
    return session.scalar(
        select(Sale).where(Sale.order_number == order_number.strip().upper())
        .options(selectinload(Sale.lines), selectinload(Sale.payments))
    )


def search_sales(session: Session, shop: ShopSettings, day: date | None = None,
                 phone: str | None = None, limit: int = 50) -> list[Sale]:
    """Sales of a local day, of a customer's phone, or both; newest first. A return
    without a receipt's placeholder is none (all of it was given back when it was made)."""
    query = (select(Sale).where(~Sale.checkout_key.startswith(NO_RECEIPT_KEY))
             .order_by(Sale.created_at.desc()).limit(limit))
    if day is not None:
        query = query.where(Sale.business_date == day)
    if phone:
        try:
            query = query.where(Sale.customer_phone == normalize_phone(phone))
        except CustomerError as error:
            raise ReturnError(words_of(error)) from None
    if day is None and not phone:
        raise ReturnError(_("Give a date or the customer's phone to search."))
    return list(session.scalars(query))


@dataclass(frozen=True)
class ReturnableLine:
    sale_line: SaleLine
    already_returned: int

    @property
    def remaining(self) -> int:
        return self.sale_line.quantity - self.already_returned

    def sold_line(self, purchase_date: date) -> SoldLine:
        return SoldLine(name=self.sale_line.name, quantity_sold=self.sale_line.quantity,
                        line_total=self.sale_line.total,
                        quantity_already_returned=self.already_returned,
                        purchase_date=purchase_date)


def returnable_lines(session: Session, sale: Sale) -> list[ReturnableLine]:
    """The sale's lines with what was already returned of each: every return of it held
    here, those taken at other tills included (not only this till's)."""
    returned = dict(session.execute(
        select(ReturnLine.sale_line_id, func.sum(ReturnLine.quantity))
        .join(SaleLine, SaleLine.id == ReturnLine.sale_line_id)
        .where(SaleLine.sale_id == sale.id)
        .group_by(ReturnLine.sale_line_id)
    ).all())
    return [ReturnableLine(line, int(returned.get(line.id, 0))) for line in sale.lines]


# ----- judging -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnForm:
    """What the clerk filled in: the quantities per sale line and the checks."""

    quantities: dict[int, int]       # sale_line_id -> quantity coming back
    reason: Reason
    remedy: Remedy
    original_condition: bool
    original_packaging: bool
    note: str = ""
    photo: bytes | None = None
    photo_name: str | None = None
    shipped_city: str = ""
    shipped_address: str = ""
    refund_method: str | None = None  # default: the sale's own payment method
    gift_receipt: bool = False  # found by its gift receipt: exchange or store credit only

    def __post_init__(self):
        # Forms hand over plain strings (Qt does); the policy works with the enums.
        object.__setattr__(self, "reason", Reason(self.reason))
        object.__setattr__(self, "remedy", Remedy(self.remedy))


@dataclass(frozen=True)
class Judgement:
    lines: list[tuple[ReturnableLine, ReturnDecision]]
    policy: PolicySettings

    @property
    def allowed(self) -> bool:
        return bool(self.lines) and all(d.allowed for _, d in self.lines)

    @property
    def refused(self) -> list[ReturnDecision]:
        return [d for _, d in self.lines if not d.allowed]

    @property
    def returned_value(self) -> Money:
        return money_sum(d.returned_value for _, d in self.lines)

    @property
    def deduction(self) -> Money:
        return money_sum(d.deduction for _, d in self.lines)

    @property
    def refund(self) -> Money:
        return money_sum(d.refund for _, d in self.lines)

    def explanation(self) -> str:
        if not self.lines:
            return _("Pick what comes back and how many.")
        if len(self.lines) == 1:
            return self.lines[0][1].explanation
        return " ".join(_("{product}: {decision}").format(product=line.sale_line.name,
                                                          decision=d.explanation)
                        for line, d in self.lines)


def judge(session: Session, sale: Sale, form: ReturnForm, shop: ShopSettings, today: date,
          policy: PolicySettings | None = None) -> Judgement:
    policy = policy or current_policy(session, shop)
    purchase_day = shop.local_date(sale.created_at)
    by_id = {r.sale_line.id: r for r in returnable_lines(session, sale)}
    lines = []
    store_credit = (form.remedy is Remedy.REFUND
                    and (form.refund_method or original_method(sale)) == CREDIT)
    for sale_line_id, quantity in form.quantities.items():
        if quantity == 0:
            continue
        returnable = by_id.get(sale_line_id)
        if returnable is None:
            raise ReturnError(_("That line is not on this sale."))
        request = ReturnRequest(quantity=quantity, reason=form.reason, remedy=form.remedy,
                                original_condition=form.original_condition,
                                original_packaging=form.original_packaging, note=form.note,
                                store_credit=store_credit)
        if without_receipt(sale):
            # Its placeholder line is at the price the policy chose when it was recorded.
            price = returnable.sale_line.unit_price
            decision = decide_no_receipt(UnreceiptedItem(returnable.sale_line.name, price, price),
                                         request, policy, shop.locale)
        else:
            decision = decide(returnable.sold_line(purchase_day), request, policy, today,
                              shop.locale)
        if (form.gift_receipt and form.remedy is Remedy.REFUND and not store_credit
                and decision.refusal not in ("quantity", "date", "note")):
            decision = replace(decision, allowed=False, outcome=Outcome.REFUSED,
                               deduction=Money.zero(), refund=Money.zero(), restock=False,
                               explanation=_(GIFT_EXCHANGE_ONLY), refusal=GIFT_RECEIPT)
        lines.append((returnable, decision))
    return Judgement(lines, policy)


# The gift rule: whoever holds a gift receipt never paid, so no money is paid back to them;
# the returned value goes to new items or to a credit note.
GIFT_RECEIPT = "gift_receipt"  # the refusal's code, which no override lifts
GIFT_EXCHANGE_ONLY = N_("Gift receipt: exchange or store credit only. No cash or card "
                        "refund is given without the sale's own receipt.")
GIFT_NO_MONEY_BACK = N_("Gift receipt: no money is given back. Choose new items worth at "
                        "least the returned value, or give the rest as store credit.")


def gives_no_money(form: ReturnForm) -> bool:
    """A gift receipt's return pays nothing back in cash or card: what comes back of it
    goes to new items or to a credit note."""
    return not form.gift_receipt or form.refund_method == CREDIT


# ----- recording ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Override:
    """A manager's approval of a refused or reduced return."""

    manager_id: int
    pin: str
    reason: str


@dataclass
class Exchange:
    """The new items the customer takes, and how any difference is paid."""

    cart: Cart
    payment: CashPayment | CardPayment = field(default_factory=CardPayment)


def _check_override(session: Session, override: Override, clerk: Staff, now: datetime) -> Staff:
    lacking = override_missing(override)
    if lacking is not None:
        raise ReturnError(lacking.sentence)
    if override.manager_id == clerk.id:
        raise PermissionDenied(
            _("A clerk cannot approve their own override: another manager must."))
    try:
        manager = authenticate(session, override.manager_id, override.pin, now)
    except LoginError as error:
        raise PermissionDenied(words_of(error)) from None
    require_manager(manager, "override the return policy")
    return manager


def overridden_decision(decision: ReturnDecision, returnable: ReturnableLine, remedy: Remedy,
                quantity: int, reason: Reason, good_condition: bool) -> ReturnDecision:
    """What a manager's override grants: the return, in full, with no deduction."""
    value = paid_for_units(returnable.sale_line.total, returnable.sale_line.quantity,
                           returnable.already_returned, quantity)
    refund = value if remedy is Remedy.REFUND else Money.zero()
    outcome = Outcome.REFUND if remedy is Remedy.REFUND else (
        Outcome.REPLACEMENT if reason is Reason.DEFECTIVE else Outcome.EXCHANGE)
    return replace(decision, allowed=True, outcome=outcome, returned_value=value,
                   deduction=Money.zero(), refund=refund, refusal=None,
                   # Only what is in good condition goes back on the shelf, override or not.
                   restock=reason is not Reason.DEFECTIVE and good_condition)


def record_return(session: Session, sale_id: int, form: ReturnForm, clerk: Staff,
                  shop: ShopSettings, now: datetime | None = None,
                  override: Override | None = None, exchange: Exchange | None = None) -> Return:
    now = now or utc_now()
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise ReturnError(_("That sale does not exist."))
    _check_form(form, exchange)
    if form.remedy is Remedy.REFUND and not gives_no_money(form):  # whatever an override says
        raise ReturnError(_(GIFT_EXCHANGE_ONLY))
    judgement = judge(session, sale, form, shop, shop.local_date(now),
                      policy=policy_to_record(session, shop))
    if without_receipt(sale):
        manager = _approving_no_receipt(session, judgement, form, override, clerk, now)
        decisions = [_DecidedLine(r, d, d, form.quantities[r.sale_line.id])
                     for r, d in judgement.lines]  # the approval lifts nothing
    else:
        manager = _approving_manager(session, judgement, override, clerk, now,
                                     unverified=sale_not_verified(sale))
        decisions = _final_decisions(judgement, form, manager)
    ret = _new_return(session, sale, form, judgement, decisions, clerk, shop, now, manager,
                      override)
    session.add(ret)
    session.flush()
    _move_stock(session, ret, clerk, now)
    if form.remedy is Remedy.EXCHANGE:
        _settle_exchange(session, ret, exchange, clerk, shop, now)
        if ret.refund and not gives_no_money(form):
            raise ReturnError(_(GIFT_NO_MONEY_BACK))  # the write is rolled back
    if ret.refund:
        ret.refund_method = CREDIT if without_receipt(sale) else (
            form.refund_method
            or default_method(original_method(sale), ret.returned_value,
                              money_back_left(session, sale, ret)))
        if ret.refund_method == CREDIT:
            issue(session, ret, ret.business_date, not_after=notes_last_day(session, sale))
        else:
            refusal = money_back_refusal(ret.refund, money_back_left(session, sale, ret),
                                         shop.locale)
            if refusal:
                raise ReturnError(refusal)
    _audit_return(session, ret, sale, form, judgement, decisions, clerk, manager, now)
    session.flush()
    log.info("Return %s for %s: %s, refund %s, deduction %s%s", ret.return_number,
             sale.order_number, form.remedy.value, ret.refund, ret.deduction,
             f", override by {manager.name}" if manager else "")
    return ret


def _check_form(form: ReturnForm, exchange: Exchange | None) -> None:
    """The first thing the form still lacks, as the return screen lists it (pos/return_checks.py)."""
    lacking = missing(form, len(exchange.cart.items) if exchange is not None else 0)
    if lacking:
        raise ReturnError(lacking[0].sentence)


UNVERIFIED_NEEDS_MANAGER = N_("This sale was never seen by this till or the hub (sale not "
                              "verified): a manager must approve its return.")


def sale_not_verified(sale: Sale) -> bool:
    """A placeholder for a sale returned offline without being seen (pos/return_unverified)."""
    return sale.checkout_key.startswith(PLACEHOLDER_KEY)


NO_RECEIPT_NEEDS_MANAGER = N_("A return without a receipt needs a manager's approval.")


def without_receipt(sale: Sale) -> bool:
    """A placeholder for a return without any receipt (pos/return_no_receipt.py)."""
    return sale.checkout_key.startswith(NO_RECEIPT_KEY)


def _approving_no_receipt(session: Session, judgement: Judgement, form: ReturnForm,
                          override: Override | None, clerk: Staff, now: datetime) -> Staff:
    """The manager who approves a return without a receipt, always needed; the policy's
    decision stands as it is (a refusal stays refused, the deduction is kept)."""
    if form.remedy is not Remedy.REFUND:
        raise ReturnError(_("Without a receipt, only store credit is given: no exchange."))
    if not judgement.allowed:
        raise ReturnError(judgement.refused[0].explanation)
    if override is None:
        raise ReturnError(_(NO_RECEIPT_NEEDS_MANAGER))
    return _check_override(session, override, clerk, now)


def _approving_manager(session: Session, judgement: Judgement, override: Override | None,
                       clerk: Staff, now: datetime, unverified: bool = False) -> Staff | None:
    """The manager whose override lets a refused or reduced return through, or any return
    of a sale not verified; None when the policy allows it as it is."""
    needs_override = unverified or not judgement.allowed or judgement.deduction
    if override is None:
        if unverified:
            raise ReturnError(_(UNVERIFIED_NEEDS_MANAGER))
        if not judgement.allowed:
            raise ReturnError(judgement.refused[0].explanation)
        return None
    if not needs_override:
        raise ReturnError(_("The policy already allows this return in full: no override needed."))
    for _returnable, decision in judgement.lines:  # an override never returns more than was sold
        if decision.refusal in ("quantity", "date", "note", GIFT_RECEIPT):
            raise ReturnError(decision.explanation)
    return _check_override(session, override, clerk, now)


@dataclass(frozen=True)
class _DecidedLine:
    """A line coming back: what the policy said, and what is done (an override's grant)."""

    returnable: ReturnableLine
    decision: ReturnDecision
    final: ReturnDecision
    quantity: int


def _final_decisions(judgement: Judgement, form: ReturnForm,
                     manager: Staff | None) -> list[_DecidedLine]:
    decided = []
    for returnable, decision in judgement.lines:
        quantity = form.quantities[returnable.sale_line.id]
        final = (overridden_decision(decision, returnable, form.remedy, quantity, form.reason,
                             form.original_condition)
                 if manager is not None else decision)
        decided.append(_DecidedLine(returnable, decision, final, quantity))
    return decided


def _new_return(session: Session, sale: Sale, form: ReturnForm, judgement: Judgement,
                decisions: list[_DecidedLine], clerk: Staff, shop: ShopSettings,
                now: datetime, manager: Staff | None, override: Override | None) -> Return:
    ret = Return(
        return_number=next_order_number(session, RETURN_PREFIX, shop.local_date(now)),
        sale_id=sale.id, created_at=now, business_date=shop.local_date(now), clerk_id=clerk.id,
        remedy=form.remedy.value, reason=form.reason.value, note=form.note.strip() or None,
        returned_value=money_sum(d.final.returned_value for d in decisions),
        deduction=money_sum(d.final.deduction for d in decisions),
        refund=money_sum(d.final.refund for d in decisions),
        refund_method=None, collected=Money.zero(), policy_version_id=judgement.policy.version,
        explanation=judgement.explanation(),
        override_by_id=manager.id if manager else None,
        override_reason=override.reason.strip() if manager else None,
        shipped_city=form.shipped_city.strip() or None,
        shipped_address=form.shipped_address.strip() or None,
    )
    for d in decisions:
        ret.lines.append(ReturnLine(
            sale_line_id=d.returnable.sale_line.id, product_id=d.returnable.sale_line.product_id,
            quantity=d.quantity, original_condition=form.original_condition,
            original_packaging=form.original_packaging, outcome=d.final.outcome.value,
            returned_value=d.final.returned_value, deduction=d.final.deduction,
            refund=d.final.refund, restocked=d.final.restock, decision=d.decision.explanation,
            photo_name=form.photo_name if form.photo else None, photo=form.photo,
        ))
    return ret


def _move_stock(session: Session, ret: Return, clerk: Staff, now: datetime) -> None:
    """Returned units go back first, so an exchange for the same product finds them in
    stock; a defective one is written off at once."""
    for line in ret.lines:
        session.add(StockMovement(product_id=line.product_id, delta=line.quantity,
                                  reason="return", sale_id=None, return_id=ret.id,
                                  staff_id=clerk.id, created_at=now))
        if not line.restocked:
            session.add(StockMovement(product_id=line.product_id, delta=-line.quantity,
                                      reason="write_off", return_id=ret.id, staff_id=clerk.id,
                                      note="defective, not back to stock", created_at=now))
        else:
            _restock(session, line.product_id, line.quantity)


def _settle_exchange(session: Session, ret: Return, exchange: Exchange, clerk: Staff,
                     shop: ShopSettings, now: datetime) -> None:
    """The new items as a sale paid first by the returned value; what is left of that
    value goes back to the customer."""
    new_sale = complete_sale(session, exchange.cart, exchange.payment, clerk, shop,
                             now=now, credit=ret.returned_value)
    ret.exchange_sale_id = new_sale.id
    ret.collected = money_sum(p.amount for p in new_sale.payments if p.method != "exchange")
    leftover = ret.returned_value - new_sale.total
    if leftover > Money.zero():
        ret.refund = leftover  # the new items cost less: the difference goes back


def _audit_return(session: Session, ret: Return, sale: Sale, form: ReturnForm,
                  judgement: Judgement, decisions: list[_DecidedLine], clerk: Staff,
                  manager: Staff | None, now: datetime) -> None:
    amounts = {"returned_value": str(ret.returned_value.amount),
               "deduction": str(ret.deduction.amount),
               "refund": str(ret.refund.amount), "collected": str(ret.collected.amount),
               "refund_method": ret.refund_method, "sale": sale.order_number,
               "remedy": form.remedy.value, "reason": form.reason.value,
               "policy_version": judgement.policy.version,
               "lines": [{"sku": d.returnable.sale_line.sku, "quantity": d.quantity,
                          "outcome": d.final.outcome.value} for d in decisions]}
    if form.gift_receipt:
        amounts["gift_receipt"] = True
    audit(session, clerk.id, form.remedy.value, ret.return_number, amounts, now)
    if manager is not None:
        # amounts has its own "reason" (the return's); the manager's is override_reason.
        audit(session, manager.id, "override", ret.return_number,
              {**amounts, "override_reason": ret.override_reason,
               "policy_said": judgement.explanation(), "clerk": clerk.name}, now)


def _restock(session: Session, product_id: int, quantity: int) -> None:
    session.get(Product, product_id).stock += quantity


def money_back_left(session: Session, sale: Sale, this: Return | None = None) -> Money | None:
    """What may still go back in cash or by card for a sale paid partly by credit notes:
    what it took otherwise, less the cash and card refunds already given on it. None: no note
    paid it, nothing to cap. What a note paid comes back only as store credit. `this`: the
    return being recorded, not counted among those already given."""
    notes = paid_by_notes(session, sale)
    if not notes:
        return None
    earlier = select(func.sum(Return.refund)).where(
        Return.sale_id == sale.id, Return.refund_method.in_(("cash", "card")))
    if this is not None:
        session.flush()
        earlier = earlier.where(Return.id != this.id)
    given = session.scalar(earlier)
    return max(sale.total - notes - (given or Money.zero()), Money.zero())


def paid_by_notes(session: Session, sale: Sale) -> Money:
    """What credit notes paid of the sale: its own note parts, and of an exchange's credit
    the share notes had paid of the sale it came from (the new items of an exchange of a
    note-paid sale give back no more cash than that sale would have)."""
    notes = money_sum(p.amount for p in sale.payments if p.method == CREDIT)
    credit = money_sum(p.amount for p in sale.payments if p.method == "exchange")
    if credit:
        origin = session.scalar(select(Sale).join(Return, Return.sale_id == Sale.id)
                                .where(Return.exchange_sale_id == sale.id))
        origin_notes = paid_by_notes(session, origin) if origin is not None else Money.zero()
        if origin_notes and origin.total:
            notes += Money(min(credit.minor * origin_notes.minor // origin.total.minor,
                               credit.minor))
    return notes


def notes_last_day(session: Session, sale: Sale) -> date | None:
    """The last day of the credit notes that paid the sale (or the sale its exchange came
    from): a note given back for it lasts no longer, so spending a note and returning the
    item never renews it. None: no note paid it, or one never expires."""
    codes, seen = set(), set()
    while sale is not None and sale.id not in seen:
        seen.add(sale.id)
        codes |= {p.credit_code for p in sale.payments if p.method == CREDIT}
        if not any(p.method == "exchange" for p in sale.payments):
            break
        sale = session.scalar(select(Sale).join(Return, Return.sale_id == Sale.id)
                              .where(Return.exchange_sale_id == sale.id))
    if not codes:
        return None
    days = list(session.scalars(select(Return.credit_expires_on)
                                .where(Return.credit_code.in_(codes))))
    return None if not days or None in days else max(days)


def money_back_refusal(refund: Money, left: Money | None, locale: str) -> str | None:
    """Why `refund` cannot go back in cash or by card, when credit notes paid the sale."""
    if left is None or refund <= left:
        return None
    return _("Credit notes paid part of this sale: at most {left} can go back in cash or by "
             "card. Give the refund as store credit.").format(left=format_money(left, locale))


def default_method(original: str, returned_value: Money, left: Money | None) -> str:
    """Where a refund goes when the clerk does not choose: as the sale was paid; but when
    credit notes paid part of it and what comes back is worth more than may still go back
    in cash or by card, to store credit (as Shopify puts a gift card's part back on one).
    The return desk shows the same (pos.return_desk)."""
    if left is not None and returned_value > left:
        return CREDIT
    return original


def original_method(sale: Sale) -> str:
    """How a refund goes back by default: as the sale was paid (its first cash or card part),
    and as a new credit note when credit notes alone paid it."""
    methods = [p.method for p in sale.payments if p.method in ("cash", "card", CREDIT)]
    money = [m for m in methods if m != CREDIT]
    return money[0] if money else (CREDIT if methods else "cash")


def audit(session: Session, staff_id: int | None, action: str, subject: str, details: dict,
          now: datetime | None = None) -> None:
    session.add(AuditEntry(created_at=now or utc_now(), staff_id=staff_id, action=action,
                           subject=subject, details=json.dumps(details, sort_keys=True)))

