"""Which figures the box holds (facts/rank.py): the key ones; background, restated and minor ones are more figures.

Each pattern of news writing is checked in wordings of its own, made up here, never taken from a scored event.
"""
from __future__ import annotations

import json

import pytest

from site_builder.facts import analyse_event
from site_builder.facts.numbers import find_quantities
from site_builder.facts.rank import MAX_FIGURES, key_figures
from site_builder.facts.sentences import Sentence
from site_builder.model import Article, Citation, Event, EventMeta, Fact, Source
from site_builder.render import fact_box, render_facts_json


def event_of(*bodies: str, meta: EventMeta = EventMeta()) -> Event:
    sources = tuple(
        Source(f"s{n + 1}", f"{n + 1}.md", "e", "e", Article(title=f"Report {n + 1}", body=body, published="2026-05-12"))
        for n, body in enumerate(bodies)
    )
    return analyse_event(Event("e", meta, sources, "e", None, "e"))[0]


def figures(event: Event) -> tuple[dict[str, str], dict[str, str]]:
    """(boxed figures, more figures): label -> value."""
    return ({f.label: f.value for f in event.facts if f.kind == "number"}, {f.label: f.value for f in event.more_facts})


BRIDGE = ("A road bridge collapsed in the town on Monday, killing four people.", "Four people were killed when a road bridge collapsed in the town on Monday.")
MINE = ("An explosion at a coal mine killed four workers on Saturday.", "Four workers were killed on Saturday in an explosion at a coal mine.")


@pytest.mark.parametrize("told, background", [
    (BRIDGE, '"We pulled three bodies out of the water before dark," the rescue chief said.'),  # inside quotation marks
    (BRIDGE, "“I drove 30 trucks a day over that bridge for years,” said a resident, Ana Lopes."),
    (BRIDGE, 'A nurse said: "Forty beds were free this morning, and none by noon."'),
    (MINE, "The worst disaster at the site was in 2014, in which 301 people died."),  # of an earlier year
    (MINE, "In 2019, 1,200 residents signed a petition about the mine."),
    (MINE, "The mine was last inspected five years ago."),  # long ago
])
def test_one_source_s_figure_in_a_quotation_of_an_earlier_year_or_of_long_ago_is_background(told, background):
    boxed, more = figures(event_of(f"{told[0]} {background}", told[1]))
    assert "four" in {v.lower() for v in boxed.values()}
    assert len(more) == 1 and not set(more.values()) & set(boxed.values())


def test_a_figure_told_outside_quotation_marks_stays_boxed():
    boxed, more = figures(event_of("A road bridge collapsed on Monday. Rescuers pulled three bodies out of the water before dark."))
    assert "three" in boxed.values() and not more


@pytest.mark.parametrize("other_noun", [
    "Police said three thieves had broken in through a skylight.",
    "Three intruders broke in through a skylight, police said.",
])
def test_one_source_s_count_of_people_equal_to_a_count_more_sources_give_is_that_count_again(other_noun):
    event = event_of(
        f"A reliquary was stolen from a cathedral on Sunday. {other_noun}",
        "Three men stole a reliquary from a cathedral on Sunday.",
        "A reliquary was stolen from a cathedral by three men on Sunday.",
    )
    boxed, more = figures(event)
    assert list(boxed.values()).count("three") + list(boxed.values()).count("Three") == 1
    assert len(more) == 1


@pytest.mark.parametrize("body", [
    "Fire forced 300 people from their homes in Lyon on Tuesday. Some 300 residents spent the night in a gymnasium.",
    "A flood displaced 4,500 people on Sunday, officials said. The 4,500 villagers were housed in schools.",
])
def test_a_source_s_count_of_people_equal_to_its_own_count_of_what_befell_them_from_100_up_is_that_count_again(body):
    boxed, more = figures(event_of(body))
    assert len(boxed) == 1 and len(more) == 1


@pytest.mark.parametrize("body", [
    "A bus crashed on Monday, police said. The 12 crew were safe. Twelve people were injured.",
    "Three men were arrested on Friday. Three officers were hurt in the raid.",
])
def test_a_source_s_small_groups_of_one_size_stay_two_figures(body):
    boxed, more = figures(event_of(body))
    assert len(boxed) == 2 and not more


def test_counts_of_what_befell_people_are_different_facts_though_their_values_are_equal():
    boxed, more = figures(event_of(
        "A storm hit the coast on Monday. Three people were killed and three were seriously injured.",
        "Three people died in the storm on Monday.",
    ))
    assert len(boxed) == 2 and not more


def test_one_mention_taken_for_two_figures_is_boxed_once():
    sentence = Sentence("s1", 0, 0, "Teams play only two singles and a doubles in each tie.")
    quantity = next(q for q in find_quantities(sentence) if q.words == "two")
    taken_twice = [
        Fact("number-singles", "number", "number of singles", "two", "single-source", (Citation("s1", sentence.text),)),
        Fact("number-ties", "number", "number of ties", "two", "single-source", (Citation("s1", sentence.text),)),
    ]
    box, more = key_figures(taken_twice, [quantity, quantity], None)
    assert [f.id for f in box] == ["number-singles"] and [f.id for f in more] == ["number-ties"]


def _cyclone_with_counts(nouns: list[str], scene: str = ""):
    """An event of two sources disputing a toll, the first also counting each of `nouns` in the district."""
    detail = " ".join(f"Officials counted {n + 20} {noun} in the district." for n, noun in enumerate(nouns))
    return event_of(
        f"A cyclone struck the coast on Thursday, killing 14 people. {scene + ' ' if scene else ''}{detail}",
        "A cyclone struck the coast on Thursday. At least 17 people were killed.",
    )


def test_the_box_holds_the_key_figures_up_to_its_cap_and_every_disagreement_beyond_it():
    nouns = "buses trams ferries bridges schools clinics markets depots stations libraries parks piers towers halls farms mills".split()
    event = _cyclone_with_counts(nouns)
    boxed, more = figures(event)
    assert len(boxed) == MAX_FIGURES and len(more) == len(nouns) + 1 - MAX_FIGURES
    toll = next(f for f in event.facts if f.kind == "number" and f.status == "conflict")
    assert toll.value in ("14 / At least 17", "At least 17 / 14")
    assert "number of buses" in boxed and "number of mills" in more  # the first told before the last


@pytest.mark.parametrize("scene, said, cast", [
    ("The pier, with its two lifeguards, stayed open all night.", "lifeguards", True),  # a small count by what they are
    ("A man walked along the shore with his three dogs.", "dogs", True),
    ("Two goats stood on the roof of a shed.", "goats", True),
    ("Two lifeguards were injured as the water rose over the pier.", "lifeguards", False),  # what befell them: news
    ("Officials counted 40 lifeguards on the pier.", "lifeguards", False),  # no small count
    ("Salt in the harbour water stood at 2.1 per cent.", "salt", False),  # a share, no count
])
def test_when_the_box_is_full_one_source_s_small_count_of_a_scenes_people_or_things_gives_way(scene, said, cast):
    nouns = "buses trams ferries bridges schools clinics markets depots stations libraries parks".split()
    event = _cyclone_with_counts(nouns, scene)
    boxed, more = figures(event)
    small = next(label for label in {**boxed, **more} if said in label.lower())
    assert len(boxed) == MAX_FIGURES and (small in more) == cast and ("number of buses" in boxed)


def test_when_the_box_is_full_one_source_s_figure_told_in_its_first_sentences_outranks_its_sums_and_shares_told_below():
    parts = "pumps hoses ladders cranes trucks radios helmets boots tents lamps generators".split()
    shares = " ".join(f"Inspectors later found {n + 21}% of the {part} damaged." for n, part in enumerate(parts))
    boxed, more = figures(event_of(f"A fire gutted a grain store at the docks on Tuesday night. Some 85 firefighters fought the blaze until dawn. {shares}"))
    assert len(boxed) == MAX_FIGURES and "number of firefighters" in boxed and "share of generators" in more


@pytest.mark.parametrize("detail, label", [
    ("A further €90,000 was found in a drawer.", "amount"),  # a sum named by nothing
    ("About 12% was never explained.", "per cent"),  # a share of nothing named
    ("Later, 64 people, mostly neighbours, stood on the quay.", "number of people"),  # people, nothing done to them
])
def test_when_the_box_is_full_one_source_s_figure_whose_label_says_nothing_gives_way(detail, label):
    parts = "pumps hoses ladders cranes trucks radios helmets boots tents lamps".split()
    shares = " ".join(f"Inspectors later found {n + 21}% of the {part} damaged." for n, part in enumerate(parts))
    boxed, more = figures(event_of(f"A fire gutted a grain store at the docks on Tuesday night. Crews fought the blaze until dawn. The owners were abroad. {detail} {shares}"))
    assert len(boxed) == MAX_FIGURES and label in more and "share of lamps" in boxed


def test_when_the_box_is_full_a_length_called_distance_alone_gives_way_to_counts_told_after_it():
    parts = "pumps hoses ladders cranes trucks radios helmets boots tents lamps".split()
    counts = " ".join(f"Inspectors later counted {n + 21} damaged {part}." for n, part in enumerate(parts))
    boxed, more = figures(event_of(f"A fire gutted a grain store at the docks on Tuesday night. Crews fought the blaze until dawn. "
                                   f"The owners were abroad. Later it was 3.2 metres on the north quay. {counts}"))
    assert len(boxed) == MAX_FIGURES and "distance (metres)" in more and "number of damaged lamps" in boxed


def test_a_small_count_of_a_scene_is_boxed_when_the_box_has_room():
    boxed, more = figures(event_of("A cyclone struck the coast on Thursday, killing 14 people. Two goats stood on the roof of a shed."))
    assert "number of goats" in boxed and not more


def test_more_figures_are_shown_folded_and_written_to_facts_json_with_their_citations():
    event = event_of(
        'A ferry ran aground on Friday with 143 passengers on board. "I counted two lifeboats," a passenger said.',
        "The ferry carrying 143 passengers ran aground on Friday.",
    )
    box = fact_box(event)
    assert [v.fact.label for v in box.more_figures] == ["number of lifeboats"] and box.more_figures[0].chips
    data = json.loads(render_facts_json(event)["events/e/facts.json"])
    assert [f["label"] for f in data["more_facts"]] == ["number of lifeboats"]
    assert data["more_facts"][0]["citations"][0]["source"] == "s1"
    assert "number of lifeboats" not in {f["label"] for f in data["facts"]}


def test_the_curator_hides_relabels_or_pins_a_more_figure_by_its_id():
    bodies = (
        'A ferry ran aground on Friday with 143 passengers on board. "I counted two lifeboats," a passenger said.',
        "The ferry carrying 143 passengers ran aground on Friday.",
    )
    (hidden_id,) = [f.id for f in event_of(*bodies).more_facts]
    assert event_of(*bodies, meta=EventMeta(hidden=(hidden_id,))).more_facts == ()
    relabelled = event_of(*bodies, meta=EventMeta(relabelled=((hidden_id, "lifeboats launched"),))).more_facts
    assert [(f.label, f.curated) for f in relabelled] == [("lifeboats launched", True)]
    pin = Fact(hidden_id, "number", "lifeboats", "two", "single-source", (Citation("s1", "I counted two lifeboats"),), curated=True)
    pinned = event_of(*bodies, meta=EventMeta(pinned=(pin,)))
    assert pinned.more_facts == () and pin in pinned.facts


@pytest.mark.parametrize("short, long", [
    ("The court also fined him €50,000.", "The court, which heard 46 witnesses over 23 days, also fined him €50,000 and barred him from office."),
    ("Turnout was 61.2 percent, the electoral commission said.",
     "Turnout was 61.2 percent, the electoral commission said, the highest in a council election since the town was founded."),
])
def test_a_short_claim_that_only_tells_a_boxed_figure_is_not_boxed_again(short, long):
    lead = ("A court in Graz jailed the former mayor on Monday.", "The former mayor was jailed on Monday by a court in Graz.")

    def claims(sentence: str) -> list[str]:
        event = event_of(f"{lead[0]} {sentence}", f"{lead[1]} {sentence}")
        assert any(f.kind == "number" and {c.quote for c in f.citations} == {sentence} for f in event.facts)
        return [f.value for f in event.facts if f.kind == "claim"]

    assert short not in claims(short)
    assert long in claims(long)


@pytest.mark.parametrize("told, more", [
    # made up: longer than a short claim, but saying nothing besides the figures, who reports them and the box's names
    ("A petition by the Tarn Valley Alliance has gathered more than 90,000 signatures, the group said.",
     "A petition by the Tarn Valley Alliance has gathered more than 90,000 signatures to stop the quarry, the group said."),
    ("Some 6,400 patients may have been affected by the breach, according to the Tarn Valley clinic.",
     "Some 6,400 patients may have been affected by the breach, which exposed their addresses and bank details, according to the Tarn Valley clinic."),
])
def test_a_longer_claim_saying_nothing_besides_boxed_figures_and_names_is_not_boxed_again(told, more):
    lead = ("Residents of Tarn Valley protested on Monday.", "There was a protest in Tarn Valley on Monday.")

    def claims(sentence: str) -> list[str]:
        event = event_of(f"{lead[0]} {sentence}", f"{lead[1]} {sentence}")
        assert any(f.kind == "number" and {c.quote for c in f.citations} == {sentence} for f in event.facts)
        return [f.value for f in event.facts if f.kind == "claim"]

    assert told not in claims(told)
    assert more in claims(more)


@pytest.mark.parametrize("aside", [
    "I have walked that bridge every morning for twelve years.",
    "My family has farmed 60 hectares beside the river for decades.",
    "👁 5,210 views 💬 37 comments",
])
def test_a_writers_own_first_person_aside_and_a_pages_counters_are_not_boxed(aside):
    boxed, more = figures(event_of(f"{BRIDGE[0]} {aside}", BRIDGE[1]))
    assert "four" in {v.lower() for v in boxed.values()} and len(boxed) == 1, boxed
    assert more, more


def test_a_bodys_own_we_and_our_stay_news():
    boxed, _ = figures(event_of(f"{BRIDGE[0]} Our teams report that 140 homes were flooded.", BRIDGE[1]))
    assert "140" in boxed.values(), boxed


def test_a_short_claim_whose_every_sentence_boxed_figures_cite_is_those_figures_told_again():
    event = event_of(
        "A tram left the rails in Brno on Monday. Three carriages tipped over and 14 passengers were hurt.",
        "A tram derailed in Brno on Monday. Three carriages tipped over and 14 passengers were hurt.",
    )
    assert not [f for f in event.facts if f.kind == "claim" and "carriages tipped" in f.value], [f.value for f in event.facts]
    assert {"three", "14"} <= {f.value.lower() for f in event.facts if f.kind == "number"}


@pytest.mark.parametrize("aside, kept", [
    ("The bridge stood about 30 km east of Corvel, near the border.", False),  # how far from a named place: where
    ("It lay some 12 kilometres south-west of the town of Marby.", False),
    ("one town, 300 bridges and counting", False),  # a tagline cut from the page, opening in lower case
    ("The wreck lay about 400 metres from the riverbank.", True),  # how far out, from no named place
])
def test_a_distance_from_a_named_place_and_a_line_cut_from_the_page_are_not_boxed(aside, kept):
    boxed, more = figures(event_of(f"{BRIDGE[0]}\n\n{aside}", BRIDGE[1]))
    assert (len(boxed) == 2) is kept and (not more) is kept, (boxed, more)


@pytest.mark.parametrize("body", [
    "A gas explosion wrecked a bakery in Turin on Monday. Four people were injured. All four suffered burns to their hands.",
    "A gas explosion wrecked a bakery in Turin on Monday. Six workers were hurt. The six suffered burns to their arms.",
])
def test_a_count_a_source_points_back_to_is_the_count_it_told_before(body):
    boxed, more = figures(event_of(body, "A gas explosion wrecked a bakery in Turin on Monday."))
    assert len(boxed) == 1 and len(more) == 1


@pytest.mark.parametrize("detail, twice", [
    ("Firefighters measured 90 cm of ice on the part still standing.", True),  # a bare unit says nothing else
    ("The collapsed span was 90 cm thick.", False),  # a thickness, no depth of ice
    ("The town lies 90 cm below the river.", False),
])
def test_one_source_s_measure_in_the_unit_and_value_of_another_saying_nothing_else_is_that_measure_again(detail, twice):
    event = event_of(
        "A footbridge collapsed under ice in Tartu on Sunday. Up to 90 centimetres of ice had built up on the deck, the fire service said.",
        "A footbridge collapsed in Tartu on Sunday after 90 centimetres of ice built up on the deck.",
        f"A footbridge collapsed in Tartu on Sunday. {detail}",
    )
    boxed, more = figures(event)
    assert (len(boxed), len(more)) == ((1, 0) if twice else (2, 0))
    if twice:  # one line citing the three sources
        assert [len(f.citations) for f in event.facts if f.kind == "number"] == [3]


@pytest.mark.parametrize("aside", [
    "The driver, who has been driving coaches for 22 years, was unhurt.",
    "A neighbour, who lives about 300 metres from the depot, heard the blast.",
    "The caretaker, who has worked at the school for 14 years, raised the alarm.",
    "A farmer, Petra Lind, who keeps 300 goats near the town, saw it happen.",  # someone's livelihood
    "The resort, which opened in 1998, carries some 45,000 skiers a year.",
    "The museum receives around 60,000 visitors a year.",
    "Last year, the operator spent more than 3 million euros on new buses.",
    "The operator, Trakia Lines, reported 2025 revenue of 48 million euros.",
    "The coach market as a whole carried about 40 million passengers.",
    "Road deaths have fallen by 12% nationwide.",
    "The pass carries around 90 million tonnes of freight a year.",  # a yearly rate said of no body of the event
    "Around 300 crashes are reported on the pass each year, the police say.",
    "The Rila festival draws about 20,000 visitors to the town each July.",
    "In a normal year, around 4 million tonnes of timber are hauled over the pass.",
    "A local hiking club has marked more than 60 trails since 2011.",  # a total run up since of old
])
def test_a_persons_life_a_count_a_year_and_a_figure_framed_as_a_past_years_or_a_general_one_are_not_boxed(aside):
    event = event_of(f"A coach overturned near Rila on Sunday, injuring nine people. {aside}",
                     "Nine people were injured when a coach overturned near Rila on Sunday.")
    boxed, more = figures(event)
    assert list(boxed.values()) == ["nine"] and len(more) == 1


@pytest.mark.parametrize("news, figure", [
    ("Ana Petrova, who was among the 12 injured, spoke from hospital.", "12"),
    ("The operator carried 14,000 passengers this month, up from 9,000 last year.", "14,000"),  # compared, not framed
    ("A mother and her two children were taken to hospital in Rila.", "two"),  # kin something befell
])
def test_an_events_figure_told_in_a_clause_on_someone_or_compared_with_last_year_stays_boxed(news, figure):
    event = event_of(f"A coach overturned near Rila on Sunday. {news}", "A coach overturned near Rila on Sunday.")
    boxed, _ = figures(event)
    assert figure in boxed.values()


@pytest.mark.parametrize("converted", [
    "The river rose to 6.4 metres, or 21 feet, at the town bridge.",
    "Gusts reached 130 km/h, or about 81 mph, on the ridge.",
])
def test_a_measure_given_again_in_another_unit_in_its_sentence_is_that_measure(converted):
    event = event_of(f"A storm flooded the town of Ardo on Monday. {converted}", "A storm flooded the town of Ardo on Monday.")
    boxed, more = figures(event)
    assert len(boxed) == 1 and len(more) == 1


@pytest.mark.parametrize("aside", [
    "The hamlet has about 250 inhabitants.",
    "Veltra Ferries, which operates a fleet of 14 vessels, said it was cooperating with police.",
    "The reservoir covers some 40 square kilometres.",
    "The cooperative now runs more than 70 bakeries in the region.",
    "There are about 1,100 registered fishing boats in the region.",  # a general statistic
    "The national register now counts more than 900 wrecks.",
    "About Veltra Ferries: founded in 2004, the company employs 310 people.",  # a press release's boilerplate
    "A passenger, Jonas Berg, was on board with his wife and three children.",  # someone's family
    "Maria Olsen, whose two sons are still at school, watched from the quay.",
    "Korsa lies about 40 kilometres north-west of the capital.",  # where, from a place
])
def test_what_a_body_a_place_or_a_thing_has_or_runs_a_general_statistic_kin_and_an_offset_are_not_boxed(aside):
    event = event_of(f"A ferry ran aground off Korsa on Friday, injuring six passengers. {aside}",
                     "Six passengers were injured when a ferry ran aground off Korsa on Friday.")
    boxed, more = figures(event)
    assert list(boxed.values()) == ["six"] and len(more) == 1


@pytest.mark.parametrize("deed", [
    "The merged group will operate more than 70 bakeries.",  # what the event makes
    "The combined firm would have about 9,000 employees.",
    "Rescuers have pulled 14 passengers from the water.",  # a deed, not what a body has
    "The ferry, which can carry 400 people, was towed to port.",  # the size of what the event befell
])
def test_what_the_event_makes_or_does_and_the_size_of_what_it_befell_stay_boxed(deed):
    event = event_of(f"A ferry ran aground off Korsa on Friday. {deed}", "A ferry ran aground off Korsa on Friday.")
    boxed, more = figures(event)
    assert len(boxed) == 1 and not more


@pytest.mark.parametrize("news", [
    "The operator ships about 2 million tonnes of freight a year.",  # the event's own body, told by what it is
    "Nordvik Linjer carries around 3 million tonnes of freight a year.",  # or by a name more sources give
    "Nordvik Linjer has invested 40 million euros in its fleet since 2019.",
    "The port will handle 3 million tonnes a year once the quay is repaired.",  # what the event makes
    "Investors in the ferry were promised returns of 8 per cent a year.",  # what was, no rate of every year
    "The captain was banned from sailing for a year.",  # a span, no rate
])
def test_the_event_bodys_yearly_scale_and_a_planned_rate_stay_boxed(news):
    event = event_of(f"A ferry of the operator Nordvik Linjer ran aground off Korsa on Friday. {news}",
                     "A Nordvik Linjer ferry ran aground off Korsa on Friday.")
    boxed, more = figures(event)
    assert len(boxed) == 1 and not more


@pytest.mark.parametrize("which, kept", [
    ("The fire broke out on the fourth floor.", False),
    ("She lost her game in the third round.", False),
    ("It was the 75th edition of the race.", True),  # a large ordinal tallies what came before
])
def test_which_one_of_a_short_series_is_not_boxed_whatever_the_sources(which, kept):
    event = event_of(f"A gas blast hit a building in Vensa on Monday. {which}", f"A gas blast hit a building in Vensa on Monday. {which}")
    boxed, more = figures(event)
    assert (len(boxed), len(more)) == ((1, 0) if kept else (0, 1))


def test_an_earlier_years_toll_told_by_many_sources_is_not_the_events():
    event = event_of(
        "A landslide buried three houses in Morra on Tuesday. A slide in the same valley in 2009 killed 17 people.",
        "Three houses were buried in Morra on Tuesday. In 2009, 17 people died in a slide nearby.",
        "A landslide buried three houses in Morra. The worst slide, in the upper valley in 2009, killed 17 people.",
    )
    boxed, more = figures(event)
    assert list(boxed.values()) == ["three"] and list(more) == ["people killed in 2009"]


@pytest.mark.parametrize("metric, other_unit", [
    ("Gusts of up to 80 km/h were recorded at the harbour on Monday, the weather office said.",
     "Wind gusts of about 50 mph were measured at the harbour on Monday."),
    ("Crews removed the 6 m weir on the Lune on Monday, reopening the river to salmon.",
     "A weir on the Lune, about 20 feet tall, was taken down on Monday."),
    ("Temperatures in the town climbed to 40 °C on Monday.", "The heat reached 104 degrees Fahrenheit in the town on Monday."),
])
def test_a_measure_another_source_tells_in_feet_mph_or_fahrenheit_is_the_metric_figure_again(metric, other_unit):
    boxed, more = figures(event_of(metric, other_unit))
    assert len(boxed) == 1 and len(more) == 1
    assert not any(unit in value for value in boxed.values() for unit in ("mph", "feet", "Fahrenheit"))


def test_a_measure_in_feet_far_from_the_metric_figure_is_another_measure():
    boxed, _ = figures(event_of("Crews removed the 6 m weir on the Lune on Monday.", "A weir on the Lune, about 40 feet tall, was taken down on Monday."))
    assert len(boxed) == 2


def test_a_count_the_box_shows_as_the_part_of_a_whole_told_in_the_same_sentences_is_that_whole_s_line():
    boxed, more = figures(event_of(
        "A lock gate on the canal jammed on Tuesday, stranding 64 boats, 22 of them hire cruisers.",
        "The jammed lock gate left 64 boats stranded on Tuesday, including 22 hire cruisers.",
    ))
    assert list(boxed.values()) == ["64, of which 22 hire cruisers"] and list(more.values()) == ["22"]


def test_a_count_told_on_its_own_besides_the_part_of_a_whole_stays_boxed():
    boxed, _ = figures(event_of(
        "A lock gate on the canal jammed on Tuesday, stranding 64 boats, 22 of them hire cruisers.",
        "Twenty-two hire cruisers were stuck behind the jammed lock gate on Tuesday, the operator said.",
    ))
    assert "22" in " ".join(boxed.values()) and len(boxed) == 2


def test_a_measure_whose_label_says_nothing_is_the_labelled_measure_of_its_value_and_unit_told_again():
    event = event_of(
        "A coach carrying 40 tourists left the mountain road near Dorna on Sunday and fell about 60 metres into a ravine, killing five people.",
        "Five people died on Sunday when a coach plunged off a mountain road near Dorna. Rescuers had to climb down 60 metres to reach it.",
        "Five tourists were killed near Dorna on Sunday when their coach left the road.",
    )
    boxed = {f.label: f for f in event.facts if f.kind == "number"}
    assert "distance (metres)" not in boxed
    assert [(c.source, c.value) for c in boxed["fall (metres)"].citations] == [("s1", None), ("s2", "60 metres")]
    assert boxed["fall (metres)"].status == "agreed"


RILA = "A coach overturned near Rila on Sunday, injuring nine people. Police closed the road. The driver was questioned."


@pytest.mark.parametrize("background", [
    "The pass saw more than 40 crashes last year.",
    "Police counted 900 road accidents on the pass, according to their report of 2024.",
    "Bus firms in the region carried some 12 million passengers over the past year.",
    "About 31,000 drivers sat the test, according to figures published earlier this year.",
    "Two other passes in the region have been closed to coaches in recent years.",
    "Some 14 coaches have crashed on the pass in the past five years.",
    "Rila, a town of about 8,000 people, has grown more than any town in the region in recent years.",  # no figure compared
])
def test_one_source_s_figure_told_below_the_lead_in_a_sentence_set_before_the_event_is_background(background):
    event = event_of(f"{RILA} {background}", "Nine people were injured when a coach overturned near Rila on Sunday.")
    boxed, more = figures(event)
    assert list(boxed.values()) == ["nine"] and len(more) == 1


@pytest.mark.parametrize("news, figure", [
    ("The line carried 14,000 passengers this month, up from 9,000 last year.", "14,000"),  # the time dates the other
    ("The operator paid 2 million euros in fines, its accounts for last year show.", "2 million euros"),  # the event's body
])
def test_a_figure_below_the_lead_compared_with_an_earlier_one_or_of_the_event_s_body_stays_boxed(news, figure):
    event = event_of(f"{RILA} {news}", "Nine people were injured when a coach overturned near Rila on Sunday.")
    boxed, _ = figures(event)
    assert figure in boxed.values()


def test_one_value_two_sources_give_under_two_nouns_is_one_figure_labelled_by_the_label_saying_more():
    event = event_of(
        "Voters in Brena elected a new mayor on Sunday, with 3,412 votes going to the winner.",
        "Ana Petek of the Harbour Residents List became mayor of Brena. The Harbour Residents List received 3,412 votes, the election office said.",
    )
    told = [f for f in event.facts if f.kind == "number" and f.value == "3,412"]
    assert [f.label for f in told] == ["votes (Harbour Residents List)"]
    assert {c.source for c in told[0].citations} == {"s1", "s2"} and told[0].status == "agreed"


def test_a_small_count_two_sources_give_under_two_nouns_stays_two_figures():
    event = event_of(
        "A ferry ran aground off Vela on Friday. Four crew were taken to hospital in Split.",
        "A ferry carrying four lorries ran aground off Vela on Friday, the coastguard said.",
    )
    boxed = [f for f in event.facts if f.kind == "number" and f.value.lower() == "four"]
    assert len(boxed) == 2
