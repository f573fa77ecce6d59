"""Stop 32's rows for probe set k's class B (krows32), as narrowed after review (rev32rows): forces put on alert or
standby told in the passive (a National Guard, border guards, reservists) or with the standby the parser reads as a
clause, and military, defence or diplomatic exchanges suspended by a state (SANCTION). Every wording here gives
nothing on main (eb6fd97), so each fails when its row is removed. The look-alikes use the same verbs for civilian
guards, cadets, buses, clubs, airlines, schools, hospitals and a ministry's domestic visits; the ones marked
krowsfix32 were written after the review. Only asserted events count: a planned, hypothetical or denied event is
marked by design (assert_asserts_type_or_not). None is a probe set, a dev or a reviewer's sentence, except three
positives the reviewer named (the National Guard on full alert, the border guards, the Moscow standby)."""
from wordings import assert_asserts_type_or_not, gives_type_or_not


WORDINGS = [
    ('The National Guard was put on full alert.', "MOBILIZE"),
    ('Border guards were put on alert along the frontier with Iraq.', "MOBILIZE"),
    ('Moscow placed 2,000 soldiers on standby for possible deployment to Kosovo.', "MOBILIZE"),
    ('Seoul halted defence exchanges with Tokyo.', "SANCTION"),
]

NOT_THESE = [
    # mobilize.yaml: other uses of put/place on alert or standby (hospitals, fire, coast guard and lifeboat crews, teams, plans, flights, passengers, stewards, engines), a negated alert
    ('Hospitals were put on alert after the blast.', "MOBILIZE"),
    ('The fire brigade was placed on standby during the festival.', "MOBILIZE"),
    ('Doctors were put on standby at the stadium.', "MOBILIZE"),
    ('The team was put on standby for the final.', "MOBILIZE"),
    ('The coast guard was put on alert as the cyclone approached.', "MOBILIZE"),
    ('The plan was put on hold until next year.', "MOBILIZE"),
    ('The hospital placed its staff on standby for the storm.', "MOBILIZE"),
    ('The security guard was put on leave after the theft.', "MOBILIZE"),
    ('The National Guard was not put on alert, officials said.', "MOBILIZE"),
    ('The coast guard was placed on standby for the regatta.', "MOBILIZE"),
    ('Flights were placed on standby because of the fog.', "MOBILIZE"),
    ('Ambulances were put on standby outside the stadium.', "MOBILIZE"),
    ('The lifeboat crew was placed on standby as the gale strengthened.', "MOBILIZE"),
    ('Rescue teams were put on alert after the earthquake warning.', "MOBILIZE"),
    ('The security staff were put on alert after the bomb hoax at the mall.', "MOBILIZE"),
    ('The match officials were put on standby.', "MOBILIZE"),
    ('Health workers were placed on alert as the outbreak spread.', "MOBILIZE"),
    ('The club placed two players on standby for the tour.', "MOBILIZE"),
    ('The hospital placed 40 nurses on standby for the weekend.', "MOBILIZE"),
    ('The airline placed 200 passengers on standby for the next flight.', "MOBILIZE"),
    ('The council put 20 snowploughs on standby for the night.', "MOBILIZE"),
    ('The utility placed its crews on standby for possible outages.', "MOBILIZE"),
    ('The organisers put 50 stewards on standby for the concert.', "MOBILIZE"),
    ('The fire service placed 12 engines on standby for the fireworks display.', "MOBILIZE"),
    ('The coach put three substitutes on standby for the final.', "MOBILIZE"),
    ('The ministry placed ambulances on standby for possible casualties.', "MOBILIZE"),
    ('The power company put engineers on alert for the storm.', "MOBILIZE"),
    # sanction.yaml: exchanges and visits of schools, clubs, prisons and prisoners, a suspension negated
    ('The school suspended its student exchanges with France.', "SANCTION"),
    ('The university suspended academic exchanges with the institute.', "SANCTION"),
    ('The bank suspended currency exchanges at its branches.', "SANCTION"),
    ('The hospital suspended visits by relatives because of the flu.', "SANCTION"),
    ('The club suspended its captain for two matches.', "SANCTION"),
    ('The stock exchange suspended trading in the shares.', "SANCTION"),
    ('The two clubs halted player exchanges.', "SANCTION"),
    ('The museum suspended school visits during the renovation.', "SANCTION"),
    ('The prison suspended family visits after the riot.', "SANCTION"),
    ('The two schools ended their exchanges after the scandal.', "SANCTION"),
    ('The company froze contacts with the supplier.', "SANCTION"),
    ('Rebels and the army halted prisoner exchanges.', "SANCTION"),
    ('Beijing did not suspend military exchanges with Washington.', "SANCTION"),
    # krowsfix32: civilian guards, cadets, a fleet of ambulances, a club or a hotel placing soldiers or staff on standby,
    # an alert to come
    ('Museum guards were put on alert after the painting was stolen.', "MOBILIZE"),
    ('Palace guards were placed on standby for the royal wedding.', "MOBILIZE"),
    ('Park guards were put on alert after the bear attack.', "MOBILIZE"),
    ('A fleet of ambulances was placed on standby for the marathon.', "MOBILIZE"),
    ('The cadets were put on standby for the passing-out parade.', "MOBILIZE"),
    ('The security guards were put on alert after the burglary.', "MOBILIZE"),
    ('The lifeguards were placed on standby at the beach.', "MOBILIZE"),
    ('The coast guards were put on alert as the storm approached.', "MOBILIZE"),
    ('The National Guard will be put on alert if the riots spread.', "MOBILIZE"),
    ('The football club placed 30 soldiers on standby for the charity match.', "MOBILIZE"),
    ('The hotel placed its staff on standby for the summit.', "MOBILIZE"),
    # krowsfix32: military or defence exchanges and visits of schools, hospitals, clubs, museums, a regiment, the
    # army, a university; a government's domestic visits and exchanges; a suspension to come or denied
    ('The school suspended its military exchanges with the cadet academy.', "SANCTION"),
    ('The hospital halted diplomatic visits during the outbreak.', "SANCTION"),
    ('The club cancelled its defence exchanges with the rival club.', "SANCTION"),
    ('The museum suspended military visits during the renovation.', "SANCTION"),
    ('The regiment suspended its military exchanges with the town band.', "SANCTION"),
    ('The government suspended ministerial visits to the drought-hit districts.', "SANCTION"),
    ('The army ended its army exchanges with the police academy.', "SANCTION"),
    ('China will suspend military exchanges with Japan if the visit goes ahead.', "SANCTION"),
    ('Japan did not halt defence exchanges with Seoul.', "SANCTION"),
    ('The university ended its defence exchanges with the college.', "SANCTION"),
    ('The government suspended military visits to the flood-hit province.', "SANCTION"),
    ('The government halted military exchanges between its own academies.', "SANCTION"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_krows32_wording_gives_its_type_or_not(extract, text, event_type, expected):
    assert_asserts_type_or_not(extract(text, "2002-03-10"), event_type, expected)
