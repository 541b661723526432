"""The customer attached to a sale: optional, normalised, and only with their consent.
The normal forms themselves are tracking/contact.py's, the ones TikTok matches."""
from __future__ import annotations

from dataclasses import dataclass

from pos.i18n import N_, _, figure
from tracking.contact import DEFAULT_REGION, ContactError, checked_email, normalise_phone

# tracking/contact.py's problem with a phone number, as the whole sentence the clerk reads.
PHONE_PROBLEMS = {
    "is not a phone number": N_("'{phone}' is not a phone number."),
    "is not a valid phone number": N_("'{phone}' is not a valid phone number."),
}


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
    """The address as the shop keeps it; CustomerError quotes what the clerk typed."""
    try:
        return checked_email(email or "")
    except ContactError:
        raise CustomerError(_("'{email}' is not an email address.").format(
            email=figure((email or "").strip()))) from None


def normalize_phone(phone: str, region: str = DEFAULT_REGION) -> str:
    """E.164 with the +: '06 12 34 56 78' in Morocco is '+212612345678'. CustomerError
    quotes what the clerk typed."""
    try:
        return normalise_phone(phone, region)
    except ContactError as error:
        sentence = PHONE_PROBLEMS.get(error.problem, PHONE_PROBLEMS["is not a phone number"])
        raise CustomerError(_(sentence).format(phone=figure(phone.strip()))) from None


def make_customer(name: str = "", email: str = "", phone: str = "", consent: bool = False,
                  region: str = DEFAULT_REGION) -> Customer:
    """A customer from what the clerk typed; contact details are kept only with consent."""
    name = (name or "").strip() or None
    email = email.strip() if email else ""
    phone = phone.strip() if phone else ""
    if (email or phone) and not consent:
        raise CustomerError(_("Tick the customer's consent to keep their email or phone."))
    return Customer(
        name=name,
        email=normalize_email(email) if email else None,
        phone=normalize_phone(phone, region) if phone else None,
        consent=consent,
    )
