"""Command line: the CardDAV sync command, registered into `netzwerk_app.cli`'s registry."""

from __future__ import annotations

import argparse
import sys

from netzwerk_app.cli import EXIT_FAILED, EXIT_OK, _id_arg, _Parser, _print_json, command
from netzwerk_app.core.records import InvalidInput

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
