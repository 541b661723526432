"""Receipts and the drawer at the counter, on the real window driven by keys: a saved sale or
return prints by itself on the till's ESC/POS printer (the fake network printer of
tests/fake_printer.py), the drawer's pulse first when cash changes hands; a printer in
trouble never loses the sale, says so in words, and Ctrl+P prints again once it is back."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Return, Sale
from db.types import utc_now
from pos.hardware.drawer import CASH_EXCHANGE, CASH_REFUND, CASH_SALE, drawer_openings
from pos.hardware.settings import HardwareSettings, save_hardware_settings
from pos.shop import load_shop_settings
from tests.fake_printer import (CUT, DRAWER_PULSE, PAPER_LOW, PAPER_OUT, RASTER, FakePrinter,
                                fake_printer, raster_widths)  # noqa: F401
from tests.test_return_keys import JEANS_SKU, alt, press, scan_receipt, type_in, wait_for
from tests.test_return_screen import TSHIRT_SKU, sold_days_ago
from tests.test_sale_screen import SHIRT, TSHIRT, logged_in_screen, scan

WAIT_MS = 10_000


@pytest.fixture
def printer_back():
    """Where the printer answers again, once it is back."""
    printer = FakePrinter()
    yield printer
    printer.stop()


def use_printer(db, url: str, **settings) -> None:
    with db.write() as session:
        save_hardware_settings(session, HardwareSettings(url, **settings))


def openings(db) -> list[tuple[str, str]]:
    with db.read() as session:
        shop = load_shop_settings(session)
        return [(o.why, o.subject) for o in
                drawer_openings(session, shop.local_date(utc_now()), shop)]


def pay(qtbot, screen, key, tendered: str | None = None):
    """F9 (cash, with what the customer hands over) or F10 (card), then Enter: the sale's
    receipt dialog, open once the sale is saved (its printer may still be at work)."""
    qtbot.keyClick(screen.scan_field, key)
    dialog = screen.payment_dialog
    if tendered is not None:
        qtbot.keyClicks(dialog.tendered, tendered)
    with qtbot.waitSignal(screen.sale_completed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.tendered if tendered else dialog, Qt.Key_Return)
    return screen.receipt_dialog


def active(qtbot, window) -> None:
    """Shortcuts (Ctrl+P) answer in the active window, as the counter's window is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def printed(qtbot, dialog) -> str:
    """The words the dialog says once the till's printer has answered."""
    qtbot.waitUntil(lambda: not dialog.printing, timeout=WAIT_MS)
    return dialog.message.text()


def test_a_cash_sale_opens_the_drawer_then_prints_its_receipt(qtbot, db, fake_printer):
    use_printer(db, fake_printer.url)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F9, "200")
    assert printed(qtbot, dialog) == "Printed."
    job = fake_printer.wait_for_job()
    assert len(fake_printer.jobs) == 1
    assert job.startswith(DRAWER_PULSE)  # the clerk makes change while the paper comes out
    assert set(raster_widths(job)) == {576}
    assert job.index(RASTER) < job.index(CUT) and job.count(CUT) == 1
    number = dialog.sale.order_number
    assert openings(db) == [(CASH_SALE, number)]
    assert screen.message.text() == f"Sale {number} saved. Printed."


def test_a_card_sale_prints_without_opening_the_drawer(qtbot, db, fake_printer):
    use_printer(db, fake_printer.url)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F10)
    assert printed(qtbot, dialog) == "Printed."
    job = fake_printer.wait_for_job()
    assert DRAWER_PULSE not in job and set(raster_widths(job)) == {576} and CUT in job
    assert openings(db) == []


def test_paper_near_its_end_prints_and_says_so(qtbot, db, fake_printer):
    fake_printer.paper = PAPER_LOW
    use_printer(db, fake_printer.url)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F10)
    assert printed(qtbot, dialog) == "Printed. The paper is running low."
    assert screen.message.text().endswith("saved. Printed. The paper is running low.")
    assert RASTER in fake_printer.wait_for_job()


def test_a_58_mm_roll_gets_a_384_dot_receipt(qtbot, db, fake_printer):
    use_printer(db, fake_printer.url, paper_mm=58)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    printed(qtbot, pay(qtbot, screen, Qt.Key_F10))
    assert set(raster_widths(fake_printer.wait_for_job())) == {384}


def test_without_printing_by_itself_a_cash_sale_still_opens_the_drawer(qtbot, db,
                                                                      fake_printer):
    use_printer(db, fake_printer.url, print_automatically=False)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F9, "150")
    assert printed(qtbot, dialog) == "The drawer is open."
    job = fake_printer.wait_for_job()
    assert DRAWER_PULSE in job and RASTER not in job and CUT not in job
    assert openings(db) == [(CASH_SALE, dialog.sale.order_number)]

    scan(qtbot, screen.scan_field, SHIRT)  # a card sale sends nothing at all
    pay(qtbot, screen, Qt.Key_F10)
    active(qtbot, screen.receipt_dialog)
    qtbot.keyClick(screen.receipt_dialog, Qt.Key_P, Qt.ControlModifier)  # Print, by hand
    assert printed(qtbot, screen.receipt_dialog) == "Printed."
    second = fake_printer.wait_for_job(2)
    assert DRAWER_PULSE not in second and set(raster_widths(second)) == {576}
    assert len(openings(db)) == 1


@pytest.mark.parametrize("trouble, said", [
    ("refuse", "cannot be reached"),
    ("drop", "stopped in the middle of the receipt"),
    ("paper", "out of paper"),
])
def test_a_printer_in_trouble_loses_no_sale_and_ctrl_p_prints_once_it_is_back(
        qtbot, db, fake_printer, printer_back, trouble, said):
    use_printer(db, fake_printer.url)
    if trouble == "drop":
        fake_printer.drop_after(300)  # the pulse and the start of the picture got through
    elif trouble == "paper":
        fake_printer.paper = PAPER_OUT
    else:
        fake_printer.refuse()
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F9, "150")
    words = printed(qtbot, dialog)
    assert said in words and words.endswith("Print (Ctrl+P) to try again.")
    assert dialog.isVisible()
    number = dialog.sale.order_number
    with db.read() as session:  # the sale was saved first
        assert session.scalar(select(Sale.order_number)) == number
    assert said in screen.message.text() and number in screen.message.text()
    assert screen.message.text().endswith("Ctrl+P prints it again.")
    assert screen.message.text().count("Ctrl+P") == 1
    # The drawer opened when its pulse got through before the trouble.
    assert openings(db) == ([] if trouble == "refuse" else [(CASH_SALE, number)])

    # The till keeps selling: the receipt is closed, the next customer's item scanned.
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert not dialog.isVisible()
    scan(qtbot, screen.scan_field, TSHIRT)
    assert [item.sku for item in screen.cart.items] == ["2001001"]

    # The printer is back: Ctrl+P at the sale screen prints that receipt, no drawer.
    if trouble == "refuse":
        use_printer(db, printer_back.url)  # switched on again, at its new address
        target = printer_back
    else:
        fake_printer.paper = None
        target = fake_printer
    count = len(target.jobs)
    active(qtbot, window)
    qtbot.keyClick(screen.scan_field, Qt.Key_P, Qt.ControlModifier)
    assert screen.message.text() == f"Printing the receipt of sale {number}…"
    qtbot.waitUntil(lambda: screen.message.text() == f"Sale {number} saved. Printed.",
                    timeout=WAIT_MS)
    job = target.wait_for_job(count + 1)
    assert DRAWER_PULSE not in job and set(raster_widths(job)) == {576} and CUT in job
    assert not dialog.isVisible()  # a print that went well needs no dialog


def test_the_till_keeps_selling_while_the_receipt_prints(qtbot, db, fake_printer):
    """A printer that never answers its status query takes most of a second per receipt:
    the next scans go on meanwhile."""
    fake_printer.paper = None
    use_printer(db, fake_printer.url)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F10)
    assert dialog.printing and dialog.message.text() == "Printing the receipt…"
    qtbot.keyClick(dialog, Qt.Key_Return)
    scan(qtbot, screen.scan_field, TSHIRT)
    scan(qtbot, screen.scan_field, SHIRT)
    assert len(screen.cart.items) == 2 and fake_printer.jobs == []
    qtbot.waitUntil(lambda: not dialog.printing, timeout=WAIT_MS)
    assert set(raster_widths(fake_printer.wait_for_job())) == {576}


@pytest.mark.parametrize("url", ["", "system"])
def test_without_an_esc_pos_printer_print_is_the_system_dialog_as_before(qtbot, db, url):
    use_printer(db, url)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, Qt.Key_F9, "150")
    assert not dialog.printing and dialog.message.text().strip() == ""
    assert openings(db) == []  # no printer, no drawer to open
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key_P, Qt.ControlModifier)
    assert dialog.print_dialog.isVisible()
    dialog.print_dialog.reject()
    qtbot.keyClick(dialog, Qt.Key_Return)
    del dialog.print_dialog
    active(qtbot, window)
    qtbot.keyClick(screen.scan_field, Qt.Key_P, Qt.ControlModifier)  # from the sale screen
    assert dialog.isVisible() and dialog.print_dialog.isVisible()
    dialog.print_dialog.reject()


def test_a_reprint_goes_to_the_till_printer_marked_as_one(qtbot, db, fake_printer, tmp_path):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    pay(qtbot, screen, Qt.Key_F10).accept()  # no printer yet: nothing is sent
    use_printer(db, f"file://{tmp_path / 'roll.bin'}", paper_mm=58)
    active(qtbot, window)
    qtbot.keyClick(screen.scan_field, Qt.Key_R, Qt.ControlModifier)  # Sale → Reprint
    qtbot.waitUntil(lambda: getattr(window, "receipt_dialog", None) is not None
                    and window.receipt_dialog.isVisible(), timeout=WAIT_MS)
    reprint = window.receipt_dialog
    active(qtbot, reprint)
    assert "REPRINT" in reprint.text()
    qtbot.keyClick(reprint, Qt.Key_P, Qt.ControlModifier)
    assert printed(qtbot, reprint) == "Printed."
    assert not hasattr(reprint, "print_dialog")  # no system dialog on the way
    written = (tmp_path / "roll.bin").read_bytes()
    assert set(raster_widths(written)) == {384} and DRAWER_PULSE not in written


# ----- returns and exchanges ------------------------------------------------------------------
def refund_with_keys(qtbot, window, number):
    """One item back, change of mind, in its condition and packaging, Ctrl+Enter."""
    screen = scan_receipt(qtbot, window, number)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    assert screen.confirm_button.isEnabled()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    return screen


@pytest.mark.parametrize("method", ["cash", "card"])
def test_a_refund_opens_the_drawer_only_in_cash(qtbot, db, fake_printer, method):
    window, number = sold_days_ago(qtbot, db, 1, method=method)
    use_printer(db, fake_printer.url)  # set after the sale: only the return prints
    screen = refund_with_keys(qtbot, window, number)
    dialog = screen.receipt_dialog
    assert printed(qtbot, dialog) == "Printed."
    job = fake_printer.wait_for_job()
    assert (DRAWER_PULSE in job) is (method == "cash")
    assert set(raster_widths(job)) == {576} and CUT in job
    with db.read() as session:
        return_number = session.scalar(select(Return.return_number))
    assert openings(db) == ([(CASH_REFUND, return_number)] if method == "cash" else [])
    assert screen.message.text() == f"{return_number} recorded. Printed."


def test_an_exchange_paid_in_cash_opens_the_drawer(qtbot, db, fake_printer):
    window, number = sold_days_ago(qtbot, db, 4, method="cash")
    use_printer(db, fake_printer.url)
    screen = scan_receipt(qtbot, window, number)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Right)  # Exchange
    press(qtbot, Qt.Key_Tab)
    type_in(qtbot, JEANS_SKU)  # 299: the customer pays 149 more
    press(qtbot, Qt.Key_Return)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    payment = screen.payment_dialog
    wait_for(qtbot, payment)
    type_in(qtbot, "200")
    press(qtbot, Qt.Key_Return)
    assert printed(qtbot, screen.receipt_dialog) == "Printed."
    job = fake_printer.wait_for_job()
    assert job.startswith(DRAWER_PULSE) and set(raster_widths(job)) == {576}
    with db.read() as session:
        return_number = session.scalar(select(Return.return_number))
    assert openings(db) == [(CASH_EXCHANGE, return_number)]


@pytest.mark.parametrize("new_item, pulse", [(TSHIRT_SKU, True), (SHIRT, False)])
def test_an_exchange_giving_cash_back_opens_the_drawer_an_even_one_does_not(
        qtbot, db, fake_printer, new_item, pulse):
    window, number = sold_days_ago(qtbot, db, 4, method="card")
    use_printer(db, fake_printer.url)
    screen = scan_receipt(qtbot, window, number)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Right)
    press(qtbot, Qt.Key_Tab)
    type_in(qtbot, new_item)  # a T-shirt, 63.20: 86.80 back; the same shirt: even
    press(qtbot, Qt.Key_Return)
    alt(qtbot, Qt.Key_C, screen.condition.isChecked)
    alt(qtbot, Qt.Key_K, screen.packaging.isChecked)
    if pulse:
        screen.refund_method.setFocus()
        press(qtbot, Qt.Key_Down)  # "Cash", under "As the sale was paid (card)"
        assert screen.refund_method.currentData() == "cash"
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert printed(qtbot, screen.receipt_dialog) == "Printed."
    job = fake_printer.wait_for_job()
    assert job.startswith(DRAWER_PULSE) is pulse and set(raster_widths(job)) == {576}
    with db.read() as session:
        ret = session.scalar(select(Return))
        assert ret.remedy == "exchange" and bool(ret.refund) is pulse
        return_number = ret.return_number
    assert openings(db) == ([(CASH_EXCHANGE, return_number)] if pulse else [])


def refund_closed_before_its_printer_fails(qtbot, db, fake_printer):
    """A cash refund whose printer fails mid-receipt, after the clerk closed its receipt
    (the status never answered keeps the printer a moment): the window, the sale's number
    and the receipt dialog."""
    window, number = sold_days_ago(qtbot, db, 1, method="cash")
    fake_printer.paper = None
    fake_printer.drop_after(100)
    use_printer(db, fake_printer.url)
    dialog = refund_with_keys(qtbot, window, number).receipt_dialog
    qtbot.keyClick(dialog, Qt.Key_Return)
    assert window.stack.currentWidget() is window.sale_screen
    return window, number, dialog


def test_a_refund_whose_receipt_did_not_print_shows_it_again_to_print(qtbot, db,
                                                                    fake_printer,
                                                                    printer_back):
    """The customer waits for the refund's receipt: a printer that fails after the clerk
    closed it brings the receipt back, Print (Ctrl+P) there once the printer is back."""
    window, number, dialog = refund_closed_before_its_printer_fails(qtbot, db, fake_printer)
    qtbot.waitUntil(lambda: not dialog.printing, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert "stopped in the middle of the receipt" in dialog.message.text()
    with db.read() as session:
        ret = session.scalar(select(Return))
    assert ret.refund_method == "cash"  # recorded before anything was sent
    assert openings(db) == [(CASH_REFUND, ret.return_number)]

    use_printer(db, printer_back.url)
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key_P, Qt.ControlModifier)
    assert printed(qtbot, dialog) == "Printed."
    job = printer_back.wait_for_job()
    assert DRAWER_PULSE not in job and set(raster_widths(job)) == {576}
    assert len(openings(db)) == 1


@pytest.mark.parametrize("trouble, key, drawer_said", [
    ("refuse", Qt.Key_F9, True),    # cash, the pulse never went: the clerk must be told
    ("drop", Qt.Key_F9, False),     # cash, the drawer opened before the trouble
    ("refuse", Qt.Key_F10, False),  # card: no drawer to speak of
])
def test_a_cash_sale_whose_drawer_did_not_open_says_so(qtbot, db, fake_printer, trouble,
                                                       key, drawer_said):
    """The customer's cash in the clerk's hand and the drawer shut: the words say the drawer
    did not open and how it opens (Ctrl+P reprints the receipt, never opens the drawer)."""
    use_printer(db, fake_printer.url)
    if trouble == "drop":
        fake_printer.drop_after(300)
    else:
        fake_printer.refuse()
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    dialog = pay(qtbot, screen, key, "150" if key == Qt.Key_F9 else None)
    words = printed(qtbot, dialog)
    drawer = "The drawer did not open: a manager opens it (Manager → Open drawer…)."
    assert (drawer in words) == drawer_said, words
    assert (drawer in screen.message.text()) == drawer_said, screen.message.text()
    assert words.endswith("Print (Ctrl+P) to try again.")
    assert screen.message.text().endswith("Ctrl+P prints it again.")


def test_a_receipt_brought_back_does_not_take_the_clerk_off_the_next_return(qtbot, db,
                                                                           fake_printer):
    """The refund's receipt closed, the clerk at the next return already (F8, a receipt
    scanned): the printer's failure brings the first receipt back; closing it leaves the
    clerk on that next return, not on the sale screen."""
    window, number, dialog = refund_closed_before_its_printer_fails(qtbot, db, fake_printer)
    scan_receipt(qtbot, window, number)  # the next customer's return, under way
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # the failed receipt, back
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.return_screen
    assert window.return_screen.sale is not None
