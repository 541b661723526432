"""Counter: the window, and the command-line subcommands.

    python main.py [--db URL]                      open the app
    python main.py demo --sales N --days D         fill the shop with realistic sales
    python main.py sync [--max-wait SECONDS]       send every waiting TikTok event now
    python main.py report returns --date YYYY-MM-DD [--csv FILE]   the day's returns review
    python main.py report sales --date YYYY-MM-DD [--csv FILE]     the day's Z report and cash
                   (add --shop: the whole shop's, every till's, read from the hub)
    python main.py import-products FILE.csv [--mapping field=column ...] [--manager NAME]
                                   [--location NAME]
                                                   import a product CSV (Shopify export or other)
                                                   or Shopify's inventory export (stock counts)
    python main.py backup PATH                     a consistent copy of the shop (app may be open)
    python main.py restore PATH [--yes]            put a backup back (the app must be closed)
    python main.py receipt NUMBER --pdf FILE       a sale's (S-...) or return's (R-...) receipt
    python main.py till attach --hub TILL_URL --shop CODE --till CODE
                                                   attach this till to its shop's hub
    python main.py hub sync                        push and pull once, print one line
    python main.py hub upgrade --hub URL           create or upgrade the shop's hub (PostgreSQL)
    python main.py hub add-till --hub URL --shop CODE --till CODE
                                                   a till's own login on the hub; prints its URL
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from datetime import date, datetime


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="counter", description="Counter point of sale")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: $POS_DB_URL, else a file in your data folder)")
    parser.add_argument("--lang", choices=("fr", "ar", "en"), default=None,
                        help="the language for this run, whoever logs in (default: $POS_LANG, "
                             "else the shop's, then each person's own)")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill the database with realistic demo sales")
    demo.add_argument("--sales", type=int, default=200)
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    sync = sub.add_parser("sync", help="send every waiting TikTok event now, trying again "
                                       "after network or server errors, and print a summary "
                                       "(exit code 1 when some are left waiting or failed)")
    sync.add_argument("--max-wait", type=float, default=60.0, metavar="SECONDS",
                      help="how long to keep trying after errors that may pass (default 60)")
    report = sub.add_parser("report", help="print a day's returns review or sales (Z) report")
    kinds = report.add_subparsers(dest="report", required=True)
    for kind, text in (("returns", "the day's returns and exchanges, totals and flags"),
                       ("sales", "the day's sales (Z) report and cash")):
        one = kinds.add_parser(kind, help=text)
        one.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the shop's business day (default: today in the shop)")
        one.add_argument("--csv", metavar="FILE", help="also write the report to this CSV file")
        one.add_argument("--shop", action="store_true",
                         help="the whole shop's report, every till's, read from the shop's hub "
                              "(exit code 2 when no hub is set up, 1 when it cannot be reached)")
    products = sub.add_parser(
        "import-products", help="import a product CSV: a Shopify product export, Shopify's "
                                "inventory export (stock counts), or any CSV with --mapping "
                                "(exit code 1 when nothing could be imported, 2 when the file "
                                "was refused)")
    products.add_argument("file", metavar="FILE.csv")
    products.add_argument("--mapping", metavar="field=column", nargs="+", default=None,
                          help="the file's column for a field; fields: sku, barcode, name, "
                               "price, compare_at, stock, collections, active")
    products.add_argument("--manager", metavar="NAME",
                          help="the manager importing (default: the first active manager)")
    products.add_argument("--location", metavar="NAME",
                          help="an inventory export's location to import (default: its first)")
    backup = sub.add_parser(
        "backup", help="write a consistent copy of the shop's database to PATH: a file, or a "
                       "folder to put a dated copy in (safe while the app is open)")
    backup.add_argument("path", metavar="PATH")
    restore = sub.add_parser(
        "restore", help="replace the shop's data with the backup at PATH, after checking it; "
                        "the data it replaces is kept in the backups folder (close the app "
                        "first)")
    restore.add_argument("path", metavar="PATH")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing")
    receipt = sub.add_parser(
        "receipt", help="write the receipt of a sale (S-...) or a return (R-...) as a PDF on "
                        "the 80 mm roll, marked as a reprint (exit code 2 for an unknown number)")
    receipt.add_argument("number", metavar="ORDER_NUMBER")
    receipt.add_argument("--pdf", metavar="FILE", required=True, help="the PDF file to write")
    till = sub.add_parser("till", help="this till and its shop's hub")
    till_commands = till.add_subparsers(dest="till_command", required=True)
    attach = till_commands.add_parser(
        "attach", help="attach this till (--db) to its shop's hub: the shop's first till brings "
                       "its catalog and history, a new till takes the hub's catalog")
    attach.add_argument("--hub", metavar="TILL_URL", required=True,
                        help="the URL `hub add-till` printed for this till")
    attach.add_argument("--shop", metavar="CODE", required=True)
    attach.add_argument("--till", metavar="CODE", required=True)
    add_hub_parser(sub)
    return parser


def add_hub_parser(sub) -> None:
    """`hub ...`: the shop's hub on PostgreSQL. upgrade and add-till need no till database
    (no --db); sync is the till's."""
    hub = sub.add_parser("hub", help="the shop's hub (PostgreSQL): set it up, add its tills "
                                     "(exit code 2 when the hub refused or did not answer)")
    commands = hub.add_subparsers(dest="hub_command", required=True)
    upgrade = commands.add_parser(
        "upgrade", help="create or upgrade the hub's schema (as the hub database's owner)")
    upgrade.add_argument("--hub", metavar="URL", required=True,
                         help="the hub database's owner: postgresql://USER:PASSWORD@HOST/DB")
    add_till = commands.add_parser(
        "add-till", help="give a till its own login on the hub and print its URL, once")
    add_till.add_argument("--hub", metavar="URL", required=True,
                          help="the hub database's owner: postgresql://USER:PASSWORD@HOST/DB")
    add_till.add_argument("--shop", metavar="CODE", required=True,
                          help="the shop's code: letters, digits and '-', up to 16")
    add_till.add_argument("--till", metavar="CODE", required=True,
                          help="the till's code inside its numbers: letters and digits, up to 6")
    commands.add_parser(
        "sync", help="this till (--db): push what waits and pull what changed, once, and print "
                     "one line (exit code 0 when nothing is left to push, 1 when some is or "
                     "the hub did not answer, 2 when the till is not attached)")


def parse_day(text: str) -> date:
    return datetime.strptime(text.strip(), "%Y-%m-%d").date()


@contextmanager
def terminal_progress(what: str, unit: str, total: int | None = None):
    """The progress of long work and the time it has left, drawn on the terminal (stderr);
    nothing at all in a script, where stderr is not a terminal. Gives the callback the work
    tells progress(done, total)."""
    from tqdm import tqdm

    with tqdm(desc=what, unit=f" {unit}", total=total, file=sys.stderr, disable=None,
              dynamic_ncols=True) as bar:
        def told(done: int, total: int) -> None:
            if total != bar.total:
                bar.reset(total=total)
            bar.update(done - bar.n)
        yield told


def cmd_report(args) -> int:
    """The day's report in the shop's language (ShopSettings.language), or in --lang /
    POS_LANG when given: its text, its CSV's headers and what the command says about it."""
    from pos.i18n import _, language, speaking

    day = None
    if args.date is not None:
        try:
            day = parse_day(args.date)
        except ValueError:
            with speaking(args.lang or language()):
                print(_("--date must be a date like 2026-11-22, not '{date}'.").format(
                    date=args.date), file=sys.stderr)
            return 2
    if args.shop:
        return _shop_report(args, day)

    from pos.app import open_shop

    db = open_shop(args.db)
    try:
        report = _report(db, args.report, day, lang=args.lang)
    finally:
        db.dispose()
    return _print_report(args, *report)


def _report(db, kind: str, day: date | None, scope=None, lang: str | None = None) -> tuple:
    """The report's text, its CSV writer, its figures and the language they are written in
    (`lang`, else the shop's): this till's (scope None) or the scope's."""
    from db.types import utc_now
    from pos.i18n import speaking
    from pos.report_export import returns_csv, returns_text, sales_csv, sales_text
    from pos.reports import returns_day, sales_day
    from pos.shop import load_shop_settings

    with db.read() as session:
        shop = load_shop_settings(session)
        code = lang or shop.language
        day = day or shop.local_date(utc_now())
        with speaking(code):
            if kind == "returns":
                figures = returns_day(session, shop, day, scope)
                return returns_text(figures, shop.locale, shop.name), returns_csv, figures, code
            figures = sales_day(session, shop, day, scope)
            return sales_text(figures, shop.locale, shop.name), sales_csv, figures, code


def _shop_report(args, day: date | None) -> int:
    """The same report over every till of the shop, read from the hub with this till's
    own login (the hub's row-level security keeps it inside its own shop)."""
    from sqlalchemy.exc import DBAPIError

    from db.engine import Database
    from db.hub.credentials import ENV_HUB_URL, hub_url as kept_hub_url
    from db.hub.server import HubError, failure, hub_url
    from pos.i18n import _, language, speaking, words_of
    from pos.till_scope import WHOLE_SHOP

    with speaking(args.lang or language()):
        kept = kept_hub_url()
        if kept is None:
            print(_("No hub is set up for this till: the whole shop's report is read from the "
                    "shop's hub (attach the till with `till attach`, or set {variable}).")
                  .format(variable=ENV_HUB_URL), file=sys.stderr)
            return 2
        try:
            url = hub_url(kept)
        except HubError as error:
            print(_("Hub: {error}.").format(error=words_of(error)), file=sys.stderr)
            return 2
        # A hub that is down is said so in seconds: db.engine's connect timeout.
        db = Database(url.render_as_string(hide_password=False))
        try:
            report = _report(db, args.report, day, WHOLE_SHOP, lang=args.lang)
        except DBAPIError as error:
            print(_("Hub: {error}.").format(error=failure(error, url)), file=sys.stderr)
            return 1
        finally:
            db.dispose()
    return _print_report(args, *report)


def _print_report(args, text: str, write, figures, code: str) -> int:
    """The report on the terminal, and in the CSV file when asked, in its language."""
    from pos.i18n import _, speaking

    print(text, end="")
    if args.csv:
        with speaking(code):
            try:
                write(figures, args.csv)
            except OSError as error:
                print(_("Could not write {file}: {reason}.").format(
                    file=args.csv, reason=error.strerror or error), file=sys.stderr)
                return 1
            print(_("CSV written to {file}").format(file=args.csv))
    return 0


def cmd_demo(args) -> int:
    from pos.app import open_shop
    from pos.demo import fill_demo_sales

    if args.sales < 0 or args.days < 1:
        print("--sales must be 0 or more and --days at least 1.", file=sys.stderr)
        return 2
    db = open_shop(args.db)
    with terminal_progress("Demo sales", "sales", args.sales) as progress:
        report = fill_demo_sales(db, args.sales, args.days, seed=args.seed, progress=progress)
    print(f"{report.sales} demo sales and {report.returns} returns made over the last "
          f"{args.days} days in {db.url}")
    return 0


def cmd_sync(args) -> int:
    from pos.app import open_shop
    from tracking.send_now import send_everything

    if args.max_wait < 0:
        print("--max-wait must be 0 or more seconds.", file=sys.stderr)
        return 2
    db = open_shop(args.db)
    try:
        with terminal_progress("Sending to TikTok", "events") as progress:
            report = send_everything(db, args.max_wait, progress=progress)
    finally:
        db.dispose()
    print(report.summary_line())
    if report.waiting or report.failed:
        print(report.message, file=sys.stderr)
        return 1
    return 0


def cmd_import_products(args) -> int:
    mapping = None
    if args.mapping is not None:
        mapping = {}
        for pair in args.mapping:
            field, sep, column = pair.partition("=")
            if not sep or not field.strip() or not column.strip():
                print(f"--mapping takes field=column pairs, not '{pair}'.", file=sys.stderr)
                return 2
            mapping[field.strip()] = column.strip()

    from sqlalchemy import select

    from db.models import Staff
    from pos.app import open_shop
    from pos.catalog_import import (ImportFileError, UnknownColumns, import_products,
                                    is_inventory_export, read_columns)
    from pos.import_summary import imported_anything, result_lines
    from pos.shopify_inventory import import_counts
    from pos.staff import PermissionDenied

    db = open_shop(args.db)
    try:
        with db.read() as session:
            query = select(Staff).where(Staff.active, Staff.role == "manager").order_by(Staff.id)
            if args.manager:
                query = query.where(Staff.name == args.manager)
            manager = session.scalar(query)
        if manager is None:
            print(f"No active manager named '{args.manager}'." if args.manager else
                  "The shop has no active manager to import as.", file=sys.stderr)
            return 2
        try:
            if mapping is None and is_inventory_export(read_columns(args.file)):
                result = import_counts(db, args.file, manager.id, location=args.location)
            else:
                with terminal_progress("Importing", "rows") as progress:
                    result = import_products(db, args.file, manager.id, mapping=mapping,
                                             progress=progress)
        except (ImportFileError, PermissionDenied) as error:
            print(f"{args.file} was not imported: {error} Nothing was changed.",
                  file=sys.stderr)
            if isinstance(error, UnknownColumns):
                print(f'Say which column is which: --mapping {error.missing[0]}="column name" '
                      "...", file=sys.stderr)
            return 2
    finally:
        db.dispose()
    first, *others = result_lines(result)
    print(f"{args.file} imported by {manager.name}: {first}")
    if others:
        print("\n".join(others))
    return 0 if imported_anything(result) else 1


def cmd_backup(args) -> int:
    from pathlib import Path

    from db.backup import BackupError, backup_to, check_shop_file, sqlite_path, summarise
    from db.engine import resolve_db_url

    url = resolve_db_url(args.db)
    target = Path(args.path).expanduser()
    try:
        source = sqlite_path(url)
        if target.is_dir():
            target = target / f"counter-{datetime.now():%Y%m%d-%H%M%S}-manual.sqlite3"
        if target.exists():
            if target.resolve() == source.resolve():
                raise BackupError(f"{target} is the shop's own database: choose another PATH.")
            try:
                check_shop_file(target)
            except BackupError:
                raise BackupError(f"{target} already exists and is not a Counter backup: "
                                  "choose another PATH.") from None
        with terminal_progress("Backing up", "pages") as progress:
            backup_to(url, target, progress=progress)
        check_shop_file(target)  # read back whole: a backup nobody checked is not one
    except BackupError as error:
        print(f"No backup made: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"No backup made: could not write {target}: {error.strerror or error}.",
              file=sys.stderr)
        return 1
    print(f"Backup written to {target}: {summarise(target).describe()}.")
    return 0


def cmd_restore(args) -> int:
    from pathlib import Path

    from db.backup import BackupError, check_shop_file, restore_from, sqlite_path, summarise
    from db.engine import resolve_db_url

    url = resolve_db_url(args.db)
    source = Path(args.path).expanduser()
    try:
        target = sqlite_path(url)
        check_shop_file(source)
    except BackupError as error:
        print(f"Nothing restored: {error}", file=sys.stderr)
        return 2
    print(f"Backup {source}: {summarise(source).describe()}.")
    if target.exists():
        print(f"It replaces the shop's data in {target}: {summarise(target).describe()}.")
    if not args.yes:
        if not sys.stdin.isatty():
            print("Nothing restored: add --yes to replace the shop's data.", file=sys.stderr)
            return 2
        if input("Replace the shop's data with this backup? [y/N] ").strip().lower() not in (
                "y", "yes"):
            print("Nothing restored.")
            return 1

    from ui.instance import take_shop_lock

    lock = take_shop_lock(url)
    if not lock:
        print("Nothing restored: Counter is open on this shop. Close it, then restore.",
              file=sys.stderr)
        return 2
    try:
        with terminal_progress("Restoring", "pages") as progress:
            kept = restore_from(source, url, progress=progress)
    except BackupError as error:
        print(f"Nothing restored: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"Nothing restored: {error.strerror or error}.", file=sys.stderr)
        return 1
    finally:
        if lock is not True:
            lock.unlock()
    print(f"Restored {source.name} into {target}.")
    if kept is not None:
        print(f"The data it replaced is kept in {kept}.")
    return 0


def cmd_receipt(args) -> int:
    import os

    from pos.app import open_shop
    from pos.receipts import receipt_by_number
    from pos.shop import load_shop_settings

    db = open_shop(args.db)
    try:
        with db.read() as session:
            shop = load_shop_settings(session)
            receipt = receipt_by_number(session, args.number, shop)
    finally:
        db.dispose()
    if receipt is None:
        print(f"No sale or return has the number '{args.number}'. A sale's number starts "
              "with S-, a return's with R- (as printed under the receipt's barcode).",
              file=sys.stderr)
        return 2
    # The PDF is drawn by Qt: without a display, on the offscreen platform.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from pos.receipt_paper import receipt_paper
    from ui.receipt import save_pdf

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    try:
        save_pdf(receipt_paper(receipt, shop, reprint=True), args.pdf)
    except OSError as error:
        print(f"No receipt written: {error}", file=sys.stderr)
        return 1
    print(f"Receipt {args.number.strip().upper()} written to {args.pdf}")
    return 0


def cmd_till_attach(args) -> int:
    from sqlalchemy.engine import make_url

    from db.hub.server import shown
    from db.hub.sync import AttachRefused, HubUnreachable
    from pos.app import open_shop
    from pos.hub import attach_till

    db = open_shop(args.db, seed_demo=False)  # a new till takes the hub's catalog
    try:
        result = attach_till(db, args.hub, args.shop, args.till)
    except (AttachRefused, HubUnreachable) as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(f"Till {args.till.upper()} of shop {args.shop.upper()} is attached to the hub at "
          f"{shown(make_url(args.hub))}: {sync_line(result)}")
    return 0


def sync_line(result) -> str:
    left = f"{result.waiting} waiting" if result.waiting else "nothing waiting"
    return f"pushed {result.pushed} facts, pulled {result.pulled} changes; {left}"


def cmd_hub_sync(args) -> int:
    from db.hub.credentials import hub_url
    from db.hub.link import own_till
    from db.hub.sync import HubUnreachable, sync_once
    from pos.app import open_shop

    db = open_shop(args.db, seed_demo=False)
    try:
        with db.read() as session:
            attached = own_till(session) is not None
        url = hub_url()
        if not attached or url is None:
            print("This till is not attached to a hub: run `till attach` first.", file=sys.stderr)
            return 2
        try:
            result = sync_once(db, url)
        except HubUnreachable as error:
            print(error, file=sys.stderr)
            return 1
    finally:
        db.dispose()
    print(f"hub: {sync_line(result)}")
    return 0 if result.waiting == 0 else 1


def cmd_hub(args) -> int:
    """The hub's commands say what went wrong in one line on stderr, never a password, and
    exit 2; a server that does not answer is given up within seconds."""
    from sqlalchemy.exc import DBAPIError

    from db.hub.server import HubError, failure, hub_url

    if args.hub_command == "sync":
        return cmd_hub_sync(args)
    commands = {"upgrade": cmd_hub_upgrade, "add-till": cmd_hub_add_till}
    try:
        return commands[args.hub_command](args)
    except HubError as error:
        print(f"Hub: {error}.", file=sys.stderr)
    except DBAPIError as error:
        print(f"Hub: {failure(error, hub_url(args.hub))}.", file=sys.stderr)
    return 2


def cmd_hub_upgrade(args) -> int:
    from db.hub.schema import current_hub_revision, upgrade_hub
    from db.hub.server import hub_engine, hub_url, shown

    engine = hub_engine(args.hub)
    try:
        before = current_hub_revision(engine)
        upgrade_hub(engine)
        after = current_hub_revision(engine)
    finally:
        engine.dispose()
    where = shown(hub_url(args.hub))
    print(f"The hub at {where} is up to date (hub schema {after})." if before == after else
          f"The hub at {where} was upgraded: hub schema {before or 'none'} -> {after}.")
    return 0


def cmd_hub_add_till(args) -> int:
    from db.hub.server import hub_engine
    from db.hub.tills import add_till, shop_code, till_code

    shop, till = shop_code(args.shop), till_code(args.till)
    engine = hub_engine(args.hub)
    try:
        url = add_till(engine, shop, till)
    finally:
        engine.dispose()
    print(f"Till {till} of shop {shop} can now reach the hub with this URL:")
    print(url)
    print("Keep it now: it is shown only this once (the hub keeps no copy of its password). "
          f"Give it to the till: till attach --hub URL --shop {shop} --till {till}")
    return 0


def cmd_window(args) -> int:
    from ui.app import run_app

    return run_app(args.db, args.lang)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.lang = args.lang or os.environ.get("POS_LANG") or None
    from pos.logs import configure_logging

    configure_logging()
    commands = {None: cmd_window, "demo": cmd_demo, "sync": cmd_sync, "report": cmd_report,
                "import-products": cmd_import_products, "backup": cmd_backup,
                "restore": cmd_restore, "receipt": cmd_receipt, "hub": cmd_hub,
                "till": cmd_till_attach}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
