"""Returns in French and in Arabic: the policy's sentences as the clerk reads them out (the
83.33 MAD crossover, each refusal), the return screen and its dialogs with no English word
left and right to left in Arabic, a return done with keys alone in French, and the screen
following a language change while it stays open (a clerk who speaks Arabic logs in)."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from sqlalchemy import select, update

from db.models import Return, Staff
from pos.i18n import speaking
from pos.money import Money, format_money
from pos.return_policy import PolicySettings, Reason, Remedy, ReturnRequest, SoldLine, decide
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME
from tests.i18n_check import english_left as english_in
from tests.test_return_keys import alt, focused, press, scan_receipt
from tests.test_return_screen import sold_days_ago
from tests.test_sale_screen import SHIRT, logged_in_screen, scan
from ui.language import apply_language
from ui.policy_dialog import PolicyDialog
from ui.return_override import OverrideDialog
from ui.return_unverified import UnverifiedReturnDialog

BOUGHT = date(2026, 11, 1)
POLICY = PolicySettings()
LOCALES = {"en": "fr_MA", "fr": "fr_MA", "ar": "ar_MA"}  # the shop's figures per language


def plain(text: str) -> str:
    """No-break spaces (babel's, and French typography's before : ; %) read as spaces; the
    isolates that keep figures whole in the Arabic window (ui.return_lines.as_read) unseen."""
    return (text.replace("\xa0", " ").replace("\u202f", " ").replace("\u2068", "")
            .replace("\u2069", "").replace("\u200f", ""))


def dh(amount: str, code: str) -> str:
    """An amount as babel writes it for the language's Moroccan locale."""
    return plain(format_money(Money.of(amount), LOCALES[code]))


def said(code: str, total: str = "150.00", day: int = 1, sold: int = 1, returned: int = 0,
         reason: Reason = Reason.CHANGE_OF_MIND, remedy: Remedy = Remedy.REFUND,
         quantity: int = 1, condition: bool = True, packaging: bool = True, note: str = "",
         today: date | None = None) -> str:
    """The policy's sentence, decided while `code` is spoken, its figures in that locale."""
    line = SoldLine("Linen shirt", sold, Money.of(total), returned, BOUGHT)
    request = ReturnRequest(quantity, reason, remedy, condition, packaging, note)
    with speaking(code):
        decision = decide(line, request, POLICY, today or BOUGHT + timedelta(days=day),
                          LOCALES[code])
    return plain(decision.explanation)


# --- the policy's sentences -------------------------------------------------------------------

def test_the_83_33_crossover_in_three_languages():
    """At 83.33 MAD, 30% (24.999) and the 25 MAD minimum meet: 25,00 MAD either way."""
    assert said("en", "83.33") == (
        "Refund allowed, day 1 of 3. Change of mind: 30% deducted = 25,00 MAD "
        "(minimum 25,00 MAD). Customer receives 58,33 MAD.")
    assert said("fr", "83.33") == (
        "Remboursement accepté, jour 1 sur 3. Changement d'avis : retenue de 30 % = "
        "25,00 MAD (minimum 25,00 MAD). Le client reçoit 58,33 MAD.")
    assert said("ar", "83.33") == (
        f"استرجاع المبلغ مقبول، اليوم 1 من 3. تغيير الرأي: اقتطاع 30% = {dh('25', 'ar')} "
        f"(الحد الأدنى {dh('25', 'ar')}). يسترجع الزبون {dh('58.33', 'ar')}")


@pytest.mark.parametrize("total, fr, ar", [
    ("83.30",
     "Remboursement accepté, jour 1 sur 3. Changement d'avis : 30 % feraient 24,99 MAD ; la "
     "retenue minimale de 25,00 MAD s'applique. Le client reçoit 58,30 MAD.",
     "استرجاع المبلغ مقبول، اليوم 1 من 3. تغيير الرأي: 30% تساوي {24.99}؛ يُطبَّق الحد الأدنى "
     "{25} يسترجع الزبون {58.30}"),
    ("20.00",
     "Remboursement accepté, jour 1 sur 3. Changement d'avis : 30 % feraient 6,00 MAD et la "
     "retenue minimale de 25,00 MAD dépasse les 20,00 MAD payés : la retenue est donc de "
     "20,00 MAD. Le client reçoit 0,00 MAD. Un échange, sans retenue, est possible jusqu'au "
     "jour 7.",
     "استرجاع المبلغ مقبول، اليوم 1 من 3. تغيير الرأي: 30% تساوي {6}، والحد الأدنى {25} أكبر "
     "من المبلغ المدفوع {20}، لذا يُقتطع {20} يسترجع الزبون {0} الاستبدال، دون اقتطاع، ممكن "
     "إلى غاية اليوم 7."),
    ("1500.00",
     "Remboursement accepté, jour 1 sur 3. Changement d'avis : retenue de 30 % = 450,00 MAD "
     "(minimum 25,00 MAD). Le client reçoit 1 050,00 MAD.",
     "استرجاع المبلغ مقبول، اليوم 1 من 3. تغيير الرأي: اقتطاع 30% = {450} (الحد الأدنى "
     "{25}). يسترجع الزبون {1050}"),
])
def test_each_side_of_the_minimum_in_french_and_arabic(total, fr, ar):
    assert said("fr", total) == fr
    arabic = re.sub(r"\{([\d.]+)\}", lambda m: dh(m.group(1), "ar"), ar)
    assert said("ar", total) == arabic
    if total == "1500.00":
        assert "1.050,00" in arabic  # ar_MA's figures, Latin digits


REFUSALS = [
    # (what, the request, English, French, Arabic)
    ("refund window", {"day": 4},
     "Refused: day 4 is past the 3-day refund window. An exchange is still possible through "
     "day 7.",
     "Refusé : le jour 4 dépasse le délai de remboursement de 3 jours. Un échange reste "
     "possible jusqu'au jour 7.",
     "مرفوض: اليوم 4 خارج أجل استرجاع المبلغ البالغ 3 أيام. الاستبدال ما زال ممكنًا إلى غاية "
     "اليوم 7."),
    ("refund window, defective", {"day": 4, "reason": Reason.DEFECTIVE},
     "Refused: day 4 is past the 3-day refund window. A free replacement is still possible "
     "through day 7.",
     "Refusé : le jour 4 dépasse le délai de remboursement de 3 jours. Un remplacement "
     "gratuit reste possible jusqu'au jour 7.",
     "مرفوض: اليوم 4 خارج أجل استرجاع المبلغ البالغ 3 أيام. الاستبدال المجاني ما زال ممكنًا "
     "إلى غاية اليوم 7."),
    ("exchange window", {"day": 8, "remedy": Remedy.EXCHANGE},
     "Refused: day 8 is past the 7-day exchange window.",
     "Refusé : le jour 8 dépasse le délai d'échange de 7 jours.",
     "مرفوض: اليوم 8 خارج أجل الاستبدال البالغ 7 أيام."),
    ("replacement window", {"day": 8, "remedy": Remedy.EXCHANGE, "reason": Reason.DEFECTIVE},
     "Refused: day 8 is past the 7-day replacement window.",
     "Refusé : le jour 8 dépasse le délai de remplacement de 7 jours.",
     "مرفوض: اليوم 8 خارج أجل الاستبدال المجاني البالغ 7 أيام."),
    ("misuse", {"reason": Reason.MISUSE},
     "Refused: the product was not used according to its instructions.",
     "Refusé : mauvaise utilisation, le produit n'a pas été utilisé selon son mode d'emploi.",
     "مرفوض: سوء الاستعمال، لم يُستعمل المنتج وفق تعليماته."),
    ("condition", {"condition": False},
     "Refused: the product is not in its original condition (it is damaged or was used "
     "against its instructions).",
     "Refusé : le produit n'est pas dans son état d'origine (il est abîmé ou a été utilisé "
     "hors de son mode d'emploi).",
     "مرفوض: المنتج ليس في حالته الأصلية (متضرر أو استُعمل خلافًا لتعليماته)."),
    ("packaging", {"packaging": False},
     "Refused: the product is not in its original packaging.",
     "Refusé : le produit n'est pas dans son emballage d'origine.",
     "مرفوض: المنتج ليس في تغليفه الأصلي."),
    ("neither", {"condition": False, "packaging": False},
     "Refused: the product is neither in its original condition nor in its original "
     "packaging.",
     "Refusé : le produit n'est ni dans son état d'origine ni dans son emballage d'origine.",
     "مرفوض: المنتج ليس في حالته الأصلية ولا في تغليفه الأصلي."),
    ("note", {"reason": Reason.OTHER},
     "Write what the reason is.", "Écrivez le motif.", "اكتب السبب."),
    ("quantity", {"quantity": 0},
     "Enter a quantity of at least 1.", "Indiquez une quantité d'au moins 1.",
     "أدخل كمية لا تقل عن 1."),
    ("one left", {"sold": 2, "returned": 1, "quantity": 2},
     "Only 1 of 'Linen shirt' can still be returned: 2 sold, 1 already returned.",
     "Seul 1 « Linen shirt » peut encore être retourné : quantité vendue 2, déjà retournée 1.",
     "لا يمكن إرجاع سوى واحد من «Linen shirt»: الكمية المبيعة 2، المُرجعة سابقًا 1."),
    ("three left", {"sold": 5, "returned": 2, "quantity": 4},
     "Only 3 of 'Linen shirt' can still be returned: 5 sold, 2 already returned.",
     "Seuls 3 « Linen shirt » peuvent encore être retournés : quantité vendue 5, déjà "
     "retournée 2.",
     "لا يمكن إرجاع سوى 3 من «Linen shirt»: الكمية المبيعة 5، المُرجعة سابقًا 2."),
    ("none left", {"sold": 2, "returned": 2},
     "Nothing of 'Linen shirt' can still be returned: 2 sold, 2 already returned.",
     "Plus rien de « Linen shirt » ne peut être retourné : quantité vendue 2, déjà retournée 2.",
     "لم يعد من الممكن إرجاع أي شيء من «Linen shirt»: الكمية المبيعة 2، المُرجعة سابقًا 2."),
]


@pytest.mark.parametrize("what, asked, english, french, arabic", REFUSALS,
                         ids=[r[0] for r in REFUSALS])
def test_each_refusal_in_three_languages(what, asked, english, french, arabic):
    assert said("en", **asked) == english
    assert said("fr", **asked) == french
    assert said("ar", **asked) == arabic


def test_a_date_refusal_writes_its_dates_in_the_languages_figures():
    today = BOUGHT - timedelta(days=1)
    assert said("fr", today=today) == (
        "Refusé : la date d'achat (1 nov. 2026) est postérieure à aujourd'hui (31 oct. 2026).")
    arabic = said("ar", today=today).replace("\u200f", "")  # CLDR's right-to-left marks
    assert arabic == "مرفوض: تاريخ الشراء (01/11/2026) بعد تاريخ اليوم (31/10/2026)."


@pytest.mark.parametrize("days, arabic", [
    (0, "البالغ 0 يوم."), (1, "البالغ يومًا واحدًا."), (2, "البالغ يومين."),
    (10, "البالغ 10 أيام."), (11, "البالغ 11 يومًا."), (100, "البالغ 100 يوم.")])
def test_the_windows_days_take_their_plural_forms(days, arabic):
    policy = PolicySettings(refund_days=days, exchange_days=days)
    line = SoldLine("Linen shirt", 1, Money.of("150"), 0, BOUGHT)
    request = ReturnRequest(1, Reason.CHANGE_OF_MIND, Remedy.EXCHANGE, True, True)
    late = BOUGHT + timedelta(days=days + 1)
    with speaking("ar"):
        assert decide(line, request, policy, late, "ar_MA").explanation.endswith(arabic)
    with speaking("fr"):
        french = decide(line, request, policy, late, "fr_MA").explanation
    assert french.endswith(f"de {days} jour." if days < 2 else f"de {days} jours.")


def test_the_labels_are_read_in_the_language_spoken_and_the_codes_stay():
    with speaking("fr"):
        assert Reason.MISUSE.label == "Mauvaise utilisation (hors mode d'emploi)"
        assert [r.label for r in Remedy] == ["Remboursement", "Échange"]
    with speaking("ar"):
        assert Reason.NOT_AS_PRESENTED.label == "غير مطابق للعرض"
    assert Reason.MISUSE.value == "misuse" and Remedy("exchange") is Remedy.EXCHANGE


def test_the_words_follow_the_language_and_the_figures_the_locale_passed():
    line = SoldLine("Linen shirt", 1, Money.of("1500"), 0, BOUGHT)
    request = ReturnRequest(1, Reason.CHANGE_OF_MIND, Remedy.REFUND, True, True)
    with speaking("en"):
        text = plain(decide(line, request, POLICY, BOUGHT, "ar_MA").explanation)
    assert text.startswith("Refund allowed") and "1.050,00" in text


def test_the_policys_setting_errors_are_in_the_managers_language():
    with speaking("fr"), pytest.raises(ValueError) as error:
        PolicySettings(refund_days=8)
    assert str(error.value) == ("Le délai d'échange ne peut pas être plus court que le délai "
                                "de remboursement.")


# --- the return screen and its dialogs --------------------------------------------------------

# The demo shop's products its screens show here: the shop's own words, in no language of ours.
PRODUCT_NAMES = ("Linen shirt, white",)


def english_left(widget, code: str, also=()) -> list[tuple[str, str]]:
    """tests.i18n_check's, less a product's name ('white' is a colour in the style sheets)."""
    return [(text, word) for text, word in english_in(widget, code, list(also))
            if not any(name in text and word in name.lower() for name in PRODUCT_NAMES)]


def speaks(db, name: str, code: str) -> None:
    """The member of staff works in `code`: the window speaks it once they log in."""
    with db.write() as s:
        s.execute(update(Staff).where(Staff.name == name).values(language=code))


def mnemonics(widget) -> list[str]:
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in widget.findChildren(kind)]
    return [m.lower() for text in texts for m in re.findall(r"&([^&\s])", text)]


FRENCH_DECISION = ("Remboursement accepté, jour 2 sur 3. Changement d'avis : retenue de 30 % = "
                   "45,00 MAD (minimum 25,00 MAD). Le client reçoit 105,00 MAD.")


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_return_screen_with_a_decision_has_no_english_left(qtbot, db, code):
    speaks(db, CLERK_NAME, code)
    window, number = sold_days_ago(qtbot, db, 2, method="card")
    screen = scan_receipt(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    assert screen.decision_tone == "reduced"
    if code == "fr":
        assert plain(screen.decision_text.text()) == FRENCH_DECISION
        assert screen.decision_headline.text() == "Accepté, avec retenue"
        assert plain(screen.decision_amount.text()) == "Le client reçoit 105,00 MAD"
        assert screen.decision_figures.text().endswith("sur la carte bancaire")
    else:
        assert plain(screen.decision_text.text()).startswith("استرجاع المبلغ مقبول، اليوم 2 من 3.")
        assert plain(screen.decision_amount.text()) == f"يسترجع الزبون {dh('105', 'ar')}"
        assert screen.layoutDirection() == Qt.RightToLeft
        assert screen.order_field.layoutDirection() == Qt.LeftToRight
        assert screen.search_phone.layoutDirection() == Qt.LeftToRight
        # Figures read whole inside the Arabic sentence ('105,00 MAD', not 'MAD 105,00'),
        # and the sale's line reads right to left though its order number opens it.
        amount = format_money(Money.of("105"), "ar_MA")
        assert f"\u2068{amount}\u2069" in screen.decision_amount.text()
        assert screen.sale_header.text().startswith("\u200f")
    assert screen.lines.horizontalHeaderItem(0).text() == {"fr": "Produit", "ar": "المنتج"}[code]
    assert english_left(screen, code) == []

    # An exchange: the new items' box, and the hint names the key of the translated label.
    screen.exchange_choice.setChecked(True)
    key = {"fr": "Alt+A", "ar": "Alt+I"}[code]
    assert plain(screen.decision_missing.text()).endswith(f"({key})")
    press(qtbot, getattr(Qt, f"Key_{key[-1]}"), Qt.AltModifier)
    assert focused() is screen.exchange_field
    assert english_left(screen, code) == []
    # Each Alt+letter its own, the window's menus included.
    letters = mnemonics(screen) + [m.lower() for a in window.menuBar().actions()
                                   for m in re.findall(r"&([^&\s])", a.text())]
    own = mnemonics(screen)
    assert len(own) >= 16 and len(set(own)) == len(own)
    if code == "fr":  # Arabic keeps the English letters, "(&B)": no clash with its menus
        assert len(letters) >= 19 and len(set(letters)) == len(letters)
    else:
        assert all(letter.isascii() for letter in own)  # Alt+B whatever the keyboard's layout


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_override_dialog_in_french_and_arabic(qtbot, db, code):
    speaks(db, CLERK_NAME, code)
    window, number = sold_days_ago(qtbot, db, 5)
    screen = scan_receipt(qtbot, window, number)
    screen.condition.setChecked(True)
    screen.packaging.setChecked(True)
    assert screen.decision_tone == "refused"
    screen.ask_override()
    dialog = screen.override_dialog
    assert english_left(dialog, code) == []
    assert len(set(mnemonics(dialog))) == len(mnemonics(dialog))
    if code == "fr":
        assert plain(dialog.outcome.text()) == (
            "Avec votre accord :\nLe client reçoit 150,00 MAD, sans retenue.")
    else:
        assert dialog.layoutDirection() == Qt.RightToLeft
        assert dialog.pin.layoutDirection() == Qt.LeftToRight
        assert plain(dialog.outcome.text()) == (
            f"بموافقتك: يسترجع الزبون {dh('150', 'ar')}، دون اقتطاع.")
    dialog.reason.setText("x")
    dialog.manager.clear()  # nobody else to approve: the dialog says so in its language
    dialog.submit()
    assert english_left(dialog, code) == []


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_unverified_and_policy_dialogs_in_french_and_arabic(qtbot, db, code):
    apply_language(code)
    with db.read() as s:
        shop = load_shop_settings(s)
        clerk = s.scalar(select(Staff.id).where(Staff.name == CLERK_NAME))
        manager = s.scalar(select(Staff.id).where(Staff.name == MANAGER_NAME))
    unverified = UnverifiedReturnDialog(db, shop, "S-20261201-0007", clerk)
    qtbot.addWidget(unverified)
    unverified.show()
    scan(qtbot, unverified.scan, SHIRT)
    assert english_left(unverified, code, also=[unverified.items.item(0).text()]) == []
    policy = PolicyDialog(db, shop, manager)
    qtbot.addWidget(policy)
    policy.show()
    assert english_left(policy, code) == []
    assert (policy.percent.text(), policy.minimum.text()) == ("30", "25,00")  # not '3E+1'
    if code == "ar":
        assert unverified.layoutDirection() == Qt.RightToLeft
        assert unverified.scan.layoutDirection() == Qt.LeftToRight
        assert policy.minimum.layoutDirection() == Qt.LeftToRight


def test_a_french_return_with_keys_alone_is_recorded_as_the_clerk_read_it(qtbot, db):
    speaks(db, CLERK_NAME, "fr")
    window, number = sold_days_ago(qtbot, db, 2, method="card")
    screen = scan_receipt(qtbot, window, number)
    assert screen.title.text() == "Retour ou échange"
    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.refund_choice
    press(qtbot, Qt.Key_Tab)
    assert focused() is screen.reason and screen.reason.currentText() == "Changement d'avis"
    alt(qtbot, Qt.Key_O, screen.condition.isChecked)    # état d'&origine
    alt(qtbot, Qt.Key_B, screen.packaging.isChecked)    # em&ballage
    assert plain(screen.decision_text.text()) == FRENCH_DECISION
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)

    assert screen.receipt_dialog.isVisible()
    assert screen.message.text().endswith("enregistré.")
    with db.read() as s:
        ret = s.scalar(select(Return))
        assert (ret.reason, ret.remedy, ret.refund) == ("change_of_mind", "refund",
                                                         Money.of("105"))
        # The record of what the clerk read out, in the language they worked in.
        assert plain(ret.lines[0].decision) == FRENCH_DECISION
        assert plain(ret.explanation) == FRENCH_DECISION


def test_the_open_screen_follows_a_language_change_words_and_figures(qtbot, db):
    window, screen = logged_in_screen(qtbot, db)
    for _ in range(7):  # 7 x 150.00: a figure with thousands
        scan(qtbot, screen.scan_field, SHIRT)
    screen.start_payment("card")
    screen.payment_dialog.submit()
    number = screen.receipt_dialog.sale.order_number
    screen.receipt_dialog.accept()
    returns = scan_receipt(qtbot, window, number)
    press(qtbot, Qt.Key_7)
    returns.condition.setChecked(True)
    returns.packaging.setChecked(True)
    assert "1 050,00" in plain(returns.decision_figures.text())
    assert returns.lines.horizontalHeaderItem(4).text() == "Paid"

    apply_language("ar")  # the next person to log in works in Arabic: the screen stays open
    qtbot.waitUntil(lambda: returns.title.text() == "إرجاع أو استبدال")
    assert returns.lines.horizontalHeaderItem(4).text() == "المدفوع"
    assert plain(returns.lines.item(0, 4).text()) == plain(format_money(Money.of("1050"), "ar_MA"))
    assert returns.lines.item(0, 4).text().startswith("\u200f\u2068")  # read whole, not "MAD 1.050,00"
    assert plain(returns.decision_figures.text()).startswith(
        f"القيمة المُرجعة {dh('1050', 'ar')}")
    assert "1.050,00" in returns.decision_figures.text()
    assert returns.reason.currentText() == "تغيير الرأي"
    assert english_left(returns, "ar") == []
    apply_language("fr")
    qtbot.waitUntil(lambda: returns.title.text() == "Retour ou échange")
    assert plain(returns.decision_text.text()).startswith("Remboursement accepté, jour 0 sur 3.")
    assert "1 050,00" in plain(returns.decision_figures.text())
    assert english_left(returns, "fr") == []
