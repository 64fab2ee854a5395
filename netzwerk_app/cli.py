"""Command line: starts the GUI, or runs a headless command through the core.

The headless commands import no Qt. Errors in the user's input print one line on stderr and
exit with status 2; a database that cannot be used exits with status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence

import peewee

from netzwerk_app import __version__
from netzwerk_app.core import care, clock, contacts, validation
from netzwerk_app.core.database import (
    DISK_FULL,
    DatabaseError,
    folder_warning,
    is_disk_full,
    open_database,
    resolve_data_dir,
    restore_backup,
)
from netzwerk_app.core.files import FileWriteError
from netzwerk_app.core.records import (
    CHANNELS,
    TOUCHPOINT_KINDS,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
    NetzwerkError,
    parse_date,
    validate_tier,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# the command line's words for the core's warning codes (the window translates its own)
PROBLEM_TEXTS = {
    validation.NOT_AN_EMAIL_ADDRESS: "not an email address, kept as typed",
    validation.NOT_A_PHONE_NUMBER: "not a phone number, kept as typed",
    validation.INVISIBLE_CHARACTERS_REMOVED: "invisible characters removed",
}

# name -> (configure parser, run); filled by the @command decorator below.
COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable]] = {}
# commands that run without opening the database: their run gets the data folder instead
WITHOUT_DATABASE = {"restore"}


def command(name: str, configure: Callable[[argparse.ArgumentParser], None], help_text: str):
    def register(run: Callable) -> Callable:
        COMMANDS[name] = (configure, run)
        run.help_text = help_text  # type: ignore[attr-defined]
        return run

    return register


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, exit 2
        self.exit(EXIT_USAGE, f"netzwerk: error: {message}\n")


def _tier_arg(text: str) -> str | None:
    try:
        return validate_tier(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _id_arg(text: str) -> int:
    """A contact id: an integer SQLite can hold (a larger one can name no contact)."""
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid id {text!r}: use a number") from exc
    if not -(2**63) <= value < 2**63:
        raise argparse.ArgumentTypeError(f"no contact with id {text}")
    return value


def _date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _birthday_arg(text: str) -> Birthday:
    try:
        return Birthday.parse(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


# json's C encoder (it serves only without indent=; the pure-Python one is ~10x slower)
_encode_json = json.JSONEncoder(ensure_ascii=False).encode


def _print_json(data: object) -> None:
    """JSON on stdout: a list one element to a line (readable, and fast to write)."""
    if isinstance(data, list) and data:
        sys.stdout.write("[\n" + ",\n".join(map(_encode_json, data)) + "\n]\n")
    else:
        sys.stdout.write(_encode_json(data) + "\n")


# ---------------------------------------------------------------- contacts


def _conf_contacts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tier", type=_tier_arg, default=contacts.ALL_TIERS, metavar="A|B|C|D|none")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--archived", action="store_true", help="include archived contacts")
    p.add_argument("--json", action="store_true")


@command("contacts", _conf_contacts, "list contacts")
def _run_contacts(db, args) -> int:
    rows = contacts.list_contacts(
        db, tier=args.tier, search=args.search, include_archived=args.archived, tag=args.tag
    )
    if args.json:
        _print_json(contacts.contact_dicts(db, rows))
        return EXIT_OK
    for r in rows:
        org = " · ".join(p for p in (r.organization, r.title) if p)
        due_text = r.next_due.isoformat() if r.next_due else "-"
        print(f"{r.id:>6}  {r.tier or '-'}  {r.display_name:<30}  {org:<40}  next: {due_text}")
    print(f"{len(rows)} contact(s)", file=sys.stderr)
    return EXIT_OK


# ---------------------------------------------------------------- due


def _conf_due(p: argparse.ArgumentParser) -> None:
    p.add_argument("--days", type=int, default=0, help="also the next N days")
    p.add_argument("--date", type=_date_arg, help="pretend today is this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")


@command("due", _conf_due, "what is due today and overdue")
def _run_due(db, args) -> int:
    today = args.date or clock.today()
    items = care.due_now(db, args.days, today)
    if args.json:
        _print_json(
            [
                {
                    "contact_id": i.contact_id,
                    "display_name": i.display_name,
                    "tier": i.tier,
                    "reason": i.reason,
                    "due_date": i.due_date.isoformat(),
                    "overdue_days": i.overdue_days,
                    "touchpoint_id": i.touchpoint_id,
                    "note": i.note,
                }
                for i in items
            ]
        )
        return EXIT_OK
    if not items:
        print("Nothing due.")
    for i in items:
        late = f"overdue {i.overdue_days} d" if i.overdue_days else ""
        print(f"{i.due_date}  {i.tier or '-'}  {i.display_name:<30}  {i.reason:<9} {late}")
    return EXIT_OK


# ---------------------------------------------------------------- add


def _conf_add(p: argparse.ArgumentParser) -> None:
    p.add_argument("--given", default="")
    p.add_argument("--family", default="")
    p.add_argument("--org", default="")
    p.add_argument("--title", default="")
    p.add_argument("--email", action="append", default=[])
    p.add_argument("--phone", action="append", default=[])
    p.add_argument("--birthday", type=_birthday_arg, help="YYYY-MM-DD, or --MM-DD without year")
    p.add_argument("--tier", type=_tier_arg, default=None, metavar="A|B|C|D|none")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--note", default="")


@command("add", _conf_add, "add a contact and print its id")
def _run_add(db, args) -> int:
    record = ContactRecord(
        given_name=args.given,
        family_name=args.family,
        organization=args.org,
        title=args.title,
        birthday=args.birthday,
        tier=args.tier,
        notes=args.note,
        tags=args.tag,
        methods=[ContactMethodRecord("email", e) for e in args.email]
        + [ContactMethodRecord("phone", p) for p in args.phone],
    )
    # cleaned and checked as the card and the importer do: warnings never block
    record, problems = validation.clean_record(record)
    for problem in problems:
        print(f"warning: {PROBLEM_TEXTS.get(problem.code, problem.code)}: {problem.value}",
              file=sys.stderr)  # fmt: skip
    print(add_contact(db, record))
    return EXIT_OK


# ---------------------------------------------------------------- log, plan, tier


def _conf_log(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, nargs="+")
    p.add_argument("--kind", required=True, choices=TOUCHPOINT_KINDS)
    p.add_argument("--channel", choices=CHANNELS)
    p.add_argument("--date", type=_date_arg)
    p.add_argument("--note", default="")


@command("log", _conf_log, "record a touchpoint that happened")
def _run_log(db, args) -> int:
    ids = care.log_touchpoint(db, args.id, args.kind, args.date, args.channel, args.note)
    print(" ".join(map(str, ids)))
    return EXIT_OK


def _conf_plan(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg)
    p.add_argument("--date", type=_date_arg, required=True)
    p.add_argument("--kind", required=True, choices=TOUCHPOINT_KINDS)
    p.add_argument("--channel", choices=CHANNELS)
    p.add_argument("--note", default="")


@command("plan", _conf_plan, "plan a touchpoint for a date")
def _run_plan(db, args) -> int:
    print(care.plan_touchpoint(db, args.id, args.date, args.kind, args.note, args.channel))
    return EXIT_OK


def _conf_tier(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, nargs="+")
    p.add_argument("tier", type=_tier_arg, metavar="A|B|C|D|none")
    p.add_argument("--reason", default="")


@command("tier", _conf_tier, "file contacts into a tier")
def _run_tier(db, args) -> int:
    changed = set_tier(db, args.id, args.tier, args.reason)
    print(f"{changed} contact(s) changed")
    return EXIT_OK


def _conf_archive(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, nargs="+")
    p.add_argument("--undo", action="store_true", help="bring archived contacts back")


@command("archive", _conf_archive, "archive contacts (hidden from lists and due)")
def _run_archive(db, args) -> int:
    archive_contacts(db, args.id, archived=not args.undo)
    return EXIT_OK


def _conf_delete(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, nargs="+")


@command("delete", _conf_delete, "delete contacts for good")
def _run_delete(db, args) -> int:
    delete_contacts(db, args.id)
    return EXIT_OK


# ---------------------------------------------------------------- ics


def _conf_ics(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .ics file to write")
    p.add_argument("--days", type=int, default=30, help="the next N days (default 30)")
    p.add_argument("--date", type=_date_arg, help="pretend today is this date (YYYY-MM-DD)")
    p.add_argument("--lang", choices=("en", "de"), default="en", help="language of the events")


@command("ics", _conf_ics, "export the care agenda of the next N days as iCalendar")
def _run_ics(db, args) -> int:
    from netzwerk_app.core import ics

    count = ics.export_ics(db, args.file, args.days, args.date, args.lang)
    print(f"{count} event(s) written to {args.file}", file=sys.stderr)
    return EXIT_OK


# ---------------------------------------------------------------- vCard import / export


def _conf_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help=".vcf files to import")
    p.add_argument("--tier", type=_tier_arg, metavar="A|B|C|D", help="file new contacts here")
    p.add_argument("--overwrite", action="store_true", help="let the files overwrite changes")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument("--json", action="store_true", help="print what the import did as one object")


def _origin_dict(origin) -> dict:
    return {"file": origin.file, "card": origin.card, "line": origin.line}


def import_report(outcome) -> dict:
    """The JSON object `netzwerk import --json` prints (its keys are a contract)."""
    result = outcome.result
    return {
        **result.counts(),
        "dry_run": result.dry_run,
        "import_id": result.import_id,
        "created": [
            {**_origin_dict(c.origin), "contact_id": c.contact_id, "name": c.name}
            for c in result.created
        ],
        "merged": [
            {
                **_origin_dict(m.origin),
                "contact_id": m.contact_id,
                "name": m.name,
                "rule": m.rule,
                "changes": m.changes,
            }
            for m in result.merged
        ],
        "possible_duplicate_pairs": [
            {
                **_origin_dict(d.origin),
                "contact_id": d.contact_id,
                "name": d.name,
                "other_id": d.other_id,
                "other_name": d.other_name,
                "evidence": list(d.evidence),
            }
            for d in result.possible_duplicates
        ],
        "skipped_cards": [
            {**_origin_dict(k.origin), "name": k.name, "reason": k.reason} for k in result.skipped
        ],
        "problems": [str(p) for p in outcome.problems],
    }


@command("import", _conf_import, "import contacts from vCard files (merging with existing ones)")
def _run_import(db, args) -> int:
    from netzwerk_app.vcard import import_vcard_files

    outcome = import_vcard_files(
        db, args.files, tier=args.tier, overwrite=args.overwrite, dry_run=args.dry_run
    )
    for problem in outcome.problems:
        print(problem, file=sys.stderr)
    result = outcome.result
    if args.json:
        _print_json(import_report(outcome))
    else:
        for m in result.merged:
            target = f"contact {m.contact_id}" if m.contact_id else "a new contact"
            print(f"{m.origin}: merged into {target} ({m.name}): {', '.join(m.changes)}",
                  file=sys.stderr)  # fmt: skip
        for d in result.possible_duplicates:
            other = f"contact {d.other_id}" if d.other_id else "a new contact"
            print(f"{d.origin}: possible duplicate of {other} ({d.other_name}): "
                  f"{', '.join(d.evidence)}", file=sys.stderr)  # fmt: skip
        print(result.summary())
        if result.import_id is not None:
            print(f"recorded as import {result.import_id} (undo: netzwerk imports undo "
                  f"{result.import_id})", file=sys.stderr)  # fmt: skip
    if len(outcome.unreadable) == len(args.files):
        return EXIT_FAILED
    return EXIT_OK


# ---------------------------------------------------------------- imports (history, undo)


def _conf_imports(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    sub = p.add_subparsers(dest="action", metavar="[ACTION]", parser_class=_Parser)
    undo = sub.add_parser("undo", help="undo a recorded import", description="undo an import")
    undo.add_argument("id", type=_id_arg, help="the import's id (see `netzwerk imports`)")
    undo.add_argument("--json", action="store_true")


@command("imports", _conf_imports, "list recent imports, or undo one (imports undo ID)")
def _run_imports(db, args) -> int:
    from netzwerk_app.core import import_history

    if args.action == "undo":
        undo = import_history.undo_import(db, args.id)
        if args.json:
            _print_json(
                {
                    "import_id": undo.import_id,
                    "removed": undo.removed,
                    "restored": undo.restored,
                    "kept": [{"contact_id": cid, "name": name} for cid, name in undo.kept],
                    "missing": undo.missing,
                }
            )
        else:
            for cid, name in undo.kept:
                print(f"contact {cid} ({name}) was edited since the import and stays as it is",
                      file=sys.stderr)  # fmt: skip
            print(undo.summary())
        return EXIT_OK
    runs = import_history.list_imports(db)
    if args.json:
        _print_json([r.as_dict() for r in runs])
        return EXIT_OK
    for r in runs:
        c = r.counts
        state = f"  undone {r.undone_at:%Y-%m-%d %H:%M}" if r.undone_at else ""
        print(
            f"{r.id:>4}  {r.imported_at:%Y-%m-%d %H:%M}  {', '.join(r.files) or '-'}  "
            f"new {c.get('new', 0)}, updated {c.get('updated', 0)}, "
            f"unchanged {c.get('unchanged', 0)}, possible duplicates "
            f"{c.get('possible_duplicates', 0)}, skipped {c.get('skipped', 0)}{state}"
        )
    if not runs:
        print("No imports recorded.")
    return EXIT_OK


# ---------------------------------------------------------------- duplicates


def _conf_duplicates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    p.add_argument("--scan", action="store_true", help="first look for pairs among all contacts")
    sub = p.add_subparsers(dest="action", metavar="[ACTION]", parser_class=_Parser)
    merge = sub.add_parser(
        "merge",
        help="merge ID_OTHER into ID_KEEP",
        description="merge contact ID_OTHER into ID_KEEP: all methods, tags, touchpoints and "
        "history of both are kept; a field comes from ID_KEEP unless it is empty or named by "
        "--take",
    )
    merge.add_argument("keep", type=_id_arg, metavar="ID_KEEP")
    merge.add_argument("other", type=_id_arg, metavar="ID_OTHER")
    merge.add_argument(
        "--take", action="append", default=[], metavar="FIELD",
        help="take this field from ID_OTHER (e.g. organization, title, birthday, notes, photo)",
    )  # fmt: skip
    merge.add_argument("--json", action="store_true")
    dismiss = sub.add_parser(
        "dismiss", help="not the same person: never propose the pair again",
        description="remember that two contacts are not the same person",
    )  # fmt: skip
    dismiss.add_argument("first", type=_id_arg, metavar="ID1")
    dismiss.add_argument("second", type=_id_arg, metavar="ID2")
    sub.add_parser("merges", help="list recent merges", description="list recent merges")
    undo = sub.add_parser("undo", help="undo a merge", description="undo a merge")
    undo.add_argument("merge_id", type=_id_arg, metavar="MERGE_ID")


@command("duplicates", _conf_duplicates, "possible duplicates: list, scan, merge, dismiss, undo")
def _run_duplicates(db, args) -> int:
    from netzwerk_app.core import duplicates

    if args.action == "merge":
        outcome = duplicates.merge_contacts(db, args.keep, args.other, args.take)
        if args.json:
            _print_json(
                {
                    "merge_id": outcome.merge_id,
                    "kept_id": outcome.kept_id,
                    "other_id": outcome.other_id,
                    "changes": outcome.changes,
                }
            )
        else:
            changed = ", ".join(outcome.changes) or "nothing new"
            print(f"contact {args.other} merged into {args.keep} ({changed}); "
                  f"undo: netzwerk duplicates undo {outcome.merge_id}")  # fmt: skip
        return EXIT_OK
    if args.action == "dismiss":
        duplicates.dismiss_pair(db, args.first, args.second)
        print(f"{args.first} and {args.second}: not the same person (not proposed again)")
        return EXIT_OK
    if args.action == "merges":
        for m in duplicates.list_merges(db):
            state = "  undone" if m.undone_at else ""
            print(f"{m.id:>4}  {m.merged_at:%Y-%m-%d %H:%M}  {m.other_id} ({m.other_name}) "
                  f"into {m.kept_id} ({m.kept_name}){state}")  # fmt: skip
        return EXIT_OK
    if args.action == "undo":
        kept, other = duplicates.undo_merge(db, args.merge_id)
        print(f"merge {args.merge_id} undone: contacts {kept} and {other} are apart again")
        return EXIT_OK
    if args.scan:
        found = duplicates.find_duplicates(db)
        print(f"{found} new possible duplicate(s) found", file=sys.stderr)
    pairs = duplicates.list_duplicates(db)
    if args.json:
        _print_json([p.as_dict() for p in pairs])
        return EXIT_OK
    for p in pairs:
        print(f"{p.a.id:>6} {p.b.id:>6}  {p.a.display_name} | {p.b.display_name}  "
              f"({', '.join(p.evidence)})")  # fmt: skip
    print(f"{len(pairs)} possible duplicate(s)", file=sys.stderr)
    return EXIT_OK


def _conf_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .vcf file to write")
    p.add_argument("--tier", type=_tier_arg, default=contacts.ALL_TIERS, metavar="A|B|C|D|none")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")


@command("export", _conf_export, "export contacts (all or one tier) as a vCard file")
def _run_export(db, args) -> int:
    from netzwerk_app.vcard import export_vcards

    tier = None if args.tier is contacts.ALL_TIERS else (args.tier or "unsorted")
    count = export_vcards(db, args.file, tier=tier, version=args.vcard_version)
    print(f"{count} contact(s) written to {args.file}", file=sys.stderr)
    return EXIT_OK


def _conf_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument("backup", metavar="BACKUP", help="a backup file (from the backups folder)")


@command("restore", _conf_restore, "put a backup in place of the database (the old file is kept)")
def _run_restore(data_dir, args) -> int:
    try:
        kept = restore_backup(data_dir, args.backup)
    except DatabaseError as exc:
        print(f"netzwerk: error: cannot restore {args.backup}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        reason = DISK_FULL if is_disk_full(exc) else (exc.strerror or str(exc))
        print(f"netzwerk: error: cannot restore {args.backup}: {reason}", file=sys.stderr)
        return EXIT_FAILED
    print(f"restored {args.backup}", file=sys.stderr)
    if kept.name != "netzwerk.sqlite3":
        print(f"the database it replaced was kept as {kept}", file=sys.stderr)
    return EXIT_OK


# ---------------------------------------------------------------- receive (from a phone)


def _conf_receive(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--bind", metavar="ADDR", help="address to listen on (default: the default route's)"
    )
    p.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    p.add_argument("--tier", type=_tier_arg, metavar="A|B|C|D", help="file new contacts here")
    p.add_argument("--json", action="store_true", help="print the import's result as JSON")


@command("receive", _conf_receive, "receive a vCard file from a phone (QR code) and import it")
def _run_receive(db, args) -> int:
    import tempfile
    import threading

    import segno

    from netzwerk_app.core import handover
    from netzwerk_app.vcard import import_vcard_files

    host = args.bind or handover.default_route_address()
    if not host:
        print(
            "netzwerk: error: this computer has no LAN address; connect to a network or use --bind",
            file=sys.stderr,
        )
        return EXIT_FAILED
    received: list[handover.ReceivedFile] = []
    arrived = threading.Event()

    def on_upload(upload: handover.ReceivedFile) -> None:
        received.append(upload)
        arrived.set()

    server = handover.PhoneHandover(host, args.port, on_upload=on_upload, on_expired=arrived.set)
    try:
        server.start()
    except handover.HandoverError as exc:
        print(f"netzwerk: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        print(server.url, flush=True)
        segno.make(server.url, error="m").terminal(out=sys.stdout, compact=True)
        sys.stdout.flush()
        minutes = round(handover.LIFETIME / 60)
        print(
            f"Open the address on your phone (same network) and send the .vcf file. "
            f"Plain HTTP: use a network you trust. Ctrl+C stops; ends by itself in {minutes} "
            "minutes.",
            file=sys.stderr,
            flush=True,
        )
        arrived.wait()
    except KeyboardInterrupt:
        print("netzwerk: stopped; nothing was imported", file=sys.stderr)
        return 130
    finally:
        server.stop()
    if not received:
        print("netzwerk: no file arrived in time; nothing was imported", file=sys.stderr)
        return EXIT_FAILED
    with tempfile.TemporaryDirectory(prefix="netzwerk-receive-") as folder:
        path = received[0].save_to(folder)
        outcome = import_vcard_files(db, [path], tier=args.tier)
    # reported as `netzwerk import` reports
    for problem in outcome.problems:
        print(problem, file=sys.stderr)
    result = outcome.result
    if args.json:  # the object `netzwerk import --json` prints, and the received file's name
        _print_json({"file": received[0].name, **import_report(outcome)})
    else:
        print(result.summary())
    return EXIT_FAILED if outcome.unreadable else EXIT_OK


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
    for name, (configure, run) in COMMANDS.items():
        configure(sub.add_parser(name, help=run.help_text, description=run.help_text))
    return parser


def _split_gui_files(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate .vcf files given without a command (``netzwerk FILE.vcf`` opens the import)."""
    files = [a for a in argv if a.lower().endswith((".vcf", ".vcard")) and not a.startswith("-")]
    if files and not any(a in COMMANDS for a in argv):
        return [a for a in argv if a not in files], files
    return argv, []


def run_gui(data_dir: str | None, files: Sequence[str], minimized: bool = False) -> int:
    try:
        from netzwerk_app.ui.app import run_app
    except ImportError as exc:
        print(f"netzwerk: the desktop app cannot start: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return run_app(data_dir, list(files), minimized)


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


def main(argv: Sequence[str] | None = None) -> int:
    args_list, files = _split_gui_files(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.self_test:
        return run_self_test()
    # warnings of the core (a skipped daily backup) as one line each on stderr
    logging.basicConfig(level=logging.WARNING, format="netzwerk: warning: %(message)s")
    folder = resolve_data_dir(args.data_dir)  # absolute from here on, whatever the cwd does
    if args.command is None:
        return run_gui(str(folder), files, args.minimized)
    if args.command in WITHOUT_DATABASE:
        return COMMANDS[args.command][1](folder, args)
    if warning := folder_warning(folder):
        print(f"netzwerk: warning: {warning}", file=sys.stderr)
    try:
        db = open_database(folder)
    except DatabaseError as exc:
        print(f"netzwerk: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        return COMMANDS[args.command][1](db, args)
    except FileWriteError as exc:  # the environment's fault, not the input's
        print(f"netzwerk: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except NetzwerkError as exc:
        print(f"netzwerk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if isinstance(exc, (peewee.IntegrityError, sqlite3.IntegrityError)):
            raise
        print(f"netzwerk: error: {_database_problem(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    finally:
        db.close()


# The network-care and sync commands live in rooms of their own and register themselves here.
from netzwerk_app import cli_network, cli_sync  # noqa: E402, F401
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.snapshots import delete_contacts

if __name__ == "__main__":
    sys.exit(main())
