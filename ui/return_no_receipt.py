"""A return without any receipt (pos/return_no_receipt.py): the clerk scans what comes back,
says why and in what state, types the customer's phone (required) and name; the policy's
decision is read live; a manager approves with the usual override dialog, and the return is
recorded as store credit, flagged "no receipt" in the review.

Every rule and every read is in pos/: the products and their prices are read off the GUI
thread (ui/background.py), the return written there too. Keyboard first: the scan field has
the focus (Enter adds the item, a second scan adds one more); Alt+L picks an item in the
list, where + and − change how many and Delete removes it; Alt+R, Alt+O, Alt+K, Alt+N,
Alt+P (a defect's photo), Alt+H and Alt+M fill in why, in what state and who; Enter (or
Ctrl+Enter) asks for the manager's approval, or says what is still missing; Esc cancels.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSizePolicy, QVBoxLayout)

from db.engine import Database
from db.types import utc_now
from pos.i18n import words_of
from pos.money import format_money
from pos.return_no_receipt import (UnreceiptedLine, added, find_line, judge_no_receipt,
                                   record_no_receipt_return, still_missing)
from pos.return_policy import PolicySettings, Reason, Remedy
from pos.returns import Override, ReturnForm, current_policy
from pos.shop import ShopSettings
from pos.staff import PermissionDenied
from ui import background
from ui.language import left_to_right
from ui.return_lines import as_read, pick_defect_photo, read_defect_photo
from ui.return_override import OverrideDialog
from ui.widgets import message_label, say

REASONS = (Reason.CHANGE_OF_MIND, Reason.NOT_AS_PRESENTED, Reason.DEFECTIVE, Reason.OTHER)
WIDTH = 760


class NoReceiptReturnDialog(QDialog):
    recorded = Signal(int, str, str)  # the return's id, its number, the credit note's code

    def __init__(self, db: Database, shop: ShopSettings, clerk_id: int, parent=None):
        super().__init__(parent)
        self.db, self.shop, self.clerk_id = db, shop, clerk_id
        self.lines: list[UnreceiptedLine] = []
        self.policy: PolicySettings | None = None  # read off the GUI thread, at once
        self.override_dialog: OverrideDialog | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Return without a receipt"))
        self._build()
        self._show_lines()
        self.scan.setFocus()
        background.read(self, db, lambda session: current_policy(session, shop),
                        self._policy_read, self._failed)

    def _build(self) -> None:
        said = QLabel(self.tr(
            "Scan what the customer brings back without a receipt. It is given back only as "
            "store credit, with the customer's phone (kept with the return) and a manager's "
            "approval; the return is flagged: no receipt."))
        said.setWordWrap(True)
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan or type each item brought back"))
        self.items = QListWidget()
        self.items.setMaximumHeight(110)
        self.items.setWordWrap(True)  # a long name folds, never scrolls sideways
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.items.installEventFilter(self)
        self.reason = QComboBox()
        for reason in REASONS:
            self.reason.addItem(reason.label, reason)
        self.condition, self.packaging = (
            QCheckBox(self.tr("In its &original condition: not damaged, not used")),
            QCheckBox(self.tr("In its original pac&kaging")))
        self.note = QLineEdit(placeholderText=self.tr("Required for 'Other'"))
        self.photo: bytes | None = None
        self.photo_name: str | None = None
        self.photo_button = QPushButton(self.tr("Attach &photo…"))
        self.photo_button.clicked.connect(self.ask_photo)
        self.photo_button.setAutoDefault(False)  # Enter on it asks for the approval too
        self.photo_label = QLabel(self.tr("No photo"))
        self.photo_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        self.phone = QLineEdit(placeholderText=self.tr("Required: 06 12 34 56 78"))
        self.name = QLineEdit(placeholderText=self.tr("Optional"))
        left_to_right(self.scan, self.phone)  # barcodes and phone numbers, in Arabic too
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.decision.setObjectName("decision")
        self.decision.setStyleSheet("font-size: 16px;")
        self.amount = QLabel()
        self.amount.setWordWrap(True)
        self.amount.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.message = message_label()
        form = QFormLayout()
        for label, field in ((self.tr("&Item"), self.scan), (self.tr("&List"), self.items),
                             (self.tr("&Reason"), self.reason), ("", self.condition),
                             ("", self.packaging), (self.tr("&Note"), self.note),
                             (self.tr("Defect photo"), photo_row),
                             (self.tr("Customer's p&hone"), self.phone),
                             (self.tr("Customer's na&me"), self.name)):
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.rejected.connect(self.reject)
        self.approve = QPushButton(self.tr("Manager &approval… (Enter)"))
        self.approve.setObjectName("primary")
        self.approve.clicked.connect(self.ask_approval)
        buttons.addButton(self.approve, QDialogButtonBox.ActionRole)
        for button in buttons.buttons():  # Enter is read in keyPressEvent, never a button's
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        for widget in (self.decision, self.amount, self.message, buttons):
            layout.addWidget(widget)
        for signal in (self.reason.currentIndexChanged, self.condition.toggled,
                       self.packaging.toggled, self.note.textChanged):
            signal.connect(self.update_decision)
        self.resize(WIDTH, max(self.heightForWidth(WIDTH), self.sizeHint().height()))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            # Enter in the scan field with a code adds it; anywhere else it asks for the
            # approval, as Ctrl+Enter does everywhere. (A field passes Enter on to here.)
            if (self.scan.hasFocus() and self.scan.text().strip()
                    and not event.modifiers() & Qt.ControlModifier):
                self.add_item()
            else:
                self.ask_approval()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """In the list: + and − change how many of the item picked, Delete removes it (the
        list would take them as a search by the first letter)."""
        if watched is self.items and event.type() == QEvent.KeyPress and self.lines:
            row, key = self.items.currentRow(), event.key()
            if key == Qt.Key_Delete:
                del self.lines[row]
                self._show_lines(row)
                return True
            if key in (Qt.Key_Plus, Qt.Key_Minus):
                quantity = self.lines[row].quantity + (1 if key == Qt.Key_Plus else -1)
                if quantity >= 1:
                    self.lines[row] = replace(self.lines[row], quantity=quantity)
                    self._show_lines(row)
                return True
        return super().eventFilter(watched, event)

    # ----- the items ---------------------------------------------------------------------------
    def add_item(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        # Cleared at once: the next scan may come before the answer does.
        self.scan.clear()
        today = self.shop.local_date(utc_now())
        background.read(self, self.db, lambda session: find_line(session, text, today),
                        self._found, self._failed)

    def _found(self, line: UnreceiptedLine) -> None:
        self.lines = added(self.lines, line)
        self._show_lines(next(i for i, known in enumerate(self.lines)
                              if known.product_id == line.product_id))
        say(self.message, self.tr("{product} added.").format(product=line.name))

    def _show_lines(self, picked: int = 0) -> None:
        money = lambda m: format_money(m, self.shop.locale)  # noqa: E731
        self.items.clear()
        for line in self.lines:
            self.items.addItem(as_read(self.tr(
                "{product} × {quantity}  ·  now {current}, lowest of 30 days {lowest}").format(
                product=line.name, quantity=line.quantity, current=money(line.current_price),
                lowest=money(line.lowest_price))))
        if self.lines:
            self.items.setCurrentRow(max(0, min(picked, len(self.lines) - 1)))
        self.update_decision()

    # ----- the policy's decision ---------------------------------------------------------------
    def _policy_read(self, policy: PolicySettings) -> None:
        self.policy = policy
        self.update_decision()

    def form(self) -> ReturnForm:
        return ReturnForm(quantities={}, reason=self.reason.currentData(),
                          remedy=Remedy.REFUND, original_condition=self.condition.isChecked(),
                          original_packaging=self.packaging.isChecked(), note=self.note.text(),
                          photo=self.photo, photo_name=self.photo_name)

    def ask_photo(self) -> None:
        path = pick_defect_photo(self)
        if path:
            self.attach_photo(path)

    def attach_photo(self, path: str) -> None:
        photo = read_defect_photo(path)
        if isinstance(photo, str):
            return say(self.message, photo, "error")
        self.photo, self.photo_name = photo
        self.photo_label.setText(self.tr("{name} ({size} KB)").format(
            name=self.photo_name, size=len(self.photo) // 1024 + 1))

    def judgement(self):
        return judge_no_receipt(self.lines, self.form(), self.policy, self.shop.locale)

    def update_decision(self) -> None:
        reason = Reason(self.reason.currentData())
        self.note.setEnabled(reason is Reason.OTHER)
        self.photo_button.setEnabled(reason is Reason.DEFECTIVE)
        if self.policy is None:
            return
        judgement = self.judgement()
        self.decision.setText(as_read(judgement.explanation()))
        tone = ("#f4f6fa" if not self.lines else "#fdecea" if not judgement.allowed
                else "#fff4e0" if judgement.deduction else "#e6f4ea")
        self.decision.setStyleSheet(f"font-size: 16px; background: {tone}; padding: 6px;")
        if self.lines and judgement.allowed:
            self.amount.setText(as_read(self.tr("Customer receives {amount} as store credit")
                                        .format(amount=format_money(judgement.refund,
                                                                    self.shop.locale))))
        else:
            self.amount.setText(self.tr("Refused") if self.lines else "")
        self.approve.setEnabled(bool(self.lines) and judgement.allowed)
        self._grow()

    def _grow(self) -> None:
        """As tall as the policy's sentences need at this width (a top-level window's
        minimum ignores a label's height for width), within the screen."""
        wanted = max(self.heightForWidth(self.width()), self.sizeHint().height())
        room = self.screen().availableGeometry().height() - 60 if self.screen() else wanted
        if wanted > self.height():
            self.resize(self.width(), min(wanted, room))

    # ----- approval and recording --------------------------------------------------------------
    def ask_approval(self) -> None:
        if self.policy is None or self._saving:
            return
        judgement = self.judgement()
        lacking = still_missing(self.lines, self.form(), self.phone.text())
        if lacking is not None:
            say(self.message, lacking.sentence, "error")
            field = {"quantities": self.scan, "photo": self.photo_button, "note": self.note,
                     "phone": self.phone}.get(lacking.what)
            return field.setFocus() if field is not None else None
        if not judgement.allowed:
            return say(self.message, judgement.explanation(), "error")
        said = judgement.explanation()
        with_approval = self.tr("{amount} as store credit; the return is flagged: no "
                                "receipt.").format(
            amount=format_money(judgement.refund, self.shop.locale))
        self.override_dialog = OverrideDialog(self.db, said, with_approval, self.clerk_id,
                                              self)
        self.override_dialog.submitted.connect(self._approved)
        self.override_dialog.open()

    def _approved(self, override: Override) -> None:
        lines, form, shop = list(self.lines), self.form(), self.shop
        phone, name = self.phone.text(), self.name.text()

        def record(session, clerk):
            ret = record_no_receipt_return(session, lines, form, phone, name, clerk, shop,
                                           override)
            return ret.id, ret.return_number, ret.credit_code

        self._saving = True
        background.change(self, self.db, self.clerk_id, record, self._recorded,
                          self._refused)

    def _recorded(self, done: tuple[int, str, str]) -> None:
        self._saving = False
        self.override_dialog.accept()
        self.recorded.emit(*done)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._saving = False
        self.override_dialog.fail(self._words(error))

    def _failed(self, error: Exception) -> None:
        say(self.message, self._words(error), "error")

    @staticmethod
    def _words(error: Exception) -> str:
        """A refusal as it is said; anything else as a bug, with nothing saved."""
        if isinstance(error, (ValueError, PermissionDenied)):
            return words_of(error)
        return background.error_words(error)
