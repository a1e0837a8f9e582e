"""The shipped first-level divisions: counts per country from ISO 3166-2, names, lookups."""

from __future__ import annotations

from recp_desktop.domain.regions import COUNTRIES, region, region_name, regions, regions_of


def test_counts_per_country_match_iso_3166_2() -> None:
    # ISO 3166-2 first-level entries: AM 10 regions + Yerevan; AZ 66 rayons + 11 cities
    # + Nakhchivan AR, less the 8 Nakhchivan rayons (second level); BY 6 oblasts + Minsk;
    # GE 9 regions + 2 autonomous republics + Tbilisi; MD 32 districts + 3 cities + Gagauzia
    # + Transnistria; UA 24 oblasts + Kyiv + Sevastopol + Crimea.
    expected = {"AM": 11, "AZ": 70, "BY": 7, "GE": 12, "MD": 37, "UA": 27}
    assert {c: len(regions_of(c)) for c in COUNTRIES} == expected
    assert len(regions()) == sum(expected.values())
    assert len({r.code for r in regions()}) == len(regions())
    assert all(r.code.startswith(r.country + "-") and r.name_en for r in regions())


def test_names_and_lookups() -> None:
    tbilisi = region("ge-tb")
    assert tbilisi is not None and tbilisi.name("ru") == "Тбилиси" and tbilisi.kind == "City"
    assert region_name("BY-HO", "ru") == "Гомельская область"
    assert region_name("BY-BR", "ru") == "Bresckaja voblasć"  # no Russian in the source
    assert region_name("Kakheti region", "ru") == "Kakheti region"  # free text stays
    assert region("FR-75") is None and regions_of("FR") == ()


def test_two_divisions_of_one_name_show_their_kind() -> None:
    """Azerbaijan's ISO 3166-2 lists the cities Şəki, Lənkəran, Yevlax (Municipality) and the
    rayons around them under the same names; the catalogue's one Russian name belongs to one of
    each pair only ("Шекинский район" is the rayon's, "Ленкорань" the city's)."""
    assert (region_name("AZ-SA"), region_name("AZ-SAK")) == ("Şəki (city)", "Şəki (rayon)")
    assert (region_name("AZ-SA", "az"), region_name("AZ-SAK", "az")) == (
        "Şəki (şəhər)",
        "Şəki (rayon)",
    )
    # Russian: the one without a translation is shown in English, with its kind (the re-check
    # saw "Шекинский район" beside a bare "Şəki" and took them for one place)
    assert (region_name("AZ-SA", "ru"), region_name("AZ-SAK", "ru")) == (
        "Şəki (город)",
        "Шекинский район",
    )
    assert (region_name("AZ-LA", "ru"), region_name("AZ-LAN", "ru")) == (
        "Ленкорань",
        "Lənkəran (район)",
    )
    assert region_name("GE-KA") == "K'akheti"  # a unique name gets no kind


def test_typed_names_find_one_region_or_none() -> None:
    from recp_desktop.domain.regions import find_region, regions_named

    def found(text: str, country: str) -> str | None:
        entry = find_region(text, country)
        return entry.code if entry else None

    # ISO names, Russian names, labels; case, accents and apostrophes folded
    assert found("kakheti", "GE") == "GE-KA" and found("Şəki (city)", "AZ") == "AZ-SA"
    # Natural Earth's names in use (aliases.csv): exonyms and Cyrillic names
    assert found("Brest", "BY") == "BY-BR" and found("Витебск", "BY") == "BY-VI"
    assert found("Mogilev", "BY") == "BY-MA" and found("Лори", "AM") == "AM-LO"
    assert found("Nikolayev", "UA") == "UA-48" and found("Chisinau", "MD") == "MD-CU"
    assert found("Baku", "AZ") == "AZ-BA"  # the start of "Baku City"
    # two divisions of one name: the text alone does not say which
    assert found("Şəki", "AZ") is None and found("Yevlakh", "AZ") is None
    assert {r.code for r in regions_named("Şəki", "AZ")} == {"AZ-SA", "AZ-SAK"}
    # a region's own name wins over another's alias; short text finds no alias by its start
    assert found("Минск", "BY") == "BY-HM" and found("Bak", "AZ") is None
    assert found("Brest", "UA") is None  # another country's region
    # a capital's name Natural Earth gives the oblast names the city too: asked, not guessed
    assert found("Minsk", "BY") is None and found("Kiev", "UA") is None
    assert found("Kyiv", "UA") == "UA-30" and found("Киев", "UA") == "UA-30"


def test_every_alias_names_a_shipped_region() -> None:
    import csv

    from recp_desktop.paths import resource_path

    with resource_path("regions", "aliases.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    codes = {r.code for r in regions()}
    assert rows and all(row["code"] in codes and row["alias"].strip() for row in rows)
    assert len({(row["code"], row["alias"]) for row in rows}) == len(rows)
