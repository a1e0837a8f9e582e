"""``recp certificate verify``: check a RECP Club's certificate of attendance offline
(docs/certificates.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from recp_desktop.cli.common import open_database, print_json


def add_parsers(sub: Any) -> None:
    certificate = sub.add_parser("certificate", help="check a certificate of attendance")
    verbs = certificate.add_subparsers(dest="action", metavar="verify", required=True)
    verify = verbs.add_parser(
        "verify",
        help="check a certificate offline and say who issued it",
        description="Exit status 0 for a valid certificate, 1 for one that fails.",
    )
    verify.add_argument("file", metavar="FILE.pdf", type=Path)
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(func=_cmd_verify)


def _cmd_verify(args: argparse.Namespace) -> int:
    import sys

    from recp_desktop.exchange.certificates import verify_file

    result = verify_file(open_database(args), args.file)
    if args.json:
        print_json(result.as_json())
    elif result.ok:
        print(result.message)
    else:
        print(f"recp: NOT VALID: {result.message}", file=sys.stderr)
    return 0 if result.ok else 1
