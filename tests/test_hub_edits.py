"""Master data edited on the hub: once a till is attached, the products, collections,
promotions and return-policy screens write to the hub (on a real PostgreSQL, under the
till's own role) and a sync brings the change back; while the hub is unreachable they are
read-only and say since when. Stock received stays this till's fact, pushed like a sale."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, text

from db.models import AuditEntry, Collection, PolicyVersion, Product, Promotion
from pos.hub import moment_words, sync_and_look
from pos.money import Money, format_money
from tests.conftest import MANAGER_NAME, demo_staff
from tests.test_hub_ui import attached, closed_port_url, load_shop  # noqa: F401 - the fixture
from ui.collections_dialog import CollectionsDialog
from ui.import_dialog import ImportDialog
from ui.labels import LabelsDialog
from ui.policy_dialog import PolicyDialog
from ui.products_screen import ProductDialog, ProductsScreen
from ui.promotions_dialog import PromotionsDialog
from ui.stock_dialogs import ReceiveGoodsDialog

WAIT_MS = 15_000


def manager_id(db) -> int:
    with db.read() as session:
        return demo_staff(session, MANAGER_NAME).id


def on_hub(hub, query):
    with hub.read() as session:
        return session.execute(query).all()


def here(db, query):
    with db.read() as session:
        return session.execute(query).all()


def products_screen(qtbot, db) -> ProductsScreen:
    screen = ProductsScreen(db, load_shop(db), manager_id(db))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.rows != [], timeout=WAIT_MS)
    return screen


def select_product(qtbot, screen, sku: str):
    row = next(i for i, r in enumerate(screen.rows) if r.sku == sku)
    screen.table.selectRow(row)
    return screen.rows[row]


# ----- attached, the hub up: edits go to the hub and come back ------------------------------
def test_a_price_changed_on_the_products_screen_is_saved_on_the_hub_and_synced_back(
        qtbot, db, attached):
    screen = products_screen(qtbot, db)
    row = select_product(qtbot, screen, "1077218")
    screen.edit_product()
    dialog: ProductDialog = screen.product_dialog
    dialog.price.setText("165,00")
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.price, Qt.Key_Return)
    money = lambda amount: format_money(Money.of(amount), load_shop(db).locale)  # noqa: E731
    assert f"{money('150')} → {money('165')}" in screen.message.text()

    assert on_hub(attached, select(Product.price).where(Product.sku == row.sku)) == \
        [(Money.of("165.00"),)]
    assert here(db, select(Product.price).where(Product.sku == row.sku)) == \
        [(Money.of("165.00"),)]
    # The audit row went to the hub as this till's fact, under the till's own role.
    assert on_hub(attached, select(AuditEntry.action, text("till"), text("shop")).where(
        AuditEntry.action == "price changed")) == [("price changed", "T1", "CASA")]


def test_a_product_added_when_attached_lives_on_the_hub_and_its_opening_stock_is_a_receipt_here(
        qtbot, db, attached):
    screen = products_screen(qtbot, db)
    screen.add_product()
    dialog: ProductDialog = screen.product_dialog
    qtbot.keyClicks(dialog.sku, "HUB-0001")
    qtbot.keyClicks(dialog.name, "Tea glass, gilded")
    qtbot.keyClicks(dialog.price, "35,00")
    dialog.stock.setValue(12)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        dialog.submit()
    assert screen.message.text() == "Tea glass, gilded added."

    wanted = select(Product.id, Product.stock).where(Product.sku == "HUB-0001")
    (hub_id, hub_stock), = on_hub(attached, wanted)
    assert here(db, wanted) == [(hub_id, 12)]  # the hub's own id, the till's receipt on top
    assert hub_stock == 0  # the receipt is pushed like a sale...
    assert sync_and_look(db).result.waiting == 0
    assert on_hub(attached, wanted) == [(hub_id, 12)]  # ...and the hub's stock is its sum


def test_collections_promotions_and_the_policy_are_changed_on_the_hub(qtbot, db, attached):
    shop, manager = load_shop(db), manager_id(db)
    collections = CollectionsDialog(db, shop, manager)
    qtbot.addWidget(collections)
    qtbot.waitUntil(lambda: collections.names() != [], timeout=WAIT_MS)
    qtbot.keyClicks(collections.name, "Ramadan gifts")
    qtbot.keyClick(collections.name, Qt.Key_Return)
    qtbot.waitUntil(lambda: "Ramadan gifts" in collections.names(), timeout=WAIT_MS)
    assert collections.message.text() == "Collection 'Ramadan gifts' added."
    assert on_hub(attached, select(Collection.name).where(Collection.name == "Ramadan gifts"))

    promotions = PromotionsDialog(db, shop, manager)
    qtbot.addWidget(promotions)
    qtbot.waitUntil(lambda: promotions.rows != [], timeout=WAIT_MS)
    promotions.table.selectRow(0)
    ended = promotions.rows[0]
    with qtbot.waitSignal(promotions.saved, timeout=WAIT_MS):
        promotions.end_selected()
    ends = select(Promotion.ends_on).where(Promotion.id == ended.id)
    assert on_hub(attached, ends) == here(db, ends) != [(None,)]

    policy = PolicyDialog(db, shop, manager)
    qtbot.addWidget(policy)
    policy.refund_days.setValue(20)
    policy.exchange_days.setValue(30)
    policy.submit()
    qtbot.waitUntil(lambda: getattr(policy, "saved_version", None) is not None,
                    timeout=WAIT_MS)
    newest = select(PolicyVersion.id).order_by(PolicyVersion.id.desc()).limit(1)
    assert on_hub(attached, newest) == here(db, newest) == [(policy.saved_version,)]


# ----- attached, the hub unreachable: read-only, saying since when --------------------------
@pytest.fixture
def hub_down(db, attached, monkeypatch):
    monkeypatch.setenv("POS_HUB_URL", closed_port_url())
    outcome = sync_and_look(db)  # the background's sync finds the hub gone
    assert outcome.state.link.unreachable_since is not None
    return moment_words(outcome.state.link.unreachable_since, load_shop(db))


def test_with_the_hub_unreachable_the_catalog_is_read_only_and_says_since_when(
        qtbot, db, hub_down):
    screen = products_screen(qtbot, db)
    qtbot.waitUntil(lambda: screen.hub_lock is not None, timeout=WAIT_MS)
    assert f"has not answered since {hub_down}" in screen.message.text()
    assert not screen.add_button.isEnabled() and not screen.import_button.isEnabled()
    select_product(qtbot, screen, "1077218")
    assert not screen.active_button.isEnabled()
    assert screen.receive_button.isEnabled()  # goods received are this till's fact

    screen.edit_product()
    dialog = screen.product_dialog
    qtbot.waitUntil(lambda: dialog.hub_lock is not None, timeout=WAIT_MS)
    assert not dialog.save_button.isEnabled() and "since" in dialog.message.text()

    shop, manager = load_shop(db), manager_id(db)
    for window in (CollectionsDialog(db, shop, manager), PromotionsDialog(db, shop, manager),
                   PolicyDialog(db, shop, manager)):
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.hub_lock is not None, timeout=WAIT_MS)
        assert f"since {hub_down}" in window.message.text(), type(window).__name__


def test_with_the_hub_unreachable_goods_are_still_received_here(qtbot, db, hub_down):
    screen = products_screen(qtbot, db)
    row = select_product(qtbot, screen, "1077218")
    receive = ReceiveGoodsDialog(db, manager_id(db), row)
    qtbot.addWidget(receive)
    receive.quantity.setValue(4)
    with qtbot.waitSignal(receive.saved, timeout=WAIT_MS):
        receive.submit()
    assert here(db, select(Product.stock).where(Product.id == row.id)) == [(row.stock + 4,)]


def test_an_edit_when_the_hub_just_went_away_changes_nothing_and_says_so(
        qtbot, db, attached, monkeypatch):
    monkeypatch.setenv("POS_HUB_URL", closed_port_url())  # gone since the last sync
    screen = products_screen(qtbot, db)
    row = select_product(qtbot, screen, "1077218")
    screen.toggle_active()
    qtbot.waitUntil(lambda: "Nothing was changed" in screen.message.text(), timeout=WAIT_MS)
    assert "secret" not in screen.message.text() and "hub unreachable" in screen.message.text()
    assert here(db, select(Product.active).where(Product.id == row.id)) == [(True,)]
    assert on_hub(attached, select(Product.active).where(Product.id == row.id)) == [(True,)]


def test_a_till_that_stands_alone_edits_its_own_catalog(qtbot, db):
    screen = products_screen(qtbot, db)
    row = select_product(qtbot, screen, "1077218")
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        screen.toggle_active()
    assert screen.hub_lock is None
    assert here(db, select(Product.active).where(Product.id == row.id)) == [(False,)]


def test_an_attached_till_imports_no_file_into_its_own_catalog(qtbot, db, attached):
    dialog = ImportDialog(db, load_shop(db), manager_id(db))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.hub_lock is not None, timeout=WAIT_MS)
    assert not dialog.choose_button.isEnabled()
    assert "till T1 of shop CASA" in dialog.message.text()


def test_a_barcode_given_for_labels_is_given_on_the_hub(qtbot, db, attached):
    no_barcode = select(Product.id).where(Product.barcode.is_(None)).order_by(Product.id)
    (product_id,), *_ = here(db, no_barcode)
    labels = LabelsDialog(db, load_shop(db), manager_id(db), [product_id])
    qtbot.addWidget(labels)
    qtbot.waitUntil(lambda: labels.products != [], timeout=WAIT_MS)
    with qtbot.waitSignal(labels.barcodes_assigned, timeout=WAIT_MS) as given:
        labels.assign_barcodes()
    code = given.args[0][product_id]
    barcode = select(Product.barcode).where(Product.id == product_id)
    assert on_hub(attached, barcode) == here(db, barcode) == [(code,)]
