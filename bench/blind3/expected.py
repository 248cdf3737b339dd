"""Blind evaluation set: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

VAEROY_FERRY = [
    # grounding on Monday 9 March 2026 about 19:40; published 9 Mar (Mon) night, 10 Mar (Tue) x3.
    # PBN (10 Mar) says "yesterday evening"; the operator writes "On Monday 9 March".
    Expected("date", r"^2026-03-09$", r"\bMonday\b|\byesterday\b"),
    Expected("place", r"^V(æ|ae)r(ø|o)y$", r"V(?:æ|ae)r(?:ø|o)y"),
    Expected("place", r"^Bod(ø|o)$", r"Bod(?:ø|o)\b"),
    Expected("place", r"^Moskenes$", r"Moskenes"),
    Expected("organization", r"Nordlys Sj(ø|o)trafikk", r"Nordlys Sj(?:ø|o)trafikk"),
    Expected("organization", r"Joint Rescue Coordination Cent(re|er)|JRCC|Hovedredningssentralen",
             r"Joint Rescue Coordination Centre"),
    Expected("organization", r"Safety Investigation Authority|^NSIA$", r"Safety Investigation Authority|\bNSIA\b"),
    Expected("organization", r"Nordland Hospital", r"Nordland Hospital"),
    Expected("organization", r"Coastal Administration|Kystverket", r"Coastal Administration|Kystverket"),
    Expected("person", r"^Kristin (Ødegård|Odegaard|Oedegaard)$", r"Ødegård|Odegaard",
             label=r"chief executive|CEO|head|director"),
    Expected("person", r"^Stig[- ]Arne Nilsen$", r"\bNilsen\b", label=r"rescue|spokes|coordination"),
    Expected("person", r"^Marte (Lund )?Bakken$", r"\bBakken\b", label=r"police|operations"),
    Expected("person", r"^Jonas Fjeld$", r"\bFjeld\b", label=r"passenger"),
    Expected("number", r"143.*148|148.*143", r"\b14[38] passengers", label=r"passenger", status="conflict"),
    Expected("number", r"^(12|twelve)\b", r"\b12 crew", label=r"crew"),
    Expected("number", r"^(9|nine)\b", r"\b[Nn]ine (?:people|of them)", label=r"injur|hurt|hospital"),
    Expected("number", r"^(2|two)\b", r"\bTwo SAR Queen", label=r"helicopter"),
    Expected("number", r"38,000|38000|38 000", r"38,000 litres", label=r"diesel|fuel|litre"),
    Expected("number", r"^25\b", r"25 metres per second", label=r"wind|gust"),
    Expected("claim", r"breath|alcohol", r"breath tests?\b"),
    Expected("claim", r"until further notice|cancel", r"until further notice"),
    Expected("quote", r"first thoughts are with the passengers and crew", r"frightening evening"),
]

GHENT_THEFT = [
    # theft in the early hours of Sunday 17 May 2026; published 17 May (Sun) x2 and 18 May (Mon) x2.
    Expected("date", r"^2026-05-17$", r"\bSunday\b"),
    Expected("place", r"^(Ghent|Gent)$", r"Ghent|\bGent\b"),
    Expected("place", r"^Kraanlei$", r"Kraanlei"),
    Expected("place", r"^Destelbergen$", r"Destelbergen"),
    Expected("organization", r"Van Hecke", r"Van Hecke"),
    Expected("organization", r"East Flanders.*prosecutor|prosecutor.*East Flanders",
             r"East Flanders (?:public )?prosecutor"),
    Expected("organization", r"federal (judicial )?police", r"federal (?:judicial )?police"),
    Expected("person", r"^Annelies (Vandenbroucke|Van den Broucke|Vanden Broucke)$", r"Vandenbroucke|Van den Broucke",
             label=r"director"),
    Expected("person", r"^Jan De ?[Ww]ilde$", r"De ?[Ww]ilde\b", label=r"spokes|prosecut"),
    Expected("person", r"^Bram Van Acker$", r"Van Acker", label=r"alderman|culture|city"),
    Expected("person", r"^Pieter-? ?Jan Claes$", r"\bClaes\b", label=r"research|expert|crime"),
    Expected("number", r"(3|three).*(2|two)|(2|two).*(3|three)",
             r"\b[Tt]hree (?:masked )?(?:men|thieves)\b|only two people", label=r"thie|men|perpetrat|intruder|burglar",
             status="conflict"),
    Expected("number", r"^212\b", r"\b212\b", label=r"coin"),
    Expected("number", r"4\.5 ?(million|m)\b", r"4\.5 ?(?:million|m)\b", label=r"value|worth|insur|estimat"),
    Expected("number", r"2\.8 ?(million|m)\b", r"2\.8 million", label=r"reliquary|insur"),
    Expected("number", r"100,000|100 000|\b100000\b|100k", r"100,000", label=r"reward"),
    Expected("claim", r"Livinus", r"Reliquary of Saint Livinus"),
    Expected("claim", r"skylight|roof", r"skylight|through the roof"),
    Expected("claim", r"Interpol", r"Interpol"),
    Expected("claim", r"closed until further notice", r"closed until further notice"),
    Expected("quote", r"belong to the memory of Ghent", r"belong to the memory of Ghent"),
]

SAIMAA_RANSOMWARE = [
    # attack detected early on Sunday 1 Feb 2026 (04.20); published 2 Feb (Mon) x3 and 3 Feb (Tue).
    Expected("date", r"^2026-02-01$", r"\bSunday\b"),
    Expected("place", r"^Lappeenranta$", r"Lappeenranta"),
    Expected("place", r"^Imatra$", r"Imatra"),
    Expected("organization", r"Saimaa Health Region|Saimaan terveysalue", r"Saimaa Health Region"),
    Expected("organization", r"National Cyber Security Cent(re|er)|NCSC", r"National Cyber Security Centre"),
    Expected("organization", r"National Bureau of Investigation|^NBI$|KRP", r"National Bureau of Investigation|\bNBI\b"),
    Expected("organization", r"NightMoth", r"NightMoth"),
    Expected("organization", r"Data Protection Ombudsman", r"Data Protection Ombudsman"),
    Expected("person", r"^P(ä|a)ivi K(ä|a)rkk(ä|a)inen$", r"K(?:ä|a)rkk(?:ä|a)inen", label=r"chief executive|CEO|head|director"),
    Expected("person", r"^Mikko Hyv(ö|o)nen$", r"Hyv(?:ö|o)nen", label=r"information|IT|director"),
    Expected("person", r"^Jari Lindroos$", r"Lindroos", label=r"detective|NBI|police|superintendent"),
    Expected("person", r"^Sanna Kuusisto$", r"Kuusisto", label=r"incident|NCSC|cyber"),
    Expected("person", r"^Raili Savolainen$", r"Savolainen", label=r"patient"),
    Expected("number", r"128,000.*182,000|182,000.*128,000", r"\b1(?:28|82),000 (?:patients|people)",
             label=r"patient|people|data|record|affect", status="conflict"),
    Expected("number", r"^87\b", r"\b87\b", label=r"operation|surger|postpon"),
    Expected("number", r"125,000|125 000|\b125000\b", r"125,000 residents", label=r"resident|popul|serve"),
    Expected("number", r"^40\b|40 (bitcoin|BTC)", r"40 (?:bitcoin|BTC)", label=r"ransom|bitcoin|demand"),
    Expected("number", r"1\.2 ?(terabytes|TB)", r"1\.2 terabytes", label=r"data|stolen|terabyte"),
    Expected("claim", r"not pay|not negotiate|not give in|ransom", r"not pay|not negotiate|not give in"),
    Expected("claim", r"divert|Kouvola|Mikkeli", r"\bdiverted\b"),
    Expected("quote", r"We will not negotiate with criminals", r"We will not negotiate with criminals"),
    Expected("quote", r"Patient safety is our first priority", r"Patient safety is our first priority",
             label=r"K(ä|a)rkk(ä|a)inen"),
]

# No publication dates in sources.toml and none printed on the pages. The race date is written in full only
# by the organiser ("on 27 September 2026"); everyone else says "on Sunday", which cannot be resolved.
GDANSK_MARATHON = [
    Expected("date", r"^2026-09-27$", r"27 September 2026"),
    Expected("place", r"^Gda(ń|n)sk$", r"Gda(?:ń|n)sk"),
    Expected("place", r"^D(ł|l)ugi Targ$|Long Market", r"D(?:ł|l)ugi Targ"),
    Expected("place", r"^Westerplatte", r"Westerplatte"),
    Expected("organization", r"Baltic Coast Marathon", r"Baltic Coast Marathon"),
    Expected("person", r"^Haile-? ?[Mm]ariam Bekele$", r"\bBekele\b", label=r"winner|won|men|champion|Ethiopi|runner"),
    Expected("person", r"^Bri(d|dg)et? Chepkoech$", r"Chepkoech", label=r"winner|won|women|champion|Kenya|runner"),
    Expected("person", r"^(Ł|L)ukasz Wr(ó|o)blewski$", r"Wr(?:ó|o)blewski", label=r"Polish|Pole|sixth|runner|finisher"),
    Expected("person", r"^Agnieszka Kowalczyk(-Nowak)?$", r"Kowalczyk", label=r"director|organi"),
    Expected("person", r"^Evans Rotich$", r"\bRotich\b", label=r"second|runner|Kenya"),
    Expected("person", r"^Dennis Kiprono$", r"Kiprono", label=r"record|previous|2019"),
    Expected("number", r"2:07:48", r"2:07:48", label=r"time|winn|record|Bekele|men"),
    Expected("number", r"2:09:31", r"2:09:31", label=r"record|previous"),
    Expected("number", r"2:23:05", r"2:23:05", label=r"time|winn|Chepkoech|women"),
    Expected("number", r"2:11:52", r"2:11:52", label=r"Wr(ó|o)blewski|Polish|Pole|time"),
    Expected("number", r"9,3.*10,000|10,000.*9,3", r"\b9,3\d\d\b|10,000 runners finished",
             label=r"finish|runner|field|participant", status="conflict"),
    Expected("number", r"^58\b", r"58 countries", label=r"countr|nation"),
    Expected("number", r"20,000|20 000|\b20000\b", r"20,000", label=r"prize|win|€|euro"),
    Expected("number", r"10,000.*(bonus|record)|^€?10,000", r"€10,000 course-record|10,000-euro", label=r"bonus|record"),
    Expected("number", r"^11\b", r"\b11 ?(?:°C|degrees)", label=r"temperature|degree|weather"),
    Expected("claim", r"course record", r"(?:new|the) course record"),
    Expected("quote", r"I came for the record", r"I came for the record", label=r"Bekele"),
]

CHILE_MINISTER = [
    # resignation on Wednesday 10 June 2026; published 10 Jun (Wed) evening, 11 Jun (Thu) x2;
    # Chile Today Daily (11 Jun) says "yesterday".
    Expected("date", r"^2026-06-10$", r"\bWednesday\b|\byesterday\b"),
    Expected("place", r"^Santiago$", r"Santiago|SANTIAGO"),
    Expected("place", r"^La Moneda$", r"La Moneda"),
    Expected("person", r"^Carolina Vergara( Sol(í|i)s)?$", r"\bVergara\b", label=r"health|minister"),
    Expected("person", r"^Tom(á|a)s (Ignacio )?Riquelme( Araya)?$", r"Riquelme", label=r"successor|minister|deputy|undersecretary"),
    Expected("person", r"^Francisca Moya$", r"\bMoya\b", label=r"spokes"),
    Expected("person", r"^Ignacio Larra(í|i)n( Brito)?$", r"Larra(?:í|i)n", label=r"deputy|opposition|lawmaker"),
    Expected("person", r"^Javiera Mu(ñ|n)oz$", r"Mu(?:ñ|n)oz", label=r"economist|Cordillera"),
    Expected("person", r"^Mar(í|i)a Teresa Fuentes$", r"\bFuentes\b", label=r"patient"),
    Expected("organization", r"Comptroller", r"Comptroller"),
    Expected("organization", r"Chamber of Deputies", r"Chamber of Deputies"),
    Expected("organization", r"Banco Cordillera", r"Banco Cordillera"),
    Expected("number", r"37,000.*31,000|31,000.*37,000", r"\b3[17],000 patients", label=r"patient|removed|waiting",
             status="conflict"),
    Expected("number", r"^(14|fourteen)\b(?!\.)", r"\b14 (?:public )?hospitals|\bfourteen (?:public )?hospitals",
             label=r"hospital|audit"),
    Expected("number", r"2\.4 ?(million|mn)", r"2\.4 ?(?:million|mn)\b", label=r"waiting|patient|people|backlog"),
    Expected("number", r"19 months|year and seven months", r"19 months|a year and seven months",
             label=r"office|tenure|months"),
    Expected("number", r"14\.2 trillion", r"14\.2 trillion", label=r"budget|health"),
    Expected("number", r"^12 ?(%|per ?cent)", r"\b12 ?(?:%|per cent|percent)", label=r"waiting|grow|rise|increase|list"),
    Expected("claim", r"constitutional accusation", r"constitutional accusation"),
    Expected("claim", r"sworn in|oath", r"sworn in|oath of office"),
    Expected("quote", r"investigation can move forward", r"investigation can move forward", label=r"Vergara"),
]

EVENTS = {
    "vaeroy-ferry-grounding": VAEROY_FERRY,
    "ghent-reliquary-theft": GHENT_THEFT,
    "saimaa-hospital-ransomware": SAIMAA_RANSOMWARE,
    "gdansk-marathon-record": GDANSK_MARATHON,
    "chile-health-minister-resigns": CHILE_MINISTER,
}
