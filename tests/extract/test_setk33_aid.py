"""Stop 33's rows for probe set k's class 1 (setk33): AID given by verbs other than give, send or provide: helicopters
delivered to another state's army where the parser reads them as the "of" of the object ("the first of 14
helicopters"), staple food handed out to victims, survivors, returnees, refugees or the displaced, a cholera or
feeding centre opened by a named aid body. (A credit line extended to a state was withdrawn after review, rev33k.)

The wordings marked NEW give nothing on main (98b080c), so each fails when its row is removed; the others are the
class's wordings main already took, kept so that a row added here cannot take them away. They are plain past acts,
so they must give an asserted AID. A look-alike must give no AID of any modality, and a denied handout no REJECT: a ministry's helicopters to its own army, a sale, a denial, rice handed to voters, customers or workers,
parcels, rice sold in ration shops, an agency's drug or water treatment centre, a charity's at home. None is a
probe-set or dev sentence."""
from wordings import assert_asserts_type_or_not, assert_gives_type_or_not, gives_type_or_not

AID_WORDINGS = [
    # NEW
    ('The United States delivered two of the promised helicopters to the Lebanese army.', "AID"),
    ('China handed out rice and cooking oil to flood victims in Pakistan.', "AID"),
    ('UNHCR handed out wheat flour to refugees in the camp.', "AID"),
    ('UNICEF opened a therapeutic feeding centre in Mogadishu.', "AID"),
    ('Oxfam set up a cholera treatment centre in the camp.', "AID"),
    ('Oxfam set up a feeding centre for children in Baidoa.', "AID"),
    # taken on main
    ('The WFP handed out flour and lentils to 10,000 returnees.', "AID"),
    ('Russia delivered the first batch of Mi-17 helicopters to the Afghan army.', "AID"),
    ('Germany shipped 500 tonnes of medical supplies to the earthquake zone.', "AID"),
    ('The Red Cross distributed blankets and food parcels to 5,000 displaced families.', "AID"),
    ('Japan extended a $200 million loan to Indonesia to ease its financial crisis.', "AID"),
]

AID_NOT = [
    ('The bank extended a $2 million loan to the textile company.', "AID"),
    ('Deutsche Bank opened a credit line to Russia\'s Gazprom.', "AID"),
    ('The state bank extended a credit line to the Moscow city government for road works.', "AID"),
    ('The company shipped 3,000 cars to Europe last month.', "AID"),
    ('The courier delivered the parcel to the embassy.', "AID"),
    ('Spain\'s defence ministry delivered the first of ten helicopters to the Spanish army.', "AID"),
    ('Airbus delivered the first of 20 helicopters to the French army.', "AID"),
    ('The United States sold and delivered the first of 30 Apache helicopters to the Egyptian army.', "AID"),
    ('Washington did not deliver the helicopters to the Colombian army.', "AID"),
    ('The firm handed out bonuses to its staff.', "AID"),
    ('The candidate handed out rice to villagers ahead of the election.', "AID"),
    ('The party handed out rice to flood victims in exchange for votes.', "AID"),
    ('The supermarket gave out free flour to customers on its opening day.', "AID"),
    ('Couriers handed out parcels to households whose deliveries were delayed.', "AID"),
    ('The company handed out rice to its workers at the festival.', "AID"),
    ('The state handed out rice at subsidised prices through ration shops.', "AID"),
    ('The minister did not hand out rice to flood victims, contrary to reports.', "AID"),
    ('The health ministry opened a cholera treatment centre in the capital.', "AID"),
    # NEW: a denied handout or centre is no refusal either (negated: false; without it, a REJECT)
    ('The minister did not hand out rice to flood victims, contrary to reports.', "REJECT"),
    ('The Red Cross did not open a cholera treatment centre in Beira.', "REJECT"),
    ('Oxfam did not open a feeding centre in Baidoa.', "REJECT"),
    ('The Red Cross did not open a cholera treatment centre in Beira.', "AID"),
    ('The charity did not open a feeding centre in Baidoa.', "AID"),
    ('The National Drug Law Enforcement Agency opened a drug treatment centre in Kano.', "AID"),
    ('The Environmental Protection Agency opened a water treatment centre in Ohio.', "AID"),
    ('It is unclear who runs the cholera treatment centre in the town.', "AID"),
    ('The hospice charity built a palliative treatment centre for its patients in London.', "AID"),
    ('The cancer charity opened a chemotherapy treatment unit at the county hospital.', "AID"),
    ('The club opened a treatment centre for injured players.', "AID"),
    ('The hospital opened a new trauma unit.', "AID"),
    ('The government extended the deadline for tax returns.', "AID"),
    ('The ministry airlifted 300 soldiers to the border.', "AID"),
]


@gives_type_or_not(AID_WORDINGS, [])
def test_setk33_aid_wording_asserts_its_type(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], AID_NOT)
def test_setk33_aid_look_alike_gives_no_event_of_the_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)
