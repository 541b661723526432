"""Dates and times as the shop reads them, the one place they are formatted (babel).

The figures follow the shop's locale (fr_MA: 22/11/2026, 14:05); the words (the weekday)
follow the screens' language, English for now: a translated app changes WORDS_LOCALE."""
from __future__ import annotations

import re
from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton, format_time as _babel_time, get_date_format

WORDS_LOCALE = "en"


def format_date(value: date, locale: str) -> str:
    """'22/11/2026'"""
    return _babel_date(value, "short", locale=locale)


def format_medium_date(value: date, locale: str) -> str:
    """'22 nov. 2026': a date inside a sentence."""
    return _babel_date(value, "medium", locale=locale)


def qt_date_pattern(locale: str) -> str:
    """The shop's short date as a Qt display format ('dd/MM/yyyy' for fr_MA), for date
    fields: CLDR's pattern, with its year written out whole as Qt wants it."""
    pattern = get_date_format("short", locale=locale).pattern
    return re.sub(r"(?<!y)y(?!y)", "yyyy", pattern)


def format_day_month(value: date, locale: str) -> str:
    """'22/11': a day within a month's chart."""
    return format_skeleton("ddMM", value, locale=locale)


def format_time(value: datetime, locale: str, seconds: bool = False) -> str:
    """'14:05', or '14:05:09'"""
    return _babel_time(value, "medium" if seconds else "short", locale=locale)


def format_date_time(value: datetime, locale: str, joiner: str = " ",
                     seconds: bool = False) -> str:
    """'22/11/2026 14:05' ('22/11/2026 at 14:05' with joiner=' at ')."""
    return f"{format_date(value, locale)}{joiner}{format_time(value, locale, seconds)}"


def format_weekday_date(value: date, locale: str) -> str:
    """'Sunday 22/11/2026'"""
    return f"{_babel_date(value, 'EEEE', locale=WORDS_LOCALE)} {format_date(value, locale)}"
