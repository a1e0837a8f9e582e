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


def print_json(payload: object, *, indent: int | None = 2) -> None:
    """Print ``payload`` as strict JSON: never ``Infinity`` or ``NaN``, which JSON readers
    refuse. A non-finite number in it is a refusal (:class:`CliError`), not a traceback."""
    import json

    try:
        text = json.dumps(payload, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:
        raise CliError("the result holds a number that is not finite; nothing printed") from None
    print(text)


def reading_language(args: argparse.Namespace) -> str:
    """The language numbers typed on the command line are read in: ``--lang``, else English.

    Not the app's settings: a script must mean the same on every machine. In English ``1,500``
    is fifteen hundred and ``1.5`` one and a half; in Russian and Azerbaijani ``1,5`` is one
    and a half (see :mod:`recp_desktop.domain.numbers`).
    """
    return getattr(args, "lang", None) or "en"


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


def counted(n: int, one: str, other: str) -> str:
    """``n`` with the English noun in its CLDR plural form (Babel): ``1 photo``, ``2 photos``.
    The command line speaks English; the window's texts go through Qt's translations."""
    from babel import Locale

    return f"{n} {one if Locale('en').plural_form(n) == 'one' else other}"
