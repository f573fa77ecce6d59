"""Stop 34 (prec34): conflict and diplomacy words used of business, administration and natural events give no
event, and a detention or seizure is not typed twice (set l classes 4 and 8). A business's organ or a business
by its trade as the party (BUSINESS_ORGANS, INDUSTRY_HEADS with INDUSTRIES: actors.done_by_private_party), a
natural force as the subject a conjoined verb shares (background.caused_by_nature, with actors.shared_subject), a meeting counted in a run of them,
premises sealed for a breach of building or tax rules (the `grounds` condition, ADMINISTRATIVE_BREACHES), violence
cited as grounds, craft a state's forces seize (SEIZED_CRAFT: COERCE, not ASSAULT) and a freeze that enforces a
ban on a body at home. The same words keep their events with a state, an armed party or a political party."""
import pytest


def types(record):
    return {e.type for e in record.events}


# Each of these gave an event on main (e5c3fd3): the event given there is in the comment.
CHANGED = [
    # a business as the party: by its trade or by its organ
    ("The drugmaker rejected the bid as too low.", set()),  # REJECT
    ("The airline's board rejected the takeover offer from its rival.", set()),  # REJECT
    ("The board of the company rejected the proposal from the hedge fund.", set()),  # REJECT
    ("The two oil majors signed a joint venture agreement to develop the field.", set()),  # AGREE
    ("The mining giant signed a supply agreement with a Chinese steel mill.", set()),  # AGREE
    ("The media group agreed to buy the newspaper for 300 million pounds.", set()),  # AGREE
    # a meeting counted in a run of them
    ("The Reserve Bank kept interest rates on hold for a second straight meeting.", set()),  # CONSULT
    ("The central bank left rates unchanged for a fourth successive meeting.", set()),  # CONSULT
    # a natural force as the subject the killing verb shares
    ("The storm tore through the town and killed four soldiers at the army camp.", set()),  # ASSAULT
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


# rf34p (review of prec34): near-misses of the rows' classes that must keep their event (each but the central bank's
# gave main's event and lost or retyped it with prec34 as first made): a state's bank, a business's act toward a
# party (the conjoined-verb rule withdrawn), a political closure on a licence or tax pretext, a threat to a state's people (and its coercive travel advisory), one
# attack cited, a ship seized by an armed group, a ban by a body by name, a word of nature said of weapons.
KEPT_AFTER_REVIEW = [
    ("A hailstorm of bullets swept the square and killed 20 protesters.", {"ASSAULT"}),
    ("A blizzard of shells fell on the city and killed 40 people.", {"ASSAULT"}),
    ("A deluge of rockets slammed into the town and killed 12 civilians.", {"ASSAULT"}),
    ("As the floodwaters rose, prison guards opened fire and killed six inmates.", {"ASSAULT"}),
    ("Police sealed the offices of the opposition party for non-payment of rent.", {"COERCE"}),
    ("The regime padlocked the printing press of the opposition weekly over unpaid taxes.", {"COERCE"}),
    ("The military government closed the radio station for violating its licence by broadcasting opposition views.", {"COERCE"}),
    ("Authorities sealed off the madrassa for violating building codes after it was linked to militants.", {"COERCE"}),
    ("Iran warned Americans against any attack on its nuclear facilities.", {"THREATEN"}),
    ("North Korea warned Americans against provoking a war on the peninsula.", {"THREATEN"}),
    ("Saddam Hussein warned Americans against invading Iraq.", {"THREATEN"}),
    ("China warned Britons against interfering in Hong Kong's affairs.", {"THREATEN"}),
    ("Russia warned Americans against meddling in its elections.", {"THREATEN"}),
    ("Russia warned Russians against travel to Georgia, days after cutting flights in retaliation for the protests.", {"THREATEN"}),
    ("The airline halted flights, citing Tuesday's rocket attack on the airport.", {"ASSAULT"}),
    ("The government imposed a curfew, citing violence in which 40 people were killed.", {"ASSAULT", "COERCE"}),
    ("The Houthis seized a British-owned vessel in the Red Sea.", {"ASSAULT"}),
    ("Al-Shabaab seized a ship off Kismayo.", {"ASSAULT"}),
    ("The tanker was seized by Somali pirates in the Gulf of Aden.", {"ASSAULT"}),
    ("LTTE Sea Tigers seized a Jordanian ship off Mullaitivu.", {"ASSAULT"}),
    ("The UN Security Council banned the group and froze its funds.", {"COERCE", "SANCTION"}),
    ("The U.S. Treasury banned the Islamic charity and froze its assets.", {"COERCE", "SANCTION"}),
    ("The board of the central bank froze the accounts of the ousted president's family.", {"SANCTION"}),
    ("The bank froze the accounts and accused the ruling party of money laundering.", {"ACCUSE"}),
]


@pytest.mark.parametrize("text,expected", KEPT_AFTER_REVIEW)
def test_political_and_armed_acts_in_the_suppressed_wording_keep_their_events(extract, text, expected):
    assert types(extract(text, "2002-03-10")) >= expected


# rf34p: the narrowed rows still take these from main's event (in the comment).
CAUGHT_AFTER_REVIEW = [
    ("The Fed held rates steady for a second successive meeting.", set()),  # CONSULT
    ("The Bank of England held interest rates at 4 percent for a third consecutive meeting.", set()),  # CONSULT
    ("The municipality sealed 30 shops for non-payment of property tax.", set()),  # COERCE
    ("The corporation sealed 12 godowns for encroachment.", set()),  # COERCE
    ("The firm pulled out, citing kidnapping and banditry.", set()),  # ASSAULT
    ("The vessel was seized by the Iranian navy.", {"COERCE"}),  # ASSAULT
    ("The military regime banned the opposition party and froze its funds.", {"COERCE"}),  # + SANCTION
    ("A storm of bullets killed 20 protesters.", {"ASSAULT"}),  # none: a storm read as nature
]


@pytest.mark.parametrize("text,expected", CAUGHT_AFTER_REVIEW)
def test_narrowed_rows_still_catch_their_class(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected
