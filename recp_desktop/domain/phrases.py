"""Russian and Azerbaijani for the calculators' error messages and assumptions.

The calculators, the unit parser and the emission-factor lookups speak English, and their
assumptions are stored in English with each option (database, exchange packages). This catalog
holds every English message they can produce as a template with named ``{fields}``, and its
translations; :func:`translate` recognises an English message at display time and renders it in
the interface's or the report's language with the same field values. Field values that are
themselves catalog phrases (an input's description, an emission factor's source) are translated
too; numbers and units stay as they are. A text the catalog does not know comes back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

__all__ = ["CATALOG", "LANGUAGES", "Phrase", "fields_of", "translate"]

LANGUAGES = ("ru", "az")
_FIELD = re.compile(r"\{(\w+)\}")
_MAX_DEPTH = 4


@dataclass(frozen=True)
class Phrase:
    """One English message template and its Russian and Azerbaijani renderings."""

    en: str
    ru: str
    az: str

    def text(self, language: str) -> str:
        return {"ru": self.ru, "az": self.az}.get(language, self.en)


P = Phrase

# The same dimension names as base._dimension_words, each in its own template so that Russian
# can put the word in the case the sentence needs.
_DIMENSIONS = (
    ("a length", "длиной", "uzunluq"),
    ("a pressure", "давлением", "təzyiq"),
    ("a temperature", "температурой", "temperatur"),
    ("a duration", "длительностью", "müddət"),
    ("a volume", "объёмом", "həcm"),
    ("a flow rate", "расходом", "sərf"),
    ("a power", "мощностью", "güc"),
    ("an energy", "энергией", "enerji"),
    ("a speed", "скоростью", "sürət"),
    ("a mass", "массой", "kütlə"),
    ("a current", "силой тока", "cərəyan şiddəti"),
    ("a plain number", "безразмерным числом", "ölçüsüz ədəd"),
)

CATALOG: tuple[Phrase, ...] = (
    # --- units.py -----------------------------------------------------------------------------
    P(
        "unknown unit '{typed}'",
        "неизвестная единица измерения «{typed}»",
        "naməlum ölçü vahidi «{typed}»",
    ),
    P("'{typed}' is not a number", "«{typed}» — не число", "«{typed}» ədəd deyil"),
    P(
        "'{typed}' is not a number with a unit",
        "«{typed}» — не число с единицей измерения",
        "«{typed}» ölçü vahidi olan ədəd deyil",
    ),
    P(
        "cannot convert {source} to {target}: different dimensions",
        "нельзя перевести {source} в {target}: разные размерности",
        "{source} vahidini {target} vahidinə çevirmək olmur: fiziki kəmiyyətlər fərqlidir",
    ),
    # --- calculators/base.py: parsing inputs --------------------------------------------------
    P(
        "'{typed}' mixes currencies {codes}",
        "в «{typed}» смешаны валюты {codes}",
        "«{typed}» müxtəlif valyutaları qarışdırır: {codes}",
    ),
    P(
        "'{typed}' is not a price in a currency per {per}",
        "«{typed}» — не цена в валюте за {per}",
        "«{typed}» valyutada {per} başına qiymət deyil",
    ),
    P(
        "'{typed}' is not a price in a currency per USD",
        "«{typed}» — не денежная сумма",
        "«{typed}» pul məbləği deyil",
    ),
    P(
        "must not be negative",
        "значение не может быть отрицательным",
        "mənfi ola bilməz",
    ),
    *(
        P(
            f"'{{typed}}' is not {en} (e.g. {{unit}})",
            f"«{{typed}}» не является {ru} (например, {{unit}})",
            f"«{{typed}}» {az} deyil (məsələn, {{unit}})",
        )
        for en, ru, az in _DIMENSIONS
    ),
    P(
        "'{typed}' is not a plain number (e.g. dimensionless)",
        "«{typed}»: нужно число без единицы измерения",
        "«{typed}»: ölçü vahidi olmayan ədəd lazımdır",
    ),
    P(
        "'{typed}' is not of dimension {dimension} (e.g. {unit})",
        "«{typed}» не имеет размерности {dimension} (например, {unit})",
        "«{typed}» {dimension} ölçülü kəmiyyət deyil (məsələn, {unit})",
    ),
    P(
        "'{typed}' is not a finite number",
        "«{typed}» — не конечное число",
        "«{typed}» sonlu ədəd deyil",
    ),
    P(
        "must be above {minimum} {unit}",
        "значение должно быть больше {minimum} {unit}",
        "{minimum} {unit} qiymətindən böyük olmalıdır",
    ),
    P(
        "must be above {minimum}",
        "значение должно быть больше {minimum}",
        "{minimum} qiymətindən böyük olmalıdır",
    ),
    P(
        "must be at least {minimum} {unit}",
        "значение должно быть не менее {minimum} {unit}",
        "ən azı {minimum} {unit} olmalıdır",
    ),
    P(
        "must be at least {minimum}",
        "значение должно быть не менее {minimum}",
        "ən azı {minimum} olmalıdır",
    ),
    P(
        "must be at most {maximum} {unit}",
        "значение должно быть не более {maximum} {unit}",
        "ən çoxu {maximum} {unit} olmalıdır",
    ),
    P(
        "must be at most {maximum}",
        "значение должно быть не более {maximum}",
        "ən çoxu {maximum} olmalıdır",
    ),
    P(
        "'{typed}' would be read as {typed} %; type {percent} for {percent} %, "
        "or '{typed} %' if you mean a fraction of a percent",
        "«{typed}» будет прочитано как {typed} %; введите {percent}, если имеется в виду "
        "{percent} %, или «{typed} %», если нужна доля процента",
        "«{typed}» yazısı {typed} % kimi oxunacaq; {percent} % nəzərdə tutulursa, {percent} "
        "yazın; faizin hissəsi nəzərdə tutulursa, «{typed} %» yazın",
    ),
    P(
        "'{typed}' is not a whole number",
        "«{typed}» — не целое число",
        "«{typed}» tam ədəd deyil",
    ),
    P(
        "unknown input; this calculator takes {names}",
        "неизвестный параметр; этот калькулятор принимает: {names}",
        "naməlum parametr; bu kalkulyator bunları qəbul edir: {names}",
    ),
    P(
        "is required ({description})",
        "обязательный параметр ({description})",
        "mütləq göstərilməlidir ({description})",
    ),
    P(
        "'{choice}' is not one of {choices}",
        "значения «{choice}» нет среди допустимых: {choices}",
        "«{choice}» icazə verilən qiymətlərdən deyil: {choices}",
    ),
    P("is required", "обязательный параметр", "mütləq göstərilməlidir"),
    # --- calculators/__init__.py ----------------------------------------------------------------
    P(
        "unknown calculator '{name}'; known: {names}",
        "неизвестный калькулятор «{name}»; известные: {names}",
        "naməlum kalkulyator «{name}»; mövcud olanlar: {names}",
    ),
    P(
        "the inputs lead to a division by zero ({detail})",
        "исходные данные приводят к делению на ноль ({detail})",
        "ilkin məlumatlar sıfıra bölməyə gətirib çıxarır ({detail})",
    ),
    # --- the calculators' own checks ------------------------------------------------------------
    P(
        "is required for the bag method",
        "обязательный параметр для метода мешка",
        "torba üsulu üçün mütləq göstərilməlidir",
    ),
    P(
        "give bag_volume, or bag_diameter and bag_height",
        "укажите объём мешка или диаметр и высоту мешка",
        "torbanın həcmini və ya torbanın diametrini və hündürlüyünü göstərin",
    ),
    P("unknown method '{method}'", "неизвестный метод «{method}»", "naməlum üsul «{method}»"),
    P(
        "must be lower than rated_pressure",
        "значение должно быть ниже текущего давления",
        "hazırkı təzyiqdən aşağı olmalıdır",
    ),
    P(
        "must be in {code}, like the investment",
        "укажите в {code}, как и инвестиции",
        "investisiya kimi {code} ilə göstərin",
    ),
    P(
        "is required with the other measurement",
        "обязательный параметр, если задано второе измерение",
        "digər ölçmə verildikdə mütləq göstərilməlidir",
    ),
    P(
        "give power, or voltage and current",
        "укажите мощность или напряжение и ток",
        "gücü və ya gərginliyi və cərəyanı göstərin",
    ),
    P(
        "give new_lamp_power and/or new_hours",
        "укажите мощность новой лампы и/или новое число часов в год",
        "yeni lampanın gücünü və/və ya ildə yeni iş saatını göstərin",
    ),
    P(
        "the change would use more energy, not less",
        "после изменения энергии расходовалось бы больше, а не меньше",
        "dəyişiklikdən sonra enerji sərfi azalmır, artır",
    ),
    P(
        "must be above the ambient temperature for a heat loss",
        "для теплопотерь должна быть выше температуры окружающей среды",
        "istilik itkisi üçün ətraf mühitin temperaturundan yüksək olmalıdır",
    ),
    P(
        "is required for the drip method",
        "обязательный параметр для метода подсчёта капель",
        "damcıların sayılması üsulu üçün mütləq göstərilməlidir",
    ),
    P(
        "give flow, or volume and time",
        "укажите расход или собранный объём и время сбора",
        "sərfi və ya toplanmış həcmi və toplanma vaxtını göstərin",
    ),
    P(
        "water and wastewater prices differ in currency: {codes}",
        "цены воды и отведения сточных вод в разных валютах: {codes}",
        "suyun və tullantı sularının axıdılması qiymətləri fərqli valyutalardadır: {codes}",
    ),
    P(
        "the prices give a cost in '{units}', not money",
        "из цен получается стоимость в «{units}», а не в деньгах",
        "qiymətlərdən pul deyil, «{units}» ilə dəyər alınır",
    ),
    # --- emissions.py ---------------------------------------------------------------------------
    P(
        "no grid emission factor for country '{country}'; known: {known} (or give emission_factor)",
        "нет коэффициента выбросов сети для страны «{country}»; известны: {known} "
        "(или укажите коэффициент выбросов CO2)",
        "«{country}» ölkəsi üçün şəbəkənin emissiya əmsalı yoxdur; mövcud olanlar: {known} "
        "(və ya CO2 emissiya əmsalını göstərin)",
    ),
    P(
        "unknown fuel '{fuel}'; known: {known}",
        "неизвестное топливо «{fuel}»; известные: {known}",
        "naməlum yanacaq «{fuel}»; mövcud olanlar: {known}",
    ),
    P(
        "no calorific value for fuel '{fuel}'",
        "нет теплоты сгорания для топлива «{fuel}»",
        "«{fuel}» yanacağı üçün yanma istiliyi yoxdur",
    ),
    P(
        "'{fuel}' is not bought by volume; give it per t or per GJ",
        "топливо «{fuel}» не покупают по объёму; укажите цену за т или за ГДж",
        "«{fuel}» həcmlə alınmır; qiyməti t və ya GC başına göstərin",
    ),
    P(
        "'{units}' is not per unit of energy, mass or volume of fuel",
        "«{units}» — не на единицу энергии, массы или объёма топлива",
        "«{units}» yanacağın enerji, kütlə və ya həcm vahidinə düşən kəmiyyət deyil",
    ),
    # --- input descriptions (in "is required (...)") ------------------------------------------
    P(
        "average electrical power of the compressor(s) when loaded",
        "средняя электрическая мощность компрессора(ов) под нагрузкой",
        "kompressor(lar)ın yük altında orta elektrik gücü",
    ),
    P(
        "present discharge pressure (gauge)",
        "текущее давление нагнетания (избыточное)",
        "hazırkı vurma təzyiqi (izafi)",
    ),
    P(
        "discharge pressure after the change (gauge)",
        "давление нагнетания после изменения (избыточное)",
        "dəyişiklikdən sonra vurma təzyiqi (izafi)",
    ),
    P("one-off investment", "единовременные инвестиции", "birdəfəlik investisiya"),
    P("net saving per year", "чистая экономия в год", "illik xalis qənaət"),
    P(
        "idle hours per year that switching off removes",
        "часы холостой работы в год, которые устраняет отключение",
        "söndürmə ilə aradan qaldırılan illik boş işləmə saatları",
    ),
    P("number of light fixtures", "число светильников", "işıqlandırıcıların sayı"),
    P(
        "rated power of one present lamp",
        "номинальная мощность одной существующей лампы",
        "mövcud bir lampanın nominal gücü",
    ),
    P(
        "hours per year the lamps are on now",
        "часы работы ламп в год сейчас",
        "lampaların hazırda ildə yandığı saatlar",
    ),
    P(
        "outside diameter of the bare pipe",
        "наружный диаметр неизолированной трубы",
        "izolyasiyasız borunun xarici diametri",
    ),
    P("length of bare pipe", "длина неизолированной трубы", "izolyasiyasız borunun uzunluğu"),
    P(
        "temperature of the bare pipe surface (≈ the fluid's)",
        "температура поверхности неизолированной трубы (≈ температуре среды в ней)",
        "izolyasiyasız borunun səthinin temperaturu (≈ içindəki mühitin temperaturu)",
    ),
    P("leak hole diameter", "диаметр отверстия утечки", "sızma dəliyinin diametri"),
    P("steam gauge pressure", "избыточное давление пара", "buxarın izafi təzyiqi"),
    # --- assumptions: compressed air ----------------------------------------------------------
    P(
        "orifice method, {regime} flow, discharge coefficient {coefficient}, "
        "air at {temperature} °C, atmosphere {pressure} kPa",
        "метод отверстия, {regime} режим истечения, коэффициент расхода {coefficient}, "
        "воздух при {temperature} °C, атмосферное давление {pressure} кПа",
        "dəlik üsulu, {regime} axın rejimi, sərf əmsalı {coefficient}, "
        "havanın temperaturu {temperature} °C, atmosfer təzyiqi {pressure} kPa",
    ),
    P(
        "bag taken as a cylinder of the given diameter and height",
        "мешок принят за цилиндр заданного диаметра и высоты",
        "torba verilmiş diametr və hündürlükdə silindr kimi qəbul edilib",
    ),
    P(
        "bag method: the bag fills at atmospheric pressure (free air)",
        "метод мешка: мешок заполняется при атмосферном давлении (свободный воздух)",
        "torba üsulu: torba atmosfer təzyiqində dolur (sərbəst hava)",
    ),
    P(
        "leak flow as estimated by the auditor",
        "расход утечки по оценке аудитора",
        "sızmanın sərfi auditorun təxminidir",
    ),
    P(
        "specific power {power} kW per m³/min ({power_100} kW per 100 cfm, typical "
        "{compressor} compressor, CAGI/DOE)",
        "удельная мощность {power} кВт на м³/мин ({power_100} кВт на 100 cfm, типовой "
        "{compressor} компрессор, CAGI/DOE)",
        "xüsusi güc {power} kVt / (m³/dəq) ({power_100} kVt / 100 cfm, tipik "
        "{compressor} kompressor, CAGI/DOE)",
    ),
    P(
        "{count} leak(s), {hours} h per year",
        "число утечек: {count}, {hours} ч в год",
        "sızmaların sayı: {count}, ildə {hours} saat",
    ),
    # --- assumptions: money and CO2 (savings.py) ----------------------------------------------
    P(
        "electricity price {price}",
        "цена электроэнергии {price}",
        "elektrik enerjisinin qiyməti {price}",
    ),
    P("electricity {price}", "электроэнергия: {price}", "elektrik enerjisi: {price}"),
    P("fuel price {price}", "цена топлива {price}", "yanacağın qiyməti {price}"),
    P("steam price {price}", "цена пара {price}", "buxarın qiyməti {price}"),
    P("price {price}", "цена {price}", "qiymət {price}"),
    P(
        "no electricity_price given: no cost computed",
        "цена электроэнергии не указана: стоимость не рассчитана",
        "elektrik enerjisinin qiyməti göstərilməyib: dəyər hesablanmayıb",
    ),
    P("CO2 factor {factor}", "коэффициент CO2: {factor}", "CO2 əmsalı: {factor}"),
    P(
        "no country or emission_factor given: no CO2 computed",
        "не указаны ни страна, ни коэффициент выбросов: CO2 не рассчитан",
        "nə ölkə, nə də emissiya əmsalı göstərilməyib: CO2 hesablanmayıb",
    ),
    P(
        "fuel {fuel}, boiler efficiency {efficiency}",
        "топливо: {fuel}, КПД котла {efficiency}",
        "yanacaq: {fuel}, qazanın səmərəliliyi {efficiency}",
    ),
    P(
        "no fuel_price given: no cost computed",
        "цена топлива не указана: стоимость не рассчитана",
        "yanacağın qiyməti göstərilməyib: dəyər hesablanmayıb",
    ),
    P(
        "CO2 of {fuel} is biogenic: {co2}, not counted ({factor})",
        "CO2 топлива ({fuel}) биогенный: {co2}, не учитывается ({factor})",
        "yanacağın ({fuel}) CO2 emissiyası biogendir: {co2}, nəzərə alınmır ({factor})",
    ),
    P("{value} (given)", "{value} (задан пользователем)", "{value} (istifadəçi verib)"),
    P(
        "{value} (IFI Default Grid Factors {version}, combined margin for energy-efficiency "
        "measures, {country}, {year})",
        "{value} (IFI Default Grid Factors {version}, комбинированная маржа для мер по "
        "энергоэффективности, {country}, {year})",
        "{value} (IFI Default Grid Factors {version}, enerji səmərəliliyi tədbirləri üçün "
        "kombinə edilmiş marja, {country}, {year})",
    ),
    P(
        "{value} (2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2, "
        "Table 1.4 (NCV basis), {fuel}, {year})",
        "{value} (Руководящие принципы национальных инвентаризаций парниковых газов МГЭИК "
        "2006 г., т. 2, табл. 1.4 (по низшей теплоте сгорания), {fuel}, {year})",
        "{value} (2006 IPCC Milli İstixana Qazları İnventarları üzrə Təlimatlar, 2-ci cild, "
        "cədvəl 1.4 (aşağı yanma istiliyi əsasında), {fuel}, {year})",
    ),
    P(
        "{value} (2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2, "
        "Table 1.4 (NCV basis), {fuel} (biogenic, not in the fossil total), {year})",
        "{value} (Руководящие принципы национальных инвентаризаций парниковых газов МГЭИК "
        "2006 г., т. 2, табл. 1.4 (по низшей теплоте сгорания), {fuel} (биогенный, не входит "
        "в итог ископаемого CO2), {year})",
        "{value} (2006 IPCC Milli İstixana Qazları İnventarları üzrə Təlimatlar, 2-ci cild, "
        "cədvəl 1.4 (aşağı yanma istiliyi əsasında), {fuel} (biogen, fosil CO2 cəminə daxil "
        "deyil), {year})",
    ),
    # --- assumptions: compressor pressure -------------------------------------------------------
    P(
        "adiabatic compression work (k = 1.4): {drop} bar lower saves {share} of the "
        "compressor's power",
        "работа адиабатного сжатия (k = 1.4): снижение давления на {drop} бар экономит "
        "{share} мощности компрессора",
        "adiabatik sıxılma işi (k = 1.4): təzyiqin {drop} bar azaldılması kompressorun "
        "gücünün {share} qədərinə qənaət edir",
    ),
    P(
        "{hours} loaded hours per year",
        "{hours} ч работы под нагрузкой в год",
        "ildə yük altında {hours} saat iş",
    ),
    # --- assumptions: economics -----------------------------------------------------------------
    P(
        "{years} years, discount rate {rate}, constant savings at each year's end",
        "срок, лет: {years}; ставка дисконтирования {rate}; постоянная экономия в конце "
        "каждого года",
        "{years} il, diskont dərəcəsi {rate}, hər ilin sonunda sabit qənaət",
    ),
    P(
        "no internal rate of return in −99 % … 10 000 %",
        "внутренняя норма доходности не найдена в диапазоне −99 % … 10 000 %",
        "daxili gəlirlilik norması −99 % … 10 000 % aralığında tapılmadı",
    ),
    P(
        "no investment: payback is immediate and IRR undefined",
        "инвестиций нет: окупаемость немедленная, ВНД не определена",
        "investisiya yoxdur: özünüödəmə dərhaldır, daxili gəlirlilik norması müəyyən deyil",
    ),
    # --- assumptions: electric load -------------------------------------------------------------
    P(
        "power = {formula}, {phases} phase(s), power factor {power_factor}",
        "мощность = {formula}, число фаз: {phases}, коэффициент мощности {power_factor}",
        "güc = {formula}, faza sayı: {phases}, güc əmsalı {power_factor}",
    ),
    P(
        "power = rated power × load factor {load_factor}",
        "мощность = номинальная мощность × коэффициент загрузки {load_factor}",
        "güc = nominal güc × yüklənmə əmsalı {load_factor}",
    ),
    P(
        "{hours} idle hours per year",
        "{hours} ч холостой работы в год",
        "ildə {hours} saat boş işləmə",
    ),
    # --- assumptions: lighting ------------------------------------------------------------------
    P(
        "{lamps} lamps; ballast factor {before} before, {after} after",
        "число ламп: {lamps}; коэффициент ПРА {before} до, {after} после",
        "lampaların sayı: {lamps}; balast əmsalı əvvəl {before}, sonra {after}",
    ),
    P(
        "{before} h per year before, {after} h after",
        "{before} ч в год до, {after} ч после",
        "əvvəl ildə {before} saat, sonra {after} saat",
    ),
    # --- assumptions: pipe insulation -----------------------------------------------------------
    P(
        "natural convection (Churchill & Chu), still air, radiation with emissivity {bare} "
        "bare and {jacket} jacketed",
        "естественная конвекция (Churchill & Chu), неподвижный воздух, излучение со степенью "
        "черноты {bare} без изоляции и {jacket} по покровному слою",
        "təbii konveksiya (Churchill & Chu), sakit hava, şüalanma: şüalanma qabiliyyəti "
        "izolyasiyasız {bare}, örtüklə {jacket}",
    ),
    P(
        "natural convection (Churchill & Chu) with forced convection (Churchill & Bernstein), "
        "radiation with emissivity {bare} bare and {jacket} jacketed",
        "естественная конвекция (Churchill & Chu) с вынужденной конвекцией "
        "(Churchill & Bernstein), излучение со степенью черноты {bare} без изоляции и "
        "{jacket} по покровному слою",
        "təbii konveksiya (Churchill & Chu) və məcburi konveksiya (Churchill & Bernstein), "
        "şüalanma: şüalanma qabiliyyəti izolyasiyasız {bare}, örtüklə {jacket}",
    ),
    P(
        "insulation {thickness} mm, k = {conductivity} W/(m·K); {hours} h per year",
        "изоляция {thickness} мм, k = {conductivity} Вт/(м·К); {hours} ч в год",
        "izolyasiya {thickness} mm, k = {conductivity} Vt/(m·K); ildə {hours} saat",
    ),
    # --- assumptions: steam leak ----------------------------------------------------------------
    P(
        "Napier's formula (choked flow of saturated steam)",
        "формула Нейпира (критическое истечение насыщенного пара)",
        "Nepir düsturu (doymuş buxarın kritik axını)",
    ),
    P(
        "{count} leak(s) discharging to atmosphere",
        "число утечек: {count}, выход в атмосферу",
        "sızmaların sayı: {count}, atmosferə boşalır",
    ),
    P(
        "{count} leak(s) discharging to closed return (half the flow)",
        "число утечек: {count}, выход в закрытый возврат конденсата (половина расхода)",
        "sızmaların sayı: {count}, qapalı kondensat qaytarılmasına boşalır (sərfin yarısı)",
    ),
    P(
        "make-up water at {temperature} °C; {hours} h per year",
        "подпиточная вода при {temperature} °C; {hours} ч в год",
        "əlavə suyun temperaturu {temperature} °C; ildə {hours} saat",
    ),
    P(
        "below about {pressure} bar gauge the flow is not choked: Napier's formula overstates "
        "the loss somewhat",
        "при избыточном давлении ниже примерно {pressure} бар истечение докритическое: "
        "формула Нейпира несколько завышает потери",
        "təxminən {pressure} bar izafi təzyiqdən aşağı axın kritik deyil: Nepir düsturu "
        "itkini bir qədər şişirdir",
    ),
    # --- assumptions: water leak ----------------------------------------------------------------
    P(
        "drip volume {volume} mL (USGS)",
        "объём капли {volume} мл (USGS)",
        "damcının həcmi {volume} ml (USGS)",
    ),
    P("measured flow", "измеренный расход", "ölçülmüş sərf"),
    P(
        "flow = volume collected / time",
        "расход = собранный объём / время",
        "sərf = toplanmış həcm / vaxt",
    ),
    P(
        "cost = volume × (water price + wastewater price)",
        "стоимость = объём × (цена воды + цена отведения сточных вод)",
        "dəyər = həcm × (suyun qiyməti + tullantı sularının axıdılması qiyməti)",
    ),
    P(
        "no water_price given: no cost computed",
        "цена воды не указана: стоимость не рассчитана",
        "suyun qiyməti göstərilməyib: dəyər hesablanmayıb",
    ),
)

# Identifiers that fill a field (a fuel, a compressor type, a flow regime), named as the
# interface names them; only looked up in the fields named here.
_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "regime": {
        "choked": ("критический", "kritik"),
        "subsonic": ("докритический", "subkritik"),
    },
    "compressor": {
        "reciprocating": ("поршневой", "porşenli"),
        "lubricant injected screw": ("маслозаполненный винтовой", "yağ vurulan vintli"),
        "lubricant free screw": ("безмасляный винтовой", "yağsız vintli"),
        "centrifugal": ("центробежный", "mərkəzdənqaçma"),
    },
    "fuel": {
        "natural_gas": ("природный газ", "təbii qaz"),
        "gas_diesel_oil": ("дизельное топливо / газойль", "dizel yanacağı / qazoyl"),
        "residual_fuel_oil": ("мазут", "mazut"),
        "liquefied_petroleum_gas": ("СУГ (сжиженный газ)", "maye qaz (LPG)"),
        "motor_gasoline": ("бензин", "benzin"),
        "other_kerosene": ("керосин", "kerosin"),
        "anthracite": ("антрацит", "antrasit"),
        "other_bituminous_coal": ("каменный уголь", "daş kömür"),
        "sub_bituminous_coal": ("полубитуминозный уголь", "yarımbitumlu kömür"),
        "lignite": ("бурый уголь", "qonur kömür"),
        "peat": ("торф", "torf"),
        "coke_oven_coke": ("кокс", "koks"),
        "petroleum_coke": ("нефтяной кокс", "neft koksu"),
        "coke_oven_gas": ("коксовый газ", "koks qazı"),
        "blast_furnace_gas": ("доменный газ", "domna qazı"),
        "wood": ("древесина", "odun"),
    },
}
# Fields that hold what the user typed or a list of identifiers: shown exactly as they are.
_VERBATIM = frozenset({"typed", "choice", "choices", "name", "names", "method", "units", "codes"})
_OR = {"ru": " или ", "az": " və ya "}


def _unit(value: str, language: str) -> str:
    """A declared unit as a reader writes it: ``percent`` -> ``%``, ``m**3`` -> ``m³``."""
    from recp_desktop.domain.units import unit_label

    return "" if value == "dimensionless" else unit_label(value)


def _per(value: str, language: str) -> str:
    return _OR[language].join(_unit(part, language) for part in value.split(" or "))


# What a field may hold where "anything" would let a sub-phrase swallow a whole message: an
# emission factor's value is one number and one unit ("384 g/kWh").
_FIELD_PATTERNS = {"value": r"\S+ \S+"}

_FORMATTERS: dict[str, Callable[[str, str], str]] = {"unit": _unit, "per": _per}


def fields_of(template: str) -> list[str]:
    """The field names of ``template`` in order of appearance (repeats included)."""
    return _FIELD.findall(template)


def _pattern(template: str) -> re.Pattern[str]:
    parts, seen, position = [], set(), 0
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[position : match.start()]))
        name = match.group(1)
        field = _FIELD_PATTERNS.get(name, ".+?")
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{field})")
        seen.add(name)
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


@cache
def _compiled() -> tuple[tuple[Phrase, re.Pattern[str]], ...]:
    """The catalog, most specific first: the most literal text, then the fewest fields."""

    def specificity(phrase: Phrase) -> tuple[int, int]:
        literal = _FIELD.sub("", phrase.en)
        return (-len(literal), len(fields_of(phrase.en)))

    ordered = sorted(CATALOG, key=specificity)
    return tuple((phrase, _pattern(phrase.en)) for phrase in ordered)


def translate(text: str, language: str) -> str:
    """``text`` in ``language`` if it is a known English message; otherwise ``text`` itself."""
    if language not in LANGUAGES or not text:
        return text
    return _translate(text, language, 0)


def _translate(text: str, language: str, depth: int) -> str:
    for phrase, pattern in _compiled():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        template = phrase.text(language)
        values = {}
        for name, value in match.groupdict().items():
            rendered = _field(name, value, language, depth)
            if not rendered:  # "must be at most 1 dimensionless": no unit to show
                template = template.replace(f" {{{name}}}", f"{{{name}}}")
            values[name] = rendered
        return template.format(**values)
    return text


def _field(name: str, value: str, language: str, depth: int) -> str:
    words = _WORDS.get(name, {})
    if value in words:
        return words[value][LANGUAGES.index(language)]
    if name in _FORMATTERS:
        return _FORMATTERS[name](value, language)
    if name in _VERBATIM or depth >= _MAX_DEPTH:
        return value
    return _translate(value, language, depth + 1)
