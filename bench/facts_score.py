#!/usr/bin/env python3
"""Fact box score: the facts an editor would box, found and citing exactly the sources that state them.

Scores the seed event, the two test fixture events (tests/facts_expectations.py), and three held-out
events (bench/heldout/: an acquisition, a train derailment, an election) whose editor's lists below
were written before the extractors ever ran on them, and the retired blind sets (bench/blind3/, bench/blind4/, bench/blind9/, bench/blind10/, bench/blind11/,
bench/blind12/, bench/blind13/, bench/blind14/, bench/blind15/ to bench/blind74/: hidden from the code until sessions 8, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25 and 26,
now development sets). Prints, per event, the facts found / expected,
those citing exactly the right sources, what went wrong, and (with --box) every boxed fact, so a
person can judge how many are keepers, and (with --more) the figures kept out of the box. With --set DIR
(repeatable) it scores only the events of that set folder instead: a hidden set kept outside the repository.

    python bench/facts_score.py [--box] [--more] [--set DIR ...]
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.facts_expectations import (  # noqa: E402
    CUP_FINAL,
    EARTHQUAKE,
    SEED,
    Expected,
    analysed_event,
    found,
    score,
    seed_content,
    states_its_value,
)
from site_builder.facts import quote_in_body  # noqa: E402

HELDOUT = ROOT / "bench" / "heldout"
DEV = ROOT / "bench" / "dev"
FRESH = ROOT / "bench" / "fresh"
FIRSTRUN = ROOT / "bench" / "firstrun"
# hidden sets until session 8 (blind3, blind4), session 10 (blind9, blind10), session 11 (blind11 to blind14) and
# session 12 (blind15 to blind18), session 13 (blind19 to blind22), session 15 (blind23 to blind26), session 16 (blind27 to blind30),
# session 17 (blind31 to blind34), session 18 (blind35 to blind42), session 19 (blind43 to blind46),
# session 20 (blind47 to blind50), session 21 (blind51 to blind54), session 22 (blind55 to blind58), session 23 (blind59 to blind62),
# session 24 (blind63 to blind66), session 25 (blind67 to blind70), session 26 (blind71 to blind74): see their README
RETIRED_BLIND = tuple(  # every set folder in bench/: a set is moved here when it is retired
    sorted((folder.parent for folder in (ROOT / "bench").glob("blind*/expected.py")), key=lambda folder: int(folder.name[len("blind"):]))
)


def set_events(folders: tuple[Path, ...]) -> list[tuple[str, Path, str, list[Expected]]]:
    """The events of set folders laid out like the blind sets (events/, site.toml, expected.py), each set's
    editor's lists read from its expected.py; names end with the set's folder name in brackets."""
    events = []
    for folder in folders:
        spec = importlib.util.spec_from_file_location(f"{folder.name}_expected", folder / "expected.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        events += [(f"{slug} ({folder.name})", folder, slug, expected) for slug, expected in module.EVENTS.items()]
    return events

ACQUISITION = [
    Expected("date", r"^2024-11-12$", r"\bTuesday\b"),
    Expected("number", r"2\.4.*2\.5|2\.5.*2\.4", r"\$2\.[45] billion", status="conflict"),
    Expected("number", r"^32%$", r"32%"),
    Expected("number", r"28%", r"28%"),
    Expected("number", r"^3%$", r"fell 3%"),
    Expected("number", r"18\.50", r"18\.50 euros"),
    Expected("number", r"^9\b", r"9 gigawatts"),
    Expected("number", r"^22%$", r"22%"),
    Expected("number", r"300", r"300 solar"),
    Expected("number", r"^11$", r"11 countries"),
    Expected("number", r"4,800", r"4,800"),
    Expected("person", r"^Ingrid Halvorsen$", r"Halvorsen", label=r"chief executive"),
    Expected("person", r"^Javier Molina$", r"Molina", label=r"founder|chairman"),
    Expected("organization", r"^Nordvik Energy$", r"Nordvik"),
    Expected("organization", r"^Solaris Power$", r"Solaris"),
    Expected("quote", r"^Solaris gives us the pipeline", r"Solaris gives us the pipeline", label=r"Halvorsen"),
    Expected("claim", r"first quarter", r"first quarter"),
]

DERAILMENT = [
    Expected("date", r"^2024-06-08$", r"\bSaturday\b"),
    Expected("place", r"^Vipiteno$", r"Vipiteno"),
    Expected("number", r"three", r"[Tt]hree people were killed|three people died|killing three"),
    Expected("number", r"41.*38|38.*41", r"\b41 injured|38 were injured|injured 41", status="conflict"),
    Expected("number", r"200", r"200 passengers|200 people on board"),
    Expected("number", r"[Ss]even", r"[Ss]even of"),
    Expected("number", r"five", r"five days"),
    Expected("number", r"300", r"300 metres"),
    Expected("number", r"120", r"120 freight trains"),
    Expected("person", r"^Paolo Ricci$", r"Ricci", label=r"Transport Minister"),
    Expected("person", r"^Marco Egger$", r"Egger", label=r"spokesman"),
    Expected("person", r"^Lena Brunner$", r"Brunner", label=r"chief executive"),
    Expected("organization", r"^Ferrovie Alpine$", r"Ferrovie Alpine"),
    Expected("quote", r"^We owe the families", r"We owe the families", label=r"Ricci"),
    Expected("claim", r"landslide", r"[Ll]andslide"),
]

ELECTION = [
    Expected("date", r"^2025-03-09$", r"\bSunday"),
    Expected("place", r"^Valmont$", r"\bValmont\b"),
    Expected("number", r"52.*53|53.*52", r"\b5[23] (?:of the 101 )?seats", status="conflict"),
    Expected("number", r"^38$", r"\b38 seats"),
    Expected("number", r"11.*10|10.*11", r"Greens (?:won )?1[01]|1[01] seats", status="conflict"),
    Expected("number", r"64\.2%.*63\.9%|63\.9%.*64\.2%", r"Turnout was 6", status="conflict"),
    Expected("number", r"47\.8%", r"47\.8%"),
    Expected("number", r"101", r"101"),
    Expected("person", r"^Clara Dumont$", r"Dumont", label=r"leader"),
    Expected("person", r"^Henri Lasalle$", r"Lasalle", label=r"prime minister"),
    Expected("organization", r"^Liberal Alliance$", r"Liberal Alliance|Liberals"),
    Expected("organization", r"^National Union$", r"National Union"),
    Expected("quote", r"^Valmont has chosen change", r"Valmont has chosen change", label=r"Dumont"),
]


# Development events (bench/dev/): written, with these lists, before the extractors ever ran on them.
VERDICT = [
    Expected("date", r"^2025-05-14$", r"\bWednesday\b"),
    Expected("place", r"^Graz$", r"\bGraz\b"),
    Expected("person", r"^Anton Weidinger$", r"Weidinger", label=r"mayor"),
    Expected("person", r"^Elisabeth Hammer$", r"Hammer", label=r"judge"),
    Expected("person", r"^Sabine Kogler$", r"Kogler", label=r"managing director"),
    Expected("person", r"^Johannes Auer$", r"Auer", label=r"lawyer"),
    Expected("person", r"^Stefan Pichler$", r"Pichler", label=r"prosecutor"),
    Expected("organization", r"^Brucker Bau$", r"Brucker Bau"),
    Expected("organization", r"Graz Regional Court", r"Graz Regional Court"),
    Expected("number", r"four and a half years.*four years|four years.*four and a half years",
             r"four(?:-year| years| and a half years)", status="conflict"),
    Expected("number", r"1\.3", r"1\.3 ?m"),
    Expected("number", r"120,000.*150,000|150,000.*120,000", r"1[25]0,000", status="conflict"),
    Expected("number", r"^14$", r"\b14 (?:public|municipal) contracts"),
    Expected("number", r"18", r"18-month|18 months"),
    Expected("number", r"^23\b", r"23 days"),
    Expected("number", r"^46$", r"46 witnesses"),
    Expected("number", r"^six", r"six years"),
    Expected("number", r"^three", r"for three years"),
    Expected("number", r"^(?:around )?650$", r"650 people"),
    Expected("quote", r"^Public office is not a private business", r"Public office is not", label=r"Hammer"),
    Expected("quote", r"^We will appeal this verdict", r"We will appeal", label=r"Auer"),
    Expected("quote", r"clear signal", r"clear signal", label=r"Pichler"),
    Expected("claim", r"denied", r"denied all wrongdoing"),
]

STORM = [
    Expected("date", r"^2025-11-02$", r"\bSunday\b"),
    Expected("place", r"^Brittany$", r"Brittany"),
    Expected("place", r"^Brest$", r"\bBrest\b"),
    Expected("place", r"^Finist[eè]re$", r"Finist[eè]re"),
    Expected("number", r"(?:two|2).*three|three.*(?:two|2)", r"Two people were killed|three people", status="conflict"),
    Expected("number", r"180.*207|207.*180", r"180 km/h|207 km/h", status="conflict"),
    Expected("number", r"1\.2", r"1\.2 ?m"),
    Expected("number", r"4,000", r"4,000"),
    Expected("number", r"^(?:[Tt]welve|12)$", r"Twelve people were injured"),
    Expected("number", r"^three$", r"three of them seriously", label=r"serious|injured"),
    Expected("number", r"300", r"300 trains"),
    Expected("person", r"^Claire Duval$", r"Duval", label=r"Interior Minister"),
    Expected("person", r"^Julien Morel$", r"Morel", label=r"forecaster"),
    Expected("person", r"^Marie Kerbrat$", r"Kerbrat", label=r"resident"),
    Expected("organization", r"^M[eé]t[eé]o-France$", r"M[eé]t[eé]o-France"),
    Expected("organization", r"^Enedis$", r"Enedis"),
    Expected("organization", r"^SNCF$", r"SNCF"),
    Expected("quote", r"^We have not seen winds like this since 1999", r"We have not seen winds", label=r"Morel"),
    Expected("quote", r"^The priority is to reach the isolated villages", r"The priority is", label=r"Duval"),
    Expected("quote", r"^It sounded like a train", r"It sounded like a train", label=r"Kerbrat"),
    Expected("claim", r"red alert", r"red alert"),
]

RECALL = [
    Expected("date", r"^2025-02-18$", r"\bTuesday\b|February 18, 2025"),
    Expected("place", r"^Malm[oö]$", r"Malm[oö]"),
    Expected("organization", r"^Brevia$", r"Brevia"),
    Expected("organization", r"Office for Product Safety and Standards", r"Office for Product Safety"),
    Expected("person", r"^Henrik Dahl$", r"Dahl", label=r"chief executive"),
    Expected("number", r"480,000", r"480,000|half a million"),
    Expected("number", r"^12$", r"12 countries"),
    Expected("number", r"37|thirty-seven", r"37 reports|thirty-seven cases"),
    Expected("number", r"^four$", r"four fires|four of which"),
    Expected("number", r"^[Ff]ive$", r"Five people suffered|five customers"),
    Expected("number", r"120,000.*95,000|95,000.*120,000", r"120,000|95,000", status="conflict"),
    Expected("number", r"6\.5%", r"6\.5%"),
    Expected("number", r"300 million", r"300 million kronor"),
    Expected("number", r"2,300", r"2,300 people"),
    Expected("quote", r"^Customer safety comes first", r"Customer safety comes first", label=r"Dahl"),
    Expected("claim", r"KT-200", r"KT-200"),
    Expected("claim", r"refund", r"refund"),
    Expected("claim", r"Poland", r"Poland"),
]

# Written after the extractors had been improved on the three above, before they ran on this one.
SUMMIT = [
    Expected("date", r"^2025-09-25$", r"\bThursday"),
    Expected("place", r"^Riga$", r"\bRiga\b"),
    Expected("person", r"^Ieva Kalni[nņ]a$", r"Kalni", label=r"[Pp]rime [Mm]inister"),
    Expected("person", r"^Mikko Lahtinen$", r"Lahtinen", label=r"President"),
    Expected("person", r"^Paul Verhoeven$", r"Verhoeven", label=r"Vice-President|Commissioner"),
    Expected("organization", r"^European Commission$", r"European Commission"),
    Expected("number", r"9 billion.*9\.5|9\.5.*9 billion", r"€9 billion|9\.5 billion", status="conflict"),
    Expected("number", r"^eight$", r"\beight\b"),
    Expected("number", r"^four$", r"four (?:new )?interconnectors"),
    Expected("number", r"^6\b", r"6 (?:gigawatts|GW)"),
    Expected("number", r"1\.8", r"1\.8"),
    Expected("number", r"40%", r"40%"),
    Expected("number", r"300.*500|500.*300", r"300 protesters|500 demonstrators", status="conflict"),
    Expected("number", r"12%", r"12%"),
    Expected("quote", r"^This is about our security", r"This is about our security", label=r"Kalni"),
    Expected("quote", r"^the most important energy decision", r"most important energy decision", label=r"Lahtinen"),
    Expected("quote", r"^end our dependence", r"end our dependence", label=r"Kalni"),
    Expected("claim", r"Gotland", r"Gotland"),
]


# Written by a second hand (facts3) in domains none of the above covers, with their lists, before the
# extractors ever ran on them: a strike, a wildfire whose sources give no publication date, a fraud sentence.
STRIKE = [
    Expected("date", r"^2026-03-02$", r"\bMonday"),
    Expected("place", r"^Brno$", r"\bBrno\b"),
    Expected("person", r"^Tom[aá][sš] (?:J\. )?Kadlec$", r"Kadlec", label=r"union|leader|chief|head"),
    Expected("person", r"^Jana Dvo[rř][aá]kov[aá]$", r"Dvo[rř][aá]kov[aá]", label=r"[Mm]ayor"),
    Expected("person", r"^Milo[sš] [CČ]ern[yý]$", r"Cerny|Černý", label=r"director"),
    Expected("organization", r"DPMB|Dopravn", r"DPMB|Dopravní podnik"),
    Expected("organization", r"Transport Workers", r"Transport Workers"),
    Expected("number", r"2,400.*1,900|1,900.*2,400", r"2,400|1,900", status="conflict"),
    Expected("number", r"24", r"24-hour", label=r"strike"),
    Expected("number", r"48", r"48-hour"),
    Expected("number", r"^10%$", r"10% pay rise"),
    Expected("number", r"5\.5%|just under 6%", r"5\.5%|just under 6%", status="agreed"),
    Expected("number", r"350,000", r"350,000"),
    Expected("number", r"8 million", r"8 million"),
    Expected("number", r"41,000", r"41,000"),
    Expected("quote", r"^We are not asking for luxuries", r"We are not asking for luxuries", label=r"Kadlec"),
    Expected("quote", r"the maximum the city budget allows", r"maximum the city budget", label=r"Cern|Čern"),
    Expected("claim", r"[Tt]alks", r"[Tt]alks (?:are|will).*resume"),
    Expected("claim", r"2011", r"since 2011"),
]

WILDFIRE = [
    Expected("place", r"^Odemira$", r"Odemira"),
    Expected("place", r"^S[aã]o Teot[oó]nio$", r"S[aã]o Teot[oó]nio"),
    Expected("person", r"^M[aá]rio Pinheiro$", r"Pinheiro", label=r"commander"),
    Expected("person", r"^Helena Sarmento$", r"Sarmento", label=r"Interior Minister"),
    Expected("person", r"^Jos[eé] Lu[ií]s Amaral$", r"Amaral", label=r"mayor"),
    Expected("organization", r"ANEPC|Civil Protection Authority", r"ANEPC|[Cc]ivil [Pp]rotection [Aa]uthority"),
    Expected("organization", r"GNR|National Republican Guard", r"GNR|National Republican Guard"),
    Expected("organization", r"European Forest Fire Information System|EFFIS", r"European Forest Fire"),
    Expected("number", r"1,1[05]0", r"1,1[05]0 firefighters", status="agreed"),
    Expected("number", r"^(?:17|[Ss]eventeen)$", r"17 water-bombing|Seventeen planes|17 aircraft"),
    Expected("number", r"1,400", r"1,400"),
    Expected("number", r"8,000|7,900", r"8,000 hectares|7,900 hectares", status="agreed"),
    Expected("number", r"[Nn]ine.*[Ee]leven|[Ee]leven.*[Nn]ine", r"Nine people were injured|Eleven people were injured", status="conflict"),
    Expected("number", r"30", r"30 houses"),
    Expected("number", r"^60", r"60 km/h"),
    Expected("number", r"^41", r"41C"),
    Expected("number", r"^two$", r"two (?:Canadair )?planes"),
    Expected("number", r"^six", r"six hours"),
    Expected("quote", r"^The next 24 hours will be decisive", r"The next 24 hours", label=r"Pinheiro"),
    Expected("quote", r"^People left with nothing", r"People left with nothing", label=r"Amaral"),
    Expected("claim", r"arrest|detain|suspect", r"arrested a 47-year-old|detained a man suspected"),
]

FRAUD = [
    Expected("date", r"^2026-02-12$", r"\bThursday\b"),
    Expected("place", r"^Seoul$", r"\bSeoul\b"),
    Expected("person", r"^Kim Tae-?woo$", r"\bKim\b", label=r"founder"),
    Expected("person", r"^Yoon S(?:eo|uh)-yeon$", r"Yoon", label=r"co-founder|partner|marketing"),
    Expected("person", r"^Choi Min-seok$", r"Choi", label=r"judge"),
    Expected("person", r"^Han Mi-rae$", r"Han Mi-rae", label=r"head|victims"),
    Expected("person", r"^Jung Dae-ho$", r"Jung", label=r"lawyer"),
    Expected("organization", r"^Dalbit Funding$", r"Dalbit"),
    Expected("organization", r"Seoul Central District Court", r"Seoul Central District Court"),
    Expected("organization", r"Financial Supervisory Service", r"Financial Supervisory Service"),
    Expected("organization", r"Dalbit Victims", r"Dalbit Victims"),
    Expected("number", r"^eight", r"[Ee]ight(?:-year| years)", label=r"Kim", status="agreed"),
    Expected("number", r"^three", r"three-year term|three years in prison", label=r"Yoon", status="agreed"),
    Expected("number", r"^15", r"sought 15 years"),
    Expected("number", r"11,000|eleven thousand|11,200", r"11,000 retail|eleven thousand small|11,200 investors", status="agreed"),
    Expected("number", r"150 billion|149\.6 billion", r"150 billion won|149\.6 billion won", status="agreed"),
    Expected("number", r"^2 billion", r"2 billion won", status="agreed"),
    Expected("number", r"^12%$", r"12%"),
    Expected("number", r"4,000", r"4,000"),
    Expected("quote", r"^The defendants exploited the trust", r"The defendants exploited", label=r"Choi"),
    Expected("quote", r"^Eight years for ruining", r"Eight years for ruining", label=r"Han"),
    Expected("claim", r"appeal", r"appeal"),
]


# Written by a third hand (factsb) with their lists before the extractors ever ran on them: an election told
# in vote shares and seats, a takeover told in a price per share, a premium, a stake and a head count.
ELECTION_TROMSO = [
    Expected("date", r"^2025-09-08$", r"\bMonday\b|yesterday's|8 September 2025"),
    Expected("place", r"^Troms(?:ø|o|oe)$", r"Troms(?:ø|o|oe)\b"),
    Expected("place", r"^Norway$", r"\bNorway\b"),
    Expected("place", r"^Troms$", r"\bTroms\b"),
    Expected("person", r"^Ingrid S(?:æ|ae)ther[- ]Holm$", r"S(?:æ|ae)ther[- ]Holm", label=r"leader|mayor"),
    Expected("person", r"^Bj(?:ø|o|oe)rn Aas$", r"\bAas\b", label=r"mayor"),
    Expected("person", r"^Kari Lunde$", r"Lunde", label=r"political scientist"),
    Expected("organization", r"^Coastal Alliance$|^KA$", r"Coastal Alliance|\bKA\b"),
    Expected("organization", r"^Labour(?: Party)?$", r"Labour"),
    Expected("number", r"31\.4", r"31\.4"),
    Expected("number", r"24\.9", r"24\.9"),
    Expected("number", r"14.*15|15.*14", r"\b1[45] (?:seats|of the)", status="conflict"),
    Expected("number", r"^43$", r"\b43\b"),
    Expected("number", r"^(?:six|6)$", r"lost (?:six|6) seats"),
    Expected("number", r"^11$", r"24\.9% and 11 seats"),
    Expected("number", r"61\.2.*62\.1|62\.1.*61\.2", r"Turnout was 6", status="conflict"),
    Expected("number", r"58\.7", r"58\.7"),
    Expected("number", r"9\.8", r"9\.8"),
    Expected("number", r"^33", r"33 percent"),
    Expected("number", r"^[Nn]ine$", r"Nine parties"),
    Expected("number", r"78,000", r"78,000"),
    Expected("quote", r"^Troms(?:ø|o) has voted for a harbour", r"voted for a harbour", label=r"S(?:æ|ae)ther"),
    Expected("quote", r"^It is a clear message", r"It is a clear message", label=r"Lunde"),
    Expected("claim", r"talks", r"talks .*Wednesday"),
    Expected("claim", r"2009", r"founded in 2009"),
]

TAKEOVER = [
    Expected("date", r"^2025-10-14$", r"agreed on Tuesday|agreed yesterday"),
    Expected("place", r"^Montr[ée]al$", r"Montr[ée]al"),
    Expected("place", r"^Rotterdam$", r"Rotterdam"),
    Expected("place", r"^Canada$", r"\bCanada\b"),
    Expected("person", r"^Maarten de Wit$", r"[Dd]e Wit", label=r"[Cc]hief [Ee]xecutive|CEO"),
    Expected("person", r"^H[ée]l[èe]ne Gagnon-Roy$", r"Gagnon-Roy", label=r"found|chair"),
    Expected("person", r"^Luc Tremblay$", r"Tremblay", label=r"Economy Minister"),
    Expected("person", r"^Sophie Caron$", r"Caron", label=r"[Aa]nalyst"),
    Expected("organization", r"^Vandersteen(?: Holdings)?$", r"Vandersteen"),
    Expected("organization", r"Saint-Laurent", r"Saint-Laurent"),
    Expected("organization", r"Pension Fund|QWPF", r"Pension Fund|QWPF"),
    Expected("organization", r"Competition Bureau", r"Competition Bureau"),
    Expected("number", r"2\.9", r"2\.9 ?b"),
    Expected("number", r"2\.1 billion", r"\$2\.1 billion"),
    Expected("number", r"41\.50", r"41\.50"),
    Expected("number", r"^38", r"\b38(?:%| per cent)"),
    Expected("number", r"11,400.*14,000|14,000.*11,400", r"11,400 people|14,000 (?:employees|staff)", status="conflict"),
    Expected("number", r"^62$", r"62 warehouses"),
    Expected("number", r"16\.5", r"16\.5"),
    Expected("number", r"^33%$", r"33%"),
    Expected("number", r"40,000", r"40,000"),
    Expected("number", r"9\.6", r"9\.6 billion"),
    Expected("number", r"120 million", r"120 million"),
    Expected("number", r"^ten", r"ten years"),
    Expected("quote", r"^Montreal is the gateway", r"Montreal is the gateway", label=r"de Wit"),
    Expected("quote", r"^We will watch this very closely", r"We will watch this", label=r"Tremblay"),
    Expected("claim", r"first half of 2026", r"first half of 2026"),
]


# Written by the ner branch with their lists before the extractors ever ran on them, as an unseen check
# (bench/fresh/): a marathon told in race times and double surnames, a hospital cyberattack told in
# "X, role at Org" appositions, organisations named once and one source with no publication date.
MARATHON = [
    Expected("date", r"^2026-04-12$", r"\bSunday\b|\byesterday\b"),
    Expected("place", r"^Valdivia$", r"\bValdivia\b"),
    Expected("person", r"^Carolina Vergara Sol[ií]s$", r"Vergara"),
    Expected("person", r"^Joseph Kiptoo$", r"Kiptoo"),
    Expected("person", r"^Abebe Tadesse$", r"Tadesse"),
    Expected("person", r"^Andr[eé]s Molina(?: Fuentes)?$", r"Molina", label=r"director"),
    Expected("person", r"^Paula Henr[ií]quez$", r"Henr[ií]quez", label=r"[Mm]ayor"),
    Expected("person", r"^Fernanda Ruiz$", r"Ruiz", label=r"coach"),
    Expected("organization", r"Chilean Athletics Federation", r"Chilean Athletics Federation"),
    Expected("organization", r"Club Atl[eé]tico Llanquihue", r"Club Atl[eé]tico Llanquihue"),
    Expected("number", r"2:24:51", r"2:24:51"),
    Expected("number", r"2:09:37", r"2:09:37"),
    Expected("number", r"2:26:10", r"2:26:10"),
    Expected("number", r"8,500.*9,000|9,000.*8,500", r"8,500 runners|9,000 runners", status="conflict"),
    Expected("number", r"3,000", r"3,000 visitors"),
    Expected("number", r"5 million", r"5 million pesos"),
    Expected("number", r"^12", r"12C"),
    Expected("number", r"^eleven", r"eleven seconds"),
    Expected("quote", r"^I ran the last ten kilometres", r"I ran the last ten", label=r"Vergara"),
    Expected("quote", r"^The crowd on the Pedro de Valdivia bridge", r"The crowd on the Pedro", label=r"Vergara"),
    Expected("quote", r"^Our goal is to reach gold label", r"Our goal is to reach", label=r"Molina"),
    Expected("claim", r"Pan American", r"Pan American Games"),
]

CYBERATTACK = [
    Expected("date", r"^2026-03-02$", r"\bMonday\b"),
    Expected("place", r"^Galway$", r"\bGalway\b"),
    Expected("organization", r"St Brendan'?s University Hospital", r"St Brendan's University Hospital"),
    Expected("person", r"^Siobh[aá]n N[ií] Fhlatharta$", r"Fhlatharta", label=r"chief information officer"),
    Expected("person", r"^Declan Brennan-Walsh$", r"Brennan", label=r"[Mm]inister"),
    Expected("person", r"^Orla Kinsella$", r"Kinsella", label=r"clinical director"),
    Expected("person", r"^Stephen Doyle$", r"Doyle", label=r"researcher"),
    Expected("organization", r"Health Service Executive", r"Health Service Executive"),
    Expected("organization", r"Data Protection Commission", r"Data Protection Commission"),
    Expected("organization", r"National Cyber Security Centre", r"National Cyber Security Centre"),
    Expected("organization", r"Garda National Cyber Crime Bureau", r"Garda National Cyber Crime Bureau"),
    Expected("organization", r"^Black Lantern$", r"Black Lantern"),
    Expected("number", r"48,000.*52,000|52,000.*48,000", r"\b(?:48|52),000\b", status="conflict"),
    Expected("number", r"3,100", r"3,100"),
    Expected("number", r"2 million", r"€2 million"),
    Expected("number", r"1,200", r"1,200 outpatient"),
    Expected("number", r"^two$", r"two hospitals"),
    Expected("quote", r"^We will not pay", r"We will not pay", label=r"Fhlatharta"),
    Expected("quote", r"^No patient has come to harm", r"No patient has come to harm", label=r"Kinsella"),
    Expected("claim", r"responsibility", r"claimed responsibility"),
]


# Written by the ner branch after the two above had been looked at once, as a clean unseen check: their
# lists were written and scored with the rules of main before the parser (facts/parse.py) ran on them.
THEFT = [
    Expected("date", r"^2026-01-17$", r"\bSaturday\b"),
    Expected("place", r"^Antwerp$", r"\bAntwerp\b"),
    Expected("organization", r"Rijnhuis Museum", r"Rijnhuis Museum"),
    Expected("organization", r"^Interpol$", r"Interpol"),
    Expected("person", r"^Inge Vermeulen$", r"Vermeulen", label=r"director"),
    Expected("person", r"^Koen De Smet$", r"De Smet", label=r"spokes"),
    Expected("person", r"^Pieter Claessens$", r"Claessens", label=r"investigator"),
    Expected("person", r"^Wouter Peeters$", r"Peeters", label=r"minister"),
    Expected("person", r"^Jacob Jordaens$", r"Jacob Jordaens"),
    Expected("number", r"^two$", r"two (?:seventeenth-century )?paintings"),
    Expected("number", r"12 million", r"€12 million"),
    Expected("number", r"15 million", r"€15 million"),
    Expected("number", r"^four", r"four minutes"),
    Expected("number", r"100,000", r"€100,000"),
    Expected("number", r"^eleven", r"eleven years"),
    Expected("number", r"^380", r"380 works"),
    Expected("number", r"^27", r"27 museums"),
    Expected("quote", r"^These works belong to everyone", r"These works belong", label=r"Vermeulen"),
    Expected("quote", r"^We feel robbed of our memory", r"We feel robbed", label=r"Vermeulen"),
    Expected("claim", r"grey van", r"grey van"),
]

FERRY = [
    Expected("date", r"^2026-07-16$", r"\bThursday\b"),
    Expected("place", r"^Stresa$", r"\bStresa\b"),
    Expected("organization", r"^Verbano Lines$", r"Verbano Lines"),
    Expected("organization", r"Vigili del Fuoco", r"Vigili del Fuoco"),
    Expected("person", r"^Anna Rossetti$", r"Rossetti", label=r"prefect"),
    Expected("person", r"^Giorgio Bellini$", r"Bellini", label=r"captain"),
    Expected("person", r"^Luca Ferraro$", r"Ferraro", label=r"spokes"),
    Expected("person", r"^Maria Kowalczyk$", r"Kowalczyk", label=r"[Pp]assenger"),
    Expected("number", r"143.*146|146.*143", r"\b14[36] passengers", status="conflict"),
    Expected("number", r"^12$", r"12 crew"),
    Expected("number", r"^[Nn]ine$", r"Nine (?:people|passengers)"),
    Expected("number", r"800", r"800 metres"),
    Expected("number", r"^40", r"40 minutes"),
    Expected("number", r"^two$", r"two helicopters"),
    Expected("number", r"^350", r"350 people"),
    Expected("quote", r"^The crew did exactly", r"The crew did exactly", label=r"Rossetti"),
    Expected("quote", r"^We thought we would have to jump", r"We thought we would", label=r"Kowalczyk"),
    Expected("claim", r"engine room", r"engine room"),
    Expected("claim", r"suspended", r"suspended all ferry services"),
]


# Written by factsq5 with their lists before the extractors ever ran on them, and scored once on main before
# any change of that round (bench/firstrun/): a health outbreak told in South Asian newsroom styles (Dhaka
# datelines, "pc", "Professor"), and a satellite launch told with Indian naming (initials, "Rs ... crore").
# First run, on main 8ae1d46: dengue 21/24 found, 19 exact; satellite 17/24 found, 16 exact (38/48, 35/48).
# After that round's corpus fixes (names, titles, ages, quoted titles), not developed against: 38/48, 36/48.
DENGUE = [
    Expected("date", r"^2026-08-11$", r"\bTuesday\b"),
    Expected("place", r"^Dhaka$", r"\bDhaka\b"),
    Expected("organization", r"Directorate General of Health Services|DGHS", r"Directorate General of Health Services|DGHS"),
    Expected("organization", r"World Health Organization", r"World Health Organization"),
    Expected("organization", r"Dhaka North City Corporation", r"Dhaka North City Corporation"),
    Expected("person", r"^Abul Kashem Chowdhury$", r"Chowdhury", label=r"[Dd]irector [Gg]eneral"),
    Expected("person", r"^Rezaul Karim Talukder$", r"Talukder", label=r"[Hh]ealth [Mm]inister"),
    Expected("person", r"^Tahmina Haque$", r"Haque", label=r"[Ee]ntomologist"),
    Expected("number", r"^(?:14|[Ff]ourteen)$", r"\b14 deaths|Fourteen people died", status="agreed"),
    Expected("number", r"2,214.*2,241|2,241.*2,214", r"\b2,2(?:14|41)\b|more than 2,200", status="conflict"),
    Expected("number", r"1,180", r"1,180"),
    Expected("number", r"^312$", r"\b312\b", status="agreed"),
    Expected("number", r"58,400", r"58,400"),
    Expected("number", r"3,000", r"3,000 additional beds"),
    Expected("number", r"^640$", r"640 dengue patients"),
    Expected("number", r"1,200", r"1,200 temporary nurses"),
    Expected("number", r"1,705", r"1,705"),
    Expected("number", r"^41%$", r"41% of the wards"),
    Expected("number", r"^28%$", r"28%"),
    Expected("number", r"^500$", r"500 extra workers"),
    Expected("quote", r"^The next three weeks will be the hardest", r"The next three weeks", label=r"Chowdhury"),
    Expected("quote", r"^The rains came late", r"The rains came late", label=r"Haque"),
    Expected("quote", r"^We waited six hours for a bed", r"We waited six hours", label=r"Selim"),
    Expected("claim", r"DENV-2", r"DENV-2"),
]

SATELLITE = [
    Expected("date", r"^2026-05-21$", r"\bThursday\b"),
    Expected("place", r"^Sriharikota$", r"Sriharikota"),
    Expected("place", r"Satish Dhawan Space Centre", r"Satish Dhawan Space Centre"),
    Expected("organization", r"Indian Space Research Organisation|ISRO", r"ISRO|Indian Space Research Organisation"),
    Expected("organization", r"INCOIS|Indian National Centre for Ocean Information Services", r"INCOIS|Indian National Centre for Ocean"),
    Expected("person", r"^(?:S\.? )?Venkatraman$", r"Venkatraman", label=r"[Cc]hairman"),
    Expected("person", r"^Anjali Menon$", r"Menon", label=r"[Mm]ission director"),
    Expected("person", r"^Arvind Kulkarni$", r"Kulkarni", label=r"[Mm]inister"),
    Expected("person", r"^(?:Dr\.? )?(?:R\.? )?Lakshmi$", r"Lakshmi", label=r"scientist"),
    Expected("number", r"1,450.*1,480|1,480.*1,450", r"1,4[58]0", status="conflict"),
    Expected("number", r"^520", r"520 km"),
    Expected("number", r"^17", r"17 minutes"),
    Expected("number", r"62", r"62nd"),
    Expected("number", r"^three$", r"three nanosatellites"),
    Expected("number", r"^five", r"five years"),
    Expected("number", r"640.*615|615.*640", r"Rs 6[14][05] crore", status="conflict"),
    Expected("number", r"4 million", r"4 million"),
    Expected("number", r"^360", r"360 metres"),
    Expected("number", r"^nine$", r"nine languages"),
    Expected("quote", r"^Varuna-2 is in the correct orbit", r"Varuna-2 is in the correct orbit", label=r"Venkatraman"),
    Expected("quote", r"^We went through every valve", r"We went through every valve", label=r"Menon"),
    Expected("quote", r"^A fisherman who knows where the fish are", r"A fisherman who knows", label=r"Lakshmi"),
    Expected("claim", r"January", r"failure in January|January failure"),
    Expected("claim", r"neighbouring countries", r"neighbouring countries"),
]


def scored_events(seed: Path) -> list[tuple[str, Path, str, list[Expected]]]:
    """The scored events: (name, content folder, slug, editor's list); `seed` is the seed event's content copy."""
    return [
        ("seed (tuned on)", seed, "nato-chief-visits-kyiv", SEED),
        ("earthquake fixture (tuned on)", ROOT / "tests/fixtures/facts", "peru-earthquake", EARTHQUAKE),
        ("cup final fixture (tuned on)", ROOT / "tests/fixtures/facts", "northern-cup-final", CUP_FINAL),
        ("acquisition (held out)", HELDOUT, "nordvik-buys-solaris", ACQUISITION),
        ("derailment (held out)", HELDOUT, "brenner-train-derailment", DERAILMENT),
        ("election (held out)", HELDOUT, "valmont-election", ELECTION),
        ("verdict (dev)", DEV, "leoben-mayor-verdict", VERDICT),
        ("storm (dev)", DEV, "storm-hilde-brittany", STORM),
        ("recall (dev)", DEV, "brevia-kettle-recall", RECALL),
        ("summit (dev, written late)", DEV, "baltic-energy-summit", SUMMIT),
        ("strike (new)", DEV, "brno-transit-strike", STRIKE),
        ("wildfire, undated (new)", DEV, "odemira-wildfire", WILDFIRE),
        ("fraud sentence (new)", DEV, "dalbit-fraud-sentence", FRAUD),
        ("Tromso election (factsb)", DEV, "tromso-council-election", ELECTION_TROMSO),
        ("takeover (factsb)", DEV, "vandersteen-buys-saint-laurent", TAKEOVER),
        ("marathon (fresh)", FRESH, "valdivia-marathon", MARATHON),
        ("cyberattack (fresh)", FRESH, "galway-hospital-cyberattack", CYBERATTACK),
        ("museum theft (unseen)", FRESH, "antwerp-museum-theft", THEFT),
        ("ferry fire (unseen)", FRESH, "stresa-ferry-fire", FERRY),
        ("dengue surge (firstrun)", FIRSTRUN, "dhaka-dengue-surge", DENGUE),
        ("satellite launch (firstrun)", FIRSTRUN, "sriharikota-ocean-satellite", SATELLITE),
    ] + set_events(RETIRED_BLIND)


BUCKETS = ("tuned", "held", "dev", "new", "factsb", "fresh", "unseen", "firstrun", *(folder.name for folder in RETIRED_BLIND))


def bucket_of(name: str) -> str:
    """The bucket a scored event counts in, by the set its name gives in brackets ('tuned' when none)."""
    bracketed = re.search(r"\(([^()]*)\)$", name)
    if bracketed and " " not in bracketed.group(1):
        return bracketed.group(1)  # a bucket by its exact name ('blind30' is not 'blind3'), or a set given with --set
    return next((key for key in BUCKETS[1:] if key in name), "tuned")


# A figure's label that says nothing of what it measures: 'per cent', 'amount', a count of 'people', a unit alone.
SAYS_NOTHING = re.compile(
    r"^(?:per cent|amount|number of (?:people|persons|individuals|others|more|those)|(?:number of )?(?:basis |percentage )?"
    r"(?:points|tonnes?|tons|decibels|ounces|oz|micrograms|grams|hectares|acres|metres|meters|kilometres|kilometers|km|miles"
    r"|litres|liters|barrels|gallons|kg|thirds|quarters))$"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--box", action="store_true", help="print every boxed fact")
    parser.add_argument("--more", action="store_true", help="print the figures kept out of the box (more figures)")
    parser.add_argument("--set", type=Path, action="append", default=[], metavar="DIR",
                        help="score only this set folder (events/, expected.py), e.g. a hidden one outside the repository")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        events = set_events(tuple(args.set)) if args.set else scored_events(seed_content(ROOT / "content", Path(tmp)))
        vague = figures = 0
        totals = {key: [0, 0, 0] for key in BUCKETS + tuple(folder.name for folder in args.set)}
        conflicts = {key: [0, 0, 0] for key in totals}  # known disagreements, those flagged, other conflicts boxed
        for name, content, slug, expectations in events:
            event = analysed_event(content, slug)
            hits, exact, misses = score(expectations, event)
            bucket = totals[bucket_of(name)]
            for i, n in enumerate((len(expectations), hits, exact)):
                bucket[i] += n
            known = [e for e in expectations if e.status == "conflict"]
            flagged = [fact for fact in (found(e, event) for e in known) if fact is not None and fact.status == "conflict"]
            others = [f for f in event.facts if f.status == "conflict" and f.kind == "number" and f not in flagged]
            for i, n in enumerate((len(known), len(flagged), len(others))):
                conflicts[bucket_of(name)][i] += n
            bodies = {s.id: s.article.body for s in event.sources}
            unbacked = [
                f"{fact.id} {citation.source}"
                for fact in event.facts
                for citation in fact.citations
                if not quote_in_body(citation.quote, bodies[citation.source]) or not states_its_value(fact, citation.quote, citation.value)
            ]
            numbers = [f for f in event.facts if f.kind == "number"]
            figures += len(numbers)
            vague += sum(SAYS_NOTHING.match(f.label) is not None for f in numbers)
            citations = sum(len(f.citations) for f in event.facts)
            print(f"{name}: {hits}/{len(expectations)} found, {exact} citing exactly the sources that state them; "
                  f"{len(event.facts)} facts boxed; {citations - len(unbacked)}/{citations} citations verbatim and stating their value")
            for item in unbacked:
                print(f"    citation not verbatim or not stating its value: {item}")
            for miss in misses:
                print(f"    {miss}")
            for fact in others:
                print(f"    conflict no editor listed: {fact.label}: {fact.value[:90]}")
            for shown, prefix in ((event.facts if args.box else (), ""), (event.more_facts if args.more else (), "more: ")):
                for fact in shown:
                    cited = " ".join(c.source + (f"={c.value}" if c.value else "") for c in fact.citations)
                    print(f"      {prefix}[{fact.kind}] {fact.label}: {fact.value[:90]} ({fact.status}; {cited})")
        for key, (expected, hits, exact) in totals.items():
            if not expected:
                continue
            known, flagged, others = conflicts[key]
            print(f"{key}: {hits}/{expected} found ({hits / expected:.0%}), {exact}/{expected} exact ({exact / expected:.0%}); "
                  f"known conflicts flagged {flagged}/{known}, figures in conflict no editor listed {others}")
        print(f"figures labelled by words that say nothing of what they measure ('per cent', 'amount', 'people', a unit): {vague}/{figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
