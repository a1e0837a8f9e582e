"""Push and pull on a real hub over PostgreSQL, against floors measured in the same run.

- Push: ``--records`` answers in signed batches of ``--batch`` over HTTP to ``recp-hub serve``
  (a process on 127.0.0.1), each batch merged in one transaction. Floor: inserting the same
  rows (same columns, same JSON bodies) into a plain table with psycopg, one transaction per
  batch, on the same PostgreSQL. Target: at most 3x the floor.
- Pull: every record back in pages of ``--page`` over HTTP. Floor: the same pages by a plain
  keyset query with psycopg (``WHERE seq > %s ORDER BY seq LIMIT %s`` on an (org_id, seq)
  index, as the hub has).
- A second push floor inserts into a table with the hub's indexes too, to show how much of the
  ratio is index upkeep every hub needs.

    RECP_TEST_POSTGRES_URL=postgresql+psycopg://… uv run python benchmarks/hub_sync.py \\
        [--records 20000] [--batch 500] [--page 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.hub.harness import Hub, ProcessServer, cli, hub_settings, seed_accounts
from tests.hub.records import answer, assessment, enterprise, signed


def fresh_database(url: str) -> str:
    name = f"recp_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, target: str) -> None:
    name = make_url(target).database
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name},
        )
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def analyze(url: str) -> None:
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        connection.execute("ANALYZE")


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def push_floor(url: str, batches: list[list[dict]], indexed: bool = False) -> float:
    """Insert the rows with psycopg, one transaction a batch; ``indexed``: into a table with the
    hub's keys and indexes (the unique (org_id, seq) and the natural-key index) besides the
    primary key."""
    table = "floor_indexed" if indexed else "floor_record"
    with psycopg.connect(libpq(url)) as connection:
        connection.execute(
            f"CREATE TABLE {table} (org_id text, record_type text, record_id text, "
            "parent_id text, natural_key text, body text, seq bigint, pushed_by text, "
            "PRIMARY KEY (org_id, record_type, record_id))"
        )
        if indexed:
            connection.execute(f"CREATE UNIQUE INDEX ON {table} (org_id, seq)")
            connection.execute(
                f"CREATE INDEX ON {table} (org_id, record_type, parent_id, natural_key)"
            )
        connection.commit()
        start = time.perf_counter()
        seq = 0
        for batch in batches:
            with connection.cursor() as cursor:
                rows = []
                for record in batch:
                    seq += 1
                    rows.append(
                        (
                            "org",
                            "answer",
                            record["id"],
                            record["assessment_id"],
                            record["question_id"],
                            json.dumps(record, sort_keys=True),
                            seq,
                            "dev",
                        )
                    )
                cursor.executemany(
                    f"INSERT INTO {table} VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", rows
                )
            connection.commit()
        return time.perf_counter() - start


def pull_floor(url: str, page: int) -> tuple[float, int]:
    with psycopg.connect(libpq(url)) as connection:
        # A keyset query needs its index (the hub has the same unique key); made before timing.
        connection.execute("CREATE UNIQUE INDEX ON floor_record (org_id, seq)")
        connection.execute("ANALYZE floor_record")
        connection.commit()
        start = time.perf_counter()
        after, pages = 0, 0
        while True:
            rows = connection.execute(
                "SELECT seq, body FROM floor_record WHERE org_id = 'org' AND seq > %s "
                "ORDER BY seq LIMIT %s",
                (after, page),
            ).fetchall()
            pages += 1
            if len(rows) < page:
                return time.perf_counter() - start, pages
            after = rows[-1][0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--page", type=int, default=1000)
    parser.add_argument(
        "--user",
        default="auditor-a",
        choices=("auditor-a", "admin-a"),
        help="an auditor's pull is narrowed to their assessments; an admin's is not",
    )
    args = parser.parse_args()
    server_url = os.environ.get("RECP_TEST_POSTGRES_URL")
    if not server_url:
        sys.exit(
            "Set RECP_TEST_POSTGRES_URL (see .ci/run) to a PostgreSQL that may create databases."
        )
    database = fresh_database(server_url)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = hub_settings(Path(tmp), database)
            cli(settings, "migrate")
            seed_accounts(settings)
            server = ProcessServer(settings)
            url = server.start()
            try:
                device = Hub(url, settings).login("A", args.user)
                me = device.device_id
                setup = signed(
                    device, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]}
                )
                assert device.client.post("/v1/push", json=setup).status_code == 200
                answers = [answer(f"a{i:07d}", me, f"q.{i}") for i in range(args.records)]
                batches = [answers[i : i + args.batch] for i in range(0, len(answers), args.batch)]
                bodies = [signed(device, {"answer": b}) for b in batches]
                start = time.perf_counter()
                for body in bodies:
                    answer_ = device.client.post("/v1/push", json=body, timeout=300)
                    assert answer_.status_code == 200, answer_.text
                hub_push = time.perf_counter() - start
                # As for the floor: statistics as autovacuum would have them a minute later.
                # Right after a bulk load, with none, PostgreSQL reads every later row and sorts
                # them for each page (docs/hub-scaling.md §5).
                analyze(database)

                start = time.perf_counter()
                cursor, pages, pulled = None, 0, 0
                while True:
                    params = {"limit": args.page, **({"cursor": cursor} if cursor else {})}
                    data = device.client.get("/v1/pull", params=params, timeout=300).json()
                    pages += 1
                    pulled += len(data["records"])
                    cursor = data["cursor"]
                    if not data["more"]:
                        break
                hub_pull = time.perf_counter() - start
                assert pulled == args.records + 2, pulled
                device.close()
            finally:
                server.stop()
        floor_push = push_floor(database, batches)
        floor_indexed = push_floor(database, batches, indexed=True)
        floor_pull, floor_pages = pull_floor(database, args.page)
    finally:
        drop_database(server_url, database)
    n = args.records
    print(f"{n} answers in batches of {args.batch}, pulled in pages of {args.page}, as {args.user}")
    print(
        f"push floor (psycopg, one transaction a batch): {floor_push:.2f} s, "
        f"{n / floor_push:,.0f} records/s"
    )
    print(
        f"push floor into a table with the hub's indexes: {floor_indexed:.2f} s, "
        f"{n / floor_indexed:,.0f} records/s"
    )
    print(
        f"hub push (HTTP, signed, merged):               {hub_push:.2f} s, "
        f"{n / hub_push:,.0f} records/s = {hub_push / floor_push:.2f}x the floor "
        f"({hub_push / floor_indexed:.2f}x the indexed floor)"
    )
    print(f"pull floor (keyset query): {floor_pages / floor_pull:,.1f} pages/s")
    print(
        f"hub pull (HTTP):           {pages / hub_pull:,.1f} pages/s = "
        f"{hub_pull / floor_pull:.2f}x the floor's time"
    )


if __name__ == "__main__":
    main()
