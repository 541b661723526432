"""The screens a clerk and a manager use every day, walked on the real window in French and in
Arabic: the login, the sale, the payment, the receipt, the return with its decision, the
manager's override, the returns review and the cash close. Every word a person can read is
in the shop's language (tests/i18n_check.py finds the English ones left), and the Arabic
window reads right to left while the codes and figures typed in stay left to right."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from db.models import Product, Sale
from db.types import utc_now
from pos.shop import load_shop_settings, save_shop_settings
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN
from tests.i18n_check import english_left
from tests.test_sale_screen import SHIRT, login, scan
from ui.main_window import MainWindow

WAIT_MS = 10_000


SHIRT_NAMES = {"fr": "Chemise en lin blanche", "ar": "قميص كتان أبيض"}


def speak(db, code: str) -> None:
    """The shop speaks `code`, prints its receipts in it, and named the shirt in it too (the
    demo's English product names are the shop's own data, never translated)."""
    with db.write() as s:
        s.execute(update(Product).where(Product.barcode == SHIRT).values(name=SHIRT_NAMES[code]))
        # The shop's name is the shop's own (the demo's default is English words).
        save_shop_settings(s, replace(load_shop_settings(s), name="Bazar Atlas", language=code,
                                      receipt_language=code))


def nothing_english(widget, code: str) -> None:
    left = english_left(widget, code)
    assert left == [], f"{type(widget).__name__} still shows English: {left}"
    if code == "ar":
        assert widget.isRightToLeft(), type(widget).__name__


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_everyday_screens_speak_the_shops_language(qtbot, db, code):
    speak(db, code)
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    nothing_english(window, code)  # the login

    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    screen = window.sale_screen
    scan(qtbot, screen.scan_field, SHIRT)
    assert screen.model.rowCount() == 1
    nothing_english(window, code)  # the sale, one line in the cart
    assert screen.scan_field.layoutDirection() == Qt.LeftToRight

    screen.start_payment("cash")
    payment = screen.payment_dialog
    qtbot.keyClicks(payment.tendered, "200")
    nothing_english(payment, code)
    assert payment.tendered.layoutDirection() == Qt.LeftToRight
    payment.submit()
    receipt = screen.receipt_dialog
    nothing_english(receipt, code)
    number = receipt.sale.order_number
    receipt.accept()

    with db.write() as s:  # bought two days ago: a change of mind is refunded less 30%
        s.execute(update(Sale).values(created_at=utc_now() - timedelta(days=2)))
    scan(qtbot, screen.scan_field, number)
    returns = window.return_screen
    assert window.stack.currentWidget() is returns and returns.sale is not None
    returns.condition.setChecked(True)
    returns.packaging.setChecked(True)
    nothing_english(window, code)  # the return, its decision in words
    assert returns.order_field.layoutDirection() == Qt.LeftToRight

    returns.ask_override()
    override = returns.override_dialog
    qtbot.waitUntil(override.isVisible, timeout=WAIT_MS)
    nothing_english(override, code)
    override.reject()
    returns.confirm_button.click()  # refunded less the deduction, as the policy says
    qtbot.waitUntil(lambda: returns.receipt_dialog is not None
                    and returns.receipt_dialog.isVisible(), timeout=WAIT_MS)
    nothing_english(returns.receipt_dialog, code)
    returns.receipt_dialog.accept()

    window.logout_action.trigger()
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    window.returns_review_action.trigger()
    review = window.returns_review_dialog
    qtbot.waitUntil(lambda: review.isVisible() and review.day_tab.table.rowCount() == 1,
                    timeout=WAIT_MS)
    qtbot.wait(200)
    nothing_english(review, code)
    review.reject()

    window.day_close_action.trigger()
    close = window.day_close_dialog
    qtbot.waitUntil(close.isVisible, timeout=WAIT_MS)
    qtbot.wait(500)
    nothing_english(close, code)
    close.reject()


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_each_alt_letter_is_its_own_in_every_language(qtbot, db, code):
    """A translation may move an Alt letter: none may then be shared (Qt would do neither)
    on the sale and return screens, nor with the menus."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    speak(db, code)
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    menus = [action.text() for action in window.menuBar().actions()]
    for screen in (window.sale_screen, window.return_screen):
        texts = [w.text() for kind in (QLabel, QAbstractButton)
                 for w in screen.findChildren(kind) if w.isVisibleTo(screen)]
        letters = [m.lower() for text in texts + menus for m in re.findall(r"&(\w)", text)]
        assert len(set(letters)) == len(letters), (type(screen).__name__, sorted(letters))


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_the_scan_fields_hint_is_whole_at_1024(qtbot, db, code):
    """The scan field says what to do and its key (F2), whole on a small counter screen."""
    if code != "en":
        speak(db, code)
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    field = window.sale_screen.scan_field
    room = field.width() - 24  # the frame, the text margins and the cursor
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room, (
        field.placeholderText())
