"""A till and its hub, on a real PostgreSQL server: attaching, pushing facts, pulling the
shop's master data and stock (issue 15)."""
from __future__ import annotations

import shutil
import socket
import time

import pytest
from sqlalchemy import func, select, text

from db.engine import Database
from db.hub.link import FACT_TABLES, load_link, waiting_count
from db.hub.push import mark, push
from db.hub.schema import upgrade_hub
from db.hub.sync import AttachRefused, HubUnreachable, attach, hub_database, sync_once
from db.hub.tills import add_till
from db.models import HubLink, Product, Promotion, Sale, SaleLine, StockMovement
from pos.checkout import CardPayment, complete_sale
from pos.money import Money
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, cart_of, demo_staff


@pytest.fixture
def hub(pg_db):
    upgrade_hub(pg_db.engine)
    return pg_db


def a_till(template: Database, tmp_path, name: str) -> Database:
    """Another till's SQLite file, a copy of the demo shop's."""
    path = tmp_path / f"{name}.sqlite3"
    shutil.copy(template.url.removeprefix("sqlite:///"), path)
    return Database(f"sqlite:///{path}")


def sell(till: Database, *lines) -> Sale:
    cart = cart_of(till, *lines)
    with till.write() as session:
        return complete_sale(session, cart, CardPayment(), demo_staff(session, CLERK_NAME),
                             load_shop_settings(session))


def hub_count(hub: Database, table: str) -> int:
    with hub.read() as session:
        return session.scalar(text(f"SELECT count(*) FROM {table}"))


def local_count(till: Database, table: str) -> int:
    with till.read() as session:
        return session.scalar(text(f"SELECT count(*) FROM {table}"))


def hub_stock(hub: Database, sku: str) -> int:
    with hub.read() as session:
        return session.scalar(select(Product.stock).where(Product.sku == sku))


def local_stock(till: Database, sku: str) -> int:
    with till.read() as session:
        return session.scalar(select(Product.stock).where(Product.sku == sku))


def next_transaction_id(hub: Database) -> int:
    with hub.read() as session:
        return int(session.scalar(text("SELECT pg_snapshot_xmax(pg_current_snapshot())")))


def some_sku(till: Database, index: int = 0) -> str:
    with till.read() as session:
        return session.scalars(select(Product.sku).where(Product.stock > 5)
                               .order_by(Product.id)).all()[index]


def test_the_first_till_brings_its_catalog_and_its_whole_history(hub, db):
    sku = some_sku(db)
    sales = [sell(db, (sku, 2)) for _ in range(3)]
    stock_before = local_stock(db, sku)
    result = attach(db, add_till(hub.engine, "CASA", "T1"), "casa", "t1", keep_url=False)

    assert result.waiting == 0 and result.pushed >= 3 * 3
    for table in FACT_TABLES:
        assert hub_count(hub, table) == local_count(db, table), table
    with hub.read() as session:
        on_hub = session.execute(select(Sale.uid, Sale.order_number, text("till"))
                                 .order_by(Sale.id)).all()
    assert [(s.uid, s.order_number) for s in sales] == [(r[0], r[1]) for r in on_hub]
    assert {r[2] for r in on_hub} == {"T1"}
    assert hub_count(hub, "products") == local_count(db, "products")
    # The hub's stock is the sum of movements, opening ones included: the till's stock.
    assert hub_stock(hub, sku) == stock_before == local_stock(db, sku)
    with db.read() as session:
        assert load_link(session).till == "T1" and waiting_count(session) == 0


def test_a_sync_with_nothing_to_push_writes_nothing_to_the_hub(hub, db):
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    before = next_transaction_id(hub)
    result = sync_once(db, url)
    assert (result.pushed, result.pulled, result.waiting) == (0, 0, 0)
    # No transaction on the hub was given an id: nothing was written (a read takes none).
    assert next_transaction_id(hub) == before


def test_a_push_repeated_after_a_crash_keeps_each_fact_once(hub, db):
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    for _ in range(4):
        sell(db, (some_sku(db), 1))
    assert push(db, hub_database(url)) > 0
    # As if the till died after the hub's commit and before its own: the marks go back.
    with db.write() as session:
        for table in FACT_TABLES:
            mark(session, table, 0)
        assert waiting_count(session) > 0
    push(db, hub_database(url), batch_rows=3)
    for table in FACT_TABLES:
        assert hub_count(hub, table) == local_count(db, table), table


def test_a_new_till_takes_the_hubs_catalog_and_both_tills_stock_adds_up(hub, db, tmp_path):
    t2 = a_till(db, tmp_path, "t2")
    sku = some_sku(db)
    with db.write() as session:  # T1's catalog differs from the demo T2 was made with
        session.scalar(select(Product).where(Product.sku == sku)).name = "Sac cabas rouge"
    start = local_stock(db, sku)
    url1 = add_till(hub.engine, "CASA", "T1")
    attach(db, url1, "CASA", "T1", keep_url=False)
    url2 = add_till(hub.engine, "CASA", "T2")
    attach(t2, url2, "CASA", "T2", keep_url=False)
    with t2.read() as session:
        assert session.scalar(select(Product.name).where(Product.sku == sku)) == "Sac cabas rouge"
        assert session.scalar(select(func.count()).select_from(StockMovement)) == 0

    sell(db, (sku, 2))
    sell(t2, (sku, 3))
    assert local_stock(t2, sku) == start - 3  # T1's sale is not known here yet
    sync_once(db, url1)
    sync_once(t2, url2)
    assert hub_stock(hub, sku) == start - 5 == local_stock(t2, sku)
    sync_once(db, url1)
    assert local_stock(db, sku) == start - 5
    with hub.read() as session:
        tills = session.execute(text("SELECT till, count(*) FROM sales GROUP BY till")).all()
    assert dict(tills) == {"T1": 1, "T2": 1}


def test_unsold_local_stock_shows_on_top_of_the_hubs(hub, db):
    url = add_till(hub.engine, "CASA", "T1")
    sku = some_sku(db)
    attach(db, url, "CASA", "T1", keep_url=False)
    start = local_stock(db, sku)
    with hub.write() as session:  # a manager receives 10 on the hub (another till's movement)
        session.execute(text("INSERT INTO stock_movements (uid, till, shop, product_id, delta, "
                             "reason, created_at) SELECT gen_random_uuid(), 'T9', 'CASA', id, 10, "
                             "'receive', now() FROM products WHERE sku = :sku"), {"sku": sku})
    sell(db, (sku, 1))  # not pushed yet
    from db.hub.pull import pull
    pull(db, hub_database(url))
    assert local_stock(db, sku) == start + 10 - 1


def test_master_data_changed_on_the_hub_reaches_the_till(hub, db):
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    sku = some_sku(db)
    till_role = Database(url)
    try:
        with till_role.write() as session:
            product = session.scalar(select(Product).where(Product.sku == sku))
            product.price = Money(123_45)
            for promotion in session.scalars(select(Promotion)):
                session.delete(promotion)
    finally:
        till_role.dispose()
    result = sync_once(db, url)
    assert result.pulled >= 2
    with db.read() as session:
        assert session.scalar(select(Product.price).where(Product.sku == sku)) == Money(123_45)
        assert session.scalar(select(func.count()).select_from(Promotion)) == 0


def test_a_till_with_sales_cannot_join_a_shop_that_has_a_catalog(hub, db, tmp_path):
    t2 = a_till(db, tmp_path, "t2")
    attach(db, add_till(hub.engine, "CASA", "T1"), "CASA", "T1", keep_url=False)
    sell(t2, (some_sku(t2), 1))
    with pytest.raises(AttachRefused, match="sales of its own"):
        attach(t2, add_till(hub.engine, "CASA", "T2"), "CASA", "T2", keep_url=False)
    with t2.read() as session:
        assert session.get(HubLink, 1) is None


def test_a_url_of_another_till_is_refused(hub, db):
    url = add_till(hub.engine, "CASA", "T1")
    with pytest.raises(AttachRefused, match="till T1's of shop CASA"):
        attach(db, url, "CASA", "T2", keep_url=False)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_hub_that_is_down_is_said_so_quickly_and_without_its_password(hub, db):
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    sell(db, (some_sku(db), 1))
    down = f"postgresql://counter_casa_t1:s3cret-Pa55word@127.0.0.1:{closed_port()}/hub"
    started = time.monotonic()
    with pytest.raises(HubUnreachable) as caught:
        sync_once(db, down)
    assert time.monotonic() - started < 10
    assert "s3cret-Pa55word" not in str(caught.value) and "127.0.0.1" in str(caught.value)
    with db.read() as session:
        link = load_link(session)
    assert link.unreachable_since is not None and link.waiting > 0
    assert "s3cret-Pa55word" not in link.last_error
    sync_once(db, url)  # back: the waiting facts go, and the link says so
    with db.read() as session:
        link = load_link(session)
    assert link.unreachable_since is None and link.waiting == 0


def test_two_products_swapping_barcodes_on_the_hub_reach_the_till(hub, db, tmp_path):
    """A pull brings both products' new barcodes at once: applied one by one, the first
    would take a barcode the second still holds here (the pull failed on it, every sync)."""
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    with db.read() as session:
        (a, barcode_a), (b, barcode_b) = session.execute(
            select(Product.id, Product.barcode).where(Product.barcode.is_not(None))
            .order_by(Product.id).limit(2)).all()
    till_role = Database(url)
    try:
        with till_role.write() as session:  # the hub's manager swaps them through a third
            session.get(Product, a).barcode = "SWAP"
            session.flush()
            session.get(Product, b).barcode = barcode_a
            session.flush()
            session.get(Product, a).barcode = barcode_b
    finally:
        till_role.dispose()
    sync_once(db, url)
    with db.read() as session:
        assert session.get(Product, a).barcode == barcode_b
        assert session.get(Product, b).barcode == barcode_a


def test_an_attach_cut_short_after_the_hub_took_the_catalog_can_be_run_again(hub, db,
                                                                             monkeypatch):
    """The shop's first till died after the hub had its catalog: attaching again finishes
    the job (it was refused for good: 'the hub already has the shop's catalog')."""
    import db.hub.sync as hub_sync
    url = add_till(hub.engine, "CASA", "T1")
    sell(db, (some_sku(db), 1))

    def cut_short(*_args):
        raise RuntimeError("power cut")
    monkeypatch.setattr(hub_sync, "sync_once", cut_short)
    with pytest.raises(RuntimeError):
        attach(db, url, "CASA", "T1", keep_url=False)
    assert hub_count(hub, "products") == local_count(db, "products")
    monkeypatch.undo()

    result = attach(db, url, "CASA", "T1", keep_url=False)
    assert result.waiting == 0 and hub_count(hub, "sales") == 1


def test_goods_received_at_a_till_leave_the_product_counted_on_the_hub_too(hub, db):
    """A product imported without a count is counted once goods are received; the hub's
    stock trigger says so too, or the next pull made it 'not counted' again here."""
    from pos.catalog_admin import receive_stock
    from sqlalchemy import update
    url = add_till(hub.engine, "CASA", "T1")
    sku = some_sku(db)
    with db.write() as session:
        session.execute(update(Product).where(Product.sku == sku).values(stock_counted=False))
    attach(db, url, "CASA", "T1", keep_url=False)
    with db.write() as session:
        product_id = session.scalar(select(Product.id).where(Product.sku == sku))
        receive_stock(session, demo_staff(session, CLERK_NAME), product_id, 5)
    sync_once(db, url)
    with db.read() as session:
        assert session.get(Product, product_id).stock_counted
    with hub.read() as session:
        assert session.scalar(select(Product.stock_counted).where(Product.id == product_id))


def test_a_sync_the_hub_refuses_says_so_where_the_manager_looks(hub, db):
    """A till put back from a backup gives out a number again that the hub already holds
    under another sale: every sync stops there, and the status line says it failed."""
    from sqlalchemy.exc import IntegrityError

    from pos.hub import hub_state, status_line
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    sale = sell(db, (some_sku(db), 1))
    with hub.write() as session:  # the same number, already on the hub as another sale
        session.execute(text(
            "INSERT INTO sales (uid, till, shop, order_number, checkout_key, created_at, "
            "business_date, clerk_id, subtotal, discount_total, total, customer_consent) "
            "SELECT gen_random_uuid(), 'T1', 'CASA', :number, 'other-cart', now(), "
            "current_date, clerk_id, 0, 0, 0, false FROM (SELECT min(id) AS clerk_id "
            "FROM staff) AS s"), {"number": sale.order_number})
    with pytest.raises(IntegrityError):
        sync_once(db, url)
    with db.read() as session:
        state = hub_state(session)
        line = status_line(state, load_shop_settings(session))
    assert "the last sync failed" in state.link.last_error and "order_number" in state.link.last_error
    assert line.endswith("waiting, the last sync failed")
