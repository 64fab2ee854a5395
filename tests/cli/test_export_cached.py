"""`netzwerk export` keeps its cards in the export cache beside the database: a second export
is the same file, an edit between the two is in it, and the daily backup holds no cache."""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.core.export_cache import cache_path

CORPUS = Path(__file__).parent.parent / "data" / "vcards"


def test_export_twice_and_after_an_edit(run, data_dir, tmp_path):
    run("import", "--tier", "A", str(CORPUS / "thunderbird__import-crcrlf.vcf"))
    run("import", str(CORPUS / "ez-vcard__gmail-list-multi-no-final-newline.vcf"))
    first, second = tmp_path / "1.vcf", tmp_path / "2.vcf"
    assert run("export", str(first))[0] == 0
    cache = cache_path(data_dir / "netzwerk.sqlite3")
    assert cache.is_file()
    assert run("export", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    assert run("add", "--given", "Eve", "--phone", "079 555 01 02", "--tier", "B")[0] == 0
    assert run("export", str(second))[0] == 0
    assert second.read_bytes() != first.read_bytes()
    cache.unlink()  # derived data: without it the export is the same
    assert run("export", str(first))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    backups = list((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []
    assert not [p for p in backups if "cache" in p.name]
