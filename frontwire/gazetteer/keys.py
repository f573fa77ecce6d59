"""Normalised lookup keys for place names.

East-Slavic place names reach English news in several romanisations (Ukrainian national,
BGN/PCGN, Library of Congress, German and Polish spellings, the old Russian form).  The
key folds the differences that are purely orthographic so that every spelling of one name
lands on one key; the differences that are real (Russian vs Ukrainian vowels, as in
Dobropolye / Dobropillia) are left to the alternate names GeoNames records, and to
`variant_keys`, which is tried only when the plain key finds nothing.  Initials and postal codes as
written ("N.J.", "NY") are letters, not sounds, and are not folded.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Latin letters with a caron stand for a digraph in Slavic romanisations; unidecode would
# drop the caron (č -> c), which makes "Vovčansk" miss "Vovchansk".
_CARONS = str.maketrans({"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "ć": "ch", "ś": "sh", "ź": "zh"})
_APOSTROPHES = re.compile(r"['’‘`ʹʼ′\"]")
# A word as written, with the full stop that may follow it: an initial is one letter and a stop ("N.J."), or
# one or two capitals ("NJ"); "Yu" and "ya" are romanised syllables.
_WRITTEN_WORD = re.compile(r"([A-Za-z0-9]+)(\.?)")
_DOUBLE = re.compile(r"([a-z])\1+")

# Applied in order to each word.  Why each one:
_WORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"shch"), "sh"),  # Ukr. щ: shch / sch / szcz
    (re.compile(r"szcz|sch"), "sh"),
    (re.compile(r"tsch|tch|cz"), "ch"),  # German / French / Polish ч
    (re.compile(r"kh"), "h"),  # х: kh / h / ch (the last too ambiguous to fold)
    (re.compile(r"zhzh|zzh|zsz"), "zh"),  # жж: Zaporizhzhia / Zaporizhia
    (re.compile(r"w"), "v"),  # German and Polish в
    (re.compile(r"[yj]"), "i"),  # й, ы, і, я=ya/ja/ia, ю=yu/ju/iu
    (re.compile(r"tz|zs"), "ts"),  # German ц
    (re.compile(r"ou"), "u"),  # French у
    (re.compile(r"(?<=[a-z]{2})ie$"), "e"),  # final -ye / -'e of Russian neuters: Zaporozhye / Zaporozh'e (not "Ye")
    (re.compile(r"skoe$"), "ske"),  # Russian -skoye vs Ukrainian -ske
    (re.compile(r"(?<=[a-z])ovo$"), "ove"),  # Russian -ovo vs Ukrainian -ove (Kurakhovo)
    (re.compile(r"(?<=[a-z]{3})[oe]vka$"), "ivka"),  # Russian -ovka/-evka vs Ukrainian -ivka
)


def _plain(text: str) -> str:
    """ASCII, no apostrophes, the case as written (initials are told by it): the common ground of
    every romanisation."""
    return _APOSTROPHES.sub("", unidecode(text.translate(_CARONS)))


@lru_cache(maxsize=200_000)  # every lookup of a name compares all its candidates' names again
def letters(name: str) -> str:
    """A name's spelling, without case, accents, apostrophes or spaces: "Sāmarrā’" is "samarra"."""
    return _NOT_LETTERS.sub("", _plain(name).lower())


_NOT_LETTERS = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=100_000)  # names recur across mentions, articles and candidate pairs
def name_key(text: str) -> str:
    """The lookup key of a place name ("" when there is nothing to look up)."""
    out = []
    for m in _WRITTEN_WORD.finditer(_plain(text)):
        word = m.group(1).lower()
        if (len(word) == 1 and m.group(2)) or (len(word) <= 2 and m.group(1).isupper()):
            # Initials and postal codes are letters, not romanised sounds: "N.J." is not "N.Y.", "NJ" not "NY".
            out.append(word)
            continue
        for pattern, repl in _WORD_RULES[:9]:
            word = pattern.sub(repl, word)
        word = _DOUBLE.sub(r"\1", word)  # ll/l, zhzh/zh, iia/ia (after y -> i)
        for pattern, repl in _WORD_RULES[9:]:
            word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)


_VOWEL_SWAPS = (("i", "o"), ("o", "i"), ("i", "e"), ("e", "i"))
_ENDING_SWAPS = (("ia", "e"), ("e", "ia"), ("e", "o"), ("o", "e"), ("ivka", "ovka"))


def variant_keys(key: str, limit: int = 80) -> list[str]:
    """Keys one Russian/Ukrainian ending change and one vowel change away from `key`.

    Ukrainian has i where Russian keeps o or e in a closed syllable (Dobropillia /
    Dobropolye, Kharkiv / Kharkov, Mykolaiv / Nikolayev); endings differ too.  Only used
    when the plain key finds nothing, and matches found this way rank below exact ones.
    """
    if " " in key or len(key) < 5:
        return []
    stems = [key] + [name_key(key[: -len(old)] + new) for old, new in _ENDING_SWAPS if key.endswith(old)]
    out: list[str] = list(stems[1:])
    for stem in stems:
        for i, ch in enumerate(stem[1:-1], start=1):
            for old, new in _VOWEL_SWAPS:
                if ch == old:
                    out.append(stem[:i] + new + stem[i + 1 :])
    seen: set[str] = {key}
    result = []
    for v in out:
        if v not in seen:
            seen.add(v)
            result.append(v)
    return result[:limit]


_ABBREVIATED = re.compile(r"^\w-\w{1,3}$")


def usable_alternate(name: str) -> bool:
    """Whether an alternate name from GeoNames is worth a key.

    GeoNames alternates include airport codes (IEV), lower-case romanisations of Chinese,
    Japanese, Korean and Arabic names (doburopiria) and names in other scripts; none of
    them is how an English article spells a place, and all of them add false matches.
    """
    if len(name) < 2 or not any(c.isupper() for c in name):
        return False
    if len(name) <= 4 and name.isupper():
        return False
    if _ABBREVIATED.match(name):
        return False  # "W-wa" for Warszawa: a postal abbreviation, which "W.Va." would match
    return all(ord(c) < 0x530 or not c.isalpha() for c in name)
