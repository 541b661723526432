"""The catalog screens' two kinds of background work, in the shape of Anki's QueryOp and
CollectionOp: a read that turns rows into plain values, and a change made as a named staff
member in one transaction. Both run through run_task; the answer comes back on the GUI
thread only while the widget that asked is still there."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from db.engine import Database
from db.models import Staff
from pos.catalog_admin import CatalogError
from pos.money import MoneyError
from pos.staff import PermissionDenied
from ui.style import set_tone
from ui.tasks import run_task


# What a manager can be told as it is; anything else is a bug, shown with its type.
REFUSALS = (CatalogError, PermissionDenied, MoneyError)


def query(widget, db: Database, read: Callable[[Any], Any], on_done: Callable[[Any], None],
          on_error: Callable[[Exception], None]) -> None:
    """read(session) off the GUI thread; it must return plain values, not live rows."""
    def work():
        with db.read() as session:
            return read(session)
    run_task(work, while_alive(widget, on_done), while_alive(widget, on_error))


def change(widget, db: Database, staff_id: int, apply: Callable[[Any, Staff], Any],
           on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
    """apply(session, staff) in one write transaction, as that staff member."""
    def work():
        with db.write() as session:
            return apply(session, session.get(Staff, staff_id))
    run_task(work, while_alive(widget, on_done), while_alive(widget, on_error))


def while_alive(widget, callback):
    def call(value):
        if shiboken6.isValid(widget):
            callback(value)
    return call


def error_words(error: Exception) -> str:
    if isinstance(error, REFUSALS):
        return str(error)
    return f"Something went wrong ({type(error).__name__}: {error}). Nothing was saved."


def message_label() -> QLabel:
    label = QLabel(" ")
    label.setObjectName("message")
    label.setWordWrap(True)
    return label


def say(label: QLabel, text: str, tone: str = "info") -> None:
    label.setText(text)
    set_tone(label, tone)


def enter_clicks_only(dialog: QDialog, default: QPushButton | None = None) -> None:
    """Enter in a field clicks the default button and no other: a dialog would otherwise
    click its first button (Add… on the products screen) on Enter in the search."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button is default)
        button.setDefault(button is default)
