"""The window's database (`core.window_database`): its first frame reads through a bare
connection without Peewee; then Peewee takes that very connection over and the models are
bound to it, whichever comes first (`orm()`, or the models imported by anything)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from netzwerk_app.core.database import open_database
from netzwerk_app.core.window_database import WindowDatabase, open_window_database

# each scenario runs in a fresh interpreter: in this one the models are imported already
_SCENARIO = r"""
import json, sys, threading
from netzwerk_app.core.window_database import open_window_database

out = {}
db = open_window_database(sys.argv[1])
bare = db.connection()
out["count"] = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
with db.atomic():  # committed as Peewee's would be
    db.execute_sql("UPDATE contact SET notes = 'kept' WHERE display_name = 'Ada Lovelace'")
try:
    with db.atomic():  # rolled back by the error, savepoint inside
        with db.atomic():
            db.execute_sql("UPDATE contact SET notes = 'lost'")
        raise KeyError("x")
except KeyError:
    pass
out["notes"] = sorted(r[0] for r in db.execute_sql("SELECT notes FROM contact"))
out["peewee_before"] = "peewee" in sys.modules
out["loaded_before"] = db.loaded
if sys.argv[2] == "models":  # a model used before anyone called orm()
    from netzwerk_app.core.models import Contact
    out["model_count"] = Contact.select().count()
elif sys.argv[2] == "models_in_transaction":  # the models come in a bare transaction
    with db.atomic():
        import netzwerk_app.core.models
        out["loaded_inside"] = db.loaded
    from netzwerk_app.core.models import Contact
    out["model_count"] = Contact.select().count()
else:
    db.orm()
    from netzwerk_app.core.models import Contact
    out["model_count"] = Contact.select().count()
out["loaded_after"] = db.loaded
out["same_connection"] = db.connection() is bare
seen = {}
def other_thread():
    seen["count"] = Contact.select().count()
    seen["other_connection"] = db.connection() is not bare
    db.close()
t = threading.Thread(target=other_thread); t.start(); t.join()
out["thread"] = seen
with db.atomic():  # Peewee's transaction now, on the adopted connection
    Contact.update(notes="by the model").where(Contact.display_name == "Alan Turing").execute()
out["by_model"] = db.execute_sql(
    "SELECT notes FROM contact WHERE display_name = 'Alan Turing'").fetchone()[0]
db.close()
print(json.dumps(out))
"""


def _run(data_dir, how: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _SCENARIO, str(data_dir), how],
        capture_output=True, text=True, timeout=120, env=dict(os.environ),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def two(data_dir):
    from netzwerk_app.core.contact_writes import add_contact
    from netzwerk_app.core.records import ContactRecord

    db = open_database(data_dir)
    for name in ("Ada Lovelace", "Alan Turing"):
        add_contact(db, ContactRecord(display_name=name))
    db.close()
    return data_dir


@pytest.mark.parametrize("how", ["orm", "models", "models_in_transaction"])
def test_reads_bare_then_peewee_takes_the_same_connection_over(two, how):
    out = _run(two, how)
    assert out["count"] == 2
    assert out["notes"] == ["", "kept"]  # committed; the rolled back update is not there
    assert out["peewee_before"] is False and out["loaded_before"] is False
    if how == "models_in_transaction":
        assert out["loaded_inside"] is False  # bound once the transaction ended
    assert out["model_count"] == 2
    assert out["loaded_after"] is True
    assert out["same_connection"] is True  # the bare connection, taken over
    assert out["thread"] == {"count": 2, "other_connection": True}
    assert out["by_model"] == "by the model"


def test_opened_after_the_models_it_is_peewee_at_once(two):
    from netzwerk_app.core.models import Contact

    db = open_window_database(two)
    try:
        assert db.loaded  # in this process the models are imported already
        assert Contact._meta.database is db.orm()
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
    finally:
        db.close()


@pytest.fixture
def bare(two, monkeypatch):
    """A window database reading through its bare connection (the models not imported, as
    in the window's start); closed afterwards."""
    monkeypatch.delitem(sys.modules, "netzwerk_app.core.models")
    db = WindowDatabase(two / "netzwerk.sqlite3")
    yield db
    db.close()


def _in_a_thread(work) -> None:
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


def test_orm_is_refused_inside_a_bare_transaction(bare):
    with pytest.raises(RuntimeError), bare.atomic():
        bare.orm()
    assert not bare.loaded


def test_another_thread_never_reads_through_the_bare_connection(bare):
    connection = bare.connection()
    found = {}

    def read() -> None:
        found["count"] = bare.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
        found["connection"] = bare.connection()
        bare.close()

    _in_a_thread(read)
    assert found["count"] == 2
    assert found["connection"] is not connection
    assert bare.loaded  # Peewee served the other thread
    assert bare.connection() is connection  # and took the bare one over in this thread


def test_closing_closes_the_bare_connection_when_peewee_came_in_another_thread(bare):
    import sqlite3

    connection = bare.connection()
    _in_a_thread(lambda: (bare.orm(), bare.close()))
    assert bare.loaded
    assert bare.close()  # this thread never asked again: its bare connection is closed too
    with pytest.raises(sqlite3.ProgrammingError):
        connection.execute("SELECT 1")
