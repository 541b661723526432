"""returns, policy versions, audit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 08:19:51.728065
"""
from alembic import op
import sqlalchemy as sa

from db.migrations import append_only


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_log_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_created_at'), ['created_at'], unique=False)

    op.create_table('policy_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('settings', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff.id'], name=op.f('fk_policy_versions_created_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_versions'))
    )
    op.create_table('returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_number', sa.String(length=32), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('clerk_id', sa.Integer(), nullable=False),
    sa.Column('remedy', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('returned_value', sa.BigInteger(), nullable=False),
    sa.Column('deduction', sa.BigInteger(), nullable=False),
    sa.Column('refund', sa.BigInteger(), nullable=False),
    sa.Column('refund_method', sa.String(length=8), nullable=True),
    sa.Column('exchange_sale_id', sa.Integer(), nullable=True),
    sa.Column('collected', sa.BigInteger(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('override_by_id', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('shipped_city', sa.String(length=120), nullable=True),
    sa.Column('shipped_address', sa.String(length=300), nullable=True),
    sa.CheckConstraint('refund + deduction <= returned_value', name=op.f('ck_returns_refund_within_value')),
    sa.CheckConstraint('refund >= 0 AND deduction >= 0 AND returned_value >= 0 AND collected >= 0', name=op.f('ck_returns_amounts_not_negative')),
    sa.ForeignKeyConstraint(['clerk_id'], ['staff.id'], name=op.f('fk_returns_clerk_id_staff')),
    sa.ForeignKeyConstraint(['exchange_sale_id'], ['sales.id'], name=op.f('fk_returns_exchange_sale_id_sales')),
    sa.ForeignKeyConstraint(['override_by_id'], ['staff.id'], name=op.f('fk_returns_override_by_id_staff')),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_versions.id'], name=op.f('fk_returns_policy_version_id_policy_versions')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_returns_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_returns')),
    sa.UniqueConstraint('return_number', name=op.f('uq_returns_return_number'))
    )
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_returns_business_date'), ['business_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_returns_sale_id'), ['sale_id'], unique=False)

    op.create_table('return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('sale_line_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('original_condition', sa.Boolean(), nullable=False),
    sa.Column('original_packaging', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('returned_value', sa.BigInteger(), nullable=False),
    sa.Column('deduction', sa.BigInteger(), nullable=False),
    sa.Column('refund', sa.BigInteger(), nullable=False),
    sa.Column('restocked', sa.Boolean(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('photo_name', sa.String(length=200), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_return_lines_quantity_positive')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_return_lines_product_id_products')),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], name=op.f('fk_return_lines_return_id_returns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sale_line_id'], ['sale_lines.id'], name=op.f('fk_return_lines_sale_line_id_sale_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_lines'))
    )
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_lines_return_id'), ['return_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_return_lines_sale_line_id'), ['sale_line_id'], unique=False)

    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('return_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_stock_movements_return_id'), ['return_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_stock_movements_return_id_returns'), 'returns', ['return_id'], ['id'])

    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payments_method'), type_='check')
        batch_op.create_check_constraint(op.f('ck_payments_method'),
                                         "method IN ('cash', 'card', 'exchange')")

    append_only.create_triggers()


def downgrade() -> None:
    append_only.drop_triggers()
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_payments_method'), type_='check')
        batch_op.create_check_constraint(op.f('ck_payments_method'), "method IN ('cash', 'card')")
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_stock_movements_return_id_returns'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_stock_movements_return_id'))
        batch_op.drop_column('return_id')

    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_lines_sale_line_id'))
        batch_op.drop_index(batch_op.f('ix_return_lines_return_id'))

    op.drop_table('return_lines')
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_returns_sale_id'))
        batch_op.drop_index(batch_op.f('ix_returns_business_date'))

    op.drop_table('returns')
    op.drop_table('policy_versions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_created_at'))

    op.drop_table('audit_log')
