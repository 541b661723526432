"""The main window: the login, then the counter's screens, a menu and a status bar."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from db.engine import Database
from db.models import Staff
from pos.shop import ShopSettings, load_shop_settings
from ui.dialogs import ManagerApprovalDialog
from ui.login import LoginScreen
from ui.policy_dialog import PolicyDialog
from ui.return_screen import ReturnScreen
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
        self.return_screen = ReturnScreen(db, self.shop)
        self.stack.addWidget(self.return_screen)
        self.sale_screen.returns_requested.connect(lambda: self.show_returns())
        self.return_screen.done.connect(self.show_sale)
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
                                       triggered=lambda: (self.show_sale(), self.sale_screen.new_sale()))
        sale_menu.addAction(self.new_sale_action)
        self.returns_action = QAction("Return or exchange… (F8)", self,
                                      triggered=lambda: self.show_returns())
        sale_menu.addAction(self.returns_action)
        manager_menu = self.menuBar().addMenu("&Manager")
        self.policy_action = QAction("Return policy…", self, triggered=self.open_policy_settings)
        manager_menu.addAction(self.policy_action)
        staff_menu = self.menuBar().addMenu("S&taff")
        self.logout_action = QAction("Log out", self, shortcut=QKeySequence("Ctrl+L"),
                                     triggered=self.show_login)
        staff_menu.addAction(self.logout_action)
        self.staff_only_actions = [self.new_sale_action, self.returns_action, self.policy_action,
                                   self.logout_action]

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
        """A receipt scanned at the sale screen starts its return."""
        self.show_returns(order_number)

    def show_returns(self, order_number: str | None = None) -> None:
        if self.staff is None:
            return
        self.return_screen.start_for(self.staff.id, order_number)
        self.stack.setCurrentWidget(self.return_screen)

    def open_policy_settings(self) -> None:
        """Managers only: a clerk's session needs a manager's PIN first."""
        if self.staff is None:
            return
        if self.staff.is_manager:
            self._open_policy(self.staff.id)
            return
        approval = ManagerApprovalDialog(self.db, "Changing the return policy needs a manager.",
                                         parent=self)
        approval.approved.connect(self._open_policy)
        self.pending_dialog = approval
        approval.open()

    def _open_policy(self, manager_id: int) -> None:
        self.policy_dialog = PolicyDialog(self.db, manager_id, self.shop.locale, self)
        self.policy_dialog.open()

    def show_sale(self) -> None:
        if self.staff is None:
            return
        self.stack.setCurrentWidget(self.sale_screen)
        self.sale_screen.focus_scan()
