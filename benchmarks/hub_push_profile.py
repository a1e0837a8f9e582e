"""Where a push's time goes: the hub's push path stage by stage, in one process, with cProfile.

Runs the same steps as ``POST /v1/push`` without the HTTP server — JSON parsing, the request
model, the signature, the record schema, the merge in one transaction (on a fresh PostgreSQL
database made on ``RECP_TEST_POSTGRES_URL``'s server, or SQLite with ``--sqlite``) — for
``--records`` answers in batches of ``--batch``, timing each stage, then prints cProfile's top
functions. Half the batches are new answers, half edits of them (the merge then reads and
rewrites existing rows).

    RECP_TEST_POSTGRES_URL=… uv run python benchmarks/hub_push_profile.py [--records 10000]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.hub_sync import drop_database, fresh_database
from recp_hub import sync
from recp_hub.accounts import Caller
from recp_hub.db import Database
from recp_hub.migrate import upgrade
from recp_hub.routes.sync import PushBody
from tests.hub.harness import cli, hub_settings, new_key, public_hex
from tests.hub.records import answer, assessment, enterprise, signed


class FakeDevice:  # what tests.hub.records.signed needs of a device: an id and a key
    def __init__(self, device_id: str, key) -> None:
        self.device_id = device_id
        self.key = key


def run(db: Database, caller: Caller, raws: list[bytes], times: dict[str, float]) -> None:
    for raw in raws:
        t0 = time.perf_counter()
        parsed = json.loads(raw)
        t1 = time.perf_counter()
        body = PushBody.model_validate(parsed)
        dumped = body.model_dump()
        t2 = time.perf_counter()
        body_sha256, records = sync.check_push(caller, dumped)
        t3 = time.perf_counter()
        with db.scope(caller.org_id) as session:
            answer_ = sync.replay(session, caller.org_id, body.batch_id, body_sha256)
            assert answer_ is None
            sync.push(session, caller, body.batch_id, body_sha256, records)
        t4 = time.perf_counter()
        times["json parse"] += t1 - t0
        times["request model"] += t2 - t1
        times["signature + record schema"] += t3 - t2
        times["merge + write + commit"] += t4 - t3


def explain_pull(db: Database, org_id: str) -> None:
    """The plan of a pull page's record query, as PostgreSQL chooses it now."""
    from sqlalchemy import text

    if not db.is_postgres:
        return
    with db.engine.connect() as connection:
        plan = connection.execute(
            text(
                "EXPLAIN ANALYZE SELECT seq, record_type, body FROM hub_record "
                "WHERE org_id = :o AND seq > 5000 ORDER BY seq LIMIT 1001"
            ),
            {"o": org_id},
        ).scalars()
        print("\n".join(plan))


def pull_all(db: Database, caller: Caller, times: dict[str, float]) -> None:
    from recp_hub import pull

    cursor = None
    while True:
        t0 = time.perf_counter()
        with db.scope(caller.org_id) as session:
            page = pull.pull(session, caller, cursor, 1000)
        times["pull pages (in the hub, with commit)"] += time.perf_counter() - t0
        data = json.loads(page)
        cursor = data["cursor"]
        if not data["more"]:
            return


def watch_statements(db: Database) -> dict[str, list]:
    """Seconds and calls per SQL statement (its first 90 characters), from now on."""
    from sqlalchemy import event

    found: dict[str, list] = defaultdict(lambda: [0.0, 0])

    @event.listens_for(db.engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany) -> None:
        conn.info["t0"] = time.perf_counter()

    @event.listens_for(db.engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany) -> None:
        entry = found[" ".join(statement.split())[:90]]
        entry[0] += time.perf_counter() - conn.info.pop("t0")
        entry[1] += 1

    @event.listens_for(db.engine, "commit")
    def _commit(conn) -> None:
        conn.info["c0"] = time.perf_counter()

    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--role", default="auditor", choices=("auditor", "supervisor"))
    parser.add_argument("--new-only", action="store_true", help="no second round of edits")
    parser.add_argument("--pull", action="store_true", help="profile pulling it all back instead")
    args = parser.parse_args()
    server_url = None if args.sqlite else os.environ.get("RECP_TEST_POSTGRES_URL")
    if not args.sqlite and not server_url:
        sys.exit("Set RECP_TEST_POSTGRES_URL, or pass --sqlite.")
    database = fresh_database(server_url) if server_url else None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = hub_settings(Path(tmp), database)
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            db = Database(settings.database_url)
            upgrade(db.engine)
            assert cli(settings, "org", "create", "P") == 0
            with db.scope() as session:
                from recp_hub.accounts import organisation_by_name

                org_id = organisation_by_name(session, "P").org_id
            key = new_key()
            device = FakeDevice("profile-device", key)
            caller = Caller(
                org_id, "u1", "someone", args.role, device.device_id, public_hex(key), ""
            )
            me = device.device_id
            setup = signed(device, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]})
            run(db, caller, [json.dumps(setup).encode()], defaultdict(float))
            new = [answer(f"a{i:07d}", me, f"q.{i}") for i in range(args.records // 2)]
            edits = [{**r, "value": "no", "revision": 2, "version": {me: 2}} for r in new]
            raws = []
            for records in (new,) if args.new_only else (new, edits):
                for i in range(0, len(records), args.batch):
                    body = signed(device, {"answer": records[i : i + args.batch]})
                    raws.append(json.dumps(body).encode())
            times: dict[str, float] = defaultdict(float)
            if args.pull:
                run(db, caller, raws, defaultdict(float))
                explain_pull(db, org_id)  # as PostgreSQL plans it right after the bulk load
                if db.is_postgres:  # then as autovacuum would within a minute
                    with db.engine.connect() as connection:
                        connection.exec_driver_sql("ANALYZE hub_record")
                        connection.commit()
            statements = watch_statements(db)
            profile = cProfile.Profile()
            start = time.perf_counter()
            profile.enable()
            if args.pull:
                pull_all(db, caller, times)
            else:
                run(db, caller, raws, times)
            profile.disable()
            total = time.perf_counter() - start
            db.dispose()
    finally:
        if database:
            drop_database(server_url, database)
    n = len(new) * (1 if args.new_only else 2)
    kind = "SQLite" if args.sqlite else "PostgreSQL"
    print(f"{n} answers ({len(new)} new, then each edited) in batches of {args.batch} on {kind}")
    print(f"total {total:.2f} s under cProfile, {n / total:,.0f} records/s")
    for stage, seconds in times.items():
        print(f"  {stage:28} {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
    print("time in the database by statement (cursor execute to return):")
    ranked = sorted(statements.items(), key=lambda item: -item[1][0])
    for text, (seconds, count) in ranked[:12]:
        print(f"  {seconds:6.2f} s {count:6d}x  {text}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
