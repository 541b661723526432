"""The cart table's model: what each cell shows, and how a changed cart reaches the view
(rows inserted, changed or removed in place, so the view keeps its selection)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from pos.cart import Cart, CartItem
from pos.money import Money
from pos.pricing import PriceRule
from ui.cart_model import COLUMNS, CartTableModel

DAY = date(2026, 11, 22)
LOCALE = "fr_MA"
SHIRT, TSHIRT, TEA = 1, 2, 3
ON_PROMOTION = 10


def item(product_id: int, name: str, price: str, quantity: int = 1, stock: int = 50,
         collections: frozenset[int] = frozenset()) -> CartItem:
    return CartItem(product_id=product_id, sku=f"SKU{product_id}", name=name,
                    unit_price=Money.of(price), collection_ids=collections, stock=stock,
                    quantity=quantity)


def promotion() -> PriceRule:
    return PriceRule(name="Promotions -20%", starts_on=DAY, percent_off=Decimal(20),
                     collection_id=ON_PROMOTION)


@pytest.fixture
def cart() -> Cart:
    return Cart(items=[item(SHIRT, "Linen shirt, white", "150.00"),
                       item(TSHIRT, "Cotton T-shirt, black", "79.00", quantity=2,
                            collections=frozenset({ON_PROMOTION}))])


@pytest.fixture
def model(qapp) -> CartTableModel:
    return CartTableModel(SimpleNamespace(locale=LOCALE))


def shown(model: CartTableModel) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(len(COLUMNS))]
            for row in range(model.rowCount())]


class Signals:
    """What the model told its views, in order."""

    def __init__(self, model: CartTableModel):
        self.seen: list[tuple] = []
        seen = self.seen
        model.modelReset.connect(lambda: seen.append(("reset",)))
        model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", first, last)))
        model.dataChanged.connect(lambda top, bottom, _roles: seen.append(
            ("changed", top.row(), bottom.row())))


def test_each_line_shows_its_product_quantity_prices_promotion_and_total(model, cart):
    model.show(cart.priced([promotion()], DAY))
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert shown(model) == [
        ["Linen shirt, white", "1", "150,00\xa0MAD", "", "150,00\xa0MAD"],
        ["Cotton T-shirt, black", "2", "79,00\xa0MAD", "Promotions -20%  −31,60\xa0MAD",
         "126,40\xa0MAD"],
    ]
    assert [model.headerData(c, Qt.Horizontal) for c in range(5)] == COLUMNS
    right = int(Qt.AlignRight | Qt.AlignVCenter)
    assert [model.data(model.index(0, c), Qt.TextAlignmentRole) for c in range(5)] == [
        None, right, right, None, right]
    assert model.data(model.index(1, 3), Qt.ForegroundRole).color().name() == "#b35c00"
    assert model.data(model.index(0, 0), Qt.ToolTipRole) is None
    assert model.data(model.index(0, 0), Qt.BackgroundRole) is None
    assert model.data(QModelIndex()) is None


def test_a_line_sold_beyond_the_stock_is_marked(model):
    model.show(Cart(items=[item(SHIRT, "Linen shirt, white", "150.00", quantity=3,
                                stock=2)]).priced([], DAY))
    assert model.data(model.index(0, 2), Qt.ToolTipRole) == (
        "Only 2 in stock; sale allowed by a manager.")
    assert model.data(model.index(0, 4), Qt.BackgroundRole).color().name() == "#fff3cd"


def test_a_new_line_is_inserted_after_the_others(model, cart):
    model.show(cart.priced([], DAY))
    signals = Signals(model)
    cart.add(item(TEA, "Mint tea, loose, 100 g", "20.00"))
    model.show(cart.priced([], DAY))
    assert signals.seen == [("inserted", 2, 2)]
    assert shown(model)[2] == ["Mint tea, loose, 100 g", "1", "20,00\xa0MAD", "",
                               "20,00\xa0MAD"]


def test_a_changed_quantity_changes_its_row_only(model, cart):
    model.show(cart.priced([promotion()], DAY))
    signals = Signals(model)
    cart.set_quantity(1, 3)
    model.show(cart.priced([promotion()], DAY))
    assert signals.seen == [("changed", 1, 1)]
    assert shown(model)[1] == ["Cotton T-shirt, black", "3", "79,00\xa0MAD",
                               "Promotions -20%  −47,40\xa0MAD", "189,60\xa0MAD"]


def test_the_same_cart_again_tells_the_views_nothing(model, cart):
    model.show(cart.priced([], DAY))
    signals = Signals(model)
    model.show(cart.priced([], DAY))
    assert signals.seen == []


def test_a_scan_that_changes_the_promotions_changes_every_line_it_touches(model, cart):
    model.show(cart.priced([], DAY))
    signals = Signals(model)
    cart.add(item(TEA, "Mint tea, loose, 100 g", "20.00"))
    model.show(cart.priced([promotion()], DAY))  # a promotion began meanwhile
    assert signals.seen == [("changed", 1, 1), ("inserted", 2, 2)]
    assert shown(model)[1][3] == "Promotions -20%  −31,60\xa0MAD"


def test_a_removed_line_leaves_its_row(model, cart):
    cart.add(item(TEA, "Mint tea, loose, 100 g", "20.00"))
    model.show(cart.priced([], DAY))
    signals = Signals(model)
    cart.remove(1)
    model.show(cart.priced([], DAY))
    assert signals.seen == [("removed", 1, 1)]
    assert [row[0] for row in shown(model)] == ["Linen shirt, white", "Mint tea, loose, 100 g"]


def test_an_emptied_cart_empties_the_table(model, cart):
    model.show(cart.priced([], DAY))
    cart.clear()
    model.show(cart.priced([], DAY))
    assert model.rowCount() == 0 and shown(model) == []


def test_lines_in_another_order_are_shown_in_that_order(model, cart):
    model.show(cart.priced([], DAY))
    signals = Signals(model)
    cart.items.reverse()
    model.show(cart.priced([], DAY))
    assert signals.seen == [("reset",)]
    assert [row[0] for row in shown(model)] == ["Cotton T-shirt, black", "Linen shirt, white"]


def test_the_texts_of_a_column_are_those_shown(model, cart):
    model.show(cart.priced([promotion()], DAY))
    assert model.column_texts(4) == ["150,00\xa0MAD", "126,40\xa0MAD"]
    assert model.column_texts(1) == ["1", "2"]
