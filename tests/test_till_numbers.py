"""Numbers unique in the shop: once a till is attached to its hub, the sales, returns and
exchanges it makes carry its code (S-T2-20261201-0007); numbers printed before stay as they
were and are still scanned, found, reprinted and returned. TikTok event ids follow."""
from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timedelta, timezone

import pytest
from barcode.charsets.code128 import CODES
from sqlalchemy import event, select

import main
from db.engine import Database
from db.models import HubLink, OutboxEvent, Return, Sale, Staff
from pos.cart import Cart
from pos.checkout import CashPayment, complete_sale
from pos.counter import ReceiptScanned, SaleInProgress
from pos.receipt_paper import Barcode, receipt_paper
from pos.receipts import receipt_by_number, return_receipt
from pos.return_desk import ReturnInProgress
from pos.return_policy import Reason, Remedy
from pos.returns import Exchange, ReturnForm, find_sale, record_return
from pos.products import cart_item
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, cart_of, demo_product, demo_staff
from ui.receipt import barcode_modules

SHIRT, JEANS = "1077218", "2002001"
SHIRT_BARCODE = "6110010772188"
# Monday 5 April 2027, 11:00 in Casablanca: the demo promotions are over.
SOLD = datetime(2027, 4, 5, 10, 0, tzinfo=timezone.utc)
NEW_FORM = re.compile(r"^[SR]-T2-20270405-\d{4}$")


def attach(db: Database, till: str = "T2") -> None:
    """What the lead's `till attach` leaves behind: the till's link to its hub."""
    with db.write() as s:
        s.add(HubLink(id=1, shop="CASA", till=till, pulled_seq=0))


def ring_up(db: Database, *lines, customer=None) -> str:
    """A sale through the counter, as the sale screen makes it; its number."""
    with db.read() as s:
        shop = load_shop_settings(s)
        clerk_id = demo_staff(s, CLERK_NAME).id
    counter = SaleInProgress(db, shop)
    counter.start_shift(clerk_id)
    for sku, quantity in lines:
        assert counter.scan(f"{quantity}*{sku}").line.sku == sku
    assert counter.start_checkout()
    return counter.complete(CashPayment(counter.priced().total)).order_number


def take_back(db: Database, number: str, remedy=Remedy.REFUND, exchange=None):
    """One unit of the sale's first line back; the return's number and its exchange sale's."""
    with db.write() as s:
        sale = find_sale(s, number)
        form = ReturnForm(quantities={sale.lines[0].id: 1}, reason=Reason.CHANGE_OF_MIND,
                          remedy=remedy, original_condition=True, original_packaging=True)
        ret = record_return(s, sale.id, form, demo_staff(s, CLERK_NAME),
                            load_shop_settings(s), now=SOLD + timedelta(hours=1),
                            exchange=exchange)
        return ret.return_number, ret.exchange_sale.order_number if ret.exchange_sale else None


@pytest.fixture(autouse=True)
def on_the_day(monkeypatch):
    """The counter saves at the shop's "now": the day of SOLD."""
    import pos.checkout
    import pos.counter
    monkeypatch.setattr(pos.checkout, "utc_now", lambda: SOLD)
    monkeypatch.setattr(pos.counter, "utc_now", lambda: SOLD)


def test_an_attached_tills_numbers_carry_its_code_and_count_on_from_before(db):
    before = ring_up(db, (SHIRT, 1))
    assert re.fullmatch(r"S-20270405-0001", before)  # a till standing alone: as ever
    attach(db)
    after = ring_up(db, (SHIRT, 1))
    assert after == "S-T2-20270405-0002"  # the till's own counter goes on
    returned, _ = take_back(db, after)
    assert returned == "R-T2-20270405-0001"
    exchanged, new_sale = take_back(db, before, Remedy.EXCHANGE,
                                    Exchange(cart_of(db, (JEANS, 1))))
    assert NEW_FORM.match(exchanged) and new_sale == "S-T2-20270405-0003"
    with db.read() as s:
        assert set(s.scalars(select(Sale.order_number))) == {before, after, new_sale}


def test_a_lower_case_till_code_makes_upper_case_numbers_as_they_are_typed(db):
    attach(db, "t3")
    number = ring_up(db, (SHIRT, 1))
    assert number == "S-T3-20270405-0001"
    with db.read() as s:
        assert find_sale(s, number.lower()).order_number == number


def test_each_till_counts_its_own_and_their_numbers_never_meet(db, tmp_path):
    other_file = tmp_path / "t1.sqlite3"
    shutil.copy(db.url.removeprefix("sqlite:///"), other_file)  # the same shop, a second till
    other = Database(f"sqlite:///{other_file}")
    try:
        attach(db, "T2")
        attach(other, "T1")
        ours = [ring_up(db, (SHIRT, 1)) for _ in range(2)]
        theirs = [ring_up(other, (SHIRT, 1)) for _ in range(2)]
        assert ours == ["S-T2-20270405-0001", "S-T2-20270405-0002"]
        assert theirs == ["S-T1-20270405-0001", "S-T1-20270405-0002"]
        ids = [event_ids(db), event_ids(other)]
    finally:
        other.dispose()
    for name in ("PlaceAnOrder", "InitiateCheckout", "ViewContent"):
        assert ids[0][name] and ids[1][name], name  # TikTok is on in the demo shop
        assert not ids[0][name] & ids[1][name], name  # no event id sent by both tills
    assert ids[0]["PlaceAnOrder"] == {f"{n}_PlaceAnOrder" for n in ours}


def event_ids(db: Database) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    with db.read() as s:
        for name, event_id, payload in s.execute(
                select(OutboxEvent.event_name, OutboxEvent.event_id, OutboxEvent.payload)):
            assert json.loads(payload)["event_id"] == event_id
            found.setdefault(name, set()).add(event_id)
    return found


def test_a_return_and_its_exchange_give_tiktok_ids_of_the_new_form(db):
    attach(db)
    number = ring_up(db, (SHIRT, 1))
    _, new_sale = take_back(db, number, Remedy.EXCHANGE, Exchange(cart_of(db, (JEANS, 1))))
    ids = event_ids(db)["PlaceAnOrder"]
    # The exchange's new items paid beyond the credit are a conversion of their own.
    assert ids == {f"{number}_PlaceAnOrder", f"{new_sale}_PlaceAnOrder"}


@pytest.mark.parametrize("typed", ["s-t2-20270405-0001", " S-T2-20270405-0001 ",
                                   "S-20270405-0001", "r-t2-20270405-0001",
                                   "R-20270405-0001", "S-T2-20270405-12345"])
def test_the_sale_screen_takes_a_receipt_of_either_form(db, typed):
    with db.read() as s:
        counter = SaleInProgress(db, load_shop_settings(s))
    assert counter.scan(typed) == ReceiptScanned(typed.strip().upper())


@pytest.mark.parametrize("code", [SHIRT_BARCODE, SHIRT, "S-T2-2027040-0001",
                                  "S-T2-T3-20270405-0001"])
def test_product_codes_and_near_misses_are_not_receipts(db, code):
    with db.read() as s:
        counter = SaleInProgress(db, load_shop_settings(s))
        counter.start_shift(demo_staff(s, CLERK_NAME).id)
    assert not isinstance(counter.scan(code), ReceiptScanned)


def test_numbers_of_both_forms_are_found_returned_and_reprinted(db, qapp, tmp_path, capsys):
    old = ring_up(db, (SHIRT, 2))
    attach(db)
    new = ring_up(db, (SHIRT, 2))
    returned, _ = take_back(db, new)
    with db.read() as s:
        shop = load_shop_settings(s)
    desk = ReturnInProgress(db, shop)
    for number in (old, new):
        found = desk.find(number.lower())
        assert found is not None and found.order_number == number
        with db.read() as s:
            receipt = receipt_by_number(s, f" {number.lower()} ", shop)
        assert receipt.order_number == number
    assert desk.find(new).lines[0].already_returned == 1
    for number in (old, new, returned):
        path = tmp_path / f"{number}.pdf"
        assert main.main(["--db", db.url, "receipt", number.lower(), "--pdf", str(path)]) == 0
        assert f"Receipt {number} written to" in capsys.readouterr().out
        assert path.stat().st_size > 0


def code128_text(modules: str) -> str:
    """What a scanner reads from Code 128 modules (charsets B and C, as python-barcode
    writes a number), after checking the check symbol."""
    bars = modules.strip("0")
    body = bars[:-13]  # the stop pattern and its final bar
    values = [CODES.index(body[i:i + 11]) for i in range(0, len(body), 11)]
    start, *symbols, check = values
    assert check == (start + sum(i * v for i, v in enumerate(symbols, 1))) % 103
    charset = {104: "B", 105: "C"}[start]
    text = ""
    for value in symbols:
        if value in (99, 100):
            charset = "C" if value == 99 else "B"
        else:
            text += f"{value:02d}" if charset == "C" else chr(value + 32)
    return text


def test_the_receipts_barcode_reads_back_as_the_new_number(db):
    attach(db)
    number = ring_up(db, (SHIRT, 1))
    returned, new_sale = take_back(db, number, Remedy.EXCHANGE, Exchange(cart_of(db, (JEANS, 1))))
    with db.read() as s:
        shop = load_shop_settings(s)
        rows = receipt_paper(receipt_by_number(s, number, shop), shop)
        return_rows = receipt_paper(return_receipt(s, find_return_id(s, returned), shop), shop)
    assert Barcode(number) in rows
    assert Barcode(returned) in return_rows and Barcode(new_sale) in return_rows
    for printed in (number, returned, new_sale):
        assert code128_text(barcode_modules(printed)) == printed


def find_return_id(s, number: str) -> int:
    return s.scalar(select(Return.id).where(Return.return_number == number))


def test_an_attached_till_reads_its_code_once_and_then_never_on_a_sale(db):
    """A return and its exchange make two numbers in one transaction: one read of the till's
    code; the sales after it read none (attached, the code never changes)."""
    attach(db)
    reads = []

    def count(conn, cursor, statement, *args):
        if "FROM hub_link" in statement:
            reads.append(statement)

    with db.write() as s:
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            sale = find_sale(s, ring_up_in(s, (SHIRT, 1)))
            form = ReturnForm(quantities={sale.lines[0].id: 1}, reason=Reason.CHANGE_OF_MIND,
                              remedy=Remedy.EXCHANGE, original_condition=True,
                              original_packaging=True)
            ret = record_return(s, sale.id, form, demo_staff(s, CLERK_NAME),
                                load_shop_settings(s), now=SOLD,
                                exchange=Exchange(cart_of(db, (JEANS, 1))))
            assert NEW_FORM.match(ret.return_number)
            assert NEW_FORM.match(ret.exchange_sale.order_number)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(reads) == 1
    with db.write() as s:
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert NEW_FORM.match(ring_up_in(s, (SHIRT, 1)))
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(reads) == 1


def ring_up_in(s, *lines) -> str:
    """A sale in the caller's transaction; its number."""
    cart = Cart()
    for sku, quantity in lines:
        cart.add(cart_item(s, demo_product(s, sku), quantity))
    sale = complete_sale(s, cart, CashPayment(cart.priced([], SOLD.date()).total),
                         s.scalar(select(Staff).where(Staff.name == CLERK_NAME)),
                         load_shop_settings(s), now=SOLD)
    return sale.order_number
