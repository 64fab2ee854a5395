"""The network-care commands end to end: review, link, path-to, introduce, suggestions, events,
offers, overview; their --json keys and their error exits."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from netzwerk_app.core import clock

TODAY = "2026-11-26"


def add(run, *args) -> int:
    code, out, err = run("add", *args)
    assert code == 0, err
    return int(out.strip())


def fails_with_one_line(run, *args) -> str:
    code, out, err = run(*args)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("netzwerk: error:"), err
    return err


def test_review_lists_keeps_and_moves(run):
    with clock.fixed(dt.date(2026, 9, 1)):
        cid = add(run, "--given", "Anna", "--family", "Keller", "--tier", "A", "--org", "ACME")
    assert run("log", str(cid), "--kind", "lunch", "--date", "2026-11-01")[0] == 0
    code, out, _ = run("review", "--json")
    assert code == 0 and json.loads(out) == []  # filed in September: nothing to review yet
    code, out, _ = run("review", "--json", "--months", "1")
    [item] = json.loads(out)
    assert {"contact_id", "display_name", "tier", "reasons"} <= set(item)
    assert (item["contact_id"], item["display_name"], item["tier"]) == (cid, "Anna Keller", "A")
    assert item["reasons"] == ["not_reviewed"]
    assert run("review", "keep", str(cid))[0] == 0
    code, out, _ = run("review", "--json", "--months", "1")
    assert json.loads(out) == []
    code, out, _ = run("review", "move", str(cid), "b", "--reason", "moved abroad")
    assert code == 0 and "moved to B" in out
    code, out, _ = run("contacts", "--json")
    assert json.loads(out)[0]["tier"] == "B"
    code, out, _ = run("review", "--months", "1")
    assert code == 0 and out == ""
    assert run("review", "archive", str(cid))[0] == 0
    code, out, _ = run("contacts", "--json")
    assert json.loads(out) == []


def test_review_text_names_the_reasons(run):
    cid = add(run, "--given", "Beat", "--family", "Brunner", "--tier", "B")
    for day in ("2026-10-01", "2026-11-01", "2026-11-20"):
        run("log", str(cid), "--kind", "call", "--date", day)
    code, out, _ = run("review")
    assert code == 0 and "frequent" in out and "-> A" in out


@pytest.mark.parametrize(
    "args",
    [
        ("review", "keep", "99"),
        ("review", "move", "99", "A"),
        ("review", "archive", "99"),
        ("review", "move", "1", "Z"),
        ("review", "--months", "0"),
        ("link", "1", "99"),
        ("link", "1", "1"),
        ("links", "99"),
        ("path-to", "99"),
        ("path-to", "1", "--from", "99"),
        ("introduce", "1", "99"),
        ("introduce", "1", "1"),
        ("introduce", "1", "2", "--date", "2026-13-01"),
        ("introductions", "update", "77", "--status", "made"),
        ("suggest-introductions", "dismiss", "1", "99"),
        ("event", "attend", "99", "1"),
        ("event", "attend", "1", "99"),
        ("event", "met", "99", "Anna Keller"),
        ("event", "add", "Apéro"),
        ("event", "add", "Apéro", "--date", "someday"),
        ("event", "list", "--contact", "99"),
        ("event",),
    ],
)
def test_bad_input_exits_2_with_one_line(run, args):
    add(run, "--given", "Anna", "--family", "Keller")
    add(run, "--given", "Beat", "--family", "Brunner")
    code, _, _ = run("event", "add", "Apéro", "--date", "2026-11-20")
    assert code == 0
    fails_with_one_line(run, *args)


def test_link_links_and_path_to(run):
    target = add(run, "--given", "Xaver", "--family", "Ziel")
    middle = add(run, "--given", "Mia", "--family", "Mitte", "--tier", "B")
    start = add(run, "--given", "Sara", "--family", "Start", "--tier", "A")
    code, out, _ = run("link", str(target), str(middle), "--note", "same board")
    assert code == 0 and "linked" in out
    assert run("link", str(middle), str(start))[0] == 0
    code, out, _ = run("links", str(middle), "--json")
    assert json.loads(out) == [
        {"contact_id": start, "display_name": "Sara Start", "note": ""},
        {"contact_id": target, "display_name": "Xaver Ziel", "note": "same board"},
    ]
    code, out, _ = run("path-to", str(target), "--json")
    chains = json.loads(out)
    assert [(c["contact_id"], c["hops"]) for c in chains] == [(middle, 1), (start, 2)]
    assert set(chains[1]) == {"contact_id", "display_name", "tier", "hops", "chain"}
    assert [m["id"] for m in chains[1]["chain"]] == [start, middle, target]
    code, out, _ = run("path-to", str(target))
    assert "Sara Start -> Mia Mitte -> Xaver Ziel" in out
    code, out, _ = run("path-to", str(target), "--from", str(start), "--json")
    assert [c["contact_id"] for c in json.loads(out)] == [start]
    assert run("link", str(middle), str(start), "--remove")[0] == 0
    code, out, _ = run("path-to", str(target), "--json")
    assert [c["contact_id"] for c in json.loads(out)] == [middle]


def test_introduce_and_suggestions(run):
    anna = add(run, "--given", "Anna", "--family", "Keller", "--tag", "golf")
    beat = add(run, "--given", "Beat", "--family", "Brunner", "--tag", "golf")
    carl = add(run, "--given", "Carl", "--family", "Christen", "--tag", "golf")
    code, out, _ = run("suggest-introductions", "--json")
    pairs = json.loads(out)
    assert len(pairs) == 3
    assert {"ids", "a", "b", "reason"} <= set(pairs[0])
    assert pairs[0]["ids"] == [anna, beat]
    assert pairs[0]["a"] == {"id": anna, "display_name": "Anna Keller"}
    assert pairs[0]["b"]["display_name"] == "Beat Brunner"
    assert pairs[0]["reason"] == "shared interests: golf"
    code, out, _ = run("introduce", str(anna), str(beat), "--note", "both golfers")
    assert code == 0 and int(out)
    code, out, _ = run("contacts", "--json")
    last = {c["id"]: c["last_touchpoint"] for c in json.loads(out)}
    assert last == {anna: TODAY, beat: TODAY, carl: None}
    assert run("suggest-introductions", "dismiss", str(carl), str(anna))[0] == 0
    code, out, _ = run("suggest-introductions", "--json")
    assert [p["ids"] for p in json.loads(out)] == [[beat, carl]]
    code, out, _ = run("suggest-introductions")
    assert "Beat Brunner | Carl Christen" in out
    code, out, _ = run("introduce", str(beat), str(carl), "--planned", "--date", "2026-12-05")
    intro = int(out)
    code, out, _ = run("introductions", "--json")
    listed = json.loads(out)
    assert [(i["id"], i["status"]) for i in listed] == [(intro, "planned"), (intro - 1, "made")]
    code, out, _ = run("introductions", "update", str(intro), "--status", "made", "--outcome", "ok")
    assert code == 0 and "made" in out
    code, out, _ = run("path-to", str(carl), "--json")
    assert [c["contact_id"] for c in json.loads(out)] == [beat, anna]


def test_events(run):
    beat = add(run, "--given", "Beat", "--family", "Brunner", "--tier", "B")
    code, out, _ = run("event", "add", "Apéro Digital", "--date", "2026-11-20", "--place", "Zürich")
    assert code == 0
    event = int(out)
    assert run("event", "attend", str(event), str(beat))[0] == 0
    code, _, err = run("event", "attend", str(event), str(beat))
    assert code == 0 and "already" in err
    code, out, _ = run("event", "met", str(event), "Anna Keller", "--org", "ACME", "--note", "CRM")
    anna = int(out)
    code, out, _ = run("contacts", "--json")
    rows = {c["id"]: c for c in json.loads(out)}
    assert rows[anna]["organization"] == "ACME" and rows[anna]["tier"] is None
    assert rows[anna]["last_touchpoint"] == rows[beat]["last_touchpoint"] == "2026-11-20"
    code, out, _ = run("event", "list", "--json")
    assert json.loads(out) == [
        {"id": event, "name": "Apéro Digital", "date": "2026-11-20", "place": "Zürich",
         "note": "", "attendees": 2},
    ]  # fmt: skip
    code, out, _ = run("event", "list", "--contact", str(anna))
    assert "Apéro Digital" in out and "(2 met)" in out


def test_offers_search(run):
    anna = add(run, "--given", "Anna", "--family", "Keller", "--tag", "Ostschweiz")
    add(run, "--given", "Beat", "--family", "Brunner", "--note", "Ostschweiz")
    code, out, _ = run("offers", "contacts in the Ostschweiz", "--json")
    [hit] = json.loads(out)
    assert hit["contact_id"] == anna and hit["tags"] == ["Ostschweiz"]
    assert set(hit) == {
        "contact_id", "display_name", "tier", "they_offer", "i_offer", "interests", "tags",
    }  # fmt: skip
    code, out, _ = run("offers", "ostschweiz")
    assert "Anna Keller" in out and "interests: Ostschweiz" in out


def test_overview(run):
    anna = add(run, "--given", "Anna", "--family", "Keller", "--tier", "A")
    run("log", str(anna), "--kind", "lunch")
    code, out, _ = run("overview", "--json")
    data = json.loads(out)
    assert set(data) == {
        "contacts_per_tier", "overdue_per_tier", "touchpoints_per_month",
        "in_person_touchpoints", "all_touchpoints", "in_person_share",
        "introductions_this_year",
    }  # fmt: skip
    assert data["contacts_per_tier"]["A"] == 1 and data["in_person_share"] == 1.0
    assert data["touchpoints_per_month"][-1] == {"month": "2026-11", "touchpoints": 1}
    code, out, _ = run("overview")
    assert code == 0 and "in person, last 90 days: 100% (1 of 1)" in out
