"""`main.py demo`: realistic sales, made through the real checkout."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select

import main
from db.engine import Database
from db.models import Product, Sale, StockMovement
from pos.customer import normalize_phone
from pos.shop import load_shop_settings

SALES, DAYS = 40, 5


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo run shared by the read-only checks below (it is the slow part)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'shop.sqlite3'}"
    started = datetime.now(timezone.utc)
    code = main.main(["--db", url, "demo", "--sales", str(SALES), "--days", str(DAYS)])
    finished = datetime.now(timezone.utc)
    db = Database(url)
    yield db, code, started, finished
    db.dispose()


def test_demo_returns_0_and_makes_the_sales(demo_db):
    db, code, _, _ = demo_db
    assert code == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == SALES


def test_demo_sales_are_spread_over_at_most_the_last_days_in_shop_hours(demo_db):
    db, _, started, finished = demo_db
    with db.read() as s:
        shop = load_shop_settings(s)
        sales = s.scalars(select(Sale)).all()
    today = shop.local_date(finished)
    days = {sale.business_date for sale in sales}
    assert 2 <= len(days) <= DAYS
    assert min(days) >= shop.local_date(started) - timedelta(days=DAYS - 1)
    assert max(days) <= today
    for sale in sales:
        assert sale.created_at <= finished
        assert sale.business_date == shop.local_date(sale.created_at)
        assert time(9) <= shop.local_time(sale.created_at).time() <= time(21)
    numbers = [sale.order_number for sale in sales]
    assert len(set(numbers)) == SALES
    assert all(n.startswith(f"S-{sale.business_date:%Y%m%d}-") for n, sale in zip(numbers, sales))


def test_about_half_the_demo_sales_have_a_customer(demo_db):
    db, _, _, _ = demo_db
    with db.read() as s:
        sales = s.scalars(select(Sale)).all()
    with_phone = [sale for sale in sales if sale.customer_phone]
    assert 0.25 * SALES <= len(with_phone) <= 0.75 * SALES
    for sale in with_phone:
        assert sale.customer_consent
        assert normalize_phone(sale.customer_phone) == sale.customer_phone
        assert sale.customer_email == sale.customer_email.strip().lower()
    for sale in sales:
        if not sale.customer_consent:
            assert sale.customer_phone is None and sale.customer_email is None


def test_every_demo_sale_is_complete(demo_db):
    db, _, _, _ = demo_db
    with db.read() as s:
        sales = s.scalars(select(Sale)).all()
        movements = defaultdict(list)
        for m in s.scalars(select(StockMovement).where(StockMovement.reason == "sale")):
            movements[m.sale_id].append((m.product_id, m.delta))
        methods = set()
        for sale in sales:
            assert sale.lines, sale.order_number
            assert sale.subtotal - sale.discount_total == sale.total
            assert sum(line.total.minor for line in sale.lines) == sale.total.minor
            assert len(sale.payments) == 1
            payment = sale.payments[0]
            methods.add(payment.method)
            assert payment.amount == sale.total
            if payment.method == "cash":
                assert payment.tendered >= sale.total
                assert payment.change == payment.tendered - sale.total
            else:
                assert payment.tendered is None and payment.change is None
            assert sorted(movements[sale.id]) == sorted(
                (line.product_id, -line.quantity) for line in sale.lines)
    assert methods == {"cash", "card"}


def test_demo_stock_is_explained_by_its_movements(demo_db):
    db, _, _, _ = demo_db
    with db.read() as s:
        moved = dict(s.execute(select(StockMovement.product_id, func.sum(StockMovement.delta))
                               .group_by(StockMovement.product_id)).all())
        for product in s.scalars(select(Product)):
            assert product.stock == 40 + moved.get(product.id, 0), product.sku
            assert product.stock >= 0


def test_demo_can_run_again_on_the_same_shop(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert main.main(["--db", url, "demo", "--sales", "3", "--days", "1"]) == 0
    assert main.main(["--db", url, "demo", "--sales", "4", "--days", "2", "--seed", "8"]) == 0
    db = Database(url)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Sale)) == 7
            assert s.scalar(select(func.count()).select_from(Product)) == 24
    finally:
        db.dispose()


@pytest.mark.parametrize("args", [["--sales", "-1"], ["--days", "0"]])
def test_demo_refuses_bad_arguments(tmp_path, capsys, args):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert main.main(["--db", url, "demo", *args]) == 2
    assert "--sales must be 0 or more" in capsys.readouterr().err


@pytest.mark.parametrize("lang, said", [
    ("en", "1 demo sale and 0 returns made over the last day in "),
    ("fr", "1 vente de démonstration et 0 retour faits sur le dernier jour dans "),
])
def test_the_demo_says_its_counts_with_their_plurals(tmp_path, capsys, lang, said):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert main.main(["--lang", lang, "--db", url, "demo", "--sales", "1", "--days", "1"]) == 0
    assert said in capsys.readouterr().out


def test_some_demo_refunds_are_credit_notes(demo_db):
    from sqlalchemy import func, select

    from db.models import Return
    db, _, _, _ = demo_db
    with db.read() as s:
        notes = s.execute(select(Return.credit_code, Return.refund).where(
            Return.refund_method == "credit")).all()
        returns = s.scalar(select(func.count()).select_from(Return))
    assert notes and len(notes) < returns
    assert all(code and code.startswith("CN-") and refund.minor > 0 for code, refund in notes)
