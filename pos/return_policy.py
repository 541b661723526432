"""The shop's return policy: one pure function from a sold line and a return request to a
decision the clerk can read out at the counter.

decide() reads no clock, no database and no screen: the caller passes the shop-local
date of the sale and of today, and the policy settings the return is judged under (their
version is recorded with the return). The reading of the shop's written policy:

- Every product can come back if it is in its original condition and packaging.
- Windows are calendar days in the shop's time zone, the purchase day being day 0:
  a refund through day `refund_days`, an exchange or replacement through `exchange_days`.
- Defective: free replacement, or a full refund inside the refund window; not restocked.
- Not as presented: full refund, or an exchange without deduction.
- Change of mind (and any other written reason): refund minus a percentage, at least a
  minimum, never more than what was paid; an exchange has no deduction.
- Misuse: refused.

A refused decision moves no money: its returned value, deduction and refund are zero.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.numbers import format_decimal

from pos.dates import format_medium_date
from pos.i18n import N_, _, ngettext
from pos.money import Money, format_money


class Reason(StrEnum):
    DEFECTIVE = "defective"
    NOT_AS_PRESENTED = "not_as_presented"
    CHANGE_OF_MIND = "change_of_mind"
    MISUSE = "misuse"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The reason in the language spoken now."""
        return _(_REASON_LABELS[self])


_REASON_LABELS = {
    Reason.DEFECTIVE: N_("Defective"),
    Reason.NOT_AS_PRESENTED: N_("Not as presented"),
    Reason.CHANGE_OF_MIND: N_("Change of mind"),
    Reason.MISUSE: N_("Not used according to its instructions"),
    Reason.OTHER: N_("Other (write the reason)"),
}


class Remedy(StrEnum):
    REFUND = "refund"
    EXCHANGE = "exchange"

    @property
    def label(self) -> str:
        return _(_REMEDY_LABELS[self])


_REMEDY_LABELS = {Remedy.REFUND: N_("Refund"), Remedy.EXCHANGE: N_("Exchange")}


class Outcome(StrEnum):
    REFUND = "refund"
    EXCHANGE = "exchange"
    REPLACEMENT = "replacement"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _(_OUTCOME_LABELS[self])


_OUTCOME_LABELS = {
    Outcome.REFUND: N_("Refund"),
    Outcome.EXCHANGE: N_("Exchange"),
    Outcome.REPLACEMENT: N_("Free replacement"),
    Outcome.REFUSED: N_("Refused"),
}


@dataclass(frozen=True)
class PolicySettings:
    """Every number is a manager setting; `version` is recorded with each return."""

    refund_days: int = 3
    exchange_days: int = 7
    change_of_mind_percent: Decimal = Decimal("30")
    change_of_mind_minimum: Money = Money.of("25.00")
    currency: str = "MAD"
    timezone: str = "Africa/Casablanca"
    version: int = 1

    def __post_init__(self) -> None:
        # Settings are typed into a form or read from JSON: accept whole numbers and
        # decimal text for the percentage, never a float.
        percent = self.change_of_mind_percent
        if isinstance(percent, (int, str)) and not isinstance(percent, bool):
            object.__setattr__(self, "change_of_mind_percent", Decimal(percent))
        self.validate()

    def validate(self) -> None:
        """Raise ValueError, with a sentence a manager can read, if a setting is wrong."""
        for name in ("refund_days", "exchange_days", "version"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"The {name.replace('_', ' ')} setting must be a whole number.")
        if self.refund_days < 0:
            raise ValueError("The refund window cannot be a negative number of days.")
        if self.exchange_days < self.refund_days:
            raise ValueError("The exchange window cannot be shorter than the refund window.")
        percent = self.change_of_mind_percent
        if not isinstance(percent, Decimal) or not percent.is_finite():
            raise ValueError("The change-of-mind deduction must be a percentage.")
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValueError("The change-of-mind deduction must be between 0% and 100%.")
        if not isinstance(self.change_of_mind_minimum, Money):
            raise ValueError("The minimum change-of-mind deduction must be an amount of money.")
        if self.change_of_mind_minimum.is_negative():
            raise ValueError("The minimum change-of-mind deduction cannot be negative.")
        currency = self.currency
        if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha()
                and currency.isupper()):
            raise ValueError("The currency must be a three-letter ISO code, like MAD.")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise ValueError(f"'{self.timezone}' is not a known time zone.") from None


@dataclass(frozen=True)
class SoldLine:
    name: str
    quantity_sold: int
    line_total: Money  # what the customer paid for the whole line, after promotions
    quantity_already_returned: int
    purchase_date: date  # the shop-local calendar date of the sale


@dataclass(frozen=True)
class ReturnRequest:
    quantity: int
    reason: Reason
    remedy: Remedy
    original_condition: bool  # as when sold: not damaged or misused by the customer
    original_packaging: bool
    note: str = ""  # required (non-blank) for Reason.OTHER


@dataclass(frozen=True)
class ReturnDecision:
    allowed: bool
    outcome: Outcome
    returned_value: Money  # what the customer paid for the units coming back
    deduction: Money  # kept by the shop
    refund: Money  # given back; 0 for an exchange or replacement (settled at the counter)
    day: int  # days since purchase, the purchase day being day 0
    restock: bool  # back to stock: good condition, and not defective
    explanation: str  # what the clerk reads out
    refusal: str | None  # when refused: window, condition, misuse, quantity, note or date


def local_purchase_day(moment_utc: datetime, zone_name: str) -> date:
    """The shop-local calendar date of an aware moment (a sale's UTC timestamp)."""
    if moment_utc.tzinfo is None or moment_utc.utcoffset() is None:
        raise ValueError("naive datetime: a sale's time is stored in UTC and must say so")
    return moment_utc.astimezone(ZoneInfo(zone_name)).date()


def paid_for_units(
    line_total: Money, quantity_sold: int, already_returned: int, quantity: int
) -> Money:
    """What the customer paid for `quantity` more units of a line, `already_returned` being back.

    Each unit's share is cut on the cumulative total, rounded down, so the returns of a
    line add up exactly to what was paid for it, and no return gives back more.
    """
    if quantity_sold < 1:
        raise ValueError("A sold line has at least one unit.")
    if line_total.is_negative():
        raise ValueError("A sold line's total cannot be negative.")
    if already_returned < 0 or quantity < 0 or already_returned + quantity > quantity_sold:
        raise ValueError(
            f"Cannot return {quantity} after {already_returned} of {quantity_sold} sold."
        )
    total = line_total.minor
    before = total * already_returned // quantity_sold
    after = total * (already_returned + quantity) // quantity_sold
    return Money(after - before)


def decide(
    line: SoldLine,
    request: ReturnRequest,
    settings: PolicySettings,
    today: date,
    locale: str = "fr_MA",
) -> ReturnDecision:
    """The policy's decision on one return request, with its explanation."""
    settings.validate()
    _check_line(line)
    day = (today - line.purchase_date).days
    refusal = _refusal(line, request, settings, today, locale)
    if refusal is not None:
        code, explanation = refusal
        zero = Money.zero()
        return ReturnDecision(
            allowed=False, outcome=Outcome.REFUSED, returned_value=zero, deduction=zero,
            refund=zero, day=day, restock=False, explanation=explanation, refusal=code,
        )

    reason, zero = Reason(request.reason), Money.zero()
    value = paid_for_units(
        line.line_total, line.quantity_sold, line.quantity_already_returned, request.quantity
    )
    exchange_days = settings.exchange_days

    def allowed(
        outcome: Outcome, deduction: Money, refund: Money, explanation: str
    ) -> ReturnDecision:
        return ReturnDecision(
            allowed=True, outcome=outcome, returned_value=value, deduction=deduction,
            refund=refund, day=day, restock=reason is not Reason.DEFECTIVE,
            explanation=explanation, refusal=None,
        )

    if Remedy(request.remedy) is Remedy.EXCHANGE:
        if reason is Reason.DEFECTIVE:
            return allowed(
                Outcome.REPLACEMENT, zero, zero,
                f"Free replacement allowed, day {day} of {exchange_days}: "
                "the product is defective.",
            )
        lead = _EXCHANGE_LEADS.get(reason, "No")
        return allowed(
            Outcome.EXCHANGE, zero, zero,
            f"Exchange allowed, day {day} of {exchange_days}. "
            f"{lead} deduction; the price difference is settled at the counter.",
        )

    opening = f"Refund allowed, day {day} of {settings.refund_days}."
    if reason in (Reason.DEFECTIVE, Reason.NOT_AS_PRESENTED):
        return allowed(
            Outcome.REFUND, zero, value,
            f"{opening} {reason.label}: full refund. "
            f"Customer receives {format_money(value, locale)}.",
        )

    deduction, why = _change_of_mind_deduction(value, settings, locale)
    refund = value - deduction
    lead = _CHANGE_OF_MIND_LEADS[reason]
    explanation = f"{opening} {lead}: {why} Customer receives {format_money(refund, locale)}."
    if not refund and day <= exchange_days:
        # Nothing comes back in cash: the clerk can offer what costs the customer nothing.
        explanation += f" An exchange, with no deduction, is possible through day {exchange_days}."
    return allowed(Outcome.REFUND, deduction, refund, explanation)


_EXCHANGE_LEADS = {
    Reason.NOT_AS_PRESENTED: "Not as presented: no",
    Reason.OTHER: "Other reason, treated as change of mind: no",
}
_CHANGE_OF_MIND_LEADS = {
    Reason.CHANGE_OF_MIND: "Change of mind",
    Reason.OTHER: "Other reason, treated as change of mind",
}


def _refusal(
    line: SoldLine, request: ReturnRequest, settings: PolicySettings, today: date, locale: str
) -> tuple[str, str] | None:
    """(code, sentence) when the request is refused, None when the policy allows it.

    Condition is judged before the window, so that a refusal by the refund window
    never offers an exchange the condition would refuse too.
    """
    day = (today - line.purchase_date).days
    reason, remedy = Reason(request.reason), Remedy(request.remedy)
    if day < 0:
        bought = format_medium_date(line.purchase_date, locale)
        return "date", (
            f"Refused: the purchase date ({bought}) is after today "
            f"({format_medium_date(today, locale)})."
        )

    remaining = line.quantity_sold - line.quantity_already_returned
    if request.quantity < 1:
        return "quantity", "Enter a quantity of at least 1."
    if request.quantity > remaining:
        counts = f"{line.quantity_sold} sold, {line.quantity_already_returned} already returned."
        if remaining == 0:
            return "quantity", f"Nothing of '{line.name}' can still be returned: {counts}"
        return "quantity", f"Only {remaining} of '{line.name}' can still be returned: {counts}"

    if reason is Reason.OTHER and not request.note.strip():
        return "note", "Write what the reason is."
    if reason is Reason.MISUSE:
        return "misuse", "Refused: the product was not used according to its instructions."

    if not request.original_condition and not request.original_packaging:
        return "condition", (
            "Refused: the product is neither in its original condition "
            "nor in its original packaging."
        )
    if not request.original_condition:
        return "condition", (
            "Refused: the product is not in its original condition "
            "(it is damaged or was used against its instructions)."
        )
    if not request.original_packaging:
        return "condition", "Refused: the product is not in its original packaging."

    defective = reason is Reason.DEFECTIVE
    refund_days, exchange_days = settings.refund_days, settings.exchange_days
    if remedy is Remedy.EXCHANGE:
        if day > exchange_days:
            kind = "replacement" if defective else "exchange"
            return "window", f"Refused: day {day} is past the {exchange_days}-day {kind} window."
        return None
    if day > refund_days:
        sentence = f"Refused: day {day} is past the {refund_days}-day refund window."
        if day <= exchange_days:
            other = "A free replacement" if defective else "An exchange"
            sentence += f" {other} is still possible through day {exchange_days}."
        return "window", sentence
    return None


def _change_of_mind_deduction(
    value: Money, settings: PolicySettings, locale: str
) -> tuple[Money, str]:
    """The percentage, at least the minimum, never more than was paid; and why, in words."""
    minimum = settings.change_of_mind_minimum
    by_percent = value.percent(settings.change_of_mind_percent)
    rate = f"{format_decimal(settings.change_of_mind_percent, locale=locale)}%"

    def money(amount: Money) -> str:
        return format_money(amount, locale)

    if by_percent >= minimum:
        floor = f" (minimum {money(minimum)})" if minimum else ""
        return by_percent, f"{rate} deducted = {money(by_percent)}{floor}."
    if minimum <= value:
        return minimum, (
            f"{rate} would be {money(by_percent)}; the minimum of {money(minimum)} applies."
        )
    return value, (
        f"{rate} would be {money(by_percent)} and the minimum of {money(minimum)} is more than "
        f"the {money(value)} paid, so {money(value)} is deducted."
    )


def _check_line(line: SoldLine) -> None:
    """A sold line that cannot exist is a bug upstream, not a refusal at the counter."""
    if line.quantity_sold < 1:
        raise ValueError(f"'{line.name}' was sold in a quantity of {line.quantity_sold}.")
    if not 0 <= line.quantity_already_returned <= line.quantity_sold:
        raise ValueError(
            f"'{line.name}' has {line.quantity_already_returned} returned "
            f"of {line.quantity_sold} sold."
        )
    if line.line_total.is_negative():
        raise ValueError(f"'{line.name}' has a negative total.")
