"""Stop 33's rows for probe set k's class 3 (setk33): THREATEN said without a threat verb: a sea lane, an airspace or
shipping a state or armed force could close or block if attacked or unless another acts, or oil, gas or exports a
named state would cut; an offensive a party "would not hesitate to launch"; force, arms or missiles a party vowed to
answer with; hitting back on a condition; and "massed troops and threatened military action", where the parser reads
"threatened" as a modifier of the coordinated object.

The wordings marked NEW give nothing on main (98b080c), so each fails when its row is removed; the others are the
class's wordings main already took. A positive counts an event of any modality (a vow is planned, "would not hesitate"
hypothetical, as on main); a look-alike must give no asserted THREATEN: firms' and councils' closures, a negated
closure, a coach's or a minister's launches, sport, a threatened strike called off, a history. None is a probe-set or
dev sentence."""
from wordings import assert_asserts_type_or_not, assert_gives_type_or_not, gives_type_or_not

THREATEN_WORDINGS = [
    # NEW
    ('North Korea said it would close its airspace if the drills went ahead.', "THREATEN"),
    ('Yemen\'s rebels said they could block the Red Sea route if the strikes continued.', "THREATEN"),
    ('Venezuela would halt oil exports to the United States if it were attacked, Chavez said.', "THREATEN"),
    ('The army said it would not hesitate to launch an offensive against the rebels.', "THREATEN"),
    ('Hamas vowed to respond with force to any Israeli incursion.', "THREATEN"),
    ('The Houthis vowed to answer with missiles if Saudi raids continued.', "THREATEN"),
    ('North Korea said it would hit back if the United States attacked.', "THREATEN"),
    ('Syria said it would hit back hard if Israel struck again.', "THREATEN"),
    ('India moved troops to the border and threatened military action against the militants.', "THREATEN"),
    ('Russia vowed to respond with force to any attack on its troops.', "THREATEN"),
    # taken on main
    ('North Korea warned of retaliation if the drills went ahead.', "THREATEN"),
    ('Iran said it would strike back if Israel attacked its nuclear sites.', "THREATEN"),
    ('The rebels gave the government 48 hours to release their comrades.', "THREATEN"),
    ('The militia said it would attack the city if the army did not withdraw.', "THREATEN"),
]

THREATEN_NOT = [
    ('The company said it could close the pipeline if oil prices fell further.', "THREATEN"),
    ('The factory said it would halt exports if the strike continued.', "THREATEN"),
    ('The utility said it could cut gas supplies to customers who did not pay.', "THREATEN"),
    ('The council said it would close the road if the bridge weakened.', "THREATEN"),
    ('The company said it could close the plant if sales fell further.', "THREATEN"),
    ('Iran said it would not close the Strait of Hormuz even if it were attacked.', "THREATEN"),
    ('The police would close the road if the protest went ahead.', "THREATEN"),
    ('The airport said it could close the runway if the snow continued.', "THREATEN"),
    ('The shop owners said they would close their shops if the tax was raised.', "THREATEN"),
    ('In 1973, Arab states said they would cut oil supplies if the West backed Israel.', "THREATEN"),
    ('The coach said he would not hesitate to launch young players into the first team.', "THREATEN"),
    ('The minister said he would not hesitate to launch an inquiry.', "THREATEN"),
    ('The striker vowed to respond with goals on Saturday.', "THREATEN"),
    ('The mayor vowed to respond with more buses.', "THREATEN"),
    ('The team said it would hit back after the defeat.', "THREATEN"),
    ('The champion said he would hit back in the rematch if given the chance.', "THREATEN"),
    ('The union staged a rally and the threatened strike was called off.', "THREATEN"),
    ('The coach warned of a tough match against the champions.', "THREATEN"),
    ('Doctors warned of a flu outbreak this winter.', "THREATEN"),
    ('The army said it would not attack the city.', "THREATEN"),
    ('The court gave the defence two weeks to file its appeal.', "THREATEN"),
    ('Engineers said the dam could burst if the rain continued.', "THREATEN"),
]


@gives_type_or_not(THREATEN_WORDINGS, [])
def test_setk33_threaten_wording_gives_its_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], THREATEN_NOT)
def test_setk33_threaten_look_alike_asserts_no_event_of_the_type(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)
