"""The club self-audit's baseline: resources in use, bills month by month summed to the year,
the months travelling in packages (format 3) and older packages importing without them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from recp_desktop.domain.club import homework_state, month_total, months_given
from recp_desktop.domain.records import BY_NAME, RecordError, check_record
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.baseline import BaselineValue, load_baseline, save_baseline
from recp_desktop.storage.bills import (
    Bills,
    drop_bills,
    load_bills,
    resources_in_use,
    save_bills,
    set_in_use,
)
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import ValidationError, create_assessment, create_enterprise

# A year of electricity bills (kWh) with December's bill missing, and what each cost.
KWH = (41200, 39800, 40100, 38500, 37900, 36200, 35800, 36900, 38800, 40300, 41000, None)
COST = (12772.0, 12338.0, 12431.0, 11935.0, 11749.0, 11222.0,
        11098.0, 11439.0, 12028.0, 12493.0, 12710.0, None)  # fmt: skip


@pytest.fixture
def club(db):
    company = create_enterprise(db, name="Orsha Dairy", country="BY", city="Orsha")
    return create_assessment(db, company.id, kind="club", title="Club", currency="BYN")


def test_the_year_is_the_sum_of_the_months_given() -> None:
    # 41 200 + 39 800 + 40 100 + 38 500 + 37 900 + 36 200 + 35 800 + 36 900 + 38 800
    # + 40 300 + 41 000 = 426 500 kWh over the 11 months with a bill
    assert month_total(KWH) == 426_500
    assert months_given(KWH) == 11
    assert month_total((None,) * 12) is None
    with pytest.raises(ValueError):
        month_total((1.0,) * 11)
    with pytest.raises(ValueError):
        month_total((-1.0, *(None,) * 11))


def test_bills_write_the_line_total_that_everything_else_reads(db, club) -> None:
    set_in_use(db, club.id, "electricity", True)
    assert resources_in_use(db, club.id) == {"electricity"}
    assert load_baseline(db, club.id)["electricity"] == BaselineValue(None, "kWh", None)
    total = save_bills(db, club.id, "electricity", Bills("kWh", KWH, COST))
    assert total.quantity == 426_500
    assert total.cost == pytest.approx(132_215.0)  # the eleven amounts added by hand
    line = load_baseline(db, club.id)["electricity"]
    assert (line.quantity, line.unit, line.cost) == (426_500, "kWh", pytest.approx(132_215.0))
    assert load_bills(db, club.id)["electricity"] == Bills("kWh", KWH, COST)


def test_a_month_in_mwh_converts_the_line_for_the_indicators(db, club) -> None:
    save_bills(db, club.id, "electricity", Bills("MWh", (40.0, 41.0, *(None,) * 10), EMPTY12))
    from sqlalchemy import select

    from recp_desktop.storage.models import BaselineItem

    with db.session() as session:
        row = session.scalars(select(BaselineItem).where(BaselineItem.key == "electricity")).one()
        assert (row.quantity, row.unit, row.quantity_canonical) == (81.0, "MWh", 81_000.0)


EMPTY12 = (None,) * 12


def test_a_refused_month_stores_nothing(db, club) -> None:
    save_bills(db, club.id, "water", Bills("m**3", (120.0, *EMPTY12[1:]), EMPTY12))
    with pytest.raises(ValidationError):
        save_bills(db, club.id, "water", Bills("m**3", (120.0, -5.0, *EMPTY12[2:]), EMPTY12))
    with pytest.raises(ValidationError):
        save_bills(db, club.id, "water", Bills("kWh", (120.0, *EMPTY12[1:]), EMPTY12))
    assert load_baseline(db, club.id)["water"].quantity == 120.0
    assert load_bills(db, club.id)["water"].quantities[:2] == (120.0, None)


def test_unticking_keeps_the_figures_for_a_change_of_mind(db, club) -> None:
    save_bills(db, club.id, "electricity", Bills("kWh", KWH, COST))
    set_in_use(db, club.id, "electricity", False)
    assert resources_in_use(db, club.id) == set()
    assert "electricity" not in load_baseline(db, club.id)
    assert load_bills(db, club.id) == {}
    set_in_use(db, club.id, "electricity", True)
    assert load_baseline(db, club.id)["electricity"].quantity == 426_500
    assert load_bills(db, club.id)["electricity"].quantities == KWH


def test_going_back_to_a_yearly_total_keeps_the_total(db, club) -> None:
    save_bills(db, club.id, "electricity", Bills("kWh", KWH, COST))
    drop_bills(db, club.id, "electricity")
    assert load_bills(db, club.id) == {}
    save_baseline(db, club.id, "electricity", BaselineValue(430_000, "kWh", 133_000.0))
    assert load_baseline(db, club.id)["electricity"].quantity == 430_000


def test_homework_is_done_when_every_ticked_resource_has_a_figure() -> None:
    assert not homework_state([], {}).done
    state = homework_state(["electricity", "water"], {"electricity": 426_500.0})
    assert (state.done, state.done_count, state.total) == (False, 1, 2)
    assert homework_state(["electricity"], {"electricity": 426_500.0}).done


def test_the_months_travel_and_older_packages_import_without_them(tmp_path: Path) -> None:
    a, b = Database(tmp_path / "a"), Database(tmp_path / "b")
    try:
        company = create_enterprise(a, name="Orsha Dairy", country="BY")
        club = create_assessment(a, company.id, kind="club", title="Club", currency="BYN")
        save_bills(a, club.id, "electricity", Bills("kWh", KWH, COST))
        set_in_use(a, club.id, "water", True)
        package = tmp_path / "club.recp"
        export_assessment(a, club.id, package, author="participant")
        with zipfile.ZipFile(package) as archive:
            assert json.loads(archive.read("manifest.json"))["format_version"] == 3
            carried = json.loads(archive.read("records/baseline_bills.json"))
        assert [(r["key"], r["quantities"]) for r in carried] == [("electricity", list(KWH))]
        assert import_package(b, package).ok
        assert load_bills(b, club.id) == load_bills(a, club.id)
        assert load_baseline(b, club.id) == load_baseline(a, club.id)
        assert resources_in_use(b, club.id) == {"electricity", "water"}
        assert import_package(b, package).ok  # twice: nothing changes
        assert load_bills(b, club.id) == load_bills(a, club.id)
    finally:
        a.close()
        b.close()


OLDER = sorted((Path(__file__).resolve().parents[1] / "data" / "packages").glob("v*/*.recp"))


@pytest.mark.parametrize("package", OLDER, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_package_before_format_3_imports_with_no_bills(db, package: Path) -> None:
    result = import_package(db, package)
    assert result.ok, result
    assert all(not load_bills(db, a) for a in _assessment_ids(db))


def _assessment_ids(db) -> list[str]:
    from sqlalchemy import select

    from recp_desktop.storage.models import Assessment

    with db.session() as session:
        return list(session.scalars(select(Assessment.id)))


@pytest.mark.parametrize(
    ("quantities", "phrase"),
    [
        ([1.0] * 11, "must hold 12 entries"),
        ([-1.0] + [None] * 11, "at least 0"),
        (["12"] + [None] * 11, "numbers or nulls"),
        ("twelve", "must be a list"),
    ],
)
def test_a_package_with_bad_months_is_refused_naming_the_field(quantities, phrase) -> None:
    record = {
        "id": "b1", "revision": 1, "updated_at": "2026-11-30T19:00:00+00:00",
        "updated_by": "dev1", "deleted": False, "version": {"dev1": 1},
        "assessment_id": "a1", "key": "electricity", "unit": "kWh",
        "quantities": quantities, "costs": [None] * 12,
    }  # fmt: skip
    with pytest.raises(RecordError, match=f"field 'quantities' .*{phrase}"):
        check_record(BY_NAME["baseline_bills"], record, "records/baseline_bills.json, record 1")
    record["quantities"] = [None] * 12  # the control: the same record with good months passes
    assert check_record(BY_NAME["baseline_bills"], record, "here")["costs"] == [None] * 12
