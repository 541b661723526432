"""The main window: the login, then the counter's screens, a menu and a status bar."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from db.engine import Database
from pos.i18n import isolated
from pos.receipts import last_receipt
from pos.shop import ShopSettings, load_shop_settings
from pos.staff_members import StaffMember, staff_member
from ui.background import read_now
from ui.customer_display import CustomerDisplays
from ui.day_close import DayCloseDialog
from ui.dialogs import ManagerApprovalDialog
from ui.discount_dialog import DiscountLimitsDialog
from ui.drawer_dialog import DrawerDialog
from ui.hardware_dialog import HardwareDialog
from ui.hub_dialog import HubDialog
from ui.hub_sync import HubScheduler, HubStatusLabel
from ui.import_dialog import ImportDialog
from ui.language import apply_language, is_language_change, read_from_the_right
from ui.languages_dialog import LanguagesDialog
from ui.login import LoginScreen
from ui.policy_dialog import PolicyDialog
from ui.products_screen import ProductsScreen
from ui.receipt import reprint
from ui.return_screen import ReturnScreen
from ui.returns_review import ReturnsReviewDialog
from ui.sale_screen import SaleScreen
from ui.store_credit_dialogs import CreditNoteDialog, StoreCreditSettingsDialog
from ui.style import APP_STYLE
from ui.tiktok_queue import TikTokQueueDialog
from ui.tiktok_settings import TikTokSettingsDialog
from ui.tiktok_sync import SyncScheduler, SyncStatusLabel
from ui.widgets import fit_to_screen, say


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent=None, start_sync: bool = True,
                 sync_scheduler: SyncScheduler | None = None,
                 hub_scheduler: HubScheduler | None = None, language: str | None = None):
        """language: the one the window speaks for this run (--lang, POS_LANG), whoever
        logs in; by default the shop's at the login and each person's own once logged in."""
        shop: ShopSettings = read_now(db, load_shop_settings)
        apply_language(language or shop.language)  # before any widget: each is built in it
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.staff: StaffMember | None = None
        self.pinned_language = language
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
        # The TikTok queue at a glance, sent in the background; a sale nudges it.
        self.sync_status = SyncStatusLabel()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_scheduler = sync_scheduler or SyncScheduler(db, parent=self)
        self.sync_scheduler.status_changed.connect(self.sync_status.show_report)
        self.sale_screen.sale_completed.connect(lambda _order: self.sync_scheduler.nudge())
        # The hub at a glance (hidden for a till that stands alone), synced in the background;
        # a sale or a return only reads the line again: it is pushed at the next tick.
        self.hub_status = HubStatusLabel(self.shop)
        self.statusBar().addPermanentWidget(self.hub_status)
        self.hub_scheduler = hub_scheduler or HubScheduler(db, parent=self)
        self.hub_scheduler.status_changed.connect(self.hub_status.show_outcome)
        self.sale_screen.sale_completed.connect(lambda _order: self.hub_scheduler.refresh())
        self.return_screen.return_recorded.connect(lambda _number: self.hub_scheduler.refresh())
        # The customer's display follows the sale; a display that fails is one quiet line.
        self.customer_display = CustomerDisplays(
            db, self, lambda words: self.statusBar().showMessage(words, 8000))
        self.sale_screen.display_changed.connect(self.customer_display.follow)
        self._menus()
        self.retranslate()
        self.show_login()
        fit_to_screen(self, 1180, 720)
        if start_sync:
            self.sync_scheduler.start()
            self.hub_scheduler.start()
        else:
            self.sync_scheduler.refresh()
            self.hub_scheduler.refresh()

    def _menus(self) -> None:
        """The menus and their actions; their words are set by retranslate()."""
        self.sale_menu = self.menuBar().addMenu("")
        self.new_sale_action = QAction(self, shortcut=QKeySequence("Ctrl+N"),
                                       triggered=self.new_sale)
        self.returns_action = QAction(self, triggered=lambda: self.show_returns())
        self.reprint_action = QAction(self, shortcut=QKeySequence("Ctrl+R"),
                                      triggered=self.reprint_last_receipt)
        self.credit_note_action = QAction(self, shortcut=QKeySequence("Ctrl+K"),
                                          triggered=self.open_credit_note)
        self.sale_menu.addActions([self.new_sale_action, self.returns_action,
                                   self.reprint_action, self.credit_note_action])
        self.manager_menu = self.menuBar().addMenu("")
        self.products_action = QAction(self, triggered=self.open_products)
        self.import_products_action = QAction(self, triggered=self.open_import_products)
        self.policy_action = QAction(self, triggered=self.open_policy_settings)
        self.languages_action = QAction(self, triggered=self.open_languages)
        self.discount_limits_action = QAction(self, triggered=self.open_discount_limits)
        self.store_credit_action = QAction(self, triggered=self.open_store_credit_settings)
        self.returns_review_action = QAction(self, triggered=self.open_returns_review)
        self.day_close_action = QAction(self, triggered=self.open_day_close)
        self.tiktok_settings_action = QAction(self, triggered=self.open_tiktok_settings)
        self.tiktok_queue_action = QAction(self, triggered=self.open_tiktok_queue)
        self.hub_action = QAction(self, triggered=self.open_hub)
        self.drawer_action = QAction(self, triggered=self.open_drawer)
        self.printer_action = QAction(self, triggered=self.open_printer)
        for group in ((self.products_action, self.import_products_action),
                      (self.policy_action, self.discount_limits_action,
                       self.store_credit_action, self.languages_action),
                      (self.returns_review_action, self.day_close_action),
                      (self.drawer_action, self.printer_action),
                      (self.tiktok_settings_action, self.tiktok_queue_action),
                      (self.hub_action,)):
            if self.manager_menu.actions():
                self.manager_menu.addSeparator()
            self.manager_menu.addActions(list(group))
        self.staff_menu = self.menuBar().addMenu("")
        self.logout_action = QAction(self, shortcut=QKeySequence("Ctrl+L"),
                                     triggered=self.log_out)
        self.staff_menu.addAction(self.logout_action)
        self.staff_only_actions = [self.new_sale_action, self.returns_action,
                                   self.reprint_action, self.credit_note_action,
                                   self.store_credit_action,
                                   self.products_action, self.import_products_action,
                                   self.policy_action, self.languages_action,
                                   self.discount_limits_action,
                                   self.returns_review_action, self.day_close_action,
                                   self.tiktok_settings_action, self.tiktok_queue_action,
                                   self.hub_action, self.drawer_action, self.printer_action,
                                   self.logout_action]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counter — {shop}").format(shop=self.shop.name))
        self.sale_menu.setTitle(self.tr("&Sale"))
        self.new_sale_action.setText(self.tr("New sale"))
        self.returns_action.setText(self.tr("Return or exchange… (F8)"))
        self.reprint_action.setText(self.tr("Reprint last receipt"))
        self.credit_note_action.setText(self.tr("Credit note…"))
        self.store_credit_action.setText(self.tr("Store credit…"))
        self.manager_menu.setTitle(self.tr("&Manager"))
        self.products_action.setText(self.tr("Products…"))
        self.import_products_action.setText(self.tr("Import products…"))
        self.policy_action.setText(self.tr("Return policy…"))
        self.languages_action.setText(self.tr("Languages…"))
        self.discount_limits_action.setText(self.tr("Discount limits…"))
        self.returns_review_action.setText(self.tr("Returns review…"))
        self.day_close_action.setText(self.tr("Sales and cash close…"))
        self.tiktok_settings_action.setText(self.tr("&TikTok settings…"))
        self.tiktok_queue_action.setText(self.tr("TikTok &queue…"))
        self.hub_action.setText(self.tr("&Hub…"))
        self.drawer_action.setText(self.tr("Open &drawer…"))
        self.printer_action.setText(self.tr("&Printer…"))
        self.staff_menu.setTitle(self.tr("S&taff"))
        self.logout_action.setText(self.tr("Log out"))
        self._show_who()

    def changeEvent(self, event) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _show_who(self) -> None:
        if self.staff is None:
            self.who.setText(self.tr("Not logged in"))
        else:
            role = self.tr("manager") if self.staff.is_manager else self.tr("clerk")
            # The names are the shop's (often Latin): set apart, the line read from the right
            # in Arabic.
            who = self.tr("{name} ({role}) · {shop}").format(
                name=isolated(self.staff.name), role=role, shop=isolated(self.shop.name))
            self.who.setText(read_from_the_right(who))

    def _speak(self, language: str | None) -> None:
        """The window in this person's language (the shop's at the login), unless the run
        was given one."""
        apply_language(self.pinned_language or language or self.shop.language)

    def show_login(self) -> None:
        self.staff = None
        self._speak(None)
        self.login_screen.reload()
        self.stack.setCurrentWidget(self.login_screen)
        for action in self.staff_only_actions:
            action.setEnabled(False)
        self._show_who()
        self.sync_status.show_for(manager=False)
        self.login_screen.pin_field.setFocus()

    def log_out(self) -> None:
        """The clerk's sale under way is kept for them; the login says so."""
        name = self.staff.name if self.staff is not None else ""
        kept = self.sale_screen.end_shift()
        self.show_login()
        if kept is not None:
            say(self.login_screen.message,
                self.tr("{name}'s sale ({sale}) is kept until {name} logs in again.").format(
                    name=name, sale=kept.words))

    def new_sale(self) -> None:
        """Ctrl+N: the sale screen, asking first if a sale is under way."""
        self.show_sale()
        self.sale_screen.ask_new_sale()

    def on_logged_in(self, staff_id: int) -> None:
        self.staff = read_now(self.db, lambda session: staff_member(session, staff_id))
        self._speak(self.staff.language)
        for action in self.staff_only_actions:
            action.setEnabled(True)
        self._show_who()
        self.sync_status.show_for(self.staff.is_manager)
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

    def reprint_last_receipt(self) -> None:
        """The last receipt handed over, a sale's or a return's, shown to print again."""
        shop = self.shop
        reprint(self, self.db, shop, lambda session: last_receipt(session, shop),
                lambda words: self.statusBar().showMessage(words, 8000))

    def open_products(self) -> None:
        self._as_manager(self.tr("The products need a manager."), self._open_products)

    def open_import_products(self) -> None:
        self._as_manager(self.tr("Importing products needs a manager."), self._open_import_products)

    def open_policy_settings(self) -> None:
        self._as_manager(self.tr("Changing the return policy needs a manager."), self._open_policy)

    def open_tiktok_settings(self) -> None:
        self._as_manager(self.tr("The TikTok settings need a manager."), self._open_tiktok_settings)

    def open_tiktok_queue(self) -> None:
        self._as_manager(self.tr("The TikTok queue needs a manager."), self._open_tiktok_queue)

    def open_hub(self) -> None:
        self._as_manager(self.tr("The hub's window needs a manager."), self._open_hub)

    def open_discount_limits(self) -> None:
        self._as_manager(self.tr("The discount limits need a manager."),
                         self._open_discount_limits)

    def _open_discount_limits(self, manager_id: int) -> None:
        self.discount_limits_dialog = DiscountLimitsDialog(self.db, manager_id, self)
        self.discount_limits_dialog.open()

    def open_credit_note(self) -> None:
        """Ctrl+K: a credit note's balance, last day and uses, for anyone logged in."""
        if self.staff is None:
            return
        self.credit_note_dialog = CreditNoteDialog(self.db, self.shop, self)
        self.credit_note_dialog.open()

    def open_store_credit_settings(self) -> None:
        self._as_manager(self.tr("The store credit settings need a manager."),
                         self._open_store_credit_settings)

    def _open_store_credit_settings(self, manager_id: int) -> None:
        self.store_credit_dialog = StoreCreditSettingsDialog(self.db, manager_id, self)
        self.store_credit_dialog.open()

    def open_languages(self) -> None:
        self._as_manager(self.tr("The languages need a manager."), self._open_languages)

    def _open_languages(self, manager_id: int) -> None:
        self.languages_dialog = LanguagesDialog(self.db, self.shop, manager_id, self)
        self.languages_dialog.saved.connect(self.languages_saved)
        self.languages_dialog.open()

    def languages_saved(self, shop: ShopSettings) -> None:
        """The new languages take effect now: the window follows the one now logged in."""
        self.shop = shop
        self.sale_screen.shop = shop
        self.return_screen.shop = shop
        self.customer_display.reload()  # the receipt's language is the display's
        if self.staff is not None:
            self.staff = read_now(self.db, lambda session: staff_member(session, self.staff.id))
            self._speak(self.staff.language)

    def open_returns_review(self) -> None:
        self._as_manager(self.tr("The returns review needs a manager."), self._open_returns_review)

    def open_day_close(self) -> None:
        self._as_manager(self.tr("The sales report and the cash close need a manager."),
                         self._open_day_close)

    def open_drawer(self) -> None:
        self._as_manager(self.tr("Opening the drawer without a sale needs a manager."),
                         self._open_drawer)

    def open_printer(self) -> None:
        self._as_manager(self.tr("The printer's settings need a manager."), self._open_printer)

    def _open_drawer(self, manager_id: int) -> None:
        self.drawer_dialog = DrawerDialog(self.db, manager_id, self)
        self.drawer_dialog.opened.connect(lambda words: self.statusBar().showMessage(words, 8000))
        self.drawer_dialog.open()

    def _open_printer(self, manager_id: int) -> None:
        self.hardware_dialog = HardwareDialog(self.db, self.shop, manager_id, self)
        # The display chosen there is the one driven from now on.
        self.hardware_dialog.saved.connect(lambda _settings: self.customer_display.reload())
        self.hardware_dialog.open()

    def _as_manager(self, question: str, then) -> None:
        """Managers only: a clerk's session needs a manager's PIN first."""
        if self.staff is None:
            return
        if self.staff.is_manager:
            then(self.staff.id)
            return
        approval = ManagerApprovalDialog(self.db, question, parent=self)
        approval.approved.connect(then)
        self.pending_dialog = approval
        approval.open()

    def _open_policy(self, manager_id: int) -> None:
        self.policy_dialog = PolicyDialog(self.db, self.shop, manager_id, self)
        self.policy_dialog.open()

    def _open_products(self, manager_id: int) -> None:
        self.products_screen = ProductsScreen(self.db, self.shop, manager_id, self)
        self.products_screen.open()

    def _open_import_products(self, manager_id: int) -> None:
        self.import_dialog = ImportDialog(self.db, self.shop, manager_id, self)
        self.import_dialog.open()

    def _open_tiktok_settings(self, manager_id: int) -> None:
        self.tiktok_settings_dialog = TikTokSettingsDialog(self.db, manager_id, self)
        self.tiktok_settings_dialog.saved.connect(self.sync_scheduler.settings_changed)
        self.tiktok_settings_dialog.open()

    def _open_tiktok_queue(self, manager_id: int) -> None:
        self.tiktok_queue_dialog = TikTokQueueDialog(self.db, self.shop, manager_id,
                                                     self.sync_scheduler, self)
        self.tiktok_queue_dialog.open()

    def _open_hub(self, _manager_id: int) -> None:
        self.hub_dialog = HubDialog(self.db, self.shop, self.hub_scheduler, self)
        self.hub_dialog.open()

    def _open_returns_review(self, manager_id: int) -> None:
        self.returns_review_dialog = ReturnsReviewDialog(self.db, self.shop, manager_id,
                                                         parent=self)
        self.returns_review_dialog.open()

    def _open_day_close(self, manager_id: int) -> None:
        self.day_close_dialog = DayCloseDialog(self.db, self.shop, manager_id, parent=self)
        self.day_close_dialog.open()

    def closeEvent(self, event) -> None:
        self.sync_scheduler.stop()
        self.hub_scheduler.stop()
        super().closeEvent(event)

    def show_sale(self) -> None:
        if self.staff is None:
            return
        self.stack.setCurrentWidget(self.sale_screen)
        self.sale_screen.focus_scan()
