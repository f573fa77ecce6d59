"""Stop 33's rows for probe set k's class 2 (setk33): SANCTION by suspending, freezing or cutting money or ties as a
state or an international body: disbursements or lending cut to a state or its government (even by a bank: "the World
Bank"), military or defence exchanges suspended with another state (the "with" on the exchanges), a freeze imposed on
transactions, firms added to a sanctions or terror blacklist; and the same verbs toward domestic recipients (farmers,
a district, contractors, schools) or by a school, a university or a hospital, which are administration or business.

The wordings marked NEW give nothing on main (98b080c) (or, among the look-alikes, an asserted SANCTION), so each
fails when its row is removed; the others are kept so that a row added here cannot take them away. A look-alike must
give no asserted SANCTION (a planned, hypothetical or denied event is marked by design). None is a probe-set or dev
sentence."""
from wordings import assert_asserts_type_or_not, assert_gives_type_or_not, gives_type_or_not

SANCTION_WORDINGS = [
    # NEW
    ('The World Bank froze disbursements to Kenya over graft.', "SANCTION"),
    ('The African Union imposed a freeze on the junta\'s transactions.', "SANCTION"),
    ('Washington added five Iranian firms to its terror blacklist.', "SANCTION"),
    ('China suspended military exchanges with the United States over the arms sale.', "SANCTION"),
    ('The Asian Development Bank suspended loans to the junta.', "SANCTION"),
    ('The World Bank suspended disbursements to the government of Malawi.', "SANCTION"),
    ('The EU imposed a freeze on transactions with the Central Bank of Iran.', "SANCTION"),
    ('The United States placed the militia on its terror blacklist.', "SANCTION"),
    ('The Treasury added six Hezbollah financiers to its terrorism blacklist.', "SANCTION"),
    # taken on main
    ('Britain froze defence exchanges with Moscow.', "SANCTION"),
    ('Tokyo suspended defence exchanges with Beijing after the incident.', "SANCTION"),
    ('The World Bank halted lending to the junta.', "SANCTION"),
    ('The IMF suspended disbursements to Zimbabwe.', "SANCTION"),
    ('Japan suspended loans to Myanmar after the coup.', "SANCTION"),
    ('Morocco suspended diplomatic relations with Iran.', "SANCTION"),
    ('The United States froze the assets of the Syrian central bank.', "SANCTION"),
    ('Britain cut off aid to Malawi over the corruption scandal.', "SANCTION"),
    ('Ghana recalled its ambassador to Abidjan.', "SANCTION"),
    ('Qatar downgraded relations with Israel after the raid.', "SANCTION"),
    ('Kenya suspended flights to Somalia.', "SANCTION"),
    ('The European Union suspended cooperation with the junta.', "SANCTION"),
    ('The Arab League suspended cooperation with Damascus.', "SANCTION"),
]

SANCTION_NOT = [
    # NEW: domestic recipients, or a school or university as the doer (an asserted SANCTION on main)
    ('The ministry suspended disbursements to farmers pending an audit.', "SANCTION"),
    ('The state government suspended flights to the hill district during the monsoon.', "SANCTION"),
    ('The school suspended cooperation with the bookseller.', "SANCTION"),
    ('The university suspended contacts with the oil firm.', "SANCTION"),
    ('The council cut funding to schools.', "SANCTION"),
    ('The government halted aid to families in the district.', "SANCTION"),
    ('The ministry cut off supplies to villages in the flooded district.', "SANCTION"),
    ('The government froze funding to the university.', "SANCTION"),
    # the rest
    ('The government suspended subsidies to sugar mills.', "SANCTION"),
    ('The finance ministry froze payments to contractors after the audit.', "SANCTION"),
    ('The bank suspended lending to households.', "SANCTION"),
    ('The World Bank did not suspend disbursements to Kenya.', "SANCTION"),
    ('The club added two players to its transfer list.', "SANCTION"),
    ('The school suspended its military exchanges with the cadet academy.', "SANCTION"),
    ('The museum suspended cultural exchanges with the gallery.', "SANCTION"),
    ('The company froze hiring for the rest of the year.', "SANCTION"),
    ('The bank froze the account of a customer suspected of fraud.', "SANCTION"),
    ('The airline suspended flights to Bali because of the volcanic ash.', "SANCTION"),
    ('The government froze public sector salaries for two years.', "SANCTION"),
    ('The council cut off water to the building over unpaid bills.', "SANCTION"),
    ('The firm suspended trade in its shares.', "SANCTION"),
    ('Ghana recalled 2,000 defective cars.', "SANCTION"),
    ('The bank cut off credit to the indebted company.', "SANCTION"),
    ('Morocco may suspend relations with Iran if the attacks continue.', "SANCTION"),
    ('Washington did not add the firms to its sanctions blacklist.', "SANCTION"),
    ('Tokyo did not suspend defence exchanges with Beijing.', "SANCTION"),
]


@gives_type_or_not(SANCTION_WORDINGS, [])
def test_setk33_sanction_wording_gives_its_type(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2002-03-10"), event_type, expected)


@gives_type_or_not([], SANCTION_NOT)
def test_setk33_sanction_look_alike_asserts_no_event_of_the_type(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)
