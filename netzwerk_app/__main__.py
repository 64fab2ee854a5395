"""Entry point of the `netzwerk` command and ``python -m netzwerk_app``.

`netzwerk --version` answers here, before the command line (and with it peewee, phonenumbers
and the core) is imported: it costs no more than Python's own start.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from netzwerk_app import __version__

        print(f"netzwerk {__version__}")  # what argparse's version action prints
        return 0
    if args[:1] == ["--read-vcard-part"]:  # the helper that reads half of a large vCard file
        import gc

        from netzwerk_app.vcard.parallel import serve_part

        status = serve_part(args[1:])
        # its frames are written and flushed: Python's teardown need collect nothing (about
        # 0.2 s for 7,000 cards, which the import waits for; see `window_start.spare_the_teardown`)
        gc.freeze()
        return status
    from netzwerk_app.window_start import plain_window_start, start_window

    if (window := plain_window_start(args)) is not None:  # the window: no parser, no commands
        return start_window(*window)
    from netzwerk_app.cli import main as run_command_line

    return run_command_line(args)


if __name__ == "__main__":
    sys.exit(main())
