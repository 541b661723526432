"""The shop's own settings (name, time zone, locale) and its calendar."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from db.settings import load_json_setting, save_json_setting

SHOP_KEY = "shop"


@dataclass(frozen=True)
class ShopSettings:
    name: str = "Counter demo shop"
    address: str = "12 Rue Tarik Ibn Ziad, Casablanca"
    timezone: str = "Africa/Casablanca"
    locale: str = "fr_MA"
    currency: str = "MAD"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_date(self, moment: datetime) -> date:
        """The shop's calendar date at a UTC moment."""
        return moment.astimezone(self.zone).date()

    def local_time(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


def load_shop_settings(session: Session) -> ShopSettings:
    stored = load_json_setting(session, SHOP_KEY) or {}
    known = {f.name for f in fields(ShopSettings)}
    return replace(ShopSettings(), **{k: v for k, v in stored.items() if k in known})


def save_shop_settings(session: Session, settings: ShopSettings) -> None:
    ZoneInfo(settings.timezone)  # refuse an unknown zone before saving it
    save_json_setting(session, SHOP_KEY, asdict(settings))
