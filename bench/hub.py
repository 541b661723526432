"""Benchmark: four tills and one shop hub on this machine (issue 15).

    .venv/bin/python bench/hub.py [--quick] [--server URL] [--outage 10000] [--real 1000]
                                  [--online-seconds 20] [--rate 1] [--interval 1]
                                  [--sync-thread] [--profile] [--keep]

The hub is a new database on a throwaway PostgreSQL server started here as the tests start
theirs (scripts/test-postgres.sh: fsync off), or on --server URL (a superuser's, e.g. the
tests' POS_TEST_PG_URL); it is dropped at the end. T1 is the demo shop (the shop's first
till, its catalog), T2-T4 new tills that take the hub's catalog; each its own SQLite file.

1. Online: each till in its own process sells --rate sales a second on average, at random
   moments, through the real checkout (one sale a transaction, as at the counter) while a second process on the same
   file syncs with the hub every --interval seconds (the app's background sync: no
   interval is defined in db/hub or ui yet, so 1 s), for --online-seconds; both warmed up
   first, as in a till open a while. --sync-thread syncs in a thread of the selling process
   instead, as the app does (at 1 sale a second a till the figures are alike: lag p99
   1.07 s in one run). Measured: the sales a
   second reaching the hub, and each sale's lag from the till's commit (its created_at)
   to the hub having it (a column `arrived_at DEFAULT clock_timestamp()` added to the
   bench hub's sales: the moment the push's INSERT wrote it, a few ms before its commit).
2. Outage: with the hub unreachable (no sync), each till gets --outage sales. They are
   made once: T1 makes --real sales through the real checkout (50 a transaction), then
   every till's file gets copies of those rows (every fact table: new uids keeping their
   UUID v7 time, new ids, numbers and checkout keys, references moved along) until it
   holds --outage new sales. Then the four tills sync at once, each in its own process
   (sync_once, the push's default batches): the time from the start of the first to the
   end of the last is the catch-up (goal: 40,000 sales under 30 s).
3. The floor: the same rows (read from the four files beforehand, not timed) loaded with
   plain psycopg COPY into tables made `LIKE <fact table> INCLUDING ALL` on the same hub
   database (the same columns, defaults and indexes; no staging, no uid look-ups, no
   triggers): goal, the push within 5x of it.
--profile: the catch-up of T1 is then run once more, on a fresh copy of its outage,
in this process under cProfile, and the top of the profile is printed.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from db.engine import Database  # noqa: E402
from db.hub.link import FACT_TABLES  # noqa: E402
from db.hub.push import shape  # noqa: E402
from tests.hub_child import sell_one, shop_ids  # noqa: E402

SHOP = "BENCH"
TILLS = ("T1", "T2", "T3", "T4")
GOAL_CATCH_UP_S = 30.0
GOAL_LAG_P99_S = 2.0
GOAL_FLOOR_RATIO = 5.0


# =============================================================================================
# A till's process (this script run with `till ...`)
# =============================================================================================
def keep_syncing(db: Database, hub_url: str, interval: float, stopped) -> list[float]:
    """The app's background sync: one every `interval` seconds (start to start) until
    stopped(); returns each sync's seconds."""
    from db.hub.sync import HubUnreachable, sync_once
    took = []
    while not stopped():
        started = time.monotonic()
        try:
            sync_once(db, hub_url)
            took.append(time.monotonic() - started)
        except HubUnreachable as error:
            print(f"unreachable {error}", flush=True)
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
    return took


def syncs_line(took: list[float], waiting: int) -> str:
    return (f"{len(took)} syncs of {statistics.median(took or [0]):.2f} s (median), "
            f"{max(took or [0]):.2f} s (worst), waiting {waiting}")


def ready_then_wait(db: Database, go: str) -> None:
    """Imports done and the database open: says so, then waits for the go file, so that no
    till's start-up eats the others' time."""
    from db.hub.sync import sync_once  # noqa: F401 - imported before the clock starts
    with db.read() as session:
        session.execute(text("SELECT 1"))
    print("ready", flush=True)
    while not Path(go).exists():
        time.sleep(0.002)


def till_online(args) -> None:
    """Sells args.rate sales a second for args.seconds; with --sync-thread a thread of this
    process syncs meanwhile (as the app), else a process of its own does (till sync-loop)."""
    from db.hub.sync import sync_once
    db = Database(args.db)
    products, clerks = shop_ids(db)
    rng = random.Random(args.seed)
    sell_one(db, rng, products, clerks)  # warm, as a till that has been open a while
    ready_then_wait(db, args.go)
    stop = threading.Event()
    took: list[float] = []
    if args.sync_thread:
        syncer = threading.Thread(target=lambda: took.extend(keep_syncing(
            db, args.hub, args.interval, stop.is_set)), daemon=True)
        syncer.start()
    begun = time.monotonic()
    sold, due = 0, begun
    while time.monotonic() - begun < args.seconds:
        sell_one(db, rng, products, clerks)
        sold += 1
        # Customers come at random (a Poisson process), not in step with the sync's clock.
        due += rng.expovariate(args.rate)
        time.sleep(max(0.0, due - time.monotonic()))
    line = f"sold {sold} in {time.monotonic() - begun:.1f} s"
    if args.sync_thread:
        stop.set()
        syncer.join()
        line += ", " + syncs_line(took, sync_once(db, args.hub).waiting)
    print(line, flush=True)


def till_sync_loop(args) -> None:
    from db.hub.sync import sync_once
    db = Database(args.db)
    sync_once(db, args.hub)  # warm: connected, statements compiled
    ready_then_wait(db, args.go)
    took = keep_syncing(db, args.hub, args.interval, Path(args.stop).exists)
    print(syncs_line(took, sync_once(db, args.hub).waiting), flush=True)


def till_catch_up(args) -> None:
    """Waits for the go file (imports and connections done), then one sync; prints its
    wall-clock start and end."""
    from db.hub.sync import sync_once
    db, hub_url = Database(args.db), args.hub
    ready_then_wait(db, args.go)
    started = time.time()
    result = sync_once(db, hub_url)
    print(f"done {result.pushed} {result.waiting} {started:.6f} {time.time():.6f}", flush=True)


def till_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench/hub.py till")
    parser.add_argument("mode", choices=("online", "sync-loop", "catch-up"))
    parser.add_argument("--db", required=True)
    parser.add_argument("--hub", required=True)
    parser.add_argument("--rate", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sync-thread", action="store_true")
    parser.add_argument("--go", help="a file: the till starts when it exists")
    parser.add_argument("--stop", help="a file: sync-loop stops when it exists")
    args = parser.parse_args(argv)
    {"online": till_online, "sync-loop": till_sync_loop, "catch-up": till_catch_up}[args.mode](args)
    return 0


def start_till(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "till", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


# =============================================================================================
# The server and the hub
# =============================================================================================
@contextmanager
def throwaway_server():
    """scripts/test-postgres.sh, sourced by a shell that lives as long as the server must:
    closing its stdin ends it, and its EXIT trap stops the server and removes its folder."""
    script = (f'python="{sys.executable}"; source "{ROOT}/scripts/test-postgres.sh"; '
              'echo "$POS_TEST_PG_URL"; read -r _')
    shell = subprocess.Popen(["bash", "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    url = shell.stdout.readline().strip()
    try:
        if not url:
            raise SystemExit("the throwaway PostgreSQL server did not start")
        yield url
    finally:
        shell.stdin.close()
        shell.wait(timeout=60)


@contextmanager
def bench_hub(server_url: str):
    """A new database on the server, upgraded to a hub; dropped with its tills' roles."""
    from db.hub.schema import upgrade_hub
    name = f"counter_bench_hub_{os.getpid()}"
    server = Database(server_url)
    with server.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    hub = Database(make_url(server_url).set(database=name).render_as_string(hide_password=False))
    try:
        upgrade_hub(hub.engine)
        with hub.write() as session:  # the moment the push wrote each sale, for the lag
            session.execute(text("ALTER TABLE sales ADD COLUMN arrived_at timestamptz "
                                 "DEFAULT clock_timestamp()"))
        yield hub
    finally:
        with hub.read() as session:
            roles = list(session.scalars(text("SELECT role_name FROM tills")))
        hub.dispose()
        with server.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        server.dispose()


def attach_tills(hub: Database, folder: Path) -> dict[str, tuple[str, str]]:
    """T1 the demo shop, T2-T4 new tills: {code: (till's database URL, its hub URL)}."""
    from db.hub.sync import attach
    from db.hub.tills import add_till
    from db.migrate import upgrade_to_head
    from tests.crash_child import make_demo_db
    tills = {}
    for code in TILLS:
        path = folder / f"{code}.sqlite3"
        if code == "T1":
            make_demo_db(path)
        else:
            db = Database(f"sqlite:///{path}")
            upgrade_to_head(db.engine)
            db.dispose()
        db = Database(f"sqlite:///{path}")
        url = add_till(hub.engine, SHOP, code)
        attach(db, url, SHOP, code, keep_url=False)
        db.dispose()
        tills[code] = (f"sqlite:///{path}", url)
    return tills


# =============================================================================================
# 1. Online
# =============================================================================================
def started_together(children: list[subprocess.Popen], go: Path) -> None:
    for child in children:
        if child.stdout.readline().strip() != "ready":
            raise SystemExit("a till did not start")
    go.touch()


def online(hub: Database, tills: dict, args, folder: Path) -> dict:
    go, stop = folder / "online-go", folder / "online-over"
    common = ["--interval", str(args.interval), "--rate", str(args.rate),
              "--seconds", str(args.online_seconds), "--go", str(go)]
    thread = ["--sync-thread"] if args.sync_thread else []
    sellers = [start_till("online", "--db", db, "--hub", url, "--seed", str(i), *common,
                          *thread) for i, (db, url) in enumerate(tills.values())]
    syncers = [] if args.sync_thread else [
        start_till("sync-loop", "--db", db, "--hub", url, "--stop", str(stop), *common)
        for db, url in tills.values()]
    started_together(sellers + syncers, go)
    with hub.read() as session:
        since = session.scalar(text("SELECT clock_timestamp()"))
    outputs = [child.communicate()[0] for child in sellers]
    stop.touch()
    outputs = [o.strip() + (f", {s.communicate()[0].strip()}" if s else "")
               for o, s in zip(outputs, syncers or [None] * len(sellers))]
    with hub.read() as session:
        lags = [float(lag) for lag in session.scalars(text(
            "SELECT extract(epoch FROM arrived_at - created_at) FROM sales "
            "WHERE created_at >= :since"), {"since": since})]
    return {"sales": len(lags), "lags": lags, "outputs": outputs}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# =============================================================================================
# 2. Outage: T1's real sales, copied into every till
# =============================================================================================
def high_marks(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as con:
        return {t: con.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                for t in FACT_TABLES}


def make_real_sales(path: Path, count: int) -> None:
    db = Database(f"sqlite:///{path}")
    products, clerks = shop_ids(db)
    rng = random.Random(2)
    for done in range(0, count, 50):
        sell_one(db, rng, products, clerks, sales=min(50, count - done))
    db.dispose()


def copy_rows(source: Path, low: dict, high: dict, target: Path, copies: int,
              first_copy: int) -> None:
    """`copies` copies of the source's facts with ids in (low, high] into the target: new
    ids, references moved along, new uids (the same v7 time, a new random tail), numbers
    and checkout keys made unique, the target's own till code."""
    with closing(sqlite3.connect(target, isolation_level=None)) as con:
        con.execute("ATTACH DATABASE ? AS source", (str(source),))
        till = con.execute("SELECT till FROM hub_link").fetchone()[0]
        con.execute("BEGIN")
        for k in range(first_copy, first_copy + copies):
            offsets = {t: con.execute(f"SELECT coalesce(max(id), 0) FROM main.{t}").fetchone()[0]
                       - low[t] for t in FACT_TABLES}
            for table in FACT_TABLES:
                if high[table] > low[table]:
                    con.execute(copy_statement(con, table, offsets, k),
                                (till, low[table], high[table]))
        con.execute("COMMIT")


def copy_statement(con: sqlite3.Connection, table: str, offsets: dict, k: int) -> str:
    columns = [row[1] for row in con.execute(f"PRAGMA main.table_info({table})")]
    references = shape(table).references
    picked = []
    for column in columns:
        if column == "id":
            picked.append(f"id + {offsets[table]}")
        elif column in references:
            picked.append(f"{column} + {offsets[references[column]]}")
        elif column == "uid":
            picked.append("substr(uid, 1, 16) || lower(hex(randomblob(8)))")
        elif column == "till":
            picked.append("?")
        elif column == "order_number":
            picked.append(f"order_number || '.{k}'")
        elif column == "checkout_key":
            picked.append("lower(hex(randomblob(16)))")
        else:
            picked.append(column)
    return (f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {', '.join(picked)} "
            f"FROM source.{table} WHERE id > ? AND id <= ? ORDER BY id")


def fill_outage(tills: dict, args, folder: Path) -> tuple[dict, dict]:
    """Every till gets args.outage new sales; returns each till's marks before them and
    T1's source range."""
    paths = {code: Path(make_url(db).database) for code, (db, _) in tills.items()}
    before = {code: high_marks(path) for code, path in paths.items()}
    source = folder / "outage-source.sqlite3"
    started = time.monotonic()
    make_real_sales(paths["T1"], args.real)
    made = time.monotonic() - started
    shutil.copy(paths["T1"], source)  # T1's real sales, read while T1 is written
    low, high = before["T1"], high_marks(source)
    copies = args.outage // args.real
    started = time.monotonic()
    for code, path in paths.items():
        own = 1 if code == "T1" else 0  # T1 holds the real ones already
        copy_rows(source, low, high, path, copies - own, first_copy=own + 1)
    print(f"outage: {args.real:,} real sales at T1 in {made:.1f} s "
          f"({made / args.real * 1000:.1f} ms a sale, 50 a transaction), copied to "
          f"{copies * args.real:,} sales a till in {time.monotonic() - started:.1f} s")
    return before, {"low": low, "high": high}


# =============================================================================================
# 2b. The catch-up, 3. the floor
# =============================================================================================
def catch_up(tills: dict, folder: Path) -> dict:
    go = folder / "go"
    go.unlink(missing_ok=True)
    children = [start_till("catch-up", "--db", db, "--hub", url, "--go", str(go))
                for db, url in tills.values()]
    started_together(children, go)
    results = []
    for child in children:
        out = child.communicate()[0].split()
        results.append((int(out[1]), int(out[2]), float(out[3]), float(out[4])))
    return {"pushed": sum(r[0] for r in results), "waiting": sum(r[1] for r in results),
            "seconds": max(r[3] for r in results) - min(r[2] for r in results),
            "each": [r[3] - r[2] for r in results]}


def floor_rows(tills: dict, before: dict) -> dict[str, list[tuple]]:
    """The outage's rows as a bulk loader would send them (references as plain ids)."""
    rows = {table: [] for table in FACT_TABLES}
    for number, (code, (db, _)) in enumerate(tills.items()):
        apart = number * 100_000_000  # each till's ids apart, as the hub's would be
        with closing(sqlite3.connect(make_url(db).database)) as con:
            for table in FACT_TABLES:
                fact = shape(table)
                picked = ", ".join("?" if c == "till" else f"{c} + {apart}"
                                   if c in fact.references else c for c in fact.columns)
                rows[table] += con.execute(
                    f"SELECT {picked}, '{SHOP}' FROM {table} WHERE id > ?",
                    (code, before[code][table])).fetchall()
    return rows


def copy_floor(hub: Database, rows: dict[str, list[tuple]]) -> float:
    """Plain COPY of the rows into look-alike tables on the same database: seconds."""
    connection = hub.engine.raw_connection()
    try:
        cursor = connection.driver_connection.cursor()
        for table in FACT_TABLES:
            cursor.execute(f"CREATE TABLE floor_{table} (LIKE {table} INCLUDING ALL)")
        connection.driver_connection.commit()
        started = time.perf_counter()
        for table in FACT_TABLES:
            columns = ", ".join((*shape(table).columns, "shop"))
            with cursor.copy(f"COPY floor_{table} ({columns}) FROM STDIN") as copy:
                for row in rows[table]:
                    copy.write_row(row)
        connection.driver_connection.commit()
        return time.perf_counter() - started
    finally:
        connection.close()


def check_hub(hub: Database, tills: dict, rows: dict) -> list[str]:
    """Every fact on the hub once: its count is the tills' count."""
    problems = []
    with hub.read() as session:
        for table in FACT_TABLES:
            on_hub = session.scalar(text(f"SELECT count(DISTINCT uid) FROM {table}"))
            total = session.scalar(text(f"SELECT count(*) FROM {table}"))
            local = 0
            for code, (db, _) in tills.items():
                with closing(sqlite3.connect(make_url(db).database)) as con:
                    local += con.execute(f"SELECT count(*) FROM {table} WHERE till IS NULL "
                                         "OR till = ?", (code,)).fetchone()[0]
            if not on_hub == total == local:
                problems.append(f"{table}: hub {total} ({on_hub} uids), tills {local}")
    return problems


def bytes_a_sale(hub: Database) -> tuple[float, float]:
    """The fact tables' size on the hub (rows and indexes) per sale, and rows per sale."""
    with hub.read() as session:
        size = sum(session.scalar(text(f"SELECT pg_total_relation_size('{table}')"))
                   for table in FACT_TABLES)
        rows = sum(session.scalar(text(f"SELECT count(*) FROM {table}")) for table in FACT_TABLES)
        sales = session.scalar(text("SELECT count(*) FROM sales"))
    return size / sales, rows / sales


def profile_push(tills: dict, before: dict, hub: Database, folder: Path) -> None:
    """T1's outage pushed again in this process, from a copy whose marks went back and
    whose rows got new uids (so the hub takes them as new), under cProfile."""
    from db.hub.sync import sync_once
    db_url, hub_url = tills["T1"]
    copy = folder / "profiled.sqlite3"
    shutil.copy(make_url(db_url).database, copy)
    with closing(sqlite3.connect(copy, isolation_level=None)) as con:
        con.execute("BEGIN")
        for table in FACT_TABLES:
            con.execute(f"UPDATE {table} SET uid = substr(uid, 1, 16) || "
                        "lower(hex(randomblob(8))) WHERE id > ?", (before["T1"][table],))
            con.execute("UPDATE hub_pushed SET last_id = ? WHERE table_name = ?",
                        (before["T1"][table], table))
        con.execute("UPDATE sales SET order_number = order_number || '.p', checkout_key = "
                    "lower(hex(randomblob(16))) WHERE id > ?", (before["T1"]["sales"],))
        con.execute("COMMIT")
    db = Database(f"sqlite:///{copy}")
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    result = sync_once(db, hub_url)
    profiler.disable()
    print(f"\nprofile: T1's outage again in this process, {result.pushed:,} rows in "
          f"{time.perf_counter() - started:.2f} s (cProfile on)")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
    print("\n".join("    " + line for line in out.getvalue().splitlines()[6:]))


# =============================================================================================
# main
# =============================================================================================
def report(on: dict, outage: int, caught: dict, floor: float, rows: dict, args) -> bool:
    lags = on["lags"]
    p50, p99 = percentile(lags, 0.5), percentile(lags, 0.99)
    facts = sum(len(r) for r in rows.values())
    ratio = caught["seconds"] / floor
    lag_ok, catch_ok, floor_ok = (p99 < GOAL_LAG_P99_S, caught["seconds"] < GOAL_CATCH_UP_S,
                                  ratio < GOAL_FLOOR_RATIO)
    print("\nfour tills, each its own process and SQLite file, one hub on this machine")
    print(f"online sales reaching the hub: {on['sales'] / args.online_seconds:.1f} sales/s "
          f"({on['sales']:,} sales in {args.online_seconds:.0f} s, {args.rate:g} a second a "
          f"till asked; sync every {args.interval:g} s)")
    print(f"online lag, till's commit to hub: p50 {p50:.2f} s, p99 {p99:.2f} s, worst "
          f"{max(lags):.2f} s   [target p99 < {GOAL_LAG_P99_S:g} s: {yes(lag_ok)}]")
    print(f"catch-up of {4 * outage:,} sales ({facts:,} rows): {caught['seconds']:.1f} s, "
          f"{4 * outage / caught['seconds']:,.0f} sales/s, {facts / caught['seconds']:,.0f} "
          f"rows/s; each till {', '.join(f'{s:.1f}' for s in caught['each'])} s   "
          f"[target < {GOAL_CATCH_UP_S:g} s: {yes(catch_ok)}]")
    print(f"COPY floor, the same {facts:,} rows: {floor:.1f} s, {facts / floor:,.0f} rows/s")
    print(f"push / floor: {ratio:.1f}x   [target < {GOAL_FLOOR_RATIO:g}x: {yes(floor_ok)}]")
    return lag_ok and catch_ok and floor_ok


def yes(ok: bool) -> str:
    return "yes" if ok else "NO"


def run(server_url: str, args) -> int:
    folder = Path(tempfile.mkdtemp(prefix="counter-bench-hub-"))
    try:
        with bench_hub(server_url) as hub:
            tills = attach_tills(hub, folder)
            on = online(hub, tills, args, folder)
            for code, output in zip(tills, on["outputs"]):
                print(f"  {code}: {output}")
            before, _ = fill_outage(tills, args, folder)
            caught = catch_up(tills, folder)
            rows = floor_rows(tills, before)
            floor = copy_floor(hub, rows)
            problems = check_hub(hub, tills, rows)
            ok = report(on, args.outage, caught, floor, rows, args)
            size, facts = bytes_a_sale(hub)
            print(f"hub size: {size:,.0f} bytes a sale ({facts:.1f} fact rows a sale, every "
                  "fact table with its indexes)")
            if caught["waiting"]:
                problems.append(f"{caught['waiting']} facts still waiting after the catch-up")
            for problem in problems:
                print(f"FAILED: {problem}")
            if args.profile:
                profile_push(tills, before, hub, folder)
        # --quick is a smoke run: its small push is mostly fixed costs, the goals are for
        # the full sizes; only a wrong count fails it.
        return 0 if (ok or args.quick) and not problems else 1
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["till"]:
        return till_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--server", help="a PostgreSQL superuser's URL (default: a "
                                         "throwaway server started here)")
    parser.add_argument("--outage", type=int, default=10_000, help="sales a till, offline")
    parser.add_argument("--real", type=int, default=1_000,
                        help="of which made through the real checkout (the rest copies)")
    parser.add_argument("--online-seconds", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=1.0,
                        help="sales a second a till (a busy real till: one a minute)")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between syncs")
    parser.add_argument("--sync-thread", action="store_true",
                        help="online, each till syncs in a thread of its selling process "
                             "(as the app) rather than in a process of its own")
    parser.add_argument("--profile", action="store_true", help="cProfile one till's push")
    parser.add_argument("--keep", action="store_true", help="keep the tills' files")
    args = parser.parse_args(argv)
    if args.quick:
        args.outage, args.real, args.online_seconds = 500, 100, 5.0
    if args.server:
        return run(args.server, args)
    with throwaway_server() as url:
        return run(url, args)


if __name__ == "__main__":
    sys.exit(main())
