"""People, organisations and places: proper-noun phrases filed by the words around them.

A phrase is a run of capitalised words (with name particles and "Long Name (ACR)"
definitions folded into the acronym). Titles in front of a name, or an appositive
after it, make it a person and give the role ("NATO Secretary General Jens
Stoltenberg", "Dmitry Peskov, Kremlin spokesperson"); head words make it an
organisation ("Defense Ministry") or a venue ("St Michael's Square"); a country
name, a locative preposition or a venue it owns make it a place. A phrase with no
such evidence is left out rather than guessed.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import takewhile

from ..convert.language import STOP_WORDS
from .aliases import (
    NameIndex, Spellings, fold, jaro_winkler, one_vowel_apart, opening_sound, places_in, romanised, same_name, short_name_of,
    spirant_opened_alike, vowel_skeleton,
)
from .lexicon import (
    AGENT_NOUNS,
    BODY_HEAD_WORDS,
    BODY_KINDS_BEFORE_A_NAME,
    CAPITALISED_NOUN_LANGUAGES,
    COMMENTATOR_WORDS,
    COMMON_ACRONYMS,
    COMPANY_FORMS,
    COUNTRIES,
    COUNTRY_SYNONYMS,
    DEPARTMENTS,
    DIRECTIONS,
    FIELD_WORDS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HAPPENING_FIRST_WORDS,
    HAPPENING_WORDS,
    INSTITUTION_WORDS,
    MONTHS,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    NATIONALITIES,
    NATIONALITY_OF,
    ORGANIZATION_DESCRIPTORS,
    ORGANIZATION_WORDS,
    PLACE_ROLES,
    RANKS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SHOP_WORDS,
    SPEECH_VERBS,
    TRADES_OF_BOTH,
    VENUE_FIRST_WORDS,
    VENUE_WORDS,
    VESSEL_WORDS,
    CARRIED,
    WEEKDAYS,
)
from .numbers import WORD_NUMBERS
from .sentences import Sentence, source_order, tokens

_LOCATIVE = frozenset(
    """in at near to into across outside inside toward towards around through visited visiting visit
    visits reached entered hit struck rocked shook hits strikes off below beneath above beyond over between""".split()
)
# What "between" opens after these is who takes part, not where: "talks between Veldkamp and Brabant".
_TIES = frozenset(
    """talks deal deals agreement merger match game final clash clashes relations ties tension tensions war conflict
    dispute difference gap meeting contest race fight battle partnership link links rivalry split choice""".split()
)
_LOWERCASE_PLACE_WORDS = frozenset(
    """valley region province prefecture oblast canton governorate district county river mountains area basin coast
    peninsula archipelago islands island peak glacier plateau fjord lagoon estuary delta gorge canyon crater street square""".split()
)
_SITE_ADJECTIVE = re.compile(r"new|old|\d+-(?:storey|story|floor|metre|meter|foot)")  # how a building is described
# The words before a preposition that make the name after it the site where it happened, not a body or a
# person: what burned on it, what left from it, the part of a mountain or a lake it happened on.
_SITE_TOLD = {
    "on": frozenset("fire fires blaze blazes wildfire wildfires".split()),
    "from": frozenset("off launched arriving arrived flight flights".split()),  # "lifted off from", "took off from", "was
    # launched from", "arriving from", "the flight from": where it left from
    "of": frozenset("slopes slope summit flanks foot shores".split()),
}
_PART_OF_A_PLACE = frozenset("district neighbourhood neighborhood suburb suburbs township quarter area outskirts".split())
_DIRECTIONS = DIRECTIONS | frozenset("remote rural coastal neighbouring neighboring".split())
_PLACE_KINDS = frozenset(
    "city town village hamlet parish municipality commune borough canton province region capital county district state island port area".split()
)
_COUNTY = frozenset("co co. county".split())  # "Athlone, Co Westmeath", "County Durham": the county is the place
_OPENERS = frozenset("“\"‘'(:—–-[")
_POSSESSIVE = re.compile(r"[’']s?$")
_THE = re.compile(r"^(?:the|The)\s+")
_AGE = re.compile(r"(?:, (?:aged )?\d{1,3} [,.]|\( \d{1,3} \))")  # "Jane Doe, 45, said", ", aged 45,", " (45)", as tokens
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,6}$")
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "Derrick L. Haskins"
_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "H.J. Verschuure", "J.R.R. Tolkien": given names said by initials
_PRONOUN_CONTRACTION = re.compile(r"I[’'](?:d|ve|m|ll)")  # "whenever I’d like": no name
_DETERMINERS = frozenset("the a an its his her their our your my this that these those".split())
_BASED = ("-based", "-headquartered")
_SAINTS = frozenset("St St. Saint Ste Ste. Sankt San Santa".split())  # a saint's name owns what follows it
# "a criminal group calling itself Black Lantern", "a firm known as X": a kind of body, then its name.
_NAMING = (["calling", "itself"], ["calling", "themselves"], ["known", "as"], ["called"], ["named"])
_NAMING_LAST = frozenset(naming[-1] for naming in _NAMING)


# What follows a town's name in its council's ("Brno City Council", "Leeds Town Council", "Porto Municipality").
_COUNCIL_OF_A_TOWN = re.compile(r" (?:city |town |borough |county |district |municipal )?(?:council|municipality|city hall|town hall)")


@dataclass(frozen=True)
class Mention:
    sentence: Sentence
    surface: str  # the words as the source wrote them
    role: str | None = None  # a title or appositive next to this mention
    described: bool = False  # the words around it say what kind of body it is ('the SNCF rail company')


@dataclass
class Entity:
    kind: str  # person | organization | place
    key: str  # comparison key (folded house spelling, or folded surname for people)
    label: str  # person: role or "person"; place: venue / country / place; organization
    mentions: list[Mention] = field(default_factory=list)
    where_sources: set[str] = field(default_factory=set)  # sources naming it as where it happened, up front
    name: str = ""
    other_name: str = ""  # a body's name in its other form: a defined acronym's long form as written ('National Union
    # of Mineworkers' for 'NUM'), or the acronym no source spells out of a body named in full ('CNB', 'Czech National Bank')

    @property
    def sources(self) -> list[str]:
        return sorted({m.sentence.source for m in self.mentions}, key=source_order)


@dataclass(slots=True)
class _Run:
    sentence: Sentence
    words: list[str]  # without possessive endings
    surface: str
    start: int  # token index
    end: int  # token index after the run
    possessive: bool
    role: str | None = None
    locative: bool = False
    speaks: bool = False  # followed by a verb of saying
    body: bool = False  # the words around it say it is a body (see _body_signal)
    spoken: bool = False  # after a verb of saying: '..., said Lucia Ferrante'
    aged: bool = False  # followed by an age: 'Lucia Ferrante, 72, who ...'
    attributed: bool = False  # after 'according to': a person or a body that tells
    based: bool = False  # "Malmo-based": a place, whatever else the name qualifies ("the Malmö company")
    inhabited: bool = False  # after a role of a place: "the mayor of X", "the people of X"
    personal: bool = False  # owning what only a person has: "Marlon Fairweather's lawyer", "Akira Moriyama's latest novel"
    short: str = ""  # the name without the lower-case qualifiers inside it ("East Flanders prosecutor's office"), if any
    place_words: int = 0  # the words of a place's name opening a name of one of its bodies ("Lyon" of "the Lyon fire service")

    sentence_words: list[str] = field(default_factory=list)  # the sentence's words, as the run indexes them


def find_entities(
    sentences: list[Sentence], spellings: Spellings, lead: int = 3, languages: Mapping[str, str | None] | None = None
) -> list[Entity]:
    """Every person, organisation and place the sentences name, each with all its mentions. `languages`: each
    source's language (ISO 639-1, None when unknown: read as English), since capitals mean other things in others."""
    wordings = {s.text: tokens(s.text) for s in sentences}  # each wording tokenised once: wire copy repeats
    tokenised = [(s, wordings[s.text]) for s in sentences]
    headlines = {text for text, words in wordings.items() if _title_case(words) or _shouting(words)}
    survey = _survey(wordings.values())
    common = survey.common
    capitals = _Capitals(survey.inside, survey.shouted)
    acronyms: dict[str, str] = {}
    spelled_out: dict[str, str] = {}
    twins: dict[str, str] = {}
    runs: list[_Run] = []
    nouns_capitalised: list[_Run] = []
    worded: dict[tuple[str, tuple[str, ...], bool, str], list[_Run]] = {}
    for sentence, words in tokenised:
        if sentence.text in headlines:
            continue
        words = _fold_acronym_definitions(words, acronyms, spelled_out, twins)
        language = (languages or {}).get(sentence.source) or "en"
        found = _runs_once_per_wording(worded, sentence, words, capitals, language)
        if language in CAPITALISED_NOUN_LANGUAGES:
            nouns_capitalised.extend(found)
        else:
            runs.extend(found)
    runs.extend(_names_in_capitalised_nouns(nouns_capitalised, runs, languages or {}))
    runs = _venues_before_their_kind(_nationals_before_names(_places_before_names(runs)))
    singles = [run for run in runs if len(run.words) == 1]
    surnames = {  # a last name alone, saying something ('Rudolph said', 'said Rudolph'), never written as a common word
        run.words[0] for run in singles
        if (run.speaks or run.spoken and _ends_clause(run)) and not _determined(run) and run.words[0].lower() not in common
    }
    things = {fold(run.words[0]) for run in singles if run.sentence_words[run.end : run.end + 2] in (["which"], [",", "which"])}
    things |= {fold(run.surface) for run in runs if len(run.words) > 1 and _owns_its(run)}  # folded: "Ondarosa Producoes" too
    doubles = survey.hyphenated | _spaced_double_names(runs)
    builder = _Builder(spellings, acronyms, lead, {run.words[0] for run in singles}, surnames, common, doubles, things, languages or {})
    builder.placed = {fold(run.surface) for run in runs if run.locative or run.inhabited}
    builder.acronyms_for_things = survey.things
    builder.twin_acronyms = twins
    builder.bodies = {fold(run.surface) for run in runs if run.body or _runs_a_business(run)}
    acting = Counter(fold(run.surface) for run in runs if len(run.words) == 1 and (run.body or run.speaks))
    acting.subtract(fold(run.surface) for run in runs if len(run.words) == 1 and (run.locative or run.inhabited))
    builder.acting = {word for word, n in acting.items() if n > 0}
    builder.pairs = {fold(run.surface) for run in runs if len(run.words) == 2}
    builder.no_one = {fold(run.surface) for run in runs if len(run.words) > 1 and run.sentence_words[run.end : run.end + 2] == [",", "which"]}
    builder.vessels = {fold(run.surface) for run in runs if _named_vessel(run)}
    for run in runs:
        builder.classify(run)
    builder.add_listed_people(runs)
    builder.attach_bare_mentions(runs)
    entities = builder.entities()
    for entity in entities:
        if entity.kind == "organization":
            entity.other_name = spelled_out.get(entity.name, "") or builder.initials.get(entity.key, "")
    _attach_common_names(entities, sentences, acronyms)
    _attach_places_in_names(entities)
    _attach_places_in_compounds(entities, runs)
    _employers_are_bodies(entities)
    _publications_are_bodies(entities)
    return entities


def _runs_once_per_wording(
    worded: dict[tuple[str, tuple[str, ...], bool, str], list[_Run]], sentence: Sentence, words: list[str], capitals: _Capitals, language: str
) -> list[_Run]:
    """The sentence's runs (`_runs`), found once per wording in the event: a big story's sources repeat wire copy word for
    word (a fifth of the sentences of 500 generated sources). Runs read the sentence's words, its text and whether it
    opens its source (a dateline), nothing else of it. Each sentence worded so gets copies of the first one's runs,
    made before any run is classified (classifying changes a run in place)."""
    key = (sentence.text, tuple(words), sentence.index == 0, language)
    kept = worded.get(key)
    if kept is None:
        kept = worded[key] = _runs(sentence, words, capitals, STOP_WORDS.get(language, frozenset()) if language != "en" else frozenset())
        return kept
    return [replace(run, sentence=sentence, sentence_words=words) for run in kept]


def _places_before_names(runs: list[_Run]) -> list[_Run]:
    """'The tourist from Curitiba Luísa Fernandes, 34, died', 'Deputy mayor of Lanžhot Radek Kolařík said': a place
    after a title's 'from' or 'of' runs into the name of the person it describes. A run named as where someone is
    from, or whose people it names, that also speaks or is given an age (what no place has) is split before a person's
    name (two or three words) when the words before it are a place the event names alone, or the name's first word
    stands alone elsewhere in the event or is a given name; the person's role is the title with its place."""
    placed = {fold(run.surface) for run in runs if run.locative or run.inhabited}
    alone = {run.words[0] for run in runs if len(run.words) == 1}
    split: list[_Run] = []
    for run in runs:
        words, start = run.words, run.start
        cut = next((
            h for h in range(1, len(words) - 1)
            if 2 <= len(words) - h <= 3 and _valid_name(words[h:]) and not any(w in NAME_PARTICLES for w in words[h - 1 : h + 1])
            and (fold(" ".join(words[:h])) in placed or words[h] in alone or words[h].lower() in GIVEN_NAMES)
        ), None) if _of_a_place(run) and (run.aged or run.speaks) and len(words) >= 3 else None
        if cut is None:
            split.append(run)
            continue
        place = " ".join(words[:cut])
        title = _role_before(run.sentence_words, start - 1)
        split.append(replace(run, words=words[:cut], surface=place, end=start + cut, aged=False, speaks=False, spoken=False, role=None))
        split.append(replace(
            run, words=words[cut:], surface=" ".join(words[cut:]), start=start + cut, locative=False, inhabited=False, based=False,
            role=f"{title} {run.sentence_words[start - 1]} {place}" if title else run.role,
        ))
    return split


def _nationals_before_names(runs: list[_Run]) -> list[_Run]:
    """'the Belgian Arne Vandewalle', 'Norwegian Ola Rønning won': a nationality run into the name after it is the
    person's, split off as the role, when that name (two or three words, no body's) opens with a given name or ends
    with a word the event says alone ('Vandewalle said'); not 'the Belgian Federal Police'."""
    alone = {run.words[0] for run in runs if len(run.words) == 1}
    split: list[_Run] = []
    for run in runs:
        name = run.words[1:]
        if not (
            fold(run.words[0]) in NATIONALITIES and 2 <= len(name) <= 3 and _valid_name(name) and not run.role
            and (name[0].lower() in GIVEN_NAMES or name[-1] in alone)
            and not any(w.lower() in ORGANIZATION_WORDS or w == "of" for w in name)
        ):
            split.append(run)
            continue
        split.append(replace(run, words=name, surface=" ".join(name), start=run.start + 1, role=run.words[0], short=""))
    return split


# A building named by a proper name and a lower-case word of its kind, one or two ('in the Gripe sports hall', 'at the
# Valbo ice arena'): a venue, not a name alone (each a venue's word, which files the name as a venue)
_FACILITY_WORDS = frozenset("hall arena stadium hospital museum theatre theater church cathedral chapel".split())


def _venues_before_their_kind(runs: list[_Run]) -> list[_Run]:
    """'gave blood in the Gripe sports hall', 'played at the Valbo ice arena': a name of one or two words after 'in the'
    or 'at the' and before lower-case words ending in a building's kind is that building's name, the run taking those
    words in (a venue, as 'Sports Hall Gripe' is). Not a name the event says otherwise elsewhere (a body's, a town's:
    'the Celje hospital' is a hospital in Celje), nor a country's or a people's."""
    kinds = [_kind_words_after(run) for run in runs]
    otherwise = {fold(run.surface) for run, size in zip(runs, kinds) if not size}
    extended: list[_Run] = []
    for run, size in zip(runs, kinds):
        folded = fold(run.surface)
        surface = " ".join([run.surface, *run.sentence_words[run.end : run.end + size]])
        if size and folded not in otherwise and folded not in NATIONALITIES and folded not in COUNTRIES and surface in run.sentence.text:
            run = replace(run, words=surface.split(), surface=surface, end=run.end + size, short="")
        extended.append(run)
    return extended


def _kind_words_after(run: _Run) -> int:
    """How many lower-case words after a name of one or two words, itself after 'in the' or 'at the', end in a building's
    kind ('the Gripe sports hall': 2); 0 if none. A name of one word takes a kind of two only: 'the Tromsø hospital' is
    a hospital in Tromsø, 'the Gripe sports hall' is named Gripe."""
    words = run.sentence_words
    if run.possessive or len(run.words) > 2 or run.start < 2 or words[run.start - 1] != "the" or words[run.start - 2] not in ("in", "at"):
        return 0
    after = words[run.end : run.end + 2]
    sizes = (2,) if len(run.words) == 1 else (1, 2)
    return next((k for k in sizes if len(after) >= k and after[k - 1] in _FACILITY_WORDS and all(w.isalpha() and w.islower() for w in after[:k])), 0)


_VESSEL_OR_CARRIER = VESSEL_WORDS | {"carrier"}


def _named_vessel(run: _Run) -> bool:
    """'the tanker Nordic Wave', 'the bulk carrier "Aegean Harvest"', 'the car carrier Stella Maris': a ship's name
    after what the ship is (a carrier only after what it carries: 'the low-cost carrier Ryanair' is an airline)."""
    k = run.start - 1 if run.start > 0 and run.sentence_words[run.start - 1] in _OPENERS else run.start
    before = [w.lower() for w in run.sentence_words[max(0, k - 2) : k]]
    return bool(before) and before[-1] in _VESSEL_OR_CARRIER and (
        before[-1] != "carrier" or len(before) == 2 and before[0] in CARRIED
    ) and run.sentence_words[k - 1].islower()


def _of_a_place(run: _Run) -> bool:
    """Named as where something is or someone is from, or as a place whose people a title names ('a nurse from X',
    'the mayor of X')."""
    before = run.sentence_words[run.start - 2 : run.start]
    return run.locative or run.inhabited or len(before) == 2 and before[1] in ("from", "of") and _role_noun(before[0])


def _employers_are_bodies(entities: list[Entity]) -> None:
    """A venue someone works for ('Inge Vermeulen, director of the Rijnhuis Museum') is a body in the news
    (the museum that was robbed), not only where something happened."""
    working_for = employers(entities)
    for entity in entities:
        if entity.kind == "place" and entity.label == "venue" and employs(entity, working_for):
            entity.kind, entity.label = "organization", "organization"
            entity.where_sources.clear()


_PUBLISHED_IN = re.compile(
    r"\b(?:(?:journal|newspaper|magazine|daily|weekly)|(?:published|paper|writing)\s+in\s+(?:the\s+)?(?:(?:journal|newspaper|magazine)\s+)?)\s*$",
    re.IGNORECASE,
)


def _publications_are_bodies(entities: list[Entity]) -> None:
    """'published in the journal Palaeontologia Nova', 'a paper in Palaeontologia Nova', 'told the daily El
    Comercio': a journal or a newspaper, named where a place could stand, is a body that publishes, not a place."""
    for entity in entities:
        if entity.kind == "place" and entity.label == "place" and any(_published_in(m) for m in entity.mentions):
            entity.kind, entity.label = "organization", "organization"
            entity.where_sources.clear()


def _published_in(mention: Mention) -> bool:
    text = mention.sentence.text
    at = text.find(mention.surface)
    return at > 0 and bool(_PUBLISHED_IN.search(text[:at]))


_WORKS_FOR = re.compile(r"\b(?:at|of|for|with|from) (?:the )?")


def employers(entities: list[Entity]) -> frozenset[str]:
    """The names (folded) people's roles end with as where they work: 'interpol' of 'investigator at
    Interpol', 'rijnhuis museum' of 'director of the Rijnhuis Museum', 'banco cordillera' of 'economist at Banco
    Cordillera in Santiago'."""
    roles = {fold(m.role) for e in entities if e.kind == "person" for m in e.mentions if m.role}
    bodies = {role[match.end() :] for role in roles for match in _WORKS_FOR.finditer(role)}
    return frozenset(bodies | {body.split(" in ")[0] for body in bodies})  # "at Banco Cordillera in Santiago"


def employs(entity: Entity, working_for: frozenset[str]) -> bool:
    """Does someone in the news work for the body (see employers)? Not a head word alone: 'leader of the
    Labour Party' is the Labour Party's, not any party's."""
    return any(name in working_for for name in {fold(_THE.sub("", m.surface)) for m in entity.mentions} - ORGANIZATION_WORDS)


def _opened_by_a_descriptor(run: _Run) -> bool:
    """'Developer Northgate Regeneration said', 'Consultant Brenner Ingenieure found': a word saying what kind of
    body or adviser the name is, capitalised only because it opens the sentence, is no part of the body's name."""
    first = run.words[0].lower()
    return run.start == 0 and len(run.words) > 2 and first not in ORGANIZATION_WORDS and (
        first in ORGANIZATION_DESCRIPTORS or first in COMMENTATOR_WORDS
    )


def _trimmed(run: _Run, drop: int) -> _Run:
    """The run without its first `drop` words, and without what the English words around it said of it."""
    words = run.words[drop:]
    return _Run(run.sentence, words, " ".join(words), run.start + drop, run.end, run.possessive, sentence_words=run.sentence_words)


def _names_in_capitalised_nouns(runs: list[_Run], named_elsewhere: list[_Run], languages: Mapping[str, str | None]) -> list[_Run]:
    """In a language that capitalises its nouns (German), capitals do not make a name: a run is kept (cut to its
    end) only when it is a name the event's other sources name, a given name with a surname ('Olaf Scholz'),
    a country or big city (as its language names it: 'Polen', 'Wien') or an acronym; 'Die Bundesregierung', 'Panzer', 'Montag' are not."""
    known = {fold(run.surface) for run in named_elsewhere}
    kept = []
    for run in runs:
        for drop in range(len(run.words)):
            words = run.words[drop:]
            folded = fold(" ".join(words))
            if (
                folded in known or folded in COUNTRIES or folded in places_in(languages.get(run.sentence.source) or "en")
                or 2 <= len(words) <= 3 and words[0].lower() in GIVEN_NAMES and _valid_name(words)
                or len(words) == 1 and _is_acronym(words[0]) and words[0] not in COMMON_ACRONYMS
            ):
                kept.append(_trimmed(run, drop) if drop else run)
                break
    return kept


def _attach_places_in_names(entities: list[Entity]) -> None:
    """'the Seoul Central District Court', 'Graz Regional Court', 'Andøya Space Centre', 'Luka Koper': a body
    named after its town names the town too, so a source naming only the body states where (not a country:
    'Météo-France', 'the Bank of England' say nothing of where)."""
    places = {e.key: e for e in entities if e.kind == "place" and e.label == "place"}
    if not places:
        return
    named_in = {key: {m.sentence for m in place.mentions} for key, place in places.items()}  # one test per mention, not a scan
    for body in (e for e in entities if e.kind == "organization" or e.kind == "place" and " " in e.key):
        for mention in body.mentions:
            words = mention.surface.split()
            spans = [(i, size) for size in (2, 1) for i in range(len(words) - size + 1) if len(words) > size]
            for i, size in spans:
                key = fold(" ".join(words[i : i + size]))
                if key in places and mention.sentence not in named_in[key]:
                    places[key].mentions.append(Mention(mention.sentence, " ".join(words[i : i + size])))
                    named_in[key].add(mention.sentence)
                    break
    for place in places.values():
        place.mentions.sort(key=lambda m: (source_order(m.sentence.source), m.sentence.index))


def _attach_places_in_compounds(entities: list[Entity], runs: list[_Run]) -> None:
    """'near Düsseldorf-Angermund', 'a girl from Linz-Urfahr', 'the junction Würzburg-Heidingsfeld': a town and its
    district (or a place and another) written as one hyphenated name name each place the event names alone."""
    places = {e.key: e for e in entities if e.kind == "place" and e.label == "place"}
    for run in runs:
        parts = run.surface.split("-") if len(run.words) == 1 else []
        if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
            continue
        for part in parts:
            place = places.get(fold(part))
            if place is not None and place.key != fold(run.surface) and all(m.sentence != run.sentence for m in place.mentions):
                place.mentions.append(Mention(run.sentence, part))
    for place in places.values():
        place.mentions.sort(key=lambda m: (source_order(m.sentence.source), m.sentence.index))


def _attach_common_names(entities: list[Entity], sentences: list[Sentence], acronyms: dict[str, str]) -> None:
    """'the civil protection authority' in lower case is the 'National Emergency and Civil Protection Authority
    (ANEPC)' another source names: the end of a body's full name, two words or more up to its head word; and 'the
    avalanche warning service of Tyrol' or 'the Tyrol avalanche warning service' is the 'Avalanche Warning Service
    of Tyrol': a body named for the place it serves, its words before 'of' (two or more) in lower case."""
    tails: dict[str, Entity] = {}
    served_tails: dict[str, Entity] = {}
    long_forms = defaultdict(list)
    for long_form, acronym in acronyms.items():
        long_forms[fold(acronym)].append(long_form)
    for entity in entities:
        if entity.kind != "organization":
            continue
        for name in {fold(m.surface) for m in entity.mentions} | set(long_forms.get(entity.key, ())):
            words = name.split()
            if words and words[-1] in ORGANIZATION_WORDS:
                for start in range(1, len(words) - 1):
                    tails.setdefault(" ".join(words[start:]), entity)
        for served, place in filter(None, map(_served_place, {m.surface for m in entity.mentions})):
            served_tails.update({f"{served} of {place}": entity, f"{place} {served}": entity})
    if not tails and not served_tails:
        return
    pattern = re.compile(r"\b(the|The) (" + "|".join(re.escape(t) for t in sorted(tails | served_tails, key=len, reverse=True)) + r")\b")
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            if match.group(2) not in served_tails and match.group(1) == "The":
                continue  # 'The prosecutor's office said': a sentence's opening; a served place's name says which body
            entity = served_tails.get(match.group(2)) or tails[match.group(2)]
            if all(m.sentence != sentence for m in entity.mentions):
                entity.mentions.append(Mention(sentence, match.group(2)))
    for entity in {id(e): e for e in (tails | served_tails).values()}.values():
        entity.mentions.sort(key=lambda m: (source_order(m.sentence.source), m.sentence.index))


def _served_place(name: str) -> tuple[str, str] | None:
    """('avalanche warning service', 'Tyrol') for 'the Avalanche Warning Service of Tyrol': the words before 'of'
    (two or more, ending in a body's head word) in lower case, and the place after it as written."""
    words = _THE.sub("", name).split()
    if "of" not in words:
        return None
    k = words.index("of")
    head, place = words[:k], words[k + 1 :]
    if len(head) < 2 or head[-1].lower() not in ORGANIZATION_WORDS or not place or not all(w[:1].isupper() for w in place):
        return None
    return " ".join(head).lower(), " ".join(place)


def _spaced_double_names(runs: list[_Run]) -> frozenset[str]:
    """'Fuentes Rojas told supporters' after 'Carolina Fuentes Rojas': the last two words of a full name, said
    on their own, are a double surname."""
    pairs = {fold(run.surface) for run in runs if len(run.words) == 2}
    people = {fold(run.surface) for run in runs if len(run.words) == 2 and _named_as_person(run)}
    untitled = {fold(run.surface) for run in runs if len(run.words) == 2 and not (run.start and _is_role_word(run.sentence_words[run.start - 1]))}
    titled = {fold(run.surface) for run in runs if len(run.words) == 2 and (run.role or run.aged)}
    return frozenset(  # said only after a title ("Commander Rui Valadares" beside "Comandante Rui Valadares"), a pair is
        last for run in runs if len(run.words) == 3 and (last := fold(" ".join(run.words[-2:]))) in pairs  # a given name and a surname
        and (last in untitled or run.words[0].lower() in GIVEN_NAMES)
        and not (last in titled and run.start and _is_role_word(run.sentence_words[run.start - 1]))  # "Professor Emerita Birgitte
        # Hald" beside "Birgitte Hald, a cell biologist": a given name and a surname after a title's word the lexicon does not know
        and (_named_as_person(run) or fold(" ".join(run.words[:2])) in people)  # "Carolina Vergara, a physiotherapist"
        and _valid_name(run.words) and not any(w in NAME_PARTICLES for w in run.words[-2:]) and run.words[-2] not in _PATRONYMICS
    )  # not "Fiona Mac Leod", a surname with its patronymic written apart


def _nationality(run: _Run) -> str | None:
    """'Kenya's Evans Rotich', 'Brigid Chepkoech of Kenya', 'Haile Bekele from Ethiopia': the country a person is
    named with says what the person is when nothing else does ('Kenyan')."""
    words = run.sentence_words
    before = words[run.start - 1] if run.start > 0 else ""
    country = fold(_POSSESSIVE.sub("", before)) if _POSSESSIVE.search(before) else None
    if country not in COUNTRIES and run.end + 1 < len(words) and words[run.end] in ("of", "from"):
        after = words[run.end + 1 : run.end + 5]
        after = after[1:] if after[:1] == ["the"] else after
        size = next((n for n in (3, 2, 1) if fold(" ".join(after[:n])) in COUNTRIES), 0)
        following = after[size] if size < len(after) else ""
        country = fold(" ".join(after[:size])) if size and not following[:1].isupper() and following not in ("’s", "'s") else None
    return NATIONALITY_OF[country] if country in COUNTRIES and country in NATIONALITY_OF else None


def _named_as_person(run: _Run) -> bool:
    """A run that says it names a person: with a role, a given name, a verb of saying, or an age."""
    return bool(run.role or run.words[0].lower() in GIVEN_NAMES or run.speaks or run.spoken or run.aged)


@dataclass(frozen=True, slots=True)
class _Word:
    """What a word says by itself, whatever stands around it: worked out once per distinct word of the event."""

    bare: str  # without a possessive ending
    lower: str  # the bare word in lower case
    capital: bool  # capitalised, and no pronoun ("I’d")
    shouted: bool  # in capitals but no acronym (see _survey)
    acronym: bool  # an acronym or an initialism ('NATO', 'BfV')
    small: bool  # a function word, a weekday or a month: no name by itself
    known: bool  # written capitalised inside sentences, a country, a given name, or "X-based"
    opens: bool  # may open a name it goes on from at a sentence's start (see _is_proper)


@dataclass(frozen=True)
class _Capitals:
    """What capitals say in this event: the words written capitalised inside sentences (names), the words written in
    capitals that are no acronym (emphasis, labels), and each distinct word's facts (`word`), worked out on demand."""

    inside: set[str]
    shouted: frozenset[str]
    words: dict[str, _Word] = field(default_factory=dict)

    def word(self, word: str) -> _Word:
        facts = self.words.get(word)
        if facts is None:
            bare = _bare(word)
            lower = bare.lower()
            facts = self.words[word] = _Word(
                bare,
                lower,
                word[:1].isupper() and not (word[0] == "I" and _PRONOUN_CONTRACTION.fullmatch(word)),
                bare in self.shouted,
                _is_acronym(bare) or _initialism(bare),
                lower in FUNCTION_WORDS or lower in _CALENDAR,
                bare in self.inside or lower in COUNTRIES or lower in GIVEN_NAMES or lower.endswith(_BASED),
                (bare.isalpha() or all(part[:1].isupper() and part.isalpha() for part in bare.split("-")))  # "Anna-Lena"
                and not lower.endswith(("ing", "ed", "ly", "ern"))  # "Neighboring Sweden", "Northern Ireland"
                and lower not in _DIRECTIONS
                and lower not in NATIONALITIES,
            )
        return facts


# Labels news pages put in capitals in front of a text, and words written in capitals for emphasis: no body.
_NO_ACRONYMS = frozenset(
    """BREAKING UPDATE UPDATED UPDATES EXCLUSIVE WATCH LIVE VIDEO PHOTOS PHOTO OPINION ANALYSIS EDITORIAL URGENT ALERT
    FLASH CORRECTION EXPLAINER FACTBOX FACT CHECK LISTEN READ MORE NEW DEVELOPING NEWS REVIEW SPONSORED ADVERTISEMENT
    JUST VERY REALLY NEVER ALWAYS ONLY MUST HUGE TOTALLY ABSOLUTELY DEFINITELY STILL EVER WOW OMG LOL""".split()
) | frozenset("MF MV MT HMS USS RMS HMAS HMCS FV RV".split())  # a ship's prefix ('the ferry MF Skarvholmen'): no body


@dataclass(frozen=True)
class _Survey:
    """What the event's words say across all its sentences, read in one pass over each distinct wording."""

    common: set[str]  # words written in lower case
    inside: set[str]  # words written capitalised somewhere other than a sentence's start (bare): names
    shouted: frozenset[str]  # words in capitals that are no acronym ('BREAKING', 'this was NOT acceptable')
    things: set[str]  # acronyms counted or owned as common nouns ('check your PIN'): things, not bodies
    hyphenated: frozenset[str]  # hyphenated capitalised words, folded ('Sæther-Holm'): a double surname spelled so


_A_THING = frozenset("a an your my his her their each every any".split())


def _survey(wordings: Iterable[list[str]]) -> _Survey:
    """One pass over each distinct wording's words. Words in capitals are no acronym when a label ('BREAKING',
    'UPDATE'), a word the event also writes in lower case or a function word ('VERY'), unless a source defines it
    ('(WHO)'); one defined as a compound noun's letters ('Telematikinfrastruktur (TI)') is a term. An acronym after 'a',
    'your', 'each' ... names a thing unless a common word follows it ('a NATO summit': it qualifies the noun)."""
    common: set[str] = set()
    inside: set[str] = set()
    capitals: set[str] = set()
    defined: set[str] = set()
    terms: set[str] = set()
    things: set[str] = set()
    hyphenated: set[str] = set()
    for words in wordings:
        last = len(words) - 1
        previous = ""
        for i, word in enumerate(words):
            if word.islower():
                common.add(word)
            elif word[:1].isupper() or word.isupper():  # the latter: capitals after an uncased letter
                if i and word[:1].isupper() and previous not in _OPENERS and previous not in ".!?":
                    inside.add(word)
                if len(word) > 1 and word.isupper() and word.isalpha():
                    capitals.add(word)
                    if 0 < i < last and previous == "(" and words[i + 1] == ")":
                        (terms if i > 1 and _abbreviates_compound(word, words[i - 2]) else defined).add(word)
                if i and previous.lower() in _A_THING and _is_acronym(word):
                    following = words[i + 1] if i < last else "."
                    if not (following.isalpha() and following.islower() and following not in FUNCTION_WORDS):
                        things.add(word)
                if "-" in word and all(part[:1].isupper() for part in _bare(word).split("-")):
                    hyphenated.add(fold(word))
            previous = word
    shouted = frozenset(
        w for w in capitals - defined - COMMON_ACRONYMS
        if (w in _NO_ACRONYMS or w in terms or w.lower() in common or w.lower() in FUNCTION_WORDS) and w.lower() not in COUNTRIES
    )
    return _Survey(common, set(map(_bare, inside)), shouted, things, frozenset(hyphenated))


def _abbreviates_compound(acronym: str, word: str) -> bool:
    """'Telematikinfrastruktur (TI)', 'Praxisverwaltungssystem (PVS)': one word whose parts the acronym's letters
    begin is a compound noun, a thing and no body (a body's name is words: 'Techniker Krankenkasse (TK)')."""
    rest = word.lower()
    if not rest.startswith(acronym[0].lower()) or len(word) < 2 * len(acronym):
        return False
    for letter in acronym[1:].lower():
        at = rest.find(letter, 1)
        if at < 0:
            return False
        rest = rest[at:]
    return True


def _shouting(words: list[str]) -> bool:
    """A sentence mostly in capitals ('FIRE DESTROYS HOMES in coastal town'): its capitals say nothing of names."""
    if sum(map(str.isupper, words)) < 3:
        return False  # most sentences: fewer than three words in capitals of any kind
    alphabetic = [w for w in words if w[:1].isalpha() and len(w) > 1]
    shouted = sum(w.isupper() for w in alphabetic)
    return shouted >= 3 and shouted > len(alphabetic) / 2


def _title_case(words: list[str]) -> bool:
    """A headline in Title Case ("NATO Chief Visits Kyiv For First Time"): every word capitalised but
    the small ones, so capitals say nothing about names. A verb is no small word: Title Case capitalises it
    ("Kenya's Evans Rotich was second in 2:08:15." is a sentence)."""
    alphabetic = 0
    for word in words:  # most sentences are told apart by their first lower-case word
        if word[:1].isalpha():
            if not (word[0].isupper() or word.lower() in FUNCTION_WORDS and word not in _AUXILIARIES):
                return False
            alphabetic += 1
    return alphabetic >= 4


_AUXILIARIES = frozenset("is are was were be been has have had will would".split())


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if len(word) > 2 and word[-2:] in ("’s", "'s") or word.endswith("s’") else word


@lru_cache(maxsize=65536)
def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word)) and word not in ("I", "A") and not _ROMAN.fullmatch(word)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, folded ('Czech National Bank': 'cnb'; 'the Office for Rail': 'or')."""
    return "".join(fold(w[0]) for w in _THE.sub("", name).split() if w[:1].isupper())


def _initialism(word: str) -> bool:
    """'IdN', 'BfV': an acronym that keeps a particle's lower-case letter (checked against its long form's initials)."""
    return 3 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and word[-1].isupper() and sum(map(str.isupper, word)) >= 2 \
        and not word.isupper()  # all capitals: an acronym, or a roman numeral ("Elizabeth II")


_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word of letters, with an apostrophe or hyphen
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # "Elizabeth II", "E-Health Gesetz II": a number, not a body


def _fold_acronym_definitions(
    words: list[str], acronyms: dict[str, str], spelled_out: dict[str, str], twins: dict[str, str]
) -> list[str]:
    """'North Atlantic Treaty Organization (NATO)' -> 'NATO', remembering the long form (folded in `acronyms`,
    as first written in `spelled_out`). A body's name followed by its name in another language ('National Court
    (Audiencia Nacional)') stays as written, filed under that other name, as the acronym's long form is. A second
    acronym spelling out a long form already defined ('Central Election Commission (CIK)' in a source transliterating
    the Bulgarian, '(CEC)' in an English one) is the same body: `twins` files it (folded) under the first."""
    if "(" not in words:
        return list(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        inner = _parenthesised(words, i)
        long_form = out[_long_form_start(out) :] if inner else []
        if len(inner) == 1 and _defines(inner[0], long_form):
            first = acronyms.setdefault(fold(" ".join(long_form)), inner[0])
            if fold(first) != fold(inner[0]):
                twins[fold(inner[0])] = fold(first)
            spelled_out.setdefault(inner[0], " ".join(long_form))
            del out[len(out) - len(long_form) :]
            out.append(inner[0])
            i += 3
            continue
        if _other_language_name(inner, long_form):
            other = " ".join(inner)
            acronyms[fold(" ".join(long_form))] = other
            spelled_out.setdefault(other, " ".join(long_form))
            i += len(inner) + 2
            continue
        out.append(words[i])
        i += 1
    return out


def _parenthesised(words: list[str], i: int) -> list[str]:
    """The words in the brackets opening at i: up to six, closed there, with no other bracket in them."""
    if words[i] != "(":
        return []
    end = next((k for k in range(i + 1, min(i + 8, len(words))) if words[k] in ("(", ")")), None)
    return words[i + 1 : end] if end is not None and words[end] == ")" and end > i + 1 else []


def _long_form_start(out: list[str]) -> int:
    """Where the name written before a bracket begins: its capitalised words, with particles and 'and', 'for'
    between them ('National Emergency and Civil Protection Authority'); not an owner before it ('Portugal's'),
    nor a sentence's opening 'The'."""
    j = len(out)
    while j > 0 and (
        out[j - 1][:1].isupper() and not (j < len(out) and _owner_before(out[j - 1], out[j])) or out[j - 1] in NAME_PARTICLES
        or out[j - 1] in ("and", "for", "&") and j > 1 and out[j - 2][:1].isupper()
    ):
        j -= 1
    while j < len(out) and (not out[j][:1].isupper() or out[j] == "The"):
        j += 1  # "The Quebec Workers' Pension Fund (QWPF)" opening a sentence
    return j


def _defines(acronym: str, long_form: list[str]) -> bool:
    """Does the acronym stand for the long form? Its capitals are the long form's ('Infraestruturas do Norte (IdN)'),
    or the long form names a body in translation before its own acronym ('Coastal Alliance (KA)', 'National Office
    for Risk and Disaster Management (BNGRC)'; not 'Party Leader Ana Ruiz (PSOE)')."""
    if not long_form or not (_is_acronym(acronym) or _initialism(acronym)):
        return False
    capitals = {c for w in long_form for c in w if c.isupper()}
    named_body = len(long_form) > 1 and any(w.lower() in ORGANIZATION_WORDS for w in long_form) and not any(
        _is_role_word(w) and w.lower() not in DEPARTMENTS for w in long_form
    )
    return {c for c in acronym if c.isupper()} <= capitals and (
        _is_acronym(acronym) or [w[0] for w in long_form] == list(acronym)
    ) or named_body and _is_acronym(acronym)


def _other_language_name(inner: list[str], long_form: list[str]) -> bool:
    """'National Court (Audiencia Nacional)', 'Directorate of Roads (Direção de Estradas)': a name of two words or
    more in brackets after another, capitalised but for particles, one of them a body's by its head word."""
    names = (inner, long_form)
    return all(
        len(name) >= 2 and name[0][:1].isupper() and name[-1][:1].isupper()
        and all(w[:1].isupper() and _WORD.fullmatch(w) or w in NAME_PARTICLES for w in name) for name in names
    ) and any(w.lower() in ORGANIZATION_WORDS for name in names for w in name) and not any(
        w.lower() in _CALENDAR or _is_role_word(w) and w.lower() not in DEPARTMENTS for name in names for w in name
    )


def _owner_before(word: str, following: str) -> bool:
    """'Portugal's' before 'National Maritime Authority': one owner (a singular possessive) opens a name of its own,
    but for what is named after its owner ("St Michael's Square", "Kearney's Newsagents", "the Transport Workers'
    Union")."""
    return word.endswith(("’s", "'s")) and not _plural_possessive(word) and following.lower() not in _NAMED_FOR_AN_OWNER


_NAMED_FOR_AN_OWNER = VENUE_WORDS | SHOP_WORDS


def _is_proper(words: list[str], i: int, capitals: _Capitals) -> bool:
    word = capitals.word(words[i])
    if not word.capital:
        return False
    if word.shouted and not (i > 0 and words[i - 1].lower() == "the"):
        return False  # "UPDATE:", "this was NOT acceptable": a word in capitals, not a body (but "the WHO")
    if word.acronym:
        return True
    if word.small:
        return word.lower == "new" and i + 1 < len(words) and _is_proper(words, i + 1, capitals)  # "New York", "New Media"
    initial = i == 0 or words[i - 1] in _OPENERS or words[i - 1] in ".!?"
    if not initial or word.known:
        return True  # ... or "Rotterdam-based Vandersteen agreed"
    # an opening word that a name goes on from ("Sabine Kogler, the ..."): it starts the name
    following = words[i + 1] if i + 1 < len(words) else ""
    if i == 0 and word.bare.isupper() and word.bare.isalpha() and following in ("—", "–"):
        return True  # "VALDIVIA — ...": a dateline
    if word.lower in ROLE_WORDS and following in ("of", "for") and i + 2 < len(words) and words[i + 2][:1].isupper():
        return True  # "Minister of Foreign Affairs Ahmed Ali said": a title, which the name will be split from
    if following != "of" and following in NAME_PARTICLES or _INITIAL.fullmatch(following):  # "Hendrik van der Berg, ...",
        following = next((w for w in words[i + 2 : i + 4] if w not in NAME_PARTICLES and not _INITIAL.fullmatch(w)), "")  # "Derrick L. Haskins"
    return following[:1].isupper() and following.lower() not in FUNCTION_WORDS and not _is_acronym(following) and word.opens


_PANELS = frozenset("board committee commission council panel conference forum".split())


# What follows 'and' or '&' in a family firm's name: 'Pellow and Sons', 'Marsh & Daughters'.
_FAMILY_FIRM_WORDS = frozenset({"Sons", "Daughters", "Brothers", "Partners"})
_BODY_OR_VENUE_WORDS = ORGANIZATION_WORDS | VENUE_WORDS


def _shares_a_head(words: list[str], i: int, j: int, capitals: _Capitals) -> bool:
    """'X and Y ... Office' where X (one to three words, no body's own head word, no country) and the proper words after
    'and' hold a body's head word after their first: X is the first of the body's fields ('the Technical and Construction Supervision
    Agency'), not a body of its own ('Kestrel Mining and Brightwater Foods' are two)."""
    if j - i > 2 or j + 3 >= len(words) or words[j + 1] != "and" or not _is_proper(words, j + 2, capitals):
        return False  # up to two words before the field: the region the body serves ('Cheshire Fire and Rescue Service')
    if i == j and i > 0 and words[i - 1].lower() in _LOCATIVE | {"from"}:
        return False  # "at Saimaa Central Hospital in Lappeenranta and Imatra Hospital": a town, then a body
    if any(w.lower() in ORGANIZATION_WORDS for w in words[i : j + 1]) or i == j and (fold(words[i]) in COUNTRIES or _is_acronym(words[i])):
        return False
    m = j + 2
    while m < len(words) and _is_proper(words, m, capitals):
        m += 1
    if m - (j + 2) < 2:
        return False
    head = next((k for k in range(m - 1, j + 2, -1) if words[k].lower() in BODY_HEAD_WORDS), None)  # or the region it
    if head is not None and not any(_is_role_word(w) for w in words[head + 1 : m]):  # serves after the head word:
        return True  # 'the Waterways and Shipping Office Upper Rhine'
    return words[m - 1] == "Executive" and not any(_is_role_word(w) and w.lower() not in DEPARTMENTS for w in words[i : m - 1])
    # an executive named for its fields is a body ('the Roads and Harbours Executive', 'the Health and Safety
    # Executive'), not a chain of titles ('Chair and Group Chief Executive')


_MINISTRY_FIELDS = {"defense": "defence", "foreign": "foreign affairs", "internal affairs": "interior", "home affairs": "interior"}


def _ministry_of(folded: str) -> str:
    """'defence ministry', 'ministry of defence', 'ministry of the interior', 'interior ministry': one key, the
    ministry of its field, whichever way round the name is written (the country before it stays: 'french ...')."""
    words = folded.split()
    if len(words) >= 3 and words[0] == "ministry" and words[1] == "of":
        field = words[3:] if words[2] == "the" else words[2:]
    elif 2 <= len(words) <= 3 and words[-1] == "ministry":
        field = words[:-1]
    else:
        return folded
    joined = " ".join(field)
    return f"ministry of {_MINISTRY_FIELDS.get(joined, joined)}" if field and not any(w in ORGANIZATION_WORDS for w in field) else folded


def _what_a_panel_is_on(words: list[str], j: int, capitals: _Capitals) -> int:
    """Where the name of a body that deliberates goes on with what it is on ('the Danish Board on Research
    Misconduct', 'the Council on Foreign Relations'), else 0: not where it sits ('the Council on Church Street'),
    nor a country it acts on ('the Commission on Ukraine')."""
    if j + 2 >= len(words) or words[j + 1] != "on" or words[j].lower() not in _PANELS or not _is_proper(words, j + 2, capitals):
        return 0
    k = j + 2
    while k + 1 < len(words) and _is_proper(words, k + 1, capitals) and not words[k].endswith(("’s", "'s")):
        k += 1
    subject = [_bare(w).lower() for w in words[j + 2 : k + 1]]
    if subject[-1] in VENUE_WORDS or " ".join(subject) in COUNTRIES or words[k].endswith(("’s", "'s")):
        return 0
    return k


_ARTICLED_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul)-[A-Z][^\W\d_]+")


def _runs(sentence: Sentence, words: list[str], capitals: _Capitals, articles: frozenset[str] = frozenset()) -> list[_Run]:
    """The proper-noun phrases of a sentence; `articles`: the function words of its language when that is not
    English ('La Commission européenne', 'Die Regierung'), which never open a name."""
    runs: list[_Run] = []
    lowered = list(map(str.lower, words))  # each word lowered once: the tests below ask for it many times
    resume = 0  # the word after the last run: a run starts at a capitalised word, never inside another
    for i in [k for k, word in enumerate(words) if word[:1].isupper()]:
        if i < resume or lowered[i] in articles or not _is_proper(words, i, capitals):
            continue
        j = i
        while True:
            if words[j].endswith(("’s", "'s", "s’", "s'")) and not (j + 1 < len(words) and (
                lowered[j + 1] in VENUE_WORDS or j == i and lowered[j + 1] in SHOP_WORDS
                or words[i] in _SAINTS and j == i + 1 and _is_proper(words, j + 1, capitals)
                or _is_role_word(_bare(words[j])) and lowered[j + 1] in _OFFICES and words[j + 1][:1].isupper()
                or _plural_possessive(words[j]) and not _BODY_OR_VENUE_WORDS.isdisjoint(lowered[j + 1 : j + 3])
            )):  # "the Chief Public Prosecutor's Office", "the Comptroller's Office": a title's office is one name
                break  # not "Kyiv's St Michael's Square" but "St Michael's Square", "St Brendan's University Hospital",
                # "Kearney's Newsagents" (a shop named for its owner); not "Rovers’ Tom Kerr" but "the Transport
                # Workers' Union", "the Kelda Women's Refuge Trust"
            if words[j].endswith(_BASED):
                break  # "Rotterdam-based Vandersteen": a place, then a name
            if j > i and lowered[j] in ORGANIZATION_WORDS and _names_a_model(words, j + 1):
                break  # "a Corvane Airlines Airbus A330", "a Halden Systems Falcon-9 rocket": the body, then what it flies
            if j + 1 < len(words) and _is_proper(words, j + 1, capitals):
                j += 1
            elif fields_end := _fields_of_a_body(words, i, j, capitals):  # "the Ministry of Petroleum and Natural Gas", "the
                j = fields_end  # Department for Environment, Food and Rural Affairs", "the Office of the UN ..."
            elif subject_end := _what_a_panel_is_on(words, j, capitals):  # "the Danish Board on Research Misconduct"
                j = subject_end
            elif j + 2 < len(words) and words[j + 1] == "and" and fold(" ".join(words[i : j + 3])) in COUNTRIES:
                j += 2  # "Bosnia and Herzegovina": one country
            elif _shares_a_head(words, i, j, capitals):  # "the Waterways and Shipping Office", "Antrim and Newtownabbey
                j += 2  # Borough Council": what the body is for, one name with its head word after 'and'
            elif (
                j + 2 < len(words)
                and words[j + 1] in ("for", "and", "&")
                and _is_proper(words, j + 2, capitals)
                and (
                    not ORGANIZATION_WORDS.isdisjoint(lowered[i : j + 1])
                    or words[j + 1] == "for" and any(_is_role_word(w) for w in words[i : j + 1])  # "Minister for Home Affairs"
                    or words[j + 1] == "for" and i > 0 and lowered[i - 1] in BODY_KINDS_BEFORE_A_NAME  # "the project Dig for Drugs"
                    or words[j + 1] == "&" and lowered[j] not in ORGANIZATION_WORDS  # "Hartley & Finch LLP"
                    or words[j + 2] in _FAMILY_FIRM_WORDS  # "Pellow and Sons Removals", "Marsh & Daughters"
                )
                and not (words[j + 1] != "for" and lowered[j] in ORGANIZATION_WORDS)  # two bodies: "Sierra
            ):  # Nevada Corporation and SpaceX", "the Miami Herald and Kansas City Star"
                j += 2  # "Office for Product Safety and Standards"
            elif (
                j + 2 < len(words)
                and words[j + 1] in NAME_PARTICLES
                and _is_proper(words, j + 2, capitals)
                and not _is_acronym(words[j])
                and (words[j + 1] != "of" or j == i or _is_role_word(words[j]) or not _BODY_OR_VENUE_WORDS.isdisjoint(lowered[i : j + 1]))
                # "Bank of England", "Port of Montreal", "US Secretary of State"; not "Saint-Laurent Logistique of Montreal"
                and (lowered[j + 2] not in ROLE_WORDS or _department(words, j + 2))  # not "the National Union of
            ):  # Prime Minister Henri Lasalle", but "the Department of Health", "the International Court of Justice"
                j += 2
            elif (
                j + 3 < len(words)
                and words[j + 1] in NAME_PARTICLES
                and words[j + 2] in NAME_PARTICLES
                and _is_proper(words, j + 3, capitals)
                and lowered[j + 3] not in ROLE_WORDS
            ):
                j += 3  # "Ursula von der Leyen"
            elif j + 1 < len(words) and _ARTICLED_SURNAME.fullmatch(words[j + 1]):
                j += 1  # "Mohammed al-Khatib", "Ahmad el-Sayed": an Arabic surname with its article in lower case
            else:
                break
        j = _company_form_end(words, j)
        by_place = 0
        if j + 1 < len(words) and words[j + 1] in _LOWERCASE_PLACE_WORDS and not words[j].endswith(("’s", "'s")) \
                and not (j == i and lowered[i] in NATIONALITIES):  # not "the western Spanish region of X": X is
            j += 1  # "the Colca valley", "the Arequipa region"
        elif j > i and j + 1 < len(words) and words[j + 1] in INSTITUTION_WORDS and not words[j].endswith(("’s", "'s")):
            j += 1  # "the San Martino hospital"; not "the Belluno hospital", the hospital in a town
        elif by_place := _body_named_by_place(words, i, j):
            j += by_place  # "the Lyon fire and rescue service", "the Tyrolean regional government", "Trois-Rivières fire department said"
        office = _office_after(words, j + 1)
        short = ""
        if office:  # "the East Flanders public prosecutor's office": the place's office, one body whatever its qualifiers
            short = " ".join(words[i : j + 1] + words[j + office - 1 : j + office + 1])
            j += office
        span = words[i : j + 1]
        based = span[-1].endswith(_BASED)
        if based:  # "Rotterdam-based Vandersteen": a place
            span = span[:-1] + [span[-1].rsplit("-", 1)[0]]
        possessive = span[-1].endswith(("’s", "'s"))
        bare = [*span[:-1], _bare(span[-1])]
        surface = " ".join(bare)
        if "." in span or "," in span or "(" in span:  # "Novaterm GmbH & Co. KG", "Maple Ridge Capital, LLC"
            bare = [w for w in bare if w not in ".,()"]
            surface = re.sub(r"\( ", "(", re.sub(r" ([.,)])", r"\1", surface))
        k = i - 1
        while k >= 0 and (lowered[k] in _DIRECTIONS or words[k] == "the" or _SITE_ADJECTIVE.fullmatch(lowered[k])):
            k -= 1  # "in southern Peru", "in the Colca valley", "into the new Harbour Wing", "in the 40-storey Tour Azur"
        previous = lowered[k] if k >= 0 else ""
        if "the" in words[k + 1 : i] and j + 1 < len(words) and words[j + 1].isalpha() and words[j + 1].islower():
            if words[j + 1] not in FUNCTION_WORDS:
                previous = ""  # "in the Northern Cup final": the name qualifies a noun, it is not the place
        if previous == "of" and k > 0 and (lowered[k - 1] in _PLACE_KINDS or lowered[k - 1].removesuffix("s") in _PLACE_KINDS
                                           or lowered[k - 1] in ("cities", "counties")):
            previous = "in"  # "the city of Bakhmut", "the towns of Tuzla and Zenica"
        if k > 0 and _SITE_TOLD.get(previous, frozenset()) & {lowered[k - 1]}:
            previous = "in"  # "the fire on Slieve Carran", "lifted off from Vardø", "the slopes of Mount Kenya": the site
        if previous == "of" and k > 1 and lowered[k - 1] in _PART_OF_A_PLACE and words[k - 2][:1].isupper():
            previous = "in"  # "the Kibera district of Nairobi", "the Belleville neighbourhood of Paris"
        if previous == "of" and k > 2 and words[k - 1] == "," and words[k - 2].isdigit() and words[k - 3] == ",":
            previous = "in"  # "Kyle Brandt, 19, of Lakewood": where someone lives
        if previous == "from" and k > 1 and _role_noun(words[k - 1]) and not words[k - 1].endswith("s") and words[k - 2].islower():
            previous = "in"  # "a nurse from Nakuru", "a 27-year-old engineer from Pune", "a taxi driver from Soweto": where someone is from
        # "the mayor of Marco de Canaveses", "the people of Gdańsk": a place (not where it happened: who lives there;
        # and not "a former mayor of Saint-Remy": a life story)
        inhabited = previous == "of" and k > 0 and lowered[k - 1] in PLACE_ROLES and not (k > 1 and lowered[k - 2] in ROLE_MODIFIERS)
        if previous == "over" and k == i - 1 or previous == "between" and k > 0 and lowered[k - 1] in _TIES:
            previous = ""  # "a row over Solaris", "talks between X and Y"; not "over the Alentejo", "a field between X and Y"
        if previous == "to" and "from" in lowered[max(0, k - 5) : k]:
            previous = ""  # "from Innsbruck to Verona": a route, not where it happened
        if previous == "to" and possessive:
            previous = ""  # "a premium to Saint-Laurent's closing price": an owner, not a destination
        if previous in ("to", "at", "in") and k > 0 and (
            lowered[k - 1] in ("according", "shares", "stake", "stakes", "investors", "investment")
            or _role_noun(words[k - 1]) and lowered[k - 1] not in PLACE_ROLES and previous != "in"
            # "voters in Troms" live there, "a pharmacist in Izmir" works there (not "a forecaster at Météo-France")
        ):
            previous = ""  # "according to Enedis", "a forecaster at Météo-France", "shares in Brevia"
        following = lowered[j + 1] if j + 1 < len(words) else ""
        dateline = i == 0 and all(w.isupper() for w in span if w[:1].isalpha()) and (
            sentence.index == 0 and following in (",", "(", "—", "–", "-") or _DATELINE.match(sentence.text) is not None
        )
        if i and words[i - 1] == "(" and _credit_in_dateline(words, i, j + 1, sentence.text):
            resume = j + 1
            continue  # "SEOUL, Feb 12 (AFW) -": the agency that filed it, not a body in the news
        if dateline:  # "AREQUIPA, Peru — ...": where the report was filed
            bare = [w.capitalize() for w in bare]
            surface = " ".join(bare)
        runs.append(
            _Run(
                sentence,
                bare,
                surface,
                i,
                j + 1,
                possessive,
                locative=previous in _LOCATIVE or dateline or based or following == "," and _place_apposition(words[j + 1 : j + 4]),
                based=based,
                speaks=following in SPEECH_VERBS,
                spoken=(previous in SPEECH_VERBS or lowered[i - 1] in SPEECH_VERBS) and lowered[i - 1] not in _TOLD if i else False,
                aged=_aged(words, j + 1),
                attributed=i > 1 and lowered[i - 1] in ("to", "the")
                and [w for w in lowered[max(0, i - 3) : i] if w != "the"][-2:] == ["according", "to"],
                sentence_words=words,
                body=(bool(by_place) or _body_signal(words, i, j + 1) or possessive and _corporate_after(words, j + 1)) and not based
                and not (possessive and _personal_after(words, j + 1)),
                personal=possessive and _personal_after(words, j + 1),
                short=short,
                inhabited=inhabited,
                place_words=by_place and j + 1 - by_place - i,
            )
        )
        resume = j + 1
    _places_listed(runs, words)
    _places_apposed(runs, words)
    for run in runs:
        _split_role(run, words)
    return runs + [body for run in runs if run.role and (body := _body_in_title(run, words)) is not None]


def _names_a_model(words: list[str], k: int) -> bool:
    """'Airbus A330', 'Boeing 777-300ER', 'Falcon-9': a capitalised word carrying or followed by a model number, the
    maker or the model of a machine, which no body's name goes on into."""
    return k < len(words) and words[k][:1].isupper() and any(
        any(c.isdigit() for c in word) and word[:1].isalnum() for word in words[k : k + 2]
    )


_IRREGULAR_PLURALS = frozenset("children women men people".split())


def _plural_possessive(word: str) -> bool:
    """'Workers'', 'Children's': a plural owning what follows, which a body's name keeps inside it (a singular
    owner opens a name of its own: "Rovers' Tom Kerr", "Norway's Health Ministry")."""
    return word.endswith(("s’", "s'")) or _bare(word).lower() in _IRREGULAR_PLURALS and word.endswith(("’s", "'s"))


# Verbs of saying whose object is who is told, not who speaks: "told Fossil Frontiers", "asked the minister".
_TOLD = frozenset("told tells asked asks urged urges warned warns called calls".split())
# "SEOUL, Feb 12 (AFW) -", "LISBON (Iberia Wire) -": a dateline opening a paragraph, wherever the text puts it.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Z][a-z]+\.? \d{1,2})? \([^)]{2,30}\) ?[-—–]")


def _places_listed(runs: list[_Run], words: list[str]) -> None:
    """'at its hospitals in Lappeenranta and Imatra', 'in Toamasina, Brickaville and Fenoarivo': every name of a
    list (closed by 'and' or 'or') after a locative preposition is a place, as its first is."""
    k = 0
    while k < len(runs):
        end = k
        while end + 1 < len(runs) and words[runs[end].end : runs[end + 1].start] in ([","], ["and"], [",", "and"], ["or"], [",", "or"]):
            end += 1
        listed = runs[k : end + 1]
        if runs[k].locative and end > k and words[runs[end].start - 1] in ("and", "or") and not any(
            run.possessive or _is_acronym(run.words[0]) or run.words[0].lower().rstrip(".") in MONTH_ABBREVIATIONS for run in listed
        ):
            for run in listed:
                run.locative = True
        k = end + 1


def _places_apposed(runs: list[_Run], words: list[str]) -> None:
    """'in Gulshan-e-Iqbal, Karachi, ...', 'in Aba, Abia State.': the place a place is in, after a comma and
    ending the clause, is a place as the first is."""
    for first, second in zip(runs, runs[1:]):
        after = words[second.end : second.end + 2]
        ends = not after or after[0] in (".", ";", ")") or after[0] == "," and (len(after) == 1 or after[1].islower() and after[1] not in ("and", "or"))
        if first.locative and not first.possessive and words[first.end : second.start] == [","] and ends and not second.possessive \
                and not _is_acronym(second.words[0]) and second.words[0].lower().rstrip(".") not in MONTH_ABBREVIATIONS \
                and second.words[0] not in _CALENDAR:  # not "the BUILD, IMPLEMENT, and GROW stages", "in Oslo, Nov. 12"
            second.locative = True


_OFFICES = frozenset("office department bureau".split())
# Bodies a town, a region or a country has one of, named by it and their kind in lower case ("the Lyon fire and rescue
# service", "the Tyrolean regional government"; police, court and embassy so named cost half B kept facts, session 22).
_BODIES_OF_A_PLACE = frozenset("government department service brigade coastguard".split())


_VERB_OR_ADVERB = re.compile(r"(?:ed|ing|ly)$")
_PLACE_ADJECTIVE = re.compile(r"^[a-z]+(?:ian|ean|ese|ish)$")  # "Styrian", "Tyrolean", "Viennese", "Cornish"


def _without_place_body(run: _Run) -> None:
    """The run cut back to the name before what _body_named_by_place read as the kind of a place's body."""
    run.words = run.words[: run.place_words]
    run.surface = " ".join(run.words)
    run.end = run.start + run.place_words
    run.place_words = 0
    run.possessive = False
    run.body = _body_signal(run.sentence_words, run.start, run.end)


def _body_named_by_place(words: list[str], i: int, j: int) -> int:
    """How many lower-case words after a place's or a nationality's name (words[i..j]) name one of its bodies: up to
    three qualifiers ('regional', 'fire and rescue') and a kind of body it has one of, ending the noun phrase (or
    qualifying a title: 'fire service spokesperson'); 0 when none. Not after a possessive, a person's name or a body's
    name ('the Nordvik Energy service team')."""
    name = words[i : j + 1]
    if name[-1].endswith(("’s", "'s")) or name[-1].lower() in ORGANIZATION_WORDS or _person_shaped(name):
        return 0
    for size in range(1, 5):
        tail = words[j + 1 : j + 1 + size]
        if len(tail) < size or not all(w.isalpha() and w.islower() and not _VERB_OR_ADVERB.search(w) for w in tail) \
                or tail[0] in FUNCTION_WORDS or tail[-1] in SPEECH_VERBS:
            return 0  # not "Nuno Sobral said police", "Kiev reportedly ..."
        if tail[-1] in _BODIES_OF_A_PLACE:
            following = words[j + 1 + size] if j + 1 + size < len(words) else "."
            ends = not following.isalpha() or following in FUNCTION_WORDS or following in SPEECH_VERBS or _role_noun(following)
            return size if ends or following.endswith("ed") else 0
        if tail[-1] in FUNCTION_WORDS and tail[-1] != "and":
            return 0
    return 0

# Words that open a surname as its particles do, but capitalised and also given names: "Mohamed Ben Moussa" is
# "Mohammed Benmoussa", "Ahmed Abu Zaid" "Ahmed Abuzaid" (not particles: "Ben Stokes" is a name of its own).
_PATRONYMICS = frozenset("Ben Bin Ibn Abu Abd Ould Mac Mc O".split())
_NO_GIVEN_NAMES = frozenset("Mac Mc O".split())  # patronymics no one is named: "Mac Leod said" is a surname alone


def _office_after(words: list[str], start: int) -> int:
    """How many words after a place's name make it an office ('public prosecutor's office' in 'the East Flanders
    public prosecutor's office said'): lower-case qualifiers, a title's possessive, a head word; 0 when none."""
    if _OFFICES.isdisjoint(words[start + 1 : start + 4]):
        return 0  # no head word where one could end it: asked after every name
    for size in (2, 3, 4):
        phrase = words[start : start + size]
        if len(phrase) < size or phrase[-1] not in _OFFICES or not phrase[-2].endswith(("’s", "'s")):
            continue
        title = _bare(phrase[-2])
        qualifiers = phrase[:-2]
        if title.islower() and _is_role_word(title) and all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in qualifiers):
            return size
    return 0


_SAID = frozenset("said says told tells wrote writes".split())


def _acts_as_a_body(run: _Run) -> bool:
    """'The Guardia Civil, which led the inquiry', 'the Mar Limpo announced': a name of several words after an article,
    not named as where and no title, that does something in the news is a body's, whatever words it is made of (no
    one is 'the X Y')."""
    if len(run.words) < 2 or run.locative or run.possessive or run.start == 0 or run.sentence_words[run.start - 1].lower() != "the":
        return False
    text = run.sentence.text
    at = text.find(run.surface)
    return at >= 0 and _ACTS.match(text[at + len(run.surface) :]) is not None


def _passive_agent(run: _Run) -> bool:
    """'operated by X', 'run by X', 'owned by X': who does what the verb says (a person or a body)."""
    before = run.sentence_words[max(0, run.start - 2) : run.start]
    return len(before) == 2 and before[1] == "by" and (before[0].endswith("ed") or before[0].lower() in _BY_ROLES)


def _speaks_as_body(run: _Run, venue: bool) -> bool:
    """'Météo Madagascar said', 'The Saimaa Health Region said', 'The Data Protection Ombudsman said it had ...': a
    name that speaks and cannot be a person's (a country, a venue word or a title in it) is a body; a title that
    speaks is a body only when 'it' follows (not 'the Interior Minister said')."""
    following = run.sentence_words[run.end : run.end + 2]
    if not following or following[0] not in SPEECH_VERBS or not (following[0].endswith("ed") or following[0] in _SAID):
        return False  # not "the eight Baltic Sea states signed": a noun spelled as a verb of saying
    if _is_role_word(run.words[-1]):
        return following[1:] == ["it"]
    return venue or any(
        fold(w) in COUNTRIES or w.lower() in ORGANIZATION_WORDS or _is_acronym(w) and not _initials_before_surname(run.words, k)
        for k, w in enumerate(run.words)
    )


def _owns_its(run: _Run) -> bool:
    """'Luka Koper put its losses at ...', 'Orbitra said its rocket': a name whose own clause says 'its' is a body."""
    following = run.sentence_words[run.end : run.end + 2]
    return len(following) == 2 and following[1] == "its" and following[0].isalpha() and following[0].islower() \
        and following[0] not in FUNCTION_WORDS  # its verb, then "its": not "Ramstein Air Base in its ..."


_BUSINESS_VERBS = frozenset("runs operates owns employs makes sells manages produces builds supplies".split())


def _runs_a_business(run: _Run) -> bool:
    """'Prima Market, which runs about 90 supermarkets': a name that runs or makes something is a body's."""
    return run.sentence_words[run.end : run.end + 2] == [",", "which"] and run.sentence_words[run.end + 2 : run.end + 3] != [] \
        and run.sentence_words[run.end + 2] in _BUSINESS_VERBS


def _place_of(run: _Run) -> tuple[str, int, int]:
    """Where a run stands: its source, sentence and first word."""
    return run.sentence.source, run.sentence.index, run.start


def _affiliated(run: _Run) -> bool:
    """'Penelope Muse Abernathy of the University of North Carolina', 'Tsai Ing-wen of the Democratic Progressive
    party': a name followed by the body it belongs to is a person's."""
    return not _determined(run) and _affiliation(run.sentence_words, run.end) is not None  # not 'the Monthly Notices of ...'


def _affiliation(words: list[str], end: int) -> str | None:
    """The body named after a name with 'of' ('the Patients' Association of Chile' of 'María Teresa Fuentes of the
    Patients' Association of Chile'): capitalised words with a body's head word among them."""
    following = words[end : end + 10]
    if following[:1] != ["of"]:
        return None
    body = following[2:] if following[1:2] == ["the"] else following[1:]
    named: list[str] = []
    for word in body:
        if named and word.lower() in ORGANIZATION_WORDS and word.islower():
            named.append(word)  # "of the Democratic Progressive party"
            break
        if not (word[:1].isupper() or word in NAME_PARTICLES and named):
            break
        named.append(word)
    while named and named[-1] in NAME_PARTICLES:
        named.pop()
    return " ".join(named) if any(w.lower() in ORGANIZATION_WORDS for w in named) else None


def _department(words: list[str], i: int) -> bool:
    """'Health' in 'the Department of Health Services': a field a body is of, not a title ('Health Minister X')."""
    return words[i].lower() in DEPARTMENTS and not (i + 1 < len(words) and words[i + 1].lower() in ROLE_WORDS)


def _ends_clause(run: _Run) -> bool:
    """'said Talbridge.', 'said Talbridge, who ...': the name is all that is said; not 'said Falcons coach Ida Brandt'
    nor 'said Wi-Fi 6 was new'."""
    following = run.sentence_words[run.end : run.end + 1]
    return not following or following[0] in (",", ".", ";", "!", "?", "—", "–")


def _determined(run: _Run) -> bool:
    """'the Joint Chiefs', 'its Switch': an article or a possessive before a name says it is no person's."""
    return run.start > 0 and run.sentence_words[run.start - 1].lower() in _DETERMINERS


def _indefinite(run: _Run) -> bool:
    """'a Sicilian Najdorf', 'an Airbus A320': a name after an indefinite article is one of a kind, no one's."""
    return run.start > 0 and run.sentence_words[run.start - 1] in ("a", "an", "A", "An")


def _name_ends(key: str) -> list[str]:
    """The first and the last words of a name of several words, one to all but one of them ('Riverton',
    'Rovers' of 'Riverton Rovers'): what a short name of it may be; not last words after a function word or a
    particle but 'of' ('Lindenbad' of 'Rettet das Lindenbad', 'Drugs' of 'Dig for Drugs': what the name is about)."""
    words = key.split(" ")
    sizes = range(1, len(words))
    return [" ".join(words[:size]) for size in sizes] + [
        " ".join(words[-size:]) for size in sizes if words[-size - 1] not in _WORDS_BEFORE_WHAT_A_NAME_IS_ABOUT
    ]


_WORDS_BEFORE_WHAT_A_NAME_IS_ABOUT = (FUNCTION_WORDS | NAME_PARTICLES) - {"of"}  # "of" not: dropping its ends lost half B a kept claim


def _left_from(run: _Run) -> bool:
    """'launched the satellite from the X': the name is where something left from (not 'a spokesman from X')."""
    before = [w for w in run.sentence_words[max(0, run.start - 3) : run.start] if w.lower() != "the"]
    return len(before) >= 2 and before[-1] == "from" and not _role_noun(before[-2])


def _plural_agent(word: str) -> bool:
    return word.islower() and word.endswith("s") and not word.endswith("ss")


def _aged(words: list[str], end: int) -> bool:
    """An age right after a name: 'Jane Doe, 45, said', 'Jane Doe, aged 45, a nurse', 'Jane Doe (45), a nurse'."""
    return words[end : end + 1] in ([","], ["("]) and any(_AGE.fullmatch(" ".join(words[end : end + size])) for size in (3, 4))


def _age_end(words: list[str], end: int) -> int:
    """Where what is said of a person after the name resumes, past an age ('X, 54,', 'X, aged 54,', 'X (54),')."""
    if words[end : end + 1] == ["("] and end + 2 < len(words) and words[end + 1].isdigit() and words[end + 2] == ")":
        return end + 3
    if end + 2 < len(words) and words[end] == "," and words[end + 1].isdigit() and words[end + 2] == ",":
        return end + 2
    if end + 3 < len(words) and words[end] == "," and words[end + 1] == "aged" and words[end + 2].isdigit() and words[end + 3] == ",":
        return end + 3
    return end


def _fields_of_a_body(words: list[str], i: int, j: int, capitals: _Capitals) -> int:
    """Where a body's name ends when it is a head word and what it is of or for ('Ministry of Petroleum and Natural
    Gas', 'Department for Environment, Food and Rural Affairs', 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
    'Office of the United Nations High Commissioner', 'the Port Authority of the Bay of X', 'the Federal Office for the
    Environment'): the fields a list gives, or 'of the' / 'for the' and a name after a head word; 0 when not."""
    if j + 2 >= len(words):
        return 0
    if (j == i and words[i].lower() in ORGANIZATION_WORDS or words[j].lower() in BODY_HEAD_WORDS) and words[j + 1 : j + 3] in (["of", "the"], ["for", "the"]) \
            and j + 3 < len(words) and _is_proper(words, j + 3, capitals) and not (j > i and _another_body(words, j + 3, capitals)):
        return j + 3  # "the Port Authority of the Bay of Algeciras", "the Federal Office for the Environment"; not "the Bank
        # Board of the Czech National Bank"
    if words[i].lower() not in ORGANIZATION_WORDS:
        return 0
    if not any(w in ("of", "for") for w in words[i + 1 : j]):
        return 0
    def field(at: int) -> bool:  # a field, not another body listed after this one ('the Ministry of Health, Reuters and AFP')
        return _is_proper(words, at, capitals) and not _is_acronym(words[at]) and words[at].lower() not in ORGANIZATION_WORDS

    k = j
    while k + 2 < len(words) and words[k + 1] == "," and field(k + 2):
        k += 2
        while k + 1 < len(words) and _is_proper(words, k + 1, capitals):
            k += 1
    if k + 2 < len(words) and words[k + 1] == "and" and field(k + 2):
        return k + 2
    return 0


def _another_body(words: list[str], start: int, capitals: _Capitals) -> bool:
    """The proper-noun phrase from `start` holds a body's head word: a body of its own ('the Czech National Bank')."""
    k = start
    while k < len(words) and _is_proper(words, k, capitals):
        if words[k].lower() in ORGANIZATION_WORDS:
            return True
        k += 1
    return False


def _company_form_end(words: list[str], j: int) -> int:
    """Where a company's name ends when its legal form follows it: 'Novaterm GmbH & Co. KG', 'Grupo Aldama SA de
    CV', 'Maple Ridge Capital, LLC', 'Wong Brothers (Holdings) Bhd' (the form, with its '& Co.', 'de CV', a comma
    or a bracketed word before it, is part of the name)."""
    while True:
        k = j + 2 if words[j + 1 : j + 2] == ["."] and words[j] in COMPANY_FORMS | {"Co"} else j + 1
        following = words[k : k + 4]
        if following[:1] == [","] and following[1:2] and following[1] in COMPANY_FORMS:
            j = k + 1
        elif following[:2] in (["&", "Co"], ["and", "Co"], ["de", "CV"]) or following[:1] and following[0] in COMPANY_FORMS:
            j = k + (1 if following[0] in ("&", "and", "de") else 0)
        elif len(following) == 4 and following[0] == "(" and following[1][:1].isupper() and following[2] == ")" and following[3] in COMPANY_FORMS:
            j = k + 3
        else:
            return j


# What only a person has: kin, a lawyer, a body and a death, a work of art or writing, a leadership.
_PERSONAL_NOUNS = frozenset(
    """family wife husband son sons daughter daughters mother father brother brothers sister sisters parents children
    widow widower fiancée fiancé girlfriend boyfriend relatives grandmother grandfather nephew niece uncle aunt cousin
    lawyer lawyers attorney attorneys solicitor solicitors body funeral death grave killer killers murder memoir novel
    novels canvas painting paintings leadership phone""".split()
)


# What only a body has: shares, earnings, a board, a unit, a plant, a database, customers.
_CORPORATE_NOUNS = frozenset(
    """shares stock profit profits revenue revenues sales earnings turnover board shareholders subsidiary subsidiaries
    unit units division plant plants factory factories headquarters database databases website customers subscribers
    employees""".split()
)


def _corporate_after(words: list[str], end: int) -> bool:
    """"Nordvik's shares fell", "Siemens' rail unit", "Brevia's quarterly profit", "Interpol's database": a
    possessive owning what only a body has (up to two qualifiers before it)."""
    return _owns(words, end, _CORPORATE_NOUNS)


def _personal_after(words: list[str], end: int) -> bool:
    """'Marlon Fairweather's lawyer', "Tarek Haddad's phone records", "Akira Moriyama's latest novel", "Henri
    Valmont's 1958 canvas": a possessive owning what only a person has (up to two qualifiers before it)."""
    return _owns(words, end, _PERSONAL_NOUNS)


def _owns(words: list[str], end: int, nouns: frozenset[str]) -> bool:
    if words[end : end + 1] in (["'"], ["’"]):
        end += 1  # "Siemens' rail unit": the apostrophe a token of its own
    for word in words[end : end + 3]:
        if word in nouns:
            return True
        if not (word.islower() and word.isalpha() or word.isdigit()):
            return False
    return False


def _place_apposition(following: list[str]) -> bool:
    """'Andøya, an island in Nordland', 'Chivay, a town in the Colca valley': the name is a place."""
    return len(following) == 3 and following[0] == "," and following[1] in ("a", "an") and following[2] in _PLACE_KINDS


def _credit_in_dateline(words: list[str], start: int, end: int, text: str) -> bool:
    """The agency in a dateline's brackets ('(AFW)')."""
    return 0 < start and words[start - 1] == "(" and end < len(words) and words[end] == ")" and start < 8 and _DATELINE.match(text) is not None


def _body_in_title(run: _Run, words: list[str]) -> _Run | None:
    """'European Commission Vice-President Paul Verhoeven': the body a title belongs to is named too."""
    if not run.role:
        return None
    title = run.role.split()
    first_role = next((k for k, w in enumerate(title) if w.lower() in ROLE_WORDS), 0)
    body = title[:first_role]
    if not body or not all(w[:1].isupper() for w in body) or not any(w.lower() in ORGANIZATION_WORDS for w in body):
        return None
    start = next((k for k in range(run.start - len(title), -1, -1) if words[k : k + len(body)] == body), None)
    if start is None:
        return None
    return _Run(run.sentence, body, " ".join(body), start, start + len(body), False, sentence_words=words)


def _attributive(run: _Run) -> bool:
    """'the eight Baltic Sea states': the name qualifies the noun after it; it says nothing of where."""
    following = run.sentence_words[run.end] if run.end < len(run.sentence_words) else ""
    return following.isalpha() and following.islower() and following not in FUNCTION_WORDS and following not in SPEECH_VERBS


_TITLE_JOINERS = frozenset("in co ex vice".split())  # the words a compound title joins its titles with


@lru_cache(maxsize=65536)
def _role_noun(word: str) -> bool:
    """A title, or a lower-case agent noun ('forecaster', 'economist', 'spokesman')."""
    lower = word.lower()
    if lower in ROLE_WORDS or lower.removesuffix("s") in ROLE_WORDS:  # "Analysts at Nordbank"
        return True
    parts = lower.split("-")
    if len(parts) > 1 and all(p in ROLE_WORDS or p in _TITLE_JOINERS for p in parts) and set(parts) & ROLE_WORDS - {"general"}:
        return True  # "director-general", "editor-in-chief", "co-founder": a compound of titles is a title
    if word.islower() and (lower in AGENT_NOUNS or lower.removesuffix("s") in AGENT_NOUNS):
        return True
    return (
        word.islower()
        and len(word) > 5
        and lower not in _NOT_AGENTS
        and lower not in BODY_KINDS_BEFORE_A_NAME
        and lower.removesuffix("s") not in BODY_KINDS_BEFORE_A_NAME
        and (
            bool(re.search(r"(?:[^e]er|eer|or|ist|ian|man|woman|person)s?$|(?:men|women|people)$", lower))  # "engineer"
            or word.isalpha() and bool(re.search(r"(?:aire|back|ee)s?$", lower))  # millionaire, quarterback, retiree
        )
    )


_NOT_AGENTS = frozenset(
    """other another number order power border corner matter quarter center letter weather winter summer
    paper computer error floor door together however whether either neither rather further remember
    tanker freighter trawler airliner cruiser steamer schooner container helicopter tractor reactor generator rotor
    october november december september manner banner barrier character chapter cluster disaster
    register shelter theater trailer tower water major minor motor factor sector vector mirror terror
    behavior behaviour colour color favour favor honour honor harbor harbour labour labor rumour rumor
    woman human german roman committee guarantee coffee degree feedback setback comeback drawback career
    better bigger larger greater smaller higher lower faster slower cheaper newer older longer shorter stronger
    weaker earlier later bitter clever proper super upper inner outer""".split()
)


_NOT_EMPLOYER_TITLES = PLACE_ROLES | ROLE_MODIFIERS | DEPARTMENTS  # "Leoben mayor", "former", "Health": no body's title


def _body_signal(words: list[str], start: int, end: int) -> bool:
    """Words around a name that make it a body: a kind of body next to it ('grid operator Enedis', 'the
    SNCF rail company', 'the weather service, Meteo-France'), a title it qualifies ('Brevia chief
    executive', 'Brevia's chief executive'), or a title it is the employer of ('director of Brucker Bau',
    'a forecaster at Météo-France')."""
    last = words[start - 1].lower() if start > 0 else None  # the two words before the name, and the two after
    second = words[start - 2].lower() if start > 1 else None
    if last == "," and second in BODY_KINDS_BEFORE_A_NAME and words[start - 2].islower():
        return True  # "the carmaker, Voltra"; not "the Greenfield Association, Ann Lee": a body's member after its full name
    if start == 3 and words[0] == "The" and last == "," and _plural_agent(second) and _role_noun(second) \
            and words[end : end + 1] == [","] and not _person_shaped(words[start:end]):
        return True  # "The engineers, Halden Structural, reported": one name opening a sentence for people of a trade
    if last is not None and (last in BODY_KINDS_BEFORE_A_NAME or last.removesuffix("s") in BODY_KINDS_BEFORE_A_NAME):
        return True
    after = [w.lower() for w in words[end : end + 2]]
    for word, lower in zip(words[end : end + 2], after):  # the next word, and the one after it past a lower-case word ('Enedis grid operator')
        if lower in ORGANIZATION_DESCRIPTORS:
            return True
        if not word.isalpha() or not word.islower():
            break
    title = list(takewhile(ROLE_WORDS.__contains__, after))  # "Bristol's Lord Mayor": a place's title
    if title and not any(word in _NOT_EMPLOYER_TITLES for word in title):
        return True
    if _apposed_kind(words, end) in BODY_KINDS_BEFORE_A_NAME:
        return True  # "Shannon Tooling, a family-owned engineering company in Athlone"
    for naming in _NAMING if last in _NAMING_LAST else ():  # most names follow none of these words
        before = [w.lower() for w in words[max(0, start - len(naming) - 1) : start]]
        if before[1:] == naming and before[0] in BODY_KINDS_BEFORE_A_NAME:
            return True
    agents = words[start - 3].lower() if start > 2 else ""
    if last == "the" and second == "from" and _plural_agent(agents) and _role_noun(agents):
        return True  # "firefighters from the Vigili del Fuoco", "investigators from the National Transport Board"
    if second is not None and last in ("of", "at", "for") and _role_noun(words[start - 2]) and second not in PLACE_ROLES:
        return second not in ("president", "king", "queen", "prime", "minister", "emir", "sultan", "leader")
    return False


def _person_shaped(name: list[str]) -> bool:
    """'Ann Lee', 'Anna Maria Berg': a given name and a surname, which no descriptor before them makes a body's."""
    return 2 <= len(name) <= 3 and name[0].lower() in GIVEN_NAMES and _valid_name(name)


def _apposed_kind(words: list[str], end: int) -> str:
    """The head noun of a lower-case appositive after a name ('a family-owned engineering company' in 'X, a
    family-owned engineering company in Athlone, ...'): the last of its lower-case words before a function word,
    a participle or the end of the phrase."""
    if words[end : end + 1] != [","] or end + 1 >= len(words) or words[end + 1].lower() not in ("a", "an", "the"):
        return ""
    kind = words[end + 2 : end + 7]
    for k, word in enumerate(kind):
        if k < len(kind) - 1 and fold(word) in NATIONALITIES:
            continue  # "Portugal Space, the Portuguese space agency"
        if not (word.islower() and word.replace("-", "").isalpha()) or word in FUNCTION_WORDS:
            return ""
        following, then = (kind[k + 1 : k + 3] + ["", ""])[:2]
        if not following.isalpha() or following in FUNCTION_WORDS or following.endswith(("ed", "ing")) and then in FUNCTION_WORDS:
            return word  # "a travel company based in Brasov", "a fruit importer registered in Seville"
    return ""


_WHERE_PREPOSITIONS = frozenset("in at near outside inside into across around through".split())


def _split_role(run: _Run, words: list[str]) -> None:
    """Move a leading title ("NATO Secretary General") out of the name, or find one before/after it."""
    if _rank_in_a_bodys_name(run.words):
        return
    titles = list(map(_is_role_word, run.words))
    last_role = len(titles) - 1 - titles[::-1].index(True) if True in titles else -1
    if last_role >= 0 and all(w.lower() in ROLE_MODIFIERS or not title for w, title in zip(run.words[: last_role + 1], titles)):
        last_role = -1  # "Former Leoben mayor": no title before the name
    if last_role < 0 and run.start == 0 and len(run.words) >= 3 and (
        _role_noun(run.words[0].lower()) or run.words[0].lower() in ORGANIZATION_DESCRIPTORS and _person_shaped(run.words[1:])
    ):
        last_role = 0  # "Volcanologist Giulia Ferrante ...", "Tourist Anna Schmidt, 34,", "Contractor Ann Lee" opening a sentence
    if 0 <= last_role < len(run.words) - 1:
        named = _name_after_title(run.words, last_role)
        if named is None and run.words[last_role + 1] == "of":  # "General Manager of Life Care Solutions": the
            run.start += last_role + 2  # body, without the title
            run.words = run.words[last_role + 2 :]
            run.surface = " ".join(run.words)
            return
        if named is not None:
            last_role = named - 1
            name = run.words[named:]
            k = run.start
            while k > 0 and (
                _is_role_word(words[k - 1]) or words[k - 1].lower() in NATIONALITIES
                or words[k - 1].lower() in ORGANIZATION_WORDS and _is_role_word(words[k])  # "agency chief"
                or _is_role_qualifier(words[k - 1]) and words[k].islower() and _is_role_word(words[k])  # "BNGRC director-general Colonel X"
            ):
                k -= 1  # "Interior Minister Claire Duval", "French President ..." opening a sentence
            role = words[k : run.start] + run.words[: last_role + 1]
            while len(role) > 1 and role[-1].lower() in RANKS and not all(w.lower() in RANKS for w in role):
                role.pop()  # "agency chief Colonel Amina Diallo": the function, not the rank she is addressed by
            run.role = " ".join(role)
            run.words = name
            run.surface = " ".join(name)
            run.start += last_role + 1
            if _bare_rank(run.role):  # "Dr. Giulia Ferrante, a volcanologist at ...", "Its head, Col. Amina Diallo"
                run.role = _role_after(words, run.end) or _role_before(words, k) or run.role
            return
    if not _valid_name(run.words):
        if _named_despite_first_word(run.words):
            run.role = _role_after(words, run.end) or (_role_before(words, run.start) if words[run.start - 1 : run.start] == [","] else None)
        return
    if run.end < len(words) and words[run.end].lower() in ROLE_WORDS:
        return  # "the former Leoben mayor", "Brevia chief executive": the name qualifies a title
    before = _role_before(words, run.start)
    said_after = (before is None or _bare_rank(before) or before in _BY_ROLES.values()) and not (  # "Ms. X, a spokeswoman for
        run.start > 0 and words[run.start - 1].lower() in _WHERE_PREPOSITIONS  # not "flown to the hospital in Pitesti,
    )  # a spokeswoman for the inspectorate, Andreea Stoica, said"
    run.role = (  # the embassy", "led by X, a senior lecturer in ...": the appositive says what the person is
        (_role_after(words, run.end) if said_after else None) or before or _among(words, run.start, run.end)
        or _predicated_role(words, run.start, run.end) or _appointed(words, run.end)
        or (_won(words, run.start, run.end) or _affiliation(words, run.end) if not _determined(run) else None)
    )  # the last two: "X won the race", "X of the Patients' Association of Chile" (not "the Falcons won the cup")


def _rank_in_a_bodys_name(words: list[str]) -> bool:
    """'the General Inspectorate of Security Forces', 'the Directorate General of Civil Aviation': a rank before a
    body's head word, or after one and before 'of', is part of the body's name, no one's title (but 'Army General
    Ana Ruiz' is a general)."""
    lowered = [word.lower() for word in words]
    return not RANKS.isdisjoint(lowered[:-1]) and any(  # most names hold no rank: one test in C for them
        word in RANKS and (
            lowered[k + 1] in ORGANIZATION_WORDS or k > 0 and lowered[k - 1] in ORGANIZATION_WORDS and words[k + 1] == "of"
        )
        for k, word in enumerate(lowered[:-1])
    )


def _kind_of_body(role: str) -> bool:
    """'fruit importer', 'the Seville importer': a role that says what kind of body the name is, by its head (the
    last word before what it is of: not 'spokesman for the rescue service')."""
    words = role.split()
    head = words[0]
    for word in words[1:]:
        if word.lower() in FUNCTION_WORDS:
            break
        head = word
    return head.lower() in BODY_KINDS_BEFORE_A_NAME


def _plied_by_a_body(run: _Run, bodies: set[str]) -> bool:
    """'haulier Transportes Rey said its lorries ...', 'the tower's owner, Foncière Ardent, asked its tenants': a trade
    bodies ply as well as people, alone (not 'owner of a shop': a person's place in something), before a name no given
    name or initials open, that the sentence calls 'it' (or another names as a body) and never 'he', 'she' or 'who'."""
    role = (run.role or "").split()
    if not role or role[-1].lower() not in TRADES_OF_BOTH or _person_shaped(run.words) or _initials_before_surname(run.words, 0):
        return False
    after = {w.lower() for w in run.sentence_words[run.end :]}
    return _PERSONAL_PRONOUNS.isdisjoint(after) and ("its" in after or fold(run.surface) in bodies)


_PERSONAL_PRONOUNS = frozenset("he she his her him himself herself who whom".split())


_HONORIFIC = re.compile(r"(?i)(?:mr|mrs|ms|dr|prof|sir|dame)\.?")


def _bare_rank(role: str) -> bool:
    """A rank or form of address alone ('Col.', 'Dr', 'Professor'): how a person is addressed, not what the
    person does in the story."""
    return all(part in _ADDRESSED for w in role.lower().split() for part in w.split("-"))  # "Lieutenant-Colonel"


_ADDRESSED = RANKS | {"doctor"}  # "Doctor Irina Popovici, medical director of ...": addressed as a doctor, the job after


def _name_after_title(words: list[str], last_role: int) -> int | None:
    """Where the name starts after a title that ends at `last_role`: the longest name after what the title
    is of ('Minister of Foreign Affairs Ahmed Ali', 'Director General of Health Services Abul Kashem
    Chowdhury', 'Secretary of State Mike Pompeo'); never a field of work ('Affairs Ahmed Ali'), and an
    'of' or 'for' in the title names something before the name starts ('Minister of Tourism Jane Doe')."""
    for k in range(last_role + 1, len(words)):
        between = words[last_role + 1 : k]
        if between and between[-1] in ("of", "for", "the", "and", "&"):
            continue  # "of" with nothing after it: the name would be what the title is of
        if not all(w in ("of", "for", "the", "and", "&") or w[:1].isupper() for w in between):
            return None
        first = words[k].lower()
        if first in FIELD_WORDS or first in DEPARTMENTS or _is_role_word(words[k]):
            continue
        if _valid_name(words[k:]) and (len(words) - k > 1 or not between):
            return k  # one word after what a title is of is more of it: "High Commissioner for Human Rights"
    return None


@lru_cache(maxsize=65536)
def _is_role_word(word: str) -> bool:
    """A title, also with a prefix that makes another title of it ('Co-founder', 'ex-president')."""
    lower = word.lower()
    return lower in ROLE_WORDS or "-" in lower and (
        _TITLE_PREFIX.sub("", lower) in ROLE_WORDS or lower.split("-")[0] in ROLE_WORDS and lower.split("-")[0] not in ROLE_MODIFIERS
    )  # "director-general", "editor-in-chief"


_TITLE_PREFIX = re.compile(r"^(?:co|ex|vice|deputy|acting|interim|then|former)-")


# "Han Mi-rae, who heads the victims' association": the role a relative clause gives.
_ROLE_VERBS = {
    "heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "directs": "director", "founded": "founder",
    "manages": "manager", "coaches": "coach", "owns": "owner", "represents": "representative", "teaches": "teacher",
    "oversees": "in charge", "edits": "editor", "advises": "adviser", "captains": "captain", "sells": "seller",
}


_MODALS = frozenset("to will would can could should may might must shall".split())
# "a company founded by X", "the party led by X": the person's role, said with a passive verb.
_BY_ROLES = {
    "founded": "founder", "co-founded": "co-founder", "led": "leader", "headed": "head", "chaired": "chair",
    "run": "head", "owned": "owner", "directed": "director", "managed": "manager", "coached": "coach",
}


# What makes a role one the person no longer (or not yet) holds: a label without it would say what is not so.
_PAST_ROLE = frozenset("former ex then retired outgoing incoming late onetime one-time erstwhile".split())


def _role_before(words: list[str], start: int) -> str | None:
    if start > 1 and _HONORIFIC.fullmatch(words[start - 1]) and (words[start - 2] == "," or _role_noun(words[start - 2])):
        start -= 1  # "the hospice's medical director, Dr Ann Reid", "Principal investigator Dr Ann Reid": an honorific
        # stands between the title and the name
    if start >= 2 and words[start - 1] == "by" and (done := _done_by(words, start - 1)) is not None:
        return _BY_ROLES[done]
    if start >= 3 and _YEARS_OLD.fullmatch(words[start - 1]) and words[start - 2] == ",":
        start -= 1  # "the attacker, 34-year-old Radek K.": the title apposed before the age
    k = start
    if k > 0 and words[k - 1] == ",":
        k -= 1  # "the Ukrainian president, Volodimir Zelenski"
    end = k
    while k > 0 and (
        _is_role_word(words[k - 1])
        or _is_role_qualifier(words[k - 1])
        or words[k - 1] == "New" and k < end and words[k][:1].isupper() and (k == 1 or not words[k - 2][:1].isupper())
        # "New Zealand Nurses Organisation delegate": "New" opening the title opens a name in it
        or k < end and _is_role_word(words[k]) and (_noun_modifier(words[k - 1]) or _gerund_field(words, k - 1))  # "operations
        # manager", "race director", "its licensing director"
        or words[k - 1].lower() in ORGANIZATION_WORDS and _is_role_word(words[k])  # "police chief"
        or words[k - 1] in ("of", "for") and 1 < k < end and _is_role_word(words[k - 2]) and words[k][:1].isupper()
        or words[k - 1] in NAME_PARTICLES and 1 < k < end and words[k - 2][:1].isupper() and words[k][:1].isupper()
        or words[k - 1] == "and" and 1 < k < end and _is_role_word(words[k]) and _is_role_word(words[k - 2])  # "founder and chief executive"
        or k < end and _owner_noun(words[k - 1]) and (_noun_modifier(words[k]) or _is_role_word(words[k]))  # "prosecutor's office spokesman"
        or k + 1 < end and _noun_modifier(words[k - 1]) and _noun_modifier(words[k]) and _is_role_word(words[k + 1])  # "fire service spokesman"
    ):  # "the Minister for Foreign Affairs, Ahmed Ali", "the mayor of Marco de Canaveses, Cristina Peixoto"
        k -= 1
    phrase = words[k:end]
    while phrase and phrase[0].lower() not in ROLE_WORDS and phrase[0].lower() not in ORGANIZATION_WORDS and not phrase[0][:1].isupper() and not (
        len(phrase) > 1 and _owner_noun(phrase[0]) or _compound_title(phrase) or _gerund_field(words, end - len(phrase))
    ):
        phrase = phrase[1:]
    if not any(_is_role_word(w) and w.lower() not in ROLE_MODIFIERS for w in phrase):
        verb_use = start > 1 and words[start - 2].lower() in _MODALS  # "would monitor Arctic sea ice"
        if (
            end == start and start > 0 and _role_noun(words[start - 1]) and words[start - 1].islower() and len(words) > start + 1
            and not verb_use and words[start - 1] not in ROLE_MODIFIERS  # "among former Mac and PC users"
        ):
            if not words[start - 1].endswith("s") or words[start - 1].endswith("ss"):  # "forecaster Julien Morel" (but
                qualified = start > 1 and words[start - 2].lower() in _PAST_ROLE  # "operators Elering and Litgrid" are no one)
                if start > 2 and words[start - 2] == "," and (function := _role_before(words, start - 1)):
                    return function  # "The PSP spokesman, sub-commissioner X": what the person does, before the rank
                if start == 2 and words[0].replace("-", "").isalpha() and words[0].lower() not in FUNCTION_WORDS | NATIONALITIES:
                    return " ".join(words[:2])  # "Avalanche expert X", "Flood-risk consultant X" opening the sentence
                return " ".join(words[start - 2 : start]) if qualified else words[start - 1]  # "Former councillor Jan Novak"
        return _title_apposed_before(words, end) if end == start - 1 else _title_of_a_field_before(words, start)
    if end < start and start - end == 1 and k > 0 and words[k - 1].lower() not in ("the", "a", "an", ",", "his", "her", "its", "their") \
            and not words[k - 1].endswith(("’s", "'s", "'", "’")):  # "Harbour Foods' chief executive, Lena Osei"
        return None  # "the town's mayor, José Amaral" names a role; "in Kyiv, Zelensky" does not
    return " ".join(phrase)


def _gerund_field(words: list[str], k: int) -> bool:
    """'its licensing director', 'the bank's marketing manager': a word in -ing between a determiner or an owner and a
    title is the title's field, a noun (not a verb: 'said Tuesday, adding director X')."""
    word = words[k]
    return (
        word.isalpha() and word.islower() and word.endswith("ing") and 0 < k < len(words) - 1 and _is_role_word(words[k + 1])
        and (words[k - 1].lower() in _DETERMINERS or bool(_POSSESSIVE.search(words[k - 1])) and words[k - 1][:1].isalpha())
    )


def _compound_title(phrase: list[str]) -> bool:
    """'race director', 'fire service spokeswoman': lower-case nouns that make one title with the title after them,
    kept whole within a sentence as at its start ('Race director')."""
    return len(phrase) > 1 and _noun_modifier(phrase[0]) and (
        _is_role_word(phrase[1]) or len(phrase) > 2 and _noun_modifier(phrase[1]) and _is_role_word(phrase[2])
    )


_YEARS_OLD = re.compile(r"\d{1,3}-year-old")
_WHERE_OR_WHEN = frozenset("in on at during since".split())


def _done_by(words: list[str], by: int) -> str | None:
    """The participle of _BY_ROLES whose agent the 'by' at `by` names, right before it or past where and when
    ('founded by X', 'was founded in Leicester in 1962 by X')."""
    k = by - 1
    while k > 0 and by - k <= 6 and words[k].lower() not in _BY_ROLES and (
        words[k] in _WHERE_OR_WHEN or words[k] in ("the", "a") or words[k][:1].isupper() or words[k].isdigit()
    ):
        k -= 1
    return words[k].lower() if k >= 0 and words[k].lower() in _BY_ROLES else None


def _title_of_a_field_before(words: list[str], start: int) -> str | None:
    """'Councillor for the environment X said', 'head of security X': a title with its field in lower case right
    before a name of two words or more (the field never a body or a place: 'the mayor of the town X')."""
    k = start
    while k > 0 and start - k < 3 and words[k - 1].isalpha() and words[k - 1].islower() and (
        words[k - 1] not in FUNCTION_WORDS or words[k - 1] == "the" and k < start
    ):
        k -= 1
    if k == start or k < 2 or words[k - 1] not in ("for", "of") or not (_is_role_word(words[k - 2]) or _role_noun(words[k - 2].lower())):
        return None
    field = words[start - 1]
    if field in ORGANIZATION_WORDS or field in ORGANIZATION_DESCRIPTORS or field in _PLACE_KINDS or start + 1 >= len(words) \
            or not words[start + 1][:1].isupper():
        return None
    j = k - 2
    while j > 0 and (_is_role_word(words[j - 1]) or _is_role_qualifier(words[j - 1]) and words[j - 1].lower() not in FUNCTION_WORDS):
        j -= 1
    return " ".join(words[j:start])


def _title_apposed_before(words: list[str], comma: int) -> str | None:
    """'The driver, X', 'a spokeswoman for the fire service, X', 'his retired colleague, X': a lower-case title,
    with a determiner or an owner before it and what it is of or for after it, apposed before a name."""
    title_end = next(
        (p for p in range(comma - 1, max(0, comma - 13), -1)
         if _of_work(words, p) and _workplace_described(words[p:comma]) == comma - p and _role_head(words[p - 1])),
        comma,
    )  # "for the fire service", "of the burns unit at the Hospital Santa Clara"
    k = title_end - 1
    if k < 1 or not _role_head(words[k]) or words[k].endswith("s") and not words[k].endswith("ss"):
        return None  # "operators, Elering and Litgrid" are no one
    while k > 1 and (_modifier(words[k - 1]) or words[k - 1] in _PAST_ROLE) and words[k - 1] not in _ARTICLES_AND_OWNERS:
        k -= 1  # "the chief duty officer"
    owned = words[k - 1].lower() in _ARTICLES_AND_OWNERS or _POSSESSIVE.search(words[k - 1]) is not None and words[k - 1] != "'"
    return " ".join(words[k:comma]) if owned else None


def _owner_noun(word: str) -> bool:
    """A lower-case noun owning the compound title after it: 'prosecutor's' of "prosecutor's office spokesman",
    'ministry's' of "the ministry's press officer"."""
    return word.islower() and word.endswith(("'s", "’s")) and word[:-2].isalpha() and word[:-2] not in FUNCTION_WORDS


def _role_after(words: list[str], end: int) -> str | None:
    """'Dmitry Peskov, Kremlin spokesperson, said'; 'X, the deputy minister for healthcare networks'; 'X, an
    art-crime researcher based in Antwerp' (the title, without the clause that follows it)."""
    aged = _age_end(words, end)  # "Marta Silva, 54, who runs the bakery", "Sipho Dube (38), a driver"
    end, aged = aged, aged > end
    if end >= len(words) or words[end] not in (",", "—", "–"):
        return None  # "Yusuf Kaya — who has coached the youth side — was named ..."
    phrase: list[str] = []
    for word in words[end + 1 : end + 14]:
        if word in (",", ".", ";", ")", "(", "—", "–"):
            break
        phrase.append(word)
    after = end + 1 + len(phrase)
    named = words[after + 1 : after + 4]
    named = named[1:] if named and _YEARS_OLD.fullmatch(named[0]) else named[:2]
    if not aged and words[after : after + 1] == [","] and len(named) == 2 and all(
        w[:1].isupper() and not _POSSESSIVE.search(w) for w in named
    ):
        return None  # "the Daily, the attacker, Radek K.": the title is the next name's (not in "X, 45, a councillor, Y, 41, ...",
        # nor "X, the CEO of Y, GateHouse's parent")
    while phrase and (
        phrase[0].lower() in _ARTICLES_AND_OWNERS or re.fullmatch(r"\d+(?:-year-old)?", phrase[0]) or _adverb(phrase[0])
    ):
        phrase = phrase[1:]  # "previously the deputy minister ...", "his deputy"
    while phrase and phrase[-1] in _HERE:
        phrase.pop()  # "a senior doctor there": where was said before
    if phrase[:3] == ["who", "has", "lived"] or phrase[:3] == ["who", "had", "lived"]:
        phrase = [phrase[0], *phrase[2:]]  # "X, 67, who has lived at number 44 for forty years"
    if phrase[:2] in (["who", "lives"], ["who", "lived"]) and phrase[2:3]:
        near = phrase[2] in _NEAR or " ".join(phrase[2:4]) in ("next door", "across the", "down the", "round the", "around the") \
            or phrase[-1] in ("away", "nearby", "opposite")
        return "neighbour" if near else "resident"  # "X, who lives on the sixth floor"; "X, who lives two streets away"
    if len(phrase) > 3 and phrase[0] == "who" and phrase[1] in ("still", "also", "now", "currently", "once"):
        phrase = [phrase[0], *phrase[2:]]  # "who still chairs the board"
    article = next((k for k, w in enumerate(phrase[2:6], 2) if w in ("the", "a", "an")), None)
    if phrase[:1] == ["who"] and phrase[1:2] in (["is"], ["was"], ["became"], ["becomes"]) and article is not None:
        phrase = phrase[article + 1 :]  # "who was until March the chief financial officer of Kalpa Motors"
    role_verbs = _ROLE_VERBS
    if len(phrase) > 3 and phrase[0] == "who" and phrase[1] in ("has", "had") and phrase[2] in _BY_ROLES:
        phrase, role_verbs = [phrase[0], *phrase[2:]], _BY_ROLES  # "who has run the bakery for twenty years"
    if len(phrase) > 2 and phrase[0] == "who" and phrase[1] in role_verbs:
        body = phrase[2 : next((k for k, w in enumerate(phrase) if k > 2 and _ends_role_body(phrase, k)), len(phrase))]
        while body and body[-1].lower() in FUNCTION_WORDS:
            body.pop()  # the phrase cut at its length: "who has run the café at the end of the bridge for [thirty years]"
        return f"{role_verbs[phrase[1]]} of {' '.join(body)}".replace(" ’", "’").replace(" '", "'")
    if phrase[:2] == ["one", "of"]:  # "Rosa Fonseca, one of the organisers": what the person is one of
        return _one_of(phrase)
    if phrase[:1] in (["from"], ["of"]):
        return _body_apposed(phrase[1:])
    employer = next((k for k, w in enumerate(phrase) if w in ("at", "with", "from")), len(phrase))
    titles = [  # not a title word in the employer's name ("officer at the Health Service Executive")
        k for k, w in enumerate(phrase[:employer]) if (w.lower() in ROLE_WORDS or _role_noun(w)) and w.lower() not in ROLE_MODIFIERS
    ]  # the last title word ends the title, else an earlier one: "head of the volunteer fire brigade"
    return next((role for last_role in reversed(titles) if (role := _title_ending_at(phrase, last_role))), None)


def _body_apposed(phrase: list[str]) -> str | None:
    """'X, from the advocacy group Fair Tickets, said': the body a person speaks for, said by its kind in lower case
    and then its name, is the person's role; a place or a name alone says too little ('X, from Leeds')."""
    words = phrase[1:] if phrase[:1] and phrase[0] in ("the", "a", "an") else phrase
    kind = list(takewhile(str.islower, words))
    name = words[len(kind) :]
    if not kind or not name or kind[-1] not in ORGANIZATION_DESCRIPTORS or not all(w[:1].isupper() for w in name):
        return None
    return " ".join(words)


_HERE = frozenset("there here nearby".split())
_NEAR = frozenset("nearby opposite close near beside".split())


def _title_ending_at(phrase: list[str], last_role: int) -> str | None:
    """An appositive's title ending at the title word `last_role`, with its field and workplace; None when the
    words before it do not qualify a title or those after it name no workplace."""
    head, tail = phrase[: last_role + 1], phrase[last_role + 1 :]
    clause = next((k for k, w in enumerate(tail) if _opens_clause(w, k)), len(tail))
    tail = tail[:clause]  # "a researcher based in Antwerp", "a driver who lost his home": the title ends there
    field = _field_of_work(tail)  # "head of security at Baltic Networks": the body comes after the field
    body = tail[field:] if field and len(tail) > field + 1 and tail[field] in ("at", "with", "for", "of") else tail
    if field and body is tail:
        body = tail[field:]  # "a professor of geology", "the minister for healthcare networks": a role in a field
    if body and not _names_employer(body):  # "director of the Geophysical Institute of Peru", "economist at Banco
        described = _workplace_described(body)  # Cordillera in Santiago", else "head of the local rescue team"
        if not described:
            return None
        tail = tail[: len(tail) - len(body) + described]
    if not all(
        w.lower() in ROLE_WORDS or _is_role_qualifier(w) or w.lower() in ("of", "for") or _modifier(w) or w.lower() in _PAST_ROLE
        or w.endswith(("'s", "’s")) and k == 0  # "the agency's director"
        or k < 2 and _plural_owner(head)  # "the drivers' safety representative"
        or w == "and" and 0 < k < len(head) - 1  # "a surgeon and former hospital director"
        for k, w in enumerate(head)
    ):
        return None
    return " ".join(head + tail).replace(" '", "'").replace(" ’", "’")


def _plural_owner(head: list[str]) -> bool:
    """A title opened by the lower-case plural whose it is ("drivers' safety representative", "residents' spokesman"),
    its apostrophe a token of its own."""
    return len(head) > 2 and head[1] in ("'", "’") and head[0].islower() and head[0].endswith("s")


def _one_of(phrase: list[str]) -> str | None:
    """'one of the organisers', 'one of the four survivors', 'one of its founders': the group, up to its noun."""
    for k, word in enumerate(phrase[2:], 2):
        lower = word.lower()
        if word.islower() and lower.endswith("s") and (_role_noun(word) or lower[:-1] in ROLE_WORDS or lower[:-2] in ROLE_WORDS):
            return " ".join(phrase[: k + 1])
        if not (word in ("the", "its", "their", "his", "her") or _modifier(word) or word.isdigit() or word in WORD_NUMBERS):
            return None
    return None


def _adverb(word: str) -> bool:
    """'previously', 'formerly', 'now': how long or when a title held, before it."""
    return word.islower() and (word.endswith("ly") and len(word) > 4 or word in ("now", "then", "once", "until"))


def _opens_clause(word: str, at: int) -> bool:
    """A word after a title that starts a clause of its own: a relative pronoun, or a participle right after the
    title ('a researcher based in ...', not 'a professor of structural engineering')."""
    return word in ("who", "whose", "which", "that") or at == 0 and word.isalpha() and word.islower() and len(word) > 4 and (
        word.endswith("ing") or word.endswith("ed") and word not in _NOT_PARTICIPLES
    )


_NOT_PARTICIPLES = frozenset("red bed need speed seed feed hundred".split())


_ARTICLES_AND_OWNERS = frozenset("the a an his her their its".split())
_PREPOSITIONS_OF_WORK = ("of", "for", "at", "in", "with", "from")
# Titles held towards a state or a person, said with "to": "the EU's ambassador to North Macedonia", "an adviser to the minister".
_ACCREDITED_TO = frozenset("ambassador envoy adviser advisor consul attaché attache delegate emissary".split())


def _of_work(words: list[str], p: int) -> bool:
    """Whether the preposition at `p` opens where or for whom the title before it is held."""
    return words[p] in _PREPOSITIONS_OF_WORK or words[p] == "to" and p > 0 and words[p - 1].lower() in _ACCREDITED_TO


def _workplace_described(body: list[str]) -> int:
    """How many words of a title's tail say, in common nouns, where or for whom the person works ('of the
    local rescue team', 'in Old Kano's grain market', 'for the embassy'): a preposition, then nouns and names
    up to the first word that is not one (a participle or a clause: 'from Boston travelling to ...'); 0 when
    they say nothing (no noun after the preposition)."""
    if len(body) < 2 or body[0] not in (*_PREPOSITIONS_OF_WORK, "to") or body[0] == "from" and not body[1][:1].isupper():
        return 0  # "a predator from the Cambrian period": where someone is from is a name; a preposition alone says nothing
    k = 1
    while k < len(body) and (
        body[k] in _ARTICLES_AND_OWNERS or body[k] in _PREPOSITIONS_OF_WORK or body[k] in ("and", "&")
        or body[k][:1].isupper() and body[k].lower() not in FUNCTION_WORDS or _noun_modifier(body[k].replace("-", ""))
        or body[k].islower() and _POSSESSIVE.search(body[k]) and _noun_modifier(_POSSESSIVE.sub("", body[k]))
        or body[k] in ("'", "’") and _plural_owner(body[k - 1 : k + 2])
    ):
        k += 1  # "anti-drug unit", "Cadiz province", "the city's", "the pedestrians' association": whose it is, not where it ends
    while k > 1 and (body[k - 1].lower() in FUNCTION_WORDS or body[k - 1] in ("&",)):
        k -= 1  # "a partner at the firm in": the preposition belongs to what follows
    if k < len(body) and body[k].lower() in SPEECH_VERBS or _POSSESSIVE.search(body[k - 1]):
        return 0  # "the clinic in Leeds, a spokesman for the trust said": who said it, no appositive of "Leeds"
    return k if k > 1 else 0


def _names_employer(body: list[str]) -> bool:
    """'at Banco Cordillera in Santiago', 'of the University of Coimbra', 'from Temuco', 'head of the airport
    operator SAC': a preposition, then a name (with what it is in or of), not a lower-case phrase."""
    if body[0] not in ("of", "for", "at", "in", "with", "from") or len(body) < 2:
        return False
    names = all(w[:1].isupper() or w in NAME_PARTICLES or w in ("the", "in", "and", "&") or w in ORGANIZATION_WORDS for w in body[1:])
    return names and (body[-1][:1].isupper() or body[-1] in ORGANIZATION_WORDS) or len(body) <= 6 and body[-1][:1].isupper() and body[1] == "the"


_COPULAS = frozenset("is was".split())


def _predicated_role(words: list[str], start: int, end: int) -> str | None:
    """'X was the top Polish finisher', 'The best Polish runner was X': what the sentence says the person is,
    a title or an agent noun after its qualifiers."""
    if end + 2 < len(words) and words[end] in _COPULAS and words[end + 1] in ("the", "a", "an"):
        phrase = []
        for word in words[end + 2 : end + 7]:
            if not (word.isalpha() or "-" in word) or word in FUNCTION_WORDS:
                break
            phrase.append(word)
        while phrase and not _role_head(phrase[-1]):
            phrase.pop()
    elif start >= 3 and words[start - 1] in _COPULAS:
        k = start - 1
        while k > 0 and words[k - 1].lower() not in ("the", "a", "an") and (words[k - 1].isalpha() or "-" in words[k - 1]):
            k -= 1
        phrase = words[k : start - 1] if k > 0 and words[k - 1].lower() in ("the", "a", "an") else []
        phrase = phrase if phrase and _role_head(phrase[-1]) else []
    else:
        return None
    if not phrase or not all(_modifier(w) or _is_role_qualifier(w) or _role_head(w) for w in phrase):
        return None
    return " ".join(phrase)


_APPOINTED = frozenset("appointed named elected made".split())


def _appointed(words: list[str], end: int) -> str | None:
    """'X was appointed chief executive', 'X and Y of Kellaway LLP were appointed joint administrators': the title
    the sentence gives the person (and those named with them), in the singular."""
    k = end
    while k < len(words) and k - end < 10 and (words[k] in ("of", "and", "&", "the") or words[k][:1].isupper()):
        k += 1  # "and Martin Oakes of Kellaway Restructuring LLP"
    if words[k : k + 2] in (["has", "been"], ["have", "been"]):
        k += 1
    if k + 2 >= len(words) or words[k] not in ("was", "were", "is", "are", "been") or words[k + 1] not in _APPOINTED:
        return None
    title = words[k + 2 :]
    title = title[1:] if title[:1] == ["as"] else title
    title = title[1:] if title[:1] and title[0] in ("the", "a", "an") else title
    n = 0
    while n < min(len(title), 4) and title[n].isalpha() and title[n].islower() and title[n] not in FUNCTION_WORDS:
        n += 1
    title = title[:n]
    while title and not _role_head(title[-1]):
        title.pop()  # "named chief executive on Monday", "elected mayor"
    if not title:
        return None
    head = title[-1]
    if words[k] in ("were", "are") and head.endswith("s") and not head.endswith("ss"):
        head = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return " ".join([*title[:-1], head])


def _among(words: list[str], start: int, end: int) -> str | None:
    """'Among the hostages was X', 'X was among the injured passengers': one of the group the sentence puts the
    person in, said in the singular."""
    # the few words around the name that can tell the group, lowered (not the whole sentence for each name)
    before = [w.lower() for w in words[max(0, start - 5) : start - 1]] if start >= 4 and words[start - 1] in ("was", "is") else []
    if "among" in before[:-2]:
        group = before[before.index("among") + 1 :]
    elif words[end : end + 2] in (["was", "among"], ["is", "among"]):
        group = [w.lower() for w in words[end + 2 : end + 5]]
        group = group[: next((k + 1 for k, w in enumerate(group) if w.endswith("s") and _role_head(w)), 2)]
    else:
        return None
    if len(group) == 2 and group[0] in ("the", "those") and group[1].isalpha() and (group[1].endswith("ed") or group[1] in _BEFALLEN):
        return f"one of {' '.join(group)}"  # "Among those trapped was X", "X was among the injured": what befell them
    qualifiers = [w for w in group[1:-1] if w not in WORD_NUMBERS and not w.isdigit()]  # "the three witnesses"
    if group[:1] != ["the"] or not 2 <= len(group) <= 3 or not all(w.isalpha() and w.islower() for w in qualifiers):
        return None
    plural = group[-1]
    if not (plural.endswith("s") and not plural.endswith("ss") and _role_head(plural)):
        return None  # "among the dead", "among the injured": no one noun
    singular = plural[:-3] + "y" if plural.endswith("ies") else re.sub(r"(?:(?<=[sx])|(?<=sh)|(?<=ch))es$|s$", "", plural)
    return " ".join([*qualifiers, singular])


_BEFALLEN = frozenset("hurt dead missing stranded caught held taken".split())
_WON = frozenset("won wins clinched clinches".split())
_CONTEST_END = frozenset(", . ; : ( ) in on at with by after for ahead and but while".split())


def _won(words: list[str], start: int, end: int) -> str | None:
    """'X won the women's race', 'The men's title was won by Kenya's X': the person is the winner of what the
    sentence names (a contest said with a determiner, not a share or a sum: 'won 52% of the vote')."""
    if end + 2 < len(words) and words[end] in _WON and words[end + 1] in ("the", "this", "a", "an", "his", "her", "their"):
        contest = words[end + 1 : end + 7]
    else:
        k = start - 1 if start > 0 and _POSSESSIVE.search(words[start - 1]) and words[start - 1][:1].isupper() else start
        if not (k >= 3 and words[k - 1] == "by" and words[k - 2] == "won" and words[k - 3] in ("was", "is", "were", "are", "been")):
            return None
        j = k - 3
        while j > 0 and words[j - 1] not in _CONTEST_END and words[j - 1].lower() not in ("the", "this", "a", "an"):
            j -= 1
        if j == 0 or words[j - 1].lower() not in ("the", "this", "a", "an"):
            return None
        contest = words[j - 1 : k - 3]
    contest = contest[: next((i for i, w in enumerate(contest) if w in _CONTEST_END), len(contest))]
    if len(contest) < 2 or any(w[:1].isdigit() for w in contest):
        return None
    return f"winner of {' '.join(w.lower() if i == 0 else w for i, w in enumerate(contest))}"


def _role_head(word: str) -> bool:
    return word.islower() and (word in ROLE_WORDS or _role_noun(word)) and word not in ROLE_MODIFIERS


def _ends_role_body(phrase: list[str], k: int) -> bool:
    """Where what a person heads ends: at another clause, or at how long ('for twenty years', 'since 2009')."""
    following = phrase[k + 1] if k + 1 < len(phrase) else ""
    return phrase[k] in ("and", "or", "who", "which") or phrase[k] in ("for", "since") and (
        following.isdigit() or following.lower() in WORD_NUMBERS or following in ("more", "over", "nearly", "almost", "about", "decades", "years")
    )


def _field_of_work(tail: list[str]) -> int:
    """How many words after a title name its field ('of security', 'of state for infrastructure', 'in charge of
    hospital networks'): prepositions, each with one to three lower-case words that are neither function words
    nor verbs; 0 when there are none."""
    k = 0
    while True:
        opening = 3 if tail[k : k + 3] == ["in", "charge", "of"] else 1 if tail[k : k + 1] in (["of"], ["for"]) else 0
        end = k + opening
        while opening and end < len(tail) and end < k + opening + 3 and tail[end].isalpha() and tail[end].islower() \
                and tail[end] not in FUNCTION_WORDS and tail[end] not in SPEECH_VERBS:
            end += 1
        if end == k + opening:
            return k
        k = end


_ORDINALS = frozenset("first second third".split())


def _noun_modifier(word: str) -> bool:
    """A lower-case noun that makes a compound of the title after it ('operations' of 'operations manager', 'race'
    of 'race director'); not a verb ('said'), an adverb or a function word."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS and word not in SPEECH_VERBS \
        and word not in _MODALS and not word.endswith(("ed", "ly", "ing"))


def _modifier(word: str) -> bool:
    """A lower-case word that may qualify a title in an appositive ('the former managing director')."""
    lower = word.lower()
    return (
        word.replace("-", "").isalpha() and word.islower() and (lower not in FUNCTION_WORDS or lower in _ORDINALS)  # "first author"
        and lower not in SPEECH_VERBS
        and not lower.endswith("ed")  # "art-crime" qualifies "investigator" as "senior" does
    )


def _is_role_qualifier(word: str) -> bool:
    """Words that qualify a title: 'NATO', 'Kremlin’s', 'Ukrainian', 'U.S.'."""
    return word[:1].isupper() and _bare(word).lower() not in FUNCTION_WORDS and word.lower() not in _CALENDAR


def _named_despite_first_word(words: list[str]) -> bool:
    """'Georgia Hale', 'Chad Morrison', 'Park Ji-woo': a name whose first word is also a country's or a venue's,
    the rest a name; a person's only when an appositive gives a role."""
    return 2 <= len(words) <= 3 and words[0].isalpha() and (words[0].lower() in COUNTRIES or words[0].lower() in VENUE_WORDS) and _valid_name(words[1:])


def _valid_name(words: list[str]) -> bool:
    return _valid_name_words(tuple(words))


@lru_cache(maxsize=65536)
def _valid_name_words(words: tuple[str, ...]) -> bool:
    if not 1 <= len(words) <= 4 or words[0].lower() in NAME_PARTICLES or words[0].lower() in DIRECTIONS:
        return False  # not "South Karelia (Today)"
    for k, word in enumerate(words):
        lower = word.lower()
        if word.lower() in NAME_PARTICLES and word[:1].islower() or _initials_before_surname(words, k):
            continue
        if not re.fullmatch(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*|[A-Z]\.", word):
            return False
        surname = k and words[k - 1] in NAME_PARTICLES and words[k - 1] != "of"  # "Pieter van Dam", "Ana de Leeuw":
        if (  # after a particle, a surname whatever title or venue the word also names (not "Banco de Portugal")
            lower in ROLE_WORDS and not surname
            or lower in ORGANIZATION_WORDS
            or lower in VENUE_WORDS and not surname
            or lower in COUNTRIES
            or lower in NATIONALITIES
            or lower in _CALENDAR
            or lower in FUNCTION_WORDS
            or lower in FIELD_WORDS  # "Vice-President, Infrastructure (Europe)"
            or _is_acronym(word) or _initialism(word)
        ):
            return False
    return True


def _initials_before_surname(words: list[str] | tuple[str, ...], k: int) -> bool:
    """'H.J. Verschuure', 'A.B. Holm': the initials of given names opening a name, not an acronym (not "U.S. Steel":
    a country's)."""
    return k == 0 and len(words) > 1 and _given_initials(words[0])


def _given_initials(word: str) -> bool:
    """'J.R.', 'A.B.C.': a person's given names said by their initials written together; not a country's ('U.S.',
    'U.K.') nor a common acronym's ('E.U.')."""
    bare = word.replace(".", "")
    return _GIVEN_INITIALS.fullmatch(word) is not None and fold(word).replace(" ", "") not in COUNTRY_SYNONYMS \
        and fold(bare) not in COUNTRIES and bare not in COMMON_ACRONYMS


class _Builder:
    """Files runs into entities and gathers every mention of each."""

    def __init__(self, spellings: Spellings, acronyms: dict[str, str], lead: int, singles: set[str], surnames: set[str],
                 common: set[str], doubles: frozenset[str], things: set[str], languages: Mapping[str, str | None]):
        self.spellings = spellings
        self.languages = languages  # each source's language: the names of countries in it
        self.in_english: dict[str, str] = {}  # key -> English name of a country a source names in its own language
        self.doubles = doubles  # hyphenated double names, folded: 'Sæther Holm' is 'Sæther-Holm'
        self.things = things  # words standing alone for something that is not a person ("Saint-Laurent, which"), folded
        self.singles = singles  # words that stand alone as a name somewhere in the event
        self.surnames = surnames  # those of them standing alone as people's last names do
        self.common = common  # the words the sources write in lower case: no part of a name they write only capitalised
        self.acronyms = acronyms
        self.keys: dict[str, str] = {}  # a name as written -> _key's answer (the spellings and acronyms are fixed)
        self.lead = lead
        self.people: dict[str, Entity] = {}  # folded surname -> person
        self.people_names = NameIndex()  # the keys of self.people
        self.first_names: dict[str, Counter] = defaultdict(Counter)
        self.full_names: dict[str, Counter] = defaultdict(Counter)
        self.others: dict[str, Entity] = {}  # key -> organisation or place
        self.one_word_others = NameIndex()  # the keys of self.others without a space
        self.body_names = NameIndex()  # the keys of self.others filed as organisations
        self.name_ends: defaultdict[str, set[str]] = defaultdict(set)  # first or last words -> keys of self.others
        self.single_people: list[_Run] = []
        self.claimed: set[tuple[str, int, int]] = set()  # (source, sentence index, start) of runs filed
        self.person_runs: set[tuple[str, int, int]] = set()  # those filed as people
        self.placed: set[str] = set()  # names (folded) the event says something is in or at: 'near Marco de Canaveses'
        self.place_words: dict[frozenset[str], str] = {}  # a place's name of several words, as a set -> its key
        self.bodies: set[str] = set()  # names (folded) the words around them somewhere say are bodies ('the operator, X')
        self.acting: set[str] = set()  # words said alone as a body that speaks or acts more often than as where
        self.joined: dict[str, str] = {}  # a surname with its particles, joined ('dewilde'), -> its person's key
        self.acronyms_for_things: set[str] = set()  # acronyms said as common nouns: 'your PIN', 'an IBAN'
        self.pairs: set[str] = set()  # the names of two words the event writes, folded: a person's in either order
        self.no_one: set[str] = set()  # names a source goes on about with 'which', folded: no person's ("Yıldırım Madencilik, which")
        self.vessels: set[str] = set()  # ships' names, folded ('the tanker Nordic Wave'): no body's, no person's
        self.turned: dict[str, str] = {}  # a name given family name first, as found -> turned round: 'Tóth Réka' -> 'Réka Tóth'
        self.initials: dict[str, str] = {}  # a body also said by an acronym no source spells out -> the acronym
        self.twin_acronyms: dict[str, str] = {}  # a second acronym of a long form, folded -> the first (folded)

    def classify(self, run: _Run) -> None:
        if run.place_words and not self._a_place(run.words[: run.place_words], run.sentence.source):
            _without_place_body(run)  # "the Kiskolinja commuter service": a name the event never says is a place's
        words = run.words
        lower = [w.lower() for w in words]
        phrase = " ".join(lower)
        valid = _valid_name(words) or bool(run.role) and _named_despite_first_word(words)
        venue = lower[-1] in VENUE_WORDS or lower[0] in VENUE_FIRST_WORDS
        folded = fold(run.surface)
        if folded in self.vessels:
            return  # "the bulk carrier Aegean Harvest, which was loading": a ship, wherever it is named
        if len(words) == 1 and lower[0] in self.common and not run.role and not _is_acronym(words[0]):
            return  # "Race director X", "Posted in Race reports": a common noun the event also writes in lower case
        if run.personal and 2 <= len(words) <= 4 and valid and not venue:
            self._add_person(run)  # "Marlon Fairweather's lawyer said", "Akira Moriyama's latest novel"
            return
        if len(words) >= 2 and words[-1] in COMPANY_FORMS:
            self._add_other("organization", "organization", run)  # "Svenska Fönster AB", "Hartley & Finch LLP"
            return
        if len(words) == 2 and valid and fold(f"{words[1]} {words[0]}") in self.pairs:
            self._add_person(run)  # "Horvath Anna" where the event also writes "Anna Horvath": a person's name, family
            return  # name first in one of them, whatever kind of body is apposed before it
        if folded in self.no_one or run.role in _BY_ROLES.values() and folded in self.bodies:
            if _passive_agent(run):  # "managed by Infraestruturas do Norte", "the operator, Infraestruturas do Norte"
                self._add_other("organization", "organization", run)  # "the mine, operated by Yıldırım Madencilik"
                return
            valid, run.role = False, None
        if len(words) >= 2 and not venue and (fold(words[0]) in self.things and words[-1] not in self.singles or folded in self.things):
            self._add_other("organization", "organization", run)  # bodies go by their first word ("Saint-Laurent")
            return
        if len(words) == 2 and folded in self.doubles and not run.role and not run.body and folded not in self.bodies:
            self.single_people.append(run)  # "Fuentes Rojas told supporters": a double surname on its own
            return
        if len(words) == 3 and fold(" ".join(words[1:])) in self.doubles and valid and not run.body:
            self._add_person(run)  # "Carolina Vergara Solís broke the record": her full name, said without a title
            return
        if run.role and _indefinite(run):
            valid, run.role = False, None  # "In a Sicilian Najdorf, the teenager sacrificed": a kind of thing, no one
        if run.role and _plied_by_a_body(run, self.bodies):
            self._add_other("organization", "organization", run)
            return
        if run.role and valid and not run.based and not (len(words) > 1 and _kind_of_body(run.role)):  # not "X, a fruit importer
            # registered in ...", nor Piraeus of "owned by Piraeus-based Helion Tankers"
            if len(words) == 1:
                self.single_people.append(run)
            else:
                self._add_person(run)
            return
        english = places_in(self.languages.get(run.sentence.source) or "en").get(folded)
        if english is not None:  # 'Polen', 'Wien' in a German source: Poland, Vienna
            self.in_english[self._key(english)] = english
            self._add_other("place", "country" if self._key(english) in COUNTRIES else "place", run, self._key(english))
        elif folded in COUNTRIES or fold(run.surface.replace(".", "")) in COUNTRIES or self._key(run.surface) in COUNTRIES:
            self._add_other("place", "country", run)
        elif self.spellings.house(run.surface) is not None and fold(self.spellings.house(run.surface)) in COUNTRIES:
            self._add_other("place", "country", run)
        elif len(words) == 1 and (_is_acronym(words[0]) or words[0] in self.acronyms.values()):  # "IdN", defined
            if words[0].replace(".", "") not in COMMON_ACRONYMS and words[0] not in self.acronyms_for_things:
                self._add_other("organization", "organization", run)
        elif len(words) > 1 and lower[0] in _COUNTY and ORGANIZATION_WORDS.isdisjoint(lower):
            self._add_other("place", "place", run, self._key(" ".join(words[1:])))  # "Co Westmeath" is Westmeath
        elif len(words) > 2 and lower[0] in _PLACE_KINDS and lower[1] == "of" and ORGANIZATION_WORDS.isdisjoint(lower):
            self._add_other("place", "place", run)  # "the State of Mexico's civil protection agency": a place owns the body
        elif (run.body or len(words) > 1 and folded in self.bodies) and phrase not in NATIONALITIES and not (
            len(words) == 1 and not run.possessive and folded in self.placed
        ):  # not "the London club" when "in London" is said too; "staff at X" when another sentence says what X is
            self._add_other("organization", "organization", run)
        elif (run.inhabited or run.end < len(run.sentence_words) and run.sentence_words[run.end].lower() in PLACE_ROLES) \
                and phrase not in NATIONALITIES:  # not "the Polish consul": a country's, said by its people's adjective
            self._add_other("place", "place", run)  # "the former Leoben mayor", "the mayor of Marco de Canaveses"
        elif len(words) > 1 and (lower[-1] in INSTITUTION_WORDS or lower[0] in INSTITUTION_WORDS or lower[-1] in SHOP_WORDS):
            self._add_other("organization", "organization", run)  # "taken to Nordland Hospital": who treats them;
            # "Kearney's Newsagents": a business
        elif len(words) > 1 and (lower[-1] in HAPPENING_WORDS or lower[0] in HAPPENING_FIRST_WORDS) and not run.possessive:
            self._add_other("organization", "organization", run)  # "won the Baltic Coast Marathon": a named happening
        elif (
            len(words) > 1 and lower[-1] in VENUE_WORDS and lower[-1] in ORGANIZATION_WORDS
            and ORGANIZATION_WORDS.isdisjoint(lower[:-1]) and (run.locative or _left_from(run))
        ):
            self._add_other("place", "venue", run)  # "launched ... from the Satish Dhawan Space Centre"
        elif not ORGANIZATION_WORDS.isdisjoint(lower) and not (len(words) > 1 and lower[-1] in VENUE_WORDS and lower[-1] not in ORGANIZATION_WORDS):
            self._add_other("organization", "organization", run)  # not "the Assembly Rooms", "Parliament Square": venues
        elif lower[-1] in _LOWERCASE_PLACE_WORDS and words[-1].islower():
            self._add_other("place", "place", run)
        elif len(words) >= 2 and not run.locative and _speaks_as_body(run, venue):
            self._add_other("organization", "organization", run)  # "Météo Madagascar said", "The Saimaa Health Region said"
        elif lower[-1] in VENUE_WORDS and len(words) > 1 or lower[0] in VENUE_FIRST_WORDS and len(words) > 1:
            self._add_other("place", "venue", run)
        elif valid and len(words) >= 2 and (
            (lower[0] in GIVEN_NAMES or _initials_before_surname(words, 0)) and folded not in self.placed  # not "Marco de Canaveses", a town
            or run.speaks and words[-1] in self.singles or run.spoken or run.aged
        ):
            self._add_person(run)  # a given name, "Halvorsen said" elsewhere (people go by their last name), "said X", "X, 72,"
        elif valid and len(words) in (2, 3) and not run.locative and not venue and (
            words[-1] in self.surnames and words[0] not in self.singles or _affiliated(run)
        ) and self.common.isdisjoint(lower):
            self._add_person(run)  # named again by the last name alone ("Rudolph"), or "X of the University of ..."
        elif valid and len(words) in (2, 3) and not run.locative and _nationality(run) and words[0] not in self.singles and not _determined(run):
            self._add_person(run)  # "Ethiopia's Abebe Tadesse", "Abebe Tadesse of Ethiopia" (not "Japan's Toyota Motor"
            # when "Toyota" goes alone)
        elif len(words) >= 2 and run.speaks and words[0] in self.singles:
            self._add_other("organization", "organization", run)  # "Nordvik said": bodies go by their first word
        elif len(words) >= 3 and run.attributed and not run.locative:
            self._add_other("organization", "organization", run)  # "according to the European Forest Fire Information System"
        elif (run.locative or self._owns_venue(run)) and phrase not in NATIONALITIES and ROLE_WORDS.isdisjoint(lower):
            self._add_other("place", "place", run)
        elif _acts_as_a_body(run) and phrase not in NATIONALITIES and fold(run.surface) not in self.placed and not any(
            w in ROLE_WORDS for w in lower
        ):
            self._add_other("organization", "organization", run)  # "the Guardia Civil, which led the inquiry"; not "the
            # Interior Minister said", a title

    def add_listed_people(self, runs: list[_Run]) -> None:
        """'Katie Couric, George Stephanopoulos and Chelsea Handler', 'defeated Karen Khachanov and Andrey Rublev':
        a name listed next to a person's, and shaped like one, is a person's too."""
        by_sentence: dict[tuple[str, int], list[_Run]] = defaultdict(list)
        for run in runs:
            by_sentence[(run.sentence.source, run.sentence.index)].append(run)
        changed = True
        while changed:
            changed = False
            for listed in by_sentence.values():
                for first, second in zip(listed, listed[1:]):
                    if first.sentence_words[first.end : second.start] not in ([","], ["and"], [",", "and"], ["or"]):
                        continue
                    filed = [_place_of(r) in self.person_runs for r in (first, second)]
                    for run, other_is_person in ((first, filed[1]), (second, filed[0])):
                        if other_is_person and _place_of(run) not in self.claimed and self._person_shaped(run):
                            self._add_person(run)
                            changed = True

    def _person_shaped(self, run: _Run) -> bool:
        words = run.words
        return fold(run.surface) not in self.no_one and (
            len(words) in (2, 3) and _valid_name(words) and not run.locative and not run.possessive  # "Chris Tang, Hong Kong’s"
            and words[0].lower() not in DIRECTIONS and not any(w.lower() in self.common for w in words)
        )

    def _a_place(self, name: list[str], source: str) -> bool:
        """A country, a nationality, a place known by name or one the event says something is in or at ('Tyrol'
        of 'in Tyrol'), or a place's adjective ('Styrian', 'Tyrolean')."""
        folded = fold(" ".join(name))
        return folded in COUNTRIES or folded in NATIONALITIES or folded in self.placed or _PLACE_ADJECTIVE.search(folded) is not None \
            or folded in places_in(self.languages.get(source) or "en")

    def _owns_venue(self, run: _Run) -> bool:
        """'Kiev’s St. Michael’s Square': a name owning a venue is a place."""
        words = run.sentence_words
        if not run.possessive or run.end >= len(words):
            return False
        rest = [w.lower() for w in words[run.end : run.end + 5]]
        return any(w in VENUE_WORDS for w in rest[1:]) and words[run.end][:1].isupper()

    def _surname(self, words: list[str]) -> str:
        """The last name of a run: its last word, or its last two when they are a double name written spaced;
        not a generation's suffix ('Patrick Carlineo Jr')."""
        if len(words) >= 2 and words[-1].rstrip(".") in ("Jr", "Sr"):
            words = words[:-1]
        if len(words) >= 2 and fold(" ".join(words[-2:])) in self.doubles:
            return " ".join(words[-2:])
        return words[-1]

    def _add_person(self, run: _Run) -> None:
        surname = self._joined_surname(run.words, self._surname_key(self._surname(run.words)))
        entity = self.people.get(surname)
        if entity is None:
            entity = self._new_person(surname)
        entity.mentions.append(Mention(run.sentence, run.surface, run.role or _nationality(run)))
        self.person_runs.add(_place_of(run))
        if len(run.words) > 1:
            self.first_names[surname][run.words[0]] += 1
            self.full_names[surname][run.surface] += 1
        self._mark(entity, run)

    def _joined_surname(self, words: list[str], key: str) -> str:
        """'Van den Broucke' is 'Vandenbroucke', 'De Wilde' 'Dewilde': a surname written with its particles
        apart or joined is one person's (the key first filed wins)."""
        last = len(words) - 1
        start = last
        while (start > 1 or start == 1 and words[0] in _NO_GIVEN_NAMES) and (
            words[start - 1].lower() in NAME_PARTICLES or words[start - 1] in _PATRONYMICS
        ):
            start -= 1
        joined = fold("".join(words[start:])).replace(" ", "") if start < last else key
        if key in self.people:
            if joined != key:
                self.joined.setdefault(joined, key)
            return key
        spelled = self.people_names.first(joined, lambda known: romanised(known) == romanised(joined))  # "O Farrell": "O'Farrell"
        if spelled is not None:
            return spelled
        if joined != key:
            self.joined.setdefault(joined, key)
        return self.joined.get(key, key)

    def _new_person(self, key: str) -> Entity:
        self.people_names.add(key)
        entity = self.people[key] = Entity("person", key, "person")
        return entity

    def _surname_key(self, surname: str) -> str:
        key = self.spellings.key(surname)
        return self.people_names.first(key) or key

    def _add_other(self, kind: str, label: str, run: _Run, key: str | None = None) -> None:
        if kind == "organization" and key is None and _opened_by_a_descriptor(run):
            run = _trimmed(run, 1)
        key = key or self._key(run.short or run.surface)
        if kind == "place" and key not in self.others and " " not in key:
            key = self.one_word_others.first(key, self._is_place) or key  # 'Fuket' is the 'Phuket' another source names
        elif kind == "place" and key not in self.others:  # 'Sports Hall Gripe' is the 'Gripe sports hall' another names
            key = self.place_words.setdefault(frozenset(key.split()), key)
        elif kind == "organization" and key not in self.others:  # 'Berglarsen Construction', 'McAllister Dredging'
            key = self.body_names.first(key, lambda known: self.others[known].kind == "organization" and _body_spelled_alike(known, key)) or key
        entity = self.others.get(key)
        if entity is None:
            entity = self.others[key] = Entity(kind, key, "country" if kind == "place" and key in COUNTRIES else label)
            if " " not in key:
                self.one_word_others.add(key)
            if kind == "organization":
                self.body_names.add(key)
            for end in _name_ends(key):
                self.name_ends[end].add(key)
        elif entity.kind != kind and kind == "place" and run.based and all(" " not in m.surface for m in entity.mentions):
            entity.kind, entity.label = kind, label  # "the Malmö company" then "Malmo-based Brevia": Malmö is a place
        elif entity.kind != kind and kind == "place":
            return  # an organisation named after a place stays an organisation
        elif entity.kind == "place" and kind == "organization" and (
            entity.label == "place" and not entity.where_sources and key not in self.placed
            or entity.label == "venue" and _speaks_as_body(run, True)
        ):  # "according to Enedis" filed it as a place first; "The Saimaa Health Region said" what a region cannot
            entity.kind, entity.label = kind, label
            entity.where_sources.clear()
        elif label == "venue":
            entity.label = label  # one venue-shaped spelling ("Castlegate Stadium") makes it a venue
        entity.mentions.append(Mention(run.sentence, run.surface, run.role, run.body))
        self._mark(entity, run)

    def _key(self, surface: str) -> str:
        """The key a name is filed under, worked out once per spelling: the runs of an event repeat their names."""
        key = self.keys.get(surface)
        if key is None:
            key = self.keys[surface] = self._key_of(surface)
        return key

    def _key_of(self, surface: str) -> str:
        house = self.spellings.house(surface)
        if house is not None:
            return fold(house)
        folded = fold(_THE.sub("", surface))
        folded = COUNTRY_SYNONYMS.get(folded, folded)
        words = folded.split()
        if len(words) > 1 and words[0] in DIRECTIONS and " ".join(words[1:]) in COUNTRIES and folded not in COUNTRIES:
            folded = " ".join(words[1:])  # "Northern Norway" names Norway
        elif words[:2] == ["republic", "of"] and " ".join(words[2:]) in COUNTRIES:
            folded = COUNTRY_SYNONYMS.get(" ".join(words[2:]), " ".join(words[2:]))  # "the Republic of Moldova" is Moldova
        ministry = _ministry_of(folded)  # 'Defence Ministry' is the 'Ministry of Defence (MoD)' too
        spelled = folded if folded in self.acronyms else ministry if ministry in self.acronyms else None
        key = fold(self.acronyms[spelled]) if spelled is not None else ministry
        return self.twin_acronyms.get(key, key)

    def _mark(self, entity: Entity, run: _Run) -> None:
        """Remember the run as filed, and whether it names where things happened in a lead sentence."""
        self.claimed.add(_place_of(run))
        if entity.kind == "place" and run.sentence.index < self.lead:
            if run.locative or entity.label == "venue" and not _attributive(run) or self._owns_venue(run):
                entity.where_sources.add(run.sentence.source)

    def attach_bare_mentions(self, runs: list[_Run]) -> None:
        """Surnames alone ('Stoltenberg', 'President Putin') and repeat mentions of known places and bodies."""
        for run in self.single_people:
            key = self._surname_key(self._surname(run.words))
            if self._a_place_alone(run, key):
                self.claimed.add(_place_of(run))  # no one's, and left out (filed as the place it is, it crowded out kept places)
                continue
            if key not in self.people:
                self._new_person(key)
            self.people[key].mentions.append(Mention(run.sentence, run.surface, run.role))
            self._mark(self.people[key], run)
        for run in runs:
            if _place_of(run) in self.claimed:
                continue
            key = self._key(run.surface)
            if key not in self.others and (len(run.words) > 1 or run.start > 0 or key not in ORGANIZATION_WORDS):
                owner = self._short_name(key)
                if owner is not None and _COUNCIL_OF_A_TOWN.fullmatch(owner[len(key) :]):
                    self._add_other("place", "place", run, key)  # "Brno's councillors" of "Brno City Council": the town
                    continue
                key = owner or key  # "Rovers" for "Riverton Rovers"
            if key in self.others and self.others[key].kind != "person":
                entity = self.others[key]
                entity.mentions.append(Mention(run.sentence, run.surface, run.role))
                self._mark(entity, run)
                continue
            if len(run.words) in (1, 2):
                last = self._surname(run.words)
                surname = self._surname_key(last)
                first_ok = last != run.words[-1] or len(run.words) == 1 or run.words[0] in self.first_names.get(surname, ())
                if surname in self.people and first_ok and len(self.people[surname].mentions) and self._full(surname):
                    self.people[surname].mentions.append(Mention(run.sentence, run.surface, run.role))
                    self._mark(self.people[surname], run)
                    continue
            if len(run.words) == 1 and run.possessive is False:
                self._match_place_variant(run)

    def _a_place_alone(self, run: _Run, key: str) -> bool:
        """'Freya Linklater, 9, from Stenness, the youngest stitcher', 'Grindavík, a town of fishermen': a single word
        a role is apposed to is a place, not a person, when the event says something is in or at it, or a person just
        named is from it, and never gives it a given name, a form of address or a verb of saying (a person named
        after a place keeps them: 'Mr Paris said')."""
        return len(run.words) == 1 and (fold(run.surface) in self.placed or self._from_a_person(run)) \
            and not (key in self.people and self._full(key)) \
            and not (run.speaks or run.spoken or run.role and (_bare_rank(run.role) or _HONORIFIC.fullmatch(run.role)))

    def _from_a_person(self, run: _Run) -> bool:
        """'Bessie Sinclair of Stromness', 'Freya Linklater, 9, from Stenness': where the person just named is from."""
        words = run.sentence_words
        end = run.start - 1
        if end < 1 or words[end] not in ("of", "from"):
            return False
        return any(  # a person's last name right before, or before its age (", 9 ,", ", aged 9 ,")
            (e == end or e > 0 and _age_end(words, e) == end - 1) and words[e - 1][:1].isupper()
            and (surname := self._surname_key(words[e - 1])) in self.people and self._full(surname)
            for e in (end, end - 3, end - 4)
        )

    def _short_name(self, name: str) -> str | None:
        """The one organisation whose name ends or begins with this word ('Rovers', 'Nordvik') or begins with these
        words ('Harbottle Insolvency' of 'Harbottle Insolvency LLP'), if exactly one does; of names told within one
        another ('Corvane Air', 'Corvane Air Cargo Ltd'; a name run on into the next word: 'Corvane Air Boeing'), the
        shortest, which all the others tell."""
        if name in NATIONALITIES or name in COUNTRIES:
            return None
        owners = sorted(
            (k for k in self.name_ends.get(name, ()) if self.others[k].kind == "organization" and (" " not in name or short_name_of(name, k))),
            key=len,
        )  # several words are a short name as the first ones ('Harbottle Insolvency'), not the last ('the Kiel Canal' of 'WSA Kiel Canal')
        if owners and all(f" {owners[0]} ".find(f" {name} ") >= 0 and f" {other} ".find(f" {owners[0]} ") >= 0 for other in owners):
            return owners[0]
        return None

    def _is_place(self, key: str) -> bool:
        return self.others[key].kind == "place"

    def _pop_other(self, key: str) -> Entity:
        """Take an organisation or place out of self.others and its indexes (it is folded into another)."""
        self.one_word_others.discard(key)
        self.body_names.discard(key)
        for end in _name_ends(key):
            self.name_ends[end].discard(key)
        return self.others.pop(key)

    def _full(self, surname: str) -> bool:
        return bool(self.full_names.get(surname)) or any(m.role for m in self.people[surname].mentions)

    def _match_place_variant(self, run: _Run) -> None:
        """A one-word spelling variant of a known place ('Kiev' for 'Kyiv' when no alias says so)."""
        folded = fold(run.surface)
        if folded in NATIONALITIES:
            return
        key = self.one_word_others.first(folded, self._is_place)
        if key is not None:
            entity = self.others[key]
            entity.mentions.append(Mention(run.sentence, run.surface, run.role))
            self._mark(entity, run)

    def _fold_tails(self) -> None:
        """'the Meteorological Agency' is the 'Japan Meteorological Agency (JMA)' another source names: the end of
        exactly one other body's name (two words or more, up to its head word) after a country or place, or after the
        acronym of the body it belongs to ('the World Heritage Committee' of 'the UNESCO World Heritage Committee'); so
        is its start before a country or place ('the Rescue Coordination Centre' of 'Rescue Coordination Centre New
        Zealand (RCCNZ)')."""
        long_forms = defaultdict(set)
        for long_form, acronym in self.acronyms.items():
            long_forms[fold(acronym)].add(long_form)
        for key in [k for k in self.others if len(k.split()) >= 2 and self.others[k].kind == "organization"]:
            owners = [
                other for other, entity in self.others.items()
                if other != key and entity.kind == "organization"
                and any(
                    name.endswith(" " + key) and (_national(name[: -len(key) - 1], self.others) or _owned_by_acronym(name, key, entity))
                    or name.startswith(key + " ") and _national(name[len(key) + 1 :], self.others)
                    for name in {other} | long_forms.get(other, set())
                )
            ]
            if len(owners) == 1 and key.split()[-1] in ORGANIZATION_WORDS:
                self.others[owners[0]].mentions.extend(self._pop_other(key).mentions)

    def _fold_short_names(self) -> None:
        """'Rovers' or 'Nordvik' filed on its own is 'Riverton Rovers' or 'Nordvik Energy' when that is the only
        body so named, and 'the Harbour Board' is 'the Harbour Board of Leith' when that is the only body whose name
        begins so (see _short_name); so is a first word filed as a place ('a move to Harwick') that the sentences say
        acts or is a body ('Harwick said', 'the company Harwick') more often than they say something is in or at it,
        when one body's name begins with it ('Harwick Removals'); a town a body is named after stays a town ('in
        Porto'). Names of one word first, then the longer."""
        shorter = [k for k, e in self.others.items() if e.kind == "organization" or " " not in k and e.kind == "place" and k in self.acting]
        for key in sorted(shorter, key=lambda k: " " in k):
            if key not in self.others or key in ORGANIZATION_WORDS and all(m.sentence.text.startswith(m.surface) for m in self.others[key].mentions):
                continue  # "Union chief Tomas Kadlec": a capital only because it opens the sentence
            owner = self._short_name(key)
            if owner is not None and (self.others[key].kind == "organization" or short_name_of(key, owner)):
                self.others[owner].mentions.extend(self._pop_other(key).mentions)

    def _fold_initials(self) -> None:
        """'the CNB' is the 'Czech National Bank' another source names: a body said only by an acronym no source
        spells out is the one body of several words whose capitalised words' initials are its letters, in order or,
        a name translated with its words turned round, in another order ('AMN', 'National Maritime Authority'); it is
        named in full, as no source says what the acronym stands for, and a name opening with the acronym ('the CNB
        Communications Department') is the body's too."""
        defined = {fold(acronym) for acronym in self.acronyms.values()}
        said_short = [
            key for key, entity in self.others.items()
            if entity.kind == "organization" and key not in defined and len(key) >= 3
            and all(_is_acronym(_THE.sub("", m.surface)) for m in entity.mentions)
        ]
        for key in said_short:
            letters = sorted(key)
            owners = [
                other for other, entity in self.others.items()
                if entity.kind == "organization" and other not in defined and sorted(_initials(entity.mentions[0].surface)) == letters
            ]
            if len(owners) == 1:
                acronym = self._pop_other(key)
                self.initials[owners[0]] = _THE.sub("", acronym.mentions[0].surface)
                self.others[owners[0]].mentions.extend(acronym.mentions)
                for part in [k for k in self.name_ends.get(key, ()) if k.startswith(key + " ") and self.others[k].kind == "organization"]:
                    self.others[owners[0]].mentions.extend(self._pop_other(part).mentions)  # 'the CNB Communications Department'

    def _fold_company_forms(self) -> None:
        """'Harwick Brothers Ltd' is the 'Harwick Brothers' other sentences name: a body named with its legal form
        is the one named without it."""
        for key in [k for k, e in self.others.items() if e.kind == "organization" and len(e.mentions[0].surface.split()) > 1]:
            words = self.others[key].mentions[0].surface.rstrip(".").split()
            if words[-1] not in COMPANY_FORMS:
                continue
            bare = self._key(" ".join(words[:-1]).rstrip(","))
            if bare != key and bare in self.others and self.others[bare].kind == "organization":
                self.others[bare].mentions.extend(self._pop_other(key).mentions)

    def _fold_short_places(self) -> None:
        """'in Marco' after 'Marco de Canaveses': a town said by the first word of its name, when exactly one
        place of several words (not a venue, not 'the X region') begins with it."""
        for key in [k for k in self.others if " " not in k and self.others[k].kind == "place" and self.others[k].label == "place"]:
            owners = [
                other for other in self.name_ends.get(key, ()) if short_name_of(key, other)
                and self.others[other].kind == "place" and self.others[other].label == "place"
                and other.split()[-1] not in _LOWERCASE_PLACE_WORDS | VENUE_WORDS | HAPPENING_WORDS  # not "Valdivia Marathon"
            ]
            if len(owners) == 1:
                moved = self._pop_other(key)
                self.others[owners[0]].mentions.extend(moved.mentions)
                self.others[owners[0]].where_sources |= moved.where_sources

    def _fold_double_surnames(self) -> None:
        """'Carolina Fuentes' is 'Carolina Fuentes Rojas' when a source gives her double surname and the same
        given name; 'Andrés Molina' is 'Andrés Molina Fuentes' (the name said with a second surname), and 'Marta
        Mourão' is 'Marta Vaz Mourão', 'Lucía Vidal' 'Lucía Moreno-Vidal' (the name said by its last surname), 'Aroha
        Terangi' 'Aroha Te Rangi' (a surname of two words written as one)."""
        for key in [k for k in self.people if " " not in k]:
            given = set(self.first_names.get(key, ()))
            doubles = [
                other for other in self.people
                if short_name_of(key, other) and (not given or given & set(self.first_names.get(other, ())))
                or other.endswith(" " + key) and given & set(self.first_names.get(other, ()))
                or other != key and given & {  # "Andrés Molina Fuentes": a second surname; "Aroha Te Rangi": "Terangi" joined
                    words[0] for words in map(str.split, self.full_names.get(other, ()))
                    if len(words) == 3 and (fold(words[1]) == key or fold(words[1] + words[2]) == key)
                }
            ]
            if len(doubles) == 1:
                self.people_names.discard(key)
                self.people[doubles[0]].mentions.extend(self.people.pop(key).mentions)
                self.full_names[doubles[0]].update(self.full_names.pop(key, Counter()))
                self.first_names[doubles[0]].update(self.first_names.pop(key, Counter()))

    def _fold_surname_forms(self) -> None:
        """'Siobhan O'Brien' is the 'Siobhán Ní Bhriain' of another source, 'Eleni Chatzidaki' the 'Eleni Hatzidaki' of
        another: surnames that may be one written two ways (an Irish surname and its English form or its form for a
        woman, see _gaelic_stem; an opening sound transliterated two ways, see spirant_opened_alike), the same given
        name before both, are one person's; so is such a surname no source gives a given name, said of one person.
        'Huw Llywelyn' is the 'Huw Llewelyn' of another source: one vowel written for another (one_vowel_apart), only
        beside the same given name."""
        stems = {key: stem for key in self.people if (stem := self._gaelic(key)) is not None}
        sounds: defaultdict[str, list[str]] = defaultdict(list)  # only a surname of the same opening sound may be one
        skeletons: defaultdict[str, list[str]] = defaultdict(list)  # or of the same letters but for a vowel
        for key in self.people:
            sounds[opening_sound(key)].append(key)
            skeletons[vowel_skeleton(key)].append(key)
        for key in list(self.people):
            if key not in self.people:
                continue
            stem = stems.get(key)
            given = set(self.first_names.get(key, ()))
            same = [
                other for other in dict.fromkeys([*(stems if stem is not None else ()), *sounds[opening_sound(key)], *skeletons[vowel_skeleton(key)]])
                if other != key and other in self.people
                and (_one_surname(key, stem, other, stems.get(other)) or given and one_vowel_apart(key, other))
                and (not given or any(_same_given(a, b) and len(a) > 2 and len(b) > 2 for a in given for b in self.first_names.get(other, ())))
            ]
            if len(same) == 1:
                into = max((key, same[0]), key=lambda k: len(self.people[k].mentions))
                moved = same[0] if into == key else key
                self.people_names.discard(moved)
                self.people[into].mentions.extend(self.people.pop(moved).mentions)
                self.full_names[into].update(self.full_names.pop(moved, Counter()))
                self.first_names[into].update(self.first_names.pop(moved, Counter()))

    def _fold_name_orders(self) -> None:
        """'Tóth Réka' in one source is the 'Réka Tóth' of another: a name of two words given family name first, as
        Hungarian, Chinese or Korean write it, is the person whose two words they are the other way round; named in
        the order whose last word a source says alone ('Tóth said'), else as more mentions name it."""
        orders: dict[tuple[str, str], str] = {}
        for key in self.people:
            for full in self.full_names.get(key, ()):
                words = fold(full.replace("-", "")).split()
                if len(words) == 2:
                    orders.setdefault((words[0], words[1]), key)
        for (given, surname), key in orders.items():
            other = orders.get((surname, given))
            if other is None or other == key or key not in self.people or other not in self.people:
                continue
            into, moved = sorted((key, other), key=lambda k: (-self._said_alone(k), -len(self.people[k].mentions)))
            self.people_names.discard(moved)
            self.people[into].mentions.extend(self.people.pop(moved).mentions)
            self.first_names.pop(moved, None)
            for full, n in self.full_names.pop(moved, Counter()).items():
                if len(words := full.split()) == 2:
                    self.turned[full] = f"{words[1]} {words[0]}"
                    self.full_names[into][self.turned[full]] += n
                    self.first_names[into][words[1]] += n

    def _said_alone(self, surname: str) -> int:
        """How often a person is named by the surname alone ('Zhang said'): the word that is the family name."""
        return sum(fold(_THE.sub("", m.surface)) == surname for m in self.people[surname].mentions)

    def _gaelic(self, key: str) -> tuple[str, str] | None:
        """The Irish surname of a person, as its key or its full names end ('Máire Ní Bhriain': 'Bhriain' alone is
        the key when the event never names her 'Ní Bhriain')."""
        return _gaelic_stem(key) or next(
            (stem for full in self.full_names.get(key, ()) if (stem := _gaelic_stem(fold(" ".join(full.split()[-2:])))) is not None), None
        )

    def _fold_given_names(self) -> None:
        """'the sister of Luísa' filed Luísa as a body by the words around it; the one person the event names with that
        given name is who it is."""
        given: dict[str, list[str]] = defaultdict(list)
        for key, names in self.first_names.items():
            for name in {fold(n) for n in names if n.isalpha()} if key in self.people else ():
                given[name].append(key)
        for key in [k for k in self.others if " " not in k and self.others[k].kind == "organization"]:
            if len(given.get(key, ())) == 1 and all(m.described and not _is_acronym(m.surface) for m in self.others[key].mentions):
                self.people[given[key][0]].mentions.extend(self._pop_other(key).mentions)

    def _fold_full_names(self) -> None:
        """'went to Sindre Haugland of Norway', 'His coach Henryk Chowaniec says', 'CTO Priya Raghunathan told': a
        place or a body whose every mention is, or ends in after one word the lexicon does not take for a title, the
        full name of a person the event files elsewhere is that person: one name is one thing in an event. Not a name
        something is in or at ('in the Sierra Nevada' beside "Spain's Sierra Nevada", filed as a person)."""
        people: dict[str, str] = {}  # a person's full name as a mention gives it, or the surname alone, folded -> the person's key
        for key, person in self.people.items():
            for mention in person.mentions:
                words = mention.surface.split()
                if 2 <= len(words) <= 3 and _valid_name(words):
                    for name in (words, words[1:]) if len(words) == 3 else (words,):  # "Helm Ondřej Malina": a title glued on
                        people.setdefault(fold(" ".join(name)), key)
                    people.setdefault(key, key)
        if not people:
            return
        for key in [k for k in self.others if " " in k and not any(_said_where(m) for m in self.others[k].mentions)]:
            named = [self._full_name_in(m.surface, people) for m in self.others[key].mentions]
            found = [n for n in named if n is not None]
            whose = {person for person, _ in found if person in self.people}  # not one just dropped as a body's filing
            if len(found) == len(named) and len(whose) == 1 and any(" " in surface for _, surface in found):
                person = whose.pop()
                if self._a_body_filed_as_person(key, person):
                    self.others[key].mentions.extend(replace(m, role=None) for m in self.people.pop(person).mentions)
                    continue
                mentions = self._pop_other(key).mentions
                self.people[person].mentions.extend(replace(m, surface=surface, role=None) for m, (_, surface) in zip(mentions, found))

    def _a_body_filed_as_person(self, key: str, person: str) -> bool:
        """'The shipowner, Armadora Cervomar, said', 'X is a volunteer association': the person was filed only by a role
        bodies hold too, every mention naming the body, while the body's side carries a body's marks (its kind said
        beside it, 'its', a body's deeds): the body is who it is, and the person filing is the one to drop."""
        names = {fold(m.surface) for m in self.others[key].mentions}
        mentions = self.people[person].mentions
        return all(fold(m.surface) in names and _held_by_bodies_too(m) for m in mentions) and (
            key in self.bodies or key in self.things or any(m.described for m in self.others[key].mentions)
        )

    @staticmethod
    def _full_name_in(surface: str, people: dict[str, str]) -> tuple[str, str] | None:
        """The person whose full name `surface` is or ends in after one word, with that name as written."""
        words = surface.split()
        for tail in (words, words[1:]):
            if 1 <= len(tail) <= 3 and (person := people.get(fold(" ".join(tail)))) is not None:
                return person, " ".join(tail)
        return None

    def _fold_surnames(self) -> None:
        """'Weidinger's lawyer' filed Weidinger as a body; a person of that surname is who it is."""
        for key in [k for k in self.others if " " not in k and self.others[k].label in ("organization", "place")]:
            if self.others[key].kind == "place" and self.others[key].where_sources:
                continue  # "VALDIVIA — ...", "in Valdivia": a place, whoever is named after it ("Pedro de Valdivia")
            surname = self._surname_key(key)
            if surname in self.people and self._full(surname):
                self.people[surname].mentions.extend(self._pop_other(key).mentions)

    def _split_namesakes(self) -> None:
        """'Joe Biden' and 'Hunter Biden' share a surname but are two people: a surname whose full names give
        given names that cannot be one person's is one person per given name. A mention by the surname alone
        goes to the one of them its title fits ('President Biden'), else to none: it is ambiguous in the event."""
        for key in list(self.people):
            person = self.people[key]
            surname_words = len(key.split())
            groups: list[tuple[str, list[Mention]]] = []  # (given name, its mentions)
            bare: list[Mention] = []
            surfaces = {m.surface for m in person.mentions}
            for mention in person.mentions:
                surface = self.turned.get(mention.surface, mention.surface)  # "Tóth Réka" is "Réka Tóth"
                untitled = surface.split(" ", 1)[-1]  # "Comandante Rui Valadares" beside "Rui Valadares"
                given = _given_name(untitled if untitled in surfaces and len(fold(untitled).split()) > surname_words else surface, surname_words)
                group = next((g for g in groups if given and _same_given(g[0], given)), None)
                if given is None:
                    bare.append(mention)
                elif group is None:
                    groups.append((given, [mention]))
                else:
                    group[1].append(mention)
            groups = _spelled_alike(groups)
            if len(groups) < 2:
                continue
            del self.people[key]
            self.people_names.discard(key)
            split: list[Entity] = []
            for given, mentions in groups:
                new_key = f"{fold(given)} {key}"
                self.people_names.add(new_key)
                entity = self.people[new_key] = Entity("person", new_key, "person", mentions)
                self.first_names[new_key] = Counter(m.surface.split()[0] for m in mentions)
                self.full_names[new_key] = Counter(m.surface for m in mentions)
                split.append(entity)
            titled = [{_role_key(m.role) for m in e.mentions if m.role} for e in split]  # each one's titles, keyed once
            for mention in bare:  # (a mention joins one whose titles hold its own: they stay as they are)
                title = _role_key(mention.role) if mention.role else None
                fits = [e for e, titles in zip(split, titled) if title in titles]
                if len(fits) == 1:
                    fits[0].mentions.append(mention)

    def _fold_place_areas(self) -> None:
        """'the Arequipa region' is Arequipa when the sources also name Arequipa alone."""
        for key in list(self.others):
            words = key.split()
            bare = " ".join(words[:-1])
            if len(words) > 1 and words[-1] in _LOWERCASE_PLACE_WORDS and bare in self.others:
                if self.others[key].kind == "place" and self.others[bare].kind == "place":
                    moved = self._pop_other(key)
                    self.others[bare].mentions.extend(moved.mentions)
                    self.others[bare].where_sources |= moved.where_sources

    def entities(self) -> list[Entity]:
        self._fold_company_forms()
        self._fold_initials()
        self._fold_short_names()
        self._fold_tails()
        self._fold_place_areas()
        self._fold_short_places()
        self._fold_double_surnames()
        self._fold_surname_forms()
        self._fold_name_orders()
        self._fold_surnames()
        self._split_namesakes()
        self._fold_given_names()
        self._fold_full_names()
        for entity in self.others.values():
            entity.name = self._display(entity)
        bodies = [e for e in self.others.values() if e.kind == "organization"]
        result: list[Entity] = []
        for surname, person in self.people.items():
            person.name = self._person_name(surname, person)
            person.mentions = [_told_whose(m, bodies) for m in person.mentions]
            person.label = _common_role(person) or _part_played(person) or "person"
            result.append(person)
        result += self.others.values()
        for entity in result:
            entity.mentions.sort(key=lambda m: (source_order(m.sentence.source), m.sentence.index))
        return result

    def _person_name(self, surname: str, person: Entity) -> str:
        fulls = self.full_names.get(surname)
        if not fulls:
            return self._house(person.mentions[0].surface)
        titled = {full for full in fulls if len(full.split()) > 2 and full.split(" ", 1)[1] in fulls}
        if titled:  # "Comandante Rui Valadares" beside "Rui Valadares": a title the lexicon does not know
            fulls = Counter({full: n for full, n in fulls.items() if full not in titled})
        first = Counter({full.split()[0]: n for full, n in fulls.items()}).most_common(1)[0][0] if titled else \
            self.first_names[surname].most_common(1)[0][0]
        last_words = Counter(self._surname(m.surface.split()) for m in person.mentions)
        house_last = self.spellings.house(last_words.most_common(1)[0][0])
        full = max(fulls.items(), key=lambda item: (item[1], item[0].startswith(first)))[0]
        if self.spellings.house(full) is not None:
            return self.spellings.house(full) or full
        if house_last is not None:
            return f"{first} {house_last}"
        middle = full.split()[1:-1]
        last = last_words.most_common(1)[0][0]
        if full.split()[0] == first and all(w.lower() in NAME_PARTICLES for w in middle) and not (full == last or full.endswith(" " + last)):
            return " ".join([first, *middle, last])  # "Alexander De Croo" (but "Koen De Smet" is whole already)
        return full

    def _house(self, surface: str) -> str:
        return self.spellings.house(surface) or surface

    def _display(self, entity: Entity) -> str:
        """The house spelling; else an organisation's acronym or fullest name; else the commonest spelling."""
        house = self.spellings.house(entity.mentions[0].surface)
        if house is not None:
            return house
        if entity.kind == "organization":
            surfaces = [_THE.sub("", m.surface) for m in entity.mentions]
            acronyms = [s for s in surfaces if _is_acronym(s)] if entity.key not in self.initials else []
            return acronyms[0] if acronyms else max(surfaces, key=lambda s: (len(s.split()), -surfaces.index(s)))
        counts = Counter(_THE.sub("", m.surface) for m in entity.mentions)
        if entity.key in self.in_english:  # a country or city: as English names it, if only another language did
            counts = Counter({name: n for name, n in counts.items() if fold(name) == entity.key}) or Counter([self.in_english[entity.key]])
        return max(counts.items(), key=lambda item: (item[1], -_first_seen(entity, item[0])))[0]


# What a body does when it is the subject of its clause: a verb of saying, an auxiliary, a past tense; after
# the kind of body it is, if said ('The SNCF rail company cancelled'), or ', which' ('the Journal of X, which said');
# a present progressive ('the Inspectorate is reviewing').
_ACTS = re.compile(
    r"\)?\s*(?:\([^)]{1,12}\)\s*)?(?:,\s+which\s+|,[^,]{1,80},\s*)?(?:(?:[a-z-]+\s+)?(?:" + "|".join(sorted(ORGANIZATION_DESCRIPTORS)) + r")\s+)?"
    r"(?:(?:also|then|later|had|has|have|was|is|were|will|would|could)\s+)?"
    r"(?:[a-z]+ed|said|says|told|found|gave|sent|took|made|held|sought|kept|began|ran|led|paid|sold|cut|set|put|brought"
    r"|announce[sd]?|warns|says|estimates|reports|confirms|orders|rules|finds|wants|plans|demands|expects|intends|denies"
    r"|(?<=is )[a-z]+ing|(?<=was )[a-z]+ing|(?<=are )[a-z]+ing"
    r"|(?:had|has|have) to)\b"
)


def _owned_by_acronym(name: str, tail: str, entity: Entity) -> bool:
    """'UNESCO World Heritage Committee': the folded name is the tail after one word that the body's mentions write as
    an acronym, the body it belongs to."""
    owner = name[: -len(tail) - 1]
    return " " not in owner and any(fold(w) == owner and _is_acronym(w) for m in entity.mentions for w in _THE.sub("", m.surface).split()[:1])


def _national(words: str, others: dict[str, Entity]) -> bool:
    """A country, a nationality or a known place ('japan', 'norwegian', 'graz'): what a body's full name may
    add in front of the name it goes by at home."""
    return words in COUNTRIES or words in NATIONALITIES or words in others and others[words].kind == "place"


def acts(entity: Entity) -> bool:
    """A body named as doing something in the news ('the Seoul Central District Court found', 'The Financial
    Supervisory Service had warned', 'according to the European Forest Fire Information System'), not only
    as a qualifier or an object ('the European Union's scheme', 'appeal to the Seoul High Court')."""
    for mention in entity.mentions:
        text = mention.sentence.text
        at = text.find(mention.surface)
        if at < 0:
            continue
        if re.search(r"\baccording to (?:the )?$", text[:at]) or _ACTS.match(text[at + len(mention.surface) :]):
            return True
    return False


def _given_name(surface: str, surname_words: int) -> str | None:
    """The given name a mention of a person opens with ('Hunter' in 'Hunter Biden'); None for the surname alone,
    or one after a particle or title ('von der Leyen', 'Mr Biden'). Words are counted folded, as the surname's key
    is: 'Ann Hale-Moss' has a given name beside a key of two words."""
    if len(fold(surface).split()) <= surname_words:
        return None
    first = surface.split()[0]
    if first.lower() in NAME_PARTICLES or first.lower() in ROLE_WORDS or _HONORIFIC.fullmatch(first) or first in _NO_GIVEN_NAMES:
        return None
    return first


def _spelled_alike(groups: list[tuple[str, list[Mention]]]) -> list[tuple[str, list[Mention]]]:
    """'Brigid Chepkoech' in two sources, 'Bridget Chepkoech' in a third: given names spelled alike (same first
    letter, Jaro-Winkler 0.84 or more or the same consonants, as transliterations write them: 'Youssef', 'Yusuf';
    not one the other with a letter added: 'Daniel', 'Daniela') that no source names side by side are one
    person's, in the spelling most mentions use."""
    merged: list[tuple[str, list[Mention]]] = []
    for given, mentions in sorted(groups, key=lambda g: -len(g[1])):
        sources = {m.sentence.source for m in mentions}
        match = next((
            g for g in merged
            if ((a := fold(g[0])) [:1] == (b := fold(given))[:1] and (jaro_winkler(a, b) >= 0.84 or _consonants(a) == _consonants(b))
                or _vowel_opened_alike(a, b))
            and not (a.startswith(b) or b.startswith(a)) and not sources & {m.sentence.source for m in g[1]}
        ), None)
        if match is None:
            merged.append((given, list(mentions)))
        else:
            match[1].extend(mentions)
    return merged if len(merged) < len(groups) else groups


# An Irish surname's patronymic, by family: a son's or a daughter's (Ó, O', Ní, Uí) or a son's of (Mac, Mc, Nic, Mhic),
# then the name, whose first consonant the daughter's form softens ('Ní Bhriain', 'O'Brien'): compared without the 'h'.
_GAELIC = re.compile(r"^(?:(o'|o |ni |ui |ua )|(mac |mc|nic |mhic ))(?:([bcdfgmpst])h|(?=[a-z]))")


def _gaelic_stem(surname: str) -> tuple[str, str] | None:
    """(The patronymic's family, the name after it without a softening 'h') of a folded Irish surname: ('o', 'brien')
    for "o'brien", ('o', 'briain') for 'ni bhriain', ('mac', 'carthaigh') for 'nic charthaigh'; None for any other."""
    found = _GAELIC.match(surname)
    if found is None:
        return None
    return ("o" if found.group(1) else "mac", (found.group(3) or "") + surname[found.end() :])


def _one_surname(a: str, a_stem: tuple[str, str] | None, b: str, b_stem: tuple[str, str] | None) -> bool:
    """Two people's surname keys that may be one surname: Irish forms of one stem, or an opening sound
    transliterated two ways."""
    if a_stem is not None and b_stem is not None:
        return a_stem[0] == b_stem[0] and a_stem[1][:2] == b_stem[1][:2] and jaro_winkler(a_stem[1], b_stem[1]) >= 0.8
    return spirant_opened_alike(a, b)


def _body_spelled_alike(a: str, b: str) -> bool:
    """Two folded names of bodies that are one name spelled two ways: alike romanised ('sea link ferries'/'sealink
    ferries', 'saint brendan's trust'/'st brendan's trust'), or word for word the same name but for a spelling
    ('lindqvist shipping'/'lindquist shipping'), a word of it written alike; never two countries ('Bank of Austria',
    'Bank of Australia'), nor one word alike only by Jaro-Winkler ('Vestrapol', 'Vestrape')."""
    if romanised(a) == romanised(b):
        return True
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and not set(words_a).isdisjoint(words_b) and all(
        x == y or same_name(x, y) and x not in COUNTRIES and y not in COUNTRIES for x, y in zip(words_a, words_b)
    )


def _vowel_opened_alike(a: str, b: str) -> bool:
    """'Yevgeny'/'Evgeny', 'Olena'/'Yelena'/'Elena', 'Oleksandr'/'Aleksandr': folded given names opening with a vowel
    (or 'y', 'j', 'i' said as one) that transliterations and a language's own form write differently, the rest
    romanised alike and four letters or more (not 'Eli', 'Ali'; not 'Anna', 'Ian')."""
    rest_a, rest_b = (romanised(name).lstrip("aeiou") for name in (a, b))
    return (
        a[:1] in _VOWEL_OPENINGS and b[:1] in _VOWEL_OPENINGS and min(len(rest_a), len(rest_b)) >= 4
        and (rest_a == rest_b or jaro_winkler(rest_a, rest_b) >= 0.9)
    )


_VOWEL_OPENINGS = frozenset("aeiouyj")


def _consonants(name: str) -> str:
    """A folded name's first letter and the consonants after it, a doubled one once: 'Youssef' and 'Yusuf' are 'ysf'."""
    return name[:1] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", name[1:]))


def _same_given(a: str, b: str) -> bool:
    """Given names one person may go by: the same, an initial of the other ('J.'), a short form ('Alex' for
    'Alexander'), or a spelling variant."""
    a, b = (_given_form(name) for name in (a, b))
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return (
        len(shorter) == 1 and longer.startswith(shorter) or len(shorter) >= 3 and longer.startswith(shorter)
        or same_name(a, b) or spirant_opened_alike(a, b)
    )


def _given_form(name: str) -> str:
    """A given name folded, or of initials run together ('J.R.') the first: 'James' may be 'J.R.'."""
    return name[0].lower() if _given_initials(name) else fold(name).rstrip(".")


def _first_seen(entity: Entity, surface: str) -> int:
    """Where a spelling first appears among an entity's mentions (ties go to the earlier one)."""
    for index, mention in enumerate(entity.mentions):
        if mention.surface.endswith(surface):
            return index
    return len(entity.mentions)


_ITS = re.compile(r"\b[Ii]ts $")


def _held_by_bodies_too(mention: Mention) -> bool:
    """'The shipowner, X,', 'Operator X says', 'X is a volunteer association': a person's filing by a trade bodies
    ply as well ('owner', 'shipowner', 'operator'), or by a role cut short before a body's kind."""
    role = mention.role or ""
    if not role:
        return False
    head = role.split()[-1].lower()
    if any(head.endswith(trade) for trade in TRADES_OF_BOTH) or _kind_of_body(role):
        return True
    _, told, after = mention.sentence.text.partition(role)
    following = after.split()[:1]
    return bool(told and following) and following[0].strip(",.").lower() in BODY_KINDS_BEFORE_A_NAME


def _said_where(mention: Mention) -> bool:
    """'in southern Spain's Sierra Nevada', 'held in the Sierra Nevada': a name something is in or at."""
    words = mention.sentence.text.split(mention.surface, 1)[0].split()[-3:]
    return any(w.lower() in _WHERE_PREPOSITIONS for w in words)


def _told_whose(mention: Mention, bodies: list[Entity]) -> Mention:
    """'Its president, X' right after a sentence opening with the body's name, 'X, the agency's area manager' after
    one naming the Coastal Agency, 'the company's fleet manager' after one naming a company: a title said of a body
    named just before in the same source is that body's ('president of Halden Growers Association'). Not 'its' after
    a sentence about something else ('The tanker X, owned by Y, ran aground. Its master ...'), nor 'the study's'."""
    if not mention.role or " of " in f" {mention.role} ":
        return mention
    role, text, here = mention.role, mention.sentence.text, mention.sentence
    at = text.find(role)
    owner = re.match(r"(?P<kind>[a-z]+)[’']s ", role)
    if owner is not None and text[max(0, at - 4) : at].lower() == "the ":
        kind, role = owner["kind"], role[owner.end() :]
    elif at >= 0 and _ITS.search(text[max(0, at - 4) : at]):
        kind = ""
    else:
        return mention
    named = [  # bodies named before the title in its sentence or in the one before (a kind said: two before)
        (m.sentence.index, start, body) for body in bodies for m in body.mentions
        if m.sentence.source == here.source and (start := m.sentence.text.find(m.surface)) >= 0 and (
            here.index - (2 if kind else 1) <= m.sentence.index < here.index or m.sentence.index == here.index and start < at
        ) and (kind or start <= 4)  # 'its': the body the sentence before is about, opening it ('The X said ...')
    ]
    if kind:
        said = [n for n in named if kind in n[2].name.lower().split()]
        named = said or (named if kind in ORGANIZATION_DESCRIPTORS and (kind == "company" or kind not in BODY_HEAD_WORDS) else [])
    if not named:
        return mention
    return replace(mention, role=f"{role} of {max(named, key=lambda n: n[:2])[2].name}")


def _common_role(person: Entity) -> str | None:
    """The role most sources give, in the spelling first seen ('NATO Secretary General')."""
    roles = [m.role for m in person.mentions if m.role and m.role.lower() not in ("mr", "mrs", "ms", "mr.", "dr.")]
    if not roles:
        return None
    # what the person does now before a rank ('agency chief', not 'Colonel') or a past role ('former mayor of X'), then support
    counts = Counter(_role_key(r) for r in roles)
    for key in list(counts):  # 'chief executive' where another source says whose: 'Beta Systems chief executive'
        fuller = [k for k in counts if k != key and f" {key} " in f" {k} "]
        if fuller:
            counts[max(fuller, key=lambda k: (counts[k], len(k)))] += counts.pop(key)
    best = max(counts.items(), key=lambda item: (
        not _bare_rank(item[0]), item[0] not in NATIONALITIES, not item[0].startswith(("former ", "ex-")), item[1], len(item[0])
    ))[0]  # a nationality ('Kenyan') only when nothing else is said of the person
    spelled = Counter(r for r in roles if _role_key(r) == best)
    # "Striker" at a sentence start is "striker": prefer a spelling whose common words are in lower case
    return max(spelled, key=lambda r: (spelled[r], not (r.split()[0].lower() in ROLE_WORDS and r[0].isupper() and len(r.split()) == 1)))


# What a person with no title was in the story, by what their own clause says ('X, who was travelling with his
# children', 'said X, speaking from his hospital bed'), in this order: the first that fits.
_PARTS_PLAYED = (
    ("survivor", re.compile(
        r"\b(?:hospital bed|survived|(?:one of|among) the survivors|(?:was|were) (?:injured|hurt|wounded|rescued)|pulled (?:alive )?from)\b"
    )),
    ("passenger", re.compile(r"\b(?:on board|aboard|(?:was|were) travell?ing|a passenger|(?:one of|among) the passengers)\b")),
    ("patient", re.compile(r"\b(?:his|her|their) (?:\w+ )?(?:operation|surgery|treatment|appointment|dialysis|chemotherapy)\b")),
    ("eyewitness", re.compile(
        r"\b(?:saw it|saw what|witnessed|watched (?:it|as|from)|(?:was|were) watching|(?:saw|heard) (?:a|the) (?:bang|blast|explosion|crash|collapse))\b"
    )),
    ("resident", re.compile(r"^,?(?: \d{1,3},)? (?:who )?(?:lives|lived) (?:in|on|at|near|by|above|below|next to)\b")),
)


def _part_played(person: Entity) -> str | None:
    """A clear label for someone the sources give no title: the part the words right after their name say they
    played (the name's own clause, up to the next sentence break), the part most of their mentions say."""
    found: Counter[str] = Counter()
    for mention in person.mentions:
        text = mention.sentence.text
        at = text.find(mention.surface)
        own = re.split(r"[.;!?]", text[at + len(mention.surface) :], maxsplit=1)[0] if at >= 0 else ""
        part = next((name for name, cue in _PARTS_PLAYED if cue.search(own.lower())), None)
        if part:
            found[part] += 1
    return found.most_common(1)[0][0] if found else None


_POSSESSIVE_S = re.compile(r"[’']s\b")


def _role_key(role: str) -> str:
    return fold(_POSSESSIVE_S.sub("", role))
