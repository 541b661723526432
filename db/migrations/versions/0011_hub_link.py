"""a till's link to its shop's hub

hub_link: one row once the till is attached (its shop and till codes, where its sync stands);
hub_pushed: per fact table, the highest local id the hub already has.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 22:55:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hub_link',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('shop', sa.String(length=16), nullable=False),
        sa.Column('till', sa.String(length=16), nullable=False),
        sa.Column('attached_at', sa.DateTime(), nullable=False),
        sa.Column('pulled_seq', sa.BigInteger(), nullable=False),
        sa.Column('last_push_at', sa.DateTime(), nullable=True),
        sa.Column('last_pull_at', sa.DateTime(), nullable=True),
        sa.Column('unreachable_since', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.CheckConstraint('id = 1', name=op.f('ck_hub_link_one_link')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_link')),
    )
    op.create_table(
        'hub_pushed',
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('last_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', name=op.f('pk_hub_pushed')),
    )


def downgrade() -> None:
    op.drop_table('hub_pushed')
    op.drop_table('hub_link')
