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
    "Mohun Bagan stormed into the final of the Federation Cup with a 2-0 win over East Bengal.",
    "The two sides clashed in a bruising league match on Saturday.",
    # private agents: sport's people (SPORT_PEOPLE) and businesses
    "The striker attacked the near post and scored in the 89th minute.",
    "The striker fired a shot past the goalkeeper in the second half.",
    "The umpire revoked his decision after the television replay.",
    "The boxer surrendered in the ninth round.",
    "The companies are fighting to protect their diminishing business.",
    # a clash with a player or an official is a foul (the parser reads the noun after "after" as a verb)
    "The striker was banned for three matches after a touchline clash with the referee.",
    # shares and currencies are traded, not attacked
    "The telecoms group launched a dawn raid on shares of its German rival.",
    # a government's payments to its own farmers are administration, no sanction
    "The government suspended disbursements to farmers until the audit of the subsidy scheme is complete.",
    "The ministry suspended funding to schools in the district after the audit.",
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
    ("Fans clashed with police outside the stadium after the derby.", {"PROTEST"}),
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
