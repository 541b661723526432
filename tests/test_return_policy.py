"""The return policy engine, at every edge of its windows, amounts and refusals."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from pos.money import Money
from pos.return_policy import (
    Outcome,
    PolicySettings,
    Reason,
    Remedy,
    ReturnRequest,
    SoldLine,
    decide,
    local_purchase_day,
    paid_for_units,
)

BOUGHT = date(2026, 11, 1)
POLICY = PolicySettings()
CASABLANCA = "Africa/Casablanca"


def plain(text: str) -> str:
    """Babel separates thousands and the currency with no-break spaces; tests read plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def line(total: str = "150.00", sold: int = 1, returned: int = 0, name: str = "Linen shirt",
         bought: date = BOUGHT) -> SoldLine:
    return SoldLine(name=name, quantity_sold=sold, line_total=Money.of(total),
                    quantity_already_returned=returned, purchase_date=bought)


def ask(reason: Reason = Reason.CHANGE_OF_MIND, remedy: Remedy = Remedy.REFUND, quantity: int = 1,
        condition: bool = True, packaging: bool = True, note: str = "") -> ReturnRequest:
    return ReturnRequest(quantity=quantity, reason=reason, remedy=remedy,
                         original_condition=condition, original_packaging=packaging, note=note)


def on_day(day: int) -> date:
    return BOUGHT + timedelta(days=day)


# --- windows -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "reason, remedy, day, allowed, outcome",
    [
        # Refund: purchase on the 1st is refundable through the 4th (day 3), not the 5th.
        (Reason.CHANGE_OF_MIND, Remedy.REFUND, 0, True, Outcome.REFUND),
        (Reason.CHANGE_OF_MIND, Remedy.REFUND, 3, True, Outcome.REFUND),
        (Reason.CHANGE_OF_MIND, Remedy.REFUND, 4, False, Outcome.REFUSED),
        (Reason.DEFECTIVE, Remedy.REFUND, 3, True, Outcome.REFUND),
        (Reason.DEFECTIVE, Remedy.REFUND, 4, False, Outcome.REFUSED),
        (Reason.NOT_AS_PRESENTED, Remedy.REFUND, 3, True, Outcome.REFUND),
        (Reason.NOT_AS_PRESENTED, Remedy.REFUND, 4, False, Outcome.REFUSED),
        # Exchange or replacement: through the 8th (day 7), not the 9th.
        (Reason.CHANGE_OF_MIND, Remedy.EXCHANGE, 7, True, Outcome.EXCHANGE),
        (Reason.CHANGE_OF_MIND, Remedy.EXCHANGE, 8, False, Outcome.REFUSED),
        (Reason.NOT_AS_PRESENTED, Remedy.EXCHANGE, 7, True, Outcome.EXCHANGE),
        (Reason.NOT_AS_PRESENTED, Remedy.EXCHANGE, 8, False, Outcome.REFUSED),
        (Reason.DEFECTIVE, Remedy.EXCHANGE, 0, True, Outcome.REPLACEMENT),
        (Reason.DEFECTIVE, Remedy.EXCHANGE, 7, True, Outcome.REPLACEMENT),
        (Reason.DEFECTIVE, Remedy.EXCHANGE, 8, False, Outcome.REFUSED),
    ],
)
def test_windows_end_on_their_last_day(reason, remedy, day, allowed, outcome):
    decision = decide(line(), ask(reason, remedy), POLICY, on_day(day))
    assert decision.day == day
    assert decision.allowed is allowed
    assert decision.outcome is outcome
    assert decision.refusal == (None if allowed else "window")


@pytest.mark.parametrize(
    "reason, remedy, day, expected",
    [
        (Reason.CHANGE_OF_MIND, Remedy.REFUND, 4,
         "Refused: day 4 is past the 3-day refund window. "
         "An exchange is still possible through day 7."),
        (Reason.NOT_AS_PRESENTED, Remedy.REFUND, 7,
         "Refused: day 7 is past the 3-day refund window. "
         "An exchange is still possible through day 7."),
        (Reason.DEFECTIVE, Remedy.REFUND, 4,
         "Refused: day 4 is past the 3-day refund window. "
         "A free replacement is still possible through day 7."),
        (Reason.CHANGE_OF_MIND, Remedy.REFUND, 8,
         "Refused: day 8 is past the 3-day refund window."),
        (Reason.CHANGE_OF_MIND, Remedy.EXCHANGE, 8,
         "Refused: day 8 is past the 7-day exchange window."),
        (Reason.DEFECTIVE, Remedy.EXCHANGE, 8,
         "Refused: day 8 is past the 7-day replacement window."),
    ],
)
def test_a_window_refusal_says_what_is_still_possible(reason, remedy, day, expected):
    decision = decide(line(), ask(reason, remedy), POLICY, on_day(day))
    assert decision.explanation == expected
    assert (decision.refund, decision.deduction, decision.returned_value) == (Money.zero(),) * 3


def test_a_sale_late_in_the_evening_counts_from_its_local_date():
    zone = ZoneInfo(CASABLANCA)
    sold_at = datetime(2026, 11, 1, 23, 50, tzinfo=zone).astimezone(timezone.utc)
    returned_at = datetime(2026, 11, 3, 0, 10, tzinfo=zone).astimezone(timezone.utc)
    # Only 24h20m apart, but on the shop's calendar it is day 2.
    assert returned_at - sold_at == timedelta(hours=24, minutes=20)
    bought = local_purchase_day(sold_at, CASABLANCA)
    today = local_purchase_day(returned_at, CASABLANCA)
    assert (bought, today) == (date(2026, 11, 1), date(2026, 11, 3))
    decision = decide(line(bought=bought), ask(), POLICY, today)
    assert decision.day == 2
    assert decision.allowed


@pytest.mark.parametrize(
    "moment, expected",
    [
        # Casablanca is UTC+1 outside Ramadan: 23:30 UTC is already the next local day.
        (datetime(2026, 11, 1, 23, 30, tzinfo=timezone.utc), date(2026, 11, 2)),
        (datetime(2026, 11, 1, 22, 59, tzinfo=timezone.utc), date(2026, 11, 1)),
        (datetime(2026, 11, 2, 0, 30, tzinfo=ZoneInfo(CASABLANCA)), date(2026, 11, 2)),
    ],
)
def test_local_purchase_day_uses_the_shop_calendar(moment, expected):
    assert local_purchase_day(moment, CASABLANCA) == expected


def test_local_purchase_day_refuses_a_naive_moment():
    with pytest.raises(ValueError):
        local_purchase_day(datetime(2026, 11, 1, 12, 0), CASABLANCA)


# --- change-of-mind deduction ----------------------------------------------------------------

@pytest.mark.parametrize(
    "paid, deduction, refund",
    [
        ("150.00", "45.00", "105.00"),  # 30% above the minimum
        ("83.34", "25.00", "58.34"),    # 30% = 25.002 -> 25.00
        ("83.33", "25.00", "58.33"),    # 30% = 24.999 -> 25.00, whichever rule wins
        ("83.30", "25.00", "58.30"),    # 30% = 24.99: the minimum
        ("83.35", "25.01", "58.34"),    # 30% = 25.005, rounded half up
        ("50.00", "25.00", "25.00"),    # the minimum
        ("25.00", "25.00", "0.00"),     # the minimum equals the price
        ("20.00", "20.00", "0.00"),     # capped at what was paid
        ("0.00", "0.00", "0.00"),       # a free item gives nothing back and keeps nothing
    ],
)
def test_change_of_mind_deduction(paid, deduction, refund):
    decision = decide(line(paid), ask(), POLICY, on_day(1))
    assert decision.allowed and decision.outcome is Outcome.REFUND
    assert decision.returned_value == Money.of(paid)
    assert decision.deduction == Money.of(deduction)
    assert decision.refund == Money.of(refund)


def test_the_example_sentence_for_a_150_mad_change_of_mind_refund():
    decision = decide(line("150.00"), ask(), POLICY, on_day(2))
    assert plain(decision.explanation) == (
        "Refund allowed, day 2 of 3. "
        "Change of mind: 30% deducted = 45,00 MAD (minimum 25,00 MAD). "
        "Customer receives 105,00 MAD."
    )


@pytest.mark.parametrize(
    "paid, expected",
    [
        ("20.00",
         "Refund allowed, day 1 of 3. Change of mind: 30% would be 6,00 MAD and the minimum of "
         "25,00 MAD is more than the 20,00 MAD paid, so 20,00 MAD is deducted. Customer receives "
         "0,00 MAD. An exchange, with no deduction, is possible through day 7."),
        ("25.00",
         "Refund allowed, day 1 of 3. Change of mind: 30% would be 7,50 MAD; the minimum of "
         "25,00 MAD applies. Customer receives 0,00 MAD. "
         "An exchange, with no deduction, is possible through day 7."),
        ("50.00",
         "Refund allowed, day 1 of 3. Change of mind: 30% would be 15,00 MAD; the minimum of "
         "25,00 MAD applies. Customer receives 25,00 MAD."),
        ("83.33",
         "Refund allowed, day 1 of 3. "
         "Change of mind: 30% deducted = 25,00 MAD (minimum 25,00 MAD). "
         "Customer receives 58,33 MAD."),
        ("1500.00",
         "Refund allowed, day 1 of 3. "
         "Change of mind: 30% deducted = 450,00 MAD (minimum 25,00 MAD). "
         "Customer receives 1 050,00 MAD."),
    ],
)
def test_the_sentence_says_when_the_minimum_or_the_cap_applies(paid, expected):
    assert plain(decide(line(paid), ask(), POLICY, on_day(1)).explanation) == expected


def test_amounts_follow_the_locale():
    decision = decide(line("150.00"), ask(), POLICY, on_day(2), locale="en_US")
    assert "45.00 MAD" in plain(decision.explanation)
    assert "105.00 MAD" in plain(decision.explanation)


# --- each reason -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "reason, remedy, day, outcome, deduction, refund, restock, expected",
    [
        (Reason.DEFECTIVE, Remedy.REFUND, 1, Outcome.REFUND, "0", "150", False,
         "Refund allowed, day 1 of 3. Defective: full refund. Customer receives 150,00 MAD."),
        (Reason.DEFECTIVE, Remedy.EXCHANGE, 5, Outcome.REPLACEMENT, "0", "0", False,
         "Free replacement allowed, day 5 of 7: the product is defective."),
        (Reason.NOT_AS_PRESENTED, Remedy.REFUND, 3, Outcome.REFUND, "0", "150", True,
         "Refund allowed, day 3 of 3. Not as presented: full refund. "
         "Customer receives 150,00 MAD."),
        (Reason.NOT_AS_PRESENTED, Remedy.EXCHANGE, 6, Outcome.EXCHANGE, "0", "0", True,
         "Exchange allowed, day 6 of 7. Not as presented: no deduction; "
         "the price difference is settled at the counter."),
        (Reason.CHANGE_OF_MIND, Remedy.EXCHANGE, 6, Outcome.EXCHANGE, "0", "0", True,
         "Exchange allowed, day 6 of 7. "
         "No deduction; the price difference is settled at the counter."),
        (Reason.CHANGE_OF_MIND, Remedy.EXCHANGE, 1, Outcome.EXCHANGE, "0", "0", True,
         "Exchange allowed, day 1 of 7. "
         "No deduction; the price difference is settled at the counter."),
    ],
)
def test_each_reason(reason, remedy, day, outcome, deduction, refund, restock, expected):
    decision = decide(line("150.00"), ask(reason, remedy), POLICY, on_day(day))
    assert decision.allowed and decision.refusal is None
    assert decision.outcome is outcome
    assert decision.returned_value == Money.of("150")
    assert decision.deduction == Money.of(deduction)
    assert decision.refund == Money.of(refund)
    assert decision.restock is restock
    assert plain(decision.explanation) == expected


def test_another_written_reason_is_treated_as_change_of_mind():
    refund = decide(line("150.00"), ask(Reason.OTHER, note="Gift, wrong size"), POLICY, on_day(2))
    assert refund.allowed
    assert (refund.deduction, refund.refund) == (Money.of("45"), Money.of("105"))
    assert plain(refund.explanation) == (
        "Refund allowed, day 2 of 3. Other reason, treated as change of mind: 30% deducted = "
        "45,00 MAD (minimum 25,00 MAD). Customer receives 105,00 MAD."
    )
    exchange = decide(line(), ask(Reason.OTHER, Remedy.EXCHANGE, note="Gift"), POLICY, on_day(6))
    assert exchange.outcome is Outcome.EXCHANGE and exchange.deduction == Money.zero()
    assert "treated as change of mind" in exchange.explanation


def test_reasons_have_labels():
    assert Reason.NOT_AS_PRESENTED.label == "Not as presented"
    assert all(reason.label for reason in Reason)
    assert all(outcome.label for outcome in Outcome)
    assert all(remedy.label for remedy in Remedy)
    assert Reason("change_of_mind") is Reason.CHANGE_OF_MIND


# --- each refusal ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sold, returned, return_request, today, code, expected",
    [
        (1, 0, ask(Reason.MISUSE), on_day(1), "misuse",
         "Refused: the product was not used according to its instructions."),
        (1, 0, ask(Reason.MISUSE, Remedy.EXCHANGE), on_day(1), "misuse",
         "Refused: the product was not used according to its instructions."),
        (1, 0, ask(packaging=False), on_day(1), "condition",
         "Refused: the product is not in its original packaging."),
        (1, 0, ask(condition=False), on_day(1), "condition",
         "Refused: the product is not in its original condition "
         "(it is damaged or was used against its instructions)."),
        (1, 0, ask(condition=False, packaging=False), on_day(1), "condition",
         "Refused: the product is neither in its original condition "
         "nor in its original packaging."),
        # A defective product still has to come back complete and in its packaging.
        (1, 0, ask(Reason.DEFECTIVE, Remedy.EXCHANGE, packaging=False), on_day(1), "condition",
         "Refused: the product is not in its original packaging."),
        (1, 0, ask(Reason.OTHER), on_day(1), "note", "Write what the reason is."),
        (1, 0, ask(Reason.OTHER, note="   "), on_day(1), "note", "Write what the reason is."),
        (2, 1, ask(quantity=2), on_day(1), "quantity",
         "Only 1 of 'Linen shirt' can still be returned: 2 sold, 1 already returned."),
        (2, 2, ask(quantity=1), on_day(1), "quantity",
         "Nothing of 'Linen shirt' can still be returned: 2 sold, 2 already returned."),
        (2, 0, ask(quantity=0), on_day(1), "quantity", "Enter a quantity of at least 1."),
        (2, 0, ask(quantity=-1), on_day(1), "quantity", "Enter a quantity of at least 1."),
        (1, 0, ask(), BOUGHT - timedelta(days=1), "date",
         "Refused: the purchase date (1 Nov 2026) is after today (31 Oct 2026)."),
        (1, 0, ask(), on_day(4), "window",
         "Refused: day 4 is past the 3-day refund window. "
         "An exchange is still possible through day 7."),
    ],
)
def test_each_refusal(sold, returned, return_request, today, code, expected):
    decision = decide(line("150.00", sold=sold, returned=returned), return_request, POLICY, today)
    assert not decision.allowed
    assert decision.outcome is Outcome.REFUSED
    assert decision.refusal == code
    assert plain(decision.explanation) == expected
    assert decision.refund == decision.deduction == decision.returned_value == Money.zero()
    assert decision.restock is False


def test_condition_is_judged_before_the_window():
    # Past the refund window and without packaging: the hint of an exchange would mislead.
    decision = decide(line(), ask(packaging=False), POLICY, on_day(5))
    assert decision.refusal == "condition"


# --- quantities and partial returns ----------------------------------------------------------

def test_two_of_three_units_of_a_discounted_line():
    # 3 x 50.00 with a 10% promotion = 135.00 paid; the units are worth 45.00 each.
    discounted = line("135.00", sold=3)
    decision = decide(discounted, ask(Reason.DEFECTIVE, quantity=2), POLICY, on_day(1))
    assert decision.returned_value == Money.of("90.00")
    assert decision.refund == Money.of("90.00")
    changed_mind = decide(discounted, ask(quantity=2), POLICY, on_day(1))
    assert changed_mind.returned_value == Money.of("90.00")
    assert changed_mind.deduction == Money.of("27.00")
    assert changed_mind.refund == Money.of("63.00")


def test_a_second_return_of_the_same_line_gets_the_rest_of_what_was_paid():
    # 100.00 for 3: the centime that does not divide goes to the last unit back.
    first = decide(line("100.00", sold=3), ask(Reason.DEFECTIVE, quantity=2), POLICY, on_day(1))
    second = decide(line("100.00", sold=3, returned=2), ask(Reason.DEFECTIVE), POLICY, on_day(1))
    assert first.returned_value == Money.of("66.66")
    assert second.returned_value == Money.of("33.34")
    assert first.returned_value + second.returned_value == Money.of("100.00")
    over = decide(line("100.00", sold=3, returned=2), ask(Reason.DEFECTIVE, quantity=2),
                  POLICY, on_day(1))
    assert over.refusal == "quantity"
    assert over.explanation == (
        "Only 1 of 'Linen shirt' can still be returned: 3 sold, 2 already returned."
    )


@pytest.mark.parametrize(
    "total, sold, returned, quantity, expected",
    [
        ("100.00", 3, 0, 1, "33.33"),
        ("100.00", 3, 1, 1, "33.33"),
        ("100.00", 3, 2, 1, "33.34"),
        ("100.00", 3, 0, 3, "100.00"),
        ("0.01", 2, 0, 1, "0.00"),
        ("0.01", 2, 1, 1, "0.01"),
        ("135.00", 3, 1, 0, "0.00"),
    ],
)
def test_paid_for_units(total, sold, returned, quantity, expected):
    assert paid_for_units(Money.of(total), sold, returned, quantity) == Money.of(expected)


@pytest.mark.parametrize(
    "total, sold, returned, quantity",
    [
        ("10.00", 0, 0, 0),
        ("10.00", 2, 2, 1),
        ("10.00", 2, -1, 1),
        ("10.00", 2, 0, -1),
        ("-1.00", 1, 0, 1),
    ],
)
def test_paid_for_units_refuses_impossible_counts(total, sold, returned, quantity):
    with pytest.raises(ValueError):
        paid_for_units(Money.of(total), sold, returned, quantity)


@pytest.mark.parametrize("sold, returned", [(0, 0), (2, 3), (2, -1)])
def test_a_line_that_cannot_exist_is_an_error_not_a_refusal(sold, returned):
    with pytest.raises(ValueError):
        decide(line(sold=sold, returned=returned), ask(), POLICY, on_day(1))


# --- settings --------------------------------------------------------------------------------

LENIENT = PolicySettings(refund_days=5, exchange_days=10, change_of_mind_percent=Decimal("10"),
                         change_of_mind_minimum=Money.zero(), version=2)


@pytest.mark.parametrize(
    "paid, remedy, day, allowed, deduction, refund",
    [
        ("150.00", Remedy.REFUND, 5, True, "15.00", "135.00"),
        ("150.00", Remedy.REFUND, 6, False, "0", "0"),
        ("50.00", Remedy.REFUND, 4, True, "5.00", "45.00"),   # no minimum any more
        ("20.00", Remedy.REFUND, 1, True, "2.00", "18.00"),
        ("150.00", Remedy.EXCHANGE, 10, True, "0", "0"),
        ("150.00", Remedy.EXCHANGE, 11, False, "0", "0"),
    ],
)
def test_changed_settings_change_the_decision(paid, remedy, day, allowed, deduction, refund):
    decision = decide(line(paid), ask(remedy=remedy), LENIENT, on_day(day))
    assert decision.allowed is allowed
    assert decision.deduction == Money.of(deduction)
    assert decision.refund == Money.of(refund)


def test_changed_settings_show_in_the_sentence():
    decision = decide(line("150.00"), ask(), LENIENT, on_day(4))
    assert plain(decision.explanation) == (
        "Refund allowed, day 4 of 5. Change of mind: 10% deducted = 15,00 MAD. "
        "Customer receives 135,00 MAD."
    )
    fractional = replace(LENIENT, change_of_mind_percent=Decimal("12.5"))
    decision = decide(line(), ask(), fractional, on_day(1))
    assert "12,5% deducted = 18,75 MAD" in plain(decision.explanation)


@pytest.mark.parametrize(
    "changes",
    [
        {"refund_days": -1},
        {"refund_days": 8},  # longer than the exchange window
        {"exchange_days": 2},
        {"change_of_mind_percent": Decimal("-1")},
        {"change_of_mind_percent": Decimal("100.01")},
        {"change_of_mind_percent": 30.0},
        {"change_of_mind_minimum": Money.of("-0.01")},
        {"refund_days": 3.5},
        {"timezone": "Mars/Olympus"},
        {"currency": "dirham"},
    ],
)
def test_settings_refuse_impossible_values_with_a_sentence(changes):
    with pytest.raises(ValueError) as error:
        replace(POLICY, **changes)
    assert str(error.value).endswith(".")


@pytest.mark.parametrize("percent", [Decimal("0"), Decimal("100"), 30, "12.5"])
def test_settings_accept_the_edges(percent):
    assert PolicySettings(change_of_mind_percent=percent, refund_days=0,
                          exchange_days=0).change_of_mind_percent == Decimal(percent)


def test_the_engine_imports_neither_qt_nor_the_database():
    code = ("import sys, pos.return_policy; "
            "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'db') if m in sys.modules))")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- properties ------------------------------------------------------------------------------

policies = st.builds(
    lambda refund, extra, percent, minimum: PolicySettings(
        refund_days=refund, exchange_days=refund + extra,
        change_of_mind_percent=Decimal(percent) / 100, change_of_mind_minimum=Money(minimum)),
    st.integers(0, 10), st.integers(0, 10), st.integers(0, 10_000), st.integers(0, 10_000),
)


@st.composite
def lines_and_requests(draw):
    sold = draw(st.integers(1, 30))
    returned = draw(st.integers(0, sold))
    sold_line = SoldLine("Item", sold, Money(draw(st.integers(0, 5_000_000))), returned, BOUGHT)
    request = ReturnRequest(
        quantity=draw(st.integers(-1, sold - returned + 1)),
        reason=draw(st.sampled_from(Reason)),
        remedy=draw(st.sampled_from(Remedy)),
        original_condition=draw(st.booleans()),
        original_packaging=draw(st.booleans()),
        note=draw(st.sampled_from(["", " ", "gift"])),
    )
    return sold_line, request


@hypothesis_settings(max_examples=200, deadline=None)
@given(lines_and_requests(), policies, st.integers(-2, 25))
def test_money_never_leaks(case, policy, day):
    sold_line, request = case
    decision = decide(sold_line, request, policy, on_day(day))
    assert decision.day == day
    assert decision.explanation
    assert Money.zero() <= decision.refund <= decision.returned_value
    assert Money.zero() <= decision.deduction <= decision.returned_value
    if not decision.allowed:
        assert decision.outcome is Outcome.REFUSED and decision.refusal
        assert decision.refund == decision.deduction == Money.zero()
        assert not decision.restock
        return
    assert decision.refusal is None
    assert request.original_condition and request.original_packaging
    assert request.reason is not Reason.MISUSE
    assert 0 <= day <= policy.exchange_days
    remaining = sold_line.quantity_sold - sold_line.quantity_already_returned
    assert 1 <= request.quantity <= remaining
    assert decision.returned_value == paid_for_units(
        sold_line.line_total, sold_line.quantity_sold, sold_line.quantity_already_returned,
        request.quantity)
    assert decision.restock is (request.reason is not Reason.DEFECTIVE)
    if decision.outcome is Outcome.REFUND:
        assert day <= policy.refund_days
        assert decision.refund + decision.deduction == decision.returned_value
        if request.reason in (Reason.DEFECTIVE, Reason.NOT_AS_PRESENTED):
            assert decision.deduction == Money.zero()
        else:
            floor = min(policy.change_of_mind_minimum, decision.returned_value)
            assert decision.deduction >= floor
    else:
        assert decision.refund == decision.deduction == Money.zero()
        assert (decision.outcome is Outcome.REPLACEMENT) is (request.reason is Reason.DEFECTIVE)


@st.composite
def partial_returns(draw):
    sold = draw(st.integers(1, 40))
    cuts = draw(st.lists(st.integers(1, sold), max_size=sold))
    batches, left = [], sold
    for cut in cuts:
        if left == 0:
            break
        batches.append(min(cut, left))
        left -= batches[-1]
    if left:
        batches.append(left)
    return sold, batches


@hypothesis_settings(max_examples=200, deadline=None)
@given(
    partial_returns(), st.integers(0, 10_000_000), st.sampled_from(Reason), st.sampled_from(Remedy)
)
def test_successive_returns_add_up_to_what_was_paid(returns, total, reason, remedy):
    sold, batches = returns
    returned, values = 0, []
    for quantity in batches:
        values.append(paid_for_units(Money(total), sold, returned, quantity))
        if reason not in (Reason.MISUSE, Reason.OTHER):
            decision = decide(SoldLine("Item", sold, Money(total), returned, BOUGHT),
                              ask(reason, remedy, quantity), POLICY, on_day(1))
            assert decision.allowed and decision.returned_value == values[-1]
        returned += quantity
    assert sum(v.minor for v in values) == total
    assert all(not v.is_negative() for v in values)
