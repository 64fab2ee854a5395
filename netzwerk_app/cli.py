"""Command line: starts the GUI, or runs a headless command through the core.

This module holds the registry of commands, the argument types and main; the commands live in
`cli_list`, `cli_contacts`, `cli_files`, `cli_network` and `cli_sync`, which register
themselves here when imported. A command named in `COMMAND_MODULES` imports only its own module
(the others are imported for any other command, for help and for a mistyped command), and the
commands in `PLAIN_DATABASE` read through a bare `sqlite3` connection: listing and exporting
import neither Peewee nor phonenumbers. The headless commands import no Qt. Errors in the user's
input print one line on stderr and exit with status 2; a database that cannot be used exits
with status 1.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import sys
from collections.abc import Callable, Iterable, Sequence

from netzwerk_app import __version__
from netzwerk_app.core.backups import daily_backup_needed, daily_backup_or_warn
from netzwerk_app.core.connections import is_sqlite_error
from netzwerk_app.core.database import (
    DISK_FULL,
    DatabaseError,
    folder_warning,
    is_disk_full,
    open_database,
    open_plain_database,
    resolve_data_dir,
)
from netzwerk_app.core.errors import InvalidInput, NetzwerkError
from netzwerk_app.core.values import Birthday, parse_date, validate_tier
from netzwerk_app.window_start import EXIT_FAILED, EXIT_OK, EXIT_USAGE, run_gui
from netzwerk_app.window_start import at_exit_spare_the_teardown as _at_exit_spare_the_teardown
from netzwerk_app.window_start import is_vcard_file as _is_vcard_file
from netzwerk_app.window_start import plain_window_start as _plain_window_start
from netzwerk_app.window_start import show_warnings as _show_warnings

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of Python's start
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

# name -> (configure parser, run); filled by the @command decorator below.
COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable]] = {}

# commands that run without opening the database (their run gets the data folder instead);
# filled by the modules of those commands
WITHOUT_DATABASE: set[str] = set()

# commands that only read, through `connections.PlainDatabase` (no ORM); filled by their modules
PLAIN_DATABASE: set[str] = set()

# The modules of the commands, in the order their commands are listed.
MODULES = (
    "netzwerk_app.cli_list",
    "netzwerk_app.cli_contacts",
    "netzwerk_app.cli_files",
    "netzwerk_app.cli_network",
    "netzwerk_app.cli_sync",
)
# The module of each command: only the module of the command asked for is imported (a test
# holds this true and complete); help and a mistyped command import them all.
COMMAND_MODULES = {
    "contacts": "netzwerk_app.cli_list",
    **dict.fromkeys(
        ("due", "add", "log", "plan", "tier", "archive", "delete", "ics"),
        "netzwerk_app.cli_contacts",
    ),
    **dict.fromkeys(
        ("import", "imports", "duplicates", "export", "restore", "receive"),
        "netzwerk_app.cli_files",
    ),
    **dict.fromkeys(
        (
            "review",
            "link",
            "links",
            "path-to",
            "introduce",
            "introductions",
            "suggest-introductions",
            "event",
            "offers",
            "overview",
        ),
        "netzwerk_app.cli_network",
    ),
    "sync": "netzwerk_app.cli_sync",
}


def command(name: str, configure: Callable[[argparse.ArgumentParser], None], help_text: str):
    def register(run: Callable) -> Callable:
        COMMANDS[name] = (configure, run)
        run.help_text = help_text  # type: ignore[attr-defined]
        return run

    return register


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit 2
        self.exit(EXIT_USAGE, f"netzwerk: error: {message}\n")


def _checked(parse: Callable[[str], T]) -> Callable[[str], T]:
    """An argument type from a parser of the core: its `InvalidInput` is a usage error."""

    def argument(text: str) -> T:
        try:
            return parse(text)
        except InvalidInput as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return argument


_tier_arg = _checked(validate_tier)
_date_arg = _checked(parse_date)
_birthday_arg = _checked(Birthday.parse)


def _whole_number(low: int, high: int, invalid: str, out_of_range: str) -> Callable[[str], int]:
    """An argument type for a whole number from `low` to `high`; the messages name the text
    given (``{}``) when it is no number or out of range."""

    def argument(text: str) -> int:
        try:
            value = int(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(invalid.format(repr(text))) from exc
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(out_of_range.format(text))
        return value

    return argument


# a contact id: an integer SQLite can hold (a larger one can name no contact)
_id_arg = _whole_number(-(2**63), 2**63 - 1, "invalid id {}: use a number", "no contact with id {}")


def _encode_json(data: object) -> str:
    """`data` as JSON by json's C encoder (it serves only without indent=; the pure-Python one
    is ~10x slower)."""
    return _json_encoder()(data)


_ENCODER: list[Callable[[object], str]] = []  # made on first use: json is imported then


def _json_encoder() -> Callable[[object], str]:
    """`json.JSONEncoder(ensure_ascii=False).encode`, with the C encoder made once rather than
    once a call (what `encode` does): a long list printed item by item saves a twentieth."""
    if not _ENCODER:
        _ENCODER.append(_make_json_encoder())
    return _ENCODER[0]


def _make_json_encoder() -> Callable[[object], str]:
    import json
    from json import encoder as json_encoder

    encoder = json.JSONEncoder(ensure_ascii=False)
    make = json_encoder.c_make_encoder
    if make is None:  # a Python without json's C part
        return encoder.encode
    iterencode = make(
        {}, encoder.default, json_encoder.encode_basestring, None, encoder.key_separator,
        encoder.item_separator, False, False, True,
    )  # fmt: skip

    def encode(data: object) -> str:
        if isinstance(data, str):
            return encoder.encode(data)
        return "".join(iterencode(data, 0))

    return encode


def _print_json(data: object) -> None:
    """JSON on stdout: a list one element to a line (readable, and fast to write)."""
    if isinstance(data, list) and data:
        _print_json_list(data)
    else:
        sys.stdout.write(_encode_json(data) + "\n")


def _print_json_list(items: Iterable[object], batch: int = 500, encoded: bool = False) -> None:
    """A JSON list on stdout as `_print_json` writes it, written a batch of items at a time
    while they are made: the whole text is never held. With `encoded`, the items are their
    JSON texts already."""
    texts = items if encoded else map(_json_encoder(), items)
    head = "[\n"
    while chunk := list(itertools.islice(texts, batch)):
        sys.stdout.write(head + ",\n".join(chunk))
        head = ",\n"
    sys.stdout.write("[]\n" if head == "[\n" else "\n]\n")


def _print_items(
    args: argparse.Namespace,
    items: Sequence[T],
    line: Callable[[T], str],
    as_json: Callable[[Sequence[T]], object] | None = None,
    *,
    empty: str = "",
    counted: str = "",
) -> int:
    """Print what a listing command found and return `EXIT_OK`.

    With ``--json`` the items as JSON (`as_json`, by default each item's ``as_dict()``);
    otherwise one `line` each, then `empty` when there are none and "N `counted`" on stderr.
    """
    if args.json:
        _print_json(as_json(items) if as_json else [i.as_dict() for i in items])  # type: ignore[attr-defined]
        return EXIT_OK
    for item in items:
        print(line(item))
    if empty and not items:
        print(empty)
    if counted:
        print(f"{len(items)} {counted}", file=sys.stderr)
    return EXIT_OK


def _pair_line(id_a: int, id_b: int, name_a: str, name_b: str, why: str) -> str:
    """One line for two contacts shown as a pair (a possible duplicate, a suggestion)."""
    return f"{id_a:>6} {id_b:>6}  {name_a} | {name_b}  ({why})"


# ---------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="netzwerk",
        description="Netzwerk: keep your valuable relationships alive on purpose. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"netzwerk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (or $NETZWERK_DATA_DIR)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (a temporary database, a sample import, the "
        "agenda and the window offscreen) and exit",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start the desktop app in the tray only"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    in_order = sorted(COMMANDS.items(), key=lambda item: MODULES.index(item[1][1].__module__))
    for name, (configure, run) in in_order:
        configure(sub.add_parser(name, help=run.help_text, description=run.help_text))
    return parser


def _split_gui_files(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate .vcf files given without a command (``netzwerk FILE.vcf`` opens the import)."""
    files = [a for a in argv if _is_vcard_file(a)]
    if files and not any(a in COMMANDS for a in argv):
        return [a for a in argv if a not in files], files
    return argv, []


def run_self_test() -> int:
    try:
        from netzwerk_app.ui.self_test import run_self_test as self_test
    except ImportError as exc:
        print(f"netzwerk: the self-test cannot start: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return self_test()


def _database_problem(exc: Exception) -> str:
    """One line on why the database could not be used (busy, read-only, damaged …)."""
    text = " ".join(str(exc).split())
    if is_disk_full(exc):
        return f"{DISK_FULL}; make room on the disk and try again (nothing was saved)"
    if "locked" in text or "busy" in text:
        return "the database is busy (another program is writing to it); try again"
    if "readonly" in text or "read-only" in text:
        return f"the database cannot be written ({text})"
    return f"the database cannot be used ({text})"


def _command_asked_for(argv: Sequence[str]) -> str | None:
    """The command word of the command line (the first word that is no option nor the data
    folder), None when there is none or the line is not plain enough to tell."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return None
        if word.startswith("--d") and "=" not in word and "--data-dir".startswith(word):
            next(words, None)  # the data folder
        elif not word.startswith("-"):
            return word
    return None


def load_commands(name: str | None = None) -> None:
    """Import the modules of the commands: only `name`'s when it is in `COMMAND_MODULES`."""
    for module in (COMMAND_MODULES[name],) if name in COMMAND_MODULES else MODULES:
        importlib.import_module(module)


def _is_file_write_error(exc: BaseException) -> bool:
    """Whether `exc` is `core.files.FileWriteError` (only a command that wrote a file has it)."""
    files = sys.modules.get("netzwerk_app.core.files")
    return files is not None and isinstance(exc, files.FileWriteError)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if (window := _plain_window_start(argv)) is not None:
        _show_warnings()
        return run_gui(str(resolve_data_dir(window[0])), window[1], window[2])
    load_commands(_command_asked_for(argv))
    args_list, files = _split_gui_files(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.self_test:
        return run_self_test()
    plain = args.command in PLAIN_DATABASE
    if not plain:  # a plain (read) command may warn only from its daily backup: see below
        _show_warnings()
    folder = resolve_data_dir(args.data_dir)  # absolute from here on, whatever the cwd does
    if args.command is None:
        return run_gui(str(folder), files, args.minimized)
    if args.command in WITHOUT_DATABASE:
        return COMMANDS[args.command][1](folder, args)
    if warning := folder_warning(folder):
        print(f"netzwerk: warning: {warning}", file=sys.stderr)
    try:
        db = open_plain_database(folder, daily=False) if plain else open_database(folder)
        if plain and not db.created and daily_backup_needed(folder):  # as open_database does
            _show_warnings()
            daily_backup_or_warn(folder)
    except DatabaseError as exc:
        print(f"netzwerk: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    _at_exit_spare_the_teardown()  # the database is closed below; nothing else is left open
    try:
        return COMMANDS[args.command][1](db, args)
    except NetzwerkError as exc:  # a file that cannot be written is the environment's fault
        print(f"netzwerk: error: {exc}", file=sys.stderr)
        return EXIT_FAILED if _is_file_write_error(exc) else EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # SQLite's errors, raw or Peewee's (when it is imported)
        if not is_sqlite_error(exc) or is_sqlite_error(exc, "IntegrityError"):
            raise
        print(f"netzwerk: error: {_database_problem(exc)}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
