"""Property: any valid XLSForm survey a centre might write imports, each row where it belongs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_desktop.checklists.model import CP_TECHNIQUES
from recp_desktop.checklists.xlsform import read_xlsform
from recp_desktop.checklists.xlsform_export import write_xlsform
from tests.xlsforms import EN, RU, YES_NO_NA, write_workbook

WORD_EN = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    min_size=1,
    max_size=8,
)
WORD_RU = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГД", min_size=1, max_size=8)
PUNCT = st.sampled_from(["", "?", ".", ",", " (m³)", " %"])


def sentence(words) -> st.SearchStrategy[str]:
    return st.builds(lambda ws, p: " ".join(ws) + p, st.lists(words, min_size=1, max_size=6), PUNCT)


KINDS = ("yes_no_na", "integer", "decimal", "text", "select_one", "select_multiple")
UNITS = ("kWh", "m**3", "bar", "t", "percent", "h", "kW", "degC", "GJ", "L")


@st.composite
def rows(draw) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict]]:
    """Survey rows, choices rows and what each question should become."""
    count = draw(st.integers(min_value=1, max_value=12))
    names = draw(
        st.lists(
            st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    survey: list[dict[str, str]] = []
    choices: list[dict[str, str]] = list(YES_NO_NA)
    expected: list[dict] = []
    yes_no_before: list[str] = []
    for index, name in enumerate(names):
        kind = draw(st.sampled_from(KINDS))
        en, ru = draw(sentence(WORD_EN)), draw(sentence(WORD_RU))
        techniques = draw(
            st.lists(st.sampled_from(CP_TECHNIQUES), min_size=1, max_size=3, unique=True)
        )
        row = {
            "name": name,
            f"label::{EN}": en,
            f"label::{RU}": ru,
            f"hint::{EN}": draw(sentence(WORD_EN)),
            f"hint::{RU}": draw(sentence(WORD_RU)),
            "recp_techniques": " ".join(techniques),
        }
        want = {
            "id": f"plant.main.{name}",
            "text": {"en": en, "ru": ru},
            "techniques": tuple(techniques),
        }
        if kind == "yes_no_na":
            row["type"] = "select_one yes_no_na"
            want["type"] = "yes_no_na"
        elif kind in ("integer", "decimal"):
            row["type"] = kind
            row["recp_unit"] = draw(st.sampled_from(UNITS))
            want["type"], want["unit"] = "number", row["recp_unit"]
        elif kind == "text":
            row["type"] = want["type"] = "text"
        else:
            options = draw(
                st.lists(
                    st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True),
                    min_size=2,
                    max_size=5,
                    unique=True,
                )
            )
            if sorted(options) == ["na", "no", "yes"]:
                options.append("other")
            list_name = f"list{index}"
            row["type"] = f"{kind} {list_name}"
            for option in options:
                choices.append(
                    {
                        "list_name": list_name,
                        "name": option,
                        f"label::{EN}": option.upper(),
                        f"label::{RU}": f"в{option}",
                    }
                )
            want["type"] = "choice" if kind == "select_one" else "multi"
            want["options"] = tuple(options)
        if draw(st.booleans()):
            row["required"] = "yes"
        want["required"] = row.get("required") == "yes"
        if yes_no_before and draw(st.booleans()):
            target = draw(st.sampled_from(yes_no_before))
            values = draw(
                st.lists(st.sampled_from(("yes", "no", "na")), min_size=1, max_size=3, unique=True)
            )
            row["relevant"] = " or ".join(f"${{{target}}} = '{v}'" for v in values)
            want["depends"] = (f"plant.main.{target}", tuple(values))
        if want["type"] == "yes_no_na":
            yes_no_before.append(name)
        survey.append(row)
        expected.append(want)
    return survey, choices, expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows())
def test_random_valid_rows_import(case) -> None:
    survey, choices, expected = case
    settings_row = {
        "form_id": "plant",
        "version": "1",
        "form_title": "Plant",
        f"recp_title::{RU}": "Завод",
        "recp_area": "materials",
    }
    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(Path(folder) / "random.xlsx", survey, choices, settings_row)
        template = read_xlsform(path).template
        assert len(template.questions) == len(expected)
        for question, want in zip(template.questions, expected, strict=True):
            assert question.id == want["id"]
            assert question.answer_type == want["type"]
            assert question.text == want["text"]
            assert question.techniques == want["techniques"]
            assert question.required == want["required"]
            assert question.area == "materials"
            assert question.unit == want.get("unit")
            assert tuple(o.id for o in question.options) == want.get("options", ())
            assert (question.depends_on, question.depends_in) == want.get("depends", (None, ()))
        # and whatever was imported exports and imports to the same template
        again = read_xlsform(write_xlsform(template, Path(folder) / "again.xlsx")).template
        assert again == template
