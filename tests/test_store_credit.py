"""Store credit and split payments at the service level: a refund given as a credit note,
the note spent whole or in part with cash and card on one sale, its balance and expiry, and
what the sale's payment rows and its TikTok value say."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from db.models import OutboxEvent, Payment, Return, Sale
from pos.checkout import CheckoutError, CreditPart, SplitPayment, complete_sale
from pos.money import Money
from pos.return_policy import Reason
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from pos.store_credit import (StoreCreditSettings, credit_note, looks_like_code,
                              outstanding_credit, read_code, save_store_credit_settings)
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff as staff
from tests.test_returns_service import (JEANS, PHOTO, SHIRT, SOLD, form, give_back, line_id, on_day,
                                        sell, snapshot)
from tests.conftest import cart_of


def credit_from_shirt(db) -> str:
    """A shirt (150.00) sold, brought back defective the next day, refunded as credit."""
    sale = sell(db, (SHIRT, 1))
    ret = give_back(db, sale, form({line_id(db, sale): 1}, reason=Reason.DEFECTIVE,
                                   refund_method="credit", note="seam torn", photo=PHOTO,
                                   photo_name="seam.png"), on_day(1))
    with db.read() as s:
        return s.get(Return, ret).credit_code


def pay(db, payment, *lines, now=None):
    cart = cart_of(db, *lines)
    with db.write() as s:
        sale = complete_sale(s, cart, payment, staff(s, CLERK_NAME), load_shop_settings(s),
                             now=now or on_day(2))
        return sale.id


def payments_of(db, sale_id):
    with db.read() as s:
        return [(p.method, p.amount, p.tendered, p.change, p.credit_code)
                for p in s.scalars(select(Payment).where(Payment.sale_id == sale_id)
                                   .order_by(Payment.id))]


def test_a_refund_as_credit_is_a_credit_note_with_a_code_and_an_expiry(db):
    code = credit_from_shirt(db)
    assert looks_like_code(code)
    with db.read() as s:
        note = credit_note(s, code.lower().replace("-", "- "))
        ret = s.scalar(select(Return).where(Return.credit_code == code))
    assert note.value == Money.of("150") == note.balance
    assert ret.refund_method == "credit"
    assert note.expires_on == note.issued_on + timedelta(days=365)
    assert read_code(code.replace("0", "O")) == code


def test_a_credit_note_pays_part_of_a_sale_and_keeps_the_rest(db):
    code = credit_from_shirt(db)
    # Jeans 299.00: 100.00 from the note, 150.00 by card, 49.00 cash from 50.00.
    sale = pay(db, SplitPayment(card=Money.of("150"), tendered=Money.of("50"),
                                credits=(CreditPart(code, Money.of("100")),)), (JEANS, 1))
    assert payments_of(db, sale) == [
        ("credit", Money.of("100"), None, None, code),
        ("card", Money.of("150"), None, None, None),
        ("cash", Money.of("49"), Money.of("50"), Money.of("1"), None)]
    with db.read() as s:
        note = credit_note(s, code)
        event = s.scalar(select(OutboxEvent).where(OutboxEvent.sale_id == sale))
    assert note.balance == Money.of("50")
    assert [use.amount for use in note.uses] == [Money.of("100")]
    # TikTok counts the money paid now, not the credit an earlier sale paid for.
    assert json.loads(event.payload)["properties"]["value"] == 199


def test_change_comes_only_from_cash(db):
    code = credit_from_shirt(db)
    before = snapshot(db)
    with pytest.raises(CheckoutError, match="change is given only from cash"):
        pay(db, SplitPayment(card=Money.of("300")), (JEANS, 1))
    with pytest.raises(CheckoutError, match="change is given only from cash"):
        pay(db, SplitPayment(card=Money.of("200"), credits=(CreditPart(code, Money.of("150")),)),
            (JEANS, 1))
    with pytest.raises(CheckoutError, match="short"):
        pay(db, SplitPayment(card=Money.of("200"), tendered=Money.of("50")), (JEANS, 1))
    assert snapshot(db) == before


def test_a_note_cannot_pay_more_than_its_balance_nor_after_it_expires(db):
    code = credit_from_shirt(db)
    pay(db, SplitPayment(credits=(CreditPart(code, Money.of("100")),), tendered=Money.of("199")),
        (JEANS, 1))
    before = snapshot(db)
    with pytest.raises(CheckoutError, match="left: it cannot pay"):
        pay(db, SplitPayment(credits=(CreditPart(code, Money.of("60")),),
                             tendered=Money.of("239")), (JEANS, 1))
    with pytest.raises(CheckoutError, match="No credit note"):
        pay(db, SplitPayment(credits=(CreditPart("CN-00000000", Money.of("10")),),
                             tendered=Money.of("289")), (JEANS, 1))
    with pytest.raises(CheckoutError, match="expired"):
        pay(db, SplitPayment(credits=(CreditPart(code, Money.of("50")),),
                             tendered=Money.of("249")), (JEANS, 1), now=on_day(367))
    assert snapshot(db) == before


def test_outstanding_credit_is_what_is_left_on_notes_not_expired(db):
    code = credit_from_shirt(db)
    issued = (SOLD + timedelta(days=1)).date()
    pay(db, SplitPayment(credits=(CreditPart(code, Money.of("40")),), tendered=Money.of("259")),
        (JEANS, 1), now=on_day(3))
    with db.read() as s:
        assert outstanding_credit(s, issued) == Money.of("150")
        assert outstanding_credit(s, issued + timedelta(days=2)) == Money.of("110")
        assert outstanding_credit(s, issued + timedelta(days=366)) == Money.zero()


def test_only_a_manager_sets_how_long_a_note_lasts(db):
    with db.write() as s:
        with pytest.raises(PermissionDenied):
            save_store_credit_settings(s, staff(s, CLERK_NAME), StoreCreditSettings(30))
        save_store_credit_settings(s, staff(s, MANAGER_NAME), StoreCreditSettings(30))
    code = credit_from_shirt(db)
    with db.read() as s:
        note = credit_note(s, code)
    assert note.expires_on == note.issued_on + timedelta(days=30)


def test_a_sale_paid_by_a_note_alone_is_refunded_as_a_new_note(db):
    code = credit_from_shirt(db)
    sale = pay(db, SplitPayment(credits=(CreditPart(code, Money.of("150")),)), (SHIRT, 1))
    ret = give_back(db, sale, form({line_id(db, sale): 1}, reason=Reason.DEFECTIVE,
                                   note="seam torn", photo=PHOTO, photo_name="seam.png"),
                    on_day(3))
    with db.read() as s:
        again = s.get(Return, ret)
        assert again.refund_method == "credit" and again.credit_code != code
        assert s.scalar(select(func.count()).select_from(Sale)) == 2


def test_a_note_given_back_for_note_paid_money_keeps_the_paying_notes_last_day(db):
    """Spending a note and returning the item must not renew the note's expiry: the new note
    lasts no longer than the one that paid (as Shopify puts it back on the same gift card)."""
    with db.write() as s:
        save_store_credit_settings(s, staff(s, MANAGER_NAME), StoreCreditSettings(30))
    code = credit_from_shirt(db)  # given on day 1, its last day 30 days later
    with db.read() as s:
        first = credit_note(s, code)
    sale = pay(db, SplitPayment(credits=(CreditPart(code, Money.of("150")),)), (SHIRT, 1),
               now=on_day(20))
    ret = give_back(db, sale, form({line_id(db, sale): 1}, reason=Reason.DEFECTIVE,
                                   note="seam torn", photo=PHOTO, photo_name="seam.png"),
                    on_day(21))
    with db.read() as s:
        again = s.get(Return, ret)
        assert again.refund_method == "credit"
        assert again.credit_expires_on == first.expires_on
