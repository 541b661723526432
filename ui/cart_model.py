"""The cart as a table: one row a line, priced with the promotions running today.

Qt asks data() for every cell and role each time it paints, so the answers are ready
before it asks: a line's texts are formatted once, when the cart is shown (babel takes
about 18 µs an amount), and the roles, brushes and alignment are looked up once below
(in PySide6 6.12 reading Qt.DisplayRole costs about 3 µs, a module constant nothing).
A changed cart reaches the view as rows inserted, changed or removed, not as a reset,
so the view repaints only what changed and keeps its selection.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pos.cart import PricedCart, PricedLine
from pos.money import format_money

COLUMNS = ["Product", "Qty", "Unit price", "Promotion", "Line total"]
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
    item, price = line.item, line.price
    promotion = (f"{price.promotion}  −{format_money(price.discount, locale)}"
                 if price.promotion else "")
    texts = (item.name, str(item.quantity), format_money(item.unit_price, locale), promotion,
             format_money(price.total, locale))
    warning = (f"Only {item.stock} in stock; sale allowed by a manager."
               if item.short_of_stock else None)
    return CartRow(key, texts, warning)


class CartTableModel(QAbstractTableModel):
    def __init__(self, locale: str, parent=None):
        super().__init__(parent)
        self.locale = locale
        self._rows: list[CartRow] = []

    def show(self, priced: PricedCart) -> None:
        """The lines of a new or changed cart; those unchanged keep their row as it was."""
        known = {row.key: row for row in self._rows}
        rows = []
        for line in priced.lines:
            key = row_key(line)
            rows.append(known.get(key) or cart_row(key, line, self.locale))
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
            return COLUMNS[section]
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
