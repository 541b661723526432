"""Who speaks what: the shop's language (the login screen's, and everyone's without one of
their own), each staff member's, and the receipt's. A manager changes them; on an attached
till they are the shop's, kept on the hub like the staff themselves (pos/hub_edits.py)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Staff
from pos.i18n import checked
from pos.shop import ShopSettings, load_shop_settings, save_shop_settings
from pos.staff import require_manager


@dataclass(frozen=True)
class StaffLanguage:
    staff_id: int
    name: str
    language: str | None  # None: the shop's


@dataclass(frozen=True)
class Languages:
    shop: str
    receipt: str
    staff: tuple[StaffLanguage, ...]


def current_languages(session: Session) -> Languages:
    shop = load_shop_settings(session)
    staff = session.scalars(select(Staff).where(Staff.active).order_by(Staff.name))
    return Languages(shop.language, shop.receipt_language,
                     tuple(StaffLanguage(s.id, s.name, s.language) for s in staff))


def save_languages(session: Session, manager: Staff | None, wanted: Languages) -> ShopSettings:
    """The three choices saved together, or none of them (a code Counter does not speak is
    refused with its reason). The shop's settings as they now are."""
    require_manager(manager, "change the languages")
    checked(wanted.shop)
    for person in wanted.staff:
        if person.language is not None:
            checked(person.language)
        row = session.get(Staff, person.staff_id)
        if row is not None:
            row.language = person.language
    shop = replace(load_shop_settings(session), language=wanted.shop,
                   receipt_language=wanted.receipt)
    save_shop_settings(session, shop)
    return shop
