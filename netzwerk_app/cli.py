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
    print(contacts.add_contact(db, record))
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
    changed = contacts.set_tier(db, args.id, args.tier, args.reason)
    print(f"{changed} contact(s) changed")
    return EXIT_OK


def _conf_archive(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, nargs="+")
    p.add_argument("--undo", action="store_true", help="bring archived contacts back")


@command("archive", _conf_archive, "archive contacts (hidden from lists and due)")
def _run_archive(db, args) -> int:
    contacts.archive_contacts(db, args.id, archived=not args.undo)
    return EXIT_OK


def _conf_delete(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, nargs="+")


@command("delete", _conf_delete, "delete contacts for good")
def _run_delete(db, args) -> int:
    contacts.delete_contacts(db, args.id)
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


# ---------------------------------------------------------------- network care


def _months_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid number of months {text!r}") from exc
    if not 1 <= value <= 1200:
        raise argparse.ArgumentTypeError("the months must be between 1 and 1200")
    return value


def _count_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}") from exc
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{text} is out of range")
    return value


def _conf_review(p: argparse.ArgumentParser) -> None:
    from netzwerk_app.core.review import DEFAULT_REVIEW_MONTHS

    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--months",
        type=_months_arg,
        default=DEFAULT_REVIEW_MONTHS,
        help=f"review contacts not reviewed for N months (default {DEFAULT_REVIEW_MONTHS})",
    )
    sub = p.add_subparsers(dest="action", metavar="[ACTION]", parser_class=_Parser)
    keep = sub.add_parser(
        "keep",
        help="the tier is right: mark reviewed",
        description="keep the contact's tier and mark it reviewed",
    )
    keep.add_argument("id", type=_id_arg)
    move = sub.add_parser(
        "move",
        help="move to another tier and mark reviewed",
        description="move the contact to a tier (tier history) and mark it reviewed",
    )
    move.add_argument("id", type=_id_arg)
    move.add_argument("tier", type=_tier_arg, metavar="A|B|C|D|none")
    move.add_argument("--reason", default="")
    archive = sub.add_parser(
        "archive",
        help="archive the contact and mark it reviewed",
        description="archive the contact and mark it reviewed",
    )
    archive.add_argument("id", type=_id_arg)


@command("review", _conf_review, "contacts whose tier should be re-checked; keep, move, archive")
def _run_review(db, args) -> int:
    from netzwerk_app.core import review

    if args.action == "keep":
        review.keep_tier(db, args.id)
        print(f"contact {args.id}: tier kept, reviewed")
        return EXIT_OK
    if args.action == "move":
        changed = review.move_to_tier(db, args.id, args.tier, args.reason)
        state = f"moved to {args.tier or 'unsorted'}" if changed else "tier kept"
        print(f"contact {args.id}: {state}, reviewed")
        return EXIT_OK
    if args.action == "archive":
        review.archive_after_review(db, args.id)
        print(f"contact {args.id}: archived, reviewed")
        return EXIT_OK
    items = review.review_queue(db, args.months)
    if args.json:
        _print_json([i.as_dict() for i in items])
        return EXIT_OK
    for i in items:
        hint = f"  -> {i.suggested_tier}" if i.suggested_tier else ""
        print(f"{i.contact_id:>6}  {i.tier}  {i.display_name:<30}{hint}")
        for reason in i.reasons:
            print(f"        {reason.code}: {reason.text}")
    print(f"{len(items)} contact(s) to review", file=sys.stderr)
    return EXIT_OK


def _conf_link(p: argparse.ArgumentParser) -> None:
    p.add_argument("first", type=_id_arg, metavar="ID")
    p.add_argument("second", type=_id_arg, metavar="ID")
    p.add_argument("--note", default="", help="how they know each other")
    p.add_argument("--remove", action="store_true", help="they are no longer linked")


@command("link", _conf_link, "record that two contacts know each other (or --remove it)")
def _run_link(db, args) -> int:
    from netzwerk_app.core import network

    if args.remove:
        if not network.unlink(db, args.first, args.second):
            print(f"{args.first} and {args.second} were not linked", file=sys.stderr)
        return EXIT_OK
    created = network.link(db, args.first, args.second, args.note)
    print(f"{args.first} and {args.second} {'linked' if created else 'were linked already'}")
    return EXIT_OK


def _conf_links(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg)
    p.add_argument("--json", action="store_true")


@command("links", _conf_links, "the contacts one contact knows")
def _run_links(db, args) -> int:
    from netzwerk_app.core import network

    found = network.links_of(db, args.id)
    if args.json:
        _print_json(
            [
                {"contact_id": k.contact_id, "display_name": k.display_name, "note": k.note}
                for k in found
            ]
        )
        return EXIT_OK
    for k in found:
        print(f"{k.contact_id:>6}  {k.display_name:<30}  {k.note}")
    return EXIT_OK


def _conf_path_to(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_id_arg, help="the contact to reach")
    p.add_argument(
        "--from",
        dest="start",
        type=_id_arg,
        metavar="ID",
        help="only the shortest chain from this contact",
    )
    p.add_argument("--max-hops", type=_count_arg, default=3, help="longest chain (default 3)")
    p.add_argument("--json", action="store_true")


@command("path-to", _conf_path_to, "whom do I know who knows this contact (shortest chains)")
def _run_path_to(db, args) -> int:
    from netzwerk_app.core import network

    chains = network.path_to(db, args.id, args.max_hops, args.start)
    if args.json:
        _print_json([c.as_dict() for c in chains])
        return EXIT_OK
    for c in chains:
        names = " -> ".join(m.display_name for m in c.members)
        print(f"{c.start.contact_id:>6}  {c.start.tier or '-'}  {c.hops}  {names}")
    if not chains:
        print("Nobody known who knows them (record links with `netzwerk link`).")
    return EXIT_OK


def _conf_introduce(p: argparse.ArgumentParser) -> None:
    p.add_argument("first", type=_id_arg, metavar="ID")
    p.add_argument("second", type=_id_arg, metavar="ID")
    p.add_argument("--note", default="")
    p.add_argument("--date", type=_date_arg, help="YYYY-MM-DD (default today)")
    p.add_argument("--planned", action="store_true", help="plan it; make it later")


@command("introduce", _conf_introduce, "introduce two contacts; prints the introduction's id")
def _run_introduce(db, args) -> int:
    from netzwerk_app.core import introductions

    row = introductions.introduce(
        db,
        args.first,
        args.second,
        args.note,
        args.date,
        status="planned" if args.planned else "made",
    )
    print(row.id)
    return EXIT_OK


def _conf_introductions(p: argparse.ArgumentParser) -> None:
    from netzwerk_app.core.introductions import INTRODUCTION_STATUSES

    p.add_argument("--contact", type=_id_arg, metavar="ID", help="only this contact's")
    p.add_argument("--json", action="store_true")
    sub = p.add_subparsers(dest="action", metavar="[ACTION]", parser_class=_Parser)
    update = sub.add_parser(
        "update",
        help="change status, outcome or note",
        description="change an introduction's status, outcome or note; "
        "made (or followed_up) logs the touchpoints and links the two",
    )
    update.add_argument("id", type=_id_arg)
    update.add_argument("--status", choices=INTRODUCTION_STATUSES)
    update.add_argument("--outcome")
    update.add_argument("--note")


@command("introductions", _conf_introductions, "introductions made and planned; update one")
def _run_introductions(db, args) -> int:
    from netzwerk_app.core import introductions

    if args.action == "update":
        row = introductions.update_introduction(
            db, args.id, status=args.status, outcome=args.outcome, note=args.note
        )
        print(f"introduction {row.id}: {row.status}")
        return EXIT_OK
    rows = introductions.list_introductions(db, args.contact)
    if args.json:
        _print_json([r.as_dict() for r in rows])
        return EXIT_OK
    for r in rows:
        print(f"{r.id:>4}  {r.date}  {r.status:<11}  {r.name_a} -> {r.name_b}  {r.outcome}")
    return EXIT_OK


def _conf_suggest(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=_count_arg, default=50, help="at most N pairs (0: all)")
    sub = p.add_subparsers(dest="action", metavar="[ACTION]", parser_class=_Parser)
    dismiss = sub.add_parser(
        "dismiss",
        help="never suggest this pair again",
        description="never suggest introducing these two again",
    )
    dismiss.add_argument("first", type=_id_arg, metavar="ID1")
    dismiss.add_argument("second", type=_id_arg, metavar="ID2")


@command("suggest-introductions", _conf_suggest, "pairs worth introducing, with the reason")
def _run_suggest(db, args) -> int:
    from netzwerk_app.core import introductions

    if args.action == "dismiss":
        introductions.dismiss_suggestion(db, args.first, args.second)
        print(f"{args.first} and {args.second}: not suggested again")
        return EXIT_OK
    found = introductions.suggest_introductions(db, args.limit)
    if args.json:
        _print_json([s.as_dict() for s in found])
        return EXIT_OK
    for s in found:
        print(
            f"{s.a.contact_id:>6} {s.b.contact_id:>6}  {s.a.display_name} | "
            f"{s.b.display_name}  ({s.reason})"
        )
    print(f"{len(found)} suggestion(s)", file=sys.stderr)
    return EXIT_OK


def _conf_event(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    add = sub.add_parser(
        "add", help="record an event; prints its id", description="record an event; prints its id"
    )
    add.add_argument("name")
    add.add_argument("--date", type=_date_arg, required=True)
    add.add_argument("--place", default="")
    add.add_argument("--note", default="")
    attend = sub.add_parser(
        "attend",
        help="contacts met at the event (logs touchpoints)",
        description="attach contacts to an event and log the touchpoints",
    )
    attend.add_argument("event", type=_id_arg, metavar="EVENT_ID")
    attend.add_argument("ids", type=_id_arg, nargs="+", metavar="CONTACT_ID")
    met = sub.add_parser(
        "met",
        help="quick entry of a new person met there; prints the id",
        description="create a contact met at the event (where and when met "
        "set, touchpoint logged); prints its id",
    )
    met.add_argument("event", type=_id_arg, metavar="EVENT_ID")
    met.add_argument("name")
    met.add_argument("--org", default="")
    met.add_argument("--note", default="", help="one line")
    show = sub.add_parser("list", help="events, newest first", description="list events")
    show.add_argument("--contact", type=_id_arg, metavar="ID", help="only this contact's")
    show.add_argument("--json", action="store_true")


@command("event", _conf_event, "events and the people met there: add, attend, met, list")
def _run_event(db, args) -> int:
    from netzwerk_app.core import events

    if args.action == "add":
        print(events.add_event(db, args.name, args.date, args.place, args.note))
    elif args.action == "attend":
        with db.atomic():
            for cid in args.ids:
                if not events.attend(db, args.event, cid):
                    print(f"contact {cid} was attached already", file=sys.stderr)
    elif args.action == "met":
        print(events.meet_at_event(db, args.event, args.name, args.org, args.note))
    else:
        rows = (
            events.events_of(db, args.contact)
            if args.contact is not None
            else events.list_events(db)
        )
        if args.json:
            _print_json([r.as_dict() for r in rows])
            return EXIT_OK
        for r in rows:
            place = f"  {r.place}" if r.place else ""
            print(f"{r.id:>4}  {r.date}  {r.name}{place}  ({r.attendees} met)")
    return EXIT_OK


def _conf_offers(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", help="for example: sales channels in Eastern Switzerland")
    p.add_argument("--json", action="store_true")


@command("offers", _conf_offers, "search what contacts offer, what I can offer them, interests")
def _run_offers(db, args) -> int:
    from netzwerk_app.core.give_and_get import search_give_and_get

    found = search_give_and_get(db, args.text)
    if args.json:
        _print_json([g.as_dict() for g in found])
        return EXIT_OK
    for g in found:
        parts = [
            f"offers: {g.they_offer}" if g.they_offer else "",
            f"I offer: {g.i_offer}" if g.i_offer else "",
            f"interests: {', '.join(filter(None, [g.interests, *g.tags]))}"
            if g.interests or g.tags
            else "",
        ]
        print(f"{g.contact_id:>6}  {g.display_name:<30}  {' | '.join(p for p in parts if p)}")
    print(f"{len(found)} contact(s)", file=sys.stderr)
    return EXIT_OK


def _conf_overview(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


@command("overview", _conf_overview, "the network in numbers: tiers, overdue, touchpoints")
def _run_overview(db, args) -> int:
    from netzwerk_app.core.overview import network_overview

    data = network_overview(db)
    if args.json:
        _print_json(data.as_dict())
        return EXIT_OK
    keys = list(data.contacts_per_tier)
    print("tier      " + "".join(f"{k:>10}" for k in keys))
    print("contacts  " + "".join(f"{data.contacts_per_tier[k]:>10}" for k in keys))
    print("overdue   " + "".join(f"{data.overdue_per_tier[k]:>10}" for k in keys))
    print("touchpoints per month:")
    for m in data.touchpoints_per_month:
        print(f"  {m.month}  {m.touchpoints:>5}  {'#' * min(m.touchpoints, 60)}")
    share = data.in_person_share
    share_text = "-" if share is None else f"{share:.0%}"
    print(
        f"in person, last 90 days: {share_text} "
        f"({data.in_person_touchpoints} of {data.all_touchpoints})"
    )
    print(f"introductions made this year: {data.introductions_this_year}")
    return EXIT_OK


# ---------------------------------------------------------------- main


# ---------------------------------------------------------------- CardDAV sync


def _conf_sync(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    add = sub.add_parser(
        "add", help="add a CardDAV account", description="add a CardDAV account; the password "
        "is never stored: it is read from an environment variable when a sync runs",
    )  # fmt: skip
    add.add_argument("url", metavar="URL", help="the server (https://dav.example.com/)")
    add.add_argument("--user", required=True, metavar="USER")
    add.add_argument(
        "--password-env", default="NETZWERK_SYNC_PASSWORD", metavar="VAR",
        help="the environment variable holding the (app) password (default: %(default)s)",
    )  # fmt: skip
    add.add_argument("--json", action="store_true")
    run = sub.add_parser("run", help="sync every account now", description="sync now")
    run.add_argument("--account", type=_id_arg, metavar="ID", help="only this account")
    run.add_argument("--json", action="store_true")
    status = sub.add_parser("status", help="accounts, address books, last sync")
    status.add_argument("--json", action="store_true")
    conflicts = sub.add_parser("conflicts", help="open conflicts of the sync")
    conflicts.add_argument("--json", action="store_true")
    resolve = sub.add_parser(
        "resolve", help="resolve a conflict: mine, theirs or both",
        description="mine: Netzwerk's values; theirs: the server's; both: the server's values "
        "and Netzwerk's in the notes",
    )  # fmt: skip
    resolve.add_argument("conflict_id", type=_id_arg, metavar="ID")
    resolve.add_argument("choice", choices=("mine", "theirs", "both"))


@command("sync", _conf_sync, "two-way CardDAV sync: add an account, run, status, conflicts")
def _run_sync(db, args) -> int:
    from netzwerk_app.sync import accounts, engine

    if args.action == "add":
        account = accounts.add_account(db, args.url, args.user, args.password_env)
        if args.json:
            _print_json({"id": account.id})
        else:
            print(f"account {account.id} added; the password is read from ${args.password_env}")
        return EXIT_OK
    if args.action == "status":
        status = accounts.account_status(db)
        if args.json:
            _print_json(status)
            return EXIT_OK
        for a in status:
            books = ", ".join(f"{b['name']} ({b['cards']} cards)" for b in a["address_books"])
            print(f"{a['id']:>4}  {a['user']}@{a['url']}  last sync {a['last_sync'] or 'never'}"
                  f"  {books or 'no address books yet'}  open conflicts {a['open_conflicts']}"
                  + (f"  error: {a['last_error']}" if a["last_error"] else ""))  # fmt: skip
        if not status:
            print("No sync accounts (netzwerk sync add URL --user USER).")
        return EXIT_OK
    if args.action == "conflicts":
        views = accounts.open_conflicts(db)
        if args.json:
            _print_json([v.as_dict() for v in views])
            return EXIT_OK
        for v in views:
            print(f"{v.id:>4}  contact {v.contact_id} ({v.display_name}): {v.describe()}")
        print(f"{len(views)} open conflict(s)", file=sys.stderr)
        return EXIT_OK
    if args.action == "resolve":
        accounts.resolve_conflict(db, args.conflict_id, args.choice)
        print(f"conflict {args.conflict_id} resolved ({args.choice}); the next sync sends it")
        return EXIT_OK
    chosen = [a for a in accounts.accounts(db) if args.account in (None, a.id)]
    if args.account is not None and not chosen:
        raise InvalidInput(f"no sync account with id {args.account}")
    pairs = []
    for account in chosen:
        password = accounts.password_of(account)
        if not password and account.username:
            raise InvalidInput(f"account {account.id}: set ${account.password_env} to its password")
        pairs.append((account, password))
    summary = engine.sync_all(db, pairs)
    if args.json:
        _print_json(summary.as_dict())
    else:
        print(f"pulled {summary.pulled}, pushed {summary.pushed}, merged {summary.merged}, "
              f"conflicts {summary.conflicts}, archived {summary.archived}")  # fmt: skip
        for error in summary.errors:
            print(f"netzwerk: sync: {error}", file=sys.stderr)
    return EXIT_FAILED if summary.errors else EXIT_OK


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


if __name__ == "__main__":
    sys.exit(main())
