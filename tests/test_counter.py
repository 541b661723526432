"""The sale in progress (pos/counter.py) without Qt: what a typed or scanned text means, the
quantity prefix's limits, the out-of-stock rule and its approval, the TikTok events on the
way, and completing the sale, against the demo shop's database."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import OutboxEvent, Product, Sale, SaleLine, Staff
from pos.checkout import CardPayment
from pos.counter import (Added, BadQuantity, Changed, Choose, Completed, NeedsApproval,
                         NotFound, ProductMatch, ReceiptScanned, Refused, Removed,
                         SaleInProgress)
from pos.money import format_money
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME

SHIRT = "6110010772188"      # Linen shirt, white: SKU 1077218, 150.00, 40 in stock
TSHIRT = "6110020010010"     # Cotton T-shirt, black: SKU 2001001
MINT_TEA = "7001001"         # no barcode: found by its SKU


@pytest.fixture
def sale(db) -> SaleInProgress:
    with db.read() as s:
        shop = load_shop_settings(s)
        clerk_id = s.scalar(select(Staff.id).where(Staff.name == CLERK_NAME))
    sale = SaleInProgress(db, shop)
    sale.start_shift(clerk_id)
    return sale


def manager_id(db) -> int:
    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.name == MANAGER_NAME))


def set_stock(db, sku: str, stock: int) -> None:
    with db.write() as s:
        s.scalar(select(Product).where(Product.sku == sku)).stock = stock


def queued(db, name: str) -> list[dict]:
    with db.read() as s:
        return [json.loads(e.payload) for e in
                s.scalars(select(OutboxEvent).where(OutboxEvent.event_name == name))]


# ----- what a text means -------------------------------------------------------------------------
def test_a_barcode_a_sku_in_any_case_and_a_single_name_each_add_their_product(sale):
    for text, sku in ((SHIRT, "1077218"), (f"  {MINT_TEA} ", MINT_TEA), ("ras el", "7001002")):
        result = sale.scan(text)
        assert isinstance(result, Added) and result.line.sku == sku
        assert result.row == len(sale.cart.items) - 1
    assert sale.scan("1077218").line.quantity == 2  # the SKU of a line already there
    assert [(i.sku, i.quantity) for i in sale.cart.items] == [
        ("1077218", 2), (MINT_TEA, 1), ("7001002", 1)]
    assert sale.scan(SHIRT).message == "Linen shirt, white × 3"


def test_several_matches_are_plain_choices_and_the_pick_keeps_the_quantity(sale):
    result = sale.scan("2*linen")
    assert isinstance(result, Choose) and result.quantity == 2 and result.text == "linen"
    assert result.message == "2 products match 'linen': pick one."
    assert all(type(m) is ProductMatch for m in result.matches)
    picked = sale.add_product(result.matches[1].id, result.quantity)
    assert (picked.line.name, picked.line.quantity) == (result.matches[1].name, 2)
    assert sale.cart.items == [picked.line]


def test_a_receipt_order_number_is_a_return_not_a_product(sale):
    assert sale.scan("s-20261122-0007") == ReceiptScanned("S-20261122-0007")
    assert sale.scan(" R-20261122-0001 ") == ReceiptScanned("R-20261122-0001")
    assert sale.cart.items == []


def test_an_unknown_code_says_what_was_typed(sale):
    assert sale.scan("0000000000000") == NotFound(
        "No product has the code or name '0000000000000'. Check it, or type part of the name.")
    assert sale.cart.items == []


def test_the_quantity_prefix_and_its_limits(sale):
    assert sale.scan(f"3*{SHIRT}").line.quantity == 3
    assert sale.scan(f"2 x {MINT_TEA}").line.quantity == 2
    assert sale.scan(f"0*{SHIRT}") == BadQuantity("A quantity is at least 1.")
    # Five digits are no quantity: the whole text is looked for, and is nothing.
    assert isinstance(sale.scan(f"10000*{SHIRT}"), NotFound)
    assert [i.quantity for i in sale.cart.items] == [3, 2]


def test_the_cart_limit_holds_after_a_manager_allowed_the_line(db, sale):
    request = sale.scan(f"9999*{SHIRT}")        # 40 in stock
    assert isinstance(request, NeedsApproval) and request.wanted == 9999
    assert sale.approve(request, manager_id(db)).line.quantity == 9999
    assert sale.scan(SHIRT) == Refused("A quantity is at most 9999.")
    assert sale.cart.items[0].quantity == 9999


# ----- out of stock ------------------------------------------------------------------------------
def test_out_of_stock_needs_a_manager_once_per_line_and_the_approval_is_on_the_line(db, sale):
    set_stock(db, "1077218", 1)
    assert isinstance(sale.scan(SHIRT), Added)
    request = sale.scan(SHIRT)                     # a second one: more than the stock
    assert isinstance(request, NeedsApproval)
    assert (request.wanted, request.stock) == (2, 1)
    assert request.message == "Only 1 of Linen shirt, white in stock: a manager must approve."
    assert request.refused_message == "Linen shirt, white not added: only 1 in stock."
    assert sale.cart.items[0].quantity == 1        # nothing added before the approval
    manager = manager_id(db)
    assert sale.approve(request, manager).line.quantity == 2
    assert sale.cart.items[0].stock_override_by == manager
    assert isinstance(sale.scan(SHIRT), Added)     # already allowed: no second approval
    sale.complete(CardPayment())
    with db.read() as s:
        assert s.scalar(select(SaleLine.stock_override_by_id)) == manager


def test_a_quantity_beyond_the_stock_needs_a_manager_too(db, sale):
    set_stock(db, "7001001", 5)
    sale.scan(MINT_TEA)
    request = sale.set_quantity(0, 8)
    assert isinstance(request, NeedsApproval) and request.wanted == 8
    assert sale.cart.items[0].quantity == 1
    assert isinstance(sale.approve(request, manager_id(db)), Added)
    assert sale.cart.items[0].quantity == 8
    assert sale.change_quantity(0, +1) == Changed(0)  # allowed: the line may grow
    assert sale.cart.items[0].quantity == 9


def test_a_negative_stock_is_shown_as_none_left(db, sale):
    set_stock(db, "1077218", -2)
    assert sale.scan(SHIRT).question == (
        "Only 0 of Linen shirt, white in stock, and this sale needs 1. "
        "A manager can allow selling it anyway.")


# ----- the lines ---------------------------------------------------------------------------------
def test_quantity_changes_and_removals_say_why_they_cannot_be_done(sale):
    assert sale.change_quantity(-1, +1) == Refused("The cart is empty.")
    assert sale.remove(-1) == Refused("The cart is empty.")
    sale.scan(SHIRT)
    assert sale.change_quantity(0, -1) == Refused(
        "A quantity is at least 1. To take a line off, remove it.")
    assert sale.set_quantity(3, 2) == Refused("Pick a line first.")
    assert sale.change_quantity(0, +1) == Changed(0) and sale.cart.items[0].quantity == 2
    removed = sale.remove(0)
    assert isinstance(removed, Removed) and removed.message == "Removed Linen shirt, white."
    assert sale.cart.items == []


# ----- TikTok events and completing the sale -----------------------------------------------------
def test_view_content_once_per_product_and_initiate_checkout_once_per_cart(db, sale):
    key = sale.cart.checkout_key
    sale.scan(SHIRT)
    sale.scan(SHIRT)
    sale.scan(TSHIRT)
    views = queued(db, "ViewContent")
    assert [v["properties"]["contents"][0]["content_id"] for v in views] == [
        "1077218", "2001001"]
    assert all(key in v["event_id"] for v in views)
    assert sale.start_checkout().item_count == 3
    sale.start_checkout()                          # payment cancelled, then started again
    assert len(queued(db, "InitiateCheckout")) == 1
    done = sale.complete(CardPayment())
    assert isinstance(done, Completed) and done.order_number.startswith("S-")
    assert sale.cart.items == [] and sale.cart.checkout_key != key
    sale.scan(SHIRT)                               # the next customer's cart: its own events
    assert len(queued(db, "ViewContent")) == 3


def test_a_failing_event_queue_does_not_stop_the_sale(db, sale, monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise RuntimeError("outbox unavailable")

    monkeypatch.setattr("pos.counter.queue_view_content", broken)
    monkeypatch.setattr("pos.counter.queue_initiate_checkout", broken)
    assert isinstance(sale.scan(SHIRT), Added)
    assert sale.start_checkout().total == sale.priced().total
    done = sale.complete(CardPayment())
    assert isinstance(done, Completed)
    assert "Could not queue the TikTok" in caplog.text
    with db.read() as s:
        assert s.get(Sale, done.sale_id).order_number == done.order_number
        assert list(s.scalars(select(OutboxEvent.event_name))) == ["PlaceAnOrder"]


def test_an_empty_cart_cannot_be_paid(sale):
    assert sale.start_checkout() == Refused("The cart is empty: scan a product first.")


# ----- a clerk's sale kept while they are away ---------------------------------------------------
def test_a_sale_under_way_is_kept_for_its_clerk_alone(sale, db):
    clerk_id = sale.clerk.id
    sale.scan(SHIRT)
    sale.scan(f"2*{TSHIRT}")
    key = sale.cart.checkout_key
    kept = sale.end_shift()
    assert kept.words == "3 items" and not sale.in_progress()
    assert sale.start_shift(manager_id(db)) is None and not sale.in_progress()
    assert sale.end_shift() is None  # the manager had nothing under way
    assert sale.start_shift(clerk_id) is kept
    assert sale.cart.checkout_key == key and len(sale.cart.items) == 2
    total = format_money(sale.priced().total, sale.shop.locale)
    assert sale.void_question() == \
        f"Start a new sale? This sale will be voided: 3 items ({total})."
    sale.end_shift()
    assert sale.start_shift(clerk_id) == kept and sale.start_shift(clerk_id) is None  # once
