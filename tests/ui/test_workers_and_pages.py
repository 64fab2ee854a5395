"""The one worker mechanism for long jobs, and pages built when first shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.pages.lazy import LazyPage
from netzwerk_app.ui.workers import Worker, WorkerRunner


def test_a_worker_reports_progress_then_its_result(qtbot):
    runner = WorkerRunner()
    progress, results = [], []

    def job(report, _cancelled):
        report(1, 2)
        report(2, 2)
        return "done"

    worker = Worker(job)
    worker.progress.connect(lambda done, total: progress.append((done, total)))
    worker.succeeded.connect(results.append)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        runner.start(worker)
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    assert progress == [(1, 2), (2, 2)]
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)


def test_a_failing_job_says_why_in_one_line(qtbot):
    runner = WorkerRunner()
    messages = []

    def job(_report, _cancelled):
        raise NetzwerkError("The file cannot be read.")

    worker = Worker(job)
    worker.failed.connect(messages.append)
    runner.start(worker)
    qtbot.waitUntil(lambda: messages == ["The file cannot be read."], timeout=5000)


def test_stopping_cancels_the_job_and_waits_for_its_thread(qtbot):
    runner = WorkerRunner()
    started, results = threading.Event(), []

    def job(_report, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "cancelled"

    worker = Worker(job)
    worker.succeeded.connect(results.append)
    runner.start(worker)
    assert started.wait(5)
    runner.stop(worker)
    assert not worker.isRunning()  # never "Destroyed while thread is still running"
    qtbot.waitUntil(lambda: results == ["cancelled"], timeout=5000)


def test_a_worker_outlives_the_dialog_that_started_it(qtbot):
    """The runner owns the thread: closing (deleting) the window that started a job does not
    delete its still running thread (Qt aborts the app when that happens)."""
    runner = WorkerRunner()
    may_end = threading.Event()
    starter = QWidget()
    worker = Worker(lambda _report, _cancelled: may_end.wait(5), parent=starter)
    runner.start(worker)
    starter.deleteLater()
    qtbot.wait(50)
    assert worker.isRunning()
    may_end.set()
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)


class _Page(QLabel):
    contact_open_requested = Signal(int)
    data_changed = Signal()

    def __init__(self, _db, parent=None) -> None:
        super().__init__("a page", parent)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_a_lazy_page_is_built_when_first_shown_and_refreshes_when_shown_again(qtbot):
    lazy = LazyPage(_Page, db=None)
    qtbot.addWidget(lazy)
    assert lazy.page is None
    lazy.refresh()  # nothing built yet: nothing to do
    lazy.show()
    assert isinstance(lazy.page, _Page) and lazy.page.refreshed == 0
    lazy.hide()
    lazy.refresh()  # hidden: only marked stale
    assert lazy.page.refreshed == 0
    lazy.show()
    assert lazy.page.refreshed == 1


def test_an_error_while_building_a_page_is_not_hidden(qtbot):
    """It used to show "coming soon" for any error; now the defect surfaces."""

    def broken(_db, _parent):
        raise RuntimeError("the page has a bug")

    lazy = LazyPage(broken, db=None)
    qtbot.addWidget(lazy)
    with pytest.raises(RuntimeError, match="the page has a bug"):
        lazy.ensure_page()
    assert lazy.page is None
    assert not lazy.findChildren(QLabel)
