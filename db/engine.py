"""Opening the shop's database: URL choice, SQLite durability settings, sessions.

A till's database is its SQLite file; a shop's hub is PostgreSQL (15 or later), reached
with psycopg 3. SQLite specifics live here and nowhere else, so the same code runs on both.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.private_files import keep_private, private_file, private_folder

APP_NAME = "Counter"
BUSY_TIMEOUT_MS = 10_000


def data_folder() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    folder = private_folder(data_folder())
    return f"sqlite:///{folder / 'counter.sqlite3'}"


def sqlite_file(url: str) -> Path | None:
    """The database's file, or None when it is not a local SQLite file."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_shop_file_private(path: Path) -> None:
    """The shop's file, its -wal and -shm, for the computer's user only. Before the first
    connection: SQLite gives the -wal and -shm it creates the database file's mode."""
    if path.parent.is_dir():
        private_file(path)
    keep_private(path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
    if path.parent == data_folder():
        keep_private(path.parent)


def resolve_db_url(cli_url: str | None = None) -> str:
    """--db wins, then POS_DB_URL, then the file in the user's data folder."""
    return cli_url or os.environ.get("POS_DB_URL") or default_db_url()


def engine_url(url: str) -> str:
    """PostgreSQL is reached with psycopg 3: a plain postgresql:// URL (SQLAlchemy's default
    driver for it is psycopg2, which Counter does not install) is given that driver."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


# A hub that does not answer is known within seconds, not after TCP's minutes: to connect,
# and once connected (the hub's machine switched off or its network gone in the middle of a
# batch sends no reset: TCP keepalives and tcp_user_timeout give up on it in about 15 s).
HUB_CONNECT_TIMEOUT_S = 5
HUB_CONNECTION = {"connect_timeout": HUB_CONNECT_TIMEOUT_S, "keepalives": 1,
                  "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3,
                  "tcp_user_timeout": 15_000}


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "postgresql":
        # pre_ping: a server restarted since the last sync leaves dead pooled connections.
        return create_engine(engine_url(url), pool_pre_ping=True,
                             connect_args=dict(HUB_CONNECTION))
    engine = create_engine(engine_url(url))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Take transaction control from the sqlite3 module so BEGIN is ours (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        # A writer takes the write lock up front (waiting up to busy_timeout), so it can
        # never fail half-way with "database is locked" after reading.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The engine plus the two kinds of unit of work: reading and writing."""

    def __init__(self, url: str):
        self.url = url
        shop_file = sqlite_file(url)
        if shop_file is not None:
            make_shop_file_private(shop_file)
        self.engine = make_engine(url)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)

    @contextmanager
    def read(self):
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self):
        """One transaction: everything inside commits together, or nothing does."""
        with self._writer() as session, session.begin():
            yield session

    def session(self) -> Session:
        return self._reader()

    def dispose(self) -> None:
        self.engine.dispose()
