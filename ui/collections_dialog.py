"""The shop's collections (the storefront's Featured collection, Promotions, Clothing…):
create one, rename one. Products are put in collections from the product dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from db.engine import Database
from pos import catalog_admin
from pos.catalog_views import collections_with_counts
from pos.shop import ShopSettings
from ui import background
from ui.hub_edits import change_master, read_only_while_hub_away
from ui.widgets import enter_clicks_only, fit_to_screen, message_label, say


class CollectionsDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.setWindowTitle(self.tr("Collections"))
        title = QLabel(self.tr("Collections"))
        title.setObjectName("screenTitle")
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._current_changed)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Collection name"))
        self.name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add collection"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rename selected"))
        self.rename_button.clicked.connect(self.rename)
        self.rename_button.setEnabled(False)
        self.message = message_label()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        edit = QHBoxLayout()
        edit.addWidget(self.name, 1)
        edit.addWidget(self.add_button)
        edit.addWidget(self.rename_button)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, 560, 440)
        enter_clicks_only(self)
        read_only_while_hub_away(self, db, shop, self.message,
                                 lambda: (self.add_button, self.rename_button, self.name))
        self.reload()
        self.name.setFocus()

    def reload(self, select_id: int | None = None) -> None:
        background.read(self, self.db, collections_with_counts,
                        lambda rows: self._loaded(rows, select_id), self._failed)

    def _loaded(self, rows, select_id: int | None) -> None:
        self.list.clear()
        for collection_id, name, count in rows:
            item = QListWidgetItem(self.tr("{name}  ·  %n product(s)", "", count).format(
                name=name))
            item.setData(Qt.UserRole, collection_id)
            item.setData(Qt.UserRole + 1, name)
            self.list.addItem(item)
            if collection_id == select_id:
                self.list.setCurrentItem(item)
        self.loaded.emit()

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole + 1) for i in range(self.list.count())]

    def _current_changed(self, item, _previous) -> None:
        self.rename_button.setEnabled(item is not None and self.hub_lock is None)
        if item is not None:
            self.name.setText(item.data(Qt.UserRole + 1))

    def add(self) -> None:
        name = self.name.text().strip()
        self._change(lambda s, m: catalog_admin.create_collection(s, m, name).id,
                     self.tr("Collection '{name}' added.").format(name=name))

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            say(self.message, self.tr("Select the collection to rename."), "error")
            return
        collection_id, old, name = item.data(Qt.UserRole), item.data(Qt.UserRole + 1), \
            self.name.text().strip()
        self._change(lambda s, m: (catalog_admin.rename_collection(s, m, collection_id, name),
                                   collection_id)[1],
                     self.tr("'{old}' is now '{name}'.").format(old=old, name=name))

    def _change(self, apply, words: str) -> None:
        self.add_button.setEnabled(False)
        self.rename_button.setEnabled(False)

        def done(collection_id: int) -> None:
            self.add_button.setEnabled(self.hub_lock is None)
            say(self.message, words, "info")
            self.changed.emit()
            self.reload(collection_id)

        change_master(self, self.db, self.shop, self.manager_id, apply, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.add_button.setEnabled(self.hub_lock is None)
        self.rename_button.setEnabled(self.list.currentItem() is not None
                                      and self.hub_lock is None)
        say(self.message, background.error_words(error), "error")
