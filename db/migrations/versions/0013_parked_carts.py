"""parked carts

parked_carts: the carts a clerk set aside (F6) to serve the next customer, kept across a
restart until recalled or voided. A till's own table: no foreign key to staff or products.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 05:40:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'parked_carts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('parked_at', sa.DateTime(), nullable=False),
        sa.Column('clerk_id', sa.Integer(), nullable=True),
        sa.Column('clerk_name', sa.String(length=80), nullable=False),
        sa.Column('checkout_key', sa.String(length=36), nullable=False),
        sa.Column('lines', sa.Text(), nullable=False),
        sa.Column('customer', sa.Text(), nullable=False),
        sa.Column('discount', sa.Text(), nullable=True),
        sa.Column('item_count', sa.Integer(), nullable=False),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_parked_carts')),
    )


def downgrade() -> None:
    op.drop_table('parked_carts')
