"""Column types that keep the domain's types intact through the database."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from uuid import UUID

from sqlalchemy import BigInteger, DateTime, TypeDecorator
from uuid_utils.compat import uuid7

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


def new_uid() -> UUID:
    """An id no other till or shop will ever make: a UUID version 7, which begins with the
    time it was made in milliseconds, so ids made one after another sort in that order (and
    go to the end of an index, as a counter's numbers would)."""
    return uuid7()


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
