"""Benchmark the window's import of 10,000 distinct cards against `netzwerk import` of the file.

The address book comes from the peers' generator (`/work/shared/peers/gen_uniq.py N OUTDIR`,
run as a program, every card a distinct person). Each round, alternating: the command line as a
whole process into an empty data folder; then, in this process, a main window on an empty
database opens the import: the preview time (open → preview shown), confirm → done (Import
clicked → report shown) and the longest stall of the GUI thread meanwhile (a 10 ms timer's
largest gap). CPU times too, as the shared machines are noisy. Medians over the rounds; goal:
preview < 3 s, confirm → done within 1.3× the command line. Prints numbers; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen python benchmark/bench_gui_import.py [--cards N] [--rounds R]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from netzwerk_app.core.database import open_database
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.dialogs.import_dialog import PAGE_PREVIEW, PAGE_REPORT
from netzwerk_app.ui.main_window import MainWindow

GENERATOR = Path("/work/shared/peers/gen_uniq.py")


class StallMeter:
    """The largest gap between ticks of a 10 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.worst = 0

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())

    def stop(self) -> float:
        self.timer.stop()
        return self.worst / 1000


def wait_for(app: QApplication, condition, timeout: float = 300.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise TimeoutError


def cli_import(path: Path, folder: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `netzwerk import` as a whole process."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(folder), "import", str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime)


def window_import(app: QApplication, path: Path, folder: Path) -> dict[str, float]:
    db = open_database(folder)
    window = MainWindow(AppContext(db, folder))
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    meter = StallMeter()
    out: dict[str, float] = {}

    def page_done(page: int):
        dialog = window.import_window
        return lambda: dialog.stack.currentIndex() == page and not dialog.is_running()

    meter.start()
    start, cpu = time.perf_counter(), time.process_time()
    window.open_import([str(path)])
    wait_for(app, page_done(PAGE_PREVIEW))
    out["preview"] = time.perf_counter() - start
    out["preview cpu"] = time.process_time() - cpu
    out["preview stall"] = meter.stop()
    dialog = window.import_window
    meter.start()
    start, cpu = time.perf_counter(), time.process_time()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(app, page_done(PAGE_REPORT))
    out["confirm→done"] = time.perf_counter() - start
    out["confirm→done cpu"] = time.process_time() - cpu
    out["import stall"] = meter.stop()
    out["contacts"] = float(len(dialog.imported_ids()))
    start = time.perf_counter()
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    wait_for(app, lambda: window.import_window is None)
    app.processEvents()
    out["close→list shown"] = time.perf_counter() - start
    window.card._set_dirty(False)
    window.close()
    db.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="netzwerk-bench-gui-import-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "cfg")
    subprocess.run(
        [sys.executable, str(GENERATOR), str(args.cards), str(tmp)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    book = tmp / f"uniq-{args.cards}.vcf"
    app = QApplication(["bench"])
    cli: list[float] = []
    cli_cpu: list[float] = []
    gui: list[dict[str, float]] = []
    for n in range(args.rounds):
        wall, cpu = cli_import(book, tmp / f"cli-{n}")
        cli.append(wall)
        cli_cpu.append(cpu)
        gui.append(window_import(app, book, tmp / f"gui-{n}"))
        print(f"round {n + 1}: cli {wall:.2f} s (cpu {cpu:.2f}), window " + ", ".join(
            f"{k} {v:.2f}" for k, v in gui[-1].items()
        ), flush=True)  # fmt: skip
    med_cli = statistics.median(cli)
    print(f"\n{args.cards} cards, medians of {args.rounds} rounds")
    print(f"{'netzwerk import (whole process)':<40} {med_cli:7.2f} s")
    print(f"{'netzwerk import cpu':<40} {statistics.median(cli_cpu):7.2f} s")
    for key in gui[0]:
        value = statistics.median(g[key] for g in gui)
        unit = "" if key == "contacts" else " s"
        print(f"{'window ' + key:<40} {value:7.2f}{unit}")
    ratios = [g["confirm→done"] / c for g, c in zip(gui, cli, strict=True)]
    print(f"{'window confirm→done / cli (median)':<40} {statistics.median(ratios):7.2f}×")
    ratios = [g["confirm→done cpu"] / c for g, c in zip(gui, cli_cpu, strict=True)]
    print(f"{'  the same in cpu time':<40} {statistics.median(ratios):7.2f}×")
    print(f"{'window preview + confirm→done / cli':<40} ", end="")
    whole = [(g["preview"] + g["confirm→done"]) / c for g, c in zip(gui, cli, strict=True)]
    print(f"{statistics.median(whole):7.2f}×")


if __name__ == "__main__":
    main()
