"""Staff accounts: PINs kept as salted scrypt hashes, a lock after repeated wrong PINs,
and the permission check every manager-only operation calls."""
from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Staff
from db.types import utc_now
from pos.i18n import N_, _, ngettext

MAX_WRONG_PINS = 5
LOCK_DURATION = timedelta(minutes=1)


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors. Each hash keeps the ones it was made with, so a PIN still
    matches after the cost changes."""
    n: int
    r: int
    p: int


APP_PIN_COST = ScryptCost(n=2**14, r=8, p=1)
# What new PIN hashes cost: the app's. The test suite sets a tiny one (tests/conftest.py):
# its template shop hashes PINs and its staff log in thousands of times.
pin_cost = APP_PIN_COST


class LoginError(Exception):
    """A login that did not succeed, with the sentence to show the person."""


class PermissionDenied(Exception):
    """A manager-only operation asked by someone else, with the sentence to show them."""


# What each manager-only operation says to someone else, whole sentences for the
# translators, by the action its caller names (require_manager(staff, "adjust stock")).
ONLY_A_MANAGER = {
    "approve this": N_("Only a manager can approve this."),
    "allow selling beyond the stock": N_("Only a manager can allow selling beyond the stock."),
    "change the return policy": N_("Only a manager can change the return policy."),
    "override the return policy": N_("Only a manager can override the return policy."),
    "override a refusal": N_("Only a manager can override a refusal."),
    "set the opening float": N_("Only a manager can set the opening float."),
    "close the day's cash": N_("Only a manager can close the day's cash."),
    "change the TikTok settings": N_("Only a manager can change the TikTok settings."),
    "retry TikTok events": N_("Only a manager can retry TikTok events."),
    "add products": N_("Only a manager can add products."),
    "edit products": N_("Only a manager can edit products."),
    "deactivate or reactivate products": N_("Only a manager can deactivate or reactivate "
                                            "products."),
    "create collections": N_("Only a manager can create collections."),
    "rename collections": N_("Only a manager can rename collections."),
    "change promotions": N_("Only a manager can change promotions."),
    "end promotions": N_("Only a manager can end promotions."),
    "adjust stock": N_("Only a manager can adjust stock."),
    "give products barcodes": N_("Only a manager can give products barcodes."),
    "change the languages": N_("Only a manager can change the languages."),
    "import products": N_("Only a manager can import products."),
    "import stock counts": N_("Only a manager can import stock counts."),
    "open the drawer": N_("Only a manager can open the drawer."),
    "change the printer": N_("Only a manager can change the printer and the drawer."),
    "change the discount limits": N_("Only a manager can change the discount limits."),
    "approve a discount": N_("Only a manager can approve a discount beyond the limit."),
    "change the store credit settings": N_("Only a manager can change the store credit "
                                           "settings."),
    "erase a customer": N_("Only a manager can erase a customer."),
}


def hash_pin(pin: str) -> str:
    """'scrypt$n$r$p$salt$digest', the salt and the digest in hex, at pin_cost."""
    cost = pin_cost
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p)
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(digest.hex(), digest_hex)


def validate_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValueError(_("A PIN is 4 to 8 digits."))


def add_staff(session: Session, name: str, role: str, pin: str) -> Staff:
    validate_pin(pin)
    staff = Staff(name=name, role=role, pin_hash=hash_pin(pin), failed_pin_attempts=0, active=True)
    session.add(staff)
    session.flush()
    return staff


def active_staff(session: Session) -> list[Staff]:
    return list(session.scalars(select(Staff).where(Staff.active).order_by(Staff.role, Staff.name)))


def authenticate(session: Session, staff_id: int, pin: str, now: datetime | None = None) -> Staff:
    """The staff member if the PIN is right. Call inside a write transaction: wrong PINs
    are counted, and the fifth locks the account for a minute."""
    now = now or utc_now()
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise LoginError(_("This account does not exist or is disabled."))
    if staff.locked_until is not None and staff.locked_until > now:
        seconds = math.ceil((staff.locked_until - now).total_seconds())
        raise LoginError(ngettext(
            "Too many wrong PINs. {name} is locked for {seconds} more second.",
            "Too many wrong PINs. {name} is locked for {seconds} more seconds.",
            seconds).format(name=staff.name, seconds=seconds))
    if pin_matches(pin, staff.pin_hash):
        staff.failed_pin_attempts = 0
        staff.locked_until = None
        return staff
    staff.failed_pin_attempts += 1
    if staff.failed_pin_attempts >= MAX_WRONG_PINS:
        staff.failed_pin_attempts = 0
        staff.locked_until = now + LOCK_DURATION
        raise LoginError(_("Wrong PIN. {name} is locked for one minute.").format(name=staff.name))
    left = MAX_WRONG_PINS - staff.failed_pin_attempts
    raise LoginError(ngettext("Wrong PIN. {left} try left before a one-minute lock.",
                              "Wrong PIN. {left} tries left before a one-minute lock.",
                              left).format(left=left))


def require_manager(staff: Staff | None, action: str) -> None:
    """Manager-only operations call this themselves: hiding a button is not a permission.
    action: one of ONLY_A_MANAGER's ("adjust stock"), or the whole refusal, already a
    sentence in the language spoken (_("Only a manager can ...")) for an operation that
    table does not name."""
    if staff is None or not staff.active or staff.role != "manager":
        raise PermissionDenied(only_a_manager(action))


def only_a_manager(action: str) -> str:
    """The sentence refusing a manager-only action to someone else."""
    sentence = ONLY_A_MANAGER.get(action)
    if sentence is not None:
        return _(sentence)
    if action.endswith((".", "!")):  # a caller's whole sentence
        return action
    # Not in the table: still a sentence, in English (add the action to ONLY_A_MANAGER).
    return f"Only a manager can {action}."


def login(db, staff_id: int, pin: str, now: datetime | None = None) -> Staff:
    """authenticate() in its own transaction, committed even when the PIN is wrong,
    so that wrong PINs count towards the lock."""
    failure: LoginError | None = None
    with db.write() as session:
        try:
            return authenticate(session, staff_id, pin, now)
        except LoginError as error:
            failure = error
    raise failure


def verify_manager(db, staff_id: int, pin: str, now: datetime | None = None) -> Staff:
    """A manager's approval: their PIN, with the same lock as the login."""
    staff = login(db, staff_id, pin, now)
    require_manager(staff, "approve this")
    return staff
