from netzwerk_app.core.batches import BATCH, batches, marks


def test_batches_cover_every_item_once_in_order():
    items = list(range(2 * BATCH + 3))
    chunks = list(batches(items))
    assert [len(c) for c in chunks] == [BATCH, BATCH, 3]
    assert [i for c in chunks for i in c] == items
    assert list(batches([])) == []
    assert list(batches((1, 2, 3), 2)) == [[1, 2], [3]]


def test_marks_has_one_placeholder_per_value():
    assert marks([7, 8, 9]) == "?,?,?"
    assert marks({"a": 1}) == "?"
