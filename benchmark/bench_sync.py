"""Sync against a local Radicale (127.0.0.1 only): first sync of N cards, then a no-op sync.

    python benchmark/bench_sync.py [N]

Prints seconds per step. Needs `radicale` installed (the test extra).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from netzwerk_app.core.database import open_database
from netzwerk_app.sync import accounts, engine


def main(count: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        (folder / "users").write_text("anna:pw\n")
        (folder / "config").write_text(
            f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\ndelay = 0\n"
            f"[storage]\nfilesystem_folder = {folder / 'col'}\n[rights]\ntype = owner_only\n"
            "[web]\ntype = none\n[logging]\nlevel = warning\n"
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(folder / "config")]
        )
        url = f"http://127.0.0.1:{port}/"
        try:
            phone = httpx.Client(auth=("anna", "pw"), timeout=30)
            for _ in range(100):
                try:
                    phone.request("PROPFIND", url + "anna/", headers={"Depth": "0"})
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            book = url + "anna/contacts/"
            phone.request(
                "MKCOL",
                book,
                content='<mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop>'
                "<resourcetype><collection/><C:addressbook/></resourcetype></prop></set></mkcol>",
            )
            for i in range(count):
                card = (
                    f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nFN:Person {i} Test\r\n"
                    f"N:Test;Person {i};;;\r\nEMAIL:p{i}@example.com\r\nEND:VCARD\r\n"
                )
                phone.put(f"{book}{i}.vcf", content=card.encode())
            db = open_database(folder / "data")
            account = accounts.add_account(db, url, "anna", "X")
            for label in ("first sync", "no-op sync"):
                start = time.perf_counter()
                if label == "no-op sync" and "--profile" in sys.argv:
                    import cProfile

                    cProfile.runctx(
                        "engine.sync_account(db, account, 'pw')",
                        globals(),
                        locals(),
                        sort="cumulative",
                    )
                summary = engine.sync_account(db, account, "pw")
                took = time.perf_counter() - start
                print(f"{label}: {took:.2f} s (pulled {summary.pulled}, pushed {summary.pushed})")
            db.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1000)
