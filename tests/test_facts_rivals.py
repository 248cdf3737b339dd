"""Rival statements: sources telling one statement with arguments that cannot all be true (an outcome, who did
it, a cause) are one conflict, each side cited with its own words; a sequence, a chain, a split verdict or one
doer named two ways is no conflict. Every wording here is made up."""
from __future__ import annotations

from .conftest import FIXTURES
from .facts_expectations import analysed_event
from .test_facts_extractors import boxed, made_up_event


def claims(*bodies: str) -> list[tuple[str, str, str, list[tuple[str, str | None, bool]]]]:
    """The claims boxed for made-up sources: status, label, value and each citation's source, value and disagreement."""
    return [
        (f.status, f.label, f.value, [(c.source, c.value, c.disagrees) for c in f.citations])
        for f in made_up_event(*bodies, title="Made up").facts
        if f.kind == "claim"
    ]


def disputed(*bodies: str) -> list[tuple[str, str, list[tuple[str, str | None, bool]]]]:
    return [(label, value, cited) for status, label, value, cited in claims(*bodies) if status == "conflict"]


CALLED_OFF = "The cup tie between Dunmere Athletic and Pellow Vale on Saturday was called off when a storm flooded the pitch."
SUSPENDED = "The cup tie between Dunmere Athletic and Pellow Vale was suspended at half-time on Saturday when a storm flooded the pitch."


def test_an_outcome_told_two_ways_is_a_conflict():
    assert disputed(CALLED_OFF, SUSPENDED, SUSPENDED.replace("The cup tie", "Saturday's cup tie").replace(" on Saturday", "")) == [
        ("called off or put off (Dunmere Athletic, Pellow Vale)", "suspended / called off",
         [("s1", "called off", True), ("s2", "suspended", False), ("s3", "suspended", False)])
    ]
    acquitted = "A court in Ormsby acquitted the former harbour master Ida Fenwick of bribery on Monday."
    convicted = "The former Ormsby harbour master Ida Fenwick was convicted of bribery on Monday."
    assert [value for _, value, _ in disputed(acquitted, convicted)] == ["acquitted / convicted"]


def test_an_outcome_one_source_tells_as_a_sequence_or_a_split_verdict_is_no_conflict():
    suspended_then_off = SUSPENDED.replace("was suspended at half-time", "was suspended at half-time and later called off")
    assert disputed(CALLED_OFF, suspended_then_off) == []
    acquitted = "A court in Ormsby acquitted the former harbour master Ida Fenwick of bribery on Monday."
    split = "The former Ormsby harbour master Ida Fenwick was acquitted of bribery but convicted of fraud on Monday."
    assert disputed(acquitted, split) == []


def test_an_outcome_told_apart_from_the_claim_it_rivals_is_a_conflict_not_a_silent_loser():
    storm = "Storm winds battered Tarnholm on Sunday. "
    off = storm + "The Tarnholm cup final against Ostby was called off. Fans were sent home."
    put_off = storm + "The Tarnholm cup final against Ostby was postponed until May after the storm tore part of the stand roof away, the league said."
    again = storm + "Ostby and Tarnholm will now meet in May, after the league postponed the cup final because the storm had torn away part of the stand roof."
    assert [(value, [(source, said) for source, said, _ in cited]) for _, value, cited in disputed(off, put_off, again)] == [
        ("postponed / called off", [("s1", "called off"), ("s2", "postponed"), ("s3", "postponed")])
    ]
    # what was put off and what was called off are two things: the day's racing, the races left after it
    racing = storm + "Racing on the Tarn was suspended after a sculler capsized near the weir."
    rest = storm + "The remaining heats of the regatta were cancelled. The sculler was unhurt."
    assert disputed(racing, rest) == []


def test_who_did_a_deed_told_two_ways_is_a_conflict_but_one_doer_named_two_ways_is_not():
    veltra = "The Kessel power plant, which is owned by Veltra Energy, was shut down on Friday after a turbine fire."
    nordhafen = "The Kessel power plant, owned by Nordhafen Utilities, shut down on Friday after a turbine fire."
    assert disputed(veltra, nordhafen) == [
        ("owned by", "Veltra Energy / Nordhafen Utilities", [("s1", "Veltra Energy", False), ("s2", "Nordhafen Utilities", True)])
    ]
    assert disputed(veltra, nordhafen.replace("Nordhafen Utilities", "Veltra")) == []
    # two bodies each said to report it are two reporters, no rival doers
    reported = "The Kessel power plant was shut down on Friday after a turbine fire, {} said."
    assert disputed(reported.format("Veltra Energy"), reported.format("Nordhafen Utilities")) == []


def test_a_cause_of_rival_kinds_is_a_conflict_but_a_cause_and_its_detail_are_not():
    software = "The blackout across Keldon on Thursday was caused by a software fault at the main substation, the grid operator said."
    electrical = "An electrical fault at the main substation caused the blackout across Keldon on Thursday, the operator said."
    assert [(label, value) for label, value, _ in disputed(software, electrical)] == [
        ("cause (Keldon)", "a software fault / An electrical fault")
    ]
    detail = software.replace("a software fault", "a software fault in the relay that had been updated overnight")
    assert disputed(software, detail) == []
    # a source telling the other side's cause as well tells a chain, not a rival
    chain = electrical.replace("the operator said.", "the operator said, after a software fault tripped a relay.")
    assert disputed(software, chain) == []


def test_rival_causes_told_in_unlike_sentences_are_a_conflict_when_they_cause_one_thing():
    storm = "Storms swept the Keldon valley on Thursday. "
    main = storm + "A burst water main caused the flooding in Keldon, the council said."
    culvert = storm + "The flooding in Keldon was caused by a blocked culvert, the county engineer said."
    assert [value for _, value, _ in disputed(main, culvert)] == ["A burst water main / a blocked culvert"]
    # the causes of two things that share only a name are no rivals
    assert disputed(main, culvert.replace("The flooding in Keldon", "The power cut in Keldon")) == []
    # the cause is the clause nearest its verb, not who confirmed it
    confirmed = storm + "The county engineer has confirmed that a blocked culvert caused the flooding in Keldon."
    assert [value for _, value, _ in disputed(main, confirmed)] == ["A burst water main / a blocked culvert"]


def test_a_plant_fire_disputes_its_owner_and_its_cause_and_nothing_else():
    """A made-up event of three sources: two say Nordhafen Utilities owns the plant, one Veltra Energy, and two
    give rival causes in sentences too unlike for one claim ('An electrical short circuit caused the fire' / 'The
    fire was caused by an overheated bearing'): two conflict lines, each side cited with its own words; the
    claims the sources agree on stay agreed."""
    event = analysed_event(FIXTURES / "conflicts", "kessel-plant-fire")
    lines = [(f.label, f.value, [(c.value, c.disagrees) for c in f.citations]) for f in event.facts if f.kind == "claim" and f.status == "conflict"]
    assert lines == [
        ("owned by", "Nordhafen Utilities / Veltra Energy", [("Nordhafen Utilities", False), ("Nordhafen Utilities", False), ("Veltra Energy", True)]),
        ("cause", "An electrical short circuit / an overheated bearing", [("An electrical short circuit", False), ("an overheated bearing", True)]),
    ]
    brigade = [f for f in event.facts if f.kind == "claim" and "fire brigade" in f.value]
    assert [(f.status, len(f.citations)) for f in brigade] == [("agreed", 2)]


CIGARETTE = "The fire that gutted the Orrin sawmill on Tuesday was started by a discarded cigarette, the fire service said."
KILN = "The fire at the Orrin sawmill on Tuesday started when a faulty kiln overheated, the owner said."


def test_a_fire_started_by_one_thing_or_when_another_happened_is_a_conflict():
    """'started by X' and 'started when X ...' tell a cause."""
    assert [(label, value) for label, value, _ in disputed(CIGARETTE, KILN)] == [
        ("cause", "a discarded cigarette / a faulty kiln overheated")
    ]


def test_a_source_naming_a_word_of_the_rival_cause_apart_does_not_tell_it():
    """A source tells a rival cause by its one word or two of its words side by side, not by one of them elsewhere."""
    idle = KILN.replace("the owner said.", "the owner said. A cigarette bin stood by the gate.")
    assert [value for _, value, _ in disputed(CIGARETTE, idle)] == ["a discarded cigarette / a faulty kiln overheated"]
    chain = KILN.replace("the owner said.", "the owner said, though a discarded cigarette may have lit the dust.")
    assert disputed(CIGARETTE, chain) == []


def test_a_sentence_of_a_claim_not_reading_the_cause_goes_with_its_side():
    """A claim whose shown sentence tells a cause cites its other sentences on that side, in no words of their own;
    its rival, told apart, is of the same fire: what was caused is the words before a relative clause ('The fire that
    gutted the sawmill')."""
    began = "The fire at the Orrin sawmill on Tuesday began as a faulty kiln grew too hot, the manager said."
    cited = disputed(CIGARETTE, KILN, began)
    assert [value for _, value, _ in cited] == ["a faulty kiln overheated / a discarded cigarette"]
    assert sorted(cited[0][2]) == [("s1", "a discarded cigarette", True), ("s2", "a faulty kiln overheated", False), ("s3", None, False)]



OPENING = "The Harlow flour mill reopened in Dunmere on Monday after a two-year refit. "
OWNS = OPENING + "Castell Milling Ltd owns the mill and sells the flour to Brennick Grain Trust under a ten-year deal."
BUILT = OPENING + "Castell Milling Ltd built the mill and owns it, and sells the flour to the Brennick Grain Trust."


def test_an_owner_told_as_the_owner_of_it_is_a_conflict_and_the_rival_named_in_another_role_is_no_owner():
    """'The owner of the mill is X' names an owner (in a sentence the entities stage read no name in too); the rival
    owner named as a buyer or a builder is no owner told, one said to hold a stake is."""
    owner_is = OPENING + "The owner of the mill is the Brennick Grain Trust, the town's farming cooperative, and the refit was done by Castell Milling Ltd."
    assert disputed(owner_is, OWNS) == [
        ("owned by", "Brennick Grain Trust / Castell Milling Ltd", [("s1", "Brennick Grain Trust", False), ("s2", "Castell Milling Ltd", True)])
    ]
    stake = OWNS + " Brennick Grain Trust holds a stake in the mill."
    assert disputed(owner_is, stake) == []
    # a name the entities stage reads elsewhere, after 'the owner of the mill is' with a suffix it does not read
    suffixed = OPENING + "The owner of the mill is the Brennick Gabonaház Zrt., the grain supplier of the town, the refit was done by Castell Milling Kft."
    owns = OWNS.replace("Brennick Grain Trust", "the town's grain supplier, Brennick Gabonaház,")
    assert [value for _, value, _ in disputed(suffixed, owns, BUILT.replace("the Brennick Grain Trust", "the town's grain supplier, Brennick Gabonaház"))] == [
        "Castell Milling Ltd / Brennick Gabonaház"
    ]


def test_an_owner_after_a_description_or_of_a_joined_verb_is_a_conflict_told_apart():
    """'owned by the <description> X' and 'X built the mill and owns it' name owners, rivals told apart of one mill."""
    described = OPENING + "The mill, owned by the regional grain cooperative Brennick Grain Trust, employs forty people."
    assert disputed(described, OWNS, BUILT) == [
        ("owned by", "Castell Milling Ltd / Brennick Grain Trust",
         [("s1", "Brennick Grain Trust", True), ("s2", "Castell Milling Ltd", False), ("s3", "Castell Milling Ltd", False)])
    ]


TRAMS = "Trams across Ravensby stood still for two hours on Tuesday evening. "


def test_a_cause_told_as_what_the_cause_was_or_what_a_thing_was_due_to_rivals_one_told_as_caused_by():
    insulator = TRAMS + "The disruption was caused by a cracked insulator on the overhead line, the transport authority said."
    cabinet = TRAMS + "The cause of the breakdown was a flooded signal cabinet near Mill Road, drivers told the Ravensby Courier."
    due = TRAMS + "Drivers say the shutdown was due to a flooded signal cabinet near Mill Road."
    root = TRAMS + "According to the drivers, the root cause was a flooded signal cabinet near Mill Road."
    for rival in (cabinet, due, root):
        assert [value for _, value, _ in disputed(insulator, rival)] == ["a cracked insulator / a flooded signal cabinet"], rival
    # a cause not yet told, or a time a thing was due, is no rival
    assert disputed(insulator, TRAMS + "The cause of the breakdown is still unknown, drivers told the Ravensby Courier.") == []
    assert disputed(insulator, TRAMS + "The line was due to reopen at the weekend after a flooded signal cabinet was replaced.") == []


def test_a_source_reporting_the_rival_cause_as_another_party_says_it_is_on_its_own_side():
    insulator = TRAMS + "A cracked insulator above Quay Street caused the disruption, engineers from the transport authority found."
    cabinet = TRAMS + "The cause of the breakdown was a flooded signal cabinet near Mill Road, drivers told the Ravensby Courier."
    union = TRAMS + ("Management insists that a cracked insulator caused the shutdown. Our drivers know better. "
                     "The cause of the breakdown was a flooded signal cabinet near Mill Road.")
    assert [(value, cited) for _, value, cited in disputed(insulator, cabinet, union)] == [
        ("a flooded signal cabinet / A cracked insulator above Quay Street",
         [("s1", "A cracked insulator above Quay Street", True), ("s2", "a flooded signal cabinet", False), ("s3", "a flooded signal cabinet", False)])
    ]
    # a source telling the other cause in its own words tells a chain, no rival
    chain = union.replace("Management insists that a", "A")
    assert disputed(insulator, cabinet, chain) == []


def test_a_cause_told_as_what_was_blamed_for_it_rivals_one_told_as_caused_by():
    fire = "Sixty firefighters fought the blaze at the Ormsby timber yard for six hours on Sunday night. "
    lead = fire + "The fire was caused by an overloaded extension lead in the site office, the yard owner told the Ormsby Gazette."
    for blamed in ("Investigators blamed a discarded cigarette for the fire, the county fire service said.",
                   "A discarded cigarette was to blame for the fire, the county fire service said."):
        assert [value.lower() for _, value, _ in disputed(fire + blamed, lead)] == ["a discarded cigarette / an overloaded extension lead"]


def test_an_owner_told_as_whom_a_thing_belongs_to_rivals_one_told_as_owned_by():
    veltra = "The Kessel power plant, which belongs to Veltra Energy, was shut down on Friday after a turbine fire."
    nordhafen = "The Kessel power plant, owned by Nordhafen Utilities, shut down on Friday after a turbine fire."
    assert [value for _, value, _ in disputed(veltra, nordhafen)] == ["Veltra Energy / Nordhafen Utilities"]
    assert disputed(veltra, nordhafen.replace("Nordhafen Utilities", "Veltra")) == []


def test_a_cause_denied_is_no_rival_of_the_cause_told():
    fire = "Sixty firefighters fought the blaze at the Ormsby timber yard for six hours on Sunday night. "
    lead = fire + "The fire was caused by an overloaded extension lead in the site office, the yard owner told the Ormsby Gazette."
    denied = fire + "Investigators said the fire was not caused by a discarded cigarette, as neighbours had claimed."
    assert disputed(denied, lead) == []


def test_a_doer_told_with_another_verb_of_the_same_deed_is_a_rival():
    gifted = "The Harrowgate altarpiece, gifted by the Linden Foundation, went back on show at St Olave's Church on Sunday."
    donated = "The Harrowgate altarpiece, donated by the Aske Trust, went back on show at St Olave's Church on Sunday."
    assert [value for _, value, _ in disputed(gifted, donated)] == ["Linden Foundation / Aske Trust"]
    # a person and a body are no rival doers: the trust's founder may have given it through the trust
    assert disputed(gifted, donated.replace("the Aske Trust", "Marta Quill")) == []
    built = "The Brennock footbridge, constructed by Hallam Civil Ltd, reopened on Monday after a month of repairs."
    other = "The Brennock footbridge, built by Corrick Engineering Ltd, reopened on Monday after a month of repairs."
    assert [value for _, value, _ in disputed(built, other)] == ["Hallam Civil Ltd / Corrick Engineering Ltd"]


def test_a_sanction_told_for_good_and_for_a_time_is_a_conflict_but_a_sequence_is_not():
    sacked = "A senior clerk in the Varrow planning office has been dismissed over the missing permit fees, the board said."
    suspended = "A senior clerk in the Varrow planning office has been suspended on full pay over the missing permit fees."
    assert [value for _, value, _ in disputed(sacked, suspended)] == ["dismissed / suspended"]
    then = suspended.replace("has been suspended on full pay", "was suspended on full pay and later dismissed")
    assert disputed(sacked, then) == []
    # a suspended sentence is a court's penalty, not a sanction told for a time
    sentence = "The senior clerk in the Varrow planning office was given a suspended sentence over the missing permit fees."
    assert disputed(sacked, sentence) == []


def test_a_sanction_is_of_the_subject_set_off_by_an_apposition_or_a_relative_clause():
    """'The head of the office, Name, has been dismissed' and 'Name, who ran the office, was suspended' sanction one
    person: the subject is read past the commas, not as the bare 'has been' before the verb. Two people so named are
    no rivals."""
    audit = "An audit of the Keswold port authority found 2,300 unpaid berth invoices last month. "
    sacked = audit + "The head of the authority's billing office, Petra Lindqvist, has been dismissed, the board announced on Friday."
    suspended = audit + "Petra Lindqvist, who has run the billing office since 2019, was suspended from her duties pending a hearing."
    assert [value for _, value, _ in disputed(sacked, sacked, suspended)] == ["dismissed / suspended"]
    deputy = audit + "Her deputy, Jonas Ekberg, who ran the call centre, was suspended from his duties pending a hearing."
    assert disputed(sacked, sacked, deputy) == []


def test_a_side_cites_each_source_telling_it_in_a_sentence_of_another_claim():
    sacked = "A senior clerk in the Varrow planning office has been dismissed over the missing permit fees, the board said."
    suspended = "A senior clerk in the Varrow planning office has been suspended on full pay over the missing permit fees."
    noted = "The tenants' union welcomed the apology of the mayor and noted that a clerk had been suspended."
    assert [[(source, said) for source, said, _ in cited] for _, _, cited in disputed(sacked, suspended, noted)] == [
        [("s1", "dismissed"), ("s2", "suspended"), ("s3", "suspended")]
    ]


def test_an_agreed_claim_telling_one_side_cites_no_source_of_the_other():
    sacked = "A senior clerk in the Varrow planning office has been dismissed over the missing permit fees, the board said."
    audit = ("A senior clerk at Varrow District Council has been dismissed after an internal audit found that €40,000 in"
             " permit fees was never banked.")
    findings = ("The tenants union is alarmed by the findings of the internal audit at Varrow District Council, which show"
                " that €40,000 in permit fees meant for ramps was never banked. A senior clerk in the Varrow planning office"
                " has been suspended on full pay over the missing permit fees.")
    told = claims(sacked, audit, findings)
    assert [(value, [source for source, _, _ in cited]) for status, _, value, cited in told if status == "conflict"] == [
        ("dismissed / suspended", ["s1", "s2", "s3"])
    ]
    assert [(status, [source for source, _, _ in cited]) for status, _, value, cited in told if value == audit] == [
        ("single-source", ["s2"])
    ]


FERRY = "The Skarholm ferry turned back to Ulsby harbour on Friday evening"


def test_a_cause_told_as_why_a_thing_happened_rivals_another_told_so():
    """'because of', 'owing to', 'due to', and 'after' or 'following' a mishap, in a source's lead: why the event
    happened; a fault is of the kind of what failed ('a fault in the steering gear')."""
    steering = FERRY + " because of a fault in the steering gear, according to the crew."
    for lightning in (FERRY + ", following a lightning strike on its radar mast.",
                      FERRY + " owing to a lightning strike on its radar mast, the operator said.",
                      FERRY + " after what the operator described as a lightning strike on its radar mast."):
        assert [value for _, value, _ in disputed(lightning, steering)] == ["a lightning strike / a fault in the steering gear"], lightning
    # what a thing happened after is no cause when it is no mishap, or a step of a story
    for step in (FERRY + " after a short crossing.", FERRY + " after a lightning conductor was fitted on its radar mast."):
        assert disputed(step, steering) == [], step


def test_a_cause_blamed_of_nothing_told_is_the_events():
    steering = FERRY + " because of a fault in the steering gear, according to the crew."
    for blamed in ("The operator of the Skarholm blames a lightning strike.", "The operator blames the incident on a lightning strike."):
        assert [value for _, value, _ in disputed(blamed, steering)] == ["a lightning strike / a fault in the steering gear"], blamed


def test_one_cause_told_in_the_singular_and_the_plural_is_no_conflict():
    wind = FERRY + " because of strong wind, the operator said."
    winds = FERRY + " because of gale-force winds over the strait, the crew said."
    assert disputed(wind, winds) == []


def test_rival_causes_told_apart_cite_each_source_telling_a_side_elsewhere():
    steering = FERRY + " because of a fault in the steering gear, according to the crew."
    lightning = FERRY + ", following a lightning strike on its radar mast."
    later = ("The Skarholm will stay in Ulsby until Monday. The harbour master said the passengers were calm. "
             "Engineers said the incident was caused by a lightning strike on the radar mast. "
             "The Skarholm was built in Gdansk in 2009.")
    got = disputed(lightning, steering, later)
    assert [(value, cited) for _, value, cited in got] == [
        ("a lightning strike / a fault in the steering gear",
         [("s1", "a lightning strike", False), ("s2", "a fault in the steering gear", True), ("s3", "a lightning strike", False)])
    ]


def test_who_found_or_announced_a_thing_told_two_ways_is_a_conflict():
    """'discovered by' and 'found by' are one deed of one finder; an announcement has one announcer."""
    diver = "The wreck of the steamer Maren was discovered by the diver Ola Brekke off Hitra on Sunday."
    fisherman = "The wreck of the steamer Maren was found by the fisherman Sindre Vik off Hitra on Sunday."
    assert [(label, value) for label, value, _ in disputed(diver, fisherman)] == [("discovered by (Hitra)", "Ola Brekke / Sindre Vik")]
    # a source naming both tells of two finders, not a rival
    both = fisherman.replace("on Sunday.", "on Sunday, helped by Ola Brekke.")
    assert disputed(diver, both) == []
    minister = "The closure of the Varrow maternity ward was announced by health minister Lena Dahl on Monday."
    director = "The closure of the Varrow maternity ward was announced by regional director Piet Hol on Monday."
    assert [value for _, value, _ in disputed(minister, director)] == ["Lena Dahl / Piet Hol"]
    # a person and a body are no rival announcers: she may speak for it
    assert disputed(minister, director.replace("regional director Piet Hol", "the Varrow Health Board")) == []


def test_an_outcome_told_in_two_leads_in_unlike_words_is_a_conflict_when_of_one_thing():
    """A lead tells what happened: two leads telling exclusive outcomes of a thing they name alike are rivals."""
    called_off = "The strike at the port of Varrow was called off on Tuesday after talks with the harbour board."
    suspended = "Dockworkers suspended their walkout at the port of Varrow on Tuesday, pending a ballot on the new offer."
    assert [value for _, value, _ in disputed(called_off, suspended)] == ["called off / suspended"]
    # outcomes of two things are no rivals
    festival = "The Varrow harbour festival was cancelled on Tuesday because of the storm warning."
    concert = "The opening concert on the Varrow quay was postponed until Sunday, organisers said."
    assert disputed(festival, concert) == []


def test_a_cause_told_as_what_is_thought_to_have_caused_a_thing_or_was_behind_it_rivals_another():
    blast = "Two people were hurt when a blast wrecked a bakery on Hale Street in Ormsby on Sunday. "
    gas = blast + "Fire officers said the explosion was caused by a gas leak in the cellar."
    for fault in ("An electrical fault is believed to have caused the explosion, the owner said.",
                  "An electrical fault was behind the explosion, the owner said.",
                  "An electrical fault is the most likely cause of the explosion, the owner said."):
        assert [value for _, value, _ in disputed(gas, blast + fault)] == ["a gas leak / An electrical fault"], fault


FUNGUS = "Researchers at the Orvik Institute have found a new antifungal compound in pond mud near Skarby. "


def test_who_a_thing_was_licensed_or_sold_to_told_two_ways_is_a_conflict_and_one_body_in_dispute():
    """A licence or a sale of the event goes to one receiver: two bodies named as it by sources never naming the other
    are rivals, the claim and the two bodies boxed as one conflict each; a receiver and its parent named together are
    no rivals."""
    start_up = FUNGUS + "The rights to the compound have been licensed to Tessly Bio Ltd, a start-up set up by the institute."
    drugmaker = FUNGUS + "The compound has been licensed to the Danish drugmaker Holmgaard Pharma Ltd, which will run the trials."
    assert [(label, value) for label, value, _ in disputed(start_up, start_up, drugmaker)] == [("licensed to", "Tessly Bio Ltd / Holmgaard Pharma Ltd")]
    assert boxed("organization", start_up, start_up, drugmaker)["organization"] == ("Tessly Bio Ltd / Holmgaard Pharma Ltd", "conflict", ["s1", "s2", "s3"])
    parent = drugmaker.replace("which will run", "the parent of Tessly Bio Ltd, which will run")
    assert disputed(start_up, start_up, parent) == []
    assert boxed("organization", start_up, start_up, parent)["organization"][1] != "conflict"


def test_a_fire_told_to_start_in_a_mishap_or_after_a_bare_one_rivals_another_but_not_where_it_started():
    """'started in an overheated charger' tells a cause, 'began after lightning hit' one told bare; 'started in the
    hay loft' tells where, which any cause may go with."""
    lightning = "The barn fire at Corran Farm on Monday began after lightning hit the hay loft, the farmer said."
    charger = "Fire officers believe the barn fire at Corran Farm on Monday started in an overheated battery charger."
    assert [value for _, value, _ in disputed(lightning, charger)] == ["lightning hit the hay loft / an overheated battery charger"]
    loft = "Fire officers said the barn fire at Corran Farm on Monday started in the hay loft."
    assert disputed(lightning, loft) == []


def test_a_cause_told_as_what_is_suspected_pointed_to_or_to_blame_or_past_a_clause_of_believing_rivals_another():
    steering = FERRY + " because of a fault in the steering gear, according to the crew."
    for told in ("Coastguard officers suspect a lightning strike, a spokeswoman said.",
                 "Everything points to a lightning strike, the operator of the Skarholm said.",
                 "The operator of the Skarholm said a lightning strike was to blame.",
                 "Engineers of the operator believe a lightning strike on the radar mast caused the incident on Friday evening."):
        assert [value for _, value, _ in disputed(FERRY + ".", steering, told)] == ["a fault in the steering gear / a lightning strike"], told
    # a person suspected is no cause
    assert disputed(steering, "Police suspect the second officer of the Skarholm, a spokeswoman said.") == []


def test_a_defect_found_is_the_events_cause_and_rivals_another():
    """A recall, a grounding told with the defect found: two defects of no common word, each source telling one, are
    a conflict; a defect and its detail ('a defect in the valve spring', 'the spring can break') are not."""
    valve = "Norrvik Tools is recalling 12,000 pressure cookers after finding a defect in the valve spring, the company said."
    seal = "Norrvik Tools is recalling 12,000 pressure cookers after tests found hairline cracks in the lid seal."
    assert [value for _, value, _ in disputed(valve, seal)] == ["a defect in the valve spring / hairline cracks"]
    spring = "Norrvik Tools said on Monday that internal tests had found a defect in the valve spring, which can break under pressure."
    assert disputed(valve, spring) == []


PAINTING = "A lost landscape by the painter Ilse Varnholt went on show at the Kestrel Museum in Lindow on Friday. "
FROM_GALLERY = PAINTING + "The museum bought the painting from the Brenner Gallery in Vienna for an undisclosed sum."
BY_DEALER = PAINTING + "The painting was sold to the museum by Hallsberg Auctions Ltd, a dealer in Zurich."


def test_who_sold_a_thing_is_one_slot_however_each_source_words_it():
    """A seller is the doer of a sale whether told after 'sold by', as whom it was bought from, as the one who sold it
    or as 'the seller of X': two bodies in that slot, each named by sources never naming the other, are rivals, even
    when no claim cites either sentence."""
    for other in (BY_DEALER, PAINTING + "Hallsberg Auctions Ltd sold the painting to the museum last year, the director said."):
        assert [(label, value) for label, value, _ in disputed(FROM_GALLERY, other)] == [
            ("sold by", "Brenner Gallery / Hallsberg Auctions Ltd")], other
    seller = PAINTING + "The seller of the painting was the Brenner Gallery, the museum said."
    assert [value for _, value, _ in disputed(seller, BY_DEALER)] == ["Brenner Gallery / Hallsberg Auctions Ltd"]
    # a dealer acting for the gallery named by the same source is no rival
    both = BY_DEALER.replace("a dealer in Zurich", "acting for the Brenner Gallery")
    assert disputed(FROM_GALLERY, both) == []
    # ... and whom it was sold to stays a slot of its own ('sold to X' / 'sold to Y', told in unlike sentences)
    attic = "A lost landscape by the painter Ilse Varnholt was found in an attic in Lindow last year. "
    assert [value for _, value, _ in disputed(attic + "The painting has been sold to the Kestrel Museum Trust for an undisclosed sum.",
                                              attic + "The painting was sold to Hallsberg Auctions Ltd in March, the family said.")] == [
        "Kestrel Museum Trust / Hallsberg Auctions Ltd"]


def test_a_seller_is_read_after_any_form_of_buying_and_past_an_apposition_and_boxed_though_one_source_names_it():
    """'will buy the mill from its current owner, the property company X' names the seller as 'bought from X' does;
    a rival seller named by one source only is still boxed, with the other, as one organisation in dispute."""
    mill = "Tarrow council voted on Friday to turn the old Kessel flour mill into a library. "
    buys = mill + "The council will buy the mill from its current owner, the property company Harbeck Estates Ltd."
    sold = mill + "The mill is sold by Tallow Holdings Ltd for 2.1 million euros, the mayor said."
    assert [(label, value) for label, value, _ in disputed(buys, sold)] == [("sold by", "Harbeck Estates Ltd / Tallow Holdings Ltd")]
    assert boxed("organization", buys, buys, sold)["organization"] == ("Harbeck Estates Ltd / Tallow Holdings Ltd", "conflict", ["s1", "s2", "s3"])


def test_the_maker_of_a_thing_named_by_its_role_noun_rivals_the_one_it_was_made_by():
    recall = "Trams in Oskarby were withdrawn on Monday after a brake valve failed on the Line 4 route. "
    maker = recall + "The manufacturer of the valve is Dravik Components Ltd, the operator said."
    made = recall + "The valve was manufactured by Selmer Hydraulics AG in Gdansk, the operator said."
    assert [(label, value) for label, value, _ in disputed(maker, made)] == [("manufactured by", "Dravik Components Ltd / Selmer Hydraulics AG")]


COUNCIL = "The council of Merrowby met on Tuesday evening to decide on the bypass around the old town. "
DIRECTOR = "The Harlton transport director Owen Pryce left his post on Monday after the ticketing scandal. "
COURT = "A 34-year-old man appeared at Dunwick Crown Court on Wednesday over the warehouse fire. "
BRIDGE = "A crack was found in the Tolmer road bridge last week. "
SUSPECT = "Police arrested a 19-year-old in Carrow over the attack on the bus driver. "


def test_outcomes_of_one_exclusive_class_told_two_ways_are_a_conflict():
    """A decision approved or rejected, an official who resigned or was dismissed, a plea of guilty or not guilty, a
    place reopened or still closed, a suspect released or held: each pair cannot both be true of one thing."""
    for first, second, value in (
        (COUNCIL + "Councillors approved the plan for the Merrowby bypass by nine votes to four.",
         COUNCIL + "Councillors rejected the plan for the Merrowby bypass by nine votes to four.", "approved / rejected"),
        (DIRECTOR + "Pryce resigned from his post on Monday, the city said.",
         DIRECTOR + "Pryce was sacked from his post on Monday, the city said.", "resigned / sacked"),
        (COURT + "The man pleaded guilty to arson at Dunwick Crown Court.",
         COURT + "The man pleaded not guilty to arson at Dunwick Crown Court.", "pleaded guilty / pleaded not guilty"),
        (BRIDGE + "The Tolmer road bridge reopened to traffic on Friday.",
         BRIDGE + "The Tolmer road bridge remains closed to traffic on Friday.", "reopened / remains closed"),
        (SUSPECT + "The 19-year-old was released on bail on Sunday, police said.",
         SUSPECT + "The 19-year-old was remanded in custody on Sunday, police said.", "released on bail / remanded"),
    ):
        assert [v for _, v, _ in disputed(first, second)] == [value], value


def test_words_rejected_are_no_decision_rejected():
    """'rejected claims that ...' or 'rejected criticism of ...' denies what was said: no rival of the plan approved."""
    approved = COUNCIL + "Councillors approved the plan for the Merrowby bypass by nine votes to four."
    for denial in ("The council leader rejected claims that the plan for the Merrowby bypass was unlawful.",
                   "The council leader turned down calls for a second vote on the plan for the Merrowby bypass.",
                   "The council leader rejected all criticism of the plan for the Merrowby bypass on Tuesday."):
        assert disputed(approved, COUNCIL + denial) == [], denial


def test_an_outcome_told_as_a_sequence_is_no_conflict():
    reopened = BRIDGE + "The Tolmer road bridge reopened to traffic on Friday after repairs."
    sequence = BRIDGE + "The Tolmer road bridge was closed on Monday and reopened to traffic on Friday."
    assert disputed(reopened, sequence) == []


WAREHOUSE = "Fire destroyed a timber warehouse on the Polmont industrial estate early on Sunday. "


def test_a_cause_told_by_any_verb_of_causing_or_as_what_the_cause_was_rivals_another():
    """'ignited', 'set off', 'led to', 'started the fire', 'responsible for', 'down to', 'caused when', 'identified as
    the cause', '... was the cause': verbs and nouns of causing, not one text's phrase; and a cause told of no thing
    ('it was started by', 'the cause was') is of the event's fire, as one of the fire is."""
    gas = WAREHOUSE + "Fire officers said the fire was caused by a gas leak in the boiler room."
    for told in ("An electrical fault ignited the blaze, the owner said.",
                 "The blaze was set off by an electrical fault, the owner said.",
                 "An electrical fault led to the blaze, the owner said.",
                 "An electrical fault in the loading bay started the fire, the owner said.",
                 "An electrical fault is believed to be responsible for the blaze, the owner said.",
                 "The blaze was down to an electrical fault, the owner said.",
                 "An electrical fault was identified as the cause of the fire.",
                 "Investigators said an electrical fault was the cause.",
                 "The cause was an electrical fault, the owner said.",
                 "It was started by an electrical fault, the owner said."):
        assert [value.lower() for _, value, _ in disputed(gas, WAREHOUSE + told)] == ["a gas leak / an electrical fault"], told


def conflicts_of(kind: str, *bodies: str) -> list[tuple[str, list[tuple[str, str | None, bool]]]]:
    """The facts of a kind boxed in conflict: value and each citation's source, value and disagreement."""
    return [
        (f.value, [(c.source, c.value, c.disagrees) for c in f.citations])
        for f in made_up_event(*bodies, title="Made up").facts if f.kind == kind and f.status == "conflict"
    ]


HELD = "The Nordic orienteering final was held in {}, on the shore of Lake Varn, and drew 300 runners from nine clubs."


def test_a_place_two_sources_give_in_one_slot_of_one_statement_is_a_conflict_but_one_town_in_two_tellings_is_not():
    held_there = HELD.format("Ostervik")
    held_here = "The Nordic orienteering final was held in Brannby near Lake Varn on Saturday."
    assert conflicts_of("place", held_there, held_there.replace("300 runners", "some 300 runners"), held_here) == [
        ("Ostervik / Brannby", [("s1", "held in Ostervik", False), ("s2", "held in Ostervik", False), ("s3", "held in Brannby", True)])
    ]
    # one source against one may tell one town in two languages; a source naming both tells a route or a move
    assert conflicts_of("place", held_there, held_here) == []
    both = held_here.replace(" on Saturday", ", after the course at Ostervik flooded")
    assert conflicts_of("place", held_there, held_there, both) == []


def test_two_people_told_in_one_role_of_one_holder_are_a_conflict_but_one_named_in_another_role_is_no_rival():
    told = "The Varn museum will close its east wing for a year, museum director {} told staff on Tuesday."
    spokesman = " Museum spokesman Tobias Renk said the collection would move to Halden."
    rival = [("Ingrid Solberg / Tobias Renk",
              [("s1", "museum director", False), ("s2", "museum director", False), ("s3", "museum director", True)])]
    assert [c for c in conflicts_of("person", told.format("Ingrid Solberg") + spokesman, told.format("Ingrid Solberg"),
                                    told.format("Tobias Renk")) if "/" in c[0]] == rival
    # a role of a changed holder ('the former museum director', 'who took over in March') is no rival: another time
    former = told.format("Tobias Renk").replace("museum director", "former museum director")
    took_over = told.format("Tobias Renk, who took over in March,")
    for changed in (former, took_over):
        assert [c for c in conflicts_of("person", told.format("Ingrid Solberg"), told.format("Ingrid Solberg"), changed) if "/" in c[0]] == []


def test_a_fixture_put_off_to_a_new_day_and_called_off_on_the_day_rivals_one_cancelled_but_a_sequence_does_not():
    moved = ("The Harrowfell hill race was postponed to Sunday 4 May because of gales on the summit ridge. "
             "It is the first time in its history that the race has been called off on the morning of the start.")
    cancelled = "The Harrowfell hill race was cancelled on Saturday because of gales on the summit ridge, the organisers said."
    assert [value for _, value, _ in disputed(moved, cancelled, cancelled.replace(" on Saturday", ""))] == ["cancelled / postponed"]
    # put off with no new day, then called off: one source telling a sequence
    sequence = ("The Harrowfell hill race was postponed on Saturday morning because of gales on the summit ridge. "
                "By noon it had been called off altogether.")
    assert disputed(sequence, cancelled, cancelled.replace(" on Saturday", "")) == []


def test_a_cause_told_as_a_thing_damaging_another_rivals_a_cause_told_as_caused_by():
    cut = "The Brenholm water works lost pressure on Monday after a digger cut the main pipe that feeds the town."
    fire = "The loss of pressure at the Brenholm water works on Monday was caused by a fire in the pump house."
    assert [value for _, value, _ in disputed(cut, cut.replace("The Brenholm", "Brenholm's"), fire)] == ["a digger cut the main pipe / a fire"]
    # what came after, no damage told, is no cause
    arrived = cut.replace("cut the main pipe that feeds the town", "arrived to lay a new main pipe")
    assert disputed(arrived, arrived.replace("The Brenholm", "Brenholm's"), fire) == []


def test_a_cause_told_as_the_mishap_itself_in_two_leads_is_a_conflict_but_a_chain_or_a_place_it_came_from_is_not():
    """What failed told as a happening, with no word of causing ('a water main burst', 'water came in through the
    broken skylight'), in two sources' leads naming two failures of one event, is the cause in dispute."""
    main = "The Ellerby Town Hall archive is closed after a water main burst under the records room on Tuesday night."
    skylight = "At the Ellerby Town Hall archive on Tuesday night, water came in through the broken skylight and soaked the records room."
    assert [value for _, value, _ in disputed(main, main.replace("The Ellerby", "Ellerby's"), skylight, skylight.replace("At the", "In the"))] \
        == ["a water main burst / the broken skylight"]
    # a chain one source tells both of is no rival statement
    chain = skylight.replace("water came in", "a water main burst under the roof, the skylight cracked, and water came in")
    assert disputed(main, main.replace("The Ellerby", "Ellerby's"), chain, chain.replace("At the", "In the")) == []
    # where it came from, no failure of a thing, rivals no failure
    traced = "The water that flooded the Ellerby Town Hall archive on Tuesday night was traced to a garden pond next door."
    assert disputed(main, main.replace("The Ellerby", "Ellerby's"), traced, traced.replace("The water", "All the water")) == []


def test_a_building_two_sources_give_in_one_slot_of_one_statement_is_a_conflict():
    """A place's slot may hold a building ('treated at X Infirmary'), not only a town."""
    treated = "Four climbers hurt in the Gravnes rockfall are being treated at {}, two of them in intensive care."
    infirmary = [("Vesterbrook Infirmary / Ardmoor Clinic",
                  [("s1", "treated at Vesterbrook Infirmary", False), ("s2", "treated at Vesterbrook Infirmary", False),
                   ("s3", "treated at Ardmoor Clinic", True)])]
    assert conflicts_of("place", *(treated.format(b) for b in ("Vesterbrook Infirmary", "Vesterbrook Infirmary", "Ardmoor Clinic"))) == infirmary
    # a town opening a building's name ('Tromsby' of 'Tromsby General Hospital') is no third filler of the slot
    named = treated + " Doctors in {} said all four were stable."
    hospitals = [named.format(f"{town} General Hospital", town) for town in ("Tromsby", "Tromsby", "Haldvik")]
    assert [value for value, _ in conflicts_of("place", *hospitals)] == ["Tromsby General Hospital / Haldvik General Hospital"]


def test_a_town_a_verb_of_motion_took_something_to_two_ways_is_a_conflict():
    """Where a verb of motion took something ('airlifted to X') is a place's slot too."""
    flown = "The injured pilot of the Gravnes glider was airlifted to {0} on Sunday evening with burns to both hands. Doctors in {0} said he was stable."
    assert [v for v, _ in conflicts_of("place", *(flown.format(t) for t in ("Tromsby", "Tromsby", "Haldvik")))] == ["Tromsby / Haldvik"]


def test_two_people_told_as_the_doer_of_one_deed_of_one_doer_are_a_conflict_but_one_named_apart_from_the_deed_is_no_rival():
    """A doer's slot: who did a deed of one doer, after its participle and 'by' (a day between) or before its verb past
    an apposition and 'who'; the rival may be named in the same source where no sentence tells the deed."""
    by_her = ("The new Harlow Street library was officially opened by Edith Marwood, a retired teacher, in front of "
              "200 readers. Trustee Colm Brady thanked the volunteers.")
    who = ("Edith Marwood, a retired teacher, who officially opened the new Harlow Street library, read to 200 readers. "
           "The trustees' chairman Colm Brady praised the volunteers.")
    by_him = "The new Harlow Street library was officially opened on Saturday 4 May by Colm Brady in front of 200 readers."
    assert conflicts_of("claim", by_her, who, by_him) == [
        ("Edith Marwood / Colm Brady", [
            ("s1", "opened by Edith Marwood", False),
            ("s2", "Edith Marwood, a retired teacher, who officially opened", False),
            ("s3", "opened on Saturday 4 May by Colm Brady", True),
        ])
    ]
    # a source telling the rival doing the deed too tells two doers, not a rival statement
    together = by_her.replace("Trustee Colm Brady thanked", "Colm Brady also opened it and thanked")
    assert conflicts_of("claim", together, who, by_him) == []


def test_where_a_journey_came_from_is_one_slot_whether_a_verb_of_motion_or_a_noun_of_a_journey_tells_it():
    """'the flight from X' and 'arriving from Y' fill one slot (a town named only there is a place); a side's source
    naming the rival town as a body's seat ('its base in X') tells nothing of where the journey came from."""
    noun = "The Skerrafjord Air flight SK204 from Holmvik, with 38 passengers and three crew, skidded off the taxiway on Friday."
    verb = "The Skerrafjord Air turboprop, arriving from Vantby with 38 passengers and three crew, skidded off the taxiway."
    seat = verb + " Skerrafjord Air flies nine aircraft from its base in Holmvik."
    assert [v for v, _ in conflicts_of("place", noun, noun.replace(" on Friday", ""), seat)] == ["Holmvik / Vantby"]
    # a source telling both towns as legs of the journey tells a route, not a rival statement
    route = verb.replace("arriving from Vantby", "arriving from Vantby after a stop in Holmvik")
    assert conflicts_of("place", noun, noun.replace(" on Friday", ""), route) == []


def test_one_statement_two_sources_tell_with_two_towns_or_two_bodies_is_a_conflict_read_without_a_frame():
    """No frame reads 'a couple who live in X' or 'divers from X raised ...': two sources' sentences telling one
    statement, the names left out, that differ in one town or one body are one fact in conflict, each side citing the
    clause holding its own name."""
    live = "The two dengue patients, a retired couple who live in {}, on the south coast of the island, had not travelled abroad this year."
    are = "The patients are a retired couple in {}, on the south coast of the island, with no travel abroad this year, and both are recovering at home."
    towns = [live.format("Marvello"), live.format("Marvello").replace("The two dengue", "Two dengue"), are.format("Sorrenta")]
    assert conflicts_of("place", *towns) == [("Marvello / Sorrenta", [
        ("s1", "live in Marvello", False), ("s2", "live in Marvello", False), ("s3", "The patients are a retired couple in Sorrenta", True)])]
    raised = "Divers from {} raised the sunken trawler Aurora from the harbour floor at Tennvik on Thursday, ending a week of work."
    bodies = [raised.format("Norsalv Marine Services"), raised.format("Norsalv Marine Services").replace(" on Thursday", ""),
              raised.format("Baltic Lift Services")]
    assert [value for value, _ in conflicts_of("organization", *bodies)] == ["Norsalv Marine Services / Baltic Lift Services"]


def test_two_names_in_one_statement_are_no_conflict_when_a_source_names_both_or_one_is_a_region_or_in_another_place():
    """A wrong conflict is worse than a missed one: a source naming the other town tells a second place of the story;
    a name told as a region ('the province of X', 'the X region') is no rival of a town; a name that stands elsewhere in the statement (a subject
    against a name after the verb) fills another part of it."""
    live = "The two dengue patients, a retired couple who live in {}, on the south coast of the island, had not travelled abroad this year."
    are = "The patients are a retired couple in {}, on the south coast of the island, with no travel abroad this year, and both are recovering at home."
    same = [live.format("Marvello"), live.format("Marvello").replace("The two dengue", "Two dengue")]
    for rival in (are.format("Sorrenta") + " Their daughter lives in Marvello.", are.format("the province of Sorrenta"),
                  are.format("the Sorrenta region")):
        assert conflicts_of("place", *same, rival) == [], rival
    raised = "Divers from Norsalv Marine Services raised the sunken trawler Aurora from the harbour floor at Tennvik on Thursday, ending a week of work."
    hired = "Baltic Lift Services hired the divers who raised the sunken trawler Aurora from the harbour floor at Tennvik on Thursday, ending a week of work."
    assert conflicts_of("organization", raised, raised.replace(" on Thursday", ""), hired) == []


def test_two_people_leading_one_act_are_a_conflict_though_every_source_names_both_in_their_own_roles():
    """The people of a story are named in every source, each in their own role: who led the operation is still in
    conflict when one statement is told with one in two sources and the other in a third. A person told as speaking
    ('said X') is no rival filler (who said what is the quotations' matter), nor is a source telling both."""
    led = "The nine-hour rescue was led by {}, head of the {}, with a crew of twelve divers and medics."
    holt = "Captain Mira Holt"
    brandt = "Commander Ivo Brandt"
    also = " {} thanked the volunteers at the quay."
    first = led.format(holt, "coast guard station") + also.format(brandt)
    second = led.format(holt, "coast guard station").replace("nine-hour ", "") + also.format(brandt)
    third = led.format(brandt, "harbour authority") + also.format(holt)
    assert [value for value, _ in conflicts_of("person", first, second, third)] == ["Mira Holt / Ivo Brandt"]
    said = "The nine-hour rescue ended with a crew of twelve divers and medics, said {}, head of the {}."
    assert conflicts_of("person", said.format(holt, "coast guard station"), said.format(holt, "coast guard station"),
                        said.format(brandt, "harbour authority")) == []


def test_a_name_in_a_sentence_telling_readers_what_to_do_is_no_rival_of_the_story():
    """'Travellers should check with X' names whom to ask, not who did what: no rival of the body the story names."""
    ran = "Bookings for the night ferry to Skarvik on Friday were handled by {}, which expects 140 passengers across the bay."
    advice = "For bookings for the night ferry to Skarvik on Friday, travellers should contact {}, which expects 140 passengers across the bay."
    bodies = [ran.format("Vestfjord Shipping Lines"), ran.format("Vestfjord Shipping Lines").replace(" on Friday", "")]
    assert conflicts_of("organization", *bodies, advice.format("Skarvik Visitor Board")) == []
    urged = "{} urged travellers to book the night ferry to Skarvik on Friday with the operator, which expects 140 passengers across the bay."
    assert conflicts_of("organization", *bodies, urged.format("Skarvik Visitor Board")) == []
    assert [value for value, _ in conflicts_of("organization", *bodies, ran.format("Skarvik Visitor Board"))] == [
        "Vestfjord Shipping Lines / Skarvik Visitor Board"]


RACE_WON = "Sander Holt won the Korvell Ridge trail race on Sunday after Lukas Moravec, who crossed the line first, "
DISQUALIFIED = RACE_WON + "was disqualified by the race jury for missing a checkpoint."
PENALISED = RACE_WON + "was handed a 10-minute time penalty by the race jury for missing a checkpoint."


def test_an_outcome_of_one_class_told_two_ways_is_a_conflict_citing_each_sides_words():
    """A competitor's sanction, a prison term, an insolvent company's fate, a casualty's state, a decision: members of
    one class exclude each other, so two sources telling one statement with two of them disagree."""
    assert disputed(DISQUALIFIED, PENALISED, PENALISED) == [
        ("penalty (Sander Holt, Lukas Moravec)", "10-minute time penalty / disqualified",
         [("s1", "disqualified", True), ("s2", "10-minute time penalty", False), ("s3", "10-minute time penalty", False)])
    ]
    term = "The former care-home director Lena Morvik was sentenced on Tuesday to {} for embezzling residents' savings."
    assert [value for _, value, _ in disputed(term.format("two years in prison, suspended for three years"),
                                              term.format("an unconditional prison term of two years"))] == [
        "suspended for three years / unconditional prison term"]
    mill = "The Brevik textile mill {} at the commercial court in Halden on Monday, its 240 workers were told."
    assert [value for _, value, _ in disputed(mill.format("entered a rescue procedure"), mill.format("was placed in liquidation"))] == [
        "rescue procedure / liquidation"]
    climber = "The injured climber, Oskar Lind, was in a {} condition at the hospital in Tromvik on Sunday night."
    assert [value for _, value, _ in disputed(climber.format("critical"), climber.format("stable"))] == [
        "in a critical condition / stable condition"]
    plan = "The Ardley town council {} the harbour car park plan at its meeting on Wednesday."
    assert [value for _, value, _ in disputed(plan.format("approved"), plan.format("postponed a decision on"))] == [
        "approved / postponed a decision"]


def test_an_outcome_told_by_one_source_both_ways_denied_or_of_two_subjects_is_no_conflict():
    appeal = PENALISED + " The jury had first disqualified him, then reduced the sanction on appeal."
    assert disputed(DISQUALIFIED, appeal) == []
    denied = PENALISED.replace("was handed", "was not disqualified but was handed")
    assert disputed(denied, PENALISED) == []
    two_riders = PENALISED.replace("Lukas Moravec", "Jonas Brekke")
    assert disputed(DISQUALIFIED, two_riders) == []


def test_sentences_telling_exclusive_outcomes_are_never_one_agreed_claim():
    """Where no conflict is read (one source tells both, an appeal), the claim is split: each outcome cites its own."""
    appeal = PENALISED + " The jury had first disqualified him, then reduced the sanction on appeal."
    for told in (appeal, PENALISED.replace("Lukas Moravec", "Jonas Brekke")):
        cited = [{source for source, _, _ in citations} for status, _, _, citations in claims(DISQUALIFIED, told)]
        assert {"s1", "s2"} not in cited and all(len(c) == 1 for c in cited)


KITCHEN = "A fire broke out in the kitchen of the Linnaea care home in Valbro on Tuesday night. "


def test_a_fire_told_to_originate_or_begin_in_an_appliance_or_with_a_fault_rivals_another_cause():
    """'originated in', 'began with' tell a cause as 'caused by' does, and where a fire started is its cause when that is
    an appliance ('a deep-fat fryer'), not a room ('the pantry')."""
    fryer = KITCHEN + "According to the fire brigade, the fire originated in a deep-fat fryer and spread to the ceiling."
    fault = KITCHEN + "The home's operator said the fire began with an electrical fault in the dishwasher."
    assert [value for _, value, _ in disputed(fryer, fault)] == ["a deep-fat fryer / an electrical fault"]
    pantry = KITCHEN + "According to the fire brigade, the fire originated in a pantry and spread to the ceiling."
    assert disputed(pantry, fault) == []


def test_causes_of_one_class_told_in_unlike_words_are_one_side_and_a_fires_smoke_is_no_rival_cause():
    """'an electrical fault' and 'a short circuit' are one side against 'a deep-fat fryer'; the smoke a lead gives as
    why residents were moved is of the fire, a chain, not a third cause."""
    fryer = KITCHEN + "Firefighters said the fire started in a deep-fat fryer in the main kitchen."
    fault = KITCHEN + "The operator said the fire had been caused by an electrical fault in the hood."
    short = "Twelve residents of the Linnaea care home in Valbro were moved to another wing because of the smoke. " \
            "A union said the fire was caused by a short circuit in the hood."
    assert [(value, [source for source, _, _ in cited]) for _, value, cited in disputed(fryer, fault, short)] == [
        ("an electrical fault / a deep-fat fryer", ["s1", "s2", "s3"])]


def test_sentences_telling_two_causes_are_never_one_agreed_claim():
    """Where no conflict is read (a source tells the other cause elsewhere), the claim is split: each cause cites its own."""
    told = KITCHEN + "The fire brigade said on Wednesday that the fire in the laundry of the care home was caused by {}, and that nobody was hurt."
    dryer, cigarette = told.format("a faulty tumble dryer"), told.format("a discarded cigarette") + " The tumble dryer was new."
    cited = [{source for source, _, _ in citations} for status, _, value, citations in claims(dryer, cigarette) if "laundry" in value]
    assert cited and {"s1", "s2"} not in cited


BAKERY = "An explosion tore through a bakery on Harrow Lane in Dunmore early on Friday, injuring two workers. "


def test_a_cause_told_as_what_it_was_found_or_thought_to_be_likely_or_linked_rivals_another():
    """'the cause has been identified as', 'is thought to be', 'most likely caused', 'was linked to': ways news
    writing tells a cause found or hedged, each a rival of a cause told plainly."""
    fault = BAKERY + "Investigators said the blast was caused by an electrical fault."
    for told in ("The cause of the blast has been identified as a gas leak, the owner said.",
                 "The cause is thought to be a gas leak, police said.",
                 "A gas leak most likely caused the blast, according to the fire service.",
                 "The blast was linked to a gas leak, the fire service said."):
        assert [sorted(value.lower().split(" / ")) for _, value, _ in disputed(fault, BAKERY + told)] == [["a gas leak", "an electrical fault"]], told


def test_a_fire_treated_as_arson_or_started_deliberately_rivals_an_accidental_cause_and_an_illness_is_of_the_outbreak():
    """Arson told either way is one side against an accident; a cause of 'the illness' and one of 'the outbreak'
    are of one harm."""
    sawmill = "A fire gutted the Oakfield sawmill near Brenlow on Monday night. "
    motor = sawmill + "The fire brigade said the fire was caused by a faulty saw motor."
    for told in ("Police are treating the fire as arson.", "Police said the fire had been started deliberately."):
        assert len(disputed(motor, sawmill + told)) == 1, told
    assert disputed(motor, sawmill + "Police are not treating the fire as arson.") == []
    pupils = "Forty pupils at Marsh Hill school fell ill on Tuesday. "
    water = pupils + "Health officials said the illness was caused by contaminated drinking water."
    chicken = pupils + "The outbreak was caused by undercooked chicken served at lunch, the council said."
    assert [value for _, value, _ in disputed(water, chicken)] == ["contaminated drinking water / undercooked chicken served"]


def test_causes_weighed_by_one_source_suspected_then_confirmed_or_of_two_fires_are_no_conflict():
    examining = BAKERY + "Investigators are examining whether a gas leak or an electrical fault caused the blast."
    fault = BAKERY + "The cause of the blast has been identified as an electrical fault, the owner said."
    both = BAKERY + "Fire investigators said a gas leak was the cause of the explosion, but an electrical fault has not been ruled out."
    assert disputed(examining, fault, both) == []
    confirmed = BAKERY + "Police first suspected a gas leak. The blast was caused by an electrical fault, the fire service later confirmed."
    assert disputed(confirmed, BAKERY + "The owner said an electrical fault caused the blast.") == []
    sawmill = "A fire gutted the Oakfield sawmill near Brenlow on Monday night. "
    two_fires = sawmill + ("The fire at the sawmill was caused by an overheated motor, the fire brigade said. "
                           "A second fire, at a farm in Kelby, was started by a discarded cigarette.")
    assert disputed(two_fires, sawmill + "The sawmill fire was caused by an overheated motor, the owner said.") == []


def test_a_breakdowns_own_noun_is_no_cause_and_a_source_naming_the_rivals_kind_without_its_part_word_tells_it():
    """'because of an outage' tells what happened, not why; a source telling 'a loss of cooling' beside its own cause
    tells 'a problem with the cooling system' ('system' names a part of any whole), a chain, not a rival."""
    lead = "Card payments failed across Ardmore on Monday. "
    cooling = lead + "A problem with the cooling system caused the disruption, the company said."
    assert disputed(cooling, "Thousands of shoppers were left stranded because of an outage. " + lead) == []
    software = lead + ("The disruption was caused by a fault in the control software, the company's report said. "
                       "The report describes a loss of cooling in one hall.")
    assert disputed(cooling, software) == []


def test_a_ships_failure_told_as_suffered_or_as_leaving_it_without_steering_rivals_an_outside_thing_fouling_it():
    """A grounding blamed on the ship's own systems ('suffered a hydraulic failure', 'a hydraulic failure had left
    the trawler without steering') against a thing from outside caught in its gear ('a fouled propeller')."""
    aground = "The trawler Morwenna Bay ran aground outside Penhallow harbour early on Saturday."
    suffered = aground + " The crew said the boat suffered a complete hydraulic failure as it entered the channel."
    left = aground + " Its owners, Trelawn Fishing, said a hydraulic failure had left the trawler without steering in the channel."
    fouled = aground + " Harbour officials point to a fouled propeller, with a drifting net wound round the shaft."
    assert [value for _, value, _ in disputed(suffered, suffered.replace("early on", "before dawn on"), fouled)] \
        == ["a complete hydraulic failure / a fouled propeller"]
    assert [value for _, value, _ in disputed(left, left.replace("early on", "before dawn on"), fouled)] \
        == ["a hydraulic failure / a fouled propeller"]
    # one failure told both ways is one side; a loss left by no failure ('left the harbour without a pilot') no cause
    assert disputed(suffered, left) == []
    assert disputed(aground + " The storm had left the harbour without a pilot boat.", fouled) == []
