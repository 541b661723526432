"""Promotions as price rules: one best rule per line, within its dates, never below zero."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import Collection, Product, Promotion
from pos.money import Money
from pos.pricing import PriceRule, price_line, rules_running
from pos.shop import load_shop_settings
from tests.conftest import DEMO_NOW

DAY = date(2026, 11, 22)
SHIRT, SCARF = 1, 2          # product ids
SALE_RACK, FEATURED = 10, 11  # collection ids


def pct(name, percent, *, product=None, collection=None, starts=DAY, ends=None):
    return PriceRule(name=name, starts_on=starts, ends_on=ends, percent_off=Decimal(percent),
                     product_id=product, collection_id=collection)


def off(name, amount, *, product=None, collection=None, starts=DAY, ends=None):
    return PriceRule(name=name, starts_on=starts, ends_on=ends, amount_off=Money.of(amount),
                     product_id=product, collection_id=collection)


def price(unit, quantity, rules, *, product=SHIRT, collections=frozenset(), day=DAY):
    return price_line(Money.of(unit), quantity, product, frozenset(collections), rules, day)


# --- one rule ------------------------------------------------------------------------------

def test_no_rule_means_full_price():
    line = price("79.00", 2, [])
    assert (line.gross, line.discount, line.total, line.promotion) == (
        Money.of("158.00"), Money(0), Money.of("158.00"), None)


def test_percentage_off_a_product():
    line = price("79.00", 2, [pct("Shirt days", 20, product=SHIRT)])
    assert line.discount == Money.of("31.60")
    assert line.total == Money.of("126.40")
    assert line.promotion == "Shirt days"


def test_percentage_off_a_product_does_not_touch_another_product():
    line = price("79.00", 1, [pct("Shirt days", 20, product=SHIRT)], product=SCARF)
    assert line.discount == Money(0) and line.promotion is None


def test_percentage_off_a_collection():
    rule = pct("Sale rack", Decimal("12.5"), collection=SALE_RACK)
    inside = price("100.00", 3, [rule], collections={FEATURED, SALE_RACK})
    assert inside.discount == Money.of("37.50")
    assert inside.total == Money.of("262.50")
    assert inside.promotion == "Sale rack"
    outside = price("100.00", 3, [rule], collections={FEATURED})
    assert outside.discount == Money(0)


def test_percentage_is_rounded_per_unit_half_up():
    # 10% of 0.25 is 0.025 -> 0.03 per unit; three units -> 0.09
    line = price("0.25", 3, [pct("Tiny", 10, product=SHIRT)])
    assert line.discount == Money(9)


def test_amount_off_a_product_is_per_unit():
    line = price("120.00", 2, [off("Argan week", "15.00", product=SHIRT)])
    assert line.discount == Money.of("30.00")
    assert line.total == Money.of("210.00")
    assert line.promotion == "Argan week"


def test_amount_off_a_collection():
    rule = off("Featured", "5", collection=FEATURED)
    assert price("45.00", 1, [rule], collections={FEATURED}).total == Money.of("40.00")
    assert price("45.00", 1, [rule], collections={SALE_RACK}).total == Money.of("45.00")


def test_an_amount_off_larger_than_the_price_makes_the_line_free_not_negative():
    line = price("10.00", 4, [off("Big", "15.00", product=SHIRT)])
    assert line.discount == Money.of("40.00")
    assert line.total == Money(0)


def test_a_hundred_percent_off_makes_the_line_free():
    line = price("10.00", 2, [pct("Free", 100, product=SHIRT)])
    assert line.total == Money(0)


# --- several rules: the best one, never stacked --------------------------------------------

def test_overlapping_rules_pick_the_best_for_the_customer_without_stacking():
    rules = [pct("Sale rack -20%", 20, collection=SALE_RACK), off("Argan -15", "15", product=SHIRT)]
    # On 120.00, 20% (24.00) beats 15.00.
    expensive = price("120.00", 1, rules, collections={SALE_RACK})
    assert expensive.discount == Money.of("24.00")
    assert expensive.promotion == "Sale rack -20%"
    # On 50.00, 15.00 beats 20% (10.00).
    cheap = price("50.00", 2, rules, collections={SALE_RACK})
    assert cheap.discount == Money.of("30.00")
    assert cheap.promotion == "Argan -15"


def test_the_best_rule_is_chosen_whatever_the_order_of_the_rules():
    rules = [pct("Small", 5, product=SHIRT), pct("Big", 30, product=SHIRT),
             pct("Medium", 10, collection=SALE_RACK)]
    for ordering in (rules, rules[::-1], rules[1:] + rules[:1]):
        line = price("100.00", 1, ordering, collections={SALE_RACK})
        assert line.discount == Money.of("30.00")
        assert line.promotion == "Big"


# --- dates ---------------------------------------------------------------------------------

def test_start_and_end_dates_are_inclusive():
    rule = pct("Weekend", 50, product=SHIRT, starts=DAY, ends=DAY + timedelta(days=2))
    discounts = {
        offset: price("10.00", 1, [rule], day=DAY + timedelta(days=offset)).discount
        for offset in range(-1, 4)
    }
    assert discounts == {-1: Money(0), 0: Money(500), 1: Money(500), 2: Money(500), 3: Money(0)}


def test_a_rule_without_an_end_runs_on_and_on():
    rule = pct("Forever", 10, product=SHIRT, starts=DAY)
    assert price("10.00", 1, [rule], day=DAY + timedelta(days=3650)).discount == Money(100)
    assert price("10.00", 1, [rule], day=DAY - timedelta(days=1)).discount == Money(0)


def test_an_expired_better_rule_does_not_beat_a_running_one():
    rules = [pct("Old big", 50, product=SHIRT, starts=DAY - timedelta(days=10),
                 ends=DAY - timedelta(days=1)),
             pct("Future big", 60, product=SHIRT, starts=DAY + timedelta(days=1)),
             pct("Now", 10, product=SHIRT)]
    line = price("100.00", 1, rules)
    assert line.discount == Money.of("10.00") and line.promotion == "Now"


# --- invalid rules -------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs", [
    dict(percent_off=Decimal(10), amount_off=Money(100), product_id=1),   # both kinds
    dict(product_id=1),                                                     # neither kind
    dict(percent_off=Decimal(10), product_id=1, collection_id=2),          # two targets
    dict(percent_off=Decimal(10)),                                          # no target
    dict(percent_off=Decimal(0), product_id=1),
    dict(percent_off=Decimal(-5), product_id=1),
    dict(percent_off=Decimal("100.01"), product_id=1),
    dict(amount_off=Money(0), product_id=1),
    dict(amount_off=Money(-100), product_id=1),
    dict(percent_off=Decimal(10), product_id=1, ends_on=DAY - timedelta(days=1)),
])
def test_invalid_rules_are_refused(kwargs):
    with pytest.raises(ValueError):
        PriceRule(name="Bad", starts_on=DAY, **kwargs)


def test_a_one_day_rule_is_valid():
    assert PriceRule(name="Flash", starts_on=DAY, ends_on=DAY, percent_off=Decimal(10),
                     product_id=1).runs_on(DAY)


# --- properties ----------------------------------------------------------------------------

rule_strategy = st.one_of(
    st.builds(lambda p, prod, coll, s, length: PriceRule(
        name="p", starts_on=DAY + timedelta(days=s),
        ends_on=None if length is None else DAY + timedelta(days=s + length),
        percent_off=Decimal(p) / 100,
        product_id=prod if coll is None else None, collection_id=coll),
        st.integers(1, 10000), st.integers(1, 3), st.one_of(st.none(), st.integers(10, 12)),
        st.integers(-5, 5), st.one_of(st.none(), st.integers(0, 5))),
    st.builds(lambda a, prod, coll, s, length: PriceRule(
        name="a", starts_on=DAY + timedelta(days=s),
        ends_on=None if length is None else DAY + timedelta(days=s + length),
        amount_off=Money(a),
        product_id=prod if coll is None else None, collection_id=coll),
        st.integers(1, 10**7), st.integers(1, 3), st.one_of(st.none(), st.integers(10, 12)),
        st.integers(-5, 5), st.one_of(st.none(), st.integers(0, 5))),
)


@given(unit=st.integers(0, 10**8), quantity=st.integers(1, 9999),
       product=st.integers(1, 3), collections=st.frozensets(st.integers(10, 12)),
       rules=st.lists(rule_strategy, max_size=6), offset=st.integers(-6, 6))
def test_a_line_is_never_negative_and_never_above_its_gross(unit, quantity, product, collections,
                                                            rules, offset):
    day = DAY + timedelta(days=offset)
    line = price_line(Money(unit), quantity, product, collections, rules, day)
    assert Money(0) <= line.discount <= line.gross
    assert Money(0) <= line.total <= line.gross
    assert line.gross == Money(unit * quantity)
    # No stacking: the discount is exactly the best single rule's.
    best = max([r.unit_discount(Money(unit)) for r in rules
                if r.runs_on(day) and r.applies_to(product, collections)], default=Money(0))
    assert line.discount == best * quantity


# --- the demo shop's promotions, from the database -----------------------------------------

def _demo(session):
    today = load_shop_settings(session).local_date(DEMO_NOW)
    promotions = session.scalar(select(Collection).where(Collection.name == "Promotions"))
    argan = session.scalar(select(Product).where(Product.sku == "5001001"))
    return today, promotions, argan


def test_rules_running_in_the_demo_shop(db):
    with db.read() as s:
        today, promotions, argan = _demo(s)
        rules = {r.name: r for r in rules_running(s, today)}
    assert set(rules) == {"Promotions -20%", "Argan week"}
    assert rules["Promotions -20%"].percent_off == Decimal("20")
    assert rules["Promotions -20%"].collection_id == promotions.id
    assert rules["Promotions -20%"].product_id is None
    assert rules["Argan week"].amount_off == Money.of("15.00")
    assert rules["Argan week"].product_id == argan.id


def test_rules_running_respects_the_dates_inclusively(db):
    with db.read() as s:
        today, _, _ = _demo(s)

        def names(day):
            return {r.name for r in rules_running(s, day)}

        # Argan week: today-3 .. today+11. Promotions -20%: today-30 .. today+60.
        assert names(today - timedelta(days=3)) == {"Promotions -20%", "Argan week"}
        assert names(today - timedelta(days=4)) == {"Promotions -20%"}
        assert names(today + timedelta(days=11)) == {"Promotions -20%", "Argan week"}
        assert names(today + timedelta(days=12)) == {"Promotions -20%"}
        assert names(today - timedelta(days=30)) == {"Promotions -20%"}
        assert names(today - timedelta(days=31)) == set()
        assert names(today + timedelta(days=60)) == {"Promotions -20%"}
        assert names(today + timedelta(days=61)) == set()


def test_an_inactive_promotion_is_not_running(db):
    with db.write() as s:
        s.get(Promotion, s.scalar(select(Promotion.id).where(Promotion.name == "Argan week"))
              ).active = False
    with db.read() as s:
        today, _, _ = _demo(s)
        assert {r.name for r in rules_running(s, today)} == {"Promotions -20%"}


def test_a_fractional_percentage_survives_the_database(db):
    with db.write() as s:
        today, promotions, _ = _demo(s)
        s.add(Promotion(name="Odd", percent_off=Decimal("12.5"), collection=promotions,
                        starts_on=today, active=True))
    with db.read() as s:
        rule = next(r for r in rules_running(s, today) if r.name == "Odd")
    assert rule.percent_off == Decimal("12.5")
    assert rule.ends_on is None


def test_demo_prices_under_the_running_rules(db):
    with db.read() as s:
        today, promotions, argan = _demo(s)
        rules = rules_running(s, today)
        tshirt = s.scalar(select(Product).where(Product.sku == "2001001"))
        tshirt_collections = frozenset(c.id for c in tshirt.collections)
        argan_collections = frozenset(c.id for c in argan.collections)
    assert promotions.id in tshirt_collections and promotions.id not in argan_collections
    tline = price_line(tshirt.price, 2, tshirt.id, tshirt_collections, rules, today)
    assert tline.discount == Money.of("31.60") and tline.total == Money.of("126.40")
    aline = price_line(argan.price, 1, argan.id, argan_collections, rules, today)
    assert aline.total == Money.of("105.00") and aline.promotion == "Argan week"
