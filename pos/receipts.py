"""What a receipt prints: a sale or a return read whole into plain values (lines, payments,
the people, the return policy's words), so the receipt is drawn after the session that read
it has closed. A receipt is found by its id, or by the number printed on it (a reprint).

A gift receipt's barcode is its sale's order number after "G-" (G-S-T2-20261201-0007): the
return desk finds the sale by it and knows that the customer holds no prices."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Return, ReturnLine, Sale
from pos.discounts import discounts_of_sale
from pos.money import Money
from pos.return_policy import PolicySettings
from pos.returns import audit, current_policy, without_receipt
from pos.shop import ShopSettings
from pos.store_credit import CREDIT, CreditNote, credit_note
from pos.till_scope import this_till


@dataclass(frozen=True)
class SaleReceiptLine:
    name: str
    quantity: int
    unit_price: Money
    discount: Money  # the promotion's and the clerk's together
    promotion_name: str | None
    clerk_discount: Money = Money(0)  # of discount, the clerk's (pos/discounts.py)
    clerk_reason: str | None = None
    cart_share: Money = Money(0)  # of discount, its part of the clerk's discount on the cart
    price_changed: bool = False  # the clerk's discount is a new price for the line


@dataclass(frozen=True)
class ReceiptPayment:
    method: str  # cash, card, exchange or credit (a credit note)
    amount: Money
    tendered: Money | None
    change: Money | None
    credit_code: str | None = None   # a credit note's: its code, and what was left on it
    credit_left: Money | None = None  # once this sale had spent from it


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
    policy: PolicySettings  # the shop's return policy as it stands when printed
    cart_discount: Money = Money(0)  # the clerk's discount on the whole sale, and why
    cart_reason: str | None = None


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
    reason: str  # pos.return_policy.Reason's value
    note: str | None  # the reason in the customer's words, for "other"
    lines: tuple[ReturnReceiptLine, ...]
    returned_value: Money
    deduction: Money
    refund: Money
    refund_method: str | None
    collected: Money
    explanation: str  # the policy's sentence, in the language of the screen it was taken on
    approved_by: str | None  # the manager who overrode the policy, if one did
    override_reason: str | None
    exchange_sale: SaleReceipt | None  # the new items of an exchange: a sale of their own
    # The credit note given when the refund went to store credit: its code and last day.
    credit_code: str | None = None
    credit_expires_on: date | None = None
    # Returned without a receipt (pos/return_no_receipt.py): its "sale" is a placeholder.
    without_receipt: bool = False

    @property
    def exchange_order_number(self) -> str | None:
        return self.exchange_sale.order_number if self.exchange_sale else None


def sale_receipt(session: Session, sale_id: int, shop: ShopSettings | None = None,
                 ) -> SaleReceipt:
    sale = session.scalar(
        select(Sale).where(Sale.id == sale_id).options(
            selectinload(Sale.lines), selectinload(Sale.payments), selectinload(Sale.clerk)))
    return _sale_values(session, sale, shop)


def _sale_values(session: Session, sale: Sale, shop: ShopSettings | None) -> SaleReceipt:
    given = discounts_of_sale(session, sale.order_number) if sale.discount_total else {}
    return SaleReceipt(
        sale.order_number, sale.created_at, sale.clerk.name, sale.customer_name,
        tuple(_receipt_line(line, given.get(line.line_no), given.get(0))
              for line in sale.lines),
        _payments(session, sale),
        sale.subtotal, sale.discount_total, sale.total,
        current_policy(session, shop),
        given[0].amount if 0 in given else Money(0), given[0].reason if 0 in given else None)


def _payments(session: Session, sale: Sale) -> tuple[ReceiptPayment, ...]:
    notes = {code: credit_note(session, code)
             for code in {p.credit_code for p in sale.payments if p.credit_code}}
    return tuple(ReceiptPayment(p.method, p.amount, p.tendered, p.change, p.credit_code,
                                _left_after(notes[p.credit_code], sale.order_number)
                                if notes.get(p.credit_code) else None)
                 for p in sale.payments)


def _left_after(note: CreditNote, order_number: str) -> Money:
    """What was left on the note once this sale had spent from it (a reprint says the same
    as the first print, whatever was spent since)."""
    spent = until = Money.zero()
    for use in note.uses:
        spent += use.amount
        if use.order_number == order_number:
            until = spent
    return note.value - until


def _receipt_line(line, given, on_cart) -> SaleReceiptLine:
    return SaleReceiptLine(line.name, line.quantity, line.unit_price, line.discount,
                           line.promotion_name,
                           given.amount if given else Money(0), given.reason if given else None,
                           on_cart.shares.get(line.line_no, Money(0)) if on_cart else Money(0),
                           bool(given and given.unit_price is not None))


def return_receipt(session: Session, return_id: int, shop: ShopSettings | None = None,
                   ) -> ReturnReceipt:
    ret = session.scalar(select(Return).where(Return.id == return_id).options(
        selectinload(Return.lines).selectinload(ReturnLine.sale_line),
        selectinload(Return.sale), selectinload(Return.clerk),
        selectinload(Return.override_by),
        selectinload(Return.exchange_sale).selectinload(Sale.lines),
        selectinload(Return.exchange_sale).selectinload(Sale.payments),
        selectinload(Return.exchange_sale).selectinload(Sale.clerk)))
    return ReturnReceipt(
        ret.return_number, ret.sale.order_number, ret.created_at, ret.clerk.name, ret.remedy,
        ret.reason, ret.note,
        tuple(ReturnReceiptLine(line.sale_line.name, line.quantity, line.returned_value,
                                line.outcome) for line in ret.lines),
        ret.returned_value, ret.deduction, ret.refund, ret.refund_method, ret.collected,
        ret.explanation, ret.override_by.name if ret.override_by_id else None,
        ret.override_reason,
        _sale_values(session, ret.exchange_sale, shop) if ret.exchange_sale_id else None,
        ret.credit_code if ret.refund_method == CREDIT else None, ret.credit_expires_on,
        without_receipt(ret.sale))


def receipt_by_number(session: Session, number: str, shop: ShopSettings | None = None,
                      ) -> SaleReceipt | ReturnReceipt | None:
    """The receipt of the sale (S-…) or return (R-…) with this number, with the till's code
    in it (S-T2-20261201-0007) or from before the till was attached; None if there is none.
    The new items of an exchange are on the return's receipt, as the customer got them."""
    number = number.strip().upper()
    return_id = session.scalar(select(Return.id).where(Return.return_number == number))
    if return_id is not None:
        return return_receipt(session, return_id, shop)
    sale_id = session.scalar(select(Sale.id).where(Sale.order_number == number))
    return sale_receipt(session, sale_id, shop) if sale_id is not None else None


def last_receipt(session: Session, shop: ShopSettings | None = None,
                 ) -> SaleReceipt | ReturnReceipt | None:
    """The receipt handed over last at this counter: the latest sale's, or the latest
    return's (an exchange's new items are on their return's receipt); never one of another
    till copied here."""
    here = this_till(session)
    sale = session.execute(select(Sale.id, Sale.created_at).where(here.sales())
                           .order_by(Sale.created_at.desc(), Sale.id.desc()).limit(1)).first()
    ret = session.execute(select(Return.id, Return.created_at, Return.exchange_sale_id)
                          .where(here.rows(Return))
                          .order_by(Return.created_at.desc(), Return.id.desc())
                          .limit(1)).first()
    if ret is not None and (sale is None or ret.created_at >= sale.created_at
                            or ret.exchange_sale_id == sale.id):
        return return_receipt(session, ret.id, shop)
    return sale_receipt(session, sale.id, shop) if sale is not None else None


# ----- gift receipts -----------------------------------------------------------------------
GIFT_PREFIX = "G-"


def gift_barcode(order_number: str) -> str:
    """The number a gift receipt's barcode carries for the sale of that order number."""
    return GIFT_PREFIX + order_number


def scanned_number(code: str) -> tuple[str, bool]:
    """The sale's or return's number a scanned or typed code gives, and whether it was a
    gift receipt's (G-S-…): ('S-20261201-0007', True) for 'g-s-20261201-0007'."""
    number = code.strip().upper()
    if number.startswith(GIFT_PREFIX + "S-"):
        return number[len(GIFT_PREFIX):], True
    return number, False


def gift_receipt_by_number(session: Session, number: str, shop: ShopSettings | None = None,
                           ) -> SaleReceipt | None:
    """The sale whose gift receipt is asked for, by its order number or a gift receipt's
    barcode; None when there is no such sale (a return has no gift receipt)."""
    number, _gift = scanned_number(number)
    sale_id = session.scalar(select(Sale.id).where(Sale.order_number == number))
    return sale_receipt(session, sale_id, shop) if sale_id is not None else None


def record_gift_receipt(session: Session, staff_id: int | None, order_number: str,
                        printed_on: str) -> None:
    """A gift receipt went out (printed_on: 'receipt printer', 'system printer' or 'pdf'):
    in the audit log, so a return made with it can be traced to who printed it and when."""
    audit(session, staff_id, "gift receipt printed", order_number,
          {"sale": order_number, "barcode": gift_barcode(order_number),
           "printed_on": printed_on})
