"""each staff member's language

staff.language: the language the window speaks while they are logged in ('fr', 'ar', 'en'),
or NULL for the shop's own. The shop's language and the receipt's are in the shop's settings.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 01:45:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('language', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('language')
