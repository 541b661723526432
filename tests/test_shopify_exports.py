"""Real Shopify exports, imported whole: variants without SKU or barcode, SKUs shared by
several variants, stock not tracked or not exported, negative counts, drafts and archived
products, 70 columns with metafields, a short export of 11 columns, and Shopify's inventory
export. Each file is imported, then imported again with nothing created twice."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import Product, SaleLine, StockMovement
from pos.catalog import lookup, products_with_code
from pos.catalog_admin import adjust_stock, receive_stock
from pos.catalog_import import ImportFileError, import_products, internal_sku, preview
from pos.checkout import CashPayment
from pos.counter import Added, Choose, NeedsApproval, SaleInProgress
from pos.import_summary import grouped_words
from pos.money import Money
from pos.shop import load_shop_settings
from pos.shopify_inventory import import_counts
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff
from tests.test_catalog_import import NOW, manager_id
from tests.test_import_cli import run
from tests.test_sale_screen import logged_in_screen, scan

# The columns of Shopify's product export (2024), in its order.
PRODUCT_COLUMNS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
    "Published", "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name",
    "Option2 Value", "Option2 Linked To", "Option3 Name", "Option3 Value", "Option3 Linked To",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
    "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price",
    "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "SEO Title", "SEO Description", "Google Shopping / Google Product Category",
    "Google Shopping / Gender", "Google Shopping / Age Group", "Google Shopping / MPN",
    "Google Shopping / Condition", "Google Shopping / Custom Product",
    "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1",
    "Google Shopping / Custom Label 2", "Google Shopping / Custom Label 3",
    "Google Shopping / Custom Label 4", "Variant Image", "Variant Weight Unit",
    "Variant Tax Code", "Cost per item", "Price / International",
    "Compare At Price / International", "Price / United Arab Emirates",
    "Compare At Price / United Arab Emirates", "Status"]
METAFIELDS = [
    "Color (product.metafields.shopify.color-pattern)",
    "Fabric (product.metafields.shopify.fabric)",
    "Fragrance notes (product.metafields.shopify.fragrance-notes)",
    "Target gender (product.metafields.shopify.target-gender)",
    "Age group (product.metafields.shopify.age-group)",
    "Material (product.metafields.shopify.material)",
    "Size (product.metafields.shopify.size)",
    "Product rating (product.metafields.reviews.rating)",
    "Rating count (product.metafields.reviews.rating_count)",
    "Complementary products (product.metafields.shopify--discovery--product_recommendation"
    ".complementary_products)",
    "Related products (product.metafields.shopify--discovery--product_recommendation"
    ".related_products)",
    "Related products settings (product.metafields.shopify--discovery--product_recommendation"
    ".related_products_display)",
    "Search product boosts (product.metafields.shopify--discovery--product_search_boost"
    ".queries)",
    "Google: Custom Product (product.metafields.mm-google-shopping.custom_product)",
    "Jewelry type (product.metafields.shopify.jewelry-type)",
    "Ring size (product.metafields.shopify.ring-size)"]
WIDE_COLUMNS = PRODUCT_COLUMNS + METAFIELDS
SHORT_COLUMNS = ["Handle", "Title", "Option1 Name", "Option1 Value", "Option2 Name",
                 "Option2 Value", "Option3 Name", "Option3 Value", "Variant Price",
                 "Variant Compare At Price", "Status"]
INVENTORY_COLUMNS = ["Handle", "Title", "Option1 Name", "Option1 Value", "Option2 Name",
                     "Option2 Value", "Option3 Name", "Option3 Value", "SKU", "HS Code", "COO",
                     "Location", "Incoming", "Unavailable", "Committed", "Available", "On hand"]


def export(path: Path, columns: list[str], lines: list[dict[str, str]]) -> Path:
    """A CSV as Shopify writes it: every column on every line, the cells not given empty."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for line in lines:
            assert set(line) <= set(columns), set(line) - set(columns)
            writer.writerow([line.get(c, "") for c in columns])
    return path


def variants(handle: str, title: str, option: str, values: list[str], price="120.00",
             **cells) -> list[dict[str, str]]:
    """A product's lines: the first with the product's columns, one per option value, and
    an image-only line as Shopify adds them."""
    lines = []
    for n, value in enumerate(values):
        line = {"Handle": handle, "Option1 Value": value, "Variant Price": price, **cells}
        if n == 0:
            line |= {"Title": title, "Option1 Name": option, "Status": "active"}
        lines.append(line)
    lines.append({"Handle": handle, "Image Src": f"https://cdn.shopify.com/{handle}-2.jpg",
                  "Image Position": "2"})
    return lines


def imported(db, path, **options):
    return import_products(db, path, manager_id(db), now=NOW, **options)


def imported_twice(db, path):
    """The first import's result, after checking a second changes and creates nothing."""
    first = imported(db, path)
    count = product_count(db)
    again = imported(db, path)
    assert (again.created, again.updated, again.stock_adjusted) == (0, 0, 0)
    assert again.unchanged == first.created + first.updated + first.unchanged
    assert product_count(db) == count
    return first


def product_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Product))


def products(db, handle: str) -> list[Product]:
    with db.read() as s:
        return list(s.scalars(select(Product).where(Product.shopify_key.startswith(handle))
                              .order_by(Product.id)))


# ----- variants without SKU or barcode ----------------------------------------------------------
def test_variants_without_sku_or_barcode_get_internal_skus_and_are_found_again(db, tmp_path):
    lines = (variants("oud-al-layl", "عطر عود الليل", "Size", ["50 ml", "100 ml"])
             + variants("musc-tahara", "Musc Tahara", "Size", ["Default Title"]))
    path = export(tmp_path / "perfumes.csv", PRODUCT_COLUMNS, lines)
    result = imported_twice(db, path)
    assert (result.created, result.problems, result.without_barcode) == (3, [], 3)
    oud_50, oud_100 = products(db, "oud-al-layl")
    assert (oud_50.sku, oud_50.shopify_key) == ("OUD-AL-LAYL-50-ML", "oud-al-layl/50 ml")
    assert (oud_100.sku, oud_100.name) == ("OUD-AL-LAYL-100-ML", "عطر عود الليل – 100 ml")
    assert products(db, "musc-tahara")[0].sku == "MUSC-TAHARA"  # Default Title: no option
    assert grouped_words(result.notes) == [
        "3 variants have neither SKU nor barcode: given internal SKUs; lines 2, 3, 5."]


def test_an_internal_sku_is_readable_short_and_the_same_every_time():
    assert internal_sku("bague-argent", ["Argent 925", "52"]) == "BAGUE-ARGENT-ARGENT-925-52"
    long_handle = "nhan-bac-" + "dinh-da-" * 12
    first = internal_sku(long_handle, ["Bạc"])
    assert len(first) <= 64 and first.startswith("NHAN-BAC-DINH-DA")
    assert first == internal_sku(long_handle, ["Bạc"]) != internal_sku(long_handle, ["Vàng"])


def test_a_variant_found_again_keeps_a_sku_the_shop_gave_it(db, tmp_path):
    path = export(tmp_path / "one.csv", PRODUCT_COLUMNS,
                  variants("pouf-cuir", "Pouf en cuir", "Color", ["Brown"]))
    imported(db, path)
    with db.write() as s:
        s.scalar(select(Product).where(Product.shopify_key == "pouf-cuir/brown")).sku = "POUF-1"
    assert imported(db, path).unchanged == 1
    assert products(db, "pouf-cuir")[0].sku == "POUF-1"


# ----- the same SKU on several variants ---------------------------------------------------------
def test_a_sku_shared_by_variants_is_imported_with_one_warning_and_scans_to_the_picker(
        db, tmp_path):
    lines = (variants("case-iphone-15", "Case iPhone 15", "Color", ["Black", "Blue", "Pink"],
                      **{"Variant SKU": "CASE-15"})
             + variants("case-iphone-14", "Case iPhone 14", "Color", ["Black", "Blue"],
                        **{"Variant SKU": "CASE-14"}))
    path = export(tmp_path / "cases.csv", PRODUCT_COLUMNS, lines)
    result = imported_twice(db, path)
    assert (result.created, result.problems) == (5, [])
    assert [(n.line, n.kind) for n in result.notes] == [(2, "shared sku"), (6, "shared sku")]
    assert result.notes[0].reason == ("The SKU CASE-15 is on 3 variants (lines 2, 3, 4): a "
                                      "scan of it asks which.")
    with db.read() as s:
        assert [p.name for p in products_with_code(s, "case-15")] == [
            "Case iPhone 15 – Black", "Case iPhone 15 – Blue", "Case iPhone 15 – Pink"]
        assert len(lookup(s, "CASE-14")) == 2
    sale = SaleInProgress(db, load_shop_settings_of(db))
    sale.start_shift(clerk_id(db))
    choice = sale.scan("CASE-15")
    assert isinstance(choice, Choose) and len(choice.matches) == 3


def test_a_scan_of_a_shared_sku_opens_the_picker_on_the_sale_screen(qtbot, db, tmp_path):
    imported(db, export(tmp_path / "cases.csv", PRODUCT_COLUMNS, variants(
        "case-s24", "Case S24", "Color", ["Black", "Clear"], **{
            "Variant SKU": "CASE-S24", "Variant Inventory Tracker": "shopify",
            "Variant Inventory Qty": "4"})))
    _window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, "CASE-S24")
    picker = screen.pending_dialog
    assert picker.isVisible() and picker.list.count() == 2
    qtbot.keyClick(picker.list, Qt.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key_Return)
    assert [i.name for i in screen.cart.items] == ["Case S24 – Clear"]


# ----- stock not tracked, not exported, oversold ------------------------------------------------
def test_an_empty_tracker_means_not_counted_and_continue_means_oversold(db, tmp_path):
    lines = (variants("tapis", "Tapis berbère", "Size", ["S"], **{
                 "Variant SKU": "TAP-S", "Variant Inventory Tracker": "",
                 "Variant Inventory Qty": "0", "Variant Inventory Policy": "deny"})
             + variants("coussin", "Coussin", "Color", ["Red"], **{
                 "Variant SKU": "COU-R", "Variant Inventory Tracker": "shopify",
                 "Variant Inventory Qty": "0", "Variant Inventory Policy": "continue"})
             + variants("lanterne", "Lanterne", "Size", ["M"], **{
                 "Variant SKU": "LAN-M", "Variant Inventory Tracker": "shopify",
                 "Variant Inventory Qty": "0", "Variant Inventory Policy": "deny"}))
    result = imported_twice(db, export(tmp_path / "tracker.csv", PRODUCT_COLUMNS, lines))
    assert (result.created, result.not_counted) == (3, 1)
    tapis, = products(db, "tapis")
    coussin, = products(db, "coussin")
    assert (tapis.stock_counted, tapis.oversell_allowed) == (False, False)
    assert (coussin.stock_counted, coussin.oversell_allowed) == (True, True)
    sale = SaleInProgress(db, load_shop_settings_of(db))
    sale.start_shift(clerk_id(db))
    assert isinstance(sale.scan("TAP-S"), Added)   # no count: no manager
    assert isinstance(sale.scan("COU-R"), Added)   # oversold as Shopify allows
    assert not isinstance(sale.scan("LAN-M"), Added)  # counted, none left: a manager
    done = sale.complete(CashPayment(Money.of("500.00")))
    assert done.order_number  # the checkout's own stock check agrees
    assert [(p.stock, p.stock_counted) for p in products(db, "tapis")] == [(-1, False)]


def test_an_export_without_quantities_leaves_products_not_counted_until_counted(db, tmp_path):
    columns = [c for c in PRODUCT_COLUMNS if c != "Variant Inventory Qty"]
    path = export(tmp_path / "no_qty.csv", columns, variants(
        "plateau", "Plateau en laiton", "Size", ["30 cm", "40 cm"],
        **{"Variant SKU": "", "Variant Inventory Tracker": "shopify"}))
    result = imported_twice(db, path)
    assert (result.created, result.not_counted) == (2, 2)
    small, large = products(db, "plateau")
    assert (small.stock, small.stock_counted) == (0, False)
    with db.write() as s:
        adjust_stock(s, demo_staff(s, MANAGER_NAME), small.id, "counted", counted=6)
    again = imported(db, path)  # the file says nothing of quantities: the count stays
    assert (again.unchanged, again.not_counted) == (2, 1)
    assert [(p.stock, p.stock_counted) for p in products(db, "plateau")] == [
        (6, True), (0, False)]


def test_a_product_not_counted_sells_without_a_manager_on_the_sale_screen(qtbot, db, tmp_path):
    columns = [c for c in PRODUCT_COLUMNS if c != "Variant Inventory Qty"]
    imported(db, export(tmp_path / "no_qty.csv", columns, variants(
        "theiere", "Théière", "Size", ["Default Title"], price="250.00",
        **{"Variant SKU": "THE-250"})))
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, "THE-250")
    scan(qtbot, screen.scan_field, "THE-250")
    assert screen.pending_dialog is None or not screen.pending_dialog.isVisible()
    assert [(i.sku, i.quantity) for i in screen.cart.items] == [("THE-250", 2)]
    qtbot.keyClick(screen, Qt.Key_F9)
    dialog = screen.payment_dialog
    qtbot.keyClicks(dialog.tendered, "500")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    assert screen.cart.items == []
    with db.read() as s:
        line = s.scalar(select(SaleLine).where(SaleLine.sku == "THE-250"))
        assert (line.quantity, line.stock_override_by_id) == (2, None)
    assert [(p.stock, p.stock_counted) for p in products(db, "theiere")] == [(-2, False)]


def test_receiving_or_counting_makes_a_product_counted(db, tmp_path):
    columns = [c for c in PRODUCT_COLUMNS if c != "Variant Inventory Qty"]
    imported(db, export(tmp_path / "no_qty.csv", columns,
                        variants("verre", "Verre", "Color", ["Amber", "Green"])))
    amber, green = products(db, "verre")
    with db.write() as s:
        receive_stock(s, demo_staff(s, CLERK_NAME), amber.id, 12)
        adjust_stock(s, demo_staff(s, MANAGER_NAME), green.id, "counted", counted=3)
    assert [(p.stock, p.stock_counted) for p in products(db, "verre")] == [(12, True), (3, True)]
    sale = SaleInProgress(db, load_shop_settings_of(db))
    sale.start_shift(clerk_id(db))
    assert isinstance(sale.scan("4*VERRE-GREEN"), NeedsApproval)  # counted: checked again


def test_the_products_screen_says_not_counted(db, tmp_path):
    from pos.catalog_views import ProductQuery, product_page
    columns = [c for c in PRODUCT_COLUMNS if c != "Variant Inventory Qty"]
    imported(db, export(tmp_path / "no_qty.csv", columns,
                        variants("plat", "Plat tagine", "Size", ["L"])))
    with db.read() as s:
        rows = {r.sku: r for r in product_page(s, ProductQuery(text="plat tagine")).rows}
    assert rows["PLAT-L"].stock_words == "not counted"


# ----- negative counts, drafts and archived -----------------------------------------------------
def test_negative_counts_drafts_and_archived_are_imported(db, tmp_path):
    lines = (variants("bol", "Bol", "Color", ["Blue", "Green"], **{
                 "Variant Inventory Tracker": "shopify", "Variant Inventory Qty": "-2"})
             + [dict(line, Status="draft") if "Title" in line else line
                for line in variants("vase", "Vase", "Size", ["S"])]
             + [dict(line, Status="archived") if "Title" in line else line
                for line in variants("cruche", "Cruche", "Size", ["M"])])
    result = imported_twice(db, export(tmp_path / "states.csv", PRODUCT_COLUMNS, lines))
    assert (result.created, result.inactive, result.problems) == (4, 2, [])
    assert [p.stock for p in products(db, "bol")] == [-2, -2]
    assert [p.active for p in products(db, "vase") + products(db, "cruche")] == [False, False]
    assert "2 variants have a negative stock: imported as they are; count the shelf; lines " \
           "2, 3." in grouped_words(result.notes)


# ----- wide and short exports -------------------------------------------------------------------
def test_a_70_column_export_with_metafields_names_the_ignored_columns_once(db, tmp_path):
    assert len(WIDE_COLUMNS) == 70
    lines = variants("nhan-bac", "Nhẫn bạc đính đá", "Size", ["6", "7", "8"], **{
        "Color (product.metafields.shopify.color-pattern)": "silver",
        "Price / United Arab Emirates": "45.00", "Google Shopping / Gender": "female"})
    found = preview(export(tmp_path / "wide.csv", WIDE_COLUMNS, lines))
    assert len(found.ignored_columns) == 70 - 19  # 16 read, and the 3 option names
    assert "Price / United Arab Emirates" in found.ignored_columns
    assert METAFIELDS[0] in found.ignored_columns and "Variant Price" not in found.ignored_columns
    result = imported_twice(db, tmp_path / "wide.csv")
    assert (result.created, result.problems) == (3, [])
    assert result.ignored_columns == found.ignored_columns
    assert [p.price for p in products(db, "nhan-bac")] == [Money.of("120.00")] * 3


@pytest.mark.parametrize("price_column", ["Variant Price", "Price"])
def test_a_short_export_of_11_columns_is_imported_by_handle(db, tmp_path, price_column):
    columns = [price_column if c == "Variant Price" else c for c in SHORT_COLUMNS]
    lines = [{"Handle": "table-basse", "Title": "Table basse", "Option1 Name": "Wood",
              "Option1 Value": "Oak", price_column: "1450.00", "Status": "active"},
             {"Handle": "table-basse", "Option1 Value": "Walnut", price_column: "1650.00"},
             {"Handle": "chaise", "Title": "Chaise", "Option1 Name": "Title",
              "Option1 Value": "Default Title", price_column: "450.00", "Status": "active"}]
    result = imported_twice(db, export(tmp_path / "short.csv", columns, lines))
    assert len(columns) == 11 and (result.created, result.problems) == (3, [])
    assert [(p.sku, p.name, p.price) for p in products(db, "table-basse")] == [
        ("TABLE-BASSE-OAK", "Table basse – Oak", Money.of("1450.00")),
        ("TABLE-BASSE-WALNUT", "Table basse – Walnut", Money.of("1650.00"))]
    assert products(db, "chaise")[0].stock_counted is False


# ----- Shopify's inventory export ---------------------------------------------------------------
def inventory(path: Path, counts: list[tuple[str, str, str, str, str]]) -> Path:
    """(handle, option value, SKU, location, on hand) per line."""
    return export(path, INVENTORY_COLUMNS, [
        {"Handle": h, "Title": h.title(), "Option1 Name": "Size", "Option1 Value": o,
         "SKU": sku, "Location": where, "Available": n, "On hand": n}
        for h, o, sku, where, n in counts])


def test_the_inventory_export_sets_the_counts_of_the_shops_location(db, tmp_path):
    columns = [c for c in PRODUCT_COLUMNS if c != "Variant Inventory Qty"]
    imported(db, export(tmp_path / "products.csv", columns,
                        variants("jarre", "Jarre", "Size", ["S", "L"])
                        + variants("tasse", "Tasse", "Size", ["S"], **{"Variant SKU": "TAS"})))
    path = inventory(tmp_path / "inventory.csv", [
        ("jarre", "S", "", "Derb Shop", "5"), ("jarre", "L", "", "Derb Shop", "-1"),
        ("tasse", "S", "TAS", "Derb Shop", "12"), ("jarre", "S", "", "Warehouse", "40"),
        ("ghost", "S", "", "Derb Shop", "3"), ("tasse", "S", "TAS", "Warehouse", "not stocked")])
    result = import_counts(db, path, manager_id(db), now=NOW)
    assert (result.location, result.other_locations) == ("Derb Shop", ["Warehouse"])
    assert (result.counted, result.stock_adjusted, result.problems) == (3, 3, [])
    assert [n.kind for n in result.notes] == ["negative stock", "unknown variant"]
    assert [(p.stock, p.stock_counted) for p in products(db, "jarre")] == [(5, True), (-1, True)]
    assert products(db, "tasse")[0].stock == 12
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMovement)
                        .where(StockMovement.note == "Shopify: Derb Shop")) == 3
    again = import_counts(db, path, manager_id(db), now=NOW)
    assert (again.counted, again.stock_adjusted) == (3, 0)
    other = import_counts(db, path, manager_id(db), location="Warehouse", now=NOW)
    assert (other.counted, other.notes[0].kind) == (1, "not stocked")
    assert products(db, "jarre")[0].stock == 40
    with pytest.raises(ImportFileError, match="no location 'Souk'"):
        import_counts(db, path, manager_id(db), location="Souk")
    with pytest.raises(ImportFileError, match="inventory export"):
        preview(path)


def test_the_command_recognises_the_inventory_export_and_exits_by_what_it_imported(
        db, capsys, tmp_path):
    imported(db, export(tmp_path / "products.csv", PRODUCT_COLUMNS,
                        variants("jarre", "Jarre", "Size", ["S"])))
    path = inventory(tmp_path / "inventory.csv", [("jarre", "S", "", "Shop", "7"),
                                                  ("jarre", "S", "", "Souk", "2")])
    code, out, err = run(capsys, "--db", db.url, "import-products", str(path))
    assert (code, err) == (0, "")
    assert "stock counts of location 'Shop': 1 products counted, 1 stocks changed." in out
    assert "The file also has Souk: not imported (choose with --location)." in out
    code, out, _ = run(capsys, "--db", db.url, "import-products", str(path),
                       "--location", "Souk")
    assert code == 0 and products(db, "jarre")[0].stock == 2
    nobody = inventory(tmp_path / "nobody.csv", [("ghost", "S", "", "Shop", "7")])
    assert run(capsys, "--db", db.url, "import-products", str(nobody))[0] == 1
    bad = export(tmp_path / "bad.csv", PRODUCT_COLUMNS, [
        {"Handle": "x", "Title": "X", "Variant Price": "abc"}])
    code, out, _ = run(capsys, "--db", db.url, "import-products", str(bad))
    assert code == 1 and "1 line skipped:" in out


def test_a_thousand_identical_warnings_are_one_line_with_the_first_lines(db, tmp_path):
    lines = [line for n in range(40) for line in variants(
        f"bracelet-{n}", f"Bracelet {n}", "Size", ["S", "M"])]
    result = imported(db, export(tmp_path / "many.csv", PRODUCT_COLUMNS, lines))
    assert result.created == 80
    assert grouped_words(result.notes) == [
        "80 variants have neither SKU nor barcode: given internal SKUs; lines 2, 3, 5, 6, "
        "8, …"]


# ----- helpers ----------------------------------------------------------------------------------
def load_shop_settings_of(db):
    with db.read() as s:
        return load_shop_settings(s)


def clerk_id(db) -> int:
    with db.read() as s:
        return demo_staff(s, CLERK_NAME).id


def test_the_same_reason_on_several_skipped_lines_is_one_line_of_the_summary():
    from pos.catalog_import import RowProblem
    problems = [RowProblem(n, "No price.") for n in (4, 2, 9)] + [RowProblem(7, "No title.")]
    assert grouped_words(problems) == ["3 lines: No price. Lines 2, 4, 9.", "Line 7: No title."]


def test_the_inventory_export_finds_products_made_in_the_shop_by_their_sku(db):
    path = Path(__file__).parent / "fixtures" / "shopify_inventory.csv"
    result = import_counts(db, path, manager_id(db), now=NOW)
    assert (result.location, result.counted, result.problems) == ("Derb Shop", 2, [])
    with db.read() as s:
        stock = dict(s.execute(select(Product.sku, Product.stock)
                               .where(Product.sku.in_(["1077218", "7001001"]))).all())
    assert stock == {"1077218": 32, "7001001": 44}  # On hand, not Available


def test_a_variant_sharing_its_sku_can_still_be_edited_and_no_new_product_takes_it(
        db, tmp_path):
    from pos.catalog_admin import CatalogError, ProductDraft, create_product, update_product
    imported(db, export(tmp_path / "cases.csv", PRODUCT_COLUMNS, variants(
        "case-a54", "Case A54", "Color", ["Black", "Red"], **{"Variant SKU": "CASE-A54"})))
    black, _red = products(db, "case-a54")
    with db.write() as s:
        manager = demo_staff(s, MANAGER_NAME)
        update_product(s, manager, black.id, ProductDraft(
            sku="case-a54", name="Case A54, black", price=Money.of("99.00")))
    assert products(db, "case-a54")[0].name == "Case A54, black"
    with pytest.raises(CatalogError, match="The SKU CASE-A54 is already used by"):
        with db.write() as s:
            create_product(s, demo_staff(s, MANAGER_NAME), ProductDraft(
                sku="CASE-A54", name="Another case", price=Money.of("10.00")))
    with pytest.raises(CatalogError, match="The SKU 7001001 is already used by"):
        with db.write() as s:
            update_product(s, demo_staff(s, MANAGER_NAME), black.id, ProductDraft(
                sku="7001001", name="Case A54, black", price=Money.of("99.00")))
