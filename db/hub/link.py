"""Where a till stands with its hub, read from the till's own SQLite (never from the hub, so
the status bar and the waiting count cost no network)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from db.models import Base, HubLink, HubPushed

# The facts a till pushes, parents before the rows that point at them.
FACT_TABLES = ("sales", "sale_lines", "payments", "returns", "return_lines",
               "stock_movements", "cash_movements", "day_closes", "audit_log")


@dataclass(frozen=True)
class LinkState:
    shop: str
    till: str
    attached_at: datetime
    last_push_at: datetime | None
    last_pull_at: datetime | None
    unreachable_since: datetime | None
    last_error: str | None
    waiting_by_table: tuple[tuple[str, int], ...]  # what waits to be pushed, per table

    @property
    def waiting(self) -> int:
        return sum(count for _, count in self.waiting_by_table)


def fact_table(name: str) -> Table:
    return Base.metadata.tables[name]


def made_here(table: Table, till: str | None):
    """This till's rows: those made before it was attached carry no till code; a sale copied
    here from another till (to be returned here) keeps that till's code."""
    if till is None:
        return table.c.till.is_(None)
    return or_(table.c.till.is_(None), table.c.till == till)


def own_till(session: Session) -> str | None:
    """This till's code, None while it stands alone."""
    return session.scalar(select(HubLink.till))


def pushed_up_to(session: Session) -> dict[str, int]:
    rows = session.execute(select(HubPushed.table_name, HubPushed.last_id)).all()
    return {name: 0 for name in FACT_TABLES} | dict(rows)


def waiting_by_table(session: Session) -> tuple[tuple[str, int], ...]:
    """Per fact table with some, the rows made here that the hub has not got yet."""
    till = own_till(session)
    marks = pushed_up_to(session)
    counts = []
    for name in FACT_TABLES:
        table = fact_table(name)
        count = session.scalar(select(func.count()).select_from(table).where(
            table.c.id > marks[name], made_here(table, till)))
        if count:
            counts.append((name, count))
    return tuple(counts)


def waiting_count(session: Session) -> int:
    """Facts made here that the hub has not got yet (each is one row)."""
    return sum(count for _, count in waiting_by_table(session))


def load_link(session: Session) -> LinkState | None:
    link = session.get(HubLink, 1)
    if link is None:
        return None
    return LinkState(shop=link.shop, till=link.till, attached_at=link.attached_at,
                     last_push_at=link.last_push_at, last_pull_at=link.last_pull_at,
                     unreachable_since=link.unreachable_since, last_error=link.last_error,
                     waiting_by_table=waiting_by_table(session))
