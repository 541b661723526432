"""This till's figures, and the whole shop's. A sale of another till (its lines, payments and
returns) copied into this till's SQLite keeps that till's code: the Z report, the cash
close, the returns review and its chart, the CSV and `main.py report` of this till never
count it, while the return desk finds it and counts every return of it held here. The
whole shop's report reads the hub, every till's facts, on a real PostgreSQL server."""
from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

import main
from db.engine import Database
from db.hub.schema import upgrade_hub
from db.hub.sync import hub_database, sync_once
from db.hub.tills import add_till
from db.models import Base, HubLink
from pos.cash import cash_summary, close_day, record_cash_movement, set_opening_float
from pos.checkout import CardPayment, CashPayment, complete_sale
from pos.hub import attach_till
from pos.money import Money
from pos.receipts import last_receipt
from pos.report_export import csv_text, returns_csv, returns_text, sales_csv, sales_text
from pos.reports import returns_chart, returns_day, sales_day
from pos.return_desk import ReturnInProgress
from pos.return_policy import Reason, Remedy
from pos.returns import ReturnForm, find_sale, record_return, search_sales
from pos.shop import load_shop_settings
from pos.till_scope import WHOLE_SHOP
from tests.conftest import CLERK_NAME, MANAGER_NAME, cart_of, demo_staff

SHIRT, JEANS, TSHIRT = "1077218", "2002001", "2001001"
# Monday 5 April 2027 in Casablanca (UTC+1): the demo promotions are over.
DAY = datetime(2027, 4, 5, 9, 0, tzinfo=timezone.utc)


def at(hours: float) -> datetime:
    return DAY + timedelta(hours=hours)


def attach(db: Database, till: str) -> None:
    """What the lead's `till attach` leaves behind: the till's link to its hub."""
    with db.write() as s:
        s.add(HubLink(id=1, shop="CASA", till=till, pulled_seq=0))


def sell(db: Database, *lines, now: datetime, card: bool = False) -> str:
    cart = cart_of(db, *lines)
    with db.write() as s:
        sale = complete_sale(s, cart, CardPayment() if card else CashPayment(Money.of("1000")),
                             demo_staff(s, CLERK_NAME), load_shop_settings(s), now=now)
        return sale.order_number


def take_back(db: Database, number: str, now: datetime) -> str:
    """One unit of the sale's first line, refunded in cash."""
    with db.write() as s:
        sale = find_sale(s, number)
        form = ReturnForm(quantities={sale.lines[0].id: 1}, reason=Reason.CHANGE_OF_MIND,
                          remedy=Remedy.REFUND, original_condition=True,
                          original_packaging=True, refund_method="cash")
        return record_return(s, sale.id, form, demo_staff(s, CLERK_NAME),
                             load_shop_settings(s), now=now).return_number


def copy_sale(there: Database, here: Database, number: str) -> None:
    """As the lead's sync does when a sale of another till is returned here: the sale, its
    lines and payments, and the returns of it taken there, copied into this till's SQLite
    with their own till code (their ids are this database's own)."""
    tables = Base.metadata.tables
    sales, lines, payments = tables["sales"], tables["sale_lines"], tables["payments"]
    returns, return_lines = tables["returns"], tables["return_lines"]
    with there.read() as s:
        till = s.scalar(select(HubLink.till))
        sale = dict(s.execute(select(sales).where(sales.c.order_number == number))
                    .mappings().one())
        of_sale = lambda table, column: [dict(r) for r in s.execute(  # noqa: E731
            select(table).where(column == sale["id"]).order_by(table.c.id)).mappings()]
        sale_lines, sale_payments = of_sale(lines, lines.c.sale_id), of_sale(payments,
                                                                           payments.c.sale_id)
        taken = of_sale(returns, returns.c.sale_id)
        taken_lines = [dict(r) for r in s.execute(select(return_lines).where(
            return_lines.c.return_id.in_([r["id"] for r in taken]))).mappings()]
    fresh = lambda row, **changes: {k: v for k, v in row.items() if k != "id"} | changes  # noqa
    with here.write() as s:
        sale_id = s.execute(insert(sales).values(fresh(sale, till=till))).inserted_primary_key[0]
        line_ids = {line["id"]: s.execute(insert(lines).values(fresh(
            line, sale_id=sale_id, till=till))).inserted_primary_key[0] for line in sale_lines}
        for payment in sale_payments:
            s.execute(insert(payments).values(fresh(payment, sale_id=sale_id, till=till)))
        return_ids = {r["id"]: s.execute(insert(returns).values(fresh(
            r, sale_id=sale_id, till=till))).inserted_primary_key[0] for r in taken}
        for line in taken_lines:
            s.execute(insert(return_lines).values(fresh(
                line, return_id=return_ids[line["return_id"]],
                sale_line_id=line_ids[line["sale_line_id"]], till=till)))


@dataclass(frozen=True)
class Figures:
    sales: object
    returns: object
    chart: object
    cash: object
    last: str


def figures(db: Database, scope=None) -> Figures:
    with db.read() as s:
        shop = load_shop_settings(s)
        day = shop.local_date(DAY)
        last = last_receipt(s, shop)
        return Figures(sales_day(s, shop, day, scope), returns_day(s, shop, day, scope),
                       returns_chart(s, shop, day, scope=scope),
                       cash_summary(s, shop, day, scope),
                       getattr(last, "return_number", None) or last.order_number)


@pytest.fixture
def tills(db, tmp_path):
    """T2 (this till, the demo shop's db) and T1, a second till of the same shop."""
    there_file = tmp_path / "t1.sqlite3"
    shutil.copy(db.url.removeprefix("sqlite:///"), there_file)
    there = Database(f"sqlite:///{there_file}")
    attach(db, "T2")
    attach(there, "T1")
    yield db, there
    there.dispose()


def own_day(here: Database) -> str:
    """This till's day: a float, sales in cash and by card, a return, cash taken out."""
    with here.write() as s:
        manager, shop = demo_staff(s, MANAGER_NAME), load_shop_settings(s)
        set_opening_float(s, shop, manager, shop.local_date(DAY), Money.of("500"), now=at(0))
        record_cash_movement(s, shop, manager, shop.local_date(DAY), "out", Money.of("40"),
                             "Window cleaner", now=at(0.5))
    ours = sell(here, (SHIRT, 2), now=at(1))
    sell(here, (JEANS, 1), now=at(2), card=True)
    return take_back(here, ours, now=at(3))


def test_a_copied_sale_of_another_till_changes_none_of_this_tills_figures(tills):
    here, there = tills
    own_day(here)
    before = figures(here)
    theirs = sell(there, (SHIRT, 3), now=at(4))                 # later than all of ours
    sell(there, (TSHIRT, 1), now=at(4.5), card=True)
    take_back(there, theirs, now=at(5))
    copy_sale(there, here, theirs)
    with there.write() as s:                                    # T1's own drawer moves too
        shop = load_shop_settings(s)
        record_cash_movement(s, shop, demo_staff(s, MANAGER_NAME), shop.local_date(DAY), "in",
                             Money.of("60"), "Change from the bank", now=at(5))
    after = figures(here)
    assert after == before
    assert before.sales.count == 2 and before.returns.count == 1  # not an empty day
    # The filter is what keeps them out: over every row held here, the copy shows.
    everything = figures(here, WHOLE_SHOP)
    assert everything.sales.count == before.sales.count + 1
    assert everything.returns.count == before.returns.count + 1
    with here.read() as s:
        shop = load_shop_settings(s)
        assert csv_text(sales_csv, after.sales) == csv_text(sales_csv, before.sales)
        assert csv_text(returns_csv, after.returns) == csv_text(returns_csv, before.returns)


def test_the_return_desk_finds_a_copied_sale_and_counts_every_return_of_it(tills):
    here, there = tills
    own_day(here)
    theirs = sell(there, (SHIRT, 3), now=at(4))
    take_back(there, theirs, now=at(5))
    copy_sale(there, here, theirs)
    with here.read() as s:
        shop = load_shop_settings(s)
        assert theirs in {sale.order_number for sale in search_sales(s, shop, day=DAY.date())}
    desk = ReturnInProgress(here, shop)
    found = desk.find(theirs.lower())
    assert found.order_number == theirs and found.lines[0].already_returned == 1  # T1's
    before = figures(here)
    returned_here = take_back(here, theirs, now=at(6))
    assert returned_here.startswith("R-T2-")
    assert desk.find(theirs).lines[0].already_returned == 2     # T1's and ours
    after = figures(here)
    # A return taken here of another till's sale is this till's: its review, its drawer.
    assert after.returns.count == before.returns.count + 1
    assert returned_here in {row.return_number for row in after.returns.rows}
    refund = next(r.refunded for r in after.returns.rows if r.return_number == returned_here)
    assert after.cash.cash_refunds == before.cash.cash_refunds + refund
    assert after.sales.count == before.sales.count              # the sale is still T1's
    assert after.last == returned_here


def test_the_day_closes_on_this_tills_drawer_alone(tills):
    here, there = tills
    own_day(here)
    expected = figures(here).cash.expected
    theirs = sell(there, (SHIRT, 3), now=at(4))                 # paid in cash at T1
    take_back(there, theirs, now=at(5))                         # refunded in cash at T1
    copy_sale(there, here, theirs)
    with here.write() as s:
        shop = load_shop_settings(s)
        close = close_day(s, shop, demo_staff(s, MANAGER_NAME), shop.local_date(DAY),
                          {Money.of("200"): 2}, now=at(8))
        assert close.expected == expected
    closed = figures(here).cash
    assert closed.closed and closed.difference == Money.of("400") - expected


def test_the_tills_report_command_prints_its_own_figures(tills, capsys):
    here, there = tills
    own_day(here)

    def printed() -> list[str]:
        outs = []
        for kind in ("sales", "returns"):
            assert main.main(["--db", here.url, "report", kind, "--date", "2027-04-05"]) == 0
            outs.append(capsys.readouterr().out)
        return outs

    before = printed()
    mine = figures(here)
    with here.read() as s:
        shop = load_shop_settings(s)
    assert before == [sales_text(mine.sales, shop.locale, shop.name),
                      returns_text(mine.returns, shop.locale, shop.name)]
    theirs = sell(there, (SHIRT, 3), now=at(4))
    take_back(there, theirs, now=at(5))
    copy_sale(there, here, theirs)
    assert printed() == before


# ----- the whole shop, from the hub ----------------------------------------------------------
@pytest.fixture
def shop_hub(pg_db, db, tmp_path, monkeypatch):
    """A hub on the real server, its schema made as the owner, and two tills attached with
    their own logins: T1 (the demo shop, which seeds the hub) and T2 (a new till, which
    takes the hub's catalog). This till, the one the commands run on, is T2."""
    upgrade_hub(pg_db.engine)
    t2_file = tmp_path / "t2.sqlite3"
    shutil.copy(db.url.removeprefix("sqlite:///"), t2_file)
    t2 = Database(f"sqlite:///{t2_file}")
    urls = {}
    for code, till in (("T1", db), ("T2", t2)):
        urls[code] = add_till(pg_db.engine, "CASA", code)
        attach_till(till, urls[code], "CASA", code)  # as `till attach` does
    monkeypatch.setenv("POS_HUB_URL", urls["T2"])
    yield {"T1": db, "T2": t2}, urls
    t2.dispose()


def busy_day(till: Database, first: str, second: str) -> None:
    """A till's day: two sales, one in cash and one by card, and a return of the first."""
    number = sell(till, (first, 2), now=at(1))
    sell(till, (second, 1), now=at(2), card=True)
    take_back(till, number, now=at(3))


def test_the_whole_shops_report_sums_every_till_on_the_hub(shop_hub, capsys):
    tills, urls = shop_hub
    busy_day(tills["T1"], SHIRT, JEANS)
    busy_day(tills["T2"], TSHIRT, SHIRT)
    with tills["T1"].write() as s:  # T1 counts its drawer; T2 has not closed yet
        close_day(s, load_shop_settings(s), demo_staff(s, MANAGER_NAME), DAY.date(),
                  {Money.of("100"): 3}, now=at(8))
    for code, till in tills.items():
        assert sync_once(till, urls[code]).waiting == 0
    own = {code: figures(till) for code, till in tills.items()}
    assert own["T1"].sales.gross != own["T2"].sales.gross  # two different days' takings

    assert main.main(["--db", tills["T2"].url, "report", "sales", "--date", "2027-04-05",
                      "--shop"]) == 0
    out = capsys.readouterr().out
    with hub_database(urls["T2"]).read() as s:
        shop = load_shop_settings(s)
        whole = sales_day(s, shop, DAY.date(), WHOLE_SHOP)
    assert out == sales_text(whole, shop.locale, shop.name) and ", all tills" in out
    total = lambda pick: sum((pick(f) for f in own.values()), Money(0))  # noqa: E731
    assert whole.count == own["T1"].sales.count + own["T2"].sales.count
    assert whole.gross == total(lambda f: f.sales.gross)
    assert whole.returns == total(lambda f: f.sales.returns)
    assert whole.cash.cash_sales == total(lambda f: f.cash.cash_sales)
    assert whole.cash.cash_refunds == total(lambda f: f.cash.cash_refunds)
    assert whole.cash.expected == total(lambda f: f.cash.expected)
    assert (whole.cash.tills_closed, whole.cash.counted, whole.cash.difference) == (
        1, own["T1"].cash.counted, own["T1"].cash.difference)
    assert "at 1 till" in out and "TikTok events" in out and "sent by each till" in out
    rows = list(csv.reader(io.StringIO(csv_text(sales_csv, whole))))
    assert ["Cash", "Tills closed", "1", ""] in rows and not any(r[0] == "TikTok" for r in rows)

    assert main.main(["--db", tills["T2"].url, "report", "returns", "--date", "2027-04-05",
                      "--shop"]) == 0
    out = capsys.readouterr().out
    for f in own.values():
        for row in f.returns.rows:
            assert row.return_number in out and row.order_number in out
    count = own["T1"].returns.count + own["T2"].returns.count
    assert f"Totals: {count} returns" in out

    # Each till's own report, on its own SQLite, counts its own.
    for code, till in tills.items():
        assert main.main(["--db", till.url, "report", "sales", "--date", "2027-04-05"]) == 0
        assert capsys.readouterr().out == sales_text(own[code].sales, shop.locale, shop.name)


def test_without_a_hub_the_shop_report_says_so(db, capsys, monkeypatch):
    monkeypatch.delenv("POS_HUB_URL", raising=False)
    assert main.main(["--db", db.url, "report", "sales", "--shop"]) == 2
    err = capsys.readouterr().err
    assert "No hub is set up for this till" in err


def test_an_unreachable_hub_is_said_in_seconds_without_the_password(db, capsys, monkeypatch):
    import socket
    with socket.socket() as free:  # a port nobody listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    monkeypatch.setenv("POS_HUB_URL", f"postgresql://till_t2:s3cret-pw@127.0.0.1:{port}/hub")
    started = datetime.now()
    assert main.main(["--db", db.url, "report", "returns", "--shop"]) == 1
    assert (datetime.now() - started).total_seconds() < 10
    err = capsys.readouterr().err
    assert err.startswith("Hub: could not connect to the hub at "
                          "postgresql+psycopg://till_t2:***@127.0.0.1")
    assert "s3cret-pw" not in err
