"""nearest_km must give exactly what km gives, and distance_band what nearest_km gives against the
thresholds place scores compare it with."""
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


def _band_of(nearest: float) -> int:
    return 0 if nearest < 100 else 1 if nearest < 300 else 2


def test_distance_band_is_nearest_km_against_100_and_300_km():
    from frontwire.gazetteer.lookup import distance_band

    # A grid over the Donbas and beyond (nearest points from 0 to thousands of km, many near 100 and
    # 300 km), the antimeridian and a pole, against the points in either order.
    questions = [(46.0 + i * 0.1, 34.0 + j * 0.15) for i in range(60) for j in range(50)]
    questions += [(65.0, -179.9), (-89.5, 120.0), (0.0, 0.0), (48.2833, 37.1833)]
    bands = set()
    for points in (POINTS, POINTS[::-1], POINTS[2:3]):
        for lat, lon in questions:
            band = distance_band(lat, lon, points)
            assert band == _band_of(nearest_km(lat, lon, points)), (lat, lon, points)
            bands.add(band)
    assert bands == {0, 1, 2}


def test_distance_band_at_the_thresholds_to_the_last_bit():
    from frontwire.gazetteer.lookup import distance_band

    # Points due north of (48.0, 37.0) whose distance straddles 100 and 300 km by a hair.
    for threshold in (100.0, 300.0):
        lat = 48.0 + threshold / 6371.0 * 180 / 3.141592653589793
        for step in range(-3, 4):
            north = lat + step * 1e-13
            far, near = (north, 37.0), (48.0 + 30.0, 37.0)
            assert distance_band(48.0, 37.0, (near, far)) == _band_of(nearest_km(48.0, 37.0, (near, far)))


def test_an_articles_distances_answer_what_distance_band_answers_when_asked_again():
    from frontwire.gazetteer.lookup import Distances, distance_band

    distances = Distances()
    fewer = POINTS[:2]
    for _ in range(2):  # the second round is answered from what the first measured
        for lat, lon in [(48.0, 37.8), (65.0, -179.9), (48.2833, 37.1833), (47.0, 33.0)]:
            assert distances.band(lat, lon, POINTS) == distance_band(lat, lon, POINTS)
            assert distances.band(lat, lon, fewer) == distance_band(lat, lon, fewer)
