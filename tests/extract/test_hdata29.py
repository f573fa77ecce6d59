"""Wordings of stop 29's lexicon data for probe set h's data classes (hdata29): closures and bans; kin freed and
prohibitory sections lifted; troops leaving and a withdrawal of forces announced; fuel given; entity lists; forces
fighting alongside; conscription and drills; labour protest idioms; crowds dispersed and people beaten with a weapon
named. None is a set h sentence; each positive fails on main 42f004f, the negatives keep the entries' limits,
several of them the near-misses of review rev29hd."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # coerce.yaml: a paper's closure ordered, foreigners barred by a state
    ("The government ordered the closure of two opposition newspapers in the capital.", "COERCE"),
    ("Pyongyang barred foreigners from entering the country after the outbreak.", "COERCE"),
    # concede.yaml: kin freed, a prohibitory section lifted, a withdrawal of forces announced for later (the
    # codebook's CONCEDE)
    ("The kidnappers released the mother of the senator after three weeks.", "CONCEDE"),
    ("The collector withdrew Section 144 from the district on Thursday.", "CONCEDE"),
    ("The coalition announced it would withdraw its soldiers from the northern province.", "CONCEDE"),
    ("France announced that it would pull its troops out of Mali.", "CONCEDE"),
    # retreat.yaml: troops leaving a country
    ("The last Russian troops left Syria on Friday.", "RETREAT"),
    ("UN peacekeepers left the country after ten years.", "RETREAT"),
    # aid.yaml: fuel given
    ("Kuwait gave 20,000 litres of fuel to the main hospital in Sanaa.", "AID"),
    # sanction.yaml: firms added to an entity list
    ("Washington added 30 Chinese firms to its entity list.", "SANCTION"),
    # cooperate.yaml: forces fighting alongside another's
    ("Chadian soldiers fought alongside the Nigerian army against the jihadists.", "COOPERATE"),
    # mobilize.yaml: conscription enforced, bombers and warships sent for drills
    ("The government enforced conscription after the border clashes.", "MOBILIZE"),
    ("Russia sent bombers and warships to the Sea of Japan for joint drills.", "MOBILIZE"),
    # protest.yaml: a fast-unto-death, a strike embarked on, a shutter-down strike
    ("The village elders began a fast-unto-death over the land acquisition.", "PROTEST"),
    ("Dock workers embarked on a strike over pensions.", "PROTEST"),
    ("Shopkeepers observed a shutter-down strike against the killing.", "PROTEST"),
    # assault.yaml: marchers dispersed with batons, detainees beaten with rifle butts
    ("Police dispersed the protesters with tear gas and batons.", "ASSAULT"),
    ("Soldiers beat the detainees with rifle butts.", "ASSAULT"),
]

NOT_THESE = [
    # a media group's own station, a museum's rule
    ("The media group announced the closure of its regional radio station.", "COERCE"),
    ("The museum barred visitors from taking photographs in the gallery.", "COERCE"),
    # a patient discharged; a section imposed; withdrawals from a race, a deal, a market: no forces (rev29hd M9)
    ("The hospital released the father after treatment for minor injuries.", "CONCEDE"),
    ("The administration imposed Section 144 in the town.", "CONCEDE"),
    ("The candidate announced he would withdraw from the race.", "CONCEDE"),
    ("Russia announced it would withdraw from the grain deal.", "CONCEDE"),
    ("The company announced it would withdraw its products from the Russian market.", "CONCEDE"),
    # a commander travelling, soldiers going out on patrol
    ("The army chief left Moscow for talks in Paris.", "RETREAT"),
    ("The soldiers left the base for a patrol along the river.", "RETREAT"),
    # a name on a list; a strike's effects
    ("The firm is not on the entity list.", "SANCTION"),
    ("The unions staged a general strike across the country, halting trains and flights.", "SANCTION"),
    # a road, an army deployed alongside peacekeepers (a deployment); veterans called up to a squad (rev29hd S10)
    ("The rebels operated alongside the main highway.", "COOPERATE"),
    ("The Lebanese army deployed alongside UNIFIL in the south.", "COOPERATE"),
    ("The manager called up two veterans for the World Cup.", "MOBILIZE"),
    # a religious fast, an army's strikes, fans at a town hall; attacks named with a time or a vehicle are no labour
    # strikes (rev29hd S9)
    ("Muslims began their fast at dawn.", "PROTEST"),
    ("The army embarked on strikes against militant hideouts.", "PROTEST"),
    ("Fans gathered outside the town hall to celebrate the title.", "PROTEST"),
    ("The late-hour strike on Rafah killed twelve.", "PROTEST"),
    ("The taxi strike in Gaza killed a family.", "PROTEST"),
    ("The drivers' strike on the convoy killed four soldiers.", "PROTEST"),
    # a crowd dispersing of itself; drums beaten
    ("The crowd dispersed with chants of victory.", "ASSAULT"),
    ("The drummers beat the drums with sticks.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_hdata29_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
