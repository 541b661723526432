"""Crash safety, the short version (the long one: bench/crash_soak.py).

A child process (tests/crash_child.py) rings up sales and returns through the real
checkout and returns service, and is killed with SIGKILL at random moments; after each kill
a fresh connection checks that the database is whole (see tests/crash_child.py SHOP_QUERIES
and check_shop). Then the TikTok sender is killed the same way while it drains the outbox
to a local FakeTikTok: nothing is lost, and nothing marked sent is sent again.

The moments are random; the seed is printed in every failure and can be fixed with
CRASH_SEED=N to replay a run.
"""
from __future__ import annotations

import os
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.crash_child import (
    ChildError,
    Children,
    SenderSoak,
    ShopSoak,
    check_shop,
    connect,
    stock_baseline,
)
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture
from tracking.sync import sync_once

pytestmark = pytest.mark.crash

SHOP_KILLS = 6
SENDER_KILLS = 6
SEED = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**31))


@pytest.fixture
def children():
    """Every child started by a test is killed and reaped when the test ends, however."""
    with Children(max_seconds=60) as started:
        yield started
    assert started.running() == []


def database_file(db) -> Path:
    path = Path(db.engine.url.database)
    db.dispose()  # the test keeps no connection open while the child writes
    return path


def kill(soak):
    try:
        return soak.kill_once()
    except ChildError as error:
        pytest.fail(f"CRASH_SEED={SEED}: {error}")


def failures(kills) -> list[str]:
    return [f"kill {i}: {f}" for i, k in enumerate(kills) for f in k.checks.failed]


def test_sales_and_returns_survive_sigkill(db, tmp_path, children):
    path = database_file(db)
    soak = ShopSoak(path, tmp_path, children, random.Random(SEED))
    for _ in range(SHOP_KILLS):
        killed = kill(soak)
        assert killed.checks.ok, f"CRASH_SEED={SEED}\n" + "\n".join(failures(soak.kills))
        assert killed.checks.passed
    sales = sum(k.sales for k in soak.kills)
    returns = sum(k.returns for k in soak.kills)
    assert sales >= SHOP_KILLS  # each run committed at least the sale it was waited for
    assert returns > 0, f"CRASH_SEED={SEED}: no return was made in {SHOP_KILLS} runs"


def test_checks_find_a_damaged_database(db, tmp_path, children):
    """The checks are not vacuous: each kind of damage a crash could leave is found."""
    path = database_file(db)
    soak = ShopSoak(path, tmp_path, children, random.Random(SEED), run_for=(0.4, 0.4))
    while not soak.kills or sum(k.returns for k in soak.kills) == 0:
        assert len(soak.kills) < 5, "no return was made"
        assert kill(soak).checks.ok
    baseline = stock_baseline(path)
    con = connect(path)
    # Not the last sale of its day: deleting that one leaves no gap in the day's numbers.
    sale_id, = con.execute("SELECT id FROM sales s WHERE total > 0 AND EXISTS (SELECT 1 FROM "
                           "sales t WHERE t.business_date = s.business_date AND t.id > s.id) "
                           "ORDER BY id LIMIT 1").fetchone()
    return_id, = con.execute("SELECT MIN(id) FROM returns").fetchone()
    con.close()
    damages = {
        "payments sum": f"DELETE FROM payments WHERE sale_id = {sale_id}",
        "PlaceAnOrder event": f"DELETE FROM outbox WHERE sale_id = {sale_id}",
        "its 'sale' stock movement":
            f"DELETE FROM stock_movements WHERE sale_id = {sale_id} AND reason = 'sale'",
        "no stock movement without its sale":
            "INSERT INTO stock_movements (product_id, delta, reason, sale_id, created_at, uid) "
            "VALUES (1, -1, 'sale', 999999, '2026-11-22 10:00:00', "
            "'0193537a4c0070008000000000000001')",
        "no outbox event without its sale":
            "UPDATE outbox SET sale_id = NULL WHERE id = (SELECT MIN(id) FROM outbox)",
        "initial stock + its movements": "UPDATE products SET stock = stock + 1 WHERE id = 2",
        "without gaps": f"DELETE FROM sales WHERE id = {sale_id}",
        "its 'return' stock movement":
            f"DELETE FROM stock_movements WHERE return_id = {return_id}",
        "counter of each day":
            "UPDATE order_counters SET last_number = last_number + 1 WHERE prefix = 'S'",
    }
    for expected, statement in damages.items():
        copy = tmp_path / "damaged.sqlite3"
        with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)  # the WAL's frames too
        con = sqlite3.connect(copy, isolation_level=None)
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(statement)
        con.close()
        found = check_shop(copy, baseline).failed
        assert any(expected in failure for failure in found), (expected, found)
        copy.unlink()
    assert check_shop(path, baseline).ok


def test_tiktok_sender_survives_sigkill(db, tmp_path, children, tiktok_server):  # noqa: F811
    path = database_file(db)
    tiktok_server.accept_all()
    soak = SenderSoak(path, tmp_path, children, tiktok_server, random.Random(SEED),
                      batch_size=50, refill=600)
    soak.fill()
    for _ in range(SENDER_KILLS):
        killed = kill(soak)
        assert killed.checks.ok, f"CRASH_SEED={SEED}\n" + "\n".join(failures(soak.kills))
    # Every other kill came while TikTok held a batch's answer: that batch was not marked.
    assert all(k.in_flight > 0 for k in soak.kills if k.mode == "in flight")
    final = soak.finish(sync_once)
    assert final.ok, f"CRASH_SEED={SEED}\n" + "\n".join(final.failed)
    assert soak.resent() > 0  # the batches in flight were sent again, as designed
