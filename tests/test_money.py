"""Money: exact minor units, amounts typed by people, percentages, formatting."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.money import Money, MoneyError, format_money, money_sum, parse_percent

NNBSP, NBSP = "\u202f", "\xa0"
minor_units = st.integers(min_value=-10**12, max_value=10**12)


# --- construction ------------------------------------------------------------------------

def test_money_holds_whole_minor_units():
    assert Money(1250).minor == 1250
    assert Money(1250).amount == Decimal("12.50")
    assert Money.zero() == Money(0)


@pytest.mark.parametrize("bad", [12.5, 0.1, Decimal("12.5"), "1250", None, True])
def test_money_refuses_anything_but_an_int(bad):
    with pytest.raises(TypeError):
        Money(bad)


@pytest.mark.parametrize("amount, minor", [
    ("12.50", 1250), ("12.5", 1250), ("12", 1200), (12, 1200), (Decimal("0.01"), 1),
    ("-3.20", -320), ("0", 0),
])
def test_money_of_major_units_is_exact(amount, minor):
    assert Money.of(amount) == Money(minor)


@pytest.mark.parametrize("amount", [0.1, 12.5, 1.0])
def test_money_of_refuses_floats(amount):
    with pytest.raises(TypeError):
        Money.of(amount)


def test_money_of_refuses_a_third_decimal():
    with pytest.raises(MoneyError):
        Money.of("12.345")


# --- parsing what a person typed -----------------------------------------------------------

@pytest.mark.parametrize("typed, minor", [
    ("12", 1200),
    ("12.5", 1250),
    ("12.50", 1250),
    ("12,50", 1250),
    ("12,5", 1250),
    ("1 234,50", 123450),
    (f"1{NNBSP}234,50", 123450),
    (f"1{NBSP}234,50{NBSP}MAD", 123450),
    ("  7  ", 700),
    ("12 MAD", 1200),
    ("12,50 DH", 1250),
    ("0", 0),
    ("0,05", 5),
])
def test_parse_accepts_what_a_clerk_types(typed, minor):
    assert Money.parse(typed) == Money(minor)


@pytest.mark.parametrize("typed", ["abc", "12abc", "--5", "1.2.3", "12,5,0", "(5)", "5-",
                                   "NaN", "Infinity", "0x10"])
def test_parse_refuses_garbage(typed):
    with pytest.raises(MoneyError, match="not an amount of money"):
        Money.parse(typed)


@pytest.mark.parametrize("typed", ["", "   ", None, "MAD"])
def test_parse_asks_for_an_amount_when_nothing_is_typed(typed):
    with pytest.raises(MoneyError, match="Enter an amount"):
        Money.parse(typed)


@pytest.mark.parametrize("typed", ["1.234", "12,345", "0.001"])
def test_parse_refuses_three_decimals_rather_than_guess_a_thousands_separator(typed):
    with pytest.raises(MoneyError, match="more than two decimals"):
        Money.parse(typed)


def test_parse_keeps_the_sign_of_a_negative_amount():
    # Parsing is exact; whether a negative amount is allowed is the caller's rule
    # (checkout refuses a negative amount tendered, see test_checkout).
    assert Money.parse("-5") == Money(-500)
    assert Money.parse("-1 234,50") == Money(-123450)
    assert Money.parse("-5").is_negative()


# --- arithmetic ----------------------------------------------------------------------------

def test_arithmetic_stays_in_minor_units():
    a, b = Money.of("12.30"), Money.of("0.70")
    assert a + b == Money.of("13.00")
    assert a - b == Money.of("11.60")
    assert b - a == Money.of("-11.60")
    assert a * 3 == Money.of("36.90")
    assert 3 * a == Money.of("36.90")
    assert -a == Money(-1230)
    assert Money.of("0.10") * 3 == Money.of("0.30")  # a float would say 0.30000000000000004


def test_money_is_multiplied_by_whole_quantities_only():
    with pytest.raises(TypeError):
        Money(100) * 1.5
    with pytest.raises(TypeError):
        Money(100) * Decimal("2")


def test_comparisons_and_truth():
    assert Money(1) > Money(0) > Money(-1)
    assert min(Money(500), Money(300)) == Money(300)
    assert not Money(0)
    assert Money(-1)
    assert Money(-1).is_negative() and not Money(0).is_negative()


def test_money_sum():
    assert money_sum([]) == Money(0)
    assert money_sum([Money(1), Money(2), Money(-4)]) == Money(-1)


def test_text_forms():
    assert str(Money(123450)) == "1234.50 MAD"
    assert repr(Money(-5)) == "Money('-0.05')"


# --- percentages ---------------------------------------------------------------------------

@pytest.mark.parametrize("minor, rate, expected", [
    (1250, 20, 250),
    (7900, Decimal("20"), 1580),
    (5, 10, 1),        # 0.5 centime rounds up
    (15, 10, 2),       # 1.5 -> 2
    (25, 10, 3),       # 2.5 -> 3: half up, not to the even neighbour (which would be 2)
    (4, 10, 0),        # 0.4 -> 0
    (14, 10, 1),       # 1.4 -> 1
    (-5, 10, -1),      # half away from zero for negatives too
    (-25, 10, -3),
    (10000, "12.5", 1250),
    (999, Decimal("33.33"), 333),  # 332.9667 -> 333
    (1000, 100, 1000),
    (1000, 0, 0),
])
def test_percent_rounds_half_up_to_the_centime(minor, rate, expected):
    assert Money(minor).percent(rate) == Money(expected)


# --- formatting ----------------------------------------------------------------------------

@pytest.mark.parametrize("minor, text", [
    (123450, f"1{NNBSP}234,50{NBSP}MAD"),
    (0, f"0,00{NBSP}MAD"),
    (5, f"0,05{NBSP}MAD"),
    (-150, f"-1,50{NBSP}MAD"),
    (100000000, f"1{NNBSP}000{NNBSP}000,00{NBSP}MAD"),
])
def test_format_money_for_fr_ma(minor, text):
    assert format_money(Money(minor)) == text


def test_format_money_follows_the_locale():
    assert format_money(Money(123450), "en_US") == f"1,234.50{NBSP}MAD"


# --- properties ----------------------------------------------------------------------------

@given(minor_units)
def test_parse_of_format_round_trips(minor):
    money = Money(minor)
    assert Money.parse(format_money(money)) == money


@given(minor_units)
def test_amount_round_trips_through_money_of(minor):
    assert Money.of(Money(minor).amount) == Money(minor)


@given(st.lists(minor_units, max_size=50))
def test_sums_are_exact(minors):
    amounts = [Money(m) for m in minors]
    assert money_sum(amounts) == Money(sum(minors))
    assert money_sum(amounts).amount == sum((Money(m).amount for m in minors), Decimal(0))


@given(st.lists(st.decimals(min_value=-10**9, max_value=10**9, places=2,
                            allow_nan=False, allow_infinity=False), max_size=30))
def test_sums_of_typed_amounts_equal_the_decimal_sum(values):
    total = money_sum(Money.of(v) for v in values)
    assert total.amount == sum(values, Decimal(0))


@pytest.mark.parametrize("typed", ["1e3", "1_000", "12.5.0", "--5", "1,2,3"])
def test_exponents_underscores_and_stray_marks_are_not_amounts(typed):
    with pytest.raises(MoneyError):
        Money.parse(typed)


def test_a_note_or_a_coin_is_written_whole():
    assert format_money(Money.of("200"), "fr_MA", whole=True) == "200\xa0MAD"
    assert format_money(Money.of("0.50"), "fr_MA", whole=True) == "0,50\xa0MAD"
    assert format_money(Money.of("200"), "fr_MA") == "200,00\xa0MAD"


@pytest.mark.parametrize("typed, percent", [("30", "30"), ("12,5", "12.5"), (" 12.5 % ", "12.5")])
def test_a_percentage_as_typed(typed, percent):
    assert parse_percent(typed) == Decimal(percent)


@pytest.mark.parametrize("typed", ["", "abc", "inf", "NaN", "1e", "%"])
def test_what_is_not_a_percentage_is_refused_in_words(typed):
    with pytest.raises(MoneyError, match="is not a percentage: type a number like 30"):
        parse_percent(typed)
