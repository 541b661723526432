"""Shared fixtures: every test gets its own shop database, copied from one migrated
template, so no test touches a real shop's data or the user's settings."""
from __future__ import annotations

import gc
import logging
import os
import shlex
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pos.staff  # noqa: E402
from db.engine import Database  # noqa: E402
from db.migrate import upgrade_to_head  # noqa: E402
from pos.demo import create_demo_shop, DEMO_CLERK, DEMO_MANAGER  # noqa: E402
from pos.shop import load_shop_settings  # noqa: E402
from ui.collector import collect_due  # noqa: E402

# A fixed moment for the demo shop's promotions: Sunday 22 November 2026, 11:00 in Casablanca.
DEMO_NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """As in the app (ui/collector.py): no collection may run on a worker thread, where it
    would destroy an earlier test's widgets from the wrong thread. This fixture is set up
    before qtbot and torn down after it, so each test's closed widgets go here."""
    gc.disable()
    yield
    collect_due()


# The suite's PIN hashes: as salted, a thousand times cheaper than the app's (pos/staff.py).
TEST_PIN_COST = pos.staff.ScryptCost(n=16, r=1, p=1)


@pytest.fixture(scope="session", autouse=True)
def _quick_pin_hashes():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pos.staff, "pin_cost", TEST_PIN_COST)
        yield


@pytest.fixture(scope="session")
def _templates(tmp_path_factory, _quick_pin_hashes) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite3"
    db = Database(f"sqlite:///{empty}")
    upgrade_to_head(db.engine)
    db.dispose()
    demo = folder / "demo.sqlite3"
    shutil.copy(empty, demo)
    db = Database(f"sqlite:///{demo}")
    with db.write() as session:
        create_demo_shop(session, load_shop_settings(session).local_date(DEMO_NOW))
    db.dispose()
    return {"empty": empty, "demo": demo}


def _copy(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / "shop.sqlite3"
    shutil.copy(template, target)
    return Database(f"sqlite:///{target}")


@pytest.fixture
def empty_db(_templates, tmp_path):
    """A database at the current schema with nothing in it."""
    db = _copy(_templates["empty"], tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def db(_templates, tmp_path):
    """The demo shop: 24 products, two collections with a running promotion, two staff."""
    db = _copy(_templates["demo"], tmp_path)
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path):
    """No test reads the real user's database or settings."""
    monkeypatch.delenv("POS_DB_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the log file
    # Never the user's real keyring: the token goes to the file store in the tmp folder.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for name in ("POS_HUB_URL", "POS_TIKTOK_API_URL", "POS_TIKTOK_ACCESS_TOKEN", "POS_TIKTOK_EVENT_SOURCE_ID",
                 "POS_TIKTOK_TEST_EVENT_CODE"):
        monkeypatch.delenv(name, raising=False)
    # main() sets up the log file and the uncaught-error hook: each test gets them back as
    # they were, so no test logs into another test's folder.
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    for handler in set(root.handlers) - set(handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    sys.excepthook = hook


CLERK_NAME, CLERK_PIN = DEMO_CLERK
MANAGER_NAME, MANAGER_PIN = DEMO_MANAGER


def demo_staff(session, name: str):
    """The demo shop's member of staff by name (CLERK_NAME or MANAGER_NAME)."""
    from sqlalchemy import select

    from db.models import Staff
    return session.scalar(select(Staff).where(Staff.name == name))


def demo_product(session, sku: str):
    """A product of the shop by its SKU."""
    from sqlalchemy import select

    from db.models import Product
    return session.scalar(select(Product).where(Product.sku == sku))


def cart_of(db, *lines):
    """A cart as the counter builds it, from (sku, quantity) pairs."""
    from pos.cart import Cart
    from pos.products import cart_item
    cart = Cart()
    with db.read() as session:
        for sku, quantity in lines:
            cart.add(cart_item(session, demo_product(session, sku), quantity))
    return cart


class _SynchronousPool:
    """A thread pool that runs each task at once on the calling thread, as Picard's tests
    do: the answer is on screen when the call that asked for it returns."""

    def start(self, runnable, priority: int = 0) -> None:
        runnable.run()


@pytest.fixture
def synchronous_tasks(monkeypatch):
    """Background work (ui/background.py) runs synchronously: no test polls for it. Tests
    that check the work really runs off the GUI thread leave this fixture out."""
    from ui import background
    monkeypatch.setattr(background, "pool", _SynchronousPool())


# --- PostgreSQL, the hub's engine -------------------------------------------------------------
# scripts/test.sh starts a throwaway server for the run and names it in POS_TEST_PG_URL;
# pytest-postgresql makes each test that asks for `postgresql` a new, empty database on it.
# Without the server those tests fail, saying why: CI must never pass them by skipping.

TEST_PG_URL = "POS_TEST_PG_URL"


@pytest.fixture(scope="session")
def _test_pg_server():
    from types import SimpleNamespace

    from sqlalchemy.engine import make_url
    url = os.environ.get(TEST_PG_URL)
    if not url:
        pytest.fail(f"{TEST_PG_URL} is not set: run the tests with scripts/test.sh, which starts "
                    "a PostgreSQL server for them, or set it to a server of your own", pytrace=False)
    url = make_url(url)
    return SimpleNamespace(host=url.host, port=url.port or 5432, user=url.username,
                           password=url.password, options="",
                           maintenance_dbname=url.database or "postgres", template_dbname=None)


from pytest_postgresql import factories  # noqa: E402

postgresql_server = factories.postgresql_noproc(dbname="counter_test",
                                                depends_on="_test_pg_server")
postgresql = factories.postgresql("postgresql_server")


@pytest.fixture
def pg_db(postgresql):
    """A Database on a new, empty PostgreSQL database of its own (no schema yet)."""
    from sqlalchemy.engine import make_url
    info = postgresql.info
    url = make_url(os.environ[TEST_PG_URL]).set(database=info.dbname)
    db = Database(url.render_as_string(hide_password=False))
    yield db
    db.dispose()


@pytest.fixture
def hub_and_tills(pg_db):
    """A hub: pg_db upgraded as `hub upgrade` does it. .owner is pg_db, logged in as the
    owner; .till("A", "T1") adds that till as `hub add-till` does and gives a Database
    logged in with its URL (its own role and password), as the till itself would be."""
    from types import SimpleNamespace

    from db.hub.schema import upgrade_hub
    from db.hub.tills import add_till

    upgrade_hub(pg_db.engine)
    opened: list[Database] = []

    def till(shop: str, code: str) -> Database:
        opened.append(Database(add_till(pg_db.engine, shop, code)))
        return opened[-1]

    yield SimpleNamespace(owner=pg_db, till=till)
    for db in opened:
        db.dispose()


class ThrowawayServer:
    """The tests' own PostgreSQL server, stopped and started again by a test (the hub down
    and back), through the pg_ctl command scripts/test-postgres.sh exports."""

    def __init__(self, pg_ctl: list[str]):
        self.pg_ctl = pg_ctl

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        # From /: under root pg_ctl runs as the postgres user, who may not read the cwd.
        return subprocess.run([*self.pg_ctl, *args], cwd="/", capture_output=True, text=True,
                              timeout=60)

    def running(self) -> bool:
        return self._run("status").returncode == 0

    def stop(self) -> None:
        """Fast shutdown: open sessions are cut off mid-statement, as a crashed hub's are."""
        done = self._run("stop", "-m", "fast", "-w")
        assert done.returncode == 0, done.stderr

    def start(self) -> None:
        done = self._run("start", "-w")
        assert done.returncode == 0, done.stderr


@pytest.fixture
def hub_server():
    """Stops and starts the tests' server; it is running again when the test ends, however
    the test ended, since the tests after it use it."""
    pg_ctl = os.environ.get("POS_TEST_PG_CTL")
    if not pg_ctl:
        pytest.fail("POS_TEST_PG_CTL is not set: the tests that stop the hub's server need the "
                    "one scripts/test.sh starts", pytrace=False)
    server = ThrowawayServer(shlex.split(pg_ctl))
    yield server
    if not server.running():
        server.start()


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test may switch the app's language (ui.language.apply_language, pos.i18n): the next
    one starts in English again, whatever happened."""
    yield
    from pos import i18n
    if i18n.language() != i18n.ENGLISH or sys.modules.get("ui.language") is not None:
        language = sys.modules.get("ui.language")
        if language is not None and language._applied and language._applied != [i18n.ENGLISH]:
            language.apply_language(i18n.ENGLISH)
        i18n.use_language(i18n.ENGLISH)
