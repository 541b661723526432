"""What a translated screen shows, and the English words left in it.

The English vocabulary is every word of every string written in ui/, pos/ and main.py (marked
for translation or not, so a sentence someone forgot to mark is caught too), less the words
the translations themselves use in that language ("Total", "Stock" and "Client" are French
too; "TikTok" and "PIN" stay Latin in the Arabic). The shop's own data (product and staff
names) is not in the code, so it is never taken for English."""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                               QLabel, QLineEdit, QListWidget, QMenu, QMenuBar, QPlainTextEdit, QTabBar,
                               QTextEdit, QWidget)
from PySide6.QtCore import QModelIndex, Qt

ROOT = Path(__file__).resolve().parent.parent
# Not the app's words: the demo shop's data, and the code's own identifiers and formats.
_NOT_WORDS_FROM = {"pos/demo.py"}
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# Words that are the same in any language at this shop (names of things, units, codes).
ALWAYS_ALLOWED = {"tiktok", "pin", "sku", "mad", "dh", "ean", "csv", "pdf", "shopify", "ok",
                  "id", "url", "http", "https", "api", "sqlite", "postgresql", "counter", "z"}


def _words(text: str) -> set[str]:
    return {w.lower().strip("'") for w in _WORD.findall(_TAG.sub(" ", text)) if len(w) > 1}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


@cache
def english_vocabulary() -> frozenset[str]:
    words: set[str] = set()
    files = [*(ROOT / "ui").rglob("*.py"), *(ROOT / "pos").rglob("*.py"), ROOT / "main.py"]
    for path in files:
        if str(path.relative_to(ROOT)) in _NOT_WORDS_FROM:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docs and " " in node.value.strip()):
                words |= _words(node.value)
    return frozenset(words)


@cache
def translated_words(code: str) -> frozenset[str]:
    """The Latin words the translations into `code` use."""
    words: set[str] = set()
    ts = ROOT / "ui" / "translations" / f"counter_{code}.ts"
    for translation in ET.parse(ts).getroot().iter("translation"):
        words |= _words("".join(translation.itertext()))
    po = ROOT / "pos" / "locale" / code / "LC_MESSAGES" / "counter.po"
    with po.open("rb") as handle:
        for message in read_po(handle):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for string in strings:
                words |= _words(string or "")
    return frozenset(words)


def _item_view_texts(view: QAbstractItemView) -> list[str]:
    if isinstance(view, QListWidget):  # its model's counts are not callable from Python
        items = [view.item(row) for row in range(min(view.count(), 50))]
        return [text for item in items for text in (item.text(), item.toolTip())]
    model = view.model()
    if model is None:
        return []
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's model keeps its one column private
        columns = 1
    rows = model.rowCount(QModelIndex())
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or ""))
    for row in range(min(rows, 50)):
        for column in range(columns):
            index = model.index(row, column)
            texts.append(str(model.data(index, Qt.DisplayRole) or ""))
            texts.append(str(model.data(index, Qt.ToolTipRole) or ""))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """The words a person can read on the widget itself (not its children)."""
    texts = [widget.toolTip(), widget.accessibleName()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text().replace("&", ""))
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.tabToolTip(i) for i in range(widget.count())]
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        texts += [widget.toPlainText(), widget.placeholderText()]
    elif isinstance(widget, QAbstractItemView):
        texts += _item_view_texts(widget)
    elif isinstance(widget, (QMenuBar, QMenu)):
        for action in widget.actions():
            texts += [action.text().replace("&", ""), action.toolTip()]
            if action.menu() is not None:
                texts += [a.text().replace("&", "") for a in action.menu().actions()]
    return [t for t in texts if t and t.strip()]


def visible_texts(top: QWidget) -> list[str]:
    widgets = [top, *top.findChildren(QWidget)]
    texts: list[str] = []
    for widget in widgets:
        if widget is top or widget.isVisibleTo(top):
            texts += widget_texts(widget)
    return texts


def english_left(top: QWidget, code: str, also: list[str] = ()) -> list[tuple[str, str]]:
    """(text, word) for each English word the visible widgets of `top` (and the `also`
    texts: a status bar's message, a receipt's lines) still show in `code`'s screens."""
    english = english_vocabulary() - translated_words(code) - ALWAYS_ALLOWED
    left = []
    for text in [*visible_texts(top), *also]:
        for word in sorted(_words(text) & english):
            left.append((text, word))
    return left
