"""A return without any receipt: the product found by its barcode, valued as the policy's
setting says (its current price, or the lowest it sold at here in the last 30 days), given
back only as store credit, with the customer's phone and a manager's approval. The policy
decides it and says why (pos.return_policy.decide_no_receipt).

What the return points at: as a return of a sale never seen (pos/return_unverified.py), a
placeholder sale recorded in the return's own transaction, so every screen, report and the
policy read it through its lines as any return. Its checkout key begins "noreceipt-"
(db.hub.remote.NO_RECEIPT_KEY): the review flags it "no receipt", and no figure of sales
counts it (db.hub.remote.is_placeholder). Its number is the till's own "NR-" series; its
day is the return's (there is no purchase date, so no window applies); its lines are at the
price the policy chose; its clerk is the approving manager (nobody sold it); it has no
payments. The customer's phone (required) and name are kept on it with the phone's hash,
so the customer's returns and the review's repeat-return flag see it: giving the phone is
the condition of such a return, and the customer is told it is kept with it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from uuid import uuid4

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from db.hub.remote import NO_RECEIPT_KEY
from db.models import Product, Return, Sale, SaleLine, Staff
from db.types import utc_now
from pos.catalog import lookup
from pos.checkout import next_order_number
from pos.customer import CustomerError, normalize_phone
from pos.i18n import _, words_of
from pos.money import Money, money_sum
from pos.return_checks import Missing, missing
from pos.return_policy import (LOWEST_PRICE_DAYS, PolicySettings, Remedy, ReturnDecision,
                               ReturnRequest, UnreceiptedItem, decide_no_receipt,
                               no_receipt_unit_price)
from pos.returns import (NO_RECEIPT_NEEDS_MANAGER, Override, ReturnError, ReturnForm,
                         policy_to_record, record_return)
from pos.shop import ShopSettings
from pos.store_credit import CREDIT
from pos.till_scope import this_till
from tracking.hashing import sha256_hex

NO_RECEIPT_PREFIX = "NR"


def lowest_price(session: Session, product_id: int, today: date, current: Money) -> Money:
    """The lowest unit price the product sold at this till in the last 30 days (business
    days today-30 through today: a sale 31 days ago does not count), or `current` when
    that is lower or it did not sell.

    A unit's price is its line's total after promotions and discounts, divided by the
    line's quantity and rounded down to the minor unit, as the first unit of that line is
    worth when returned (pos.return_policy.paid_for_units). Placeholders of returns and
    other tills' sales copied here are no sale of this till (pos.till_scope). One query:
    the product's lines by sale_lines.product_id's index, their sales by primary key.
    """
    per_unit = type_coerce(SaleLine.total, Integer) // SaleLine.quantity
    found = session.scalar(
        select(func.min(per_unit))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.product_id == product_id,
               Sale.business_date >= today - timedelta(days=LOWEST_PRICE_DAYS),
               Sale.business_date <= today, this_till(session).sales()))
    return current if found is None else min(current, Money(int(found)))


@dataclass(frozen=True)
class UnreceiptedLine:
    """A product the customer brings back without a receipt, and how many."""

    product_id: int
    sku: str
    name: str
    quantity: int
    current_price: Money
    lowest_price: Money

    @property
    def item(self) -> UnreceiptedItem:
        return UnreceiptedItem(self.name, self.current_price, self.lowest_price)


def find_line(session: Session, text: str, today: date) -> UnreceiptedLine:
    """One of the product the barcode, SKU or name finds, with its prices; ReturnError when
    it finds none or several."""
    found = lookup(session, text.strip(), limit=2)
    if len(found) != 1:
        raise ReturnError(_("No single product matches '{text}'.").format(text=text.strip()))
    product = found[0]
    return UnreceiptedLine(product.id, product.sku, product.name, 1, product.price,
                           lowest_price(session, product.id, today, product.price))


def added(lines: Sequence[UnreceiptedLine], line: UnreceiptedLine) -> list[UnreceiptedLine]:
    """The lines with one more of that product: a second scan adds to its line."""
    lines = list(lines)
    for index, known in enumerate(lines):
        if known.product_id == line.product_id:
            lines[index] = replace(known, quantity=known.quantity + 1)
            return lines
    return lines + [line]


@dataclass(frozen=True)
class NoReceiptJudgement:
    """The policy's decision on each line, and what the customer receives as credit."""

    lines: tuple[tuple[UnreceiptedLine, ReturnDecision], ...]

    @property
    def allowed(self) -> bool:
        return bool(self.lines) and all(d.allowed for _l, d in self.lines)

    @property
    def deduction(self) -> Money:
        return money_sum(d.deduction for _l, d in self.lines)

    @property
    def refund(self) -> Money:
        return money_sum(d.refund for _l, d in self.lines)

    def explanation(self) -> str:
        if not self.lines:
            return _("Scan the items the customer brings back.")
        if len(self.lines) == 1:
            return self.lines[0][1].explanation
        return " ".join(_("{product}: {decision}").format(product=line.name,
                                                          decision=d.explanation)
                        for line, d in self.lines)


def judge_no_receipt(lines: Sequence[UnreceiptedLine], form: ReturnForm,
                     policy: PolicySettings, locale: str) -> NoReceiptJudgement:
    """The live decision the dialog shows; record_no_receipt_return judges again."""
    return NoReceiptJudgement(tuple(
        (line, decide_no_receipt(line.item, ReturnRequest(
            quantity=line.quantity, reason=form.reason, remedy=Remedy.REFUND,
            original_condition=form.original_condition,
            original_packaging=form.original_packaging, note=form.note), policy, locale))
        for line in lines))


def customer_phone(phone: str) -> str:
    """The phone as kept (E.164); ReturnError when it is missing or no phone number."""
    if not (phone or "").strip():
        raise ReturnError(_("The customer's phone is required for a return without a "
                            "receipt."))
    try:
        return normalize_phone(phone)
    except CustomerError as error:
        raise ReturnError(words_of(error)) from None


def still_missing(lines: Sequence[UnreceiptedLine], form: ReturnForm,
                  phone: str) -> Missing | None:
    """The first thing the return still lacks before a manager is asked (the items, a
    defect's photo, the note of 'Other', the customer's phone); None when it is complete.
    What the policy refuses is its decision's to say, not this."""
    if not lines:
        return Missing("quantities", _("Scan the items the customer brings back."))
    lacking = missing(replace(form, quantities={line.product_id: line.quantity
                                                for line in lines}, remedy=Remedy.REFUND), 0)
    if lacking:
        return lacking[0]
    try:
        customer_phone(phone)
    except ReturnError as error:
        return Missing("phone", words_of(error))
    return None


def record_no_receipt_return(session: Session, lines: Sequence[UnreceiptedLine],
                             form: ReturnForm, phone: str, name: str, clerk: Staff,
                             shop: ShopSettings, override: Override | None,
                             now: datetime | None = None) -> Return:
    """The placeholder sale and its return, as store credit, together. The prices are read
    again here, in the write; the manager's PIN is checked by record_return in the same
    transaction, so a wrong PIN leaves nothing behind."""
    if override is None:
        raise ReturnError(_(NO_RECEIPT_NEEDS_MANAGER))
    if not lines or any(line.quantity < 1 for line in lines):
        raise ReturnError(_("Scan the items the customer brings back."))
    phone = customer_phone(phone)
    now = now or utc_now()
    today = shop.local_date(now)
    policy = policy_to_record(session, shop)
    sale = Sale(order_number=next_order_number(session, NO_RECEIPT_PREFIX, today),
                checkout_key=f"{NO_RECEIPT_KEY}{uuid4().hex[:26]}", created_at=now,
                business_date=today, clerk_id=override.manager_id,
                subtotal=Money.zero(), discount_total=Money.zero(), total=Money.zero(),
                customer_name=(name or "").strip() or None, customer_phone=phone,
                customer_phone_hash=sha256_hex(phone), customer_consent=True)
    for line_no, line in enumerate(lines, start=1):
        product = session.get(Product, line.product_id)
        item = UnreceiptedItem(product.name, product.price,
                               lowest_price(session, product.id, today, product.price))
        unit = no_receipt_unit_price(item, policy)
        sale.lines.append(SaleLine(
            line_no=line_no, product_id=product.id, sku=product.sku, name=product.name,
            unit_price=unit, quantity=line.quantity, discount=Money.zero(),
            total=unit * line.quantity))
    sale.subtotal = sale.total = money_sum(line.total for line in sale.lines)
    session.add(sale)
    session.flush()
    form = replace(form, quantities={line.id: line.quantity for line in sale.lines},
                   remedy=Remedy.REFUND, refund_method=CREDIT)
    return record_return(session, sale.id, form, clerk, shop, now=now, override=override)
