"""Long jobs off the GUI thread: one mechanism for all of them.

A `Worker` is a QThread that runs `work()` once and reports through signals: `progress(done,
total)` while it works, then `succeeded(result)` or `failed(message)`, and QThread's own
`finished` once the thread has ended. `cancel()` asks the job to stop (the job polls
`is_cancelled`); nothing is ever terminated.

A `WorkerRunner` starts workers and keeps each one until its thread has ended, then deletes it.
A QThread object deleted while its thread still runs aborts the whole app ("QThread: Destroyed
while thread is still running"): this happened when a dialog deleted the thread of a preview
that was still closing while the import's thread had started. No dialog deletes a worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from netzwerk_app.core.records import NetzwerkError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Worker(QThread):
    """Runs `work()` in its own thread. Subclass and implement `work`; or pass `job`, a
    function of (progress, is_cancelled) returning the result."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        job: Callable[[Progress, Callable[[], bool]], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check (safe from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def work(self) -> object:
        """The job (runs in the worker's thread); its return value is `succeeded`'s."""
        if self.job is None:
            raise NotImplementedError
        return self.job(self.progress.emit, self.is_cancelled)

    def describe_error(self, exc: Exception) -> str:
        """The message `failed` carries: the core's own words, else the error's type and
        text (never a traceback for the user; the log keeps it)."""
        if isinstance(exc, NetzwerkError):
            return str(exc)
        log.exception("%s failed", type(self).__name__, exc_info=exc)
        return f"{type(exc).__name__}: {exc}"

    def cleanup(self) -> None:
        """Runs last in the worker's thread, whatever happened (e.g. close its connection)."""

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            self.failed.emit(self.describe_error(exc))
        else:
            self.succeeded.emit(result)
        finally:
            self.cleanup()


class WorkerRunner(QObject):
    """Starts workers and owns them until their threads have ended (see the module's doc)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers: list[Worker] = []

    def start(self, worker: Worker) -> Worker:
        worker.setParent(self)  # the runner alone decides when it goes, not a closed dialog
        self._workers.append(worker)
        worker.finished.connect(self._ended)
        worker.start()
        return worker

    def _ended(self) -> None:
        worker = self.sender()
        if not isinstance(worker, Worker) or worker not in self._workers:
            return
        self._workers.remove(worker)
        worker.wait()  # `finished` comes just before the thread ends: let it end
        worker.deleteLater()

    def running(self) -> list[Worker]:
        """The workers whose threads have not ended yet."""
        return [w for w in self._workers if w.isRunning()]

    def stop(self, worker: Worker | None) -> None:
        """Cancel a worker and wait until its thread has ended (the job's own cleanup ran)."""
        if worker is not None and worker in self._workers:
            worker.cancel()
            worker.wait()

    def stop_all(self) -> None:
        """Cancel every worker, then wait for all of them (before the app quits)."""
        workers = list(self._workers)
        for worker in workers:
            worker.cancel()
        for worker in workers:
            worker.wait()


def daily_backup_in_a_worker(runner: WorkerRunner, data_dir: Path) -> None:
    """The day's copy of the database (seconds at 100k contacts) in a worker thread, beside
    the window's; quitting waits for it (`WorkerRunner.stop_all`)."""
    from netzwerk_app.core.backups import daily_backup_or_warn

    runner.start(Worker(lambda _progress, _cancelled: daily_backup_or_warn(data_dir)))
