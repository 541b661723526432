"""Park and recall (F6, Shift+F6): the service, a restart, the day's close voiding them, and
the clerk's keyboard flow on the real window, in French and Arabic."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.engine import Database
from db.models import AuditEntry, ParkedCart, Product, Sale
from pos.customer import Customer
from pos.i18n import speaking
from pos.money import Money
from pos.parked import ParkError, park, parked_carts, recall, void_parked
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME, cart_of, demo_product, demo_staff

SHIRT, TSHIRT, ROSE = "1077218", "2001001", "5001002"  # 150, 79 (-20%), 35
CUSTOMER = Customer(name="Salma", phone="+212612345678", consent=True)
DAY = date(2026, 11, 22)


def park_two(db) -> int:
    cart = cart_of(db, (SHIRT, 1), (TSHIRT, 2))
    cart.items[1].stock_override_by = 7
    with db.write() as s:
        return park(s, demo_staff(s, CLERK_NAME), cart, CUSTOMER, Money.of("276.40"))


def test_a_parked_cart_comes_back_at_todays_prices_with_its_customer_and_approvals(db):
    parked_id = park_two(db)
    with db.read() as s:
        [parked] = parked_carts(s)
    assert (parked.id, parked.clerk_name, parked.item_count, parked.total) == (
        parked_id, CLERK_NAME, 3, Money.of("276.40"))
    assert parked.items_words.endswith("× 2") and parked.customer == CUSTOMER

    with db.write() as s:
        demo_product(s, SHIRT).price = Money.of("160")  # the price changed meanwhile
    with db.write() as s:
        back = recall(s, parked_id, cart_of(db))
    assert [(i.sku, i.quantity, i.unit_price) for i in back.cart.items] == [
        (SHIRT, 1, Money.of("160")), (TSHIRT, 2, Money.of("79"))]
    assert back.cart.items[1].stock_override_by == 7 and back.customer == CUSTOMER
    assert back.gone == ()
    with db.read() as s:
        assert parked_carts(s) == []


def test_a_parked_cart_keeps_its_clerk_discounts(db):
    """The line's and the sale's discounts the clerk gave (and a manager approved) come back
    with the cart: recalled without them, the customer would be asked for more."""
    from decimal import Decimal

    from pos.discounts import ClerkDiscount
    from pos.pricing import rules_running
    cart = cart_of(db, (SHIRT, 1), (TSHIRT, 2))
    with db.read() as s:
        clerk, manager = demo_staff(s, CLERK_NAME), demo_staff(s, MANAGER_NAME)
        rules = rules_running(s, DAY)
    cart.items[0].discount = ClerkDiscount("damaged box", clerk.id, percent=Decimal("15"),
                                           approved_by=manager.id)
    cart.items[1].discount = ClerkDiscount("regular", clerk.id, unit_price=Money.of("60"))
    cart.discount = ClerkDiscount("loyal customer", clerk.id, amount=Money.of("5.50"))
    priced = cart.priced(rules, DAY)
    with db.write() as s:
        parked_id = park(s, clerk, cart, CUSTOMER, priced.total)
    with db.write() as s:
        back = recall(s, parked_id, cart_of(db))
    assert [i.discount for i in back.cart.items] == [i.discount for i in cart.items]
    assert back.cart.discount == cart.discount
    assert back.cart.priced(rules, DAY).total == priced.total


def test_recalling_over_a_sale_under_way_is_refused_and_changes_nothing(db):
    parked_id = park_two(db)
    with pytest.raises(ParkError, match="park it"), db.write() as s:
        recall(s, parked_id, cart_of(db, (ROSE, 1)))
    with pytest.raises(ParkError, match="park it"), db.write() as s:
        recall(s, parked_id, cart_of(db), Customer(name="Karim"))
    with db.read() as s:
        assert [p.id for p in parked_carts(s)] == [parked_id]
    with pytest.raises(ParkError, match="empty"), db.write() as s:
        park(s, None, cart_of(db), Customer(), Money.of("0"))


def test_a_product_gone_inactive_or_missing_is_left_out_and_said(db):
    parked_id = park_two(db)
    with db.write() as s:
        demo_product(s, SHIRT).active = False
        row = s.get(ParkedCart, parked_id)
        lines = json.loads(row.lines)
        lines.append({"product_id": 99999, "sku": "X", "name": "Old mug", "quantity": 1,
                      "stock_override_by": None})
        row.lines = json.dumps(lines)
    with db.write() as s:
        back = recall(s, parked_id, cart_of(db))
    assert [i.sku for i in back.cart.items] == [TSHIRT]
    assert back.gone == ("Linen shirt, white", "Old mug")
    assert "Linen shirt, white, Old mug" in back.words
    with speaking("fr"):
        assert "Linen shirt" in back.words and "Not sold" not in back.words


def test_parked_carts_survive_a_restart(db):
    parked_id = park_two(db)
    url = str(db.engine.url)
    db.dispose()
    again = Database(url)
    try:
        with again.read() as s:
            assert [p.id for p in parked_carts(s)] == [parked_id]
    finally:
        again.dispose()


def test_only_a_manager_voids_parked_carts_and_each_is_audited(db):
    parked_id = park_two(db)
    with pytest.raises(PermissionDenied), db.write() as s:
        void_parked(s, demo_staff(s, CLERK_NAME), [parked_id])
    with db.write() as s:
        assert void_parked(s, demo_staff(s, MANAGER_NAME), [parked_id]) == 1
    with db.read() as s:
        assert parked_carts(s) == []
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "void_parked_cart"))
        assert entry.subject == f"parked:{parked_id}"
        details = json.loads(entry.details)
        assert details["clerk"] == CLERK_NAME and len(details["lines"]) == 2


# ----- the clerk's keys on the real window -------------------------------------------------------
from tests.i18n_check import english_left as english_in  # noqa: E402
from tests.test_i18n_sale import (log_in_by_keys, open_window, scan, settle,  # noqa: E402
                                  shop_data_words, shop_speaks)


def english_left(widget, code: str, db=None, also=()) -> list[tuple[str, str]]:
    """The English words left on the widget in `code`, less the shop's own data's."""
    ours = shop_data_words(db) if db is not None else set()
    return [(text, word) for text, word in english_in(widget, code, list(also))
            if word not in ours]


def _paid(qtbot, screen, key) -> None:
    """F9 (cash: Enter is the exact amount) or F10 (card: Enter), then the receipt closed."""
    qtbot.keyClick(screen, key)
    dialog = screen.payment_dialog
    qtbot.keyClick(dialog.tendered if key == Qt.Key_F9 else dialog, Qt.Key_Return)
    if screen.receipt_dialog is not None and screen.receipt_dialog.isVisible():
        qtbot.keyClick(screen.receipt_dialog, Qt.Key_Escape)
    settle(qtbot)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_park_serve_the_next_customer_then_recall_and_pay_by_keys(qtbot, db, code):
    shop_speaks(db, code)
    window = open_window(qtbot, db)
    log_in_by_keys(qtbot, window)
    screen = window.sale_screen
    scan(qtbot, screen.scan_field, SHIRT)
    scan(qtbot, screen.scan_field, TSHIRT)
    qtbot.keyClick(screen.scan_field, Qt.Key_F6)
    assert screen.cart.items == []
    parked_words = screen.message.text()
    assert english_left(screen.message, code) == [], parked_words

    scan(qtbot, screen.scan_field, ROSE)  # the next customer
    qtbot.keyClick(screen.scan_field, Qt.Key_F6, Qt.ShiftModifier)  # refused: a cart here
    assert screen.pending_dialog is None or not screen.pending_dialog.isVisible()
    refused = screen.message.text()
    assert english_left(screen.message, code) == [], refused
    _paid(qtbot, screen, Qt.Key_F9)

    qtbot.keyClick(screen.scan_field, Qt.Key_F6, Qt.ShiftModifier)
    dialog = screen.pending_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    assert english_left(dialog, code, db) == []
    qtbot.keyClick(dialog.table, Qt.Key_Return)
    assert not dialog.isVisible()
    assert [(i.sku, i.quantity) for i in screen.cart.items] == [(SHIRT, 1), (TSHIRT, 1)]
    assert english_left(screen.message, code) == [], screen.message.text()
    _paid(qtbot, screen, Qt.Key_F10)

    with db.read() as s:
        totals = [sale.total for sale in s.scalars(select(Sale).order_by(Sale.id))]
        assert parked_carts(s) == []
    # Rose water; then the shirt and the T-shirt at -20%: 150 + 63.20
    assert totals == [Money.of("35"), Money.of("213.20")]
    qtbot.keyClick(screen.scan_field, Qt.Key_F6, Qt.ShiftModifier)
    assert screen.pending_dialog is dialog  # nothing parked: no list, said in words
    assert english_left(screen.message, code) == [], screen.message.text()


# ----- the day's close ---------------------------------------------------------------------------
@pytest.mark.usefixtures("synchronous_tasks")
@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_close_lists_the_parked_carts_and_the_manager_voids_them_by_keys(qtbot, db, code):
    from PySide6.QtWidgets import QApplication, QWidget

    from pos.shop import load_shop_settings
    from ui.day_close import DayCloseDialog
    from ui.language import apply_language

    parked_id = park_two(db)
    apply_language(code)
    with db.read() as s:
        shop, manager_id = load_shop_settings(s), demo_staff(s, MANAGER_NAME).id
    window = QWidget()
    qtbot.addWidget(window)
    dialog = DayCloseDialog(db, shop, manager_id, parent=window)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    panel = dialog.parked
    assert panel.isVisible() and CLERK_NAME in panel.list.text()
    assert english_left(panel, code, db) == [], panel.list.text()

    letter = re.search(r"&(\w)", panel.void_button.text()).group(1).upper()  # V, A in French
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt, f"Key_{letter}"), Qt.AltModifier)
    qtbot.waitUntil(lambda: dialog.pending_question is not None)  # an Alt key animates a click
    question = dialog.pending_question
    assert question.isVisible() and english_left(question, code) == [], question.text()
    qtbot.keyClick(question, Qt.Key_Y)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert english_left(dialog.message, code) == [], dialog.message.text()
    with db.read() as s:
        assert parked_carts(s) == []
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "void_parked_cart"))
        assert entry.subject == f"parked:{parked_id}" and entry.staff_id == manager_id
