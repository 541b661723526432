"""The manager's day: the returns review and the Z report, checked against totals computed
independently from the raw rows with plain SQL, for a day with every kind of return, all
made through the real checkout and the real returns service at fixed moments."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import select, text

from db.engine import Database
from db.migrate import alembic_config, upgrade_to_head
from db.models import Product, Promotion, Sale, SaleLine, Staff
from pos.cart import Cart
from pos.cash import close_day, record_cash_movement, set_opening_float
from pos.checkout import CardPayment, CashPayment, complete_sale
from pos.customer import make_customer
from pos.money import Money
from pos.products import cart_item
from pos.report_export import csv_text, returns_csv, sales_csv
from pos.reports import (reason_label, return_rate_by_day, returns_by_reason, returns_chart,
                         returns_day, sales_day)
from pos.return_policy import Reason, Remedy
from pos.returns import Exchange, Override, ReturnForm, record_return
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN

SHIRT, TSHIRT, JEANS, ARGAN = "1077218", "2001001", "2002001", "5001001"
DAY = date(2027, 4, 7)          # the day under review, a Wednesday; Casablanca is UTC+1
PHONE = "06 12 34 56 78"        # the customer who keeps coming back
PHONE_E164 = "+212612345678"
PHOTO = b"\x89PNG\r\n\x1a\n fake photo of a torn seam"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A UTC moment on a shop-local day (10:00 UTC is 11:00 in Casablanca in April)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)


def on(days_before: int, hour: int = 10, minute: int = 0) -> datetime:
    return at(DAY - timedelta(days=days_before), hour, minute)


# ----- building the day ---------------------------------------------------------------------------
@dataclass
class Built:
    db: Database
    sales: dict[str, int]
    returns: dict[str, int]
    numbers: dict[str, str]  # return key -> return number


def _staff(s, name) -> Staff:
    return s.scalar(select(Staff).where(Staff.name == name))


def _cart(s, *lines) -> Cart:
    cart = Cart()
    for sku, quantity in lines:
        cart.add(cart_item(s, s.scalar(select(Product).where(Product.sku == sku)), quantity))
    return cart


def _sell(db, key, built, *lines, clerk, now, card=False, phone=False):
    with db.write() as s:
        customer = make_customer("Salma Benali", phone=PHONE, consent=True) if phone else None
        sale = complete_sale(s, _cart(s, *lines), CardPayment() if card else
                             CashPayment(Money.of("1000")), _staff(s, clerk),
                             load_shop_settings(s), customer=customer, now=now)
        built.sales[key] = sale.id


def _line(db, sale_id, sku) -> int:
    with db.read() as s:
        return s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id,
                                                  SaleLine.sku == sku))


def _return(db, key, built, sale_key, sku, reason, now, *, quantity=1, clerk=CLERK_NAME,
            remedy=Remedy.REFUND, override=None, exchange_lines=None, **form_fields):
    sale_id = built.sales[sale_key]
    form = ReturnForm(quantities={_line(db, sale_id, sku): quantity}, reason=reason,
                      remedy=remedy, original_condition=True, original_packaging=True,
                      **form_fields)
    with db.write() as s:
        exchange = None
        if exchange_lines:
            exchange = Exchange(_cart(s, *exchange_lines), CashPayment(Money.zero()))
        approval = None
        if override:
            approval = Override(_staff(s, MANAGER_NAME).id, MANAGER_PIN, override)
        ret = record_return(s, sale_id, form, _staff(s, clerk), load_shop_settings(s), now=now,
                            override=approval, exchange=exchange)
        built.returns[key] = ret.id
        built.numbers[key] = ret.return_number


def build_day(db: Database) -> Built:
    """Every kind of return on DAY, the sales they come from, sales and cash of DAY."""
    b = Built(db, {}, {}, {})
    with db.write() as s:
        jeans = s.scalar(select(Product).where(Product.sku == JEANS))
        s.add(Promotion(name="Jeans day -10%", percent_off=Decimal("10"), product=jeans,
                        starts_on=DAY, ends_on=DAY, active=True))

    # Older history of the same customer: one return outside the 30 days, one inside.
    _sell(db, "long_ago", b, (SHIRT, 1), clerk=MANAGER_NAME, now=on(39), phone=True)
    _return(db, "long_ago", b, "long_ago", SHIRT, Reason.NOT_AS_PRESENTED, on(37))
    _sell(db, "argan", b, (ARGAN, 2), clerk=MANAGER_NAME, now=on(2, 9), phone=True)
    _return(db, "yesterday", b, "argan", ARGAN, Reason.NOT_AS_PRESENTED, on(1))

    # The sales that come back on DAY, two days after (day 2 of 3), or eight (too late).
    _sell(db, "shirt_cash", b, (SHIRT, 1), clerk=MANAGER_NAME, now=on(2), phone=True)
    _sell(db, "jeans_card", b, (JEANS, 1), clerk=MANAGER_NAME, now=on(2), card=True)
    _sell(db, "tshirt_card", b, (TSHIRT, 1), clerk=MANAGER_NAME, now=on(2), card=True,
          phone=True)
    _sell(db, "jeans_cash", b, (JEANS, 1), clerk=CLERK_NAME, now=on(2), phone=True)
    _sell(db, "old_shirt", b, (SHIRT, 1), clerk=MANAGER_NAME, now=on(8), card=True)
    _sell(db, "tshirt_card2", b, (TSHIRT, 1), clerk=MANAGER_NAME, now=on(2), card=True)

    # DAY's returns, 10:30 to 15:00 local time.
    _return(db, "deduction", b, "shirt_cash", SHIRT, Reason.CHANGE_OF_MIND, at(DAY, 9, 30))
    _return(db, "full", b, "jeans_card", JEANS, Reason.NOT_AS_PRESENTED, at(DAY, 10))
    _return(db, "defective", b, "tshirt_card", TSHIRT, Reason.DEFECTIVE, at(DAY, 11),
            photo=PHOTO, photo_name="seam.png")
    _return(db, "exchange", b, "jeans_cash", JEANS, Reason.CHANGE_OF_MIND, at(DAY, 12),
            remedy=Remedy.EXCHANGE, exchange_lines=[(SHIRT, 1)])
    _return(db, "override", b, "old_shirt", SHIRT, Reason.CHANGE_OF_MIND, at(DAY, 13),
            override="Customer was in hospital; the receipt was checked.")
    _return(db, "cash_for_card", b, "tshirt_card2", TSHIRT, Reason.CHANGE_OF_MIND,
            at(DAY, 14), refund_method="cash")
    # The day after: not in DAY's review, and not counted among DAY's repeat returns.
    _return(db, "tomorrow", b, "argan", ARGAN, Reason.CHANGE_OF_MIND, on(-1))

    # DAY's own sales (besides the exchange's new sale), and its cash.
    _sell(db, "jeans_promo", b, (JEANS, 1), clerk=CLERK_NAME, now=at(DAY, 15))
    _sell(db, "argan_card", b, (ARGAN, 1), clerk=MANAGER_NAME, now=at(DAY, 16), card=True)
    with db.write() as s:
        shop = load_shop_settings(s)
        set_opening_float(s, shop, _staff(s, MANAGER_NAME), DAY, Money.of("500"),
                          now=at(DAY, 7, 45))
        record_cash_movement(s, shop, _staff(s, MANAGER_NAME), DAY, "in", Money.of("200"),
                             "Change from the bank", now=at(DAY, 8))
        record_cash_movement(s, shop, _staff(s, CLERK_NAME), DAY, "out", Money.of("50"),
                             "Window cleaner", now=at(DAY, 17))
        # One of DAY's TikTok events has failed.
        s.execute(text("UPDATE outbox SET status = 'failed' WHERE sale_id = :id"),
                  {"id": b.sales["argan_card"]})
    return b


@pytest.fixture
def built(db) -> Built:
    return build_day(db)


def review(db, day=DAY):
    with db.read() as s:
        return returns_day(s, load_shop_settings(s), day)


def z_report(db, day=DAY):
    with db.read() as s:
        return sales_day(s, load_shop_settings(s), day)


# ----- the same figures, from the raw rows -----------------------------------------------------------
def sql(db, query: str, **params) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(query), params).all()]


def money(minor) -> Money:
    return Money(int(minor or 0))


def raw_returns(db, day=DAY) -> dict:
    count, refunded, deducted = sql(db, """
        SELECT count(*), coalesce(sum(refund), 0), coalesce(sum(deduction), 0)
        FROM returns WHERE business_date = :d""", d=day.isoformat())[0]
    by_reason = {reason_label(r): (n, money(a), money(b)) for r, n, a, b in sql(db, """
        SELECT reason, count(*), sum(refund), sum(deduction) FROM returns
        WHERE business_date = :d GROUP BY reason""", d=day.isoformat())}
    by_clerk = {name: (n, money(a), money(b)) for name, n, a, b in sql(db, """
        SELECT staff.name, count(*), sum(refund), sum(deduction)
        FROM returns JOIN staff ON staff.id = returns.clerk_id
        WHERE business_date = :d GROUP BY staff.name""", d=day.isoformat())}
    rows = sql(db, """
        SELECT r.return_number, s.order_number, r.refund, r.deduction, r.refund_method,
               c.name, a.name, r.override_reason, r.policy_version_id, r.explanation
        FROM returns r JOIN sales s ON s.id = r.sale_id JOIN staff c ON c.id = r.clerk_id
        LEFT JOIN staff a ON a.id = r.override_by_id
        WHERE r.business_date = :d ORDER BY r.created_at, r.id""", d=day.isoformat())
    return {"count": count, "refunded": money(refunded), "deducted": money(deducted),
            "by_reason": by_reason, "by_clerk": by_clerk, "rows": rows}


def raw_flags(db, day=DAY) -> set[tuple[str, str]]:
    d = day.isoformat()
    # A return without a receipt always has a manager's approval: its flag says so instead.
    flags = {(n, "no_receipt" if key.startswith("noreceipt-") else "override")
             for n, key in sql(db, """
        SELECT r.return_number, s.checkout_key FROM returns r JOIN sales s ON s.id = r.sale_id
        WHERE r.business_date = :d AND r.override_by_id IS NOT NULL""", d=d)}
    flags |= {(n, "same_clerk") for (n,) in sql(db, """
        SELECT r.return_number FROM returns r JOIN sales s ON s.id = r.sale_id
        WHERE r.business_date = :d AND r.clerk_id = s.clerk_id""", d=d)}
    flags |= {(n, "cash_for_card") for (n,) in sql(db, """
        SELECT r.return_number FROM returns r
        WHERE r.business_date = :d AND r.refund_method = 'cash' AND r.refund > 0
          AND EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = r.sale_id
                      AND p.method = 'card' AND p.amount > 0)""", d=d)}
    flags |= {(n, "repeat_customer") for (n,) in sql(db, """
        SELECT r.return_number FROM returns r JOIN sales s ON s.id = r.sale_id
        WHERE r.business_date = :d AND s.customer_phone_hash IS NOT NULL
          AND (SELECT count(*) FROM returns r2 JOIN sales s2 ON s2.id = r2.sale_id
               WHERE s2.customer_phone_hash = s.customer_phone_hash
                 AND r2.business_date BETWEEN :start AND :d
                 AND r2.created_at <= r.created_at) >= 3""",
        d=d, start=(day - timedelta(days=29)).isoformat())}
    return flags


# A placeholder (a return without a receipt, or of a sale never seen) is no sale of the day.
REAL_SALE = "checkout_key NOT LIKE 'noreceipt-%' AND checkout_key NOT LIKE 'unverified-%'"


def raw_sales(db, day=DAY) -> dict:
    d = day.isoformat()
    count, gross, promotions = sql(db, """
        SELECT count(*), coalesce(sum(subtotal), 0), coalesce(sum(discount_total), 0)
        FROM sales WHERE business_date = :d AND {REAL_SALE}""".format(REAL_SALE=REAL_SALE),
        d=d)[0]
    (refunds,) = sql(db, "SELECT coalesce(sum(refund), 0) FROM returns WHERE business_date = :d",
                     d=d)[0]
    methods = {m: money(a) for m, a in sql(db, """
        SELECT p.method, sum(p.amount) FROM payments p JOIN sales s ON s.id = p.sale_id
        WHERE s.business_date = :d GROUP BY p.method""", d=d)}
    clerks = {name: (n, money(t)) for name, n, t in sql(db, """
        SELECT staff.name, count(*), sum(total) FROM sales JOIN staff ON staff.id = clerk_id
        WHERE business_date = :d AND {REAL_SALE} GROUP BY staff.name""".format(
            REAL_SALE=REAL_SALE), d=d)}
    outbox = dict(sql(db, """SELECT status, count(*) FROM outbox WHERE business_date = :d
                             GROUP BY status""", d=d))
    return {"count": count, "gross": money(gross), "promotions": money(promotions),
            "returns": money(refunds), "net": money(gross - promotions - refunds),
            "methods": methods, "clerks": clerks,
            "waiting": outbox.get("waiting", 0), "failed": outbox.get("failed", 0)}


def raw_expected_cash(db, day=DAY) -> Money:
    d = day.isoformat()
    (minor,) = sql(db, """
        SELECT coalesce((SELECT sum(amount) FROM cash_movements
                         WHERE business_date = :d AND kind IN ('float', 'in')), 0)
             - coalesce((SELECT sum(amount) FROM cash_movements
                         WHERE business_date = :d AND kind = 'out'), 0)
             + coalesce((SELECT sum(p.amount) FROM payments p JOIN sales s ON s.id = p.sale_id
                         WHERE s.business_date = :d AND p.method = 'cash'), 0)
             - coalesce((SELECT sum(refund) FROM returns
                         WHERE business_date = :d AND refund_method = 'cash'), 0)""", d=d)[0]
    return Money(minor)


# ----- the returns review --------------------------------------------------------------------------
def test_the_day_has_every_kind_of_return_with_the_policys_amounts(built):
    day = review(built.db)
    rows = {r.return_number: r for r in day.rows}
    n = built.numbers
    assert [r.return_number for r in day.rows] == [n[k] for k in (
        "deduction", "full", "defective", "exchange", "override", "cash_for_card")]

    deduction = rows[n["deduction"]]
    assert (deduction.refunded, deduction.deducted) == (Money.of("105"), Money.of("45"))
    assert deduction.reason == "Change of mind" and deduction.outcome == "Refund"
    assert deduction.refund_method == "cash" and deduction.approved_by is None
    assert deduction.items == "Linen shirt, white × 1"
    assert deduction.time == datetime(2027, 4, 7, 10, 30, tzinfo=deduction.time.tzinfo)
    assert deduction.time.utcoffset() == timedelta(hours=1)  # shown in Casablanca time
    assert deduction.order_date == DAY - timedelta(days=2)
    assert "Customer receives 105,00" in deduction.decision.replace("\xa0", " ")

    full = rows[n["full"]]
    assert (full.refunded, full.deducted, full.refund_method) == (Money.of("299"), Money(0), "card")
    defective = rows[n["defective"]]
    assert (defective.refunded, defective.reason) == (Money.of("79"), "Defective")
    exchange = rows[n["exchange"]]
    assert (exchange.outcome, exchange.remedy) == ("Exchange", "Exchange")
    assert exchange.refunded == Money.of("149")  # jeans 299 for a shirt 150: 149 back
    assert exchange.refund_method == "cash" and exchange.exchange_order_number.startswith("S-")
    override = rows[n["override"]]
    assert override.approved_by == MANAGER_NAME and override.refunded == Money.of("150")
    assert override.override_reason == "Customer was in hospital; the receipt was checked."
    assert override.decision.startswith("Refused: day 8 is past the 3-day refund window.")
    cash = rows[n["cash_for_card"]]
    assert (cash.refunded, cash.deducted, cash.refund_method) == (
        Money.of("54"), Money.of("25"), "cash")
    assert {r.policy_version for r in day.rows} == {1}
    assert {r.clerk for r in day.rows} == {CLERK_NAME}


def test_the_review_totals_match_the_raw_rows(built):
    day = review(built.db)
    raw = raw_returns(built.db)
    assert (day.count, day.refunded, day.deducted) == (raw["count"], raw["refunded"],
                                                       raw["deducted"])
    assert (day.count, day.refunded, day.deducted) == (6, Money.of("836"), Money.of("70"))
    assert day.by_reason == raw["by_reason"]
    assert day.by_clerk == raw["by_clerk"]
    assert [(r.return_number, r.order_number, r.refunded.minor, r.deducted.minor,
             r.refund_method, r.clerk, r.approved_by, r.override_reason, r.policy_version,
             r.decision) for r in day.rows] == raw["rows"]


def test_every_flag_is_found_and_explained_in_words(built):
    day = review(built.db)
    n = built.numbers
    found = {(f.return_number, f.kind) for f in day.flags}
    assert found == raw_flags(built.db)
    assert found == {(n["override"], "override"), (n["exchange"], "same_clerk"),
                     (n["cash_for_card"], "cash_for_card"),
                     (n["defective"], "repeat_customer"), (n["exchange"], "repeat_customer")}
    texts = {(f.return_number, f.kind): f.text.replace("\xa0", " ") for f in day.flags}
    assert texts[(n["override"], "override")] == (
        f"{n['override']}: the policy said 'Refused: day 8 is past the 3-day refund window'; "
        f"approved by {MANAGER_NAME}: 'Customer was in hospital; the receipt was checked'.")
    assert f"taken by {CLERK_NAME}, the same person who made the sale" in \
        texts[(n["exchange"], "same_clerk")]
    assert "54,00 MAD given back in cash" in texts[(n["cash_for_card"], "cash_for_card")]
    assert "paid by card" in texts[(n["cash_for_card"], "cash_for_card")]
    # The return 37 days ago is outside the 30 days; yesterday's is inside; tomorrow's is not yet.
    third = texts[(n["defective"], "repeat_customer")]
    assert "the third return in 30 days by the same customer (Salma Benali" in third
    assert third.endswith(f"{n['yesterday']}, {n['deduction']}, {n['defective']}.")
    assert n["long_ago"] not in third and n["tomorrow"] not in third
    assert "the fourth return" in texts[(n["exchange"], "repeat_customer")]
    assert PHONE_E164 not in " ".join(texts.values())


def test_a_day_without_returns_is_empty(built):
    day = review(built.db, DAY + timedelta(days=3))
    assert (day.count, day.rows, day.flags, day.by_reason) == (0, [], [], {})
    assert day.refunded == Money(0)


def test_the_30_day_views_match_the_raw_rows(built):
    with built.db.read() as s:
        shop = load_shop_settings(s)
        reasons = returns_by_reason(s, shop, DAY)
        rates = return_rate_by_day(s, shop, DAY)
    start = DAY - timedelta(days=29)
    raw_reasons = {reason_label(r): n for r, n in sql(built.db, """
        SELECT reason, count(*) FROM returns WHERE business_date BETWEEN :a AND :b
        GROUP BY reason""", a=start.isoformat(), b=DAY.isoformat())}
    assert reasons == raw_reasons
    assert reasons == {"Change of mind": 4, "Not as presented": 2, "Defective": 1}
    assert list(reasons) == sorted(reasons, key=lambda k: -reasons[k])
    returned = dict(sql(built.db, """SELECT business_date, sum(returned_value) FROM returns
                                     WHERE business_date BETWEEN :a AND :b GROUP BY 1""",
                        a=start.isoformat(), b=DAY.isoformat()))
    sold = dict(sql(built.db, """SELECT business_date, sum(total) FROM sales
                                 WHERE business_date BETWEEN :a AND :b GROUP BY 1""",
                    a=start.isoformat(), b=DAY.isoformat()))
    assert [r[0] for r in rates] == [start + timedelta(days=i) for i in range(30)]
    for day, back, out, rate in rates:
        assert back == money(returned.get(day.isoformat()))
        assert out == money(sold.get(day.isoformat()))
        if out:
            assert abs(rate - Decimal(back.minor) / Decimal(out.minor)) < Decimal("0.0001")
        else:
            assert rate is None
    by_day = {r[0]: r for r in rates}
    assert by_day[DAY][1] == Money.of("1056")  # 150 + 299 + 79 + 299 + 150 + 79
    assert by_day[DAY - timedelta(days=4)][3] is None  # no sales that day
    with built.db.read() as s:
        chart = returns_chart(s, shop, DAY)
    total_back = sum((money(v) for v in returned.values()), Money(0))
    total_sold = sum((money(v) for v in sold.values()), Money(0))
    assert (chart.by_reason, chart.rates) == (reasons, rates)
    assert (chart.returned, chart.sold) == (total_back, total_sold)
    assert chart.rate == Decimal(total_back.minor) / total_sold.minor


# ----- the Z report -----------------------------------------------------------------------------------
def test_the_z_report_matches_the_raw_rows(built):
    z = z_report(built.db)
    raw = raw_sales(built.db)
    assert (z.count, z.gross, z.promotions, z.returns, z.net) == (
        raw["count"], raw["gross"], raw["promotions"], raw["returns"], raw["net"])
    # jeans at -10% (cash), argan oil (card), and the exchange's shirt (paid by the credit)
    assert (z.count, z.gross, z.promotions) == (3, Money.of("569"), Money.of("29.90"))
    assert z.returns == Money.of("836") and z.net == Money.of("-296.90")
    assert {m: a for m, a in z.by_method.items() if a} == raw["methods"]
    assert z.by_method == {"cash": Money.of("269.10"), "card": Money.of("120"),
                           "exchange": Money.of("150"), "credit": Money.zero()}
    assert z.exchanges == 1
    assert z.by_clerk == raw["clerks"]
    assert z.returns_by_method == {"card": Money.of("528"), "cash": Money.of("308")}
    assert (z.tiktok_waiting, z.tiktok_failed) == (raw["waiting"], raw["failed"]) == (1, 1)
    cash = z.cash
    assert cash.expected == raw_expected_cash(built.db) == Money.of("611.10")
    assert (cash.opening_float, cash.cash_sales, cash.cash_refunds, cash.cash_in,
            cash.cash_out) == (Money.of("500"), Money.of("269.10"), Money.of("308"),
                               Money.of("200"), Money.of("50"))
    assert [(t.strftime("%H:%M"), kind, amount, reason, who)
            for t, kind, amount, reason, who in cash.movements] == [
        ("09:00", "in", Money.of("200"), "Change from the bank", MANAGER_NAME),
        ("18:00", "out", Money.of("50"), "Window cleaner", CLERK_NAME)]
    assert not cash.closed and cash.counted is None


# ----- CSV --------------------------------------------------------------------------------------------
def sections(rows: list[list[str]]) -> list[list[list[str]]]:
    """CSV rows split at blank rows."""
    out, current = [], []
    for row in rows:
        if not row:
            out.append(current)
            current = []
        else:
            current.append(row)
    return out + [current]


def test_the_returns_csv_reads_back_as_the_raw_rows(built, tmp_path):
    day = review(built.db)
    raw = raw_returns(built.db)
    path = tmp_path / "returns.csv"
    returns_csv(day, path)
    with open(path, encoding="utf-8", newline="") as handle:
        table, totals, by_reason, by_clerk, flags = sections(list(csv.reader(handle)))
    header, *rows = table
    assert header[:10] == ["Date", "Time", "Return", "Order", "Order date", "Items", "Reason",
                           "Decision", "Refunded", "Deducted"]
    col = {name: header.index(name) for name in header}
    assert [(r[col["Return"]], r[col["Order"]], Money.of(r[col["Refunded"]]).minor,
             Money.of(r[col["Deducted"]]).minor, r[col["Refund method"]] or None,
             r[col["Clerk"]], r[col["Approved by"]] or None, r[col["Override reason"]] or None,
             int(r[col["Policy version"]]), r[col["Decision"]]) for r in rows] == raw["rows"]
    assert {r[col["Refunded"]] for r in rows} >= {"105.00", "299.00", "149.00"}
    assert rows[0][col["Items"]] == "Linen shirt, white × 1"
    assert totals == [["Totals", "Count", "Refunded", "Deducted"],
                      ["All returns", str(raw["count"]), str(raw["refunded"].amount),
                       str(raw["deducted"].amount)]]
    assert {r[0]: (int(r[1]), Money.of(r[2]), Money.of(r[3])) for r in by_reason[1:]} == \
        raw["by_reason"]
    assert {r[0]: (int(r[1]), Money.of(r[2]), Money.of(r[3])) for r in by_clerk[1:]} == \
        raw["by_clerk"]
    assert {(r[1], r[2]) for r in flags[1:]} == raw_flags(built.db)
    assert all(r[3].startswith(r[1] + ": ") for r in flags[1:])
    # The same text when written to an open file (the screen's export).
    assert csv_text(returns_csv, day) == path.read_bytes().decode("utf-8")


def test_the_sales_csv_reads_back_as_the_raw_rows(built, tmp_path):
    with built.db.write() as s:
        close_day(s, load_shop_settings(s), _staff(s, MANAGER_NAME), DAY,
                  {Money.of("200"): 3, Money.of("10"): 1, Money.of("0.50"): 1},
                  now=at(DAY, 20))
    raw = raw_sales(built.db)
    path = tmp_path / "sales.csv"
    sales_csv(z_report(built.db), path)
    with open(path, encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == ["Section", "Item", "Count", "Amount"]
    cell = {(r[0], r[1]): r for r in rows}
    assert cell[("Day", DAY.isoformat())]
    assert int(cell[("Totals", "Sales")][2]) == raw["count"]
    for item in ("gross", "promotions", "returns", "net"):
        assert Money.of(cell[("Totals", item.capitalize())][3]) == raw[item]
    assert cell[("Totals", "Net")][3] == "-296.90"
    labels = {"cash": "Cash", "card": "Card", "exchange": "Exchange credit"}
    for method, amount in raw["methods"].items():
        assert Money.of(cell[("Payment method", labels[method])][3]) == amount
    for name, (n, total) in raw["clerks"].items():
        assert (int(cell[("Clerk", name)][2]), Money.of(cell[("Clerk", name)][3])) == (n, total)
    assert Money.of(cell[("Cash", "Expected")][3]) == raw_expected_cash(built.db)
    assert cell[("Cash", "Counted")][3] == "610.50"
    assert cell[("Cash", "Difference")][3] == "-0.60"
    assert cell[("Counted", "200.00")][2:] == ["3", "600.00"]
    assert cell[("Counted", "0.50")][2:] == ["1", "0.50"]
    assert int(cell[("TikTok", "Waiting")][2]) == raw["waiting"]
    assert int(cell[("TikTok", "Failed")][2]) == raw["failed"]
    assert [r[1] for r in rows if r[0] == "Cash movement"] == [
        f"09:00:00 Cash in: Change from the bank ({MANAGER_NAME})",
        f"18:00:00 Cash out: Window cleaner ({CLERK_NAME})"]


# ----- the customer's phone, hashed ------------------------------------------------------------------
def test_checkout_keeps_the_hash_of_the_customers_phone(built):
    with built.db.read() as s:
        with_phone = s.get(Sale, built.sales["shirt_cash"])
        without = s.get(Sale, built.sales["jeans_card"])
        assert with_phone.customer_phone == PHONE_E164
        assert with_phone.customer_phone_hash == hashlib.sha256(PHONE_E164.encode()).hexdigest()
        assert without.customer_phone is None and without.customer_phone_hash is None


def test_upgrading_from_0003_fills_the_hash_of_sales_already_made(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        command.upgrade(alembic_config(db.engine), "0003")
        with db.engine.begin() as conn:
            conn.execute(text("""INSERT INTO staff (id, name, role, pin_hash,
                                 failed_pin_attempts, active)
                                 VALUES (1, 'Amina', 'clerk', 'x', 0, 1)"""))
            for number, phone in (("S-20261101-0001", PHONE_E164), ("S-20261101-0002", None),
                                  ("S-20261101-0003", "+212661234501")):
                conn.execute(text("""
                    INSERT INTO sales (order_number, checkout_key, created_at, business_date,
                        clerk_id, subtotal, discount_total, total, customer_phone,
                        customer_consent)
                    VALUES (:n, :n, '2026-11-01 10:00:00', '2026-11-01', 1, 15000, 0, 15000,
                            :phone, :consent)"""),
                    {"n": number, "phone": phone, "consent": phone is not None})
        upgrade_to_head(db.engine)
        hashes = dict(sql(db, "SELECT order_number, customer_phone_hash FROM sales"))
        assert hashes == {
            "S-20261101-0001": hashlib.sha256(PHONE_E164.encode()).hexdigest(),
            "S-20261101-0002": None,
            "S-20261101-0003": hashlib.sha256(b"+212661234501").hexdigest(),
        }
        with db.read() as s:  # what checkout writes for the same phone, the report finds
            sale = s.scalar(select(Sale).where(Sale.customer_phone == PHONE_E164))
            assert sale.customer_phone_hash == hashes["S-20261101-0001"]
    finally:
        db.dispose()


def test_the_review_queries_use_indexes(built):
    """A day's review reads its rows through indexes, never a scan of a year of history."""
    plans = []
    with built.db.engine.connect() as conn:
        for query in (
            "SELECT * FROM returns WHERE business_date = '2027-04-07'",
            "SELECT * FROM sales WHERE business_date = '2027-04-07'",
            ("SELECT business_date, sum(total) FROM sales WHERE business_date BETWEEN "
             "'2027-03-09' AND '2027-04-07' GROUP BY business_date"),
            ("SELECT r.id FROM sales s JOIN returns r ON r.sale_id = s.id "
             "WHERE s.customer_phone_hash = 'x'"),
            "SELECT * FROM outbox WHERE business_date = '2027-04-07' AND status = 'waiting'",
            "SELECT * FROM cash_movements WHERE business_date = '2027-04-07'",
        ):
            steps = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}")]
            plans.append(" ".join(steps))
            assert not any(step.startswith("SCAN") for step in steps), (query, steps)
    assert "COVERING INDEX ix_sales_business_date_total" in plans[2]
    # Not ix_outbox_status_id, which would read every waiting event of the year.
    assert "ix_outbox_business_date_status" in plans[4]


def test_0004_goes_down_and_up_again_on_a_shop_with_sales_and_returns(built):
    before = dict(sql(built.db, "SELECT id, customer_phone_hash FROM sales"))
    command.downgrade(alembic_config(built.db.engine), "0003")
    assert sql(built.db, "SELECT count(*) FROM returns")[0][0] == 9  # nothing lost
    upgrade_to_head(built.db.engine)
    assert dict(sql(built.db, "SELECT id, customer_phone_hash FROM sales")) == before
    assert review(built.db).count == 6
