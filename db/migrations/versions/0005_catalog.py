"""product search words, catalog indexes

product_words: each word of a product's search key, so the counter's search and the
products screen find products by the start of a word from an index instead of reading
all of them; filled here for the products already in the shop. An index of a collection's
products, for the products screen's filter.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 09:43:35.331265
"""
import re

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('product_words',
    sa.Column('word', sa.String(length=64), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_words_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('word', 'product_id', name=op.f('pk_product_words')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('product_collections', schema=None) as batch_op:
        batch_op.create_index('ix_product_collections_collection_id', ['collection_id', 'product_id'], unique=False)

    # The same words as db.models.search_words, written out so this migration keeps
    # working whatever later becomes of the application code.
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


def downgrade() -> None:
    with op.batch_alter_table('product_collections', schema=None) as batch_op:
        batch_op.drop_index('ix_product_collections_collection_id')

    op.drop_table('product_words')
