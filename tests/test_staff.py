"""Staff PINs: salted hashes, counted wrong PINs, a one-minute lock, manager-only actions."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import astuple
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Staff
from pos.staff import (
    APP_PIN_COST,
    LOCK_DURATION,
    MAX_WRONG_PINS,
    LoginError,
    PermissionDenied,
    ScryptCost,
    add_staff,
    authenticate,
    hash_pin,
    login,
    pin_matches,
    require_manager,
    validate_pin,
    verify_manager,
)
from tests.conftest import (CLERK_NAME, CLERK_PIN, DEMO_NOW, MANAGER_NAME, MANAGER_PIN,
                            TEST_PIN_COST)

ROOT = Path(__file__).resolve().parent.parent
WRONG = "0000"


def staff_id(db, name) -> int:
    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.name == name))


def stored(db, sid) -> Staff:
    with db.read() as s:
        return s.get(Staff, sid)


# --- PIN hashes ----------------------------------------------------------------------------

def test_a_pin_hash_is_salted():
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second
    assert pin_matches("1234", first) and pin_matches("1234", second)


def test_a_pin_hash_holds_the_cost_the_salt_and_the_digest_only():
    """Not the PIN: each part is accounted for (a random hex digest may well contain
    '1234', so looking for the PIN in it proves nothing)."""
    scheme, n, r, p, salt, digest = hash_pin("1234").split("$")
    assert scheme == "scrypt" and len(bytes.fromhex(salt)) == 16
    assert digest == hashlib.scrypt(b"1234", salt=bytes.fromhex(salt),
                                    n=int(n), r=int(r), p=int(p)).hex()


def test_the_suite_hashes_pins_at_its_own_low_cost():
    assert hash_pin("1234").split("$")[1:4] == [str(v) for v in astuple(TEST_PIN_COST)]


def test_the_app_hashes_pins_at_its_full_cost():
    assert APP_PIN_COST == ScryptCost(n=2**14, r=8, p=1)
    # In a fresh interpreter, as the app runs: nothing but the suite lowers the cost.
    script = "import pos.staff; print(pos.staff.hash_pin('1234'))"
    made = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=ROOT).stdout
    assert made.split("$")[1:4] == [str(2**14), "8", "1"]


def test_only_the_right_pin_matches():
    stored_hash = hash_pin("2468")
    assert pin_matches("2468", stored_hash)
    assert not pin_matches("2469", stored_hash)
    assert not pin_matches("", stored_hash)


@pytest.mark.parametrize("garbage", ["", "2468", "md5$abc", "plain$1$2$3$aa$bb"])
def test_a_malformed_stored_hash_never_matches(garbage):
    assert not pin_matches("2468", garbage)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", " 1234"])
def test_pins_are_4_to_8_digits(pin):
    with pytest.raises(ValueError):
        validate_pin(pin)


def test_add_staff_keeps_only_the_hash(db):
    with db.write() as s:
        new = add_staff(s, "Karim", "clerk", "5678")
    saved = stored(db, new.id)
    assert saved.pin_hash != "5678" and pin_matches("5678", saved.pin_hash)
    assert (saved.role, saved.failed_pin_attempts, saved.locked_until, saved.active) == (
        "clerk", 0, None, True)


# --- logging in ----------------------------------------------------------------------------

def test_the_right_pin_logs_in(db):
    sid = staff_id(db, CLERK_NAME)
    staff = login(db, sid, CLERK_PIN, now=DEMO_NOW)
    assert staff.id == sid and staff.name == CLERK_NAME


def test_wrong_pins_count_down_and_are_saved(db):
    sid = staff_id(db, CLERK_NAME)
    for attempt, left in enumerate([4, 3, 2], start=1):
        message = f"Wrong PIN. {left} tries left before a one-minute lock."
        with pytest.raises(LoginError, match=message):
            login(db, sid, WRONG, now=DEMO_NOW)
        assert stored(db, sid).failed_pin_attempts == attempt
    with pytest.raises(LoginError, match="Wrong PIN. 1 try left before a one-minute lock."):
        login(db, sid, WRONG, now=DEMO_NOW)
    assert stored(db, sid).failed_pin_attempts == 4
    assert stored(db, sid).locked_until is None


def test_a_successful_login_resets_the_count(db):
    sid = staff_id(db, CLERK_NAME)
    for _ in range(3):
        with pytest.raises(LoginError):
            login(db, sid, WRONG, now=DEMO_NOW)
    assert stored(db, sid).failed_pin_attempts == 3
    login(db, sid, CLERK_PIN, now=DEMO_NOW)
    assert stored(db, sid).failed_pin_attempts == 0
    # So four more wrong PINs still do not lock.
    for _ in range(4):
        with pytest.raises(LoginError, match="left before"):
            login(db, sid, WRONG, now=DEMO_NOW)
    assert stored(db, sid).locked_until is None


def test_the_fifth_wrong_pin_locks_for_one_minute(db):
    sid = staff_id(db, CLERK_NAME)
    for _ in range(4):
        with pytest.raises(LoginError):
            login(db, sid, WRONG, now=DEMO_NOW)
    with pytest.raises(LoginError, match=f"Wrong PIN. {CLERK_NAME} is locked for one minute."):
        login(db, sid, WRONG, now=DEMO_NOW)
    saved = stored(db, sid)
    assert (MAX_WRONG_PINS, LOCK_DURATION) == (5, timedelta(minutes=1))
    assert saved.locked_until == DEMO_NOW + timedelta(minutes=1)
    assert saved.failed_pin_attempts == 0


def test_a_locked_account_refuses_even_the_right_pin_until_the_minute_passes(db):
    sid = staff_id(db, CLERK_NAME)
    for _ in range(5):
        with pytest.raises(LoginError):
            login(db, sid, WRONG, now=DEMO_NOW)

    with pytest.raises(LoginError, match=f"{CLERK_NAME} is locked for 30 more seconds"):
        login(db, sid, CLERK_PIN, now=DEMO_NOW + timedelta(seconds=30))
    with pytest.raises(LoginError, match="locked for 1 more second"):
        login(db, sid, CLERK_PIN, now=DEMO_NOW + timedelta(seconds=59, milliseconds=500))
    # Refusals while locked do not extend the lock.
    assert stored(db, sid).locked_until == DEMO_NOW + timedelta(minutes=1)

    staff = login(db, sid, CLERK_PIN, now=DEMO_NOW + timedelta(minutes=1))
    assert staff.id == sid
    saved = stored(db, sid)
    assert (saved.locked_until, saved.failed_pin_attempts) == (None, 0)


def test_the_lock_is_per_person(db):
    clerk, manager = staff_id(db, CLERK_NAME), staff_id(db, MANAGER_NAME)
    for _ in range(5):
        with pytest.raises(LoginError):
            login(db, clerk, WRONG, now=DEMO_NOW)
    assert login(db, manager, MANAGER_PIN, now=DEMO_NOW).id == manager


def test_unknown_and_disabled_accounts_are_refused(db):
    sid = staff_id(db, CLERK_NAME)
    with pytest.raises(LoginError, match="does not exist or is disabled"):
        login(db, 9999, CLERK_PIN, now=DEMO_NOW)
    with db.write() as s:
        s.get(Staff, sid).active = False
    with pytest.raises(LoginError, match="does not exist or is disabled"):
        login(db, sid, CLERK_PIN, now=DEMO_NOW)


def test_authenticate_counts_in_the_callers_transaction(db):
    # authenticate() only changes the session; the count is kept when the caller commits.
    sid = staff_id(db, CLERK_NAME)
    with db.write() as s:
        with pytest.raises(LoginError, match="4 tries left"):
            authenticate(s, sid, WRONG, now=DEMO_NOW)
        with pytest.raises(LoginError, match="3 tries left"):
            authenticate(s, sid, WRONG, now=DEMO_NOW)
    assert stored(db, sid).failed_pin_attempts == 2


# --- managers ------------------------------------------------------------------------------

def test_require_manager(db):
    with db.read() as s:
        clerk = s.scalar(select(Staff).where(Staff.name == CLERK_NAME))
        manager = s.scalar(select(Staff).where(Staff.name == MANAGER_NAME))
    require_manager(manager, "override a refusal")
    with pytest.raises(PermissionDenied, match="Only a manager can override a refusal."):
        require_manager(clerk, "override a refusal")
    with pytest.raises(PermissionDenied):
        require_manager(None, "override a refusal")
    manager.active = False
    with pytest.raises(PermissionDenied):
        require_manager(manager, "override a refusal")


def test_verify_manager_refuses_a_clerk_with_the_right_pin(db):
    clerk, manager = staff_id(db, CLERK_NAME), staff_id(db, MANAGER_NAME)
    assert verify_manager(db, manager, MANAGER_PIN, now=DEMO_NOW).id == manager
    with pytest.raises(PermissionDenied):
        verify_manager(db, clerk, CLERK_PIN, now=DEMO_NOW)
    with pytest.raises(LoginError, match="Wrong PIN"):
        verify_manager(db, manager, WRONG, now=DEMO_NOW)
    assert stored(db, manager).failed_pin_attempts == 1
