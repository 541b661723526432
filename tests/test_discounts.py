"""The clerk's discount on a line: the arithmetic in centimes after the promotion, the limit
per role, the manager's approval, the record in the audit log, the receipt, and the keys."""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import AuditEntry, Sale, SaleLine
from pos.checkout import CardPayment, CheckoutError, complete_sale
from pos.counter import Changed, DiscountNeedsApproval, Refused, SaleInProgress
from pos.till_scope import this_till
from pos.discounts import (AUDIT_ACTION, ClerkDiscount, discounts_of_day, load_limits, shares,
                           save_limits, within_limit)
from pos.money import Money
from pos.pricing import PriceRule, price_line
from pos.receipt_paper import paper_text, receipt_paper
from pos.receipts import sale_receipt
from pos.report_export import csv_text, sales_csv, sales_text
from pos.reports import sales_day
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from tests.conftest import (CLERK_NAME, DEMO_NOW, MANAGER_NAME, MANAGER_PIN, cart_of,
                            demo_staff)
from tests.test_sale_screen import logged_in_screen, login, open_window, scan

SHIRT = "1077218"  # Linen shirt, white: 150.00, no promotion
TSHIRT = "2001001"  # Cotton T-shirt, black: 79.00, Promotions -20%
DAY = DEMO_NOW.date()


def test_a_percent_is_taken_after_the_promotion_and_rounded_to_the_centime():
    rule = PriceRule("Soldes", DAY, percent_off=Decimal(20), product_id=1)
    five = ClerkDiscount("Loyal customer", 1, percent=Decimal(5))
    price = price_line(Money.of("79.00"), 1, 1, frozenset(), [rule], DAY, five)
    # 79.00 - 20% = 63.20; 5% of 63.20 = 3.16
    assert (price.discount, price.clerk_discount, price.total) == (
        Money.of("15.80"), Money.of("3.16"), Money.of("60.04"))
    # 5% of 19.99 is 0.9995: half up to the centime, 1.00
    assert price_line(Money.of("19.99"), 1, 2, frozenset(), [], DAY, five).clerk_discount \
        == Money.of("1.00")
    # An amount is off the line, never more than what is left.
    amount = ClerkDiscount("Damaged item", 1, amount=Money.of("500"))
    assert price_line(Money.of("79.00"), 2, 1, frozenset(), [rule], DAY, amount).total \
        == Money.zero()


def test_the_limit_per_role_in_centimes():
    limits = {"clerk": Decimal(10), "manager": None}
    assert within_limit(limits, "clerk", Money.of("150"), Money.of("15.00"))
    assert not within_limit(limits, "clerk", Money.of("150"), Money.of("15.01"))
    assert within_limit(limits, "manager", Money.of("150"), Money.of("150"))


def test_only_a_manager_changes_the_limits(db):
    with db.write() as s:
        with pytest.raises(PermissionDenied, match="Only a manager can change the discount"):
            save_limits(s, demo_staff(s, CLERK_NAME), {"clerk": Decimal(50)})
    with db.write() as s:
        save_limits(s, demo_staff(s, MANAGER_NAME), {"clerk": Decimal(15), "manager": None})
    with db.read() as s:
        assert load_limits(s)["clerk"] == Decimal(15)


def _sale_in_progress(db, staff_name=CLERK_NAME) -> SaleInProgress:
    with db.read() as s:
        shop, staff_id = load_shop_settings(s), demo_staff(s, staff_name).id
    sale = SaleInProgress(db, shop)
    sale.start_shift(staff_id)
    return sale


def test_beyond_the_limit_a_manager_approves_and_it_is_recorded(db):
    sale = _sale_in_progress(db)
    sale.cart = cart_of(db, (SHIRT, 1), (TSHIRT, 1))
    assert isinstance(sale.give_discount(0, "5", True, ""), Refused)  # a reason is required
    assert isinstance(sale.give_discount(0, "5", True, "Loyal customer"), Changed)
    request = sale.give_discount(1, "20", True, "Damaged item")
    assert isinstance(request, DiscountNeedsApproval)
    assert sale.cart.items[1].discount is None  # nothing given yet
    with db.read() as s:
        manager_id = demo_staff(s, MANAGER_NAME).id
    sale.approve_discount(request, manager_id)
    done = sale.complete(CardPayment())
    with db.read() as s:
        lines = s.scalars(select(SaleLine).order_by(SaleLine.line_no)).all()
        # 150.00 - 5% = 142.50; 79.00 - 20% promotion = 63.20, - 20% = 50.56
        assert [(l.discount, l.total) for l in lines] == [
            (Money.of("7.50"), Money.of("142.50")), (Money.of("28.44"), Money.of("50.56"))]
        assert s.scalar(select(Sale.total)) == Money.of("193.06")
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == AUDIT_ACTION)
                            .order_by(AuditEntry.id)).all()
        assert [json.loads(e.details)["approved_by"] for e in entries] == [None, manager_id]
        assert {e.subject for e in entries} == {done.order_number}
        given = discounts_of_day(s, s.scalar(select(Sale.business_date)), this_till(s))
        assert [(g.amount, g.reason, g.clerk, g.approved_by) for g in given] == [
            (Money.of("7.50"), "Loyal customer", CLERK_NAME, None),
            (Money.of("12.64"), "Damaged item", CLERK_NAME, MANAGER_NAME)]


def test_checkout_refuses_a_discount_beyond_the_limit_without_approval(db):
    with db.read() as s:
        clerk, shop = demo_staff(s, CLERK_NAME), load_shop_settings(s)
    cart = cart_of(db, (SHIRT, 1))
    cart.items[0].discount = ClerkDiscount("Damaged item", clerk.id, percent=Decimal(20))
    with db.write() as s, pytest.raises(CheckoutError, match="beyond your limit"):
        complete_sale(s, cart, CardPayment(), clerk, shop)
    # A clerk's id as the "approver" is no approval.
    cart.items[0].discount = replace(cart.items[0].discount, approved_by=clerk.id)
    with db.write() as s, pytest.raises(CheckoutError, match="Only a manager"):
        complete_sale(s, cart, CardPayment(), clerk, shop)
    with db.read() as s:
        assert s.scalar(select(Sale.id)) is None


@pytest.mark.parametrize("code, words", [("fr", "Remise : Client fidèle"),
                                         ("ar", "تخفيض: Client fidèle")])
def test_the_receipt_shows_the_discount_under_its_line(db, code, words):
    sale = _sale_in_progress(db)
    sale.cart = cart_of(db, (TSHIRT, 1))
    sale.give_discount(0, "5", True, "Client fidèle")
    done = sale.complete(CardPayment())
    with db.read() as s:
        shop = load_shop_settings(s)
        receipt = sale_receipt(s, done.sale_id, shop)
    text = paper_text(receipt_paper(receipt, replace(shop, receipt_language=code)))
    assert words in text
    lines = text.splitlines()
    promotion = next(i for i, l in enumerate(lines) if "Promotions -20%" in l)
    assert words in lines[promotion + 1] and "3,16" in lines[promotion + 1]


def test_a_clerk_gives_discounts_by_keys_and_a_manager_approves_the_big_one(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, "6110010772188")  # the linen shirt, 150.00
    qtbot.keyClick(screen.scan_field, Qt.Key_F5)
    dialog = screen.pending_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.value
    qtbot.keyClicks(dialog.value, "5")
    qtbot.keyClick(dialog.value, Qt.Key_Return)
    assert "reason" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClick(dialog.value, Qt.Key_Tab)
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Loyal customer")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    assert not dialog.isVisible()
    assert screen.sale.priced().total == Money.of("142.50")

    qtbot.keyClick(screen.scan_field, Qt.Key_F5)
    dialog = screen.pending_dialog
    assert dialog.focusWidget() is dialog.value
    qtbot.keyClicks(dialog.value, "20")
    qtbot.keyClick(dialog.value, Qt.Key_Tab)
    qtbot.keyClicks(dialog.reason, "Damaged item")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    approval = screen.pending_dialog
    assert approval.isVisible() and "beyond your limit" in screen.message.text()
    assert screen.sale.priced().total == Money.of("142.50")  # not yet
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    assert screen.sale.priced().total == Money.of("120.00")
    assert "Damaged item" in screen.model.index(0, 3).data()
    qtbot.keyClick(screen, Qt.Key_F10)
    screen.payment_dialog.submit()
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == AUDIT_ACTION))
        assert json.loads(entry.details)["amount"] == 3000
        assert json.loads(entry.details)["approved_by"] == demo_staff(s, MANAGER_NAME).id


def test_the_z_report_shows_each_clerk_discount(db):
    sale = _sale_in_progress(db)
    sale.cart = cart_of(db, (SHIRT, 1))
    request = sale.give_discount(0, "30", False, "Damaged item")  # 30.00 of 150.00: 20%
    with db.read() as s:
        sale.approve_discount(request, demo_staff(s, MANAGER_NAME).id)
    done = sale.complete(CardPayment())
    with db.read() as s:
        shop = load_shop_settings(s)
        day = sales_day(s, shop, s.scalar(select(Sale.business_date)))
    text = sales_text(day, "fr_MA")
    assert "of which clerks' discounts" in text and "30,00\xa0MAD" in text
    assert f"{CLERK_NAME} · {done.order_number}" in text
    assert f"30,00\xa0MAD: Damaged item (approved by {MANAGER_NAME})" in text
    assert f"{CLERK_NAME} · {done.order_number}: Damaged item (approved by {MANAGER_NAME})" \
        in csv_text(sales_csv, day)


def test_a_cart_discount_is_shared_over_the_lines_in_centimes():
    assert shares(Money.of("10.00"), [Money.of("33.33")] * 3) == [
        Money.of("3.34"), Money.of("3.33"), Money.of("3.33")]
    assert shares(Money(1), [Money.of("1"), Money.of("2")]) == [Money(0), Money(1)]


def test_a_cart_discount_after_the_lines_counts_them_against_the_limit(db):
    sale = _sale_in_progress(db)
    sale.cart = cart_of(db, (SHIRT, 1), (TSHIRT, 1))  # 150.00 + 63.20 after the promotion
    sale.give_discount(0, "5", True, "Loyal customer")  # 7.50: 142.50 + 63.20 = 205.70
    # 10% of 213.20 is 21.32; 7.50 already given: 5% of 205.70 (10.29) would pass it
    request = sale.give_cart_discount("7", True, "Price match")
    assert isinstance(request, DiscountNeedsApproval) and request.row is None
    assert isinstance(sale.give_cart_discount("10", False, ""), Refused)
    assert isinstance(sale.give_cart_discount("10", False, "Price match"), Changed)
    priced = sale.priced()
    assert priced.cart_discount == Money.of("10.00")
    assert [l.price.cart_share for l in priced.lines] == [Money.of("6.93"), Money.of("3.07")]
    assert priced.total == Money.of("195.70")
    done = sale.complete(CardPayment())
    with db.read() as s:
        lines = s.scalars(select(SaleLine).order_by(SaleLine.line_no)).all()
        assert [l.total for l in lines] == [Money.of("135.57"), Money.of("60.13")]
        assert s.scalar(select(Sale.total)) == Money.of("195.70")
        shop = load_shop_settings(s)
        receipt = sale_receipt(s, done.sale_id, shop)
    text = paper_text(receipt_paper(receipt, replace(shop, receipt_language="fr")))
    rows = text.splitlines()
    cart_row = next(i for i, r in enumerate(rows) if "Remise sur la vente : Price match" in r)
    # after the lines, before the total (the long label wraps: its amount on the next row)
    assert "-10,00" in rows[cart_row + 1] and rows[cart_row + 5].startswith("TOTAL")
    assert any("Promotions -20%" in r and "15,80" in r for r in rows)  # not its share


def test_a_clerk_gives_a_discount_on_the_whole_sale_by_keys(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, "6110010772188")  # the linen shirt, 150.00
    qtbot.keyClick(screen.scan_field, Qt.Key_F5, Qt.ShiftModifier)
    dialog = screen.pending_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.value)
    qtbot.keyClick(dialog.value, Qt.Key_A, Qt.AltModifier)  # an amount
    qtbot.waitUntil(dialog.amount.isChecked)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.value)  # back to the figure
    qtbot.keyClicks(dialog.value, "15")
    qtbot.keyClick(dialog.value, Qt.Key_Tab)
    qtbot.keyClicks(dialog.reason, "Price match")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    assert not dialog.isVisible() and screen.sale.priced().total == Money.of("135.00")


def test_the_manager_sets_the_clerks_limit_by_keys(qtbot, db, synchronous_tasks):
    window = open_window(qtbot, db)
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    window.discount_limits_action.trigger()  # Manager > Discount limits…
    dialog = window.discount_limits_dialog
    field = dialog.fields["clerk"]
    assert field.text() == "10" and dialog.fields["manager"].text() == ""
    field.selectAll()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key_Return)
    assert "between 0 and 100" in dialog.message.text() and dialog.isVisible()
    field.selectAll()
    qtbot.keyClicks(field, "15")
    qtbot.keyClick(field, Qt.Key_Return)
    assert not dialog.isVisible()
    with db.read() as s:
        assert load_limits(s) == {"clerk": Decimal(15), "manager": None}


def test_a_price_override_follows_the_same_limit(db):
    sale = _sale_in_progress(db)
    sale.cart = cart_of(db, (SHIRT, 1), (TSHIRT, 2))
    # 150.00 to 120.00: 30.00 off, 20%: beyond the clerk's 10%
    request = sale.give_discount(0, "120", False, "Price match", new_price=True)
    assert isinstance(request, DiscountNeedsApproval) and request.off == Money.of("30.00")
    assert isinstance(sale.give_discount(0, "151", False, "Price match", new_price=True),
                      Refused)
    # 2 × 79.00 - 20% promotion = 126.40; a new price of 60.00 a unit: 6.40 off (5%)
    assert isinstance(sale.give_discount(1, "60", False, "Price match", new_price=True), Changed)
    assert sale.priced().lines[1].price.total == Money.of("120.00")
    done = sale.complete(CardPayment())
    with db.read() as s:
        shop = load_shop_settings(s)
        receipt = sale_receipt(s, done.sale_id, shop)
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == AUDIT_ACTION))
        assert json.loads(entry.details)["unit_price"] == 6000
    text = paper_text(receipt_paper(receipt, replace(shop, receipt_language="fr")))
    assert "Prix modifié : Price match" in text and "-6,40" in text


def test_a_tills_z_report_lists_only_the_discounts_of_its_own_sales(db):
    """Like every other figure of the day, the discounts are those of the sales the scope
    counts: a sale made at another till (copied here to be returned) is not this till's."""
    from pos.till_scope import TillScope
    sale = _sale_in_progress(db)
    sale.cart = cart_of(db, (SHIRT, 1))
    sale.give_discount(0, "5", True, "Loyal customer")
    done = sale.complete(CardPayment())
    with db.read() as s:
        shop, day = load_shop_settings(s), s.scalar(select(Sale.business_date))
        assert [d.order_number for d in sales_day(s, shop, day).clerk_discounts] == [
            done.order_number]
    with db.write() as s:
        s.scalar(select(Sale).where(Sale.order_number == done.order_number)).till = "T9"
    with db.read() as s:
        assert sales_day(s, shop, day, TillScope(till="T1")).clerk_discounts == ()
