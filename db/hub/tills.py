"""A shop's tills on its hub: each its own PostgreSQL role, which logs in with a password made
here and shown once, and which row-level security holds to its shop and its till."""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from psycopg import sql
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from db.hub.schema import SHOP_CODE_LENGTH, TILLS_ROLE, current_hub_revision
from db.hub.server import HubError
from db.words import N_

SHOP_CODE = re.compile(rf"[A-Z0-9-]{{1,{SHOP_CODE_LENGTH}}}")
TILL_CODE = re.compile(r"[A-Z0-9]{1,6}")
# SCRAM-SHA-256's work factor, PostgreSQL's own default.
SCRAM_ITERATIONS = 4096


def shop_code(typed: str) -> str:
    code = typed.strip().upper()
    if not SHOP_CODE.fullmatch(code):
        raise HubError(N_("a shop's code is 1 to {length} letters, digits or '-', not "
                          "'{typed}'"), length=SHOP_CODE_LENGTH, typed=typed)
    return code


def till_code(typed: str) -> str:
    code = typed.strip().upper()
    if not TILL_CODE.fullmatch(code):
        raise HubError(N_("a till's code is 1 to 6 letters or digits, not '{typed}'"),
                       typed=typed)
    return code


def add_shop(engine: Engine, shop: str, name: str | None = None) -> str:
    """The shop's row on the hub, made if it is new. Returns its code."""
    code = shop_code(shop)
    with engine.begin() as conn:
        _check_hub(conn)
        _add_shop(conn, code, name)
    return code


def add_till(engine: Engine, shop: str, till: str) -> str:
    """Makes the till's role and returns the URL it connects to the hub with: the only time
    its password is seen (the hub keeps a SCRAM verifier of it, not the password)."""
    shop, till = shop_code(shop), till_code(till)
    # Roles belong to the whole server, which may hold other hubs: a random tail keeps two
    # hubs' "T1" of shop "MAIN" apart.
    role = f"counter_{shop}_{till}_{secrets.token_hex(3)}".lower()
    password = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        _check_hub(conn)
        _add_shop(conn, shop, None)
        try:
            with conn.begin_nested():
                conn.execute(text("INSERT INTO tills (shop, code, role_name) "
                                  "VALUES (:shop, :code, :role)"),
                             {"shop": shop, "code": till, "role": role})
        except IntegrityError:
            raise HubError(N_("shop {shop} already has a till {till} on this hub: choose "
                              "another code"), shop=shop, till=till) from None
        _create_role(conn, role, password)
    url: URL = engine.url.set(username=role, password=password)
    return url.render_as_string(hide_password=False)


def _check_hub(conn: Connection) -> None:
    if current_hub_revision(conn) is None:
        raise HubError(N_("this database is not a hub yet: run `hub upgrade` on it first"))


def _add_shop(conn: Connection, code: str, name: str | None) -> None:
    conn.execute(text("INSERT INTO shops (code, name) VALUES (:code, :name) "
                      "ON CONFLICT (code) DO NOTHING"), {"code": code, "name": name})


def _create_role(conn: Connection, role: str, password: str) -> None:
    """A login that is nothing but a till: no superuser, no way around row-level security,
    no databases or roles of its own; its rights are counter_tills'."""
    statement = sql.SQL(
        "CREATE ROLE {role} LOGIN PASSWORD {password} NOSUPERUSER NOBYPASSRLS NOCREATEDB "
        "NOCREATEROLE NOREPLICATION INHERIT IN ROLE {tills}").format(
        role=sql.Identifier(role), password=sql.Literal(scram_verifier(password)),
        tills=sql.Identifier(TILLS_ROLE))
    with conn.connection.driver_connection.cursor() as cursor:
        cursor.execute(statement)


def scram_verifier(password: str) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5803's form), made
    here so the password itself never travels to the server, nor into its statement log."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return (f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}"
            f"${b64(stored_key)}:{b64(server_key)}")
