"""A receipt as a till roll prints it: lines of a fixed number of characters (42 on an 80 mm
roll, as a receipt printer's font A), amounts right-aligned and never broken, the order
number as a barcode. Plain text with a style a line, so one layout goes to the screen, a PDF,
a printer, or (later) the one-bit image of an ESC/POS printer."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

from pos.dates import format_date_time
from pos.money import Money, format_money
from pos.receipts import ReturnReceipt, SaleReceipt
from pos.return_policy import Outcome
from pos.shop import ShopSettings

COLUMNS = 42
REPRINT = "REPRINT"  # a copy says so, so that it is not taken for a second purchase
PAYMENT_WORDS = {"cash": "Cash", "card": "Card", "exchange": "Credit of the returned items"}


@dataclass(frozen=True)
class PrintedLine:
    text: str  # at most the roll's columns, spaces included: it is printed as it is
    style: str = "plain"  # plain, bold, or tall (bold and double height: name and total)


@dataclass(frozen=True)
class Barcode:
    number: str  # printed as Code 128, with the number below it


Row = PrintedLine | Barcode


class Roll:
    """The rows of a receipt, written top to bottom at a fixed width."""

    def __init__(self, shop: ShopSettings, columns: int = COLUMNS):
        self.shop = shop
        self.columns = columns
        self.rows: list[Row] = []

    def text(self, words: str, style: str = "plain", centred: bool = False,
             indent: int = 0) -> None:
        lines = textwrap.wrap(words, self.columns - indent, break_on_hyphens=False) or [""]
        for line in lines:
            line = " " * indent + line
            self.rows.append(PrintedLine(line.center(self.columns).rstrip() if centred
                                         else line, style))

    def pair(self, left: str, right: str, style: str = "plain", indent: int = 0) -> None:
        """left at the left, right whole at the right edge; a long left wraps above it."""
        room = self.columns - len(right) - 1
        head = textwrap.wrap(left, self.columns - indent, break_on_hyphens=False) or [""]
        last = " " * indent + head[-1]
        if len(last) > room:
            head, last = head + [""], ""
        for line in head[:-1]:
            self.rows.append(PrintedLine(" " * indent + line, style))
        self.rows.append(PrintedLine(last.ljust(self.columns - len(right)) + right, style))

    def amount(self, label: str, money: Money, style: str = "plain", indent: int = 0) -> None:
        self.pair(label, self.money(money), style, indent)

    def money(self, money: Money) -> str:
        return format_money(money, self.shop.locale)

    def rule(self) -> None:
        self.rows.append(PrintedLine("-" * self.columns))

    def blank(self) -> None:
        self.rows.append(PrintedLine(""))

    def barcode(self, number: str) -> None:
        self.rows.append(Barcode(number))
        self.text(number, centred=True)

    def heading(self, kind: str | None = None) -> None:
        self.text(self.shop.name, "tall", centred=True)
        self.text(self.shop.address, centred=True)
        if kind:
            self.text(kind, "bold", centred=True)
        self.rule()

    def when_and_who(self, moment, who: str) -> None:
        when = format_date_time(self.shop.local_time(moment), self.shop.locale)
        self.pair(when, who)


def sale_paper(sale: SaleReceipt, shop: ShopSettings, columns: int = COLUMNS,
               reprint: bool = False) -> tuple[Row, ...]:
    roll = Roll(shop, columns)
    roll.heading(REPRINT if reprint else None)
    roll.pair("Order", sale.order_number, "bold")
    roll.when_and_who(sale.created_at, f"Served by {sale.clerk_name}")
    if sale.customer_name:
        roll.text(f"Customer: {sale.customer_name}")
    _items_and_payments(roll, sale)
    _barcode_and_policy(roll, sale)
    return tuple(roll.rows)


def _items_and_payments(roll: Roll, sale: SaleReceipt) -> None:
    roll.rule()
    for line in sale.lines:
        value = line.unit_price * line.quantity
        if line.quantity == 1:
            roll.amount(line.name, value)
        else:
            roll.text(line.name)
            roll.amount(f"{line.quantity} × {roll.money(line.unit_price)}", value, indent=2)
        if line.discount:
            roll.amount(line.promotion_name or "Promotion", -line.discount, indent=2)
    roll.rule()
    if sale.discount_total:
        roll.amount("Subtotal", sale.subtotal)
        roll.amount("Promotions", -sale.discount_total)
    roll.amount("TOTAL", sale.total, "tall")
    for payment in sale.payments:
        if payment.method == "cash" and payment.tendered is not None:
            roll.amount("Cash tendered", payment.tendered)
            roll.amount("Change", payment.change or Money.zero())
        else:
            roll.amount(PAYMENT_WORDS.get(payment.method, payment.method), payment.amount)


def return_paper(ret: ReturnReceipt, shop: ShopSettings, columns: int = COLUMNS,
                 reprint: bool = False) -> tuple[Row, ...]:
    roll = Roll(shop, columns)
    kind = "EXCHANGE" if ret.remedy == "exchange" else "REFUND"
    roll.heading(f"{kind} · {REPRINT}" if reprint else kind)
    roll.pair("Return", ret.return_number, "bold")
    roll.pair("For order", ret.order_number)
    roll.when_and_who(ret.created_at, f"By {ret.clerk_name}")
    roll.rule()
    for line in ret.lines:
        roll.amount(f"{line.name} × {line.quantity}", line.returned_value)
        roll.text(_outcome_words(line.outcome), indent=2)
    roll.rule()
    roll.amount("Returned value", ret.returned_value)
    if ret.deduction:
        roll.amount("Deduction", -ret.deduction)
    if ret.refund:
        method = PAYMENT_WORDS.get(ret.refund_method or "", ret.refund_method or "")
        roll.amount(f"Customer receives ({method})" if method else "Customer receives",
                    ret.refund, "tall")
    if ret.collected:
        roll.amount("Customer paid", ret.collected, "bold")
    roll.blank()
    roll.text(ret.explanation)
    if ret.approved_by:
        roll.text(f"Approved by {ret.approved_by}: {ret.override_reason or ''}")
    roll.blank()
    roll.barcode(ret.return_number)
    if ret.exchange_sale is not None:
        _new_items(roll, ret.exchange_sale)
    return tuple(roll.rows)


def receipt_paper(receipt: SaleReceipt | ReturnReceipt, shop: ShopSettings,
                  reprint: bool = False) -> tuple[Row, ...]:
    if isinstance(receipt, ReturnReceipt):
        return return_paper(receipt, shop, reprint=reprint)
    return sale_paper(receipt, shop, reprint=reprint)


def _new_items(roll: Roll, sale: SaleReceipt) -> None:
    """The exchange's new items, with their own order number: they can come back too."""
    roll.blank()
    roll.rule()
    roll.text("NEW ITEMS", "bold", centred=True)
    roll.pair("Order", sale.order_number, "bold")
    _items_and_payments(roll, sale)
    _barcode_and_policy(roll, sale)


def _barcode_and_policy(roll: Roll, sale: SaleReceipt) -> None:
    """The number a return starts from, and what the shop takes back."""
    roll.blank()
    roll.barcode(sale.order_number)
    roll.blank()
    roll.text(sale.return_policy, centred=True)


def _outcome_words(outcome: str) -> str:
    try:
        return Outcome(outcome).label
    except ValueError:
        return outcome


def paper_text(rows: tuple[Row, ...]) -> str:
    """The receipt as plain text, a barcode as its number in brackets."""
    return "\n".join(row.text if isinstance(row, PrintedLine) else f"[{row.number}]"
                     for row in rows)
