"""The shop's own settings (name, time zone, locale) and its calendar."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from db.models import Setting

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

    def day_bounds_utc(self, day: date) -> tuple[datetime, datetime]:
        """The UTC instants where a shop-local day starts and the next one starts."""
        start = datetime.combine(day, datetime.min.time(), self.zone)
        end = datetime.combine(date.fromordinal(day.toordinal() + 1), datetime.min.time(), self.zone)
        return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


_VALUE_OF = select(Setting.value).where(Setting.key == bindparam("key"))  # read on every sale


def load_json_setting(session: Session, key: str) -> dict | None:
    text = session.scalar(_VALUE_OF, {"key": key})
    return None if text is None else json.loads(text)


def save_json_setting(session: Session, key: str, value: dict) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def load_shop_settings(session: Session) -> ShopSettings:
    stored = load_json_setting(session, SHOP_KEY) or {}
    known = {f.name for f in fields(ShopSettings)}
    return replace(ShopSettings(), **{k: v for k, v in stored.items() if k in known})


def save_shop_settings(session: Session, settings: ShopSettings) -> None:
    ZoneInfo(settings.timezone)  # refuse an unknown zone before saving it
    save_json_setting(session, SHOP_KEY, asdict(settings))
