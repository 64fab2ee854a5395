"""The matcher of an import: the identities of all contacts, indexed, and `Matcher.match`.

It applies the rules of `core.matching` to each card of an import, against the contacts stored
and those new in the same import.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from netzwerk_app.core.matching import (
    Identity,
    Index,
    Verdict,
    all_details_differ,
    already_held,
    birthdays_differ,
    candidates_of,
    evidence,
    fingerprint,
    identity_of,
    index_add,
    index_ids,
    is_nameless,
    judge,
    name_key,
    names_disagree,
    phone_identity,
    shares_email_or_phone,
    stored_record,
)
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord


@dataclass
class Match:
    contact_id: int | None
    rule: str = ""
    possible: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    card: Identity | None = None  # the record's identity, reused when it is indexed
    print_: int | None = None  # its fingerprint


class Matcher:
    """Identities of existing (and newly added) contacts, indexed by UID, email, phone, name.

    Applies `core.matching`; see `match` for how candidates are chosen.
    """

    def __init__(self, db: SqliteDatabase, region: str) -> None:
        self.region = region
        self.identities: dict[int, Identity] = {}
        # key -> ids (a dict used as an ordered set)
        self.by_uid: Index = {}
        self.by_email: Index = {}
        self.by_phone: Index = {}
        self.by_name: Index = {}
        self.by_print: Index = {}
        # stored contacts a card of this import already matched (new ones need no claim: only
        # stored contacts are taken by "already held" and by fingerprint)
        self.claimed: set[int] = set()
        # fingerprint -> position in by_print[fingerprint] before which every id is taken
        self._print_cursor: dict[int, int] = {}
        self.first_new_id = 1  # ids from here on are contacts new in this import
        records: dict[int, ContactRecord] = {}
        for cid, uid, given, family, display, org, birthday in db.execute_sql(
            "SELECT id, uid, given_name, family_name, display_name, organization, birthday"
            " FROM contact"
        ):
            self.first_new_id = max(self.first_new_id, cid + 1)
            records[cid] = stored_record(uid, given, family, display, org, birthday)
        for cid, kind, value in db.execute_sql(
            "SELECT contact_id, kind, value FROM contact_method WHERE kind IN ('email', 'phone')"
        ):
            records[cid].methods.append(ContactMethodRecord(kind, value))
        for cid, record in records.items():
            self._index(cid, identity_of(record, self.phone_key))
        # the stored contacts by fingerprint, for finding a card read again in linear time
        self._stored_prints: dict[object, tuple[int, ...] | list[int]] = {
            k: (v,) if isinstance(v, int) else list(v) for k, v in self.by_print.items()
        }

    def phone_key(self, value: str) -> str | None:
        return phone_identity(value, self.region)

    def _index(self, cid: int, identity: Identity, print_: int | None = None) -> None:
        self.identities[cid] = identity
        if identity.uid:
            index_add(self.by_uid, identity.uid, cid)
        for e in identity.emails:
            index_add(self.by_email, e, cid)
        for p in identity.phones:
            index_add(self.by_phone, p, cid)
        if key := name_key(identity):
            index_add(self.by_name, key, cid)
        index_add(self.by_print, fingerprint(identity) if print_ is None else print_, cid)

    def is_stored(self, cid: int) -> bool:
        return cid < self.first_new_id

    def match(self, record: ContactRecord, source: str, card: Identity | None = None) -> Match:
        """The contact a record is, by the rules of `core.matching`, or None and possible ones.

        A stored contact with the record's UID is it, unless the names disagree and another
        contact is surely the record (an exporter that reuses UIDs); then that one, else still
        the UID's (a contact renamed in the source). A card without a name is the one contact
        sharing its email or phone. Several sure matches: a re-import takes the first one no
        other card of this import took; otherwise the record is new and possibly each of them.
        ``card``: the record's identity, made before (`import_prepared`), when it is.
        """
        if card is None or card.source != source:
            card = identity_of(record, self.phone_key, source)
        print_ = fingerprint(card)
        match = self._match(card, print_)
        match.card, match.print_ = card, print_
        return match

    def _match(self, card: Identity, print_: int) -> Match:
        uid_hit = next((c for c in index_ids(self.by_uid, card.uid) if self.is_stored(c)), None)
        if uid_hit is not None and not names_disagree(card, self.identities[uid_hit]):
            return self._claim(Match(uid_hit, "same UID"))
        if uid_hit is None and not is_nameless(card):
            # a card read again: a stored contact with all of its details, not yet taken
            held = self._unclaimed_with_print(print_)
            if held is not None and already_held(card, self.identities[held]):
                return self._claim(Match(held, "already held"))
        candidates = candidates_of(
            card, self.by_uid, self.by_email, self.by_phone, self.by_name, self.by_print,
            print_=print_,
        )  # fmt: skip
        if is_nameless(card):
            sharing = [c for c in candidates if shares_email_or_phone(card, self.identities[c])]
            if len(sharing) == 1:
                return self._claim(
                    Match(sharing[0], "no name; one contact shares its email or phone")
                )
            return Match(None, "", [(c, evidence(card, self.identities[c])) for c in sharing])
        same: list[tuple[int, str]] = []
        possible: list[tuple[int, tuple[str, ...]]] = []
        identities = self.identities
        # What rules a candidate out before `judge` is asked (most candidates of a large import
        # are namesakes or born on other days): `judge`'s own first rules, which make it say
        # DIFFERENT or NAMESAKES, asked directly without gathering evidence.
        uid, key = card.uid, card.key
        for cid in candidates:
            if cid == uid_hit:
                continue
            other = identities[cid]
            if not uid or uid != other.uid:
                if birthdays_differ(card, other):
                    continue
                if key and key == other.key and all_details_differ(card, other):
                    continue
            verdict = judge(card, other, other_is_stored=self.is_stored(cid))
            if verdict.verdict is Verdict.SAME:
                same.append((cid, verdict.rule))
            elif verdict.verdict is Verdict.POSSIBLE:
                possible.append((cid, verdict.evidence))
        if len(same) == 1:
            return self._claim(Match(same[0][0], same[0][1]))
        if same:
            free = [c for c, rule in same if rule == "already held" and c not in self.claimed]
            if free:
                return self._claim(Match(min(free), "already held"))
        if uid_hit is not None:
            return self._claim(Match(uid_hit, "same UID (renamed)"))
        for cid, _rule in same:  # several people it could be: keep it apart, ask the user
            possible.append((cid, evidence(card, self.identities[cid])))
        return Match(None, "", possible)

    def _unclaimed_with_print(self, print_: int) -> int | None:
        """The first stored contact with this fingerprint that no card took yet.

        A cursor per fingerprint makes a file of many identical cards linear, not quadratic.
        """
        ids = self._stored_prints.get(print_, ())
        position = self._print_cursor.get(print_, 0)
        while position < len(ids) and ids[position] in self.claimed:
            position += 1
        self._print_cursor[print_] = position
        return ids[position] if position < len(ids) else None

    def _claim(self, match: Match) -> Match:
        if match.contact_id is not None and self.is_stored(match.contact_id):
            self.claimed.add(match.contact_id)
        return match

    def add(
        self,
        cid: int,
        record: ContactRecord,
        source: str,
        identity: Identity | None = None,
        print_: int | None = None,
    ) -> None:
        """Index a new contact, or what a record adds to a contact already indexed.

        ``identity`` is the record's identity when already known (from `match`), ``print_``
        its fingerprint.
        """
        if identity is None:
            identity, print_ = identity_of(record, self.phone_key, source), None
        known = self.identities.get(cid)
        if known is None:
            self._index(cid, identity, print_)
            return
        incoming = identity
        merged = dataclasses.replace(
            known,
            uid=known.uid or incoming.uid,
            emails=known.emails | incoming.emails,
            phones=known.phones | incoming.phones,
            birthday=known.birthday or incoming.birthday,
        )
        self._index(cid, merged)
