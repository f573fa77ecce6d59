"""Stop 34 (prec34): conflict and diplomacy words used of business, administration and natural events give no
event, and a detention or seizure is not typed twice (set l classes 4 and 8). A business's organ or a business
by its trade as the party (BUSINESS_ORGANS, INDUSTRY_HEADS with INDUSTRIES; the subject a conjoined or
participial verb shares: actors.done_by_private_party), a natural force as the subject a conjoined verb shares
(background.caused_by_nature), a meeting counted in a run of them, a travel advisory to a state's own people,
premises sealed for a breach of building or tax rules (the `grounds` condition, ADMINISTRATIVE_BREACHES), violence
cited as grounds, craft a state's forces seize (SEIZED_CRAFT: COERCE, not ASSAULT) and a freeze that enforces a
ban on a body at home. The same words keep their events with a state, an armed party or a political party."""
import pytest


def types(record):
    return {e.type for e in record.events}


# Each of these gave an event on main (e5c3fd3): the event given there is in the comment.
CHANGED = [
    # a business as the party: by its trade, by its organ, or as the subject a later verb shares
    ("The carmaker launched a takeover bid for its German rival, offering $4 billion in shares.", set()),  # AID
    ("The drugmaker rejected the bid as too low.", set()),  # REJECT
    ("The airline's board rejected the takeover offer from its rival.", set()),  # REJECT
    ("The board of the company rejected the proposal from the hedge fund.", set()),  # REJECT
    ("The two oil majors signed a joint venture agreement to develop the field.", set()),  # AGREE
    ("The mining giant signed a supply agreement with a Chinese steel mill.", set()),  # AGREE
    ("The media group agreed to buy the newspaper for 300 million pounds.", set()),  # AGREE
    ("The bank blacklisted 40 defaulters and froze their accounts.", set()),  # SANCTION
    # a meeting counted in a run of them
    ("The Reserve Bank kept interest rates on hold for a second straight meeting.", set()),  # CONSULT
    ("The central bank left rates unchanged for a fourth successive meeting.", set()),  # CONSULT
    # natural forces as the subject the killing verb shares
    ("Torrential floodwaters swept through the valley and killed 12 villagers.", set()),  # ASSAULT
    ("The storm tore through the town and killed four soldiers at the army camp.", set()),  # ASSAULT
    ("A cloudburst killed 11 people in Himachal Pradesh on Monday.", set()),  # ASSAULT
    # premises sealed for a breach of trade or tax rules
    ("The municipal corporation sealed 25 shops for non-payment of property tax.", set()),  # COERCE
    # a seizure of craft by a state's forces is COERCE
    ("The navy seized an Iranian oil tanker in the Gulf of Oman.", {"COERCE"}),  # ASSAULT
    ("Iranian forces seized a Greek-owned vessel in the Strait of Hormuz.", {"COERCE"}),  # ASSAULT
    # a freeze enforcing a ban at home: the ban's COERCE alone
    ("The government outlawed the movement and froze its assets.", {"COERCE"}),  # + SANCTION
    ("The junta dissolved the party and froze its bank accounts.", {"COERCE"}),  # + SANCTION
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_business_administration_and_nature_are_no_conflict(extract, text, expected):
    assert types(extract(text, "2019-07-20")) == expected


# These gave the same on main: they must not change.
UNCHANGED = [
    # the same businesses' acts main already left out
    ("Samsung's board approved the deal with the chip supplier.", set()),
    ("The tech giant threatened to pull its services from the market.", set()),
    ("The lender froze the accounts of the bankrupt developer.", set()),
    ("The cyclone flattened thousands of homes and killed at least 200 people.", set()),
    ("An avalanche buried a convoy of trucks and killed eight drivers.", set()),
    ("Authorities sealed off two hotels for violating fire safety codes.", set()),
    ("The Foreign Office warned British citizens against all travel to the area.", set()),
    # a state's sanctions on a bank's owners, a government freezing a party's assets
    ("The United States imposed sanctions on the bank's owners.", {"SANCTION"}),
    ("Washington froze the assets of the bank's owners over their links to the regime.", {"SANCTION"}),
    ("The government froze the assets of the opposition party.", {"SANCTION"}),
    ("The interior ministry froze the bank accounts of the banned party.", {"SANCTION"}),
    ("The European Union imposed sanctions on Russian banks.", {"SANCTION"}),
    # a state by name banning and freezing: its designation stays a sanction
    ("Washington banned the charity and froze its assets.", {"COERCE", "SANCTION"}),
    # police raids: with beatings an ASSAULT beside the COERCE; detentions in raids one COERCE
    ("Police raided the opposition offices, beat party workers and detained 12 activists.", {"ASSAULT", "COERCE"}),
    ("Police beat protesters with batons and detained 40 of them in raids across the city.", {"ASSAULT", "COERCE"}),
    ("Police detained 42 people in raids across 12 provinces.", {"COERCE"}),
    # a state firm's act for its state, a named state giant, a firm's guards firing on people
    ("The state-owned energy company cut off gas supplies to Ukraine on Monday.", {"SANCTION"}),
    ("Russian energy giant Gazprom cut gas supplies to Moldova.", {"SANCTION"}),
    ("The state oil company signed an agreement with the Chinese government on behalf of the state.", {"AGREE"}),
    ("The company's security guards opened fire on protesters at the mine.", {"ASSAULT"}),
    # ships and towns seized by pirates and rebels are seized by force
    ("Somali pirates seized a tanker off the coast of Oman.", {"ASSAULT"}),
    ("Houthi rebels seized a cargo ship in the Red Sea.", {"ASSAULT"}),
    ("Rebels seized the town after heavy fighting.", {"ASSAULT"}),
    # a boat seized with contraband is police work on a crime (test_lex27's convention), no party coerced
    ("The coast guard seized a boat carrying two tonnes of cocaine.", set()),
    ("The coast guard impounded two Chinese fishing trawlers off the coast.", set()),
    # premises sealed by those who rule with no breach of building or tax rules as grounds
    ("Police sealed the offices of the opposition newspaper.", {"COERCE"}),
    ("Troops sealed off the town after the attack.", {"COERCE"}),
    ("Authorities closed the opposition newspaper for violating licence rules.", {"COERCE"}),
    # armed violence beside a storm or a flood
    ("Militants attacked the army post and killed four soldiers during the storm.", {"ASSAULT"}),
    ("Gunmen stormed the flood relief camp and killed 12 people.", {"ASSAULT"}),
    # states' warnings, meetings, deals, refusals and aid
    ("Russia warned Ukraine against joining NATO.", {"THREATEN"}),
    ("China warned Taiwan against moves toward independence.", {"THREATEN"}),
    ("The two sides signed a ceasefire agreement in Doha.", {"AGREE"}),
    ("The ministers held a second consecutive meeting on the crisis.", {"CONSULT"}),
    ("The foreign ministers met in Geneva for a third consecutive day.", {"CONSULT"}),
    ("The board of the central bank met the finance minister to discuss the crisis.", {"CONSULT"}),
    ("The company's board met with government officials over the dispute.", {"CONSULT"}),
    ("The government rejected the offer of talks from the rebels.", {"REJECT"}),
    ("Pakistan rejected the Indian offer of talks.", {"REJECT"}),
    ("The army offered $10 million in aid to flood victims.", {"AID"}),
    ("The rights group accused the army of torture.", {"ACCUSE"}),
]


@pytest.mark.parametrize("text,expected", UNCHANGED)
def test_states_and_armed_parties_keep_their_events(extract, text, expected):
    assert types(extract(text, "2019-07-20")) == expected
