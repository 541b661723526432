"""Keeping the catalog right: products, collections, promotions and stock, as a manager
changes them. Every change is checked here, with the sentence to show the manager, and
every write is manager-only except receiving goods, which a clerk may do.

Stock only ever changes through a StockMovement (a sale, a return, goods received, an
adjustment with its reason), so stock_history() can explain a product's stock line by line.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, selectinload
from stdnum import ean

from db.models import (Collection, Product, Promotion, Return, Sale, Staff, StockMovement,
                       product_collections)
from db.search import starts_with
from db.types import utc_now
from pos.catalog import DENSE, clean_code, contains_words, search_key, word_start_ids
from pos.i18n import N_, _
from pos.money import Money, format_money
from pos.pricing import PriceRule
from pos.returns import audit
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied, require_manager

ADJUST_REASONS = ("damaged", "counted", "lost", "other")
MAX_PRICE = Money.of("10000000")
MAX_STOCK = 1_000_000
# GS1 "restricted circulation" numbers 20…: for use inside the shop, never on a product
# sold elsewhere, so they cannot clash with a manufacturer's EAN-13.
INTERNAL_PREFIX = "20"
# A note the app writes itself on a stock movement: stored in English, shown translated.
OPENING_NOTE = N_("opening stock")
ORDERS = {"name": Product.search_key, "sku": Product.sku, "price": Product.price,
          "stock": Product.stock}


class CatalogError(ValueError):
    """A catalog change that cannot be made as asked, in words for the manager (in the
    language spoken when it is raised); nothing was saved."""


@dataclass(frozen=True)
class ProductDraft:
    sku: str
    name: str
    price: Money
    barcode: str | None = None
    stock: int = 0
    active: bool = True
    collection_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StockLine:
    """One movement of a product's stock, and the stock it left."""

    time: datetime
    delta: int
    reason: str
    reference: str | None  # the sale's order number or the return's number
    staff: str | None
    note: str | None
    balance: int


# ----- codes ----------------------------------------------------------------------------------
def barcode_problem(code: str) -> str | None:
    """Why a barcode cannot be used, or None."""
    if not code.isascii() or not code.isdigit():
        return _("The barcode '{code}' must be digits only.").format(code=code)
    if len(code) > 64:
        return _("A barcode has at most 64 digits.")
    if len(code) in (8, 12, 13) and not ean.is_valid(code):
        kind = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13"}[len(code)]
        return _("The barcode {code} is not a valid {kind}: its last digit should be "
                 "{digit}. Check for a typing mistake.").format(
                     code=code, kind=kind, digit=ean.calc_check_digit(code[:-1]))
    return None


def clean_barcode(code: str | None) -> str | None:
    """A barcode as typed or read from a file: spaces and a spreadsheet's leading
    apostrophe removed; None when empty."""
    code = clean_code(code or "").lstrip("'").replace(" ", "")
    return code or None


def describe(product: Product) -> str:
    return _("{name} (SKU {sku})").format(name=product.name, sku=product.sku)


# ----- products ---------------------------------------------------------------------------------
def list_products(session: Session, text: str = "", collection_id: int | None = None,
                  include_inactive: bool = True, order_by: str = "name",
                  descending: bool = False, limit: int = 200, offset: int = 0) -> list[Product]:
    """The products screen's page: a product with this exact barcode, or the products with
    a word of their name or SKU starting with each typed word (any part of the name when
    none does), in a collection if one is given; sorted by name (accents and case aside),
    SKU, price or stock."""
    if order_by not in ORDERS:
        raise CatalogError(_("Products cannot be sorted by '{order}'.").format(order=order_by))
    query = _listed(session, select(Product), text, collection_id, include_inactive,
                    walk_key_order=order_by == "name")
    column = ORDERS[order_by]
    query = query.order_by(*((column.desc(), Product.id.desc()) if descending
                             else (column, Product.id)))
    return list(session.scalars(query.limit(limit).offset(offset)))


def count_products(session: Session, text: str = "", collection_id: int | None = None,
                   include_inactive: bool = True) -> int:
    """How many products list_products() would page through."""
    return session.scalar(_listed(session, select(func.count()).select_from(Product), text,
                                  collection_id, include_inactive, walk_key_order=False))


def _listed(session: Session, query, text: str, collection_id: int | None,
            include_inactive: bool, walk_key_order: bool):
    code = clean_barcode(text)
    owner = session.scalar(select(Product.id).where(Product.barcode == code)) \
        if code and code.isdigit() else None
    if owner is not None:
        query = query.where(Product.id == owner)
    elif search_key(text).split():
        query = query.where(matching_products(session, text, walk_key_order))
    if collection_id is not None:
        query = query.where(Product.id.in_(
            select(product_collections.c.product_id)
            .where(product_collections.c.collection_id == collection_id)))
    if not include_inactive:
        query = query.where(Product.active)
    return query


def matching_products(session: Session, text: str,
                      walk_key_order: bool = True) -> ColumnElement[bool]:
    """Every typed word in the name or SKU: starting words when some product has them so
    (from the index), anywhere in them otherwise."""
    words = search_key(text).split()
    contains = contains_words(words)
    indexed = word_start_ids(session, words)
    if indexed is None:
        return contains
    product_ids, count = indexed
    # Is there one? A join from the index stops at the first (IN would read them all first).
    candidates = product_ids.subquery()
    if not count or session.scalar(
            select(Product.id).join(candidates, candidates.c.product_id == Product.id)
            .where(contains).limit(1)) is None:
        return contains
    product_id = Product.id + 0 if walk_key_order and count > DENSE else Product.id
    return product_id.in_(product_ids) & contains


def create_product(session: Session, manager: Staff | None, draft: ProductDraft,
                   now: datetime | None = None) -> Product:
    """A new product; its opening stock, if any, is recorded as goods received."""
    require_manager(manager, "add products")
    now = now or utc_now()
    sku, name, barcode = _checked(session, draft, None)
    stock = _checked_quantity(draft.stock, OPENING_STOCK, allow_zero=True)
    product = Product(sku=sku, name=name, barcode=barcode, search_key=search_key(name, sku),
                      price=draft.price, stock=stock, active=draft.active, created_at=now,
                      collections=_collections(session, draft.collection_ids))
    session.add(product)
    session.flush()
    if stock:
        session.add(StockMovement(product_id=product.id, delta=stock, reason="receive",
                                  staff_id=manager.id, note=OPENING_NOTE, created_at=now))
    audit(session, manager.id, "product created", sku,
          {"name": name, "price": str(draft.price.amount), "barcode": barcode, "stock": stock},
          now)
    session.flush()
    return product


def update_product(session: Session, manager: Staff | None, product_id: int,
                   draft: ProductDraft, now: datetime | None = None) -> Product:
    """Name, SKU, barcode, price, collections and active flag as the draft says; a price
    change goes to the audit log. The draft's stock is ignored: stock changes only
    through adjust_stock() and receive_stock(), so that each change has its reason."""
    require_manager(manager, "edit products")
    now = now or utc_now()
    product = _product(session, product_id)
    sku, name, barcode = _checked(session, draft, product.id)
    old_price = product.price
    product.sku, product.name, product.barcode = sku, name, barcode
    product.search_key = search_key(name, sku)
    product.price = draft.price
    product.active = draft.active
    product.collections = _collections(session, draft.collection_ids)
    if draft.price != old_price:
        audit(session, manager.id, "price changed", sku,
              {"name": name, "old": str(old_price.amount), "new": str(draft.price.amount)}, now)
    session.flush()
    return product


def set_active(session: Session, manager: Staff | None, product_id: int, active: bool) -> None:
    """An inactive product stays in the history but can no longer be sold."""
    require_manager(manager, "deactivate or reactivate products")
    product = _product(session, product_id)
    if product.active != active:
        product.active = active
        audit(session, manager.id, "product reactivated" if active else "product deactivated",
              product.sku, {"name": product.name})
        session.flush()


def _checked(session: Session, draft: ProductDraft, product_id: int | None
             ) -> tuple[str, str, str | None]:
    sku = (draft.sku or "").strip()
    name = " ".join((draft.name or "").split())
    barcode = clean_barcode(draft.barcode)
    if not sku:
        raise CatalogError(_("Give the product a SKU."))
    if len(sku) > 64:
        raise CatalogError(_("A SKU has at most 64 characters."))
    if not name:
        raise CatalogError(_("Give the product a name."))
    if len(name) > 200:
        raise CatalogError(_("A product name has at most 200 characters."))
    if not isinstance(draft.price, Money):
        raise CatalogError(_("Give the product a price."))
    if draft.price.is_negative():
        raise CatalogError(_("A price cannot be negative."))
    if draft.price > MAX_PRICE:
        raise CatalogError(_("A price above {amount} is surely a typing mistake.").format(
            amount=format_money(MAX_PRICE, load_shop_settings(session).locale, whole=True)))
    if barcode is not None and (problem := barcode_problem(barcode)):
        raise CatalogError(problem)
    # SKUs are compared without case, as the counter finds them. A product keeping the SKU
    # it shares with other Shopify variants (imported so) may keep it.
    other = session.scalar(select(Product).where(func.lower(Product.sku) == sku.lower(),
                                                 Product.id != (product_id or 0)))
    kept = product_id is not None and session.scalar(
        select(func.lower(Product.sku)).where(Product.id == product_id)) == sku.lower()
    if other is not None and not kept:
        raise CatalogError(_("The SKU {sku} is already used by {product}.").format(
            sku=sku, product=describe(other)))
    if barcode is not None:
        other = session.scalar(select(Product).where(Product.barcode == barcode,
                                                     Product.id != (product_id or 0)))
        if other is not None:
            raise CatalogError(_("The barcode {barcode} is already used by {product}.").format(
                barcode=barcode, product=describe(other)))
    return sku, name, barcode


# The quantities checked, each with its own whole sentences (a translator sees them whole).
OPENING_STOCK, RECEIVED, COUNTED = "opening", "received", "counted"


def _quantity_words(what: str) -> tuple[str, str, str]:
    """(not a whole number, too small, too large) for the quantity `what`."""
    if what == OPENING_STOCK:
        return (_("The opening stock must be a whole number."),
                _("The opening stock must be 0 or more than 0."),
                _("An opening stock of {quantity} is surely a typing mistake."))
    if what == RECEIVED:
        return (_("The quantity received must be a whole number."),
                _("The quantity received must be more than 0."),
                _("A quantity received of {quantity} is surely a typing mistake."))
    return (_("The quantity counted must be a whole number."),
            _("The quantity counted must be 0 or more than 0."),
            _("A quantity counted of {quantity} is surely a typing mistake."))


def _checked_quantity(quantity, what: str, allow_zero: bool = False) -> int:
    not_whole, too_small, too_large = _quantity_words(what)
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        raise CatalogError(not_whole)
    if quantity < 0 or (quantity == 0 and not allow_zero):
        raise CatalogError(too_small)
    if quantity > MAX_STOCK:
        raise CatalogError(too_large.format(quantity=quantity))
    return quantity


def _product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise CatalogError(_("This product no longer exists."))
    return product


def _collections(session: Session, ids) -> list[Collection]:
    wanted = list(dict.fromkeys(ids or ()))
    found = {c.id: c for c in session.scalars(select(Collection).where(Collection.id.in_(wanted)))}
    if len(found) != len(wanted):
        raise CatalogError(_("One of the chosen collections no longer exists."))
    return [found[i] for i in wanted]


# ----- collections ------------------------------------------------------------------------------
def collections(session: Session) -> list[Collection]:
    return list(session.scalars(select(Collection).order_by(func.lower(Collection.name))))


def create_collection(session: Session, manager: Staff | None, name: str) -> Collection:
    require_manager(manager, "create collections")
    name = _collection_name(session, name, None)
    collection = Collection(name=name)
    session.add(collection)
    session.flush()
    audit(session, manager.id, "collection created", name[:64], {"name": name})
    return collection


def rename_collection(session: Session, manager: Staff | None, collection_id: int,
                      name: str) -> Collection:
    require_manager(manager, "rename collections")
    collection = session.get(Collection, collection_id)
    if collection is None:
        raise CatalogError(_("This collection no longer exists."))
    name = _collection_name(session, name, collection_id)
    if name != collection.name:
        audit(session, manager.id, "collection renamed", name[:64],
              {"old": collection.name, "new": name})
        collection.name = name
        session.flush()
    return collection


def _collection_name(session: Session, name: str, collection_id: int | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise CatalogError(_("Give the collection a name."))
    if len(name) > 120:
        raise CatalogError(_("A collection name has at most 120 characters."))
    other = session.scalar(select(Collection).where(
        func.lower(Collection.name) == name.lower(), Collection.id != (collection_id or 0)))
    if other is not None:
        raise CatalogError(_("There is already a collection named {name}.").format(
            name=other.name))
    return name


# ----- promotions -------------------------------------------------------------------------------
def save_promotion(session: Session, manager: Staff | None, promotion_id: int | None, name: str,
                   percent_off: Decimal | None, amount_off: Money | None,
                   product_id: int | None, collection_id: int | None,
                   starts_on: date, ends_on: date | None) -> Promotion:
    """A new promotion (promotion_id None) or the promotion changed; checked by the same
    rules the counter prices with."""
    require_manager(manager, "change promotions")
    name = " ".join((name or "").split())
    if not name:
        raise CatalogError(_("Give the promotion a name."))
    if len(name) > 120:
        raise CatalogError(_("A promotion name has at most 120 characters."))
    if percent_off is not None:
        try:
            percent_off = Decimal(percent_off)
        except (InvalidOperation, TypeError, ValueError):
            raise CatalogError(_("'{value}' is not a percentage.").format(
                value=percent_off)) from None
        if not percent_off.is_finite() or percent_off != percent_off.quantize(Decimal("0.01")):
            raise CatalogError(_("A percentage off has at most two decimals."))
    if not isinstance(starts_on, date):
        raise CatalogError(_("Give the day the promotion starts."))
    try:
        PriceRule(name=name, starts_on=starts_on, ends_on=ends_on, percent_off=percent_off,
                  amount_off=amount_off, product_id=product_id, collection_id=collection_id)
    except ValueError as error:
        raise CatalogError(str(error)) from None
    if product_id is not None and session.get(Product, product_id) is None:
        raise CatalogError(_("The promotion's product no longer exists."))
    if collection_id is not None and session.get(Collection, collection_id) is None:
        raise CatalogError(_("The promotion's collection no longer exists."))
    if promotion_id is None:
        promotion = Promotion(active=True)
        session.add(promotion)
    else:
        promotion = _promotion(session, promotion_id)
    promotion.name, promotion.percent_off, promotion.amount_off = name, percent_off, amount_off
    promotion.product_id, promotion.collection_id = product_id, collection_id
    promotion.starts_on, promotion.ends_on = starts_on, ends_on
    session.flush()
    audit(session, manager.id, "promotion saved", f"promotion {promotion.id}",
          {"name": name, "percent_off": None if percent_off is None else str(percent_off),
           "amount_off": None if amount_off is None else str(amount_off.amount),
           "product_id": product_id, "collection_id": collection_id,
           "starts_on": starts_on.isoformat(),
           "ends_on": ends_on.isoformat() if ends_on else None})
    return promotion


def end_promotion(session: Session, manager: Staff | None, promotion_id: int,
                  today: date) -> Promotion:
    """From now on the promotion no longer applies: it ends yesterday, or, if it started
    today or has not started yet, it is switched off."""
    require_manager(manager, "end promotions")
    promotion = _promotion(session, promotion_id)
    if not promotion.active or (promotion.ends_on is not None and promotion.ends_on < today):
        return promotion  # already over
    if promotion.starts_on >= today:
        promotion.active = False
    else:
        promotion.ends_on = today - timedelta(days=1)
    audit(session, manager.id, "promotion ended", f"promotion {promotion.id}",
          {"name": promotion.name, "today": today.isoformat()})
    session.flush()
    return promotion


def promotions(session: Session, include_ended: bool = False,
               today: date | None = None) -> list[Promotion]:
    """Running and future promotions (and ended ones if asked), newest first, with their
    product or collection loaded."""
    query = (select(Promotion)
             .options(selectinload(Promotion.product), selectinload(Promotion.collection))
             .order_by(Promotion.starts_on.desc(), Promotion.id.desc()))
    if not include_ended:
        today = today or load_shop_settings(session).local_date(utc_now())
        query = query.where(Promotion.active,
                            or_(Promotion.ends_on.is_(None), Promotion.ends_on >= today))
    return list(session.scalars(query))


def _promotion(session: Session, promotion_id: int) -> Promotion:
    promotion = session.get(Promotion, promotion_id)
    if promotion is None:
        raise CatalogError(_("This promotion no longer exists."))
    return promotion


# ----- stock ------------------------------------------------------------------------------------
def receive_stock(session: Session, staff: Staff | None, product_id: int, quantity: int,
                  note: str = "", now: datetime | None = None) -> StockMovement:
    """Goods delivered to the shop. Any active staff member may record it."""
    if staff is None or not staff.active:
        raise PermissionDenied(_("Only a member of staff can receive goods."))
    quantity = _checked_quantity(quantity, RECEIVED)
    product = _locked_product(session, product_id)
    product.stock += quantity
    product.stock_counted = True  # from now on its stock is kept, and checked at the counter
    movement = StockMovement(product_id=product.id, delta=quantity, reason="receive",
                             staff_id=staff.id, note=_note(note), created_at=now or utc_now())
    session.add(movement)
    session.flush()
    return movement


def adjust_stock(session: Session, manager: Staff | None, product_id: int, reason: str, *,
                 delta: int | None = None, counted: int | None = None, note: str = "",
                 now: datetime | None = None) -> StockMovement:
    """A correction of the stock with its reason: by a change (delta) or by what was
    counted on the shelf (counted)."""
    require_manager(manager, "adjust stock")
    if reason not in ADJUST_REASONS:
        raise CatalogError(_("Choose why the stock changes: damaged, counted, lost or other."))
    if (delta is None) == (counted is None):
        raise CatalogError(_("Give either the change of stock or the quantity counted."))
    note = _note(note)
    if reason == "other" and not note:
        raise CatalogError(_("Say in the note why the stock changes."))
    product = _locked_product(session, product_id)
    if counted is not None:
        counted = _checked_quantity(counted, COUNTED, allow_zero=True)
        delta = counted - product.stock
        if delta == 0:
            raise CatalogError(_("The stock is already {counted}: nothing to adjust.").format(
                counted=counted))
    elif not isinstance(delta, int) or isinstance(delta, bool):
        raise CatalogError(_("The change of stock must be a whole number."))
    elif delta == 0:
        raise CatalogError(_("A change of 0 changes nothing."))
    elif abs(delta) > MAX_STOCK:
        raise CatalogError(_("A change of {delta} is surely a typing mistake.").format(
            delta=delta))
    if product.stock + delta < 0:
        raise CatalogError(_("Only {stock} of {name} in stock: it cannot go down by {down}. "
                             "Count the shelf and give the quantity counted.").format(
                                 stock=product.stock, name=product.name, down=-delta))
    product.stock += delta
    product.stock_counted = True
    movement = StockMovement(product_id=product.id, delta=delta, reason=reason,
                             staff_id=manager.id, note=note, created_at=now or utc_now())
    session.add(movement)
    audit(session, manager.id, "stock adjusted", product.sku,
          {"name": product.name, "reason": reason, "delta": delta, "stock": product.stock,
           "note": note}, now)
    session.flush()
    return movement


def stock_history(session: Session, product_id: int) -> list[StockLine]:
    """Every movement of the product's stock, oldest first, with the stock after each; the
    last balance is the product's stock. Stock the product had before any movement was
    recorded (a product created before this history was kept) is the first line."""
    product = _product(session, product_id)
    rows = session.execute(
        select(StockMovement, Sale.order_number, Return.return_number, Staff.name)
        .outerjoin(Sale, Sale.id == StockMovement.sale_id)
        .outerjoin(Return, Return.id == StockMovement.return_id)
        .outerjoin(Staff, Staff.id == StockMovement.staff_id)
        .where(StockMovement.product_id == product_id)
        .order_by(StockMovement.created_at, StockMovement.id)).all()
    opening = product.stock - sum(m.delta for m, *_ in rows)
    lines, balance = [], 0
    if opening:
        balance = opening
        lines.append(StockLine(time=product.created_at, delta=opening, reason="opening",
                               reference=None, staff=None,
                               note=_("stock before its movements were recorded"),
                               balance=opening))
    for movement, order_number, return_number, staff_name in rows:
        balance += movement.delta
        note = _(OPENING_NOTE) if movement.note == OPENING_NOTE else movement.note
        lines.append(StockLine(time=movement.created_at, delta=movement.delta,
                               reason=movement.reason, reference=order_number or return_number,
                               staff=staff_name, note=note, balance=balance))
    return lines


def _locked_product(session: Session, product_id: int) -> Product:
    # Locked for the transaction (SQLite: the writer's BEGIN IMMEDIATE), like a sale does.
    product = session.scalar(select(Product).where(Product.id == product_id).with_for_update())
    if product is None:
        raise CatalogError(_("This product no longer exists."))
    return product


def _note(note: str | None) -> str | None:
    note = " ".join((note or "").split())
    if len(note) > 200:
        raise CatalogError(_("A note has at most 200 characters."))
    return note or None


# ----- internal barcodes ------------------------------------------------------------------------
def next_internal_barcode(session: Session) -> str:
    """An EAN-13 for a product without one: 20 followed by a number the shop has not used,
    and its check digit."""
    low, high = INTERNAL_PREFIX + "0" * 11, INTERNAL_PREFIX + "9" * 11
    highest = session.scalar(select(func.max(Product.barcode)).where(
        starts_with(session, Product.barcode, INTERNAL_PREFIX),
        func.length(Product.barcode) == 13))
    body = int(highest[:12]) + 1 if highest and highest.isdigit() else int(low[:12]) + 1
    while True:
        if str(body) > high[:12]:
            raise CatalogError(_("The shop's internal barcodes are all used."))
        code = str(body) + ean.calc_check_digit(str(body))
        if session.scalar(select(Product.id).where(Product.barcode == code)) is None:
            return code
        body += 1


def assign_internal_barcodes(session: Session, manager: Staff | None,
                             product_ids) -> dict[int, str]:
    """Internal EAN-13 barcodes for those of the products that have none, for their
    labels: {product id: barcode}."""
    require_manager(manager, "give products barcodes")
    given: dict[int, str] = {}
    for product_id in dict.fromkeys(product_ids):
        product = _product(session, product_id)
        if product.barcode:
            continue
        product.barcode = next_internal_barcode(session)
        session.flush()
        given[product.id] = product.barcode
    if given:
        audit(session, manager.id, "barcodes assigned", f"{len(given)} products",
              {str(i): code for i, code in given.items()})
    return given
