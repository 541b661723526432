"""The manager's day for the whole shop: the same screens read every till's figures on the
hub (Alt+W), while the close and the cash stay this till's (issue 15)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.hub.schema import upgrade_hub
from db.hub.sync import sync_once
from db.hub.tills import add_till
from pos.hub import attach_till
from pos.shop import load_shop_settings
from tests.conftest import MANAGER_NAME, demo_staff
from tests.test_hub_sync import a_till, sell, some_sku
from ui.day_close import DayCloseDialog
from ui.returns_review import ReturnsReviewDialog

WAIT_MS = 20_000


@pytest.fixture
def two_tills(pg_db, db, tmp_path, monkeypatch):
    """T1 (the demo shop's till, whose window is open) and T2 of shop CASA: T1 sold once,
    T2 twice, both synced. The app finds T1's hub URL in POS_HUB_URL."""
    upgrade_hub(pg_db.engine)
    t2 = a_till(db, tmp_path, "t2")
    url1 = add_till(pg_db.engine, "CASA", "T1")
    attach_till(db, url1, "CASA", "T1")
    url2 = add_till(pg_db.engine, "CASA", "T2")
    attach_till(t2, url2, "CASA", "T2")
    sku = some_sku(db)
    sell(db, (sku, 1))
    sell(t2, (sku, 1))
    sell(t2, (sku, 2))
    sync_once(db, url1)
    sync_once(t2, url2)
    monkeypatch.setenv("POS_HUB_URL", url1)
    yield db
    t2.dispose()


def opened(qtbot, kind, db):
    with db.read() as session:
        shop = load_shop_settings(session)
        manager_id = demo_staff(session, MANAGER_NAME).id
    dialog = kind(db, shop, manager_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.show()
    return dialog


def test_the_cash_close_shows_this_till_then_the_whole_shop_with_alt_w(qtbot, two_tills):
    dialog = opened(qtbot, DayCloseDialog, two_tills)
    qtbot.waitUntil(dialog.whole_shop_box.isVisible, timeout=WAIT_MS)
    assert not dialog.whole_shop()
    assert dialog.data.count == 1 and not dialog.is_read_only()

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)
    assert dialog.whole_shop() and dialog.data.count == 3
    assert dialog.is_read_only()  # each till counts and closes its own drawer
    assert dialog.status.text().endswith(": every till of the shop.")
    assert dialog.sales.tiktok.text().startswith("TikTok: each till sends its own")

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)
    assert dialog.data.count == 1 and not dialog.is_read_only()


def test_the_returns_review_offers_the_whole_shop_only_to_an_attached_till(qtbot, db):
    dialog = opened(qtbot, ReturnsReviewDialog, db)
    qtbot.wait(200)  # the hub is looked for off the GUI thread
    assert dialog.hub is None and not dialog.whole_shop_box.isVisible()
    assert dialog.source() is db


def test_the_returns_review_reads_the_whole_shop_on_the_hub(qtbot, two_tills):
    dialog = opened(qtbot, ReturnsReviewDialog, two_tills)
    qtbot.waitUntil(dialog.whole_shop_box.isVisible, timeout=WAIT_MS)
    assert not dialog.data.whole_shop
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key_W, Qt.AltModifier)
    assert dialog.data.whole_shop and dialog.source() is dialog.hub
    assert dialog.status.text().endswith("no returns at every till of the shop.")
