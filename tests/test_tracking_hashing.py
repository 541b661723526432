import hashlib
import json

import pytest

from tracking.contact import ContactError, normalise_email, normalise_phone
from tracking.hashing import hashed_user, is_sha256_hex, normalise_external_id, sha256_hex


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_tiktok_worked_phone_example():
    assert normalise_phone("(+1)2133734253") == "+12133734253"
    digest = hashed_user(phone="(+1)2133734253")["phone"]
    assert digest == sha("+12133734253")
    assert digest.startswith("9f7ec22d")


def test_a_moroccan_number_defaults_to_region_ma():
    assert normalise_phone("06 12 34 56 78") == "+212612345678"
    assert normalise_phone("+212 6-12-34-56-78") == "+212612345678"
    assert hashed_user(phone="0612345678") == {"phone": sha("+212612345678")}


def test_email_is_trimmed_and_lower_cased_before_hashing():
    assert normalise_email("  John.Doe@Example.COM ") == "john.doe@example.com"
    assert hashed_user(email="  John.Doe@Example.COM ") == {"email": sha("john.doe@example.com")}


def test_external_id_is_trimmed_and_hashed():
    assert normalise_external_id("  C-0042 ") == "C-0042"
    assert hashed_user(external_id="  C-0042 ") == {"external_id": sha("C-0042")}
    assert hashed_user(external_id=42) == {"external_id": sha("42")}


def test_only_the_given_keys_and_raw_values_never_appear():
    raw = {"email": "  John.Doe@Example.COM ", "phone": "06 12 34 56 78",
           "external_id": "cust-7"}
    user = hashed_user(**raw)
    assert set(user) == {"email", "phone", "external_id"}
    assert all(is_sha256_hex(v) and v == v.lower() for v in user.values())
    text = json.dumps(user)
    for value in ["John.Doe", "john.doe@example.com", "612345678", "+212612345678", "cust-7"]:
        assert value not in text
    assert hashed_user() == {}
    assert hashed_user(email=None, phone="", external_id="   ") == {}
    assert set(hashed_user(email="a@b.ma")) == {"email"}


def test_a_value_is_hashed_exactly_once():
    once = hashed_user(email="a@b.ma", phone="0612345678", external_id="x")
    assert hashed_user(**once) == once
    upper = once["email"].upper()
    assert hashed_user(email=upper) == {"email": once["email"]}
    assert hashed_user(email=f"  {once['email']} ") == {"email": once["email"]}


def test_is_sha256_hex():
    assert is_sha256_hex(sha256_hex("x"))
    assert is_sha256_hex("A" * 64)
    assert not is_sha256_hex("a" * 63)
    assert not is_sha256_hex("g" * 64)
    assert not is_sha256_hex("a" * 65)
    assert not is_sha256_hex(None)
    assert not is_sha256_hex("+12133734253")


def test_sha256_hex_is_lower_hex_of_utf8():
    assert sha256_hex("é") == hashlib.sha256("é".encode()).hexdigest()


def test_an_invalid_phone_is_refused_without_repeating_it():
    with pytest.raises(ContactError) as info:
        hashed_user(phone="12345")
    assert "12345" not in str(info.value)
    with pytest.raises(ValueError):
        normalise_email("   ")
