"""Customer contact data for TikTok: normalised (tracking/contact.py), then SHA-256 hashed,
exactly once.

TikTok matches `user.email`, `user.phone` and `user.external_id` only when each is the
lower-case SHA-256 hex digest of the *normalised* value (TIKTOK.md):

- email: trimmed and lower-cased, then hashed;
- phone: E.164 with the '+' (no spaces, symbols or leading zeros), then hashed;
  "(+1)2133734253" -> "+12133734253" -> sha256("+12133734253");
- external_id: trimmed, then hashed.

Raw contact data never leaves this module: `hashed_user` returns digests only, and it is
what gets written to the outbox queue, so the queue, the logs and the requests never hold
an email address or a phone number.

Hash exactly once. A value that is already a 64-character hex digest is taken as already
hashed and passed through (lower-cased) instead of being hashed again. Why: the same user
dict travels from the sale to the outbox and back out to the sync worker, and may be
rebuilt from the queued row; hashing a digest a second time produces sha256(sha256(x)),
which is a perfectly valid-looking value that matches no TikTok user, so the event would
silently lose its attribution. Detecting the digest makes `hashed_user` idempotent:
`hashed_user(**hashed_user(email=e))` gives the same dict.
The one ambiguity: an external id that happens to *be* 64 hex characters is treated as
already hashed. Such an id is itself an opaque token (no contact data), so passing it
through leaks nothing personal.
"""
from __future__ import annotations

import hashlib
import re

from tracking.contact import DEFAULT_REGION, ContactError, normalise_email, normalise_phone

__all__ = [
    "HASHED_USER_KEYS",
    "hashed_user",
    "is_sha256_hex",
    "normalise_external_id",
    "sha256_hex",
]

HASHED_USER_KEYS = ("email", "phone", "external_id")
_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")


def normalise_external_id(external_id: str) -> str:
    """Trimmed. Empty is refused."""
    if not isinstance(external_id, str):
        raise TypeError("external_id must be a string")
    value = external_id.strip()
    if not value:
        raise ContactError("external_id", "is empty")
    return value


def sha256_hex(value: str) -> str:
    """Lower-case hex SHA-256 of the UTF-8 bytes of value."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def is_sha256_hex(value: object) -> bool:
    """True when value is already a SHA-256 hex digest (64 hex characters, any case)."""
    return isinstance(value, str) and _SHA256_HEX.fullmatch(value) is not None


def _hash_once(value: str, normalise) -> str:
    stripped = value.strip() if isinstance(value, str) else value
    if is_sha256_hex(stripped):
        return stripped.lower()
    return sha256_hex(normalise(value))


def hashed_user(email: str | None = None, phone: str | None = None,
                external_id: str | None = None, *, region: str = DEFAULT_REGION) -> dict:
    """The TikTok `user` object: only the keys given (None or blank are left out), each the
    SHA-256 hex of its normalised value, hashed exactly once (see the module doc).
    An invalid phone number raises ContactError; the value itself is never in the text."""
    if isinstance(external_id, int) and not isinstance(external_id, bool):
        external_id = str(external_id)  # a customer number: ids are strings for TikTok
    user: dict[str, str] = {}
    if email is not None and str(email).strip():
        user["email"] = _hash_once(email, normalise_email)
    if phone is not None and str(phone).strip():
        user["phone"] = _hash_once(phone, lambda p: normalise_phone(p, region))
    if external_id is not None and str(external_id).strip():
        user["external_id"] = _hash_once(external_id, normalise_external_id)
    return user
