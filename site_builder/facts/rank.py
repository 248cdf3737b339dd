"""Which figures are key: the fact box holds the figures an editor would box, the rest stay reachable.

A box of thirty figures buries the five that matter. An editor boxes the event's own figures (what the
sources agree on or dispute, its toll, its sums, its scale, told near the top) and leaves out a source's
background: a figure inside someone's quotation, one of an earlier year, how long ago something else
happened, one count said again by another noun. Those, and what falls beyond the box's cap, are kept as
"more figures": on the page and in facts.json, each with its citations, never dropped. A disagreement is
never moved out of the box.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..model import Fact
from .numbers import EARLIER, OF_A_YEAR, ROUNDED, SAY_NOTHING, TIMING, YEAR_NAMED, Quantity, counts_things, dimension, in_base_unit, in_metric, measure_unit, single_valued, what_befell
from .merge import deed_of, stems
from .quotes import claimed
from .sentences import LEAD

MAX_FIGURES = 10  # editors' lists name 7 figures per event on average (80 events), 12 at most; past 10 the figures
# the ranking adds were judged noise four times in five

# A source's two counts of one exact value from 100 up are one count told twice ('300 evacuated', 'some 300
# residents'), as other sources' are (merge.py); groups of one small size are common ('12 crew', '12 injured').
SAME_SOURCE_RESTATED = 100
# Two sources' figures of one exact value from 20 up, in one unit, are one figure told twice ('about 40 employees' /
# '40 staff were evacuated'); small groups of one size are common in one story ('four crew', 'four pools').
TOLD_TWICE = 20
RESTATING_WORDS = 12  # a claim of so few words whose every sentence boxed figures cite says those figures
RESTATING_OTHER_WORDS = 3  # and a longer one that says fewer words besides the figures' and the box's names
_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_BACKGROUND_SLOTS = ("time since",)  # how long ago something else happened ('five years ago')
_PER_YEAR = " per year"  # the slot of a count a year ('visitor per year')
_SUMS_AND_SHARES = ("amount", "per cent")
_MINOR_SLOTS = ("period", "ordinal", TIMING)  # how long something lasted, which of a series, a time taken
# A web page's own counters ('14,208 views', '61 comments'): the page's furniture, not the event's.
_PAGE_COUNTERS = frozenset("view comment like retweet repost".split())
# "20 km north of Toamasina", "60 km south-west of the city of Arequipa": how far from a named place, which the
# box names; the offset says where, no size of the event.
_COMPASS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
_OFF_A_PLACE = re.compile(
    rf"\s*(?:{_COMPASS}(?:ern)?\s+of|from|off)\s+(?:the\s+)?(?:(?:city|town|village|port|island)\s+of\s+)?[A-Z]"
    rf"|\s*{_COMPASS}\s+of\s+the\s+(?:capital|city|town|village|port|island)\b"
)
_UNNAMED_DISTANCE = re.compile(r"distance \([^()]+\)")  # 'distance (metres)': of or from nothing named
# Someone's family, counted to say who they are ('with his wife and two children', 'whose three sons'): not the event's.
_KIN = frozenset("child children son sons daughter daughters grandchild grandchildren kid kids sibling siblings brother brothers sister sisters".split())
_KIN_OF = re.compile(r"(?:\b(?:his|her|their|whose)|\b(?:wife|husband|partner)\s+and)\s+(?:(?:own|young|adult|grown-up)\s+)?$")
# The writer's own life told in the first person outside quotation marks ('I have run it for ten years').
_FIRST_PERSON = re.compile(r"(?:^|[\s(])(?:I|I[’'](?:ve|m|d|ll)|[Mm]y|[Mm]e)\b")


def key_figures(facts: list[Fact], quantities: list[Quantity], year: int | None) -> tuple[list[Fact], list[Fact]]:
    """(the facts with the key figures, the other figures): a figure one source alone gives as background
    or as a count another figure already tells, and the least key figures beyond MAX_FIGURES, are more
    figures; a short claim that only tells a boxed figure is not boxed; the box keeps its order. `year` is the
    event's (None when no source is dated)."""
    figures = [f for f in facts if f.kind == "number"]
    mentions = _mentions(figures, quantities)
    bodies = _event_bodies(facts)
    more = {f.id for f in figures if _background(f, mentions[f.id], bodies, year)}
    more |= _restated(figures, mentions, more)
    ranked = sorted((f for f in figures if f.id not in more), key=lambda f: _rank(f, mentions[f.id]))
    more |= {f.id for f in ranked[MAX_FIGURES:] if f.status != "conflict"}
    folded = _measures_told_twice([f for f in figures if f.id not in more], mentions)
    folded |= _figures_told_twice([f for f in ranked if f.id not in more and f.id not in folded], mentions)
    boxed = [folded.get(f.id, f) for f in facts if f.id not in more and folded.get(f.id, f) is not None]
    told = _restating_claims(facts, [f for f in boxed if f.kind == "number"])
    return [f for f in boxed if f.id not in told], [f for f in figures if f.id in more]


def _measures_told_twice(figures: list[Fact], mentions: dict[str, list[Quantity]]) -> dict[str, Fact | None]:
    """A measure whose label says nothing of what it measures ('distance (metres)') beside a boxed measure of the same
    value in the same unit of length, mass, area, volume, speed or temperature that says it ('fall (metres)', 'length
    of the diversion (km)'), neither citing a sentence the other does: one measure told by two sources in words that
    merging could not align ('fell about 60 metres', 'came to rest 60 metres below the road'). The labelled line cites
    the other's sources too, each with the words it gave. Figure id -> the folded line, or None for the line folded
    into it. A count of one number is no such measure ('two trains', 'two lanes')."""
    folded: dict[str, Fact | None] = {}
    measure = {f.id: m for f in figures if f.status != "conflict" and (m := _one_measure(mentions[f.id]))}
    measures = [f for f in figures if f.id in measure]
    for given in (f for f in measures if _says_nothing(f)):
        line = next((
            f for f in measures
            if f.id not in folded and not _says_nothing(f) and measure[f.id] == measure[given.id]
            and not {(c.source, c.quote) for c in f.citations} & {(c.source, c.quote) for c in given.citations}
        ), None)
        if line is None:
            continue
        folded[line.id] = _folded(line, given)
        folded[given.id] = None
    return folded


def _figures_told_twice(ranked: list[Fact], mentions: dict[str, list[Quantity]]) -> dict[str, Fact | None]:
    """Two boxed figures of one value as shown ('about 40', '5,203', 'about 60%'), from TOLD_TWICE up or a share, in
    one unit, that no source gives both of: one figure two sources told under nouns merging could not align ('about
    40 employees' / 'about 40 people working there were evacuated'). The line whose label says more (in words, but
    for 'number of'; else the more key one: `ranked` is in the box's order) keeps its label ('votes (Green Party)'
    over 'votes (Sunday)', 'share of capacity' over 'currently runs') and cites the other's sources too. Figure id ->
    the folded line, or None for the line folded into it."""
    folded: dict[str, Fact | None] = {}
    alike: dict[tuple, list[Fact]] = defaultdict(list)
    for figure in ranked:
        if figure.status != "conflict" and _distinct(mentions[figure.id]):
            alike[(figure.value.lower(), frozenset(measure_unit(q.slot) for q in mentions[figure.id]))].append(figure)
    for figures in alike.values():
        figures.sort(key=lambda f: -len(f.label.removeprefix("number of ").split()))  # stable: the box's order next
        for i, line in enumerate(figures):
            for given in figures[i + 1 :]:
                if line.id not in folded and given.id not in folded and not {c.source for c in given.citations} & {c.source for c in line.citations}:
                    folded[given.id] = None
                    line = _folded(line, given)
            if line is not figures[i]:
                folded[figures[i].id] = line
    return folded


def _distinct(mentions: list[Quantity]) -> bool:
    """Mentions of one value rare enough in a story that two sources giving it give one figure."""
    return bool(mentions) and all(q.value >= TOLD_TWICE or q.slot.startswith("per cent") for q in mentions)


def _folded(line: Fact, given: Fact) -> Fact:
    """`line` citing `given`'s sources too, each with the words it gave when they differ from the line's value."""
    citing = {c.source for c in line.citations}
    told = tuple(replace(c, value=None if (c.value or given.value) == line.value else c.value or given.value) for c in given.citations if c.source not in citing)
    return replace(line, citations=line.citations + told, status="agreed" if told else line.status)


def _one_measure(mentions: list[Quantity]) -> tuple[str, float] | None:
    """The unit and value every mention gives of a length, a mass, an area, a volume, a speed or a temperature, in its
    dimension's base unit; None for anything else or mentions giving two values."""
    measured = {(dimension(q.slot), measure_unit(q.slot), q.value) for q in map(in_base_unit, mentions)}
    if len(measured) != 1:
        return None
    (kind, unit, value), = measured
    return (unit, value) if kind else None


def _restating_claims(facts: list[Fact], boxed: list[Fact]) -> set[str]:
    """Claims that are a boxed figure told again: a short sentence ('The court also fined him €120,000.',
    'Turnout was 61.2 percent, according to the municipality.') whose every citation the figure cites too;
    the figure's chips lead to those very words, so nothing is lost. A longer one too when, but for who
    reports it, the names the box holds and the figures' words and labels, it says fewer than three words
    ('A petition by the Tarn Valley Alliance has gathered more than 90,000 signatures, the group said.': 'gathered',
    'petition')."""
    cited = {(c.source, c.quote) for f in boxed for c in f.citations}
    names = stems(" ".join(f.value for f in facts if f.kind in ("person", "place", "organization")))
    told = set()
    for claim in (f for f in facts if f.kind == "claim" and f.status != "conflict"):  # a conflict's words are its sides'
        quotes = {(c.source, c.quote) for c in claim.citations}
        if not quotes <= cited:
            continue
        if len(claim.value.split()) > RESTATING_WORDS:
            figures = [f for f in boxed if quotes & {(c.source, c.quote) for c in f.citations}]
            said = stems(" ".join(f"{f.label} {c.value or f.value}" for f in figures for c in f.citations))
            if len(stems(claimed(claim.value)) - said - names) >= RESTATING_OTHER_WORDS:
                continue
        told.add(claim.id)
    return told


def _mentions(figures: list[Fact], quantities: list[Quantity]) -> dict[str, list[Quantity]]:
    """Each figure fact's mentions: the quantities of its cited sentences that give its value as cited."""
    at: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for quantity in quantities:
        at[(quantity.sentence.source, quantity.sentence.text)].append(quantity)
    found: dict[str, list[Quantity]] = {}
    for figure in figures:
        found[figure.id] = []
        for citation in figure.citations:
            said = at.get((citation.source, citation.quote), [])
            shown = citation.value or figure.value
            found[figure.id] += [q for q in said if q.shown == shown or shown.startswith(q.shown)][:1] or said[:1]
    return found


def _sources(figure: Fact) -> int:
    return len({c.source for c in figure.citations})


def _event_bodies(facts: list[Fact]) -> list[str]:
    """The names of the bodies more than one source names: the event's own, whose yearly scale is its news."""
    return [f.value for f in facts if f.kind == "organization" and _sources(f) > 1]


def _background(figure: Fact, mentions: list[Quantity], bodies: list[str], year: int | None) -> bool:
    """One source's figure that is no news of the event: said only inside quotation marks (a witness's or
    an official's words, most often restating a figure or telling a memory), in the writer's own first
    person (a blogger's aside), in what a clause tells of someone's life (see _of_someones_life) or a line cut
    from the page; of an earlier year, how long ago something else happened, a distance from a named place, a
    count a year (what a place or a body is: 'receives 40,000 visitors a year'), a rate of every year or a total run up
    since of old (see _all_along) or a web page's counter of its
    views or comments, what a body, a place or a thing has (see _what_a_thing_is), told below the lead in a
    sentence dated before the event (see _of_another_time),
    a press release's 'About <the body>:' line, or someone's kin (see _someones_family). Whatever the number of
    sources: which one of a short series ('the third round'), the toll of an earlier year's happening."""
    if figure.status == "conflict" or not mentions:
        return False
    if all(_small_ordinal(q) for q in mentions) or _another_events_toll(figure, mentions):
        return True
    if _sources(figure) > 1:
        return False
    aside = (_quoted, _first_person, _of_someones_life, _cut, _what_a_thing_is, _someones_family)
    return all(any(told(q) for told in aside) for q in mentions) or any(
        OF_A_YEAR.search(q.slot) or q.slot.startswith(_BACKGROUND_SLOTS) or (q.slot.split() or [""])[0] in _PAGE_COUNTERS
        or _off_a_place(q) or _a_year(q) or _all_along(q, bodies) or _framed_as_background(q) or _about_section(q)
        or _of_another_time(q, bodies, year)
        for q in mentions
    )


_CLAUSE_MARK = re.compile(r"[;:]|,(?!(?<=\d,)\d{3})")  # a thousands separator ('2,000') is no clause break


def _clause(quantity: Quantity) -> tuple[int, int] | None:
    """Where the figure's clause starts and ends in its sentence: between commas, semicolons or colons, a thousands
    separator ('2,000') being none; None when the figure's words are not found."""
    text = quantity.sentence.text
    at = text.find(quantity.words)
    if at < 0:
        return None
    breaks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    end = at + len(quantity.words)
    return max((b + 1 for b in breaks if b < at), default=0), min((b for b in breaks if b >= end), default=len(text))


# A press release's closing section on the body that issues it ('About Nordlys Orbital: founded in 2019, ...'):
# the boilerplate every release of the body carries, not the news.
_ABOUT_SECTION = re.compile(r"^\s*About\s+(?:the\s+)?[A-Z][^:.]{0,80}:")


def _about_section(quantity: Quantity) -> bool:
    """Told in a press release's 'About <the body>:' line: what the body is (its staff, its funding), not the news."""
    return _ABOUT_SECTION.match(quantity.sentence.text) is not None


# A report tells its news first and marks its background: by the past without the year's number after 'in' (a
# year's accounts, 'reported 2025 revenue of ...'), or by generality ('the market as a whole', 'nationwide').
_BACKGROUND_FRAME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\s+(?:revenues?|sales|turnover|profits?|earnings)\b"
    r"|\b(?:as a whole|nationwide|nationally|across the country|worldwide|on average)\b"
)
# "Last year, ...", "Only last year, ...": the year before fronted, the frame of the whole sentence.
_LAST_YEAR_FRONTED = re.compile(r"^\s*(?:(?:[Oo]nly|[Jj]ust|[Aa]nd|[Bb]ut)\s+)?(?:[Ll]ast|[Tt]he previous) year\b")


def _framed_as_background(quantity: Quantity) -> bool:
    """A figure its clause frames as a past year's or a general one ('reported 2025 revenue of $14.8 billion', 'the
    market as a whole sold 90 million tickets', 'overcrowding exceeds 20% nationally'), or in a sentence fronted by
    last year ('Last year, the district spent €2 million'): background, not the event's figure. Not 'last year'
    inside a clause: 'up from 40 last year' compares the event's own figure."""
    clause = _clause(quantity)
    if clause is None:
        return False
    text = quantity.sentence.text
    return _BACKGROUND_FRAME.search(text, *clause) is not None or _LAST_YEAR_FRONTED.match(text) is not None


# A time before the event's, named without its year: 'last year', 'last summer', 'the past year', 'earlier this year',
# 'the past five years', 'in recent years'.
_BEFORE_THE_EVENT = re.compile(
    r"\b(?:[Ll]ast|[Tt]he\s+(?:past|previous))\s+(?:(?:few|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades)"
    r"|year|summer|winter|spring|autumn|season)\b|\bearlier\s+this\s+year\b|\bin\s+recent\s+years\b"
)
_COMPARED = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|(?<!more )(?<!less )(?<!fewer )\bthan\b")  # not a hedge


def _of_another_time(quantity: Quantity, bodies: list[str], year: int | None) -> bool:
    """Told below the lead in a sentence set at a time before the event ('Kilbride handled 40 diversions last year.',
    'The county recorded 900 thefts in 2024.', 'the market sorted 3 billion parcels, figures published earlier this year
    show'): a report's background, a past or a general tally that the news sits in, not
    the event's own figure. Not in the lead, where an earlier figure compares the event's, nor when the time dates
    only a figure it is compared with ('14,000 this month, up from 9,000 last year'), nor said of the event's own body
    (see _all_along)."""
    text = quantity.sentence.text
    at = text.find(quantity.words)
    if quantity.sentence.index < LEAD or at < 0 or _of_an_event_body(text[:at], bodies):
        return False
    compared = _COMPARED.search(text, at + len(quantity.words))
    dated = text[: compared.start()] if compared else text  # 'up from 9,000 last year' dates the figure compared with
    return _BEFORE_THE_EVENT.search(dated) is not None or year is not None and any(int(y) < year for y in YEAR_NAMED.findall(dated))


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A rate of every year ('processes 600 million litres of milk a year', 'around 500 cases are reported each year',
# 'draws 30,000 visitors each August'), or a normal year fronted ('In a normal year, 28 million tonnes are shipped').
_EVERY_YEAR = re.compile(
    rf"\b(?:a\s+year|(?:per|each|every)\s+(?:year|summer|winter|spring|autumn|season|{_MONTH}))\b"
    r"(?!\s+(?:ago|earlier|later|before|after|on|of)\b)|\bannually\b"
)
_A_NORMAL_YEAR_FRONTED = re.compile(r"^\s*[Ii]n\s+an?\s+(?:normal|typical|average|usual|good)\s+year\b")
# What the event makes, plans or changes is its news, yearly or not ('will process 200,000 tonnes a year', 'fees
# rise to €900 a year', 'could do 4,000 more operations a year').
_EVENTS_RATE = re.compile(
    r"\b(?:will|would|could|can|shall|may|might|expects?|expected|plans?|planned|aims?|designed|capacity|once"
    r"|ris\w*|rose|rais\w*|increas\w*|cuts?|cutting|fall\w*|fell|drop\w*|reduc\w*|climb\w*|up\s+from|down\s+from)\b"
)
# A total run up since a founding or a year, in the perfect ('has raised €12 million since its founding', 'has
# restored 450 hectares since 2006'): what a body has done all along.
_SINCE_OF_OLD = re.compile(
    r"\bsince\s+(?:(?:its|their|the)\s+(?:founding|foundation|creation|launch|start|beginning)\b|(?:19|20)\d\d\b)"
)
_PERFECT = re.compile(r"\b(?:has|have)\b(?!\s+been\b)")
# A past before the figure tells what was, not a rate of every year ('the scheme promised returns of 14% a year').
_PAST = re.compile(r"\b(?:was|were|had|did|\w+ed)\b")
# The body a report is about, told again by what it is ('The operator has invested ...', 'the company ...').
_THE_BODY = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:operator|company|firm|group|co-?op|cooperative|utility|business|owner)\b|^\s*It\b")


def _all_along(quantity: Quantity, bodies: list[str]) -> bool:
    """One source's rate of every year in the present or total run up since a founding or an earlier year, neither planned nor
    changed by the event, said of no body of the event: what a place, a trade or a bystanding body does year in
    year out ('The river carries 180 million tonnes a year', a general statistic), not what happened. The event's
    own body's ('Slaney Valley processes 610 million litres a year', 'The operator has invested €420 million since
    2022') is the scale of what the event befell, which an editor boxes."""
    text = quantity.sentence.text
    clause = _clause(quantity) if not _EVENTS_RATE.search(text) else None
    if clause is None:
        return False
    before = text[clause[0]:text.find(quantity.words)]
    if _of_an_event_body(before, bodies):
        return False
    said = text[clause[0]:clause[1]].replace(quantity.words, " ")  # 'jailed for a year' is no rate
    yearly = _EVERY_YEAR.search(said) is not None or _A_NORMAL_YEAR_FRONTED.match(text) is not None
    return (yearly and not _PAST.search(before)) or (_PERFECT.search(before) is not None and _SINCE_OF_OLD.search(text) is not None)


def _of_an_event_body(before: str, bodies: list[str]) -> bool:
    """The words before a figure name the event's own body: by a name more sources give or by what it is ('The
    operator ...'), whose scale and record are the scale of what the event befell."""
    return _THE_BODY.search(before) is not None or any(body in before for body in bodies)


# A verb in the present of what a body, a place or a thing has or runs, with at most a few words of quantity or
# of a collective between it and the figure: 'has 160 staff', 'operates a fleet of 19 tankers', 'which covers about
# 30,000 hectares', 'the register counts 900 wrecks', 'There are 1,700 farms in the county' (a general statistic).
# Not after a modal ('will operate 300 farms', 'would have 40,000 employees': what the event makes), nor 'has sold
# 40' (a deed), nor 'employs', 'serves', 'houses' or 'can carry' (the size of the body or the vehicle the event
# befell, which an editor boxes), nor 'weighs' (the event's debris is weighed too).
_STANDING = re.compile(
    r"(?<!will )(?<!would )(?<!could )(?<!to )\b(?:has|have|operates|operate|runs|run|manages|manage|hosts|host|covers|cover|trains|train"
    r"|counts|[Tt]here\s+(?:are|is))\s+"
    r"(?:(?:a|an|the|its|their|his|her|our|some|about|around|roughly|nearly|almost|approximately|more|than|over|under"
    r"|fewer|less|up|to|estimated|now|still|all|fleet|network|total|staff|of)\s+){0,4}$"
)
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]")


def _what_a_thing_is(quantity: Quantity) -> bool:
    """What a body, a place or a thing has or runs, said in the present ('The village has around 400 inhabitants',
    'a firm that operates a fleet of 19 ships'): what it is every day, not what happened."""
    return quantity.around is not None and _STANDING.search(_CLAUSE_BREAK.split(quantity.around[0])[-1]) is not None


SHORT_SERIES = 10  # 'the third round', 'the 7th floor'; 'its 62nd flight' counts the flights before it


def _small_ordinal(quantity: Quantity) -> bool:
    """Which one of a short series ('on the third floor', 'in the seventh round', 'near the fourth tower'): where in
    the story, no size of the event; a large ordinal tallies what came before ('the 62nd flight') and stays."""
    return quantity.slot.startswith("ordinal") and quantity.value <= SHORT_SERIES


def _another_events_toll(figure: Fact, mentions: list[Quantity]) -> bool:
    """People killed or hurt in an earlier year ('In 2016, 42 people died at the market', 'three climbers were killed
    in 2013'): another happening's toll, however many sources recall it; the event's own toll is of its own time."""
    return all(OF_A_YEAR.search(q.slot) for q in mentions) and any(what_befell(w) for w in _IN_BRACKETS.sub("", figure.label).split())


def _a_year(quantity: Quantity) -> bool:
    """A count of people or things a year ('carries 25,000 passengers a year'): what a place or a body is, every year."""
    return quantity.slot.endswith(_PER_YEAR) and counts_things(quantity.slot)


# A clause on someone named, of their life: ', who has worked there for 20 years', ', who lives 300 metres away'.
_WHO_LIVES = re.compile(
    r",\s+who\s+(?:(?:has|have|had)\s+(?:been\s+|lived|worked|served|flown|driven|run|taught|played)|lives|lived|works|worked"
    r"|keeps|milks|farms|breeds|grows)\b[^,;“”\"]*$"
)


def _of_someones_life(quantity: Quantity) -> bool:
    """Told in a clause on someone of their own life: how long they have worked or flown, where they live, what they
    farm ('the driver, who has been driving buses for 22 years, ...', 'a neighbour, who lives on the fourth floor, ...',
    'a farmer, who keeps 600 sheep, ...'):
    who they are, not what happened ('..., who was among the 14 injured' is news)."""
    return quantity.around is not None and _WHO_LIVES.search(quantity.around[0]) is not None


def _someones_family(quantity: Quantity) -> bool:
    """A count of someone's children or kin, nothing befalling them in its clause ('was staying at the hotel with his
    wife and two children', 'whose two children are at the school'): who the person is; 'her two children were
    injured' is news."""
    head = quantity.noun.split()[-1].lower() if quantity.noun else ""
    return quantity.around is not None and head in _KIN and deed_of(quantity) is None and _KIN_OF.search(quantity.around[0]) is not None


def _cut(quantity: Quantity) -> bool:
    """Told in a line that opens in lower case: a tagline or a caption cut from the page ('one runner, forty-two
    kilometres at a time'), no sentence of the report."""
    return quantity.sentence.text[:1].islower()


def _off_a_place(quantity: Quantity) -> bool:
    """A distance from a place the sources name ('roughly 20 km north of Toamasina'): where, not how big; the
    place is boxed ('800 metres from the shore' names no place and stays)."""
    return quantity.slot.startswith("distance") and quantity.around is not None and _OFF_A_PLACE.match(quantity.around[1]) is not None


def _first_person(quantity: Quantity) -> bool:
    """Told in the first person singular outside quotation marks: the writer's own life ('I have walked it for
    fifteen years'), not the event's news; a body's 'we' and 'our' speak for the body and stay news."""
    text = _QUOTATION.sub(" ", quantity.sentence.text)
    return quantity.words in text and _FIRST_PERSON.search(text) is not None


def _quoted(quantity: Quantity) -> bool:
    text = quantity.sentence.text
    at = text.find(quantity.words)
    return at >= 0 and any(m.start() < at < m.end() for m in _QUOTATION.finditer(text))


def _counts(mentions: list[Quantity]) -> bool:
    """A count of people or things ('seven miners', 'three men killed'), not a sum, a share, a measure or an ordinal."""
    return all(counts_things(q.slot) and not q.slot.startswith(_MINOR_SLOTS) for q in mentions)


def _generic(mentions: list[Quantity]) -> bool:
    """A count of people or things by what they are ('seven brothers', 'three thieves'), saying nothing of
    what befell them (not 'killed', 'injured'), nor whose it is ('points (Baker)')."""
    return _counts(mentions) and not any(what_befell(q.slot.split()[0]) or single_valued(q.slot) for q in mentions)


def _restated(figures: list[Fact], mentions: dict[str, list[Quantity]], more: set[str]) -> set[str]:
    """Figures another boxed figure already tells: one whose citations another cites with the same value
    (one mention taken for two things: 'two singles' and 'two best second-place finishers'), and one source's
    count of people or things by what they are whose value a figure more sources give has ('three thieves'
    beside 'three men'; 'our seven brothers' beside 'seven miners killed'), or its own source gives from 100 up
    ('some 300 residents' beside '300 evacuated'): most often that count by another noun. Sums, shares and
    measures of one value are no such count (one measure told twice is one figure already: merge._measured_alike).
    Told again too: a count one source points back to ('All four suffered burns' after its 'four people
    injured') and a measure given again in another unit ('47.3 degrees, or 117.1 degrees Fahrenheit'). The better-told figure stays: more sources, a disagreement, what befell them, near the top."""
    restated: set[str] = set()
    boxed = sorted((f for f in figures if f.id not in more), key=lambda f: _rank(f, mentions[f.id]))
    for place, figure in enumerate(boxed):
        told = mentions[figure.id]
        if figure.status == "conflict":
            continue
        values = {q.value for q in told}
        if any(
            _converted(told, mentions[other.id]) or _in_another_unit(figure, told, other, mentions[other.id]) or _a_part_told(figure, told, other)
            for other in boxed if other is not figure
        ):
            restated.add(figure.id)
            continue
        for other in boxed[:place]:  # the better told
            if other.id in restated or not values & {q.value for q in mentions[other.id]}:
                continue
            said_by = {c.source for c in other.citations}
            another_noun = _sources(figure) == 1 and len(values) == 1 and _generic(told) and _counts(mentions[other.id]) and (
                len(said_by) > 1 or figure.citations[0].source in said_by and min(values) >= SAME_SOURCE_RESTATED
            )
            if another_noun or _same_words(told, mentions[other.id]) or _points_back(told, mentions[other.id]):
                restated.add(figure.id)
                break
    return restated


_IN_BRACKETS = re.compile(r"\([^)]*\)")
# A count pointed back to: 'All three were treated for cuts', 'The two were flown to ...', 'Both ...'.
_POINTING_BACK = re.compile(r"\b(?:[Aa]ll|[Tt]he|[Tt]hese|[Tt]hose)\s+$")


def _points_back(mentions: list[Quantity], others: list[Quantity]) -> bool:
    """One source's count said as the count its own source told before ('All three suffered cuts' after 'Three
    people were hurt'): that count again, not a count of its own ('The 12 crew were safe. Twelve people were
    injured.' are two)."""
    return bool(mentions) and all(
        _POINTING_BACK.search(q.sentence.text[: max(0, _span(q)[0])]) is not None
        and any(o.sentence.source == q.sentence.source and o.sentence.index < q.sentence.index for o in others)
        for q in mentions
    )


# What opens a measure given again in another unit: '47.3 degrees, or 117.1 degrees Fahrenheit', '12 km (7.5 miles)'.
_CONVERSION = re.compile(r"(?:,\s*or|\s\(|;\s*or)\s*(?:(?:about|around|roughly|some|nearly|almost)\s+)?$")


def _converted(mentions: list[Quantity], others: list[Quantity]) -> bool:
    """A measure its sentence gives right after another as that one in another unit ('47.3 degrees, or 117.1
    degrees Fahrenheit'): the other told again."""
    def right_after(q: Quantity, o: Quantity) -> bool:
        start, end = _span(q)[0], _span(o)[1]
        return o.sentence == q.sentence and 0 <= end <= start and _CONVERSION.search(q.sentence.text[end:start]) is not None

    return bool(mentions) and all(
        measure_unit(q.slot) and any(measure_unit(o.slot) and right_after(q, o) for o in others) for q in mentions
    )


def _in_another_unit(figure: Fact, mentions: list[Quantity], other: Fact, others: list[Quantity]) -> bool:
    """A measure in feet, miles, mph, knots or °F whose every mention, converted, is within rounding of a metric
    figure of as many sources or more ('wind gusts of about 22 mph' beside 'gusts of up to 35 km/h', 'about 30 feet
    tall' beside 'the 9 m dam'): one measure told in two units, the metric line boxed, the other more figures."""
    if not mentions or _sources(figure) > _sources(other):
        return False  # asked of every pair of boxed figures: the other's mentions are converted only past these tests
    converted = [in_metric(q) for q in mentions]
    if None in converted:
        return False
    metric = [(measure_unit(o.slot), o.value) for o in map(in_base_unit, others)]
    return all(any(u == unit and abs(value - v) <= ROUNDED * abs(v) for u, v in metric) for unit, value in converted)


_PART_NUMBER = re.compile(r", of which (\d[\d,]*)")


def _a_part_told(figure: Fact, mentions: list[Quantity], whole: Fact) -> bool:
    """A count the box shows as the part of a whole, in the very sentences that tell it ('about 350 new staff, of which 210
    nurses' beside 'nurses: 210', both citing 'hired about 350 staff, 210 of them nurses'): the whole's line tells it."""
    part = _PART_NUMBER.search(whole.value)
    quotes = {(c.source, c.quote) for c in figure.citations}
    return (
        part is not None and bool(mentions) and all(q.value == float(part.group(1).replace(",", "")) for q in mentions)
        and quotes <= {(c.source, c.quote) for c in whole.citations}
    )


def _same_words(mentions: list[Quantity], others: list[Quantity]) -> bool:
    """Every mention is the same words of the same sentence as one of the others ('two' of 'only two singles')."""
    spans = {(q.sentence.source, q.sentence.index, *_span(q)) for q in others}
    return bool(mentions) and all(
        any(s == q.sentence.source and i == q.sentence.index and a < _span(q)[1] and _span(q)[0] < b for s, i, a, b in spans)
        for q in mentions
    )


def _span(quantity: Quantity) -> tuple[int, int]:
    at = quantity.sentence.text.find(quantity.words)
    return at, at + len(quantity.words)


SMALL_CAST = 10  # 'two children', 'three lanes': the people and things of a scene, counted on one hand or two


def _a_scenes_cast(figure: Fact, mentions: list[Quantity]) -> bool:
    """One source's small count of people or things by what they are ('two children', 'three lanes', 'Three
    pacemakers'), its clause telling nothing done to them or by them ('two lifeguards were injured' is news): who and
    what is in the scene, most often no size of the event; boxed only when the box has room."""
    return _sources(figure) == 1 and _generic(mentions) and all(
        q.value < SMALL_CAST and deed_of(q) is None and not q.slot.startswith(_SUMS_AND_SHARES) for q in mentions
    )


def _rank(figure: Fact, mentions: list[Quantity]) -> tuple:
    """How key a figure is (smaller is more key): a disagreement; then the more sources give it; then any
    figure over a scene's cast (see _a_scenes_cast); then told in a source's first sentences, which say what
    happened (a report puts its news on top, its background below, whatever kind of figure either is); then one
    whose label says what it measures (see _says_nothing); then the event's toll, sums and shares over counts and measures, over lengths of time and ordinals; then the earlier
    it is told."""
    first = min((q.sentence.index for q in mentions), default=0)
    slot = mentions[0].slot if mentions else ""
    if slot and what_befell(slot.split()[0]) or slot.startswith(_SUMS_AND_SHARES) and not slot.endswith(EARLIER):
        kind = 0
    elif slot.startswith(_MINOR_SLOTS):
        kind = 2
    else:
        kind = 1
    return (figure.status != "conflict", -_sources(figure), _a_scenes_cast(figure, mentions), first >= LEAD, _says_nothing(figure), kind, first, figure.id)


def _says_nothing(figure: Fact) -> bool:
    """Labelled by words that say nothing of what it measures ('amount', 'per cent', 'number of people', a length
    called 'distance' alone): its sentence named nothing the figure is of, most often a detail ('23 people had
    called', 'a further €3.1m', 'it was 4.3 metres on the lower tongue')."""
    return figure.label in SAY_NOTHING or figure.label in ("number of people", "number of persons") or _UNNAMED_DISTANCE.fullmatch(figure.label) is not None
