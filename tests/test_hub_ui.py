"""The hub in the app: the status bar's line in the shop's words, the background sync that
never holds up the counter, and Manager → Hub, driven with keys on the real window."""
from __future__ import annotations

import socket
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from db.models import HubLink
from pos.checkout import CardPayment, complete_sale
from pos.hub import hub_state, status_line, waiting_words
from pos.shop import ShopSettings, load_shop_settings
from tests.conftest import CLERK_NAME, MANAGER_NAME, MANAGER_PIN, cart_of, demo_staff
from tests.test_sale_screen import login
from tests.test_tiktok_ui import sell_shirt
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
