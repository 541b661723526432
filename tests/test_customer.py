"""The customer at the counter: optional, normalised, and only with consent."""
from __future__ import annotations

import pytest

from pos.customer import Customer, CustomerError, make_customer, normalize_email, normalize_phone


@pytest.mark.parametrize("typed, kept", [
    ("salma@example.ma", "salma@example.ma"),
    ("  Salma.Benali@Example.MA  ", "salma.benali@example.ma"),
    ("OMAR+shop@GMAIL.com\n", "omar+shop@gmail.com"),
])
def test_email_is_trimmed_and_lower_cased(typed, kept):
    assert normalize_email(typed) == kept


@pytest.mark.parametrize("typed", ["", "   ", "salma", "salma@", "@example.ma", "salma@example",
                                   "sal ma@example.ma", "salma@@example.ma", "salma@exa mple.ma"])
def test_invalid_email_is_refused(typed):
    with pytest.raises(CustomerError):
        normalize_email(typed)


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
    assert normalize_phone(typed) == e164


def test_phone_default_region_can_change():
    assert normalize_phone("06 12 34 56 78", region="FR") == "+33612345678"


@pytest.mark.parametrize("typed", ["", "abc", "12345", "06 12", "+212 1 23", "0612345678901234"])
def test_invalid_phone_is_refused(typed):
    with pytest.raises(CustomerError):
        normalize_phone(typed)


def test_make_customer_normalises_what_was_typed():
    customer = make_customer(name="  Salma Benali ", email=" Salma@Example.MA",
                             phone="06 12 34 56 78", consent=True)
    assert customer == Customer(name="Salma Benali", email="salma@example.ma",
                                phone="+212612345678", consent=True)


@pytest.mark.parametrize("contact", [dict(email="salma@example.ma"), dict(phone="0612345678"),
                                     dict(email="salma@example.ma", phone="0612345678")])
def test_contact_details_without_consent_are_refused(contact):
    with pytest.raises(CustomerError, match="consent"):
        make_customer(name="Salma", consent=False, **contact)


def test_invalid_contact_details_are_refused_even_with_consent():
    with pytest.raises(CustomerError):
        make_customer(email="not-an-email", consent=True)
    with pytest.raises(CustomerError):
        make_customer(phone="12345", consent=True)


def test_no_contact_details_need_no_consent():
    assert make_customer().is_empty
    assert make_customer(name="  ", email="  ", phone=" ") == Customer()
    named = make_customer(name="Omar")
    assert (named.name, named.email, named.phone, named.consent) == ("Omar", None, None, False)
    assert not named.is_empty


def test_a_number_normalised_once_is_not_parsed_again(monkeypatch):
    import phonenumbers

    import pos.customer
    e164 = normalize_phone("06 61 98 76 54")
    assert e164 == "+212661987654"
    # The sale's event normalises the stored E.164 form again (tracking/hashing.py): known.
    monkeypatch.setattr(phonenumbers, "parse", lambda *a: pytest.fail("parsed again"))
    assert normalize_phone("06 61 98 76 54") == e164
    assert normalize_phone(e164) == e164
    monkeypatch.undo()
    # A number that is refused is refused every time; the memory stays small.
    for _ in range(2):
        with pytest.raises(CustomerError):
            normalize_phone("06 12")
    for n in range(1200):
        normalize_phone(f"0661{n:06d}")
    assert len(pos.customer._E164) <= pos.customer._E164_KEPT + 2
