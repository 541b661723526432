"""The credit note on the return's receipt: its code as a Code 128 barcode (as the order's),
its value, its last day (babel) and what to do with it; on the roll's image sent to an ESC/POS
printer and in the PDF, in French and Arabic."""
from __future__ import annotations

from datetime import timedelta

import pytest
from escpos.printer import Dummy
from pypdf import PdfReader

from pos.dates import format_date
from pos.hardware.printer import parse_printer_url
from pos.hardware.settings import PAPERS
from pos.money import Money, format_money
from pos.receipt_paper import Barcode, paper_text, return_paper
from pos.receipts import return_receipt
from pos.return_policy import Reason
from pos.shop import load_shop_settings
from pos.store_credit import StoreCreditSettings, save_store_credit_settings
from tests.conftest import MANAGER_NAME, demo_staff as staff
from tests.fake_printer import raster_widths
from tests.test_returns_service import PHOTO, SHIRT, form, give_back, line_id, on_day, sell
from ui.receipt import receipt_image, save_pdf
from ui.till_printer import print_roll


def credit_receipt(db):
    sale = sell(db, (SHIRT, 1))
    ret = give_back(db, sale, form({line_id(db, sale): 1}, reason=Reason.DEFECTIVE,
                                   refund_method="credit", note="seam", photo=PHOTO,
                                   photo_name="seam.png"), on_day(1))
    with db.read() as s:
        shop = load_shop_settings(s)
        return return_receipt(s, ret, shop), shop


def test_the_receipt_carries_the_note_code_barcode_value_and_expiry(db):
    receipt, shop = credit_receipt(db)
    assert receipt.credit_code and receipt.credit_expires_on == (
        on_day(1).date() + timedelta(days=365))
    rows = return_paper(receipt, shop, language="fr")
    assert Barcode(receipt.credit_code) in rows
    assert Barcode(receipt.return_number) in rows  # the return's own, as before
    text = paper_text(rows)
    assert "AVOIR" in text.upper()
    assert receipt.credit_code in text
    assert format_date(receipt.credit_expires_on, shop.locale) in text
    assert format_money(Money.of("150"), shop.locale) in text
    assert "caisse" in text  # present this note at the till, in French


def test_a_note_that_never_expires_says_so(db):
    with db.write() as s:
        save_store_credit_settings(s, staff(s, MANAGER_NAME), StoreCreditSettings(None))
    receipt, shop = credit_receipt(db)
    text = paper_text(return_paper(receipt, shop, language="en"))
    assert receipt.credit_expires_on is None and "Never expires" in text


def test_a_cash_refund_has_no_credit_note(db):
    sale = sell(db, (SHIRT, 1))
    ret = give_back(db, sale, form({line_id(db, sale): 1}), on_day(1))
    with db.read() as s:
        shop = load_shop_settings(s)
        receipt = return_receipt(s, ret, shop)
    assert receipt.credit_code is None
    assert "CREDIT NOTE" not in paper_text(return_paper(receipt, shop, language="en"))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_note_prints_on_the_roll_and_in_the_pdf(db, qapp, tmp_path, language):
    receipt, shop = credit_receipt(db)
    rows = return_paper(receipt, shop, language=language)
    image = receipt_image(rows, 576)
    image.save(str(tmp_path / f"credit-note-{language}.png"))
    assert image.width() == 576
    dummy = Dummy()
    print_roll(parse_printer_url("file:///x"), PAPERS[80], rows, make=lambda _a: dummy)
    assert set(raster_widths(dummy.output)) == {576}  # a long roll goes in bands
    path = tmp_path / "note.pdf"
    save_pdf(rows, str(path))
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert receipt.credit_code in text.replace(" ", "")
