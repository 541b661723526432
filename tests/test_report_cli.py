"""`main.py report returns|sales` prints the figures of the screens (checked against the raw
rows), writes the CSV, refuses a bad date; `main.py demo` also makes realistic returns."""
from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

import main
from db.engine import Database
from db.models import Return, ReturnLine, Sale
from pos.money import Money, format_money
from pos.report_export import csv_text, method_words, returns_csv, sales_csv
from pos.reports import returns_day, sales_day
from pos.shop import load_shop_settings
from tests.conftest import MANAGER_NAME
from tests.test_reports import (DAY, build_day, raw_expected_cash, raw_flags, raw_returns,
                                raw_sales, sql)


@pytest.fixture
def built(db):
    return build_day(db)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def m(minor_or_money) -> str:
    value = minor_or_money if isinstance(minor_or_money, Money) else Money(minor_or_money)
    return format_money(value)


def test_report_returns_prints_the_days_rows_totals_and_flags(built, capsys):
    code, out, err = run(capsys, "--db", built.db.url, "report", "returns",
                         "--date", DAY.isoformat())
    assert code == 0 and err == ""
    raw = raw_returns(built.db)
    assert out.startswith("Returns of Wednesday 07/04/2027")
    lines = out.splitlines()
    for number, order, refund, deduction, method, clerk, approver, reason, version, decision \
            in raw["rows"]:
        row = next(line for line in lines if f" {number} " in line and order in line)
        assert m(refund) in row and m(deduction) in row and clerk in row
        assert f"  {method_words(method)}  " in row
        assert (approver or "") in row and f"v{version}" in row
        assert f"Decision: {decision}" in out
        if reason:
            assert f"Override by {approver}: {reason}" in out
    assert (f"Totals: {raw['count']} returns, refunded {m(raw['refunded'])}, "
            f"deducted {m(raw['deducted'])}") in out
    for label, (count, refunded, deducted) in raw["by_reason"].items():
        assert any(line.startswith(label) and f" {count} " in line and m(refunded) in line
                   and m(deducted) in line for line in lines), label
    for name, (count, refunded, deducted) in raw["by_clerk"].items():
        assert any(line.startswith(name) and f" {count} " in line and m(refunded) in line
                   and m(deducted) in line for line in lines), name
    flags = raw_flags(built.db)
    assert f"Flags ({len(flags)})" in out
    with built.db.read() as s:
        day = returns_day(s, load_shop_settings(s), DAY)
    assert {(f.return_number, f.kind) for f in day.flags} == flags
    for flag in day.flags:
        assert f"  - {flag.text}" in out


def z_values(out: str) -> dict[str, str]:
    """The Z report's (label, value) lines; the first of a repeated label wins."""
    value = {}
    for line in out.splitlines()[2:]:
        label, _, rest = line.strip().partition("  ")
        value.setdefault(label, rest.strip())
    return value


def test_report_sales_prints_the_z_report_and_the_cash(built, capsys):
    code, out, _ = run(capsys, "--db", built.db.url, "report", "sales", "--date", "2027-04-07")
    assert code == 0
    raw = raw_sales(built.db)
    value = z_values(out)
    assert value["Sales"] == str(raw["count"])
    assert value["Gross"] == m(raw["gross"])
    assert value["Promotions"] == m(-raw["promotions"])
    assert value["Returns"] == m(-raw["returns"])
    assert value["Net"] == m(raw["net"])
    assert value["Cash"] == m(raw["methods"]["cash"])
    assert value["Card"] == m(raw["methods"]["card"])
    assert value["Exchange credit"] == m(raw["methods"]["exchange"])
    for name, (n, total) in raw["clerks"].items():
        assert value[name] == f"{n} sale{'' if n == 1 else 's'}, {m(total)}"
    assert value["Expected in the drawer"] == m(raw_expected_cash(built.db))
    assert value["Counted"] == "not closed yet"
    assert value["TikTok events"] == f"{raw['waiting']} waiting, {raw['failed']} failed"
    assert "Change from the bank" in out and "Window cleaner" in out


def test_report_sales_of_a_closed_day_shows_the_count(built, capsys):
    from pos.cash import close_day
    from tests.test_reports import _staff, at
    with built.db.write() as s:
        close_day(s, load_shop_settings(s), _staff(s, MANAGER_NAME), DAY,
                  {Money.of("200"): 3, Money.of("10"): 1}, now=at(DAY, 20))
    _, out, _ = run(capsys, "--db", built.db.url, "report", "sales", "--date", "2027-04-07")
    value = z_values(out)
    assert value["Counted"] == m(Money.of("610"))
    assert value["Difference"] == m(Money.of("-1.10"))
    assert value["Closed"] == f"by {MANAGER_NAME} at 07/04/2027 21:00"
    assert value["Counted notes and coins"] == "3 × 200.00, 1 × 10.00"


@pytest.mark.parametrize("kind, writer, report", [("returns", returns_csv, returns_day),
                                                   ("sales", sales_csv, sales_day)])
def test_report_csv_is_the_screens_csv(built, capsys, tmp_path, kind, writer, report):
    path = tmp_path / f"{kind}.csv"
    code, out, _ = run(capsys, "--db", built.db.url, "report", kind, "--date", "2027-04-07",
                       "--csv", str(path))
    assert code == 0 and f"CSV written to {path}" in out
    with built.db.read() as s:
        expected = csv_text(writer, report(s, load_shop_settings(s), DAY))
    assert path.read_bytes().decode("utf-8") == expected
    with open(path, encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle))[0][0] in ("Date", "Section")


@pytest.mark.parametrize("bad", ["2027-13-01", "07/04/2027", "yesterday", "2027-04-31", ""])
def test_a_bad_date_is_refused_with_a_clear_message(tmp_path, capsys, bad):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    code, out, err = run(capsys, "--db", url, "report", "returns", "--date", bad)
    assert code == 2 and out == ""
    assert err.strip() == f"--date must be a date like 2026-11-22, not '{bad}'."
    assert not (tmp_path / "shop.sqlite3").exists()  # nothing opened for a bad date


def test_a_report_without_a_kind_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main.main(["--db", f"sqlite:///{tmp_path / 's.sqlite3'}", "report"])
    assert exit_.value.code == 2


def test_an_empty_day_says_so(built, capsys):
    _, out, _ = run(capsys, "--db", built.db.url, "report", "returns", "--date", "2027-05-01")
    assert "No returns or exchanges this day." in out
    _, out, _ = run(capsys, "--db", built.db.url, "report", "sales", "--date", "2027-05-01")
    value = z_values(out)
    assert (value["Sales"], value["Net"], value["TikTok events"]) == (
        "0", m(Money(0)), "all sent")


# ----- the demo's returns ------------------------------------------------------------------------------
SALES, DAYS = 400, 20


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'shop.sqlite3'}"
    started = datetime.now(timezone.utc)
    code = main.main(["--db", url, "demo", "--sales", str(SALES), "--days", str(DAYS)])
    db = Database(url)
    yield db, code, started, datetime.now(timezone.utc)
    db.dispose()


def test_the_demo_says_in_one_line_how_many_returns_it_made(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    code, out, _ = run(capsys, "--db", url, "demo", "--sales", "60", "--days", "10")
    assert code == 0 and len(out.splitlines()) == 1
    db = Database(url)
    try:
        (returns,) = sql(db, "SELECT count(*) FROM returns")[0]
    finally:
        db.dispose()
    assert out.startswith(f"60 demo sales and {returns} returns made over the last 10 days")


def test_about_5_percent_of_demo_sales_come_back_judged_by_the_policy(demo):
    db, code, _, finished = demo
    assert code == 0
    with db.read() as s:
        returns = s.scalars(select(Return)).all()
        assert 0.025 * SALES <= len(returns) <= 0.09 * SALES
        assert {r.reason for r in returns} >= {"change_of_mind", "defective"}
        assert any(r.override_by_id for r in returns)
        assert any(r.deduction for r in returns)
        for r in returns:
            sale = s.get(Sale, r.sale_id)
            if sale.checkout_key.startswith("noreceipt-"):  # no sale: its placeholder, then
                assert sale.created_at <= r.created_at <= finished
            else:
                assert sale.created_at < r.created_at <= finished
            assert r.business_date == load_shop_settings(s).local_date(r.created_at)
            assert r.explanation and r.policy_version_id
            assert r.refund + r.deduction <= r.returned_value
            if r.override_by_id:
                assert r.override_reason and r.override_by.role == "manager"
                assert r.clerk_id != r.override_by_id
            else:
                assert not r.explanation.startswith("Refused")
            if r.reason == "defective":
                lines = s.scalars(select(ReturnLine).where(ReturnLine.return_id == r.id)).all()
                assert all(line.photo and not line.restocked for line in lines)
        numbers = [r.return_number for r in sorted(returns, key=lambda r: (r.created_at, r.id))]
        by_day: dict[str, list[str]] = {}
        for number in numbers:
            by_day.setdefault(number[:10], []).append(number)
        assert all(ns == sorted(ns) for ns in by_day.values())  # numbered in time order


def test_every_demo_day_reviews_as_its_raw_rows(demo):
    db, _, _, _ = demo
    days = [d for (d,) in sql(db, "SELECT DISTINCT business_date FROM returns")]
    assert days
    with db.read() as s:
        shop = load_shop_settings(s)
        for text_day in days:
            day = datetime.strptime(text_day, "%Y-%m-%d").date()
            review, raw = returns_day(s, shop, day), raw_returns(db, day)
            assert (review.count, review.refunded, review.deducted) == (
                raw["count"], raw["refunded"], raw["deducted"])
            assert review.by_reason == raw["by_reason"] and review.by_clerk == raw["by_clerk"]
            assert {(f.return_number, f.kind) for f in review.flags} == raw_flags(db, day)
            z = sales_day(s, shop, day)
            assert z.cash.expected == raw_expected_cash(db, day)
            assert (z.count, z.net) == (raw_sales(db, day)["count"], raw_sales(db, day)["net"])
