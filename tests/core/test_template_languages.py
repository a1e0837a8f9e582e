"""Every text of the shipped checklist templates is in English, Russian and Azerbaijani."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

TEMPLATES = Path(__file__).resolve().parents[2] / "recp_desktop" / "checklists" / "templates"
LANGUAGES = ("en", "ru", "az")


def _texts(node: object, where: str = ""):
    """Every translated text (a mapping with an ``en`` key) in a template, with its place."""
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            yield where, node
            return
        for key, value in node.items():
            label = node.get("id", key) if isinstance(node.get("id"), str) else key
            yield from _texts(value, f"{where}/{label}:{key}" if label != key else f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _texts(item, f"{where}[{index}]")


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_template_text_has_all_languages(path: Path) -> None:
    texts = list(_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert len(texts) > 50
    missing = [
        (where, language)
        for where, text in texts
        for language in LANGUAGES
        if not (text.get(language) or "").strip()
    ]
    assert missing == []
    # Azerbaijani in Latin script: no Cyrillic copied over from the Russian.
    cyrillic = [w for w, t in texts if any("а" <= c.lower() <= "я" for c in t["az"])]
    assert cyrillic == []


# The sector and park checklists ship as XLSForm workbooks (resources/templates/, written by
# tools/make_sector_templates.py); a language is a column named as the app names it,
# ``label::Azerbaijani (az)`` (recp_desktop/checklists/xlsform_export.language_column).
WORKBOOKS = Path(__file__).resolve().parents[2] / "resources" / "templates"
AZ_WORKBOOKS = sorted(p.stem for p in WORKBOOKS.glob("*.xlsx"))  # the park and both sectors


def _sheet(book, name: str) -> list[dict[str, object]]:
    rows = list(book[name].iter_rows(values_only=True))
    header = [str(h) if h is not None else "" for h in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:] if any(row)]


def _filled(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


@pytest.mark.parametrize("stem", AZ_WORKBOOKS)
def test_every_workbook_text_in_english_has_its_azerbaijani(stem: str) -> None:
    assert {"dairy", "eco_industrial_park", "metalworking"} <= set(AZ_WORKBOOKS)
    from openpyxl import load_workbook

    book = load_workbook(WORKBOOKS / f"{stem}.xlsx", read_only=True)
    try:
        survey, choices, settings = (_sheet(book, s) for s in ("survey", "choices", "settings"))
    finally:
        book.close()
    pairs = []  # (where, english, azerbaijani) for every English text of the workbook
    for sheet, rows, prefixes in (
        ("survey", survey, ("label", "hint", "recp_club_text", "recp_club_guidance")),
        ("choices", choices, ("label",)),
        ("settings", settings, ("recp_title", "recp_description")),
    ):
        for number, row in enumerate(rows, start=2):
            for prefix in prefixes:
                english = row.get(f"{prefix}::English (en)")
                if _filled(english):
                    pairs.append(
                        (
                            f"{sheet}!{number} {prefix}",
                            english,
                            row.get(f"{prefix}::Azerbaijani (az)"),
                        )
                    )
    labelled = [r for r in survey if _filled(r.get("label::English (en)"))]
    hinted = [r for r in survey if _filled(r.get("hint::English (en)"))]
    # every question and group heading has a label, every question a hint
    assert len(hinted) >= 10 and len(labelled) > len(hinted)
    assert sum(w.startswith("settings") for w, _e, _a in pairs) == 2
    missing = [where for where, _en, az in pairs if not _filled(az)]
    assert missing == []
    untranslated = [where for where, en, az in pairs if az == en and len(en) > 12]
    assert untranslated == []  # not the English copied over
    cyrillic = [where for where, _en, az in pairs if any("а" <= c.lower() <= "я" for c in az)]
    assert cyrillic == []  # Latin script, not the Russian copied over
    # Azerbaijani letters show it is Azerbaijani, in (nearly) every longer text
    latin_az = set("əğıöüçşƏĞİÖÜÇŞ")
    plain = [w for w, _en, az in pairs if len(az) > 40 and not latin_az & set(az)]
    assert plain == []


def test_the_park_checklist_reads_in_azerbaijani() -> None:
    """What the loader gives the UI, the report and the tables for ``az``."""
    from recp_desktop.checklists import builtin_registry

    park = builtin_registry().get("eco_industrial_park", 2)
    assert park.title["az"] == "Eko-sənaye parkı (park səviyyəsi)"
    for question in park.questions:
        for texts in (question.text, question.guidance, question.group):
            assert texts.get("az") and texts["az"] not in (texts["en"], texts["ru"]), question.id
    # the group headings name the categories as the app does in Azerbaijani
    # (resources/translations/recp_az.ts: Park management, Environmental, Social, Economic)
    categories = {q.area: q.group["az"].partition(": ")[0] for q in park.questions}
    assert categories == {
        "management": "Park idarəetməsi",
        "environmental": "Ətraf mühit",
        "social": "Sosial sahə",
        "economic": "İqtisadiyyat",
    }
    grievance = park.question("eco_industrial_park.social.grievance")
    assert grievance.group["az"] == "Sosial sahə: sosial idarəetmə sistemləri"
    assert "şikayət mexanizmi" in grievance.text["az"]
