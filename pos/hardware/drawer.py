"""The cash drawer's openings: each one recorded (who, when, why, which sale or return) in
the audit log, which the till pushes to its hub like any other fact, and counted in the
day's Z report.

The drawer opens by the printer's pulse: by itself when a cash sale, a cash refund or an
exchange's cash difference completes, or by a manager on purpose with a reason. An opening is
recorded once the pulse has gone to the printer; a pulse that could not be sent opened
nothing."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry, Staff
from pos.i18n import N_, _, ngettext
from pos.receipts import ReturnReceipt, SaleReceipt
from pos.returns import audit
from pos.shop import ShopSettings
from pos.staff import require_manager
from pos.till_scope import TillScope, scope_of

DRAWER_OPENED = "drawer opened"
MAX_REASON = 200
CASH_SALE, CASH_REFUND, CASH_EXCHANGE, BY_A_MANAGER = (
    "cash sale", "cash refund", "cash exchange", "manager")
# Why the drawer opened, as the Z report says it.
WHY = {CASH_SALE: N_("cash sale"), CASH_REFUND: N_("cash refund"),
       CASH_EXCHANGE: N_("exchange's cash difference"), BY_A_MANAGER: N_("opened by a manager")}


class DrawerError(ValueError):
    """An opening that cannot be done as asked, in words; nothing was sent or recorded."""


@dataclass(frozen=True)
class DrawerOpening:
    why: str           # one of WHY's keys
    subject: str = ""  # the sale's or the return's number
    reason: str = ""   # a manager's own words


@dataclass(frozen=True)
class OpeningRecord:
    at: datetime       # the shop's local time
    staff: str
    why: str           # one of WHY's keys
    subject: str
    reason: str


def opened_times(count: int) -> str:
    """The sentence that counts the day's openings (the Z report's paper)."""
    return ngettext("The drawer opened {count} time.", "The drawer opened {count} times.",
                    count).format(count=count)


def manager_opening(staff: Staff | None, reason: str) -> DrawerOpening:
    """A manager's opening on purpose: a manager only, with a reason of their own."""
    require_manager(staff, "open the drawer")
    reason = " ".join((reason or "").split())
    if not reason:
        raise DrawerError(_("Say why the drawer is opened."))
    if len(reason) > MAX_REASON:
        raise DrawerError(_("The reason is at most {count} characters.").format(
            count=MAX_REASON))
    return DrawerOpening(BY_A_MANAGER, reason=reason)


def opening_for(receipt: SaleReceipt | ReturnReceipt) -> DrawerOpening | None:
    """Why the drawer opens once this sale or return is saved: cash changed hands (a sale paid
    in cash, a refund in cash, an exchange's difference paid or given back in cash). None for
    a card, and for an even exchange."""
    if isinstance(receipt, SaleReceipt):
        cash = any(p.method == "cash" and p.amount for p in receipt.payments)
        return DrawerOpening(CASH_SALE, receipt.order_number) if cash else None
    given_back = bool(receipt.refund) and receipt.refund_method == "cash"
    if receipt.remedy != "exchange":
        return DrawerOpening(CASH_REFUND, receipt.return_number) if given_back else None
    paid = bool(receipt.collected) and receipt.exchange_sale is not None and any(
        p.method == "cash" and p.amount for p in receipt.exchange_sale.payments)
    return DrawerOpening(CASH_EXCHANGE, receipt.return_number) if given_back or paid else None


def record_opening(session: Session, staff_id: int | None, opening: DrawerOpening,
                   now: datetime | None = None) -> None:
    audit(session, staff_id, DRAWER_OPENED, (opening.subject or "drawer")[:64],
          {"why": opening.why, "reason": opening.reason, "subject": opening.subject}, now)


def day_bounds(day: date, shop: ShopSettings) -> tuple[datetime, datetime]:
    """The UTC moments a business day of the shop starts and ends (its own midnights)."""
    start = datetime.combine(day, time(0), tzinfo=shop.zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=shop.zone)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


def drawer_openings(session: Session, day: date, shop: ShopSettings,
                    scope: TillScope | None = None) -> list[OpeningRecord]:
    """The day's openings of this till's drawer (the whole shop's on the hub), in order."""
    scope = scope_of(session, scope)
    start, end = day_bounds(day, shop)
    rows = session.execute(
        select(AuditEntry.created_at, Staff.name, AuditEntry.details)
        .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
        .where(AuditEntry.action == DRAWER_OPENED, AuditEntry.created_at >= start,
               AuditEntry.created_at < end, scope.rows(AuditEntry))
        .order_by(AuditEntry.created_at, AuditEntry.id)).all()
    records = []
    for at, name, details in rows:
        said = json.loads(details)
        records.append(OpeningRecord(shop.local_time(at), name or "", said.get("why", ""),
                                     said.get("subject", ""), said.get("reason", "")))
    return records
