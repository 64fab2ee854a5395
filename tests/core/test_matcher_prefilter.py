"""The matcher rules candidates out before judging them only where `judge` would: every pair of
small identities, matched with one contact indexed, ends as `judge` says."""

from __future__ import annotations

import itertools
import random

from netzwerk_app.core.import_matcher import Matcher
from netzwerk_app.core.matching import (
    Identity,
    Verdict,
    evidence,
    fingerprint,
    is_nameless,
    judge,
)
from netzwerk_app.core.records import Birthday


class _NoContacts:
    def execute_sql(self, *_args: object) -> list[tuple]:
        return []


def _identity(uid, name, org, birthday, emails, phones, source) -> Identity:
    given, family = name
    words = tuple(sorted(set(f"{given} {family}".split())))
    return Identity(
        uid=uid,
        given=given,
        family=family,
        words=words,
        organization=org,
        birthday=birthday,
        emails=frozenset(emails),
        phones=frozenset(phones),
        source=source,
    )


def _identities() -> list[Identity]:
    names = [("anna", "keller"), ("anna", "k"), ("hans", "keller"), ("", "")]
    birthdays = [None, Birthday(1, 2, 1970), Birthday(1, 2), Birthday(1, 2, 1971), Birthday(3, 4)]
    emails = [(), ("a@x",), ("b@x",), ("a@x", "b@x")]
    phones = [(), ("+411",), ("+412",)]
    every = itertools.product(
        ["", "u1", "u2"], names, ["", "acme", "beta"], birthdays, emails, phones, ["f", ""]
    )
    return [_identity(*parts) for parts in every]


def test_a_candidate_is_ruled_out_only_where_judge_rules_it_out():
    identities = _identities()
    pick = random.Random(16).choice
    for card, other in ((pick(identities), pick(identities)) for _ in range(20000)):
        if is_nameless(card):
            continue  # matched by its own rule, no judging
        for stored in (False, True):
            matcher = Matcher(_NoContacts(), "CH")  # type: ignore[arg-type]
            matcher.first_new_id = 2 if stored else 1  # contact 1: stored, or new in the import
            matcher._index(1, other)
            matcher._stored_prints = {fingerprint(other): (1,)} if stored else {}
            if stored and card.uid and card.uid == other.uid:
                continue  # the stored contact with its UID: decided before any judging
            match = matcher._match(card, fingerprint(card))
            verdict = judge(card, other, other_is_stored=stored)
            if verdict.verdict is Verdict.SAME:
                assert match.contact_id == 1, (card, other, stored, verdict)
            elif match.contact_id == 1:
                # a stored contact holding the card again, found by its fingerprint first
                assert stored and match.rule == "already held", (card, other, verdict)
            elif verdict.verdict is Verdict.POSSIBLE:
                assert match.possible == [(1, evidence(card, other))], (card, other, verdict)
            else:
                assert match.contact_id is None and not match.possible, (card, other, verdict)
