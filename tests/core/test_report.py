"""The PDF report, read back with poppler (pdftotext, pdffonts, pdfimages) as a reader would."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.demo import create_demo
from recp_desktop.report import ReportError, write_report
from recp_desktop.report.fmt import Formatter
from recp_desktop.report.methods import parse_doc, pretty_input
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.options import add_option, list_options, option_totals
from recp_desktop.storage.photos import add_photo, list_photos, photo_file
from recp_desktop.storage.repository import create_assessment, create_enterprise

CENTRE = "Azerbaijan National Cleaner Production Centre"
HEADINGS = {
    "en": (
        "Contents",
        "Executive summary",
        "Company profile and baseline",
        "RECP indicators",
        "Findings",
        "Options register",
        "Appendix: methods and assumptions",
        "Emission factors and fuel properties",
    ),
    "ru": (
        "Содержание",
        "Краткое резюме",
        "Профиль предприятия и базовая линия",
        "Показатели РЭЧП",
        "Замечания",
        "Реестр мер",
        "Приложение: методы и допущения",
        "Коэффициенты выбросов и топливо",
    ),
    "az": (
        "Mündəricat",
        "Qısa xülasə",
        "Şirkətin profili və baza göstəriciləri",
        "RECP göstəriciləri",
        "Müşahidələr",
        "Tədbirlər reyestri",
        "Əlavə: üsullar və fərziyyələr",
        "Emissiya əmsalları və yanacağın xassələri",
    ),
}
PAGE_2 = {"en": "Page 2 of", "ru": "Стр. 2 из", "az": "Səhifə 2 /"}
# One name or note per script: Azerbaijani Latin, Cyrillic, Georgian, Armenian (and English).
COMPANY = "Şəki Süd MMC"
PLANT = "Молочный завод"
CITY = "თბილისი"
REGION = "Երևան"
NOTE_KA = "ორთქლის სარქველი ჟონავს"
NOTE_HY = "Կաթսայատան խողովակները մեկուսացված չեն"
OPTION_TITLE = "Ремонт утечек пара — ორთქლი — Գոլորշի"


def pdf_text(path: Path) -> str:
    """The text of a PDF with whitespace (including no-break spaces) collapsed."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.replace("\u00a0", " ").split())


def money(value: float, language: str) -> str:
    """Whole money as the report language writes it, built independently of the formatter."""
    text = f"{int(value + 0.5):,}"  # half up, as printed figures are rounded
    return text.replace(",", {"ru": " ", "az": "."}.get(language, ","))


def _question(good: str = "yes"):
    for template in builtin_templates().values():
        for question in template.questions:
            if question.answer_type == "yes_no_na" and question.good == good:
                return template, question
    raise AssertionError("no yes/no question")


def _five_scripts(db, tmp_path: Path) -> str:
    enterprise = create_enterprise(
        db,
        name=f"{COMPANY} — {PLANT}",
        country="GE",
        city=CITY,
        region=REGION,
        nace="10.51",
        products="Ayran, kefir — Айран, кефир",
    )
    assessment = create_assessment(
        db,
        enterprise.id,
        kind="full",
        title="RECP 2026",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 3, 20),
        team="Արամ Պետրոսյան, Ирина Петрова, ნინო ბერიძე",
        currency="GEL",
    )
    save_baseline(db, assessment.id, "production_output", BaselineValue(1_000, "t"))
    save_baseline(db, assessment.id, "electricity", BaselineValue(400_000, "kWh", 90_000))
    save_baseline(db, assessment.id, "water", BaselineValue(12_000, "m**3", 9_000))
    template, question = _question()
    save_answer(
        db,
        assessment.id,
        template,
        question.id,
        AnswerState(value="no", note=f"{NOTE_KA}\n{NOTE_HY}", opportunity=True),
    )
    picture = tmp_path / "steam.png"
    Image.new("RGB", (800, 600), (200, 80, 40)).save(picture)
    add_photo(db, assessment.id, picture, question.id)
    add_option(
        db,
        assessment.id,
        title=OPTION_TITLE,
        technique="good_housekeeping",
        area="energy",
        question_id=question.id,
        investment=100.0,
        saving_money=1234.5,
        saving_energy_kwh=20_000.0,
        saving_co2_t=2.7,
        status="recommended",
    )
    return assessment.id


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_demo_report_shows_names_totals_and_headings(db, tmp_path: Path, language: str) -> None:
    assessment_id = create_demo(db)
    target = tmp_path / f"demo-{language}.pdf"
    stages = []
    data = write_report(
        db,
        assessment_id,
        target,
        language=language,
        centre_name=CENTRE,
        progress=lambda fraction, stage: stages.append((fraction, stage)),
    )
    text = pdf_text(target)
    assert target.read_bytes().startswith(b"%PDF")
    for heading in HEADINGS[language]:
        assert heading in text, heading
    assert "Şəki Süd MMC" in text and CENTRE in text
    totals = option_totals(list_options(db, assessment_id), "AZN")
    assert f"{money(totals.money, language)} AZN" in text
    assert f"{money(totals.investment, language)} AZN" in text
    # today's resource costs, from the baseline: 137 500 + 102 500 + 23 100 + 12 400
    # + 2 325 000 + 27 750 + 144 000 + 13 600 (waste, the sum of the streams' costs)
    assert money(2_785_850, language) in text
    assert "IFI Default Grid Factors 2021 v3.1" in text and "2021" in text
    for option in list_options(db, assessment_id):
        assert option.title[:30] in text
    assert PAGE_2[language] in text
    assert len(data.findings) >= 10 and data.photo_count == 1
    fractions = [f for f, _ in stages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {s for _, s in stages} == {"data", "photos", "layout", "done"}


def test_an_azerbaijani_report_has_no_english_words(db, tmp_path: Path) -> None:
    assessment_id = create_demo(db)
    target = tmp_path / "demo-az.pdf"
    write_report(db, assessment_id, target, language="az")
    text = pdf_text(target)
    for heading in HEADINGS["en"]:
        assert heading not in text, heading
    words = text.replace(COMPANY, "").replace("Şəki", "")  # the demo's own names aside
    for letter in "əğşıçöüƏŞİ":
        assert letter in words, letter
    for phrase in (
        "Tam RECP qiymətləndirməsi",  # the kind, worded as in recp_az.ts
        "Davam edir",  # the status
        "Yaxşı təsərrüfat təcrübəsi",  # a CP technique
        "Tövsiyə edilib",  # an option's status
        "Elektrik enerjisi",  # a baseline line
        "Azərbaycan",  # the country
        "kVt·saat",
        "MVt·saat",
        "Cavab: Xeyr",
        "dərhal",  # the payback of an option that costs nothing
    ):
        assert phrase in text, phrase
    assert "Executive summary" not in text and "Page 2 of" not in text and " years" not in text


@pytest.mark.parametrize("language", ["ru", "az"])
def test_calculator_assumptions_are_printed_in_the_report_language(
    db, tmp_path: Path, language: str
) -> None:
    from recp_desktop.domain.messages import render
    from recp_desktop.storage.options import option_assumptions

    assessment_id = create_demo(db)
    target = tmp_path / f"assumptions-{language}.pdf"
    write_report(db, assessment_id, target, language=language)
    text = " ".join(pdf_text(target).split())
    stored = [a for o in list_options(db, assessment_id) for a in option_assumptions(o)]
    assert len(stored) > 5  # the demo's options were worked out with calculators
    for note in stored:  # stored as id and parameters, printed in the report's language
        assert isinstance(note, dict) and note["id"].startswith(("note.", "warning."))
        translated = " ".join(render(note, language).split())
        assert translated != " ".join(render(note, "en").split())
        assert translated in text, translated
    assert "CO2 factor" not in text and "h per year" not in text
    expected = {"ru": "цена электроэнергии 0,11 AZN/кВт·ч", "az": "elektrik enerjisinin qiyməti"}
    assert expected[language] in text
    # the inputs table: labels, choices and units in the report's language
    inputs = {"ru": ("Диаметр отверстия", "Природный газ", "бар"), "az": ("Dəliyin diametri",)}
    for phrase in inputs[language]:
        assert phrase in text, phrase


def test_old_english_assumptions_still_print(db, tmp_path: Path) -> None:
    """Databases from before structured messages hold plain English sentences: shown as they are."""
    import json

    from recp_desktop.storage.models import CPOption

    assessment_id = create_demo(db)
    with db.session() as session:
        option = session.query(CPOption).filter_by(assessment_id=assessment_id).first()
        option.assumptions = json.dumps(["an assumption written by an older version"])
    target = tmp_path / "old.pdf"
    write_report(db, assessment_id, target, language="ru")
    assert "an assumption written by an older version" in " ".join(pdf_text(target).split())


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_names_and_notes_in_five_scripts(db, tmp_path: Path, language: str) -> None:
    assessment_id = _five_scripts(db, tmp_path)
    target = tmp_path / "scripts.pdf"
    write_report(db, assessment_id, target, language=language)
    text = pdf_text(target)
    for name in (COMPANY, PLANT, CITY, REGION, NOTE_KA, NOTE_HY, OPTION_TITLE, "Արամ Պետրոսյան"):
        assert name in text, name
    assert f"{money(1234.5, language)} GEL" in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    embedded = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert embedded and all(" yes " in line for line in embedded), fonts


def test_fonts_cover_the_five_scripts() -> None:
    from recp_desktop.report.fonts import BOLD, ITALIC, REGULAR, missing_glyphs

    sample = COMPANY + PLANT + CITY + REGION + NOTE_KA + NOTE_HY + "ƏĞİŞ ə ğ ı ş ² ³ · — – …"
    for font in (REGULAR, BOLD, ITALIC):
        assert missing_glyphs(sample, font) == set(), font


def test_an_empty_assessment_renders_and_says_what_is_missing(db, assessment, tmp_path) -> None:
    target = tmp_path / "empty.pdf"
    data = write_report(db, assessment.id, target)
    text = pdf_text(target)
    assert data.missing() == ["baseline", "options", "answers", "photos"]
    assert "Test Plant" in text
    assert "The baseline is empty" in text
    assert "No improvement options have been recorded yet" in text
    assert "No checklist question has been answered yet" in text
    assert "No photos have been taken" in text
    assert "No checklist item has been answered with a problem" in text
    assert "No option was worked out with a calculator" in text


def test_no_options_or_photos_with_a_partial_baseline(db, assessment, tmp_path) -> None:
    save_baseline(db, assessment.id, "electricity", BaselineValue(100_000, "kWh", None))
    target = tmp_path / "partial.pdf"
    write_report(db, assessment.id, target, language="ru")
    text = pdf_text(target)
    assert "В базовой линии нет объёма производства" in text
    assert "Меры по улучшению пока не внесены" in text
    assert "структура затрат не показана" in text
    assert "100 000" in text and "кВт·ч" in text


def test_what_is_missing_in_azerbaijani(db, assessment, tmp_path) -> None:
    save_baseline(db, assessment.id, "electricity", BaselineValue(100_000, "kWh", None))
    target = tmp_path / "partial-az.pdf"
    write_report(db, assessment.id, target, language="az")
    text = pdf_text(target)
    assert "Baza göstəricilərində istehsal həcmi yoxdur" in text
    assert "Hələ heç bir təkmilləşdirmə tədbiri qeyd edilməyib" in text
    assert "xərclərin strukturu göstərilmir" in text
    assert "Foto çəkilməyib" in text and "Heç bir tədbir kalkulyatorla hesablanmayıb" in text
    assert "100.000" in text and "kVt·saat" in text


def test_every_text_has_an_azerbaijani_version() -> None:
    from string import Formatter as Template

    from recp_desktop.domain.baseline import BASELINE_KEYS
    from recp_desktop.domain.countries import COUNTRIES
    from recp_desktop.domain.countries import NAMES_AZ as _COUNTRIES_AZ
    from recp_desktop.domain.countries import NAMES_RU as _COUNTRIES_RU
    from recp_desktop.report.fonts import BOLD, REGULAR, missing_glyphs
    from recp_desktop.report.texts import (
        _AZ,
        _TEXTS,
        LANGUAGES,
        baseline_label,
        country_name,
    )

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Template().parse(text) if name is not None}

    assert LANGUAGES == ("en", "ru", "az")
    assert set(_AZ) == set(_TEXTS)
    for key, (english, russian) in _TEXTS.items():
        assert _AZ[key].strip(), key
        assert fields(_AZ[key]) == fields(english) == fields(russian), key
    assert set(_COUNTRIES_AZ) == set(_COUNTRIES_RU) == set(COUNTRIES)
    for code in _COUNTRIES_RU:
        assert _COUNTRIES_AZ[code].strip() and country_name("az", code) == _COUNTRIES_AZ[code]
    assert country_name("az", "AZ") == "Azərbaycan" and country_name("az", "FR") == "FR"
    for spec in BASELINE_KEYS:
        assert spec.label_az.strip() and baseline_label("az", spec.key) == spec.label_az
        assert baseline_label("ru", spec.key) == spec.label_ru
        assert baseline_label("en", spec.key) == spec.label_en
    every = "".join([*_AZ.values(), *_COUNTRIES_AZ.values(), *(s.label_az for s in BASELINE_KEYS)])
    for font in (REGULAR, BOLD):
        assert missing_glyphs(every, font) == set(), font  # no boxes in an Azerbaijani report


def test_azerbaijani_terms_match_the_interface() -> None:
    """CP techniques, statuses, areas, answers and baseline lines read as in recp_az.ts."""
    import xml.etree.ElementTree as ET

    from recp_desktop.domain.baseline import BASELINE_KEYS
    from recp_desktop.report.texts import _AZ, _TEXTS, baseline_label

    root = Path(__file__).resolve().parents[2]
    ts = ET.parse(root / "resources" / "translations" / "recp_az.ts").getroot()
    labels = {
        message.findtext("source"): message.findtext("translation")
        for context in ts
        if context.findtext("name") == "Labels"
        for message in context.iter("message")
    }
    shared = ("technique.", "option.", "status.", "area.", "answer.", "kind.")
    keys = [key for key in _TEXTS if key.startswith(shared)]
    assert len(keys) == 8 + 4 + 3 + (4 + 4) + 3 + 2  # areas: the four and a park's four
    for key in keys:
        assert _AZ[key] == labels[_TEXTS[key][0]], key
    for spec in BASELINE_KEYS:
        assert baseline_label("az", spec.key) == labels[spec.label_en], spec.key


def test_photos_are_downscaled_and_a_missing_file_is_named(db, tmp_path: Path) -> None:
    assessment_id = create_demo(db)
    big = tmp_path / "big.jpg"
    Image.effect_noise((3000, 2000), 60).convert("RGB").save(big, quality=95)
    add_photo(db, assessment_id, big, "water.leaks.dripping_taps")
    target = tmp_path / "photos.pdf"
    write_report(db, assessment_id, target)
    listing = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    sizes = [(int(line.split()[3]), int(line.split()[4])) for line in listing]
    assert len(sizes) == 2 and all(max(size) <= 640 for size in sizes), sizes
    assert target.stat().st_size < big.stat().st_size / 4

    demo_photo = next(p for p in list_photos(db, assessment_id) if p.filename != "big.jpg")
    photo_file(db.folder, demo_photo.sha256, demo_photo.media_type).unlink()
    write_report(db, assessment_id, target)
    assert f"Photo {demo_photo.filename}: the file is not in this data folder" in pdf_text(target)


def test_bad_requests_write_nothing(db, tmp_path: Path) -> None:
    assessment_id = create_demo(db)
    with pytest.raises(ReportError, match="'de'"):
        write_report(db, assessment_id, tmp_path / "x.pdf", language="de")
    with pytest.raises(ReportError, match="does not exist"):
        write_report(db, assessment_id, tmp_path / "no" / "x.pdf")
    with pytest.raises(LookupError):
        write_report(db, "no-such-id", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == [tmp_path / "recp-data"]


def test_a_failed_or_cancelled_report_leaves_the_old_file(db, tmp_path: Path) -> None:
    assessment_id = create_demo(db)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous report")

    class CancelledError(Exception):
        pass

    def cancel_during_layout(_fraction: float, stage: str) -> None:
        if stage == "layout":
            raise CancelledError

    with pytest.raises(CancelledError):
        write_report(db, assessment_id, target, progress=cancel_during_layout)
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(ReportError, match="Cannot write the report"):
        write_report(db, assessment_id, folder)
    assert target.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.pdf", "recp-data", "report.pdf"]


def test_formatting_follows_the_language() -> None:
    en, ru = Formatter("en"), Formatter("ru")
    assert en.number(1234567.891, 1) == "1,234,567.9"
    assert ru.number(1234567.891, 1) == "1\u00a0234\u00a0567,9"
    assert en.number(-0.2) == "0" and en.number(-1500) == "−1,500"
    assert en.date(date(2026, 10, 12)) == "12 October 2026"
    assert ru.date(date(2026, 10, 12)) == "12 октября 2026\u00a0г."  # CLDR ru "long"
    assert en.percent(0.125, 1) == "12.5%" and ru.percent(0.125) == "13\u00a0%"
    assert en.payback(0) == "immediate" and en.payback(0.25) == "3\u00a0months"
    assert ru.payback(0.25) == "3\u00a0месяца" and ru.payback(5 / 12) == "5\u00a0месяцев"
    assert ru.payback(2.4) == "2,4\u00a0года" and ru.payback(12) == "12\u00a0лет"
    assert en.unit("m**3") == "m³" and ru.unit("kWh") == "кВт·ч" and ru.unit("t CO2/t") == "т CO2/т"
    assert en.sig(0.012345) == "0.0123" and en.amount(48.0) == "48"


def test_azerbaijani_formatting() -> None:
    """CLDR "az": decimal comma, a full stop between groups, 12,5%; "12 oktyabr 2026"."""
    az = Formatter("az")
    assert az.number(1234567.891, 1) == "1.234.567,9" and az.number(-1500) == "−1.500"
    assert az.sig(0.012345) == "0,0123" and az.amount(18.5) == "18,5"
    assert az.percent(0.125, 1) == "12,5%" and az.percent(0.13) == "13%"
    assert az.change(-0.034) == "−3,4%" and az.change(0.25) == "+25%"
    assert az.date(date(2026, 10, 12)) == "12 oktyabr 2026"
    assert az.date_range(date(2026, 3, 2), date(2026, 8, 20)) == "2 mart 2026 – 20 avqust 2026"
    assert az.money(15330, "AZN") == "15.330\u00a0AZN"
    assert az.payback(0) == "dərhal" and az.payback(0.25) == "3\u00a0ay"
    assert az.payback(1) == "1,0\u00a0il" and az.payback(2.5) == "2,5\u00a0il"
    assert az.payback(12) == "12\u00a0il"
    assert az.unit("kWh") == "kVt·saat" and az.unit("MWh") == "MVt·saat"
    assert az.unit("t CO2/MWh") == "t CO2/MVt·saat" and az.unit("kg/m**3") == "kq/m³"
    assert az.unit("Gcal") == "Gkal" and az.unit("m**3") == "m³" and az.unit("h") == "saat"
    assert az.quantity(6200, "h") == "6.200\u00a0saat"


def test_calculator_docstrings_become_blocks() -> None:
    from recp_desktop.domain.calculators import compressed_air_leak

    blocks = parse_doc(compressed_air_leak.__doc__)
    kinds = [b.kind for b in blocks]
    assert kinds[0] == "para" and blocks[1] == type(blocks[1])("heading", "Methods")
    assert [b.term for b in blocks if b.kind == "term"] == [
        "``orifice``",
        "``bag``",
        "``estimate``",
    ]
    formulas = [b.text for b in blocks if b.kind == "formula"]
    assert len(formulas) == 2 and all(f.startswith("m = Cd") for f in formulas)
    assert not any(b.text.endswith("::") for b in blocks)
    assert pretty_input("0.04 W/(m*K)") == "0.04 W/(m·K)"
    assert pretty_input("0.25 AZN/m**3") == "0.25 AZN/m³" and pretty_input("85 percent") == "85 %"


def test_recp_report_command(tmp_path: Path) -> None:
    import json
    import os
    import sys

    root = Path(__file__).resolve().parents[2]

    def recp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "recp_desktop", "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True,
            text=True,
            cwd=root,
            env=os.environ,
            timeout=120,
        )

    assert recp("demo").returncode == 0
    assessment_id = json.loads(recp("list", "--json").stdout)[0]["id"]
    target = tmp_path / "отчёт.pdf"
    done = recp("report", assessment_id, "-o", str(target), "--lang", "ru", "--centre", CENTRE)
    assert done.returncode == 0, done.stderr
    assert "Şəki Süd MMC" in done.stdout and str(target) in done.stdout
    text = pdf_text(target)
    assert "Краткое резюме" in text and CENTRE in text
    azerbaijani = tmp_path / "hesabat.pdf"
    done = recp("--lang", "az", "report", assessment_id, "-o", str(azerbaijani))  # the app's
    assert done.returncode == 0, done.stderr
    assert "Qısa xülasə" in pdf_text(azerbaijani)
    assert "{en,ru,az}" in recp("report", "--help").stdout

    unknown = recp("report", "no-such-id", "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "No assessment with id no-such-id" in unknown.stderr
    nowhere = recp("report", assessment_id, "-o", str(tmp_path / "missing" / "x.pdf"))
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_cover_names_the_centre_from_settings(tmp_path) -> None:
    """`recp report` without --centre takes the centre's name from File > Settings."""
    import json
    import sys
    from dataclasses import replace

    from recp_desktop.settings import load_settings, save_settings

    folder = tmp_path / "data"
    root = Path(__file__).resolve().parents[2]

    def recp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "recp_desktop", "--data-dir", str(folder), *args],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=180,
        )

    assert recp("demo").returncode == 0
    save_settings(folder, replace(load_settings(folder), centre_name="Azerbaijan RECP Centre"))
    assessment_id = json.loads(recp("list", "--json").stdout)[0]["id"]
    pdf = tmp_path / "r.pdf"
    assert recp("report", assessment_id, "-o", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Azerbaijan RECP Centre" in text
