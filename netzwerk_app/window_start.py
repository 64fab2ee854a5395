"""The window's start from the command line, without the command line's parser: `netzwerk`,
``netzwerk --data-dir DIR``, ``--minimized`` and vCard files to import start the window here
(`__main__` asks `plain_window_start` first); anything else goes through `cli`, which starts the
window the same way. Importing this module costs next to nothing: no argparse, no Qt, no ORM.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def start_window(data_dir: str | None, files: Sequence[str], minimized: bool) -> int:
    """Start the window as `plain_window_start` told (its data folder made absolute)."""
    from netzwerk_app.core.database import resolve_data_dir

    show_warnings()
    return run_gui(str(resolve_data_dir(data_dir)), files, minimized)


def is_vcard_file(word: str) -> bool:
    """Whether a word of the command line names a vCard file (for the window to import)."""
    return word.lower().endswith((".vcf", ".vcard")) and not word.startswith("-")


def plain_window_start(argv: Sequence[str]) -> tuple[str | None, list[str], bool] | None:
    """(data folder, files, minimized) when `argv` only starts the window: ``--data-dir DIR``,
    ``--data-dir=DIR``, ``--minimized`` and vCard files, each spelt out in full. The window
    then starts without the command line's module, its commands and the parser (about 2% of
    its start); anything else (a command, help, an abbreviation, a usage error) goes through
    the parser."""
    data_dir: str | None = None
    files: list[str] = []
    minimized = False
    words = iter(argv)
    for word in words:
        if word == "--minimized":
            minimized = True
        elif word == "--data-dir":
            data_dir = next(words, "")
            if not data_dir or data_dir.startswith("-"):
                return None
        elif word.startswith("--data-dir=") and len(word) > len("--data-dir="):
            data_dir = word.partition("=")[2]
        elif is_vcard_file(word):
            files.append(word)
        else:
            return None
    return data_dir, files, minimized


def run_gui(data_dir: str | None, files: Sequence[str], minimized: bool = False) -> int:
    try:
        from netzwerk_app.ui import qt_start  # Qt first (see there)

        with qt_start.kept_compiled():
            from netzwerk_app.ui.app import run_app
    except ImportError as exc:
        print(f"netzwerk: the desktop app cannot start: {exc}", file=sys.stderr)
        return EXIT_FAILED
    at_exit_spare_the_teardown()
    return run_app(data_dir, list(files), minimized)


@functools.cache  # registered once per process (tests call main often)
def at_exit_spare_the_teardown() -> None:
    import atexit

    atexit.register(spare_the_teardown)


def spare_the_teardown() -> None:
    """At the interpreter's exit, after the app or a command has ended: freeze every object,
    so that Python's teardown collects none of them and the window is not destroyed widget by
    widget (a search's last collection is 8% of its instructions; an import of 10k cards
    ends about 0.1 s sooner).

    The window, its models and Qt's wrappers live until the end, held in reference cycles;
    Python's last collection would find them and destroy every widget one by one: about
    0.1-0.2 s with 10k contacts, more than a bare window's whole teardown. Nothing waits on
    those destructors: the window saved its state as it closed; `run_app` synced the settings,
    stopped the workers, and closed the database and the single-instance socket; atexit's
    other handlers (logging's flush) run as ever, and the operating system takes back the
    memory. (Python does not promise finalizers at exit either.) Registered with atexit, so
    that in a test process it runs only at the very end.
    """
    import gc

    gc.freeze()


def show_warnings() -> None:
    """Show the core's warnings (a skipped daily backup) as one line each on stderr; logging is
    imported only by commands that may warn."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="netzwerk: warning: %(message)s")
