"""Report texts of the waste-streams section and its vocabulary (frequency, destination),
merged into :mod:`recp_desktop.report.texts`: key → (English, Russian) and key → Azerbaijani."""

from __future__ import annotations

WASTE_TEXTS: dict[str, tuple[str, str]] = {
    "waste": ("Waste streams", "Потоки отходов"),
    "waste.intro": (
        "Waste as coded in the European List of Waste (Decision 2000/532/EC as amended); "
        "entries marked * are hazardous. Treatment codes are the recovery (R) and disposal (D) "
        "operations of the Waste Framework Directive 2008/98/EC.",
        "Отходы по кодам Европейского перечня отходов (Решение 2000/532/EC с изменениями); "
        "записи со знаком * — опасные. Коды обращения — операции утилизации (R) и удаления (D) "
        "по Рамочной директиве об отходах 2008/98/EC.",
    ),
    "waste.code": ("EWC code", "Код ЕКО"),
    "waste.description": ("Waste", "Отходы"),
    "waste.tonnes": ("t/yr", "т/год"),
    "waste.treatment": ("Treatment", "Обращение"),
    "waste.destination": ("Destination", "Куда передаются"),
    "waste.cost": ("Cost, {currency}/yr", "Затраты, {currency}/год"),
    "waste.total": ("Total", "Итого"),
    "waste.hazardous_total": ("of which hazardous", "в том числе опасные"),
    "waste.no_tonnes": (
        "no density yet: not counted in tonnes",
        "нет плотности: не учтено в тоннах",
    ),
    "frequency.yearly": ("year", "год"),
    "frequency.quarterly": ("quarter", "квартал"),
    "frequency.monthly": ("month", "месяц"),
    "frequency.weekly": ("week", "неделя"),
    "frequency.one_off": ("once", "однократно"),
    "destination.on_site": ("On site", "На площадке"),
    "destination.licensed_contractor": ("Licensed contractor", "Лицензированный подрядчик"),
    "destination.municipal_landfill": ("Municipal landfill", "Городской полигон"),
    "destination.municipal_collection": ("Municipal collection", "Городской вывоз"),
    "destination.other_company": ("Another company", "Другое предприятие"),
    "destination.export": ("Export", "Вывоз за рубеж"),
    "destination.other": ("Other", "Другое"),
}

WASTE_AZ: dict[str, str] = {
    "waste": "Tullantı axınları",
    "waste.intro": (
        "Tullantılar Avropa Tullantılar Siyahısının kodları ilə (2000/532/EC Qərarı, "
        "dəyişikliklərlə); * ilə işarələnənlər təhlükəlidir. Emal kodları Tullantılar üzrə "
        "Çərçivə Direktivinin (2008/98/EC) bərpa (R) və kənarlaşdırma (D) əməliyyatlarıdır."
    ),
    "waste.code": "EWC kodu",
    "waste.description": "Tullantı",
    "waste.tonnes": "t/il",
    "waste.treatment": "Emal",
    "waste.destination": "Təyinat",
    "waste.cost": "Xərc, {currency}/il",
    "waste.total": "Cəmi",
    "waste.hazardous_total": "o cümlədən təhlükəli",
    "waste.no_tonnes": "sıxlıq yoxdur: tonla hesablanmayıb",
    "frequency.yearly": "il",
    "frequency.quarterly": "rüb",
    "frequency.monthly": "ay",
    "frequency.weekly": "həftə",
    "frequency.one_off": "birdəfəlik",
    "destination.on_site": "Müəssisədə",
    "destination.licensed_contractor": "Lisenziyalı podratçı",
    "destination.municipal_landfill": "Bələdiyyə poliqonu",
    "destination.municipal_collection": "Bələdiyyə yığımı",
    "destination.other_company": "Başqa müəssisə",
    "destination.export": "İxrac",
    "destination.other": "Digər",
}
