"""Signing in and one sync round: push what changed, upload photos, pull, apply, download.

:func:`run_round` is what *Sync now*, the background sync and ``recp sync`` run:

1. the records changed since the last push (:mod:`recp_desktop.sync.changes`) and the files of
   their photos: each photo uploaded resumably first, then the records pushed in signed
   batches; each batch noted as pushed once the hub has answered;
2. pages pulled from the saved cursor; each applied with the merge engine
   (:mod:`recp_desktop.sync.apply`) in one local transaction that also saves the page's cursor,
   so the cursor never runs ahead of what is committed here (an expired cursor: from the start);
3. the photo files this folder lacks downloaded, hash-checked before they count.

A refusal (:class:`HubError`) or an unreachable hub ends the round with a message; what was
committed before stays, and nothing is half-applied.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from recp_desktop.storage.photos import photo_store, photo_suffix
from recp_desktop.sync import changes
from recp_desktop.sync.account import (
    Account,
    forget_account,
    load_account,
    note_refused,
    save_account,
)
from recp_desktop.sync.apply import apply_page
from recp_desktop.sync.client import (
    HubClient,
    HubError,
    Retry,
    certificate_fingerprint,
    fetch_certificate,
)

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

# (stage, done, total): "upload" counts bytes of photos, "push" and "pull" records,
# "download" photos.
Progress = Callable[[str, int, int], None]


@dataclass
class RoundResult:
    """What one round did (the ``recp sync --json`` answer)."""

    pushed: int = 0  # records sent
    push_counts: dict[str, int] = field(default_factory=dict)  # the hub's new/updated/…
    pulled: int = 0  # records received
    pull_counts: dict[str, int] = field(default_factory=dict)  # what they did here
    photos_uploaded: int = 0
    bytes_uploaded: int = 0
    photos_downloaded: int = 0
    photos_waiting: int = 0  # photos not yet on the hub (their expert has not synced them)
    conflicts: int = 0  # conflicts opened here this round, to settle (the hub's at push:
    # push_counts["conflict"]; each also opens here once the other version comes down)
    open_conflicts: int = 0  # open here after the round
    restarted: bool = False  # the hub had forgotten the cursor: pulled from the start
    refused: dict[str, int] = field(default_factory=dict)  # records the hub would not take,
    # by assessment id ("enterprise ID" for a company): not assigned to you (any more)

    @property
    def complete(self) -> bool:
        """Whether everything went up (and, the round having ended, came down)."""
        return not self.refused

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def not_signed_in() -> HubError:
    return HubError(
        "This computer is not signed in to a hub. Use File > Connect to hub… or "
        "'recp hub login URL --user NAME --org ORG --password-stdin'.",
        "signed-out",
    )


def client_for(account: Account, retry: Retry | None = None) -> HubClient:
    return HubClient(account.url, account.token, pinned_pem=account.certificate, retry=retry)


class UntrustedCertificateError(HubError):
    """An https hub whose certificate no authority vouches for: its fingerprint, to compare."""

    def __init__(self, url: str, fingerprint: str, pem: str) -> None:
        super().__init__(
            f"The hub at {url} uses a certificate no authority on this computer vouches for. "
            f"Its SHA-256 fingerprint is {fingerprint}. If that is the fingerprint the hub's "
            "administrator gave you, trust it (recp hub login … --trust FINGERPRINT).",
            "tls-untrusted",
            details={"fingerprint": fingerprint},
        )
        self.fingerprint = fingerprint
        self.pem = pem


def sign_in(
    db: Database,
    url: str,
    username: str,
    password: str,
    *,
    organisation: str = "",
    trust: str | None = None,
    retry: Retry | None = None,
) -> Account:
    """Enrol this device with the hub and keep its token (never the password) in ``hub.json``.

    ``trust`` is the SHA-256 fingerprint the person accepted for a self-signed hub (shown by
    :class:`UntrustedCertificateError`). Raises :class:`HubError` with the hub's refusal.
    """
    import socket

    from recp_desktop.storage.keys import device_key, public_bytes

    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise HubError(
            f"'{url}' is not a hub address; it starts with https:// (or http:// for a hub on "
            "this computer or a trusted local network).",
            "address",
        )
    if url.endswith("/v1"):  # the API's prefix pasted with the address: the hub is above it
        url = url[: -len("/v1")]
    pem = fingerprint = None
    try:
        with HubClient(url, retry=retry) as probe:
            probe.health()
    except HubError as exc:
        if exc.code != "tls" or not url.startswith("https://"):
            raise
        pem = fetch_certificate(url)
        fingerprint = certificate_fingerprint(pem)
        if trust is None or _plain(trust) != _plain(fingerprint):
            raise UntrustedCertificateError(url, fingerprint, pem) from None
    with HubClient(url, pinned_pem=pem, retry=retry) as client:
        client.health()

        def login() -> dict[str, Any]:
            return client.login(
                organisation,
                username,
                password,
                device_id=db.device_id,
                device_name=db.device_name or socket.gethostname(),
                public_key=public_bytes(device_key(db.folder)),
            )

        try:
            answer = login()
        except HubError as exc:
            if exc.code != "403.2" or not exc.details.get("revoked"):
                raise
            # An administrator revoked this device: the person signed in again with their
            # password, so the data folder goes on under a new device id (docs §5).
            db.continue_as_new_device("device revoked by the hub")
            answer = login()
    account = Account(
        url=url,
        organisation=answer["organisation"],
        org_id=answer["org_id"],
        username=answer["username"],
        user_id=answer["user_id"],
        role=answer["role"],
        device_id=answer["device_id"],
        token=answer["token"],
        certificate=pem,
        fingerprint=fingerprint,
    )
    save_account(db.folder, account)
    with db.write() as connection:
        changes.bind_hub(connection, account.hub_key)
    return account


def _plain(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.upper() if ch in "0123456789ABCDEF")


def sign_out(db: Database, retry: Retry | None = None) -> str | None:
    """Revoke the token on the hub and forget it here; a warning if the hub was not reached
    (the token is forgotten anyway)."""
    account = load_account(db.folder)
    if account is None:
        return None
    warning = None
    try:
        with client_for(account, retry) as client:
            client.logout()
    except HubError as exc:
        if not exc.signed_out:
            warning = f"The hub was not told ({exc}); the sign-in is forgotten here anyway."
    forget_account(db.folder)
    return warning


def status(db: Database) -> dict[str, Any]:
    """Who is signed in where, changes waiting, the last complete sync, open conflicts."""
    account = load_account(db.folder)
    with db.engine.connect() as connection:
        bound = changes.bound_hub(connection)
        same = account is not None and bound == account.hub_key
        waiting = changes.count_changed(connection) if same or bound is None else None
        last = changes.last_sync(connection) if same else None
    return {
        "signed_in": account is not None and account.refused is None,
        **(account.public() if account else {}),
        "changes_waiting": waiting,
        "last_sync": last.isoformat() if last else None,
        "open_conflicts": open_conflict_count(db),
    }


def run_round(
    db: Database,
    *,
    retry: Retry | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    chunk: int | None = None,
    client: HubClient | None = None,
) -> RoundResult:
    """One full round (see the module); ``client`` to reuse one across rounds (it must be the
    signed-in account's, :func:`client_for`). Raises :class:`HubError` (not signed in, refused,
    unreachable), :class:`~recp_desktop.sync.apply.PullError`, or ``StorageError``."""
    from recp_desktop.storage.database import now

    account = load_account(db.folder)
    if account is None:
        raise not_signed_in()
    result = RoundResult()
    report = progress or (lambda stage, done, total: None)
    with db.engine.connect() as connection:
        bound = changes.bound_hub(connection)
    if bound != account.hub_key:
        with db.write(background=True) as connection:
            changes.bind_hub(connection, account.hub_key)
    own = client is None
    client = client or client_for(account, retry)
    try:
        _exchange(db, client, account, result, report, cancel, chunk)
    except HubError as exc:
        if exc.signed_out:
            note_refused(db.folder, str(exc))
        raise
    finally:
        if own:
            client.close()
    if account.refused is not None:  # accepted again (a user enabled again, say)
        save_account(db.folder, replace(account, refused=None))
    if result.photos_downloaded:  # else the last page's transaction wrote it
        with db.write(background=True) as connection:
            changes.save_last_sync(connection, now())
    result.open_conflicts = open_conflict_count(db)
    return result


def _exchange(db, client: HubClient, account: Account, result, report, cancel, chunk) -> None:
    """Push, pull (unless the push's answer made it needless), download."""
    from recp_desktop.storage.database import now

    sent, caught_up = _push(db, client, account, result, report, chunk)
    if caught_up is None:
        _pull(db, client, result, report, cancel, sent)
    else:  # only this push's own records came after the cursor: no pull needed
        with db.write(background=True) as connection:
            changes.mark_pushed(connection, sent)
            changes.save_cursor(connection, caught_up)
            changes.save_last_sync(connection, now())
    _download(db, client, result, report, cancel)


def _push(
    db, client: HubClient, account: Account, result: RoundResult, report, chunk
) -> tuple[list[tuple[str, str, int]], str | None]:
    """Upload and push; the records of a lone batch, still to be noted as pushed (in the first
    pull's transaction: one commit less; if that never comes they are merely pushed again),
    and the cursor past the pushed batches when the hub says nothing else came after this
    folder's cursor (None: pull as usual).

    Each batch carries the cursor: this folder's, then the one the previous batch's answer
    gave; a batch answered without one ends the chain."""
    from recp_desktop.storage.keys import device_key

    with db.engine.connect() as connection:
        records = changes.changed_records(connection, db.device_id)
        cursor = changes.cursor(connection)
    store = photo_store(db.folder)
    files = {}
    for photo in records.get("photo", ()):
        path = store.path(photo["sha256"], photo_suffix(photo["media_type"]))
        if not photo["deleted"] and path.is_file():
            files[photo["sha256"]] = path
    size = sum(path.stat().st_size for path in files.values())
    base = 0
    for sha256, path in files.items():
        report("upload", base, size)
        options = {"chunk": chunk} if chunk else {}
        done = base

        def moved(offset: int, _total: int, done: int = done) -> None:
            report("upload", done + offset, size)

        sent = client.upload(sha256, path, progress=moved, **options)
        base += path.stat().st_size
        result.bytes_uploaded += sent
        result.photos_uploaded += 1 if sent else 0
    report("upload", size, size)
    total = sum(len(v) for v in records.values())
    if not total:
        return [], None
    key = device_key(db.folder)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "conflict": 0}
    batches = list(changes.batches(records))
    sent: list[tuple[str, str, int]] = []
    for batch in batches:
        report("push", result.pushed, total)
        sent = []
        taken = _push_batch(db, client, key, account.device_id, batch, result, cursor)
        cursor = taken[-1][1].get("cursor") if len(taken) == 1 else None
        for part, answer in taken:
            for status, n in answer["counts"].items():
                counts[status] = counts.get(status, 0) + n
            sent += [(name, r["id"], r["revision"]) for name, rs in part.items() for r in rs]
        result.pushed += len(sent)
        if len(batches) > 1:
            with db.write(background=True) as connection:
                changes.mark_pushed(connection, sent)
            sent = []
            db.make_way()
    report("push", total, total)
    result.push_counts = counts
    return sent, cursor


def _push_batch(
    db, client: HubClient, key, device_id: str, batch, result: RoundResult, cursor: str | None
):
    """Push a batch; [(records, answer)] of what the hub took.

    An auditor's batch that touches an assessment they no longer reach (unassigned) is refused
    whole (404.1, docs/sync-protocol.md §7.4): it is then pushed again one assessment at a
    time, so the others still go up; the refused assessments are counted in ``result.refused``
    and stay waiting here, nothing of them lost.
    """
    try:
        templates = _templates_of(db, batch)
        return [(batch, client.push(key, device_id, str(uuid.uuid4()), batch, templates, cursor))]
    except HubError as exc:
        if exc.code != "404.1":
            raise
    taken = []
    for group_key, part in _by_assessment(batch):
        try:
            taken.append(
                (
                    part,
                    client.push(key, device_id, str(uuid.uuid4()), part, _templates_of(db, part)),
                )
            )
        except HubError as exc:
            if exc.code != "404.1":
                raise
            result.refused[group_key] = sum(len(v) for v in part.values())
    return taken


def _by_assessment(batch: dict[str, list[dict[str, Any]]]):
    """A batch split into one batch per company, then one per assessment (with its records)."""
    groups: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name, records in batch.items():
        for record in records:
            if name == "enterprise":
                group = f"enterprise {record['id']}"
            elif name == "assessment":
                group = record["id"]
            else:
                group = record["assessment_id"]
            groups.setdefault(group, {}).setdefault(name, []).append(record)
    ordered = sorted(groups.items(), key=lambda item: not item[0].startswith("enterprise "))
    return ordered


def _templates_of(db, batch: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The templates a batch's answers refer to that the hub does not hold from here yet, as
    the push carries them."""
    from recp_desktop.checklists.carried import to_wire
    from recp_desktop.storage.carried_templates import templates_for

    keys = {(a["template_id"], a["template_version"]) for a in batch.get("answer", ())}
    if keys:
        with db.engine.connect() as connection:
            keys -= changes.templates_held(connection)  # the hub has these from here already
    return [to_wire(carried) for carried in templates_for(db, keys)] if keys else []


def _pull(db, client: HubClient, result, report, cancel, sent) -> None:
    from recp_desktop.storage.database import now

    label = f"hub {client.http.base_url.host}"
    counts: dict[str, int] = {}
    while True:
        with db.engine.connect() as connection:
            cursor = changes.cursor(connection)
        try:
            page = client.pull(cursor)
        except HubError as exc:
            if exc.code != "410.1" or cursor is None:
                raise
            with db.write(background=True) as connection:
                changes.save_cursor(connection, None)
                changes.forget_templates(connection)  # the hub may have started afresh
            result.restarted = True
            continue
        with db.write(background=True) as connection:
            changes.mark_pushed(connection, sent)  # first: the pull may bring newer ones
            applied = apply_page(
                connection, page, device_id=db.device_id, hub_label=label, now=now()
            )
            changes.mark_pushed(connection, applied.in_step)
            changes.save_cursor(connection, page["cursor"])
            if not page["more"]:
                changes.save_last_sync(connection, now())
        sent = []
        result.pulled += len(page["records"])
        result.conflicts += applied.conflicts
        for status, n in applied.counts.items():
            counts[status] = counts.get(status, 0) + n
        report("pull", result.pulled, result.pulled + (1 if page["more"] else 0))
        if not page["more"] or (cancel is not None and cancel()):
            break
        db.make_way()
    result.pull_counts = counts


def open_conflict_count(db: Database) -> int:
    """Conflicts open here (from packages or the hub), as the Conflicts dialog lists them."""
    from sqlalchemy import func

    from recp_desktop.storage.models import SyncConflict

    table = SyncConflict.__table__
    with db.engine.connect() as connection:
        stmt = select(func.count()).select_from(table).where(table.c.status == "open")
        return int(connection.execute(stmt).scalar_one())


def missing_photos(db: Database) -> dict[str, str]:
    """The photo files this folder's live photo records point at but it does not hold:
    ``{sha256: suffix}``."""
    from recp_desktop.storage.models import Photo

    table = Photo.__table__
    store = photo_store(db.folder)
    with db.engine.connect() as connection:
        found = connection.execute(
            select(table.c.sha256, table.c.media_type).where(table.c.deleted.is_(False))
        ).all()
    held = _files_under(store.root)  # one listing, not a stat per photo
    out = {}
    for sha256, media_type in found:
        suffix = photo_suffix(media_type)
        if f"{sha256}{suffix}" not in held:
            out[sha256] = suffix
    return out


def _files_under(root) -> set[str]:
    """The names of the files one level below ``root``'s folders (the blob store's layout)."""
    import os

    names: set[str] = set()
    try:
        folders = [e.path for e in os.scandir(root) if e.is_dir() and not e.name.startswith(".")]
    except FileNotFoundError:
        return names
    for folder in folders:
        names.update(e.name for e in os.scandir(folder) if e.is_file())
    return names


def _download(db, client: HubClient, result: RoundResult, report, cancel) -> None:
    """Download the photo files this folder lacks; looks only when a photo record was
    inserted or changed since the last complete pass (``changes.photos_to_check``)."""
    with db.engine.connect() as connection:
        if not changes.photos_to_check(connection):
            return
    wanted = missing_photos(db)
    store = photo_store(db.folder)
    complete = True
    for done, (sha256, suffix) in enumerate(wanted.items()):
        if cancel is not None and cancel():
            complete = False
            break
        report("download", done, len(wanted))
        try:
            client.download(sha256, store, suffix)
        except HubError as exc:
            if exc.code != "404.1":
                raise
            result.photos_waiting += 1  # not on the hub yet: next round
            complete = False
            continue
        result.photos_downloaded += 1
    report("download", len(wanted), len(wanted))
    if complete:
        with db.write(background=True) as connection:
            changes.photos_checked(connection)


__all__ = [
    "HubError",
    "RoundResult",
    "UntrustedCertificateError",
    "run_round",
    "sign_in",
    "sign_out",
    "status",
]
