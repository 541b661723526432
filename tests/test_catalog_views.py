"""pos/catalog_views.py, pos/staff_members.py, pos/receipts.py: what the screens show, read
into plain values without Qt."""
from __future__ import annotations

import dataclasses

from sqlalchemy import select

from db.models import Product
from pos import catalog_views
from pos.catalog_views import ProductQuery
from pos.money import Money
from pos.receipts import sale_for_receipt
from pos.staff_members import active_members, staff_member
from tests.conftest import CLERK_NAME, DEMO_NOW, MANAGER_NAME
from tests.test_returns_service import sell


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
    assert len(rows) == 2 and all(r.collection_name or r.product_words for r in rows)
    # The unknown id is left out.
    assert [(label.sku, label.barcode) for label in labels] == [("7001001", None)]


def test_the_staff_as_the_screens_show_them(db):
    with db.read() as session:
        members = active_members(session)
        manager = next(m for m in members if m.name == MANAGER_NAME)
        assert staff_member(session, manager.id) == manager
    assert manager.is_manager
    assert not next(m for m in members if m.name == CLERK_NAME).is_manager


def test_a_receipt_reads_its_sale_whole(db):
    sale_id = sell(db, ("1077218", 1))
    with db.read() as session:
        read = sale_for_receipt(session, sale_id)
    # Read after the session closed: lines, payments and clerk were loaded with the sale.
    assert [line.name for line in read.lines] == ["Linen shirt, white"]
    assert read.payments and read.clerk.name
