"""Command line: the `contacts` command (list and search), registered into `netzwerk_app.cli`'s
registry.

A module of its own so that listing imports only what it uses: it reads through
`core.listing` with plain SQL, and gets a bare `sqlite3` connection (`PLAIN_DATABASE`), so
neither Peewee nor the models nor phonenumbers are imported.
"""

from __future__ import annotations

import argparse

from netzwerk_app.cli import (
    EXIT_OK,
    PLAIN_DATABASE,
    _print_items,
    _print_json_list,
    _tier_arg,
    command,
)
from netzwerk_app.core import listing


def _conf_contacts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tier", type=_tier_arg, default=listing.ALL_TIERS, metavar="A|B|C|D|none")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--archived", action="store_true", help="include archived contacts")
    p.add_argument("--json", action="store_true")


PLAIN_DATABASE.add("contacts")  # it only reads


@command("contacts", _conf_contacts, "list contacts")
def _run_contacts(db, args) -> int:
    chosen = dict(tier=args.tier, search=args.search, include_archived=args.archived, tag=args.tag)
    if args.json:  # read straight into the JSON's dictionaries, each written as it comes
        _print_json_list(listing.iter_listed_json(db, **chosen), encoded=True)
        return EXIT_OK
    rows = listing.list_contacts(db, **chosen)
    return _print_items(args, rows, _contact_line, counted="contact(s)")


def _contact_line(r: listing.ContactRow) -> str:
    org = " · ".join(p for p in (r.organization, r.title) if p)
    due_text = r.next_due.isoformat() if r.next_due else "-"
    return f"{r.id:>6}  {r.tier or '-'}  {r.display_name:<30}  {org:<40}  next: {due_text}"
