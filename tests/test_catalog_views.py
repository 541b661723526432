"""pos/catalog_views.py, pos/staff_members.py, pos/receipts.py: what the screens show, read
into plain values without Qt."""
from __future__ import annotations

import dataclasses

from sqlalchemy import select

from db.models import Product
from pos import catalog_views
from pos.catalog_views import ProductQuery
from pos.money import Money
from pos.receipts import return_receipt, sale_receipt
from pos.staff_members import active_members, staff_member
from tests.conftest import CLERK_NAME, DEMO_NOW, MANAGER_NAME
from tests.test_returns_service import form, give_back, line_id, manager_override, on_day, sell


def test_a_search_gives_plain_rows_with_their_collections(db):
    with db.read() as session:
        page = catalog_views.product_page(session, ProductQuery(text="linen"))
    assert page.total == 2
    white = next(row for row in page.rows if row.sku == "1077218")
    assert dataclasses.is_dataclass(white) and white.price == Money.of("150")
    assert white.collections == ("Clothing", "Featured collection")  # in name order
    assert len(white.collection_ids) == 2


def test_a_full_page_counts_every_match(db, monkeypatch):
    monkeypatch.setattr(catalog_views, "PAGE", 5)
    with db.read() as session:
        page = catalog_views.product_page(session, ProductQuery(order_by="price"))
    assert len(page.rows) == 5 and page.total == 24
    assert [r.price for r in page.rows] == sorted(r.price for r in page.rows)


def test_collections_come_with_their_product_counts(db):
    with db.read() as session:
        counted = {name: n for _id, name, n in catalog_views.collections_with_counts(session)}
        names = [name for _id, name in catalog_views.collection_names(session)]
    assert counted["Grocery"] == 2 and len(counted) == 8
    assert names == sorted(counted)


def test_promotions_and_labels_are_plain_values(db):
    with db.read() as session:
        rows = catalog_views.promotion_rows(session, False, DEMO_NOW.date())
        mint = session.scalar(select(Product).where(Product.sku == "7001001"))
        labels = catalog_views.label_products(session, [mint.id, 10**6])
    assert len(rows) == 2 and all(r.collection_name or r.product_names for r in rows)
    # The unknown id is left out.
    assert [(label.sku, label.barcode) for label in labels] == [("7001001", None)]


def test_the_staff_as_the_screens_show_them(db):
    with db.read() as session:
        members = active_members(session)
        manager = next(m for m in members if m.name == MANAGER_NAME)
        assert staff_member(session, manager.id) == manager
    assert manager.is_manager
    assert not next(m for m in members if m.name == CLERK_NAME).is_manager


def test_a_receipt_reads_its_sale_whole_into_plain_values(db):
    sale_id = sell(db, ("1077218", 1))
    with db.read() as session:
        receipt = sale_receipt(session, sale_id)
    assert dataclasses.is_dataclass(receipt)
    assert [(line.name, line.quantity, line.unit_price) for line in receipt.lines] == [
        ("Linen shirt, white", 1, Money.of("150"))]
    assert [(p.method, p.tendered) for p in receipt.payments] == [("cash", Money.of("1000"))]
    assert receipt.clerk_name == CLERK_NAME and receipt.total == Money.of("150")


def test_a_return_receipt_names_the_sale_and_the_manager_who_overrode(db):
    sale_id = sell(db, ("1077218", 1))
    # Day 10: past the refund window, so only a manager's override lets it through.
    return_id = give_back(db, sale_id, form({line_id(db, sale_id): 1}), on_day(10),
                          override=manager_override(db))
    with db.read() as session:
        receipt = return_receipt(session, return_id)
    assert receipt.order_number and receipt.return_number.startswith("R-")
    assert [line.name for line in receipt.lines] == ["Linen shirt, white"]
    assert receipt.approved_by == MANAGER_NAME and receipt.override_reason
