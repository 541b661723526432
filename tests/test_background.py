"""ui/background.py: the one way a screen reaches the database."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel

from db.models import Product
from pos.staff import PermissionDenied, require_manager
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff
from ui import background

WAIT_MS = 10_000


def _staff_id(db, name: str) -> int:
    with db.read() as session:
        return demo_staff(session, name).id


def test_a_read_runs_off_the_gui_thread_and_answers_on_it(qtbot, db):
    widget = QLabel()
    qtbot.addWidget(widget)
    threads, answers = [], []

    def read(session):
        threads.append(threading.current_thread())
        return session.query(Product).count()

    background.read(widget, db, read, lambda n: answers.append(
        (n, threading.current_thread())), pytest.fail)
    qtbot.waitUntil(lambda: answers != [], timeout=WAIT_MS)
    assert answers == [(24, threading.main_thread())]
    assert threads[0] is not threading.main_thread()


def test_a_change_is_made_as_the_staff_member_and_its_refusal_comes_back(qtbot, db):
    widget = QLabel()
    qtbot.addWidget(widget)
    done, refused = [], []

    def rename(session, staff):
        require_manager(staff, "rename a product")
        session.get(Product, 1).name = f"Renamed by {staff.name}"
        return staff.name

    background.change(widget, db, _staff_id(db, MANAGER_NAME), rename, done.append,
                      pytest.fail)
    background.change(widget, db, _staff_id(db, CLERK_NAME), rename, pytest.fail,
                      refused.append)
    qtbot.waitUntil(lambda: bool(done and refused), timeout=WAIT_MS)
    assert done == [MANAGER_NAME] and isinstance(refused[0], PermissionDenied)
    with db.read() as session:
        assert session.get(Product, 1).name == f"Renamed by {MANAGER_NAME}"  # once only


def test_no_answer_reaches_a_widget_that_is_gone(qtbot, db, synchronous_tasks):
    widget = QLabel()
    answers = []
    answer = background.while_alive(widget, answers.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not background.shiboken6.isValid(widget), timeout=WAIT_MS)
    answer("late")
    assert answers == []


def test_the_synchronous_pool_answers_before_the_call_returns(qtbot, db, synchronous_tasks):
    widget = QLabel()
    qtbot.addWidget(widget)
    answers = []
    background.read(widget, db, lambda session: threading.current_thread(), answers.append,
                    pytest.fail)
    assert answers == [threading.main_thread()]


def test_read_now_and_change_now_answer_here_and_let_errors_through(db):
    assert background.read_now(db, lambda session: session.query(Product).count()) == 24
    clerk = _staff_id(db, CLERK_NAME)
    with pytest.raises(PermissionDenied):
        background.change_now(db, clerk, lambda s, staff: require_manager(staff, "x"))
    assert background.change_now(db, None, lambda s, staff: staff) is None
    assert background.error_words(PermissionDenied("Only a manager may.")) == \
        "Only a manager may."
    assert "Nothing was saved" in background.error_words(KeyError("x"))
