"""Finding products at the counter: by scanned code, by SKU, by part of a name."""
from __future__ import annotations

import unicodedata

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import Product

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
        product = session.scalar(
            select(Product).where(func.lower(Product.sku) == code.lower(), Product.active)
        )
    return product


def search_products(session: Session, text: str, limit: int = SEARCH_LIMIT,
                    include_inactive: bool = False) -> list[Product]:
    """Products whose name or SKU contains every word typed, best matches first."""
    words = search_key(text).split()
    if not words:
        return []
    query = select(Product)
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Product.search_key.like(f"%{escaped}%", escape="\\"))
    if not include_inactive:
        query = query.where(Product.active)
    first = words[0]
    starts = or_(Product.search_key.like(f"{first}%"), func.lower(Product.sku) == first)
    query = query.order_by(starts.desc(), Product.name).limit(limit)
    return list(session.scalars(query))
