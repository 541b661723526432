"""Backups: consistent copies, the last 14 kept, and restores that refuse what is not a shop."""
from __future__ import annotations

import io
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

import main
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


# ----- main.py backup PATH / restore PATH ------------------------------------------------------
def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backup_then_restore_from_the_command_line_brings_every_sale_back(db, tmp_path, capsys):
    sold = sell(db, 4)
    code, out, err = run(capsys, "--db", db.url, "backup", str(tmp_path / "usb" / "shop.sqlite3"))
    assert (code, err) == (0, "")
    assert out == f"Backup written to {tmp_path / 'usb' / 'shop.sqlite3'}: 4 sales (2026-11-22), " \
                  f"{(tmp_path / 'usb' / 'shop.sqlite3').stat().st_size / 1_048_576:.1f} MB.\n"
    later = sell(db, 3)  # after the backup: gone once it is restored
    db.dispose()

    code, out, err = run(capsys, "--db", db.url, "restore", "--yes",
                         str(tmp_path / "usb" / "shop.sqlite3"))
    assert (code, err) == (0, "")
    assert "4 sales (2026-11-22)" in out and "7 sales (2026-11-22)" in out
    assert order_numbers(db.url) == sorted(sold)
    # What the restore replaced is kept, so the restore can itself be undone.
    [kept] = [p for p in backups(backup_folder(db.url)) if p.name.endswith("-before-restore.sqlite3")]
    assert f"The data it replaced is kept in {kept}." in out
    assert order_numbers(f"sqlite:///{kept}") == sorted(sold + later)
    # The restored file opens in the app as usual: the schema is current and sales go on.
    sell(db, 1)
    assert len(order_numbers(db.url)) == 5


def test_backup_into_a_folder_names_the_copy_by_the_date(db, tmp_path, capsys):
    sell(db, 1)
    code, out, _ = run(capsys, "--db", db.url, "backup", str(tmp_path))
    [copy] = tmp_path.glob("counter-*-manual.sqlite3")
    assert code == 0 and str(copy) in out
    check_shop_file(copy)


def test_backup_refuses_to_overwrite_a_file_that_is_not_a_backup_or_the_shop_itself(
        db, tmp_path, capsys):
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear supplier")
    code, out, err = run(capsys, "--db", db.url, "backup", str(letter))
    assert (code, out) == (2, "")
    assert "letter.txt already exists and is not a Counter backup" in err
    assert letter.read_text() == "Dear supplier"

    shop_file = db.url.removeprefix("sqlite:///")
    code, _, err = run(capsys, "--db", db.url, "backup", shop_file)
    assert code == 2 and "is the shop's own database" in err


@pytest.mark.parametrize("content", [b"", b"not a database at all",
                                     b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_a_file_that_is_not_a_shop_database_and_changes_nothing(
        db, tmp_path, capsys, content):
    sold = sell(db, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    code, out, err = run(capsys, "--db", db.url, "restore", "--yes", str(bad))
    assert code == 2 and out == "" and err.startswith("Nothing restored: ")
    assert order_numbers(db.url) == sorted(sold)
    assert backups(backup_folder(db.url)) == []


def test_restore_refuses_a_backup_from_a_newer_version_of_counter(db, tmp_path, capsys):
    newer = backup_to(db.url, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    code, _, err = run(capsys, "--db", db.url, "restore", "--yes", str(newer))
    assert code == 2 and "made by a newer version of Counter (schema 9999)" in err


def test_restore_refuses_while_the_app_is_open_on_the_shop(db, tmp_path, capsys):
    from ui.instance import take_shop_lock

    copy = backup_to(db.url, tmp_path / "copy.sqlite3")
    sold = sell(db, 2)
    app_lock = take_shop_lock(db.url)  # what the running app holds
    assert app_lock
    try:
        code, _, err = run(capsys, "--db", db.url, "restore", "--yes", str(copy))
    finally:
        app_lock.unlock()
    assert code == 2 and "Counter is open on this shop" in err
    assert order_numbers(db.url) == sorted(sold)


def test_restore_asks_first_and_needs_yes_when_nobody_can_answer(db, tmp_path, capsys,
                                                                  monkeypatch):
    copy = backup_to(db.url, tmp_path / "copy.sqlite3")
    sold = sell(db, 1)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    code, _, err = run(capsys, "--db", db.url, "restore", str(copy))
    assert code == 2 and "add --yes" in err

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, _ = run(capsys, "--db", db.url, "restore", str(copy))
    assert code == 1 and out.endswith("Nothing restored.\n")
    assert order_numbers(db.url) == sorted(sold)


def test_the_shop_lock_is_held_by_one_process_and_freed_when_it_dies(db):
    """What keeps a second window and a restore away from a running app; a crash (SIGKILL)
    must not leave the shop locked for ever."""
    import signal
    import subprocess
    import sys

    from ui.instance import take_shop_lock

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from ui.instance import take_shop_lock; "
         f"lock = take_shop_lock({db.url!r}); print(bool(lock), flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=Path(main.__file__).parent)
    try:
        assert holder.stdout.readline().strip() == "True"
        assert take_shop_lock(db.url) is False
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    lock = take_shop_lock(db.url)
    assert lock
    lock.unlock()


def test_the_restore_service_itself_refuses_a_newer_schema(db, tmp_path):
    newer = backup_to(db.url, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    sold = sell(db, 1)
    with pytest.raises(BackupError, match="newer version of Counter"):
        restore_from(newer, db.url)
    assert order_numbers(db.url) == sorted(sold)
