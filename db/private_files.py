"""The shop's files for the computer's user only: the database (customers' contact details,
PIN hashes, defect photos), its backups and the log.

Folders 0700, files 0600, set with chmod after creating them (or by creating a file with that
mode), never with os.umask: the umask is the whole process's, threads included. On Windows
chmod only sets the read-only flag; the user's profile folder already keeps others out.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

__all__ = ["PRIVATE_FILE", "PRIVATE_FOLDER", "keep_private", "private_file", "private_folder"]

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
log = logging.getLogger(__name__)


def private_folder(path: Path) -> Path:
    """The folder, made if missing, that only the computer's user may open."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    _chmod(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """The file, created empty if missing, that only the computer's user may read."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    except OSError as error:  # a folder that is not there yet, a read-only disk: said later
        log.warning("Could not create %s: %s", path, error)
        return path
    _chmod(path, PRIVATE_FILE)
    return path


def keep_private(*paths: Path) -> None:
    """Those of the files and folders that exist: for the computer's user only (an older
    shop's, made readable by everyone)."""
    for path in map(Path, paths):
        if path.is_dir():
            _chmod(path, PRIVATE_FOLDER)
        elif path.exists():
            _chmod(path, PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError as error:  # another user's file: the app still runs, the log says so
        log.warning("Could not make %s private: %s", path, error)
