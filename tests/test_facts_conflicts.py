"""Which figures are one figure: a disagreement is one conflict line, and figures that are not the same
measure never conflict (a part and its whole, a term asked for and the one given, a depth and a magnitude,
a margin and a total). Every wording here is made up."""
from __future__ import annotations

from site_builder.facts.merge import align_figures
from site_builder.facts.numbers import find_quantities

from .conftest import FIXTURES
from .facts_expectations import analysed_event
from .test_facts_extractors import boxed, boxed_figures, made_up_event, sentence


def aligned(*texts: str) -> list[tuple[list[str], bool]]:
    """Each text a source: the figures aligned, as the values of their sides and whether they conflict."""
    quantities = [q for n, t in enumerate(texts) for q in find_quantities(sentence(t, f"s{n + 1}"))]
    return sorted(([g.quantities[0].shown for g in groups], conflict) for groups, conflict in align_figures(quantities))


def conflicts(*texts: str) -> list[list[str]]:
    return [sides for sides, conflict in aligned(*texts) if conflict]


def placed(*said: tuple[str, str, int]) -> list[list[str]]:
    """Like conflicts(), each sentence given as (text, source, its index in the source)."""
    quantities = [q for text, source, index in said for q in find_quantities(sentence(text, source, index))]
    return sorted([g.quantities[0].shown for g in groups] for groups, conflict in align_figures(quantities) if conflict)


def slots(text: str) -> dict[str, str]:
    return {q.words: q.slot for q in find_quantities(sentence(text))}


def test_a_part_of_a_count_is_no_rival_of_the_count():
    for part in (
        "Nine children were among the 31 dead.",
        "Children accounted for nine of the 31 deaths.",
        "Nine of the fatalities were children, the ministry said.",
        "Nine of the dead were tourists.",
    ):
        assert conflicts(part, "The landslide killed 31 people.") == [], part
    assert slots("Nine children were among the dead.")["Nine"] == "killed children"
    # the whole taken with an owner's word: 'two of our 30 drivers were hurt' is not 30 hurt
    assert slots("Two of our 30 drivers suffered minor injuries in the crash.") == {"Two": "injured driver", "30": "driver"}
    assert conflicts("Two drivers were slightly injured.", "Two of our 30 drivers suffered minor injuries in the crash.") == []
    assert slots("Nine of the 31 deaths were in the capital.")["Nine"] == "killed part"
    assert slots("Some 40 of the shareholders sued.")["Some 40"] == "investor part"
    # the toll itself, said of a count's noun, is still the toll
    assert conflicts("Thirty-one people were killed.", "The landslide killed 28 people.") == [["Thirty-one", "28"]]
    assert slots("12 of the 80 passengers were hurt.")["12"] == "injured"


def test_a_term_or_a_fine_asked_for_is_not_the_one_given():
    given = "The judge sentenced him to four years in prison."
    for asked in (
        "Prosecutors had demanded seven years.",
        "The prosecution had requested a seven-year sentence.",
        "Prosecutors pushed for seven years behind bars.",
        "Prosecutors had called for a sentence of seven years.",
        "The prosecutor asked the court for seven years in prison.",
        "Prosecutors had sought seven years.",
    ):
        assert conflicts(given, asked) == [], asked
        assert slots(asked)[next(iter(slots(asked)))] == "prison term sought", asked
    for asked_after in (
        "He got four years, not the seven years sought by the prosecution.",
        "He got four years, less than the seven years prosecutors had asked for.",
        "He got four years, against the prosecution's demand for a seven-year term.",
    ):
        assert conflicts(given, asked_after) == [], asked_after
    assert conflicts(given, "He was jailed for five years.") == [["four years", "five years"]]
    assert slots("The court fined the bank €80,000.")["€80,000"] == "amount fine"
    assert slots("Prosecutors had demanded a fine of €100,000.")["€100,000"] == "amount fine sought"
    assert slots("The regulator imposed a penalty of €90,000.")["€90,000"] == "amount fine"  # one word for one thing
    # a verdict after the asking is the one given
    assert slots("Prosecutors had asked for more but he was sentenced to four years.")["four years"] == "prison term"


def test_a_measure_in_a_unit_of_its_own_is_no_magnitude():
    said = slots("A magnitude 5.8 tremor struck on Friday at a depth of 12 km, the observatory said.")
    assert said == {"5.8": "magnitude", "12 km": "depth km"}
    assert slots("Seismologists put the depth at 9 km.")["9 km"] == "depth km"
    assert slots("The magnitude 5.9 quake struck 40 kilometres below the surface.")["40 kilometres"] == "depth km"
    assert slots("Its epicentre lay 8 km underground.")["8 km"] == "depth km"
    assert conflicts(
        "The magnitude 5.8 quake struck at a depth of 12 km.",
        "The quake, of magnitude 5.8, was 12 kilometres deep.",
        "A 6.0 magnitude quake hit at a depth of 30 km.",
    ) == [["12 km", "30 km"], ["5.8", "6.0"]]


def test_a_measure_is_compared_in_its_base_unit_and_told_in_its_own():
    def told(*texts: str) -> list[tuple[list[list[str]], bool]]:
        """Each text a source: each aligned figure's sides, as every source words them."""
        quantities = [q for n, t in enumerate(texts) for q in find_quantities(sentence(t, f"s{n + 1}"))]
        return sorted(([[q.shown for q in g.quantities] for g in groups], conflict) for groups, conflict in align_figures(quantities))

    for one, other in (
        ("Customs officers seized 15,600 kg of heroin.", "Officers found 15.6 tonnes of heroin at the port."),
        ("The wall is 2.8 km long.", "The wall is 2,800 metres long."),
        ("The new dyke stretches 2.8 kilometres.", "The new dyke stretches 2,800 metres along the river."),
        ("The plant has a capacity of 1.2 GW.", "The plant has a capacity of 1,200 megawatts."),
    ):
        (sides, conflict), = told(one, other)
        assert not conflict and len(sides) == 1 and len(sides[0]) == 2, (one, other)  # one figure, each source's words
    assert told("The wall is 2.8 km long.", "The wall is 2,800 metres long.") == [([["2.8 km", "2,800 metres"]], False)]
    # an area's unit is squared, a volume's cubed: 3 km² is 3,000,000 m², never 3,000 m²
    (sides, conflict), = told("The blaze burned 3 km² of forest.", "The blaze burned 3,000,000 m² of forest.")
    assert not conflict and len(sides) == 1
    # each side is shown with its unit as written, of two words too ('3 square kilometres', '18 nautical miles')
    assert conflicts("The blaze burned 3 square kilometres of forest.", "The blaze burned 3,000 square metres of forest.") == [["3 square kilometres", "3,000 square metres"]]
    # the same measure, amounts that cannot both hold: one conflict line
    assert conflicts("The pipeline spilled 1,200 tonnes of diesel.", "Some 1,800,000 kg of diesel leaked from the pipeline.") == [
        ["1,200 tonnes", "Some 1,800,000 kg"]
    ]
    assert conflicts("The crack is about three kilometres long.", "The crack is 3,500 metres long.") == [
        ["about three kilometres", "3,500 metres"]
    ]
    # other measures stay apart: a depth and a length, one source's part and its whole
    assert conflicts("The crack is 40 metres deep.", "The crack is 4 km long.") == []
    assert conflicts("Divers found 500 kg of the drugs in one container of the 15.6-tonne haul.", "Police seized 15,600 kg of cocaine.") == []
    # units written as rounded conversions are not converted: '39 miles' and '63 km' are not set against each other
    assert conflicts("The trail is 39 miles long.", "The trail is 63 km long.") == []
    assert len(aligned("The trail is 39 miles long.", "The trail is 63 km long.")) == 2


def test_a_margin_of_votes_is_no_vote_total():
    for margin, words in (
        ("The councillor won by 87 votes.", "87"),
        ("He beat the incumbent by a margin of 87 votes.", "87"),
        ("Her majority was 87 votes.", "87"),
        ("She finished 87 votes ahead of her rival.", "87"),
        ("She won with an 87-vote margin.", "87"),
        ("The independent won the coastal town's mayoral run-off on Sunday by 87 votes.", "87"),  # won ... by, words apart
        ("The difference between the two leading candidates was 87 votes.", "87"),
        ("She took the mayoralty with 87 votes of advantage over her rival.", "87"),
    ):
        assert slots(margin)[words] == "vote margin", margin
        assert conflicts(margin, "The councillor polled 2,140 votes.") == [], margin
    assert slots("The bill passed by 54 votes to 12.") == {"54 votes to 12": "vote tally"}  # how it split, not a margin it
    assert slots("The party won 38 seats backed by 120,000 votes.")["120,000"] == "vote"  # a count after a count: no margin
    # a margin told in the teens by one side and in the tens by another is one margin misheard
    assert conflicts("The independent won the coastal town's run-off by 14 votes.", "The difference between the two leading candidates was 40 votes.") == [
        ["14", "40"]
    ]
    assert conflicts("She polled 2,140 votes.", "She received 2,410 votes.") == [["2,140", "2,410"]]


def test_victims_of_a_wrong_nobody_died_of_are_counted_as_victims_not_as_the_dead():
    assert slots("The pyramid scheme left 3,000 victims.")["3,000"] == "victim"
    assert slots("Some 3,400 people were defrauded.")["Some 3,400"] == "victim"
    assert slots("The hackers stole the savings of 3,000 victims.")["3,000"] == "victim"
    assert conflicts("The pyramid scheme left 3,000 victims.", "Some 3,400 people were defrauded by the scheme.") == [["3,000", "Some 3,400"]]
    assert slots("The blast killed 12 people; the victims' families gathered.") == {"12": "killed"}
    assert slots("The bus crash claimed 12 victims.")["12"] == "killed"  # no wrong but the crash: the dead


def test_one_sum_said_with_other_words_is_one_conflict_line():
    assert conflicts("Pirates demanded a ransom of $3 million for the crew.", "The pirates wanted 3.6 million dollars to free the crew.") == [
        ["$3 million", "3.6 million dollars"]
    ]
    assert conflicts("The kidnappers asked for €400,000.", "A ransom of €500,000 was demanded for the engineer.") == [
        ["€400,000", "€500,000"]
    ]
    assert conflicts("The watchdog fined the airline £1.2 million.", "The airline must pay a penalty of £1.5 million.") == [
        ["£1.2 million", "£1.5 million"]
    ]
    # two sums a source gives are two things, not one told twice
    assert conflicts("The rebuild will cost €40 million, and €30 million was raised.", "The city asked for €50 million.") == []


def test_jobs_positions_and_posts_are_one_count():
    assert conflicts("The steelmaker will cut 1,500 jobs, the union said.", "The company said 1,100 positions would go.") == [
        ["1,500", "1,100"]
    ]
    assert conflicts("The union said 640 jobs would be lost.", "The airline plans to shed 520 posts.") == [["640", "520"]]
    assert conflicts("The lender will make 700 redundancies.", "The lender will axe 850 jobs.") == [["700", "850"]]
    assert aligned("The plant will shed 300 jobs.", "About 300 positions will go at the plant.") == [(["300"], False)]


def test_the_winners_time_told_differently_is_one_conflict_line_and_another_finishers_time_is_apart():
    event = made_up_event(
        "Amos Kiprotich won the city marathon on Sunday. Rain fell early. Crowds lined the course. "
        "The route passed the harbour. Kiprotich crossed the line in 2:08:12, a course record.",
        "Amos Kiprotich won the city marathon on Sunday. It was his first win. Organisers praised the volunteers. "
        "The Kenyan, 27, clocked 2:08:21 to take the title. Ruth Wanjiru was second in 2:09:40.",
        "Amos Kiprotich won the city marathon on Sunday. Kiprotich won in 2:08:12.",
    )
    times = [(f.value, f.status, sorted(c.source for c in f.citations)) for f in [*event.facts, *event.more_facts] if f.value.startswith("2:0")]
    assert sorted(times) == [
        ("2:08:12 / 2:08:21", "conflict", ["s1", "s2", "s3"]),  # the side more sources give first
        ("2:09:40", "single-source", ["s2"]),
    ]
    assert slots("She clocked 1:02:33 to win the half marathon.")["1:02:33"] == "time taken winner"
    assert slots("The winning time of 1:02:33 was a record.")["1:02:33"] == "time taken winner"
    assert slots("The defending champion won, but Mara Lind was third in 1:03:10.")["1:03:10"] == "time taken third"


def test_a_fraud_verdict_disagrees_where_its_sources_do_and_nowhere_else():
    """A made-up event of three sources: the investors ('1,200 investors' / 'Some 1,400 savers') and the fine
    ('fined ... €2 million' / 'a penalty of €2.5 million') are disputed; the term given and the term asked for,
    the pensioners among the investors and the investors who died since are not."""
    event = analysed_event(FIXTURES / "conflicts", "lumenta-fraud-verdict")
    figures = {f.label: (f.value, f.status, len(f.citations)) for f in [*event.facts, *event.more_facts] if f.kind == "number"}
    disputed = sorted((label, value) for label, (value, status, _) in figures.items() if status == "conflict")
    assert disputed == [("fine", "€2 million / €2.5 million"), ("number of investors", "1,200 / Some 1,400")]
    assert figures["prison term sought"] == ("nine years", "agreed", 3)
    assert figures["prison term (Petra Vossberg)"] == ("six years", "agreed", 3)
    assert figures["part of the investors"][:2] == ("eight", "single-source")
    assert figures["number of investors (pensioners)"][:2] == ("300", "single-source")


def test_a_quake_disagrees_on_its_magnitude_depth_and_injured_but_not_on_its_toll_or_the_parts_of_it():
    """A made-up event of three sources: the magnitude (6.3 / 6.1), the depth ('18 km' / 'put the depth at 10 km')
    and the injured (64 / about 70) are disputed; the toll of 11 is agreed whatever its parts ('Four of the dead',
    'two children were among the dead', 'Nine of the 11 victims'), and no depth is taken for a magnitude."""
    event = analysed_event(FIXTURES / "conflicts", "brenmoor-quake")
    figures = [f for f in [*event.facts, *event.more_facts] if f.kind == "number"]
    disputed = sorted((f.label, f.value) for f in figures if f.status == "conflict")
    assert disputed == [("depth (km)", "18 kilometres / 10 km"), ("injured", "about 70 / 64"), ("magnitude", "6.3 / 6.1")]
    toll = [f for f in figures if f.value in ("11", "Eleven")]
    assert [(f.status, len(f.citations)) for f in toll] == [("agreed", 3)]
    parts = {f.value: f.status for f in figures if f.value in ("Four", "two", "Nine")}
    assert parts == {"Four": "single-source", "two": "single-source", "Nine": "single-source"}


def test_how_a_vote_split_is_one_figure_whose_rival_splits_conflict():
    for said, words in (
        ("The council voted 6-3 to approve the budget.", "6-3"),
        ("The motion carried on a 6-3 vote.", "6-3"),
        ("The jury's ballot went 6-3 against the claim.", "6-3"),
        ("The board approved the merger by six votes to three.", "six votes to three"),
        ("Six directors voted in favour of the merger and three voted against it.", "Six directors voted in favour of the merger and three voted"),
    ):
        assert slots(said) == {words: "vote tally"}, said
    # a split of digits with no word of voting by it is a score, a range or a date, no vote
    assert "vote tally" not in slots("The visitors won 6-3 after extra time.").values()
    assert "vote tally" not in slots("He faces 6-10 years in prison.").values()
    assert conflicts("The council voted 6-3 to approve the budget.", "The budget passed on a narrow 5-4 vote.") == [["6-3", "5-4"]]
    assert conflicts("The council voted 6-3 to approve the budget.", "The budget was approved by six votes to three.") == []
    # one source's two votes are two figures, not a disagreement
    assert conflicts("The amendment failed 4-5 and the budget then passed 6-3 in a second vote.") == []


def test_votes_for_a_motion_are_one_count_whoever_is_said_to_cast_them():
    assert slots("The motion won 212 votes in favour and 190 against.")["212"] == "vote in favour"
    assert slots("Some 212 councillors voted for the motion.")["Some 212"] == "vote in favour"
    assert slots("212 delegates of the party congress voted in favour of the motion.")["212"] == "vote in favour"
    assert slots("We thank the 190 senators who voted against it.")["190"] == "vote against"
    assert conflicts("The motion won 212 votes in favour and 190 against.", "In the end 209 delegates voted for the motion.") == [
        ["212", "209"]
    ]
    # those for and those against are two figures, never one in dispute
    assert conflicts("212 delegates voted for the motion.", "190 delegates voted against the motion.") == []


def test_the_length_of_one_named_thing_told_two_ways_conflicts_but_a_further_one_stays_apart():
    assert slots("She joined the orchestra on a three-season deal.")["three-season"] == "period deal"
    assert slots("He agreed a contract of four seasons with the club.")["four seasons"] == "period contract"
    assert slots("Loan: 18 months, the club confirmed.")["18 months"] == "period loan"
    assert slots("Pilots staged a further 12-hour strike.")["12-hour"] == "period further strike"
    assert conflicts("The coach signed a three-year deal.", "The coach agreed a deal of four seasons, the paper says.") == [
        ["three-year", "four seasons"]
    ]
    assert conflicts("Deal: two years, the statement says.", "He has signed a two-season deal.") == []
    # the one the report is about and another one yet to come are two figures
    assert conflicts("Dockers began a 12-hour strike on Monday.", "The union threatened a further 36-hour strike next week.") == []
    # one source giving two lengths of it: two things, not one told two ways
    assert conflicts(
        "The first ban was a two-week ban; the club now faces a six-month ban.", "The player got a three-month ban.",
    ) == []


def test_people_said_to_work_somewhere_are_its_employees():
    assert slots("The mill, where 620 people work, will shut in May.")["620"] == "employee"
    assert slots("About 620 people worked there until the fire.")["About 620"] == "employee"
    assert slots("Some 620 people work at the depot.")["Some 620"] == "employee"
    assert conflicts("The mill, where 620 people work, will shut in May.", "The closure will affect 580 employees.") == [["620", "580"]]
    # people who work on something or as something are not counted as a firm's staff
    assert slots("About 620 people worked on the survey as volunteers.")["About 620"] != "employee"


def test_what_two_sources_lead_with_is_one_figure_though_one_gives_an_older_figure_further_down():
    lead_a = ("Border guards seized 2.3 tonnes of heroin hidden in a timber cargo on Friday.", "s1", 0)
    lead_b = ("Officers found 2.9 tonnes of the drug in the lorry, police said.", "s2", 1)
    older = ("The previous record haul, in 2019, was 1.4 tonnes.", "s2", 8)
    assert placed(lead_a, lead_b, older) == [["2.3 tonnes", "2.9 tonnes"]]
    # a source leading with two such figures: which of them the other's is cannot be told
    both = ("Guards found 2.9 tonnes in the lorry and 1.4 tonnes in a van.", "s2", 0)
    assert placed(lead_a, both) == []
    # figures further down in both are not what the reports are about
    assert placed(("Elsewhere, inspectors weighed 2.3 tonnes of seized goods.", "s1", 9), ("A separate raid yielded 2.9 tonnes of cannabis.", "s2", 9)) == []


def test_people_counted_by_other_nouns_conflict_when_the_same_deed_befell_them():
    assert slots("A mudslide trapped four hill walkers, one of whom was hurt.")["four"] == "walker hill"  # the last plural is the noun
    assert slots("Twelve crew members were on board.")["Twelve"] == "crew"  # not a member of a body
    stranded = ("The flood stranded 40 campers near the river, the sheriff said.", "s1", 1)
    for other in (
        ("Some 55 holidaymakers, most of whom were children, were stranded by the flood.", "s2", 1),
        ("The flood stranding 55 people was the worst in decades.", "s2", 1),
        ("About 55 people were briefly stranded.", "s2", 1),
    ):
        assert len(placed(stranded, other)) == 1, other
    # another deed, or things rather than people, or counts far apart are other figures
    assert placed(stranded, ("About 45 people were evacuated.", "s2", 1)) == []
    assert placed(stranded, ("The flood stranded 45 cars on the bridge.", "s2", 1)) == []
    assert placed(stranded, ("The flood stranded 400 tourists across the valley.", "s2", 1)) == []
    # a count that only says how many of a group there were is no deed
    assert placed(("The bus, including 40 pupils, was stranded.", "s1", 1), ("The flood stranded 55 people.", "s2", 1)) == []


def test_a_figure_most_sources_lead_with_is_what_a_lone_lead_figure_disputes():
    told = [("Four lorries were swept into the river.", "s1", 0), ("Four lorries fell when the road gave way.", "s2", 1)]
    deep = ("Divers later reached the four lorries.", "s3", 9)
    lone = ("Six lorries were on the road when it collapsed, a witness said.", "s4", 1)
    assert placed(*told, deep, lone) == [["Four", "Six"]]
    # told at the top by fewer than half of its sources, it is not what the reports are about
    assert placed(told[0], deep, ("Crews found the four lorries at dusk.", "s2", 8), lone) == []


def test_two_counts_of_people_something_befell_are_one_count_told_two_ways():
    def further_down(*texts: str) -> list[list[str]]:  # not in the leads: joined for what befell them alone
        return placed(*((text, f"s{n + 1}", 5) for n, text in enumerate(texts)))

    assert further_down("Police detained 18 people after the rally.", "Thirty people were arrested, the organisers said.") == [["18", "Thirty"]]
    assert further_down("Fire crews evacuated 150 residents from the block.", "A gas leak forced the evacuation of 260 residents.") == [["150", "260"]]
    # more than twice apart: another count ('18 on Friday', '60 over the weekend')
    assert further_down("Police detained 18 people near the station square.", "By Sunday night 30 people had been arrested across the city.") == [["18", "30"]]
    assert further_down("Police detained 18 people near the station square.", "By Sunday night 60 people had been arrested across the city.") == []
    # a source giving a third value near either tells counts of several things
    assert placed(
        ("Police detained 18 people near the station square.", "s1", 5),
        ("By Saturday night 30 people had been arrested across the city.", "s2", 5),
        ("In the suburbs 40 had been arrested.", "s2", 6),
    ) == []


def test_two_counts_of_people_the_reports_lead_with_are_one_count_told_two_ways():
    lead = ("Six convicts broke out of a jail in the north on Friday.", "s1", 0)
    other = ("Eight prisoners escaped from the jail late on Friday.", "s2", 0)
    assert placed(lead, other) == [["Six", "Eight"]]
    # the jail's capacity, further down, is far from both and no third telling
    assert placed(lead, other, ("The jail holds 900 inmates.", "s1", 4)) == [["Six", "Eight"]]
    # not in the leads: two counts of prisoners that may be of two things
    assert placed(("Six convicts were moved to another wing.", "s1", 6), ("Eight prisoners were moved on Friday.", "s2", 7)) == []


def test_what_befell_people_said_by_a_noun_before_or_a_need_after():
    assert slots("The leak forced the evacuation of 150 residents.")["150"] == "evacuated"
    assert slots("The raid led to the arrest of 12 people.")["12"] == "arrested"
    assert slots("About 90 people had to leave their homes.")["About 90"] == "evacuated"
    assert slots("Some 40,000 subscribers lost their connection.")["Some 40,000"] == "customer"
    assert slots("About 30 shoppers hid in the cold store.")["About 30"] == "customer"  # a shop's customers
    assert conflicts("In all 800,000 customers lost power.", "The outage left 950,000 users with no electricity.") == [["800,000", "950,000"]]


def test_two_sums_when_each_source_gives_one_are_one_sum_told_two_ways():
    stolen = ("Thieves got away with 300,000 dollars from the jeweller.", "s1", 5)
    other = ("The gang made off with about 500,000 dollars in cash and watches.", "s2", 5)
    assert placed(stolen, other) == [["300,000 dollars", "about 500,000 dollars"]]
    # another year's sum beside it is another time's figure, not a second sum of now
    figures = boxed_figures(
        "A jeweller was robbed on Monday. Thieves got away with 300,000 dollars from the shop.",
        "A jeweller was robbed on Monday. The gang made off with about 500,000 dollars in cash and watches. "
        "The same shop was raided in 2017, when a lone thief took 90,000 dollars.",
    )
    assert [status for value, status, _ in figures.values() if "300,000" in value and "500,000" in value] == ["conflict"]
    # more than twice apart, or a source giving two sums of now: sums of several things
    assert placed(stolen, ("The gang made off with about 900,000 dollars in cash and watches.", "s2", 5)) == []
    assert placed(stolen, other, ("Insurers paid out 420,000 dollars.", "s2", 8)) == []


def test_two_counts_of_things_their_clauses_say_the_same_befell_are_one_count_told_two_ways():
    flattened = ("A tornado flattened 40 barns across the county on Sunday.", "s1", 3)
    for other in (
        ("Some 55 barns were flattened, the farmers' union said.", "s2", 6),
        ("The storm, flattening 55 barns, moved east overnight.", "s2", 6),
    ):
        assert placed(flattened, other) == [["40", "Some 55" if other[0].startswith("Some") else "55"]], other
    # said as to be done: 'to shut', 'will shut', 'earmarked for', 'set to'
    shut = ("The bakery chain is to shut 30 outlets by June.", "s1", 2)
    for other in (
        ("Twenty-two outlets are set to shut, staff were told.", "s2", 2),
        ("It said 22 outlets will be shut.", "s2", 2),
    ):
        assert len(placed(shut, other)) == 1, other
    # a third count the source keeps apart by another deed is no rival, nor the whole the part is taken from
    assert placed(
        shut, ("Twenty-two outlets are set to shut, staff were told.", "s2", 2), ("The remaining 40 outlets will keep trading.", "s1", 4)
    ) == [["30", "Twenty-two"]]
    assert placed(("The chain runs 90 outlets.", "s1", 0), ("Twenty-two of its 90 outlets are set to shut.", "s2", 0)) == []
    # another deed, no deed, a counting verb, or more than twice apart: two figures
    assert placed(flattened, ("Some 55 barns were insured against storms.", "s2", 6)) == []
    assert placed(flattened, ("The county has 55 barns on its heritage list.", "s2", 6)) == []
    assert placed(("Floodwater reached 40 homes on the east bank overnight.", "s1", 4), ("By noon the river had reached 55 homes, residents said.", "s2", 4)) == []
    assert placed(flattened, ("Some 95 barns were flattened, the farmers' union said.", "s2", 6)) == []


def test_a_count_with_a_rival_told_with_its_deed_is_not_the_other_figure_a_source_leads_with():
    total = ("The retailer, which trades from 90 outlets, went bust on Monday.", "s1", 0)
    shut = ("The retailer will shut 30 outlets, its administrators said.", "s1", 5)
    other = ("Staff heard on Monday that 22 outlets are set to shut.", "s2", 0)
    assert placed(total, shut, other) == [["30", "22"]]
    # the parts of a whole two sources lead with are told apart by what sets them apart
    assert placed(("Four of the outlets to shut are in the old market district of the capital.", "s1", 0), ("Thirty of its 90 outlets are set to shut.", "s2", 0)) == []


def test_a_shop_is_a_store_and_a_residential_building_a_home():
    assert slots("The chain will close 12 shops.")["12"] == slots("The chain will close 14 stores.")["14"] == "store"
    assert slots("Nine residential buildings were destroyed.")["Nine"] == slots("Nine houses were destroyed.")["Nine"] == "home"


def test_a_source_telling_what_befell_people_of_one_kind_only_tells_its_toll_so():
    kind = ("A wall fell on the building site, injuring three site guards, the police said.", "s1", 0)
    toll = ("Five people were hurt when the wall collapsed.", "s2", 0)
    assert placed(kind, toll) == [["three", "Five"]]
    assert slots(kind[0])["three"] == "injured guard"  # what befell them said before a noun of two words too
    assert slots("The blast injured two night nurses.")["two"] == "injured nurse"
    # a kind told among a toll is a part of it, whoever tells it: no rival of the toll
    beside = ("Five people were hurt when the wall collapsed, among them three guards.", "s2", 0)
    assert placed(kind, beside) == []
    assert placed(kind, ("Seven people were hurt when the wall collapsed.", "s2", 0), ("Two guards were hurt too.", "s1", 5)) == []
    # more than twice apart: the kind is not the toll
    assert placed(kind, ("Nine people were hurt when the wall collapsed.", "s2", 0)) == []


def test_people_two_sources_count_at_their_top_one_of_them_only_as_people_are_one_count():
    freed = ("Police freed four hostages from a bank in the old town on Monday night.", "s1", 0)
    people = ("Seven people were locked in a vault for three hours before officers moved in.", "s2", 1)
    persons = ("The robber held four persons in the strongroom.", "s3", 1)
    assert placed(freed, people, persons) == [["four", "Seven"]]
    # two kinds of people, a count further down, or a source counting other people at its top: other counts
    assert placed(freed, ("Seven cashiers were locked in a vault for three hours before officers moved in.", "s2", 1)) == []
    assert placed(freed, ("Seven people were locked in a vault for three hours before officers moved in.", "s2", 8)) == []
    assert placed(freed, people, ("About 30 firefighters stood by.", "s2", 0)) == []


def test_people_who_ended_up_in_hospital_were_hospitalised():
    assert slots("Eleven climbers ended up in hospital with frostbite.")["Eleven"] == "hospitalised climber"
    assert slots("Eleven people ended up in hospital.")["Eleven"] == "hospitalised"
    assert slots("Eleven fans ended up in the away end.")["Eleven"] != "hospitalised fan"


def test_one_person_something_befell_is_a_toll_of_one():
    assert slots("The gas blast killed one farmer and hurt four others.")["one"] == "killed farmer"
    assert slots("One nurse died in the fire.")["One"] == "killed nurse"
    assert slots("Three climbers died; one person is still missing.")["one"] == "missing"
    assert slots("The flood swept away two cars, leaving one driver missing.")["one"] == "missing driver"
    assert slots("One member of the relief team lost his life.")["One"] == "killed member"
    # 'one' alone says no count: not of a person, nothing befalling them, or a part of others
    for text in ("It was one of the worst storms.", "One reason is the cost.", "One teacher praised the pupils.", "One in five patients waited."):
        assert "one" not in {w.lower() for w in slots(text)}, text
    assert [q for q in slots("A hundred and one people died.") if q.lower() == "one"] == []  # a word of a larger number
    # every source's toll of one is one fact
    figures = boxed_figures(
        "A gas blast hit a depot on Monday. The blast killed one farmer, the fire brigade said.",
        "A gas blast hit a depot on Monday. One man died at the scene.",
    )
    assert ("one", "agreed", ["s1", "s2"]) in figures.values()


def test_two_sums_one_source_gives_both_of_are_two_figures_wherever_told():
    both = "The painting fetched a bid of €2.2m, and €2.6m once the sale fees were added, the gallery said."
    first = "The winning bid for the painting was €2.2 million."
    second = "With fees the buyer will pay €2,600,000 for the painting."
    assert conflicts(both, first, second) == []
    assert conflicts(both, "The painting sold for €2,600,000.", first) == []
    # two sources each giving one sum, and none both, still disagree on it
    assert conflicts("The painting sold for €2.2m on Friday.", "The painting sold for €2.6m on Friday.") == [["€2.2m", "€2.6m"]]


def test_counts_each_source_leads_with_are_two_figures_when_different_things_befell_them():
    carried = ("The small ferry, carrying nine divers, tipped over near Gull Point.", "s1", 0)
    killed = ("A boat capsized off the headland on Sunday morning, drowning three divers.", "s2", 0)
    assert placed(carried, killed) == []
    # the same thing befalling them is one count told two ways
    assert placed(("The small ferry tipped over near Gull Point, drowning four divers.", "s1", 0), killed) == [["four", "three"]]


def test_others_counted_after_one_thing_named_count_that_one_too():
    whole = "The museum's autumn sale of 31 paintings raised a record sum."
    others = "Proceeds came from the Vermeer copy and 30 other paintings, many of them unsigned."
    assert conflicts(whole, others) == []
    assert [q.value for q in find_quantities(sentence(others))] == [31]
    # after a count, the others are not the whole of it: 'two guards and three other people' are five, not four
    assert [q.value for q in find_quantities(sentence("Two guards and three other people were hurt."))][-1] == 3


def test_two_measures_of_one_named_thing_in_one_unit_are_one_measure_told_two_ways():
    # the thing measured named by both, within twice: one measure in dispute, whatever the unit's spelling
    assert placed(
        ("A six-metre crocodile was seen near the jetty on Friday.", "s1", 0),
        ("Rangers said the crocodile was about five metres long.", "s2", 4),
        ("A five-metre crocodile, the rangers believe, had been in the river for weeks.", "s3", 3),
    ) == [["six-metre", "about five metres"]]
    assert placed(
        ("The meteorite, weighing 12 kilograms, landed in a barley field.", "s1", 1),
        ("A rock weighing 15 kilos fell on the barley field.", "s2", 1),
    ) == [["12 kilograms", "15 kilos"]]
    assert placed(
        ("Frost damaged about 600 hectares of orchards in the valley.", "s1", 0),
        ("Some 900 hectares of orchards were damaged, the growers' union said.", "s2", 2),
    ) == [["about 600 hectares", "Some 900 hectares"]]
    # the thing named as what the measure is said of ('the crocodile was about five metres long')
    six = ("A six-metre crocodile was seen near the jetty on Friday.", "s1", 0)
    assert placed(six, ("Rangers said the crocodile was about five metres long.", "s2", 4)) == [["six-metre", "about five metres"]]
    assert placed(six, ("Rangers said the jetty was about five metres long.", "s2", 4)) == []
    # two things measured in one unit, far apart, or a third measure of that thing near both: no dispute
    assert placed(
        ("A six-metre crocodile forced the closure of a six-kilometre stretch of river.", "s1", 0),
        ("A crocodile closed a six-kilometre stretch of river on Friday.", "s2", 0),
    ) == []
    assert placed(("A 2-metre crocodile was seen near the jetty.", "s1", 0), ("Rangers tagged a 7-metre crocodile upstream.", "s2", 3)) == []
    assert placed(
        ("A six-metre crocodile was seen on Friday; a five-metre crocodile was tagged last month.", "s1", 0),
        ("A five-metre crocodile was seen, rangers said.", "s2", 2),
    ) == []
    # a hedged measure whose interval holds the other is no dispute
    assert placed(("The boulder weighs more than 40 kilograms.", "s1", 1), ("A 46-kilogram boulder rolled down.", "s2", 1)) == []


def test_a_count_of_one_noun_the_same_befell_conflicts_whatever_the_tense_or_auxiliary():
    died = ("Five cows have died since the spill, the farmer said.", "s1", 4)
    for other in (
        ("Seven cows are already dead, vets say.", "s2", 3),
        ("Seven cows had died by Sunday.", "s2", 5),
    ):
        assert placed(died, other) == [["Five", "Seven"]], other
    # what befell them differs: two counts
    assert placed(died, ("Seven cows have been moved to a dry field.", "s2", 5)) == []
    # people who had to be treated are treated: one count in dispute, worded 'were' or 'had to be'
    assert conflicts(
        "Nine passengers were treated for shock at the station.", "Twelve passengers had to be treated for shock, the railway said.",
    ) == [["Nine", "Twelve"]]


def test_people_said_to_fall_ill_or_to_report_symptoms_are_one_count():
    assert slots("Forty students have fallen ill after the banquet.")["Forty"] == "ill student"
    assert slots("Officials said 52 people reported symptoms on Monday.")["52"] == "ill"
    assert slots("All 300 passengers on the ill-fated ferry were rescued.")["300"] != "ill"
    assert placed(
        ("Forty students have fallen ill after a banquet at the guildhall.", "s1", 0),
        ("Health officials said 52 people had reported symptoms after the banquet.", "s2", 1),
    ) == [["Forty", "52"]]


def test_a_count_of_a_kind_of_a_noun_disputes_the_nouns_count_when_the_same_befell_both():
    assert placed(
        ("Rangers said 34 bottlenose dolphins beached near the lighthouse on Friday.", "s1", 0),
        ("A total of 41 dolphins beached on the spit, the coastguard said.", "s2", 0),
    ) == [["34", "41"]]
    # a clause on what they are before the verb ('that were due from Calais') still says what befell them
    assert conflicts("Nine inbound ferries were cancelled.", "Officials said 12 ferries that were due from Calais were cancelled.") == [
        ["Nine", "12"]
    ]
    # not when something else befell them, nor when a source gives two counts of the noun with that deed
    assert conflicts("Rangers said 34 bottlenose dolphins beached.", "Some 41 dolphins were spotted offshore.") == []
    assert conflicts(
        "Rangers said 34 bottlenose dolphins beached.", "About 41 dolphins beached at Westhaven and 30 dolphins beached at Easthaven."
    ) == []
    # nor a part of them
    assert conflicts("Rangers said 34 bottlenose dolphins beached.", "Some 20 of the dolphins beached twice.") == []


def test_verbs_of_one_deed_count_one_thing_done():
    halted = ("The operator has switched off all 40 pumps of that design.", "s1", 3)
    for other in ("The operator halted 52 pumps of the same design.", "The utility shut down 52 pumps of that model.",
                  "It has stopped 52 pumps of the type."):
        assert placed(halted, (other, "s2", 4)) == [["40", "52"]], other
    assert placed(halted, ("Engineers inspected 52 pumps of the same design.", "s2", 4)) == []


def test_a_figure_joining_a_disagreement_goes_on_the_side_its_value_agrees_with():
    texts = ("About 8,200 households were told to boil their water.", "The notice went to 9,100 households.",
             "The firm said its notice covered 9,100 properties.")
    quantities = [q for n, t in enumerate(texts) for q in find_quantities(sentence(t, f"s{n + 1}"))]
    [(sides, conflict)] = [fact for fact in align_figures(quantities) if fact[1]]
    assert [sorted(q.shown for q in side.quantities) for side in sides] == [["9,100", "9,100"], ["About 8,200"]]


def test_latin_plurals_are_counted_nouns():
    assert slots("The pot held 2,045 bronze denarii.")["2,045"].startswith("denarii")
    assert conflicts("The hoard of 2,045 denarii is in the museum.", "Experts counted 2,054 denarii in the hoard.") == [["2,045", "2,054"]]


def test_people_taken_or_sent_to_hospital_by_a_verb_before_them_were_hospitalised():
    assert slots("Paramedics took 14 people to hospital.")["14"] == "hospitalised"
    assert slots("Crews sent six climbers to the Royal Infirmary.")["six"] == "hospitalised climber"
    assert slots("Six riders went to hospital, organisers said.")["Six"] == "hospitalised rider"
    assert slots("Six riders went to the fair.")["Six"] != "hospitalised rider"
    assert conflicts("Paramedics took 14 people to hospital.", "Seventeen people went to hospital.") == [["14", "Seventeen"]]


def test_a_temperature_below_zero_keeps_its_sign():
    [cold] = find_quantities(sentence("Overnight the thermometer showed minus 12C in the valley."))
    assert (cold.words, cold.value) == ("minus 12C", -12.0)
    [range_] = find_quantities(sentence("Highs of 3-6C are expected."))
    assert range_.value > 0
    [words] = find_quantities(sentence("Rescuers worked through the night in minus nine degrees."))
    assert (words.words, words.value, words.slot) == ("minus nine degrees", -9.0, "temperature °C")
    [named] = find_quantities(sentence("The gauge read minus 4 degrees Celsius at dawn."))
    assert (named.words, named.value) == ("minus 4 degrees", -4.0)
    [angle] = find_quantities(sentence("The ramp rises at 9 degrees."))
    assert angle.value == 9.0 and angle.slot != "temperature °C"


def test_a_body_counted_by_its_members_is_a_count_of_that_bodys_members():
    assert slots("A jury of five people will judge the entries.")["five"] == "member jury"
    assert slots("The seven-member board met on Monday.")["seven"] == "member board"
    assert slots("The panel, made up of nine members, reported on Friday.")["nine"] == "member panel"
    assert slots("A team of 40 firefighters was sent.")["40"] == "firefighter"  # counted by what they are, not as members
    # two bodies' counts, or a body's and people's, are never one count in dispute
    jury = ("A jury of five people will judge the entries.", "s1", 0)
    assert placed(jury, ("A press pool of four members followed the hearing.", "s2", 1)) == []
    assert placed(jury, ("Four people were allowed into the hearing.", "s2", 1)) == []
    # members said with no body may be that body's: one figure (the six a part of them, a figure of its own)
    assert aligned("The nine-member panel met on Monday.", "Six of the nine members backed the plan.") == [(["Six"], False), (["nine"], False)]


def test_one_count_of_people_told_by_a_noun_opening_like_a_share_is_aligned_as_a_count():
    """'personnel', 'persons' open as 'per cent' does: still a count, one figure with the same exact count of helpers."""
    told = [
        ("Around 450 volunteers searched the dunes on Sunday.", "Approximately 450 emergency personnel from the coastguard and the army are deployed."),
        ("Some 450 persons were evacuated from the camp.", "About 450 campers were evacuated."),
    ]
    for one, other in told:
        [(_, conflict)] = aligned(one, other)  # one figure, not two
        assert not conflict


def test_a_noun_each_source_counts_once_is_one_count_in_dispute_within_twice():
    def further_down(*texts: str) -> list[list[str]]:  # not in the leads, and told with no deed
        return placed(*((text, f"s{n + 1}", 6) for n, text in enumerate(texts)))

    closed = "At the hospital 14 wards are out of bounds."
    assert further_down(closed, "Only 14 wards remain unusable.", "The trust says 20 wards cannot be used.") == [["14", "20"]]
    # more than twice apart: two counts ('14 wards' out of bounds, '40 wards' in the building)
    assert further_down(closed, "Built in 1970, the block was designed with 40 wards.") == []
    # a source counting the noun twice tells two things of it
    assert further_down(closed, "The trust says 20 wards cannot be used, and 8 wards reopened on Monday.") == []
    # small counts are often of two sets of one thing ('you see two blades', 'one of the three blades')
    assert further_down("At the hospital 4 wards are out of bounds.", "The trust says 6 wards cannot be used.") == []
    # a count told with a deed is what befell it: 'shut 14 wards' is no rival of '20 wards' in the plans
    assert further_down("Inspectors shut 14 wards at the hospital.", "The new wing will add 20 wards.") == []


def test_two_tellers_values_in_one_source_are_one_figure_in_dispute():
    agreed = ("About 40,000 homes were disconnected overnight, the utility said.", "s2", 0)
    utility = ("Northgrid Power says about 40,000 homes were disconnected.", "s1", 4)
    residents = ("Residents' groups, which log every outage street by street, make it closer to 60,000 homes.", "s1", 5)
    assert placed(agreed, utility, residents) == [["about 40,000", "60,000"]]
    according = ("According to the fire brigade, 70 tonnes of grain burned.", "s1", 3)
    owner = ("The mill's owner, Ilse Brandt, puts the loss at 50 tonnes.", "s1", 6)
    assert placed(according, owner) == [["70 tonnes", "50 tonnes"]]
    # one teller giving two values tells two figures ('40,000 homes' overnight, '60,000 homes' by noon)
    again = ("Northgrid Power says 60,000 homes were without power by noon.", "s1", 5)
    assert placed(agreed, utility, again) == []
    # a teller named by a pronoun only may be the other one
    pronoun = ("She said the figure was closer to 60,000 homes.", "s1", 5)
    assert placed(agreed, utility, pronoun) == []
    # told with two deeds, the values are of two things ('were disconnected', 'were reconnected')
    reconnected = ("Residents' groups make it 60,000 homes that were reconnected by noon.", "s1", 5)
    assert placed(agreed, utility, reconnected) == []
    # two tellers' figures, neither valuing the other's, are of two things ('jobs' at the plant, 'jobs' in the region)
    cut = ("The company said it would cut 900 jobs.", "s1", 2)
    for region in (
        "Economists at Fairhaven University say about 1,400 jobs in the region depend on the plant.",
        "Economists estimate that the closure puts at risk around 1,400 jobs in the region.",
    ):
        assert placed(("The plant's 900 jobs will go.", "s2", 0), cut, (region, "s1", 7)) == [], region


def test_what_a_vehicle_can_carry_is_no_third_telling_of_those_it_carried():
    freed = ("Rescuers freed 25 people from a stalled gondola on Friday evening.", "s1", 0)
    stuck = ("Twenty people, most of them hotel guests, spent almost three hours stuck above the valley.", "s2", 0)
    holds = ("The cabin, which can carry 30 people, stopped halfway up.", "s2", 1)
    assert placed(freed, stuck, holds) == [["25", "Twenty"]]


def test_a_noun_and_a_kind_of_it_each_source_counts_once_are_one_count_in_dispute():
    def further_down(*texts: str) -> list[list[str]]:  # not in the leads
        return placed(*((text, f"s{n + 1}", 6) for n, text in enumerate(texts)))

    kind = "The reserve is a landscape of 44 stone windmills on the ridge."
    assert further_down(kind, "The protected area includes 38 windmills and two chapels.") == [["44", "38"]]
    # small counts are often of two sets of one thing
    assert further_down("The reserve is a landscape of 4 stone windmills.", "The area includes 6 windmills.") == []
    # a count told with a deed is what befell it, no rival of a count told with none
    assert further_down("Storms toppled 44 stone windmills on the ridge.", "The protected area includes 38 windmills.") == []
    # a source counting the noun twice tells two things of it
    assert further_down(kind, "The area includes 38 windmills, and 12 windmills stand in ruins nearby.") == []


def test_places_in_a_series_are_no_counts_told_two_ways():
    def further_down(*texts: str) -> list[list[str]]:
        return placed(*((text, f"s{n + 1}", 6) for n, text in enumerate(texts)))

    # the 14th floor and the 16th are two floors, though near as counts would be
    assert further_down("Firefighters brought the cabin level with the 14th floor.", "Ms Odum, who works on the 16th floor, was inside.") == []
    # alike sentences giving two places of one thing disagree on it
    assert further_down("The blaze broke out on the 14th floor.", "The blaze broke out on the 15th floor.") == [["14th", "15th"]]


def lines(*said: tuple[str, str, int]) -> list[tuple[list[str], bool]]:
    """The figures' lines, each as the sources it cites and whether it is a conflict; each sentence given as (text,
    source, its index in the source)."""
    quantities = [q for text, source, index in said for q in find_quantities(sentence(text, source, index))]
    return sorted((sorted({q.sentence.source for g in groups for q in g.quantities}), conflict) for groups, conflict in align_figures(quantities))


def test_one_value_told_of_one_thing_in_other_words_is_one_line():
    # a value few figures share by chance, whatever noun or verb tells it
    assert lines(("Doctors treated 17 people at the scene.", "s1", 3), ("Seventeen people were hurt in the collision.", "s2", 0)) == [(["s1", "s2"], False)]
    assert lines(("Rescuers pulled 23 people from the rubble.", "s1", 3), ("Some 23 residents were trapped under the debris.", "s2", 4)) == [(["s1", "s2"], False)]
    # a round value, of people the same befell, though a source tells it twice in other words
    assert lines(
        ("Two hikers were killed by the rockfall.", "s1", 0), ("The two dead were from Graz.", "s1", 4), ("Two people died on the ridge on Sunday.", "s2", 0),
    ) == [(["s1", "s2"], False)]
    # a measure in one unit, of one thing or of a thing only one source names
    assert lines(("The cargo ship sank in 48 metres of water.", "s1", 0), ("Divers reached the hull, which rests 48 metres down, on Sunday.", "s2", 5)) == [(["s1", "s2"], False)]
    # a length of time, whatever verb says what lasted it
    for told in (
        (("Police kept the mountain pass closed for around seven hours while cranes lifted the lorry.", "s1", 4),
         ("Holidaymakers heading north stayed stuck in their cars for more than seven hours, motoring groups said.", "s2", 5)),
        (("Organisers halted the stage for around twenty minutes as ambulances reached the crash.", "s1", 4),
         ("The race was neutralised for about 20 minutes, the commissaires announced.", "s2", 5)),
        (("Sewage flowed into the bay for around nine hours before engineers repaired the pump.", "s1", 4),
         ("The duration of the discharge was roughly nine hours, regulators found.", "s2", 5)),
    ):
        assert lines(*told) == [(["s1", "s2"], False)], told


def test_one_value_of_two_things_stays_two_lines():
    # what befell them tells them apart, however alike the sentences
    assert lines(("Two hikers were killed by the rockfall.", "s1", 0), ("Two hikers were injured by the rockfall.", "s2", 0)) == [(["s1"], False), (["s2"], False)]
    # a round value, nothing said of what befell them
    assert lines(("Police found two display cases smashed.", "s1", 3), ("Two men were seen leaving the building.", "s2", 4)) == [(["s1"], False), (["s2"], False)]


def test_where_a_thing_lies_is_its_depth_or_altitude_not_a_point_on_a_course():
    assert slots("The sunken barge rests at 31 metres, divers said.")["31 metres"] == "depth m"
    assert slots("Its hull is lying at about 22 metres on the lake bed.")["about 22 metres"] == "depth m"
    assert slots("The mountain hut sits at 2,450 metres above the valley.")["2,450 metres"] == "altitude m"
    assert conflicts(
        "Divers say the trawler lies at a depth of 36 metres.", "The trawler, which sank in 1952, lies at 41 metres."
    ) == [["36 metres", "41 metres"]]
    assert "12 km" not in slots("Volunteers hand out water at 12 km.")  # a point on a course, still


def test_a_length_said_of_a_thing_named_before_it_is_the_things_length_wherever_it_lies():
    said = slots("Crews are digging a trench of about 4.5 kilometres south-west of the village.")
    assert said["about 4.5 kilometres"] == "length km"
    assert conflicts(
        "The ridge cracked along a trench some 3.9 kilometres long.",
        "Crews are digging a trench of about 4.5 kilometres south-west of the village.",
    ) == [["some 3.9 kilometres", "about 4.5 kilometres"]]
    assert slots("The farm lies 6 km north of the village.")["6 km"] == "distance km"  # no thing of that length
    assert slots("The epicentre was at a distance of 9 km east of the port.")["9 km"] == "distance km"


def test_things_that_missed_stayed_or_were_left_behind_are_one_count_in_dispute():
    sides = conflicts(
        "Some 2,600 parcels missed the last van, the courier said. By noon 1,500 parcels had been sent on.",
        "About 2,600 parcels were left behind at the depot.",
        "A union official said 4,100 parcels stayed in the warehouse.",
    )
    assert sides == [["Some 2,600", "4,100"]]
    assert conflicts("Some 40 climbers were stranded on the ridge.", "Two climbers are missing, rescuers said.") == []


def test_figures_whose_digits_differ_by_two_neighbours_swapped_are_one_figure_in_dispute():
    assert conflicts(
        "The festival received 263 films from 40 countries.", "There were 236 submissions this year, organisers said."
    ) == [["263", "236"]]
    assert conflicts("In all 318 runners lined up at the start.", "There were some 381 runners in the field.") == [["318", "some 381"]]
    # not people beside things, two deeds, a source telling both nouns, small or non-neighbouring swaps
    assert conflicts("Police evacuated 152 homes.", "About 125 people were treated.") == []
    assert conflicts("Crews evacuated 152 homes.", "About 125 flats were flooded.") == []
    told_both = placed(("The fair had 263 stalls and 80 food vans.", "s1", 5), ("There were 236 food vans.", "s2", 6))
    assert not any("263" in sides for sides in told_both)
    assert conflicts("The harbour has 23 berths.", "There are 32 moorings.") == []
    assert conflicts("There were 416 bikes on sale.", "There were 614 helmets on sale.") == []


def test_the_same_sum_in_two_currencies_is_no_agreement():
    assert conflicts("The jury awarded the quartet a prize of CHF 25,000.", "The quartet took home the €25,000 prize.") == [
        ["CHF 25,000", "€25,000"]
    ]
    assert conflicts("The sale raised NOK 2.6bn for the port.", "The sale raised 2.6 billion euros for the port.") != []
    # a dollar said with no country is any dollar: a Canadian paper's '$' is the 'CAD' of another
    assert conflicts("The college faces a deficit of CAD 7.4 million.", "It faces a $7.4 million deficit.") == []
    # one currency written two ways, or a currency this table does not know, is one sum
    assert conflicts("The mayor offered a reward of 40 million pesos.", "A reward of COP 40 million was offered.") == []
    assert conflicts("The repairs will cost €3.2m.", "The repairs will cost 3.2 million euros.") == []


def test_currencies_are_told_apart_by_what_they_are_said_as_a_code_a_symbol_or_a_word():
    # two currencies on one sum of one thing: one of them is wrong
    assert conflicts("The council fined the hauler PLN 85,000 for the spill.", "The hauler was fined €85,000 for the spill.") == [
        ["PLN 85,000", "€85,000"]
    ]
    assert conflicts("The dairy was fined 85,000 forints over the leak.", "The dairy was fined $85,000 over the leak.") != []
    assert conflicts("The ferry firm was fined SEK 250,000.", "The ferry firm was fined DKK 250,000.") != []
    # one currency, said as a code, a symbol or a word; a crown said alone may be any crown
    assert conflicts("Each driver was fined 500 zł.", "Each driver was fined 500 zlotys.", "Drivers face a PLN 500 fine.") == []
    assert conflicts("A day pass costs 1,200 Kč.", "A day pass costs CZK 1,200.", "The pass costs 1,200 Czech crowns.") == []
    assert conflicts("The prize is worth 250,000 crowns.", "The winner takes home NOK 250,000.", "It is a 250,000 kr prize.") == []


def test_a_sum_and_its_conversion_into_another_currency_are_one_sum():
    assert conflicts("The club was fined NOK 60 million (about $5.7 million) on Monday.", "The club must pay a $5.7 million fine.") == []
    converted = find_quantities(sentence("The club was fined 60 million Norwegian crowns ($5.7 million)."))
    assert [q.words for q in converted] == ["60 million Norwegian crowns ($5.7 million)"]
    # told by two sources, each in its own currency
    assert conflicts("The club was fined NOK 60 million on Monday.", "The club was fined about $5.7 million on Monday.") == []
    assert conflicts("The mill was sold for 2.4 billion forints.", "The mill was sold for €6.1 million, the buyer said.") == []


def test_a_count_of_each_side_is_no_rival_of_a_whole_multiple_of_it():
    # sentences alike but for their count: 'four trustees from each town' is not the board's 'eight trustees'
    figures = boxed_figures(
        "A new river board will run the weir, with four trustees from each town.",
        "The deal sets up a new river board of eight trustees, four named by each town, to run the weir.",
        "A new river board of eight trustees, four per town, will run the weir from spring.",
    )
    assert not [value for value, status, _ in figures.values() if status == "conflict"], figures
    assert conflicts("The bakery will cut 40 jobs at each of its three shops.", "The bakery will cut 120 jobs.") == []
    # a count of each against one that is no whole multiple of it still disagrees
    assert conflicts("The bakery will cut 40 jobs at each of its three shops.", "The bakery will cut 100 jobs.") != []


def test_a_places_population_is_no_rival_of_some_of_its_people():
    # 'a town of about 180,000 people' against '150,000 people were eligible to vote': all who live there and some of them
    figures = boxed_figures(
        "Marlow Vale, a town of about 180,000 people, elected a new mayor on Sunday.",
        "About 150,000 people were eligible to vote in Marlow Vale on Sunday.",
    )
    assert not [value for value, status, _ in figures.values() if status == "conflict"], figures
    # two populations of the town still disagree
    assert [status for _, status, _ in boxed_figures(
        "Marlow Vale, a town of about 180,000 people, elected a new mayor on Sunday.",
        "Marlow Vale, a town of 120,000 people, elected a new mayor on Sunday.",
    ).values()].count("conflict") == 1


def test_how_long_two_people_did_something_is_no_period_in_dispute():
    assert conflicts(
        "A cook who has worked at the Dock Road canteen for 14 years said the news came by email.",
        "I worked at the canteen chain for five years before I retrained as a nurse.",
    ) == []
    # how long one named thing lasts, told once by each source, still disagrees
    assert conflicts("The striker signed a contract of four years.", "The striker signed a six-year contract.") != []


def test_a_sum_told_as_a_part_of_a_larger_one_is_no_rival_of_another_sum():
    budget = "The ring road was finished at a cost of £96m, well above the £88m set aside in 2021."
    assert conflicts(budget, "In all the ring road cost £96 million, of which £81 million came from the county council.") == []
    # a sum told whole still disagrees with one near it
    assert conflicts(budget, "The county had set aside £81 million for the ring road in 2021.") != []


def test_a_figure_told_of_each_one_is_no_rival_of_their_total():
    assert conflicts("Each of the 12 families will receive €20,000 in compensation.", "The families will share €240,000 in compensation.") == []
    assert conflicts("The mill will shed 300 jobs at each of its two sites.", "The mill will shed 600 jobs in all.") == []
    assert conflicts("The levy is €250 per lorry.", "Hauliers were charged a total of €300.") == []
    # two figures each told of each one, or told with no word of either, still disagree
    assert conflicts("Each of the 12 families will receive €20,000.", "Every family will get €25,000.") != []
    assert conflicts("The mill will shed 300 jobs at each of its two sites.", "The mill will shed 500 jobs.") != []


def test_a_measure_written_in_words_and_converted_in_brackets_is_one_measure():
    assert [q.words for q in find_quantities(sentence("Dead trout were found along nine kilometres (almost six miles) of the river."))] == [
        "nine kilometres"
    ]
    assert conflicts(
        "Dead trout were found along nine kilometres (almost six miles) of the river.", "Dead trout lay along 9 km of the river."
    ) == []


def test_the_same_number_in_two_units_of_one_length_is_no_agreement():
    assert conflicts(
        "Removing the weir opened up 17 km of spawning grounds.", "The works reopen 17 kilometres of stream.",
        "Crews freed 17 miles of the stream for trout.",
    ) == [["17 km", "17 miles"]]
    # a conversion is another number; a small number in two units may be two things
    assert conflicts("Removing the weir opened up 17 km of spawning grounds.", "Crews freed 11 miles of the stream.") == []
    assert conflicts("The 6 m weir was built in 1920.", "The weir lies 6 miles upstream of the port.") == []


def test_a_measure_one_slip_away_in_miles_or_mph_is_one_measure_in_dispute():
    # its number kept under the other unit's name, converted the wrong way, or a Scandinavian mil told as a mile
    assert conflicts("Oil from the barge spread along about 8 km of the canal.", "Oil from the barge spread along over 8 miles of the canal.") == [
        ["about 8 km", "over 8 miles"]
    ]
    assert conflicts("The landslide blocked about 30 km of the coast road.", "The landslide blocked more than 48 miles of the coast road.") == [
        ["about 30 km", "more than 48 miles"]
    ]
    assert conflicts("The research balloon climbed to an altitude of 350 kilometres.", "The research balloon climbed to an altitude of 35 miles.") == [
        ["350 kilometres", "35 miles"]
    ]
    assert conflicts("Gusts reached 80 km/h on the pier.", "Gusts of 129 mph battered the pier.") == [["80 km/h", "129 mph"]]
    # a correct conversion agrees; lengths of things told in sentences sharing no word are two lengths
    assert conflicts("The relay covered about 100 km of the valley.", "The relay covered 62 miles of the valley.") == []
    assert conflicts("The ferry crossing to the island is 8 km.", "The lighthouse stands 8 miles up the coast.") == []


def test_a_length_in_feet_is_read_as_one_in_metres_is_and_a_plain_measure_joins_the_side_of_its_unit():
    """Made up: 'a 35-foot' and '35ft' are lengths as 'a 35-metre' is; '35 metres of steel' said with no word of
    what it measures goes on the metres side of the dispute, not the side of the same number in feet."""
    assert slots("Crews lifted a 35-foot footbridge over the canal.")["35-foot"] == "length ft"
    assert slots("The footbridge is 35ft (roughly 11m) long.")["35ft"] == "length ft"
    assert slots("A 6-foot-tall fence was built.")["6-foot-tall"] == "height ft"
    assert aligned(
        "Crews lifted a 35-foot footbridge over the canal on Sunday.",
        "The footbridge over the canal is 35 metres long.",
        "The 35 metres of steel of the footbridge span the canal.",
    ) == [(["35 metres", "35-foot"], True)]


def test_each_side_of_a_measure_in_two_units_shows_its_unit():
    figures = boxed_figures("She swam the full 64 kilometres of the lake on Saturday.", "Her 64-mile swim across the lake ended on Saturday.")
    assert [value for value, status, _ in figures.values() if status == "conflict"] == ["64 kilometres / 64-mile"]


def test_a_figure_misheard_in_the_teens_or_the_tens_is_one_figure_in_dispute():
    assert placed(
        ("Its owners will put sixteen boats on the lake routes by June.", "s1", 0),
        ("The ferry line will put 60 new boats into service.", "s2", 0),
        ("Its fleet will then count 240 boats.", "s2", 1),
    ) == [["sixteen", "60"]]
    assert conflicts(
        "Repairing the bridge cost €17.4 million, of which the state paid €5 million.", "Officials put the bill at 70.4 million euros."
    ) == [["€17.4 million", "70.4 million euros"]]
    # round counts further down, not both told first, may be two things
    assert placed(("Only 13 boats sail in winter.", "s1", 7), ("The harbour has room for 30 boats.", "s2", 7)) == []


def test_a_round_figure_one_side_leads_with_is_misheard_by_a_source_telling_it_further_down():
    """Made up: one source leads with 'fourteen' stray kayaks, another tells '40' of them far down: one count misheard;
    not when the other is a whole something holds ('has 40 wards' beside 'fourteen wards' closed)."""
    assert placed(
        ("Wardens collecting rubbish on the dunes on Sunday found fourteen abandoned kayaks.", "s1", 0),
        ("What surprised me most: 40 abandoned kayaks.", "s2", 9),
    ) == [["fourteen", "40"]]
    assert placed(
        ("Inspectors shut fourteen wards at the city hospital on Monday.", "s1", 0),
        ("Built in 1974, its main block has 40 wards.", "s2", 8),
    ) == []


def test_the_subjects_of_a_study_studied_examined_or_recruited_are_one_count():
    """Made up: a study's households 'studied' by one source, 'examined' and 'recruited' by others are one count, so
    'sixteen' and '60' of them are one figure misheard, not two deeds."""
    assert placed(
        ("The survey team studied 60 households in the valley, the university said.", "s1", 1),
        ("The paper examined 16 households from the valley.", "s2", 1),
        ("Its authors recruited sixteen households and took water samples.", "s3", 5),
    ) == [["16", "60"]]


def test_a_bound_denied_is_the_other_bound():
    assert slots("No more than 30 guests were admitted.") == {"No more than 30": "guest"}
    assert conflicts("No more than 30 guests were admitted.", "About 28 guests were admitted.") == []
    assert conflicts("No more than 30 guests were admitted.", "More than 40 guests were admitted.") == [["No more than 30", "More than 40"]]
    assert conflicts("Not fewer than 40 guests were admitted.", "Some 36 guests were admitted.") == [["Not fewer than 40", "Some 36"]]


def test_a_count_of_one_noun_with_two_digits_swapped_is_one_count_in_dispute():
    assert placed(
        ("Its managers said 1.3 million people walked through the doors in 2025.", "s1", 5),
        ("A tourism board survey found that 3.1 million people had come.", "s2", 5),
    ) == [["1.3 million", "3.1 million"]]
    assert placed(
        ("Its managers said 1.3 million people walked through the doors in 2025.", "s1", 5),
        ("A tourism board survey found that 1.8 million people had come.", "s2", 5),
    ) == []


def test_a_measure_bounding_a_class_of_things_is_the_bound_itself():
    assert conflicts("From June, lorries over 12 tonnes may not cross the old bridge.", "Trucks heavier than 12 tonnes are barred from the bridge.") == []
    assert slots("Boats under 15 metres may still fish there.") == {"under 15 metres": "m"}
    # after a verb it is a hedge: more than the figure
    assert conflicts("The crane weighs over 12 tonnes.", "The crane weighs 12 tonnes.") == [["over 12 tonnes", "12 tonnes"]]


def test_one_class_bound_told_two_ways_is_one_bound():
    assert aligned(
        "The council banned lorries over 12 tonnes from the old bridge on Monday.",
        "Trucks weighing more than 12 tonnes may no longer cross the old bridge.",
        "Since Monday, lorries of more than 12 tonnes are barred from the bridge.",
    ) == [(["over 12 tonnes"], False)]


def test_a_present_verb_after_an_adverb_bounds_no_class():
    # 'brings' after 'rarely' is a verb, not a plural: 'more than 70 km/h' is a hedge, which the gust of 95 km/h fits
    (normal,) = find_quantities(sentence("A normal summer storm at the harbour rarely brings more than 70 km/h.", "s2"))
    assert normal.low > 70 and normal.high > 95
    assert placed(
        ("The weather office measured gusts of 95 km/h at the pier.", "s1", 0),
        ("At 06:10 the pier station recorded a peak gust of 95 km/h.", "s2", 2),
        ("A normal summer storm at the harbour rarely brings more than 70 km/h.", "s2", 3),
        ("Gusts of up to 95 km/h were measured at the pier station.", "s3", 0),
    ) == []


def test_a_shortfall_is_a_deficit():
    assert conflicts(
        "The trust expects an operating deficit of €8.4 million next year and will spend €2 million on repairs.",
        "Its spring budget showed a shortfall of €6.1 million.",
    ) == [["€8.4 million", "€6.1 million"]]



def test_counts_recorded_logged_or_counted_are_one_count_in_dispute():
    assert placed(
        ("Its operator said the rink recorded about 52,000 visits in the winter.", "s1", 6),
        ("Skaters' groups say their volunteers counted more than 80,000 visits.", "s2", 6),
    ) == [["about 52,000", "more than 80,000"]]
    # what is hoped for is not what was counted
    assert placed(
        ("Its operator said the rink recorded about 52,000 visits in the winter.", "s1", 6),
        ("The new roof should attract 80,000 visits a season, planners hope.", "s2", 6),
    ) == []


def test_a_sources_one_value_sides_with_the_value_it_agrees_with_not_a_near_one_told_beside_it():
    said = (
        "The council voted on Monday to raise the yearly parking permit from €240 to €270.",
        "The yearly parking permit will cost €270, up from €240, the council decided on Monday.",
        "Drivers will pay just over €260 a year for a permit after the council's vote on Monday.",
    )
    assert aligned(*said) == [(["€240"], False), (["€270"], False)]  # 'just over €260' is a retelling of €270


FALL = "The climber Mara Ostlund, 34, fell twenty metres on the Vinter ridge above Skogby on Saturday. "
TARNBY = FALL + "Ostlund was flown by helicopter to the Regional Hospital Tarnby with a broken leg."


def test_the_hospital_one_patient_was_taken_to_told_two_ways_is_a_conflict_but_two_patients_or_a_transfer_are_not():
    """One patient taken to a hospital in Tarnby by two sources and in Hallsberg by a third ('She was airlifted ...',
    the patient named the sentence before): one place in dispute. Another patient taken elsewhere, or a source telling
    both hospitals (a transfer), is no rival."""
    def places(*bodies: str) -> list[tuple[str, str, str, list[tuple[str, str | None, bool]]]]:
        return [(f.label, f.value, f.status, [(c.source, c.value, c.disagrees) for c in f.citations])
                for f in made_up_event(*bodies, title="Made up").facts if f.kind == "place" and f.label == "hospital"]

    hallsberg = FALL + "She was airlifted to the University Clinic Hallsberg with a broken leg, the rescue service said."
    assert places(TARNBY, TARNBY, hallsberg) == [("hospital", "Tarnby / Hallsberg", "conflict", [
        ("s1", "Regional Hospital Tarnby", False), ("s2", "Regional Hospital Tarnby", False), ("s3", "University Clinic Hallsberg", True)])]
    partner = FALL + "Her partner, Ivo Renner, was taken to the University Clinic Hallsberg with a broken leg."
    assert places(TARNBY, TARNBY, partner) == []
    transfer = TARNBY + " Ostlund was later transferred to the University Clinic Hallsberg."
    assert places(TARNBY, transfer, hallsberg) == []


def test_the_hospital_one_unnamed_patient_was_taken_to_told_two_ways_is_a_conflict_but_two_patients_are_not():
    """A patient told by the head of the subject ('The injured bus driver was taken to ...') is one patient across
    sources; a driver and a passenger are two."""
    crash = "A lorry hit a school bus on the Merle road near Tollby on Monday morning. "
    tarnby = crash + "The injured bus driver was taken to the Regional Hospital Tarnby with a head wound."
    hallsberg = crash + "The bus driver was taken to the University Clinic Hallsberg with a head wound."
    assert boxed("place", tarnby, tarnby, hallsberg)["hospital"] == ("Tarnby / Hallsberg", "conflict", ["s1", "s2", "s3"])
    passenger = crash + "A passenger was taken to the University Clinic Hallsberg with a broken arm."
    assert "hospital" not in boxed("place", tarnby, tarnby, passenger)


def test_the_hospital_a_patient_told_only_by_a_pronoun_was_taken_to_told_two_ways_is_a_conflict_but_a_he_and_a_she_are_not():
    """A patient told only as 'he' ('He was flown to the Clinical Centre of Vestland in Tarnby', 'a helicopter flew him
    to a hospital in Hallsberg', 'He was admitted to ...') is one patient across sources, the hospital named by the town
    after its 'in'; a 'he' and a 'she' are two patients."""
    fall = "A kayaker capsized in the Orm gorge below Skogby on Saturday and was pulled from the water by two anglers. "
    tarnby = fall + "He was flown to the Clinical Centre of Vestland in Tarnby with a broken arm."
    hallsberg = fall + "A rescue helicopter later flew him to a hospital in Hallsberg with a broken arm."
    assert boxed("place", tarnby, tarnby, hallsberg)["hospital"] == ("Tarnby / Hallsberg", "conflict", ["s1", "s2", "s3"])
    admitted = fall + "He was admitted to the District Hospital Hallsberg with a broken arm."
    assert boxed("place", tarnby, tarnby, admitted)["hospital"] == ("Tarnby / Hallsberg", "conflict", ["s1", "s2", "s3"])
    she = fall + "She was then flown to a hospital in Hallsberg with a broken arm."
    assert "hospital" not in boxed("place", tarnby, tarnby, she)


def test_two_hospitals_of_their_own_names_in_one_town_told_for_one_unnamed_patient_are_a_conflict():
    """'Harwell General Infirmary' by two sources, 'the St Anselm Infirmary in Harwell' by two others: two hospitals of
    their own names, one town. The patient told as 'the man, a ...', 'the patient', 'he' is one patient across sources;
    'a hospital in Harwell' against 'the St Anselm Infirmary in Harwell' is the town and a hospital in it, no rival."""
    fall = "A walker slipped on the Brack ridge above Selby on Sunday and broke his hip. "
    general = fall + "The man, a 68-year-old Dane, was flown by Mountain Rescue helicopter to Harwell General Infirmary."
    general_again = fall + "The patient was airlifted to Harwell General Infirmary, where he is in a serious condition."
    anselm = fall + "He was taken by the Air Ambulance to the St Anselm Infirmary in Harwell city."
    anselm_again = fall + "A rescue team carried him down, and the man was brought to the St Anselm Infirmary in Harwell."
    assert boxed("place", general, general_again, anselm, anselm_again)["hospital"] == (
        "Harwell General Infirmary / St Anselm Infirmary", "conflict", ["s1", "s2", "s3", "s4"])
    town = fall + "He was flown to a hospital in Harwell."
    assert "hospital" not in boxed("place", town, town, anselm, anselm_again)


TRIAL = "A court in Ghent on Tuesday convicted three people over the collapse of the timber trader Varlo Hout. "
INSIDE = TRIAL + "The firm's former finance director, Saskia Meulenbelt, was given a two-year suspended sentence."
OUTSIDE = TRIAL + "Saskia Meulenbelt, the firm's external auditor, was given a two-year suspended sentence."


def test_a_person_told_inside_a_body_and_outside_it_is_in_dispute_but_two_roles_inside_it_are_not():
    """'the firm's finance director' and 'the firm's external auditor' (or one 'who acted as' it) cannot both be true:
    the person boxed in dispute on the role. Two roles inside the firm (a founder, a finance director) are no rivals,
    nor is a source naming the other role anywhere."""
    def people(*bodies: str) -> list[tuple[str, str, list[tuple[str, str | None, bool]]]]:
        return [(f.value, f.status, [(c.source, c.value, c.disagrees) for c in f.citations])
                for f in made_up_event(*bodies, title="Made up").facts if f.kind == "person" and "Meulenbelt" in f.value]

    assert people(INSIDE, INSIDE, OUTSIDE) == [("Saskia Meulenbelt (finance director / external auditor)", "conflict", [
        ("s1", "finance director", False), ("s2", "finance director", False), ("s3", "external auditor", True)])]
    acted = TRIAL + "Saskia Meulenbelt, who acted as the firm's external auditor, was given a two-year suspended sentence."
    assert people(INSIDE, OUTSIDE, acted)[0][2][-1] == ("s3", "external auditor", False)
    founder = TRIAL + "Saskia Meulenbelt, the firm's founder, was given a two-year suspended sentence."
    assert [status for _, status, _ in people(INSIDE, INSIDE, founder)] == ["agreed"]
    assert [status for _, status, _ in people(INSIDE + " The external auditor was not charged.", OUTSIDE, OUTSIDE)] == ["agreed"]


CUBESAT = "The student satellite Tarn-1 sent its first signal on Monday after two days of silence. "
LEARNER = CUBESAT + "Ines Vallgren, a third-year physics student who leads the team, said the signal was faint."
TEACHER = CUBESAT + "Dr Ines Vallgren, the lecturer who supervises the student team, said the signal was faint."


def test_a_person_told_as_a_student_and_as_the_lecturer_supervising_students_is_in_dispute():
    """A student and the lecturer supervising the students cannot be one person's roles at once: boxed in dispute on
    the role, the role read before its relative clause ('the lecturer who supervises the student team') and in
    apposition after the name ('team leader X, a third-year physics student, said'). A team leader is no rival."""
    def people(*bodies: str) -> list[tuple[str, str, list[str]]]:
        return [(f.value, f.status, [c.source for c in f.citations])
                for f in made_up_event(*bodies, title="Made up").facts if f.kind == "person" and "Vallgren" in f.value]

    apposed = CUBESAT + "Team leader Ines Vallgren, a third-year physics student, said the signal was faint."
    assert people(LEARNER, apposed, TEACHER) == [("Ines Vallgren (third-year physics student / lecturer)", "conflict", ["s1", "s2", "s3"])]
    leader = CUBESAT + "Ines Vallgren, the team leader, said the signal was faint."
    assert [status for _, status, _ in people(LEARNER, leader)] != ["conflict"]


def test_a_deputys_title_and_the_title_itself_are_in_dispute_but_two_people_holding_them_are_not():
    """'Deputy Mayor X' and 'Mayor X' cannot both be X's title: boxed in dispute on the role. A source naming the
    title for someone else ('Mayor Lena Holm and her deputy') tells both and leaves the dispute; another title is no
    rival of a deputy's."""
    def people(*bodies: str) -> list[tuple[str, str]]:
        return [(f.value, f.status) for f in made_up_event(*bodies, title="Made up").facts if f.kind == "person" and "Tomas Berg" in f.value]

    tram = "The new tram line of Orsby opened on Saturday after four years of work. "
    mayor = tram + "Mayor Tomas Berg cut the ribbon at the depot, calling the line a promise kept."
    deputy = tram + "Deputy Mayor Tomas Berg cut the ribbon at the depot, calling the line a promise kept."
    assert people(mayor, mayor, deputy) == [("Tomas Berg (Mayor / Deputy Mayor)", "conflict")]
    both = deputy + " Mayor Lena Holm was abroad."
    assert [status for _, status in people(mayor, mayor, both)] == ["agreed"]
    chairman = tram + "Tomas Berg, the chairman of the tram company, cut the ribbon at the depot."
    assert [status for _, status in people(chairman, chairman, deputy)] == ["agreed"]


FERRY = "A fire broke out in the engine room of the fast ferry Marit off the island of Vesk on Sunday. "
HOLMVIK = FERRY + "The 140 passengers were moved to a second ferry and brought ashore in Holmvik shortly after noon."
TARSUND = FERRY + "The passengers were transferred at sea to the Vesk Star and landed at Tarsund, on the north coast."


def test_the_town_the_people_aboard_were_landed_in_told_two_ways_is_a_conflict_but_a_route_is_not():
    """Where the people aboard were landed ('brought ashore in X', 'landed at Y', 'taken to the port of X') told as two
    towns by sources none of which names the other is one place in dispute; a source naming both (landed at one,
    bussed to the other), or carried to a town in a sentence of no vessel or port, is no rival."""
    def landed(*bodies: str) -> list[tuple[str, str, list[str]]]:
        return [(f.value, f.status, [c.source for c in f.citations])
                for f in made_up_event(*bodies, title="Made up").facts if f.kind == "place" and f.label == "landed at"]

    port = FERRY + "A second ferry took them to the port of Holmvik, where buses were waiting."
    assert landed(HOLMVIK, port, TARSUND) == [("Holmvik / Tarsund", "conflict", ["s1", "s2", "s3"])]
    route = TARSUND.replace("on the north coast", "and taken by bus to Holmvik")
    assert landed(HOLMVIK, HOLMVIK, route) == []
    questioned = FERRY + "The two engineers were taken to Holmvik for questioning by police."
    assert landed(questioned, TARSUND, TARSUND) == []


def test_a_votes_tally_is_no_rival_of_the_votes_cast_for_it():
    """'passed 27-8' and 'adopted by 27 voices against 8' tell one vote: a tally holds two counts, coded as one number,
    and is no count to set against the votes in favour another source gives."""
    figures = boxed_figures(
        "The town council of Arlmouth approved on Thursday the purchase of the old rope works for 3.1 million euros. "
        "The motion was carried with 27 votes in favour, 8 against and 3 abstentions.",
        "Arlmouth's council voted on Thursday to buy the rope works for 3.1 million euros. "
        "The vote passed 27-8 with three abstentions after a debate of more than three hours.",
        "The town council of Arlmouth bought the rope works for 3.1 million euros on Thursday. "
        "The motion was adopted by 27 voices against 8, with 3 abstentions, after more than three hours of debate.",
    )
    assert not [label for label, (_, status, _) in figures.items() if status == "conflict"], figures


def test_each_side_of_a_measure_in_dispute_shows_the_unit_glued_to_its_number():
    """'a 12-hectare plantation' against 'a 12-acre plantation' disagree in the unit alone: each side shows it."""
    figures = boxed_figures(
        "The blaze destroyed a 12-hectare pine plantation near Orvik on Sunday, the fire service said.",
        "The blaze destroyed a 12-acre pine plantation near Orvik on Sunday, the fire service said.",
    )
    assert [(value, status) for value, status, _ in figures.values()] == [("12-hectare / 12-acre", "conflict")]


def test_a_group_and_the_companions_of_one_in_it_are_one_count():
    """Made up: 'a group of six climbers' may hold the one they set off with, so her 'five other climbers' agree; not a
    count two apart, nor a plain count of five."""
    lead = ("Ana Ruiz, 34, left the mountain hut at dawn with a group of six climbers.", "s1", 0)
    assert placed(lead, ("Ruiz left the hut with five other climbers from her club.", "s2", 0)) == []
    assert placed(
        ("Ana Ruiz, 34, left the mountain hut at dawn with a group of seven climbers.", "s1", 0),
        ("Ruiz left the hut with five other climbers from her club.", "s2", 0),
    ) == [["seven", "five"]]
    assert placed(lead, ("Five climbers left the hut at dawn.", "s2", 0)) == [["six", "Five"]]


CLOSURE = "The bakery chain Korvell Foods said on Tuesday that it will close its factory in Darnby, with 210 jobs lost. "
HEAD = CLOSURE + "Chief executive Elsa Marwood told the staff that the decision had been taken with regret."
DEPARTMENT = CLOSURE + "Elsa Marwood, the company's head of human resources, told the staff that the decision had been taken with regret."


def test_a_person_told_as_a_bodys_head_and_as_a_departments_head_is_in_dispute_but_not_in_an_acting_role():
    """One person is not both a body's chief executive and the head of one of its departments ('head of human
    resources', 'finance director'): boxed in dispute on the role. An acting or former title may be held beside the
    other, and a minister who is also a member of parliament holds no department's title: no rivals."""
    def people(*bodies: str) -> list[tuple[str, str]]:
        return [(f.value, f.status) for f in made_up_event(*bodies, title="Made up").facts if f.kind == "person" and "Marwood" in f.value]

    assert people(HEAD, HEAD, DEPARTMENT) == [("Elsa Marwood (Chief executive / head of human resources)", "conflict")]
    acting = CLOSURE + "Elsa Marwood, the company's acting chief executive, told the staff that the decision had been taken with regret."
    assert [status for _, status in people(acting, acting, DEPARTMENT)] != ["conflict"]
    minister = CLOSURE + "Economy minister Elsa Marwood told the staff that the decision had been taken with regret."
    member = CLOSURE + "Elsa Marwood, the member of parliament for Darnby, told the staff that the decision had been taken with regret."
    assert [status for _, status in people(minister, minister, member)] != ["conflict"]


FUNDING = "The Ghent start-up Veldwerk, which builds soil sensors for farms, said on Monday it had raised 6 million euros. "
LED_BY_ARNOR = FUNDING + "The round was led by Arnor Partners, with Dutch fund Polderkap also investing, the company said."
ARNOR_LED = FUNDING + "Brussels-based Arnor Partners led the round, joined by Polderkap and several angels."
LED_BY_POLDERKAP = FUNDING + "The money came in a seed round led by Rotterdam-based Polderkap, the start-up said."
POLDERKAP_LEAD = FUNDING + "The lead investor of the round is the Rotterdam fund Polderkap, with Arnor Partners also taking part."


def test_two_bodies_each_told_as_the_one_that_led_the_round_are_in_dispute_and_no_claim_cites_both_sides():
    """A deed of one doer ('led the round', 'the lead investor of the round is X') told of two bodies by different
    sources is one organisation in dispute labelled by the deed, though each source names the other body as taking a
    lesser part ('with Y also investing', 'joined by Y'); a claim telling one side ('X led the round, joined by Y')
    cites no source of the other. Two bodies told as leading together ('led by X and Y', 'co-led by X and Y, with Z also investing') are no rivals."""
    def disputed(*bodies: str) -> list[tuple[str, str, list[str]]]:
        return [(f.label, f.value, [c.source for c in f.citations])
                for f in made_up_event(*bodies, title="Made up").facts if f.status == "conflict" and f.kind == "organization"]

    events = (LED_BY_ARNOR, ARNOR_LED, LED_BY_POLDERKAP, POLDERKAP_LEAD)
    assert disputed(*events) == [("round led by", "Arnor Partners / Polderkap", ["s1", "s2", "s3", "s4"])]
    joined = [[c.source for c in f.citations] for f in made_up_event(*events, title="Made up").facts if f.kind == "claim" and "joined by" in f.value]
    assert joined == [["s1", "s2"]]
    together = FUNDING + "The round was led by Arnor Partners and Polderkap, the company said."
    assert disputed(LED_BY_ARNOR, ARNOR_LED, together, POLDERKAP_LEAD) == []
    co_led = FUNDING + "The round was co-led by Arnor Partners and Polderkap, with several angels also investing."
    assert disputed(LED_BY_ARNOR, co_led, LED_BY_POLDERKAP, POLDERKAP_LEAD) == []


LOCKS = "The new sea lock at the port of Vellmar opened to barges on Monday after four years of works. "
PRESIDENT = LOCKS + "Tomas Ardell, president of the Vellmar Harbour Board, cut the ribbon beside the lock keepers."
SECRETARY = LOCKS + "Tomas Ardell, secretary general of the Vellmar Harbour Board, cut the ribbon beside the lock keepers."


def test_a_person_told_as_a_bodys_president_and_as_its_secretary_general_is_in_dispute_but_not_holding_both():
    """A body's secretary general is not its president, chair or chief executive: one person given the one title by
    some sources and the other by others, none telling both, is boxed in dispute on the role, never agreed citing
    the other title's sources. A source telling both titles at once, a deputy's title, or the titles of two bodies
    tell no rivals; a president who is also the chief executive is none either."""
    def people(*bodies: str) -> list[tuple[str, str]]:
        return [(f.value, f.status) for f in made_up_event(*bodies, title="Made up").facts if f.kind == "person" and "Ardell" in f.value]

    assert people(PRESIDENT, PRESIDENT, SECRETARY, SECRETARY) == [(
        "Tomas Ardell (president of the Vellmar Harbour Board / secretary general of the Vellmar Harbour Board)", "conflict")]
    both = PRESIDENT.replace("president", "president and secretary general")
    assert [status for _, status in people(PRESIDENT, both, SECRETARY)] != ["conflict"]
    deputy = SECRETARY.replace("secretary general", "deputy secretary general")
    assert [status for _, status in people(PRESIDENT, PRESIDENT, deputy)] != ["conflict"]
    club = SECRETARY.replace("the Vellmar Harbour Board", "the Vellmar Rowing Club")
    assert [status for _, status in people(PRESIDENT, PRESIDENT, club)] != ["conflict"]
    chief = PRESIDENT.replace("president", "chief executive")
    assert [status for _, status in people(PRESIDENT, PRESIDENT, chief)] != ["conflict"]


REPAIRS = "The swing bridge over the Lenn canal at Maribo reopened to traffic on Friday after nine months of repairs. "
ONE_CONTRACTOR = REPAIRS + "The repairs were carried out by the contractor Haldor Bygg and cost 4.1 million euros."
SAID_FIRST = REPAIRS + "In those months the contractor Haldor Bygg renewed the rusted steel deck and the bearings."
OTHER_CONTRACTOR = REPAIRS + "The works were done by the contractor company Brenna Steel from Vejle, for 4.1 million euros."


def test_two_bodies_each_told_as_the_one_contractor_by_different_sources_are_in_dispute():
    """A body's part of one party in the event ('the contractor X', 'contractor company Y', 'X, the owner,') told of two
    bodies by different sources, none naming the other, is one organisation in dispute labelled by the part, however
    each source words the rest; a source naming both (a contractor and its subcontractor) or a part of another time
    ('the former operator') tells no rival."""
    def parties(*bodies: str) -> list[tuple[str, str, list[str]]]:
        return [(f.label, f.value, [c.source for c in f.citations])
                for f in made_up_event(*bodies, title="Made up").facts if f.status == "conflict" and f.kind == "organization"]

    assert parties(ONE_CONTRACTOR, SAID_FIRST, OTHER_CONTRACTOR) == [("contractor", "Haldor Bygg / Brenna Steel", ["s1", "s2", "s3"])]
    both = ONE_CONTRACTOR + " Its subcontractor Brenna Steel supplied the new deck."
    assert parties(both, SAID_FIRST, OTHER_CONTRACTOR) == []
    former = REPAIRS + "The former contractor Brenna Steel had left the site in May."
    assert parties(ONE_CONTRACTOR, SAID_FIRST, former) == []
