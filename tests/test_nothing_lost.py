"""Nothing lost by accident at the counter: Ctrl+N asks before voiding a sale under way, a
clerk who logs out (Ctrl+L) finds their sale again, messages that no longer apply go, and
cash is taken by keys (Enter alone is exact, F1-F4 the usual notes, a slip of 15,000 for 150
is confirmed first). The real window, driven with keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from db.models import Payment
from pos.customer import make_customer
from pos.money import Money
from pos.tendered import far_above, usual_cash_amounts
from tests.conftest import MANAGER_NAME, MANAGER_PIN
from tests.test_sale_screen import SHIRT, TSHIRT, logged_in_screen, login, scan


def ctrl(qtbot, window, key) -> None:
    """A menu shortcut, as the clerk presses it in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.ControlModifier)


def question(qtbot, screen) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(screen.pending_dialog, QMessageBox)
                    and screen.pending_dialog.isVisible())
    return screen.pending_dialog


def skus(screen) -> list[tuple[str, int]]:
    return [(item.sku, item.quantity) for item in screen.cart.items]


@pytest.fixture
def ringing(qtbot, db):
    """A clerk with two lines in the cart."""
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    scan(qtbot, screen.scan_field, TSHIRT)
    return window, screen


@pytest.mark.parametrize("answer", [Qt.Key_N, Qt.Key_Escape, Qt.Key_Return])
def test_ctrl_n_asks_and_n_esc_or_enter_keep_the_sale(qtbot, ringing, answer):
    window, screen = ringing
    key = screen.cart.checkout_key
    ctrl(qtbot, window, Qt.Key_N)
    box = question(qtbot, screen)
    assert "2 items" in box.text() and "MAD" in box.text()
    qtbot.keyClick(box, answer)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert skus(screen) == [("1077218", 1), ("2001001", 1)]
    assert screen.cart.checkout_key == key


def test_ctrl_n_then_y_voids_the_sale_and_starts_the_next(qtbot, ringing):
    window, screen = ringing
    ctrl(qtbot, window, Qt.Key_N)
    box = question(qtbot, screen)
    qtbot.keyClick(box, Qt.Key_Y)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert screen.cart.items == [] and screen.customer.is_empty
    assert screen.total_value.text() == "0,00\xa0MAD"


def test_ctrl_n_on_an_empty_sale_asks_nothing_and_clears_the_last_message(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, "no-such-thing")
    assert screen.message.text().startswith("No product")
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    ctrl(qtbot, window, Qt.Key_N)
    assert screen.pending_dialog is None
    assert screen.message.text().strip() == ""


def test_a_customer_alone_is_a_sale_under_way(qtbot, ringing):
    window, screen = ringing
    screen.sale.cart.clear()
    screen._set_customer(make_customer("Salma", "salma@example.ma", "", True))
    ctrl(qtbot, window, Qt.Key_N)
    assert "customer" in question(qtbot, screen).text()


def test_a_clerk_who_logs_out_finds_their_sale_when_they_log_back_in(qtbot, ringing):
    window, screen = ringing
    screen._set_customer(make_customer("Salma", "salma@example.ma", "", True))
    key = screen.cart.checkout_key
    ctrl(qtbot, window, Qt.Key_L)
    assert window.stack.currentWidget() is window.login_screen
    assert "kept until" in window.login_screen.message.text()

    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)  # another person: their own, empty sale
    assert screen.cart.items == [] and screen.customer.is_empty
    scan(qtbot, screen.scan_field, SHIRT)
    ctrl(qtbot, window, Qt.Key_L)

    login(qtbot, window)
    assert skus(screen) == [("1077218", 1), ("2001001", 1)]
    assert screen.customer.email == "salma@example.ma" and screen.cart.checkout_key == key
    assert screen.message.text().startswith("Your sale is back: 2 items")
    ctrl(qtbot, window, Qt.Key_L)
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    assert skus(screen) == [("1077218", 1)]  # the manager's kept sale, theirs alone


def test_logging_out_with_nothing_under_way_says_nothing(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    ctrl(qtbot, window, Qt.Key_L)
    assert window.login_screen.message.text().strip() == ""


def test_esc_clears_messages_that_no_longer_apply(qtbot, ringing):
    _window, screen = ringing
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    assert screen.message.text().startswith("Press Esc again")
    scan(qtbot, screen.scan_field, SHIRT)  # the sale changed: Esc no longer voids
    assert not screen.message.text().startswith("Press Esc again")
    screen.table.selectRow(0)
    qtbot.keyClick(screen.scan_field, Qt.Key_Plus)
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    qtbot.keyClick(screen.scan_field, Qt.Key_Plus)
    assert screen.message.text().strip() == ""
    assert len(screen.cart.items) == 2


def test_esc_out_of_the_product_picker_replaces_its_pick_one(qtbot, ringing):
    _window, screen = ringing
    scan(qtbot, screen.scan_field, "shirt")
    picker = screen.pending_dialog
    assert "pick one" in screen.message.text()
    qtbot.keyClick(picker.list, Qt.Key_Escape)
    assert screen.message.text() == "Nothing added: no product picked."


# ----- cash by keys ------------------------------------------------------------------------------
def paid_cash(db) -> tuple[Money, Money] | None:
    """The last sale's cash (tendered, change), None when no sale was saved."""
    with db.read() as s:
        payment = s.scalar(select(Payment).order_by(Payment.id.desc()))
        return None if payment is None else (payment.tendered, payment.change)


@pytest.fixture
def paying(qtbot, db):
    """A Linen shirt (150,00 MAD) in the cart, F9 pressed."""
    _window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    qtbot.keyClick(screen, Qt.Key_F9)
    return screen, screen.payment_dialog


def test_enter_on_an_empty_amount_is_the_exact_cash(qtbot, db, paying):
    _screen, dialog = paying
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    assert paid_cash(db) == (Money.of(150), Money.of(0))


def test_a_usual_amount_is_one_key_and_enter_completes(qtbot, db, paying):
    _screen, dialog = paying
    assert [b.text() for b in dialog.findChildren(QPushButton) if "(F" in b.text()] == [
        "160,00\xa0MAD  (F1)", "200,00\xa0MAD  (F2)"]
    qtbot.keyClick(dialog.tendered, Qt.Key_F2)
    assert dialog.change.text() == "50,00\xa0MAD"
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    assert paid_cash(db) == (Money.of(200), Money.of(50))


def test_an_amount_far_above_the_total_is_confirmed_before_the_change(qtbot, db, paying):
    _screen, dialog = paying
    qtbot.keyClicks(dialog.tendered, "15000")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    box = dialog.question
    assert box.isVisible() and "14\u202f850,00\xa0MAD" in box.text().replace(" ", "\u202f")
    qtbot.keyClick(box, Qt.Key_Return)  # Enter: back to the amount, nothing saved
    assert not box.isVisible() and dialog.isVisible() and paid_cash(db) is None
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    qtbot.keyClick(dialog.question, Qt.Key_Y)  # the button is clicked, as seen, after 100 ms
    qtbot.waitUntil(lambda: paid_cash(db) is not None)
    assert paid_cash(db) == (Money.of(15000), Money.of(14850))


def test_a_slip_is_corrected_after_the_question(qtbot, db, paying):
    _screen, dialog = paying
    qtbot.keyClicks(dialog.tendered, "20000")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    qtbot.keyClick(dialog.question, Qt.Key_N)
    qtbot.waitUntil(lambda: not dialog.question.isVisible())
    assert dialog.focusWidget() is dialog.tendered and dialog.tendered.selectedText() == "20000"
    qtbot.keyClicks(dialog.tendered, "200")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    assert paid_cash(db) == (Money.of(200), Money.of(50))


@pytest.mark.parametrize("total, usual", [
    ("150", ["160", "200"]),
    ("276.40", ["280", "300", "400"]),
    ("3", ["10", "50", "100", "200"]),
    ("1000", ["1010", "1050", "1100", "1200"]),
])
def test_usual_cash_amounts(total, usual):
    assert usual_cash_amounts(Money.of(total)) == [Money.of(u) for u in usual]


@pytest.mark.parametrize("total, tendered, ask", [
    ("150", "15000", True), ("150", "1500", False), ("150", "1500.01", True),
    ("2000", "3001", False), ("2000", "20001", True), ("0", "1000.01", True),
])
def test_far_above_is_more_than_1000_over_and_ten_times(total, tendered, ask):
    assert far_above(Money.of(total), Money.of(tendered)) is ask
