"""A return of a sale this till has never seen while the hub does not answer (a sale not
verified, pos/return_unverified.py): the clerk scans what comes back, a manager may type the
price paid, then approves with the usual override dialog.

Keyboard first: the scan field has the focus (Enter adds the item, a second scan adds one
more); Alt+L picks an item in the list, Alt+P types the price paid for it (Enter sets it),
Delete removes the item picked; Alt+R, Alt+O, Alt+K and Alt+N fill in why and in what state;
Ctrl+Enter asks for the manager's approval; Esc cancels.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout)

from db.engine import Database
from pos.i18n import words_of
from pos.money import format_money
from pos.return_desk import ReturnInProgress
from pos.return_policy import Reason, Remedy
from pos.return_unverified import UnverifiedClaim
from pos.returns import Override, ReturnError, ReturnForm
from pos.shop import ShopSettings
from pos.staff import LoginError, PermissionDenied
from ui.language import left_to_right, read_from_the_right
from pos.i18n import isolated
from ui.return_lines import as_read
from ui.return_override import OverrideDialog
from ui.widgets import answer_buttons, message_label, say

# A photo of a defect is taken on the return screen with a sale it can see; here, the
# reasons that need none.
REASONS = (Reason.CHANGE_OF_MIND, Reason.NOT_AS_PRESENTED, Reason.OTHER)
WIDTH = 600


class UnverifiedReturnDialog(QDialog):
    recorded = Signal(int, str)  # the return's id and number

    def __init__(self, db: Database, shop: ShopSettings, number: str, clerk_id: int,
                 parent=None):
        """Raises ReturnError when the number is not one the tills print."""
        super().__init__(parent)
        self.claim = UnverifiedClaim(db, shop, number)
        self.db, self.desk, self.clerk_id = db, ReturnInProgress(db, shop), clerk_id
        self.shop = shop  # its locale is read when figures are written
        self.override_dialog: OverrideDialog | None = None
        self.setWindowTitle(self.tr("Return of a sale not verified"))
        self._build()
        self._show_items()
        self.scan.setFocus()

    def _build(self) -> None:
        said = QLabel(self.tr(
            "<b>{number}</b> is not known at this till and the hub does not answer. Scan what "
            "the customer brings back. The refund is the catalog's price unless the manager "
            "types the price paid; a manager approves, and the return is flagged: sale not "
            "verified.").format(number=isolated(self.claim.number)))
        said.setText(read_from_the_right(said.text()))
        said.setWordWrap(True)
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan or type each item brought back"))
        self.scan.returnPressed.connect(self.add_item)
        self.items = QListWidget()
        self.items.setMaximumHeight(120)
        self.price = QLineEdit()
        self.price.setPlaceholderText(
            self.tr("the price paid for the item picked, if not the catalog's"))
        self.price.returnPressed.connect(self.set_price)
        left_to_right(self.scan, self.price)  # barcodes and amounts, in Arabic too
        self.reason = QComboBox()
        self.reason.addItems([reason.label for reason in REASONS])
        # Alt+O, not the return screen's Alt+C: a dialog's Cancel may hold that letter.
        self.condition, self.packaging = (
            QCheckBox(self.tr("In its &original condition: not damaged, not used")),
            QCheckBox(self.tr("In its original pac&kaging")))
        self.note = QLineEdit(placeholderText=self.tr("Required for 'Other'"))
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.message = message_label()
        form = QFormLayout()
        for label, field in ((self.tr("&Item"), self.scan), (self.tr("&List"), self.items),
                             (self.tr("&Price paid"), self.price),
                             (self.tr("&Reason"), self.reason), ("", self.condition),
                             ("", self.packaging), (self.tr("&Note"), self.note)):
            form.addRow(label, field)
        buttons = answer_buttons(self, self.ask_approval, QDialogButtonBox.Cancel)
        self.approve = QPushButton(self.tr("Manager &approval… (Ctrl+Enter)"))
        self.approve.clicked.connect(self.ask_approval)
        buttons.addButton(self.approve, QDialogButtonBox.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        for widget in (self.total, self.message, buttons):
            layout.addWidget(widget)
        self.resize(WIDTH, max(self.heightForWidth(WIDTH), self.sizeHint().height()))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            # Enter alone belongs to the scan and price fields, never to a button (the
            # button box makes one default when shown); Ctrl+Enter asks for the approval.
            if event.modifiers() & Qt.ControlModifier:
                self.ask_approval()
        elif event.key() == Qt.Key_Delete and self.items.hasFocus() and self.claim.items:
            self.claim.remove(self.items.currentRow())
            self._show_items()
        else:
            super().keyPressEvent(event)

    # ----- the items ---------------------------------------------------------------------------
    def add_item(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        problem = self.claim.add(text)
        if problem:
            say(self.message, problem, "error")
            self.scan.selectAll()
            return
        self.scan.clear()
        self._show_items(picked=len(self.claim.items) - 1)
        say(self.message, self.tr("{product} added.").format(product=self.claim.items[-1].name))

    def set_price(self) -> None:
        row = self.items.currentRow()
        if row < 0:
            say(self.message, self.tr("Pick the item in the list first (Alt+L)."), "error")
            return
        problem = self.claim.set_price(row, self.price.text())
        if problem:
            say(self.message, problem, "error")
            return
        self.price.clear()
        self._show_items(picked=row)
        say(self.message, self.tr("Price paid set for {product}.").format(
            product=self.claim.items[row].name))

    def _show_items(self, picked: int = 0) -> None:
        money = lambda m: format_money(m, self.shop.locale)  # noqa: E731
        self.items.clear()
        for item in self.claim.items:
            line = (self.tr("{product} × {quantity}  ·  {price} (price paid, typed)  ·  {total}")
                    if item.price_typed else
                    self.tr("{product} × {quantity}  ·  {price} (catalog price)  ·  {total}"))
            self.items.addItem(as_read(line.format(
                product=item.name, quantity=item.quantity, price=money(item.unit_price),
                total=money(item.total))))
        if self.claim.items:
            self.items.setCurrentRow(min(picked, len(self.claim.items) - 1))
        self.total.setText(as_read(
            self.tr("Customer receives {amount} in cash").format(amount=money(self.claim.total))
            if self.claim.items else self.tr("Nothing scanned yet.")))

    # ----- approval ----------------------------------------------------------------------------
    def form(self) -> ReturnForm:
        return ReturnForm(quantities={}, reason=REASONS[self.reason.currentIndex()],
                          remedy=Remedy.REFUND,
                          original_condition=self.condition.isChecked(),
                          original_packaging=self.packaging.isChecked(), note=self.note.text())

    def ask_approval(self) -> None:
        if not self.claim.items:
            say(self.message, self.tr("Scan the items the customer brings back."), "error")
            self.scan.setFocus()
            return
        self.override_dialog = OverrideDialog(
            self.db, self.tr("{number} cannot be verified: this till has never seen it and the "
                             "hub does not answer.").format(number=self.claim.number),
            self.tr("Customer receives {amount} in cash; the return is flagged as sale not "
                    "verified.").format(amount=format_money(self.claim.total,
                                                            self.shop.locale)),
            self.clerk_id, self)
        self.override_dialog.submitted.connect(self._approved)
        self.override_dialog.open()

    def _approved(self, override: Override) -> None:
        try:
            self.desk.verify_override(override)
            return_id, number = self.claim.confirm(self.form(), self.clerk_id, override)
        except (LoginError, PermissionDenied, ReturnError) as error:
            self.override_dialog.fail(words_of(error))
            return
        self.override_dialog.accept()
        self.recorded.emit(return_id, number)
        self.accept()
