"""Benchmark: the manager's day on a year of history.

    .venv/bin/python bench/manager_day.py [--db URL] [--sales 300000] [--days 365] [--repeat 5]

Fills the database with `main.py demo` (the real checkout and returns service, about 5% of
sales returned) unless it already holds sales, then times, on a fresh session each run,
what the screens ask for: a day's returns review (target under 300 ms), the 30-day chart
of returns by reason and the return rate per day (target under 1 s together), and the
day's Z report with its cash. Prints the best and worst of --repeat runs, then the
tracemalloc peak of one more run of each (not timed: tracemalloc slows Python down).
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from db.models import Return, Sale  # noqa: E402
from db.types import utc_now  # noqa: E402
from pos.app import open_shop  # noqa: E402
from pos.demo import fill_demo_sales  # noqa: E402
from pos.reports import (return_rate_by_day, returns_by_reason, returns_day,  # noqa: E402
                         sales_day)
from pos.shop import load_shop_settings  # noqa: E402


def timed(db, work, repeat: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(repeat):
        with db.read() as session:
            shop = load_shop_settings(session)
            started = time.perf_counter()
            result = work(session, shop)
            times.append(time.perf_counter() - started)
    return min(times) * 1000, max(times) * 1000, result


def peak_mib(db, work) -> float:
    """Python's peak memory for one more run of the work (tracemalloc, not timed)."""
    with db.read() as session:
        shop = load_shop_settings(session)
        tracemalloc.start()
        try:
            work(session, shop)
            return tracemalloc.get_traced_memory()[1] / 2**20
        finally:
            tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a new temporary file)")
    parser.add_argument("--sales", type=int, default=300_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'year.sqlite3'}"
    db = open_shop(url)
    with db.read() as session:
        sales = session.scalar(select(func.count()).select_from(Sale))
    if not sales:
        started = time.perf_counter()
        report = fill_demo_sales(db, args.sales, args.days)
        print(f"filled {url}: {report.sales} sales, {report.returns} returns "
              f"in {time.perf_counter() - started:.0f} s")
    with db.read() as session:
        sales = session.scalar(select(func.count()).select_from(Sale))
        returns = session.scalar(select(func.count()).select_from(Return))
        # The busiest day for returns: the worst case for the review.
        day, most = session.execute(
            select(Return.business_date, func.count()).group_by(Return.business_date)
            .order_by(func.count().desc()).limit(1)).one()
        today = load_shop_settings(session).local_date(utc_now())
    print(f"history: {sales} sales, {returns} returns; busiest day {day} ({most} returns)")

    results = [
        ("returns review of a day", 300,
         lambda s, shop: returns_day(s, shop, day)),
        ("30-day chart: by reason + return rate", 1000,
         lambda s, shop: (returns_by_reason(s, shop, today), return_rate_by_day(s, shop, today))),
        ("Z report and cash of a day", 300,
         lambda s, shop: sales_day(s, shop, day)),
        ("returns review of today", 300,
         lambda s, shop: returns_day(s, shop, today)),
    ]
    failed = False
    for name, target_ms, work in results:
        best, worst, _ = timed(db, work, args.repeat)
        ok = worst < target_ms
        failed |= not ok
        print(f"{name:40s} best {best:7.1f} ms  worst {worst:7.1f} ms  "
              f"(target < {target_ms} ms: {'ok' if ok else 'TOO SLOW'})  "
              f"tracemalloc peak {peak_mib(db, work):.1f} MiB")
    review = timed(db, lambda s, shop: returns_day(s, shop, day), 1)[2]
    print(f"the busiest day: {review.count} returns, {len(review.flags)} flags, "
          f"refunded {review.refunded}, deducted {review.deducted}")
    chart_start = today - timedelta(days=29)
    print(f"30-day window: {chart_start} to {today}")
    print(f"ru_maxrss of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    db.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
