"""The one benchmark: every figure of issue 16 beside its floor, measured in the same run.

    python benchmark/run.py [--quick] [--json FILE] [--sizes 10000,100000] [--runs R]

Generates distinct people (``../shared/peers/gen_uniq.py`` when it is there, else a small
generator of our own), then times whole processes, alternating runs (A B A B …) and quoting
medians: the Netzwerk command line beside `python -c pass`, the import beside vobject's bare
parse of the same file, the window's first paint beside a bare PySide6 window, and, when Debian's
`gir1.2-edatabook-1.2` and `python3-gi` are installed, every operation beside Evolution's store
(``eds_bench.py``, run from where it lies). In-process figures (search keystrokes, the agenda,
the board, bulk log) run over a synthetic database filled with raw `sqlite3` inserts, whose
speed is printed as their floor. `--quick`: 10k cards only. Figures that could not be measured
are null in the JSON and "n/a" in the table. Benchmarks are not tests: nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = Path(os.environ.get("NETZWERK_PEERS", ROOT.parent / "shared" / "peers"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmark"))

PY = sys.executable
NETZWERK = [PY, "-m", "netzwerk_app"]
SYSTEM_PY = "/usr/bin/python3"

VOBJECT_PARSE = (
    "import sys, vobject\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "n = sum(1 for _ in vobject.readComponents(text))\n"
    "print(n, file=sys.stderr)\n"
)
BARE_WINDOW = (
    "import sys, time\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QTableView\n"
    "class Q(QObject):\n"
    "    def eventFilter(self, w, e):\n"
    "        if e.type() == QEvent.Type.Paint:\n"
    "            sys.stderr.write('first paint at %.6f\\n' % time.time())\n"
    "            w.removeEventFilter(self); QTimer.singleShot(0, QApplication.quit)\n"
    "        return False\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1100, 700)\n"
    "q = Q(w); w.installEventFilter(q); w.show(); app.exec()\n"
)


class Proc:
    """One finished process: wall seconds and peak resident memory (MB); `first_paint_s`, the
    seconds from its start to its window's first paint event, when it says (a window started
    with NETZWERK_QUIT_AFTER_PAINT=1 writes "first paint at <epoch seconds>" to stderr)."""

    def __init__(
        self, seconds: float, rss_mb: float, code: int, stderr: str, started: float = 0.0
    ) -> None:
        self.seconds, self.rss_mb, self.code, self.stderr = seconds, rss_mb, code, stderr
        self.first_paint_s: float | None = None
        for line in stderr.splitlines():
            if line.startswith("first paint at "):
                self.first_paint_s = float(line.removeprefix("first paint at ")) - started


def run(command: list[str], env: dict[str, str] | None = None, stdout=subprocess.DEVNULL) -> Proc:
    """Run a whole process; its wall time and its own peak RSS (os.wait4)."""
    with tempfile.TemporaryFile() as err:
        started, epoch = time.perf_counter(), time.time()
        proc = subprocess.Popen(command, env=env, stdout=stdout, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        print(f"  ! {' '.join(command[:6])} … exited {proc.returncode}: {text[-300:]}")
    return Proc(seconds, usage.ru_maxrss / 1024, proc.returncode, text, epoch)


def alternate(commands: dict[str, Callable[[], Proc]], runs: int) -> dict[str, list[Proc]]:
    """Run each command `runs` times, alternating A B A B …"""
    results: dict[str, list[Proc]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(command())
    return results


def median_s(procs: list[Proc]) -> float | None:
    """The median time; None when a run failed (a figure not measured)."""
    if not procs or any(p.code != 0 for p in procs):
        return None
    return statistics.median(p.seconds for p in procs)


def median_ratio(a: list[Proc], b: list[Proc]) -> float | None:
    if median_s(a) is None or median_s(b) is None:
        return None
    return statistics.median(x.seconds / y.seconds for x, y in zip(a, b, strict=True))


def fmt(seconds: float | None, digits: int = 3) -> str:
    return "n/a" if seconds is None else f"{seconds:.{digits}f} s"


def generate(n: int, folder: Path) -> Path:
    """A file of n distinct people (namesakes, several scripts, photos on 10%)."""
    generator = PEERS / "gen_uniq.py"
    if generator.exists():
        subprocess.run([PY, str(generator), str(n), str(folder)], check=True, capture_output=True)
        return folder / f"uniq-{n}.vcf"
    from bench_import import make_file

    path = folder / f"cards-{n}.vcf"
    make_file(path, n)
    return path


def eds_available() -> bool:
    if not (Path(SYSTEM_PY).exists() and (PEERS / "eds_bench.py").exists()):
        return False
    probe = "import gi; gi.require_version('EDataBook', '1.2'); from gi.repository import EDataBook"
    return subprocess.run([SYSTEM_PY, "-c", probe], capture_output=True).returncode == 0


class Bench:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args, self.tmp = args, tmp
        self.rows: list[tuple[str, str, str, str]] = []  # figure, netzwerk, floor/peer, ratio
        self.out: dict[str, object] = {}
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETZWERK_QUIT_AFTER_PAINT="1")
        self.env["XDG_CONFIG_HOME"] = str(tmp / "config")
        self.env.pop("NETZWERK_DATA_DIR", None)
        # an installed app runs from bytecode: compile once, as pip does for its packages
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [PY, "-m", "compileall", "-q", str(ROOT / "netzwerk_app")],
            env=self.env,
            check=False,
            capture_output=True,
        )
        # and, as at any start after the first, PySide's support code comes compiled from the
        # user's cache folder (`netzwerk_app/ui/qt_start.py`): the first start fills it
        subprocess.run(
            [PY, "-c", "import netzwerk_app.ui.qt_start"],
            env=self.env,
            check=False,
            capture_output=True,
        )

    def row(self, figure: str, ours: str, other: str = "", ratio: float | None = None) -> None:
        self.rows.append((figure, ours, other, "" if ratio is None else f"{ratio:.2f}×"))
        print(f"  {figure:<42} {ours:>12} {other:>22} {self.rows[-1][3]:>8}", flush=True)

    def nz(self, data: Path, *argv: str, stdout=subprocess.DEVNULL) -> Proc:
        return run([*NETZWERK, "--data-dir", str(data), *argv], self.env, stdout)

    # ------------------------------------------------------------------ whole processes

    def cli_start(self) -> None:
        r = alternate(
            {
                "python": lambda: run([PY, "-c", "pass"]),
                "version": lambda: run([*NETZWERK, "--version"], self.env),
            },
            max(self.args.runs, 5),
        )
        ratio = median_ratio(r["version"], r["python"])
        self.out["cli_start_s"] = median_s(r["version"])
        self.out["cli_start_ratio"] = ratio
        self.row(
            "netzwerk --version / python -c pass",
            fmt(median_s(r["version"]), 3),
            fmt(median_s(r["python"]), 3),
            ratio,
        )

    def file_figures(self, n: int, vcf: Path, eds: bool) -> None:
        """Import, list, search, export, due on one generated file (beside floors and peer)."""
        runs, tag = self.args.runs, f"{n // 1000}k"
        imports: list[Proc] = []
        parses: list[Proc] = []
        eds_imports: list[Proc] = []
        for i in range(runs):
            data = self.tmp / f"data-{n}-{i}"
            imports.append(self.nz(data, "import", str(vcf)))
            parses.append(run([PY, "-c", VOBJECT_PARSE, str(vcf)]))
            if eds:
                eds_db = self.tmp / f"eds-{n}-{i}.db"  # eds_bench.py makes it afresh
                eds_imports.append(
                    run([SYSTEM_PY, str(PEERS / "eds_bench.py"), "import", str(vcf), str(eds_db)])
                )
        data = self.tmp / f"data-{n}-0"
        ratio = median_ratio(imports, parses)
        self.out[f"import_s_{tag}"] = median_s(imports)
        self.out[f"import_rss_mb_{tag}"] = max(p.rss_mb for p in imports)
        if n == self.first_size:
            self.out["import_ratio"] = ratio
            self.out["vobject_parse_s"] = median_s(parses)
        self.row(
            f"import {tag} / vobject bare parse",
            fmt(median_s(imports), 2),
            fmt(median_s(parses), 2),
            ratio,
        )
        self.row(f"import {tag} peak RSS", f"{max(p.rss_mb for p in imports):.0f} MB")
        if eds:
            self.row(
                f"import {tag} / Evolution's store",
                fmt(median_s(imports), 2),
                fmt(median_s(eds_imports), 2),
                median_ratio(imports, eds_imports),
            )
        eds_db = self.tmp / f"eds-{n}-0.db"
        out_vcf = self.tmp / f"out-{n}.vcf"
        eds_out = self.tmp / f"eds-out-{n}.vcf"
        bench = str(PEERS / "eds_bench.py")
        ops: dict[str, tuple[Callable[[], Proc], Callable[[], Proc] | None]] = {
            "list all (contacts --json)": (
                lambda: self.nz(data, "contacts", "--json"),
                (lambda: run([SYSTEM_PY, bench, "list", str(eds_db)])) if eds else None,
            ),
            "search a name (Oberkirchner)": (
                lambda: self.nz(data, "contacts", "--search", "Oberkirchner"),
                (lambda: run([SYSTEM_PY, bench, "search", str(eds_db), "Oberkirchner"]))
                if eds
                else None,
            ),
            "search any field (Grünwälder)": (
                lambda: self.nz(data, "contacts", "--search", "Grünwälder"),
                (lambda: run([SYSTEM_PY, bench, "searchany", str(eds_db), "Grünwälder"]))
                if eds
                else None,
            ),
            "export all": (
                lambda: self.nz(data, "export", str(out_vcf)),
                (lambda: run([SYSTEM_PY, bench, "export", str(eds_db), str(eds_out)]))
                if eds
                else None,
            ),
            "due (agenda of today, --json)": (
                lambda: self.nz(data, "due", "--days", "30", "--json"),
                None,
            ),
        }
        keys = {
            "list all (contacts --json)": "list_s",
            "search a name (Oberkirchner)": "search_s",
            "search any field (Grünwälder)": "search_any_s",
            "export all": "export_s",
            "due (agenda of today, --json)": "due_s",
        }
        for label, (ours, theirs) in ops.items():
            commands = {"ours": ours} | ({"theirs": theirs} if theirs else {})
            r = alternate(commands, runs)
            key = keys[label]
            self.out[f"{key}_{tag}"] = median_s(r["ours"])
            if n == self.first_size:
                self.out[key] = median_s(r["ours"])
            if theirs:
                ratio = median_ratio(r["ours"], r["theirs"])
                self.out[f"eds_{key}_{tag}"] = median_s(r["theirs"])
                self.out[f"eds_{key}_ratio_{tag}"] = ratio
                self.row(
                    f"{label} {tag} / Evolution",
                    fmt(median_s(r["ours"]), 3),
                    fmt(median_s(r["theirs"]), 3),
                    ratio,
                )
            else:
                self.row(f"{label} {tag}", fmt(median_s(r["ours"]), 3))
            if key == "export_s":
                self.out[f"export_rss_mb_{tag}"] = max(p.rss_mb for p in r["ours"])
                self.row(f"export {tag} peak RSS", f"{max(p.rss_mb for p in r['ours']):.0f} MB")
        if eds:
            self.out[f"eds_import_s_{tag}"] = median_s(eds_imports)
            self.out[f"eds_import_ratio_{tag}"] = median_ratio(imports, eds_imports)
        r = alternate(
            {"bare": lambda: run([PY, "-c", BARE_WINDOW], self.env), "ours": lambda: self.nz(data)},
            runs,
        )
        ratio = median_ratio(r["ours"], r["bare"])
        self.out[f"startup_ratio_{tag}"] = ratio
        self.out[f"gui_rss_mb_{tag}"] = max(p.rss_mb for p in r["ours"])
        self.row(
            f"window first paint {tag} / bare window",
            fmt(median_s(r["ours"]), 3),
            fmt(median_s(r["bare"]), 3),
            ratio,
        )
        # the same runs, up to the paint event only (without painting, quitting and exiting)
        frames = [
            (o.first_paint_s, b.first_paint_s) for o, b in zip(r["ours"], r["bare"], strict=True)
        ]
        if ratio is not None and all(o and b for o, b in frames):
            ours_s = statistics.median(o for o, _ in frames)
            bare_s = statistics.median(b for _, b in frames)
            frame_ratio = statistics.median(o / b for o, b in frames)
            self.out[f"first_frame_ratio_{tag}"] = frame_ratio
            self.row(f"  to the paint event {tag}", fmt(ours_s, 3), fmt(bare_s, 3), frame_ratio)
        self.row(f"window {tag} peak RSS", f"{max(p.rss_mb for p in r['ours']):.0f} MB")
        self.in_process_on_import(data, n)

    def in_process_on_import(self, data: Path, n: int) -> None:
        """The board's columns over the imported file (core, in process)."""
        from netzwerk_app.core import board
        from netzwerk_app.core.database import open_database

        db = open_database(data, daily=False)
        try:
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                board.board_columns(db)
                best = min(best, time.perf_counter() - started)
        finally:
            db.close()
        self.out[f"board_open_ms_{n // 1000}k"] = best * 1000
        if n == 10_000:
            self.out["board_open_ms"] = best * 1000
        self.row(f"board columns {n // 1000}k (core)", f"{best * 1000:.0f} ms")

    # ------------------------------------------------------------------ in process, synthetic

    def synthetic(self, n: int, touchpoints_per_contact: int) -> None:
        """Search keystrokes, the 30-day agenda and bulk log over n synthetic contacts."""
        from netzwerk_app.core import care
        from netzwerk_app.core.database import open_database
        from netzwerk_app.core.search import rebuild_search_index

        data = self.tmp / f"synthetic-{n}"
        db = open_database(data, daily=False)
        started = time.perf_counter()
        inserted = _fill(db, n, touchpoints_per_contact)
        fill_s = time.perf_counter() - started
        started = time.perf_counter()
        rebuild_search_index(db)
        index_s = time.perf_counter() - started
        tag = f"{n // 1000}k"
        self.row(
            f"raw sqlite3 inserts ({inserted:,} rows)",
            f"{fill_s:.2f} s",
            f"{inserted / fill_s:,.0f} rows/s",
        )
        self.row(f"search index rebuild {tag}", f"{index_s:.2f} s")
        self.out["sqlite_raw_rows_per_s"] = inserted / fill_s
        # keystrokes: each prefix of a few words, as typed, through the contact list's model
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from netzwerk_app.ui.models.contact_model import ContactTableModel

        app = QApplication.instance() or QApplication([])
        model = ContactTableModel(db)
        started = time.perf_counter()
        model.reload()
        self.row(f"contact list model load {tag}", f"{time.perf_counter() - started:.2f} s")
        # the window builds its search tokens between events once the rows are read; here,
        # without an event loop, at once (the keystrokes are those typed after it is in)
        started = time.perf_counter()
        model.finish_search_index()
        self.row(f"search token index build {tag}", f"{time.perf_counter() - started:.2f} s")
        words = ["müller", "anna keller", "zoë", "079 123", "stadtwerke", "chloé 12"]
        times = []
        for word in words:
            for i in range(1, len(word) + 1):
                started = time.perf_counter()
                model.set_search(word[:i])
                times.append((time.perf_counter() - started) * 1000)
            model.set_search("")
        p95 = statistics.quantiles(times, n=20)[18]
        self.out[f"search_ms_p95_{tag}"] = p95
        self.row(f"search keystroke p95 {tag} (model, {len(times)} keys)", f"{p95:.1f} ms")
        del model, app
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            care.due_agenda(db, dt.date(2026, 11, 27), dt.date(2026, 12, 27))
            best = min(best, time.perf_counter() - started)
        self.out[f"agenda_ms_{tag}"] = best * 1000
        tps = n * touchpoints_per_contact
        self.row(f"30-day agenda {tag}, {tps:,} touchpoints", f"{best * 1000:.0f} ms")
        db.close()
        ids = [str(i) for i in range(1, min(n, 20_000) + 1)]
        proc = self.nz(data, "log", *ids, "--kind", "call", "--date", "2026-11-20")
        self.out["bulk_log_s"] = proc.seconds if proc.code == 0 else None
        self.row(f"bulk log of {len(ids):,} ids (whole process)", f"{proc.seconds:.2f} s")
        proc = self.nz(data, "tier", *ids, "B")
        self.out["bulk_tier_s"] = proc.seconds if proc.code == 0 else None
        self.row(f"bulk tier of {len(ids):,} ids (whole process)", f"{proc.seconds:.2f} s")

    first_size = 10_000


def _fill(db, n: int, touchpoints_per_contact: int, seed: int = 1) -> int:
    """Bulk-insert n contacts, two methods each and touchpoint histories (raw executemany)."""
    rnd = random.Random(seed)
    given = ["Anna", "Hans", "Jürg", "Zoë", "Łukasz", "Marie", "Peter", "Chloé", "Ueli", "Мария"]
    family = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "佐藤", "Frei"]
    orgs = ["Stadtwerke", "Swisscom", "Migros", "ETH", "Novartis", "Start-up GmbH", "Gemeinde"]
    today = dt.date(2026, 11, 27)
    now = "2026-11-27 12:00:00"
    rows, methods, touchpoints = [], [], []
    for i in range(1, n + 1):
        g, f = rnd.choice(given), rnd.choice(family)
        tier = rnd.choice(["A", "B", "C", "D", None, None])
        bday = None
        if rnd.random() < 0.6:
            bday = f"--{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        since = (today - dt.timedelta(days=rnd.randint(0, 900))).isoformat() if tier else None
        rows.append((i, f"uid-{i}", g, f, f"{g} {f} {i}", rnd.choice(orgs), "Manager", bday, tier,
                     since, now, now))  # fmt: skip
        methods.append((i, "email", f"{g.lower()}.{i}@example.ch", "", 0, 0))
        methods.append((i, "phone", f"+41 79 {i % 1000:03d} {i % 100:02d} {i % 97:02d}", "", 0, 1))
        for _ in range(touchpoints_per_contact):
            day = today - dt.timedelta(days=rnd.randint(0, 900))
            touchpoints.append((i, day.isoformat(), "call", "phone", "", "done", now))
    with db.atomic():
        cur = db.cursor()
        cur.executemany(
            "INSERT INTO contact (id, uid, given_name, family_name, display_name, organization,"
            " title, birthday, tier, tier_since, created_at, updated_at, prefix, additional_names,"
            " suffix, nickname, department, notes, met_where, they_offer, i_offer, interests,"
            " photo_url, archived) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'','','','','','','','','','',"
            "'',0)",
            rows,
        )
        cur.executemany(
            "INSERT INTO contact_method (contact_id, kind, value, label, preferred, position)"
            " VALUES (?,?,?,?,?,?)",
            methods,
        )
        cur.executemany(
            "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            touchpoints,
        )
    return len(rows) + len(methods) + len(touchpoints)


ALWAYS = [
    "import_ratio",
    "list_s",
    "search_s",
    "export_s",
    "due_s",
    "cli_start_ratio",
    "startup_ratio_10k",
    "startup_ratio_100k",
    "search_ms_p95_100k",
    "agenda_ms_100k",
    "board_open_ms",
    "bulk_log_s",
    "gui_rss_mb_100k",
    "import_rss_mb_100k",
    "export_rss_mb_100k",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k cards only (about a minute)")
    parser.add_argument("--json", metavar="FILE", help="write every figure as one JSON object")
    parser.add_argument("--sizes", help="card counts, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (median)")
    parser.add_argument("--no-eds", action="store_true", help="skip Evolution's store")
    args = parser.parse_args()
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    else:
        sizes = [10_000] if args.quick else [1_000, 10_000, 100_000]
    if args.runs is None:
        args.runs = 1 if args.quick else 3
    eds = not args.no_eds and eds_available()
    synthetic_n = 20_000 if args.quick else 100_000  # bulk operations take 20,000 ids
    touchpoints = 2 if args.quick else 10
    print(f"Netzwerk benchmark on {platform.node()}: {platform.processor() or platform.machine()},")
    print(f"  {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    print("  Evolution's store: " + ("measured" if eds else "not available (not measured)"))
    with tempfile.TemporaryDirectory(prefix="netzwerk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        bench = Bench(args, tmp)
        bench.first_size = 10_000 if 10_000 in sizes else sizes[0]
        print(f"  {'figure':<42} {'Netzwerk':>12} {'floor / peer':>22} {'ratio':>8}")
        bench.cli_start()
        for n in sizes:
            folder = tmp / f"cards-{n}"
            folder.mkdir()
            bench.file_figures(n, generate(n, folder), eds)
        bench.synthetic(synthetic_n, touchpoints)
    result = {key: bench.out.get(key) for key in ALWAYS} | bench.out
    result["eds_measured"] = eds
    result["synthetic_contacts"] = synthetic_n
    result["synthetic_touchpoints"] = synthetic_n * touchpoints
    result["machine"] = f"{platform.platform()}, {os.cpu_count()} cores"
    missing = [key for key in ALWAYS if result[key] is None]
    if missing:
        print("not measured in this run (null): " + ", ".join(missing))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
