"""Texts of the programme report and workbook, merged into :mod:`recp_desktop.report.texts`:
key → (English, Russian) and key → Azerbaijani."""

from __future__ import annotations

PROGRAMME_TEXTS: dict[str, tuple[str, str]] = {
    "prog.title": ("RECP programme report", "Отчёт о программе РЭЧП"),
    "prog.header": ("RECP programme", "Программа РЭЧП"),
    "prog.scope": ("Assessments counted", "Учтённые оценки"),
    "prog.scope.approved": ("approved assessments only", "только утверждённые оценки"),
    "prog.scope.all": (
        "all assessments, whatever their review",
        "все оценки, независимо от проверки",
    ),
    "prog.countries": ("Countries", "Страны"),
    "prog.currency": ("Reporting currency", "Валюта отчёта"),
    "prog.date": ("Report date", "Дата отчёта"),
    "prog.summary": ("Programme results", "Результаты программы"),
    "prog.sentence": (
        "{count} companies assessed: {options} improvement options identified, {implemented} "
        "of them implemented. Together the options save {money} a year for an investment of "
        "{investment} (simple payback {payback}), {energy} of energy, {water} of water and "
        "{co2} of CO2 a year.",
        "Оценено предприятий: {count}. Выявлено мер: {options}, из них внедрено: {implemented}. "
        "Вместе меры экономят {money} в год при инвестициях {investment} (простой срок "
        "окупаемости {payback}), а также {energy} энергии, {water} воды и {co2} CO2 в год.",
    ),
    "prog.totals": ("Totals", "Итоги"),
    "prog.figure": ("Figure", "Показатель"),
    "prog.value": ("Value", "Значение"),
    "prog.assessments": ("Assessments", "Оценки"),
    "prog.options": ("Options identified", "Выявлено мер"),
    "prog.implemented": ("Options implemented", "Внедрено мер"),
    "prog.investment": ("Investment", "Инвестиции"),
    "prog.money": ("Savings per year", "Экономия в год"),
    "prog.energy": ("Energy saved per year", "Экономия энергии в год"),
    "prog.water": ("Water saved per year", "Экономия воды в год"),
    "prog.materials": ("Materials saved per year", "Экономия материалов в год"),
    "prog.waste": ("Waste avoided per year", "Сокращение отходов в год"),
    "prog.co2": ("CO2 avoided per year", "Сокращение выбросов CO2 в год"),
    "prog.payback": ("Simple payback", "Простой срок окупаемости"),
    "prog.breakdowns": ("Breakdowns", "Разбивки"),
    "prog.by.country": ("By country", "По странам"),
    "prog.by.sector": ("By sector (NACE Rev. 2 division)", "По отраслям (раздел NACE Rev. 2)"),
    "prog.by.technique": ("By CP technique", "По методам БЧП"),
    "prog.by.area": ("By area", "По областям"),
    "prog.by.year": ("By year", "По годам"),
    "prog.col.key": ("Group", "Группа"),
    "prog.col.n": ("Assess.", "Оценки"),
    "prog.col.options": ("Options", "Меры"),
    "prog.col.investment": ("Investment, {currency}", "Инвестиции, {currency}"),
    "prog.col.money": ("Savings, {currency}/yr", "Экономия, {currency}/год"),
    "prog.col.energy": ("MWh/yr", "МВт·ч/год"),
    "prog.col.water": ("m³/yr", "м³/год"),
    "prog.col.co2": ("t CO2/yr", "т CO2/год"),
    "prog.col.waste": ("Waste, t/yr", "Отходы, т/год"),
    "prog.col.payback": ("Payback", "Окупаемость"),
    "prog.total": ("Total", "Итого"),
    "prog.unknown": ("not recorded", "не указано"),
    "prog.chart.technique": (
        "Savings per year by CP technique, {currency}",
        "Экономия в год по методам БЧП, {currency}",
    ),
    "prog.chart.sector": (
        "Savings per year by sector, {currency}",
        "Экономия в год по отраслям, {currency}",
    ),
    "prog.indicators": ("RECP indicators", "Показатели РЭЧП"),
    "prog.indicators.intro": (
        "Per unit of value added, over the assessments that recorded their value added and the "
        "resource; before: the baseline; after: with the options recommended or implemented.",
        "На единицу добавленной стоимости, по оценкам, где указаны добавленная стоимость и "
        "ресурс; до: базовая линия; после: с рекомендованными или внедрёнными мерами.",
    ),
    "prog.ind.indicator": ("Indicator", "Показатель"),
    "prog.ind.unit": ("Unit", "Ед. изм."),
    "prog.ind.before": ("Before", "До"),
    "prog.ind.after": ("After", "После"),
    "prog.ind.change": ("Change", "Изменение"),
    "prog.ind.n": ("Assess.", "Оценки"),
    "prog.chart.indicators": (
        "Indicators after the options, % of before",
        "Показатели после мер, % от исходных",
    ),
    "prog.rates": ("Exchange rates used", "Использованные валютные курсы"),
    "prog.rates.none": (
        "All money was entered in {currency}; no exchange rate was needed.",
        "Все суммы введены в {currency}; валютные курсы не понадобились.",
    ),
    "prog.rates.intro": (
        "Entered by the supervisor; no rate is fetched from anywhere.",
        "Введены руководителем; курсы ниоткуда не загружаются.",
    ),
    "prog.rate.currency": ("Currency", "Валюта"),
    "prog.rate.rate": ("Rate", "Курс"),
    "prog.rate.date": ("Date", "Дата"),
    "prog.rate.source": ("Source", "Источник"),
    "prog.list": ("Assessments counted", "Учтённые оценки"),
    "prog.list.company": ("Company", "Предприятие"),
    "prog.list.country": ("Country", "Страна"),
    "prog.list.nace": ("NACE", "NACE"),
    "prog.list.year": ("Year", "Год"),
    "prog.list.review": ("Review", "Проверка"),
    "prog.list.money": ("Savings/yr", "Экономия/год"),
    "prog.review.draft": ("Draft", "Черновик"),
    "prog.review.submitted": ("Submitted", "Отправлена"),
    "prog.review.approved": ("Approved", "Утверждена"),
    "prog.review.returned": ("Returned", "Возвращена"),
    "prog.method": (
        "Savings are those of the options not rejected; payback is total investment over total "
        "yearly savings. Waste avoided is the tonnes saved by options of the waste area. Money "
        "is converted at the rates listed.",
        "Экономия — по всем мерам, кроме отклонённых; срок окупаемости — суммарные инвестиции, "
        "делённые на суммарную годовую экономию. Сокращение отходов — тонны, сэкономленные "
        "мерами в области отходов. Суммы пересчитаны по указанным курсам.",
    ),
    "prog.none": ("No assessment matches.", "Нет подходящих оценок."),
}

PROGRAMME_AZ: dict[str, str] = {
    "prog.title": "RECP proqramı üzrə hesabat",
    "prog.header": "RECP proqramı",
    "prog.scope": "Nəzərə alınan qiymətləndirmələr",
    "prog.scope.approved": "yalnız təsdiqlənmiş qiymətləndirmələr",
    "prog.scope.all": "yoxlamasından asılı olmayaraq bütün qiymətləndirmələr",
    "prog.countries": "Ölkələr",
    "prog.currency": "Hesabat valyutası",
    "prog.date": "Hesabat tarixi",
    "prog.summary": "Proqramın nəticələri",
    "prog.sentence": (
        "Qiymətləndirilmiş müəssisələr: {count}. Müəyyən edilmiş tədbirlər: {options}, onlardan "
        "tətbiq edilib: {implemented}. Tədbirlər birlikdə {investment} investisiya ilə ildə "
        "{money} qənaət edir (sadə özünüödəmə müddəti {payback}), həmçinin ildə {energy} enerji, "
        "{water} su və {co2} CO2."
    ),
    "prog.totals": "Yekunlar",
    "prog.figure": "Göstərici",
    "prog.value": "Dəyər",
    "prog.assessments": "Qiymətləndirmələr",
    "prog.options": "Müəyyən edilmiş tədbirlər",
    "prog.implemented": "Tətbiq edilmiş tədbirlər",
    "prog.investment": "İnvestisiya",
    "prog.money": "İllik qənaət",
    "prog.energy": "İllik enerji qənaəti",
    "prog.water": "İllik su qənaəti",
    "prog.materials": "İllik material qənaəti",
    "prog.waste": "İllik tullantı azalması",
    "prog.co2": "İllik CO2 azalması",
    "prog.payback": "Sadə özünüödəmə müddəti",
    "prog.breakdowns": "Bölgülər",
    "prog.by.country": "Ölkələr üzrə",
    "prog.by.sector": "Sahələr üzrə (NACE Rev. 2 bölməsi)",
    "prog.by.technique": "TİM üsulları üzrə",
    "prog.by.area": "Sahələr üzrə (enerji, su…)",
    "prog.by.year": "İllər üzrə",
    "prog.col.key": "Qrup",
    "prog.col.n": "Qiym.",
    "prog.col.options": "Tədbirlər",
    "prog.col.investment": "İnvestisiya, {currency}",
    "prog.col.money": "Qənaət, {currency}/il",
    "prog.col.energy": "MVt·saat/il",
    "prog.col.water": "m³/il",
    "prog.col.co2": "t CO2/il",
    "prog.col.waste": "Tullantı, t/il",
    "prog.col.payback": "Özünüödəmə",
    "prog.total": "Cəmi",
    "prog.unknown": "göstərilməyib",
    "prog.chart.technique": "TİM üsulları üzrə illik qənaət, {currency}",
    "prog.chart.sector": "Sahələr üzrə illik qənaət, {currency}",
    "prog.indicators": "RECP göstəriciləri",
    "prog.indicators.intro": (
        "Əlavə dəyər vahidinə, əlavə dəyəri və resursu göstərilmiş qiymətləndirmələr üzrə; "
        "əvvəl: baza xətti; sonra: tövsiyə edilmiş və ya tətbiq edilmiş tədbirlərlə."
    ),
    "prog.ind.indicator": "Göstərici",
    "prog.ind.unit": "Vahid",
    "prog.ind.before": "Əvvəl",
    "prog.ind.after": "Sonra",
    "prog.ind.change": "Dəyişmə",
    "prog.ind.n": "Qiym.",
    "prog.chart.indicators": "Tədbirlərdən sonra göstəricilər, əvvəlkinin %-i",
    "prog.rates": "İstifadə edilmiş valyuta məzənnələri",
    "prog.rates.none": "Bütün məbləğlər {currency} ilə daxil edilib; məzənnə tələb olunmayıb.",
    "prog.rates.intro": "Rəhbər tərəfindən daxil edilib; heç bir məzənnə kənardan yüklənmir.",
    "prog.rate.currency": "Valyuta",
    "prog.rate.rate": "Məzənnə",
    "prog.rate.date": "Tarix",
    "prog.rate.source": "Mənbə",
    "prog.list": "Nəzərə alınan qiymətləndirmələr",
    "prog.list.company": "Müəssisə",
    "prog.list.country": "Ölkə",
    "prog.list.nace": "NACE",
    "prog.list.year": "İl",
    "prog.list.review": "Yoxlama",
    "prog.list.money": "Qənaət/il",
    "prog.review.draft": "Qaralama",
    "prog.review.submitted": "Göndərilib",
    "prog.review.approved": "Təsdiqlənib",
    "prog.review.returned": "Qaytarılıb",
    "prog.method": (
        "Qənaət rədd edilməmiş tədbirlər üzrədir; özünüödəmə müddəti ümumi investisiyanın ümumi "
        "illik qənaətə nisbətidir. Tullantı azalması tullantı sahəsindəki tədbirlərin qənaət "
        "etdiyi tonlardır. Məbləğlər göstərilən məzənnələrlə çevrilib."
    ),
    "prog.none": "Uyğun qiymətləndirmə yoxdur.",
}
