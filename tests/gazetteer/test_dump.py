import pytest

from frontwire.errors import BadDocument, FrontwireError
from frontwire.gazetteer import Gazetteer, km, load_dump

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "geonames"


def test_geonames_dump_adds_villages(index_copy):
    assert Gazetteer(index_copy).lookup("Robotyne") is None  # not in the bundled data
    assert load_dump(FIXTURES / "UA.txt", index_copy) == 3  # the stream row is skipped
    gaz = Gazetteer(index_copy)
    robotyne = gaz.lookup("Robotyne")
    assert robotyne.geonameid == 9901001 and robotyne.country == "UA"
    assert km(47.4447, 35.8378, robotyne.lat, robotyne.lon) < 1
    assert gaz.lookup("Rabotino").id == robotyne.id  # alternate names column
    assert gaz.lookup("Роботине").id == robotyne.id
    assert gaz.lookup("Vovcha") is None or gaz.lookup("Vovcha").id != 9901003


def test_dump_admin1_replaces_the_computed_one(index_copy):
    load_dump(FIXTURES / "UA.txt", index_copy)
    oblast = Gazetteer(index_copy).lookup("Donetsk region")
    assert oblast.geonameid == 709716 and (oblast.lat, oblast.lon) == (48.0, 37.5)
    assert oblast.population > 1_000_000


def test_admin1_codes_and_alternate_names(index_copy):
    load_dump(FIXTURES / "UA.txt", index_copy)
    assert load_dump(FIXTURES / "admin1CodesASCII.txt", index_copy) == 2
    assert load_dump(FIXTURES / "alternateNamesV2.txt", index_copy) == 3  # link and unknown id skipped
    gaz = Gazetteer(index_copy)
    assert gaz.lookup("Synkivskyi Khutir").geonameid == 9901002
    kharkiv = gaz.lookup("Kharkiv Oblast")
    assert kharkiv.geonameid == 706482 and kharkiv.name == "Kharkiv Oblast"
    assert gaz.lookup("Synkivka").admin1 == "Kharkiv Oblast"


def test_zipped_dump(index_copy, tmp_path):
    import zipfile

    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "UA.txt", "UA.txt")
        zf.writestr("readme.txt", "not data")
    assert load_dump(archive, index_copy) == 3


@pytest.mark.parametrize("content, problem", [
    ("name,lat,lon\nRobotyne,47.4,35.8\n", "not a GeoNames dump"),
    ("", "empty file"),
    ("1\tA\tA\t\tnorth\t35.8\tP\tPPL\tUA\t\t26\t\t\t\t0\t\t0\tEurope/Kyiv\t2024-01-01\n", "latitude"),
    ("1\tA\tA\t\t47.4\t35.8\tP\tPPL\tUA\t\t26\t\t\t\t0\t\t0\tEurope/Kyiv\t2024-01-01\n2\tB\n", "line 2"),
])
def test_bad_files_are_one_line_errors(index_copy, tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_text(content)
    with pytest.raises(BadDocument) as err:
        load_dump(bad, index_copy)
    assert problem in str(err.value) and "\n" not in str(err.value)


def test_missing_file(index_copy, tmp_path):
    with pytest.raises(FrontwireError, match="no such file"):
        load_dump(tmp_path / "nope.txt", index_copy)


def test_a_dump_town_keeps_its_other_spelling_that_a_namesake_bears(index_copy, tmp_path):
    # "Zarya" lists "Zaria", the own name of Zaria, Nigeria, at the same key: written "Zaria", the dump's town
    # is spelled so by GeoNames too, not a mere fold-alike (build.other_spellings, for the bundled towns).
    dump = tmp_path / "RU.txt"
    dump.write_text("9902001\tZarya\tZarya\tZaria,Заря\t55.0\t38.0\tP\tPPL\tRU\t\t47\t\t\t\t12000\t\t150\tEurope/Moscow\t"
                    "2024-03-01\n")
    load_dump(dump, index_copy)
    zarya = [m for m in Gazetteer(index_copy).candidates("Zaria") if m.place.id == 9902001]
    assert zarya and zarya[0].quality == 2  # 0 for a fold-alike
