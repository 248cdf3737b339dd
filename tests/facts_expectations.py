"""What a careful editor would put in the fact box of each test event, written by hand from the texts.

Each expected fact names the kind, a pattern its value (and label) must match, and the evidence: a
pattern that a sentence of a source's cleaned body matches exactly when that source states the fact.
The sources a fact must cite are worked out from the bodies, so the lists hold when the cleaner
changes the bodies, and a fact citing one source too many or too few fails.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from site_builder.discover import read_event_folder
from site_builder.facts.aliases import fold, load_aliases
from site_builder.facts.sentences import split_sentences
from site_builder.model import Event, Fact
from site_builder.pipeline import load_event


@dataclass(frozen=True)
class Expected:
    kind: str
    value: str  # regex searched in the fact's value
    evidence: str  # regex searched in each sentence of each source body: the sources that state it
    label: str = ""  # regex searched in the fact's label
    status: str | None = None  # "conflict" when the sources disagree

    def matches(self, fact: Fact) -> bool:
        return (
            fact.kind == self.kind
            and re.search(self.value, fact.value, re.IGNORECASE) is not None
            and re.search(self.label, fact.label, re.IGNORECASE) is not None
        )

    def stating(self, event: Event) -> set[str]:
        return {
            source.id
            for source in event.sources
            if any(re.search(self.evidence, s.text) for s in split_sentences(source.article.body))
        }


SEED = [
    Expected("date", r"^2023-04-20$", r"\b(?:visit\w*|trip)\b.*\bThursday\b|\bThursday\b.*\b(?:visit\w*|trip)\b"),
    Expected("place", r"^Kyiv$", r"\bKyiv\b|\bKiev\b"),
    Expected("place", r"^St Michael's Square$", r"Michael’s Square|Michael's Square|Plaza San Miguel"),
    Expected("person", r"^Jens Stoltenberg$", r"Stoltenberg", label=r"Secretary[- ]General"),
    Expected("person", r"^Volodymyr Zelensky$", r"Zelensk", label=r"President"),
    Expected("person", r"^Dmitry Peskov$", r"Peskov", label=r"spokes"),
    Expected("person", r"^Vladimir Putin$", r"Putin", label=r"President"),
    Expected("person", r"^Joe Biden$", r"Biden", label=r"President"),
    Expected("person", r"^Lloyd Austin$", r"Lloyd Austin"),
    Expected("number", r"^31$", r"\b31\b", label=r"countr|member|state"),
    Expected("number", r"^\$65 billion$", r"\$65 billion", label=r"military aid"),
    Expected("number", r"^at least 14$", r"at least 14 ", label=r"Leopard 2"),
    Expected("number", r"^at least 100$", r"at least 100 ", label=r"Leopard 1"),
    Expected("number", r"^26\b.*\b21\b", r"\b26\b.*drones", label=r"drones"),
    Expected("number", r"^55$", r"55 ground attacks", label=r"attacks"),
    Expected("claim", r"Ramstein", r"Ramstein"),
    Expected("number", r"more than a year.*almost a year|almost a year.*more than a year",
             r"(?:more than|almost) a year ago|almost 14-month-old", label=r"time since", status="conflict"),
]

EARTHQUAKE = [
    Expected("date", r"^2024-09-15$", r"\bSunday"),
    Expected("place", r"^Arequipa$", r"Arequipa"),
    Expected("place", r"^Colca valley$", r"Colca"),
    Expected("number", r"7\.1.*7\.0|7\.0.*7\.1", r"magnitude 7\.[01]|7\.1-magnitude", label=r"magnitude", status="conflict"),
    Expected("number", r"42.*38|38.*42", r"killing at least 42|killed at least 42|risen to 45|stood at 38",
             label=r"death|toll|killed", status="conflict"),
    Expected("number", r"300|320", r"more than 300|About 320", label=r"injur|people"),
    Expected("number", r"^35\b", r"depth of 35|35 km", label=r"depth"),
    Expected("number", r"^14$", r"14 aftershocks", label=r"aftershocks"),
    Expected("number", r"1,200", r"1,200 homes", label=r"homes"),
    Expected("number", r"1,500", r"1,500 residents", label=r"residents"),
    Expected("number", r"50 million", r"50 million soles", label=r"soles|aid"),
    Expected("number", r"^12$", r"12 villages", label=r"villages"),
    Expected("number", r"^three$", r"three provinces", label=r"provinces"),
    Expected("person", r"^Carla Medina$", r"Medina", label=r"Interior Minister"),
    Expected("person", r"^Elena Vargas$", r"Vargas", label=r"President"),
    Expected("person", r"^Marco Quispe$", r"Quispe", label=r"director"),
    Expected("person", r"^Rosa Huaman$", r"Huaman", label=r"resident"),
    Expected("organization", r"^IGP$|Geophysical Institute", r"Geophysical Institute|\bIGP\b"),
    Expected("quote", r"^Rescue teams are working through the night", r"Rescue teams are working", label=r"Medina"),
    Expected("quote", r"^The shaking lasted almost a minute", r"The shaking lasted", label=r"Huaman"),
    Expected("claim", r"state of emergency", r"state of emergency"),
]

CUP_FINAL = [
    Expected("place", r"^Castlegate Stadium$", r"Castlegate"),
    Expected("number", r"3-1.*3-2|3-2.*3-1", r"\b3-[12]\b", label=r"^score$", status="conflict"),
    Expected("number", r"^1-0$", r"1-0 at half-time", label=r"half-time"),
    Expected("number", r"41,[02]00|40,000", r"41,200|41,000 fans|more than 40,000", label=r"crowd|fans"),
    Expected("number", r"^8,000$", r"8,000 travelling fans", label=r"travelling fans"),
    Expected("person", r"^Tom Kerr$", r"Kerr", label=r"striker"),
    Expected("person", r"^Sam Adeyemi$", r"Adeyemi", label=r"captain"),
    Expected("person", r"^Jonas Lind$", r"Lind\b", label=r"substitute"),
    Expected("person", r"^Ana Soto$", r"Soto", label=r"manager"),
    Expected("person", r"^Pete Morgan$", r"Morgan", label=r"manager"),
    Expected("organization", r"^Riverton Rovers$", r"Rovers"),
    Expected("organization", r"^Eastfield United$", r"Eastfield"),
    Expected("quote", r"^This club waited 23 years", r"This club waited 23 years", label=r"Ana Soto"),
]


def analysed_event(content: Path, slug: str) -> Event:
    folder, problems = read_event_folder(content, slug)
    aliases, alias_problems = load_aliases(content)
    event, more = load_event(folder, aliases)
    assert event is not None and not [p for p in problems + more + alias_problems if p.severity == "error"]
    return event


def seed_content(root: Path, target: Path) -> Path:
    """The bundled seed event without its curated date and place, with the publication times two of its raw
    texts print ("20 April 2023 Thursday 04:25", "2023-04-20T09:24:06Z") supplied as metadata."""
    content = target / "seed"
    shutil.copytree(root, content)
    event_md = content / "events/nato-chief-visits-kyiv/event.md"
    event_md.write_text(re.sub(r"(?m)^(?:date|place):.*\n", "", event_md.read_text(encoding="utf-8")), encoding="utf-8")
    (content / "events/nato-chief-visits-kyiv/sources.toml").write_text(
        '["002_192d761f6cbf42ba.txt"]\npublished = "2023-04-20T04:25:00"\n'
        '["003_67f9f7db7f7dc55d.txt"]\npublished = "2023-04-20T09:24:06+00:00"\n',
        encoding="utf-8",
    )
    return content


def found(expected: Expected, event: Event) -> Fact | None:
    """The boxed fact that answers an expected one: the matching fact citing the most sources."""
    candidates = [fact for fact in event.facts if expected.matches(fact)]
    return max(candidates, key=lambda f: len(f.citations), default=None)


def score(expectations: list[Expected], event: Event) -> tuple[int, int, list[str]]:
    """(facts found, facts found citing exactly the sources that state them, what went wrong)."""
    hits = exact = 0
    misses = []
    for expected in expectations:
        fact = found(expected, event)
        if fact is None:
            misses.append(f"missing {expected.kind} {expected.value!r}")
            continue
        hits += 1
        cited = {c.source for c in fact.citations}
        if cited == expected.stating(event) and (expected.status is None or fact.status == expected.status):
            exact += 1
        else:
            misses.append(f"{fact.id}: cites {sorted(cited)}, sources stating it {sorted(expected.stating(event))}, {fact.status}")
    return hits, exact, misses


def states_its_value(fact: Fact, quote: str, value: str | None) -> bool:
    """Does the quote hold the fact's value as this source gives it? (the 'no invented citation' check)"""
    text = fold(quote)
    shown = value or fact.value
    if fact.kind == "claim":
        return True  # the claim is the quoted sentence itself
    if fact.kind == "person":
        names = {shown, fact.value, *fact.variants}
        return any(fold(name).split()[-1] in text for name in names)
    if fact.kind in ("place", "organization"):
        names = {shown, fact.value, *fact.variants}
        return any(fold(name) in text for name in names)
    if fact.kind == "number":
        figures = re.findall(r"\d[\d,.]*|\b[a-z]+\b", fold(shown.split(",")[0]))
        return all(f in text for f in figures)
    if fact.kind == "date":
        return fold(shown.split(" (")[-1].rstrip(")")) in text
    return fold(shown)[:40] in text
