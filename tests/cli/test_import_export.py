"""`netzwerk import` and `netzwerk export` end to end on a temp data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "data" / "vcards"


def test_import_summary_and_problems(run):
    files = [
        str(CORPUS / "eds__missing-begin.vcf"),
        str(CORPUS / "ez-vcard__gmail-list-multi-no-final-newline.vcf"),
    ]
    code, out, err = run("import", *files)
    assert code == 0
    assert out.strip() == "3 created, 0 updated, 0 unchanged, 1 skipped"
    assert "eds__missing-begin.vcf, card 1, line 1: error: card has no BEGIN:VCARD line" in err
    code, out, _ = run("import", *files)
    assert code == 0 and out.strip() == "0 created, 0 updated, 3 unchanged, 1 skipped"


def test_import_with_tier_and_dry_run(run):
    file = str(CORPUS / "ez-vcard__gmail-list-multi-no-final-newline.vcf")
    code, out, _ = run("import", "--dry-run", file)
    assert code == 0 and "3 would be created" in out
    code, out, _ = run("contacts")
    assert out == ""
    code, out, _ = run("import", "--tier", "B", file)
    code, out, _ = run("contacts", "--tier", "B")
    assert out.count("\n") == 3 and "Arnold Smith" in out


def test_import_nothing_readable_exits_1(run, tmp_path):
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"this is not a vcard\n")
    code, out, err = run("import", str(junk))
    assert code == 1
    assert "junk.vcf: error: not a vCard file" in err
    code, _, err = run("import", str(tmp_path / "missing.vcf"))
    assert code == 1 and "cannot read file" in err


def test_import_bad_tier_is_a_usage_error(run):
    code, _, err = run("import", "--tier", "Q", str(CORPUS / "thunderbird__import-crcrlf.vcf"))
    assert code == 2 and "unknown tier" in err


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_all_and_by_tier(run, tmp_path, version):
    run("import", "--tier", "A", str(CORPUS / "thunderbird__import-crcrlf.vcf"))
    run("import", str(CORPUS / "ez-vcard__gmail-list-multi-no-final-newline.vcf"))
    out_all = tmp_path / "all.vcf"
    code, _, err = run("export", str(out_all), "--vcard-version", version)
    assert code == 0 and "4 contact(s) written" in err
    data = out_all.read_bytes()
    assert data.count(b"BEGIN:VCARD") == 4 and f"VERSION:{version}".encode() in data
    out_a = tmp_path / "a.vcf"
    code, _, err = run("export", str(out_a), "--tier", "A")
    assert "1 contact(s)" in err and b"X-NETZWERK-TIER:A" in out_a.read_bytes()
    code, _, err = run("export", str(tmp_path / "none.vcf"), "--tier", "none")
    assert "3 contact(s)" in err


def test_export_to_unwritable_place(run, tmp_path):
    code, _, err = run("export", str(tmp_path / "no" / "such" / "dir" / "x.vcf"))
    assert code == 1 and "cannot write" in err


@pytest.mark.parametrize("command", ["export", "ics"])
@pytest.mark.parametrize("name", ["netzwerk.sqlite3", "netzwerk.sqlite3-wal"])
def test_export_never_overwrites_the_database(run, data_dir, command, name):
    assert run("add", "--given", "Bleibt")[0] == 0
    database = data_dir / "netzwerk.sqlite3"
    before = database.read_bytes()[:16]
    code, _, err = run(command, str(data_dir / name))
    assert code == 2
    assert err.strip().endswith("is the Netzwerk database itself; choose another file to write")
    assert database.read_bytes()[:16] == before
    code, out, _ = run("contacts")
    assert code == 0 and "Bleibt" in out
