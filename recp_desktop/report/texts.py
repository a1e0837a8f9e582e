"""The report's own words in English, Russian and Azerbaijani.

The report's language is chosen per report and is independent of the interface language, so
these texts do not go through Qt's translator. Terms shared with the interface (CP techniques,
statuses, areas) use the same wording as ``resources/translations/recp_ru.ts`` and
``recp_az.ts``. English and Russian are pairs in ``_TEXTS``; Azerbaijani is ``_AZ``, keyed alike.
A language without an entry falls back to English.
"""

from __future__ import annotations

from recp_desktop.domain.baseline import BY_KEY
from recp_desktop.report.programme_texts import PROGRAMME_AZ, PROGRAMME_TEXTS
from recp_desktop.report.waste_texts import WASTE_AZ, WASTE_TEXTS

LANGUAGES = ("en", "ru", "az")

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
    # the categories of a park checklist (International Framework for Eco-Industrial Parks)
    "area.management": ("Park management", "Управление парком"),
    "area.environmental": ("Environmental", "Окружающая среда"),
    "area.social": ("Social", "Социальная сфера"),
    "area.economic": ("Economic", "Экономика"),
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

# Azerbaijani (Latin script), keyed like _TEXTS. Terms shared with the interface (CP techniques,
# statuses, areas, answers, baseline lines) are worded as in resources/translations/recp_az.ts.
# The sentences avoid case suffixes on placeholders: "{count}" cannot take "-dan" or "-ə".
_AZ: dict[str, str] = {
    # cover
    "cover.kicker": "Resurslardan səmərəli istifadə və təmiz istehsal",
    "cover.title": "RECP qiymətləndirmə hesabatı",
    "cover.site": "Yerləşdiyi yer",
    "cover.period": "Qiymətləndirmə dövrü",
    "cover.team": "Qiymətləndirmə komandası",
    "cover.prepared": "Hazırlayan",
    "cover.date": "Hesabatın tarixi",
    "cover.status": "Qiymətləndirmənin statusu",
    "cover.for": "Rəhbərlik üçün hazırlanıb",
    "kind.full": "Tam RECP qiymətləndirməsi",
    "kind.club": "RECP Klubu üzrə özünüaudit",
    "status.planned": "Planlaşdırılıb",
    "status.in_progress": "Davam edir",
    "status.completed": "Tamamlanıb",
    "header.title": "RECP qiymətləndirmə hesabatı",
    "footer.page": "Səhifə {page} / {pages}",
    "footer.app": "RECP Desktop ilə hazırlanıb",
    "toc": "Mündəricat",
    # executive summary
    "summary": "Qısa xülasə",
    "summary.today": (
        "{company} baza göstəricilərində qeydə alınmış enerji, su və materiallara ildə {cost} "
        "xərcləyir."
    ),
    "summary.options": (
        "Qiymətləndirmə zamanı müəyyən edilmiş təkmilləşdirmə tədbirlərinin sayı: {count}. "
        "Birlikdə onlar {investment} investisiya ilə ildə {money} qənaət etməyə imkan verəcək; "
        "ümumi sadə özünüödəmə müddəti — {payback}."
    ),
    "summary.share": "Bu, hazırkı resurs xərclərinin {share} hissəsidir.",
    "summary.housekeeping": (
        "Az və ya heç bir xərc tələb etməyən yaxşı təsərrüfat təcrübəsi tədbirlərinin payına "
        "qənaətin {share} hissəsi düşür (ildə {money})."
    ),
    "summary.projected": (
        "Tövsiyə edilmiş və ya artıq tətbiq edilmiş tədbirlərin sayı: {count}; onlar ildə "
        "{money} qənaət edir və proqnoz göstəriciləri onlara əsaslanır."
    ),
    "summary.findings": (
        "Baxış zamanı yoxlama siyahılarındakı {questions} sualdan {answered} suala cavab "
        "verilib. Müşahidələr: {findings}; fotolar: {photos}."
    ),
    "summary.savings": "Tədbirlərin illik qənaəti",
    "summary.all_options": "Rədd edilənlərdən başqa bütün tədbirlər",
    "summary.recommended": "Tövsiyə edilmiş və tətbiq edilmiş",
    "summary.first": "Haradan başlamalı",
    "summary.first_line": "{title} — ildə {money} qənaət, özünüödəmə müddəti {payback}",
    "summary.by_technique": "Təmiz istehsal üsulları üzrə tədbirlər",
    "summary.missing": "Hesabatda hələ nə yoxdur",
    "kpi.money": "Pul",
    "kpi.energy": "Enerji",
    "kpi.water": "Su",
    "kpi.materials": "Materiallar",
    "kpi.co2": "Qarşısı alınan CO2",
    "kpi.investment": "İnvestisiya",
    "kpi.payback": "Ümumi sadə özünüödəmə müddəti",
    "kpi.per_year": "ildə",
    "col.technique": "Təmiz istehsal üsulu",
    "col.count": "Tədbirlər",
    "col.saving_year": "İllik qənaət",
    "col.share": "Pay",
    # missing
    "missing.baseline": (
        "Baza göstəriciləri doldurulmayıb: xərcləri və göstəriciləri görmək üçün illik istehsal "
        "həcmini, hər resursun istifadəsini və dəyərini daxil edin."
    ),
    "missing.indicator.production_output": (
        "Baza göstəricilərində istehsal həcmi yoxdur: məhsul vahidinə düşən göstəricilər "
        "hesablanmır."
    ),
    "missing.indicator.value_added": (
        "Baza göstəricilərində əlavə dəyər yoxdur: əlavə dəyər vahidinə düşən göstəricilər "
        "hesablanmır."
    ),
    "missing.indicator.energy": "Baza göstəricilərində enerji istifadəsi yoxdur.",
    "missing.indicator.water": "Baza göstəricilərində su istifadəsi yoxdur.",
    "missing.indicator.materials": "Baza göstəricilərində materiallar yoxdur.",
    "missing.indicator.waste": "Baza göstəricilərində tullantılar yoxdur.",
    "missing.indicator.wastewater": "Baza göstəricilərində tullantı suları yoxdur.",
    "missing.options": (
        "Hələ heç bir təkmilləşdirmə tədbiri qeyd edilməyib, buna görə göstəriləcək qənaət yoxdur."
    ),
    "missing.option_money": (
        "Tədbirlərin hələ pulla ifadə olunan qənaəti yoxdur, buna görə özünüödəmə müddəti "
        "hesablanmır."
    ),
    "missing.answers": "Yoxlama siyahılarının heç bir sualına hələ cavab verilməyib.",
    "missing.photos": "Foto çəkilməyib.",
    # profile and baseline
    "profile": "Şirkətin profili və baza göstəriciləri",
    "profile.company": "Şirkətin profili",
    "profile.name": "Şirkət",
    "profile.country": "Ölkə",
    "profile.region": "Region",
    "profile.city": "Şəhər",
    "profile.nace": "Sahə (NACE Rev. 2)",
    "profile.employees": "İşçilərin sayı",
    "profile.products": "Məhsullar",
    "profile.eco_park": "Eko-sənaye parkı",
    "profile.currency": "Hesablamaların valyutası",
    "baseline": "Baza göstəriciləri: resursların illik istifadəsi və dəyəri",
    "baseline.line": "Göstərici",
    "baseline.quantity": "İllik miqdar",
    "baseline.cost": "İllik xərc, {currency}",
    "baseline.share": "Xərcdə payı",
    "baseline.total": "Resurslara cəmi xərc",
    "baseline.empty": "Bu qiymətləndirmə üçün heç bir baza göstəricisi daxil edilməyib.",
    "group.output": "İstehsal",
    "group.energy": "Enerji",
    "group.water": "Su",
    "group.materials": "Materiallar",
    "group.waste": "Tullantılar",
    "chart.costs": "Resurs xərclərinin strukturu",
    "chart.costs_empty": (
        "Baza göstəricilərində resurs xərcləri yoxdur, buna görə xərclərin strukturu göstərilmir."
    ),
    "chart.savings": "Tədbirlər üzrə qənaət",
    "chart.techniques": "Təmiz istehsal üsulları üzrə tədbirlər",
    "chart.per_year": "{currency}/il",
    # indicators
    "indicators": "RECP göstəriciləri",
    "indicators.intro": (
        "Resurs məhsuldarlığı (resurs vahidinə düşən məhsul buraxılışı) və çirklənmə "
        "intensivliyi (məhsul vahidinə düşən çirklənmə): baza ilində və tövsiyə edilmiş və "
        "tətbiq edilmiş tədbirlərdən sonrakı proqnoz."
    ),
    "indicators.table": "Göstəricilər: baza və proqnoz",
    "indicators.use": "Resursların illik istifadəsi və emissiyalar",
    "indicators.name": "Göstərici",
    "indicators.basis": "Nəyə nisbətən",
    "indicators.unit": "Vahid",
    "indicators.baseline": "Baza",
    "indicators.projected": "Proqnoz",
    "indicators.change": "Dəyişiklik",
    "indicators.none": "Daxil edilmiş baza göstəricilərinə əsasən heç bir göstərici hesablanmır.",
    "basis.output": "istehsal həcmi",
    "basis.value_added": "əlavə dəyər",
    "ind.energy_productivity": "Enerji məhsuldarlığı",
    "ind.water_productivity": "Su məhsuldarlığı",
    "ind.materials_productivity": "Material məhsuldarlığı",
    "ind.waste_intensity": "Tullantı intensivliyi",
    "ind.wastewater_intensity": "Tullantı suyu intensivliyi",
    "ind.co2_intensity": "CO2 intensivliyi",
    "use.energy_kwh": "Son enerji istehlakı",
    "use.water_m3": "Su",
    "use.materials_t": "Materiallar",
    "use.waste_t": "Tullantılar",
    "use.wastewater_m3": "Tullantı suları",
    "use.co2_t": "Enerji istifadəsindən CO2",
    # findings
    "findings": "Müşahidələr",
    "findings.intro": (
        "Yoxlama siyahılarının problemə işarə edən cavab verilmiş və ya ekspert tərəfindən "
        "təkmilləşdirmə imkanı kimi qeyd edilmiş bəndləri, sahələr üzrə."
    ),
    "findings.none": "Yoxlama siyahılarının heç bir bəndi problem və ya imkan kimi qeyd edilməyib.",
    "findings.answer": "Cavab",
    "findings.flagged": "Təkmilləşdirmə imkanı",
    "findings.techniques": "Təmiz istehsal üsulları",
    "findings.options": "Tədbirlər",
    "findings.other_photos": "Digər fotolar",
    "findings.photo_missing": "Foto {name}: fayl bu məlumat qovluğunda yoxdur.",
    "area.energy": "Enerji",
    "area.water": "Su",
    "area.materials": "Materiallar",
    "area.waste": "Tullantılar",
    "area.management": "Park idarəetməsi",
    "area.environmental": "Ətraf mühit",
    "area.social": "Sosial sahə",
    "area.economic": "İqtisadiyyat",
    "answer.yes": "Bəli",
    "answer.no": "Xeyr",
    "answer.na": "Aid deyil",
    # options
    "options": "Tədbirlər reyestri",
    "options.charts": "Qənaətin icmalı",
    "options.register": "Özünüödəmə müddətinə görə bütün tədbirlər",
    "options.intro": (
        "Təkmilləşdirmə tədbirləri sadə özünüödəmə müddətinə görə sıralanıb, ən yaxşıları "
        "birinci; rədd edilmiş tədbirlər sonda verilir və cəmə daxil edilmir."
    ),
    "options.none": "Bu qiymətləndirmə üçün hələ heç bir təkmilləşdirmə tədbiri qeyd edilməyib.",
    "options.number": "№",
    "options.title": "Tədbir",
    "options.investment": "İnvestisiya, {currency}",
    "options.money": "Qənaət, {currency}/il",
    "options.physical": "İllik resurs qənaəti",
    "options.co2": "CO2, t/il",
    "options.payback": "Özünüödəmə",
    "options.status": "Status",
    "options.total": "Cəmi (rədd edilənlər istisna olmaqla)",
    "options.note": "Qeyd",
    "option.identified": "Müəyyən edilib",
    "option.recommended": "Tövsiyə edilib",
    "option.implemented": "Tətbiq edilib",
    "option.rejected": "Rədd edilib",
    "technique.good_housekeeping": "Yaxşı təsərrüfat təcrübəsi",
    "technique.input_material_change": "Xammalın dəyişdirilməsi",
    "technique.better_process_control": "Prosesə nəzarətin yaxşılaşdırılması",
    "technique.equipment_modification": "Avadanlığın modifikasiyası",
    "technique.technology_change": "Texnologiyanın dəyişdirilməsi",
    "technique.onsite_recovery_reuse": "Yerində bərpa və təkrar istifadə",
    "technique.useful_by_products": "Faydalı əlavə məhsulların istehsalı",
    "technique.product_modification": "Məhsulun modifikasiyası",
    # appendix
    "appendix": "Əlavə: üsullar və fərziyyələr",
    "appendix.calculators": "Hesablama üsulları",
    "appendix.no_calculators": "Heç bir tədbir kalkulyatorla hesablanmayıb.",
    "appendix.english": (
        "Aşağıdakı üsulların təsviri proqramda sənədləşdirildiyi kimi ingilis dilində verilir."
    ),
    "appendix.used_for": "Tətbiq edildiyi tədbirlər: {numbers}.",
    "appendix.inputs": "{number} nömrəli tədbirin ilkin məlumatları",
    "appendix.input": "Parametr",
    "appendix.value": "Dəyər",
    "appendix.assumptions": "Fərziyyələr",
    "appendix.factors": "Emissiya əmsalları və yanacağın xassələri",
    "appendix.no_factors": (
        "Emissiya əmsalı tələb olunmadı: baza göstəricilərində enerji istifadəsi yoxdur və heç "
        "bir tədbir əmsaldan istifadə etmir."
    ),
    "appendix.factor": "Əmsal",
    "appendix.for": "Nə üçün",
    "appendix.source": "Mənbə",
    "appendix.year": "İl",
    "factor.grid": "Qənaət edilən şəbəkə elektrik enerjisi üzrə CO2",
    "factor.fuel": "Yandırılan yanacaq üzrə CO2",
    "factor.ncv": "Aşağı yanma istiliyi",
    "factor.density": "Sıxlıq (həcmlər üçün)",
    "appendix.indicators": "Göstəricilər üçün fərziyyələr",
    "assume.energy": (
        "Enerji daşıyıcıları IPCC 2006 üzrə standart aşağı yanma istiliyi ilə son enerji kimi "
        "toplanır; təbii qazın sıxlığı {density} kq/m³ (20 °C) götürülür."
    ),
    "assume.heat": (
        "Alınmış istilik enerjisi üzrə CO2 səmərəliliyi {efficiency} olan təbii qaz "
        "qazanxanasında olduğu kimi götürülür."
    ),
    "assume.grid": "Elektrik enerjisi — ölkənin şəbəkə əmsalı üzrə: {country}.",
    "assume.no_grid": (
        "{country} üçün standart şəbəkə əmsalı yoxdur: elektrik enerjisi CO2 cəminə daxil "
        "edilməyib."
    ),
    "assume.projected": (
        "Proqnoz rəqəmlərindən tövsiyə edilmiş və tətbiq edilmiş tədbirlərin illik qənaəti "
        "çıxılır; qənaət edilən su tullantı sularından, qənaət edilən materiallar isə "
        "tullantılardan da çıxılır."
    ),
    "assume.money": (
        "Bütün məbləğlər daxil edildiyi kimi {currency} ilə verilir; valyuta məzənnələri "
        "tətbiq edilməyib."
    ),
    "calc.compressed-air-leak": "Sıxılmış hava sızmaları",
    "calc.compressor-pressure-reduction": "Kompressor təzyiqinin azaldılması",
    "calc.steam-leak": "Buxar sızmaları",
    "calc.water-leak": "Su sızmaları",
    "calc.lighting": "İşıqlandırma: səmərəli lampalar və söndürmə",
    "calc.electric-load": "Boş işləyən elektrik yükünün söndürülməsi",
    "calc.pipe-insulation": "İzolyasiyasız isti boruların izolyasiyası",
    "calc.economics": "Özünüödəmə, NPV və IRR",
    "fuel.natural_gas": "Təbii qaz",
    "fuel.residual_fuel_oil": "Mazut",
    "fuel.other_bituminous_coal": "Daş kömür",
    "fuel.gas_diesel_oil": "Dizel yanacağı (qazoyl)",
}


_TEXTS.update(WASTE_TEXTS)
_AZ.update(WASTE_AZ)
_TEXTS.update(PROGRAMME_TEXTS)
_AZ.update(PROGRAMME_AZ)


def text(language: str, key: str, **values: object) -> str:
    """The text ``key`` in ``language`` (English if the language has none), filled in."""
    english, russian = _TEXTS[key]
    if language == "ru":
        chosen = russian or english
    elif language == "az":
        chosen = _AZ.get(key) or english
    else:
        chosen = english
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
    return spec.label(language)


def fuel_label(language: str, fuel: str) -> str:
    key = f"fuel.{fuel}"
    return text(language, key) if key in _TEXTS else fuel.replace("_", " ")


def country_name(language: str, code: str) -> str:
    from recp_desktop.domain.countries import country_name as name

    return name(code, language)
