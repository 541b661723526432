"""Customers at the service level: found by a phone in any local form or by a name (accents and
case aside), their purchases and returns, and a manager's erasure leaving their sales
anonymous (here, in parked carts and in the TikTok events not yet sent)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import AuditEntry, OutboxEvent, ParkedCart, Return, Sale
from pos.cart import Cart
from pos.customer import Customer, make_customer
from pos.customers import (ERASED, CustomerEraseError, customer_history, erase_customer,
                           find_customers)
from pos.money import Money
from pos.parked import park, parked_carts
from pos.products import cart_item
from pos.return_policy import Reason
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff as staff
from tests.test_returns_service import (JEANS, PHOTO, SHIRT, form, give_back, line_id, on_day, sell)

SALMA = make_customer("Salma Bénali", "salma@example.ma", "06 12 34 56 78", consent=True)
YOUSSEF = make_customer("Youssef Amrani", "", "0661 00 11 22", consent=True)


def sales_of_salma(db) -> list[int]:
    return [sell(db, (SHIRT, 1), customer=SALMA, now=on_day(0)),
            sell(db, (JEANS, 1), customer=SALMA, now=on_day(3))]


@pytest.mark.parametrize("typed", ["0612345678", "06 12 34 56 78", "+212 6 12 34 56 78",
                                   "00212612345678", "0612 34", "+2126123", "5678"])
def test_a_customer_is_found_by_their_phone_in_any_local_form_or_a_part(db, typed):
    sales_of_salma(db)
    sell(db, (SHIRT, 1), customer=YOUSSEF, now=on_day(1))
    with db.read() as s:
        found = find_customers(s, typed)
    assert [f.customer.phone for f in found] == ["+212612345678"]
    assert found[0].purchases == 2 and found[0].last_visit == on_day(3).date()
    assert found[0].customer == SALMA


@pytest.mark.parametrize("typed", ["salma", "BENALI", "bénali salma", "Sal"])
def test_a_customer_is_found_by_name_accents_and_case_aside(db, typed):
    sales_of_salma(db)
    sell(db, (SHIRT, 1), customer=YOUSSEF, now=on_day(1))
    sell(db, (SHIRT, 1), customer=make_customer("Salma Bénali"), now=on_day(1))  # no phone
    with db.read() as s:
        found = find_customers(s, typed)
    assert [f.customer.name for f in found] == ["Salma Bénali"]


def test_the_newest_details_given_with_the_phone_are_the_customers(db):
    sales_of_salma(db)
    renamed = make_customer("Salma Benali-Tazi", "", "0612345678", consent=True)
    sell(db, (SHIRT, 1), customer=renamed, now=on_day(5))
    with db.read() as s:
        assert [f.customer for f in find_customers(s, "tazi")] == [renamed]
        assert [f.customer for f in find_customers(s, "bénali")] == [renamed]
        assert find_customers(s, "") == find_customers(s, "06") == find_customers(s, "nobody") == []


def test_the_history_has_the_purchases_and_returns_with_a_credit_notes_balance(db):
    first, second = sales_of_salma(db)
    give_back(db, first, form({line_id(db, first): 1}, reason=Reason.DEFECTIVE,
                              refund_method="credit", note="seam torn", photo=PHOTO,
                              photo_name="seam.png"), on_day(1))
    with db.read() as s:
        history = customer_history(s, "06 12 34 56 78")
        assert customer_history(s, "0699999999") is None
    assert [p.total for p in history.purchases] == [Money.of("299"), Money.of("150")]
    assert history.spent == Money.of("449")
    (ret,) = history.returns
    assert (ret.refund, ret.refund_method, ret.credit_balance) == (
        Money.of("150"), "credit", Money.of("150"))
    assert ret.credit_code.startswith("CN-") and history.refunded == Money.of("150")


def _park_salma(db) -> None:
    with db.write() as s:
        park(s, None, Cart([cart_item(s, s.scalar(select(Sale).limit(1)).lines[0].product)]),
             SALMA, Money.of("150"))


def test_erasing_a_customer_leaves_their_sales_with_totals_and_no_contact(db):
    ids = sales_of_salma(db)
    shipped = give_back(db, ids[0], form({line_id(db, ids[0]): 1}, shipped_city="Fès",
                                         shipped_address="12 rue Talaa Kebira"), on_day(1))
    other = sell(db, (SHIRT, 1), customer=YOUSSEF, now=on_day(1))
    _park_salma(db)
    with db.write() as s:
        erased = erase_customer(s, staff(s, MANAGER_NAME), "0612345678", "asked by phone")
    assert (erased.sales, erased.parked_carts) == (2, 1)
    with db.read() as s:
        rows = s.scalars(select(Sale).where(Sale.id.in_(ids))).all()
        assert [r.total for r in rows] == [Money.of("150"), Money.of("299")]
        assert {(r.customer_name, r.customer_email, r.customer_phone, r.customer_phone_hash,
                 r.customer_consent) for r in rows} == {(None, None, None, None, False)}
        assert s.get(Sale, other).customer_phone == YOUSSEF.phone
        ret = s.get(Return, shipped)
        assert (ret.shipped_city, ret.shipped_address, ret.refund) == (None, None, Money.of("105"))
        assert find_customers(s, "salma") == [] and customer_history(s, "0612345678") is None
        assert [p.customer for p in parked_carts(s)] == [Customer()]
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == ERASED))
        uids = {str(r.uid) for r in rows}
    details = json.loads(entry.details)
    assert set(details["sales"]) == uids and details["sale_count"] == 2
    assert details["reason"] == "asked by phone"
    said = entry.subject + entry.details
    for trace in ("612345678", "Salma", "salma@", SALMA.phone, "Talaa"):
        assert trace not in said


def test_tiktok_events_still_waiting_lose_the_customer_sent_ones_are_tiktoks(db):
    first, second = sales_of_salma(db)
    with db.write() as s:
        events = s.scalars(select(OutboxEvent).where(OutboxEvent.sale_id.in_([first, second]))
                           .order_by(OutboxEvent.id)).all()
        assert all("user" in json.loads(e.payload) for e in events)
        events[0].status = "sent"
    with db.write() as s:
        erased = erase_customer(s, staff(s, MANAGER_NAME), "0612345678", "asked")
    with db.read() as s:
        sent, waiting = [json.loads(s.get(OutboxEvent, e.id).payload) for e in events]
    assert erased.events == 1 and "user" in sent and "user" not in waiting
    assert waiting["properties"]["value"] == 299.0


def test_only_a_manager_erases_and_with_a_reason(db):
    sales_of_salma(db)
    with db.write() as s, pytest.raises(PermissionDenied, match="Only a manager can erase"):
        erase_customer(s, staff(s, CLERK_NAME), "0612345678", "asked")
    with db.write() as s, pytest.raises(CustomerEraseError, match="reason"):
        erase_customer(s, staff(s, MANAGER_NAME), "0612345678", "  ")
    with db.write() as s, pytest.raises(CustomerEraseError, match="No sale"):
        erase_customer(s, staff(s, MANAGER_NAME), "0699999999", "asked")
    with db.read() as s:
        assert len(find_customers(s, "salma")) == 1
        assert s.scalar(select(ParkedCart).limit(1)) is None


def test_a_phone_is_shown_as_the_shop_reads_it():
    from pos.customers import shown_phone
    assert shown_phone("+212612345678") == "06 12 34 56 78"
    assert shown_phone("+33612345678") == "+33 6 12 34 56 78"
