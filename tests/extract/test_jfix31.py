"""Stop 31 (jfix31): rows too broad for sport, a carried object's other sense, roads closed by armed
men, a price agreed off the pitch; violence fled as background; a question left open and a denial
aside as modality. Each case fails without the change its comment names, or guards that change's
limit (look-alikes that must keep their event)."""
from wordings import assert_gives_type_or_not, gives_type_or_not

SPORT = [
    # assault.yaml storm suppressed on classes.yaml SPORT_GROUNDS and SPORT_FANS
    ("Jubilant supporters stormed the pitch after the derby in Glasgow.", "ASSAULT"),
    ("Hundreds of fans stormed the field when the final whistle blew.", "ASSAULT"),
    ("Spectators stormed the outfield after the last ball of the match.", "ASSAULT"),
    # SPORT_PLAY in FIGURATIVE_OBJECTS: attacking the bowling is batting
    ("The opener attacked the spinners in the last ten overs.", "ASSAULT"),
    ("The captain attacked the bowling from the start of his innings.", "ASSAULT"),
    ("The young batsman attacked the seamers on a flat pitch.", "ASSAULT"),
]

NOT_SPORT = [
    # the same verbs with armed doers and places of war keep their attack
    ("Gunmen stormed the stadium in Kabul and took dozens of hostages.", "ASSAULT"),
    ("Rebels stormed an oil field near the border on Tuesday.", "ASSAULT"),
    ("Troops stormed the rebel stronghold at dawn.", "ASSAULT"),
    ("Commandos stormed the hijacked airliner at the airport.", "ASSAULT"),
    ("Insurgents stormed a military post in the north, killing six soldiers.", "ASSAULT"),
    ("Police stormed the hideout of the gang in the old city.", "ASSAULT"),
    ("Militants stormed a hotel in the capital, killing twelve guests.", "ASSAULT"),
    ("Militants attacked the bowler's house in Lahore.", "ASSAULT"),
    ("Gunmen attacked the team bus outside the stadium.", "ASSAULT"),
    ("Rebels attacked an army base near the town.", "ASSAULT"),
    ("Gunmen attacked the cricket team's convoy in Lahore.", "ASSAULT"),
]


@gives_type_or_not(NOT_SPORT, SPORT)
def test_sport_storms_and_attacks_are_no_assault(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


CARRIED_RELIEF = [
    # aid.yaml ferry/fly row reads what is carried (patient), not where it is carried
    ("Helicopters flew food and medicine to the flood victims.", "AID"),
    ("The army airlifted tents and blankets to the quake zone.", "AID"),
    ("Trucks ferried water to the besieged town.", "AID"),
    ("Relief was flown in to the stranded villagers.", "AID"),
    ("The navy rushed medical supplies to the island.", "AID"),
    ("The air force flew tonnes of medicine and food into the border town.", "AID"),
    ("Trucks ferried food across the border to the camps.", "AID"),
]

NOT_CARRIED_RELIEF = [
    ("Two air forces flew patrols together over the waters off Okinawa.", "AID"),
    ("Fighter jets flew low over the waters of the strait.", "AID"),
    ("The bombers flew across the water towards the islands.", "AID"),
    ("Drones flew over the flood waters near the dam.", "AID"),
    ("Ferries transported troops across the water to the island.", "AID"),
    ("The helicopters flew over the waters of the gulf at night.", "AID"),
    ("The aircraft flew in formation over the waters south of the cape.", "AID"),
    ("The patrol boats rushed through the waters near the reef.", "AID"),
    ("Two destroyers transited the waters between the islands.", "AID"),
    ("The jets flew for an hour over international waters.", "AID"),
]


@gives_type_or_not(CARRIED_RELIEF, NOT_CARRIED_RELIEF)
def test_relief_carried_is_what_is_carried(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


ROADS_BLOCKED_IN_PROTEST = [
    ("Farmers blocked the highway to protest fuel prices.", "PROTEST"),
    ("Students blocked the main road outside the university for three hours.", "PROTEST"),
    ("Villagers blocked the highway for six hours over the death of a boy.", "PROTEST"),
    ("Residents blocked the road leading to the landfill.", "PROTEST"),
    ("Traders blocked traffic in the market against the new levy.", "PROTEST"),
]

ROADS_BLOCKED_BY_FORCES = [
    # protest.yaml block suppressed for a doer of the military or rebels sector (police ones already gave none)
    ("Soldiers blocked the road to the border town.", "PROTEST"),
    ("Rebels blocked the main road into the city.", "PROTEST"),
    ("Police blocked the street leading to the opposition leader's house.", "PROTEST"),
    ("Troops blocked the highway north of the capital.", "PROTEST"),
    ("Militants blocked the highway linking the two provinces.", "PROTEST"),
    ("Insurgents blocked the road with felled trees.", "PROTEST"),
    ("The army blocked access to the camp for a week.", "PROTEST"),
    ("Jihadists blocked the roads into the besieged town.", "PROTEST"),
    ("Riot police blocked the bridge leading to parliament.", "PROTEST"),
    ("Gunmen blocked the highway and robbed travellers.", "PROTEST"),
]


@gives_type_or_not(ROADS_BLOCKED_IN_PROTEST + [("Police blocked internet access in the capital.", "COERCE")],
                   ROADS_BLOCKED_BY_FORCES)
def test_a_road_blocked_by_armed_men_is_no_protest(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


PRICES_AGREED = [
    # agree.yaml: a price or wage suppressed only when agreed for a player or a firm
    ("The fishermen's union and the processors agreed a fixed price for the catch after talks.", "AGREE"),
    ("Russia and Ukraine agreed a gas price after talks in Brussels.", "AGREE"),
    ("The union and the government agreed on a new wage for teachers.", "AGREE"),
    ("Growers and the sugar mills agreed on a cane price after talks with the minister.", "AGREE"),
    ("Egypt and Israel agreed a price for the gas on Monday.", "AGREE"),
    ("The union agreed a wage with the ministry.", "AGREE"),
]

PURCHASES_AGREED = [
    ("The club agreed a price with Ajax for the midfielder.", "AGREE"),
    ("Chelsea agreed a fee with Inter for the striker.", "AGREE"),
    ("United agreed a price for the defender on Friday.", "AGREE"),
    ("The club agreed a salary with the goalkeeper.", "AGREE"),
    ("The two clubs agreed a transfer for the winger.", "AGREE"),
    ("The firm agreed a price for the bank.", "AGREE"),
    ("The investor agreed a price for the company.", "AGREE"),
    ("Benfica agreed a price for the defender.", "AGREE"),
    ("Barcelona agreed a price with Benfica for the forward.", "AGREE"),
    ("The carmaker agreed a takeover of the startup.", "AGREE"),
    ("Leeds agreed a fee for the player with Lyon.", "AGREE"),
]


@gives_type_or_not(PRICES_AGREED, PURCHASES_AGREED)
def test_a_price_agreed_is_a_purchase_only_for_a_player_or_firm(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


BLOCKED_DRAFTS = [
    # reject.yaml block/veto objects: a draft, text or motion
    ("Beijing blocked a draft text urging the militia to lift its siege of the port.", "REJECT"),
    ("Washington blocked the draft text on the ceasefire.", "REJECT"),
    ("The opposition blocked the motion in the upper house.", "REJECT"),
]

NOT_BLOCKED_DRAFTS = [
    ("Police blocked the text messages of the suspects.", "REJECT"),
    ("Beijing circulated a draft text urging the militia to lift its siege of the port.", "REJECT"),
    ("The envoys submitted a draft demanding a ceasefire.", "REJECT"),
    ("The ministry drafted a text on the ceasefire.", "REJECT"),
    ("The council adopted the motion without a vote.", "REJECT"),
    ("Soldiers blocked the road to the border town.", "REJECT"),
    ("The council debated the draft for five hours.", "REJECT"),
    ("France tabled a motion on the crisis.", "REJECT"),
    ("The army blocked the bridge into the city.", "REJECT"),
    ("The regulator blocked the website of the newspaper.", "REJECT"),
]


@gives_type_or_not(BLOCKED_DRAFTS, NOT_BLOCKED_DRAFTS)
def test_a_draft_blocked_is_rejected(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


FLED_VIOLENCE = [
    # assault.yaml: violence under flee/escape (classes.yaml ARMED_VIOLENCE) is background
    ("The agency trucked tents to villagers who fled the bombing.", "ASSAULT"),
    ("Jordan admitted thousands of civilians fleeing the fighting.", "ASSAULT"),
    ("The charity fed families escaping the shelling.", "ASSAULT"),
    ("The agency sheltered villagers who fled from the fighting.", "ASSAULT"),
]

VIOLENCE_TOLD = [
    ("The bombing forced thousands of families to flee.", "ASSAULT"),
    ("Rebels shelled civilians fleeing the town.", "ASSAULT"),
    ("Soldiers fired on villagers as they fled the village.", "ASSAULT"),
    ("The fighting killed twenty people before residents fled.", "ASSAULT"),
    ("Jets bombed the convoy of families fleeing the city.", "ASSAULT"),
    ("Militants attacked the camp where families who had fled were sheltering.", "ASSAULT"),
    ("Gunmen killed four men who tried to escape the village.", "ASSAULT"),
    ("Heavy fighting broke out in the town, and thousands fled.", "ASSAULT"),
    ("Troops shelled the road used by people escaping the siege.", "ASSAULT"),
    ("The rebels attacked a bus carrying people who had fled the war.", "ASSAULT"),
    # head: the attack the attackers fled after is told
    ("The militants fled after the attack in the village.", "ASSAULT"),
]


@gives_type_or_not(VIOLENCE_TOLD, FLED_VIOLENCE)
def test_violence_fled_is_background(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


QUESTIONS_LEFT_OPEN = [
    # modality.clause_modality: an act in a whether-clause under a negated verb is told neither way
    ("The envoy would not say whether Kinshasa would sign the accord.", "AGREE"),
    ("The spokesman would not confirm whether troops would withdraw from the town.", "RETREAT"),
    ("Officials did not disclose whether the rebels had agreed to the truce.", "AGREE"),
]

ACTS_TOLD_BESIDE_A_QUESTION = [
    ("The group said it would accept the proposal.", "AGREE"),
    ("The official did not say why the group accepted the proposal.", "AGREE"),
    ("The spokesman did not say whether troops would return, but confirmed they withdrew from the town.", "RETREAT"),
    ("The rebels accepted the truce, but did not say whether they would disarm.", "AGREE"),
    ("The minister confirmed that the government had accepted the offer.", "AGREE"),
    ("The army withdrew from the town, officials said, without saying whether it would return.", "RETREAT"),
    ("The government accepted the offer on Monday.", "AGREE"),
    ("The spokesman said troops had withdrawn from the town.", "RETREAT"),
    ("The union did not say when it agreed to the deal, but confirmed it had.", "AGREE"),
    ("Officials confirmed the rebels had agreed to the truce.", "AGREE"),
    # ANSWERING_VERBS: an open question not left so by a speaker weighs the reason, not the act
    ("It is not clear whether police detained the men for the riot or for the theft.", "COERCE"),
]


@gives_type_or_not(ACTS_TOLD_BESIDE_A_QUESTION, QUESTIONS_LEFT_OPEN)
def test_an_act_in_an_open_question_is_not_told(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


ACCUSATIONS_DENIED_ASIDE = [
    # modality._denies_the_claim_named: "a charge X denies" read as the main verb denies a claim, not the act
    ("The transitional government blamed Algeria for arming the rebels, a charge Algiers denies.", "ACCUSE"),
    ("Kyiv accused Moscow of shelling the plant, a charge the Kremlin denies.", "ACCUSE"),
]

DENIALS = [
    ("The army denied that its troops had shelled the village.", "REJECT"),
    ("The report denies that troops shelled the village.", "REJECT"),
    ("Algiers denies the charge that it armed the rebels.", "REJECT"),
    ("The ministry rejected the accusation that it had armed the militia.", "REJECT"),
    ("Rwanda denied the allegation, calling it baseless.", "REJECT"),
    ("The Kremlin denies the charges, and says its troops did not fire.", "REJECT"),
    ("Damascus dismissed the claim as propaganda.", "REJECT"),
    ("The rebels denied attacking the aid convoy.", "REJECT"),
    ("The government denied the accusation on Monday.", "REJECT"),
    ("Abuja denied that its soldiers had killed civilians.", "REJECT"),
]


@gives_type_or_not(ACCUSATIONS_DENIED_ASIDE + DENIALS, [])
def test_a_denial_aside_leaves_the_accusation_made(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


ACTS_AWAITED = [
    # modality: an act under the "of" of classes.yaml ANTICIPATING_WORDS is awaited (conditional, kept aside)
    ("The battalion withdrew from the ridge ahead of a rebel offensive.", "ASSAULT"),
    ("Government troops abandoned the town in anticipation of an insurgent assault.", "ASSAULT"),
    ("Villagers were evacuated in advance of the bombardment.", "ASSAULT"),
]

ACTS_TOLD_NEAR_AN_AWAITED_ONE = [
    ("Rebels launched an offensive on the town ahead of the rainy season.", "ASSAULT"),
    ("The advance of the rebels was halted at the river.", "ASSAULT"),
    ("Rebels advanced on the town ahead of schedule.", "ASSAULT"),
    ("Residents fled as the rebels attacked the town.", "ASSAULT"),
    ("The army shelled rebel positions ahead of a ground offensive.", "ASSAULT"),
    ("The ministers met in Brussels ahead of the summit.", "CONSULT"),
    ("The offensive began a day ahead of the deadline.", "ASSAULT"),
    ("Troops attacked the camp in the expectation that its leaders were there.", "ASSAULT"),
    ("The rebel advance continued despite the rains.", "ASSAULT"),
    ("Jets bombed the bridge ahead of the army's crossing.", "ASSAULT"),
]


@gives_type_or_not(ACTS_TOLD_NEAR_AN_AWAITED_ONE, ACTS_AWAITED)
def test_an_act_awaited_is_not_told(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)
