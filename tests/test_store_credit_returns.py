"""A refund given as store credit at the return desk: the policy's waiver saved with the
policy versions and judged by record_return, the gift receipt's store credit, and what the
return desk shows and records (the note's code)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from db.models import Return, Sale
from db.types import utc_now
from pos.checkout import CreditPart, SplitPayment
from pos.money import Money
from pos.return_desk import ReturnInProgress
from pos.return_policy import Reason, Remedy
from pos.returns import (GIFT_NO_MONEY_BACK, Exchange, ReturnError, change_policy,
                         current_policy, judge, policy_version)
from pos.shop import load_shop_settings
from pos.store_credit import credit_note
from tests.test_store_credit import PHOTO, credit_from_shirt, pay
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff as staff
from tests.test_returns_service import (JEANS, SHIRT, TSHIRT, form, give_back, line_id,
                                        make_cart, on_day, plain, sell)


def waive(db, on: bool = True) -> int:
    with db.write() as s:
        policy = replace(current_policy(s), waive_change_of_mind_for_credit=on)
        return change_policy(s, staff(s, MANAGER_NAME), policy).version


def the_return(db, return_id) -> Return:
    with db.read() as s:
        ret = s.get(Return, return_id)
        s.expunge(ret)
        return ret


def test_the_waiver_is_saved_as_a_new_policy_version_and_old_ones_keep_theirs(db):
    version = waive(db)
    with db.read() as s:
        assert current_policy(s).waive_change_of_mind_for_credit is True
        assert policy_version(s, version - 1).waive_change_of_mind_for_credit is False


def test_change_of_mind_as_store_credit_is_refunded_in_full_when_the_shop_waives(db):
    waive(db)
    sale = sell(db, (SHIRT, 1))  # 150.00, paid in cash
    ret = the_return(db, give_back(db, sale, form({line_id(db, sale): 1},
                                                  refund_method="credit"), on_day(2)))
    assert (ret.refund, ret.deduction, ret.refund_method) == (Money.of("150"), Money.zero(),
                                                             "credit")
    assert plain(ret.explanation) == (
        "Refund allowed, day 2 of 3. Change of mind, taken as store credit: no deduction "
        "(the shop's policy). Customer receives 150,00 MAD as store credit.")
    with db.read() as s:
        assert credit_note(s, ret.credit_code).balance == Money.of("150")


def test_the_waiver_does_not_touch_a_cash_refund_nor_a_shop_that_keeps_the_deduction(db):
    waive(db)
    sale = sell(db, (SHIRT, 1), (JEANS, 1))
    cash = the_return(db, give_back(db, sale, form({line_id(db, sale): 1}), on_day(2)))
    assert (cash.deduction, cash.refund_method) == (Money.of("45"), "cash")
    waive(db, on=False)
    credit = the_return(db, give_back(db, sale, form({line_id(db, sale, JEANS): 1},
                                                     refund_method="credit"), on_day(2)))
    assert credit.deduction == Money.of("89.70") and credit.refund_method == "credit"


def test_a_gift_receipt_may_be_refunded_as_store_credit_never_in_cash(db):
    sale = sell(db, (SHIRT, 1))
    shirt = line_id(db, sale)
    with pytest.raises(ReturnError, match="exchange or store credit only"):
        give_back(db, sale, form({shirt: 1}, gift_receipt=True, refund_method="cash"),
                  on_day(1))
    as_credit = form({shirt: 1}, gift_receipt=True, refund_method="credit")
    with db.read() as s:
        judgement = judge(s, s.get(Sale, sale), as_credit, load_shop_settings(s),
                          on_day(1).date())
    assert judgement.allowed
    ret = the_return(db, give_back(db, sale, as_credit, on_day(1)))
    assert ret.refund_method == "credit" and ret.credit_code
    assert ret.refund == Money.of("105")  # the shop's deduction still applies


def test_a_gift_exchange_for_cheaper_items_gives_the_rest_as_store_credit(db):
    sale = sell(db, (SHIRT, 1))  # 150.00
    cheaper = form({line_id(db, sale): 1}, remedy=Remedy.EXCHANGE, gift_receipt=True)
    with pytest.raises(ReturnError, match="no money is given back"):
        give_back(db, sale, cheaper, on_day(1), exchange=Exchange(make_cart(db, (TSHIRT, 1))))
    ret = the_return(db, give_back(db, sale, replace(cheaper, refund_method="credit"),
                                   on_day(1), exchange=Exchange(make_cart(db, (TSHIRT, 1)))))
    assert (ret.refund, ret.refund_method) == (Money.of("71"), "credit")
    assert GIFT_NO_MONEY_BACK.endswith("or give the rest as store credit.")


def test_the_return_desk_shows_store_credit_and_hands_back_the_code(db):
    sale = sell(db, (SHIRT, 1), now=utc_now())  # the desk judges on today's date
    with db.read() as s:
        shop = load_shop_settings(s)
    desk = ReturnInProgress(db, shop)
    desk.load(sale)
    the_form = form({line_id(db, sale): 1}, refund_method="credit")
    desk.update(the_form)
    settlement = desk.settlement()
    assert settlement.as_store_credit
    assert plain(settlement.words(shop.locale)) == "Customer receives 105,00 MAD as store credit"
    assert desk.why_not() is None
    recorded = desk.confirm(the_form, _clerk_id(db))
    with db.read() as s:
        note = credit_note(s, recorded.credit_code)
    assert note.value == Money.of("105") and note.return_number == recorded.return_number


def _clerk_id(db) -> int:
    with db.read() as s:
        return staff(s, CLERK_NAME).id


def test_what_credit_notes_paid_never_comes_back_in_cash(db):
    """A shirt (150.00) paid 100.00 by a credit note and 50.00 in cash: at most 50.00 goes
    back in cash or by card, the rest only as store credit (else a note becomes cash)."""
    code = credit_from_shirt(db)
    sale = pay(db, SplitPayment(credits=(CreditPart(code, Money.of("100")),),
                                tendered=Money.of("50")), (SHIRT, 1))
    defective = form({line_id(db, sale): 1}, reason=Reason.DEFECTIVE, note="seam torn",
                     photo=PHOTO, photo_name="seam.png")
    for method in ("cash", "card"):
        with pytest.raises(ReturnError, match="at most 50,00.MAD can go back in cash"):
            give_back(db, sale, replace(defective, refund_method=method), on_day(3))
    # Unchosen, what comes back goes where notes paid it: to store credit (as Shopify puts
    # a gift card's part back on a gift card), not a refusal the clerk must get past.
    ret = the_return(db, give_back(db, sale, replace(defective, refund_method=None),
                                   on_day(3)))
    assert (ret.refund, ret.refund_method) == (Money.of("150"), "credit")


def test_the_return_desk_says_a_note_paid_sale_gives_cash_only_for_its_cash(db):
    code = credit_from_shirt(db)
    sale = pay(db, SplitPayment(credits=(CreditPart(code, Money.of("100")),),
                                tendered=Money.of("50")), (SHIRT, 1), now=utc_now())
    with db.read() as s:
        shop = load_shop_settings(s)
    desk = ReturnInProgress(db, shop)
    desk.load(sale)
    desk.update(form({line_id(db, sale): 1}, refund_method="cash"))
    assert "at most 50,00 MAD can go back in cash" in plain(desk.why_not())
    desk.update(form({line_id(db, sale): 1}, refund_method="credit"))
    assert desk.why_not() is None
    desk.update(form({line_id(db, sale): 1}))  # unchosen: store credit, as the service does
    assert desk.why_not() is None and desk.refund_method() == "credit"
    assert desk.settlement().as_store_credit


def test_cash_given_back_within_what_a_split_sale_took_in_cash_is_not_flagged(db):
    """The review flags cash given back for a card sale; a sale paid partly in cash may give
    back that cash without the flag, and is flagged beyond it."""
    from pos.reports import returns_day
    sale = pay(db, SplitPayment(card=Money.of("129"), tendered=Money.of("100")),
               (SHIRT, 1), (TSHIRT, 1))  # 229.00: 129.00 by card, 100.00 in cash
    tee = give_back(db, sale, form({line_id(db, sale, TSHIRT): 1}, refund_method="cash"),
                    on_day(3))
    shirt = give_back(db, sale, form({line_id(db, sale): 1}, refund_method="cash"), on_day(3))
    with db.read() as s:
        numbers = {s.get(Return, tee).return_number: "tee",
                   s.get(Return, shirt).return_number: "shirt"}
        review = returns_day(s, load_shop_settings(s), on_day(3).date())
    assert {numbers[f.return_number] for f in review.flags
            if f.kind == "cash_for_card"} == {"shirt"}


def test_an_exchange_keeps_the_notes_share_so_its_new_items_give_back_no_more_cash(db):
    """Paid 100.00 by a note and 50.00 in cash, the shirt exchanged for another: the new
    shirt, paid by the exchange's credit, gives back at most the 50.00 in cash."""
    code = credit_from_shirt(db)
    sale = pay(db, SplitPayment(credits=(CreditPart(code, Money.of("100")),),
                                tendered=Money.of("50")), (SHIRT, 1))
    exchanged = the_return(db, give_back(
        db, sale, form({line_id(db, sale): 1}, remedy=Remedy.EXCHANGE), on_day(3),
        exchange=Exchange(make_cart(db, (SHIRT, 1)))))
    new_sale = exchanged.exchange_sale_id
    defective = form({line_id(db, new_sale): 1}, reason=Reason.DEFECTIVE, note="seam torn",
                     photo=PHOTO, photo_name="seam.png", refund_method="cash")
    with pytest.raises(ReturnError, match="at most 50,00.MAD can go back in cash"):
        give_back(db, new_sale, defective, on_day(4))
