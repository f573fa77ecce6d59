"""Stop 34's rows for probe set l's classes 6, 10, 12, 13 and 15 (wordsA34): ACCUSE, SUPPORT, THREATEN, AGREE and
REQUEST said with other words than the types' own verbs, each a class of wording licensed by who acts and on whom:

- ACCUSE: a party, a government or a state body faulted or knocked; "alleged that" a government, a party or a state
  did a thing (clause_subject); a case brought or filed by a state against a party or at a court; maladministration,
  abuses or excesses by the police, the army or a ministry found by an inquiry.
- SUPPORT: another country's government defended by a state or a politician (other_party); condolences or sympathy
  sent or expressed by a state or its leader to another country (other_party); a council or a coalition recognised as
  a people's representative (the "as" hung on the object).
- THREATEN: a crushing, befitting or military response to a hostile act vowed, promised or warned of by a state, its
  government or head or an armed force (and promise's AGREE left off).
- AGREE: the conclusion of a truce, a treaty or a ceasefire agreement announced, confirmed or hailed.
- REQUEST: the recovery of missing or seized people sought. (Withdrawn: "insisted that Armenian forces leave" as a
  demand; test_clause_modality holds "insisted that the troops withdraw every evening" a statement. Withdrawn by the
  review rf34a: a timetable accepted, and the return, repatriation or whereabouts of people sought; narrowed there
  too: see test_rf34a.py.)

Each wording gives its type on this tree; most give none on main (e5c3fd3). Main already took these members of the
classes, kept to hold the class whole: a recognition whose "as" the parser hangs on the verb (all ten but the "Spain"
one here, whose parse is l399's), "warned of a military/severe response", "threatened a crushing response", "lodged a
complaint against the United States", and two possessive governments defended. Each look-alike gives no event of the
type here. None is a probe-set or dev sentence."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not

WORDINGS = [
    # ACCUSE: faulted, knocked
    ("The opposition faulted the government for the delay in relief.", "ACCUSE"),
    ("The senator knocked the administration over its handling of the border crisis.", "ACCUSE"),
    ("The BJP faulted the Congress party for the price rise.", "ACCUSE"),
    ("Human rights groups faulted the police for the killings in the township.", "ACCUSE"),
    ("The party knocked the government for its failure to protect farmers.", "ACCUSE"),
    ("The UN report faulted the junta for blocking aid to the delta.", "ACCUSE"),
    ("The opposition leader knocked the ruling party over the fuel price hike.", "ACCUSE"),
    ("The minister faulted the previous administration for the debt crisis.", "ACCUSE"),
    ("The Presidency has knocked the opposition over its statements on the strike.", "ACCUSE"),
    # ACCUSE: alleged that
    ("The opposition alleged that the government had misused state funds for the campaign.", "ACCUSE"),
    ("The Congress alleged that the government was shielding the accused.", "ACCUSE"),
    ("Party leaders alleged that the ruling party had rigged the polls.", "ACCUSE"),
    ("The minister alleged that the opposition was inciting violence.", "ACCUSE"),
    ("Pakistan alleged that India was sponsoring terrorism in Balochistan.", "ACCUSE"),
    ("The senator alleged that the administration had hidden the report.", "ACCUSE"),
    ("The BJP alleged that the state government was protecting the smugglers.", "ACCUSE"),
    ("Opposition leaders alleged that the regime had jailed hundreds of dissidents.", "ACCUSE"),
    ("The spokesman alleged that the ministry had leaked the documents.", "ACCUSE"),
    ("The party's leaders alleged that the commission had ignored their complaints.", "ACCUSE"),
    # ACCUSE: a case brought by a state
    ("Ukraine filed a case against Russia at the International Court of Justice.", "ACCUSE"),
    ("The Gambia brought a case against Myanmar at the World Court over the treatment of the Rohingya.", "ACCUSE"),
    ("The government filed a suit against the former president over the missing funds.", "ACCUSE"),
    ("Nicaragua brought a case against Germany at the ICJ over arms sales to Israel.", "ACCUSE"),
    ("Pakistan filed a case against India at the Court of Arbitration over the dam.", "ACCUSE"),
    ("Bosnia brought a case against Serbia alleging genocide.", "ACCUSE"),
    ("The Philippines filed a case against China over the South China Sea.", "ACCUSE"),
    ("Georgia instituted proceedings against Russia at the International Court of Justice.", "ACCUSE"),
    ("Iran lodged a complaint against the United States at the international court.", "ACCUSE"),
    ("South Africa brought a case against Israel at the World Court.", "ACCUSE"),
    # ACCUSE: wrongdoing by a state body found
    ("The commission found maladministration by the police in the eviction.", "ACCUSE"),
    ("The ombudsman found maladministration by the ministry in the handling of the complaints.", "ACCUSE"),
    ("The inquiry found abuses by the army in the camps.", "ACCUSE"),
    ("The tribunal found collusion by the police with the gang.", "ACCUSE"),
    ("The rights panel found violations by security forces during the curfew.", "ACCUSE"),
    ("The auditor found irregularities by the administration in the purchase of arms.", "ACCUSE"),
    ("The inquiry found excesses by the army during the curfew.", "ACCUSE"),
    ("The commission found abuses by security forces in the north.", "ACCUSE"),
    ("The court found collusion by officials in the land scam.", "ACCUSE"),
    ("The watchdog found irregularities by the ministry in the procurement of vaccines.", "ACCUSE"),
    # SUPPORT: another's government defended
    ("Russia defended the Syrian government at the Security Council.", "SUPPORT"),
    ("Iran defended the Syrian regime in a speech on Tuesday.", "SUPPORT"),
    ("Turkey defended Azerbaijan's government at the summit.", "SUPPORT"),
    ("Moscow defended the Belarusian president against the sanctions.", "SUPPORT"),
    ("Hungary defended the Polish government in the dispute with Brussels.", "SUPPORT"),
    ("Cuba defended the Nicaraguan government against the accusations.", "SUPPORT"),
    ("Turkey defended Qatar's government against the blockade.", "SUPPORT"),
    ("Venezuela defended the Cuban government at the summit.", "SUPPORT"),
    ("Russia defended Iran's government after the crackdown.", "SUPPORT"),
    ("Bolivia's president defended Venezuela's government at the meeting.", "SUPPORT"),
    # SUPPORT: condolences, sympathy
    ("India sent its condolences to Turkey after the earthquake.", "SUPPORT"),
    ("The Chinese government sent condolences to Indonesia after the tsunami.", "SUPPORT"),
    ("Japan's prime minister expressed sympathy to the people of Nepal after the quake.", "SUPPORT"),
    # SUPPORT: recognised as representative
    ("Britain recognized the rebel council as the legitimate government of Libya.", "SUPPORT"),
    ("The Arab League recognised the coalition as the legitimate representative of the Syrian people.", "SUPPORT"),
    ("Washington recognized the National Transitional Council as the legitimate authority in Libya.", "SUPPORT"),
    ("Turkey recognised the opposition council as the representative of the Syrian people.", "SUPPORT"),
    ("The EU recognised the opposition alliance as the legitimate representatives of the people.", "SUPPORT"),
    ("Qatar recognized the movement as the sole representative of the Palestinians.", "SUPPORT"),
    ("The Gulf states recognised the Syrian National Coalition as the legitimate representative of the Syrian people.", "SUPPORT"),
    ("Italy recognized the rebel council as the only legitimate government of Libya.", "SUPPORT"),
    ("Several African states recognised the front as the legitimate government of Western Sahara.", "SUPPORT"),
    ("Spain recognised the opposition coalition as the sole legitimate representative of the Syrian people.", "SUPPORT"),
    # THREATEN: a forceful response vowed
    ("Pakistan promised a befitting response to any Indian misadventure.", "THREATEN"),
    ("The army chief vowed a befitting reply to any aggression.", "THREATEN"),
    ("Russia warned of a military response if NATO troops enter Ukraine.", "THREATEN"),
    ("The Iranian commander threatened a crushing response to the United States.", "THREATEN"),
    ("Beijing warned of a severe response to any provocation by Taipei.", "THREATEN"),
    ("Syria vowed a crushing response to any Turkish incursion.", "THREATEN"),
    ("The president has promised a proportional response to the hacking of the party's emails.", "THREATEN"),
    # AGREE: the conclusion of an accord
    ("The conclusion of the peace treaty was announced in Moscow.", "AGREE"),
    ("The mediators announced the conclusion of a ceasefire agreement between the rebels and the army.", "AGREE"),
    ("Sudan announced the conclusion of a peace deal with the rebel groups.", "AGREE"),
    ("The conclusion of the border accord between Peru and Ecuador was hailed in both capitals.", "AGREE"),
    ("The emir announced the conclusion of a ceasefire deal between Israel and Hamas.", "AGREE"),
    ("The two governments announced the conclusion of a defence pact.", "AGREE"),
    ("The conclusion of the armistice between the warring parties was announced by the UN.", "AGREE"),
    ("The conclusion of the truce between the two militias was announced on Friday.", "AGREE"),
    ("The conclusion of the ceasefire agreement between the two clans was announced by the elders.", "AGREE"),
    # REQUEST: the recovery of captives sought
    ("The families sought the recovery of the missing activists from the security agencies.", "REQUEST"),
    ("The journalists' union sought the recovery of the abducted journalist.", "REQUEST"),
    ("The lawyers sought the immediate recovery of the missing activists.", "REQUEST"),
]

LOOK_ALIKES = [
    # ACCUSE
    ("The striker knocked the ball past the goalkeeper.", "ACCUSE"),
    ("Police knocked the door down and arrested the suspect.", "ACCUSE"),
    ("Critics faulted the film for its slow pace.", "ACCUSE"),
    ("The storm knocked the government website offline for hours.", "ACCUSE"),
    ("The coach faulted his defenders for the late goal.", "ACCUSE"),
    ("The boxer knocked his opponent out in the third round.", "ACCUSE"),
    ("Nobody could fault the effort of the volunteers.", "ACCUSE"),
    ("The teacher faulted the essay for its poor grammar.", "ACCUSE"),
    ("The recession knocked the company's profits.", "ACCUSE"),
    ("The rebel candidate knocked the ruling party out of the race.", "ACCUSE"),
    ("The family alleged that the hospital had neglected their son.", "ACCUSE"),
    ("The lawsuit alleged that the company had misled investors.", "ACCUSE"),
    ("The player alleged that the referee was biased.", "ACCUSE"),
    ("The tenant alleged that the landlord had cut off the water.", "ACCUSE"),
    ("Villagers alleged that the contractor had used poor materials.", "ACCUSE"),
    ("The party alleged that its president had been detained without a warrant.", "ACCUSE"),
    ("The student alleged that the teacher had slapped him.", "ACCUSE"),
    ("The customer alleged that the bank had overcharged him.", "ACCUSE"),
    ("Fans alleged that the club had sold too many tickets.", "ACCUSE"),
    ("The patient alleged that the doctor had made an error.", "ACCUSE"),
    ("The family brought a case against the hospital alleging negligence.", "ACCUSE"),
    ("The footballer brought a case at the Court of Arbitration for Sport.", "ACCUSE"),
    ("The company filed a suit against its supplier over the missing parts.", "ACCUSE"),
    ("The actress filed a suit against the magazine.", "ACCUSE"),
    ("The landlord brought a case against the tenant.", "ACCUSE"),
    ("A group of parents launched a case against the school board.", "ACCUSE"),
    ("The inquiry found no wrongdoing by police.", "ACCUSE"),
    ("The court found no collusion by officials in the land deal.", "ACCUSE"),
    ("The panel found negligence by the hospital staff.", "ACCUSE"),
    ("The audit found irregularities by the company's accountants.", "ACCUSE"),
    ("The referee found a foul by the defender.", "ACCUSE"),
    ("The doctors found abuse by the patient's carer.", "ACCUSE"),
    ("The inquiry found lapses by the airline's pilots.", "ACCUSE"),
    ("The league found misconduct by the club's players.", "ACCUSE"),
    ("Investigators found violations by the factory owner.", "ACCUSE"),
    ("The review found negligence by the school teachers.", "ACCUSE"),
    # SUPPORT
    ("The champion defended his title in Las Vegas.", "SUPPORT"),
    ("The minister defended the government in parliament.", "SUPPORT"),
    ("The lawyer defended the former president in court.", "SUPPORT"),
    ("The prime minister defended his government's record on jobs.", "SUPPORT"),
    ("The goalkeeper defended the lead until the final whistle.", "SUPPORT"),
    ("The spokesman defended the president's remarks.", "SUPPORT"),
    ("Troops defended the government headquarters against the rebels.", "SUPPORT"),
    ("The company defended its leader after the scandal.", "SUPPORT"),
    ("The coach defended his players after the defeat.", "SUPPORT"),
    ("The doctor expressed sympathy to the patient's family.", "SUPPORT"),
    ("The coach sent his condolences to the family of the player.", "SUPPORT"),
    ("The company expressed its sympathy to the families of the workers.", "SUPPORT"),
    ("The hospital offered condolences to the relatives.", "SUPPORT"),
    ("Workers staged a sympathy strike at the port.", "SUPPORT"),
    ("The club sent a message of condolence to the family of the fan.", "SUPPORT"),
    ("The school expressed sympathy to the students' families.", "SUPPORT"),
    ("The actor expressed sympathy for the fans.", "SUPPORT"),
    ("The airline extended its condolences to the passengers' families.", "SUPPORT"),
    ("The academy recognised the group as the best band of the year.", "SUPPORT"),
    ("The league recognised the club as the champion.", "SUPPORT"),
    ("The bank recognised the committee as its lender.", "SUPPORT"),
    ("The magazine recognised the movement as the fashion trend of the year.", "SUPPORT"),
    ("The jury recognised the leader of the orchestra as the best conductor.", "SUPPORT"),
    ("The company recognised the union as the representative of its workers.", "SUPPORT"),
    ("The church recognised the group as a religious order.", "SUPPORT"),
    # THREATEN
    ("The health ministry vowed a decisive response to the outbreak.", "THREATEN"),
    ("The minister promised a strong response to the complaints of farmers.", "THREATEN"),
    ("The coach vowed a strong response from his team after the defeat.", "THREATEN"),
    ("The company promised a swift response to customer complaints.", "THREATEN"),
    ("The striker promised a fitting response on the pitch.", "THREATEN"),
    ("The hospital promised a firm response to the virus.", "THREATEN"),
    ("The governor vowed a robust response to the floods.", "THREATEN"),
    ("The central bank vowed a strong response to inflation.", "THREATEN"),
    ("The mayor promised a swift response to the fire.", "THREATEN"),
    ("The teachers promised a strong reply to the survey.", "THREATEN"),
    ("The fans promised a fitting reply to the critics.", "THREATEN"),
    ("The army vowed a strong response to the floods.", "THREATEN"),
    ("The regulator promised a proportionate response to the complaints.", "THREATEN"),
    # AGREE
    ("The conclusion of the licensing agreement was announced by the two companies.", "AGREE"),
    ("The conclusion of the merger agreement was announced on Monday.", "AGREE"),
    ("The troops pulled out a week after the conclusion of the peace agreement.", "AGREE"),
    ("Fighting resumed despite the conclusion of the truce last month.", "AGREE"),
    ("The conclusion of the season was marked by a parade.", "AGREE"),
    ("The conclusion of the trial was delayed.", "AGREE"),
    ("The panel reached the conclusion that the deal was unfair.", "AGREE"),
    ("The conclusion of the sponsorship deal was welcomed by fans.", "AGREE"),
    ("The conclusion of the football tournament drew crowds.", "AGREE"),
    ("At the conclusion of the summit, the leaders posed for photographs.", "AGREE"),
    # REQUEST
    ("The bank sought the recovery of its loans.", "REQUEST"),
    ("Police sought the recovery of the bodies of the climbers.", "REQUEST"),
    ("The tax department sought the recovery of dues from the firm.", "REQUEST"),
    ("Doctors sought the recovery of the patient.", "REQUEST"),
    ("The club sought the return of its striker from injury.", "REQUEST"),
    ("The insurer sought the recovery of the costs.", "REQUEST"),
    ("The owner sought the return of the deposit.", "REQUEST"),
    ("Fans sought the return of the trophy.", "REQUEST"),
    ("The airline sought the return of the aircraft.", "REQUEST"),
    ("The museum sought the return of the stolen paintings.", "REQUEST"),
]


@gives_type_or_not(WORDINGS, [])
def test_wordsA34_wording_gives_its_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], LOOK_ALIKES)
def test_wordsA34_look_alike_gives_no_event_of_the_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@pytest.mark.parametrize("text,not_this", [
    ("Hezbollah promised a devastating response to any Israeli attack.", "AGREE"),
])
def test_wordsA34_demanded_or_threatened_act_is_not_told(extract, text, not_this):
    """A response promised is no offer."""
    assert_gives_type_or_not(extract(text, "2002-03-10"), not_this, False)
