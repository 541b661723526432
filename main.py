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
    python main.py receipt NUMBER --printer URL [--paper 80|58]
                                                   the same, reprinted on an ESC/POS printer
    python main.py receipt NUMBER --gift --pdf FILE (or --printer URL)
                                                   a sale's gift receipt: its items, no prices
    python main.py print-test --printer URL [--paper 80|58]
                                                   a test page on an ESC/POS receipt printer
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
from contextlib import closing, contextmanager
from datetime import date, datetime

from pos.i18n import (ENGLISH, LANGUAGES, N_, LanguageError, _, checked, figures_locale,
                      language, ngettext, use_language, words_of)

# argparse's own words (usage, errors, its --help line) are looked up in Counter's catalog,
# so the whole of `--help` and every refusal reads in one language.
ARGPARSE_WORDS = (N_("usage: "), N_("options"), N_("positional arguments"),
                  N_("show this help message and exit"), N_("%(prog)s: error: %(message)s\n"),
                  N_("the following arguments are required: %s"),
                  N_("unrecognized arguments: %s"), N_("expected one argument"),
                  N_("argument %(argument_name)s: %(message)s"),
                  N_("invalid choice: %(value)r (choose from %(choices)s)"),
                  N_("invalid %(type)s value: %(value)r"), N_("expected at least one argument"),
                  N_("not allowed with argument %s"))


def build_parser() -> argparse.ArgumentParser:
    """The commands and their help, in the language spoken (set before it is built)."""
    argparse._ = _
    parser = argparse.ArgumentParser(prog="counter", description=_("Counter point of sale"))
    parser.add_argument("--db", metavar="URL",
                        help=_("database URL (default: $POS_DB_URL, else a file in your data "
                               "folder)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=_("the language for this run, whoever logs in (default: "
                               "$POS_LANG, else the shop's, then each person's own)"))
    sub = parser.add_subparsers(dest="command", title=_("commands"))
    demo = sub.add_parser("demo", help=_("fill the database with realistic demo sales"))
    demo.add_argument("--sales", type=int, default=200, help=_("how many sales (default 200)"))
    demo.add_argument("--days", type=int, default=30,
                      help=_("over how many days up to today (default 30)"))
    demo.add_argument("--seed", type=int, default=7,
                      help=_("the same seed makes the same sales (default 7)"))
    sync = sub.add_parser("sync", help=_("send every waiting TikTok event now, trying again "
                                         "after network or server errors, and print a summary "
                                         "(exit code 1 when some are left waiting or failed)"))
    sync.add_argument("--max-wait", type=float, default=60.0, metavar="SECONDS",
                      help=_("how long to keep trying after errors that may pass (default 60)"))
    report = sub.add_parser("report",
                            help=_("print a day's returns review or sales (Z) report"))
    kinds = report.add_subparsers(dest="report", required=True)
    for kind, text in (("returns", _("the day's returns and exchanges, totals and flags")),
                       ("sales", _("the day's sales (Z) report and cash"))):
        one = kinds.add_parser(kind, help=text)
        one.add_argument("--date", metavar="YYYY-MM-DD",
                         help=_("the shop's business day (default: today in the shop)"))
        one.add_argument("--csv", metavar="FILE",
                         help=_("also write the report to this CSV file"))
        one.add_argument("--shop", action="store_true",
                         help=_("the whole shop's report, every till's, read from the shop's "
                                "hub (exit code 2 when no hub is set up, 1 when it cannot be "
                                "reached)"))
    products = sub.add_parser(
        "import-products", help=_("import a product CSV: a Shopify product export, Shopify's "
                                  "inventory export (stock counts), or any CSV with --mapping "
                                  "(exit code 1 when nothing could be imported, 2 when the "
                                  "file was refused)"))
    products.add_argument("file", metavar="FILE.csv")
    products.add_argument("--mapping", metavar="field=column", nargs="+", default=None,
                          help=_("the file's column for a field; fields: {fields}").format(
                              fields="sku, barcode, name, price, compare_at, stock, "
                                     "collections, active"))
    products.add_argument("--manager", metavar="NAME",
                          help=_("the manager importing (default: the first active manager)"))
    products.add_argument("--location", metavar="NAME",
                          help=_("an inventory export's location to import (default: its "
                                 "first)"))
    backup = sub.add_parser(
        "backup", help=_("write a consistent copy of the shop's database to PATH: a file, or "
                         "a folder to put a dated copy in (safe while the app is open)"))
    backup.add_argument("path", metavar="PATH")
    restore = sub.add_parser(
        "restore", help=_("replace the shop's data with the backup at PATH, after checking "
                          "it; the data it replaces is kept in the backups folder (close the "
                          "app first)"))
    restore.add_argument("path", metavar="PATH")
    restore.add_argument("--yes", action="store_true", help=_("do not ask before replacing"))
    receipt = sub.add_parser(
        "receipt", help=_("the receipt of a sale (S-...) or a return (R-...), marked as a "
                          "reprint: written as a PDF on the 80 mm roll, or printed on an "
                          "ESC/POS receipt printer (exit code 2 for an unknown number or a "
                          "wrong address, 1 when the printer failed)"))
    receipt.add_argument("number", metavar="ORDER_NUMBER")
    receipt.add_argument("--pdf", metavar="FILE", help=_("the PDF file to write"))
    receipt.add_argument("--gift", action="store_true",
                         help=_("the sale's gift receipt: its items and quantities without "
                                "any price, with a barcode for an exchange"))
    add_printer_arguments(receipt, required=False)
    print_test = sub.add_parser(
        "print-test", help=_("print a test page on an ESC/POS receipt printer: the shop's "
                             "heading, both scripts, an amount and a barcode (exit code 2 for "
                             "a wrong address, 1 when the printer failed); the drawer stays "
                             "shut"))
    add_printer_arguments(print_test, required=True)
    till = sub.add_parser("till", help=_("this till and its shop's hub"))
    till_commands = till.add_subparsers(dest="till_command", required=True)
    attach = till_commands.add_parser(
        "attach", help=_("attach this till (--db) to its shop's hub: the shop's first till "
                         "brings its catalog and history, a new till takes the hub's catalog"))
    attach.add_argument("--hub", metavar="TILL_URL", required=True,
                        help=_("the URL `hub add-till` printed for this till"))
    attach.add_argument("--shop", metavar="CODE", required=True)
    attach.add_argument("--till", metavar="CODE", required=True)
    add_hub_parser(sub)
    return parser


def add_printer_arguments(command, required: bool) -> None:
    from pos.hardware.printer import URL_FORMS
    from pos.hardware.settings import PAPERS

    command.add_argument("--printer", metavar="URL", required=required,
                         help=_("the receipt printer's address: {forms}").format(
                             forms=", ".join(URL_FORMS)))
    command.add_argument("--paper", metavar="MM", type=int, choices=sorted(PAPERS), default=80,
                         help=_("the paper's width in millimetres: 80 or 58 (default 80)"))


def add_hub_parser(sub) -> None:
    """`hub ...`: the shop's hub on PostgreSQL. upgrade and add-till need no till database
    (no --db); sync is the till's."""
    hub = sub.add_parser("hub", help=_("the shop's hub (PostgreSQL): set it up, add its tills "
                                       "(exit code 2 when the hub refused or did not answer)"))
    commands = hub.add_subparsers(dest="hub_command", required=True)
    upgrade = commands.add_parser(
        "upgrade", help=_("create or upgrade the hub's schema (as the hub database's owner)"))
    owner = _("the hub database's owner: {url}").format(
        url="postgresql://USER:PASSWORD@HOST/DB")
    upgrade.add_argument("--hub", metavar="URL", required=True, help=owner)
    add_till = commands.add_parser(
        "add-till", help=_("give a till its own login on the hub and print its URL, once"))
    add_till.add_argument("--hub", metavar="URL", required=True, help=owner)
    add_till.add_argument("--shop", metavar="CODE", required=True,
                          help=_("the shop's code: letters, digits and '-', up to 16"))
    add_till.add_argument("--till", metavar="CODE", required=True,
                          help=_("the till's code inside its numbers: letters and digits, up "
                                 "to 6"))
    commands.add_parser(
        "sync", help=_("this till (--db): push what waits and pull what changed, once, and "
                       "print one line (exit code 0 when nothing is left to push, 1 when some "
                       "is or the hub did not answer, 2 when the till is not attached)"))


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
    POS_LANG when given: its text, its CSV's headers and what the command says about it
    (main() already speaks that language)."""
    day = None
    if args.date is not None:
        try:
            day = parse_day(args.date)
        except ValueError:
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
    from pos.till_scope import WHOLE_SHOP

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
    from pos.i18n import speaking

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
        print(_("--sales must be 0 or more and --days at least 1."), file=sys.stderr)
        return 2
    db = open_shop(args.db)
    with terminal_progress(_("Demo sales"), _("sales"), args.sales) as progress:
        report = fill_demo_sales(db, args.sales, args.days, seed=args.seed, progress=progress)
    # Three counts, each with its own plural: three pieces, and the sentence around them.
    sales = ngettext("{n} demo sale", "{n} demo sales", report.sales).format(n=report.sales)
    returns = ngettext("{n} return", "{n} returns", report.returns).format(n=report.returns)
    period = ngettext("over the last day", "over the last {n} days", args.days).format(
        n=args.days)
    print(_("{sales} and {returns} made {period} in {url}").format(
        sales=sales, returns=returns, period=period, url=db.url))
    return 0


def cmd_sync(args) -> int:
    from pos.app import open_shop
    from pos.tiktok import report_words, summary_words
    from tracking.send_now import send_everything

    if args.max_wait < 0:
        print(_("--max-wait must be 0 or more seconds."), file=sys.stderr)
        return 2
    db = open_shop(args.db)
    try:
        with terminal_progress(_("Sending to TikTok"), _("events")) as progress:
            report = send_everything(db, args.max_wait, progress=progress)
    finally:
        db.dispose()
    print(summary_words(report))
    if report.waiting or report.failed:
        print(report_words(report), file=sys.stderr)
        return 1
    return 0


def cmd_import_products(args) -> int:
    mapping = None
    if args.mapping is not None:
        mapping = {}
        for pair in args.mapping:
            field, sep, column = pair.partition("=")
            if not sep or not field.strip() or not column.strip():
                print(_("--mapping takes field=column pairs, not '{pair}'.").format(pair=pair),
                      file=sys.stderr)
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
            print(_("No active manager named '{name}'.").format(name=args.manager)
                  if args.manager else _("The shop has no active manager to import as."),
                  file=sys.stderr)
            return 2
        try:
            if mapping is None and is_inventory_export(read_columns(args.file)):
                result = import_counts(db, args.file, manager.id, location=args.location)
            else:
                with terminal_progress(_("Importing"), _("rows")) as progress:
                    result = import_products(db, args.file, manager.id, mapping=mapping,
                                             progress=progress)
        except (ImportFileError, PermissionDenied) as error:
            print(_("{file} was not imported: {error} Nothing was changed.").format(
                file=args.file, error=words_of(error)), file=sys.stderr)
            if isinstance(error, UnknownColumns):
                print(_('Say which column is which: --mapping {field}="column name" ...')
                      .format(field=error.missing[0]), file=sys.stderr)
            return 2
    finally:
        db.dispose()
    first, *others = result_lines(result)
    print(_("{file} imported by {manager}: {result}").format(file=args.file,
                                                             manager=manager.name, result=first))
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
                raise BackupError(N_("{path} is the shop's own database: choose another PATH."),
                                  path=target)
            try:
                check_shop_file(target)
            except BackupError:
                raise BackupError(N_("{path} already exists and is not a Counter backup: "
                                     "choose another PATH."), path=target) from None
        with terminal_progress(_("Backing up"), _("pages")) as progress:
            backup_to(url, target, progress=progress)
        check_shop_file(target)  # read back whole: a backup nobody checked is not one
    except BackupError as error:
        print(_("No backup made: {reason}").format(reason=words_of(error)), file=sys.stderr)
        return 2
    except OSError as error:
        print(_("No backup made: could not write {path}: {reason}.").format(
            path=target, reason=error.strerror or error), file=sys.stderr)
        return 1
    print(_("Backup written to {path}: {summary}.").format(
        path=target, summary=described(summarise(target))))
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
        print(_("Nothing restored: {reason}").format(reason=words_of(error)), file=sys.stderr)
        return 2
    print(_("Backup {path}: {summary}.").format(path=source,
                                                summary=described(summarise(source))))
    if target.exists():
        print(_("It replaces the shop's data in {path}: {summary}.").format(
            path=target, summary=described(summarise(target))))
    if not args.yes:
        if not sys.stdin.isatty():
            print(_("Nothing restored: add --yes to replace the shop's data."),
                  file=sys.stderr)
            return 2
        answer = input(_("Replace the shop's data with this backup? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", _("y"), _("yes")):
            print(_("Nothing restored."))
            return 1

    from ui.instance import take_shop_lock

    lock = take_shop_lock(url)
    if not lock:
        print(_("Nothing restored: Counter is open on this shop. Close it, then restore."),
              file=sys.stderr)
        return 2
    try:
        with terminal_progress(_("Restoring"), _("pages")) as progress:
            kept = restore_from(source, url, progress=progress)
    except BackupError as error:
        print(_("Nothing restored: {reason}").format(reason=words_of(error)), file=sys.stderr)
        return 2
    except OSError as error:
        print(_("Nothing restored: {reason}.").format(reason=error.strerror or error),
              file=sys.stderr)
        return 1
    finally:
        if lock is not True:
            lock.unlock()
    print(_("Restored {name} into {path}.").format(name=source.name, path=target))
    if kept is not None:
        print(_("The data it replaced is kept in {path}.").format(path=kept))
    return 0


def cmd_receipt(args) -> int:
    from pos.app import open_shop
    from pos.receipt_paper import COLUMNS, gift_paper, receipt_paper
    from pos.receipts import gift_receipt_by_number, receipt_by_number, record_gift_receipt
    from pos.shop import load_shop_settings

    if args.pdf is None and args.printer is None:
        print(_("Say where the receipt goes: --pdf FILE, --printer URL, or both."),
              file=sys.stderr)
        return 2
    address = None
    if args.printer is not None:
        address = receipt_printer(args.printer)
        if address is None:
            return 2
    db = open_shop(args.db)
    try:
        with db.read() as session:
            shop = load_shop_settings(session)
            if args.gift:
                receipt = gift_receipt_by_number(session, args.number, shop)
            else:
                receipt = receipt_by_number(session, args.number, shop)
        if receipt is None:
            print(_("No sale has the number '{number}'. A sale's number starts with S- (as "
                    "printed under the receipt's barcode); a return has no gift receipt.")
                  .format(number=args.number) if args.gift else
                  _("No sale or return has the number '{number}'. A sale's number starts "
                    "with S-, a return's with R- (as printed under the receipt's "
                    "barcode).").format(number=args.number), file=sys.stderr)
            return 2
        number = args.number.strip().upper()
        app = drawing_without_a_display()  # noqa: F841

        def rows_for(columns: int):
            if args.gift:
                return gift_paper(receipt, shop, columns)
            return receipt_paper(receipt, shop, reprint=True, columns=columns)

        def gift_out(printed_on: str) -> None:
            if args.gift:
                with db.write() as session:
                    record_gift_receipt(session, None, receipt.order_number, printed_on)

        if args.pdf is not None:
            from ui.receipt import save_pdf

            try:
                save_pdf(rows_for(COLUMNS), args.pdf)
            except OSError as error:
                print(_("No receipt written: {reason}").format(reason=error.strerror or error),
                      file=sys.stderr)
                return 1
            gift_out("pdf")
            print(_("Receipt {number} written to {path}").format(number=number, path=args.pdf))
        if address is None:
            return 0
        done = print_rows(address, args.paper, rows_for)
        if done == 0:
            gift_out("receipt printer")
            print(_("Receipt {number} printed on {printer}.").format(number=number,
                                                                      printer=args.printer))
        return done
    finally:
        db.dispose()


def cmd_print_test(args) -> int:
    from db.types import utc_now
    from pos.app import open_shop
    from pos.receipt_paper import test_page
    from pos.shop import load_shop_settings

    address = receipt_printer(args.printer)
    if address is None:
        return 2
    db = open_shop(args.db)
    try:
        with db.read() as session:
            shop = load_shop_settings(session)
    finally:
        db.dispose()
    app = drawing_without_a_display()  # noqa: F841
    now = utc_now()
    done = print_rows(address, args.paper, lambda columns: test_page(
        shop, args.printer, args.paper, now, columns))
    if done == 0:
        print(_("Test page printed on {printer}.").format(printer=args.printer))
    return done


def receipt_printer(url: str):
    """The ESC/POS printer the URL names; None, said on stderr, when it names none."""
    from pos.hardware.printer import URL_FORMS, HardwareError, parse_printer_url

    try:
        address = parse_printer_url(url)
    except HardwareError as error:
        print(_("Nothing printed: {reason}").format(reason=words_of(error)), file=sys.stderr)
        return None
    if address is None:
        print(_("Nothing printed: '{url}' is the system's printer; give a receipt printer's "
                "address, like one of these: {forms}.").format(url=url,
                                                              forms=", ".join(URL_FORMS)),
              file=sys.stderr)
    return address


def drawing_without_a_display():
    """The Qt application receipts are drawn in (fonts need one): keep it while drawing.
    Without a display, on the offscreen platform."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def print_rows(address, paper_mm: int, rows_for) -> int:
    """rows_for(columns) drawn at the paper's width and sent whole, never with the drawer's
    pulse: 0 printed, 1 when the printer failed (said on stderr)."""
    from pos.hardware.printer import PrinterError
    from pos.hardware.settings import PAPERS
    from ui.till_printer import print_roll

    paper = PAPERS[paper_mm]
    rows = rows_for(paper.columns)
    try:
        printed = print_roll(address, paper, rows)
    except PrinterError as error:
        print(_("Not printed: {reason}").format(reason=words_of(error)), file=sys.stderr)
        return 1
    if printed.paper_low:
        print(_("The printer's paper is running low."), file=sys.stderr)
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
        print(words_of(error), file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(_("Till {till} of shop {shop} is attached to the hub at {url}: {sync}").format(
        till=args.till.upper(), shop=args.shop.upper(), url=shown(make_url(args.hub)),
        sync=sync_line(result)))
    return 0


def sync_line(result) -> str:
    if result.waiting:
        return _("pushed {pushed} facts, pulled {pulled} changes; waiting: {waiting}").format(
            pushed=result.pushed, pulled=result.pulled, waiting=result.waiting)
    return _("pushed {pushed} facts, pulled {pulled} changes; nothing waiting").format(
        pushed=result.pushed, pulled=result.pulled)


def described(summary) -> str:
    """What a shop file holds (db.backup.summarise), for a person to recognise it: in
    English as it always was (ISO days), in French and Arabic with their own figures."""
    from babel.numbers import format_decimal

    from pos.dates import format_date

    figures = None if language() == ENGLISH else figures_locale("fr_MA")

    def number(value, pattern=None) -> str:
        if figures is None:
            return f"{value:.1f}" if pattern else f"{value:,}"
        return format_decimal(value, pattern, locale=figures)

    def day(stored) -> str:
        return str(stored) if figures is None else format_date(date.fromisoformat(stored),
                                                               figures)

    size = _("{size} MB").format(size=number(summary.size_bytes / 1_048_576, "0.0"))
    if not summary.sales:
        return _("no sales, {size}").format(size=size)
    sales = ngettext("{n} sale", "{n} sales", summary.sales).format(n=number(summary.sales))
    if summary.first_day == summary.last_day:
        return _("{sales} ({day}), {size}").format(sales=sales, day=day(summary.first_day),
                                                   size=size)
    return _("{sales} ({first} to {last}), {size}").format(
        sales=sales, first=day(summary.first_day), last=day(summary.last_day), size=size)


def cmd_hub_sync(args) -> int:
    from db.hub.credentials import hub_url
    from db.hub.link import own_till
    from db.hub.sync import HubUnreachable
    from pos.app import open_shop
    from pos.hub import sync_alone

    db = open_shop(args.db, seed_demo=False)
    try:
        with db.read() as session:
            attached = own_till(session) is not None
        url = hub_url()
        if not attached or url is None:
            print(_("This till is not attached to a hub: run `till attach` first."),
                  file=sys.stderr)
            return 2
        try:
            result = sync_alone(db, url)
        except HubUnreachable as error:
            print(words_of(error), file=sys.stderr)
            return 1
    finally:
        db.dispose()
    print(_("hub: {sync}").format(sync=sync_line(result)))
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
        print(_("Hub: {problem}.").format(problem=words_of(error)), file=sys.stderr)
    except DBAPIError as error:
        print(_("Hub: {problem}.").format(problem=words_of(failure(error, hub_url(args.hub)))),
              file=sys.stderr)
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
    if before == after:
        print(_("The hub at {url} is up to date (hub schema {after}).").format(url=where,
                                                                              after=after))
    else:
        print(_("The hub at {url} was upgraded: hub schema {before} -> {after}.").format(
            url=where, before=before or _("none"), after=after))
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
    print(_("Till {till} of shop {shop} can now reach the hub with this URL:").format(
        till=till, shop=shop))
    print(url)
    print(_("Keep it now: it is shown only this once (the hub keeps no copy of its password). "
            "Give it to the till: {command}").format(
                command=f"till attach --hub URL --shop {shop} --till {till}"))
    return 0


def cmd_window(args) -> int:
    from ui.app import run_app

    return run_app(args.db, args.lang)


def shop_language(db: str | None) -> str | None:
    """The shop's language (ShopSettings.language), read from its database file without
    creating or upgrading it; None when there is no such file yet."""
    import json
    import sqlite3

    from db.engine import resolve_db_url, sqlite_file

    try:
        path = sqlite_file(resolve_db_url(db))
        if path is None or not path.is_file():
            return None
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'shop'").fetchone()
        code = json.loads(row[0]).get("language") if row else None
    except (sqlite3.Error, ValueError, AttributeError, TypeError):
        return None  # the command itself says what is wrong with the file
    return code if code in LANGUAGES else None


def needs_no_shop(argv: list[str]) -> bool:
    """`hub upgrade` and `hub add-till` speak to the hub only: no shop database to ask."""
    words = [a for a in argv if not a.startswith("-")]
    return words[:1] == ["hub"] and words[1:2] != ["sync"]


def choose_language(argv: list[str]) -> str | None:
    """Speaks the run's language before the parser is built: --lang, else POS_LANG, else the
    shop's, else English. Returns the override (--lang or POS_LANG), for the window. A code
    Counter does not speak raises LanguageError, in the language it could find."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--db")
    known, _rest = early.parse_known_args(argv)
    shop = None if needs_no_shop(argv) else shop_language(known.db)
    use_language(shop or ENGLISH)
    if known.lang is not None:
        override = checked(known.lang)
    elif os.environ.get("POS_LANG"):
        try:
            override = checked(os.environ["POS_LANG"])
        except LanguageError as error:
            raise LanguageError(_("POS_LANG: {problem}").format(problem=error)) from None
    else:
        override = None
    use_language(override or shop or ENGLISH)
    return override


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        override = choose_language(argv)
    except LanguageError as error:
        print(f"counter: {error}", file=sys.stderr)
        return 2
    args = build_parser().parse_args(argv)
    args.lang = override
    from pos.logs import configure_logging

    configure_logging()
    commands = {None: cmd_window, "demo": cmd_demo, "sync": cmd_sync, "report": cmd_report,
                "import-products": cmd_import_products, "backup": cmd_backup,
                "restore": cmd_restore, "receipt": cmd_receipt, "print-test": cmd_print_test,
                "hub": cmd_hub, "till": cmd_till_attach}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
