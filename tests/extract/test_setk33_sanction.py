"""Stop 33's rows for probe set k's class 2 (setk33): SANCTION by suspending or cutting money or ties as a state or an
international body: disbursements or lending cut to a state or its government by a named party (even a bank: "the
World Bank"), military or defence exchanges suspended with another state (the "with" on the exchanges; the noun's
governing verb not negated, governor_negated), firms added to a state's sanctions or terror blacklist. (Withdrawn after
review, rev33k: a freeze on transactions, and the suppressors for domestic recipients and for a school's ties.)

The wordings marked NEW give nothing on main (98b080c), so each fails when its row is removed; the others are kept
so that a row added here cannot take them away. They are plain past acts, so they must give an asserted SANCTION. A
look-alike must give no SANCTION of any modality. The ones marked NEW give a SANCTION when their row's narrowing is
taken away (a denied suspension without governor_negated, a firm's blacklist without governor_subject, weather without
the doer). None is a probe-set or dev sentence."""
from wordings import assert_asserts_type_or_not, assert_gives_type_or_not, gives_type_or_not

SANCTION_WORDINGS = [
    # NEW
    ('The World Bank froze disbursements to Kenya over graft.', "SANCTION"),
    ('Washington added five Iranian firms to its terror blacklist.', "SANCTION"),
    ('China suspended military exchanges with the United States over the arms sale.', "SANCTION"),
    ('Tokyo froze defence exchanges with Seoul.', "SANCTION"),
    ('The Asian Development Bank suspended loans to the junta.', "SANCTION"),
    ('The World Bank suspended disbursements to the government of Malawi.', "SANCTION"),
    ('The United States placed the militia on its terror blacklist.', "SANCTION"),
    ('The Treasury added six Hezbollah financiers to its terrorism blacklist.', "SANCTION"),
    # taken on main
    ('Britain froze defence exchanges with Moscow.', "SANCTION"),
    ('Tokyo suspended defence exchanges with Beijing after the incident.', "SANCTION"),
    ('The World Bank halted lending to the junta.', "SANCTION"),
    ('The IMF suspended disbursements to Zimbabwe.', "SANCTION"),
    ('Japan suspended loans to Myanmar after the coup.', "SANCTION"),
    ('Morocco suspended diplomatic relations with Iran.', "SANCTION"),
    ('Britain cut off aid to Malawi over the corruption scandal.', "SANCTION"),
    ('Kenya suspended flights to Somalia.', "SANCTION"),
    ('The European Union suspended cooperation with the junta.', "SANCTION"),
    # the withdrawn suppressors took these away
    ('Russia cut gas supplies to Ukrainian households in the dispute over debts.', "SANCTION"),
    ('The United States suspended aid to Palestinian schools over the textbooks.', "SANCTION"),
    ('The government\'s crisis management team broke off talks with the rebels.', "SANCTION"),
]

SANCTION_NOT = [
    # NEW: each gives a SANCTION without its row's narrowing
    ('China did not suspend military exchanges with the United States.', "SANCTION"),
    ('Washington did not add the firms to its sanctions blacklist.', "SANCTION"),
    ('The company put the supplier on its trade blacklist.', "SANCTION"),
    ('The football league placed the agent on its trade blacklist.', "SANCTION"),
    ('The bank added the customer to its internal sanctions blacklist.', "SANCTION"),
    ('The shipping firm put the broker on its trade blacklist.', "SANCTION"),
    ('Snow stopped aid to Afghanistan\'s central highlands.', "SANCTION"),
    ('Heavy rains halted aid to Ethiopia\'s southern region.', "SANCTION"),
    # the rest
    ('The stock exchange imposed a freeze on transactions after the crash.', "SANCTION"),
    ('The court ordered a freeze on transactions in the disputed property.', "SANCTION"),
    ('The government suspended subsidies to sugar mills.', "SANCTION"),
    ('The finance ministry froze payments to contractors after the audit.', "SANCTION"),
    ('The bank suspended lending to households.', "SANCTION"),
    ('The World Bank did not suspend disbursements to Kenya.', "SANCTION"),
    ('The club added two players to its transfer list.', "SANCTION"),
    ('The school suspended its military exchanges with the cadet academy.', "SANCTION"),
    ('The museum suspended cultural exchanges with the gallery.', "SANCTION"),
    ('The company froze hiring for the rest of the year.', "SANCTION"),
    ('The government froze public sector salaries for two years.', "SANCTION"),
    ('The firm suspended trade in its shares.', "SANCTION"),
    ('Ghana recalled 2,000 defective cars.', "SANCTION"),
    ('The bank cut off credit to the indebted company.', "SANCTION"),
]


@gives_type_or_not(SANCTION_WORDINGS, [])
def test_setk33_sanction_wording_asserts_its_type(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], SANCTION_NOT)
def test_setk33_sanction_look_alike_gives_no_event_of_the_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)
