"""TikTok settings: stored in the shop's settings table, except the access token, which is
kept in the system keyring where one works, otherwise in a file only this user can read.
Environment variables override both, for scripts and tests."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from db.secrets import SecretStore, secrets_seen
from db.settings import load_json_setting, save_json_setting
from db.words import N_, Said
from tracking.client import DEFAULT_API_URL
from tracking.events import EVENT_SOURCES, SALE_EVENTS

SETTINGS_KEY = "tiktok"
PAUSE_KEY = "tiktok_paused"
KEYRING_SERVICE = "Counter TikTok Events API"
KEYRING_USER = "access-token"

ENV_API_URL = "POS_TIKTOK_API_URL"
ENV_TOKEN = "POS_TIKTOK_ACCESS_TOKEN"
ENV_SOURCE_ID = "POS_TIKTOK_EVENT_SOURCE_ID"
ENV_TEST_CODE = "POS_TIKTOK_TEST_EVENT_CODE"


class SettingsError(Said, ValueError):
    """TikTok settings that cannot be used, in words for the manager (pos.i18n.words_of)."""


@dataclass(frozen=True)
class TikTokSettings:
    enabled: bool = True
    event_source: str = "web"
    event_source_id: str = "COQDA8RC77U2TMR44LI0"  # the seeds' pixel: the demo default
    page_url: str = "https://shop.example/pos"
    test_event_code: str = ""
    max_event_age_days: int = 28
    api_url: str = DEFAULT_API_URL
    # The sale's event: PlaceAnOrder (the seeds', supported until 2027) or Purchase (TikTok's
    # standard name since May 2025, the one offline event sets take).
    sale_event: str = "PlaceAnOrder"
    # Whether a sale without a match key (a hashed email, phone or external id given with
    # consent) is sent at all; None: the channel's default (web yes, in-store no).
    send_without_contact: bool | None = None
    # properties.shop_id of in-store events when the till has no hub (attached, the hub's
    # shop code is the shop's id).
    shop_id: str = ""

    @property
    def in_store(self) -> bool:
        """The in-store channel: an offline event set (event_source "offline")."""
        return self.event_source == "offline"

    @property
    def sends_without_contact(self) -> bool:
        if self.send_without_contact is None:
            return not self.in_store
        return self.send_without_contact

    def validate(self) -> None:
        if self.event_source not in EVENT_SOURCES:
            raise SettingsError(N_("The event source is 'web' or 'offline'."))
        if self.sale_event not in SALE_EVENTS:
            raise SettingsError(N_("The sale's event is PlaceAnOrder or Purchase."))
        if not self.event_source_id.strip():
            raise SettingsError(N_("The event source id (pixel code) is required."))
        if self.event_source == "web" and not self.page_url.startswith(("http://", "https://")):
            raise SettingsError(N_("The page URL must start with http:// or https://."))
        if not 1 <= self.max_event_age_days <= 365:
            raise SettingsError(N_("The maximum event age is between 1 and 365 days."))

    def fingerprint(self, token: str) -> str:
        """What a 'token rejected' pause is tied to: change any of it, and sending resumes."""
        import hashlib
        text = f"{self.api_url}|{self.event_source}|{self.event_source_id}|{token}"
        return hashlib.sha256(text.encode()).hexdigest()


def load_tiktok_settings(session: Session, environ=os.environ) -> TikTokSettings:
    # Read on every sale (the PlaceAnOrder event): one dataclass built, not three.
    stored = load_json_setting(session, SETTINGS_KEY) or {}
    values = {k: v for k, v in stored.items() if k in _FIELDS}
    if environ.get(ENV_API_URL):
        values["api_url"] = environ[ENV_API_URL]
    if environ.get(ENV_SOURCE_ID):
        values["event_source_id"] = environ[ENV_SOURCE_ID]
    if environ.get(ENV_TEST_CODE):
        values["test_event_code"] = environ[ENV_TEST_CODE]
    return TikTokSettings(**values)


_FIELDS = frozenset(f.name for f in fields(TikTokSettings))


def store_tiktok_settings(session: Session, settings: TikTokSettings) -> None:
    """Who may change them is the shop's rule: pos/tiktok.py checks, then calls this."""
    settings.validate()
    save_json_setting(session, SETTINGS_KEY, asdict(settings))


# ----- the access token ------------------------------------------------------------------------
# Every token this process has read or set: the log filter (pos/logs.py) removes them all.
def tokens_seen() -> frozenset[str]:
    return secrets_seen()


class TokenStore(SecretStore):
    """The TikTok access token."""

    keyring_service = KEYRING_SERVICE
    keyring_user = KEYRING_USER
    file_name = "tiktok-access-token"
    environment_variable = ENV_TOKEN


def masked(token: str) -> str:
    """What the screen shows of a token: never more than its last four characters."""
    if not token:
        return "not set"
    return "••••" + token[-4:] if len(token) > 8 else "••••"
