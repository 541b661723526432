"""The customer attached to a sale: optional, normalised, and only with their consent."""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

DEFAULT_REGION = "MA"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class CustomerError(ValueError):
    pass


@dataclass(frozen=True)
class Customer:
    name: str | None = None
    email: str | None = None   # trimmed, lower-case
    phone: str | None = None   # E.164, e.g. +212612345678
    consent: bool = False

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.email or self.phone)


def normalize_email(email: str) -> str:
    value = (email or "").strip().lower()
    if not _EMAIL.match(value):
        raise CustomerError(f"'{email.strip()}' is not an email address.")
    return value


def normalize_phone(phone: str, region: str = DEFAULT_REGION) -> str:
    """E.164 with the +: '06 12 34 56 78' in Morocco is '+212612345678'."""
    key = (phone, region)
    known = _E164.get(key)
    if known is not None:
        return known
    try:
        number = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        raise CustomerError(f"'{phone.strip()}' is not a phone number.") from None
    if not phonenumbers.is_valid_number(number):
        raise CustomerError(f"'{phone.strip()}' is not a valid phone number.")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if len(_E164) >= _E164_KEPT:
        _E164.clear()
    # The number as typed, and its E.164 form (the same in any region, it has its +): the
    # sale's event hashes the customer's number again, and phonenumbers takes ~0.1 ms.
    _E164[key] = _E164[(e164, region)] = e164
    return e164


_E164: dict[tuple[str, str], str] = {}
_E164_KEPT = 512


def make_customer(name: str = "", email: str = "", phone: str = "", consent: bool = False,
                  region: str = DEFAULT_REGION) -> Customer:
    """A customer from what the clerk typed; contact details are kept only with consent."""
    name = (name or "").strip() or None
    email = email.strip() if email else ""
    phone = phone.strip() if phone else ""
    if (email or phone) and not consent:
        raise CustomerError("Tick the customer's consent to keep their email or phone.")
    return Customer(
        name=name,
        email=normalize_email(email) if email else None,
        phone=normalize_phone(phone, region) if phone else None,
        consent=consent,
    )
