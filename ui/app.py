"""Starting the app: open (and upgrade) the shop's database, then show the window."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from db.engine import Database
from pos.app import open_shop
from ui.backups import backup_in_background
from ui.main_window import MainWindow


def start_window(db: Database) -> MainWindow:
    """The window, shown, with the day's first-start backup running in the background."""
    window = MainWindow(db)
    window.show()
    backup_in_background(db.url, window.shop, "start", window.statusBar().showMessage)
    return window


def run_app(db_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Counter")
    window = start_window(open_shop(db_url))
    return app.exec()
