"""Whose facts a figure counts: this till's, or the whole shop's.

A till's SQLite may hold rows made at another till of its shop (a sale copied here to be
returned here); they keep that till's code. The till's own views (the Z report, the cash
close, the returns review and its chart, the last receipt) count only the rows made here.
The shop-wide report runs the same queries on the hub, over every till of the shop (the
hub's row-level security keeps a till's role inside its own shop)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import Session

from db.hub.link import made_here
from db.hub.remote import is_placeholder
from db.models import Sale
from pos.checkout import till_code


@dataclass(frozen=True)
class TillScope:
    till: str | None = None   # this till's code; None while it stands alone
    whole_shop: bool = False

    def rows(self, model) -> ColumnElement[bool]:
        """The condition on a fact table (Sale, Return, CashMovement...) for this scope."""
        if self.whole_shop:
            return true()
        return made_here(model.__table__, self.till)

    def sales(self) -> ColumnElement[bool]:
        """The sales the figures count: a sale's placeholder, recorded for the return of a
        sale this till had never seen (pos/return_unverified.py), is no sale."""
        return and_(self.rows(Sale), ~is_placeholder(Sale.__table__))


WHOLE_SHOP = TillScope(whole_shop=True)


def this_till(session: Session) -> TillScope:
    return TillScope(till=till_code(session))


def scope_of(session: Session, scope: TillScope | None) -> TillScope:
    """The scope asked for. When none was: read on a till (its SQLite), this till's, as
    every screen of the till shows; read on the hub (PostgreSQL), the whole shop's, all
    the hub lets this login see."""
    if scope is not None:
        return scope
    if session.get_bind().dialect.name == "postgresql":
        return WHOLE_SHOP
    return this_till(session)
