"""The export cache (`core.export_cache`): a cached export is byte for byte the export rendered
afresh, whatever changed in between (child rows edited in place or moved, a contact deleted and
made again under the same id, a tag renamed, a backup restored, other options); stored cards are
really used while nothing changed; a broken or foreign cache is passed by or made again."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from netzwerk_app.core import export_cache
from netzwerk_app.core.vcard_writing import export_vcard_file
from tests.vcard.test_writing_core import _rich_book


def _both(db, tmp_path, **options) -> bytes:
    """The cached export's bytes, asserted equal to a fresh rendering's."""
    cached = tmp_path / "cached.vcf"
    fresh = tmp_path / "fresh.vcf"
    n_cached = export_vcard_file(db, cached, cached=True, **options)
    n_fresh = export_vcard_file(db, fresh, **options)
    assert n_cached == n_fresh
    assert cached.read_bytes() == fresh.read_bytes()
    return cached.read_bytes()


def _cache(db) -> sqlite3.Connection:
    return sqlite3.connect(export_cache.cache_path(db.database))


MARK = b"X-TAMPERED:1\r\n"
_CARDS = export_cache._CARD_TABLES


def _tamper(db, contact_id: int | None = None, version: str = "3.0") -> None:
    """Mark stored cards (one contact's, or all), to see whether an export serves them."""
    with _cache(db) as con:
        con.execute(
            f"UPDATE {_CARDS[version]} SET text = CAST(replace(CAST(text AS TEXT), 'END:VCARD',"
            " 'X-TAMPERED:1' || char(13, 10) || 'END:VCARD') AS BLOB)"
            " WHERE contact_id = ? OR ? IS NULL",
            (contact_id, contact_id),
        )
    con.close()


def _by_uid(data: bytes) -> dict[bytes, bytes]:
    cards = [card + b"END:VCARD\r\n" for card in data.split(b"END:VCARD\r\n") if card]
    return {card.split(b"UID:")[1].split(b"\r\n")[0]: card for card in cards}


def test_stored_cards_are_served_until_a_row_of_theirs_changes(db, tmp_path):
    ids = _rich_book(db)
    _both(db, tmp_path)
    path = export_cache.cache_path(db.database)
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    _tamper(db, ids[3])
    out = tmp_path / "o.vcf"
    export_vcard_file(db, out, cached=True)
    assert out.read_bytes().count(MARK) == 1  # nothing changed: the stored card is used
    # a phone of that contact changes in place: its contact row (and revision) stays as it was
    db.execute_sql(
        "UPDATE contact_method SET value = '+41 00' WHERE id ="
        " (SELECT MIN(id) FROM contact_method WHERE contact_id = ? AND kind = 'phone')",
        (ids[3],),
    )
    assert MARK not in _both(db, tmp_path)


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE contact_method SET label = 'home' WHERE contact_id = {a} AND kind = 'email'",
        "UPDATE contact_method SET position = -1 WHERE id ="
        " (SELECT MAX(id) FROM contact_method WHERE contact_id = {a})",
        "UPDATE contact_method SET contact_id = {b} WHERE id ="
        " (SELECT MIN(id) FROM contact_method WHERE contact_id = {a})",
        "DELETE FROM contact_method WHERE id ="
        " (SELECT MAX(id) FROM contact_method WHERE contact_id = {a})",
        "UPDATE address SET street = 'Neue Gasse 2' WHERE contact_id = {b}",
        "DELETE FROM address WHERE contact_id = {b}",
        "INSERT INTO raw_property (contact_id, position, line) VALUES ({a}, 9, 'X-NEW:1')",
        "UPDATE raw_property SET line = 'X-CHANGED:2' WHERE contact_id = {c}",
        "UPDATE photo SET data = CAST('GIF89a-other' AS BLOB) WHERE contact_id = {a}",
        "UPDATE photo SET mime = 'image/gif', data = CAST('??' AS BLOB) WHERE contact_id = {a}",
        "DELETE FROM photo WHERE contact_id = {a}",
        "UPDATE tag SET name = 'renamed' WHERE name = 't1'",
        "DELETE FROM contact_tag WHERE contact_id = {a}",
        "UPDATE contact SET notes = 'new; note' WHERE id = {a}",
        "UPDATE contact SET birthday = '--02-28' WHERE id = {a}",
        "UPDATE contact SET tier = NULL WHERE id = {b}",
        "UPDATE contact SET display_name = 'Aaron First' WHERE id = {c}",
        (  # one row gone here, one new there: the mirror's row counts stay as they were
            "DELETE FROM contact_method WHERE id ="
            " (SELECT MAX(id) FROM contact_method WHERE contact_id = {a})",
            "INSERT INTO contact_method (contact_id, kind, value, label, preferred, position)"
            " VALUES ({b}, 'email', 'new@example.com', '', 0, 9)",
        ),
        (  # a row moved away and one moved in: no count changes, no row is new
            "UPDATE contact_method SET contact_id = {b} WHERE id ="
            " (SELECT MIN(id) FROM contact_method WHERE contact_id = {a})",
            "UPDATE contact_method SET contact_id = {a} WHERE id ="
            " (SELECT MAX(id) FROM contact_method WHERE contact_id = {c})",
        ),
    ],
)
def test_an_edit_of_any_exported_row_is_seen(db, tmp_path, edit):
    ids = _rich_book(db)
    a, b, c = ids[0], ids[1], ids[2]
    before = {version: _both(db, tmp_path, version=version) for version in ("3.0", "4.0")}
    for version in ("3.0", "4.0"):
        _tamper(db, None, version)
    for statement in (edit,) if isinstance(edit, str) else edit:
        db.execute_sql(statement.format(a=a, b=b, c=c))
    for version in ("3.0", "4.0"):
        out = tmp_path / "o.vcf"
        fresh = tmp_path / "fresh.vcf"
        export_vcard_file(db, out, cached=True, version=version)
        export_vcard_file(db, fresh, version=version)
        old, new, cached = _by_uid(before[version]), _by_uid(fresh.read_bytes()), None
        cached = _by_uid(out.read_bytes())
        assert list(cached) == list(new)  # the same cards in the same order
        changed = [uid for uid in new if new[uid] != old.get(uid)]
        assert changed  # the edit changed some card …
        for uid in changed:
            assert cached[uid] == new[uid]  # … which is rendered afresh
        for uid in cached:  # the others are the stored ones (marked)
            assert cached[uid].replace(MARK, b"") == new[uid]
        assert sum(MARK in card for card in cached.values()) == len(new) - len(changed)
    remove_marks = "UPDATE {} SET text = CAST(replace(CAST(text AS TEXT), ?, '') AS BLOB)"
    with _cache(db) as con:
        for table in _CARDS.values():
            con.execute(remove_marks.format(table), (MARK.decode(),))
    con.close()
    for version in ("3.0", "4.0"):
        _both(db, tmp_path, version=version)


def test_a_contact_made_again_under_the_same_id(db, tmp_path):
    ids = _rich_book(db)
    _both(db, tmp_path)
    target = ids[4]
    row = db.execute_sql("SELECT * FROM contact WHERE id = ?", (target,)).fetchone()
    methods = db.execute_sql(
        "SELECT id, kind, value, label, preferred, position FROM contact_method"
        " WHERE contact_id = ?",
        (target,),
    ).fetchall()
    db.execute_sql("DELETE FROM contact WHERE id = ?", (target,))
    db.execute_sql("DELETE FROM contact_method WHERE contact_id = ?", (target,))
    _both(db, tmp_path)  # gone from the file
    # made again: same id, same uid, other name; its methods under their old ids, one changed
    values = list(row)
    columns = [d[0] for d in db.execute_sql("SELECT * FROM contact LIMIT 0").description]
    values[columns.index("given_name")] = "Neu"
    values[columns.index("display_name")] = "Neu Anders"
    db.execute_sql(
        f"INSERT INTO contact ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})",
        values,
    )
    for i, (mid, kind, value, label, preferred, position) in enumerate(methods):
        db.execute_sql(
            "INSERT INTO contact_method (id, contact_id, kind, value, label, preferred, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (mid, target, kind, value + ("x" if i == 0 else ""), label, preferred, position),
        )
    data = _both(db, tmp_path)
    assert b"FN:Neu Anders" in data


def test_other_options_and_selections(db, tmp_path):
    ids = _rich_book(db)
    for options in (
        {},
        {"version": "4.0"},
        {"tier": "A"},
        {"tier": "unsorted"},
        {"ids": ids[1::3]},
        {"tier": "B", "version": "4.0"},
    ):
        _both(db, tmp_path, **options)
        _both(db, tmp_path, **options)  # warm
    db.execute_sql("UPDATE contact SET tier = 'A' WHERE id = ?", (ids[0],))
    db.execute_sql("UPDATE contact_method SET value = 'changed' WHERE contact_id = ?", (ids[1],))
    _both(db, tmp_path, tier="A")  # the changed contact outside tier A stays dirty …
    _both(db, tmp_path)  # … and is seen in the next export of all
    _both(db, tmp_path, version="4.0")


def test_a_restored_backup_is_seen(db, tmp_path):
    ids = _rich_book(db)
    copy = tmp_path / "copy.sqlite3"
    source = sqlite3.connect(db.database)
    target = sqlite3.connect(copy)
    source.backup(target)
    target.close()
    db.execute_sql("UPDATE address SET locality = 'Bern'")
    db.execute_sql("DELETE FROM contact WHERE id = ?", (ids[5],))
    _both(db, tmp_path)
    target = sqlite3.connect(copy)
    target.backup(source)  # the old state, back in place under the same ids
    target.close()
    source.close()
    assert b"Bern" not in _both(db, tmp_path)


def test_another_writer_finds_an_empty_cache(db, tmp_path, monkeypatch):
    ids = _rich_book(db)
    _both(db, tmp_path)
    _tamper(db, ids[0])
    monkeypatch.setattr(export_cache, "writer_key", lambda: "another writer")
    assert MARK not in _both(db, tmp_path)


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_broken_cache_file_is_made_again(db, tmp_path, content):
    _rich_book(db)
    export_cache.cache_path(db.database).write_bytes(content)
    _both(db, tmp_path)
    _both(db, tmp_path)
    with _cache(db) as con:
        assert con.execute("SELECT COUNT(*) FROM card_3").fetchone()[0] == 30
    con.close()


def test_an_unusable_cache_leaves_the_export_as_it_was(db, tmp_path):
    _rich_book(db)
    path = export_cache.cache_path(db.database)
    path.mkdir()  # a folder where the file should be: it can be neither opened nor removed
    _both(db, tmp_path)
    assert path.is_dir()


def test_a_locked_cache_is_only_read(db, tmp_path, monkeypatch):
    ids = _rich_book(db)
    _both(db, tmp_path)
    _tamper(db, ids[0])
    db.execute_sql("UPDATE contact SET notes = 'x' WHERE id = ?", (ids[1],))
    monkeypatch.setattr(export_cache, "WAIT_S", 0.01)
    holder = sqlite3.connect(export_cache.cache_path(db.database), timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another export writing the cache right now
    try:
        out = tmp_path / "o.vcf"
        export_vcard_file(db, out, cached=True)
        assert out.read_bytes().count(MARK) == 1  # the clean stored card is still served
        assert b"NOTE:x\r\n" in out.read_bytes()  # the changed one is rendered afresh
    finally:
        holder.rollback()
        holder.close()
    export_vcard_file(db, out, cached=True)  # free again: the changed card is stored now
    assert out.read_bytes().count(MARK) == 1
    with _cache(db) as con:
        stored = con.execute("SELECT text FROM card_3 WHERE contact_id = ?", (ids[1],)).fetchone()
    con.close()
    assert b"NOTE:x\r\n" in stored[0]


@pytest.mark.parametrize("options", [{}, {"version": "4.0"}, {"tier": "unsorted"}])
def test_a_cache_failing_midway_leaves_the_rest_rendered(db, tmp_path, monkeypatch, options):
    from netzwerk_app.core import batches

    _rich_book(db)
    _both(db, tmp_path, **options)
    monkeypatch.setattr(batches, "BATCH", 7)
    stored = export_cache.ExportCache.stored

    def failing(self, *args, **kwargs):
        for n, rows in enumerate(stored(self, *args, **kwargs)):
            if n == 2:
                break
            yield rows
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(export_cache.ExportCache, "stored", failing)
    _both(db, tmp_path, **options)
