"""Every window and dialog of the app fits a counter's small screen (1024x768, a taskbar and
the window's frame taken off): its smallest size, in its fullest state, and the size it
opens at. The windows are found, not listed: a new dialog in ui/ is checked as soon as it
exists (it is built by its parameters' names; one with a new kind of parameter fails with
a message saying where to teach the test)."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QScrollArea, QWidget

import ui
from pos.catalog_views import product_page, ProductQuery
from pos.customer import Customer
from pos.money import Money, format_money
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff
from ui import widgets
from ui.day_close import DayCloseDialog
from ui.style import APP_STYLE

# 1024x768 less a taskbar: what a small counter screen gives a window, frame included.
SMALL_SCREEN = QRect(0, 0, 1024, 768 - 40)
# Inside the frame: the title bar and the borders (as drawn by Windows or a Linux desktop).
ROOM = QSize(SMALL_SCREEN.width() - widgets.FRAME.width(),
             SMALL_SCREEN.height() - widgets.FRAME.height())


def _ui_windows() -> list[type]:
    """Every QDialog and QMainWindow class defined in ui/ that is opened as it is."""
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found, todo = [], [QDialog, QMainWindow]
    while todo:
        for cls in todo.pop().__subclasses__():
            todo.append(cls)
            if cls.__module__.startswith("ui.") and not cls.__name__.startswith("_"):
                found.append(cls)
    # A base (DayScreen) is checked through the windows made from it.
    windows = {cls for cls in found if not any(cls in other.__mro__[1:] for other in found)}
    return sorted(windows, key=lambda cls: (cls.__module__, cls.__name__))


WINDOWS = _ui_windows()


class _Shop:
    """What a window's parameters are built from, by their names."""

    def __init__(self, db):
        with db.read() as session:
            self.shop = load_shop_settings(session)
            self.manager_id = demo_staff(session, MANAGER_NAME).id
            self.clerk_id = demo_staff(session, CLERK_NAME).id
            self.products = product_page(session, ProductQuery()).rows
        self.db = db

    def value(self, cls: type, name: str):
        long_words = ("Refund allowed, day 3 of 3. Change of mind: 20% deducted = 30,00 MAD "
                      "(minimum 20,00 MAD). Customer receives 120,00 MAD.")
        values = {
            "db": self.db, "shop": self.shop, "manager_id": self.manager_id,
            "staff_id": self.manager_id, "clerk_id": self.clerk_id,
            "locale": self.shop.locale, "shop_name": self.shop.name,
            "product": self.products[0], "product_ids": [p.id for p in self.products],
            "products": self.products, "query": "shirt", "total": Money.of("1234.50"),
            "current": Customer(), "question": "Approve this return? " + long_words,
            "policy_said": long_words, "with_approval": "Customer receives 150,00 MAD, no deduction.",
            "document": _receipt_document,
            "number": "S-20261122-0001", "title": cls.__name__, "rows": _paper_rows,
            "carts": _parked_carts, "line_name": "Chemise en lin blanc, taille L",
            "give": lambda: (lambda text, percent, reason: None),
            "phone": "+212612345678",
        }
        if name not in values:
            pytest.fail(f"{cls.__name__}: the fit test does not know what to give its "
                        f"parameter '{name}'. Add it to _Shop.value in {__file__}.")
        value = values[name]
        return value() if callable(value) else value  # made only for a window that asks

    def build(self, cls: type) -> QWidget:
        arguments = {name: self.value(cls, name)
                     for name, parameter in inspect.signature(cls.__init__).parameters.items()
                     if name != "self" and parameter.default is inspect.Parameter.empty
                     and parameter.kind is parameter.POSITIONAL_OR_KEYWORD}
        if "start_sync" in inspect.signature(cls.__init__).parameters:
            arguments["start_sync"] = False
        return cls(**arguments)


def _paper_rows() -> tuple:
    """A receipt's rows on the 80 mm roll, as main's receipt dialog takes them (branch
    receipts, merged on main beside this one)."""
    from pos.receipt_paper import PrintedLine
    return tuple(PrintedLine(f"Line {n}".ljust(30) + "150,00 MAD") for n in range(30))


def _parked_carts():
    """Parked carts, long enough to fold: the sale screen's Shift+F6 list."""
    from datetime import datetime, timezone

    from pos.parked import Parked, ParkedLine
    lines = tuple(ParkedLine(i, f"SKU-{i}", f"Linen shirt, white, size {i}", 2) for i in range(6))
    return [Parked(i, datetime(2026, 11, 22, 9 + i, tzinfo=timezone.utc), "Amina", lines,
                   Customer(name="Salma Benali"), 12, Money.of("12345.60")) for i in range(8)]


def _receipt_document() -> QTextDocument:
    document = QTextDocument()
    document.setHtml("<p>" + "<br>".join(f"Line {n}  ·  150,00 MAD" for n in range(30)) + "</p>")
    return document


def _fullest(window: QWidget) -> None:
    """The state that needs the most room: the import's column matching shown, the cash
    close's widest count and its question asked."""
    name = type(window).__name__
    if name == "ImportDialog":
        window.mapping_box.show()
    elif name == "NoReceiptReturnDialog":  # two products: the longest sentence of each
        for sku in ("2003002", "4001002", "2003002"):
            window.scan.setText(sku)
            window.add_item()
        window.message.setText("The customer's phone is required for a return without a "
                               "receipt.")
    elif name == "DayCloseDialog":
        for value in ("200", "0.50"):
            window.set_count(value, 9999)  # the widest figures a count can show
        window.count.ask("Close Sunday 22/11/2026 with 5 789,70 MAD counted against "
                         "5 789,70 MAD expected? Exact: nothing missing, nothing over. A "
                         "closed day cannot be changed afterwards.")


def smallest(window: QWidget) -> QSize:
    return window.minimumSize().expandedTo(window.minimumSizeHint())


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(widgets, "screen_room", lambda _window: SMALL_SCREEN)


def test_the_windows_are_found():
    names = {cls.__name__ for cls in WINDOWS}
    assert {"MainWindow", "DayCloseDialog", "ReturnsReviewDialog", "ProductsScreen",
            "ImportDialog", "PromotionsDialog", "CollectionsDialog", "LabelsDialog",
            "ReceiveGoodsDialog", "AdjustStockDialog", "StockHistoryDialog", "PolicyDialog",
            "TikTokSettingsDialog", "TikTokQueueDialog", "PaymentDialog", "CustomerDialog",
            "ManagerApprovalDialog", "ProductPicker", "OverrideDialog",
            "ReceiptDialog", "ProductDialog", "NoReceiptReturnDialog"} <= names


@pytest.mark.usefixtures("synchronous_tasks", "small_screen")
@pytest.mark.parametrize("cls", WINDOWS, ids=lambda cls: cls.__name__)
def test_the_window_fits_a_small_counter_screen(qtbot, db, cls):
    window = _Shop(db).build(cls)
    qtbot.addWidget(window)
    window.setStyleSheet(APP_STYLE)  # the main window's style, as a dialog inherits it
    _fullest(window)
    window.show()
    qtbot.waitExposed(window)
    least, opened = smallest(window), window.size()
    print(f"{cls.__name__}: smallest {least.width()}x{least.height()}, "
          f"opens at {opened.width()}x{opened.height()}")
    assert least.width() <= ROOM.width() and least.height() <= ROOM.height(), \
        f"{cls.__name__} needs at least {least.width()}x{least.height()}; a small " \
        f"screen has {ROOM.width()}x{ROOM.height()}"
    assert opened.width() <= ROOM.width() and opened.height() <= ROOM.height(), \
        f"{cls.__name__} opens at {opened.width()}x{opened.height()}"
    # What scrolls on a small screen scrolls down, never sideways (a table may).
    window.resize(ROOM)
    qtbot.waitUntil(lambda: window.size() == ROOM)
    for area in window.findChildren(QScrollArea):
        if type(area) is QScrollArea and area.isVisible():
            assert area.horizontalScrollBar().maximum() == 0, \
                f"{cls.__name__}: {area.widget().minimumSizeHint().width()} pixels wide " \
                f"in {area.viewport().width()}"


@pytest.mark.usefixtures("synchronous_tasks", "small_screen")
def test_the_cash_close_is_done_by_keys_on_a_small_screen(qtbot, db):
    """Cash taken out, the drawer counted, the day closed: keys only, the question and its
    answer on the screen."""
    shop = _Shop(db)
    window = QWidget()
    window.setStyleSheet(APP_STYLE)
    qtbot.addWidget(window)
    dialog = DayCloseDialog(db, shop.shop, shop.manager_id, parent=window)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.size().width() <= ROOM.width() and dialog.size().height() <= ROOM.height()

    def typed(keys: str, then=Qt.Key_Tab) -> None:
        QTest.keyClicks(QApplication.focusWidget(), keys)
        QTest.keyClick(QApplication.focusWidget(), then)

    dialog.cash.float_field.setFocus()
    typed("500", Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.cash.expected.text() == format_money(Money.of("500")))
    dialog.cash.amount_field.setFocus()
    typed("100")
    assert QApplication.focusWidget() is dialog.cash.reason_field
    typed("Bank deposit", Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.cash.movements.rowCount() == 1)
    dialog.count.count_fields[Money.of("200")].setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    typed("2")  # 400 counted: exactly the 500 less the 100 taken out
    while QApplication.focusWidget() is not dialog.count.close_button:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    QTest.keyClick(dialog.count.close_button, Qt.Key_Space)
    confirm = dialog.count.confirm_button
    assert QApplication.focusWidget() is confirm and "Exact" in dialog.count.confirm_text.text()
    corner = confirm.mapTo(dialog, confirm.rect().bottomRight())
    assert dialog.rect().contains(corner) and not confirm.visibleRegion().isEmpty()
    with qtbot.waitSignal(dialog.closed):
        QTest.keyClick(confirm, Qt.Key_Space)
