"""Reaching the hub's PostgreSQL server: within seconds or not at all, and never a password in
what is said about it."""
from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from db.engine import engine_url, make_engine

class HubError(Exception):
    """What went wrong with the hub, in one line a person can read (no password in it)."""


def hub_url(text: str) -> URL:
    """The hub's URL, checked: a PostgreSQL server's, reached with psycopg 3."""
    try:
        url = make_url(engine_url(text.strip()))
    except (ArgumentError, ValueError):
        raise HubError("the hub's URL should look like "
                       "postgresql://USER:PASSWORD@HOST:5432/DATABASE") from None
    if url.get_backend_name() != "postgresql":
        raise HubError(f"the hub is a PostgreSQL server, not {url.get_backend_name()}: "
                       "postgresql://USER:PASSWORD@HOST:5432/DATABASE")
    return url


def shown(url: URL) -> str:
    """The URL as it may be printed or logged: the password masked."""
    return url.render_as_string(hide_password=True)


def hub_engine(text: str) -> Engine:
    """An engine as the tills' (db.engine.make_engine): a few seconds to connect at most."""
    return make_engine(hub_url(text).render_as_string(hide_password=False))


def failure(error: DBAPIError, url: URL) -> HubError:
    """The server's own first line, e.g. "Connection refused", "password authentication
    failed" or "permission denied to create role", with the password struck out wherever
    it might appear (as typed, or as the URL encodes it)."""
    from urllib.parse import quote_plus

    from sqlalchemy.exc import OperationalError

    lines = str(error.orig or error).strip().splitlines()
    reason = lines[0] if lines else type(error).__name__
    if url.password:
        for form in {str(url.password), quote_plus(str(url.password))}:
            reason = reason.replace(form, "***")
    if isinstance(error, OperationalError):
        return HubError(f"could not connect to the hub at {shown(url)}: {reason}")
    return HubError(f"the hub at {shown(url)} refused: {reason}")
