"""The master-data screens (products, collections, promotions, the return policy) once the
till is attached to a hub: their changes go to the hub, in the background like every other
change (pos.hub.edit_master_data), and while the hub cannot be reached they are read-only,
saying why and since when. They read, as always, the till's own copy."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from db.engine import Database
from pos.hub_edits import edit_master_data, master_data_lock
from pos.shop import ShopSettings
from ui import background
from ui.widgets import say


def change_master(widget, db: Database, shop: ShopSettings, staff_id: int,
                  apply: Callable[[Any, Any], Any], on_done: Callable[[Any], None],
                  on_error: Callable[[Exception], None]) -> None:
    """background.change for master data: here while the till stands alone, on the hub
    (then synced back) once it is attached."""
    background.run_task(lambda: edit_master_data(db, staff_id, apply, shop),
                        background.while_alive(widget, on_done),
                        background.while_alive(widget, on_error))


def read_only_while_hub_away(widget, db: Database, shop: ShopSettings, message: QLabel,
                             editors: Callable[[], Iterable[QWidget]],
                             lock=master_data_lock) -> None:
    """Looks (locally, in the background) whether the hub is unreachable (or what `lock`
    asks); if so the screen's editing controls are turned off and its message line says
    why. The widget's `hub_lock` holds the words, for the screen's own enabling rules."""
    widget.hub_lock = None

    def locked(words: str | None) -> None:
        widget.hub_lock = words
        if words is None:
            return
        for editor in editors():
            editor.setEnabled(False)
        say(message, words, "error")

    background.read(widget, db, lambda session: lock(session, shop), locked,
                    lambda error: say(message, background.error_words(error), "error"))
