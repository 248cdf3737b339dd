"""Blind evaluation set 9: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

PENICHE_SPILL = [
    # grounding before dawn on Thursday 15 October 2026 (03:50); published 15 Oct x2, 16 Oct x2.
    # Jornal do Oeste (16 Oct) says "yesterday morning"; Helion writes "On Thursday 15 October".
    Expected("date", r"^2026-10-15$", r"\bThursday\b|\byesterday\b"),
    Expected("place", r"^Peniche$", r"Peniche"),
    Expected("place", r"^Cabo Carvoeiro$", r"Cabo Carvoeiro"),
    Expected("place", r"^Berlengas?$", r"Berlengas"),
    Expected("place", r"^Baleal$", r"Baleal"),
    Expected("organization", r"Helion Tankers", r"\bHelion\b"),
    Expected("organization", r"National Maritime Authority|Autoridade Mar(í|i)tima|^AMN$", r"National Maritime Authority"),
    Expected("organization", r"Portuguese Navy", r"Portuguese Navy"),
    Expected("organization", r"Mar Limpo", r"Mar Limpo"),
    Expected("person", r"^(Dmytro|Dmitro|D\.) Ko[vw]alenko$", r"Ko[vw]alenko", label=r"captain|master"),
    Expected("person", r"^Rui Valadares$", r"Valadares", label=r"port|harbour|captain|commander|comandante"),
    Expected("person", r"^Nik(os|olaos) Andreadakis$", r"Andreadakis", label=r"chief executive|CEO|Helion"),
    Expected("person", r"^Sofia Brand(ã|a)o$", r"Brand(?:ã|a)o", label=r"biolog|Mar Limpo"),
    Expected("person", r"^Joaquim Serra$", r"\bSerra\b", label=r"fisher"),
    Expected("person", r"^In(ê|e)s Gaspar-? ?Mota$", r"Gaspar-Mota", label=r"council|environment"),
    Expected("number", r"1,200.*1,800|1,800.*1,200", r"1,[28]00 (?:tonnes|t)\b",
             label=r"oil|spill|crude|tonne|escap|leak", status="conflict"),
    Expected("number", r"82,000|82 000|\b82000\b", r"82[, ]000", label=r"cargo|crude|laden|carry|tonne"),
    Expected("number", r"^(24|twenty-four)\b", r"\b24 crew", label=r"crew"),
    Expected("number", r"^18\b", r"18 kilometres", label=r"coast|shore|kilomet"),
    Expected("number", r"4\.5 ?km|4,500", r"4\.5 km", label=r"boom|barrier"),
    Expected("number", r"^300\b|more than 300", r"more than 300 volunteers", label=r"volunteer"),
    Expected("claim", r"fishing|shellfish", r"banned fishing|banned fishing and shellfish"),
    Expected("claim", r"lighter|transfer", r"\blighter(?:ing)?\b"),
    Expected("quote", r"We deeply regret the pollution caused", r"deeply regret the pollution"),
    Expected("quote", r"priority now is to stop more oil", r"priority now is to stop more oil", label=r"Valadares"),
]

# No publication dates in sources.toml and none printed on the pages. The decision date is written in
# full only by the central bank ("on 5 November 2026"); the wire's "on Thursday" cannot be resolved.
CZECH_RATE = [
    Expected("date", r"^2026-11-05$", r"5 November 2026"),
    Expected("place", r"^Prague$|^Praha$", r"Prague"),
    Expected("organization", r"Czech National Bank|^CNB$|(Č|C)esk(á|a) n(á|a)rodn(í|i) banka", r"Czech National Bank|\bCNB\b"),
    Expected("organization", r"Vltava Banka", r"Vltava Banka"),
    Expected("organization", r"Moravia Capital", r"Moravia Capital"),
    Expected("person", r"^Tom(á|a)(š|s) Vrabec$", r"Vrabec", label=r"governor"),
    Expected("person", r"^Jana Hor(á|a)kov(á|a)$", r"Hor(?:á|a)kov(?:á|a)", label=r"board|member|dissent"),
    Expected("person", r"^Petr (Š|S)im(á|a)nek$", r"(?:Š|S)im(?:á|a)nek", label=r"economist|Vltava"),
    Expected("person", r"^Lenka Dvo(ř|r)(á|a)kov(á|a)$", r"Dvořáková", label=r"analyst|Moravia"),
    Expected("number", r"^3\.25 ?(%|per ?cent|percent)?", r"\b3\.25 ?(?:%|percent)", label=r"repo|rate|interest"),
    Expected("number", r"0\.25|25 basis points|quarter", r"0\.25 percentage point|25 basis points|quarter of a percentage point|quarter point",
             label=r"cut|lower|reduc|rate"),
    Expected("number", r"^2\.25", r"2\.25 ?(?:%|percent)", label=r"discount"),
    Expected("number", r"^4\.25", r"4\.25 ?(?:%|percent)", label=r"Lombard"),
    Expected("number", r"(5|five).*(4|four)|(4|four).*(5|five)",
             r"Five members voted|voted 5-2|five votes to two|4-3 vote", label=r"vote|board|member", status="conflict"),
    Expected("number", r"^2\.4 ?(%|per ?cent|percent)?", r"2\.4 ?(?:%|percent)", label=r"inflation"),
    Expected("number", r"^(2|two) ?(%|per ?cent|percent)", r"\b2% (?:target|inflation)", label=r"target"),
    Expected("number", r"^1\.8 ?(%|per ?cent|percent)?", r"1\.8 ?(?:%|percent)", label=r"growth|GDP|econom|forecast"),
    Expected("number", r"25\.40", r"25\.40 per euro", label=r"koruna|euro|crown|exchange"),
    Expected("number", r"^(7|seven)\b|seven-member", r"seven-member|of the seven members", label=r"board|member"),
    Expected("claim", r"further (cuts|easing)|halt|pause", r"further easing|further cuts"),
    Expected("quote", r"must not declare victory too early", r"must not declare victory too early", label=r"Vrabec"),
]

SOELDEN_AVALANCHE = [
    # avalanche on Tuesday 10 February 2026 about 13:15; published 10 Feb x2, 11 Feb x2.
    # Bergbote and Powder Lines (11 Feb) say "yesterday"; the police write "On Tuesday, 10 February 2026".
    Expected("date", r"^2026-02-10$", r"\bTuesday\b|\b[Yy]esterday"),
    Expected("place", r"^S(ö|oe|o)lden$", r"S(?:ö|oe)lden"),
    Expected("place", r"^Gaislachkogel$", r"Gaislachkogel"),
    Expected("place", r"^(Ö|Oe|O)tztal", r"(?:Ö|Oe)tztal"),
    Expected("place", r"^Innsbruck$", r"Innsbruck"),
    Expected("place", r"^Zams$", r"\bZams\b"),
    Expected("organization", r"Tyrol(ean)? police|Tirol police|Police Directorate|Landespolizeidirektion", r"Tyrol police"),
    Expected("organization", r"avalanche warning service", r"[Aa]valanche [Ww]arning [Ss]ervice|avalanche warning service of Tyrol"),
    Expected("organization", r"Rettenbach Bergbahnen", r"Rettenbach Bergbahnen"),
    Expected("organization", r"prosecutor", r"prosecutor's office"),
    Expected("person", r"^Markus Haidacher$", r"Haidacher", label=r"police|spokes"),
    Expected("person", r"^Florian Gstrein$", r"Gstrein", label=r"mountain rescue|rescue|head"),
    Expected("person", r"^Katharina P(ö|oe)ll$", r"P(?:ö|oe)ll\b", label=r"avalanche|expert|warning"),
    Expected("person", r"^Herbert Falkner$", r"Falkner", label=r"managing director|director|Rettenbach|lift"),
    Expected("person", r"^Lukas Santer$", r"Santer", label=r"instructor|witness"),
    Expected("number", r"(7|seven).*(9|nine)|(9|nine).*(7|seven)", r"burying seven skiers|seven people were fully|buried nine",
             label=r"buri|caught|skier|people", status="conflict"),
    Expected("number", r"^(2|two)\b", r"\b[Tt]wo (?:German skiers|German men|dead|men)|two of whom died|killed two skiers",
             label=r"dead|death|kill|died"),
    Expected("number", r"^(4|four)\b", r"\b[Ff]our (?:people (?:were )?(?:injured|suffered)|of the injured|injured)|four people were injured",
             label=r"injur|hurt"),
    Expected("number", r"^(about |around )?120\b", r"\b120 rescuers", label=r"rescuer"),
    Expected("number", r"^(4|four)\b", r"four helicopters", label=r"helicopter"),
    Expected("number", r"^400 ?m", r"400 (?:metres|m) ", label=r"wide|width|across|avalanche"),
    Expected("number", r"^(level )?4\b", r"level 4|at 4 \(high\)|[Ll]evel 4 \(high\)", label=r"danger|level|risk"),
    Expected("claim", r"outside the secured|off-piste|marked runs", r"clearly outside the secured"),
    Expected("quote", r"Every minute counts under the snow", r"Every minute counts under the snow", label=r"Gstrein"),
    Expected("quote", r"Our thoughts are with the families", r"Our thoughts are with the families", label=r"Falkner"),
]

VALLADOLID_CLOSURE = [
    # closure announced on Tuesday 3 March 2026; published 3 Mar x3, 4 Mar (El Norte Castellano, "yesterday").
    # Corvex writes "March 3, 2026" in its dateline only.
    Expected("date", r"^2026-03-03$", r"\bTuesday\b|\byesterday\b|[Tt]oday announced"),
    Expected("place", r"^Valladolid$", r"Valladolid"),
    Expected("place", r"^Timi(ș|s|ş)oara$", r"Timi(?:ș|ş|s)oara"),
    Expected("place", r"San Crist(ó|o)bal", r"San Crist(?:ó|o)bal"),
    Expected("organization", r"Corvex", r"Corvex"),
    Expected("organization", r"^CCOO$|Comisiones Obreras", r"CCOO"),
    Expected("organization", r"^UGT$", r"\bUGT\b"),
    Expected("organization", r"Junta de Castilla y Le(ó|o)n|regional government", r"Junta de Castilla y León|regional government of Castilla y Le(?:ó|o)n"),
    Expected("organization", r"Iberauto Advisory", r"Iberauto"),
    Expected("person", r"^Laura Brennan[- ]Hale$", r"Brennan[- ]Hale", label=r"president|Corvex|Europe|head"),
    Expected("person", r"^Jos(é|e) (Á|A)ngel P(é|e)rez( Ruiz)?$", r"P(?:é|e)rez", label=r"works council|chair|CCOO|union"),
    Expected("person", r"^Marta Ib(á|a)(ñ|n)ez$", r"Ib(?:á|a)(?:ñ|n)ez", label=r"UGT|union|metal"),
    Expected("person", r"^Daniel Otero$", r"\bOtero\b", label=r"consult|analyst|partner|Iberauto"),
    Expected("person", r"^Roc(í|i)o Manzano$", r"Manzano", label=r"worker|employee"),
    Expected("number", r"940.*1,040|1,040.*940", r"\b(?:940|1,040) (?:employees|jobs|workers|people)|where 1,040 people|cut its 940 jobs|cutting 940 jobs",
             label=r"job|employee|worker|staff", status="conflict"),
    Expected("number", r"3,200|3200|3 200", r"3,200", label=r"job|position|workforce|group|worldwide"),
    Expected("number", r"110 ?(million|m)\b", r"\$110 ?(?:million|m)\b", label=r"charge|cost|restructur"),
    Expected("number", r"^300\b", r"another 300 jobs", label=r"supplier"),
    Expected("number", r"60 ?(%|per ?cent)", r"60% of capacity", label=r"capacity|utili"),
    Expected("number", r"^(30|thirty)\b", r"up to 30 days", label=r"consultation|days"),
    Expected("date", r"2027-06|June 2027|mid-2027", r"June 2027|mid-2027"),
    Expected("number", r"^1987$", r"\b1987\b", label=r"since|open|founded|manufactur"),
    Expected("claim", r"Romania|Timi", r"Romania"),
    Expected("claim", r"protest|demonstration|strike", r"protest for Friday|demonstration for Friday|called protests"),
    Expected("quote", r"hardest decision we have had to take in Europe", r"hardest decision we have had to take in Europe",
             label=r"Brennan"),
    Expected("quote", r"closing a profitable plant", r"closing a profitable plant", label=r"P(é|e)rez"),
]

REYKJANES_ERUPTION = [
    # eruption began 22:17 on Wednesday 19 August 2026; published 19 Aug x2 (late evening), 20 Aug x2.
    # The Reykjavik Review (20 Aug) says "last night"; the Met Office writes "on Wednesday 19 August".
    Expected("date", r"^2026-08-19$", r"\bWednesday\b|\blast night\b"),
    Expected("place", r"^Grindav(í|i)k$", r"Grindav(?:í|i)k"),
    Expected("place", r"^Reykjanes( peninsula)?$", r"Reykjanes peninsula"),
    Expected("place", r"^Sundhn(ú|u)kur", r"Sundhn(?:ú|u)kur"),
    Expected("place", r"^Svartsengi$", r"Svartsengi"),
    Expected("place", r"^Kefla(v|v)(í|i)k", r"Kefla(?:v|v)(?:í|i)k"),
    Expected("organization", r"(Icelandic )?Met(eorological)? Office|Ve(ð|d)urstofa", r"Met Office|weather office"),
    Expected("organization", r"Civil Protection", r"Civil Protection"),
    Expected("organization", r"University of Iceland", r"University of Iceland"),
    Expected("person", r"^Sigr(ú|u)n (Þ|Th)(ó|o)r(ð|d)ard(ó|o)ttir$", r"Sigr(?:ú|u)n", label=r"volcanolog|Met"),
    Expected("person", r"^Hj(á|a)lmar Gu(ð|d)nason$", r"Gu(?:ð|d)nason", label=r"police|commissioner|chief"),
    Expected("person", r"^(Á|A)sta Bj(ö|o)rk J(ó|o)nsd(ó|o)ttir$", r"J(?:ó|o)nsd(?:ó|o)ttir", label=r"resident|teacher"),
    Expected("person", r"^Kristj(á|a)n Einarsson$", r"Einarsson", label=r"geophysic|University"),
    Expected("number", r"2\.8.*3\.5|3\.5.*2\.8", r"2\.8 (?:km|kilometres)|3\.5 kilometres|almost three kilometres",
             label=r"fissure|length|long", status="conflict"),
    Expected("number", r"2,000|2000|2 000", r"2,000 people", label=r"evacua|people"),
    Expected("number", r"^(some )?700\b", r"700 guests", label=r"spa|guest|staff"),
    Expected("number", r"22:17", r"22:17", label=r"time|began|start|onset"),
    Expected("number", r"^(up to )?50 ?m", r"50 (?:m|metres)\b", label=r"fountain|lava|height|high"),
    Expected("number", r"1,200|1200", r"1,200 earthquakes", label=r"earthquake|quake|seismic"),
    Expected("claim", r"airport|Kefla|flights|aviation", r"operating normally|continuing as normal|no threat to aviation"),
    Expected("claim", r"emergency", r"emergency phase|raised to emergency"),
    Expected("claim", r"barrier|wall", r"barriers"),
    Expected("quote", r"most powerful eruption on the peninsula since the current sequence began",
             r"most powerful eruption on the peninsula", label=r"(Þ|Th)(ó|o)r(ð|d)ard(ó|o)ttir|Sigr(ú|u)n"),
    Expected("quote", r"calmly and quickly", r"calmly and quickly", label=r"Gu(ð|d)nason"),
]

EVENTS = {
    "peniche-tanker-spill": PENICHE_SPILL,
    "czech-rate-cut": CZECH_RATE,
    "soelden-avalanche": SOELDEN_AVALANCHE,
    "valladolid-plant-closure": VALLADOLID_CLOSURE,
    "reykjanes-eruption": REYKJANES_ERUPTION,
}
