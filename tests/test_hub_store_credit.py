"""A credit note given at one till pays at another (issue 18), on a real PostgreSQL hub with
two tills: the note and its uses at every till come from the hub when it is looked up, and
its balance counts what each till spent of it."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.hub.sync import sync_once
from db.models import Sale
from pos.checkout import CheckoutError, CreditPart, SplitPayment, complete_sale
from pos.money import Money
from pos.return_policy import Reason, Remedy
from pos.returns import ReturnForm, record_return
from pos.shop import load_shop_settings
from pos.store_credit import look_up
from tests.conftest import CLERK_NAME, cart_of, demo_staff
from tests.test_hub_returns import DEAD_HUB, sold, two_tills  # noqa: F401 (a fixture)
from tests.test_hub_sync import hub, some_sku  # noqa: F401 (hub: a fixture)


def credit_at(till, number: str) -> str:
    """The sale's first line refunded here as store credit (not as presented: in full)."""
    with till.write() as session:
        sale = session.scalar(select(Sale).where(Sale.order_number == number))
        form = ReturnForm({sale.lines[0].id: 1}, Reason.NOT_AS_PRESENTED, Remedy.REFUND,
                          original_condition=True, original_packaging=True,
                          refund_method="credit")
        ret = record_return(session, sale.id, form, demo_staff(session, CLERK_NAME),
                            load_shop_settings(session))
        return ret.credit_code


def spend(till, code: str, amount: Money, sku: str):
    cart = cart_of(till, (sku, 3))
    with till.write() as session:
        sale = complete_sale(session, cart,
                             SplitPayment(card=Money.zero(), credits=(CreditPart(code, amount),),
                                          tendered=Money.of("5000")),
                             demo_staff(session, CLERK_NAME), load_shop_settings(session))
        return sale.order_number


def looked_up(till, url, code, monkeypatch):
    monkeypatch.setenv("POS_HUB_URL", url)
    return look_up(till, code)


def test_a_note_given_at_one_till_pays_at_another_and_each_sees_the_balance(two_tills, hub,
                                                                            monkeypatch):
    t1, url1, t2, url2 = two_tills
    sku = some_sku(t1)
    sale = sold(t1, sku, 1)
    code = credit_at(t1, sale.order_number)
    value = sale.lines[0].unit_price
    sync_once(t1, url1)

    found = looked_up(t2, url2, code.lower(), monkeypatch)
    assert found.problem is None and found.note.balance == value
    part = Money(value.minor // 2)
    spent_at_t2 = spend(t2, code, part, sku)
    sync_once(t2, url2)

    again = looked_up(t1, url1, code, monkeypatch)
    assert again.note.balance == value - part
    assert [use.amount for use in again.note.uses] == [part]
    with pytest.raises(CheckoutError, match="left: it cannot pay"):
        spend(t1, code, value, sku)
    # The copy keeps T2's code: T1 never pushes T2's sale back as its own.
    with t1.read() as session:
        assert session.scalar(select(Sale.till).where(Sale.order_number == spent_at_t2)) == "T2"
    sync_once(t1, url1)
    with hub.read() as session:
        assert session.scalar(select(func.count()).select_from(Sale)
                              .where(Sale.order_number == spent_at_t2)) == 1


def test_with_the_hub_down_a_note_stands_as_this_till_knows_it(two_tills, monkeypatch):
    t1, url1, t2, url2 = two_tills
    sale = sold(t1, some_sku(t1), 1)
    code = credit_at(t1, sale.order_number)
    here = looked_up(t1, DEAD_HUB, code, monkeypatch)
    assert here.note is not None and here.problem
    elsewhere = looked_up(t2, DEAD_HUB, code, monkeypatch)
    assert elsewhere.note is None and elsewhere.problem


def test_the_credit_note_window_at_another_till_asks_the_hub_too(qtbot, two_tills, hub,
                                                                  monkeypatch):
    """Ctrl+K at T2 finds a note T1 gave, as the split payment does; the hub down, it says
    so beside 'no such note' (the note may be another till's)."""
    from ui.store_credit_dialogs import CreditNoteDialog
    t1, url1, t2, url2 = two_tills
    sale = sold(t1, some_sku(t1), 1)
    code = credit_at(t1, sale.order_number)
    sync_once(t1, url1)
    with t2.read() as session:
        shop = load_shop_settings(session)
    monkeypatch.setenv("POS_HUB_URL", url2)
    dialog = CreditNoteDialog(t2, shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText(code)
    dialog.look_up()
    qtbot.waitUntil(lambda: dialog.note is not None, timeout=10_000)
    assert dialog.note.balance == sale.lines[0].unit_price
    monkeypatch.setenv("POS_HUB_URL", DEAD_HUB)
    other = "CN-" + ("23456789" if code[3:] != "23456789" else "3456789A")
    dialog.code.setText(other)
    dialog.look_up()
    qtbot.waitUntil(lambda: "did not answer" in dialog.message.text(), timeout=10_000)
    assert dialog.note is None
