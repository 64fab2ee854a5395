"""Benchmark: import of a 10,000-card vCard file (10% with photos) against vobject's bare parse.

Prints seconds for: vobject parsing the file (no mapping, no database), our reader alone, our
import into an empty database, and a re-import into the full one; and the ratios to vobject.
Run: ``python benchmark/bench_import.py [--cards N]``. Prints numbers only; no assertions.
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import vobject

from netzwerk_app.core.database import open_database
from netzwerk_app.vcard import import_vcard_files, read_vcard_file

GIVEN = ["Anna", "Beat", "Chloé", "Dragan", "Elif", "Fritz", "Günther", "Hélène", "Ivo", "Jürg"]
FAMILY = ["Müller", "Keller", "Brunner", "Zürcher", "Oberholzer", "Nguyen", "Kovač", "Rossi"]
ORGS = ["ACME AG", "Müller & Söhne GmbH", "Stadt Zürich", "Migros", "ETH Zürich", "Kanton Bern"]


def make_file(path: Path, cards: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    photo = base64.b64encode(b"\xff\xd8\xff\xe0" + rng.randbytes(12_000) + b"\xff\xd9").decode()
    folded_photo = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    out = []
    for i in range(cards):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"UID:bench-{i}",
            f"N:{family};{given};;;",
            f"FN:{given} {family} {i}",
            f"ORG:{rng.choice(ORGS)};Abteilung {i % 17}",
            "TITLE:Projektleiterin\\, Vertrieb",
            f"TEL;TYPE=CELL:+41 79 {i // 10000:03d} {i % 10000 // 100:02d} {i % 100:02d}",
            f"TEL;TYPE=WORK:044 {rng.randint(100, 999)} {i // 100:02d} {i % 100:02d}",
            f"EMAIL;TYPE=INTERNET:person{i}@example.ch",
            f"ADR;TYPE=HOME:;;Bahnhofstrasse {i % 200};Zürich;ZH;8001;Schweiz",
            f"BDAY:{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "NOTE:Kennengelernt am Apéro\\, sehr hilfsbereit.\\nZweite Zeile.",
            "CATEGORIES:Kunden,Zürich",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;N;1;;;;;;;;;;;;;",
        ]
        if i % 10 == 0:
            lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{folded_photo}")
        lines.append("END:VCARD")
        out.append("\r\n".join(lines) + "\r\n")
    path.write_bytes("".join(out).encode("utf-8"))


def timed(label: str, fn):
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<42} {seconds:7.2f} s")
    return seconds, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "bench.vcf"
        make_file(path, args.cards)
        size = os.path.getsize(path) / 1e6
        print(f"{args.cards} cards, {size:.1f} MB, 10% with a 12 kB photo")

        def vobject_parse():
            with open(path, encoding="utf-8") as f:
                return sum(1 for _ in vobject.readComponents(f))

        base, parsed = timed("vobject bare parse (readComponents)", vobject_parse)
        assert parsed == args.cards
        read_s, read = timed("our reader (bytes -> records)", lambda: read_vcard_file(path))
        assert len(read.records) == args.cards
        db = open_database(folder / "data")
        first_s, first = timed(
            "our import into an empty database", lambda: import_vcard_files(db, [path])
        )
        again_s, again = timed(
            "our re-import into the full database", lambda: import_vcard_files(db, [path])
        )
        db.close()
        print(f"first import: {first.result.summary()}")
        print(f"re-import:    {again.result.summary()}")
        print(f"ratio reader / vobject parse:    {read_s / base:5.2f}x")
        print(f"ratio import / vobject parse:    {first_s / base:5.2f}x  (goal: <= 1.5x)")
        print(f"ratio re-import / vobject parse: {again_s / base:5.2f}x")


if __name__ == "__main__":
    main()
