"""Products as the counter uses them."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Product, product_collections
from pos.cart import CartItem


def collection_ids(session: Session, product_id: int) -> frozenset[int]:
    return frozenset(session.scalars(
        select(product_collections.c.collection_id).where(
            product_collections.c.product_id == product_id)
    ))


def cart_item(session: Session, product: Product, quantity: int = 1) -> CartItem:
    """A snapshot of the product for the cart: the price the customer is shown."""
    return CartItem(
        product_id=product.id,
        sku=product.sku,
        name=product.name,
        unit_price=product.price,
        collection_ids=collection_ids(session, product.id),
        stock=product.stock,
        quantity=quantity,
        barcode=product.barcode,
        stock_checked=stock_checked(product),
    )


def stock_checked(product) -> bool:
    """Whether selling beyond the product's stock needs a manager: not for a product never
    counted, nor for one Shopify lets oversell (its inventory policy "continue")."""
    return product.stock_counted and not product.oversell_allowed
