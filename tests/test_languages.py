"""Which language, where: the shop's at the login, each person's once logged in, --lang for
a whole run; a manager sets them with the keyboard; pos/'s words follow, and a block written
in another language (a receipt) changes nothing for other threads."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Staff
from db.words import Said
from pos.i18n import (LanguageError, figures_locale, language, speaking, use_language,
                      words_of, _)
from pos.languages import current_languages, save_languages
from pos.money import Money, format_money
from pos.shop import ShopSettings, load_shop_settings, save_shop_settings
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN
from tests.test_hub_ui import attached  # noqa: F401 - the fixture
from ui.main_window import MainWindow


def set_languages(db, shop: str, **staff: str | None) -> None:
    with db.write() as s:
        save_shop_settings(s, replace(load_shop_settings(s), language=shop))
        for name, code in staff.items():
            s.scalar(select(Staff).where(Staff.name == name)).language = code


def open_window(qtbot, db, **options) -> MainWindow:
    window = MainWindow(db, start_sync=False, **options)
    qtbot.addWidget(window)
    window.show()
    return window


def login(qtbot, window, name, pin):
    window.login_screen.select_staff(name)
    qtbot.keyClicks(window.login_screen.pin_field, pin)
    qtbot.keyClick(window.login_screen.pin_field, Qt.Key_Return)


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_login_speaks_the_shops_language_and_each_person_their_own(qtbot, db):
    set_languages(db, "fr", **{CLERK_NAME: "ar", MANAGER_NAME: None})
    window = open_window(qtbot, db)
    assert menu_titles(window) == ["&Vente", "&Gérant", "&Personnel"]
    assert window.who.text() == "Personne n'est connecté"
    assert QApplication.layoutDirection() == Qt.LeftToRight

    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    assert language() == "ar"
    assert menu_titles(window) == ["البيع (&S)", "المسير (&M)", "الموظفون (&T)"]
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert window.sale_screen.isRightToLeft()
    assert "بائع" in window.who.text()

    window.logout_action.trigger()  # Ctrl+L
    assert language() == "fr"
    assert QApplication.layoutDirection() == Qt.LeftToRight
    assert menu_titles(window)[0] == "&Vente"

    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)  # no language of their own: the shop's
    assert language() == "fr"
    assert "gérant" in window.who.text()


def test_a_language_given_for_the_run_holds_whoever_logs_in(qtbot, db):
    set_languages(db, "fr", **{CLERK_NAME: "ar"})
    window = open_window(qtbot, db, language="en")
    assert menu_titles(window)[0] == "&Sale"
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    assert language() == "en"
    assert QApplication.layoutDirection() == Qt.LeftToRight


def test_a_manager_sets_the_languages_with_the_keyboard(qtbot, db):
    window = open_window(qtbot, db)
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    window.open_languages()
    dialog = window.languages_dialog
    qtbot.waitUntil(lambda: dialog.hub_lock is None and dialog.isVisible())
    assert dialog.focusWidget() is dialog.shop_language
    qtbot.keyClick(dialog.shop_language, Qt.Key_Home)  # Français, the first
    qtbot.keyClick(dialog.shop_language, Qt.Key_Tab)
    assert dialog.focusWidget() is dialog.receipt_language
    qtbot.keyClick(dialog.receipt_language, Qt.Key_Home)
    qtbot.keyClick(dialog.receipt_language, Qt.Key_Down)
    qtbot.keyClick(dialog.receipt_language, Qt.Key_Down)  # French and Arabic, both
    clerk_row = [p.name for p in dialog.current.staff].index(CLERK_NAME)
    for _row in range(clerk_row + 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key_Tab)
    assert dialog.focusWidget() is dialog.staff_languages[clerk_row]
    qtbot.keyClick(dialog.staff_languages[clerk_row], Qt.Key_Down)
    qtbot.keyClick(dialog.staff_languages[clerk_row], Qt.Key_Down)  # العربية
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.staff_languages[clerk_row], Qt.Key_Return)

    with db.read() as s:
        saved = current_languages(s)
    assert (saved.shop, saved.receipt) == ("fr", "fr+ar")
    assert {p.name: p.language for p in saved.staff}[CLERK_NAME] == "ar"
    assert language() == "fr"  # the manager has none of their own: the shop's, now French
    assert menu_titles(window)[0] == "&Vente"
    assert window.shop.receipt_language == "fr+ar"


def test_a_language_counter_does_not_speak_is_refused_and_nothing_changes(db):
    with db.write() as s:
        manager = s.scalar(select(Staff).where(Staff.name == MANAGER_NAME))
        before = current_languages(s)
        with pytest.raises(LanguageError, match="'de' is not a language Counter speaks"):
            save_languages(s, manager, replace(before, shop="de"))
        with pytest.raises(LanguageError):
            save_shop_settings(s, replace(load_shop_settings(s), receipt_language="es"))
    with db.read() as s:
        assert current_languages(s) == before


def test_figures_follow_the_language_spoken():
    shop = ShopSettings()
    amount = Money.of("1234.50")
    assert format_money(amount, shop.locale) == "1\u202f234,50\xa0MAD"
    with speaking("fr"):
        assert shop.locale == "fr_MA"
    with speaking("ar"):
        assert shop.locale == "ar_MA"
        # CLDR's sign for the dirham in Arabic ends with a right-to-left mark (U+200F).
        assert format_money(amount, shop.locale) == "1.234,50\xa0د.م.\u200f"
    assert figures_locale("fr_MA", "en") == "fr_MA"


def test_speaking_another_language_is_this_threads_alone():
    use_language("fr")
    seen = []
    with speaking("ar"):
        worker = threading.Thread(target=lambda: seen.append(language()))
        worker.start()
        worker.join()
        assert language() == "ar"
    assert seen == ["fr"] and language() == "fr"


def test_a_sentence_from_storage_is_written_in_the_language_spoken():
    error = Said("'{code}' is not a language Counter speaks: use {codes}.", code="de",
                 codes="fr, ar, en")
    assert str(error) == "'de' is not a language Counter speaks: use fr, ar, en."
    with speaking("fr"):
        assert words_of(error) == "« de » n'est pas une langue de Counter : utilisez fr, ar, en."
        assert _("'{code}' is not a receipt language.") == "« {code} » n'est pas une langue de ticket."
    with speaking("ar"):
        assert words_of(error).startswith("«de» ليست لغة")


def test_on_an_attached_till_the_languages_are_the_shops_kept_on_the_hub(qtbot, db, attached):
    """Saved on the hub under the till's login and synced back: every till of the shop
    speaks them."""
    from tests.test_hub_ui import load_shop
    from ui.languages_dialog import LanguagesDialog
    with db.read() as s:
        manager_id = s.scalar(select(Staff.id).where(Staff.name == MANAGER_NAME))
    dialog = LanguagesDialog(db, load_shop(db), manager_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.hub_lock is None, timeout=15_000)
    dialog.shop_language.setCurrentIndex(dialog.shop_language.findData("ar"))
    clerk_row = [p.name for p in dialog.current.staff].index(CLERK_NAME)
    dialog.staff_languages[clerk_row].setCurrentIndex(
        dialog.staff_languages[clerk_row].findData("fr"))
    with qtbot.waitSignal(dialog.saved, timeout=15_000):
        dialog.submit()
    for database in (attached, db):  # the hub, and this till once synced
        with database.read() as s:
            assert load_shop_settings(s).language == "ar"
            clerk = s.scalar(select(Staff).where(Staff.name == CLERK_NAME))
            assert clerk.language == "fr"


def test_the_demo_shop_speaks_as_a_shop_in_casablanca(tmp_path):
    from pos.app import open_shop
    db = open_shop(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    with db.read() as s:
        languages = current_languages(s)
    assert (languages.shop, languages.receipt) == ("fr", "fr+ar")
    assert {p.name: p.language for p in languages.staff} == {"Amina": "ar", "Youssef": None}


def test_qts_own_figures_follow_with_latin_digits_in_arabic(qtbot):
    from PySide6.QtCore import QLocale
    from ui.language import apply_language
    apply_language("ar")
    assert QLocale().toString(1234) == "1.234" and QLocale().textDirection() == Qt.RightToLeft
    apply_language("fr")
    assert QLocale().language() == QLocale.French
    apply_language("en")
    assert QLocale() == QLocale.system()
