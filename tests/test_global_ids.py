"""Every fact a till records has an id no other till or shop makes (a UUID version 7, made at
the till when the row is written) and a place for its till's code: what lets a shop's hub
gather every till's facts and take one twice without keeping it twice (issue 15)."""
from __future__ import annotations

from datetime import datetime, timezone
from uuid import UUID

import pytest
from alembic import command
from sqlalchemy import column, func, insert, inspect, select, table, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from db.migrate import alembic_config, upgrade_to_head
from db.models import (AuditEntry, Base, CashMovement, DayClose, Payment, Return, ReturnLine,
                       Sale, SaleLine, StockMovement, TillFact)
from pos.cash import close_day
from pos.checkout import CardPayment, complete_sale
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, cart_of, demo_staff
from tests.test_migrations import check_constraints, declared_check_constraints, differences
from tests.test_reports import DAY, at, build_day

FACTS = (Sale, SaleLine, Payment, Return, ReturnLine, StockMovement, CashMovement, DayClose,
         AuditEntry)
# Each fact's own time, or its sale's or return's: what the migration makes its id from.
FACT_TIMES = {
    "sales": "SELECT id, created_at FROM sales",
    "sale_lines": "SELECT l.id, s.created_at FROM sale_lines l JOIN sales s ON s.id = l.sale_id",
    "payments": "SELECT p.id, s.created_at FROM payments p JOIN sales s ON s.id = p.sale_id",
    "returns": "SELECT id, created_at FROM returns",
    "return_lines": "SELECT l.id, r.created_at FROM return_lines l "
                    "JOIN returns r ON r.id = l.return_id",
    "stock_movements": "SELECT id, created_at FROM stock_movements",
    "cash_movements": "SELECT id, created_at FROM cash_movements",
    "day_closes": "SELECT id, closed_at FROM day_closes",
    "audit_log": "SELECT id, created_at FROM audit_log",
}


def test_the_facts_are_exactly_the_tables_with_ids():
    with_ids = {t.name for t in Base.metadata.tables.values() if "uid" in t.c}
    assert with_ids == {model.__tablename__ for model in FACTS} == set(FACT_TIMES)
    assert all(issubclass(model, TillFact) for model in FACTS)


def uids(session, model) -> list[UUID]:
    return list(session.scalars(select(model.uid).order_by(model.id)))


def fact_counts(db) -> dict[str, int]:
    with db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in FACTS}


def check_every_fact_has_its_own_uid(db) -> None:
    seen = set()
    with db.read() as s:
        for model in FACTS:
            ids = uids(s, model)
            assert ids and all(isinstance(uid, UUID) and uid.version == 7 for uid in ids), model
            assert seen.isdisjoint(ids) and len(set(ids)) == len(ids), model
            seen.update(ids)
            assert s.scalar(select(func.count()).where(model.till.is_not(None))) == 0


def check_the_ids_follow_the_facts_times(db) -> None:
    with db.read() as s:
        for table, rows in FACT_TIMES.items():
            in_time_order = [row_id for row_id, _ in s.execute(text(rows + " ORDER BY 2, 1"))]
            by_uid = list(s.scalars(text(f"SELECT id FROM {table} ORDER BY uid")))
            assert by_uid == in_time_order, table


def test_a_sale_gets_an_id_on_every_row_it_writes(db):
    before = datetime.now(timezone.utc)
    cart = cart_of(db, ("1077218", 2), ("2002001", 1))
    with db.write() as s:
        sale = complete_sale(s, cart, CardPayment(), demo_staff(s, CLERK_NAME),
                             load_shop_settings(s))
    with db.read() as s:
        rows = [s.get(Sale, sale.id), *s.scalars(select(SaleLine).filter_by(sale_id=sale.id)),
                *s.scalars(select(Payment).filter_by(sale_id=sale.id)),
                *s.scalars(select(StockMovement).filter_by(sale_id=sale.id))]
    assert len(rows) == 1 + 2 + 1 + 2
    made = [row.uid for row in rows]
    assert len(set(made)) == len(made) and all(uid.version == 7 for uid in made)
    # A version 7 id begins with the moment it was made, in milliseconds.
    assert all(uid.int >> 80 >= int(before.timestamp() * 1000) - 1 for uid in made)
    assert {row.till for row in rows} == {None}


def test_the_database_refuses_a_second_fact_with_the_same_id(db):
    cart = cart_of(db, ("1077218", 1), ("2002001", 1))
    with db.write() as s:
        complete_sale(s, cart, CardPayment(), demo_staff(s, CLERK_NAME), load_shop_settings(s))
    with pytest.raises(IntegrityError, match="uid"):
        with db.write() as s:
            first, second = s.scalars(select(StockMovement).order_by(StockMovement.id))
            second.uid = first.uid


def a_shop_with_history(db):
    """A shop with every kind of fact: sales, returns of every kind, cash, a closed day."""
    build_day(db)
    with db.write() as s:
        close_day(s, load_shop_settings(s), demo_staff(s, MANAGER_NAME), DAY, {},
                  now=at(DAY, 20))


def test_upgrading_a_shop_gives_each_fact_its_id_in_the_order_of_the_facts(db):
    a_shop_with_history(db)
    counts = fact_counts(db)
    command.downgrade(alembic_config(db.engine), "0008")
    assert "uid" not in {c["name"] for c in inspect(db.engine).get_columns("sales")}
    upgrade_to_head(db.engine)

    assert fact_counts(db) == counts  # copying the tables lost nothing (no cascade)
    check_every_fact_has_its_own_uid(db)
    check_the_ids_follow_the_facts_times(db)
    assert differences(db, Base.metadata) == []
    assert check_constraints(db) == declared_check_constraints()
    # The audit log is append-only again once its ids are in.
    with pytest.raises(DBAPIError, match="append-only"):
        with db.write() as s:
            s.execute(text("UPDATE audit_log SET details = '{}'"))


def copy_at_0007(source, target) -> None:
    """Every row of the till's tables, as they were before 0009, into a hub at 0007."""
    with source.read() as reading, target.write() as writing:
        writing.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        there = set(inspect(source.engine).get_table_names())
        for model_table in Base.metadata.sorted_tables:
            if model_table.name not in there:  # newer than 0008 (hub_link, hub_pushed)
                continue
            columns = {c["name"] for c in inspect(source.engine).get_columns(model_table.name)}
            kept = [c for c in model_table.c if c.name in columns and c.name not in ("uid", "till")]
            rows = [dict(row._mapping) for row in reading.execute(select(*kept))]
            if rows:  # (a plain table: no uid default added to the rows)
                writing.execute(insert(table(model_table.name, *(
                    column(c.name, c.type) for c in kept))), rows)
        writing.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))


def test_the_hub_upgrades_a_shop_with_history_the_same_way(pg_db, db):
    a_shop_with_history(db)
    command.downgrade(alembic_config(db.engine), "0008")
    command.upgrade(alembic_config(pg_db.engine), "0008")
    copy_at_0007(db, pg_db)
    upgrade_to_head(pg_db.engine)
    upgrade_to_head(db.engine)
    assert fact_counts(pg_db) == fact_counts(db)
    check_every_fact_has_its_own_uid(pg_db)
    check_the_ids_follow_the_facts_times(pg_db)
    assert differences(pg_db, Base.metadata) == []
