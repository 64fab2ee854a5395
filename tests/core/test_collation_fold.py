"""`collation.fold` skips text without a letter it maps: the same result as mapping it all."""

from __future__ import annotations

import random

from netzwerk_app.core.collation import _FOLD, fold


def test_fold_is_the_mapping_of_every_letter():
    letters = [chr(c) for c in range(32, 0x3100) if chr(c).isprintable()]
    letters += [chr(c) for c in _FOLD] * 40  # often enough to meet them
    rng = random.Random(16)
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        assert fold(text) == text.translate(_FOLD)
    assert fold("Łukasz Østergaard Straße") == "Lukasz Ostergaard Strasse"
    assert fold("Müller 李伟 Иван") == "Müller 李伟 Иван"
