"""Backups: consistent copies, the last 14 kept, and restores that refuse what is not a shop."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from db.backup import (BackupError, backup_folder, backup_if_first_start_today, backup_to,
                       backups, check_shop_file, restore_from, take_backup)
from db.engine import Database
from db.models import Product, Sale, Staff
from pos.cart import Cart
from pos.checkout import CardPayment, complete_sale
from pos.products import cart_item
from pos.shop import load_shop_settings
from tests.conftest import DEMO_NOW


def sell(db, n):
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        product = s.scalar(select(Product).where(Product.sku == "1077218"))
        shop = load_shop_settings(s)
        return [complete_sale(s, Cart([cart_item(s, product)]), CardPayment(), clerk, shop,
                              now=DEMO_NOW + timedelta(minutes=i)).order_number
                for i in range(n)]


def order_numbers(url):
    db = Database(url)
    try:
        with db.read() as s:
            return sorted(s.scalars(select(Sale.order_number)))
    finally:
        db.dispose()


def test_a_restored_backup_has_every_sale(db, tmp_path):
    sold = sell(db, 5)
    copy = backup_to(db.url, tmp_path / "copy.sqlite3")
    check_shop_file(copy)
    sell(db, 3)  # after the backup
    db.dispose()
    restore_from(copy, db.url)
    assert order_numbers(db.url) == sorted(sold)


def test_a_backup_is_consistent_while_the_app_is_writing(db, tmp_path):
    """WAL mode: sales committed but not yet checkpointed are in the copy."""
    sold = sell(db, 4)
    copy = backup_to(db.url, tmp_path / "live.sqlite3")
    assert order_numbers(f"sqlite:///{copy}") == sorted(sold)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 100])
def test_a_restore_refuses_a_file_that_is_not_a_shop_database(db, tmp_path, content):
    sold = sell(db, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(BackupError):
        restore_from(bad, db.url)
    assert order_numbers(db.url) == sorted(sold)


def test_a_restore_refuses_another_apps_sqlite_file(db, tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(BackupError, match="not a shop database"):
        restore_from(other, db.url)


def test_the_first_start_of_each_day_backs_up_and_only_the_last_14_are_kept(db):
    start = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)
    assert backup_if_first_start_today(db.url, start) is not None
    assert backup_if_first_start_today(db.url, start + timedelta(hours=3)) is None  # same day
    for day in range(1, 20):
        backup_if_first_start_today(db.url, start + timedelta(days=day))
    take_backup(db.url, start + timedelta(days=19, hours=10), "close")
    kept = backups(backup_folder(db.url))
    assert len(kept) == 14
    assert kept[-1].name == "counter-20261120-190000-close.sqlite3"
    assert kept[0].name == "counter-20261108-090000-start.sqlite3"
    check_shop_file(kept[-1])


def test_the_app_backs_up_at_its_first_start_of_the_day(qtbot, db):
    """(Later starts the same day make none: see backup_if_first_start_today above.)"""
    from ui.app import start_window
    window = start_window(db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage(), timeout=10_000)
    [copy] = backups(backup_folder(db.url))
    check_shop_file(copy)
