"""Bulk operations on 20,000 contacts as whole processes (issue 16): log, tier, archive.

    python benchmark/bench_bulk.py [--n 20000] [--runs 5] [--keep DIR] [--code DIR[,DIR]]

Builds one synthetic data folder (`run._fill`: raw sqlite3 inserts, two touchpoints each, and
today's backup made), copies it afresh before every run (each run starts from the same state,
flushed to disk) and times each command beside `netzwerk --version` and `python -c pass`,
alternating runs (A B C … A B C …). Prints the median wall time and the median CPU time (user +
sys of the child, from os.wait4) per command. `--code BEFORE,AFTER` times two checkouts'
`netzwerk_app` alternating (before/after). Benchmarks are not tests: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmark"))

PY = sys.executable


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + sys) and exit code of one whole process."""
    started = time.perf_counter()
    # run from elsewhere: `python -m` puts the working directory first on sys.path
    proc = subprocess.Popen(
        command, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print(f"  ! {' '.join(command[3:7])} … exited {code}: {err[-300:]}")
    return wall, usage.ru_utime + usage.ru_stime, code


def instructions(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Instructions one whole process executes (valgrind's callgrind), with its exit code."""
    with tempfile.TemporaryDirectory() as out:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg", *command],
            env=env, cwd=out, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    found = [line for line in proc.stderr.splitlines() if "Collected :" in line]
    if proc.returncode != 0 or not found:
        print(f"  ! {' '.join(command[3:7])} … exited {proc.returncode}: {proc.stderr[-300:]}")
        return float("nan"), 0.0, proc.returncode or 1
    return float(found[-1].split(":")[-1]), 0.0, 0


def _flush(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def build(folder: Path, n: int) -> None:
    from run import _fill

    from netzwerk_app.core.backups import daily_backup
    from netzwerk_app.core.database import open_database
    from netzwerk_app.core.search import rebuild_search_index

    db = open_database(folder, daily=False)
    _fill(db, n, 2)
    rebuild_search_index(db)
    db.close()
    # today's backup exists already: the commands time their work, not the day's first copy
    daily_backup(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="contacts (and ids per command)")
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median)")
    parser.add_argument("--keep", metavar="DIR", help="build the folder here and keep it")
    parser.add_argument(
        "--code",
        metavar="DIR[,DIR]",
        default=str(ROOT),
        help="time the netzwerk_app found in each DIR (several: alternating, for before/after)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="instead of timing: one run each under valgrind (callgrind), its instruction count "
        "(steady on a busy machine, where times are not; about a minute per command)",
    )
    args = parser.parse_args()
    from netzwerk_app.core.database import database_path

    env = dict(os.environ)
    env.pop("NETZWERK_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from bytecode
    codes = args.code.split(",")
    envs = [dict(env, PYTHONPATH=code) for code in codes]
    for code, code_env in zip(codes, envs, strict=True):
        subprocess.run([PY, "-m", "compileall", "-q", str(Path(code) / "netzwerk_app")],
                       env=code_env, check=False, capture_output=True)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="netzwerk-bulk-") as tmp_name:
        tmp = Path(tmp_name)
        source = Path(args.keep) if args.keep else tmp / "source"
        if not database_path(source).exists():
            started = time.perf_counter()
            build(source, args.n)
            print(f"built {args.n:,} contacts in {time.perf_counter() - started:.1f} s: {source}")
        work = tmp / "work"
        ids = [str(i) for i in range(1, args.n + 1)]
        nz = [PY, "-m", "netzwerk_app", "--data-dir", str(work)]
        commands = {
            "python -c pass": [PY, "-c", "pass"],
            "netzwerk --version": [PY, "-m", "netzwerk_app", "--version"],
            "tier 1 id B (a command's start)": [*nz, "tier", "1", "B"],
            f"log {args.n:,} ids": [*nz, "log", *ids, "--kind", "call", "--date", "2026-11-20"],
            f"tier {args.n:,} ids B": [*nz, "tier", *ids, "B"],
            f"archive {args.n:,} ids": [*nz, "archive", *ids],
            f"archive --undo {args.n:,} ids": [*nz, "archive", "--undo", *ids],
        }
        results: dict[tuple[str, int], list[tuple[float, float, int]]] = {
            (name, i): [] for name in commands for i in range(len(codes))
        }
        for _ in range(args.runs):
            for name, command in commands.items():
                for i, code_env in enumerate(envs):
                    if "--data-dir" in command:
                        # each command meets the folder as built (a fresh copy, backups included)
                        shutil.rmtree(work, ignore_errors=True)
                        shutil.copytree(source, work)
                        if "--undo" in command:
                            subprocess.run([*nz, "archive", *ids], env=code_env, check=True,
                                           cwd=tmp, capture_output=True)  # fmt: skip
                        _flush(work)  # the copy on disk: its writeback is not the command's
                    measure = instructions if args.instructions else timed
                    results[name, i].append(measure(command, code_env))
        for i, code in enumerate(codes):
            print(f"[{i}] {code}")
        if args.instructions:
            print(f"{'command (instructions, valgrind)':<34}" + "".join(f" {f'[{i}]':>16}" for i in
                                                         range(len(codes))))  # fmt: skip
            for name in commands:
                counts = [statistics.median(r[0] for r in results[name, i]) for i in
                          range(len(codes))]  # fmt: skip
                print(f"{name:<34}" + "".join(f" {c / 1e9:>14.3f} G" for c in counts))
            return 0
        head = f"command (median of {args.runs})"
        print(f"{head:<34}" + "".join(f" {f'wall [{i}]':>10} {f'cpu [{i}]':>10}" for i in
                                      range(len(codes))))  # fmt: skip
        for name in commands:
            line = f"{name:<34}"
            for i in range(len(codes)):
                rows = results[name, i]
                wall = statistics.median(w for w, _c, _code in rows)
                cpu = statistics.median(c for _w, c, _code in rows)
                failed = "!" if any(code != 0 for _w, _c, code in rows) else " "
                line += f" {wall:>9.3f}s {cpu:>9.3f}s{failed}"
            print(line)
        print("(wall: elapsed; cpu: user+sys of the process; a ! after a figure: a run failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
