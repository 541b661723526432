"""Returns across tills, on a real PostgreSQL hub with two tills (issue 15): a sale made at
T1 returned at T2, the returned quantities counting every till's returns, a sale never seen
returned offline with a manager's approval, and a double offline return flagged."""
from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, text

from db.hub.link import waiting_count
from db.hub.remote import PLACEHOLDER_KEY, copy_sale_from_hub, refresh_returns_from_hub
from db.hub.sync import HubUnreachable, attach, hub_database, sync_once
from db.hub.tills import add_till
from db.models import Return, ReturnLine, Sale, SaleLine
from pos.money import Money
from pos.reports import returns_day
from pos.return_desk import ReturnInProgress
from pos.return_policy import Reason, Remedy
from pos.return_unverified import UnverifiedClaim, record_unverified_return
from pos.returns import (Override, ReturnError, ReturnForm, policy_to_record, record_return,
                         returnable_lines)
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN, demo_staff
from tests.test_hub_sync import a_till, hub, sell, some_sku  # noqa: F401 (hub: a fixture)

# Nothing listens on port 1: a hub that does not answer, at once.
DEAD_HUB = "postgresql://t2:secret@127.0.0.1:1/counter_hub"


@pytest.fixture
def two_tills(hub, db, tmp_path):
    """T1 (the demo shop, the hub's first till) and T2 (a new till), both attached."""
    # The policy's first version is saved before the shop joins the hub, so it is master
    # data there. (Without one, a till's first return writes version 1 itself, which the
    # hub has not got: reported to the lead.)
    with db.write() as session:
        policy_to_record(session, load_shop_settings(session))
    t2 = a_till(db, tmp_path, "t2")
    url1, url2 = add_till(hub.engine, "CASA", "T1"), add_till(hub.engine, "CASA", "T2")
    attach(db, url1, "CASA", "T1", keep_url=False)
    attach(t2, url2, "CASA", "T2", keep_url=False)
    return db, url1, t2, url2


def sold(till, sku: str, quantity: int) -> SimpleNamespace:
    """A sale made at that till, as plain values (its lines and payments read before the
    session closes)."""
    sale = sell(till, (sku, quantity))
    with till.read() as session:
        sale = session.get(Sale, sale.id)
        return SimpleNamespace(
            order_number=sale.order_number, uid=sale.uid, total=sale.total,
            business_date=sale.business_date, payments=[p.uid for p in sale.payments],
            lines=[SimpleNamespace(uid=line.uid, quantity=line.quantity, total=line.total,
                                   unit_price=line.unit_price) for line in sale.lines])


def give_back(till, number: str, quantity: int = 1, override: Override | None = None) -> str:
    """The first line of the sale of that number, returned here for a refund."""
    with till.write() as session:
        sale = session.scalar(select(Sale).where(Sale.order_number == number))
        form = ReturnForm({sale.lines[0].id: quantity}, Reason.CHANGE_OF_MIND, Remedy.REFUND,
                          original_condition=True, original_packaging=True)
        return record_return(session, sale.id, form, demo_staff(session, CLERK_NAME),
                             load_shop_settings(session), override=override).return_number


def already_returned(till, number: str) -> int:
    with till.read() as session:
        sale = session.scalar(select(Sale).where(Sale.order_number == number))
        return returnable_lines(session, sale)[0].already_returned


def count(database, table: str, where: str = "true") -> int:
    with database.read() as session:
        return session.scalar(text(f"SELECT count(*) FROM {table} WHERE {where}"))


def test_a_sale_of_t1_is_copied_to_t2_returned_there_and_counts_against_t1s_line(two_tills, hub):
    t1, url1, t2, url2 = two_tills
    sale = sold(t1, some_sku(t1), 3)
    sync_once(t1, url1)

    assert copy_sale_from_hub(t2, hub_database(url2), sale.order_number)
    with t2.read() as session:
        copy = session.scalar(select(Sale).where(Sale.order_number == sale.order_number))
        assert (copy.uid, copy.till, copy.total) == (sale.uid, "T1", sale.total)
        assert [(line.uid, line.quantity) for line in copy.lines] == [
            (line.uid, line.quantity) for line in sale.lines]
        assert [p.uid for p in copy.payments] == sale.payments
        assert waiting_count(session) == 0  # a copy is never pushed
    assert copy_sale_from_hub(t2, hub_database(url2), sale.order_number)  # again: nothing new
    assert count(t2, "sales") == 1 and count(t2, "sale_lines") == len(sale.lines)

    give_back(t2, sale.order_number, 2)
    assert sync_once(t2, url2).waiting == 0
    with hub.read() as session:
        hub_line = session.scalar(select(SaleLine.id).where(SaleLine.uid == sale.lines[0].uid))
        returned_on_hub = session.execute(
            select(ReturnLine.sale_line_id, ReturnLine.quantity, text("return_lines.till"))).all()
    assert [tuple(r) for r in returned_on_hub] == [(hub_line, 2, "T2")]
    assert count(hub, "sales") == 1  # T2 sent its return, never T1's sale

    # At T1: the return made at T2 is brought, and only one more unit may come back.
    assert refresh_returns_from_hub(t1, hub_database(url1), sale.uid) == 1
    assert refresh_returns_from_hub(t1, hub_database(url1), sale.uid) == 0
    assert already_returned(t1, sale.order_number) == 2
    with pytest.raises(ReturnError, match="1"):  # one left of three
        give_back(t1, sale.order_number, 2)


def test_the_copy_brings_returns_made_at_other_tills_and_a_refresh_those_made_since(
        two_tills, hub):
    t1, url1, t2, url2 = two_tills
    sale = sold(t1, some_sku(t1), 4)
    give_back(t1, sale.order_number, 1)
    sync_once(t1, url1)
    desk = ReturnInProgress(t2, load_shop_settings_of(t2))
    found = desk_look_up(desk, url2, sale.order_number)
    assert found.sale is not None and found.hub_problem is None
    assert found.sale.lines[0].already_returned == 1

    give_back(t1, sale.order_number, 2)  # at T1 again, after T2 copied the sale
    sync_once(t1, url1)
    found = desk_look_up(desk, url2, sale.order_number)  # known here now: refreshed first
    assert found.sale.lines[0].already_returned == 3
    assert count(t2, "returns") == 2 and count(t2, "sales") == 1


def load_shop_settings_of(till):
    with till.read() as session:
        return load_shop_settings(session)


def desk_look_up(desk: ReturnInProgress, url: str, number: str):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("POS_HUB_URL", url)
        return desk.look_up(number)


def test_the_hub_not_answering_never_blocks_a_known_sale(two_tills):
    t1, url1, t2, url2 = two_tills
    sale = sold(t2, some_sku(t2), 1)
    desk = ReturnInProgress(t2, load_shop_settings_of(t2))
    started = time.monotonic()
    found = desk_look_up(desk, DEAD_HUB, sale.order_number)
    assert time.monotonic() - started < 6  # the connect timeout, at most
    assert found.sale is not None and found.sale.order_number == sale.order_number
    assert "could not be checked" in found.note()
    unknown = desk_look_up(desk, DEAD_HUB, "S-T1-20261201-0042")
    assert unknown.unknown_offline and "F6" in unknown.note()
    with pytest.raises(HubUnreachable):
        copy_sale_from_hub(t2, hub_database(DEAD_HUB), "S-T1-20261201-0042")


def test_a_number_unknown_to_every_till_is_not_found(two_tills):
    t1, url1, t2, url2 = two_tills
    desk = ReturnInProgress(t2, load_shop_settings_of(t2))
    found = desk_look_up(desk, url2, "S-T1-20261201-0999")
    assert found.sale is None and not found.unknown_offline and found.note() is None


def unverified_return(till, number: str, sku: str, price: str | None = None) -> str:
    shop = load_shop_settings_of(till)
    claim = UnverifiedClaim(till, shop, number)
    assert claim.add(sku) is None
    if price is not None:
        assert claim.set_price(0, price) is None
    form = ReturnForm({}, Reason.CHANGE_OF_MIND, Remedy.REFUND, original_condition=True,
                      original_packaging=True)
    with till.read() as session:
        clerk_id = demo_staff(session, CLERK_NAME).id
        manager_id = demo_staff(session, MANAGER_NAME).id
    _, number = claim.confirm(form, clerk_id, Override(manager_id, MANAGER_PIN, "receipt seen"))
    return number


def test_an_offline_return_of_a_sale_never_seen_is_approved_flagged_and_pushed(two_tills, hub):
    t1, url1, t2, url2 = two_tills
    sku = some_sku(t1)
    sale = sold(t1, sku, 2)  # T1 is offline: its sale has not reached the hub
    claim = UnverifiedClaim(t2, load_shop_settings_of(t2), sale.order_number)
    claim.add(sku)
    form = ReturnForm({}, Reason.CHANGE_OF_MIND, Remedy.REFUND, True, True)
    with pytest.raises(ReturnError, match="manager"), t2.write() as session:  # no approval
        record_unverified_return(session, sale.order_number, claim.items, form,
                                 demo_staff(session, CLERK_NAME), load_shop_settings(session),
                                 override=None)
    assert count(t2, "sales") == 0

    paid = sale.lines[0].unit_price
    number = unverified_return(t2, sale.order_number, sku, price=str(paid.amount))
    with t2.read() as session:
        ret = session.scalar(select(Return).where(Return.return_number == number))
        placeholder = ret.sale
        assert placeholder.checkout_key.startswith(PLACEHOLDER_KEY)
        assert placeholder.order_number == sale.order_number and not placeholder.payments
        assert placeholder.business_date == sale.business_date
        assert ret.refund == paid and ret.override_by_id is not None
        review = returns_day(session, load_shop_settings(session), ret.business_date)
    assert [f.kind for f in review.flags if f.return_number == number].count(
        "sale_not_verified") == 1

    give_back(t1, sale.order_number, 2)  # T1, offline too, took both back meanwhile
    sync_once(t2, url2)
    sync_once(t1, url1)  # the real sale arrives
    with hub.read() as session:
        on_hub = session.execute(select(text("till"), Sale.checkout_key)
                                 .where(Sale.order_number == sale.order_number)
                                 .order_by(text("till"))).all()
        assert [(till, key.startswith(PLACEHOLDER_KEY)) for till, key in on_hub] == [
            ("T1", False), ("T2", True)]
        shop_review = returns_day(session, load_shop_settings(session), ret.business_date)
    flag = next(f for f in shop_review.flags if f.kind == "sale_not_verified")
    assert "sale not verified" in flag.text and "The sale on record" in flag.text
    assert flag.return_number == number
    double = [f for f in shop_review.flags if f.kind == "double_return"]
    assert [f.return_number for f in double] == [number]
    assert "came back 3 times, 2 sold" in double[0].text


def test_a_double_offline_return_is_flagged_by_the_shop_wide_review(two_tills, hub):
    t1, url1, t2, url2 = two_tills
    sale = sold(t1, some_sku(t1), 1)
    sync_once(t1, url1)
    assert copy_sale_from_hub(t2, hub_database(url2), sale.order_number)
    # Both offline now: neither knows of the other's return.
    first = give_back(t1, sale.order_number)
    second = give_back(t2, sale.order_number)
    sync_once(t1, url1)
    sync_once(t2, url2)
    with hub.read() as session:
        day = session.scalar(select(func.max(Return.business_date)))
        review = returns_day(session, load_shop_settings(session), day)
    doubles = [f for f in review.flags if f.kind == "double_return"]
    assert len(doubles) == 2
    for flag in doubles:
        assert "came back 2 times, 1 sold" in flag.text
        assert first in flag.text and second in flag.text
        assert "T1" in flag.text and "T2" in flag.text
    assert sorted(row.return_number for row in review.rows) == sorted([first, second])


def test_a_sale_not_verified_is_no_sale_in_the_z_reports(two_tills, hub):  # noqa: F811
    """The placeholder a return of a sale never seen points at is not a sale: neither the
    till's Z report nor the shop's counts it (it counted the sale twice, on the hub)."""
    from pos.reports import sales_day
    t1, url1, t2, url2 = two_tills
    sku = some_sku(t1)
    sale = sold(t1, sku, 1)
    unverified_return(t2, sale.order_number, sku, price=str(sale.lines[0].unit_price.amount))
    with t2.read() as session:
        here = sales_day(session, load_shop_settings(session), sale.business_date)
    assert (here.count, here.gross) == (0, Money(0))
    sync_once(t1, url1)
    sync_once(t2, url2)
    with hub.read() as session:
        shop = sales_day(session, load_shop_settings(session), sale.business_date)
    assert (shop.count, shop.gross) == (1, sale.lines[0].unit_price)  # one line of one
