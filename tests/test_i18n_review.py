"""The review of issue 16: what a Moroccan shop found wrong with the French and Arabic app,
each defect checked here so that it stays fixed."""
from __future__ import annotations

import pytest

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


# The placeholders that hold an amount of money (as format_money writes it).
MONEY = ("amount", "short", "change", "paid", "by_percent", "minimum", "refunds", "sold",
         "difference", "total", "refund", "refunded", "deducted", "counted", "expected",
         "given")


def _arabic_translations() -> list[str]:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from babel.messages.pofile import read_po
    root = Path(__file__).resolve().parent.parent
    texts = ["".join(t.itertext()) for t in
             ET.parse(root / "ui/translations/counter_ar.ts").getroot().iter("translation")]
    with (root / "pos/locale/ar/LC_MESSAGES/counter.po").open("rb") as handle:
        for message in read_po(handle):
            if message.id:
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                texts += [s for s in strings if s]
    return texts


def test_an_arabic_sentence_never_ends_on_the_dirhams_dot_and_its_own():
    """ar_MA writes the dirham 'د.م.': a sentence ending with an amount then a full stop read
    'ينقص 145,00 د.م..' (not enough cash, the decision's 'يسترجع الزبون …', the cash close)."""
    import re

    from pos.i18n import _, speaking
    from pos.money import Money, format_money
    with speaking("ar"):
        short = _("Not enough cash: {short} short.").format(
            short=format_money(Money.of("145"), "ar_MA"))
    assert "145,00" in short and not re.search(r"د\.م\.\W*\.", short), short
    ending = re.compile(r"\{(" + "|".join(MONEY) + r")\}\.")
    assert [t for t in _arabic_translations() if ending.search(t)] == []


def test_the_arabic_wrong_pin_says_one_and_two_in_words():
    """Arabic says 'محاولتان' (two tries) and 'ثانيتين' (two seconds) without the figure:
    'تبقى 2 محاولتان' read as a mistake at the login."""
    from pos.i18n import ngettext, speaking
    with speaking("ar"):
        tries = ngettext("Wrong PIN. {left} try left before a one-minute lock.",
                         "Wrong PIN. {left} tries left before a one-minute lock.", 2)
        locked = ngettext("Too many wrong PINs. {name} is locked for {seconds} more second.",
                          "Too many wrong PINs. {name} is locked for {seconds} more seconds.", 2)
        one = ngettext("Wrong PIN. {left} try left before a one-minute lock.",
                       "Wrong PIN. {left} tries left before a one-minute lock.", 1)
    assert tries.format(left=2) == "الرمز السري خاطئ. تبقى محاولتان قبل الإيقاف لمدة دقيقة."
    assert "ثانيتين" in locked and "{seconds}" not in locked
    assert one.format(left=1) == "الرمز السري خاطئ. تبقى محاولة واحدة قبل الإيقاف لمدة دقيقة."


def test_the_french_return_screen_finds_the_ticket_it_names(qtbot, db):
    """'Ticket … ou cherchez-la par date': the field is the ticket (masculine) the clerk
    searches for, 'cherchez-le'."""
    speak(db, "fr")
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    window.show_returns()
    from PySide6.QtWidgets import QLabel
    texts = [label.text() for label in window.return_screen.findChildren(QLabel)]
    assert "ou cherchez-le par &date" in texts
    assert not [t for t in texts if "cherchez-la" in t]


def test_the_hubs_command_reads_left_to_right_in_the_arabic_sentence(qapp):
    """'… شغّل python main.py till attach --hub URL …': the command's '--' jumped to the other
    end of the Arabic line and its words were read out of order."""
    from ui.hub_dialog import stands_alone
    command = "python main.py till attach --hub URL --shop CODE --till CODE"
    assert command in stands_alone()  # English: as it is
    apply_language("ar")
    assert f"\u2066{command}\u2069" in stands_alone()


def test_a_saved_files_path_reads_left_to_right_in_arabic(qtbot, db, tmp_path):
    """'حُفظ في /tmp/…/S-….pdf': the path's leading slash went to the other end of the Arabic
    line. The path is set apart, left to right."""
    from tests.conftest import CLERK_NAME, CLERK_PIN
    speak(db, "ar")
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    screen = window.sale_screen
    from tests.test_sale_screen import SHIRT
    scan(qtbot, screen.scan_field, SHIRT)
    screen.start_payment("card")
    screen.payment_dialog.submit()
    receipt = screen.receipt_dialog
    qtbot.waitUntil(lambda: receipt is not None and receipt.isVisible(), timeout=10_000)
    path = str(tmp_path / "ticket.pdf")
    receipt.save_pdf(path)
    qtbot.waitUntil(lambda: "ticket.pdf" in receipt.message.text(), timeout=10_000)
    assert f"\u2066{path}\u2069" in receipt.message.text()
    receipt.accept()


def test_a_message_opening_with_a_products_name_reads_from_the_right_in_arabic(qapp):
    """'Cotton socks نشط من جديد' (the products screen, a stock change): the line opened with
    the product's Latin name, so Qt laid it out left to right and the Arabic was read first."""
    from PySide6.QtWidgets import QLabel

    from ui.widgets import say
    label = QLabel()
    say(label, "Cotton socks, 3 pairs active again: it sells at the counter.")
    assert first_strong(label.text()) == "ltr"  # English as it is
    apply_language("ar")
    say(label, "Cotton socks, 3 pairs نشط من جديد: يُمسح في الصندوق.")
    assert first_strong(label.text()) == "rtl"
    say(label, "تم حفظ Cotton socks.")
    assert label.text() == "تم حفظ Cotton socks."  # an Arabic line stays as it is


@pytest.mark.parametrize("code, words", [("fr", "Votre vente en cours est reprise : "),
                                         ("ar", "استُعيد بيعك الجاري: ")])
def test_a_kept_sale_is_taken_up_again_in_shop_words(qapp, code, words):
    """'Votre vente est de retour' / 'عاد بيعك' (word for word from English) at the login
    after a clerk's break: the sale in progress is taken up again."""
    from PySide6.QtCore import QCoreApplication
    apply_language(code)
    said = QCoreApplication.translate("SaleScreen", "Your sale is back: {sale}.")
    assert said.startswith(words)
