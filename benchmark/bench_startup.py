"""Start-up to the first painted window: the virtual environment's `netzwerk` beside the frozen
bundle (dist/Netzwerk/Netzwerk, built by `python packaging/build.py`), and `--version` of both.

    QT_QPA_PLATFORM=offscreen python benchmark/bench_startup.py [--contacts N] [--runs R]

Whole processes, alternating, median of R runs, each with a data folder of N sample contacts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_APP = [sys.executable, "-m", "netzwerk_app"]
FROZEN_APP = ROOT / "dist" / "Netzwerk" / ("Netzwerk.exe" if os.name == "nt" else "Netzwerk")


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from netzwerk_app.core.database import open_database
    from netzwerk_app.ui.sample_data import fill

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        db = open_database(data)
        fill(db, args.contacts)
        db.close()
        env = dict(os.environ, NETZWERK_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        apps = {"venv": VENV_APP}
        if FROZEN_APP.exists():
            apps["frozen"] = [str(FROZEN_APP)]
        else:
            print(f"(no frozen bundle at {FROZEN_APP}; build it with packaging/build.py)")
        times: dict[str, list[float]] = {f"{k} {w}": [] for k in apps for w in ("paint", "version")}
        for _ in range(args.runs):
            for name, command in apps.items():
                times[f"{name} paint"].append(_timed([*command, "--data-dir", str(data)], env))
                times[f"{name} version"].append(_timed([*command, "--version"], env))
    print(f"start-up, {args.contacts} contacts, median of {args.runs} runs:")
    for label, values in times.items():
        print(f"  {label:15s} {statistics.median(values) * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
