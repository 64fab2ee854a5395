"""The window's start imports only what its first frame needs: not the command line (its
module, its command modules), Peewee and the models (the first frame reads by SQL),
phonenumbers, vobject nor the import code (each is imported when first used)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "late = sorted(m for m in sys.modules if m.split('.')[0] in ('phonenumbers', 'vobject') "
    "or m.startswith('netzwerk_app.cli') or m in ('netzwerk_app.core.importing', "
    "'netzwerk_app.core.phones')); "
    "sys.stderr.write('LATE=' + ','.join(late) + chr(10)); sys.exit(rc)"
)


def test_the_first_frame_needs_no_phone_rules_no_vcards_and_no_commands(window_process):
    assert window_process(_PROBE)["LATE"] == ""


_CARD_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "sys.stderr.write('CARD=%s' % ('netzwerk_app.ui.card.card' in sys.modules) + chr(10)); "
    "sys.exit(rc)"
)


def _two_imported(tmp_path, env: dict) -> str:
    """A data folder with Ada Lovelace and Alan Turing, imported by the command line."""
    data = str(tmp_path / "data")
    cards = tmp_path / "two.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\nEND:VCARD\r\n"
    )
    subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", data, "import", str(cards)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )  # fmt: skip
    return data


def test_a_later_start_paints_its_first_frame_before_the_card_is_built(tmp_path, window_process):
    """The first start builds the card at once and keeps its sizes; the next start's first
    frame holds the card's place with its slot (`pages.card_slot`) and imports no card code."""
    _two_imported(tmp_path, window_process.env)  # into the folder window_process starts with
    seen = [window_process(_CARD_PROBE)["CARD"] for _ in range(2)]
    assert seen == ["True", "False"]


# `inspect.getsource` leaves each file it read in `linecache`
_SCAN_PROBE = (
    "import linecache, sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "import colorsys; "  # a module new to PySide: it is read
    "sys.stderr.write('READ=' + ','.join(sorted(linecache.cache)) + chr(10)); sys.exit(rc)"
)


def test_pyside_reads_the_source_of_none_of_our_modules_nor_of_peewee(window_process):
    """PySide6 looks for `from __feature__ import …` by reading the whole source of each module
    imported after QtCore (`inspect.getsource`): about 40 ms of the window's start. The app
    tells it what it would find (`ui.qt_start`), and nothing of ours is read."""
    read = window_process(_SCAN_PROBE)["READ"].split(",")
    assert any(f.endswith(os.sep + "colorsys.py") for f in read)  # the probe works
    first = ("peewee.py", "sqlite_ext.py", "relativedelta.py", "dataclasses.py")  # `qt_start`
    assert not [f for f in read if "netzwerk_app" in f or f.endswith(first)]


_NETWORK_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "sys.stderr.write('NETWORK=%s' % ('PySide6.QtNetwork' in sys.modules) + chr(10)); "
    "sys.exit(rc)"
)


@pytest.mark.skipif(os.name != "posix", reason="Windows' named pipes need QtNetwork")
def test_the_single_instance_socket_needs_no_qtnetwork(window_process):
    """Importing QtNetwork and setting up its Python enums cost about 30 ms of the first frame;
    on Linux and macOS the app's socket is a plain Unix socket (`ui.single_instance`)."""
    assert window_process(_NETWORK_PROBE)["NETWORK"] == "False"


_TYPES_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "import PySide6.QtWidgets as w; "
    "made = sorted(n for n in ('QMessageBox', 'QDialog', 'QDialogButtonBox', 'QFileDialog', "
    "'QTabWidget', 'QGroupBox', 'QTableWidget', 'QTreeWidget', 'QScrollArea') if n in vars(w)); "
    "sys.stderr.write('MADE=' + ','.join(made) + chr(10)); sys.exit(rc)"
)


def test_a_later_start_s_first_frame_makes_no_python_types_of_dialogs(window_process):
    """PySide makes a class's Python type (with all its enums) when it is first imported:
    message boxes, dialogs and the rarer widgets wait until one is shown. (The very first
    start builds the contact card at once, and the card uses some of them.)"""
    window_process(_TYPES_PROBE)
    assert window_process(_TYPES_PROBE)["MADE"] == ""


# runs the app until its first frame is long past, then opens a contact's card (its models)
_AFTER_PROBE = r"""
import os, sys
os.environ.pop("NETZWERK_QUIT_AFTER_PAINT", None)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def check():
    from netzwerk_app.core.models import Contact
    from netzwerk_app.ui.main_window import MainWindow
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    db = window.db
    ada = Contact.get(Contact.display_name == "Ada Lovelace")
    window.open_contact(ada.id)
    sys.stderr.write("LOADED=%s\n" % db.loaded)
    sys.stderr.write("BOUND=%s\n" % (Contact._meta.database is db.orm()))
    sys.stderr.write("CARD=%s\n" % (window.card.contact_id == ada.id))
    QApplication.quit()

from netzwerk_app.ui import startup_probe
after = startup_probe.after_first_paint
def watch(window, callback):
    after(window, callback)
    if not getattr(watch, "set", False):
        watch.set = True
        QTimer.singleShot(1500, check)
startup_probe.after_first_paint = watch
from netzwerk_app.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_after_the_first_frame_peewee_takes_the_database_and_the_card_reads_by_its_models(
    tmp_path, window_process
):
    data = _two_imported(tmp_path, window_process.env)
    seen = window_process(_AFTER_PROBE, "--data-dir", data)
    assert seen["LOADED"] == "True"
    assert seen["BOUND"] == "True"
    assert seen["CARD"] == "True"


_ORM_PROBE = (
    "import sys; from netzwerk_app.__main__ import main; rc = main(sys.argv[1:]); "
    "late = sorted(m for m in ('peewee', 'playhouse.sqlite_ext', 'netzwerk_app.core.models') "
    "if m in sys.modules); "
    "sys.stderr.write('ORM=' + ','.join(late) + chr(10)); sys.exit(rc)"
)


def test_a_later_start_paints_its_first_frame_without_peewee(window_process):
    """The first start makes the database (through the ORM); a later one reads its first
    frame by SQL, and the window quits after that frame before Peewee is imported."""
    window_process(_ORM_PROBE)
    assert window_process(_ORM_PROBE)["ORM"] == ""
