"""One Counter at a time on a shop file: the open app holds a lock beside the database, so a
second window (or a restore from the command line) knows it is there. A lock left by a
process that has died is taken over."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from db.backup import BackupError, sqlite_path


def lock_path(db_url: str) -> Path | None:
    """<shop file>.lock, or None for a database that is not a local file."""
    try:
        shop_file = sqlite_path(db_url)
    except BackupError:
        return None
    return shop_file.with_name(shop_file.name + ".lock")


def take_shop_lock(db_url: str) -> QLockFile | bool:
    """The lock, held until it is unlocked or the process ends; False when another process
    has it; True when there is nothing to lock (not a file)."""
    path = lock_path(db_url)
    if path is None:
        return True
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    return lock if lock.tryLock(0) else False
