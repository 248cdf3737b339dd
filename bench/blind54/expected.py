"""Blind evaluation set 54: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

INNSBRUCK_BOULDER = [
    # Sport. Conflict on the DAY of the final: Sunday 14 June 2026 (wire published 14 Jun evening, organiser's
    # release "Sunday 14 June 2026", trade press "Sunday's final") vs Saturday 13 June (Slovene paper published
    # 15 Jun "on Saturday evening"; local blog published 14 Jun 10:15 "last night").
    Expected("date", r"2026-06-13.*2026-06-14|2026-06-14.*2026-06-13",
             r"\bSunday\b|\bSaturday evening\b|\blast night\b", status="conflict"),
    Expected("place", r"^Innsbruck$", r"Innsbruck"),
    Expected("place", r"Marktplatz", r"Marktplatz"),
    Expected("place", r"^Kranj$", r"\bKranj\b"),
    Expected("organization", r"Tirol Boulder Open", r"Tirol Boulder Open"),
    Expected("organization", r"Kranj Climbing Club|Plezalni klub Kranj", r"Kranj Climbing Club|Plezalni klub Kranj"),
    Expected("organization", r"Bergquell", r"Bergquell"),
    Expected("organization", r"Alpine Association of Slovenia|^PZS$|Planinska zveza", r"Alpine Association of Slovenia"),
    Expected("person", r"^Zala Poto(č|c)nik$", r"Poto(?:č|c)nik", label=r"climb|winner|athlete|champion"),
    Expected("person", r"^(Haruka Moriyama|Moriyama Haruka)$", r"Moriyama", label=r"climb|second|runner|athlete"),
    Expected("person", r"^Lena Aigner(-Hofbauer)?$", r"Aigner", label=r"climb|third|athlete"),
    Expected("person", r"^Matej Zupan$", r"Zupan", label=r"coach|trainer"),
    Expected("person", r"^Florian Wachter$", r"Wachter", label=r"director|organi"),
    Expected("person", r"^Jakob Steinlechner$", r"Steinlechner", label=r"sett"),
    Expected("person", r"^Mojca Poto(č|c)nik$", r"Mojca", label=r"mother|parent"),
    Expected("number", r"4[,. ]?200", r"4[,. ]?200", label=r"spectator|crowd|people|audience|attendance"),
    Expected("number", r"^(48|forty-eight)\b", r"\b48 (?:climbers|athletes|women)",
             label=r"climber|athlete|women|competitor|field|start|qualif"),
    Expected("number", r"^(19|nineteen)\b", r"\b19 (?:countries|nations)", label=r"countr|nation"),
    Expected("number", r"(?<![\d,])5[,. ]?000", r"(?<![\d,])5,000", label=r"prize|winner|cheque|money|purse"),
    Expected("number", r"^17\b", r"\b17\b|Seventeen-year-old", label=r"age|year"),
    Expected("claim", r"all four|four (boulders|tops|problems)", r"all four"),
    Expected("claim", r"first Slovenian|first woman from Slovenia|Sloven.*first",
             r"first Slovenian (?:woman|female)|first woman from Slovenia"),
    Expected("claim", r"first.*(international|senior)|(international|senior).*first",
             r"first (?:victory in an )?international"),
    Expected("claim", r"record|largest|biggest", r"\brecord\b|largest in the competition"),
    Expected("quote", r"look at the scoreboard once", r"look at the scoreboard once", label=r"Poto(č|c)nik"),
    Expected("quote", r"nothing to lose", r"as if she ha[sd] nothing to lose", label=r"Zupan"),
    Expected("quote", r"never been this loud", r"never been this loud", label=r"Wachter"),
]

SPLIT_HOTEL_DORM = [
    # Schools and universities. Contract signed on Thursday 5 March 2026; published 5 Mar x2, 6 Mar ("yesterday"),
    # 9 Mar ("last Thursday"). Conflict: WHO SOLD the hotel – Adria Coast Hotels (university, local paper) vs
    # the investment fund Sunvest Capital (wire, trade press).
    Expected("date", r"^2026-03-05$", r"\bThursday\b|\byesterday\b"),
    Expected("place", r"^Split$", r"\bSplit\b"),
    Expected("place", r"(Ž|Z)njan", r"(?:Ž|Z)njan"),
    Expected("place", r"Lavanda", r"Lavanda"),
    Expected("organization", r"Marjan", r"Marjan University|Veleučilište Marjan"),
    Expected("organization", r"Adria Coast.*Sunvest|Sunvest.*Adria Coast", r"Adria Coast Hotels|Sunvest Capital",
             label=r"sell|sold|owner|vendor", status="conflict"),
    Expected("organization", r"Ministry of Science", r"Ministry of Science, Education and Youth"),
    Expected("organization", r"Student Council", r"Marjan Student Council"),
    Expected("person", r"^(Prof\.? )?Ivana Radi(ć|c)$", r"Radi(?:ć|c)\b", label=r"dean|head|rector"),
    Expected("person", r"^Tomislav Bari(š|s)i(ć|c)$", r"Bari(?:š|s)i(?:ć|c)", label=r"vice|dean|student"),
    Expected("person", r"^Lucija Perkovi(ć|c)$", r"Perkovi", label=r"president|student|council"),
    Expected("person", r"^Ante Vukas$", r"Vukas", label=r"architect"),
    Expected("person", r"^Marija Vukovi(ć|c)$", r"Vukovi", label=r"resident|pensioner|neighbour"),
    Expected("number", r"14[.,]5 ?(million|mln|m)\b", r"14\.5 ?(?:million|mln|m)\b",
             label=r"price|cost|paid|purchase|sale|sold|bought"),
    Expected("number", r"^420\b", r"420[- ]bed", label=r"bed|capacity|student"),
    Expected("number", r"^210\b", r"210 double rooms", label=r"room"),
    Expected("number", r"6[.,]2 ?(million|m)\b", r"6\.2 ?(?:million|m)\b", label=r"renovat|convers|works|cost|reconstruct"),
    Expected("number", r"190", r"(?<![\d,])190 euros|€190", label=r"rent|month|price|room"),
    Expected("number", r"1,?100", r"1,100", label=r"wait|student"),
    Expected("claim", r"October 2027|2027", r"October 2027"),
    Expected("claim", r"income|distance", r"income"),
    Expected("claim", r"recovery", r"EU recovery|European recovery|recovery funds"),
    Expected("quote", r"compete with a tourist for a bed", r"should not have to compete with a tourist for a bed",
             label=r"Radi(ć|c)"),
    Expected("quote", r"done the maths", r"Finally someone has done the maths", label=r"Perkovi"),
    Expected("quote", r"changing its use, not its shape", r"changing its use, not its shape", label=r"Vukas"),
]

RHODOPE_TRAIL = [
    # Tourism. Opened on Saturday 25 April 2026; published 25 Apr (release "Saturday 25 April 2026"), 26 Apr
    # ("yesterday"), 27 Apr ("on Saturday"), 29 Apr ("last Saturday"). Conflict: the trail's length, 210 km
    # (release, Bulgarian paper, Greek paper) vs "210-mile" (British blog) – unit mislabelled.
    Expected("date", r"^2026-04-25$", r"\bSaturday\b|\byesterday\b"),
    Expected("place", r"Zlatograd", r"Zlatograd"),
    Expected("place", r"^Smolyan$", r"Smolyan"),
    Expected("place", r"^Xanthi$", r"Xanthi"),
    Expected("place", r"Rhodope", r"Rhodope Mountains|the Rhodopes"),
    Expected("place", r"Golyam Perelik", r"Golyam Perelik"),
    Expected("organization", r"Rhodope Trails Association|Rhodope Paths", r"Rhodope Trails Association|Rhodope Paths"),
    Expected("organization", r"Nestos Hiking Society", r"Nestos Hiking Society"),
    Expected("organization", r"Interreg", r"Interreg"),
    Expected("person", r"^Sto(y|j)an Karaivanov$", r"Karaivanov", label=r"chair|president|head"),
    Expected("person", r"^Eleni Papadaki$", r"Papadaki", label=r"president|chair|Nestos"),
    Expected("person", r"^Nikola(y|i) (H|Ch)ristov$", r"Hristov", label=r"design|guide|author|route"),
    Expected("person", r"^Ayten Mehmedova$", r"Mehmedova", label=r"guest ?house|owner|host"),
    Expected("number", r"(km|kilomet).*mile|mile.*(km|kilomet)", r"210[- ](?:km|kilometres|mile)",
             label=r"length|long|trail|distance|route", status="conflict"),
    Expected("number", r"^(14|fourteen)\b", r"\b14 stages", label=r"stage"),
    Expected("number", r"3[.,]2 ?(million|m)\b", r"3\.2 ?(?:million|m)\b", label=r"cost|budget|project|value"),
    Expected("number", r"^(38|thirty-eight)\b", r"\b38 (?:family )?guest ?houses|Thirty-eight guesthouses",
             label=r"guest ?house"),
    Expected("number", r"15[, ]?000", r"15[, ]?000", label=r"walker|visitor|tourist|first year|expect"),
    Expected("number", r"2,?191", r"2,?191", label=r"height|altitude|highest|metre|peak|elevation"),
    Expected("number", r"300", r"More than 300", label=r"attend|walker|people|guest|ceremony"),
    Expected("number", r"45", r"€45 a night", label=r"night|price|guest ?house|cost"),
    Expected("claim", r"first", r"first waymarked"),
    Expected("quote", r"this border divided villages", r"For a hundred years this border divided villages",
             label=r"Karaivanov"),
    Expected("quote", r"need passports to feel at home", r"do not need passports to feel at home", label=r"Papadaki"),
    Expected("quote", r"help of shepherds", r"help of shepherds", label=r"Papadaki"),
    Expected("quote", r"stay and walk", r"Now they will stay and walk", label=r"Mehmedova"),
]

STRYKOW_WALKOUT = [
    # Labour. No published dates and no date on the pages ("on Monday" cannot be resolved): no date expected.
    # Conflict: what happened to the 14 organisers – suspended with pay pending an investigation (wire, quoting
    # the operator) vs dismissed/sacked (union statement, labour blog).
    Expected("place", r"Stryk(ó|o)w", r"Stryk(?:ó|o)w"),
    Expected("place", r"(Ł|L)(ó|o)d(ź|z)", r"Łódź|Lodz"),
    Expected("organization", r"Vistula Fulfilment", r"Vistula Fulfilment"),
    Expected("organization", r"Koszyk24", r"Koszyk24"),
    Expected("organization", r"OZL|National Logistics Workers|Og(ó|o)lnopolski Zwi(ą|a)zek Logistyki",
             r"OZL|National Logistics Workers"),
    Expected("organization", r"Labour Inspectorate|^PIP$", r"State Labour Inspectorate|PIP"),
    Expected("person", r"^Katarzyna Wr(ó|o)blewska$", r"Wr(?:ó|o)blewska", label=r"chair|union|president|leader"),
    Expected("person", r"^Marek Zieli(ń|n)ski$", r"Zieli(?:ń|n)ski", label=r"spokes"),
    Expected("person", r"^Oleksandr Ko(v|w)alenko$", r"Ko(?:v|w)alenko", label=r"forklift|worker|operator|driver"),
    Expected("person", r"^Pawe(ł|l) S(ę|e)k$", r"\bS(?:ę|e)k\b", label=r"lawyer|legal"),
    Expected("claim", r"suspend.*(dismiss|fire|sack)|(dismiss|fire|sack).*suspend", r"suspend|dismiss|sacked",
             status="conflict"),
    Expected("number", r"^(14|fourteen)\b", r"\b14 (?:workers|colleagues)|Fourteen (?:workers|sacked|of the)",
             label=r"worker|suspend|dismiss|sack|disciplin|organis|colleague"),
    Expected("number", r"200", r"\b200 (?:workers|of our)", label=r"worker|walk|protest|strik|stoppage|colleague"),
    Expected("number", r"34", r"34 ?(?:°C|degrees)", label=r"temperature|heat|degree|hall"),
    Expected("number", r"two hours|^2 hours|^2$", r"for (?:about )?two hours", label=r"duration|walkout|stoppage|protest|hour"),
    Expected("number", r"^(3|three)\b", r"[Tt]hree (?:workers|people) fainted", label=r"faint|collaps"),
    Expected("number", r"1[.,]1 ?(million|m)\b", r"1\.1 million", label=r"ventilation|cooling|invest|spend|zlot|PLN"),
    Expected("claim", r"15.minute|break", r"15-minute break"),
    Expected("claim", r"inspect", r"\binspect|Inspectorate to come in"),
    Expected("claim", r"announc|notice|advance", r"not been announced in advance"),
    Expected("claim", r"reinstat", r"reinstatement"),
    Expected("quote", r"faint to get a glass of water", r"faint to get a glass of water", label=r"Wr(ó|o)blewska"),
    Expected("quote", r"safety of our employees is our highest priority",
             r"safety of our employees is our highest priority", label=r"Zieli(ń|n)ski"),
    Expected("quote", r"never seen it this hot", r"never seen it this hot", label=r"Ko(v|w)alenko"),
    Expected("quote", r"taking a big risk", r"fires the organisers is taking a big risk", label=r"S(ę|e)k"),
]

DONOSTIA_QUANTUM = [
    # Technology firms. Round announced on Tuesday 12 May 2026 (release: "today announced", dateline
    # "12 May 2026"); published 12 May x2, 13 May ("on Tuesday"), 14 May (no day given).
    # Conflict: size of the Series B, €40m equity (release, trade newsletter) vs €55m (Spanish daily, startup
    # blog), which count the EIB's separate €15m venture debt as part of the round – different scope.
    Expected("date", r"^2026-05-12$", r"\btoday announced\b|\bTuesday\b"),
    Expected("place", r"Donostia|San Sebasti(á|a)n", r"Donostia"),
    Expected("place", r"Miram(ó|o)n", r"Miram(?:ó|o)n"),
    Expected("place", r"^Delft$", r"Delft"),
    Expected("organization", r"Kuantika", r"Kuantika"),
    Expected("organization", r"Nordhavn Ventures", r"Nordhavn"),
    Expected("organization", r"Bidasoa Capital", r"Bidasoa"),
    Expected("organization", r"European Investment Bank|^EIB$|^BEI$", r"European Investment Bank"),
    Expected("person", r"^Itziar (Etxeberria|Echeverr(í|i)a)$", r"Etxeberria|Echeverría",
             label=r"CEO|chief executive|founder|consejera"),
    Expected("person", r"^(Dr\.? )?Mikel Arrieta( Lasa)?$", r"Arrieta", label=r"CTO|technolog|founder"),
    Expected("person", r"^Signe Kj(æ|ae|a)rgaard$", r"Kj(?:æ|ae)rgaard", label=r"partner|Nordhavn|investor|board"),
    Expected("person", r"^Daan Verhoeven$", r"Verhoeven", label=r"Delft|site|lead|engineer"),
    Expected("number", r"40.*55|55.*40", r"€40 ?(?:million|m)\b|€55M|55 million",
             label=r"series b|round|rais|funding|financ|invest", status="conflict"),
    Expected("number", r"15 ?(million|m)\b", r"15 ?(?:million|m|M)\b", label=r"EIB|debt|loan|European Investment|BEI"),
    Expected("number", r"1,?000", r"1,000 qubits", label=r"qubit"),
    Expected("number", r"^85\b", r"\b85\b", label=r"employ|staff|team|people|worker|headcount"),
    Expected("number", r"200", r"\b200\b", label=r"employ|staff|team|people|worker|headcount|target|hire"),
    Expected("claim", r"2027", r"deliveries"),
    Expected("claim", r"cable|fridge|refrigerator|cryo|kelvin|qubit", r"cables"),
    Expected("claim", r"board", r"board"),
    Expected("quote", r"cables the size of a garden hose", r"not scale on cables the size of a garden hose",
             label=r"Etxeberria|Echeverr"),
    Expected("quote", r"problem nobody in quantum wanted to talk about",
             r"problem nobody in quantum wanted to talk about", label=r"Kj(æ|ae|a)rgaard"),
    Expected("quote", r"return home", r"talent which goes to study outside can return home", label=r"Arrieta"),
]

EVENTS = {
    "innsbruck-boulder-open-teen-win": INNSBRUCK_BOULDER,
    "split-college-buys-hotel-for-students": SPLIT_HOTEL_DORM,
    "rhodope-cross-border-trail-opens": RHODOPE_TRAIL,
    "strykow-warehouse-heat-walkout": STRYKOW_WALKOUT,
    "donostia-quantum-chip-funding": DONOSTIA_QUANTUM,
}
