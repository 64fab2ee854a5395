"""The agenda's indexes (schema 10), apart from its query (`agenda_query`) so that a new
database is made, and migrated, without importing the agenda."""

from __future__ import annotations

# The two shapes the app stores birthdays in; any other text goes through the engine.
SHAPED = (
    "(bday GLOB '--[0-9][0-9]-[0-9][0-9]'"
    " OR bday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"
)
# The contacts whose birthday is stored in another shape (few or none): the engine reads them.
ODD_BIRTHDAY = f"birthday > '' AND NOT {SHAPED.replace('bday', 'birthday')}"
# Schema 10: the columns the statement reads of each contact that can have an item (one with
# a tier, not archived), in the contacts' order (the id first), so that SQLite reads them from
# this narrow index instead of the wide rows, and meets `contact_last_done` in its order; and
# the contacts with a birthday in another shape, found without testing every birthday's shape.
# Neither holds the contacts without a tier or birthday (a new import's): they cost it nothing.
AGENDA_INDEX_SQL = (
    "CREATE INDEX IF NOT EXISTS contact_agenda ON contact"
    " (id, tier, archived, tier_since, birthday, display_name)"
    " WHERE tier IS NOT NULL AND archived = 0",
    "CREATE INDEX IF NOT EXISTS contact_odd_birthday ON contact (id, tier, archived)"
    f" WHERE {ODD_BIRTHDAY}",
)
