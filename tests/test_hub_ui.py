"""The hub in the app: the status bar's line in the shop's words, the background sync that
never holds up the counter, and Manager → Hub, driven with keys on the real window."""
from __future__ import annotations

import socket
import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from db.hub.schema import upgrade_hub
from db.hub.sync import attach
from db.hub.tills import add_till
from db.models import HubLink, Sale
from pos.checkout import CardPayment, complete_sale
from pos.hub import (hub_state, moment_words, result_words, status_line, sync_and_look,
                     waiting_words)
from pos.shop import ShopSettings, load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN, cart_of, demo_staff
from tests.test_sale_screen import login
from tests.test_tiktok_ui import sell_shirt
from ui.dialogs import ManagerApprovalDialog
from ui.hub_sync import HubScheduler
from ui.main_window import MainWindow

WAIT_MS = 15_000
# 13:02 UTC is 14:02 in Casablanca (UTC+1 outside Ramadan), the demo shop's zone.
AFTERNOON = datetime(2026, 12, 1, 13, 2, tzinfo=timezone.utc)


def link_here(db, shop: str = "MAIN", till: str = "T1", **values) -> None:
    """The till's link row as attaching leaves it (the lead's attach does the real thing)."""
    with db.write() as session:
        session.add(HubLink(id=1, shop=shop, till=till, **values))


def state_of(db):
    with db.read() as session:
        return hub_state(session)


def closed_port_url() -> str:
    """A PostgreSQL URL nobody answers: a port just freed, so the connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"postgresql://till_t1:secret-pw@127.0.0.1:{port}/hub"


# ----- the line, in the shop's words --------------------------------------------------------
def test_a_till_that_stands_alone_shows_no_hub_line(db):
    assert state_of(db) is None
    assert status_line(state_of(db), ShopSettings()) == ""


def test_the_line_says_up_to_date_then_how_many_wait_then_since_when_unreachable(db):
    shop = ShopSettings()
    link_here(db)
    assert status_line(state_of(db), shop) == "hub: up to date"

    sell_in_the_database(db)
    state = state_of(db)
    assert state.waiting > 0
    assert status_line(state, shop) == f"hub: {state.waiting} waiting"
    assert "1 sale," in waiting_words(state) and "1 payment" in waiting_words(state)

    with db.write() as session:
        session.execute(update(HubLink).values(unreachable_since=AFTERNOON))
    assert status_line(state_of(db), shop, now=AFTERNOON) == "hub: unreachable since 14:02"
    next_day = AFTERNOON + timedelta(days=1)
    assert status_line(state_of(db), shop, now=next_day) == \
        "hub: unreachable since 01/12/2026 14:02"


def sell_in_the_database(db) -> None:
    """A card sale of one shirt, as the counter saves it."""
    with db.write() as session:
        shop = load_shop_settings(session)
        complete_sale(session, cart_of(db, ("1077218", 1)), CardPayment(),
                      demo_staff(session, CLERK_NAME), shop)


# ----- the status bar -----------------------------------------------------------------------
def open_window(qtbot, db, **kwargs) -> MainWindow:
    window = MainWindow(db, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def idle(qtbot, window) -> None:
    """No sync left in the thread pool when the test's databases go away."""
    qtbot.waitUntil(lambda: not window.hub_scheduler.running, timeout=WAIT_MS)


def test_a_till_that_stands_alone_has_no_hub_label(qtbot, db):
    window = open_window(qtbot, db, start_sync=False)
    qtbot.wait(50)
    assert window.hub_status.isHidden() and window.hub_status.text() == ""


def test_a_sale_reads_the_line_again_without_syncing(qtbot, db):
    link_here(db)
    window = open_window(qtbot, db, start_sync=False)
    label = window.hub_status
    qtbot.waitUntil(lambda: label.text() == "hub: up to date", timeout=WAIT_MS)
    login(qtbot, window)
    sell_shirt(qtbot, window.sale_screen)
    waiting = state_of(db).waiting
    qtbot.waitUntil(lambda: label.text() == f"hub: {waiting} waiting", timeout=WAIT_MS)
    assert label.isVisible() and not window.hub_scheduler.running


def test_a_sale_completes_while_the_hub_is_down_and_the_line_says_unreachable(
        qtbot, db, monkeypatch):
    link_here(db)
    monkeypatch.setenv("POS_HUB_URL", closed_port_url())
    scheduler = HubScheduler(db, every_ms=100)  # the app's ticks, quicker
    window = open_window(qtbot, db, hub_scheduler=scheduler)
    label = window.hub_status
    qtbot.waitUntil(lambda: label.text().startswith("hub: unreachable since "), timeout=WAIT_MS)

    login(qtbot, window)
    started = time.monotonic()
    order_number = sell_shirt(qtbot, window.sale_screen)  # while the syncs keep failing
    assert time.monotonic() - started < 2
    assert window.sale_screen.cart.items == []
    with db.read() as session:
        link = session.get(HubLink, 1)
        assert session.scalar(select(Sale).where(Sale.order_number == order_number))
    since = moment_words(link.unreachable_since, load_shop(db))
    qtbot.waitUntil(lambda: label.text() == f"hub: unreachable since {since}", timeout=WAIT_MS)
    assert "secret-pw" not in label.toolTip() and "127.0.0.1" in label.toolTip()
    window.close()
    idle(qtbot, window)


def test_never_two_syncs_at_once_and_one_asked_meanwhile_runs_after(qtbot, db, monkeypatch):
    link_here(db)
    monkeypatch.setenv("POS_HUB_URL", closed_port_url())
    scheduler = HubScheduler(db)  # no ticks: only the asks below
    outcomes = []
    scheduler.status_changed.connect(outcomes.append)
    for _ in range(3):  # a tick, a manager's Sync now, another tick, while the first runs
        scheduler.sync_now()
    assert scheduler.running
    qtbot.waitUntil(lambda: len(outcomes) == 2 and not scheduler.running, timeout=WAIT_MS)
    qtbot.wait(200)
    assert len(outcomes) == 2  # the three asks made two syncs, one after the other
    assert all(o.problem.startswith("hub unreachable") for o in outcomes)
    assert "secret-pw" not in outcomes[-1].problem


def test_a_sync_with_the_hub_down_says_so_once_without_the_password(db, monkeypatch):
    link_here(db)
    sell_in_the_database(db)
    monkeypatch.setenv("POS_HUB_URL", closed_port_url())
    outcome = sync_and_look(db)
    link = outcome.state.link
    assert outcome.result is None and link.unreachable_since is not None
    assert "secret-pw" not in link.last_error and "***" in link.last_error
    words = result_words(outcome, load_shop(db))
    assert "did not answer" in words and "goes at the next sync" in words
    assert link.last_error not in words  # the dialog shows it beside, under Last error


def load_shop(db) -> ShopSettings:
    with db.read() as session:
        return load_shop_settings(session)


# ----- Manager → Hub, with keys, against a real hub ------------------------------------------
@pytest.fixture
def attached(pg_db, db, monkeypatch):
    """The demo till attached as T1 of shop CASA to a real hub; its URL where the app finds
    it. Yields the hub (as its owner)."""
    upgrade_hub(pg_db.engine)
    url = add_till(pg_db.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    monkeypatch.setenv("POS_HUB_URL", url)
    yield pg_db


def hub_sales(hub) -> list[str]:
    with hub.read() as session:
        return list(session.scalars(select(Sale.order_number)))


def open_hub_with_keys(qtbot, window):
    """Alt+M opens the Manager menu, H its Hub item: no mouse, each key to the widget that
    has the focus."""
    window.activateWindow()  # the sale's receipt, closed, gave it back to the window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sale_screen.scan_field)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_M, Qt.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key_H)
    qtbot.waitUntil(lambda: getattr(window, "hub_dialog", None) is not None
                    and window.hub_dialog.isVisible())
    return window.hub_dialog


def test_the_manager_opens_the_hub_with_keys_and_syncs_now(qtbot, db, attached):
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window, MANAGER_NAME, MANAGER_PIN)
    order_number = sell_shirt(qtbot, window.sale_screen)
    waiting = state_of(db).waiting
    qtbot.waitUntil(lambda: window.hub_status.text() == f"hub: {waiting} waiting",
                    timeout=WAIT_MS)
    assert order_number not in hub_sales(attached)

    dialog = open_hub_with_keys(qtbot, window)
    qtbot.waitUntil(lambda: dialog.fields["till"].text() == "T1", timeout=WAIT_MS)
    assert dialog.fields["shop"].text() == "CASA"
    assert "1 sale" in dialog.fields["waiting"].text()
    assert dialog.fields["last_error"].text() == "none"

    qtbot.keyClick(dialog, Qt.Key_S, Qt.ControlModifier)  # Sync now
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Synced at"), timeout=WAIT_MS)
    assert f"sent {waiting}" in dialog.message.text()
    assert order_number in hub_sales(attached)
    assert dialog.fields["waiting"].text() == "nothing"
    assert window.hub_status.text() == "hub: up to date"
    with db.read() as session:
        pushed_at = session.get(HubLink, 1).last_push_at
    assert dialog.fields["last_push"].text() == moment_words(pushed_at, load_shop(db))

    qtbot.keyClick(dialog, Qt.Key_Return)  # Enter: Sync now again, nothing left to send
    qtbot.waitUntil(lambda: "sent 0" in dialog.message.text(), timeout=WAIT_MS)
    idle(qtbot, window)


def test_a_clerk_needs_a_manager_pin_for_the_hub(qtbot, db, attached):
    window = open_window(qtbot, db, start_sync=False)
    login(qtbot, window)
    window.hub_action.trigger()
    approval = window.pending_dialog
    assert isinstance(approval, ManagerApprovalDialog)
    assert getattr(window, "hub_dialog", None) is None
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "hub_dialog", None) is not None)
    qtbot.waitUntil(lambda: window.hub_dialog.fields["till"].text() == "T1", timeout=WAIT_MS)
