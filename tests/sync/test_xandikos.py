"""The one-shot command against a second real server, Xandikos on 127.0.0.1 (see conftest.py);
the sync scenarios run against it in test_both_servers.py."""

from __future__ import annotations

import json

from .conftest import PASSWORD, USER

ANNA = """BEGIN:VCARD
VERSION:3.0
UID:anna-1
FN:Anna Keller
N:Keller;Anna;;;
ORG:Acme
X-PHONE-ONLY:kept
END:VCARD
"""


def test_one_shot_command_against_xandikos(xandikos, data_dir, capsys, monkeypatch):
    import io

    from netzwerk_app.cli import main

    xandikos.put("anna.vcf", ANNA)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "sync", "--url", xandikos.url, "--user", USER,
                 "--password-stdin", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["pulled"] == 1
