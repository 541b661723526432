"""Shopify's inventory export: the quantities of products already imported, set as the
shop's counted stock.

The export has a line per variant and location (Handle, option values, SKU, Location, and
quantities whose columns vary with the version: On hand, On hand (current), On hand (new),
Available…). The shop is one location: the one asked for, else the file's first. Each line
finds its product as the product import does (pos.catalog_import.ShopProducts): by handle
and options, else by a SKU no other product has. A quantity differing from the stock is
recorded as a 'counted' adjustment, and the product is counted from then on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import bindparam, insert, update

from db.models import AuditEntry, Product, Staff, StockMovement
from db.types import utc_now
from pos.catalog_import import (INVENTORY_QUANTITY, MAX_STOCK, NEGATIVE_STOCK, NO_OPTION,
                                ImportFileError, RowProblem, ShopProducts, _INTEGER, _cells,
                                _ignored, _positions, _read_table, is_inventory_export,
                                shopify_key)
from pos.i18n import _
from pos.staff import require_manager

COLUMNS = {"handle": "Handle", "sku": "SKU", "location": "Location",
           "option1": "Option1 Value", "option2": "Option2 Value", "option3": "Option3 Value"}
ALSO_READ = ("Title", "Option1 Name", "Option2 Name", "Option3 Name")
NOT_STOCKED, UNKNOWN_VARIANT = "not stocked", "unknown variant"


@dataclass(frozen=True)
class InventoryResult:
    location: str
    other_locations: list[str]  # in the file, not imported
    counted: int        # products whose stock the file set (changed or confirmed)
    stock_adjusted: int  # of those, the ones whose stock changed
    problems: list[RowProblem]
    notes: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    format: str = "inventory"


@dataclass(frozen=True)
class _Count:
    line: int
    key: str
    sku: str
    quantity: int


def read_counts(path, location: str | None = None):
    """The file's counts at one location: (counts, problems, notes, location, others,
    ignored columns). Refuses a file that is not an inventory export, or a location it
    does not have."""
    table = _read_table(path)
    if not is_inventory_export(table.columns):
        raise ImportFileError(_("This is not Shopify's inventory export: it needs the columns "
                                "Handle, Location and On hand or Available."))
    quantities = [q for q in INVENTORY_QUANTITY
                  if q.casefold() in {c.casefold() for c in table.columns}]
    wanted = {**{k: v for k, v in COLUMNS.items()
                 if v.casefold() in {c.casefold() for c in table.columns}},
              **{q: q for q in quantities}}
    positions = _positions(table.columns, wanted)
    counts, problems, notes, locations = [], [], [], []
    for line, cells in table.records():
        values = _cells(cells, positions)
        if values["location"] not in locations:
            locations.append(values["location"])
        if values["location"] != (location or locations[0]):
            continue
        found = _count(line, values, quantities)
        (counts if isinstance(found, _Count) else
         notes if found.kind else problems).append(found)
    if location is not None and location not in locations:
        raise ImportFileError(_("The file has no location '{location}'; its locations are: "
                                "{locations}.").format(location=location,
                                                       locations=", ".join(locations)))
    if not locations:
        raise ImportFileError(_("The file has a header but no inventory lines."))
    chosen = location or locations[0]
    ignored = _ignored(table.columns, [*wanted.values(), *ALSO_READ])
    return counts, problems, notes, chosen, [x for x in locations if x != chosen], ignored


def _count(line: int, values: dict[str, str], quantities: list[str]) -> _Count | RowProblem:
    text = next((values[q] for q in quantities if values[q]), "")
    options = [values.get(k, "") for k in ("option1", "option2", "option3")]
    options = [o for o in options if o and o.casefold() != NO_OPTION]
    if not values["handle"]:
        return RowProblem(line, _("No Handle."))
    if not _INTEGER.fullmatch(text.removesuffix(".0")):
        if text.casefold() in ("", "not stocked"):
            return RowProblem(line, _("Not stocked at this location."), NOT_STOCKED)
        return RowProblem(line, _("The quantity '{text}' is not a whole number.").format(
            text=text))
    quantity = int(text.removesuffix(".0"))
    if abs(quantity) > MAX_STOCK:
        return RowProblem(line, _("A quantity of {quantity} is surely a mistake.").format(
            quantity=quantity))
    return _Count(line, shopify_key(values["handle"], options), values.get("sku", ""),
                  quantity)


def import_counts(db, path, manager_id: int, location: str | None = None,
                  now: datetime | None = None) -> InventoryResult:
    """The file's counts at the location set as the products' stock, in one transaction."""
    now = now or utc_now()
    counts, problems, notes, chosen, others, ignored = read_counts(path, location)
    with db.write() as session:
        manager = session.get(Staff, manager_id)
        require_manager(manager, "import stock counts")
        shop = ShopProducts(session)
        changed, movements, counted = [], [], 0
        for count in counts:
            known = shop.find(count.sku, count.key, by_sku=bool(count.sku))
            if known is None:
                notes.append(RowProblem(count.line, _("No product of the shop is this variant."),
                                        UNKNOWN_VARIANT))
                continue
            if count.quantity < 0:
                notes.append(RowProblem(count.line, _("Negative stock ({stock}): imported as it "
                                                      "is; count the shelf.").format(
                                                          stock=count.quantity),
                                        NEGATIVE_STOCK))
            counted += 1
            if (known.stock, known.stock_counted) == (count.quantity, True):
                continue
            changed.append({"b_id": known.id, "b_stock": count.quantity})
            if count.quantity != known.stock:
                movements.append({"product_id": known.id, "delta": count.quantity - known.stock,
                                  "reason": "counted", "staff_id": manager.id,
                                  "note": f"Shopify: {chosen}"[:200], "created_at": now})
            known.stock, known.stock_counted = count.quantity, True
        _write(session, changed, movements)
        session.execute(insert(AuditEntry.__table__).values(
            created_at=now, staff_id=manager.id, action="stock counts imported",
            subject=Path(path).name[:64],
            details=json.dumps({"location": chosen, "counted": counted,
                                "adjusted": len(movements)}, sort_keys=True)))
    return InventoryResult(chosen, others, counted, len(movements), problems,
                           sorted(notes, key=lambda p: p.line), ignored)


def _write(session, changed: list[dict], movements: list[dict]) -> None:
    p = Product.__table__
    if changed:
        session.execute(update(p).where(p.c.id == bindparam("b_id")).values(
            stock=bindparam("b_stock"), stock_counted=True), changed)
    if movements:
        session.execute(insert(StockMovement.__table__), movements)
