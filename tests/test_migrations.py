"""The schema comes from Alembic only, matches the models, and the shop opens as documented."""
from __future__ import annotations

import warnings

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import CheckConstraint, Column, Index, MetaData, String, event, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateIndex

from db.engine import BUSY_TIMEOUT_MS, Database
from db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from db.models import Base, Collection, Product, Promotion, Setting, Staff
from db.search import include_object
from pos.app import open_shop
from pos.catalog import find_by_code
from pos.demo import DEMO_PRODUCTS
from pos.staff import pin_matches
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN


@pytest.fixture
def new_db(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    yield db
    db.dispose()


def schema(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.execute(text(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")).all()


def differences(db: Database, metadata: MetaData) -> list:
    with warnings.catch_warnings():
        # SQLAlchemy cannot reflect an index of an expression from SQLite, and Alembic then
        # leaves the models' one out of the comparison: test_expression_indexes_* compare them.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        with db.engine.connect() as conn:
            # compare_type=True and include_object as in db/migrations/env.py. No compare_type callable is
            # needed for MoneyType / PercentType / UTCDateTime: Alembic compares a
            # TypeDecorator by its impl (BigInteger, DateTime), what the migration created.
            context = MigrationContext.configure(conn, opts={
                "compare_type": True, "include_object": include_object})
            return compare_metadata(context, metadata)


def check_constraints(db: Database) -> dict[str, set[str]]:
    """The CHECK constraints of each table, by name. compare_metadata leaves them out, and a
    batch migration that copies a table on SQLite must copy them too."""
    reflected = inspect(db.engine)
    return {table: {c["name"] for c in reflected.get_check_constraints(table)}
            for table in Base.metadata.tables}


def declared_check_constraints() -> dict[str, set[str]]:
    return {name: {c.name for c in table.constraints if isinstance(c, CheckConstraint)}
            for name, table in Base.metadata.tables.items()}


def expression_indexes(metadata: MetaData) -> list[Index]:
    return [index for table in metadata.tables.values() for index in table.indexes
            if any(not isinstance(e, Column) for e in index.expressions)]


def index_sql(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).all())


def test_an_empty_database_is_upgraded_to_head(new_db):
    assert current_revision(new_db.engine) is None
    upgrade_to_head(new_db.engine)
    head = head_revision(new_db.engine)
    assert head is not None
    assert current_revision(new_db.engine) == head
    tables = set(inspect(new_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_the_migrated_schema_matches_the_models(new_db):
    upgrade_to_head(new_db.engine)
    assert differences(new_db, Base.metadata) == []


def test_the_migrated_check_constraints_are_the_models(new_db):
    upgrade_to_head(new_db.engine)
    assert check_constraints(new_db) == declared_check_constraints()
    assert sum(map(len, declared_check_constraints().values())) > 15


def test_expression_indexes_are_created_as_the_models_declare_them(new_db):
    upgrade_to_head(new_db.engine)
    declared = expression_indexes(Base.metadata)
    assert [index.name for index in declared] == ["ix_products_sku_lower"]
    created = index_sql(new_db)
    for index in declared:
        assert created[index.name] == str(CreateIndex(index).compile(new_db.engine)).strip()


def test_the_sku_index_goes_with_its_migration(new_db):
    upgrade_to_head(new_db.engine)
    command.downgrade(alembic_config(new_db.engine), "0005")
    assert "ix_products_sku_lower" not in index_sql(new_db)
    upgrade_to_head(new_db.engine)
    assert "ix_products_sku_lower" in index_sql(new_db)


def test_the_comparison_would_see_a_type_change(new_db):
    # Guards the test above: with a column's type changed in the models, it must fail.
    upgrade_to_head(new_db.engine)
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["products"].c.price.type = String(20)
    diffs = differences(new_db, changed)
    assert [(d[0][0], d[0][2], d[0][3]) for d in diffs] == [("modify_type", "products", "price")]


def test_upgrading_twice_changes_nothing(new_db):
    upgrade_to_head(new_db.engine)
    with new_db.write() as s:
        s.add(Setting(key="kept", value='"yes"'))
    before = schema(new_db)
    upgrade_to_head(new_db.engine)
    assert schema(new_db) == before
    assert current_revision(new_db.engine) == head_revision(new_db.engine)
    with new_db.read() as s:
        assert s.get(Setting, "kept").value == '"yes"'


def test_downgrade_to_base_and_up_again(new_db):
    upgrade_to_head(new_db.engine)
    command.downgrade(alembic_config(new_db.engine), "base")
    assert current_revision(new_db.engine) is None
    assert set(inspect(new_db.engine).get_table_names()) <= {"alembic_version"}
    upgrade_to_head(new_db.engine)
    assert differences(new_db, Base.metadata) == []


def _pragmas(conn) -> dict:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}


def test_pragmas_are_in_force_on_every_connection(new_db):
    upgrade_to_head(new_db.engine)
    expected = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                "busy_timeout": BUSY_TIMEOUT_MS}
    assert BUSY_TIMEOUT_MS > 0
    with new_db.engine.connect() as conn:
        assert _pragmas(conn) == expected
    with new_db.write() as s:
        assert _pragmas(s.connection()) == expected
    with new_db.read() as s:
        assert _pragmas(s.connection()) == expected


def test_foreign_keys_are_enforced(new_db):
    upgrade_to_head(new_db.engine)
    with pytest.raises(IntegrityError):
        with new_db.write() as s:
            s.execute(text("INSERT INTO product_collections (product_id, collection_id) "
                           "VALUES (999, 999)"))


# --- opening a shop ------------------------------------------------------------------------

def _shop_contents(db: Database) -> dict:
    with db.read() as s:
        def n(model):
            return s.scalar(select(func.count()).select_from(model))
        return {
            "products": n(Product),
            "collections": sorted(s.scalars(select(Collection.name))),
            "staff": sorted(s.execute(select(Staff.name, Staff.role)).all()),
            "promotions": sorted(s.scalars(select(Promotion.name))),
            "settings": n(Setting),
        }


def test_opening_a_new_shop_creates_the_demo_shop_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    db = open_shop(url)
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        contents = _shop_contents(db)
        assert contents["products"] == 24 == len(DEMO_PRODUCTS)
        assert {"Featured collection", "Promotions"} <= set(contents["collections"])
        assert len(contents["collections"]) == len(set(contents["collections"]))
        assert contents["staff"] == [(CLERK_NAME, "clerk"), (MANAGER_NAME, "manager")]
        assert contents["promotions"] == ["Argan week", "Promotions -20%"]
        with db.read() as s:
            pins = dict(s.execute(select(Staff.name, Staff.pin_hash)).all())
            featured = s.scalar(select(Collection).where(Collection.name == "Featured collection"))
            assert len(featured.products) > 0
        assert pin_matches(CLERK_PIN, pins[CLERK_NAME])
        assert pin_matches(MANAGER_PIN, pins[MANAGER_NAME])
    finally:
        db.dispose()

    again = open_shop(url)
    try:
        assert _shop_contents(again) == contents
    finally:
        again.dispose()


def test_opening_without_demo_leaves_the_shop_empty(tmp_path):
    db = open_shop(f"sqlite:///{tmp_path / 'shop.sqlite3'}", seed_demo=False)
    try:
        contents = _shop_contents(db)
        assert (contents["products"], contents["staff"]) == (0, [])
    finally:
        db.dispose()


def test_a_sku_is_found_in_any_case_from_its_index(db):
    with db.write() as s:
        s.scalar(select(Product).where(Product.sku == "7001001")).sku = "TEA-Menthe-7001"
        s.scalar(select(Product).where(Product.sku == "7001002")).sku = "RAS-ÉPICE-7002"
    statements = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.read() as s:
            found = [find_by_code(s, typed).name for typed in (
                "TEA-Menthe-7001", "tea-menthe-7001", " TEA-MENTHE-7001 ")]
            assert found == ["Mint tea, loose, 100 g"] * 3
            # Letters outside ASCII as typed: both sides folded by the same lower().
            assert find_by_code(s, "ras-Épice-7002").name == "Ras el hanout, 50 g"
            assert find_by_code(s, "tea-menthe") is None
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    by_sku = [(sql, params) for sql, params in statements if "lower(" in sql]
    assert by_sku
    with db.engine.connect() as conn:
        for sql, params in by_sku:  # the very query the counter runs, as SQLite plans it
            plan = " ".join(row[3] for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", params))
            assert "USING INDEX ix_products_sku_lower" in plan, plan


# --- 0008: shared SKUs, Shopify variant keys, stock not counted ------------------------------

def _links_and_promotions(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                     for t in ("products", "product_collections", "promotions"))


def test_0008_upgrades_a_shop_keeping_its_links_indexes_and_search(db):
    from pos.catalog import search_products
    command.downgrade(alembic_config(db.engine), "0007")
    before = _links_and_promotions(db)
    assert before[1] > 0 and before[2] > 0
    upgrade_to_head(db.engine)
    # The rebuild of products deleted no row of the tables referring to it.
    assert _links_and_promotions(db) == before
    assert differences(db, Base.metadata) == []
    assert "ix_products_sku_lower" in index_sql(db)
    with db.write() as s:
        mint = s.scalar(select(Product).where(Product.sku == "7001001"))
        assert (mint.stock_counted, mint.oversell_allowed, mint.shopify_key) == (True, False, None)
        # Two products may share a SKU now; a Shopify key stays unique.
        s.add(Product(sku="7001001", name="Menthe fraîche en bouquet", search_key="menthe fraiche en bouquet 7001001",
                      price=mint.price, shopify_key="menthe/bouquet"))
    with db.read() as s:
        assert len(search_products(s, "bouquet")) == 1  # the search triggers are back
        assert {p.name for p in search_products(s, "7001001")} == {
            "Mint tea, loose, 100 g", "Menthe fraîche en bouquet"}
    with pytest.raises(IntegrityError):
        with db.write() as s:
            s.add(Product(sku="X-1", name="x", search_key="x", price=mint.price,
                          shopify_key="menthe/bouquet"))


def test_0008_downgrade_makes_shared_skus_unique_again(db):
    with db.write() as s:
        mint = s.scalar(select(Product).where(Product.sku == "7001001"))
        twin = Product(sku="7001001", name="Mint tea, twin", search_key="mint tea twin",
                       price=mint.price, stock_counted=False)
        s.add(twin)
        s.flush()
        twin_id = twin.id
    before = _links_and_promotions(db)
    command.downgrade(alembic_config(db.engine), "0007")
    assert _links_and_promotions(db) == before
    with db.engine.connect() as conn:
        skus = dict(conn.execute(text("SELECT id, sku FROM products")).all())
        assert skus[twin_id] == f"7001001-{twin_id}" and list(skus.values()).count("7001001") == 1
        columns = {c["name"] for c in inspect(conn).get_columns("products")}
        assert not {"shopify_key", "stock_counted", "oversell_allowed"} & columns
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE products SET sku = '7001001' WHERE id = :id"),
                         {"id": twin_id})
    upgrade_to_head(db.engine)
    assert differences(db, Base.metadata) == []


def _statements_of_an_upgrade(db) -> list[str]:
    seen = []
    listen = lambda _c, _cur, statement, *_a: seen.append(statement)  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        upgrade_to_head(db.engine)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return seen


def test_opening_an_up_to_date_shop_checks_no_foreign_key(db):
    """The check reads every row: at each start of a shop of a million sales it cost a second."""
    assert not [s for s in _statements_of_an_upgrade(db) if "foreign_key_check" in s]


def test_a_migration_that_ran_is_checked_for_foreign_keys(db):
    command.downgrade(alembic_config(db.engine), "-1")
    assert [s for s in _statements_of_an_upgrade(db) if "foreign_key_check" in s]
