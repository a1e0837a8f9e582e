"""Sync from a laptop to a hub on 127.0.0.1: the first sync and the next one after one edit.

A data folder with ``--assessments`` assessments (200 answers and 5 photos each, as records a
package import would have written) signs in to ``recp-hub serve`` (a process; embedded SQLite,
or ``--database postgresql+psycopg://…``) and runs :func:`recp_desktop.sync.round.run_round`:
every record pushed, every photo uploaded, everything pulled back. Then one answer is edited
and the round runs again. The floor is one ``GET /health`` round trip on a kept-alive
connection (median of 50), measured in the same run. Target: the incremental sync costs at
most 10 round trips.

    uv run python benchmarks/sync.py [--assessments 200] [--database URL]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from recp_desktop.domain.records import BY_NAME, check_records
from recp_desktop.storage import rows
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import photo_store
from recp_desktop.sync.round import client_for, run_round, sign_in
from tests.hub.harness import PASSWORD, ProcessServer, cli, hub_settings, seed_accounts
from tests.hub.records import answer, assessment, enterprise, photo

ANSWERS, PHOTOS, PHOTO_BYTES = 200, 5, 20_000


def fill(db: Database, count: int) -> int:
    """``count`` assessments of one company each, written in one transaction; records made."""
    me = db.device_id
    store = photo_store(db.folder)
    made: dict[str, list[dict]] = {name: [] for name in rows.MODELS}
    for i in range(count):
        e, s = f"bench-e{i}", f"bench-s{i}"
        made["enterprise"].append(enterprise(me, id=e, name=f"Plant {i}"))
        made["assessment"].append(assessment(me, id=s, enterprise_id=e))
        for j in range(ANSWERS):
            made["answer"].append(
                answer(f"bench-a{i}-{j}", me, f"energy.q{j}", "yes", assessment_id=s)
            )
        for k in range(PHOTOS):
            data = os.urandom(PHOTO_BYTES)
            sha = hashlib.sha256(data).hexdigest()
            store.put(sha, data, ".png")
            made["photo"].append(
                {**photo(f"bench-p{i}-{k}", me, sha, PHOTO_BYTES), "assessment_id": s}
            )
    with db.write() as connection:
        for name, records in made.items():
            record_type = BY_NAME[name]
            checked = check_records(record_type, records)  # the schema's defaults filled in
            rows.insert_many(
                connection, rows.table(name), [rows.to_row(record_type, r) for r in checked]
            )
    return sum(len(r) for r in made.values())


def health_floor(url: str, times: int = 50) -> float:
    with httpx.Client(base_url=url) as client:
        client.get("/health")
        spent = []
        for _ in range(times):
            start = time.perf_counter()
            client.get("/health").raise_for_status()
            spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def edit_one(db: Database, n: int = 0) -> None:
    """One answer's note changed (a different note each time: a real edit, not a revision
    raised over the same content, which the hub would merely merge into the version)."""
    table = rows.table("answer")
    with db.write() as connection:
        connection.execute(
            table.update()
            .where(table.c.id == "bench-a0-0")
            .values(note=f"edit {n}", revision=table.c.revision + 1)
        )


def hub_requests(db: Database, client, account) -> float:
    """Median time of the request an incremental sync makes (a push of one record carrying
    the folder's cursor, answered with the cursor past it), sent bare: the hub's share."""
    import uuid

    from recp_desktop.storage.keys import device_key
    from recp_desktop.sync import changes

    key = device_key(db.folder)
    with db.engine.connect() as connection:
        cursor = changes.cursor(connection)
        [row] = rows.load_rows(connection, "answer", "id", ["bench-a0-0"])
    base = rows.to_package(BY_NAME["answer"], row)
    spent = []
    for n in range(1, 6):  # a new edit each time, as a laptop would send (the hub's copy of
        # the answer moves on; the laptop's own row is left alone)
        revision = row["revision"] + 100 + n
        record = {
            **base,
            "note": f"bare push {n}",
            "revision": revision,
            "version": {db.device_id: revision},
        }
        start = time.perf_counter()
        answer = client.push(
            key, account.device_id, str(uuid.uuid4()), {"answer": [record]}, cursor=cursor
        )
        assert "cursor" in answer, answer  # nothing else came after: the pull is skipped
        cursor = answer["cursor"]
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assessments", type=int, default=200)
    parser.add_argument("--database", help="the hub's PostgreSQL URL (default: embedded SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = hub_settings(Path(tmp), args.database)
        cli(settings, "migrate")
        seed_accounts(settings)
        server = ProcessServer(settings)
        url = server.start()
        db = Database(Path(tmp) / "laptop")
        try:
            start = time.perf_counter()
            records = fill(db, args.assessments)
            print(
                f"laptop data: {records} records, {args.assessments * PHOTOS} photos "
                f"({time.perf_counter() - start:.1f} s to make)"
            )
            account = sign_in(db, url, "auditor-a", PASSWORD, organisation="A")
            client = client_for(account)  # kept across rounds, as the window's sync keeps it
            start = time.perf_counter()
            first = run_round(db, client=client)
            first_s = time.perf_counter() - start
            assert first.pushed == records and first.photos_uploaded == args.assessments * PHOTOS
            print(
                f"first sync: {first_s:.2f} s ({first.pushed} pushed, {first.pulled} pulled, "
                f"{first.photos_uploaded} photos up; {records / first_s:.0f} records/s)"
            )
            run_round(db, client=client)  # settles: nothing to do
            floor = health_floor(url)
            spent = []
            for attempt in range(5):
                edit_one(db, attempt)
                start = time.perf_counter()
                result = run_round(db, client=client)
                spent.append(time.perf_counter() - start)
                # one answer up; the hub answered the cursor past it, so no pull (§7 Push)
                assert result.pushed == 1 and result.pulled == 0, result
            incremental = statistics.median(spent)
            hub_part = hub_requests(db, client, account)
            print(f"GET /health round trip (floor): {floor * 1000:.2f} ms")
            print(f"incremental sync after one edit (median of 5): {incremental * 1000:.1f} ms")
            print(f"ratio incremental / round trip: {incremental / floor:.1f} (target <= 10)")
            print(
                f"of which the hub's own push of one record: {hub_part * 1000:.1f} ms "
                f"({hub_part / floor:.1f} round trips); the client's part: "
                f"{(incremental - hub_part) / floor:.1f} round trips"
            )
            client.close()
        finally:
            db.close()
            server.stop()


if __name__ == "__main__":
    main()
