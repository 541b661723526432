"""an index of the SKUs in lower case

A SKU typed at the counter is looked up in any case, as lower(sku) = lower(?): without an
index of that expression SQLite reads every product (12 ms with 100,000 of them).

SQLAlchemy cannot reflect an expression index from SQLite, so a later batch migration that
recreates the products table would leave it out: such a migration creates it again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:40:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_products_sku_lower', 'products', [sa.text('lower(sku)')], unique=False)


def downgrade() -> None:
    op.drop_index('ix_products_sku_lower', table_name='products')
