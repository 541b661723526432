"""The hub's schema on a real PostgreSQL server: the hub layer's migration, its match with
hub_metadata(), and what a till's own role may and may not do under row-level security;
`hub upgrade` and `hub add-till` as the shop's owner runs them.

These tests need the server scripts/test.sh starts (tests/conftest.py's pg_db): without it
they fail, never skip."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from uuid import uuid4

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from db.hub.schema import (FACT_TABLES, HUB_VERSION_TABLE, MASTER_TABLES, current_hub_revision,
                           hub_alembic_config, hub_metadata, hub_revision, upgrade_hub)
from db.migrate import current_revision, head_revision
from db.models import Base
from tests.test_migrations import differences

MAIN = Path(__file__).resolve().parent.parent / "main.py"


# --- the schema ---------------------------------------------------------------------------------

def hub_differences(db, metadata=None) -> list:
    """The live hub against hub_metadata() (or the given models), the hub layer's own
    version table aside."""
    return [d for d in differences(db, metadata or hub_metadata())
            if not (d[0] == "remove_table" and d[1].name == HUB_VERSION_TABLE)]


def primary_keys(db) -> dict[str, list[str]]:
    # compare_metadata leaves primary keys out: the hub layer changes them.
    reflected = inspect(db.engine)
    return {name: reflected.get_pk_constraint(name)["constrained_columns"]
            for name in reflected.get_table_names()
            if name not in (HUB_VERSION_TABLE, "alembic_version")}


def security(db) -> dict[str, list]:
    """What the hub layer adds that no metadata describes: policies, triggers, grants."""
    queries = {
        "policies": "SELECT tablename, policyname, cmd, roles::text, qual, with_check "
                    "FROM pg_policies ORDER BY 1, 2",
        "triggers": "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
                    "WHERE NOT tgisinternal ORDER BY 1, 2",
        "grants": "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
                  "WHERE grantee = 'counter_tills' ORDER BY 1, 2",
        "secured": "SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY 1",
    }
    with db.engine.connect() as conn:
        return {name: conn.execute(text(query)).all() for name, query in queries.items()}


def test_an_empty_hub_is_upgraded_and_a_second_upgrade_changes_nothing(pg_db):
    assert current_hub_revision(pg_db.engine) is None
    upgrade_hub(pg_db.engine)
    assert current_revision(pg_db.engine) == head_revision(pg_db.engine)
    assert current_hub_revision(pg_db.engine) == hub_revision()
    before = (security(pg_db), primary_keys(pg_db), hub_differences(pg_db))
    upgrade_hub(pg_db.engine)
    assert (security(pg_db), primary_keys(pg_db), hub_differences(pg_db)) == before
    assert current_hub_revision(pg_db.engine) == hub_revision()


def test_the_upgraded_hub_is_exactly_hub_metadata(pg_db):
    upgrade_hub(pg_db.engine)
    assert hub_differences(pg_db) == []
    expected = {name: [c.name for c in table.primary_key]
                for name, table in hub_metadata().tables.items()}
    assert primary_keys(pg_db) == expected
    assert expected["products"] == ["shop", "id"] and expected["sales"] == ["id"]


def test_every_table_is_under_row_level_security_with_the_designed_policies(pg_db):
    upgrade_hub(pg_db.engine)
    found = security(pg_db)
    tables = set(inspect(pg_db.engine).get_table_names())
    assert {row[0] for row in found["secured"]} >= tables - {HUB_VERSION_TABLE, "alembic_version"}
    policies = {(row[0], row[2]) for row in found["policies"]}
    assert policies == ({(t, "ALL") for t in MASTER_TABLES}
                        | {(t, verb) for t in FACT_TABLES for verb in ("SELECT", "INSERT")}
                        | {("hub_deletions", "SELECT"), ("hub_erasures", "SELECT")})
    grants = {}
    for table, privilege in found["grants"]:
        grants.setdefault(table, set()).add(privilege)
    assert grants == ({t: {"SELECT", "INSERT", "UPDATE", "DELETE"} for t in MASTER_TABLES}
                      | {t: {"SELECT", "INSERT"} for t in FACT_TABLES}
                      | {"hub_deletions": {"SELECT"}, "hub_erasures": {"SELECT"}})


def test_the_hub_layer_downgrades_to_the_tills_schema_and_up_again(pg_db):
    from db.hub.tills import add_till

    upgrade_hub(pg_db.engine)
    role = make_url(add_till(pg_db.engine, "A", "T1")).username
    command.downgrade(hub_alembic_config(pg_db.engine), "base")
    assert current_hub_revision(pg_db.engine) is None
    # The till's login went with its hub (roles are the server's, not the database's).
    assert scalar(pg_db, "SELECT count(*) FROM pg_roles WHERE rolname = :role", role=role) == 0
    assert hub_differences(pg_db, Base.metadata) == []
    left = security(pg_db)
    assert (left["policies"], left["grants"], left["secured"]) == ([], [], [])
    assert {name for _, name in left["triggers"]} == {"audit_log_no_update", "audit_log_no_delete"}
    upgrade_hub(pg_db.engine)
    assert hub_differences(pg_db) == []


# --- rows as a till's role sees them ----------------------------------------------------------

def add_staff(db, name: str, shop: str | None = None) -> int:
    """A manager, by a till (its shop by default) or by the owner (who names the shop)."""
    columns = "name, role, pin_hash, failed_pin_attempts, active" + (", shop" if shop else "")
    values = ":name, 'manager', 'not-a-real-hash', 0, true" + (", :shop" if shop else "")
    with db.write() as session:
        return session.scalar(text(f"INSERT INTO staff ({columns}) VALUES ({values}) "
                                   "RETURNING id"), {"name": name, "shop": shop})


def add_product(db, sku: str, shop: str | None = None) -> int:
    columns = "sku, name, search_key, price, stock, active, created_at" + (
        ", shop" if shop else "")
    values = ":sku, :sku, :key, 1000, 0, true, now()" + (", :shop" if shop else "")
    with db.write() as session:
        return session.scalar(text(f"INSERT INTO products ({columns}) VALUES ({values}) "
                                   "RETURNING id"), {"sku": sku, "key": sku.lower(), "shop": shop})


def add_cash(db, staff_id: int, **given) -> None:
    """A cash movement; `given` names columns the till would rather set itself (shop, till)."""
    columns = ", ".join(["business_date", "kind", "amount", "reason", "staff_id", "created_at",
                         "uid", *given])
    values = ", ".join(["current_date", "'in'", "500", "'bank'", ":staff", "now()",
                        "gen_random_uuid()", *(f":{name}" for name in given)])
    with db.write() as session:
        session.execute(text(f"INSERT INTO cash_movements ({columns}) VALUES ({values})"),
                        {"staff": staff_id, **given})


def scalar(db, query: str, **params):
    with db.read() as session:
        return session.scalar(text(query), params)


def rows(db, query: str, **params) -> list:
    with db.read() as session:
        return session.execute(text(query), params).all()


def refused(db, statement: str, match: str, **params) -> None:
    with pytest.raises(DBAPIError, match=match):
        with db.write() as session:
            session.execute(text(statement), params)


def test_a_till_adds_facts_of_its_own_till_only(hub_and_tills):
    hub = hub_and_tills
    t1 = hub.till("A", "T1")
    amina = add_staff(t1, "Amina")
    add_cash(t1, amina)
    assert scalar(t1, "SELECT shop || '/' || till FROM cash_movements") == "A/T1"
    add_cash(t1, amina, till="T1", shop="A")  # saying so itself is the same
    for given in ({"till": "T2"}, {"shop": "B"}, {"till": None}):
        with pytest.raises(DBAPIError, match="row-level security"):
            add_cash(t1, amina, **given)
    assert scalar(hub.owner, "SELECT count(*) FROM cash_movements") == 2


def test_a_till_changes_and_deletes_no_fact_not_even_its_own(hub_and_tills):
    hub = hub_and_tills
    t1 = hub.till("A", "T1")
    add_cash(t1, add_staff(t1, "Amina"))
    refused(t1, "UPDATE cash_movements SET amount = 1", "permission denied")
    refused(t1, "DELETE FROM cash_movements", "permission denied")
    refused(t1, "TRUNCATE cash_movements", "permission denied")
    assert scalar(hub.owner, "SELECT amount FROM cash_movements") == 500


def test_a_till_reads_its_own_shop_and_nothing_of_another(hub_and_tills):
    hub = hub_and_tills
    t1, t2, b1 = hub.till("A", "T1"), hub.till("A", "T2"), hub.till("B", "T1")
    add_cash(t2, add_staff(t2, "Amina"))
    add_cash(b1, add_staff(b1, "Amina"))  # the same name in another shop: its own staff
    add_product(hub.owner, "B-ONLY", shop="B")
    assert scalar(t1, "SELECT count(*) FROM cash_movements WHERE till = 'T2'") == 1
    assert scalar(t1, "SELECT count(*) FROM cash_movements") == 1
    assert scalar(t1, "SELECT count(*) FROM staff") == 1
    assert scalar(b1, "SELECT count(*) FROM products") == 1
    assert scalar(t1, "SELECT count(*) FROM products") == 0
    assert scalar(hub.owner, "SELECT count(*) FROM staff") == 2


def test_a_till_edits_its_own_shops_master_data_only_and_each_change_is_numbered(hub_and_tills):
    hub = hub_and_tills
    a1, b1 = hub.till("A", "T1"), hub.till("B", "T1")
    mine = add_product(a1, "MUG")
    theirs = add_product(b1, "MUG")  # ids come from one sequence: no two shops share one
    first = scalar(a1, "SELECT hub_seq FROM products WHERE id = :id", id=mine)
    with a1.write() as session:
        session.execute(text("UPDATE products SET price = 1200 WHERE id = :id"), {"id": mine})
        # Another shop's rows are not there to change or delete.
        assert session.execute(text("UPDATE products SET price = 1 WHERE id = :id"),
                               {"id": theirs}).rowcount == 0
        assert session.execute(text("DELETE FROM products WHERE id = :id"),
                               {"id": theirs}).rowcount == 0
    second = scalar(a1, "SELECT hub_seq FROM products WHERE id = :id", id=mine)
    assert second > first
    refused(a1, "INSERT INTO products (shop, sku, name, search_key, price, stock, active, "
                "created_at) VALUES ('B', 'X', 'X', 'x', 1, 0, true, now())", "row-level security")
    refused(a1, "UPDATE products SET shop = 'B' WHERE id = :id", "row-level security", id=mine)
    with a1.write() as session:
        session.execute(text("DELETE FROM products WHERE id = :id"), {"id": mine})
    deleted = rows(hub.owner, "SELECT seq, shop, table_name, key FROM hub_deletions")
    assert len(deleted) == 1 and deleted[0][1:] == ("A", "products", {"id": mine})
    assert deleted[0][0] > second
    assert scalar(b1, "SELECT count(*) FROM hub_deletions") == 0
    assert scalar(a1, "SELECT count(*) FROM hub_deletions") == 1
    assert scalar(hub.owner, "SELECT price FROM products WHERE id = :id", id=theirs) == 1000


def test_a_deletion_records_every_key_column(hub_and_tills):
    hub = hub_and_tills
    a1 = hub.till("A", "T1")
    product = add_product(a1, "MUG")
    with a1.write() as session:
        collection = session.scalar(text("INSERT INTO collections (name) VALUES ('Kitchen') "
                                         "RETURNING id"))
        session.execute(text("INSERT INTO product_collections (product_id, collection_id) "
                             "VALUES (:p, :c)"), {"p": product, "c": collection})
        session.execute(text("INSERT INTO settings (key, value) VALUES ('shop.name', '\"A\"')"))
    with a1.write() as session:
        session.execute(text("DELETE FROM settings"))
        session.execute(text("DELETE FROM products"))  # its collection links go with it
    keys = dict(rows(a1, "SELECT table_name, key FROM hub_deletions"))
    assert keys == {"settings": {"key": "shop.name"},
                    "product_collections": {"product_id": product, "collection_id": collection},
                    "products": {"id": product}}


def test_stock_on_the_hub_is_the_sum_of_the_movements_of_one_statement(hub_and_tills):
    hub = hub_and_tills
    a1 = hub.till("A", "T1")
    mug, cup = add_product(a1, "MUG"), add_product(a1, "CUP")
    seq_before = scalar(a1, "SELECT max(hub_seq) FROM products")
    moves = [(mug, 5), (cup, 7), (mug, -2), (cup, 1), (mug, 4)]
    with a1.write() as session:
        session.execute(text(
            "INSERT INTO stock_movements (product_id, delta, reason, created_at, uid) "
            "SELECT product, delta, 'count', now(), gen_random_uuid() "
            "FROM unnest(CAST(:products AS int[]), CAST(:deltas AS int[])) AS m(product, delta)"),
            {"products": [p for p, _ in moves], "deltas": [d for _, d in moves]})
    with a1.read() as session:
        stock = dict(session.execute(text("SELECT id, stock FROM products")).all())
        assert stock == {mug: 7, cup: 8}
        assert session.scalar(text("SELECT min(hub_seq) FROM products")) > seq_before
        assert session.scalar(text("SELECT count(*) FROM stock_movements")) == 5


def test_a_batch_pushed_again_moves_no_stock_twice(hub_and_tills):
    hub = hub_and_tills
    """A till that crashed after its push but before marking it pushed sends the same
    movements again: ON CONFLICT DO NOTHING skips them, and the trigger sees only the rows
    really inserted."""
    a1 = hub.till("A", "T1")
    mug = add_product(a1, "MUG")
    first = [str(uuid4()), str(uuid4())]
    push = text("INSERT INTO stock_movements (product_id, delta, reason, created_at, uid) "
                "SELECT :product, 3, 'count', now(), uid "
                "FROM unnest(CAST(:uids AS uuid[])) AS uid ON CONFLICT (uid) DO NOTHING")
    for uids in (first, first, [*first, str(uuid4())]):
        with a1.write() as session:
            session.execute(push, {"product": mug, "uids": uids})
    assert scalar(a1, "SELECT stock FROM products") == 9
    assert scalar(a1, "SELECT count(*) FROM stock_movements") == 3


def test_two_tills_moving_the_same_products_at_once_wait_for_each_other_not_deadlock(hub_and_tills):
    hub = hub_and_tills
    a1, a2 = hub.till("A", "T1"), hub.till("A", "T2")
    products = [add_product(a1, f"P{n}") for n in range(20)]
    errors: list[Exception] = []

    def push(db, order):
        try:
            for _ in range(10):
                with db.write() as session:
                    session.execute(text(
                        "INSERT INTO stock_movements (product_id, delta, reason, created_at, "
                        "uid) SELECT p, 1, 'count', now(), gen_random_uuid() "
                        "FROM unnest(CAST(:products AS int[])) AS p"), {"products": order})
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=push, args=(a1, products)),
               threading.Thread(target=push, args=(a2, products[::-1]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert scalar(hub.owner, "SELECT array_agg(DISTINCT stock) FROM products") == [20]


def test_a_change_waits_for_the_shops_open_change_so_numbers_follow_commits(hub_and_tills):
    hub = hub_and_tills
    a1, a2 = hub.till("A", "T1"), hub.till("A", "T2")
    mug, cup = add_product(a1, "MUG"), add_product(a1, "CUP")
    later: list[int] = []

    def edit_cup():
        with a2.write() as session:
            later.append(session.scalar(text(
                "UPDATE products SET price = 5 WHERE id = :id RETURNING hub_seq"), {"id": cup}))

    with a1.write() as session:
        session.execute(text("UPDATE products SET price = 7 WHERE id = :id"), {"id": mug})
        other = threading.Thread(target=edit_cup)
        other.start()
        deadline = time.monotonic() + 10
        while not scalar(hub.owner, "SELECT count(*) FROM pg_stat_activity "
                                    "WHERE wait_event = 'advisory'"):
            assert time.monotonic() < deadline, "the second till's change did not wait"
            time.sleep(0.05)
        assert not later
    other.join(10)
    first = scalar(hub.owner, "SELECT hub_seq FROM products WHERE id = :id", id=mug)
    assert later and later[0] > first


def test_a_tills_role_cannot_become_the_owner_or_step_around_row_level_security(hub_and_tills):
    hub = hub_and_tills
    t1 = hub.till("A", "T1")
    owner = hub.owner.engine.url.username
    refused(t1, f'SET ROLE "{owner}"', "permission denied")
    refused(t1, f'SET SESSION AUTHORIZATION "{owner}"', "permission denied")
    with pytest.raises(DBAPIError, match="row-level security"):
        with t1.read() as session:
            session.execute(text("SET row_security = off"))
            session.execute(text("SELECT count(*) FROM staff"))
    refused(t1, "ALTER TABLE staff DISABLE ROW LEVEL SECURITY", "must be owner")
    refused(t1, "DROP POLICY till_shop ON staff", "must be owner")
    for table in ("tills", "shops", "outbox", "order_counters", "alembic_version"):
        refused(t1, f"SELECT * FROM {table}", "permission denied")
    refused(t1, "INSERT INTO hub_deletions (seq, shop, table_name, key) "
                "VALUES (1, 'A', 'staff', '{}')", "permission denied")
    refused(t1, "INSERT INTO hub_erasures (seq, shop, sale_uid) "
                "VALUES (1, 'A', gen_random_uuid())", "permission denied")
    refused(t1, "SELECT nextval('hub_changes')", "permission denied")
    refused(t1, "CREATE TABLE mine (n int)", "permission denied")
    role = t1.engine.url.username
    with hub.owner.engine.connect() as conn:
        flags = conn.execute(text(
            "SELECT rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolreplication, "
            "rolcanlogin FROM pg_roles WHERE rolname = :role"), {"role": role}).one()
    assert tuple(flags) == (False, False, False, False, False, True)
    assert scalar(t1, "SELECT counter_shop() || '/' || counter_till()") == "A/T1"
    assert scalar(hub.owner, "SELECT counter_shop()") is None


def test_a_wrong_password_is_refused(hub_and_tills):
    hub = hub_and_tills
    url = hub.till("A", "T1").engine.url
    wrong = create_engine(url.set(password=url.password[:-1] + "x"))
    try:
        with pytest.raises(OperationalError, match="password authentication failed"):
            wrong.connect()
    finally:
        wrong.dispose()


def test_a_second_till_with_the_same_code_is_refused(hub_and_tills):
    hub = hub_and_tills
    from db.hub.server import HubError
    from db.hub.tills import add_till

    hub.till("A", "T1")
    with pytest.raises(HubError, match="already has a till T1"):
        add_till(hub.owner.engine, "a", "t1")
    add_till(hub.owner.engine, "B", "T1")  # another shop's T1 is another till
    with pytest.raises(HubError, match="till's code"):
        add_till(hub.owner.engine, "A", "T-1")
    with pytest.raises(HubError, match="shop's code"):
        add_till(hub.owner.engine, "A B", "T2")
    assert scalar(hub.owner, "SELECT count(*) FROM tills") == 2


def test_an_owner_who_is_no_superuser_sets_up_the_hub_and_is_not_held_by_its_policies(pg_db):
    """As on a managed server: the hub's owner owns its database and may create roles,
    nothing more. Row-level security is ENABLEd, not FORCEd: the owner sees every shop."""
    from db.engine import Database
    from db.hub.tills import add_till

    name, password = f"hub_owner_{uuid4().hex[:8]}", uuid4().hex
    with pg_db.engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN CREATEROLE PASSWORD '{password}'"))
        conn.execute(text(f"ALTER DATABASE {pg_db.engine.url.database} OWNER TO {name}"))
        conn.commit()
    owner = Database(pg_db.engine.url.set(username=name, password=password)
                     .render_as_string(hide_password=False))
    tills = []
    try:
        upgrade_hub(owner.engine)
        tills = [Database(add_till(owner.engine, shop, "T1")) for shop in ("A", "B")]
        for till in tills:
            add_staff(till, "Amina")
        assert scalar(owner, "SELECT string_agg(shop, ',' ORDER BY shop) FROM staff") == "A,B"
        assert scalar(tills[0], "SELECT string_agg(shop, ',') FROM staff") == "A"
    finally:
        for db in (*tills, owner):
            db.dispose()


# --- the owner's commands -----------------------------------------------------------------------

def run_main(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=MAIN.parent, env=os.environ.copy())


def owner_url(pg_db) -> str:
    return pg_db.engine.url.render_as_string(hide_password=False)


def test_hub_upgrade_then_add_till_from_the_command_line(pg_db):
    first = run_main("hub", "upgrade", "--hub", owner_url(pg_db))
    assert first.returncode == 0, first.stderr
    assert "upgraded" in first.stdout and hub_revision() in first.stdout
    again = run_main("hub", "upgrade", "--hub", owner_url(pg_db))
    assert again.returncode == 0 and "up to date" in again.stdout
    assert hub_differences(pg_db) == []

    added = run_main("hub", "add-till", "--hub", owner_url(pg_db), "--shop", "main",
                     "--till", "t2")
    assert added.returncode == 0, added.stderr
    urls = [line for line in added.stdout.splitlines() if line.startswith("postgresql")]
    assert len(urls) == 1 and "shown only this once" in added.stdout
    till = create_engine(urls[0])
    try:
        with till.connect() as conn:
            assert conn.execute(text("SELECT counter_shop(), counter_till()")).one() == (
                "MAIN", "T2")
    finally:
        till.dispose()
    owner_password = pg_db.engine.url.password or "no password"
    for output in (first, again, added):
        assert owner_password not in output.stdout + output.stderr

    twice = run_main("hub", "add-till", "--hub", owner_url(pg_db), "--shop", "MAIN",
                     "--till", "T2")
    assert twice.returncode == 2 and twice.stdout == ""
    assert twice.stderr.count("\n") == 1 and "already has a till T2" in twice.stderr


def test_a_hub_that_does_not_answer_is_one_line_and_exit_2_within_seconds(pg_db):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    password = "never-print-this-secret"
    url = make_url(owner_url(pg_db)).set(port=closed, password=password)
    for command_line in (["hub", "upgrade"],
                         ["hub", "add-till", "--shop", "MAIN", "--till", "T1"]):
        started = time.monotonic()
        result = run_main(*command_line, "--hub", url.render_as_string(hide_password=False))
        assert time.monotonic() - started < 15
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and "refused" in result.stderr.lower()
        assert password not in result.stderr and "***" in result.stderr


def test_a_wrong_owner_password_or_url_is_one_line_without_the_password(pg_db):
    wrong = make_url(owner_url(pg_db)).set(password="a-wrong-password")
    result = run_main("hub", "upgrade", "--hub", wrong.render_as_string(hide_password=False))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "password authentication failed" in result.stderr
    assert "a-wrong-password" not in result.stderr
    for bad in ("not a url", "sqlite:///shop.sqlite3"):
        result = run_main("hub", "upgrade", "--hub", bad)
        assert result.returncode == 2 and "postgresql://" in result.stderr
    assert current_hub_revision(pg_db.engine) is None


def test_the_hub_commands_open_no_till_database(pg_db, tmp_path):
    till_file = tmp_path / "till.sqlite3"
    for command_line in (["hub", "upgrade"],
                         ["hub", "add-till", "--shop", "MAIN", "--till", "T1"]):
        result = run_main("--db", f"sqlite:///{till_file}", *command_line,
                          "--hub", owner_url(pg_db))
        assert result.returncode == 0, result.stderr
    assert not till_file.exists()
    assert not list((tmp_path / "xdg-data").rglob("*.sqlite3"))
