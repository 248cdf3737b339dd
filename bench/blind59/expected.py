"""Blind evaluation set 59: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

ALPUJARRA_ULTRA = [
    # race on Saturday 12 September 2026 (midnight start); published 12 Sep (wire), 13 Sep x2, 14 Sep (blog).
    # The local paper (13 Sep) says "yesterday"; the organiser writes "Saturday 12 September 2026".
    Expected("date", r"^2026-09-12$", r"\bSaturday\b|\byesterday\b"),
    Expected("place", r"^Capileira$", r"Capileira"),
    Expected("place", r"Sierra Nevada", r"Sierra Nevada"),
    Expected("place", r"Mulhac(é|e)n", r"Mulhac(?:é|e)n"),
    Expected("organization", r"Alpujarra Vertical", r"Club Monta(?:ñ|n)a Alpujarra Vertical"),
    Expected("organization", r"Veleta Outdoor", r"Veleta Outdoor"),
    Expected("organization", r"Sierra Nevada National Park|national park", r"Sierra Nevada National Park"),
    Expected("person", r"^I(ñ|n)aki Etxeberria( Go(ñ|n)i)?$", r"Etxeberria", label=r"winner|runner|record|champion|first"),
    Expected("person", r"^Luca Bernasconi$", r"Bernasconi", label=r"second|runner|Ital"),
    Expected("person", r"^Sigrid (Ø|O|Oe)stby(-Lunde)?$", r"(?:Ø|O)stby", label=r"women|winner|runner|first"),
    Expected("person", r"^Carmen Lozano( Ruiz)?$", r"Lozano", label=r"director"),
    Expected("person", r"^Jos(é|e) Antonio Fern(á|a)ndez( Ortega)?$", r"Fern(?:á|a)ndez Ortega", label=r"mayor"),
    Expected("number", r"100[- ]?(km|kilomet).*100[- ]?mile|100[- ]?mile.*100[- ]?(km|kilomet)",
             r"\b100[- ](?:km|kilometre|mile)", label=r"distance|length|course|route|race", status="conflict"),
    Expected("number", r"10:41:37|10 ?h(ours)?,? 41", r"10:41:37|10 hours,? 41 minutes", label=r"time|record|winning"),
    Expected("number", r"12:58:04", r"12:58:04", label=r"time|women|winning|(Ø|O)stby"),
    Expected("number", r"11:09:52", r"11:09:52", label=r"time|second|Bernasconi"),
    Expected("number", r"6,?200", r"6,200 ?m", label=r"climb|elevation|ascent|gain|unevenness|vert"),
    Expected("number", r"^612\b", r"\b612\b", label=r"start|runner|participant"),
    Expected("number", r"^431\b", r"\b431\b", label=r"finish|runner"),
    Expected("number", r"3,?000 ?(euros|€|EUR)|€ ?3,?000", r"3,000 euros|€3,000", label=r"prize|winner|award|money"),
    Expected("number", r"21 min", r"almost 21 minutes", label=r"record|margin|faster|under|improv"),
    Expected("number", r"\b26\b", r"\b26[- ]hour", label=r"cut-?off|limit|time"),
    Expected("number", r"240", r"240 volunteers", label=r"volunteer"),
    Expected("claim", r"record", r"course record|new record"),
    Expected("claim", r"ninth|9th", r"\bninth\b"),
    Expected("quote", r"last descent was pure joy", r"last descent was pure joy", label=r"Etxeberria"),
    Expected("quote", r"does not forgive mistakes", r"does not forgive mistakes", label=r"Lozano"),
    Expected("quote", r"not for the podium", r"not for the podium", label=r"(Ø|O)stby"),
]

PLITVICE_CAP = [
    # No published dates and no date on the pages ("on Monday" cannot be resolved): no date expected.
    Expected("place", r"Plitvi(c|č)", r"Plitvi"),
    Expected("place", r"^Korenica$", r"Korenica"),
    Expected("place", r"Kozjak", r"Kozjak"),
    Expected("place", r"Entrance (1|2|one|two)", r"Entrance [12]"),
    Expected("organization", r"Plitvice Lakes National Park|National Park Plitvice|Nacionalni park Plitvi",
             r"Plitvice Lakes National Park|National Park Plitvice Lakes"),
    Expected("organization", r"Zelena Lika", r"Zelena Lika"),
    Expected("organization", r"Association of Private Landlords", r"Association of Private Landlords"),
    Expected("person", r"^Marko Vukovi(ć|c)$", r"Vukovi", label=r"director"),
    Expected("person", r"^Ana Horvat$", r"Horvat", label=r"spokes|director|park"),
    Expected("person", r"^Petra Novosel$", r"Novosel", label=r"coordinator|Zelena"),
    Expected("person", r"^Mirjana Tomljenovi(ć|c)$", r"Tomljenovi", label=r"president|landlord|association"),
    # who is the park director: Marko Vuković (park, portal, NGO) vs Ana Horvat (trade press; the portal
    # names her as the park's spokeswoman)
    Expected("person", r"Vukovi(ć|c).*Horvat|Horvat.*Vukovi(ć|c)",
             r"director (?:of the park )?(?:Marko Vukovi|Vukovi|Ana Horvat)", label=r"director", status="conflict"),
    Expected("number", r"10,?000|10 thousand|ten thousand", r"10,000|10 thousand", label=r"limit|cap|daily|visitor|day"),
    Expected("number", r"17,?000", r"17,000", label=r"busiest|peak|visitor|day|record"),
    Expected("number", r"^(€ ?)?40\b|40 ?(euros|€|EUR)", r"40 euros|€40", label=r"ticket|price|adult"),
    Expected("number", r"(?<![\d,])7,?000", r"(?<![\d,])7,000", label=r"Zelena|limit|cap|propos|NGO|ask|demand"),
    Expected("claim", r"online|internet", r"online only|only online|exclusively on the internet"),
    Expected("claim", r"slot|hour", r"hourly|by hours"),
    Expected("claim", r"without (a )?(booking|reservation)", r"without (?:a )?(?:booking|reservation) will"),
    Expected("claim", r"July and August|July.*August", r"July and August"),
    Expected("claim", r"quota|contingent", r"contingent|quota"),
    # attributed to Vuković by the park and the portal, to Horvat by the trade press: label left empty
    Expected("quote", r"not a theme park", r"not a theme park"),
    Expected("quote", r"still too many for the travertine", r"still too many for the travertine", label=r"Novosel"),
    Expected("quote", r"will not understand a closed gate", r"will not understand a closed gate", label=r"Tomljenovi"),
]

TATRA_GRAN_FONDO = [
    # called off early on Saturday 26 September 2026; published 26 Sep x3 and 28 Sep (trade press).
    # "Sunday 11 October" is the new date announced by the organiser, not the event's date.
    Expected("date", r"^2026-09-26$", r"\bSaturday\b"),
    Expected("place", r"^Poprad$", r"Poprad"),
    Expected("place", r"(Š|S)trbsk(é|e) Pleso", r"(?:Š|S)trbsk(?:é|e) Pleso"),
    Expected("place", r"High Tatras|Tatra", r"High Tatras"),
    Expected("organization", r"TatraVelo", r"TatraVelo Events"),
    Expected("organization", r"SHM(Ú|U)|Slovak Hydrometeorological Institute",
             r"Slovak Hydrometeorological Institute|SHM(?:Ú|U)"),
    Expected("organization", r"Mountain Rescue Service", r"Mountain Rescue Service"),
    Expected("person", r"^Martin Kov(á|a)(č|c)ik$", r"Kov(?:á|a)(?:č|c)ik", label=r"director"),
    Expected("person", r"^Zuzana Hru(š|s)kov(á|a)$", r"Hru(?:š|s)kov", label=r"forecaster|meteorolog|SHM"),
    Expected("person", r"^Tomasz Wi(ś|s)niewski$", r"Wi(?:ś|s)niewski", label=r"rider|cyclist|amateur"),
    # outcome: postponed to 11 October, entries valid (organiser, wire) vs cancelled for this year with
    # refunds (local paper, trade press)
    Expected("claim", r"(postpon|11 October|October 11).*(cancel|not be held|not take place)"
                      r"|(cancel|not be held|not take place).*(postpon|11 October|October 11)",
             r"postpone|cancelled|will not (?:be held|take place)", status="conflict"),
    Expected("number", r"2,?400", r"2,400", label=r"rider|registered|participant|entr"),
    Expected("number", r"^23\b", r"23 countries", label=r"countr"),
    Expected("number", r"162", r"162 ?k", label=r"route|long|distance|course"),
    Expected("number", r"3,?100", r"3,100 ?m", label=r"climb|elevation|ascent"),
    Expected("number", r"^87\b", r"\b87 ?k", label=r"short|route|distance"),
    Expected("number", r"90", r"90 ?(?:km/h|kilometres per hour)", label=r"gust|wind"),
    Expected("number", r"65", r"65 euros|€65", label=r"fee|entry"),
    Expected("claim", r"third-degree|warning", r"third-degree"),
    Expected("claim", r"6 ?a\.?m|two hours|06:00", r"6 a\.m\.|two hours before"),
    Expected("claim", r"first", r"first time that the race has been called off|first cancellation on race day"),
    Expected("quote", r"No finish line is worth a rider's life", r"No finish line is worth a rider's life",
             label=r"Kov(á|a)(č|c)ik"),
    Expected("quote", r"storm cells can grow within minutes", r"storm cells can grow within minutes",
             label=r"Hru(š|s)kov"),
    Expected("quote", r"they made the right call", r"they made the right call", label=r"Wi(ś|s)niewski"),
]

VIKOS_SKYWALK = [
    # opened on Sunday 4 October 2026; published 4 Oct x2, 5 Oct ("yesterday"), 9 Oct (blog, "Last Sunday").
    Expected("date", r"^2026-10-04$", r"\bSunday\b|\byesterday\b"),
    Expected("place", r"Monodendri", r"Monodendri"),
    Expected("place", r"Vikos", r"Vikos [Gg]orge"),
    Expected("place", r"^Zagori$", r"Zagori"),
    Expected("place", r"Oxya", r"Oxya"),
    Expected("place", r"Voidomatis", r"Voidomatis"),
    Expected("organization", r"Region of Epirus|Epirus", r"Region of Epirus"),
    Expected("organization", r"Zagori Structures", r"Zagori Structures"),
    Expected("organization", r"Epirus Wild", r"Epirus Wild"),
    Expected("organization", r"Vikos.Aoos", r"Vikos–Aoos National Park"),
    Expected("person", r"^Ele(n|ní|ni) Papadopo(u|ú)lou$", r"Papadopoulou", label=r"governor|tourism|region"),
    Expected("person", r"^Nik(os|olaos) Theodoridis$", r"Theodoridis", label=r"architect|design"),
    Expected("person", r"^(Christos|Hristos) Liapis$", r"Liapis", label=r"mayor"),
    Expected("person", r"^Vasiliki Dimou$", r"Dimou", label=r"Epirus Wild|spokes|environment"),
    # how far the platform reaches out: 15 metres (wire, regional paper, blog) vs fifty metres (broadcaster)
    Expected("number", r"((?<![\d.])15\b|fifteen).*((?<![\d.])50\b|fifty)|((?<![\d.])50\b|fifty).*((?<![\d.])15\b|fifteen)",
             r"(?:15|fifteen|fifty|50) metres (?:beyond|out)",
             label=r"length|extend|platform|cantilever|out|beyond|project|metre|reach", status="conflict"),
    Expected("number", r"850", r"850", label=r"height|above|below|river|drop|depth"),
    Expected("number", r"2\.4 ?(million|m)\b", r"2\.4 ?(?:million|m)\b", label=r"cost|price|invest|budget"),
    Expected("number", r"^25\b", r"\b25 (?:people|visitors)", label=r"capacity|people|visitor|platform|maximum|once|time"),
    Expected("number", r"(^|€ ?)5\b|5 euros|five euros", r"5 euros|€5\b|five euros", label=r"ticket|entry|price|fee"),
    Expected("number", r"120,?000", r"120,000", label=r"visitor|year|expect"),
    Expected("number", r"^14\b|fourteen", r"14 months", label=r"month|construction|build|work"),
    Expected("number", r"60", r"60 (?:km/h|kilometres per hour)", label=r"wind|clos"),
    Expected("claim", r"free|resident", r"free (?:for|if you live|of charge)|enter for free"),
    Expected("claim", r"EU|European", r"(?:EU|European Union|European) (?:regional )?(?:funds|money)"),
    Expected("quote", r"Zagori does not need more visitors in August", r"Zagori does not need more visitors in August",
             label=r"Papadopoulou"),
    Expected("quote", r"from the end of the glass you see nothing but air", r"[Ff]rom the end of the glass you see nothing but air",
             label=r"Theodoridis"),
    Expected("quote", r"A gorge is not a balcony", r"A gorge is not a balcony", label=r"Dimou"),
]

TARA_RAFTING = [
    # downriver finals on Saturday 8 August 2026; published 8 Aug (federation), 9 Aug x2, 11 Aug ("last Saturday").
    Expected("date", r"^2026-08-08$", r"\bSaturday\b|\byesterday\b"),
    # where the championship was held: Foča, Bosnia and Herzegovina (federation, portal, magazine) vs
    # Plužine, Montenegro (broadcaster)
    Expected("place", r"Fo(č|c)a.*Plu(ž|z)ine|Plu(ž|z)ine.*Fo(č|c)a", r"held in (?:Fo(?:č|c)a|Plu(?:ž|z)ine)",
             label=r"place|venue|host|location|where|held|championship", status="conflict"),
    Expected("place", r"Tara", r"\bTara\b"),
    Expected("place", r"(Š|S)(ć|c)epan Polje", r"(?:Š|S)(?:ć|c)epan Polje"),
    Expected("place", r"Bosnia", r"Bosnia and Herzegovina"),
    Expected("organization", r"Euro Rafting Federation|^ERF$", r"Euro Rafting Federation|ERF president"),
    Expected("organization", r"Raft Team Vltava", r"Raft Team Vltava"),
    Expected("organization", r"Drina Fo(č|c)a", r"RK Drina Fo(?:č|c)a"),
    Expected("person", r"^Ond(ř|r)ej Malina$", r"Malina", label=r"helm|captain|steer"),
    Expected("person", r"^Amra Had(ž|z)i(ć|c)$", r"Had(?:ž|z)i(?:ć|c)", label=r"captain"),
    Expected("person", r"^Goran Lali(ć|c)$", r"Lali(?:ć|c)", label=r"president"),
    Expected("number", r"1:02:44|one hour,? two minutes", r"1:02:44|one hour, two minutes and 44", label=r"time|winning"),
    Expected("number", r"(nine|9) seconds", r"nine seconds", label=r"margin|ahead|second|won by"),
    Expected("number", r"^17\b|seventeen", r"17[- ]?(?:km|kilomet)", label=r"course|distance|length|downriver"),
    Expected("number", r"^38\b|thirty-eight", r"38 crews|Thirty-eight crews", label=r"crew|team|boat"),
    Expected("number", r"^14\b|fourteen", r"14 countries|fourteen countries", label=r"countr|nation"),
    Expected("number", r"3,?000", r"3,000 (?:spectators|people)", label=r"spectator|crowd|people"),
    Expected("claim", r"first", r"first European title"),
    Expected("claim", r"four days", r"four days"),
    Expected("claim", r"Sloven", r"Slovenian crew|ahead of Slovenia|beating Slovenia"),
    Expected("quote", r"The Tara gives you nothing for free", r"The Tara gives you nothing for free", label=r"Malina"),
    Expected("quote", r"We trained on this water since we were children", r"We trained on this water since we were children",
             label=r"Had(ž|z)i(ć|c)"),
    Expected("quote", r"Fo(č|c)a has shown that the Tara can host", r"Fo(?:č|c)a has shown that the Tara can host",
             label=r"Lali(ć|c)"),
]

EVENTS = {
    "alpujarra-skyline-ultra-record": ALPUJARRA_ULTRA,
    "plitvice-daily-visitor-cap": PLITVICE_CAP,
    "tatra-gran-fondo-storm": TATRA_GRAN_FONDO,
    "vikos-gorge-skywalk-opens": VIKOS_SKYWALK,
    "tara-rafting-championship": TARA_RAFTING,
}
