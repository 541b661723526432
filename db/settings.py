"""Settings kept as JSON text in the settings table, one row a key (the shop, TikTok...)."""
from __future__ import annotations

import json

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from db.models import Setting

_settings = Setting.__table__
_VALUE_OF = select(_settings.c.value).where(_settings.c.key == bindparam("key"))


def load_json_setting(session: Session, key: str) -> dict | None:
    # Core on the session's connection: a fifth of an ORM select's cost (the checkout reads
    # the TikTok settings on every sale). Flushed first, as the ORM would, so a value saved
    # earlier in this session and not yet flushed is the one read.
    session.flush()
    text = session.connection().execute(_VALUE_OF, {"key": key}).scalar()
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
