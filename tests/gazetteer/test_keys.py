from frontwire.gazetteer import name_key, variant_keys
from frontwire.gazetteer.keys import usable_alternate


def test_romanisations_share_a_key():
    groups = [
        ["Dobropillia", "Dobropillya", "Добропілля"],
        ["Kostiantynivka", "Kostyantynivka"],
        ["Zaporizhzhia", "Zaporizhzhya", "Zaporizhia"],
        ["Zaporozhye", "Zaporozh'e", "Запорожье"],
        ["Kupiansk", "Kupyansk"],
        ["Kurakhove", "Kurakhovo"],
        ["Vovchansk", "Vovčansk", "Vovchans'k"],
        ["Pokrovsk", "Pokrowsk"],
        ["Yu", "Ju", "Iu"],  # a romanised syllable of two letters, not initials
    ]
    for group in groups:
        assert len({name_key(n) for n in group}) == 1, group


def test_different_names_keep_different_keys():
    assert name_key("Pokrovsk") != name_key("Pokrovske")
    assert name_key("Donetsk") != name_key("Luhansk")
    assert name_key("N.J.") != name_key("N.Y.") and name_key("NJ") != name_key("NY")
    assert name_key("E.U.") != name_key("Ye-u")  # initials, and a Burmese town


def test_variant_keys_bridge_russian_and_ukrainian_vowels():
    assert name_key("Dobropillia") in variant_keys(name_key("Dobropolye"))
    assert name_key("Kharkiv") in variant_keys(name_key("Kharkov"))
    assert variant_keys("kiv") == []  # too short to guess at


def test_alternate_filter_drops_codes_and_other_scripts():
    assert usable_alternate("Dobropol'ye")
    assert usable_alternate("Доброполье")
    assert not usable_alternate("IEV")
    assert not usable_alternate("doburopiria")
    assert not usable_alternate("扎波罗热")
