"""The PIN login the app opens on. It stays open across logins, so its words are set in
retranslate(), again when the language changes (the shop's after a clerk's)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget, QFrame, QHBoxLayout)

from db.engine import Database
from pos.staff import LoginError, login
from pos.staff_members import StaffMember, active_members
from ui.background import read_now
from ui.language import is_language_change, left_to_right
from ui.widgets import message_label, say


class LoginScreen(QWidget):
    logged_in = Signal(int)  # the staff id

    def __init__(self, db: Database, shop_name: str, parent=None):
        super().__init__(parent)
        self.db = db
        title = QLabel(shop_name)
        title.setObjectName("screenTitle")
        title.setAlignment(Qt.AlignCenter)
        self.prompt = prompt = QLabel()
        prompt.setObjectName("hint")
        prompt.setAlignment(Qt.AlignCenter)
        prompt.setWordWrap(True)

        self.staff_list = QListWidget()
        self.staff_list.setMaximumHeight(160)
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.Password)
        self.pin_field.setMaxLength(8)
        self.pin_field.setAlignment(Qt.AlignCenter)
        self.pin_field.setStyleSheet("font-size: 24px; padding: 8px; letter-spacing: 6px;")
        self.pin_field.returnPressed.connect(self.submit)
        left_to_right(self.pin_field)
        self.message = message_label(Qt.AlignCenter)
        self.login_button = QPushButton()
        self.login_button.setObjectName("primary")
        self.login_button.clicked.connect(self.submit)
        self.staff_list.itemActivated.connect(lambda _item: self.pin_field.setFocus())

        card = QFrame()
        card.setObjectName("panel")
        card.setFixedWidth(420)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        for widget in (title, prompt, self.staff_list, self.pin_field, self.message,
                       self.login_button):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self._members: list[StaffMember] = []
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Who is at the counter? Pick your name, type your PIN, "
                                    "press Enter."))
        self.pin_field.setPlaceholderText(self.tr("PIN"))
        self.login_button.setText(self.tr("Log in"))
        for row, staff in enumerate(self._members):
            if row < self.staff_list.count():
                self.staff_list.item(row).setText(self._label(staff))

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _label(self, staff: StaffMember) -> str:
        """The name as the shop wrote it, and the role in the language spoken."""
        role = self.tr("manager") if staff.is_manager else self.tr("clerk")
        return f"{staff.name}  ·  {role}"

    def reload(self) -> None:
        self.staff_list.clear()
        self._members = read_now(self.db, active_members)
        for staff in self._members:
            item = QListWidgetItem(self._label(staff))
            item.setData(Qt.UserRole, staff.id)
            self.staff_list.addItem(item)
        if self.staff_list.count():
            self.staff_list.setCurrentRow(0)
        self.pin_field.clear()
        self.message.setText(" ")
        self.pin_field.setFocus()

    def select_staff(self, name: str) -> None:
        for row in range(self.staff_list.count()):
            if self.staff_list.item(row).text().startswith(name + " "):
                self.staff_list.setCurrentRow(row)
                return
        raise LookupError(name)

    def submit(self) -> None:
        item = self.staff_list.currentItem()
        if item is None:
            self._fail(self.tr("Pick your name first."))
            return
        pin = self.pin_field.text()
        self.pin_field.clear()
        if not pin:
            self._fail(self.tr("Type your PIN."))
            return
        try:
            staff = login(self.db, item.data(Qt.UserRole), pin)
        except LoginError as error:
            self._fail(str(error))
            return
        self.message.setText(" ")
        self.logged_in.emit(staff.id)

    def _fail(self, text: str) -> None:
        say(self.message, text, "error")
        self.pin_field.setFocus()

