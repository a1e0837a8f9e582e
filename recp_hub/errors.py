"""Every refusal the hub makes, with a stable code, an HTTP status and a message with parameters.

Clients branch on ``code`` (never on the message text). The body of every error is::

    {"code": "404.1", "message": "No user 'ghost' in organisation 'A'.", "details": {...}}

The catalogue below is the list documented in ``docs/sync-protocol.md``; a test checks that the
two agree. Modelled on ODK Central's ``lib/util/problem.js``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ProblemKind:
    code: str
    status: int
    template: str


CATALOGUE: dict[str, ProblemKind] = {}


def _kind(code: str, status: int, template: str) -> ProblemKind:
    kind = ProblemKind(code, status, template)
    assert code not in CATALOGUE, code
    CATALOGUE[code] = kind
    return kind


# 400: the request itself is wrong.
INVALID_BODY = _kind("400.1", 400, "The request is not valid: {reason}")
INVALID_JSON = _kind("400.2", 400, "The request body is not valid JSON.")
INVALID_SHA256 = _kind("400.3", 400, "A SHA-256 is 64 lower-case hexadecimal digits.")
INVALID_RANGE = _kind("400.4", 400, "The Content-Range header is missing or malformed: {reason}")
BODY_LENGTH = _kind("400.5", 400, "The body holds {received} bytes where {expected} were declared.")
INVALID_RECORDS = _kind("400.7", 400, "The records are not valid: {reason}")
HUB_TOO_OLD = _kind(
    "400.6",
    400,
    "This hub speaks protocol version {hub}; the app speaks {client}. Ask the hub's administrator "
    "to update the hub.",
)
# 401/403: who you are and what you may do.
NOT_AUTHENTICATED = _kind("401.1", 401, "Sign in to the hub first.")
INVALID_CREDENTIALS = _kind(
    "401.2", 401, "The organisation, user name or password is wrong, or the account is disabled."
)
TOKEN_INVALID = _kind("401.3", 401, "This device's sign-in is no longer valid; sign in again.")
FORBIDDEN = _kind("403.1", 403, "Your role ({role}) may not do this; it needs {needed}.")
DEVICE_TAKEN = _kind(
    "403.2", 403, "This device is registered to another user or with another key: {reason}"
)
BAD_SIGNATURE = _kind(
    "403.3", 403, "The batch is not signed by this device's key (or names another device)."
)
# 404: says what was not found, in words that are the same for "not there" and "not yours".
NOT_FOUND = _kind("404.1", 404, "{what}")
# Its ``what`` for an address naming something (an id, a user name) that is not there, or not the
# caller's: the same words whichever it is.
NOTHING_AT_ADDRESS = (
    "Nothing in your organisation is at this address: check the names and ids in it."
)
METHOD_NOT_ALLOWED = _kind("405.1", 405, "This address does not take that method.")
# 409: state conflicts.
ALREADY_EXISTS = _kind("409.1", 409, "{what} already exists.")
UPLOAD_OFFSET = _kind(
    "409.2", 409, "The upload continues at byte {offset}, not at {start}; resume from {offset}."
)
UPLOAD_BUSY = _kind("409.3", 409, "Another upload of this file is in progress; retry shortly.")
UPLOAD_TOTAL = _kind(
    "409.4", 409, "This upload was started with a total of {total} bytes, not {declared}."
)
BATCH_DIFFERS = _kind(
    "409.5", 409, "The batch {batch_id} was pushed before with other content; use a new batch id."
)
TEMPLATE_DIFFERS = _kind(
    "409.6",
    409,
    "The checklist template '{template_id}' version {version} differs from the one the hub holds "
    "under the same id and version; whoever changed it must give it a new version number. "
    "Nothing was written.",
)
CURSOR_GONE = _kind(
    "410.1", 410, "This pull cursor is unknown or expired; pull again from the start (no cursor)."
)
# 413 and beyond.
RANGE_PAST_END = _kind(
    "416.1", 416, "The range {start}-{end} does not lie within a file of {total} bytes."
)
TOO_LARGE = _kind("413.1", 413, "The {what} is larger than the hub accepts ({limit} bytes).")
HASH_MISMATCH = _kind(
    "422.1",
    422,
    "The uploaded bytes hash to {actual}, not {expected}; the upload was discarded, send it again.",
)
UPDATE_APP = _kind(
    "426.1",
    426,
    "This version of the app is too old for the hub (protocol {client}, the hub needs at least "
    "{minimum}). Update the app.",
)
RATE_LIMITED = _kind("429.1", 429, "Too many failed sign-ins; try again in {retry_after} seconds.")
INTERNAL = _kind("500.1", 500, "The hub failed unexpectedly; the error was logged.")


class Problem(Exception):  # noqa: N818 - the catalogue's own word (ODK Central)
    """A refusal from the catalogue with its parameters; the API answers it as JSON."""

    def __init__(
        self,
        kind: ProblemKind,
        headers: dict[str, str] | None = None,
        details: dict[str, Any] | None = None,
        **params: Any,
    ) -> None:
        self.kind = kind
        self.params = params
        self.headers = headers or {}
        self.details = {**params, **(details or {})}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.kind.template.format(**self.params)

    def body(self) -> dict[str, Any]:
        return {"code": self.kind.code, "message": self.message, "details": self.details}
