"""Stop 33's rows for probe set k's class 1 (setk33): AID given by verbs other than give, send or provide: a credit
line extended, opened or approved for a state or its government, helicopters delivered to another state's army where
the parser reads them as the "of" of the object ("the first of 14 helicopters"), staple food handed out to victims or
families, a treatment or feeding centre opened by an aid body.

The wordings marked NEW give nothing on main (98b080c), so each fails when its row is removed; the others are the
class's wordings main already took, kept so that a row added here cannot take them away. A look-alike must give no
asserted AID (a planned, hypothetical or denied event is marked by design): banks' lines to firms, a ministry's
helicopters to its own army, a firm's, rice sold in ration shops, a ministry's or a club's centres, a history. None is
a probe-set or dev sentence."""
from wordings import assert_asserts_type_or_not, assert_gives_type_or_not, gives_type_or_not

AID_WORDINGS = [
    # NEW
    ('The World Bank opened a $500 million credit line to Ukraine.', "AID"),
    ('China extended a $1 billion credit line to Pakistan.', "AID"),
    ('The Inter-American Development Bank approved a $200 million credit line to the Argentine government.', "AID"),
    ('The United States delivered two of the promised helicopters to the Lebanese army.', "AID"),
    ('Aid workers handed out rice and beans to families displaced by the fighting.', "AID"),
    ('China handed out rice and cooking oil to flood victims in Pakistan.', "AID"),
    ('UNICEF opened a therapeutic feeding centre in Mogadishu.', "AID"),
    ('Oxfam set up a cholera treatment centre in the camp.', "AID"),
    ('The Red Cross opened a trauma clinic in Mosul.', "AID"),
    # taken on main
    ('The WFP handed out flour and lentils to 10,000 returnees.', "AID"),
    ('Russia delivered the first batch of Mi-17 helicopters to the Afghan army.', "AID"),
    ('Germany shipped 500 tonnes of medical supplies to the earthquake zone.', "AID"),
    ('The Red Cross distributed blankets and food parcels to 5,000 displaced families.', "AID"),
    ('Kuwait pledged $50 million in humanitarian aid to Sudan.', "AID"),
    ('Japan extended a $200 million loan to Indonesia to ease its financial crisis.', "AID"),
]

AID_NOT = [
    ('The bank extended a $2 million loan to the textile company.', "AID"),
    ('Bank of Baroda extended a credit line to small businesses.', "AID"),
    ('The bank extended its credit line to the airline until June.', "AID"),
    ('The bank extended a credit line to the textile exporter.', "AID"),
    ('The company shipped 3,000 cars to Europe last month.', "AID"),
    ('The courier delivered the parcel to the embassy.', "AID"),
    ('Spain\'s defence ministry delivered the first of ten helicopters to the Spanish army.', "AID"),
    ('Airbus delivered the first of 20 helicopters to the French army.', "AID"),
    ('The firm handed out bonuses to its staff.', "AID"),
    ('The state handed out land titles to 2,000 farmers.', "AID"),
    ('Police distributed sweets to children at the festival.', "AID"),
    ('The company handed out rice to its workers at the festival.', "AID"),
    ('The state handed out rice at subsidised prices through ration shops.', "AID"),
    ('The health ministry opened a cholera treatment centre in the capital.', "AID"),
    ('The Red Cross did not open a cholera treatment centre in Beira.', "AID"),
    ('The club opened a treatment centre for injured players.', "AID"),
    ('The hospital opened a new trauma unit.', "AID"),
    ('The Army delivered a crushing defeat to the rebels.', "AID"),
    ('The government extended the deadline for tax returns.', "AID"),
    ('In 1948, the United States gave billions of dollars in aid to Europe.', "AID"),
    ('The ministry airlifted 300 soldiers to the border.', "AID"),
]


@gives_type_or_not(AID_WORDINGS, [])
def test_setk33_aid_wording_gives_its_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], AID_NOT)
def test_setk33_aid_look_alike_asserts_no_event_of_the_type(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)
