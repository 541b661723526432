"""What a receipt prints: a sale or a return read whole (lines, payments, the people), so
the receipt can be drawn after the session that read it has closed."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Return, ReturnLine, Sale


def sale_for_receipt(session: Session, sale_id: int) -> Sale:
    return session.scalar(
        select(Sale).where(Sale.id == sale_id).options(
            selectinload(Sale.lines), selectinload(Sale.payments), selectinload(Sale.clerk)))


def return_for_receipt(session: Session, return_id: int) -> Return:
    return session.scalar(select(Return).where(Return.id == return_id).options(
        selectinload(Return.lines).selectinload(ReturnLine.sale_line),
        selectinload(Return.sale), selectinload(Return.clerk),
        selectinload(Return.override_by), selectinload(Return.exchange_sale)))
