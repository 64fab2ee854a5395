"""A command ends without Python's last collection: what it wrote is kept, its output is
whole, and the objects left at the exit are frozen (`window_start.spare_the_teardown`)."""

from __future__ import annotations

import subprocess
import sys

_PROBE = (
    "import atexit, gc, sys\n"
    "atexit.register(lambda: sys.stderr.write('FROZEN=%d\\n' % gc.get_freeze_count()))\n"
    "from netzwerk_app.__main__ import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=60
    )


def test_writes_are_kept_and_a_search_ends_frozen_with_its_whole_output(tmp_path):
    data = str(tmp_path / "data")
    for given in ("Ada", "Adam", "Alan"):
        added = _run("--data-dir", data, "add", "--given", given, "--family", "Lovelace")
        assert added.returncode == 0, added.stderr
        assert "FROZEN=0" not in added.stderr
    found = _run("--data-dir", data, "contacts", "--search", "Lovelace")
    assert found.returncode == 0, found.stderr
    assert all(f"{given} Lovelace" in found.stdout for given in ("Ada", "Adam", "Alan"))
    frozen = [x for x in found.stderr.splitlines() if x.startswith("FROZEN=")]
    assert frozen and int(frozen[-1].removeprefix("FROZEN=")) > 1000
