"""A soak: 50 simulated devices push, upload photos and pull at once against a real hub.

Starts ``recp-hub serve`` as a process on 127.0.0.1 (embedded SQLite by default; with
``--database URL`` a fresh PostgreSQL database made on that server and dropped afterwards), signs
in ``--users`` auditors with ``--devices`` devices between them (Argon2, before the clock starts),
then runs every device in its own thread for ``--seconds``. Each device works on its own
assessment and loops:

- push a signed batch of ``--batch`` answers (half new, half edits of its earlier ones);
- every 5th round, push the previous batch again (a lost answer's retry): it must replay;
- every 3rd round, upload a photo of ``--photo-kb`` KiB in two pieces (``HEAD`` first) and push
  its photo record;
- pull from its cursor until ``more`` is false.

Every answer that is not the expected status is an error. Bounded in time (``--seconds``) and in
count (``--rounds`` per device). At the end it checks duplicates: the rows in the hub's database
(records, pushed batches, complete photos) against what the devices pushed, and each device's
final full pull against its own view. Prints p50/p95/p99 latency per operation.

    uv run python benchmarks/hub_soak.py [--seconds 120] [--database postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.hub_sync import drop_database, fresh_database
from tests.hub.harness import PASSWORD, Hub, ProcessServer, cli, hub_settings
from tests.hub.records import answer, assessment, enterprise, photo, signed


class Stats:
    """Latencies per operation and errors, shared by the device threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []

    def timed(self, operation: str, call, expect: tuple[int, ...] = (200,)):
        start = time.perf_counter()
        try:
            response = call()
        except Exception as exc:  # every failure is counted and shown
            with self.lock:
                self.errors.append(f"{operation}: {type(exc).__name__}: {exc}")
            return None
        elapsed = time.perf_counter() - start
        with self.lock:
            self.latency[operation].append(elapsed)
            if response.status_code not in expect:
                self.errors.append(f"{operation}: {response.status_code} {response.text[:200]}")
                return None
        return response


class SimulatedDevice:
    def __init__(self, device, username: str, stats: Stats, args) -> None:
        self.device = device
        self.username = username
        self.stats = stats
        self.args = args
        me = device.device_id
        self.enterprise_id = f"e-{me[:30]}"
        self.assessment_id = f"s-{me[:30]}"
        self.answers: dict[str, dict] = {}  # id -> latest pushed record
        self.photos: set[str] = set()  # sha256 uploaded
        self.photo_records: dict[str, dict] = {}
        self.batches = 0
        self.replays = 0
        self.last: tuple[dict, str] | None = None
        self.cursor: str | None = None
        self.pulled = 0

    def _push(self, records: dict, body: dict | None = None) -> dict | None:
        body = body or signed(self.device, records)
        sent = self.stats.timed(
            "push", lambda: self.device.client.post("/v1/push", json=body, timeout=120)
        )
        if sent is not None:
            self.batches += 1
            self.last = (body, sent.text)
        return body if sent is not None else None

    def setup(self) -> None:
        me = self.device.device_id
        ent = enterprise(me, id=self.enterprise_id)
        ass = assessment(me, id=self.assessment_id, enterprise_id=self.enterprise_id)
        self._push({"enterprise": [ent], "assessment": [ass]})

    def _batch(self, round_no: int) -> list[dict]:
        me = self.device.device_id
        records = []
        for i in range(self.args.batch // 2):
            rid = f"{me[:24]}-{round_no:04d}-{i:03d}"
            records.append(answer(rid, me, f"q.{round_no}.{i}", assessment_id=self.assessment_id))
        earlier = list(self.answers.values())[-(self.args.batch - len(records)) :]
        for old in earlier:
            revision = old["revision"] + 1
            records.append(
                {
                    **old,
                    "value": "no" if old["value"] == "yes" else "yes",
                    "revision": revision,
                    "version": {me: revision},
                }
            )
        return records

    def _upload(self, round_no: int) -> None:
        me = self.device.device_id
        data = os.urandom(self.args.photo_kb * 1024)
        sha = hashlib.sha256(data).hexdigest()
        client = self.device.client
        self.stats.timed("head", lambda: client.head(f"/v1/blobs/{sha}"), expect=(404,))
        half = len(data) // 2
        for start, piece in ((0, data[:half]), (half, data[half:])):
            end = start + len(piece) - 1
            headers = {"Content-Range": f"bytes {start}-{end}/{len(data)}"}
            if (
                self.stats.timed(
                    "upload",
                    partial(client.put, f"/v1/blobs/{sha}", content=piece, headers=headers),
                )
                is None
            ):
                return
        self.photos.add(sha)
        record = photo(f"p-{me[:24]}-{round_no:04d}", me, sha, len(data))
        record["assessment_id"] = self.assessment_id
        if self._push({"photo": [record]}):
            self.photo_records[record["id"]] = record

    def _pull(self) -> None:
        while True:
            params = {"limit": 500, **({"cursor": self.cursor} if self.cursor else {})}
            page = self.stats.timed(
                "pull", partial(self.device.client.get, "/v1/pull", params=params, timeout=120)
            )
            if page is None:
                return
            data = page.json()
            self.pulled += len(data["records"])
            self.cursor = data["cursor"]
            if not data["more"]:
                return

    def run(self, deadline: float) -> None:
        for round_no in range(self.args.rounds):
            if time.monotonic() > deadline:
                return
            records = self._batch(round_no)
            if self._push({"answer": records}):
                for record in records:
                    self.answers[record["id"]] = record
            if round_no % 5 == 4 and self.last:  # a retry after a lost answer
                body, first = self.last
                again = self.stats.timed(
                    "push", partial(self.device.client.post, "/v1/push", json=body, timeout=120)
                )
                self.replays += 1
                if again is not None and again.text != first:
                    self.stats.errors.append("replay: a retried batch answered differently")
            if round_no % 3 == 0:
                self._upload(round_no)
            self._pull()


def verify(devices: list[SimulatedDevice], database_url: str, stats: Stats) -> dict[str, int]:
    """Rows in the hub's database against what was pushed; each device's own view."""
    from sqlalchemy import create_engine, text

    expected_records = sum(2 + len(d.answers) + len(d.photo_records) for d in devices)
    expected_photos = sum(len(d.photos) for d in devices)
    expected_batches = sum(d.batches for d in devices)  # retries replay: no new row
    engine = create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT count(*) FROM hub_record")).scalar()
        batches = connection.execute(text("SELECT count(*) FROM hub_push")).scalar()
        photos = connection.execute(
            text("SELECT count(*) FROM blob WHERE completed_at IS NOT NULL")
        ).scalar()
    engine.dispose()
    found = {
        "record rows": rows,
        "records pushed": expected_records,
        "batch rows": batches,
        "batches acknowledged": expected_batches,
        "retries replayed": sum(d.replays for d in devices),
        "complete photos": photos,
        "photos uploaded": expected_photos,
    }
    if rows != expected_records:
        stats.errors.append(f"duplicates: {rows} record rows, {expected_records} pushed")
    if photos != expected_photos:
        stats.errors.append(f"photos: {photos} complete, {expected_photos} uploaded")
    if batches != expected_batches:
        stats.errors.append(f"batches: {batches} rows for {expected_batches} acknowledged pushes")
    by_user: dict[str, int] = defaultdict(int)
    for device in devices:
        by_user[device.username] += 2 + len(device.answers) + len(device.photo_records)
    for device in devices:  # a full pull: the user's records once each, the device's as pushed
        device.cursor = None
        seen: dict[str, dict] = {}
        cursor = None
        while True:
            params = {"limit": 1000, **({"cursor": cursor} if cursor else {})}
            data = device.device.client.get("/v1/pull", params=params, timeout=300).json()
            for item in data["records"]:
                if item["record"]["id"] in seen:
                    stats.errors.append(f"pull delivered {item['record']['id']} twice")
                seen[item["record"]["id"]] = item["record"]
            cursor = data["cursor"]
            if not data["more"]:
                break
        mine = {**device.answers, **device.photo_records}
        for record_id, record in mine.items():
            got = seen.get(record_id)
            if got is None or got["revision"] != record["revision"]:
                stats.errors.append(f"{record_id}: pushed rev {record['revision']}, pulled {got}")
        if len(seen) != by_user[device.username]:
            stats.errors.append(
                f"device sees {len(seen)}, its user pushed {by_user[device.username]}"
            )
    return found


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    p50, p95, p99 = (cuts[k] * 1000 for k in (49, 94, 98))
    return f"p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--photo-kb", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=2000, help="at most, per device")
    parser.add_argument(
        "--database", help="a PostgreSQL server URL: a fresh database is made there and dropped"
    )
    args = parser.parse_args()
    database = fresh_database(args.database) if args.database else None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = hub_settings(Path(tmp), database)
            assert cli(settings, "migrate") == 0
            assert cli(settings, "org", "create", "Soak") == 0
            for n in range(args.users):
                code = cli(
                    settings,
                    *("user", "create", f"auditor-{n}", "--org", "Soak"),
                    *("--role", "auditor", "--password-stdin"),
                    stdin=PASSWORD + "\n",
                )
                assert code == 0
            server = ProcessServer(settings)
            url = server.start()
            hub = Hub(url, settings)
            stats = Stats()
            try:
                devices = []
                for n in range(args.devices):
                    name = f"auditor-{n % args.users}"
                    devices.append(SimulatedDevice(hub.login("Soak", name), name, stats, args))
                for device in devices:
                    device.setup()
                deadline = time.monotonic() + args.seconds
                threads = [
                    threading.Thread(target=d.run, args=(deadline,), name=f"device-{i}")
                    for i, d in enumerate(devices)
                ]
                start = time.monotonic()
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(args.seconds + 600)
                elapsed = time.monotonic() - start
                found = verify(devices, settings.database_url, stats)
            finally:
                hub.close()
                server.stop()
    finally:
        if database:
            drop_database(args.database, database)
    kind = "PostgreSQL" if database else "SQLite"
    print(
        f"{args.devices} devices ({args.users} auditors) on {kind}, {elapsed:.0f} s "
        f"(asked {args.seconds:.0f} s), batches of {args.batch}, photos of {args.photo_kb} KiB"
    )
    for operation in ("push", "head", "upload", "pull"):
        values = stats.latency.get(operation, [])
        print(f"{operation:7} {len(values):6d} requests  {percentiles(values)}")
    print(f"database: {found}")
    print(f"errors: {len(stats.errors)}")
    for error in stats.errors[:20]:
        print("  ", error)
    sys.exit(1 if stats.errors else 0)


if __name__ == "__main__":
    main()
