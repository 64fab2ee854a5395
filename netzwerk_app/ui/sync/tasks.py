"""Work off the GUI thread: a function run on a thread pool, its outcome handed back to the GUI
thread.

The pool thread touches no QObject: it puts its outcome into a thread-safe queue, and a timer
of the runner (on the GUI thread) empties the queue while tasks run and calls back there. The
runner and its pool belong to their owner (controller, dialog): deleting the owner waits for a
running task to end.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable

from peewee import SqliteDatabase
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

log = logging.getLogger(__name__)
POLL_MS = 50


class Task(QRunnable):
    """Runs `function()` on a pool thread. With `db`, the thread's own SQLite connection
    (peewee keeps one per thread) is closed when it ends."""

    def __init__(
        self,
        function: Callable[[], object],
        outcomes: queue.SimpleQueue,
        db: SqliteDatabase | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its outcome arrived
        self.function = function
        self.outcomes = outcomes
        self.db = db

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            log.warning("background task failed", exc_info=True)
            outcome = (self, False, exc)
        else:
            outcome = (self, True, result)
        finally:
            if self.db is not None and not self.db.is_closed():
                self.db.close()
        self.outcomes.put(outcome)


class TaskRunner(QObject):
    """Starts tasks on its own pool and calls `done(task, result)` or `failed(task, exc)` on
    the GUI thread when each ends."""

    def __init__(
        self,
        done: Callable[[Task, object], None],
        failed: Callable[[Task, Exception], None],
        parent: QObject | None = None,
        threads: int = 1,
    ) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.outcomes: queue.SimpleQueue = queue.SimpleQueue()
        self.running: set[Task] = set()
        self._done, self._failed = done, failed
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.deliver)

    def start(self, function: Callable[[], object], db: SqliteDatabase | None = None) -> Task:
        task = Task(function, self.outcomes, db)
        self.running.add(task)
        self.timer.start()
        self.pool.start(task)
        return task

    def deliver(self) -> None:
        """Hand the outcomes that arrived to their callbacks (on the GUI thread)."""
        while True:
            try:
                task, ok, value = self.outcomes.get_nowait()
            except queue.Empty:
                break
            self.running.discard(task)
            (self._done if ok else self._failed)(task, value)
        if not self.running:
            self.timer.stop()

    def wait(self, msecs: int = 30000) -> None:
        self.pool.waitForDone(msecs)
