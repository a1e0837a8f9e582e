"""The sentences that explain a symbiosis candidate's score, in English, Russian and Azerbaijani.

:mod:`recp_desktop.domain.symbiosis` records each part of a score as a :class:`Reason` (what
kind of part, its points and its figures); :func:`reason_text` says it in a language. English is
the wording of ``recp symbiosis`` and its JSON; the window shows the interface's language. The
mapping's own words (material, use) come in the language the mapping has them in
(``ReceiverRow.material``/``use``: English and Russian; Azerbaijani falls back to English).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from recp_desktop.domain.ewc import display_code
from recp_desktop.domain.numbers import format_number


@dataclass(frozen=True)
class Reason:
    """One part of a candidate's score: ``key`` (a key of :data:`TEXTS`) and its ``values``
    (``row``: the mapping row, a ``ReceiverRow``, for ``match``; figures in SI units)."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "match": "+{points} match: {material} ({scope} {ewc}) is taken by NACE {nace} for {use}; "
        "{kind}.",
        "wanted": "+40 match: {company} declared it wants {material} ({scope} {code}{up_to}).",
        "up_to": ", up to {tonnes} t/year",
        "quantity_unknown": "+0 quantity: the tonnes per year are not known yet.",
        "quantity": "+{points} quantity: {tonnes} t/year offered.",
        "quantity_capped": "+{points} quantity: {tonnes} t/year offered, up to {wanted} t/year "
        "wanted: counted as {wanted} t/year.",
        "park": "+25 nearness: both in the eco-industrial park '{park}'.",
        "same_region": "+20 nearness: the same region.",
        "distance_unknown": "+0 nearness: the distance is unknown (a region not on the list).",
        "distance": "+{points} nearness: about {km} km between the {between} (20 at 0 km, "
        "0 from 500 km).",
        "sites": "sites",
        "regions": "regions",
        "hazardous": "−15 hazardous: transport and receiver need the permits for hazardous waste.",
        "recovered": "−10 already recovered: goes to another company ({treatment}).",
        "border_hazardous": "−10 across a border ({a} → {b}): hazardous waste may be shipped "
        "only with the prior written consent of the countries of import and transit (Basel "
        "Convention, 1989, Art. 4 and 6).",
        "border": "−10 across a border ({a} → {b}): check both countries' rules for notifying a "
        "shipment of waste; the Basel Convention's (1989) consent procedure, Art. 6, applies to "
        'hazardous waste and the "other wastes" of its Annex II.',
        "documented": "documented: {cited}",
        "general": "general knowledge, not a published exchange: check it locally",
        "scope6": "the code",
        "scope4": "sub-chapter",
        "scope2": "chapter",
    },
    "ru": {
        "match": "+{points} совпадение: {material} ({scope} {ewc}) принимают предприятия NACE "
        "{nace}: {use}; {kind}.",
        "wanted": "+40 совпадение: {company} сообщает, что нуждается в этом: {material} "
        "({scope} {code}{up_to}).",
        "up_to": ", до {tonnes} т/год",
        "quantity_unknown": "+0 количество: тонны в год пока не известны.",
        "quantity": "+{points} количество: предлагается {tonnes} т/год.",
        "quantity_capped": "+{points} количество: предлагается {tonnes} т/год, нужно до "
        "{wanted} т/год: учтено {wanted} т/год.",
        "park": "+25 близость: оба в эко-индустриальном парке «{park}».",
        "same_region": "+20 близость: один и тот же регион.",
        "distance_unknown": "+0 близость: расстояние неизвестно (регион не из списка).",
        "distance": "+{points} близость: около {km} км {between} (20 при 0 км, 0 от 500 км).",
        "sites": "между площадками",
        "regions": "между регионами",
        "hazardous": "−15 опасные отходы: для перевозки и приёма нужны разрешения на обращение "
        "с опасными отходами.",
        "recovered": "−10 уже утилизируются: передаются другому предприятию ({treatment}).",
        "border_hazardous": "−10 через границу ({a} → {b}): опасные отходы можно перевозить "
        "только с предварительного письменного согласия стран импорта и транзита (Базельская "
        "конвенция 1989 г., ст. 4 и 6).",
        "border": "−10 через границу ({a} → {b}): проверьте правила уведомления о перевозке "
        "отходов в обеих странах; процедура согласия Базельской конвенции (1989 г., ст. 6) "
        "распространяется на опасные отходы и «другие отходы» её приложения II.",
        "documented": "задокументировано: {cited}",
        "general": "общие знания, а не опубликованный пример обмена: проверьте на месте",
        "scope6": "код",
        "scope4": "подглава",
        "scope2": "глава",
    },
    "az": {
        "match": "+{points} uyğunluq: {material} ({scope} {ewc}) NACE {nace} müəssisələri "
        "tərəfindən qəbul edilir: {use}; {kind}.",
        "wanted": "+40 uyğunluq: {company} bunu almaq istədiyini bildirib: {material} "
        "({scope} {code}{up_to}).",
        "up_to": ", ildə {tonnes} t-a qədər",
        "quantity_unknown": "+0 miqdar: illik tonlar hələ məlum deyil.",
        "quantity": "+{points} miqdar: ildə {tonnes} t təklif olunur.",
        "quantity_capped": "+{points} miqdar: ildə {tonnes} t təklif olunur, ildə {wanted} t-a "
        "qədər lazımdır: {wanted} t nəzərə alınıb.",
        "park": "+25 yaxınlıq: hər ikisi '{park}' eko-sənaye parkındadır.",
        "same_region": "+20 yaxınlıq: eyni region.",
        "distance_unknown": "+0 yaxınlıq: məsafə məlum deyil (region siyahıda yoxdur).",
        "distance": "+{points} yaxınlıq: {between} təxminən {km} km (0 km-də 20, 500 km-dən 0).",
        "sites": "yerlər arasında",
        "regions": "regionlar arasında",
        "hazardous": "−15 təhlükəli: daşınma və qəbul edən üçün təhlükəli tullantılar üzrə "
        "icazələr lazımdır.",
        "recovered": "−10 artıq emal olunur: başqa müəssisəyə verilir ({treatment}).",
        "border_hazardous": "−10 sərhəddən keçir ({a} → {b}): təhlükəli tullantılar yalnız idxal "
        "və tranzit ölkələrinin əvvəlcədən yazılı razılığı ilə daşına bilər (Bazel Konvensiyası, "
        "1989, maddə 4 və 6).",
        "border": "−10 sərhəddən keçir ({a} → {b}): hər iki ölkənin tullantı daşınması barədə "
        "bildiriş qaydalarını yoxlayın; Bazel Konvensiyasının (1989) razılıq proseduru (maddə 6) "
        "təhlükəli tullantılara və II əlavəsindəki «digər tullantılara» tətbiq olunur.",
        "documented": "sənədləşdirilib: {cited}",
        "general": "ümumi bilik, dərc olunmuş mübadilə deyil: yerində yoxlayın",
        "scope6": "kod",
        "scope4": "yarımfəsil",
        "scope2": "fəsil",
    },
}


def _number(value: float, language: str) -> str:
    # English keeps the wording ``recp symbiosis`` has always printed (4 significant digits).
    return f"{value:.4g}" if language == "en" else format_number(value, language, significant=4)


def reason_text(reason: Reason, language: str = "en") -> str:
    """``reason`` as a sentence in ``language`` (English for a language without texts)."""
    texts = TEXTS.get(language, TEXTS["en"])
    values = dict(reason.values)
    key = reason.key
    if key == "match":
        row = values.pop("row")
        values |= {
            "material": row.material(language),
            "use": row.use(language),
            "scope": texts.get(f"scope{len(row.ewc)}", texts["scope2"]),
            "ewc": display_code(row.ewc),
            "nace": " ".join(row.nace),
            "kind": _kind(row, texts),
        }
    elif key == "wanted":
        tonnes = values.pop("tonnes")
        values["scope"] = texts.get(f"scope{len(values['code'])}", texts["scope2"])
        values["code"] = display_code(values["code"])
        values["up_to"] = (
            "" if tonnes is None else texts["up_to"].format(tonnes=_number(tonnes, language))
        )
    elif key in ("quantity", "quantity_capped"):
        values["tonnes"] = _number(values["tonnes"], language)
        if "wanted" in values:
            values["wanted"] = _number(values["wanted"], language)
    elif key == "border":
        key = "border_hazardous" if values.pop("hazardous") else "border"
        values = {"a": values["from"], "b": values["to"]}
    elif key == "distance":
        values["km"] = f"{values['km']:.0f}" if language == "en" else (
            format_number(round(values["km"]), language))  # fmt: skip
        values["between"] = texts[values["between"]]
    return texts[key].format(**values)


def _kind(row: Any, texts: dict[str, str]) -> str:
    """Documented (naming its published sources) or general knowledge, in ``texts``' words."""
    from recp_desktop.domain.symbiosis import sources

    cited = sources()
    named = [cited[k].short or k for k in row.sources if k in cited and k != "GENERAL"]
    if row.quality == "documented" and named:
        return texts["documented"].format(cited=", ".join(named))
    return texts["general"]


__all__ = ["TEXTS", "Reason", "reason_text"]
