"""The customer display: what the customer sees of the sale in progress, on a window on the
till's second screen or on a 2x20 pole display (a VFD speaking Epson's ESC/POS customer
display commands) at a URL like the printer's. No Qt.

CustomerDisplay follows the sale screen and says what to show (Showing):
- idle: the shop's name and a welcome;
- line: the line last scanned or changed (its name, quantity and amount) and the total;
- paid: the amount handed over and the change due (cash, or a split payment: all its parts
  together, the change from its cash), or the total paid by card;
- thanks, PAID_SECONDS after the payment; idle again THANKS_SECONDS later.
A voided cart (or the clerk logging out) is idle at once.

It speaks the receipt's language (shop.receipt_language). The window says "fr+ar" in both,
French first, and reads right to left in Arabic alone. The pole shows Latin letters only
(accents taken off: every display has ASCII), so it speaks French for "ar" and "fr+ar"."""
from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal

from db.words import N_, Said
from pos.cart import PricedCart
from pos.catalog import without_accents
from pos.checkout import CardPayment, CashPayment, SplitPayment
from pos.hardware.printer import (PrinterAddress, _close, _finish, _reason, connect,
                                  open_link)
from pos.i18n import (ARABIC, ENGLISH, FRENCH, FRENCH_AND_ARABIC, figure, figures_locale,
                      pgettext, right_to_left, speaking)
from pos.money import Money, format_money
from pos.shop import ShopSettings

IDLE, LINE, PAID, THANKS = "idle", "line", "paid", "thanks"
PAID_SECONDS = 30    # the change due stays up while the clerk counts it out
THANKS_SECONDS = 15
POLE_COLUMNS = 20    # a 2x20 pole display: two lines of twenty characters
SMALL, LARGE, HUGE = "small", "large", "huge"

# Epson's customer display commands: ESC @ initialises (overwrite mode, the cursor home),
# FF clears. Twenty characters fill the upper line; the next go on the lower one.
INITIALISE = b"\x1b@"
CLEAR = b"\x0c"


@dataclass(frozen=True)
class Showing:
    """What the customer display shows now."""
    kind: str = IDLE
    name: str = ""                  # line: the product's name, as the shop wrote it
    quantity: int = 0
    unit_price: Money = Money(0)
    amount: Money = Money(0)        # the line's amount, its promotion taken off
    total: Money = Money(0)         # line: the cart's total; paid: the sale's
    tendered: Money | None = None   # paid in cash: the amount handed over
    change: Money | None = None


class CustomerDisplay:
    """Follows the sale screen: the priced cart each time it changes, the payment once the
    sale is saved (its total is the cart's last seen), and the time passing after it."""

    def __init__(self):
        self.showing = Showing()
        self._seen: dict[int, int] = {}   # the cart's quantities by product, last time
        self._product: int | None = None  # the line shown

    def follow(self, news: PricedCart | CashPayment | CardPayment | SplitPayment) -> Showing:
        if isinstance(news, (CashPayment, CardPayment, SplitPayment)):
            total = self.showing.total
            tendered = news.tendered if isinstance(news, CashPayment) else None
            if isinstance(news, SplitPayment):
                # Paid: all that was handed over (card, notes, cash); the change from cash.
                tendered = news.not_cash + (news.tendered or total - news.not_cash)
            self._seen, self._product = {}, None
            self.showing = Showing(PAID, total=total, tendered=tendered,
                                   change=None if tendered is None else tendered - total)
            return self.showing
        lines = {line.item.product_id: line for line in news.lines}
        if not lines:
            # The cart emptied by the payment keeps the payment up; voided, it is idle.
            if self.showing.kind not in (PAID, THANKS) or self._seen:
                self.showing = Showing()
            self._seen, self._product = {}, None
            return self.showing
        changed = [product for product, line in lines.items()
                   if self._seen.get(product) != line.item.quantity]
        if changed:
            self._product = changed[-1]
        elif self._product not in lines:  # the line shown was removed: the cart's last
            self._product = list(lines)[-1]
        self._seen = {product: line.item.quantity for product, line in lines.items()}
        line = lines[self._product]
        self.showing = Showing(LINE, name=line.item.name, quantity=line.item.quantity,
                               unit_price=line.item.unit_price, amount=line.price.total,
                               total=news.total)
        return self.showing

    def later(self) -> Showing | None:
        """Once wait_seconds() have passed: the thanks after the payment, then idle; None
        when nothing follows on its own."""
        after = {PAID: Showing(THANKS), THANKS: Showing()}.get(self.showing.kind)
        if after is not None:
            self.showing = after
        return after


def wait_seconds(showing: Showing) -> int | None:
    """How long this stays up before later() moves on; None: until the sale changes."""
    return {PAID: PAID_SECONDS, THANKS: THANKS_SECONDS}.get(showing.kind)


# ----- the window ---------------------------------------------------------------------------
@dataclass(frozen=True)
class WindowLine:
    words: str = ""     # in the first language
    also: str = ""      # the same in the second ("fr+ar": the Arabic), beneath, smaller
    amount: str = ""    # at the line's end
    size: str = LARGE   # SMALL, LARGE or HUGE


@dataclass(frozen=True)
class WindowText:
    lines: tuple[WindowLine, ...]
    right_to_left: bool
    centred: bool       # the welcome and the thanks; the sale's lines run edge to edge


def window_languages(receipt_language: str) -> tuple[str, ...]:
    return (FRENCH, ARABIC) if receipt_language == FRENCH_AND_ARABIC else (receipt_language,)


def window_text(showing: Showing, shop: ShopSettings) -> WindowText:
    """The window's lines for what is shown, in the receipt's language(s)."""
    languages = window_languages(shop.receipt_language)
    first = languages[0]

    def said(words) -> dict:
        """words() in each language: the first's, and the second's beneath it."""
        texts = []
        for code in languages:
            with speaking(code):
                texts.append(words())
        return {"words": texts[0], "also": texts[1] if len(texts) > 1 else ""}

    def money(amount: Money, times: int | None = None) -> str:
        """An amount in the first language's figures, kept left to right in Arabic."""
        with speaking(first):
            written = format_money(amount, figures_locale(shop.number_locale))
            return figure(written if times is None else f"{times} × {written}")

    centred = showing.kind in (IDLE, THANKS)
    if showing.kind == LINE:
        lines = (WindowLine(showing.name, size=LARGE),
                 WindowLine(money(showing.unit_price, showing.quantity),
                            amount=money(showing.amount), size=SMALL),
                 WindowLine(**said(lambda: pgettext("customer display", "Total")),
                            amount=money(showing.total), size=HUGE))
    elif showing.kind == PAID and showing.tendered is not None:
        lines = (WindowLine(**said(lambda: pgettext("customer display", "Total")),
                            amount=money(showing.total), size=SMALL),
                 WindowLine(**said(lambda: pgettext("customer display", "Paid")),
                            amount=money(showing.tendered), size=LARGE),
                 WindowLine(**said(lambda: pgettext("customer display", "Change due")),
                            amount=money(showing.change), size=HUGE))
    elif showing.kind == PAID:
        lines = (WindowLine(**said(lambda: pgettext("customer display", "Total")),
                            amount=money(showing.total), size=HUGE),
                 WindowLine(**said(lambda: pgettext("customer display", "Paid by card")),
                            size=LARGE))
    elif showing.kind == THANKS:
        thanks = said(lambda: pgettext("customer display", "Thank you, see you soon!"))
        lines = (WindowLine(**thanks, size=HUGE),
                 WindowLine(shop.name, size=LARGE))
    else:
        lines = (WindowLine(shop.name, size=HUGE),
                 WindowLine(**said(welcome), size=LARGE))
    return WindowText(lines, right_to_left(first), centred)


# ----- the pole display ---------------------------------------------------------------------
def pole_language(receipt_language: str) -> str:
    """English for an English receipt; otherwise French, which a Latin display can show."""
    return ENGLISH if receipt_language == ENGLISH else FRENCH


def pole_lines(showing: Showing, shop: ShopSettings) -> tuple[str, str]:
    """The two lines of twenty characters, ASCII: words on the left, amounts at the right."""
    code = pole_language(shop.receipt_language)
    locale = figures_locale(shop.number_locale, code)
    with speaking(code):
        if showing.kind == LINE:
            name = plain(showing.name) or pgettext("pole display", "Item")
            if showing.quantity > 1:
                name = f"{showing.quantity}x {name}"
            return (_pair(name, _number(showing.amount, locale)),
                    _pair(pgettext("pole display", "TOTAL"), _money(showing.total, locale),
                          _number(showing.total, locale)))
        if showing.kind == PAID and showing.tendered is not None:
            return (_pair(pgettext("pole display", "Paid"), _money(showing.tendered, locale),
                          _number(showing.tendered, locale)),
                    _pair(pgettext("pole display", "Change"), _money(showing.change, locale),
                          _number(showing.change, locale)))
        if showing.kind == PAID:
            return (_pair(pgettext("pole display", "TOTAL"), _money(showing.total, locale),
                          _number(showing.total, locale)),
                    _centre(pgettext("pole display", "Paid by card")))
        if showing.kind == THANKS:
            return _centre(pgettext("pole display", "Thank you!")), _centre(shop.name)
        return _centre(shop.name), _centre(welcome())


def welcome() -> str:
    return pgettext("customer display", "Welcome")


def pole_bytes(lines: tuple[str, str]) -> bytes:
    """What the pole display is sent for its two lines: initialise, clear, line 1, line 2."""
    return INITIALISE + CLEAR + b"".join(
        line[:POLE_COLUMNS].ljust(POLE_COLUMNS).encode("ascii", "replace") for line in lines)


# Letters NFKD does not take apart, and the marks of typeset text.
_PLAIN = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "×": "x",
                        "’": "'", "‘": "'", "«": '"', "»": '"', "–": "-", "—": "-", "−": "-",
                        "\xa0": " ", "\u202f": " "})


def plain(text: str) -> str:
    """The text in ASCII, as any display shows it: 'Fès' → 'Fes'; letters it cannot show
    (Arabic) are left out."""
    ascii_only = without_accents(text.translate(_PLAIN)).encode("ascii", "ignore").decode()
    return " ".join(ascii_only.split())


def _money(amount: Money, locale: str) -> str:
    return plain(format_money(amount, locale))


def _number(amount: Money, locale: str) -> str:
    """The amount without its currency, where the line is too short for it."""
    return plain(format_decimal(amount.amount, "#,##0.00", locale=locale))


def _pair(words: str, *amounts: str) -> str:
    """Words at the left, the first of the amounts that leaves them room at the right (an
    amount is never cut; the words are)."""
    words = plain(words)
    room = POLE_COLUMNS - 1 - min(len(words), 5)
    amount = next((a for a in amounts if len(a) <= room), amounts[-1][-POLE_COLUMNS:])
    words = words[:max(POLE_COLUMNS - 1 - len(amount), 0)]
    return words + amount.rjust(POLE_COLUMNS - len(words))


def _centre(words: str) -> str:
    return plain(words)[:POLE_COLUMNS].center(POLE_COLUMNS)


class DisplayError(Said):
    """The pole display could not be written to; the sale goes on."""


class PoleDisplay:
    """A 2x20 pole display at an address: each show() opens the link, writes both lines,
    closes it. `make` is python-escpos' device for the address (connect by default)."""

    def __init__(self, address: PrinterAddress, make=connect):
        self.address = address
        self.make = make

    def show(self, lines: tuple[str, str]) -> None:
        data = pole_bytes(lines)
        device = None
        try:
            device = self.make(self.address)
            open_link(device)
            device._raw(data)  # python-escpos' way to send bytes as they are
            _finish(device)
        except Exception as error:  # the link's and the OS's errors alike
            raise DisplayError(N_("The customer display at {address} cannot be used "
                                  "({reason}). The sale goes on without it."),
                               address=self.address.url or self.address.target,
                               reason=_reason(error)) from error
        finally:
            if device is not None:
                _close(device)
