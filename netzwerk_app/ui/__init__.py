"""Everything Qt: the main window, its views, models and dialogs. Calls the core; owns no SQL."""
