"""The hub's HTTP protocol (docs/sync-protocol.md) as Python calls: httpx, retries by stamina.

:class:`HubClient` speaks protocol version :data:`PROTOCOL_VERSION`: sign-in, signed pushes,
resumable photo uploads (``HEAD``/``PUT`` with ``Content-Range``) and downloads (``Range``),
pulls by cursor. Passing network failures, 5xx answers and "upload in progress" (409.3) are
retried with exponential backoff and jitter (:class:`Retry`, stamina); every other refusal is a
:class:`HubError` whose message a person can act on (the hub's error ``code`` chooses it).
"""

from __future__ import annotations

import functools
import hashlib
import json
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PROTOCOL_VERSION = 1
UPLOAD_CHUNK = 8 << 20  # bytes a PUT carries (docs/sync-protocol.md §6: up to 8 MiB)
DOWNLOAD_CHUNK = 1 << 20


class HubError(Exception):
    """The hub refused, or could not be reached; ``str()`` is the message for the person.

    ``code`` is the hub's error code (``"401.3"``…), ``"network"`` when it could not be reached,
    ``"tls"`` for a certificate it does not trust, ``"protocol"`` for an answer it cannot read.
    """

    def __init__(self, message: str, code: str, status: int = 0, details: dict | None = None):
        super().__init__(message)
        self.code = code
        self.status = status
        self.details = details or {}

    @property
    def signed_out(self) -> bool:
        """Whether the token no longer works (sign in again)."""
        return self.code in {"401.1", "401.3"}


class TransientError(Exception):
    """A failure worth trying again (network, 5xx, 409.3); retried, then a :class:`HubError`."""

    def __init__(self, error: HubError) -> None:
        super().__init__(str(error))
        self.error = error


# The message a person reads, by the hub's error code; the others use the hub's own message.
# Each has a form with the answer's details and one without (a HEAD answer has no body).
MESSAGES = {
    "401.1": "This computer is not signed in to the hub. Sign in again (File > Connect to hub…, "
    "or 'recp hub login').",
    "401.2": "The organisation, user name or password is wrong, or the account is disabled.",
    "401.3": "The hub no longer accepts this computer's sign-in: it was signed out, the device "
    "was revoked or the account disabled. Sign in again (File > Connect to hub…, or 'recp "
    "hub login'); nothing "
    "local was changed.",
    "403.1": "Your role on the hub does not allow this{details}. Ask the hub's administrator.",
    "403.2": "The hub refused this computer{reason}. Ask the hub's administrator.",
    "403.3": "The hub did not accept this computer's signature. Sign in again.",
    "426.1": "This version of the app is too old for the hub{versions}. Update the app; your "
    "data stay on this computer until then.",
    "400.6": "The hub is older than this app{versions}. Ask the hub's administrator to update "
    "the hub; your data stay on this computer.",
    "429.1": "Too many failed sign-ins; try again{later}.",
}


def _message(code: str, hub_message: str, details: dict[str, Any]) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return hub_message or f"The hub refused the request ({code})."
    parts = {"details": "", "reason": "", "versions": "", "later": ""}
    if code == "403.1" and details.get("role"):
        parts["details"] = f" (your role: {details['role']})"
    if details.get("reason"):
        parts["reason"] = f": {details['reason']}"
    if code == "426.1" and "minimum" in details:
        parts["versions"] = (
            f" (it speaks protocol {details.get('client')}, the hub needs {details['minimum']})"
        )
    if code == "400.6" and "hub" in details:
        parts["versions"] = f" (the hub speaks protocol {details['hub']}, the app " + (
            f"{details.get('client')})"
        )
    if details.get("retry_after"):
        parts["later"] = f" in {details['retry_after']} seconds"
    return template.format(**parts)


def error_from(response: httpx.Response) -> HubError:
    """The :class:`HubError` of a refusal (any status ≥ 400)."""
    try:
        body = response.json()
        code, message, details = body["code"], body.get("message", ""), body.get("details") or {}
    except (ValueError, KeyError, TypeError):
        code, message, details = str(response.status_code), "", {}
        message = f"The hub answered {response.status_code} {response.reason_phrase}."
    return HubError(_message(code, message, details), code, response.status_code, details)


@dataclass(frozen=True)
class Retry:
    """How long to keep trying through passing failures (stamina: backoff with jitter)."""

    attempts: int = 8
    timeout: float = 120.0  # seconds in all
    wait_initial: float = 0.5
    wait_max: float = 15.0

    def context(self):
        import stamina

        return stamina.retry_context(
            on=TransientError,
            attempts=self.attempts,
            timeout=self.timeout,
            wait_initial=self.wait_initial,
            wait_max=self.wait_max,
        )


def canonical(value: Any) -> bytes:
    """The bytes a push signature covers: JSON, keys sorted, no spaces, UTF-8 (§7)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def certificate_fingerprint(pem: str) -> str:
    """SHA-256 of a certificate's DER bytes, as colon-separated upper-case hex (as browsers)."""
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def fetch_certificate(url: str) -> str:
    """The PEM certificate an https hub presents (unverified: to be shown and pinned)."""
    parsed = httpx.URL(url)
    try:
        return ssl.get_server_certificate((parsed.host, parsed.port or 443), timeout=15)
    except OSError as exc:
        raise HubError(f"The hub at {url} cannot be reached: {exc}.", "network") from exc


@functools.cache
def default_context() -> ssl.SSLContext:
    """The system's trusted authorities, loaded once (loading them takes ~0.1 s)."""
    return httpx.create_ssl_context()


def pinned_context(pem: str) -> ssl.SSLContext:
    """Trust exactly this certificate (trust on first use): a hub showing another is refused."""
    context = ssl.create_default_context(cadata=pem)
    context.check_hostname = False  # the pinned certificate itself is the identity
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


class HubClient:
    """One hub at ``url``; ``token`` once signed in; ``pinned_pem`` for a self-signed hub."""

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        pinned_pem: str | None = None,
        retry: Retry | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.url = url.rstrip("/")
        self.retry = retry or Retry()
        headers = {"RECP-Protocol": str(PROTOCOL_VERSION)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        verify = pinned_context(pinned_pem) if pinned_pem else default_context()
        self.http = httpx.Client(base_url=self.url, headers=headers, timeout=timeout, verify=verify)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request -------------------------------------------------------------------------

    def _send(self, method: str, path: str, ok: tuple[int, ...] = (200,), **kw) -> httpx.Response:
        """One request; a passing failure raises TransientError, a refusal HubError."""
        try:
            response = self.http.request(method, path, **kw)
        except httpx.TransportError as exc:
            if _tls_refused(exc):
                raise HubError(
                    f"The hub at {self.url} shows a certificate this computer does not trust "
                    "(or another one than the one trusted at sign-in). Sign in again to check "
                    "its fingerprint.",
                    "tls",
                ) from exc
            raise TransientError(
                HubError(
                    f"The hub at {self.url} cannot be reached: {exc or type(exc).__name__}.",
                    "network",
                )
            ) from exc
        if response.status_code in ok:
            return response
        if method == "HEAD":  # no body: the status says it
            code = HEAD_CODES.get(response.status_code, str(response.status_code))
            error = HubError(
                _message(code, f"The hub answered {response.status_code}.", {}),
                code,
                response.status_code,
            )
        else:
            error = error_from(response)
        if response.status_code >= 500 or error.code == "409.3":
            raise TransientError(error)
        raise error

    def request(self, method: str, path: str, ok: tuple[int, ...] = (200,), **kw) -> httpx.Response:
        """:meth:`_send` retried through passing failures; the last one becomes a HubError."""
        return self.retried(self._send, method, path, ok, **kw)

    def retried(self, step: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """``step(*args, **kw)`` tried again (backoff with jitter) while it raises
        :class:`TransientError`; when the attempts run out, its :class:`HubError`."""
        try:
            for attempt in self.retry.context():
                with attempt:
                    return step(*args, **kw)
        except TransientError as exc:
            raise exc.error from exc
        raise AssertionError("unreachable")  # pragma: no cover

    # -- the protocol ------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """``GET /health``; refuses a hub whose protocol range leaves this app out."""
        answer = self.request("GET", "/health").json()
        if answer.get("min_protocol_version", 1) > PROTOCOL_VERSION:
            raise HubError(
                _message(
                    "426.1",
                    "",
                    {"client": PROTOCOL_VERSION, "minimum": answer["min_protocol_version"]},
                ),
                "426.1",
            )
        if answer.get("protocol_version", 0) < PROTOCOL_VERSION:
            raise HubError(
                _message(
                    "400.6", "", {"client": PROTOCOL_VERSION, "hub": answer.get("protocol_version")}
                ),
                "400.6",
            )
        return answer

    def login(
        self,
        organisation: str,
        username: str,
        password: str,
        *,
        device_id: str,
        device_name: str,
        public_key: bytes,
    ) -> dict[str, Any]:
        """``POST /v1/login``: the token and who it is (org_id, role…)."""
        body = {
            "organisation": organisation,
            "username": username,
            "password": password,
            "device_id": device_id,
            "device_name": device_name[:200] or "device",
            "public_key": public_key.hex(),
        }
        return self.request("POST", "/v1/login", json=body).json()

    def logout(self) -> None:
        self.request("POST", "/v1/logout", ok=(204,))

    def me(self) -> dict[str, Any]:
        return self.request("GET", "/v1/me").json()

    def assessments(self) -> list[dict[str, Any]]:
        """``GET /v1/assessments`` (supervisors, admins): every assessment of the organisation
        with ``assessment_id``, ``enterprise_id``, ``created_by`` and ``assignees``."""
        return self.request("GET", "/v1/assessments").json()

    def assign(self, assessment_id: str, username: str) -> dict[str, Any]:
        """Let ``username`` (an auditor) push and pull the assessment (docs §7.4)."""
        path = (
            f"/v1/assessments/{quote(assessment_id, safe='')}/assignees/{quote(username, safe='')}"
        )
        return self.request("PUT", path).json()

    def unassign(self, assessment_id: str, username: str) -> None:
        """Stop delivering the assessment to ``username`` (their laptop keeps what it has)."""
        path = (
            f"/v1/assessments/{quote(assessment_id, safe='')}/assignees/{quote(username, safe='')}"
        )
        self.request("DELETE", path, ok=(204,))

    def push(
        self,
        key: Ed25519PrivateKey,
        device_id: str,
        batch_id: str,
        records: dict[str, list[dict[str, Any]]],
        templates: list[dict[str, Any]] | None = None,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        """Sign and push one batch; a retry after a lost answer replays the hub's stored one.

        ``templates``: the checklist templates the batch's answers refer to, in the wire form of
        ``recp_desktop.checklists.carried.to_wire`` (docs/sync-protocol.md §7, *Templates*).
        ``cursor``: this folder's pull cursor; the answer then carries ``cursor`` when nothing
        but this batch was committed after it (the pull that would return only the batch may
        be skipped, docs/sync-protocol.md §7, *Push*).
        """
        body: dict[str, Any] = {"batch_id": batch_id, "device_id": device_id, "records": records}
        if templates:
            body["templates"] = templates
        if cursor:
            body["cursor"] = cursor
        body["signature"] = key.sign(canonical(body)).hex()
        data = canonical(body)
        return self.request(
            "POST", "/v1/push", content=data, headers={"Content-Type": "application/json"}
        ).json()

    def pull(self, cursor: str | None, limit: int = 500) -> dict[str, Any]:
        """One page of changes after ``cursor``; :class:`HubError` ``410.1`` if it is gone."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self.request("GET", "/v1/pull", params=params).json()

    def blob_offset(self, sha256: str) -> tuple[str, int]:
        """(``absent``|``partial``|``complete``, bytes the hub holds)."""
        response = self.request("HEAD", f"/v1/blobs/{sha256}", ok=(200, 404))
        return (
            response.headers.get("RECP-Blob-State", "absent"),
            int(response.headers.get("Upload-Offset", "0")),
        )

    def upload(
        self,
        sha256: str,
        path: Path,
        *,
        chunk: int = UPLOAD_CHUNK,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Upload a file resumably; the bytes actually sent (0 if the hub had it all).

        The hub is asked where its bytes end (``HEAD``) at the start and after any failure, and
        each piece is sent from there: a connection cut or a hub restarted mid-upload resumes
        where it stopped; a piece the hub already has is not sent again.
        """
        total = path.stat().st_size
        upload = _Upload(total)
        while upload.state != "complete":
            self.retried(self._blob_step, sha256, path, chunk, upload)
            if progress is not None:
                progress(upload.offset or 0, total)
        return upload.sent

    def _blob_step(self, sha256: str, path: Path, chunk: int, upload: _Upload) -> None:
        address = f"/v1/blobs/{sha256}"
        total = upload.total
        if upload.offset is None:
            response = self._send("HEAD", address, ok=(200, 404))
            upload.state = response.headers.get("RECP-Blob-State", "absent")
            upload.offset = int(response.headers.get("Upload-Offset", "0"))
            if upload.state == "complete":
                return
        offset = upload.offset
        if offset >= total:  # every byte arrived but the answer was lost: finish it
            data, content_range = b"", f"bytes */{total}"
        else:
            with open(path, "rb") as handle:
                handle.seek(offset)
                data = handle.read(chunk)
            content_range = f"bytes {offset}-{offset + len(data) - 1}/{total}"
        upload.offset = None  # unknown until the hub answers
        try:
            answer = self._send(
                "PUT", address, content=data, headers={"Content-Range": content_range}
            )
        except HubError as exc:
            if exc.code == "409.2":  # the hub's bytes end elsewhere: go on from there
                upload.offset = int(exc.details.get("offset", 0))
                return
            if exc.code == "422.1":
                raise HubError(
                    f"The photo {path.name} changed on disk while it was being sent; "
                    "it will be sent again.",
                    exc.code,
                    exc.status,
                ) from exc
            raise
        upload.sent += len(data)
        body = answer.json()
        upload.state, upload.offset = body["state"], int(body["offset"])

    def download(self, sha256: str, store, suffix: str) -> Path:
        """Fetch a complete photo into the blob ``store`` resumably (``Range``), hash-checked.

        The bytes gather in the store's part file; only when the whole file hashes to
        ``sha256`` does it get its name (:meth:`BlobStore.finish`), else it starts over.
        """
        from recp_desktop.storage.blobs import BlobError

        self.retried(self._download_step, sha256, store)
        try:
            return store.finish(sha256, suffix)
        except BlobError:  # the part is gone: one clean start from byte 0
            self.retried(self._download_step, sha256, store)
            return store.finish(sha256, suffix)

    def _download_step(self, sha256: str, store) -> None:
        offset = store.upload_size(sha256)
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            with self.http.stream("GET", f"/v1/blobs/{sha256}", headers=headers) as response:
                if response.status_code == 416:  # we hold every byte already
                    return
                if response.status_code not in (200, 206):
                    response.read()
                    error = error_from(response)
                    if response.status_code >= 500:
                        raise TransientError(error)
                    raise error
                if response.status_code == 200 and offset:  # the hub sent it whole
                    store.discard_upload(sha256)
                    offset = 0
                for piece in _pieces(response.iter_bytes(DOWNLOAD_CHUNK)):
                    offset = store.append(sha256, offset, piece)
        except httpx.TransportError as exc:
            raise TransientError(
                HubError(f"The hub at {self.url} cannot be reached: {exc}.", "network")
            ) from exc


@dataclass
class _Upload:
    total: int
    state: str = "absent"
    offset: int | None = None  # where the hub's bytes end; None: ask it
    sent: int = 0


HEAD_CODES = {401: "401.3", 403: "403.1", 426: "426.1", 400: "400.6"}


def _pieces(chunks: Iterator[bytes]) -> Iterator[bytes]:
    yield from (c for c in chunks if c)


def _tls_refused(exc: httpx.TransportError) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)
