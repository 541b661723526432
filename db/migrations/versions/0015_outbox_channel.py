"""outbox channel: each TikTok event keeps the channel it was queued under

- outbox.event_source, outbox.event_source_id (nullable): 'web' and the pixel code, or
  'offline' and the offline event set's id. A switch in the TikTok settings applies to later
  sales only; the sender groups waiting events by their own channel. NULL (rows queued
  before this revision): sent under the current settings, as before.
- outbox.status may be 'not_sent': a sale's event kept to be counted, never sent (the reason
  code in last_error, e.g. no_match_key).

The outbox is a till's own table (no foreign key to any master table is added).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 07:45:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

OLD_STATUSES = "status IN ('waiting', 'sent', 'failed', 'expired')"
NEW_STATUSES = "status IN ('waiting', 'sent', 'failed', 'expired', 'not_sent')"


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_source', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('event_source_id', sa.String(length=64), nullable=True))
        batch_op.drop_constraint(batch_op.f('ck_outbox_status'), type_='check')
        batch_op.create_check_constraint('status', NEW_STATUSES)


def downgrade() -> None:
    # Events never to be sent have no status before 0015: they go (they were only counted).
    op.execute("DELETE FROM outbox WHERE status = 'not_sent'")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_outbox_status'), type_='check')
        batch_op.create_check_constraint('status', OLD_STATUSES)
        batch_op.drop_column('event_source_id')
        batch_op.drop_column('event_source')
