"""Reaching the hub's PostgreSQL server: within seconds or not at all, and never a password in
what is said about it."""
from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from db.engine import engine_url, make_engine
from db.words import N_, Said

# The server could not be reached, or it answered and refused: {url} without its password,
# {reason} the server's own first line, as it wrote it.
COULD_NOT_CONNECT = N_("could not connect to the hub at {url}: {reason}")
REFUSED = N_("the hub at {url} refused: {reason}")


class HubError(Said):
    """What went wrong with the hub, in one line a person can read (no password in it);
    pos.i18n.words_of writes it in the person's language."""


def hub_url(text: str) -> URL:
    """The hub's URL, checked: a PostgreSQL server's, reached with psycopg 3."""
    try:
        url = make_url(engine_url(text.strip()))
    except (ArgumentError, ValueError):
        raise HubError(N_("the hub's URL should look like {example}"),
                       example="postgresql://USER:PASSWORD@HOST:5432/DATABASE") from None
    if url.get_backend_name() != "postgresql":
        raise HubError(N_("the hub is a PostgreSQL server, not {backend}: {example}"),
                       backend=url.get_backend_name(),
                       example="postgresql://USER:PASSWORD@HOST:5432/DATABASE")
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
        return HubError(COULD_NOT_CONNECT, url=shown(url), reason=reason)
    return HubError(REFUSED, url=shown(url), reason=reason)
