"""The cart on the counter, before it is a sale: no database."""
from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest

from pos.cart import MAX_QUANTITY, Cart, CartError, CartItem
from pos.money import Money
from pos.pricing import PriceRule

DAY = date(2026, 11, 22)


def item(product_id=1, price="79.00", quantity=1, stock=40, collections=()):
    return CartItem(product_id=product_id, sku=f"SKU{product_id}", name=f"Product {product_id}",
                    unit_price=Money.of(price), collection_ids=frozenset(collections),
                    stock=stock, quantity=quantity)


def snapshot(cart: Cart):
    return copy.deepcopy(cart)


def test_a_new_cart_is_empty_with_a_checkout_key():
    cart = Cart()
    assert len(cart) == 0
    assert cart.checkout_key and cart.checkout_key != Cart().checkout_key


def test_add_appends_a_line():
    cart = Cart()
    cart.add(item(1))
    cart.add(item(2, quantity=3))
    assert [(i.product_id, i.quantity) for i in cart.items] == [(1, 1), (2, 3)]


def test_scanning_the_same_product_again_adds_one_to_its_line():
    cart = Cart()
    first = cart.add(item(1))
    cart.add(item(2))
    again = cart.add(item(1))
    assert again is first
    assert [(i.product_id, i.quantity) for i in cart.items] == [(1, 2), (2, 1)]


def test_adding_again_refreshes_the_stock_shown():
    cart = Cart()
    cart.add(item(1, stock=40))
    cart.add(item(1, stock=12))
    assert cart.items[0].stock == 12
    assert cart.items[0].short_of_stock is False
    cart.set_quantity(0, 13)
    assert cart.items[0].short_of_stock is True


def test_set_and_change_quantity():
    cart = Cart()
    cart.add(item(1))
    cart.set_quantity(0, 5)
    assert cart.items[0].quantity == 5
    cart.change_quantity(0, +2)
    assert cart.items[0].quantity == 7
    cart.change_quantity(0, -6)
    assert cart.items[0].quantity == 1


@pytest.mark.parametrize("quantity", [0, -1, MAX_QUANTITY + 1, 10**9, 2.0, 1.5, "2", None, True])
def test_set_quantity_refuses_bad_quantities_and_leaves_the_cart_unchanged(quantity):
    cart = Cart()
    cart.add(item(1, quantity=3))
    before = snapshot(cart)
    with pytest.raises(CartError):
        cart.set_quantity(0, quantity)
    assert cart == before


@pytest.mark.parametrize("step", [-3, -100, MAX_QUANTITY, 0.5, "1", None])
def test_change_quantity_refuses_steps_that_leave_a_bad_quantity(step):
    cart = Cart()
    cart.add(item(1, quantity=3))
    before = snapshot(cart)
    with pytest.raises(CartError):
        cart.change_quantity(0, step)
    assert cart == before


@pytest.mark.parametrize("quantity", [0, -1, MAX_QUANTITY + 1, 1.5, "2", None, False])
def test_add_refuses_bad_quantities_for_a_new_line(quantity):
    cart = Cart()
    with pytest.raises(CartError):
        cart.add(item(1, quantity=quantity))
    assert cart.items == []


@pytest.mark.parametrize("quantity", [0, -1, -2, MAX_QUANTITY, 1.5, "2", None])
def test_add_refuses_bad_quantities_for_a_product_already_in_the_cart(quantity):
    # -1 would otherwise quietly take one off the existing line, and "2" would raise a
    # TypeError instead of a message for the clerk.
    cart = Cart()
    cart.add(item(1, quantity=3))
    before = snapshot(cart)
    with pytest.raises(CartError):
        cart.add(item(1, quantity=quantity))
    assert cart == before


def test_the_maximum_quantity_is_allowed():
    cart = Cart()
    cart.add(item(1, quantity=MAX_QUANTITY))
    assert cart.items[0].quantity == MAX_QUANTITY


@pytest.mark.parametrize("index", [-1, 1, 5])
def test_lines_that_do_not_exist_are_refused(index):
    cart = Cart()
    cart.add(item(1))
    before = snapshot(cart)
    for action in (lambda: cart.set_quantity(index, 2), lambda: cart.change_quantity(index, 1),
                   lambda: cart.remove(index)):
        with pytest.raises(CartError, match="Pick a line"):
            action()
    assert cart == before


def test_remove_takes_the_line_off():
    cart = Cart()
    cart.add(item(1))
    cart.add(item(2))
    key = cart.checkout_key
    removed = cart.remove(0)
    assert removed.product_id == 1
    assert [i.product_id for i in cart.items] == [2]
    assert cart.checkout_key == key


def test_clear_empties_the_cart_and_starts_a_new_checkout():
    cart = Cart()
    cart.add(item(1))
    key = cart.checkout_key
    cart.clear()
    assert cart.items == []
    assert cart.checkout_key != key


def test_priced_totals():
    cart = Cart()
    cart.add(item(1, price="79.00", quantity=2, collections={10}))   # 20% off: 15.80 each
    cart.add(item(2, price="120.00", quantity=1))                     # 15.00 off
    cart.add(item(3, price="30.00", quantity=3))                      # no rule
    rules = [
        PriceRule(name="Promotions -20%", starts_on=DAY, percent_off=Decimal(20), collection_id=10),
        PriceRule(name="Argan week", starts_on=DAY, amount_off=Money.of("15"), product_id=2),
    ]
    priced = cart.priced(rules, DAY)
    assert [line.item.product_id for line in priced.lines] == [1, 2, 3]
    assert [line.price.total for line in priced.lines] == [
        Money.of("126.40"), Money.of("105.00"), Money.of("90.00")]
    assert priced.subtotal == Money.of("368.00")
    assert priced.discount_total == Money.of("46.60")
    assert priced.total == Money.of("321.40")
    assert priced.item_count == 6
    # Another day, outside the rules: no discount.
    later = cart.priced([PriceRule(name="x", starts_on=DAY, ends_on=DAY, percent_off=Decimal(20),
                                   collection_id=10)], date(2026, 11, 23))
    assert later.total == later.subtotal == Money.of("368.00")


def test_an_empty_cart_prices_to_zero():
    priced = Cart().priced([], DAY)
    assert (priced.subtotal, priced.discount_total, priced.total, priced.item_count) == (
        Money(0), Money(0), Money(0), 0)
