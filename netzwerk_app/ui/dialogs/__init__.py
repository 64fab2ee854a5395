"""The dialogs and tool windows the main window opens (import, export, settings, …)."""
