"""A customer's phone and email in their one normal form: what the shop keeps on a sale and
what TikTok matches once hashed (tracking/hashing.py).

- phone: E.164 with the '+', by phonenumbers: '06 12 34 56 78' in Morocco is '+212612345678';
- email: trimmed and lower-cased.

A refusal is a ContactError whose text never repeats the value, so it is safe to log; the
shop's own screens quote what was typed back to the clerk (pos/customer.py).
"""
from __future__ import annotations

import re

import phonenumbers

__all__ = ["DEFAULT_REGION", "ContactError", "checked_email", "normalise_email",
           "normalise_phone"]

DEFAULT_REGION = "MA"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ContactError(ValueError):
    """A contact value that cannot be normalised. `problem` ends a sentence about the value
    ('is not a phone number'); the text is the field and the problem, never the value."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field} {problem}")
        self.problem = problem


def normalise_email(email: str) -> str:
    """'  John.Doe@Example.COM ' -> 'john.doe@example.com'. Empty is refused."""
    if not isinstance(email, str):
        raise TypeError("email must be a string")
    value = email.strip().lower()
    if not value:
        raise ContactError("email", "is empty")
    return value


def checked_email(email: str) -> str:
    """normalise_email, refusing what is not shaped like an address ('salma@', 'sal ma@x.ma'):
    what the shop keeps. TikTok's hash takes any non-empty text."""
    value = normalise_email(email)
    if not _EMAIL.match(value):
        raise ContactError("email", "is not an email address")
    return value


def normalise_phone(phone: str, region: str = DEFAULT_REGION) -> str:
    """E.164 with the '+': '06 12 34 56 78' in Morocco is '+212612345678'."""
    if not isinstance(phone, str):
        raise TypeError("phone must be a string")
    key = (phone, region)
    known = _E164.get(key)
    if known is not None:
        return known
    try:
        number = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        raise ContactError("phone", "is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise ContactError("phone", "is not a valid phone number")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if len(_E164) >= _E164_KEPT:
        _E164.clear()
    # The number as typed, and its E.164 form (the same in any region, it has its +): the
    # sale's event hashes the customer's number again, and phonenumbers takes ~0.1 ms.
    _E164[key] = _E164[(e164, region)] = e164
    return e164


_E164: dict[tuple[str, str], str] = {}
_E164_KEPT = 512
