"""The shop's data for the computer's user only: the database with its -wal and -shm (the
defect photos are stored in it), the backups and the log; folders 0700, files 0600, for a
new shop and for an older one opened again."""
from __future__ import annotations

import logging
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from db.backup import backup_folder, restore_from, take_backup
from db.engine import data_folder, default_db_url
from db.models import ReturnLine
from pos.app import open_shop
from pos.logs import LOG_NAME, configure_logging, log_folder

MOMENT = datetime(2026, 11, 22, 11, 0)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """The usual umask (files 644, folders 755), whatever the test runner's is."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def shop_files(db) -> list[Path]:
    shop = Path(db.url.removeprefix("sqlite:///"))
    return [shop, shop.with_name(shop.name + "-wal"), shop.with_name(shop.name + "-shm")]


def assert_private(*folders: Path) -> None:
    """Every folder under these 0700, every file 0600."""
    seen = 0
    for folder in folders:
        assert mode(folder) == 0o700, folder
        for path in folder.rglob("*"):
            assert mode(path) == (0o700 if path.is_dir() else 0o600), path
            seen += 1
    assert seen


def test_a_new_shop_its_backup_and_its_log_are_for_the_user_only():
    db = open_shop()  # the default file in the data folder
    try:
        assert db.url == default_db_url()
        with db.read() as session:  # a defect photo has no file of its own: it is a column
            session.scalars(select(ReturnLine.photo)).all()
        assert all(path.exists() for path in shop_files(db))  # WAL open: -wal and -shm
        backup = take_backup(db.url, MOMENT, "start")
        path = configure_logging()
        logging.getLogger("counter").info("Sale S-20261122-0001 saved")
        assert_private(data_folder(), log_folder())
        assert mode(backup) == 0o600 and mode(path) == 0o600
        assert backup.parent == backup_folder(db.url)
    finally:
        db.dispose()


def test_an_older_shop_readable_by_everyone_is_made_private_at_start():
    db = open_shop()
    take_backup(db.url, MOMENT, "start")
    db.dispose()
    configure_logging()
    rotated = log_folder() / f"{LOG_NAME}.1"
    rotated.write_text("an older day's log\n")
    everything = [data_folder(), log_folder(), *data_folder().rglob("*"), *log_folder().rglob("*")]
    for path in everything:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)

    db = open_shop()
    try:
        configure_logging()
        assert_private(data_folder(), log_folder())
        assert all(mode(path) == 0o600 for path in shop_files(db))
    finally:
        db.dispose()


def test_the_new_log_after_a_rotation_is_private():
    path = configure_logging()
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "counter_log", False))
    handler.doRollover()
    assert mode(path) == 0o600 and mode(path.with_name(f"{LOG_NAME}.1")) == 0o600


def test_a_restore_and_a_manual_backup_are_private(tmp_path):
    db = open_shop()
    try:
        manual = take_backup(db.url, MOMENT, "manual")
    finally:
        db.dispose()
    target = tmp_path / "elsewhere" / "shop.sqlite3"
    restore_from(manual, f"sqlite:///{target}")
    assert mode(target) == 0o600 and mode(target.parent) == 0o700
