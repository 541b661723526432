"""The languages Counter speaks, and the words of pos/ in them (babel's gettext catalogs).

pos/ imports no Qt, so its sentences (the policy's decisions, receipts, reports, errors) are
marked with _() and looked up in gettext catalogs: pos/locale/<lang>/LC_MESSAGES/counter.po,
kept in the repository and compiled to .mo by the set-up (scripts/translations.py). The ui/
layer's own words go through Qt Linguist instead; both switch together (ui/language.py).

One language is spoken at a time by the window: the logged-in person's. A receipt or a
report in another language is written inside `speaking(code)`, which changes the language
for the current thread only, so a background task is never surprised by it.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel.support import NullTranslations, Translations

ENGLISH, FRENCH, ARABIC = "en", "fr", "ar"
LANGUAGES = (FRENCH, ARABIC, ENGLISH)
# Each language's own name, never translated: a person looks for the name they read.
LANGUAGE_NAMES = {FRENCH: "Français", ARABIC: "العربية", ENGLISH: "English"}
# The receipt may carry two languages at once, French then Arabic, as many shops print.
FRENCH_AND_ARABIC = "fr+ar"
RECEIPT_LANGUAGES = (FRENCH, ARABIC, FRENCH_AND_ARABIC, ENGLISH)
DOMAIN = "counter"
CATALOGS = Path(__file__).parent / "locale"

_window_language = ENGLISH
_speaking: ContextVar[str | None] = ContextVar("speaking", default=None)


class LanguageError(ValueError):
    """A language code Counter does not speak."""


def checked(code: str) -> str:
    """The code itself, or a LanguageError naming the ones there are."""
    if code not in LANGUAGES:
        raise LanguageError(gettext("'{code}' is not a language Counter speaks: use {codes}.")
                            .format(code=code, codes=", ".join(LANGUAGES)))
    return code


def use_language(code: str) -> None:
    """The language the window speaks from now on (the logged-in person's)."""
    global _window_language
    _window_language = checked(code)


def language() -> str:
    """The language spoken here and now: speaking()'s in this thread, else the window's."""
    return _speaking.get() or _window_language


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Words written in this block are in `code` (a receipt in the customer's language, a
    report in the shop's), whatever the window speaks; other threads are not affected."""
    token = _speaking.set(checked(code))
    try:
        yield
    finally:
        _speaking.reset(token)


def right_to_left(code: str | None = None) -> bool:
    return (code or language()) == ARABIC


def figure(text: str) -> str:
    """An amount, an order number, a phone, a signed quantity: kept left to right inside the
    Arabic window's right-to-left text (a left-to-right isolate, U+2066 … U+2069, which Qt's
    text layout honours and nobody sees), where '12,50 MAD' would read 'MAD 12,50' and
    '-3' lose its sign's place. In a left-to-right language, the text as it is."""
    return f"\u2066{text}\u2069" if right_to_left() and text else text


def isolated(text: str) -> str:
    """The shop's own words (a product's name, in French, Arabic or English) inside a
    sentence of the Arabic window: an isolate that takes its direction from its first letter
    (U+2068 … U+2069), so its brackets and commas stay with it."""
    return f"\u2068{text}\u2069" if right_to_left() and text else text


def figures_locale(shop_locale: str, code: str | None = None) -> str:
    """The babel locale figures are written in: the language spoken, in the shop's country
    (fr_MA: '1 234,50 MAD'; ar_MA: '1.234,50 د.م.', Latin digits as CLDR has it). English
    has no Moroccan locale in CLDR, so it keeps the shop's own figures."""
    code = code or language()
    if code == ENGLISH:
        return shop_locale
    territory = shop_locale.partition("_")[2] or "MA"
    return f"{code}_{territory}"


@cache
def _catalog(code: str) -> NullTranslations:
    if code == ENGLISH:
        return NullTranslations()  # the sentences are written in English
    return Translations.load(str(CATALOGS), [code], DOMAIN)


def gettext(message: str) -> str:
    return _catalog(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for n, by the language's plural rule (Arabic has six)."""
    return _catalog(language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """For a word that reads differently by where it stands ('Total' on a receipt)."""
    return _catalog(language()).pgettext(context, message)


def words_of(error: BaseException) -> str:
    """An error's sentence in the language spoken. One raised below pos/ (db.words.Said,
    MoneyError) carries its template and values and is written here; any other is already
    in words, or is a programming error shown as it is."""
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        return str(error)
    return gettext(template).format(**getattr(error, "values", {}))


def N_(message: str) -> str:
    """Marks a sentence for the catalog where it is defined (a constant, a table of labels);
    it is translated with _() where it is shown, in the language of that moment."""
    return message


_ = gettext
