"""`till attach` and `hub sync` from the command line, on a real hub: one line each, the exit
code a script can trust, and never the till's password."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

import main
from db.hub.credentials import hub_url
from db.models import HubLink
from tests.test_hub_sync import closed_port, hub, sell, some_sku  # noqa: F401 - hub: fixture

ROOT = Path(__file__).resolve().parent.parent


def test_attach_keeps_the_url_and_hub_sync_pushes_what_waits(hub, db, capsys):  # noqa: F811
    from db.hub.tills import add_till
    url = add_till(hub.engine, "CASA", "T1")
    password = make_url(url).password
    assert main.main(["--db", db.url, "till", "attach", "--hub", url, "--shop", "casa",
                      "--till", "t1"]) == 0
    out = capsys.readouterr().out
    assert "Till T1 of shop CASA is attached" in out and "nothing waiting" in out
    assert password not in out
    assert hub_url() == url  # kept for the app and hub sync (a user-only file here)

    sell(db, (some_sku(db), 1))
    assert main.main(["--db", db.url, "hub", "sync"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("hub: pushed ") and line.endswith("nothing waiting")
    with hub.read() as session:
        assert session.scalar(text("SELECT count(*) FROM sales")) == 1


def test_hub_sync_of_a_till_standing_alone_says_to_attach_it(db, capsys):
    assert main.main(["--db", db.url, "hub", "sync"]) == 2
    assert "not attached" in capsys.readouterr().err


def test_hub_sync_with_the_hub_down_fails_in_seconds_in_one_line(hub, db):  # noqa: F811
    from db.hub.sync import attach
    from db.hub.tills import add_till
    url = add_till(hub.engine, "CASA", "T1")
    attach(db, url, "CASA", "T1", keep_url=False)
    sell(db, (some_sku(db), 1))
    down = make_url(url).set(port=closed_port()).render_as_string(hide_password=False)
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db.url, "hub", "sync"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**_environment(), "POS_HUB_URL": down})
    assert time.monotonic() - started < 20
    assert done.returncode == 1
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert "hub unreachable" in done.stderr and make_url(url).password not in done.stderr
    with db.read() as session:
        assert session.scalar(select(HubLink.unreachable_since)) is not None


def _environment() -> dict[str, str]:
    import os
    return {key: value for key, value in os.environ.items() if key != "POS_HUB_URL"}


def test_attach_with_a_wrong_tills_url_changes_nothing(hub, db, capsys):  # noqa: F811
    from db.hub.tills import add_till
    url = add_till(hub.engine, "CASA", "T1")
    assert main.main(["--db", db.url, "till", "attach", "--hub", url, "--shop", "CASA",
                      "--till", "T2"]) == 2
    assert "till T1's of shop CASA" in capsys.readouterr().err
    assert hub_url() is None
    with db.read() as session:
        assert session.get(HubLink, 1) is None


def test_no_log_line_carries_the_tills_hub_password(hub, db, capsys):  # noqa: F811
    """The URL read from the store or given to `till attach` registers its password: any
    later log line holding it, from anywhere, is redacted."""
    import logging

    from db.hub.tills import add_till
    from pos.logs import LOG_NAME, log_folder

    url = add_till(hub.engine, "CASA", "T1")
    password = make_url(url).password
    assert main.main(["--db", db.url, "till", "attach", "--hub", url, "--shop", "CASA",
                      "--till", "T1"]) == 0
    logging.getLogger("db.elsewhere").error("connecting to %s", url)
    log_text = (log_folder() / LOG_NAME).read_text(encoding="utf-8")
    assert "db.elsewhere: connecting to" in log_text and password not in log_text


def test_a_shop_that_never_saved_its_policy_brings_version_1_to_the_hub(hub, db, capsys):  # noqa: F811
    """Every return points at a policy version: the first till's defaults become version 1
    before they go to the hub, so a return made later pushes (it failed on a foreign key)."""
    from db.hub.tills import add_till
    from db.models import PolicyVersion
    with db.read() as session:
        assert session.scalar(select(PolicyVersion.id)) is None
    url = add_till(hub.engine, "CASA", "T1")
    assert main.main(["--db", db.url, "till", "attach", "--hub", url, "--shop", "CASA",
                      "--till", "T1"]) == 0
    with db.read() as session:
        local = session.scalars(select(PolicyVersion.id)).all()
    with hub.read() as session:
        assert session.scalars(select(PolicyVersion.id)).all() == local == [1]
