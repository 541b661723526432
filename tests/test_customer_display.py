"""The customer display: what it shows as the sale goes (idle, the last line and the total,
paid and change due, thanks, idle again; a voided cart is idle at once), in the receipt's
language; and its window, following the real MainWindow driven by keys in French and in
Arabic (right to left), never taking the keyboard from the till."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos.cart import Cart
from pos.checkout import CardPayment, CashPayment
from pos.hardware.display import (HUGE, IDLE, LINE, PAID, THANKS, CustomerDisplay, Showing,
                                  wait_seconds, window_text)
from pos.hardware.settings import HardwareSettings, save_hardware_settings
from pos.money import Money
from pos.pricing import rules_running
from pos.shop import ShopSettings, load_shop_settings, save_shop_settings
from tests.conftest import cart_of
from tests.test_i18n_sale import log_in_by_keys, open_window, scan
from ui import customer_display

SOCKS, SHIRT, SCARF = "4001005", "1077218", "4001002"  # 45,00; 150,00; 180,00 (-20%)
TODAY = date(2026, 11, 22)


def priced(cart: Cart):
    return cart.priced([], TODAY)


def test_the_display_follows_a_sale_from_welcome_to_thanks(db):
    display = CustomerDisplay()
    assert display.showing == Showing(IDLE)
    cart = cart_of(db, (SOCKS, 1))
    shown = display.follow(priced(cart))
    assert (shown.kind, shown.name, shown.quantity, shown.amount, shown.total) == (
        LINE, "Cotton socks, 3 pairs", 1, Money.of(45), Money.of(45))
    cart.add(cart_of(db, (SHIRT, 1)).items[0])
    shown = display.follow(priced(cart))
    assert (shown.name, shown.total) == ("Linen shirt, white", Money.of(195))
    cart.set_quantity(0, 2)  # the socks again: their line is the one shown
    shown = display.follow(priced(cart))
    assert (shown.name, shown.quantity, shown.amount, shown.total) == (
        "Cotton socks, 3 pairs", 2, Money.of(90), Money.of(240))
    cart.remove(0)  # the line shown removed: the cart's last line
    shown = display.follow(priced(cart))
    assert (shown.name, shown.total) == ("Linen shirt, white", Money.of(150))

    shown = display.follow(CashPayment(Money.of(200)))
    assert (shown.kind, shown.total, shown.tendered, shown.change) == (
        PAID, Money.of(150), Money.of(200), Money.of(50))
    assert display.follow(priced(Cart())).kind == PAID  # the cart emptied by the sale
    assert wait_seconds(display.showing) == 30
    assert display.later().kind == THANKS and wait_seconds(display.showing) == 15
    assert display.later() == Showing(IDLE) and wait_seconds(display.showing) is None
    assert display.later() is None


def test_a_voided_cart_is_idle_at_once(db):
    display = CustomerDisplay()
    display.follow(priced(cart_of(db, (SOCKS, 3))))
    assert display.follow(priced(Cart())) == Showing(IDLE)


def test_a_card_payment_shows_the_total_paid_by_card(db):
    display = CustomerDisplay()
    display.follow(priced(cart_of(db, (SOCKS, 1))))
    shown = display.follow(CardPayment())
    assert (shown.kind, shown.total, shown.tendered, shown.change) == (
        PAID, Money.of(45), None, None)
    texts = window_text(shown, ShopSettings(receipt_language="fr"))
    assert [line.words for line in texts.lines] == ["Total", "Payé par carte bancaire"]


def test_the_line_shown_has_its_promotion_taken_off(db):
    with db.read() as session:
        rules = rules_running(session, TODAY)  # the demo's -20% on the scarf's collection
    shown = CustomerDisplay().follow(cart_of(db, (SCARF, 1)).priced(rules, TODAY))
    assert (shown.unit_price, shown.amount, shown.total) == (
        Money.of(180), Money.of(144), Money.of(144))


CHANGE = Showing(PAID, total=Money.of(45), tendered=Money.of(100), change=Money.of(55))


def test_the_window_speaks_the_receipts_language():
    french = window_text(CHANGE, ShopSettings(receipt_language="fr"))
    assert not french.right_to_left and not french.centred
    assert [(line.words, line.amount) for line in french.lines] == [
        ("Total", "45,00\xa0MAD"), ("Payé", "100,00\xa0MAD"),
        ("Monnaie à rendre", "55,00\xa0MAD")]
    assert french.lines[-1].size == HUGE

    arabic = window_text(CHANGE, ShopSettings(receipt_language="ar"))
    assert arabic.right_to_left
    assert [line.words for line in arabic.lines] == ["المجموع", "المدفوع", "الباقي"]
    # The amount kept left to right inside the Arabic window (an isolate), in ar_MA figures.
    assert arabic.lines[-1].amount == "\u206655,00\xa0د.م.\u200f\u2069"

    both = window_text(CHANGE, ShopSettings(receipt_language="fr+ar"))
    assert not both.right_to_left
    assert [(line.words, line.also) for line in both.lines][-1] == ("Monnaie à rendre",
                                                                    "الباقي")
    idle = window_text(Showing(IDLE), ShopSettings(name="Bazar Fès", receipt_language="fr+ar"))
    assert idle.centred and [(line.words, line.also) for line in idle.lines] == [
        ("Bazar Fès", ""), ("Bienvenue", "مرحبًا بكم")]


# ----- the window on the real MainWindow ------------------------------------------------------
def window_lines(window) -> list[tuple[str, str, str]]:
    """What the customer reads: each visible line's words, amount and second language."""
    return [tuple(label.text() if label.isVisible() else "" for label in row)
            for row in window.rows if any(label.isVisible() for label in row)]


@pytest.fixture
def small_window(monkeypatch):
    """The till has one screen here: the customer's window shown small on it."""
    monkeypatch.setattr(customer_display, "ONE_SCREEN_WINDOW", (800, 480))


def till_with_window(qtbot, db, receipt_language: str):
    with db.write() as session:
        save_shop_settings(session, replace(load_shop_settings(session), language="fr",
                                            name="Bazar Fès",
                                            receipt_language=receipt_language))
        save_hardware_settings(session, HardwareSettings(display="window"))
    window = open_window(qtbot, db)
    log_in_by_keys(qtbot, window)
    return window, window.customer_display.window


def pay_cash_by_keys(qtbot, screen, amount: str) -> None:
    qtbot.keyClick(screen.scan_field, Qt.Key_F9)
    qtbot.keyClicks(screen.payment_dialog.tendered, amount)
    qtbot.keyClick(screen.payment_dialog.tendered, Qt.Key_Return)
    receipt = screen.receipt_dialog
    if receipt is not None and receipt.isVisible():
        qtbot.keyClick(receipt, Qt.Key_Escape)


def test_the_window_follows_a_sale_by_keys_in_french(qtbot, db, small_window):
    main, shown = till_with_window(qtbot, db, "fr")
    screen = main.sale_screen
    assert shown.isVisible() and not shown.isRightToLeft()
    assert window_lines(shown) == [("Bazar Fès", "", ""), ("Bienvenue", "", "")]
    # The till keeps the keyboard: the customer's window takes neither focus nor activation.
    assert shown.windowFlags() & Qt.WindowDoesNotAcceptFocus
    assert shown.testAttribute(Qt.WA_ShowWithoutActivating)
    assert screen.scan_field.hasFocus() and QApplication.focusWidget() is screen.scan_field

    scan(qtbot, screen.scan_field, SOCKS)
    assert window_lines(shown) == [("Cotton socks, 3 pairs", "", ""),
                                   ("1 × 45,00\xa0MAD", "45,00\xa0MAD", ""),
                                   ("Total", "45,00\xa0MAD", "")]
    assert screen.scan_field.hasFocus()

    pay_cash_by_keys(qtbot, screen, "100")
    assert window_lines(shown) == [("Total", "45,00\xa0MAD", ""),
                                   ("Payé", "100,00\xa0MAD", ""),
                                   ("Monnaie à rendre", "55,00\xa0MAD", "")]
    timer = main.customer_display.timer
    assert timer.isActive() and timer.interval() == 30_000
    timer.timeout.emit()  # the time it stays up has passed
    assert window_lines(shown) == [("Merci de votre visite !", "", ""),
                                   ("Bazar Fès", "", "")]

    scan(qtbot, screen.scan_field, SOCKS)
    assert window_lines(shown)[-1] == ("Total", "45,00\xa0MAD", "")
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)  # the cart voided: idle
    assert screen.cart.items == []
    assert window_lines(shown) == [("Bazar Fès", "", ""), ("Bienvenue", "", "")]


def test_the_window_reads_right_to_left_in_arabic(qtbot, db, small_window):
    main, shown = till_with_window(qtbot, db, "ar")
    screen = main.sale_screen
    assert shown.isRightToLeft() and not main.isRightToLeft()  # the clerk's screen in French
    assert window_lines(shown)[1] == ("مرحبًا بكم", "", "")
    scan(qtbot, screen.scan_field, SOCKS)
    words, amount, _ = window_lines(shown)[-1]
    assert words == "المجموع" and amount == "\u206645,00\xa0د.م.\u200f\u2069"
    total_words, total_amount = shown.rows[2][0], shown.rows[2][1]
    # The words at the right edge, the amount at the left, as Arabic reads.
    assert total_words.geometry().left() > total_amount.geometry().right()
    pay_cash_by_keys(qtbot, screen, "100")
    assert window_lines(shown)[-1] == ("الباقي", "\u206655,00\xa0د.م.\u200f\u2069", "")
    assert screen.scan_field.hasFocus()


def test_french_and_arabic_both_on_the_window(qtbot, db, small_window):
    main, shown = till_with_window(qtbot, db, "fr+ar")
    scan(qtbot, main.sale_screen.scan_field, SOCKS)
    assert window_lines(shown)[-1] == ("Total", "45,00\xa0MAD", "المجموع")


def test_on_one_screen_the_window_is_not_shown(qtbot, db):
    main, shown = till_with_window(qtbot, db, "fr")
    assert shown is not None and not shown.isVisible()
    scan(qtbot, main.sale_screen.scan_field, SOCKS)  # the sale goes on as ever
    assert len(main.sale_screen.cart.items) == 1


def test_a_display_chosen_again_takes_effect_at_once(qtbot, db, small_window, tmp_path,
                                                     synchronous_tasks):
    """What Manager → Printer saves is read again (reload): the window gives way to a pole."""
    main, shown = till_with_window(qtbot, db, "fr")
    pole = tmp_path / "pole.bin"
    with db.write() as session:
        save_hardware_settings(session, HardwareSettings(display=f"file://{pole}"))
    main.customer_display.reload()
    assert main.customer_display.window is None and not shown.isVisible()
    assert pole.read_bytes() == b"\x1b@\x0c     Bazar Fes           Bienvenue      "
    scan(qtbot, main.sale_screen.scan_field, SOCKS)
    assert pole.read_bytes().endswith(b"TOTAL      45,00 MAD")
