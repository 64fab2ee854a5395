"""Benchmark: `netzwerk export` of all contacts with the export cache cold and warm, beside
Evolution's store when it is installed.

Whole processes, alternating runs (cold, warm, Evolution, cold, …): the cold run deletes the
cache first (every card rendered and stored), the warm run finds every card stored. Prints the
median wall seconds, the median CPU seconds (user + system, from ``os.wait4``) and the peak RSS
of each, the median ratios to Evolution, and the in-process CPU of an export without the cache,
cold and warm. Run: ``python benchmark/bench_export_cache.py [--cards N] [--runs R]``.
Prints numbers only; no assertions.
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmark"))

from run import PEERS, SYSTEM_PY, eds_available, generate  # noqa: E402

PY = sys.executable
ENV = dict(os.environ, PYTHONPATH=str(ROOT))  # this tree's code, from whatever folder


def whole(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def in_process(data: Path, runs: int) -> dict[str, float]:
    from netzwerk_app.core import export_cache
    from netzwerk_app.core.database import open_plain_database
    from netzwerk_app.core.vcard_writing import export_vcard_file

    db = open_plain_database(data, daily=False)
    out = data.parent / "inproc.vcf"
    times: dict[str, list[float]] = {"no cache": [], "cold": [], "warm": []}
    for _ in range(runs):
        started = time.process_time()
        export_vcard_file(db, out)
        times["no cache"].append(time.process_time() - started)
        export_cache.remove_cache(db.database)
        started = time.process_time()
        export_vcard_file(db, out, cached=True)
        times["cold"].append(time.process_time() - started)
        started = time.process_time()
        export_vcard_file(db, out, cached=True)
        times["warm"].append(time.process_time() - started)
    db.close()
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from netzwerk_app.core.export_cache import remove_cache

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        vcf = generate(args.cards, tmp)
        data = tmp / "data"
        nz = [PY, "-m", "netzwerk_app", "--data-dir", str(data)]
        subprocess.run([*nz, "import", str(vcf)], env=ENV, check=True, capture_output=True)
        subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "netzwerk_app")], check=False)
        database = data / "netzwerk.sqlite3"
        commands = {
            "cold": lambda: (remove_cache(database), whole([*nz, "export", str(tmp / "c.vcf")]))[1],
            "warm": lambda: whole([*nz, "export", str(tmp / "w.vcf")]),
        }
        if eds_available():
            eds_db = tmp / "eds.db"
            bench = str(PEERS / "eds_bench.py")
            subprocess.run([SYSTEM_PY, bench, "import", str(vcf), str(eds_db)], check=True)
            commands["Evolution"] = lambda: whole(
                [SYSTEM_PY, bench, "export", str(eds_db), str(tmp / "e.vcf")]
            )
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                results[name].append(command())
        print(f"export of {args.cards} cards, {args.runs} alternating runs (medians)")
        for name, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            rss = max(r[2] for r in runs)
            print(f"  {name:<10} {wall:7.3f} s wall {cpu:7.3f} s CPU {rss:6.0f} MB peak RSS")
        if "Evolution" in results:
            for name in ("cold", "warm"):
                pairs = list(zip(results[name], results["Evolution"], strict=True))
                wall = statistics.median(a[0] / b[0] for a, b in pairs)
                cpu = statistics.median(a[1] / b[1] for a, b in pairs)
                print(f"  {name} / Evolution: {wall:.2f}x wall, {cpu:.2f}x CPU")
        print("in-process CPU (medians):")
        for name, seconds in in_process(data, args.runs).items():
            print(f"  {name:<10} {seconds:7.3f} s")


if __name__ == "__main__":
    main()
