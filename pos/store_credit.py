"""Store credit: a refund given as a credit note, spent later at payment, whole or in part.

A credit note is a return whose refund went to store credit (returns.refund_method
"credit"): its code (printed with a barcode), its value (the return's refund) and the day it
expires are on the return's row. Spending it is a payment of method "credit" naming the code
(payments.credit_code). Its balance is its value less those payments: both are facts the till
already keeps and pushes to the hub, so nothing is ever rewritten and the hub's reports see
the same notes.

The balance is checked inside the sale's own write transaction (SQLite's BEGIN IMMEDIATE
holds the till's write lock), so two sales at one till never spend the same credit twice.
At a till of a shop, look_up() first brings the note and its uses at the other tills from
the hub (db/hub/remote.py), so a note given at one till pays at another. Two tills cut off
from the hub at once could each spend the same balance: the hub then shows both payments,
and the note's balance below zero, for the manager to see.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.credentials import hub_url
from db.hub.link import own_till
from db.hub.remote import copy_credit_note_from_hub
from db.hub.sync import HubUnreachable, hub_database
from db.models import Payment, Return, Sale, Staff
from db.settings import load_json_setting, save_json_setting
from pos.dates import format_date
from pos.i18n import _, words_of
from pos.money import Money, format_money, money_sum
from pos.staff import require_manager

CREDIT = "credit"               # the refund method and the payment method
SETTING = "store_credit"
DEFAULT_EXPIRY_DAYS = 365
CODE_PREFIX = "CN-"
# Crockford's alphabet: no I, L, O or U, nothing a clerk misreads when typing a code.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LENGTH = 8                # 32**8: about a trillion codes, none guessable from another


class StoreCreditError(ValueError):
    """The credit note cannot pay as asked; nothing was changed."""


@dataclass(frozen=True)
class StoreCreditSettings:
    expiry_days: int | None = DEFAULT_EXPIRY_DAYS  # None: credit notes never expire

    def expires_on(self, issued_on: date) -> date | None:
        return None if self.expiry_days is None else issued_on + timedelta(days=self.expiry_days)


def load_store_credit_settings(session: Session) -> StoreCreditSettings:
    saved = load_json_setting(session, SETTING) or {}
    days = saved.get("expiry_days", DEFAULT_EXPIRY_DAYS)
    return StoreCreditSettings(expiry_days=None if days is None else int(days))


def save_store_credit_settings(session: Session, staff: Staff | None,
                               settings: StoreCreditSettings) -> None:
    """How long a new credit note lasts; notes already given keep their own expiry."""
    require_manager(staff, "change the store credit settings")
    if settings.expiry_days is not None and not 1 <= settings.expiry_days <= 3660:
        raise StoreCreditError(_("A credit note lasts between 1 and 3660 days."))
    save_json_setting(session, SETTING, {"expiry_days": settings.expiry_days})


def new_code() -> str:
    return CODE_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_LENGTH))


def read_code(text: str) -> str:
    """The code as kept, from what was scanned or typed: upper case, without spaces; the
    letters a person confuses with digits read as Crockford says (O is 0, I and L are 1)."""
    text = "".join((text or "").split()).upper()
    if text.startswith(CODE_PREFIX):
        body = text[len(CODE_PREFIX):]
    elif text.startswith("CN") and len(text) == len(CODE_PREFIX) - 1 + _CODE_LENGTH:
        body = text[2:]
    else:
        return text
    return CODE_PREFIX + body.replace("O", "0").replace("I", "1").replace("L", "1")


def looks_like_code(text: str) -> bool:
    code = read_code(text)
    return (code.startswith(CODE_PREFIX) and len(code) == len(CODE_PREFIX) + _CODE_LENGTH
            and all(c in _ALPHABET for c in code[len(CODE_PREFIX):]))


def issue(session: Session, ret: Return, issued_on: date, not_after: date | None = None) -> None:
    """Makes the return's refund a credit note: a fresh code and the expiry the shop's
    setting gives it today, but never later than `not_after` (the last day of the notes
    that paid what comes back), nor before today: the customer can always spend it today."""
    ret.refund_method = CREDIT
    ret.credit_code = new_code()
    expires = load_store_credit_settings(session).expires_on(issued_on)
    if not_after is not None and (expires is None or expires > not_after):
        expires = max(not_after, issued_on)
    ret.credit_expires_on = expires


@dataclass(frozen=True)
class CreditUse:
    order_number: str
    day: date
    amount: Money


@dataclass(frozen=True)
class CreditNote:
    code: str
    value: Money                # what the note was given for
    issued_on: date
    expires_on: date | None
    return_number: str
    customer_name: str | None
    customer_phone: str | None
    uses: tuple[CreditUse, ...] = field(default=())

    @property
    def spent(self) -> Money:
        return money_sum(use.amount for use in self.uses)

    @property
    def balance(self) -> Money:
        return self.value - self.spent

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and today > self.expires_on


def credit_note(session: Session, code: str) -> CreditNote | None:
    """The note with this code, its uses oldest first; None when no note has it."""
    code = read_code(code)
    row = session.execute(
        select(Return.credit_code, Return.refund, Return.business_date,
               Return.credit_expires_on, Return.return_number, Sale.customer_name,
               Sale.customer_phone)
        .join(Sale, Sale.id == Return.sale_id)
        .where(Return.credit_code == code, Return.refund_method == CREDIT)).first()
    if row is None:
        return None
    uses = tuple(CreditUse(number, day, amount) for number, day, amount in session.execute(
        select(Sale.order_number, Sale.business_date, Payment.amount)
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Payment.credit_code == code, Payment.method == CREDIT)
        .order_by(Payment.id)))
    return CreditNote(row.credit_code, row.refund, row.business_date, row.credit_expires_on,
                      row.return_number, row.customer_name, row.customer_phone, uses)


@dataclass(frozen=True)
class NoteLookup:
    """A note as the till can know it now: None when no till of the shop gave it; problem,
    when the hub could not be asked (the note then stands as this till last knew it)."""

    code: str
    note: CreditNote | None
    problem: str | None = None


def look_up(db: Database, code: str) -> NoteLookup:
    """The note of that code, off the GUI thread: at a till of a shop, the note and its uses
    at every till are brought from the hub first (a few seconds at most), so a note given at
    one till pays at another, its balance counting what the others spent of it."""
    code = read_code(code)
    with db.read() as session:
        attached = own_till(session) is not None
    problem = None
    url = hub_url() if attached else None
    if url is not None:
        try:
            copy_credit_note_from_hub(db, hub_database(url), code)
        except HubUnreachable as error:
            problem = words_of(error)
    with db.read() as session:
        return NoteLookup(code, credit_note(session, code), problem)


def unusable(note: CreditNote | None, code: str, today: date,
             locale: str = "fr_MA") -> str | None:
    """Why the note of that code cannot pay today, in one sentence; None when it can."""
    if note is None:
        return _("No credit note has the code {code}.").format(code=read_code(code))
    if note.expired(today):
        return _("Credit note {code} expired on {day}.").format(
            code=note.code, day=format_date(note.expires_on, locale))
    if not note.balance.minor > 0:
        return _("Credit note {code} is spent: nothing is left on it.").format(code=note.code)
    return None


def check_spend(session: Session, code: str, amount: Money, today: date,
                locale: str = "fr_MA") -> CreditNote:
    """The note, when it can pay `amount` today; StoreCreditError says why not."""
    if amount.minor <= 0:
        raise StoreCreditError(_("A credit note pays an amount above zero."))
    note = credit_note(session, code)
    problem = unusable(note, code, today, locale)
    if problem is not None:
        raise StoreCreditError(problem)
    if note.balance < amount:
        raise StoreCreditError(cannot_pay(note.code, note.balance, amount, locale))
    return note


def cannot_pay(code: str, balance: Money, amount: Money, locale: str = "fr_MA") -> str:
    return _("Credit note {code} has {balance} left: it cannot pay {amount}.").format(
        code=code, balance=format_money(balance, locale), amount=format_money(amount, locale))


def outstanding_credit(session: Session, day: date, made=None) -> Money:
    """What the shop still owes on credit notes at the end of `day`: each note given by then
    and not expired, less what was spent of it by then. `made` narrows to one till's notes
    (pos/till_scope.py), as every figure of the Z report."""
    issued = select(Return.credit_code, Return.refund).where(
        Return.refund_method == CREDIT, Return.business_date <= day,
        (Return.credit_expires_on.is_(None)) | (Return.credit_expires_on >= day))
    if made is not None:
        issued = issued.where(made)
    notes = dict(session.execute(issued).all())
    if not notes:
        return Money.zero()
    spent = dict(session.execute(
        select(Payment.credit_code, func.sum(Payment.amount))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Payment.method == CREDIT, Payment.credit_code.in_(list(notes)),
               Sale.business_date <= day)
        .group_by(Payment.credit_code)).all())
    return money_sum(value - (spent.get(code) or Money.zero()) for code, value in notes.items())
