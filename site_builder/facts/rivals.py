"""Rival statements: sources that tell one statement with arguments that cannot all be true.

The claims stage groups sentences that say alike things, and two tellings of one statement that differ in a
single argument are alike: "The match was called off" and "The match was suspended at half-time", "The plant,
owned by X, ..." and "The plant is owned by Y", "caused by a broken rail" and "A signalling fault caused the
derailment". Such a claim is no agreement: it is a conflict, each side cited with its own words. Three frames
are read, each only where a sentence tells one argument in it: an outcome of exclusive kinds (a verdict: acquitted
or convicted; a fixture: called off or put off; a plan approved or rejected ...; a competitor disqualified or
penalised, a prison term suspended or unconditional, a company liquidated or rescued, a casualty critical or stable:
a claim telling two such outcomes is never agreed, but a conflict or split), who did a deed in the deed's slot
("owned by X", "X scored", "bought from X", "the seller of the painting was X"; a person or a body named in the
event), and a cause ("caused by X", "X caused the ...", "blamed on X", "started by X", "started when
X ...", "the cause of the outage was X" (or "identified as X", "thought to be X"), "linked to X", "treated as
arson", "due to X", "because of X", "following X" (or "after X cut the ..."), "started in X", "suspect X" when
X is a mishap ("originated in X" or "began in X" when X is an appliance too, "began with X"), "X was to blame", "found X" when X is a defect, "blames X":
a kind of fault, "a software fault" / "an electrical fault", causes of one class one side, "an electrical fault" /
"a short circuit"; told as why in a source's lead, the event's cause; or in
a lead as the mishap itself, "a heating pipe burst", "water came in through the damaged roof", a rival only of another
failure or defect).
A cause, an outcome or a doer named by its role told in words too unlike for one claim is a rival of the claim
telling it of the same thing, in a claim or in a sentence no claim cites (two such sentences are a conflict of their
own). A
wrong conflict is worse than a missed one: a claim's sentences read one argument (one not reading the frame goes
with its shown sentence), the sides are two, and no source of one side tells the other side's argument anywhere in
its text (then it tells a sequence, "suspended, then called off", or a chain, "a voltage dip tripped the
chillers", not a rival statement), but as what another says ("The company is telling the press that X caused it").
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import product
from typing import Callable, TypeVar

from ..model import Citation, Fact
from .aliases import fold
from .entities import Entity, Mention
from ..slugs import slugify
from .merge import CONTAINED, cite_one_side, fact, shown_citation, stems, unique_id
from .quotes import claimed
from .sentences import LEAD, Sentence, search_holding, source_order


@dataclass(frozen=True)
class Reading:
    """What one sentence tells in a frame: its argument (comparable across sources) and the words saying it."""

    frame: str  # 'verdict', 'called off or put off', 'sanction', 'owned by', 'cause'
    argument: frozenset[str]  # an outcome's kind, a named doer's entity key, or a cause's content words
    words: str  # the argument as the sentence writes it
    about: frozenset[str] = frozenset()  # what it is of: a cause's, the common words of what it caused ('the
    # fire'); an outcome's, the sentence's other words
    lead: bool = False  # told in its source's lead, which tells what happened
    mishap: bool = False  # a cause told as the mishap itself ('a heating pipe burst'), a rival only of another failure
    effect: frozenset[str] = frozenset()  # a cause's, what its sentence says it caused, in its own words ('the fire')


@dataclass(frozen=True)
class Setting:
    """What a sentence is read with: the people and bodies each sentence names, with the words naming them, and the
    sentences opening their source (its lead, which tells what happened: a cause told there is of the event)."""

    names: dict[tuple[str, str], list[tuple[str, Entity]]]
    leads: frozenset[tuple[str, str]]
    # (source, sentence) -> its frames (`_readings`), read once: a claim, its rivals and the sentences joining a side
    # ask for the same sentences again and again
    read: dict[tuple[str, str], dict[str, "Reading"]] = field(default_factory=dict, compare=False, repr=False)


# Words of a fixture that did not go ahead, whether for good or to another day: they read as called off, but a source
# telling it put off to a new day tells no rival by them ('postponed to 11 October ... the first time the race has been
# called off'; 'suspended at half-time ... later called off' tells no new day: a sequence)
_CALLED_OFF = r"called off|abandon(?:ed)?"
_NOT_GONE_AHEAD = re.compile(rf"\b(?:{_CALLED_OFF})\b")
_NEW_DAY = re.compile(r"\b(?:postponed|put off|rescheduled|moved)\s+(?:to|until|till|for)\s+(?:(?:the|next)\s+)?(?:[A-Z]|\d|next\b|later\b)")
# Outcomes of exclusive kinds, each frame's kinds in order; a sentence telling words of two kinds reads neither.
_OUTCOMES = (
    ("verdict", (
        ("acquitted", re.compile(r"\b(?:acquit(?:ted|s)?|cleared (?:\w+ )?of|found not guilty)\b")),
        ("convicted", re.compile(r"\b(?:convicted|(?<!not )found guilty|sentenced|jailed)\b")),
    )),
    ("called off or put off", (
        ("called off", re.compile(r"\b(?:cancell?ed|scrapped|" + _CALLED_OFF + r")\b")),
        ("put off", re.compile(r"\b(?:postponed|suspended|put off|rescheduled)\b")),
    )),
    # a sanction for good or for a time: an official dismissed or suspended, a licence revoked or suspended
    ("sanction", (
        ("for good", re.compile(r"\b(?:dismissed|sacked|revoked|struck off|stripped of|expelled)\b")),
        ("for a time", re.compile(r"\bsuspended\b(?! sentence)")),
    )),
    # one decision on a plan, a bid or a motion, one way an official left, one plea, what a closed place is now, where
    # a suspect is now: each a state the other rules out, so that neither is a step of a story of the other (words
    # rejected, 'rejected claims that ...', 'rejected criticism', are a denial, no decision on the plan)
    ("approved or rejected", (
        ("approved", re.compile(r"\b(?:approved|adopted|gave (?:it )?the go-ahead)\b")),
        ("rejected", re.compile(r"\b(?:rejected|voted down|turned down|threw out)\b(?!\s+(?:(?:the|all|any|these|those|such)\s+)?"
                                r"(?:claims?|allegations?|accusations?|criticisms?|suggestions?|reports?|calls?|charges?|comparisons?|idea|notion)\b)")),
        ("postponed", re.compile(r"\b(?:postponed|deferred|put off) (?:a |the |its |their )?(?:decision|vote|ruling)\b|\b(?:decision|vote|ruling) (?:was |has been |had been |is |will be )?(?:postponed|deferred|put off)\b")),
    )),
    ("resigned or dismissed", (
        ("resigned", re.compile(r"\b(?:resigned|stepped down|quit)\b")),
        ("dismissed", re.compile(r"\b(?:dismissed|sacked|ousted|removed from (?:his|her|their) post)\b")),
    )),
    ("plea", (
        ("guilty", re.compile(r"\b(?:pleaded|pled|pleads) guilty\b")),
        ("not guilty", re.compile(r"\b(?:pleaded|pled|pleads) not guilty\b|\bdenie[sd] (?:all |the )?charges?\b")),
    )),
    ("reopened or still closed", (
        ("reopened", re.compile(r"\breopen(?:ed|s)\b")),
        ("still closed", re.compile(r"\b(?:remains?|remained|stays?|stayed|is still|was still) (?:closed|shut)\b")),
    )),
    ("released or held", (
        ("released", re.compile(r"\b(?:released (?:on bail|without charge|from custody)|freed)\b")),
        ("held", re.compile(r"\b(?:remanded|(?:remains?|remained|held|kept) in custody|denied bail)\b")),
    )),
    # a competitor's sanction: put out of the result, or kept in it with time, points or places taken off, or warned
    ("penalty", (
        ("disqualified", re.compile(r"\bdisqualifi(?:ed|cation)\b")),
        ("penalised", re.compile(r"\b(?:time penalty|penalty of \d|(?:\d+|one|two|three|five|ten|fifteen|thirty)[- ](?:second|minute|point|place) (?:time )?penalty|penali[sz]ed|docked)\b")),
        ("reprimanded", re.compile(r"\breprimand(?:ed)?\b")),
    )),
    # a prison term suspended or to be served ('a suspended sentence' is no sanction for a time, above)
    ("prison term", (
        ("suspended", re.compile(r"\bsuspended (?:(?:prison|jail|custodial) )?(?:sentence|term)|\bsuspended for (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) years|\b(?:sentence|term) (?:was |is |has been |had been )?suspended\b")),
        ("unconditional", re.compile(r"\bunconditional (?:(?:prison|jail|custodial) )?(?:sentence|term)|\b(?:sentence|term) (?:is|was|will be) unconditional|\bimmediate (?:custody|imprisonment)\b")),
    )),
    # what becomes of an insolvent company: wound up, rescued as it is, or run by administrators
    ("company's fate", (
        ("liquidation", re.compile(r"\b(?:liquidation|liquidated|wound up|winding[- ]up)\b")),
        ("rescue", re.compile(r"\b(?:(?:rescue|restructuring|reorgani[sz]ation|recovery) (?:process|plan|procedure|proceedings)|judicial recovery|creditor protection)\b")),
        ("administration", re.compile(r"\b(?:(?:went|gone|go|goes|going|placed|put|entered|entering) into administration|administrators? (?:were |was |have been |has been |had been )?appointed)\b")),
    )),
    # a casualty's state: in danger, out of it, or out of hospital ('critical but stable' tells two: neither)
    ("condition", (
        ("critical", re.compile(r"\b(?:in (?:a )?)?critical(?:ly)? (?:condition|state|ill|injured)|\bin (?:a )?critical\b|(?<!not )(?<!non-)life-threatening")),
        ("stable", re.compile(r"\bstable condition\b|\b(?:is|was|are|were|remains?|remained) (?:now )?stable\b|\b(?:not |non-)life-threatening")),
        ("discharged", re.compile(r"\bdischarged from\b|\breleased from (?:the )?hospital\b|\bleft (?:the )?hospital\b")),
    )),
)
# An outcome's words denied before them ('was not disqualified', 'escaped a time penalty'): no reading of that kind
_NEGATED = re.compile(r"\b(?:not|never|no longer|avoided|escaped|spared)\s+(?:[a-z]+\s+){0,2}$|n't\s+(?:[a-z]+\s+){0,2}$")
# Deeds of one doer, as `_deed` cuts their verbs: a thing is owned, a goal scored, a race won, a gift made, a building
# officially opened by one person or body, so that two named as its doer are rivals ('confirmed', 'reported', 'welcomed' have many doers).
_ONE_DOER = frozenset({
    "own", "scor", "won", "win", "found", "built", "build", "donat", "bought", "buy", "acquir", "run", "operat",
    "led", "lead", "design", "written", "writ", "direct", "shot", "shoot", "kill", "fund", "sponsor", "organis",
    "organiz", "commission", "discover", "announc", "sell", "make", "open",
})
# A deed's doer after 'by' ('owned by', 'scored by'); the participle is the frame.
# ... or after a description of it in a few lower-case words ('owned by the municipal supplier X'), no list
_BY = re.compile(
    r"\b([a-z]+(?:ed|en)|built|won|run|led|bought|shot|found|sold)(?:\s+to\s+(?:the\s+|a\s+)?[a-z]+)?\s+by\s+(?:the\s+|a\s+)?(?:(?!(?:and|or|of|including|with)\b)[a-z]+\s+){0,3}$"
)
# Deeds of one receiver, after 'to' ('licensed to X', 'sold to X', 'awarded to X'): a licence, a sale, an award of
# the event goes to one body or person, so that two named as its receiver are rivals; the deed's verb is the frame,
# described in a few words of any case ('licensed to the Swiss drugmaker X')
_TO = re.compile(r"\b(licensed|sold|awarded)\s+to\s+(?:the\s+|a\s+)?(?:(?!(?:and|or|of|including|with|by)\b)[A-Za-z]+\s+){0,3}$")
_RECEIVED = frozenset({"licens to", "sell to", "award to"})
# The doer of a one-doer deed named by the noun of its role, each noun with its deed as `_deed` cuts it and the
# deed's participle ('the seller of the painting was X': sold by X; 'the maker of the valve is X': made by X)
_AGENT_NOUNS = {
    "owner": ("own", "owned"), "seller": ("sell", "sold"), "vendor": ("sell", "sold"), "maker": ("make", "made"),
    "manufacturer": ("make", "made"), "builder": ("built", "built"), "operator": ("operat", "operated"),
    "organiser": ("organis", "organised"), "organizer": ("organiz", "organized"), "founder": ("found", "founded"),
    "designer": ("design", "designed"), "sponsor": ("sponsor", "sponsored"),
}
# A doer named as what 'the <role noun> of X' is ('The owner of the mill is X'), or as whom X belongs to ('The mill,
# which belongs to X'), of the thing the deed is done to
_AGENT_IS = re.compile(
    r"(?:\b(?P<agent>" + "|".join(_AGENT_NOUNS) + r")s?\s+of\s+(?P<thing>[a-z][a-z\s-]{1,40}?)\s+(?:is|was)"
    r"|\b(?P<owned>[a-z][a-z\s-]{1,40}?),?\s+(?:(?:which|that)\s+)?(?:belongs|belonged|belonging)\s+to)\s+(?:the\s+)?$"
)
_AGENT_NAMED = re.compile(_AGENT_IS.pattern.removesuffix("$"))  # ... and where it is in a sentence
_AGENT_WORDS = (*_AGENT_NOUNS, "belong")  # one of them is in each match of _AGENT_IS, _AGENT_NAMED
# A seller named as whom a thing was bought from ('The museum bought the painting from X', 'acquired from X', 'will buy
# the mill from its owner, the holding company X'): the deed is the sale, of what was bought
_DESCRIBED = r"(?:(?!(?:and|or|of|including|with)\b)[a-z]+\s+){0,3}"
_FROM = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing))\s+(?P<thing>(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+){0,3}?)"
    r"from\s+(?:(?:the|a|its|their)\s+)?" + _DESCRIBED + r"(?:[a-z]+,\s+(?:the\s+|a\s+)?" + _DESCRIBED + r")?$"
)
# A doer before its verb ('X scored', 'X owns'), the verb read as the deed when another sentence tells it after 'by'
_DOES = re.compile(r"^(?:,[^,]{1,60},)?\s+(?:has\s+|had\s+)?([a-z]+)\b(?P<thing>(?:\s+(?:the|its|a|an)\s+[a-z]+)?)")
# ... and of each verb it joins with 'and' ('X built the mill and owns it' tells who owns the mill)
_AND_DOES = re.compile(r"^\s+[a-z]+(?P<thing>\s+(?:the|its|a|an)\s+[a-z]+)\s+and\s+(?:has\s+)?([a-z]+)\b")
# Words of owning: a source naming the rival owner among them tells it as an owner, or a stake, a parent company
_OWNING = re.compile(r"\b(?:own(?:s|ed|er|ers|ership)?|co-own\w*|stakes?|shares?|shareholders?|subsidiary|parent|belongs?|holding)\b")
_RELATIVE_WORDS = re.compile(r"\b(?:which|that|is|was|are|were|being|been|has|had)\b")
_CLAUSE_OR_AND = re.compile(r"[,;:]\s|\s(?:and|but|while|whereas)\s")
# A cause is told by what kind of thing it is: 'a software fault' and 'an electrical fault' are rival kinds of one
# fault ('fault' is every failure, problem or glitch, as `stems` cuts them), and a cause of more words than this
# tells a story, not a kind.
_FAULT = frozenset({"fault", "error", "defec", "cause"})
# What was caused, when it is the event's own breakdown or disaster in any of its words ('the disruption', 'the
# outage', 'the failure', 'the fire', 'the explosion'); a cause told of no thing ('the root cause was ...', 'it was
# started by ...') is of it
_MISHAP = frozenset({
    "fault", "break", "disru", "outag", "shutd", "incid", "accid", "crash", "colli", "derai", "black", "fire", "wildf",
    "explo", "blast", "colla",
})
# What a thing happened after is its cause only when it is a mishap: 'after a bird strike', 'following a gas leak',
# not 'after a debate', 'following a review' or 'after a break'
_MISHAP_HEADS = _MISHAP - {"break"} | _FAULT | frozenset({
    "strik", "leak", "explo", "blast", "fire", "circu", "overh", "spark", "spill", "breac", "attac", "colla", "crack",
    "burst", "surge", "storm", "light", "flood", "lands", "fall", "arson",
    "foule", "tangl", "snagg",  # an outside thing caught in a ship's gear: 'a fouled propeller', 'a tangled rope'
})
# ... a mishap told bare, with no determiner, by the stem of its head ('after lightning struck the roof')
_BARE_MISHAP = "|".join(sorted(_MISHAP_HEADS))
# Where a fire starts that is its cause, by the stem of the last word: an appliance, a heat source or a power supply ('started
# in an industrial fryer', 'began in a phone charger'; not 'started in the kitchen', a room)
_IGNITERS = stems("fryer heater boiler oven stove cooker hob toaster kettle microwave dryer fridge freezer radiator lamp candle "
                  "cigarette barbecue chimney fireplace battery charger socket plug appliance wiring furnace")
# Causes of one class told in words sharing none: 'an electrical fault' and 'a short circuit' are one side
_CAUSE_CLASSES = (stems("electrical electric electricity circuit wiring"), stems("arson deliberately"))
# An illness, an outbreak or a poisoning is the event's harm, as a mishap is: what a cause of it is of
_HARM = stems("illness outbreak poisoning sickness infection")
# A defect found, by the stem of its head ('a defect', 'hairline cracks', 'a faulty seal')
_DEFECT = "defec|faul|flaw|crack|fract|leak|corro"
# A cause after its frame words ('caused by a broken rail'), or before 'caused' ('A signalling fault caused the ...')
_CAUSED_BY = re.compile(
    r"\b(?:(?:caused|triggered|started|sparked|ignited|set off) by|blame[sd]? (?:(?P<blamed>(?:it|the|a|an|its|their) [^,;.]{0,40}?) )?on|(?:started|began|happened|occurred|caused) when|attributed to|traced (?:back )?to|linked to(?= (?:an?|the) )"
    # ... as a fire treated as arson ('Police are treating the blaze as arson'), or started on purpose
    r"|treat(?:ed|ing) (?:it |the (?:\w+ )?(?:fire|blaze) )?as(?= arson\b)|(?:started|set|lit)(?= deliberately\b)"
    r"|(?:put|(?:is|was|are|were) (?:largely |partly )?)down to|resulted from|stemmed from|(?:was|were|is|are) (?:(?:the|a) )?(?:direct )?result of"
    # ... as what the cause was ('The cause of the outage was a ...', 'the root cause was a ...'), before a determiner
    r"|(?P<told>cause (?:of (?P<effect>[^,.;:]{3,60}?) )?(?:was|is|had been|has been)(?: (?:probably|likely|most likely))?"
    # ... or as what it was found or is thought to be ('the cause has been identified as a ...', 'is thought to be a ...')
    r"(?: (?:identified|given|named|confirmed|established|listed|recorded) as| (?:thought|believed|understood|said|suspected|presumed|found|confirmed) to (?:be|have been))?(?= (?:a|an|the|its|their) ))"
    # ... as why a thing happened, told after it ('returned to Cluj because of a fault in ...', 'closed owing to a
    # leak', 'The delay was due to a ...'; 'due to' before a verb is a time: 'due to open'), or as what it followed
    # when that is a mishap ('landed following a bird strike': `_MISHAP_HEADS`)
    r"|(?P<why>because of|owing to|as a (?:direct )?result of|due to(?= (?:a|an|the|its|their) )"
    r"|(?P<after>after|following)(?= (?:what|an?|suspected|(?:" + _BARE_MISHAP + r")[a-z]{0,4})\b)"
    # ... or as where it started, what is suspected or what the evidence points to, when that is a mishap ('the fire
    # started in an electrical fault', 'Police suspect arson'; 'started in the kitchen' is a place, 'suspect the
    # driver' a person), or as the defect found in what failed ('recalled after finding hairline cracks in ...')
    r"|(?:(?P<origin>(?:started|began|broke out|originated) in(?= an? )|(?:started|began|originated) (?:with|from)(?= (?:an?|the) ))|(?P<suspected>suspects?|suspected|points? to|pointed to|pointing to))"
    r"(?= (?:what|an?|the|its|their|(?:" + _BARE_MISHAP + r")[a-z]{0,4})\b)|(?P<found>(?:found|finding|discovered|detected|identified)(?= (?:an? )?(?:[a-z-]+ )?(?:" + _DEFECT + r")[a-z]{0,4}\b))))"
    r"\s+(?P<cause>[^,.;:]{3,80})"
)
# ... and as what is thought to have caused it, was behind it or is its (likely) cause ('A gas leak is believed to have
# caused the blast', 'A faulty boiler was behind the explosion', 'A cigarette is the likely cause of the fire')
# What a thing runs by, its loss the event's breakdown
_RUNS_BY = r"(?:power|propulsion|steering|electricity|cooling|heating|engines?|brakes|control|communications|signals)\b"
# A verb of believing or saying before a cause, after a comma too ('The owner, X, said a fault had ...'): not of the cause
_BELIEVING = r"(?:believes?|believed|suspects?|suspected|thinks?|thought|says?|said)"
_CAUSED = re.compile(
    r"(?:^|[,;]\s+(?!" + _BELIEVING + r"\s)|\b" + _BELIEVING + r"\s+(?:that\s+)?)(?P<cause>[A-Za-z][^,;.]{2,60}?)"
    r"(?:\s+(?:most\s+|very\s+)?(?:likely|probably|possibly|apparently|almost certainly))?\s+(?:(?:(?:(?:is|was|are|were) (?:believed|thought|suspected|understood|likely) to have )?(?:caused|triggered|sparked|ignited|set off|led to|started(?= (?:the|a|an) (?:fire|blaze|wildfire)))"
    r"|(?:was|were|is|are) (?:(?:believed|thought|likely) to be |(?:identified|named|given|seen) as )?(?:(?:to blame|blamed|responsible) for|behind|(?:the|a) (?:\w+ ){0,2}cause of)"
    # ... or as what left a thing without what it runs by: the event's breakdown ('a power failure had left the ship
    # without propulsion', 'a fault left the hospital without cooling'; not 'left the harbour without a pilot boat')
    r"|(?P<stranded>(?:had |has )?left(?= (?:the|a|an) (?:[\w-]+ ){0,3}without (?:any |its |their )?(?:[\w-]+ )?" + _RUNS_BY + r")))\s+(?:the|a|an)\b"
    # ... or of nothing told, the event's ('The company said a worn seal was to blame.')
    r"|(?:was|were|is|are) (?:(?:most )?likely |probably )?(?:to blame|(?:the|a) (?:\w+ ){0,2}cause)(?=[,;.]|$))"
)
# ... or between 'blamed' and what it caused ('Investigators blamed a worn brake cable for the crash')
# ... or of nothing told, the event's ('The airline blames a bird strike.')
# ('blamed the delay on a fault' blames what follows 'on': `_CAUSED_BY`)
_BLAMED_FOR = re.compile(r"\bblame[sd]?\s+(?P<cause>(?:a|an|the|its|their)\s(?:(?!\bon\b)[^,;.]){2,60}?)(?:\s+for\s+(?:the|a|an)\b|(?=[,;.]|$))")
# A cause told as what someone called it ('after what the airline described as a bird strike', 'what police believe
# was a gas leak'): the words after it
_CALLED = re.compile(r"^what\s[^,;]{2,40}?\s(?:as|was|is)\s+(?=(?:a|an|the)\s)")
CAUSE_WORDS = 6
_ASIDE = re.compile(r"\s*\(.*")  # words in brackets and after: a cause's name in the local language, 'a fryer (freidora)'
_CLAUSE = re.compile(r"[,;.:]\s")
_CAUSING = frozenset({"cause", "trigg", "blame"})
# ... and a clause of believing ('Engineers believe a cracked weld caused ...'; 'a suspected leak' opens none)
_CLAUSE_OPENS = re.compile(r"\s(?:and|but|which|that|who|after|when|while|as|said|says|according|believes?|believed|thinks?|thought|suspects?)\s")
# A cause's words end at a place, a time or what it was of ('a software update to the signalling system', '... installed
# by the supplier', 'lightning struck the roof of the building'; not 'any amount of exertion')
_PHRASE_ENDS = re.compile(r"\s(?:in|of(?= (?:the|its|their) )|on|at|near|over|across|to|into|during|overnight|\w+ed by|\w+ing(?= (?:the|a|an|its|their) ))\s")
# ... and a cause's words also at its own verb ('after a burst heating pipe flooded its storeroom': a burst heating pipe)
_CAUSE_ENDS = re.compile(_PHRASE_ENDS.pattern.replace(r"\w+ing(?=", r"\w+(?:ing|ed)(?="))
# A cause not yet told: 'The cause is not yet known', 'the cause was the subject of an inquiry'
_UNTOLD = re.compile(r"\b(?:unknown|unclear|known|determined|investigat\w*|inquiry|subject|being|not|yet|still)\b")
# A cause denied in its clause tells none ('it was not caused by enemy fire', 'ruled out that it was caused by ...')
_DENIED = re.compile(r"\b(?:not|never|no longer|ruled out|rules out|denied|denies)\b|n't\b")
# ... or a thing damaging another ('after an excavator working on roadworks cut the cable that feeds the site')
_DAMAGING = re.compile(r"\b(?:cut|severed|struck|hit|damaged|ruptured|punctured|pierced)\s+(?:through\s+)?(?:the|a|an|its|their)\b")
# A cause told as the mishap itself, in a source's lead, with no word of causing: a thing failing ('a heating pipe burst',
# 'the cable was severed', 'the brakes failed'; not 'failed to', not a fire 'broke out') or water coming in through a
# defect ('rainwater entered through the damaged roof'); what it caused is the event's breakdown
_FAILING = r"burst|ruptured|failed(?! to)|gave way|cracked|leaked|short-circuited|overheated|malfunctioned|(?:was|were) (?:severed|cut|ruptured)"
_MISHAP_TOLD = re.compile(
    r"\b(?P<cause>(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:" + _FAILING + r"))\b"
    r"|\b(?:water|rain|rainwater|floodwater|seawater)\s+(?:came|got|leaked|seeped|poured|entered|ran|flowed)\s+(?:in\s+)?(?:through|from)\s+"
    r"(?P<defect>(?:an?|the|its|their)\s+(?:damaged|broken|cracked|leaking|faulty|burst|blocked|missing|loose|rotten|worn|corroded)\b[^,;.]{2,40})"
    # ... or a failure a thing suffered ('the ferry suffered a total power failure', 'had an engine breakdown')
    r"|\b(?:suffered|experienced|had)\s+(?P<failure>an?\s+(?:[a-z-]+\s+){0,2}(?:failure|fault|breakdown|malfunction))\b"
)
# ... a rival only of a cause that is a failure or a defect too, by the stems of its words ('a slurry lagoon' is where
# it came from, not what failed)
_FAILED = _FAULT | stems("burst ruptured failed gave cracked leak leaked short-circuited overheated malfunctioned severed cut damaged "
                         "broken faulty leaking blocked missing loose rotten worn corroded fouled tangled snagged")
# A clause told after 'after': a step of a story ('after a flooded cabinet was replaced'), not a cause
_DETERMINERS = frozenset({"a", "an", "what", "suspected"})  # ... or a mishap told with one
_STEP = re.compile(r"\b(?:was|were|is|are|had|has|have|been)\b")
# A relative clause between what was caused and its verb ('The fire that gutted the mill was started by ...'):
# what was caused is the words before it
_RELATIVE = re.compile(r"\s(?:that|which)\s\w+ed\b[^,;]*$")


def rival_claims(claims: list[Fact], sentences: list[Sentence], entities: list[Entity]) -> list[Fact]:
    """The claims whose sentences tell one statement with rival arguments, each made a conflict of two sides."""
    body: dict[str, list[str]] = {}
    for sentence in sentences:
        body.setdefault(sentence.source, []).append(sentence.text)
    named = _named_in(entities)
    _name_owners(sentences, named)
    setting = Setting(named, frozenset((s.source, s.text) for s in sentences if s.index < LEAD))
    naming = {f"{e.kind}:{e.key}": set(e.sources) for e in entities}
    claims = [_in_dispute(claim, sentences, body, setting, naming) or claim for claim in claims]
    claims = _rivals_apart(claims, sentences, body, setting, naming)
    claims = _bodies_disputed(claims, {e.key for e in entities if e.kind == "organization"})
    claims = _outcomes_split(statements_disputed(slots_disputed(claims, entities), sentences, entities), setting)
    claims = cite_one_side(claims, lambda conflict: conflict.kind == "claim" and conflict.label.partition(" (")[0] in _SHOWN_APART, _tells_side(setting))
    return cite_one_side(claims, lambda conflict: conflict.kind == "organization" and conflict.label.endswith(" by"), _tells_doer)


def _tells_doer(claim: Fact, conflict: Fact, side: list[Citation]) -> bool:
    """Whether a claim's shown sentence tells a side of two bodies in dispute on a deed: it is a sentence of that side,
    or a sentence of a source of that side telling the other body a lesser part ('Y also took part in the round')."""
    shown, other = shown_citation(claim), conflict.value.split(" / ")[0 if side[0].disagrees else 1]
    return shown.source in {c.source for c in side} and (
        shown.quote in {c.quote for c in side} or other in shown.quote and _TOOK_PART.search(shown.quote) is not None)


def _outcomes_split(facts: list[Fact], setting: Setting) -> list[Fact]:
    """An agreed claim whose sentences tell exclusive outcomes of one class ('suspended' / 'unconditional', read in
    no conflict: one source tells both, as a sequence or an appeal), or two causes of one thing by two sets of
    sources ('an electrical fault' / 'a fryer', a source elsewhere telling both), is no agreement: it is split, each
    outcome or cause a claim of its own citing the sentences telling it (a sentence telling none stays with the
    shown one's)."""
    taken, split = {f.id for f in facts}, []
    for claim in facts:
        if claim.kind == "claim" and claim.status != "conflict":
            readings = [_readings(c, setting) for c in claim.citations]
            frame = next((f for f in (*_OUTCOME_FRAMES, "cause") if _told_two_ways(claim.citations, readings, f)), None)
            if frame:
                shown = _shown(claim, readings).get(frame) or next(r[frame] for r in readings if frame in r)
                apart: dict[Reading, list[Citation]] = {}  # each side's first reading -> its citations
                for citation, reading in zip(claim.citations, readings):
                    told = reading.get(frame, shown)
                    apart.setdefault(next((r for r in apart if _same_side(r, told, frame)), told), []).append(citation)
                claim = fact(claim.id, "claim", claim.label, claim.value, apart.pop(next(r for r in apart if _same_side(r, shown, frame))), variants=claim.variants)
                split += [claim] + [fact(unique_id(f"claim-{slugify(' '.join(told[0].quote.split()[:6]))}", taken), "claim", "claim", told[0].quote, told)
                                    for told in apart.values()]
                continue
        split.append(claim)
    return split


def _told_two_ways(citations: list[Citation], readings: list[dict[str, Reading]], frame: str) -> bool:
    """Whether a claim's sentences tell two arguments of a frame: two outcomes of a class, or two sides of causes
    of one thing, no source on both."""
    told = [(c, r[frame]) for c, r in zip(citations, readings) if frame in r]
    if frame != "cause":
        return len({r.argument for _, r in told}) > 1
    sides = _sides(*zip(*told), frame) if told else None
    return sides is not None and any(_one_thing(frame, a, b) for (_, a), (_, b) in product(*sides))


def _bodies_disputed(facts: list[Fact], organizations: set[str]) -> list[Fact]:
    """The two bodies of a statement in conflict on its party ('owned by X' / 'owned by Y', 'licensed to X' /
    'licensed to Y') as one organisation in dispute, each side citing the sources naming it, never two agreed
    bodies nor one boxed and its rival lost (a body the entities read in one source only, or by another name
    elsewhere, is cited by the conflict's own sentences); only when no source names both (a firm and its parent
    named together are no rivals)."""
    bodies = {fold(name): item for item in facts if item.kind == "organization" for name in (item.value, *item.variants)}
    bodies_ids = {item.id for item in bodies.values()}
    merged: dict[str, Fact | None] = {}
    for conflict in facts:
        if conflict.kind != "claim" or conflict.status != "conflict" or not _of_a_party(conflict.label.partition(" (")[0]):
            continue
        names = conflict.value.split(" / ")
        sides = [bodies.get(fold(name)) or (fact(f"{conflict.id}-{n}", "organization", "organization", name, [
            replace(c, disagrees=False) for c in conflict.citations if c.disagrees == (n > 0)]) if fold(name) in organizations else None)
            for n, name in enumerate(names)]
        if len(sides) != 2 or None in sides or sides[0] is sides[1] or any(side.id in merged for side in sides) \
                or {c.source for c in sides[0].citations} & {c.source for c in sides[1].citations}:
            continue
        first, second = sides
        boxed = first if first.id in bodies_ids else second  # where the dispute is boxed: a body boxed before
        citations = [replace(c, value=c.value or side.value, disagrees=side is second) for side in sides for c in side.citations]
        merged[first.id] = merged[second.id] = None
        merged[boxed.id] = fact(boxed.id, "organization", boxed.label, f"{first.value} / {second.value}", citations, True)
    return [item for item in (merged.get(f.id, f) for f in facts) if item is not None]


def _tells_side(setting: Setting) -> Callable[[Fact, Fact, list[Citation]], bool]:
    """Whether a claim's shown sentence tells a side of a statement in conflict: reads its frame with that side's
    argument, of the same thing."""
    def tells(claim: Fact, conflict: Fact, side: list[Citation]) -> bool:
        frame = conflict.label.partition(" (")[0]
        reading = _readings(shown_citation(claim), setting).get(frame)
        told = [r for c in side if (r := _readings(c, setting).get(frame))] if reading else []
        return bool(told) and _same_side(told[0], reading, frame) and any(_one_thing(frame, reading, r) for r in told)
    return tells


def _rivals_apart(claims: list[Fact], sentences: list[Sentence], body: dict[str, list[str]], setting: Setting, naming: dict[str, set[str]]) -> list[Fact]:
    """A claim and the claims or sentences of other sources telling its statement with a rival argument in words
    too unlike for one claim are one conflict: rival causes of one thing ('An electrical short circuit caused the
    fire' / 'The fire was caused by an overheated bearing'), rival outcomes of one happening told in alike words
    else ('The cup final was called off.' / 'The cup final was postponed until May after ...'); a rival told in a
    sentence no claim cites would else lose silently. Each claim's sentences all tell one side."""
    cited = {(c.source, c.quote) for f in claims if f.kind == "claim" for c in f.citations}
    loose = [
        fact(f"{s.source}-{s.index}", "claim", "claim", s.text, [Citation(s.source, s.text)])
        for s in sentences
        if (s.source, s.text) not in cited and _TELLING_APART.search(s.text)
    ]
    told: dict[tuple[int, str], list[Reading]] = {}
    for n, claim in enumerate(claims + loose):
        if claim.kind == "claim" and claim.status != "conflict":
            readings = [_readings(c, setting) for c in claim.citations]
            for frame in {frame for r in readings for frame in r} & _TOLD_APART:
                reading = [(c, r[frame]) for c, r in zip(claim.citations, readings) if frame in r]
                # the side of the shown sentence, or of the first reading the frame when the shown one tells it in
                # other words ('At 18:05 the power supply failed' in a claim of 'the cause was a power failure')
                side = _shown(claim, [r.get(frame) for r in readings]) or reading[0][1]
                if side.about and _sides(*zip(*reading), frame) is None:
                    # a sentence of the claim not reading the frame ('this began as a ...') tells its side
                    told[(n, frame)] = [r.get(frame) or _rider(side) for r in readings]
    every, merged = claims + loose, {}
    for (i, frame), readings in told.items():
        if i in merged:
            continue
        shown, sources, together = _shown(every[i], readings), _own_word(every[i], readings), [i]
        for (j, other), rival in told.items():
            if other == frame and j not in merged and not sources & _own_word(every[j], rival) \
                    and not _same_side(shown, _shown(every[j], rival), frame) and _one_thing(frame, shown, _shown(every[j], rival)) \
                    and not _chained(shown, _shown(every[j], rival)):
                together.append(j)
                sources |= _own_word(every[j], rival)
        # a source telling its side in its own words and the other as what another says ('The company is telling
        # the press that a software update caused it') is cited for its own side only
        cited = [(c, r) for n in together for c, r in zip(every[n].citations, told[(n, frame)]) if c.source not in sources or not _reported(c.quote, r)]
        sides = _sides(*zip(*cited), frame)
        if len(together) > 1 and sides and all(any(r.words for _, r in side) for side in sides) and _unmixed(sides, body, frame, naming, setting):
            merged.update(dict.fromkeys(together, _conflict(every[i], frame, _joined(sides, frame, sentences, body, setting, naming))))
    # rivals told only in sentences no claim cites are a conflict of their own, named by the first one's words
    taken = {f.id for f in claims}
    apart = [replace(c, id=unique_id(f"claim-{slugify(' '.join(every[n].value.split()[:6]))}", taken))
             for n, c in merged.items() if min(m for m, d in merged.items() if d is c) == n >= len(claims)]
    return list(dict.fromkeys(merged.get(n, claim) for n, claim in enumerate(claims))) + apart


_OUTCOME_FRAMES = tuple(dict(_OUTCOMES))
# Outcomes whose words tell that outcome only: 'disqualified', 'a suspended sentence', 'liquidation', 'in a critical
# condition' (not 'suspended', 'approved', 'released', 'cancelled': a service suspended, a budget approved, a report
# released, a flight cancelled may be told beside the statement), read in a claim some of whose sentences tell none
_ONE_SENSE = ("penalty", "prison term", "company's fate", "condition")
# ... each with the words, in lower case, one of which a sentence holds to tell it: a sentence holding none is not
# searched by the frame's patterns (most sentences of an event tell no outcome)
_CUES = {
    "penalty": ("disqualif", "penal", "docked", "reprimand"),
    "prison term": ("suspended", "unconditional", "immediate custody", "immediate imprisonment"),
    "company's fate": ("liquidat", "wound up", "winding", "rescue", "restructuring", "reorgani", "recovery", "creditor", "administ"),
    "condition": ("critical", "stable", "life-threatening", "discharged", "released from", "left hospital", "left the hospital"),
}
_OWNED = "own by"  # the deed frame an owner is told in, told apart too ('The owner of the mill is X' / 'X owns the mill')
# ... and every deed a role noun names the doer of ('X sold the painting' / 'the museum bought it from Y' / 'the
# seller was Z'), told in words too unlike for one claim
_AGENT_FRAMES = frozenset(f"{deed} by" for deed, _ in _AGENT_NOUNS.values())
_TOLD_APART = frozenset({"cause", *_AGENT_FRAMES, *_RECEIVED, *_OUTCOME_FRAMES})  # the frames whose sentences say what their argument is of
_SHOWN_APART = _TOLD_APART - {*_AGENT_FRAMES, *_RECEIVED}  # ... and those a conflict's label names as they are read
# A word of those frames: only a sentence holding one is read (an event of hundreds of sources has thousands)
_TELLING_APART = re.compile("|".join(p.pattern for frame, kinds in _OUTCOMES if frame not in _CUES for _, p in kinds)
    + r"|\b(?:" + "|".join(f"[{cue[0].upper()}{cue[0]}]{re.escape(cue[1:])}" for cues in _CUES.values() for cue in cues) + r")|\b(?:caused?|triggered|ignited|set off|led to|responsible|happened|occurred|blame[sd]?|started|sparked|began|attributed|traced|put down|resulted|stemmed|originated|linked|treat(?:ed|ing)|result|due|because of|owing to|after|following|found|finding|discovered|detected|identified|suspect(?:s|ed)?|point(?:s|ed|ing)? to|own(?:s|ed|er|ers)?|belong\w*|licensed|sold|sells?|bought|purchased|acquired|awarded|\w+(?:ed|en|built|sold|run) by|"
    + "|".join(_AGENT_NOUNS) + r"|" + _FAILING + r"|came in|entered|seeped|poured|suffered|left)\b")


Told = TypeVar("Told")  # what a claim's sentences tell: a reading, or the readings of every frame


def _rider(shown: Reading) -> Reading:
    """The side a claim's sentence not reading the frame tells: its shown sentence's, in no words of its own."""
    return Reading(shown.frame, shown.argument, "", shown.about, shown.lead)


def _shown(claim: Fact, readings: list[Told]) -> Told:
    """The reading of the sentence a claim shows."""
    return readings[claim.citations.index(shown_citation(claim))]


def _one_thing(frame: str, a: Reading, b: Reading) -> bool:
    """Whether two readings are of one thing: causes of a thing named by a common word ('the fire'), sanctions of
    one named by a common word ('an official', 'a senior official in the housing section'), other outcomes
    of sentences saying the rest alike (of the shorter's words, CONTAINED in the longer), or of two leads, each
    telling what happened, sharing _LEAD_WORDS ('The strike at the port was called off' / 'Dockworkers suspended
    their walkout at the port')."""
    shared = len(a.about & b.about)
    if frame in ("cause", "sanction", *_AGENT_FRAMES, *_RECEIVED):
        return shared > 0
    return shared >= CONTAINED * min(len(a.about), len(b.about)) or (a.lead and b.lead and shared >= _LEAD_WORDS)


_LEAD_WORDS = 2


def _named_in(entities: list[Entity]) -> dict[tuple[str, str], list[tuple[str, Entity]]]:
    """(source, sentence) -> the people and bodies it names, with the words naming them."""
    named: dict[tuple[str, str], list[tuple[str, Entity]]] = {}
    for entity in entities:
        if entity.kind in ("person", "organization"):
            for mention in entity.mentions:
                named.setdefault((mention.sentence.source, mention.sentence.text), []).append((mention.surface, entity))
    return named


def _name_owners(sentences: list[Sentence], named: dict[tuple[str, str], list[tuple[str, Entity]]]) -> None:
    """Add the person or body a sentence names as 'the owner of X is' by a name the event reads elsewhere, when the
    entities stage read no name there ('The owner of the mill is the Harlow Gabonaház Zrt., the ...')."""
    names = {surface: entity for told in named.values() for surface, entity in told if len(surface.split()) > 1}
    for sentence in sentences:
        key = (sentence.source, sentence.text)
        owner = search_holding(_AGENT_WORDS, _AGENT_NAMED, sentence.text)
        if owner and not any(sentence.text.startswith(n, owner.end()) for n, _ in named.get(key, [])):
            named[key] = named.get(key, []) + [(n, e) for n, e in sorted(names.items()) if sentence.text.startswith(n, owner.end())][:1]


def _in_dispute(
    claim: Fact, sentences: list[Sentence], body: dict[str, list[str]], setting: Setting,
    naming: dict[str, set[str]],
) -> Fact | None:
    if claim.kind != "claim" or len({c.source for c in claim.citations}) < 2:
        return None
    readings = [_readings(c, setting) for c in claim.citations]
    # a frame every sentence reads, or an outcome of words of one sense two sources read: the claim's sentences
    # telling none tell no side
    every = set.intersection(*(set(r) for r in readings))
    told_by = {frame: {c.source for c, r in zip(claim.citations, readings) if frame in r} for frame in _ONE_SENSE}
    for frame in sorted(every | {frame for frame, sources in told_by.items() if len(sources) > 1}):
        telling = [(c, r[frame]) for c, r in zip(claim.citations, readings) if frame in r]
        sides = _sides(*zip(*telling), frame)
        if sides is None:
            continue
        if _unmixed(sides, body, frame, naming, setting):
            return _conflict(claim, frame, _joined(sides, frame, sentences, body, setting, naming))
    return None


def _joined(sides: list[list[tuple[Citation, Reading]]], frame: str, sentences: list[Sentence], body: dict[str, list[str]], setting: Setting, naming: dict[str, set[str]]) -> list[list[tuple[Citation, Reading]]]:
    """The sides with each other source telling one side's argument of the same thing in a sentence elsewhere ('we
    note that an official has been suspended' in a claim of the apology), so that a side cites every source telling
    it; a source telling anything of the other side is left out."""
    cited = {c.source for side in sides for c, _ in side}
    for sentence in sentences:
        if sentence.source in cited or not _TELLING_APART.search(sentence.text):
            continue
        citation = Citation(sentence.source, sentence.text)
        reading = _readings(citation, setting).get(frame)
        for n, side in enumerate(sides):
            other = sides[1 - n]
            if reading and reading.words and _same_side(side[0][1], reading, frame) and any(_one_thing(frame, reading, r) for _, r in side) \
                    and not _reported(sentence.text, reading) and _unmixed([[(citation, reading)], other], body, frame, naming, setting):
                side.append((citation, reading))
                cited.add(sentence.source)
                break
    return sides


def _readings(citation: Citation, setting: Setting) -> dict[str, Reading]:
    """The frames a sentence tells one argument in (a frame it tells two arguments in reads none), read once per
    setting (the event's)."""
    key = (citation.source, citation.quote)
    if key not in setting.read:
        setting.read[key] = _frames_told(citation, setting)
    return setting.read[key]


def _frames_told(citation: Citation, setting: Setting) -> dict[str, Reading]:
    text = citation.quote
    found: dict[str, list[Reading]] = {}
    lower = text.lower()
    for frame, kinds in _OUTCOMES:
        if frame in _CUES and not any(cue in lower for cue in _CUES[frame]):
            continue
        for kind, pattern in kinds:
            match = next((m for m in pattern.finditer(text) if not _NEGATED.search(text, max(0, m.start() - 40), m.start())), None)
            if match:  # what the outcome is of: the sentence's other words, but who reports it; a sanction's, whom
                # its clause names before it ('we note that an official has been suspended')
                about = stems(claimed(text).replace(match.group(0), " ")) if frame != "sanction" else _sanctioned(text[: match.start()])
                lead = (citation.source, text) in setting.leads
                found.setdefault(frame, []).append(Reading(frame, frozenset({kind}), match.group(0), about, lead))
    for surface, entity in setting.names.get((citation.source, text), []):
        at = text.find(surface)
        if at < 0:
            continue
        before, after = text[:at], text[at + len(surface):]
        by, agent_is = search_holding(("by",), _BY, before), search_holding(_AGENT_WORDS, _AGENT_IS, before)
        bought_from = search_holding(("from",), _FROM, before)
        told_of = [c for c in _CLAUSE.split(_RELATIVE_WORDS.sub(" ", before[: by.start()])) if c.strip()] if by else []
        deeds = [(by.group(1), told_of[-1] if told_of else "")] if by else []
        deeds += [(_AGENT_NOUNS[agent_is["agent"] or "owner"][0], agent_is["thing"] or agent_is["owned"])] if agent_is else []
        deeds += [("sell", bought_from["thing"] or (_CLAUSE.split(before[: bought_from.start()]) or [""])[-1])] if bought_from else []
        deeds += [(m.group(1), m.group("thing")) for m in (_DOES.match(after),) if m and not by]
        deeds += [(m.group(2), m.group("thing")) for m in (_AND_DOES.match(after),) if m and not by]
        for verb, thing in deeds:
            if _deed(verb) in _ONE_DOER:
                frame, owned = f"{_deed(verb)} by", [w for w in thing.split() if w.islower()][-2:]
                found.setdefault(frame, []).append(Reading(frame, frozenset({f"{entity.kind}:{entity.key}"}), surface, stems(" ".join(owned))))
        received = search_holding(("to",), _TO, before)
        if received:  # what was licensed or sold is the event's one: the deed itself names it
            frame = f"{_deed(received.group(1))} to"
            found.setdefault(frame, []).append(Reading(frame, frozenset({f"{entity.kind}:{entity.key}"}), surface, frozenset({frame})))
    for match, effect in [
        *((m, m["effect"] or m["blamed"] or ("" if m["told"] else _RELATIVE.sub("", _CLAUSE.split(text[: m.start()])[-1])))
          for m in _CAUSED_BY.finditer(text) if not _DENIED.search(_CLAUSE.split(text[: m.start()])[-1])),
        *((m, _CLAUSE.split(text[m.end():])[0]) for m in (*_CAUSED.finditer(text), *_BLAMED_FOR.finditer(text))),
    ]:
        # the clause nearest the verb ('..., has confirmed that X caused')
        told = _CALLED.sub("", _ASIDE.sub("", match.group("cause")))
        clauses = _CLAUSE_OPENS.split(told)
        cause = _phrase(clauses[0] if match.re is _CAUSED_BY else clauses[-1])
        kind = _kind(cause) - _FAULT
        if match.re is _CAUSED_BY and (match["after"] or match["origin"] or match["suspected"]) and not _kind(cause) & _MISHAP_HEADS \
                and not (match["after"] and _DAMAGING.search(clauses[0])) and not (match["origin"] and _kind(cause.split()[-1]) & _IGNITERS):
            continue
        if match.re is _CAUSED_BY and match["after"] and (_STEP.search(told) or not (_kind(cause.split()[0]) & _MISHAP_HEADS or cause.split()[0] in _DETERMINERS)):
            continue
        if kind and not kind <= _THE_EVENT and len(cause.split()) <= CAUSE_WORDS and not _UNTOLD.search(cause):
            about = _PHRASE_ENDS.split(_CLAUSE_OPENS.split(effect)[-1 if match.re is _CAUSED_BY else 0], maxsplit=1)[0].split()
            # what was caused, by its common words: a name shared ('the delays in Keldon') is no same thing; the event's
            # breakdown when it is one, when nothing is told, or when a source's lead tells why what it tells happened
            of = stems(" ".join(w for w in about if w.islower())) - _CAUSING
            # ... or when it is a defect found or a mishap suspected: why what happened (a recall, a fire) happened
            why = match.re is _CAUSED_BY and (match["why"] and (citation.source, text) in setting.leads or match["found"] or match["suspected"]) \
                or match.re is _CAUSED and match["stranded"]
            found.setdefault("cause", []).append(Reading("cause", kind, cause, of | _MISHAP if of & (_MISHAP | _HARM) or not of or why else of, effect=of))
    if (citation.source, text) in setting.leads:
        for match in _MISHAP_TOLD.finditer(text):
            cause = match["cause"] or match["failure"] or _phrase(_CLAUSE_OPENS.split(match["defect"])[0])
            if (kind := _kind(cause) - _FAULT) and len(cause.split()) <= CAUSE_WORDS:
                found.setdefault("cause", []).append(Reading("cause", kind, cause, _MISHAP, True, mishap=True))
    return {frame: got[0] for frame, got in found.items() if len({r.argument for r in got}) == 1}


# Words between a subject and its verb that name nothing ('has been', 'was'), and what opens a relative clause
_AUXILIARIES = frozenset({"has", "have", "had", "been", "was", "were", "is", "are", "be", "being", "also", "now", "since"})
_RELATIVE_OPENS = ("who ", "which ", "whose ", "whom ")


def _sanctioned(before: str) -> frozenset[str]:
    """Whom a sanction is of, by the words of its subject: the lower-case words of its clause ('we note that an
    official has been suspended': an official); past the commas of an apposition or a relative clause when the
    clause holds only the verb's auxiliaries ('The head of the office, Jan Novak, has been dismissed': the head of
    the office and Jan Novak; 'Jan Novak, who ran the office, was suspended': Jan Novak)."""
    clauses = _CLAUSE.split(before)
    if len(clauses) == 1 or not set(clauses[-1].split()) <= _AUXILIARIES:
        return stems(" ".join(w for w in _CLAUSE_OPENS.split(clauses[-1])[-1].split() if w.islower()))
    subject: list[str] = []
    for clause in reversed(clauses[:-1]):
        words = _CLAUSE_OPENS.split(clause)[-1].split()
        if clause.lstrip().startswith(_RELATIVE_OPENS):
            continue
        if any(w.islower() for w in words):
            subject += [w for w in words if w.islower()]
            break
        subject += words  # a name in apposition
    return stems(" ".join(subject))


def _phrase(words: str) -> str:
    """A cause's words up to a place, a time, what it was of or a clause of it ('a bird strike affecting the left
    engine'), but past a fault's: 'a fault to the hydraulic system' is of the kind of what failed."""
    for end in _CAUSE_ENDS.finditer(words):
        if _kind(words[: end.start()]) - _FAULT:
            return words[: end.start()].strip()
    return words.strip()


def _kind(cause: str) -> frozenset[str]:
    """A cause's words, one of a kind whatever its number: 'strong wind' and 'high winds' are one kind."""
    return stems(" ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in cause.split()))


# Verbs of one deed, in the form `_deed` cuts the first to: a painting gifted by X and one donated by Y are rival
# donors, a hall constructed by X and one built by Y rival builders
_SAME_DEED = {"sold": "sell", "mak": "make", "manufactur": "make", "gift": "donat", "financ": "fund", "build": "built", "construct": "built", "run": "operat", "establish": "found", "belong": "own", "discover": "found", "head": "led"}


def _deed(verb: str) -> str:
    """A deed's verb in one form: 'scored', 'scores' -> 'score'; 'owned', 'owns' -> 'own'; 'gifted' -> 'donat'."""
    for ending in ("ed", "es", "s"):
        if verb.endswith(ending) and len(verb) > len(ending) + 2:
            verb = verb[: -len(ending)]
            break
    return _SAME_DEED.get(verb.rstrip("e"), verb.rstrip("e"))


def _sides(citations: tuple[Citation, ...], told: list[Reading], frame: str) -> list[list[tuple[Citation, Reading]]] | None:
    """The citations in two sides of rival arguments, the side of more sources first; None unless there are
    exactly two and no source is on both. A cause's sides are those sharing no word; a doer's, two people
    or two bodies; a deed only a participle after 'by' names ('owned by', not 'X owns' alone)."""
    sides: list[list[tuple[Citation, Reading]]] = []
    for citation, reading in zip(citations, told):
        side = next((s for s in sides if _same_side(s[0][1], reading, frame)), None)
        if side is None:
            sides.append([(citation, reading)])
        else:
            side.append((citation, reading))
    if len(sides) != 2 or {c.source for c, _ in sides[0]} & {c.source for c, _ in sides[1]}:
        return None
    if any(all(r.mishap for _, r in side) and not any(_kind(r.words) & _FAILED for _, r in other) for side, other in (sides, sides[::-1])):
        return None  # a side told only as the mishap itself rivals only another failure ('a pipe burst' / 'the damaged roof')
    if _of_a_party(frame):
        kinds = {next(iter(r.argument)).split(":", 1)[0] for side in sides for _, r in side}
        if len(kinds) != 1 or frame.endswith(" by") and not any(_named_doer(c.quote, r.words) for side in sides for c, r in side):
            return None
    return sorted(sides, key=lambda s: (-len({c.source for c, _ in s}), min(source_order(c.source) for c, _ in s)))


def _of_a_party(frame: str) -> bool:
    """Whether a frame's argument is a person or a body: a deed's doer ('owned by') or receiver ('licensed to')."""
    return frame.endswith((" by", " to"))


def _named_doer(quote: str, words: str) -> re.Match | None:
    """The words naming a doer as the deed's doer: a participle after 'by', 'the owner of X is' or 'bought from'."""
    before = quote[: quote.find(words)]
    return search_holding(("by",), _BY, before) or search_holding(_AGENT_WORDS, _AGENT_IS, before) or search_holding(("from",), _FROM, before)


# Words naming a breakdown of any kind: what a cause is of, never a cause ('customers could not pay because of an outage')
_THE_EVENT = stems("outage disruption shutdown incident accident breakdown")
# Words naming a part of any whole, no kind of cause
_PART = stems("system systems unit units equipment part parts")
# A fire and what it gives off: smoke told as why patients were moved is of the fire, not a rival of its cause
_FIRE = stems("fire blaze smoke flames fumes")


def _chained(a: Reading, b: Reading) -> bool:
    """Whether one cause is what the other caused, a fire's smoke and flames with it: a chain ('a fryer' started
    the fire, the move of patients was due to 'the smoke'), not rivals."""
    return any(x.argument & (y.effect | _FIRE if y.effect & _FIRE else y.effect) for x, y in ((a, b), (b, a)))


def _same_side(a: Reading, b: Reading, frame: str) -> bool:
    """Whether two readings tell one argument: causes sharing a word or a class ('an electrical fault' / 'a short
    circuit'), other arguments the same."""
    if frame == "cause":
        return bool(a.argument & b.argument) or any(a.argument & kind and b.argument & kind for kind in _CAUSE_CLASSES)
    return a.argument == b.argument


def _unmixed(sides: list[list[tuple[Citation, Reading]]], body: dict[str, list[str]], frame: str, naming: dict[str, set[str]], setting: Setting) -> bool:
    """Whether no source of a side tells anything of the other side's argument anywhere in its text: not its
    outcome's words, not its doer's name, not a word of its cause; and, of an outcome, whether the sides are of one
    subject: not each naming a person or a body no source of the other names (two riders, two companies)."""
    if frame in _OUTCOME_FRAMES and all(_names_apart(side, other, setting, naming) for side, other in (sides, sides[::-1])):
        return False
    for side, other in (sides, sides[::-1]):
        for (citation, _), (_, reading) in product(side, other):
            source, text = citation.source, " ".join(body[citation.source])
            if frame == "cause":  # but as what another says the cause was, against the source's own side
                told = any(_tells_cause(sentence, reading.argument) and not _reported(sentence, reading) for sentence in body[source])
            elif frame == _OWNED:  # the rival owner named where the source tells no owning is a party of another role
                told = any(
                    _OWNING.search(clause)
                    for (at, sentence), names in setting.names.items() if at == source
                    for surface, entity in names if f"{entity.kind}:{entity.key}" in reading.argument
                    for clause in _CLAUSE_OR_AND.split(sentence) if surface in clause
                )
            elif _of_a_party(frame):
                told = any(source in naming.get(key, ()) for key in reading.argument)
            else:
                told = any(pattern.search(_NOT_GONE_AHEAD.sub(" ", text) if kind == "called off" and _NEW_DAY.search(text) else text)
                           for kind, pattern in dict(_OUTCOMES)[frame] if kind in reading.argument)
            if told:
                return False
    return True


def _names_apart(side: list[tuple[Citation, Reading]], other: list[tuple[Citation, Reading]], setting: Setting, naming: dict[str, set[str]]) -> bool:
    """Whether a side's sentences name a person or a body that no source of the other side names anywhere (a person
    by surname: 'Manolis Vardakis' is 'Emmanouil Vardakis' under a short first name)."""
    others = {c.source for c, _ in other}
    named = {_subject(*key.split(":", 1)) for key, sources in naming.items() if sources & others}
    return any(_subject(e.kind, e.key) not in named for c, _ in side for _, e in setting.names.get((c.source, c.quote), []))


def _subject(kind: str, key: str) -> str:
    """Who an entity is as a subject of an outcome: a body by its key, a person by surname."""
    return f"person:{key.rsplit(' ', 1)[-1]}" if kind == "person" else f"{kind}:{key}"


# Another's word reported: 'The company is telling the press that ...', 'The operator insists that ...'
_SAYING_THAT = re.compile(r"\b(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|argues?|argued|(?:is|are|was|were) telling [\w ]{1,20}?|told [\w ]{1,20}?) that\b")


def _own_word(claim: Fact, readings: list[Reading]) -> set[str]:
    """The sources a claim cites telling its side in their own words, not only as what another says."""
    return {c.source for c, r in zip(claim.citations, readings) if not _reported(c.quote, r)}


def _reported(sentence: str, reading: Reading) -> bool:
    """Whether a sentence tells a cause only as what someone else says it was: a clause of saying, then the cause
    read as the cause of what the reading is of (a chain told as another's word, 'X says that a dip tripped the
    chillers', reads no cause and is still told)."""
    saying = reading.frame == "cause" and _SAYING_THAT.search(sentence)
    told = _readings(Citation("", sentence), Setting({}, frozenset())).get("cause") if saying else None  # read alone
    return told is not None and _same_side(told, reading, "cause") and _one_thing("cause", told, reading)


def _tells_cause(text: str, kind: frozenset[str]) -> bool:
    """Whether a text tells a cause of this kind: its one word, or two of its words side by side ('a controlled
    burn' in 'the controlled burn spread'; not 'burned' and 'brought under control' apart). A word naming only a part
    of some whole ('system', 'unit') is not one of them: 'loss of cooling' tells 'a problem with the cooling system'."""
    words = [w for word in text.split() for w in _kind(word)]
    kind = kind - _PART or kind
    if len(kind) == 1:
        return bool(kind & set(words))
    return any(a != b and {a, b} <= kind for a, b in zip(words, words[1:]))


def _conflict(claim: Fact, frame: str, sides: list[list[tuple[Citation, Reading]]]) -> Fact:
    """The claim as a conflict: each citation with the words of its side's argument, the second side disagreeing;
    labelled with the frame and the names the claim's label gives."""
    told = {r.words for side in sides for _, r in side}
    names = ", ".join(n for n in claim.label.partition(": ")[2].split(", ") if n and n not in told)
    if _of_a_party(frame):  # the deed as a source writes it before 'by' or 'to': 'owned by', 'scored by', 'sold to'
        pattern, word = (_TO, "to") if frame in _RECEIVED else (_BY, "by")
        done = next((done for deed, done in _AGENT_NOUNS.values() if f"{deed} by" == frame), "owned")  # as no source writes it
        frame = next((m.group(1) for side in sides for c, r in side if (m := pattern.search(c.quote[: c.quote.find(r.words)]))), done) + f" {word}"
    citations = [Citation(c.source, c.quote, value=r.words or None, disagrees=n > 0) for n, side in enumerate(sides) for c, r in side]
    value = " / ".join(next(r.words for _, r in side if r.words) for side in sides)
    return fact(claim.id, "claim", f"{frame} ({names})" if names else frame, value, citations, True)


# --- statements aligned by slot ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filling:
    """A sentence naming a person or a place in a slot: a town or a building after 'was held in', a person after the
    role 'park director'; with the sentence's other words, which tell whether two fillings are of one statement."""

    source: str
    quote: str
    slot: frozenset[str]  # the slot's words: a verb's stem and its preposition, or a person's role
    filler: Entity
    kind: str  # what the slot holds: a place (a town, a building of any body) or a person
    placing: str  # the words placing the filler: 'held in', 'treated at the', 'park director'
    words: str  # the filler as the sentence writes it, with the words placing it
    anchors: frozenset[str]  # the sentence's content words but the slot's and the filler's
    role: bool = False  # a role of one holder, which a rival may hold in another role too; else a place's slot
    deed: str = ""  # a doer's slot: the deed's verb as `_deed` cuts it, which a rival may be named apart from


# A place after the verb and the preposition placing a deed there ('was held in X', 'signed at X', 'derailed near X'),
# or where a verb of motion or a noun of a journey took something from or to ('flown to X', 'arriving from X', 'the
# flight NV512 from X'; one slot whatever the verb or the noun): no determiner between, so that 'in the X region' is no town;
# a building may have one ('treated at the X Hospital')
_PLACED = re.compile(r"\b(?P<verb>[a-z]+(?:ed|en|ing)|held|built|met|won|run|fought|flew|took|sent|brought|flights?|trains?|ferry|voyage|journey)"
                     r"(?:\s+[A-Z]+\d+)?\s+(?P<at>in|at|near|from|to)\s+(?P<the>the\s+)?$")
_MOTION = stems("moved flown flew taken took transferred transported sent brought shipped evacuated diverted relocated airlifted rushed "
                "driven carried returned sailed travelled departed arrived flight train ferry voyage journey")
# ... and what a town is named as beside: a body's seat ('based in X', 'from its base in X'), which tells nothing of
# where the event's things went or came from
_SEAT = re.compile(r"\b(?:based|headquartered|registered|(?:its|their)\s+(?:home|base|headquarters|seat))\s+(?:in|at)\s+$")
_BUILDING = re.compile(r"\b(?:[Hh]ospital|[Cc]linic|[Ii]nfirmary|[Ss]tadium|[Aa]rena|[Hh]all|[Mm]useum|[Tt]heat(?:re|er)|[Cc]athedral|[Cc]hurch|[Aa]irport|[Ss]tation|[Pp]alace|[Cc]astle|[Hh]otel|[Rr]esort|[Pp]rison)$")
_BE = re.compile(r"\b(?:was|were|is|are|been|being|be|the)\b")  # ... not of a slot's label ('treated at')
_REGION_AFTER = re.compile(r"^\s+(?:region|province|county|district|state|area|valley|canton)\b|^\s+[A-Z]")  # ... or a longer name's first word
# A role one person holds at a time ('park director', 'mayor of Tolosa', 'race president'), by its stems; told with a
# qualifier only, a word naming which body's it is ('chief executive' or a bare 'director' may be any body's), and
# never one of a change of holder: a title of another time or a second of a kind before it ('the former park
# director'), or a sentence of succession ('succeeded', 'took over')
_ONE_HOLDER = frozenset("direc presi mayor chair chief gover recto princ capta coach ceo".split())
_TITLE_WORDS = _ONE_HOLDER | frozenset("execu head manag gener senio offic".split())  # ... words of a title, no qualifier
_CHANGED_TITLE = re.compile(r"\b(?:former|ex|then|new|newly|acting|interim|outgoing|incoming|late|deputy|vice|assistant|co)\W*$")
_SUCCESSION = re.compile(r"\b(?:succeed\w*|successor|predecessor|replac\w*|appointed|took over|until|stepped down|resigned)\b")
# ... and a qualifier naming which body only as a kind of body ('the company's chief executive' may be of either firm)
_GENERIC_HOLDERS = stems("company firm group organisation organization body agency team club")
# A body's part of one party in the event, told by a lower-case noun before its name or apposed after it ('the
# contractor X', 'the contractor company X', 'X, the operator,'): the works have one contractor, the plant one owner;
# the noun follows a determiner or a function word, so that a part of another time is none ('the former operator')
_PARTIES = r"contractor|operator|owner|developer|builder|manufacturer|insurer|organi[sz]er|buyer|purchaser|seller|landlord"
_PARTY_BEFORE = re.compile(rf"(?:^|(?:^|\s)(?:[Tt]he|its|their|by|which|and|as|with|from|to)\s+)(?P<role>{_PARTIES})(?:\s+(?:company|firm|group))?\s+$")
_PARTY_AFTER = re.compile(rf"^,\s+(?:the|its)\s+(?P<role>{_PARTIES})\b")
_PARTY_SLOTS = stems(_PARTIES.replace("|", " ").replace("organi[sz]er", "organiser organizer"))
# One source against one may tell one town in two languages ('derailed near Sterzing' / '... near Vipiteno')
_LARGER_SIDE = 2
_ANCHORS_SHARED = 2  # content words two sentences share, but the slot's and the fillers', to tell one statement


def slots_disputed(facts: list[Fact], entities: list[Entity]) -> list[Fact]:
    """One statement told with two people or two places in one slot ('The championship was held in X' / '... held in
    Y'; 'park director X announced the limit' / 'Park director Y announced the limit'), the sentences sharing words
    but the slot's and the fillers', is one fact in conflict, each side citing its own words: not two agreed facts.
    Guarded as a wrong conflict is worse than a missed one: two fillers exactly, no source on both sides, no source
    of a side naming the other place anywhere, or the other person but in another role (a spokeswoman named as such
    is no rival director), two sources at least on the larger side; no slot of a changed holder ('former director',
    'succeeded')."""
    taken = {f.id for f in facts}
    fillings = [filling for entity in entities for mention in entity.mentions for filling in _fillings(entity, mention)]
    by_slot: dict[tuple[str, frozenset[str]], list[Filling]] = {}
    for filling in fillings:
        by_slot.setdefault((filling.kind, filling.slot), []).append(filling)
    for (kind, slot), told in sorted(by_slot.items(), key=lambda item: (item[0][0], sorted(item[0][1]))):
        rivals = {a.filler.key for a in told if any(_one_statement(a, b) for b in told)}
        sides: dict[str, list[Filling]] = {}
        for filling in told:
            if filling.filler.key in rivals:
                sides.setdefault(filling.filler.key, []).append(filling)
        if len(sides) != 2:
            continue
        first, second = sorted(sides.values(), key=lambda side: (-len({f.source for f in side}), min(source_order(f.source) for f in side)))
        if len({f.source for f in first}) < _LARGER_SIDE or {f.source for f in first} & {f.source for f in second} or not _unnamed(first, second[0].filler) or not _unnamed(second, first[0].filler):
            continue
        facts = _filled(facts, kind, first, second, taken)
    return facts


def _fillings(entity: Entity, mention: Mention) -> list[Filling]:
    """The slots a mention fills: a town's or a building's after its verb and preposition, a person's role of one
    holder, a person's or a body's deed of one doer."""
    text = mention.sentence.text
    at = text.find(mention.surface)
    if at < 0:
        return []
    before, after = text[:at], text[at + len(mention.surface):]
    building = _BUILDING.search(mention.surface) is not None
    placed = _PLACED.search(before) if (entity.kind == "place" and entity.label == "place") or building else None
    told: list[tuple[frozenset[str], str, str, str, bool, str]] = []  # each slot's words, kind, placing words, words
    # telling the filler, whether a role, the deed
    motion = placed and placed["at"] in ("from", "to") and stems(placed["verb"]) & _MOTION
    if placed and (placed["the"] is None or building) and (motion or placed["at"] in ("in", "at", "near") and not placed["verb"].endswith("ing")
                                                           and not stems(placed["verb"]) & _MOTION) and not _REGION_AFTER.match(after):
        placing = placed.group(0)
        slot = frozenset({placed["at"]} if motion else {_deed(placed["verb"]), placed["at"]})
        told.append((slot, "place" if building else entity.kind, placing, placing + mention.surface, False, ""))
    if entity.kind == "person" and mention.role and mention.role in text and stems(mention.role) & _ONE_HOLDER \
            and stems(mention.role) - _TITLE_WORDS - _GENERIC_HOLDERS \
            and not _CHANGED_TITLE.search(text[: text.find(mention.role)]) and not _SUCCESSION.search(text):
        told.append((stems(mention.role), entity.kind, mention.role, mention.role, True, ""))
    if entity.kind in ("person", "organization") and (party := _PARTY_BEFORE.search(before) or _PARTY_AFTER.match(after)) \
            and not _SUCCESSION.search(text):
        told.append((stems(party["role"]), entity.kind, party["role"], party["role"], True, ""))
    if entity.kind in ("person", "organization") and (done := _doer(before, after)):
        deed, verb, words = done
        told.append((frozenset({deed, "by"}), entity.kind, f"{verb} by", words.replace("\x00", mention.surface), False, deed))
    if not told:
        return []  # most mentions fill no slot: the entity's names are not read for them (a name told 100 times)
    named = stems(" ".join(m.surface for m in entity.mentions))
    fillings = []
    for slot, kind, placing, words, role, deed in told:
        anchors = stems(text) - slot - named - stems(words)
        fillings.append(Filling(mention.sentence.source, text, slot, entity, kind, placing, words, anchors, role, deed))
    return fillings


# A person or a body as the doer of a deed of one doer: after its participle and 'by', a day or a place between ('was
# officially opened on Friday 9 October by X'), or before its verb, past an apposition and 'who' ('X, one of the
# founding parents, who officially opened the ...')
_DONE_BY = re.compile(r"\b(?P<verb>[a-z]+(?:ed|en)|built|won|run|led)(?:\s+(?:on|at|in)(?:\s+[\w-]+){1,4}?)?\s+by\s+(?:the\s+)?(?:[\w-]+-based\s+)?$")
# ... or named as a round's one lead investor ('The leading investor of the round is the Helsinki fund X'): it led it
_LEAD_INVESTOR = re.compile(r"\b(?:[Tt]he\s+)?lead(?:ing)?\s+(?:investor|backer)(?:\s+(?:of|in)\s+the\s+(?P<thing>[a-z]+))?\s+(?:is|was)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,4}$")
_DOES_IT = re.compile(r"^(?:,[^,]{1,60},\s+who)?\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed)\b")


def _doer(before: str, after: str) -> tuple[str, str, str] | None:
    """The deed of one doer a name is told doing, after its participle and 'by' or before its verb: the deed as
    `_deed` cuts it, its verb and the words telling it, the name as a NUL ('opened on Friday by \x00')."""
    by, does = _DONE_BY.search(before), _DOES_IT.match(after)
    match, words = (by, by.group(0) + "\x00") if by else (does, "\x00" + does.group(0)) if does else (None, "")
    if match is None and (lead := _LEAD_INVESTOR.search(before)):
        return _deed("led"), "led", lead.group(0) + "\x00"
    return (_deed(match["verb"]), match["verb"], words) if match and _deed(match["verb"]) in _ONE_DOER else None


def _one_statement(a: Filling, b: Filling) -> bool:
    """Two sources' fillings of one slot with two fillers, the sentences sharing words but the slot's and the
    fillers' (each filler's words are left out of the other's too)."""
    if a.source == b.source or a.filler.key == b.filler.key:
        return False
    if a.role and a.slot & _PARTY_SLOTS:
        return True  # a party's part is the event's one statement, however each source words the rest
    if a.deed == b.deed == "led" and _thing_done(a) and _thing_done(a) == _thing_done(b):
        return True  # a round, an investment, a consortium has one lead, however each source words the rest
    return len((a.anchors - stems(b.words)) & (b.anchors - stems(a.words))) >= _ANCHORS_SHARED


def _unnamed(side: list[Filling], rival: Entity) -> bool:
    """Whether no source of a side names the rival: a place nowhere; a role's holder only in another role."""
    sources = {f.source for f in side}
    return not any(
        m.sentence.source in sources and (not side[0].role or not m.role or stems(m.role) == side[0].slot)
        and (side[0].filler.kind != "place" or not _SEAT.search(m.sentence.text[: max(0, m.sentence.text.find(m.surface))]))
        and (not side[0].deed or side[0].deed in {_deed(w) for w in re.findall(r"[a-z]+", m.sentence.text)} and _no_lesser_part(m.sentence.text))
        for m in rival.mentions
    )


# What a deed was done to, for its label ('The round was led by X', 'X led the round', 'the lead investor of the round')
_THING_DONE = r"\b(?P<thing>[a-z]{{3,}})\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?{verb}\s+by\b|\b{verb}\s+(?:the|a|an|its|their)\s+(?P<done>[a-z]{{3,}})\b"


def _thing_done(filling: Filling) -> str:
    """The noun a deed was done to as the filling's sentence tells it, or ''."""
    verb = filling.placing.split()[0]
    lead = _LEAD_INVESTOR.search(filling.words)
    told = re.search(_THING_DONE.format(verb=re.escape(verb)), filling.quote)
    if lead:
        return lead["thing"] or ""
    return (told["thing"] or told["done"]) if told else ""


# A sentence telling the rival a lesser part than the deed ('led by X, with Y also investing', 'joined by Y'): no co-doer,
# unless it tells the deed shared ('co-led by X and Y, with Z also investing')
_TOOK_PART = re.compile(r"\b(?:also (?:investing|invested|backing|backed)|joined by|alongside|took part|taking part|participated)\b")
_SHARED_DEED = re.compile(r"\bco-?(?:led|lead\w*|head\w*)\b|\bjointly\b|\btogether\b")


def _no_lesser_part(text: str) -> bool:
    """Whether a sentence naming a deed's rival doer tells it no lesser part (so it may be a co-doer)."""
    return not _TOOK_PART.search(text) or _SHARED_DEED.search(text) is not None


def _filled(facts: list[Fact], kind: str, first: list[Filling], second: list[Filling], taken: set[str]) -> list[Fact]:
    """Two towns as one place in conflict, in place of the first's fact (the second's, when boxed, kept only for the
    sources outside the conflict); two holders of a role, two doers of a deed (a claim of people, an organisation of
    bodies, labelled by the deed and what it was done to: 'round led by') or two buildings of bodies as
    one fact in conflict labelled by the role or the words placing them ('treated at', 'opened by'), beside each
    filler's own."""
    citations = [Citation(f.source, f.quote, value=f.words, disagrees=side is second) for side in (first, second) for f in side]
    if first[0].role or first[0].filler.kind != "place":  # a holder, a doer, a body's building
        label = first[0].words if first[0].role else " ".join(_BE.sub("", first[0].placing).split())
        if first[0].deed:
            label = " ".join(filter(None, (next(filter(None, map(_thing_done, first)), ""), label)))
        value, kind = f"{first[0].filler.name} / {second[0].filler.name}", "claim" if first[0].deed and kind == "person" else kind
        if any(f.status == "conflict" and {first[0].filler.name, second[0].filler.name} <= set(f.value.split(" / ")) for f in facts):
            return facts  # the doer frame told it already ('designed by X' / '... by Y')
        return facts + [fact(unique_id(f"{kind}-{slugify(label)}", taken), kind, label, value, citations, True)]
    kept, rival = (next((f for f in facts if f.kind == kind and side[0].filler.name in (f.value, *f.variants)), None) for side in (first, second))
    if kept is None or kept is rival:
        return facts
    disputed = fact(kept.id, kind, kept.label, f"{kept.value} / {rival.value if rival else second[0].filler.name}", citations, True)
    sources = {c.source for c in citations}
    left = [c for c in rival.citations if c.source not in sources] if rival else []
    rival_left = fact(rival.id, kind, rival.label, rival.value, left, variants=rival.variants) if left else None
    return [item for item in (disputed if f is kept else rival_left if f is rival else f for f in facts) if item is not None]


# --- one statement told with two names --------------------------------------------------------------------------------

# What a statement is told in: the sentence's claim without its quotations (who said which words is the quotations'
# matter); the clause holding a name is what its side cites
_QUOTATION = re.compile(r"[\"“”][^\"“”]*[\"“”]")
_STATEMENT_CLAUSE = re.compile(r"[,;:()–—]\s*|\s(?:and|but|while|whereas|which|who|after|before|when)\s")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_ALIKE = 0.3  # weighted share of the lighter wording's words two sentences have in common, the names left out
_STATEMENT_SHARED = 3  # content words or figures two sentences share, the names left out
_BLOCK = 40  # a word told in more sentences finds no pair (it tells no statement apart): near-linear in sentences
_NAMED_KINDS = ("place", "person", "organization")
# ... a name told as a larger place ('the province of X', 'the X region') is no rival of a town
_REGION_WORDS = r"(?:province|region|county|district|state|area|valley|canton|department|prefecture)"
_PART_OF = re.compile(rf"\b{_REGION_WORDS} of\s+(?:the\s+)?$")
_A_REGION = re.compile(rf"\b{_REGION_WORDS}\b", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"the", "of", "st", "de", "la", "del", "der", "von", "van"})
# A sentence telling readers what to do ('Passengers should check with X', 'Contact X', 'X urged travellers to'): its
# name is whom to ask or who advises, not a filler of the story's statement
_TO_DO = r"(?:check|contact|visit|see|call|consult|ask|follow|book|buy|use|report|avoid)"
_ADVICE = re.compile(rf"^(?:please\s+|(?:do\s+)?not\s+|never\s+)?{_TO_DO}\b|\b(?:should|must|can|may)\s+(?:not\s+)?{_TO_DO}\b"
                     r"|\b(?:are|is|were|was)\s+(?:advised|asked|urged|encouraged|warned|reminded)\s+(?:not\s+)?to\b"
                     r"|\b(?:advise[ds]?|urge[ds]?|warn(?:s|ed)?|remind(?:s|ed)?|recommend(?:s|ed)?|encourage[ds]?)\s+"
                     r"(?:\w+\s+){0,3}?(?:not\s+)?to\b", re.IGNORECASE)
# A person told as speaking ('said X', 'X told reporters'): who said what is the quotations' matter, not a rival filler
_SPEAKING = re.compile(r"\b(?:says?|said|told|added|according to|explained|stressed|confirmed)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Told:
    """A sentence naming people, places or bodies in the statement it claims, with its words and the names left out."""

    sentence: Sentence
    claim: str  # the sentence's claim without its quotations
    named: dict[str, list[tuple[Entity, Mention]]]  # kind -> the names of that kind in the claim
    words: frozenset[str]  # the claim's content words and figures, every name left out
    keyed: dict[str, dict[str, tuple[Entity, Mention]]] = field(init=False)  # kind -> name's key -> its mention

    def __post_init__(self) -> None:
        """Each kind's names by key, made once: a sentence meets hundreds of others."""
        object.__setattr__(self, "keyed", {kind: {e.key: (e, m) for e, m in names} for kind, names in self.named.items()})


def statements_disputed(facts: list[Fact], sentences: list[Sentence], entities: list[Entity]) -> list[Fact]:
    """Two sources telling one statement, read without a frame, that differ in one name of one kind (town for town,
    person for person, body for body): 'a couple who live in X, on the south coast' / 'a couple in Y, on the south
    coast'. The sentences align by the event's weighted word overlap with every name left out, and each name stands in
    the same place of the statement: the two share words before it, and none of one's words before it is after it in
    the other (a subject is no rival of a place after its verb). The conflict cites the clause holding each side's
    name. Guarded as a wrong conflict is worse than a missed one: each sentence names one of that kind the other does
    not; the two names are not one name in two forms ('St Olav's Hospital' / 'St Olavs hospital') and of one label (a
    country is no rival of a town); no name is told as a part of a larger place ('the province of X'); two fillers
    exactly, two sources at least on the larger side, no sentence telling readers what to do, and no source names both
    (a second place of the story, a venue and its city; for people, named in every source in their own roles, no source
    on both sides and none told as speaking)."""
    told = _statements(sentences, entities)
    weight = {word: math.log(1 + len(told) / count) for word, count in Counter(w for t in told for w in t.words).items()}
    body: dict[str, str] = {}
    for sentence in sentences:
        body[sentence.source] = body.get(sentence.source, "") + " " + fold(sentence.text)
    told_in = {id(e): frozenset(m.sentence.source for m in e.mentions) for e in entities}  # read once, not per pair
    pairs: dict[tuple[str, frozenset[str]], list[Filling]] = {}
    for a, b in _blocked_pairs(told):
        for kind in a.keyed.keys() & b.keyed.keys():
            if (two := _two_names(a, b, kind, weight, told_in)) is not None:
                pairs.setdefault((kind, frozenset(f.filler.key for f in two)), []).extend(two)
    rivals_of = Counter((kind, key) for kind, keys in pairs for key in keys)
    taken = {f.id for f in facts}
    for (kind, keys), fillings in sorted(pairs.items(), key=lambda item: (item[0][0], sorted(item[0][1]))):
        if any(rivals_of[(kind, key)] != 1 for key in keys):
            continue
        sides: dict[str, list[Filling]] = {}
        for filling in fillings:
            if all(f.quote != filling.quote for f in sides.get(filling.filler.key, [])):
                sides.setdefault(filling.filler.key, []).append(filling)
        first, second = sorted(sides.values(), key=lambda side: (-len({f.source for f in side}), min(source_order(f.source) for f in side)))
        if len({f.source for f in first}) >= _LARGER_SIDE and not _named_by_both(kind, first, second, body):
            facts = _filled(facts, kind, first, second, taken)
    return facts


def _statements(sentences: list[Sentence], entities: list[Entity]) -> list[_Told]:
    """The sentences naming a person, a place or a body in the statement they claim."""
    claims = {(s.source, s.index): _QUOTATION.sub(" ", claimed(s.text)) for s in sentences}
    named: dict[tuple[str, int], dict[str, list[tuple[Entity, Mention]]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            spot = (mention.sentence.source, mention.sentence.index)
            if entity.kind in _NAMED_KINDS and mention.surface in claims[spot]:
                named.setdefault(spot, {}).setdefault(entity.kind, []).append((entity, mention))
    return [
        _Told(s, claims[spot], named[spot], _unnamed_words(claims[spot], named[spot]))
        for s in sentences if (spot := (s.source, s.index)) in named
    ]


def _unnamed_words(text: str, named: dict[str, list[tuple[Entity, Mention]]]) -> frozenset[str]:
    """A wording's content words and figures, the names it holds left out."""
    for surface in sorted({m.surface for names in named.values() for _, m in names}, key=len, reverse=True):
        text = text.replace(surface, " ")
    return stems(text) | {figure.replace(",", "") for figure in _FIGURE.findall(text)}


def _blocked_pairs(told: list[_Told]) -> list[tuple[_Told, _Told]]:
    """The pairs of two sources' sentences sharing a word told in few sentences and `_STATEMENT_SHARED` words in all, in
    reading order: never all pairs. Each sentence gathers the others holding one of its few-told words, so a pair is
    met once, not once per word it shares (wire copy shares dozens)."""
    holding: dict[str, list[int]] = {}
    for n, t in enumerate(told):
        for word in t.words:
            holding.setdefault(word, []).append(n)
    source = [t.sentence.source for t in told]
    pairs: list[tuple[_Told, _Told]] = []
    for i, t in enumerate(told):
        near = set().union(*[block for word in t.words if len(block := holding[word]) <= _BLOCK])
        pairs.extend([(t, told[j]) for j in sorted(near)
                      if j > i and source[j] != source[i] and len(t.words & told[j].words) >= _STATEMENT_SHARED])
    return pairs


def _two_names(
    a: _Told, b: _Told, kind: str, weight: dict[str, float], told_in: dict[int, frozenset[str]]
) -> tuple[Filling, Filling] | None:
    """Two sentences telling one statement but for one name of a kind each, as the two fillings; else None.
    `told_in`: the sources naming each entity, by the entity's id."""
    in_a, in_b = a.keyed[kind], b.keyed[kind]
    only_a, only_b = in_a.keys() - in_b.keys(), in_b.keys() - in_a.keys()
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    (x, at_a), (y, at_b) = in_a[only_a.pop()], in_b[only_b.pop()]
    if (kind != "person" and (x.label != y.label or told_in[id(x)] & told_in[id(y)])) or _one_name(x.name, y.name):
        return None
    if _alike(a.words, b.words, weight) < _ALIKE \
            or _a_region(a.claim, at_a.surface) or _a_region(b.claim, at_b.surface) or _ADVICE.search(a.claim) or _ADVICE.search(b.claim):
        return None
    if kind == "person" and (_SPEAKING.search(_clause(a.claim, at_a.surface)) or _SPEAKING.search(_clause(b.claim, at_b.surface))):
        return None
    (before_a, after_a), (before_b, after_b) = _around(a, at_a.surface), _around(b, at_b.surface)
    if not before_a & before_b or before_a & after_b or after_a & before_b:
        return None
    return _statement_filling(a, x, at_a, _clause(a.claim, at_a.surface)), _statement_filling(b, y, at_b, _clause(b.claim, at_b.surface))


def _a_region(claim: str, surface: str) -> bool:
    """Whether a name is told as a larger place: after 'the province of', or with a word of a region in it or next."""
    at = claim.find(surface)
    next_word = re.match(r"\s*\w*", claim[at + len(surface):])
    return _PART_OF.search(claim, 0, at) is not None or _A_REGION.search(surface + (next_word.group(0) if next_word else "")) is not None


def _around(told: _Told, surface: str) -> tuple[frozenset[str], frozenset[str]]:
    """A claim's words before a name and after it, the names left out."""
    at = told.claim.find(surface)
    return _unnamed_words(told.claim[:at], told.named), _unnamed_words(told.claim[at + len(surface):], told.named)


def _alike(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """The weight two wordings share, of the lighter one's."""
    lighter = min(sum(weight.get(w, 1.0) for w in a), sum(weight.get(w, 1.0) for w in b))
    return sum(weight.get(w, 1.0) for w in a & b) / lighter if lighter else 0.0


def _clause(text: str, surface: str) -> str:
    """The clause of a sentence holding a name: from the last break before it to the first after it."""
    at = text.find(surface)
    start = max((m.end() for m in _STATEMENT_CLAUSE.finditer(text, 0, at)), default=0)
    end = _STATEMENT_CLAUSE.search(text, at + len(surface))
    return text[start:end.start() if end else len(text)].strip()


def _one_name(a: str, b: str) -> bool:
    """Whether two names are one in two forms: the words of one all the other's, or their own words one the other's
    beginning ('Ring' / 'Ringstrasse', 'St. Olav's' / 'St. Olavs')."""
    x, y = (set(re.findall(r"[a-z]{3,}", fold(name).lower())) - _NAME_PARTICLES for name in (a, b))
    own_x, own_y = x - y, y - x
    return not own_x or not own_y or any(u.startswith(v) or v.startswith(u) for u in own_x for v in own_y)


def _statement_filling(told: _Told, entity: Entity, mention: Mention, clause: str) -> Filling:
    """A sentence's name in the statement it tells: the clause holding it the words cited, the words before it (or the
    name's kind) the label."""
    placing = " ".join(clause[: clause.find(mention.surface)].split()[-3:]) or entity.kind
    return Filling(told.sentence.source, told.sentence.text, frozenset(), entity, entity.kind, placing, clause, told.words)


def _named_by_both(kind: str, first: list[Filling], second: list[Filling], body: dict[str, str]) -> bool:
    """Whether the sides' sources name both fillers: for a town or a body, anywhere in a source's text (a second
    place of the story, a venue and its city); for a person, in the statement itself, a source on both sides (the
    people of a story are named in every source, each in their own role, and the rival is the one told in it)."""
    if kind == "person":
        return bool({f.source for f in first} & {f.source for f in second})
    return _names_anywhere(first, second[0].filler, body) or _names_anywhere(second, first[0].filler, body)


def _names_anywhere(side: list[Filling], rival: Entity, body: dict[str, str]) -> bool:
    """Whether a source of a side names the rival anywhere in its text, by any of the rival's names."""
    names = {fold(m.surface) for m in rival.mentions}
    return any(re.search(rf"\b{re.escape(name)}\b", body[f.source]) for f in side for name in names)
