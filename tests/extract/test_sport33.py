"""Stop 33 (sport33): conflict words used of sport, business and domestic administration give no event, and
the same words used of conflict keep theirs. The occasion a thing is done for or within (a match, a final:
actors.set_by_private_occasion, the rules' private_occasions), a sportsman readied (private_patients), a
player's or a firm's attack (assault.yaml's private_agents), shares and currencies raided (FINANCIAL_ASSETS),
a government's payments at home (DOMESTIC_RECIPIENTS)."""
import pytest


def types(record):
    return {e.type for e in record.events}


SPORT_BUSINESS_AND_ADMINISTRATION = [
    # set_by_private_occasion: the act is for or within a match (mobilize.yaml: for, ahead of, before;
    # assault.yaml: in, into)
    "Police were put on alert ahead of Sunday's derby between Celtic and Rangers in Glasgow.",
    "Police were on alert for hooligans ahead of the cup final.",
    "Extra police were deployed around the stadium for the match against Turkey.",
    "The reserve goalkeeper was placed on standby for the final against Brazil.",
    "Manchester United stormed into the final with a 3-0 win over Leeds.",
    "Arsenal stormed into the semi-final with a 4-0 win.",
    "Police were put on alert for the play-off between Ajax and Feyenoord.",
    "The two sides clashed in a bruising league match on Saturday.",
    # private agents: sport's people (SPORT_PEOPLE) and businesses
    "The striker attacked the near post and scored in the 89th minute.",
    "The striker fired a shot past the goalkeeper in the second half.",
    "The umpire revoked his decision after the television replay.",
    "The boxer surrendered in the ninth round.",
    "The companies are fighting to protect their diminishing business.",
    # a clash with a player or an official is a foul (the parser reads the noun after "after" as a verb)
    "The captain was fined after a heated clash with the umpire.",
    "The midfielder clashed with the referee and was sent off.",
    # shares and currencies are traded, not attacked
    "The mining group launched a hostile raid on shares of its Australian rival.",
    # a government's payments to its own farmers are administration, no sanction
    "The government suspended disbursements to farmers until the audit of the subsidy scheme is complete.",
    "The ministry suspended funding to schools in the district after the audit.",
    "The provincial government froze transfers to village councils pending an audit.",
    # guards: what main already left out stays out
    "Real Madrid defeated Barcelona 2-1 in the Spanish league.",
    "The league suspended the referee for two matches after the derby.",
    "The central bank froze interest rates at 4 percent.",
    "Shareholders threatened to block the merger at the annual meeting.",
    "The licensing board revoked the pub's licence after complaints from neighbours.",
    "The stock exchange suspended trading in the company's shares.",
    "Investors retreated from the market as oil prices rose.",
    "The club captured the league title for the third year running.",
    "The defending champion surrendered his title to the young challenger.",
    "The two companies held talks on a possible merger.",
    "The home side laid siege to the visitors' goal for the last twenty minutes.",
    "The coach threatened to drop the captain for the next match.",
    "The board of directors fired the chief executive after the losses.",
    "The striker was sent off for a clash with the goalkeeper.",
    "The marathon runner withdrew from the race with an injury.",
    "The Olympic committee stripped the sprinter of his medal.",
]


@pytest.mark.parametrize("text", SPORT_BUSINESS_AND_ADMINISTRATION)
def test_sport_business_and_administration_give_no_event(extract, text):
    assert types(extract(text, "2002-03-10")) == set()


CONFLICT_WITH_THE_SAME_WORDS = [
    # the occasion is no match, or the doer is a political one
    ("Police were put on alert in the capital ahead of the opposition rally.", {"MOBILIZE"}),
    ("Police were deployed in the capital ahead of the opposition's march.", {"MOBILIZE"}),
    ("Police were put on alert for the second round of the presidential election.", {"MOBILIZE"}),
    ("Troops were put on alert ahead of the election.", {"MOBILIZE"}),
    ("The army was put on alert for the final offensive against the rebels.", {"MOBILIZE"}),
    ("The army deployed troops in the city ahead of the cup final.", {"MOBILIZE"}),
    ("The army was placed on standby after the rebel attack on the border town.", {"MOBILIZE"}),
    ("Troops were deployed to the border ahead of the talks.", {"MOBILIZE"}),
    ("Troops stormed into the town of Jenin on Tuesday.", {"ASSAULT"}),
    ("Soldiers stormed into the stadium where the rebels were hiding.", {"ASSAULT"}),
    ("Soldiers stormed into the match and arrested the referee.", {"ASSAULT", "COERCE"}),
    ("Gunmen stormed into a football match in Mogadishu.", {"ASSAULT"}),
    ("Rebels attacked the town in the final phase of the offensive.", {"ASSAULT"}),
    ("Rebels fired mortars into the stadium during the match.", {"ASSAULT"}),
    ("A bomb exploded during a football match in Baghdad, killing ten people.", {"ASSAULT"}),
    ("Gunmen opened fire on players during a football match in Karachi.", {"ASSAULT"}),
    ("Security forces clashed with protesters outside the stadium after the match.", {"ASSAULT"}),
    # sport's people and clubs as victims or arrested: real acts
    ("Police arrested the national team striker on charges of inciting riots during the protest.", {"COERCE"}),
    ("Gunmen kidnapped a club official in Bogota on Friday.", {"ASSAULT"}),
    ("The goalkeeper was shot dead by gunmen outside his home.", {"ASSAULT"}),
    ("Rebels attacked a football stadium in Kismayo, killing 12 spectators.", {"ASSAULT"}),
    ("Soldiers fired on fans at the stadium, killing three people.", {"ASSAULT"}),
    ("The United Nations imposed sanctions on the Yugoslav football federation.", {"SANCTION"}),
    ("The government banned the national football team from travelling to Israel.", {"SANCTION"}),
    # strikers who are workers, a market that is a place, an attack that is force
    ("Riot police clashed with striking workers outside the factory.", {"ASSAULT"}),
    ("Police clashed with strikers at the steel plant, injuring 20 people.", {"ASSAULT"}),
    ("Rebels launched an attack on the market in Mogadishu, killing five traders.", {"ASSAULT"}),
    ("Militants launched a raid on an oil depot near Port Harcourt.", {"ASSAULT"}),
    ("The army fought off a rebel attack on the garrison town.", {"ASSAULT"}),
    # a state's aid and funds stopped to another state
    ("The government suspended aid to Zimbabwe after the disputed election.", {"SANCTION"}),
    ("The European Union froze the assets of the president's family.", {"SANCTION"}),
    ("Washington revoked the visas of the junta's leaders.", {"SANCTION"}),
    ("Britain imposed a ban on arms sales to Indonesia.", {"SANCTION"}),
    ("India put its air force on high alert along the border with Pakistan.", {"MOBILIZE"}),
    ("Hundreds of rebel fighters surrendered to the army.", {"RETREAT"}),
    ("Russian troops retreated from the city of Kherson.", {"RETREAT"}),
]


@pytest.mark.parametrize("text,expected", CONFLICT_WITH_THE_SAME_WORDS)
def test_conflict_with_the_same_words_keeps_its_event(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected


# rev33s (the review of this branch) and fixs33: the act keeps its event when a political or armed party is
# to it, whatever the occasion, when a firm's act falls on people, when the one clashing or raiding is armed,
# or when the recipient of a cut is another state's (each was lost before the narrowing; main has them all).
KEPT_WITH_A_POLITICAL_PARTY = [
    # a state by name, troops or rebels readied, a threat by others, the police attacked (set_by_private_occasion)
    ("Pakistan put its army on alert before the cricket match with India in Karachi.", {"MOBILIZE"}),
    ("India put its forces on alert before the match in Lahore.", {"MOBILIZE"}),
    ("Russia deployed warships to the Black Sea ahead of the Sochi Olympics.", {"MOBILIZE"}),
    ("Troops were deployed in the capital ahead of the cup final amid fears of a terrorist attack.", {"MOBILIZE"}),
    ("Security forces were placed on high alert before the World Cup final after threats from al-Qaeda.", {"MOBILIZE"}),
    ("Thousands of soldiers were deployed before the match between Iran and the United States.", {"MOBILIZE"}),
    ("Paramilitary forces were deployed in Srinagar for the cricket match amid a militant threat.", {"MOBILIZE"}),
    ("Rebel fighters were mobilised ahead of the tournament in the north to attack the visiting officials.", {"MOBILIZE"}),
    ("Troops were deployed ahead of the tournament after the rebels threatened to attack it.", {"MOBILIZE"}),
    ("Riot police were deployed outside the stadium before the match after opposition supporters threatened to protest.",
     {"MOBILIZE"}),
    ("Some 7,000 reservists were called up for the Athens Olympics.", {"MOBILIZE"}),
    ("Hooligans attacked police officers in the derby.", {"ASSAULT"}),
    ("Fans attacked police officers in the derby.", {"ASSAULT"}),
    ("Ultras clashed with riot police in the match in Belgrade.", {"ASSAULT"}),
    # war games are no sport's games
    ("Troops were put on alert for the war games near the border with India.", {"MOBILIZE"}),
    ("Reservists were mobilised for the joint military games with Belarus.", {"MOBILIZE"}),
    # a firm's violence against people, a company of soldiers (assault.yaml private_victims, MILITARY_UNIT_MODIFIERS)
    ("A private security firm opened fire on villagers protesting against the mine.", {"ASSAULT"}),
    ("The security firm shot dead three protesters at the mine.", {"ASSAULT"}),
    ("A Blackwater company opened fire on civilians.", {"ASSAULT"}),
    ("A marine company stormed the town at dawn.", {"ASSAULT"}),
    # police, soldiers and security forces clashing with sportsmen who protest (the clash row's not_subject)
    ("Police clashed with cyclists blocking the road to the parliament.", {"ASSAULT"}),
    ("Security forces clashed with boxers and students protesting against the regime.", {"ASSAULT"}),
    ("Soldiers clashed with cyclists at the checkpoint near Hebron.", {"ASSAULT"}),
    ("Riot police clashed with athletes demanding the president's resignation.", {"ASSAULT"}),
    # stocks of food and arms, and a bourse, are places and goods an armed raid takes
    ("Rebels carried out a raid on food stocks in the army warehouse.", {"ASSAULT"}),
    ("Militants launched a raid on the weapons stock of the police station.", {"ASSAULT"}),
    ("Rebels mounted an attack on the grain stocks stored in Gulu.", {"ASSAULT"}),
    ("Troops carried out a raid on arms stocks held by the militia.", {"ASSAULT"}),
    ("Gunmen launched an attack on the Karachi bourse.", {"ASSAULT"}),
    # a foreign state's cut to another country's schools, farmers or councils (not_prep_object_of_another_state)
    ("Washington suspended aid to Pakistani schools after the coup.", {"SANCTION"}),
    ("Israel froze tax revenue transfers to Palestinian municipalities.", {"SANCTION"}),
    ("The EU suspended aid to Zimbabwean farmers after the land seizures.", {"SANCTION"}),
    ("The United States suspended assistance to Nicaraguan cooperatives linked to the Sandinistas.", {"SANCTION"}),
    ("The United States suspended aid to Honduran hospitals after the coup.", {"SANCTION"}),
    ("Britain suspended funding to Kenyan councils over corruption.", {"SANCTION"}),
    ("Washington suspended funding to the Palestinian schools.", {"SANCTION"}),
    ("Israel stopped the transfer of funds to Palestinian hospitals.", {"SANCTION"}),
    # fixs33's own near misses
    ("Iran put its navy on alert before the football match with the United States.", {"MOBILIZE"}),
    ("Commandos were deployed ahead of the final to guard against a militant attack.", {"MOBILIZE"}),
    ("Conscripts were mobilised for the tournament after the rebel threat.", {"MOBILIZE"}),
    ("Soldiers were placed on standby for the military games with Russia.", {"MOBILIZE"}),
    ("Supporters attacked riot police in the cup final in Cairo.", {"ASSAULT"}),
    ("Hooligans attacked policemen in the derby.", {"ASSAULT"}),
    ("A private security company shot dead two miners at the gold mine.", {"ASSAULT"}),
    ("The contractor's guards opened fire on demonstrators outside the oil field.", {"ASSAULT"}),
    ("An armoured company attacked the rebel stronghold at dawn.", {"ASSAULT"}),
    ("Gendarmes clashed with footballers protesting against the junta.", {"ASSAULT"}),
    ("Troops clashed with boxers marching to the presidential palace.", {"ASSAULT", "PROTEST"}),
    ("Insurgents staged a raid on the grain stocks of the garrison.", {"ASSAULT"}),
    ("Gunmen launched an attack on the Lagos bourse.", {"ASSAULT"}),
    ("France suspended aid to Malian schools after the coup.", {"SANCTION"}),
    ("Japan halted credit to Burmese cooperatives after the crackdown.", {"SANCTION"}),
    ("Britain froze funding to Ugandan hospitals over the anti-gay law.", {"SANCTION"}),
]


@pytest.mark.parametrize("text,expected", KEPT_WITH_A_POLITICAL_PARTY)
def test_a_political_or_armed_party_keeps_the_event(extract, text, expected):
    assert expected <= types(extract(text, "2002-03-10"))
