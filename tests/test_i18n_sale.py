"""The sale, in French and in Arabic: the login, the sale screen and its payment dialog show
no English word left, the Arabic window reads right to left while amounts and order numbers
keep their order, and a clerk who speaks Arabic sells by keys alone in a French shop."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Sale, Staff
from pos.checkout import CheckoutError, check_cash
from pos.counter import SaleInProgress, sale_words
from pos.cart import Cart, CartItem
from pos.customer import Customer, CustomerError, make_customer
from pos.i18n import speaking, words_of
from pos.money import Money, MoneyError, format_money
from pos.shop import load_shop_settings, save_shop_settings
from pos.staff import PermissionDenied, require_manager
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, demo_staff
from tests.i18n_check import english_left as english_in
from ui.main_window import MainWindow
from pos.i18n import figure

SKUS = ("1077218", "2001001", "5001002")  # Linen shirt 150, Cotton T-shirt 79, Rose water 35
LOCALES = {"fr": "fr_MA", "ar": "ar_MA"}


def shop_speaks(db, code: str) -> None:
    with db.write() as session:
        save_shop_settings(session, replace(load_shop_settings(session), language=code))


def clerk_speaks(db, code: str | None) -> None:
    with db.write() as session:
        demo_staff(session, CLERK_NAME).language = code


def shop_data_words(db) -> set[str]:
    """The words of the shop's own data (its name, product, promotion and staff names): they stay as
    the shop wrote them, in whatever language."""
    from db.models import Product, Promotion
    with db.read() as session:
        names = [*session.scalars(select(Product.name)), *session.scalars(select(Promotion.name)),
                 *session.scalars(select(Staff.name)), load_shop_settings(session).name]
    return {word.lower() for name in names for word in re.findall(r"[A-Za-z']+", name)}


def english_left(widget, code: str, also=()) -> list[tuple[str, str]]:
    """tests/i18n_check.english_left, less the shop's own data."""
    db = widget.window().db if hasattr(widget.window(), "db") else None
    ours = shop_data_words(db) if db is not None else set()
    return [(text, word) for text, word in english_in(widget, code, list(also))
            if word not in ours]


def reads_in_order(text: str, first: str, then: str) -> bool:
    """In a right-to-left line, `first` is drawn left of `then`, as a figure reads ('06'
    before '12', '-' before 'MAD'): measured on Qt's own layout of the line."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    # Inside each piece (+1): at a run's edge the cursor has two places.
    return (line.cursorToX(text.index(first) + 1)[0]
            < line.cursorToX(text.index(then, text.index(first) + len(first)) + 1)[0])


def settle(qtbot) -> None:
    """A language change reaches the widgets as posted LanguageChange events."""
    QApplication.processEvents()
    qtbot.wait(10)


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle(qtbot)
    return window


def log_in_by_keys(qtbot, window, name: str = CLERK_NAME, pin: str = CLERK_PIN) -> None:
    """The arrows to the name, Enter, the PIN, Enter: no mouse."""
    login = window.login_screen
    staff = login.staff_list
    staff.setFocus()
    qtbot.keyClick(staff, Qt.Key_Home)
    while not staff.currentItem().text().startswith(name + " "):
        qtbot.keyClick(staff, Qt.Key_Down)
    qtbot.keyClick(staff, Qt.Key_Return)  # the name chosen: on to the PIN
    assert login.pin_field.hasFocus()
    qtbot.keyClicks(login.pin_field, pin)
    qtbot.keyClick(login.pin_field, Qt.Key_Return)
    settle(qtbot)


def scan(qtbot, field, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key_Return)


def sale_of_three(qtbot, db, code: str):
    """The shop speaking `code`, its clerk logged in, three lines in the cart."""
    shop_speaks(db, code)
    window = open_window(qtbot, db)
    log_in_by_keys(qtbot, window)
    screen = window.sale_screen
    for sku in SKUS:
        scan(qtbot, screen.scan_field, sku)
    assert len(screen.cart.items) == 3
    return window, screen


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_login_screen_speaks_the_shops_language(qtbot, db, code):
    shop_speaks(db, code)
    window = open_window(qtbot, db)
    login = window.login_screen
    assert english_left(login, code) == []
    roles = {"fr": ("gérant", "vendeur"), "ar": ("المسير", "بائع")}[code]
    labels = [login.staff_list.item(row).text() for row in range(login.staff_list.count())]
    assert f"{CLERK_NAME}  ·  {roles[1]}" in labels and f"{MANAGER_NAME}  ·  {roles[0]}" in labels
    login.submit()  # no PIN typed
    assert english_left(login, code) == []
    assert login.isRightToLeft() == (code == "ar")
    assert not login.pin_field.isRightToLeft()  # digits typed left to right


def test_the_login_screen_changes_language_while_open(qtbot, db):
    window = open_window(qtbot, db)
    login = window.login_screen
    assert login.login_button.text() == "Log in"
    from ui.language import apply_language
    apply_language("fr")
    settle(qtbot)
    assert login.login_button.text() == "Se connecter"
    assert login.staff_list.item(0).text().endswith(("vendeur", "gérant"))
    assert english_left(login, "fr") == []


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_sale_screen_and_payment_have_no_english_left(qtbot, db, code):
    window, screen = sale_of_three(qtbot, db, code)
    also = [screen.message.text()]
    assert english_left(screen, code, also) == []
    assert screen.isRightToLeft() == (code == "ar")
    assert not screen.scan_field.isRightToLeft()
    total = screen.sale.priced().total
    assert screen.total_value.text() == figure(format_money(total, LOCALES[code]))
    headers = [screen.model.headerData(c, Qt.Horizontal) for c in range(5)]
    assert headers[0] == {"fr": "Produit", "ar": "المنتج"}[code]

    qtbot.keyClick(screen.scan_field, Qt.Key_F9)
    dialog = screen.payment_dialog
    assert dialog.isVisible()
    assert english_left(dialog, code) == []
    assert dialog.isRightToLeft() == (code == "ar")
    assert not dialog.tendered.isRightToLeft()
    qtbot.keyClicks(dialog.tendered, "1")  # far short: "… short" in the language
    assert english_left(dialog, code, [dialog.change.text()]) == []
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)  # refused: not enough cash
    assert english_left(dialog, code, [dialog.message.text()]) == []
    assert format_money(total - Money.of(1), LOCALES[code]) in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key_Escape)


def test_amounts_read_left_to_right_in_the_arabic_window(qtbot, db):
    window, screen = sale_of_three(qtbot, db, "ar")
    row = screen.model.column_texts(4)[0]
    assert row == "\u2066" + format_money(Money.of("150"), "ar_MA") + "\u2069"
    qtbot.keyClick(screen.scan_field, Qt.Key_F9)
    dialog = screen.payment_dialog
    total = screen.sale.priced().total
    qtbot.keyClicks(dialog.tendered, "1000")
    change = dialog.change.text()
    assert change == figure(format_money(Money.of("1000") - total, "ar_MA"))
    sign = "د.م."  # the dirham's sign in Arabic (CLDR), after the figures as in French
    assert reads_in_order(change, format_money(Money.of("1000") - total, "ar_MA")[:3], sign)
    dialog.tendered.setText("1")
    short = dialog.change.text()  # "ينقص 247,20 د.م."
    owed = format_money(total - Money.of("1"), "ar_MA")
    assert owed in short and reads_in_order(short, owed[:3], sign)
    assert not reads_in_order(f"ينقص {owed}", owed[:3], sign)  # what isolation prevents
    # The order number in the sale's message, the customer's phone in a refusal.
    screen.show_sale_saved("S-20261122-0001")
    assert reads_in_order(screen.message.text(), "S-", "0001")
    with pytest.raises(CustomerError) as refused:
        make_customer(phone="06 12", consent=True)
    assert reads_in_order(str(refused.value), "06", "12")


def test_an_arabic_clerk_sells_by_keys_in_a_french_shop(qtbot, db):
    shop_speaks(db, "fr")
    clerk_speaks(db, "ar")
    window = open_window(qtbot, db)
    assert window.login_screen.login_button.text() == "Se connecter"
    assert not window.isRightToLeft()

    log_in_by_keys(qtbot, window)
    screen = window.sale_screen
    assert window.stack.currentWidget() is screen
    assert window.isRightToLeft() and screen.isRightToLeft()
    assert screen.cash_button.text() == "نقدًا  (F9)"
    assert english_left(screen, "ar") == []

    scan(qtbot, screen.scan_field, SKUS[0])  # the linen shirt, 150
    assert screen.total_value.text() == figure(format_money(Money.of("150"), "ar_MA"))
    assert english_left(screen, "ar", [screen.message.text()]) == []

    qtbot.keyClick(screen.scan_field, Qt.Key_F9)
    dialog = screen.payment_dialog
    assert dialog.isVisible() and dialog.isRightToLeft() and dialog.cash.isChecked()
    qtbot.keyClicks(dialog.tendered, "200")
    assert dialog.change.text() == figure(format_money(Money.of("50"), "ar_MA"))
    assert english_left(dialog, "ar", [dialog.change.text()]) == []
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)

    with db.read() as session:
        sale = session.scalar(select(Sale))
        assert sale.total == Money.of("150") and sale.payments[0].change == Money.of("50")
        assert sale.clerk.name == CLERK_NAME
        number = sale.order_number
    assert screen.message.text() == f"تم حفظ البيع \u2066{number}\u2069."
    receipt = screen.receipt_dialog
    if receipt is not None and receipt.isVisible():
        qtbot.keyClick(receipt, Qt.Key_Escape)
    assert window.isRightToLeft()

    # A sale under way when the clerk logs out: kept, and said in the shop's French.
    scan(qtbot, screen.scan_field, SKUS[2])
    window.activateWindow()
    qtbot.keyClick(screen.scan_field, Qt.Key_L, Qt.ControlModifier)
    settle(qtbot)
    login = window.login_screen
    assert window.stack.currentWidget() is login
    assert not window.isRightToLeft()
    assert login.login_button.text() == "Se connecter"
    assert "1 article" in login.message.text()
    assert english_left(login, "fr", [login.message.text()]) == []


def test_the_sale_screen_writes_its_amounts_again_in_the_next_clerks_language(qtbot, db):
    shop_speaks(db, "fr")
    window = open_window(qtbot, db)
    log_in_by_keys(qtbot, window)
    screen = window.sale_screen
    scan(qtbot, screen.scan_field, SKUS[0])
    assert screen.model.column_texts(2) == [format_money(Money.of("150"), "fr_MA")]
    from ui.language import apply_language
    apply_language("ar")
    settle(qtbot)
    assert screen.model.column_texts(2) == [figure(format_money(Money.of("150"), "ar_MA"))]
    assert screen.model.headerData(2, Qt.Horizontal) == "ثمن الوحدة"
    assert screen.subtotal_value.text() == figure(format_money(Money.of("150"), "ar_MA"))
    assert screen.cash_button.text() == "نقدًا  (F9)"


# ----- pos sentences --------------------------------------------------------------------------

def test_money_errors_are_written_in_the_language_spoken():
    with pytest.raises(MoneyError) as raised:
        Money.parse("douze")
    assert str(raised.value) == "'douze' is not an amount of money."  # the logs' English
    with speaking("fr"):
        assert words_of(raised.value) == "« douze » n'est pas un montant."
    with speaking("ar"):
        assert words_of(raised.value) == "هذا ليس مبلغًا ماليًا: «douze»."
    with pytest.raises(MoneyError) as raised:
        Money.parse("")
    with speaking("fr"):
        assert words_of(raised.value) == "Saisissez un montant."


def test_the_counter_sentences_in_french_and_arabic(db):
    with speaking("fr"):
        with pytest.raises(CheckoutError, match="Espèces insuffisantes : il manque 50,00"):
            check_cash(Money.of("150"), Money.of("100"), "fr_MA")
        with pytest.raises(CustomerError, match="« 06 12 » n'est pas un numéro de téléphone"):
            make_customer(phone="06 12", consent=True)
    with speaking("ar"):
        with pytest.raises(CheckoutError, match="النقود غير كافية"):
            check_cash(Money.of("150"), Money.of("100"), "ar_MA")
    sale = SaleInProgress(db, load_shop_settings_of(db))
    with speaking("fr"):
        assert sale.scan("zzzz-nothing").message.startswith("Aucun produit")
        assert sale.remove(0).message == "Le panier est vide."
    with speaking("ar"):
        assert sale.remove(0).message == "السلة فارغة."


@pytest.mark.parametrize("count, french, arabic", [
    (1, "1 article", "1 قطعة"), (2, "2 articles", "2 قطعتان"), (5, "5 articles", "5 قطع"),
    (11, "11 articles", "11 قطعة")])
def test_what_a_kept_sale_holds_is_counted_in_each_language(count, french, arabic):
    cart = Cart()
    cart.add(CartItem(1, "SKU1", "Shirt", Money.of("10"), frozenset(), 50, quantity=count))
    with speaking("fr"):
        assert sale_words(cart, Customer()) == french
    with speaking("ar"):
        assert sale_words(cart, Customer()) == arabic


def test_only_a_manager_is_a_whole_sentence_in_each_language(db):
    with db.read() as session:
        clerk = session.scalar(select(Staff).where(Staff.name == CLERK_NAME))
    with speaking("fr"), pytest.raises(PermissionDenied,
                                       match="Seul un gérant peut ajuster le stock."):
        require_manager(clerk, "adjust stock")
    with speaking("ar"), pytest.raises(PermissionDenied, match="المسير وحده يمكنه تعديل المخزون"):
        require_manager(clerk, "adjust stock")
    # A caller's own whole sentence is said as it is.
    with pytest.raises(PermissionDenied, match="^Seul un gérant peut tout faire.$"):
        require_manager(clerk, "Seul un gérant peut tout faire.")


def load_shop_settings_of(db):
    with db.read() as session:
        return load_shop_settings(session)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_scanned_line_is_selected_and_plus_adds_to_it_in_every_language(qtbot, db, code):
    """Qt's selectRow() selects nothing in a right-to-left table: the Arabic cart lost its
    selected line, and with it +, - and Del."""
    window, screen = sale_of_three(qtbot, db, code)
    assert [i.row() for i in screen.table.selectionModel().selectedRows()] == [2]
    scan(qtbot, screen.scan_field, SKUS[0])  # the first line again: it is selected
    assert [i.row() for i in screen.table.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(screen.scan_field, Qt.Key_Plus)
    assert screen.cart.items[0].quantity == 3
