"""A till and its hub: attaching once, then syncing (push, then pull) again and again.

Attaching: the hub's first till of a shop brings the shop's master data (its catalog, staff,
policy and settings, with their ids) and then its whole history; a new till (no sales yet)
takes the hub's master data instead of its own. A till with sales of its own cannot join a
shop whose hub already has another catalog: its sales point at products of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.credentials import store_hub_url
from db.hub.server import COULD_NOT_CONNECT, REFUSED, failure
from db.hub.link import waiting_count
from db.hub.pull import ForgetEvents, MASTER_TABLES, TILL_SETTINGS, master_table, pull
from db.hub.push import mark, push, upper_bounds
from db.models import (CashMovement, DayClose, HubLink, Product, Return, Sale, StockMovement)
from db.types import utc_now
from db.words import N_, Said


class HubUnreachable(Said):
    """The hub did not answer (or broke off): the message names it without its password.
    str() is the English the till's link records; words_of() the person's language."""


class AttachRefused(Said, ValueError):
    """This till cannot be attached as asked; nothing changed."""


# "hub unreachable: " before each of failure()'s sentences, as one sentence to translate.
_UNREACHABLE = {COULD_NOT_CONNECT: N_("hub unreachable: could not connect to the hub at "
                                      "{url}: {reason}"),
                REFUSED: N_("hub unreachable: the hub at {url} refused: {reason}")}
SYNC_FAILED_RECORD = N_("the last sync failed: {reason}")
# The sentences the link's last_error is written from (a record, in English; pos.records
# reads it back in the reader's language).
RECORDS = (*_UNREACHABLE.values(), SYNC_FAILED_RECORD)


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    waiting: int


_hubs: dict[str, Database] = {}


def hub_database(url: str) -> Database:
    """One engine (and pool) per hub URL for the life of the process."""
    if url not in _hubs:
        _hubs[url] = Database(url)
    return _hubs[url]


def unreachable(url: str, error: DBAPIError) -> HubUnreachable:
    said = failure(error, make_url(url))
    return HubUnreachable(_UNREACHABLE[said.template], **said.values)


def sync_once(till_db: Database, hub_url: str,
              forget_events: ForgetEvents | None = None) -> SyncResult:
    """Push what waits, then pull what changed (forget_events: see db.hub.pull.pull). The
    hub down: HubUnreachable within seconds, and the till's link says since when."""
    hub = hub_database(hub_url)
    try:
        pushed = push(till_db, hub)
        pulled = pull(till_db, hub, forget_events)
    except DBAPIError as error:
        if not _is_connection_error(error):
            _record_refusal(till_db, error)
            raise
        failure = unreachable(hub_url, error)
        with till_db.write() as session:
            link = session.get(HubLink, 1)
            link.unreachable_since = link.unreachable_since or utc_now()
            link.last_error = str(failure)
        raise failure from None
    with till_db.write() as session:
        link = session.get(HubLink, 1)
        link.last_push_at = link.last_pull_at = utc_now()
        link.unreachable_since = link.last_error = None
        waiting = waiting_count(session)
    return SyncResult(pushed, pulled, waiting)


def _record_refusal(till_db: Database, error: DBAPIError) -> None:
    """A sync the hub answered and refused (a number it already holds under another fact,
    after this till was put back from a backup): said where the manager looks, since every
    later sync stops at the same row until someone acts."""
    reason = str(error.orig or error).strip().splitlines()[0]
    with till_db.write() as session:
        session.get(HubLink, 1).last_error = SYNC_FAILED_RECORD.format(reason=reason)


def _is_connection_error(error: DBAPIError) -> bool:
    return error.connection_invalidated or type(error.orig).__name__ in (
        "OperationalError", "InterfaceError")


def hub_identity(hub: Database) -> tuple[str | None, str | None]:
    with hub.read() as session:
        row = session.execute(text("SELECT counter_shop(), counter_till()")).one()
    return row[0], row[1]


def attach(till_db: Database, hub_url: str, shop: str, till: str, *,
           keep_url: bool = True, forget_events: ForgetEvents | None = None) -> SyncResult:
    """Attaches this till to its shop's hub and syncs once."""
    shop, till = shop.strip().upper(), till.strip().upper()
    hub = hub_database(hub_url)
    try:
        _check_identity(hub, shop, till)
        with hub.read() as session:
            hub_has_shop = session.scalar(select(exists().select_from(master_table("staff"))))
    except DBAPIError as error:
        raise unreachable(hub_url, error) from None
    with till_db.read() as session:
        _check_not_attached_elsewhere(session, shop, till)
        linked = session.get(HubLink, 1) is not None
        has_history = _has_history(session)
    if not hub_has_shop:
        _seed_hub(till_db, hub, shop, till)
    elif linked:
        pass  # attached already (an attach cut short after the hub took its catalog)
    elif has_history:
        raise AttachRefused(N_(
            "The hub already has shop {shop}'s catalog and staff, and this till has sales "
            "of its own, made with its own catalog: attach a new till (an empty database) "
            "to this shop, or this one to a shop of its own."), shop=shop)
    else:
        _become_new_till(till_db, shop, till)
    if keep_url:
        store_hub_url(hub_url)
    return sync_once(till_db, hub_url, forget_events)


def _check_identity(hub: Database, shop: str, till: str) -> None:
    hub_shop, hub_till = hub_identity(hub)
    if (hub_shop, hub_till) != (shop, till):
        if hub_till is None:
            raise AttachRefused(N_("This URL is not a till's: use the one `hub add-till` "
                                   "printed."))
        raise AttachRefused(N_("This URL is till {hub_till}'s of shop {hub_shop}, not till "
                               "{till}'s of shop {shop}."), hub_till=hub_till,
                            hub_shop=hub_shop, till=till, shop=shop)


def _check_not_attached_elsewhere(session: Session, shop: str, till: str) -> None:
    link = session.get(HubLink, 1)
    if link is not None and (link.shop, link.till) != (shop, till):
        raise AttachRefused(N_("This till is already till {till} of shop {shop}."),
                            till=link.till, shop=link.shop)


def _has_history(session: Session) -> bool:
    return any(session.scalar(select(exists().select_from(model)))
               for model in (Sale, Return, CashMovement, DayClose))


def _link(session: Session, shop: str, till: str) -> None:
    if session.get(HubLink, 1) is None:
        session.add(HubLink(id=1, shop=shop, till=till, pulled_seq=0))


def _become_new_till(till_db: Database, shop: str, till: str) -> None:
    """A till without sales takes the hub's master data in place of its own: its own
    (a demo shop's) goes, with the stock movements that pointed at it; what else it wrote
    (the audit of its set-up) stays here and is never pushed."""
    with till_db.write() as session:
        if session.get(HubLink, 1) is not None:
            return
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        session.execute(StockMovement.__table__.delete())
        for name in reversed(MASTER_TABLES):
            table = master_table(name)
            query = table.delete()
            if name == "settings":
                query = query.where(table.c.key.not_in(TILL_SETTINGS))
            session.execute(query)
        for name, high in upper_bounds(session).items():
            mark(session, name, high)
        _link(session, shop, till)


def _seed_hub(till_db: Database, hub: Database, shop: str, till: str) -> None:
    """The shop's first till: its master data goes to the hub as it is, ids included (its
    sales point at them). The hub's stock is the sum of movements, so a product whose
    stock is more than its movements explain gets an opening movement here first. The link
    is written here first: an attach cut short after the hub committed the catalog finds it
    and goes on (one cut short before finds the hub without the shop and seeds it again)."""
    with till_db.write() as session:
        _add_opening_movements(session)
        _link(session, shop, till)
        rows = {name: [dict(row) for row in
                       session.execute(select(master_table(name))).mappings()]
                for name in MASTER_TABLES}
    rows["settings"] = [r for r in rows["settings"] if r["key"] not in TILL_SETTINGS]
    for product in rows["products"]:
        product["stock"] = 0  # the movements bring it
    with hub.write() as session:
        for name in MASTER_TABLES:
            if rows[name]:
                session.execute(master_table(name).insert(), rows[name])
        _bump_sequences(session)


def _add_opening_movements(session: Session) -> None:
    moved = (select(func.coalesce(func.sum(StockMovement.delta), 0))
             .where(StockMovement.product_id == Product.id).scalar_subquery())
    for product_id, stock, explained in session.execute(
            select(Product.id, Product.stock, moved).where(Product.stock != moved)).all():
        session.add(StockMovement(product_id=product_id, delta=stock - explained,
                                  reason="opening", note="stock when the till joined the hub",
                                  created_at=utc_now()))
    session.flush()


def _bump_sequences(session: Session) -> None:
    """The hub's own ids for new master rows start above the ones just brought."""
    for name in MASTER_TABLES:
        table = master_table(name)
        if "id" not in table.c:
            continue
        session.execute(text("SELECT counter_bump_sequence(:table)"), {"table": name})
