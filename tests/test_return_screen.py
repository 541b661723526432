"""Returns and exchanges driven through the real window, then the database checked."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select, update

from db.models import AuditEntry, Payment, Return, Sale, Staff, StockMovement
from db.types import utc_now
from pos.money import Money
from pos.return_policy import Reason
from tests.conftest import MANAGER_NAME, MANAGER_PIN
from tests.test_return_desk import statements, writes
from tests.test_sale_screen import SHIRT, logged_in_screen, scan, stock_of

TSHIRT_SKU = "2001001"


def sold_days_ago(qtbot, db, days: int, method: str = "card"):
    """The clerk sells one linen shirt (150 MAD); the sale is then moved `days` back."""
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    screen.start_payment(method)
    if method == "cash":
        qtbot.keyClicks(screen.payment_dialog.tendered, "150")
    screen.payment_dialog.submit()
    number = screen.receipt_dialog.sale.order_number
    screen.receipt_dialog.accept()
    with db.write() as s:
        s.execute(update(Sale).values(created_at=utc_now() - timedelta(days=days)))
    return window, number


def open_return(qtbot, window, number):
    """The clerk scans the receipt at the sale screen: the return screen opens on it."""
    scan(qtbot, window.sale_screen.scan_field, number)
    screen = window.return_screen
    assert window.stack.currentWidget() is screen
    assert screen.sale is not None and screen.sale.order_number == number
    return screen


def test_a_change_of_mind_refund_on_day_2(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 2, method="cash")
    screen = open_return(qtbot, window, number)
    assert screen.decision_tone == "refused"  # the checks are not ticked yet
    assert "original condition" in screen.decision_text.text()
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    assert screen.decision_tone == "reduced"
    assert screen.decision_text.text() == (
        "Refund allowed, day 2 of 3. Change of mind: 30% deducted = 45,00\xa0MAD "
        "(minimum 25,00\xa0MAD). Customer receives 105,00\xa0MAD.")
    qtbot.keyClick(screen, Qt.Key_Return, Qt.ControlModifier)

    assert screen.receipt_dialog.isVisible()
    assert "105,00" in screen.receipt_dialog.text()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert ret.return_number.startswith("R-") and ret.sale.order_number == number
        assert (ret.refund, ret.deduction, ret.refund_method) == (
            Money.of("105"), Money.of("45"), "cash")
        assert ret.lines[0].restocked and ret.override_by_id is None
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "refund")).subject == ret.return_number
    assert stock_of(db, "1077218") == 40  # sold one, it came back


def test_an_unknown_order_number_says_so(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    qtbot.keyClick(screen.scan_field, Qt.Key_F8)
    returns = window.return_screen
    assert window.stack.currentWidget() is returns
    scan(qtbot, returns.order_field, "S-20991231-0001")
    assert "No sale has the order number" in returns.message.text()
    assert returns.sale is None and not returns.confirm_button.isEnabled()


def test_a_late_refund_is_refused_then_approved_by_a_manager(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 5)
    screen = open_return(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    assert screen.decision_tone == "refused"
    assert "past the 3-day refund window" in screen.decision_text.text()
    assert not screen.confirm_button.isEnabled()

    screen.ask_override()
    dialog = screen.override_dialog
    assert dialog.manager.currentText() == MANAGER_NAME
    qtbot.keyClicks(dialog.pin, "0000")
    dialog.reason.setText("Loyal customer, shirt unworn")
    dialog.submit()
    assert "Wrong PIN" in dialog.message.text()
    with db.read() as s:
        assert s.scalar(select(Return)) is None
        manager = s.scalar(select(Staff).where(Staff.name == MANAGER_NAME))
        assert manager.failed_pin_attempts == 1  # a wrong override PIN counts towards the lock

    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    dialog.submit()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert ret.refund == Money.of("150") and ret.deduction == Money.zero()
        assert ret.override_by.name == MANAGER_NAME
        assert ret.override_reason == "Loyal customer, shirt unworn"
        assert "past the 3-day refund window" in ret.lines[0].decision
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "override")) is not None


def test_a_manager_at_the_counter_cannot_approve_their_own_override(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 5)
    window.show_login()
    from tests.test_sale_screen import login
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    screen = open_return(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    screen.ask_override()
    dialog = screen.override_dialog
    assert dialog.manager.count() == 0  # the only manager is the one at the counter
    dialog.reason.setText("I say so")
    dialog.submit()
    assert "cannot approve your own" in dialog.message.text()
    with db.read() as s:
        assert s.scalar(select(Return)) is None


def test_an_exchange_for_a_cheaper_item_gives_the_difference_back(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 6)
    screen = open_return(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    screen.exchange_choice.setChecked(True)
    assert screen.decision_tone == "missing"  # the new items are not scanned yet
    assert "Scan what the customer takes in exchange" in screen.decision_missing.text()
    assert screen.decision_text.text().startswith("Exchange allowed, day 6 of 7.")
    scan(qtbot, screen.exchange_field, TSHIRT_SKU)  # 79 -20% = 63.20
    assert screen.decision_tone == "full"
    assert screen.decision_amount.text() == "Customer gets back 86,80\xa0MAD"
    screen.confirm()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert ret.remedy == "exchange" and ret.refund == Money.of("86.80")
        new_sale = ret.exchange_sale
        assert [l.sku for l in new_sale.lines] == [TSHIRT_SKU]
        payments = {p.method: p.amount for p in s.scalars(
            select(Payment).where(Payment.sale_id == new_sale.id))}
        assert payments == {"exchange": Money.of("63.20")}
    assert stock_of(db, "1077218") == 40 and stock_of(db, TSHIRT_SKU) == 39


def test_a_defective_item_needs_a_photo_and_is_written_off(qtbot, db, tmp_path):
    window, number = sold_days_ago(qtbot, db, 1)
    screen = open_return(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    screen.reason.setCurrentIndex(0)  # Defective
    assert screen.decision_text.text().startswith("Refund allowed, day 1 of 3. Defective: full refund.")
    screen.confirm()
    assert "photo" in screen.message.text()
    photo = tmp_path / "seam.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg bytes")
    screen.attach_photo(str(photo))
    qtbot.keyClicks(screen.city, "Rabat")
    qtbot.keyClicks(screen.address, "3 Avenue Mohammed V")
    screen.confirm()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert ret.refund == Money.of("150") and ret.shipped_city == "Rabat"
        assert ret.lines[0].photo == photo.read_bytes() and not ret.lines[0].restocked
        reasons = sorted(m.reason for m in s.scalars(
            select(StockMovement).where(StockMovement.return_id == ret.id)))
        assert reasons == ["return", "write_off"]
    assert stock_of(db, "1077218") == 39  # the defective shirt does not go back on the shelf


def test_the_quantity_coming_back_is_capped_at_what_is_left(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 0)
    screen = open_return(qtbot, window, number)
    spin = screen.quantity_spin(0)
    assert spin.maximum() == 1
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    screen.confirm()
    screen.receipt_dialog.accept()
    screen = open_return(qtbot, window, number)
    assert screen.quantity_spin(0).maximum() == 0
    assert screen.decision_text.text() == "Set how many of each item come back."


def test_a_manager_changes_the_policy_and_the_next_return_records_the_new_version(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 4)
    screen = open_return(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    assert screen.decision_tone == "refused"  # day 4 of a 3-day window

    window.open_policy_settings()  # Amina is a clerk: a manager's PIN first
    approval = window.pending_dialog
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    dialog = window.policy_dialog
    dialog.exchange_days.setValue(10)
    dialog.refund_days.setValue(12)
    dialog.submit()  # saved in the background (on the hub once the till is attached)
    qtbot.waitUntil(lambda: "cannot be shorter" in dialog.message.text())
    dialog.refund_days.setValue(5)
    dialog.percent.setText("10")
    dialog.submit()
    qtbot.waitUntil(lambda: getattr(dialog, "saved_version", None) == 2)

    screen.update_decision()
    assert screen.decision_tone == "reduced"
    assert screen.decision_text.text().startswith("Refund allowed, day 4 of 5.")
    screen.confirm()
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert ret.policy_version_id == 2
        assert ret.deduction == Money.of("25")  # 10% is 15, the minimum 25 applies


def test_each_keystroke_of_the_note_is_one_read_and_writes_nothing(qtbot, db):
    window, number = sold_days_ago(qtbot, db, 1)
    screen = open_return(qtbot, window, number)
    screen.reason.setCurrentIndex(list(Reason).index(Reason.OTHER))
    assert screen.decision_tone == "missing"  # not "Refused": the note is to be written
    assert "Write what the reason is. (Alt+N)" in screen.decision_missing.text()
    with statements(db) as sent:
        qtbot.keyClicks(screen.note, "worn")
    assert sent.count("BEGIN") == 4 and writes(sent) == []  # was two reads a key, one inserting
    assert screen.decision_missing.isHidden()
    assert screen.decision_text.text().startswith("Refused: the product is neither")
