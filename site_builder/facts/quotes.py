"""Direct quotations and who said them.

A quotation is text between quotation marks of at least four words (shorter ones
are scare quotes: "special military operation"; a short noun phrase or one after a
preposition says no statement: "during 'a very difficult period'"). The speaker is the name next
to a verb of saying ("..., said X", "X said: ...", "X told reporters"), or,
for "he said"/"she said", the last person the source named before; a sentence that is nothing but a
quotation is the speaker's whom the sentence before introduces.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .aliases import fold
from .entities import Entity, Mention
from .lexicon import AGENT_NOUNS, COMMENTATOR_WORDS, FUNCTION_WORDS, longest_first, NAME_PARTICLES, ORGANIZATION_WORDS, RANKS, ROLE_WORDS, SPEECH_VERBS
from .sentences import Sentence

_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
# The verbs of saying, and those only a quotation's tag uses for one ('"...," he joked', '"...," she repeats').
_SPEECH = "|".join(longest_first(SPEECH_VERBS | frozenset("joked jokes repeated repeats recalled recalls".split())))
# After the quotation: '..., he said', '..., said the allied official', '..., Medina told reporters',
# '..., Rosa Huaman, a resident of Chivay, told local radio'.
_AFTER = re.compile(
    rf"^[,.!?]?\s*(?:(?P<pronoun>he|she|they)\s+(?:{_SPEECH})\b"
    rf"|(?:{_SPEECH}|according to)\s+(?P<who>(?:\b[A-Z]\.|[^,.;]){{2,80}})"  # a middle initial: 'said Tomas J. Novak'
    rf"|(?P<named>(?:\b[A-Z]\.|[^.;“”\"]){{2,120}}?)\s+(?:{_SPEECH})\b)",  # 'S. Venkatraman said'
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(r"^(?:the|a|an)\s+[A-Za-z][\w\s-]{2,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class _Named:
    """A person as one source names them: key, display name, and the spellings the source uses."""

    key: str
    name: str
    surfaces: tuple[str, ...]
    titles: frozenset[str] = frozenset()  # the role words of the titles the source gives them ('mayor', 'chief')
    parts: frozenset[str] = frozenset()  # the words of their name no other person of the source bears ('Horvath')

    @property
    def spellings(self) -> tuple[str, ...]:
        return (*self.surfaces, *sorted(self.parts))


@dataclass(frozen=True)
class Quotation:
    sentence: Sentence
    words: str  # the quoted words, without the marks
    speaker: str | None  # person entity key, or a description ("the allied official"), None when unknown
    speaker_name: str | None  # as shown
    phrase: bool = False  # a bare noun phrase quoted (see _phrase): the speaker's words, but no statement to box
    fragment: bool = False  # two or three words quoted: no statement of its own, but part of one the speaker made
    inferred: bool = False  # the speaker is not named in the sentence: read from 'she said', a title or the lines before


def find_quotations(sentences: list[Sentence], people: list[tuple[Entity, list[Mention]]]) -> tuple[list[Quotation], dict[str, str]]:
    """The quotations of one source's sentences (in reading order), and for each of its sentences naming nobody that
    says 'he' or 'she' for a person, that person's name by the sentence's text: whoever a quotation's '..., he said'
    there would be (the claims' labels ask it). `people`: each person this source names, with the mentions in this
    source. One reading gives both: who is who is read once per source."""
    found: list[Quotation] = []
    pointed_to: dict[str, str] = {}
    previous: Quotation | None = None  # the quotation of the sentence before, if it had one
    for sentence, named, context in _read(sentences, people):
        pointed = None if named else _A_PERSON_POINTED_TO.search(sentence.text)
        if pointed:
            pronoun = "she" if re.search(r"\b(?:she|her)\b", pointed.group(), re.IGNORECASE) else "he"
            _, name = _pronoun_speaker(pronoun, sentence.text[: pointed.start()], named, context)
            if name:
                pointed_to[sentence.text] = name
        quoted_here = None
        tagged: tuple[re.Match, tuple[str | None, str | None]] | None = None  # the sentence's last quotation with a speaker
        for match in _QUOTED.finditer(sentence.text):
            words = (match.group(1) or match.group(2)).strip()
            if len(words.split()) in (2, 3):
                speaker = _speaker(sentence.text, match, named, context, context.everyone) if _worded(words) else (None, None)
                if speaker[0] is not None:  # 'said the evacuation had gone "calmly and quickly"'
                    found.append(Quotation(sentence, words, *speaker, fragment=True))
                continue
            if len(words.split()) < 4 or _is_title(words):
                continue
            speaker = _speaker(sentence.text, match, named, context, context.everyone)
            if speaker[0] is None and tagged and _TAG_BETWEEN.fullmatch(sentence.text[tagged[0].end() : match.start()]):
                speaker = tagged[1]  # one quotation the tag splits: '"...," she said, "..."'
            if speaker[0] is not None:
                tagged = (match, speaker)
            if _phrase(words, sentence.text[: match.start()]):
                found.append(Quotation(sentence, words, *speaker, phrase=True))
                continue
            if speaker[0] is None and _QUOTED.fullmatch(sentence.text.strip()):
                if previous is not None and previous.speaker:
                    speaker = (previous.speaker, previous.speaker_name)  # the speaker goes on: '"...," said X. "..."'
                elif previous is None:
                    speaker = _introduced(context)  # 'X said the dam had held.' then '"..."'
            tail = (
                previous is not None and previous.speaker is not None and previous.speaker == speaker[0]
                and previous.sentence.paragraph == sentence.paragraph and len(words.split()) <= TAIL_WORDS
            )
            quoted_here = Quotation(sentence, words, *speaker, phrase=tail, inferred=speaker[0] not in {None, *(n.key for n in named)})
            found.append(quoted_here)
        previous = quoted_here
    return found, pointed_to


TAIL_WORDS = 5  # the longest quotation read as the tail of the speaker's line before it, in the same paragraph
# What stands between the two parts of one quotation its tag splits: ' she said, ', ' Berg told reporters: '.
_TAG_BETWEEN = re.compile(rf"[,.]?\s+(?:[^“”\"]{{0,60}}\s)?(?:{_SPEECH})\b[^“”\"]{{0,40}}[,:]\s*", re.IGNORECASE)


def _introduced(context: _Context) -> tuple[str | None, str | None]:
    """Who speaks a sentence that is nothing but a quotation, when the sentence just before quotes nobody: the person
    it names as speaking ('Engineer Ola Berg said the dam had held.' then '"We checked every bolt."'), else the one
    person it names ('Nurse Ana Lind, 52, has worked nights for years.' then '"We are tired."'); nobody's when it
    names two and neither speaks, or someone it describes or names in a form not read as a person's speaks."""
    if context.since or not context.earlier:
        return None, None
    text, people = context.earlier[-1]
    if _someone_else(text, context.everyone):
        return None, None
    speaking = [p for p in people if _speaks(text, p) >= 0]
    if speaking:
        person = max(speaking, key=lambda p: _speaks(text, p))
    elif len(people) == 1:
        person = people[0]
    else:
        return None, None
    return person.key, person.name


def _read(sentences: list[Sentence], people: list[tuple[Entity, list[Mention]]]) -> Iterator[tuple[Sentence, list[_Named], _Context]]:
    """One source's sentences in reading order, each with the people it names and what the sentences before it
    tell of who its 'he' or 'she' is (the context is good until the next sentence is read)."""
    everyone = [
        _Named(person.key, person.name, tuple(sorted({m.surface for m in here})), _titles([person.label, *(m.role for m in here)]))
        for person, here in people
    ]
    everyone = _with_name_parts(everyone)
    mentioned: dict[int, set[str]] = {}
    for person, here in people:
        for mention in here:
            mentioned.setdefault(mention.sentence.index, set()).add(person.key)
    by_sentence: dict[int, list[_Named]] = {}
    for sentence in sentences:
        here = [named for named in everyone if named.key in mentioned.get(sentence.index, ()) or _named_by_part(sentence.text, named)]
        if here:
            by_sentence[sentence.index] = here
    genders = {named.key: _gender(named, [s.text for s in sentences if named in by_sentence.get(s.index, ())]) for named in everyone}
    earlier: list[tuple[str, list[_Named]]] = []  # the sentences naming people so far: who "he" is, when asked
    since: list[Sentence] = []  # the sentences since the last one naming people
    named_in = -1  # the paragraph of the last sentence naming people
    for sentence in sentences:
        named = by_sentence.get(sentence.index, [])
        turned = any(
            s.paragraph == sentence.paragraph != named_in and not _tells_of_someone_known(s.text, everyone) and _tells_of_someone_new(s.text, everyone)
            for s in since
        )
        yield sentence, named, _Context(earlier, [s.text for s in since], genders, everyone, turned)
        if named:
            earlier.append((sentence.text, named))
            since, named_in = [], sentence.paragraph
        else:
            since.append(sentence)


# A sentence naming nobody that tells what a person did or said by 'he' or 'she' for them: opening with it ('He was
# sworn in ...', 'Her organisation wants ...', 'But she warned ...') or saying who speaks with it ('..., he said.',
# 'The road, she said, ...').
_A_PERSON_POINTED_TO = re.compile(
    r"^(?:He|She|His|Her|(?:But|And|Yet|So)\s+(?:he|she|his|her))\b(?![’'-])"
    rf"|,\s+(?:he|she)\s+(?:(?:had|has|also)\s+)?(?:{_SPEECH})\b"
)


def _tells_of_someone_known(text: str, everyone: list[_Named]) -> bool:
    """Does a sentence naming none of the source's people as spelt tell of one: by 'he' or 'she' ('She handed in her
    letter.') or by a spelling of their name without its accents ('Sjoberg said ...' of 'Henrik Sjöberg')?"""
    folded = _folded_words(text)
    return bool(_A_PERSON_POINTED_TO.search(text)) or any(_folded_words(s) in folded for p in everyone for s in p.spellings)


# One a sentence describes as the subject it tells of: 'The new mayor, who ...', 'the winner promised ...'.
_THE_ONE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?P<noun>[\w-]+)(?:,|\s+(?:[a-z]+ed|was|is|had|has|promised|spoke|stood|told|said)\b)")


def _tells_of_someone_new(text: str, everyone: list[_Named]) -> bool:
    """Does a sentence tell of a person none of the source's people is: by a name they do not bear ('For Lucie
    Horakova, the move came late.', 'Architect Nikos Theodoridis stood ...') or as one described ('The new mayor
    thanked the voters.'), not by what a group is ('The couple were moved ...')?"""
    return any(_is_person_noun(m.group("noun")) for m in _THE_ONE.finditer(text)) or any(
        first.lower().rstrip(".") not in _NOT_A_NAME_PART and not _is_person_noun(first) and _unknown(f"{first} {second}", everyone)
        and _as_a_person(text[: m.start()].split())
        for m in _NAME_BEFORE_CLAUSE.finditer(text)
        for first, second in [m.groups()]
    )


# Two capitalised words before a comma or a lower-case word: a person's name as a subject ('Lucie Horakova, whose
# twins ...', 'Architect Nikos Theodoridis stood ...'), or a place's or a body's ('the Danube Bridge, which ...').
_NAME_BEFORE_CLAUSE = re.compile(r"(?=\b([A-ZÀ-Þ][\w’'.-]*)\s+([A-ZÀ-Þ][\w’'-]+)(?:,|\s+[a-z]))")


def _as_a_person(before: list[str]) -> bool:
    """Do the words before a name leave it a person's: none, an opening 'For' ('For Lucie Horakova, the move came
    late'), or a title ('Architect', 'organ builder'); not an article or a preposition ('the Danube Bridge', 'at
    Weingut Berg', 'than Hvar town')?"""
    return not before or before == ["For"] or before[-1].lower() not in FUNCTION_WORDS


_NOT_A_NAME_PART = FUNCTION_WORDS | ROLE_WORDS | NAME_PARTICLES  # no word that tells one person from another


def _with_name_parts(everyone: list[_Named]) -> list[_Named]:
    """Each person's spellings with the words of their name no other person of the source bears: a source
    naming 'Horvath Janos' once may call him 'Horvath' after, whichever order his names came in."""
    parts = {
        named.key: {
            w for s in named.surfaces for w in re.findall(r"[^\W\d_][\w’'-]{3,}", s)
            if w[0].isupper() and w.lower() not in _NOT_A_NAME_PART
        }
        for named in everyone
    }
    shared = {w for key, words in parts.items() for other, theirs in parts.items() if other != key for w in words & theirs}
    return [_Named(n.key, n.name, n.surfaces, n.titles, frozenset(parts[n.key] - shared)) for n in everyone]


def _named_by_part(text: str, named: _Named) -> bool:
    return any(part in text and _whole(part).search(text) for part in named.parts) and not _another_of_the_name(text, named)


_TWO_CAPITALISED = re.compile(r"(?=\b([A-ZÀ-Þ][\w’'.-]*)\s+([A-ZÀ-Þ][\w’'-]+))")


def _another_of_the_name(text: str, named: _Named) -> bool:
    """Does the text give a word of the person's name to someone else, after a given name they do not bear
    ('master organ builder Henrique Vilarinho' beside 'Artur Vilarinho', the workshop's founder) or a firm's word
    ('Órgãos Vilarinho')? A title before it ('Mr Vilarinho') names the person."""
    own = set(" ".join(fold(s) for s in named.surfaces).split())
    parts = {fold(part) for part in named.parts}
    return any(
        fold(second) in parts and fold(first) not in own and first.lower() not in _NOT_A_NAME_PART
        for first, second in _TWO_CAPITALISED.findall(text)
    )


@lru_cache(maxsize=4096)
def _whole(spelling: str) -> re.Pattern[str]:
    """A spelling as a whole name ('Berg', not the one inside 'Bergman' or 'Berg-Lund'), compiled once, not made
    again for each sentence searched; callers search only sentences holding the spelling at all."""
    return re.compile(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])")


@dataclass(frozen=True)
class _Context:
    """What the sentences before a quotation tell of who "he" or "she" is."""

    earlier: list[tuple[str, list[_Named]]]  # the sentences naming people, in reading order
    since: list[str]  # the sentences naming nobody since the last of them
    genders: dict[str, str | None]  # person key: "he", "she", or None when the source does not tell
    everyone: list[_Named]  # the people the source names
    # The paragraph opened, after the last one naming people, on a sentence telling of someone new, by a name none of
    # the source's people bear or as one described ('For Lucie Horakova, the move came late.', 'The new mayor thanked
    # the voters.'), and of no one the source named before: it turned to them, whom a 'she said' in it tells of, not
    # the person of the paragraphs before.
    turned: bool


def _worded(words: str) -> bool:
    """A few quoted words that say something of their own: two words or more that are no function words ('calmly and
    quickly', 'full responsibility'; not 'no alternative', 'the only honest'), and no title."""
    return sum(w.lower() not in FUNCTION_WORDS for w in re.findall(r"[\w’'-]+", words)) >= 2 and not _is_title(words)


def _is_title(words: str) -> bool:
    """'"Takin’ It to the Streets,"', '"What a Fool Believes."': a song, book or campaign named in Title Case
    (with the comma or full stop US style puts inside the marks), not words someone said."""
    return all(w[0].isupper() or w.lower() in FUNCTION_WORDS for w in re.findall(r"[^\W\d_][\w’'-]*", words))


_DETERMINER = re.compile(r"^(?:a|an|the|no|some|this|that|these|those|our|their|his|her|its|my|your|every|such)\s", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)\b|n[’']t\b",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:during|for|of|in|on|at|with|about|from|by|into|over|after|before|amid|despite|through|under)\s*$", re.IGNORECASE)


def _phrase(words: str, before: str) -> bool:
    """Words quoted as a bare noun phrase say no statement: a short one ('she had lost "a good day's takings"',
    'the evidence left "no room for doubt"') or one after a preposition ('thanked her for her work during "a
    very difficult period for public health"'); a longer one said as what a thing is or does is kept ('called the
    theft "a blow to the heart of our city"', 'would give the group "a front door to North America"').
    Nor does a piece of the reporter's own clause (see _fragment)."""
    if _fragment(words):
        return True
    if not _DETERMINER.match(words) or _VERB.search(words):
        return False
    return len(words.split()) < 5 or bool(_AFTER_PREPOSITION.search(before.rstrip()))


_OPENING_PREPOSITION = re.compile(
    r"^(?:on|in|at|into|onto|within|from|by|with|without|under|over|after|before|during|since|for|to|towards?|through|across|behind|near|inside|outside)\s"
)
_OPENING_AUXILIARY = re.compile(r"^(?:must|will|would|can|could|shall|should|may|might|has|have|had|is|are|was|were)\s")


# What makes a few lower-case words a statement: a subject pronoun or a verb in the past ('"we ran upwind"',
# '"everything collapsed"'), besides an auxiliary or a modal (_VERB).
_STATEMENT = re.compile(r"\b(?:I|we|you|he|she|it|they|[a-z]+ed|went|came|fell|ran|took|gave|made|saw|told|said|broke|lost|left|knew)\b")
NO_STATEMENT_WORDS = 8  # the longest run of lower-case words without a verb read as a piece of the reporter's clause


def _fragment(words: str) -> bool:
    """A few quoted words that finish the reporter's clause: the speaker's words, but no statement of their own.
    They open in lower case with a preposition and hold no verb ('crews were "on the scene within minutes"'),
    with an auxiliary whose subject is the reporter's ('the firm "must now pay it back"'), or with any other
    word but an article and hold no verb at all ('the odds were "shrinking by the minute"', 'admitted "grave
    lapses in the bookkeeping"', 'knew "most of the neighbours"'). 'said "within an hour the roof had fallen
    in"' and 'said "we ran for the door"' are statements; a phrase opened by an article is judged by _phrase."""
    count = len(words.split())
    if count <= 6 and (_OPENING_PREPOSITION.match(words) and not _VERB.search(words) or _OPENING_AUXILIARY.match(words)):
        return True
    return (
        count <= NO_STATEMENT_WORDS and words[:1].islower() and not _DETERMINER.match(words)
        and not _VERB.search(words) and not _STATEMENT.search(words)
    )


def _speaker(
    text: str, match: re.Match, named: list[_Named], context: _Context, everyone: list[_Named]
) -> tuple[str | None, str | None]:
    after = _AFTER.match(text[match.end() :])
    if after and after.group("named") and not _closed(match, text):
        after = None  # 'said, "We are relieved" at the news, adding that Y had asked ...': Y is no tag's speaker
    if after and after.group("pronoun"):
        if after.group("pronoun").lower() == "they":
            return None, None  # '"...," they said': a body's or several people's words, no one person's
        return _pronoun_speaker(after.group("pronoun").lower(), text[: match.start()], named, context)
    if after and (after.group("who") or after.group("named")):
        who = (after.group("who") or after.group("named")).strip()
        apposition = _apposition(text[match.end() + after.end() :]) if after.group("who") else ""
        for part in (who, apposition):  # 'said Ana Lind, director of Lind Tours' is Ana Lind's
            if person := _tag_speaker(part, named):  # 'X, Y's husband, said' is X's
                return person.key, person.name
        person = _named_in(who + apposition, everyone)
        if person:
            return person.key, person.name
        described = _described(re.split(r"\s+(?:who|which|that|in|on|at)\s+", who)[0], everyone)
        if described:
            return described
    before = text[: match.start()]
    if not _mentioned_in(before, named):
        if opening := _PRONOUN_SAYS.match(before):  # 'She called them "...".', 'He added: "..."'
            return _pronoun_speaker(opening.group("pronoun").lower(), before, named, context)
        if opening := _DESCRIBED_SAYS.search(before):  # 'The museum said: "..."', 'According to the regulator, "..."'
            return _described(opening.group("who") or opening.group("source"), everyone) or (None, None)
    person = _last_named(before, named) if _mentioned_in(before, named) else None
    if person and _speaks(before, person) < 0 and _REPORTED.search(before[: _position(before, person)]):
        return None, None  # 'Richardson said that Rudolph "can't ...': words about Rudolph, by someone unnamed
    return (person.key, person.name) if person else (None, None)


_CLOSING = ",.!?…:;—-"  # what closes a quotation's clause, inside the marks or right after them


def _closed(match: re.Match, text: str) -> bool:
    """Does the quotation close its clause, so that a name and a verb of saying after it are its tag: its words end
    in a comma or a stop ('"...," Lind said', '"...?" Lind asked'), or one follows the marks (UK style '"...", Lind
    said')? Words quoted within the reporter's clause ('X said, "We are relieved" at the news, adding that Y had
    asked ...') had their tag before them: what follows goes on with the reporter's sentence."""
    words = (match.group(1) or match.group(2)).rstrip().rstrip("’'\"”").rstrip()
    following = text[match.end() :].lstrip()[:1]
    return bool(words) and words[-1] in _CLOSING or bool(following) and following in _CLOSING


def _tag_speaker(tag: str, named: list[_Named]) -> _Named | None:
    """The person a tag names, not one it names only as owning someone: 'Per Berg, Anna Lind's husband, said' and
    'Anna Lind's husband Per Berg said' are Per Berg's."""
    return next((p for p in named if any(s in tag for s in p.spellings) and not _owner_only(tag, p)), None)


# A sentence that opens by telling what 'he' or 'she' said, before the quotation ('She called them "..."', 'But he
# added that ...').
_PRONOUN_SAYS = re.compile(rf"^(?:(?:But|And|Yet|So|Later|Then),?\s+)?(?P<pronoun>He|She)\s+(?:(?:also|then|later|has|had)\s+)?(?:{_SPEECH})\b")


# A body or someone the source describes, giving the quotation as what they said ('In a statement, the museum
# said: "..."', 'According to the regulator, "..."'), not quoting a few of their words in the reporter's clause
# ('the regulator said it was "..."', whose sentence stays a claim).
_DESCRIBED_SAYS = re.compile(
    rf"(?:^|,\s+)(?P<who>(?:the|The)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:(?:has|had|also)\s+)?(?:{_SPEECH})\b[^“”\"]{{0,30}}[:,]\s*$"
    r"|^According to\s+(?P<source>the\s+[^,“”\"]{2,40}),\s*$"
)


def _described(who: str, everyone: list[_Named]) -> tuple[str, str] | None:
    """The speaker a tag gives by a title or a description ('the mayor', 'the allied official', 'the museum'): the one
    person the source gives that title to, else the description; None when two people hold the title, or the
    words are no description."""
    holders = _title_holders(who, everyone)
    if len(holders) == 1:
        return holders[0].key, holders[0].name
    if not holders and _DESCRIPTION.match(who):  # a title two people hold is nobody's
        who = who[0].lower() + who[1:]  # 'The museum said', as 'said the museum'
        return f"description:{who.lower()}", who
    return None


_APPOSITION = re.compile(r",\s+(?P<name>(?:[A-Z]\.|[A-Z])(?:\b[A-Z]\.|[^,.;“”\"]){1,60})")


def _apposition(rest: str) -> str:
    """The name a tag gives after the speaker's title ('said its technical director, J. Okoro'), as ' J. Okoro'."""
    found = _APPOSITION.match(rest)
    return f" {found.group('name')}" if found else ""


def _named_in(tag: str, everyone: list[_Named]) -> _Named | None:
    """The one person a speaker's tag names as the source spells them elsewhere, with or without the accents
    ('Stastny said' of 'Pavel Šťastný'), hyphens or full stops; None when it names nobody or two."""
    words = _folded_words(tag)
    found = [
        p for p in everyone
        if any(spelt in words and not any(f" {w}{spelt}" in words for w in ("of", "at", "for")) for spelt in map(_folded_words, p.spellings))
        and not _another_of_the_name(tag, p)
    ]  # not the body 'of' or 'at' which the speaker works ('director of Lind Tours'), nor another of the name
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1 << 14)  # asked of the same spellings for each sentence of a paragraph turned to someone else
def _folded_words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", fold(text))) + " "


def _pronoun_speaker(pronoun: str, before: str, named: list[_Named], context: _Context) -> tuple[str | None, str | None]:
    """Who '..., she said' is: the nearest person named before, the one named as speaking first within a
    sentence, passing over one the source tells is of the other sex ('Union head Karl Weber ...', 'Anna Lind,
    a mother of two, ...', '"...," she said' is Anna's). Someone the source describes without a name since the
    last person named ('A nurse at the clinic said ...') is who speaks, and the words are nobody's named; one the
    sentence just before names and tells is a person, whom the source's people do not hold ('The first to hear it was
    Ola Berg, a student on duty.'), speaks when that sentence tells of no one else. A paragraph that turned to someone
    else (see _Context.turned) reaches back to no one of the paragraphs before: the words are nobody's named."""
    if context.since and not before.strip() and (apposed := _one_apposed(context.since[-1], context.everyone)):
        return f"named:{fold(apposed)}", apposed
    if any(_someone_else(text, context.everyone) for text in (*context.since, before)):
        return None, None
    candidates = [(before, named)] if named and _mentioned_in(before, named) else []
    if context.turned and not candidates:
        return None, None  # '... Lucie Horakova ... "...," she said' after a paragraph naming Radek Sindelar
    candidates += reversed(context.earlier[-_PRONOUN_REACH:])
    for text, people in candidates:
        ranked = sorted((p for p in people if _position(text, p) >= 0), key=lambda p: p != _last_named(text, people))
        ranked = [ranked[0], *sorted(ranked[1:], key=lambda p: -_position(text, p))] if ranked else []
        for person in ranked:
            if _employer_only(text, person):  # 'Dealer Jan Nowak of Nowak Antiques said ...': Jan Nowak speaks
                worker = _worker(text, person, people)
                return (worker.key, worker.name) if worker else (None, None)
            if pronoun == "they" or context.genders.get(person.key) in (None, pronoun):
                return person.key, person.name
    return None, None


_PRONOUN_REACH = 4  # the sentences naming people looked back over for who "she" is
# Who a source tells of by what they are, not by name ('a mother of two', 'Residents said').
_PERSON_NOUNS = frozenset(
    """woman man mother father parent resident neighbour neighbor shopper customer passenger witness tourist visitor
    pensioner student nurse doctor worker employee driver teacher local farmer fan survivor patient villager guest
    official owner relative friend spectator commuter motorist volunteer girl boy rescuer investigator authorities
    people family families winner""".split()
) | AGENT_NOUNS | COMMENTATOR_WORDS | ROLE_WORDS
# One the source describes, not names, opening a sentence ('A mother of two ...', 'One shopper, who ...').
_DESCRIBED = re.compile(r"^(?:A|An|One|Another)\s+(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)")
# A name speaking ('Horvath said ...', 'According to Horvath, ...', 'Site engineer Eva Horvath said', 'At the camp, Eva Horvath, a mother of four, said ...':
# an apposition telling what a person is, after an opening phrase or none), or a name acting for themselves
# ('Late that night Horvath thanked her staff': whoever 'she' is next).
_NAME_SPEAKING = re.compile(
    rf"(?:^|[.;:]\s+)(?P<name>[A-Z][^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:{_SPEECH})\b"
    rf"|\baccording to\s+(?P<source>[A-Z][^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),"
    r"|^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s+)?(?P<actor>[A-Z][^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:\s+[a-z]+){1,8}?\s+(?:his|her)\s"
    rf"|(?:^|[.;:]\s+)(?P<title>(?:[\w-]+\s+){{1,4}}?)(?P<titled>[A-Z][^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:{_SPEECH})\b"
    rf"|(?:^|^[^,“”\"]{{2,60}},\s+)(?P<apposed>[A-Z][^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}),\s+(?P<what>[^,“”\"]{{3,80}}),\s+(?:{_SPEECH})\b"
)


# A name the words after it tell is a person's, wherever it stands: 'The first to reach her was Ola Berg, a
# student on duty at the pier.', 'For crane driver Ola Berg, 61, who has worked there for years, ...'.
_PERSON_APPOSED = re.compile(
    r"(?P<name>[A-ZÀ-Þ][^\W\d_][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2}),\s+(?:\d{1,3},\s+)?(?:who\b|(?:a|an)\s+(?P<what>[^,.;“”\"]{2,60}))"
)
_APPOSITION_HEAD = re.compile(r"\s+(?:of|at|in|on|from|for|with|to|who|which|that)\s+")


def _someone_else(text: str, everyone: list[_Named]) -> bool:
    """Does the text tell of someone speaking or acting who is no person of the source's we know: one described ('A
    mother of two said ...'), named in a form not read as a person's ('Horvath said they would fly home'), or named
    with words telling a person ('Ola Berg, a student on duty, ...', 'Ola Berg, who ...')?"""
    described = _DESCRIBED.match(text)
    if described and any(map(_is_person_noun, described.group("words").split())):
        return True
    return any(_unknown(name, everyone) for name in (*_persons_speaking(text), *_persons_apposed(text)))


def _persons_speaking(text: str) -> Iterator[str]:
    """The names the text tells as a person's speaking or acting (see _NAME_SPEAKING)."""
    for match in _NAME_SPEAKING.finditer(text):
        if match.group("apposed") and not any(map(_is_person_noun, re.findall(r"[\w-]+", match.group("what")))):
            continue  # 'Lindqvist AB, the grain trader, said': no person told
        if match.group("titled") and not any(map(_is_person_noun, re.findall(r"[\w-]+", match.group("title")))):
            continue  # 'The Lindqvist Group said': no title of a person before the name
        yield next(match.group(g) for g in ("name", "source", "apposed", "actor", "titled") if match.group(g))


def _persons_apposed(text: str) -> Iterator[str]:
    """The names the text tells as a person's by the words after them (see _PERSON_APPOSED)."""
    for match in _PERSON_APPOSED.finditer(text):
        head = _APPOSITION_HEAD.split(match.group("what"))[0].split() if match.group("what") else []
        if match.group("what") is None or head and _is_person_noun(head[-1]):  # not 'a regional company that runs ...'
            words = match.group("name").split()
            while len(words) > 1 and (_is_person_noun(words[0]) or words[0].lower() in RANKS):
                words = words[1:]  # 'Mayor Ola Berg, who ...' names Ola Berg
            yield " ".join(words)


def _one_apposed(text: str, everyone: list[_Named]) -> str | None:
    """The one person the text names with words telling a person ('Ola Berg, a student on duty', 'Ola Berg, who ...'),
    whom the source's people do not hold, when it describes or names no one else; None otherwise."""
    apposed = {name for name in _persons_apposed(text) if _unknown(name, everyone)}
    if len(apposed) != 1 or _DESCRIBED.match(text) or any(_unknown(name, everyone) for name in set(_persons_speaking(text)) - apposed):
        return None
    return apposed.pop()


def _unknown(name: str, everyone: list[_Named]) -> bool:
    """A name that is no person of the source's we know, nor a body's or a description's words."""
    words = name.lower().split()
    if words[0] in FUNCTION_WORDS or any(w in ORGANIZATION_WORDS or _is_person_noun(w) for w in words):
        return False
    return not any(fold(surface) in fold(name) or fold(name) in fold(surface) for p in everyone for surface in p.spellings)


def _is_person_noun(word: str) -> bool:
    word = word.lower()
    return any(form in _PERSON_NOUNS for form in (word, word.removesuffix("s"), word.removesuffix("es")))


_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HIS_TITLE = re.compile(
    r"\b(?:Mr|Sir|Herr|Monsieur|father|husband|son|brother|grandfather|man|boy|widower|uncle|spokesman|chairman|businessman)\b", re.IGNORECASE
)
_HER_TITLE = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madame|Mme|Frau|Lady|Dame|mother|wife|daughter|sister|grandmother|woman|girl|widow|aunt|spokeswoman"
    r"|chairwoman|businesswoman|actress)\b",
    re.IGNORECASE,
)


_NEXT_NAME_OR_QUOTE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+|[“\"]")  # where what follows a name stops telling of them


def _gender(person: _Named, texts: list[str]) -> str | None:
    """'he' or 'she' as the sentences naming the person tell next to the name: a title before it ('Mrs Lind'), an
    apposition after it ('Anna Lind, a mother of two,') or a pronoun that follows before anyone else is named or
    quoted ('Karl Weber said his members ...'); None when they tell nothing or both."""
    he = she = 0
    for text in texts:
        for surface in person.spellings:
            if surface in text:  # most sentences of a source do not name this person: no pattern made for them
                for_him, for_her = _gender_votes(surface, text)
                he, she = he + for_him, she + for_her
    if he == she:
        return None
    return "he" if he > she else "she"


@lru_cache(maxsize=1 << 15)  # a big story's sources repeat wire copy naming the same people word for word
def _gender_votes(surface: str, text: str) -> tuple[int, int]:
    """What a sentence tells of the gender of the person it names so (see _gender): the words for a man, for a woman."""
    he = she = 0
    for at in _occurrences(surface, text):
        before = " ".join(text[:at].split()[-2:])
        rest = text[at + len(surface) :]
        after = rest[: end.start()] if (end := _NEXT_NAME_OR_QUOTE.search(rest)) else rest
        apposition = after.split(",")[1] if after.startswith(",") and after.count(",") >= 2 else ""
        if apposition.lstrip().startswith("whose "):
            apposition = ""  # 'X, whose father founded the firm,': the father is another's title, not X's
        # after 'X's office' or 'X's husband' a pronoun tells of the one owned, not of X
        pronouns = "" if rest[:2] in ("'s", "’s") else " ".join(after.split()[:12])
        he += len(_HIS_TITLE.findall(f"{before} {apposition}")) + len(_HE.findall(pronouns))
        she += len(_HER_TITLE.findall(f"{before} {apposition}")) + len(_SHE.findall(pronouns))
    return he, she


def _occurrences(surface: str, text: str) -> Iterator[int]:
    """Where `surface` starts in `text`, the occurrences not overlapping (as a pattern of the words finds them,
    without making one per name)."""
    at = text.find(surface)
    while at >= 0:
        yield at
        at = text.find(surface, at + max(len(surface), 1))


def _titles(roles: list[str | None]) -> frozenset[str]:
    """The role words of a person's titles, the title only ('chief executive', not 'of the Port Authority')."""
    return frozenset(
        word for role in roles if role for word in re.split(r"\s+(?:of|at|for|with|in)\s+", role.lower())[0].split() if word in ROLE_WORDS
    )


def _title_holders(who: str, everyone: list[_Named]) -> list[_Named]:
    """Who a speaker told by title alone may be ('..., the mayor said', 'said the fire chief'): the people the source
    gives that title to, the one of them the speaker; none when the words are no title ('the company said')."""
    match = re.fullmatch(r"the\s+(?:[a-z][\w-]*\s+){0,3}(?P<title>[a-z][\w-]*)", who.strip(), re.IGNORECASE)
    if match is None or match.group("title").lower() not in ROLE_WORDS:
        return []
    return [p for p in everyone if match.group("title").lower() in p.titles]


def _position(text: str, person: _Named) -> int:
    return max((text.rfind(surface) for surface in person.spellings), default=-1)


# What follows a speaker's name: "X said", "X, the Kremlin spokesman, told", "X has also said", "X's office said".
_SAYS = re.compile(
    rf"^(?:[’']s\s+(?:office|spokes\w+|team|lawyer)\s+)?(?:,[^,“”\"]{{1,80}},)?\s+"
    rf"(?:(?:has|had|have|also|then|later|again|once|previously|would|will|is|was)\s+)*(?:{_SPEECH})\b"
)
_REPORTED = re.compile(rf"\b(?:{_SPEECH})\s+(?:that\s+)?$")  # 'said that Y': Y is who the words are about
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:[\w.’'-]+\s+){0,4}$")


def _speaks(text: str, person: _Named) -> int:
    """Where in `text` the person is last named as the one speaking ('X said that Y "..."' names X), or -1."""
    spoken = -1
    for surface in person.spellings:
        at = text.find(surface)
        while at >= 0:
            if _SAYS.match(text[at + len(surface) :]) or _ACCORDING_TO.search(text[:at]):
                spoken = max(spoken, at)
            at = text.find(surface, at + 1)
    return spoken


def _mentioned_in(text: str, people: list[_Named]) -> bool:
    return any(_position(text, p) >= 0 for p in people)


def _last_named(text: str, people: list[_Named]) -> _Named:
    """The person last named in `text` as speaking ('Peskov told reporters that Stoltenberg ...' names Peskov),
    else the person last named."""
    speaks = {person: _speaks(text, person) for person in people}
    speaking = max(people, key=speaks.__getitem__)
    if speaks[speaking] >= 0:
        return speaking
    # one named only as owning something ('Simmons teed up McDonald's cameo') is not the one acting
    acting = [p for p in people if not _owner_only(text, p)] or people
    return max(acting, key=lambda p: _position(text, p))


def _employer_only(text: str, person: _Named) -> bool:
    """Every mention of the 'person' in `text` follows another name and 'of' or 'at' ('Jan Nowak of Nowak Antiques'):
    a firm named after someone, where the one named before works."""
    spans = _spans(text, person)
    return bool(spans) and all(re.search(r"[A-Z][\w’'-]+,?\s+(?:of|at)\s+$", text[:start]) for start, _ in spans)


def _worker(text: str, firm: _Named, people: list[_Named]) -> _Named | None:
    """The person named right before the firm ('Jan Nowak' of 'Jan Nowak of Nowak Antiques'), if the source names them."""
    heads = [text[:start] for start, _ in _spans(text, firm)]
    return next(
        (p for p in people if p != firm and any(re.search(rf"{re.escape(s)},?\s+(?:of|at)\s+$", head) for head in heads for s in p.spellings)),
        None,
    )


def _owner_only(text: str, person: _Named) -> bool:
    """Every mention of the person in `text` is possessive ("McDonald's cameo")."""
    spans = _spans(text, person)
    return bool(spans) and all(text[end : end + 2] in ("'s", "’s") for _, end in spans)


def _spans(text: str, person: _Named) -> list[tuple[int, int]]:
    """Where the person is named in `text`, each mention whole ('Anna Berg', not its 'Berg' again)."""
    spans = {m.span() for s in person.spellings if s in text for m in _whole(s).finditer(text)}
    return sorted((start, end) for start, end in spans if not any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans))


# --- reported speech: what is claimed, without who claims it --------------------------------

# The verbs that frame reported speech ('X said ...', '..., X told reporters'), not the ones that tell an act
# ('declared a state of emergency', 'called a strike', 'claimed responsibility', 'announced a recall').
_REPORTING_VERBS = "said says say told tells added adds stated explained noted insisted confirmed stressed warned".split()
_REPORTING = "(?:" + "|".join(_REPORTING_VERBS) + ")"
_WHEN_SAID = r"(?:\s+(?:late|early)?\s*(?:on|in|last)\s+[A-Z]\w+(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:yesterday|today|on\s+\w+)|\s+in\s+a\s+statement)*"
# A speaker is a name or a description: words that open a clause or make a verb phrase say it is a claim.
_CLAUSE_WORDS = (
    r"\b(?:that|which|who|whose|when|where|after|before|because|while|if|although|would|will|was|were|is|are|had|has"
    r"|have|be|been|could|should|may|might|can|not)\b"
)
# 'Nimbara Cloud said the outage was caused by ...', 'Chief executive X said on Tuesday that ...',
# 'X told local radio that ...': a speaker (no clause of its own) and a verb of saying open the sentence.
_SAID_FIRST = re.compile(
    rf"^(?P<speaker>[^“”\"]{{2,150}}?)\s+{_REPORTING}(?:\s+(?:reporters|journalists|[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){{0,3}}|(?:the\s+|local\s+)*[a-z]+\s+(?:radio|television|TV|newspaper|media)))?{_WHEN_SAID}(?:,)?\s+(?:that\s+)?(?P<claim>.+)$"
)
# '..., the prosecutor's office said.', '..., spokesman X told BelNews.', '..., said X, the mayor.', '..., according to police.'
_SAID_LAST = re.compile(
    rf"^(?P<claim>.+?),\s+(?P<speaker>(?:according\s+to|{_REPORTING})\s+[^,“”\"]{{2,100}}(?:,\s+[^,“”\"]{{2,60}})?"
    rf"|[^,“”\"]{{2,100}}?\s+{_REPORTING}\b[^,“”\"]{{0,60}})[.!]?$"
)
_ACCORDING_FIRST = re.compile(r"^According\s+to\s+(?P<speaker>[^,“”\"]{2,100}),\s+(?P<claim>.+)$")
# Each of the three patterns holds one of these (a verb of _REPORTING, 'According', 'according'): a sentence
# holding none reports no speech, and is not tried.
_REPORTING_PARTS = (*_REPORTING_VERBS, "ccording")
# A speaker does nothing but speak: 'X declared a state of emergency and said ...' claims both.
_ACTING = re.compile(r"\b[a-z]+ed\b|\b(?:and|but|or) [a-z]")
# A claim with a pronoun ('X said it would appeal', '... at one of its data centres') is about the speaker:
# the speaker stays.
_ABOUT_THE_SPEAKER = re.compile(r"\b(?:it|its|he|his|him|she|her|they|their|them|we|our|us|I)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)  # asked of each sentence by the claims, the denials and what one source alone reports: an event of some 500 sources
def claimed(text: str) -> str:
    """What a sentence of reported speech claims, without who claims it: 'The health region will not pay,
    the region's director said' and 'According to its chief executive, the health region will not pay' claim
    one thing, and one speaker's two statements are two claims. A sentence whose claim is about the speaker
    ('The bank said it was engaging with the firms') or that reports no speech is returned whole."""
    if not any(map(text.__contains__, _REPORTING_PARTS)):
        return text
    for pattern in (_ACCORDING_FIRST, _SAID_FIRST, _SAID_LAST):
        match = pattern.match(text)
        if match is None:
            continue
        speaker, claim = match.group("speaker"), match.group("claim")
        if len(speaker.split()) > 16 or re.search(_CLAUSE_WORDS, speaker) or _ACTING.search(speaker) or _QUOTED.search(claim) is not None and pattern is _SAID_FIRST:
            continue
        if len(claim.split()) < 3 or _ABOUT_THE_SPEAKER.search(claim):
            return text
        return claim
    return text
