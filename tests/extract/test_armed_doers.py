"""The armed doers of the event lexicon (classes.yaml ARMED_DOERS): one table of words with their subsets, and the
unions the trigger rows read. Each union is frozen here as the list it replaced on main 8854d6d (stop 29: on main
42f004f), with the changes meant since (state-led coalitions, the police out of RETREAT's subjects): a subset or a word
moved silently changes every row that reads it."""
import re
from pathlib import Path

from frontwire.extract.actors import table as actors_table
from frontwire.extract.triggers import LEXICON, NOT_TRIGGER_FILES, classes, read_yaml
from wordings import assert_gives_type_or_not, gives_type_or_not

EXTRACT = Path(__file__).resolve().parents[2] / "frontwire" / "extract"

MAIN_FORCE_NOUNS = {
    "warship", "ship", "troops", "troop", "soldier", "force", "forces", "unit", "reinforcement", "jet", "aircraft",
    "fighter", "destroyer", "frigate", "carrier", "submarine", "patrol", "battalion", "brigade", "division", "tank",
    "vessel", "peacekeeper", "police", "policeman", "paramilitary", "contingent"}
MAIN_MILITARY_FORCES = {
    "army", "military", "navy", "naval", "troops", "troop", "soldier", "force", "forces", "battalion", "brigade",
    "division", "reinforcement", "peacekeeper", "peacekeeping", "paramilitary", "junta", "commando", "marine",
    "paratrooper", "militia", "militiaman", "militant", "rebel", "insurgent", "fighter", "guerrilla", "jihadist",
    "separatist", "gunman", "gunmen", "terrorist", "trooper", "warship", "destroyer", "frigate", "tank", "taliban",
    "hamas", "hezbollah", "houthi", "houthis", "pkk", "rsf", "maoist", "naxal", "naxalite"}
MAIN_ARMED_COMBATANTS = {
    "militant", "terrorist", "insurgent", "rebel", "militia", "militiaman", "fighter", "jihadist", "guerrilla", "gunman",
    "gunmen", "commando", "marine", "paratrooper", "sniper", "army", "military", "navy", "separatist", "pkk", "hamas",
    "hezbollah", "taliban"}
MAIN_ARMED_FORCES = {"soldier", "troops", "troop", "army", "military", "paramilitary", "rsf", "militia", "militiaman",
                     "guardsman", "commando"}
# Stop 29: lists of armed doers and others (the government, a mob, a team of officers) folded into the table
MAIN_ARRESTING_FORCES = {"agency", "agent", "agents", "army", "ats", "authorities", "authority", "bsf", "cbi", "cisf",
    "constable", "constables", "cop", "cops", "crpf", "force", "forces", "grp", "guard", "guards", "itbp", "nia",
    "officer", "officers", "police", "policeman", "policemen", "rpf", "soldier", "soldiers", "squad", "stf", "team",
    "troops"}
MAIN_COERCING_AGENTS = {"army", "authorities", "authority", "force", "forces", "government", "guard", "guards",
    "guerrilla", "gunman", "gunmen", "junta", "militant", "military", "militia", "militiaman", "militiamen",
    "paramilitaries", "paramilitary", "police", "policeman", "policemen", "rebel", "rebels", "regime", "settler",
    "settlers", "soldier", "soldiers", "troop", "troops", "unit", "units"}
MAIN_ARMED_ACTORS = {"activist", "army", "attacker", "fighter", "force", "group", "guerrilla", "insurgent",
    "jihadist", "militant", "militia", "mob", "paramilitary", "party", "police", "policeman", "rebel", "rioter",
    "soldier", "terrorist", "troops"}
MAIN_ARMED_SUBJECTS = {"army", "assailant", "attacker", "bomber", "crowd", "demonstrator", "drone", "fighter",
    "force", "gang", "goon", "group", "guerrilla", "gunman", "gunmen", "hooligan", "insurgent", "jihadist", "man",
    "men", "militant", "militia", "miscreant", "missile", "mob", "people", "police", "policeman", "protester",
    "rebel", "rioter", "soldier", "supporter", "terrorist", "troops", "villager", "worker", "youth"}
MAIN_ABDUCTORS = {"abductor", "abductors", "assailant", "assailants", "criminal", "criminals", "dacoit", "dacoits",
    "extremist", "extremists", "gang", "gangster", "gangsters", "goon", "goons", "gunman", "gunmen", "hooligan",
    "hooligans", "insurgent", "insurgents", "kidnapper", "kidnappers", "militant", "militants", "miscreant",
    "miscreants", "mob", "mobs", "rebel", "rebels", "stranger", "strangers", "terrorist", "terrorists", "thug",
    "thugs"}
MAIN_GUARD_CORPS = {"coastguard", "gendarme", "gendarmerie", "gendarmes", "guard", "guards"}
# actors.yaml's lists, which take in a class of classes.yaml since
MAIN_ACTING_NOUNS = {"army", "forces", "government", "gunmen", "guerrilla", "guerrillas", "insurgent", "insurgents",
    "military", "militant", "militants", "militia", "mob", "mobs", "navy", "police", "policemen", "rebel", "rebels",
    "rioters", "separatist", "separatists", "soldiers", "terrorist", "terrorists", "troops"}
MAIN_NOT_THE_STATE = {"mercenaries", "mercenary", "contractors", "contractor", "volunteers", "volunteer", "proxies",
    "proxy", "militia", "militias", "militiamen", "group", "groups", "wagner", "paramilitaries"}

# The unions rows read, each as main's list and the changes meant
UNIONS = {
    "DEPLOYABLE_FORCES": MAIN_FORCE_NOUNS,
    # RETREAT's subjects: the police leaving a place is no RETREAT (retreat.yaml)
    "MILITARY_DEPLOYABLES": MAIN_FORCE_NOUNS - {"police", "policeman"},
    # a coalition led by a state ("the Saudi-led coalition") is an armed force
    "MILITARY_FORCES": MAIN_MILITARY_FORCES | {"state-led"},
    "ARMED_COMBATANTS": MAIN_ARMED_COMBATANTS,
    # renamed from ARMED_FORCES: a name read by rows keeps its meaning or goes
    "ARMED_MEN": MAIN_ARMED_FORCES,
    "ARRESTING_FORCES": MAIN_ARRESTING_FORCES,
    "COERCING_AGENTS": MAIN_COERCING_AGENTS,
    # read by the background stage (background._names_a_party)
    "ARMED_ACTORS": MAIN_ARMED_ACTORS,
    "ARMED_SUBJECTS": MAIN_ARMED_SUBJECTS,
    "ABDUCTORS": MAIN_ABDUCTORS,
    "GUARD_CORPS": MAIN_GUARD_CORPS,
}


def _class_names(value) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_class_names(v) for v in value.values()))
    items = value if isinstance(value, list) else [value]
    return {item[1:] for item in items if isinstance(item, str) and item.startswith("@")}


def _names_rows_read() -> set[str]:
    names = set()
    for path in LEXICON.glob("*.yaml"):
        if path.name in NOT_TRIGGER_FILES:
            continue
        for row in read_yaml(path).get("triggers") or []:
            for key, value in row.items():
                if key not in {"note", "not_example"}:
                    names |= _class_names(value)
    return names


def test_each_union_of_armed_doers_is_the_list_it_replaced():
    assert {name: set(classes()[name]) for name in UNIONS} == UNIONS


def test_rows_read_armed_doers_only_through_the_frozen_unions():
    # a row reading a subset (SOLDIERS) or the whole table reads a word set no one froze
    subsets = set().union(*map(set, classes_of_armed_doers().values())) | {"ARMED_DOERS"}
    allowed = set(UNIONS) | {"CRAFT"}  # CRAFT: ships as subjects the police rows leave out (retreat.yaml)
    assert (_names_rows_read() & subsets) - allowed == set()


def classes_of_armed_doers() -> dict[str, list[str]]:
    return read_yaml(LEXICON / "classes.yaml")["ARMED_DOERS"]


def test_actors_lists_of_armed_doers_keep_their_words():
    assert {name: set(actors_table()[name]) for name in ("acting_nouns", "not_the_state")} == {
        "acting_nouns": MAIN_ACTING_NOUNS, "not_the_state": MAIN_NOT_THE_STATE}


def test_a_list_taking_in_armed_doers_writes_none_of_their_words_itself():
    # an armed word written beside the subset ("ARRESTING_FORCES: ['@ARRESTERS', police]") drifts from the table
    lists = {**read_yaml(LEXICON / "classes.yaml"), **read_yaml(LEXICON / "actors.yaml")}
    subsets = set().union(*map(set, classes_of_armed_doers().values()))
    armed_words = set(classes_of_armed_doers())
    written_again = {name: sorted(set(words) & armed_words) for name, words in lists.items()
                     if isinstance(words, list) and _class_names(words) & subsets}
    assert {name: words for name, words in written_again.items() if words} == {}


def test_every_subset_of_armed_doers_is_read():
    # a misspelt subset ("sniper: [SOLDIER]") makes a class no row or union reads, and the word drops out of all
    text = (LEXICON / "classes.yaml").read_text(encoding="utf-8") + (LEXICON / "actors.yaml").read_text(encoding="utf-8")
    taken_in = set(re.findall(r"'@([A-Z_]+)'", text)) | _names_rows_read()
    code = (EXTRACT / "events.py").read_text(encoding="utf-8")
    subsets = set().union(*map(set, classes_of_armed_doers().values()))
    assert {name for name in subsets if name not in taken_in and f"T.{name}" not in code} == set()


WORDINGS = [
    # M1: a guard or a gendarmerie, of the police's sector by its word, is a state's armed force withdrawing
    ("The Republican Guard withdrew from the city.", "RETREAT"),
    ("Russian border guards withdrew from the Tajik-Afghan border.", "RETREAT"),
    ("The Chinese coast guard retreated from the shoal.", "RETREAT"),
    ("The gendarmerie withdrew from the village.", "RETREAT"),
    # M2: the police retreating yield ground to who attacks them
    ("The police retreated after the militants opened fire.", "RETREAT"),
    ("Police retreated in the face of stone-pelting mobs.", "RETREAT"),
    # M4: dens of terrorists raided are an armed force's, raids vowed on them a threat
    ("Troops carried out raids on terrorist dens in the valley.", "ASSAULT"),
    ("The army vowed to continue operations against terrorist dens.", "THREATEN"),
    # M9: an armed group defending its ally in words supports it (support.yaml reads ARMED_MEN)
    ("Hezbollah defended its ally Syria against Western criticism.", "SUPPORT"),
    # M10: marines (the tagger leaves "Marines" unlemmatised) freeing hostages rescue them
    ("US Marines freed the hostages in a dawn raid.", "AID"),
]

NOT_THESE = [
    # M3: a coalition led by a sect or a party is no armed force
    ("The Shiite-led coalition pulled out of the talks on the new constitution.", "RETREAT"),
    ("The Socialist-led coalition pulled out of the government on Monday.", "RETREAT"),
    # M5: prohibitory orders declared illegal, a tax act's section 144 invoked
    ("The court declared the prohibitory orders issued by the collector illegal.", "COERCE"),
    ("The assessing officer invoked section 144 of the Income Tax Act to complete the assessment.", "COERCE"),
    # M6: gunmen and terrorists fleeing or leaving after an attack yield no ground
    ("The gunmen fled the village after killing six people.", "RETREAT"),
    ("Terrorists abandoned the village after the encounter.", "RETREAT"),
    # M7: an army airlifting the stranded rescues them
    ("The army airlifted stranded pilgrims to safety.", "MOBILIZE"),
    # M8: a demand or a plan backed off from is no withdrawal of forces
    ("The rebels backed off from their demand for a separate state.", "RETREAT"),
    ("The army backed off from its plan to hold the parade.", "RETREAT"),
    ("US Marines freed the hostages in a dawn raid.", "CONCEDE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_armed_doers_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)


def test_crowd_control_near_militants_named_is_still_the_polices(extract):
    # M11: militants do no crowd control; naming them (not soldiers, ARMED_MEN) leaves the police implied
    record = extract("Tear gas shells were lobbed to disperse the mob protesting the killing of a shopkeeper by "
                     "militants.\n", "2002-03-10")
    lobbed = [e for e in record.events if e.trigger == "lobbed"]
    assert [a.name for a in lobbed[0].actors if a.role == "source"] == ["police (implied by the crowd control)"]
