"""The manager's TikTok settings. The access token is never shown: the field is for a new
one (empty keeps the stored token), and it goes to the keyring or the 0600 file, never to
the shop's database."""
from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout)

from db.engine import Database
from pos.i18n import words_of
from pos.staff import PermissionDenied
from pos.tiktok import save_tiktok_settings
from tracking.settings import (ENV_API_URL, ENV_SOURCE_ID, ENV_TEST_CODE, ENV_TOKEN,
                               TokenStore, load_tiktok_settings, masked)
from ui.background import change_now, read_now
from ui.language import left_to_right
from ui.widgets import answer_buttons, message_label, say


def sources() -> list[tuple[str, str]]:
    """The event sources TikTok knows (stored codes) and their words."""
    return [("web", QCoreApplication.translate("tiktok_settings", "Web (a TikTok pixel)")),
            ("offline", QCoreApplication.translate("tiktok_settings",
                                                   "Offline (an offline event set)"))]


class TikTokSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, db: Database, manager_id: int, parent=None,
                 token_store: TokenStore | None = None):
        super().__init__(parent)
        self.db = db
        self.manager_id = manager_id
        self.tokens = token_store or TokenStore()
        self.setWindowTitle(self.tr("TikTok settings"))
        # What is stored, without the environment's overrides: saving must not copy them in.
        self.current = read_now(db, lambda session: load_tiktok_settings(session, environ={}))
        self._clear_token = False
        c = self.current

        intro = QLabel(self.tr("Counter sales are sent to TikTok as conversion events "
                               "(ViewContent, InitiateCheckout, PlaceAnOrder). Customer "
                               "email and phone leave this computer only hashed."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.enabled = QCheckBox(self.tr("Send counter events to TikTok"))
        self.enabled.setChecked(c.enabled)
        self.source = QComboBox()
        for value, label in sources():
            self.source.addItem(label, value)
        self.source.setCurrentIndex(max(0, self.source.findData(c.event_source)))
        self.source_id = QLineEdit(c.event_source_id)
        self.source_id.setPlaceholderText(self.tr("Pixel code, e.g. COQDA8RC77U2TMR44LI0"))
        self.page_url = QLineEdit(c.page_url)
        self.page_url.setPlaceholderText(self.tr("https://your-shop.example/"))
        self.test_code = QLineEdit(c.test_event_code)
        self.test_code.setPlaceholderText(self.tr("Only while testing, e.g. TEST12345"))
        self.max_age = QSpinBox()
        self.max_age.setRange(1, 365)
        self.max_age.setValue(c.max_event_age_days)

        form = QFormLayout()
        form.addRow("", self.enabled)
        form.addRow(self.tr("Event source"), self.source)
        form.addRow(self.tr("Event source id"), self.source_id)
        form.addRow(self.tr("Page URL"), self.page_url)
        form.addRow(self.tr("Test event code"), self.test_code)
        form.addRow(self.tr("Drop events older than (days)"), self.max_age)
        form.addRow(self.tr("Access token"), self._token_row())
        # Codes, addresses and the token read left to right in every language.
        left_to_right(self.source_id, self.page_url, self.test_code, self.token)
        form.addRow("", self.token_hint)

        self.overrides = _overrides_label()
        self.message = message_label()
        buttons = answer_buttons(self, self.submit)
        self.save_button = buttons.button(QDialogButtonBox.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.overrides)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        self.setMinimumWidth(600)
        self.adjustSize()

    def _token_row(self) -> QHBoxLayout:
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.Password)
        self.clear_token_button = QPushButton(self.tr("Clear token"))
        self.clear_token_button.clicked.connect(self.clear_token)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.clear_token_button)
        self.token_hint = QLabel()
        self.token_hint.setObjectName("hint")
        self.token_hint.setWordWrap(True)
        self._show_token_state()
        return row

    def _stored_token(self) -> str:
        return self.tokens.get(environ={})

    def _show_token_state(self) -> None:
        if self._clear_token:
            self.token.setPlaceholderText(self.tr("removed when you save"))
            self.token_hint.setText(self.tr("The stored token will be removed. Events wait in "
                                            "the queue until a new token is saved."))
            return
        stored = self._stored_token()
        self.token.setPlaceholderText(self.tr("{token} (stored)").format(token=masked(stored))
                                      if stored else self.tr("not set"))
        self.token_hint.setText(
            self.tr("Leave empty to keep the stored token, or paste a new one to replace it. "
                    "It is kept in the system keyring, or a file only you can read, and never "
                    "shown.")
            if stored else self.tr("Paste the access token from TikTok Events Manager. It is "
                                   "kept in the system keyring, or a file only you can read, "
                                   "and never shown."))
        self.clear_token_button.setEnabled(bool(stored))

    def clear_token(self) -> None:
        self._clear_token = True
        self.token.clear()
        self.clear_token_button.setEnabled(False)
        self._show_token_state()

    def _source_changed(self) -> None:
        # An offline event set has no web page: the URL is only needed for a pixel.
        self.page_url.setEnabled(self.source.currentData() == "web")

    def wanted(self):
        return replace(self.current, enabled=self.enabled.isChecked(),
                       event_source=self.source.currentData(),
                       event_source_id=self.source_id.text().strip(),
                       page_url=self.page_url.text().strip(),
                       test_event_code=self.test_code.text().strip(),
                       max_event_age_days=self.max_age.value())

    def submit(self) -> None:
        settings = self.wanted()
        new_token = self.token.text().strip()
        try:
            settings.validate()
            if any(ch.isspace() for ch in new_token):
                raise ValueError(self.tr("The access token has no spaces: paste it again."))
            change_now(self.db, self.manager_id,
                       lambda session, manager: save_tiktok_settings(session, settings, manager))
        except (ValueError, PermissionDenied) as error:
            return self._fail(words_of(error))
        try:
            if new_token:
                self.tokens.set(new_token)
            elif self._clear_token:
                self.tokens.set("")
        except Exception as error:  # noqa: BLE001 - keyring or file; the message names no token
            return self._fail(self.tr("The settings are saved, but the token could not be "
                                      "stored: {reason}.").format(
                reason=getattr(error, 'strerror', None) or type(error).__name__))
        self.token.clear()
        self.saved.emit()
        self.accept()

    def _fail(self, text: str) -> None:
        say(self.message, text, "error")


def _overrides_label() -> QLabel:
    """Which settings this computer's environment sets instead of the saved ones, if any."""
    overrides = [name for name in (ENV_API_URL, ENV_TOKEN, ENV_SOURCE_ID, ENV_TEST_CODE)
                 if os.environ.get(name)]
    label = QLabel(
        QCoreApplication.translate(
            "tiktok_settings", "Set in this computer's environment, and used instead of what "
            "is saved here: {names}.").format(names=", ".join(overrides))
        if overrides else "")
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setVisible(bool(overrides))
    return label
