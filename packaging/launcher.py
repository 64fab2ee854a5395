"""The frozen app's entry point: the same `main()` as the `netzwerk` command."""

import sys

from netzwerk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
