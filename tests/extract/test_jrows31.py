"""Stop 31's rows for the PLOVER types probe set j found weakest (jrows31): imports of a country's goods
tariffs on goods raised, a treaty suspended and an envoy ordered out by a state (sanction.yaml, SANCTION; the rows
for imports suspended, pacts and mercenaries pulling out were withdrawn after review rev31jr); joint drills kept from schools, choirs,
festival organisers and firms (cooperate.yaml, COOPERATE). Each positive but the "combined" one fails on main b7c90ca. The near-misses were written before the guards were set: a retailer's
imports, weather halting imports (main's halt row took it), utility tariffs and taxes, a club's or a union's pact,
a treaty debate, envoys ordered out of a room or a bed, mercenaries in a film and players pulling out of a squad,
schools, choirs, festival organisers and firms holding combined drills (main's joint-search row took the schools'
and the organisers'), negated acts. None is a probe set, a dev or a reviewer's sentence."""
from wordings import assert_gives_type_or_not, gives_type_or_not


WORDINGS = [
    # sanction.yaml: trade and a treaty cut by a state
    ("Washington raised tariffs on Canadian steel to 50 percent.", "SANCTION"),
    ("Beijing hiked tariffs on Australian goods.", "SANCTION"),  # (a named product, "on Australian barley", is missed)
    ("Lithuania suspended its border treaty with Belarus.", "SANCTION"),
    ("Ghana ordered two Nigerian diplomats out within 72 hours.", "SANCTION"),
    ("Peru's foreign ministry ordered the Bolivian envoy out by Friday.", "SANCTION"),
    # cooperate.yaml: "combined" drills (right on main too, where "combined" is read as an adjective; the verb
    # reading "combine" is not listed: tests/corpus codes a combined exercise of two allies as MOBILIZE)
    ("The two navies staged combined drills off the coast.", "COOPERATE"),
    # teams of forces and rescuers are no schools or clubs: their joint drills and searches stay (rev31jr M1)
    ("Coast guard teams from Tunisia and Italy carried out a joint search for the missing trawler.", "COOPERATE"),
    ("Special forces teams of the two armies held joint drills near the border.", "COOPERATE"),
]

NOT_THESE = [
    # imports stopped by a retailer, the weather or a strike; a state's own act negated
    ("The supermarket chain suspended imports of the French cheese after a listeria scare.", "SANCTION"),
    ("Heavy snow halted imports at the northern port for three days.", "SANCTION"),
    ("The storm halted imports of fuel to the island.", "SANCTION"),
    ("Russia did not suspend imports of Moldovan wine.", "SANCTION"),
    # tariffs and fares on services, taxes at home
    ("The regulator raised tariffs on electricity for households.", "SANCTION"),
    ("The water board hiked tariffs on bulk users in the city.", "SANCTION"),
    ("The airline raised fares on flights to Spain.", "SANCTION"),
    ("The government raised taxes on tobacco and alcohol.", "SANCTION"),
    # tariffs on visitors of a nationality, duties raised by a budget (rev31jr M2)
    ("Vietnam raised entry fees and tariffs on Korean visitors.", "SANCTION"),
    ("The new budget raised import duties on luxury watches.", "SANCTION"),
    # imports cut at home, for farmers or currency (rev31jr M4: the imports row was withdrawn)
    ("Zambia suspended maize imports to protect local farmers.", "SANCTION"),
    ("The state restricted imports of used tyres to save foreign currency.", "SANCTION"),
    # pacts of clubs, couples and unions; a treaty debate; a treaty kept
    ("The club suspended its pact with the sponsor after the scandal.", "SANCTION"),
    ("The couple froze their pact with the landlord.", "SANCTION"),
    ("The prime minister suspended the governing pact with the Green Party.", "SANCTION"),
    ("The players' union suspended its pact with the league over pay.", "SANCTION"),
    ("The government suspended the treaty debate in parliament until spring.", "SANCTION"),
    ("Germany did not suspend its treaty with Poland.", "SANCTION"),
    ("The Kremlin did not renounce the arms treaty, a spokesman said.", "SANCTION"),
    # envoys and others ordered out of a room, a court, a bed by a chairman, a judge, a guard; an order not given
    ("The chairman ordered the envoy out of the meeting room.", "SANCTION"),
    ("The chairman ordered the envoy out.", "SANCTION"),
    ("The judge ordered the consul out of the courtroom after an outburst.", "SANCTION"),
    ("The referee ordered the player out of the stadium.", "SANCTION"),
    ("The doctor ordered the diplomat out of bed after a week.", "SANCTION"),
    ("The security guard ordered the diplomat out after the party.", "SANCTION"),
    ("The government did not order the ambassador out, officials said.", "SANCTION"),
    # pulling out of a cup, a deal in a film, a squad; a figurative pull (the mercenaries row was withdrawn:
    # rev31jr M5, S1)
    ("The club's mercenaries pulled out of the derby against Rangers.", "RETREAT"),
    ("The mercenaries in the series pulled out of the village after the last battle.", "RETREAT"),
    ("The team pulled out of the cup after two defeats.", "RETREAT"),
    ("The mercenaries in the film pulled out of the deal with the villain.", "RETREAT"),
    ("The striker pulled out of the squad with a hamstring strain.", "RETREAT"),
    ("The actor said the role of a mercenary pulled him out of a slump.", "RETREAT"),
    # combined drills of schools, festival organisers, firms, a choir; a shop combined
    ("Two schools staged combined drills for the fire brigade.", "COOPERATE"),
    ("The festival organisers held combined exercises with the local gym.", "COOPERATE"),
    ("The festival organisers held combined exercises on the lawn.", "COOPERATE"),
    ("The two companies carried out combined operations to cut costs.", "COOPERATE"),
    ("The choir held combined rehearsals with the orchestra.", "COOPERATE"),
    ("The bakery combined its two shops into one.", "COOPERATE"),
    ("Two rival gangs carried out combined raids on shops, police said.", "COOPERATE"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_jrows31_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)
