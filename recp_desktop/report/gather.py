"""Read an assessment from the database into a :class:`ReportData`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from recp_desktop.checklists import AREAS, Question, Template
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.domain.baseline import BASELINE_KEYS
from recp_desktop.domain.emissions import (
    EmissionFactor,
    UnknownFactorError,
    fuel_factor,
    grid_factor,
    natural_gas_density,
    net_calorific_value,
)
from recp_desktop.domain.indicators import FUEL_OF, compute
from recp_desktop.domain.regions import region_name
from recp_desktop.report.data import (
    AssessmentInfo,
    BaselineRow,
    Company,
    FactorRow,
    Finding,
    Method,
    OptionRow,
    PhotoRef,
    ReportData,
    WasteRow,
)
from recp_desktop.report.fmt import Formatter
from recp_desktop.report.texts import answer_label
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.baseline import BaselineValue, load_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import CPOption, Photo
from recp_desktop.storage.options import (
    list_options,
    option_assumptions,
    option_inputs,
    option_totals,
    projected_totals,
)
from recp_desktop.storage.photos import list_photos, photo_file
from recp_desktop.storage.repository import get_assessment

NCV_SOURCE = "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2, Table 1.2"
ENERGY_KEYS = ("electricity", "natural_gas", "heat", "fuel_oil", "coal", "diesel")


def gather(
    db: Database,
    assessment_id: str,
    *,
    language: str = "en",
    centre_name: str = "",
    templates: Mapping[str, Template] | None = None,
    today: date | None = None,
) -> ReportData:
    """Everything the report of ``assessment_id`` shows; :class:`LookupError` if there is none.

    ``templates`` defaults to the checklists the assessment uses, at the versions it uses them
    (``storage.templates.assessment_templates``); answers to questions no template knows are
    left out of the findings.
    """
    assessment, enterprise = get_assessment(db, assessment_id)
    if templates is None:
        from recp_desktop.storage.templates import assessment_templates

        templates = {t.id: t for t in assessment_templates(db, assessment_id)}
    templates = dict(templates)
    baseline = load_baseline(db, assessment_id)
    stored = list_options(db, assessment_id)
    options = _option_rows(stored)
    totals = option_totals(stored, assessment.currency)
    projected = projected_totals(stored, assessment.currency)
    answers = load_answers(db, assessment_id)
    photos = list_photos(db, assessment_id)
    findings, other_photos, answered, questions = _findings(
        db, templates, assessment.kind, answers, photos, options, language
    )
    return ReportData(
        language=language,
        centre_name=centre_name.strip(),
        created=today or date.today(),
        company=Company(
            name=enterprise.name,
            country=enterprise.country,
            region=region_name(enterprise.region or "", language),
            city=enterprise.city or "",
            nace=enterprise.nace or "",
            employees=enterprise.employees,
            products=enterprise.products or "",
            eco_park=enterprise.eco_park or "",
        ),
        assessment=AssessmentInfo(
            id=assessment.id,
            title=assessment.title or "",
            kind=assessment.kind,
            start=assessment.start_date,
            end=assessment.end_date,
            team=assessment.team or "",
            currency=assessment.currency,
            status=assessment.status,
        ),
        baseline=[
            BaselineRow(spec.key, spec.group, line.quantity, line.unit, line.cost)
            for spec in BASELINE_KEYS
            if (line := baseline.get(spec.key)) is not None
            and (line.quantity is not None or line.cost is not None)
        ],
        indicators=compute(
            baseline,
            country=enterprise.country,
            currency=assessment.currency,
            savings=projected,
        ),
        options=options,
        totals=totals,
        projected=projected,
        findings=findings,
        other_photos=other_photos,
        answered=answered,
        questions=questions,
        factors=_factors(enterprise.country, baseline, options),
        methods=_methods(options),
        waste=_waste_rows(db, assessment_id, language),
    )


def _waste_rows(db: Database, assessment_id: str, language: str) -> list[WasteRow]:
    """The live waste streams, by EWC code (as listed)."""
    from recp_desktop.domain.ewc import lookup
    from recp_desktop.storage.waste import list_waste_streams

    rows = []
    for stream in list_waste_streams(db, assessment_id):
        entry = lookup(stream.ewc_code)
        rows.append(
            WasteRow(
                code=entry.display,
                hazardous=entry.hazardous,
                description=entry.description(language),
                name=stream.name,
                tonnes=stream.tonnes_per_year,
                treatment=stream.treatment or "",
                destination=stream.destination or "",
                cost=stream.annual_cost,
            )
        )
    return rows


def _option_rows(stored: list[CPOption]) -> list[OptionRow]:
    """The register: best payback first (as stored options are listed), rejected ones last."""
    ordered = [o for o in stored if o.status != "rejected"] + [
        o for o in stored if o.status == "rejected"
    ]
    return [
        OptionRow(
            number=number,
            title=o.title,
            technique=o.technique,
            area=o.area,
            status=o.status,
            calculator=o.calculator,
            investment=o.investment,
            money=o.saving_money,
            energy_kwh=o.saving_energy_kwh,
            water_m3=o.saving_water_m3,
            materials_t=o.saving_materials_t,
            co2_t=o.saving_co2_t,
            note=o.note or "",
            question_id=o.question_id,
            inputs=option_inputs(o),
            assumptions=tuple(option_assumptions(o)),
        )
        for number, o in enumerate(ordered, start=1)
    ]


def _answer_text(question: Question, state: AnswerState, language: str) -> str:
    if state.number is not None:
        return Formatter(language).quantity(state.number, state.unit or question.unit or "")
    if not state.value:
        return ""
    if question.answer_type == "yes_no_na":
        return answer_label(language, state.value)
    if question.answer_type in ("choice", "multi"):
        return question.option_label(state.value, language)
    return state.value


def _findings(
    db: Database,
    templates: Mapping[str, Template],
    kind: str,
    answers: Mapping[str, AnswerState],
    photos: list[Photo],
    options: list[OptionRow],
    language: str,
) -> tuple[list[Finding], list[PhotoRef], int, int]:
    values = {qid: state.value for qid, state in answers.items()}
    photos_of: dict[str | None, list[Photo]] = {}
    for photo in photos:
        photos_of.setdefault(photo.question_id, []).append(photo)
    options_of: dict[str, list[int]] = {}
    for option in options:
        if option.question_id:
            options_of.setdefault(option.question_id, []).append(option.number)

    def ref(photo: Photo, caption: str) -> PhotoRef:
        path = photo_file(db.folder, photo.sha256, photo.media_type)
        return PhotoRef(path, photo.filename, photo.sha256, photo.caption or caption)

    ordered = sorted(  # by area; within one, in the order given (stable sort)
        templates.values(), key=lambda t: AREAS.index(t.area) if t.area in AREAS else len(AREAS)
    )
    findings: list[Finding] = []
    shown: set[str] = set()
    known: dict[str, Question] = {}
    answered = total = 0
    for template in ordered:
        visible = template.visible(kind, values)
        total += len(visible)
        for question in visible:
            known[question.id] = question
            state = answers.get(question.id)
            if state is None:
                continue
            answered += state.answered
            not_good = (
                question.answer_type == "yes_no_na"
                and question.good is not None
                and state.value in ("yes", "no")
                and state.value != question.good
            )
            if not (not_good or state.opportunity):
                continue
            text = question.wording(language, kind)
            findings.append(
                Finding(
                    question_id=question.id,
                    area=question.area or template.area,
                    group=_localized_group(question, language),
                    text=text,
                    answer=_answer_text(question, state, language),
                    note=state.note,
                    opportunity=state.opportunity,
                    not_good=not_good,
                    techniques=question.techniques,
                    photos=tuple(ref(p, text) for p in photos_of.get(question.id, ())),
                    options=tuple(options_of.get(question.id, ())),
                )
            )
            shown.add(question.id)
    other = [
        ref(
            photo,
            known[photo.question_id].wording(language, kind) if photo.question_id in known else "",
        )
        for photo in photos
        if photo.question_id not in shown
    ]
    return findings, other, answered, total


def _localized_group(question: Question, language: str) -> str:
    from recp_desktop.checklists import localized

    return localized(question.group, language)


def _factors(
    country: str, baseline: Mapping[str, BaselineValue], options: list[OptionRow]
) -> list[FactorRow]:
    """The emission factors and fuel properties behind the indicators and the options."""
    mentioned = {o.inputs["country"].upper() for o in options if o.inputs.get("country")}
    countries = [country, *sorted(mentioned - {country})]
    fuels: list[str] = []
    for key in ENERGY_KEYS[1:]:
        if key in baseline:
            fuels.append("natural_gas" if key == "heat" else FUEL_OF[key])
    fuels += [o.inputs["fuel"] for o in options if o.inputs.get("fuel")]
    rows: list[FactorRow] = []
    for code in countries:
        try:
            factor = grid_factor(code)
        except UnknownFactorError:
            continue
        rows.append(_row("grid", code, factor))
    for fuel in dict.fromkeys(fuels):
        try:
            factor = fuel_factor(fuel)
            ncv = net_calorific_value(fuel)
        except UnknownFactorError:
            continue
        rows.append(_row("fuel", fuel, factor))
        rows.append(
            FactorRow("ncv", fuel, float(ncv.magnitude), f"{ncv.units:~}", NCV_SOURCE, 2006)
        )
    if "natural_gas" in fuels:
        density = natural_gas_density()
        rows.append(
            FactorRow(
                "density",
                "natural_gas",
                float(density.magnitude),
                f"{density.units:~}",
                "CIS standard conditions, 20 °C, 101.325 kPa",
                None,
            )
        )
    return rows


def _row(kind: str, subject: str, factor: EmissionFactor) -> FactorRow:
    """A factor's row; its source loses the trailing ", AZ" / ", natural_gas" (in its own
    column)."""
    value = factor.value
    source = factor.source.replace(f", {subject}", "", 1)
    return FactorRow(kind, subject, float(value.magnitude), f"{value.units:~}", source, factor.year)


def _methods(options: list[OptionRow]) -> list[Method]:
    from recp_desktop.domain.calculators import CalculationError, calculator

    used: dict[str, list[int]] = {}
    for option in options:
        if option.calculator:
            used.setdefault(option.calculator, []).append(option.number)
    methods = []
    for name, numbers in used.items():
        try:
            module = calculator(name)
        except CalculationError:
            methods.append(Method(name, name, "", tuple(numbers)))
            continue
        methods.append(
            Method(name, getattr(module, "TITLE", name), module.__doc__ or "", tuple(numbers))
        )
    return methods
