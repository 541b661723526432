"""The return desk of an attached till, on the real window with keys alone: another till's
sale brought from the hub, and, with the hub down, a sale never seen returned with a
manager's approval and flagged."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.hub.remote import PLACEHOLDER_KEY
from db.hub.sync import sync_once
from db.models import HubLink, Return, Sale
from pos.money import Money
from pos.reports import returns_day
from pos.return_policy import Reason, Remedy
from pos.return_unverified import UnverifiedClaim, printed_day
from pos.returns import Override, ReturnError, ReturnForm
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN, demo_staff
from tests.test_hub_returns import DEAD_HUB, give_back, sold, two_tills  # noqa: F401
from tests.test_hub_sync import hub, some_sku  # noqa: F401 (fixtures)
from tests.test_return_keys import alt, focused, press, type_in, wait_for
from tests.test_sale_screen import logged_in_screen

UNSEEN = "S-T1-20261201-0042"


def return_screen_of(qtbot, window):
    """F8 at the sale screen: the return screen, the focus in its order number."""
    qtbot.waitUntil(lambda: focused() is window.sale_screen.scan_field)
    press(qtbot, Qt.Key_F8)
    screen = window.return_screen
    assert window.stack.currentWidget() is screen and focused() is screen.order_field
    return screen


def look_up(qtbot, screen, number: str) -> None:
    """The number typed (a scanner's keys), then Enter: the answer comes from the hub, off
    the GUI thread."""
    type_in(qtbot, number)
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: screen.lookup is not None, timeout=10_000)


def test_a_sale_of_another_till_opens_from_the_hub_with_its_returns(qtbot, two_tills,
                                                                     monkeypatch):
    t1, url1, t2, url2 = two_tills
    sale = sold(t1, some_sku(t1), 2)
    give_back(t1, sale.order_number)
    sync_once(t1, url1)
    monkeypatch.setenv("POS_HUB_URL", url2)
    window, _ = logged_in_screen(qtbot, t2)
    screen = return_screen_of(qtbot, window)
    look_up(qtbot, screen, sale.order_number.lower())
    assert screen.sale is not None and screen.sale.order_number == sale.order_number
    assert screen.sale.lines[0].already_returned == 1  # returned at T1
    assert screen.quantity_spin(0).maximum() == 1
    assert focused() is screen.lines
    assert screen.message.text() == f"Sale {sale.order_number} found."


def test_a_known_sale_opens_with_the_hub_down_and_says_what_was_not_checked(qtbot, db,
                                                                            monkeypatch):
    attached_offline(db, monkeypatch)
    window, sale_screen = logged_in_screen(qtbot, db)
    sale = sold(db, some_sku(db), 1)
    screen = return_screen_of(qtbot, window)
    look_up(qtbot, screen, sale.order_number)
    assert screen.sale is not None and screen.sale.order_number == sale.order_number
    assert "Other tills' returns of this sale could not be checked" in screen.message.text()
    assert focused() is screen.lines


def attached_offline(db, monkeypatch) -> None:
    """A till attached to its shop's hub earlier, whose hub does not answer now."""
    with db.write() as session:
        session.add(HubLink(id=1, shop="CASA", till="T2", pulled_seq=0))
    monkeypatch.setenv("POS_HUB_URL", DEAD_HUB)


def test_a_sale_never_seen_is_returned_offline_with_keys_alone(qtbot, db, monkeypatch):
    attached_offline(db, monkeypatch)
    sku = some_sku(db)
    window, _ = logged_in_screen(qtbot, db)
    screen = return_screen_of(qtbot, window)
    look_up(qtbot, screen, UNSEEN)
    assert screen.sale is None and "(F6)" in screen.message.text()

    press(qtbot, Qt.Key_F6)
    dialog = screen.unverified_dialog
    wait_for(qtbot, dialog)
    assert focused() is dialog.scan
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)  # nothing scanned: asked for
    assert dialog.message.text() == "Scan the items the customer brings back."
    type_in(qtbot, sku)
    press(qtbot, Qt.Key_Return)
    type_in(qtbot, sku)
    press(qtbot, Qt.Key_Return)  # scanned again: one more
    assert [(i.quantity, i.price_typed) for i in dialog.claim.items] == [(2, False)]
    alt(qtbot, Qt.Key_P, lambda: focused() is dialog.price)
    type_in(qtbot, "45,50")
    press(qtbot, Qt.Key_Return)  # the manager types the price paid
    assert dialog.claim.items[0].unit_price == Money.of("45.50")
    assert dialog.total.text() == "Customer receives 91,00\xa0MAD in cash"
    alt(qtbot, Qt.Key_O, dialog.condition.isChecked)
    alt(qtbot, Qt.Key_K, dialog.packaging.isChecked)

    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    override = dialog.override_dialog
    wait_for(qtbot, override)
    assert focused() is override.pin and override.manager.currentText() == MANAGER_NAME
    type_in(qtbot, MANAGER_PIN)
    press(qtbot, Qt.Key_Tab)
    type_in(qtbot, "Receipt seen, T1 offline")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.receipt_dialog.isVisible()
    with db.read() as session:
        ret = session.scalar(select(Return))
        assert ret.sale.order_number == UNSEEN
        assert ret.sale.checkout_key.startswith(PLACEHOLDER_KEY) and not ret.sale.payments
        assert (ret.refund, ret.refund_method) == (Money.of("91.00"), "cash")
        assert ret.override_reason == "Receipt seen, T1 offline"
        assert ret.override_by.name == MANAGER_NAME
        review = returns_day(session, load_shop_settings(session), ret.business_date)
    assert [f.kind for f in review.flags if f.kind == "sale_not_verified"] == [
        "sale_not_verified"]
    assert screen.message.text() == f"{ret.return_number} recorded."


def test_an_unverified_return_takes_a_sale_number_a_product_a_price_and_the_right_pin(db):
    with db.read() as session:
        shop = load_shop_settings(session)
        clerk_id, manager_id = (demo_staff(session, name).id for name in (CLERK_NAME,
                                                                          MANAGER_NAME))
        sales_before = session.scalar(select(func.count()).select_from(Sale))
    for not_a_sale in ("R-T1-20261201-0001", "S-T1-20261301-0001", "S-T1-0001", "hello"):
        with pytest.raises(ReturnError, match="not an order number"):
            UnverifiedClaim(db, shop, not_a_sale)
    assert printed_day("s-20261122-0007") == date(2026, 11, 22)
    claim = UnverifiedClaim(db, shop, " s-t1-20261201-0042 ")
    assert claim.number == UNSEEN
    assert claim.add("no such thing anywhere") == "No single product matches 'no such thing anywhere'."
    assert claim.add(some_sku(db)) is None
    assert claim.set_price(0, "twelve") is not None and not claim.items[0].price_typed
    assert claim.set_price(0, "-5") is not None
    form = ReturnForm({}, Reason.CHANGE_OF_MIND, Remedy.REFUND, True, True)
    with pytest.raises(PermissionDenied):
        claim.confirm(form, clerk_id, Override(manager_id, "0000", "receipt seen"))
    with db.read() as session:  # a wrong PIN leaves no placeholder behind
        assert session.scalar(select(func.count()).select_from(Sale)) == sales_before
