"""the typed search's word index in SQLite's FTS5, in place of product_words

product_search: an FTS5 index of the products' search keys (external content: the keys
stay in products), its words made by the unicode61 tokenizer with remove_diacritics 2;
product_search_trigram: the same keys by the trigram tokenizer, for words typed from
their middle. Three triggers each keep them in step with every insert, delete and change
of a search key, however made (the ORM, Core, an import, the sqlite3 shell): nothing in
the application keeps them any more, and product_words goes.

A later batch migration that recreates the products table drops these triggers with it:
such a migration creates them again (see triggers()).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 20:40:00.000000
"""
import re

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

INDEXES = {
    "product_search": "unicode61 remove_diacritics 2",
    "product_search_trigram": "trigram",
}


def triggers(index: str) -> dict[str, str]:
    """The triggers that keep an index in step with products, by name."""
    add = f"INSERT INTO {index} (rowid, search_key) VALUES (new.id, new.search_key);"
    remove = (f"INSERT INTO {index} ({index}, rowid, search_key) "
              "VALUES ('delete', old.id, old.search_key);")
    return {f"{index}_insert": f"AFTER INSERT ON products BEGIN {add} END",
            f"{index}_delete": f"AFTER DELETE ON products BEGIN {remove} END",
            f"{index}_update": f"AFTER UPDATE OF search_key ON products BEGIN {remove} {add} END"}


def upgrade() -> None:
    # Only a till's SQLite searches the catalog as it is typed; a hub on PostgreSQL has no
    # such search, so it gets no index (db/search.py's include_object hides them anyway).
    if op.get_bind().dialect.name == 'sqlite':
        for index, tokenizer in INDEXES.items():
            op.execute(f"CREATE VIRTUAL TABLE {index} USING fts5(search_key, "
                       f"content='products', content_rowid='id', tokenize='{tokenizer}')")
            for name, body in triggers(index).items():
                op.execute(f"CREATE TRIGGER {name} {body}")
            op.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
    op.drop_table('product_words')


def downgrade() -> None:
    op.create_table('product_words',
    sa.Column('word', sa.String(length=64), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_words_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('word', 'product_id', name=op.f('pk_product_words')),
    sqlite_with_rowid=False
    )
    # The words as migration 0005 made them.
    bind = op.get_bind()
    rows = []
    for product_id, key in bind.execute(sa.text("SELECT id, search_key FROM products")).all():
        words = set()
        for word in re.findall(r"\w+", key or ""):
            words.add(word[:64])
            if word.startswith("\u0627\u0644") and len(word) > 4:
                words.add(word[2:66])
        rows.extend({"word": w, "product_id": product_id} for w in words)
    for start in range(0, len(rows), 10_000):
        bind.execute(sa.text("INSERT INTO product_words (word, product_id) "
                             "VALUES (:word, :product_id)"), rows[start:start + 10_000])
    if op.get_bind().dialect.name != 'sqlite':
        return
    for index in INDEXES:
        for name in triggers(index):
            op.execute(f"DROP TRIGGER {name}")
        op.execute(f"DROP TABLE {index}")
