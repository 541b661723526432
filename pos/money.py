"""Money: one exact type from the database to the screen.

An amount is a whole number of minor units (centimes for MAD). Arithmetic stays in
integers; rounding happens only where a percentage is applied, half away from zero,
as a cashier would round. Formatting for people happens at the edge, with babel.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency

CURRENCY = "MAD"
MINOR_PER_MAJOR = 100
_CENT = Decimal("0.01")
# Digits, then at most one decimal comma or point: no exponents, no underscores.
_TYPED_AMOUNT = re.compile(r"-?\d+(?:[.,]\d+)?")


def N_(message: str) -> str:
    """Marks a template for the gettext catalog: pos.money imports nothing of the project
    (not even pos/i18n), so its errors carry a template and values, written in the
    person's language by pos.i18n.words_of at the edge."""
    return message


class MoneyError(ValueError):
    """An amount a person typed that is not a valid amount of money. str() is the English,
    for logs; pos.i18n.words_of(error) is the person's language."""

    def __init__(self, template: str, **values: object):
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


@dataclass(frozen=True, order=True, slots=True)
class Money:
    minor: int

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"Money takes whole minor units, not {self.minor!r}")

    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def of(cls, amount: str | int | Decimal) -> Money:
        """Money from major units, exactly: Money.of("12.50"). Floats are refused."""
        if isinstance(amount, float):
            raise TypeError("Money is never built from a float")
        value = Decimal(amount)
        if value != value.quantize(_CENT):
            raise MoneyError(N_("{amount} has more than two decimals."), amount=amount)
        return cls(int(value * MINOR_PER_MAJOR))

    @classmethod
    def parse(cls, text: str, locale: str = "fr_MA") -> Money:
        """An amount typed by a person: '12', '12.5', '12,50', '1 234,50'."""
        cleaned = (text or "").strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        cleaned = cleaned.removesuffix(CURRENCY).removesuffix("DH").strip()
        if not cleaned:
            raise MoneyError(N_("Enter an amount."))
        if not _TYPED_AMOUNT.fullmatch(cleaned):
            raise MoneyError(N_("'{text}' is not an amount of money."), text=text)
        value = Decimal(cleaned.replace(",", "."))
        if not value.is_finite():
            raise MoneyError(N_("'{text}' is not an amount of money."), text=text)
        if value != value.quantize(_CENT):
            raise MoneyError(N_("'{text}' has more than two decimals."), text=text)
        return cls(int(value * MINOR_PER_MAJOR))

    @property
    def amount(self) -> Decimal:
        return (Decimal(self.minor) / MINOR_PER_MAJOR).quantize(_CENT)

    def __add__(self, other: Money) -> Money:
        return Money(self.minor + other.minor)

    def __sub__(self, other: Money) -> Money:
        return Money(self.minor - other.minor)

    def __mul__(self, quantity: int) -> Money:
        if not isinstance(quantity, int):
            raise TypeError("Money is multiplied by whole quantities only; use percent()")
        return Money(self.minor * quantity)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.minor)

    def __bool__(self) -> bool:
        return self.minor != 0

    def percent(self, rate: Decimal | int | str) -> Money:
        """rate percent of this amount, rounded half up to the centime."""
        exact = Decimal(self.minor) * Decimal(rate) / 100
        return Money(int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)))

    def is_negative(self) -> bool:
        return self.minor < 0

    def __str__(self) -> str:
        return f"{self.amount} {CURRENCY}"

    def __repr__(self) -> str:
        return f"Money('{self.amount}')"


def money_sum(amounts) -> Money:
    return Money(sum(a.minor for a in amounts))


def format_money(money: Money, locale: str = "fr_MA", whole: bool = False) -> str:
    """'1 234,50 MAD' for fr_MA: the ISO code, the shop locale's separators; in Arabic the
    dirham's own sign, '1.234,50 د.م.' for ar_MA, as CLDR writes it. whole=True leaves out the
    centimes of a whole amount ('200 MAD': a note or a coin)."""
    sign = "¤" if locale.startswith("ar") else "¤¤"
    digits = "#,##0" if whole and money.minor % 100 == 0 else "#,##0.00"
    pattern = f"{digits}\xa0{sign}"
    return format_currency(money.amount, CURRENCY, format=pattern, locale=locale,
                           currency_digits=False)


def parse_percent(text: str) -> Decimal:
    """A percentage as typed: '30', '12,5', '12.5 %'."""
    cleaned = (text or "").strip().removesuffix("%").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise MoneyError(N_("'{text}' is not a percentage: type a number like 30 or 12.5."),
                         text=text)
    return value
