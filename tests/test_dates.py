"""pos/dates.py: the shop's dates through babel, as the screens and the papers show them."""
from datetime import date, datetime

from pos.dates import (format_date, format_date_time, format_day_month, format_medium_date,
                       format_time, format_weekday_date, qt_date_pattern)

DAY = date(2026, 1, 5)
MOMENT = datetime(2026, 1, 5, 4, 5, 9)


def test_the_moroccan_shop_reads_day_month_year_and_the_24_hour_clock():
    assert format_date(DAY, "fr_MA") == "05/01/2026"
    assert format_day_month(DAY, "fr_MA") == "05/01"
    assert format_time(MOMENT, "fr_MA") == "04:05"
    assert format_time(MOMENT, "fr_MA", seconds=True) == "04:05:09"
    assert format_date_time(MOMENT, "fr_MA", " at ") == "05/01/2026 at 04:05"
    assert format_date_time(MOMENT, "fr_MA", seconds=True) == "05/01/2026 04:05:09"
    assert format_weekday_date(DAY, "fr_MA") == "Monday 05/01/2026"


def test_another_locale_gets_its_own_order():
    assert format_date(DAY, "en_US") == "1/5/26"
    assert format_time(MOMENT, "en_US").startswith("4:05")


def test_a_date_inside_a_sentence_and_a_date_field_follow_the_locale():
    assert format_medium_date(DAY, "fr_MA") == "5 Jan 2026"  # English words, the shop's order
    assert qt_date_pattern("fr_MA") == "dd/MM/yyyy"  # Qt's four-digit year
    assert qt_date_pattern("en_US") == "M/d/yy"
