"""Companies created twice by two experts (issue 14 §5): flagged, merged, and the merge travels."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from recp_desktop.cli import main
from recp_desktop.domain.companies import Company, duplicate_groups, name_key, survivor
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage import companies, review
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment, Enterprise
from recp_desktop.storage.repository import (
    create_assessment,
    create_enterprise,
    list_assessments,
    list_enterprises,
)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("«Şəki Süd» MMC", "şəki süd"),
        ('"ŞƏKİ SÜD" Məhdud Məsuliyyətli Cəmiyyəti', "şəki süd"),
        ("ООО «Бакинский Хлеб»", "бакинский хлеб"),
        ("Бакинский хлеб ЗАО", "бакинский хлеб"),
        ("Rustavi Steel L.L.C.", "rustavi steel"),
        ("RUSTAVI STEEL, LLC", "rustavi steel"),
        ("Rustavi Steel JSC", "rustavi steel"),
        ("Azersun Holding QSC", "azersun holding"),
        ("Gəncə Tekstil ASC", "gəncə tekstil"),
        ("შპს „თბილისის რძე“", "თბილისის რძე"),
        ("Caspian Fish Co. Ltd.", "caspian fish"),
    ],
)
def test_names_are_compared_without_case_quotes_and_legal_forms(written: str, key: str) -> None:
    assert name_key(written) == key


def test_look_alikes_are_grouped_by_name_city_or_registration_number() -> None:
    found = [
        Company("e1", "«Şəki Süd» MMC", "AZ", "Şəki"),
        Company("e2", "ŞƏKİ SÜD", "AZ", "şəki"),
        Company("e3", "Şəki Süd MMC", "AZ", "Baku"),  # another city: another company
        Company("e4", "Şəki Süd", "GE", "Şəki"),  # another country
        Company("e5", "Milk Plant No. 2", "AZ", "Qəbələ", "1 300 456 781"),
        Company("e6", "Qəbələ Süd ASC", "AZ", "Qəbələ", "1300456781"),  # same number
        Company("e7", "Qəbələ Süd", "AZ", "Qəbələ", "1300456782"),  # same name, other number
        Company("e8", "Şəki süd", "AZ", " ŞƏKİ "),
        Company("e9", "Şəki süd", "AZ", ""),  # city left blank: not known to be the same
    ]
    groups = duplicate_groups(found)
    assert [(g.ids, g.reasons) for g in groups] == [
        (("e1", "e2", "e8"), ("name",)),
        (("e5", "e6"), ("registration",)),
    ]
    assert survivor(("e1", "e2", "e8"), {"e2": 3, "e1": 1}) == "e2"
    assert survivor(("e1", "e2"), {}) == "e1"


@pytest.fixture
def laptops(tmp_path: Path):
    a, b = Database(tmp_path / "aysel"), Database(tmp_path / "rauf")
    yield a, b
    a.close()
    b.close()


def _rows(db: Database) -> dict[str, tuple]:
    with db.engine.connect() as connection:
        enterprises = {
            r.id: (r.name, r.deleted, r.merged_into, r.registration_no)
            for r in connection.execute(Enterprise.__table__.select())
        }
        assessments = {
            r.id: (r.enterprise_id, r.title)
            for r in connection.execute(Assessment.__table__.select())
        }
    return {"enterprise": enterprises, "assessment": assessments}


def test_a_merge_keeps_both_histories_and_travels_in_packages(laptops, tmp_path: Path) -> None:
    aysel, rauf = laptops
    one = create_enterprise(aysel, name="«Şəki Süd» MMC", country="AZ", city="Şəki")
    first = create_assessment(aysel, one.id, kind="full", title="Aysel 2026", currency="AZN")
    review.submit(aysel, first.id, by="Aysel")
    two = create_enterprise(
        rauf, name="ŞƏKİ SÜD", country="AZ", city="Şəki", registration_no="1300456781"
    )
    second = create_assessment(rauf, two.id, kind="club", title="Rauf club", currency="AZN")
    # The supervisor gets both.
    export_assessment(aysel, first.id, tmp_path / "a1.recp", author="Aysel")
    assert import_package(rauf, tmp_path / "a1.recp").ok
    export_assessment(rauf, second.id, tmp_path / "r1.recp", author="Rauf")
    assert import_package(aysel, tmp_path / "r1.recp").ok
    [group] = companies.duplicates(rauf)
    assert {c.id for c in group.companies} == {one.id, two.id}
    # Aysel starts another assessment under Rauf's copy before the merge reaches her.
    late = create_assessment(aysel, two.id, kind="full", title="Aysel late", currency="AZN")

    keep, other = one.id, two.id
    assert companies.merge(rauf, keep, other) == 1
    assert companies.duplicates(rauf) == []
    assert [e.id for e in list_enterprises(rauf)] == [keep]
    assert {r.title for r in list_assessments(rauf)} == {"Aysel 2026", "Rauf club"}
    merged = _rows(rauf)
    assert merged["enterprise"][other][1:3] == (True, keep)
    assert merged["enterprise"][keep][3] == "1300456781"  # a blank detail filled from the other
    assert merged["assessment"][second.id] == (keep, "Rauf club")
    with zipfile.ZipFile(
        export_assessment(rauf, second.id, tmp_path / "r2.recp", author="Rauf").path
    ) as archive:
        carried = json.loads(archive.read("records/enterprise.json"))
    assert [(e["id"], e["deleted"], e["merged_into"]) for e in carried] == [
        (keep, False, None),
        (other, True, keep),
    ]

    # The merge arrives at Aysel's laptop in the package of the moved assessment.
    result = import_package(aysel, tmp_path / "r2.recp")
    assert result.ok, result.reason
    after = _rows(aysel)
    assert after["enterprise"] == merged["enterprise"]
    assert after["assessment"][second.id] == (keep, "Rauf club")
    # Her late assessment followed the merge as her own edit, so it travels on.
    assert after["assessment"][late.id] == (keep, "Aysel late")
    assert {r.title for r in list_assessments(aysel)} == {"Aysel 2026", "Rauf club", "Aysel late"}
    assert review.status(aysel, first.id).state == "submitted"  # histories kept
    export_assessment(aysel, late.id, tmp_path / "a2.recp", author="Aysel")
    assert import_package(rauf, tmp_path / "a2.recp").ok
    assert _rows(rauf)["assessment"][late.id] == (keep, "Aysel late")
    # Both ways again: nothing changes the second time.
    for db, path in ((aysel, "r2.recp"), (rauf, "a2.recp")):
        again = import_package(db, tmp_path / path)
        assert again.ok and again.counts["updated"] == again.counts["new"] == 0


def test_merging_is_refused_across_countries_and_into_itself(laptops) -> None:
    aysel, _ = laptops
    a = create_enterprise(aysel, name="Kvareli Wine", country="GE")
    b = create_enterprise(aysel, name="Kvareli Wine", country="AZ")
    with pytest.raises(companies.CompanyMergeError, match="different countries"):
        companies.merge(aysel, a.id, b.id)
    with pytest.raises(companies.CompanyMergeError, match="itself"):
        companies.merge(aysel, a.id, a.id)


def test_cli_flags_and_merges_duplicates(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    db = Database(folder)
    a = create_enterprise(db, name="Bakı Çörək ASC", country="AZ", city="Bakı")
    b = create_enterprise(db, name='"BAKI ÇÖRƏK"', country="AZ", city="Bakı")
    sid = create_assessment(db, b.id, kind="full", title="x", currency="AZN").id
    db.close()
    assert main(["--data-dir", str(folder), "companies", "duplicates", "--json"]) == 0
    [group] = json.loads(capsys.readouterr().out)
    assert group["reasons"] == ["name"] and group["survivor"] == b.id
    assert {c["id"] for c in group["companies"]} == {a.id, b.id}
    assert main(["--data-dir", str(folder), "companies", "merge", b.id, a.id]) == 0
    out = capsys.readouterr()
    assert (out.err, out.out) == ("", f"Merged {a.id} into {b.id}: 0 assessment(s) moved.\n")
    assert main(["--data-dir", str(folder), "companies", "duplicates"]) == 0
    assert "No companies look the same" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["id"], row["review"]) == (sid, "draft")


def test_a_package_may_carry_only_tombstones_merged_into_its_company(laptops, tmp_path) -> None:
    from recp_desktop.exchange import local
    from recp_desktop.exchange.writer import write_package

    aysel, rauf = laptops
    one = create_enterprise(aysel, name="Kvareli Wine", country="GE")
    sid = create_assessment(aysel, one.id, kind="full", title="x", currency="GEL").id
    with aysel.engine.connect() as connection:
        records = local.assessment_records(connection, sid, aysel.device_id)
    stranger = {**records["enterprise"][0], "id": "another-company", "name": "Other"}
    for extra, fine in (
        (stranger, False),  # a live second company
        ({**stranger, "deleted": True, "merged_into": "someone-else"}, False),
        ({**stranger, "deleted": True, "merged_into": one.id}, True),
    ):
        path = tmp_path / f"{fine}-{extra['deleted']}.recp"
        write_package(
            path,
            records={**records, "enterprise": [records["enterprise"][0], extra]},
            photos={},
            device_id=aysel.device_id,
            device_name="aysel",
            author="Aysel",
            assessment_id=sid,
            key=None,
        )
        result = import_package(rauf, path, allow_unsigned=True)
        assert result.ok is fine, result.reason
        if not fine:
            assert "record 2: a package holds exactly one company" in result.reason
