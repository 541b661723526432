"""A customer erased from a till's sales: the one way both a manager's erasure here
(pos/customers.py) and a till's pull of an erasure made at another till (db/hub/pull.py)
blank them. The sales stay (totals, lines, payments) without the customer's name, email,
phone, phone hash or consent, and their returns without the address they were shipped from.
Works in the caller's session: one transaction."""
from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Return, Sale

CHUNK = 10_000  # below SQLite's limit of bound values


def _chunks(values: list) -> Iterable[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def sale_ids_of(session: Session, uids: Iterable[UUID]) -> list[int]:
    """This till's ids of the sales with these uids (made here or copied here); others none."""
    found = []
    for some in _chunks(list(uids)):
        found += session.scalars(select(Sale.id).where(Sale.uid.in_(some)))
    return sorted(found)


def blank_customer(session: Session, sale_ids: list[int]) -> None:
    """The customer goes from these sales and from the returns made of them."""
    for ids in _chunks(sale_ids):
        session.execute(update(Sale).where(Sale.id.in_(ids)).values(
            customer_name=None, customer_email=None, customer_phone=None,
            customer_phone_hash=None, customer_consent=False))
        session.execute(update(Return).where(
            Return.sale_id.in_(ids),
            (Return.shipped_city.is_not(None)) | (Return.shipped_address.is_not(None)))
            .values(shipped_city=None, shipped_address=None))
