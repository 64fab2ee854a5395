"""What a card adds to a contact it was matched with: `merge_into` and `apply_to_record`.

A sure match fills empty fields and adds new methods, addresses, tags and kept properties, never
overwriting what the user changed unless ``overwrite`` is set; a changed organization or title
is a career change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netzwerk_app.core.contact_writes import SCALAR_FIELDS
from netzwerk_app.core.import_matcher import Matcher
from netzwerk_app.core.matching import norm_email
from netzwerk_app.core.records import AddressRecord, ContactMethodRecord, ContactRecord

# Fields a re-import fills when they are empty: the plain fields, in their order, but
# organization and title (a change of those is a career change: see `merge_into`).
_FILL_FIELDS = tuple(name for name in SCALAR_FIELDS if name not in ("organization", "title"))


def _method_key(m: ContactMethodRecord, matcher: Matcher) -> tuple[str, str]:
    if m.kind == "email":
        return ("email", norm_email(m.value))
    if m.kind == "phone":
        return ("phone", matcher.phone_key(m.value) or m.value.strip())
    return (m.kind, m.value.strip())


def _address_key(a: AddressRecord) -> tuple[str, ...]:
    parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
    return tuple(" ".join(p.split()).casefold() for p in parts)


@dataclass
class Merge:
    """The additions a matched record brings to an existing contact."""

    fields: dict[str, object] = field(default_factory=dict)
    methods: list[ContactMethodRecord] = field(default_factory=list)
    addresses: list[AddressRecord] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    photo: tuple[bytes, str] | None = None
    career: tuple[str, str, str] | None = None  # organization, department, title
    tier: tuple[str | None] | None = None
    changes: list[str] = field(default_factory=list)


def merge_into(
    existing: ContactRecord,
    incoming: ContactRecord,
    matcher: Matcher,
    overwrite: bool,
    has_photo: bool,
    tier: str | None,
) -> Merge:
    """What to change on ``existing`` so that it also holds what ``incoming`` brings."""
    out = Merge()
    for name in _FILL_FIELDS:
        new = getattr(incoming, name)
        old = getattr(existing, name)
        if new in ("", None) or new == old:
            continue
        if name == "notes" and isinstance(old, str) and new.strip() in old:
            continue
        if old in ("", None) or overwrite:
            out.fields[name] = new
            out.changes.append(name.replace("_", " "))
    if incoming.birthday is not None and incoming.birthday != existing.birthday:
        old_b = existing.birthday
        fills_year = (
            old_b is not None
            and old_b.year is None
            and (old_b.month, old_b.day) == (incoming.birthday.month, incoming.birthday.day)
        )
        if old_b is None or fills_year or (overwrite and incoming.birthday.year is not None):
            out.fields["birthday"] = incoming.birthday
            out.changes.append("birthday")
    org, title = incoming.organization.strip(), incoming.title.strip()
    if (org or title) and (org, title) != (existing.organization, existing.title):
        # a new organization or title: a career change (the old position stays in history)
        new_org = org or existing.organization
        new_title = title or existing.title
        new_dept = incoming.department if org else existing.department
        if (new_org, new_title) != (existing.organization, existing.title):
            out.career = (new_org, new_dept, new_title)
            out.fields.pop("department", None)
            out.changes.append("position")
    known = {_method_key(m, matcher) for m in existing.methods}
    for m in incoming.methods:
        key = _method_key(m, matcher)
        if m.value.strip() and key not in known:
            known.add(key)
            out.methods.append(m)
    out.changes += [f"{m.kind} {m.value.strip()}" for m in out.methods]
    known_adr = {_address_key(a) for a in existing.addresses}
    for a in incoming.addresses:
        adr_key = _address_key(a)
        if not a.is_empty() and adr_key not in known_adr:
            known_adr.add(adr_key)
            out.addresses.append(a)
    if out.addresses:
        out.changes.append(f"{len(out.addresses)} address(es)")
    known_tags = {t.casefold() for t in existing.tags}
    for t in incoming.tags:
        if t.strip() and t.strip().casefold() not in known_tags:
            known_tags.add(t.strip().casefold())
            out.tags.append(t.strip())
    if out.tags:
        out.changes.append("tags")
    known_raw = set(existing.raw_properties)
    for line in incoming.raw_properties:
        if line not in known_raw:
            known_raw.add(line)
            out.raw.append(line)
    if out.raw:
        out.changes.append("other properties")
    if incoming.photo and (not has_photo or overwrite) and incoming.photo != existing.photo:
        out.photo = (incoming.photo, incoming.photo_mime or "image/jpeg")
        out.changes.append("photo")
    wanted = tier if tier is not None else incoming.tier
    if wanted is not None and wanted != existing.tier and (existing.tier is None or overwrite):
        out.tier = (wanted,)
        out.changes.append("tier")
    return out


def apply_to_record(record: ContactRecord, merge: Merge) -> None:
    """Apply a merge to a record not yet written (two cards of one person in one import)."""
    for name, value in merge.fields.items():
        setattr(record, name, value)
    if merge.career:
        record.organization, record.department, record.title = merge.career
    record.methods.extend(merge.methods)
    record.addresses.extend(merge.addresses)
    record.tags.extend(merge.tags)
    record.raw_properties.extend(merge.raw)
    if merge.photo:
        record.photo, record.photo_mime = merge.photo
    if merge.tier:
        record.tier = merge.tier[0]


def copy_record(record: ContactRecord) -> ContactRecord:
    """A copy whose lists can change without changing ``record`` (`dataclasses.replace` is
    several times slower, and this runs once per new contact)."""
    new = object.__new__(ContactRecord)
    new.__dict__.update(record.__dict__)
    new.methods = list(record.methods)
    new.addresses = list(record.addresses)
    new.tags = list(record.tags)
    new.raw_properties = list(record.raw_properties)
    return new
