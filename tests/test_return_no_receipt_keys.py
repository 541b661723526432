"""A return without a receipt with the keyboard alone, on the real window: F7 at the return
screen, the products scanned, the state and the customer's phone typed, the policy's sentence
read, a manager's PIN and reason, then the credit note."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from db.models import Return
from pos.money import Money
from pos.return_policy import NO_RECEIPT_CURRENT, NO_RECEIPT_LOWEST, Reason
from pos.returns import current_policy
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN, demo_staff
from tests.test_i18n_returns import english_left, mnemonics, speaks
from tests.test_return_across_tills import return_screen_of
from tests.test_return_keys import alt, focused, press, type_in, wait_for
from tests.test_sale_screen import logged_in_screen
from ui.policy_dialog import PolicyDialog

TSHIRT = "2001001"  # Cotton T-shirt, black: 79.00, not sold yet in the demo shop


def plain(text: str) -> str:
    """Babel's and French's no-break spaces as plain ones; no Unicode isolates."""
    for special in ("\xa0", "\u202f"):
        text = text.replace(special, " ")
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200f")


def test_a_return_without_a_receipt_with_keys_alone_gives_a_credit_note(qtbot, db):
    window, _ = logged_in_screen(qtbot, db)
    screen = return_screen_of(qtbot, window)
    press(qtbot, Qt.Key_F7)
    dialog = screen.no_receipt_dialog
    wait_for(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.policy is not None)
    assert focused() is dialog.scan
    press(qtbot, Qt.Key_Return)  # nothing scanned: asked for
    assert dialog.message.text() == "Scan the items the customer brings back."
    for _twice in range(2):
        type_in(qtbot, TSHIRT)
        press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.lines) and dialog.lines[0].quantity == 2)
    alt(qtbot, Qt.Key_L, lambda: focused() is dialog.items)
    press(qtbot, Qt.Key_Minus)  # one of the two, after all
    assert dialog.lines[0].quantity == 1
    assert plain(dialog.decision.text()).startswith("Refused: the product is neither")
    alt(qtbot, Qt.Key_O, dialog.condition.isChecked)
    alt(qtbot, Qt.Key_K, dialog.packaging.isChecked)
    assert plain(dialog.decision.text()) == (
        "No receipt: store credit only, at the lowest price of the last 30 days (79,00 MAD). "
        "Change of mind: 30% would be 23,70 MAD; the minimum of 25,00 MAD applies. "
        "Customer receives 54,00 MAD as store credit.")
    press(qtbot, Qt.Key_Return)  # no phone yet: asked for, where it is typed
    assert dialog.message.text() == ("The customer's phone is required for a return "
                                     "without a receipt.")
    assert focused() is dialog.phone
    type_in(qtbot, "06 12 34 56 78")
    alt(qtbot, Qt.Key_M, lambda: focused() is dialog.name)
    type_in(qtbot, "Salma")
    press(qtbot, Qt.Key_Return)

    override = dialog.override_dialog
    wait_for(qtbot, override)
    assert focused() is override.pin and override.manager.currentText() == MANAGER_NAME
    type_in(qtbot, "0000")
    press(qtbot, Qt.Key_Tab)
    type_in(qtbot, "regular customer")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: override.message.text().strip() != "")  # the wrong PIN said
    with db.read() as session:
        assert session.scalar(select(Return)) is None
    assert focused() is override.pin
    type_in(qtbot, MANAGER_PIN)
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert screen.receipt_dialog.isVisible()
    with db.read() as session:
        ret = session.scalar(select(Return))
        assert (ret.refund, ret.refund_method) == (Money.of("54.00"), "credit")
        assert (ret.sale.customer_phone, ret.sale.customer_name) == ("+212612345678", "Salma")
        assert ret.override_reason == "regular customer"
        number, code = ret.return_number, ret.credit_code
    assert screen.message.text() == (f"{number} recorded: store credit on credit note "
                                     f"{code}.")
    QApplication.activeWindow().close()  # the receipt: back to the sale screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale_screen)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_no_receipt_dialog_speaks_french_and_arabic_with_its_own_alt_letters(qtbot, db,
                                                                                  code):
    speaks(db, CLERK_NAME, code)
    window, _ = logged_in_screen(qtbot, db)
    screen = return_screen_of(qtbot, window)
    assert english_left(screen.no_receipt_button, code) == []
    press(qtbot, Qt.Key_F7)
    dialog = screen.no_receipt_dialog
    wait_for(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.policy is not None)
    type_in(qtbot, TSHIRT)
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.lines))
    dialog.condition.setChecked(True)
    dialog.packaging.setChecked(True)
    assert english_left(dialog, code, also=[dialog.items.item(0).text()]) == []
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    words = plain(dialog.decision.text())
    assert ("Sans ticket : avoir uniquement" in words if code == "fr"
            else "بدون وصل: رصيد المتجر فقط" in words)
    if code == "ar":
        assert dialog.layoutDirection() == Qt.RightToLeft
        assert dialog.phone.layoutDirection() == Qt.LeftToRight


def test_the_manager_values_returns_without_a_receipt_at_the_current_price_by_keys(qtbot, db):
    with db.read() as session:
        shop = load_shop_settings(session)
        manager_id = demo_staff(session, MANAGER_NAME).id
        assert current_policy(session).no_receipt_price == NO_RECEIPT_LOWEST  # the default
    dialog = PolicyDialog(db, shop, manager_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    wait_for(qtbot, dialog)
    alt(qtbot, Qt.Key_A, lambda: focused() is dialog.no_receipt_price)
    press(qtbot, Qt.Key_Down)
    assert dialog.no_receipt_price.currentText() == "the current price"
    press(qtbot, Qt.Key_Return)  # Save, the dialog's default button
    qtbot.waitUntil(lambda: getattr(dialog, "saved_version", None) is not None)
    with db.read() as session:
        assert current_policy(session).no_receipt_price == NO_RECEIPT_CURRENT


def test_a_defect_without_a_receipt_needs_its_photo_and_is_credited_in_full(qtbot, db,
                                                                             tmp_path,
                                                                             monkeypatch):
    window, _ = logged_in_screen(qtbot, db)
    screen = return_screen_of(qtbot, window)
    press(qtbot, Qt.Key_F7)
    dialog = screen.no_receipt_dialog
    wait_for(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.policy is not None)
    type_in(qtbot, TSHIRT)
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.lines))
    alt(qtbot, Qt.Key_O, dialog.condition.isChecked)
    alt(qtbot, Qt.Key_K, dialog.packaging.isChecked)
    press(qtbot, Qt.Key_R, Qt.AltModifier)
    while Reason(dialog.reason.currentData()) is not Reason.DEFECTIVE:
        press(qtbot, Qt.Key_Down)
    alt(qtbot, Qt.Key_H, lambda: focused() is dialog.phone)
    type_in(qtbot, "0612345678")
    press(qtbot, Qt.Key_Return)  # no photo yet: said, and the focus on its button
    assert dialog.message.text() == "Attach a photo of the defect."
    assert focused() is dialog.photo_button and dialog.override_dialog is None
    photo = tmp_path / "seam.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg bytes")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    alt(qtbot, Qt.Key_P, lambda: dialog.photo is not None)
    assert plain(dialog.amount.text()) == "Customer receives 79,00 MAD as store credit"
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    override = dialog.override_dialog
    wait_for(qtbot, override)
    type_in(qtbot, MANAGER_PIN)
    press(qtbot, Qt.Key_Tab)
    type_in(qtbot, "defect seen")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with db.read() as session:
        ret = session.scalar(select(Return))
        assert (ret.refund, ret.deduction, ret.refund_method) == (
            Money.of("79.00"), Money.zero(), "credit")
        assert ret.lines[0].photo == photo.read_bytes() and not ret.lines[0].restocked
