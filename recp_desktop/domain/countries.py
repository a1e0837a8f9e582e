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
