"""Benchmark: saving a sale at a till attached to a hub, with and without its background sync
running beside it (issue 15: the counter never waits on the hub; does the sync's Python,
sharing the GIL, slow the save?).

    bash -c 'python=.venv/bin/python; source scripts/test-postgres.sh; .venv/bin/python bench/hub_save.py'
    .venv/bin/python bench/hub_save.py --server postgresql://USER:PASSWORD@HOST/postgres

A new hub database on the server (a superuser's URL: POS_TEST_PG_URL, as the test command's
throwaway server gives it), a demo till attached as T1; --saves card sales of two items
through pos.checkout.complete_sale inside Database.write(), as the sale screen does: first
alone, then with a thread calling sync_once every second, as ui/hub_sync.py does. Prints
p50 and p99 of each, and the syncs' median time.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select, update  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from db.engine import Database  # noqa: E402
from db.hub.schema import upgrade_hub  # noqa: E402
from db.hub.sync import sync_once  # noqa: E402
from db.hub.tills import add_till  # noqa: E402
from db.models import Product, Staff  # noqa: E402
from pos.app import open_shop  # noqa: E402
from pos.cart import Cart  # noqa: E402
from pos.checkout import CardPayment, complete_sale  # noqa: E402
from pos.hub import attach_till  # noqa: E402
from pos.products import cart_item  # noqa: E402
from pos.shop import load_shop_settings  # noqa: E402

HUB_DB = "counter_bench_save"


def new_hub(server: str) -> Database:
    base = make_url(server)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {HUB_DB}")
        connection.exec_driver_sql(f"CREATE DATABASE {HUB_DB}")
    admin.dispose()
    hub = Database(base.set(database=HUB_DB).render_as_string(hide_password=False))
    upgrade_hub(hub.engine)
    return hub


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return times[len(times) // 2], times[max(0, int(len(times) * 0.99) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=os.environ.get("POS_TEST_PG_URL"))
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    hub = new_hub(args.server)
    till = open_shop(f"sqlite:///{tempfile.mkdtemp()}/t1.sqlite3")
    url = add_till(hub.engine, "CASA", "T1")
    attach_till(till, url, "CASA", "T1")
    with hub.write() as session:  # every product sells without a manager, here and later
        session.execute(update(Product).values(oversell_allowed=True))
    sync_once(till, url)
    with till.read() as session:
        products = session.scalars(select(Product.id)).all()
        clerk_id = session.scalar(select(Staff.id).where(Staff.role == "clerk"))
    rng = random.Random(3)

    def save() -> float:
        with till.read() as session:
            cart = Cart()
            for product_id in rng.sample(products, 2):
                cart.add(cart_item(session, session.get(Product, product_id), 1))
        started = time.perf_counter()
        with till.write() as session:
            complete_sale(session, cart, CardPayment(), session.get(Staff, clerk_id),
                          load_shop_settings(session))
        return (time.perf_counter() - started) * 1000

    for _ in range(20):
        save()
    alone = percentiles([save() for _ in range(args.saves)])
    stop, syncs = threading.Event(), []

    def keep_syncing() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            sync_once(till, url)
            syncs.append(time.perf_counter() - started)
            stop.wait(1.0)

    syncing = threading.Thread(target=keep_syncing)
    syncing.start()
    beside = percentiles([save() for _ in range(args.saves)])
    stop.set()
    syncing.join()
    print(f"save a sale, attached till alone:        p50 {alone[0]:.1f} ms, p99 {alone[1]:.1f} ms")
    print(f"save a sale, its 1 s sync running beside: p50 {beside[0]:.1f} ms, "
          f"p99 {beside[1]:.1f} ms ({len(syncs)} syncs, median "
          f"{statistics.median(syncs) * 1000:.0f} ms)")
    till.dispose()
    hub.dispose()


if __name__ == "__main__":
    main()
