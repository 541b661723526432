"""Returns without a receipt: the policy's decision and its sentence (pure), the lowest
price of the last 30 days, and the return recorded as store credit against its placeholder,
with the customer's phone and a manager's approval, flagged in the review."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from db.hub.remote import NO_RECEIPT_KEY
from db.models import Product, Return, Sale, StockMovement
from pos.checkout import CardPayment, complete_sale
from pos.money import Money
from pos.reports import returns_day
from pos.return_no_receipt import (UnreceiptedLine, added, find_line, judge_no_receipt,
                                   lowest_price, record_no_receipt_return)
from pos.return_policy import (NO_RECEIPT_CURRENT, PolicySettings, Reason, Remedy,
                               ReturnRequest, UnreceiptedItem, decide_no_receipt)
from pos.returns import Override, ReturnError, ReturnForm, change_policy, current_policy
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN, cart_of, demo_product
from tests.conftest import demo_staff as staff

SHIRT, TSHIRT = "1077218", "2001001"   # 150.00 (no promotion), 79.00 (-20% until January)
RETURNED = datetime(2026, 12, 10, 10, 0, tzinfo=timezone.utc)  # a Thursday in Casablanca
PHONE = "06 12 34 56 78"
PHOTO = b"\x89PNG\r\n\x1a\n a torn seam"


def plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def request(quantity=1, reason=Reason.CHANGE_OF_MIND, condition=True, packaging=True,
            note="") -> ReturnRequest:
    return ReturnRequest(quantity, reason, Remedy.REFUND, condition, packaging, note)


TEE = UnreceiptedItem("Cotton T-shirt", current_price=Money.of("99.00"),
                      lowest_price=Money.of("79.00"))


# ----- the policy's decision (pure) --------------------------------------------------------------
def test_change_of_mind_at_the_lowest_price_keeps_the_minimum_deduction_as_credit():
    decision = decide_no_receipt(TEE, request(), PolicySettings())
    assert (decision.allowed, decision.returned_value, decision.deduction, decision.refund,
            decision.restock) == (True, Money.of("79.00"), Money.of("25.00"),
                                  Money.of("54.00"), True)
    assert plain(decision.explanation) == (
        "No receipt: store credit only, at the lowest price of the last 30 days (79,00 MAD). "
        "Change of mind: 30% would be 23,70 MAD; the minimum of 25,00 MAD applies. "
        "Customer receives 54,00 MAD as store credit.")


def test_at_the_current_price_several_units_the_percentage_applies():
    decision = decide_no_receipt(TEE, request(quantity=2),
                                 PolicySettings(no_receipt_price=NO_RECEIPT_CURRENT))
    assert (decision.returned_value, decision.deduction, decision.refund) == (
        Money.of("198.00"), Money.of("59.40"), Money.of("138.60"))
    assert plain(decision.explanation) == (
        "No receipt: store credit only, at the current price (2 × 99,00 MAD = 198,00 MAD). "
        "Change of mind: 30% deducted = 59,40 MAD (minimum 25,00 MAD). "
        "Customer receives 138,60 MAD as store credit.")


def test_the_lowest_setting_never_values_above_the_current_price():
    dearer_then = UnreceiptedItem("Tee", Money.of("60.00"), Money.of("79.00"))
    assert decide_no_receipt(dearer_then, request(reason=Reason.DEFECTIVE),
                             PolicySettings()).returned_value == Money.of("60.00")


@pytest.mark.parametrize("reason, words", [
    (Reason.DEFECTIVE, "Defective: no deduction."),
    (Reason.NOT_AS_PRESENTED, "Not as presented: no deduction.")])
def test_defective_or_not_as_presented_is_credited_in_full(reason, words):
    decision = decide_no_receipt(TEE, request(reason=reason), PolicySettings())
    assert (decision.deduction, decision.refund, decision.restock) == (
        Money.zero(), Money.of("79.00"), reason is not Reason.DEFECTIVE)
    assert plain(decision.explanation) == (
        "No receipt: store credit only, at the lowest price of the last 30 days (79,00 MAD). "
        f"{words} Customer receives 79,00 MAD as store credit.")


@pytest.mark.parametrize("asked, code, words", [
    (request(reason=Reason.MISUSE), "misuse",
     "Refused: the product was not used according to its instructions."),
    (request(condition=False), "condition",
     "Refused: the product is not in its original condition (it is damaged or was used "
     "against its instructions)."),
    (request(packaging=False), "condition",
     "Refused: the product is not in its original packaging."),
    (request(reason=Reason.OTHER), "note", "Write what the reason is."),
    (request(quantity=0), "quantity", "Enter a quantity of at least 1.")])
def test_refused_as_any_return_is_and_no_money_moves(asked, code, words):
    decision = decide_no_receipt(TEE, asked, PolicySettings())
    assert (decision.allowed, decision.refusal, decision.refund, decision.explanation) == (
        False, code, Money.zero(), words)


def test_the_setting_is_one_of_two_and_is_saved_with_the_policy_version(db):
    with pytest.raises(ValueError, match="current price or the lowest"):
        PolicySettings(no_receipt_price="cheapest ever")
    with db.write() as s:
        manager = staff(s, MANAGER_NAME)
        saved = change_policy(s, manager, PolicySettings(no_receipt_price=NO_RECEIPT_CURRENT))
    with db.read() as s:
        assert current_policy(s).no_receipt_price == NO_RECEIPT_CURRENT
        assert current_policy(s).version == saved.version


# ----- the lowest price of the last 30 days ------------------------------------------------------
def sell(db, sku, quantity, when, price=None):
    """A card sale of the product; at `price` when given (its catalog price then)."""
    with db.write() as s:
        product = demo_product(s, sku)
        before, product.price = product.price, Money.of(price) if price else product.price
    cart = cart_of(db, (sku, quantity))
    with db.write() as s:
        complete_sale(s, cart, CardPayment(), staff(s, CLERK_NAME), load_shop_settings(s),
                      now=when)
        demo_product(s, sku).price = before


def days_before(n: int) -> datetime:
    return RETURNED - timedelta(days=n)


def test_the_lowest_unit_price_of_30_days_after_promotions_a_sale_31_days_ago_ignored(db):
    sell(db, SHIRT, 1, days_before(31), price="100.00")   # too old to count
    sell(db, SHIRT, 2, days_before(30), price="140.00")   # 280.00 for two: 140.00 each
    sell(db, TSHIRT, 2, days_before(10))                  # -20%: 63.20 each
    sell(db, TSHIRT, 1, days_before(31), price="40.00")   # too old to count
    with db.read() as s:
        today = RETURNED.date()
        shirt, tee = demo_product(s, SHIRT), demo_product(s, TSHIRT)
        assert lowest_price(s, shirt.id, today, shirt.price) == Money.of("140.00")
        assert lowest_price(s, tee.id, today, tee.price) == Money.of("63.20")
        # Cheaper today than it ever sold: today's price.
        assert lowest_price(s, tee.id, today, Money.of("50.00")) == Money.of("50.00")
        # Never sold in those 30 days: its price.
        jeans = demo_product(s, "2002001")
        assert lowest_price(s, jeans.id, today, jeans.price) == jeans.price
        line = find_line(s, TSHIRT, today)
    assert (line.quantity, line.current_price, line.lowest_price) == (
        1, Money.of("79.00"), Money.of("63.20"))
    assert added(added([line], line), line)[0].quantity == 3


# ----- recorded ------------------------------------------------------------------------------
def form(reason=Reason.CHANGE_OF_MIND, **more) -> ReturnForm:
    return ReturnForm({}, reason, Remedy.REFUND, True, True, **more)


def ids(db):
    with db.read() as s:
        return staff(s, CLERK_NAME).id, staff(s, MANAGER_NAME).id


def tee_line(db, quantity=1) -> UnreceiptedLine:
    with db.read() as s:
        line = find_line(s, TSHIRT, RETURNED.date())
    return UnreceiptedLine(line.product_id, line.sku, line.name, quantity,
                           line.current_price, line.lowest_price)


def give_back(db, lines, the_form, phone=PHONE, name="Salma", pin=MANAGER_PIN,
              override=True):
    _clerk, manager_id = ids(db)
    with db.write() as s:
        ret = record_no_receipt_return(
            s, lines, the_form, phone, name, staff(s, CLERK_NAME), load_shop_settings(s),
            Override(manager_id, pin, "regular customer") if override else None,
            now=RETURNED)
        return ret.id


def counts(db):
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (Sale, Return, StockMovement))


def test_a_return_without_receipt_is_store_credit_at_the_lowest_price_flagged(db):
    sell(db, TSHIRT, 2, days_before(10))  # 63.20 each after the promotion
    with db.read() as s:
        stock = demo_product(s, TSHIRT).stock
    return_id = give_back(db, [tee_line(db)], form(refund_method="cash"))
    with db.read() as s:
        ret = s.get(Return, return_id)
        sale = ret.sale
        assert sale.checkout_key.startswith(NO_RECEIPT_KEY) and not sale.payments
        assert sale.order_number.startswith("NR-") and sale.business_date == RETURNED.date()
        assert (sale.customer_phone, sale.customer_name, len(sale.customer_phone_hash)) == (
            "+212612345678", "Salma", 64)
        assert [(line.unit_price, line.quantity) for line in sale.lines] == [
            (Money.of("63.20"), 1)]
        # Asked for cash: without a receipt it is always a credit note.
        assert (ret.returned_value, ret.deduction, ret.refund, ret.refund_method) == (
            Money.of("63.20"), Money.of("25.00"), Money.of("38.20"), "credit")
        assert ret.credit_code.startswith("CN-") and ret.credit_expires_on is not None
        assert ret.override_by.name == MANAGER_NAME
        assert plain(ret.explanation) == (
            "No receipt: store credit only, at the lowest price of the last 30 days "
            "(63,20 MAD). Change of mind: 30% would be 18,96 MAD; the minimum of 25,00 MAD "
            "applies. Customer receives 38,20 MAD as store credit.")
        assert demo_product(s, TSHIRT).stock == stock + 1
        shop = load_shop_settings(s)
        review = returns_day(s, shop, ret.business_date)
    assert [f.kind for f in review.flags] == ["no_receipt"]
    assert plain(review.flags[0].text) == (
        f"{ret.return_number}: no receipt: '{plain(ret.explanation)[:-1]}'; approved by "
        f"{MANAGER_NAME}: 'regular customer'.")


def test_the_current_price_setting_and_a_defect_written_off_in_full(db):
    sell(db, TSHIRT, 2, days_before(10))
    with db.write() as s:
        change_policy(s, staff(s, MANAGER_NAME),
                      PolicySettings(no_receipt_price=NO_RECEIPT_CURRENT))
        stock = demo_product(s, TSHIRT).stock
    return_id = give_back(db, [tee_line(db, quantity=2)],
                          form(Reason.DEFECTIVE, photo=PHOTO, photo_name="seam.png"))
    with db.read() as s:
        ret = s.get(Return, return_id)
        assert (ret.refund, ret.deduction, ret.refund_method) == (
            Money.of("158.00"), Money.zero(), "credit")
        assert demo_product(s, TSHIRT).stock == stock  # back, and written off
        assert not ret.lines[0].restocked


@pytest.mark.parametrize("phone, words", [
    ("", "The customer's phone is required for a return without a receipt."),
    ("   ", "The customer's phone is required for a return without a receipt."),
    ("12", "'12' is not")])
def test_the_customer_phone_is_required_and_nothing_is_saved_without_it(db, phone, words):
    before = counts(db)
    with pytest.raises(ReturnError, match=words):
        give_back(db, [tee_line(db)], form(), phone=phone)
    assert counts(db) == before


def test_a_wrong_pin_or_no_manager_or_a_refusal_leaves_nothing(db):
    before = counts(db)
    with pytest.raises(PermissionDenied):
        give_back(db, [tee_line(db)], form(), pin="0000")
    with pytest.raises(ReturnError, match="needs a manager's approval"):
        give_back(db, [tee_line(db)], form(), override=False)
    # The manager approves; the policy's refusal stands all the same.
    with pytest.raises(ReturnError, match="original packaging"):
        give_back(db, [tee_line(db)], ReturnForm({}, Reason.CHANGE_OF_MIND, Remedy.REFUND,
                                                 True, False))
    with pytest.raises(ReturnError, match="Scan the items"):
        give_back(db, [], form())
    assert counts(db) == before


def test_the_live_judgement_says_what_will_be_recorded(db):
    line = tee_line(db)  # never sold: its current price
    with db.read() as s:
        policy, locale = current_policy(s), load_shop_settings(s).locale
    judgement = judge_no_receipt([line], form(), policy, locale)
    assert judgement.allowed and judgement.refund == Money.of("54.00")
    return_id = give_back(db, [line], form())
    with db.read() as s:
        ret = s.get(Return, return_id)
        assert (ret.refund, ret.explanation) == (judgement.refund, judgement.explanation())
        assert s.get(Product, line.product_id).price == Money.of("79.00")


def test_the_demo_takes_a_return_without_a_receipt_a_week(db):
    from pos.demo import fill_demo_sales
    report = fill_demo_sales(db, 60, 15, seed=3, now=RETURNED)
    with db.read() as s:
        found = s.execute(select(Return.refund_method, Sale.customer_phone)
                          .join(Sale, Sale.id == Return.sale_id)
                          .where(Sale.checkout_key.startswith(NO_RECEIPT_KEY))).all()
    assert len(found) == 2 and report.returns >= 2
    assert all(method == "credit" and phone for method, phone in found)


def test_the_phone_counts_for_repeat_returns_and_the_z_report_counts_no_sale(db):
    from pos.reports import REPEAT_THRESHOLD, sales_day
    for _n in range(REPEAT_THRESHOLD):  # the last one is the threshold's
        give_back(db, [tee_line(db)], form(), phone="+212 6 12 34 56 78")
    with db.read() as s:
        shop = load_shop_settings(s)
        review = returns_day(s, shop, RETURNED.date())
        z = sales_day(s, shop, RETURNED.date())
    assert [f.kind for f in review.flags].count("repeat_customer") == 1
    assert (z.count, z.gross) == (0, Money.zero())  # the placeholders are no sales
    assert z.returns_by_method == {"credit": Money.of("54.00") * REPEAT_THRESHOLD}


def test_what_is_still_missing_before_a_manager_is_asked(db):
    from pos.return_no_receipt import still_missing
    line = tee_line(db)
    assert still_missing([], form(), PHONE).what == "quantities"
    assert still_missing([line], form(Reason.DEFECTIVE), PHONE).sentence == (
        "Attach a photo of the defect.")
    assert still_missing([line], form(), " ").what == "phone"
    assert still_missing([line], form(), "not a phone").what == "phone"
    assert still_missing([line], form(Reason.DEFECTIVE, photo=PHOTO, photo_name="a.png"),
                         PHONE) is None


def test_its_receipt_says_it_came_without_a_receipt_and_who_approved_it(db):
    """No 'original sale' (its placeholder's number means nothing to the customer) and no
    'override': the manager approved it, as every return without a receipt is."""
    from pos.i18n import speaking
    from pos.receipt_paper import paper_text, receipt_paper
    from pos.receipts import return_receipt

    return_id = give_back(db, [tee_line(db)], form())
    with db.read() as s:
        shop = load_shop_settings(s)
        receipt = return_receipt(s, return_id, shop)
    with speaking("en"):
        text = plain(paper_text(receipt_paper(receipt, shop)))
    assert "Returned without a receipt" in text
    assert f"Approved by {MANAGER_NAME}" in text
    assert "Original sale" not in text and "NR-" not in text and "override" not in text


def test_the_return_desk_search_by_phone_lists_no_placeholder_of_a_no_receipt_return(db):
    """The customer's sales by phone (or of the day) are what she bought: a return without a
    receipt, every unit already given back on it, is no sale to pick."""
    from pos.customer import make_customer
    from pos.returns import search_sales
    cart = cart_of(db, (TSHIRT, 1))
    with db.write() as s:
        bought = complete_sale(s, cart, CardPayment(), staff(s, CLERK_NAME),
                               load_shop_settings(s), now=RETURNED,
                               customer=make_customer("Salma", "", PHONE, consent=True)).id
    give_back(db, [tee_line(db)], form())
    with db.read() as s:
        shop = load_shop_settings(s)
        assert [x.id for x in search_sales(s, shop, phone=PHONE)] == [bought]
        assert [x.id for x in search_sales(s, shop, day=RETURNED.date())] == [bought]
