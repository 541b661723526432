"""A till in a process of its own, for the hub's multi-till tests (tests/test_hub_tills.py)
and its benchmark (bench/hub.py):

    python tests/hub_child.py sell --db URL --hub URL --seed N [--sync-every K] [--stop FILE]
    python tests/hub_child.py sync --db URL --hub URL [--batch-rows N]

- ``sell`` rings up sales for ever through the real checkout (pos.checkout.complete_sale),
  random carts of the shop's products, cash or card, a 'receive' delivery in the same
  transaction when a product runs short; it prints ``sale <order number>`` after each commit.
  With --sync-every K it syncs with the hub after every K sales, as the app does in the
  background: ``synced <pushed>`` or ``unreachable`` (the hub down: it sells on). It stops,
  after a last sync, when the file --stop exists (or after --max-seconds).
- ``sync`` runs one sync (db.hub.sync.sync_once) with batches of --batch-rows rows, so a kill
  or a server stop lands between two batches or inside one; it prints ``synced <pushed>``
  or ``unreachable <message>``, and exits 0, or 3 when the hub was unreachable.

The child never outlives its parent (tests/crash_child.py's guard).
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.crash_child import Child, _die_with_parent, _Guard  # noqa: E402

CHILD = Path(__file__).resolve()
UNREACHABLE_EXIT = 3


def sell_one(db, rng: random.Random, product_ids: list[int], clerk_ids: list[int],
             sales: int = 1) -> str:
    """Sales through the real checkout, `sales` of them in one transaction (one: as at the
    counter); returns the last one's number."""
    with db.write() as session:
        for _ in range(sales):
            number = _sale(session, rng, product_ids, clerk_ids)
    return number


def _sale(session, rng: random.Random, product_ids: list[int], clerk_ids: list[int]) -> str:
    from db.models import Product, Staff
    from db.types import utc_now
    from pos.cart import Cart
    from pos.checkout import CardPayment, CashPayment, complete_sale
    from pos.demo import _cart_total, _restock_if_needed, _rounded_up_cash
    from pos.products import cart_item
    from pos.shop import load_shop_settings

    shop = load_shop_settings(session)
    now = utc_now()
    cart = Cart()
    for product_id in rng.sample(product_ids, k=rng.choice([1, 1, 1, 2, 2, 3, 4])):
        item = cart_item(session, session.get(Product, product_id))
        item.quantity = rng.choice([1, 1, 1, 1, 2, 3])
        cart.add(item)
    _restock_if_needed(session, cart, now)
    payment = CardPayment()
    if rng.random() < 0.5:
        payment = CashPayment(_rounded_up_cash(rng, _cart_total(session, cart, shop, now)))
    sale = complete_sale(session, cart, payment, session.get(Staff, rng.choice(clerk_ids)),
                         shop, now=now)
    return sale.order_number


def shop_ids(db) -> tuple[list[int], list[int]]:
    """The products a till sells and the staff who sell them (pulled from the hub)."""
    from sqlalchemy import select

    from db.models import Product, Staff
    with db.read() as session:
        return (list(session.scalars(select(Product.id).where(Product.active))),
                list(session.scalars(select(Staff.id).where(Staff.active))))


def sync_line(db, hub_url: str, batch_rows: int | None = None) -> str:
    """One sync, said in one line: the number pushed, or that the hub did not answer."""
    from db.hub import sync
    from db.hub.push import push
    if batch_rows is not None:  # sync_once sends batches of push's default size
        sync.push = partial(push, batch_rows=batch_rows)
    try:
        result = sync.sync_once(db, hub_url)
    except sync.HubUnreachable as error:
        return f"unreachable {error}"
    return f"synced {result.pushed}"


def run_sell(args, guard: _Guard) -> int:
    from db.engine import Database

    db = Database(args.db)
    rng = random.Random(args.seed)
    products, clerks = shop_ids(db)
    made = 0
    while not (args.stop and Path(args.stop).exists()):
        guard.check()
        print(f"sale {sell_one(db, rng, products, clerks)}", flush=True)
        made += 1
        if args.sync_every and made % args.sync_every == 0:
            print(sync_line(db, args.hub), flush=True)
    if args.sync_every:
        print(sync_line(db, args.hub), flush=True)
    print("stopped", flush=True)
    return 0


def run_sync(args) -> int:
    from db.engine import Database

    line = sync_line(Database(args.db), args.hub, args.batch_rows)
    print(line, flush=True)
    return UNREACHABLE_EXIT if line.startswith("unreachable") else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="A till in its own process, with a hub.")
    parser.add_argument("mode", choices=("sell", "sync"))
    parser.add_argument("--db", required=True, help="the till's database URL (attached)")
    parser.add_argument("--hub", required=True, help="the till's hub URL")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sync-every", type=int, default=0, metavar="K")
    parser.add_argument("--stop", help="sell until this file exists")
    parser.add_argument("--batch-rows", type=int)
    parser.add_argument("--max-seconds", type=float, default=120.0,
                        help="stop by itself after this long (a safety net)")
    args = parser.parse_args(argv)
    _die_with_parent()
    guard = _Guard(args.max_seconds)
    return run_sell(args, guard) if args.mode == "sell" else run_sync(args)


class TillChild(Child):
    """This program started by a test or the benchmark, its output in a file; waited for,
    read and killed as tests/crash_child.py's Child."""

    def __init__(self, workdir: Path, name: str, args: list[str], max_seconds: float = 120.0):
        self.out = workdir / f"{name}.out"
        self.err = workdir / f"{name}.err"
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, str(CHILD), *args, "--max-seconds", str(max_seconds)],
                cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=err)

    def count(self, prefix: str) -> int:
        return sum(1 for line in self.lines() if line.startswith(prefix))


if __name__ == "__main__":
    sys.exit(main())
