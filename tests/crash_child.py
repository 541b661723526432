"""Crash safety: the program that gets killed, and the parent side that kills it and checks.

The child (run as a script, killed with SIGKILL at random moments by the parent):

    python tests/crash_child.py --db URL --seed N [--mode shop|sync] [--api URL]

- mode ``shop`` (the default) rings up sales for ever through the real checkout
  (pos.checkout.complete_sale): random carts of the demo products, about half with a
  customer who consents, cash or card, a 'receive' delivery in the same transaction when a
  product runs short; every 10th iteration a change-of-mind refund of a recent sale through
  pos.returns.record_return. Each sale and each return is its own Database.write()
  transaction; after each commit it prints ``sale <order number>`` or ``return <number>``
  (flushed), so the parent knows what was acknowledged. The shop's clock is simulated: it
  starts after the newest sale or return in the database and moves 10 s to 15 min per
  iteration, so the business day changes now and then and returns fall inside the window.
- mode ``sync`` queues nothing: it runs tracking.sync.sync_once in a loop against --api
  (POS_TIKTOK_API_URL; the token from POS_TIKTOK_ACCESS_TOKEN) with small batches, so a
  kill lands between a request and the marking of its batch.

The child never outlives its parent (PR_SET_PDEATHSIG, and a check of its parent's pid) and
stops by itself after --max-seconds.

The parent side (used by tests/test_crash_safety.py, short, and bench/crash_soak.py, long):
ShopSoak and SenderSoak start the child on a database, kill it, and check the database with
a fresh sqlite3 connection after each kill; Children makes sure no child is left running.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The demo shop's moment (tests/conftest.py DEMO_NOW): its promotions run around it.
CLOCK_START = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
RETURN_EVERY = 10
SYNC_BATCH = 50
TOKEN = "crash-test-token-0123456789abcdef"
CHILD = Path(__file__).resolve()


# =============================================================================================
# The child
# =============================================================================================
def _die_with_parent() -> None:
    """SIGKILL this process when its parent dies (Linux), so no child is ever orphaned."""
    parent = os.getppid()
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent or parent == 1:
        os._exit(3)


class _Guard:
    """Ends the child when its parent is gone or its time is up."""

    def __init__(self, max_seconds: float):
        self.parent = os.getppid()
        self.deadline = time.monotonic() + max_seconds

    def check(self) -> None:
        if os.getppid() != self.parent or time.monotonic() > self.deadline:
            os._exit(4)


def run_shop(url: str, seed: int, guard: _Guard) -> None:
    from sqlalchemy import func, select

    from db.engine import Database
    from db.models import Product, Return, Sale, Staff
    from pos.checkout import CardPayment, CashPayment, complete_sale
    from pos.demo import (
        _cart_total,
        _random_cart,
        _random_customer,
        _restock_if_needed,
        _rounded_up_cash,
    )
    from pos.return_policy import Reason, Remedy
    from pos.returns import ReturnForm, record_return, returnable_lines
    from pos.shop import load_shop_settings

    rng = random.Random(seed)
    db = Database(url)
    with db.read() as session:
        shop = load_shop_settings(session)
        clerk_ids = list(session.scalars(select(Staff.id).where(Staff.active)))
        product_ids = list(session.scalars(select(Product.id).where(Product.active)))
        last = [session.scalar(select(func.max(Sale.created_at))),
                session.scalar(select(func.max(Return.created_at)))]
    clock = max([CLOCK_START] + [moment for moment in last if moment is not None])

    iteration = rng.randrange(RETURN_EVERY)
    while True:
        guard.check()
        iteration += 1
        clock += timedelta(seconds=rng.randint(10, 900))
        if iteration % RETURN_EVERY == 0:
            number = None
            with db.write() as session:
                recent = list(session.scalars(select(Sale.id).order_by(Sale.id.desc())
                                              .limit(30)))
                rng.shuffle(recent)
                for sale_id in recent[:5]:
                    sale = session.get(Sale, sale_id)
                    open_lines = [r for r in returnable_lines(session, sale) if r.remaining]
                    if not open_lines:
                        continue
                    line = rng.choice(open_lines)
                    form = ReturnForm(
                        quantities={line.sale_line.id: rng.randint(1, line.remaining)},
                        reason=Reason.CHANGE_OF_MIND, remedy=Remedy.REFUND,
                        original_condition=True, original_packaging=True)
                    clerk = session.get(Staff, rng.choice(clerk_ids))
                    number = record_return(session, sale.id, form, clerk, shop,
                                           now=clock).return_number
                    break
            if number is not None:  # committed: the with block is over
                print(f"return {number}", flush=True)
            continue

        with db.write() as session:
            products = [session.get(Product, i) for i in product_ids]
            cart = _random_cart(rng, session, products)
            _restock_if_needed(session, cart, clock)
            payment = CardPayment()
            if rng.random() < 0.6:
                payment = CashPayment(_rounded_up_cash(rng, _cart_total(session, cart, shop,
                                                                        clock)))
            sale = complete_sale(session, cart, payment, session.get(Staff,
                                                                     rng.choice(clerk_ids)),
                                 shop, customer=_random_customer(rng), now=clock)
            number = sale.order_number
        print(f"sale {number}", flush=True)


def run_sync(url: str, api: str, batch_size: int, guard: _Guard) -> None:
    from db.engine import Database
    from tracking.sync import sync_once

    os.environ["POS_TIKTOK_API_URL"] = api
    os.environ.setdefault("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    db = Database(url)
    print("ready", flush=True)
    while True:
        guard.check()
        report = sync_once(db, batch_size=batch_size)
        if report.requests:
            print(f"synced {report.sent} sent, {report.waiting} waiting, {report.state}",
                  flush=True)
        else:
            time.sleep(0.02)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="The process the crash-safety tests kill.")
    parser.add_argument("--db", required=True, help="database URL (an existing shop)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--mode", choices=("shop", "sync"), default="shop")
    parser.add_argument("--api", help="TikTok Events API URL (mode sync)")
    parser.add_argument("--batch-size", type=int, default=SYNC_BATCH)
    parser.add_argument("--max-seconds", type=float, default=300.0,
                        help="stop by itself after this long (a safety net)")
    args = parser.parse_args(argv)
    _die_with_parent()
    guard = _Guard(args.max_seconds)
    if args.mode == "sync":
        if not args.api:
            parser.error("--api is required in mode sync")
        run_sync(args.db, args.api, args.batch_size, guard)
    else:
        run_shop(args.db, args.seed, guard)
    return 0


# =============================================================================================
# The parent side: starting, killing, reaping
# =============================================================================================
class ChildError(RuntimeError):
    """The child did not start, or died on its own (its stderr is in the message)."""


class Child:
    """One run of this program; its stdout goes to a file the parent reads after the kill."""

    def __init__(self, workdir: Path, name: str, args: list[str], env: dict | None = None):
        self.out = workdir / f"{name}.out"
        self.err = workdir / f"{name}.err"
        child_env = dict(os.environ if env is None else env)
        child_env.setdefault("NO_PROXY", "127.0.0.1,localhost")
        child_env["no_proxy"] = child_env["NO_PROXY"]
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.process = subprocess.Popen([sys.executable, str(CHILD), *args], cwd=ROOT,
                                            stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                            env=child_env)

    @property
    def pid(self) -> int:
        return self.process.pid

    def lines(self) -> list[str]:
        try:
            text = self.out.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        # A line cut by the kill (no newline yet) was not acknowledged: it is ignored.
        return text.split("\n")[:-1]

    def stderr_tail(self, chars: int = 2000) -> str:
        try:
            return self.err.read_text(encoding="utf-8", errors="replace")[-chars:]
        except FileNotFoundError:
            return ""

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_for(self, predicate, timeout: float) -> None:
        """Polls the child's output until predicate(lines) holds; ChildError otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.lines()):
                return
            if not self.alive():
                raise ChildError(f"the child exited with {self.process.returncode} before it "
                                 f"was killed:\n{self.stderr_tail()}")
            time.sleep(0.005)
        raise ChildError(f"the child gave no sign of life within {timeout} s:\n"
                         f"{self.stderr_tail()}")

    def kill(self) -> bool:
        """SIGKILL and reap. True if it was still running when killed (as it should be)."""
        running = self.alive()
        if running:
            try:
                os.kill(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                running = False
        self.process.wait(timeout=10)
        return running


class Children:
    """Every child started, so all are killed and reaped however the caller ends."""

    def __init__(self, max_seconds: float = 120.0):
        self.started: list[Child] = []
        self.max_seconds = max_seconds  # each child stops by itself after this long

    def start(self, workdir: Path, name: str, args: list[str], env: dict | None = None) -> Child:
        child = Child(workdir, name, [*args, "--max-seconds", str(self.max_seconds)], env)
        self.started.append(child)
        return child

    def reap(self) -> None:
        for child in self.started:
            if child.process.returncode is None:
                child.kill()

    def running(self) -> list[int]:
        return [child.pid for child in self.started if child.alive()]

    def __enter__(self) -> Children:
        return self

    def __exit__(self, *exc) -> None:
        self.reap()


# =============================================================================================
# The parent side: checks (plain sqlite3, a fresh connection each time)
# =============================================================================================
@dataclass
class Checks:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def expect(self, name: str, ok: bool, detail: object = "") -> None:
        if ok:
            self.passed.append(name)
        else:
            self.failed.append(f"{name}: {detail}"[:1500])

    def none(self, name: str, rows: list) -> None:
        """The query that finds offenders found none."""
        self.expect(name, not rows, f"{len(rows)} offending rows, first {rows[:5]}")

    @property
    def ok(self) -> bool:
        return not self.failed


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    con.execute("PRAGMA busy_timeout = 10000")
    return con


def stock_baseline(path: Path) -> dict[int, int]:
    """Per product: stock minus the sum of its movements; no kill may ever change it."""
    con = connect(path)
    try:
        return dict(con.execute(
            "SELECT p.id, p.stock - COALESCE((SELECT SUM(delta) FROM stock_movements m "
            "WHERE m.product_id = p.id), 0) FROM products p").fetchall())
    finally:
        con.close()


def counts(path: Path) -> tuple[int, int]:
    con = connect(path)
    try:
        return (con.execute("SELECT COUNT(*) FROM sales").fetchone()[0],
                con.execute("SELECT COUNT(*) FROM returns").fetchone()[0])
    finally:
        con.close()


def _numbering(checks: Checks, con: sqlite3.Connection, table: str, column: str,
               prefix: str, label: str) -> None:
    duplicates = con.execute(f"SELECT {column}, COUNT(*) FROM {table} GROUP BY {column} "
                             "HAVING COUNT(*) > 1").fetchall()
    checks.none(f"{label} numbers have no duplicates", duplicates)
    by_day: dict[str, list[int]] = defaultdict(list)
    misnamed = []
    for number, day in con.execute(f"SELECT {column}, business_date FROM {table}"):
        head, _, tail = number.rpartition("-")
        if head != f"{prefix}-{day.replace('-', '')}" or not tail.isdigit():
            misnamed.append(number)
            continue
        by_day[day].append(int(tail))
    checks.none(f"{label} numbers carry their prefix and business day", misnamed)
    gaps = [(day, len(numbers), max(numbers)) for day, numbers in by_day.items()
            if sorted(numbers) != list(range(1, len(numbers) + 1))]
    checks.none(f"{label} numbers run 1..N per day, without gaps", gaps)
    counters = dict(con.execute("SELECT business_date, last_number FROM order_counters "
                                "WHERE prefix = ?", (prefix,)).fetchall())
    mismatched = [(day, counters.get(day), len(numbers)) for day, numbers in by_day.items()
                  if counters.get(day) != len(numbers)]
    mismatched += [(day, last, 0) for day, last in counters.items() if day not in by_day]
    checks.none(f"{label} counter of each day equals its committed count", mismatched)


# (name, query that returns the offending rows)
SHOP_QUERIES = [
    ("foreign keys hold (PRAGMA foreign_key_check)", "PRAGMA foreign_key_check"),
    # --- every sale is whole ---
    ("every sale has at least one line",
     ("SELECT s.order_number FROM sales s WHERE NOT EXISTS "
      "(SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")),
    ("every sale's lines are numbered 1..n",
     ("SELECT s.order_number FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
      "GROUP BY s.id HAVING MIN(l.line_no) != 1 OR MAX(l.line_no) != COUNT(*)")),
    ("every sale's lines add up to its total (subtotal - discounts)",
     ("SELECT s.order_number, s.total, SUM(l.total) FROM sales s JOIN sale_lines l "
      "ON l.sale_id = s.id GROUP BY s.id "
      "HAVING SUM(l.total) != s.total OR s.subtotal - s.discount_total != s.total")),
    ("every sale's payments sum to its total",
     ("SELECT s.order_number, s.total, (SELECT SUM(p.amount) FROM payments p "
      "WHERE p.sale_id = s.id) AS paid FROM sales s WHERE paid IS NULL OR paid != s.total")),
    ("every sale line has its 'sale' stock movement",
     ("SELECT l.sale_id, l.line_no FROM sale_lines l WHERE NOT EXISTS "
      "(SELECT 1 FROM stock_movements m WHERE m.sale_id = l.sale_id AND m.reason = 'sale' "
      "AND m.product_id = l.product_id AND m.delta = -l.quantity)")),
    ("one 'sale' stock movement per line, no more",
     ("SELECT s.order_number FROM sales s WHERE "
      "(SELECT COUNT(*) FROM stock_movements m WHERE m.sale_id = s.id AND m.reason = 'sale') "
      "!= (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id)")),
    ("every paid sale has its PlaceAnOrder event (order number + '_PlaceAnOrder')",
     ("SELECT s.order_number FROM sales s WHERE s.total > 0 AND NOT EXISTS "
      "(SELECT 1 FROM outbox o WHERE o.event_id = s.order_number || '_PlaceAnOrder' "
      "AND o.sale_id = s.id AND o.event_name = 'PlaceAnOrder')")),
    ("every queued event's payload is whole JSON with its own event_id",
     ("SELECT o.event_id FROM outbox o WHERE json_valid(o.payload) = 0 "
      "OR json_extract(o.payload, '$.event_id') IS NOT o.event_id")),
    # --- nothing without its sale ---
    ("no sale line without its sale",
     "SELECT id FROM sale_lines WHERE sale_id NOT IN (SELECT id FROM sales)"),
    ("no payment without its sale",
     "SELECT id FROM payments WHERE sale_id NOT IN (SELECT id FROM sales)"),
    ("no stock movement without its sale",
     ("SELECT id FROM stock_movements WHERE (sale_id IS NOT NULL AND sale_id NOT IN "
      "(SELECT id FROM sales)) OR (reason = 'sale' AND sale_id IS NULL)")),
    ("no outbox event without its sale",
     ("SELECT o.event_id FROM outbox o LEFT JOIN sales s ON s.id = o.sale_id "
      "WHERE s.id IS NULL OR o.event_id != s.order_number || '_PlaceAnOrder'")),
    # --- every return is whole, nothing without its return ---
    ("every return has at least one line",
     ("SELECT r.return_number FROM returns r WHERE NOT EXISTS "
      "(SELECT 1 FROM return_lines l WHERE l.return_id = r.id)")),
    ("every return line has its 'return' stock movement",
     ("SELECT l.id FROM return_lines l WHERE NOT EXISTS (SELECT 1 FROM stock_movements m "
      "WHERE m.return_id = l.return_id AND m.reason = 'return' "
      "AND m.product_id = l.product_id AND m.delta = l.quantity)")),
    ("one 'return' stock movement per return line, no more",
     ("SELECT r.return_number FROM returns r WHERE "
      "(SELECT COUNT(*) FROM stock_movements m WHERE m.return_id = r.id AND m.reason = 'return')"
      " != (SELECT COUNT(*) FROM return_lines l WHERE l.return_id = r.id)")),
    ("every return line is a line of the returned sale",
     ("SELECT l.id FROM return_lines l JOIN returns r ON r.id = l.return_id "
      "JOIN sale_lines sl ON sl.id = l.sale_line_id "
      "WHERE sl.sale_id != r.sale_id OR sl.product_id != l.product_id")),
    ("no sale line returned more than it was sold",
     ("SELECT sl.id, sl.quantity, x.back FROM sale_lines sl JOIN (SELECT sale_line_id, "
      "SUM(quantity) AS back FROM return_lines GROUP BY sale_line_id) x "
      "ON x.sale_line_id = sl.id WHERE x.back > sl.quantity")),
    ("every refund's amounts are the sum of its lines",
     ("SELECT r.return_number FROM returns r JOIN return_lines l ON l.return_id = r.id "
      "WHERE r.remedy = 'refund' GROUP BY r.id HAVING SUM(l.refund) != r.refund "
      "OR SUM(l.deduction) != r.deduction OR SUM(l.returned_value) != r.returned_value")),
    ("every return has its audit entry",
     ("SELECT r.return_number FROM returns r WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
      "WHERE a.subject = r.return_number AND a.action = r.remedy)")),
    ("no return without its sale",
     "SELECT id FROM returns WHERE sale_id NOT IN (SELECT id FROM sales)"),
    ("no return line or return stock movement without its return",
     ("SELECT 'line', id FROM return_lines WHERE return_id NOT IN (SELECT id FROM returns) "
      "UNION ALL SELECT 'movement', id FROM stock_movements WHERE (return_id IS NOT NULL AND "
      "return_id NOT IN (SELECT id FROM returns)) OR (reason IN ('return', 'write_off') "
      "AND return_id IS NULL)")),
    ("no audit entry for a return that does not exist",
     ("SELECT subject FROM audit_log WHERE subject LIKE 'R-%' "
      "AND subject NOT IN (SELECT return_number FROM returns)")),
    # --- stock ---
    ("no product's stock below zero", "SELECT sku, stock FROM products WHERE stock < 0"),
    ("every 'receive' delivery adds stock",
     "SELECT id FROM stock_movements WHERE reason = 'receive' AND delta <= 0"),
]


def check_shop(path: Path, baseline: dict[int, int]) -> Checks:
    """Everything that must hold in the shop's database after any kill."""
    checks = Checks()
    con = connect(path)
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check").fetchall()]
        checks.expect("PRAGMA integrity_check is ok", result == ["ok"], result[:5])
        for name, query in SHOP_QUERIES:
            checks.none(name, con.execute(query).fetchall())
        stock = con.execute(
            "SELECT p.id, p.sku, p.stock, COALESCE((SELECT SUM(delta) FROM stock_movements m "
            "WHERE m.product_id = p.id), 0) FROM products p").fetchall()
        checks.none("each product's stock == its initial stock + its movements",
                    [(sku, s, moved, baseline.get(pid)) for pid, sku, s, moved in stock
                     if s - moved != baseline.get(pid)])
        _numbering(checks, con, "sales", "order_number", "S", "order")
        _numbering(checks, con, "returns", "return_number", "R", "return")
    finally:
        con.close()
    return checks


# =============================================================================================
# The parent side: the two soaks
# =============================================================================================
def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass
class ShopKill:
    seed: int
    ran_for: float           # seconds between the first committed line and the kill
    sales: int               # committed by this run (in the database)
    returns: int
    acknowledged: int        # sales + returns the child printed as committed
    checks: Checks


class ShopSoak:
    """The shop child on one database, killed again and again, checked after each kill."""

    def __init__(self, path: Path, workdir: Path, children: Children, rng: random.Random,
                 run_for: tuple[float, float] = (0.2, 0.8), start_timeout: float = 30.0):
        self.path, self.workdir, self.children, self.rng = path, workdir, children, rng
        self.run_for, self.start_timeout = run_for, start_timeout
        self.baseline = stock_baseline(path)
        self.kills: list[ShopKill] = []

    def kill_once(self) -> ShopKill:
        seed = self.rng.randrange(2**31)
        sales_before, returns_before = counts(self.path)
        child = self.children.start(self.workdir, f"shop-{len(self.kills):04d}",
                                    ["--db", db_url(self.path), "--seed", str(seed),
                                     "--mode", "shop"])
        checks = Checks()
        try:
            child.wait_for(lambda lines: any(line.startswith("sale ") for line in lines),
                           self.start_timeout)
            ran_for = self.rng.uniform(*self.run_for)
            time.sleep(ran_for)
        finally:
            was_running = child.kill()
        checks.expect("the child was still running when killed", was_running,
                      child.stderr_tail())
        lines = child.lines()
        said_sales = {line.split()[1] for line in lines if line.startswith("sale ")}
        said_returns = {line.split()[1] for line in lines if line.startswith("return ")}
        sales_after, returns_after = counts(self.path)
        con = connect(self.path)
        try:
            known_sales = {n for (n,) in con.execute("SELECT order_number FROM sales")}
            known_returns = {n for (n,) in con.execute("SELECT return_number FROM returns")}
        finally:
            con.close()
        checks.none("every sale the child reported committed is in the database",
                    sorted(said_sales - known_sales))
        checks.none("every return the child reported committed is in the database",
                    sorted(said_returns - known_returns))
        new = (sales_after - sales_before) + (returns_after - returns_before)
        acknowledged = len(said_sales) + len(said_returns)
        checks.expect("at most one commit was not yet reported when killed",
                      0 <= new - acknowledged <= 1, f"{new} new rows, {acknowledged} reported")
        after = check_shop(self.path, self.baseline)
        checks.passed += after.passed
        checks.failed += after.failed
        kill = ShopKill(seed, ran_for, sales_after - sales_before,
                        returns_after - returns_before, acknowledged, checks)
        self.kills.append(kill)
        return kill


def queue_events(path: Path, n: int, prefix: str, when: datetime | None = None) -> list[str]:
    """n PlaceAnOrder events written straight to the outbox, in one transaction."""
    from db.engine import Database
    from db.types import utc_now
    from pos.money import Money
    from pos.shop import load_shop_settings
    from tracking.events import EventContent, build_event
    from tracking.outbox import queue_event

    when = when or utc_now() - timedelta(hours=1)
    contents = [EventContent("1077218", "Linen shirt, white", 1, Money.of("150")),
                EventContent("2001001", "Cotton T-shirt, black", 2, Money.of("63.20"))]
    db = Database(db_url(path))
    ids = []
    try:
        with db.write() as session, session.no_autoflush:
            shop = load_shop_settings(session)
            for i in range(n):
                key = f"{prefix}-{i:05d}"
                event = build_event("PlaceAnOrder", f"{key}_PlaceAnOrder", when,
                                    "https://shop.example/pos", contents, Money.of("276.40"),
                                    order_id=key)
                queue_event(session, event, when, shop.local_date(when))
                ids.append(event["event_id"])
    finally:
        db.dispose()
    return ids


def outbox_state(path: Path) -> dict[str, str]:
    con = connect(path)
    try:
        return dict(con.execute("SELECT event_id, status FROM outbox").fetchall())
    finally:
        con.close()


@dataclass
class SenderKill:
    mode: str                # "in flight" (killed while TikTok held the answer) or "random"
    requests_at_kill: int    # the server's request count when the kill was snapshotted
    sent: frozenset          # event_ids marked sent at that moment
    in_flight: int           # events received by the server in this run but not marked sent
    checks: Checks


class SenderSoak:
    """The sync child against a FakeTikTok (tests/tiktok_server.py) in this process.

    After each kill: the database is whole, every event is sent or waiting, and the set of
    sent event_ids and the server's request count are snapshotted. At the end (finish()):
    one sync_once drains the rest in this process; every event is sent, the server received
    each at least once, none marked sent was ever received again afterwards, and an event
    received twice was one the server held when a kill came (a batch in flight)."""

    def __init__(self, path: Path, workdir: Path, children: Children, server,
                 rng: random.Random, batch_size: int = SYNC_BATCH, refill: int = 600,
                 start_timeout: float = 30.0):
        self.path, self.workdir, self.children, self.server = path, workdir, children, server
        self.rng, self.batch_size, self.refill = rng, batch_size, refill
        self.start_timeout = start_timeout
        self.kills: list[SenderKill] = []
        self.queued: list[str] = []
        self.env = {**os.environ, "POS_TIKTOK_API_URL": server.url,
                    "POS_TIKTOK_ACCESS_TOKEN": TOKEN}

    def fill(self) -> None:
        self.queued += queue_events(self.path, self.refill, f"K{len(self.queued):06d}")

    def _received(self, start: int = 0, stop: int | None = None) -> list[str]:
        return [event["event_id"] for request in self.server.requests[start:stop]
                for event in (request.body or {}).get("data", [])]

    def _settled_count(self) -> int:
        """The server's request count once no request is arriving any more."""
        count, stable_since = len(self.server.requests), time.monotonic()
        while time.monotonic() - stable_since < 0.05:
            time.sleep(0.01)
            now = len(self.server.requests)
            if now != count:
                count, stable_since = now, time.monotonic()
        return count

    def kill_once(self) -> SenderKill:
        waiting = sum(1 for s in outbox_state(self.path).values() if s == "waiting")
        if waiting < self.batch_size * 3:
            self.fill()
            waiting += self.refill
        in_flight_mode = len(self.kills) % 2 == 0
        requests_before = len(self.server.requests)
        if in_flight_mode:
            # TikTok holds the answer to the next request: the kill lands with it in flight.
            self.server.enqueue_delay(2.0)
            target = requests_before + 1
        else:
            # A random moment of the drain: after a random number of its requests, plus up
            # to 10 ms (the request, its answer, the marking, the next read...).
            target = requests_before + self.rng.randint(1, -(-waiting // self.batch_size))
        child = self.children.start(
            self.workdir, f"sync-{len(self.kills):04d}",
            ["--db", db_url(self.path), "--seed", str(self.rng.randrange(2**31)),
             "--mode", "sync", "--api", self.server.url, "--batch-size",
             str(self.batch_size)], env=self.env)
        try:
            child.wait_for(lambda lines: "ready" in lines, self.start_timeout)
            deadline = time.monotonic() + self.start_timeout
            while len(self.server.requests) < target:
                if time.monotonic() > deadline or not child.alive():
                    raise ChildError("the sender did not send as expected:\n"
                                     + child.stderr_tail())
                time.sleep(0.001)
            time.sleep(self.rng.uniform(0.0, 0.01))
        finally:
            was_running = child.kill()
        checks = Checks()
        checks.expect("the sender was still running when killed", was_running,
                      child.stderr_tail())
        count = self._settled_count()
        state = outbox_state(self.path)
        sent = frozenset(e for e, s in state.items() if s == "sent")
        con = connect(self.path)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
        checks.expect("PRAGMA integrity_check is ok", result == ["ok"], result[:5])
        checks.none("every event is sent or waiting (none failed or expired)",
                    sorted((e, s) for e, s in state.items() if s not in ("sent", "waiting")))
        checks.none("no event was lost or added", sorted(set(self.queued) ^ set(state)))
        earlier = self.kills[-1].sent if self.kills else frozenset()
        checks.none("no event marked sent went back to waiting", sorted(earlier - sent))
        received_now = set(self._received(requests_before, count))
        kill = SenderKill("in flight" if in_flight_mode else "random", count, sent,
                          len(received_now - sent), checks)
        self.kills.append(kill)
        return kill

    def finish(self, sync_once) -> Checks:
        """Drains what is left in this process, then checks the whole history."""
        from db.engine import Database

        checks = Checks()
        db = Database(db_url(self.path))
        environ = {"POS_TIKTOK_API_URL": self.server.url, "POS_TIKTOK_ACCESS_TOKEN": TOKEN}
        try:
            for _ in range(100):
                report = sync_once(db, environ=environ, batch_size=self.batch_size)
                if not report.waiting or not report.requests:
                    break
            again = sync_once(db, environ=environ, batch_size=self.batch_size)
            checks.expect("a further run sends nothing", again.requests == 0,
                          f"{again.requests} requests")
        finally:
            db.dispose()
        state = outbox_state(self.path)
        checks.none("every event is sent in the end",
                    sorted((e, s) for e, s in state.items() if s != "sent")[:20])
        checks.expect("the server kept every request", len(self.server.requests) < 5000,
                      "raise MAX_RECORDED or kill less")
        received = self._received()
        times = Counter(received)
        checks.none("the server received every event at least once",
                    sorted(set(self.queued) - set(times)))
        # Nothing marked sent is ever received again: for each kill, the requests after its
        # snapshot hold none of the event_ids that were sent at that snapshot.
        resent_after_sent = []
        last_seen: dict[str, int] = {}
        for index, request in enumerate(self.server.requests):
            for event in (request.body or {}).get("data", []):
                last_seen[event["event_id"]] = index
        for kill in self.kills:
            resent_after_sent += [(e, last_seen[e], kill.requests_at_kill) for e in kill.sent
                                  if last_seen.get(e, -1) >= kill.requests_at_kill]
        checks.none("no event was received again after it was marked sent",
                    sorted(resent_after_sent)[:20])
        # An event received twice must have been in flight (received, not marked) at a kill.
        in_flight_at_some_kill: set[str] = set()
        for kill in self.kills:
            in_flight_at_some_kill |= set(self._received(0, kill.requests_at_kill)) - kill.sent
        duplicated = {e for e, n in times.items() if n > 1}
        checks.none("an event received twice was in flight when a kill came",
                    sorted(duplicated - in_flight_at_some_kill)[:20])
        extra = sum(n - 1 for n in times.values())
        checks.expect("re-sent events are at most one batch per kill",
                      extra <= self.batch_size * len(self.kills),
                      f"{extra} re-sent for {len(self.kills)} kills")
        return checks

    def resent(self) -> int:
        return sum(n - 1 for n in Counter(self._received()).values())


def make_demo_db(path: Path) -> None:
    """A migrated demo shop at `path`, as tests/conftest.py builds its template."""
    from db.engine import Database
    from db.migrate import upgrade_to_head
    from pos.demo import create_demo_shop
    from pos.shop import load_shop_settings

    db = Database(db_url(path))
    try:
        upgrade_to_head(db.engine)
        with db.write() as session:
            create_demo_shop(session, load_shop_settings(session).local_date(CLOCK_START))
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
