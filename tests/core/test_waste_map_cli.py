"""``recp waste map`` on the hand-built fixture: JSON figures, a PDF page and a PNG image."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from recp_desktop.storage.database import Database
from tests import waste_fixture
from tests.core.test_cli import recp
from tests.core.test_report import pdf_text


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    db = Database(folder)
    waste_fixture.build(db)
    db.close()
    return folder


def test_json_figures(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    done = recp("--data-dir", str(folder), "waste", "map", "--measure", "treatment:D", "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["measure"] == {"kind": "treatment", "value": "D"}
    regions = {r["region"]: r["tonnes_per_year"] for r in payload["regions"]}
    assert {k: round(v, 6) for k, v in regions.items()} == {
        "GE-KK": 358.8,  # pickling acid D9: 6 m³ × 1.15 t/m³ × 52
        "GE-IM": 30.0,
        "AZ-BA": 2.0,
    }
    assert payload["class_breaks"][-1] == 358.8
    # the companies with coordinates; neither has waste going to disposal
    assert payload["sites"] == [
        {"company": "Imereti Cardboard", "latitude": 42.2679, "longitude": 42.6946,
         "counted": False},
        {"company": "Telavi Wines", "latitude": 41.9198, "longitude": 45.4731, "counted": False},
    ]  # fmt: skip
    refused = recp("--data-dir", str(folder), "waste", "map", "--measure", "chapter:21", "--json")
    assert refused.returncode == 2 and "not a chapter" in refused.stderr
    wrong = recp("--data-dir", str(folder), "waste", "map", "-o", str(tmp_path / "map.svg"))
    assert wrong.returncode == 2 and ".pdf or .png" in wrong.stderr


def test_pdf_and_png(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = Database(folder)
    try:  # one confirmed exchange: listed after the map
        from recp_desktop.storage.symbiosis import find_candidates
        from recp_desktop.storage.symbiosis_decisions import decide

        waste_fixture.add_unlisted(db)  # an older company's region typed as free text
        decide(db, *find_candidates(db)[0].key, "confirmed", "Trial load in May")
    finally:
        db.close()
    pdf = tmp_path / "map.pdf"
    done = recp("--data-dir", str(folder), "--lang", "ru", "waste", "map", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(pdf).split())
    assert "Отходы по регионам" in text and "Квемо-Картли" in text
    assert "779" in text and "Natural Earth" in text
    assert "Telavi municipality (нет на карте)" in text
    assert "Подтверждённые обмены" in text and "Rustavi Steel: Mill scale (10 02 10)" in text
    assert "Trial load in May" in text
    az = tmp_path / "map-az.pdf"
    done = recp("--data-dir", str(folder), "--lang", "az", "waste", "map", "-o", str(az))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(az).split())
    assert "Regionlar üzrə tullantılar" in text and "Bütün tullantılar (t/il)" in text
    assert "müəssisənin yeri" in text  # the legend's entry for company points
    png = tmp_path / "map.png"
    done = recp("--data-dir", str(folder), "waste", "map", "-o", str(png))
    assert done.returncode == 0, done.stderr
    with Image.open(png) as image:
        assert image.size == (1600, 1000)
        colours = {c for _n, c in image.convert("RGB").getcolors(1_000_000)}
    assert (0xBD, 0x00, 0x26) in colours  # the darkest class (Kvemo Kartli) is drawn
    assert (0x08, 0x30, 0x6B) in colours  # a company point (Telavi Wines, Imereti Cardboard)


def test_symbiosis_json_and_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    done = recp("--data-dir", str(folder), "symbiosis", "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    # scores worked out in tests/core/test_symbiosis.py::test_candidates_on_the_fixture
    assert [(c["from"]["name"], c["to"]["name"], c["score"]) for c in found] == [
        ("Rustavi Steel", "Ganja Cement", 75),
        ("Telavi Wines", "Imereti Cardboard", 50),
        ("Baku Print", "Imereti Cardboard", 40),
    ]
    first = found[0]
    assert first["mapping_row"] == 1 and first["quality"] == "documented"
    assert first["stream"]["tonnes_per_year"] == 420.0
    assert {s["key"] for s in first["sources"]} == {"ABDULWAHAB2020", "PETAVRATZI2007", "JATO2020"}
    assert all(s["citation"] for s in first["sources"])
    assert first["stream"]["ewc_display"] == "10 02 10"
    text = recp("--data-dir", str(folder), "symbiosis")
    assert text.returncode == 0
    assert "Rustavi Steel: Mill scale (10 02 10) → Ganja Cement" in text.stdout
    assert text.stdout.startswith("Each waste stream's 3 best receivers")
    assert "row" not in text.stdout  # no internal mapping row numbers in the reasons
    one = json.loads(recp("--data-dir", str(folder), "symbiosis", "--json",
                          "--per-stream", "1").stdout)  # fmt: skip
    assert len(one) == 3  # each of the three streams has one receiver in the fixture
    bad = recp("--data-dir", str(folder), "symbiosis", "--per-stream", "-1")
    assert bad.returncode == 2 and "give 0 (all receivers) or more" in bad.stderr
    # The reasons follow --lang (default English): the wording of symbiosis_texts.TEXTS.
    assert "match:" in text.stdout and "совпадение:" not in text.stdout
    russian = recp("--data-dir", str(folder), "--lang", "ru", "symbiosis")
    assert russian.returncode == 0 and "совпадение:" in russian.stdout
    assert "match:" not in russian.stdout
    ru_json = json.loads(
        recp("--data-dir", str(folder), "--lang", "ru", "symbiosis", "--json").stdout
    )
    assert all(r[0] in "+−" for r in ru_json[0]["reasons"])
    assert any("совпадение" in r for r in ru_json[0]["reasons"])
    assert "Для каждого потока отходов 3 лучших получателей" in russian.stdout
    empty = recp("--data-dir", str(tmp_path / "empty"), "symbiosis")
    assert empty.returncode == 0 and "No symbiosis candidate" in empty.stdout


def test_per_stream_help_names_the_domain_default() -> None:
    from recp_desktop.cli.symbiosis import PER_STREAM_HELP
    from recp_desktop.domain.symbiosis import PER_STREAM

    assert PER_STREAM_HELP == PER_STREAM


def test_parks_json(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    done = recp("--data-dir", str(folder), "parks", "--json")
    assert done.returncode == 0, done.stderr
    kutaisi, rustavi = json.loads(done.stdout)
    assert (kutaisi["park"], rustavi["park"]) == ("Kutaisi FIZ", "Rustavi Industrial Zone")
    assert [c["name"] for c in rustavi["companies"]] == ["Ganja Cement", "Rustavi Steel"]
    assert round(rustavi["tonnes_per_year"], 6) == 828.8  # 420 + 358.8 + 50
    assert rustavi["exchanges"] == [
        {"from": "Rustavi Steel", "stream": "Mill scale", "ewc_code": "100210",
         "to": "Ganja Cement", "score": 75, "decision": None}
    ]  # fmt: skip
    text = recp("--data-dir", str(folder), "--lang", "ru", "parks")
    assert text.returncode == 0, text.stderr
    # 828.8 t written the Russian way (comma decimal), the mill scale's code spaced
    assert "Rustavi Industrial Zone: предприятий 2, отходов 828,8 т/год" in text.stdout
    assert "⇄ Rustavi Steel: Mill scale (10 02 10) → Ganja Cement (балл 75, открыт)" in text.stdout
    english = recp("--data-dir", str(folder), "parks")
    assert "Rustavi Industrial Zone: companies 2, waste 828.8 t/year" in english.stdout


def test_russian_chapter_page_says_its_title_source_and_counted_streams(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    pdf = tmp_path / "chapter.pdf"
    done = recp("--data-dir", str(folder), "--lang", "ru", "waste", "map", "--measure",
                "chapter:02", "-o", str(pdf))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(pdf).split())
    assert "Глава ЕКО 02: Wastes from agriculture" in text
    assert "Границы: Natural Earth" in text and "Boundaries" not in text
    # chapter 02 in the fixture: the dairy's whey (020501) and sludge (020502), not the 9 others
    assert "по 2 потокам отходов" in text
