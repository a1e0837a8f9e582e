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
