"""Customers on the real window, by keys only: F4, part of a name, ↓ and Enter attach the
customer, the sale paid carries them; Ctrl+H shows their history, Alt+E erases them with a
reason, a Y and a manager's PIN."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from db.models import Sale
from pos.customer import make_customer
from tests.conftest import MANAGER_PIN
from tests.test_returns_service import SHIRT as SHIRT_SKU, on_day, sell
from tests.test_sale_screen import SHIRT, logged_in_screen, scan
from ui.customer_history import CustomerHistoryDialog

SALMA = make_customer("Salma Bénali", "salma@example.ma", "06 12 34 56 78", consent=True)


def focus():
    return QApplication.focusWidget()


def keys(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


@pytest.mark.usefixtures("synchronous_tasks")
def test_find_attach_pay_then_see_the_history_and_erase_by_keys(qtbot, db):
    sell(db, (SHIRT_SKU, 1), customer=SALMA, now=on_day(0))
    sell(db, (SHIRT_SKU, 1), customer=make_customer("Youssef", "", "0661001122", consent=True),
         now=on_day(1))
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    qtbot.keyClick(screen, Qt.Key_F4)
    dialog = screen.pending_dialog
    qtbot.waitUntil(lambda: focus() is dialog.search)
    keys(qtbot, "bena")
    qtbot.waitUntil(lambda: dialog.found.rowCount() == 1)
    press(qtbot, Qt.Key_Down)
    assert focus() is dialog.found
    press(qtbot, Qt.Key_Return)
    assert not dialog.isVisible()
    assert "salma@example.ma" in screen.customer_label.text()
    qtbot.keyClick(screen, Qt.Key_F10)
    qtbot.waitUntil(lambda: screen.payment_dialog.isVisible())
    screen.payment_dialog.activateWindow()
    qtbot.keyClick(screen.payment_dialog, Qt.Key_Return)
    with db.read() as s:
        sale = s.scalars(select(Sale).order_by(Sale.id.desc())).first()
        assert (sale.customer_name, sale.customer_phone, sale.customer_consent) == (
            "Salma Bénali", "+212612345678", True)

    # The next sale: Salma attached by part of her phone, then her history and erasure.
    for shown in QApplication.topLevelWidgets():  # the sale's receipt: Esc closes it
        if shown.isVisible() and shown is not window:
            qtbot.keyClick(shown, Qt.Key_Escape)
    window.activateWindow()  # the receipt, closed, gives it back to the window
    qtbot.waitUntil(lambda: focus() is screen.scan_field)
    scan(qtbot, screen.scan_field, SHIRT)
    qtbot.keyClick(screen, Qt.Key_F4)
    dialog = screen.pending_dialog
    qtbot.waitUntil(lambda: focus() is dialog.search)
    keys(qtbot, "06 12 34")
    qtbot.waitUntil(lambda: dialog.found.rowCount() == 1)
    press(qtbot, Qt.Key_Return)
    assert screen.customer.phone == "+212612345678"
    qtbot.keyClick(screen, Qt.Key_F4)
    dialog = screen.pending_dialog
    qtbot.waitUntil(lambda: focus() is dialog.search)
    press(qtbot, Qt.Key_H, Qt.ControlModifier)  # no search: the phone of the sale's customer
    history = dialog.history
    assert isinstance(history, CustomerHistoryDialog)
    qtbot.waitUntil(lambda: history.purchases.rowCount() == 2)
    assert "Salma" in history.who.text() and history.returns.rowCount() == 0
    qtbot.waitUntil(lambda: focus() is history.purchases)
    press(qtbot, Qt.Key_E, Qt.AltModifier)  # the mnemonic clicks a moment later
    qtbot.waitUntil(lambda: focus() is history.reason, timeout=2000)
    keys(qtbot, "Asked at the counter")
    press(qtbot, Qt.Key_Return)
    question = history.question
    assert isinstance(question, QMessageBox) and "2 sales" in question.text()
    qtbot.keyClick(question, Qt.Key_Y)
    qtbot.waitUntil(lambda: history.approval is not None, timeout=2000)
    approval = history.approval
    qtbot.waitUntil(lambda: focus() is approval.pin)
    keys(qtbot, MANAGER_PIN)
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: "erased" in history.message.text())
    assert history.purchases.rowCount() == 0
    with db.read() as s:
        assert s.scalar(select(Sale).where(Sale.customer_name == "Salma Bénali")) is None
        assert len(s.scalars(select(Sale).where(Sale.customer_phone.is_not(None))).all()) == 1
    assert screen.customer.is_empty  # the sale under way dropped her
    assert dialog.phone.text() == ""


@pytest.mark.usefixtures("synchronous_tasks")
def test_the_reviews_return_row_opens_its_customers_history_by_ctrl_h(qtbot, db):
    from pos.return_policy import Reason
    from pos.shop import load_shop_settings
    from tests.conftest import MANAGER_NAME, demo_staff
    from tests.test_returns_service import PHOTO, form, give_back, line_id
    from ui.returns_review import ReturnsReviewDialog
    from ui.widgets import select_row

    sale = sell(db, (SHIRT_SKU, 1), customer=SALMA, now=on_day(0))
    give_back(db, sale, form({line_id(db, sale): 1}, reason=Reason.DEFECTIVE, photo=PHOTO,
                             photo_name="seam.png"), on_day(1))
    with db.read() as s:
        shop, manager_id = load_shop_settings(s), demo_staff(s, MANAGER_NAME).id
    review = ReturnsReviewDialog(db, shop, manager_id, day=on_day(1).date())
    qtbot.addWidget(review)
    with qtbot.waitActive(review):
        review.show()
        review.activateWindow()
    table = review.day_tab.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    select_row(table, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_H, Qt.ControlModifier)
    qtbot.waitUntil(lambda: getattr(review, "customer_history", None) is not None)
    history = review.customer_history
    qtbot.waitUntil(lambda: history.returns.rowCount() == 1)
    assert history.purchases.rowCount() == 1 and "Salma" in history.who.text()
