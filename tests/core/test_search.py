"""Full-text search: invisible characters neither hide a contact nor break a query."""

from __future__ import annotations

import pytest

from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
from netzwerk_app.core.search import match_expression, search_contact_ids


@pytest.fixture
def people(db):
    ids = {
        "zwsp": add_contact(db, ContactRecord(given_name="Jo\u200bhn", family_name="Smith")),
        "zwnj": add_contact(db, ContactRecord(given_name="Meh\u200crdad", family_name="Rahimi")),
        "shy": add_contact(
            db,
            ContactRecord(
                given_name="Anna", family_name="Ober\u00adholzer", organization="A\u2060CME"
            ),
        ),
        "plain": add_contact(
            db,
            ContactRecord(
                given_name="Bea",
                family_name="Keller",
                methods=[ContactMethodRecord("email", "bea\u200b@example.com")],
            ),
        ),
    }
    return ids


def test_a_name_with_an_invisible_character_inside_is_found(db, people):
    assert search_contact_ids(db, "john") == [people["zwsp"]]
    assert search_contact_ids(db, "mehrdad") == [people["zwnj"]]
    assert search_contact_ids(db, "oberholzer") == [people["shy"]]
    assert search_contact_ids(db, "acme") == [people["shy"]]
    assert search_contact_ids(db, "bea@example") == [people["plain"]]


def test_a_query_with_an_invisible_character_still_finds(db, people):
    assert search_contact_ids(db, "Kel\u200bler") == [people["plain"]]
    assert search_contact_ids(db, "\ufeffbea") == [people["plain"]]
    assert search_contact_ids(db, "Jo\u200bhn Smi\u2060th") == [people["zwsp"]]
    assert search_contact_ids(db, "\u202ekeller\u202c") == [people["plain"]]


def test_a_query_of_invisible_characters_only_has_no_words():
    assert match_expression("\u200b\u2060\ufeff") is None


def test_a_longer_text_narrows_only_when_every_word_is_kept_or_typed_on():
    from netzwerk_app.core.search import narrows, query_words

    assert narrows(query_words("mü"), query_words("mül"))
    assert not narrows(query_words("mu"), query_words("mül"))  # a different letter
    assert narrows(query_words("anna"), query_words("anna k"))
    assert narrows(query_words("079 1"), query_words("079 12"))
    assert narrows([], query_words("a"))
    assert not narrows(query_words("mül"), query_words("mu"))
    assert not narrows(query_words("anna k"), query_words("anna"))
    assert not narrows(query_words("anna"), query_words("hans anna"))
