"""store credit and split payments

- returns.credit_code, returns.credit_expires_on: a refund given as store credit is a credit
  note: its code (printed with a barcode) and the day it expires.
- payments.credit_code: a payment by store credit names the note it spent; a sale may now be
  paid by several payments (cash, card, credit notes), and the method check allows 'credit'.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 07:00:00.000000
"""
import warnings
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

OLD_METHODS = "method IN ('cash', 'card', 'exchange')"
NEW_METHODS = "method IN ('cash', 'card', 'exchange', 'credit')"


@contextmanager
def altering(table: str):
    """SQLite alters by copying the table, reflecting those it points to: products, whose
    lower(sku) index SQLAlchemy cannot read (the copy does not need it)."""
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', 'Skipped unsupported reflection of expression')
        with op.batch_alter_table(table, schema=None) as batch_op:
            yield batch_op


def upgrade() -> None:
    with altering('returns') as batch_op:
        batch_op.add_column(sa.Column('credit_code', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('credit_expires_on', sa.Date(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_returns_credit_code'), ['credit_code'])
    with altering('payments') as batch_op:
        batch_op.add_column(sa.Column('credit_code', sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f('ix_payments_credit_code'), ['credit_code'])
        batch_op.drop_constraint(batch_op.f('ck_payments_method'), type_='check')
        batch_op.create_check_constraint('method', NEW_METHODS)


def downgrade() -> None:
    with altering('payments') as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_payments_method'), type_='check')
        batch_op.create_check_constraint('method', OLD_METHODS)
        batch_op.drop_index(batch_op.f('ix_payments_credit_code'))
        batch_op.drop_column('credit_code')
    with altering('returns') as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_returns_credit_code'), type_='unique')
        batch_op.drop_column('credit_expires_on')
        batch_op.drop_column('credit_code')
