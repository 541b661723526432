"""Importing the online store's catalog: a Shopify product export, or any product CSV with
its columns matched to the catalog's fields.

preview() reads and checks the file without touching the shop; import_products() writes
its good rows in one transaction and lists the others with their line numbers (the line
of the file as a text editor counts them, the header being line 1). A file that cannot be
read as a CSV at all is refused with ImportFileError, and nothing is written.

Importing again updates products instead of duplicating them: a Shopify variant is found
by its handle and option values (products.shopify_key), else by a SKU no other product has,
else by its barcode; a changed stock is recorded as a 'counted' adjustment, a changed price
in the audit log, and a compare-at price above the price becomes the product's one
"Import: was …" promotion, updated rather than added again.

Shopify's exports are taken as shops make them: a variant without SKU or barcode gets an
internal SKU from its handle and options; a SKU shared by several variants is imported (one
note per SKU); a quantity Shopify does not track, or an export without quantities, leaves
the product "not counted" (sold without a stock check until counted); the inventory policy
"continue" allows overselling; negative quantities, drafts and archived products are
imported (with a note, inactive); the columns not read are named once. Shopify's separate
inventory export is pos.shopify_inventory's.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from db.models import (AuditEntry, Collection, Product, Promotion, Staff, StockMovement,
                       product_collections)
from db.search import defer_search_index, index_new_products, resume_search_index
from db.types import utc_now
from pos.catalog import search_key
from pos.catalog_admin import MAX_PRICE, MAX_STOCK, barcode_problem, clean_barcode
from pos.i18n import N_, _, figures_locale
from pos.money import Money, MoneyError, format_money
from pos.shop import load_shop_settings
from pos.staff import require_manager

FIELDS = ("sku", "barcode", "name", "price", "compare_at", "stock", "collections", "active")
REQUIRED = ("name", "price")  # and a SKU or a barcode
MAX_FILE_BYTES = 200 * 1024 * 1024
CHUNK = 500  # rows written, and progress told, at a time
IMPORT_PROMOTION = "Import: was "

# A Shopify product export (Products → Export): the columns this import reads, by the
# names Shopify's exports have given them. Every other column is ignored (and named so).
SHOPIFY = {"handle": ("Handle",), "title": ("Title",), "type": ("Type",), "tags": ("Tags",),
           "status": ("Status",), "published": ("Published",),
           "option1": ("Option1 Value",), "option2": ("Option2 Value",),
           "option3": ("Option3 Value",), "sku": ("Variant SKU", "SKU"),
           "barcode": ("Variant Barcode", "Barcode"), "price": ("Variant Price", "Price"),
           "compare_at": ("Variant Compare At Price", "Compare At Price"),
           "stock": ("Variant Inventory Qty",), "tracker": ("Variant Inventory Tracker",),
           "policy": ("Variant Inventory Policy",)}
# Read with the options they name: the option values are what the import uses.
SHOPIFY_ALSO_READ = ("Option1 Name", "Option2 Name", "Option3 Name")
NO_OPTION = "default title"  # Shopify's option value of a product without variants
# Column names a product CSV commonly uses, by field; Shopify's first (compared without
# case, accents or punctuation).
COLUMN_NAMES = {
    "sku": ["variant sku", "sku", "code", "ref", "reference", "code article", "article",
            "item code", "product code", "code produit"],
    "barcode": ["variant barcode", "barcode", "ean", "ean13", "ean 13", "gtin", "upc",
                "code barre", "code barres", "code a barres", "codebarre"],
    "name": ["title", "name", "nom", "product name", "product", "produit", "designation",
             "libelle", "article name", "nom du produit"],
    "price": ["variant price", "price", "prix", "prix de vente", "sale price",
              "selling price", "unit price", "prix ttc", "pv", "pu", "prix unitaire"],
    "compare_at": ["variant compare at price", "compare at price", "compare at",
                   "prix barre", "old price", "ancien prix", "regular price", "prix normal",
                   "prix avant"],
    "stock": ["variant inventory qty", "stock", "qty", "quantity", "quantite", "qte",
              "inventory", "inventory qty", "on hand", "en stock"],
    "collections": ["collections", "collection", "tags", "type", "category", "categorie",
                    "categories", "rayon", "famille"],
    "active": ["status", "active", "actif", "statut", "published", "enabled"],
}
ACTIVE_WORDS = {"active", "actif", "yes", "oui", "true", "vrai", "1", "y", "o", "published"}
INACTIVE_WORDS = {"draft", "archived", "inactive", "inactif", "no", "non", "false", "faux",
                  "0", "n", "unpublished"}
# The kinds of warnings a line is imported with (pos.import_summary words them).
NO_CODE, SHARED_SKU, NEGATIVE_STOCK = "no code", "shared sku", "negative stock"
INVENTORY_HERE = N_("This is Shopify's inventory export: it sets the stock of products "
                    "already imported. Import it with: python main.py import-products FILE.csv")


def promotion_words(name: str, locale: str) -> str:
    """A promotion's name as shown: the import's own ("Import: was 150.00 MAD", stored so,
    for the next import to find it again) in the language spoken; any other as the shop
    named it."""
    if not name.startswith(IMPORT_PROMOTION):
        return name
    try:
        before = Money.parse(name.removeprefix(IMPORT_PROMOTION))
    except MoneyError:
        return name
    return _("Import: was {amount}").format(amount=format_money(before, locale))


# The import reads a file without the shop at hand: its amounts are written as in Morocco.
FIGURES_OF = "fr_MA"
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER_LIKE = re.compile(r"[+-]?[\d\s.,]+")


class ImportFileError(ValueError):
    """The file cannot be imported at all, in a sentence for the manager. Nothing was
    written."""


class UnknownColumns(ImportFileError):
    """The file's columns for some required fields are not known: a mapping must say."""

    def __init__(self, missing: list[str], columns: list[str]):
        self.missing, self.columns = missing, columns
        super().__init__(_("Choose the file's column for: {fields}. The file's columns are: "
                           "{columns}.").format(fields=", ".join(missing),
                                                columns=", ".join(columns)))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A line skipped (in problems) or imported with a warning (in notes); kind groups the
    same warning of many lines in the summary (pos.import_summary)."""
    line: int
    reason: str
    kind: str = ""


@dataclass(frozen=True, slots=True)
class ImportRow:
    line: int
    sku: str
    barcode: str | None
    name: str
    price: Money
    compare_at: Money | None
    stock: int | None
    collections: tuple[str, ...]
    active: bool
    # The row had no SKU: its barcode stands in for it on a new product, and an existing
    # product found by the barcode keeps its own SKU.
    sku_from_barcode: bool = False
    # A Shopify variant: its handle and option values (shopify_key), whether its quantity
    # is tracked (None: the file does not say) and whether it may be oversold.
    shopify_key: str | None = None
    oversell: bool | None = None
    # Neither SKU nor barcode: the SKU is made from the handle and options (internal_sku).
    sku_generated: bool = False

    @property
    def regular_price(self) -> Money:
        """The catalog price: the compare-at price when the row is on sale."""
        return self.compare_at if self.on_sale else self.price

    @property
    def on_sale(self) -> bool:
        return self.compare_at is not None and self.compare_at > self.price


@dataclass(frozen=True)
class ImportPreview:
    format: str  # "shopify" or "generic"
    columns: list[str]
    mapping: dict[str, str]  # field -> the file's column
    rows: list[ImportRow]
    problems: list[RowProblem]
    total_lines: int  # the file's non-empty lines after the header
    notes: list[RowProblem] = field(default_factory=list)  # imported, with a warning
    ignored_columns: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    problems: list[RowProblem]
    promotions: int  # "Import: was …" promotions created or changed
    collections_created: int
    unchanged: int = 0  # found in the shop, nothing to change
    stock_adjusted: int = 0
    notes: list[RowProblem] = field(default_factory=list)  # imported, with a warning
    ignored_columns: list[str] = field(default_factory=list)
    inactive: int = 0        # imported inactive: Shopify's drafts and archived products
    not_counted: int = 0     # imported without a quantity: sold without a stock check
    without_barcode: int = 0  # imported or found without a barcode: labels to print
    format: str = ""


# ----- reading the file -------------------------------------------------------------------------
@dataclass
class _Table:
    """A CSV file's text and header. Its lines are read as they are used, so a big export
    is never held as every cell of every line at once."""

    text: str
    delimiter: str
    columns: list[str]
    header_line: int

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) for every line after the header with something in it; line is the
        line the record starts on (a quoted cell can hold several lines)."""
        reader = csv.reader(_lines(self.text), delimiter=self.delimiter)
        start = 1
        try:
            for cells in reader:
                line, start = start, reader.line_num + 1
                if line > self.header_line and any(c.strip() for c in cells):
                    yield line, cells
        except csv.Error as error:
            raise ImportFileError(_("Line {line}: this file cannot be read as a CSV file "
                                    "({error}).").format(line=start, error=error)) from None


def read_columns(path) -> list[str]:
    """The names in the file's header, as written."""
    return _read_table(path).columns


def _read_table(path) -> _Table:
    text = _read_text(path)
    first = next((line for line in _lines(text) if line.strip()), None)
    if first is None:
        raise ImportFileError(_("The file is empty."))
    table = _Table(text, _delimiter(first), [], 0)
    reader = csv.reader(_lines(text), delimiter=table.delimiter)
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                table.columns, table.header_line = [c.strip() for c in cells], reader.line_num
                break
    except csv.Error as error:
        raise ImportFileError(_("The first line cannot be read as CSV ({error}).").format(
            error=error)) from None
    _check_header(table.columns)
    return table


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their ends, one at a time (a StringIO would copy the whole
    text at four bytes a character)."""
    newline = "\n" if "\n" in text or "\r" not in text else "\r"  # old Mac files end in \r
    start = 0
    while start < len(text):
        end = text.find(newline, start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end + 1]
        start = end + 1


def _read_text(path) -> str:
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(_("The file is larger than 200 MB: it is not a product CSV."))
        data = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(_("The file cannot be opened ({error}).").format(
            error=error.strerror or error)) from None
    if not data or data.isspace():
        raise ImportFileError(_("The file is empty."))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(_("The file is saved as UTF-16. Save it as 'CSV UTF-8' and "
                                "import it again."))
    if b"\x00" in data:
        raise ImportFileError(_("This is not a CSV file: it holds binary data. Export the "
                                "products as CSV and import that file."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise ImportFileError(
            _("The file is not in UTF-8 (line {line} has a character in another encoding). "
              "Save it as 'CSV UTF-8' and import it again.").format(line=line)) from None


def _delimiter(header: str) -> str:
    try:
        return csv.Sniffer().sniff(header, delimiters=",;").delimiter
    except csv.Error:
        commas, semicolons = header.count(","), header.count(";")
        if commas or semicolons:
            return "," if commas >= semicolons else ";"
    raise ImportFileError(_("This is not a CSV file: its first line has no commas or "
                            "semicolons between column names."))


def _check_header(columns: list[str] | None) -> None:
    if not columns or len([c for c in columns if c]) < 2:
        raise ImportFileError(_("This is not a product CSV file: its first line should name "
                                "at least two columns, separated by commas or semicolons."))
    if any(c and _NUMBER_LIKE.fullmatch(c) for c in columns):
        raise ImportFileError(_("The file's first line should name its columns (such as SKU, "
                                "Name, Price), but it holds a product. Add a header line."))


# ----- which column is which field --------------------------------------------------------------
def _column_key(name: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", search_key(name)).split())


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """field -> column, for the columns whose names are known, Shopify's names first."""
    by_key: dict[str, str] = {}
    for column in columns:
        by_key.setdefault(_column_key(column), column)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field_name in FIELDS:
        for candidate in COLUMN_NAMES[field_name]:
            column = by_key.get(candidate)
            if column is not None and column not in used:
                mapping[field_name] = column
                used.add(column)
                break
    return mapping


def is_shopify(columns: list[str]) -> bool:
    """A Shopify product export, long or short: a Handle and a price to read by it."""
    found = _shopify_columns(columns)
    return "handle" in found and "price" in found and ("title" in found or "option1" in found)


def _shopify_columns(columns: list[str]) -> dict[str, str]:
    """key -> the file's Shopify column for it (the first of Shopify's names it has)."""
    present = {c.casefold() for c in columns}
    return {key: next(n for n in names if n.casefold() in present)
            for key, names in SHOPIFY.items() if any(n.casefold() in present for n in names)}


def _ignored(columns: list[str], read: list[str]) -> list[str]:
    """The file's columns the import does not read, each named once."""
    known = {c.casefold() for c in read}
    return list(dict.fromkeys(c for c in columns if c and c.casefold() not in known))


INVENTORY_QUANTITY = ("On hand (new)", "On hand (current)", "On hand",
                      "Available (not editable)", "Available")


def is_inventory_export(columns: list[str]) -> bool:
    """Shopify's inventory export (Products → Inventory → Export): quantities by location,
    its columns varying with the version."""
    present = {c.casefold() for c in columns}
    return ({"handle", "location"} <= present and not is_shopify(columns)
            and any(q.casefold() in present for q in INVENTORY_QUANTITY))


def missing_fields(mapping: dict[str, str]) -> list[str]:
    missing = [f for f in REQUIRED if not mapping.get(f)]
    if not mapping.get("sku") and not mapping.get("barcode"):
        missing.insert(0, "sku")
    return missing


# ----- the preview ------------------------------------------------------------------------------
def preview(path, mapping: dict[str, str] | None = None) -> ImportPreview:
    """The file read and checked, nothing written. mapping None: a Shopify export is
    recognised by its columns; any other file gets guess_mapping()."""
    table = _read_table(path)
    lines = _Counted(table.records())
    notes: list[RowProblem] = []
    if mapping is None and is_inventory_export(table.columns):
        raise ImportFileError(_(INVENTORY_HERE))
    if mapping is None and is_shopify(table.columns):
        rows, problems, used = _shopify_rows(table, lines)
        fmt = "shopify"
        ignored = _ignored(table.columns, [*_shopify_columns(table.columns).values(),
                                           *SHOPIFY_ALSO_READ])
    else:
        fmt = "generic"
        used = _checked_mapping(table.columns, mapping) if mapping is not None \
            else guess_mapping(table.columns)
        if missing_fields(used):
            rows, problems = [], []
            for _record in lines:  # counted, and read through: a broken line refuses the file
                pass
        else:
            rows, problems = _generic_rows(table, lines, used)
        ignored = _ignored(table.columns, list(used.values()))
    if not lines.count:
        raise ImportFileError(_("The file has a header but no products."))
    if fmt == "shopify":
        rows, more, notes = _distinct_variants(rows)
    else:
        rows, more = _without_duplicates(rows)
    notes += [note for row in rows for note in _notes(row)]
    problems = sorted(problems + more, key=lambda p: p.line)
    return ImportPreview(fmt, table.columns, used, rows, problems, lines.count,
                         sorted(notes, key=lambda p: p.line), ignored)


def _notes(row: ImportRow) -> list[RowProblem]:
    """The warnings a row is imported with."""
    notes = []
    if row.sku_generated:
        notes.append(RowProblem(row.line, _("Neither SKU nor barcode: given the internal SKU "
                                            "{sku}.").format(sku=row.sku), NO_CODE))
    if row.stock is not None and row.stock < 0:
        notes.append(RowProblem(row.line, _("Negative stock ({stock}): imported as it is; "
                                            "count the shelf.").format(stock=row.stock),
                                NEGATIVE_STOCK))
    return notes


class _Counted:
    """The records, counted as they are read."""

    def __init__(self, records: Iterator[tuple[int, list[str]]]):
        self.records, self.count = records, 0

    def __iter__(self):
        for record in self.records:
            self.count += 1
            yield record


def _checked_mapping(columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    checked = {}
    for field_name, column in mapping.items():
        if field_name not in FIELDS:
            raise ImportFileError(_("'{field}' is not a product field; the fields are "
                                    "{fields}.").format(field=field_name,
                                                        fields=", ".join(FIELDS)))
        if not column:
            continue
        if column not in columns:
            raise ImportFileError(_("The file has no column named '{column}'.").format(
                column=column))
        checked[field_name] = column
    return checked


def _positions(columns: list[str], wanted: dict[str, str]) -> dict[str, int]:
    """key -> the position of its column (the first of that name, without case)."""
    index: dict[str, int] = {}
    for i, column in enumerate(columns):
        index.setdefault(column.casefold(), i)
    return {key: index[column.casefold()] for key, column in wanted.items()
            if column.casefold() in index}


def _cells(cells: list[str], positions: dict[str, int]) -> dict[str, str]:
    return {key: cells[i].strip() if i < len(cells) else "" for key, i in positions.items()}


def _generic_rows(table: _Table, lines, mapping: dict[str, str]):
    rows, problems = [], []
    positions = _positions(table.columns, mapping)
    for line, cells in lines:
        values = _cells(cells, positions)
        if not any(values.values()):
            continue  # a line with nothing in the mapped columns
        collections = re.split(r"[,;|]", values.get("collections", ""))
        row = _row(line, values.get("sku", ""), values.get("barcode", ""),
                   values.get("name", ""), values.get("price", ""),
                   values.get("compare_at", ""), values.get("stock", ""), collections,
                   values.get("active", ""))
        (problems if isinstance(row, RowProblem) else rows).append(row)
    return rows, problems


def _shopify_rows(table: _Table, lines):
    wanted = _shopify_columns(table.columns)
    rows, problems = [], []
    positions = _positions(table.columns, wanted)
    products: dict[str, dict[str, str]] = {}  # handle -> its first line's product columns
    for line, cells in lines:
        values = _cells(cells, positions)
        handle = values.get("handle", "")
        variant = [values.get(k, "") for k in ("sku", "barcode", "price", "option1")]
        if values.get("title"):
            products[handle.casefold()] = values
        elif not any(variant):
            continue  # one more image of the product: Shopify adds a line per image
        product = products.get(handle.casefold())
        if product is None and handle and "title" not in wanted:
            product = products.setdefault(handle.casefold(), {**values, "title": handle})
        if product is None:
            problems.append(RowProblem(line, _("No title: no earlier line of '{handle}' gives "
                                               "the product's Title.").format(handle=handle)
                                       if handle else _("No Handle and no Title.")))
            continue
        row = _shopify_row(line, values, product, "stock" in wanted)
        (problems if isinstance(row, RowProblem) else rows).append(row)
    return rows, problems, _shopify_mapping(wanted)


def _shopify_row(line: int, values: dict[str, str], product: dict[str, str],
                 has_quantity: bool) -> ImportRow | RowProblem:
    options = [values.get(k, "") for k in ("option1", "option2", "option3")]
    options = [o for o in options if o and o.casefold() != NO_OPTION]
    name = product["title"] + (" – " + " / ".join(options) if options else "")
    collections = [product.get("type", "")] + product.get("tags", "").split(",")
    status = product.get("status", "") or product.get("published", "")
    # Shopify's quantity means something only where Shopify tracks it.
    tracked = has_quantity and values.get("tracker", "shopify") != ""
    key = shopify_key(values["handle"], options)
    sku, generated = values.get("sku", ""), False
    if not sku and not clean_barcode(values.get("barcode", "")):
        sku, generated = internal_sku(values["handle"], options), True
    policy = values.get("policy")
    return _row(line, sku, values.get("barcode", ""), name, values.get("price", ""),
                values.get("compare_at", ""), values.get("stock", "") if tracked else "",
                collections, status, shopify_key=key, sku_generated=generated,
                oversell=None if policy is None else policy.casefold() == "continue")


def shopify_key(handle: str, options: list[str]) -> str:
    """How Shopify itself tells a variant apart: its product's handle and its option
    values ('kaftan-brode-main/m'); a product without variants is its handle alone."""
    return "/".join([handle.strip().casefold(), *(o.strip().casefold() for o in options)])


def internal_sku(handle: str, options: list[str]) -> str:
    """A readable SKU for a variant that has none, the same at every import: its handle and
    options in capitals ('KAFTAN-BRODE-MAIN-M'), shortened with a hash when too long."""
    words = re.sub(r"[\W_]+", "-", search_key(handle, *options)).strip("-").upper()
    if words and len(words) <= 64:
        return words
    digest = hashlib.sha1(shopify_key(handle, options).encode()).hexdigest()[:6].upper()
    return f"{words[:57].rstrip('-')}-{digest}".lstrip("-")


def _shopify_mapping(present: dict[str, str]) -> dict[str, str]:
    """field -> the Shopify column(s) it is read from, for the columns the file has."""
    used = {field_name: present[key] for field_name, key in (
        ("sku", "sku"), ("barcode", "barcode"), ("name", "title"), ("price", "price"),
        ("compare_at", "compare_at"), ("stock", "stock")) if key in present}
    if "name" not in used:
        used["name"] = present["handle"]
    if "sku" not in used and "barcode" not in used:
        used["sku"] = present["handle"]  # variants found again by handle and options
    collections = [present[k] for k in ("type", "tags") if k in present]
    if collections:
        used["collections"] = " + ".join(collections)
    if "status" in present or "published" in present:
        used["active"] = present.get("status") or present["published"]
    return used


def _row(line: int, sku: str, barcode: str, name: str, price: str, compare_at: str,
         stock: str, collections: list[str], active: str,
         **variant) -> ImportRow | RowProblem:
    """variant: a Shopify variant's own fields of ImportRow (shopify_key, oversell…)."""
    def problem(reason: str) -> RowProblem:
        return RowProblem(line, reason)

    sku = sku.strip()
    name = " ".join(name.split())[:200]
    code = clean_barcode(barcode)
    if not name:
        return problem(_("No name (title)."))
    if not sku and not code:
        return problem(_("Neither a SKU nor a barcode: the product could not be found again "
                         "by the next import."))
    if len(sku) > 64:
        return problem(_("The SKU '{sku}…' is longer than 64 characters.").format(
            sku=sku[:20]))
    if code is not None and (reason := barcode_problem(code)):
        return problem(reason)
    amount, reason = _money(price, PRICE_WORDS)
    if reason:
        return problem(reason)
    if amount is None:
        return problem(_("No price."))
    before, reason = _money(compare_at, COMPARE_AT_WORDS)
    if reason:
        return problem(reason)
    quantity = None
    if stock.strip():
        text = stock.strip().removesuffix(".0")
        if not _INTEGER.fullmatch(text):
            return problem(_("The stock '{stock}' is not a whole number.").format(
                stock=stock.strip()))
        quantity = int(text)
        if abs(quantity) > MAX_STOCK:
            return problem(_("A stock of {quantity} is surely a mistake.").format(
                quantity=quantity))
    flag = active.strip().casefold()
    if flag and flag not in ACTIVE_WORDS | INACTIVE_WORDS:
        return problem(_("The status '{status}' is not active, draft or archived.").format(
            status=active.strip()))
    names: dict[str, str] = {}
    for collection in collections:
        collection = " ".join(collection.split())[:120]
        if collection:
            names.setdefault(collection.casefold(), collection)
    return ImportRow(line=line, sku=sku or code, barcode=code, name=name, price=amount,
                     compare_at=before, stock=quantity, collections=tuple(names.values()),
                     active=flag not in INACTIVE_WORDS, sku_from_barcode=not sku, **variant)


# What a price column of the file can be wrong with, in whole sentences for each column.
PRICE_WORDS = (N_("The price '{text}' is not a number."), N_("The price {amount} is negative."),
               N_("The price {amount} is surely a mistake."))
COMPARE_AT_WORDS = (N_("The compare-at price '{text}' is not a number."),
                    N_("The compare-at price {amount} is negative."),
                    N_("The compare-at price {amount} is surely a mistake."))


def _money(text: str, words: tuple[str, str, str]) -> tuple[Money | None, str | None]:
    not_a_number, negative, too_large = words
    if not text.strip():
        return None, None
    try:
        amount = Money.parse(text)
    except MoneyError:
        return None, _(not_a_number).format(text=text.strip())
    shown = format_money(amount, figures_locale(FIGURES_OF))
    if amount.is_negative():
        return None, _(negative).format(amount=shown)
    if amount > MAX_PRICE:
        return None, _(too_large).format(amount=shown)
    return amount, None


def _distinct_variants(rows: list[ImportRow]):
    """Shopify's rows: the first line of a variant (handle and options) or of a barcode
    wins, a later one is a problem; a SKU on several variants is imported, with one note
    per SKU."""
    kept, problems = _first_lines(rows, lambda row: row.shopify_key, lambda row, line: (
        _("The same variant as line {line} (same handle and options).").format(line=line)))
    by_sku: dict[str, list[ImportRow]] = {}
    for row in kept:
        if not row.sku_generated and not row.sku_from_barcode:
            by_sku.setdefault(row.sku.casefold(), []).append(row)
    notes = [RowProblem(same[0].line, _("The SKU {sku} is on {count} variants (lines "
                                        "{lines}): a scan of it asks which.").format(
                                            sku=same[0].sku, count=len(same),
                                            lines=", ".join(str(r.line) for r in same)),
                        SHARED_SKU)
             for same in by_sku.values() if len(same) > 1]
    return kept, problems, notes


def _without_duplicates(rows: list[ImportRow]) -> tuple[list[ImportRow], list[RowProblem]]:
    """The first line of a SKU or a barcode wins; a later one is a problem."""
    return _first_lines(rows, lambda row: row.sku.casefold(), lambda row, line: (
        _("The SKU {sku} is already on line {line}.").format(sku=row.sku, line=line)))


def _first_lines(rows: list[ImportRow], identity, repeated):
    """The rows whose identity and barcode no earlier row has; the others as problems,
    repeated(row, earlier line) saying why."""
    seen: dict[str, int] = {}
    barcodes: dict[str, int] = {}
    kept, problems = [], []
    for row in rows:
        if identity(row) in seen:
            problems.append(RowProblem(row.line, repeated(row, seen[identity(row)])))
        elif row.barcode and row.barcode in barcodes:
            problems.append(RowProblem(row.line, _("Duplicate barcode {barcode}: already on "
                                                   "line {line}.").format(
                                                       barcode=row.barcode,
                                                       line=barcodes[row.barcode])))
        else:
            seen[identity(row)] = row.line
            if row.barcode:
                barcodes[row.barcode] = row.line
            kept.append(row)
    return kept, problems


# ----- the import -------------------------------------------------------------------------------
def import_products(db, path, manager_id: int, mapping: dict[str, str] | None = None,
                    progress=None, now: datetime | None = None) -> ImportResult:
    """The file's good rows written in one transaction, as the manager; progress(done, total)
    is told every few hundred rows."""
    now = now or utc_now()
    found = preview(path, mapping)
    missing = missing_fields(found.mapping)
    if missing:
        raise UnknownColumns(missing, found.columns)
    with db.write() as session:
        manager = session.get(Staff, manager_id)
        require_manager(manager, "import products")
        run = _ImportRun(session, manager, now, set(found.mapping))
        total = len(found.rows)
        for start in range(0, total, CHUNK):
            run.write(found.rows[start:start + CHUNK])
            if progress is not None:
                progress(min(start + CHUNK, total), total)
        if progress is not None and not total:
            progress(0, 0)
        run.finish(Path(path).name, found)
    return run.result(found)


@dataclass(slots=True)
class _Known:
    """A product as the import knows it: as it was, then as this import left it."""
    id: int
    sku: str
    barcode: str | None
    name: str
    search_key: str
    price: Money
    stock: int
    active: bool
    shopify_key: str | None
    stock_counted: bool
    oversell_allowed: bool
    line: int | None = None  # the line that updated it

    def state(self) -> tuple:
        return (self.sku, self.barcode, self.name, self.price, self.stock, self.active,
                self.shopify_key, self.stock_counted, self.oversell_allowed)


_KNOWN_COLUMNS = ("id", "sku", "barcode", "name", "search_key", "price", "stock", "active",
                  "shopify_key", "stock_counted", "oversell_allowed")


class ShopProducts:
    """The shop's products as plain values, found the ways an import finds them: by
    Shopify variant key, by SKU (several products may share one), by barcode."""

    def __init__(self, session: Session):
        self.by_key: dict[str, _Known] = {}
        self.by_sku: dict[str, list[_Known]] = {}
        self.by_barcode: dict[str, _Known] = {}
        p = Product.__table__.c
        for row in session.execute(select(*(p[c] for c in _KNOWN_COLUMNS))):
            self.remember(_Known(*row))

    def remember(self, known: _Known) -> None:
        self.by_sku.setdefault(known.sku.casefold(), []).append(known)
        if known.barcode:
            self.by_barcode[known.barcode] = known
        if known.shopify_key:
            self.by_key[known.shopify_key] = known

    def forget(self, known: _Known) -> None:
        self.by_sku[known.sku.casefold()].remove(known)
        if known.barcode:
            del self.by_barcode[known.barcode]
        if known.shopify_key:
            del self.by_key[known.shopify_key]

    def find(self, sku: str, key: str | None, by_sku: bool = True) -> _Known | None:
        """The product a variant (key) or a SKU is: by the key first; by the SKU when one
        product alone has it and is no other Shopify variant."""
        known = self.by_key.get(key) if key else None
        if known is None and by_sku:
            same = [k for k in self.by_sku.get(sku.casefold(), ())
                    if key is None or k.shopify_key is None]
            known = same[0] if len(same) == 1 else None
        return known


@dataclass
class _Writes:
    new: list[tuple[ImportRow, dict]] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    movements: list[dict] = field(default_factory=list)
    links_gone: list[dict] = field(default_factory=list)
    links_added: list[dict] = field(default_factory=list)
    audits: list[dict] = field(default_factory=list)
    promotions_new: list[dict] = field(default_factory=list)
    promotions_changed: list[dict] = field(default_factory=list)


class _ImportRun:
    """One import in one transaction: what the shop has, loaded once as plain values, then
    the file's rows written a chunk at a time with executemany (no ORM objects, so 50,000
    rows take seconds)."""

    def __init__(self, session: Session, manager: Staff, now: datetime, fields: set[str]):
        self.session, self.manager, self.now = session, manager, now
        # A field the file has no column for is left as the shop has it.
        self.fields = fields
        self.today: date = load_shop_settings(session).local_date(now)
        self.shop = ShopProducts(session)
        self.last_id: int = session.scalar(select(func.max(Product.id))) or 0
        defer_search_index(session)  # new products indexed a chunk at a time (_apply)
        self.collections = {name.casefold(): cid for cid, name in
                            session.execute(select(Collection.id, Collection.name))}
        self.links: dict[int, set[int]] = {}
        for product_id, collection_id in session.execute(select(product_collections)):
            self.links.setdefault(product_id, set()).add(collection_id)
        pr = Promotion.__table__.c
        self.promotions = {row.product_id: row for row in session.execute(
            select(pr.id, pr.product_id, pr.name, pr.amount_off, pr.active, pr.ends_on)
            .where(pr.product_id.is_not(None), pr.name.startswith(IMPORT_PROMOTION)))}
        self.problems: list[RowProblem] = []
        self.created = self.updated = self.unchanged = self.adjusted = 0
        self.promotions_changed = self.collections_created = 0
        self.inactive = self.not_counted = self.without_barcode = 0

    # -- one chunk --
    def write(self, rows: list[ImportRow]) -> None:
        writes = _Writes()
        for row in rows:
            self._plan(row, writes)
        self._apply(writes)

    def _plan(self, row: ImportRow, writes: _Writes) -> None:
        shop = self.shop
        by_sku = not row.sku_generated
        known = shop.find(row.sku, row.shopify_key, by_sku)
        if known is None and not row.shopify_key and by_sku and \
                len(shop.by_sku.get(row.sku.casefold(), ())) > 1:
            self.problems.append(RowProblem(row.line, _(
                "The SKU {sku} is on several products of the shop: the file cannot say "
                "which.").format(sku=row.sku)))
            return
        holder = shop.by_barcode.get(row.barcode) if row.barcode else None
        if known is None and holder is not None and \
                (row.shopify_key is None or holder.shopify_key in (None, row.shopify_key)):
            known = holder
        if known is not None and known.line is not None:
            self.problems.append(RowProblem(row.line, _(
                "This is the product line {line} already updates (same SKU or "
                "barcode).").format(line=known.line)))
            return
        if holder is not None and holder is not known:
            self.problems.append(RowProblem(row.line, _(
                "Duplicate barcode {barcode}: it is already {name} (SKU {sku}).").format(
                    barcode=row.barcode, name=holder.name, sku=holder.sku)))
            return
        collection_ids = {self._collection(name) for name in row.collections}
        if known is None:
            self._plan_new(row, collection_ids, writes)
        else:
            self._plan_update(known, row, collection_ids, writes)

    def _plan_new(self, row: ImportRow, collection_ids: set[int], writes: _Writes) -> None:
        key = search_key(row.name, row.sku)
        writes.new.append((row, {
            "sku": row.sku, "barcode": row.barcode, "name": row.name, "search_key": key,
            "price": row.regular_price, "stock": row.stock or 0, "active": row.active,
            "shopify_key": row.shopify_key, "stock_counted": row.stock is not None,
            "oversell_allowed": bool(row.oversell), "created_at": self.now,
            "collections": collection_ids}))
        self._count(row.active, row.stock is not None, row.barcode)

    def _count(self, active: bool, counted: bool, barcode: str | None) -> None:
        self.inactive += not active
        self.not_counted += not counted
        self.without_barcode += not barcode

    def _plan_update(self, known: _Known, row: ImportRow, collection_ids: set[int],
                     writes: _Writes) -> None:
        before, stock_before = known.state(), known.stock
        sku = known.sku if row.sku_from_barcode or row.sku_generated else row.sku
        barcode = row.barcode or known.barcode  # a barcode given in the shop is kept
        key = search_key(row.name, sku)
        price = row.regular_price
        if row.stock is not None:
            known.stock, known.stock_counted = row.stock, True
        if row.oversell is not None:
            known.oversell_allowed = row.oversell
        if "active" in self.fields:
            known.active = row.active
        # The maps follow the shop as this import leaves it, for the rows still to come.
        self.shop.forget(known)
        old_price = known.price
        known.sku, known.barcode, known.name, known.search_key = sku, barcode, row.name, key
        known.price, known.line = price, row.line
        known.shopify_key = row.shopify_key or known.shopify_key
        self.shop.remember(known)
        changed = before != known.state()
        if changed:
            writes.changed.append({f"b_{c}": getattr(known, c) for c in _KNOWN_COLUMNS})
        if known.stock != stock_before:
            writes.movements.append({"product_id": known.id, "delta": known.stock - stock_before,
                                     "reason": "counted", "staff_id": self.manager.id,
                                     "note": "import", "created_at": self.now})
            self.adjusted += 1
        if price != old_price:
            writes.audits.append(self._audit("price changed", sku, {
                "name": row.name, "old": str(old_price.amount), "new": str(price.amount),
                "by": "import", "line": row.line}))
        links = self.links.get(known.id, set())
        if "collections" in self.fields and collection_ids != links:
            changed = True
            writes.links_gone += [{"p": known.id, "c": c} for c in links - collection_ids]
            writes.links_added += [{"product_id": known.id, "collection_id": c}
                                   for c in collection_ids - links]
            self.links[known.id] = collection_ids
        if "compare_at" in self.fields:
            changed |= self._promotion(known.id, row, writes)
        self._count(known.active, known.stock_counted, known.barcode)
        if changed:
            self.updated += 1
        else:
            self.unchanged += 1

    def _collection(self, name: str) -> int:
        collection_id = self.collections.get(name.casefold())
        if collection_id is None:
            collection_id = self.session.execute(
                insert(Collection.__table__).values(name=name)
                .returning(Collection.__table__.c.id)).scalar_one()
            self.collections[name.casefold()] = collection_id
            self.collections_created += 1
        return collection_id

    def _promotion(self, product_id: int, row: ImportRow, writes: _Writes) -> bool:
        """The product's "Import: was …" promotion as the row says: the compare-at price
        is the catalog price, and the promotion takes it down to the sale price."""
        current = self.promotions.get(product_id)
        if not row.on_sale:
            if current is None or not current.active:
                return False
            writes.promotions_changed.append({"b_id": current.id, "b_name": current.name,
                                              "b_amount": current.amount_off,
                                              "b_active": False, "b_ends_on": current.ends_on})
            return True
        amount, name = row.compare_at - row.price, f"{IMPORT_PROMOTION}{row.compare_at}"
        if current is None:
            writes.promotions_new.append({"name": name, "amount_off": amount,
                                          "product_id": product_id, "starts_on": self.today,
                                          "active": True})
        elif (current.amount_off, current.name, current.active, current.ends_on) != \
                (amount, name, True, None):
            writes.promotions_changed.append({"b_id": current.id, "b_name": name,
                                              "b_amount": amount, "b_active": True,
                                              "b_ends_on": None})
        else:
            return False
        self.promotions_changed += 1
        return True

    def _audit(self, action: str, subject: str, details: dict) -> dict:
        return {"created_at": self.now, "staff_id": self.manager.id, "action": action,
                "subject": subject[:64], "details": json.dumps(details, sort_keys=True)}

    def _apply(self, writes: _Writes) -> None:
        execute = self.session.execute
        p = Product.__table__
        links = product_collections
        # Changes first: a barcode or SKU an update frees may be taken by a new product.
        if writes.changed:
            execute(update(p).where(p.c.id == bindparam("b_id")).values(
                {c: bindparam(f"b_{c}") for c in _KNOWN_COLUMNS[1:]}), writes.changed)
        if writes.links_gone:
            execute(links.delete().where(and_(links.c.product_id == bindparam("p"),
                                              links.c.collection_id == bindparam("c"))),
                    writes.links_gone)
        if writes.new:
            # The ids given here, after the highest (the write lock is held): SQLite would
            # give the same, and an INSERT … RETURNING in the rows' order would run one row
            # at a time (SQLAlchemy cannot batch it on SQLite).
            ids = range(self.last_id + 1, self.last_id + 1 + len(writes.new))
            columns = (*_KNOWN_COLUMNS[1:], "created_at")
            execute(insert(p), [{"id": product_id, **{k: values[k] for k in columns}}
                                for product_id, (_row, values) in zip(ids, writes.new)])
            self.last_id = ids[-1]
            index_new_products(self.session, ids[0], ids[-1])
            for product_id, (row, values) in zip(ids, writes.new):
                self.shop.remember(_Known(product_id, *(values[c] for c in _KNOWN_COLUMNS[1:]),
                                          line=row.line))
                writes.links_added += [{"product_id": product_id, "collection_id": c}
                                       for c in values["collections"]]
                self.links[product_id] = values["collections"]
                if values["stock"]:
                    writes.movements.append({
                        "product_id": product_id, "delta": values["stock"], "reason": "receive",
                        "staff_id": self.manager.id, "note": "import", "created_at": self.now})
                self._promotion(product_id, row, writes)
            self.created += len(ids)
        if writes.promotions_changed:
            pr = Promotion.__table__
            execute(update(pr).where(pr.c.id == bindparam("b_id")).values(
                name=bindparam("b_name"), amount_off=bindparam("b_amount"),
                active=bindparam("b_active"), ends_on=bindparam("b_ends_on")),
                writes.promotions_changed)
        for table, rows in ((links, writes.links_added),
                            (Promotion.__table__, writes.promotions_new),
                            (StockMovement.__table__, writes.movements),
                            (AuditEntry.__table__, writes.audits)):
            if rows:
                execute(insert(table), rows)

    def finish(self, file_name: str, found: ImportPreview) -> None:
        resume_search_index(self.session)
        self.session.execute(insert(AuditEntry.__table__), [self._audit(
            "products imported", file_name, {
                "format": found.format, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "stock_adjusted": self.adjusted,
                "promotions": self.promotions_changed,
                "collections_created": self.collections_created,
                "problems": len(found.problems) + len(self.problems)})])

    def result(self, found: ImportPreview) -> ImportResult:
        return ImportResult(
            created=self.created, updated=self.updated,
            problems=sorted(found.problems + self.problems, key=lambda p: p.line),
            promotions=self.promotions_changed, collections_created=self.collections_created,
            unchanged=self.unchanged, stock_adjusted=self.adjusted, notes=found.notes,
            ignored_columns=found.ignored_columns, inactive=self.inactive,
            not_counted=self.not_counted, without_barcode=self.without_barcode,
            format=found.format)
