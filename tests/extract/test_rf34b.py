"""rf34b's review of wordsB34: sentences written for the review (news wording, none a probe-set or dev sentence), run
on main (e5c3fd3), on wordsB34's head (6c56d9e) and on the narrowed rows. Must-give: wordings that give no asserted
event of the type on main. Must-not: near-misses of each row (other doers, other objects, planned or refused acts,
business, sport, courts), many of which the head gave (a court's, a central bank's or a shop's reversal; traders'
stocks handed to an agency; troops withdrawn despite an objection read as no retreat; the release of rockets
coordinated; a command put on alert for a flood). Asserted events only: a planned or denied act is marked by design."""
from wordings import assert_asserts_type_or_not, gives_type_or_not


# AID: weapons systems handed over to another state (aid.yaml)
A1_GIVE = [
    ('Poland handed over a Patriot missile battery to Ukraine last week.', 'AID'),
    ('Russia handed over two S-300 systems to the Syrian army, officials said.', 'AID'),
    ("Japan's defence ministry handed over radar equipment to the Philippine military.", 'AID'),
]
A1_NOT = [
    ('The rebels handed over their rifles to the army after the ceasefire.', 'AID'),
    ('The army handed over the captured weapons to the police for investigation.', 'AID'),
    ('France handed over the suspect to Spanish police on Tuesday.', 'AID'),
    ('The government handed over the case to the federal investigators.', 'AID'),
    ("The ministry handed over the new tanks to its own army's 4th division.", 'AID'),
    ('Britain handed over control of Basra province to Iraqi forces.', 'AID'),
    ('The Pentagon refused to hand over the missiles to Taiwan.', 'AID'),
    ('Germany will hand over a second air defence system to Ukraine next year.', 'AID'),
    ('Militants handed over the bodies of two soldiers to the army.', 'AID'),
    ('The army handed over the seized arms cache to the government.', 'AID'),
    ('Israel handed over the remains to the Red Cross.', 'AID'),
    ('The US military handed over the Bagram base to Afghan forces.', 'AID'),
    ("Kenya handed over the stolen vehicles to Uganda's government.", 'AID'),
    ('The army did not hand over the weapons to the militia.', 'AID'),
    ('The navy handed over the vessel to its new crew.', 'AID'),
    ('Iraq handed over three captured drones to Iran.', 'AID'),
    ('The government handed over the old rifles to a museum.', 'AID'),
    ('The army handed over the disputed fort to the archaeology department.', 'AID'),
    ('The US handed over the detainees to the Iraqi government.', 'AID'),
    ('Serbia handed over the war crimes suspect to the tribunal in The Hague.', 'AID'),
    ('The military handed over power to a civilian government.', 'AID'),
    ('Pakistan handed over the captured Indian pilot to India.', 'AID'),
    ('The army handed over the recovered rocket launchers to the police.', 'AID'),
    ("The government handed over the tanks to the army's museum.", 'AID'),
    ('Ukraine handed over the downed drone to American investigators.', 'AID'),
    ('The UN handed over the seized missiles to the Yemeni coast guard.', 'AID'),
    ('The government handed over the helicopters it had leased back to the company.', 'AID'),
]

# AID: food or relief handed over by a state, an embassy or an agency (aid.yaml)
A2_GIVE = [
    ('The Chinese embassy handed over 500 tonnes of rice to the Kenyan government.', 'AID'),
    ('India handed 10,000 tents to the Turkish authorities after the earthquake.', 'AID'),
]
A2_NOT = [
    ('The minister handed rations to his party workers before the poll.', 'AID'),
    ('The waiter handed the food to the soldiers.', 'AID'),
    ('Police handed over the seized rice to the court.', 'AID'),
    ('The court handed the rice trader to the authorities.', 'AID'),
    ('Customs officers handed the seized wheat to the agency for disposal.', 'AID'),
    ('Traders handed over the rice stocks to the government after the raid.', 'AID'),
    ('The minister handed over a cheque to the hospital.', 'AID'),
    ('The province will hand over relief to the victims next week.', 'AID'),
    ('The farmers handed over their wheat to the government procurement agency.', 'AID'),
    ('The ministry handed over the food safety report to parliament.', 'AID'),
    ('Police handed the food samples to the laboratory.', 'AID'),
    ('The smugglers handed the rice to the customs authority after a chase.', 'AID'),
    ('The court handed the medicines case to the authorities.', 'AID'),
    ('Shopkeepers handed over the hoarded rice to the authorities after the raid.', 'AID'),
    ('The players handed food to the hospital staff.', 'AID'),
    ('The rebels handed the food to the authorities in exchange for the prisoners.', 'AID'),
]

# AID: money released as relief (aid.yaml)
A3_GIVE = [
    ('The Centre released Rs 500 crore as relief to the flood-hit state.', 'AID'),
    ('The state government released Rs 200 crore as relief for the cyclone victims.', 'AID'),
]
A3_NOT = [
    ('The state released Rs 300 crore for road repairs.', 'AID'),
    ('The ministry released Rs 40 crore as salary for teachers.', 'AID'),
    ('The bank released 2 billion dollars as a dividend to shareholders.', 'AID'),
    ('The kidnappers released the hostages after a ransom of Rs 5 crore was paid.', 'AID'),
    ('The company released its results showing a profit of Rs 500 crore.', 'AID'),
    ('The Centre released Rs 100 crore as the second installment of the highway grant.', 'AID'),
    ('The government allocated Rs 50 crore for the new stadium.', 'AID'),
    ('The court released the accused on bail of Rs 1 lakh.', 'AID'),
    ('The film released in 2,000 theatres and earned Rs 100 crore.', 'AID'),
    ('The state has yet to release the Rs 200 crore promised as relief.', 'AID'),
    ('The cricket board released Rs 10 crore as prize money for the team.', 'AID'),
    ("The Centre released Rs 20 crore as the state's share of the tax revenue.", 'AID'),
]

# AID: captives freed by troops or police in a raid (aid.yaml)
A4_GIVE = [
    ('Commandos freed the captive aid workers during an assault on the hideout.', 'AID'),
    ('Iraqi forces freed 20 Yazidi women during an offensive on the town.', 'AID'),
]
A4_NOT = [
    ('Rebels freed 300 inmates during an attack on the prison.', 'AID'),
    ('Police released the suspects during the operation.', 'AID'),
    ('The army released 50 prisoners in an exchange with the rebels.', 'AID'),
    ('Troops killed 20 hostages during a botched rescue.', 'AID'),
    ('Police freed the striker after questioning him during the raid.', 'AID'),
    ('The army freed the workers it had detained during the sweep.', 'AID'),
    ('The militants freed the hostages in an exchange for prisoners.', 'AID'),
    ('Troops failed to free the hostages during the raid.', 'AID'),
    ('Gunmen freed the captives during an attack on the police station.', 'AID'),
    ('Police released the workers detained during the raid on the factory.', 'AID'),
    ('The soldiers released tear gas during the operation.', 'AID'),
    ('Police freed the accused during the sweep for lack of evidence.', 'AID'),
    ('Troops will free the hostages in an assault soon, the general said.', 'AID'),
    ('The jihadists released the hostages during an assault on the barracks.', 'AID'),
]

# CONCEDE: a government's hike, tax, ban or decree reversed or undone (concede.yaml)
C1_GIVE = [
    ('Ghana reversed the levy on electronic transfers after the protests.', 'CONCEDE'),
    ('The interior ministry reversed the ban on the opposition march.', 'CONCEDE'),
    ('The authorities undid the curfew in the capital after the talks.', 'CONCEDE'),
]
C1_NOT = [
    ('The Supreme Court reversed the decision of the high court.', 'CONCEDE'),
    ('The central bank reversed its interest rate rise.', 'CONCEDE'),
    ('The coach reversed his decision to drop the striker.', 'CONCEDE'),
    ('The board reversed the fee increase for members.', 'CONCEDE'),
    ('The government refused to reverse the fuel price hike.', 'CONCEDE'),
    ('The opposition demanded that the government reverse the tax.', 'CONCEDE'),
    ('The airline reversed the fare increase after complaints.', 'CONCEDE'),
    ('The council may reverse the decision next week.', 'CONCEDE'),
    ('The referee reversed his decision after consulting the video.', 'CONCEDE'),
    ('The university reversed the fee hike after student protests.', 'CONCEDE'),
    ('The rebels reversed the gains made by the army.', 'CONCEDE'),
    ('The election result reversed the rise of the nationalists.', 'CONCEDE'),
    ('Police reversed the closure of the road after the landslide was cleared.', 'CONCEDE'),
    ('The Fed reversed the rate increase.', 'CONCEDE'),
    ('The club reversed its ban on the fans.', 'CONCEDE'),
    ('The government reversed the suspension of the officer who had been cleared.', 'CONCEDE'),
    ("The supreme court reversed the government's decision to ban the party.", 'CONCEDE'),
    ('The cricket board reversed its decision to ban the bowler.', 'CONCEDE'),
    ('The company reversed the price increase on its cars.', 'CONCEDE'),
    ('The government reversed its decision to join the coalition against the rebels.', 'CONCEDE'),
    ('The state reversed the trend of rising crime.', 'CONCEDE'),
    ('The minister reversed the transfer of the officer.', 'CONCEDE'),
    ('The government reversed the order of the tribunal.', 'CONCEDE'),
    ('Oil prices reversed their rise after the OPEC meeting.', 'CONCEDE'),
    ('The government reversed the increase in the police budget.', 'CONCEDE'),
    ('The landlord reversed the rent increase.', 'CONCEDE'),
    ('The governor refused to undo the curfew.', 'CONCEDE'),
    ('The government would reverse the tax if re-elected, the minister said.', 'CONCEDE'),
]

# CONCEDE: a government's hike, tax or fare rolled back (concede.yaml)
C2_GIVE = [
    ('The state rolled back the toll hike after the blockade.', 'CONCEDE'),
    ('The government rolled back the new tax on bread.', 'CONCEDE'),
    ('Facing riots, Nigeria rolled back the fuel price hike.', 'CONCEDE'),
    ('The cabinet rolled back the levy on imported cooking oil.', 'CONCEDE'),
]
C2_NOT = [
    ('The retailer rolled back prices on 500 items.', 'CONCEDE'),
    ('The oil company rolled back the fare increase.', 'CONCEDE'),
    ('The new president rolled back the tax cuts of his predecessor.', 'CONCEDE'),
    ('Troops rolled back the rebel advance.', 'CONCEDE'),
    ('The government will roll back the tax increase next year.', 'CONCEDE'),
    ('The protesters demanded that the government roll back the fare hike.', 'CONCEDE'),
    ('Congress rolled back the tariff increases imposed by the president.', 'CONCEDE'),
    ('The bank rolled back its fee hike after customer complaints.', 'CONCEDE'),
    ("The army rolled back the Taliban's gains in the south.", 'CONCEDE'),
    ('Stores rolled back the price rise on milk.', 'CONCEDE'),
    ('The government did not roll back the tax.', 'CONCEDE'),
    ('The telecom operator rolled back its tariff hike.', 'CONCEDE'),
    ('The city council rolled back parking fees for the holiday season.', 'CONCEDE'),
    ('The airline rolled back its fare increase.', 'CONCEDE'),
    ('The school rolled back the fee increase.', 'CONCEDE'),
    ('The state government rolled back the subsidy on diesel.', 'CONCEDE'),
    ('The government rolled back the fuel subsidy under IMF pressure.', 'CONCEDE'),
    ('Petrol companies rolled back the price increase.', 'CONCEDE'),
    ('The municipal corporation rolled back the property tax hike.', 'CONCEDE'),
    ("The army rolled back the militants' advance.", 'CONCEDE'),
    ('The board rolled back the fee increase.', 'CONCEDE'),
    ('The government plans to roll back the fare hike.', 'CONCEDE'),
    ('The union forced the company to roll back the fee hike.', 'CONCEDE'),
    ('The exchange rolled back the trading fee increase.', 'CONCEDE'),
    ('The federation rolled back the fare increase on the trains.', 'CONCEDE'),
]

# CONCEDE: an objection or a veto lifted or withdrawn (concede.yaml)
C3_GIVE = [
    ("Greece lifted its veto on the EU's talks with Turkey.", 'CONCEDE'),
    ('China withdrew its objection to the UN resolution.', 'CONCEDE'),
    ('The opposition party withdrew its objection to the peace deal.', 'CONCEDE'),
    ("Turkey abandoned its opposition to Sweden's membership of NATO.", 'CONCEDE'),
]
C3_NOT = [
    ('The defence withdrew its objection to the evidence.', 'CONCEDE'),
    ('The president vetoed the bill and withdrew his nominee.', 'CONCEDE'),
    ("The residents' association withdrew its objection to the mall.", 'CONCEDE'),
    ('The company withdrew its objection to the merger.', 'CONCEDE'),
    ('Russia refused to lift its veto on the resolution.', 'CONCEDE'),
    ('Hungary threatened to withdraw its objection only if funds were released.', 'CONCEDE'),
    ("The club withdrew its objection to the player's transfer.", 'CONCEDE'),
    ('The union withdrew its objection to the pay deal.', 'CONCEDE'),
    ('Britain will lift its objection if the text is changed.', 'CONCEDE'),
    ('The council overruled the objection of the residents.', 'CONCEDE'),
    ("France overcame Germany's objection to the plan.", 'CONCEDE'),
    ('The army withdrew its troops despite the objection of the government.', 'CONCEDE'),
    ('The bank withdrew its opposition to the takeover bid.', 'CONCEDE'),
    ('The opposition withdrew from parliament in protest.', 'CONCEDE'),
    ('Poland has not lifted its veto on the budget.', 'CONCEDE'),
    ('The school withdrew its objection to the new curriculum.', 'CONCEDE'),
    ('The commission lifted its objection to the merger of the two airlines.', 'CONCEDE'),
    ("The party's candidate withdrew his objection to the nomination.", 'CONCEDE'),
    ('The army withdrew its soldiers despite the veto of the president.', 'CONCEDE'),
    ('Russia vetoed the resolution after withdrawing its objection to the earlier draft.', 'CONCEDE'),
    ('The government removed the opposition leader from the committee.', 'CONCEDE'),
    ("The government withdrew from the talks over the opposition's objection.", 'CONCEDE'),
    ('The trade union lifted its objection to the new shift system.', 'CONCEDE'),
    ("The Kremlin abandoned the opposition party's leader to his fate.", 'CONCEDE'),
    ('Police removed the opposition supporters from the square.', 'CONCEDE'),
]

# RETREAT: an objection or a veto withdrawn is none; troops withdrawn despite objections are (retreat.yaml)
RS_GIVE = [
]
RS_NOT = [
    ('The United States withdrew its objection to the loan.', 'RETREAT'),
]

# COOPERATE: joint patrols or exercises resumed (cooperate.yaml)
CO1_GIVE = [
    ('India and Bangladesh resumed joint border patrols after a two-year gap.', 'COOPERATE'),
    ('The two navies resumed joint exercises in the Gulf.', 'COOPERATE'),
    ('Thai and Malaysian troops restarted joint operations along the border.', 'COOPERATE'),
    ('Colombia and Venezuela renewed joint patrols on the river.', 'COOPERATE'),
    ('Russian and Turkish forces resumed joint patrols in northern Syria.', 'COOPERATE'),
]
CO1_NOT = [
    ('The villagers resumed joint patrols of the fields.', 'COOPERATE'),
    ('The two football clubs resumed joint training sessions.', 'COOPERATE'),
    ('Police resumed the search for the missing climbers.', 'COOPERATE'),
    ('The army resumed its operation against the rebels.', 'COOPERATE'),
    ('The two countries will resume joint patrols next month.', 'COOPERATE'),
    ('Russia refused to resume joint patrols with Turkey.', 'COOPERATE'),
    ('The two companies resumed their joint exploration venture.', 'COOPERATE'),
    ('Troops resumed patrols in the town after the curfew.', 'COOPERATE'),
    ('The insurgent groups resumed joint attacks on the army.', 'COOPERATE'),
    ('The universities resumed a joint research mission to Antarctica.', 'COOPERATE'),
    ('The two gangs resumed joint operations in the port.', 'COOPERATE'),
    ('Police resumed the investigation into the murder.', 'COOPERATE'),
    ('The two banks resumed a joint investigation into the fraud.', 'COOPERATE'),
    ('The army suspended joint patrols with the militia.', 'COOPERATE'),
    ('The two rival gangs resumed joint drug operations.', 'COOPERATE'),
    ('The companies resumed a joint search for oil.', 'COOPERATE'),
    ('The two navies resumed their rivalry in the Gulf.', 'COOPERATE'),
    ('India resumed patrols after China withdrew.', 'COOPERATE'),
    ('The police resumed the search for the missing girl.', 'COOPERATE'),
    ('The two schools resumed joint exercises for the sports day.', 'COOPERATE'),
    ('The two sides agreed to resume joint patrols.', 'COOPERATE'),
    ('The rescue teams resumed a joint search for survivors.', 'COOPERATE'),
    ('Fishermen resumed joint operations off the coast.', 'COOPERATE'),
    ('The two banks resumed joint operations in the market.', 'COOPERATE'),
]

# COOPERATE: a joint cell or task force set up by two states (cooperate.yaml)
CO2_GIVE = [
    ('India and the United States opened a joint counter-terrorism centre.', 'COOPERATE'),
]
CO2_NOT = [
    ('The two firms set up a joint venture unit in Shanghai.', 'COOPERATE'),
    ('Police set up a special task force to investigate the killings.', 'COOPERATE'),
    ('The two universities opened a joint research centre.', 'COOPERATE'),
    ('The rebels formed a joint force to attack the capital.', 'COOPERATE'),
    ('The hospitals set up a joint team to handle the outbreak.', 'COOPERATE'),
    ('The two countries agreed to consider setting up a joint cell in the future.', 'COOPERATE'),
    ('The government set up a joint cell of police and army to track the militants.', 'COOPERATE'),
    ('Two opposition parties formed a joint team for the election campaign.', 'COOPERATE'),
    ('The state opened a joint family welfare centre.', 'COOPERATE'),
    ('The army formed a joint unit of infantry and armour.', 'COOPERATE'),
    ('India set up a joint secretariat with its state governments.', 'COOPERATE'),
    ('The ministry opened a joint headquarters for its departments.', 'COOPERATE'),
    ('Pakistan will set up a joint task force with Afghanistan next year.', 'COOPERATE'),
    ('The two clubs launched a joint youth team.', 'COOPERATE'),
    ('Militant groups set up a joint command to coordinate attacks.', 'COOPERATE'),
    ('The two companies set up a joint unit to make engines.', 'COOPERATE'),
    ('Police and army set up a joint cell in the district.', 'COOPERATE'),
    ('The universities formed a joint team for the robotics contest.', 'COOPERATE'),
    ('The two parties formed a joint secretariat for the campaign.', 'COOPERATE'),
    ('The insurgent groups set up a joint headquarters in the mountains.', 'COOPERATE'),
    ('The ministries set up a joint team to study the budget.', 'COOPERATE'),
    ('The two banks opened a joint centre in Dubai.', 'COOPERATE'),
    ('The two clubs formed a joint team for the friendly.', 'COOPERATE'),
    ('The state set up a task force on dengue.', 'COOPERATE'),
    ('Two mining firms set up a joint venture unit.', 'COOPERATE'),
]

# COOPERATE: an evacuation or an exchange of captives coordinated by two states (cooperate.yaml, joint_doers)
CO3_GIVE = [
    ('Jordan and Israel coordinated the evacuation of the wounded across the bridge.', 'COOPERATE'),
    ('Russia and Ukraine coordinated the exchange of prisoners through Turkey.', 'COOPERATE'),
    ('Pakistani and Afghan officials coordinated the repatriation of the refugees.', 'COOPERATE'),
    ('Egypt and Qatar coordinated the release of the hostages.', 'COOPERATE'),
    ('The UN and Syria coordinated the delivery of aid to the besieged town.', 'COOPERATE'),
    ('Qatar and Egypt coordinated the exchange of the captives.', 'COOPERATE'),
]
CO3_NOT = [
    ('Shell and BP coordinated the evacuation of their staff from the oil field.', 'COOPERATE'),
    ('The hospital and the university coordinated the evacuation of patients.', 'COOPERATE'),
    ('Siemens and Alstom coordinated the withdrawal of their bids.', 'COOPERATE'),
    ('Manchester United and Liverpool coordinated the rescue of the fans.', 'COOPERATE'),
    ('The embassy coordinated the evacuation of its nationals.', 'COOPERATE'),
    ('Police and firefighters coordinated the evacuation of the tower.', 'COOPERATE'),
    ('Google and Microsoft coordinated the release of the security patch.', 'COOPERATE'),
    ('Sony and Universal coordinated the release of the album.', 'COOPERATE'),
    ('The ministry coordinated the evacuation with the local authorities.', 'COOPERATE'),
    ('Egypt and Israel failed to coordinate the evacuation.', 'COOPERATE'),
    ('Egypt and Israel will coordinate the evacuation next week.', 'COOPERATE'),
    ('Hamas and Islamic Jihad coordinated the release of rockets.', 'COOPERATE'),
    ('Real Madrid and Barcelona coordinated the transfer of the striker.', 'COOPERATE'),
    ('Boeing and Airbus coordinated the delivery of the aircraft.', 'COOPERATE'),
    ('The Red Cross coordinated the exchange of prisoners.', 'COOPERATE'),
    ('John and Mary coordinated the return of the books.', 'COOPERATE'),
    ('The Taliban and al-Qaeda coordinated the transfer of fighters.', 'COOPERATE'),
    ('Lufthansa and Air France coordinated the return of stranded passengers.', 'COOPERATE'),
    ('Canadian and American firms coordinated the delivery of the pipeline parts.', 'COOPERATE'),
    ('Google and Apple coordinated the return of the devices.', 'COOPERATE'),
    ('Mumbai and Pune police coordinated the transfer of the accused.', 'COOPERATE'),
    ('The Taliban and Haqqani network coordinated the release of suicide bombers.', 'COOPERATE'),
    ('Nike and Adidas coordinated the release of the shoes.', 'COOPERATE'),
    ('The embassy coordinated the return of the bodies.', 'COOPERATE'),
    ('Chelsea and Arsenal coordinated the transfer of the defender.', 'COOPERATE'),
    ('Hezbollah and Hamas coordinated the release of the drones.', 'COOPERATE'),
    ('Ford and Toyota coordinated the delivery of parts.', 'COOPERATE'),
    ('The airport and the airline coordinated the evacuation of the terminal.', 'COOPERATE'),
    ('Egypt and Israel refused to coordinate the evacuation.', 'COOPERATE'),
]

# MOBILIZE: joint exercises are COOPERATE only (mobilize.yaml)
MX_GIVE = [
]
MX_NOT = [
    ('The Indian and French navies held joint exercises in the Arabian Sea.', 'MOBILIZE'),
    ('US and South Korean forces began combined drills in the Yellow Sea.', 'MOBILIZE'),
    ('Japanese and American troops started joint drills near Okinawa.', 'MOBILIZE'),
    ('Troops of six nations held multilateral exercises in the Pacific Ocean.', 'MOBILIZE'),
]

# RETREAT: a disengagement or drawdown of troops begun or completed (retreat.yaml)
R1_GIVE = [
    ('India and China completed the disengagement of troops from the Galwan valley.', 'RETREAT'),
    ('The drawdown of American troops from Afghanistan began in May.', 'RETREAT'),
    ('Russia announced the disengagement of its forces from the frontline town.', 'RETREAT'),
    ('NATO began the drawdown of its forces in Kosovo.', 'RETREAT'),
    ('The two armies completed the disengagement of soldiers at the border.', 'RETREAT'),
]
R1_NOT = [
    ('The firm completed its disengagement from the project.', 'RETREAT'),
    ('The bank announced a drawdown of its reserves.', 'RETREAT'),
    ('The Pentagon opposed the drawdown of troops from Iraq.', 'RETREAT'),
    ('The two sides discussed the disengagement of troops.', 'RETREAT'),
    ('The president ordered a drawdown of troops next year.', 'RETREAT'),
    ('The senators called for the drawdown of forces in Syria.', 'RETREAT'),
    ('The government halted the drawdown of troops from the border.', 'RETREAT'),
    ('The plan envisages the disengagement of forces by June.', 'RETREAT'),
    ('The drawdown of the fund continued.', 'RETREAT'),
    ('The country began the drawdown of its oil reserves.', 'RETREAT'),
    ('The two sides agreed on the disengagement of troops.', 'RETREAT'),
    ('Critics warned that the drawdown of forces would embolden the Taliban.', 'RETREAT'),
    ('The rebels rejected the disengagement of forces proposed by the mediators.', 'RETREAT'),
    ('India postponed the disengagement of troops from the area.', 'RETREAT'),
    ('The general will announce the drawdown of troops next week.', 'RETREAT'),
    ('China denied that it had completed the disengagement of troops.', 'RETREAT'),
    ('The bank announced a drawdown of the credit line.', 'RETREAT'),
    ('The fund completed the drawdown of its capital.', 'RETREAT'),
    ('The two sides agreed to a disengagement of forces.', 'RETREAT'),
    ('The generals debated the disengagement of troops.', 'RETREAT'),
    ('Israel rejected a drawdown of forces in the West Bank.', 'RETREAT'),
    ('The disengagement of the two armies has stalled.', 'RETREAT'),
    ('The minister began his speech on the drawdown of forces.', 'RETREAT'),
    ('The country completed the drawdown of its IMF loan.', 'RETREAT'),
    ('The company began a drawdown of its workforce.', 'RETREAT'),
    ('The army completed the disengagement of the mine clearance teams.', 'RETREAT'),
]

# MOBILIZE: a military command put on alert (mobilize.yaml)
M1_GIVE = [
    ('Beijing put its Southern Theater Command on high alert.', 'MOBILIZE'),
    ('The army placed its Northern Command on alert after the shelling.', 'MOBILIZE'),
    ('Russia placed its strategic command on alert.', 'MOBILIZE'),
    ('India put the Western Command on alert along the border.', 'MOBILIZE'),
]
M1_NOT = [
    ('The hospital put its command centre on alert.', 'MOBILIZE'),
    ('Police put the traffic command on alert for the festival.', 'MOBILIZE'),
    ('The airline put its crisis command on alert after the crash.', 'MOBILIZE'),
    ('The government put the disaster command on alert ahead of the cyclone.', 'MOBILIZE'),
    ('The army put its command on alert for the flood relief operation.', 'MOBILIZE'),
    ('The ministry put the health command on standby for the outbreak.', 'MOBILIZE'),
    ('China did not put its command on alert.', 'MOBILIZE'),
    ('The president will put the command on alert if the talks fail.', 'MOBILIZE'),
    ('The state put its fire command on alert for the heatwave.', 'MOBILIZE'),
    ('The military put the command headquarters on alert for the visit of the Pope.', 'MOBILIZE'),
    ('The government placed the coast guard command on alert for the storm.', 'MOBILIZE'),
    ('The city put its emergency command on alert.', 'MOBILIZE'),
    ('The ministry placed the command on notice for the audit.', 'MOBILIZE'),
    ('The club put its command of the league on the line.', 'MOBILIZE'),
    ('The state put the election command on alert before the poll.', 'MOBILIZE'),
    ('The state put the flood command on high alert.', 'MOBILIZE'),
    ('The hospital placed its trauma command on standby.', 'MOBILIZE'),
    ('The government put its disaster command on alert for the monsoon.', 'MOBILIZE'),
    ('Police placed the city command on high alert for the match.', 'MOBILIZE'),
    ('The army put its command on alert for the relief effort.', 'MOBILIZE'),
    ('The ministry put the rescue command on alert after the quake.', 'MOBILIZE'),
    ('The company put its crisis command on alert.', 'MOBILIZE'),
    ('China will put the Eastern Theater Command on alert if Taiwan declares independence.', 'MOBILIZE'),
    ('The government did not put the Northern Command on alert.', 'MOBILIZE'),
    ('The school put its command of English on display.', 'MOBILIZE'),
]

# the subject the parser splits at "and" (triggers._named_doers_with_split_head)
SP_GIVE = [
    ('Kyrgyz and Tajik forces pulled back from the border villages.', 'RETREAT'),
]
SP_NOT = [
    ('Kenyan and Ugandan farmers met in Kampala.', 'PROTEST'),
    ('Russian and Ukrainian players pulled out of the tournament.', 'RETREAT'),
    ('Greek and Turkish tourists gathered in the square.', 'MOBILIZE'),
    ('Israeli and Palestinian negotiators withdrew from the talks.', 'RETREAT'),
    ('Indian and Chinese companies fought a price war.', 'ASSAULT'),
    ('Nepali and Indian climbers withdrew from the expedition.', 'RETREAT'),
    ('Afghan and Pakistani students attacked the policy in a debate.', 'ASSAULT'),
    ('Iraqi and Syrian pilgrims massed at the shrine.', 'MOBILIZE'),
    ('Japanese and Korean firms delivered cars to the dealers.', 'AID'),
    ('Turkish and Greek fishermen seized the catch.', 'SEIZE'),
    ('Kyrgyz and Tajik negotiators pulled back from the deal.', 'RETREAT'),
    ('Indian and Pakistani fans massed outside the stadium.', 'MOBILIZE'),
    ('Kenyan and Ugandan athletes attacked the world record.', 'ASSAULT'),
    ('Russian and Chinese companies withdrew from the auction.', 'RETREAT'),
    ('Syrian and Turkish students held joint exercises.', 'COOPERATE'),
    ('Japanese and Chinese investors delivered the funds to the company.', 'AID'),
    ('Iranian and Iraqi smugglers seized the boat.', 'SEIZE'),
    ('Russian and Belarusian athletes pulled out of the games.', 'RETREAT'),
]

GIVE = A1_GIVE + A2_GIVE + A3_GIVE + A4_GIVE + C1_GIVE + C2_GIVE + C3_GIVE + RS_GIVE + CO1_GIVE + CO2_GIVE + CO3_GIVE + MX_GIVE + R1_GIVE + M1_GIVE + SP_GIVE
NOT_THESE = A1_NOT + A2_NOT + A3_NOT + A4_NOT + C1_NOT + C2_NOT + C3_NOT + RS_NOT + CO1_NOT + CO2_NOT + CO3_NOT + MX_NOT + R1_NOT + M1_NOT + SP_NOT


@gives_type_or_not(GIVE, NOT_THESE)
def test_rf34b_wording_asserts_its_type_or_not(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)
