"""Revisions and saves against them: every write raises the revision; a save writes only the
fields the user changed and never overwrites a change made elsewhere without being told."""

from __future__ import annotations

import dataclasses

import pytest

from netzwerk_app.core import contacts
from netzwerk_app.core.contact_writes import (
    add_contact,
    archive_contacts,
    set_photo,
    set_tags,
    update_contact,
)
from netzwerk_app.core.edits import MERGE, MINE, ContactConflict, Resolution, merge_list
from netzwerk_app.core.history import set_tier, tier_history
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord
from netzwerk_app.vcard import import_vcard_files


@pytest.fixture
def dora(db) -> int:
    return add_contact(db, ContactRecord(given_name="Dora", family_name="Graf"))


def test_every_write_raises_the_revision(db, dora, tmp_path):
    seen = [contacts.contact_revision(dora)]

    def rose() -> bool:
        seen.append(contacts.contact_revision(dora))
        return seen[-1] > seen[-2]

    set_tier(db, [dora], "B")
    assert rose()
    archive_contacts(db, [dora])
    assert rose()
    archive_contacts(db, [dora], archived=False)
    assert rose()
    with db.atomic():
        set_tags(dora, ["board"])
    assert rose()
    with db.atomic():
        set_photo(dora, b"\xff\xd8jpeg", "image/jpeg")
    assert rose()
    record = contacts.load_contact(db, dora)
    update_contact(db, dora, dataclasses.replace(record, nickname="Do"))
    assert rose()
    uid = record.uid
    card = tmp_path / "dora.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Dora Graf\r\nN:Graf;Dora;;;\r\n"
        "EMAIL:dora@graf.example\r\nEND:VCARD\r\n"
    )
    import_vcard_files(db, [card])
    assert contacts.load_contact(db, dora).emails() == ["dora@graf.example"]
    assert rose()


def test_a_save_writes_only_what_the_user_changed(db, dora):
    loaded = contacts.load_contact_state(db, dora)
    set_tier(db, [dora], "B")
    # changes elsewhere meanwhile: the save is refused and says what changed
    mine = dataclasses.replace(loaded.record, nickname="Do")
    with pytest.raises(ContactConflict) as caught:
        update_contact(db, dora, mine, base=loaded)
    conflict = caught.value
    assert [(c.field, c.before, c.theirs, c.both) for c in conflict.changes] == [
        ("tier", None, "B", False)
    ]
    assert contacts.load_contact(db, dora).nickname == ""
    # merged: both changes stay, the tier history has no B -> none row
    revision = update_contact(
        db, dora, mine, base=loaded, resolution=Resolution(MERGE, conflict.revision)
    )
    stored = contacts.load_contact(db, dora)
    assert (stored.nickname, stored.tier) == ("Do", "B")
    assert [(c.from_tier, c.to_tier) for c in tier_history(dora)] == [(None, "B")]
    assert revision == contacts.contact_revision(dora)


def test_without_changes_elsewhere_the_save_needs_no_answer(db, dora):
    loaded = contacts.load_contact_state(db, dora)
    mine = dataclasses.replace(loaded.record, notes="met at the apéro")
    update_contact(db, dora, mine, base=loaded)
    assert contacts.load_contact(db, dora).notes == "met at the apéro"


def test_both_changed_the_same_field(db, dora):
    loaded = contacts.load_contact_state(db, dora)
    theirs = dataclasses.replace(loaded.record, nickname="D.")
    update_contact(db, dora, theirs)
    mine = dataclasses.replace(loaded.record, nickname="Do", tier="A")
    with pytest.raises(ContactConflict) as caught:
        update_contact(db, dora, mine, base=loaded)
    [change] = caught.value.changes
    assert (change.field, change.theirs, change.mine, change.both) == ("nickname", "D.", "Do", True)
    # an answer given for an older state is not enough: it changed again meanwhile
    old_answer = Resolution(MERGE, caught.value.revision)
    set_tier(db, [dora], "C")
    with pytest.raises(ContactConflict):
        update_contact(db, dora, mine, base=loaded, resolution=old_answer)


def test_keep_mine_writes_the_record_as_the_user_saw_it(db, dora):
    loaded = contacts.load_contact_state(db, dora)
    set_tier(db, [dora], "B")
    mine = dataclasses.replace(loaded.record, nickname="Do")
    with pytest.raises(ContactConflict) as caught:
        update_contact(db, dora, mine, base=loaded)
    update_contact(db, dora, mine, base=loaded, resolution=Resolution(MINE, caught.value.revision))
    stored = contacts.load_contact(db, dora)
    assert (stored.nickname, stored.tier) == ("Do", None)


def test_lists_merge_item_by_item(db, dora):
    email = ContactMethodRecord("email", "dora@graf.example")
    phone = ContactMethodRecord("phone", "+41791234567")
    work = ContactMethodRecord("email", "dora@work.example")
    loaded = contacts.load_contact_state(db, dora)
    update_contact(db, dora, dataclasses.replace(loaded.record, methods=[email, phone]))
    loaded = contacts.load_contact_state(db, dora)
    # elsewhere: a tag and a birthday; here: the phone removed, a work email added
    update_contact(
        db, dora, dataclasses.replace(loaded.record, tags=["board"], birthday=Birthday(3, 14))
    )
    mine = dataclasses.replace(loaded.record, methods=[email, work])
    with pytest.raises(ContactConflict) as caught:
        update_contact(db, dora, mine, base=loaded)
    update_contact(db, dora, mine, base=loaded, resolution=Resolution(MERGE, caught.value.revision))
    stored = contacts.load_contact(db, dora)
    assert stored.methods == [email, work]
    assert (stored.tags, stored.birthday) == (["board"], Birthday(3, 14))


def test_merge_list_keeps_their_additions_and_my_removals():
    assert merge_list("tags", ["a", "b"], ["a", "b", "c"], ["a", "d"]) == ["a", "c", "d"]
    assert merge_list("tags", [], ["Board"], ["board"]) == ["Board"]


def test_the_display_name_follows_the_name_when_it_was_built_from_it(db, dora):
    loaded = contacts.load_contact_state(db, dora)
    set_tier(db, [dora], "A")
    mine = dataclasses.replace(loaded.record, given_name="Dorothea", display_name="")
    with pytest.raises(ContactConflict) as caught:
        update_contact(db, dora, mine, base=loaded)
    update_contact(db, dora, mine, base=loaded, resolution=Resolution(MERGE, caught.value.revision))
    assert contacts.load_contact(db, dora).display_name == "Dorothea Graf"
