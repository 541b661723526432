"""Manager → Printer in the real window, by keys: the printer's address typed, the paper
chosen, a test page sent to the printer as typed (before saving) and arriving whole at the
fake network printer; Save keeps the settings; a wrong address is said beside its field and
saves nothing. And the day's Z report printed on the receipt printer: a raster the roll's
width, then a cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from pos.hardware.settings import (HardwareSettings, load_hardware_settings,
                                   save_hardware_settings)
from tests.conftest import MANAGER_NAME, MANAGER_PIN
from tests.fake_printer import CUT, DRAWER_PULSE, fake_printer, raster_widths  # noqa: F401
from tests.test_sale_screen import login
from ui.day_close import DayCloseDialog
from ui.hardware_dialog import HardwareDialog
from ui.main_window import MainWindow


def settings(db) -> HardwareSettings:
    with db.read() as s:
        return load_hardware_settings(s)


def manager_window(qtbot, db) -> MainWindow:
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    return window


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def open_printer_by_keys(qtbot, window) -> HardwareDialog:
    """Alt+M, then P: the manager opens Printer… (a manager: no PIN asked)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sale_screen.scan_field)
    press(qtbot, Qt.Key_M, Qt.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key_P)
    qtbot.waitUntil(lambda: getattr(window, "hardware_dialog", None) is not None)
    dialog = window.hardware_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_printer_is_set_by_keys_and_its_test_page_arrives(qtbot, db, fake_printer):
    window = manager_window(qtbot, db)
    dialog = open_printer_by_keys(qtbot, window)
    press(qtbot, Qt.Key_P, Qt.AltModifier)
    assert QApplication.focusWidget() is dialog.printer_url
    qtbot.keyClicks(dialog.printer_url, fake_printer.url)
    press(qtbot, Qt.Key_A, Qt.AltModifier)  # the paper: 58 mm, one down from 80
    assert QApplication.focusWidget() is dialog.paper
    press(qtbot, Qt.Key_Down)
    assert dialog.paper.currentData() == 58
    press(qtbot, Qt.Key_D, Qt.AltModifier)  # no drawer at this till: its box unticked
    qtbot.waitUntil(lambda: not dialog.drawer.isChecked())

    press(qtbot, Qt.Key_T, Qt.ControlModifier)
    job = fake_printer.wait_for_job()
    # One image (sent in bands of 256 dots' height) the 58 mm roll's width, then one cut.
    assert set(raster_widths(job)) == {384} and job.count(CUT) == 1
    assert job.rstrip(b"\x00").endswith(CUT) and DRAWER_PULSE not in job
    qtbot.waitUntil(lambda: "test page was sent" in dialog.message.text())
    assert settings(db) == HardwareSettings()  # tried, not saved yet

    press(qtbot, Qt.Key_P, Qt.AltModifier)
    press(qtbot, Qt.Key_Return)
    assert not dialog.isVisible()
    assert settings(db) == HardwareSettings(printer_url=fake_printer.url, paper_mm=58,
                                            drawer=False)


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_wrong_address_is_said_beside_its_field_and_saves_nothing(qtbot, db):
    window = manager_window(qtbot, db)
    dialog = open_printer_by_keys(qtbot, window)
    press(qtbot, Qt.Key_P, Qt.AltModifier)
    qtbot.keyClicks(dialog.printer_url, "http://192.168.1.50")
    press(qtbot, Qt.Key_Return)
    assert dialog.isVisible() and dialog.printer_error.isVisible()
    assert "is not a printer's address" in dialog.printer_error.text()
    assert "tcp://" in dialog.printer_error.text()
    # The whole forms are listed under it, every one of them shown.
    assert "tcp://HOST:9100" in dialog.printer_forms.text()
    forms = dialog.printer_forms
    assert forms.height() >= forms.heightForWidth(forms.width()) or forms.height() >= (
        forms.sizeHint().height())
    assert QApplication.focusWidget() is dialog.printer_url
    press(qtbot, Qt.Key_T, Qt.ControlModifier)  # nor is a test page sent anywhere
    assert "is not a printer's address" in dialog.printer_error.text()
    assert settings(db) == HardwareSettings()

    # A pole display without its address is not saved either.
    dialog.printer_url.clear()
    press(qtbot, Qt.Key_C, Qt.AltModifier)
    press(qtbot, Qt.Key_End)
    assert not dialog.display_error.isVisible() and dialog.display_url.isEnabled()
    press(qtbot, Qt.Key_R, Qt.AltModifier)
    qtbot.keyClicks(dialog.display_url, "cups://TM-T20")
    press(qtbot, Qt.Key_Return)
    assert dialog.display_error.isVisible() and settings(db) == HardwareSettings()


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_printer_that_cannot_be_reached_is_said_in_words(qtbot, db, fake_printer):
    fake_printer.refuse()
    window = manager_window(qtbot, db)
    dialog = open_printer_by_keys(qtbot, window)
    press(qtbot, Qt.Key_P, Qt.AltModifier)
    qtbot.keyClicks(dialog.printer_url, fake_printer.url)
    press(qtbot, Qt.Key_T, Qt.AltModifier)  # the button's own key this time
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.message.text())
    assert dialog.test_button.isEnabled()


def test_the_z_report_prints_on_the_receipt_printer(qtbot, db, fake_printer):
    with db.write() as s:
        save_hardware_settings(s, HardwareSettings(printer_url=fake_printer.url))
    window = manager_window(qtbot, db)
    window.day_close_action.trigger()
    dialog: DayCloseDialog = window.day_close_dialog
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.print_button.isEnabled())
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as printed:
        qtbot.keyClick(dialog, Qt.Key_P, Qt.ControlModifier)
    assert printed.args == ["Printed."]
    job = fake_printer.wait_for_job()
    assert set(raster_widths(job)) == {576} and job.count(CUT) == 1
    assert job.rstrip(b"\x00").endswith(CUT) and DRAWER_PULSE not in job


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_z_report_the_printer_refuses_is_said_and_the_report_stays(qtbot, db, fake_printer):
    with db.write() as s:
        save_hardware_settings(s, HardwareSettings(printer_url=fake_printer.url))
    fake_printer.refuse()
    window = manager_window(qtbot, db)
    window.day_close_action.trigger()
    dialog: DayCloseDialog = window.day_close_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key_P, Qt.ControlModifier)
    assert "cannot be reached" in dialog.message.text()
    assert dialog.print_button.isEnabled() and dialog.data is not None  # print it again


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_pole_display_chosen_in_the_dialog_shows_at_once(qtbot, db, tmp_path):
    """Saved in Manager → Printer, the display is the one the till drives from then on, with
    no restart."""
    window = manager_window(qtbot, db)
    dialog = open_printer_by_keys(qtbot, window)
    pole = tmp_path / "pole.bin"
    press(qtbot, Qt.Key_C, Qt.AltModifier)
    assert QApplication.focusWidget() is dialog.display
    press(qtbot, Qt.Key_End)  # the last choice: a pole display at an address
    press(qtbot, Qt.Key_R, Qt.AltModifier)
    qtbot.keyClicks(dialog.display_url, f"file://{pole}")
    press(qtbot, Qt.Key_Return)
    assert not dialog.isVisible()
    assert settings(db).display == f"file://{pole}"
    qtbot.waitUntil(lambda: pole.exists() and b"TOTAL" not in pole.read_bytes()
                    and len(pole.read_bytes()) > 40)
