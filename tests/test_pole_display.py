"""The 2x20 pole display: its two lines of twenty in the receipt's language (French on the
pole when the receipt is Arabic), the exact bytes it is sent, sent to a real socket on
127.0.0.1 and to a file; writes that are slow keep only the latest state, and a display
that is gone leaves the sale working with one quiet line in the status bar."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Sale
from pos.hardware.display import (IDLE, LINE, PAID, THANKS, DisplayError, PoleDisplay,
                                  Showing, plain, pole_bytes, pole_lines)
from pos.hardware.printer import parse_display_url
from pos.hardware.settings import HardwareSettings, save_hardware_settings
from pos.i18n import words_of
from pos.money import Money
from pos.shop import ShopSettings, load_shop_settings, save_shop_settings
from tests.fake_printer import fake_printer  # noqa: F401
from tests.test_i18n_sale import log_in_by_keys, open_window, scan
from ui.customer_display import PoleWriter

SOCKS = "4001005"   # Cotton socks, 3 pairs: 45,00
SHOP = ShopSettings(name="Bazar Fès", receipt_language="fr")
TWO_SOCKS = Showing(LINE, name="Cotton socks, 3 pairs", quantity=2, unit_price=Money.of(45),
                    amount=Money.of(90), total=Money.of("134.50"))
CASH = Showing(PAID, total=Money.of(45), tendered=Money.of(100), change=Money.of(55))


def test_a_line_and_the_total_on_two_lines_of_twenty_in_exact_bytes():
    assert pole_lines(TWO_SOCKS, SHOP) == ("2x Cotton sock 90,00",
                                           "TOTAL     134,50 MAD")
    assert pole_bytes(pole_lines(TWO_SOCKS, SHOP)) == (
        b"\x1b@"                       # ESC @: initialise
        b"\x0c"                        # FF: clear
        b"2x Cotton sock 90,00"        # the upper line, twenty characters
        b"TOTAL     134,50 MAD")       # the lower line


@pytest.mark.parametrize("showing, lines", [
    (Showing(IDLE), ("     Bazar Fes      ", "     Bienvenue      ")),
    (CASH, ("Paye      100,00 MAD", "Rendu      55,00 MAD")),
    (Showing(PAID, total=Money.of(45)), ("TOTAL      45,00 MAD", "   Paye par carte   ")),
    (Showing(THANKS), (" Merci, a bientot ! ", "     Bazar Fes      ")),
])
def test_each_state_in_french_without_accents(showing, lines):
    assert pole_lines(showing, SHOP) == lines
    assert all(len(line) == 20 for line in lines)


@pytest.mark.parametrize("receipt_language", ["ar", "fr+ar"])
def test_an_arabic_receipt_has_french_on_the_pole(receipt_language):
    shop = replace(SHOP, receipt_language=receipt_language)
    assert pole_lines(CASH, shop) == ("Paye      100,00 MAD", "Rendu      55,00 MAD")


def test_an_english_receipt_has_english_on_the_pole():
    shop = replace(SHOP, receipt_language="en")
    assert pole_lines(CASH, shop) == ("Paid      100,00 MAD", "Change     55,00 MAD")


def test_names_lose_their_accents_and_an_arabic_name_is_an_item():
    assert plain("Silk scarf, Fès pattern — œuvre") == "Silk scarf, Fes pattern - oeuvre"
    arabic = replace(TWO_SOCKS, name="جلابة", quantity=1)
    assert pole_lines(arabic, SHOP)[0] == "Article        90,00"


def test_an_amount_is_never_cut_the_words_are():
    big = replace(TWO_SOCKS, name="Kaftan, hand-embroidered", quantity=1,
                  amount=Money.of("12345.00"), total=Money.of("1234567.00"))
    upper, lower = pole_lines(big, SHOP)
    assert upper == "Kaftan, ha 12 345,00"
    assert lower == "TOTAL   1 234 567,00"  # no room for MAD: the amount whole, without it


def test_the_pole_gets_its_bytes_over_the_network(fake_printer):
    PoleDisplay(parse_display_url(fake_printer.url)).show(pole_lines(TWO_SOCKS, SHOP))
    assert fake_printer.wait_for_job() == pole_bytes(pole_lines(TWO_SOCKS, SHOP))


def test_the_pole_gets_its_bytes_in_a_file(tmp_path):
    target = tmp_path / "pole.bin"
    PoleDisplay(parse_display_url(f"file://{target}")).show(pole_lines(CASH, SHOP))
    assert target.read_bytes() == b"\x1b@\x0cPaye      100,00 MADRendu      55,00 MAD"


def test_a_display_that_refuses_is_said_in_words(fake_printer):
    fake_printer.refuse()
    with pytest.raises(DisplayError) as refused:
        PoleDisplay(parse_display_url(fake_printer.url)).show(pole_lines(CASH, SHOP))
    assert fake_printer.url in words_of(refused.value)
    assert "refused" in words_of(refused.value)


class _SlowPole(Dummy):
    """python-escpos' Dummy whose first write waits for the test: a display that is slow."""

    def __init__(self, gate: threading.Event, written: list[bytes]):
        super().__init__()
        self.gate, self.written = gate, written

    def _raw(self, msg: bytes) -> None:
        self.gate.wait(10)
        self.written.append(msg)


def test_a_slow_pole_gets_the_latest_state_and_no_backlog(qtbot):
    gate, written = threading.Event(), []
    said: list[str] = []
    writer = PoleWriter(parse_display_url("file:///dev/null"), said.append,
                        lambda _address: _SlowPole(gate, written), None)
    states = [replace(TWO_SOCKS, quantity=n, amount=Money.of(45) * n) for n in range(1, 11)]
    for state in states:  # ten scans while the first write hangs
        writer.show(pole_lines(state, SHOP))
    gate.set()
    qtbot.waitUntil(lambda: len(written) == 2 and not writer._writing)
    qtbot.wait(50)
    assert written == [pole_bytes(pole_lines(states[0], SHOP)),
                       pole_bytes(pole_lines(states[-1], SHOP))]
    assert said == []


def _till_with_pole(db, url: str, receipt_language: str = "fr") -> None:
    with db.write() as session:
        save_shop_settings(session, replace(load_shop_settings(session), language="fr",
                                            receipt_language=receipt_language))
        save_hardware_settings(session, HardwareSettings(display=url))


def test_the_pole_follows_the_sale_screen(qtbot, db, fake_printer, synchronous_tasks):
    _till_with_pole(db, fake_printer.url)
    window = open_window(qtbot, db)
    welcome = fake_printer.wait_for_job(1)
    assert welcome.startswith(b"\x1b@\x0c") and b"Bienvenue" in welcome
    log_in_by_keys(qtbot, window)
    screen = window.sale_screen
    scan(qtbot, screen.scan_field, SOCKS)
    # (the printer keeps a job once its connection has closed: waited for)
    qtbot.waitUntil(lambda: fake_printer.jobs[-1] ==
                    b"\x1b@\x0cCotton socks,  45,00TOTAL      45,00 MAD")
    qtbot.keyClick(screen.scan_field, Qt.Key_F9)
    qtbot.keyClicks(screen.payment_dialog.tendered, "100")
    qtbot.keyClick(screen.payment_dialog.tendered, Qt.Key_Return)
    qtbot.waitUntil(lambda: fake_printer.jobs[-1] ==
                    b"\x1b@\x0cPaye      100,00 MADRendu      55,00 MAD")


def test_a_pole_that_refuses_leaves_the_sale_working(qtbot, db, fake_printer,
                                                     synchronous_tasks):
    _till_with_pole(db, fake_printer.url)
    fake_printer.refuse()
    window = open_window(qtbot, db)
    log_in_by_keys(qtbot, window)
    screen = window.sale_screen
    scan(qtbot, screen.scan_field, SOCKS)
    scan(qtbot, screen.scan_field, SOCKS)
    assert [item.quantity for item in screen.cart.items] == [2]
    message = window.statusBar().currentMessage()
    assert "afficheur client" in message and "La vente continue" in message
    qtbot.keyClick(screen.scan_field, Qt.Key_F9)
    qtbot.keyClicks(screen.payment_dialog.tendered, "100")
    qtbot.keyClick(screen.payment_dialog.tendered, Qt.Key_Return)
    with db.read() as session:
        sale = session.scalar(select(Sale))
        assert sale.total == Money.of(90) and sale.payments[0].change == Money.of(10)
    assert window.statusBar().currentMessage() == message  # said once, not at each scan
