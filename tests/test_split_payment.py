"""Split payment at the till: credit notes, card and cash on one sale. The services (a
note's code scanned, its lookup, the arithmetic, the receipt, the drawer, the customer
display), then the real window driven by keys alone."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from db.models import Payment, Return, Sale
from pos.checkout import CardPayment, CashPayment, CreditPart, SplitPayment
from pos.counter import (CreditNoteScanned, NoteToSpend, Refused, SaleInProgress,
                         note_to_spend, split_sums)
from pos.hardware.display import CustomerDisplay, PAID, pole_lines
from pos.hardware.drawer import opening_for
from pos.i18n import speaking
from pos.money import Money
from pos.receipt_paper import paper_text, receipt_paper, sale_paper
from pos.receipts import sale_receipt
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, demo_staff
from tests.test_returns_service import JEANS, SHIRT, plain
from tests.test_sale_screen import logged_in_screen, scan
from tests.test_store_credit import credit_from_shirt, pay, payments_of

M = Money.of


def counter(db) -> SaleInProgress:
    with db.read() as s:
        shop = load_shop_settings(s)
        clerk = demo_staff(s, CLERK_NAME).id
    sale = SaleInProgress(db, shop)
    sale.start_shift(clerk)
    return sale


def shop_of(db):
    with db.read() as s:
        return load_shop_settings(s)


# ----- a note's code at the sale screen -----------------------------------------------------
def test_a_credit_note_scanned_pays_it_is_never_a_product(db):
    code = credit_from_shirt(db)
    sale = counter(db)
    refused = sale.scan(code)
    assert isinstance(refused, Refused) and "Scan the items first" in refused.message
    assert sale.cart.items == []
    sale.scan(SHIRT)
    assert sale.scan(code.lower()) == CreditNoteScanned(code)
    assert len(sale.cart.items) == 1


def test_a_note_is_looked_up_with_its_balance_and_expiry_or_said_why_not(db):
    code = credit_from_shirt(db)
    shop = shop_of(db)
    note = note_to_spend(db, code.replace("0", "O"), shop)
    assert isinstance(note, NoteToSpend) and note.code == code
    assert note.balance == M("150") and note.expires_on is not None
    assert "No credit note has the code CN-00000000" in note_to_spend(
        db, "CN-00000000", shop).message
    assert "is not a credit note's code" in note_to_spend(db, "CN-12", shop).message
    pay(db, SplitPayment(credits=(CreditPart(code, M("150")),)), (SHIRT, 1))
    assert "is spent" in note_to_spend(db, code, shop).message
    code = credit_from_shirt(db)
    with db.write() as s:
        s.execute(update(Return).where(Return.credit_code == code)
                  .values(credit_expires_on=date(2020, 1, 1)))
    assert "expired on" in note_to_spend(db, code, shop).message


def test_the_sums_of_a_split_payment():
    due = M("299")
    note = NoteToSpend("CN-0000000A", M("120"), None)
    sums = split_sums(due, M("150"), [(note, M("100"))], M("50"), "fr_MA")
    assert (sums.cash_left, sums.tendered, sums.change, sums.problem) == (
        M("49"), M("50"), M("1"), None)
    exact = split_sums(due, M("150"), [(note, M("100"))], None, "fr_MA")
    assert (exact.tendered, exact.change, exact.problem) == (M("49"), M("0"), None)
    too_much = split_sums(due, M("200"), [(note, M("100"))], None, "fr_MA")
    assert "change is given only from cash" in too_much.problem
    short = split_sums(due, M("150"), [], M("100"), "fr_MA")
    assert "49,00" in plain(short.problem) and "short" in short.problem
    assert split_sums(due, M("299"), [], M("5"), "fr_MA").problem == \
        "Nothing is left to pay in cash."
    assert "above zero" in split_sums(due, M("-1"), [], None, "fr_MA").problem
    above = split_sums(due, M("0"), [(note, M("130"))], None, "fr_MA")
    assert plain(above.problem) == \
        "Credit note CN-0000000A has 120,00 MAD left: it cannot pay 130,00 MAD."


def test_a_split_sale_is_saved_part_by_part_and_its_receipt_says_each(db):
    code = credit_from_shirt(db)
    sale = counter(db)
    sale.scan(JEANS)  # the jeans' SKU
    assert sale.priced().total == M("299")
    done = sale.complete(SplitPayment(card=M("150"), credits=(CreditPart(code, M("100")),),
                                      tendered=M("50")))
    assert payments_of(db, done.sale_id) == [
        ("credit", M("100"), None, None, code), ("card", M("150"), None, None, None),
        ("cash", M("49"), M("50"), M("1"), None)]
    # A later sale spends the rest: this receipt still says what was left after it.
    pay(db, SplitPayment(credits=(CreditPart(code, M("50")),), tendered=M("249")), (JEANS, 1))
    shop = shop_of(db)
    with db.read() as s:
        receipt = sale_receipt(s, done.sale_id, shop)
    assert [(p.method, p.credit_code, p.credit_left) for p in receipt.payments][0] == (
        "credit", code, M("50"))
    with speaking("en"):
        text = plain(paper_text(sale_paper(receipt, shop)))
    lines = [line.strip() for line in text.splitlines()]
    at = next(n for n, line in enumerate(lines) if line.startswith("Credit note"))
    assert lines[at + 1] == code and lines[at + 2].startswith("Left on the note")
    for words in ("Credit note", code, "Left on the note", "Card", "Cash tendered",
                  "Change due"):
        assert words in text, text
    for amount in ("100,00", "50,00", "150,00", "1,00"):
        assert amount in text
    both = paper_text(receipt_paper(receipt, replace(shop, receipt_language="fr+ar")))
    assert "Bon d'avoir" in both and code in both and "Solde du bon" in both
    assert "قسيمة رصيد" in both and "المتبقي في القسيمة" in both


def test_the_drawer_opens_only_when_cash_changed_hands(db):
    code = credit_from_shirt(db)
    shop = shop_of(db)
    without_cash = pay(db, SplitPayment(card=M("199"), credits=(CreditPart(code, M("100")),)),
                       (JEANS, 1))
    with_cash = pay(db, SplitPayment(card=M("100"), tendered=M("200")), (JEANS, 1))
    by_card = pay(db, CardPayment(), (JEANS, 1))
    with db.read() as s:
        assert opening_for(sale_receipt(s, without_cash, shop)) is None
        assert opening_for(sale_receipt(s, by_card, shop)) is None
        assert opening_for(sale_receipt(s, with_cash, shop)) is not None


def test_the_customer_display_shows_all_that_was_paid_and_the_change_from_cash(db):
    shop = shop_of(db)
    sale = counter(db)
    sale.scan(JEANS)
    display = CustomerDisplay()
    display.follow(sale.priced())
    shown = display.follow(SplitPayment(card=M("150"), credits=(CreditPart("CN-X", M("100")),),
                                        tendered=M("50")))
    assert (shown.kind, shown.total, shown.tendered, shown.change) == (
        PAID, M("299"), M("300"), M("1"))
    display.follow(sale.priced())
    shown = display.follow(SplitPayment(card=M("199"), credits=(CreditPart("CN-X", M("100")),)))
    assert (shown.tendered, shown.change) == (M("299"), M("0"))
    assert "0,00" in pole_lines(shown, shop)[1]
    display.follow(sale.priced())
    assert display.follow(CashPayment(M("300"))).change == M("1")


# ----- the real window, by keys ---------------------------------------------------------------
def alt(qtbot, key) -> None:
    """Alt and a field's letter, to the widget that has the focus, as a keyboard sends it."""
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.AltModifier)


def test_a_clerk_takes_a_split_payment_by_keys(qtbot, db, synchronous_tasks):
    code = credit_from_shirt(db)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, JEANS)    # jeans, 299.00
    scan(qtbot, screen.scan_field, SHIRT)        # shirt, 150.00: 449.00 due
    qtbot.keyClick(screen, Qt.Key_F7)
    dialog = screen.payment_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Split payment"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code_field)
    alt(qtbot, Qt.Key_C)
    assert dialog.focusWidget() is dialog.card_field
    qtbot.keyClicks(dialog.card_field, "200")
    alt(qtbot, Qt.Key_N)
    assert dialog.focusWidget() is dialog.code_field
    scan(qtbot, dialog.code_field, "CN-00000000")
    assert "No credit note has the code" in dialog.code_message.text()
    assert dialog.notes == []
    dialog.code_field.clear()
    scan(qtbot, dialog.code_field, code)
    assert [row.note.code for row in dialog.notes] == [code]
    assert dialog.notes[0].amount.text() == "150.00"  # min(balance, what is left)
    assert "expires on" in dialog.notes[0].words.text()
    alt(qtbot, Qt.Key_T)
    qtbot.keyClicks(dialog.cash_field, "100")
    assert plain(dialog.cash_left.text()) == "99,00 MAD"
    assert plain(dialog.change.text()) == "1,00 MAD"
    qtbot.keyClick(dialog.cash_field, Qt.Key_Return)
    assert not dialog.isVisible()

    with db.read() as s:
        sale = s.scalar(select(Sale).order_by(Sale.id.desc()))
        assert sale.total == M("449")
        rows = [(p.method, p.amount, p.tendered, p.change, p.credit_code)
                for p in s.scalars(select(Payment).where(Payment.sale_id == sale.id)
                                   .order_by(Payment.id))]
    assert rows == [("credit", M("150"), None, None, code), ("card", M("200"), None, None, None),
                    ("cash", M("99"), M("100"), M("1"), None)]
    text = plain(screen.receipt_dialog.text())
    assert code in text and "200,00" in text and "100,00" in text and "1,00" in text
    assert screen.cart.items == []


def test_a_note_scanned_on_the_sale_screen_opens_the_split_with_it(qtbot, db,
                                                                   synchronous_tasks):
    code = credit_from_shirt(db)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, code)
    assert "Scan the items first" in screen.message.text()
    assert screen.cart.items == []
    scan(qtbot, screen.scan_field, SHIRT)        # 150.00: the note pays it all
    scan(qtbot, screen.scan_field, code)
    dialog = screen.payment_dialog
    assert dialog.isVisible() and [row.note.code for row in dialog.notes] == [code]
    assert len(screen.cart.items) == 1
    assert plain(dialog.cash_left.text()) == "0,00 MAD"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.confirm   # the note pays it all: Enter
    qtbot.keyClick(dialog.confirm, Qt.Key_Return)
    assert not dialog.isVisible()
    with db.read() as s:
        sale = s.scalar(select(Sale).order_by(Sale.id.desc()))
        assert [(p.method, p.amount) for p in sale.payments] == [("credit", M("150"))]


def test_a_note_is_looked_up_off_the_gui_thread(qtbot, db):
    """Without synchronous_tasks: the lookup runs on the pool, its answer comes back."""
    code = credit_from_shirt(db)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, JEANS)
    qtbot.keyClick(screen, Qt.Key_F7)
    dialog = screen.payment_dialog
    scan(qtbot, dialog.code_field, code)
    qtbot.waitUntil(lambda: len(dialog.notes) == 1)
    assert dialog.notes[0].amount.text() == "150.00"
    assert plain(dialog.cash_left.text()) == "149,00 MAD"


def test_card_and_notes_above_what_is_due_are_refused_by_enter(qtbot, db, synchronous_tasks):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, JEANS)
    qtbot.keyClick(screen, Qt.Key_F7)
    dialog = screen.payment_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code_field)
    alt(qtbot, Qt.Key_C)
    qtbot.keyClicks(dialog.card_field, "500")
    assert "change is given only from cash" in dialog.message.text()
    qtbot.keyClick(dialog.card_field, Qt.Key_Return)
    assert dialog.isVisible() and screen.cart.items
    qtbot.keyClick(dialog.card_field, Qt.Key_Escape)
    assert not dialog.isVisible() and screen.cart.items


def test_cash_far_above_what_is_left_is_confirmed_first(qtbot, db, synchronous_tasks):
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, JEANS)
    qtbot.keyClick(screen, Qt.Key_F7)
    dialog = screen.payment_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code_field)
    alt(qtbot, Qt.Key_C)
    qtbot.keyClicks(dialog.card_field, "289")
    alt(qtbot, Qt.Key_T)
    qtbot.keyClicks(dialog.cash_field, "2000")      # for 10,00 left: a slip of the finger
    qtbot.keyClick(dialog.cash_field, Qt.Key_Return)
    assert dialog.question.isVisible() and "1 990,00" in plain(dialog.question.text())
    qtbot.keyClick(dialog.question, Qt.Key_N)
    qtbot.waitUntil(lambda: not dialog.question.isVisible())
    assert dialog.isVisible() and screen.cart.items
    qtbot.keyClicks(dialog.cash_field, "20")         # the amount was selected: typed over
    qtbot.keyClick(dialog.cash_field, Qt.Key_Return)
    assert not dialog.isVisible()
    with db.read() as s:
        sale = s.scalar(select(Sale).order_by(Sale.id.desc()))
        assert [(p.method, p.amount, p.change) for p in sale.payments] == [
            ("card", M("289"), None), ("cash", M("10"), M("10"))]


def test_several_notes_pay_one_sale_each_as_far_as_is_left(qtbot, db, synchronous_tasks):
    first, second = credit_from_shirt(db), credit_from_shirt(db)
    window, screen = logged_in_screen(qtbot, db)
    scan(qtbot, screen.scan_field, JEANS)            # 299.00
    scan(qtbot, screen.scan_field, first)
    dialog = screen.payment_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.card_field  # 149,00 left: on to the card
    alt(qtbot, Qt.Key_N)
    assert QApplication.focusWidget() is dialog.code_field
    scan(qtbot, dialog.code_field, first)
    assert "already on this payment" in dialog.code_message.text()
    dialog.code_field.clear()
    scan(qtbot, dialog.code_field, second)
    assert [row.amount.text() for row in dialog.notes] == ["150.00", "149.00"]
    assert plain(dialog.cash_left.text()) == "0,00 MAD"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert not dialog.isVisible()
    with db.read() as s:
        sale = s.scalar(select(Sale).order_by(Sale.id.desc()))
        assert [(p.method, p.amount, p.credit_code) for p in sale.payments] == [
            ("credit", M("150"), first), ("credit", M("149"), second)]
