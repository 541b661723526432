"""Returns and exchanges with the keyboard alone, on the real window: every key goes to the
widget that has the focus, as a clerk's keyboard and scanner send them; then the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from db.models import Payment, Return, Staff
from pos.money import Money
from pos.return_policy import Reason
from tests.conftest import MANAGER_NAME, MANAGER_PIN
from tests.test_return_screen import TSHIRT_SKU, sold_days_ago

JEANS_SKU = "2002001"  # Slim jeans, indigo: 299.00


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_in(qtbot, text: str) -> None:
    """Each character to the widget the focus is in when it comes, as a scanner types."""
    for character in text:
        qtbot.keyClicks(focused(), character)


def alt(qtbot, letter, until) -> None:
    """An Alt+letter; a button's mnemonic clicks it a moment later (Qt animates it)."""
    press(qtbot, letter, Qt.AltModifier)
    qtbot.waitUntil(until, timeout=2000)


def scan_receipt(qtbot, window, number: str):
    """F8 at the sale screen, then the receipt scanned into the field the focus is in."""
    window.activateWindow()  # the sale's receipt, closed, gave it back to the window
    qtbot.waitUntil(lambda: focused() is window.sale_screen.scan_field)
    press(qtbot, Qt.Key_F8)
    screen = window.return_screen
    assert window.stack.currentWidget() is screen and focused() is screen.order_field
    type_in(qtbot, number)
    press(qtbot, Qt.Key_Return)
    assert screen.sale is not None and screen.sale.order_number == number
    assert focused() is screen.lines  # the next key sets how many come back
    return screen


def wait_for(qtbot, dialog) -> None:
    """The dialog just opened takes the keys once the window system activates it."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)


def tab_chain(qtbot, start, stop, backwards: bool = False) -> list:
    """The widgets Tab (or Shift+Tab) walks through from `start` to `stop`; a date's day,
    month and year are one widget."""
    start.setFocus()
    chain = [focused()]
    key = Qt.Key_Backtab if backwards else Qt.Key_Tab
    while focused() is not stop and len(chain) < 40:
        press(qtbot, key, Qt.ShiftModifier if backwards else Qt.NoModifier)
        if focused() is not chain[-1]:
            chain.append(focused())
    return chain


def test_a_change_of_mind_refund_with_keys_alone(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 2, method="card")
    screen = scan_receipt(qtbot, window, number)
    assert screen.quantity_spin(0).value() == 1  # one line alone: one coming back
    press(qtbot, Qt.Key_0)
    assert screen.decision_text.text() == "Set how many of each item come back."
    press(qtbot, Qt.Key_Plus)
    assert screen.quantity_spin(0).value() == 1

    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.refund_choice and screen.refund_choice.isChecked()
    press(qtbot, Qt.Key_Tab)  # past the unchecked Exchange and the hidden new items
    assert focused() is screen.reason
    press(qtbot, Qt.Key_Up)
    assert screen.current_reason() is Reason.NOT_AS_PRESENTED
    press(qtbot, Qt.Key_Down)
    assert screen.current_reason() is Reason.CHANGE_OF_MIND
    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.condition
    press(qtbot, Qt.Key_Space)
    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.packaging
    press(qtbot, Qt.Key_Space)
    assert screen.decision_tone == "reduced" and screen.confirm_button.isEnabled()
    assert screen.decision_amount.text() == "Customer receives 105,00\xa0MAD"
    assert screen.decision_figures.text().endswith("back to the card")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    assert screen.receipt_dialog.isVisible()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert (ret.remedy, ret.reason, ret.refund, ret.refund_method) == (
            "refund", "change_of_mind", Money.of("105"), "card")
        assert [line.quantity for line in ret.lines] == [1]


@pytest.mark.parametrize("method", ["cash", "card"])
def test_an_exchange_for_dearer_jeans_with_keys_alone_is_paid_as_the_sale(qtbot, db, method):
    window, number = sold_days_ago(qtbot, db, 4, method=method)
    screen = scan_receipt(qtbot, window, number)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Right)  # from Refund to Exchange, as radio buttons go
    assert screen.exchange_choice.isChecked() and screen.exchange_box.isVisible()
    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.exchange_field
    type_in(qtbot, JEANS_SKU)
    press(qtbot, Qt.Key_Return)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    assert screen.decision_tone == "full"
    assert screen.decision_amount.text() == "Customer pays 149,00\xa0MAD"
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    payment = screen.payment_dialog  # the sale's own payment, in the sale's method
    wait_for(qtbot, payment)
    assert payment.total == Money.of("149")
    assert payment.cash.isChecked() is (method == "cash")
    if method == "cash":
        type_in(qtbot, "200")
        assert payment.change.text() == "51,00\xa0MAD"
    press(qtbot, Qt.Key_Return)

    assert screen.message.text().endswith("recorded.") and screen.receipt_dialog.isVisible()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert ret.remedy == "exchange" and ret.collected == Money.of("149")
        paid = {p.method: (p.amount, p.tendered, p.change) for p in s.scalars(
            select(Payment).where(Payment.sale_id == ret.exchange_sale_id))}
    cash = (Money.of("149"), Money.of("200"), Money.of("51"))
    assert paid == {"exchange": (Money.of("150"), None, None),
                    method: cash if method == "cash" else (Money.of("149"), None, None)}


def test_tab_walks_every_control_in_reading_order_and_back(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 1)
    screen = scan_receipt(qtbot, window, number)
    screen.reason.setCurrentIndex(list(Reason).index(Reason.DEFECTIVE))
    screen.exchange_choice.setChecked(True)
    forwards = [screen.order_field, screen.search_date, screen.search_phone,
                screen.search_button, screen.back_button, screen.lines,
                screen.exchange_choice, screen.exchange_field, screen.reason, screen.condition,
                screen.packaging, screen.photo_button, screen.city, screen.address]
    assert tab_chain(qtbot, screen.order_field, screen.address) == forwards
    assert tab_chain(qtbot, screen.address, screen.order_field, backwards=True) == forwards[::-1]

    screen.reason.setCurrentIndex(list(Reason).index(Reason.CHANGE_OF_MIND))
    screen.refund_choice.setChecked(True)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)  # allowed with a deduction: override and confirm
    assert tab_chain(qtbot, screen.lines, screen.confirm_button) == [
        screen.lines, screen.refund_choice, screen.reason, screen.condition, screen.packaging,
        screen.refund_method, screen.store_credit, screen.override_button,
        screen.confirm_button]


def test_the_lines_take_counts_and_let_tab_and_a_new_scan_out(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 1)
    screen = scan_receipt(qtbot, window, number)
    spin = screen.quantity_spin(0)
    for key, count in ((Qt.Key_Delete, 0), (Qt.Key_7, 1), (Qt.Key_Minus, 0), (Qt.Key_Plus, 1)):
        press(qtbot, key)
        assert spin.value() == count  # never more than is left: one
    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.refund_choice  # Tab leaves the table at once
    press(qtbot, Qt.Key_Tab, Qt.ShiftModifier)
    assert focused() is screen.lines
    type_in(qtbot, number)  # a receipt scanned while the focus is on the lines
    assert focused() is screen.order_field and screen.order_field.text() == number
    assert spin.value() == 1  # its digits did not change the count


def test_the_lines_fit_1024_pixels_with_the_count_in_sight(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 1)
    window.resize(1024, 768)
    screen = scan_receipt(qtbot, window, number)
    qtbot.waitUntil(lambda: screen.lines.viewport().width() > 0)
    lines = screen.lines
    assert not lines.horizontalScrollBar().isVisible()
    last = lines.columnCount() - 1
    assert lines.columnViewportPosition(last) + lines.columnWidth(last) <= lines.viewport().width()
    assert lines.columnWidth(0) >= 120  # the product's name is read, not guessed


def test_a_defect_without_a_photo_says_so_and_confirm_waits(qtbot, db, tmp_path, monkeypatch):
    window, number = sold_days_ago(qtbot, db, 1)
    screen = scan_receipt(qtbot, window, number)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    press(qtbot, Qt.Key_R, Qt.AltModifier)
    assert focused() is screen.reason
    while screen.current_reason() is not Reason.DEFECTIVE:
        press(qtbot, Qt.Key_Up)
    assert screen.decision_tone == "missing" and screen.decision_headline.text() == "Not ready yet"
    assert screen.decision_missing.text() == "Still needed: Attach a photo of the defect. (Alt+P)"
    assert screen.decision_amount.text() == "Customer receives 150,00\xa0MAD"
    assert not screen.confirm_button.isEnabled() and not screen.override_button.isEnabled()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert screen.message.text() == "Attach a photo of the defect."
    with db.read() as s:
        assert s.scalar(select(Return)) is None

    photo = tmp_path / "seam.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg bytes")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    alt(qtbot, Qt.Key_P, lambda: screen.photo is not None)
    assert screen.decision_tone == "full" and screen.decision_missing.isHidden()
    assert screen.confirm_button.isEnabled()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    with db.read() as s:
        assert s.scalar(select(Return)).lines[0].photo == photo.read_bytes()


def test_the_override_dialog_by_keys_shows_what_will_be_paid(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 2)
    screen = scan_receipt(qtbot, window, number)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    assert screen.decision_amount.text() == "Customer receives 105,00\xa0MAD"  # 30% kept
    alt(qtbot, Qt.Key_V, lambda: screen.override_dialog is not None)
    dialog = screen.override_dialog
    wait_for(qtbot, dialog)
    assert dialog.outcome.text() == (
        "With your approval: Customer receives 150,00\xa0MAD, no deduction.")
    assert focused() is dialog.pin and dialog.manager.currentText() == MANAGER_NAME

    press(qtbot, Qt.Key_Return)  # no reason yet: asked before the PIN is tried
    assert dialog.message.text() == "Write why the policy is overridden."
    assert focused() is dialog.reason
    with db.read() as s:
        assert s.scalar(select(Staff).where(Staff.name == MANAGER_NAME)).failed_pin_attempts == 0
    type_in(qtbot, "Loyal customer")
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.approve and dialog.reason.text() == "Loyal customer"
    press(qtbot, Qt.Key_Tab, Qt.ShiftModifier)
    press(qtbot, Qt.Key_Tab, Qt.ShiftModifier)
    assert focused() is dialog.pin
    type_in(qtbot, MANAGER_PIN)
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    assert not dialog.isVisible() and screen.receipt_dialog.isVisible()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert (ret.refund, ret.deduction) == (Money.of("150"), Money.zero())
        assert ret.override_reason == "Loyal customer" and ret.override_by.name == MANAGER_NAME


def test_an_exchange_without_new_items_is_not_ready_and_says_where_to_scan(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 1)
    screen = scan_receipt(qtbot, window, number)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    alt(qtbot, Qt.Key_E, screen.exchange_choice.isChecked)
    assert screen.decision_missing.text() == (
        "Still needed: Scan what the customer takes in exchange. (Alt+I)")
    assert screen.decision_amount.text() == "Credit for the new items: 150,00\xa0MAD"
    assert not screen.confirm_button.isEnabled()
    press(qtbot, Qt.Key_I, Qt.AltModifier)
    assert focused() is screen.exchange_field
    type_in(qtbot, TSHIRT_SKU)  # 79 -20% = 63.20 for a 150 credit
    press(qtbot, Qt.Key_Return)
    assert screen.decision_amount.text() == "Customer gets back 86,80\xa0MAD"
    assert screen.confirm_button.isEnabled()


def test_each_alt_letter_of_the_return_screen_is_its_own(qtbot, db):
    """No Alt+letter is shared (Qt would then do neither), nor taken from the menus."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window, _number = sold_days_ago(qtbot, db, 1)
    screen = window.return_screen
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in screen.findChildren(kind)]
    texts += [action.text() for action in window.menuBar().actions()]
    letters = [m.lower() for text in texts for m in re.findall(r"&(\w)", text)]
    assert len(letters) >= 19 and len(set(letters)) == len(letters)
