"""Opening a shop: the database, upgraded to the current schema, with a demo shop if empty."""
from __future__ import annotations

from db.backup import keep_backups_private
from db.engine import Database, resolve_db_url
from db.migrate import upgrade_to_head
from pos.demo import ensure_demo_shop


def open_shop(url: str | None = None, seed_demo: bool = True) -> Database:
    db = Database(resolve_db_url(url))  # the shop's file made private, if it was not
    keep_backups_private(db.url)
    upgrade_to_head(db.engine)
    if seed_demo:
        ensure_demo_shop(db)
    return db
