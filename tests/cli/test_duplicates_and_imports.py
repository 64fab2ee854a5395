"""`netzwerk import --json`, `netzwerk imports [undo]` and `netzwerk duplicates ...` end to end."""

from __future__ import annotations

import json


def card(lines: list[str]) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def write(path, *cards: list[str]):
    path.write_text("".join(card(c) for c in cards), encoding="utf-8")
    return str(path)


def contacts(run) -> dict[str, dict]:
    code, out, _ = run("contacts", "--json")
    assert code == 0
    return {c["display_name"]: c for c in json.loads(out)}


def test_import_json_reports_new_merged_duplicates_and_skipped(run, tmp_path):
    phone = write(
        tmp_path / "phone.vcf",
        ["N:Gehrig;Thomas;;;", "FN:Thomas Gehrig", "TEL;TYPE=CELL:079 123 45 67"],
        ["N:Miller;John;;;", "FN:John Miller", "TEL:044 111 22 33", "BDAY:1970-01-02"],
    )
    code, out, _ = run("import", "--json", phone)
    first = json.loads(out)
    assert code == 0 and (first["new"], first["updated"]) == (2, 0)
    outlook = write(
        tmp_path / "outlook.vcf",
        ["UID:o-1", "N:Gehrig;Thomas;;;", "FN:Gehrig, Thomas", "TEL:+41791234567",
         "EMAIL:thomas@gehrig.ch", "BDAY:1981-05-26"],
        ["N:Miller;Mary;;;", "FN:Mary Miller", "TEL:+41 44 111 22 33", "EMAIL:mary@miller.ch"],
        ["N:Miller;John;;;", "FN:John Miller", "EMAIL:john@work.ch"],
        ["N:;;;;", "NOTE:nobody"],
    )  # fmt: skip
    code, out, err = run("import", "--json", outlook)
    report = json.loads(out)
    assert code == 0
    assert {k: report[k] for k in ("new", "updated", "unchanged", "possible_duplicates",
                                   "skipped")} == {
        "new": 2, "updated": 1, "unchanged": 0, "possible_duplicates": 1, "skipped": 1
    }  # fmt: skip
    thomas = contacts(run)["Thomas Gehrig"]
    assert report["merged"] == [
        {"file": "outlook.vcf", "card": 1, "line": 1, "contact_id": thomas["id"],
         "name": "Thomas Gehrig", "rule": "same name and a shared email or phone",
         "changes": ["birthday", "email thomas@gehrig.ch"]},
    ]  # fmt: skip
    [pair] = report["possible_duplicate_pairs"]
    assert (pair["file"], pair["card"], pair["name"], pair["other_name"]) == (
        "outlook.vcf", 3, "John Miller", "John Miller",
    )  # fmt: skip
    [skipped] = report["skipped_cards"]
    assert (skipped["file"], skipped["card"]) == ("outlook.vcf", 4)
    assert thomas["emails"] == ["thomas@gehrig.ch"] and thomas["birthday"] == "1981-05-26"
    assert contacts(run)["Mary Miller"]["emails"] == ["mary@miller.ch"]
    code, out, _ = run("import", "--json", outlook)
    again = json.loads(out)
    assert (again["new"], again["updated"], again["merged"]) == (0, 0, [])


def test_imports_list_and_undo(run, tmp_path):
    book = write(tmp_path / "a.vcf", ["FN:Anna Keller", "N:Keller;Anna;;;"])
    assert run("import", book)[0] == 0
    code, out, _ = run("imports", "--json")
    [entry] = json.loads(out)
    assert entry["files"] == ["a.vcf"] and entry["counts"]["new"] == 1
    assert entry["undone_at"] is None
    code, out, _ = run("imports")
    assert code == 0 and "a.vcf" in out and "new 1" in out
    code, out, _ = run("imports", "undo", str(entry["id"]))
    assert code == 0 and "1 contact(s) removed" in out
    assert contacts(run) == {}
    code, _, err = run("imports", "undo", str(entry["id"]))
    assert code == 2 and "already undone" in err
    code, _, err = run("imports", "undo", "77")
    assert code == 2 and "no import with id 77" in err


def test_duplicates_scan_merge_undo_dismiss(run):
    ids = [
        run("add", "--given", "Eva", "--family", "Roth", "--email", "eva@roth.ch")[1].strip(),
        run("add", "--given", "Eva", "--family", "Roth", "--phone", "079 000 00 00")[1].strip(),
        run("add", "--given", "Eva", "--family", "Roth", "--tag", "Golf")[1].strip(),
    ]
    code, out, err = run("duplicates", "--scan", "--json")
    pairs = json.loads(out)
    assert code == 0 and len(pairs) == 3 and "3 new possible duplicate(s)" in err
    assert pairs[0]["ids"] == [int(ids[0]), int(ids[1])] and pairs[0]["evidence"] == ["same name"]
    assert pairs[0]["a"]["emails"] == ["eva@roth.ch"] and pairs[0]["b"]["phones"] == [
        "+41790000000"  # stored in E.164, as the card stores it
    ]
    code, out, _ = run("duplicates", "dismiss", ids[0], ids[2])
    assert code == 0
    code, out, _ = run("duplicates", "merge", ids[0], ids[1], "--json")
    merge = json.loads(out)
    assert (
        code == 0 and merge["kept_id"] == int(ids[0]) and "phone +41790000000" in (merge["changes"])
    )
    [eva] = [c for c in json.loads(run("contacts", "--json")[1]) if c["id"] == int(ids[0])]
    assert eva["emails"] == ["eva@roth.ch"] and eva["phones"] == ["+41790000000"]
    code, out, _ = run("duplicates", "--scan", "--json")
    assert json.loads(out) == []  # the dismissed pair is not proposed again
    code, out, _ = run("duplicates", "merges")
    assert code == 0 and f"{ids[1]} (Eva Roth) into {ids[0]} (Eva Roth)" in out
    code, out, _ = run("duplicates", "undo", str(merge["merge_id"]))
    assert code == 0 and "apart again" in out
    assert len(json.loads(run("contacts", "--json")[1])) == 3
    code, _, err = run("duplicates", "merge", ids[0], "999")
    assert code == 2 and "no contact with id 999" in err
