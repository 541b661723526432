"""Several tills, one hub, on a real PostgreSQL server that goes down and comes back (issue 15).

Each till is its own SQLite file; the tills that sell while the test watches are processes
of their own (tests/hub_child.py) that sync as the app does, every few sales. The hub's
server is the tests' own (scripts/test-postgres.sh), stopped and started again with the
`hub_server` fixture; a till pushing is killed with SIGKILL, and the server is stopped while
another push runs. At the end the hub holds every fact of every till exactly once, its stock
is the sum of the movements, and every till shows that stock after a sync.
"""
from __future__ import annotations

import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select, text

from db.engine import Database
from db.hub.link import FACT_TABLES, fact_table, made_here, waiting_count
from db.hub.push import shape
from db.hub.schema import upgrade_hub
from db.hub.sync import attach, sync_once
from db.hub.tills import add_till
from db.models import Product
from tests.hub_child import UNREACHABLE_EXIT, TillChild, sell_one, shop_ids

SHOP = "CASA"
WAIT = 60.0  # seconds a child may take to show what the test waits for (2 busy cores)


@dataclass
class Till:
    code: str
    db: Database
    url: str  # the till's own login on the hub

    @property
    def db_url(self) -> str:
        return str(self.db.engine.url)


@pytest.fixture
def hub(pg_db):
    upgrade_hub(pg_db.engine)
    return pg_db


def attached_tills(hub: Database, first: Database, template: Path, tmp_path: Path,
                   count: int) -> list[Till]:
    """T1 is the shop's first till (the demo shop, its catalog and history); the others are
    new tills, empty files that take the hub's catalog."""
    tills = []
    for number in range(1, count + 1):
        code = f"T{number}"
        if number == 1:
            db = first
        else:
            path = tmp_path / f"{code}.sqlite3"
            shutil.copy(template, path)
            db = Database(f"sqlite:///{path}")
        url = add_till(hub.engine, SHOP, code)
        attach(db, url, SHOP, code, keep_url=False)
        tills.append(Till(code, db, url))
    return tills


@pytest.fixture
def children():
    started: list[TillChild] = []
    yield started
    for child in started:
        child.kill()


def start(children: list, tmp_path: Path, name: str, args: list[str]) -> TillChild:
    child = TillChild(tmp_path, name, args)
    children.append(child)
    return child


def seller(children, tmp_path, till: Till, seed: int, stop: Path) -> TillChild:
    return start(children, tmp_path, f"sell-{till.code}",
                 ["sell", "--db", till.db_url, "--hub", till.url, "--seed", str(seed),
                  "--sync-every", "3", "--stop", str(stop)])


def wait_all(sellers: list[TillChild], predicate, what: str) -> None:
    for child in sellers:
        try:
            child.wait_for(predicate, WAIT)
        except Exception as error:
            raise AssertionError(f"{what}: {error}\n{child.lines()[-10:]}") from None


def synced_after_unreachable(lines: list[str]) -> bool:
    unreachable = [i for i, line in enumerate(lines) if line.startswith("unreachable")]
    synced = [i for i, line in enumerate(lines) if line.startswith("synced")]
    return bool(unreachable and synced and synced[-1] > unreachable[-1])


# --- what the hub holds ----------------------------------------------------------------------
def hub_rows(hub: Database, table: str) -> list[UUID]:
    with hub.read() as session:
        return list(session.scalars(select(fact_table(table).c.uid)))


def local_rows(till: Till, table: str) -> set[UUID]:
    """The facts this till made (a copy of another till's sale would not count)."""
    with till.db.read() as session:
        facts = fact_table(table)
        return set(session.scalars(select(facts.c.uid).where(made_here(facts, till.code))))


def line_owners(db: Database, till: str | None = None) -> set[tuple[UUID, UUID]]:
    """(a sale line's uid, its sale's uid): the reference went over with the rows."""
    lines, sales = fact_table("sale_lines"), fact_table("sales")
    query = select(lines.c.uid, sales.c.uid).join(sales, sales.c.id == lines.c.sale_id)
    if till is not None:
        query = query.where(made_here(lines, till))
    with db.read() as session:
        return set(session.execute(query).tuples())


def stock_of(db: Database) -> dict[int, int]:
    with db.read() as session:
        return dict(session.execute(select(Product.id, Product.stock)).all())


def hub_total_for(hub: Database, till: str) -> int:
    """The facts of one till the hub has, every table together."""
    with hub.read() as session:
        return session.scalar(text("SELECT " + " + ".join(
            f"(SELECT count(*) FROM {table} WHERE till = :till)" for table in FACT_TABLES)),
            {"till": till})


def sync_all(tills: list[Till]) -> None:
    """Twice round: each till pushes, then each pulls what the others pushed."""
    for _ in range(2):
        for till in tills:
            sync_once(till.db, till.url)
    for till in tills:
        with till.db.read() as session:
            assert waiting_count(session) == 0, till.code


def check_the_hub(hub: Database, tills: list[Till]) -> None:
    for table in FACT_TABLES:
        on_hub = hub_rows(hub, table)
        assert len(on_hub) == len(set(on_hub)), f"{table}: a fact twice on the hub"
        made = [local_rows(till, table) for till in tills]
        assert sum(len(rows) for rows in made) == len(set().union(*made)), table
        assert set(on_hub) == set().union(*made), f"{table}: the hub differs from the tills"
    for till in tills:
        assert line_owners(till.db, till.code) <= line_owners(hub), till.code
    with hub.read() as session:
        off = session.execute(text(
            "SELECT p.id, p.stock, m.moved FROM products p LEFT JOIN (SELECT product_id, "
            "sum(delta) AS moved FROM stock_movements GROUP BY product_id) m "
            "ON m.product_id = p.id WHERE p.stock <> COALESCE(m.moved, 0)")).all()
    assert off == [], "the hub's stock is not the sum of its movements"
    shop_stock = stock_of(hub)
    for till in tills:
        assert stock_of(till.db) == shop_stock, f"{till.code} shows another stock"


def acknowledged(child: TillChild) -> list[str]:
    return [line.split()[1] for line in child.lines() if line.startswith("sale ")]


def hub_numbers(hub: Database, till: str) -> set[str]:
    with hub.read() as session:
        return set(session.scalars(text("SELECT order_number FROM sales WHERE till = :till"),
                                   {"till": till}))


# --- the tests -------------------------------------------------------------------------------
def test_three_tills_sell_on_while_the_hubs_server_is_down(
        hub, db, _templates, tmp_path, hub_server, children):
    tills = attached_tills(hub, db, _templates["empty"], tmp_path, 3)
    stop = tmp_path / "stop"
    sellers = [seller(children, tmp_path, till, seed, stop) for seed, till in enumerate(tills)]
    wait_all(sellers, lambda lines: any(line.startswith("synced") for line in lines),
             "a till's first sync")

    hub_server.stop()
    before = [child.count("sale ") for child in sellers]
    wait_all(sellers, lambda lines: any(line.startswith("unreachable") for line in lines),
             "a till saying the hub is unreachable")
    for child, sold in zip(sellers, before):  # each sells on: three more sales at least
        child.wait_for(lambda lines, sold=sold: sum(
            line.startswith("sale ") for line in lines) >= sold + 3, WAIT)
    hub_server.start()
    wait_all(sellers, synced_after_unreachable, "a till's sync once the hub is back")
    stop.touch()
    wait_all(sellers, lambda lines: "stopped" in lines, "a till stopping")

    sync_all(tills)
    check_the_hub(hub, tills)
    for till, child in zip(tills, sellers):
        assert set(acknowledged(child)) <= hub_numbers(hub, till.code)


@pytest.mark.crash
def test_a_till_killed_mid_push_and_the_server_stopped_mid_batch(
        hub, db, _templates, tmp_path, hub_server, children):
    t1, t2 = tills = attached_tills(hub, db, _templates["empty"], tmp_path, 2)
    stop = tmp_path / "stop"
    other = seller(children, tmp_path, t2, 7, stop)  # T2 sells and syncs all along
    rng = random.Random(1)
    products, clerks = shop_ids(t1.db)

    def sell_many(count: int) -> None:
        for _ in range(count):
            sell_one(t1.db, rng, products, clerks)

    def push_until_the_hub_has_some(name: str, batch_rows: int) -> TillChild:
        """A sync of T1 in its own process, small batches; returns once a few have landed."""
        had = hub_total_for(hub, "T1") + 12
        child = start(children, tmp_path, name, ["sync", "--db", t1.db_url, "--hub", t1.url,
                                                 "--batch-rows", str(batch_rows)])
        deadline = time.monotonic() + WAIT
        while hub_total_for(hub, "T1") < had:
            assert child.alive() and time.monotonic() < deadline, child.stderr_tail()
            time.sleep(0.01)
        return child

    sell_many(25)
    pushing = push_until_the_hub_has_some("sync-killed", 3)
    assert pushing.kill(), "the push ended before the kill"
    with t1.db.read() as session:  # the hub has some, perhaps a batch not marked here
        assert waiting_count(session) > 0, "the kill did not land mid-push"

    sell_many(25)  # batches of 10 rows: the stop often cuts one off (else lands between two)
    pushing = push_until_the_hub_has_some("sync-cut-off", 10)
    hub_server.stop()
    assert pushing.process.wait(timeout=WAIT) == UNREACHABLE_EXIT, pushing.stderr_tail()
    assert pushing.lines()[-1].startswith("unreachable"), pushing.lines()
    with t1.db.read() as session:
        assert waiting_count(session) > 0, "the stop did not land mid-push"
    hub_server.start()
    assert sync_once(t1.db, t1.url).waiting == 0

    stop.touch()
    other.wait_for(lambda lines: "stopped" in lines, WAIT)
    sync_all(tills)
    check_the_hub(hub, tills)


def test_numbers_made_after_attaching_are_unique_in_the_shop(hub, db, _templates, tmp_path):
    tills = attached_tills(hub, db, _templates["empty"], tmp_path, 2)
    for till in tills:
        products, clerks = shop_ids(till.db)
        for _ in range(2):
            sell_one(till.db, random.Random(till.code), products, clerks)
    sync_all(tills)
    with hub.read() as session:
        numbers = list(session.scalars(text(
            "SELECT order_number FROM sales WHERE created_at >= ("
            "SELECT min(created_at) FROM tills)")))
    assert len(numbers) == 4 and len(set(numbers)) == 4, numbers


def test_a_pushed_rows_reference_is_found_by_its_uid_not_by_reading_the_shops_sales(
        hub, db, _templates, tmp_path):
    """The push finds the hub's id of a line's sale by the sale's uid. Before the hub's
    tables have statistics the planner could take the (shop, till, number) index and read
    every sale of the shop for each line: quadratic in the shop's history (bench/hub.py)."""
    till, = attached_tills(hub, db, _templates["empty"], tmp_path, 1)
    products, clerks = shop_ids(till.db)
    for _ in range(3):
        sell_one(till.db, random.Random(3), products, clerks, sales=20)
    sync_once(till.db, till.url)
    with till.db.read() as session:
        uid = session.scalar(select(fact_table("sales").c.uid).order_by(text("id desc")))
    as_till = Database(till.url)
    try:
        with as_till.read() as session:
            plan = "\n".join(session.scalars(text(
                "EXPLAIN SELECT " + shape("sale_lines").reference("sale_id", ":uid")),
                {"uid": uid}))
    finally:
        as_till.dispose()
    assert "ix_sales_uid" in plan, plan
