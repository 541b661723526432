"""Manager → Open drawer: the cash drawer opened on purpose, by a manager, with a reason.

The reason is checked in pos/ (pos.hardware.drawer.manager_opening); the pulse goes to the
receipt printer off the GUI thread (ui.till_printer.print_on_till), which records the
opening once the pulse has gone. A till without an ESC/POS printer and a drawer says so and
records nothing."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from db.engine import Database
from pos.hardware.drawer import MAX_REASON, DrawerError, manager_opening
from pos.hardware.settings import load_hardware_settings
from pos.i18n import words_of
from pos.staff import PermissionDenied
from pos.staff_members import acting_staff
from ui.background import read_now
from ui.till_printer import print_on_till
from ui.widgets import enter_clicks_only, message_label, say


class DrawerDialog(QDialog):
    opened = Signal(str)  # the drawer opened: what to tell the till, in words

    def __init__(self, db: Database, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.manager_id = manager_id
        self.busy = False
        self.setWindowTitle(self.tr("Open the drawer"))
        intro = QLabel(self.tr("The drawer opens with no sale: say why. The opening is "
                               "recorded with your name and counted in the Z report."))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("Reason, e.g. change for the bank"))
        self.reason.returnPressed.connect(self.open_drawer)
        caption = QLabel(self.tr("&Reason"))
        caption.setBuddy(self.reason)
        self.message = message_label()
        self.open_button = QPushButton(self.tr("Open the drawer (Enter)"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_drawer)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        enter_clicks_only(self, self.open_button)
        self.setMinimumWidth(460)
        self.reason.setFocus()

    def open_drawer(self) -> None:
        if self.busy:
            return
        reason, manager_id = self.reason.text(), self.manager_id
        try:
            opening = read_now(self.db, lambda session: manager_opening(
                acting_staff(session, manager_id), reason))
        except (DrawerError, PermissionDenied) as error:
            self._say(words_of(error), "error")
            self.reason.setFocus()
            return
        if not read_now(self.db, load_hardware_settings).opens_drawer:
            self._say(self._no_drawer(), "error")
            return
        self.busy = True
        self.open_button.setEnabled(False)
        self._say(self.tr("Opening the drawer…"))
        print_on_till(self, self.db, manager_id, None, self._said, opening=opening)

    def _said(self, words: str, tone: str) -> None:
        self.busy = False
        self.open_button.setEnabled(True)
        if tone == "error":
            self._say(words, "error")
            return
        if tone == "" or not words:  # the printer or drawer taken away meanwhile
            self._say(self._no_drawer(), "error")
            return
        self.opened.emit(words)
        self.accept()

    def _say(self, words: str, tone: str = "info") -> None:
        say(self.message, words, tone)
        self.adjustSize()  # the words' lines, folded to the dialog's width, all shown

    def _no_drawer(self) -> str:
        return self.tr("This till has no receipt printer with a cash drawer (Manager → "
                       "Printer): nothing was opened or recorded.")
