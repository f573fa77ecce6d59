from frontwire.gazetteer.build import other_spellings
from frontwire.gazetteer.keys import name_key
from frontwire.gazetteer.store import add_names, connect


def test_a_towns_other_spellings_are_kept_only_where_another_place_bears_them_as_its_own_name(tmp_path):
    conn = connect(tmp_path / "index.sqlite")
    towns = {1: ("Odesa", ["Odessa", "Odesa City"]), 2: ("Odessa", []), 3: ("Samara", ["Samarra", "Kuybyshev"]),
             4: ("Kuibyshev", []), 5: ("Sāmarrā’", [])}
    conn.executemany("INSERT INTO place VALUES (?, ?, 'city', NULL, NULL, NULL, 0, 0, 0, NULL)",
                     [(pid, name) for pid, (name, _) in towns.items()])
    add_names(conn, [(name_key(name), pid, 2) for pid, (name, _) in towns.items()])
    spellings = set(other_spellings(conn, {pid: alternates for pid, (_, alternates) in towns.items()}))
    # "Odesa City" is no other place's own name, and Kuibyshev's own name is not at Samara's key.
    assert spellings == {(1, "odessa"), (3, "samarra")}
