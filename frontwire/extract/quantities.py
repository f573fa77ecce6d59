"""Read casualty, capture, displacement and advance-distance figures from one sentence.

Rules worth knowing:
- A number only counts when it is tied to a casualty word by grammar: "<verb> <number>"
  ("killing at least 12", "wounded 12 others", "captured 40 soldiers") or "<number>
  [up to four words] [were/have been] <outcome>" ("12 people were killed", "five dead",
  "14 injured"), or "death toll ... <number>". Populations ("home to around 30,000
  people"), distances and prices never sit in those slots; ages ("a 73-year-old"),
  years and money are also rejected outright.
- A singular victim ("a 73-year-old man was killed", "killing a child") counts as 1.
- Vague amounts ("dozens", "hundreds", "scores", "several") give None: a guess such as
  24 for "dozens" would look like a reported figure downstream. "a dozen" is 12.
- Several figures for one category in a sentence: the largest wins. Figures in a
  sentence usually overlap ("the toll rose to 25 after three more died"), so summing
  would double count; the largest is the running total in the common case.
- Distances are only taken as an advance when an advance verb precedes them ("advanced",
  "pushed", "moved", ...) or "deep" follows; "30 km from the border" is a position, not
  an advance, and so is anything followed by from/of/away/outside. The first figure wins,
  so a bracketed conversion ("10 kilometers (six miles)") is ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from frontwire import vocab


@dataclass(frozen=True)
class Quantities:
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    missing: int | None = None
    displaced: int | None = None
    distance_km: float | None = None


# ---------------------------------------------------------------- numbers

_UNITS = vocab.numbers(0, 19)
_TENS = vocab.numbers(20, 90)
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_VAGUE = ("dozens", "hundreds", "thousands", "scores", "several", "many", "numerous",
          "tens of thousands", "hundreds of thousands", "a number", "a few", "few")

_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)) + r")"
# Bare "a"/"an" is not a number here (singular victims have their own patterns);
# "a hundred" is.
_WORD_NUMBER = (
    rf"(?:{_WORD}(?:-{_WORD})?|a|an)\s+(?:hundred|thousand|million)"
    rf"(?:\s+(?:and\s+)?{_WORD}(?:-{_WORD})?)?"
    rf"|{_WORD}(?:-{_WORD})?"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
# One number phrase: digits ("1,200", "1.2 million"), words ("twenty-five", "a hundred",
# "two dozen", "a dozen") or a vague amount (kept so that it claims its slot).
_NUMBER = (
    rf"(?P<num>(?:{_DIGITS})(?:\s+(?:million|thousand))?"
    rf"|(?:{_WORD}|a|an)\s+dozen|{_WORD_NUMBER}"
    rf"|tens of thousands|hundreds of thousands|dozens|hundreds|thousands|scores|several)"
)
_QUALIFIER = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|roughly|"
    r"approximately|an\s+estimated|as\s+many\s+as|fewer\s+than|less\s+than|another|"
    r"a\s+further|a\s+total\s+of|the)\s+)*"
)
# Guards on the text right after a number: ages, percentages, money, units, times.
_NOT_A_COUNT_AFTER = re.compile(
    r"(?:-year|-month|-week|-day|\s*years?\s+old|\s*%|\s*per\s?cent|\s*(?:km|kilomet|miles?\b|"
    r"met(?:er|re)s?\b|m\b|dollars|euros|pounds|hryvnias|shekels|billion|bn\b|tons?|tonnes?|"
    r"hours?|days?|weeks?|months?|years?|minutes?|times)|-(?:km|kilomet|mile|met))",
    re.IGNORECASE,
)
# "one of the men killed near Nabatieh was a commander", "two of the wounded were hit by live
# fire": a part of a toll given elsewhere, not a count of its own.
_PART_OF_TOLL_AFTER = re.compile(
    r"\s+(?:of|among)\s+(?:the|those)\s+(?:(?!(?:were|was|are|is|have|has|had|been|being)\b)[\w-]+\s+)?"
    r"(?:killed|dead|slain|wounded|injured|victims)\b",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"[$€£¥₴₪]\s*$|\b(?:USD|EUR|US\$)\s*$")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|from|until|during|before|after)\s+$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """The value of a number phrase, or None for vague amounts ("dozens")."""
    text = text.lower().strip()
    if text in _VAGUE:
        return None
    digits = re.fullmatch(rf"({_DIGITS})(?:\s+(million|thousand))?", text)
    if digits:
        value = float(digits[1].replace(",", ""))
        return int(round(value * (_SCALES[digits[2]] if digits[2] else 1)))
    dozen = re.fullmatch(r"(.+?)\s+dozen", text)
    if dozen:
        base = parse_number(dozen[1])
        return base * 12 if base is not None else None
    total, current = 0, 0
    for token in re.split(r"[\s-]+", text):
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            current = 1
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        else:
            return None
    return total + current


# ---------------------------------------------------------------- casualty patterns

_KILL_VERB = r"kill(?:ed|ing|s)?|left\s+dead|slew|slain|claim(?:ed|ing|s)?(?=(?:\s+[\w-]+){1,4}\s+li(?:ves|fe)\b)"
_WOUND_VERB = r"wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|hurt(?:ing)?|maim(?:ed|ing)"
_CAPTURE_VERB = r"captur(?:ed|ing|es|e)|took|taking|takes|seiz(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)"
_DISPLACE_VERB = r"displac(?:ed|ing|es|e)|uproot(?:ed|ing)"
# People nouns a captured figure must name: "captured 3 villages" is territory.
_PERSON = (
    r"(?:people|persons|civilians|soldiers|troops|servicemen|servicemembers|fighters|"
    r"prisoners|men|women|militants|marines|paratroopers|personnel|residents|villagers|"
    r"members|hostages|POWs|mercenaries|combatants|officers|conscripts|others|"
    r"Ukrainians|Russians|Palestinians|Israelis|Sudanese|children)"
)
_OUTCOME = {
    "killed": r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|being|got)\s+)?"
              r"(?:killed|dead|slain)|died|have\s+died|had\s+died|perished|lost\s+their\s+lives",
    "wounded": r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|being|got)\s+)?"
               r"(?:wounded|injured|hurt|hospitali[sz]ed)",  # ("four workers were hospitalized with shrapnel wounds")
    "captured": r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|being)\s+)?"
                r"(?:captured|taken\s+(?:prisoner|captive|hostage)|seized|abducted|kidnapped)",
    "missing": r"(?:(?:were|was|are|is|remain|remained|have\s+been|had\s+been)\s+)?"
               r"(?:missing|unaccounted\s+for)",
    "displaced": r"(?:(?:were|was|are|have\s+been|has\s+been|had\s+been)\s+)?"
                 r"(?:displaced|forced\s+(?:to\s+flee|from\s+their\s+homes)|made\s+homeless)",
}
_VERB_FIRST = {
    "killed": _KILL_VERB,
    "wounded": _WOUND_VERB,
    "captured": _CAPTURE_VERB,
    "displaced": _DISPLACE_VERB,
}
# Words that cannot sit between a count and its outcome ("12 drones killed ...",
# "30,000 people where ..."): clause words, weapons, units.
_BLOCK = (
    r"(?:and|or|but|while|when|where|who|whom|which|that|after|before|as|than|of\s+whom|"
    r"has|have|had|is|was|were|are|will|would|drones?|missiles?|rockets?|shells?|bombs?|"
    r"strikes?|airstrikes?|artillery|shelling|attacks?|tanks?|vehicles?|aircraft|planes?|jets?|km|kilomet\w*|miles?|"
    r"met(?:er|re)s?|days?|hours?|weeks?|months?|years?|times|villages?|towns?|settlements?|"
    r"including|killing|wounding|injuring|leaving)\b"
)
_GAP = rf"(?:\s+(?!{_BLOCK})[\w’'-]+){{0,6}}?"

# "Six people, including two children, were killed": the aside belongs to the count.
# "two employees, men aged 43 and 51, were killed": so is an aside that describes who they were.
_ASIDE = (r"(?:,\s+(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mostly|both|all\s+of\s+them|"
          r"(?:men|women|boys|girls)\s+aged)\b[^,;]{0,60},)?")
# The characters a count phrase (qualifier words, then a number) can begin with: a digit (\d, as
# the pattern reads it) or the first letter of an alternative of those patterns (any letter right
# after "(?:" or "|": a superset). A lookahead on them lets the engine pass over most words
# without trying every qualifier and number word (twice as fast); it matches nothing the pattern
# after it would not (the same matches on 817,000 sentences of the shared corpus).
_COUNT_FIRSTS = r"\d" + "".join(sorted(set(re.findall(r"(?:\(\?:|\|)([a-z])", _QUALIFIER + _NUMBER))))
_NUMBER_FIRST = {
    kind: re.compile(
        # (not "no one was injured", "not one was hurt": nobody)
        rf"\b(?<!\bno\s)(?<!\bnot\s)(?=[{_COUNT_FIRSTS}]){_QUALIFIER}{_NUMBER}(?P<gap>{_GAP}){_ASIDE}\s+(?:{outcome})\b"
        + (r"(?!\s+(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|at\s+least|more\s+than))"
           if kind == "killed" else ""),
        re.IGNORECASE,
    )
    for kind, outcome in _OUTCOME.items()
}
_VERB_THEN_NUMBER = {
    kind: re.compile(
        rf"\b(?:{verb})\s+{_QUALIFIER}{_NUMBER}"
        + (rf"(?:\s+[\w-]+){{0,2}}?\s+{_PERSON}\b" if kind in ("captured", "displaced") else ""),
        re.IGNORECASE,
    )
    for kind, verb in _VERB_FIRST.items()
}
_TOOK_PRISONERS = re.compile(
    rf"\b(?:took|taken|taking|take)\s+{_QUALIFIER}{_NUMBER}\s+(?:[\w-]+\s+)?(?:prisoners?|captives?|POWs|hostages?)\b",
    re.IGNORECASE,
)
_DEATH_TOLL = re.compile(
    rf"\b(?:death|casualty|fatality)\s+toll\b(?:\s+[\w-]+){{0,7}}?\s+"
    rf"(?:to|of|at|reached|hit|is|was|stands\s+at|stood\s+at|climbed\s+to|rose\s+to|now)\s+"
    rf"{_QUALIFIER}{_NUMBER}",
    re.IGNORECASE,
)
# A person who may be a victim (words.yaml, use single_victim); longest first, so that "aid worker"
# is tried before "worker".
_SINGULAR = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab.words("single_victim"), key=len, reverse=True)) + ")"
# The same persons in the plural, and the words for others: "five soldiers", "three others".
_PLURAL_PEOPLE = "(?:" + "|".join(sorted({re.escape(vocab.plural(w)).replace(r"\ ", r"\s+")
                                          for w in vocab.words("single_victim")} | {"men", "women", "children", "people",
                                          "persons", "others", "policemen", "servicemen", "militiamen", "fishermen",
                                          "businessmen"}, key=len, reverse=True)) + ")"
# More victims in the same phrase after a singular one: "killing an Iraqi general and five soldiers"
# (not "killed a civilian and three people were wounded", nor "a soldier and 20 minutes later").
_AND_MORE = re.compile(rf"\s*,?\s*and\s+(?:at\s+least\s+)?{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL_PEOPLE}\b"
                       rf"(?!\s+(?:were|was|are|is|have|has|had|been)\b)", re.IGNORECASE)
# A vague amount of people in one phrase with a singular victim: "dozens of Iraqi soldiers and a
# general have been killed" (not "dozens of homes were damaged and a child was killed").
_VAGUE_BEFORE = re.compile(rf"\b(?:{'|'.join(_VAGUE)})\s+of\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL_PEOPLE}\s+and\s*$", re.IGNORECASE)
# What a speaker does between his title and the outcome he reports: "a senior official said
# civilians were killed" counts no official.
_NOT_BETWEEN = r"(?!(?:said|says|say|told|tells|reported|reports|added|adds|stated|claimed|claims|confirmed|that)\b)"
# "a 73-year-old man was killed", "one person died", "killing a child", "killing the driver".
_SINGLE_VICTIM_FIRST = {
    kind: re.compile(
        # (not "not one policeman was hurt", "not a single person", "not even one": nobody)
        rf"\b(?<!\bnot\s)(?<!\bno\s)(?<!\beven\s)(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?{_SINGULAR}\s+(?:{_NOT_BETWEEN}[\w-]+\s+){{0,3}}?(?:{outcome})\b",
        re.IGNORECASE,
    )
    for kind, outcome in _OUTCOME.items()
}
# "killing a child", "killing the driver": the victim after the verb (and, by _AND_MORE, others with it).
_SINGLE_VICTIM_AFTER = {
    kind: re.compile(
        rf"\b(?:{verb})\s+(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,3}}?{_SINGULAR}\b(?!['’]s)", re.IGNORECASE
    )
    for kind, verb in _VERB_FIRST.items()
}

# ---------------------------------------------------------------- distance

_UNIT_KM = {"km": 1.0, "kilometer": 1.0, "kilometre": 1.0, "mile": 1.609344, "mi": 1.609344,
            "meter": 0.001, "metre": 0.001, "m": 0.001}
_DISTANCE = re.compile(
    rf"(?P<num>{_DIGITS}|{_WORD}(?:-{_WORD})?|a\s+few|several)"
    r"(?:\s+|-)(?P<unit>km|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|m)\b"
    r"(?P<after>(?:\s*\([^)]*\)|\s*\[[^\]]*\])?\s+(?P<next>\w+))?",
    re.IGNORECASE,
)
_ADVANCE_BEFORE = re.compile(
    r"\b(?:advanc\w*|push(?:ed|ing)?|mov(?:ed|ing)|progress\w*|penetrat\w*|gain(?:ed|ing)?|"
    r"broke\s+through|break(?:ing)?\s+through|breakthrough|drove|driv(?:e|ing)|thrust|"
    r"forward)\b(?P<between>(?:\s+[\w,-]+){0,5}?)\s*"
    r"(?:up\s+to|about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|"
    r"as\s+much\s+as|another|a\s+further)?\s*$",
    re.IGNORECASE,
)
_ADVANCE_AFTER = ("deep", "advance", "push", "breakthrough", "incursion", "penetration")
_POSITION_AFTER = ("from", "of", "away", "outside", "long", "wide", "front", "border", "line",
                   "stretch", "radius", "range", "inland")
# "advanced 500 metres south of Robotyne" is a move; "advanced on a village 10 km south
# of Pokrovsk" is a location: a direction is only trusted right after the verb.
_DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest")


# Literal stems that must occur for a category's regexes to be worth running: most
# sentences carry no figure, and substring tests cost a fraction of a regex pass.
_STEMS = {
    "killed": ("kill", "dead", "died", "perish", "lives", "slain", "slew", "toll"),
    "wounded": ("wound", "injur", "hurt", "maim", "hospitali"),
    "captured": ("captur", "prisoner", "captive", "hostage", "seiz", "abduct", "kidnap", "took",
                 "taken", "taking"),
    "missing": ("missing", "unaccounted"),
    "displaced": ("displac", "flee", "homeless", "uproot"),
}
_DISTANCE_STEMS = ("km", "kilomet", "mile", "metre", "meter")
# Every figure parse_quantities reads needs one of these: a category's stem, "toll" (_DEATH_TOLL) or a
# distance stem.
_FIGURE_STEMS = tuple(dict.fromkeys((*(stem for stems in _STEMS.values() for stem in stems), "toll", *_DISTANCE_STEMS)))


def may_hold_figures(sentence: str) -> bool:
    """Could parse_quantities find a figure in the sentence, or in any copy of it with stretches
    blanked by spaces (the events stage blanks victims told elsewhere and other acts' clauses)? False
    only where it finds none: blanking adds no stem (stems hold no space)."""
    lower = sentence.lower()
    return any(map(lower.__contains__, _FIGURE_STEMS))


def parse_quantities(sentence: str) -> Quantities:
    found: dict[str, list[int]] = {}
    lower = sentence.lower()
    # map(lower.__contains__): the substring tests without a Python frame per stem
    kinds = {kind for kind, stems in _STEMS.items() if any(map(lower.__contains__, stems))}

    vague: set[str] = set()  # kinds with a vague amount ("dozens of soldiers and a general were killed")

    def add(kind: str, match: re.Match[str]) -> None:
        start = match.start("num")
        if _rejected(sentence, start, match.end("num")):
            return
        value = parse_number(match["num"])
        if value is not None:
            found.setdefault(kind, []).append(value)
        else:
            vague.add(kind)

    for kind, regex in _NUMBER_FIRST.items():
        for m in regex.finditer(sentence) if kind in kinds else ():
            if not re.search(r"[,;:]", m["gap"] or ""):
                add(kind, m)
    for kind, regex in _VERB_THEN_NUMBER.items():
        for m in regex.finditer(sentence) if kind in kinds else ():
            add(kind, m)
    for m in _TOOK_PRISONERS.finditer(sentence) if "captured" in kinds else ():
        add("captured", m)
    for m in _DEATH_TOLL.finditer(sentence) if "toll" in lower else ():
        add("killed", m)
    # One victim only where no other figure, vague ones included, counts that outcome: not in
    # "dozens of soldiers and a general have been killed".
    for kind, regex in _SINGLE_VICTIM_FIRST.items():
        if kind in kinds and kind not in found and kind not in vague and (m := regex.search(sentence)) \
                and not _VAGUE_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            found[kind] = [1]
    for kind, regex in _SINGLE_VICTIM_AFTER.items():
        if kind in kinds and kind not in found and kind not in vague and (m := regex.search(sentence)):
            # "killing an Iraqi general and five soldiers": the one and the others
            more = _AND_MORE.match(sentence, m.end())
            others = parse_number(more["num"]) if more else 0
            if others is not None:
                found[kind] = [1 + others]

    return Quantities(
        killed=_largest(found, "killed"),
        wounded=_largest(found, "wounded"),
        captured=_largest(found, "captured"),
        missing=_largest(found, "missing"),
        displaced=_largest(found, "displaced"),
        distance_km=(parse_advance_km(sentence)
                     if any(map(lower.__contains__, _DISTANCE_STEMS)) else None),
    )


def parse_advance_km(sentence: str) -> float | None:
    """The depth of an advance in km, or None when no advance distance is stated."""
    for m in _DISTANCE.finditer(sentence):
        following = (m["next"] or "").lower()
        deep = following in _ADVANCE_AFTER
        if not deep and (following in _POSITION_AFTER or m["unit"].lower() in ("m", "mi")):
            # "m"/"mi" are too ambiguous (metres vs. million) without "deep".
            continue
        if not deep:
            advance = _ADVANCE_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
            if advance is None or (following in _DIRECTIONS and advance["between"].strip()):
                continue
        value = parse_number(m["num"])
        if value is None:
            return None  # "a few kilometres": an advance, but no figure
        unit = m["unit"].lower().rstrip("s") if len(m["unit"]) > 2 else m["unit"].lower()
        return round(value * _UNIT_KM[unit], 2)
    return None


# A quantifier that negates the count after it: "none of the 12 soldiers", "not even one person",
# "not a single policeman" (nobody).
_NEGATED_BEFORE = re.compile(r"\b(?:none\s+of|not(?:\s+even)?|no)\s+(?:(?:the|those|its|their|our|a|single)\s+)*$", re.IGNORECASE)


def _rejected(sentence: str, start: int, end: int) -> bool:
    """Ages, money and years are never counts of people, nor is a part of a toll told elsewhere."""
    if _NOT_A_COUNT_AFTER.match(sentence, end) or _PART_OF_TOLL_AFTER.match(sentence, end):
        return True
    if _CURRENCY_BEFORE.search(sentence, max(0, start - 5), start):
        return True
    if _NEGATED_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "none of the 12 soldiers was injured": nobody of them
    token = sentence[start:end]
    if re.fullmatch(r"(?:19|20)\d\d", token) and (
        _YEAR_BEFORE.search(sentence, max(0, start - 10), start) or sentence[end:end + 1] == ","
    ):
        return True
    return False


def _largest(found: dict[str, list[int]], kind: str) -> int | None:
    values = found.get(kind)
    return max(values) if values else None
