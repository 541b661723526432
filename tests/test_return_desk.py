"""The return in progress (pos/return_desk.py) without Qt: finding the sale, the live
decision and the exchange's quote in one read that writes nothing, and carrying it out.
And the one product lookup the sale, the return and the promotions share."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import event, func, select

from db.models import PolicyVersion, Product, Return, Staff
from pos.cart import Cart
from pos.checkout import CardPayment, CashPayment, complete_sale
from pos.counter import Added, SaleInProgress
from pos.money import Money
from pos.products import cart_item
from pos.return_desk import ReturnInProgress
from pos.return_policy import Reason, Remedy
from pos.returns import ReturnError, ReturnForm, current_policy
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME

SHIRT_SKU = "1077218"       # Linen shirt, white: 150.00
TSHIRT_SKU = "2001001"      # Cotton T-shirt, black: 79.00, -20% while the demo's promotion runs
JEANS_SKU = "2002001"       # Slim jeans, indigo: 299.00


@contextmanager
def statements(db):
    """The SQL the block sends to the database, in order."""
    sent: list[str] = []

    def seen(_conn, _cursor, statement, _parameters, _context, _many):
        sent.append(statement.split(None, 1)[0].upper())

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def writes(sent: list[str]) -> list[str]:
    return [s for s in sent if s in ("INSERT", "UPDATE", "DELETE", "REPLACE")]


def clerk_id(db) -> int:
    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.name == CLERK_NAME))


def sell_shirt(db) -> str:
    with db.write() as s:
        cart = Cart()
        cart.add(cart_item(s, s.scalar(select(Product).where(Product.sku == SHIRT_SKU))))
        return complete_sale(s, cart, CardPayment(), s.get(Staff, clerk_id(db)),
                             load_shop_settings(s)).order_number


@pytest.fixture
def desk(db) -> ReturnInProgress:
    with db.read() as s:
        return ReturnInProgress(db, load_shop_settings(s))


def form(desk, remedy=Remedy.REFUND) -> ReturnForm:
    return ReturnForm(quantities={desk.sale.lines[0].sale_line_id: 1},
                      reason=Reason.CHANGE_OF_MIND, remedy=remedy, original_condition=True,
                      original_packaging=True)


def policies(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(PolicyVersion))


def test_the_sale_is_found_by_its_order_number_or_searched_by_day(db, desk):
    number = sell_shirt(db)
    assert desk.find("S-19991231-0001") is None
    found = desk.find(number.lower())
    assert found is desk.sale and found.order_number == number
    assert (found.clerk_name, found.payment_methods) == (CLERK_NAME, ("card",))
    [line] = found.lines
    assert (line.name, line.sold, line.remaining, line.total) == (
        "Linen shirt, white", 1, 1, Money.of("150"))
    today = desk.shop.local_date(found.created_at)
    assert [s.order_number for s in desk.search(today, None)] == [number]
    with pytest.raises(ReturnError):
        desk.search(today, "not a phone")


def test_a_decision_is_one_read_that_writes_nothing_not_even_the_first_policy(db, desk):
    desk.find(sell_shirt(db))
    assert policies(db) == 0                        # the demo shop has saved no policy yet
    with statements(db) as sent:
        judgement = desk.update(form(desk))
    assert judgement.allowed and judgement.policy.version == 1
    assert sent.count("BEGIN") == 1 and writes(sent) == []
    assert policies(db) == 0
    with db.read() as s, statements(db) as sent:
        assert current_policy(s).version == 1
    assert writes(sent) == []
    recorded = desk.confirm(form(desk), clerk_id(db), None)
    with db.read() as s:                            # the first write saves version 1
        assert s.get(Return, recorded.return_id).policy_version_id == 1
    assert policies(db) == 1


def test_the_exchange_quote_says_what_to_collect_or_give_back(db, desk):
    desk.find(sell_shirt(db))
    assert desk.add_exchange_item("no such thing") == "No single product matches 'no such thing'."
    assert desk.add_exchange_item(JEANS_SKU) is None          # 299 for a 150 credit
    with statements(db) as sent:
        desk.update(form(desk, Remedy.EXCHANGE))
    assert sent.count("BEGIN") == 1
    quote = desk.quote
    assert [(line.name, line.quantity) for line in quote.lines] == [("Slim jeans, indigo", 1)]
    settled = desk.settlement()
    assert (quote.total, settled.credit) == (Money.of("299"), Money.of("150"))
    assert (settled.collects, settled.gives_back) == (Money.of("149"), Money.zero())
    desk.exchange_cart.clear()
    desk.add_exchange_item(TSHIRT_SKU)
    desk.update(form(desk, Remedy.EXCHANGE))
    settled = desk.settlement()
    assert settled.gives_back > Money.zero() and settled.collects == Money.zero()


def test_without_a_sale_or_quantities_there_is_no_decision_and_no_read(db, desk):
    with statements(db) as sent:
        assert desk.update(None) is None
    assert sent == [] and desk.quote.lines == ()


# ----- the one product lookup ---------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["ÉTÉ-01", "été-01", "Été-01"])
def test_a_sku_with_accented_capitals_is_found_alike_at_the_sale_return_and_promotions(
        db, desk, typed):
    from pos.catalog_views import find_product

    with db.write() as s:
        s.scalar(select(Product).where(Product.sku == JEANS_SKU)).sku = "ÉTÉ-01"
    sale = SaleInProgress(db, desk.shop)
    added = sale.scan(typed)
    assert isinstance(added, Added) and added.line.sku == "ÉTÉ-01"
    assert desk.add_exchange_item(typed) is None
    assert [i.sku for i in desk.exchange_cart.items] == ["ÉTÉ-01"]
    with db.read() as s:
        assert find_product(s, typed).words == "Slim jeans, indigo (ÉTÉ-01)"


def test_an_inactive_product_is_found_for_a_promotion_but_not_at_the_counter(db, desk):
    from pos.catalog_views import find_product

    with db.write() as s:
        s.scalar(select(Product).where(Product.sku == JEANS_SKU)).active = False
    assert desk.add_exchange_item(JEANS_SKU) == f"No single product matches '{JEANS_SKU}'."
    assert SaleInProgress(db, desk.shop).scan(JEANS_SKU).message.startswith("No product")
    with db.read() as s:
        assert find_product(s, JEANS_SKU.lower()).words == f"Slim jeans, indigo ({JEANS_SKU})"


# ----- what is missing, what changes hands ------------------------------------------------------
def test_what_is_missing_is_what_record_return_refuses_first(db, desk):
    """One rule: each thing the screen lists as missing is the sentence record_return()
    refuses the return with, when it is the first one missing."""
    from pos.return_checks import missing
    from pos.returns import Exchange, record_return

    desk.find(sell_shirt(db))
    line = desk.sale.lines[0].sale_line_id
    base = form(desk)
    cases = [  # (form, new items in the exchange)
        (replace(base, quantities={}), 0),
        (replace(base, quantities={line: -1}), 0),
        (replace(base, reason=Reason.DEFECTIVE), 0),
        (replace(base, remedy=Remedy.EXCHANGE), 0),
        (base, 1),
    ]
    with db.read() as s:
        shirt = cart_item(s, s.scalar(select(Product).where(Product.sku == SHIRT_SKU)))
    for case, new_items in cases:
        [first, *_] = missing(case, new_items)
        cart = Cart()
        if new_items:
            cart.add(shirt)
        with pytest.raises(ReturnError) as refused, db.write() as s:
            record_return(s, desk.sale.id, case, s.get(Staff, clerk_id(db)), desk.shop,
                          exchange=Exchange(cart))
        assert str(refused.value) == first.sentence
    assert missing(base, 0) == []


def test_a_defect_without_photo_and_other_without_note_are_missing_not_refused(db, desk):
    desk.find(sell_shirt(db))
    desk.update(replace(form(desk), reason=Reason.DEFECTIVE))
    assert [m.what for m in desk.missing] == ["photo"]
    assert desk.judgement.allowed and not desk.refused and not desk.may_override
    assert desk.why_not() == "Attach a photo of the defect."
    assert desk.settlement().words(desk.shop.locale) == "Customer receives 150,00\xa0MAD"
    desk.update(replace(form(desk), reason=Reason.DEFECTIVE, photo=b"jpeg"))
    assert desk.missing == () and desk.why_not() is None

    desk.update(replace(form(desk), reason=Reason.OTHER))
    assert [(m.what, m.sentence) for m in desk.missing] == [("note", "Write what the reason is.")]
    assert not desk.refused and desk.settlement() is None
    desk.update(replace(form(desk), reason=Reason.OTHER, note="gift, wrong size"))
    assert desk.missing == () and desk.judgement.deduction == Money.of("45")
    assert desk.may_override  # a deduction a manager may waive


def test_the_settlement_with_and_without_an_override(db, desk):
    desk.find(sell_shirt(db))
    refused_late = replace(form(desk), original_packaging=False)
    desk.update(refused_late)
    assert desk.refused and desk.settlement() is None
    assert desk.why_not() == "Refused: the product is not in its original packaging."
    overridden = desk.settlement(overridden=True)
    assert (overridden.gives_back, overridden.collects) == (Money.of("150"), Money.zero())

    desk.add_exchange_item(JEANS_SKU)
    desk.update(form(desk, Remedy.EXCHANGE))
    pays = desk.settlement()
    assert (pays.credit, pays.new_items, pays.collects) == (
        Money.of("150"), Money.of("299"), Money.of("149"))
    assert pays.words("fr_MA") == "Customer pays 149,00\xa0MAD"
    desk.exchange_cart.clear()
    desk.add_exchange_item(TSHIRT_SKU)
    desk.update(form(desk, Remedy.EXCHANGE))
    assert desk.settlement().words("fr_MA") == "Customer gets back 86,80\xa0MAD"


def test_an_exchange_difference_is_paid_as_the_sale_was_unless_told(db, desk):
    from db.models import Payment

    with db.write() as s:
        cart = Cart()
        cart.add(cart_item(s, s.scalar(select(Product).where(Product.sku == SHIRT_SKU))))
        number = complete_sale(s, cart, CashPayment(Money.of("150")), s.get(Staff, clerk_id(db)),
                               load_shop_settings(s)).order_number
    assert desk.find(number).original_method == "cash"
    desk.add_exchange_item(JEANS_SKU)
    desk.update(form(desk, Remedy.EXCHANGE))
    recorded = desk.confirm(form(desk, Remedy.EXCHANGE), clerk_id(db))
    with db.read() as s:
        ret = s.get(Return, recorded.return_id)
        paid = [(p.method, p.amount) for p in s.scalars(
            select(Payment).where(Payment.sale_id == ret.exchange_sale_id))]
    assert sorted(paid) == [("cash", Money.of("149")), ("exchange", Money.of("150"))]
