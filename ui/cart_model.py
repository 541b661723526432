"""The cart as a table: one row a line, priced with the promotions running today.

Qt asks data() for every cell and role each time it paints, so the answers are ready
before it asks: a line's texts are formatted once, when the cart is shown (babel takes
about 18 µs an amount), and the roles, brushes and alignment are looked up once below
(in PySide6 6.12 reading Qt.DisplayRole costs about 3 µs, a module constant nothing).
A changed cart reaches the view as rows inserted, changed or removed, not as a reset,
so the view repaints only what changed and keeps its selection.

The amounts are written in the figures of the language spoken (shop.locale, read each
time a line is formatted); retranslate() writes them all again after a language change.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication,
                            QModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from pos.cart import PricedCart, PricedLine
from pos.money import format_money
from pos.i18n import figure

# The headers in English; headerData() gives them in the language spoken.
COLUMNS = [QT_TRANSLATE_NOOP("CartTableModel", "Product"),
           QT_TRANSLATE_NOOP("CartTableModel", "Qty"),
           QT_TRANSLATE_NOOP("CartTableModel", "Unit price"),
           QT_TRANSLATE_NOOP("CartTableModel", "Promotion"),
           QT_TRANSLATE_NOOP("CartTableModel", "Line total")]
PROMOTION_COLUMN = 3
NUMBER_COLUMNS = frozenset({1, 2, 4})

DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PROMOTION_BRUSH = QBrush(QColor("#b35c00"))
SHORT_OF_STOCK_BRUSH = QBrush(QColor("#fff3cd"))


@dataclass(frozen=True)
class CartRow:
    """A line as the table shows it."""
    key: tuple  # what the texts come from (row_key): the same key, the same row
    texts: tuple[str, ...]
    warning: str | None  # why the line is marked: sold beyond the stock

    @property
    def product_id(self) -> int:
        return self.key[0]


def row_key(line: PricedLine) -> tuple:
    item = line.item
    return item.product_id, item.name, item.quantity, item.stock, item.unit_price, line.price


def cart_row(key: tuple, line: PricedLine, locale: str) -> CartRow:
    """The line's texts: amounts in `locale`'s figures, kept left to right (figure) in a
    right-to-left window."""
    item, price = line.item, line.price
    parts = []
    if price.promotion:
        parts.append(f"{price.promotion}  {figure('−' + format_money(price.discount, locale))}")
    if price.clerk is not None:  # the clerk's discount, after the promotion
        parts.append(f"{price.clerk.reason}  "
                     f"{figure('−' + format_money(price.clerk_discount, locale))}")
    promotion = " · ".join(parts)
    texts = (item.name, str(item.quantity), figure(format_money(item.unit_price, locale)),
             promotion, figure(format_money(price.total, locale)))
    warning = (QCoreApplication.translate(
        "CartTableModel", "Only {stock} in stock; sale allowed by a manager.").format(
            stock=item.stock) if item.short_of_stock else None)
    return CartRow(key, texts, warning)


class CartTableModel(QAbstractTableModel):
    def __init__(self, shop, parent=None):
        """shop: what knows the locale of the moment (ShopSettings: its .locale follows
        the language spoken), read each time a line is formatted."""
        super().__init__(parent)
        self.shop = shop
        self._rows: list[CartRow] = []
        self._stale = False  # the language changed: no line's texts may be reused

    def retranslate(self) -> None:
        """After a language change: the headers now, every line at the next show()."""
        self._stale = True
        self.headerDataChanged.emit(HORIZONTAL, 0, len(COLUMNS) - 1)

    def show(self, priced: PricedCart) -> None:
        """The lines of a new or changed cart; those unchanged keep their row as it was."""
        known = {} if self._stale else {row.key: row for row in self._rows}
        self._stale = False
        locale = self.shop.locale
        rows = []
        for line in priced.lines:
            key = row_key(line)
            rows.append(known.get(key) or cart_row(key, line, locale))
        self._update(rows)

    def column_texts(self, column: int) -> list[str]:
        return [row.texts[column] for row in self._rows]

    def _update(self, rows: list[CartRow]) -> None:
        """Tells the view what changed: the lines gone from the cart leave, the others
        keep their place and change where their texts did, new lines come after them.
        Anything else (lines in another order) resets the table."""
        new_ids = [row.product_id for row in rows]
        staying = set(new_ids)
        kept_ids = [row.product_id for row in self._rows if row.product_id in staying]
        kept = len(kept_ids)
        if not rows or len(staying) < len(rows) or kept_ids != new_ids[:kept]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        for index in reversed(range(len(self._rows))):
            if self._rows[index].product_id not in staying:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
        changed = [index for index, row in enumerate(self._rows) if row is not rows[index]]
        self._rows[:] = rows[:kept]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], len(COLUMNS) - 1))
        if len(rows) > kept:
            self.beginInsertRows(QModelIndex(), kept, len(rows) - 1)
            self._rows.extend(rows[kept:])
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == HORIZONTAL:
            return QCoreApplication.translate("CartTableModel", COLUMNS[section])
        return None

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return row.texts[column]
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if column in NUMBER_COLUMNS else None
        if role == FOREGROUND:
            return PROMOTION_BRUSH if column == PROMOTION_COLUMN else None
        if row.warning is not None:
            if role == TOOLTIP:
                return row.warning
            if role == BACKGROUND:
                return SHORT_OF_STOCK_BRUSH
        return None
