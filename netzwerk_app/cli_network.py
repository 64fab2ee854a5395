"""Command line: the network-care commands (review, links, introductions, events, offers,
overview), registered into `netzwerk_app.cli`'s registry."""

from __future__ import annotations

import argparse
import sys

from netzwerk_app.cli import (
    EXIT_OK,
    _date_arg,
    _id_arg,
    _pair_line,
    _Parser,
    _print_items,
    _print_json,
    _tier_arg,
    _whole_number,
    command,
)

# ---------------------------------------------------------------- network care


_months_arg = _whole_number(
    1, 1200, "invalid number of months {}", "the months must be between 1 and 1200"
)
_count_arg = _whole_number(0, 1_000_000, "invalid number {}", "{} is out of range")


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
    return _print_items(args, items, _review_lines, counted="contact(s) to review")


def _review_lines(i) -> str:
    hint = f"  -> {i.suggested_tier}" if i.suggested_tier else ""
    reasons = "".join(f"\n        {reason.code}: {reason.text}" for reason in i.reasons)
    return f"{i.contact_id:>6}  {i.tier}  {i.display_name:<30}{hint}{reasons}"


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
    return _print_items(
        args,
        found,
        lambda k: f"{k.contact_id:>6}  {k.display_name:<30}  {k.note}",
        lambda found: [
            {"contact_id": k.contact_id, "display_name": k.display_name, "note": k.note}
            for k in found
        ],
    )


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
    return _print_items(
        args,
        chains,
        _chain_line,
        empty="Nobody known who knows them (record links with `netzwerk link`).",
    )


def _chain_line(c) -> str:
    names = " -> ".join(m.display_name for m in c.members)
    return f"{c.start.contact_id:>6}  {c.start.tier or '-'}  {c.hops}  {names}"


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
    return _print_items(args, rows, _introduction_line)


def _introduction_line(r) -> str:
    return f"{r.id:>4}  {r.date}  {r.status:<11}  {r.name_a} -> {r.name_b}  {r.outcome}"


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
    return _print_items(args, found, _suggestion_line, counted="suggestion(s)")


def _suggestion_line(s) -> str:
    return _pair_line(s.a.contact_id, s.b.contact_id, s.a.display_name, s.b.display_name, s.reason)


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
        return _print_items(args, rows, _event_line)
    return EXIT_OK


def _event_line(r) -> str:
    place = f"  {r.place}" if r.place else ""
    return f"{r.id:>4}  {r.date}  {r.name}{place}  ({r.attendees} met)"


def _conf_offers(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", help="for example: sales channels in Eastern Switzerland")
    p.add_argument("--json", action="store_true")


@command("offers", _conf_offers, "search what contacts offer, what I can offer them, interests")
def _run_offers(db, args) -> int:
    from netzwerk_app.core.give_and_get import search_give_and_get

    found = search_give_and_get(db, args.text)
    return _print_items(args, found, _offer_line, counted="contact(s)")


def _offer_line(g) -> str:
    parts = [
        f"offers: {g.they_offer}" if g.they_offer else "",
        f"I offer: {g.i_offer}" if g.i_offer else "",
        f"interests: {', '.join(filter(None, [g.interests, *g.tags]))}"
        if g.interests or g.tags
        else "",
    ]
    return f"{g.contact_id:>6}  {g.display_name:<30}  {' | '.join(p for p in parts if p)}"


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
