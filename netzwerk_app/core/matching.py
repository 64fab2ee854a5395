"""When two cards (or a card and a contact) are one person: the matching rules, as pure functions.

No I/O and no database: the importer and the duplicate scan build an `Identity` of each side
and ask `judge()`. The rules, in the order they are applied:

1. `same_uid`: the same UID is the same contact, also after a rename (for a stored contact).
2. Different people stay apart: `birthdays_differ` (two known birthdays that differ) and
   `names_disagree` (both have given names and they differ, or both have family names and they
   differ, after case and accent folding; titles such as Dr. or Prof. never count; a person is
   never an organization). A shared phone, email or address never overrides these.
3. `already_held`: a card whose name, organization, birthday, emails and phones a contact already
   holds is that contact again (re-importing the same file).
4. `different_uids_in_one_file`: two cards of one file with different UIDs are two people; at
   most a possible duplicate.
5. `same_name` and `shares_email_or_phone`: the same name (order-insensitive, "Gehrig, Thomas"
   is "Thomas Gehrig") and a shared email or phone is the same person.
6. Everything in between (the same name and nothing else shared; a shared email or phone with
   names that do not disagree) is a possible duplicate: kept apart and shown to the user. Only
   `all_details_differ` (namesakes whose emails, phones and organizations all differ) is not
   proposed: a large address book has thousands of such pairs.

A card without any name whose email or phone matches exactly one contact is that contact; the
caller decides that (it needs all candidates), with `is_nameless`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from netzwerk_app.core.records import Birthday, ContactRecord, parse_stored_birthday

# Words that are titles, honorifics or degrees, never part of who someone is (folded, no dots).
TITLE_WORDS = frozenset({
    "dr", "dres", "prof", "professor", "med", "dent", "vet", "rer", "nat", "phil", "oec",
    "iur", "jur", "techn", "sc", "hc", "dipl", "ing", "mag", "lic", "msc", "bsc", "mba", "phd",
    "md", "llm", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "herr", "frau", "hr", "fr",
    "monsieur", "madame", "mme", "mlle", "signor", "signora", "sig", "dott", "jr", "sr"
})  # fmt: skip

_WORD = re.compile(r"\w+")


class Verdict(Enum):
    """What the rules say about two cards."""

    SAME = "same"  # surely one person: fold together
    POSSIBLE = "possible"  # maybe: keep both, record a possible duplicate
    DIFFERENT = "different"  # surely two people
    UNRELATED = "unrelated"  # nothing in common worth mentioning


_NONE: frozenset[str] = frozenset()  # one empty set for the many cards without emails or phones


@dataclass(frozen=True, slots=True)
class Identity:
    """What matching looks at in a card or contact (all text folded)."""

    uid: str = ""
    given: str = ""  # folded given name words joined by a space ("" = unknown)
    family: str = ""  # folded family name words joined by a space
    words: tuple[str, ...] = ()  # the person's name words, titles removed, sorted, distinct
    organization: str = ""  # folded
    birthday: Birthday | None = None
    emails: frozenset[str] = _NONE
    phones: frozenset[str] = _NONE  # normalised phone keys
    source: str = ""  # the file a card came from; "" for a stored contact
    key: str = field(init=False, default="")  # `name_key`, computed once

    def __post_init__(self) -> None:
        if self.words:
            key = " ".join(self.words)
        else:
            key = f"@org {self.organization}" if self.organization else ""
        object.__setattr__(self, "key", key)

    @property
    def has_person_name(self) -> bool:
        return bool(self.words)


@dataclass(frozen=True)
class Judgement:
    """A verdict and the evidence (short English phrases) it rests on."""

    verdict: Verdict
    rule: str
    evidence: tuple[str, ...] = ()


class _Uncombined(dict):
    """A `str.translate` table that drops combining characters (accents): each character's
    entry is made when it is first met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded text: "Müller" and "MULLER" fold alike."""
    if text.isascii():  # nothing to decompose, no accents: casefolded it is folded
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed.translate(_UNCOMBINED).casefold()


def name_words(text: str) -> list[str]:
    """The folded words of a name, titles removed (numbers stay: "Person 12" is not "Person 13")."""
    return [w for w in _WORD.findall(fold(text)) if w not in TITLE_WORDS]


def _looks_like_name(text: str) -> bool:
    return "@" in text or not any(c.isalpha() for c in text)


def norm_email(value: str) -> str:
    return value.strip().casefold()


@lru_cache(maxsize=131072)
def phone_identity(value: str, region: str) -> str | None:
    """A phone number as matching compares it: its E.164 form, else its digits marked "#"
    (a number no one could dial, "TEL:1", is still the same number when read again); None when
    it holds no digit."""
    from netzwerk_app.core.phones import normalize_phone  # phonenumbers: only when matching

    key = normalize_phone(value, region)
    if key is None:
        digits = "".join(c for c in value if c.isdigit())
        key = f"#{digits}" if digits else None
    return key


def identity_of(
    record: ContactRecord,
    phone_key: Callable[[str], str | None],
    source: str = "",
) -> Identity:
    """The `Identity` of a record; ``phone_key`` normalises a phone number (None: unusable)."""
    given = " ".join(name_words(record.given_name))
    family = " ".join(name_words(record.family_name))
    display = record.computed_display_name()
    org = " ".join(_WORD.findall(fold(record.organization)))
    emails = frozenset(norm_email(m.value) for m in record.methods if m.kind == "email")
    phones: set[str] = set()
    for m in record.methods:
        if m.kind == "phone" and (key := phone_key(m.value)):
            phones.add(key)
    # A name that is an address or a number is the card's email or phone, not a person's name;
    # unless the card has nothing else that identifies it: then it is all there is.
    if (
        not given
        and not family
        and display
        and (not _looks_like_name(display) or not (emails or phones or org))
    ):
        words = name_words(display)
        if " ".join(words) != org:  # a card that names only its organization is not a person
            if "," in display:  # "Gehrig, Thomas"
                family_part, _, given_part = display.partition(",")
                family = " ".join(name_words(family_part))
                given = " ".join(name_words(given_part))
            elif len(words) >= 2:
                given, family = " ".join(words[:-1]), words[-1]
            elif words:
                given = words[0]
    word_set = tuple(sorted(set((given + " " + family).split())))
    return Identity(
        uid=record.uid.strip(),
        given=given,
        family=family,
        words=word_set,
        organization=org,
        birthday=record.birthday,
        emails=frozenset(e for e in emails if e) if emails else _NONE,
        phones=frozenset(phones) if phones else _NONE,
        source=source,
    )


def stored_record(
    uid: str, given: str, family: str, display: str, org: str, birthday: str | None
) -> ContactRecord:
    """The part of a stored contact that matching looks at (its methods are added after)."""
    return ContactRecord(
        uid=uid,
        given_name=given,
        family_name=family,
        display_name=display,
        organization=org,
        birthday=parse_stored_birthday(birthday),
    )


def name_key(identity: Identity) -> str:
    """An order-insensitive key of the name: the person's, else the organization's, else ""."""
    return identity.key


# ---------------------------------------------------------------- the rules


def same_uid(a: Identity, b: Identity) -> bool:
    """Both carry a UID and it is the same."""
    return bool(a.uid) and a.uid == b.uid


def birthdays_differ(a: Identity, b: Identity) -> bool:
    """Both birthdays are known and disagree (day and month, or both years)."""
    if a.birthday is None or b.birthday is None:
        return False
    if (a.birthday.month, a.birthday.day) != (b.birthday.month, b.birthday.day):
        return True
    return (
        a.birthday.year is not None
        and b.birthday.year is not None
        and (a.birthday.year != b.birthday.year)
    )


def same_name(a: Identity, b: Identity) -> bool:
    """The same person name, in any order ("Gehrig, Thomas" is "Thomas Gehrig").

    Two cards that name only an organization have the same name when the organization is.
    """
    return bool(name_key(a)) and name_key(a) == name_key(b)


def _parts_differ(x: str, y: str) -> bool:
    """Two known name parts that differ; an initial ("K") agrees with "Keller"."""
    if not x or not y or x == y:
        return False
    short, long = sorted((x, y), key=len)
    return not (len(short) == 1 and long.startswith(short))


def names_disagree(a: Identity, b: Identity) -> bool:
    """Both given names known and different, or both family names; or a person vs. a company."""
    if same_name(a, b):
        return False
    if a.has_person_name != b.has_person_name:
        # a person and a card that names only an organization (a switchboard, info@)
        return not is_nameless(a) and not is_nameless(b)
    return _parts_differ(a.given, b.given) or _parts_differ(a.family, b.family)


def is_nameless(a: Identity) -> bool:
    """A card with neither a person's name nor an organization (only an email or a phone)."""
    return not a.has_person_name and not a.organization


def shared_emails(a: Identity, b: Identity) -> frozenset[str]:
    return a.emails & b.emails


def shared_phones(a: Identity, b: Identity) -> frozenset[str]:
    return a.phones & b.phones


def shares_email_or_phone(a: Identity, b: Identity) -> bool:
    return bool(shared_emails(a, b) or shared_phones(a, b))


def already_held(card: Identity, contact: Identity) -> bool:
    """The contact already holds everything that identifies the card (a re-import)."""
    return (
        same_name(card, contact)
        and (not card.organization or card.organization == contact.organization)
        and (card.birthday is None or card.birthday == contact.birthday)
        and card.emails <= contact.emails
        and card.phones <= contact.phones
    )


def all_details_differ(a: Identity, b: Identity) -> bool:
    """Namesakes: both have emails, phones and an organization, and none of them is shared.

    Only the name is in common, and everything else both know about themselves differs; a
    large address book has many such pairs ("Thomas Müller"), and they are not proposed.
    """
    return (
        bool(a.emails and b.emails and a.phones and b.phones)
        and not shares_email_or_phone(a, b)
        and bool(a.organization and b.organization)
        and a.organization != b.organization
        and not (a.birthday is not None and a.birthday == b.birthday)
    )


def different_uids_in_one_file(a: Identity, b: Identity) -> bool:
    """Two cards of one file, each with its own UID: two people, whatever else they share."""
    return bool(a.source) and a.source == b.source and bool(a.uid and b.uid) and a.uid != b.uid


def evidence(a: Identity, b: Identity) -> tuple[str, ...]:
    """What two cards have in common, as short phrases for the user."""
    found: list[str] = []
    if same_name(a, b):
        found.append("same name")
    if a.organization and a.organization == b.organization:
        found.append("same organization")
    found += [f"same email {e}" for e in sorted(shared_emails(a, b))]
    found += [f"same phone {p.lstrip('#')}" for p in sorted(shared_phones(a, b))]
    if a.birthday is not None and a.birthday == b.birthday:
        found.append("same birthday")
    return tuple(found)


# The verdicts without evidence, made once: most candidates of a large import end in one of them.
_DIFFERENT_BIRTHDAYS = Judgement(Verdict.DIFFERENT, "different birthdays")
_DIFFERENT_NAMES = Judgement(Verdict.DIFFERENT, "different names")
_NAMESAKES = Judgement(Verdict.UNRELATED, "namesakes")
_SAME_UID = Judgement(Verdict.SAME, "same UID", ("same UID",))


def judge(card: Identity, other: Identity, *, other_is_stored: bool = True) -> Judgement:
    """Apply the rules to a card and another card or a stored contact (``other``).

    The rules are the functions above; the name comparison they share is made once here, as an
    import judges each card against several candidates.
    """
    uid = same_uid(card, other)
    if uid and other_is_stored:
        return _SAME_UID
    if birthdays_differ(card, other):
        return _DIFFERENT_BIRTHDAYS
    name = bool(card.key) and card.key == other.key
    if not name and names_disagree(card, other):
        return _DIFFERENT_NAMES
    if uid:
        return _SAME_UID
    shares = bool(card.emails & other.emails or card.phones & other.phones)
    if name and not shares and all_details_differ(card, other):
        return _NAMESAKES  # the common case: said without gathering evidence
    found = evidence(card, other)
    if other_is_stored and name and not is_nameless(card) and already_held(card, other):
        return Judgement(Verdict.SAME, "already held", found)
    if name and shares:
        if different_uids_in_one_file(card, other):
            return Judgement(Verdict.POSSIBLE, "different UIDs in one file", found)
        return Judgement(Verdict.SAME, "same name and a shared email or phone", found)
    if name:
        return Judgement(Verdict.POSSIBLE, "same name", found)
    if shares and not is_nameless(card) and not is_nameless(other):
        return Judgement(Verdict.POSSIBLE, "shared email or phone", found)
    return Judgement(Verdict.UNRELATED, "nothing shared", found)


def pair_key(a: int, b: int) -> tuple[int, int]:
    """A pair of contact ids in a fixed order (smaller id first)."""
    return (a, b) if a < b else (b, a)


# key -> the contact with it, or the contacts (a dict used as an ordered set) when several have
# it: most keys (a UID, an email, a fingerprint) belong to one contact, and a million of them
# should not cost a million dicts.
Index = dict[object, "int | dict[int, None]"]


def index_add(index: Index, key: object, cid: int) -> None:
    """Add `cid` under `key`."""
    held = index.get(key)
    if held is None:
        index[key] = cid
    elif isinstance(held, int):
        if held != cid:
            index[key] = {held: None, cid: None}
    else:
        held[cid] = None


def index_ids(index: Index, key: object) -> tuple[int, ...] | dict[int, None]:
    """The contacts under `key` (in the order they were added)."""
    held = index.get(key)
    if held is None:
        return ()
    return (held,) if isinstance(held, int) else held


# An email, phone or name shared by more contacts than this is a switchboard, a family mailbox
# or a common name: it alone does not make candidates (a sure match needs the same name and a
# shared email or phone, and the other indexes find those).
BLOCK_LIMIT = 50


def fingerprint(identity: Identity) -> int:
    """Everything matching looks at but the UID and the source: equal for a card read again.

    A hash, not the text (a million imported cards keep a million of them); two cards that
    only share a hash are candidates, and the rules then judge them.
    """
    birthday = identity.birthday.isoformat() if identity.birthday else ""
    return hash(
        (name_key(identity), identity.organization, birthday, *sorted(identity.emails), "|",
         *sorted(identity.phones))
    )  # fmt: skip


def candidates_of(
    identity: Identity,
    by_uid: Index,
    by_email: Index,
    by_phone: Index,
    by_name: Index,
    by_print: Index | None = None,
    block_limit: int = BLOCK_LIMIT,
    print_: int | None = None,
) -> list[int]:
    """Ids worth judging against a card: those sharing its UID, an email, a phone or its name
    (each unless shared by more than ``block_limit`` contacts), or all it identifies by
    (``print_``: its `fingerprint`, when known)."""
    found: dict[int, None] = {}
    if identity.uid:
        held = by_uid.get(identity.uid)
        if isinstance(held, int):
            found[held] = None
        elif held is not None:
            found.update(held)
    key = name_key(identity)
    limited: tuple[tuple[Index | None, Iterable[object]], ...] = (
        (by_print, (fingerprint(identity) if print_ is None else print_,)),
        (by_email, identity.emails),
        (by_phone, identity.phones),
        (by_name, (key,) if key else ()),
    )
    for index, values in limited:
        if index is None:
            continue
        for value in values:
            held = index.get(value)
            if isinstance(held, int):
                if block_limit >= 1:
                    found[held] = None
            elif held is not None and len(held) <= block_limit:
                found.update(held)
    return list(found)
