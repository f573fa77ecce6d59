"""Wordings of stop 27's lexicon data (lex27): businesses known by the first words of their name only when
its head says business (rev26b should 5), the acts of arms a vow threatens as one class (rev26b should 7),
blockades lifted by the force that holds them, the seizures and damage the lexicon leaves uncoded by
decision, and set f's (probe27) lexicon classes. Each positive fails on main 58db75e; the negatives keep the entries' limits."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # a name opening with a business's name is no business when its head names something else (classes.yaml NON_BUSINESS_NAME_HEADS)
    ("The Amazon Cooperation Treaty Organization agreed to coordinate action against illegal mining.", "AGREE"),
    ("Apple Daily signed an agreement with the Taiwanese government.", "AGREE"),
    ("The Tata Institute of Social Sciences signed an agreement with the state government.", "AGREE"),
    # raids and attacks vowed to go on are threats, as the ones vowed to begin (classes.yaml VOWED_ATTACKS)
    ("The militants vowed to continue their raids on the capital.", "THREATEN"),
    ("The rebels vowed to resume the shelling of government positions.", "THREATEN"),
    # a workers' strike's modifiers are tested on a strike only: a general offensive or an open war vowed is a threat
    # (rev27a M2); a struggle or campaign vowed to go on with arms named (S2); hostilities by their lemma (C5)
    ("The Maoists vowed to launch a general offensive against the government.", "THREATEN"),
    ("The Taliban vowed to launch a nationwide offensive against Afghan forces.", "THREATEN"),
    ("The rebels vowed to launch an open war against the junta.", "THREATEN"),
    ("The Taliban vowed to continue their armed struggle against the government.", "THREATEN"),
    ("The separatists vowed to continue their guerrilla campaign.", "THREATEN"),
    ("The insurgents vowed to resume hostilities.", "THREATEN"),
    # a blockade eased by the armed force that holds it is a retreat, as a siege lifted is (classes.yaml SIEGES)
    ("Haftar's forces ended their blockade of the eastern oil ports.", "RETREAT"),
    ("The army eased the blockade on the rebel-held city.", "RETREAT"),
    # by the armed forces of a state or armed group only (classes.yaml ARMED_FORCES, rev27a M1)
    ("The navy lifted the blockade of the port.", "RETREAT"),
    # a generic head (coalition, force, unit, contingent) only with a military modifier (rev27d M1)
    ("The military coalition lifted its blockade of Yemen's ports.", "RETREAT"),
    ("The army unit pulled out of the village.", "RETREAT"),
    # an armed force capturing a base in a "poll-bound" place attacks all the same (rev27d M3)
    ("Maoists captured the police camp in the poll-bound district.", "ASSAULT"),
    ("Rebels overran the army post in the election-bound province.", "ASSAULT"),
    # a condemnation under a "keep" with no shutters named stays one (rev27d M2)
    ("The minister kept condemning the violence in his speeches.", "ACCUSE"),
    ("Pakistan kept denouncing the killings at every forum.", "ACCUSE"),
    # set f's lexicon classes (probe27), none of them the set's sentences: bases overrun or captured, a boat rammed by
    # a coast guard (assault.yaml); draftees called up, vigil stepped up, a route march (mobilize.yaml); a force
    # pulling out, outposts handed over to an army (retreat.yaml); activists or suspects handed to a junta or a
    # court (cooperate.yaml); air-defence batteries delivered (classes.yaml MATERIEL); work struck, a chakka jam,
    # a march carried out (protest.yaml); a chargesheet filed, a government torn into (accuse.yaml); action sought
    # (request.yaml); the arrested let off (concede.yaml); sanctions reimposed (sanction.yaml); phones seized by
    # police (coerce.yaml)
    ("Islamist fighters overran an army outpost near the Niger border.", "ASSAULT"),
    ("Rebels captured the brigade headquarters in the provincial capital.", "ASSAULT"),
    ("Government troops captured a rebel camp in the hills.", "ASSAULT"),
    ("An army outpost was captured by militants near the border.", "ASSAULT"),
    ("The army post was overrun by insurgents.", "ASSAULT"),
    ("A Chinese coast guard cutter rammed a Vietnamese fishing boat.", "ASSAULT"),
    ("The navy called up 2,000 draftees for the exercises.", "MOBILIZE"),
    ("the police stepped up vigil on the highway after the robbery.", "MOBILIZE"),
    ("The Ugandan peacekeeping contingent pulled out ahead of the deadline.", "RETREAT"),
    ("The troops pulled out ahead of schedule.", "RETREAT"),
    ("The armed group handed over its outposts to the national army.", "RETREAT"),
    ("Senegal handed over two opposition activists to the Gambian junta.", "COOPERATE"),
    ("Rwanda handed Kabuga over to the court in Arusha.", "COOPERATE"),
    ("Poland delivered three Patriot batteries to Ukraine.", "AID"),
    ("bank employees struck work across the state over pension cuts.", "PROTEST"),
    # shutters kept down with the protest named (rev27a M7: not for a curfew)
    ("jewellers in the market kept shutters down on monday to condemn the murder of a fellow trader.", "PROTEST"),
    ("Shopkeepers kept their shutters down to condemn the killing of a trader.", "PROTEST"),
    ("Traders kept their shutters down to protest the murder of a jeweller.", "PROTEST"),
    ("Traders kept their shutters down against the arrest of their leader.", "PROTEST"),
    ("the truckers staged a chakka jam on the national highway.", "PROTEST"),
    ("villagers carried out a candle march to the police station.", "PROTEST"),
    ("the cbi filed a chargesheet against the former minister.", "ACCUSE"),
    ("the mla tore into the state government over the power cuts.", "ACCUSE"),
    ("the councillor sought action against the contractor.", "REQUEST"),
    ("the police let off the arrested youths after counselling.", "CONCEDE"),
    ("Washington reimposed sanctions on Venezuela's oil sector.", "SANCTION"),
    ("the cops seized the mobile phones of the accused.", "COERCE"),
    # helicopters received from a donor (aid.yaml), propaganda broadcasts halted (concede.yaml), fighters converging
    # on a city or troops massing with no object (mobilize.yaml); a truck bomb stays an attack (its limit below)
    ("Ecuador received 12 military helicopters from the United States.", "AID"),
    ("North Korea stopped its propaganda broadcasts along the border.", "CONCEDE"),
    ("Thousands of rebel fighters converged on the city from three directions.", "MOBILIZE"),
    ("Troops massed along the northern border.", "MOBILIZE"),
    ("A truck bomb exploded near the market, killing 12.", "ASSAULT"),
    # a charge or a report called baseless or unfounded is rejected (reject.yaml)
    ("The ministry called the allegations baseless.", "REJECT"),
    ("Moscow termed the report unfounded.", "REJECT"),
    ("The minister called the report false and baseless.", "REJECT"),
    # the charge of the Indian police register: an FIR, a complaint, a case (rev27d S4)
    ("The minister called the FIR false and motivated.", "REJECT"),
    ("The accused called the complaint false.", "REJECT"),
    # vigil stepped up with no doer, the stock report of a force's (rev27d S5)
    ("Vigil has been stepped up along the Indo-Nepal border ahead of the polls.", "MOBILIZE"),
    ("Vigil has been intensified on the highways after the robbery.", "MOBILIZE"),
    # India's investigating agencies raid as the police do: a search (rev27d S7; actors.yaml police)
    ("The NIA raided 40 locations across Kerala on Thursday.", "COERCE"),
    ("The CBI raided 15 locations in Delhi and Mumbai.", "COERCE"),
]

NOT_THESE = [
    # a business's deal stays business when its name's head says so, or the name is known whole
    ("Samsung Electronics agreed to build a chip plant in Texas with the state government.", "AGREE"),
    ("Hyundai Heavy Industries signed a deal with the Philippine navy to build two frigates.", "AGREE"),
    ("Lockheed Martin Corp signed a deal with the Pentagon.", "AGREE"),
    # brands' heads are an open class (rev27a S3)
    ("Siemens Healthineers signed an agreement with the health ministry.", "AGREE"),
    ("Google DeepMind signed an agreement with the British government.", "AGREE"),
    ("Maersk Line signed a deal with the port authority.", "AGREE"),
    # a workers' strike vowed, or a struggle or campaign with no arms named, is no threat
    ("Workers vowed to launch an indefinite strike from Monday.", "THREATEN"),
    ("The opposition vowed to continue its struggle for democracy.", "THREATEN"),
    ("The union vowed to continue the strike until wages are raised.", "THREATEN"),
    ("The farmers vowed to launch a general strike against the new laws.", "THREATEN"),
    # a fight with no arms named is a party's as often (rev27a S1)
    ("The chief minister vowed to launch a fight against corruption.", "THREATEN"),
    ("The opposition vowed to carry on the fight for justice.", "THREATEN"),
    ("The students vowed to carry on their fight against the fee hike.", "THREATEN"),
    # a blockade lifted by a state, not named as its force, is a restriction eased
    ("Israel lifted its blockade of the Gaza Strip.", "RETREAT"),
    # road blockades and gheraos lifted by activists, a party, a mob or the police are concessions (rev27a M1)
    ("Activists lifted their blockade of the national highway after the SDM's assurance.", "RETREAT"),
    ("The party ended its blockade of the border crossing after talks with the government.", "RETREAT"),
    ("The mob lifted the blockade of the road after police reached the spot.", "RETREAT"),
    ("Policemen removed the blockade of the road put up by villagers.", "RETREAT"),
    ("Police lifted the blockade of the road after the protesters dispersed.", "RETREAT"),
    ("Activists lifted the siege of the collectorate after the assurance.", "RETREAT"),
    # overrun or captured with no armed force doing it, or in a vote, is no attack (rev27a M6, M8)
    ("Floodwaters overran the relief camp in the district.", "ASSAULT"),
    ("Tourists overran the hill town over the long weekend.", "ASSAULT"),
    ("The BJP captured the Congress stronghold of Amethi in the Lok Sabha polls.", "ASSAULT"),
    ("The Left captured the Trinamool stronghold in the municipal elections.", "ASSAULT"),
    ("The opposition overran the ruling party's stronghold in the by-election.", "ASSAULT"),
    ("The Congress captured the town in the municipal elections.", "ASSAULT"),
    # shutters kept down for a curfew or from fear are shut shops (rev27a M7)
    ("Shops kept their shutters down on Sunday because of the curfew.", "PROTEST"),
    ("Shopkeepers kept their shutters down fearing violence after the clashes.", "PROTEST"),
    # the police leaving a scene is no retreat (rev27a S8); a battery alone is no materiel (S6); a residents' vigil
    # no deployment (S7); evidence called false no rejection (S9)
    ("The police pulled out after the crowd dispersed.", "RETREAT"),
    # a political coalition or a police force is no armed force (rev27d M1); a "keep" with no shutters no strike (M2)
    ("The opposition coalition lifted its blockade of parliament after the Speaker's assurance.", "RETREAT"),
    ("The ruling coalition lifted its blockade of the assembly after the Speaker's ruling.", "RETREAT"),
    ("The Left Front coalition pulled out after the talks failed.", "RETREAT"),
    ("The police force pulled out after the crowd dispersed.", "RETREAT"),
    ("The Rapid Action Force pulled out of the town.", "RETREAT"),
    ("The Indian contingent pulled out of the Asian Games.", "RETREAT"),
    ("India kept its distance, condemning the violence on both sides.", "PROTEST"),
    ("The party kept its options open while condemning the attack.", "PROTEST"),
    ("China supplied batteries to Russia.", "AID"),
    ("Residents stepped up vigil in the colony after a series of thefts.", "MOBILIZE"),
    ("The court called the evidence false.", "REJECT"),
    # contraband seized has no party it is taken from: police work on crime, no coercion of a party (PLOVER
    # codes acts between named actors; IndiaPoliceEvents labels arrests, not seizures); a party's land,
    # papers, offices or arms seized stay COERCE (coerce.yaml)
    ("Police seized 5 kilograms of heroin from a car in Amritsar.", "COERCE"),
    ("The coast guard seized a boat carrying two tonnes of cocaine.", "COERCE"),
    ("Customs officials confiscated a consignment of smuggled cigarettes at the port.", "COERCE"),
    # property damaged with no one hurt is no attack on people (PLOVER ASSAULT); a riot or a coercion of
    # a party at most, which IndiaPoliceEvents does not label either
    ("a mob ransacked the office of the ruling party.", "ASSAULT"),
    ("Miscreants vandalised a shrine on the outskirts of the town.", "ASSAULT"),
    # set f's look-alikes: work struck is no attack, a route march no protest, a shell tearing into a building or a
    # team into a defence no criticism, tear gas let off no release, a firm's plant closed no sanction, a title's
    # battle or a march past no event of theirs
    ("bank employees struck work across the state over pension cuts.", "ASSAULT"),
    ("the sp led a route march through the old city on friday.", "PROTEST"),
    ("The shell tore into the building.", "ACCUSE"),
    ("the team tore into the opposition defence in the second half.", "ACCUSE"),
    ("The police let off tear gas to disperse the crowd.", "CONCEDE"),
    ("The company ordered the closure of its plant in Pune.", "SANCTION"),
    ("The battle for the league title went down to the last day.", "ASSAULT"),
    ("The party captured its traditional vote base in the north.", "ASSAULT"),
    ("The BJP captured the post of mayor in the civic polls.", "ASSAULT"),
    ("The doctor called the test results false positives.", "REJECT"),
    ("He called the situation serious.", "REJECT"),
    ("The soldiers carried out a march past at the parade.", "PROTEST"),
    # a fuel tanker exploding is an accident (classes.yaml ACCIDENT_SOURCES); police blocking a road a cordon; a
    # station's broadcasts halted no easing; assets' confiscation a measure called for; warplanes sent round an
    # island a show of force, not materiel given (aid.yaml receive only takes aircraft)
    ("A fuel tanker exploded on the highway, killing 40 people.", "ASSAULT"),
    ("Police blocked the road leading to parliament.", "PROTEST"),
    ("The station halted its broadcasts for maintenance.", "CONCEDE"),
    ("Now we need a complete ban on Russian oil and the confiscation of frozen Russian assets.", "COERCE"),
    ("China sent 71 warplanes and seven ships around Taiwan.", "AID"),
    # a fire no one set, or one set in a figure, is no attack (rev27d S1); an agency's raid no assault (S7)
    ("His century set the stadium on fire and sent the fans into raptures.", "ASSAULT"),
    ("A short circuit set the shop on fire.", "ASSAULT"),
    ("The speech set social media on fire.", "ASSAULT"),
    ("The NIA raided 40 locations across Kerala on Thursday.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_lex27_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
