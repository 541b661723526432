"""The policy's word on refunds taken as store credit: the shop may waive the change-of-mind
deduction for them (a setting, off by default), said in its own sentence; decide() stays pure."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pos.money import Money
from pos.return_policy import PolicySettings, Reason, Remedy, decide
from tests.test_return_policy import ask, line, on_day, plain

POLICY = PolicySettings()
WAIVING = replace(POLICY, waive_change_of_mind_for_credit=True)


def as_credit(**kwargs):
    return replace(ask(**kwargs), store_credit=True)


def test_the_setting_is_off_by_default():
    assert PolicySettings().waive_change_of_mind_for_credit is False


def test_waived_change_of_mind_as_store_credit_is_a_full_refund_with_its_sentence():
    decision = decide(line("150.00"), as_credit(), WAIVING, on_day(2))
    assert (decision.allowed, decision.deduction, decision.refund) == (
        True, Money.zero(), Money.of("150.00"))
    assert plain(decision.explanation) == (
        "Refund allowed, day 2 of 3. Change of mind, taken as store credit: no deduction "
        "(the shop's policy). Customer receives 150,00 MAD as store credit.")


def test_without_the_setting_store_credit_keeps_the_deduction_and_says_credit():
    decision = decide(line("150.00"), as_credit(), POLICY, on_day(2))
    assert decision.deduction == Money.of("45.00")
    assert plain(decision.explanation) == (
        "Refund allowed, day 2 of 3. Change of mind: 30% deducted = 45,00 MAD (minimum "
        "25,00 MAD). Customer receives 105,00 MAD as store credit.")


def test_the_waiver_is_only_for_store_credit():
    decision = decide(line("150.00"), ask(), WAIVING, on_day(2))
    assert decision.deduction == Money.of("45.00")
    assert "store credit" not in decision.explanation


def test_another_reason_treated_as_change_of_mind_is_waived_too():
    decision = decide(line("150.00"), as_credit(reason=Reason.OTHER, note="too big"),
                      WAIVING, on_day(1))
    assert decision.deduction == Money.zero()
    assert "Other reason, treated as change of mind, taken as store credit" in decision.explanation


@pytest.mark.parametrize("day, allowed", [(3, True), (4, False)])
def test_the_waiver_keeps_the_refund_window(day, allowed):
    decision = decide(line("150.00"), as_credit(), WAIVING, on_day(day))
    assert decision.allowed is allowed


def test_the_waiver_changes_nothing_for_an_exchange_or_a_defect():
    assert decide(line(), as_credit(remedy=Remedy.EXCHANGE), WAIVING, on_day(2)).refund == Money.zero()
    defect = decide(line(), as_credit(reason=Reason.DEFECTIVE), WAIVING, on_day(2))
    assert plain(defect.explanation).endswith("Defective: full refund. Customer receives "
                                               "150,00 MAD as store credit.")


def test_the_setting_is_a_yes_or_a_no():
    with pytest.raises(ValueError, match="yes or a no"):
        PolicySettings(waive_change_of_mind_for_credit="yes")
