"""Completing a sale against the demo shop's database: one unit of work, all or nothing."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from db.models import OrderCounter, Payment, Product, Sale, SaleLine, StockMovement
from pos.cart import Cart
from pos.checkout import CardPayment, CashPayment, CheckoutError, complete_sale
from pos.customer import Customer, make_customer
from pos.money import Money
from pos.products import cart_item
from pos.return_policy import Reason, Remedy
from pos.returns import ReturnForm, record_return
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, DEMO_NOW, MANAGER_NAME
from tests.conftest import cart_of as make_cart, demo_product as product, demo_staff as staff

SHIRT = "1077218"    # Linen shirt, white: 150.00, no promotion
TSHIRT = "2001001"   # Cotton T-shirt, black: 79.00, in Promotions (-20%)
ARGAN = "5001001"    # Argan oil: 120.00, Argan week (-15.00)


def pay(db, cart, payment, customer=None, now=DEMO_NOW, clerk=CLERK_NAME) -> int:
    with db.write() as s:
        sale = complete_sale(s, cart, payment, staff(s, clerk), load_shop_settings(s),
                             customer=customer, now=now)
        return sale.id


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def stocks(db) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(select(Product.sku, Product.stock)).all())


def nothing_written(db, stock_before) -> None:
    assert count(db, Sale) == 0
    assert count(db, SaleLine) == 0
    assert count(db, Payment) == 0
    assert count(db, StockMovement) == 0
    assert count(db, OrderCounter) == 0
    assert stocks(db) == stock_before


# --- a sale --------------------------------------------------------------------------------

def test_a_cash_sale_is_saved_with_lines_payment_change_and_stock(db):
    cart = make_cart(db, (SHIRT, 1), (TSHIRT, 2), (ARGAN, 1))
    before = stocks(db)
    sale_id = pay(db, cart, CashPayment(Money.of("400")))

    with db.read() as s:
        sale = s.get(Sale, sale_id)
        clerk = staff(s, CLERK_NAME)
        assert sale.order_number == "S-20261122-0001"
        assert sale.checkout_key == cart.checkout_key
        assert sale.business_date == date(2026, 11, 22)
        assert sale.created_at == DEMO_NOW
        assert sale.clerk_id == clerk.id
        assert sale.subtotal == Money.of("428.00")          # 150 + 2*79 + 120
        assert sale.discount_total == Money.of("46.60")     # 2*15.80 + 15
        assert sale.total == Money.of("381.40")
        assert [(l.line_no, l.sku, l.quantity, l.unit_price, l.discount, l.total, l.promotion_name)
                for l in sale.lines] == [
            (1, SHIRT, 1, Money.of("150"), Money(0), Money.of("150"), None),
            (2, TSHIRT, 2, Money.of("79"), Money.of("31.60"), Money.of("126.40"),
             "Promotions -20%"),
            (3, ARGAN, 1, Money.of("120"), Money.of("15"), Money.of("105"),
             "Argan week"),
        ]
        assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [
            ("cash", Money.of("381.40"), Money.of("400"), Money.of("18.60"))]
        movements = s.scalars(select(StockMovement).order_by(StockMovement.id)).all()
        assert [(s.get(Product, m.product_id).sku, m.delta, m.reason, m.sale_id, m.staff_id,
                 m.created_at) for m in movements] == [
            (SHIRT, -1, "sale", sale_id, clerk.id, DEMO_NOW),
            (TSHIRT, -2, "sale", sale_id, clerk.id, DEMO_NOW),
            (ARGAN, -1, "sale", sale_id, clerk.id, DEMO_NOW),
        ]
    after = stocks(db)
    assert after[SHIRT] == before[SHIRT] - 1
    assert after[TSHIRT] == before[TSHIRT] - 2
    assert after[ARGAN] == before[ARGAN] - 1
    assert {k: v for k, v in after.items() if k not in (SHIRT, TSHIRT, ARGAN)} == {
        k: v for k, v in before.items() if k not in (SHIRT, TSHIRT, ARGAN)}


def test_exact_cash_gives_no_change(db):
    sale_id = pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("150")))
    with db.read() as s:
        assert s.get(Sale, sale_id).payments[0].change == Money(0)


def test_a_card_sale(db):
    sale_id = pay(db, make_cart(db, (ARGAN, 2)), CardPayment())
    with db.read() as s:
        sale = s.get(Sale, sale_id)
        assert sale.total == Money.of("210.00")
        assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [
            ("card", Money.of("210.00"), None, None)]
        assert s.scalar(select(func.sum(StockMovement.delta))) == -2


# --- order numbers -------------------------------------------------------------------------

def test_order_numbers_count_per_shop_local_day(db):
    # Casablanca is UTC+1 in November: 22:59 UTC is 23:59 on the 22nd, 23:01 UTC is
    # 00:01 on the 23rd although the UTC date is still the 22nd.
    moments = [
        datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc),
        datetime(2026, 11, 22, 22, 59, tzinfo=timezone.utc),
        datetime(2026, 11, 22, 23, 1, tzinfo=timezone.utc),
        datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc),
        datetime(2026, 11, 23, 23, 30, tzinfo=timezone.utc),
    ]
    ids = [pay(db, make_cart(db, (SHIRT, 1)), CardPayment(), now=m) for m in moments]
    with db.read() as s:
        sales = [s.get(Sale, i) for i in ids]
        assert [x.order_number for x in sales] == [
            "S-20261122-0001", "S-20261122-0002",
            "S-20261123-0001", "S-20261123-0002",
            "S-20261124-0001",
        ]
        assert [x.business_date for x in sales] == [
            date(2026, 11, 22), date(2026, 11, 22),
            date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 24)]
        counters = s.execute(select(OrderCounter.prefix, OrderCounter.business_date,
                                    OrderCounter.last_number)
                             .order_by(OrderCounter.business_date)).all()
    assert counters == [("S", date(2026, 11, 22), 2), ("S", date(2026, 11, 23), 2),
                        ("S", date(2026, 11, 24), 1)]


# --- refusals: nothing written -------------------------------------------------------------

def test_short_cash_is_refused_and_nothing_is_written(db):
    cart = make_cart(db, (SHIRT, 1))
    before = stocks(db)
    with pytest.raises(CheckoutError, match="Not enough cash: 0,01.MAD short"):
        pay(db, cart, CashPayment(Money.of("149.99")))
    nothing_written(db, before)


def test_negative_cash_is_refused(db):
    before = stocks(db)
    with pytest.raises(CheckoutError, match="negative"):
        pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("-10")))
    nothing_written(db, before)


def test_an_empty_cart_is_refused(db):
    before = stocks(db)
    with pytest.raises(CheckoutError, match="empty"):
        pay(db, Cart(), CardPayment())
    nothing_written(db, before)


def test_an_out_of_stock_line_is_refused(db):
    with db.write() as s:
        product(s, ARGAN).stock = 1
    cart = make_cart(db, (SHIRT, 1), (ARGAN, 2))
    before = stocks(db)
    with pytest.raises(CheckoutError, match="Only 1 of Argan oil, 100 ml in stock"):
        pay(db, cart, CardPayment())
    nothing_written(db, before)


def test_stock_is_checked_at_checkout_not_when_scanned(db):
    cart = make_cart(db, (ARGAN, 2))          # in stock when scanned ...
    with db.write() as s:
        product(s, ARGAN).stock = 1           # ... sold out by another counter since
    before = stocks(db)
    with pytest.raises(CheckoutError, match="Only 1 of"):
        pay(db, cart, CardPayment())
    nothing_written(db, before)


def test_a_manager_can_allow_selling_beyond_the_stock(db):
    with db.write() as s:
        product(s, ARGAN).stock = 1
        manager_id = staff(s, MANAGER_NAME).id
    cart = make_cart(db, (ARGAN, 3))
    cart.items[0].stock_override_by = manager_id
    sale_id = pay(db, cart, CardPayment())
    with db.read() as s:
        assert s.get(Sale, sale_id).lines[0].stock_override_by_id == manager_id
        assert product(s, ARGAN).stock == -2
        assert s.scalar(select(StockMovement.delta)) == -3


@pytest.mark.parametrize("approver", ["clerk", "inactive manager", "nobody"])
def test_selling_beyond_the_stock_needs_an_active_managers_approval(db, approver):
    with db.write() as s:
        product(s, ARGAN).stock = 1
        if approver == "clerk":
            approver_id = staff(s, CLERK_NAME).id
        elif approver == "inactive manager":
            manager = staff(s, MANAGER_NAME)
            manager.active = False
            approver_id = manager.id
        else:
            approver_id = 9999
    cart = make_cart(db, (SHIRT, 1), (ARGAN, 3))
    cart.items[1].stock_override_by = approver_id
    before = stocks(db)
    with pytest.raises(CheckoutError, match="Only a manager can allow selling beyond"):
        pay(db, cart, CardPayment())
    nothing_written(db, before)


def test_an_inactive_product_is_refused(db):
    cart = make_cart(db, (SHIRT, 1), (ARGAN, 1))
    with db.write() as s:
        product(s, ARGAN).active = False
    before = stocks(db)
    with pytest.raises(CheckoutError, match="Argan oil, 100 ml is no longer sold"):
        pay(db, cart, CardPayment())
    nothing_written(db, before)


def test_a_failure_half_way_leaves_no_trace(db):
    # Fail in the database itself once the order counter is bumped, the sale, its lines and
    # its payment are written and the stock decremented: at the first stock movement.
    # Database.write() must roll it all back.
    with db.write() as s:
        s.execute(text("CREATE TRIGGER disk_on_fire BEFORE INSERT ON stock_movements "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"))
    cart = make_cart(db, (SHIRT, 1), (ARGAN, 2))
    before = stocks(db)
    with pytest.raises(DBAPIError, match="disk on fire"):
        pay(db, cart, CashPayment(Money.of("500")))
    nothing_written(db, before)

    # And the next sale still gets the day's first number.
    with db.write() as s:
        s.execute(text("DROP TRIGGER disk_on_fire"))
    sale_id = pay(db, cart, CashPayment(Money.of("500")))
    with db.read() as s:
        assert s.get(Sale, sale_id).order_number == "S-20261122-0001"


# --- paying twice --------------------------------------------------------------------------

def test_the_same_cart_paid_twice_is_one_sale(db):
    cart = make_cart(db, (SHIRT, 2))
    first = pay(db, cart, CashPayment(Money.of("300")))
    second = pay(db, cart, CashPayment(Money.of("300")), now=DEMO_NOW + timedelta(seconds=5))
    assert first == second
    assert count(db, Sale) == 1
    assert count(db, Payment) == 1
    assert count(db, StockMovement) == 1
    with db.read() as s:
        assert product(s, SHIRT).stock == 38
        assert s.scalar(select(OrderCounter.last_number)) == 1


def test_a_cleared_cart_is_a_new_sale(db):
    cart = make_cart(db, (SHIRT, 1))
    first = pay(db, cart, CardPayment())
    cart.clear()
    with db.read() as s:
        cart.add(cart_item(s, product(s, SHIRT)))
    second = pay(db, cart, CardPayment())
    assert first != second
    assert count(db, Sale) == 2


# --- the customer --------------------------------------------------------------------------

def test_customer_contact_details_are_kept_with_consent(db):
    customer = make_customer(name="Salma Benali", email=" Salma@Example.MA ",
                             phone="06 12 34 56 78", consent=True)
    sale_id = pay(db, make_cart(db, (SHIRT, 1)), CardPayment(), customer=customer)
    with db.read() as s:
        sale = s.get(Sale, sale_id)
        assert (sale.customer_name, sale.customer_email, sale.customer_phone,
                sale.customer_consent) == ("Salma Benali", "salma@example.ma", "+212612345678",
                                           True)


def test_customer_contact_details_are_dropped_without_consent(db):
    # make_customer refuses this; checkout must not keep it either if handed one.
    customer = Customer(name="Omar", email="omar@example.ma", phone="+212612345678",
                        consent=False)
    sale_id = pay(db, make_cart(db, (SHIRT, 1)), CardPayment(), customer=customer)
    with db.read() as s:
        sale = s.get(Sale, sale_id)
        assert (sale.customer_email, sale.customer_phone, sale.customer_consent) == (
            None, None, False)
        assert s.scalar(select(func.count()).select_from(Sale)
                        .where(Sale.customer_email.is_not(None))) == 0


def test_no_customer_is_fine(db):
    sale_id = pay(db, make_cart(db, (SHIRT, 1)), CardPayment(), customer=None)
    with db.read() as s:
        sale = s.get(Sale, sale_id)
        assert (sale.customer_name, sale.customer_email, sale.customer_phone,
                sale.customer_consent) == (None, None, None, False)


# --- the sale handed back, and the session it was saved in --------------------------------

def test_the_sale_handed_back_is_the_saved_sale(db):
    cart = make_cart(db, (SHIRT, 1), (TSHIRT, 2))
    with db.write() as s:
        sale = complete_sale(s, cart, CashPayment(Money.of("300")), staff(s, CLERK_NAME),
                             load_shop_settings(s), now=DEMO_NOW)
        assert sale is s.get(Sale, sale.id)
        assert (sale.order_number, sale.checkout_key, sale.created_at, sale.business_date) == (
            "S-20261122-0001", cart.checkout_key, DEMO_NOW, date(2026, 11, 22))
        assert (sale.subtotal, sale.discount_total, sale.total) == (
            Money.of("308"), Money.of("31.60"), Money.of("276.40"))
        assert [(l.line_no, l.sku, l.quantity) for l in sale.lines] == [
            (1, SHIRT, 1), (2, TSHIRT, 2)]
        assert [(p.method, p.amount, p.change) for p in sale.payments] == [
            ("cash", Money.of("276.40"), Money.of("23.60"))]
        assert sale.clerk.name == CLERK_NAME
        # Paying the same cart again in the same session gives back the same object.
        again = complete_sale(s, cart, CashPayment(Money.of("300")), staff(s, CLERK_NAME),
                              load_shop_settings(s), now=DEMO_NOW)
        assert again is sale
    assert count(db, Sale) == 1


def test_products_already_in_the_session_show_the_stock_after_the_sale(db):
    # The demo fill sells many carts in one session and restocks from what it holds.
    cart = make_cart(db, (SHIRT, 1), (ARGAN, 2))
    with db.write() as s:
        shirt, argan = product(s, SHIRT), product(s, ARGAN)
        before = (shirt.stock, argan.stock)
        complete_sale(s, cart, CardPayment(), staff(s, CLERK_NAME), load_shop_settings(s),
                      now=DEMO_NOW)
        assert (shirt.stock, argan.stock) == (before[0] - 1, before[1] - 2)
        shirt.stock += 10       # and a later change in the same session is not lost
    with db.read() as s:
        assert (product(s, SHIRT).stock, product(s, ARGAN).stock) == (
            before[0] + 9, before[1] - 2)


def test_unsaved_changes_in_the_session_are_seen_by_the_checkout(db):
    cart = make_cart(db, (ARGAN, 2))
    with db.write() as s:
        product(s, ARGAN).stock = 1           # not flushed yet
        with pytest.raises(CheckoutError, match="Only 1 of"):
            complete_sale(s, cart, CardPayment(), staff(s, CLERK_NAME), load_shop_settings(s),
                          now=DEMO_NOW)
    cart = make_cart(db, (ARGAN, 2))
    with db.write() as s:
        product(s, ARGAN).stock = 0
        s.add(StockMovement(product_id=product(s, ARGAN).id, delta=5, reason="receive",
                            created_at=DEMO_NOW))
        product(s, ARGAN).stock = 5           # a delivery, in the same transaction
        sale = complete_sale(s, cart, CardPayment(), staff(s, CLERK_NAME),
                             load_shop_settings(s), now=DEMO_NOW)
        assert product(s, ARGAN).stock == 3
        assert sale.total == Money.of("210")
    with db.read() as s:
        assert product(s, ARGAN).stock == 3


def test_many_sales_in_one_session_number_and_count_stock_in_order(db):
    with db.write() as s:
        clerk, shop = staff(s, CLERK_NAME), load_shop_settings(s)
        shirt = product(s, SHIRT)
        start = shirt.stock
        numbers = []
        for _ in range(3):
            cart = Cart()
            cart.add(cart_item(s, shirt, 2))
            numbers.append(complete_sale(s, cart, CardPayment(), clerk, shop,
                                         now=DEMO_NOW).order_number)
        assert shirt.stock == start - 6
    assert numbers == ["S-20261122-0001", "S-20261122-0002", "S-20261122-0003"]
    with db.read() as s:
        assert s.scalar(select(OrderCounter.last_number)) == 3
        assert s.scalar(select(func.sum(StockMovement.delta))) == -6


def test_a_return_and_a_sale_count_their_numbers_apart(db):
    sale_id = pay(db, make_cart(db, (SHIRT, 1)), CardPayment())
    with db.write() as s:
        line = s.get(Sale, sale_id).lines[0]
        ret = record_return(s, sale_id, ReturnForm(
            quantities={line.id: 1}, reason=Reason.CHANGE_OF_MIND, remedy=Remedy.REFUND,
            original_condition=True, original_packaging=True),
            staff(s, CLERK_NAME), load_shop_settings(s), now=DEMO_NOW + timedelta(hours=1))
        assert ret.return_number == "R-20261122-0001"
    second = pay(db, make_cart(db, (SHIRT, 1)), CardPayment(), now=DEMO_NOW + timedelta(hours=2))
    with db.read() as s:
        assert s.get(Sale, second).order_number == "S-20261122-0002"
        assert dict(s.execute(select(OrderCounter.prefix, OrderCounter.last_number)).all()) == {
            "S": 2, "R": 1}


def test_two_lines_of_the_same_product_both_come_off_the_stock(db):
    with db.read() as s:
        shirt = product(s, SHIRT)
        cart = Cart([cart_item(s, shirt, 1), cart_item(s, shirt, 2)])  # not merged by add()
    with db.write() as s:
        held = product(s, SHIRT)
        before = held.stock
        complete_sale(s, cart, CardPayment(), staff(s, CLERK_NAME), load_shop_settings(s),
                      now=DEMO_NOW)
        assert held.stock == before - 3
    with db.read() as s:
        assert product(s, SHIRT).stock == before - 3
        assert s.scalar(select(func.sum(StockMovement.delta))) == -3


# --- the rows a sale writes ----------------------------------------------------------------

def test_a_utc_time_is_stored_as_sqlalchemy_stores_it(db):
    moment = datetime(2026, 11, 22, 23, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))
    sale_id = pay(db, make_cart(db, (SHIRT, 1)), CardPayment(), now=moment)
    with db.read() as s:
        assert s.get(Sale, sale_id).created_at == moment
        assert s.scalar(text("SELECT created_at FROM sales")) == "2026-11-22 22:30:05.123456"


def _rows(db, sql: str) -> list[tuple]:
    with db.read() as s:
        return [tuple(row) for row in s.execute(text(sql))]


def test_two_sales_write_exactly_these_rows(db):
    customer = make_customer("Salma", "Salma@Example.ma", "06 61 23 45 67", consent=True)
    first = make_cart(db, (SHIRT, 2), (TSHIRT, 1))
    pay(db, first, CashPayment(Money.of("500")), customer=customer)
    pay(db, make_cart(db, (ARGAN, 3)), CardPayment())
    phone_hash = "a13fc1fc3708be6f9b3d907abad1571e0dba0d8e063d2051bdff6d5e9d7237a8"
    at = "2026-11-22 10:00:00.000000"
    assert _rows(db, "SELECT order_number, created_at, business_date, subtotal, discount_total,"
                     " total, customer_name, customer_email, customer_phone, customer_consent,"
                     " customer_phone_hash FROM sales ORDER BY id") == [
        ("S-20261122-0001", at, "2026-11-22", 37900, 1580, 36320, "Salma", "salma@example.ma",
         "+212661234567", 1, phone_hash),
        ("S-20261122-0002", at, "2026-11-22", 36000, 4500, 31500, None, None, None, 0, None)]
    assert _rows(db, "SELECT line_no, sku, unit_price, quantity, discount, promotion_name,"
                     " total FROM sale_lines ORDER BY id") == [
        (1, SHIRT, 15000, 2, 0, None, 30000),
        (2, TSHIRT, 7900, 1, 1580, "Promotions -20%", 6320),
        (1, ARGAN, 12000, 3, 4500, "Argan week", 31500)]
    assert _rows(db, "SELECT method, amount, tendered, change FROM payments ORDER BY id") == [
        ("cash", 36320, 50000, 13680), ("card", 31500, None, None)]
    assert _rows(db, "SELECT delta, reason, created_at FROM stock_movements ORDER BY id") == [
        (-2, "sale", at), (-1, "sale", at), (-3, "sale", at)]
    assert _rows(db, "SELECT event_id, business_date, status FROM outbox ORDER BY id") == [
        ("S-20261122-0001_PlaceAnOrder", "2026-11-22", "waiting"),
        ("S-20261122-0002_PlaceAnOrder", "2026-11-22", "waiting")]
    assert _rows(db, "SELECT * FROM order_counters") == [("S", "2026-11-22", 2)]
    assert (stocks(db)[SHIRT], stocks(db)[TSHIRT], stocks(db)[ARGAN]) == (38, 39, 37)
