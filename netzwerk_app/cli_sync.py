"""Command line: the CardDAV sync command, registered into `netzwerk_app.cli`'s registry."""

from __future__ import annotations

import argparse
import sys

from netzwerk_app.cli import EXIT_FAILED, EXIT_OK, _id_arg, _Parser, _print_json, command
from netzwerk_app.core.records import InvalidInput

# ---------------------------------------------------------------- CardDAV sync


def _conf_sync(p: argparse.ArgumentParser) -> None:
    p.description = (
        "without an action: sync every account (or --account NAME) and print a summary; with "
        "--url, --user and --password-stdin: sync every address book found there once, "
        "without storing an account"
    )
    p.add_argument("--account", dest="only", metavar="NAME", help="only this account (id or user)")
    p.add_argument(
        "--url", dest="once_url", metavar="URL", help="one-shot: the server (no account is stored)"
    )
    p.add_argument("--user", dest="once_user", metavar="NAME", help="one-shot: the user name")
    p.add_argument(
        "--password-stdin", dest="stdin_password", action="store_true",
        help="read the (app) password from the first line of standard input",
    )  # fmt: skip
    p.add_argument("--json", dest="summary_json", action="store_true")
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    add = sub.add_parser(
        "add", help="add a CardDAV account", description="add a CardDAV account; the password "
        "goes to the system's keyring (--password-stdin), or is read from an environment "
        "variable when a sync runs (--password-env)",
    )  # fmt: skip
    add.add_argument("url", metavar="URL", help="the server (https://dav.example.com/)")
    add.add_argument("--user", required=True, metavar="USER")
    how = add.add_mutually_exclusive_group()
    how.add_argument(
        "--password-stdin", action="store_true",
        help="read the (app) password from standard input and keep it in the system's keyring",
    )  # fmt: skip
    how.add_argument(
        "--password-env", default=None, metavar="VAR",
        help="the environment variable holding the (app) password (default without "
        "--password-stdin: NETZWERK_SYNC_PASSWORD)",
    )  # fmt: skip
    add.add_argument("--json", action="store_true")
    run = sub.add_parser("run", help="sync every account now", description="sync now")
    run.add_argument("--account", type=_id_arg, metavar="ID", help="only this account")
    run.add_argument("--json", action="store_true")
    status = sub.add_parser("status", help="accounts, address books, last sync")
    status.add_argument("--json", action="store_true")
    target = sub.add_parser(
        "target", help="the address book that receives new contacts",
        description="choose the address book (its URL or name) that receives the contacts "
        "filed here; without BOOK: back to the default (\"contacts\" or \"default\", else the "
        "first)",
    )  # fmt: skip
    target.add_argument("account", metavar="ACCOUNT", help="the account's id or user name")
    target.add_argument("book", metavar="BOOK", nargs="?", default="")
    conflicts = sub.add_parser("conflicts", help="open conflicts of the sync")
    conflicts.add_argument("--json", action="store_true")
    resolve = sub.add_parser(
        "resolve", help="resolve a conflict: mine, theirs or both",
        description="mine: Netzwerk's values; theirs: the server's; both: the server's values "
        "and Netzwerk's in the notes",
    )  # fmt: skip
    resolve.add_argument("conflict_id", type=_id_arg, metavar="ID")
    resolve.add_argument("choice", choices=("mine", "theirs", "both"))


def _read_password() -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise InvalidInput("no password on standard input")
    return password


def _print_summary(summary, as_json: bool) -> int:
    if as_json:
        _print_json(summary.as_dict())
    else:
        print(f"pulled {summary.pulled}, pushed {summary.pushed}, merged {summary.merged}, "
              f"conflicts {summary.conflicts}, archived {summary.archived}")  # fmt: skip
        for error in summary.errors:
            print(f"netzwerk: sync: {error}", file=sys.stderr)
    return EXIT_FAILED if summary.errors else EXIT_OK


@command("sync", _conf_sync, "two-way CardDAV sync: add an account, run, status, conflicts")
def _run_sync(db, args) -> int:
    from netzwerk_app.sync import accounts, engine, secrets

    if args.action is None and args.once_url is not None:  # one-shot, no account kept
        if not args.once_user or not args.stdin_password:
            raise InvalidInput("a one-shot sync needs --url, --user and --password-stdin")
        summary = accounts.sync_once(db, args.once_url, args.once_user, _read_password())
        return _print_summary(summary, args.summary_json)
    if args.action is not None and (args.once_url or args.once_user or args.only):
        raise InvalidInput("--url, --user and --account go without an action (or after run)")
    if args.action == "add":
        if args.password_stdin:
            password = _read_password()
            if not secrets.keyring_available():
                raise secrets.NoKeyring()
            account = accounts.add_account(db, args.url, args.user, "")
            try:
                secrets.set_password(account.url, account.username, password)
            except secrets.NoKeyring:
                accounts.remove_account(db, account)
                raise
            where = "the system's keyring"
        else:
            env = args.password_env or accounts.DEFAULT_PASSWORD_ENV
            account = accounts.add_account(db, args.url, args.user, env)
            where = f"${env}"
        if args.json:
            _print_json({"id": account.id})
        else:
            print(f"account {account.id} added; the password is read from {where}")
        return EXIT_OK
    if args.action == "status":
        status = accounts.account_status(db)
        if args.json:
            _print_json(status)
            return EXIT_OK
        for a in status:
            books = ", ".join(
                f"{b['name']} ({b['cards']} cards{'' if b['enabled'] else ', not synced'})"
                for b in a["address_books"]
            )
            target = a["new_cards_book"]["name"] if a["new_cards_book"] else "none yet"
            print(f"{a['id']:>4}  {a['user']}@{a['url']}  last sync {a['last_sync'] or 'never'}"
                  f"  {books or 'no address books yet'}  new contacts go to {target}"
                  f"  open conflicts {a['open_conflicts']}"
                  + (f"  error: {a['last_error']}" if a["last_error"] else ""))  # fmt: skip
        if not status:
            print("No sync accounts (netzwerk sync add URL --user USER --password-stdin).")
        return EXIT_OK
    if args.action == "target":
        account = accounts.find_account(db, args.account)
        books = [b for b in account.address_books if b.enabled]
        wanted = args.book.strip()
        chosen = next((b for b in books if wanted in (b.url, b.display_name)), None)
        if wanted and chosen is None:
            names = ", ".join(b.display_name or b.url for b in books) or "none yet: sync first"
            raise InvalidInput(f"no address book {wanted!r} in account {account.id} ({names})")
        accounts.set_new_cards_book(db, account, chosen.url if chosen else "")
        target = engine.new_cards_book(account)
        print(f"new contacts go to {target.display_name if target else 'the first address book'}")
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
    # run (`sync run` or plain `sync`)
    only = getattr(args, "account", None) if args.action == "run" else args.only
    chosen = accounts.accounts(db) if only is None else [accounts.find_account(db, only)]
    as_json = args.summary_json or bool(getattr(args, "json", False))
    if not chosen and not as_json:
        print("No sync accounts (netzwerk sync add URL --user USER --password-stdin), or sync "
              "once: netzwerk sync --url URL --user USER --password-stdin")  # fmt: skip
        return EXIT_OK
    typed = _read_password() if args.stdin_password else None
    pairs = []
    for account in chosen:
        password = typed or accounts.stored_password(account)
        if not password and account.username:
            if account.password_env:
                raise InvalidInput(
                    f"account {account.id}: no password in the keyring and "
                    f"${account.password_env} is not set (or use --password-stdin)"
                )
            if not secrets.keyring_available():
                raise secrets.NoKeyring()
            raise InvalidInput(f"account {account.id}: no password stored; use --password-stdin")
        pairs.append((account, password or ""))
    summary = engine.sync_all(db, pairs)
    return _print_summary(summary, as_json)
