"""The hub's schema: the till's tables (db/migrations), then the hub layer
(db/hub/migrations, its own Alembic chain and version table).

hub_metadata() describes the result, derived from the till's models by the hub layer's
rules, so a test can check that the upgraded hub is exactly that."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (BigInteger, Column, Connection, DateTime, Engine, ForeignKeyConstraint,
                        Index, MetaData, PrimaryKeyConstraint, String, Table, UniqueConstraint,
                        Uuid, text)
from sqlalchemy.dialects.postgresql import JSONB

from db.migrate import upgrade_to_head

HUB_MIGRATIONS = Path(__file__).parent / "migrations"
HUB_VERSION_TABLE = "hub_alembic_version"

# Master data: made on the hub (by a manager at any till), pulled by every till of the shop.
MASTER_TABLES = frozenset({"staff", "collections", "products", "product_collections",
                           "promotions", "policy_versions", "settings"})
# Facts: made at one till, pushed to the hub, never changed.
FACT_TABLES = frozenset({"sales", "sale_lines", "payments", "returns", "return_lines",
                         "stock_movements", "cash_movements", "day_closes", "audit_log"})
# A fact's number is unique within its till of its shop, exactly as the till printed it.
TILL_NUMBERS = {"sales": "order_number", "returns": "return_number",
                "day_closes": "business_date"}
SHOP_CODE_LENGTH = 16
TILLS_ROLE = "counter_tills"


def hub_alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HUB_MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade_hub(engine: Engine) -> None:
    """Creates or upgrades the hub's schema; at its head already, changes nothing."""
    if engine.dialect.name != "postgresql":
        raise ValueError("a shop's hub is a PostgreSQL database")
    upgrade_to_head(engine)
    command.upgrade(hub_alembic_config(engine), "head")


def current_hub_revision(bind: Engine | Connection) -> str | None:
    """The hub layer's revision in this database; None: not a hub (yet)."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return current_hub_revision(conn)
    context = MigrationContext.configure(bind, opts={"version_table": HUB_VERSION_TABLE})
    return context.get_current_revision()


def hub_revision() -> str:
    """The hub layer's newest revision, the one upgrade_hub leaves a hub at."""
    config = Config()
    config.set_main_option("script_location", str(HUB_MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


# --- the hub's schema, from the till's models ---------------------------------------------------

def hub_metadata() -> MetaData:
    from db.models import Base

    metadata = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    for name in sorted(MASTER_TABLES | FACT_TABLES):
        # In a master table's key: declared so, the new key's columns are the key columns.
        metadata.tables[name].append_column(_shop_column(primary_key=name in MASTER_TABLES))
    for name in sorted(FACT_TABLES):
        metadata.tables[name].append_column(
            Column("till", String(16), server_default=text("counter_till()")),
            replace_existing=True)
    for name in sorted(MASTER_TABLES):
        _key_by_shop(metadata.tables[name])
    for name, column in TILL_NUMBERS.items():
        table = metadata.tables[name]
        for unique in _uniques(table):
            if [c.name for c in unique.columns] == [column]:
                _replace(table, unique, UniqueConstraint("shop", "till", column, name=unique.name))
    for table in metadata.tables.values():
        for key in list(table.foreign_key_constraints):
            if key.referred_table.name in MASTER_TABLES:
                _replace(table, key, _within_shop(key))
    _hub_tables(metadata)
    return metadata


def _shop_column(primary_key: bool) -> Column:
    return Column("shop", String(SHOP_CODE_LENGTH), nullable=False, primary_key=primary_key,
                  server_default=text("counter_shop()"))


def _uniques(table: Table) -> list[UniqueConstraint]:
    return [c for c in table.constraints if isinstance(c, UniqueConstraint)]


def _key_by_shop(table: Table) -> None:
    """A master row is known by its shop and its key; hub_seq numbers its last change."""
    primary = table.primary_key
    _replace(table, primary,
             PrimaryKeyConstraint("shop", *primary.columns.keys(), name=f"pk_{table.name}"))
    for unique in _uniques(table):
        _replace(table, unique,
                 UniqueConstraint("shop", *unique.columns.keys(), name=unique.name))
    table.append_column(Column("hub_seq", BigInteger, nullable=False))
    Index(f"ix_{table.name}_shop_hub_seq", table.c.shop, table.c.hub_seq)


def _within_shop(key: ForeignKeyConstraint) -> ForeignKeyConstraint:
    referred = key.referred_table.name
    return ForeignKeyConstraint(
        ["shop", *key.column_keys],
        [f"{referred}.shop", *(f"{referred}.{e.column.name}" for e in key.elements)],
        name=key.name, ondelete=key.ondelete)


def _replace(table: Table, old, new) -> None:
    table.constraints.discard(old)
    if isinstance(old, ForeignKeyConstraint):
        for element in old.elements:
            element.parent.foreign_keys.discard(element)
            table.foreign_keys.discard(element)
    table.append_constraint(new)


def _hub_tables(metadata: MetaData) -> None:
    Table("shops", metadata,
          Column("code", String(SHOP_CODE_LENGTH), primary_key=True),
          Column("name", String(120)))
    Table("tills", metadata,
          Column("shop", String(SHOP_CODE_LENGTH), primary_key=True),
          Column("code", String(16), primary_key=True),
          Column("role_name", String(63), nullable=False),
          Column("created_at", DateTime, nullable=False,
                 server_default=text("timezone('utc', now())")),
          UniqueConstraint("role_name", name="uq_tills_role_name"),
          ForeignKeyConstraint(["shop"], ["shops.code"], name="fk_tills_shop_shops"))
    Table("hub_deletions", metadata,
          Column("seq", BigInteger, primary_key=True, autoincrement=False),
          Column("shop", String(SHOP_CODE_LENGTH), nullable=False),
          Column("table_name", String(63), nullable=False),
          Column("key", JSONB, nullable=False),
          Index("ix_hub_deletions_shop_seq", "shop", "seq"))
    # The sales a customer's erasure blanked (h0003), for the other tills to blank theirs.
    Table("hub_erasures", metadata,
          Column("seq", BigInteger, primary_key=True, autoincrement=False),
          Column("shop", String(SHOP_CODE_LENGTH), nullable=False),
          Column("sale_uid", Uuid, nullable=False),
          Index("ix_hub_erasures_shop_seq", "shop", "seq"))
