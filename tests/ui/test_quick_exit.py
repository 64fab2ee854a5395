"""Quitting the app: once the window has closed and saved what it keeps, the process ends
without Python tearing down, one by one, the objects that lived until the end (the window,
its models, Qt's wrappers); and nothing the user set is lost on the way."""

from __future__ import annotations

import subprocess
import sys

# The probe sets a preference through the window's own settings, without syncing them,
# just before the app quits (as a dialog or a header would), and reports whether the objects
# alive at the end were frozen (left out of the collections at exit).
_PROBE = (
    "import gc, sys\n"
    "import netzwerk_app.ui.app as app\n"
    "watch = app.watch_first_paint\n"
    "def watch_and_set(window):\n"
    "    window.preferences.set_value('probe/kept', 'yes')\n"
    "    watch(window)\n"
    "app.watch_first_paint = watch_and_set\n"
    "import atexit\n"  # registered first, run last: after the app's own
    "atexit.register(lambda: sys.stderr.write('FROZEN=%d\\n' % gc.get_freeze_count()))\n"
    "from netzwerk_app.__main__ import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_quitting_keeps_what_was_set_and_skips_the_teardown(window_process):
    assert int(window_process(_PROBE)["FROZEN"]) > 10_000
    # what the settings hold, read by a new process
    read = subprocess.run(
        [sys.executable, "-c", "from netzwerk_app.ui.app import set_identity; "
         "set_identity(); from PySide6.QtCore import QSettings; "
         "print(QSettings().value('probe/kept'))"],
        capture_output=True, text=True, timeout=60, env=window_process.env,
    )  # fmt: skip
    assert read.stdout.strip() == "yes", read.stderr
