"""The catalog a manager keeps, in French and in Arabic: the products screen and its editor,
the stock dialogs, the promotions and the import show no English word left, the Arabic ones
right to left with codes and amounts left to right; the catalog's refusals are written in
the language spoken; a product is edited in French with the keyboard alone."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Collection, Product, Promotion

from pos import catalog_admin
from pos.catalog_admin import CatalogError, ProductDraft
from pos.i18n import speaking
from pos.money import Money, format_money
from pos.shop import load_shop_settings
from tests.conftest import MANAGER_NAME, demo_product, demo_staff
from tests.i18n_check import english_left
from ui.collections_dialog import CollectionsDialog
from ui.import_dialog import ImportDialog
from ui.labels import LabelsDialog
from ui.language import apply_language
from ui.products_screen import SKU, ProductDialog, ProductsScreen
from ui.promotions_dialog import PromotionsDialog
from ui.stock_dialogs import AdjustStockDialog, ReceiveGoodsDialog, StockHistoryDialog

pytestmark = pytest.mark.usefixtures("synchronous_tasks")

SHIRT_SKU = "1077218"  # Linen shirt, white: 150.00, 40 in stock, barcode 6110010772188
LANGUAGES = ["fr", "ar"]


# The demo shop's catalog is in English: a Moroccan shop's own words, which stay as it typed
# them, are put in its place, so that any English word left on screen is the app's.
SHOP_WORDS = {"Linen shirt, white": "Chemise lin blanche", "Clothing": "Vêtements",
              "Featured collection": "Sélection", "Promotions -20%": "Soldes -20 %",
              "Argan week": "Semaine argan"}


def in_the_shops_words(db) -> None:
    with db.write() as s:
        for model in (Product, Collection, Promotion):
            for row in s.scalars(select(model)):
                row.name = SHOP_WORDS.get(row.name, f"Modèle {row.id}" if model is Product
                                          else f"Groupe {row.id}")


def shop_and_manager(db):
    with db.read() as s:
        return load_shop_settings(s), demo_staff(s, MANAGER_NAME).id


def products_screen(qtbot, db, code: str) -> ProductsScreen:
    in_the_shops_words(db)
    apply_language(code)
    shop, manager_id = shop_and_manager(db)
    screen = ProductsScreen(db, shop, manager_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.table.rowCount() > 0)
    return screen


def select_sku(qtbot, screen: ProductsScreen, sku: str) -> None:
    screen.search.setText(sku)
    screen.reload()
    qtbot.waitUntil(lambda: [r.sku for r in screen.rows] == [sku])
    screen.table.setCurrentCell(0, 0)  # selectRow() selects nothing right to left
    assert screen.current_row().sku == sku


def assert_in(code: str, widget, also=()) -> None:
    assert english_left(widget, code, list(also)) == []
    wanted = Qt.RightToLeft if code == "ar" else Qt.LeftToRight
    assert widget.layoutDirection() == wanted


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_products_screen_and_its_editor_speak_the_language(qtbot, db, code):
    screen = products_screen(qtbot, db, code)
    select_sku(qtbot, screen, SHIRT_SKU)
    assert_in(code, screen, [screen.status.text()])
    price = screen.table.item(0, 3).text()
    # babel's, for the language; in Arabic kept left to right (an isolate: LRI … PDI)
    amount = format_money(Money.of("150"), f"{code}_MA")
    assert price == (amount if code == "fr" else f"\u2066{amount}\u2069")

    screen.edit_product()
    dialog = screen.product_dialog
    assert_in(code, dialog)
    assert dialog.price.text() == "150,00"  # as a person types it back, by babel
    for field in (dialog.sku, dialog.barcode, dialog.price):
        assert field.layoutDirection() == Qt.LeftToRight  # codes and amounts, even in Arabic
    # A product without a name is refused by pos/, in the language of the screen.
    dialog.name.clear()
    dialog.submit()
    assert dialog.message.text() == {"fr": "Donnez un nom au produit.",
                                     "ar": "أعطِ المنتج اسمًا."}[code]
    dialog.reject()

    screen.add_product()
    assert_in(code, screen.product_dialog)
    assert screen.product_dialog.price.placeholderText() == "150,00"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_stock_dialogs_speak_the_language(qtbot, db, code):
    screen = products_screen(qtbot, db, code)
    select_sku(qtbot, screen, SHIRT_SKU)
    row = screen.current_row()
    shop, manager_id = shop_and_manager(db)
    for dialog in (AdjustStockDialog(db, manager_id, row, screen),
                   ReceiveGoodsDialog(db, manager_id, row, screen),
                   StockHistoryDialog(db, shop, row, screen)):
        dialog.show()
        assert_in(code, dialog, [dialog.windowTitle()])
    adjust = screen.findChild(AdjustStockDialog)
    adjust.set_reason("damaged")
    assert english_left(adjust, code, [adjust.after.text()]) == []
    # A refusal of pos/ (the stock cannot go below 0), in the language of the screen.
    adjust.delta.setValue(-41)
    adjust.submit()
    assert "41" in adjust.message.text()
    assert english_left(adjust, code, [adjust.message.text()]) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_promotions_dialog_speaks_the_language(qtbot, db, code):
    screen = products_screen(qtbot, db, code)
    select_sku(qtbot, screen, SHIRT_SKU)
    shop, manager_id = shop_and_manager(db)
    dialog = PromotionsDialog(db, shop, manager_id, product=screen.current_row())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_ended.setChecked(True)
    qtbot.waitUntil(lambda: dialog.product_found.text() not in ("", " ", "…"))
    assert_in(code, dialog, [dialog.editor.title()])
    assert dialog.product_code.layoutDirection() == Qt.LeftToRight
    assert dialog.value.layoutDirection() == Qt.LeftToRight
    # A promotion without a name: refused by pos/, in the language of the screen.
    dialog.name.clear()
    dialog.value.setText("10")
    dialog.submit()
    assert dialog.message.text().strip()
    assert english_left(dialog, code, [dialog.message.text()]) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_collections_and_labels_dialogs_speak_the_language(qtbot, db, code):
    screen = products_screen(qtbot, db, code)
    shop, manager_id = shop_and_manager(db)
    collections = CollectionsDialog(db, shop, manager_id, screen)
    collections.show()
    qtbot.waitUntil(lambda: collections.list.count() > 0)
    assert_in(code, collections)
    with db.read() as s:
        ids = [demo_product(s, sku).id for sku in (SHIRT_SKU, "7001001")]  # one without barcode
    labels = LabelsDialog(db, shop, manager_id, ids, screen)
    labels.show()
    qtbot.waitUntil(lambda: len(labels.products) == 2)
    assert labels.confirm_panel.isVisible()
    assert_in(code, labels)


FRENCH_CSV = ("Handle,Title,Variant SKU,Variant Barcode,Variant Price,Variant Compare At Price,"
              "Status,Vendor\n"
              "bol-fes,Bol fassi,BOL-1,,120.00,150.00,active,Atelier\n"
              "tajine,Tajine Safi,TAJ-1,,abc,,active,Atelier\n"
              "tajine-m,Tajine moyen,,,90.00,,draft,Atelier\n")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_import_dialog_speaks_the_language(qtbot, db, tmp_path, code):
    in_the_shops_words(db)
    apply_language(code)
    shop, manager_id = shop_and_manager(db)
    dialog = ImportDialog(db, shop, manager_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert_in(code, dialog)
    path = tmp_path / "produits.csv"
    path.write_text(FRENCH_CSV, encoding="utf-8")
    with qtbot.waitSignal(dialog.previewed):
        dialog.set_path(str(path))
    texts = [dialog.summary.text(), dialog.summary.toolTip(), *dialog.problem_texts()]
    assert len(dialog.problem_texts()) == 2  # a note (no SKU) and a problem (the price)
    assert english_left(dialog, code, texts) == []
    with qtbot.waitSignal(dialog.finished_import):
        dialog.start_import()
    assert english_left(dialog, code, [dialog.summary.text(), dialog.message.text()]) == []
    # The import's promotion (from the compare-at price) is named in the language too.
    promotions = PromotionsDialog(db, shop, manager_id, parent=dialog)
    promotions.show()
    qtbot.waitUntil(lambda: promotions.table.rowCount() == 3)
    assert english_left(promotions, code) == []
    promotions.reject()
    # A file that is no CSV at all is refused in words of the language.
    broken = tmp_path / "image.csv"
    broken.write_bytes(b"\x89PNG\x00\x00")
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.set_path(str(broken))
    assert english_left(dialog, code, [refused.args[0]]) == []


SENTENCES = {
    "fr": ("Le SKU 1077218 est déjà utilisé par",
           "Le code-barres 6110010772189 n'est pas un EAN-13 valide : son dernier chiffre "
           "devrait être 8."),
    "ar": ("SKU 1077218 مستعمل أصلًا من طرف",
           "الرمز الشريطي 6110010772189 ليس EAN-13 صالحًا: يجب أن يكون رقمه الأخير 8."),
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_catalog_refusal_is_written_in_the_language_spoken(db, code):
    taken, invalid = SENTENCES[code]
    with db.write() as s, speaking(code):
        manager = demo_staff(s, MANAGER_NAME)
        draft = ProductDraft(sku=SHIRT_SKU, name="Chemise", price=Money.of("99"))
        with pytest.raises(CatalogError) as duplicate:
            catalog_admin.create_product(s, manager, draft)
        with pytest.raises(CatalogError) as barcode:
            catalog_admin.create_product(s, manager, ProductDraft(
                sku="NEW-1", name="Chemise", price=Money.of("99"), barcode="6110010772189"))
        with pytest.raises(CatalogError) as too_few:
            catalog_admin.adjust_stock(s, manager, demo_product(s, SHIRT_SKU).id, "lost",
                                       delta=-100)
    assert str(duplicate.value).startswith(taken)
    assert str(barcode.value).startswith(invalid)
    assert "100" in str(too_few.value) and "40" in str(too_few.value)
    assert "stock" not in str(too_few.value).split() or code == "fr"


def test_a_product_is_edited_in_french_with_the_keyboard_alone(qtbot, db):
    screen = products_screen(qtbot, db, "fr")
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen, Qt.Key_F, Qt.ControlModifier)  # Ctrl+F: the search
    assert QApplication.focusWidget() is screen.search
    qtbot.keyClicks(screen.search, SHIRT_SKU)
    qtbot.keyClick(screen.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    assert screen.table.item(0, SKU).text() == SHIRT_SKU
    # Down from the search: the list, its first product chosen; Enter there: Modifier.
    qtbot.keyClick(screen.search, Qt.Key_Down)
    assert QApplication.focusWidget() is screen.table
    assert screen.current_row().sku == SHIRT_SKU
    assert screen.edit_button.text() == "Modifier…"
    qtbot.keyClick(screen.table, Qt.Key_Return)
    dialog = screen.product_dialog
    assert dialog.isVisible() and dialog.windowTitle().startswith("Modifier ")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    while QApplication.focusWidget() is not dialog.price:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    qtbot.keyClick(dialog.price, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(dialog.price, "165,50")
    with qtbot.waitSignal(screen.loaded):
        qtbot.keyClick(dialog.price, Qt.Key_Return)  # Enregistrer, the default button
    assert not dialog.isVisible()
    message = screen.message.text()
    assert "enregistré" in message and "150,00" in message and "165,50" in message
    assert english_left(screen, "fr", [message]) == []
    with db.read() as s:
        assert demo_product(s, SHIRT_SKU).price == Money.of("165.50")
