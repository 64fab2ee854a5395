"""The in-memory token index answers exactly as the full-text index (FTS5) does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.core import token_index
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import open_database
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
from netzwerk_app.core.search_query import query_words, search_contact_ids
from netzwerk_app.core.token_index import TokenIndex
from netzwerk_app.vcard import import_vcard_files

CORPUS = Path(__file__).parent.parent / "data" / "vcards"
# letters that fold, split or vanish in interesting ways (accents, scripts, invisible, punctuation)
PIECES = [
    "Anna", "anne", "Müller", "MÜLLER", "Mueller", "Zoë", "Łukasz", "Straße", "Ærø", "Øst",
    "Chloé", "Jo\u200bhn", "Ober\u00adholzer", "A\u2060CME", "Мария", "佐藤", "İstanbul", "ǅemal",
    "e\u0301cole", "Ǆ", "ﬁne", "Ⅻ", "x_y", "a–b", "o'neil", "Start-up", "GmbH", "079",
    "+41 79 123 45 67", "0041 79 000 12 34", "bea@example.com", "١٢٣", "ß", "ΣΊΣΥΦΟΣ", "🙂ok",
]  # fmt: skip
QUERY_ALPHABET = "abcemnoszAMÜüëéłŁßæø0179 -_'@.\u200b佐Мм"


def _random_text(rnd: random.Random) -> str:
    return " ".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 3)))


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    """A database of the vCard corpus ("real" cards) and generated people with tricky text."""
    db = open_database(tmp_path_factory.mktemp("token-index"))
    import_vcard_files(db, sorted(str(p) for p in CORPUS.glob("*.vcf")))
    rnd = random.Random(16)
    for i in range(150):
        add_contact(
            db,
            ContactRecord(
                given_name=_random_text(rnd) or f"P{i}",
                family_name=_random_text(rnd),
                organization=_random_text(rnd),
                title=_random_text(rnd),
                notes=_random_text(rnd),
                they_offer=_random_text(rnd),
                methods=[
                    ContactMethodRecord("phone", f"+41 79 {rnd.randint(0, 999):03d} 45 {i:02d}"),
                    ContactMethodRecord("email", f"{rnd.choice(['ann', 'zoe', 'x_y'])}{i}@ex.ch"),
                ],
                tags=[rnd.choice(["Kunde", "Golf", "Ærø"])],
            ),
        )
    yield db
    db.close()


def check(db, index: TokenIndex, text: str) -> None:
    words = query_words(text)
    mask = index.matching(words)
    expected = search_contact_ids(db, text)
    if mask is None:  # not one token per word, or no words: FTS5 answers
        assert expected is None or any(len(index.query_tokens(w)) != 1 for w in words)
        return
    assert expected is not None
    assert {i for i, hit in enumerate(mask) if hit} == set(expected), text


def test_the_tokenizer_is_the_search_tables(people):
    from netzwerk_app.core.migrations import SEARCH_TABLE_SQL

    assert "unicode61 remove_diacritics 2" in SEARCH_TABLE_SQL
    assert token_index.table_tokenizer(people) == "unicode61 remove_diacritics 2"


def test_every_prefix_of_every_token_finds_what_fts5_finds(people):
    index = TokenIndex.build(people)
    assert index is not None
    tokens = index._tokens
    assert len(tokens) > 300
    for token in tokens:
        for end in {1, 2, 3, len(token) // 2, len(token)} - {0}:
            check(people, index, token[:end])


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_queries_find_what_fts5_finds(people, data):
    index = _index_of(people)
    pieces = st.sampled_from(PIECES).map(lambda p: p[: data.draw(st.integers(1, len(p)))])
    text = data.draw(
        st.one_of(
            st.text(QUERY_ALPHABET, max_size=12),
            st.lists(pieces, min_size=1, max_size=3).map(" ".join),
        )
    )
    check(people, index, text)


_INDEXES: dict[int, TokenIndex] = {}


def _index_of(db) -> TokenIndex:
    if id(db) not in _INDEXES:
        built = TokenIndex.build(db)
        assert built is not None
        _INDEXES[id(db)] = built
    return _INDEXES[id(db)]


def test_a_word_the_tokenizer_cuts_in_two_is_left_to_fts5(people):
    index = _index_of(people)
    assert index.matching(query_words("x_y")) is None
    assert index.matching(query_words("a–b")) is not None  # two words already
    assert index.matching([]) is None


def test_an_edited_added_or_deleted_contact_is_found_as_it_now_is(db):
    from netzwerk_app.core.contact_writes import update_contact
    from netzwerk_app.core.snapshots import delete_contacts

    anna = add_contact(db, ContactRecord(given_name="Anna", family_name="Keller"))
    beat = add_contact(db, ContactRecord(given_name="Beat", family_name="Zürcher"))
    index = TokenIndex.build(db)
    assert index is not None

    def found(text: str) -> set[int]:
        mask = index.matching(query_words(text))
        assert mask is not None
        assert {i for i, hit in enumerate(mask) if hit} == set(search_contact_ids(db, text))
        return {i for i, hit in enumerate(mask) if hit}

    assert found("kel") == {anna}
    update_contact(db, anna, ContactRecord(given_name="Anna", family_name="Łobo"))
    new = add_contact(db, ContactRecord(given_name="Kelly", organization="Ærø AG"))
    delete_contacts(db, [beat])
    assert index.update(db, [anna, new, beat])
    assert found("kel") == {new}
    assert found("lob") == {anna} == found("łob")
    assert found("aer") == {new}
    assert found("zur") == set()
    assert found("anna") == {anna}
    assert found("a") == {anna, new}


def test_many_edits_ask_for_a_new_index(db, monkeypatch):
    ids = [add_contact(db, ContactRecord(given_name=f"N{i}")) for i in range(5)]
    index = TokenIndex.build(db)
    assert index is not None
    monkeypatch.setattr(token_index, "MAX_EDITS", 3)
    assert index.update(db, ids[:3])
    assert not index.update(db, ids[3:])


@pytest.mark.parametrize(
    ("options", "copied"),
    [
        ("", "unicode61"),
        (", tokenize = 'unicode61 remove_diacritics 1'", "unicode61 remove_diacritics 1"),
        (", tokenize = \"unicode61\", prefix = '2 3'", "unicode61"),
        (", tokenize = 'porter'", None),
        (", tokenize = 'trigram'", None),
        (", tokenize = porter", None),
        (", tokenize = \"unicode61 tokenchars '_'\"", None),
        (", content = ''", None),
        (", notes UNINDEXED", None),
    ],
)
def test_only_a_plain_unicode61_table_with_its_own_text_is_copied(tmp_path, options, copied):
    db = open_database(tmp_path / "other")
    db.execute_sql("DROP TABLE contact_search")
    db.execute_sql(f"CREATE VIRTUAL TABLE contact_search USING fts5(name{options})")
    assert token_index.table_tokenizer(db) == copied
    if copied is None:
        assert TokenIndex.build(db) is None
    db.close()


def test_an_index_built_in_small_pieces_finds_what_fts5_finds(people, monkeypatch):
    """Rows read, runs tokenized, tokens sorted and ids marked a few at a time (the slices of
    a build between a window's events) make the same index."""
    whole = _index_of(people)
    for name, value in [("_ROWS", 3), ("_RUNS", 2), ("_PIECE", 7), ("_MAKE_FROM", 5)]:
        monkeypatch.setattr(token_index, name, value)
    build = token_index.IndexBuild(people)
    slices = 0
    while not build.run(0):
        slices += 1
    index = build.finish()
    assert index is not None and slices > 100
    assert list(index._tokens) == list(whole._tokens) and index._made
    for token in index._tokens:
        for end in {1, 2, len(token)}:
            check(people, index, token[:end])


def test_packed_tokens_read_back_as_they_went_in():
    from array import array
    from bisect import bisect_left

    words = sorted(["", "a", "ab", "zoë", "łukasz", "佐藤", "🙂"])[1:]
    encoded = [w.encode() for w in words]
    starts = array("q", [0])
    for e in encoded:
        starts.append(starts[-1] + len(e) + 1)
    tokens = token_index.Tokens(b"".join(e + b"\n" for e in encoded), starts)
    assert len(tokens) == len(words) and list(tokens) == words
    assert [tokens[i] for i in range(len(words))] == words == tokens[:]
    assert tokens[-1] == words[-1] and tokens[1:3] == words[1:3]
    with pytest.raises(IndexError):
        tokens[len(words)]
    for w in [*words, "b", "zz", "ł", "\U0010ffff"]:
        assert bisect_left(tokens, w) == bisect_left(words, w)
