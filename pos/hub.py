"""The till's hub as the counter shows it: the status bar's line, the manager's Hub window,
and one sync on demand. No Qt here; the screens call these through ui/background.py.

Everything shown is read from the till's own SQLite (db/hub/link.py): the status bar never
waits on the network. Only `sync_with_hub` talks to the hub, and the background runs it."""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.credentials import hub_url
from db.hub.sync import HubUnreachable, hub_database, sync_once, unreachable
from db.hub.link import (FACT_TABLES, LinkState, fact_table, load_link, made_here,
                         pushed_up_to)
from db.models import AuditEntry, HubLink, Product
from db.types import utc_now
from pos.catalog_admin import CatalogError, ProductDraft, create_product, receive_stock
from pos.dates import format_date_time, format_time
from pos.shop import ShopSettings
from pos.staff_members import acting_staff

# What waits to be pushed, in the shop's words: (one, several).
FACT_WORDS = {
    "sales": ("sale", "sales"), "sale_lines": ("sale line", "sale lines"),
    "payments": ("payment", "payments"), "returns": ("return", "returns"),
    "return_lines": ("return line", "return lines"),
    "stock_movements": ("stock movement", "stock movements"),
    "cash_movements": ("cash movement", "cash movements"),
    "day_closes": ("day close", "day closes"), "audit_log": ("audit entry", "audit entries"),
}


NO_ADDRESS = ("This till is attached to a hub but has no hub address on this computer: set "
              "POS_HUB_URL or attach the till again (python main.py till attach).")


class HubNotSetUp(Exception):
    """The till is attached, but this computer has no address for its hub."""


@dataclass(frozen=True)
class HubState:
    """Where the till stands with its hub, and what it has not pushed yet, table by table."""
    link: LinkState
    waiting_by_table: tuple[tuple[str, int], ...] = ()

    @property
    def waiting(self) -> int:
        return self.link.waiting


@dataclass(frozen=True)
class SyncOutcome:
    """One sync as the screens report it: the state after it, what it moved, and why it did
    not happen (the hub unreachable, no address), in words without the password."""
    state: HubState | None
    result: object | None = None   # db.hub.sync.SyncResult: pushed, pulled, waiting
    problem: str | None = None


def hub_state(session: Session) -> HubState | None:
    """None for a till that stands alone (no hub: the status bar says nothing)."""
    link = load_link(session)
    if link is None:
        return None
    return HubState(link, waiting_by_table(session, link.till) if link.waiting else ())


def waiting_by_table(session: Session, till: str) -> tuple[tuple[str, int], ...]:
    marks = pushed_up_to(session)
    counts = []
    for name in FACT_TABLES:
        table = fact_table(name)
        count = session.scalar(select(func.count()).select_from(table).where(
            table.c.id > marks[name], made_here(table, till)))
        if count:
            counts.append((name, count))
    return tuple(counts)


def moment_words(moment: datetime | None, shop: ShopSettings,
                 now: datetime | None = None) -> str:
    """'14:02' today in the shop, '30/11/2026 14:02' another day, 'never' without one."""
    if moment is None:
        return "never"
    local = shop.local_time(moment)
    if local.date() == shop.local_date(now or utc_now()):
        return format_time(local, shop.locale)
    return format_date_time(local, shop.locale)


def status_line(state: HubState | None, shop: ShopSettings,
                now: datetime | None = None) -> str:
    """'hub: up to date', 'hub: 3 waiting', 'hub: unreachable since 14:02'; '' standing alone."""
    if state is None:
        return ""
    since = state.link.unreachable_since
    if since is not None:
        return f"hub: unreachable since {moment_words(since, shop, now)}"
    if state.waiting:
        return f"hub: {state.waiting} waiting"
    return "hub: up to date"


def waiting_words(state: HubState) -> str:
    """'nothing' or '2 sales, 3 sale lines, 1 payment'."""
    if not state.waiting_by_table:
        return "nothing"
    return ", ".join(f"{n} {FACT_WORDS[name][0 if n == 1 else 1]}"
                     for name, n in state.waiting_by_table)


def result_words(outcome: SyncOutcome, shop: ShopSettings, now: datetime | None = None) -> str:
    """What the last sync did, for the manager who asked for it."""
    if outcome.problem:
        return outcome.problem
    if outcome.result is None:
        return "This till stands alone: it has no hub to sync with."
    result = outcome.result
    left = f"{result.waiting} still waiting" if result.waiting else "nothing left to send"
    return (f"Synced at {moment_words(now or utc_now(), shop, now)}: sent {result.pushed}, "
            f"brought back {result.pulled} changes; {left}.")


def sync_with_hub(db: Database, environ: Mapping[str, str] = os.environ):
    """One push and pull with this till's hub (db/hub/sync.py), or None for a till that
    stands alone. Raises HubUnreachable (the hub's own record says since when) or
    HubNotSetUp."""
    with db.read() as session:
        if load_link(session) is None:
            return None
    url = hub_url(environ=environ)
    if not url:
        raise HubNotSetUp(NO_ADDRESS)
    return sync_once(db, url)


def sync_and_look(db: Database, environ: Mapping[str, str] = os.environ) -> SyncOutcome:
    """A sync, then the state it left, for the status bar and the Hub window. The hub being
    down is an answer, not an error: the counter goes on and the line says so."""
    result, problem = None, None
    try:
        result = sync_with_hub(db, environ)
    except (HubUnreachable, HubNotSetUp) as error:
        problem = str(error)
    with db.read() as session:
        return SyncOutcome(hub_state(session), result, problem)


# ----- master data, edited on the hub ----------------------------------------------------------
# Once a till is attached, products, collections, promotions, the return policy and staff
# are the shop's, kept on the hub: the same pos/ functions write them there, under the
# till's own role, and a sync brings the change back to this till. Stock receipts and counts
# are this till's facts: they stay local and are pushed like sales.



class HubEditRefused(Exception):
    """Master data cannot be changed now: the hub cannot be reached (the words say since
    when) or this computer has no address for it."""


def read_only_words(link: LinkState, shop: ShopSettings, now: datetime | None = None) -> str:
    return (f"The hub has not answered since {moment_words(link.unreachable_since, shop, now)}: "
            "products, collections, promotions and the return policy are changed on the hub, "
            "so here they can only be looked at until it answers again. Sales, returns and "
            "stock received or counted go on as usual.")


def master_data_lock(session: Session, shop: ShopSettings,
                     now: datetime | None = None) -> str | None:
    """Why master data cannot be changed at this till right now, or None when it can."""
    link = session.get(HubLink, 1)
    if link is None or link.unreachable_since is None:
        return None
    return read_only_words(link, shop, now)


def import_lock(session: Session, shop: ShopSettings, now: datetime | None = None) -> str | None:
    """A bulk import writes the till's own catalog, so it is for a till that stands alone."""
    link = session.get(HubLink, 1)
    if link is None:
        return None
    return (f"This till is till {link.till} of shop {link.shop}: its catalog is kept on the "
            "hub, and importing a file into the hub is not possible yet. Import before "
            "attaching the shop's first till, or add and edit products one by one.")


def edit_master_data(db: Database, staff_id: int, apply: Callable[[Session, object], Any],
                     shop: ShopSettings, environ: Mapping[str, str] = os.environ) -> Any:
    """apply(session, staff) in one write transaction: in the till's own database while it
    stands alone, on the hub once it is attached, followed by a sync that brings the change
    back here (the screen then reads it locally, like everything else)."""
    with db.read() as session:
        link = session.get(HubLink, 1)
        lock = master_data_lock(session, shop)
    if link is None:
        with db.write() as session:
            return apply(session, acting_staff(session, staff_id))
    if lock is not None:
        raise HubEditRefused(lock)
    url = hub_url(environ=environ)
    if not url:
        raise HubEditRefused(NO_ADDRESS)
    try:
        with hub_database(url).write() as session:
            _facts_carry_till(session, link.till)
            result = apply(session, acting_staff(session, staff_id))
    except (OperationalError, InterfaceError) as error:  # the connection, not the edit
        raise HubEditRefused(f"Nothing was changed: {unreachable(url, error)}. Try again in "
                             "a moment.") from None
    try:
        sync_once(db, url)
    except HubUnreachable:
        pass  # saved on the hub; the next background sync brings it here
    return result


def _facts_carry_till(session: Session, till: str) -> None:
    """The audit rows an edit writes on the hub are this till's facts: the hub lets a till
    add only rows carrying its own code, and the ORM would send an empty one."""
    @event.listens_for(session, "before_flush")
    def stamp(flushing: Session, _context, _instances) -> None:
        for row in flushing.new:
            if isinstance(row, AuditEntry) and row.till is None:
                row.till = till


def add_product(db: Database, staff_id: int, draft: ProductDraft, shop: ShopSettings,
                environ: Mapping[str, str] = os.environ) -> int:
    """A new product, its id. On the hub the shop's stock is the sum of the tills'
    movements, so an attached till adds the product with no stock and records its opening
    stock here, as goods it received (pushed like any other receipt)."""
    with db.read() as session:
        attached = session.get(HubLink, 1) is not None
    if not attached:
        return edit_master_data(
            db, staff_id, lambda s, m: create_product(s, m, draft).id, shop, environ)
    product_id = edit_master_data(
        db, staff_id, lambda s, m: create_product(s, m, replace(draft, stock=0)).id, shop,
        environ)
    if draft.stock:
        with db.write() as session:
            if session.get(Product, product_id) is None:
                raise CatalogError(f"{draft.name} is added on the hub, but it has not reached "
                                   "this till yet: receive its opening stock once it shows here.")
            receive_stock(session, acting_staff(session, staff_id), product_id, draft.stock,
                          note="opening stock")
    return product_id
