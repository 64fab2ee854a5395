"""The contact table model: Qt's model checks, filtering, sorting, plain text, due colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from netzwerk_app.core import care, clock, contact_writes
from netzwerk_app.core.contacts import ALL_TIERS
from netzwerk_app.ui.models.contact_model import (
    COL_NAME,
    COL_NEXT_DUE,
    COL_ORGANIZATION,
    COL_TIER,
    CONTACT_ID_ROLE,
    OVERDUE_COLOUR,
    SOON_COLOUR,
    ContactTableModel,
)


def names(model):
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_checks(qapp, qtmodeltester, db, three):
    model = ContactTableModel(db)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.set_search("müll")
    qtmodeltester.check(model, force_py=True)


def test_search_filters_case_and_accent_insensitively(qapp, db, three):
    model = ContactTableModel(db)
    model.reload()
    assert model.rowCount() == 3
    model.set_search("MULL")
    assert names(model) == ["Anna Müller"]
    model.set_search("zeta")
    assert names(model) == ["Beat Keller"]
    model.set_search("")
    assert model.rowCount() == 3


def test_tier_filter_and_unsorted(qapp, db, three):
    model = ContactTableModel(db)
    model.reload()
    model.set_tier_filter("A")
    assert names(model) == ["Anna Müller"]
    model.set_tier_filter(None)
    assert names(model) == ["Chidi Okafor"]
    model.set_tier_filter(ALL_TIERS)
    assert model.rowCount() == 3


def test_sort_by_organization_both_ways(qapp, db, three):
    model = ContactTableModel(db)
    model.reload()
    model.sort(COL_ORGANIZATION, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, COL_ORGANIZATION).data() for r in range(3)] == [
        "Alpenbank", "Migros", "Zeta AG",
    ]  # fmt: skip
    model.sort(COL_ORGANIZATION, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_ORGANIZATION).data() == "Zeta AG"


def test_markup_in_a_name_is_plain_text(qapp, db, add_contact):
    cid = add_contact("<b>x</b>", org="<i>Org</i>")
    model = ContactTableModel(db)
    model.reload()
    index = model.index(0, COL_NAME)
    assert index.data() == "<b>x</b>"
    assert index.data(CONTACT_ID_ROLE) == cid
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tooltip and "<b>x</b>" not in tooltip


def test_next_due_is_red_when_overdue_and_amber_within_a_week(qapp, db, add_contact):
    today = clock.today()
    late = add_contact("Late", tier="A", since=today - dt.timedelta(days=400))
    soon = add_contact("Soon", tier="A", since=today - dt.timedelta(days=400))
    care.log_touchpoint(db, [soon], "lunch", today - dt.timedelta(days=57))
    model = ContactTableModel(db)
    model.reload()
    colours = {
        model.index(r, COL_NAME).data(): model.index(r, COL_NEXT_DUE).data(
            Qt.ItemDataRole.ForegroundRole
        )
        for r in range(model.rowCount())
    }
    assert colours["Late"] == OVERDUE_COLOUR
    assert colours["Soon"] == SOON_COLOUR
    assert late != soon
    # what the list paints: the overdue date in red, the one due soon in amber
    view = QTableView()
    view.setModel(model)
    view.resize(900, 200)
    view.show()
    painted = view.viewport().grab().toImage()  # cells are placed in the viewport

    def shows(colour, row: int) -> bool:
        rect = view.visualRect(model.index(row, COL_NEXT_DUE))
        near = 0  # the glyphs' pixels: the colour, up to antialiasing
        for x in range(rect.left(), rect.right()):
            for y in range(rect.top(), rect.bottom()):
                pixel = painted.pixelColor(x, y)
                diff = abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                near += diff + abs(pixel.blue() - colour.blue()) < 40
        return near >= 5

    rows = {model.index(r, COL_NAME).data(): r for r in range(model.rowCount())}
    assert shows(OVERDUE_COLOUR, rows["Late"]) and not shows(SOON_COLOUR, rows["Late"])
    assert shows(SOON_COLOUR, rows["Soon"]) and not shows(OVERDUE_COLOUR, rows["Soon"])


def test_tier_column_shows_unsorted(qapp, db, add_contact):
    add_contact("Nobody")
    model = ContactTableModel(db)
    model.reload()
    assert model.index(0, COL_TIER).data() == "Unsorted"


def test_typing_on_shows_what_a_fresh_search_shows(qapp, db, add_contact):
    """Letters typed on filter the rows shown; any other change filters all rows again. Each
    step shows the same rows, in the same order, as that text searched afresh."""
    for given, family, org in [
        ("Anna", "Müller", "Zeta"), ("Anne", "Muster", "Alpen"), ("Hans", "Mühle", "Migros"),
        ("Jo\u200bhn", "Annen", "Bank"), ("Łukas", "Anner", ""), ("Zoë", "Ann", "Muller AG"),
    ]:  # fmt: skip
        add_contact(given, family, org)
    typed = ["a", "an", "ann", "anne", "ann", "ann m", "ann mu", "ann m", "", "l", "lu", "luk",
             "john", "jo", "m", "mü", "mül", "mu", "mul"]  # fmt: skip
    for column, order in [
        (COL_NAME, Qt.SortOrder.AscendingOrder),
        (COL_ORGANIZATION, Qt.SortOrder.DescendingOrder),
    ]:
        model = ContactTableModel(db)
        model.reload()
        model.sort(column, order)
        for text in typed:
            model.set_search(text)
            fresh = ContactTableModel(db)
            fresh.reload()
            fresh.sort(column, order)
            fresh.set_search(text)
            assert names(model) == names(fresh), text
            assert model.visible_ids() == fresh.visible_ids(), text


def test_the_first_screenful_is_the_head_of_the_whole_list(qapp, db, add_contact):
    """At the app's start only the first rows are read: the same rows, in the same order, as
    the whole list begins with (ties of the name key broken as the whole list breaks them)."""
    for given, family in [
        ("anna", "meier"), ("Anna", "Meier"), ("Änna", "Meier"), ("ANNA", "MEIER"),
        ("Łukas", "Frei"), ("Lukas", "Frei"), ("Zoë", "Ann"), ("zoe", "ann"), ("Åsa", "Berg"),
        ("Asa", "Berg"), ("Beat", "Keller"), ("beat", "keller"), ("Ölz", ""), ("Olz", ""),
    ]:  # fmt: skip
        add_contact(given, family)
    archived = add_contact("Aaron", "Archived")
    contact_writes.archive_contacts(db, [archived])
    whole = ContactTableModel(db)
    whole.reload()
    for count in (1, 3, 5, 9):
        head = ContactTableModel(db)
        head.reload_first(count)
        assert head.partial
        assert head.visible_ids() == whole.visible_ids()[:count]
        assert [head.row_data(i) for i in range(count)] == [whole.row_data(i) for i in range(count)]
        completed: list[bool] = []
        head.completed.connect(lambda done=completed: done.append(True))
        assert head.total_count() == whole.total_count()  # anything needing all rows reads them
        assert not head.partial and completed == [True]
        assert head.visible_ids() == whole.visible_ids()


def test_a_search_while_only_the_first_rows_are_read_searches_them_all(qapp, db, add_contact):
    for i in range(6):
        add_contact(f"Anna{i}", "Müller")
    add_contact("Zora", "Müller")
    model = ContactTableModel(db)
    model.reload_first(2)
    assert model.rowCount() == 2
    model.set_search("zora")
    assert names(model) == ["Zora Müller"] and not model.partial


TYPED = ["m", "mü", "mül", "mu", "a", "an", "ann", "ann k", "ann ke", "z", "zo", "zoë", "0",
         "079", "079 1", "x_y", "x", "ł", "łu", "lu", "佐", "м", "", "ob", "a m", "k"]  # fmt: skip


def _people(add_contact):
    for given, family, org in [
        ("Anna", "Müller", "Zeta"), ("Anne", "Muster", "Alpen"), ("Hans", "Mühle", "Migros"),
        ("Jo\u200bhn", "Annen", "Bank"), ("Łukas", "Anner", "x_y AG"), ("Zoë", "Ann", "Muller"),
        ("Мария", "佐藤", ""), ("Kim", "Ober\u00adholzer", "Keller & Co"),
    ]:  # fmt: skip
        add_contact(given, family, org, emails=[f"{given[:2].lower()}@example.ch"])


def test_the_token_index_shows_what_the_full_text_index_shows(qapp, db, add_contact, monkeypatch):
    """Each typing step shows the same rows with the in-memory token index as with FTS5, in
    any order and under any filter (archived and other tiers' contacts are in the index)."""
    from netzwerk_app.core import token_index
    from netzwerk_app.ui.models.contact_model import ARCHIVED

    _people(add_contact)
    add_contact("Anna", "Archiv", "Zeta", tier="A")
    contact_writes.archive_contacts(db, [add_contact("Müller", "Archived", tier="B")])
    add_contact("Zora", "Tierce", "Migros", tier="A")
    views = [
        (COL_NAME, Qt.SortOrder.AscendingOrder, ALL_TIERS),
        (COL_ORGANIZATION, Qt.SortOrder.DescendingOrder, ALL_TIERS),
        (COL_NAME, Qt.SortOrder.AscendingOrder, "A"),
        (COL_NEXT_DUE, Qt.SortOrder.AscendingOrder, ARCHIVED),
    ]

    def typed_through(model: ContactTableModel) -> list[list[int]]:
        shown = []
        for column, order, tier in views:
            model.sort(column, order)
            model.set_tier_filter(tier)
            for text in TYPED:
                model.set_search(text)
                shown.append(model.visible_ids())
        return shown

    with_index = ContactTableModel(db)
    with_index.reload()
    with_index.finish_search_index()
    indexed = typed_through(with_index)
    assert with_index._index is not None
    monkeypatch.setattr(token_index, "table_tokenizer", lambda db: None)  # no copy: FTS5
    fts = ContactTableModel(db)
    fts.reload()
    assert typed_through(fts) == indexed and fts._index is None
    assert any(indexed) and not all(indexed)


def test_a_search_finds_a_contact_as_it_is_right_after_an_edit(qapp, db, add_contact):
    from netzwerk_app.core.records import ContactRecord
    from netzwerk_app.core.snapshots import delete_contacts

    anna = add_contact("Anna", "Keller")
    beat = add_contact("Beat", "Zürcher")
    model = ContactTableModel(db)
    model.reload()
    model.finish_search_index()
    model.set_search("kel")
    assert names(model) == ["Anna Keller"] and model._index is not None
    contact_writes.update_contact(db, anna, ContactRecord(given_name="Anna", family_name="Łobo"))
    model.refresh_contacts([anna])
    assert model.rowCount() == 0  # the search shown stays, the renamed contact left it
    model.set_search("lob")
    assert names(model) == ["Anna Łobo"]
    new = add_contact("Kelly", "Lobster")
    model.refresh_contacts([new])
    assert names(model) == ["Anna Łobo", "Kelly Lobster"]
    delete_contacts(db, [anna])
    model.refresh_contacts([anna])
    assert names(model) == ["Kelly Lobster"]
    model.set_search("zür")
    assert names(model) == ["Beat Zürcher"]
    model.set_search("a")
    assert names(model) == []
    model.set_search("kel")
    assert names(model) == ["Kelly Lobster"] and model._index is not None
    assert beat


def test_the_token_index_is_built_between_events_and_takes_the_edits_made_meanwhile(
    qapp, qtbot, db, add_contact, monkeypatch
):
    from netzwerk_app.core import token_index
    from netzwerk_app.core.records import ContactRecord

    monkeypatch.setattr(token_index, "_ROWS", 1)  # one contact per slice
    ids = [add_contact(f"Person{i}", "Keller") for i in range(6)]
    model = ContactTableModel(db)
    model.reload()
    assert model._index is None and model._building is not None
    model._build_slice()
    contact_writes.update_contact(db, ids[0], ContactRecord(given_name="Zora", family_name="Q"))
    model.refresh_contacts([ids[0]])
    qtbot.waitUntil(lambda: model._index is not None)
    assert model._building is None
    model.set_search("zora")
    assert names(model) == ["Zora Q"]
    model.set_search("kel")
    assert model.rowCount() == 5
    # many edits: the index answers on while a fresh one is built
    monkeypatch.setattr(token_index, "MAX_EDITS", 1)
    old = model._index
    model.refresh_contacts(ids[1:3])
    assert model._building is not None and model._index is old
    assert model.rowCount() == 5
    qtbot.waitUntil(lambda: model._index is not old)
    model.set_search("person1")
    assert names(model) == ["Person1 Keller"]


def test_a_build_whose_database_went_away_leaves_the_search_to_fts5(
    qapp, db, add_contact, monkeypatch
):
    import sqlite3

    from netzwerk_app.core import token_index

    add_contact("Anna", "Keller")
    model = ContactTableModel(db)
    model.reload()

    def gone(self, seconds):
        raise sqlite3.OperationalError("no such table")

    with monkeypatch.context() as patch:
        patch.setattr(token_index.IndexBuild, "run", gone)
        model._build_slice()
    assert model._building is None and not model._build_timer.isActive()
    model.set_search("kel")
    assert names(model) == ["Anna Keller"]


def test_a_keystroke_while_the_index_is_built_between_events_asks_fts5(
    qapp, qtbot, db, add_contact, monkeypatch
):
    """The window's keystrokes never wait for a build: FTS5 answers them until the index is
    in, also before its first slice has run; a script builds it with `finish_search_index`."""
    from netzwerk_app.core import token_index
    from netzwerk_app.ui.models import contact_model

    monkeypatch.setattr(token_index, "_ROWS", 1)
    monkeypatch.setattr(contact_model, "INDEX_SLICE_S", 0)  # a slice is one piece of work
    for i in range(5):
        add_contact(f"Anna{i}", "Keller")
    model = ContactTableModel(db)
    model.reload()
    model._build_slice()
    model.set_search("anna3")
    assert names(model) == ["Anna3 Keller"]
    assert model._index is None and isinstance(model._search_ids, set)  # FTS5's ids
    qtbot.waitUntil(lambda: model._index is not None)
    model.set_search("anna")
    assert model.rowCount() == 5 and isinstance(model._search_ids, bytes)
    add_contact("Anna5", "Keller")  # the search text changed: the index is built again
    model.reload()  # no slice has run yet: FTS5 answers, the build is not hurried
    model.set_search("anna2")
    assert names(model) == ["Anna2 Keller"] and isinstance(model._search_ids, set)
    assert model._index is None and model._building is not None
    model.finish_search_index()
    model.set_search("anna1")
    assert names(model) == ["Anna1 Keller"] and isinstance(model._search_ids, bytes)


def test_a_reload_keeps_the_token_index_while_the_indexed_text_is_unchanged(
    qapp, db, add_contact, data_dir
):
    """A tier moved on the board, a touchpoint logged: the list is read again, but the search
    text is the same, so the token index (seconds of CPU at 100k) is kept; any write to the
    search index (here by another process) builds it again, and it finds the new text."""
    import subprocess
    import sys

    from netzwerk_app.core.history import set_tier

    anna = add_contact("Anna", "Keller")
    model = ContactTableModel(db)
    model.reload()
    model.finish_search_index()
    kept = model._index
    set_tier(db, [anna], "B")
    model.reload()
    assert model._index is kept and model._building is None
    model.set_search("kel")
    assert names(model) == ["Anna Keller"]
    subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), "add", "--given",
         "Kelly", "--family", "Lobster"], check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    model.reload()
    assert model._index is not kept
    model.finish_search_index()
    model.set_search("lobs")
    assert names(model) == ["Kelly Lobster"]
    own = add_contact("Zora", "Keller")
    model.refresh_contacts([own])  # the index follows the edit; what else changed is unknown
    model.reload()
    assert model._building is not None
