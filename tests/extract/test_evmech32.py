"""Stop 32 (evmech32, evmechfix32): the party acted for (other_party) read through a dative or a "to" on a thing
given, and a state's body named by its people's word. Each case fails without the change its comment names, or guards
that change's limit (a near miss that must keep main's output: rev32mech's wrong cases and evmechfix32's own)."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not


def event_lines(record) -> list[str]:
    """Each event as type[subtype] and its actors' role=name/sector/country, sorted (rev32mech's run.py form)."""
    return sorted(f"{e.type}[{e.subtype}]:" + ";".join(f"{a.role}={a.name}/{a.sector}/{a.country}" for a in e.actors)
                  for e in record.events)


# triggers._parties_acted_for: the party acted for is also the object of a "to" the parser hangs on the object or
# makes a dative, and a state's body named by its people's word ("the Chadian army") is of that people's country
PARTY_OF_ANOTHER_STATE = [
    ("Paris handed two armed helicopters to the Chadian army.", "AID"),
    ("France delivered ten armoured vehicles to the Malian army.", "AID"),
    ("India sent congratulations to Brazil's new president on his election.", "SUPPORT"),
    ("India sent congratulations to the new Korean president on his election.", "SUPPORT"),
    ("Germany offered its congratulations to the French president on his re-election.", "SUPPORT"),
    ("Britain pledged to come to the defence of the Ukrainian army.", "SUPPORT"),
    # rev32mech's positives (new on the branch, right)
    ("Germany offered its congratulations to the Austrian president on his election.", "SUPPORT"),
    ("The United States delivered four drones to the Ukrainian army.", "AID"),
    ("Britain pledged to come to the defence of the Estonian army.", "SUPPORT"),
    ("Japan sent congratulations to the new Philippine president on his election.", "SUPPORT"),
    ("China delivered ten armoured vehicles to the Cambodian army.", "AID"),
    ("Pakistan sent congratulations to Iran's new president on his election.", "SUPPORT"),
    ("France pledged to protect the Malian army against any attack.", "SUPPORT"),
    ("The United States came to the defence of the Philippine army.", "SUPPORT"),
    ("Germany sent its congratulations to the new Chilean president on his inauguration.", "SUPPORT"),
    ("Russia sent its congratulations to the new Serbian president on his election.", "SUPPORT"),
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


# rev32mech M1 (8) and S4 (2): a "to" on an object that is no thing given, or on a protecting verb with an object,
# is a destination: AGREE (offer) as on main, not SUPPORT
DESTINATION_TO_NOT_A_PARTY = [
    ('Greece pledged to protect the border crossing to Turkey.',
     ['AGREE[offer]:source=Greece/government/GRC']),
    ('Russia promised to defend its gas exports to Germany.',
     ['AGREE[offer]:source=Russia/government/RUS']),
    ('India pledged to protect its trade route to Afghanistan.',
     ['AGREE[offer]:source=India/government/IND']),
    ('Turkey pledged to protect the aid convoy to Syria.',
     ['AGREE[offer]:source=Turkey/government/TUR']),
    ('Poland pledged to protect the rail link to Ukraine.',
     ['AGREE[offer]:source=Poland/government/POL']),
    ("Russia pledged to defend its access to Syria's ports.",
     ['AGREE[offer]:source=Russia/government/RUS']),
    ("Britain pledged to protect its embassy staff's travel to Iraq.",
     ['AGREE[offer]:source=Britain/government/GBR']),
    ('France promised to protect the visit of its minister to Algeria.',
     ['AGREE[offer]:source=France/government/FRA']),
    ('India promised to protect the supply line to the Afghan army.',
     ['AGREE[offer]:source=India/government/IND']),
    ('Pakistan offered to protect the convoys to the American army.',
     ['AGREE[offer]:source=Pakistan/government/PAK']),
]

# evmechfix32: near misses of the same words (a destination or an audience after "to", a doer's own body): as on main.
# (Not here: "Spain pledged to protect the shipping lane to Morocco." and "Turkey pledged to protect the refugee
# corridor to Greece.", SUPPORT on main and on the branch, main's own reading of a "to" on the verb: rev32mech S5.)
MY_NEAR_MISSES = [
    ('Italy promised to defend its oil exports to Tunisia.',
     ['AGREE[offer]:source=Italy/government/ITA']),
    ('Germany pledged to protect the supply route to Poland.',
     ['AGREE[offer]:source=Germany/government/DEU']),
    ('Greece vowed to defend the ferry link to Cyprus.',
     []),
    ('Egypt offered to protect the humanitarian route to Gaza.',
     ['AGREE[offer]:source=Egypt/government/EGY']),
    ('Japan promised to protect its flights to China.',
     ['AGREE[offer]:source=Japan/government/JPN']),
    ('Russia pledged to defend the land bridge to Crimea.',
     ['AGREE[offer]:source=Russia/government/RUS']),
    ('Britain pledged to protect the aid shipments to Yemen.',
     ['AGREE[offer]:source=Britain/government/GBR']),
    ("France promised to protect its students' access to Algerian universities.",
     ['AGREE[offer]:source=France/government/FRA']),
    ('Canada pledged to defend its Arctic claims to the Russian government.',
     ['AGREE[offer]:source=Canada/government/CAN']),
    ('The Chadian army pledged support to the Chadian government.',
     ['AID[aid]:source=Chadian army/military/TCD']),
    ('Moscow offered help to the Russian army.',
     ['AGREE[offer]:source=Moscow/None/RUS']),
    ('Pakistan promised support to Pakistani troops in the north.',
     ['AGREE[offer]:source=Pakistan/government/PAK']),
    ('India sent help to its flood victims.',
     []),
    ('Kenya sent congratulations to its runners on their election to the IOC.',
     []),
    ("Spain pledged to protect the Spanish army's supply line to Melilla.",
     ['AGREE[offer]:source=Spain/government/ESP']),
    # a giving verb's "to" with an object that is no aid: what rows read it keep main's output
    ('Germany sent a letter to the Russian government.',
     []),
    ('France sent its envoy to the Malian government.',
     []),
    ('Japan handed the suspects to the Chinese police.',
     []),
    ('The United States delivered a warning to the Iranian government.',
     ['THREATEN[threat]:source=United States/government/USA']),
    ('Britain sold its shares to the Saudi government.',
     []),
    ('Kenya extended its condolences to the Ugandan army.',
     []),
    ('Italy offered its apologies to the Libyan government.',
     ['CONCEDE[apology]:source=Italy/government/ITA']),
    ('Spain expressed concern to the Moroccan government over the migrants.',
     []),
]

# rev32mech M2, M3: the former-modifier and office-owner readings were withdrawn; these sentences keep main's sectors
FORMER_AND_OWNER_AS_MAIN = [
    ('Anti-balaka militias clashed with ex-Seleka fighters in Bangui.',
     ['ASSAULT[battle]:source=Anti - balaka militias/rebels/CAF;target=ex - Seleka fighters/rebels/CAF']),
    ('French troops arrested three ex-Seleka fighters in Bangui.',
     ['COERCE[arrest]:source=French troops/military/FRA;target=ex - Seleka fighters/rebels/CAF']),
    ('Congolese troops attacked ex-FAR fighters in North Kivu.',
     ['ASSAULT[attack]:source=Congolese troops/military/COD;target=ex - FAR fighters/rebels/COD']),
    ('The government accused ex-FAR rebels of killing civilians.',
     ['ACCUSE[accusation]:source=government/government/None;target=ex - FAR rebels/rebels/None']),
    ('Croatian forces attacked former Yugoslav army units near Vukovar.',
     ['ASSAULT[attack]:source=Croatian forces/military/HRV;target=former Yugoslav army units/military/None']),
    ('Serbian forces clashed with former Yugoslav army troops.',
     ['ASSAULT[battle]:source=Serbian forces/military/SRB;target=former Yugoslav army troops/military/None']),
    ('Armenian fighters attacked former Soviet army units in Karabakh.',
     ['ASSAULT[attack]:source=Armenian fighters/rebels/ARM;target=former Soviet army units/military/RUS']),
    ('Soldiers clashed with former rebel fighters who had taken up arms again.',
     ['ASSAULT[battle]:source=Soldiers/military/None;target=former rebel fighters/rebels/None']),
    ('The government negotiating team leader rejected the proposal.',
     ['REJECT[reject]:source=government negotiating team leader/government/None']),
    ('The American negotiating team leader rejected the proposal.',
     ['REJECT[reject]:source=American negotiating team leader/government/USA']),
    ('The US team leader rejected the North Korean proposal.',
     ['REJECT[reject]:source=US team leader/government/USA;target=North Korean proposal/None/PRK']),
    ('The team leader of the UN inspectors accused Iraq of obstruction.',
     ['ACCUSE[accusation]:source=team leader/government/None;target=Iraq/government/IRQ']),
    ('The university minister accused students of violence.',
     ['ACCUSE[accusation]:source=university minister/government/None']),
    ('The Higher Education and University Minister condemned the attack.',
     ['ACCUSE[accusation]:source=Higher Education and University Minister/government/None']),
    ('The Paris Club president met the Argentine finance minister.',
     ['CONSULT[meeting]:source=Paris Club president/government/FRA;target=Argentine finance minister/government/ARG']),
]


@pytest.mark.parametrize("text,events", DESTINATION_TO_NOT_A_PARTY + MY_NEAR_MISSES + FORMER_AND_OWNER_AS_MAIN)
def test_near_misses_keep_mains_events(extract, text, events):
    assert event_lines(extract(text, "2002-03-10")) == events
