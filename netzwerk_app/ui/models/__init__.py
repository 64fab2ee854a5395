"""Qt item models: the contact list's table model and the read-only rows of text."""
