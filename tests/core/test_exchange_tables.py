"""Tables for people: workbook sheets and CSV files with labelled columns, ids and units."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from recp_desktop.exchange.tables import TableExportError, build_tables, export_tables
from recp_desktop.storage.options import list_options, set_option_deleted
from recp_desktop.storage.repository import create_assessment, create_enterprise
from tests.packages import NUMBER, seed, template_of

NAMES = (
    "companies",
    "assessments",
    "baseline",
    "answers",
    "options",
    "photos",
    "waste",
    "wanted",
)


@pytest.fixture
def two(db, tmp_path: Path) -> tuple[str, str]:
    first = seed(db, tmp_path)
    company = create_enterprise(db, name="Თბილისის პური", country="GE")
    second = create_assessment(db, company.id, kind="club", title="Клуб", currency="GEL")
    return first, second.id


def test_one_frame_per_record_type_with_units_and_ids(db, two) -> None:
    first, _ = two
    frames = build_tables(db, first)
    assert tuple(frames) == NAMES
    answers = frames["answers"].set_index("Question ID")
    row = answers.loc[NUMBER]
    assert row["Number (as entered)"] == 7.5 and row["Unit (as entered)"] == "bar"
    assert row["Question's unit"] == "bar" and row["Area"] == "Energy"
    assert row["Area (code)"] == "energy"
    assert row["Question"] == template_of(NUMBER).question(NUMBER).text["en"]
    assert row["Note"] == "gauge"
    baseline = frames["baseline"].set_index("Line key")
    assert baseline.loc["electricity", "Annual quantity (as entered)"] == 1200
    assert baseline.loc["electricity", "Annual quantity (in canonical unit)"] == 1_200_000
    assert baseline.loc["electricity", "Canonical unit"] == "kWh"
    option = frames["options"].iloc[0]
    assert option["Payback (years)"] == pytest.approx(300 / 1234.5)
    assert option["Currency"] == "GEL"
    assert list(frames["companies"]["Company"]) == ["Rustavi Steel"]
    assert frames["photos"].iloc[0]["Width (px)"] == 32


def test_all_assessments_and_no_tombstones(db, two) -> None:
    first, second = two
    set_option_deleted(db, list_options(db, first)[0].id)
    frames = build_tables(db)
    assert set(frames["assessments"]["Assessment ID"]) == {first, second}
    assert len(frames["companies"]) == 2
    assert frames["options"].empty
    with pytest.raises(LookupError, match="No assessment"):
        build_tables(db, "nope")


def test_a_zip_of_csv_files_keeps_every_script(db, two, tmp_path: Path) -> None:
    result = export_tables(db, tmp_path / "all.zip")
    assert result.rows["assessments"] == 2
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        assert sorted(archive.namelist()) == sorted(f"{n}.csv" for n in NAMES)
        raw = archive.read("companies.csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    companies = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    assert "Თბილისის პური" in set(companies["Company"])
    assert list(companies.columns[:3]) == ["Company ID", "Company", "Country (ISO code)"]


def test_csv_beside_a_name_or_in_a_folder(db, two, tmp_path: Path) -> None:
    first, _ = two
    export_tables(db, tmp_path / "audit.csv", first)
    assert sorted(p.name for p in tmp_path.glob("audit-*.csv")) == sorted(
        f"audit-{n}.csv" for n in NAMES
    )
    export_tables(db, tmp_path / "tables", first)
    answers = pd.read_csv(tmp_path / "tables" / "answers.csv", encoding="utf-8-sig")
    assert set(answers["Assessment ID"]) == {first}


def test_a_workbook(db, two, tmp_path: Path) -> None:
    export_tables(db, tmp_path / "t.xlsx")
    sheets = pd.read_excel(tmp_path / "t.xlsx", sheet_name=None)
    assert list(sheets) == [
        "Companies",
        "Assessments",
        "Baseline",
        "Answers",
        "Options",
        "Photos",
        "Waste streams",
        "Wanted inputs",
    ]
    assert "CO₂ avoided (t/year)" in sheets["Options"].columns


def test_a_file_that_is_not_a_table_target(db, two, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(TableExportError, match="not a folder"):
        export_tables(db, tmp_path / "notes.txt")
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_waste_streams_sheet_in_tonnes_with_hazard_marks(db, two) -> None:
    from recp_desktop.storage.waste import add_waste_stream, set_waste_stream_deleted

    first, _ = two
    add_waste_stream(db, first, ewc_code="110105", name="Acid", quantity=6, unit="m³",
                     density_kg_m3=1150, frequency="weekly", treatment="D9",
                     destination="licensed_contractor", annual_cost=18000.0)  # fmt: skip
    gone = add_waste_stream(db, first, ewc_code="100210", quantity=1, unit="t")
    set_waste_stream_deleted(db, gone.id)
    [row] = build_tables(db, first, "ru")["waste"].to_dict("records")
    assert row["Код EWC"] == "11 01 05*" and row["Опасные"] is True
    assert row["Тонн в год (т/год)"] == pytest.approx(6 * 1.15 * 52)  # 358.8 t
    assert row["За период"] == "неделя" and row["Куда передаются"] == "Лицензированный подрядчик"
    assert row["Обращение (код R/D, 2008/98/EC)"] == "D9" and row["Валюта"] == "GEL"


def test_companies_carry_place_and_figures_read_tidy(db, tmp_path: Path) -> None:
    from recp_desktop.storage.baseline import BaselineValue, save_baseline
    from recp_desktop.storage.waste import add_waste_stream

    company = create_enterprise(db, name="Şəki Yem", country="AZ", region="AZ-SAK",
                                latitude=41.19, longitude=47.17)  # fmt: skip
    assessment = create_assessment(db, company.id, kind="full", title="2026", currency="AZN")
    # 800 kg a month = 0.8 t × 12 = 9.6 t/yr, which floats compute as 9.600000000000001
    assert 0.8 * 12 == 9.600000000000001
    add_waste_stream(db, assessment.id, ewc_code="170504", quantity=800, unit="kg",
                     frequency="monthly")  # fmt: skip
    save_baseline(db, assessment.id, "water", BaselineValue(quantity=1200, unit="m³"))
    frames = build_tables(db, assessment.id, "ru")
    [row] = frames["companies"].to_dict("records")
    assert (row["Широта (°)"], row["Долгота (°)"]) == (41.19, 47.17)
    assert row["Регион"] == "AZ-SAK" and row["Название региона"] == "Шекинский район"
    [waste] = frames["waste"].to_dict("records")
    assert repr(waste["Тонн в год (т/год)"]) == "9.6"
    [water] = [r for r in frames["baseline"].to_dict("records") if r["Код строки"] == "water"]
    assert water["Единица (как введена)"] == "м³"
