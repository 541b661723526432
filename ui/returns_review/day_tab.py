"""The review's first tab: what needs a second look, the day's returns, and its totals."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ui.language import read_from_the_right
from ui.returns_review.words import (DECISION, ITEMS, MONEY_COLUMNS, ORDER_DATE, OUTCOME,
                                     OVERRIDE_REASON, RETURN, WARNING, WARNING_BACKGROUND,
                                     breakdown_order, column_words, flag_words, reason_words,
                                     row_cells)
from ui.widgets import ElideRight, RIGHT, figures_table, fill_figures, list_table, select_row

# The decision column's width at most: "Refund allowed, day 12 of 14." whole; a longer
# first sentence is cut, and read whole on hover and below the table.
DECISION_WIDEST = 250
OUTCOME_WIDEST = 140  # "Remboursement (Espèces)" is cut, read whole on hover
CELL_PADDING = 14  # the cell's margins and its focus frame, in pixels


class DayTab(QWidget):
    reprint_requested = Signal(int)  # the selected return's id: its receipt, printed again
    customer_requested = Signal(int)  # the selected return's id: its customer's history

    def __init__(self, money, locale: str, parent=None):
        super().__init__(parent)
        self.money = money
        self.locale = locale
        self.data = None
        self.flags = QListWidget()
        self.flags.setWordWrap(True)
        self.flags.setSpacing(1)
        self.flags.setStyleSheet("QListWidget { font-size: 14px; }")
        self.flags.itemActivated.connect(self._flag_chosen)
        self.flags.itemClicked.connect(self._flag_chosen)
        self.flags_box = _boxed(self.tr("To look at"), self.flags)
        bottom = self._totals_row()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self._returns_table(), 1)
        middle_layout.addLayout(self._detail_row())
        # What needs a second look comes first, then the day, then its totals; the manager
        # can give any of them more room.
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.flags_box, middle, bottom):
            self.splitter.addWidget(widget)
        self.flags_box.setMinimumHeight(80)
        bottom.setMinimumHeight(120)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([110, 420, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # the tab's frame is margin enough
        layout.addWidget(self.splitter)

    def _returns_table(self) -> QTableWidget:
        self.table = list_table(column_words(), wrap=False)
        self.table.setStyleSheet("QTableView { font-size: 13px; } "
                                 "QHeaderView::section { font-size: 13px; padding: 4px; }")
        header = self.table.horizontalHeader()
        # The sentences start in the table, cut at their end, and are read in full on hover
        # and in the detail line below: the clerk and the manager fit without scrolling.
        for column, width in ((ITEMS, 130), (DECISION, DECISION_WIDEST),
                              (OVERRIDE_REASON, 160)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self._elide = ElideRight(self.table)
        for column in (ITEMS, DECISION, OUTCOME, OVERRIDE_REASON):
            self.table.setItemDelegateForColumn(column, self._elide)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.currentCellChanged.connect(self._select_current)
        self.detail = QLabel(" ")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("hint")
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return self.table

    def _detail_row(self) -> QHBoxLayout:
        self.reprint_button = QPushButton(self.tr("Reprint receipt (Ctrl+R)"))
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.reprint_selected)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.reprint_selected)
        self.customer_button = QPushButton(self.tr("Customer (Ctrl+H)"))
        self.customer_button.setEnabled(False)
        self.customer_button.clicked.connect(self.customer_of_selected)
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.customer_of_selected)
        row = QHBoxLayout()
        row.addWidget(self.detail, 1)
        row.addWidget(self.customer_button, 0, Qt.AlignTop)
        row.addWidget(self.reprint_button, 0, Qt.AlignTop)
        return row

    def selected_return_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), RETURN).data(Qt.UserRole) if rows else None

    def customer_of_selected(self) -> None:
        return_id = self.selected_return_id()
        if return_id is not None:
            self.customer_requested.emit(return_id)

    def reprint_selected(self) -> None:
        return_id = self.selected_return_id()
        if return_id is not None:
            self.reprint_requested.emit(return_id)

    def _totals_row(self) -> QWidget:
        """The day's totals on one line, then the returns by reason and by clerk side by
        side: on a small screen each table keeps its figures whole."""
        self.count_value, self.refunded_value, self.deducted_value = (QLabel("—")
                                                                      for _ in range(3))
        totals = QGridLayout()
        for n, (caption, label) in enumerate(((self.tr("Returns"), self.count_value),
                                              (self.tr("Refunded"), self.refunded_value),
                                              (self.tr("Deducted (kept)"), self.deducted_value))):
            label.setStyleSheet("font-size: 20px; font-weight: bold;")
            totals.addWidget(QLabel(caption), 0, 2 * n)
            totals.addWidget(label, 0, 2 * n + 1)
        totals.setHorizontalSpacing(12)
        totals.setColumnStretch(6, 1)
        figures = [self.tr("Returns"), self.tr("Refunded"), self.tr("Deducted")]
        self.by_reason = figures_table([self.tr("Reason"), *figures], 13)
        self.by_clerk = figures_table([self.tr("Clerk"), *figures], 13)
        tables = QHBoxLayout()
        tables.addWidget(_boxed(self.tr("By reason"), self.by_reason), 1)
        tables.addWidget(_boxed(self.tr("By clerk"), self.by_clerk), 1)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(totals)
        layout.addLayout(tables, 1)
        return widget

    # ----- showing a day ------------------------------------------------------------------
    def show_day(self, data) -> None:
        self.data = data
        self._fill_table(data)
        self.count_value.setText(str(data.count))
        self.refunded_value.setText(self.money(data.refunded))
        self.deducted_value.setText(self.money(data.deducted))
        self._fill_breakdown(self.by_reason, data.by_reason, reason_words)
        self._fill_breakdown(self.by_clerk, data.by_clerk, str)
        self._fill_flags(data)

    def _fill_table(self, data) -> None:
        flagged: dict[str, list[str]] = {}
        for flag in data.flags:
            flagged.setdefault(flag.return_number, []).append(flag.text)
        self.table.setRowCount(len(data.rows))
        for r, row in enumerate(data.rows):
            cells = row_cells(row, self.money, self.locale, whole_decision=False)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in MONEY_COLUMNS:
                    item.setTextAlignment(RIGHT)
                if c in (ITEMS, OUTCOME, OVERRIDE_REASON) and text:
                    item.setToolTip(text)
                if c == DECISION:
                    item.setToolTip(row.decision)
                if c == RETURN:
                    item.setData(Qt.UserRole, row.return_id)
                    if row.return_number in flagged:
                        _mark(item, flagged[row.return_number])
                self.table.setItem(r, c, item)
        self._fit_column(DECISION, DECISION_WIDEST)
        self._fit_outcome_column()
        self.detail.setText(self.tr("Select a return to read its decision in full.")
                            if data.rows else " ")
        self.reprint_button.setEnabled(False)
        self.customer_button.setEnabled(False)

    def _fit_outcome_column(self) -> None:
        """As wide as its text, up to OUTCOME_WIDEST: the money and the clerk after it stay
        on a small screen in every language."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeToContents)
        wanted = max(self.table.sizeHintForColumn(OUTCOME), header.sectionSizeHint(OUTCOME))
        if wanted > OUTCOME_WIDEST:
            header.setSectionResizeMode(OUTCOME, QHeaderView.Interactive)
            header.resizeSection(OUTCOME, OUTCOME_WIDEST)

    def _fit_column(self, column: int, widest_allowed: int) -> None:
        """As wide as the day's longest text in it (the decision's first sentence), up to
        widest_allowed."""
        header = self.table.horizontalHeader()
        self.table.ensurePolished()  # the style sheet's font, not the default one
        metrics = self.table.fontMetrics()
        texts = (self.table.item(r, column).text() for r in range(self.table.rowCount()))
        widest = max((metrics.horizontalAdvance(text) + CELL_PADDING for text in texts),
                     default=0)
        header.resizeSection(column, max(header.sectionSizeHint(column),
                                         min(widest, widest_allowed)))

    def _fill_breakdown(self, table: QTableWidget, figures: dict, words) -> None:
        fill_figures(table, [(words(key), str(count), self.money(refunded),
                              self.money(deducted))
                             for key, (count, refunded, deducted)
                             in breakdown_order(figures, words)])

    def _fill_flags(self, data) -> None:
        self.flags.clear()
        count = len(data.flags)
        self.flags_box.setTitle(self.tr("To look at ({count})").format(count=count) if count
                                else self.tr("To look at"))
        if not data.flags:
            item = QListWidgetItem(self.tr(
                "Nothing to look at: no override, no return by the clerk who made the sale, no "
                "cash for a card sale, no repeat customer.") if data.rows else
                self.tr("No returns on this day."))
            item.setFlags(Qt.NoItemFlags)
            item.setForeground(QBrush(QColor("#1b5e20")))
            self.flags.addItem(item)
            return
        for flag in data.flags:
            item = QListWidgetItem(f"⚠ {flag.text}")
            item.setForeground(QBrush(QColor(WARNING)))
            item.setData(Qt.UserRole, flag.return_number)
            item.setToolTip(flag_words(flag.kind))
            self.flags.addItem(item)

    def flag_texts(self) -> list[str]:
        return [self.flags.item(i).text().removeprefix("⚠ ")
                for i in range(self.flags.count())
                if self.flags.item(i).data(Qt.UserRole) is not None]

    def _flag_chosen(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.UserRole)
        if number is None or self.data is None:
            return
        for r, row in enumerate(self.data.rows):
            if row.return_number == number:
                select_row(self.table, r)
                self.table.scrollToItem(self.table.item(r, RETURN))
                return

    def _select_current(self, r: int, *_cells) -> None:
        """Tab into the table puts the keyboard on its first row without selecting it:
        selected, its detail shows."""
        if r >= 0 and not self.table.selectionModel().hasSelection():
            select_row(self.table, r)

    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        row = self.data.rows[rows[0].row()]
        self.reprint_button.setEnabled(True)
        self.customer_button.setEnabled(True)
        parts = [f"<b>{escape(row.return_number)}</b> · {escape(row.items)}",
                 escape(row.decision)]
        if row.approved_by:
            parts.append(self.tr("Override by {manager}: {reason}").format(
                manager=escape(row.approved_by), reason=escape(row.override_reason or "")))
        cells = row_cells(row, self.money, self.locale, whole_decision=True)
        # The outcome whole (its column may be cut on a small screen): how the money went.
        parts[0] = " · ".join((parts[0], escape(cells[OUTCOME]),
                               self.tr("order {order} of {date}").format(
                                   order=escape(row.order_number),
                                   date=escape(cells[ORDER_DATE])),
                               self.tr("taken by {clerk}").format(clerk=escape(row.clerk))))
        self.detail.setText(read_from_the_right("<br>".join(parts)))


def _mark(item: QTableWidgetItem, flags: list[str]) -> None:
    """A flagged return's number, in amber, with its flags as the tooltip."""
    item.setText(f"⚠ {item.text()}")
    item.setForeground(QBrush(QColor(WARNING)))
    item.setBackground(QBrush(QColor(WARNING_BACKGROUND)))
    item.setToolTip("\n".join(flags))


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box
