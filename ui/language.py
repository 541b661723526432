"""The window's language: Qt's translators, the layout's direction, and pos/'s gettext, all
switched together (a clerk logs in speaking Arabic, the manager after them in French).

Installing a translator sends every widget a LanguageChange event: the screens that stay
open (the login, the sale and return screens, the window's menus) re-set their words in
`retranslate()`; a dialog is built in the language of the moment it opens."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from pos.i18n import ENGLISH, checked, right_to_left, use_language

TRANSLATIONS = Path(__file__).parent / "translations"

_installed: list[QTranslator] = []
_applied: list[str] = []  # the language last applied, once one has been


def _translator(app: QCoreApplication, directory: str | Path, name: str) -> QTranslator | None:
    translator = QTranslator(app)  # the app's: it must not outlive it
    if translator.load(name, str(directory)):
        return translator
    translator.deleteLater()
    return None


def apply_language(code: str) -> None:
    """The whole window in `code` from now on: its own words (Qt Linguist), Qt's standard
    buttons and dialogs (qtbase), pos/'s sentences (gettext), and, for Arabic, right to left."""
    checked(code)
    app = QCoreApplication.instance()
    if _applied == [code]:
        return
    _applied[:] = [code]
    use_language(code)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    names = [(TRANSLATIONS, f"counter_{code}")]
    if code != ENGLISH:
        names.append((QLibraryInfo.path(QLibraryInfo.TranslationsPath), f"qtbase_{code}"))
    for directory, name in names:
        translator = _translator(app, directory, name)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    # Qt's own figures and words (a date field's calendar, a spin box) in the same language,
    # in Morocco: ar_MA writes Latin digits as babel's ar_MA does (plain "ar" would not).
    QLocale.setDefault(QLocale.system() if code == ENGLISH else QLocale(f"{code}_MA"))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.RightToLeft if right_to_left(code) else Qt.LeftToRight)
    # Qt tells the windows itself only while its event loop runs, and by a posted event: told
    # and delivered here, every open screen has changed language before this returns.
    QCoreApplication.sendEvent(app, QEvent(QEvent.LanguageChange))
    QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)


def left_to_right(*widgets: QWidget) -> None:
    """Fields and figures that read left to right in every language (barcodes, SKUs, phone
    and order numbers, amounts typed in): they keep that direction in the Arabic window."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LeftToRight)


def read_from_the_right(text: str) -> str:
    """A line of the Arabic window that opens with a Latin word (a product's name, an order
    number, "TikTok"): a right-to-left mark first, or Qt lays the line out left to right and
    the Arabic after the word is read first. Other languages, and other lines: as it is."""
    if not right_to_left():
        return text
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "\u200f" + text
        if kind in ("R", "AL"):
            return text
    return text


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.LanguageChange
