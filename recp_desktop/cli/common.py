"""What every ``recp`` subcommand shares: one way to open the database and one way to fail.

A subcommand raises :class:`CliError` (or returns :func:`fail`) for a refusal the user can act
on; :func:`recp_desktop.cli.main` prints it as ``recp: MESSAGE`` on standard error and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

EXIT_REFUSED = 2


class CliError(Exception):
    """A refusal worded for the user; ``main`` prints it and exits with :data:`EXIT_REFUSED`."""


def fail(message: str) -> int:
    """Print ``recp: MESSAGE`` on standard error; return the exit status 2 for the caller."""
    print(f"recp: {message}", file=sys.stderr)
    return EXIT_REFUSED


def open_database(args: argparse.Namespace) -> Database:
    """Open the local database of ``--data-dir`` (or the default data folder).

    Raises:
        StorageError, NewerDatabaseError: the database cannot be opened; ``main`` reports them.
    """
    from recp_desktop.paths import data_dir
    from recp_desktop.settings import backups_to_keep
    from recp_desktop.storage.database import Database

    folder = data_dir(args.data_dir)
    return Database(folder, backups_keep=backups_to_keep(folder))
