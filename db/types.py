"""Column types that keep the domain's types intact through the database."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, TypeDecorator

from pos.money import Money


class MoneyType(TypeDecorator):
    """Money stored as whole minor units: exact, portable, summable in SQL."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Money):
            raise TypeError(f"expected Money, got {value!r}")
        return value.minor

    def process_result_value(self, value, dialect):
        return None if value is None else Money(int(value))


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: times are stored in UTC and must say so")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class PercentType(TypeDecorator):
    """A percentage kept exactly as hundredths of a percent (12.5% is 1250)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        hundredths = Decimal(value) * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"{value}% has more than two decimals")
        return int(hundredths)

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(int(value)) / 100
