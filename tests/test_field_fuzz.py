"""Whatever is typed or scanned into the barcode and order-number fields: no crash, a clear
message when nothing matches, and nothing saved."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import Return, Sale
from tests.test_sale_screen import logged_in_screen

pytestmark = pytest.mark.fuzz

typed = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789", min_size=1, max_size=20),          # barcode-like
    st.from_regex(r"[SRsr]-\d{0,9}-\d{0,5}", fullmatch=True),          # order-number-like
    st.text(alphabet=st.characters(categories=["Cc", "Zs", "So", "Lo"]), max_size=30),
    st.just("1e3*6110010772188"), st.just("0*6110010772188"), st.just("99999*x"),
)
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def saved(db):
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Sale)),
                s.scalar(select(func.count()).select_from(Return)))


@FUZZ
@given(text=typed)
def test_the_sale_screens_scan_field_never_crashes_or_saves(qtbot, db, text):
    window, screen = _window(qtbot, db)
    before = [(i.product_id, i.quantity) for i in screen.cart.items]
    screen.scan_field.setText(text)
    screen.submit_scan()
    if screen.pending_dialog is not None:  # a product picker or an approval: cancel it
        screen.pending_dialog.reject()
        screen.pending_dialog = None
    after = [(i.product_id, i.quantity) for i in screen.cart.items]
    if after == before and window.stack.currentWidget() is screen and text.strip():
        assert screen.message.text().strip()  # the clerk is told why nothing happened
    window.show_sale()
    screen.cart.clear()
    screen.refresh()
    assert saved(db) == (0, 0)


@FUZZ
@given(text=typed)
def test_the_return_screens_order_field_never_crashes_or_saves(qtbot, db, text):
    window, _screen = _window(qtbot, db)
    window.show_returns()
    returns = window.return_screen
    returns.order_field.setText(text)
    qtbot.keyClick(returns.order_field, Qt.Key_Return)
    if returns.sale is None and text.strip():
        assert "No sale has the order number" in returns.message.text()
    assert saved(db) == (0, 0)


_windows = {}


def _window(qtbot, db):
    """One logged-in window per test database (hypothesis runs many examples per test)."""
    key = db.url
    if key not in _windows:
        _windows.clear()
        _windows[key] = logged_in_screen(qtbot, db)
    return _windows[key]
