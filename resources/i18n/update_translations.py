# ruff: noqa: E501  (a table of long UI strings)
"""Update the main window's translations: run lupdate over the GUI sources, fill in the German
texts (and the English plural forms) kept below, and compile the .qm files into the package.

Run from the repository root: python resources/i18n/update_translations.py
The board helper's strings live in netzwerk_board_*.ts and are not touched here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "netzwerk_app" / "resources" / "i18n"
SOURCES = [
    "netzwerk_app/ui/actions.py",
    "netzwerk_app/ui/app.py",
    "netzwerk_app/ui/banner.py",
    "netzwerk_app/ui/commands.py",
    "netzwerk_app/ui/card/card.py",
    "netzwerk_app/ui/card/conflict_banner.py",
    "netzwerk_app/ui/card/form.py",
    "netzwerk_app/ui/card/network_section.py",
    "netzwerk_app/ui/card/photo.py",
    "netzwerk_app/ui/card/reach.py",
    "netzwerk_app/ui/card/timeline.py",
    "netzwerk_app/ui/contact_picker.py",
    "netzwerk_app/ui/dialogs/duplicates_dialog.py",
    "netzwerk_app/ui/dialogs/events_dialog.py",
    "netzwerk_app/ui/dialogs/export_dialog.py",
    "netzwerk_app/ui/dialogs/import_dialog.py",
    "netzwerk_app/ui/dialogs/import_phrases.py",
    "netzwerk_app/ui/dialogs/import_worker.py",
    "netzwerk_app/ui/dialogs/imports_dialog.py",
    "netzwerk_app/ui/dialogs/introduce_dialog.py",
    "netzwerk_app/ui/dialogs/link_dialog.py",
    "netzwerk_app/ui/dialogs/openers.py",
    "netzwerk_app/ui/dialogs/overview_dialog.py",
    "netzwerk_app/ui/dialogs/review_dialog.py",
    "netzwerk_app/ui/dialogs/settings_dialog.py",
    "netzwerk_app/ui/dialogs/touchpoint_dialog.py",
    "netzwerk_app/ui/i18n.py",
    "netzwerk_app/ui/main_window.py",
    "netzwerk_app/ui/models/contact_model.py",
    "netzwerk_app/ui/network_menu.py",
    "netzwerk_app/ui/pages/contacts_page.py",
    "netzwerk_app/ui/reminder_wording.py",
    "netzwerk_app/ui/sync/account_editor.py",
    "netzwerk_app/ui/sync/accounts_dialog.py",
    "netzwerk_app/ui/sync/conflicts_dialog.py",
    "netzwerk_app/ui/sync/controller.py",
    "netzwerk_app/ui/sync/password_dialog.py",
    "netzwerk_app/ui/sync/password_field.py",
    "netzwerk_app/ui/sync/presets.py",
    "netzwerk_app/ui/tray.py",
    "netzwerk_app/ui/tray_icon.py",
    "netzwerk_app/ui/undo.py",
]

EN_PLURALS: dict[str, tuple[str, str]] = {
    # possible duplicates and recent imports
    "%n possible duplicate(s)": ("%n possible duplicate", "%n possible duplicates"),
    "The scan found %n new possible duplicate(s).": (
        "The scan found %n new possible duplicate.",
        "The scan found %n new possible duplicates.",
    ),
    "Import undone: %n contact(s) removed": (
        "Import undone: %n contact removed",
        "Import undone: %n contacts removed",
    ),
    "%n contact(s) restored": ("%n contact restored", "%n contacts restored"),
    "%n contact(s) no longer there.": (
        "%n contact no longer there.",
        "%n contacts no longer there.",
    ),
    # tray and reminders
    "%n touchpoint(s) due": ("%n touchpoint due", "%n touchpoints due"),
    ", and %n more": (", and %n more", ", and %n more"),
    "%n more in the agenda…": ("%n more in the agenda…", "%n more in the agenda…"),
    "overdue %n day(s)": ("overdue %n day", "overdue %n days"),
    "%n contact(s)": ("%n contact", "%n contacts"),
    "%n card(s) skipped": ("%n card skipped", "%n cards skipped"),
    "%n contact(s) added": ("%n contact added", "%n contacts added"),
    "%n contact(s) archived.": ("%n contact archived.", "%n contacts archived."),
    "%n archived contact(s)": ("%n archived contact", "%n archived contacts"),
    "%n contact(s) restored from the archive.": (
        "%n contact restored from the archive.",
        "%n contacts restored from the archive.",
    ),
    "%n contact(s) archived. Undo with Ctrl+Z.": (
        "%n contact archived. Undo with Ctrl+Z.",
        "%n contacts archived. Undo with Ctrl+Z.",
    ),
    "%n contact(s) deleted. Undo with Ctrl+Z.": (
        "%n contact deleted. Undo with Ctrl+Z.",
        "%n contacts deleted. Undo with Ctrl+Z.",
    ),
    "%n contact(s) exported.": ("%n contact exported.", "%n contacts exported."),
    "%n contact(s) restored.": ("%n contact restored.", "%n contacts restored."),
    "%n contact(s) updated": ("%n contact updated", "%n contacts updated"),
    "%n due today": ("%n due today", "%n due today"),
    "%n overdue": ("%n overdue", "%n overdue"),
    "%n unchanged": ("%n unchanged", "%n unchanged"),
    "Delete %n contacts for good?": ("Delete %n contact for good?", "Delete %n contacts for good?"),
    "Due in %n day(s)": ("Due in %n day", "Due in %n days"),
    "Overdue by %n day(s)": ("Overdue by %n day", "Overdue by %n days"),
    "The contacts shown now (%n)": ("The contact shown now (%n)", "The contacts shown now (%n)"),
    "The selected contacts (%n)": ("The selected contact (%n)", "The selected contacts (%n)"),
    "Tier changed for %n contact(s).": (
        "Tier changed for %n contact.",
        "Tier changed for %n contacts.",
    ),
    "Touchpoint logged with %n contact(s).": (
        "Touchpoint logged with %n contact.",
        "Touchpoint logged with %n contacts.",
    ),
    "and %n more": ("and %n more", "and %n more"),
    "Reading the file… %n card(s)": ("Reading the file… %n card", "Reading the file… %n cards"),
    # CardDAV sync (issue 17)
    "%n sync conflict(s)": ("%n sync conflict", "%n sync conflicts"),
    "Connected: %n address book(s) found.": (
        "Connected: %n address book found.",
        "Connected: %n address books found.",
    ),
    "Synced %n min ago": ("Synced %n min ago", "Synced %n min ago"),
}

DE: dict[str, str | tuple[str, str]] = {
    # CardDAV sync (issue 17): accounts, background sync, conflicts
    "The password is kept in the system's keyring, never in a file.": "Das Passwort liegt im Schlüsselbund des Systems, nie in einer Datei.",
    "No keyring is available on this system: the password is kept until Netzwerk quits, and asked for again next time.": "Auf diesem System gibt es keinen Schlüsselbund: Das Passwort bleibt nur, bis Netzwerk beendet wird, und wird beim nächsten Mal wieder erfragt.",
    "&Test Connection": "Verbindung &testen",
    "&Provider:": "&Anbieter:",
    "&Server:": "&Server:",
    "&User name:": "&Benutzername:",
    "App &password:": "App-&Passwort:",
    "Address &books to sync:": "Zu synchronisierende &Adressbücher:",
    "New &contacts go to:": "Neue &Kontakte kommen in:",
    "Connecting…": "Verbinde …",
    "Connected: %n address book(s) found.": (
        "Verbunden: %n Adressbuch gefunden.",
        "Verbunden: %n Adressbücher gefunden.",
    ),
    "Connected, but no address books were found.": "Verbunden, aber keine Adressbücher gefunden.",
    "The server refused the user name or password.": "Der Server hat Benutzername oder Passwort abgelehnt.",
    "The server answered, but not as a CardDAV server: %1": "Der Server hat geantwortet, aber nicht als CardDAV-Server: %1",
    "The server cannot be reached: %1": "Der Server ist nicht erreichbar: %1",
    "Enter the app password.": "Geben Sie das App-Passwort ein.",
    "Sync Accounts": "Sync-Konten",
    "Add Account": "Konto hinzufügen",
    "Edit Account": "Konto bearbeiten",
    "Netzwerk syncs your contacts both ways with CardDAV address books (Nextcloud, Fastmail, iCloud, Radicale …): a number changed on the phone arrives here, a contact filed into a tier here reaches the phone.": "Netzwerk gleicht Ihre Kontakte in beide Richtungen mit CardDAV-Adressbüchern ab (Nextcloud, Fastmail, iCloud, Radicale …): Eine auf dem Telefon geänderte Nummer kommt hier an, ein hier einer Stufe zugeordneter Kontakt erreicht das Telefon.",
    "&Add…": "&Hinzufügen …",
    "&Edit…": "&Bearbeiten …",
    "&Remove": "&Entfernen",
    " min": " Min.",
    "never": "nie",
    "Sync &every:": "Synchronisieren &alle:",
    "and at start, shortly after an edit, and with Sync Now": "sowie beim Start, kurz nach einer Änderung und mit «Jetzt synchronisieren»",
    "Address books: %1": "Adressbücher: %1",
    "New contacts go to: %1": "Neue Kontakte kommen in: %1",
    "Last sync: %1": "Letzte Synchronisation: %1",
    "Remove Account": "Konto entfernen",
    "Remove the account %1? The contacts stay on this computer and on the server; the password is removed from the keyring.": "Das Konto %1 entfernen? Die Kontakte bleiben auf diesem Computer und auf dem Server; das Passwort wird aus dem Schlüsselbund entfernt.",
    "Sync Conflicts": "Sync-Konflikte",
    "Field": "Feld",
    "Mine (this computer)": "Meins (dieser Computer)",
    "Theirs (the server)": "Server",
    "&Mine": "&Meins",
    "Keep the values of this computer": "Die Werte dieses Computers behalten",
    "&Theirs": "&Server",
    "Keep the server's values": "Die Werte des Servers behalten",
    "&Both": "&Beides",
    "Keep the server's values and add this computer's to the notes": "Die Werte des Servers behalten und die dieses Computers in die Notizen übernehmen",
    "Keep:": "Behalten:",
    "No open conflicts: everything is in sync.": "Keine offenen Konflikte: Alles ist abgeglichen.",
    "(a deleted contact)": "(ein gelöschter Kontakt)",
    "deleted on the server": "auf dem Server gelöscht",
    "The card was deleted on the server while you edited the contact here. It was kept and uploaded again. Mine or Both keep it; Theirs archives it here and deletes it on the server.": "Die Karte wurde auf dem Server gelöscht, während Sie den Kontakt hier bearbeitet haben. Er wurde behalten und wieder hochgeladen. «Meins» oder «Beides» behalten ihn; «Server» archiviert ihn hier und löscht ihn auf dem Server.",
    "Changed on both sides since the last sync. The server's values are in the contact now; yours are kept here until you choose.": "Seit der letzten Synchronisation auf beiden Seiten geändert. Die Werte des Servers stehen jetzt im Kontakt; Ihre werden hier aufbewahrt, bis Sie entscheiden.",
    "Sync Password": "Sync-Passwort",
    "The server needs the (app) password of %1 to sync.": "Der Server braucht das (App-)Passwort von %1, um zu synchronisieren.",
    "&Password:": "&Passwort:",
    "&Accounts": "&Konten",
    "Sync &Now": "Jetzt &synchronisieren",
    "&Accounts…": "&Konten …",
    "Sync &Conflicts…": "Sync-Kon&flikte …",
    "S&ync": "S&ync",
    "%n sync conflict(s)": ("%n Sync-Konflikt", "%n Sync-Konflikte"),
    "Syncing…": "Synchronisiere …",
    "Offline: not synced": "Offline: nicht synchronisiert",
    "Not synced (see the tooltip)": "Nicht synchronisiert (siehe Tooltip)",
    "Not synced: password needed": "Nicht synchronisiert: Passwort nötig",
    "Synced just now": "Gerade synchronisiert",
    "Synced %n min ago": ("Vor %n Min. synchronisiert", "Vor %n Min. synchronisiert"),
    "Synced at %1": "Synchronisiert um %1",
    "Enter the password for %1…": "Passwort für %1 eingeben …",
    "First name": "Vorname",
    "Middle name": "Zweiter Vorname",
    "Last name": "Nachname",
    "Met where": "Kennengelernt wo",
    "They offer": "Bietet",
    "I can offer": "Ich kann bieten",
    "(a photo)": "(ein Foto)",
    "Nextcloud": "Nextcloud",
    "Fastmail": "Fastmail",
    "iCloud": "iCloud",
    "Radicale or another server (URL)": "Radicale oder ein anderer Server (URL)",
    "Your Nextcloud's address. Use an app password: Nextcloud ▸ Settings ▸ Security.": "Die Adresse Ihrer Nextcloud. Verwenden Sie ein App-Passwort: Nextcloud ▸ Einstellungen ▸ Sicherheit.",
    "Use an app password: Fastmail ▸ Settings ▸ Privacy & Security ▸ App passwords.": "Verwenden Sie ein App-Passwort: Fastmail ▸ Einstellungen ▸ Datenschutz & Sicherheit ▸ App-Passwörter.",
    "Use an app-specific password from account.apple.com (Sign-In and Security).": "Verwenden Sie ein app-spezifisches Passwort von account.apple.com (Anmeldung und Sicherheit).",
    "The server's address; Netzwerk finds the address books there.": "Die Adresse des Servers; Netzwerk findet die Adressbücher dort.",
    # network care (issue 14): review, the card's Network tab, introductions, events, overview
    "No positions recorded yet.": "Noch keine Positionen erfasst.",
    "today": "heute",
    "Type a name…": "Namen eingeben …",
    "Events": "Anlässe",
    "Place": "Ort",
    "People": "Personen",
    "e.g. Apéro of the trade association": "z. B. Apéro des Gewerbeverbands",
    "Add &Event": "&Anlass hinzufügen",
    "New event": "Neuer Anlass",
    "&Place:": "&Ort:",
    "First and last name": "Vor- und Nachname",
    "One line to remember them by": "Eine Zeile, um sich an die Person zu erinnern",
    "Add &Person": "&Person hinzufügen",
    "Met at this event": "An diesem Anlass kennengelernt",
    "Na&me:": "Na&me:",
    "No&te:": "No&tiz:",
    "&Attach Contact": "Kontakt &zuordnen",
    "Attach an existing contact": "Einen bestehenden Kontakt zuordnen",
    "Close": "Schliessen",
    "Choose or add an event.": "Wählen Sie einen Anlass oder fügen Sie einen hinzu.",
    "Introduce": "Vorstellen",
    "Introduce:": "Vorstellen:",
    "To:": "Mit:",
    "Why they should meet": "Warum sie sich kennenlernen sollten",
    "What came of it (optional)": "Was daraus wurde (optional)",
    "&Outcome:": "&Ergebnis:",
    "Made: logs an introduction touchpoint with both and links them.": (
        "Gemacht: erfasst bei beiden einen Touchpoint «Vorstellung» und verknüpft sie."
    ),
    "Choose both contacts.": "Wählen Sie beide Kontakte.",
    "Add Link": "Verbindung hinzufügen",
    "e.g. studied together": "z. B. zusammen studiert",
    "Knows:": "Kennt:",
    "How:": "Woher:",
    "Made": "Gemacht",
    "Followed up": "Nachgefasst",
    "&Network": "&Netzwerk",
    "Tier &Review…": "Stufen-&Überprüfung …",
    "&Events…": "&Anlässe …",
    "Introduction &Suggestions…": "Vor&schläge zum Vorstellen …",
    "&Introduce…": "&Vorstellen …",
    "Network &Overview…": "Netzwerk-Ü&bersicht …",
    "How they know each other": "Woher sie sich kennen",
    "Add &Link…": "Verbindung &hinzufügen …",
    "Net&work": "Netz&werk",
    "Remove Link": "Verbindung entfernen",
    "Introduced to": "Vorgestellt mit",
    "Career": "Laufbahn",
    "Knows": "Kennt",
    "Introductions": "Vorstellungen",
    "Network Overview": "Netzwerk-Übersicht",
    "Contacts per tier": "Kontakte pro Stufe",
    "Overdue per tier": "Überfällig pro Stufe",
    "Touchpoints per month (last 12 months)": "Touchpoints pro Monat (letzte 12 Monate)",
    "In person (last 90 days)": "Persönlich (letzte 90 Tage)",
    "Introductions this year": "Vorstellungen dieses Jahr",
    "&Refresh": "&Aktualisieren",
    "%1 of %2 touchpoints": "%1 von %2 Touchpoints",
    "made since 1 January": "gemacht seit dem 1. Januar",
    "Tier Review": "Stufen-Überprüfung",
    "Reason for a move (optional)": "Grund für einen Wechsel (optional)",
    "&Keep Tier (K)": "Stufe &behalten (K)",
    "Move to %1": "Nach %1",
    "Archive (X)": "Archivieren (X)",
    "Skip (S)": "Überspringen (S)",
    "Nothing to review: every tier is up to date.": (
        "Nichts zu überprüfen: Alle Stufen sind aktuell."
    ),
    "Last touchpoints": "Letzte Touchpoints",
    "Tier history": "Stufenverlauf",
    "Career changed since the last review": "Laufbahn seit der letzten Überprüfung geändert",
    "Long neglected: consider tier %1": "Lange vernachlässigt: Stufe %1 erwägen",
    "Long neglected: consider archiving": "Lange vernachlässigt: Archivieren erwägen",
    "Frequent recent touchpoints: consider tier %1": (
        "Viele Touchpoints in letzter Zeit: Stufe %1 erwägen"
    ),
    "Not reviewed for a long time": "Lange nicht überprüft",
    "Waiting for review: %1": "Zur Überprüfung: %1",
    "No touchpoints yet": "Noch keine Touchpoints",
    "Introduction Suggestions": "Vorschläge zum Vorstellen",
    "Contact": "Kontakt",
    "No suggestions: add interests and offers to your contacts.": (
        "Keine Vorschläge: Erfassen Sie Interessen und Angebote Ihrer Kontakte."
    ),
    "&Dismiss for Good": "Für immer &verwerfen",
    "review": "Überprüfung",
    "Through": "Über",
    "Chain of acquaintances": "Kette von Bekannten",
    "Who could introduce me": "Wer mich vorstellen könnte",
    "%1 offers what %2 looks for: %3": "%1 bietet, was %2 sucht: %3",
    "shared interests: %1": "gemeinsame Interessen: %1",
    # tray and reminders (tray.py, tray_icon.py, reminder_wording.py, banner.py)
    "%n touchpoint(s) due": ("%n Touchpoint fällig", "%n Touchpoints fällig"),
    ", and %n more": (" und %n weiterer", " und %n weitere"),
    "%n more in the agenda…": ("%n weiterer in der Agenda …", "%n weitere in der Agenda …"),
    "overdue %n day(s)": ("%n Tag überfällig", "%n Tage überfällig"),
    "meeting": "Treffen",
    "lunch": "Mittagessen",
    "call": "Anruf",
    "message": "Nachricht",
    "email": "E-Mail",
    "event": "Anlass",
    "greeting": "Glückwunsch",
    "introduction": "Vorstellung",
    "touchpoint": "Touchpoint",
    "birthday": "Geburtstag",
    "Netzwerk: nothing due today": "Netzwerk: heute nichts fällig",
    "Open Netzwerk": "Netzwerk öffnen",
    "Nothing due today": "Heute nichts fällig",
    "Due today and overdue": "Heute fällig und überfällig",
    "Open the Agenda": "Agenda öffnen",
    "Snooze All until Tomorrow": "Alle auf morgen verschieben",
    "Quit": "Beenden",
    "Open Card": "Karte öffnen",
    "Done": "Erledigt",
    "Snooze until Tomorrow": "Auf morgen verschieben",
    "Netzwerk keeps running": "Netzwerk läuft weiter",
    "Netzwerk stays in the tray to remind you of due touchpoints. Quit it from the tray's menu.": (
        "Netzwerk bleibt im Infobereich und erinnert Sie an fällige Touchpoints. Beenden "
        "können Sie es über das Menü im Infobereich."
    ),
    "Your desktop shows no system tray: Netzwerk reminds you of due touchpoints here while this window is open.": (
        "Ihr Desktop zeigt keinen Infobereich (System-Tray): Netzwerk erinnert Sie hier an "
        "fällige Touchpoints, solange dieses Fenster offen ist."
    ),
    "Open agenda": "Agenda öffnen",
    "Hide": "Ausblenden",
    "Start Netzwerk in the tray when I log in": "Netzwerk beim Anmelden im Infobereich starten",
    "Start at login:": "Beim Anmelden:",
    # Help ▸ Check the Database (the full check an ordinary open skips)
    "&Check the Database": "Datenbank &prüfen",
    "Check the Database": "Datenbank prüfen",
    "The database is intact.": "Die Datenbank ist unversehrt.",
    # moving an introduction on (the card's Network tab)
    "Mark as &Made": "Als &gemacht markieren",
    "Mark as &Followed Up": "Als &nachverfolgt markieren",
    # the review interval (Settings ▸ General)
    "Tier review:": "Stufenprüfung:",
    "Ask to re-check a tier after": "Stufe erneut prüfen nach",
    " months": " Monaten",
    "without a review": "ohne Prüfung",
    "The start at login could not be changed: %1": (
        "Der Start beim Anmelden konnte nicht geändert werden: %1"
    ),
    # changes made elsewhere (conflict banner) and methods kept as typed
    "This contact was changed elsewhere while you edited it.": "Dieser Kontakt wurde anderswo geändert, während Sie ihn bearbeitet haben.",
    "&Merge": "&Zusammenführen",
    "Keep the changes made elsewhere and save yours with them": "Die anderswo gemachten Änderungen behalten und Ihre dazu speichern",
    "Keep &theirs": "&Deren Stand behalten",
    "Drop your edits and show the contact as stored": "Ihre Änderungen verwerfen und den gespeicherten Kontakt zeigen",
    "Keep m&ine": "&Meinen Stand behalten",
    "Save the card exactly as you see it, undoing the changes made elsewhere": "Die Karte genau so speichern, wie Sie sie sehen; die anderswo gemachten Änderungen werden zurückgenommen",
    "Fields marked ⚠ were changed by you too; Merge keeps your value there.": "Mit ⚠ markierte Felder haben Sie auch geändert; Zusammenführen behält dort Ihren Wert.",
    "Merge keeps both: their changes and yours.": "Zusammenführen behält beides: die anderen Änderungen und Ihre.",
    "(yours: %1)": "(Ihres: %1)",
    "Display name": "Anzeigename",
    "Nickname": "Spitzname",
    "Department": "Abteilung",
    "Job title": "Funktion",
    "Reach": "Erreichbar",
    "Addresses": "Adressen",
    "Met": "Kennengelernt",
    "Met on": "Kennengelernt am",
    "What they offer": "Was sie bieten",
    "What I can offer": "Was ich bieten kann",
    "Interests": "Interessen",
    "Tags": "Schlagwörter",
    "Photo": "Foto",
    "Other vCard data": "Weitere vCard-Daten",
    "(empty)": "(leer)",
    "%1 is not a phone number here; kept as typed.": "%1 ist hier keine Telefonnummer; so belassen, wie eingegeben.",
    "%1 does not look like an email address; kept as typed.": "%1 sieht nicht wie eine E-Mail-Adresse aus; so belassen, wie eingegeben.",
    # start-up: backups and the data folder
    "The disk is full: nothing was imported. Make room and try again.": "Die Festplatte ist voll: Es wurde nichts importiert. Schaffen Sie Platz und versuchen Sie es noch einmal.",
    "The database cannot be opened. The newest backup (%1) can take its place; the file it replaces is kept beside it.": "Die Datenbank kann nicht geöffnet werden. Die neueste Sicherung (%1) kann an ihre Stelle treten; die ersetzte Datei bleibt daneben erhalten.",
    "Restore the backup": "Sicherung wiederherstellen",
    "The backup could not be restored.": "Die Sicherung konnte nicht wiederhergestellt werden.",
    "Other users of this computer can look into the data folder %1; make it private (chmod 700).": "Andere Benutzer dieses Computers können in den Datenordner %1 sehen; machen Sie ihn privat (chmod 700).",
    # plurals: (one, many)
    "%n contact(s)": ("%n Kontakt", "%n Kontakte"),
    "%n card(s) skipped": ("%n Karte übersprungen", "%n Karten übersprungen"),
    "%n contact(s) added": ("%n Kontakt hinzugefügt", "%n Kontakte hinzugefügt"),
    "%n contact(s) archived.": ("%n Kontakt archiviert.", "%n Kontakte archiviert."),
    "%n archived contact(s)": ("%n archivierter Kontakt", "%n archivierte Kontakte"),
    "%n contact(s) restored from the archive.": (
        "%n Kontakt aus dem Archiv zurückgeholt.",
        "%n Kontakte aus dem Archiv zurückgeholt.",
    ),
    "Archived": "Archiviert",
    "&Restore from Archive": "Aus dem Archiv &zurückholen",
    "%n contact(s) archived. Undo with Ctrl+Z.": (
        "%n Kontakt archiviert. Rückgängig mit Strg+Z.",
        "%n Kontakte archiviert. Rückgängig mit Strg+Z.",
    ),
    "%n contact(s) deleted. Undo with Ctrl+Z.": (
        "%n Kontakt gelöscht. Rückgängig mit Strg+Z.",
        "%n Kontakte gelöscht. Rückgängig mit Strg+Z.",
    ),
    "%n contact(s) exported.": ("%n Kontakt exportiert.", "%n Kontakte exportiert."),
    "%n contact(s) restored.": ("%n Kontakt wiederhergestellt.", "%n Kontakte wiederhergestellt."),
    "%n contact(s) updated": ("%n Kontakt aktualisiert", "%n Kontakte aktualisiert"),
    "%n due today": ("%n heute fällig", "%n heute fällig"),
    "%n overdue": ("%n überfällig", "%n überfällig"),
    "%n unchanged": ("%n unverändert", "%n unverändert"),
    "Delete %n contacts for good?": (
        "%n Kontakt endgültig löschen?",
        "%n Kontakte endgültig löschen?",
    ),
    "Due in %n day(s)": ("Fällig in %n Tag", "Fällig in %n Tagen"),
    "Overdue by %n day(s)": ("Seit %n Tag überfällig", "Seit %n Tagen überfällig"),
    "The contacts shown now (%n)": (
        "Der jetzt angezeigte Kontakt (%n)",
        "Die jetzt angezeigten Kontakte (%n)",
    ),
    "The selected contacts (%n)": (
        "Der ausgewählte Kontakt (%n)",
        "Die ausgewählten Kontakte (%n)",
    ),
    "Tier changed for %n contact(s).": (
        "Stufe für %n Kontakt geändert.",
        "Stufe für %n Kontakte geändert.",
    ),
    "Touchpoint logged with %n contact(s).": (
        "Touchpoint mit %n Kontakt erfasst.",
        "Touchpoint mit %n Kontakten erfasst.",
    ),
    "and %n more": ("und %n weiterer", "und %n weitere"),
    "Reading the file… %n card(s)": (
        "Datei wird gelesen … %n Karte",
        "Datei wird gelesen … %n Karten",
    ),
    # labels of domain values
    "Meeting": "Treffen",
    "Lunch": "Mittagessen",
    "Call": "Anruf",
    "Message": "Nachricht",
    "Email": "E-Mail",
    "Event": "Anlass",
    "Greeting": "Glückwunsch",
    "Introduction": "Vorstellung",
    "Other": "Anderes",
    "In person": "Persönlich",
    "Phone": "Telefon",
    "Written": "Schriftlich",
    "Online": "Online",
    "days": "Tage",
    "weeks": "Wochen",
    "months": "Monate",
    "years": "Jahre",
    "Last touchpoint": "Letzter Touchpoint",
    "Birthday": "Geburtstag",
    "Website": "Webseite",
    "Social": "Soziales Netzwerk",
    "Messenger": "Messenger",
    "Unsorted": "Unsortiert",
    "System language": "Systemsprache",
    # app
    "Netzwerk": "Netzwerk",
    "Netzwerk cannot start": "Netzwerk kann nicht starten",
    "The database cannot be opened.": "Die Datenbank kann nicht geöffnet werden.",
    "Something went wrong. Your data is safe; please try again.": (
        "Etwas ist schiefgegangen. Ihre Daten sind sicher; bitte versuchen Sie es noch einmal."
    ),
    # main window
    "%1 of %2 shown": "%1 von %2 angezeigt",
    "&About Netzwerk": "Über &Netzwerk",
    "&Archive": "&Archivieren",
    "&Contact": "&Kontakt",
    "&Contacts": "&Kontakte",
    "&Delete…": "&Löschen …",
    "&Edit": "&Bearbeiten",
    "&Export…": "&Exportieren …",
    "&File": "&Datei",
    "&Find": "&Suchen",
    "&Help": "&Hilfe",
    "&Import vCard…": "vCard &importieren …",
    "&Log Touchpoint…": "&Touchpoint erfassen …",
    "&New Contact": "&Neuer Kontakt",
    "&Open Card": "Karte ö&ffnen",
    "&Quit": "&Beenden",
    "&Settings…": "&Einstellungen …",
    "&Tier Board": "&Stufen-Tafel",
    "&Undo Archive": "Archivieren &rückgängig",
    "&Undo Delete": "Löschen &rückgängig",
    "&View": "&Ansicht",
    "<h3>Netzwerk %1</h3><p>Keep your valuable relationships alive on purpose: contacts in tiers, care cadences, what is due.</p><p>Your data stays on this computer.</p><p>Licence: GNU General Public License, version 3 or later.</p>": (
        "<h3>Netzwerk %1</h3><p>Wertvolle Beziehungen bewusst pflegen: Kontakte in Stufen, "
        "Pflegerhythmen, was fällig ist.</p><p>Ihre Daten bleiben auf diesem Computer.</p>"
        "<p>Lizenz: GNU General Public License, Version 3 oder später.</p>"
    ),
    "About Netzwerk": "Über Netzwerk",
    "Add a contact": "Kontakt hinzufügen",
    "All tiers": "Alle Stufen",
    "C&alendar": "Ka&lender",
    "Delete": "Löschen",
    "Delete contacts": "Kontakte löschen",
    "Delete “%1” for good?": "„%1“ endgültig löschen?",
    "Export &Selection…": "Auswahl e&xportieren …",
    "Import from your phone…": "Vom Telefon importieren …",
    "Import vCard": "vCard importieren",
    "Keep your valuable relationships alive on purpose. Start by importing the address book of your phone (a .vcf file), or add your first contact.": (
        "Pflegen Sie Ihre wertvollen Beziehungen bewusst. Importieren Sie zuerst das "
        "Adressbuch Ihres Telefons (eine .vcf-Datei) oder fügen Sie Ihren ersten Kontakt hinzu."
    ),
    "Language": "Sprache",
    "Search contacts (Ctrl+F)": "Kontakte suchen (Strg+F)",
    "Select &All": "&Alles auswählen",
    "Set &Tier": "&Stufe setzen",
    "Show:": "Zeigen:",
    "The calendar is coming soon.": "Der Kalender kommt bald.",
    "The contact has changes that cannot be saved. Quit anyway?": (
        "Der Kontakt hat Änderungen, die nicht gespeichert werden können. Trotzdem beenden?"
    ),
    "The tier board is coming soon.": "Die Stufen-Tafel kommt bald.",
    "Tier %1": "Stufe %1",
    "Tip: export your contacts from your phone as a vCard file and drop it on this window.": (
        "Tipp: Exportieren Sie die Kontakte Ihres Telefons als vCard-Datei und ziehen Sie sie "
        "auf dieses Fenster."
    ),
    "Toolbar": "Werkzeugleiste",
    "Unsaved changes": "Ungespeicherte Änderungen",
    "Welcome to Netzwerk": "Willkommen bei Netzwerk",
    "You can undo this with Edit ▸ Undo Delete until you quit.": (
        "Bis zum Beenden lässt sich das mit Bearbeiten ▸ Löschen rückgängig widerrufen."
    ),
    "vCard files (*.vcf *.vcard);;All files (*)": "vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)",
    # table
    "Name": "Name",
    "Organization": "Organisation",
    "Title": "Funktion",
    "Tier": "Stufe",
    "Next due": "Fällig am",
    "ContactTableModel|Last touchpoint": "Zuletzt",
    "Due today": "Heute fällig",
    # contact card
    "&Birthday:": "&Geburtstag:",
    "&Details": "&Details",
    "&Job title:": "&Funktion:",
    "&Met:": "&Kennengelernt:",
    "&Name:": "&Name:",
    "&Organization:": "&Organisation:",
    "&Relationship": "&Beziehung",
    "&Touchpoints": "&Touchpoints",
    "(skipped)": "(ausgelassen)",
    "%1 or %2 (no year)": "%1 oder %2 (ohne Jahr)",
    "Add a birthday": "Geburtstag eintragen",
    "Tier %1 is due on the birthday: without one, this contact is never due.": "Stufe %1 ist am Geburtstag fällig: ohne Geburtstag wird dieser Kontakt nie fällig.",
    "27.11.1980 or 27.11. (no year)": "27.11.1980 oder 27.11. (ohne Jahr)",
    "Add": "Hinzufügen",
    "Address or number": "Adresse oder Nummer",
    "Addresses:": "Adressen:",
    "Built from the name": "Aus dem Namen gebildet",
    "Cannot save the contact": "Der Kontakt kann nicht gespeichert werden",
    "Career:": "Laufbahn:",
    "Change": "Änderung",
    "Change the photo": "Foto ändern",
    "Channel": "Kanal",
    "Choose a photo": "Foto auswählen",
    "Choose photo…": "Foto auswählen …",
    "City": "Ort",
    "Comma-separated, e.g. board, alumni": "Durch Kommas getrennt, z. B. Vorstand, Alumni",
    "Country": "Land",
    "Date": "Datum",
    "Delete the selected touchpoint?": "Den ausgewählten Touchpoint löschen?",
    "Delete touchpoint": "Touchpoint löschen",
    "Dep&artment:": "&Abteilung:",
    "Displa&y name:": "Anzeigenam&e:",
    "Edit…": "Bearbeiten …",
    "Family name": "Nachname",
    "Given name": "Vorname",
    "Help, introductions, know-how…": "Hilfe, Vorstellungen, Wissen …",
    "History (newest first)": "Verlauf (neueste zuerst)",
    "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)": "Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)",
    "Intere&sts:": "&Interessen:",
    "Kind": "Art",
    "Knowledge, contacts, opportunities…": "Wissen, Kontakte, Gelegenheiten …",
    "Label": "Bezeichnung",
    "CardReach|Label": "Zusatz",
    "Log touchpoint…": "Touchpoint erfassen …",
    "Log…": "Erfassen …",
    "Middle names": "Weitere Vornamen",
    "New contact": "Neuer Kontakt",
    "Next touchpoint due %1": "Nächster Touchpoint fällig am %1",
    "Nic&kname:": "&Spitzname:",
    "Not&es:": "Noti&zen:",
    "Note": "Notiz",
    "Notes": "Notizen",
    "Open (write, call, visit)": "Öffnen (schreiben, anrufen, besuchen)",
    "Overdue since %1": "Überfällig seit %1",
    "Plan…": "Planen …",
    "Planned": "Geplant",
    "Position": "Position",
    "Postal code": "PLZ",
    "Prefix": "Anrede",
    "Reach:": "Erreichbar:",
    "Reason": "Grund",
    "Region": "Region",
    "Remove": "Entfernen",
    "Remove photo": "Foto entfernen",
    "Revert": "Verwerfen",
    "Save": "Speichern",
    "Select a contact to see the card.": "Wählen Sie einen Kontakt, um seine Karte zu sehen.",
    "Shared interests": "Gemeinsame Interessen",
    "Since": "Seit",
    "Street": "Strasse",
    "Suffix": "Namenszusatz",
    "T&ier:": "St&ufe:",
    "Ta&gs:": "Schlag&wörter:",
    "The birthday is not a date: %1": "Der Geburtstag ist kein Datum: %1",
    "This file is not an image.": "Diese Datei ist kein Bild.",
    "This is not a phone number: %1": "Das ist keine Telefonnummer: %1",
    "This is not an email address: %1": "Das ist keine E-Mail-Adresse: %1",
    "Tier history:": "Stufenverlauf:",
    "Type": "Typ",
    "Until": "Bis",
    "What I can offer:": "Was ich bieten kann:",
    "What they offer /\nwhat I expect:": "Was sie bieten /\nwas ich erwarte:",
    "Where and how you met": "Wo und wie Sie sich kennengelernt haben",
    "Why the tier changes (optional)": "Warum sich die Stufe ändert (optional)",
    "new contact": "neuer Kontakt",
    "A contact needs a name, an organization, an email or a phone number.": (
        "Ein Kontakt braucht einen Namen, eine Organisation, eine E-Mail-Adresse oder eine "
        "Telefonnummer."
    ),
    "imported from a vCard": "aus einer vCard importiert",
    "not a date": "kein Datum",
    "unknown": "unbekannt",
    # touchpoint dialog
    "&Date:": "&Datum:",
    "&Kind:": "&Art:",
    "&Note:": "&Notiz:",
    "&Status:": "&Status:",
    "C&hannel:": "&Kanal:",
    "Edit touchpoint": "Touchpoint bearbeiten",
    "Happened": "Stattgefunden",
    "Log touchpoint": "Touchpoint erfassen",
    "Plan touchpoint": "Touchpoint planen",
    "What did you talk about? What comes next?": "Worüber haben Sie gesprochen? Was kommt als Nächstes?",
    "With:": "Mit:",
    # import
    "Cancelling…": "Wird abgebrochen …",
    "File": "Datei",
    "File &new contacts in tier:": "&Neue Kontakte in Stufe:",
    "Import": "Importieren",
    "Import cancelled": "Import abgebrochen",
    "Import finished": "Import abgeschlossen",
    "Importing…": "Wird importiert …",
    "New (%1)": "Neu (%1)",
    "No contact could be read from the file. See the problems.": (
        "Aus der Datei konnte kein Kontakt gelesen werden. Siehe Probleme."
    ),
    "Nothing has been written yet. Check the lists, choose the tier for new contacts, then import.": (
        "Noch wurde nichts gespeichert. Prüfen Sie die Listen, wählen Sie die Stufe für neue "
        "Kontakte und importieren Sie dann."
    ),
    "Nothing was changed.": "Es wurde nichts geändert.",
    "Reading and checking the contacts…": "Kontakte werden gelesen und geprüft …",
    "Reading the file…": "Datei wird gelesen …",
    "The import failed": "Der Import ist fehlgeschlagen",
    "There is nothing to import: every contact in the file is already there.": (
        "Es gibt nichts zu importieren: Jeder Kontakt der Datei ist schon vorhanden."
    ),
    "Unchanged (%1)": "Unverändert (%1)",
    "What changes": "Was sich ändert",
    "Where": "Wo",
    "card %1": "Karte %1",
    "line %1": "Zeile %1",
    "new": "neu",
    "skipped": "übersprungen",
    "unchanged": "unverändert",
    # import lists (import_dialog.py)
    "You can keep working in the main window meanwhile.": (
        "Sie können im Hauptfenster derweil weiterarbeiten."
    ),
    "%1 (new in this import)": "%1 (neu in diesem Import)",
    "Review Possible &Duplicates…": "Mögliche &Duplikate prüfen …",
    "No contact could be read from the file. See the skipped cards.": (
        "Aus der Datei konnte kein Kontakt gelesen werden. Siehe die übersprungenen Karten."
    ),
    "Undo it as a whole with File ▸ Recent Imports. Possible duplicates wait in Contact ▸ Possible Duplicates.": (
        "Als Ganzes rückgängig machen mit Datei ▸ Letzte Importe. Mögliche Duplikate warten "
        "unter Kontakt ▸ Mögliche Duplikate."
    ),
    "updated": "aktualisiert",
    "possible duplicates": "mögliche Duplikate",
    "Card": "Karte",
    "Into contact": "In Kontakt",
    "Why": "Warum",
    "Imported as": "Importiert als",
    "May be": "Vielleicht gleich wie",
    "Evidence": "Hinweise",
    "Warning": "Warnung",
    "Merged (%1)": "Zusammengeführt (%1)",
    "Possible duplicates (%1)": "Mögliche Duplikate (%1)",
    "Skipped (%1)": "Übersprungen (%1)",
    "Warnings (%1)": "Warnungen (%1)",
    # the core's phrases about an import (import_phrases.py)
    "same UID": "gleiche UID",
    "same UID (renamed)": "gleiche UID (umbenannt)",
    "already held": "schon vorhanden",
    "same name and a shared email or phone": "gleicher Name, gemeinsame E-Mail/Nummer",
    "no name; one contact shares its email or phone": (
        "ohne Namen; ein Kontakt hat dieselbe E-Mail oder Nummer"
    ),
    "different UIDs in one file": "verschiedene UIDs in einer Datei",
    "shared email or phone": "gemeinsame E-Mail oder Nummer",
    "same name": "gleicher Name",
    "same organization": "gleiche Organisation",
    "same birthday": "gleicher Geburtstag",
    "merge undone": "Zusammenführen rückgängig gemacht",
    "same email %1": "gleiche E-Mail %1",
    "same phone %1": "gleiche Nummer %1",
    "email %1": "E-Mail %1",
    "phone %1": "Telefon %1",
    "website %1": "Website %1",
    "social %1": "Social Media %1",
    "messenger %1": "Messenger %1",
    "prefix": "Anrede",
    "given name": "Vorname",
    "additional names": "weitere Vornamen",
    "family name": "Nachname",
    "suffix": "Namenszusatz",
    "nickname": "Spitzname",
    "department": "Abteilung",
    "notes": "Notizen",
    "met where": "kennengelernt wo",
    "met on": "kennengelernt am",
    "they offer": "bietet",
    "I offer": "ich biete",
    "interests": "Interessen",
    "photo address": "Foto-Adresse",
    "photo": "Foto",
    "position": "Position",
    "tier": "Stufe",
    "tags": "Schlagwörter",
    "other properties": "weitere Angaben",
    "no name, organization, email or phone": "kein Name, keine Organisation, E-Mail oder Nummer",
    "merged with a second record": "mit einer zweiten Karte zusammengeführt",
    "addresses (%1)": "Adressen (%1)",
    "undone": "rückgängig",
    # possible duplicates (duplicates_dialog.py)
    "Possible Duplicates": "Mögliche Duplikate",
    "Possible &Duplicates…": "Mögliche &Duplikate …",
    "&Scan for Duplicates": "Nach Duplikaten &suchen",
    "Choose which value to keep where the two differ (highlighted). All email addresses, phone numbers, tags, touchpoints and history of both are kept.": (
        "Wählen Sie, wo sich die beiden unterscheiden (hervorgehoben), welchen Wert Sie "
        "behalten. Alle E-Mail-Adressen, Telefonnummern, Schlagwörter, Touchpoints und der "
        "Verlauf beider bleiben erhalten."
    ),
    "&Not the Same Person": "&Nicht dieselbe Person",
    "&Undo Last Merge": "Letztes Zusammenführen &rückgängig",
    "Ctrl+Z": "Strg+Z",
    "%n possible duplicate(s)": ("%n mögliches Duplikat", "%n mögliche Duplikate"),
    "No possible duplicates. Scan to look for some among all contacts.": (
        "Keine möglichen Duplikate. Suchen Sie unter allen Kontakten danach."
    ),
    "Why they may be one person: %1": "Warum es dieselbe Person sein könnte: %1",
    "Merged “%1” into “%2”. Undo with Ctrl+Z.": (
        "„%1“ wurde mit „%2“ zusammengeführt. Rückgängig mit Strg+Z."
    ),
    "“%1” and “%2” will not be proposed again.": ("„%1“ und „%2“ werden nicht mehr vorgeschlagen."),
    "There is no merge to undo.": "Es gibt kein Zusammenführen zum Rückgängigmachen.",
    "The merge cannot be undone: %1": "Das Zusammenführen lässt sich nicht rückgängig machen: %1",
    "Merge undone: “%1” and “%2” are two contacts again.": (
        "Rückgängig gemacht: „%1“ und „%2“ sind wieder zwei Kontakte."
    ),
    "Scanning all contacts for duplicates…": "Alle Kontakte werden nach Duplikaten durchsucht …",
    "The scan found %n new possible duplicate(s).": (
        "Die Suche fand %n neues mögliches Duplikat.",
        "Die Suche fand %n neue mögliche Duplikate.",
    ),
    # recent imports (imports_dialog.py)
    "&Recent Imports…": "&Letzte Importe …",
    "Recent Imports": "Letzte Importe",
    "When": "Wann",
    "Files": "Dateien",
    "New": "Neu",
    "Updated": "Aktualisiert",
    "Unchanged": "Unverändert",
    "Possible duplicates": "Mögliche Duplikate",
    "Skipped": "Übersprungen",
    "Status": "Status",
    "&Undo This Import": "Diesen Import &rückgängig machen",
    "Left as they are, because they were edited since:": (
        "So belassen, weil sie seither bearbeitet wurden:"
    ),
    "Undoing an import removes the contacts it added and puts back the contacts it changed, as they were before it.": (
        "Einen Import rückgängig machen entfernt die Kontakte, die er hinzugefügt hat, und "
        "stellt die Kontakte, die er geändert hat, wieder so her, wie sie vorher waren."
    ),
    "Import undone: %n contact(s) removed": (
        "Import rückgängig gemacht: %n Kontakt entfernt",
        "Import rückgängig gemacht: %n Kontakte entfernt",
    ),
    "%n contact(s) restored": ("%n Kontakt wiederhergestellt", "%n Kontakte wiederhergestellt"),
    "%n contact(s) no longer there.": (
        "%n Kontakt nicht mehr vorhanden.",
        "%n Kontakte nicht mehr vorhanden.",
    ),
    # export
    "All contacts": "Alle Kontakte",
    "Export vCard": "vCard exportieren",
    "Export:": "Exportieren:",
    "Export…": "Exportieren …",
    "Format:": "Format:",
    "One tier:": "Eine Stufe:",
    "The file could not be written.": "Die Datei konnte nicht geschrieben werden.",
    "contacts.vcf": "kontakte.vcf",
    "vCard 3.0 (most compatible)": "vCard 3.0 (am besten verträglich)",
    "vCard 4.0": "vCard 4.0",
    "vCard files (*.vcf)": "vCard-Dateien (*.vcf)",
    # settings
    "&General": "&Allgemein",
    "&Language:": "&Sprache:",
    "&Tiers": "&Stufen",
    "The window, its menus, the list and the card switch at once; the board and the calendar when Netzwerk starts again.": (
        "Das Fenster, seine Menüs, die Liste und die Karte wechseln sofort, die Stufen-Tafel und der Kalender beim nächsten Start von Netzwerk."
    ),
    "Colour": "Farbe",
    "Counted from": "Gezählt ab",
    "Data folder:": "Datenordner:",
    "Each tier has a care cadence: how often a contact of that tier should hear from you, counted from the last touchpoint or from the birthday.": (
        "Jede Stufe hat einen Pflegerhythmus: wie oft ein Kontakt dieser Stufe von Ihnen hören "
        "soll, gezählt ab dem letzten Touchpoint oder ab dem Geburtstag."
    ),
    "Every": "Alle",
    "Open folder": "Ordner öffnen",
    "Remind me of due touchpoints every day at": "Täglich an fällige Touchpoints erinnern um",
    "Reminders:": "Erinnerungen:",
    "Settings": "Einstellungen",
    "Tier colour": "Farbe der Stufe",
    "Typical touchpoint": "Typischer Touchpoint",
}


def fill(ts_file: Path, language: str) -> list[str]:
    """Write translations into a .ts file; returns the sources still untranslated."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        missing += _fill_context(context, language)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_context(context: ET.Element, language: str) -> list[str]:
    """Translate one context's messages; "Context|source" keys override plain ones."""
    missing = []
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        if language == "de":
            value = DE.get(f"{name}|{source}", DE.get(source))
        else:
            value = EN_PLURALS.get(source) if numerus else None
        if value is None:
            if language == "de":
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if numerus:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    return missing


def main() -> int:
    bin_dir = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(bin_dir)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(bin_dir)) or "pyside6-lrelease"
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in ("de", "en"):
        ts = TS_DIR / f"netzwerk_main_{language}.ts"
        subprocess.run(
            [lupdate, "-no-obsolete", "-target-language", language, *SOURCES, "-ts", str(ts)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        missing = fill(ts, language)
        for source in missing:
            print(f"untranslated ({language}): {source!r}")
        subprocess.run(
            [lrelease, str(ts), "-qm", str(QM_DIR / f"netzwerk_main_{language}.qm")],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
