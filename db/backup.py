"""Consistent copies of the shop's SQLite file, made with SQLite's online backup API (safe
while the app is running), and restores that refuse anything that is not a shop database."""
from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from db.private_files import PRIVATE_FOLDER, keep_private, private_file, private_folder
from db.words import N_, Said

KEEP = 14
PAGES_A_STEP = 1024  # 4 MB of the usual 4 KB pages between two progress reports
REQUIRED_TABLES = {"alembic_version", "sales", "sale_lines", "payments", "products", "staff"}
_NAME = re.compile(r"^counter-(\d{8})-(\d{6})-(start|close|manual|before-restore)\.sqlite3$")


class BackupError(Said, ValueError):
    """A backup or restore that cannot be done, in words for the person (pos.i18n.words_of
    writes them in the person's language)."""


def sqlite_path(db_url: str) -> Path:
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError(N_("Backups are made of a shop database file (SQLite)."))
    return Path(url.database)


def backup_folder(db_url: str) -> Path:
    """Beside the shop's file: <folder>/backups."""
    return sqlite_path(db_url).parent / "backups"


def backup_to(db_url: str, target: Path, progress=None) -> Path:
    """A consistent copy of the live database at target (written beside it, then renamed,
    so a half-written file never has the backup's name), for the computer's user only."""
    source = sqlite_path(db_url)
    if not source.exists():
        raise BackupError(N_("There is no shop database at {path}."), path=source)
    target = Path(target)
    target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    private_file(partial)  # SQLite keeps the mode of a file that is there
    with _connect(source) as src, _connect(partial) as dst:
        _copy(src, dst, progress)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    partial.replace(target)
    return target


def check_shop_file(path: Path) -> None:
    """Refuses a file that is not a whole, valid shop database."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(N_("{path} is not a file."), path=path)
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError(N_("{name} is not a shop database (not an SQLite file)."),
                              name=path.name)
    try:
        with _connect(path, read_only=True) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(N_("{name} is damaged (integrity check failed)."),
                                  name=path.name)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = REQUIRED_TABLES - tables
            if missing:
                raise BackupError(N_("{name} is not a shop database (no {tables} table)."),
                                  name=path.name, tables=", ".join(sorted(missing)))
            if conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] != 1:
                raise BackupError(N_("{name} has no schema version."), name=path.name)
    except sqlite3.DatabaseError as error:
        raise BackupError(N_("{name} cannot be read as a shop database: {error}."),
                          name=path.name, error=error) from None


@dataclass(frozen=True)
class ShopFileSummary:
    """What a shop file holds, for a person to recognise it before a restore."""

    sales: int
    first_day: str | None
    last_day: str | None
    size_bytes: int

    def describe(self) -> str:
        size = f"{self.size_bytes / 1_048_576:.1f} MB"
        if not self.sales:
            return f"no sales, {size}"
        days = self.first_day if self.first_day == self.last_day else \
            f"{self.first_day} to {self.last_day}"
        return f"{self.sales:,} sale{'s' if self.sales != 1 else ''} ({days}), {size}"


def summarise(path: Path) -> ShopFileSummary:
    with _connect(Path(path), read_only=True) as conn:
        count, first, last = conn.execute(
            "SELECT count(*), min(business_date), max(business_date) FROM sales").fetchone()
    return ShopFileSummary(count, first, last, Path(path).stat().st_size)


def _check_schema_known(path: Path, known_revisions: set[str]) -> None:
    with _connect(path, read_only=True) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if revision not in known_revisions:
        raise BackupError(N_("{name} was made by a newer version of Counter (schema "
                             "{revision}): update Counter before restoring it."),
                          name=path.name, revision=revision)


def restore_from(source: Path, db_url: str, moment: datetime | None = None,
                 progress=None) -> Path | None:
    """Replaces the shop's data with the backup's, after checking it. Run with the app closed;
    the app upgrades an older backup's schema when it next opens the file.

    The data being replaced is first copied to the backups folder ("before-restore"), so a
    restore can itself be undone; that copy's path is returned (None when there was no
    shop file yet). A backup from a newer schema than this app knows is refused."""
    from db.migrate import known_revisions

    source = Path(source)
    check_shop_file(source)
    _check_schema_known(source, known_revisions())
    target = sqlite_path(db_url)
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(N_("{name} is the shop's own database, not a backup of it."),
                          name=source.name)
    kept = None
    if target.exists():
        moment = moment or datetime.now()
        # Not take_backup: its pruning could delete the very backup being restored.
        kept = backup_to(db_url, private_folder(backup_folder(db_url)) /
                         f"counter-{moment:%Y%m%d}-{moment:%H%M%S}-before-restore.sqlite3")
    target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    private_file(target)
    with _connect(source, read_only=True) as src, _connect(target) as dst:
        _copy(src, dst, progress)
    return kept


def keep_backups_private(db_url: str) -> None:
    """An older shop's backups folder and backups: for the computer's user only."""
    try:
        folder = backup_folder(db_url)
    except BackupError:
        return  # not a file: no backups folder
    if folder.is_dir():
        keep_private(folder, *folder.iterdir())


def backups(folder: Path) -> list[Path]:
    """The app's own backups in folder, oldest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _NAME.match(p.name)),
                  key=lambda p: _NAME.match(p.name).group(1, 2))


def take_backup(db_url: str, moment: datetime, reason: str, keep: int = KEEP) -> Path:
    """A named backup (reason: start, close or manual), keeping the last `keep`.
    moment is the shop's local time: the name says the shop's day."""
    folder = private_folder(backup_folder(db_url))
    target = folder / f"counter-{moment:%Y%m%d}-{moment:%H%M%S}-{reason}.sqlite3"
    backup_to(db_url, target)
    for old in backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_if_first_start_today(db_url: str, moment: datetime, keep: int = KEEP) -> Path | None:
    """The first start of each (local) day takes a backup; later starts that day do not."""
    day = f"{moment:%Y%m%d}"
    if any(_NAME.match(p.name).group(1) == day for p in backups(backup_folder(db_url))):
        return None
    return take_backup(db_url, moment, "start", keep)


def _connect(path: Path, read_only: bool = False):
    """A connection that is closed (not merely committed) at the end of the with-block."""
    if read_only:
        return closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10))
    return closing(sqlite3.connect(path, timeout=10))


def _copy(src, dst, progress=None) -> None:
    """SQLite's online backup, all at once; in steps when someone watches its progress:
    progress(pages copied, pages in all), as backup_to and restore_from are given it."""
    if progress is None:
        src.backup(dst)
        return
    src.backup(dst, pages=PAGES_A_STEP,
               progress=lambda _status, remaining, total: progress(total - remaining, total))
