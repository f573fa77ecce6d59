"""nearest_km must give exactly what km gives: place scores compare it with thresholds."""
from frontwire.gazetteer.store import km, nearest_km

# (lat, lon) of towns in an article on the Donbas, one near the antimeridian, one at a pole.
POINTS = ((48.2833, 37.1833), (48.5167, 37.95), (50.0, 36.25), (64.7333, 177.5167), (-90.0, 0.0))


def test_nearest_km_is_the_smallest_km_to_the_last_bit():
    for lat, lon in [(48.0, 37.8), (65.0, -179.9), (-89.5, 120.0), (48.2833, 37.1833), (0.0, 0.0)]:
        assert nearest_km(lat, lon, POINTS) == min(km(lat, lon, a, b) for a, b in POINTS)


def test_nearest_km_of_a_point_in_the_set_is_zero():
    assert nearest_km(50.0, 36.25, POINTS) == 0.0


def test_nearest_km_picks_the_near_town_not_the_first():
    # Kramatorsk to Sloviansk is about 12 km; Kharkiv, listed first here, is about 160 km away.
    assert 10 < nearest_km(48.7389, 37.5844, ((50.0, 36.25), (48.8667, 37.6167))) < 16


def test_an_articles_distances_answer_what_nearest_km_answers_when_asked_again():
    from frontwire.gazetteer.lookup import Distances

    distances = Distances()
    fewer = POINTS[:2]
    for _ in range(2):  # the second round is answered from what the first measured
        for lat, lon in [(48.0, 37.8), (65.0, -179.9), (48.2833, 37.1833)]:
            assert distances.nearest_km(lat, lon, POINTS) == nearest_km(lat, lon, POINTS)
            assert distances.nearest_km(lat, lon, fewer) == nearest_km(lat, lon, fewer)
