"""The returns review on a small counter screen: the Decision column reads whole words (a
short sentence whole, a long one cut at its end), the whole sentence shows on hover and in
the row's detail line, reached with the keyboard."""
from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from pos.shop import load_shop_settings
from tests.conftest import MANAGER_NAME, demo_staff
from tests.test_manager_day_ui import DAY, day_of_returns  # noqa: F401  (a fixture)
from tests.test_screen_fit import ROOM, small_screen  # noqa: F401  (a fixture)
from ui.returns_review import ReturnsReviewDialog
from ui.returns_review.words import CLERK, DECISION, first_sentence
from ui.style import APP_STYLE


def shown_text(table, row: int, column: int) -> str:
    """The cell's text as its delegate paints it: cut at the column's width."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    index = table.model().index(row, column)
    table.itemDelegateForColumn(column).initStyleOption(option, index)
    # Qt's item view: a focus-frame margin and a pixel each side of the text, and the grid.
    margin = table.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1
    width = table.horizontalHeader().sectionSize(column) - 2 * margin - 1
    return table.fontMetrics().elidedText(option.text, option.textElideMode, width)


@pytest.fixture
def review(qtbot, db, day_of_returns, small_screen):  # noqa: F811
    with db.read() as session:
        shop = load_shop_settings(session)
        manager_id = demo_staff(session, MANAGER_NAME).id
    window = QWidget()  # styled as the main window is
    window.setStyleSheet(APP_STYLE)
    qtbot.addWidget(window)
    dialog = ReturnsReviewDialog(db, shop, manager_id, day=DAY, parent=window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.data.day == DAY)
    assert dialog.size().width() <= ROOM.width()
    yield dialog  # the styled window lives as long as the test


def test_the_decision_reads_whole_words_on_a_small_screen(qtbot, review):
    table, rows = review.day_tab.table, review.data.rows
    header = table.horizontalHeader()
    assert header.sectionSize(DECISION) >= header.sectionSizeHint(DECISION)  # "Decision"
    # The column and the clerk's are on the screen without scrolling.
    for column in (DECISION, CLERK):
        right = table.columnViewportPosition(column) + header.sectionSize(column)
        assert 0 <= table.columnViewportPosition(column) and right <= table.viewport().width()
    for r, row in enumerate(rows):
        sentence = first_sentence(row.decision)
        shown = shown_text(table, r, DECISION)
        assert table.item(r, DECISION).toolTip() == row.decision  # the whole, on hover
        if table.fontMetrics().horizontalAdvance(sentence) <= 200:
            assert shown == sentence  # a short sentence is never cut
        else:
            assert shown.endswith("…") and sentence.startswith(shown[:-1])
            assert len(shown) > 20  # words, not "Ref…"


def test_the_row_detail_gives_the_whole_decision_by_keyboard(qtbot, review):
    table, rows = review.day_tab.table, review.data.rows
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Home, Qt.ControlModifier)
    for r, row in enumerate(rows):
        if r:
            qtbot.keyClick(table, Qt.Key_Down)
        assert table.currentRow() == r
        detail = review.day_tab.detail.text()
        assert escape(row.decision) in detail
        assert row.return_number in detail and row.order_number in detail
