"""The shop's own settings (name, time zone, languages, how figures are written) and its
calendar."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from db.settings import load_json_setting, save_json_setting
from pos.i18n import ENGLISH, RECEIPT_LANGUAGES, LanguageError, _, checked, figures_locale

SHOP_KEY = "shop"


@dataclass(frozen=True)
class ShopSettings:
    name: str = "Counter demo shop"
    address: str = "12 Rue Tarik Ibn Ziad, Casablanca"
    timezone: str = "Africa/Casablanca"
    # Figures for the English screens; French and Arabic use fr_MA and ar_MA (pos/i18n.py).
    number_locale: str = "fr_MA"
    currency: str = "MAD"
    # The shop's language: the login screen's, and everyone's who has none of their own; a
    # shop that has never chosen one goes on in English, as before languages existed.
    language: str = ENGLISH
    # The receipt's: one of pos.i18n.RECEIPT_LANGUAGES ("fr+ar" prints both).
    receipt_language: str = ENGLISH

    @property
    def locale(self) -> str:
        """The babel locale of figures (money, dates) in the language spoken right now."""
        return figures_locale(self.number_locale)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_date(self, moment: datetime) -> date:
        """The shop's calendar date at a UTC moment."""
        return moment.astimezone(self.zone).date()

    def local_time(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


def load_shop_settings(session: Session) -> ShopSettings:
    stored = dict(load_json_setting(session, SHOP_KEY) or {})
    if "locale" in stored:  # kept under its first name
        stored["number_locale"] = stored.pop("locale")
    known = {f.name for f in fields(ShopSettings)}
    return replace(ShopSettings(), **{k: v for k, v in stored.items() if k in known})


def save_shop_settings(session: Session, settings: ShopSettings) -> None:
    ZoneInfo(settings.timezone)  # refuse an unknown zone before saving it
    checked(settings.language)
    if settings.receipt_language not in RECEIPT_LANGUAGES:
        raise LanguageError(_("'{code}' is not a receipt language.").format(
            code=settings.receipt_language))
    stored = asdict(settings)
    stored["locale"] = stored.pop("number_locale")
    save_json_setting(session, SHOP_KEY, stored)
