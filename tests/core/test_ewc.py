"""The shipped European List of Waste (Decision 2000/532/EC as replaced by 2014/955/EU) and the
R/D codes of Directive 2008/98/EC.

Expected entries and flags are read from the Official Journal's list (cross-checked with a
second, independent copy of it), not from the shipped file.
"""

from __future__ import annotations

import json
import re

import pytest

from recp_desktop.domain import ewc

# (code, hazardous, start of the official description)
KNOWN = [
    ("170503", True, "soil and stones containing hazardous substances"),
    ("170504", False, "soil and stones other than those mentioned in 17 05 03"),
    ("150110", True, "packaging containing residues of or contaminated by hazardous"),
    ("150101", False, "paper and cardboard packaging"),
    ("160601", True, "lead batteries"),
    ("160602", True, "Ni-Cd batteries"),
    ("160604", False, "alkaline batteries (except 16 06 03)"),
    ("200301", False, "mixed municipal waste"),
    ("200133", True, "batteries and accumulators included in 16 06 01"),
    ("180103", True, "wastes whose collection and disposal is subject to special"),
    ("180104", False, "wastes whose collection and disposal is not subject"),
    ("190809", False, "grease and oil mixture from oil/water separation containing only"),
    ("190810", True, "grease and oil mixture from oil/water separation other than"),
    ("130899", True, "wastes not otherwise specified"),
    ("080501", True, "waste isocyanates"),
    ("101401", True, "waste from gas cleaning containing mercury"),
    ("130101", True, "hydraulic oils, containing PCBs"),
    ("140601", True, "chlorofluorocarbons, HCFC, HFC"),
    ("100102", False, "coal fly ash"),
]


def test_842_codes_in_20_chapters_408_hazardous() -> None:
    codes = ewc.codes()
    assert len(codes) == 842
    assert sum(c.hazardous for c in codes) == 408
    assert all(re.fullmatch(r"\d{6}", c.code) for c in codes)
    assert [c.code for c in codes] == sorted({c.code for c in codes})  # unique, in order
    chapters = ewc.chapters()
    assert [c.code for c in chapters] == [f"{n:02d}" for n in range(1, 21)]
    assert {c.chapter for c in codes} == {c.code for c in chapters}
    subchapters = {s.code for s in ewc.subchapters()}
    assert {c.subchapter for c in codes} == subchapters  # every entry under a listed heading
    assert len(subchapters) == 111
    assert ewc.heading("17").title().startswith("Construction and demolition wastes")
    # chapter 17 has no 17 07 (the Decision's numbering skips it)
    assert [s.code for s in ewc.subchapters("17")] == [
        *(f"170{n}" for n in range(1, 7)),
        "1708",
        "1709",
    ]


@pytest.mark.parametrize(("code", "hazardous", "description"), KNOWN)
def test_known_entries(code: str, hazardous: bool, description: str) -> None:
    entry = ewc.lookup(code)
    assert entry.hazardous is hazardous
    assert entry.description().casefold().startswith(description.casefold())
    assert entry.display == f"{code[:2]} {code[2:4]} {code[4:]}" + ("*" if hazardous else "")


def test_official_acronyms_kept() -> None:
    assert ewc.lookup("160602").description() == "Ni-Cd batteries"
    assert "PCBs" in ewc.lookup("160209").description()
    assert "(MFSU)" in ewc.heading("08").title()


def test_every_description_present_in_each_shipped_language() -> None:
    assert ewc.DESCRIPTION_LANGUAGES == ("en",)  # see resources/ewc/README.md: no published ru/az
    for language in ewc.DESCRIPTION_LANGUAGES:
        for entry in ewc.codes():
            assert entry.descriptions[language].strip(), entry.code
        for heading in (*ewc.chapters(), *ewc.subchapters()):
            assert heading.titles[language].strip(), heading.code
    # a language without descriptions reads English, never an empty text
    assert ewc.lookup("170503").description("ru") == ewc.lookup("170503").description("en")


def test_cross_references_point_to_entries_of_the_list() -> None:
    mentioned = {
        "".join(ref.split())
        for entry in ewc.codes()
        for ref in re.findall(r"\d\d \d\d \d\d", entry.description())
    }
    assert len(mentioned) > 150
    missing = [code for code in mentioned if code not in {c.code for c in ewc.codes()}]
    assert not missing


@pytest.mark.parametrize("typed", ["170503", "17 05 03", "17 05 03*", "17.05.03", " 17-05-03 "])
def test_lookup_accepts_the_ways_codes_are_written(typed: str) -> None:
    assert ewc.lookup(typed).code == "170503"


@pytest.mark.parametrize("typed", ["17 05", "170599", "99 99 99", "soil", ""])
def test_lookup_refuses_what_is_not_an_entry(typed: str) -> None:
    with pytest.raises(ewc.UnknownWasteCodeError, match="List of Waste"):
        ewc.lookup(typed)


def test_search_by_code_prefix_and_words() -> None:
    codes = lambda query: [e.code for e in ewc.search(query)]  # noqa: E731
    assert codes("17 05") == ["170503", "170504", "170505", "170506", "170507", "170508"]
    assert codes("17 05 03*") == ["170503"]
    assert codes("soil hazardous")[0] == "170503"
    assert codes("SOIL AND STONES") == ["170503", "170504", "200202"]
    assert codes("Sulphúric ACID") == ["060101", "100109"]  # case and accents ignored
    assert codes("17 soil") == ["170503", "170504"]  # code prefix and words together
    assert "160601" in codes("batteries") and "200133" in codes("batteries")
    assert codes("") == [] and codes("   ") == [] and codes("no such waste") == []
    assert len(ewc.search("waste", limit=5)) == 5


def test_fold_is_case_and_accent_insensitive() -> None:
    assert ewc.fold("Ölçü") == "olcu" and ewc.fold("ÉCOLE") == "ecole"
    assert ewc.fold("Шлам") == "шлам"


def test_treatment_codes_of_the_waste_framework_directive() -> None:
    codes = ewc.treatment_codes()
    assert [c.code for c in codes] == [f"R{n}" for n in range(1, 14)] + [
        f"D{n}" for n in range(1, 16)
    ]
    assert all(c.recovery == c.code.startswith("R") for c in codes)
    assert ewc.treatment("r 1").description().startswith("Use principally as a fuel")
    assert ewc.treatment("D1").description().startswith("Deposit into or onto land")
    assert ewc.treatment("D10").description() == "Incineration on land"
    assert ewc.treatment("R13").description().startswith("Storage of wastes pending")
    with pytest.raises(ewc.UnknownWasteCodeError):
        ewc.treatment("R14")


def test_cli_search_json(capsys) -> None:
    from recp_desktop.cli import main

    assert main(["ewc", "search", "17", "05", "03", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {
            "code": "170503",
            "display": "17 05 03*",
            "hazardous": True,
            "description": "Soil and stones containing hazardous substances",
        }
    ]
    assert main(["ewc", "search", "mixed", "municipal"]) == 0
    assert capsys.readouterr().out.strip() == "20 03 01   Mixed municipal waste"
    assert main(["ewc", "search", "nothing-like-this"]) == 0
    assert "No code" in capsys.readouterr().out


def test_words_match_at_word_starts_and_hazardous_filters() -> None:
    codes = lambda query: [e.code for e in ewc.search(query)]  # noqa: E731
    described = lambda code: ewc.lookup(code).description().casefold()  # noqa: E731
    # "oil" begins "oil", "oils", "oily", never "soil", "boiler" or "spoiled"
    found = codes("oil")
    assert "130205" in found and "170503" not in found and "050113" not in found
    assert not any("soil" in described(c) and " oil" not in described(c) for c in found)
    # 05 01 13 "boiler feedwater sludges" is not an oil sludge
    assert codes("oil sludge") == ["050106", "120118", "130502"]
    # 13 02 05* "mineral-based non-chlorinated engine, gear and lubricating oils" does not say
    # "hazardous" but is marked *: hazardous filters on the mark
    assert "130205" in codes("lubricating hazardous")
    assert all(ewc.lookup(c).hazardous for c in codes("lubricating hazardous"))
    assert codes("lubricating *") == codes("lubricating hazardous")
    assert len(codes("*")) == 408 and len(codes("hazardous")) == 408
    assert codes("опасные 17 05") == ["170503", "170505", "170507"]
    assert codes("масло") == []  # no Russian descriptions are shipped


def test_cli_search_refuses_an_empty_query_and_shortens_a_long_one(capsys) -> None:
    from recp_desktop.cli import main

    assert main(["ewc", "search", ""]) == 2
    assert "Type a code" in capsys.readouterr().err
    assert main(["ewc", "search", "x" * 100_000]) == 0
    out = capsys.readouterr().out
    assert len(out) < 200 and "x" * 59 + "…" in out
    assert main(["--lang", "ru", "ewc", "search", "масл"]) == 0
    assert "search by code (13 02) or by English words" in capsys.readouterr().out
