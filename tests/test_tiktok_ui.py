"""TikTok in the real window: the status bar, the background sender against a real local
server, the manager's settings and queue, and the events a sale queues on the way."""
from __future__ import annotations

import json
import stat
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from db.models import OutboxEvent, Setting, Staff
from db.types import utc_now
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN
from tests.test_sale_screen import SHIRT, TSHIRT, login, scan
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture
from tracking.settings import TokenStore, load_tiktok_settings
from ui.dialogs import ManagerApprovalDialog
from ui.main_window import MainWindow
from ui.tiktok_settings import TikTokSettingsDialog

TOKEN = "tt-access-7f3a9c1e5b2d4f60"
ADD_TOKEN = "Manager → TikTok settings: add the access token"
WAIT_MS = 10_000


def open_window(qtbot, db, **kwargs) -> MainWindow:
    window = MainWindow(db, **kwargs)
    window.sync_scheduler.nudge_ms = 10  # a sale is sent at once, not after two seconds
    qtbot.addWidget(window)
    window.show()
    return window


def idle(qtbot, window) -> None:
    """No send left in the thread pool when the test's database goes away."""
    qtbot.waitUntil(lambda: not window.sync_scheduler.running, timeout=WAIT_MS)


def sell_shirt(qtbot, screen) -> str:
    scan(qtbot, screen.scan_field, SHIRT)
    qtbot.keyClick(screen, Qt.Key_F10)
    with qtbot.waitSignal(screen.sale_completed) as sold:
        screen.payment_dialog.submit()
    screen.receipt_dialog.close()
    return sold.args[0]


def outbox(db) -> list[tuple[str, str]]:
    with db.read() as s:
        rows = s.scalars(select(OutboxEvent).order_by(OutboxEvent.id))
        return [(e.event_name, e.status) for e in rows]


def use_server(monkeypatch, server) -> None:
    monkeypatch.setenv("POS_TIKTOK_API_URL", server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)


def manager_sold_a_shirt(qtbot, db, monkeypatch, server) -> tuple[MainWindow, str]:
    """The manager at the counter, a shirt sold, its events waiting (no background sends)."""
    use_server(monkeypatch, server)
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    return window, sell_shirt(qtbot, window.sale_screen)


# ----- the status bar and the background sender ----------------------------------------------
def test_a_completed_sale_reaches_tiktok_and_the_status_bar_says_all_sent(
        qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    window = open_window(qtbot, db)
    label = window.sync_status
    assert label.isHidden()  # no token: the manager's matter, not shown at the login

    use_server(monkeypatch, tiktok_server)
    login(qtbot, window)
    order_number = sell_shirt(qtbot, window.sale_screen)

    qtbot.waitUntil(lambda: label.text() == "TikTok: all sent", timeout=WAIT_MS)
    idle(qtbot, window)
    assert "sent" in label.toolTip()
    assert outbox(db) == [("ViewContent", "sent"), ("InitiateCheckout", "sent"),
                          ("PlaceAnOrder", "sent")]
    request = tiktok_server.requests[0]
    assert request.headers["Access-Token"] == TOKEN
    order = [e for e in request.body["data"] if e["event"] == "PlaceAnOrder"]
    assert order[0]["properties"]["order_id"] == order_number


def test_with_tiktok_down_the_status_bar_says_offline_and_how_many_wait(
        qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    use_server(monkeypatch, tiktok_server)
    tiktok_server.stop()  # nothing listens on that port any more: connection refused
    window = open_window(qtbot, db)
    login(qtbot, window)
    sell_shirt(qtbot, window.sale_screen)

    label = window.sync_status
    qtbot.waitUntil(lambda: label.text() == "TikTok: offline, 3 waiting", timeout=WAIT_MS)
    idle(qtbot, window)
    assert "when the connection is back" in label.toolTip()
    assert [status for _name, status in outbox(db)] == ["waiting"] * 3
    assert window.sale_screen.cart.items == []  # the counter went on without the network


def test_without_start_sync_nothing_is_sent(qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    use_server(monkeypatch, tiktok_server)
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window)
    sell_shirt(qtbot, window.sale_screen)
    qtbot.wait(100)
    assert tiktok_server.requests == [] and not window.sync_scheduler.running
    assert window.sync_status.text() == "TikTok: 3 waiting"  # counted, not sent


# ----- the manager's settings ----------------------------------------------------------------
def open_settings_as_manager(qtbot, window) -> TikTokSettingsDialog:
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    window.tiktok_settings_action.trigger()
    dialog = window.tiktok_settings_dialog
    assert dialog.isVisible()
    return dialog


def test_the_manager_saves_the_settings_and_the_token_goes_to_the_file_store(
        qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)  # never the real TikTok
    window = open_window(qtbot, db)
    dialog = open_settings_as_manager(qtbot, window)
    assert window.sync_status.text() == f"TikTok: no access token · {ADD_TOKEN}"
    assert dialog.token.text() == "" and "not set" in dialog.token.placeholderText()

    dialog.page_url.setText("shop.example")  # no scheme: refused, nothing saved
    qtbot.keyClicks(dialog.token, TOKEN)
    dialog.submit()
    assert "http://" in dialog.message.text() and dialog.isVisible()
    assert TokenStore().get(environ={}) == ""

    dialog.page_url.setText("https://counter.example/shop")
    dialog.source_id.setText("  CPIXEL123  ")
    dialog.test_code.setText("TEST4242")
    dialog.max_age.setValue(7)
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    assert not dialog.isVisible()

    with db.read() as s:
        saved = load_tiktok_settings(s, environ={})
        stored = " ".join(row.value for row in s.scalars(select(Setting)))
    assert (saved.event_source_id, saved.page_url, saved.test_event_code,
            saved.max_event_age_days) == ("CPIXEL123", "https://counter.example/shop",
                                          "TEST4242", 7)
    assert saved.api_url != tiktok_server.url  # the environment's override is not saved
    assert TOKEN not in stored
    store = TokenStore()
    assert not store.use_keyring and store.get(environ={}) == TOKEN
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    assert window.sync_status.text() == "TikTok: all sent"  # the token is there now

    # Opened again: the token is never shown, only its last four characters.
    window.tiktok_settings_action.trigger()
    again = window.tiktok_settings_dialog
    assert again.token.text() == ""
    assert again.token.placeholderText().startswith("••••4f60")
    assert TOKEN not in again.token.placeholderText()
    again.max_age.setValue(10)
    again.submit()  # empty field: the stored token is kept
    assert TokenStore().get(environ={}) == TOKEN

    window.tiktok_settings_action.trigger()
    third = window.tiktok_settings_dialog
    qtbot.mouseClick(third.clear_token_button, Qt.LeftButton)
    third.submit()
    assert TokenStore().get(environ={}) == "" and not store.file.exists()
    assert window.sync_status.text() == f"TikTok: no access token · {ADD_TOKEN}"
    idle(qtbot, window)


def test_a_clerk_needs_a_manager_pin_to_open_the_tiktok_settings(qtbot, db):
    window = open_window(qtbot, db)
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    window.tiktok_settings_action.trigger()
    approval = window.pending_dialog
    assert isinstance(approval, ManagerApprovalDialog) and approval.isVisible()
    assert getattr(window, "tiktok_settings_dialog", None) is None

    qtbot.keyClicks(approval.pin, "0000")
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    assert "Wrong PIN" in approval.message.text()
    assert getattr(window, "tiktok_settings_dialog", None) is None

    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    assert window.tiktok_settings_dialog.isVisible()


def test_the_settings_dialog_opened_for_a_clerk_saves_nothing(qtbot, db):
    """The check is in the service: a dialog reached without the manager's PIN still refuses."""
    with db.read() as s:
        clerk_id = s.scalar(select(Staff.id).where(Staff.name == CLERK_NAME))
        settings_before = [(row.key, row.value) for row in s.scalars(select(Setting))]
    dialog = TikTokSettingsDialog(db, clerk_id)
    qtbot.addWidget(dialog)
    dialog.source_id.setText("CPIXEL999")
    qtbot.keyClicks(dialog.token, TOKEN)
    dialog.submit()
    assert dialog.message.text() == "Only a manager can change the TikTok settings."
    with db.read() as s:
        assert [(row.key, row.value) for row in s.scalars(select(Setting))] == settings_before
    assert TokenStore().get(environ={}) == ""


# ----- the manager's queue -------------------------------------------------------------------
def test_the_queue_lists_a_failed_event_with_its_reason_and_retry_puts_it_back(
        qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    window, order_number = manager_sold_a_shirt(qtbot, db, monkeypatch, tiktok_server)
    bad = f"{order_number}_PlaceAnOrder"
    with db.read() as s:
        assert s.scalar(select(OutboxEvent.event_id).where(
            OutboxEvent.event_name == "PlaceAnOrder")) == bad
    tiktok_server.reject_event_ids({bad})
    scheduler = window.sync_scheduler
    with qtbot.waitSignal(scheduler.status_changed, timeout=WAIT_MS):
        scheduler.sync_now()
    assert window.sync_status.text() == "TikTok: all sent · 1 failed · Manager → TikTok queue"

    window.tiktok_queue_action.trigger()
    dialog = window.tiktok_queue_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[1:4] == ["PlaceAnOrder", "Failed", "0"] and cells[6] == bad
    assert "40002" in cells[5] and bad in cells[5]
    assert cells[0].count("/") == 2  # dd/mm/yyyy in the shop's time zone

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.retry_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "Waiting", timeout=WAIT_MS)
    assert "1 event put back" in dialog.message.text()
    with db.read() as s:
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.event_id == bad))
        assert (row.status, row.attempts, row.last_error) == ("waiting", 0, None)

    tiktok_server.accept_all()
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT_MS)
    assert window.sync_status.text() == "TikTok: all sent"
    assert [status for _n, status in outbox(db)] == ["sent"] * 3
    idle(qtbot, window)


@pytest.mark.usefixtures("synchronous_tasks")
def test_the_queue_shows_the_pause_when_tiktok_rejected_the_token(
        qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    window, _order = manager_sold_a_shirt(qtbot, db, monkeypatch, tiktok_server)
    tiktok_server.enqueue(200, {"code": 40001, "message": "No permission to operate pixel"})
    with qtbot.waitSignal(window.sync_scheduler.status_changed, timeout=WAIT_MS):
        window.sync_scheduler.sync_now()
    assert window.sync_status.text() == ("TikTok: token rejected · Manager → TikTok settings: "
                                         "check the access token and pixel")

    window.tiktok_queue_action.trigger()
    dialog = window.tiktok_queue_dialog
    assert dialog.table.rowCount() == 3  # read at once: no waiting
    assert dialog.pause.isVisible()
    assert "No permission to operate pixel" in dialog.pause.text()
    idle(qtbot, window)


# ----- the events a sale queues on the way ---------------------------------------------------
def events(db, name: str) -> list[dict]:
    with db.read() as s:
        return [json.loads(e.payload) for e in
                s.scalars(select(OutboxEvent).where(OutboxEvent.event_name == name))]


def test_scan_pay_and_sale_queue_one_event_each(qtbot, db):
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window)
    screen = window.sale_screen
    cart_key = screen.cart.checkout_key

    scan(qtbot, screen.scan_field, SHIRT)
    assert len(events(db, "ViewContent")) == 1
    scan(qtbot, screen.scan_field, SHIRT)  # the same product again: no second event
    assert len(events(db, "ViewContent")) == 1
    scan(qtbot, screen.scan_field, TSHIRT)
    views = events(db, "ViewContent")
    assert [v["properties"]["contents"][0]["content_id"] for v in views] == ["1077218", "2001001"]
    assert all(cart_key in v["event_id"] for v in views)

    qtbot.keyClick(screen, Qt.Key_F9)
    assert len(events(db, "InitiateCheckout")) == 1
    screen.payment_dialog.reject()  # back to the cart, then F9 again
    qtbot.keyClick(screen, Qt.Key_F9)
    checkouts = events(db, "InitiateCheckout")
    assert len(checkouts) == 1
    props = checkouts[0]["properties"]
    # 2 shirts at 150 + a T-shirt at 79 - 20% = 363.20
    assert props["value"] == 363.2 and props["currency"] == "MAD"
    assert [(c["content_id"], c["quantity"]) for c in props["contents"]] == [
        ("1077218", 2), ("2001001", 1)]
    assert events(db, "PlaceAnOrder") == []

    dialog = screen.payment_dialog
    qtbot.keyClicks(dialog.tendered, "400")
    qtbot.keyClick(dialog.tendered, Qt.Key_Return)
    orders = events(db, "PlaceAnOrder")
    assert len(orders) == 1 and orders[0]["properties"]["value"] == 363.2
    assert [name for name, _s in outbox(db)] == [
        "ViewContent", "ViewContent", "InitiateCheckout", "PlaceAnOrder"]


# ----- whose matter the token is -------------------------------------------------------------
@pytest.mark.usefixtures("synchronous_tasks")
def test_a_clerk_is_not_shown_the_missing_token_and_the_manager_is_told_what_to_do(qtbot, db):
    window = open_window(qtbot, db, start_sync=False)
    label = window.sync_status
    assert label.isHidden() and "token" not in label.text()  # the login screen
    login(qtbot, window)
    sell_shirt(qtbot, window.sale_screen)
    assert label.isHidden()  # the clerk's sale screen: still nothing in red
    window.logout_action.trigger()
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    assert not label.isHidden()
    assert label.text() == f"TikTok: no access token · {ADD_TOKEN}"
    assert "#b00020" in label.styleSheet() and "TikTok settings" in label.toolTip()
    window.logout_action.trigger()
    assert label.isHidden()


@pytest.mark.usefixtures("synchronous_tasks")
def test_a_clerk_still_sees_how_the_sending_goes(qtbot, db, monkeypatch,
                                                 tiktok_server):  # noqa: F811
    use_server(monkeypatch, tiktok_server)
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window)
    sell_shirt(qtbot, window.sale_screen)
    assert window.sync_status.text() == "TikTok: 3 waiting" and window.sync_status.isVisible()


@pytest.mark.usefixtures("synchronous_tasks")
def test_the_queue_promises_no_next_send_without_a_token(qtbot, db):
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    sell_shirt(qtbot, window.sale_screen)
    window.tiktok_queue_action.trigger()
    dialog = window.tiktok_queue_dialog
    assert dialog.table.rowCount() == 3
    nexts = {dialog.table.item(r, 4).text() for r in range(3)}
    assert nexts == {"needs the token"}
    assert "TikTok settings" in dialog.summary.text()
    assert window.sync_scheduler.report.next_attempt_at is None


@pytest.mark.usefixtures("synchronous_tasks")
def test_send_now_in_the_queue_sends_what_the_schedule_holds_back(
        qtbot, db, monkeypatch, tiktok_server):  # noqa: F811
    window, _order = manager_sold_a_shirt(qtbot, db, monkeypatch, tiktok_server)
    with db.write() as s:  # a failed try earlier: the background waits an hour
        s.execute(update(OutboxEvent).values(attempts=4,
                                             next_attempt_at=utc_now() + timedelta(hours=1)))
    window.sync_scheduler.sync_now()  # a tick: nothing is due
    assert tiktok_server.requests == []
    window.tiktok_queue_action.trigger()
    dialog = window.tiktok_queue_dialog
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    assert [status for _n, status in outbox(db)] == ["sent"] * 3
