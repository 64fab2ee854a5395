"""Import Qt, and spare PySide6 reading the source of every module imported after it.

PySide6 supports `from __feature__ import snake_case` per module. To know which modules may
use it, it hooks `__import__`: after each import statement, a module it has not seen yet has
its whole source read (`inspect.getsource`) and searched for "PySide6". At the window's start
that is about 150 modules (the standard library's, peewee's 8,000 lines, ours): about 40 ms,
and every file kept in `linecache`.

Its answers live in a dictionary, module name -> 0 (uses PySide, no feature selected) or -1
(ignore). We fill in what it would find: -1 for every module already imported (none of them
can use PySide: QtCore is imported here first) and for our modules outside `ui`, 0 for our
`ui` modules. No module of ours selects a feature, and with none selected both values mean
the same to PySide. Where PySide keeps no such dictionary (another version), nothing is done.
In a frozen bundle there is no source to read, and no folder to list: nothing changes there.
"""

from __future__ import annotations

# what the window's first frame needs anyway, imported before Qt so that it is never read
import dataclasses  # noqa: F401 - the window's records (the quick commands need none)
import os
import sys

import dateutil.relativedelta  # noqa: F401 - the due engine
import peewee  # noqa: F401 - the models
import playhouse.sqlite_ext  # noqa: F401 - the models' full-text search
import PySide6.QtCore  # noqa: F401 - the dictionary exists once QtCore is imported

# the package's folder (no `import netzwerk_app` here: PySide would read it)
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _our_module_names() -> list[str]:
    """The names of the modules of this package, from its folders (nothing when frozen)."""
    names = []
    for here, subfolders, files in os.walk(_PACKAGE):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        inner = os.path.relpath(here, _PACKAGE).replace(os.sep, ".")
        package = "netzwerk_app" if inner == "." else f"netzwerk_app.{inner}"
        for file in files:
            if file.endswith(".py"):
                name = file[:-3]
                names.append(package if name == "__init__" else f"{package}.{name}")
    return names


def spare_feature_scan() -> int:
    """Tell PySide which modules use it, so it reads none; returns how many were told."""
    try:
        from shibokensupport import feature  # PySide6's own support package
    except ImportError:
        return 0
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return 0
    before = len(known)
    for name in list(sys.modules):
        known.setdefault(name, -1)
    for name in _our_module_names():
        known.setdefault(name, 0 if name.startswith("netzwerk_app.ui") else -1)
    return len(known) - before


spare_feature_scan()
