"""The manager's return policy settings: each save is a new version; past returns keep theirs."""
from __future__ import annotations

from dataclasses import replace

from babel.numbers import format_decimal

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QSpinBox, QVBoxLayout)

from db.engine import Database
from pos.i18n import words_of
from pos.money import Money, MoneyError, parse_percent
from pos.return_policy import NO_RECEIPT_CURRENT, NO_RECEIPT_LOWEST
from pos.returns import change_policy, current_policy
from pos.shop import ShopSettings
from ui.background import error_words, read_now
from ui.hub_edits import change_master, read_only_while_hub_away
from ui.language import left_to_right
from ui.widgets import answer_buttons, fit_to_screen, message_label, say


class PolicyDialog(QDialog):
    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self._saving = False
        self.setWindowTitle(self.tr("Return policy"))
        self.current = read_now(db, current_policy)
        c = self.current
        self.version = QLabel(self.tr(
            "Version {version} is in force. Saving makes a new version; returns already made "
            "keep the version they were judged under.").format(version=c.version))
        self.version.setWordWrap(True)
        self.refund_days = QSpinBox()
        self.refund_days.setRange(0, 365)
        self.refund_days.setValue(c.refund_days)
        self.exchange_days = QSpinBox()
        self.exchange_days.setRange(0, 365)
        self.exchange_days.setValue(c.exchange_days)
        # As the manager types them in the shop's figures: '30' (not '3E+1'), '25,00'.
        self.percent = QLineEdit(format_decimal(c.change_of_mind_percent, locale=shop.locale,
                                                group_separator=False))
        self.minimum = QLineEdit(format_decimal(c.change_of_mind_minimum.amount, format="0.00",
                                                locale=shop.locale))
        self.waive_for_credit = QCheckBox(self.tr(
            "&Waive the change-of-mind deduction when the refund is taken as store credit"))
        self.waive_for_credit.setChecked(c.waive_change_of_mind_for_credit)
        # A return without a receipt (pos/return_no_receipt.py) is valued at this price.
        self.no_receipt_price = QComboBox()
        self.no_receipt_price.addItem(self.tr("the lowest price of the last 30 days"),
                                      NO_RECEIPT_LOWEST)
        self.no_receipt_price.addItem(self.tr("the current price"), NO_RECEIPT_CURRENT)
        self.no_receipt_price.setCurrentIndex(
            self.no_receipt_price.findData(c.no_receipt_price))
        left_to_right(self.refund_days, self.exchange_days, self.percent, self.minimum)
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("Refund window (days after purchase)"), self.refund_days)
        form.addRow(self.tr("Exchange window (days after purchase)"), self.exchange_days)
        form.addRow(self.tr("Change-of-mind deduction (%)"), self.percent)
        form.addRow(self.tr("Minimum deduction ({currency})").format(currency=c.currency),
                    self.minimum)
        form.addRow(self.waive_for_credit)
        no_receipt = QLabel(self.tr("Without a receipt, store credit &at"))
        no_receipt.setBuddy(self.no_receipt_price)
        form.addRow(no_receipt, self.no_receipt_price)
        buttons = answer_buttons(self, self.submit)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 480, 0)
        read_only_while_hub_away(self, db, shop, self.message, lambda: (self.save_button,))

    def submit(self) -> None:
        """Saved in the background: on the hub once the till is attached."""
        if self._saving or self.hub_lock is not None:
            return
        try:
            percent = parse_percent(self.percent.text())
            minimum = Money.parse(self.minimum.text(), self.shop.locale)
            wanted = replace(self.current, refund_days=self.refund_days.value(),
                             exchange_days=self.exchange_days.value(),
                             change_of_mind_percent=percent, change_of_mind_minimum=minimum,
                             waive_change_of_mind_for_credit=self.waive_for_credit.isChecked(),
                             no_receipt_price=self.no_receipt_price.currentData())
        except (ValueError, MoneyError) as error:
            return self._fail(words_of(error))
        self._saving = True
        self.save_button.setEnabled(False)
        change_master(self, self.db, self.shop, self.manager_id,
                      lambda session, manager: change_policy(session, manager, wanted).version,
                      self._saved, self._failed)

    def _saved(self, version: int) -> None:
        self.saved_version = version
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(self.hub_lock is None)
        self._fail(words_of(error) if isinstance(error, ValueError) else error_words(error))

    def _fail(self, text: str) -> None:
        say(self.message, text, "error")

