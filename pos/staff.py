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
    pass


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
        raise ValueError("A PIN is 4 to 8 digits.")


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
        raise LoginError("This account does not exist or is disabled.")
    if staff.locked_until is not None and staff.locked_until > now:
        seconds = math.ceil((staff.locked_until - now).total_seconds())
        raise LoginError(f"Too many wrong PINs. {staff.name} is locked for {seconds} more seconds.")
    if pin_matches(pin, staff.pin_hash):
        staff.failed_pin_attempts = 0
        staff.locked_until = None
        return staff
    staff.failed_pin_attempts += 1
    if staff.failed_pin_attempts >= MAX_WRONG_PINS:
        staff.failed_pin_attempts = 0
        staff.locked_until = now + LOCK_DURATION
        raise LoginError(f"Wrong PIN. {staff.name} is locked for one minute.")
    left = MAX_WRONG_PINS - staff.failed_pin_attempts
    raise LoginError(f"Wrong PIN. {left} {'try' if left == 1 else 'tries'} left before a one-minute lock.")


def require_manager(staff: Staff | None, action: str) -> None:
    """Manager-only operations call this themselves: hiding a button is not a permission."""
    if staff is None or not staff.active or staff.role != "manager":
        raise PermissionDenied(f"Only a manager can {action}.")


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
