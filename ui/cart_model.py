"""The cart as a table: one row a line, priced with the promotions running today."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pos.cart import PricedCart
from pos.money import format_money

COLUMNS = ["Product", "Qty", "Unit price", "Promotion", "Line total"]


class CartTableModel(QAbstractTableModel):
    def __init__(self, locale: str, parent=None):
        super().__init__(parent)
        self.locale = locale
        self.priced = PricedCart([])

    def show(self, priced: PricedCart) -> None:
        self.beginResetModel()
        self.priced = priced
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.priced.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        line = self.priced.lines[index.row()]
        item, price = line.item, line.price
        column = index.column()
        if role == Qt.DisplayRole:
            if column == 0:
                return item.name
            if column == 1:
                return str(item.quantity)
            if column == 2:
                return format_money(item.unit_price, self.locale)
            if column == 3:
                if price.promotion:
                    return f"{price.promotion}  −{format_money(price.discount, self.locale)}"
                return ""
            if column == 4:
                return format_money(price.total, self.locale)
        if role == Qt.TextAlignmentRole and column in (1, 2, 4):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == 3:
            return QBrush(QColor("#b35c00"))
        if role == Qt.ToolTipRole and item.short_of_stock:
            return f"Only {item.stock} in stock; sale allowed by a manager."
        if role == Qt.BackgroundRole and item.short_of_stock:
            return QBrush(QColor("#fff3cd"))
        return None
