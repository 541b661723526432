"""Long command-line work (`demo`, `import-products`, `sync`, `backup`, `restore`) shows its progress
and the time it has left on a terminal, and nothing in a script: the one-line summaries on
stdout stay as they are either way."""
from __future__ import annotations

import io
import re
import sys

import pytest

import main
from db.backup import backup_to
from db.types import utc_now
from pos.checkout import CashPayment
from pos.money import Money
from tests.test_catalog_import import SHOPIFY
from tests.conftest import cart_of as make_cart
from tests.test_checkout import SHIRT, pay
from tests.test_tracking_sync import TOKEN
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture


class Terminal(io.StringIO):
    """stderr as a person's terminal."""

    def isatty(self) -> bool:
        return True


def _demo(db, tmp_path):
    return ["demo", "--sales", "20", "--days", "2"], "Demo sales", "demo sales and"


def _import(db, tmp_path):
    return ["import-products", str(SHOPIFY)], "Importing", "imported by"


def _backup(db, tmp_path):
    return ["backup", str(tmp_path / "copy.sqlite3")], "Backing up", "Backup written to"


def _restore(db, tmp_path):
    copy = backup_to(db.url, tmp_path / "copy.sqlite3")
    db.dispose()
    return ["restore", "--yes", str(copy)], "Restoring", "Restored copy.sqlite3"


@pytest.fixture(autouse=True)
def _tiktok(monkeypatch, tiktok_server):  # noqa: F811
    """`sync` sends to the local TikTok server."""
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)


def _sync(db, tmp_path):
    """Two sales' events for the local TikTok server (tests/tiktok_server.py)."""
    for _ in range(2):
        pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("200")), now=utc_now())
    return ["sync"], "Sending to TikTok", "TikTok: 2 sent"


COMMANDS = {"demo": _demo, "import-products": _import, "sync": _sync, "backup": _backup,
            "restore": _restore}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_terminal_sees_the_progress_and_what_is_left(db, tmp_path, capsys, monkeypatch,
                                                       command):
    args, bar, summary = COMMANDS[command](db, tmp_path)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = main.main(["--db", db.url, *args])
    drawn = terminal.getvalue()
    assert code in (0, 1), drawn  # the Shopify fixture has lines to skip: 1
    assert bar in drawn and "100%" in drawn
    done = re.findall(r"(\d+)/(\d+) ", drawn)[-1]
    assert done[0] == done[1] and int(done[1]) > 0  # the count of what was done, to the end
    assert re.search(r"\d\d:\d\d<\d\d:\d\d", drawn)  # the time spent, then the time left
    assert summary in capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS)
def test_a_script_sees_the_summary_only(db, tmp_path, capsys, command):
    args, _bar, summary = COMMANDS[command](db, tmp_path)
    code = main.main(["--db", db.url, *args])
    out = capsys.readouterr()
    assert code in (0, 1)
    assert out.err == ""
    assert summary in out.out and "%" not in out.out
