"""Store credit with the keyboard alone on the real window: a return taken as a credit note
(Alt+G), its code said and saved; the note looked up (Ctrl+K); the policy's waiver (Alt+W)
and how long a note lasts (Manager → Store credit…)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from datetime import date

from sqlalchemy import select, update

from db.models import PolicyVersion, Return
from pos.money import Money
from pos.returns import current_policy
from pos.shop import load_shop_settings
from pos.store_credit import credit_note, load_store_credit_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff
from tests.test_i18n_returns import mnemonics, speaks
from tests.test_return_keys import alt, focused, press, scan_receipt, type_in, wait_for
from tests.test_return_screen import sold_days_ago
from tests.test_sale_screen import logged_in_screen
from ui.policy_dialog import PolicyDialog
from ui.split_payment_dialog import SplitPaymentDialog
from ui.store_credit_dialogs import CreditNoteDialog, StoreCreditSettingsDialog

WAIT_MS = 10_000


def test_a_refund_taken_as_store_credit_with_keys_alone_then_looked_up(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 2, method="card")
    screen = scan_receipt(qtbot, window, number)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    assert screen.decision_amount.text() == "Customer receives 105,00\xa0MAD"
    alt(qtbot, Qt.Key_G, screen.store_credit.isChecked)  # the customer takes a credit note
    assert screen.decision_amount.text() == "Customer receives 105,00\xa0MAD as store credit"
    assert screen.decision_figures.text().endswith("as a credit note")
    assert "Customer receives 105,00\xa0MAD as store credit." in screen.decision_text.text()
    assert not screen.refund_method.isEnabled()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    with db.read() as s:
        ret = s.scalar(select(Return))
        code = ret.credit_code
        assert (ret.refund, ret.refund_method) == (Money.of("105"), "credit")
        assert credit_note(s, code).balance == Money.of("105")
    assert code in screen.message.text()
    receipt = screen.receipt_dialog
    assert f"[{code}]" in receipt.text()  # its barcode, on the receipt handed over
    wait_for(qtbot, receipt)
    press(qtbot, Qt.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.sale_screen.scan_field, timeout=WAIT_MS)

    press(qtbot, Qt.Key_K, Qt.ControlModifier)  # Sale → Credit note…
    dialog = window.credit_note_dialog
    wait_for(qtbot, dialog)
    assert focused() is dialog.code
    type_in(qtbot, code.lower().replace("-", ""))  # typed as a clerk reads it
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.note is not None, timeout=WAIT_MS)
    assert dialog.balance.text() == "Balance: 105,00\xa0MAD"
    assert code in dialog.worth.text() and "worth 105,00" in dialog.worth.text()
    assert "Expires on" in dialog.expiry.text()
    assert ret.return_number in dialog.details.text()
    assert dialog.uses_label.text() == "Not used yet."

    with db.write() as s:  # the note's last day has passed
        s.execute(update(Return).values(credit_expires_on=date(2020, 1, 31)))
    dialog.code.setFocus()
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: "EXPIRED on 31/01/2020" in dialog.expiry.text(), timeout=WAIT_MS)

    dialog.code.selectAll()
    type_in(qtbot, "CN-00000000")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.note is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "No credit note has the code" in dialog.message.text(),
                    timeout=WAIT_MS)
    press(qtbot, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_the_policy_waiver_and_the_note_s_life_are_set_with_keys(qtbot, db):
    with db.read() as s:
        manager = demo_staff(s, MANAGER_NAME).id
    with db.read() as s:
        shop = load_shop_settings(s)
    policy = PolicyDialog(db, shop, manager)
    qtbot.addWidget(policy)
    policy.show()
    policy.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is policy, timeout=WAIT_MS)
    assert not policy.waive_for_credit.isChecked()
    alt(qtbot, Qt.Key_W, policy.waive_for_credit.isChecked)
    policy.refund_days.setFocus()
    press(qtbot, Qt.Key_Return)  # Save
    qtbot.waitUntil(lambda: getattr(policy, "saved_version", None) is not None,
                    timeout=WAIT_MS)
    with db.read() as s:
        assert current_policy(s).waive_change_of_mind_for_credit is True
        assert s.get(PolicyVersion, policy.saved_version) is not None

    settings = StoreCreditSettingsDialog(db, manager)
    qtbot.addWidget(settings)
    settings.show()
    settings.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings, timeout=WAIT_MS)
    assert focused() is settings.days and settings.days.value() == 365
    settings.days.selectAll()
    type_in(qtbot, "90")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: getattr(settings, "saved", None) is not None, timeout=WAIT_MS)
    with db.read() as s:
        assert load_store_credit_settings(s).expiry_days == 90

    settings = StoreCreditSettingsDialog(db, manager)
    qtbot.addWidget(settings)
    settings.show()
    settings.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings, timeout=WAIT_MS)
    alt(qtbot, Qt.Key_N, settings.never.isChecked)
    assert not settings.days.isEnabled()
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: getattr(settings, "saved", None) is not None, timeout=WAIT_MS)
    with db.read() as s:
        assert load_store_credit_settings(s).expiry_days is None


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_store_credit_dialogs_keep_their_own_alt_letters_in_french_and_arabic(qtbot, db,
                                                                                  code):
    speaks(db, CLERK_NAME, code)
    logged_in_screen(qtbot, db)  # the clerk's language installed
    with db.read() as s:
        manager = demo_staff(s, MANAGER_NAME).id
        shop = load_shop_settings(s)
    for dialog in (StoreCreditSettingsDialog(db, manager), CreditNoteDialog(db, shop),
                   SplitPaymentDialog(db, shop, Money.of("150"))):
        qtbot.addWidget(dialog)
        letters = mnemonics(dialog)
        assert len(letters) == len(set(letters)), (type(dialog).__name__, letters)
