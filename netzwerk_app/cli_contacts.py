"""Command line: the contact and care commands (due, add, log, plan, tier, archive, delete,
ics), registered into `netzwerk_app.cli`'s registry (`contacts` lives in `cli_list`)."""

from __future__ import annotations

import argparse
import sys

from netzwerk_app.cli import (
    EXIT_OK,
    _birthday_arg,
    _date_arg,
    _id_arg,
    _print_items,
    _tier_arg,
    command,
)
from netzwerk_app.core import care, clock, validation
from netzwerk_app.core.contact_writes import add_contact, archive_contacts
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.records import CHANNELS, TOUCHPOINT_KINDS, ContactMethodRecord, ContactRecord
from netzwerk_app.core.snapshots import delete_contacts

# the command line's words for the core's warning codes (the window translates its own)
PROBLEM_TEXTS = {
    validation.NOT_AN_EMAIL_ADDRESS: "not an email address, kept as typed",
    validation.NOT_A_PHONE_NUMBER: "not a phone number, kept as typed",
    validation.INVISIBLE_CHARACTERS_REMOVED: "invisible characters removed",
}

# ---------------------------------------------------------------- due


def _conf_due(p: argparse.ArgumentParser) -> None:
    p.add_argument("--days", type=int, default=0, help="also the next N days")
    p.add_argument("--date", type=_date_arg, help="pretend today is this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")


@command("due", _conf_due, "what is due today and overdue")
def _run_due(db, args) -> int:
    today = args.date or clock.today()
    items = care.due_now(db, args.days, today)
    return _print_items(args, items, _due_line, _due_dicts, empty="Nothing due.")


def _due_line(i: care.DueItem) -> str:
    late = f"overdue {i.overdue_days} d" if i.overdue_days else ""
    return f"{i.due_date}  {i.tier or '-'}  {i.display_name:<30}  {i.reason:<9} {late}"


def _due_dicts(items) -> list[dict]:
    return [
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
