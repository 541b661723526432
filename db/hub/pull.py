"""Pull: the shop's master data changed on the hub since this till last looked, applied in one
local transaction; and the stock, which on the hub is the sum of every till's movements.

Each master row on the hub carries `hub_seq`, the number of its last change (the hub gives
them out in commit order); a deletion leaves its key in hub_deletions with its own number.
Rows on the hub are what is alive now, so deletions are applied first, then the rows.

A customer erased at another till (pos/customers.py, hub migration h0003) comes the same way:
hub_erasures lists the sales the hub blanked by uid, numbered from the same sequence, and the
pull blanks this till's sales with those uids (its own, and those it copied from the hub for a
return) as the erasure did there (db/erasure.py), and their TikTok events not yet sent lose
the customer: `forget_events`, tracking's forget_customer_in_outbox, which pos/hub.py gives
(db/ may not import tracking/). Parked carts cannot be matched by a uid: they keep theirs.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from uuid import UUID

from sqlalchemy import String, Table, cast, func, literal, literal_column, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.engine import Database
from db.erasure import blank_customer, sale_ids_of
from db.hub.link import made_here, pushed_up_to
from db.models import Base, HubLink, StockMovement

# Parents first (a promotion points at a product or a collection, products at nothing).
MASTER_TABLES = ("staff", "collections", "products", "product_collections", "promotions",
                 "policy_versions", "settings")
# Kept per till, never pulled nor sent: the TikTok link (each till sends its own queue).
TILL_SETTINGS = ("tiktok", "tiktok_paused", "hardware")
# A till's own state on its staff rows: a lock after wrong PINs at this till.
TILL_COLUMNS = {"staff": ("failed_pin_attempts", "locked_until")}
HUB_SEQ = literal_column("hub_seq")
# tracking.outbox.forget_customer_in_outbox(session, sale_ids) -> how many events changed.
ForgetEvents = Callable[[Session, list[int]], int]


def master_table(name: str) -> Table:
    return Base.metadata.tables[name]


def changed_rows(session: Session, name: str, since: int) -> tuple[list[dict], int]:
    """The hub's rows of one master table changed after `since`, and the newest change seen."""
    table = master_table(name)
    query = select(table, HUB_SEQ).where(HUB_SEQ > since)
    if name == "settings":
        query = query.where(table.c.key.not_in(TILL_SETTINGS))
    rows = session.execute(query).mappings().all()
    newest = max((row["hub_seq"] for row in rows), default=since)
    return [{c.name: row[c.name] for c in table.columns} for row in rows], newest


def deletions(session: Session, since: int) -> tuple[list[tuple[str, dict]], int]:
    rows = session.execute(
        text("SELECT seq, table_name, key FROM hub_deletions WHERE seq > :since ORDER BY seq"),
        {"since": since}).all()
    newest = max((row.seq for row in rows), default=since)
    return [(row.table_name, _as_dict(row.key)) for row in rows], newest


def erasures(session: Session, since: int) -> tuple[list[UUID], int]:
    """The uids of the shop's sales a customer's erasure blanked after `since`."""
    rows = session.execute(
        text("SELECT seq, sale_uid FROM hub_erasures WHERE seq > :since ORDER BY seq"),
        {"since": since}).all()
    return [row.sale_uid for row in rows], max((row.seq for row in rows), default=since)


def _as_dict(key) -> dict:
    return key if isinstance(key, dict) else json.loads(key)


def read_changes(hub: Database, since: int
                 ) -> tuple[dict[str, list[dict]], list, list[UUID], int]:
    """Everything changed after `since`, read in one hub snapshot."""
    with hub.read() as session, session.begin():
        session.connection().exec_driver_sql(
            "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        gone, newest = deletions(session, since)
        erased, erased_newest = erasures(session, since)
        newest = max(newest, erased_newest)
        changes = {}
        for name in MASTER_TABLES:
            changes[name], table_newest = changed_rows(session, name, since)
            newest = max(newest, table_newest)
    return changes, gone, erased, newest


def apply_changes(session: Session, changes: dict[str, list[dict]], gone: list) -> int:
    """Into the till's SQLite, inside the caller's transaction."""
    for name, key in gone:
        table = master_table(name)
        session.execute(table.delete().where(*(table.c[c] == v for c, v in key.items())))
    unpushed = unpushed_stock(session)
    for product in changes.get("products", ()):
        product["stock"] += unpushed.get(product["id"], 0)
    for name in MASTER_TABLES:
        upsert(session, master_table(name), changes.get(name, ()), TILL_COLUMNS.get(name, ()))
    return len(gone) + sum(len(rows) for rows in changes.values())


def upsert(session: Session, table: Table, rows, keep: tuple[str, ...] = ()) -> None:
    if not rows:
        return
    keys = [c.name for c in table.primary_key.columns]
    _free_unique_values(session, table, rows, keys)
    statement = sqlite_insert(table)
    changed = {c.name: statement.excluded[c.name] for c in table.columns
               if c.name not in keys and c.name not in keep}
    statement = (statement.on_conflict_do_update(index_elements=keys, set_=changed)
                 if changed else statement.on_conflict_do_nothing(index_elements=keys))
    session.execute(statement, list(rows))


def _free_unique_values(session: Session, table: Table, rows, keys: list[str]) -> None:
    """The rows about to change give up their unique values first (a barcode, a name): two
    products that swapped barcodes on the hub come in one pull, and the first, applied
    alone, would take a barcode the second still holds here."""
    unique = [c for c in table.columns if c.unique and not c.primary_key]
    if not unique or len(keys) != 1:
        return
    key = table.c[keys[0]]
    freed = {c.name: None if c.nullable else literal("\x00") + cast(key, String)
             for c in unique}
    ids = [row[key.name] for row in rows]
    for start in range(0, len(ids), 10_000):  # below SQLite's limit of bound values
        session.execute(table.update().where(key.in_(ids[start:start + 10_000]))
                        .values(freed))


def unpushed_stock(session: Session) -> dict[int, int]:
    """Per product, the stock movements made here that the hub has not got yet."""
    table = StockMovement.__table__
    till = session.scalar(select(HubLink.till))
    mark = pushed_up_to(session)["stock_movements"]
    rows = session.execute(select(table.c.product_id, func.sum(table.c.delta))
                           .where(table.c.id > mark, made_here(table, till))
                           .group_by(table.c.product_id)).all()
    return dict(rows)


def newest_change(hub: Database) -> int:
    """The shop's newest change number, in one query that reads the end of each table's
    (shop, hub_seq) index: a till asks it every second, and nearly always learns nothing
    changed."""
    newest = [f"(SELECT max(hub_seq) FROM {name} WHERE shop = counter_shop())"
              for name in MASTER_TABLES]
    newest += [f"(SELECT max(seq) FROM {name} WHERE shop = counter_shop())"
               for name in ("hub_deletions", "hub_erasures")]
    with hub.read() as session:
        return session.scalar(text(f"SELECT coalesce(GREATEST({', '.join(newest)}), 0)"))


def apply_erasures(session: Session, uids: list[UUID],
                   forget_events: ForgetEvents | None) -> None:
    """The customer blanked on this till's sales with these uids, inside the caller's
    transaction."""
    sale_ids = sale_ids_of(session, uids)
    blank_customer(session, sale_ids)
    if forget_events is not None:
        forget_events(session, sale_ids)


def pull(till_db: Database, hub: Database, forget_events: ForgetEvents | None = None) -> int:
    """Applies what changed on the hub since the last pull; returns how many rows.
    forget_events: what strips an erased customer from the TikTok events waiting here
    (pos/hub.py gives tracking's; without it they keep their hashed contact)."""
    with till_db.read() as session:
        since = session.scalar(select(HubLink.pulled_seq))
    if since is None:
        raise ValueError("this till is not attached to a hub")
    if newest_change(hub) <= since:
        return 0
    changes, gone, erased, newest = read_changes(hub, since)
    if newest == since:
        return 0
    with till_db.write() as session:
        applied = apply_changes(session, changes, gone) + len(erased)
        apply_erasures(session, erased, forget_events)
        session.get(HubLink, 1).pulled_seq = newest
    return applied
