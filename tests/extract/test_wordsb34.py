"""Stop 34's rows for probe set l's classes 5, 7, 9, 11 and 16 (wordsB34): CONCEDE, COOPERATE, AID, RETREAT and
MOBILIZE told by other wordings, each a class of verb and its doers and objects, and one parse repair (a subject the
parser splits at "and") with one new condition (joint_doers: the subject names two states or peoples).

Every wording here gives no event of its type on main (e5c3fd3), so each fails when its row is taken away; every
look-alike gives none of the type on main and must give none now. None is a probe-set or dev sentence."""
from wordings import assert_gives_type_or_not, gives_type_or_not

# CONCEDE: a burden or an order reversed, undone or rolled back (concede.yaml: reverse, undo; roll back prices and levies only)
# (rf34b narrowed the rows to a government's hikes, taxes, fares, bans and decrees: "reversed its decision to raise fuel
# prices", "the order banning the rally", "the fuel price increase" and "the curfew order" are missed, as a bare
# decision, order or increase is also a coalition's, a tribunal's or a budget's: test_rf34b.py)
REVERSE_WORDINGS = [
    ("The Federal Government reversed the hike in the petrol pump price after the strike.", "CONCEDE"),
    ("The state government rolled back the hike in bus fares after the protests.", "CONCEDE"),
    ("Kenya reversed the tax on mobile money after a week of protests.", "CONCEDE"),
    ("The ministry reversed the decree that had closed the newspapers.", "CONCEDE"),
    ("The cabinet reversed the levy on imported rice after the riots.", "CONCEDE"),
    ("The government reversed the fare hike after the students' protest.", "CONCEDE"),
    ("The regime reversed the ban on opposition newspapers.", "CONCEDE"),
]
REVERSE_NOT = [
    ("The appeals court reversed the decision of the lower court.", "CONCEDE"),
    ("The driver reversed the car into the gate.", "CONCEDE"),
    ("The new policy reversed the decline in exports.", "CONCEDE"),
    ("The company reversed the price increase after complaints.", "CONCEDE"),
    ("The striker reversed the trend of poor form.", "CONCEDE"),
    ("The judge reversed the order of the magistrate.", "CONCEDE"),
    ("He reversed the car out of the driveway.", "CONCEDE"),
    ("The new administration rolled back the rules on emissions.", "CONCEDE"),
    ("Trump vowed to roll back environmental regulations.", "CONCEDE"),
    ("If the opposition wins, the government could reverse the rules.", "CONCEDE"),
    ("The unions gave the government a week to roll back the toll increase or face a strike.", "CONCEDE"),
    ("The NLC gave the government seven days to reverse the hike.", "CONCEDE"),
]

# CONCEDE: an objection or a veto lifted, withdrawn, removed or abandoned by a state, a government, a party or a bloc
OBJECTION_WORDINGS = [
    ("Turkey lifted its objection to Finland's membership.", "CONCEDE"),
    ("Hungary withdrew its veto on the aid package.", "CONCEDE"),
    ("Poland lifted its veto on the EU budget.", "CONCEDE"),
    ("Greece withdrew its objection to the talks.", "CONCEDE"),
    ("The government withdrew its opposition to the inquiry.", "CONCEDE"),
    ("Russia lifted its objections to the monitoring mission.", "CONCEDE"),
    ("Bulgaria lifted its veto on North Macedonia's accession talks.", "CONCEDE"),
    ("Austria abandoned its objection to Romania's entry into Schengen.", "CONCEDE"),
    ("China lifted its objection to the appointment of the envoy.", "CONCEDE"),
    ("Israel withdrew its objection to the visit of the UN rapporteur.", "CONCEDE"),
]
OBJECTION_NOT = [
    ("The defence lawyer withdrew his objection to the question.", "CONCEDE"),
    ("The residents withdrew their objection to the new mall.", "CONCEDE"),
    ("The judge lifted the objection.", "CONCEDE"),
    ("The weightlifter lifted the bar with ease.", "CONCEDE"),
    ("The workers lifted the concrete block onto the truck.", "CONCEDE"),
    ("The prosecution withdrew its objection to bail.", "CONCEDE"),
    ("NATO gave Turkey a month to lift its objection to the membership.", "CONCEDE"),
    ("The government did not reverse the hike.", "CONCEDE"),
    ("The landlord withdrew his objection to the lease.", "CONCEDE"),
    ("The tenant lifted her objection to the rent increase.", "CONCEDE"),
    ("The counsel withdrew the objection after the ruling.", "CONCEDE"),
    ("The shareholder withdrew his objection to the merger.", "CONCEDE"),
]

# COOPERATE: joint patrols, exercises or operations resumed or restarted by states or their forces
RESUME_WORDINGS = [
    ("Kenya and Ethiopia resumed joint border patrols after a two-year gap.", "COOPERATE"),
    ("The two navies restarted joint exercises after a decade.", "COOPERATE"),
    ("India and Pakistan resumed joint patrols along the border.", "COOPERATE"),
    ("The armies of Chad and Niger resumed joint operations against the insurgents.", "COOPERATE"),
    ("Colombia and Venezuela resumed joint military patrols on the frontier.", "COOPERATE"),
    ("Greece and Turkey resumed joint search operations in the Aegean.", "COOPERATE"),
    ("Thailand and Malaysia resumed joint border patrols in the south.", "COOPERATE"),
    ("Uganda and Congo resumed joint military operations against the rebels.", "COOPERATE"),
    ("Russian and Turkish troops resumed joint patrols in northern Syria.", "COOPERATE"),
    ("Egypt and Sudan renewed joint naval drills in the Red Sea.", "COOPERATE"),
]
RESUME_NOT = [
    ("The residents resumed joint patrols of the estate.", "COOPERATE"),
    ("The two schools resumed joint drills after the holidays.", "COOPERATE"),
    ("The volunteers resumed joint patrols of the park.", "COOPERATE"),
    ("The ministers gave the commanders a week to resume joint patrols.", "COOPERATE"),
    ("The two clubs resumed joint training sessions.", "COOPERATE"),
    ("The students resumed joint exercises in the gym.", "COOPERATE"),
    ("The two bands resumed joint rehearsals.", "COOPERATE"),
    ("The farmers and herders resumed joint grazing patrols.", "COOPERATE"),
    ("The neighbours resumed joint night patrols of the street.", "COOPERATE"),
    ("The club members resumed joint training runs.", "COOPERATE"),
]

# COOPERATE: a joint cell, centre, task force, unit or team set up by two states or their forces
CELL_WORDINGS = [
    ("Nigeria and Cameroon set up a joint intelligence cell to track Boko Haram.", "COOPERATE"),
    ("Chad and Niger formed a joint task force to fight the insurgents.", "COOPERATE"),
    ("Sudan and Chad formed a joint border force.", "COOPERATE"),
    ("Israel and Jordan opened a joint coordination centre.", "COOPERATE"),
    ("Mozambique and Tanzania set up a joint task force against the insurgents.", "COOPERATE"),
    ("Kenya and Somalia formed a joint security team to patrol the border.", "COOPERATE"),
    ("Rwanda and Uganda set up a joint verification team.", "COOPERATE"),
    ("Ghana and Burkina Faso formed a joint operations centre.", "COOPERATE"),
    ("Chad and Cameroon set up a joint intelligence cell in Maroua.", "COOPERATE"),
    ("Kenya and Uganda formed a joint security team on the border.", "COOPERATE"),
    ("India and Nepal set up a joint task force on the border.", "COOPERATE"),
    ("Ukraine and Poland formed a joint investigation team.", "COOPERATE"),
    ("Nigeria and Benin set up a joint border patrol unit.", "COOPERATE"),
]
CELL_NOT = [
    ("The hospital and the university set up a joint research cell.", "COOPERATE"),
    ("The two firms formed a joint task force on pricing.", "COOPERATE"),
    ("The two companies set up a joint venture in Vietnam.", "COOPERATE"),
    ("The hospital formed a joint team with the college.", "COOPERATE"),
    ("The union and the management set up a joint committee on wages.", "COOPERATE"),
    ("The two universities formed a joint research unit.", "COOPERATE"),
    ("The charity and the church set up a joint relief centre.", "COOPERATE"),
    ("The newspaper and the broadcaster formed a joint investigation team.", "COOPERATE"),
    ("The two banks set up a joint task force on fraud.", "COOPERATE"),
    ("The council and the police formed a joint task force on littering.", "COOPERATE"),
]

# COOPERATE: an evacuation, repatriation, exchange or release coordinated by two states together (joint_doers)
COORDINATE_WORDINGS = [
    ("Egypt and Israel coordinated the evacuation of foreign nationals through the Rafah crossing.", "COOPERATE"),
    ("Kenya and Uganda coordinated the repatriation of refugees.", "COOPERATE"),
    ("Russia and Ukraine coordinated the exchange of prisoners.", "COOPERATE"),
    ("Qatar and Egypt coordinated the release of the hostages.", "COOPERATE"),
    ("Jordan and Israel coordinated the return of the bodies.", "COOPERATE"),
    ("Turkey and Syria coordinated the return of refugees.", "COOPERATE"),
    ("India and Bangladesh coordinated the repatriation of fishermen.", "COOPERATE"),
    ("Armenia and Azerbaijan coordinated the exchange of detainees.", "COOPERATE"),
    ("Serbia and Kosovo coordinated the handover of the remains.", "COOPERATE"),
    ("Somalia and Ethiopia coordinated the withdrawal of troops from the town.", "COOPERATE"),
    ("Egypt and Qatar coordinated the delivery of fuel to Gaza.", "COOPERATE"),
]
COORDINATE_NOT = [
    ("The embassy coordinated the evacuation of its citizens.", "COOPERATE"),
    ("Police and firefighters coordinated the evacuation of the building.", "COOPERATE"),
    ("The city coordinated the evacuation of residents before the storm.", "COOPERATE"),
    ("The airline and the airport coordinated the return of passengers.", "COOPERATE"),
    ("The school coordinated the release of the pupils.", "COOPERATE"),
    ("The two hospitals coordinated the transfer of patients.", "COOPERATE"),
    ("The bank and the insurer coordinated the release of funds.", "COOPERATE"),
    ("The charity and the council coordinated the delivery of food parcels.", "COOPERATE"),
    ("The parents and teachers coordinated the return of the children.", "COOPERATE"),
    ("The hotel and the tour operator coordinated the return of the guests.", "COOPERATE"),
]

# COOPERATE, not MOBILIZE: a joint exercise of two states' navies in a named sea (mobilize.yaml's named-exercise row leaves joint ones to cooperate.yaml)
JOINT_EXERCISE_WORDINGS = [
    ("Indian and American navies conducted a joint exercise in the Bay of Bengal.", "COOPERATE"),
    ("Pakistani and Chinese navies conducted a joint exercise in the Arabian Sea.", "COOPERATE"),
    ("Indian and Japanese navies conducted a joint exercise in the Bay of Bengal.", "COOPERATE"),
    ("Russian and Iranian navies began a joint exercise in the Gulf of Oman.", "COOPERATE"),
    ("American and Philippine troops conducted a joint exercise in Luzon.", "COOPERATE"),
    ("Egyptian and Saudi navies conducted a joint exercise in the Red Sea.", "COOPERATE"),
    ("Turkish and Azerbaijani troops held a joint exercise near Baku.", "COOPERATE"),
    ("Egyptian and Greek navies conducted a joint exercise in the Mediterranean Sea.", "COOPERATE"),
    ("Indian and Thai navies conducted a joint exercise in the Andaman Sea.", "COOPERATE"),
    ("Japanese and Australian navies began a joint exercise in the Coral Sea.", "COOPERATE"),
    ("Chinese and Pakistani navies conducted a joint exercise in the Arabian Sea on Monday.", "COOPERATE"),
]
JOINT_EXERCISE_NOT = [
    ("The navy conducted an exercise in the Bay of Bengal.", "COOPERATE"),
    ("The two schools held a joint fire drill.", "COOPERATE"),
    ("The Indian navy conducted an exercise in the Arabian Sea.", "COOPERATE"),
    ("Students conducted a joint exercise in the gym.", "COOPERATE"),
    ("The choir and the band held a joint rehearsal.", "COOPERATE"),
    ("The Chinese navy held an exercise in the East China Sea.", "COOPERATE"),
    ("The fire brigade conducted an evacuation drill in the mall.", "COOPERATE"),
    ("The two clubs held a joint training session.", "COOPERATE"),
    ("The orchestra held a joint rehearsal with the choir.", "COOPERATE"),
    ("The two universities conducted a survey exercise on campus.", "COOPERATE"),
]

# AID: weapons systems handed over by a state or its army to another state or its forces
HAND_MATERIEL_WORDINGS = [
    ("Germany handed over a second IRIS-T air defence system to Ukraine, the defence ministry said.", "AID"),
    ("The Netherlands handed over its tanks to Ukraine.", "AID"),
    ("France handed over missiles to the Iraqi army.", "AID"),
    ("Japan handed over radar equipment to the Philippine navy.", "AID"),
    ("Russia handed over S-400 systems to India.", "AID"),
    ("Norway handed over its NASAMS launchers to Ukraine.", "AID"),
    ("The United States handed over ammunition to the Lebanese army.", "AID"),
    ("Poland handed over tanks to Ukraine.", "AID"),
    ("Canada handed over ammunition to the Ukrainian army.", "AID"),
    ("Germany handed over missiles to the Lithuanian army.", "AID"),
    ("Israel handed over air defence equipment to Azerbaijan.", "AID"),
]
HAND_MATERIEL_NOT = [
    ("The minister handed over the keys to the new building.", "AID"),
    ("The landlord handed over the house to the state government.", "AID"),
    ("The rebels handed over their weapons to the army.", "AID"),
    ("Spain's defence ministry handed over ten tanks to the Spanish army.", "AID"),
    ("The company handed over the system to the client.", "AID"),
    ("The police handed over the seized weapons to the court.", "AID"),
    ("The supplier handed over the equipment to the contractor.", "AID"),
    ("The coach handed over the captaincy to the striker.", "AID"),
    ("The outgoing minister handed over charge to his successor.", "AID"),
    ("Kyiv asked Berlin to hand over more air defence systems to Ukraine.", "AID"),
]

# AID: staple food or relief goods handed to a government, an agency or victims
HAND_RELIEF_WORDINGS = [
    ("The Chinese embassy handed over 2,000 bags of rice to the Lagos State government for distribution.", "AID"),
    ("Japan handed 500 tonnes of rice to the Sri Lankan government.", "AID"),
    ("India handed over 10,000 tonnes of wheat to the Afghan government.", "AID"),
    ("Japan handed over 1,000 tonnes of rice to the Myanmar government.", "AID"),
    ("China handed over 5,000 tonnes of wheat to the Sri Lankan government.", "AID"),
    ("The Indian embassy handed over 500 bags of rice to the Nepal government.", "AID"),
    ("Korea handed over 2,000 tonnes of rice to the Philippine government.", "AID"),
    ("Bangladesh handed over rice to the Rohingya refugees.", "AID"),
    ("India handed over 50,000 tonnes of wheat to the Afghan authorities.", "AID"),
    ("Vietnam handed over 2,000 tonnes of rice to the Cuban government.", "AID"),
]
HAND_RELIEF_NOT = [
    ("The candidate handed bags of rice to voters.", "AID"),
    ("The waiter handed a bowl of rice to the customer.", "AID"),
    ("The shopkeeper handed over a bag of rice to the buyer.", "AID"),
    ("The party handed out rice to its supporters.", "AID"),
    ("The farmer handed the rice to the trader.", "AID"),
    ("The mother handed food to her child.", "AID"),
    ("The nurse handed the medicine to the patient.", "AID"),
    ("The manager handed the food to the guests.", "AID"),
    ("The state released Rs 500 crore for road works.", "AID"),
    ("The trader handed the sacks of flour to the buyer.", "AID"),
]

# AID: money released or disbursed as relief or aid (crores; the parser's lemma of Rs is r)
MONEY_WORDINGS = [
    ("The Centre released Rs 1,200 crore as relief to flood-hit Assam on Tuesday.", "AID"),
    ("The ministry released Rs 300 crore as relief to drought-hit districts.", "AID"),
    ("The Centre released Rs 700 crore as relief for cyclone victims.", "AID"),
    ("The state released Rs 25 crore as relief to the riot victims.", "AID"),
    ("The Centre released Rs 100 crore as relief to drought-hit farmers.", "AID"),
    ("The Centre released Rs 500 crore as relief to flood-hit Kerala.", "AID"),
    ("The Centre released Rs 1,000 crore as relief to cyclone-hit Odisha on Monday.", "AID"),
    ("The state government released Rs 50 crore as relief to flood-hit districts.", "AID"),
    ("The Prime Minister released Rs 500 crore as relief to flood-hit Assam.", "AID"),
    ("The government released Rs 40 crore as relief to the flood-hit state.", "AID"),
    ("The Centre released Rs 600 crore as relief to tsunami-hit Tamil Nadu.", "AID"),
]
MONEY_NOT = [
    ("The ministry released Rs 50 crore as salary arrears.", "AID"),
    ("The band released the album in May.", "AID"),
    ("The studio released 2 million copies of the game.", "AID"),
    ("The company released the album.", "AID"),
    ("The board released Rs 10 crore as dividend.", "AID"),
    ("The government released Rs 200 crore for the metro project.", "AID"),
    ("The protesters gave the Centre a week to release Rs 1,000 crore as relief.", "AID"),
    ("The dam released water into the river.", "AID"),
    ("The bank released the funds to the developer.", "AID"),
    ("The company released Rs 5 crore as a bonus to staff.", "AID"),
]

# AID: captives or civilians freed by troops or police during an assault, a raid or an operation (a rescue)
RESCUE_WORDINGS = [
    ("Kurdish-led forces freed 30 Yazidi women and children during an assault on the last Islamic State pocket.", "AID"),
    ("Police freed twelve bonded labourers in a raid on a brick kiln.", "AID"),
    ("Nigerian soldiers rescued 20 women during a raid on a Boko Haram camp.", "AID"),
    ("Police rescued 15 children during a raid on a factory.", "AID"),
    ("The army freed 60 captives during an offensive against the militants.", "AID"),
    ("Soldiers freed 300 women and children during an operation in the Sambisa forest.", "AID"),
    ("Police freed 35 workers in a raid on a factory in Surat.", "AID"),
    ("The army rescued 50 women in an operation against the militants.", "AID"),
    ("Police rescued nine children in a raid on a circus.", "AID"),
    ("Soldiers freed 70 women and girls during a raid on the militant camp.", "AID"),
    ("Nigerian troops freed 14 women during an operation in the Sambisa forest.", "AID"),
]
RESCUE_NOT = [
    ("Rebels freed 200 inmates during an attack on the prison.", "AID"),
    ("Police released the suspects during the operation.", "AID"),
    ("The police released the women after questioning.", "AID"),
    ("Militants freed 50 prisoners in an attack on the jail.", "AID"),
    ("The gunmen freed their comrades during a raid on the police station.", "AID"),
    ("The army released the detainees after the operation.", "AID"),
    ("The kidnappers freed the hostages during the negotiations.", "AID"),
    ("Police freed the suspects on bail after the raid.", "AID"),
    ("The court freed the accused during the hearing.", "AID"),
    ("The mob freed the prisoners in an attack on the police van.", "AID"),
]

# RETREAT: a disengagement or drawdown of troops completed, begun or announced
DISENGAGEMENT_WORDINGS = [
    ("India and China completed the disengagement of troops from the Pangong lake area.", "RETREAT"),
    ("The drawdown of American forces began in May.", "RETREAT"),
    ("The two armies began the disengagement of troops along the frontier.", "RETREAT"),
    ("Russia announced the disengagement of its forces from the area.", "RETREAT"),
    ("The two sides completed the disengagement of forces from the valley.", "RETREAT"),
    ("NATO began the drawdown of its troops from Afghanistan.", "RETREAT"),
    ("The disengagement of Indian and Chinese troops was completed on Friday.", "RETREAT"),
    ("Israel completed the disengagement of its forces from the Gaza Strip.", "RETREAT"),
    ("The army started the drawdown of soldiers from the province.", "RETREAT"),
    ("The two countries completed the disengagement of troops at Gogra.", "RETREAT"),
]
DISENGAGEMENT_NOT = [
    ("The firm completed its disengagement from the joint venture.", "RETREAT"),
    ("The envoy called for the disengagement of troops from the border.", "RETREAT"),
    ("The company announced the drawdown of its credit line.", "RETREAT"),
    ("The fund completed the drawdown of the loan.", "RETREAT"),
    ("The bank began the drawdown of the facility.", "RETREAT"),
    ("The minister discussed the disengagement of the state from the airline.", "RETREAT"),
    ("The report examined the disengagement of voters from politics.", "RETREAT"),
    ("The disengagement of young people from school worries teachers.", "RETREAT"),
    ("The study covered the disengagement of employees from work.", "RETREAT"),
    ("The investors began the drawdown of their reserves.", "RETREAT"),
]

# the subject the parser splits: "Kyrgyz and Tajik forces" read as "Kyrgyz" with "forces" conjoined; the forces are a subject (triggers._named_doers_with_split_head)
SPLIT_SUBJECT_WORDINGS = [
    ("Kyrgyz and Tajik forces pulled back from the disputed border section near Batken, both sides said.", "RETREAT"),
    ("Bangladeshi and Indian troops pulled back from the border.", "RETREAT"),
    ("Kyrgyz and Tajik troops pulled back from the border.", "RETREAT"),
    ("Tajik and Afghan forces pulled back from the river.", "RETREAT"),
    ("Kyrgyz and Uzbek forces pulled back from the enclave.", "RETREAT"),
    ("Kyrgyz and Tajik forces backed off from the border.", "RETREAT"),
    ("Kazakh and Chinese troops pulled back from the pass.", "RETREAT"),
    ("Bangladeshi and Burmese troops pulled back from the frontier.", "RETREAT"),
    ("Kyrgyz and Tajik troops massed near the border.", "MOBILIZE"),
    ("Kazakh and Russian troops converged on the city.", "MOBILIZE"),
]
SPLIT_SUBJECT_NOT = [
    ("Kenyan and Ugandan runners pulled back from the leading pack.", "RETREAT"),
    ("Indian and Chinese tourists pulled back from the cliff edge.", "RETREAT"),
    ("Kenyan and Ugandan firefighters withdrew from the burning building.", "RETREAT"),
    ("Kenyan and Ugandan police withdrew from the village.", "RETREAT"),
    ("Kenyan and Ugandan fans left the stadium early.", "RETREAT"),
    ("Kenyan and Ugandan delegates left the meeting early.", "RETREAT"),
    ("Kenyan and Ugandan cyclists withdrew from the race.", "RETREAT"),
    ("British and French investors pulled back from the market.", "RETREAT"),
    ("Kenyan and Ugandan players retreated to the dressing room.", "RETREAT"),
    ("German and Austrian skiers withdrew from the competition.", "RETREAT"),
]

# MOBILIZE: a military or theatre command put on alert by a state or its army
COMMAND_ALERT_WORDINGS = [
    ("China put its Eastern Theater Command on high alert, state media said.", "MOBILIZE"),
    ("Seoul placed its northern command on alert.", "MOBILIZE"),
    ("India put its Western Command on high alert.", "MOBILIZE"),
    ("Pakistan put its Northern Command on alert after the strike.", "MOBILIZE"),
    ("The army put its Southern Command on high alert.", "MOBILIZE"),
    ("Russia placed its Western Military District command on alert.", "MOBILIZE"),
    ("The Kremlin put its strategic command on alert.", "MOBILIZE"),
    ("Taiwan put its air command on alert.", "MOBILIZE"),
    ("The military put its eastern command on alert.", "MOBILIZE"),
    ("Israel placed its Northern Command on high alert.", "MOBILIZE"),
]
COMMAND_ALERT_NOT = [
    ("The hospital put its command centre on alert.", "MOBILIZE"),
    ("Police put the traffic command on alert.", "MOBILIZE"),
    ("The coach put the team on alert before the final.", "MOBILIZE"),
    ("The fire service put its command centre on standby.", "MOBILIZE"),
    ("The company put its command centre on alert.", "MOBILIZE"),
    ("The city put its emergency command on alert.", "MOBILIZE"),
    ("The hospital placed its command room on standby.", "MOBILIZE"),
    ("The disaster agency put its flood command on alert.", "MOBILIZE"),
    ("The health ministry put its health command on alert.", "MOBILIZE"),
    ("The school put its staff on alert.", "MOBILIZE"),
    ("The manager put the squad on alert for the match.", "MOBILIZE"),
    ("The police chief put the control room on alert.", "MOBILIZE"),
]

WORDINGS = REVERSE_WORDINGS + OBJECTION_WORDINGS + RESUME_WORDINGS + CELL_WORDINGS + COORDINATE_WORDINGS + JOINT_EXERCISE_WORDINGS + HAND_MATERIEL_WORDINGS + HAND_RELIEF_WORDINGS + MONEY_WORDINGS + RESCUE_WORDINGS + DISENGAGEMENT_WORDINGS + SPLIT_SUBJECT_WORDINGS + COMMAND_ALERT_WORDINGS
NOT_THESE = REVERSE_NOT + OBJECTION_NOT + RESUME_NOT + CELL_NOT + COORDINATE_NOT + JOINT_EXERCISE_NOT + HAND_MATERIEL_NOT + HAND_RELIEF_NOT + MONEY_NOT + RESCUE_NOT + DISENGAGEMENT_NOT + SPLIT_SUBJECT_NOT + COMMAND_ALERT_NOT


@gives_type_or_not(WORDINGS, [])
def test_wordsb34_wording_gives_its_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], NOT_THESE)
def test_wordsb34_look_alike_gives_no_event_of_the_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


def test_wordsb34_joint_exercise_is_no_mobilisation(extract):
    """A joint exercise of two navies is COOPERATE alone (PLOVER: joint military games and manoeuvres), not MOBILIZE too."""
    record = extract("Indian and Japanese navies conducted a joint exercise in the Bay of Bengal.", "2002-03-10")
    assert {e.type for e in record.events} == {"COOPERATE"}, [(e.type, e.trigger) for e in record.events]
