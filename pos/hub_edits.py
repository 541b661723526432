"""Master data edited on the hub. Once a till is attached, products, collections,
promotions, the return policy and staff are the shop's, kept on the hub: the same pos/
functions write them there, under the till's own role (row-level security keeps it in its
shop), and a sync brings the change back to this till, whose screens read their own copy as
always. Stock received or counted is this till's fact: it stays local and is pushed like a
sale. While the hub is unreachable these edits are refused, saying since when."""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from db.engine import Database
from db.hub.credentials import hub_url
from db.hub.sync import HubUnreachable, hub_database, unreachable
from db.models import HubLink, Product, TillFact
from pos.catalog_admin import CatalogError, ProductDraft, create_product, receive_stock
from pos.hub import NO_ADDRESS, moment_words, sync_alone
from pos.i18n import _, words_of
from pos.shop import ShopSettings
from pos.staff_members import acting_staff


class HubEditRefused(Exception):
    """Master data cannot be changed now: the hub cannot be reached (the words say since
    when) or this computer has no address for it."""


def read_only_words(since: datetime, shop: ShopSettings, now: datetime | None = None) -> str:
    return _("The hub has not answered since {moment}: products, collections, promotions "
             "and the return policy are changed on the hub, so here they can only be looked "
             "at until it answers again. Sales, returns and stock received or counted go on "
             "as usual.").format(moment=moment_words(since, shop, now))


def master_data_lock(session: Session, shop: ShopSettings,
                     now: datetime | None = None) -> str | None:
    """Why master data cannot be changed at this till right now, or None when it can."""
    link = session.get(HubLink, 1)
    if link is None or link.unreachable_since is None:
        return None
    return read_only_words(link.unreachable_since, shop, now)


def import_lock(session: Session, shop: ShopSettings, now: datetime | None = None) -> str | None:
    """A bulk import writes the till's own catalog, so it is for a till that stands alone."""
    link = session.get(HubLink, 1)
    if link is None:
        return None
    return _("This till is till {till} of shop {shop}: its catalog is kept on the hub, and "
             "importing a file into the hub is not possible yet. Import before attaching the "
             "shop's first till, or add and edit products one by one.").format(
                 till=link.till, shop=link.shop)


def edit_master_data(db: Database, staff_id: int, apply: Callable[[Session, object], Any],
                     shop: ShopSettings, environ: Mapping[str, str] = os.environ) -> Any:
    """apply(session, staff) in one write transaction: in the till's own database while it
    stands alone, on the hub once it is attached, followed by a sync that brings the change
    back here (the screen then reads it locally, like everything else)."""
    with db.read() as session:
        link = session.get(HubLink, 1)
        lock = master_data_lock(session, shop)
    if link is None:
        with db.write() as session:
            return apply(session, acting_staff(session, staff_id))
    if lock is not None:
        raise HubEditRefused(lock)
    url = hub_url(environ=environ)
    if not url:
        raise HubEditRefused(_(NO_ADDRESS))
    try:
        with hub_database(url).write() as session:
            _facts_carry_till(session, link.till)
            result = apply(session, acting_staff(session, staff_id))
    except (OperationalError, InterfaceError) as error:  # the connection, not the edit
        raise HubEditRefused(_("Nothing was changed: {reason}. Try again in a moment.")
                             .format(reason=words_of(unreachable(url, error)))) from None
    try:
        sync_alone(db, url)
    except HubUnreachable:
        pass  # saved on the hub; the next background sync brings it here
    return result


def _facts_carry_till(session: Session, till: str) -> None:
    """The facts an edit writes on the hub (its audit rows) are this till's: the hub lets a
    till add only rows carrying its own code, and the ORM would send an empty one."""
    @event.listens_for(session, "before_flush")
    def stamp(flushing: Session, _context, _instances) -> None:
        for row in flushing.new:
            if isinstance(row, TillFact) and row.till is None:
                row.till = till


def add_product(db: Database, staff_id: int, draft: ProductDraft, shop: ShopSettings,
                environ: Mapping[str, str] = os.environ) -> int:
    """A new product, its id. On the hub the shop's stock is the sum of the tills'
    movements, so an attached till adds the product with no stock and records its opening
    stock here, as goods it received (pushed like any other receipt)."""
    with db.read() as session:
        attached = session.get(HubLink, 1) is not None
    if not attached:
        return edit_master_data(
            db, staff_id, lambda s, m: create_product(s, m, draft).id, shop, environ)
    product_id = edit_master_data(
        db, staff_id, lambda s, m: create_product(s, m, replace(draft, stock=0)).id, shop,
        environ)
    if draft.stock:
        with db.write() as session:
            if session.get(Product, product_id) is None:
                raise CatalogError(_("{name} is added on the hub, but it has not reached this "
                                     "till yet: receive its opening stock once it shows "
                                     "here.").format(name=draft.name))
            receive_stock(session, acting_staff(session, staff_id), product_id, draft.stock,
                          note="opening stock")
    return product_id
