"""The page the phone handover serves: a file picker, an upload button and a progress bar, in
German or English by the browser's language, with no external resources (see `handover`)."""

from __future__ import annotations

import html
import json
import re

TEXTS = {
    "en": {
        "title": "Send contacts to Netzwerk",
        "intro": "Choose the contacts file (.vcf) you exported on this phone, then send it.",
        "pick": "Choose the .vcf file",
        "send": "Send to the computer",
        "sending": "Sending…",
        "done": "Done: look at your computer.",
        "failed": "Sending failed. Check that the phone is on the same network and try again.",
        "not_vcard": "This is not a contacts file (vCard, .vcf). Nothing was sent. Choose the "
        "file your phone exported.",
        "too_big": "The file is larger than 50 MB. Nothing was sent.",
        "none": "Choose a file first.",
        "note": "Plain HTTP on your local network: use it on a network you trust.",
    },
    "de": {
        "title": "Kontakte an Netzwerk senden",
        "intro": "Wählen Sie die Kontaktdatei (.vcf), die Sie auf diesem Telefon exportiert "
        "haben, und senden Sie sie.",
        "pick": ".vcf-Datei wählen",
        "send": "An den Computer senden",
        "sending": "Wird gesendet …",
        "done": "Fertig: Schauen Sie auf Ihren Computer.",
        "failed": "Senden fehlgeschlagen. Ist das Telefon im selben Netzwerk? Bitte nochmals "
        "versuchen.",
        "not_vcard": "Das ist keine Kontaktdatei (vCard, .vcf). Es wurde nichts gesendet. "
        "Wählen Sie die Datei, die Ihr Telefon exportiert hat.",
        "too_big": "Die Datei ist grösser als 50 MB. Es wurde nichts gesendet.",
        "none": "Bitte zuerst eine Datei wählen.",
        "note": "Unverschlüsseltes HTTP im lokalen Netzwerk: nur in einem vertrauenswürdigen "
        "Netzwerk verwenden.",
    },
}


def page_language(accept_language: str | None) -> str:
    """'de' or 'en' from an Accept-Language header (by quality, then order); English otherwise."""
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            try:
                quality = float(match.group(1))
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in TEXTS and quality > 0:
            choices.append((-quality, index, primary))
    return min(choices)[2] if choices else "en"


_STYLE = """
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
 background:#f4f5f7;color:#1d2733;font-size:17px;line-height:1.45}
main{max-width:480px;margin:0 auto;padding:28px 20px}
h1{font-size:1.45em;margin:0 0 12px}
p{margin:0 0 18px}
.pick{display:block;width:100%;padding:18px 14px;border:2px dashed #8a97a8;border-radius:12px;
 background:#fff;text-align:center;font-size:1em;cursor:pointer}
.pick input{display:block;width:100%;margin-top:10px;font-size:.9em}
button{display:block;width:100%;margin-top:18px;padding:15px;border:0;border-radius:12px;
 background:#1f6feb;color:#fff;font-size:1.05em;font-weight:600}
button:disabled{background:#9db7e0}
progress{display:block;width:100%;height:14px;margin-top:18px}
#status{margin-top:16px;min-height:1.5em;font-weight:600}
#status.ok{color:#1a7f37;font-size:1.25em}
#status.err{color:#b42318}
.note{margin-top:28px;font-size:.82em;color:#5b6777}
"""

_SCRIPT = """
const T = %s;
const form = document.getElementById('form');
const input = document.getElementById('file');
const button = document.getElementById('send');
const bar = document.getElementById('bar');
const status = document.getElementById('status');
function say(text, kind) { status.textContent = text; status.className = kind || ''; }
form.addEventListener('submit', function (event) {
  event.preventDefault();
  const file = input.files[0];
  if (!file) { say(T.none, 'err'); return; }
  const xhr = new XMLHttpRequest();
  xhr.open('POST', location.pathname);
  xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
  xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
  xhr.upload.onprogress = function (e) {
    if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; }
  };
  xhr.onload = function () {
    let message = '';
    try { message = JSON.parse(xhr.responseText).message; } catch (err) { message = ''; }
    if (xhr.status === 200) {
      bar.value = bar.max; say(T.done, 'ok'); button.disabled = true; input.disabled = true;
    } else {
      bar.hidden = true; button.disabled = false;
      say(message || (xhr.status === 413 ? T.too_big : T.failed), 'err');
    }
  };
  xhr.onerror = function () { bar.hidden = true; button.disabled = false; say(T.failed, 'err'); };
  button.disabled = true; bar.hidden = false; bar.removeAttribute('value'); say(T.sending);
  xhr.send(file);
});
"""


def render_page(language: str, message: str = "", ok: bool = False) -> str:
    """The phone's one page; `message` is shown after a form post without JavaScript."""
    t = TEXTS[language]
    script_texts = json.dumps(
        {k: t[k] for k in ("done", "failed", "too_big", "none", "sending")}, ensure_ascii=False
    ).replace("<", "\\u003c")
    status_class = "ok" if ok else ("err" if message else "")
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">'
        f"<title>{html.escape(t['title'])}</title><style>{_STYLE}</style></head><body><main>"
        f"<h1>{html.escape(t['title'])}</h1><p>{html.escape(t['intro'])}</p>"
        '<form id="form" method="post" enctype="multipart/form-data">'
        f'<label class="pick">{html.escape(t["pick"])}'
        '<input id="file" name="file" type="file" '
        'accept=".vcf,.vcard,text/vcard,text/x-vcard,text/directory"></label>'
        f'<button id="send" type="submit">{html.escape(t["send"])}</button>'
        '<progress id="bar" max="1" hidden></progress></form>'
        f'<div id="status" class="{status_class}" role="status">{html.escape(message)}</div>'
        f'<p class="note">{html.escape(t["note"])}</p>'
        f"<script>{_SCRIPT % script_texts}</script></main></body></html>"
    )


# ---------------------------------------------------------------- the server
