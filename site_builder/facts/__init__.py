"""Facts stage: the Sources of one Event -> merged Facts, each citing the exact words of its sources.

Per source: sentences, entities, dates, figures and quotations. Across sources:
one fact per thing (merge.py), with status agreed / conflict / single-source.
Then what the curator said in event.md wins: pinned, hidden and relabelled facts,
house spellings, and the title, date and place.
"""
from __future__ import annotations

import gc
import io
import math
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache
from itertools import combinations
from typing import Callable, TypeVar

from ..convert.language import detect_language
from ..model import Aliases, Citation, Event, Fact, Source, StageCache
from ..problems import Problem
from ..slugs import slugify
from .aliases import Spellings, fold, merged, one_person_named, short_name_of
from .dates import DateMention, find_dates, publication_day
from .entities import Entity, Mention, acts, employers, employs, find_entities
from .lexicon import (
    BODY_HEAD_WORDS, PRESS_WORDS, COMPANY_FORMS, CONTINENTS, COUNTRIES, DIRECTIONS, FUNCTION_WORDS, HAPPENING_WORDS, INSTITUTION_WORDS, LEGISLATURES,
    NAME_PARTICLES, BUILDING_WORDS, COMMENTATOR_WORDS, ORGANIZATION_DESCRIPTORS, SEAT_WORDS,
)
from .merge import CONTAINED, NEGATED, NUMBER_STEMS, PARTLY_NEGATED, FigureGroup, each_and_its_whole, opposed, same_stem, align_figures, align_quotations, cite_one_side, cluster_sentences, fact, quoted_within, single_valued, stems, told_in_fewer_words, told_in_the_same_details, unique_id, wordings
from .numbers import AHEAD, EARLIER, SAY_NOTHING, OF_A_YEAR, YEAR_NAMED, PLACED_TIMES, STATE_SLOTS, TALLY, TIMING, Quantity, counts_people, counts_things, counts_without_noun, lemma, lengths_of_time, find_quantities, measure_unit, fold_name, past_participle, the_whole_of_a_part, what_befell
from .quotes import Quotation, claimed, find_quotations
from .rank import key_figures
from .rivals import rival_claims
from .sentences import LEAD, Sentence, may_contain, search_holding, source_order, split_sentences

# Bylines and credits the cleaner left in: their names are the reporters', not the news's.
# A credit line ("By ...", "Photo by ..."), or a credit's words anywhere ("Reporting by ...", "... contributed to this report").
_CREDIT_LINE = re.compile(r"(?:By|Reporting by|Editing by|Writing by|Written by|Photos? by|Image|Credit|Source|Copyright)\b[^.]{0,80}$")
_CREDIT_INITIALS = "BRPEWICS"  # the first letters of the words a credit line opens with
_CREDITED = re.compile(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting) by\b|\bcontributed (?:to )?this report\b")


def _credit(text: str) -> bool:
    """A byline or credit: a credit line looked for only at the start of a sentence that opens with one of its
    words, a credit's words only in a sentence holding their 'ing by' or 'contributed' (most sentences do neither;
    a pattern opening with a word boundary is tried at every position)."""
    return (
        text[:1] in _CREDIT_INITIALS and _CREDIT_LINE.match(text) is not None
        or ("ing by" in text or "contributed" in text) and _CREDITED.search(text) is not None
    )


MAX_CLAIMS = 12  # the best-supported claims; the rest of what two outlets share is background


@dataclass(frozen=True)
class Found:
    """What the sources say, before the curator's word: their facts, and the title, day and place they point to."""

    facts: tuple[Fact, ...]
    more: tuple[Fact, ...]  # the places and bodies named in passing, the figures that are not key (rank.py): reachable, not boxed
    title: str | None
    date: str | None
    place: str | None


def analyse_event(event: Event, aliases: Aliases = Aliases(), cache: StageCache | None = None) -> tuple[Event, list[Problem]]:
    """The event with its fact box, and a warning for each fact id event.md hides or relabels that no
    fact has (curators mistype ids; ids are listed in facts.json). `cache` keeps what the sources say
    by their text and the house spellings of the names finding them asked about (Spellings.asked, kept beside):
    an edit of event.md's note, title or curated facts finds nothing again, nor does an aliases.toml edit
    whose names the sources never use."""
    spellings = Spellings(merged(aliases, event.meta.spelling))
    sources = repr(event.sources) if cache is not None else ""  # as the keys name them: written once, not per key
    asked = cache.get(("asked", sources)) if cache is not None else None
    found = cache.get(("found", sources, asked, spellings.houses(asked))) if isinstance(asked, tuple) else None
    if not isinstance(found, Found):
        with _collector_paused():
            found = find_facts(event.sources, spellings, cache)
        asked = tuple(sorted(spellings.asked))
        if cache is not None:
            cache.put(("asked", sources), asked)
            cache.put(("found", sources, asked, spellings.houses(asked)), found)
    problems = _unknown_ids(event, list(found.facts + found.more))
    facts, more = _curated(event, list(found.facts), list(found.more))
    bodies = {s.id: " ".join(s.article.body.split()) for s in event.sources}
    return replace(
        event,
        title=event.meta.title or found.title or event.title,
        date=event.meta.date or found.date,
        place=event.meta.place or found.place,
        facts=tuple(f for f in (_verified(f, bodies) for f in facts) if f is not None),
        more_facts=tuple(f for f in (_verified(f, bodies) for f in more) if f is not None),
        spelled=asked,
    ), problems


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Finding facts makes millions of small objects and no reference cycles (none collected at 500 sources), so the
    cyclic garbage collector's passes find nothing; its full passes walk the whole heap, more often the bigger the
    event (13% of an event of 500 sources). Paused for the finding, as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def source_sentences(sources: tuple[Source, ...]) -> dict[str, list[Sentence]]:
    """Each source's sentences the facts are read from: its body's, without bylines and credits."""
    return {source.id: [s for s in split_sentences(source.article.body, source.id) if not _credit(s.text)] for source in sources}


def find_facts(sources: tuple[Source, ...], spellings: Spellings, cache: StageCache | None = None) -> Found:
    """What the sources say: nearly all of the analysis's work, which the curator's word in event.md does not change.
    `cache` keeps each source's days and figures (`read_days_and_figures`)."""
    by_source = source_sentences(sources)
    sentences = [s for source in sources for s in by_source[source.id]]
    entities = find_entities(sentences, spellings, LEAD, {source.id: _language(source) for source in sources})
    keywords = _event_keywords(sources, by_source)
    said = {(s.source, s.index): stems(s.text) for s in sentences}  # each sentence's words, cut once
    taken: set[str] = set()

    published = {source.id: publication_day(source.article.published) for source in sources}
    dates: dict[tuple[str, int], list[DateMention]] = {}
    figures: list[Quantity] = []
    for source in sources:
        read = read_days_and_figures(source, by_source[source.id], published[source.id], cache)
        for sentence, (days, quantities) in zip(by_source[source.id], read):
            dates[(sentence.source, sentence.index)] = list(days)
            figures += quantities

    date_fact, day = _date_fact(sources, by_source, keywords, said, dates)
    facts: list[Fact] = [f for f in (date_fact, _in_force_fact(sentences, dates)) if f]
    year = day.year if day else max((d.year for d in published.values() if d), default=None)
    background = _nationalities(entities) + (_of_earlier_years_only(entities, year) if year else [])
    current = [e for e in entities if e not in background]
    told_where = {e.key: _where_told(e) for e in current if e.kind == "place"}  # asked again and again below, once each
    where = _venues_of_bodies(current, len(sources)) + _where(current, len(sources), told_where)
    others, passing = _other_places(current, where, len(sources))
    passing += [e for e in background if e.kind == "place"]
    facts += _where_disputed([(e, _entity_fact(e, "place", taken)) for e in where + others], told_where, len(sources))
    facts += [_entity_fact(e, "person", taken) for e in _people(entities)]
    bodies, commentators = _organizations(current, len(sources))
    commentators += [e for e in background if e.kind == "organization"]
    facts += [_entity_fact(e, "organization", taken) for e in bodies]
    facts = _names_told_again(facts)
    quantities = _owners_named(_whose_terms(_without_event_words(_without_told_again(figures), keywords), entities), entities)
    quantities = _of_earlier_years(quantities, year) if year else quantities
    facts += _figure_facts(quantities, taken)
    people = _people_by_source(entities)
    read = {s.id: find_quotations(by_source[s.id], people.get(s.id, [])) for s in sources}
    quotations, quoted = _quotation_facts([q for s in sources for q in read[s.id][0]], taken)
    days = _days_named(sentences, dates, day)
    referents = {(source_id, text): name for source_id, (_, pointed_to) in read.items() for text, name in pointed_to.items()}
    claims, disputed = _claim_facts(sentences, quoted, said, entities, quantities, days, keywords, referents, taken)
    boxed_people = [f for f in facts if f.kind == "person"]
    claims = _roles_told_again(_quotations_told_again(claims, quotations, entities, referents, boxed_people), boxed_people)
    claims = _with_denials(claims, sentences, quoted, taken)
    facts = _figures_disputed(facts, disputed, quantities) + [c for c in claims if not (year and _an_earlier_years_claim(c, year))]
    facts = rival_claims(facts + _only_reported(sources, by_source, facts, quoted, entities, keywords, taken), sentences, entities)
    facts = _roles_disputed(_landing_disputed(_hospitals_disputed(facts, sentences, entities, taken), sentences, taken), sentences, entities)
    facts = cite_one_side(facts, lambda conflict: conflict.kind == "place", _names_side)
    boxed, more = key_figures(facts + quotations, quantities, year)
    cited = _figures_told_bare(boxed + more, quantities, sentences)  # the box and the other figures: a sentence cited once
    facts, more = cited[: len(boxed)], cited[len(boxed) :]
    more = [_entity_fact(e, "place", taken) for e in passing] + [_entity_fact(e, "organization", taken) for e in commentators] + more
    return Found(tuple(facts), tuple(more), _representative_title(sources, by_source), day.isoformat() if day else None, _place_name(where))


SentenceReading = tuple[tuple[DateMention, ...], tuple[Quantity, ...]]  # the days a sentence names, its figures


def read_days_and_figures(
    source: Source, sentences: list[Sentence], published: date | None, cache: StageCache | None = None
) -> list[SentenceReading]:
    """The days and figures of each of a source's sentences: what the facts read of a source on its own (figures
    are the most costly of it), kept in `cache` by the source's text, so that an edit reads only the edited source
    again. Kept without the sentences, which are split again (the key names all they are made from)."""
    key = ("days and figures", source.id, source.article.body, published)
    kept = cache.get(key) if cache is not None else None
    if isinstance(kept, bytes):
        return _ReadingUnpickler(io.BytesIO(kept), sentences).load()
    # a sentence's days first: its figures ask for the same date matches
    read = [(tuple(find_dates(sentence, published)), find_quantities(sentence)) for sentence in sentences]
    if cache is not None:
        kept_bytes = io.BytesIO()
        _ReadingPickler(kept_bytes, protocol=pickle.HIGHEST_PROTOCOL).dump(read)
        cache.put(key, kept_bytes.getvalue())
    return read


class _ReadingPickler(pickle.Pickler):
    """A source's days and figures with each sentence they are of written as its index (its text is the source's)."""

    def persistent_id(self, obj: object) -> int | None:
        return obj.index if isinstance(obj, Sentence) else None


class _ReadingUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, sentences: list[Sentence]):
        super().__init__(file)
        self.sentences = {sentence.index: sentence for sentence in sentences}

    def persistent_load(self, index: int) -> Sentence:
        return self.sentences[index]


def _language(source: Source) -> str | None:
    """The source's language as the converter found it ('de-AT' is 'de'), else as its body's stop words say."""
    language = source.article.language or detect_language(source.article.body)
    return language.lower().split("-")[0].split("_")[0] if language else None


# --- what the event is about ---------------------------------------------------------------


def _event_keywords(sources: tuple[Source, ...], by_source: dict[str, list[Sentence]]) -> frozenset[str]:
    """Words most sources use in their headline and first sentences: what the event is."""
    counts: Counter[str] = Counter()
    for source in sources:
        lead = " ".join([source.article.title or ""] + [s.text for s in by_source[source.id][:LEAD]])
        counts.update(stems(lead))
    needed = max(2, math.ceil(len(sources) / 2)) if len(sources) > 1 else 1
    return frozenset(word for word, n in counts.items() if n >= needed)


def _about_event(sentence: Sentence, keywords: frozenset[str], said: dict[tuple[str, int], frozenset[str]]) -> bool:
    return sentence.index < LEAD or len(said[(sentence.source, sentence.index)] & keywords) >= 3


def _representative_title(sources: tuple[Source, ...], by_source: dict[str, list[Sentence]]) -> str | None:
    """The source headline whose words the other sources use most in their own headline and lead.

    A headline's score is the mean share of its words each other source's lead uses: the number of leads
    using each of its words (less its own lead), summed, over the words times the other sources, an exact
    fraction (ties go to the first source); counted once per word, not per pair of sources."""
    leads = {
        s.id: stems(" ".join([s.article.title or ""] + [x.text for x in by_source[s.id][:LEAD]])) for s in sources
    }
    using = Counter(word for lead in leads.values() for word in lead)
    best: tuple[Fraction, int, str] | None = None
    for source in sources:
        title = source.article.title
        if not title or not 3 <= len(title.split()) <= 25:
            continue
        words = stems(title)
        if not words:
            continue
        own = len(words & leads[source.id])
        if len(sources) > 1:
            score = Fraction(sum(map(using.__getitem__, words)) - own, len(words) * (len(sources) - 1))
        else:  # no other source: its own lead
            score = Fraction(own, len(words))
        candidate = (score, -source_order(source.id)[0], title)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


# --- when ------------------------------------------------------------------------------------


def _date_fact(
    sources: tuple[Source, ...], by_source: dict[str, list[Sentence]], keywords: frozenset[str],
    said: dict[tuple[str, int], frozenset[str]], dates: dict[tuple[str, int], list[DateMention]]
) -> tuple[Fact | None, date | None]:
    """The day the event happened, from the past days each source names in sentences about the event.

    A source's own date of the event is the earliest day of the first sentence that dates it ("searched
    on Monday after a quake struck on Sunday night"), or of its first telling the event's deed when that one tells a
    step after or before it (`_deed_first`); the day most sources give wins, and a source giving another is a conflict.
    A weekday in a source without a publication date is cited when it fits the day, never dated alone, and counts
    for the day it fits ("announced on Tuesday" against one source's "closing price on Monday" and another's Tuesday). The day
    something was made known ("the consulate confirmed on Tuesday", "a report published on Monday") is not the
    event's: a source's own day is another it names, and such a day never disagrees; nor does the event's weekday
    counted to another week.
    """
    dated: list[list[DateMention]] = []  # each source's past days, in its order
    for source in sources:
        published = publication_day(source.article.published)
        dated.append([
            d
            for s in by_source[source.id]
            for d in dates[(s.source, s.index)]
            if not d.future and (d.day is not None or d.weekday is not None)
            and not (d.day and published and not published - timedelta(days=10) <= d.day <= published)
        ])
    about = [[d for d in found if _about_event(d.sentence, keywords, said)] for found in dated]
    deed = _deed_words([found[0].sentence for found in about if found])
    candidates = [found for found in (_deed_first(*pair, deed) for pair in zip(dated, about)) if found]
    own = [_own_day([d for d in found if not d.told] or found) for found in candidates if any(d.day for d in found)]
    resolved = Counter(d.day for d in own)
    if not resolved:
        return None, None
    weekdays = Counter(_own_weekday([d for d in found if not d.told] or found) for found in candidates if not any(d.day for d in found))
    day = max(resolved, key=lambda day: (resolved[day] + weekdays[day.weekday()], -_first_source(own, day)))
    citations, days = [], [day.isoformat()]
    for mention in (_stated(found, day) for found in candidates):
        if mention.day is None and mention.weekday != day.weekday() or mention.told and mention.day not in (None, day):
            continue  # an unresolved weekday that does not fit, or the day of a telling: nothing to compare
        disagrees = mention.day is not None and mention.day != day and not _a_week_off(mention, day)
        value = f"{mention.day.isoformat()} ({mention.words})" if disagrees else mention.words
        if disagrees and mention.day.isoformat() not in days:
            days.append(mention.day.isoformat())
        citations.append(Citation(mention.sentence.source, mention.sentence.text, value, disagrees))
    # in conflict, every side's day is the value (the one most sources give first), as a disputed figure's are
    return fact("date", "date", "date of the event", " / ".join(days), citations, len(days) > 1), day


def _in_force_fact(sentences: list[Sentence], dates: dict[tuple[str, int], list[DateMention]]) -> Fact | None:
    """The day the event's rule takes effect, when two sources or more give it: a conflict when they give different
    days, each giving one (a source giving two tells of two rules)."""
    told: dict[str, dict[date, DateMention]] = {}
    for sentence in sentences:
        for mention in dates[(sentence.source, sentence.index)]:
            if mention.in_force is not None and not mention.by_weekday:
                told.setdefault(sentence.source, {}).setdefault(mention.in_force, mention)
    if len(told) < 2 or any(len(days) > 1 for days in told.values()):
        return None
    mentions = [next(iter(days.values())) for days in told.values()]
    support = Counter(m.in_force for m in mentions)
    days = sorted(support, key=lambda day: (-support[day], min(source_order(m.sentence.source) for m in mentions if m.in_force == day)))
    citations = [
        Citation(m.sentence.source, m.sentence.text, f"{m.in_force} ({m.words})" if len(days) > 1 else m.words, m.in_force != days[0])
        for m in mentions
    ]
    return fact("date-in-force", "date", "in force from", " / ".join(d.isoformat() for d in days), citations, len(days) > 1)


def _deed_words(dating: list[Sentence]) -> frozenset[str]:
    """The words in lower case that two sources' first sentences dating the event share: its deed as told with its
    day ("declared", "outbreak" in "Trondheim declared a measles outbreak on Monday"), not who or where."""
    counts = Counter(word for s in dating for word in _lower_case_words(s.text))
    return frozenset(word for word, n in counts.items() if n >= 2)


def _lower_case_words(text: str) -> frozenset[str]:
    return stems(" ".join(word for word in text.split() if word[:1].islower()))


def _deed_first(found: list[DateMention], about: list[DateMention], deed: frozenset[str]) -> list[DateMention]:
    """A source's days about the event; when the first sentence dating it tells none of the event's deed ("the clinic
    opened on Tuesday": a step after or before it), those of its sentences telling the deed (two of its words: "The
    outbreak was declared on Monday") first, wherever they are."""
    if not about or _lower_case_words(about[0].sentence.text) & deed:
        return about
    telling = [d for d in found if len(_lower_case_words(d.sentence.text) & deed) >= 2]
    return telling + [d for d in about if d not in telling]


def _own_day(found: list[DateMention]) -> DateMention:
    """The earliest day of the first sentence dating the event, but for a day of what people named in it did apart
    (", who arrived on Thursday"), when it names another."""
    dated = [d for d in found if d.day]
    first = [d for d in dated if d.sentence == dated[0].sentence]
    return min([d for d in first if not d.aside] or first, key=lambda d: d.day)


def _a_week_off(mention: DateMention, day: date) -> bool:
    """The event's weekday, counted to another week ("on Monday" in a text dated a week later, or read ahead): the
    sources name the same day, only the reckoning from a publication date differs."""
    return mention.by_weekday and mention.day is not None and mention.weekday == day.weekday() and abs((mention.day - day).days) <= 14


def _own_weekday(found: list[DateMention]) -> int | None:
    """The weekday a source without a publication date dates the event by: its first, which counts for the day it fits."""
    return next((d.weekday for d in found if d.weekday is not None), None)


def _stated(found: list[DateMention], day: date) -> DateMention:
    """The source's mention of the event's day (or of its weekday, undated); else its earliest day not of a telling."""
    for mention in found:
        if mention.day == day or (mention.day is None and mention.weekday == day.weekday()):
            return mention
    return min((d for d in found if d.day), key=lambda d: (d.told, d.day), default=found[0])


def _first_source(stated: list[DateMention], day: date) -> int:
    return min(source_order(d.sentence.source)[0] for d in stated if d.day == day)


# --- where, who ------------------------------------------------------------------------------


def _nationalities(entities: list[Entity]) -> list[Entity]:
    """The countries named only as someone's nationality ("Kenya's Mary Atieno", "Norway's reigning champion
    Ingrid Dahl", "Tom Reyes of Chile", "Ana Silva from Brazil"): where a person comes from, which the person's label says, not where the
    event happened. Such a country is named in passing."""
    countries = [e for e in entities if e.kind == "place" and e.label == "country" and e.mentions]
    names = {m.surface for e in entities if e.kind == "person" for m in e.mentions} | {e.name for e in entities if e.kind == "person"}
    if not countries or not names:
        return []  # the patterns of every name (compiled per event) are made only when there is a country to try
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    owner = re.compile(rf"[’']s\s+(?:[a-z-]+\s+){{0,3}}(?:{alternatives})\b")  # "Norway's reigning champion X"
    origin = re.compile(rf"\b(?:{alternatives})\s+(?:of|from)\s+$")

    def nationality(mention: Mention) -> bool:
        text = mention.sentence.text
        at = text.find(mention.surface)
        return at >= 0 and (owner.match(text, at + len(mention.surface)) is not None or origin.search(text[:at]) is not None)

    return [e for e in countries if all(map(nationality, e.mentions))]


# "since 2020, when hackers broke in": an earlier year's happening told beside the event.
_SINCE_WHEN = re.compile(r"\b[Ss]ince\s+(1[89]\d\d|20\d\d),?\s+when\b")
# "the 2002 Prestige disaster off Galicia": a year naming what happened then (of places, not figures: 'the 2018 model').
_THE_YEARS = re.compile(r"\b[Tt]he\s+(1[89]\d\d|20\d\d)\s+(?=[A-Za-z])")
_A_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _of_an_earlier_year(text: str, year: int, before: int) -> bool:
    """Is what the sentence tells before `before` set in an earlier year: it names the year first ('In 1934 the
    panel was stolen from St Bavo's', 'the worst attack since 2020, when X was hacked'), and every year it names
    as a time is before the event's? ('X had warned in 2023 that ...' tells what X did, the year after it.)"""
    if not _A_YEAR.search(text):
        return False  # most sentences: no year, which each of the three patterns below holds
    years = [(m.start(), int(m.group(1))) for pattern in (YEAR_NAMED, _SINCE_WHEN, _THE_YEARS) for m in pattern.finditer(text)]
    return bool(years) and max(y for _, y in years) < year and min(at for at, _ in years) < before


def _an_earlier_years_claim(claim: Fact, year: int) -> bool:
    """A claim every source tells as an earlier year's happening, the year among its first words ('In 2019, a
    fire destroyed ...', 'The last, in 2008, was ...'): the event's background, not its news."""
    return all(_of_an_earlier_year(c.quote, year, len(" ".join(c.quote.split()[:4]))) for c in claim.citations)


def _of_earlier_years_only(entities: list[Entity], year: int) -> list[Entity]:
    """Places and bodies named only within an earlier year's happening (an earlier theft's cathedral, an earlier
    hack's victim): the event's background, named in passing, not boxed."""
    return [
        e for e in entities
        if e.kind in ("place", "organization") and e.mentions
        and all(_of_an_earlier_year(m.sentence.text, year, m.sentence.text.find(m.surface)) for m in e.mentions)
    ]


def _where(entities: list[Entity], source_count: int, told_where: dict[str, set[str]]) -> list[Entity]:
    """Places the sources name in their first sentences as where it happened (after in/at/to, or a venue),
    and a town or region every source names (of three or more), wherever in its text. `told_where`: each place's
    sources telling it as where (`_where_told`, by key; a big story's place has thousands of mentions)."""
    needed = 2 if source_count > 2 else 1
    chosen = []
    for entity in entities:
        if entity.kind != "place" or _happening(entity):
            continue
        named_by_all = source_count >= 3 and len(entity.sources) == source_count and entity.label == "place"
        if len(told_where[entity.key]) >= needed or named_by_all and fold(entity.name) not in CONTINENTS:
            chosen.append(entity)
    order = {"venue": 0, "place": 1, "country": 2}
    return sorted(chosen, key=lambda e: (order.get(e.label, 3), len(told_where[e.key]) < needed, -len(e.sources), e.name))


def _where_disputed(places: list[tuple[Entity, Fact]], told_where: dict[str, set[str]], source_count: int) -> list[Fact]:
    """Two towns told as where it happened by sources none of which names the other in its lead ('signed in Dunmore',
    two sources; 'signed in Kilbride', two others): one place in dispute, each side citing the sources telling it as
    where, never two agreed places. A source naming the other town only further down tells of another deed ('a
    meeting will be held in Kilbride next month'); one naming both in its lead tells of both (a route's two ends, the
    town near the site). Only towns every source naming them in its lead names as where; a country, a venue, or a
    region said so ('County X', 'the X region') is no rival of a town in it. Two venues are rivals alike ('at the
    Spaladium Arena' / 'in the Gripe sports hall'), a venue's source naming the other anywhere telling of both (a
    transfer, a second venue). A town one source alone names, as where, is a rival of one every other source tells
    as where, three or more (against two it may be a district), neither side naming the other anywhere ('opened its
    line in Celje' against three sources' 'in Maribor'). `told_where`: as for `_where`."""
    towns = [
        (entity, item, told_where[entity.key]) for entity, item in places
        if entity.kind == "place" and entity.label in ("place", "venue") and told_where[entity.key] and _named_in_lead(entity) == told_where[entity.key]
        and not any(map(_said_a_region, entity.mentions))
    ]
    merged: dict[str, Fact | None] = {}
    for n, (entity, item, told) in enumerate(towns):
        for other, rival, rival_told in towns[n + 1 :]:
            alone = min(len(told), len(rival_told)) == 1
            naming = _named_in_lead if entity.label == "place" and not alone else lambda place: set(place.sources)
            if item.id in merged or rival.id in merged or entity.label != other.label or told & naming(other) or rival_told & naming(entity):
                continue
            if alone and (len(told | rival_told) != source_count or source_count < 4):
                continue
            (first, first_told), (second, second_told) = sorted(((item, told), (rival, rival_told)), key=lambda side: -len(side[1]))
            citations = [
                replace(c, value=c.value or side.value, disagrees=side is second)
                for side, sources in ((first, first_told), (second, second_told)) for c in side.citations if c.source in sources
            ]
            merged[first.id] = fact(first.id, "place", first.label, f"{first.value} / {second.value}", citations, True)
            merged[second.id] = None
    return [merged.get(item.id, item) for _, item in places if merged.get(item.id, item) is not None]


# A patient taken to a hospital ('was flown by helicopter to the hospital in Celje', 'transported him into the General
# Hospital Celje', 'flew him to a hospital in Celje', 'the Clinical Centre of Carniola in Celje'): the hospital's words,
# up to its town
_TAKEN_WORDS = ("taken", "took", "flown", "flew", "airlifted", "rushed", "transported", "transferred", "brought", "driven", "admitted")  # one is in each match
_TAKEN_TO = re.compile(
    rf"\b(?:{'|'.join(_TAKEN_WORDS)})(?:\s+(?P<object>him|her|them))?(?:\s+by\s+[\w\s-]{{1,40}}?)?\s+(?:to|into)\s+(?:the\s+|a\s+)?"
    r"(?P<hospital>(?:[A-Z][\w'-]*\s+){0,5}(?:[Hh]ospital|(?:[Mm]edical|[Cc]linical) [Cc]ent(?:re|er)|[Cc]linic|[Ii]nfirmary)\b"
    r"(?:(?:\s+(?:in|of|at))?(?:\s+[A-Z][\w'-]*){1,3}){0,2})"
)
# A patient told only by a pronoun, the subject of the taking or its object ('He was flown ...', 'flew him to ...'):
# one patient of that pronoun, whom other sources may tell so too
_PRONOUN_PATIENT = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+(?:was|had been|has been)\s+(?:later\s+|then\s+)?$")
# A patient the sentence names by no name, by the head of its subject before the verb ('The injured bus driver was ...',
# 'A 40-year-old woman had been ...', 'The man, a US citizen, was ...', '..., and the guest was ...'): its last lower-case word
_UNNAMED_PATIENT = re.compile(r"(?:^|[,;]\s+|\band\s+)(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)(?:,\s+(?:the|an?)\s+[^,]{1,40},)?"
                              r"\s+(?:was|were|had been|has been)\s+$")
# Nouns telling a patient by no part in the event, only as a person, a he or a she (or neither): one such patient told
# by several sources ('the man' here, 'the guest' there, 'he' in a third) is the one patient of that pronoun
_PERSON_NOUNS = {"man": "him", "boy": "him", "gentleman": "him", "woman": "her", "girl": "her", "lady": "her",
                 "guest": "someone", "person": "someone", "patient": "someone", "victim": "someone", "casualty": "someone"}
_PRONOUNS = frozenset("he she they it who which".split())
# Words of a hospital's kind, not of which one it is: what is left of its capitalised words names it ('Celje')
_HOSPITAL_WORDS = frozenset("general university medical centre center hospital clinic infirmary regional district county teaching clinical state central".split())


@dataclass(frozen=True)
class _Admission:
    """A source telling where someone was taken: the words telling it and the town naming it."""

    source: str
    quote: str
    words: str  # 'flown to the hospital in Celje', 'landed at Jelsa'
    named: str  # the destination's capitalised words not of its kind, e.g. 'Celje', 'Mercy'
    called: str  # what a source naming it names it by: its own name ('Mercy University Hospital'), else its town


def _hospital_named(hospital: str) -> tuple[str, str]:
    """A hospital's own words and its name ('Mercy', 'Mercy University Hospital' of 'Mercy University Hospital in
    Cork'), when capitalised words not of its kind come before its capitalised kind ('Cork University Hospital');
    else the town naming it, twice: after its last 'in' ('the Clinical Centre of Carniola in Celje'), else its
    capitalised words not of its kind ('General Hospital Celje', 'the Tromsø hospital')."""
    words = hospital.split(" in ")[0].split()
    kind = next((n for n, w in enumerate(words) if w.lower() in _HOSPITAL_WORDS), len(words))
    end = kind
    while end < len(words) and words[end].lower() in _HOSPITAL_WORDS:
        end += 1
    if 0 < kind < end and words[end - 1][0].isupper():
        return " ".join(words[:kind]), " ".join(words[:end])
    town = " ".join(w for w in hospital.split(" in ")[-1].split() if w[0].isupper() and w.lower() not in _HOSPITAL_WORDS)
    return town, town


def _hospitals_disputed(facts: list[Fact], sentences: list[Sentence], entities: list[Entity], taken: set[str]) -> list[Fact]:
    """The hospital one patient was taken to told two ways ('flown to the University Medical Centre Ljubljana' by two
    sources, 'flown to the hospital in Celje' by two others): one place in dispute. The patient is the person the
    sentence names, or the one before it ('He was flown ...'), or one told by the head of the subject ('the injured
    driver'); two hospitals of two patients are no rivals."""
    surnames = {e.key for e in entities if e.kind == "person"}
    told: dict[str, list[_Admission]] = {}
    for before, sentence in zip([None, *sentences], sentences):
        match = search_holding(_TAKEN_WORDS, _TAKEN_TO, sentence.text)
        named, called = _hospital_named(match["hospital"]) if match else ("", "")
        if not named:
            continue
        # the person named by surname (as any source spells it) in the sentence, or told unnamed as the subject ('The
        # injured bus driver was taken to ...'), or named in the sentence before, or told only by a pronoun ('He was
        # flown ...'); a person told only as a man, a woman or a guest is the one patient of that pronoun
        patient = surnames & _words(sentence.text)
        unnamed = _UNNAMED_PATIENT.search(sentence.text[: match.start()])
        noun = unnamed["noun"] if unnamed and unnamed["noun"] not in _PRONOUNS else ""
        patient = patient or ({_PERSON_NOUNS.get(noun, f"the {noun}")} if noun else set())
        patient = patient or (surnames & _words(before.text) if before and before.source == sentence.source else set())
        pronoun = _PRONOUN_PATIENT.search(sentence.text[: match.start()])
        pronoun_of = match["object"] or (pronoun and {"he": "him", "she": "her"}[pronoun["pronoun"].lower()])
        patient = patient or ({pronoun_of} if pronoun_of in ("him", "her") else set())
        if len(patient) == 1:
            told.setdefault(next(iter(patient)), []).append(_Admission(sentence.source, sentence.text, match["hospital"], named, called))
    gendered = [p for p in ("him", "her") if p in told]
    if "someone" in told and len(gendered) == 1:
        told[gendered[0]] += told.pop("someone")
    for patient, admissions in sorted(told.items()):
        facts = _destination_disputed(facts, admissions, "hospital", f"place-hospital-{slugify(patient)}", sentences, taken)
    return facts


# Where the people aboard a vessel were landed ('brought ashore in X', 'landed at X', 'took them to the port of X',
# 'were transferred to a catamaran and brought to X'): the town's capitalised words
_LANDED_AT = re.compile(
    r"\b(?:(?:brought|put|taken|came)\s+ashore|landed|disembarked|(?P<carried>brought|taken|took\s+them|ferried|carried))"
    r"\s+(?:in|at|to)\s+(?:the\s+(?:[a-z]+\s+)?(?:port|harbou?r)\s+(?:of|in)\s+)?(?P<town>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)
_LANDED_WORDS = ("ashore", "landed", "disembarked", "brought", "taken", "took", "ferried", "carried")  # one is in each match
_VESSEL = re.compile(r"\b(?:ship|boat|ferry|catamaran|vessel|lifeboat|port|harbou?r)s?\b")  # what carried them, or where


def _landing_disputed(facts: list[Fact], sentences: list[Sentence], taken: set[str]) -> list[Fact]:
    """The town the people aboard were landed in told two ways ('brought ashore in Stari Grad' by two sources, 'landed
    at Jelsa' by two others): one place in dispute. Carried to a town ('taken to X') tells a landing only in a
    sentence of a vessel or a port ('moved onto a second ferry and taken to X')."""
    landings = [
        _Admission(sentence.source, sentence.text, match.group(0), match["town"], match["town"])
        for sentence in sentences
        for match in (search_holding(_LANDED_WORDS, _LANDED_AT, sentence.text),)
        if match and (not match["carried"] or _VESSEL.search(sentence.text))
    ]
    return _destination_disputed(facts, landings, "landed at", "place-landed-at", sentences, taken)


def _destination_disputed(facts: list[Fact], told: list[_Admission], label: str, id_: str, sentences: list[Sentence], taken: set[str]) -> list[Fact]:
    """Where someone was taken told as two towns, each side citing its sources, the towns' place facts folded in;
    two sides exactly, and no source of a side naming the other's town anywhere (a transfer, a route)."""
    sides: dict[str, list[_Admission]] = {}
    for admission in told:
        sides.setdefault(fold(admission.named), []).append(admission)
    if len(sides) != 2:
        return facts
    body = _folded_bodies(sentences)
    (first, first_told), (second, second_told) = sorted(sides.items(), key=lambda side: (-len({a.source for a in side[1]}), min(source_order(a.source) for a in side[1])))
    towns = {first: first_told[0].called, second: second_told[0].called}
    if {a.source for a in first_told} & {a.source for a in second_told} or any(
            re.search(rf"(?<!\w){re.escape(fold(towns[town]))}(?!\w)", body[a.source]) for town, side in ((second, first_told), (first, second_told)) for a in side):
        return facts
    citations = [Citation(a.source, a.quote, value=a.words, disagrees=side is second_told) for side in (first_told, second_told) for a in side]
    folded = [f for f in facts if f.kind == "place" and fold(f.value) in map(fold, towns.values()) and {c.source for c in f.citations} <= {c.source for c in citations}]
    disputed = fact(unique_id(id_, taken), "place", label, f"{towns[first]} / {towns[second]}", citations, True)
    return [f for f in facts if f not in folded] + [disputed]


@dataclass(frozen=True)
class _RoleRivals:
    """Two kinds of role one person does not hold together. `of_one_time`: a role of another time ('former', 'acting')
    may be held beside the other, so it tells no rival, and a role telling both kinds is of the second ('finance
    director'); `top_titles`: two titles of one body's top, so both told at once, a deputy's, or two bodies' tell none."""

    first: frozenset[str]
    second: frozenset[str]
    of_one_time: bool = False
    top_titles: bool = False


# Roles of rival kinds, a pair each: one inside a body or outside it; one learning or teaching (a student or the
# lecturer supervising the students); a title's deputy or the title itself ('Deputy Mayor' / 'Mayor': the second
# kind, empty, is the first's title without its deputy's word); a body's head or one of its departments' (one person
# is not both the chief executive and the head of human resources: a department's word makes any title its own,
# 'finance director', 'director of communications'); two top titles of one body that one person does not hold
# together, its secretary general against its president, chair or chief executive (a president is often the chief
# executive too, so those two are no rivals; a bare 'chief', 'NATO chief', is any head's shorthand)
_DEPUTY = frozenset("deputy vice assistant".split())
_ROLE_RIVALS = (
    _RoleRivals(frozenset("director officer chief manager chairman chairwoman chair president treasurer employee executive founder cfo ceo".split()),
                frozenset("auditor consultant adviser advisor contractor lawyer counsel external outside independent".split())),
    _RoleRivals(frozenset("student pupil undergraduate postgraduate trainee apprentice intern".split()),
                frozenset("lecturer professor teacher tutor instructor supervisor".split())),
    _RoleRivals(_DEPUTY, frozenset()),
    _RoleRivals(frozenset("ceo chief president chairman chairwoman chairperson managing director executive".split()),
                frozenset("finance financial hr human personnel communications marketing sales operations technical technology "
                          "legal engineering safety security procurement logistics production compliance".split()),
                of_one_time=True),
    _RoleRivals(frozenset("president chairman chairwoman chairperson ceo".split()), frozenset({"secretary"}), of_one_time=True, top_titles=True),
)
_ROLE_OF_ANOTHER_TIME = re.compile(r"\b(?:former|ex|then|acting|interim|outgoing|incoming|new|newly|late|designate|retired)\b")
_TITLE_WORDS = _DEPUTY | {"the", "of", "a", "an"}  # ... and words a title is told with, whoever holds it
# A role told after a name as what the person acted as ('X acted as the firm's external auditor', 'X, who served as ...'),
# or in apposition ('X, a third-year physics student, said')
_ACTED_AS = re.compile(r"^(?:,?\s+(?:who\s+)?(?:acted|served|worked)\s+as\s+(?:the\s+|an?\s+)?|,\s+(?:the\s+|an?\s+)(?=(?:[\w-]+\s+){0,4}[\w-]+,))"
                       r"(?P<role>[^,.;]+?)(?=[,.;]|\s(?:and|who|for|at|in|until|since)\s|$)")
_WHOSE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w-]+'s\s+)?(?:(?:former|then)\s+)?")  # 'the company's former ', 'SCI's ': whose role it was


def _rival_roles(entity: Entity, kinds: _RoleRivals) -> list[dict[str, tuple[str, str]]] | None:
    """A person's roles of two rival kinds, each side source -> (role as written, quote), the side of more sources
    first; None unless both kinds are told and no source tells both. A role is the words before its relative clause
    ('the lecturer who supervises the student team' is a lecturer's). A deputy's title and the title rival only as
    one title."""
    told: list[dict[str, tuple[str, str]]] = [{}, {}]
    titles: set[frozenset[str]] = set()
    for mention in entity.mentions:
        text = mention.sentence.text
        acted = _ACTED_AS.match(text[text.find(mention.surface) + len(mention.surface):]) if mention.surface in text else None
        roles = [_WHOSE.sub("", role) for role in (mention.role, acted["role"] if acted else "") if role]
        for role in roles:
            words = set(fold(role).split(" who ")[0].split())
            if kinds.top_titles:
                words |= {"ceo"} if {"chief", "executive"} <= words else set()
                if kinds.first & words and kinds.second & words:
                    return None  # two titles at once ('president and secretary')
            if kinds.of_one_time:
                if _ROLE_OF_ANOTHER_TIME.search(fold(mention.role or "")) or kinds.top_titles and words & _DEPUTY:
                    return None
                telling = [1] if kinds.second & words else [0] if kinds.first & words else []
            else:
                telling = [n for n, kind in enumerate((kinds.first, kinds.second)) if kind & words] or ([1] if not kinds.second else [])
            if len(telling) == 1 and role in text:
                told[telling[0]].setdefault(mention.sentence.source, (role, text))
                titles.add(frozenset(words - _TITLE_WORDS))
                break
    if not all(told) or set(told[0]) & set(told[1]) or not kinds.second and len(titles) != 1:
        return None
    if kinds.top_titles and len({fold(role).partition(" of ")[2] for side in told for role, _ in side.values()} - {""}) > 1:
        return None  # titles of two bodies ('president of the club', 'secretary of the federation')
    return sorted(told, key=lambda side: (-len(side), min(map(source_order, side))))


def _names_role(role: str, body: str) -> bool:
    """Whether a folded text names a folded role anywhere; a title only where it is no deputy's ('mayor' is not named
    in 'deputy mayor')."""
    if role.split()[0] in _DEPUTY:
        return role in body
    return re.search("".join(f"(?<!{word} )" for word in sorted(_DEPUTY)) + rf"\b{re.escape(role)}", body) is not None


def _roles_disputed(facts: list[Fact], sentences: list[Sentence], entities: list[Entity]) -> list[Fact]:
    """A person's role told as one inside a body by some sources ('the company's former finance director') and as
    one outside it by others ('its external auditor'), as a student and as the lecturer, or as a deputy's title and
    as the title ('Deputy Mayor' / 'Mayor'), no source telling both or naming the other's role anywhere: the person
    boxed in dispute on the role, each source citing its words; roles of one kind ('chief executive' / 'founder')
    are no rivals."""
    body: dict[str, str] = {}
    disputed: dict[str, Fact] = {}
    for entity in entities:
        if entity.kind != "person":
            continue
        sides = next(filter(None, (_rival_roles(entity, kinds) for kinds in _ROLE_RIVALS)), None)
        if sides is None:
            continue
        body = body or _folded_bodies(sentences)
        if any(_names_role(fold(role), body[source]) for side, other in (sides, sides[::-1]) for source in side for role, _ in other.values()):
            continue
        person = next((f for f in facts if f.kind == "person" and f.value == entity.name), None)
        if person is None:
            continue
        citations = [Citation(source, quote, value=role, disagrees=n > 0) for n, side in enumerate(sides) for source, (role, quote) in side.items()]
        first, second = (next(iter(side.values()))[0] for side in sides)
        disputed[person.id] = fact(person.id, "person", "person", f"{person.value} ({first} / {second})", citations, True, person.variants)
    return [disputed.get(f.id, f) for f in facts]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def _folded_bodies(sentences: list[Sentence]) -> dict[str, str]:
    """Each source's text, folded: to ask whether it names a rival side anywhere."""
    body: dict[str, list[str]] = defaultdict(list)
    for sentence in sentences:
        body[sentence.source].append(fold(sentence.text))
    return {source: " ".join(texts) for source, texts in body.items()}


def _named_in_lead(place: Entity) -> set[str]:
    """The sources naming the place in the sentences that tell what happened."""
    return {m.sentence.source for m in place.mentions if m.sentence.index < LEAD}


def _names_side(claim: Fact, place: Fact, side: list[Citation]) -> bool:
    """Does the claim name a side of a place in dispute ('signed in Dunmore'), in any of the side's spellings?"""
    return any(_names_town(claim.value, c.value or place.value) for c in side)


def _names_town(text: str, town: str) -> bool:
    """Does the text name the town, whatever its accents and case?"""
    return re.search(rf"(?<!\w){re.escape(fold(town))}(?!\w)", fold(text)) is not None


_REGION_WORDS = frozenset("region province county district state prefecture department canton oblast".split())
_REGION_BEFORE = re.compile(r"\b(?:County|Co\.?|[Pp]rovince of|[Rr]egion of|[Ss]tate of)\s+$")


def _said_a_region(mention: Mention) -> bool:
    """'the Alentejo region', 'Co Clare', 'the province of Huelva': a region, in which a town of the news may lie."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    after = text[at + len(mention.surface) :].split()[:1]
    return at >= 0 and (
        mention.surface.split()[-1].lower() in _REGION_WORDS or bool(after) and after[0].lower().strip(",.;") in _REGION_WORDS
        or _REGION_BEFORE.search(text[:at]) is not None
    )


def _where_told(place: Entity) -> set[str]:
    """The sources naming the place as where it happened in their own words: not only inside a quotation ('"we
    have this great aura at Heinz Field"' is the speaker's talk of another day), nor away from it (`_elsewhere`)."""
    return {m.sentence.source for m in _told(place) if m.sentence.source in place.where_sources}


def _told(place: Entity) -> list[Mention]:
    """The mentions of a place in the sources' own words, not inside a quotation nor named away from where it
    happened (`_elsewhere`)."""
    return [m for m in place.mentions if not _quoted(m) and not _elsewhere(m)]


def _quoted(mention: Mention) -> bool:
    """Is the mention inside quotation marks (the words before it open more quotations than they close)?"""
    before = mention.sentence.text[: max(mention.sentence.text.find(mention.surface), 0)]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _venues_of_bodies(entities: list[Entity], source_count: int) -> list[Entity]:
    """'Thieves broke into the Rijnhuis Museum', 'the attack on St Brendan's University Hospital': a body named
    for its building (a museum, a hospital, a stadium, a plant: 'the Museum Van Hecke' too) that the leads name as where it happened is the
    venue as well as a body in the news (of three or more sources, two must say so)."""
    needed = 2 if source_count > 2 else 1
    return [
        replace(e, label="venue") for e in entities
        if e.kind == "organization" and (e.name.split()[-1].lower() in BUILDING_WORDS or e.name.split()[0].lower() in BUILDING_WORDS)
        and len({m.sentence.source for m in e.mentions if m.sentence.index < LEAD and (_located(m) or _struck(m))}) >= needed
    ]


def _struck(mention: Mention) -> bool:
    """'the attack on St Brendan's', 'a raid on the Lotus Plant': what an attack, a raid or a fire hit."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    return at > 0 and bool(re.search(r"\bon\s+(?:the\s+)?$", text[:at]))


def _other_places(entities: list[Entity], where: list[Entity], source_count: int) -> tuple[list[Entity], list[Entity]]:
    """(The other places central to the reporting, the places named in passing.) Central: one two sources name
    in their leads, or half of them further down, and not only as the seat of a body ('a professor at the
    University of Porto', 'flown to a hospital in Porto'); or one a single source names in its first sentence, where
    it says what happened, as where something is or happens ('officials in the Atsinanana region said', 'OSLO, Norway
    -'). In passing: one source's place further down, its second and third sentences too (an earlier disaster, a café owner's
    district, where a cast will go on show, a witness's village),
    kept reachable beside the box. Never a continent or a part of one named by its direction ('Eastern
    Europe'). Of hundreds of sources, a fifth must name it (as for bodies): one in five hundred is not news
    about the event."""
    chosen = {id(e) for e in where}
    handful = math.ceil(source_count / 5)
    named = [
        e for e in entities
        if e.kind == "place" and id(e) not in chosen and not _happening(e) and not any(_region_of(fold(m.surface)) for m in e.mentions)
        and len(e.sources) >= handful
    ]
    order = sorted(named, key=lambda e: (e.label != "country", -len(e.sources), e.name))
    central = [e for e in order if _central_place(e, source_count)]
    return central, [e for e in order if e not in central]


def _central_place(place: Entity, source_count: int) -> bool:
    """(See _other_places.) Only the sources' own words count: a place named in a quotation is the speaker's,
    and one named away from it (`_elsewhere`) is not where it happened."""
    told = _told(place)
    naming = len({m.sentence.source for m in told})
    if naming >= 2:
        return any(m.sentence.index < LEAD for m in told) or naming * 2 >= source_count and not all(map(_seat_of_body, told))
    return any(
        (_located(m) or place.label == "venue" and _on_a_venue(m)) and (m.sentence.index == 0 or m.sentence.index < LEAD and _pinpointed(m))
        for m in told
    )


_SEAT = re.compile(
    rf"\b(?:{'|'.join(sorted(BODY_HEAD_WORDS | SEAT_WORDS))})\s+(?:in|of|at|near|outside)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.IGNORECASE
)


# "were flown to Nordland Hospital", "diverted to hospitals in Kouvola", "diverted to neighbouring regions, mainly to
# Kouvola and Mikkeli".
_SENT_TO = re.compile(
    r"\b(?:diverted|flown|taken|transferred|moved|airlifted|rushed|brought|sent|evacuated|driven|rerouted|redirected|relocated"
    r"|towed)\b[^.;:]{0,60}?\bto\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?(?:(?:in|at|near)\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+|\s+or\s+))*$"
)
_SENT_TO_WORDS = (
    "diverted", "flown", "taken", "transferred", "moved", "airlifted", "rushed", "brought", "sent", "evacuated", "driven",
    "rerouted", "redirected", "relocated", "towed",
)  # one of them is in each match of _SENT_TO
# "in Etyek, near Budapest", "at Marlow, about 30 km from Leeds": a town named after the spot to locate it.
_NEAR_ANOTHER = re.compile(
    r"[A-Z][\w’'-]*,\s+(?:near|outside|(?:about\s+|some\s+|around\s+|roughly\s+)?[\d.]+\s*(?:km|kilometres|kilometers|miles)"
    r"\s+(?:(?:north|south|east|west)\w*\s+)?(?:from|of))\s+$"
)


def _elsewhere(mention: Mention) -> bool:
    """A place named away from where it happened: where people or things were sent ('The injured were flown to
    Nordland Hospital', 'diverted to Kouvola and Mikkeli'), or a town named to locate the spot ('in Etyek, near
    Budapest')."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    return at > 0 and bool(search_holding(_SENT_TO_WORDS, _SENT_TO, text[:at]) or search_holding((",",), _NEAR_ANOTHER, text[:at]))


# "its plants in Corvo", "at their sites in Corvo and Lenz", "employs 90 people in Corvo", "registered in Corvo",
# "the Corvo firm", "Corvo-based": where a body has its seat, works or holdings, said of the body, not of the event.
_HELD_IN = re.compile(
    r"\b(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}|employs\s+[\d,.]+\s+(?:\w+\s+)?people\s+|(?:based|registered|headquartered)\s+)"
    r"(?:in|at)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+))*$"
)
_BODY_AFTER = re.compile(rf"^(?:-based|-headquartered|\s+(?:{'|'.join(sorted(ORGANIZATION_DESCRIPTORS))})\b)")


def _seat_of_body(mention: Mention) -> bool:
    """'the University of Porto', 'a hospital in Porto', 'its headquarters in Antananarivo', 'a press conference
    in Porto', 'its plants in Porto', 'the Porto firm': the place says where a body sits, works or has holdings, or
    where the news was told, not where the event happened."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    after = text[at + len(mention.surface) :]
    return at > 0 and bool(_SEAT.search(text[:at]) or _HELD_IN.search(text[:at]) or _BODY_AFTER.match(after))


def _happening(entity: Entity) -> bool:
    """'At the Valdivia Marathon', 'at the LA Auto Show': the event itself is named, not a place (its town is)."""
    return entity.name.split()[-1].lower() in HAPPENING_WORDS


_BASED = ("-based", "-headquartered")
# A spot told more finely than "in": "a field between Göreme and Çavuşin", "a shepherd in the parish of Vale Fundo".
_BETWEEN = r"\bbetween\s+(?:the\s+)?[^\W\d_a-z][^,;]*?\s+and\s+(?:the\s+)?$"
_PARISH = r"\b(?:hamlet|parish|municipality|commune|borough)s? of\s+$"
_PINPOINTED = re.compile(rf"\bbetween\s+(?:the\s+)?$|{_BETWEEN}|{_PARISH}")
_LOCATED = re.compile(
    r"\b(?:in|at|near|outside|across|around|off|into|from|over|between)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?$"
    rf"|{_BETWEEN}|{_PARISH}"
    r"|\b(?:city|town|village|port|province|region|island|county|district|capital)s? of\s+$"
    r"|\d,\s+of\s+$"  # "Kyle Brandt, 19, of Lakewood"
    r"|\b(?:mayor|governor|residents?|natives?|citizens?|inhabitants|people) of\s+(?:the\s+)?$"  # "the mayor of Porto Alegre"
)
# "on Lake Victoria", "the slopes of Mount Elgon", "along the East River": a natural feature named as where something
# is or happens on it (not 'a café on Ogarna Street': an address); "in Onitsha's Main Market": a venue a place owns
_ON_A_FEATURE = re.compile(r"\b(?:on|of|along|over|across|beside|by)\s+(?:the\s+)?$")
_OWNED_BY_A_PLACE = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w-]*[’']s\s+$")
_FEATURE_WORDS = frozenset("lake mount mt river sea bay gulf coast mountain mountains valley delta canal strait ocean creek glacier volcano".split())


_OWNS_A_PLACE = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:city|town|port|capital|region|province|coast|border|island|village|airport|north|south"
    r"|east|west)\b"
)
_TRADED = re.compile(r"\b(?:shares?|stocks?)\b[^;]*\b(?:rose|fell|jumped|dropped|gained|lost|slumped|surged|climbed|slid|traded|closed)\b[^;]*\bin\s+$", re.IGNORECASE)
_A_ROUTE = re.compile(
    r"\b(?:line|lines|route|routes|service|services|flights?|ferry|ferries|trains?|traffic|crossing|connection|link)\s+"
    r"between\s+(?:[^,;]*?\s+and\s+)?(?:the\s+)?$"
)
_AFTER_A_PLACE = re.compile(r"(?:^|[^,]\s)[A-Z][\w’'-]+, $")  # "in Tromsø, Norway": the country of a place


def _located(mention: Mention) -> bool:
    """'in Troms', 'at the Brenner Pass': named as where something is, not owning something ('Brevia's')."""
    text = mention.sentence.text
    if text.startswith(mention.surface.upper() + ","):
        return True  # a dateline: "SEOUL, Feb 12 (AFW) -"
    at = text.find(mention.surface)
    after = text[at + len(mention.surface) :]
    if _TRADED.search(text[:at]):
        return False  # "Shares in Brevia fell 6.5% in Stockholm": where the shares trade
    if _A_ROUTE.search(text[:at]):
        return False  # "ferry services between Stresa and the Borromean Islands": the ends of a route, not where
    if _OWNS_A_PLACE.match(after):
        return True  # "Slovenia's only cargo port", "the Czech Republic's second city"
    return at > 0 and (
        bool(_LOCATED.search(text[:at])) or after.startswith(_BASED) or bool(_AFTER_A_PLACE.search(text[:at]))
    ) and after[:2] not in ("'s", "’s")


def _pinpointed(mention: Mention) -> bool:
    """'landed in a field between Göreme and Çavuşin', 'a farmer in the parish of Alcaria Ruiva': the spot itself,
    which a lead tells after its first sentence; a plain 'in', 'from' or 'across' there names background."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    return at > 0 and _PINPOINTED.search(text[:at]) is not None


def _on_a_venue(mention: Mention) -> bool:
    at = mention.sentence.text.find(mention.surface)
    words = mention.surface.lower().split()
    feature = words[0] in _FEATURE_WORDS or words[-1] in _FEATURE_WORDS
    return at > 0 and (feature and _ON_A_FEATURE.search(mention.sentence.text, 0, at) is not None or _OWNED_BY_A_PLACE.search(mention.sentence.text, 0, at) is not None)


def _region_of(name: str) -> bool:
    """A continent, or a part of a country or continent named by its direction ('northern Norway')."""
    words = name.split()
    return name in CONTINENTS or len(words) > 1 and words[0] in DIRECTIONS and " ".join(words[1:]) in CONTINENTS | COUNTRIES


def _place_name(where: list[Entity]) -> str | None:
    names = [e.name for e in where[:3]]
    return ", ".join(names) if names else None


def _people(entities: list[Entity]) -> list[Entity]:
    """The people named; not an author in a paper's reference line, surname first ('Ben Moussa M., El Amrani Y.'),
    who is no one the news names so (the author named in the text is); one the news names by an initial is
    given a part ('the attacker, Radek K.')."""
    people = [e for e in entities if e.kind == "person" and not re.fullmatch(r"[A-Z]\.?", e.name.split()[-1]) or _named_by_initial(e)]
    return sorted(people, key=lambda e: (-len(e.sources), e.label == "person", e.name))


def _named_by_initial(person: Entity) -> bool:
    """'the attacker, Radek K.': a given name and a surname's initial, with the part the text gives the person."""
    words = person.name.split()
    return person.kind == "person" and person.label != "person" and len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[1]) is not None \
        and re.fullmatch(r"[A-Z]\.?", words[0]) is None


def _organizations(entities: list[Entity], source_count: int) -> tuple[list[Entity], list[Entity]]:
    """(The bodies the box holds, those named only as where a commentator works: reachable, not boxed.)"""
    bodies = _bodies(entities, source_count)
    employers_only = [e for e in bodies if _commentators_employer_only(e, source_count)]
    return [e for e in bodies if e not in employers_only and not all(map(_reporting_outlet, e.mentions))], employers_only


_TOLD_TO = re.compile(r"\b(?:told|tells|telling|said to|speaking to|spoke to|interview with|interviewed by|according to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
_LEARNED_BY = re.compile(r"^\s+(?:has|have|had)\s+(?:learned|learnt|seen|obtained)\b")


def _reporting_outlet(mention: Mention) -> bool:
    """'she told the Surselva Post', 'Dales TV has learned', 'told the weekly Harbour News': a news outlet named as
    who was told the news or found it out reports it; named only so, it is no party to the event."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    if at < 0:
        return False
    return mention.surface.split()[-1].lower() in PRESS_WORDS and (
        _TOLD_TO.search(text[:at]) is not None or _LEARNED_BY.match(text[at + len(mention.surface) :]) is not None
    )


def _bodies(entities: list[Entity], source_count: int) -> list[Entity]:
    """Bodies half the sources name; and a body fewer name (one of a handful of sources) when it is named in
    full (more than one word, or an acronym spelled out) or said to be a kind of body, and does something in
    the news (a court that sentences, a regulator that warned); or when someone in the news works for it."""
    acting_needed = math.ceil(source_count / 5)  # one of a handful of sources; not one of hundreds
    working_for = employers(entities)
    orgs = [
        e for e in entities
        if e.kind == "organization" and not _head_word_alone(e) and (
            len(e.sources) >= _half(source_count) or len(e.sources) >= acting_needed and (
                _named_in_full(e) and (acts(e) or _body_named(e))
                or any(m.described for m in e.mentions) and acts(e)  # 'The SNCF rail company cancelled'
                or employs(e, working_for)  # 'an art-crime investigator at Interpol'
            )
        )
    ]
    return sorted(orgs, key=lambda e: (-len(e.sources), e.name))


def _half(source_count: int) -> int:
    return max(2, math.ceil(source_count / 2)) if source_count > 1 else 1


def _commentators_employer_only(body: Entity, source_count: int) -> bool:
    """Named by fewer than half the sources, and only as where a commentator works (see _commentators_employer)."""
    return len(body.sources) < _half(source_count) and all(map(_commentators_employer, body.mentions))


_COMMENTATOR_AT = re.compile(
    rf"\b(?:{'|'.join(sorted(COMMENTATOR_WORDS))}|\w+ologists?)\b(?:\s+[\w’'-]+){{0,4}}?\s+(?:at|of|with|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _commentators_employer(mention: Mention) -> bool:
    """'Martina Koval, an analyst at Greystones Research, said', 'Entomologist Tahmina Haque of Jahangirnagar
    University': a body named as where someone who comments on the news works. Named only so, by fewer than
    half the sources, it is who the commentator is (their label in the box says it), not a body in the news."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    if at < 0:
        return False
    before = text[:at]
    if _COMMENTATOR_AT.search(before):
        return True
    name = re.search(r"((?:[A-Z][\w’'-]+\s+){1,3})(?:of|at|from)\s+(?:the\s+)?$", before)  # 'Tahmina Haque of '
    opener = re.search(rf"\b(?:{'|'.join(sorted(COMMENTATOR_WORDS))}|\w+ologists?)\s+$", before[: name.start()], re.IGNORECASE) if name else None
    return opener is not None


def _head_word_alone(entity: Entity) -> bool:
    """'Police released a video', 'his Navy jet', 'The We Company': a body's head word alone names no body
    (but 'the Kremlin', 'Reuters' do, and a legislature said alone is the country's own: 'Congress', 'the Senate')."""
    words = entity.name.split()
    return len(words) == 1 and words[0].lower() in BODY_HEAD_WORDS and words[0].lower() not in LEGISLATURES


def _body_named(entity: Entity) -> bool:
    """Named by a proper-noun phrase that ends or begins with a body's head word ('the Data Protection
    Commission', 'Club Atlético Llanquihue', 'University of Coimbra', 'the Villa Serena hospital', or so spelled out before its acronym:
    'Indian National Centre for Ocean Information Services (INCOIS)'); a head word alone ('Office') is none."""
    if any(_defined_as_body(m) for m in entity.mentions):
        return True
    if any(len(m.surface.split()) > 1 and m.surface.split()[-1].rstrip(".") in COMPANY_FORMS for m in entity.mentions):
        return True  # a company's name with its legal form: "Svenska Fönster AB", "Maple Ridge Capital, LLC"
    return any(  # not 'the Russia-led Soviet Union': '-led' qualifies a name
        len(words) > 1 and all((w[:1].isupper() and not re.search(r"-[a-z]+$", w)) or w in NAME_PARTICLES | INSTITUTION_WORDS for w in words)
        and (words[-1].lower() in BODY_HEAD_WORDS or words[0].lower() in BODY_HEAD_WORDS)
        for words in (re.sub(r"^(?:the|The)\s+", "", m.surface).split() for m in entity.mentions)
    )


def _defined_as_body(mention: Mention) -> bool:
    at = mention.sentence.text.find(f"({mention.surface})")
    before = mention.sentence.text[:at].split() if at > 0 else []
    return bool(before) and before[-1].lower() in BODY_HEAD_WORDS


def _named_in_full(entity: Entity) -> bool:
    return any(len(m.surface.split()) > 1 or f"({m.surface})" in m.sentence.text for m in entity.mentions)


def _entity_fact(entity: Entity, kind: str, taken: set[str]) -> Fact:
    citations: list[Citation] = []
    spellings: list[str] = []
    name_key = fold(entity.name)
    by_source = _by_source(entity)
    for source in entity.sources:
        mentions = by_source[source]
        preferred = sorted(mentions, key=lambda m: (kind == "person" and not m.role, kind == "place" and m.sentence.index >= LEAD, m.sentence.index))
        fullest = max(mentions, key=lambda m: (len(m.surface.split()), -m.sentence.index)).surface
        shown = None if _same_spelling(fullest, entity.name) and (kind == "person" or fold(fullest) == name_key) else fullest
        if kind == "person":
            best = next(m for m in preferred if m.surface == fullest) if shown else preferred[0]
        else:  # a sentence holding the name as this source writes it: not 'the Alliance', 'the Bay', 'Water' of 'Pennine Water'
            said = fold(shown or entity.name)
            best = next((m for m in preferred if said in fold(m.sentence.text)), next(m for m in preferred if m.surface == fullest))
        citations.append(Citation(source, best.sentence.text, shown))
        if shown and shown[0].isupper() and name_key not in fold(shown) and fold(shown) not in name_key and shown not in spellings:
            spellings.append(shown)  # another spelling, not a longer name ("Arequipa region")
    if entity.other_name and any(entity.other_name in c.quote for c in citations) and entity.other_name not in spellings:
        spellings.append(entity.other_name)  # its other form: "NUM" is also "National Union of Mineworkers", "Czech National Bank" "CNB"
    label = entity.label if kind != "organization" else "event" if _happening(entity) else "organization"  # "the Liffey Gold Cup"
    return fact(unique_id(f"{kind}-{slugify(entity.name)}", taken), kind, label, entity.name, citations,
                variants=tuple(spellings))


def _names_told_again(facts: list[Fact]) -> list[Fact]:
    """A person, body or place the box names twice, once by a name and once by that name with more words after
    it ('Orvane' and 'Orvane Airways', 'Kiri Tane' and 'Kiri Tane Walker', 'the Brava valley' and 'Brava'), is
    boxed once: as the name more sources give, else the one more of them write as it stands, else the longer (in words;
    of as many words, the unclipped: 'Meteorological' for 'Met'); it cites every source of both, a source only the other named quoted as it named it. A run of two names ('Orvane Airways Airbus', a source saying 'Airbus') is
    left as it is; see _one_name for when two names are one. The entities fold a short name the same way
    (aliases.short_name_of) where one body alone bears the longer; this folds what they leave: a line of each."""
    kept: list[Fact] = []
    gone: set[str] = set()
    named = [f for f in facts if f.kind in _NAMED and _named_alike(f)]
    for item in sorted(named, key=_rank):
        into = next((k for k in kept if _one_name(k, item)), None)
        if into is None:
            kept.append(item)
            continue
        base, other = (item, into) if _rank(item) == _rank(into) and _clipped(fold(into.value), fold(item.value)) and len(item.value) > len(into.value) else (into, item)
        cited = {c.source for c in base.citations}
        added = [Citation(c.source, c.quote, c.value or other.value) for c in other.citations if c.source not in cited]
        kept[kept.index(into)] = fact(base.id, base.kind, base.label, base.value, [*base.citations, *added], base.status == "conflict", base.variants)
        gone.add(other.id)
    boxed = {k.id: k for k in kept}
    return [boxed.get(f.id, f) for f in facts if f.id not in gone]


_NAMED = ("person", "organization", "place")


def _rank(item: Fact) -> tuple[int, int, int]:
    """Which of two names of one thing is boxed: the one more sources give, more write as it stands, longer."""
    return -_source_count(item), -sum(c.value is None for c in item.citations), -len(item.value.split())


def _source_count(item: Fact) -> int:
    return len({c.source for c in item.citations})


def _named_alike(item: Fact) -> bool:
    """No source names it by its last words alone ('Airbus' for 'Orvane Airways Airbus'): a run of two names."""
    name = fold(item.value)
    return not any(c.value and name.endswith(" " + fold(c.value)) for c in item.citations)


def _one_name(item: Fact, other: Fact) -> bool:
    """One of the two names is the other's first words and more, of one kind, or a company's name without its legal
    form filed as a person ('Kerr Freight' beside 'Kerr Freight Ltd'). A given name alone is the fuller name's only
    in a source naming both ('Mareike' in another report may be someone else); a place's longer name only when the
    words added are lower case ('the Brava valley'; 'Port Hedland', 'Santa Rosa Beach' are other places). A body
    named 'X of (the) Y' and 'Y X' is one body too (_turned_round), and so is a body's name with one word clipped
    (_clipped)."""
    if item.kind == other.kind == "organization" and any(same(fold(item.value), fold(other.value)) for same in (_turned_round, _clipped)):
        return True
    (shorter, short), (longer, long) = sorted(((fold(item.value).split(), item), (fold(other.value).split(), other)), key=lambda pair: len(pair[0]))
    if not short_name_of(" ".join(shorter), " ".join(longer)):
        return False
    added = long.value.split()[len(short.value.split()):]
    if item.kind != other.kind:
        return {item.kind, other.kind} == {"person", "organization"} and all(w in COMPANY_FORMS or w.rstrip(".") in COMPANY_FORMS for w in added)
    if item.kind == "person" and len(shorter) == 1:
        return {c.source for c in short.citations} <= {c.source for c in long.citations}
    return item.kind != "place" or all(w[:1].islower() for w in added)


def _turned_round(a: str, b: str) -> bool:
    """'general laboratory of the state' and 'state general laboratory': two folded names of a body, one 'X of (the)
    Y' with X ending in a body's head word, the other the same words turned round, 'Y X', as a ministry's are."""
    for name, other in ((a, b), (b, a)):
        head, of, field = name.partition(" of ")
        if of and head.split()[-1] in BODY_HEAD_WORDS and other == f"{field.removeprefix('the ')} {head}":
            return True
    return False


def _clipped(a: str, b: str) -> bool:
    """'icelandic met office' and 'icelandic meteorological office': two folded names of a body, the same head word
    closing both, the same words but one, which one name clips to its first three or four letters, as news writing
    clips a long word ('Met', 'Univ', 'Natl' is no clip); a word that short and a start of a word twice its length is
    rarely a word of its own in a body's name."""
    x, y = a.split(), b.split()
    if len(x) != len(y) or len(x) < 2 or x[-1] != y[-1] or x[-1] not in BODY_HEAD_WORDS:
        return False
    differing = [pair for pair in zip(x, y) if pair[0] != pair[1]]
    return len(differing) == 1 and any(
        3 <= len(short) <= 4 and len(long) >= 2 * len(short) and long.startswith(short) for short, long in (differing[0], differing[0][::-1])
    )


def _by_source(entity: Entity) -> dict[str, list[Mention]]:
    grouped: dict[str, list[Mention]] = {}
    for mention in entity.mentions:
        grouped.setdefault(mention.sentence.source, []).append(mention)
    return grouped


def _same_spelling(surface: str, name: str) -> bool:
    """'Stoltenberg' spells 'Jens Stoltenberg' the same way; 'Zelenskiy' does not spell 'Zelensky'. (A body or place
    named shorter, 'the Chief Public Prosecutor's Office' for the 'Zonguldak Chief ...', is cited as it is named.)"""
    folded, full = fold(surface), fold(name)
    return folded == full or full.endswith(" " + folded) or folded.endswith(" " + full)


# --- figures ---------------------------------------------------------------------------------


def _figure_facts(quantities: list[Quantity], taken: set[str]) -> list[Fact]:
    aligned = align_figures(quantities)
    labels = [_figure_label([q for g in groups for q in g.quantities]) for groups, _ in aligned]
    labels = _told_apart(labels, aligned)
    facts = []
    for (groups, conflict), label in zip(aligned, labels):
        shown = _plainest(groups[0].quantities).shown
        citations = [
            Citation(q.sentence.source, q.sentence.text, q.shown_with_unit if conflict else q.shown if q.shown != shown else None, side > 0)
            for side, group in enumerate(groups)
            for q in group.quantities
        ]
        value = " / ".join(_plainest(g.quantities).shown_with_unit for g in groups) if conflict else shown
        facts.append(fact(unique_id(f"number-{slugify(label.removeprefix('number of '))}", taken), "number", label, value, citations, conflict))
    return facts


def _figures_told_bare(facts: list[Fact], quantities: list[Quantity], sentences: list[Sentence]) -> list[Fact]:
    """A figure a sentence tells without what the figure reader needs to know what it is of restates the figure of that
    value another source gives, when they say the same of it: a count told without its noun ('Three of them are in
    serious condition', 'Four were treated for smoke inhalation') when the rest of its clause shares two words with that
    source's clause after the figure ('Three of the workers were in serious condition'); a length of time told in any
    words ('Power returned after 52 minutes', 'the canal reopened after fourteen months of works') when its sentence
    shares two words with the other's ('The power was off for 52 minutes'). Cited there (the figure it restates most
    alike, none when two are as alike), never a figure of its own, and read once the box is ranked: a citation more,
    never a place in the box. Only an agreed figure that no sentence of its source already states, and not where its
    sentence reads that value as a figure of its own ('six of them in serious condition' after its whole)."""
    by_quote: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for q in quantities:
        by_quote[(q.sentence.source, q.sentence.text)].append(q)
    read = {(q.sentence.source, q.sentence.index, q.value) for q in quantities}
    figures: dict[int, list[Quantity]] = {}  # each agreed figure's mentions, by its place in facts
    for position, figure in enumerate(facts):
        if figure.kind == "number" and figure.status != "conflict":
            told = [q for c in figure.citations for q in by_quote[(c.source, c.quote)] if q.shown == (c.value or figure.value)]
            if told and all(q.value == told[0].value for q in told):
                figures[position] = told
    by_value: dict[tuple[float, bool], list[int]] = defaultdict(list)  # the agreed counts and lengths of time, by value
    for position, told in figures.items():
        period = told[0].slot.startswith("period")
        if period or not measure_unit(told[0].slot):
            by_value[(told[0].value, period)].append(position)
    restated: dict[int, list[Citation]] = defaultdict(list)
    words_of: dict[int, frozenset[str]] = {}
    counted, timed = (any(period == kind for _, period in by_value) for kind in (False, True))  # sentences read only for these
    for sentence in sentences:
        told_bare = [(words, value, rest, False) for words, value, rest in (counts_without_noun(sentence.text) if counted else ())]
        told_bare += [(words, value, sentence.text, True) for words, value in (lengths_of_time(sentence.text) if timed else ())]
        for words, value, said_in, period in told_bare:
            if (sentence.source, sentence.index, value) in read or (value, period) not in by_value:
                continue
            said = stems(said_in) - _TIME_STEMS if period else stems(said_in)
            alike = []
            for position in by_value[(value, period)]:
                if any(c.source == sentence.source for c in facts[position].citations + tuple(restated[position])):
                    continue
                if position not in words_of:
                    told = figures[position]
                    words_of[position] = frozenset().union(
                        *(stems(q.sentence.text) - _TIME_STEMS if period else stems(q.around[1]) for q in told if period or q.around)
                    )
                shared = len(said & words_of[position])
                if shared >= 2:
                    alike.append((shared, position))
            best = max(alike, default=None)
            if best is not None and [n for n, _ in alike].count(best[0]) == 1:
                restated[best[1]].append(Citation(sentence.source, sentence.text, None if words == facts[best[1]].value else words))
    return [
        fact(f.id, f.kind, f.label, f.value, [*f.citations, *restated[position]], variants=f.variants) if position in restated else f
        for position, f in enumerate(facts)
    ]


_TIME_STEMS = stems(" ".join(f"{unit} {unit}s" for unit in ("year", "month", "week", "day", "hour", "minute", "second", "season")))


# Figures that are one person's: two people's are two figures.
_PERSONAL_FIGURES = ("prison term", TIMING)


def _personal(slot: str) -> str:
    """The personal figure a slot is one of ('time taken winner' is a time taken), else ''."""
    return slot if slot in _PERSONAL_FIGURES else TIMING if slot in PLACED_TIMES else ""


def _whose_terms(quantities: list[Quantity], entities: list[Entity]) -> list[Quantity]:
    """A prison term or a time taken is someone's: the person named nearest before it in its sentence ('Kim's
    partner Yoon was given three years', 'Kiptoo clocked 2:09:37'), else first after it ('an eight-year term
    handed to Kim'); two people's terms are two figures, never a disagreement. A time said without a name is
    the one person's given that time, or said to have placed so ('The Kenyan clocked 2:07:54 to win': the
    winner named with his own winning time)."""
    people: dict[tuple[str, int], list[tuple[Entity, str]]] = {}
    for person in (e for e in entities if e.kind == "person"):
        for mention in person.mentions:
            people.setdefault((mention.sentence.source, mention.sentence.index), []).append((person, mention.surface))
    owners: dict[int, Entity] = {}
    for index, quantity in enumerate(quantities):
        named = people.get((quantity.sentence.source, quantity.sentence.index), [])
        if not _personal(quantity.slot) or not named:
            continue
        text = quantity.sentence.text
        at = max(text.find(quantity.words), 0)
        before = [(text.rfind(surface, 0, at), person) for person, surface in named if 0 <= text.rfind(surface, 0, at)]
        after = [(text.find(surface, at), person) for person, surface in named if text.find(surface, at) >= 0]
        owners[index] = max(before, key=lambda item: item[0])[1] if before else min(after, key=lambda item: item[0])[1]
    for slot in _PERSONAL_FIGURES:
        sentenced = {owners[i].key: owners[i] for i in owners if _personal(quantities[i].slot) == slot}
        for index, quantity in enumerate(quantities):
            if _personal(quantity.slot) == slot and index not in owners and sentenced:
                # a figure said without a name ('jailed for eight years') is that of the one person given that
                # figure, or (a term) the one sentenced person's: a race has many runners but one winner's time
                same = {owners[i].key: owners[i] for i in owners if _personal(quantities[i].slot) == slot and quantities[i].value == quantity.value}
                placed = {owners[i].key: owners[i] for i in owners if quantities[i].slot == quantity.slot != slot}
                only = same if len(same) == 1 else placed if len(placed) == 1 else sentenced if len(sentenced) == 1 and slot == "prison term" else {}
                if only:
                    owners[index] = next(iter(only.values()))
    return [
        replace(q, noun=f"{_personal(q.slot)} ({owners[i].name})", slot=f"{_personal(q.slot)} {owners[i].key}") if i in owners else q
        for i, q in enumerate(quantities)
    ]


# A count pointed back at: 'The seven miners', 'all the victims'.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ur|[Tt]heir|[Aa]ll(?: the)?)\s+$")


def _without_told_again(quantities: list[Quantity]) -> list[Quantity]:
    """A count its source told before and points back at ('Seven miners lost their lives ...' then 'The seven
    miners, aged between 23 and 51, ...') is that count again, not a fact of its own."""
    told: set[tuple[str, float, str]] = set()
    kept = []
    for quantity in sorted(quantities, key=lambda q: (q.sentence.source, q.sentence.index)):
        key = (quantity.sentence.source, quantity.value, lemma(quantity.noun.split()[-1].lower()) if quantity.noun else "")
        if key in told and quantity.around and _DEFINITE.search(quantity.around[0]):
            continue
        told.add(key)
        kept.append(quantity)
    order = {id(q): n for n, q in enumerate(quantities)}
    return sorted(kept, key=lambda q: order[id(q)])


# A clause that tells what happened at a time or place the clause before it names: "in 2014, in which 301 people died".
# "In 2019, 5,000 runners finished": a year fronted in a clause of its own.
_WHEN_FRONTED = re.compile(r"^\s*(?:[Ii]n|[Bb]y|[Dd]uring|[Bb]ack in)\s+(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)\s*$")
# "Austria's worst fire, in the Arlberg tunnel in 1999, killed 12": a clause set apart that says where and when.
_PLACED_AND_DATED = re.compile(r"^\s*(?:in|at|on)\s+[^,;]*\b(?:1[89]\d\d|20\d\d)\s*$")
_RELATIVE_CLAUSE = re.compile(r"^\s*(?:in which|when|during which|after which|where|which)\b")


def _of_earlier_years(quantities: list[Quantity], year: int) -> list[Quantity]:
    """A figure said of an earlier year ('the disaster at Soma in 2014, in which 301 people died', 'In 2019,
    12,000 runners finished', 'the worst fire, in the X tunnel in 1999, killed 12') is that year's, not the
    event's: its slot and label say the year, so it neither disagrees with nor stands for the event's own figure."""
    dated = []
    for quantity in quantities:
        text = quantity.sentence.text
        at = text.find(quantity.words)
        clauses = [(m.start(), m.end()) for m in re.finditer(r"(?:[^,;.!?]|[.!?](?!\s))+", text)]
        index = next((i for i, (start, end) in enumerate(clauses) if start <= at < end), None)
        said = None
        if index is not None and not quantity.slot.endswith((EARLIER, " record")):  # a record stands since it was set
            years = [int(y) for y in YEAR_NAMED.findall(text[slice(*clauses[index])])]
            before = text[slice(*clauses[index - 1])] if index else ""
            if not years and index and (
                _RELATIVE_CLAUSE.match(text[slice(*clauses[index])]) or _WHEN_FRONTED.match(before) or _PLACED_AND_DATED.match(before)
            ):
                years = [int(y) for y in YEAR_NAMED.findall(before)]
            said = next((y for y in years if y < year), None)
        dated.append(replace(quantity, slot=f"{quantity.slot} in {said}") if said else quantity)
    return dated


def _without_event_words(quantities: list[Quantity], keywords: frozenset[str]) -> list[Quantity]:
    """A count's slot without the words that say what the event is: in a dengue outbreak '2,241 dengue
    hospitalisations' and '2,214 patients admitted to hospital' count one thing. Not how a toll's part fared:
    'seriously' of 'two of them seriously injured' says which part, however often the sources say 'serious'."""
    plain = []
    for quantity in quantities:
        head, *modifiers = quantity.slot.split()
        before_noun = {w.lower() for w in quantity.noun.split()[:-1]}  # 'dengue' of 'dengue hospitalisations'
        kept = [m for m in modifiers if m not in before_noun or not stems(m) or not stems(m) <= keywords or _how_befallen(head, m)]
        if len(kept) < len(modifiers) and counts_things(quantity.slot) and not single_valued(quantity.slot):
            quantity = replace(quantity, slot=" ".join([head, *kept]))
        plain.append(quantity)
    return plain


def _how_befallen(head: str, modifier: str) -> bool:
    """'injured seriously', 'hospitalised critically': how what befell people befell a part of them."""
    return head in STATE_SLOTS and modifier.endswith("ly")


def _owners_named(quantities: list[Quantity], entities: list[Entity]) -> list[Quantity]:
    """A count or share said to be someone's ('seats (KA)', 'share of the vote (Labour)') is the named body's or
    person's whatever the source calls it: 'KA' is the Coastal Alliance, 'Labour' the Labour Party."""
    names: dict[str, Entity] = {}
    for entity in entities:
        if entity.kind in ("organization", "person"):
            for surface in {entity.name, *(m.surface for m in entity.mentions)}:
                names.setdefault(fold_name(surface), entity)
    named = []
    for quantity in quantities:
        owner = re.search(r"\(([^()]+)\)$", quantity.noun)
        said = fold_name(owner.group(1)) if owner else ""
        words = said.split()  # "Mayor Carolina Fuentes Rojas" is named "Carolina Fuentes Rojas"
        entity = next((names[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in names), None)
        if entity is None or not quantity.slot.endswith(" " + said):
            named.append(quantity)
            continue
        noun = quantity.noun[: owner.start()] + f"({entity.name})"
        named.append(replace(quantity, noun=noun, slot=quantity.slot[: -len(said)] + fold_name(entity.name)))
    return named


def _told_apart(labels: list[str], aligned: list) -> list[str]:
    """Two figures under one label are two different things ('31 countries', 'two countries, Finland and
    Sweden'): the one most sources give keeps the label, the others say what sets them apart."""
    result = list(labels)
    by_label: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        by_label.setdefault(label, []).append(index)
    for indexes in by_label.values():
        if len(indexes) < 2:
            continue
        support = {i: len({s for g in aligned[i][0] for s in g.sources}) for i in indexes}
        keeper = max(indexes, key=lambda i: (support[i], -i))
        for index in indexes:
            qualifier = _qualifier(aligned[index][0][0].quantities[0]) if index != keeper else ""
            if qualifier:
                result[index] = f"{labels[index]} ({qualifier})"
    return result


_APPOSITION_NAMES = re.compile(r"^,\s+((?:[A-Z][\w’'-]+(?:\s+|,\s+|\s+and\s+))*[A-Z][\w’'-]+)\s*[,;.]")
_PREDICATE = re.compile(r"^\s+(?:were|was|are|is|have|has|had|will|would)?\s*((?:[a-z][\w-]*)(?:\s+(?!and\b|or\b|but\b|in\b|on\b|at\b|for\b|of\b|to\b)[a-z][\w-]*){0,2})")
_VERB_BEFORE = re.compile(r"\b([a-z]{3,}(?:s|ed))\s+(?:[a-z]+\s+){0,2}$")


def _qualifier(quantity: Quantity) -> str:
    """What sets a figure apart from another under the same label: the names it is in apposition with
    ('two countries, Finland and Sweden'), what it did ('five people suffered minor burns'), or the verb
    that governs it ('employs 2,300 people')."""
    if quantity.around is None:
        return ""
    before, rest = quantity.around
    if quantity.noun and rest.lstrip().startswith(quantity.noun):
        rest = rest.lstrip()[len(quantity.noun) :]
    names = _APPOSITION_NAMES.match(rest)
    if names:
        return names.group(1)
    subject = re.search(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)$", before) is not None
    predicate = _PREDICATE.match(rest)
    if subject and predicate and predicate.group(1).split()[0] not in FUNCTION_WORDS:
        return predicate.group(1)
    verb = _VERB_BEFORE.search(before)  # in its case: 'Echo Buds for $130' has no verb
    ranging = verb and " to " in quantity.words and verb.group(1).startswith(("rang", "var"))  # "ranges from $150 to $200"
    return verb.group(1) if verb and verb.group(1) not in FUNCTION_WORDS and not ranging else ""


def _plainest(quantities: list[Quantity]) -> Quantity:
    """The mention to show for a figure: in the words most of its sources use, else the most exact and plain:
    '17 minutes' over 'about 17 minutes', 'C$2.9 billion ($2.1 billion)' (converted) over 'C$2.9bn', 'four
    years' over 'four-year', '5-2' over a clause telling how five voted and two (all are quoted as written)."""
    said = Counter(q.shown for q in quantities)
    return min(quantities, key=lambda q: (-said[q.shown], q.hedged, "(" not in q.words, len(q.words.split()) > 4, "-" in q.words))


_DEATH_NOUNS = frozenset("deaths bodies fatalities victims dead".split())


def _figure_label(quantities: list[Quantity]) -> str:
    """What the figure counts, in the words most sources use ("countries" over "-member")."""
    first = quantities[0]
    dated = OF_A_YEAR.search(first.slot)
    if dated:  # a figure of an earlier year: what it counts, and when
        return f"{_figure_label([replace(q, slot=q.slot[: dated.start()]) for q in quantities])} in {dated.group(1)}"
    ahead = AHEAD.search(first.slot)
    if ahead:  # a figure aimed at or forecast: what it counts, and that it is not what is
        return f"{_figure_label([replace(q, slot=q.slot[: ahead.start()]) for q in quantities])} ({ahead.group(1)})"
    if first.slot.startswith("time since"):
        said = Counter(q.noun for q in quantities)
        return f"time since {max(said, key=lambda n: (said[n], -len(n), n))}".strip()
    if first.slot.endswith("score"):
        return first.slot
    if first.slot == TALLY:  # whose vote, when its sentence tells two bodies' votes
        sides = Counter(q.label for q in quantities if q.label)
        return sides.most_common(1)[0][0] if sides else "vote"
    if first.slot.startswith("ordinal"):
        return f"which {first.noun}"  # "which flight: 62nd"
    nouns = Counter(q.label or q.noun for q in quantities)
    if set(nouns) - SAY_NOTHING:  # 'amount' from one source, 'deal value' from another: the deal's value
        nouns = Counter({n: c for n, c in nouns.items() if n not in SAY_NOTHING})
    noun = max(nouns, key=lambda n: (
        nouns[n], any(set(other.split()) < set(n.split()) for other in nouns), " " in n or n.endswith("s"),
        -next(i for i, q in enumerate(quantities) if (q.label or q.noun) == n),
    ))  # of as many sources, one that says what another says and more ('domestic fees up' over 'fees up')
    if noun in {q.label for q in quantities}:
        return noun  # said by its clause: 'population', 'appeal', 'others flown to a trauma centre'
    if any(q.noun in ("death toll", "toll") for q in quantities):
        return "death toll"
    if noun.split()[0].endswith("ly"):
        return noun  # a part set apart by how it is: "seriously injured"
    state = first.slot.split()[0]  # 'hospitalised rower': rowers hospitalised, whatever verb said so ('were taken to hospital')
    if state in ("killed", "injured", "hospitalised", "missing", "evacuated", "displaced", "arrested", "rescued", "trapped"):
        if noun.lower() in _DEATH_NOUNS:
            return noun.lower()  # "14 deaths", "three bodies": not "deaths killed"
        return state if what_befell(noun) else noun if state in noun.split() else f"{noun} {state}"  # "9 hurt", "7 KILLED": "injured", "killed"
    if first.slot.startswith(("amount", "per cent", "period ", "prison term", TIMING)) or "(" in noun or noun in ("magnitude", "aftershock magnitude", "crowd", "attendance", "price per share"):
        return noun
    done = max(filter(None, map(_done_to, quantities)), key=lambda d: len(d.split()), default=None)
    return f"{noun} {done}" if done and done not in noun.split() else f"number of {noun}"


# "6,200 homes have been destroyed", "62 flights were delayed", "were taken off", "had already been sent on", "were also damaged": what was done to the things counted,
# said in their clause (not past another count: "five cars fell and 11 people were injured").
_ADVERB = r"(?:already|also|now|since|just|still|all|then|later|even|yet)"  # between a passive's helpers
_DONE_TO = re.compile(
    rf"^(?:(?!\band\b)[^,;:.!?\d]){{0,60}}?\b(?:were|was|(?:have|has|had)\s+(?:{_ADVERB}\s+)?been|are being|were being|got)\s+(?:{_ADVERB}\s+)?(?:\w+ly\s+(?:(?:or|and)\s+\w+ly\s+)?)?"
    r"((?:[a-z]{3,}ed|[a-z]{3,}en|thrown|flown|blown|drawn|withdrawn|lost|sold|hit|cut|shut|built|burnt|left|held|sent)(?![a-z])(?:\s+(?:off|out|down|up|away|over)\b(?:(?:\s+(?!(?:and|or|by|in|on|at|for|from|with|to|without)\b)[a-z]+){1,3}?(?=\s+(?:without|at|in|on|for|by|from|after|because|when|while)\b|[,.;:]|$))?)?)"
)


# "buried nine climbers", "will shed 400 jobs", "will send another 80 medics", "had expected 8,000 runners": a count that is the object of the verb
# right before it (after a modal, in its base form) counts what was done that to; not verbs of how many there are.
_DONE_BEFORE = re.compile(
    r"\b(?:(?P<past>[a-z]{3,}ed)|(?:will|would|could|may|might|must|can|should)\s+(?P<base>[a-z]{3,}))\s+(?:another\s+|a\s+further\s+|an\s+(?:extra|additional)\s+)?$"
)
_NOT_DONE = frozenset(
    "included involved numbered totalled totaled reached exceeded topped surpassed contained comprised listed counted averaged"
    " estimated employed used needed based aged owned housed".split()
)
# "puts 1,240 jobs at risk", "puts at risk 300 homes", "200 jobs are at risk": what is at risk.
_AT_RISK_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s+at risk\s+$")
_AT_RISK_AFTER = re.compile(r"^(?:\s+[a-z]+){0,3}?\s+(?:(?:are|were|is|was|remain|remained)\s+(?:now\s+|still\s+)?)?at risk\b")


def _done_to(quantity: Quantity) -> str | None:
    """What the clause of a count of things says was done to them ('were destroyed', 'have been postponed', 'buried
    nine climbers', 'at risk'), so that its label says what it counts ('homes destroyed', not 'number of homes')."""
    if quantity.around is None:
        return None
    before, after = quantity.around
    if the_whole_of_a_part(before):
        return None  # "Three of the 40 passengers were hurt": the three were, not the 40
    if _AT_RISK_BEFORE.search(before) or _AT_RISK_AFTER.match(after):
        return "at risk"
    listed = re.match(rf"\s*{re.escape(quantity.noun)}", after) if re.search(r",|\band\b|\bor\b", quantity.noun) else None
    found = _DONE_TO.match(after[listed.end() :] if listed else after)  # past a list's 'and': 'tents and caravans were destroyed'
    if found:
        return found.group(1) if found.group(1) not in FUNCTION_WORDS else None
    verb = _DONE_BEFORE.search(before)
    done = verb and past_participle(verb.group("past") or verb.group("base"))
    if done and done not in _NOT_DONE and done not in FUNCTION_WORDS:
        return done
    return _did(quantity, before, after)


# "Eleven riders abandoned the race", "42 guests reported symptoms": a count that is the subject of a verb in the past
# with what it was done to (up to two words), right after the counted noun.
_DID = re.compile(
    r"^\s+(?P<noun>(?:[A-Za-z-]+\s+){1,3}?)(?:(?:had|have|has)\s+)?(?:also\s+|all\s+)?(?P<verb>[a-z]{3,}ed)\s+"
    r"(?:(?P<det>the|a|an|their|its|his|her)\s+)?(?P<thing>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|after|before|for|with|from|into|through|across|during|and|when|as|by|near|over)\b)"
)
# "38,000 people had gathered near the gate", "1,500 people have filed through the hall": a count that is the subject of
# a verb in the perfect with no object, an adverb of direction kept ('filed through'): the perfect's 'have' makes it active.
_HAVE_DONE = re.compile(
    r"^\s+(?P<noun>(?:[A-Za-z-]+\s+){1,3}?)(?:had|have|has)\s+(?:also\s+|all\s+|already\s+|now\s+)?(?P<verb>[a-z]{3,}ed)"
    r"(?:\s+(?P<thing>through|out|back|away|off|down|home)\b|(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|after|before|for|with|from|into|across"
    r"|during|and|when|as|by|near|over|since|outside|inside|around)\b))"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:to|of|in|on|at|for|with|from|by|into|among|between)\s+(?:(?:the|a|an|its|their|his|her|our|all|some|about|around|over|nearly|almost|more than)\s+)*$", re.IGNORECASE)


def _did(quantity: Quantity, before: str, after: str) -> str | None:
    """What the things or people counted did, said in the past right after them with what they did it to, or in the
    perfect with no object ('people who gathered'), so that the label says who they are ('riders who abandoned the
    race'), not 'number of people'; None when the count is within a phrase ('Damage to two tanks has ...'), a past
    verb has no object (it may be a passive: '54 stores earmarked for closure') or only says how many there are, or
    what it was done to is a pronoun ('had contacted us')."""
    did = _DID.match(after) or _HAVE_DONE.match(after)
    if did is None or _AFTER_PREPOSITION.search(before) or did.group("verb") in _NOT_DONE | FUNCTION_WORDS:
        return None
    thing = (did.group("thing") or "").split()
    if did.group("noun").split() != quantity.noun.split() or any(w in FUNCTION_WORDS for w in thing) and did.re is _DID:
        return None
    said = " ".join(w for w in (did.group("verb"), did.groupdict().get("det"), *thing) if w)
    return f"{'who' if counts_people(quantity.slot) else 'that'} {said}"


# --- claims and quotations -------------------------------------------------------------------


# A year, 1800 to 2099, as a word: written to open with its first digit's class, so that the search skips to a '1' or a
# '2' (a pattern opening with the word boundary is tried at every position).
_YEAR = re.compile(r"[12](?:(?<=\b1)[89]|(?<=\b2)0)\d\d\b")


def _days_named(
    sentences: list[Sentence], dates: dict[tuple[str, int], list[DateMention]], event_day: date | None
) -> dict[tuple[str, int], set[str]]:
    """The days and years each sentence names, but the event's own day (most sentences name it): two
    sentences saying talks resume on the same Thursday, or a first since 2011, share that anchor."""
    named: dict[tuple[str, int], set[str]] = {}
    for sentence in sentences:
        spot = (sentence.source, sentence.index)
        for mention in dates[spot]:
            if mention.day is not None and mention.day != event_day:
                named.setdefault(spot, set()).add(f"day:{mention.day.isoformat()}")
        for year in _YEAR.findall(sentence.text):
            named.setdefault(spot, set()).add(f"year:{year}")
    return named


def _claim_facts(
    sentences: list[Sentence], quoted: set[tuple[str, str]], said: dict[tuple[str, int], frozenset[str]], entities: list[Entity],
    quantities: list[Quantity], days: dict[tuple[str, int], set[str]], keywords: frozenset[str],
    referents: dict[tuple[str, str], str], taken: set[str]
) -> tuple[list[Fact], list[list[Sentence]]]:
    """The claims most sources share, and the groups of sentences alike but for their figures (no claim:
    they disagree). A claim shown in a sentence saying 'he' or 'she' for a person its source names before
    ('The road, he said, was dry.') is labelled with that person's name (`referents`: whom a quotation's 'he said' there
    would be). A sentence that is a quotation (`quoted`: those the quotations cite) joins the claim
    another source reports in its own words ('The police say the captain and the helmsman both had negative
    breath tests' and '"The captain and the helmsman have taken breath tests, and both were negative," says
    ...'); sentences that are all quotations are the quotation's, no claim."""
    def quotation(sentence: Sentence) -> bool:
        return (sentence.source, sentence.text) in quoted or _mostly_quoted(sentence.text)

    usable = [s for s in sentences if _a_clause(s.text) and not s.text.endswith("?") and not _no_news(s.text)]
    # what each sentence claims: a quotation by its words alone ('Manager X said: "..."'), reported speech
    # without the words of who reports it ('X, the region's director, said the region would not pay') but its
    # name, which counts only when both sentences name it ('..., the WHO said', 'according to the WHO'): one
    # speaker's two statements are two claims
    quotation_at = {(s.source, s.index): quotation(s) for s in usable}
    claim_of = {spot: _quoted_words(s.text) if quotation_at[spot] else claimed(s.text) for s in usable for spot in [(s.source, s.index)]}
    anchors: dict[tuple[str, int], set[str]] = {spot: set(named) for spot, named in days.items()}
    named: dict[tuple[str, int], list[str]] = {}
    reporter: dict[tuple[str, int], set[str]] = {}
    for entity in entities:
        feature = f"entity:{entity.key}"
        for mention in entity.mentions:
            spot = (mention.sentence.source, mention.sentence.index)
            anchors.setdefault(spot, set()).add(feature)
            if mention.surface not in claim_of.get(spot, mention.surface):  # who reports it: its name
                reporter.setdefault(spot, set()).update({feature, *stems(mention.surface)})
            named.setdefault(spot, []).append(entity.name)
    for quantity in quantities:
        spot = (quantity.sentence.source, quantity.sentence.index)
        if quantity.words in claim_of.get(spot, quantity.words):
            anchors.setdefault(spot, set()).add(f"figure:{quantity.value:g}")
    features = {
        spot: (stems(claim) if quotation_at[spot] else (said[spot] if claim == s.text else stems(claim) | reporter.get(spot, set())).union(anchors.get(spot, ())))
        | _polarity(claim)
        for s in usable
        for spot, claim in [((s.source, s.index), claim_of[(s.source, s.index)])]
    }
    reported = {spot: frozenset(words & features[spot]) for spot, words in reporter.items() if spot in features and not quotation_at[spot]}
    figures: dict[tuple[str, int], dict[str, float]] = {}
    for quantity in quantities:
        figures.setdefault((quantity.sentence.source, quantity.sentence.index), {})[quantity.slot] = quantity.value
    facts = []
    clusters, disputed = [], []
    compared = wordings(usable, features, reported)
    for cluster in cluster_sentences(compared):
        (disputed if _figures_differ(cluster, figures) else clusters).append(cluster)
    told = {spot: words - reported.get(spot, frozenset()) for spot, words in features.items()}  # who reports it aside
    clusters += told_in_fewer_words(usable, told, {(s.source, s.index) for c in clusters + disputed for s in c})
    grouped = {(s.source, s.index) for c in clusters + disputed for s in c}
    loose = _claims_joined(clusters, disputed, [c for c in told_in_the_same_details(compared, grouped) if not _figures_differ(c, figures)])
    grouped |= {(s.source, s.index) for c in loose for s in c}
    told_by_figures = _told_by_figures(quantities, named)
    clusters = [
        c for c in clusters + loose
        if not all(map(quotation, c)) and not all(_a_title(s.text) for s in c) and not told_by_figures(_representative(c, quotation))
    ]
    # most sources first, those told in alike words before those told in the same details; then the claims nearest
    # the event (its keywords), then the earliest told
    looser = {id(c) for c in loose}
    clusters.sort(key=lambda c: (-len(c), id(c) in looser, -max(len(said[(s.source, s.index)] & keywords) for s in c), min(s.index for s in c)))
    boxed = clusters[:MAX_CLAIMS]
    free = [s for s in usable if (s.source, s.index) not in grouped and not _a_title(s.text)]
    cores = _cores_told(boxed, free, told, compared.weight, figures, stems(" ".join(e.name for e in entities), synonyms=False))
    for cluster, core_told in zip(boxed, cores):
        representative = _representative(cluster, quotation)  # the claim as its own sentences tell it in full
        shared = _shared_names(cluster, named)
        cluster = sorted(cluster + core_told, key=lambda s: source_order(s.source))
        if (representative.source, representative.text) in referents:  # who the sentence shown says 'he' or 'she' for
            shared = list(dict.fromkeys([referents[(representative.source, representative.text)], *shared]))[:4]
        label = f"claim: {', '.join(shared)}" if shared else "claim"
        citations = [Citation(s.source, s.text) for s in cluster]
        words = slugify(" ".join(representative.text.split()[:6]))
        facts.append(fact(unique_id(f"claim-{words}", taken), "claim", label, representative.text, citations))
    return facts, disputed


CORE_WORDS = 3  # a core of two words ('year', 'old' of a 34-year-old) ties unlike claims
CORE_WEIGHT = 5.0  # how much the words all of a claim's sentences use must weigh to tell it apart (merge weights)


def _cores_told(
    claims: list[list[Sentence]], free: list[Sentence], told: dict[tuple[str, int], frozenset[str]],
    weight: dict[str, float], figures: dict[tuple[str, int], dict[str, float]], names: frozenset[str],
) -> list[list[Sentence]]:
    """Of each claim, the sentences outside every claim, of sources it lacks, that use every word its own sentences
    all use (its core: 'captain', 'questioned', 'harbour', 'police' of 'The captain was questioned by the harbour
    police on Monday' and 'The captain of the trawler was questioned by the harbour police for hours') in a
    sentence of other details ('The captain, who had spent a week at sea, was taken to the harbour police station
    for questioning while inspectors weighed the catch'): the claim told around them, which the claims' similarity
    misses. The core, of CORE_WORDS words or more (not names nor numbers: who and how many tell no claim), must
    weigh CORE_WEIGHT, the sentence contain one claim's core only, give no other figure and not say the opposite
    (`told`: each sentence's words, who reports it aside); of a source's sentences, the one sharing the most weight
    with the claim joins, the first told of equals."""
    cores = []
    for claim in claims:
        words = [told[(s.source, s.index)] for s in claim]
        core = frozenset(f for f in frozenset.intersection(*words) if ":" not in f and f not in names and f not in NUMBER_STEMS)
        cores.append(core if len(core) >= CORE_WORDS and math.fsum(weight.get(f, 0.0) for f in core) >= CORE_WEIGHT else frozenset())
    joined: list[list[Sentence]] = [[] for _ in claims]
    best: dict[tuple[int, str], tuple[float, int, Sentence]] = {}
    for sentence in free:
        spot = (sentence.source, sentence.index)
        holders = [i for i, core in enumerate(cores) if core and core <= told[spot]]
        if len(holders) != 1:
            continue
        claim = claims[holders[0]]
        if sentence.source in {s.source for s in claim} or _figures_differ(claim + [sentence], figures) \
                or any(opposed(told[(s.source, s.index)], told[spot]) for s in claim):
            continue
        key = (holders[0], sentence.source)
        shared = math.fsum(weight.get(f, 0.0) for f in told[spot] if any(f in told[(s.source, s.index)] for s in claim))
        if key not in best or (shared, -sentence.index) > best[key][:2]:
            best[key] = (shared, -sentence.index, sentence)
    for (index, _), (_, _, sentence) in sorted(best.items(), key=lambda item: item[0]):
        joined[index].append(sentence)
    return joined


def _claims_joined(clusters: list[list[Sentence]], disputed: list[list[Sentence]], loose: list[list[Sentence]]) -> list[list[Sentence]]:
    """The claims told in the same details that are claims of their own: those outside every claim. One tied to two
    sentences or more of one claim tells that claim, and its other sentences join it (of the sources it lacks), as a
    third source's 'a case of manslaughter had been opened' joins 'Prosecutors have opened a criminal investigation
    for involuntary manslaughter'. One tied to a single sentence of a claim may tell a second thing that sentence
    tells ('closed the castle and banned outdoor work' beside 'Outdoor work was banned') or the claim in other
    words: too unsure to cite either way, it is dropped, as is one tied to a disputed figure's sentence."""
    claim_of = {(s.source, s.index): i for i, cluster in enumerate(clusters) for s in cluster}
    in_dispute = {(s.source, s.index) for cluster in disputed for s in cluster}
    own = []
    for group in loose:
        spots = [(s.source, s.index) for s in group]
        held = [claim_of[spot] for spot in spots if spot in claim_of]
        if any(spot in in_dispute for spot in spots):
            continue
        if not held:
            own.append(group)
        elif len(held) >= 2 and len(set(held)) == 1:
            claim = clusters[held[0]]
            sources = {s.source for s in claim}
            claim += [s for s in group if (s.source, s.index) not in claim_of and s.source not in sources]
            claim.sort(key=lambda s: source_order(s.source))
    return own


# A word that says something is not so ('not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor',
# 'cannot', in any case) or 'n't'. Written to open with the letter every one of them opens with ([nNcC], which no
# other letter matches in any case), so that the search skips to those letters, not trying every position.
_NEGATION = re.compile(
    r"[nNcC](?:(?<=\b[nN])(?i:ot|ever|o|obody|one|othing|either|or)\b|(?<=\b[cC])(?i:annot)\b|(?<=[nN])[’'][tT]\b)"
)
_CLAUSES = re.compile(r"[.;:!?]\s|,\s+(?:and|but|while|whereas)\s")


@lru_cache(maxsize=1 << 15)  # asked of each sentence by the claims, the denials and what one source alone reports: an event of some 500 sources
def _polarity(claim: str) -> frozenset[str]:
    """{NEGATED} for a claim of one clause that says something is not so ('will not close', 'no data was
    lost', 'has never been found'); {PARTLY_NEGATED} for a claim of several clauses one of which may say so
    ('..., and both were negative. We have no reason to believe ...'); else nothing."""
    if _NEGATION.search(claim) is None:
        return frozenset()
    return frozenset({PARTLY_NEGATED} if _CLAUSES.search(claim.rstrip(" .!?")) else {NEGATED})


# What a toll, an arrest or a loss counts, as `stems` cuts it ('hurt' and 'wounded' are 'injur', 'died' and 'dead'
# 'kille'), and a word saying there was none within the next four words ('Nobody was injured', 'The driver was not
# hurt', 'No arrests have been made', 'No customer data was lost').
_TOLLS = frozenset({"injur", "kille", "casua", "fatal", "arres", "charg", "damag", "lost", "harm"})
_DENYING = re.compile(r"\b(?:[Nn]o(?:body|ne(?!\s+of\b)| one|-one)?|[Nn]ot|[Nn]ever|[Nn]either|[Nn]or)\b((?:\W+\w+){1,4})")
DENIAL_WORDS = 15  # a denial longer than this tells more than that nobody was hurt


def _denied_tolls(claim: str) -> frozenset[str]:
    """The tolls a short claim of one clause says there were none of; none for 'Nobody else was hurt' (someone
    was: the figure tells it) nor 'None of the injuries was serious' (there were)."""
    if _polarity(claim) != {NEGATED} or len(claim.split()) > DENIAL_WORDS:
        return frozenset()
    tolls = frozenset().union(*(stems(m.group(1)) for m in _DENYING.finditer(claim) if not re.search(r"\belse\b", m.group(1))))
    return tolls & _TOLLS


def _with_denials(claims: list[Fact], sentences: list[Sentence], quoted: set[tuple[str, str]], taken: set[str]) -> list[Fact]:
    """The sources' denials of a toll, an arrest or a loss, one claim per toll, citing every source that denies it
    in whatever words ('Nobody was injured.' / 'The driver was not hurt.'; 'No damage or injuries were
    reported.' of one source alone): the answer to what a reader asks first, which a sentence of three words or a
    sentence telling more around it (shared words too few for the claims' similarity) otherwise leaves out. A claim
    already citing one of them takes in the other sources' denials of it."""
    groups: list[tuple[set[str], list[Sentence]]] = []
    for sentence in sorted(sentences, key=lambda s: (source_order(s.source), s.index)):
        if (sentence.source, sentence.text) in quoted or _mostly_quoted(sentence.text):
            continue
        tolls = _denied_tolls(claimed(sentence.text))
        if not tolls:
            continue
        for denied, group in groups:
            if denied & tolls and all(s.source != sentence.source for s in group):
                denied |= tolls
                group.append(sentence)
                break
        else:
            groups.append((set(tolls), [sentence]))
    result = list(claims)
    for _, group in groups:
        spots = {(s.source, s.text) for s in group}
        at = next((i for i, c in enumerate(result) if any((c_.source, c_.quote) in spots for c_ in c.citations)), None)
        if at is not None:
            claim = result[at]
            cited = {c.source for c in claim.citations}
            more = [Citation(s.source, s.text) for s in group if s.source not in cited]
            result[at] = fact(claim.id, claim.kind, claim.label, claim.value, [*claim.citations, *more], variants=claim.variants)
            continue
        shown = _representative(group, lambda s: False)
        words = slugify(" ".join(shown.text.split()[:6]))
        result.append(fact(unique_id(f"claim-{words}", taken), "claim", "claim", shown.text, [Citation(s.source, s.text) for s in group]))
    return result


# Words opening a sentence that point back to whom or what the sentence before named ('He tested negative for
# alcohol', 'Her organisation wants to ...', 'The others were treated at ...'), or to the writer ('We will
# appeal'): such a sentence is a clause cut from its context, which says nothing on its own.
_POINTS_BACK = re.compile(r"(?:He|She|They|His|Her|Their|Its|We|Our|I|My|(?:The )?[Oo]thers|The rest)\b(?![’'-])")


def _representative(cluster: list[Sentence], quotation) -> Sentence:
    """The sentence a claim shows: the shortest that is a sentence, says its claim on its own and is no
    quotation ('Police said the driver had tested negative for alcohol', not 'He tested negative ...')."""
    return min(cluster, key=lambda s: (_a_title(s.text), _POINTS_BACK.match(s.text) is not None, quotation(s), len(s.text.split()), source_order(s.source)))


def _told_by_figures(quantities: list[Quantity], named: dict[tuple[str, int], list[str]]):
    """Whether a sentence says nothing but its figures ('The magnitude 7.1 quake killed at least 42 people,
    according to the minister', 'about 48,000 patients were affected, of whom 3,100 were children'): its
    claim, less the words of its figures (their noun and what they count) and the names, holds fewer than two
    words. Such a claim is its figure facts told again."""
    figure_words: dict[tuple[str, int], set[str]] = defaultdict(set)
    for quantity in quantities:
        figure_words[(quantity.sentence.source, quantity.sentence.index)] |= stems(f"{quantity.words} {quantity.noun} {quantity.slot}")

    def told(sentence: Sentence) -> bool:
        spot = (sentence.source, sentence.index)
        if spot not in figure_words:
            return False
        names = stems(" ".join(named.get(spot, ())))
        return len(stems(claimed(sentence.text)) - figure_words[spot] - names) < 2

    return told


ONLY_REPORTED_LEAD = 8  # where in a source its own news is told
ONLY_REPORTED_DECISIONS = 12  # and a decision, a cause or a finding of its own, besides
# What a body decided, what caused it, what was found: news a source alone may tell further down.
_DECISION = re.compile(
    r"\b(?:declared|ordered|decided|approved|banned|suspended|imposed|lifted|appointed|sworn in|resigned|charged"
    r"|arrested|sentenced|recalled|will (?:remain|stay|be closed|be suspended)|caused by|blamed|explanation|due to"
    r"|because of|triggered|concluded|found that|recorded|denied|denies|questioned|sued|class action"
    r"|(?:opened|launched|started|began) an? (?:[a-z]+ )?(?:investigation|inquiry|probe|case)|investigating"
    r"|set up an? (?:[a-z]+ )?(?:commission|committee|inquiry|panel|task force))\b"
)
ONLY_REPORTED_SOURCES = 10


def _only_reported(
    sources: tuple[Source, ...], by_source: dict[str, list[Sentence]], facts: list[Fact], quoted: set[tuple[str, str]],
    entities: list[Entity], keywords: frozenset[str], taken: set[str]
) -> list[Fact]:
    """Per source, the one thing only it reports that an editor would box: a sentence near its top that
    names someone or something of the event, tells no figure already boxed, and most of whose words, apart
    from those names, no other source uses ('The recall covers the KT-200 and KT-210 models ...',
    'Weidinger has denied all wrongdoing'); none when a source has nothing of its own. Besides, such a
    sentence a little further down that tells a decision, a cause or a finding ('The government has declared
    a state of national disaster', 'All the specimens will remain in Morocco')."""
    if not 2 <= len(sources) <= ONLY_REPORTED_SOURCES:
        return []  # of hundreds of sources, what one alone says is background
    told = quoted | {(c.source, c.quote) for f in facts if f.kind in ("claim", "number") for c in f.citations}
    covered: dict[tuple[str, int], set[str]] = defaultdict(set)
    named: Counter[tuple[str, int]] = Counter()
    for entity in entities:
        for mention in entity.mentions:
            spot = (mention.sentence.source, mention.sentence.index)
            covered[spot] |= stems(mention.surface, False)
            named[spot] += entity.label != "country" and fold(entity.name) not in CONTINENTS
    users = Counter(w for source in sources for w in frozenset().union(*(stems(s.text, False) for s in by_source[source.id])))

    def said_in(sentence: Sentence) -> frozenset[str]:  # what it claims, names and who reports it aside
        claim = claimed(sentence.text)
        words = stems(claim) - {same_stem(w) for w in covered[(sentence.source, sentence.index)]}
        return words | _polarity(claim)

    introduced = _people_introduced(entities)
    in_claims = {(c.source, c.quote) for f in facts if f.kind == "claim" for c in f.citations}
    claimed_words = [said_in(s) for source in sources for s in by_source[source.id] if (s.source, s.text) in in_claims]
    def score(sentence: Sentence) -> int | None:
        """How much of the sentence is the source's own news; None when it is no claim of its own."""
        text = sentence.text
        if (sentence.source, text) in told or not 8 <= len(text.split()) <= 40 or text.endswith("?") or _mostly_quoted(text):
            return None
        if _POINTS_BACK.match(text) or re.match(r"(?:It|This|That|These|Those|You)\b", text) or _aside(text) or _no_news(text):
            return None  # says nothing out of its context, or is the writer's own
        spot = (sentence.source, sentence.index)
        if spot in introduced:
            return None  # one passer-by's story
        content = stems(text, False) - covered[spot]
        own = {w for w in content if users[w] == 1}  # no other source uses it
        about = named[spot] or content & keywords and re.search(r"\b[a-z]{3,}ed\b", text)  # 'Police arrested a man'
        if not about or len(own) < 3 or len(own) < len(content) / 2:
            return None
        if any(_alike(said_in(sentence), words) for words in claimed_words):
            return None  # another claim says it in other words
        return len(own) + len(content & keywords) + named[spot]

    picked: list[Sentence] = []
    for source in sources:
        scored = [(points, sentence) for sentence in by_source[source.id][:ONLY_REPORTED_DECISIONS] if (points := score(sentence)) is not None]
        best = max((c for c in scored if c[1].index < ONLY_REPORTED_LEAD), key=lambda c: c[0], default=None)
        decided = max((c for c in scored if c is not best and _DECISION.search(c[1].text)), key=lambda c: c[0], default=None)
        picked += [c[1] for c in (best, decided) if c is not None]
    said = {(s.source, s.index): said_in(s) for source in sources for s in by_source[source.id] if (s.source, s.text) not in told}
    result = []
    for group in _told_alike(picked, said):
        group += _told_elsewhere(group, said, by_source)
        first = group[0]
        slug = slugify(" ".join(first.text.split()[:6]))
        result.append(fact(unique_id(f"claim-{slug}", taken), "claim", "claim", first.text, [Citation(s.source, s.text) for s in group]))
    return result


_AGE_AFTER_A_NAME = re.compile(r",\s+(?:an?\s+)?\d{1,3}(?:,|-year-old\b)")  # 'Ilse Varga, 41,', 'Ilse Varga, a 41-year-old nurse'


def _people_introduced(entities: list[Entity]) -> set[tuple[str, int]]:
    """The sentences introducing, with their age, someone no other source names ('Among the passengers was Ilse
    Varga, 41, who was flying home', 'Ugo Ferrin, a 52-year-old baker from Lenz, said the bend was full of
    smoke'): a witness's or a passer-by's own story, which an editor leaves out of the box (their quotation
    stays). A person the sources name in common ('Tom Arne Kjell, 34, was bitten ...') is the event's."""
    found = set()
    for person in (e for e in entities if e.kind == "person"):
        if len({m.sentence.source for m in person.mentions}) > 1:
            continue
        for mention in person.mentions:
            text = mention.sentence.text
            at = text.find(mention.surface)
            if at >= 0 and _AGE_AFTER_A_NAME.match(text, at + len(mention.surface)):
                found.add((mention.sentence.source, mention.sentence.index))
    return found


_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
_CONJECTURE = re.compile(r"\bof course\b|\b(?:may|might|could) well\b|\bnot (?:immediately |yet )?(?:clear|known)\b|\bunclear\b", re.IGNORECASE)
_SPOKE = re.compile(r"\b(?:spoke|talked|speaking|talking)\b", re.IGNORECASE)
_SAID_WHAT = re.compile(r"\b(?:said|says|told|that|of)\b|:")


def _aside(text: str) -> bool:
    """The writer's own, not the news: told in the first person outside quotation marks (a blog's 'I finally
    ran under ...', a press release's 'we want to thank ...'), a conjecture ('..., of course') or what is not
    known ('the exact purpose of the trip was not immediately clear'), or someone speaking with nothing said
    ('Mayor X, visibly moved, spoke to residents gathered on the riverbank')."""
    unquoted = _QUOTATION.sub("", text)
    if _FIRST_PERSON.search(unquoted) or _CONJECTURE.search(unquoted):
        return True
    return bool(_SPOKE.search(unquoted)) and not _SAID_WHAT.search(unquoted[_SPOKE.search(unquoted).end():])


# What a writer puts before a colon to set the news up: a recap for the reader ('For those who missed it:', 'Quick
# recap for anyone who wasn't there:') or a list of the scene's things ('Drums, a heron dance and a few drops of rain:').
_READERS_RECAP = re.compile(r"[^:]{0,40}\bfor (?:those|anyone|everyone|readers) who\b[^:]*:", re.IGNORECASE)
_SCENE_LIST = re.compile(r"(?P<items>[A-Z][^:.;“\"]*,[^:.;“\"]* and [^:.;“\"]*):\s")
_TOLD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")
SCENE_LIST_WORDS = 20  # the things a lede lists before its colon, in a few words each


# A statement's stock words, said whatever happened: condolences, a commitment reaffirmed, safety put first.
_STOCK_WORDS = re.compile(
    r"\b(?:express|extend|offer)(?:s|es|ed|ing)? (?:its|their|our) (?:(?:deepest|deep|sincere|heartfelt|sincerest) )?"
    r"(?:condolences|sympathies)|\b(?:reiterat|reaffirm)\w* (?:its|their|our) commitment"
    r"|\bsafety of [^.,;]{3,40} (?:comes|come) (?:first|before)",
    re.IGNORECASE,
)


# The care those put out by it were given, told after any such event: where they spent the night, what was handed out
# (given in its clause: 'a fire broke out during breakfast' is the news).
_GIVING = r"(?:handed out|handing out|hand out|gave out|given|offered|served|brought|provided|distributed)"
_CARE_GIVEN = re.compile(
    rf"\b{_GIVING}\b[^.,;]{{0,30}}\b(?:blankets|hot drinks|hot meals|breakfast)\b"
    rf"|\b(?:blankets|hot drinks|hot meals|breakfast)\b[^.,;]{{0,30}}\b(?:were|was|are|is|being) {_GIVING}\b"
    r"|\b(?:were|have been|had been|was) (?:accommodated|put up) in\b"
    r"|\bspent the night (?:at|in) (?:the |a |an )?[^.,;]{0,40}\b(?:gymnasium|gym|sports hall|school|hotels?|hall)\b",
    re.IGNORECASE,
)


# One of these is in each match of _STOCK_WORDS or _CARE_GIVEN: a sentence without them is tried with neither.
_STOCK_OR_CARE_WORDS = (
    "condolences", "sympathies", "commitment", "safety", "blankets", "hot drinks", "hot meals", "breakfast", "accommodated",
    "put up", "spent the night",
)


# "The Liffey Prize was founded in 2011.", "The viaduct was opened in 1971, when the N61 was widened.": a sentence
# that only tells when its subject began (a 'when' clause may say why).
_BEGUN_ONLY = re.compile(
    r"(?:[\w’'-]+\s+){1,8}(?:was|were)\s+(?:first\s+)?(?:founded|established|held|staged|opened|built|inaugurated|launched"
    r"|created|set\s+up)\s+in\s+(?:1[5-9]\d\d|20\d\d)(?:,\s+when\b[^.;]*)?\."
)


def _no_news(text: str) -> bool:
    """A sentence that tells no claim of its own: a writer's set-up before a colon, a statement's stock words ('X
    expresses its deepest condolences to the families', 'The safety of our staff comes before everything else'),
    the care given to those put out ('Families spent the night at the school gym, where volunteers handed out
    blankets') or only when a body, a thing or a fixture began ('The bridge was opened in 1962.': its history, which
    the box's place and body name), said after any such event and told as a claim by no editor."""
    return _set_up(text) or _BEGUN_ONLY.fullmatch(text.strip()) is not None or (
        may_contain(text, _STOCK_OR_CARE_WORDS) and (_STOCK_WORDS.search(text) is not None or _CARE_GIVEN.search(text) is not None)
    )


def _set_up(text: str) -> bool:
    """A sentence a writer sets the news up with, the news after its colon told plainly elsewhere: a recap for the
    reader ('For those who weren't there: ...') or a list of what the scene held, no verb told ('Brass band, sausages
    and a long queue of cars: yesterday the tunnel opened'). A claim of its own it is not: the recap says again what
    the box says, the list is colour."""
    if _READERS_RECAP.match(text):
        return True
    listed = _SCENE_LIST.match(text)
    return listed is not None and len(listed["items"].split()) <= SCENE_LIST_WORDS and _TOLD.search(listed["items"]) is None


def _alike(words: frozenset[str], other: frozenset[str]) -> bool:
    """Three content words or more in common (names aside), a third of the shorter sentence's: 'Police
    arrested a man on suspicion of ...' and 'The GNR detained a man suspected of ...' say one thing
    (unless opposed: 'The port was closed', 'The port reopened')."""
    common = len(words & other)
    return common >= 3 and common >= 0.35 * min(len(words), len(other)) and not opposed(words, other)


def _told_alike(sentences: list[Sentence], said: dict[tuple[str, int], frozenset[str]]) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        for group in groups:
            if _alike(said[(sentence.source, sentence.index)], said[(group[0].source, group[0].index)]):
                group.append(sentence)
                break
        else:
            groups.append([sentence])
    return groups


def _told_elsewhere(
    group: list[Sentence], said: dict[tuple[str, int], frozenset[str]], by_source: dict[str, list[Sentence]]
) -> list[Sentence]:
    """The sentence of each other source that says what one source alone was thought to report ('Heavy rain
    had caused a landslide on the line' for 'A landslide caused by heavy rain ...'), so the claim cites it too."""
    words = said[(group[0].source, group[0].index)]
    found = []
    for source, sentences in by_source.items():
        if any(s.source == source for s in group):
            continue
        alike = [s for s in sentences if (s.source, s.index) in said and _alike(words, said[(s.source, s.index)])]
        if alike:
            found.append(max(alike, key=lambda s: (len(words & said[(s.source, s.index)]), -s.index)))
    return found


def _figures_disputed(facts: list[Fact], disputed: list[list[Sentence]], quantities: list[Quantity]) -> list[Fact]:
    """Sentences alike but for the one count each gives ('About 120,000 of the kettles were sold in the United
    Kingdom', 'In Britain, 95,000 units were sold') count one thing, whatever noun each counts it by: their
    figures, boxed apart as two, are one conflict when no source gives both and their intervals are disjoint."""
    at: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for quantity in quantities:
        at[(quantity.sentence.source, quantity.sentence.text)].append(quantity)
    by_figure = {(c.source, c.quote, c.value or f.value): f for f in facts if f.kind == "number" for c in f.citations}
    for cluster in disputed:
        values = _odd_ones([[q for q in at[(s.source, s.text)] if not q.slot.startswith(_NOT_COUNTS)] for s in cluster], lambda q: q.value)
        if values is None:
            continue
        sides = list(dict.fromkeys(by_figure.get((q.sentence.source, q.sentence.text, q.shown)) for q in values))
        if None in sides or len(sides) < 2 or any(f.status == "conflict" for f in sides):
            continue
        cited = [c.source for f in sides for c in f.citations]
        if len(cited) != len(set(cited)) or not _some_disjoint(values) or _each_and_whole_told(values):
            continue
        citations = [replace(c, value=c.value or side.value, disagrees=n > 0) for n, side in enumerate(sides) for c in side.citations]
        merged = fact(sides[0].id, "number", sides[0].label, " / ".join(f.value for f in sides), citations, True)
        facts = [merged if f is sides[0] else f for f in facts if f not in sides[1:]]
        by_figure.update({(c.source, c.quote, c.value or merged.value): merged for c in merged.citations})
    return facts


def _each_and_whole_told(values: list[Quantity]) -> bool:
    """Two of the values are one of each and their whole ('five members from each side' / 'a commission of ten
    members'), or a population and some of it: two figures, not one told two ways."""
    return any(each_and_its_whole(FigureGroup([x]), FigureGroup([y])) for x, y in combinations(values, 2))


_T = TypeVar("_T")


def _odd_ones(told: list[list[_T]], value: Callable[[_T], float]) -> list[_T] | None:
    """Of sentences alike, each one's figure whose value not all of them give, when each has exactly one
    ('Seven people died and 12 were hurt', 'Seven people were killed and 15 injured': 12 and 15); else None."""
    common = set.intersection(*({value(x) for x in figures} for figures in told)) if told else set()
    odd = [[x for x in figures if value(x) not in common] for figures in told]
    return [found[0] for found in odd] if all(len(found) == 1 for found in odd) else None


# Figures that are no count of their own: a vote's tally ('passed 41-12') holds two, and is one number only as coded;
# a length beyond another ('8.5 metres beyond hill size') is a difference, never that length told otherwise.
_NOT_COUNTS = ("amount", "per cent", "period", "prison term", "time", "ordinal", "margin", TIMING, TALLY)


def _some_disjoint(values: list[Quantity]) -> bool:
    """Two of the intervals are disjoint: the lowest top below the highest bottom (not every pair compared)."""
    return min(v.high for v in values) < max(v.low for v in values)


def _figures_differ(cluster: list[Sentence], figures: dict[tuple[str, int], dict[str, float]]) -> bool:
    """Sentences alike but for their figures ("cleared 12 trucks", "cleared 13 trucks"; "120,000 of the kettles
    were sold", "95,000 units were sold": one count each, whatever it is said to count) do not agree."""
    seen: dict[str, float] = {}
    for sentence in cluster:
        for slot, value in figures.get((sentence.source, sentence.index), {}).items():
            if seen.setdefault(slot, value) != value:
                return True
    counts = [[value for slot, value in figures.get((s.source, s.index), {}).items() if not slot.startswith(_NOT_COUNTS)] for s in cluster]
    odd = _odd_ones(counts, float)
    return odd is not None and len(set(odd)) > 1


_QUOTATION = re.compile(r"“([^”]*)”|\"([^\"]*)\"")


# What closes a sentence: its mark, maybe inside a quotation's or a bracket's ('... a slide.', '... "the right call."').
_CLOSED = re.compile(r"[.!?…。！？][\"”’')\]]*$")
# A word that can be a sentence's verb: an auxiliary or a modal, a past in -ed, a present in -s, a common
# irregular past ('cut', 'fell', 'said'). A title has none ('A giant filter-feeding radiodont from the Lower
# Ordovician of Morocco.'). Only a sentence opening with an article is asked, as a title does: a bare plural
# present is no such word ('The men remain missing' would be taken for a title).
_VERB_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must"
    r"|said|told|made|took|gave|went|came|found|left|held|won|lost|fell|put|set|cut|hit|ran|met|saw|led|paid|sold"
    r"|built|brought|kept|began|broke|spent|sent|stood|struck|rose|drew|flew|shut|let|became|grew|knew|felt|heard"
    r"|got|chose|stole|wrote|fled|bought|caught|fought|sought|sank|shook|spoke|wore|threw|withdrew|upheld"
    r"|[a-z]+ed|[a-z]+[^s\W]s)\b|n[’']t\b"
)
_NOUN_PHRASE_OPENING = re.compile(r"(?:A|An|The)\s")


def _a_clause(text: str) -> bool:
    """A sentence that can tell a claim: five words or more ('No customer data was lost.'), at most sixty,
    three of them lowercase (a line of results, 'Haile-Mariam Bekele (ETH) 2:07:48; 2.', or a caption of
    names says nothing) and closed by its mark (a heading, 'Update on the recall of the KT-200 kettle', has none)."""
    words = text.split()
    return 5 <= len(words) <= 60 and sum(w[:1].islower() for w in words) >= 3 and _CLOSED.search(text) is not None


def _a_title(text: str) -> bool:
    """A noun phrase with no verb ('A giant tortoise from the Miocene of northern Chad.', a paper's title): it may
    cite a claim another source tells in a sentence, never show one. A word in -s or -ed is read as a verb ('The plant
    employs 300 people'), so a title holding a plural or a participle ('horned') is not told from a sentence."""
    return _NOUN_PHRASE_OPENING.match(text) is not None and _VERB_WORD.search(text) is None


def _quoted_words(text: str) -> str:
    return " ".join(m.group(1) or m.group(2) for m in _QUOTATION.finditer(text))


def _mostly_quoted(text: str) -> bool:
    """A sentence that is mostly a quotation is boxed as that quotation, not as a claim."""
    if "“" not in text and '"' not in text:
        return False
    quoted = sum(len(m.group(0)) for m in _QUOTATION.finditer(text))
    return quoted > len(text) / 2


def _shared_names(cluster: list[Sentence], named: dict[tuple[str, int], list[str]]) -> list[str]:
    """The names at least two of the cluster's sentences use, in the order entities were found."""
    counts = Counter(name for s in cluster for name in dict.fromkeys(named.get((s.source, s.index), [])))
    order = {name: i for s in cluster for i, name in enumerate(named.get((s.source, s.index), []))}
    return sorted((n for n, c in counts.items() if c >= 2), key=lambda n: order[n])[:4]


def _people_by_source(entities: list[Entity]) -> dict[str, list[tuple[Entity, list[Mention]]]]:
    """Per source, each person it names with the mentions in it: who its quotations and pronouns may be."""
    named: dict[str, list[tuple[Entity, list[Mention]]]] = {}
    for person in (e for e in entities if e.kind == "person"):
        for source_id, mentions in _by_source(person).items():
            named.setdefault(source_id, []).append((person, mentions))
    return named


def _quotation_facts(quotations: list[Quotation], taken: set[str]) -> tuple[list[Fact], set[tuple[str, str]]]:
    """The quotations boxed, and the sentences quoting someone's words (those boxed, and a bare phrase someone is
    said to have used: 'said she had lost "a good day's takings"'), which are no claims of the source's own."""
    facts, quoted = [], set()
    lines = []
    quotations = _one_speaker_per_person(quotations)
    fragments = [q for q in quotations if q.fragment]
    for group in align_quotations([q for q in quotations if not q.fragment]):
        speakers, names = _speakers(group)
        if not speakers:
            continue  # words no source gives to anyone: a slogan, a sign, a title
        quoted |= {(q.sentence.source, q.sentence.text) for q in group}
        if any(not q.phrase for q in group):
            lines.append((group, speakers, names))
    for group, speakers, names in _without_lines_within_others(lines):
        fullest = [q for q in group if not q.phrase]
        first = max(fullest, key=lambda q: len(q.words.split()))  # the line shows it as quoted in full, not in part
        disputed = len(speakers) > 1  # outlets give the words to different people: a disagreement, each side cited
        citations = [
            Citation(
                q.sentence.source,
                q.sentence.text,
                None if _bare_words(q.words) == _bare_words(first.words) else q.words,
                disagrees=disputed and q.speaker in names and q.speaker != speakers[0],
                speaker=names.get(q.speaker) if disputed else None,
            )
            for q in group
        ]
        citations += [Citation(q.sentence.source, q.sentence.text, q.words) for q in _fragments_of(group, speakers, fragments)]
        label = " / ".join(names[key] for key in speakers)
        facts.append(fact(unique_id(f"quote-{slugify(names[speakers[0]])}", taken), "quote", label, _bare_words(first.words), citations, disputed))
    return facts, quoted


def _one_speaker_per_person(quotations: list[Quotation]) -> list[Quotation]:
    """A person two sources spell two ways that the entities keep apart ('Inigo Quevedo Ruiz', 'Íñigo Quevedo'; see
    one_person_named; 'Mother Jelisaveta' and 'Jelisaveta Radović') is one speaker, so that their words quoted in both
    are no disagreement over who said them: each quotation of theirs is given the name quoted most often (of as many,
    the fuller)."""
    names: dict[str, str] = {}
    quoted: Counter[str] = Counter()
    for q in quotations:
        if q.speaker and q.speaker_name and not q.speaker.startswith("description:"):
            names.setdefault(q.speaker, q.speaker_name)
            quoted[q.speaker] += 1
    ranked = sorted(names, key=lambda key: (-quoted[key], -len(names[key].split()), key))
    one: dict[str, str] = {}
    for at, key in enumerate(ranked):
        alike = [k for k in ranked[:at] if one[k] == k and one_person_named(names[k], names[key])]
        one[key] = alike[0] if len(alike) == 1 else key  # 'Mother Maria' beside two Marias may be either: kept apart
    return [replace(q, speaker=one[q.speaker], speaker_name=names[one[q.speaker]]) if one.get(q.speaker, q.speaker) != q.speaker else q for q in quotations]


def _fragments_of(group: list[Quotation], speakers: list[str], fragments: list[Quotation]) -> list[Quotation]:
    """The few words other sources quote of a boxed line, given to its speaker ('said the evacuation had gone "calmly
    and quickly"' beside '"The evacuation went calmly and quickly," X said'), as one of the sources it cites quotes
    them: each source quoting the speaker so states the line, in part; one fragment a source, of sources the line
    does not cite yet."""
    cited = {q.sentence.source for q in group}
    found: dict[str, Quotation] = {}
    for fragment in fragments:
        if fragment.sentence.source not in cited and fragment.speaker == speakers[0] and any(quoted_within(fragment.words, q.words) for q in group):
            found.setdefault(fragment.sentence.source, fragment)
    return list(found.values())


def _without_lines_within_others(lines: list[tuple[list[Quotation], list[str], dict[str, str]]]):
    """The quotations to box but those a source quoting the speaker tells within a longer line of theirs: a
    source quoting one statement in two sentences ('"The dam held," she said. "Every house is dry."') puts its
    second in a group of its own, which another source quoting it whole already says ('"The dam held and every
    house is dry"'): two thirds of its words said in that line, by the same speaker. The longer line cites the
    sources of the shorter it did not cite whose words it holds as they run ('"every house is dry", the engineer
    said'); a shorter copy in other words ('"a dry house for everyone"') states no words of the line, and is left out."""
    said = [(frozenset(q.sentence.source for q in group), stems(" ".join(q.words for q in group))) for group, _, _ in lines]
    within: dict[int, int] = {}  # a line told within a longer one: the longer one's index
    for i, (_, speakers, _) in enumerate(lines):
        sources, words = said[i]
        within.update({i: j for j, (_, other_speakers, _) in enumerate(lines) if j != i and other_speakers[0] == speakers[0]
                       and len(words) < len(said[j][1]) and len(words & said[j][1]) >= CONTAINED * len(words)})
    groups = [list(group) for group, _, _ in lines]
    for i, j in within.items():
        groups[j] += [
            q for q in lines[i][0]
            if q.sentence.source not in said[j][0] | {p.sentence.source for p in groups[j]} and any(quoted_within(q.words, p.words) for p in lines[j][0])
        ]
    return [(groups[i], speakers, names) for i, (_, speakers, names) in enumerate(lines) if i not in within]


def _quotations_told_again(
    claims: list[Fact], quotations: list[Fact], entities: list[Entity], referents: dict[tuple[str, str], str], people: list[Fact]
) -> list[Fact]:
    """A claim citing a quotation's sentence, and besides only sentences naming its speaker, is the speaker's
    words told again ('Chief executive X said the firm had had no choice' beside X's '"We had no choice," X
    said'): the quotation shows them, and the box holds them once. A sentence saying 'he' or 'she' for the speaker
    (`referents`: 'The road, he said, was dry.', '"...," she said.') names the speaker too, as does one writing the
    speaker's name however accented ('Aoife Ni Bhriain' for 'Aoife Ní Bhriain', where no name was read) or naming the
    body the speaker's boxed role is of: a body speaks through its officers ('Nordavind Regional said it would not
    comment on the cause' beside its chief executive's '"We will not speculate about the cause"'), by its name or its
    acronym's long form."""
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for person in (e for e in entities if e.kind == "person"):
        named[person.name] |= {(m.sentence.source, m.sentence.text) for m in person.mentions}
    for spot, name in referents.items():
        named[name].add(spot)
    roles = {person.value: fold(person.label) for person in people}
    for body in (e for e in entities if e.kind == "organization"):
        officers = [name for name, role in roles.items() if any(re.search(rf"\b{re.escape(fold(called))}\b", role) for called in (body.name, body.other_name) if called)]
        for name in officers:
            named[name] |= {(m.sentence.source, m.sentence.text) for m in body.mentions}
    cited = {claim.id: {(c.source, c.quote) for c in claim.citations} for claim in claims}
    told: set[str] = set()
    for quotation in quotations:
        quoting = {(c.source, c.quote) for c in quotation.citations}
        names = quotation.label.split(" / ")
        speaker = set().union(*(named.get(name, set()) for name in names))
        written = [fold(name) for name in names]
        told |= {
            claim for claim, spots in cited.items()
            if spots & quoting and all(spot in quoting | speaker or any(name in fold(spot[1]) for name in written) for spot in spots)
        }
    return [c for c in claims if c.id not in told]


def _roles_told_again(claims: list[Fact], people: list[Fact]) -> list[Fact]:
    """A claim saying no more than who a boxed person is ('The race was won by X.' beside 'winner of the race:
    X'; 'X is the new mayor of Brena.'), its words less the person's name and role fewer than two, citing a
    sentence the person's line cites: that line tells it."""
    told = set()
    for claim in claims:
        cited = {(c.source, c.quote) for c in claim.citations}
        words = stems(claimed(claim.value))
        for person in people:
            if cited & {(c.source, c.quote) for c in person.citations} and len(words - stems(f"{person.value} {person.label}")) < 2:
                told.add(claim.id)
                break
    return [c for c in claims if c.id not in told]


def _speakers(group: list[Quotation]) -> tuple[list[str], dict[str, str]]:
    """Who the sources say spoke the quotation (their keys, and the names to show): the people named, most
    sources first (two when outlets give it to different people: both are shown, never one picked), else how
    a source describes the speaker ('the allied official'); a source naming nobody ('the union said in a
    statement') takes no side, nor does one whose speaker is read from 'she said' or a title ('the mayor added') when
    another source names who spoke: the reading may go wrong, the name does not."""
    named = {q.speaker for q in group if q.speaker and not q.inferred and not q.speaker.startswith("description:")}
    said = Counter(q.speaker for q in group if q.speaker and (not q.inferred or not named or q.speaker in named))
    people = [key for key in said if not key.startswith("description:")]
    ranked = sorted(people or said, key=lambda key: -said[key])  # stable: ties in source order
    chosen = ranked if people else ranked[:1]
    return chosen, {q.speaker: q.speaker_name for q in group if q.speaker in chosen}


def _bare_words(quoted: str) -> str:
    """Quoted words without the comma or full stop that closes them inside the marks."""
    return quoted.rstrip(" ,.")


# --- the curator's word, and the final check ---------------------------------------------------


def _unknown_ids(event: Event, facts: list[Fact]) -> list[Problem]:
    meta = event.meta
    known = {f.id for f in facts} | {f.id for f in meta.pinned}
    lines = dict(meta.id_lines)
    return [
        Problem(meta.file or "event.md", lines.get(fact_id), f"{key}: no fact has the id '{fact_id}' (see facts.json for the ids)", "warning")
        for key, ids in (("hide", meta.hidden), ("relabel", [i for i, _ in meta.relabelled]))
        for fact_id in ids
        if fact_id not in known
    ]


def _curated(event: Event, facts: list[Fact], more: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The box and the more figures as the curator wants them: hidden facts out, relabelled ones relabelled,
    pinned ones boxed (in place of a found fact with their id, in the box or among the more figures)."""
    meta = event.meta
    labels = dict(meta.relabelled)
    pinned = {f.id: f for f in meta.pinned}

    def relabelled(item: Fact) -> Fact:
        return replace(item, label=labels[item.id], curated=True) if item.id in labels else item

    box = [pinned.pop(f.id) if f.id in pinned else relabelled(f) for f in facts if f.id not in meta.hidden]
    more = [relabelled(f) for f in more if f.id not in meta.hidden and f.id not in pinned]
    return list(pinned.values()) + box, more


def quote_in_body(quote: str, body: str) -> bool:
    """The contract's test: the quote appears in the body, white space folded."""
    return " ".join(quote.split()) in " ".join(body.split())


def _verified(item: Fact, bodies: dict[str, str]) -> Fact | None:
    """Keep only citations whose quote is in its source's body, white space folded (`bodies` are folded)."""
    citations = tuple(c for c in item.citations if c.source in bodies and " ".join(c.quote.split()) in bodies[c.source])
    if not citations:
        return None
    return item if len(citations) == len(item.citations) else replace(item, citations=citations)
