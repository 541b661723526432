"""Finding products at the counter: by scanned code, by SKU, by part of a name.

A typed search reads product_search (SQLite's FTS5, db/search.py), the index of the words
of every product's search key, for the products where each typed word starts a word; it
looks for words typed from their middle only when those are fewer than asked for, in the
trigram index (or, for words under three characters, in every product's key). With
100,000 products the indexes answer in a few milliseconds (bench/catalog.py).
"""
from __future__ import annotations

import unicodedata

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from db.models import Product
from db.search import starts_with, with_text_inside, with_words_starting

SEARCH_LIMIT = 30
# Above this many products matching, walking the products in key order finds the first 30
# sooner than sorting all of them (about 1 ms per 1,200 sorted).
DENSE = 12_000


def search_key(*parts: str | None) -> str:
    """Lower-case, accents removed: 'Thé à la menthe' is found by typing 'the a la'."""
    return without_accents(" ".join(p for p in parts if p)).casefold()


def without_accents(text: str) -> str:
    """'Thé à Fès' → 'The a Fes': each letter without its combining marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean_code(text: str) -> str:
    """A scanned or typed code without the spaces and control characters around it."""
    return "".join(c for c in (text or "").strip() if c.isprintable())


def find_by_code(session: Session, code: str, include_inactive: bool = False) -> Product | None:
    """The product whose barcode is the code, or the first whose SKU is it in any case;
    active ones only unless asked. The one rule for a code, at the sale, the return and
    the promotions."""
    found = products_with_code(session, code, include_inactive)
    return found[0] if found else None


def products_with_code(session: Session, code: str,
                       include_inactive: bool = False) -> list[Product]:
    """The product whose barcode is the code, alone; else every product whose SKU is it in
    any case (Shopify lets variants share a SKU), in the order they were added."""
    code = clean_code(code)
    if not code:
        return []

    def having(condition) -> list[Product]:
        query = select(Product).where(condition).order_by(Product.id)
        if not include_inactive:
            query = query.where(Product.active)
        return list(session.scalars(query))

    # SQLite's lower() folds ASCII letters only: a SKU with accented capitals ('ÉTÉ-01')
    # typed in small letters is found by its upper case, a lookup in the SKU's index.
    return (having(Product.barcode == code)
            or having(Product.sku.in_({code, code.upper(), code.lower()}))
            # The expression of ix_products_sku_lower, on both sides: mixed case typed.
            or having(func.lower(Product.sku) == func.lower(code)))


def lookup(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[Product]:
    """What a scanned or typed text finds at the counter: the products whose code it is
    (several when variants share a SKU: the clerk picks); else the active products its
    words find, best first (search_products)."""
    return products_with_code(session, text)[:limit] or search_products(session, text, limit)


BARCODE_DIGITS = 8  # EAN-8, the shortest of the retail barcodes


def search_products(session: Session, text: str, limit: int = SEARCH_LIMIT,
                    include_inactive: bool = False) -> list[Product]:
    """Products whose name or SKU contains every word typed, best matches first: the SKU
    typed in full, then the names starting with the first word, then those where the typed
    words start words, then the others; in name order (accents and case aside) within
    each. A SKU typed in full finds its product and those where it starts a word, not
    those where it is inside a word."""
    words = search_key(text).split()
    if not words:
        return []
    found: list[int] = []

    def take(*conditions) -> None:
        if len(found) >= limit:
            return
        query = (select(Product.id).where(*conditions, contains_words(words))
                 .order_by(Product.search_key, Product.id).limit(limit - len(found)))
        if not include_inactive:
            query = query.where(Product.active)
        if found:
            query = query.where(Product.id.not_in(found))
        found.extend(session.scalars(query))

    first = words[0]
    # The SKU as typed, in lower or in upper case: a lookup in its index.
    skus = {text.split()[0], first, first.upper()}
    take(Product.sku.in_(skus), func.lower(Product.sku) == first)
    a_whole_sku = len(words) == 1 and len(found) == 1
    take(starts_with(session, Product.search_key, first))
    at_word_starts = word_starts(session, words)
    if at_word_starts is not None:
        take(at_word_starts)
    # A SKU typed in full is not looked for inside other words, nor is a scanned number
    # that is no product's code (one word of 8 digits or more: a barcode): that pass reads
    # every product's key, and the clerk is waiting for the message.
    scanned = len(words) == 1 and len(first) >= BARCODE_DIGITS and first.isdigit()
    if not a_whole_sku and not scanned and len(found) < limit:
        inside = inside_words(session, words)  # words typed from their middle
        take(*([] if inside is None else [inside]))
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(found)))}
    return [products[i] for i in found]


def contains_words(words: list[str]) -> ColumnElement[bool]:
    """The search key contains every word (words already made by search_key)."""
    return and_(*(Product.search_key.contains(word, autoescape=True) for word in words))


def word_starts(session: Session, words: list[str],
                walk_key_order: bool = True) -> ColumnElement[bool] | None:
    """From the word index: each typed word starts a word of the product. None when no
    typed word has a letter or digit.

    walk_key_order changes only the planner's choice: when many products match, the query
    walks the products in key order (ix_products_search_key) and stops at the first ones,
    instead of sorting them all."""
    found = word_start_ids(session, words)
    return None if found is None else _among(found, walk_key_order)


def word_start_ids(session: Session, words: list[str]) -> tuple[Select, int] | None:
    """The ids of the products where each typed word starts a word, and how many (counted
    up to DENSE + 1); None when no typed word has a letter or digit."""
    return _counted(session, with_words_starting(words))


def inside_words(session: Session, words: list[str]) -> ColumnElement[bool] | None:
    """From the trigram index: the typed words are in the product's key, anywhere. None
    when a typed word is shorter than three characters (then every key is read)."""
    found = _counted(session, with_text_inside(words))
    return None if found is None else _among(found, walk_key_order=True)


def _counted(session: Session, product_ids: Select | None) -> tuple[Select, int] | None:
    if product_ids is None:
        return None
    capped = product_ids.limit(DENSE + 1).subquery()
    return product_ids, session.scalar(select(func.count()).select_from(capped))


def _among(found: tuple[Select, int], walk_key_order: bool) -> ColumnElement[bool]:
    product_ids, count = found
    # id + 0 is the same id, but no index can look it up: SQLite then walks the order's index.
    product_id = Product.id + 0 if walk_key_order and count > DENSE else Product.id
    return product_id.in_(product_ids)
