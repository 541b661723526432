"""The schema and the column types on PostgreSQL, the hub's engine, as on a till's SQLite.

These tests need the server scripts/test.sh starts (tests/conftest.py's pg_db): without it
they fail, never skip."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from db.models import AuditEntry, Base, Staff
from pos.money import Money
from tests.test_migrations import check_constraints, declared_check_constraints, differences


def test_the_hub_is_postgresql_through_psycopg_3(pg_db):
    assert (pg_db.engine.dialect.name, pg_db.engine.dialect.driver) == ("postgresql", "psycopg")
    with pg_db.read() as session:
        assert int(session.scalar(text("SHOW server_version_num"))) >= 150000


def test_a_plain_postgresql_url_opens_with_psycopg_3(pg_db):
    plain = pg_db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    hub = Database(plain)
    try:
        assert hub.engine.dialect.driver == "psycopg"
        with hub.write() as session:
            assert session.scalar(text("SELECT 1")) == 1
    finally:
        hub.dispose()


def test_an_empty_hub_is_upgraded_to_head_and_matches_the_models(pg_db):
    assert current_revision(pg_db.engine) is None
    upgrade_to_head(pg_db.engine)
    assert current_revision(pg_db.engine) == head_revision(pg_db.engine)
    assert set(Base.metadata.tables) <= set(inspect(pg_db.engine).get_table_names())
    assert differences(pg_db, Base.metadata) == []
    assert check_constraints(pg_db) == declared_check_constraints()


def test_the_hub_downgrades_to_base_and_up_again(pg_db):
    upgrade_to_head(pg_db.engine)
    command.downgrade(alembic_config(pg_db.engine), "base")
    assert set(inspect(pg_db.engine).get_table_names()) <= {"alembic_version"}
    upgrade_to_head(pg_db.engine)
    assert differences(pg_db, Base.metadata) == []


def test_the_catalog_search_indexes_stay_on_the_tills(pg_db):
    upgrade_to_head(pg_db.engine)
    tables = set(inspect(pg_db.engine).get_table_names())
    assert not {"product_search", "product_search_trigram", "product_words"} & tables


def _a_manager(session) -> Staff:
    manager = Staff(name="Amina", role="manager", pin_hash="not-a-real-hash")
    session.add(manager)
    session.flush()
    return manager


def test_money_and_utc_times_come_back_as_they_went_in(pg_db):
    upgrade_to_head(pg_db.engine)
    # A time with microseconds, given in another zone than UTC; money past 32 bits.
    moment = datetime(2026, 12, 1, 23, 30, 15, 123456, tzinfo=timezone(timedelta(hours=1)))
    large = Money(987_654_321_012)
    from db.models import CashMovement
    with pg_db.write() as session:
        manager = _a_manager(session)
        session.add(CashMovement(business_date=moment.date(), kind="in", amount=large,
                                 reason="bank", staff_id=manager.id, created_at=moment))
    with pg_db.read() as session:
        stored = session.scalar(select(CashMovement))
        assert stored.amount == large and isinstance(stored.amount, Money)
        assert stored.created_at == moment
        assert stored.created_at.tzinfo == timezone.utc
        # Stored as UTC wall time: 22:30, not 23:30.
        raw = session.scalar(text("SELECT created_at FROM cash_movements"))
        assert (raw.hour, raw.tzinfo) == (22, None)


def test_the_hubs_audit_log_is_append_only(pg_db):
    upgrade_to_head(pg_db.engine)
    with pg_db.write() as session:
        session.add(AuditEntry(staff_id=_a_manager(session).id, action="price_change",
                               subject="product:1", details="{}"))
    for statement in ("UPDATE audit_log SET details = '{\"changed\": 1}'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with pg_db.write() as session:
                session.execute(text(statement))
    with pg_db.read() as session:
        assert session.scalar(select(AuditEntry.details)) == "{}"
