"""Backups taken off the GUI thread: at the first start of each day and at the day's close."""
from __future__ import annotations

from db.backup import BackupError, backup_if_first_start_today, take_backup
from PySide6.QtCore import QCoreApplication

from db.types import utc_now
from pos.i18n import words_of
from pos.shop import ShopSettings
from ui.background import run_task


def backup_in_background(db_url: str, shop: ShopSettings, reason: str, report=None) -> None:
    """reason "start": only the day's first start backs up; "close": always."""
    moment = shop.local_time(utc_now())

    def work():
        try:
            if reason == "start":
                return backup_if_first_start_today(db_url, moment)
            return take_backup(db_url, moment, reason)
        except BackupError:
            return None  # not a SQLite file (a shared PostgreSQL shop backs up on the server)

    def done(path):
        if path is not None and report is not None:
            report(QCoreApplication.translate("backups", "Backup saved: {file}").format(
                file=path.name))

    def failed(error):
        if report is not None:
            report(QCoreApplication.translate(
                "backups", "The backup could not be made: {error}").format(error=words_of(error)))

    run_task(work, done, failed)
