"""The audit log is append-only: the database itself refuses edits and deletions of its rows,
in SQLite by triggers that raise, in PostgreSQL by a trigger function that raises.

Migrations import this module (0002 makes the triggers; a migration that must write to the
log's rows, such as 0009's backfill, takes them away and puts them back).
"""
from alembic import op

MESSAGE = "the audit log is append-only"
VERBS = ("UPDATE", "DELETE")


def create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in VERBS:
            op.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                       f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        return
    op.execute("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$")
    for verb in VERBS:
        op.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")


def drop_triggers() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for verb in VERBS:
        op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb.lower()}"
                   + ("" if sqlite else " ON audit_log"))
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
