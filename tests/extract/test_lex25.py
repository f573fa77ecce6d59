"""Wordings a held-out probe set (s25, set d) found missed or miscoded, mended as classes of wording in the
lexicon (stop 25): Indian legal coercion, mobilisation, wire phrases, concessions undone, aid paid for or
supplied, Indian protest idioms, arson by armed groups, persons handed over, and seeking. Each positive fails
without the entry it names; the negatives keep its limits. None of these sentences is one of the set's."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # a law slapped on people, people held under a law, caught from a place, juveniles sent to a home (coerce.yaml)
    ("the state slapped the goondas act on the history-sheeter.", "COERCE"),
    ("all three were held under the gangsters act.", "COERCE"),
    ("the absconding accused was caught from a hotel in goa.", "COERCE"),
    ("the juveniles were sent to a remand home.", "COERCE"),
    # a ban on an organisation renewed is a COERCE ban, no sanction (coerce.yaml, before sanction.yaml)
    ("The Centre renewed the ban on the student outfit for two more years.", "COERCE"),
    # people stripped of citizenship, citizenship revoked (coerce.yaml)
    ("The regime stripped 300 exiled critics of their citizenship.", "COERCE"),
    ("The government revoked the citizenship of 300 dissidents.", "COERCE"),
    # a police case registered against a person is a charge laid (accuse.yaml)
    ("the police registered an fir against the sarpanch and his sons.", "ACCUSE"),
    ("A case was registered against the former minister for inciting violence.", "ACCUSE"),
    # reservists summoned, young men called up, a contingent landing, a strike group ordered out (mobilize.yaml)
    ("The army summoned thousands of reservists to their units.", "MOBILIZE"),
    ("The regime has been calling up young men for military service.", "MOBILIZE"),
    ("A contingent of 400 Rwandan troops landed in Bangui.", "MOBILIZE"),
    ("The first batch of peacekeepers arrived in Mogadishu on Sunday.", "MOBILIZE"),
    ("Moscow sent a naval strike group to the Baltic.", "MOBILIZE"),
    # police bandobast made, companies of armed police rushed or sent (mobilize.yaml)
    ("Tight police bandobast was made in the old city for the procession.", "MOBILIZE"),
    ("Four more companies of the RAF were rushed to the town.", "MOBILIZE"),
    # an envoy travelling to a capital, sitting down with the other side (consult.yaml)
    ("The Chinese envoy travelled to Kabul and Islamabad.", "CONSULT"),
    ("The government negotiator sat down with rebel leaders in Oslo.", "CONSULT"),
    # a commitment to an ally's defence reaffirmed, support extended to a bandh (support.yaml)
    ("Japan reiterated its commitment to the defence of the Philippines.", "SUPPORT"),
    ("The CPI(M) extended support to the strike called by the trade unions.", "SUPPORT"),
    # electricity cut off to a territory (sanction.yaml), missiles raining down on a city (assault.yaml)
    ("Russia cut off electricity to the occupied region.", "SANCTION"),
    ("Shells rained on the city centre for hours.", "ASSAULT"),
    # a repression undone: allies freed, parties reinstated, internet restored (concede.yaml); a road reopened (retreat.yaml)
    ("Iran freed a close ally of the opposition leader.", "CONCEDE"),
    ("The government reinstated the dismissed judges.", "CONCEDE"),
    ("Mobile internet services were restored in Manipur after three months.", "CONCEDE"),
    ("The army reopened the highway to civilian traffic.", "RETREAT"),
    # shipments paid for, parts supplied (aid.yaml)
    ("The UAE paid for food shipments to Sudan.", "AID"),
    ("Russia supplied Syria with spare parts for its fighter jets.", "AID"),
    # sitting on a fast, walking out of the assembly, a black day observed (protest.yaml)
    ("The activist has been sitting on a fast unto death since Monday.", "PROTEST"),
    ("opposition members walked out of the assembly.", "PROTEST"),
    ("The community observed a black day on Friday.", "PROTEST"),
    # wanted persons surrendered or handed over to another state's justice (cooperate.yaml)
    ("Tanzania surrendered two genocide suspects to the tribunal in Arusha.", "COOPERATE"),
    ("The police handed over the alleged financier of the gang to U.S. marshals.", "COOPERATE"),
    ("Colombian police handed over the wanted drug financier to DEA agents at the airport.", "COOPERATE"),
    # houses, offices or vehicles torched or ransacked by rebels, militants or soldiers (assault.yaml)
    ("Rebels torched dozens of homes in the area.", "ASSAULT"),
    ("Soldiers ransacked the offices of the opposition party.", "ASSAULT"),
    ("The militants torched two buses on the highway.", "ASSAULT"),
    # an inquiry or recognition sought (request.yaml)
    ("The opposition sought a judicial probe into the firing.", "REQUEST"),
    ("The rebel government sought recognition from the African Union.", "REQUEST"),
]

NOT_THESE = [
    ("The government slapped a tax on imported cars.", "COERCE"),
    ("Elections were held under the new act.", "COERCE"),
    ("The fisherman caught a large fish from the river.", "COERCE"),
    ("The refugees were sent to their homes.", "COERCE"),
    ("The athlete was stripped of his gold medal.", "COERCE"),
    ("The EU extended its ban on Iranian oil imports.", "COERCE"),
    ("The company registered a complaint with the consumer forum.", "ACCUSE"),
    ("Three policemen were dismissed from service.", "REJECT"),
    ("The company called up its customers to apologise.", "MOBILIZE"),
    ("The plane carrying the minister landed in Delhi.", "MOBILIZE"),
    ("The militia fled the village hours before the peacekeepers arrived.", "MOBILIZE"),
    ("The companies of the group were sent to the auction.", "MOBILIZE"),
    ("The tourists travelled to Goa for the holidays.", "CONSULT"),
    ("Russia flew troops to Syria.", "CONSULT"),
    ("The singer sits down with Hillary Clinton in a new video.", "CONSULT"),
    ("The company reaffirmed its commitment to its shareholders.", "SUPPORT"),
    ("The CPI(M) extended support to the strike called by the trade unions.", "AID"),
    ("The storm cut off electricity to thousands of homes.", "SANCTION"),
    ("Colombian guerrillas blew up a pylon, cutting power to the city of Cali.", "SANCTION"),
    ("Praise rained down on the young captain.", "ASSAULT"),
    ("The club reinstated its coach.", "CONCEDE"),
    ("Electricity services were restored after the cyclone.", "CONCEDE"),
    ("The municipality reopened the road after repairs.", "RETREAT"),
    ("The company paid for the fuel in cash.", "AID"),
    ("Devotees observed a fast on the occasion of Navratri.", "PROTEST"),
    ("He walked out of the house at night.", "PROTEST"),
    ("The rebels surrendered their weapons to the army.", "COOPERATE"),
    ("The actor sought recognition for his work.", "REQUEST"),
    # a mob's arson stays out (IndiaPoliceEvents: no attack of its kind)
    ("A mob torched two buses on the highway.", "ASSAULT"),
]

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_probe25_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
