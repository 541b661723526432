"""Crash safety, the long version: many SIGKILLs of a till and of the TikTok sender.

    .venv/bin/python bench/crash_soak.py [--kills 200] [--sync-kills 50] [--seed N]

The same harness as tests/test_crash_safety.py (tests/crash_child.py), with many more kills:

1. sales and returns: a child process rings up sales and change-of-mind refunds through the
   real checkout and returns service on one demo shop database, and is killed with SIGKILL
   a random 0.2-0.8 s after its first committed sale, --kills times (a new child and seed
   each time, the same database). After each kill a fresh sqlite3 connection checks the
   whole database: integrity_check, every sale whole (lines, payments = total, one 'sale'
   stock movement per line, its PlaceAnOrder event), nothing without its sale or return,
   every return whole, stock = initial stock + movements, order and return numbers unique
   and 1..N per day without gaps, and every commit the child reported is there.
2. the TikTok sender: a child runs sync_once in a loop (batches of 50) against a local
   FakeTikTok (127.0.0.1, accepting everything), and is killed --sync-kills times: every
   other kill while TikTok holds a batch's answer, the others at a random moment of the
   drain; the outbox is refilled with 600 events when it runs low. After each kill: the
   database is whole and every event is sent or waiting. At the end one sync_once drains
   the rest: every event sent, each received at least once, none received again after it
   was marked sent, and only batches in flight at a kill were received twice.

Prints a table; exits 1 if any check failed. Nothing here touches a real shop or TikTok.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.crash_child import (  # noqa: E402
    ChildError,
    Children,
    SenderSoak,
    ShopSoak,
    connect,
    make_demo_db,
)
from tests.tiktok_server import FakeTikTok  # noqa: E402
from tracking.sync import sync_once  # noqa: E402


def shop_part(folder: Path, kills: int, rng: random.Random, failures: list[str]) -> dict:
    path = folder / "shop.sqlite3"
    make_demo_db(path)
    started = time.perf_counter()
    with Children() as children:
        soak = ShopSoak(path, folder, children, rng)
        for i in range(kills):
            try:
                kill = soak.kill_once()
            except ChildError as error:
                failures.append(f"shop kill {i}: {error}")
                continue
            failures.extend(f"shop kill {i} (child seed {kill.seed}): {f}"
                            for f in kill.checks.failed)
            if (i + 1) % 20 == 0:
                print(f"  ... {i + 1} shop kills", file=sys.stderr, flush=True)
    con = connect(path)
    try:
        days = con.execute("SELECT COUNT(DISTINCT business_date) FROM sales").fetchone()[0]
    finally:
        con.close()
    done = soak.kills
    return {
        "kills": len(done),
        "sales": sum(k.sales for k in done),
        "returns": sum(k.returns for k in done),
        "passed": sum(len(k.checks.passed) for k in done),
        "failed": sum(len(k.checks.failed) for k in done),
        "unreported": sum(k.sales + k.returns - k.acknowledged for k in done),
        "days": days,
        "size_mb": path.stat().st_size / 2**20,
        "seconds": time.perf_counter() - started,
    }


def quiet_resets(server: FakeTikTok) -> None:
    """A killed sender resets its keep-alive connection; the server thread waiting on it
    would print a traceback for each. Those resets are the point here: not printed."""
    inner = server._server
    report = inner.handle_error

    def handle_error(request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            report(request, client_address)

    inner.handle_error = handle_error


def sender_part(folder: Path, kills: int, rng: random.Random, failures: list[str]) -> dict:
    path = folder / "sender.sqlite3"
    make_demo_db(path)
    started = time.perf_counter()
    server = FakeTikTok().start()
    quiet_resets(server)
    try:
        with Children() as children:
            soak = SenderSoak(path, folder, children, server, rng, batch_size=50, refill=600)
            soak.fill()
            for i in range(kills):
                try:
                    kill = soak.kill_once()
                except ChildError as error:
                    failures.append(f"sender kill {i}: {error}")
                    continue
                failures.extend(f"sender kill {i} ({kill.mode}): {f}"
                                for f in kill.checks.failed)
            final = soak.finish(sync_once)
            failures.extend(f"sender, final drain: {f}" for f in final.failed)
        done = soak.kills
        return {
            "kills": len(done),
            "events": len(soak.queued),
            "requests": len(server.requests),
            "in_flight_kills": sum(1 for k in done if k.in_flight),
            "random_in_flight": sum(1 for k in done if k.in_flight and k.mode == "random"),
            "random_kills": sum(1 for k in done if k.mode == "random"),
            "resent": soak.resent(),
            "passed": sum(len(k.checks.passed) for k in done) + len(final.passed),
            "failed": sum(len(k.checks.failed) for k in done) + len(final.failed),
            "seconds": time.perf_counter() - started,
        }
    finally:
        server.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="kills of the till (200)")
    parser.add_argument("--sync-kills", type=int,
                        help="kills of the TikTok sender (default: 50, or a quarter of "
                             "--kills when that is given)")
    parser.add_argument("--seed", type=int, help="replay a run (printed at the start)")
    args = parser.parse_args(argv)
    sync_kills = args.sync_kills if args.sync_kills is not None else (
        50 if args.kills == 200 else max(1, args.kills // 4))
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    print(f"crash soak: seed {seed}, {args.kills} till kills, {sync_kills} sender kills",
          flush=True)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="counter-crash-") as folder:
        shop = shop_part(Path(folder), args.kills, random.Random(seed), failures)
        sender = sender_part(Path(folder), sync_kills, random.Random(seed + 1), failures)

    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} "
          f"{platform.release()}, Python {platform.python_version()}, SQLite "
          f"{__import__('sqlite3').sqlite_version}")
    print()
    print("| part | kills | committed | checks passed | checks failed | wall time |")
    print("|---|---|---|---|---|---|")
    print(f"| till: sales and returns | {shop['kills']} | {shop['sales']:,} sales, "
          f"{shop['returns']:,} returns over {shop['days']} business days | "
          f"{shop['passed']:,} | {shop['failed']} | {shop['seconds']:.0f} s |")
    print(f"| TikTok sender | {sender['kills']} | {sender['events']:,} events sent in "
          f"{sender['requests']:,} requests | {sender['passed']:,} | {sender['failed']} | "
          f"{sender['seconds']:.0f} s |")
    print()
    print(f"- till: every sale and return the child reported committed was found after the "
          f"kill; {shop['unreported']} of the kills landed between a commit and its "
          f"report (committed, not yet printed: found too). Database at the end: "
          f"{shop['size_mb']:.1f} MiB.")
    print(f"- sender: {sender['in_flight_kills']} of {sender['kills']} kills left a batch "
          f"received by TikTok but not marked sent ({sender['random_in_flight']} of the "
          f"{sender['random_kills']} random ones); {sender['resent']:,} events were received "
          "twice, all from those batches, none after being marked sent.")
    print()
    if failures:
        print(f"FAILED: {len(failures)} check(s)")
        for failure in failures[:30]:
            print(f"  {failure}")
        if len(failures) > 30:
            print(f"  ... and {len(failures) - 30} more")
        return 1
    print("All checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
