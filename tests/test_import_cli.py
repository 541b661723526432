"""`main.py import-products`: the summary, the skipped lines with their numbers, the exit
codes (0 imported, warnings or not; 1 nothing could be imported; 2 the file refused), --mapping and --manager."""
from __future__ import annotations

from sqlalchemy import func, select

import main
from db.models import Product, Promotion, Staff
from pos.staff import add_staff
from tests.conftest import MANAGER_NAME
from tests.test_catalog_import import FIXTURES, MAPPING, SEMICOLON, SHOPIFY, write_csv


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def product_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Product))


def test_a_shopify_export_with_bad_lines_is_imported_and_exits_0(db, capsys):
    code, out, err = run(capsys, "--db", db.url, "import-products", str(SHOPIFY))
    assert code == 0 and err == ""
    assert (f"{SHOPIFY} imported by {MANAGER_NAME}: 12 products created, 0 updated, "
            "0 unchanged, 0 stock counts changed, 5 promotions from compare-at prices, "
            "2 new collections.") in out
    assert "7 lines skipped:" in out
    assert "  Line 19: No price." in out
    assert "  Line 26: Duplicate barcode 6110010772188: it is already Linen shirt, white" in out
    assert "  1 variant has neither SKU nor barcode: given an internal SKU; line 24." in out
    assert "2 draft or archived products: imported inactive" in out
    assert "20 columns ignored: Body (HTML), Vendor," in out
    assert product_count(db) == 36
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Promotion)) == 2 + 5


def test_a_clean_file_exits_0_and_importing_again_changes_nothing(db, capsys, tmp_path):
    path = write_csv(tmp_path / "clean.csv", [["sku", "name", "price", "stock"],
                                             ["CLI-1", "Tapis berbère", "1200", "2"]])
    assert run(capsys, "--db", db.url, "import-products", str(path))[0] == 0
    code, out, _ = run(capsys, "--db", db.url, "import-products", str(path))
    assert code == 0
    assert "0 products created, 0 updated, 1 unchanged" in out
    assert product_count(db) == 25


def test_a_broken_file_is_refused_with_exit_2_and_nothing_changes(db, capsys):
    code, out, err = run(capsys, "--db", db.url, "import-products",
                         str(FIXTURES / "latin1_products.csv"))
    assert code == 2 and out == ""
    assert "was not imported: The file is not in UTF-8" in err and "Nothing was changed." in err
    assert product_count(db) == 24


def test_unknown_columns_need_mapping_pairs(db, capsys):
    code, _, err = run(capsys, "--db", db.url, "import-products", str(SEMICOLON))
    assert code == 2
    assert "Choose the file's column for: name, price" in err and "--mapping" in err
    assert product_count(db) == 24
    pairs = [f"{field}={column}" for field, column in MAPPING.items()]
    code, out, _ = run(capsys, "--db", db.url, "import-products", str(SEMICOLON),
                       "--mapping", *pairs)
    assert code == 0
    assert "3 products created, 1 updated" in out and "  Line 7: The price '12,345'" in out
    assert product_count(db) == 27
    assert run(capsys, "--db", db.url, "import-products", str(SEMICOLON),
               "--mapping", "sku")[0] == 2


def test_the_manager_can_be_named_and_must_be_a_manager(db, capsys, tmp_path):
    with db.write() as s:
        add_staff(s, "Samira", "manager", "4321")
    path = write_csv(tmp_path / "one.csv", [["sku", "name", "price"], ["CLI-2", "Pouf", "300"]])
    code, out, _ = run(capsys, "--db", db.url, "import-products", str(path),
                       "--manager", "Samira")
    assert code == 0 and "imported by Samira" in out
    for name in ("Amina", "Nobody"):  # a clerk, and no one
        code, _, err = run(capsys, "--db", db.url, "import-products", str(path),
                           "--manager", name)
        assert code == 2 and f"No active manager named '{name}'." in err
    with db.read() as s:
        assert s.scalar(select(Staff.role).where(Staff.name == "Amina")) == "clerk"
