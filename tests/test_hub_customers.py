"""A customer erased at one till is erased on the hub once that till has pushed: the hub's
copies of their sales, another till's sales with the same phone, and sales the till had not
pushed yet (they arrive blank). On a real PostgreSQL server (scripts/test.sh)."""
from __future__ import annotations

import json

from sqlalchemy import select, text

from db.hub.sync import attach, sync_once
from db.hub.tills import add_till
from pos.checkout import CardPayment, complete_sale
from pos.customer import make_customer
from pos.customers import erase_customer
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, cart_of, demo_staff
from db.models import Sale
from db.types import utc_now
from tests.test_hub_sync import a_till, some_sku
from tests.test_returns_service import form, give_back, line_id

SALMA = make_customer("Salma Bénali", "salma@example.ma", "0612345678", consent=True)
YOUSSEF = make_customer("Youssef Amrani", "", "0661001122", consent=True)


def sell(till, sku, customer) -> None:
    cart = cart_of(till, (sku, 1))
    with till.write() as session:
        complete_sale(session, cart, CardPayment(), demo_staff(session, CLERK_NAME),
                      load_shop_settings(session), customer=customer)


def hub_sales(hub) -> list[tuple]:
    with hub.read() as session:
        return session.execute(text(
            "SELECT till, customer_name, customer_email, customer_phone, customer_phone_hash, "
            "customer_consent, total FROM sales ORDER BY till, id")).all()


def test_after_erasure_and_push_the_hubs_sales_of_the_customer_are_anonymous(
        hub_and_tills, db, tmp_path):
    hub = hub_and_tills.owner
    t2 = a_till(db, tmp_path, "t2")
    sku = some_sku(db)
    sell(db, sku, SALMA)  # before the till joins its hub: its return's policy goes with it
    with db.read() as session:
        first = session.scalar(select(Sale.id).order_by(Sale.id))
    give_back(db, first, form({line_id(db, first, sku): 1}, shipped_city="Fès",
                              shipped_address="12 rue Talaa Kebira"), utc_now())
    url1, url2 = add_till(hub.engine, "CASA", "T1"), add_till(hub.engine, "CASA", "T2")
    attach(db, url1, "CASA", "T1", keep_url=False)
    attach(t2, url2, "CASA", "T2", keep_url=False)
    sell(db, sku, YOUSSEF)
    sell(t2, sku, SALMA)
    sync_once(db, url1)
    sync_once(t2, url2)
    sell(db, sku, SALMA)  # not pushed before the erasure
    assert sum(1 for row in hub_sales(hub) if row[3] == SALMA.phone) == 2

    with db.write() as session:
        erased = erase_customer(session, demo_staff(session, MANAGER_NAME), "06 12 34 56 78",
                                "asked at the counter")
    assert erased.sales == 2
    sync_once(db, url1)

    rows = hub_sales(hub)
    assert len(rows) == 4 and all(row[6] > 0 for row in rows)  # the sales and their totals stay
    assert [row[:6] for row in rows if row[1] != YOUSSEF.name] == [
        ("T1", None, None, None, None, False), ("T1", None, None, None, None, False),
        ("T2", None, None, None, None, False)]
    assert [row[3] for row in rows if row[1] == YOUSSEF.name] == [YOUSSEF.phone]
    with hub.read() as session:
        assert session.execute(text("SELECT shipped_city, shipped_address, refund > 0 "
                                    "FROM returns")).all() == [(None, None, True)]
        said = session.scalar(text("SELECT subject || details FROM audit_log "
                                   "WHERE action = 'customer erased'"))
    assert "612345678" not in said and "Salma" not in said


def test_an_erasure_at_one_till_reaches_the_other_tills_sales_at_their_next_sync(
        hub_and_tills, db, tmp_path):
    from db.hub.remote import copy_sale_from_hub
    from db.hub.sync import hub_database
    from db.models import OutboxEvent
    from pos.customers import customer_history, find_customers
    from pos.hub import sync_alone

    hub = hub_and_tills.owner
    t2 = a_till(db, tmp_path, "t2")
    sku = some_sku(db)
    url1, url2 = add_till(hub.engine, "CASA", "T1"), add_till(hub.engine, "CASA", "T2")
    attach(db, url1, "CASA", "T1", keep_url=False)
    attach(t2, url2, "CASA", "T2", keep_url=False)
    sell(db, sku, SALMA)
    sell(t2, sku, SALMA)
    sell(t2, sku, YOUSSEF)
    sync_alone(db, url1)
    sync_alone(t2, url2)
    with db.read() as session:
        at_a = session.scalar(select(Sale.order_number).where(Sale.customer_phone.is_not(None)))
    assert copy_sale_from_hub(t2, hub_database(url2), at_a)  # to be returned at B
    with t2.read() as session:
        assert [f.purchases for f in find_customers(session, "salma")] == [2]
        copied = session.scalar(select(Sale.id).where(Sale.order_number == at_a))
        own = session.scalar(select(Sale.id).where(Sale.customer_phone == SALMA.phone,
                                                   Sale.id != copied))
        events = session.scalars(select(OutboxEvent).where(OutboxEvent.sale_id == own)).all()
        assert events and all("user" in json.loads(e.payload) for e in events)

    with db.write() as session:
        erase_customer(session, demo_staff(session, MANAGER_NAME), "0612345678", "asked")
    sync_alone(db, url1)
    with hub.read() as session:
        listed = session.execute(text("SELECT * FROM hub_erasures")).mappings().all()
    assert len(listed) == 2 and set(listed[0]) == {"seq", "shop", "sale_uid"}  # no phone
    with hub_and_tills.till("RABAT", "T1").read() as session:  # another shop's till
        assert session.scalar(text("SELECT count(*) FROM hub_erasures")) == 0
    assert sync_alone(t2, url2).pulled >= 2

    with t2.read() as session:
        assert find_customers(session, "salma") == []
        assert find_customers(session, "0612345678") == []
        assert customer_history(session, "0612345678") is None
        blanked = session.execute(
            select(Sale.till, Sale.customer_name, Sale.customer_email, Sale.customer_phone,
                   Sale.customer_phone_hash, Sale.customer_consent)
            .where(Sale.id.in_([copied, own])).order_by(Sale.id)).all()
        assert blanked == [(None, None, None, None, None, False),  # its own (no till here)
                           ("T1", None, None, None, None, False)]
        assert [f.customer.name for f in find_customers(session, "youssef")] == [YOUSSEF.name]
        events = session.scalars(select(OutboxEvent).where(OutboxEvent.sale_id == own)).all()
        assert events and all("user" not in json.loads(e.payload) for e in events)
    assert sync_alone(t2, url2).pulled == 0  # seen once, not pulled again
