"""The manager's TikTok settings. The access token is never shown: the field is for a new
one (empty keeps the stored token), and it goes to the keyring or the 0600 file, never to
the shop's database."""
from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout)

from db.engine import Database
from pos.i18n import words_of
from pos.staff import PermissionDenied
from pos.tiktok import save_tiktok_settings, settings_view
from tracking.events import PURCHASE, SALE_EVENTS
from tracking.settings import (ENV_API_URL, ENV_SOURCE_ID, ENV_TEST_CODE, ENV_TOKEN,
                               TokenStore, masked)
from ui.background import change_now, read_now
from ui.language import left_to_right, read_from_the_right, right_to_left
from ui.widgets import answer_buttons, fit_to_screen, message_label, say


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
        view = read_now(db, settings_view)
        self.current, self.hub_shop = view.settings, view.hub_shop
        self._clear_token = False
        # None: the box follows the channel's default until the manager ticks or unticks it.
        self._without_contact = self.current.send_without_contact
        c = self.current

        intro = hint(self.tr("Counter sales are sent to TikTok as conversion events. Customer "
                             "email and phone leave this computer only hashed."))
        self.enabled = QCheckBox(self.tr("&Send counter events to TikTok"))
        self.enabled.setChecked(c.enabled)

        self.web = QRadioButton(self.tr("&Web: your website's TikTok pixel"))
        self.in_store = QRadioButton(self.tr("&In-store: offline event set"))
        self.channel = QButtonGroup(self)
        self.channel.addButton(self.web)
        self.channel.addButton(self.in_store)
        (self.in_store if c.in_store else self.web).setChecked(True)
        web_hint = indented(hint(self.tr(
            "Sales are sent as events of your website's pixel, with its page address: pick "
            "it if your TikTok ads measure on your pixel.")))
        in_store_hint = indented(hint(self.tr(
            "Sales are sent to an offline event set created in TikTok Events Manager, without "
            "page or browser data; it matches a sale to a customer only by their hashed email "
            "or phone: pick it for sales made at the counter.")))

        self.source_id = QLineEdit(c.event_source_id)
        self.source_id_label = QLabel()
        self.source_id_label.setBuddy(self.source_id)
        self.page_url = QLineEdit(c.page_url)
        self.page_url.setPlaceholderText(self.tr("https://your-shop.example/"))
        self.page_url_label = QLabel(self.tr("Page &URL"))
        self.page_url_label.setBuddy(self.page_url)

        self.sale_event = QComboBox()
        for name in SALE_EVENTS:
            self.sale_event.addItem(name, name)  # TikTok's names, as Events Manager shows them
        self.sale_event.setCurrentIndex(max(0, self.sale_event.findData(c.sale_event)))
        event_hint = hint(self.tr(
            "Purchase: TikTok's standard event for a completed purchase since 2025, the one "
            "offline event sets take. PlaceAnOrder: the seeds' event, supported until 2027."))

        self.without_contact = QCheckBox(self.tr("Send sales without c&ontact details"))
        self.without_contact.clicked.connect(self._without_contact_chosen)
        self.without_contact_hint = hint("")

        self.shop_id = QLineEdit(self.hub_shop or c.shop_id)
        self.shop_id.setMaxLength(64)
        self.shop_id.setReadOnly(self.hub_shop is not None)
        self.shop_id_hint = hint("")

        self.test_code = QLineEdit(c.test_event_code)
        self.test_code.setPlaceholderText(self.tr("Only while testing, e.g. TEST12345"))
        self.max_age = QSpinBox()
        self.max_age.setRange(1, 365)
        self.max_age.setValue(c.max_event_age_days)

        # Two columns, so that the whole dialog fits a 1024x768 screen: where the sales go,
        # and what is sent.
        where = QFormLayout()
        where.addRow(self.enabled)
        where.addRow(self.web)
        where.addRow(web_hint)
        where.addRow(self.in_store)
        where.addRow(in_store_hint)
        where.addRow(self.source_id_label, self.source_id)
        where.addRow(self.page_url_label, self.page_url)
        self.shop_id_label = buddy(self.tr("S&hop id"), self.shop_id)
        where.addRow(self.shop_id_label, self.shop_id)
        where.addRow(self.shop_id_hint)
        what = QFormLayout()
        what.addRow(buddy(self.tr("Sale's &event"), self.sale_event), self.sale_event)
        what.addRow(event_hint)
        what.addRow(self.without_contact)
        what.addRow(indented(self.without_contact_hint))
        what.addRow(buddy(self.tr("&Test event code"), self.test_code), self.test_code)
        what.addRow(buddy(self.tr("Maximum event a&ge (days)"), self.max_age), self.max_age)
        what.addRow(buddy(self.tr("Access to&ken"), self.token_field()), self.token)
        what.addRow("", self._clear_token_button())
        what.addRow(self.token_hint)
        # Codes, addresses and the token read left to right in every language.
        left_to_right(self.source_id, self.page_url, self.shop_id, self.test_code, self.token)
        for form in (where, what):
            form.setVerticalSpacing(6)  # a sentence stays close to the control it explains
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(where, 1)
        columns.addLayout(what, 1)

        switch = hint(self.tr("A new channel or sale's event applies to the sales made after "
                              "you save; events already in the queue are sent as they were "
                              "queued."))
        self.overrides = _overrides_label()
        self.message = message_label()
        buttons = answer_buttons(self, self.submit)
        self.save_button = buttons.button(QDialogButtonBox.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(switch)
        layout.addWidget(self.overrides)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.channel.buttonToggled.connect(self._channel_changed)
        self._channel_changed()
        # Switched to in-store, the sale's event becomes Purchase, the standard event an
        # offline event set takes (the manager may still pick PlaceAnOrder).
        self.in_store.toggled.connect(
            lambda checked: checked and self.sale_event.setCurrentIndex(
                self.sale_event.findData(PURCHASE)))
        # Wide enough for both columns, and as tall as their wrapped sentences need.
        self.setMinimumWidth(900)
        self.ensurePolished()
        fit_to_screen(self, 1000, layout.totalHeightForWidth(1000))
        self._fit_height()

    def _fit_later(self) -> None:
        """Once the sentences just changed are laid out (their heights are known then)."""
        QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        """As tall as the sentences need at this width (a dialog's minimum size does not
        count how its wrapped lines grow), never taller than the screen."""
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width())
            fit_to_screen(self, self.width(), max(self.height(), needed))

    def token_field(self) -> QLineEdit:
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.Password)
        return self.token

    def _clear_token_button(self) -> QPushButton:
        self.clear_token_button = QPushButton(self.tr("C&lear token"))
        self.clear_token_button.clicked.connect(self.clear_token)
        self.clear_token_button.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        self.token_hint = hint("")
        self._show_token_state()
        return self.clear_token_button

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

    # ----- what follows the channel ------------------------------------------------------------
    def is_in_store(self) -> bool:
        return self.in_store.isChecked()

    def _channel_changed(self, *_args) -> None:
        in_store = self.is_in_store()
        if in_store:
            self.source_id_label.setText(self.tr("Event set I&D"))
            self.source_id.setPlaceholderText(self.tr(
                "The offline event set's id in Events Manager, e.g. 7301234567890123456"))
        else:
            self.source_id_label.setText(self.tr("Pixel co&de"))
            self.source_id.setPlaceholderText(self.tr("Pixel code, e.g. COQDA8RC77U2TMR44LI0"))
        # An offline event set has no web page: the address is only a pixel's.
        self.page_url.setEnabled(not in_store)
        self.page_url_label.setEnabled(not in_store)
        # The shop id is an in-store event's; attached to a hub, it is the hub's shop code.
        self.shop_id.setEnabled(in_store)
        self.shop_id_label.setEnabled(in_store)
        if self.hub_shop is not None:
            self.shop_id_hint.setText(self.tr("This till is attached to its hub: the shop id "
                                              "is the hub's shop code."))
        else:
            self.shop_id_hint.setText(self.tr("Sent with in-store sales to say which shop "
                                              "made them (once the till is attached to a hub, "
                                              "the hub's shop code)."))
        self._show_without_contact()
        self._fit_later()

    def _without_contact_chosen(self, checked: bool) -> None:
        # Put back to this channel's default: no new choice (the stored one if it said the
        # same, else none: the box follows the channel again).
        stored = self.current.send_without_contact
        default = not self.is_in_store()
        self._without_contact = checked if checked != default or stored == checked else None
        self._show_without_contact()
        self._fit_later()

    def _show_without_contact(self) -> None:
        default = not self.is_in_store()  # tracking.settings: web yes, in-store no
        chosen = self._without_contact
        self.without_contact.setChecked(default if chosen is None else chosen)
        if default:
            words = self.tr("By default on for the web pixel: TikTok can still count a sale "
                            "without an email or phone.")
        else:
            words = self.tr("By default off in-store: an offline event set matches a sale only "
                            "by the customer's email or phone; the queue counts those not "
                            "sent.")
        if chosen is not None and chosen != default:
            words += " " + self.tr("You changed it for this shop.")
        self.without_contact_hint.setText(words)

    def wanted(self):
        return replace(self.current, enabled=self.enabled.isChecked(),
                       event_source="offline" if self.is_in_store() else "web",
                       event_source_id=self.source_id.text().strip(),
                       page_url=self.page_url.text().strip(),
                       sale_event=self.sale_event.currentData(),
                       send_without_contact=self._without_contact,
                       shop_id=self.current.shop_id if self.hub_shop is not None
                       else self.shop_id.text().strip(),
                       test_event_code=self.test_code.text().strip(),
                       max_event_age_days=self.max_age.value())

    def submit(self) -> None:
        settings = self.wanted()
        new_token = self.token.text().strip()
        try:
            if settings.in_store and not settings.event_source_id:
                raise ValueError(self.tr("The event set ID is required: copy it from the "
                                         "offline event set in TikTok Events Manager."))
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
        self._fit_later()


def hint(words: str) -> QLabel:
    """A grey sentence that says what the control above it means."""
    label = QLabel(read_from_the_right(words))  # "Purchase: …" in Arabic reads from the right
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def indented(label: QLabel) -> QLabel:
    """A choice's sentence, under the choice's words rather than its round button."""
    # A margin, not an indent (a label wraps to its width less its margins), on the side
    # the lines start from.
    label.setContentsMargins(*((0, 0, 24, 0) if right_to_left() else (24, 0, 0, 0)))
    return label


def buddy(words: str, field) -> QLabel:
    """A form's label whose Alt letter goes to its field."""
    label = QLabel(words)
    label.setBuddy(field)
    return label


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
