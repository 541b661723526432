"""The pieces every screen builds the same way: the message line with its tone, the tables,
Enter in a dialog, a window's size on the screen."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox,
                               QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QStyledItemDelegate, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ui.language import read_from_the_right
from ui.style import set_tone

RIGHT = Qt.AlignRight | Qt.AlignVCenter


def message_label(alignment: Qt.AlignmentFlag | None = None) -> QLabel:
    """The line a screen answers on: green for what was done, red for what was refused."""
    label = QLabel(" ")
    label.setObjectName("message")
    label.setWordWrap(True)
    if alignment is not None:
        label.setAlignment(alignment)
    return label


def say(label: QLabel, text: str, tone: str = "info") -> None:
    label.setText(read_from_the_right(text))
    set_tone(label, tone)



def list_table(columns: list[str], selection=QAbstractItemView.SingleSelection,
               stretch: int | None = None, wrap: bool = True,
               whole_rows: bool = True) -> QTableWidget:
    """A read-only list the manager picks rows from: whole rows, alternating colours, no row
    numbers; every column as wide as its text, `stretch` taking what is left. selection
    None keeps Qt's own (several cells, as a preview is read)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    if whole_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
    if selection is not None:
        table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return table


def figures_table(columns: list[str], font_px: int = 14) -> QTableWidget:
    """A small table of figures that is read, not picked from: no selection, no focus, the
    first column taking the room, the figures as wide as they are."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.NoSelection)
    table.setFocusPolicy(Qt.NoFocus)
    table.setStyleSheet(f"QTableView {{ font-size: {font_px}px; }}")
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    return table


def fill_figures(table: QTableWidget, rows: list[tuple],
                 right: tuple[int, ...] | None = None) -> None:
    """Plain text rows; figures (every column but the first, unless told) to the right."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if (c in right) if right is not None else c > 0:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


class ElideRight(QStyledItemDelegate):
    """A cell cut at its end, so a sentence reads from its start."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.ElideRight


def narrow_form() -> QFormLayout:
    """Captions beside their figures; a figure too wide for the room goes under its
    caption instead of widening the window."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    return form


def button(words: str, then, primary: bool = False) -> QPushButton:
    """A button that does `then` when clicked; the primary one is the screen's main action."""
    pushed = QPushButton(words)
    if primary:
        pushed.setObjectName("primary")
    pushed.clicked.connect(then)
    return pushed


def button_row(left: list[QPushButton], right: list[QPushButton]) -> QHBoxLayout:
    """Buttons at the left, then room, then buttons at the right (Close, the main action)."""
    row = QHBoxLayout()
    for pushed in left:
        row.addWidget(pushed)
    row.addStretch()
    for pushed in right:
        row.addWidget(pushed)
    return row


def answer_buttons(dialog: QDialog, submit,
                   which=QDialogButtonBox.Save | QDialogButtonBox.Cancel) -> QDialogButtonBox:
    """Save (or OK) submits; Cancel closes the dialog unchanged."""
    buttons = QDialogButtonBox(which)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons


def enter_clicks_only(dialog: QDialog, default: QPushButton | None = None) -> None:
    """Enter in a field clicks the default button and no other: a dialog would otherwise
    click its first button (Add… on the products screen) on Enter in the search."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button is default)
        button.setDefault(button is default)


# What a window's frame takes around its content: the borders, and the title bar.
FRAME = QSize(16, 40)


def screen_room(window: QWidget) -> QRect:
    """The screen's room for windows: its size less the taskbar."""
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 728)


class _LeastHeight(QVBoxLayout):
    """Tells the scroll area it has no height-for-width: the area would otherwise keep the
    content at its preferred height (tables and all) and scroll long before it must."""

    def hasHeightForWidth(self) -> bool:
        return False


def scrolled(content: QWidget) -> QScrollArea:
    """content, scrolled when the screen is too small for its least size: the buttons around
    it stay on the screen. The scroll area itself takes no Tab stop."""
    holder = QWidget()
    layout = _LeastHeight(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    area = QScrollArea()
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setFocusPolicy(Qt.NoFocus)
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """As big as asked when the screen allows, and never bigger than the screen: a counter's
    1024x768 screen shows the whole window, its buttons included."""
    room = screen_room(window)
    window.resize(min(width, room.width() - FRAME.width()),
                  min(height, room.height() - FRAME.height()))


def select_row(view: QAbstractItemView, row: int) -> None:
    """The row selected, and current for the arrow keys. QTableView.selectRow() selects
    nothing in a right-to-left layout (Qt 6.12): the Arabic window's cart lost its line."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
