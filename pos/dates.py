"""Dates and times as the shop reads them, the one place they are formatted (babel).

The figures follow the shop's locale (fr_MA: 22/11/2026, 14:05); the words (a weekday, a
month) follow the language spoken (pos.i18n): 'dimanche' in French, 'الأحد' in Arabic,
'Sunday' in English, whose words keep the shop's order of day, month and year."""
from __future__ import annotations

import re
from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton, format_time as _babel_time, get_date_format

from pos.i18n import ENGLISH, figures_locale, language

# CLDR has no Moroccan English: British English writes its dates day first, as Morocco does.
ENGLISH_WORDS_LOCALE = "en_GB"


def words_locale(locale: str) -> str:
    """The locale of a date's words: the language spoken, in the shop's country."""
    return ENGLISH_WORDS_LOCALE if language() == ENGLISH else figures_locale(locale)


def format_date(value: date, locale: str) -> str:
    """'22/11/2026'"""
    return _babel_date(value, "short", locale=locale)


def format_medium_date(value: date, locale: str) -> str:
    """'22 nov. 2026' ('22 Nov 2026' in English): a date inside a sentence."""
    return _babel_date(value, "medium", locale=words_locale(locale))


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
    """'22/11/2026 14:05' (a joiner between them, such as the language's ' at ')."""
    return f"{format_date(value, locale)}{joiner}{format_time(value, locale, seconds)}"


def format_weekday_date(value: date, locale: str) -> str:
    """'Sunday 22/11/2026', 'dimanche 22/11/2026', 'الأحد 22/11/2026'"""
    return f"{_babel_date(value, 'EEEE', locale=words_locale(locale))} {format_date(value, locale)}"
