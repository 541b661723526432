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
- A refund may be taken as store credit (a credit note); the shop may choose to waive the
  change-of-mind deduction for such refunds (`waive_change_of_mind_for_credit`).

A return without a receipt has no sold line and no purchase date: decide_no_receipt() judges
it, with the same refusals, the change-of-mind deduction of a refund, and a refund only as
store credit at the price the settings name (PolicySettings.no_receipt_price).

A refused decision moves no money: its returned value, deduction and refund are zero.

The explanation is written in the language spoken when decide() runs (pos.i18n: the clerk's,
or a speaking() block's), each of its sentences whole in the catalog; its figures (amounts,
dates, the percentage) in the `locale` passed, the shop's figures for that language
(ShopSettings.locale, read at the call). The enums' values are codes, never translated;
their `label` is the shop's word in the language of the moment.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
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
    # A change-of-mind refund taken as store credit keeps the money in the shop: the shop
    # may give it in full (off by default).
    waive_change_of_mind_for_credit: bool = False
    # What a return without a receipt is valued at (decide_no_receipt): NO_RECEIPT_LOWEST,
    # the lowest the product sold at in the last 30 days (as Omnibus-style rules mean a
    # "previous price"), or NO_RECEIPT_CURRENT, its catalog price today.
    no_receipt_price: str = "lowest_30_days"
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
        for name, sentence in _WHOLE_NUMBERS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(_(sentence))
        if not isinstance(self.waive_change_of_mind_for_credit, bool):
            raise ValueError(_("Waiving the deduction for store credit is a yes or a no."))
        if self.refund_days < 0:
            raise ValueError(_("The refund window cannot be a negative number of days."))
        if self.exchange_days < self.refund_days:
            raise ValueError(_("The exchange window cannot be shorter than the refund window."))
        percent = self.change_of_mind_percent
        if not isinstance(percent, Decimal) or not percent.is_finite():
            raise ValueError(_("The change-of-mind deduction must be a percentage."))
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValueError(_("The change-of-mind deduction must be between 0% and 100%."))
        if not isinstance(self.change_of_mind_minimum, Money):
            raise ValueError(_("The minimum change-of-mind deduction must be an amount of money."))
        if self.change_of_mind_minimum.is_negative():
            raise ValueError(_("The minimum change-of-mind deduction cannot be negative."))
        if self.no_receipt_price not in NO_RECEIPT_PRICES:
            raise ValueError(_("A return without a receipt is valued at the current price or "
                               "the lowest price of the last 30 days."))
        currency = self.currency
        if not (isinstance(currency, str) and len(currency) == 3 and currency.isalpha()
                and currency.isupper()):
            raise ValueError(_("The currency must be a three-letter ISO code, like MAD."))
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise ValueError(_("'{zone}' is not a known time zone.").format(
                zone=self.timezone)) from None


NO_RECEIPT_LOWEST = "lowest_30_days"
NO_RECEIPT_CURRENT = "current"
NO_RECEIPT_PRICES = (NO_RECEIPT_LOWEST, NO_RECEIPT_CURRENT)
LOWEST_PRICE_DAYS = 30  # the days before today (pos.return_no_receipt.lowest_price)

_WHOLE_NUMBERS = {
    "refund_days": N_("The refund window must be a whole number of days."),
    "exchange_days": N_("The exchange window must be a whole number of days."),
    "version": N_("The policy's version must be a whole number."),
}


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
    store_credit: bool = False  # the refund is taken as a credit note, not cash or card


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
    """The policy's decision on one return request, with its explanation: its words in the
    language spoken now, its figures in `locale` (the caller passes shop.locale, read then)."""
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
        outcome: Outcome, deduction: Money, refund: Money, *sentences: str
    ) -> ReturnDecision:
        return ReturnDecision(
            allowed=True, outcome=outcome, returned_value=value, deduction=deduction,
            refund=refund, day=day, restock=reason is not Reason.DEFECTIVE,
            explanation=" ".join(sentences), refusal=None,
        )

    def money(amount: Money) -> str:
        return format_money(amount, locale)

    if Remedy(request.remedy) is Remedy.EXCHANGE:
        if reason is Reason.DEFECTIVE:
            return allowed(
                Outcome.REPLACEMENT, zero, zero,
                _("Free replacement allowed, day {day} of {days}: the product is defective.")
                .format(day=day, days=exchange_days),
            )
        return allowed(
            Outcome.EXCHANGE, zero, zero,
            _("Exchange allowed, day {day} of {days}.").format(day=day, days=exchange_days),
            _(_EXCHANGE_TERMS.get(reason, _NO_DEDUCTION)),
        )

    opening = _("Refund allowed, day {day} of {days}.").format(
        day=day, days=settings.refund_days)
    def receives(amount: Money) -> str:
        if request.store_credit:
            return _("Customer receives {amount} as store credit.").format(amount=money(amount))
        return _("Customer receives {amount}.").format(amount=money(amount))

    if reason in (Reason.DEFECTIVE, Reason.NOT_AS_PRESENTED):
        return allowed(Outcome.REFUND, zero, value, opening, _(_FULL_REFUNDS[reason]),
                       receives(value))

    if request.store_credit and settings.waive_change_of_mind_for_credit:
        return allowed(
            Outcome.REFUND, zero, value, opening,
            _("Other reason, treated as change of mind, taken as store credit: no deduction "
              "(the shop's policy).") if reason is Reason.OTHER
            else _("Change of mind, taken as store credit: no deduction (the shop's policy)."),
            receives(value))
    deduction, why = _change_of_mind_deduction(value, reason, settings, locale)
    refund = value - deduction
    sentences = [opening, why, receives(refund)]
    if not refund and day <= exchange_days:
        # Nothing comes back in cash: the clerk can offer what costs the customer nothing.
        sentences.append(_("An exchange, with no deduction, is possible through day {day}.")
                         .format(day=exchange_days))
    return allowed(Outcome.REFUND, deduction, refund, *sentences)


_NO_DEDUCTION = N_("No deduction; the price difference is settled at the counter.")
_EXCHANGE_TERMS = {
    Reason.NOT_AS_PRESENTED: N_(
        "Not as presented: no deduction; the price difference is settled at the counter."),
    Reason.OTHER: N_("Other reason, treated as change of mind: no deduction; the price "
                     "difference is settled at the counter."),
}
_FULL_REFUNDS = {
    Reason.DEFECTIVE: N_("Defective: full refund."),
    Reason.NOT_AS_PRESENTED: N_("Not as presented: full refund."),
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
        return "date", _("Refused: the purchase date ({bought}) is after today ({today}).").format(
            bought=format_medium_date(line.purchase_date, locale),
            today=format_medium_date(today, locale))

    remaining = line.quantity_sold - line.quantity_already_returned
    if request.quantity < 1:
        return "quantity", _("Enter a quantity of at least 1.")
    if request.quantity > remaining:
        counts = {"name": line.name, "sold": line.quantity_sold,
                  "returned": line.quantity_already_returned}
        if remaining == 0:
            return "quantity", _(
                "Nothing of '{name}' can still be returned: {sold} sold, {returned} already "
                "returned.").format(**counts)
        return "quantity", ngettext(
            "Only {remaining} of '{name}' can still be returned: {sold} sold, {returned} "
            "already returned.",
            "Only {remaining} of '{name}' can still be returned: {sold} sold, {returned} "
            "already returned.", remaining).format(remaining=remaining, **counts)

    if reason is Reason.OTHER and not request.note.strip():
        return "note", _("Write what the reason is.")
    if reason is Reason.MISUSE:
        return "misuse", _("Refused: the product was not used according to its instructions.")

    if not request.original_condition and not request.original_packaging:
        return "condition", _(
            "Refused: the product is neither in its original condition "
            "nor in its original packaging.")
    if not request.original_condition:
        return "condition", _(
            "Refused: the product is not in its original condition "
            "(it is damaged or was used against its instructions).")
    if not request.original_packaging:
        return "condition", _("Refused: the product is not in its original packaging.")

    defective = reason is Reason.DEFECTIVE
    refund_days, exchange_days = settings.refund_days, settings.exchange_days
    if remedy is Remedy.EXCHANGE:
        if day <= exchange_days:
            return None
        if defective:
            sentence = ngettext("Refused: day {day} is past the {days}-day replacement window.",
                                "Refused: day {day} is past the {days}-day replacement window.",
                                exchange_days)
        else:
            sentence = ngettext("Refused: day {day} is past the {days}-day exchange window.",
                                "Refused: day {day} is past the {days}-day exchange window.",
                                exchange_days)
        return "window", sentence.format(day=day, days=exchange_days)
    if day > refund_days:
        sentences = [ngettext("Refused: day {day} is past the {days}-day refund window.",
                              "Refused: day {day} is past the {days}-day refund window.",
                              refund_days).format(day=day, days=refund_days)]
        if day <= exchange_days:
            still = (_("A free replacement is still possible through day {day}.") if defective
                     else _("An exchange is still possible through day {day}."))
            sentences.append(still.format(day=exchange_days))
        return "window", " ".join(sentences)
    return None


def _change_of_mind_deduction(
    value: Money, reason: Reason, settings: PolicySettings, locale: str
) -> tuple[Money, str]:
    """The percentage, at least the minimum, never more than was paid; and why, in words."""
    minimum = settings.change_of_mind_minimum
    by_percent = value.percent(settings.change_of_mind_percent)
    other = reason is Reason.OTHER

    def said(sentence: str) -> str:
        return sentence.format(
            # "30%" in English and Arabic, "30 %" in French: the translator's to write.
            rate=_("{percent}%").format(
                percent=format_decimal(settings.change_of_mind_percent, locale=locale)),
            by_percent=format_money(by_percent, locale), minimum=format_money(minimum, locale),
            paid=format_money(value, locale))

    if by_percent >= minimum:
        if not minimum:
            return by_percent, said(
                _("Other reason, treated as change of mind: {rate} deducted = "
                  "{by_percent}.") if other
                else _("Change of mind: {rate} deducted = {by_percent}."))
        return by_percent, said(
            _("Other reason, treated as change of mind: {rate} deducted = {by_percent} "
              "(minimum {minimum}).") if other
            else _("Change of mind: {rate} deducted = {by_percent} (minimum {minimum})."))
    if minimum <= value:
        return minimum, said(
            _("Other reason, treated as change of mind: {rate} would be {by_percent}; "
              "the minimum of {minimum} applies.") if other
            else _("Change of mind: {rate} would be {by_percent}; the minimum of "
                   "{minimum} applies."))
    return value, said(
        _("Other reason, treated as change of mind: {rate} would be {by_percent} and the "
          "minimum of {minimum} is more than the {paid} paid, so {paid} is deducted.") if other
        else _("Change of mind: {rate} would be {by_percent} and the minimum of {minimum} "
               "is more than the {paid} paid, so {paid} is deducted."))


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


# ----- a return without a receipt --------------------------------------------------------------
@dataclass(frozen=True)
class UnreceiptedItem:
    """A product brought back without a receipt, found by its barcode: no sale, no date."""

    name: str
    current_price: Money  # the catalog's price today
    lowest_price: Money   # the lowest it sold at in the last 30 days, or current if lower


def decide_no_receipt(
    item: UnreceiptedItem,
    request: ReturnRequest,
    settings: PolicySettings,
    locale: str = "fr_MA",
) -> ReturnDecision:
    """The policy's decision on a return without a receipt, with its explanation.

    Refused as any return is (condition, packaging, misuse, the note of 'Other'). Otherwise
    a refund given only as store credit, at the price the settings name, with the
    change-of-mind deduction of a refund (none for defective or not as presented); a
    manager approves it (pos.returns), but the approval lifts nothing the policy says
    here. No purchase date exists, so no window applies: `day` is 0.
    """
    settings.validate()
    if request.quantity >= 1:
        # The same refusals as a return with its receipt: a line of exactly what comes
        # back, bought today, so neither the quantity nor a window can refuse it.
        today = date(2000, 1, 1)
        refusal = _refusal(
            SoldLine(item.name, request.quantity, Money.zero(), 0, today),
            replace(request, remedy=Remedy.REFUND), settings, today, locale)
    else:
        refusal = ("quantity", _("Enter a quantity of at least 1."))
    zero = Money.zero()
    if refusal is not None:
        code, explanation = refusal
        return ReturnDecision(
            allowed=False, outcome=Outcome.REFUSED, returned_value=zero, deduction=zero,
            refund=zero, day=0, restock=False, explanation=explanation, refusal=code)

    def money(amount: Money) -> str:
        return format_money(amount, locale)

    lowest = settings.no_receipt_price == NO_RECEIPT_LOWEST
    unit = no_receipt_unit_price(item, settings)
    value = unit * request.quantity
    if request.quantity == 1:
        opening = (_("No receipt: store credit only, at the lowest price of the last 30 days "
                     "({price}).") if lowest else
                   _("No receipt: store credit only, at the current price ({price}).")
                   ).format(price=money(unit))
    else:
        opening = (_("No receipt: store credit only, at the lowest price of the last 30 days "
                     "({quantity} × {price} = {value}).") if lowest else
                   _("No receipt: store credit only, at the current price ({quantity} × "
                     "{price} = {value}).")
                   ).format(quantity=request.quantity, price=money(unit), value=money(value))
    reason = Reason(request.reason)
    if reason in (Reason.DEFECTIVE, Reason.NOT_AS_PRESENTED):
        deduction, why = zero, _(_NO_RECEIPT_IN_FULL[reason])
    else:
        deduction, why = _change_of_mind_deduction(value, reason, settings, locale)
    refund = value - deduction
    return ReturnDecision(
        allowed=True, outcome=Outcome.REFUND, returned_value=value, deduction=deduction,
        refund=refund, day=0, restock=reason is not Reason.DEFECTIVE,
        explanation=" ".join((opening, why, _(
            "Customer receives {amount} as store credit.").format(amount=money(refund)))),
        refusal=None)


def no_receipt_unit_price(item: UnreceiptedItem, settings: PolicySettings) -> Money:
    """What one unit brought back without a receipt is worth, as the settings say."""
    if settings.no_receipt_price == NO_RECEIPT_LOWEST:
        return min(item.lowest_price, item.current_price)
    return item.current_price


_NO_RECEIPT_IN_FULL = {
    Reason.DEFECTIVE: N_("Defective: no deduction."),
    Reason.NOT_AS_PRESENTED: N_("Not as presented: no deduction."),
}
