"""Starting the app: open (and upgrade) the shop's database, then show the window."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from pos.app import open_shop
from ui.main_window import MainWindow


def run_app(db_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Counter")
    db = open_shop(db_url)
    window = MainWindow(db)
    window.show()
    return app.exec()
