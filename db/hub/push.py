"""Push: the facts this till made and the hub has not got yet, table by table, parents first.

Each batch is one hub transaction: the rows are COPYed into a staging table (PostgreSQL's
fastest way in), then `INSERT ... SELECT ... ON CONFLICT (uid) DO NOTHING` into the fact
table, references to other facts turned from the till's ids into the hub's through their
uids. Only then does the till's mark move (hub_pushed). A crash between the two pushes the
batch again, and the hub keeps each fact once. The marks' upper bounds are read in one
snapshot, so a row's parent is always pushed before it (its table comes first).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.link import FACT_TABLES, fact_table, pushed_up_to
from db.models import HubLink, HubPushed

BATCH_ROWS = 5_000


@dataclass(frozen=True)
class FactShape:
    """How one fact table travels: its columns, and which of them point at other facts."""

    name: str
    columns: tuple[str, ...]          # every column but the till's own id
    references: dict[str, str]        # column -> the fact table it points at

    def local_select(self) -> str:
        picked = [f'(SELECT p.uid FROM {self.references[c]} p WHERE p.id = t.{c})'
                  if c in self.references else f"t.{c}" for c in self.columns]
        return (f"SELECT t.id, {', '.join(picked)} FROM {self.name} t "
                "WHERE t.id > ? AND t.id <= ? AND (t.till IS NULL OR t.till = ?) "
                "ORDER BY t.id LIMIT ?")

    def staging(self) -> str:
        """The batch's staging table: the fact table's columns, references as uids."""
        picked = [f"NULL::uuid AS {c}" if c in self.references else c for c in self.columns]
        return (f"CREATE TEMP TABLE stage_{self.name} ON COMMIT DROP AS "
                f"SELECT {', '.join(picked)} FROM {self.name} WITH NO DATA")

    def copy(self) -> str:
        return f"COPY stage_{self.name} ({', '.join(self.columns)}) FROM STDIN"

    def reference(self, column: str, uid: str) -> str:
        """The hub's id of the fact `column` points at, found by its uid. The shop's test,
        which row-level security makes anyway, is repeated here: without it the planner,
        before the table has statistics, may find the row through the (shop, till, number)
        index and read every sale of the shop for each row pushed: quadratic in the shop's
        history (bench/hub.py: 3,000 rows 3.5 s before, 1.0 s after)."""
        return (f"(SELECT p.id FROM {self.references[column]} p WHERE p.uid = {uid} "
                "AND p.shop = counter_shop())")

    def insert(self) -> str:
        # The shop given, not left to its default: counter_shop() would run once a row.
        picked = ["%(shop)s"]
        for c in self.columns:
            if c in self.references:
                picked.append(self.reference(c, f"s.{c}"))
            elif c == "till":
                picked.append("%(till)s")  # rows made before attaching carry no code yet
            else:
                picked.append(f"s.{c}")
        return (f"INSERT INTO {self.name} (shop, {', '.join(self.columns)}) "
                f"SELECT {', '.join(picked)} FROM stage_{self.name} s "
                "ON CONFLICT (uid) DO NOTHING")


@cache
def shape(name: str) -> FactShape:
    table = fact_table(name)
    references = {}
    for key in table.foreign_keys:
        target = key.column.table.name
        if target in FACT_TABLES:
            references[key.parent.name] = target
    columns = tuple(c.name for c in table.columns if c.name != "id")
    return FactShape(name, columns, references)


def upper_bounds(session: Session) -> dict[str, int]:
    """Every fact table's highest id, in one snapshot."""
    return {name: session.scalar(select(func.coalesce(func.max(fact_table(name).c.id), 0)))
            for name in FACT_TABLES}


def push(till_db: Database, hub: Database, batch_rows: int = BATCH_ROWS) -> int:
    """Sends what waits; returns how many facts the hub was sent. Up to batch_rows rows go
    in one hub transaction, whatever their tables (a sale, its lines, payments and
    movements together). Nothing waiting: the hub is not written to at all."""
    with till_db.read() as session, session.begin():
        link = session.get(HubLink, 1)
        marks = pushed_up_to(session)
        bounds = upper_bounds(session)
    if link is None:
        raise ValueError("this till is not attached to a hub")
    sent, batch, room = 0, [], batch_rows
    for name in FACT_TABLES:
        low, high = marks[name], bounds[name]
        while low < high:
            if room == 0:
                sent += _send(till_db, hub, batch, link.shop, link.till)
                batch, room = [], batch_rows
            rows, low = _read_batch(till_db, shape(name), low, high, link.till, room)
            batch.append((name, rows, low))
            room -= len(rows)
    return sent + _send(till_db, hub, batch, link.shop, link.till)


def _send(till_db: Database, hub: Database, batch: list[tuple[str, list, int]], shop: str,
          till: str) -> int:
    """One hub transaction for the batch's rows, then the till's marks past them."""
    if any(rows for _, rows, _ in batch):
        with hub.write() as session:
            for name, rows, _ in batch:
                if rows:
                    _copy_batch(session, shape(name), rows, shop, till)
    if batch:
        with till_db.write() as session:
            for name, _, reached in batch:
                mark(session, name, reached)
    return sum(len(rows) for _, rows, _ in batch)


def _read_batch(till_db: Database, fact: FactShape, low: int, high: int, till: str,
                limit: int) -> tuple[list[tuple], int]:
    with till_db.read() as session:
        rows = session.connection().exec_driver_sql(
            fact.local_select(), (low, high, till, limit)).all()
    reached = rows[-1][0] if len(rows) == limit else high
    return [tuple(row[1:]) for row in rows], reached


def _copy_batch(session: Session, fact: FactShape, rows: list[tuple], shop: str,
                till: str) -> None:
    connection = session.connection()
    connection.exec_driver_sql(fact.staging())
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(fact.copy()) as copy:
        for row in rows:
            copy.write_row(row)
    connection.exec_driver_sql(fact.insert(), {"shop": shop, "till": till})


def mark(session: Session, name: str, last_id: int) -> None:
    table: Table = HubPushed.__table__
    statement = sqlite_insert(table).values(table_name=name, last_id=last_id)
    session.execute(statement.on_conflict_do_update(
        index_elements=[table.c.table_name], set_={"last_id": statement.excluded.last_id}))
