"""Direct quotations and who said them.

A quotation is text between quotation marks of at least four words (shorter ones
are scare quotes: "special military operation"; a short noun phrase or one after a
preposition says no statement: "during 'a very difficult period'"). The speaker is the name next
to a verb of saying ("..., said X", "X said: ...", "X told reporters"), or,
for "he said"/"she said", the last person the source named before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .entities import Entity, Mention
from .lexicon import FUNCTION_WORDS, ROLE_WORDS, SPEECH_VERBS
from .sentences import Sentence

_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# After the quotation: '..., he said', '..., said the allied official', '..., Medina told reporters',
# '..., Rosa Huaman, a resident of Chivay, told local radio'.
_AFTER = re.compile(
    rf"^[,.!?]?\s*(?:(?P<pronoun>he|she|they)\s+(?:{_SPEECH})\b"
    rf"|(?:{_SPEECH}|according to)\s+(?P<who>(?:\b[A-Z]\.|[^,.;]){{2,80}})"  # a middle initial: 'said Tomas J. Novak'
    rf"|(?P<named>(?:\b[A-Z]\.|[^.;“”\"]){{2,120}}?)\s+(?:{_SPEECH})\b)",  # 'S. Venkatraman said'
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(r"^(?:the|a|an)\s+[a-z][\w\s-]{2,40}$")


@dataclass(frozen=True)
class _Named:
    """A person as one source names them: key, display name, and the spellings the source uses."""

    key: str
    name: str
    surfaces: tuple[str, ...]
    titles: frozenset[str] = frozenset()  # the role words of the titles the source gives them ('mayor', 'chief')


@dataclass(frozen=True)
class Quotation:
    sentence: Sentence
    words: str  # the quoted words, without the marks
    speaker: str | None  # person entity key, or a description ("the allied official"), None when unknown
    speaker_name: str | None  # as shown
    phrase: bool = False  # a bare noun phrase quoted (see _phrase): the speaker's words, but no statement to box


def find_quotations(sentences: list[Sentence], people: list[tuple[Entity, list[Mention]]]) -> list[Quotation]:
    """The quotations of one source's sentences (in reading order); `people`: each person this source
    names, with the mentions in this source."""
    by_sentence: dict[int, list[_Named]] = {}
    everyone: list[_Named] = []
    for person, here in people:
        named = _Named(person.key, person.name, tuple(sorted({m.surface for m in here})), _titles([person.label, *(m.role for m in here)]))
        everyone.append(named)
        for index in sorted({m.sentence.index for m in here}):
            by_sentence.setdefault(index, []).append(named)
    found: list[Quotation] = []
    last_named_in: tuple[str, list[_Named]] | None = None  # the last sentence naming people: who "he" is, when asked
    previous: Quotation | None = None  # the quotation of the sentence before, if it had one
    for sentence in sentences:
        named = by_sentence.get(sentence.index, [])
        quoted_here = None
        for match in _QUOTED.finditer(sentence.text):
            words = (match.group(1) or match.group(2)).strip()
            if len(words.split()) < 4 or _is_title(words):
                continue
            speaker = _speaker(sentence.text, match, named, last_named_in, everyone)
            if _phrase(words, sentence.text[: match.start()]):
                found.append(Quotation(sentence, words, *speaker, phrase=True))
                continue
            if speaker[0] is None and previous is not None and previous.speaker and _QUOTED.fullmatch(sentence.text.strip()):
                speaker = (previous.speaker, previous.speaker_name)  # the speaker goes on: '"...," said X. "..."'
            quoted_here = Quotation(sentence, words, *speaker)
            found.append(quoted_here)
        previous = quoted_here
        if named:
            last_named_in = (sentence.text, named)
    return found


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
    text: str, match: re.Match, named: list[_Named], last_named_in: tuple[str, list[_Named]] | None, everyone: list[_Named]
) -> tuple[str | None, str | None]:
    after = _AFTER.match(text[match.end() :])
    if after and after.group("pronoun"):
        if named:
            person = _last_named(text[: match.start()], named) if _mentioned_in(text[: match.start()], named) else None
            if person:
                return person.key, person.name
        last_person = _last_named(*last_named_in) if last_named_in else None
        return (last_person.key, last_person.name) if last_person else (None, None)
    if after and (after.group("who") or after.group("named")):
        who = (after.group("who") or after.group("named")).strip()
        for person in named:
            if any(surface in who for surface in person.surfaces):
                return person.key, person.name
        who = re.split(r"\s+(?:who|which|that|in|on|at)\s+", who)[0]
        titled = _titled(who, everyone)
        if titled:
            return titled.key, titled.name
        if after.group("who") and _DESCRIPTION.match(who):
            return f"description:{who.lower()}", who
    before = text[: match.start()]
    person = _last_named(before, named) if _mentioned_in(before, named) else None
    if person and _speaks(before, person) < 0 and _REPORTED.search(before[: _position(before, person)]):
        return None, None  # 'Richardson said that Rudolph "can't ...': words about Rudolph, by someone unnamed
    return (person.key, person.name) if person else (None, None)


def _titles(roles: list[str | None]) -> frozenset[str]:
    """The role words of a person's titles, the title only ('chief executive', not 'of the Port Authority')."""
    return frozenset(
        word for role in roles if role for word in re.split(r"\s+(?:of|at|for|with|in)\s+", role.lower())[0].split() if word in ROLE_WORDS
    )


def _titled(who: str, everyone: list[_Named]) -> _Named | None:
    """The speaker told by title alone ('..., the mayor said', 'said the fire chief'): the one person the source
    gives that title to; none when it gives it to two, or the words are no title ('the company said')."""
    match = re.fullmatch(r"the\s+(?:[a-z][\w-]*\s+){0,3}(?P<title>[a-z][\w-]*)", who.strip(), re.IGNORECASE)
    if match is None or match.group("title").lower() not in ROLE_WORDS:
        return None
    holders = [p for p in everyone if match.group("title").lower() in p.titles]
    return holders[0] if len(holders) == 1 else None


def _position(text: str, person: _Named) -> int:
    return max((text.rfind(surface) for surface in person.surfaces), default=-1)


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
    for surface in person.surfaces:
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


def _owner_only(text: str, person: _Named) -> bool:
    """Every mention of the person in `text` is possessive ("McDonald's cameo")."""
    ats = [(m.end(), m) for s in person.surfaces for m in re.finditer(re.escape(s), text)]
    return bool(ats) and all(text[end : end + 2] in ("'s", "’s") for end, _ in ats)


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


@lru_cache(maxsize=8192)  # asked of each sentence by the claims and by what one source alone reports
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
