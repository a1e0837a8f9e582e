"""The report's own words in English and Russian.

The report's language is chosen per report and is independent of the interface language, so
these texts do not go through Qt's translator. Terms shared with the interface (CP techniques,
statuses, areas) use the same Russian wording as ``resources/translations/recp_ru.ts``.
A language without an entry falls back to English.
"""

from __future__ import annotations

from recp_desktop.domain.baseline import BY_KEY

LANGUAGES = ("en", "ru")

_TEXTS: dict[str, tuple[str, str]] = {
    # cover
    "cover.kicker": (
        "Resource Efficient and Cleaner Production",
        "Ресурсоэффективное и более чистое производство",
    ),
    "cover.title": ("RECP assessment report", "Отчёт об оценке РЭЧП"),
    "cover.site": ("Site", "Площадка"),
    "cover.period": ("Assessment period", "Период оценки"),
    "cover.team": ("Assessment team", "Группа оценки"),
    "cover.prepared": ("Prepared by", "Подготовлен"),
    "cover.date": ("Report date", "Дата отчёта"),
    "cover.status": ("Status of the assessment", "Статус оценки"),
    "cover.for": ("Prepared for the management of", "Подготовлен для руководства"),
    "kind.full": ("Full RECP assessment", "Полная оценка РЭЧП"),
    "kind.club": ("RECP Club self-audit", "Самоаудит клуба РЭЧП"),
    "status.planned": ("Planned", "Запланирована"),
    "status.in_progress": ("In progress", "В работе"),
    "status.completed": ("Completed", "Завершена"),
    "header.title": ("RECP assessment report", "Отчёт об оценке РЭЧП"),
    "footer.page": ("Page {page} of {pages}", "Стр. {page} из {pages}"),
    "footer.app": ("Prepared with RECP Desktop", "Подготовлено в RECP Desktop"),
    "toc": ("Contents", "Содержание"),
    # executive summary
    "summary": ("Executive summary", "Краткое резюме"),
    "summary.today": (
        "{company} spends {cost} a year on the energy, water and materials recorded in the "
        "baseline.",
        "{company} тратит {cost} в год на энергию, воду и материалы, учтённые в базовой линии.",
    ),
    "summary.options": (
        "The assessment identified {count} improvement options. Together they would save "
        "{money} a year for an investment of {investment}: an overall simple payback of "
        "{payback}.",
        "В ходе оценки выявлено мер по улучшению: {count}. Вместе они позволят экономить "
        "{money} в год при инвестициях {investment}; общий простой срок окупаемости — "
        "{payback}.",
    ),
    "summary.share": (
        "That is {share} of today's resource costs.",
        "Это {share} нынешних затрат на ресурсы.",
    ),
    "summary.housekeeping": (
        "Good housekeeping measures, which cost little or nothing, account for {share} of the "
        "savings ({money} a year).",
        "На меры рационального ведения хозяйства, которые почти ничего не стоят, приходится "
        "{share} экономии ({money} в год).",
    ),
    "summary.projected": (
        "{count} of the options are recommended or already implemented; they save {money} a "
        "year and are the basis of the projected indicators.",
        "Рекомендовано или уже внедрено мер: {count}; они экономят {money} в год, и на них "
        "основаны прогнозные показатели.",
    ),
    "summary.findings": (
        "The walkthrough answered {answered} of {questions} checklist questions. Findings: "
        "{findings}; photos: {photos}.",
        "В ходе обхода дан ответ на {answered} из {questions} вопросов чек-листов. Замечаний: "
        "{findings}; фотографий: {photos}.",
    ),
    "summary.savings": ("Annual savings of the options", "Годовая экономия от мер"),
    "summary.all_options": ("All options except rejected", "Все меры, кроме отклонённых"),
    "summary.recommended": ("Recommended and implemented", "Рекомендованные и внедрённые"),
    "summary.first": ("Where to start", "С чего начать"),
    "summary.first_line": (
        "{title} — saves {money} a year, payback {payback}",
        "{title} — экономия {money} в год, окупаемость {payback}",
    ),
    "summary.by_technique": ("Options by CP technique", "Меры по методам ЧП"),
    "summary.missing": (
        "What this report cannot show yet",
        "Чего в отчёте пока нет",
    ),
    "kpi.money": ("Money", "Деньги"),
    "kpi.energy": ("Energy", "Энергия"),
    "kpi.water": ("Water", "Вода"),
    "kpi.materials": ("Materials", "Материалы"),
    "kpi.co2": ("CO2 avoided", "Предотвращённые выбросы CO2"),
    "kpi.investment": ("Investment", "Инвестиции"),
    "kpi.payback": ("Overall simple payback", "Общий простой срок окупаемости"),
    "kpi.per_year": ("per year", "в год"),
    "col.technique": ("CP technique", "Метод ЧП"),
    "col.count": ("Options", "Мер"),
    "col.saving_year": ("Saving per year", "Экономия в год"),
    "col.share": ("Share", "Доля"),
    # missing
    "missing.baseline": (
        "The baseline is empty: enter the annual production output and the use and cost of "
        "each resource to see costs and indicators.",
        "Базовая линия не заполнена: введите годовой объём производства, потребление и "
        "стоимость каждого ресурса, чтобы увидеть затраты и показатели.",
    ),
    "missing.indicator.production_output": (
        "The baseline has no production output: indicators per unit of output cannot be "
        "calculated.",
        "В базовой линии нет объёма производства: показатели на единицу продукции не "
        "рассчитываются.",
    ),
    "missing.indicator.value_added": (
        "The baseline has no value added: indicators per unit of value added cannot be calculated.",
        "В базовой линии нет добавленной стоимости: показатели на единицу добавленной "
        "стоимости не рассчитываются.",
    ),
    "missing.indicator.energy": ("No energy use in the baseline.", "В базовой линии нет энергии."),
    "missing.indicator.water": ("No water use in the baseline.", "В базовой линии нет воды."),
    "missing.indicator.materials": (
        "No materials in the baseline.",
        "В базовой линии нет материалов.",
    ),
    "missing.indicator.waste": ("No waste in the baseline.", "В базовой линии нет отходов."),
    "missing.indicator.wastewater": (
        "No wastewater in the baseline.",
        "В базовой линии нет сточных вод.",
    ),
    "missing.options": (
        "No improvement options have been recorded yet, so there are no savings to report.",
        "Меры по улучшению пока не внесены, поэтому экономии нет.",
    ),
    "missing.option_money": (
        "The options have no savings in money yet, so no payback can be given.",
        "У мер пока нет экономии в деньгах, поэтому срок окупаемости не рассчитывается.",
    ),
    "missing.answers": (
        "No checklist question has been answered yet.",
        "Ни на один вопрос чек-листов ещё не дан ответ.",
    ),
    "missing.photos": ("No photos have been taken.", "Фотографий нет."),
    # profile and baseline
    "profile": ("Company profile and baseline", "Профиль предприятия и базовая линия"),
    "profile.company": ("Company profile", "Профиль предприятия"),
    "profile.name": ("Company", "Предприятие"),
    "profile.country": ("Country", "Страна"),
    "profile.region": ("Region", "Регион"),
    "profile.city": ("City", "Город"),
    "profile.nace": ("Sector (NACE Rev. 2)", "Отрасль (NACE ред. 2)"),
    "profile.employees": ("Employees", "Работников"),
    "profile.products": ("Products", "Продукция"),
    "profile.eco_park": ("Eco-industrial park", "Эко-индустриальный парк"),
    "profile.currency": ("Currency of the figures", "Валюта расчётов"),
    "baseline": ("Baseline: annual resource use and cost", "Базовая линия: годовое потребление"),
    "baseline.line": ("Line", "Статья"),
    "baseline.quantity": ("Quantity per year", "Количество в год"),
    "baseline.cost": ("Cost per year, {currency}", "Затраты в год, {currency}"),
    "baseline.share": ("Share of cost", "Доля затрат"),
    "baseline.total": ("Total resource cost", "Итого затраты на ресурсы"),
    "baseline.empty": (
        "No baseline figures have been entered for this assessment.",
        "Для этой оценки не введено ни одного показателя базовой линии.",
    ),
    "group.output": ("Output", "Продукция"),
    "group.energy": ("Energy", "Энергия"),
    "group.water": ("Water", "Вода"),
    "group.materials": ("Materials", "Материалы"),
    "group.waste": ("Waste", "Отходы"),
    "chart.costs": ("Resource cost breakdown", "Структура затрат на ресурсы"),
    "chart.costs_empty": (
        "No resource costs in the baseline, so there is no cost breakdown.",
        "В базовой линии нет затрат на ресурсы, поэтому структура затрат не показана.",
    ),
    "chart.savings": ("Savings by option", "Экономия по мерам"),
    "chart.techniques": ("Options by CP technique", "Меры по методам ЧП"),
    "chart.per_year": ("{currency} per year", "{currency} в год"),
    # indicators
    "indicators": ("RECP indicators", "Показатели РЭЧП"),
    "indicators.intro": (
        "Resource productivity (output per unit of resource) and pollution intensity "
        "(pollution per unit of output), at the baseline and projected after the recommended "
        "and implemented options.",
        "Ресурсопроизводительность (выпуск на единицу ресурса) и интенсивность загрязнения "
        "(загрязнение на единицу выпуска) в базовом году и прогноз после внедрения "
        "рекомендованных и внедрённых мер.",
    ),
    "indicators.table": (
        "Indicators, baseline and projected",
        "Показатели: базовые и прогнозные",
    ),
    "indicators.use": ("Resource use and emissions per year", "Годовое потребление и выбросы"),
    "indicators.name": ("Indicator", "Показатель"),
    "indicators.basis": ("Per", "На"),
    "indicators.unit": ("Unit", "Ед. изм."),
    "indicators.baseline": ("Baseline", "Базовый"),
    "indicators.projected": ("Projected", "Прогноз"),
    "indicators.change": ("Change", "Изменение"),
    "indicators.none": (
        "No indicator can be calculated from the baseline as entered.",
        "По введённой базовой линии нельзя рассчитать ни одного показателя.",
    ),
    "basis.output": ("output", "продукцию"),
    "basis.value_added": ("value added", "добавленную стоимость"),
    "ind.energy_productivity": ("Energy productivity", "Энергопроизводительность"),
    "ind.water_productivity": ("Water productivity", "Водопроизводительность"),
    "ind.materials_productivity": ("Materials productivity", "Материалопроизводительность"),
    "ind.waste_intensity": ("Waste intensity", "Интенсивность образования отходов"),
    "ind.wastewater_intensity": ("Wastewater intensity", "Интенсивность сточных вод"),
    "ind.co2_intensity": ("CO2 intensity", "Интенсивность выбросов CO2"),
    "use.energy_kwh": ("Final energy", "Конечная энергия"),
    "use.water_m3": ("Water", "Вода"),
    "use.materials_t": ("Materials", "Материалы"),
    "use.waste_t": ("Waste", "Отходы"),
    "use.wastewater_m3": ("Wastewater", "Сточные воды"),
    "use.co2_t": ("CO2 from energy use", "CO2 от использования энергии"),
    # findings
    "findings": ("Findings", "Замечания"),
    "findings.intro": (
        "Checklist items answered with the answer that points to a problem, or flagged by the "
        "expert as an improvement opportunity, by area.",
        "Пункты чек-листов с ответом, указывающим на проблему, или отмеченные экспертом как "
        "возможность для улучшения, по направлениям.",
    ),
    "findings.none": (
        "No checklist item has been answered with a problem or flagged as an opportunity.",
        "Ни один пункт чек-листов не отмечен как проблема или возможность для улучшения.",
    ),
    "findings.answer": ("Answer", "Ответ"),
    "findings.flagged": ("Improvement opportunity", "Возможность для улучшения"),
    "findings.techniques": ("CP techniques", "Методы ЧП"),
    "findings.options": ("Options", "Меры"),
    "findings.other_photos": ("Other photos", "Другие фотографии"),
    "findings.photo_missing": (
        "Photo {name}: the file is not in this data folder.",
        "Фото {name}: файла нет в этой папке данных.",
    ),
    "area.energy": ("Energy", "Энергия"),
    "area.water": ("Water", "Вода"),
    "area.materials": ("Materials", "Материалы"),
    "area.waste": ("Waste", "Отходы"),
    "answer.yes": ("Yes", "Да"),
    "answer.no": ("No", "Нет"),
    "answer.na": ("Not applicable", "Неприменимо"),
    # options
    "options": ("Options register", "Реестр мер"),
    "options.charts": ("Savings at a glance", "Экономия в цифрах"),
    "options.register": ("All options by payback", "Все меры по сроку окупаемости"),
    "options.intro": (
        "Improvement options sorted by simple payback, best first; rejected options come last "
        "and are left out of the totals.",
        "Меры по улучшению в порядке простого срока окупаемости, лучшие первыми; отклонённые "
        "меры — в конце и не входят в итоги.",
    ),
    "options.none": (
        "No improvement options have been recorded for this assessment yet.",
        "Для этой оценки ещё не внесено ни одной меры по улучшению.",
    ),
    "options.number": ("#", "№"),
    "options.title": ("Option", "Мера"),
    "options.investment": ("Investment, {currency}", "Инвестиции, {currency}"),
    "options.money": ("Saving, {currency}/yr", "Экономия, {currency}/год"),
    "options.physical": ("Resources saved per year", "Экономия ресурсов в год"),
    "options.co2": ("CO2, t/yr", "CO2, т/год"),
    "options.payback": ("Payback", "Окупаемость"),
    "options.status": ("Status", "Статус"),
    "options.total": ("Total (without rejected)", "Итого (без отклонённых)"),
    "options.note": ("Note", "Примечание"),
    "option.identified": ("Identified", "Выявлена"),
    "option.recommended": ("Recommended", "Рекомендована"),
    "option.implemented": ("Implemented", "Внедрена"),
    "option.rejected": ("Rejected", "Отклонена"),
    "technique.good_housekeeping": ("Good housekeeping", "Рациональное ведение хозяйства"),
    "technique.input_material_change": ("Input material change", "Замена исходных материалов"),
    "technique.better_process_control": (
        "Better process control",
        "Улучшение управления процессом",
    ),
    "technique.equipment_modification": ("Equipment modification", "Модификация оборудования"),
    "technique.technology_change": ("Technology change", "Смена технологии"),
    "technique.onsite_recovery_reuse": (
        "On-site recovery and reuse",
        "Рекуперация и повторное использование на месте",
    ),
    "technique.useful_by_products": (
        "Production of useful by-products",
        "Производство полезной побочной продукции",
    ),
    "technique.product_modification": ("Product modification", "Модификация продукции"),
    # appendix
    "appendix": ("Appendix: methods and assumptions", "Приложение: методы и допущения"),
    "appendix.calculators": ("Calculation methods", "Методы расчёта"),
    "appendix.no_calculators": (
        "No option was worked out with a calculator.",
        "Ни одна мера не рассчитана с помощью калькулятора.",
    ),
    "appendix.english": (
        "The descriptions of the methods below are given in English, as documented in the "
        "software.",
        "Описания методов ниже приведены на английском языке, как они документированы в программе.",
    ),
    "appendix.used_for": ("Used for option(s) {numbers}.", "Применён для мер: {numbers}."),
    "appendix.inputs": ("Inputs of option {number}", "Исходные данные меры {number}"),
    "appendix.input": ("Input", "Параметр"),
    "appendix.value": ("Value", "Значение"),
    "appendix.assumptions": ("Assumptions", "Допущения"),
    "appendix.factors": ("Emission factors and fuel properties", "Коэффициенты выбросов и топливо"),
    "appendix.no_factors": (
        "No emission factor was needed: the baseline has no energy use and no option uses one.",
        "Коэффициенты выбросов не потребовались: в базовой линии нет энергии, и ни одна мера "
        "их не использует.",
    ),
    "appendix.factor": ("Factor", "Коэффициент"),
    "appendix.for": ("For", "Для"),
    "appendix.source": ("Source", "Источник"),
    "appendix.year": ("Year", "Год"),
    "factor.grid": ("CO2 of grid electricity saved", "CO2 сэкономленной электроэнергии сети"),
    "factor.fuel": ("CO2 of fuel burnt", "CO2 при сжигании топлива"),
    "factor.ncv": ("Net calorific value", "Низшая теплота сгорания"),
    "factor.density": ("Density (for volumes)", "Плотность (для объёмов)"),
    "appendix.indicators": ("Indicator assumptions", "Допущения для показателей"),
    "assume.energy": (
        "Energy carriers are added up as final energy with the IPCC 2006 default net calorific "
        "values; natural gas at {density} kg/m³ (20 °C).",
        "Энергоносители суммируются как конечная энергия по низшей теплоте сгорания IPCC 2006; "
        "природный газ — {density} кг/м³ (20 °C).",
    ),
    "assume.heat": (
        "The CO2 of purchased heat is taken as from a natural-gas boiler house with an "
        "efficiency of {efficiency}.",
        "CO2 покупной теплоты принимается как от газовой котельной с КПД {efficiency}.",
    ),
    "assume.grid": (
        "Electricity at the grid factor of {country}.",
        "Электроэнергия — по сетевому коэффициенту страны {country}.",
    ),
    "assume.no_grid": (
        "No default grid factor for {country}: electricity is left out of the CO2 total.",
        "Нет сетевого коэффициента для {country}: электроэнергия не входит в итог CO2.",
    ),
    "assume.projected": (
        "Projected figures subtract the yearly savings of the recommended and implemented "
        "options; water saved is also taken off the wastewater and materials saved off the "
        "waste.",
        "Прогноз вычитает годовую экономию рекомендованных и внедрённых мер; сэкономленная "
        "вода вычитается и из сточных вод, сэкономленные материалы — из отходов.",
    ),
    "assume.money": (
        "All money is in {currency} as entered; no exchange rate was applied.",
        "Все суммы — в {currency}, как введены; валютные курсы не применялись.",
    ),
    "calc.compressed-air-leak": ("Compressed-air leaks", "Утечки сжатого воздуха"),
    "calc.compressor-pressure-reduction": (
        "Compressor pressure reduction",
        "Снижение давления компрессора",
    ),
    "calc.steam-leak": ("Steam leaks", "Утечки пара"),
    "calc.water-leak": ("Water leaks", "Утечки воды"),
    "calc.lighting": (
        "Lighting: efficient lamps and switching off",
        "Освещение: эффективные лампы и отключение",
    ),
    "calc.electric-load": (
        "Idle electrical load switched off",
        "Отключение электрической нагрузки на холостом ходу",
    ),
    "calc.pipe-insulation": ("Insulation of bare hot pipes", "Изоляция неизолированных труб"),
    "calc.economics": ("Payback, NPV and IRR", "Окупаемость, ЧДД и ВНД"),
    "fuel.natural_gas": ("Natural gas", "Природный газ"),
    "fuel.residual_fuel_oil": ("Residual fuel oil", "Мазут"),
    "fuel.other_bituminous_coal": ("Bituminous coal", "Битуминозный уголь"),
    "fuel.gas_diesel_oil": ("Diesel (gas oil)", "Дизельное топливо"),
}

_COUNTRIES_RU = {
    "AM": "Армения",
    "AZ": "Азербайджан",
    "BY": "Беларусь",
    "GE": "Грузия",
    "MD": "Молдова",
    "UA": "Украина",
    "KZ": "Казахстан",
    "KG": "Кыргызстан",
    "TJ": "Таджикистан",
    "TM": "Туркменистан",
    "UZ": "Узбекистан",
    "RU": "Россия",
    "TR": "Турция",
    "RO": "Румыния",
    "DE": "Германия",
    "AT": "Австрия",
    "CH": "Швейцария",
}


def text(language: str, key: str, **values: object) -> str:
    """The text ``key`` in ``language`` (English if the language has none), filled in."""
    pair = _TEXTS[key]
    chosen = pair[1] if language == "ru" and pair[1] else pair[0]
    return chosen.format(**values) if values else chosen


def has_text(key: str) -> bool:
    return key in _TEXTS


def answer_label(language: str, value: str) -> str:
    key = f"answer.{value}"
    return text(language, key) if key in _TEXTS else value


def technique_label(language: str, technique: str) -> str:
    key = f"technique.{technique}"
    return text(language, key) if key in _TEXTS else technique.replace("_", " ")


def baseline_label(language: str, key: str) -> str:
    spec = BY_KEY.get(key)
    if spec is None:
        return key
    return spec.label_ru if language == "ru" else spec.label_en


def fuel_label(language: str, fuel: str) -> str:
    key = f"fuel.{fuel}"
    return text(language, key) if key in _TEXTS else fuel.replace("_", " ")


def country_name(language: str, code: str) -> str:
    from recp_desktop.domain.countries import COUNTRIES

    if language == "ru" and code in _COUNTRIES_RU:
        return _COUNTRIES_RU[code]
    return COUNTRIES.get(code, code)
