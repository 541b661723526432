"""Benchmark: the counter itself (cold start, scanning, saving a sale, finding an order).

    .venv/bin/python bench/counter.py                      # full sizes (about 5 minutes)
    .venv/bin/python bench/counter.py --quick              # small sizes, a smoke run
    .venv/bin/python bench/counter.py --only save --products 2000 --saves 300  # the save alone
    .venv/bin/python bench/counter.py --products 100000 --sales 1000000 [--json FILE] [--keep]

Prints one table (Markdown) of figures, each with its goal and its peak memory. Every figure
runs in a child process of its own, so that ru_maxrss is that figure's alone; the timed
passes run without tracemalloc (it slows Python down several times), and the tracemalloc peak
comes from a shorter pass of the same work under tracemalloc. All databases live in one
temporary folder that is removed at the end (unless --keep).

1. Cold start to a usable sale screen: a fresh `python` with QT_QPA_PLATFORM=offscreen that
   does what `main.py` does (imports the app, `open_shop` on an existing shop database,
   `start_window`: the MainWindow, shown, with the day's first-start backup in the
   background), then logs the demo clerk in through the login screen (PIN checked with
   scrypt) and waits until the sale screen is shown with the focus in its scan field. The
   parent measures wall time from spawning the process to the line the child prints then.
   One run first (it takes the day's backup, not counted), then the median of --runs.
2. Scan-to-line latency with --products products (bulk-inserted with SQLAlchemy Core in one
   transaction: names from word lists, EAN-13 barcodes, search_key from
   pos.catalog.search_key): the real MainWindow, offscreen, clerk logged in; for --scans
   random barcodes, the scan field's text is set and SaleScreen.submit_scan() called, then
   the event loop is run once (processEvents: the table and labels repainted); the time
   is to the line being in the cart and shown. New cart every 1 to 8 scans, so each scan
   queues its ViewContent event (its own small write transaction). A second pass with
   timers around the parts gives the breakdown. Also typed SKUs and unknown codes.
3. Saving a sale: complete_sale inside Database.write(), as SaleScreen.complete does, for
   --saves carts of 1 to 4 lines (cash or card, half with a customer who consented),
   interleaved with the floor: the same rows written with plain sqlite3 and the same
   settings (WAL, synchronous=FULL, foreign_keys=ON, BEGIN IMMEDIATE ... COMMIT): the order
   counter, the sale, its lines, its payment, the stock updates and movements and the
   PlaceAnOrder outbox row.
4. Finding an order among --sales sales: SYNTHETIC history rows (sales with 1 to 3 lines and
   a payment each, over 365 days, half with a customer's phone) written straight into the
   migrated schema with plain sqlite3 executemany, NOT through the checkout (a million
   checkouts would take hours); then pos.returns.find_sale for --finds random order numbers,
   and pos.returns.search_sales by date and by phone.

The day's returns review, the TikTok drain and the catalog import have their own scripts:
bench/run_all.py runs everything and prints one summary.
"""
from __future__ import annotations

import time

_T0 = time.perf_counter()  # the cold-start child measures its phases from here

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import tracemalloc  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CLERK = ("Amina", "1111")   # pos.demo.DEMO_CLERK (not imported here: the cold start child
                            # must import the app itself, and nothing else first)
FULL = dict(products=100_000, sales=1_000_000, scans=1_000, saves=1_000, finds=1_000, runs=5,
            demo_sales=200)
QUICK = dict(products=2_000, sales=20_000, scans=200, saves=100, finds=200, runs=3,
             demo_sales=50)
TRACE_N = 100  # iterations of the tracemalloc pass


# ----- small helpers ------------------------------------------------------------------------------
def pct(values, p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a list of seconds; returns milliseconds."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1] * 1000


def summary(values) -> dict:
    return {"n": len(values), "p50": pct(values, 50), "p99": pct(values, 99),
            "max": max(values) * 1000, "mean": statistics.fmean(values) * 1000}


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def machine() -> dict:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version
        qt = version("PySide6")
    except Exception:  # noqa: BLE001
        qt = "?"
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}",
            "sqlite": sqlite3.sqlite_version, "pyside6": qt}


def machine_line(m: dict) -> str:
    return (f"Machine: {m['cores']} cores, {m['cpu']}, {m['system']}, Python {m['python']}, "
            f"SQLite {m['sqlite']}, PySide6 {m['pyside6']}")


def child_env(folder: Path) -> dict:
    """No real shop, settings or keyring: everything in the benchmark's folder."""
    env = os.environ.copy()
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(folder / "xdg-data"),
               XDG_CONFIG_HOME=str(folder / "xdg-config"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for name in ("POS_DB_URL", "POS_TIKTOK_API_URL", "POS_TIKTOK_ACCESS_TOKEN",
                 "POS_TIKTOK_EVENT_SOURCE_ID", "POS_TIKTOK_TEST_EVENT_CODE",
                 "PYTHONTRACEMALLOC"):
        env.pop(name, None)
    return env


def run_child(folder: Path, name: str, **kwargs) -> dict:
    """Runs one figure in a fresh process; its last 'RESULT {json}' line is the result."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name,
               json.dumps(kwargs)]
    done = subprocess.run(command, env=child_env(folder), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT)
    results = [line[7:] for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not results:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"the {name} child failed (exit {done.returncode})")
    return json.loads(results[-1])


def emit(result: dict) -> None:
    print("RESULT " + json.dumps(result), flush=True)


# ----- building the databases (children) ----------------------------------------------------------
def child_setup_demo(path: str, demo_sales: int) -> dict:
    """The demo shop, as a first run creates it, with a few weeks of demo sales."""
    from pos.app import open_shop
    from pos.demo import fill_demo_sales

    started = time.perf_counter()
    db = open_shop(url_of(Path(path)))
    report = fill_demo_sales(db, demo_sales, 30)
    db.dispose()
    return {"sales": report.sales, "seconds": time.perf_counter() - started}


NOUNS = ["shirt", "T-shirt", "jeans", "djellaba", "kaftan", "babouches", "sneakers", "belt",
         "scarf", "sunglasses", "bag", "socks", "jacket", "dress", "skirt", "hat", "cap",
         "wallet", "earrings", "necklace", "bracelet", "ring", "argan oil", "rose water",
         "savon beldi", "ghassoul clay", "perfume", "hand cream", "shampoo", "henna",
         "tea glasses", "teapot", "tagine", "cushion cover", "rug", "lantern", "pouf", "plate",
         "bowl", "mug", "towel", "blanket", "candle", "mirror", "basket", "tray", "spoon",
         "saffron", "honey", "dates", "almonds", "olive oil", "couscous", "mint tea",
         "ras el hanout", "cumin", "amlou", "thé vert", "crème de nuit", "café moulu"]
QUALITIES = ["linen", "cotton", "leather", "silk", "wool", "ceramic", "brass", "copper",
             "wooden", "straw", "hand-embroidered", "engraved", "berber", "de Fès",
             "de Marrakech", "organic", "vintage", "classic", "slim", "large", "small",
             "artisanal", "premium", "everyday"]
COLOURS = ["white", "black", "indigo", "saffron", "sky blue", "olive", "crème", "bordeaux",
           "turquoise", "sand", "terracotta", "emerald", "ivory", "charcoal", "rose",
           "mustard", "navy", "natural"]
SIZES = ["XS", "S", "M", "L", "XL", "50 g", "100 g", "250 g", "500 g", "50 ml", "100 ml",
         "250 ml", "set of 2", "set of 6", "one size"]


def product_name(rng: random.Random) -> str:
    return (f"{rng.choice(NOUNS).capitalize()}, {rng.choice(QUALITIES)}, "
            f"{rng.choice(COLOURS)}, {rng.choice(SIZES)}")


def child_setup_products(path: str, products: int, seed: int = 11) -> dict:
    """The demo shop plus `products` products, bulk-inserted with Core in one transaction,
    each in one or two of the demo's collections (10% in the -20% Promotions one). The
    typed search's word index follows by itself (migration 0007's triggers)."""
    from sqlalchemy import func, insert, select

    from db.models import Collection, Product, product_collections
    from db.types import utc_now
    from pos.app import open_shop
    from pos.catalog import search_key
    from pos.demo import PROMOTIONS, ean13
    from pos.money import Money

    rng = random.Random(seed)
    db = open_shop(url_of(Path(path)))
    started = time.perf_counter()
    with db.write() as session:
        collections = {c.name: c.id for c in session.scalars(select(Collection))}
        others = [cid for name, cid in collections.items() if name != PROMOTIONS]
        first_id = (session.scalar(select(func.max(Product.id))) or 0) + 1
        now = utc_now()
        rows, links = [], []
        for i in range(products):
            pid = first_id + i
            name = product_name(rng)
            sku = str(10_000_000 + i)
            rows.append({"id": pid, "sku": sku, "barcode": ean13(f"612{i:09d}"), "name": name,
                         "search_key": search_key(name, sku),
                         "price": Money(rng.randrange(500, 150_000, 50)),
                         "stock": rng.randrange(20, 200), "active": rng.random() >= 0.02,
                         "created_at": now})
            chosen = {rng.choice(others)}
            if rng.random() < 0.10:
                chosen.add(collections[PROMOTIONS])
            links.extend({"product_id": pid, "collection_id": cid} for cid in chosen)
        connection = session.connection()
        connection.execute(insert(Product.__table__), rows)
        connection.execute(insert(product_collections), links)
    seconds = time.perf_counter() - started
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Product))
    db.dispose()
    return {"products": total, "seconds": seconds}


def child_setup_history(path: str, sales: int, seed: int = 13) -> dict:
    """SYNTHETIC history: `sales` sales over the 365 days before today, 1 to 3 lines and one
    payment each, half with a customer's phone (one in 50 sales is a new customer, at
    most 20,000 customers), written with plain
    sqlite3 executemany straight into the migrated schema, in the formats SQLAlchemy
    writes. Not through the checkout: no stock movements and no outbox rows."""
    import hashlib
    import uuid
    from datetime import datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    from db.types import new_uid
    from pos.app import open_shop
    from pos.shop import load_shop_settings

    rng = random.Random(seed)
    db = open_shop(url_of(Path(path)))
    with db.read() as session:
        shop = load_shop_settings(session)
    db.dispose()
    zone = ZoneInfo(shop.timezone)
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")         # building only: the timed work is FULL
    conn.execute("PRAGMA cache_size = -400000")
    products = conn.execute("SELECT id, sku, name, price FROM products WHERE active").fetchall()
    staff = [r[0] for r in conn.execute("SELECT id FROM staff")]
    first_sale = (conn.execute("SELECT max(id) FROM sales").fetchone()[0] or 0) + 1
    phones = sorted({f"+2126{rng.choice('12567')}{rng.randrange(10**7):07d}"
                     for _ in range(min(20_000, max(sales // 50, 100)))})
    used: set[str] = set()
    phone_hash = {p: hashlib.sha256(p.encode()).hexdigest() for p in phones}
    today = datetime.now(timezone.utc).astimezone(zone).date()
    days = [today - timedelta(days=d) for d in range(365, 0, -1)]
    per_day = [sales // 365 + (1 if i < sales % 365 else 0) for i in range(365)]

    sale_sql = ("INSERT INTO sales (id, order_number, checkout_key, created_at, business_date, "
                "clerk_id, subtotal, discount_total, total, customer_name, customer_email, "
                "customer_phone, customer_consent, customer_phone_hash, uid) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    line_sql = ("INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit_price, "
                "quantity, discount, promotion_name, total, stock_override_by_id, uid) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?)")
    pay_sql = ("INSERT INTO payments (sale_id, method, amount, tendered, change, uid) "
               "VALUES (?,?,?,?,?,?)")
    sale_id = first_sale
    sale_rows, line_rows, pay_rows, counters = [], [], [], []

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany(sale_sql, sale_rows)
        conn.executemany(line_sql, line_rows)
        conn.executemany(pay_sql, pay_rows)
        conn.execute("COMMIT")
        sale_rows.clear(), line_rows.clear(), pay_rows.clear()

    for day, count in zip(days, per_day):
        opening = datetime(day.year, day.month, day.day, 9, tzinfo=zone).astimezone(timezone.utc)
        seconds = sorted(rng.randrange(12 * 3600) for _ in range(count))
        for number, offset in enumerate(seconds, start=1):
            created = (opening + timedelta(seconds=offset)).strftime("%Y-%m-%d %H:%M:%S.%f")
            subtotal = discount = 0
            for line_no in range(1, rng.choice((1, 1, 2, 2, 3)) + 1):
                pid, sku, name, price = rng.choice(products)
                quantity = rng.choice((1, 1, 1, 2))
                off = price * quantity // 5 if rng.random() < 0.1 else 0
                line_rows.append((sale_id, line_no, pid, sku, name, price, quantity, off,
                                  "Promotions -20%" if off else None, price * quantity - off,
                                  new_uid().hex))
                subtotal += price * quantity
                discount += off
            total = subtotal - discount
            if rng.random() < 0.5:
                phone = rng.choice(phones)
                used.add(phone)
                customer = ("Synthetic customer", f"c{phone[-7:]}@example.ma", phone, 1,
                            phone_hash[phone])
            else:
                customer = (None, None, None, 0, None)
            sale_rows.append((sale_id, f"S-{day:%Y%m%d}-{number:04d}", str(uuid.uuid4()),
                              created, day.isoformat(), rng.choice(staff), subtotal, discount,
                              total, *customer, new_uid().hex))
            if rng.random() < 0.6:
                tendered = -(-total // 10_000) * 10_000
                pay_rows.append((sale_id, "cash", total, tendered, tendered - total,
                                 new_uid().hex))
            else:
                pay_rows.append((sale_id, "card", total, None, None, new_uid().hex))
            sale_id += 1
        counters.append(("S", day.isoformat(), count))
        if len(sale_rows) >= 50_000:
            flush()
    flush()
    conn.executemany("INSERT OR REPLACE INTO order_counters (prefix, business_date, last_number)"
                     " VALUES (?,?,?)", counters)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    lines = conn.execute("SELECT count(*) FROM sale_lines").fetchone()[0]
    conn.close()
    return {"sales": total, "lines": lines, "seconds": time.perf_counter() - started,
            "phones": sorted(used)[:2000], "days": [d.isoformat() for d in days],
            "size_mib": Path(path).stat().st_size / 2**20}


# ----- 1. cold start (child) ----------------------------------------------------------------------
def child_cold(path: str) -> None:
    """What main.py does to open the window, then the clerk's login; prints READY when the
    sale screen is shown with the focus in the scan field."""
    marks = {"python + bench module": time.perf_counter() - _T0}

    def mark(name: str, since: list) -> None:
        now = time.perf_counter()
        marks[name] = now - since[0]
        since[0] = now

    since = [time.perf_counter()]
    import PySide6.QtWidgets  # noqa: F401  (its import is timed on its own)
    mark("import PySide6", since)
    from pos.app import open_shop
    from ui.app import make_app, start_window
    mark("import the app", since)
    app = make_app()
    mark("QApplication", since)
    db = open_shop(url_of(Path(path)))
    mark("open_shop (migrations check)", since)
    window = start_window(db)
    mark("MainWindow built and shown", since)
    login = window.login_screen
    login.select_staff(CLERK[0])
    login.pin_field.setText(CLERK[1])
    login.submit()  # what Enter in the PIN field does
    mark("login (scrypt PIN check)", since)
    screen = window.sale_screen
    deadline = time.perf_counter() + 20
    while not (window.stack.currentWidget() is screen and screen.isVisible()
               and screen.scan_field.hasFocus()):
        app.processEvents()
        if time.perf_counter() > deadline:
            print("the sale screen never got the focus", file=sys.stderr)
            sys.exit(2)
    app.processEvents()  # the first paint of the sale screen
    mark("sale screen shown and focused", since)
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if tracemalloc.is_tracing() else None
    print("READY " + json.dumps({"marks": marks, "since_bench_start": time.perf_counter() - _T0,
                                 "maxrss": maxrss_mib(), "tracemalloc_peak": peak}),
          flush=True)
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(60_000)  # the backup, if this start takes one
    window.close()
    db.dispose()


def cold_start_runs(folder: Path, path: Path, runs: int) -> dict:
    """One run to take the day's backup (reported, not counted), `runs` timed runs, one
    more under PYTHONTRACEMALLOC=1 for the tracemalloc peak (not timed)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "cold",
               json.dumps({"path": str(path)})]

    def once(trace: bool = False) -> tuple[float, dict]:
        env = child_env(folder)
        if trace:
            env["PYTHONTRACEMALLOC"] = "1"
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, cwd=ROOT)
        ready = None
        for line in child.stdout:
            if line.startswith("READY "):
                elapsed = time.perf_counter() - started
                ready = json.loads(line[6:])
                break
        rest, errors = child.communicate()
        if ready is None or child.returncode:
            sys.stderr.write(rest[-3000:] + errors[-3000:])
            raise SystemExit(f"cold start child failed (exit {child.returncode})")
        return elapsed, ready

    first, _ = once()
    times, details = [], []
    for _ in range(runs):
        elapsed, ready = once()
        times.append(elapsed)
        details.append(ready)
    _, traced = once(trace=True)
    marks = {name: statistics.median(d["marks"][name] for d in details) * 1000
             for name in details[0]["marks"]}
    wall = statistics.median(times)
    marks["interpreter start-up + pipe (wall minus the child's own clock)"] = (
        wall - statistics.median(d["since_bench_start"] for d in details)) * 1000
    return {"median": wall, "min": min(times), "max": max(times), "first": first,
            "runs": runs, "marks_ms": marks,
            "maxrss": statistics.median(d["maxrss"] for d in details),
            "tracemalloc_peak": traced["tracemalloc_peak"]}


# ----- 2. scan to line (child) --------------------------------------------------------------------
def child_scan(path: str, scans: int, breakdown: bool = False, seed: int = 17) -> dict:
    """The real sale screen, offscreen. breakdown=False: the timed passes (nothing of the
    app patched). breakdown=True: the same scans with timers around the parts (installed
    before the window is built: PySide6 looks a model's Python overrides up only once)."""
    from sqlalchemy import func, select

    import pos.counter as sale_module
    from db.models import Product
    from pos.app import open_shop
    from ui.app import make_app
    from ui.cart_model import CartTableModel
    from ui.main_window import MainWindow

    # Each moment is counted in the innermost part running then, so that the parts add up
    # to the whole scan. "model" is CartTableModel.data, which Qt calls back for every cell
    # and role: to size the ResizeToContents columns (inside submit_scan) and to paint
    # (inside processEvents).
    names = ("lookup", "viewcontent", "refresh", "model", "paint", "other")
    spent: dict[str, float] = {}
    stack: list[list] = []

    def enter(name: str) -> None:
        now = time.perf_counter()
        if stack:
            spent[stack[-1][0]] = spent.get(stack[-1][0], 0.0) + now - stack[-1][1]
        stack.append([name, now])

    def leave() -> None:
        now = time.perf_counter()
        name, since = stack.pop()
        spent[name] = spent.get(name, 0.0) + now - since
        if stack:
            stack[-1][1] = now

    def timed(name, func):
        def wrapper(*args, **kwargs):
            enter(name)
            try:
                return func(*args, **kwargs)
            finally:
                leave()
        return wrapper

    if breakdown:
        for name in ("lookup", "cart_item"):
            setattr(sale_module, name, timed("lookup", getattr(sale_module, name)))
        CartTableModel.data = timed("model", CartTableModel.data)

    app = make_app()  # as the app runs: garbage collected on this thread, by a timer
    rng = random.Random(seed)
    db = open_shop(url_of(Path(path)))
    with db.read() as session:
        codes = list(session.execute(
            select(Product.barcode, Product.sku).where(Product.active,
                                                       Product.barcode.is_not(None))))
        product_count = session.scalar(select(func.count()).select_from(Product))
    window = MainWindow(db, start_sync=False)  # no background sends while timing
    window.show()
    login = window.login_screen
    login.select_staff(CLERK[0])
    login.pin_field.setText(CLERK[1])
    login.submit()
    app.processEvents()
    screen = window.sale_screen
    assert window.stack.currentWidget() is screen
    if breakdown:
        screen.sale._queue_event = timed("viewcontent", screen.sale._queue_event)
        screen.refresh = timed("refresh", screen.refresh)

    state = {"left": 0}

    def next_cart_if_due() -> None:
        """A new cart every 1 to 8 scans, as customers come and go."""
        if state["left"] <= 0:
            screen.new_sale()
            app.processEvents()
            state["left"] = rng.randint(1, 8)
        state["left"] -= 1

    def scan_in_cart(code: str, expect_line: bool = True, field: str = "barcode") -> float:
        started = time.perf_counter()
        screen.scan_field.setText(code)
        screen.submit_scan()
        app.processEvents()
        elapsed = time.perf_counter() - started
        if expect_line:
            row = screen.table.selectionModel().selectedRows()[0].row()
            assert getattr(screen.cart.items[row], field) == code, code
            assert screen.model.rowCount() == len(screen.cart.items)
            assert screen.scan_field.text() == ""
        else:
            assert code in screen.message.text(), code  # "No product has the code …", in
            # the clerk's language (the demo's clerk works in Arabic)
        return elapsed

    def scan_once(code: str, expect_line: bool = True, field: str = "barcode") -> float:
        next_cart_if_due()
        return scan_in_cart(code, expect_line, field)

    def barcodes(n):
        return [rng.choice(codes)[0] for _ in range(n)]

    for code in barcodes(30):  # warm-up: caches, first paints
        scan_once(code)

    if breakdown:
        parts = {name: [] for name in names}
        totals = []
        for code in barcodes(scans):
            next_cart_if_due()
            spent.clear()
            started = time.perf_counter()
            enter("other")
            screen.scan_field.setText(code)
            screen.submit_scan()
            leave()
            enter("paint")
            app.processEvents()
            leave()
            totals.append(time.perf_counter() - started)
            for name in names:
                parts[name].append(spent.get(name, 0.0))
        window.close()
        db.dispose()
        return {"breakdown": {n: summary(v) for n, v in parts.items()},
                "breakdown_total": summary(totals)}

    plain = [scan_once(code) for code in barcodes(scans)]

    # A long basket: the scans that take a cart from 20 to 30 lines.
    long_cart = []
    for _ in range(max(scans // 100, 3)):
        screen.new_sale()
        app.processEvents()
        for line in range(30):
            elapsed = scan_in_cart(rng.choice(codes)[0])
            if line >= 20:
                long_cart.append(elapsed)
    state["left"] = 0

    # A typed SKU (a product without a barcode label) and an unknown code.
    skus = [scan_once(rng.choice(codes)[1], field="sku") for _ in range(max(scans // 5, 20))]
    unknown = [scan_once(f"999{rng.randrange(10**10):010d}", expect_line=False)
               for _ in range(max(scans // 20, 10))]

    rss = maxrss_mib()
    tracemalloc.start()
    for code in barcodes(TRACE_N):
        scan_once(code)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    window.close()
    db.dispose()
    return {"products": product_count, "barcode": summary(plain),
            "long_cart": summary(long_cart), "sku": summary(skus),
            "unknown": summary(unknown), "maxrss": rss, "tracemalloc_peak": peak}


# ----- 3. saving a sale (child) -------------------------------------------------------------------
def child_save(path: str, saves: int, seed: int = 19) -> dict:
    import uuid

    from sqlalchemy import select

    from db.models import Product, Staff
    from db.types import new_uid, utc_now
    from pos.app import open_shop
    from pos.cart import Cart
    from pos.checkout import CardPayment, CashPayment, complete_sale, price_for_checkout
    from pos.customer import Customer, make_customer
    from pos.money import Money
    from pos.products import cart_item
    from pos.shop import load_shop_settings
    from tracking.hashing import sha256_hex

    rng = random.Random(seed)
    db = open_shop(url_of(Path(path)))
    with db.read() as session:
        shop = load_shop_settings(session)
        clerk_id = session.scalar(select(Staff.id).where(Staff.name == CLERK[0]))
        product_ids = list(session.scalars(select(Product.id).where(Product.active,
                                                                    Product.stock >= 20)))

    def prepare():
        """A cart as the sale screen holds it, its payment and customer (not timed)."""
        with db.read() as session:
            cart = Cart()
            for pid in rng.sample(product_ids, rng.choice((1, 1, 2, 2, 3, 4))):
                cart.add(cart_item(session, session.get(Product, pid), rng.choice((1, 1, 2, 3))))
            priced = price_for_checkout(session, cart, shop.local_date(utc_now()))
        if rng.random() < 0.6:
            payment = CashPayment(Money(-(-priced.total.minor // 10_000) * 10_000))
        else:
            payment = CardPayment()
        customer = Customer()
        if rng.random() < 0.5:
            n = rng.randrange(10**7)
            # As the F4 dialog makes it: what was typed, normalised (make_customer).
            customer = make_customer(name="Bench Customer", email=f"Bench{n}@Example.ma ",
                                     phone=f"06{rng.choice('12567')}{n:07d}", consent=True)
        return cart, priced, payment, customer

    with db.read() as session:  # the sale screen loads its clerk once, at login
        clerk = session.get(Staff, clerk_id)

    def save_app(cart, payment, customer) -> float:
        started = time.perf_counter()
        with db.write() as session:  # what SaleScreen.complete does
            complete_sale(session, cart, payment, clerk, shop, customer=customer)
        return time.perf_counter() - started

    floor = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = FULL",
                   "foreign_keys = ON"):
        floor.execute(f"PRAGMA {pragma}")

    def save_floor(cart, priced, payment, customer) -> float:
        """The same rows, plain sqlite3, values prepared before the clock starts."""
        now = utc_now()
        day = shop.local_date(now)
        created = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        lines = [(i, line.item.product_id, line.item.sku, line.item.name,
                  line.item.unit_price.minor, line.item.quantity, line.price.discount.minor,
                  line.price.promotion, line.price.total.minor)
                 for i, line in enumerate(priced.lines, start=1)]
        total = priced.total.minor
        if isinstance(payment, CashPayment):
            pay = ("cash", total, payment.tendered.minor, payment.tendered.minor - total)
        else:
            pay = ("card", total, None, None)
        consent = customer.consent
        who = (customer.name, customer.email if consent else None,
               customer.phone if consent else None, 1 if consent else 0,
               sha256_hex(customer.phone) if consent and customer.phone else None)
        payload = json.dumps({
            "event": "PlaceAnOrder", "event_id": "@ORDER@_PlaceAnOrder",
            "event_time": int(now.timestamp()),
            "user": {"email": "0" * 64, "phone": "0" * 64} if consent else None,
            "page": {"url": "https://shop.example/pos"},
            "properties": {"contents": [{"content_id": l[2], "content_type": "product",
                                         "content_name": l[3], "quantity": l[5],
                                         "price": l[4] / 100} for l in lines],
                           "content_type": "product", "value": total / 100, "currency": "MAD",
                           "order_id": "@ORDER@", "num_items": len(lines)}},
            separators=(",", ":"))
        key, iso_day = str(uuid.uuid4()), day.isoformat()

        started = time.perf_counter()
        c = floor
        c.execute("BEGIN IMMEDIATE")
        bumped = c.execute("UPDATE order_counters SET last_number = last_number + 1 "
                           "WHERE prefix = 'S' AND business_date = ?", (iso_day,))
        if bumped.rowcount == 0:
            c.execute("INSERT INTO order_counters VALUES ('S', ?, 1)", (iso_day,))
            number = 1
        else:
            number = c.execute("SELECT last_number FROM order_counters WHERE prefix = 'S' "
                               "AND business_date = ?", (iso_day,)).fetchone()[0]
        order = f"S-{day:%Y%m%d}-{number:04d}"
        sale_id = c.execute(
            "INSERT INTO sales (order_number, checkout_key, created_at, business_date, "
            "clerk_id, subtotal, discount_total, total, customer_name, customer_email, "
            "customer_phone, customer_consent, customer_phone_hash, uid) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (order, key, created, iso_day, clerk_id, priced.subtotal.minor,
             priced.discount_total.minor, total, *who, new_uid().hex)).lastrowid
        c.executemany("INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, "
                      "unit_price, quantity, discount, promotion_name, total, uid) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                      [(sale_id, *l, new_uid().hex) for l in lines])
        c.execute("INSERT INTO payments (sale_id, method, amount, tendered, change, uid) "
                  "VALUES (?,?,?,?,?,?)", (sale_id, *pay, new_uid().hex))
        for l in lines:
            c.execute("UPDATE products SET stock = stock - ? WHERE id = ?", (l[5], l[1]))
        c.executemany("INSERT INTO stock_movements (product_id, delta, reason, sale_id, "
                      "staff_id, created_at, uid) VALUES (?,?,'sale',?,?,?,?)",
                      [(l[1], -l[5], sale_id, clerk_id, created, new_uid().hex) for l in lines])
        c.execute("INSERT INTO outbox (event_id, event_name, event_time, business_date, "
                  "payload, sale_id, status, attempts, event_source, event_source_id) "
                  "VALUES (?, 'PlaceAnOrder', ?, ?, ?, ?, 'waiting', 0, 'web', "
                  "'COQDA8RC77U2TMR44LI0')",
                  (f"{order}_PlaceAnOrder", created, iso_day,
                   payload.replace("@ORDER@", order), sale_id))
        c.execute("COMMIT")
        return time.perf_counter() - started

    for _ in range(20):  # warm-up
        cart, priced, payment, customer = prepare()
        save_app(cart, payment, customer)
        save_floor(cart, priced, payment, customer)
    app_times, floor_times, lines = [], [], []
    for _ in range(saves):
        cart, priced, payment, customer = prepare()
        lines.append(len(cart.items))
        app_times.append(save_app(cart, payment, customer))
        floor_times.append(save_floor(cart, priced, payment, customer))
    rss = maxrss_mib()
    prepared = [prepare() for _ in range(TRACE_N)]
    tracemalloc.start()
    for cart, priced, payment, customer in prepared:
        save_app(cart, payment, customer)
    app_peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.reset_peak()
    for cart, priced, payment, customer in prepared:
        cart.clear()  # a new checkout key; the floor writes its own rows anyway
        save_floor(cart, priced, payment, customer)
    floor_peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    floor.close()
    db.dispose()
    return {"app": summary(app_times), "floor": summary(floor_times),
            "lines_mean": statistics.fmean(lines), "maxrss": rss,
            "tracemalloc_peak": app_peak, "floor_tracemalloc_peak": floor_peak}


# ----- 4. finding an order (child) ----------------------------------------------------------------
def child_find(path: str, finds: int, phones: list[str], days: list[str], seed: int = 23) -> dict:
    from datetime import date

    from sqlalchemy import func, select

    from db.models import Sale
    from pos.app import open_shop
    from pos.returns import find_sale, search_sales
    from pos.shop import load_shop_settings

    rng = random.Random(seed)
    db = open_shop(url_of(Path(path)))
    with db.read() as session:
        shop = load_shop_settings(session)
        last = session.scalar(select(func.max(Sale.id)))
        total = session.scalar(select(func.count()).select_from(Sale))
        wanted = sorted({rng.randrange(1, last + 1) for _ in range(finds + 200)})
        numbers = list(session.scalars(select(Sale.order_number).where(Sale.id.in_(wanted))))
    rng.shuffle(numbers)

    def find_once(number: str) -> float:
        started = time.perf_counter()
        with db.read() as session:   # what the return screen does with a scanned receipt
            sale = find_sale(session, number)
            assert sale is not None and sale.lines and sale.payments, number
        return time.perf_counter() - started

    def search_once(**criteria) -> float:
        started = time.perf_counter()
        with db.read() as session:
            found = search_sales(session, shop, **criteria)
            assert found, criteria
        return time.perf_counter() - started

    for number in numbers[:50]:
        find_once(number)
    found = [find_once(n.lower() if i % 10 == 0 else n)  # a few typed in lower case
             for i, n in enumerate(numbers[50:50 + finds])]
    local = [f"0{p[4:5]} {p[5:7]} {p[7:9]} {p[9:11]} {p[11:13]}" for p in phones]  # 06 12 ..
    searches = max(finds // 10, 20)
    by_day = [search_once(day=date.fromisoformat(rng.choice(days))) for _ in range(searches)]
    by_phone = [search_once(phone=rng.choice(local)) for _ in range(searches)]
    rss = maxrss_mib()
    tracemalloc.start()
    for number in numbers[:TRACE_N]:
        find_once(number)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.reset_peak()
    for _ in range(20):
        search_once(day=date.fromisoformat(rng.choice(days)))
        search_once(phone=rng.choice(local))
    search_peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    db.dispose()
    return {"sales": total, "find": summary(found), "by_day": summary(by_day),
            "by_phone": summary(by_phone), "maxrss": rss, "tracemalloc_peak": peak,
            "search_tracemalloc_peak": search_peak}


CHILDREN = {"setup-demo": child_setup_demo, "setup-products": child_setup_products,
            "setup-history": child_setup_history, "scan": child_scan, "save": child_save,
            "find": child_find}


# ----- the table ----------------------------------------------------------------------------------
def ms(s: dict) -> str:
    return f"p50 {s['p50']:.1f} ms, p99 {s['p99']:.1f} ms (max {s['max']:.1f})"


def mem(peak, rss) -> str:
    parts = []
    if peak is not None:
        parts.append(f"{peak:.1f} MiB")
    else:
        parts.append("—")
    parts.append(f"{rss:.0f} MiB" if rss is not None else "—")
    return " | ".join(parts)


def build_rows(r: dict, sizes: dict) -> tuple[list[tuple], list[str]]:
    """(measure, result, goal, tracemalloc peak, ru_maxrss) rows, and the goals' verdicts."""
    rows, verdicts = [], []

    def goal(name: str, ok: bool, text: str) -> str:
        verdicts.append(f"{name}: {'yes' if ok else 'NO'}")
        return f"{text}: {'yes' if ok else '**NO**'}"

    for key, label in (("cold_demo", f"demo shop, {r['demo']['sales']:,} sales"),
                       ("cold_products", f"{r['products']['products']:,} products"),
                       ("cold_history", f"{r['history']['sales']:,} sales")):
        c = r[key]
        text = (f"median {c['median']:.2f} s of {c['runs']} (min {c['min']:.2f}, max "
                f"{c['max']:.2f}); first start of the day (takes the backup) {c['first']:.2f} s")
        g = goal(f"cold start < 2 s ({label})", c["median"] < 2, "< 2 s")
        rows.append((f"cold start to a usable sale screen, {label}", text, g,
                     c["tracemalloc_peak"], c["maxrss"]))
        rows.append(("  where it goes (medians)",
                     "; ".join(f"{k} {v:.0f} ms" for k, v in c["marks_ms"].items()), "", None,
                     None))

    s = r["scan"]
    n = f"{s['products']:,} products"
    rows.append((f"scan to line, barcode ({s['barcode']['n']:,} scans, {n})", ms(s["barcode"]),
                 goal("scan-to-line p99 < 20 ms", s["barcode"]["p99"] < 20, "p99 < 20 ms"),
                 s["tracemalloc_peak"], s["maxrss"]))
    b = s["breakdown"]
    for key, text in (
            ("lookup", "lookup + cart_item (reads)"),
            ("viewcontent", "the ViewContent event (its own write transaction, fsync)"),
            ("refresh", "SaleScreen.refresh (promotions read, pricing, labels)"),
            ("model", "CartTableModel.data (Qt sizing the columns and painting)"),
            ("paint", "processEvents (painting), without the model's data()"),
            ("other", "the rest of submit_scan (its own code, Qt widget calls)")):
        rows.append((f"  of which: {text}", ms(b[key]), "", None, None))
    rows.append((f"scan to line, the 21st to 30th line of a cart ({s['long_cart']['n']} scans)",
                 ms(s["long_cart"]),
                 goal("long cart p99 < 20 ms", s["long_cart"]["p99"] < 20, "p99 < 20 ms"),
                 None, None))
    rows.append((f"scan to line, typed SKU ({s['sku']['n']} scans)", ms(s["sku"]),
                 goal("typed SKU p99 < 20 ms", s["sku"]["p99"] < 20, "p99 < 20 ms"), None,
                 None))
    rows.append((f"unknown code to its message ({s['unknown']['n']} scans)", ms(s["unknown"]),
                 "", None, None))

    rows.extend(save_rows(r["save"], goal))

    f = r["find"]
    h = r["history"]
    rows.append((f"find_sale among {f['sales']:,} sales (synthetic, {h['lines']:,} lines; "
                 f"{f['find']['n']:,} lookups)", ms(f["find"]), "", f["tracemalloc_peak"],
                 f["maxrss"]))
    rows.append((f"search_sales by date (a day of ~{f['sales'] // 365:,} sales, newest 50)",
                 ms(f["by_day"]), "",
                 f["search_tracemalloc_peak"], None))
    rows.append(("search_sales by phone (E.164 from '06 ..')", ms(f["by_phone"]), "", None,
                 None))
    return rows, verdicts


def save_rows(v: dict, goal) -> list[tuple]:
    """The rows of saving a sale. Its goals: p99 under 30 ms, and at p50 at most 4x plain
    sqlite3 writing the same rows (SQLAlchemy's public API costs a little; simple code is
    worth the last fraction of a millisecond)."""
    ratio50 = v["app"]["p50"] / v["floor"]["p50"]
    ratio99 = v["app"]["p99"] / v["floor"]["p99"]
    return [
        (f"saving a sale: complete_sale in db.write() ({v['app']['n']:,} sales, "
         f"{v['lines_mean']:.1f} lines avg)", ms(v["app"]),
         goal("sale saved p99 < 30 ms", v["app"]["p99"] < 30, "p99 < 30 ms"),
         v["tracemalloc_peak"], v["maxrss"]),
        ("  floor: the same rows, plain sqlite3, WAL + synchronous=FULL + BEGIN IMMEDIATE",
         ms(v["floor"]), "", v["floor_tracemalloc_peak"], None),
        ("  app / floor", f"{ratio50:.1f}x at p50, {ratio99:.1f}x at p99",
         goal("sale saved <= 4x the floor at p50", ratio50 <= 4, "p50 <= 4x"), None, None),
    ]


def print_save_only(r: dict, out=sys.stdout) -> list[str]:
    """--only save: the save's rows alone, over --products products."""
    verdicts = []

    def goal(name: str, ok: bool, text: str) -> str:
        verdicts.append(f"{name}: {'yes' if ok else 'NO'}")
        return f"{text}: {'yes' if ok else '**NO**'}"

    print(machine_line(r["machine"]) + f"; {r['products']['products']:,} products", file=out)
    print("| measure | result | goal | tracemalloc peak | ru_maxrss |", file=out)
    print("|---|---|---|---|---|", file=out)
    for name, result, text, peak, rss in save_rows(r["save"], goal):
        print(f"| {name} | {result} | {text} | {mem(peak, rss)} |", file=out)
    print("Goals: " + "; ".join(verdicts), file=out)
    return verdicts


def print_table(r: dict, sizes: dict, out=sys.stdout) -> list[str]:
    rows, verdicts = build_rows(r, sizes)
    print(machine_line(r["machine"]) + "; SQLite files in " + tempfile.gettempdir(), file=out)
    print(f"Setup (not timed): {r['products']['products']:,} products inserted in "
          f"{r['products']['seconds']:.1f} s (Core, one transaction); "
          f"{r['history']['sales']:,} synthetic sales and {r['history']['lines']:,} lines in "
          f"{r['history']['seconds']:.0f} s (plain sqlite3 executemany, "
          f"{r['history']['size_mib']:,.0f} MiB file)", file=out)
    print(file=out)
    print("| measure | result | goal | tracemalloc peak | ru_maxrss |", file=out)
    print("|---|---|---|---|---|", file=out)
    for name, result, goal, peak, rss in rows:
        print(f"| {name} | {result} | {goal} | {mem(peak, rss)} |", file=out)
    print(file=out)
    print("Goals: " + "; ".join(verdicts), file=out)
    return verdicts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, help=f"default {FULL['products']:,}")
    parser.add_argument("--sales", type=int, help=f"default {FULL['sales']:,}")
    parser.add_argument("--scans", type=int, help=f"default {FULL['scans']:,}")
    parser.add_argument("--saves", type=int, help=f"default {FULL['saves']:,}")
    parser.add_argument("--finds", type=int, help=f"default {FULL['finds']:,}")
    parser.add_argument("--runs", type=int, help="cold starts timed (default 5)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary databases")
    parser.add_argument("--only", choices=["save"],
                        help="only this figure (save: --products products, --saves sales)")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "ARGS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        name, kwargs = args.child[0], json.loads(args.child[1])
        if name == "cold":
            child_cold(**kwargs)
        else:
            emit(CHILDREN[name](**kwargs))
        # Done and reported: skip the interpreter's teardown, where PySide6 6.12 can abort
        # ("none_dealloc") while garbage-collecting the widgets.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    sizes = dict(QUICK if args.quick else FULL)
    for key in ("products", "sales", "scans", "saves", "finds", "runs"):
        if getattr(args, key) is not None:
            sizes[key] = getattr(args, key)
    import signal
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still remove the folder
    folder = Path(tempfile.mkdtemp(prefix="counter-bench-"))
    r: dict = {"machine": machine(), "sizes": sizes, "load_before": os.getloadavg()}
    started = time.perf_counter()
    try:
        # One folder each: the day's first-start backup goes beside each database.
        demo, products, history = (folder / name / "shop.sqlite3"
                                   for name in ("demo", "products", "history"))
        for path in (demo, products, history):
            path.parent.mkdir()
        if args.only == "save":
            return _save_only(folder, products, sizes)
        log(f"bench/counter.py in {folder}: the demo shop with {sizes['demo_sales']} sales…")
        r["demo"] = run_child(folder, "setup-demo", path=str(demo),
                              demo_sales=sizes["demo_sales"])
        log(f"cold start on the demo shop (1 + {sizes['runs']} runs)…")
        r["cold_demo"] = cold_start_runs(folder, demo, sizes["runs"])
        log(f"{sizes['products']:,} products…")
        r["products"] = run_child(folder, "setup-products", path=str(products),
                                  products=sizes["products"])
        log("cold start with them…")
        r["cold_products"] = cold_start_runs(folder, products, sizes["runs"])
        log(f"scan to line, {sizes['scans']:,} scans…")
        r["scan"] = run_child(folder, "scan", path=str(products), scans=sizes["scans"])
        log("the same scans, with timers around the parts…")
        r["scan"].update(run_child(folder, "scan", path=str(products), scans=sizes["scans"],
                                   breakdown=True))
        log(f"saving {sizes['saves']:,} sales, against the sqlite3 floor…")
        r["save"] = run_child(folder, "save", path=str(products), saves=sizes["saves"])
        log(f"{sizes['sales']:,} synthetic sales…")
        history_result = run_child(folder, "setup-history", path=str(history),
                                   sales=sizes["sales"])
        phones, days = history_result.pop("phones"), history_result.pop("days")
        r["history"] = history_result
        log(f"finding {sizes['finds']:,} orders among them…")
        r["find"] = run_child(folder, "find", path=str(history), finds=sizes["finds"],
                              phones=phones, days=days)
        log("cold start with them…")
        r["cold_history"] = cold_start_runs(folder, history, sizes["runs"])
    finally:
        if args.keep:
            log(f"databases kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    r["seconds"] = time.perf_counter() - started
    r["load_after"] = os.getloadavg()
    verdicts = print_table(r, sizes)
    print(f"\n(bench/counter.py took {r['seconds']:.0f} s; load average before "
          f"{r['load_before'][0]:.2f}, after {r['load_after'][0]:.2f}, 5-minute "
          f"{r['load_after'][1]:.2f}: anything else running on the {r['machine']['cores']} "
          "cores shows in the tails)")
    if args.json:
        r["verdicts"] = verdicts
        r["rows"] = [list(row) for row in build_rows(r, sizes)[0]]
        Path(args.json).write_text(json.dumps(r, indent=1))
    return 0 if all(v.endswith("yes") for v in verdicts) else 1


def _save_only(folder: Path, products: Path, sizes: dict) -> int:
    r: dict = {"machine": machine()}
    log(f"{sizes['products']:,} products…")
    r["products"] = run_child(folder, "setup-products", path=str(products),
                              products=sizes["products"])
    log(f"saving {sizes['saves']:,} sales, against the sqlite3 floor…")
    r["save"] = run_child(folder, "save", path=str(products), saves=sizes["saves"])
    verdicts = print_save_only(r)
    return 0 if all(v.endswith("yes") for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
