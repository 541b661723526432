"""Manager → Languages: the shop's language, the receipt's, and each person's own."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, \
    QVBoxLayout

from db.engine import Database
from pos.i18n import FRENCH_AND_ARABIC, LANGUAGE_NAMES, LANGUAGES, RECEIPT_LANGUAGES
from pos.languages import Languages, current_languages, save_languages
from pos.shop import ShopSettings
from ui.background import error_words, read_now
from ui.hub_edits import change_master, read_only_while_hub_away
from ui.widgets import answer_buttons, fit_to_screen, message_label, say


def _combo(choices: list[tuple[str, str | None]], current: str | None) -> QComboBox:
    combo = QComboBox()
    for words, code in choices:
        combo.addItem(words, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class LanguagesDialog(QDialog):
    saved = Signal(object)  # the shop's settings as saved

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self._saving = False
        self.setWindowTitle(self.tr("Languages"))
        self.current: Languages = read_now(db, current_languages)
        spoken = [(LANGUAGE_NAMES[code], code) for code in LANGUAGES]
        self.shop_language = _combo(spoken, self.current.shop)
        receipt = [(LANGUAGE_NAMES[c], c) for c in RECEIPT_LANGUAGES if c != FRENCH_AND_ARABIC]
        receipt.insert(2, (self.tr("French and Arabic, both on each receipt"),
                           FRENCH_AND_ARABIC))
        self.receipt_language = _combo(receipt, self.current.receipt)
        self.staff_languages = [
            _combo([(self.tr("The shop's language"), None), *spoken], person.language)
            for person in self.current.staff]
        explain = QLabel(self.tr(
            "The login screen speaks the shop's language; once someone logs in, the window "
            "speaks theirs. Receipts are printed in the receipt's language, whoever sells."))
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Shop's language"), self.shop_language)
        form.addRow(self.tr("Receipts"), self.receipt_language)
        for person, combo in zip(self.current.staff, self.staff_languages):
            form.addRow(person.name, combo)
        self.message = message_label()
        buttons = answer_buttons(self, self.submit)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 480, 0)
        read_only_while_hub_away(self, db, shop, self.message,
                                 lambda: (self.save_button, self.shop_language,
                                          self.receipt_language, *self.staff_languages))
        self.shop_language.setFocus()

    def wanted(self) -> Languages:
        staff = tuple(replace(person, language=combo.currentData())
                      for person, combo in zip(self.current.staff, self.staff_languages))
        return Languages(self.shop_language.currentData(), self.receipt_language.currentData(),
                         staff)

    def submit(self) -> None:
        """Saved in the background: on the hub once the till is attached."""
        if self._saving or self.hub_lock is not None:
            return
        wanted = self.wanted()
        self._saving = True
        self.save_button.setEnabled(False)
        change_master(self, self.db, self.shop, self.manager_id,
                      lambda session, manager: save_languages(session, manager, wanted),
                      self._saved, self._failed)

    def _saved(self, shop: ShopSettings) -> None:
        self.saved.emit(shop)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(self.hub_lock is None)
        say(self.message, str(error) if isinstance(error, ValueError) else error_words(error),
            "error")
