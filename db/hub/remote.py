"""Sales made at another till, brought from the hub into this till's SQLite to be returned
here; and the returns other tills made of them since.

A copied row keeps its uid and its till's code, so push (which sends only `till IS NULL OR
till = own`) never sends it back. On the hub, references between facts are the hub's ids;
here they become this till's ids through the uids, as push does the other way
(db/hub/push.py). Master data (products, staff, policy versions) has the same ids on the hub
and on every attached till, so those columns are copied as they are. A row already here
(same uid) is never copied twice; each copy is one local transaction.

The hub is asked with a short statement timeout: these reads run while a customer waits at
the return desk, and a hub that does not answer must not hold the return up for long.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Table, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.link import fact_table, own_till
from db.hub.push import shape
from db.words import N_, Said

# A sale a till recorded without having seen it (an offline return of another till's sale,
# pos/return_unverified.py) is marked by its checkout key: it had no cart of its own.
PLACEHOLDER_KEY = "unverified-"
# A sale recorded for a return without any receipt (pos/return_no_receipt.py): a placeholder
# too, told apart from those by its own key.
NO_RECEIPT_KEY = "noreceipt-"
HUB_READ_TIMEOUT_MS = 3_000

# What a copy brings, parents first: the sales (the sale, and any exchange sale of its
# returns), their lines and payments, the returns and their lines.
COPIED_TABLES = ("sales", "sale_lines", "payments", "returns", "return_lines")


class HubLookupError(Said, ValueError):
    """The hub answered, but not with one sale for that number."""


def is_placeholder(sales: Table | None = None) -> ColumnElement[bool]:
    """The sales recorded without having been seen (pos/return_unverified.py), or for a
    return without a receipt (pos/return_no_receipt.py): no sale the shop made."""
    sales = fact_table("sales") if sales is None else sales
    return or_(sales.c.checkout_key.startswith(PLACEHOLDER_KEY),
               sales.c.checkout_key.startswith(NO_RECEIPT_KEY))


def asking_hub(hub: Database, work: Callable[[Session], Any]) -> Any:
    """work(session) in one short read on the hub. A hub that does not answer (down, cut
    off, or slower than the timeout) raises HubUnreachable, as a sync would."""
    # Here, not at the top: the return rules (pos.returns) read PLACEHOLDER_KEY from this
    # module, and a till standing alone never loads the PostgreSQL driver.
    import psycopg

    from db.hub.sync import unreachable

    try:
        with hub.read() as session, session.begin():
            session.execute(text(f"SET LOCAL statement_timeout = {HUB_READ_TIMEOUT_MS}"))
            return work(session)
    except DBAPIError as error:
        if error.connection_invalidated or isinstance(
                error.orig, (psycopg.OperationalError, psycopg.InterfaceError)):
            raise unreachable(hub.url, error) from None
        raise


def copy_sale_from_hub(till_db: Database, hub: Database, order_number: str) -> bool:
    """The shop's sale of that number as printed (any till's), with its lines, payments and
    the returns other tills made of it, copied here. False: the hub has no such sale.
    Raises HubUnreachable when the hub does not answer."""
    number = order_number.strip().upper()
    with till_db.read() as session:
        own = own_till(session)

    def read(session: Session) -> dict[str, list[dict]] | None:
        sales = fact_table("sales")
        found = session.execute(select(sales.c.id, sales.c.till).where(
            sales.c.order_number == number, ~is_placeholder(sales))).all()
        if not found:
            return None
        if len(found) > 1:
            first, *others = sorted(str(row.till) for row in found)
            raise HubLookupError(N_("Tills {first} and {others} both printed {number}: ask the "
                                    "customer for the date and find the sale at the till that "
                                    "made it."), first=first, others=", ".join(others),
                                 number=number)
        hub_id = found[0].id
        rows = _sale_rows(session, [hub_id])
        return _merge(rows, _return_rows(session, hub_id, own))

    rows = asking_hub(hub, read)
    if rows is None:
        return False
    with till_db.write() as session:
        _insert_missing(session, rows)
    return True


def refresh_returns_from_hub(till_db: Database, hub: Database, sale_uid: UUID) -> int:
    """The returns other tills made of this sale (copied here or made here) that this till
    has not got yet, copied here; how many. Raises HubUnreachable when the hub does not
    answer."""
    with till_db.read() as session:
        own = own_till(session)

    def read(session: Session) -> dict[str, list[dict]]:
        sales = fact_table("sales")
        hub_id = session.scalar(select(sales.c.id).where(sales.c.uid == sale_uid))
        return {} if hub_id is None else _return_rows(session, hub_id, own)

    rows = asking_hub(hub, read)
    if not rows.get("returns"):
        return 0
    with till_db.write() as session:
        return _insert_missing(session, rows).get("returns", 0)


def copy_credit_note_from_hub(till_db: Database, hub: Database, code: str) -> bool:
    """The shop's credit note of that code (any till's) copied here: the return that gave it
    with its sale, and every sale that spent some of it, each with its lines and payments.
    Asked again, only what this till has not got yet comes (another till's newer use).
    False: the hub has no such note. Raises HubUnreachable when the hub does not answer."""

    def read(session: Session) -> dict[str, list[dict]] | None:
        returns, lines = fact_table("returns"), fact_table("return_lines")
        payments = fact_table("payments")
        found = session.execute(select(returns.c.id, returns.c.sale_id,
                                       returns.c.exchange_sale_id)
                                .where(returns.c.credit_code == code)).first()
        if found is None:
            return None
        sale_ids = [i for i in (found.sale_id, found.exchange_sale_id) if i is not None]
        rows = _sale_rows(session, sale_ids)
        rows["returns"] = _hub_rows(session, "returns", returns.c.id == found.id)
        rows["return_lines"] = _hub_rows(session, "return_lines", lines.c.return_id == found.id)
        spending = list(session.scalars(select(payments.c.sale_id)
                                        .where(payments.c.credit_code == code)))
        return _merge(rows, _sale_rows(session, spending))

    rows = asking_hub(hub, read)
    if rows is None:
        return False
    with till_db.write() as session:
        _insert_missing(session, rows)
    return True


# ----- reading on the hub -----------------------------------------------------------------------
def _sale_rows(session: Session, sale_ids: list[int]) -> dict[str, list[dict]]:
    if not sale_ids:
        return {}
    return {"sales": _hub_rows(session, "sales", fact_table("sales").c.id.in_(sale_ids)),
            "sale_lines": _hub_rows(session, "sale_lines",
                                    fact_table("sale_lines").c.sale_id.in_(sale_ids)),
            "payments": _hub_rows(session, "payments",
                                  fact_table("payments").c.sale_id.in_(sale_ids))}


def _return_rows(session: Session, hub_sale_id: int, own: str | None) -> dict[str, list[dict]]:
    """The returns of a sale made at other tills, their lines, and the exchange sales they
    point at (a return's row needs its exchange sale here first)."""
    returns, lines = fact_table("returns"), fact_table("return_lines")
    made_elsewhere = returns.c.sale_id == hub_sale_id
    if own is not None:
        made_elsewhere &= returns.c.till.is_distinct_from(own)
    return_ids = list(session.scalars(select(returns.c.id).where(made_elsewhere)))
    if not return_ids:
        return {}
    exchange_ids = [i for i in session.scalars(select(returns.c.exchange_sale_id).where(
        returns.c.id.in_(return_ids))) if i is not None]
    rows = _sale_rows(session, exchange_ids)
    rows["returns"] = _hub_rows(session, "returns", returns.c.id.in_(return_ids))
    rows["return_lines"] = _hub_rows(session, "return_lines",
                                     lines.c.return_id.in_(return_ids))
    return rows


def _hub_rows(session: Session, name: str, where) -> list[dict]:
    """The rows as the till stores them, but for their ids; a reference to another fact
    is read as that fact's uid."""
    table, references = fact_table(name), shape(name).references
    columns = []
    for column in table.columns:
        if column.name == "id":
            continue
        if column.name in references:
            target = fact_table(references[column.name]).alias()
            columns.append(select(target.c.uid).where(target.c.id == column)
                           .scalar_subquery().label(column.name))
        else:
            columns.append(column)
    return [dict(row) for row in session.execute(
        select(*columns).where(where).order_by(table.c.id)).mappings()]


def _merge(first: dict[str, list[dict]], then: dict[str, list[dict]]) -> dict[str, list[dict]]:
    return {name: first.get(name, []) + then.get(name, []) for name in COPIED_TABLES}


# ----- writing here -----------------------------------------------------------------------------
def _insert_missing(session: Session, rows: dict[str, list[dict]]) -> dict[str, int]:
    """The rows not here yet (by uid), parents first, their references turned into this
    till's ids; how many per table."""
    added = {}
    for name in COPIED_TABLES:
        table = fact_table(name)
        wanted = {row["uid"]: row for row in rows.get(name, [])}
        if not wanted:
            continue
        here = set(session.scalars(select(table.c.uid).where(table.c.uid.in_(list(wanted)))))
        new = [dict(row) for uid, row in wanted.items() if uid not in here]
        for row in new:
            for column, target in shape(name).references.items():
                if row[column] is not None:
                    row[column] = _local_id(session, target, row[column])
        if new:
            session.execute(table.insert(), new)
        added[name] = len(new)
    return added


def _local_id(session: Session, name: str, uid: UUID) -> int:
    table = fact_table(name)
    return session.scalar(select(table.c.id).where(table.c.uid == uid))
