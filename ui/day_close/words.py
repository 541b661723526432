"""The day close's words for the shop's codes and figures."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from pos.dates import format_date, format_day_month, format_time
from pos.money import Money, format_money
from pos.report_export import method_words, movement_words
from pos.shop import ShopSettings
from pos.i18n import figure

SHORT, OVER, EXACT = "#b00020", "#8a6d00", "#1b5e20"

__all__ = ["EXACT", "OVER", "SHORT", "as_money", "closed_when", "denomination_words",
           "difference_words", "method_words", "movement_time", "movement_words",
           "stored_counts"]


def denomination_words(value: Money, locale: str) -> str:
    """'200 MAD', '0,50 MAD': a note or a coin."""
    return figure(format_money(value, locale, whole=True))


def difference_words(difference: Money, locale: str) -> tuple[str, str]:
    """('Short by 10,00 MAD', colour) from counted - expected."""
    if difference.is_negative():
        words = QCoreApplication.translate("day_close", "Short by {amount}")
        return words.format(amount=figure(format_money(-difference, locale))), SHORT
    if difference:
        words = QCoreApplication.translate("day_close", "Over by {amount}")
        return words.format(amount=figure(format_money(difference, locale))), OVER
    return QCoreApplication.translate("day_close", "Exact: nothing missing, nothing over"), EXACT


def as_money(key) -> Money:
    """A denomination from a stored count: Money already, or its amount as text."""
    return key if isinstance(key, Money) else Money.of(str(key))


def stored_counts(summary) -> dict[Money, int]:
    """A closed day's count by denomination, as it was saved."""
    return {as_money(k): int(v) for k, v in (summary.counted_by_denomination or {}).items()}


def movement_time(moment: datetime, day: date, locale: str) -> str:
    """'14:05'; with the date when it was recorded on another day (a late entry)."""
    if moment.date() == day:
        return format_time(moment, locale)
    return f"{format_day_month(moment, locale)} {format_time(moment, locale)}"


def closed_when(summary, shop: ShopSettings) -> str:
    """'22/11/2026 at 21:40', in the shop's time."""
    when = summary.closed_at
    if isinstance(when, datetime) and when.tzinfo is not None:
        when = shop.local_time(when)
    return QCoreApplication.translate("day_close", "{date} at {time}").format(
        date=format_date(when, shop.locale), time=format_time(when, shop.locale))
