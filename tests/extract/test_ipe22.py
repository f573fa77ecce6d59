"""Police force and arrests in Indian English news wording (Times of India style, lower case, 2002),
as the lexicon reads them (frontwire/extract/lexicon/assault.yaml, coerce.yaml: the `ipe22` entries),
and the look-alikes that tell no force and no arrest. Each case fails without its entry."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # killed by police gunfire, told of the dead
    ("two youths fell to police bullets in the old city on friday.", "ASSAULT"),
    # shots in the air to scatter a crowd
    ("the cops had to fire in the air when the crowd turned violent.", "ASSAULT"),
    # a crowd charged with lathis (before "charged with" an offence)
    ("the policemen charged the agitators with lathis outside the collectorate.", "ASSAULT"),
    # "lathi-charged" read by the tagger as an adjective
    ("the police baton-charged villagers protesting near the dam site.", "ASSAULT"),
    # tear-gas shells resorted to
    ("the police resorted to teargas shells when the crowd turned violent.", "ASSAULT"),
    # people beaten by hand or cane
    ("the policemen thrashed the students and chased them out of the campus.", "ASSAULT"),
    ("the police caned the agitators near the collector's office.", "ASSAULT"),
    # "opened" read as an adjective of "fire"
    ("a jawan opened fire on the mob near the bus stand.", "ASSAULT"),
    # the victim of police firing named by a compound
    ("the body of the police fire victim was handed over to his family.", "ASSAULT"),
    # people rounded up by the police, read as the subject of a clause
    ("police rounded up 1,500 vhp volunteers headed for faizabad.", "COERCE"),
    # sent to a police station, lodged in jail
    ("the agitators were sent to the local police station.", "COERCE"),
    ("the arrested vhp leaders were lodged in the central jail.", "COERCE"),
    # roughed up, clubbed, beaten by the police
    ("constables roughed up the photographers outside the court.", "ASSAULT"),
    ("the cops clubbed the students and drove them out of the hostel.", "ASSAULT"),
    ("the agitators were beaten black and blue by the police.", "ASSAULT"),
    # bullets pumped, shells hurled
    ("the police hurled teargas shells at the stone-throwing crowd.", "ASSAULT"),
    # netted, collared, caught red-handed, whisked away, bundled into a van
    ("the crime branch netted four suspects from a hideout in juhapura.", "COERCE"),
    ("the cops collared the accused at the railway station.", "COERCE"),
    ("the youth was caught red-handed by the police.", "COERCE"),
    ("the sadhvi was whisked away by the police before she could address the crowd.", "COERCE"),
    ("the protesters were bundled into a police van.", "COERCE"),
    # a security law slapped on people, police remand granted
    ("the police slapped tada on the absconding gangster.", "COERCE"),
    ("the magistrate granted police remand of the four accused.", "COERCE"),
    # more people held
    ("twenty rioters were held by the police in the walled city.", "COERCE"),
    ("two vhp leaders were held at the ahmedabad airport.", "COERCE"),
]

NOT_THESE = [
    # custody in which an office keeps things
    ("the idols were kept in the custody of the district collector.", "COERCE"),
    # an arrest a case or a demand is for
    ("the lawyer said it was a fit case for arrest under the new law.", "COERCE"),
    # an arrest stayed or kept from someone
    ("the high court stayed the arrest of the vhp leader till monday.", "COERCE"),
    ("the sessions court granted him anticipatory bail, protecting him from arrest.", "COERCE"),
    # a decline arrested
    ("the new scheme has arrested the decline of the textile mills.", "COERCE"),
    # "apprehend" as to fear
    ("the shopkeepers were apprehending a backlash after the friday prayers.", "COERCE"),
    # a matter picked up
    ("the issue was picked up by the minorities commission.", "COERCE"),
    # a case booked against someone
    ("the police booked cases against several local leaders.", "COERCE"),
    # the attack an arrest is for
    ("no one has been arrested for the killings so far.", "ASSAULT"),
    # shoot-at-sight orders, words fired, a debating offensive, a walk-out
    ("shoot-at-sight orders were issued in the riot-hit town.", "ASSAULT"),
    ("opposition members fired questions at the chief minister.", "ASSAULT"),
    ("the mla fired a salvo at the state government in the assembly.", "ASSAULT"),
    ("the congress went on the offensive in parliament on the riots issue.", "ASSAULT"),
    ("the minister stormed out of the cabinet meeting.", "ASSAULT"),
    # struck out, fought for, fought in words, liberated from misrule, top posts occupied
    ("the censor is striking out objectionable passages from the film.", "ASSAULT"),
    ("the vhp has been fighting for the construction of the temple since 1984.", "ASSAULT"),
    ("the play is about peasants who fight colonial oppression.", "ASSAULT"),
    ("the alliance has liberated the state from corruption.", "ASSAULT"),
    ("members of the community have occupied top positions in the administration.", "ASSAULT"),
    # "violence hit" as one unhyphenated adjective
    ("the police picked up two men in the violence hit town.", "ASSAULT"),
    # what else the police catch; matters clubbed with others (a guard on the club entry: passes without it)
    ("the police caught the attention of the onlookers.", "COERCE"),
    ("the accused were clubbed with the other cases.", "ASSAULT"),
    # losses feared, shutters locked up, an arrest warranted or ordered, officers fired (dismissed)
    ("the textile traders apprehend heavy losses because of the bandh.", "COERCE"),
    ("the shutters of the shops were locked up after the stabbing.", "COERCE"),
    ("a warrant of arrest has been issued against the former minister.", "COERCE"),
    ("the chief minister fired the police commissioner after the riots.", "ASSAULT"),
    # what is held with people, and people held responsible (guards on the hold entry: pass without it)
    ("the collector held a meeting with vhp activists on sunday.", "COERCE"),
    ("the local leaders were held responsible for the riots.", "COERCE"),
]

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_indian_police_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
