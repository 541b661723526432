"""The catalog as the manager's screens show it: products, collections, promotions and
label data read into plain values, so the screens never hold a live row or run a query."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Collection, Product, product_collections
from pos import catalog_admin
from pos.catalog import find_by_code
from pos.i18n import _
from pos.money import Money

PAGE = 200  # the most products a search shows at once


@dataclass(frozen=True)
class ProductRow:
    id: int
    sku: str
    name: str
    barcode: str | None
    price: Money
    stock: int
    active: bool
    collections: tuple[str, ...] = ()
    collection_ids: tuple[int, ...] = ()
    stock_counted: bool = True  # False: imported without a count, sold without a check

    @property
    def stock_words(self) -> str:
        return str(self.stock) if self.stock_counted else _("not counted")


@dataclass(frozen=True)
class ProductQuery:
    text: str = ""
    collection_id: int | None = None
    include_inactive: bool = True
    order_by: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ProductPage:
    rows: list[ProductRow]
    total: int  # every match, of which rows are the first PAGE


@dataclass(frozen=True)
class PromotionRow:
    id: int
    name: str
    percent_off: Decimal | None
    amount_off: Money | None
    product_id: int | None
    product_names: str | None
    product_sku: str | None
    collection_id: int | None
    collection_name: str | None
    starts_on: date
    ends_on: date | None
    active: bool


@dataclass(frozen=True)
class LabelProduct:
    id: int
    name: str
    sku: str
    price: Money
    barcode: str | None


def product_rows(session: Session, products: list[Product]) -> list[ProductRow]:
    """Plain rows, with each product's collections read in one query, not one per row."""
    ids = [p.id for p in products]
    names: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if ids:
        links = session.execute(
            select(product_collections.c.product_id, Collection.id, Collection.name)
            .join(Collection, Collection.id == product_collections.c.collection_id)
            .where(product_collections.c.product_id.in_(ids))
            .order_by(Collection.name))
        for product_id, collection_id, name in links:
            names[product_id].append((collection_id, name))
    return [ProductRow(p.id, p.sku, p.name, p.barcode, p.price, p.stock, p.active,
                       tuple(n for _i, n in names[p.id]), tuple(i for i, _n in names[p.id]),
                       p.stock_counted)
            for p in products]


def product_page(session: Session, wanted: ProductQuery) -> ProductPage:
    """The first PAGE products matching, and how many match in all."""
    products = catalog_admin.list_products(
        session, text=wanted.text, collection_id=wanted.collection_id,
        include_inactive=wanted.include_inactive, order_by=wanted.order_by,
        descending=wanted.descending, limit=PAGE)
    rows = product_rows(session, products)
    # Counting every match costs a second query: only when the page is full.
    total = len(rows) if len(rows) < PAGE else catalog_admin.count_products(
        session, wanted.text, wanted.collection_id, wanted.include_inactive)
    return ProductPage(rows, total)


def collection_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every collection, in name order."""
    return [(c.id, c.name) for c in catalog_admin.collections(session)]


def collections_with_counts(session: Session) -> list[tuple[int, str, int]]:
    """(id, name, how many products) of every collection."""
    counts = dict(session.execute(
        select(product_collections.c.collection_id, func.count())
        .group_by(product_collections.c.collection_id)).all())
    return [(c.id, c.name, counts.get(c.id, 0)) for c in catalog_admin.collections(session)]


def promotion_rows(session: Session, include_ended: bool, today: date) -> list[PromotionRow]:
    rows = []
    for p in catalog_admin.promotions(session, include_ended=include_ended, today=today):
        product = f"{p.product.name} ({p.product.sku})" if p.product is not None else None
        rows.append(PromotionRow(p.id, p.name, p.percent_off, p.amount_off, p.product_id,
                                 product, p.product.sku if p.product is not None else None,
                                 p.collection_id,
                                 p.collection.name if p.collection is not None else None,
                                 p.starts_on, p.ends_on, p.active))
    return rows


def label_products(session: Session, product_ids: list[int]) -> list[LabelProduct]:
    """The products to print labels for, in the order asked; a deleted one is left out."""
    products = [session.get(Product, i) for i in product_ids]
    return [LabelProduct(p.id, p.name, p.sku, p.price, p.barcode)
            for p in products if p is not None]


@dataclass(frozen=True)
class ProductChoice:
    id: int
    words: str


def find_product(session: Session, code: str) -> ProductChoice | None:
    """The product a promotion is for, by its SKU or barcode (inactive ones too)."""
    product = find_by_code(session, code, include_inactive=True)
    return None if product is None else ProductChoice(product.id,
                                                      f"{product.name} ({product.sku})")
