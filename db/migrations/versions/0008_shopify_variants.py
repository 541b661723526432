"""products for real Shopify exports: shared SKUs, variants keyed by handle and options,
stock not counted, overselling allowed

- products.sku is no longer unique (Shopify does not enforce it): an ordinary index on sku
  takes the unique one's place, and ix_products_sku_lower (0006) stays as it was.
- products.shopify_key: a Shopify variant's Handle and option values, unique when given.
- products.stock_counted: false for products imported without a tracked quantity.
- products.oversell_allowed: Shopify's inventory policy "continue".

Dropping the unique constraint rebuilds the products table (SQLite batch mode), which drops
its expression index and the search triggers of 0007: both are created again. env.py runs
the migrations with foreign keys off, so the rebuild's DROP TABLE deletes no row of the
tables that refer to products.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 21:20:00.000000
"""
import importlib.util
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _search_triggers() -> dict[str, str]:
    """0007's triggers, by name, for both search indexes."""
    path = Path(__file__).with_name("0007_product_search_fts5.py")
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = {}
    for index in module.INDEXES:
        found.update(module.triggers(index))
    return found


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _recreate() -> str:
    """SQLite rebuilds the table to change a constraint; PostgreSQL alters it in place."""
    return "always" if _on_sqlite() else "auto"


def _restore_what_the_rebuild_dropped() -> None:
    op.create_index('ix_products_sku_lower', 'products', [sa.text('lower(sku)')], unique=False)
    if _on_sqlite():  # the search indexes (0007) are a till's, on SQLite only
        for name, body in _search_triggers().items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    # Dropped first: batch mode cannot reflect an expression index, and would warn.
    op.drop_index('ix_products_sku_lower', table_name='products')
    with op.batch_alter_table('products', schema=None, recreate=_recreate()) as batch_op:
        batch_op.add_column(sa.Column('shopify_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('stock_counted', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column('oversell_allowed', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.drop_constraint('uq_products_sku', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_products_shopify_key'), ['shopify_key'])
        batch_op.create_index(batch_op.f('ix_products_sku'), ['sku'], unique=False)
    _restore_what_the_rebuild_dropped()


def downgrade() -> None:
    # A SKU shared by several products gets the product's id after it on all but the first,
    # so the unique constraint can come back.
    op.execute("UPDATE products SET sku = substr(sku, 1, 50) || '-' || id WHERE id NOT IN "
               "(SELECT min(id) FROM products GROUP BY sku)")
    op.drop_index('ix_products_sku_lower', table_name='products')
    with op.batch_alter_table('products', schema=None, recreate=_recreate()) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_sku'))
        batch_op.drop_constraint('uq_products_shopify_key', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_products_sku'), ['sku'])
        batch_op.drop_column('oversell_allowed')
        batch_op.drop_column('stock_counted')
        batch_op.drop_column('shopify_key')
    _restore_what_the_rebuild_dropped()
