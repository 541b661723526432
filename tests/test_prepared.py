"""db/prepared.py: statements run on the driver's cursor write and read exactly what
SQLAlchemy's Connection.execute would, inside the session's transaction, and fail the same way."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.exc import IntegrityError

import db.prepared as prepared
from db.models import Product, Promotion, Sale, Staff
from db.prepared import Prepared
from pos.cart import Cart
from pos.checkout import CardPayment, CashPayment, complete_sale
from pos.customer import make_customer
from pos.money import Money
from pos.products import cart_item
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, DEMO_NOW, _copy

_promotions = Promotion.__table__
_INSERT_PROMOTION = Prepared(insert(_promotions))
_PROMOTION = Prepared(select(_promotions.c.name, _promotions.c.starts_on,
                             _promotions.c.ends_on, _promotions.c.percent_off,
                             _promotions.c.amount_off, _promotions.c.active)
                      .where(_promotions.c.name == bindparam("name")))


def _promotion(**values) -> dict:
    return dict(dict(name="Ramadan", starts_on=date(2027, 2, 18), ends_on=None,
                     percent_off=None, amount_off=Money.of("12.50"), product_id=1,
                     collection_id=None, active=True), **values)


def test_values_go_in_and_come_out_as_the_column_types_make_them(db):
    with db.write() as s:
        new_id = _INSERT_PROMOTION.insert(s.connection(), _promotion())
        _INSERT_PROMOTION.insert(s.connection(), _promotion(
            name="Eid", percent_off=Decimal("12.5"), amount_off=None, ends_on=date(2027, 3, 1),
            active=False))
    with db.read() as s:
        # Read back by the ORM: the types' own conversions were applied on the way in.
        ramadan = s.get(Promotion, new_id)
        assert (ramadan.starts_on, ramadan.ends_on, ramadan.amount_off, ramadan.active) == \
            (date(2027, 2, 18), None, Money(1250), True)
        raw = s.execute(text("SELECT starts_on, amount_off, active FROM promotions "
                             "WHERE name = 'Eid'")).one()
        assert raw == ("2027-02-18", None, 0)
        # And read by the prepared statement: the same values as Connection.execute gives.
        for name in ("Ramadan", "Eid"):
            fast = _PROMOTION.rows(s.connection(), {"name": name})
            slow = s.connection().execute(_PROMOTION.statement, {"name": name}).all()
            assert [tuple(row) for row in fast] == [tuple(row) for row in slow]
        eid = _PROMOTION.rows(s.connection(), {"name": "Eid"})[0]
        assert (eid.percent_off, eid.ends_on, eid.active) == (Decimal("12.5"), date(2027, 3, 1), False)
        assert _PROMOTION.scalar(s.connection(), {"name": "nobody"}) is None


def test_a_utc_time_is_stored_as_sqlalchemy_stores_it(db):
    moment = datetime(2026, 11, 22, 23, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.name == CLERK_NAME))
        cart = Cart([cart_item(s, s.scalar(select(Product).where(Product.sku == "1077218")))])
        sale = complete_sale(s, cart, CardPayment(), clerk, load_shop_settings(s), now=moment)
    with db.read() as s:
        assert s.get(Sale, sale.id).created_at == moment
        assert s.scalar(text("SELECT created_at FROM sales")) == "2026-11-22 22:30:05.123456"


def test_a_driver_error_is_sqlalchemys_and_the_whole_unit_of_work_is_undone(db):
    with db.write() as s:
        _INSERT_PROMOTION.insert(s.connection(), _promotion(name="Once"))
    with pytest.raises(IntegrityError):
        with db.write() as s:
            _INSERT_PROMOTION.insert(s.connection(), _promotion(name="Written, then undone"))
            _INSERT_PROMOTION.run_many(s.connection(), [
                _promotion(name="Fine"), _promotion(name="Bad", starts_on=None)])
    with db.read() as s:
        assert s.scalars(select(Promotion.name).where(Promotion.name != "Argan week")
                         .where(Promotion.name.in_(["Once", "Written, then undone", "Fine"]))
                         ).all() == ["Once"]


def test_a_column_with_a_python_default_must_be_given():
    # Such defaults are filled by SQLAlchemy's execution context, which this path skips.
    statement = Prepared(insert(Staff.__table__))
    with pytest.raises(ValueError, match="failed_pin_attempts"):
        prepared._Compiled(statement.statement, _sqlite_dialect(),
                           ["name", "role", "pin_hash", "active"])


def _sqlite_dialect():
    from sqlalchemy.dialects import sqlite
    return sqlite.dialect()


_WRITTEN_BY_A_SALE = [
    "SELECT order_number, created_at, business_date, subtotal, discount_total, total,"
    " customer_name, customer_email, customer_phone, customer_consent, customer_phone_hash"
    " FROM sales ORDER BY id",
    "SELECT line_no, product_id, sku, name, unit_price, quantity, discount, promotion_name,"
    " total FROM sale_lines ORDER BY id",
    "SELECT method, amount, tendered, change FROM payments ORDER BY id",
    "SELECT product_id, delta, reason, staff_id, created_at FROM stock_movements ORDER BY id",
    "SELECT event_id, event_name, event_time, business_date, payload, status, attempts"
    " FROM outbox ORDER BY id",
    "SELECT sku, stock FROM products ORDER BY id",
    "SELECT * FROM order_counters",
]


def _sale_rows(db) -> list[tuple]:
    """Everything a sale wrote, without the ids and keys that differ from shop to shop."""
    with db.read() as s:
        return [tuple(row) for sql in _WRITTEN_BY_A_SALE for row in s.execute(text(sql))]


def _two_sales(db) -> None:
    customer = make_customer("Salma", "Salma@Example.ma", "06 61 23 45 67", consent=True)
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.name == CLERK_NAME))
        shop = load_shop_settings(s)
        by_sku = {p.sku: p for p in s.scalars(select(Product))}
        first = Cart([cart_item(s, by_sku["1077218"], 2), cart_item(s, by_sku["2001001"])])
        first.checkout_key = "key-1"
        complete_sale(s, first, CashPayment(Money.of("500")), clerk, shop,
                      customer=customer, now=DEMO_NOW)
        second = Cart([cart_item(s, by_sku["5001001"], 3)])
        second.checkout_key = "key-2"
        complete_sale(s, second, CardPayment(), clerk, shop, now=DEMO_NOW)


def test_a_sale_writes_the_same_rows_as_through_connection_execute(_templates, tmp_path,
                                                                   monkeypatch):
    for name in ("fast", "portable"):
        (tmp_path / name).mkdir()
    fast = _copy(_templates["demo"], tmp_path / "fast")
    portable = _copy(_templates["demo"], tmp_path / "portable")
    try:
        _two_sales(fast)
        # The path any other database takes: every statement through Connection.execute.
        monkeypatch.setattr(prepared, "FAST_DIALECTS", frozenset())
        _two_sales(portable)
        rows = _sale_rows(fast)
        assert rows == _sale_rows(portable)
        assert ("S-20261122-0002",) in [row[:1] for row in rows]
    finally:
        fast.dispose()
        portable.dispose()
