"""The gift receipt: a sale's items and quantities without a price, with its own barcode
(G- and the order number) that starts an exchange, never a cash or card refund; printed from
the receipt's window (Ctrl+G) or `main.py receipt NUMBER --gift`, and recorded in the audit."""
from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import AuditEntry, Return, Sale
from pos.counter import ORDER_NUMBER
from pos.hardware.settings import HardwareSettings, save_hardware_settings
from pos.i18n import speaking
from pos.money import Money
from pos.receipt_paper import Barcode, gift_paper, paper_text
from pos.receipts import gift_barcode, sale_receipt, scanned_number
from pos.return_desk import ReturnInProgress
from pos.return_policy import Remedy
from pos.returns import (GIFT_EXCHANGE_ONLY, GIFT_NO_MONEY_BACK, Exchange, Override,
                         ReturnError, judge)
from pos.shop import load_shop_settings
from tests.conftest import MANAGER_NAME, MANAGER_PIN
from tests.fake_printer import fake_printer, raster_widths  # noqa: F401
from tests.test_print_cli import counter
from tests.test_return_keys import JEANS_SKU, alt, press, type_in, wait_for
from tests.test_returns_service import (JEANS, SHIRT, TSHIRT, form, give_back, line_id,
                                        make_cart, on_day, sell, staff_id)
from tests.test_sale_screen import SHIRT as SHIRT_BARCODE, logged_in_screen, scan

WAIT_MS = 10_000


def gift_rows(db, sale_id, language):
    with db.read() as s:
        shop = load_shop_settings(s)
        return gift_paper(sale_receipt(s, sale_id, shop), shop, language=language)


def gift_audit(db) -> list[dict]:
    with db.read() as s:
        return [json.loads(row.details) for row in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "gift receipt printed"))]


def rows_of_returns(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Return))


# ----- the paper -----------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["fr", "ar", "fr+ar"])
def test_the_gift_receipt_lists_items_and_quantities_and_no_amount(db, language):
    sale_id = sell(db, (SHIRT, 2), (TSHIRT, 1))  # 300.00 and 63.20 (79 -20%), paid in cash
    rows = gift_rows(db, sale_id, language)
    text = paper_text(rows)
    with db.read() as s:
        receipt = sale_receipt(s, sale_id)
        address = load_shop_settings(s).address
    for name in ("Linen shirt, white", "Cotton T-shirt, black"):
        assert name in text
    assert "× 2" in text and "× 1" in text
    title = {"fr": "TICKET CADEAU", "ar": "وصل هدية", "fr+ar": "TICKET CADEAU · وصل هدية"}
    assert title[language] in text
    # No currency, and no number but the sale's, its date, its barcode, the quantities and
    # the exchange window's days: no price, no total, no payment, no change.
    for currency in ("MAD", "DH", "د.م.", "درهم"):
        assert currency not in text
    for words in ("Total", "TOTAL", "Espèces", "Carte", "المجموع", "نقد"):
        assert words not in text
    rest = text.replace(gift_barcode(receipt.order_number), "").replace(receipt.order_number, "")
    rest = rest.replace(address, "")  # "12 Rue Tarik Ibn Ziad"
    rest = re.sub(r"\d{1,2}\u200f?/\d{1,2}\u200f?/\d{4}", "", rest)  # the date
    rest = re.sub(r"\d{1,2}:\d{2}", "", rest)  # its time
    assert {int(n) for n in re.findall(r"\d+", rest)} <= {1, 2, 7}, rest


def test_the_gift_barcode_finds_the_sale_and_is_a_receipt_at_the_sale_screen(db):
    sale_id = sell(db, (SHIRT, 1))
    rows = gift_rows(db, sale_id, "fr")
    with db.read() as s:
        number = sale_receipt(s, sale_id).order_number
    code = f"G-{number}"
    assert [row.number for row in rows if isinstance(row, Barcode)] == [code]
    assert gift_barcode(number) == code
    assert scanned_number(code.lower()) == (number, True)
    assert scanned_number(number) == (number, False)
    assert ORDER_NUMBER.match(code) and not ORDER_NUMBER.match("G-R-20270405-0001")
    with db.read() as s:
        desk = ReturnInProgress(db, load_shop_settings(s))
    sale = desk.find(code)
    assert sale.id == sale_id and sale.gift_receipt
    assert not desk.find(number).gift_receipt


# ----- the gift rule -------------------------------------------------------------------------
def test_a_gift_receipt_gives_an_exchange_never_a_refund(db):
    sale_id = sell(db, (SHIRT, 1))  # 150.00
    shirt = line_id(db, sale_id)
    refund = form({shirt: 1}, gift_receipt=True)
    with db.read() as s:
        judgement = judge(s, s.get(Sale, sale_id), refund, load_shop_settings(s),
                          on_day(1).date())
    assert not judgement.allowed
    assert judgement.explanation() == GIFT_EXCHANGE_ONLY
    with pytest.raises(ReturnError, match="exchange or store credit only"):
        give_back(db, sale_id, refund, on_day(1))
    override = Override(staff_id(db, MANAGER_NAME), MANAGER_PIN, "the customer insists")
    with pytest.raises(ReturnError, match="exchange or store credit only"):  # no override lifts it
        give_back(db, sale_id, refund, on_day(1), override=override)
    used = form({shirt: 1}, condition=False, packaging=False, gift_receipt=True)
    with db.read() as s:
        judgement = judge(s, s.get(Sale, sale_id), used, load_shop_settings(s),
                          on_day(1).date())
    assert judgement.explanation() == GIFT_EXCHANGE_ONLY  # the gift rule is said first
    with pytest.raises(ReturnError, match="exchange or store credit only"):
        give_back(db, sale_id, used, on_day(1), override=override)
    # Cheaper new items would give money back: refused too, nothing saved.
    cheaper = form({shirt: 1}, remedy=Remedy.EXCHANGE, gift_receipt=True)
    with pytest.raises(ReturnError, match="no money is given back"):
        give_back(db, sale_id, cheaper, on_day(1),
                  exchange=Exchange(make_cart(db, (TSHIRT, 1))))
    assert rows_of_returns(db) == 0
    return_id = give_back(db, sale_id, cheaper, on_day(1),
                          exchange=Exchange(make_cart(db, (JEANS, 1))))
    with db.read() as s:
        ret = s.get(Return, return_id)
        assert (ret.remedy, ret.refund, ret.collected) == ("exchange", Money.zero(),
                                                           Money.of("149"))
        details = json.loads(s.scalar(select(AuditEntry.details).where(
            AuditEntry.subject == ret.return_number, AuditEntry.action == "exchange")))
    assert details["gift_receipt"] is True
    assert GIFT_NO_MONEY_BACK.startswith("Gift receipt")


# ----- at the counter, keys alone ------------------------------------------------------------
def test_gift_receipt_by_keys_then_its_scan_allows_an_exchange_and_refuses_a_refund(
        qtbot, db, fake_printer):
    with db.write() as s:
        save_hardware_settings(s, HardwareSettings(fake_printer.url))
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT_BARCODE)
    qtbot.keyClick(screen.scan_field, Qt.Key_F10)  # card
    with qtbot.waitSignal(screen.sale_completed, timeout=WAIT_MS):
        qtbot.keyClick(screen.payment_dialog, Qt.Key_Return)
    receipt = screen.receipt_dialog
    number = receipt.sale.order_number
    fake_printer.wait_for_job()  # the sale's receipt, printed by itself
    qtbot.waitUntil(lambda: not receipt.printing, timeout=WAIT_MS)
    wait_for(qtbot, receipt)
    assert receipt.gift_button.isVisible()

    press(qtbot, Qt.Key_G, Qt.ControlModifier)
    gift = receipt.gift_dialog
    assert gift is not None and gift.windowTitle() == f"Gift receipt {number}"
    assert f"[G-{number}]" in gift.text() and "150" not in gift.text()
    job = fake_printer.wait_for_job(count=2)
    assert set(raster_widths(job)) == {576}
    qtbot.waitUntil(lambda: bool(gift_audit(db)), timeout=WAIT_MS)
    assert gift_audit(db) == [{"sale": number, "barcode": f"G-{number}",
                               "printed_on": "receipt printer"}]
    wait_for(qtbot, gift)
    press(qtbot, Qt.Key_Return)  # Done
    assert not gift.isVisible()
    receipt.activateWindow()  # as the window system gives it back
    wait_for(qtbot, receipt)
    press(qtbot, Qt.Key_Return)

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and screen.scan_field.hasFocus(),
                    timeout=WAIT_MS)
    scan(qtbot, screen.scan_field, f"G-{number}")  # the gift receipt, at the sale screen
    returns = window.return_screen
    assert window.stack.currentWidget() is returns
    assert returns.sale.order_number == number and returns.sale.gift_receipt
    assert returns.message.text() == (f"Gift receipt of sale {number}: exchange or store "
                                     "credit only, no cash or card refund.")
    assert "gift receipt" in returns.sale_header.text()
    assert returns.exchange_choice.isChecked()
    alt(qtbot, Qt.Key_C, returns.condition.isChecked)
    alt(qtbot, Qt.Key_K, returns.packaging.isChecked)

    alt(qtbot, Qt.Key_F, returns.refund_choice.isChecked)  # the customer asks for money
    assert returns.decision_tone == "refused"
    assert returns.decision_text.text() == GIFT_EXCHANGE_ONLY
    assert not returns.confirm_button.isEnabled()
    assert not returns.override_button.isEnabled()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert rows_of_returns(db) == 0
    alt(qtbot, Qt.Key_G, returns.store_credit.isChecked)  # store credit: the gift allows it
    assert returns.decision_tone == "reduced" and returns.confirm_button.isEnabled()
    assert returns.decision_amount.text() == "Customer receives 105,00\xa0MAD as store credit"
    alt(qtbot, Qt.Key_G, lambda: not returns.store_credit.isChecked())
    assert returns.decision_tone == "refused"

    alt(qtbot, Qt.Key_E, returns.exchange_choice.isChecked)
    press(qtbot, Qt.Key_I, Qt.AltModifier)
    type_in(qtbot, JEANS_SKU)
    press(qtbot, Qt.Key_Return)
    assert returns.decision_tone == "full" and returns.confirm_button.isEnabled()
    assert returns.decision_amount.text() == "Customer pays 149,00\xa0MAD"
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    payment = returns.payment_dialog
    wait_for(qtbot, payment)
    press(qtbot, Qt.Key_Return)  # by card, as the sale was paid
    qtbot.waitUntil(lambda: rows_of_returns(db) == 1, timeout=WAIT_MS)
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert (ret.remedy, ret.refund, ret.collected) == ("exchange", Money.zero(),
                                                           Money.of("149"))


# ----- the command line ----------------------------------------------------------------------
def test_the_command_line_writes_a_gift_receipt_pdf_and_audits_it(db, tmp_path):
    sale_id = sell(db, (SHIRT, 1))
    with db.read() as s:
        number = sale_receipt(s, sale_id).order_number
    pdf = tmp_path / "gift.pdf"
    done = counter(db, "receipt", number, "--gift", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    assert gift_audit(db) == [{"sale": number, "barcode": f"G-{number}", "printed_on": "pdf"}]
    again = counter(db, "receipt", f"G-{number}", "--gift", "--pdf", str(tmp_path / "g2.pdf"))
    assert again.returncode == 0, again.stderr
    unknown = counter(db, "receipt", "S-20270405-9999", "--gift", "--pdf", str(pdf))
    assert unknown.returncode == 2 and "a return has no gift receipt" in unknown.stderr


def test_the_gift_receipt_speaks_the_receipt_language_in_its_sentence(db):
    sale_id = sell(db, (SHIRT, 1))
    with speaking("en"):
        text = paper_text(gift_rows(db, sale_id, "fr"))
    assert "échange" in text.lower() and "never a refund" not in text


def test_a_gift_receipt_that_did_not_print_is_not_audited_and_its_pdf_is(
        qtbot, db, fake_printer, synchronous_tasks, tmp_path):
    from ui.receipt import gift_receipt_dialog

    with db.write() as s:
        save_hardware_settings(s, HardwareSettings(fake_printer.url))
    fake_printer.refuse()
    sale_id = sell(db, (SHIRT, 1))
    with db.read() as s:
        shop = load_shop_settings(s)
        receipt = sale_receipt(s, sale_id, shop)
    gift = gift_receipt_dialog(receipt, shop, None, db, staff_id(db, MANAGER_NAME))
    qtbot.addWidget(gift)
    gift.print_receipt()
    qtbot.waitUntil(lambda: not gift.printing, timeout=WAIT_MS)
    assert gift.message.text().endswith("Print (Ctrl+P) to try again.")
    assert gift_audit(db) == []
    gift.save_pdf(str(tmp_path / "gift.pdf"))
    assert (tmp_path / "gift.pdf").read_bytes().startswith(b"%PDF")
    assert gift_audit(db) == [{"sale": receipt.order_number,
                               "barcode": f"G-{receipt.order_number}", "printed_on": "pdf"}]
    with db.read() as s:
        assert s.scalar(select(AuditEntry.staff_id).where(
            AuditEntry.action == "gift receipt printed")) == staff_id(db, MANAGER_NAME)
