"""The till's way into its hub: a PostgreSQL URL with the till's own role and password,
kept like the TikTok token (db/secrets.py). POS_HUB_URL wins, for scripts and tests.
The password never reaches a log line: every one read or kept is redacted (db/secrets.py)."""
from __future__ import annotations

import os

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from db.secrets import SecretStore, seen

ENV_HUB_URL = "POS_HUB_URL"


class HubUrlStore(SecretStore):
    keyring_service = "Counter shop hub"
    keyring_user = "till-url"
    file_name = "hub-url"
    environment_variable = ENV_HUB_URL


def hub_url(environ=os.environ, store: HubUrlStore | None = None) -> str | None:
    """The hub's URL for this till, None when none is kept (the till stands alone)."""
    url = (store or HubUrlStore()).get(environ)
    if not url:
        return None
    _remember_password(url)
    return url


def store_hub_url(url: str, store: HubUrlStore | None = None) -> None:
    _remember_password(url)
    (store or HubUrlStore()).set(url)


def _remember_password(url: str) -> None:
    try:
        password = make_url(url).password
    except ArgumentError:
        return
    if password:
        seen(str(password))
