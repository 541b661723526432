"""The customer at the counter: optional, normalised, and only with consent."""
from __future__ import annotations

import re

import pytest

from pos.customer import Customer, CustomerError, make_customer, normalize_email, normalize_phone


@pytest.mark.parametrize("typed", ["", "salma@", "sal ma@example.ma"])
def test_an_invalid_email_is_refused_quoting_what_the_clerk_typed(typed):
    said = f"'{typed.strip()}' is not an email address."
    with pytest.raises(CustomerError, match=re.escape(said)):
        normalize_email(f" {typed} ")


def test_email_and_phone_are_kept_in_their_normal_form():
    assert normalize_email("  Salma.Benali@Example.MA  ") == "salma.benali@example.ma"
    assert normalize_phone("06 12 34 56 78") == "+212612345678"
    assert normalize_phone("06 12 34 56 78", region="FR") == "+33612345678"


@pytest.mark.parametrize("typed, said", [
    ("abc", "'abc' is not a phone number."),
    ("06 12", "'06 12' is not a valid phone number."),
    (" 12345 ", "'12345' is not a valid phone number."),
])
def test_an_invalid_phone_is_refused_quoting_what_the_clerk_typed(typed, said):
    with pytest.raises(CustomerError) as info:
        normalize_phone(typed)
    assert str(info.value) == said


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
