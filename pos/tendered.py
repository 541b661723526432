"""The cash a customer hands over: the amounts they usually give for a total, one key each
at the till, and an amount so far above the total that it is more likely a slip of the
fingers (15,000 typed for 150) than a note: the clerk confirms before giving the change."""
from __future__ import annotations

from pos.money import Money

NOTE_STEPS = (10, 50, 100, 200)  # the total rounded up to these: what customers hand over
# Far above: more than the total plus this, and more than this many times the total.
FAR_ABOVE_MARGIN = Money.of(1000)
FAR_ABOVE_TIMES = 10


def usual_cash_amounts(total: Money) -> list[Money]:
    """The total rounded up to the next 10, 50, 100 and 200 MAD, each above the total (the
    exact amount is Enter on its own), without repeats, smallest first."""
    amounts: list[Money] = []
    for step in NOTE_STEPS:
        unit = Money.of(step).minor
        rounded = Money(-(-total.minor // unit) * unit)
        if rounded == total:  # already a multiple: the customer gives the next one up
            rounded = Money(rounded.minor + unit)
        if rounded not in amounts:
            amounts.append(rounded)
    return sorted(amounts, key=lambda money: money.minor)


def far_above(total: Money, tendered: Money) -> bool:
    """An amount to confirm before the change is given: more than the total + 1,000 MAD and
    more than ten times the total."""
    return (tendered.minor > (total + FAR_ABOVE_MARGIN).minor
            and tendered.minor > total.minor * FAR_ABOVE_TIMES)
