"""Who did it: source and target actors of events, on police and conflict reporting as it is
written (Indian dailies in lower case, wire copy, headlines)."""
from __future__ import annotations

import pytest

from frontwire.extract.actors import sector_of


def event_with(record, trigger: str):
    found = [e for e in record.events if e.trigger == trigger]
    assert found, f"no event triggered by {trigger!r}: {[(e.type, e.trigger) for e in record.events]}"
    return found[0]


def sources(event) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in event.actors if a.role == "source"]


def source_sectors(event) -> set[str | None]:
    return {a.sector for a in event.actors if a.role == "source"}


def test_the_force_a_casualty_happened_in_names_its_source(extract):
    record = extract("official statistics say that 99 persons have been killed in police firing.\n", "2002-03-05")
    assert source_sectors(event_with(record, "killed")) == {"police"}


def test_the_noun_a_participle_of_the_act_describes_is_its_source(extract):
    record = extract("describing the police firing at taldi on vhp activists as \"totally uncalled for\", "
                     "he alleged that a minister was involved.\n", "2002-03-05")
    assert source_sectors(event_with(record, "firing")) == {"police"}


def test_a_weapon_that_modifies_an_attack_is_no_actor(extract):
    record = extract("A Russian missile strike hit an apartment block in Dnipro on Tuesday.\n")
    strike = [e for e in record.events if e.type == "ASSAULT"][0]
    assert [a.country for a in strike.actors if a.role == "source"] == ["RUS"]
    assert not any("missile" == a.name.lower() for a in strike.actors)


def test_an_adjective_of_kind_does_not_hide_the_subject_of_the_verb(extract):
    record = extract("The Syrian army launched military operations near Homs on Monday.\n")
    operations = event_with(record, "operations")
    assert ("Syrian army", "SYR", "military") in sources(operations)


def test_lower_case_subject_shared_through_conjoined_and_complement_verbs(extract):
    record = extract("police opened fire and were able to arrest 39 miscreants from the spot.\n", "2002-03-02")
    assert source_sectors(event_with(record, "arrest")) == {"police"}


def test_a_passive_subject_controls_its_complement(extract):
    record = extract("the police was forced to lathicharge at first and then fire teargas in the air "
                     "to disperse the mob.\n", "2002-03-02")
    assert source_sectors(event_with(record, "lathicharge")) == {"police"}


def test_plural_sector_nouns_are_actors(extract):
    record = extract("singh said policemen chased the two surviving raiders inside the shrine and shot one "
                     "as he took refuge in the temple.\n", "2002-03-31")
    assert sources(event_with(record, "shot")) == [("policemen", None, "police")]


def test_a_unit_is_coded_by_the_force_it_belongs_to(extract):
    record = extract("lucknow: the special task force (stf) of the up police on tuesday arrested two pakistani "
                     "nationals identified as members of the lashkar-e- taiba.\n", "2002-03-20")
    arrest = event_with(record, "arrested")
    assert sources(arrest) == [("special task force of up police", None, "police")]
    assert [a.country for a in arrest.actors if a.role == "target"] == ["PAK"]


def test_a_by_phrase_the_parser_split_is_still_the_agent(extract):
    record = extract("mann and his party leaders were arrested by up police at the gazipur border, it said.\n",
                     "2002-03-11")
    arrest = event_with(record, "arrested")
    assert source_sectors(arrest) == {"police"}
    assert not any(a.sector == "police" for a in arrest.actors if a.role == "target")


def test_a_participle_conjoined_to_a_passive_shares_its_agent(extract):
    record = extract("two contingents of ram sevaks who tried to sneak into the town were chased away by the "
                     "security forces and arrested.\n", "2002-03-15")
    assert sources(event_with(record, "arrested")) == [("security forces", None, "military")]


def test_the_victim_of_a_passive_relative_clause_is_not_its_source(extract):
    record = extract("at least three persons received serious burn injuries and a policeman, who was attacked "
                     "with sharp weapons, was also grievously hurt.\n", "2002-03-01")
    assert not any(a.sector == "police" for a in event_with(record, "attacked").actors if a.role == "source")


def test_who_died_is_a_victim_not_a_source(extract):
    record = extract("Onisimo said two police officers died and 10 rebels were also killed.\n")
    killed = event_with(record, "killed")
    assert not [a for a in killed.actors if a.role == "source"]


def test_an_act_told_after_another_does_not_lend_it_its_subject(extract):
    record = extract("tear-gas shells were lobbed after which the police opened fire.\n", "2002-03-19")
    # (the crowd control's agent is only the implied one, not the subject of the clause after it)
    assert [a.name for a in event_with(record, "lobbed").actors if a.role == "source"] == ["police (implied by the crowd control)"]


def test_a_mob_is_an_actor_of_its_own_sector(extract):
    record = extract("meanwhile, unconfirmed reports said a mob of about 50 persons attacked the yellamma temple "
                     "in alijah kotla.\n", "2002-03-01")
    assert sources(event_with(record, "attacked")) == [("mob", None, "rioters")]


def test_a_cue_of_several_words_counts_before_a_single_word():
    assert sector_of("inspector general") == "police"
    assert sector_of("general") == "military"
    assert sector_of("army officers") == "military"


def test_a_pronoun_reporting_its_own_act_stands_for_the_speaker(extract):
    record = extract("Ukrainian police said they had detained a 34-year-old man in Kharkiv on Monday.\n"
                     "Syria says it will not accept any more refugees if war starts in Iraq.\n", "2025-11-04")
    assert sources(event_with(record, "detained")) == [("Ukrainian police", "UKR", "police")]
    assert [a.country for a in event_with(record, "accept").actors if a.role == "source"] == ["SYR"]


def test_a_pronoun_that_does_not_agree_with_the_speaker_is_left_alone(extract):
    record = extract("The ministry said they had shelled the village overnight.\n", "2025-11-04")
    assert not [a for a in event_with(record, "shelled").actors if a.role == "source"]


def test_a_dateline_is_not_the_subject(extract):
    record = extract("KHARKIV, Ukraine (AP) — Russia struck Ukraine's second-largest city of Kharkiv with drones "
                     "and ballistic missiles overnight, killing four people.\n", "2025-11-04")
    struck = event_with(record, "struck")
    assert [a.country for a in struck.actors if a.role == "source"] == ["RUS"]
    # the drones are the means, not a target; the people killed are civilians of the city's country
    assert [(a.name, a.country) for a in struck.actors if a.role == "target"] == [("people", "UKR")]


def test_with_names_the_other_side_of_a_clash(extract):
    record = extract("one person was killed in ahmedabad when a mob clashed with the police.\n", "2002-03-20")
    clash = event_with(record, "clashed")
    assert [(a.name, a.role) for a in clash.actors] == [("mob", "source"), ("police", "target")]


def test_who_kills_and_wounds_is_no_victim(extract):
    record = extract("The Syrian army killed and wounded scores of terrorists in different neighborhoods of "
                     "Dara'a city.\n")
    assert sources(event_with(record, "killed")) == [("Syrian army", "SYR", "military")]


def test_attackers_killed_in_their_own_raid_are_not_its_source(extract):
    record = extract("At least 20 Al-Shabaab militants were killed early Sunday when the insurgents raided a "
                     "military base in the outskirts of Kismayo.\n")
    killed = [e for e in record.events if e.type == "ASSAULT"][0]
    assert not [a for a in killed.actors if a.role == "source"]


def test_a_name_inside_the_modifier_of_an_attack_is_its_source(extract):
    record = extract("Recent US Predator attacks have killed at least eight top al-Qaeda leaders since last July.\n")
    assert [a.country for a in event_with(record, "attacks").actors if a.role == "source"] == ["USA"]


def test_the_when_clause_gives_the_source_of_a_toll_told_as_active(extract):
    record = extract("ahmedabad: in a fresh outbreak of violence in bharuch and modasa towns of gujarat, four persons "
                     "were killed and five injured on tuesday when police opened fire to disperse a rioting mob.\n",
                     "2002-03-19")
    toll = [e for e in record.events if e.type == "ASSAULT"][0]
    assert source_sectors(toll) == {"police"}


def test_the_forces_a_speaker_calls_its_own_are_the_speakers(extract):
    record = extract("Russia's defence ministry claimed its troops had advanced 4km over the past week in the "
                     "Pokrovsk area.\n")
    assert sources(event_with(record, "advanced")) == [("Russia defence ministry troops", "RUS", "military")]


def test_a_body_named_in_the_singular_is_the_it_of_its_own_report(extract):
    record = extract("The Russian army said it shot down 20 Ukrainian drones over the Bryansk region overnight.\n")
    assert [a.country for a in event_with(record, "shot").actors if a.role == "source"] == ["RUS"]


def test_a_capital_named_alone_stands_for_its_state(extract):
    record = extract("Baku swiftly rejected the account.\nBrussels rejected the plan.\n")
    rejections = [[(a.name, a.country, a.sector) for a in e.actors] for e in record.events if e.type == "REJECT"]
    assert [("Baku", "AZE", None)] in rejections
    assert [("Brussels", None, "European Union")] in rejections  # the seat of an organisation stays one


def test_a_state_an_act_left_lends_no_subject(extract):
    record = extract("rajkot: widespread violence left 20 people injured here during the gujarat bandh on "
                     "thursday.\nkeshpur: srijon sanyal, a junior technical assistant, was found murdered in "
                     "keshpur on monday.\n", "2002-03-01")
    assert not [a for e in record.events if e.trigger in {"injured", "murdered"} for a in e.actors if a.role == "source"]
    assert {"injured", "murdered"} <= {e.trigger for e in record.events}


def test_a_force_against_terror_is_no_terrorist():
    assert sector_of("anti - terrorist squad") == "police"
    assert sector_of("anti-terrorism unit") == "police"
    assert sector_of("terrorists") == "rebels"


def targets(event) -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in event.actors if a.role == "target"]


def test_a_current_official_name_of_a_state_is_its_country(extract):
    record = extract("The Kurdistan Regional Government spokesperson called on both Türkiye and the PKK "
                     "to keep their fight away from villages.\n", "2025-10-01")
    assert ("Türkiye", "TUR", "government") in targets(event_with(record, "called"))


def test_the_people_an_attack_kills_are_civilians_of_the_country_it_hit(extract):
    record = extract("Israeli air strikes have killed at least nine people in southern Lebanon, including two "
                     "children, the country's health ministry says.\n", "2025-10-01")
    strikes = event_with(record, "strikes")
    assert ("people", "LBN", "civilians") in targets(strikes)
    assert [a.country for a in strikes.actors if a.role == "source"] == ["ISR"]


def test_people_detained_at_a_place_are_of_its_country(extract):
    record = extract("Police detained at least 37 people in Tbilisi on Friday night as thousands of "
                     "protesters rallied outside parliament.\n", "2025-11-29")
    assert ("people", "GEO", "civilians") in targets(event_with(record, "detained"))


def test_security_forces_are_of_the_country_they_act_in(extract):
    record = extract("Security forces arrested 43 suspects in the countryside of Latakia on Friday, "
                     "the Interior Ministry said.\n", "2025-03-08")
    assert sources(event_with(record, "arrested")) == [("Security forces", "SYR", "military")]


def test_a_person_is_coded_from_the_organisation_that_introduces_them(extract):
    record = extract("EU foreign policy chief Kaja Kallas arrived in Brussels on Monday.\n\n"
                     "Kallas condemned the attack as pure terror against civilians.\n", "2025-10-01")
    assert sources(event_with(record, "condemned")) == [("Kaja Kallas", None, "European Union")]


def test_a_person_is_coded_from_the_noun_in_apposition(extract):
    record = extract("Mohammed Abdulsalam, the Houthis' chief negotiator and spokesman, accused Washington "
                     "of choosing escalation.\n", "2025-03-19")
    assert ("Mohammed Abdulsalam", "YEM", None) in sources(event_with(record, "accused"))


def test_a_state_named_near_a_person_but_not_of_them_does_not_code_them(extract):
    record = extract("China's military staged drills near Taiwan on Tuesday, a warning to Taiwan's president, "
                     "Lai Ching-te.\n\nBeijing wants to remind Lai that it can raise the pressure.\n\n"
                     "Lai condemned the drills in a post on Facebook.\n", "2025-04-02")
    assert sources(event_with(record, "condemned")) == [("Lai", "TWN", None)]


def test_an_organisation_is_named_with_its_whole_name(extract):
    record = extract("The Intergovernmental Authority on Development, an eight-nation East African bloc, on "
                     "Tuesday called on Kiir and Machar to settle their dispute through dialogue.\n", "2025-03-11")
    assert ("The Intergovernmental Authority on Development", None, "IGAD") in sources(event_with(record, "called"))


def test_insurgents_and_the_forces_an_attack_hits_are_of_the_country_it_happened_in(extract):
    record = extract("Militants attacked an army base in Kandahar province on Friday, officials said.\n", "2025-06-06")
    attack = event_with(record, "attacked")
    assert sources(attack) == [("Militants", "AFG", "rebels")]
    assert targets(attack) == [("army base", "AFG", "military")]
    # troops massed at a place are not of its country: only those an attack hits there
    record = extract("Russia had concentrated more than 100,000 troops around Pokrovsk, the general staff "
                     "said.\n", "2025-08-20")
    assert targets(event_with(record, "concentrated")) == [("troops", None, "military")]


def test_an_arrest_told_without_its_agent_is_the_polices(extract):
    record = extract("to disperse the mob at several places, the police fired over 50 rounds and over 100 persons "
                     "were arrested in combing operations in the city, police commissioner v k gupta said.\n",
                     "2002-03-02")
    assert sources(event_with(record, "arrested")) == [("police (implied by the arrest)", None, "police")]
    record = extract("Soldiers detained at least 12 men from villages near Monywa on Sunday, residents said.\n",
                     "2025-05-12")
    assert [name for name, _, _ in sources(event_with(record, "detained"))] == ["Soldiers"]  # named: no implied police
    # an arrest done to no one named implies no police (the arrest lexicon reads these as arrests)
    record = extract("dr dalal had suffered a cardiac arrest only a fortnight back.\n\n"
                     "vajpayee added that the shila had to be kept in safe custody.\n", "2002-03-02")
    assert not [sources(e) for e in record.events if sources(e)]


def test_an_arrest_of_listed_or_named_people_in_lower_case_copy_is_the_polices(extract):
    # the parser hangs "vhp and bajrang dal workers" on "vhp"; the workers are its conjunct
    record = extract("about 60 vhp and bajrang dal workers were arrested near the railway station on monday.\n\n"
                     "haji umarji was remanded to judicial custody for a week.\n\n"
                     "the arrested men were produced before a magistrate in nadiad on tuesday.\n\n"
                     "the duo were arrested late on friday near the bus stand.\n", "2002-03-05")
    for trigger in ("arrested", "remanded", "produced", "duo"):
        event = next(e for e in record.events if e.type == "COERCE" and trigger in e.evidence)
        assert sources(event) == [("police (implied by the arrest)", None, "police")], trigger
    # a vessel or a place held is no one the police arrested; a custody the text says who ordered is
    # theirs, coded or not (no police implied)
    record = extract("The cargo vessel Ocean Star was detained at Kandla port on Tuesday.\n\n"
                     "the cargo ship was detained at kandla port on tuesday.\n\n"
                     "the two youths were remanded to judicial custody by the chief judicial magistrate.\n", "2002-03-05")
    assert not [sources(e) for e in record.events if sources(e)]


@pytest.mark.parametrize("text", [
    # an untyped name held by a verb that takes ships and trains too, or a vehicle's name
    "mv blue pearl was detained off the coast on monday.",
    "sabarmati express was detained at the junction for three hours.",
    "mv ocean pearl was arrested at the port on a court order.",
    # a name the tagger typed as no person (a newspaper), under a verb for people alone
    "The Hindustan Times was arrested for contempt.",
    # the people an arrest's participle describes, held, freed or handed over by another party
    "the arrested labourers were later released by the insurgents.",
    "the arrested villagers were freed by the guerrillas after a week.",
    "the arrested men were handed over to the tribal council.",
    "The arrested students were driven to a secret location by plainclothes agents.",
    # ... or in a sentence naming armed men other than the police anywhere (classes.yaml ARMED_HOLDER_SECTORS)
    "The arrested men were later taken to an insurgent hideout.",
    "The arrested villagers were kept in a military barracks for a week.",
    "The militants said the arrested men were informers.",
])
def test_no_police_implied_for_an_arrest_of_a_vehicle_or_by_another_party(extract, text):
    record = extract(text + "\n", "2002-03-05")
    assert [e for e in record.events if e.type == "COERCE"], text
    assert ("police (implied by the arrest)", None, "police") not in [s for e in record.events for s in sources(e)]


@pytest.mark.parametrize("noun", ["mla", "mp", "legislator", "supporter", "volunteer", "trio", "duo"])
def test_an_arrest_of_people_named_by_a_people_noun_is_the_polices(extract, noun):
    record = extract(f"the {noun} was arrested at a hotel near the station on sunday.\n", "2002-03-05")
    event = next(e for e in record.events if e.type == "COERCE")
    assert ("police (implied by the arrest)", None, "police") in sources(event), noun


def test_arrested_people_released_with_no_other_party_named_are_the_polices(extract):
    record = extract("the arrested labourers were released on monday.\n", "2002-03-05")
    event = next(e for e in record.events if e.type == "COERCE")
    assert ("police (implied by the arrest)", None, "police") in sources(event)


def test_a_people_noun_used_of_things_implies_no_police(extract):
    # "trio" of songs, a "volunteer" brigade's truck: no people held
    record = extract("the trio of songs was arrested by the censors for two weeks.\n\n"
                     "the volunteer fire brigade's truck was detained at the border for two hours.\n", "2002-03-05")
    assert ("police (implied by the arrest)", None, "police") not in [s for e in record.events for s in sources(e)]


def test_an_acting_noun_the_parser_split_from_its_gerund_is_the_source(extract):
    record = extract("ahmedabad: in unabated communal violence in gujarat, a woman was burnt alive and a 19-year-old "
                     "youth perished in police firing as prime minister atal bihari vajpayee summoned chief minister "
                     "narendra modi to delhi.\n", "2002-03-02")
    assert source_sectors(event_with(record, "firing")) == {"police"}


@pytest.mark.parametrize("text", ["rioting and subsequent police firing in the bazaar left two dead on friday.",
                                  "arson and police firing in the old town left three dead."])
def test_an_acting_noun_the_parser_read_as_a_conjunct_of_an_act_is_the_source(extract, text):
    # lower-case copy: "police" a conjunct of the act "rioting", "firing" a participle on it
    # (split_compound_source); the source is named by the acting noun alone
    record = extract(text + "\n", "2002-03-05")
    assert sources(event_with(record, "firing")) == [("police", None, "police")]


@pytest.mark.parametrize("text", ["insurgents and army shelling across the frontier killed five.",
                                  "the rebels and police firing at each other left a farmer dead.",
                                  "the mob and police clashing outside the temple injured six people."])
def test_an_acting_noun_conjoined_with_a_party_is_not_the_only_doer(extract, text):
    # the first conjunct is a party, not an act: the acting noun is not split off as the one doer
    record = extract(text + "\n", "2002-03-05")
    event = next(e for e in record.events if e.type == "ASSAULT")
    names = {name for name, _, _ in sources(event)}
    assert len(names) != 1, names


def test_a_noun_conjunct_act_takes_the_subject_of_its_first_conjuncts_verb(extract):
    record = extract("Russia launched a combined missile and drone attack on the Odesa region overnight, killing two "
                     "people and injuring nine, regional governor Oleh Kiper said.\n", "2025-10-09")
    attack = event_with(record, "attack")
    assert [a.country for a in attack.actors if a.role == "source"] == ["RUS"]
    assert targets(attack) == [("people", "UKR", "civilians")]


def test_people_from_a_state_and_a_states_body_in_its_capital_are_its(extract):
    record = extract("Negotiators from Israel and Hamas have been holding indirect talks in Doha since Sunday, with "
                     "Qatar, Egypt and the US acting as mediators.\n", "2025-07-08")
    assert sources(event_with(record, "talks")) == [("Negotiators from Israel", "ISR", None),
                                                     ("Negotiators from Hamas", "PSE", None)]
    record = extract("The advance came as the government in Kinshasa accused Rwanda of sending at least 1,000 more "
                     "soldiers across the border.\n", "2025-02-20")
    assert ("government", "COD", "government") in sources(event_with(record, "accused"))


def test_a_place_an_attack_hits_stands_for_its_country(extract):
    record = extract("Russian drones struck Kharkiv overnight, officials said.\n", "2025-10-01")
    assert targets(event_with(record, "struck")) == [("Kharkiv", "UKR", None)]
    # where the parse names no target, the foreign force's attack is on the state whose land it is
    record = extract("Russian forces advanced about two kilometers near Kupiansk in the Kharkiv region on "
                     "Tuesday.\n", "2025-09-18")
    assert targets(event_with(record, "advanced")) == [("Kupiansk (implied by the place)", "UKR", None)]


def test_an_attack_with_no_attacker_named_is_by_the_one_foreign_state_the_story_names(extract):
    record = extract("KHARKIV, Ukraine (AP) — Russia struck Kharkiv with drones and ballistic missiles overnight, "
                     "killing four people.\n\nIn the southern city of Zaporizhzhia, a drone hit a bus stop early "
                     "Tuesday, wounding five people, regional Gov. Ivan Fedorov said.\n", "2025-11-04")
    hit = event_with(record, "hit")
    assert [(a.name, a.country) for a in hit.actors if a.role == "source"][0] == ("Russia (implied by the story)", "RUS")
    # a state's proxies are not the state: no foreign attacker to imply from them
    record = extract("Turkey-backed forces attacked the village of Tal Rifaat in northern Syria on Friday.\n\n"
                     "A mortar shell hit a school in the nearby town of Manbij, wounding three children.\n",
                     "2025-03-07")
    assert not [a for a in event_with(record, "hit").actors if a.role == "source" and a.country == "TUR"]


def test_a_state_body_of_a_named_state_is_its_and_a_from_on_a_thing_codes_no_one(extract):
    record = extract("he further said that the president of india had asked for letters of support from leaders "
                     "of the largest groups.\n", "2002-03-10")
    assert ("president", "IND", "government") in sources(event_with(record, "asked"))
    record = extract("The Albanians of southern Serbia are demanding political and territorial autonomy from "
                     "Serbian authorities.\n", "2001-03-10")
    assert not [a for a in event_with(record, "demanding").actors if a.role == "target" and a.country == "SRB"
                and "autonomy" in a.name]


def test_a_pronoun_for_a_speaker_takes_what_the_speakers_phrase_says_of_it(extract):
    record = extract("In neighbouring Poland, the Operational Command of the Polish Armed Forces said it had "
                     "scrambled fighter jets early on Monday.\n", "2025-09-08")
    assert sources(event_with(record, "scrambled")) == [("Operational Command", "POL", "military")]


def test_the_people_of_a_place_taken_from_the_sentence_before_are_of_its_country(extract):
    record = extract("Police detained at least 37 people in Tbilisi on Friday night. Hours later, riot police "
                     "beat several protesters who had been pinned to the ground, witnesses said.\n", "2025-11-29")
    beat = event_with(record, "beat")
    assert beat.place == "Tbilisi"
    assert ("riot police", "GEO", "police") in sources(beat)


def test_a_count_of_people_is_coded_by_whom_it_counts(extract):
    record = extract("Separately, dozens of Israeli settlers attacked the Palestinian village of Beita, south of "
                     "Nablus, on Tuesday evening, torching four cars.\n", "2025-10-01")
    assert sources(event_with(record, "attacked")) == [("dozens of Israeli settlers", "ISR", None)]


def test_they_opening_a_sentence_stands_for_the_force_that_was_the_subject_before(extract):
    record = extract("the police reached the spot soon after the mob set the shops on fire. they opened fire and "
                     "lobbed tear-gas shells to disperse the mob.\n", "2002-03-02")
    assert source_sectors(event_with(record, "opened")) == {"police"}


def test_forces_a_state_hits_at_home_are_not_the_places(extract):
    record = extract("Russian forces killed dozens of soldiers in the Kursk region on Tuesday, the governor said.",
                     "2025-06-01")
    soldiers = [a for e in record.events for a in e.actors if a.role == "target"]
    assert soldiers and all(a.country != "RUS" for a in soldiers)


def test_mercenaries_are_not_the_state_an_unattributed_attack_is_given_to(extract):
    record = extract("Russian mercenaries killed 20 civilians in central Mali last week. Separately, a roadside bomb "
                     "killed four soldiers near Gao on Sunday.", "2025-06-01")
    assert not any("implied by the story" in a.name for e in record.events for a in e.actors)


def test_an_armed_groups_positions_are_not_the_host_states(extract):
    record = extract("Russia said its forces in Syria had struck militant positions in Idlib on Monday.", "2025-06-01")
    assert not any("implied by the place" in a.name for e in record.events for a in e.actors)


def test_they_is_not_the_force_when_another_group_was_named(extract):
    record = extract("Police surrounded the protesters outside the parliament in Dhaka on Sunday. They threw stones "
                     "at officers and set fire to vehicles.", "2025-06-01")
    attack = [e for e in record.events if e.type == "ASSAULT" and "threw stones" in e.evidence]
    assert attack and not any(a.role == "source" and a.name.lower() == "police" for a in attack[0].actors)


def test_every_member_of_a_list_of_states_is_a_source(extract):
    # spaCy hangs France on Britain, not on the United States: the whole conjunct chain is read
    record = extract("The United States, Britain and France have requested an emergency meeting of the "
                     "U.N. Security Council on the launch.\n")
    assert [c for _, c, _ in sources(event_with(record, "requested"))] == ["USA", "GBR", "FRA"]


def test_envoys_from_several_states_are_one_actor_per_state(extract):
    record = extract("Diplomats from Britain, France and Germany met Iranian deputy foreign ministers in "
                     "Geneva on Tuesday.\n")
    assert sources(event_with(record, "met")) == [("Diplomats from Britain", "GBR", "government"),
                                                   ("Diplomats from France", "FRA", "government"),
                                                   ("Diplomats from Germany", "DEU", "government")]


def test_the_lede_after_a_dateline_has_its_subjects(extract):
    record = extract("KYIV, Oct 2 (Reuters) - Russia and Ukraine each released 185 prisoners of war on "
                     "Thursday in an exchange mediated by the United Arab Emirates.\n", "2025-10-03")
    assert [c for _, c, _ in sources(event_with(record, "released"))] == ["RUS", "UKR"]


def test_protesters_are_of_the_country_they_march_in(extract):
    assert sector_of("protesters") == "protesters"
    record = extract("Thousands of protesters rallied in Tbilisi on Friday against the government.\n", "2025-10-03")
    assert sources(event_with(record, "rallied")) == [("Thousands of protesters", "GEO", "protesters")]


def test_what_an_attack_is_fired_at_is_its_target(extract):
    record = extract("Police fired tear gas at protesters in Nairobi on Tuesday.\n", "2025-10-03")
    assert ("protesters", "KEN", "protesters") in [(a.name, a.country, a.sector) for a in
                                                   event_with(record, "fired").actors if a.role == "target"]


def test_a_surname_the_entity_tagger_missed_is_the_person_introduced_by_it(extract):
    record = extract("Iranian Foreign Minister Abbas Araqchi met Omani officials on Sunday.\n\n"
                     "Araqchi accused the three countries of \"abusing\" a mechanism whose terms they had "
                     "themselves failed to honour.\n", "2025-08-27")
    assert sources(event_with(record, "accused")) == [("Araqchi", "IRN", None)]


def test_a_pronoun_that_warns_is_the_speaker_the_quotes_stage_found(extract):
    record = extract("In Tehran, parliament speaker Mohammad Baqer Qalibaf rejected any negotiations under "
                     "pressure.\n\nHe warned that parliament could take up a bill to leave the nuclear "
                     "Non-Proliferation Treaty if U.N. sanctions were reimposed.\n", "2025-08-27")
    assert sources(event_with(record, "warned")) == [("Mohammad Baqer Qalibaf", "IRN", None)]


def test_it_that_says_it_did_is_the_body_that_spoke_before(extract):
    record = extract("Taiwan's Ministry of National Defense said it had tracked 71 Chinese military aircraft around "
                     "the island. It said it had dispatched its own warships and combat air patrols to monitor "
                     "the Chinese forces.\n", "2025-04-02")
    assert [(c, s) for _, c, s in sources(event_with(record, "dispatched"))] == [("TWN", "military")]


def test_a_place_in_the_phrase_of_what_was_fired_at_is_where_it_stands(extract):
    record = extract("Pakistani troops fired at forward posts in the Keran sector of Kupwara district on Tuesday "
                     "evening.\n", "2025-10-03")
    assert [(a.role, a.country) for a in event_with(record, "fired").actors] == [("source", "PAK"), ("target", "IND")]


def test_the_side_that_acts_is_a_party_and_the_one_a_light_verb_acts_on_its_target(extract):
    record = extract("The Indian side lodged a strong protest over the killing of the soldier.\n\n"
                     "Separately, the Treasury Department on Wednesday imposed sanctions on three Iraqi nationals.\n",
                     "2025-10-03")
    assert sources(event_with(record, "lodged")) == [("Indian side", "IND", None)]
    assert [(a.role, a.country) for a in event_with(record, "imposed").actors] == [("source", "USA"), ("target", "IRQ")]


def test_each_state_of_a_list_before_the_noun_is_an_actor(extract):
    record = extract("Russian and Ukrainian officials met in Istanbul on Friday.\n", "2025-10-03")
    assert sources(event_with(record, "met")) == [("Russian officials", "RUS", "government"),
                                                  ("Ukrainian officials", "UKR", "government")]


def test_what_a_light_verb_is_done_on_is_a_target_only_if_it_can_be_a_party(extract):
    record = extract("The Syrian army inflicted heavy losses on the terrorist groups near Idlib.\n\n"
                     "JNIM has since attacked several convoys on the corridors from Senegal and Mali.\n", "2025-10-03")
    assert ("terrorist groups", "rebels") in [(a.name, a.sector) for a in event_with(record, "inflicted").actors
                                              if a.role == "target"]
    assert not [a for a in event_with(record, "attacked").actors if a.role == "target"]


def test_troops_named_again_by_the_same_word_are_the_ones_the_story_named(extract):
    record = extract("Israeli troops killed three Palestinians during a raid in Tubas overnight.\n\n"
                     "In Jenin, the military said, troops arrested 11 wanted Palestinians overnight.\n", "2025-07-09")
    assert [(c, s) for _, c, s in sources(event_with(record, "arrested"))] == [("ISR", "military")]


def test_an_army_the_story_names_by_another_word_keeps_no_state(extract):
    record = extract("Rwandan troops attacked positions near Uvira on Monday.\n\n"
                     "Muyaya said that the army had repositioned its units around Uvira.\n", "2025-07-09")
    assert [(c, s) for _, c, s in sources(event_with(record, "repositioned"))] == [(None, "military")]


def test_police_named_by_their_sector_alone_are_the_story_states(extract):
    record = extract("Police in Georgia detained at least 37 people in Tbilisi overnight.\n\n"
                     "In the Black Sea city of Batumi, several hundred people marched to the regional government "
                     "building, and police detained four of them.\n", "2025-11-29")
    assert [(c, s) for _, c, s in sources(event_with(record, "detained"))][0] == ("GEO", "police")
    later = [e for e in record.events if e.trigger == "detained" and "Batumi" in e.evidence]
    assert later and [(a.country, a.sector) for a in later[0].actors if a.role == "source"] == [("GEO", "police")]


def test_a_body_named_through_its_pronoun_is_an_actor(extract):
    record = extract("The World Food Programme (WFP) said it had delivered emergency food rations to some 2,500 "
                     "displaced people in Tera on Monday.\n", "2025-10-03")
    assert sources(event_with(record, "delivered")) == [("World Food Programme", None, "United Nations")]


def test_an_attack_condemned_is_on_the_doer_of_the_attack_the_story_told(extract):
    record = extract("Russian drones struck a bus in Sumy on Sunday, killing 11 people, the regional governor said.\n\n"
                     "EU foreign policy chief Kaja Kallas condemned the attack as pure terror against civilians.\n",
                     "2025-10-06")
    targets = [(a.country, a.sector) for a in event_with(record, "condemned").actors if a.role == "target"]
    assert targets == [("RUS", "military")]


def test_an_attack_condemned_before_any_doer_is_told_has_no_target():
    from frontwire.extract.events import ATTACK_TOLD_BEFORE
    import frontwire
    record = frontwire.extract_text("The foreign minister condemned the attack on the train.\n", published="2025-10-06")
    condemned = [e for e in record["events"] if e["trigger"] == "condemned"]
    assert condemned and not any(ATTACK_TOLD_BEFORE in a["name"] or a["role"] == "target" for a in condemned[0]["actors"])


def test_a_bombing_in_a_country_where_the_story_names_an_armed_group_is_no_foreign_states(extract):
    record = extract("Russian helicopter crews struck JNIM fighters near Kayes in Mali on Friday.\n\n"
                     "JNIM has since attacked several fuel convoys in Mali.\n\n"
                     "On Sunday, an improvised explosive device killed three civilians near Kayes.\n", "2025-10-06")
    assert sources(event_with(record, "attacked")) == [("JNIM", "MLI", "rebels")]
    assert not [a for a in event_with(record, "killed").actors if a.role == "source"]


def test_the_weapon_a_launch_verb_fires_is_no_target_what_it_is_fired_at_is(extract):
    record = extract("Russia launched 138 Shahed-type drones at Ukraine overnight.\n\n"
                     "Russian air defenses shot down 57 Ukrainian drones overnight.\n", "2025-10-03")
    assert [(a.name, a.country) for a in event_with(record, "launched").actors if a.role == "target"] == [("Ukraine", "UKR")]
    assert [(a.name, a.country) for a in event_with(record, "shot").actors if a.role == "target"] == [
        ("Ukrainian drones", "UKR")]


def test_who_hears_or_flees_an_attack_did_not_make_it(extract):
    record = extract("\"We hear shooting every night and we are afraid,\" said Ali, a resident of Jableh.\n", "2025-03-08")
    assert not [a for a in event_with(record, "shooting").actors if a.role == "source"]


def test_an_unattributed_airstrike_stays_the_foreign_states_where_a_local_group_also_fights(extract):
    record = extract("Israeli strikes killed 30 people in Gaza on Tuesday. Hamas fighters attacked Israeli troops in "
                     "Khan Younis, the group said. An airstrike on a school in Gaza City killed 12 people sheltering "
                     "there.\n", "2025-03-05")
    assert [(a.country, a.role) for a in event_with(record, "airstrike").actors][0] == ("ISR", "source")


def test_an_attack_condemned_in_a_story_of_two_sides_attacks_has_no_doer_to_blame(extract):
    record = extract("Russian drones struck Kharkiv on Tuesday, killing three. Ukrainian drones hit an oil depot in "
                     "Russia's Belgorod region. The United Nations condemned the attack on Kharkiv.\n", "2025-03-05")
    assert not [a for a in event_with(record, "condemned").actors if a.role == "target"]


def test_the_topic_of_a_deal_is_no_party_to_it(extract):
    record = extract("Turkey and Russia signed a deal on Ukrainian grain exports in Istanbul.\n", "2025-03-05")
    assert [a.country for a in event_with(record, "signed").actors] == ["TUR", "RUS"]


def test_a_lede_takes_the_day_and_place_of_its_dateline_when_it_names_none(extract):
    record = extract("PESHAWAR, Pakistan, March 2 (AP) — Gunmen ambushed a police patrol, killing four officers, "
                     "police said.\n", "2025-03-05")
    ambush = event_with(record, "ambushed")
    assert (ambush.date, ambush.country) == ("2025-03-02", "PK")
    assert [(a.role, a.country) for a in ambush.actors] == [("source", "PAK"), ("target", "PAK")]


def test_an_army_reporting_its_own_act_is_its_doer(extract):
    record = extract("The army reported killing 20 militants in North Waziristan.\n", "2025-03-05")
    assert [(n, s) for n, _, s in sources(event_with(record, "killing"))] == [("army", "military")]


def test_a_ground_attack_beside_a_labour_strike_is_no_air_attack(extract):
    record = extract("Russian helicopter crews struck JNIM fighters near Kayes in Mali on Friday.\n\n"
                     "JNIM has since attacked several fuel convoys in Mali.\n\n"
                     "On Sunday, a roadside bomb killed three soldiers near Kayes as a general strike shut the town.\n",
                     "2025-03-05")
    bombing = [e for e in record.events if "roadside bomb" in e.evidence and e.type == "ASSAULT"]
    assert bombing and not any("implied" in a.name for a in bombing[0].actors)


def test_one_states_troops_and_its_militants_are_two_doers(extract):
    record = extract("Pakistani troops killed eight militants in North Waziristan on Monday. Militants then attacked a "
                     "checkpoint in Bannu, killing four soldiers. Prime Minister Shehbaz Sharif condemned the attack.\n",
                     "2025-03-05")
    assert not [a for a in event_with(record, "condemned").actors if a.role == "target"]


def test_a_regional_bureau_dateline_is_not_where_the_lede_happened(extract):
    record = extract("BEIRUT (Reuters) - Syrian government forces shelled rebel-held towns, killing 12 civilians, "
                     "activists said.\n", "2025-03-05")
    shelling = event_with(record, "shelled")
    assert shelling.place is None and "LBN" not in {a.country for a in shelling.actors}


def test_a_complaint_against_a_state_has_it_as_target_not_the_attack_complained_of(extract):
    record = extract("Pakistan lodged a complaint against India with the U.N. Security Council.\n\n"
                     "India lodged a strong protest against the Pakistani shelling.\n", "2025-03-05")
    first, second = [e for e in record.events if e.trigger == "lodged"]
    assert ("target", "IND") in [(a.role, a.country) for a in first.actors]
    assert not [a for a in second.actors if a.role == "target"]


def test_a_home_dateline_stays_the_place_when_the_lede_names_its_people(extract):
    record = extract("GAZA (Reuters) - Israeli forces killed three Palestinians, medics said.\n", "2025-03-05")
    assert event_with(record, "killed").country == "PS"


def test_residents_reporting_shelling_did_not_shell(extract):
    record = extract("Residents reported heavy shelling in Gaza City overnight.\n\nThe army reported the killing of 20 "
                     "militants.\n", "2025-03-05")
    assert not [a for a in event_with(record, "shelling").actors if a.role == "source"]
    assert [s for _, _, s in sources(event_with(record, "killing"))] == ["military"]


def test_a_tank_is_armour_a_think_tank_is_not(extract):
    from frontwire.extract.actors import sector_of
    assert (sector_of("Israeli tank"), sector_of("a Washington think tank")) == ("military", "think tank")


def test_the_force_holding_ground_fired_at_is_the_target(extract):
    record = extract("Israeli troops fired at Lebanese army positions in southern Lebanon.\n", "2025-03-05")
    assert ("Lebanese army", "LBN", "military") in [(a.name, a.country, a.sector) for a in event_with(record, "fired").actors
                                                   if a.role == "target"]


def test_an_office_only_one_state_has_names_its_holders_state(extract):
    record = extract("Secretary of State Marco Rubio spoke by phone on Wednesday with Iraqi Prime Minister "
                     "Mohammed Shia al-Sudani and urged him to stop attacks launched from Iraqi soil.\n", "2025-06-01")
    call = event_with(record, "spoke")
    assert sources(call) == [("Marco Rubio", "USA", None)]
    # the nationality the name's phrase holds is not written twice
    assert [(a.name, a.country) for a in call.actors if a.role == "target"] == \
        [("Iraqi Prime Minister Mohammed Shia al Sudani", "IRQ")]
    record = extract("At the weekly media briefing in New Delhi on Thursday, External Affairs Ministry spokesperson "
                     "Randhir Jaiswal rejected the Pakistani army's version as baseless.\n", "2025-06-01")
    assert sources(event_with(record, "rejected")) == [("Randhir Jaiswal", "IND", None)]


def test_the_doers_nationality_does_not_move_a_lede_off_its_dateline(extract):
    record = extract("Toll rises\n\nDEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 20 people "
                     "overnight, hospital officials said.\n", "2025-03-05")
    assert event_with(record, "strikes").place == "Gaza Strip"
    record = extract("Toll rises\n\nKHARKIV, Ukraine (AP) — Russian missiles struck apartment blocks overnight, "
                     "killing four people, officials said.\n", "2025-03-05")
    assert event_with(record, "struck").country == "UA"
    # another state named as what was hit still takes the act away from the dateline's city
    record = extract("Toll rises\n\nMOSCOW (AP) — Drones hit Ukrainian energy facilities overnight, officials "
                     "said.\n", "2025-03-05")
    assert event_with(record, "hit").country != "RU"


def test_a_state_body_named_bare_is_the_one_named_before_with_its_state(extract):
    record = extract("Rwanda's foreign ministry rejected the accusation on Thursday.\n\nThe ministry accused Kinshasa "
                     "of arming militias.\n", "2025-03-14")
    assert sources(event_with(record, "accused")) == [("ministry", "RWA", "government")]
    record = extract("Iran's Foreign Ministry spokesman rejected any link to the attack. The spokesman, Esmaeil "
                     "Baghaei, also condemned the U.S. strikes.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "condemned"))] == ["IRN"]
    # a body of that name with no state further back does not count
    record = extract("Turkish drones struck PKK hideouts in Duhok, the National Defense Ministry (MSB) said on Sunday.\n\n"
                     "In Baghdad, Iraq's Foreign Ministry said it had summoned the Turkish ambassador.\n\nThe ministry "
                     "called on Ankara to withdraw its forces from Iraqi territory.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "called"))] == ["IRQ"]
    # a single office is no body: "the president" of American copy is theirs, whoever the story named before
    record = extract("Iranian President Masoud Pezeshkian spoke on Monday. The president accused Iran of lying, the "
                     "White House said.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == [None]
    # a state's body named only after it is not the one it stands for
    record = extract("The ministry accused Kinshasa of arming militias on Thursday. Later, the French foreign ministry "
                     "said it was concerned.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == [None]
    # nor where a body of that name with no state came between
    record = extract("Lebanon's health ministry said nine people were killed. The Ministry of Defence said troops were "
                     "deployed. The ministry accused Israel of violating the truce.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == [None]
    # nor where two states' bodies of that name came before
    record = extract("Israel's army said it struck Hezbollah sites. Lebanon's army said it deployed troops. The army "
                     "accused Israel of violating the truce.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == [None]


def test_a_group_of_states_is_each_of_its_members(extract):
    record = extract("The E3 will trigger the mechanism before the end of the month unless Iran restores access for "
                     "inspectors.\n", "2025-08-26")
    assert sorted(c for _, c, _ in sources(event_with(record, "trigger"))) == ["DEU", "FRA", "GBR"]
    record = extract("The defense ministers of the Alliance of Sahel States agreed on Sunday to send additional units "
                     "to the border.\n", "2025-08-26")
    assert sorted(c for _, c, _ in sources(event_with(record, "agreed"))) == ["BFA", "MLI", "NER"]
    # a group's name longer than three words, with its acronym after it
    record = extract("The defense ministers of the Alliance of Sahel States (AES), the confederation that Niger formed "
                     "with Mali and Burkina Faso, agreed on Sunday to send additional units to the border.\n", "2025-08-26")
    assert sorted(c for _, c, _ in sources(event_with(record, "agreed"))) == ["BFA", "MLI", "NER"]
    # an organisation of states is no state
    record = extract("The G7 condemned the Russian drone incursion on Sunday.\n", "2025-08-26")
    assert sources(event_with(record, "condemned")) == [("G7", None, "G7")]


def test_both_sides_are_the_two_states_the_story_pairs(extract):
    record = extract("Indian troops fired at Pakistani posts along the Line of Control on Tuesday, killing a soldier. "
                     "In Beijing, a Chinese Foreign Ministry spokesperson urged both sides to exercise restraint.\n",
                     "2025-08-26")
    urged = event_with(record, "urged")
    assert sorted(a.country for a in urged.actors if a.role == "target") == ["IND", "PAK"]
    record = extract("Russian drones struck Kharkiv overnight, killing four people. The two sides agreed on Thursday "
                     "to continue prisoner exchanges.\n", "2025-08-26")
    assert sorted(c for _, c, _ in sources(event_with(record, "agreed"))) == ["RUS", "UKR"]
    # a state's body "of the two countries" is each side's
    record = extract("Azerbaijani forces shelled Armenian border posts on Tuesday, wounding a soldier. The foreign "
                     "ministers of the two countries met in Geneva on Friday.\n", "2025-08-26")
    assert sorted(c for _, c, _ in sources(event_with(record, "met"))) == ["ARM", "AZE"]
    # a story naming no hostile pair, or three states, leaves "both sides" to no one
    for text in ("The UN envoy urged both sides to return to talks on Monday.\n",
                 "Police clashed with protesters in Tbilisi on Saturday. The mayor urged both sides to stay calm.\n",
                 "Russian forces shelled Kherson on Monday. The United States imposed sanctions on Iran on Tuesday. "
                 "The UN urged both sides to exercise restraint.\n"):
        urged = event_with(extract(text, "2025-08-26"), "urged")
        assert not [a for a in urged.actors if a.role == "target"], text


def test_a_governor_or_mayor_is_of_the_state_of_the_place_of_the_office(extract):
    record = extract("Saratov Oblast Governor Roman Busargin said two civilians were injured. Busargin accused Ukraine "
                     "of attacking the refinery.\n", "2025-08-26")
    assert sources(event_with(record, "accused")) == [("Busargin", "RUS", None)]
    record = extract("A drone hit a bus stop early Tuesday, wounding five people, Kharkiv regional Gov. Oleh "
                     "Syniehubov said. Syniehubov accused Russia of targeting civilians.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == ["UKR"]
    # a title that names no place names no state
    record = extract("Governor Vadym Filashkin urged residents to leave on Monday.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "urged"))] == [None]


def test_a_hyphenated_surname_finds_the_person_introduced(extract):
    record = extract("Iraqi Prime Minister Mohammed Shia al-Sudani spoke on Monday. Rubio urged al-Sudani to stop "
                     "the attacks.\n", "2025-08-26")
    assert [a.country for a in event_with(record, "urged").actors if a.role == "target"] == ["IRQ"]


def test_an_organisations_long_name_inside_a_longer_entity_is_found():
    from frontwire.extract.actors import organisation_of
    # (the entity tagger may join a name before it: "Araqchi and International Atomic Energy Agency chief Rafael Grossi")
    assert organisation_of("Araqchi and International Atomic Energy Agency") == "IAEA"
    assert organisation_of("the Intergovernmental Authority on Development's summit") == "IGAD"
    assert organisation_of("International Energy Agency") is None


def test_a_site_attacked_named_by_its_place_is_that_places_states(extract):
    record = extract("Ukraine's SBU security service said its long-range drones had struck the Ryazan oil refinery "
                     "south-east of Moscow overnight, setting off a large fire.\n", "2025-08-26")
    assert ("Ryazan oil refinery", "RUS") in [(a.name, a.country) for a in event_with(record, "struck").actors
                                             if a.role == "target"]
    record = extract("Russian missiles hit the Kharkiv thermal power plant on Tuesday.\n", "2025-08-26")
    assert [a.country for a in event_with(record, "hit").actors if a.role == "target"] == ["UKR"]
    # a day is no place: "the Sunday market" names no state
    record = extract("Russian drones struck the Sunday market on Tuesday, the governor said.\n", "2025-08-26")
    assert not [a for a in event_with(record, "struck").actors if a.role == "target" and a.country]


def test_an_army_named_by_its_own_name_is_its_states(extract):
    record = extract("The Tatmadaw shelled three villages in Sagaing on Monday.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "shelled"))] == ["MMR"]


def test_an_organisations_title_the_parser_split_from_the_name_still_introduces_it(extract):
    record = extract("ECOWAS Commission President Omar Alieu Touray called on the Sahel states to set aside political "
                     "differences.\n", "2025-08-26")
    assert sources(event_with(record, "called")) == [("Omar Alieu Touray", None, "ECOWAS")]
    # capitalised words that name no organisation nor a state's office introduce no one
    record = extract("Opposition leader Nika Melia accused the government of rigging the vote.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == [None]


def test_its_troops_are_the_speakers_of_a_conjoined_speech_verb(extract):
    record = extract("The Sudanese Armed Forces (SAF) accused the RSF of targeting civilians and said its troops had "
                     "repelled a ground attack on the city's eastern defences.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "repelled"))] == ["SDN"]


def test_offices_and_governments_only_one_state_has(extract):
    record = extract("In the statement, Defense Secretary Pete Hegseth accused Tehran of arming the militias.\n", "2025-08-26")
    assert sources(event_with(record, "accused")) == [("Pete Hegseth", "USA", None)]
    # another state's holder of the office is named with its state
    record = extract("British Defence Secretary John Healey accused Moscow of reckless behaviour.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "accused"))] == ["GBR"]
    record = extract("The Kurdistan Regional Government (KRG) spokesperson, Peshawa Hawramani, condemned the killing of "
                     "the two shepherds.\n", "2025-08-26")
    assert [c for _, c, _ in sources(event_with(record, "condemned"))] == ["IRQ"]


def test_the_state_named_beside_a_charge_it_dismissed_is_who_dismissed_it(extract):
    record = extract("The clashes came as the government in Baku accused Armenia of shelling border villages overnight, "
                     "a charge Yerevan dismissed as \u201cdisinformation\u201d.\n", "2025-03-14")
    assert [(n, c) for n, c, _ in sources(event_with(record, "dismissed"))] == [("Yerevan", "ARM")]
    record = extract("Officials in Islamabad accused India of backing the militants who attacked the train, a charge "
                     "New Delhi rejected as baseless.\n", "2025-03-14")
    assert [c for _, c, _ in sources(event_with(record, "rejected"))] == ["IND"]
