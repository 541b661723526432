"""The split payment (F7): one sale paid by credit notes, a card and cash together.

Keyboard first: a note's code is scanned or typed in its field (Alt+N), Enter looks it up
(off the GUI thread) and puts it below with what is left on it and its expiry, its amount the
most it can pay (editable); a wrong, expired or spent code is said beside the field and
changes nothing. Alt+C the card's amount, Alt+T the cash handed over (empty: the exact
amount). What is left for cash and the change are always shown; Enter completes once it adds
up (cash far above what is left for it is confirmed first, Y or N), Esc goes back to the cart.
A code scanned in any field goes to the notes.
The arithmetic and the lookup are pos.counter's (split_sums, note_to_spend); the sale is
saved by the sale screen, as for cash or card.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from db.engine import Database
from pos.checkout import CreditPart, SplitPayment
from pos.counter import NoteToSpend, Refused, SplitSums, note_to_spend, split_sums
from pos.dates import format_medium_date
from pos.i18n import figure
from pos.money import Money, MoneyError, format_money
from pos.shop import ShopSettings
from pos.store_credit import looks_like_code, read_code
from pos.tendered import far_above
from ui import background
from ui.dialogs import yes_no_question
from ui.language import left_to_right
from ui.widgets import message_label, say

BIG = "font-size: 20px; padding: 4px;"
NOTE_ROWS = 100  # room for the notes of one sale, two rows each


class _NoteRow:
    """A credit note put on the payment: its code, balance and expiry; the amount it pays."""

    def __init__(self, note: NoteToSpend, amount: Money):
        self.note = note
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.amount = QLineEdit(str(amount.amount))
        left_to_right(self.amount)
        self.amount.setStyleSheet(BIG)


class SplitPaymentDialog(QDialog):
    paid = Signal(object)  # SplitPayment

    def __init__(self, db: Database, shop: ShopSettings, total: Money, parent=None,
                 code: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split payment"))
        self.db = db
        self.shop = shop
        self.locale = shop.locale
        self.total = total
        self.notes: list[_NoteRow] = []
        self._done = False
        self.question = None  # "is the amount right?", while it is open
        self.looking_up: str | None = None  # the code being looked up, while it is

        due = QLabel(figure(format_money(total, self.locale)))
        due.setObjectName("totalAmount")
        due.setAlignment(Qt.AlignCenter)

        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("Scan or type the code, then Enter"))
        left_to_right(self.code_field)
        self.code_message = message_label()
        code_label = QLabel(self.tr("Credit &note"))
        code_label.setBuddy(self.code_field)

        self.card_field = QLineEdit()
        self.card_field.setPlaceholderText("0")
        self.cash_field = QLineEdit()
        self.cash_field.setPlaceholderText(self.tr("Empty: the exact amount"))
        for field in (self.card_field, self.cash_field):
            left_to_right(field)
            field.setStyleSheet(BIG)
            field.textChanged.connect(self.update_sums)
        card_label = QLabel(self.tr("&Card"))
        card_label.setBuddy(self.card_field)
        cash_label = QLabel(self.tr("Cash &tendered"))
        cash_label.setBuddy(self.cash_field)
        self.cash_left = QLabel()
        self.change = QLabel()
        for label in (self.cash_left, self.change):
            label.setStyleSheet("font-size: 20px; font-weight: bold;")

        self.message = message_label()
        self.confirm = QPushButton(self.tr("Complete sale (Enter)"))
        self.confirm.setObjectName("primary")
        self.confirm.setAutoDefault(False)
        self.confirm.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Back to the cart (Esc)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        # The notes go in rows 2 to NOTE_ROWS, two each; an empty row takes no room.
        self.grid = grid = QGridLayout()
        grid.addWidget(code_label, 0, 0)
        grid.addWidget(self.code_field, 0, 1)
        grid.addWidget(self.code_message, 1, 0, 1, 2)
        for row, (label, value) in enumerate((
                (card_label, self.card_field),
                (QLabel(self.tr("Left to pay in cash")), self.cash_left),
                (cash_label, self.cash_field),
                (QLabel(self.tr("Change due")), self.change)), start=NOTE_ROWS):
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("To pay")))
        layout.addWidget(due)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.resize(520, 0)
        self.update_sums()
        self.code_field.setFocus()
        self._first_code = code  # a note scanned on the sale screen: looked up once shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_code:  # shown first, so that the focus then goes where it should
            code, self._first_code = self._first_code, None
            self.look_up(code)

    # ----- credit notes ---------------------------------------------------------------------
    def look_up(self, text: str | None = None) -> None:
        """The note with the code typed (or scanned), read off the GUI thread."""
        code = read_code(self.code_field.text() if text is None else text)
        if not code or self.looking_up:
            return
        self.code_field.setText(code)
        if any(row.note.code == code for row in self.notes):
            say(self.code_message, self.tr("Credit note {code} is already on this payment.")
                .format(code=figure(code)), "error")
            self.code_field.selectAll()
            return
        self.looking_up = code
        say(self.code_message, self.tr("Looking up {code}…").format(code=figure(code)))
        shop = self.shop
        db = self.db
        background.run_task(lambda: note_to_spend(db, code, shop),
                            background.while_alive(self, self._found),
                            background.while_alive(self, self._failed))

    def _found(self, found: NoteToSpend | Refused) -> None:
        self.looking_up = None
        if isinstance(found, Refused):
            say(self.code_message, found.message, "error")
            self.code_field.setFocus()
            self.code_field.selectAll()
            return
        sums = self._sums_now()
        left = sums.cash_left if sums is not None else self.total
        amount = min(found.balance, max(left, Money.zero()))
        row = _NoteRow(found, amount)
        self.notes.append(row)
        self._describe(row)
        at = 2 * len(self.notes)  # its words on a line, its amount beneath (rows 2, 3…)
        paying = QLabel(self.tr("Paid by this note"))
        paying.setBuddy(row.amount)
        self.grid.addWidget(row.words, at, 0, 1, 2)
        self.grid.addWidget(paying, at + 1, 0)
        self.grid.addWidget(row.amount, at + 1, 1)
        row.amount.textChanged.connect(self.update_sums)
        order = [self.code_field, *(r.amount for r in self.notes), self.card_field,
                 self.cash_field, self.confirm]
        for before, after in zip(order, order[1:]):
            self.setTabOrder(before, after)
        self.code_field.clear()
        say(self.code_message, self.tr("Credit note {code} added: change its amount to keep "
                                       "more on it, 0 to take it off.").format(
            code=figure(found.code)))
        self.update_sums()
        # Paid in full by notes: Enter completes at once; otherwise on to the card.
        (self.confirm if self._left_for_cash_is_zero() else self.card_field).setFocus()

    def _failed(self, error: Exception) -> None:
        self.looking_up = None
        say(self.code_message, background.error_words(error), "error")

    def _describe(self, row: _NoteRow) -> None:
        note = row.note
        balance = figure(format_money(note.balance, self.locale))
        if note.expires_on is None:
            words = self.tr("{code}: {balance} left, never expires")
        else:
            words = self.tr("{code}: {balance} left, expires on {day}")
        row.words.setText(words.format(
            code=figure(note.code), balance=balance,
            day=format_medium_date(note.expires_on, self.locale) if note.expires_on else ""))

    # ----- the sums -------------------------------------------------------------------------
    def _money(self, field: QLineEdit) -> Money | None:
        """The amount typed, zero when empty; None when it is not an amount."""
        text = field.text().strip()
        if not text:
            return Money.zero()
        try:
            return Money.parse(text, self.locale)
        except MoneyError:
            return None

    def _sums_now(self) -> SplitSums | None:
        """Where the payment stands; None while an amount typed is not one."""
        card, credits = self._money(self.card_field), self._credits()
        typed = bool(self.cash_field.text().strip())
        tendered = self._money(self.cash_field) if typed else None
        if card is None or any(amount is None for _note, amount in credits) or (
                typed and tendered is None):
            return None
        return split_sums(self.total, card, credits, tendered, self.locale)

    def _credits(self) -> list[tuple[NoteToSpend, Money | None]]:
        """Each note and the amount it pays (None: not an amount); a note at zero pays
        nothing and is no part."""
        paying = [(row.note, self._money(row.amount)) for row in self.notes]
        return [(note, amount) for note, amount in paying if amount != Money.zero()]

    def _left_for_cash_is_zero(self) -> bool:
        sums = self._sums_now()
        return sums is not None and not sums.cash_left

    def update_sums(self) -> None:
        """What is left for cash and the change, at each key; what is wrong, said."""
        sums = self._sums_now()
        if sums is None:
            self.cash_left.setText("—")
            self.change.setText("—")
            say(self.message, self.tr("Type an amount, like 150 or 49,50."), "error")
            return
        money = lambda amount: figure(format_money(amount, self.locale))  # noqa: E731
        self.cash_left.setText(money(sums.cash_left) if not sums.cash_left.is_negative()
                               else "—")
        self.change.setText(money(sums.change) if sums.problem is None else "—")
        self.cash_field.setEnabled(bool(sums.cash_left) or bool(self.cash_field.text()))
        if sums.problem is None:
            say(self.message, self.tr("It adds up: Enter completes the sale."))
        else:
            say(self.message, sums.problem, "error")

    def payment(self) -> SplitPayment | str:
        """The split payment typed, or why it does not add up."""
        sums = self._sums_now()
        if sums is None:
            return self.tr("Type an amount, like 150 or 49,50.")
        if sums.problem is not None:
            return sums.problem
        return SplitPayment(
            card=self._money(self.card_field),
            credits=tuple(CreditPart(note.code, amount) for note, amount in self._credits()),
            tendered=sums.tendered if sums.cash_left else Money.zero())

    # ----- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() not in (Qt.Key_Return, Qt.Key_Enter):
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and focused is not self.code_field \
                and looks_like_code(focused.text()):
            code = focused.text()  # a note scanned into an amount: it goes to the notes
            focused.clear()
            self.look_up(code)
        elif focused is self.code_field:
            self.look_up()
        else:
            self.submit()

    def submit(self) -> None:
        # Not twice, not while a note is looked up nor while the question is open.
        if self._done or self.looking_up or (self.question is not None
                                             and self.question.isVisible()):
            return
        payment = self.payment()
        if isinstance(payment, str):
            say(self.message, payment, "error")
            return
        left = self._sums_now().cash_left
        if left and far_above(left, payment.tendered):
            self._ask_far_above(payment, left)
            return
        self._pay(payment)

    def _ask_far_above(self, payment: SplitPayment, left: Money) -> None:
        """Cash far above what is left for it (a 1000 typed for 10,00): Y gives the change,
        N, Esc or Enter go back to the amount."""
        given, change, left = (figure(format_money(m, self.locale)) for m in
                               (payment.tendered, payment.tendered - left, left))
        self.question = yes_no_question(
            self, self.tr("Check the amount"),
            self.tr("{given} given for {left} left to pay in cash: the change would be "
                    "{change}. Is the amount right?").format(given=given, left=left,
                                                             change=change),
            self.tr("give the change"), self.tr("correct the amount"),
            lambda right: self._pay(payment) if right else self._correct_amount())

    def _correct_amount(self) -> None:
        self.cash_field.setFocus()
        self.cash_field.selectAll()

    def _pay(self, payment: SplitPayment) -> None:
        self._done = True
        self.paid.emit(payment)
        self.accept()
