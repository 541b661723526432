"""A receipt as a till roll prints it: lines of a fixed number of characters (42 on an 80 mm
roll, as a receipt printer's font A), amounts at the line's end and never broken, the order
number as a barcode. Plain text with a style a line, so one layout goes to the screen, a PDF,
a printer, or (later) the one-bit image of an ESC/POS printer.

The receipt speaks the shop's receipt language (ShopSettings.receipt_language), whoever is
logged in: French, Arabic, English, or French and Arabic on one roll ("fr+ar", as many
Moroccan shops print). Each row keeps its parts (`start`, `end`) beside its fixed-width text,
so that the painter puts them at the edges whatever the font's widths: an Arabic receipt's
rows start at the right edge, its amounts at the left. On a bilingual one each label is
French with its Arabic beside it ("Total · المجموع") or under it, the amounts once, in
French figures; the paragraphs (the policy) once per language, the Arabic right to left."""
from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from babel.numbers import format_decimal

from pos.dates import format_date, format_date_time
from pos.i18n import ARABIC, _, figures_locale, ngettext, pgettext, speaking
from pos.money import Money, format_money
from pos.receipts import ReturnReceipt, SaleReceipt, gift_barcode
from pos.return_policy import PolicySettings
from pos.shop import ShopSettings

COLUMNS = 42
BESIDE = " · "  # between a label's French and its Arabic on a bilingual receipt

Words = str | Callable[[], str]  # the shop's own text as it is, or words written per language


@dataclass(frozen=True)
class PrintedLine:
    text: str  # at most the roll's columns, spaces included: the row as plain text
    style: str = "plain"  # plain, bold, or tall (bold and double height: name and total)
    start: str | None = None  # drawn from the start edge (None: `text` from the left edge)
    end: str = ""  # drawn whole at the end edge: an amount, a number
    centred: bool = False
    right_to_left: bool = False  # the start edge is the right one (an Arabic row)


@dataclass(frozen=True)
class Barcode:
    number: str  # printed as Code 128, with the number below it


Row = PrintedLine | Barcode


def _columns(text: str) -> float:
    """About how many of the roll's columns the text takes: Arabic letters are drawn in a
    proportional face, narrower than the fixed-pitch columns, and their vowel marks in none."""
    width = 0.0
    for letter in text:
        kind = unicodedata.bidirectional(letter)
        width += 0.0 if kind == "NSM" else 0.6 if kind == "AL" else 1.0
    return width


class Roll:
    """The rows of a receipt, written top to bottom at a fixed width, in the receipt's
    language(s): `language` is one of pos.i18n.RECEIPT_LANGUAGES, the shop's by default."""

    def __init__(self, shop: ShopSettings, columns: int = COLUMNS,
                 language: str | None = None):
        self.shop = shop
        self.columns = columns
        self.languages = tuple((language or shop.receipt_language).split("+"))
        # Figures once, in the first language's way (French on a bilingual receipt).
        self.locale = figures_locale(shop.number_locale, self.languages[0])
        self.right_to_left = self.languages == (ARABIC,)
        self.rows: list[Row] = []

    # ----- words in the receipt's languages ---------------------------------------------
    def said(self, words: Words) -> list[tuple[str, str | None]]:
        """(text, language) for each of the receipt's languages; the shop's own text once."""
        if isinstance(words, str):
            return [(words, None)]
        said = []
        for code in self.languages:
            with speaking(code):
                said.append((words(), code))
        return said

    def _rtl(self, code: str | None) -> bool:
        return self.right_to_left if code is None else code == ARABIC

    # ----- rows ---------------------------------------------------------------------------
    def text(self, words: Words, style: str = "plain", centred: bool = False,
             indent: int = 0) -> None:
        """A paragraph, once per language, each in its own direction; a blank between two
        languages' long paragraphs (the policy), so that each reads as its own."""
        said = self.said(words)
        for n, (text, code) in enumerate(said):
            if n and len(said[0][0]) > self.columns:
                self.blank()
            self._paragraph(text, style, centred, indent, self._rtl(code))

    def _paragraph(self, text: str, style: str, centred: bool, indent: int,
                   rtl: bool) -> None:
        lines = textwrap.wrap(text, self.columns - indent, break_on_hyphens=False) or [""]
        for line in lines:
            padded = " " * indent + line
            self.rows.append(PrintedLine(
                line.center(self.columns).rstrip() if centred else padded, style,
                line if centred else padded, centred=centred, right_to_left=rtl))

    def pair(self, left: str, right: str, style: str = "plain", indent: int = 0,
             rtl: bool | None = None) -> None:
        """left at the start, right whole at the end edge; a long left wraps above it."""
        rtl = self.right_to_left if rtl is None else rtl
        room = self.columns - len(right) - 1
        head = textwrap.wrap(left, self.columns - indent, break_on_hyphens=False) or [""]
        last = " " * indent + head[-1]
        if _columns(last) > room:
            head, last = head + [""], ""
        for line in head[:-1]:
            self.rows.append(PrintedLine(" " * indent + line, style, " " * indent + line,
                                         right_to_left=rtl))
        padding = " " * max(1, round(self.columns - len(right) - _columns(last)))
        self.rows.append(PrintedLine(last + padding + right if last else right.rjust(
            self.columns), style, last, right, right_to_left=rtl))

    def labelled(self, label: Words, right: str, style: str = "plain",
                 indent: int = 0) -> None:
        """A label and its value at the end edge; on a bilingual receipt the label in both
        languages, side by side when they fit beside the value, else the Arabic under it."""
        said = [text for text, _code in self.said(label)]
        beside = BESIDE.join(said)
        if len(said) == 1 or indent + _columns(beside) <= self.columns - len(right) - 1:
            self.pair(beside, right, style, indent)
            return
        self.pair(said[0], right, style, indent)
        for text in said[1:]:
            self._paragraph(text, style, False, indent, False)

    def amount(self, label: Words, money: Money, style: str = "plain", indent: int = 0) -> None:
        self.labelled(label, self.money(money), style, indent)

    def money(self, money: Money) -> str:
        return format_money(money, self.locale)

    def rule(self) -> None:
        self.rows.append(PrintedLine("-" * self.columns))

    def blank(self) -> None:
        self.rows.append(PrintedLine(""))

    def barcode(self, number: str) -> None:
        self.rows.append(Barcode(number))
        self._paragraph(number, "plain", True, 0, False)

    def label(self, words: Words, style: str = "plain", centred: bool = False,
              indent: int = 0) -> None:
        """A few words (a title, a line's outcome): a bilingual one on one line when it
        fits, as a paragraph per language when not."""
        said = [text for text, _code in self.said(words)]
        beside = BESIDE.join(said)
        if indent + _columns(beside) <= self.columns:
            self._paragraph(beside, style, centred, indent, self.right_to_left)
        else:
            self.text(words, style, centred, indent)

    def title(self, words: Words) -> None:
        self.label(words, "bold", centred=True)

    def heading(self, kind: Words | None = None) -> None:
        self.text(self.shop.name, "tall", centred=True)
        self.text(self.shop.address, centred=True)
        if kind:
            self.title(kind)
        self.rule()

    def when_and_who(self, moment, who: str) -> None:
        when = format_date_time(self.shop.local_time(moment), self.locale)
        self.labelled(lambda: pgettext("receipt", "Date"), when)
        self.labelled(lambda: pgettext("receipt", "Clerk"), who)


# ----- the words a receipt prints -----------------------------------------------------------
def _reprint() -> str:
    # A copy says so, so that it is not taken for a second purchase.
    return pgettext("receipt", "REPRINT")


def _payment(method: str) -> Callable[[], str]:
    def words() -> str:
        if method == "cash":
            return pgettext("receipt", "Cash")
        if method == "card":
            return pgettext("receipt", "Card")
        if method == "exchange":
            return pgettext("receipt", "Credit of the returned items")
        if method == "credit":
            return pgettext("receipt", "Store credit")
        return method
    return words


def _outcome(outcome: str) -> Callable[[], str]:
    def words() -> str:
        if outcome == "refund":
            return pgettext("receipt", "Refunded")
        if outcome == "exchange":
            return pgettext("receipt", "Exchanged")
        if outcome == "replacement":
            return pgettext("receipt", "Free replacement")
        if outcome == "refused":
            return pgettext("receipt", "Refused")
        return outcome
    return words


def _reason(reason: str, note: str | None) -> Callable[[], str]:
    def words() -> str:
        if reason == "defective":
            return _("Reason: defective.")
        if reason == "not_as_presented":
            return _("Reason: not as presented.")
        if reason == "change_of_mind":
            return _("Reason: change of mind.")
        if reason == "misuse":
            return _("Reason: misuse.")
        if note:  # the customer's own words, as the clerk wrote them
            return _("Reason: {note}").format(note=note)
        return _("Reason: other.")
    return words


def policy_words(policy: PolicySettings, locale: str) -> str:
    """The policy's windows and change-of-mind deduction, as a receipt says them, in the
    language spoken now (locale: its figures)."""
    percent = format_decimal(policy.change_of_mind_percent.normalize(), locale=locale)
    return " ".join((
        ngettext("Refunds within {n} day of purchase.",
                 "Refunds within {n} days of purchase.", policy.refund_days
                 ).format(n=policy.refund_days),
        ngettext("Exchanges within {n} day of purchase.",
                 "Exchanges within {n} days of purchase.", policy.exchange_days
                 ).format(n=policy.exchange_days),
        _("Items in their original condition and packaging, with this receipt."),
        _("A change-of-mind refund keeps {percent}% (at least {minimum}).").format(
            percent=percent, minimum=format_money(policy.change_of_mind_minimum, locale)),
        _("Thank you!"),
    ))


# ----- the receipts -------------------------------------------------------------------------
def sale_paper(sale: SaleReceipt, shop: ShopSettings, columns: int = COLUMNS,
               reprint: bool = False, language: str | None = None) -> tuple[Row, ...]:
    roll = Roll(shop, columns, language)
    roll.heading(_reprint if reprint else None)
    roll.labelled(lambda: pgettext("receipt", "Sale number"), sale.order_number, "bold")
    roll.when_and_who(sale.created_at, sale.clerk_name)
    if sale.customer_name:
        roll.labelled(lambda: pgettext("receipt", "Customer"), sale.customer_name)
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
        _discount_rows(roll, line)
    if sale.cart_discount:  # after every line's own: the order it was taken in
        roll.amount(lambda: pgettext("receipt", "Discount on the sale: {reason}").format(
            reason=sale.cart_reason), -sale.cart_discount)
    roll.rule()
    if sale.discount_total:
        roll.amount(lambda: pgettext("receipt", "Subtotal"), sale.subtotal)
        # "Promotions" alone, "Discounts" once a clerk gave one too.
        given = bool(sale.cart_discount) or any(line.clerk_discount for line in sale.lines)
        roll.amount((lambda: pgettext("receipt", "Discounts")) if given
                    else (lambda: pgettext("receipt", "Promotions")), -sale.discount_total)
    roll.amount(lambda: pgettext("receipt", "TOTAL"), sale.total, "tall")
    for payment in sale.payments:
        if payment.credit_code:  # a credit note: its code, and what is left on it now
            roll.amount(lambda: pgettext("receipt", "Credit note"), payment.amount)
            roll.text(payment.credit_code, indent=2)
            roll.amount(lambda: pgettext("receipt", "Left on the note"),
                        payment.credit_left or Money.zero(), indent=2)
        elif payment.method == "cash" and payment.tendered is not None:
            roll.amount(lambda: pgettext("receipt", "Cash tendered"), payment.tendered)
            roll.amount(lambda: pgettext("receipt", "Change due"),
                        payment.change or Money.zero())
        else:
            roll.amount(_payment(payment.method), payment.amount)


def _discount_rows(roll: Roll, line) -> None:
    """Under its line: the promotion first, then the clerk's discount on what was left,
    with its reason, the order they were taken in."""
    promotion = line.discount - line.clerk_discount - line.cart_share
    if promotion:
        roll.amount(line.promotion_name or (lambda: pgettext("receipt", "Promotion")),
                    -promotion, indent=2)
    if line.clerk_discount and line.price_changed:
        roll.amount(lambda: pgettext("receipt", "Price changed: {reason}").format(
            reason=line.clerk_reason), -line.clerk_discount, indent=2)
    elif line.clerk_discount:
        roll.amount(lambda: pgettext("receipt", "Discount: {reason}").format(
            reason=line.clerk_reason), -line.clerk_discount, indent=2)


def return_paper(ret: ReturnReceipt, shop: ShopSettings, columns: int = COLUMNS,
                 reprint: bool = False, language: str | None = None) -> tuple[Row, ...]:
    roll = Roll(shop, columns, language)
    exchange = ret.remedy == "exchange"

    def kind() -> str:
        words = pgettext("receipt", "EXCHANGE") if exchange else pgettext("receipt", "REFUND")
        return f"{words} · {_reprint()}" if reprint else words

    roll.heading(kind)
    roll.labelled(lambda: pgettext("receipt", "Return number"), ret.return_number, "bold")
    if ret.without_receipt:  # its sale is a placeholder, whose number means nothing
        roll.label(lambda: pgettext("receipt", "Returned without a receipt"))
    else:
        roll.labelled(lambda: pgettext("receipt", "Original sale"), ret.order_number)
    roll.when_and_who(ret.created_at, ret.clerk_name)
    roll.rule()
    for line in ret.lines:
        roll.amount(f"{line.name} × {line.quantity}", line.returned_value)
        roll.label(_outcome(line.outcome), indent=2)
    roll.rule()
    roll.amount(lambda: pgettext("receipt", "Returned value"), ret.returned_value)
    if ret.deduction:
        roll.amount(lambda: pgettext("receipt", "Deduction"), -ret.deduction)
    if ret.refund:
        method = ret.refund_method
        if method:
            roll.amount(lambda: _("Customer receives ({method})").format(
                method=_payment(method)().lower()), ret.refund, "tall")
        else:
            roll.amount(lambda: pgettext("receipt", "Customer receives"), ret.refund, "tall")
    if ret.collected:
        roll.amount(lambda: pgettext("receipt", "Customer paid"), ret.collected, "bold")
    roll.blank()
    roll.text(_reason(ret.reason, ret.note))
    if ret.approved_by:
        # A return without a receipt is approved by a manager, each one: no override.
        roll.text(lambda: (_("Approved by {manager}") if ret.without_receipt
                           else _("Manager override by {manager}")).format(
                               manager=ret.approved_by))
        if ret.override_reason:  # the manager's own words, as typed
            roll.text(ret.override_reason, indent=2)
    roll.blank()
    roll.barcode(ret.return_number)
    if ret.exchange_sale is not None:
        _new_items(roll, ret.exchange_sale)
    if ret.credit_code:
        _credit_note(roll, ret)
    return tuple(roll.rows)


def _credit_note(roll: Roll, ret: ReturnReceipt) -> None:
    """The credit note the customer keeps: its code as a barcode (scanned at the payment of
    a later sale), its value and its last day."""
    roll.blank()
    roll.rule()
    roll.title(lambda: pgettext("receipt", "CREDIT NOTE"))
    roll.labelled(lambda: pgettext("receipt", "Code"), ret.credit_code, "bold")
    roll.amount(lambda: pgettext("receipt", "Value"), ret.refund, "tall")
    if ret.credit_expires_on is None:
        roll.label(lambda: pgettext("receipt", "Never expires"))
    else:
        roll.labelled(lambda: pgettext("receipt", "Expires on"),
                      format_date(ret.credit_expires_on, roll.locale))
    roll.blank()
    roll.barcode(ret.credit_code)
    roll.blank()
    roll.text(lambda: _("Present this note at the till to pay for a purchase, in full or in "
                        "part: what is left stays on it."), centred=True)


def receipt_paper(receipt: SaleReceipt | ReturnReceipt, shop: ShopSettings,
                  reprint: bool = False, language: str | None = None,
                  columns: int = COLUMNS) -> tuple[Row, ...]:
    """The receipt's rows in `language` (the shop's receipt language unless given),
    `columns` characters wide (42 on an 80 mm roll, 32 on a 58 mm one)."""
    if isinstance(receipt, ReturnReceipt):
        return return_paper(receipt, shop, columns, reprint=reprint, language=language)
    return sale_paper(receipt, shop, columns, reprint=reprint, language=language)


def gift_paper(sale: SaleReceipt, shop: ShopSettings, columns: int = COLUMNS,
               language: str | None = None) -> tuple[Row, ...]:
    """A gift receipt: the sale's items and how many of each, never a price, an amount, a
    total or a payment (nor the customer's name: the gift's receiver holds it); its barcode
    the sale's number as a gift receipt's, which the return desk takes for an exchange."""
    roll = Roll(shop, columns, language)
    roll.heading(lambda: pgettext("receipt", "GIFT RECEIPT"))
    roll.labelled(lambda: pgettext("receipt", "Sale number"), sale.order_number, "bold")
    roll.labelled(lambda: pgettext("receipt", "Date"),
                  format_date_time(shop.local_time(sale.created_at), roll.locale))
    roll.rule()
    for line in sale.lines:
        roll.pair(line.name, "× " + format_decimal(line.quantity, locale=roll.locale))
    roll.rule()
    roll.blank()
    roll.barcode(gift_barcode(sale.order_number))
    roll.blank()
    roll.text(lambda: gift_policy_words(sale.policy), centred=True)
    return tuple(roll.rows)


def gift_policy_words(policy: PolicySettings) -> str:
    """What a gift receipt's holder may do, in the language spoken now: no amount in it."""
    return " ".join((
        ngettext("Exchanges within {n} day of purchase, with this gift receipt.",
                 "Exchanges within {n} days of purchase, with this gift receipt.",
                 policy.exchange_days).format(n=policy.exchange_days),
        _("Items in their original condition and packaging."),
        _("A gift receipt gives an exchange or store credit, never a cash refund."),
        _("Enjoy your gift!"),
    ))


def _new_items(roll: Roll, sale: SaleReceipt) -> None:
    """The exchange's new items, with their own order number: they can come back too."""
    roll.blank()
    roll.rule()
    roll.title(lambda: pgettext("receipt", "NEW ITEMS"))
    roll.labelled(lambda: pgettext("receipt", "Sale number"), sale.order_number, "bold")
    _items_and_payments(roll, sale)
    _barcode_and_policy(roll, sale)


def _barcode_and_policy(roll: Roll, sale: SaleReceipt) -> None:
    """The number a return starts from, and what the shop takes back."""
    roll.blank()
    roll.barcode(sale.order_number)
    roll.blank()
    # Once per language, its figures in that language's way.
    roll.text(lambda: policy_words(sale.policy, figures_locale(roll.shop.number_locale)),
              centred=True)


def paper_text(rows: tuple[Row, ...]) -> str:
    """The receipt as plain text, a barcode as its number in brackets."""
    return "\n".join(row.text if isinstance(row, PrintedLine) else f"[{row.number}]"
                     for row in rows)


def test_page(shop: ShopSettings, printer: str, paper_mm: int, moment,
              columns: int = COLUMNS) -> tuple[Row, ...]:
    """A printer's test page, in the receipt's language(s): the shop's heading, where it was
    sent, the paper, both scripts and a full-width rule, an amount at the edge and a barcode,
    so that one look says whether the printer, its width and its fonts are right."""
    roll = Roll(shop, columns)
    roll.heading(lambda: pgettext("receipt", "TEST PAGE"))
    roll.labelled(lambda: pgettext("receipt", "Printer"), printer)
    roll.labelled(lambda: pgettext("receipt", "Paper"),
                  format_decimal(paper_mm, locale=roll.locale) + " mm")
    roll.labelled(lambda: pgettext("receipt", "Date"),
                  format_date_time(shop.local_time(moment), roll.locale))
    roll.rule()
    roll.text("Éé Àà Çç Ôô Ùù · الدرهم المغربي · 0123456789", centred=True)
    roll.amount(lambda: pgettext("receipt", "TOTAL"), Money.of("1234.50"), "tall")
    roll.blank()
    roll.barcode("TEST-0123456789")
    roll.blank()
    roll.text(lambda: pgettext("receipt", "If this page is whole and sharp, the printer is "
                                          "ready."), centred=True)
    return tuple(roll.rows)
