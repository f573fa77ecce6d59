"""Classes of wording of REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, COERCE and ASSAULT found
missing on unseen wire-style sentences (stop 20), and the readings each must not take."""
import pytest


def types_of(record):
    return sorted((e.type, e.trigger) for e in record.events)


WORDINGS = [
    # pleas naming whom they press, a call renewed, talks sought
    ("The archbishop implored the army to spare the civilians in the besieged town.", "REQUEST"),
    ("Tribal elders petitioned the provincial governor to reopen the border crossing.", "REQUEST"),
    ("The Kurdish leaders repeated their call for a U.N. protection force in the north.", "REQUEST"),
    ("The guerrillas sought talks with the army on a local truce.", "REQUEST"),
    # an accusation told as a claim; blame put on a party
    ("Croatian officials charged that Serb gunners had deliberately shelled the hospital.", "ACCUSE"),
    ("The report held the army directly responsible for the massacre.", "ACCUSE"),
    # a request turned down
    ("The junta refused a request by U.N. envoys to meet the detained opposition leader.", "REJECT"),
    # force a party says it would use
    ("Beijing said it would use force if Taiwan declared independence.", "THREATEN"),
    # tyres set on fire by a crowd
    ("Striking workers set fire to tyres outside the ministry.", "PROTEST"),
    # rights suspended, papers taken
    ("The military ruler suspended the constitution and dissolved parliament.", "COERCE"),
    ("Police confiscated the cameras of foreign journalists at the border.", "COERCE"),
    # calls rebuffed and access denied, as the parser reads them; a deadline given
    ("Syria rebuffed Western calls for a withdrawal from Lebanon.", "REJECT"),
    ("The militia denied aid workers access to the refugee camps.", "REJECT"),
    ("The kidnappers gave the government a deadline to free their comrades.", "THREATEN"),
    # the net blocked and papers closed by those who rule; prisoners subjected to torture
    ("The authorities blocked access to foreign news websites.", "COERCE"),
    ("The junta closed the independent newspaper for a month.", "COERCE"),
    ("Prisoners were subjected to torture in the military barracks.", "ASSAULT"),
    # lending cut, a member suspended
    ("The World Bank suspended lending to Zimbabwe.", "SANCTION"),
    ("The Commonwealth suspended Pakistan after the military coup.", "SANCTION"),
    # a labour strike over pay, rioters looting, a court order ignored
    ("Teachers shut schools across the country with a strike over pay.", "PROTEST"),
    ("Rioters looted shops in the centre of the capital.", "PROTEST"),
    ("The union ignored a court order to end the stoppage.", "REJECT"),
    # round 3: people expelled, a member suspended from a body, sanctions extended, a strike that shut
    # a town, a crowd besieging an office, civilians clashing with police, a request made, a party warned
    ("The government expelled hundreds of foreign missionaries.", "COERCE"),
    ("Israeli troops sealed off Hebron on Sunday.", "COERCE"),
    ("Zimbabwe was suspended from the Commonwealth over the elections.", "SANCTION"),
    ("Washington extended its trade embargo against Cuba for another year.", "SANCTION"),
    ("Banks and markets were shut across the province in a strike called by the opposition.", "PROTEST"),
    ("Hundreds of angry residents surrounded the district office demanding water.", "PROTEST"),
    ("Students clashed with police outside the university.", "PROTEST"),
    ("The government made a formal request for U.N. observers.", "REQUEST"),
    ("The general warned the demonstrators to leave the square.", "THREATEN"),
    # round 4: hours given by captors, buildings occupied by strikers, hostages seized
    ("The kidnappers gave the family 48 hours to pay the ransom.", "THREATEN"),
    ("Striking miners occupied the mine offices in the north.", "PROTEST"),
    ("Gunmen seized eight hostages at a hotel in the capital.", "ASSAULT"),
    # round 5: money frozen, a freeze on aid, diplomats ordered out, held without charge, troops sought,
    # countermeasures on a condition, attacks vowed to go on, rioting
    ("Britain froze $50 million in assets belonging to the former ruler.", "SANCTION"),
    ("The donors announced a freeze on budget aid to Uganda.", "SANCTION"),
    ("Three Libyan diplomats were ordered to leave the country within a week.", "SANCTION"),
    ("The students have been held without trial since the riots.", "COERCE"),
    ("The governor sought federal troops for the province.", "REQUEST"),
    ("Tehran said it would take countermeasures if the sanctions were tightened.", "THREATEN"),
    ("The rebels vowed to continue their attacks on government forces.", "THREATEN"),
    ("Rioting broke out in the capital after the election results.", "PROTEST"),
    # what the not-these readings below must leave alone
    ("The army announced the detention of 40 suspected rebels.", "COERCE"),
    ("Two soldiers died during a raid on the village.", "ASSAULT"),
    ("A battle against the rebels raged for three days near the border.", "ASSAULT"),
    ("The committee held a meeting, condemning the violence in the state.", "ACCUSE"),
]

NOT_THESE = [
    # a retort is not a plea; a call to members is no call for anything
    ("The decision begs the question of who will pay for the reconstruction.", "REQUEST"),
    ("The party issued a call to its members on Monday.", "REQUEST"),
    # a charge of cavalry, a ministry in charge of camps
    ("The rebels charged across the bridge at dawn.", "ACCUSE"),
    ("The ministry responsible for the camps said 4,000 families had arrived.", "ACCUSE"),
    # a report denied is no refusal
    ("The army denied that its troops had fired on the crowd.", "REJECT"),
    # a player suspended, drugs seized
    ("The league suspended the midfielder for three matches.", "COERCE"),
    ("Customs officers confiscated 20 kilograms of heroin at the airport.", "COERCE"),
    # a detention named as the setting of an abuse; raids in which arrests are made
    ("Former prisoners said they were beaten during their detention.", "COERCE"),
    ("Police arrested 15 suspects during raids in the southern city.", "ASSAULT"),
    # a battle against an ill; tyres set on fire; what a march denounces
    ("The economy faces a long battle against inflation, the minister said.", "ASSAULT"),
    ("Striking workers set fire to tyres outside the ministry.", "ASSAULT"),
    ("Demonstrators marched in the capital to denounce violence by the security forces.", "ACCUSE"),
    # a deadline set for papers; a crowd blocking access
    ("The court set a deadline for written submissions.", "THREATEN"),
    ("Farmers blocked access to the port with their tractors.", "COERCE"),
    # a paper closed by its publisher; a broadcaster suspended by a government is no membership lost
    ("The publisher closed the newspaper after heavy losses.", "COERCE"),
    ("The government suspended the BBC for a week.", "SANCTION"),
    # raids in which arrests are made; an attack an inquiry looks into
    ("Police arrested 15 suspects during raids in the southern city.", "ASSAULT"),
    ("Prosecutors opened a criminal inquiry into the bombing.", "ASSAULT"),
    # a protest that is the manner of a recall; an election rally; an arrest that preceded a protest
    ("France recalled its ambassador from Tehran in protest at the sentencing.", "PROTEST"),
    ("The prime minister addressed an election rally in his home town.", "PROTEST"),
    ("Thousands of Kurds protested outside Greek embassies after Ocalan's arrest.", "COERCE"),
    # diplomats expelled are a sanction; a bridge hit by an air strike; roads blocked by snow; a
    # deployment made at someone's request
    ("Moscow expelled two American diplomats for spying.", "COERCE"),
    ("The bridge was closed by an air strike on Monday.", "PROTEST"),
    ("Heavy snow blocked roads across the region.", "PROTEST"),
    ("The statement was made at the request of the interior minister.", "REQUEST"),
    # time given by a court; a protest covered by the press; a ball shot; words against prices; a tour
    # called off by a band
    ("The court gave the defence two weeks to prepare its case.", "THREATEN"),
    ("Police beat up reporters covering the demonstration.", "PROTEST"),
    ("The midfielder shot the ball into the net.", "ASSAULT"),
    ("The opposition leader launched an attack on rising fuel prices.", "ASSAULT"),
    ("The band cancelled its European tour.", "SANCTION"),
    # a wage freeze is no sanction; workers ordered to leave a building are no expulsion of envoys
    ("The government announced a wage freeze for civil servants.", "SANCTION"),
    ("Staff were ordered to leave the building after a bomb threat.", "SANCTION"),
    # whom an act is done to, described by an accusation
    ("Britain expelled two Russian diplomats accused of running a spy ring.", "ACCUSE"),
    ("Police detained 30 army officers accused of having links to the coup plotters.", "ACCUSE"),
]

CASES = [(text, event_type, True) for text, event_type in WORDINGS] + [
    (text, event_type, False) for text, event_type in NOT_THESE]


@pytest.mark.parametrize("text,event_type,expected", CASES,
                         ids=[f"{'' if want else 'not-'}{t}-{s.split()[1]}-{s.split()[2]}" for s, t, want in CASES])
def test_wire_wording_gives_its_plover_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2005-06-01")
    assert (event_type in {e.type for e in record.events}) == expected, types_of(record)
