"""Stop 32 (evmech32): general mechanisms of event arguments. Each case fails without the change its comment
names, or guards that change's limit (a near miss that must keep its old output)."""
import pytest

from frontwire.extract.sectors import sector_of
from test_events import events_of
from wordings import assert_gives_type_or_not, gives_type_or_not


def actor_sectors(record, event_type):
    return {(a.name, a.role): a.sector for e in events_of(record, event_type) for a in e.actors}


# triggers._parties_acted_for: the party acted for is also the object of a "to" the parser hangs on the object or
# makes a dative, and a state's body named by its people's word ("the Chadian army") is of that people's country
PARTY_OF_ANOTHER_STATE = [
    ("Paris handed two armed helicopters to the Chadian army.", "AID"),
    ("France delivered ten armoured vehicles to the Malian army.", "AID"),
    ("India sent congratulations to Brazil's new president on his election.", "SUPPORT"),
    ("India sent congratulations to the new Korean president on his election.", "SUPPORT"),
    ("Germany offered its congratulations to the French president on his re-election.", "SUPPORT"),
    ("Britain pledged to come to the defence of the Ukrainian army.", "SUPPORT"),
]
# ... but a doer's own country's body, or a party of no known country, is no other party
PARTY_OF_ITS_OWN = [
    ("Spain's defence ministry handed ten trucks to the Spanish army.", "AID"),
    ("The Spanish government handed two helicopters to the Spanish army.", "AID"),
    ("The Pentagon delivered four drones to the American army.", "AID"),
    ("The Indian government delivered helicopters to the Indian navy.", "AID"),
    ("The government delivered helicopters to the army.", "AID"),
    ("The German defence ministry supplied drones to the German navy.", "AID"),
    ("The Kremlin sent congratulations to the Russian president on his re-election.", "SUPPORT"),
    ("France sent congratulations to France's new president on his election.", "SUPPORT"),
    ("The party sent congratulations to its candidate on his election.", "SUPPORT"),
    ("The Russian army vowed to defend the Russian government.", "SUPPORT"),
    ("The Ukrainian government thanked the Ukrainian army for its support.", "SUPPORT"),
    ("The army vowed to come to the defence of the city.", "SUPPORT"),
]


@gives_type_or_not(PARTY_OF_ANOTHER_STATE, PARTY_OF_ITS_OWN)
def test_party_acted_for_by_a_to_or_a_peoples_word(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


# sectors.sector_of: a modifier meaning former (actors.yaml former_modifiers) makes an armed noun civilians
@pytest.mark.parametrize("phrase", ["former rebels", "the former Maoist rebels", "ex - soldiers", "retired policemen",
                                    "Dozens of former Mujahideen fighters", "a former soldier", "former security men",
                                    "demobilised fighters"])
def test_former_fighters_are_civilians(phrase):
    assert sector_of(phrase) == "civilians"


# ... not across a preposition, a possessive or a holder's title, and not where the phrase names another sector too
@pytest.mark.parametrize("phrase,sector", [
    ("forces loyal to former president Saleh", "military"), ("troops of former president Saleh", "military"),
    ("soldiers of the former regime", "military"), ("former army chief 's soldiers", "military"),
    ("former army chief soldiers", "military"), ("the former chief of army staff", "military"),
    ("rebels who attacked former soldiers", "rebels"), ("former president", "government"),
    ("former chief minister", "government"), ("retired", None), ("rebels", "rebels")])
def test_former_reaches_only_its_own_noun(phrase, sector):
    assert sector_of(phrase) == sector


FORMER_IN_EVENTS = [
    # actors.yaml former_becomes: who is acted on or protests
    ("Police arrested a former soldier in Goma.", "COERCE", ("former soldier", "target"), "civilians"),
    ("Soldiers fired on former rebels in the camp.", "ASSAULT", ("former rebels", "target"), "civilians"),
    ("Retired policemen staged a sit-in outside the secretariat.", "PROTEST", ("Retired policemen", "source"), "civilians"),
    ("Retired soldiers marched on the defence ministry demanding pensions.", "PROTEST", ("Retired soldiers", "source"), "civilians"),
    ("Dozens of former soldiers protested outside parliament in Kinshasa.", "PROTEST", ("Dozens of former soldiers", "source"), "civilians"),
    ("Hundreds of demobilised fighters blocked the main road in Bangui.", "PROTEST", ("Hundreds of demobilised fighters", "source"), "civilians"),
    # former_armed_again_types: former fighters doing an armed act are fighters again
    ("Former rebels attacked a police station in Goma.", "ASSAULT", ("Former rebels", "source"), "rebels"),
    ("Dozens of former rebels have mobilized to defend their villages.", "MOBILIZE", ("Dozens of former rebels", "source"), "rebels"),
    # near misses: the armed doer keeps its sector
    ("Forces loyal to former president Saleh attacked the city.", "ASSAULT", ("Forces", "source"), "military"),
    ("Troops of the former regime shelled the town.", "ASSAULT", ("Troops", "source"), "military"),
    ("Troops loyal to the former government shelled the town.", "ASSAULT", ("Troops", "source"), "military"),
    ("Soldiers arrested the former rebel leader in Bunia.", "COERCE", ("Soldiers", "source"), "military"),
    ("The former army chief's soldiers attacked the village.", "ASSAULT", ("former army chief soldiers", "source"), "military"),
    ("Rebels attacked former soldiers in the village.", "ASSAULT", ("Rebels", "source"), "rebels"),
    ("Police arrested a former soldier in Goma.", "COERCE", ("Police", "source"), "police"),
]


@pytest.mark.parametrize("text,event_type,actor,sector", FORMER_IN_EVENTS)
def test_former_fighters_in_events(extract, text, event_type, actor, sector):
    assert actor_sectors(extract(text, "2025-01-15"), event_type).get(actor) == sector


# sectors.sector_of: an office a non-state body (actors.yaml office_owners) owns is a private person's
@pytest.mark.parametrize("phrase", ["the club president", "the club 's president", "company spokesman",
                                    "a spokesman of the club", "the president of the company", "the club official",
                                    "university spokesman", "a minister of the church"])
def test_non_state_bodys_office_is_no_governments(phrase):
    assert sector_of(phrase) == "civilians"


OFFICES_IN_EVENTS = [
    ("The club president condemned the attack on the fans.", "ACCUSE", ("club president", "source"), "civilians"),
    ("The company spokesman denied the allegations.", "REJECT", ("company spokesman", "source"), "civilians"),
    ("The club's president condemned the violence.", "ACCUSE", ("club president", "source"), "civilians"),
    # near misses: a state's office whatever other body the words name
    ("School district officials met with parents on Monday.", "CONSULT", ("School district officials", "source"), "government"),
    ("The Union home minister condemned the attack.", "ACCUSE", ("Union home minister", "source"), "government"),
    ("The central bank governor rejected the demand.", "REJECT", ("central bank governor", "source"), "government"),
    ("The school education minister condemned the attack.", "ACCUSE", ("school education minister", "source"), "government"),
    ("The Russian Federation president met the Chinese leader.", "CONSULT", ("Russian Federation president", "source"), "government"),
    ("The ruling party spokesman accused the opposition of violence.", "ACCUSE", ("ruling party spokesman", "source"), "government"),
    ("The minister condemned the attack on the club.", "ACCUSE", ("minister", "source"), "government"),
    ("The government spokesman denied the company's claims.", "REJECT", ("government spokesman", "source"), "government"),
    ("A government official accused the company of fraud.", "ACCUSE", ("government official", "source"), "government"),
    ("The president of Kenya met the club's owners.", "CONSULT", ("president", "source"), "government"),
]


@pytest.mark.parametrize("text,event_type,actor,sector", OFFICES_IN_EVENTS)
def test_offices_owned_by_non_state_bodies(extract, text, event_type, actor, sector):
    assert actor_sectors(extract(text, "2025-01-15"), event_type).get(actor) == sector
