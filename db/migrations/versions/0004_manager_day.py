"""cash close, customer phone hash, report indexes

Cash movements and day closes for the manager's cash close; sales.customer_phone_hash
(SHA-256 hex of the E.164 phone) so the returns review can spot a returning customer
without reading phone numbers, filled here for the sales already made.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 08:50:35.976192
"""
import hashlib

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cash_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("amount > 0 OR (kind = 'float' AND amount = 0)", name=op.f('ck_cash_movements_amount_positive')),
    sa.CheckConstraint("kind IN ('float', 'in', 'out')", name=op.f('ck_cash_movements_kind')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_cash_movements_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_movements'))
    )
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_movements_business_date'), ['business_date'], unique=False)

    op.create_table('day_closes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('counted', sa.BigInteger(), nullable=False),
    sa.Column('expected', sa.BigInteger(), nullable=False),
    sa.Column('difference', sa.BigInteger(), nullable=False),
    sa.Column('counted_by_denomination', sa.Text(), nullable=False),
    sa.Column('closed_by_id', sa.Integer(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('counted >= 0', name=op.f('ck_day_closes_counted_not_negative')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff.id'], name=op.f('fk_day_closes_closed_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_closes')),
    sa.UniqueConstraint('business_date', name=op.f('uq_day_closes_business_date'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_business_date_status', ['business_date', 'status'], unique=False)

    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.add_column(sa.Column('customer_phone_hash', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_sales_business_date_total', ['business_date', 'total'], unique=False)
        batch_op.create_index(batch_op.f('ix_sales_customer_phone_hash'), ['customer_phone_hash'], unique=False)

    # The same digest as tracking.hashing.sha256_hex, written out so this migration keeps
    # working whatever later becomes of the application code.
    bind = op.get_bind()
    sales = bind.execute(sa.text(
        "SELECT id, customer_phone FROM sales WHERE customer_phone IS NOT NULL")).all()
    hashes = [{"id": sale_id, "hash": hashlib.sha256(phone.encode("utf-8")).hexdigest()}
              for sale_id, phone in sales]
    for start in range(0, len(hashes), 10_000):
        bind.execute(sa.text("UPDATE sales SET customer_phone_hash = :hash WHERE id = :id"),
                     hashes[start:start + 10_000])


def downgrade() -> None:
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_customer_phone_hash'))
        batch_op.drop_index('ix_sales_business_date_total')
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch copy: with foreign keys on, a
    # copy would have to drop the sales table that returns and payments point to.
    op.drop_column('sales', 'customer_phone_hash')

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_business_date_status')

    op.drop_table('day_closes')
    with op.batch_alter_table('cash_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_movements_business_date'))

    op.drop_table('cash_movements')