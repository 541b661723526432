"""A customer's phone and email in their one normal form, for the shop and for TikTok."""
from __future__ import annotations

import pytest

import tracking.contact
from tracking.contact import ContactError, checked_email, normalise_email, normalise_phone


@pytest.mark.parametrize("typed, kept", [
    ("salma@example.ma", "salma@example.ma"),
    ("  Salma.Benali@Example.MA  ", "salma.benali@example.ma"),
    ("OMAR+shop@GMAIL.com\n", "omar+shop@gmail.com"),
])
def test_email_is_trimmed_and_lower_cased(typed, kept):
    assert checked_email(typed) == kept == normalise_email(typed)


@pytest.mark.parametrize("typed", ["", "   ", "salma", "salma@", "@example.ma", "salma@example",
                                   "sal ma@example.ma", "salma@@example.ma", "salma@exa mple.ma"])
def test_what_is_not_an_email_address_is_refused_without_repeating_it(typed):
    with pytest.raises(ContactError) as info:
        checked_email(typed)
    assert str(info.value).startswith("email ")
    assert typed.strip() == "" or typed.strip() not in str(info.value)


def test_the_hash_takes_any_non_empty_email_text():
    assert normalise_email(" Salma ") == "salma"
    with pytest.raises(ContactError):
        normalise_email("   ")


@pytest.mark.parametrize("typed, e164", [
    ("06 12 34 56 78", "+212612345678"),
    ("0612345678", "+212612345678"),
    ("+212 6 12 34 56 78", "+212612345678"),
    ("00212612345678", "+212612345678"),
    ("07 00 11 22 33", "+212700112233"),
    ("(+1)2133734253", "+12133734253"),
    ("+33 6 12 34 56 78", "+33612345678"),
])
def test_phone_is_normalised_to_e164_with_morocco_by_default(typed, e164):
    assert normalise_phone(typed) == e164


def test_phone_default_region_can_change():
    assert normalise_phone("06 12 34 56 78", region="FR") == "+33612345678"


@pytest.mark.parametrize("typed", ["", "abc", "12345", "06 12", "+212 1 23", "0612345678901234"])
def test_invalid_phone_is_refused_without_repeating_it(typed):
    with pytest.raises(ContactError) as info:
        normalise_phone(typed)
    assert info.value.problem in ("is not a phone number", "is not a valid phone number")
    assert typed == "" or typed not in str(info.value)


def test_a_number_normalised_once_is_not_parsed_again(monkeypatch):
    import phonenumbers

    e164 = normalise_phone("06 61 98 76 54")
    assert e164 == "+212661987654"
    # The sale's event normalises the stored E.164 form again (tracking/hashing.py): known.
    monkeypatch.setattr(phonenumbers, "parse", lambda *a: pytest.fail("parsed again"))
    assert normalise_phone("06 61 98 76 54") == e164
    assert normalise_phone(e164) == e164
    monkeypatch.undo()
    # A number that is refused is refused every time; the memory stays small.
    for _ in range(2):
        with pytest.raises(ContactError):
            normalise_phone("06 12")
    for n in range(1200):
        normalise_phone(f"0661{n:06d}")
    assert len(tracking.contact._E164) <= tracking.contact._E164_KEPT + 2
