"""The catalog screens in the real window: a clerk asks the manager for the PIN, then the
products screen, its dialogs, the import and the labels are driven like a person would,
and the database is checked after each."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import func, select

from db.models import AuditEntry, Collection, Product, Promotion, Sale, StockMovement
from db.types import utc_now
from pos.checkout import CashPayment
from pos.money import Money
from tests.conftest import MANAGER_NAME
from tests.test_manager_day_ui import open_as_clerk_with_manager_pin
from tests.test_returns_service import sell
from tests.test_sale_screen import count, scan
from ui.import_dialog import ImportDialog
from ui.labels import LabelsDialog, Sheet, ean13_modules, page_image
from ui.products_screen import NAME, SKU, ProductsScreen
from ui.stock_dialogs import AdjustStockDialog, ReceiveGoodsDialog, StockHistoryDialog

WAIT_MS = 10_000
SHIRT_SKU = "1077218"          # Linen shirt, white: 150.00, 40 in stock, barcode 6110010772188
SHIRT_BARCODE = "6110010772188"
MINT_SKU = "7001001"           # Mint tea, loose, 100 g: no barcode


# ----- helpers --------------------------------------------------------------------------------
def open_products(qtbot, db):
    window = open_as_clerk_with_manager_pin(qtbot, db, "products_action")
    screen = window.products_screen
    assert isinstance(screen, ProductsScreen) and screen.isVisible()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 24, timeout=WAIT_MS)
    return window, screen


def names(screen) -> list[str]:
    return [screen.table.item(r, NAME).text() for r in range(screen.table.rowCount())]


def search(qtbot, screen, text: str, expected: list[str]) -> None:
    screen.search.clear()
    qtbot.keyClicks(screen.search, text)
    qtbot.waitUntil(lambda: names(screen) == expected, timeout=WAIT_MS)


def select_sku(qtbot, screen, sku: str) -> None:
    search(qtbot, screen, sku, [_name_of(screen, sku)])
    screen.table.selectRow(0)
    assert screen.current_row().sku == sku


def _name_of(screen, sku: str) -> str:
    with screen.db.read() as s:
        return s.scalar(select(Product.name).where(Product.sku == sku))


def product(db, sku: str) -> Product:
    with db.read() as s:
        return s.scalar(select(Product).where(Product.sku == sku))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def write_csv(path, text: str, bom: bool = True) -> str:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return str(path)


def choose_file(qtbot, dialog: ImportDialog, path: str, signal="previewed"):
    with qtbot.waitSignal(getattr(dialog, signal), timeout=WAIT_MS) as blocker:
        dialog.set_path(path)
    return blocker.args[0]


def run_import(qtbot, dialog: ImportDialog):
    with qtbot.waitSignal(dialog.finished_import, timeout=WAIT_MS) as blocker:
        click(qtbot, dialog.import_button)
        assert dialog.progress.isVisible()  # the import runs off the GUI thread
    return blocker.args[0]


def snapshot(db) -> tuple:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Product)),
                s.scalar(select(func.count()).select_from(StockMovement)),
                s.scalar(select(func.count()).select_from(AuditEntry)),
                s.scalar(select(func.count()).select_from(Collection)),
                s.scalar(select(func.count()).select_from(Promotion)),
                s.scalar(select(func.sum(Product.stock))))


# ----- the products screen --------------------------------------------------------------------
def test_search_finds_the_linen_shirts_and_sorts(qtbot, db):
    _window, screen = open_products(qtbot, db)
    assert screen.status.text() == "24 products."
    search(qtbot, screen, "linen", ["Linen shirt, sky blue", "Linen shirt, white"])
    assert [screen.table.item(r, SKU).text() for r in range(2)] == ["1077219", "1077218"]
    # Enter in the search searches now; it does not press the screen's first button (Add…).
    qtbot.keyClick(screen.search, Qt.Key_Return)
    assert getattr(screen, "product_dialog", None) is None

    # A click on the price header sorts by price in the database; a second click reverses.
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 24, timeout=WAIT_MS)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.table.horizontalHeader().sectionClicked.emit(3)
    prices = [product_price(db, screen.table.item(r, SKU).text())
              for r in range(screen.table.rowCount())]
    assert prices == sorted(prices)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.table.horizontalHeader().sectionClicked.emit(3)
    assert names(screen)[0] == "Kaftan, hand-embroidered"  # 890,00 MAD, the dearest

    # The collection filter.
    screen.collection.setCurrentIndex(screen.collection.findText("Grocery"))
    qtbot.waitUntil(lambda: sorted(names(screen)) == ["Mint tea, loose, 100 g",
                                                      "Ras el hanout, 50 g"], timeout=WAIT_MS)


def product_price(db, sku: str) -> Money:
    return product(db, sku).price


@pytest.mark.usefixtures("synchronous_tasks")
def test_editing_a_price_is_saved_and_audited_and_a_taken_sku_is_refused(qtbot, db):
    _window, screen = open_products(qtbot, db)
    select_sku(qtbot, screen, SHIRT_SKU)
    click(qtbot, screen.edit_button)
    dialog = screen.product_dialog
    assert dialog.isVisible() and dialog.price.text() == "150,00"
    assert dialog.collections.count() == 8

    # Another product's SKU: said in words, nothing saved.
    dialog.sku.setText("1077219")
    click(qtbot, dialog.save_button)
    assert "already used by" in dialog.message.text()
    assert "Linen shirt, sky blue" in dialog.message.text() and dialog.isVisible()
    dialog.sku.setText(SHIRT_SKU)
    # A price that is not an amount never leaves the dialog.
    dialog.price.setText("cent")
    click(qtbot, dialog.save_button)
    assert "not an amount" in dialog.message.text()

    dialog.price.setText("165,50")
    dialog.set_collection("Featured collection", False)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert "150,00" in screen.message.text() and "165,50" in screen.message.text()
    assert screen.current_row().sku == SHIRT_SKU  # the saved product stays selected
    shirt = product(db, SHIRT_SKU)
    assert shirt.price == Money.of("165.50") and shirt.stock == 40
    with db.read() as s:
        shirt_collections = {c.name for c in s.get(Product, shirt.id).collections}
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "price changed"))
    assert shirt_collections == {"Clothing"}
    assert entry.subject == SHIRT_SKU and entry.staff_id is not None
    assert {"old": "150.00", "new": "165.50"}.items() <= json.loads(entry.details).items()


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_product_is_added_with_its_opening_stock(qtbot, db):
    _window, screen = open_products(qtbot, db)
    click(qtbot, screen.add_button)
    dialog = screen.product_dialog
    assert dialog.collections.count() == 8
    click(qtbot, dialog.save_button)
    assert "Price" in dialog.message.text()
    qtbot.keyClicks(dialog.sku, "8001001")
    dialog.name.setText("Thé à la menthe, boîte de 250 g")  # QTest types ASCII only
    qtbot.keyClicks(dialog.price, "45")
    dialog.stock.setValue(12)
    dialog.set_collection("Grocery")
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        click(qtbot, dialog.save_button)
    assert "added" in screen.message.text()
    added = product(db, "8001001")
    assert (added.name, added.price, added.stock, added.active, added.barcode) == (
        "Thé à la menthe, boîte de 250 g", Money.of("45"), 12, True, None)
    with db.read() as s:
        moves = [(m.delta, m.reason) for m in s.scalars(
            select(StockMovement).where(StockMovement.product_id == added.id))]
        assert [c.name for c in s.get(Product, added.id).collections] == ["Grocery"]
    assert moves == [(12, "receive")]
    # Found by a search without the accent.
    search(qtbot, screen, "the a la menthe", ["Thé à la menthe, boîte de 250 g"])


@pytest.mark.usefixtures("synchronous_tasks")
def test_stock_is_adjusted_and_received_and_explained_line_by_line(qtbot, db):
    sold = sell(db, (SHIRT_SKU, 2), payment=CashPayment(Money.of("300")),
                now=utc_now() - timedelta(hours=1))
    with db.read() as s:
        order_number = s.get(Sale, sold).order_number
    _window, screen = open_products(qtbot, db)
    select_sku(qtbot, screen, SHIRT_SKU)
    assert screen.current_row().stock == 38

    # A count on the shelf: 35 where the screen says 38.
    click(qtbot, screen.adjust_button)
    adjust = screen.adjust_dialog
    assert isinstance(adjust, AdjustStockDialog) and adjust.by_count.isChecked()
    assert adjust.reason.currentData() == "counted"
    adjust.counted.setValue(35)
    assert adjust.after.text() == "35  (−3)"
    qtbot.keyClicks(adjust.note, "Inventory, aisle 2")
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        click(qtbot, adjust.save_button)
    assert "38 → 35" in screen.message.text()

    # Two damaged, by a change.
    click(qtbot, screen.adjust_button)
    adjust = screen.adjust_dialog
    adjust.set_reason("damaged")
    assert adjust.by_change.isChecked()
    adjust.delta.setValue(-2)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        click(qtbot, adjust.save_button)

    # "Other" needs a note: refused in words, the dialog stays open.
    click(qtbot, screen.adjust_button)
    adjust = screen.adjust_dialog
    adjust.set_reason("other")
    adjust.delta.setValue(-1)
    click(qtbot, adjust.save_button)
    assert "note" in adjust.message.text()
    adjust.reject()

    # A delivery.
    click(qtbot, screen.receive_button)
    receive = screen.receive_dialog
    assert isinstance(receive, ReceiveGoodsDialog)
    receive.quantity.setValue(10)
    qtbot.keyClicks(receive.note, "Delivery BL-114")
    assert receive.after.text() == "33 + 10 = 43"
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        click(qtbot, receive.save_button)
    assert screen.current_row().stock == 43

    shirt = product(db, SHIRT_SKU)
    assert shirt.stock == 43
    with db.read() as s:
        moves = [(m.delta, m.reason, m.note, m.sale_id is not None) for m in s.scalars(
            select(StockMovement).where(StockMovement.product_id == shirt.id)
            .order_by(StockMovement.id))]
    assert moves == [(-2, "sale", None, True), (-3, "counted", "Inventory, aisle 2", False),
                     (-2, "damaged", None, False), (10, "receive", "Delivery BL-114", False)]

    click(qtbot, screen.history_button)
    history = screen.history_dialog
    assert isinstance(history, StockHistoryDialog)
    assert history.table.rowCount() == 5
    rows = history.row_texts()
    # The stock the demo shop started with, then every movement with its balance.
    assert [r[1:] for r in rows] == [
        ["+40", "Opening stock", "", "", "stock before its movements were recorded", "40"],
        ["−2", "Sale", order_number, "Amina", "", "38"],
        ["−3", "Stock count", "", MANAGER_NAME, "Inventory, aisle 2", "35"],
        ["−2", "Damaged", "", MANAGER_NAME, "", "33"],
        ["+10", "Goods received", "", MANAGER_NAME, "Delivery BL-114", "43"]]
    assert "Stock now: 43" in history.summary.text()
    assert history.table.item(1, 1).foreground().color() == QColor("#b00020")


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_deactivated_product_no_longer_scans_at_the_counter(qtbot, db):
    window, screen = open_products(qtbot, db)
    select_sku(qtbot, screen, SHIRT_SKU)
    assert screen.active_button.text() == "Deactivate"
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        click(qtbot, screen.active_button)
    assert "no longer scans" in screen.message.text()
    assert screen.current_row().active is False
    assert screen.active_button.text() == "Reactivate"
    assert product(db, SHIRT_SKU).active is False
    with db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.subject == SHIRT_SKU)) \
            == "product deactivated"
    # Hidden when inactive products are not shown.
    screen.show_inactive.setChecked(False)
    assert names(screen) == []
    screen.accept()

    sale = window.sale_screen
    scan(qtbot, sale.scan_field, SHIRT_BARCODE)
    assert sale.cart.items == []
    assert "No product has the code" in sale.message.text()


@pytest.mark.usefixtures("synchronous_tasks")
def test_collections_and_promotions_are_managed_from_the_screen(qtbot, db):
    _window, screen = open_products(qtbot, db)
    click(qtbot, screen.collections_button)
    collections = screen.collections_dialog
    assert len(collections.names()) == 8
    qtbot.keyClicks(collections.name, "Ramadan")
    with qtbot.waitSignal(collections.loaded, timeout=WAIT_MS):
        qtbot.keyClick(collections.name, Qt.Key_Return)
    assert "Ramadan" in collections.names()
    collections.name.setText("Featured collection")
    click(qtbot, collections.add_button)
    assert "already a collection" in collections.message.text()
    collections.name.setText("Ramadan 2027")
    click(qtbot, collections.rename_button)  # Ramadan is still selected
    assert "Ramadan 2027" in collections.names()
    assert screen.collection.findText("Ramadan 2027") >= 0
    collections.accept()

    click(qtbot, screen.promotions_button)
    promotions = screen.promotions_dialog
    assert promotions.table.rowCount() == 2 and promotions.collection.count() == 9
    qtbot.keyClicks(promotions.name, "Ramadan -10%")
    qtbot.keyClicks(promotions.value, "10")
    promotions.for_collection.setChecked(True)
    promotions.collection.setCurrentIndex(promotions.collection.findText("Ramadan 2027"))
    promotions.has_end.setChecked(True)
    promotions.ends.setDate(promotions.starts.date().addDays(-1))
    click(qtbot, promotions.save_button)
    assert "cannot end before it starts" in promotions.message.text()
    promotions.ends.setDate(promotions.starts.date().addDays(30))
    with qtbot.waitSignal(promotions.loaded, timeout=WAIT_MS):
        click(qtbot, promotions.save_button)
    with db.read() as s:
        saved = s.scalar(select(Promotion).where(Promotion.name == "Ramadan -10%"))
        assert (saved.percent_off, saved.collection.name) == (10, "Ramadan 2027")
    # An amount off one product, typed by its SKU.
    promotions.start_new()
    qtbot.keyClicks(promotions.name, "Mint week")
    promotions.amount.setChecked(True)
    qtbot.keyClicks(promotions.value, "2,50")
    qtbot.keyClicks(promotions.product_code, MINT_SKU)
    assert "Mint tea" in promotions.product_found.text()
    with qtbot.waitSignal(promotions.loaded, timeout=WAIT_MS):
        click(qtbot, promotions.save_button)
    with db.read() as s:
        mint = s.scalar(select(Promotion).where(Promotion.name == "Mint week"))
        assert (mint.amount_off, mint.product.sku) == (Money.of("2.50"), MINT_SKU)
    # Ended today: gone from the running list.
    row = next(r for r in range(promotions.table.rowCount())
               if promotions.table.item(r, 0).text() == "Mint week")
    promotions.table.selectRow(row)
    with qtbot.waitSignal(promotions.loaded, timeout=WAIT_MS):
        click(qtbot, promotions.end_button)
    assert "Mint week" not in [promotions.table.item(r, 0).text()
                               for r in range(promotions.table.rowCount())]


# ----- the import -------------------------------------------------------------------------------
SHOPIFY_HEADER = ("Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,"
                  "Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,"
                  "Variant Compare At Price,Variant Barcode,Image Src,Status")
SHOPIFY_EXPORT = SHOPIFY_HEADER + """
caftan-soie,Caftan en soie brodé,"<p>Soie, fil d'or</p>",Atelier Fès,Clothing,"Featured collection, Soie",true,Taille,S,CAF-S,4,1200.00,1500.00,,https://cdn/caf1.jpg,active
caftan-soie,,,,,,,Taille,M,CAF-M,2,1200.00,1500.00,,,
caftan-soie,,,,,,,,,,,,,,https://cdn/caf2.jpg,
,,,,,,,,,,,,,,,
zellige-coaster,زليج صغير,,Safi,Home,,true,Title,Default Title,ZEL-1,10,45.00,,,,active
savon-olive,Savon à l'huile d'olive,,,Beauty,,true,Title,Default Title,SAV-OLV,,abc,,,,active
"""


def open_import(qtbot, db):
    window, screen = open_products(qtbot, db)
    click(qtbot, screen.import_button)
    dialog = screen.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return screen, dialog


def test_a_shopify_export_is_imported_through_the_dialog(qtbot, db, tmp_path):
    screen, dialog = open_import(qtbot, db)
    path = write_csv(tmp_path / "products_export.csv", SHOPIFY_EXPORT)
    preview = choose_file(qtbot, dialog, path)
    assert preview.format == "shopify" and not dialog.mapping_box.isVisible()
    assert "Shopify product export" in dialog.summary.text()
    assert dialog.rows_table.rowCount() == 3
    assert dialog.problem_texts() == ["Line 7: The price 'abc' is not a number."]
    assert dialog.import_button.isEnabled()

    result = run_import(qtbot, dialog)
    assert (result.created, result.updated) == (3, 0)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.summary.text().startswith("Done: 3 products created")
    assert dialog.problem_texts() == ["Line 7: The price 'abc' is not a number."]
    with db.read() as s:
        by_sku = {p.sku: p for p in s.scalars(select(Product).where(
            Product.sku.in_(["CAF-S", "CAF-M", "ZEL-1", "SAV-OLV"])))}
        assert sorted(by_sku) == ["CAF-M", "CAF-S", "ZEL-1"]
        # Variant names; the compare-at price is the list price, the sale a promotion.
        assert by_sku["CAF-S"].name == "Caftan en soie brodé – S"
        assert by_sku["CAF-M"].price == Money.of("1500") and by_sku["CAF-M"].stock == 2
        assert by_sku["ZEL-1"].name == "زليج صغير" and by_sku["ZEL-1"].stock == 10
        assert {c.name for c in by_sku["CAF-S"].collections} == {
            "Clothing", "Featured collection", "Soie"}
        assert s.scalar(select(func.count()).select_from(Promotion).where(
            Promotion.product_id == by_sku["CAF-S"].id)) == 1
    # The products screen shows them once the import is done.
    qtbot.waitUntil(lambda: screen.total == 27, timeout=WAIT_MS)

    # Importing again updates, never duplicates.
    choose_file(qtbot, dialog, path)
    again = run_import(qtbot, dialog)
    assert (again.created, again.updated) == (0, 0)
    assert count(db, Product) == 27


def test_a_broken_file_is_refused_in_words_and_changes_nothing(qtbot, db, tmp_path):
    _screen, dialog = open_import(qtbot, db)
    before = snapshot(db)
    latin1 = tmp_path / "export-excel.csv"
    latin1.write_bytes("Référence;Désignation;Prix\nA1;Thé;12\n".encode("latin-1"))
    words = choose_file(qtbot, dialog, str(latin1), "refused")
    assert "not in UTF-8" in words and words in dialog.message.text()
    assert "Nothing was changed" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.rows_table.rowCount() == 0

    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    words = choose_file(qtbot, dialog, str(picture), "refused")
    assert "not a CSV file" in words
    assert not dialog.import_button.isEnabled()
    assert snapshot(db) == before


def test_a_generic_csv_goes_through_the_mapping_step(qtbot, db, tmp_path):
    window = open_as_clerk_with_manager_pin(qtbot, db, "import_products_action")
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    path = write_csv(tmp_path / "stock.csv", (
        "Référence;Libellé article;Prix de vente;Quantité;Famille;EAN\n"
        "HUILE-1;Huile d'argan, 250 ml;210,00;6;Beauté;\n"
        "HUILE-2;Huile de figue de barbarie;450;-3;Beauté;\n"
        "AMLOU-1;Amlou aux amandes;85,5;12;Épicerie;\n"), bom=False)
    preview = choose_file(qtbot, dialog, path)
    assert preview.format == "generic" and dialog.mapping_box.isVisible()
    # Prefilled from the column names; the name column is not one the guess knows.
    assert dialog.mapping["sku"].currentText() == "Référence"
    assert dialog.mapping["price"].currentText() == "Prix de vente"
    assert dialog.mapping["name"].currentData() is None
    assert "Choose the file's column for: Name" in dialog.message.text()
    assert not dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS) as blocker:
        dialog.map_column("name", "Libellé article")
    assert blocker.args[0].mapping["name"] == "Libellé article"
    assert dialog.rows_table.rowCount() == 3
    assert dialog.problem_texts() == [
        "1 variant has a negative stock: imported as it is; count the shelf; line 3."]
    result = run_import(qtbot, dialog)
    assert (result.created, result.collections_created) == (3, 2)
    amlou = product(db, "AMLOU-1")
    assert (amlou.name, amlou.price, amlou.stock) == ("Amlou aux amandes",
                                                     Money.of("85.50"), 12)
    assert product(db, "HUILE-2").stock == -3


# ----- labels -----------------------------------------------------------------------------------
@pytest.mark.usefixtures("synchronous_tasks")
def test_labels_give_a_product_without_barcode_an_internal_ean13_first(qtbot, db, tmp_path):
    _window, screen = open_products(qtbot, db)
    select_sku(qtbot, screen, MINT_SKU)
    click(qtbot, screen.labels_button)
    labels = screen.labels_dialog
    assert isinstance(labels, LabelsDialog)
    assert labels.products != []
    assert labels.confirm_panel.isVisible() and "starting with 20" in labels.confirm_text.text()
    assert not labels.pdf_button.isEnabled() and not labels.print_button.isEnabled()
    assert product(db, MINT_SKU).barcode is None  # nothing given before the manager says so

    with qtbot.waitSignal(labels.barcodes_assigned, timeout=WAIT_MS) as blocker:
        click(qtbot, labels.assign_button)
    code = product(db, MINT_SKU).barcode
    assert blocker.args[0] == {product(db, MINT_SKU).id: code}
    assert code.startswith("20") and len(code) == 13 and ean13_modules(code) is not None
    assert not labels.confirm_panel.isVisible()
    assert labels.pdf_button.isEnabled()

    labels.copies.setValue(3)
    pdf = tmp_path / "labels.pdf"
    labels.save_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Saved" in labels.message.text()
    assert [label.code for label in labels.sheet().labels] == [code] * 3
    # The labels scan at the counter: the code is the product's.
    assert screen.current_row() is not None and screen.current_row().barcode == code

    # Printing asks for the printer without blocking the window.
    click(qtbot, labels.print_button)
    assert labels.print_dialog.isVisible()
    labels.print_dialog.reject()


def test_an_ean13_with_a_wrong_check_digit_is_never_drawn_as_another_number():
    assert ean13_modules("6110010772188") is not None
    assert ean13_modules("6110010772187") is None   # python-barcode would "fix" it
    assert ean13_modules("012345678905") is not None  # a UPC-A
    image = page_image(Sheet([]), 0, dpi=50)
    assert not image.isNull()


@pytest.fixture(autouse=True)
def _no_real_file_dialogs(monkeypatch):
    """A test never opens a real file chooser; paths are given with set_path/save_pdf."""
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "open", lambda self, *a: None)
