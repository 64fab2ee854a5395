"""The window's pages: the contact list, the tier board (with triage) and the calendar."""

VIEW_CONTACTS, VIEW_BOARD, VIEW_CALENDAR = range(3)  # the main window's pages, in order
