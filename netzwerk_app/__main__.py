"""Entry point for ``python -m netzwerk_app``."""

import sys

from netzwerk_app.cli import main

sys.exit(main())
