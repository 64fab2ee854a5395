"""Command line: the commands on files (vCard import and its history, the possible duplicates
imports and scans find, export, receiving a file from a phone, restoring a backup), registered
into `netzwerk_app.cli`'s registry."""

from __future__ import annotations

import argparse
import sys

from netzwerk_app.cli import (
    EXIT_FAILED,
    EXIT_OK,
    PLAIN_DATABASE,
    WITHOUT_DATABASE,
    _id_arg,
    _pair_line,
    _Parser,
    _print_items,
    _print_json,
    _tier_arg,
    command,
)
from netzwerk_app.core.backups import restore_backup
from netzwerk_app.core.database import DISK_FULL, DatabaseError, is_disk_full
from netzwerk_app.core.listing import ALL_TIERS

# ---------------------------------------------------------------- vCard import


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
    return _print_items(args, runs, _import_line, empty="No imports recorded.")


def _import_line(r) -> str:
    c = r.counts
    state = f"  undone {r.undone_at:%Y-%m-%d %H:%M}" if r.undone_at else ""
    return (
        f"{r.id:>4}  {r.imported_at:%Y-%m-%d %H:%M}  {', '.join(r.files) or '-'}  "
        f"new {c.get('new', 0)}, updated {c.get('updated', 0)}, "
        f"unchanged {c.get('unchanged', 0)}, possible duplicates "
        f"{c.get('possible_duplicates', 0)}, skipped {c.get('skipped', 0)}{state}"
    )


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
    return _print_items(args, pairs, _duplicate_line, counted="possible duplicate(s)")


def _duplicate_line(p) -> str:
    return _pair_line(p.a.id, p.b.id, p.a.display_name, p.b.display_name, ", ".join(p.evidence))


# ---------------------------------------------------------------- export, restore


def _conf_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .vcf file to write")
    p.add_argument("--tier", type=_tier_arg, default=ALL_TIERS, metavar="A|B|C|D|none")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")


PLAIN_DATABASE.add("export")  # it only reads


@command("export", _conf_export, "export contacts (all or one tier) as a vCard file")
def _run_export(db, args) -> int:
    from netzwerk_app.core.vcard_writing import export_vcard_file

    tier = None if args.tier is ALL_TIERS else (args.tier or "unsorted")
    count = export_vcard_file(db, args.file, tier=tier, version=args.vcard_version, cached=True)
    print(f"{count} contact(s) written to {args.file}", file=sys.stderr)
    return EXIT_OK


def _conf_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument("backup", metavar="BACKUP", help="a backup file (from the backups folder)")


WITHOUT_DATABASE.add("restore")  # its run gets the data folder, not an opened database


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
