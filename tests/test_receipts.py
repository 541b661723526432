"""Receipts: the till roll's layout (pos/receipt_paper.py), the PDF read back, an exchange's
new items, the policy's words, and the reprints (the Sale menu's key, the returns review,
`main.py receipt`)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter

import main
from pos.checkout import CashPayment
from pos.money import Money, format_money
from pos.receipt_paper import (COLUMNS, Barcode, PrintedLine, Roll, paper_text, policy_words,
                               return_paper, sale_paper)
from pos.receipts import last_receipt, receipt_by_number, return_receipt, sale_receipt
from pos.return_policy import PolicySettings, Remedy
from pos.returns import Exchange, change_policy
from pos.shop import ShopSettings, load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME
from tests.test_manager_day_ui import DAY, WAIT_MS, day_of_returns  # noqa: F401 (a fixture)
from tests.test_returns_service import (JEANS, SHIRT, TSHIRT, form, give_back, line_id,
                                        make_cart, on_day, sell, staff, staff_id)
from tests.test_sale_screen import logged_in_screen
import ui.receipt
from ui.receipt import print_receipt, receipt_dialog, receipt_image, save_pdf
from ui.returns_review import ReturnsReviewDialog

ROOT = Path(__file__).resolve().parent.parent
SIX_LINES = [(SHIRT, 1), (TSHIRT, 2), (JEANS, 1), ("2003001", 1), ("4001001", 3),
             ("4001003", 1)]


def sell_many(db, *lines) -> int:
    return sell(db, *lines, payment=CashPayment(Money.of("5000")))


def read_sale(db, sale_id):
    with db.read() as s:
        shop = load_shop_settings(s)
        return sale_receipt(s, sale_id, shop), shop


def pdf_lines(path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Qt's PDF names the space glyph a tab: it is read back as the space it is.
    return reader, [line.replace("\t", " ").rstrip() for line in text.splitlines()]


def whole(text: str) -> str:
    """Text without its spaces: pypdf adds one inside a word now and then (a glyph coded
    0x20 in Qt's font subset), which is not the break the test looks for."""
    return "".join(text.split())


def page_mm(reader: PdfReader) -> tuple[float, float]:
    box = reader.pages[0].mediabox
    return float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4


# ----- the PDF on the 80 mm roll ----------------------------------------------------------------
def test_a_six_line_sale_is_one_page_of_the_roll_with_every_amount_whole(db, qapp, tmp_path):
    receipt, shop = read_sale(db, sell_many(db, *SIX_LINES))
    path = tmp_path / "sale.pdf"
    save_pdf(sale_paper(receipt, shop), str(path))

    reader, lines = pdf_lines(path)
    assert len(reader.pages) == 1
    width, height = page_mm(reader)
    assert round(width) == 80 and 80 < height < 250
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    amounts = [money(line.unit_price * line.quantity) for line in receipt.lines]
    amounts += [money(receipt.total), money(receipt.payments[0].tendered),
                money(receipt.payments[0].change)]
    for amount in amounts:
        assert any(whole(amount) in whole(line) for line in lines), amount
    assert any(receipt.order_number in line for line in lines)  # on one line, unbroken
    printed = [line for line in lines if line.strip()]
    assert max(len(line) for line in printed) <= 48
    amount_lines = [line for line in printed if whole(line).endswith(shop.currency)]
    assert len(amount_lines) >= 6
    assert all(42 <= len(line) <= 48 for line in amount_lines), amount_lines
    assert "-" * COLUMNS in lines  # a rule runs the whole width


def test_the_page_is_as_long_as_the_receipt(db, qapp, tmp_path):
    short, shop = read_sale(db, sell(db, (SHIRT, 1)))
    long, _ = read_sale(db, sell_many(db, *SIX_LINES, *[(sku, 1) for sku in
                                                        ("1077219", "2001002", "2003002")]))
    lengths = []
    for receipt in (short, long):
        path = tmp_path / f"{receipt.order_number}.pdf"
        save_pdf(sale_paper(receipt, shop), str(path))
        reader, _ = pdf_lines(path)
        assert len(reader.pages) == 1
        lengths.append(page_mm(reader)[1])
    assert lengths[0] + 20 < lengths[1]


def test_a_printer_with_wide_paper_gets_the_roll_width_and_pages_when_short(db, qapp,
                                                                            tmp_path):
    receipt, shop = read_sale(db, sell_many(db, *SIX_LINES))
    rows = sale_paper(receipt, shop)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    path = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QSizeF(80, 60), QPageSize.Millimeter))  # a short page
    print_receipt(rows, printer)
    reader, lines = pdf_lines(path)
    assert len(reader.pages) > 1  # the rows went on, page after page, none cut
    assert any(receipt.order_number in line for line in lines)
    assert max(len(line) for line in lines) <= 48


def test_the_same_layout_is_drawn_on_a_576_dot_receipt_printer_image(db, qapp):
    receipt, shop = read_sale(db, sell_many(db, *SIX_LINES))
    image = receipt_image(sale_paper(receipt, shop), 576)
    assert image.width() == 576 and image.height() > 576
    mono = image.convertToFormat(QImage.Format_Mono)  # what an ESC/POS raster takes

    def inked(xs) -> bool:
        return any(QColor(mono.pixel(x, y)).black() > 128
                   for x in xs for y in range(mono.height()))
    # The amounts reach the right edge of the 72 mm, the names start at the left one.
    assert inked(range(560, 576)) and inked(range(0, 12))


# ----- the layout, without Qt ---------------------------------------------------------------------
def test_an_amount_is_never_broken_and_a_long_name_wraps_above_it():
    roll = Roll(ShopSettings())
    name = "Kaftan, hand-embroidered with gold thread, extra long sleeves, size XL"
    roll.amount(name, Money.of("12345.60"))
    lines = [row.text for row in roll.rows]
    assert all(len(line) <= COLUMNS for line in lines)
    assert lines[-1].endswith("12\u202f345,60\xa0MAD") and len(lines[-1]) == COLUMNS
    assert " ".join(line.strip() for line in lines[:-1] + [lines[-1][:-13]]).split() == (
        name.split())


def test_every_row_of_a_sale_fits_the_roll(db):
    receipt, shop = read_sale(db, sell_many(db, *SIX_LINES))
    rows = sale_paper(receipt, shop)
    assert all(len(row.text) <= COLUMNS for row in rows if isinstance(row, PrintedLine))
    assert Barcode(receipt.order_number) in rows
    assert "REPRINT" not in paper_text(rows)
    assert "REPRINT" in paper_text(sale_paper(receipt, shop, reprint=True))


# ----- an exchange's receipt and the policy's words ------------------------------------------
def exchange_jeans_for_shirt(db) -> int:
    sale_id = sell(db, (SHIRT, 1))
    return give_back(db, sale_id, form({line_id(db, sale_id): 1}, remedy=Remedy.EXCHANGE),
                     on_day(2), exchange=Exchange(make_cart(db, (JEANS, 1), (TSHIRT, 1))))


def test_the_exchange_receipt_lists_the_new_items_with_their_own_barcode(db):
    return_id = exchange_jeans_for_shirt(db)
    with db.read() as s:
        shop = load_shop_settings(s)
        ret = return_receipt(s, return_id, shop)
    new_sale = ret.exchange_sale
    assert new_sale is not None and new_sale.order_number.startswith("S-")
    assert [(line.name, line.unit_price) for line in new_sale.lines] == [
        ("Slim jeans, indigo", Money.of("299")), ("Cotton T-shirt, black", Money.of("79"))]
    rows = return_paper(ret, shop)
    text = paper_text(rows)
    words = " ".join(text.split())
    assert Barcode(ret.return_number) in rows and Barcode(new_sale.order_number) in rows
    assert rows.index(Barcode(ret.return_number)) < rows.index(Barcode(new_sale.order_number))
    for name, price in (("Slim jeans, indigo", "299,00\xa0MAD"),
                        ("Cotton T-shirt, black", "79,00\xa0MAD")):
        line = next(line for line in text.splitlines() if line.startswith(name))
        assert line.endswith(price) and len(line) == COLUMNS
    assert "Refunds within 3 days of purchase. Exchanges within 7 days of purchase." in words


def test_the_receipt_says_the_policy_as_the_manager_set_it(db):
    sale_id = sell(db, (SHIRT, 1))
    receipt, shop = read_sale(db, sale_id)
    assert "within 3 days of purchase. Exchanges within 7 days" in policy_words(
        receipt.policy, shop.locale)
    with db.write() as s:
        change_policy(s, staff(s, MANAGER_NAME),
                      PolicySettings(refund_days=5, exchange_days=14,
                                     change_of_mind_percent=20,
                                     change_of_mind_minimum=Money.of("30")))
    receipt, shop = read_sale(db, sale_id)
    assert policy_words(receipt.policy, shop.locale) == (
        "Refunds within 5 days of purchase. Exchanges within 14 days of purchase. Items in "
        "their original condition and packaging, with this receipt. A change-of-mind refund "
        "keeps 20% (at least 30,00\xa0MAD). Thank you!")
    assert "keeps 20%" in " ".join(paper_text(sale_paper(receipt, shop)).split())


# ----- finding a receipt again ----------------------------------------------------------------
def test_a_receipt_is_found_by_its_number_and_the_last_one_is_the_latest(db):
    sale_id = sell(db, (SHIRT, 1))
    number = read_sale(db, sale_id)[0].order_number
    with db.read() as s:
        assert receipt_by_number(s, f" {number.lower()} ").order_number == number
        assert receipt_by_number(s, "S-19990101-0001") is None
        assert last_receipt(s).order_number == number
    return_id = exchange_jeans_for_shirt(db)
    with db.read() as s:
        ret = return_receipt(s, return_id)
        # The exchange's new items are a sale too, but the customer got the return's receipt.
        assert last_receipt(s).return_number == ret.return_number
        assert receipt_by_number(s, ret.return_number).exchange_order_number == (
            ret.exchange_order_number)


def test_a_shop_with_no_sale_has_no_last_receipt(empty_db):
    with empty_db.read() as s:
        assert last_receipt(s) is None


# ----- reprints on screen ------------------------------------------------------------------------
def active(qtbot, window):
    """Shortcuts answer in the active window, as the counter's window is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def test_ctrl_r_reprints_the_last_receipt(qtbot, db, synchronous_tasks):
    window, screen = logged_in_screen(qtbot, db)
    active(qtbot, window)
    qtbot.keyClick(screen.scan_field, Qt.Key_R, Qt.ControlModifier)
    assert window.statusBar().currentMessage() == "There is no receipt to reprint yet."

    number = read_sale(db, sell(db, (SHIRT, 1)))[0].order_number
    qtbot.keyClick(screen.scan_field, Qt.Key_R, Qt.ControlModifier)
    reprinted = window.receipt_dialog
    assert reprinted.isVisible() and reprinted.sale.order_number == number
    assert "REPRINT" in reprinted.text() and f"[{number}]" in reprinted.text()
    qtbot.keyClick(reprinted, Qt.Key_Return)
    assert not reprinted.isVisible()
    assert window.reprint_action.shortcut().toString() == "Ctrl+R"


def test_the_returns_review_reprints_the_selected_return(qtbot, db, day_of_returns,
                                                         synchronous_tasks):
    dialog = ReturnsReviewDialog(db, ShopSettings(), staff_id(db, MANAGER_NAME), day=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    table = dialog.day_tab.table
    assert table.rowCount() == 4
    assert not dialog.day_tab.reprint_button.isEnabled()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Down)
    qtbot.keyClick(table, Qt.Key_Down)
    chosen = dialog.data.rows[table.selectionModel().selectedRows()[0].row()]
    assert dialog.day_tab.reprint_button.isEnabled()
    qtbot.keyClick(table, Qt.Key_R, Qt.ControlModifier)
    receipt = dialog.receipt_dialog
    assert receipt.isVisible() and receipt.ret.return_number == chosen.return_number
    assert "REPRINT" in receipt.text()


def test_ctrl_s_saves_the_receipt_off_the_gui_thread_and_says_where(qtbot, db, tmp_path,
                                                                   monkeypatch):
    receipt, shop = read_sale(db, sell(db, (SHIRT, 1)))
    dialog = receipt_dialog(receipt, shop)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    threads = []
    real_save = ui.receipt.save_pdf
    monkeypatch.setattr(ui.receipt, "save_pdf", lambda *args: (
        threads.append(threading.current_thread()), real_save(*args)))
    qtbot.keyClick(dialog, Qt.Key_S, Qt.ControlModifier)
    chooser = dialog.file_dialog
    assert chooser.isVisible() and chooser.defaultSuffix() == "pdf"
    path = tmp_path / "copy.pdf"
    with qtbot.waitSignal(dialog.paper_done, timeout=WAIT_MS):
        chooser.fileSelected.emit(str(path))
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.message.text() == f"Saved {path}"
    assert len(PdfReader(path).pages) == 1

    with qtbot.waitSignal(dialog.paper_done, timeout=WAIT_MS):
        dialog.save_pdf(str(tmp_path / "no such folder" / "copy.pdf"))
    assert dialog.message.text().startswith("The PDF could not be written:")


# ----- main.py receipt NUMBER --pdf FILE --------------------------------------------------------
def test_the_command_writes_a_sale_or_a_return_receipt(db, qapp, tmp_path, capsys):
    number = read_sale(db, sell(db, (SHIRT, 1)))[0].order_number
    with db.read() as s:
        return_number = return_receipt(s, exchange_jeans_for_shirt(db)).return_number
    for wanted in (number, return_number):
        path = tmp_path / f"{wanted}.pdf"
        assert main.main(["--db", db.url, "receipt", wanted, "--pdf", str(path)]) == 0
        assert f"Receipt {wanted} written to" in capsys.readouterr().out
        reader, lines = pdf_lines(path)
        assert len(reader.pages) == 1 and any(wanted in line for line in lines)


def test_the_command_says_so_for_an_unknown_number(db, tmp_path, capsys):
    path = tmp_path / "none.pdf"
    assert main.main(["--db", db.url, "receipt", "S-19990101-0001", "--pdf", str(path)]) == 2
    err = capsys.readouterr().err
    assert "No sale or return has the number 'S-19990101-0001'" in err
    assert not path.exists()


def test_the_command_draws_without_a_display(db, tmp_path):
    """A fresh process with no display and no Qt platform set: it goes offscreen itself."""
    number = read_sale(db, sell(db, (SHIRT, 1)))[0].order_number
    path = tmp_path / "r.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "main.py", "--db", db.url, "receipt", number,
                           "--pdf", str(path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert path.read_bytes().startswith(b"%PDF")
