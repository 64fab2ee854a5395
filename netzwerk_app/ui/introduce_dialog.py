"""Moved to `netzwerk_app.ui.dialogs.introduce_dialog`.

Kept only for network_section.py, which is moving to `ui/card/` in parallel; remove this once
it imports from `ui.dialogs`. New code: don't use it.
"""

from netzwerk_app.ui.dialogs.introduce_dialog import IntroduceDialog

__all__ = ["IntroduceDialog"]
