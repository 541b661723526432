"""Park and recall (F6, Shift+F6): the service, a restart, the day's close voiding them, and
the clerk's keyboard flow on the real window, in French and Arabic."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.engine import Database
from db.models import AuditEntry, ParkedCart, Product, Sale
from pos.customer import Customer
from pos.i18n import speaking
from pos.money import Money
from pos.parked import ParkError, park, parked_carts, recall, void_parked
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME, cart_of, demo_product, demo_staff

SHIRT, TSHIRT, ROSE = "1077218", "2001001", "5001002"  # 150, 79 (-20%), 35
CUSTOMER = Customer(name="Salma", phone="+212612345678", consent=True)


def park_two(db) -> int:
    cart = cart_of(db, (SHIRT, 1), (TSHIRT, 2))
    cart.items[1].stock_override_by = 7
    with db.write() as s:
        return park(s, demo_staff(s, CLERK_NAME), cart, CUSTOMER, Money.of("276.40"))


def test_a_parked_cart_comes_back_at_todays_prices_with_its_customer_and_approvals(db):
    parked_id = park_two(db)
    with db.read() as s:
        [parked] = parked_carts(s)
    assert (parked.id, parked.clerk_name, parked.item_count, parked.total) == (
        parked_id, CLERK_NAME, 3, Money.of("276.40"))
    assert parked.items_words.endswith("× 2") and parked.customer == CUSTOMER

    with db.write() as s:
        demo_product(s, SHIRT).price = Money.of("160")  # the price changed meanwhile
    with db.write() as s:
        back = recall(s, parked_id, cart_of(db))
    assert [(i.sku, i.quantity, i.unit_price) for i in back.cart.items] == [
        (SHIRT, 1, Money.of("160")), (TSHIRT, 2, Money.of("79"))]
    assert back.cart.items[1].stock_override_by == 7 and back.customer == CUSTOMER
    assert back.gone == ()
    with db.read() as s:
        assert parked_carts(s) == []


def test_recalling_over_a_cart_with_items_is_refused_and_changes_nothing(db):
    parked_id = park_two(db)
    with pytest.raises(ParkError, match="park it"), db.write() as s:
        recall(s, parked_id, cart_of(db, (ROSE, 1)))
    with db.read() as s:
        assert [p.id for p in parked_carts(s)] == [parked_id]
    with pytest.raises(ParkError, match="empty"), db.write() as s:
        park(s, None, cart_of(db), Customer(), Money.of("0"))


def test_a_product_gone_inactive_or_missing_is_left_out_and_said(db):
    parked_id = park_two(db)
    with db.write() as s:
        demo_product(s, SHIRT).active = False
        row = s.get(ParkedCart, parked_id)
        lines = json.loads(row.lines)
        lines.append({"product_id": 99999, "sku": "X", "name": "Old mug", "quantity": 1,
                      "stock_override_by": None})
        row.lines = json.dumps(lines)
    with db.write() as s:
        back = recall(s, parked_id, cart_of(db))
    assert [i.sku for i in back.cart.items] == [TSHIRT]
    assert back.gone == ("Linen shirt, white", "Old mug")
    assert "Linen shirt, white, Old mug" in back.words
    with speaking("fr"):
        assert "Linen shirt" in back.words and "Not sold" not in back.words


def test_parked_carts_survive_a_restart(db):
    parked_id = park_two(db)
    url = str(db.engine.url)
    db.dispose()
    again = Database(url)
    try:
        with again.read() as s:
            assert [p.id for p in parked_carts(s)] == [parked_id]
    finally:
        again.dispose()


def test_only_a_manager_voids_parked_carts_and_each_is_audited(db):
    parked_id = park_two(db)
    with pytest.raises(PermissionDenied), db.write() as s:
        void_parked(s, demo_staff(s, CLERK_NAME), [parked_id])
    with db.write() as s:
        assert void_parked(s, demo_staff(s, MANAGER_NAME), [parked_id]) == 1
    with db.read() as s:
        assert parked_carts(s) == []
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "void_parked_cart"))
        assert entry.subject == f"parked:{parked_id}"
        details = json.loads(entry.details)
        assert details["clerk"] == CLERK_NAME and len(details["lines"]) == 2
