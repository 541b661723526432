"""The manager's day in French and in Arabic: the returns review and the cash close speak the
language with no English word left (their papers too), the Arabic window and paper run right
to left, a close can be done from the keyboard in French, and `main.py report` writes the
shop's language (or --lang's) on the terminal and in the CSV."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from dataclasses import replace
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

import main
from db.models import Return, SaleLine, Staff
from pos.i18n import speaking
from pos.money import Money, format_money
from pos.report_export import returns_csv, csv_text
from pos.reports import _quoted
from pos.shop import load_shop_settings, save_shop_settings
from tests.conftest import MANAGER_NAME
from tests.i18n_check import _words, english_left
from tests.test_manager_day_ui import DAY, WAIT_MS, day_of_returns  # noqa: F401 (a fixture)
from tests.test_reports import build_day
from tests.test_returns_service import staff_id
from ui.day_close import DayCloseDialog
from ui.day_screen import page
from ui.language import apply_language
from ui.returns_review import ReturnsReviewDialog
from ui.returns_review.words import first_sentence

ROOT = Path(main.__file__).resolve().parent
ARABIC_LETTER = "\u0600-\u06ff"


def _open(qtbot, db, kind, code: str):
    apply_language(code)
    with db.read() as s:
        shop = load_shop_settings(s)
    dialog = kind(db, shop, staff_id(db, MANAGER_NAME), day=DAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.show()
    return dialog


def _stored_sentences(db) -> list[str]:
    """The shop's own record, shown as it was written, not words of the screen: the
    policy's decisions as the clerk read them out (in the clerk's language), the manager's
    reasons, the products', the staff's and the shop's names."""
    with db.read() as s:
        said = [r.explanation for r in s.scalars(select(Return))]
        written = [text for r in s.scalars(select(Return))
                   for text in (r.override_reason, r.note) if text]
        written += list(s.scalars(select(SaleLine.name).distinct()))
        written += list(s.scalars(select(Staff.name))) + [load_shop_settings(s).name]
    forms = {form for text in said for form in (text, first_sentence(text), _quoted(text))}
    forms |= set(written)
    forms |= {escape(form) for form in forms}
    return sorted({_spaced(form) for form in forms}, key=len, reverse=True)


def _spaced(text: str) -> str:
    """A page's plain text writes its no-break spaces as spaces."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def english_left_of_the_screen(dialog, code: str, db, also: list[str] = ()) -> list:
    """english_left, less the words of the decisions on record (quoted in the flags)."""
    stored = _stored_sentences(db)
    left = []
    for text, word in english_left(dialog, code, list(also)):
        rest = _spaced(text)
        for sentence in stored:
            rest = rest.replace(sentence, " ")
        if word in _words(rest):
            left.append((text, word))
    return left


def _chart_words(dialog) -> list[str]:
    words = [dialog.chart_tab.chart_summary.text()]
    for chart in (dialog.chart_tab.reason_chart, dialog.chart_tab.rate_chart):
        words.append(chart.title())
        for axis in chart.axes():
            words.append(axis.titleText())
            words += getattr(axis, "categories", lambda: [])()
    return words


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_returns_review_speaks_the_language(qtbot, db, day_of_returns, code):
    dialog = _open(qtbot, db, ReturnsReviewDialog, code)
    assert dialog.day_tab.table.rowCount() == 4
    dialog.day_tab.table.selectRow(1)  # the override: its detail line under the table
    with qtbot.waitSignal(dialog.chart_loaded, timeout=WAIT_MS):
        dialog.tabs.setCurrentIndex(1)
    paper = dialog.document().toPlainText()
    also = [dialog.day_tab.detail.text(), *_chart_words(dialog), paper]
    for tab in (0, 1):
        dialog.tabs.setCurrentIndex(tab)
        left = english_left_of_the_screen(dialog, code, db, also)
        assert left == [], "\n".join(f"{w}: {t[:150]!r}" for t, w in left)
    if code == "fr":
        assert dialog.windowTitle() == "Contrôle des retours"
        assert dialog.status.text().startswith("mercredi 07/04/2027 : 4 retours")
        assert dialog.picker.edit.text().startswith("mer.")
        assert "Retours par motif" in dialog.chart_tab.reason_chart.title()
        assert "Changement d'avis (3)" in dialog.chart_tab.reason_chart.axes(
            Qt.Vertical)[0].categories()
        assert "Contrôle des retours" in paper and "Motif de la dérogation" in paper
    else:
        assert dialog.layoutDirection() == Qt.RightToLeft
        assert dialog.windowTitle() == "مراجعة المرتجعات"
        assert dialog.status.text().startswith("الأربعاء")
        assert "4 عمليات إرجاع" in dialog.status.text()
        assert "تغيير الرأي (3)" in dialog.chart_tab.reason_chart.axes(
            Qt.Vertical)[0].categories()


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_cash_close_speaks_the_language(qtbot, db, day_of_returns, code):
    dialog = _open(qtbot, db, DayCloseDialog, code)
    dialog.set_count("200", 2)
    dialog.count.close_button.click()
    assert dialog.count.confirm_panel.isVisible()
    paper = dialog.document().toPlainText()
    also = [dialog.count.confirm_text.text(), paper]
    assert english_left_of_the_screen(dialog, code, db, also) == []
    money = format_money(Money.of("400"), dialog.shop.locale)
    if code == "fr":
        assert dialog.windowTitle() == "Ventes et clôture de caisse"
        assert dialog.count.confirm_text.text().startswith(
            f"Clôturer le mercredi 07/04/2027 avec {money} comptés")
        assert "Ventes (rapport Z)" in paper and "La journée n'est pas encore clôturée." in paper
    else:
        assert dialog.layoutDirection() == Qt.RightToLeft
        # Figures typed in read left to right in the Arabic window.
        assert dialog.cash.float_field.layoutDirection() == Qt.LeftToRight
        assert dialog.cash.amount_field.layoutDirection() == Qt.LeftToRight
        assert "تقرير Z" in paper and money in dialog.count.confirm_text.text()


def test_a_french_manager_closes_the_day_from_the_keyboard(qtbot, db, day_of_returns):
    dialog = _open(qtbot, db, DayCloseDialog, "fr")
    qtbot.keyClicks(dialog.cash.float_field, "500")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.cash.float_field, Qt.Key_Return)
    five_hundred = format_money(Money.of("500"))
    assert dialog.message.text() == f"Fond de caisse de {five_hundred} enregistré."
    # A cash out without its reason is refused in French, then recorded with one.
    qtbot.keyClicks(dialog.cash.amount_field, "50")
    qtbot.keyClick(dialog.cash.reason_field, Qt.Key_Return)
    assert dialog.message.text() == "Indiquez pourquoi les espèces entrent ou sortent."
    qtbot.keyClicks(dialog.cash.reason_field, "Versement banque")  # keys: ASCII only
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.cash.reason_field, Qt.Key_Return)
    assert dialog.cash.movements.item(0, 1).text() == "Sortie d'espèces"
    spin = dialog.count.count_fields[Money.of("200")]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "3")
    dialog.count.close_button.setFocus()
    qtbot.keyClick(dialog.count.close_button, Qt.Key_Space)
    assert dialog.count.confirm_button.hasFocus()  # the question is answered with Enter
    question = dialog.count.confirm_text.text()
    assert "Une journée clôturée ne peut plus être modifiée." in question
    with qtbot.waitSignal(dialog.closed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.count.confirm_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: dialog.data.cash.closed, timeout=WAIT_MS)
    assert dialog.closed_banner.text().startswith("<b>Cette journée est clôturée</b>")
    assert "Clôturée par" in dialog.document().toPlainText()
    # The close takes a backup, which says so after the day's sentence (ui/backups.py's words).
    qtbot.waitUntil(lambda: "sqlite3" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.text().startswith("Le mercredi 07/04/2027 est clôturé. ")
    backup = dialog.message.text().partition("clôturé. ")[2]
    left = english_left_of_the_screen(dialog, "fr", db, [dialog.closed_banner.text()])
    assert [(text, word) for text, word in left
            if not (text == dialog.message.text() and word in _words(backup))] == []


def test_the_arabic_paper_runs_right_to_left(qtbot, db, day_of_returns):
    """The page's paragraphs run right to left and its tables start at the right: a
    line's label stands right of its figure."""
    dialog = _open(qtbot, db, DayCloseDialog, "ar")
    document = page(dialog.report_html())
    document.setTextWidth(600)
    layout = document.documentLayout()
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    title = blocks[0] if blocks[0].text() else blocks[1]
    assert title.text().startswith("المبيعات (تقرير Z)")
    assert title.textDirection() == Qt.RightToLeft
    label = next(b for b in blocks if b.text() == "المبيعات")  # the totals' first line
    figure = label.previous()  # the row's cells are written from its left end
    assert figure.text() == "3"  # two sales and the exchange
    assert layout.blockBoundingRect(figure).x() < layout.blockBoundingRect(label).x()


# ----- main.py report, in a subprocess: the shop's language, or --lang ------------------------
def _report(db, *args: str, lang: str | None = None,
            lang_env: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "POS_LANG"}
    if lang_env:
        env["POS_LANG"] = lang_env
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    choice = ["--lang", lang] if lang else []
    return subprocess.run([sys.executable, "main.py", *choice, "--db", db.url, "report", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def _speak(db, code: str) -> None:
    with db.write() as s:
        save_shop_settings(s, replace(load_shop_settings(s), language=code))


def test_the_report_command_speaks_the_shops_language(db, tmp_path):
    build_day(db)
    _speak(db, "fr")
    path = tmp_path / "retours.csv"
    done = _report(db, "returns", "--date", DAY.isoformat(), "--csv", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Retours du mercredi 07/04/2027")
    assert "Totaux : " in done.stdout and "Alertes (" in done.stdout
    assert f"CSV écrit dans {path}" in done.stdout
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows[0][:4] == ["Date", "Heure", "Retour", "Vente"]
    assert ["Totaux", "Nombre", "Remboursé", "Retenue"] in rows
    with db.read() as s, speaking("fr"):
        from pos.reports import returns_day
        assert path.read_bytes().decode("utf-8") == csv_text(
            returns_csv, returns_day(s, load_shop_settings(s), DAY))

    sales = _report(db, "sales", "--date", DAY.isoformat())
    assert sales.returncode == 0 and sales.stdout.startswith("Rapport Z du mercredi 07/04/2027")
    assert "Attendu en caisse" in sales.stdout

    english = _report(db, "returns", "--date", DAY.isoformat(), lang="en")
    assert english.stdout.startswith("Returns of Wednesday 07/04/2027")
    assert _report(db, "returns", "--date", DAY.isoformat(), lang_env="en").stdout.startswith(
        "Returns of Wednesday")


def test_the_report_command_in_an_arabic_shop(db, tmp_path):
    build_day(db)
    _speak(db, "ar")
    path = tmp_path / "z.csv"
    done = _report(db, "sales", "--date", DAY.isoformat(), "--csv", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("تقرير Z ليوم الأربعاء")
    assert "المنتظر في الصندوق" in done.stdout
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows[0] == ["القسم", "البند", "العدد", "المبلغ"]
    returns = _report(db, "returns", "--date", DAY.isoformat())
    assert returns.stdout.startswith("مرتجعات الأربعاء")
    assert "Returns" not in returns.stdout and "Totals" not in returns.stdout
