"""Receipts in the shop's receipt language (ShopSettings.receipt_language), whoever is
logged in: French, Arabic, or both on one roll. Their words translated, their figures as
babel writes them for fr_MA and ar_MA, the products' names as the shop wrote them, an Arabic
receipt laid out right to left, and its PDF with the Arabic letters joined and in order."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import pytest

import main
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from pos.i18n import speaking
from pos.money import Money, format_money
from pos.receipt_paper import PrintedLine, paper_text, policy_words, receipt_paper
from pos.receipts import return_receipt, sale_receipt
from pos.return_policy import PolicySettings
from pos.shop import load_shop_settings, save_shop_settings
from tests.i18n_check import ALWAYS_ALLOWED, english_left, english_vocabulary, translated_words
from tests.test_receipts import SIX_LINES, exchange_jeans_for_shirt, sell_many
from tests.test_returns_service import SHIRT, form, give_back, line_id, on_day, sell
from ui.language import apply_language
from ui.receipt import receipt_dialog, receipt_image, save_pdf

ARABIC_LETTER = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
FIGURES = {"fr": "fr_MA", "ar": "ar_MA", "fr+ar": "fr_MA"}  # a bilingual roll: French figures


@pytest.fixture
def receipts(db):
    """The shop, and a sale, a change-of-mind refund and an exchange, read as receipts."""
    sale_id = sell_many(db, *SIX_LINES)
    refunded = sell(db, (SHIRT, 1))
    refund_id = give_back(db, refunded, form({line_id(db, refunded): 1}), on_day(1))
    exchange_id = exchange_jeans_for_shirt(db)
    with db.read() as s:
        shop = load_shop_settings(s)
        return shop, {"sale": sale_receipt(s, sale_id, shop),
                      "refund": return_receipt(s, refund_id, shop),
                      "exchange": return_receipt(s, exchange_id, shop)}


def sales_in(receipt):
    """The sales a receipt lists: a sale's own, an exchange's new items."""
    if hasattr(receipt, "lines") and hasattr(receipt, "payments"):
        return [receipt]
    return [receipt.exchange_sale] if receipt.exchange_sale else []


def shop_data(shop, receipt) -> list[str]:
    """What the shop wrote itself: printed as it is, in no language of ours."""
    names = [shop.name, shop.address, receipt.clerk_name]
    names += [line.name for sale in sales_in(receipt) for line in sale.lines]
    names += [line.name for line in getattr(receipt, "lines", ()) if not hasattr(line, "discount")]
    return names


def english_words(text: str, code: str) -> set[str]:
    allowed = ALWAYS_ALLOWED.union(*(translated_words(c) for c in code.split("+")))
    found = {w.lower().strip("'") for w in re.findall(r"[A-Za-z][A-Za-z']+", text) if len(w) > 1}
    return found & (english_vocabulary() - allowed)


@pytest.mark.parametrize("code", ["fr", "ar", "fr+ar"])
@pytest.mark.parametrize("kind", ["sale", "refund", "exchange"])
def test_every_word_of_the_receipt_is_in_its_language(receipts, code, kind):
    shop, found = receipts
    receipt = found[kind]
    text = paper_text(receipt_paper(receipt, replace(shop, receipt_language=code)))
    for name in shop_data(shop, receipt):
        assert name in text  # the shop's names unchanged, in any language
    bare = text
    for name in shop_data(shop, receipt):
        bare = bare.replace(name, " ")
    assert english_words(bare, code) == set(), (kind, code, text)
    if "ar" in code:
        assert ARABIC_LETTER.search(bare)
    if code == "ar":  # nothing Latin left but figures, codes and the currency
        assert set(re.findall(r"[A-Za-z]{2,}", bare)) <= {"MAD"}, bare


@pytest.mark.parametrize("code", ["fr", "ar", "fr+ar"])
def test_amounts_are_written_as_babel_writes_them_for_the_language(receipts, code):
    shop, found = receipts
    sale = found["sale"]
    rows = receipt_paper(sale, replace(shop, receipt_language=code))
    locale = FIGURES[code]
    ends = [row.end for row in rows if isinstance(row, PrintedLine)]
    for line in sale.lines:
        assert format_money(line.unit_price * line.quantity, locale) in ends
    assert format_money(sale.total, locale) in ends
    cash = sale.payments[0]
    assert format_money(cash.tendered, locale) in ends and format_money(cash.change, locale) in ends
    total = next(row for row in rows if isinstance(row, PrintedLine)
                 and row.end == format_money(sale.total, locale))
    assert total.start == {"fr": "TOTAL", "ar": "المجموع", "fr+ar": "TOTAL · المجموع"}[code]
    assert total.style == "tall"


def test_the_arabic_figures_are_ar_ma_and_the_french_fr_ma():
    assert format_money(Money.of("1234.5"), "fr_MA") == "1\u202f234,50\xa0MAD"
    assert format_money(Money.of("1234.5"), "ar_MA") == "1.234,50\xa0د.م.\u200f"


def ink_columns(image: QImage) -> list[int]:
    return [x for x in range(image.width())
            if any(QColor(image.pixel(x, y)).black() > 128 for y in range(image.height()))]


def test_an_arabic_receipt_reads_right_to_left_with_its_amounts_at_the_left_edge(receipts,
                                                                                 qapp):
    shop, found = receipts
    rows = receipt_paper(found["sale"], replace(shop, receipt_language="ar"))
    total = next(row for row in rows if isinstance(row, PrintedLine) and row.start == "المجموع")
    assert all(row.right_to_left for row in rows
               if isinstance(row, PrintedLine) and row.end)
    label = ink_columns(receipt_image((replace(total, end=""),), 576))
    amount = ink_columns(receipt_image((replace(total, start=""),), 576))
    assert min(label) > 576 / 2 and max(label) > 560  # the label at the right edge
    assert min(amount) < 16 and max(amount) < 576 / 2  # the amount at the left one
    french = receipt_paper(found["sale"], replace(shop, receipt_language="fr"))
    total = next(row for row in french if isinstance(row, PrintedLine) and row.start == "TOTAL")
    assert not total.right_to_left
    amount_only = replace(total, text=total.text.replace("TOTAL", "     "), start="")
    assert min(ink_columns(receipt_image((amount_only,), 576))) > 576 / 2


def test_a_bilingual_receipt_has_each_label_in_both_and_the_amounts_once(receipts):
    shop, found = receipts
    sale = found["sale"]
    text = paper_text(receipt_paper(sale, replace(shop, receipt_language="fr+ar")))
    assert "TOTAL · المجموع" in text and "Monnaie à rendre · الباقي" in text
    assert text.count(format_money(sale.total, "fr_MA")) == 1
    assert format_money(sale.total, "ar_MA") not in text
    # The policy once per language, the Arabic one right to left.
    rows = receipt_paper(sale, replace(shop, receipt_language="fr+ar"))
    french = [row for row in rows if isinstance(row, PrintedLine) and "jours" in row.text]
    arabic = [row for row in rows if isinstance(row, PrintedLine) and "أيام" in row.text]
    assert french and not any(row.right_to_left for row in french)
    assert arabic and all(row.right_to_left and row.centred for row in arabic)
    words = " ".join(text.split())
    assert words.count("Remboursement possible sous 3 jours") == 1
    assert words.count("استرجاع المبلغ خلال 3 أيام") == 1


def test_a_return_receipt_names_the_reason_and_the_refund_in_the_receipt_language(receipts):
    shop, found = receipts
    ret = found["refund"]
    french = " ".join(paper_text(receipt_paper(ret, replace(shop, receipt_language="fr"))).split())
    assert "REMBOURSEMENT" in french and "N° de retour" in french and "Retenue" in french
    assert re.search(r"Rendu au client \(espèces\)\s+105,00\s+MAD", french)
    assert ret.refund == Money.of("105")
    assert "Motif : changement d'avis." in french
    arabic = paper_text(receipt_paper(ret, replace(shop, receipt_language="ar")))
    assert "يسترجع الزبون (نقدًا)" in arabic and "السبب: تغيير الرأي." in arabic
    assert format_money(-ret.deduction, "ar_MA") in arabic
    exchange = paper_text(receipt_paper(found["exchange"], replace(shop, receipt_language="ar"),
                                        reprint=True))
    assert "استبدال · نسخة مكررة" in exchange and "المنتجات الجديدة" in exchange


def test_the_policy_sentences_in_french_and_arabic_with_their_plurals():
    policy = PolicySettings(refund_days=1, exchange_days=2)
    with speaking("fr"):
        assert policy_words(PolicySettings(), "fr_MA") == (
            "Remboursement possible sous 3 jours à compter de l'achat. Échange possible sous "
            "7 jours à compter de l'achat. Articles dans leur état et leur emballage d'origine, "
            "avec ce ticket. Remboursement pour changement d'avis : retenue de 30 % (au moins "
            "25,00\xa0MAD). Merci de votre visite !")
        assert "sous 1 jour à compter" in policy_words(policy, "fr_MA")
    with speaking("ar"):
        words = policy_words(policy, "ar_MA")
        assert "استرجاع المبلغ خلال يوم واحد" in words and "الاستبدال خلال يومين" in words
        assert "خلال 11 يومًا" in policy_words(PolicySettings(exchange_days=11), "ar_MA")
        assert "30% من المبلغ المسترجع (على الأقل 25,00\xa0د.م.\u200f)" in words


# ----- the PDF ------------------------------------------------------------------------------------
def logical(pdf_line: str) -> str:
    """A line read from the PDF in reading order: a PDF holds glyphs left to right as they are
    drawn, so an Arabic line comes out in visual order, its letters in their joined forms."""
    words = unicodedata.normalize("NFKC", pdf_line).replace("\t", " ").split()
    if not any(ARABIC_LETTER.search(word) for word in words):
        return " ".join(words)
    return " ".join(word[::-1] if ARABIC_LETTER.search(word) else word for word in words[::-1])


def test_an_arabic_receipt_pdf_has_its_letters_joined_and_in_order(receipts, qapp, tmp_path):
    shop, found = receipts
    path = tmp_path / "sale-ar.pdf"
    save_pdf(receipt_paper(found["sale"], replace(shop, receipt_language="ar")), str(path))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    raw = reader.pages[0].extract_text()
    # Joined: the letters are drawn in their initial, medial and final forms, never isolated.
    assert "\ufee4" in raw and "\ufedf" in raw  # meem medial, lam initial (المجموع)
    lines = [logical(line) for line in raw.splitlines()]
    assert "المجموع" in lines and "الباقي" in lines and "رقم البيع" in lines
    assert "المبلغ المدفوع نقدًا" in lines
    assert any(found["sale"].order_number in line for line in lines)
    if shutil.which("pdftoppm"):  # and the page as a PDF reader shows it
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(path),
                        str(tmp_path / "page")], check=True)
        page = QImage(str(tmp_path / "page.png"))
    else:
        page = receipt_image(receipt_paper(found["sale"], replace(shop, receipt_language="ar")),
                             576)
    assert not page.isNull() and len(ink_columns(page)) > page.width() / 2


def test_the_command_writes_the_receipt_in_the_shop_receipt_language(db, qapp, tmp_path,
                                                                    capsys):
    number = sale_receipt_number(db)
    with db.write() as s:
        save_shop_settings(s, replace(load_shop_settings(s), receipt_language="fr+ar"))
    path = tmp_path / "copy.pdf"
    assert main.main(["--db", db.url, "receipt", number, "--pdf", str(path)]) == 0
    lines = [logical(line) for line in PdfReader(path).pages[0].extract_text().splitlines()]
    assert "DUPLICATA ·" in lines and "نسخة مكررة" in lines and "المجموع" in lines
    assert any(line.startswith("Monnaie à rendre") for line in lines)


def sale_receipt_number(db) -> str:
    sale_id = sell(db, (SHIRT, 1))
    with db.read() as s:
        return sale_receipt(s, sale_id).order_number


# ----- the receipt on screen ----------------------------------------------------------------------
def test_the_receipt_speaks_the_shop_receipt_language_whatever_the_window_speaks(receipts,
                                                                                 qtbot):
    shop, found = receipts
    apply_language("fr")
    dialog = receipt_dialog(found["sale"], replace(shop, receipt_language="ar"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_left(dialog, "fr") == []
    assert dialog.windowTitle() == f"Ticket {found['sale'].order_number}"
    assert dialog.print_button.text() == "Imprimer (Ctrl+P)"
    assert dialog.layoutDirection() == Qt.LeftToRight
    assert "المجموع" in dialog.text() and "TOTAL" not in dialog.text()


def test_an_arabic_window_shows_a_french_receipt_right_to_left_around_it(receipts, qtbot):
    shop, found = receipts
    apply_language("ar")
    dialog = receipt_dialog(found["refund"], replace(shop, receipt_language="fr"), reprint=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_left(dialog, "ar") == []
    assert dialog.layoutDirection() == Qt.RightToLeft
    assert dialog.windowTitle() == f"الوصل {found['refund'].return_number}"
    assert "REMBOURSEMENT · DUPLICATA" in dialog.text()


@pytest.mark.parametrize("amount", ["-31,60\xa0د.م.", "150,00\xa0د.م.", "−5,00\xa0د.م."])
def test_an_amount_on_an_arabic_receipt_reads_as_on_the_screens(qapp, amount):
    """An amount at the end of an Arabic row is drawn left to right, its minus before its
    digits and its sign after them, as the screens show it (figure()): right to left, the
    minus of a promotion's -31,60 was drawn after the number ('31,60-')."""
    from ui.receipt import PaperFont
    device = QImage(1, 1, QImage.Format_RGB32)
    font = PaperFont(device, 576)
    layout = font.laid_out_end(amount, bold=False, right_to_left_row=True)
    line = layout.lineAt(0)
    first, second, sign = 0, 1, amount.index("د")
    assert line.cursorToX(first)[0] < line.cursorToX(second)[0] < line.cursorToX(sign)[0]
