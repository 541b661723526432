"""The till's hub as the counter shows it: the status bar's line, the manager's Hub window,
and one sync on demand. No Qt here; the screens call these through ui/background.py.

Everything shown is read from the till's own SQLite (db/hub/link.py): the status bar never
waits on the network. Only `sync_with_hub` talks to the hub, and the background runs it."""
from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.credentials import hub_url
from db.hub.link import LinkState, load_link
from db.hub.sync import HubUnreachable, sync_once
from db.types import utc_now
from db.words import Said
from pos.dates import format_date_time, format_time
from pos.i18n import N_, _, ngettext, words_of
from pos.records import record_words
from pos.shop import ShopSettings
from tracking.outbox import forget_customer_in_outbox


def fact_words(table: str, n: int) -> str:
    """What waits to be pushed from one table, in the shop's words: '3 sale lines'."""
    words = {
        "sales": lambda: ngettext("{n} sale", "{n} sales", n),
        "sale_lines": lambda: ngettext("{n} sale line", "{n} sale lines", n),
        "payments": lambda: ngettext("{n} payment", "{n} payments", n),
        "returns": lambda: ngettext("{n} return", "{n} returns", n),
        "return_lines": lambda: ngettext("{n} return line", "{n} return lines", n),
        "stock_movements": lambda: ngettext("{n} stock movement", "{n} stock movements", n),
        "cash_movements": lambda: ngettext("{n} cash movement", "{n} cash movements", n),
        "day_closes": lambda: ngettext("{n} day close", "{n} day closes", n),
        "audit_log": lambda: ngettext("{n} audit entry", "{n} audit entries", n),
    }
    return words[table]().format(n=n) if table in words else f"{table}: {n}"


# One sync at a time in this process: the background's ticks and a manager's edit (which
# syncs to bring its change back) would otherwise push the same rows side by side.
_one_sync = threading.Lock()

NO_ADDRESS = N_("This till is attached to a hub but has no hub address on this computer: "
                "set POS_HUB_URL or attach the till again (python main.py till attach).")


class HubNotSetUp(Said):
    """The till is attached, but this computer has no address for its hub."""


@dataclass(frozen=True)
class HubState:
    """Where the till stands with its hub, and what it has not pushed yet, table by table."""
    link: LinkState

    @property
    def waiting(self) -> int:
        return self.link.waiting

    @property
    def waiting_by_table(self) -> tuple[tuple[str, int], ...]:
        return self.link.waiting_by_table


@dataclass(frozen=True)
class SyncOutcome:
    """One sync as the screens report it: the state after it, what it moved, and why it did
    not happen (the hub unreachable, no address), in words without the password."""
    state: HubState | None
    result: object | None = None   # db.hub.sync.SyncResult: pushed, pulled, waiting
    problem: str | None = None     # in English, as the till's link records it
    problem_words: str | None = None  # the same in the language spoken when it happened


def hub_state(session: Session) -> HubState | None:
    """None for a till that stands alone (no hub: the status bar says nothing)."""
    link = load_link(session)
    return None if link is None else HubState(link)


def moment_words(moment: datetime | None, shop: ShopSettings,
                 now: datetime | None = None) -> str:
    """'14:02' today in the shop, '30/11/2026 14:02' another day, 'never' without one."""
    if moment is None:
        return _("never")
    local = shop.local_time(moment)
    if local.date() == shop.local_date(now or utc_now()):
        return format_time(local, shop.locale)
    return format_date_time(local, shop.locale)


def status_line(state: HubState | None, shop: ShopSettings,
                now: datetime | None = None) -> str:
    """'hub: up to date', 'hub: 3 waiting', 'hub: unreachable since 14:02'; '' standing alone."""
    if state is None:
        return ""
    since = state.link.unreachable_since
    if since is not None:
        return _("hub: unreachable since {moment}").format(moment=moment_words(since, shop, now))
    if state.link.last_error:  # answered, and refused: see Manager → Hub
        return _("hub: {n} waiting, the last sync failed").format(n=state.waiting)
    if state.waiting:
        return _("hub: {n} waiting").format(n=state.waiting)
    return _("hub: up to date")


def status_tone(state: HubState | None) -> str:
    """The status line's kind, for its colour: up_to_date, waiting or unreachable."""
    if state is None:
        return "waiting"
    if state.link.unreachable_since is not None:
        return "unreachable"
    return "waiting" if state.link.last_error or state.waiting else "up_to_date"


def last_error_words(link: LinkState) -> str:
    """The link's last error (a record, in English) in the reader's language; the server's
    own reason inside it as the server wrote it."""
    from db.hub.sync import RECORDS

    return record_words(link.last_error, RECORDS) if link.last_error else _("none")


def waiting_words(state: HubState) -> str:
    """'nothing' or '2 sales, 3 sale lines, 1 payment'."""
    if not state.waiting_by_table:
        return _("nothing")
    return _(", ").join(fact_words(name, n) for name, n in state.waiting_by_table)


def result_words(outcome: SyncOutcome, shop: ShopSettings, now: datetime | None = None) -> str:
    """What the last sync did, for the manager who asked for it."""
    if outcome.problem:
        link = outcome.state.link if outcome.state is not None else None
        if link is not None and link.last_error == outcome.problem:  # shown beside it already
            return _("The hub did not answer (see the last error): nothing was sent. What "
                     "waits stays on this till and goes at the next sync.")
        return outcome.problem_words or outcome.problem
    if outcome.result is None:
        return _("This till stands alone: it has no hub to sync with.")
    result = outcome.result
    at = moment_words(now or utc_now(), shop, now)
    if result.waiting:
        return _("Synced at {time}: sent {pushed}, brought back {pulled} changes; still "
                 "waiting: {waiting}.").format(time=at, pushed=result.pushed,
                                               pulled=result.pulled, waiting=result.waiting)
    return _("Synced at {time}: sent {pushed}, brought back {pulled} changes; nothing left "
             "to send.").format(time=at, pushed=result.pushed, pulled=result.pulled)


def sync_with_hub(db: Database, environ: Mapping[str, str] = os.environ):
    """One push and pull with this till's hub (db/hub/sync.py), or None for a till that
    stands alone. Raises HubUnreachable (the hub's own record says since when) or
    HubNotSetUp."""
    with db.read() as session:
        if load_link(session) is None:
            return None
    url = hub_url(environ=environ)
    if not url:
        raise HubNotSetUp(NO_ADDRESS)
    return sync_alone(db, url)


def sync_alone(db: Database, url: str):
    """sync_once, waiting for any other sync of this process to finish first."""
    with _one_sync:
        return sync_once(db, url, forget_customer_in_outbox)


def sync_and_look(db: Database, environ: Mapping[str, str] = os.environ) -> SyncOutcome:
    """A sync, then the state it left, for the status bar and the Hub window. The hub being
    down is an answer, not an error: the counter goes on and the line says so."""
    result, problem, words = None, None, None
    try:
        result = sync_with_hub(db, environ)
    except (HubUnreachable, HubNotSetUp) as error:
        problem, words = str(error), words_of(error)
    with db.read() as session:
        return SyncOutcome(hub_state(session), result, problem, words)


def attach_till(db: Database, url: str, shop: str, till: str):
    """Attaches this till (db.hub.sync.attach). A shop that never saved its return policy
    records the defaults as version 1 first: every return points at a version, and the
    shop's first till must bring it to the hub (a new till takes the hub's instead)."""
    from db.hub.sync import attach
    from pos.returns import policy_to_record
    from pos.shop import load_shop_settings

    with db.write() as session:
        policy_to_record(session, load_shop_settings(session))
    return attach(db, url, shop, till, forget_events=forget_customer_in_outbox)


def whole_shop_db(db: Database, environ: Mapping[str, str] = os.environ) -> Database | None:
    """The hub, where the manager's shop-wide views read every till's figures (row-level
    security keeps this till's login inside its shop); None for a till standing alone or
    without the hub's address here. Opening it connects to nothing yet."""
    from db.hub.link import own_till
    from db.hub.sync import hub_database

    with db.read() as session:
        attached = own_till(session) is not None
    url = hub_url(environ) if attached else None
    return hub_database(url) if url else None
