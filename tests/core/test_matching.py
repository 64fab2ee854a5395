"""The matching rules of core/matching.py, one by one, as pure functions (no database)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netzwerk_app.core.matching import (
    Verdict,
    all_details_differ,
    already_held,
    birthdays_differ,
    different_uids_in_one_file,
    fold,
    identity_of,
    is_nameless,
    judge,
    name_key,
    name_words,
    names_disagree,
    same_name,
    same_uid,
    shares_email_or_phone,
)
from netzwerk_app.core.phones import normalize_phone
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord


def phone_key(value: str) -> str | None:
    return normalize_phone(value, "CH")


def card(source: str = "", **kw):
    emails = kw.pop("emails", [])
    phones = kw.pop("phones", [])
    methods = [ContactMethodRecord("email", e) for e in emails]
    methods += [ContactMethodRecord("phone", p) for p in phones]
    return identity_of(ContactRecord(methods=methods, **kw), phone_key, source)


def test_fold_ignores_case_and_accents():
    assert fold("MÜLLER") == fold("Muller") == "muller"
    assert fold("Straße") == "strasse"


def test_titles_never_count():
    assert name_words("Dr. med. Hans Meier") == ["hans", "meier"]
    assert name_words("Prof. Dr.-Ing. Eva Roth") == ["eva", "roth"]


def test_same_uid():
    assert same_uid(card(uid="u1"), card(uid="u1"))
    assert not same_uid(card(uid=""), card(uid=""))
    assert not same_uid(card(uid="u1"), card(uid="u2"))


def test_birthdays_differ_only_when_both_known():
    assert birthdays_differ(card(birthday=Birthday(5, 1)), card(birthday=Birthday(6, 1)))
    assert birthdays_differ(
        card(birthday=Birthday(5, 1, 1980)), card(birthday=Birthday(5, 1, 1981))
    )
    assert not birthdays_differ(card(birthday=Birthday(5, 1)), card(birthday=Birthday(5, 1, 1980)))
    assert not birthdays_differ(card(birthday=Birthday(5, 1)), card())


def test_same_name_is_order_insensitive():
    structured = card(given_name="Thomas", family_name="Gehrig")
    assert same_name(card(display_name="Gehrig, Thomas"), structured)
    assert same_name(card(display_name="Thomas Gehrig"), structured)
    assert same_name(card(display_name="Dr. Thomas Gehrig"), structured)
    assert not same_name(card(display_name="Thomas Gehrig-Meier"), structured)


def test_names_disagree_on_given_or_family_name():
    john = card(given_name="John", family_name="Miller")
    assert names_disagree(john, card(given_name="Mary", family_name="Miller"))
    assert names_disagree(john, card(given_name="John", family_name="Millner"))
    assert not names_disagree(john, card(given_name="JOHN", family_name="miller"))
    assert not names_disagree(john, card(given_name="John"))  # family name unknown on one side
    assert not names_disagree(john, card(given_name="John", family_name="M."))  # an initial
    # titles never make two names agree
    assert names_disagree(
        card(prefix="Dr.", given_name="Hans", family_name="Meier"),
        card(prefix="Dr.", given_name="Eva", family_name="Roth"),
    )


def test_a_person_is_never_an_organization():
    person = card(given_name="Anna", family_name="Keller", organization="ACME")
    company = card(organization="ACME", phones=["044 123 45 67"])
    assert not company.has_person_name and name_key(company) == "@org acme"
    assert names_disagree(person, company)


def test_nameless_cards():
    assert is_nameless(card(emails=["x@y.ch"]))
    assert is_nameless(card(display_name="x@y.ch", emails=["x@y.ch"]))
    assert not is_nameless(card(organization="ACME"))
    assert not is_nameless(card(given_name="Anna"))


def test_shared_email_or_phone_is_normalised():
    a = card(emails=["Anna@Example.com"], phones=["079 123 45 67"])
    assert shares_email_or_phone(a, card(emails=["anna@example.COM"]))
    assert shares_email_or_phone(a, card(phones=["+41791234567"]))
    assert not shares_email_or_phone(a, card(phones=["079 123 45 68"]))


def test_already_held():
    stored = card(
        given_name="Anna", family_name="Keller", organization="ACME",
        emails=["a@x.ch", "b@x.ch"], birthday=Birthday(3, 4, 1980),
    )  # fmt: skip
    assert already_held(card(display_name="Anna Keller", emails=["a@x.ch"]), stored)
    assert not already_held(card(display_name="Anna Keller", emails=["c@x.ch"]), stored)
    assert not already_held(card(display_name="Anna Keller", organization="Other AG"), stored)


def test_different_uids_in_one_file():
    assert different_uids_in_one_file(card("a.vcf", uid="1"), card("a.vcf", uid="2"))
    assert not different_uids_in_one_file(card("a.vcf", uid="1"), card("b.vcf", uid="2"))
    assert not different_uids_in_one_file(card("a.vcf", uid="1"), card("a.vcf"))


def test_all_details_differ_marks_namesakes():
    one = card(
        given_name="Anna", family_name="Müller", organization="ACME",
        emails=["anna1@acme.ch"], phones=["044 111 11 11"],
    )  # fmt: skip
    two = card(
        given_name="Anna", family_name="Muller", organization="Beta AG",
        emails=["anna@beta.ch"], phones=["044 222 22 22"],
    )  # fmt: skip
    assert all_details_differ(one, two)
    assert not all_details_differ(one, card(given_name="Anna", family_name="Müller"))


# ---------------------------------------------------------------- judge: the cases


def test_household_landline_keeps_a_couple_apart():
    john = card(given_name="John", family_name="Miller", phones=["044 111 22 33"])
    mary = card(given_name="Mary", family_name="Miller", phones=["+41 44 111 22 33"])
    assert judge(mary, john).verdict is Verdict.DIFFERENT


def test_practice_switchboard_keeps_two_doctors_apart():
    hans = card(display_name="Dr. Hans Meier", phones=["031 300 00 00"])
    eva = card(display_name="Dr. Eva Roth", phones=["031 300 00 00"])
    assert judge(eva, hans).verdict is Verdict.DIFFERENT


def test_family_mailbox_keeps_a_couple_apart():
    peter = card(given_name="Peter", family_name="Huber", emails=["familie@huber.ch"])
    susanne = card(given_name="Susanne", family_name="Huber", emails=["familie@huber.ch"])
    assert judge(susanne, peter).verdict is Verdict.DIFFERENT


def test_namesakes_at_one_employer_with_own_birthdays_are_two_people():
    one = card("a.vcf", uid="1", given_name="Anna", family_name="Müller", organization="ACME",
               emails=["a.mueller@acme.ch"], birthday=Birthday(1, 2, 1980))  # fmt: skip
    two = card("a.vcf", uid="2", given_name="Anna", family_name="Müller", organization="ACME",
               emails=["anna.mueller@acme.ch"], birthday=Birthday(7, 8, 1991))  # fmt: skip
    assert judge(two, one, other_is_stored=False).verdict is Verdict.DIFFERENT
    # without birthdays they are still not folded: two UIDs of one file, at most possible
    one_, two_ = (
        card("a.vcf", uid=u, given_name="Anna", family_name="Müller", organization="ACME",
             emails=["info@acme.ch"])
        for u in ("1", "2")
    )  # fmt: skip
    assert judge(two_, one_, other_is_stored=False).verdict is Verdict.POSSIBLE


def test_same_person_from_phone_and_outlook_folds_together():
    phone = card(display_name="Thomas Gehrig", phones=["079 123 45 67"])
    outlook = card("outlook.vcf", uid="o-1", display_name="Gehrig, Thomas",
                   phones=["+41 (0)79 123 45 67"], emails=["t@gehrig.ch"])  # fmt: skip
    verdict = judge(outlook, phone)
    assert verdict.verdict is Verdict.SAME
    assert verdict.evidence == ("same name", "same phone +41791234567")


def test_same_uid_is_the_same_contact_even_after_a_rename():
    stored = card(uid="u-1", given_name="Hansi")
    assert judge(card(uid="u-1", given_name="Hans", family_name="Meier"), stored).verdict is (
        Verdict.SAME
    )


def test_in_between_is_a_possible_duplicate():
    stored = card(given_name="Anna", family_name="Keller", phones=["079 000 00 00"])
    assert judge(card(given_name="Anna", family_name="Keller"), stored).verdict is Verdict.SAME
    assert (
        judge(card(given_name="Anna", family_name="Keller", emails=["a@x.ch"]), stored).verdict
        is Verdict.POSSIBLE
    )
    assert (
        judge(card(given_name="Anna", phones=["079 000 00 00"]), stored).verdict is Verdict.POSSIBLE
    )
    assert judge(card(given_name="Beat", family_name="Brunner"), stored).verdict is (
        Verdict.DIFFERENT
    )
    assert judge(card(emails=["z@z.ch"]), stored).verdict is Verdict.UNRELATED


@given(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20))
def test_judging_is_symmetric_for_stored_contacts(a, b):
    x, y = card(display_name=a), card(display_name=b)
    assert judge(x, y).verdict in (judge(y, x).verdict, Verdict.SAME)


def test_numbers_in_names_tell_people_apart():
    """'Person 12' and 'Person 13' (numbered test or placeholder entries) are not one name."""
    assert not same_name(card(display_name="Person 12"), card(display_name="Person 13"))
    assert judge(card(display_name="Person 12"), card(display_name="Person 13")).verdict in (
        Verdict.DIFFERENT,
        Verdict.UNRELATED,
    )
