"""Stop 33 (head33): economic and chart objects make an attack figurative ("attacked loopholes", "attacked
subsidies", "invaded the charts" for the rows that already take FIGURATIVE_OBJECTS), and the near-misses that
withdrew the rest of the branch: the title-case re-read of headlines (nlp.headlines.reread_title_case) and the
FIGURATIVE_OBJECTS guards on "invade" and on a vow to eliminate or crush. Each headline or sentence is its own
one-line article."""
import pytest


def asserted_types(record):
    return {e.type for e in record.events if e.modality == "asserted"}


def test_an_attack_on_loopholes_or_subsidies_is_no_assault(extract):
    # classes.yaml FIGURATIVE_OBJECTS: loophole, subsidy (main: ASSAULT "attacked loopholes")
    assert "ASSAULT" not in {e.type for e in extract("The senator attacked loopholes in the law.", "2002-03-10").events}
    assert "ASSAULT" not in {e.type for e in extract("The governor attacked farm subsidies.", "2002-03-10").events}


# Words of economic measures that name a real target as a compound or a preposition's object of the attack:
# "tax", "tariff", "box" and "break" stay out of FIGURATIVE_OBJECTS (the branch had them and lost these).
REAL_ATTACKS_WITH_ECONOMIC_WORDS = [
    ("Rebels attacked the tax office in Kandahar.", "ASSAULT"),
    ("Protesters attacked the tax office.", "ASSAULT"),
    ("Gunmen stormed the tax office in Kabul.", "ASSAULT"),
    ("Militants attacked the tariff office at the border post.", "ASSAULT"),
    ("Rebels attacked polling stations and burned ballot boxes.", "ASSAULT"),
    ("Rebels attacked at the break of dawn.", "ASSAULT"),
    ("Rebels Attack Tax Office in Kandahar", "ASSAULT"),
    ("US Imposes Tariffs on Chinese Steel", "SANCTION"),
    ("China Bans Imports of Japanese Seafood", "SANCTION"),
]


@pytest.mark.parametrize("text,expected", REAL_ATTACKS_WITH_ECONOMIC_WORDS)
def test_a_real_attack_or_sanction_named_with_an_economic_word_stays(extract, text, expected):
    assert expected in asserted_types(extract(text, "2002-03-10"))


# A prepositional object of "invade" or of a vow to crush names the time or the circumstance, not the target
# ("after the election", "under heavy fire", "in the case of an attack"): FIGURATIVE_OBJECTS, read over every
# object of the verb, cannot guard these rows (the branch's guard lost all of these).
@pytest.mark.parametrize("text,expected", [
    ("Forces invaded the region after the election.", "ASSAULT"),
    ("Troops invaded the town under heavy fire.", "ASSAULT"),
    ("Iraq invaded Kuwait despite the deal.", "ASSAULT"),
    ("Troops invaded the border region during the break in talks.", "ASSAULT"),
    ("The army vowed to crush the rebels after the election.", "THREATEN"),
    ("Hamas vowed to strike Israel in the case of an attack.", "THREATEN"),
    ("The militia vowed to eliminate drug traffickers.", "THREATEN"),
    ("Rebels vowed to eliminate the tax collectors.", "THREATEN"),
])
def test_an_invasion_or_a_vow_with_a_circumstance_stays_an_event(extract, text, expected):
    assert expected in {e.type for e in extract(text, "2002-03-10").events}


# Title-case headlines of sport, business, entertainment and titles of works: no asserted event. The withdrawn
# re-read made "Saints Bomb Out of Cup" an ASSAULT and "Gates Warns of Tech Bubble" a THREATEN.
TITLE_CASE_NEAR_MISSES = [
    "United Storm Back to Beat City",
    "Shoot the Messenger Tops Box Office",
    "Apple Slashes Prices, Rivals Retaliate",
    "Lions Maul Sharks in Durban Thriller",
    "Chelsea Crush Arsenal in Derby",
    "Giants Sack Manning Five Times",
    "Celtics Destroy Lakers at Home",
    "Wolves Savage Rams in Cup Tie",
    "Saints Bomb Out of Cup",
    "Rangers Hammer Hearts at Ibrox",
    "Apocalypse Now Returns to Cinemas",
    "Oil Prices Hit Record High",
    "Markets Tumble as Fed Raises Rates",
    "The Road to Damascus",
    "Government Vows to Crush Inflation",
    "Ford Recalls Million Cars",
    "Washington Post Wins Pulitzer",
    "Will Smith Shoots New Film in Rome",
    "Gates Warns of Tech Bubble",
    "Minister Vows to Eliminate Tax Loopholes",
]


@pytest.mark.parametrize("text", TITLE_CASE_NEAR_MISSES)
def test_a_title_case_near_miss_asserts_no_event(extract, text):
    assert asserted_types(extract(text, "2002-03-10")) == set()


def test_a_person_named_by_words_keeps_the_name(extract):
    # the withdrawn re-read lost these people: "Will" read as a modal, "Kerry ... Lavrov" given up with the verb
    assert ("Will Smith", "PERSON") in {(e.name, e.label) for e in extract("Will Smith Shoots New Film in Rome", "2002-03-10").entities}
    record = extract("Rice Meets Abbas in Ramallah", "2002-03-10")
    assert [a.name for e in record.events if e.type == "CONSULT" for a in e.actors if a.role == "source"] == ["Rice"]


# Title-case headlines main reads right, with a country or person named by an English word as the actor.
@pytest.mark.parametrize("text,expected,source", [
    ("Turkey Shells Kurdish Positions in Iraq", "ASSAULT", "Turkey"),
    ("Jordan Hosts Talks on Syria", "CONSULT", "Jordan"),
    ("Bush Threatens Iraq With Force", "THREATEN", "Bush"),
    ("Mali Expels French Ambassador", "SANCTION", "Mali"),
    ("Niger Arrests Opposition Leader", "COERCE", "Niger"),
    ("Israel Strikes Hamas Targets in Gaza", "ASSAULT", "Israel"),
    ("Syria Recalls Ambassador From Lebanon", "SANCTION", "Syria"),
    ("Georgia Accuses Russia of Bombing Villages", "ACCUSE", "Georgia"),
    ("Turkey Bans Kurdish Party", "COERCE", "Turkey"),
    ("Colin Powell Visits Israel", "CONSULT", "Colin Powell"),
])
def test_a_title_case_headline_main_reads_keeps_its_event_and_actor(extract, text, expected, source):
    record = extract(text, "2002-03-10")
    assert source in [a.name for e in record.events if e.type == expected and e.modality == "asserted"
                      for a in e.actors if a.role == "source"]
