"""The window's pages: the contact list, the tier board (with triage) and the calendar."""
