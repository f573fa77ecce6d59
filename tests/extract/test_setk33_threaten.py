"""Stop 33's rows for probe set k's class 3 (setk33): THREATEN said without a threat verb: a military offensive a party
"would not hesitate to launch" (the would and the not on hesitate: head_future, head_negated), and "massed troops and
threatened military action", where the parser reads "threatened" as a modifier of the coordinated object (right after
the "and"; not a threatened suit: not_head_modifier). (Withdrawn after review, rev33k: a strait, an airspace, oil or
gas closed or cut "if"; force a party "vowed to respond with"; "hit back if".)

The wordings marked NEW give nothing on main (98b080c), so each fails when its row is removed; the others are the
class's wordings main already took. A positive counts an event of any modality ("would not hesitate" is
hypothetical, as on main). A look-alike must give no THREATEN of any modality; the ones marked NEW give one without
their row's narrowing. None is a probe-set or dev sentence."""
from wordings import assert_gives_type_or_not, gives_type_or_not

THREATEN_WORDINGS = [
    # NEW
    ('The army said it would not hesitate to launch an offensive against the rebels.', "THREATEN"),
    ('Pakistan said it would not hesitate to launch a military operation against the militants.', "THREATEN"),
    ('Israel said it would not hesitate to launch a ground offensive in Gaza.', "THREATEN"),
    ('India moved troops to the border and threatened military action against the militants.', "THREATEN"),
    ('Turkey moved tanks to the frontier and threatened military action against the rebels.', "THREATEN"),
    # taken on main
    ('North Korea warned of retaliation if the drills went ahead.', "THREATEN"),
    ('Iran said it would strike back if Israel attacked its nuclear sites.', "THREATEN"),
    ('The rebels gave the government 48 hours to release their comrades.', "THREATEN"),
    ('The militia said it would attack the city if the army did not withdraw.', "THREATEN"),
]

THREATEN_NOT = [
    # NEW: each gives a THREATEN without its row's narrowing
    ('The rebels did not hesitate to launch an offensive on the town in March.', "THREATEN"),
    ('The general said he would hesitate to launch an offensive in winter.', "THREATEN"),
    ('The army would not hesitate to launch rescue operations in the flooded areas.', "THREATEN"),
    ('The tax office would not hesitate to launch an operation against evaders.', "THREATEN"),
    ('Police would not hesitate to launch raids on illegal casinos, the commissioner said.', "THREATEN"),
    ('Union leaders called off the protests and the threatened strike.', "THREATEN"),
    ('The truce stopped the raids and the threatened attacks on the capital.', "THREATEN"),
    ('The airline cancelled flights and threatened legal action against the union.', "THREATEN"),
    # the rest
    ('The coach said he would not hesitate to launch young players into the first team.', "THREATEN"),
    ('The minister said he would not hesitate to launch an inquiry.', "THREATEN"),
    ('The supermarket would not hesitate to launch a price war with its rivals.', "THREATEN"),
    ('The union staged a rally and the threatened strike was called off.', "THREATEN"),
    ('The company said it could close the pipeline if oil prices fell further.', "THREATEN"),
    ('The coastguard said it would close the strait to tankers if the fog persisted.', "THREATEN"),
    ('The club said it would hit back if the league docked points.', "THREATEN"),
    ('The striker vowed to respond with goals on Saturday.', "THREATEN"),
    ('The coach warned of a tough match against the champions.', "THREATEN"),
    ('Doctors warned of a flu outbreak this winter.', "THREATEN"),
    ('The court gave the defence two weeks to file its appeal.', "THREATEN"),
    ('Engineers said the dam could burst if the rain continued.', "THREATEN"),
]


@gives_type_or_not(THREATEN_WORDINGS, [])
def test_setk33_threaten_wording_gives_its_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], THREATEN_NOT)
def test_setk33_threaten_look_alike_gives_no_event_of_the_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)
