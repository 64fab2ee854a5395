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

PySide6 also compiles its own support code from source on every start: QtCore's import runs
about 130 KB of embedded Python (`shibokensupport`, its signature support) through `compile`
(about 40 ms), and that code, with the standard library's modules it imports and peewee,
compiles about 40 regular expressions (about 35 ms). Like Python's own .pyc files, both are
kept in the user's cache folder, for this very Python, and used again while Qt is imported:
a code object when PySide hands over the very same source, a regular expression's program
when the same pattern and flags come again. Anything else is compiled as before, and a cache
that is missing, damaged or cannot be written only means compiling as before. The window's
own modules are imported the same way (`kept_compiled`): their regular expressions and the
methods Python generates for their dataclasses (about 5 ms of compiling) come from the cache
too. Nothing the user types is ever kept: only what is compiled while modules are imported.
"""

import __future__

import builtins
import contextlib
import functools
import marshal
import operator
import os
import sys
import types
import zlib
from collections.abc import Iterator

# `compile` inherits the future features (`from __future__ import ...`) of the code calling it:
# compiling for PySide, the cache passes on those of PySide's calling code
_FUTURE_FLAGS = functools.reduce(
    operator.or_, (getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)
)

_MAGIC = b"NZPY2"  # the cache file's format (1: without the generated code)
_PYSIDE_SUPPORT = ("signature_bootstrap.py", "shibokensupport")


def code_cache_path() -> str | None:
    """The cache file: in platformdirs' `user_cache_dir("Netzwerk", appauthor=False)`, found
    here without importing platformdirs (12 ms before Qt is imported, which brings what it
    needs later anyway); None when there is no such folder (no home)."""
    name = f"pyside-support-{sys.implementation.cache_tag}-{sys.hexversion:x}.code"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "").strip()
        return os.path.join(base, "Netzwerk", "Cache", name) if base else None
    home = os.path.expanduser("~")
    if home == "~":
        return None
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", "Netzwerk", name)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(home, ".cache")
    return os.path.join(base, "Netzwerk", name)


def read_code_cache(path: str | None) -> tuple[dict, dict, dict]:
    """What the last start kept: ({file name: (source, code object)}, {(pattern, flags):
    compiled program}, {(source, future flags): code object of generated code}); empty when
    missing, damaged or written by another format."""
    if path is None:
        return {}, {}, {}
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return {}, {}, {}
    head = len(_MAGIC) + 4
    payload = data[head:]
    checksum = zlib.crc32(payload).to_bytes(4, "big")
    if data[: len(_MAGIC)] != _MAGIC or data[len(_MAGIC) : head] != checksum:
        return {}, {}, {}
    try:
        code, regex, generated = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}, {}, {}
    if not isinstance(code, dict) or not isinstance(regex, dict) or not isinstance(generated, dict):
        return {}, {}, {}
    code = {
        name: entry
        for name, entry in code.items()
        if isinstance(name, str)
        and isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], bytes | str)
        and isinstance(entry[1], types.CodeType)
    }
    regex = {
        key: entry
        for key, entry in regex.items()
        if isinstance(key, tuple) and isinstance(entry, tuple) and len(entry) == 5
    }
    generated = {
        key: entry
        for key, entry in generated.items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(entry, types.CodeType)
    }
    return code, regex, generated


def write_code_cache(path: str | None, code: dict, regex: dict, generated: dict) -> None:
    """Keep what this start compiled for the next (written whole, then moved into place)."""
    if path is None:
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        payload = marshal.dumps((code, regex, generated))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as fh:
            fh.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.remove(temporary)


def _regex_program(pattern: str | bytes, flags: int) -> tuple | None:
    """What `re` hands to `_sre.compile` for this pattern (as `re._compiler.compile` makes
    it), or None where this Python's `re` works otherwise."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes: named ints
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # another Python's internals: nothing is kept
        return None


class _CodeCache:
    """The cache of one start: what was read, what this start used (all that is written: what
    no start uses any more drops out) and how many were compiled anew.

    While `serving()`, three things come from it when the very same source comes again:
    PySide's support code (`compile` of its files), regular expressions (`re`'s compiler) and
    code generated from a string and run by `exec` with the namespaces given (each dataclass's
    `__init__`, `__repr__`, `__eq__` …: 14 of them at the window's start, about 5 ms to
    compile). Compiled code runs as the source would: the same file name, mode and the future
    features of the code that asked."""

    def __init__(self) -> None:
        self.path = code_cache_path()
        self.stored_code, self.stored_regex, self.stored_generated = read_code_cache(self.path)
        self.used_code: dict = {}
        self.used_regex: dict = {}
        self.used_generated: dict = {}
        self.compiled = 0

    @contextlib.contextmanager
    def serving(self) -> Iterator[None]:
        """Serve from the cache within the block; keep what was new after it."""
        import _sre
        from re import _compiler

        real_compile, real_exec, real_regex = builtins.compile, builtins.exec, _compiler.compile
        compiled_before = self.compiled

        def cached_compile(source, filename, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
            if (
                args
                or kwargs
                or mode != "exec"
                or not isinstance(filename, str)
                or not isinstance(source, bytes | str)
                or not (filename.endswith(_PYSIDE_SUPPORT[0]) or _PYSIDE_SUPPORT[1] in filename)
            ):
                return real_compile(source, filename, mode, *args, **kwargs)
            entry = self.used_code.get(filename) or self.stored_code.get(filename)
            if entry is None or entry[0] != source:
                # as if called by the caller: with the future features in effect in its code
                inherited = sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
                entry = (source, real_compile(source, filename, mode, inherited, True))
                self.compiled += 1
            self.used_code[filename] = entry
            return entry[1]

        def cached_exec(source, *args, **kwargs):  # type: ignore[no-untyped-def]
            # only a string run in namespaces given: `exec(text)` alone runs in its caller's
            if kwargs or not isinstance(source, str) or not 1 <= len(args) <= 2:
                return real_exec(source, *args, **kwargs)
            key = (source, sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS)
            code = self.used_generated.get(key) or self.stored_generated.get(key)
            if code is None:
                code = real_compile(source, "<string>", "exec", key[1], True)
                self.compiled += 1
            self.used_generated[key] = code
            return real_exec(code, *args)

        def cached_regex(pattern, flags=0):  # type: ignore[no-untyped-def]
            if not isinstance(pattern, str | bytes) or not isinstance(flags, int):
                return real_regex(pattern, flags)
            key = (pattern, int(flags))
            program = self.used_regex.get(key) or self.stored_regex.get(key)
            if program is not None:
                try:
                    found = _sre.compile(pattern, *program)
                except Exception:  # not a program this Python takes: compiled anew below
                    pass
                else:
                    self.used_regex[key] = program
                    return found
            found = real_regex(pattern, flags)
            self.compiled += 1
            program = _regex_program(pattern, flags)
            if program is not None and _sre.compile(pattern, *program) == found:
                self.used_regex[key] = program
            return found

        builtins.compile, builtins.exec = cached_compile, cached_exec
        _compiler.compile = cached_regex
        try:
            yield
        finally:
            builtins.compile, builtins.exec, _compiler.compile = real_compile, real_exec, real_regex
        if self.compiled > compiled_before:  # (nothing new: all came from the cache)
            write_code_cache(self.path, self.used_code, self.used_regex, self.used_generated)


_CACHE = _CodeCache()


def import_qtcore() -> int:
    """Import PySide6.QtCore with PySide's support code and its regular expressions served
    from the cache; returns how many were compiled anew (0 when the cache had them all).

    A regular expression is kept only when the program rebuilt from what is kept is the very
    one `re` compiled (compiled patterns compare equal only with the same flags, pattern
    and program), for this exact Python (the cache file's name holds its version)."""
    before = _CACHE.compiled
    with _CACHE.serving():
        # what the window's first frame needs anyway, imported before Qt so that PySide never
        # reads it (and here, so that the regular expressions they make are kept too)
        import dataclasses  # noqa: F401 - the window's records (the quick commands need none)

        import dateutil.relativedelta  # noqa: F401 - the due engine
        import PySide6.QtCore  # noqa: F401 - the dictionary below exists once QtCore is imported
    # (Peewee and the models come after the first frame, see `core.window_database`: PySide is
    # told below that they and what they import use none of it)
    return _CACHE.compiled - before


def kept_compiled() -> contextlib.AbstractContextManager[None]:
    """Import the window's own modules within this: their regular expressions and their
    dataclasses' generated methods come from the cache as PySide's support code does (and
    what was new is kept for the next start)."""
    return _CACHE.serving()


def compiled_anew() -> int:
    """How many were compiled anew at this start so far (0: all came from the cache)."""
    return _CACHE.compiled


COMPILED_AT_START = import_qtcore()  # how many were compiled anew at this start

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
    for name in _IMPORTED_LATER:
        known.setdefault(name, -1)
    return len(known) - before


# Imported after the first frame, with Peewee (`core.window_database`): neither uses PySide.
_IMPORTED_LATER = (
    "peewee", "playhouse", "playhouse.sqlite_ext", "playhouse.fts_parser", "playhouse._sqlite_ext",
    "hashlib", "_hashlib", "_blake2", "socket", "_socket", "selectors", "uuid", "_uuid", "platform",
    "decimal", "_decimal", "numbers", "json", "json.decoder", "json.scanner", "json.encoder",
    "_json", "bisect", "_bisect", "calendar", "locale",
)  # fmt: skip


spare_feature_scan()
