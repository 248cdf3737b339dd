"""Blind evaluation set 40: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

GALWAY_PARKING = [
    # announced Tuesday 17 Feb 2026; published 17 Feb x2, 18 Feb (Courier: "yesterday"), 19 Feb (PIR: "on Tuesday").
    Expected("date", r"^2026-02-17$", r"\bon Tuesday\b|announced yesterday|today announced|WIR this afternoon"),
    # when free parking starts: 2 March (hospital, radio, trade) vs 1 April (local paper).
    Expected("date", r"(2026-03-02|2 March|March 2).*(2026-04-01|1 April|April 1)|(2026-04-01|1 April|April 1).*(2026-03-02|2 March|March 2)",
             r"from (?:Monday )?2 March|from March 2\b|from 1 April", label=r"free|parking|charge|start|effect",
             status="conflict"),
    Expected("place", r"^Galway$", r"Galway"),
    Expected("place", r"^Newcastle Road$", r"Newcastle Road"),
    Expected("organization", r"Corrib University Hospital|^CUH$", r"Corrib (?:University )?[Hh]ospital"),
    Expected("organization", r"Parkwise( Ireland)?", r"Parkwise"),
    Expected("organization", r"Health Service Executive|^HSE$", r"Health Service Executive|\bHSE\b"),
    Expected("organization", r"Galway Patients'? Forum", r"Galway Patients' Forum"),
    Expected("person", r"^(Dr\.? )?Siobh(á|a)n N(í|i) Fhlatharta$", r"Fhlatharta", label=r"chief executive|CEO|head"),
    Expected("person", r"^Ciar(á|a)n Hession$", r"Hession", label=r"operations|manager"),
    Expected("person", r"^Maura Keaveney$", r"Keaveney", label=r"forum|chair|patient|campaign"),
    Expected("person", r"^Alan Dunleavy$", r"Dunleavy", label=r"managing director|Parkwise|director"),
    Expected("person", r"^Tom Cloonan$", r"Cloonan"),
    Expected("number", r"1,?150", r"\b1,150\b", label=r"space|parking|car"),
    Expected("number", r"2\.4 ?(m|million)", r"2\.4 ?(?:million|m)\b", label=r"income|revenue|charge|parking|cost"),
    Expected("number", r"\b300\b", r"€300", label=r"permit|staff"),
    Expected("number", r"9,?000", r"9,000 (?:signatures|people)", label=r"petition|signat"),
    Expected("number", r"650,?000|650k", r"650,000", label=r"contract|Parkwise|compensat|pay"),
    Expected("number", r"\b12\b", r"€12 a day", label=r"cap|daily|day|charge"),
    Expected("claim", r"four-hour|4-hour|four hours", r"four-hour limit"),
    Expected("claim", r"permit", r"[Pp]ermits?\b.*(?:abolished|no longer)|no longer pay for permits|will also park free"),
    Expected("claim", r"contract", r"contract.*\bearly\b|to end the contract"),
    Expected("claim", r"number.plate|ANPR|camera", r"number-plate recognition"),
    Expected("claim", r"own budget|absorb", r"own budget"),
    Expected("quote", r"pay to visit a sick child or a dying parent", r"\"Nobody should have to pay to visit"),
    Expected("quote", r"tax on illness", r"tax on illness"),
]

PORTUGAL_DEPOSIT = [
    # launch Thursday 1 Oct 2026; published 1 Oct x2, 2 Oct (Diário: "Yesterday"), 5 Oct (PackTrade: "October 1").
    Expected("date", r"^2026-10-01$", r"\bThursday\b|1 October 2026|October 1\b|Yesterday was the first day"),
    Expected("place", r"^Lisbon$", r"in Lisbon"),
    Expected("place", r"^Matosinhos$", r"Matosinhos"),
    Expected("place", r"^Almada$", r"Almada"),
    Expected("organization", r"Retorna", r"Retorna"),
    Expected("organization", r"Portuguese Environment Agency|^APA$|Ag(ê|e)ncia Portuguesa do Ambiente",
             r"Portuguese Environment Agency|\bAPA\b"),
    Expected("organization", r"Oceano Limpo", r"Oceano Limpo"),
    Expected("organization", r"Mercado Atl(â|a)ntico", r"Mercado Atl(?:â|a)ntico"),
    Expected("organization", r"Tomvik", r"Tomvik"),
    Expected("person", r"^Jo(ã|a)o (Gon(ç|c)alves )?Pimentel$", r"Pimentel", label=r"chief executive|CEO|head"),
    Expected("person", r"^Teresa Valadares$", r"Valadares", label=r"vice.president|agency|APA"),
    Expected("person", r"^Rita Magalh(ã|a)es$", r"Magalh(?:ã|a)es", label=r"coordinator|Oceano|environment"),
    Expected("person", r"^S(é|e)rgio Antunes$", r"Antunes", label=r"operations|director|Mercado"),
    Expected("person", r"^Manuel Ferraz$", r"Ferraz"),
    Expected("number", r"10 ?c|0\.10|ten cents", r"€0\.10|10-cent|ten cents|EUR 0\.10", label=r"deposit"),
    # return points: 2,800 at launch (operator, wire, Diário) vs more than 3,100 by Friday (PackTrade).
    Expected("number", r"2,?800.*3,?100|3,?100.*2,?800", r"\b2,?800 (?:return|collection) points|3,100 return points",
             label=r"return|collection|point", status="conflict"),
    Expected("number", r"1,?900", r"\b1,900\b", label=r"machine|vending"),
    Expected("number", r"95 ?(m|million)", r"95 ?(?:million|m)\b", label=r"invest|cost|set up"),
    Expected("number", r"^90 ?(%|per ?cent)", r"90(?:%| per cent) (?:of [\w -]+ )?by 2029", label=r"target|goal|collect"),
    Expected("number", r"3\.3 ?(billion|bn)", r"3\.3 billion", label=r"container|market|year"),
    Expected("number", r"1\.2 ?(million|m)", r"1\.2 million", label=r"return|container|first"),
    Expected("number", r"^(about )?60 ?(%|per ?cent)", r"about 60%", label=r"2025|collect|recycl|rate"),
    Expected("claim", r"0\.1.*3 ?l", r"0\.1 (?:and|to) 3 litres"),
    Expected("claim", r"March 2027|2027-03-31", r"March 2027"),
    Expected("claim", r"glass", r"[Gg]lass (?:bottles should|is heavy)"),
    Expected("quote", r"now has a value", r"now has a value"),
]

TWIZEL_DOG = [
    # no published dates and no dates in the pages: no date is expected.
    Expected("place", r"^(Lake )?(Ō|O)hau$", r"Lake (?:Ō|O)hau"),
    Expected("place", r"^Omarama$", r"Omarama"),
    Expected("place", r"^Twizel$", r"Twizel"),
    Expected("place", r"^(Ō|O)amaru$", r"(?:Ō|O)amaru"),
    Expected("organization", r"Waitaki Vets", r"Waitaki Vets"),
    Expected("organization", r"Paws Home Canterbury", r"Paws Home Canterbury"),
    Expected("person", r"^Ben Whitcombe$", r"Ben (?:and Aroha )?Whitcombe|\bBen told\b", label=r"owner"),
    Expected("person", r"^Aroha( Whitcombe)?$", r"Aroha", label=r"owner"),
    Expected("person", r"^Hamish (McCraw|MacCraw)$", r"Ma?cCraw", label=r"farmer|found"),
    Expected("person", r"^(Dr\.? )?Priya Raghunathan$", r"Raghunathan", label=r"vet"),
    Expected("claim", r"K(ō|o)whai", r"K(?:ō|o)whai"),
    # time missing: seven months (owners' local paper and radio) vs five months (search group's blog).
    Expected("number", r"(seven|7).*(five|5)|(five|5).*(seven|7)", r"\b(?:seven|five) months\b",
             label=r"month|missing|gone", status="conflict"),
    Expected("number", r"^(4|four)\b", r"four-year-old", label=r"age|old|year"),
    Expected("number", r"\b40\b", r"40 ?(?:km|kilometres)\b", label=r"distance|km|kilomet"),
    Expected("number", r"\b11 ?(kg|kilo)", r"\b11 ?(?:kg|kilograms)\b", label=r"weigh"),
    Expected("number", r"(eight|8) ?(kg|kilo)", r"eight kilograms", label=r"weigh|lost"),
    Expected("number", r"2,?000", r"\$2,?000", label=r"reward"),
    Expected("number", r"\b60\b", r"60 volunteers", label=r"volunteer|search"),
    Expected("claim", r"chip", r"microchip scan|by her microchip|chip was scanned"),
    Expected("claim", r"reward|donat", r"asked (?:that|for) (?:it|the \$2,000 reward)"),
    Expected("claim", r"bang|backfire|spook", r"backfired|loud bang"),
    Expected("claim", r"sheep|merino", r"following his (?:mob|sheep)|trailing a mob"),
    Expected("claim", r"GPS", r"GPS collar"),
    Expected("quote", r"stopped saying her name at dinner", r"\"We had stopped saying her name", label=r"Whitcombe|Ben|owner"),
]

COBOURG_FLUORIDE = [
    # vote late on Monday 9 Nov 2026; published 10 Nov x3 ("Monday night", "late Monday", "Last night").
    Expected("date", r"^2026-11-09$", r"\bMonday\b|Last night"),
    Expected("place", r"^Cobourg$", r"Cobourg"),
    Expected("place", r"^Lake Ontario$", r"Lake Ontario"),
    Expected("organization", r"council", r"\b[Cc]ouncil\b"),
    Expected("organization", r"Lakeshore Public Health Unit", r"Lakeshore Public Health Unit"),
    Expected("organization", r"Clear Tap", r"Clear Tap"),
    Expected("organization", r"Health Canada", r"Health Canada"),
    Expected("person", r"^(Dr\.? )?Amrit Sandhu[- ]Grewal$", r"Sandhu[- ]Grewal", label=r"medical officer|health"),
    Expected("person", r"^Derek Van ?[Ll]oon$", r"Van ?[Ll]oon", label=r"councillor|council|motion"),
    Expected("person", r"^Lucille Ostrowsk(i|y)$", r"Ostrowsk", label=r"mayor"),
    Expected("person", r"^Gord Halloran$", r"Halloran", label=r"Clear Tap|campaign|organi"),
    Expected("person", r"^(Dr\.? )?Marie-?(È|E)ve Tremblay$", r"Tremblay", label=r"dentist"),
    Expected("number", r"6.{0,5}3|six.{0,5}three", r"\b6-3\b|six to three", label=r"vote"),
    # people affected: about 15,000 residents (paper, health unit) vs about 50,000 people (radio: misheard).
    Expected("number", r"15,?000.*50,?000|50,?000.*15,?000", r"about (?:15|50),000 (?:residents|people)",
             label=r"resident|people|affect|served", status="conflict"),
    Expected("number", r"62,?000|sixty-two thousand", r"\$62,000|sixty-two thousand", label=r"sav|cost|year"),
    Expected("number", r"0\.7", r"0\.7 (?:mg|milligrams)", label=r"fluoride|level|dose|concentration"),
    Expected("number", r"1,?100", r"1,100 signatures", label=r"petition|signat"),
    Expected("number", r"\b40\b", r"40 people spoke", label=r"speak|spoke|delegat|people"),
    Expected("number", r"^31 ?(%|per ?cent)", r"31 per cent", label=r"decay|kindergarten|child"),
    Expected("claim", r"varnish", r"varnish clinics"),
    Expected("claim", r"January 31|31 January", r"January 31"),
    Expected("claim", r"1962", r"1962"),
    Expected("claim", r"reconsider", r"reconsider its decision"),
    Expected("quote", r"paid for in children'?s teeth", r"paid for in children's teeth"),
    Expected("quote", r"not medication", r"not medication"),
]

VIGO_VESSEL = [
    # launch Friday 22 May 2026; published 22 May x2, 23 May (Faro: "yesterday"), 27 May (MBM: "last Friday").
    Expected("date", r"^2026-05-22$", r"\bFriday\b|yesterday launched"),
    Expected("place", r"^Vigo$", r"Vigo"),
    Expected("place", r"^Bergen$", r"Bergen"),
    Expected("place", r"Barents Sea", r"Barents Sea"),
    Expected("organization", r"Institute of Marine Research|^IMR$|Havforskningsinstituttet",
             r"Institute of Marine Research|\bIMR\b"),
    Expected("organization", r"Astilleros R(í|i)a de Vigo", r"R(?:í|i)a de Vigo"),
    Expected("organization", r"Kvarven", r"Kvarven"),
    Expected("person", r"^Eirik Sandvold[- ]Hauge$", r"Sandvold[- ]Hauge", label=r"research director|director"),
    Expected("person", r"^(Xo(á|a)n|Juan) Bouzas$", r"Bouzas", label=r"chief executive|president|CEO|yard"),
    Expected("person", r"^(Dr\.? )?Liv Aasmundsen$", r"Aasmundsen", label=r"godmother|biologist|named"),
    Expected("person", r"^Carmen Otero$", r"Otero", label=r"project manager|manager"),
    Expected("claim", r"Havlys", r"Havlys"),
    # contract value: NOK 1.4 billion (institute, wire, trade) vs 1.4 billion euros (Spanish paper, translated).
    Expected("number", r"(NOK|crown|kron).*(€|euro|EUR)|(€|euro|EUR).*(NOK|crown|kron)",
             r"NOK ?1\.4 ?b|1\.4 billion Norwegian crowns|1\.4 billion euros", label=r"contract|cost|value|worth",
             status="conflict"),
    Expected("number", r"74\.5", r"74\.5", label=r"length|long|metre"),
    Expected("number", r"^48\b", r"\b48 (?:people|berths)", label=r"berth|people|accommodat"),
    Expected("number", r"^18\b", r"crew of 18", label=r"crew"),
    Expected("number", r"^(up to )?30\b", r"30 (?:scientists|researchers)", label=r"scien|research"),
    Expected("number", r"^35\b", r"35 days", label=r"endurance|days|sea"),
    Expected("number", r"600", r"600 (?:workers|people)", label=r"work|job|people|employ"),
    Expected("number", r"2,?400 ?kWh", r"2,400 kWh", label=r"battery|kWh"),
    Expected("claim", r"2027", r"(?:spring|in) (?:of )?2027|delivery next year"),
    Expected("claim", r"ICES 209|noise", r"ICES 209"),
    Expected("claim", r"Hav(ø|o)rn", r"Hav(?:ø|o)rn"),
    Expected("claim", r"four hours|battery", r"four hours"),
    Expected("quote", r"listen to the ocean without disturbing it", r"listen to the ocean without disturbing it"),
    Expected("quote", r"Norway came to Vigo", r"Norway came to Vigo", label=r"Bouzas"),
]

EVENTS = {
    "galway-hospital-parking-free": GALWAY_PARKING,
    "portugal-deposit-return-launch": PORTUGAL_DEPOSIT,
    "twizel-lost-dog-found": TWIZEL_DOG,
    "cobourg-fluoridation-vote": COBOURG_FLUORIDE,
    "vigo-research-vessel-launch": VIGO_VESSEL,
}
