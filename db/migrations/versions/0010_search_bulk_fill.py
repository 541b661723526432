"""the search indexes filled a chunk at a time by a bulk import

0007's insert triggers index each new product as it is inserted, however it is made. For a
bulk import that costs about three times what filling the indexes once per chunk costs
(`INSERT … SELECT` from products): the insert triggers now stand aside while the one row of
product_search_deferred exists. The import writes that row, fills the indexes itself after
each chunk, and deletes the row again, all in its own transaction, so a crash leaves
neither the row nor a product the indexes miss. Changes and deletions keep 0007's triggers.
On PostgreSQL (a hub) there is no search index, so nothing changes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 22:20:00.000000
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

INDEXES = ("product_search", "product_search_trigram")
DEFERRED = "product_search_deferred"


def _insert_trigger(index: str, when: str) -> str:
    return (f"CREATE TRIGGER {index}_insert AFTER INSERT ON products {when}BEGIN "
            f"INSERT INTO {index} (rowid, search_key) VALUES (new.id, new.search_key); END")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE TABLE {DEFERRED} (id INTEGER PRIMARY KEY CHECK (id = 1))")
    for index in INDEXES:
        op.execute(f"DROP TRIGGER {index}_insert")
        op.execute(_insert_trigger(index, f"WHEN NOT EXISTS (SELECT 1 FROM {DEFERRED}) "))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for index in INDEXES:
        op.execute(f"DROP TRIGGER {index}_insert")
        op.execute(_insert_trigger(index, ""))
    op.execute(f"DROP TABLE {DEFERRED}")
