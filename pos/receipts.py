"""What a receipt prints: a sale or a return read whole into plain values (lines, payments,
the people), so the receipt is drawn after the session that read it has closed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Return, ReturnLine, Sale
from pos.money import Money


@dataclass(frozen=True)
class SaleReceiptLine:
    name: str
    quantity: int
    unit_price: Money
    discount: Money
    promotion_name: str | None


@dataclass(frozen=True)
class ReceiptPayment:
    method: str  # cash, card or exchange
    amount: Money
    tendered: Money | None
    change: Money | None


@dataclass(frozen=True)
class SaleReceipt:
    order_number: str
    created_at: datetime
    clerk_name: str
    customer_name: str | None
    lines: tuple[SaleReceiptLine, ...]
    payments: tuple[ReceiptPayment, ...]
    subtotal: Money
    discount_total: Money
    total: Money


@dataclass(frozen=True)
class ReturnReceiptLine:
    name: str
    quantity: int
    returned_value: Money
    outcome: str


@dataclass(frozen=True)
class ReturnReceipt:
    return_number: str
    order_number: str  # of the sale the items came from
    created_at: datetime
    clerk_name: str
    remedy: str  # refund or exchange
    lines: tuple[ReturnReceiptLine, ...]
    returned_value: Money
    deduction: Money
    refund: Money
    refund_method: str | None
    collected: Money
    explanation: str
    approved_by: str | None  # the manager who overrode the policy, if one did
    override_reason: str | None
    exchange_order_number: str | None  # the new items' sale, on an exchange


def sale_receipt(session: Session, sale_id: int) -> SaleReceipt:
    sale = session.scalar(
        select(Sale).where(Sale.id == sale_id).options(
            selectinload(Sale.lines), selectinload(Sale.payments), selectinload(Sale.clerk)))
    return SaleReceipt(
        sale.order_number, sale.created_at, sale.clerk.name, sale.customer_name,
        tuple(SaleReceiptLine(line.name, line.quantity, line.unit_price, line.discount,
                              line.promotion_name) for line in sale.lines),
        tuple(ReceiptPayment(p.method, p.amount, p.tendered, p.change) for p in sale.payments),
        sale.subtotal, sale.discount_total, sale.total)


def return_receipt(session: Session, return_id: int) -> ReturnReceipt:
    ret = session.scalar(select(Return).where(Return.id == return_id).options(
        selectinload(Return.lines).selectinload(ReturnLine.sale_line),
        selectinload(Return.sale), selectinload(Return.clerk),
        selectinload(Return.override_by), selectinload(Return.exchange_sale)))
    return ReturnReceipt(
        ret.return_number, ret.sale.order_number, ret.created_at, ret.clerk.name, ret.remedy,
        tuple(ReturnReceiptLine(line.sale_line.name, line.quantity, line.returned_value,
                                line.outcome) for line in ret.lines),
        ret.returned_value, ret.deduction, ret.refund, ret.refund_method, ret.collected,
        ret.explanation, ret.override_by.name if ret.override_by_id else None,
        ret.override_reason,
        ret.exchange_sale.order_number if ret.exchange_sale_id else None)
