"""Settings kept as JSON text in the settings table, one row a key (the shop, TikTok...)."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting


def load_json_setting(session: Session, key: str) -> dict | None:
    # An ORM select, so the session autoflushes first: a value saved earlier in this
    # session and not yet flushed is the one read.
    text = session.scalar(select(Setting.value).where(Setting.key == key))
    return None if text is None else json.loads(text)


def save_json_setting(session: Session, key: str, value: dict) -> None:
    row = session.get(Setting, key)
    text = json.dumps(value, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def delete_setting(session: Session, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
