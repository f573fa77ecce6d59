"""Classes of wording added for AGREE, CONSULT, COOPERATE, AID, SUPPORT, CONCEDE, RETREAT and MOBILIZE
on unseen wire-style sentences (stop 20 probes), and the look-alikes each must leave alone."""
import pytest


def types_of(record):
    return [(e.type, e.trigger) for e in record.events]


WORDINGS = [
    ("Hamas has consented to a six-month truce with Israel, Egyptian officials said.", "AGREE"),
    ("The two sides put their signatures to a power-sharing accord late on Saturday in Arusha.", "AGREE"),
    ("Peru and Ecuador settled their long-running border dispute with a treaty.", "AGREE"),
    ("North Korea expressed willingness to return to the six-party talks.", "AGREE"),
    ("Serbian and Kosovo negotiators reached a breakthrough on the issue of car licence plates.", "AGREE"),
    ("The Ivorian president vowed to disarm the militias loyal to him before the elections.", "AGREE"),
    ("Blair and Ahern conferred by telephone about the stalled peace process.", "CONSULT"),
    ("Foreign ministers of the Arab League gathered in Cairo for an emergency session on Lebanon.", "CONSULT"),
    ("Syria handed over Saddam Hussein's half-brother to Iraqi authorities.", "COOPERATE"),
    ("Egypt and Israel coordinated their patrols along the Gaza border.", "COOPERATE"),
    ("U.S. military helicopters ferried food and medicine to flood victims in northern Mozambique.", "AID"),
    ("Aid trucks carrying medicine crossed into Gaza through the Rafah crossing.", "AID"),
    ("Washington provided Bogota with Black Hawk helicopters to fight drug traffickers.", "AID"),
    ("China sent a team of 60 rescue workers to the quake zone in Pakistan.", "AID"),
    ("Britain said it fully supported the decision to refer Iran to the Security Council.", "SUPPORT"),
    ("China has stood firmly behind its ally North Korea, a foreign ministry spokesman said.", "SUPPORT"),
    ("Burmese authorities released the detained pro-democracy leader from house arrest.", "CONCEDE"),
    ("The Yemeni kidnappers released the two German tourists unharmed, police said.", "CONCEDE"),
    ("The Colombian rebels set free three kidnapped oil workers, the Red Cross said.", "CONCEDE"),
    ("The rebels abandoned the strategic town of Kindu after heavy fighting.", "RETREAT"),
    ("Armed militiamen vacated the state television building they had occupied for two days.", "RETREAT"),
    ("Syrian troops redeployed from Beirut to the Bekaa Valley under the Taif accord.", "RETREAT"),
    ("Russia placed its strategic bomber fleet on combat alert on Tuesday.", "MOBILIZE"),
    ("The Taliban recruited thousands of young men from religious schools in Pakistan, officials said.", "MOBILIZE"),
    ("Turkey beefed up its military presence on the Iraqi border with fresh commando units.", "MOBILIZE"),
    # round 2
    ("Both sides committed themselves to a lasting ceasefire in a joint statement issued in Oslo.", "AGREE"),
    ("Nepal's Maoist rebels declared a unilateral three-month ceasefire on Friday.", "AGREE"),
    ("NATO will pull its last troops out of Bosnia by December, an alliance spokesman said.", "AGREE"),
    ("The prime minister consulted opposition leaders on the draft constitution, his office said.", "CONSULT"),
    ("Indian and Bangladeshi border guards launched a coordinated operation against smugglers.", "COOPERATE"),
    ("Jordan's intelligence service helped U.S. forces locate the militant leader, officials said.", "COOPERATE"),
    ("Germany dispatched a field hospital to the earthquake-stricken city of Bam.", "AID"),
    ("Iran has been arming and training Hezbollah guerrillas, Israeli officials said.", "AID"),
    ("The United States provided military training to Georgian troops.", "AID"),
    ("The Organisation of the Islamic Conference expressed solidarity with the people of Lebanon.", "SUPPORT"),
    ("Moscow gave its backing to the Iranian proposal, a Kremlin spokesman said.", "SUPPORT"),
    ("Tony Blair defended the U.S.-led invasion of Iraq before parliament.", "SUPPORT"),
    ("The United States extended diplomatic recognition to the new government in Kabul.", "SUPPORT"),
    ("Peru's president apologised for the army's killing of peasants during the insurgency.", "CONCEDE"),
    ("The government gave in to the strikers' demands and raised fuel subsidies.", "CONCEDE"),
    ("Beijing granted the dissident permission to travel abroad for medical treatment.", "CONCEDE"),
    ("The president admitted defeat in the runoff.", "CONCEDE"),
    ("Hundreds of Tamil rebels gave themselves up to the army in the east.", "RETREAT"),
    ("The government opened the border crossing to Palestinian traffic for the first time in a month.", "RETREAT"),
    ("Thousands of volunteers enlisted in the army after the declaration of war.", "MOBILIZE"),
    ("The Israeli cabinet approved the call-up of 20,000 reserve soldiers.", "MOBILIZE"),
    ("Pakistan conducted a test of its nuclear-capable Ghauri missile on Monday.", "MOBILIZE"),
    ("Fresh Russian units arrived in South Ossetia, Georgian officials said.", "MOBILIZE"),
    ("North Korea staged a massive military parade in Pyongyang.", "MOBILIZE"),
    # round 3
    ("The breakaway republic said it was prepared to accept autonomy within Georgia.", "AGREE"),
    ("The rival Somali clans sealed a peace pact at a ceremony in Mogadishu, elders said.", "AGREE"),
    ("The Arab League secretary-general arrived in Baghdad for consultations with Iraqi leaders.", "CONSULT"),
    ("The German foreign minister began a tour of the Middle East in Cairo on Sunday.", "CONSULT"),
    ("Italy turned over to Egypt a man suspected of involvement in the embassy attack.", "COOPERATE"),
    ("The FBI is helping Indonesian police investigate the Bali bombings.", "COOPERATE"),
    ("Thai police arrested the Indonesian militant in a joint operation with the CIA.", "COOPERATE"),
    ("Humanitarian aid began reaching the cut-off villages in the Kashmir mountains.", "AID"),
    ("China offered Sri Lanka 2 million dollars in aid after the tsunami.", "AID"),
    ("Russia has thrown its support behind Yanukovych in the Ukrainian election.", "SUPPORT"),
    ("India's foreign minister said New Delhi firmly supports the government of Afghanistan.", "SUPPORT"),
    ("The opposition parties rallied behind the president's call for national unity.", "SUPPORT"),
    ("The authorities reopened the independent newspaper on Monday.", "CONCEDE"),
    ("The kidnappers let the two French journalists go after four months in captivity.", "CONCEDE"),
    ("The government restored the citizenship of the exiled opposition leader.", "CONCEDE"),
    ("Turkey legalised Kurdish-language broadcasts in a concession to the EU.", "CONCEDE"),
    ("Islamabad allowed Indian pilgrims to visit Sikh shrines in Pakistan.", "CONCEDE"),
    ("Rebel fighters evacuated the besieged town under an agreement brokered by the UN.", "RETREAT"),
    ("The Indonesian military began pulling troops out of Aceh on Tuesday.", "RETREAT"),
    ("Some 300 militiamen surrendered their weapons at a ceremony in Bunia.", "RETREAT"),
    ("The military leader relinquished power to a civilian transitional government.", "RETREAT"),
    ("Israel dismantled the last of its settlements in the Gaza Strip on Monday.", "RETREAT"),
    ("The defence minister stood down after the report was published.", "RETREAT"),
    ("Thousands of troops were airlifted to the restive region overnight.", "MOBILIZE"),
    ("Israel was building up forces on its northern border, military sources said.", "MOBILIZE"),
    ("Hundreds of policemen were drafted in to guard the polling stations.", "MOBILIZE"),
    ("The Iranian navy held war games in the Strait of Hormuz on Sunday.", "MOBILIZE"),
    ("Taiwan positioned additional missile batteries facing the mainland.", "MOBILIZE"),
    ("The rebels have conscripted thousands of children into their ranks, UNICEF said.", "MOBILIZE"),
    # round 4
    ("The signing of the accord took place in the presence of the Nigerian president.", "AGREE"),
    ("Ethiopia accepted the ruling of the boundary commission in principle.", "AGREE"),
    ("The Afghan president received a telephone call from the British prime minister.", "CONSULT"),
    ("Greek and Turkish coastguards carried out a joint search for the missing migrants.", "COOPERATE"),
    ("Yemen allowed FBI investigators to question the suspects in the Cole bombing.", "COOPERATE"),
    ("Norway financed the construction of a new hospital in Jaffna.", "AID"),
    ("Kuwait has pledged 500 million dollars to help rebuild Iraq, officials said.", "AID"),
    ("The ICRC distributed seeds and tools to 20,000 families in the south.", "AID"),
    ("The Pentagon has been training and equipping the Georgian army.", "AID"),
    ("The release of the hostages was secured after three weeks of negotiations.", "CONCEDE"),
    ("The Belarusian government allowed the opposition to hold a rally in the capital.", "CONCEDE"),
    ("Eritrean troops moved back from the temporary security zone, UN monitors said.", "RETREAT"),
    ("Russia handed back the islands to Japan in a goodwill gesture.", "RETREAT"),
    ("Russian warships sailed into the Black Sea port, the navy said.", "MOBILIZE"),
    ("The junta recruited thousands of militiamen ahead of the offensive.", "MOBILIZE"),
    ("China has stationed more than 700 missiles opposite Taiwan.", "MOBILIZE"),
    # round 5
    ("Police in Spain and Morocco jointly arrested 15 suspects.", "COOPERATE"),
    ("Relief agencies handed out blankets and food to the earthquake survivors.", "AID"),
    ("Doctors Without Borders opened a clinic for refugees in Darfur.", "AID"),
    ("The Maoists released the kidnapped engineers after a week.", "CONCEDE"),
    ("The rebels handed over their weapons to the peacekeepers on Monday.", "RETREAT"),
    ("The Taliban abandoned Kandahar without a fight.", "RETREAT"),
    # round 6
    ("A truce brokered by Egypt went into effect at dawn, ending a week of fighting.", "AGREE"),
    ("Putin received the Iranian nuclear negotiator in the Kremlin.", "CONSULT"),
    ("The kidnappers freed the German engineer unharmed on Friday.", "CONCEDE"),
    ("The government granted the Kurds the right to broadcast in their own language.", "CONCEDE"),
    # round 7
    ("An accord was struck on Wednesday between the government and the striking miners.", "AGREE"),
    ("The militants vacated the mosque they had seized.", "RETREAT"),
]

# Each guard fails without its condition or suppressing entry.
NOT_THESE = [
    # a fee agreed is a purchase
    ("Manchester United agreed a fee of 30 million pounds with Real Madrid for the striker.", "AGREE"),
    # signatures on a form, not on an agreement
    ("Our legislators have put their signatures on his nomination papers.", "AGREE"),
    # settling told as a purpose, no settlement reached
    ("The seer said the government should come out with a clear policy to settle the dispute amicably.", "AGREE"),
    # prices retreat too
    ("Oil prices retreated from record highs on Monday as supply fears eased.", "RETREAT"),
    # emergency crews deployed to a fire
    ("Firefighters were deployed to contain the forest fire near Athens.", "MOBILIZE"),
    # a team welcomed home after a match
    ("Thousands of fans welcomed the team home after its World Cup victory.", "SUPPORT"),
    # a decision not to support
    ("The party informed the governor of its decision not to support any coalition in the assembly.", "SUPPORT"),
    # talks between a union and management
    ("Talks between the union and management collapsed over pay.", "CONSULT"),
    # an award conferred
    ("The university conferred an honorary doctorate on the novelist on Friday.", "CONSULT"),
    # relief handed over to a relief body abroad is aid, not judicial cooperation
    ("The peacekeepers handed over the food supplies to local authorities on Monday.", "COOPERATE"),
    # suspects handed to their own police
    ("Five civilians had been detained and handed over to police for questioning, the army said.", "COOPERATE"),
    # a shipping corridor that has carried grain
    ("Kyiv runs a shipping corridor from Odesa that has carried food and medicine since 2023.", "AID"),
    # firefighters setting trapped workers free
    ("Firefighters set free the workers trapped in the collapsed factory after a six-hour operation.", "CONCEDE"),
    # a breakthrough at the front is no agreement
    ("The army made a breakthrough on the southern front after three days of fighting.", "AGREE"),
    # round 2: efforts to broker a ceasefire, a ceasefire recalled, a semi-final, floodwaters, orders
    # given, recognition of a language's press, a decision taken without consulting, volunteers for a
    # rite, a fire brigade, a situation arrested, permission asked for, a crossing opened to trade,
    # a convoy of families attacked
    ("Russia has stepped up its attacks on Ukrainian cities, even as U.S.-led efforts to broker a ceasefire have stalled.", "AGREE"),
    ("Warplanes bombed rebel-held towns on Wednesday, striking residential areas where Russia had declared a ceasefire.", "AGREE"),
    ("The two teams met in the semi-final in Lisbon on Wednesday night.", "CONSULT"),
    ("Floodwaters retreated from the city centre, allowing residents to return.", "RETREAT"),
    ("He said the police had been given strict instructions to act against troublemakers.", "AID"),
    ("He said the editor gave new recognition to Hindi journalism.", "SUPPORT"),
    ("He asked why the premier sent an emissary to the town without consulting his coalition partners.", "CONSULT"),
    ("The group has been receiving requests from hundreds of youths to be enlisted as volunteers for the ceremony.", "MOBILIZE"),
    ("A fire brigade arrived on time to save the shop from the flames.", "MOBILIZE"),
    ("The army columns helped to arrest the fast deteriorating situation within the city.", "COOPERATE"),
    ("We are contacting the government to give us permission for holding the programme.", "CONCEDE"),
    ("Egypt opened its border to Palestinian trade for the first time in a month.", "AID"),
    ("A convoy of five vehicles carrying families to the city was attacked by a mob en route.", "AID"),
    # round 3: a sports final agreed, weather welcomed, share prices, a meeting called off, a government
    # not let go
    ("The football federation agreed to hold the final in Lagos.", "AGREE"),
    ("Residents welcomed the rain after months of drought.", "SUPPORT"),
    ("Share prices withdrew to lower levels in thin trading.", "RETREAT"),
    ("Heavy snow forced the cancellation of the ministers' meeting in Brussels.", "CONSULT"),
    ("The prime minister made it clear he had no intention to let this government go.", "CONCEDE"),
    # round 4: support withdrawn, a company chief resigning, an imperative let, camps for troops, a
    # release only talked about, a support ruled out
    ("The union withdrew its support for the strike.", "RETREAT"),
    ("The board accepted the resignation of the chief executive.", "RETREAT"),
    ("Let the central leadership question the party first, then we will take the cue, the legislator replied.", "COOPERATE"),
    ("The army set up camps for the troops near the border.", "AID"),
    ("The mediators focused on the release of the hostages held in the jungle.", "CONCEDE"),
    ("But in no case we would support the BSP government headed by Mayawati with the support of the BJP.", "SUPPORT"),
    # round 5: weapons yet to be handed over or to be handed over under a deal, a football captain
    ("Officials say the PKK elements in the Kandil mountains have yet to hand over their weapons.", "RETREAT"),
    ("Under the accord, the militia is to hand over its heavy weapons within 30 days.", "RETREAT"),
    ("Manchester United welcomed back their injured captain.", "SUPPORT"),
    # round 6: a law coming into force, a court granting a right
    ("The new tax law went into force on Monday.", "AGREE"),
    ("The judge granted the defendant the right to appeal against the verdict.", "CONCEDE"),
    # round 7: out of quarantine
    ("The tourists were released from quarantine.", "CONCEDE"),
]

CASES = [(text, event_type, True) for text, event_type in WORDINGS] + [
    (text, event_type, False) for text, event_type in NOT_THESE]


@pytest.mark.parametrize("text,event_type,expected", CASES,
                         ids=[f"{'' if want else 'not-'}{t}-{i}" for i, (s, t, want) in enumerate(CASES)])
def test_stop20_wording_gives_its_plover_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2005-06-01")
    assert (event_type in {e.type for e in record.events}) == expected, types_of(record)
