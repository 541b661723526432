"""The cart on the counter: what the customer is buying, before it is a sale. No database."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from pos.discounts import ClerkDiscount, shares
from pos.i18n import _
from pos.money import Money, money_sum
from pos.pricing import LinePrice, PriceRule, price_line

MAX_QUANTITY = 9999


class CartError(ValueError):
    """Something the clerk asked of the cart that cannot be done, in words for them."""


@dataclass
class CartItem:
    product_id: int
    sku: str
    name: str
    unit_price: Money
    collection_ids: frozenset[int]
    stock: int
    quantity: int = 1
    barcode: str | None = None
    # The manager who allowed selling beyond the stock on hand, if one did.
    stock_override_by: int | None = None
    # The clerk's discount on this line, if they gave one (pos/discounts.py).
    discount: ClerkDiscount | None = None
    # False for a product nobody has counted yet, or one Shopify lets oversell: its stock
    # limits nothing.
    stock_checked: bool = True

    @property
    def short_of_stock(self) -> bool:
        return self.beyond_stock(self.quantity)

    def beyond_stock(self, quantity: int) -> bool:
        """Selling this many needs a manager's approval (unless one gave it)."""
        return self.stock_checked and quantity > self.stock


@dataclass(frozen=True)
class PricedLine:
    item: CartItem
    price: LinePrice


@dataclass(frozen=True)
class PricedCart:
    lines: list[PricedLine]
    # The clerk's discount on the whole cart, taken after the promotions and the lines' own.
    cart_discount: Money = Money(0)
    cart_clerk: ClerkDiscount | None = None

    @property
    def before_cart_discount(self) -> Money:
        return self.total + self.cart_discount

    @property
    def after_promotions(self) -> Money:
        return money_sum(line.price.after_promotion for line in self.lines)

    @property
    def clerk_discounts(self) -> Money:
        """The clerk's, on the lines and on the cart: what the role's limit is measured by."""
        return self.cart_discount + money_sum(line.price.clerk_discount for line in self.lines)

    @property
    def subtotal(self) -> Money:
        return money_sum(line.price.gross for line in self.lines)

    @property
    def discount_total(self) -> Money:
        return money_sum(line.price.all_discounts for line in self.lines)

    @property
    def total(self) -> Money:
        return money_sum(line.price.total for line in self.lines)

    @property
    def item_count(self) -> int:
        return sum(line.item.quantity for line in self.lines)


@dataclass
class Cart:
    items: list[CartItem] = field(default_factory=list)
    # Identifies this cart's checkout: paying twice for it gives back the same sale.
    checkout_key: str = field(default_factory=lambda: str(uuid.uuid4()))
    # The clerk's discount on the whole cart (pos/discounts.py), if they gave one.
    discount: ClerkDiscount | None = None

    def __len__(self) -> int:
        return len(self.items)

    def add(self, item: CartItem) -> CartItem:
        """Adds a product; scanning the same product again adds one to its line."""
        # Checked first: merged into an existing line, -1 would quietly take one off.
        _check_quantity(item.quantity)
        for existing in self.items:
            if existing.product_id == item.product_id:
                self.set_quantity(self.items.index(existing), existing.quantity + item.quantity)
                existing.stock, existing.stock_checked = item.stock, item.stock_checked
                return existing
        self.items.append(item)
        return item

    def set_quantity(self, index: int, quantity: int) -> None:
        _check_quantity(quantity)
        self._item(index).quantity = quantity

    def change_quantity(self, index: int, step: int) -> None:
        item = self._item(index)
        if not isinstance(step, int) or isinstance(step, bool):
            raise CartError(_("A quantity is a whole number."))
        self.set_quantity(index, item.quantity + step)

    def remove(self, index: int) -> CartItem:
        self._item(index)
        return self.items.pop(index)

    def clear(self) -> None:
        self.items.clear()
        self.discount = None
        self.checkout_key = str(uuid.uuid4())

    def priced(self, rules: list[PriceRule], day: date) -> PricedCart:
        lines = [PricedLine(item, price_line(item.unit_price, item.quantity, item.product_id,
                                             item.collection_ids, rules, day, item.discount))
                 for item in self.items]
        if self.discount is None or not lines:
            return PricedCart(lines)
        totals = [line.price.total for line in lines]
        off = self.discount.off(money_sum(totals))
        return PricedCart(
            [PricedLine(line.item, replace(line.price, cart_share=share))
             for line, share in zip(lines, shares(off, totals))],
            off, self.discount)

    def _item(self, index: int) -> CartItem:
        if not 0 <= index < len(self.items):
            raise CartError(_("Pick a line in the cart first."))
        return self.items[index]


def _check_quantity(quantity: int) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        raise CartError(_("A quantity is a whole number."))
    if quantity < 1:
        raise CartError(_("A quantity is at least 1. To take a line off, remove it."))
    if quantity > MAX_QUANTITY:
        raise CartError(_("A quantity is at most {most}.").format(most=MAX_QUANTITY))
