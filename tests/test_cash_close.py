"""The day's cash: opening float, cash in and out, the expected cash computed from the raw
rows, the manager's count by notes and coins, and a closed day that cannot be edited."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from db.models import AuditEntry, CashMovement, DayClose
from pos.cash import (CLOSED, DENOMINATIONS, CashError, cash_summary, close_day, counted_total,
                      record_cash_movement, set_opening_float)
from pos.checkout import CashPayment, complete_sale
from pos.money import Money
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME
from tests.test_reports import (DAY, SHIRT, _cart, _staff, at, build_day, raw_expected_cash,
                                sql)


@pytest.fixture
def built(db):
    return build_day(db)


def summary(db, day=DAY):
    with db.read() as s:
        return cash_summary(s, load_shop_settings(s), day)


def close(db, counted, who=MANAGER_NAME, day=DAY, hour=20):
    with db.write() as s:
        return close_day(s, load_shop_settings(s), _staff(s, who), day, counted,
                         now=at(day, hour))


def move(db, kind, amount, reason, who=CLERK_NAME, day=DAY):
    with db.write() as s:
        return record_cash_movement(s, load_shop_settings(s), _staff(s, who), day, kind,
                                    Money.of(amount), reason, now=at(day, 12))


def set_float(db, amount, who=MANAGER_NAME, day=DAY):
    with db.write() as s:
        return set_opening_float(s, load_shop_settings(s), _staff(s, who), day,
                                 Money.of(amount), now=at(day, 7))


def rows(db, table) -> int:
    return sql(db, f"SELECT count(*) FROM {table}")[0][0]


def test_dirham_denominations_largest_first():
    assert [str(d.amount) for d in DENOMINATIONS] == [
        "200.00", "100.00", "50.00", "20.00", "10.00", "5.00", "2.00", "1.00", "0.50", "0.20",
        "0.10"]
    assert counted_total({Money.of("200"): 2, Money.of("0.20"): 3}) == Money.of("400.60")
    with pytest.raises(CashError, match="not a dirham note or coin"):
        counted_total({Money.of("25"): 1})
    with pytest.raises(CashError, match="whole number, 0 or more"):
        counted_total({Money.of("10"): -1})


def test_expected_cash_is_computed_from_the_raw_rows(built):
    cash = summary(built.db)
    assert cash.expected == raw_expected_cash(built.db) == Money.of("611.10")
    assert cash.expected == (cash.opening_float + cash.cash_sales - cash.cash_refunds
                             + cash.cash_in - cash.cash_out)
    # A later cash sale and a cash movement move the expected cash by exactly their amounts.
    with built.db.write() as s:
        complete_sale(s, _cart(s, (SHIRT, 1)), CashPayment(Money.of("200")),
                      _staff(s, CLERK_NAME), load_shop_settings(s), now=at(DAY, 18))
    move(built.db, "out", "20", "Stamps for the post")
    assert summary(built.db).expected == raw_expected_cash(built.db) == Money.of("741.10")


def test_the_manager_closes_the_day_with_the_count_and_its_difference(built):
    counted = {Money.of("200"): 3, Money.of("10"): 1, Money.of("0.50"): 1, Money.of("0.10"): 0}
    result = close(built.db, counted)
    assert (result.counted, result.expected, result.difference) == (
        Money.of("610.50"), Money.of("611.10"), Money.of("-0.60"))
    stored = sql(built.db, """SELECT counted, expected, difference, counted_by_denomination,
                              closed_by_id, closed_at FROM day_closes
                              WHERE business_date = :d""", d=DAY.isoformat())
    assert len(stored) == 1
    minor, expected, difference, denominations, closed_by, closed_at = stored[0]
    assert (minor, expected, difference) == (61050, 61110, -60)
    assert closed_by == sql(built.db, "SELECT id FROM staff WHERE name = :n",
                            n=MANAGER_NAME)[0][0]
    assert expected == raw_expected_cash(built.db).minor
    assert json.loads(denominations) == {
        "200.00": 3, "100.00": 0, "50.00": 0, "20.00": 0, "10.00": 1, "5.00": 0, "2.00": 0,
        "1.00": 0, "0.50": 1, "0.20": 0, "0.10": 0}
    assert closed_at.startswith("2027-04-07 20:00")  # stored in UTC

    cash = summary(built.db)
    assert cash.closed and cash.closed_by == MANAGER_NAME
    assert (cash.counted, cash.difference, cash.expected) == (
        Money.of("610.50"), Money.of("-0.60"), Money.of("611.10"))
    assert cash.closed_at.hour == 21  # shown in Casablanca time
    assert cash.counted_by_denomination["200.00"] == 3
    assert cash.changed_since_close == Money(0)
    with built.db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "day closed"))
        assert json.loads(entry.details)["difference"] == "-0.60"


def test_an_exact_count_has_no_difference(built):
    result = close(built.db, {Money.of("200"): 3, Money.of("10"): 1, Money.of("1"): 1,
                              Money.of("0.10"): 1})
    assert result.difference == Money(0) and result.counted == Money.of("611.10")


def test_a_closed_day_refuses_a_second_close_and_every_edit(built):
    close(built.db, {Money.of("200"): 3})
    before = {t: rows(built.db, t) for t in ("day_closes", "cash_movements", "audit_log")}
    with pytest.raises(CashError) as second:
        close(built.db, {Money.of("200"): 4})
    assert str(second.value) == CLOSED == "This day is closed: it can be reprinted, not edited."
    with pytest.raises(CashError, match="This day is closed"):
        move(built.db, "in", "10", "Found under the drawer")
    with pytest.raises(CashError, match="This day is closed"):
        move(built.db, "out", "10", "Coffee")
    with pytest.raises(CashError, match="This day is closed"):
        set_float(built.db, "100", day=DAY)
    assert {t: rows(built.db, t) for t in before} == before
    # The reprint is the same every time.
    assert summary(built.db) == summary(built.db)
    # The next day is open.
    move(built.db, "in", "10", "Change", day=DAY + timedelta(days=1))


def test_a_late_cash_sale_after_the_close_shows_on_the_reprint(built):
    close(built.db, {Money.of("200"): 3})
    with built.db.write() as s:
        complete_sale(s, _cart(s, (SHIRT, 1)), CashPayment(Money.of("150")),
                      _staff(s, CLERK_NAME), load_shop_settings(s), now=at(DAY, 21))
    cash = summary(built.db)
    assert cash.expected == Money.of("611.10")  # as it was closed
    assert cash.changed_since_close == Money.of("150")


def test_only_a_manager_sets_the_float_or_closes_the_day(built):
    with pytest.raises(PermissionDenied, match="Only a manager can close"):
        close(built.db, {Money.of("200"): 3}, who=CLERK_NAME)
    with pytest.raises(PermissionDenied, match="Only a manager can set the opening float"):
        set_float(built.db, "300", who=CLERK_NAME, day=DAY + timedelta(days=1))
    assert rows(built.db, "day_closes") == 0


def test_the_float_is_set_once_per_day(built):
    with pytest.raises(CashError, match="already set"):
        set_float(built.db, "600")
    assert summary(built.db).opening_float == Money.of("500")
    tomorrow = DAY + timedelta(days=1)
    with pytest.raises(CashError, match="cannot be negative"):
        set_float(built.db, "-1", day=tomorrow)
    set_float(built.db, "300", day=tomorrow)
    assert summary(built.db, tomorrow).opening_float == Money.of("300")
    assert summary(built.db, tomorrow).movements == []  # the float is not a cash in/out


@pytest.mark.parametrize("kind, amount, reason, message", [
    ("in", "10", "   ", "Write why the cash goes in."),
    ("out", "10", "", "Write why the cash goes out."),
    ("in", "0", "Change", "above zero"),
    ("out", "-5", "Change", "above zero"),
    ("float", "10", "Change", "'in' or 'out'"),
    ("in", "10", "x" * 201, "under 200 characters"),
])
def test_a_cash_movement_needs_a_reason_and_an_amount(built, kind, amount, reason, message):
    before = rows(built.db, "cash_movements")
    with pytest.raises(CashError, match=message):
        move(built.db, kind, amount, reason)
    assert rows(built.db, "cash_movements") == before


def test_a_clerk_records_cash_in_and_out_with_the_reason(built):
    move(built.db, "in", "100", "  Change from the shop next door  ")
    with built.db.read() as s:
        last = s.scalar(select(CashMovement).order_by(CashMovement.id.desc()).limit(1))
        assert (last.kind, last.amount, last.reason, last.staff.name) == (
            "in", Money.of("100"), "Change from the shop next door", CLERK_NAME)
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "cash in")) == 2


def test_the_database_refuses_a_second_close_of_the_same_day(built):
    close(built.db, {Money.of("200"): 3})
    with pytest.raises(IntegrityError):
        with built.db.write() as s:
            s.add(DayClose(business_date=DAY, counted=Money(0), expected=Money(0),
                           difference=Money(0), counted_by_denomination="{}",
                           closed_by_id=_staff(s, MANAGER_NAME).id, closed_at=at(DAY, 22)))


def test_a_float_of_zero_is_a_float_that_was_set(built):
    tomorrow = DAY + timedelta(days=1)
    assert not summary(built.db, tomorrow).float_set
    set_float(built.db, "0", day=tomorrow)
    cash = summary(built.db, tomorrow)
    assert cash.float_set and cash.opening_float == Money.zero()
    with pytest.raises(CashError, match="already set"):
        set_float(built.db, "200", day=tomorrow)
    assert summary(built.db).float_set  # DAY's float of 500
