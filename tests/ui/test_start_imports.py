"""The window's start imports only what its first frame needs: not the command line's
command modules, phonenumbers, vobject nor the import code (each is imported when first used)."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "late = sorted(m for m in sys.modules if m.split('.')[0] in ('phonenumbers', 'vobject') "
    "or m.startswith('netzwerk_app.cli_') or m in ('netzwerk_app.core.importing', "
    "'netzwerk_app.core.phones')); "
    "sys.stderr.write('LATE=' + ','.join(late) + chr(10)); sys.exit(rc)"
)


def test_the_first_frame_needs_no_phone_rules_no_vcards_and_no_commands(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETZWERK_QUIT_AFTER_PAINT="1")
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    line = [x for x in proc.stderr.splitlines() if x.startswith("LATE=")][-1]
    assert line == "LATE="
