"""The main window: the login, then the counter's screens, a menu and a status bar."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from db.engine import Database
from db.models import Staff
from pos.shop import ShopSettings, load_shop_settings
from ui.login import LoginScreen
from ui.sale_screen import SaleScreen
from ui.style import APP_STYLE


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        with db.read() as session:
            self.shop: ShopSettings = load_shop_settings(session)
        self.staff: Staff | None = None
        self.setWindowTitle(f"Counter — {self.shop.name}")
        self.setStyleSheet(APP_STYLE)

        self.stack = QStackedWidget()
        self.login_screen = LoginScreen(db, self.shop.name)
        self.sale_screen = SaleScreen(db, self.shop)
        self.stack.addWidget(self.login_screen)
        self.stack.addWidget(self.sale_screen)
        self.setCentralWidget(self.stack)
        self.login_screen.logged_in.connect(self.on_logged_in)
        self.sale_screen.receipt_scanned.connect(self.on_receipt_scanned)

        self.who = QLabel()
        self.statusBar().addWidget(self.who)
        self._menus()
        self.show_login()
        self.resize(1180, 720)

    def _menus(self) -> None:
        sale_menu = self.menuBar().addMenu("&Sale")
        self.new_sale_action = QAction("New sale", self, shortcut=QKeySequence("Ctrl+N"),
                                       triggered=lambda: self.sale_screen.new_sale())
        sale_menu.addAction(self.new_sale_action)
        staff_menu = self.menuBar().addMenu("S&taff")
        self.logout_action = QAction("Log out", self, shortcut=QKeySequence("Ctrl+L"),
                                     triggered=self.show_login)
        staff_menu.addAction(self.logout_action)
        self.staff_only_actions = [self.new_sale_action, self.logout_action]

    def show_login(self) -> None:
        self.staff = None
        self.login_screen.reload()
        self.stack.setCurrentWidget(self.login_screen)
        for action in self.staff_only_actions:
            action.setEnabled(False)
        self.who.setText("Not logged in")
        self.login_screen.pin_field.setFocus()

    def on_logged_in(self, staff_id: int) -> None:
        with self.db.read() as session:
            self.staff = session.get(Staff, staff_id)
        for action in self.staff_only_actions:
            action.setEnabled(True)
        self.who.setText(f"{self.staff.name} ({self.staff.role}) · {self.shop.name}")
        self.sale_screen.start_for(staff_id)
        self.stack.setCurrentWidget(self.sale_screen)
        self.sale_screen.focus_scan()

    def on_receipt_scanned(self, order_number: str) -> None:
        self.sale_screen.show_info(
            f"{order_number} is a receipt. Returns are taken on the returns screen.")
