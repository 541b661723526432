"""The real window, driven as a clerk drives it: keys, not method calls, then the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import Payment, Product, Sale, SaleLine, Staff, StockMovement
from pos.cart import Cart, CartItem
from pos.checkout import CardPayment, complete_sale
from pos.money import Money, format_money
from pos.products import cart_item
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_PIN
from ui.main_window import MainWindow

SHIRT = "6110010772188"      # Linen shirt, white: 150.00, no promotion
TSHIRT = "6110020010010"     # Cotton T-shirt, black: 79.00, Promotions -20%


def scan(qtbot, widget, code: str) -> None:
    """What a keyboard-wedge scanner does: type the code, then Enter."""
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key_Return)


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def stock_of(db, sku: str) -> int:
    with db.read() as s:
        return s.scalar(select(Product.stock).where(Product.sku == sku))


def login(qtbot, window, name=CLERK_NAME, pin=CLERK_PIN):
    window.login_screen.select_staff(name)
    qtbot.keyClicks(window.login_screen.pin_field, pin)
    qtbot.keyClick(window.login_screen.pin_field, Qt.Key_Return)


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def logged_in_screen(qtbot, db):
    window = open_window(qtbot, db)
    login(qtbot, window)
    assert window.stack.currentWidget() is window.sale_screen
    return window, window.sale_screen


def test_a_clerk_rings_up_a_cash_sale_from_login_to_receipt(qtbot, db, tmp_path):
    window = open_window(qtbot, db)
    assert window.stack.currentWidget() is window.login_screen
    login(qtbot, window)
    screen = window.sale_screen
    assert window.stack.currentWidget() is screen

    scan(qtbot, screen.scan_field, SHIRT)
    scan(qtbot, screen.scan_field, TSHIRT)
    scan(qtbot, screen.scan_field, TSHIRT)       # scanned again: one more on its line
    assert [(i.sku, i.quantity) for i in screen.cart.items] == [("1077218", 1), ("2001001", 2)]
    # 150 + 2 x 79 - 20% of 158 (31.60) = 276.40
    assert screen.total_value.text() == "276,40\xa0MAD"

    screen.table.selectRow(0)
    qtbot.keyClick(screen.scan_field, Qt.Key_Plus)  # empty scan field: + acts on the line
    assert screen.cart.items[0].quantity == 2
    qtbot.keyClick(screen.scan_field, Qt.Key_Minus)
    assert screen.cart.items[0].quantity == 1

    qtbot.keyClick(screen, Qt.Key_F9)
    dialog = screen.payment_dialog
    assert dialog.isVisible() and dialog.cash.isChecked()
    qtbot.keyClicks(dialog.tendered, "300")
    assert dialog.change.text() == "23,60\xa0MAD"
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)

    receipt = screen.receipt_dialog
    assert receipt is not None and receipt.isVisible()
    text = receipt.text()
    assert "S-20261123-0001" in text or "S-2026" in text
    assert "276,40" in text and "23,60" in text
    pdf = tmp_path / "receipt.pdf"
    with qtbot.waitSignal(receipt.paper_done):
        receipt.save_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert screen.cart.items == []

    with db.read() as s:
        sale = s.scalar(select(Sale))
        assert sale.order_number == receipt.sale.order_number
        assert sale.total == Money.of("276.40") and sale.discount_total == Money.of("31.60")
        assert sale.clerk.name == CLERK_NAME
        lines = {l.sku: l for l in s.scalars(select(SaleLine))}
        assert lines["1077218"].quantity == 1 and lines["2001001"].quantity == 2
        assert lines["2001001"].promotion_name == "Promotions -20%"
        payment = s.scalar(select(Payment))
        assert (payment.method, payment.tendered, payment.change) == (
            "cash", Money.of("300"), Money.of("23.60"))
        moves = {m.product_id: m.delta for m in s.scalars(select(StockMovement))}
        assert sorted(moves.values()) == [-2, -1]
    assert stock_of(db, "1077218") == 39 and stock_of(db, "2001001") == 38


def test_a_scan_lands_in_the_cart_even_when_the_focus_is_on_the_cart(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    screen.table.setFocus()
    scan(qtbot, screen.table, TSHIRT)
    assert [i.sku for i in screen.cart.items] == ["1077218", "2001001"]
    qtbot.keyClick(screen.table, Qt.Key_Delete)
    assert [i.sku for i in screen.cart.items] == ["1077218"]


def test_a_product_without_barcode_is_found_by_name_or_sku(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, "ras el")          # one match: added at once
    scan(qtbot, screen.scan_field, "7001001")         # its SKU
    assert [(i.name, i.quantity) for i in screen.cart.items] == [
        ("Ras el hanout, 50 g", 1), ("Mint tea, loose, 100 g", 1)]
    scan(qtbot, screen.scan_field, "linen")           # two shirts: the clerk picks one
    picker = screen.pending_dialog
    assert picker.isVisible() and picker.list.count() == 2
    qtbot.keyClick(picker.list, Qt.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key_Return)
    assert screen.cart.items[-1].name == "Linen shirt, white"


def test_bad_input_says_what_is_wrong_and_changes_nothing(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    scan(qtbot, screen.scan_field, "0000000000000")
    assert "No product has the code" in screen.message.text()
    assert len(screen.cart.items) == 1

    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)  # clears the typed code, keeps the cart
    assert screen.scan_field.text() == "" and len(screen.cart.items) == 1
    qtbot.keyClick(screen.scan_field, Qt.Key_Minus)  # quantity 1 -> 0 is refused
    assert "at least 1" in screen.message.text()
    assert screen.cart.items[0].quantity == 1

    qtbot.keyClick(screen, Qt.Key_F9)
    dialog = screen.payment_dialog
    qtbot.keyClicks(dialog.tendered, "abc")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    assert "not an amount" in dialog.message.text()
    dialog.tendered.clear()
    qtbot.keyClicks(dialog.tendered, "100")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    assert "Not enough cash: 50,00\xa0MAD short." == dialog.message.text()
    assert dialog.isVisible()
    assert count(db, Sale) == 0 and stock_of(db, "1077218") == 40


def test_pressing_enter_twice_or_paying_the_same_cart_again_makes_one_sale(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    cart_key = screen.cart.checkout_key
    qtbot.keyClick(screen, Qt.Key_F10)
    dialog = screen.payment_dialog
    assert dialog.card.isChecked()
    dialog.submit()
    dialog.submit()  # a second Enter on the same dialog
    assert count(db, Sale) == 1
    # the same cart reaching checkout again (a double click racing the dialog)
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.name == CLERK_NAME))
        shirt = s.scalar(select(Product).where(Product.sku == "1077218"))
        again = Cart(items=[cart_item(s, shirt)], checkout_key=cart_key)
        first = complete_sale(s, again, CardPayment(), clerk, screen.shop)
        assert first.order_number == screen.receipt_dialog.sale.order_number
    assert count(db, Sale) == 1
    assert count(db, StockMovement) == 1


def test_no_stock_needs_a_manager_and_the_approval_is_recorded(qtbot, db):
    with db.write() as s:
        s.scalar(select(Product).where(Product.sku == "1077218")).stock = 0
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    approval = screen.pending_dialog
    assert approval.isVisible() and screen.cart.items == []
    assert "Only 0 of Linen shirt, white in stock" in screen.message.text()
    qtbot.keyClicks(approval.pin, "0000")
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    assert "Wrong PIN" in approval.message.text() and screen.cart.items == []
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    assert [i.sku for i in screen.cart.items] == ["1077218"]
    qtbot.keyClick(screen, Qt.Key_F10)
    screen.payment_dialog.submit()
    with db.read() as s:
        line = s.scalar(select(SaleLine))
        manager = s.scalar(select(Staff).where(Staff.role == "manager"))
        assert line.stock_override_by_id == manager.id
    assert stock_of(db, "1077218") == -1


def test_the_customer_is_attached_only_with_consent(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    qtbot.keyClick(screen, Qt.Key_F4)
    dialog = screen.pending_dialog
    qtbot.keyClicks(dialog.name, "Salma Benali")
    qtbot.keyClicks(dialog.email, " Salma.Benali@Example.MA ")
    qtbot.keyClicks(dialog.phone, "06 12 34 56 78")
    dialog.submit()
    assert "consent" in dialog.message.text() and dialog.isVisible()
    dialog.consent.setChecked(True)
    dialog.submit()
    assert "salma.benali@example.ma" in screen.customer_label.text()
    qtbot.keyClick(screen, Qt.Key_F10)
    screen.payment_dialog.submit()
    with db.read() as s:
        sale = s.scalar(select(Sale))
        assert (sale.customer_name, sale.customer_email, sale.customer_phone) == (
            "Salma Benali", "salma.benali@example.ma", "+212612345678")


def test_escape_twice_voids_the_cart(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, SHIRT)
    first_key = screen.cart.checkout_key
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    assert len(screen.cart.items) == 1 and "again" in screen.message.text()
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    assert screen.cart.items == [] and screen.cart.checkout_key != first_key


def test_five_wrong_pins_lock_the_account(qtbot, db):
    window = open_window(qtbot, db)
    for _ in range(5):
        login(qtbot, window, pin="9999")
    assert "locked for one minute" in window.login_screen.message.text()
    login(qtbot, window)  # even the right PIN is refused while locked
    assert window.stack.currentWidget() is window.login_screen
    assert "locked" in window.login_screen.message.text()


def table_lines(screen) -> list[tuple[str, ...]]:
    """The cart table as the clerk reads it."""
    model = screen.table.model()
    return [tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def selected_rows(screen) -> list[int]:
    return [index.row() for index in screen.table.selectionModel().selectedRows()]


def test_the_cart_table_follows_every_change_with_the_scanned_line_selected(
        qtbot, db, monkeypatch):
    window, screen = logged_in_screen(qtbot, db)
    shirt = ("Linen shirt, white", "1", "150,00\xa0MAD", "", "150,00\xa0MAD")
    scan(qtbot, screen.scan_field, SHIRT)
    scan(qtbot, screen.scan_field, TSHIRT)
    assert table_lines(screen) == [
        shirt,
        ("Cotton T-shirt, black", "1", "79,00\xa0MAD", "Promotions -20%  −15,80\xa0MAD",
         "63,20\xa0MAD")]
    assert selected_rows(screen) == [1]
    scan(qtbot, screen.scan_field, "7001001")         # a typed SKU: a third line
    assert table_lines(screen)[2] == ("Mint tea, loose, 100 g", "1", "20,00\xa0MAD", "",
                                      "20,00\xa0MAD")
    assert selected_rows(screen) == [2]
    scan(qtbot, screen.scan_field, TSHIRT)            # scanned again: its line, selected
    assert table_lines(screen)[1] == ("Cotton T-shirt, black", "2", "79,00\xa0MAD",
                                      "Promotions -20%  −31,60\xa0MAD", "126,40\xa0MAD")
    assert selected_rows(screen) == [1]
    assert screen.total_value.text() == "296,40\xa0MAD"

    qtbot.keyClick(screen.scan_field, Qt.Key_Plus)    # + on the selected line
    assert table_lines(screen)[1][1:] == ("3", "79,00\xa0MAD", "Promotions -20%  −47,40\xa0MAD",
                                          "189,60\xa0MAD")
    assert selected_rows(screen) == [1]
    qtbot.keyClick(screen.scan_field, Qt.Key_Up)
    monkeypatch.setattr("ui.sale_screen.QInputDialog.getInt", lambda *args: (4, True))
    qtbot.keyClick(screen, Qt.Key_F3)                 # quantity typed for the first line
    assert table_lines(screen)[0] == ("Linen shirt, white", "4", "150,00\xa0MAD", "",
                                      "600,00\xa0MAD")
    assert selected_rows(screen) == [0]
    assert screen.total_value.text() == "809,60\xa0MAD"
    assert screen.items_value.text() == "8"

    qtbot.keyClick(screen.scan_field, Qt.Key_Down)
    qtbot.keyClick(screen.scan_field, Qt.Key_Delete)  # the T-shirts leave the cart
    assert [line[0] for line in table_lines(screen)] == [
        "Linen shirt, white", "Mint tea, loose, 100 g"]
    assert selected_rows(screen) == [1]
    assert screen.total_value.text() == "620,00\xa0MAD"
    assert screen.discount_value.text() == "—"

    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)
    qtbot.keyClick(screen.scan_field, Qt.Key_Escape)  # the cart voided
    assert table_lines(screen) == [] and screen.total_value.text() == "0,00\xa0MAD"
    scan(qtbot, screen.scan_field, SHIRT)             # the next customer's first line
    assert table_lines(screen) == [shirt] and selected_rows(screen) == [0]


def test_the_number_columns_are_wide_enough_for_large_amounts(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, TSHIRT)
    screen.add_item(CartItem(product_id=10_001, sku="BIG", name="A hand-embroidered kaftan in "
                             "silk and gold thread, made to measure over three months",
                             unit_price=Money.of("99999.99"), collection_ids=frozenset(),
                             stock=10_000, quantity=9999))
    assert table_lines(screen)[1][1:] == ("9999", "99\u202f999,99\xa0MAD", "",
                                          "999\u202f899\u202f900,01\xa0MAD")
    header = screen.table.horizontalHeader()
    for column in (1, 2, 3, 4):  # at least what Qt itself would give them: nothing cut short
        assert header.sectionSize(column) >= screen.table.sizeHintForColumn(column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert header.sectionSize(0) > 0


def test_a_total_of_millions_is_shown_whole(qtbot, db):
    with db.write() as s:
        s.scalar(select(Product).where(Product.barcode == SHIRT)).price = Money.of("420000")
    window, screen = logged_in_screen(qtbot, db)
    label = screen.total_value
    scan(qtbot, screen.scan_field, TSHIRT)
    normal = label.font().pixelSize()
    assert normal == 40
    scan(qtbot, screen.scan_field, "3*" + SHIRT)
    assert label.text() == format_money(Money.of("1260063.20"))
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.font().pixelSize() < normal
    qtbot.keyClick(screen.scan_field, Qt.Key_Delete)  # the shirts' line goes: big type again
    qtbot.waitUntil(lambda: label.font().pixelSize() == normal)
