"""Finding products at the counter: by scanned code, by SKU, by part of a name.

A typed search reads product_search (SQLite's FTS5, db/search.py), the index of the words
of every product's search key, for the products where each typed word starts a word; it
reads every product's key only when those are fewer than asked for, to find words typed
from their middle. With 100,000 products the index answers in a few milliseconds
(bench/catalog.py).
"""
from __future__ import annotations

import unicodedata

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from db.models import Product
from db.search import starts_with, with_words_starting

SEARCH_LIMIT = 30


def search_key(*parts: str | None) -> str:
    """Lower-case, accents removed: 'Thé à la menthe' is found by typing 'the a la'."""
    text = " ".join(p for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def clean_code(text: str) -> str:
    """A scanned or typed code without the spaces and control characters around it."""
    return "".join(c for c in (text or "").strip() if c.isprintable())


def find_by_code(session: Session, code: str) -> Product | None:
    """An active product whose barcode is the code, or whose SKU is it (any case)."""
    code = clean_code(code)
    if not code:
        return None
    product = session.scalar(select(Product).where(Product.barcode == code, Product.active))
    if product is None:
        # The expression of ix_products_sku_lower, and SQLite's lower() on both sides, so
        # that a SKU with letters outside ASCII is folded the same way on each.
        product = session.scalar(
            select(Product).where(func.lower(Product.sku) == func.lower(code), Product.active)
        )
    return product


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
    # The SKU as typed, in lower or in upper case: a lookup in its unique index.
    skus = {text.split()[0], first, first.upper()}
    take(Product.sku.in_(skus), func.lower(Product.sku) == first)
    a_whole_sku = len(words) == 1 and len(found) == 1
    take(starts_with(session, Product.search_key, first))
    at_word_starts = word_starts(words)
    if at_word_starts is not None:
        take(at_word_starts)
    # A SKU typed in full is not looked for inside other words, nor is a scanned number
    # that is no product's code (one word of 8 digits or more: a barcode): that pass reads
    # every product's key, and the clerk is waiting for the message.
    scanned = len(words) == 1 and len(first) >= BARCODE_DIGITS and first.isdigit()
    if not a_whole_sku and not scanned:
        take()  # words typed from their middle: reads every key
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(found)))}
    return [products[i] for i in found]


def contains_words(words: list[str]) -> ColumnElement[bool]:
    """The search key contains every word (words already made by search_key)."""
    return and_(*(Product.search_key.contains(word, autoescape=True) for word in words))


def word_starts(words: list[str]) -> ColumnElement[bool] | None:
    """From the index: each typed word starts a word of the product. None when no typed
    word has a letter or digit."""
    product_ids = with_words_starting(words)
    return None if product_ids is None else Product.id.in_(product_ids)
