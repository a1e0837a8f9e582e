"""``python -m recp_desktop``: the same as the ``recp`` command."""

import sys

from recp_desktop.cli import main

sys.exit(main())
