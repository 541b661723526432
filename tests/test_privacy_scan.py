"""After a day of activity, neither the TikTok token nor a customer's raw email or phone is
in the log file or the TikTok queue; the token is nowhere in the database."""
from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import OutboxEvent, Sale
from pos.demo import fill_demo_sales
from pos.logs import Redact, configure_logging
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture
from tracking.settings import TokenStore
from tracking.sync import sync_once

TOKEN = "tt-secret-0123456789abcdef"


def test_a_day_of_activity_leaves_no_token_or_contact_data_in_logs_or_queue(
        db, tiktok_server, monkeypatch, tmp_path):  # noqa: F811
    log_file = configure_logging(tmp_path / "logs")
    try:
        monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
        monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
        now = datetime(2026, 11, 22, 20, 0, tzinfo=timezone.utc)
        fill_demo_sales(db, 80, 2, seed=3, now=now)
        # A server that repeats the token and a customer's email back in its error message.
        with db.read() as s:
            email = s.scalar(select(Sale.customer_email).where(Sale.customer_email.isnot(None)))
        tiktok_server.enqueue(200, {"code": 50001, "message": f"bad {TOKEN} for {email}"})
        sync_once(db, now=now)
        sync_once(db, now=datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc))
        logging.getLogger("pos.test").error("customer %s wrote from %s", email, "+212612345678")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "counter_log", False):
                handler.close()
                logging.getLogger().removeHandler(handler)

    with db.read() as s:
        contacts = [(e, p) for e, p in s.execute(
            select(Sale.customer_email, Sale.customer_phone).where(Sale.customer_phone.isnot(None)))]
        payloads = list(s.scalars(select(OutboxEvent.payload)))
    assert len(contacts) > 20 and payloads  # the day really had customers and events
    national = [p.replace("+212", "0") for _, p in contacts]
    log_text = log_file.read_text(encoding="utf-8")
    assert "Sale S-" in log_text and "TikTok" in log_text  # the log does record the day
    queue_text = "\n".join(payloads)
    for text in (log_text, queue_text):
        assert TOKEN not in text
        for (mail, phone), local in zip(contacts, national):
            assert mail not in text and phone not in text and local not in text
    assert "+212612345678" not in log_text and "[phone]" in log_text
    with sqlite3.connect(db.url.removeprefix("sqlite:///")) as conn:
        assert not any(TOKEN in line for line in conn.iterdump())


def test_the_redaction_filter_removes_contact_data_and_secrets():
    record = logging.LogRecord("x", logging.INFO, __file__, 1,
                               "mail %s phone %s token %s order %s", (
                                   "a.b@example.ma", "06 12 34 56 78", "sekret-token",
                                   "S-20261122-0007"), None)
    Redact(["sekret-token"]).filter(record)
    assert record.getMessage() == "mail [email] phone [phone] token *** order S-20261122-0007"


def test_a_token_the_token_store_has_read_is_removed_from_every_record(tmp_path):
    token = "tt-read-by-the-store-31415926"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent with %s", (token,), None)
    Redact().filter(record)
    assert token in record.getMessage()  # a token never read is not known to the filter
    store = TokenStore(folder=tmp_path, use_keyring=False)
    store.get(environ={"POS_TIKTOK_ACCESS_TOKEN": token})
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent with %s", (token,), None)
    Redact().filter(record)
    assert record.getMessage() == "sent with ***"


def test_the_command_line_logs_to_the_log_file_without_the_token(
        db, tiktok_server, monkeypatch, capsys):  # noqa: F811
    """main() sets up the log file itself; a token read from the store is redacted even in
    text that came back from the server."""
    import main
    from pos.logs import LOG_NAME, log_folder

    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    now = datetime(2026, 11, 22, 20, 0, tzinfo=timezone.utc)
    fill_demo_sales(db, 3, 1, seed=5, now=now)
    tiktok_server.enqueue(200, {"code": 40002, "message": f"token {TOKEN} has no permission"})
    main.main(["--db", db.url, "sync"])
    assert "3 sent" in capsys.readouterr().out
    # Any later line holding the token, from anywhere, is redacted: the store registered it.
    logging.getLogger("tracking.elsewhere").error("server said: %s", f"Bearer {TOKEN}")

    log_text = (log_folder() / LOG_NAME).read_text(encoding="utf-8")
    assert "TikTok: 3 sent" in log_text and "server said: Bearer ***" in log_text
    assert TOKEN not in log_text
