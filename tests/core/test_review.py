"""Tier review: career changes (card and import) flag a contact; each reason; the actions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core import care, contacts, review
from netzwerk_app.core.contact_writes import add_contact, archive_contacts, update_contact
from netzwerk_app.core.due import Cadence, TierRule
from netzwerk_app.core.history import positions_of, tier_history
from netzwerk_app.core.importing import import_records
from netzwerk_app.core.models import Contact, ReviewFlag
from netzwerk_app.core.records import TIERS, ContactRecord
from netzwerk_app.core.review import ReviewFacts, review_reasons

TODAY = dt.date(2026, 11, 26)
RULE_B = TierRule("B", Cadence(3, "months"))


def person(**kw) -> ContactRecord:
    kw.setdefault("given_name", "Anna")
    kw.setdefault("family_name", "Keller")
    return ContactRecord(**kw)


def codes(items, contact_id):
    return [[r.code for r in i.reasons] for i in items if i.contact_id == contact_id]


# ---------------------------------------------------------------- career history


def test_a_card_save_with_a_new_organization_keeps_the_old_position_and_flags(db):
    cid = add_contact(
        db, person(organization="Lehrbetrieb AG", title="Apprentice", tier="C"),
        today=dt.date(2020, 1, 1),
    )  # fmt: skip
    record = contacts.load_contact(db, cid)
    record.organization, record.title = "Big Corp", "Sales Director"
    update_contact(db, cid, record, today=TODAY)
    history = [(p.organization, p.title, p.recorded_on, p.ended_on) for p in positions_of(cid)]
    assert history == [
        ("Big Corp", "Sales Director", TODAY, None),
        ("Lehrbetrieb AG", "Apprentice", dt.date(2020, 1, 1), TODAY),
    ]
    [item] = [i for i in review.review_queue(db) if i.contact_id == cid]
    assert item.reasons[0].code == review.CAREER_CHANGED
    assert str(TODAY) in item.reasons[0].text


def test_a_save_without_a_career_change_flags_nothing(db):
    cid = add_contact(db, person(organization="ACME", tier="B"))
    record = contacts.load_contact(db, cid)
    record.notes = "likes golf"
    record.department = "Sales"
    update_contact(db, cid, record)
    assert ReviewFlag.select().count() == 0
    assert len(positions_of(cid)) == 1


def test_a_reimport_with_a_new_title_flags_the_contact(db):
    [created] = import_records(
        db, [person(uid="u", organization="ACME", title="Junior", tier="B")],
        today=dt.date(2024, 1, 1),
    ).created  # fmt: skip
    cid = created.contact_id
    review.keep_tier(db, cid, today=dt.date(2026, 1, 1))
    care.log_touchpoint(db, [cid], "call", dt.date(2026, 11, 1))
    import_records(db, [person(uid="u", organization="ACME", title="Head of Sales")], today=TODAY)
    assert [p.title for p in positions_of(cid)] == ["Head of Sales", "Junior"]
    assert codes(review.review_queue(db), cid) == [[review.CAREER_CHANGED]]


def test_an_undone_import_takes_its_career_change_back_out_of_the_review(db):
    from netzwerk_app.core.import_history import undo_import

    [created] = import_records(
        db, [person(uid="u", organization="ACME", tier="B")], today=TODAY
    ).created
    review.keep_tier(db, created.contact_id)
    result = import_records(db, [person(uid="u", organization="Other AG")], today=TODAY)
    assert codes(review.review_queue(db), created.contact_id) == [[review.CAREER_CHANGED]]
    undo_import(db, result.import_id)
    assert codes(review.review_queue(db), created.contact_id) == []


# ---------------------------------------------------------------- each reason (pure)


def facts(**kw) -> ReviewFacts:
    base = dict(
        contact_id=1, display_name="Anna", tier="B", created_on=dt.date(2026, 1, 1),
        tier_since=dt.date(2026, 1, 1), last_reviewed=dt.date(2026, 10, 1),
        last_done=dt.date(2026, 11, 1),
    )  # fmt: skip
    base.update(kw)
    return ReviewFacts(**base)


def test_recently_reviewed_and_cared_for_needs_no_review():
    assert review_reasons(facts(), RULE_B, TODAY) == []


def test_not_reviewed_for_twelve_months():
    assert review_reasons(facts(last_reviewed=dt.date(2025, 11, 27)), RULE_B, TODAY) == []
    [reason] = review_reasons(facts(last_reviewed=dt.date(2025, 11, 26)), RULE_B, TODAY)
    assert reason.code == review.NOT_REVIEWED and "2025-11-26" in reason.text
    [reason] = review_reasons(facts(last_reviewed=dt.date(2026, 5, 26)), RULE_B, TODAY, months=6)
    assert reason.code == review.NOT_REVIEWED


def test_never_reviewed_counts_from_the_day_it_was_filed():
    never = facts(last_reviewed=None, tier_since=dt.date(2025, 6, 1), last_done=TODAY)
    assert [r.code for r in review_reasons(never, RULE_B, TODAY)] == [review.NOT_REVIEWED]
    fresh = facts(last_reviewed=None, tier_since=dt.date(2026, 6, 1), last_done=TODAY)
    assert review_reasons(fresh, RULE_B, TODAY) == []


def test_career_changed_since_the_last_review():
    changed = facts(career_changed_on=dt.date(2026, 11, 2))
    [reason] = review_reasons(changed, RULE_B, TODAY)
    assert reason.code == review.CAREER_CHANGED and reason.suggested_tier is None
    reviewed_after = facts(career_changed_on=dt.date(2026, 9, 1))
    assert review_reasons(reviewed_after, RULE_B, TODAY) == []


def test_neglected_for_more_than_two_cadences_suggests_a_lower_tier():
    # B: every 3 months; two cadences after 2026-05-25 is 2026-11-25 < today
    [reason] = review_reasons(
        facts(last_done=dt.date(2026, 5, 25), last_reviewed=dt.date(2026, 5, 1)), RULE_B, TODAY
    )
    assert (reason.code, reason.suggested_tier) == (review.NEGLECTED, "C")
    assert "2026-05-25" in reason.text
    # exactly two cadences: not yet
    assert (
        review_reasons(
            facts(last_done=dt.date(2026, 5, 26), last_reviewed=dt.date(2026, 5, 1)), RULE_B, TODAY
        )
        == []
    )


def test_neglect_counts_from_the_last_review_or_filing_when_later():
    kept = facts(last_done=dt.date(2025, 1, 1), last_reviewed=dt.date(2026, 9, 1))
    assert review_reasons(kept, RULE_B, TODAY) == []
    refiled = facts(last_done=dt.date(2025, 1, 1), tier_since=dt.date(2026, 9, 1))
    assert review_reasons(refiled, RULE_B, TODAY) == []


def test_a_neglected_contact_in_the_lowest_tier_is_suggested_for_archiving():
    rule_d = TierRule("D", Cadence(1, "years"), "birthday")
    old = facts(
        tier="D", tier_since=None, last_done=dt.date(2024, 1, 1), last_reviewed=dt.date(2024, 1, 1)
    )
    reasons = review_reasons(old, rule_d, TODAY, months=48)
    assert [(r.code, r.suggested_tier) for r in reasons] == [(review.NEGLECTED, None)]
    assert "archiving" in reasons[0].text


def test_frequent_recent_touchpoints_suggest_a_higher_tier():
    days = (dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 20))
    [reason] = review_reasons(
        facts(touchpoint_dates=days, last_reviewed=dt.date(2026, 8, 1)), RULE_B, TODAY
    )
    assert (reason.code, reason.suggested_tier) == (review.FREQUENT, "A")
    # two are not frequent; touchpoints before the window or the last review do not count
    assert review_reasons(facts(touchpoint_dates=days[1:]), RULE_B, TODAY) == []
    old = (dt.date(2026, 8, 1), *days[1:])
    assert (
        review_reasons(
            facts(touchpoint_dates=old, last_reviewed=dt.date(2026, 7, 1)), RULE_B, TODAY
        )
        == []
    )
    assert (
        review_reasons(
            facts(touchpoint_dates=days, last_reviewed=dt.date(2026, 9, 1)), RULE_B, TODAY
        )
        == []
    )


def test_the_highest_tier_is_never_suggested_higher():
    rule_a = TierRule("A", Cadence(2, "months"))
    days = tuple(dt.date(2026, 11, d) for d in (1, 5, 9, 13))
    assert review_reasons(facts(tier="A", touchpoint_dates=days), rule_a, TODAY) == []


def test_the_queue_puts_career_changes_first_then_by_name():
    items = review.review_queue_of(
        [
            facts(contact_id=1, display_name="Zora", career_changed_on=TODAY),
            facts(contact_id=2, display_name="Beat", last_reviewed=dt.date(2024, 1, 1)),
            facts(contact_id=3, display_name="Anna", last_reviewed=dt.date(2024, 1, 1)),
            facts(contact_id=4, display_name="Carl"),
        ],
        {"B": RULE_B},
        TODAY,
    )
    assert [i.display_name for i in items] == ["Zora", "Anna", "Beat"]


tiers = st.sampled_from(TIERS)
days = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
cadences = st.builds(Cadence, st.integers(1, 24), st.sampled_from(["days", "weeks", "months"]))


@given(tier=tiers, cadence=cadences, last_done=days, today=days, months=st.integers(1, 36))
def test_reviewed_today_leaves_no_reason_but_a_career_change(
    tier, cadence, last_done, today, months
):
    reviewed = facts(
        tier=tier, last_reviewed=today, last_done=min(last_done, today), tier_since=None,
        touchpoint_dates=tuple(sorted({min(last_done, today)})),
    )  # fmt: skip
    assert review_reasons(reviewed, TierRule(tier, cadence), today, months) == []


@given(tier=tiers, cadence=cadences, last_done=days, today=days)
def test_suggestions_point_one_tier_away(tier, cadence, last_done, today):
    dates = tuple(sorted({last_done, today, min(last_done, today)}))
    for reason in review_reasons(
        facts(tier=tier, last_done=last_done, last_reviewed=None, touchpoint_dates=dates * 2),
        TierRule(tier, cadence),
        today,
    ):
        if reason.suggested_tier is not None:
            assert abs(TIERS.index(reason.suggested_tier) - TIERS.index(tier)) == 1
        assert reason.code in review.REASON_ORDER


# ---------------------------------------------------------------- the queue and actions (db)


def test_only_filed_active_contacts_are_reviewed(db):
    old = dt.date(2024, 1, 1)
    filed = add_contact(db, person(tier="C"), today=old)
    add_contact(db, person(given_name="Unsorted"), today=old)
    archived = add_contact(db, person(given_name="Gone", tier="C"), today=old)
    archive_contacts(db, [archived])
    assert [i.contact_id for i in review.review_queue(db)] == [filed]


def test_neglected_and_frequent_from_the_database(db):
    quiet = add_contact(db, person(given_name="Quiet", tier="A"), today=dt.date(2026, 1, 1))
    busy = add_contact(db, person(given_name="Busy", tier="C"), today=dt.date(2026, 1, 1))
    for day in (dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)):
        care.log_touchpoint(db, [busy], "message", day)
    care.log_touchpoint(db, [quiet], "lunch", dt.date(2026, 3, 1))
    items = {i.contact_id: i for i in review.review_queue(db)}
    assert [r.code for r in items[quiet].reasons] == [review.NEGLECTED]
    assert items[quiet].suggested_tier == "B" and items[quiet].last_touchpoint == dt.date(
        2026, 3, 1
    )
    assert [r.code for r in items[busy].reasons] == [review.FREQUENT]
    assert items[busy].suggested_tier == "B"


def test_keep_marks_reviewed_and_clears_the_flag(db):
    cid = add_contact(db, person(organization="ACME", tier="B"), today=dt.date(2024, 1, 1))
    care.log_touchpoint(db, [cid], "call", dt.date(2026, 11, 1))
    record = contacts.load_contact(db, cid)
    record.organization = "Other AG"
    update_contact(db, cid, record)
    assert codes(review.review_queue(db), cid) == [[review.CAREER_CHANGED, review.NOT_REVIEWED]]
    review.keep_tier(db, cid)
    assert Contact.get_by_id(cid).last_reviewed == TODAY
    assert ReviewFlag.select().count() == 0
    assert codes(review.review_queue(db), cid) == []
    assert [t.to_tier for t in tier_history(cid)] == ["B"]


def test_move_writes_tier_history_with_the_reason(db):
    cid = add_contact(db, person(tier="B"), today=dt.date(2024, 1, 1))
    assert review.move_to_tier(db, cid, "A", "now sales director")
    change = tier_history(cid)[0]
    assert (change.from_tier, change.to_tier, change.reason) == ("B", "A", "now sales director")
    assert Contact.get_by_id(cid).last_reviewed == TODAY
    assert not review.move_to_tier(db, cid, "a")  # the same tier: kept
    assert review.move_to_tier(db, cid, "C")
    assert tier_history(cid)[0].reason == review.REASON_MOVE


def test_archive_after_review(db):
    cid = add_contact(db, person(tier="D"), today=dt.date(2020, 1, 1))
    review.archive_after_review(db, cid)
    contact = Contact.get_by_id(cid)
    assert contact.archived and contact.last_reviewed == TODAY
    assert review.review_queue(db) == []


def test_actions_on_unknown_contacts_raise(db):
    import pytest

    from netzwerk_app.core.records import ContactNotFound, InvalidInput

    for action in (
        lambda: review.keep_tier(db, 99),
        lambda: review.move_to_tier(db, 99, "A"),
        lambda: review.archive_after_review(db, 99),
        lambda: review.review_evidence(db, 99),
    ):
        with pytest.raises(ContactNotFound):
            action()
    with pytest.raises(InvalidInput):
        review.review_queue(db, months=0)


def test_evidence_shows_touchpoints_career_and_tier_history(db):
    cid = add_contact(db, person(organization="ACME", tier="B"), today=dt.date(2024, 1, 1))
    for month in range(1, 8):
        care.log_touchpoint(db, [cid], "call", dt.date(2026, month, 1))
    care.plan_touchpoint(db, cid, dt.date(2026, 12, 1), "lunch")
    evidence = review.review_evidence(db, cid)
    assert [t.date.month for t in evidence.touchpoints] == [7, 6, 5, 4, 3]
    assert [p.organization for p in evidence.positions] == ["ACME"]
    assert [t.to_tier for t in evidence.tier_changes] == ["B"]
