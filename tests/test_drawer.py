"""Manager → Open drawer in the real window, by keys: a clerk asks for the manager's PIN,
types a reason, Enter; the fake network printer gets the drawer's pulse (and no receipt),
the opening is recorded under the manager's name and counted in the Z report. Without a
reason, or without a printer and its drawer, nothing opens and nothing is recorded."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from db.types import utc_now
from pos.hardware.drawer import BY_A_MANAGER
from pos.hardware.settings import HardwareSettings, save_hardware_settings
from pos.reports import sales_day
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN
from tests.fake_printer import CUT, DRAWER_PULSE, RASTER, fake_printer  # noqa: F401
from tests.test_sale_screen import login
from ui.day_close import DayCloseDialog
from ui.dialogs import ManagerApprovalDialog
from ui.drawer_dialog import DrawerDialog
from ui.main_window import MainWindow


def set_printer(db, url: str, drawer: bool = True) -> None:
    with db.write() as s:
        save_hardware_settings(s, HardwareSettings(printer_url=url, drawer=drawer))


def openings_today(db):
    with db.read() as s:
        shop = load_shop_settings(s)
        return sales_day(s, shop, shop.local_date(utc_now())).drawer_openings


def choose_from_the_manager_menu(qtbot, window, letter) -> None:
    """Alt+M opens the Manager menu; the entry's underlined letter chooses it. Each key to
    the widget that has the focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sale_screen.scan_field)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_M, Qt.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), letter)


def clerk_asks_for_the_drawer(qtbot, db) -> tuple[MainWindow, DrawerDialog]:
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    choose_from_the_manager_menu(qtbot, window, Qt.Key_D)
    approval = window.pending_dialog
    assert isinstance(approval, ManagerApprovalDialog) and approval.isVisible()
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    dialog = window.drawer_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    return window, dialog


def test_a_clerk_opens_the_drawer_with_the_manager_s_pin_and_a_reason(qtbot, db, fake_printer):
    set_printer(db, fake_printer.url)
    window, dialog = clerk_asks_for_the_drawer(qtbot, db)
    qtbot.keyClicks(dialog.reason, "Change for the bank")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    job = fake_printer.wait_for_job()
    assert job.startswith(DRAWER_PULSE) and RASTER not in job and CUT not in job
    qtbot.waitUntil(lambda: not dialog.isVisible())  # answered off the GUI thread
    assert window.statusBar().currentMessage() == "The drawer is open."
    [opening] = openings_today(db)
    assert (opening.why, opening.staff, opening.reason) == (
        BY_A_MANAGER, MANAGER_NAME, "Change for the bank")

    # The manager's Z report counts it (the manager's PIN again: the clerk is logged in).
    window.day_close_action.trigger()
    qtbot.keyClicks(window.pending_dialog.pin, MANAGER_PIN)
    qtbot.keyClick(window.pending_dialog.pin, Qt.Key_Return)
    day_close: DayCloseDialog = window.day_close_dialog
    qtbot.waitUntil(lambda: day_close.data is not None)
    words = day_close.cash.drawer.text()
    assert "opened 1 time" in words and "Opened by a manager: 1" in words
    assert f"{MANAGER_NAME}: Change for the bank" in words


@pytest.mark.usefixtures("synchronous_tasks")
def test_without_a_reason_the_drawer_stays_shut(qtbot, db, fake_printer):
    set_printer(db, fake_printer.url)
    _window, dialog = clerk_asks_for_the_drawer(qtbot, db)
    qtbot.keyClicks(dialog.reason, "   ")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "Say why the drawer is opened."
    assert fake_printer.jobs == [] and openings_today(db) == ()


@pytest.mark.usefixtures("synchronous_tasks")
@pytest.mark.parametrize("printer", ["", "drawer off"])
def test_without_a_printer_and_its_drawer_it_says_so_and_records_nothing(
        qtbot, db, fake_printer, printer):
    if printer:
        set_printer(db, fake_printer.url, drawer=False)
    _window, dialog = clerk_asks_for_the_drawer(qtbot, db)
    qtbot.keyClicks(dialog.reason, "Change for the bank")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    assert dialog.isVisible() and "no receipt printer with a cash drawer" in \
        dialog.message.text()
    assert fake_printer.jobs == [] and openings_today(db) == ()


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_printer_that_refuses_says_so_and_records_nothing(qtbot, db, fake_printer):
    set_printer(db, fake_printer.url)
    fake_printer.refuse()
    _window, dialog = clerk_asks_for_the_drawer(qtbot, db)
    qtbot.keyClicks(dialog.reason, "Change for the bank")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    assert dialog.isVisible() and "cannot be reached" in dialog.message.text()
    assert dialog.open_button.isEnabled() and openings_today(db) == ()
