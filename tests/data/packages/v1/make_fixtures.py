"""How the format-1 fixture packages here were made (kept for the record; do not rerun).

They were written by the app as released (commit e44d49a, before the record schema moved to
``recp_desktop.domain``), so that a test can prove packages from the field import unchanged:

- ``1-first.recp``: device A's assessment (every record type, a photo, Cyrillic and Azerbaijani
  text, nulls, JSON values in an option);
- ``2-later.recp``: A again after edits (an answer changed, an option deleted, a baseline line
  added): updates and a tombstone;
- ``3-apart.recp``: device B, which received ``1-first.recp``, changed the same answer apart:
  a conflict after ``2-later.recp``;
- ``rows.json``: every row of a fresh database after importing the three in order (times as
  ISO text; conflict ids and detection times left out: they are made at import).

    uv run python tests/data/packages/v1/make_fixtures.py
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from recp_desktop.checklists.answers import AnswerState  # noqa: E402
from recp_desktop.exchange.importer import import_package  # noqa: E402
from recp_desktop.exchange.writer import export_assessment  # noqa: E402
from recp_desktop.storage.baseline import BaselineValue, save_baseline  # noqa: E402
from recp_desktop.storage.database import Database  # noqa: E402
from recp_desktop.storage.options import add_option, list_options, set_option_deleted  # noqa: E402
from recp_desktop.storage.photos import add_photo  # noqa: E402
from recp_desktop.storage.repository import create_assessment, create_enterprise  # noqa: E402
from tests.packages import NUMBER, YES_NO, answer, jpeg  # noqa: E402

TABLES = (
    "enterprise",
    "assessment",
    "baseline_item",
    "answer",
    "cp_option",
    "photo",
    "sync_version",
    "sync_conflict",
    "trusted_device",
)
VOLATILE = {"sync_conflict": ("id", "detected_at"), "trusted_device": ("first_seen",)}


def dump_rows(db: Database) -> dict[str, list[dict]]:
    """Every row of the exchanged tables, sorted, with times and dates as ISO text."""
    out = {}
    with db.engine.connect() as connection:
        for table in TABLES:
            result = connection.exec_driver_sql(f"SELECT * FROM {table}")
            names = list(result.keys())
            rows = []
            for raw in result:
                row = {}
                for name, value in zip(names, raw, strict=True):
                    if name in VOLATILE.get(table, ()):
                        continue
                    if isinstance(value, datetime | date):
                        value = value.isoformat()
                    row[name] = value
                rows.append(row)
            out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a, b = Database(root / "a"), Database(root / "b")
        company = create_enterprise(
            a,
            name="Şəki Süd MMC — Шеки",
            country="AZ",
            city="Şəki",
            region="Шеки-Загатала",
            nace="10.51",
            employees=120,
            products="süd, qatıq, pendir",
        )
        assessment = create_assessment(
            a,
            company.id,
            kind="full",
            title="Аудит 2026",
            currency="AZN",
            start_date=date(2026, 3, 1),
            team="Aysel, Rauf",
        )
        aid = assessment.id
        save_baseline(a, aid, "electricity", BaselineValue(1200, "MWh", 150_000))
        save_baseline(a, aid, "water", BaselineValue(5000, "m**3", None))
        for question in YES_NO[:3]:
            answer(a, aid, question, AnswerState("yes"))
        answer(a, aid, YES_NO[3], AnswerState("no", note="нет счётчиков"))
        answer(a, aid, NUMBER, AnswerState(number=7.5, unit="bar", note="gauge"))
        for title, money in (("Fix air leaks", 1234.5), ("Шумоглушитель", None)):
            add_option(
                a,
                aid,
                title=title,
                technique="good_housekeeping",
                area="energy",
                inputs={"diameter": "3 mm", "nested": {"list": [1, 2.5, None, True]}},
                results={"annual_cost": {"value": 1234.5, "unit": "AZN"}},
                assumptions=["6000 h a year", "7 bar"],
                investment=300.0,
                saving_money=money,
            )
        add_photo(a, aid, jpeg(root / "leak.jpg"), NUMBER)
        export_assessment(a, aid, HERE / "1-first.recp", author="aysel")
        assert import_package(b, HERE / "1-first.recp").ok
        # A goes on: an answer changed, an option deleted, a baseline line added.
        answer(a, aid, NUMBER, AnswerState(number=6.5, unit="bar", note="after repair"))
        set_option_deleted(a, list_options(a, aid)[0].id, True)
        save_baseline(a, aid, "natural_gas", BaselineValue(80_000, "m**3", 20_000))
        export_assessment(a, aid, HERE / "2-later.recp", author="aysel")
        # B changed the same answer apart.
        answer(b, aid, NUMBER, AnswerState(number=8.0, unit="bar", note="measured again"))
        export_assessment(b, aid, HERE / "3-apart.recp", author="rauf")
        a.close()
        b.close()
        office = Database(root / "office")
        for name in ("1-first.recp", "2-later.recp", "3-apart.recp"):
            result = import_package(office, HERE / name)
            assert result.ok, result.reason
            print(name, result.counts)
        rows = dump_rows(office)
        office.close()
        (HERE / "rows.json").write_text(
            json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
