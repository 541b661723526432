"""Starting the app: open (and upgrade) the shop's database, then show the window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Database, resolve_db_url
from pos.app import open_shop
from pos.shop import load_shop_settings
from ui.backups import backup_in_background
from ui.collector import GuiThreadCollector
from ui.instance import take_shop_lock
from ui.language import apply_language
from ui.main_window import MainWindow


def start_window(db: Database, language: str | None = None) -> MainWindow:
    """The window, shown, with the day's first-start backup running in the background.
    language: the one to speak for this run, whoever logs in (--lang, POS_LANG)."""
    window = MainWindow(db, language=language)
    window.show()
    backup_in_background(db.url, window.shop, "start", window.statusBar().showMessage)
    return window


def make_app() -> QApplication:
    """The QApplication, with garbage collection kept off worker threads (ui/collector.py)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Counter")
    app.collector = GuiThreadCollector(app)
    return app


def shop_language(db_url: str) -> str:
    """The shop's language, read without opening the shop (the other window has it open);
    English when it cannot be read."""
    try:
        db = Database(db_url)
        try:
            with db.read() as session:
                return load_shop_settings(session).language
        finally:
            db.dispose()
    except Exception:  # noqa: BLE001 - only the words of a message depend on it
        return "en"


def run_app(db_url: str | None = None, language: str | None = None) -> int:
    app = make_app()
    db_url = resolve_db_url(db_url)
    lock = take_shop_lock(db_url)  # held until the app ends
    if not lock:
        apply_language(language or shop_language(db_url))
        QMessageBox.critical(None, QCoreApplication.translate("app", "Counter is already open"),
                             QCoreApplication.translate(
                                 "app", "Counter is already open on this shop, on this "
                                 "computer. Use that window, or close it before starting "
                                 "another."))
        return 1
    window = start_window(open_shop(db_url), language)
    return app.exec()
