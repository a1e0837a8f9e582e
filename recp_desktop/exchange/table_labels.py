"""Words of the Excel/CSV tables in English, Russian and Azerbaijani: column headers, sheet
titles and the vocabulary stored as codes (kinds, statuses, CP techniques, areas, answers).

The vocabulary reads as in the PDF report and the interface (``report/texts.py``,
``recp_{ru,az}.ts``); ``tests/core/test_exchange_tables_text.py`` checks that the three agree.
A code without a translation is shown as stored, so a newer package never breaks an export.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "az")

# key: (English, Russian, Azerbaijani)
COLUMNS: dict[str, tuple[str, str, str]] = {
    "company_id": ("Company ID", "ID предприятия", "Müəssisənin ID-si"),
    "company": ("Company", "Предприятие", "Müəssisə"),
    "country": ("Country (ISO code)", "Страна (код ISO)", "Ölkə (ISO kodu)"),
    "region": ("Region", "Регион", "Region"),
    "region_name": ("Region name", "Название региона", "Regionun adı"),
    "latitude": ("Latitude (°)", "Широта (°)", "En dairəsi (°)"),
    "longitude": ("Longitude (°)", "Долгота (°)", "Uzunluq dairəsi (°)"),
    "city": ("City", "Город", "Şəhər"),
    "nace": ("NACE code", "Код NACE", "NACE kodu"),
    "employees": ("Employees (persons)", "Работники (чел.)", "İşçilər (nəfər)"),
    "products": ("Products", "Продукция", "Məhsullar"),
    "eco_park": ("Eco-industrial park", "Эко-индустриальный парк", "Eko-sənaye parkı"),
    "assessment_id": ("Assessment ID", "ID оценки", "Qiymətləndirmənin ID-si"),
    "kind": ("Kind", "Вид", "Növ"),
    "kind_code": ("Kind (code)", "Вид (код)", "Növ (kod)"),
    "title": ("Title", "Название", "Ad"),
    "start_date": ("Start date", "Дата начала", "Başlama tarixi"),
    "end_date": ("End date", "Дата окончания", "Bitmə tarixi"),
    "team": ("Team", "Группа", "Komanda"),
    "currency_iso": ("Currency (ISO code)", "Валюта (код ISO)", "Valyuta (ISO kodu)"),
    "status": ("Status", "Статус", "Status"),
    "status_code": ("Status (code)", "Статус (код)", "Status (kod)"),
    "record_id": ("Record ID", "ID записи", "Qeydin ID-si"),
    "line_key": ("Line key", "Код строки", "Sətrin kodu"),
    "line": ("Line", "Строка", "Sətir"),
    "quantity": (
        "Annual quantity (as entered)",
        "Годовое количество (как введено)",
        "İllik miqdar (daxil edildiyi kimi)",
    ),
    "unit": ("Unit (as entered)", "Единица (как введена)", "Vahid (daxil edildiyi kimi)"),
    "quantity_canonical": (
        "Annual quantity (in canonical unit)",
        "Годовое количество (в базовой единице)",
        "İllik miqdar (əsas vahiddə)",
    ),
    "canonical_unit": ("Canonical unit", "Базовая единица", "Əsas vahid"),
    "cost": (
        "Annual cost (in the currency)",
        "Годовые затраты (в валюте)",
        "İllik xərc (valyutada)",
    ),
    "currency": ("Currency", "Валюта", "Valyuta"),
    "area": ("Area", "Область", "Sahə"),
    "area_code": ("Area (code)", "Область (код)", "Sahə (kod)"),
    "question_id": ("Question ID", "ID вопроса", "Sualın ID-si"),
    "question": ("Question", "Вопрос", "Sual"),
    "template": ("Template", "Шаблон", "Şablon"),
    "template_version": ("Template version", "Версия шаблона", "Şablonun versiyası"),
    "answer": ("Answer", "Ответ", "Cavab"),
    "answer_code": ("Answer (code)", "Ответ (код)", "Cavab (kod)"),
    "number": ("Number (as entered)", "Число (как введено)", "Ədəd (daxil edildiyi kimi)"),
    "number_canonical": (
        "Number (in the question's unit)",
        "Число (в единице вопроса)",
        "Ədəd (sualın vahidində)",
    ),
    "question_unit": ("Question's unit", "Единица вопроса", "Sualın vahidi"),
    "opportunity": ("Opportunity", "Возможность улучшения", "Təkmilləşdirmə imkanı"),
    "note": ("Note", "Примечание", "Qeyd"),
    "technique": ("CP technique", "Метод ЧП", "TI metodu"),
    "technique_code": ("CP technique (code)", "Метод ЧП (код)", "TI metodu (kod)"),
    "calculator": ("Calculator", "Калькулятор", "Kalkulyator"),
    "investment": (
        "Investment (in the currency)",
        "Инвестиции (в валюте)",
        "İnvestisiya (valyutada)",
    ),
    "saving_money": (
        "Annual saving (in the currency per year)",
        "Годовая экономия (в валюте в год)",
        "İllik qənaət (ildə valyutada)",
    ),
    "payback": ("Payback (years)", "Окупаемость (лет)", "Geri ödəmə müddəti (il)"),
    "saving_energy": (
        "Energy saving (kWh/year)",
        "Экономия энергии (кВт·ч/год)",
        "Enerji qənaəti (kVt·saat/il)",
    ),
    "saving_water": (
        "Water saving (m³/year)",
        "Экономия воды (м³/год)",
        "Su qənaəti (m³/il)",
    ),
    "saving_materials": (
        "Materials saving (t/year)",
        "Экономия материалов (т/год)",
        "Material qənaəti (t/il)",
    ),
    "saving_co2": (
        "CO₂ avoided (t/year)",
        "Предотвращённые выбросы CO₂ (т/год)",
        "Qarşısı alınan CO₂ (t/il)",
    ),
    "file_name": ("File name", "Имя файла", "Faylın adı"),
    "caption": ("Caption", "Подпись", "İzahat"),
    "media_type": ("Media type", "Тип файла", "Faylın növü"),
    "size": ("Size (bytes)", "Размер (байт)", "Ölçü (bayt)"),
    "width": ("Width (px)", "Ширина (пикс.)", "En (piksel)"),
    "height": ("Height (px)", "Высота (пикс.)", "Hündürlük (piksel)"),
    "sha256": ("SHA-256", "SHA-256", "SHA-256"),
    "ewc_code": ("EWC code", "Код EWC", "EWC kodu"),
    "hazardous": ("Hazardous", "Опасные", "Təhlükəli"),
    "ewc_description": (
        "Description (List of Waste, English)",
        "Описание (Перечень отходов, англ.)",
        "Təsvir (Tullantılar siyahısı, ingiliscə)",
    ),
    "waste_name": ("Name at the plant", "Название на предприятии", "Müəssisədəki adı"),
    "density": ("Density (kg/m³)", "Плотность (кг/м³)", "Sıxlıq (kq/m³)"),
    "piece_mass": ("Mass per piece (kg)", "Масса одной штуки (кг)", "Bir ədədin kütləsi (kq)"),
    "frequency": ("Per", "За период", "Dövr"),
    "frequency_code": ("Per (code)", "За период (код)", "Dövr (kod)"),
    "tonnes_per_year": ("Tonnes per year (t/year)", "Тонн в год (т/год)", "İldə ton (t/il)"),
    "treatment": (
        "Treatment (R/D code, 2008/98/EC)",
        "Обращение (код R/D, 2008/98/EC)",
        "Emal (R/D kodu, 2008/98/EC)",
    ),
    "destination": ("Destination", "Куда передаются", "Təyinat"),
    "destination_code": ("Destination (code)", "Куда передаются (код)", "Təyinat (kod)"),
    "annual_cost": ("Cost per year", "Затраты в год", "İllik xərc"),
    "wanted_ewc": (
        "EWC code, sub-chapter or chapter",
        "Код, подглава или глава EWC",
        "EWC kodu, yarımfəsli və ya fəsli",
    ),
    "wanted_heading": (
        "Description (List of Waste, English)",
        "Описание (Перечень отходов, англ.)",
        "Təsvir (Tullantılar siyahısı, ingiliscə)",
    ),
    "material": ("Material wanted", "Нужный материал", "İstənilən material"),
    "revision": ("Revision", "Ревизия", "Redaksiya"),
    "edited": ("Last edited (UTC)", "Последнее изменение (UTC)", "Son dəyişiklik (UTC)"),
}

SHEETS: dict[str, tuple[str, str, str]] = {
    "companies": ("Companies", "Предприятия", "Müəssisələr"),
    "assessments": ("Assessments", "Оценки", "Qiymətləndirmələr"),
    "baseline": ("Baseline", "Базовая линия", "Baza göstəriciləri"),
    "answers": ("Answers", "Ответы", "Cavablar"),
    "options": ("Options", "Меры", "Tədbirlər"),
    "photos": ("Photos", "Фото", "Fotolar"),
    "waste": ("Waste streams", "Потоки отходов", "Tullantı axınları"),
    "wanted": ("Wanted inputs", "Нужное сырьё", "İstənilən xammal"),
}

# (vocabulary, code): (English, Russian, Azerbaijani), as in report/texts.py
VOCABULARY: dict[tuple[str, str], tuple[str, str, str]] = {
    ("kind", "full"): (
        "Full RECP assessment",
        "Полная оценка РЭЧП",
        "Tam RECP qiymətləndirməsi",
    ),
    ("kind", "club"): (
        "RECP Club self-audit",
        "Самоаудит клуба РЭЧП",
        "RECP Klubu üzrə özünüaudit",
    ),
    ("status", "planned"): ("Planned", "Запланирована", "Planlaşdırılıb"),
    ("status", "in_progress"): ("In progress", "В работе", "Davam edir"),
    ("status", "completed"): ("Completed", "Завершена", "Tamamlanıb"),
    ("frequency", "yearly"): ("year", "год", "il"),
    ("frequency", "quarterly"): ("quarter", "квартал", "rüb"),
    ("frequency", "monthly"): ("month", "месяц", "ay"),
    ("frequency", "weekly"): ("week", "неделя", "həftə"),
    ("frequency", "one_off"): ("once", "однократно", "birdəfəlik"),
    ("destination", "on_site"): ("On site", "На площадке", "Müəssisədə"),
    ("destination", "licensed_contractor"): (
        "Licensed contractor",
        "Лицензированный подрядчик",
        "Lisenziyalı podratçı",
    ),
    ("destination", "municipal_landfill"): (
        "Municipal landfill",
        "Городской полигон",
        "Bələdiyyə poliqonu",
    ),
    ("destination", "municipal_collection"): (
        "Municipal collection",
        "Городской вывоз",
        "Bələdiyyə yığımı",
    ),
    ("destination", "other_company"): ("Another company", "Другое предприятие", "Başqa müəssisə"),
    ("destination", "export"): ("Export", "Вывоз за рубеж", "İxrac"),
    ("destination", "other"): ("Other", "Другое", "Digər"),
    ("option", "identified"): ("Identified", "Выявлена", "Müəyyən edilib"),
    ("option", "recommended"): ("Recommended", "Рекомендована", "Tövsiyə edilib"),
    ("option", "implemented"): ("Implemented", "Внедрена", "Tətbiq edilib"),
    ("option", "rejected"): ("Rejected", "Отклонена", "Rədd edilib"),
    ("area", "energy"): ("Energy", "Энергия", "Enerji"),
    ("area", "water"): ("Water", "Вода", "Su"),
    ("area", "materials"): ("Materials", "Материалы", "Materiallar"),
    ("area", "waste"): ("Waste", "Отходы", "Tullantılar"),
    ("area", "management"): ("Park management", "Управление парком", "Park idarəetməsi"),
    ("area", "environmental"): ("Environmental", "Окружающая среда", "Ətraf mühit"),
    ("area", "social"): ("Social", "Социальная сфера", "Sosial sahə"),
    ("area", "economic"): ("Economic", "Экономика", "İqtisadiyyat"),
    ("answer", "yes"): ("Yes", "Да", "Bəli"),
    ("answer", "no"): ("No", "Нет", "Xeyr"),
    ("answer", "na"): ("Not applicable", "Неприменимо", "Aid deyil"),
    ("technique", "good_housekeeping"): (
        "Good housekeeping",
        "Рациональное ведение хозяйства",
        "Yaxşı təsərrüfat təcrübəsi",
    ),
    ("technique", "input_material_change"): (
        "Input material change",
        "Замена исходных материалов",
        "Xammalın dəyişdirilməsi",
    ),
    ("technique", "better_process_control"): (
        "Better process control",
        "Улучшение управления процессом",
        "Prosesə nəzarətin yaxşılaşdırılması",
    ),
    ("technique", "equipment_modification"): (
        "Equipment modification",
        "Модификация оборудования",
        "Avadanlığın modifikasiyası",
    ),
    ("technique", "technology_change"): (
        "Technology change",
        "Смена технологии",
        "Texnologiyanın dəyişdirilməsi",
    ),
    ("technique", "onsite_recovery_reuse"): (
        "On-site recovery and reuse",
        "Рекуперация и повторное использование на месте",
        "Yerində bərpa və təkrar istifadə",
    ),
    ("technique", "useful_by_products"): (
        "Production of useful by-products",
        "Производство полезной побочной продукции",
        "Faydalı əlavə məhsulların istehsalı",
    ),
    ("technique", "product_modification"): (
        "Product modification",
        "Модификация продукции",
        "Məhsulun modifikasiyası",
    ),
}


def _pick(words: tuple[str, str, str], language: str) -> str:
    return words[LANGUAGES.index(language)] if language in LANGUAGES else words[0]


def column_label(key: str, language: str) -> str:
    """The header of column ``key`` in ``language`` (``en``, ``ru``, ``az``; else English)."""
    return _pick(COLUMNS[key], language)


def sheet_title(name: str, language: str) -> str:
    """The workbook sheet title of record type ``name`` (at most 31 characters, as Excel asks)."""
    return _pick(SHEETS[name], language)


def term(vocabulary: str, code: str | None, language: str) -> str:
    """``code`` of ``vocabulary`` (kind, status, option, area, answer, technique) in words;
    a code with no translation comes back as stored, ``None`` as an empty text."""
    if code is None:
        return ""
    words = VOCABULARY.get((vocabulary, code))
    return _pick(words, language) if words else code
