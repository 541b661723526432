"""ui/widgets.py and ui/printing.py: the pieces every screen builds the same way."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QHeaderView, QPushButton

from ui.printing import a4, ask_save_path, ask_to_print
from ui.widgets import (button, button_row, enter_clicks_only, figures_table, fill_figures,
                        list_table, message_label, say)


def test_a_list_table_is_read_only_whole_rows_without_row_numbers(qtbot):
    table = list_table(["Name", "Price", "Note"], stretch=2)
    qtbot.addWidget(table)
    assert table.editTriggers() == QAbstractItemView.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectRows
    assert table.selectionMode() == QAbstractItemView.SingleSelection
    assert not table.verticalHeader().isVisible() and table.alternatingRowColors()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(2) == QHeaderView.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeToContents


def test_a_figures_table_is_not_picked_from_and_puts_figures_right(qtbot):
    table = figures_table(["Clerk", "Sales"])
    qtbot.addWidget(table)
    assert table.selectionMode() == QAbstractItemView.NoSelection
    fill_figures(table, [("Amina", "3")])
    assert table.item(0, 1).textAlignment() & 0x2  # Qt.AlignRight
    assert not table.item(0, 0).textAlignment() & 0x2


def test_the_message_line_takes_the_tone_of_what_it_says(qtbot):
    label = message_label()
    qtbot.addWidget(label)
    say(label, "Nothing was saved.", "error")
    assert (label.text(), label.property("tone")) == ("Nothing was saved.", "error")
    say(label, "Saved.")
    assert label.property("tone") == "info"


def test_enter_clicks_the_default_button_only(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    clicked = []
    add, save = button("Add…", lambda: clicked.append("add")), button(
        "Save", lambda: clicked.append("save"), primary=True)
    dialog.setLayout(button_row([add], [save]))
    enter_clicks_only(dialog, save)
    assert save.isDefault() and not add.autoDefault() and save.objectName() == "primary"
    assert dialog.findChildren(QPushButton) == [add, save]


def test_the_save_and_print_questions_do_not_block_and_answer_once_chosen(qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "open", lambda self, *a: None)
    owner = QDialog()
    qtbot.addWidget(owner)
    chosen = []
    ask_save_path(owner, "Export the day's sales as CSV", "sales-2026-11-22.csv", "CSV", "csv",
                  chosen.append)
    chooser = owner.file_dialog
    assert chooser.acceptMode() == QFileDialog.AcceptSave and chooser.defaultSuffix() == "csv"
    chooser.fileSelected.emit("/tmp/sales.csv")
    assert chosen == ["/tmp/sales.csv"]

    printed = []
    ask_to_print(owner, a4(landscape=True), printed.append)
    assert owner.print_dialog.isVisible()
    owner.print_dialog.accept()
    assert printed == [owner._printer]
