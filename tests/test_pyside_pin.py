"""Regression test for the PySide6 pin (<6.12).

PySide6 6.12.0 on Python 3.11 drops a reference to None in void methods; after some thousands
of calls the interpreter aborts with "Fatal Python error: none_dealloc" (exit 134). This test
makes 200,000 such calls in a subprocess; when it passes on a new release, the pin can be lifted.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText("x")
print("ok", sys.getrefcount(None) > 0)
"""


@pytest.mark.slow
def test_200000_void_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-2000:]}"
    assert proc.stdout.startswith("ok")
