"""Prefix matching that an index can answer, whatever the database.

SQLite's LIKE uses no index on an ordinary column (it ignores case, the index does not),
so there a prefix is written as a range of the binary order: every string starting with
'sa' sorts from 'sa' up to 'sa' followed by the last code point. Other databases get
LIKE, which they can answer from a suitable index.
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

LAST_CODE_POINT = "\U0010ffff"


def starts_with(session: Session, column, prefix: str) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        return and_(column >= prefix, column < prefix + LAST_CODE_POINT)
    return column.startswith(prefix, autoescape=True)
