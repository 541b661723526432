"""Counter: the window, and the command-line subcommands.

    python main.py [--db URL]                      open the app
    python main.py demo --sales N --days D         fill the shop with realistic sales
    python main.py sync                            send the waiting TikTok events now
"""
from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="counter", description="Counter point of sale")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: $POS_DB_URL, else a file in your data folder)")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill the database with realistic demo sales")
    demo.add_argument("--sales", type=int, default=200)
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    sub.add_parser("sync", help="send the waiting TikTok events now and print a summary "
                                "(exit code 1 when some are left waiting or failed)")
    return parser


def cmd_demo(args) -> int:
    from pos.app import open_shop
    from pos.demo import fill_demo_sales

    if args.sales < 0 or args.days < 1:
        print("--sales must be 0 or more and --days at least 1.", file=sys.stderr)
        return 2
    db = open_shop(args.db)
    report = fill_demo_sales(db, args.sales, args.days, seed=args.seed)
    print(f"{report.sales} demo sales made over the last {args.days} days in {db.url}")
    return 0


def cmd_sync(args) -> int:
    from pos.app import open_shop
    from tracking.sync import sync_once

    db = open_shop(args.db)
    try:
        report = sync_once(db)
    finally:
        db.dispose()
    print(report.summary_line())
    if report.waiting or report.failed:
        print(report.message, file=sys.stderr)
        return 1
    return 0


def cmd_window(args) -> int:
    from ui.app import run_app

    return run_app(args.db)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commands = {None: cmd_window, "demo": cmd_demo, "sync": cmd_sync}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
