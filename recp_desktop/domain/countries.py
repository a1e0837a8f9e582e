"""Countries the RECP programme works in, with their ISO codes and currencies."""

from __future__ import annotations

# ISO 3166-1 alpha-2 -> English short name. The EaP countries first, then neighbours and others.
COUNTRIES: dict[str, str] = {
    "AM": "Armenia",
    "AZ": "Azerbaijan",
    "BY": "Belarus",
    "GE": "Georgia",
    "MD": "Moldova",
    "UA": "Ukraine",
    "KZ": "Kazakhstan",
    "KG": "Kyrgyzstan",
    "TJ": "Tajikistan",
    "TM": "Turkmenistan",
    "UZ": "Uzbekistan",
    "RU": "Russia",
    "TR": "Türkiye",
    "RO": "Romania",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
}

# The same names in Russian and Azerbaijani (as CLDR writes them), for the interface and reports.
NAMES_RU: dict[str, str] = {
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

NAMES_AZ: dict[str, str] = {
    "AM": "Ermənistan",
    "AZ": "Azərbaycan",
    "BY": "Belarus",
    "GE": "Gürcüstan",
    "MD": "Moldova",
    "UA": "Ukrayna",
    "KZ": "Qazaxıstan",
    "KG": "Qırğızıstan",
    "TJ": "Tacikistan",
    "TM": "Türkmənistan",
    "UZ": "Özbəkistan",
    "RU": "Rusiya",
    "TR": "Türkiyə",
    "RO": "Rumıniya",
    "DE": "Almaniya",
    "AT": "Avstriya",
    "CH": "İsveçrə",
}
_NAMES = {"en": COUNTRIES, "ru": NAMES_RU, "az": NAMES_AZ}


def country_name(code: str, language: str = "en") -> str:
    """The country's short name in ``language`` (English if it has none); the code if unknown."""
    return _NAMES.get(language, COUNTRIES).get(code) or COUNTRIES.get(code, code)


CURRENCY_OF: dict[str, str] = {
    "AM": "AMD",
    "AZ": "AZN",
    "BY": "BYN",
    "GE": "GEL",
    "MD": "MDL",
    "UA": "UAH",
    "KZ": "KZT",
    "KG": "KGS",
    "TJ": "TJS",
    "TM": "TMT",
    "UZ": "UZS",
    "RU": "RUB",
    "TR": "TRY",
    "RO": "RON",
    "DE": "EUR",
    "AT": "EUR",
    "CH": "CHF",
}


def default_currency(country: str) -> str:
    """The national currency of ``country``, or EUR."""
    return CURRENCY_OF.get(country, "EUR")
