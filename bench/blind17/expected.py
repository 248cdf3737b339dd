"""Blind evaluation set 17: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

KIEL_CANAL = [
    # ship swung across the canal on Tuesday 14 April 2026 (10:52); published 14 Apr (Tue) night, 15 Apr (Wed) x3.
    # Kieler Hafenblatt (15 Apr) says "yesterday"; the WSA writes "On Tuesday 14 April 2026".
    Expected("date", r"^2026-04-14$", r"\bTuesday\b|\byesterday\b"),
    Expected("place", r"Kiel Canal|Nord-Ostsee-Kanal", r"Kiel Canal|Nord-Ostsee-Kanal"),
    Expected("place", r"^Rendsburg$", r"Rendsburg\b"),
    Expected("place", r"^Brunsb(ü|ue|u)ttel$", r"Brunsb(?:ü|ue)ttel"),
    Expected("place", r"Kiel-Holtenau|^Holtenau$", r"Kiel-Holtenau"),
    Expected("organization", r"Waterways and Shipping Office|Wasserstra(ß|ss)en|^WSA\b", r"Waterways and Shipping Office"),
    Expected("organization", r"Hallgren Bulk", r"Hallgren Bulk"),
    Expected("organization", r"Nordschlepp", r"Nordschlepp"),
    Expected("organization", r"Maritime Casualty Investigation|^BSU$", r"Maritime Casualty Investigation|\bBSU\b"),
    Expected("person", r"^Henrike Paulsen$", r"\bPaulsen\b", label=r"spokes|WSA|waterways"),
    Expected("person", r"^Matthias Kr(ö|oe|o)ger$", r"Kr(?:ö|oe)ger\b", label=r"pilot|chair"),
    Expected("person", r"^Rolando (V\. )?Dizon$", r"\bDizon\b", label=r"captain|master"),
    Expected("person", r"^Annika Hallgren[- ]Berg$", r"Hallgren-Berg", label=r"chief executive|CEO|head"),
    Expected("person", r"^Lars Mehnert$", r"Mehnert", label=r"broker|partner|analyst|Elbkontor"),
    Expected("number", r"86.*68|68.*86", r"\b(?:86|68) (?:ships|vessels)", label=r"ship|vessel|wait|queue",
             status="conflict"),
    Expected("number", r"^225\b", r"\b225(?:-metre| m\b)", label=r"length|metre|long"),
    Expected("number", r"27,?500|27 500", r"27,500 (?:tonnes|t\b)", label=r"wheat|cargo|tonne"),
    Expected("number", r"^(4|four)\b", r"\b[Ff]our (?:tugs|Nordschlepp tugs)", label=r"tug"),
    Expected("number", r"^19\b", r"\b19-hour", label=r"closure|hour|block"),
    Expected("number", r"3 ?(million|m)\b", r"€3 million", label=r"cost|loss|delay"),
    Expected("number", r"^21\b", r"\b21 crew", label=r"crew"),
    Expected("claim", r"steering", r"steering gear|lost steering"),
    Expected("claim", r"05:20|reopen", r"reopened (?:at|to traffic at) 05:20"),
    Expected("claim", r"injur|hurt", r"No one was injured|Nobody was hurt"),
    Expected("quote", r"take at least two days to clear", r"take at least two days to clear"),
]

TULTEPEC_BLAST = [
    # blast on Thursday 3 December 2026 about 14:30; published 3 Dec (Thu) x2, 4 Dec (Fri) x2.
    # Heraldo (4 Dec) says "yesterday's explosion"; the civil protection release writes "Thursday 3 December 2026".
    Expected("date", r"^2026-12-03$", r"\bThursday\b|\byesterday's explosion\b"),
    Expected("place", r"^Tultepec$", r"Tultepec"),
    Expected("place", r"^Cuautitl(á|a)n Izcalli$", r"Cuautitl(?:á|a)n Izcalli"),
    Expected("place", r"State of Mexico|Estado de M(é|e)xico|Edomex", r"State of Mexico"),
    Expected("organization", r"Pirotecnia El Lucero|El Lucero", r"El Lucero"),
    Expected("organization", r"Civil Protection|Protecci(ó|o)n Civil", r"[Cc]ivil [Pp]rotection"),
    Expected("organization", r"prosecutor|Attorney General|Fiscal(í|i)a", r"prosecutor's office|Attorney General's Office"),
    Expected("organization", r"Defen[cs]e|SEDENA", r"Defen[cs]e"),
    Expected("organization", r"Red Cross|Cruz Roja", r"Red Cross"),
    Expected("person", r"^Adri(á|a)n Sol(ó|o)rzano( Vega)?$", r"Sol(?:ó|o)rzano", label=r"civil protection|coordinator"),
    Expected("person", r"^Rogelio Ba(ñ|n)os( Cu(é|e)llar)?$", r"Ba(?:ñ|n)os\b", label=r"owner"),
    Expected("person", r"^H(é|e)ctor Ram(í|i)rez( Luna)?$", r"Ram(?:í|i)rez\b", label=r"fire"),
    Expected("person", r"^Guadalupe Ortiz$", r"\bOrtiz\b", label=r"neighbo|resident|witness"),
    Expected("number", r"(7|seven)\b.*\b(9|nine)|(9|nine)\b.*\b(7|seven)\b",
             r"\b[Ss]even (?:people|dead)|death toll of seven|[Nn]ine people died|killing seven",
             label=r"dead|death|kill|toll|died", status="conflict"),
    Expected("number", r"^(23|twenty-three)\b", r"\b23 (?:injured|people)|injured 23|[Tt]wenty-three people",
             label=r"injur|hurt|medical"),
    Expected("number", r"^(about |some )?300\b", r"300 (?:residents|neighbours)", label=r"evacuat|resident"),
    Expected("number", r"^500\b", r"500-metre|500 metres", label=r"radius|perimeter|metre"),
    Expected("number", r"^(about |around )?40\b", r"40 (?:homes|houses)", label=r"home|house|damag"),
    Expected("number", r"3\.5 ?(tonnes|t)\b", r"3\.5 tonnes", label=r"gunpowder|tonne|explosive|stor"),
    Expected("number", r"^(4|four)\b", r"four of them were children", label=r"child"),
    Expected("number", r"^(12|twelve)\b", r"Twelve workers", label=r"worker|shift"),
    Expected("claim", r"permit", r"permit from the (?:Defence Ministry|Ministry of Defence)"),
    Expected("claim", r"homicide", r"homicide"),
    Expected("quote", r"nothing left standing", r"nothing left standing"),
]

LOUGH_NEAGH_ALGAE = [
    # closures announced on Friday 7 August 2026; published 7 Aug (Fri) x2, 8 Aug (Sat), 9 Aug (Sun).
    # the Courier (8 Aug) says "yesterday"; the council writes "On Friday 7 August 2026".
    Expected("date", r"^2026-08-07$", r"\bFriday\b|closed yesterday"),
    Expected("place", r"^Lough Neagh$", r"Lough Neagh"),
    Expected("place", r"Antrim Lough Shore Park|^Antrim$", r"Antrim Lough Shore Park|\bat Antrim\b"),
    Expected("place", r"^Ballyronan$", r"Ballyronan"),
    Expected("place", r"^Ardboe$", r"Ardboe"),
    Expected("organization", r"Environment Agency|^NIEA$", r"Environment Agency|\bNIEA\b"),
    Expected("organization", r"Antrim and Newtownabbey", r"Antrim and Newtownabbey"),
    Expected("organization", r"Department of Agriculture|^DAERA$", r"\bDAERA\b"),
    Expected("organization", r"^NI Water$|Northern Ireland Water", r"NI Water"),
    Expected("organization", r"Public Health Agency", r"Public Health Agency"),
    Expected("person", r"^(Dr\.? )?Aoife Ma?c ?Cann$", r"Ma?cCann", label=r"scientist|NIEA"),
    Expected("person", r"^Gr(á|a)inne O'Kane$", r"O'Kane", label=r"environmental health|council|head"),
    Expected("person", r"^(Ruair(í|i)|Rory) Hegarty$", r"Hegarty", label=r"owner|dog"),
    Expected("person", r"^Sin(é|e)ad Quinn$", r"\bQuinn\b", label=r"vet"),
    Expected("number", r"(3|three)\b.*\b(4|four)|(4|four)\b.*\b(3|three)\b",
             r"\b(?:Three|Four) dogs|rose to three dogs", label=r"dog", status="conflict"),
    Expected("number", r"^(11|eleven)\b", r"\b(?:11|Eleven) (?:sites|beaches)|closure of 11 sites",
             label=r"site|beach|clos"),
    Expected("number", r"^96\b", r"\b96 (?:micrograms|µg)", label=r"microcystin|toxin|microgram|level"),
    Expected("number", r"^20\b", r"\b20 µg/l", label=r"guideline|threshold|limit"),
    Expected("number", r"^(about |some )?60\b", r"some 60 boats", label=r"boat|regatta"),
    Expected("claim", r"two weeks", r"at least two weeks"),
    Expected("claim", r"dogs? out of the water", r"dogs? out of the water"),
    Expected("claim", r"(tap|drinking) water.*safe", r"remained safe to drink"),
    Expected("claim", r"regatta", r"regatta"),
    Expected("quote", r"most intense bloom we have recorded", r"most intense bloom we have recorded"),
]

REYKJAVIK_CHESS = [
    # No published dates, and no page prints a full date: the final round is only "on Sunday" / "the last
    # day", so no date is expected.
    Expected("place", r"^Reykjav(í|i)k$", r"Reykjav(?:í|i)k"),
    Expected("place", r"^Harpa\b", r"\bHarpa\b"),
    Expected("organization", r"Icelandic Chess Federation|Sk(á|a)ksamband", r"Icelandic Chess Federation"),
    Expected("organization", r"Nor(ð|d)urlj(ó|o)s", r"Nor(?:ð|d)urlj(?:ó|o)s"),
    Expected("person", r"^S(ö|o)lvi (Þ|Th)(ó|o)r(ð|d)arson$", r"(?:Þ|Th)(?:ó|o)r(?:ð|d)arson",
             label=r"champion|winner|master|player"),
    Expected("person", r"^Arte?(y|)om Kovalenko$|^Artem Kovalenko$|^Artyom Kovalenko$", r"Kovalenko",
             label=r"grandmaster|seed|GM"),
    Expected("person", r"^Maja Lindqvist$", r"Lindqvist", label=r"grandmaster|GM|second|runner"),
    Expected("person", r"^Gu(ð|d)r(ú|u)n Ey(j|)(ó|o)lfsd(ó|o)ttir$", r"Eyj(?:ó|o)lfsd(?:ó|o)ttir", label=r"coach"),
    Expected("person", r"^Einar Bragason$", r"Bragason", label=r"director|organi[sz]er"),
    Expected("number", r"(7\.5|7½|7,5).*\b8\b|\b8\b.*(7\.5|7½|7,5)",
             r"7\.5 points from nine|with 7\.5/9|8 points out of 9", label=r"point|score", status="conflict"),
    Expected("number", r"^(184)\b", r"\b184 (?:players|participants)", label=r"player|field|participant"),
    Expected("number", r"^(31)\b", r"\b31 grandmasters", label=r"grandmaster"),
    Expected("number", r"^(9|nine)\b", r"nine rounds|/9\b|out of 9", label=r"round"),
    Expected("number", r"^2391\b|^2,391\b", r"\b2391\b", label=r"rat|Elo"),
    Expected("number", r"^2712\b|^2,712\b", r"\(2712\)|rated 2712", label=r"rat|Elo|Kovalenko"),
    Expected("number", r"^58(th)?\b", r"[Ss]eeded 58th", label=r"seed"),
    Expected("number", r"12,?000|12 000", r"12,000", label=r"prize|euro"),
    Expected("number", r"^2731\b", r"2731", label=r"performance"),
    Expected("number", r"^(17|seventeen)\b", r"Seventeen-year-old|17-year-old", label=r"age|year"),
    Expected("claim", r"round (7|seven)", r"round seven|seventh round"),
    Expected("claim", r"grandmaster norm|GM norm", r"first (?:grandmaster|GM) norm"),
    Expected("quote", r"hoping to make a norm, not to win the tournament",
             r"hoping to make a norm, not to win the tournament"),
]

BURGUNDY_HAIL = [
    # hail on Saturday 20 June 2026 about 17:40; published 20 Jun (Sat) night, 21 Jun (Sun), 22 Jun (Mon).
    # L'Écho (21 Jun) says "Yesterday at the end of the afternoon".
    Expected("date", r"^2026-06-20$", r"\bSaturday\b|\bYesterday at the end\b"),
    Expected("place", r"^Meursault$", r"Meursault"),
    Expected("place", r"^Pommard$", r"Pommard"),
    Expected("place", r"^Volnay$", r"Volnay"),
    Expected("place", r"^Beaune$", r"(?<!de )\bBeaune\b(?! \|)"),
    Expected("place", r"C(ô|o)te de Beaune", r"C(?:ô|o)te de Beaune"),
    Expected("organization", r"Bureau Interprofessionnel des Vins de Bourgogne|^BIVB$", r"\bBIVB\b"),
    Expected("organization", r"M(é|e)t(é|e)o-France", r"M(?:é|e)t(?:é|e)o-France"),
    Expected("organization", r"Chamb(re|er) d'agriculture|Chamber of Agriculture", r"Chambre d'agriculture|Chamber of Agriculture"),
    Expected("organization", r"Mutuelle Vigneronne", r"Mutuelle Vigneronne"),
    Expected("person", r"^(É|E)lodie Garnier[- ]Roux$", r"Garnier[- ]Roux", label=r"grower|estate|wine|owner"),
    Expected("person", r"^Herv(é|e) Lachaux$", r"Lachaux", label=r"technical|director|BIVB"),
    Expected("person", r"^Thibault Morand$", r"Morand", label=r"advis|chamber|viticulture"),
    Expected("number", r"1,?800.*2[ ,]?500|2[ ,]?500.*1,?800", r"1,800 (?:hectares|ha)|2 500 hectares",
             label=r"hectare|vine|affect|hit", status="conflict"),
    Expected("number", r"^(4|four) ?(cm|centimet)", r"4 centimetres", label=r"hail|stone|size"),
    Expected("number", r"^(about )?15 minutes|quarter of an hour", r"15 minutes|quarter of an hour",
             label=r"duration|minute|storm|last"),
    Expected("number", r"80 ?(%|per ?cent)", r"80 ?(?:%|percent)", label=r"loss|harvest|crop"),
    Expected("number", r"^(more than )?400\b", r"400 claims", label=r"claim|insur"),
    Expected("number", r"^25\b", r"25 assessors", label=r"assessor|expert"),
    Expected("number", r"^(around )?60\b", r"around 60 times", label=r"firefight|call"),
    Expected("claim", r"agricultural disaster|calamit(é|e) agricole", r"agricultural disaster"),
    Expected("claim", r"anti-hail", r"anti-hail generators"),
    Expected("claim", r"injur", r"No one was injured"),
    Expected("quote", r"lost a year of work", r"a year of work"),
]

EVENTS = {
    "kiel-canal-blockage": KIEL_CANAL,
    "tultepec-fireworks-blast": TULTEPEC_BLAST,
    "lough-neagh-algae-beaches": LOUGH_NEAGH_ALGAE,
    "reykjavik-chess-upset": REYKJAVIK_CHESS,
    "burgundy-hail-vineyards": BURGUNDY_HAIL,
}
