"""The review of issue 16: what a Moroccan shop found wrong with the French and Arabic app,
each defect checked here so that it stays fixed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import MANAGER_NAME, MANAGER_PIN
from tests.i18n_check import english_left
from tests.test_i18n_screens import speak
from tests.test_sale_screen import login, scan
from tests.test_screen_fit import ROOM, WINDOWS, small_screen  # noqa: F401 (a fixture)
from tests.test_screen_fit import test_the_window_fits_a_small_counter_screen as fits
from ui.language import apply_language
from ui.main_window import MainWindow


@pytest.mark.usefixtures("synchronous_tasks", "small_screen")
@pytest.mark.parametrize("code", ["fr", "ar"])
@pytest.mark.parametrize("cls", WINDOWS, ids=lambda cls: cls.__name__)
def test_every_window_fits_a_small_screen_in_french_and_arabic(qtbot, db, cls, code):
    """French is ~20% longer than English: a row of buttons or a title that fits in English
    may push a window past a 1024-pixel screen (the products' buttons, the cash close's top
    row did)."""
    apply_language(code)
    fits(qtbot, db, cls)


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_a_long_message_on_the_sale_screen_folds_instead_of_widening_the_window(qtbot, db, code):
    """An unknown barcode's sentence (longer in French) made the window 1131 pixels wide: on a
    1024 screen the total and the pay buttons went off its edge."""
    if code != "en":
        speak(db, code)
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.resize(ROOM)
    window.show()
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    scan(qtbot, window.sale_screen.scan_field, "0000000000000123")
    qtbot.wait(100)
    assert "0000000000000123" in window.sale_screen.message.text()
    assert window.minimumSizeHint().width() <= ROOM.width()
    assert window.width() <= ROOM.width()
    if code != "en":
        assert english_left(window, code) == []


def first_strong(text: str) -> str:
    """The direction a paragraph takes from its text: that of its first strong letter."""
    import unicodedata
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return "ltr" if kind == "L" else "rtl"
    return ""


def test_the_status_bar_reads_from_the_right_in_arabic(qtbot, db):
    """'TikTok: لا يوجد رمز وصول · المسير ← إعدادات TikTok: أضف رمز الوصول' opened with a
    Latin word: the line was laid out left to right, its Arabic end read first. The staff
    member's line too ('Youssef (مسير) · Bazar Atlas')."""
    speak(db, "ar")
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    from tracking.sync import SyncReport
    report = SyncReport(sent=0, waiting=2, failed=0, expired=0, state="no_token", message="")
    window.sync_status.show_report(report)
    assert "TikTok" in window.sync_status.text()
    assert first_strong(window.sync_status.text()) == "rtl"
    assert first_strong(window.who.text()) == "rtl"
    assert english_left(window, "ar", also=[window.sync_status.text()]) == []
