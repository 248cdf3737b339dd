"""Blind evaluation set 44: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

TAMPERE_GAME_STUDIO = [
    # deal announced on Tuesday 13 October 2026; published 13 Oct x2, 14 Oct x2, 16 Oct (blog).
    # The release prints "13 October 2026"; Kauppapäivä (14 Oct) says "yesterday"; the others "on Tuesday".
    Expected("date", r"^2026-10-13$", r"13 October 2026|\bTuesday\b|\byesterday\b"),
    Expected("place", r"^Tampere$", r"Tampere"),
    Expected("place", r"^Tokyo$", r"Tokyo"),
    Expected("place", r"^Oulu$", r"\bOulu\b"),
    Expected("organization", r"^Pakkanen Games( Oy)?$", r"Pakkanen"),
    Expected("organization", r"^Hoshimori( Interactive)?$", r"Hoshimori"),
    Expected("organization", r"Nordhavn Securities", r"Nordhavn Securities"),
    Expected("person", r"^Aleksi V(ä|a)(ä|a)n(ä|a)nen$", r"V(?:ä|a)(?:ä|a)n(?:ä|a)nen",
             label=r"chief executive|CEO|founder|managing director"),
    Expected("person", r"^Johanna Yl(ö|o)nen(-Berg)?$", r"Yl(?:ö|o)nen", label=r"creative|founder"),
    Expected("person", r"^(Kenji Morisawa|Morisawa Kenji)$", r"Morisawa", label=r"president|chief executive|CEO|boss"),
    Expected("person", r"^Tuomas Hirvonen$", r"Hirvonen", label=r"analyst|Nordhavn"),
    # price: €45m cash at closing (release, trade press, blog) vs 62 million euros (wire, Kauppapäivä), which
    # adds the earn-out of up to €17m and presents the total as the price: different scope.
    Expected("number", r"(?<![\d.,])45 ?(million|m)\b.*(?<![\d.,])62 ?(million|m)\b|(?<![\d.,])62 ?(million|m)\b.*(?<![\d.,])45 ?(million|m)\b",
             r"(?<![\d.,])(?:45|62) ?(?:million|m)\b", label=r"price|deal|paid|pay|value|acqui|consideration|upfront",
             status="conflict"),
    Expected("number", r"(?<![\d.,])17 ?(million|m)\b", r"(?<![\d.,])17 ?(?:million|m)\b", label=r"earn|additional|more|bonus"),
    Expected("number", r"^118\b", r"\b118\b", label=r"employ|staff|people|developer|person|worker"),
    Expected("number", r"2[.,]4 ?(million|m)\b", r"2[.,]4 ?(?:million|m)\b", label=r"cop|sold|sales|piece|Frostbound"),
    Expected("number", r"21[.,]3", r"21[.,]3", label=r"revenue|turnover|sales"),
    Expected("number", r"6[.,]8", r"6[.,]8 million", label=r"profit|operating|EBIT"),
    Expected("claim", r"(first quarter|Q1).*2027", r"first quarter of 2027|Q1 2027"),
    Expected("claim", r"name", r"keep its name"),
    Expected("claim", r"three years", r"at least three years"),
    Expected("claim", r"Frostbound 2", r"Frostbound 2\b"),
    Expected("claim", r"two other offers", r"two other offers"),
    Expected("quote", r"looking for a bigger winter", r"looking for a bigger winter", label=r"V(ä|a)(ä|a)n(ä|a)nen"),
    Expected("quote", r"games we wish we had made ourselves", r"games we wish we had made ourselves", label=r"Morisawa"),
    Expected("quote", r"full price for a studio with one hit", r"full price for a studio with one hit", label=r"Hirvonen"),
]

CLUJ_CONCERT_HALL = [
    # gala on Saturday 10 October 2026. The ATP wire (machine-translated, published Saturday 11:15) reports it
    # as "on Friday evening"; RCI (10 Oct 23:40) says "this evening", the Courier (11 Oct) "on Saturday night",
    # the blog (14 Oct) "Saturday 10 October": the date itself is the conflict (a day off).
    Expected("date", r"(2026-10-09|Friday|9 Oct).*(2026-10-10|Saturday|10 Oct)|(2026-10-10|Saturday|10 Oct).*(2026-10-09|Friday|9 Oct)",
             r"on Friday evening|on Saturday night|this evening|Saturday 10 October", status="conflict"),
    Expected("place", r"^Cluj(-Napoca)?$", r"Cluj"),
    Expected("place", r"Sala Transilvania", r"Sala Transilvania"),
    Expected("organization", r"Ardeal Philharmonic|Filarmonica Ardelean", r"Ardeal Philharmonic"),
    Expected("organization", r"Klangraum( Akustik)?", r"Klangraum"),
    Expected("organization", r"Atelier Feleac", r"Atelier Feleac"),
    Expected("organization", r"Cluj County Council|County Council", r"County Council"),
    Expected("person", r"^Ioana Mure(ș|ş|s)an(-Pop)?$", r"Mure(?:ș|ş|s)an", label=r"general manager|manager|director"),
    Expected("person", r"^Radu T(ă|a)n(ă|a)sescu$", r"T(?:ă|a)n(?:ă|a)sescu", label=r"conduct"),
    Expected("person", r"^Zs(ó|o)fia Kelemen$", r"Kelemen", label=r"pian|soloist"),
    Expected("person", r"^Matthias Oberl(ä|a)nder$", r"Oberl(?:ä|a)nder", label=r"acoustic|Klangraum|consult"),
    Expected("person", r"^Corina De(á|a)k$", r"De(?:á|a)k\b", label=r"architect|Feleac"),
    Expected("number", r"61 ?(million|m)\b|12[.,]3 ?(million|m)\b", r"\b61 ?(?:million|m)\b",
             label=r"cost|renovation|works|budget"),
    Expected("number", r"1,?120", r"1,120", label=r"seat|capacity|auditorium"),
    Expected("number", r"^(3|three)\b", r"three years|three-year", label=r"year|closed|renovation|works"),
    Expected("number", r"2[.,]1 ?(s|sec)", r"2\.1 seconds", label=r"reverb|acoustic"),
    Expected("number", r"^48\b", r"\b48[- ]concert|\b48 concerts", label=r"concert|season"),
    Expected("number", r"40.*180", r"40 (?:to|and) 180 lei", label=r"ticket|price"),
    Expected("number", r"2,?000", r"2,000 people", label=r"screen|outside|square|watched|people"),
    Expected("claim", r"Enescu", r"Enescu"),
    Expected("claim", r"Brahms", r"Brahms"),
    Expected("claim", r"sold[- ]out", r"sold[- ]out"),
    Expected("quote", r"the music came home", r"the music came home", label=r"Mure(ș|ş|s)an"),
    Expected("quote", r"forgives nothing", r"forgives nothing and flatters nothing", label=r"T(ă|a)n(ă|a)sescu"),
    Expected("quote", r"hear the last row breathing", r"hear the last row breathing", label=r"Kelemen"),
]

KOSICE_SCHOOL_DONATION = [
    # announced on Thursday 5 November 2026; published 5 Nov (school), 6 Nov x2 (Herald "on Thursday",
    # NGO "yesterday's announcement").
    Expected("date", r"^2026-11-05$", r"5 November 2026|\bThursday\b|yesterday's announcement"),
    Expected("place", r"^Ko(š|s)ice$", r"Ko(?:š|s)ice"),
    Expected("place", r"(Ť|T)ahanovce", r"(?:Ť|T)ahanovce"),
    Expected("organization", r"Horn(á|a)d Technical School|SO(Š|S) (technick(á|a) )?Horn(á|a)d", r"Horn(?:á|a)d Technical School"),
    Expected("organization", r"Ko(š|s)ice Self-Governing Region", r"Self-Governing Region"),
    Expected("organization", r"Future Skills Alliance", r"Future Skills Alliance"),
    # who gives the €2.4m: the Lipták Family Foundation (school) vs the company Tatrix Automation (Herald, NGO).
    Expected("organization", r"Tatrix.*(Foundation|Nad(á|a)cia)|(Foundation|Nad(á|a)cia).*Tatrix",
             r"Tatrix Automation|Family Foundation", label=r"don|gift|fund|give|sponsor", status="conflict"),
    Expected("person", r"^(Š|S)tefan Lipt(á|a)k$", r"Lipt(?:á|a)k\b", label=r"founder|Tatrix|donor|entrepreneur"),
    Expected("person", r"^(Ing\.? )?M(á|a)ria Ko(č|c)i(š|s)ov(á|a)$", r"Ko(?:č|c)i(?:š|s)ov(?:á|a)",
             label=r"director|principal|head"),
    Expected("person", r"^Jana Baloghov(á|a)$", r"Baloghov", label=r"teach|lab|run"),
    Expected("person", r"^Luk(á|a)(š|s) Fedor$", r"\bFedor\b", label=r"student"),
    Expected("person", r"^Zuzana Hrehov(á|a)$", r"Hrehov", label=r"director|Alliance"),
    Expected("number", r"2[.,]4 ?(million|m)\b", r"2\.4 ?(?:million|m)\b", label=r"don|gift|amount|worth|give"),
    Expected("number", r"^(12|twelve)\b", r"\b(?:12|twelve) industrial robots", label=r"robot"),
    Expected("number", r"^640\b", r"\b640[- ]square", label=r"square|m2|m²|area|size|workshop|lab"),
    Expected("number", r"^180\b", r"\b180 students", label=r"student|year|train"),
    Expected("number", r"^730\b", r"\b730 students", label=r"student|pupil|enrol|school"),
    Expected("claim", r"September 2027", r"September 2027"),
    Expected("claim", r"dual|placement", r"dual (?:education )?system"),
    Expected("claim", r"former (student|pupil)|studied|alumn", r"studied at the school|former student of the school"),
    Expected("quote", r"learned to solder in a classroom", r"learned to solder in a classroom", label=r"Lipt(á|a)k"),
    Expected("quote", r"no longer learn robotics from pictures", r"no longer learn robotics from pictures",
             label=r"Ko(č|c)i(š|s)ov(á|a)"),
    Expected("quote", r"touch a real robot", r"touch a real robot", label=r"Fedor"),
    Expected("quote", r"cannot replace a national plan", r"cannot replace a national plan", label=r"Hrehov"),
]

THESSALONIKI_PORT_STRIKE = [
    # no published dates and no dates printed ("from Monday", "in May", "from March" cannot be resolved):
    # no date expected.
    Expected("place", r"Thessaloniki", r"Thessaloniki"),
    Expected("place", r"Pier 6", r"Pier 6"),
    Expected("organization", r"Aegean Gateway( Terminals)?", r"Aegean Gateway"),
    Expected("organization", r"Dockworkers'? Union", r"Dockworkers' Union|dockworkers' union"),
    Expected("organization", r"OMED|Mediation and Arbitration", r"OMED|Mediation and Arbitration"),
    Expected("organization", r"Exporters'? Association", r"Exporters' Association"),
    Expected("person", r"^Stavros Kalogeropoulos$", r"Kalogeropoulos", label=r"president|union|leader"),
    Expected("person", r"^Eleni Vasilakou(-Renner)?$", r"Vasilakou", label=r"chief executive|CEO|Aegean"),
    Expected("person", r"^Dimitri(o)?s (Ch|H)atzis$", r"(?:Ch|H)atzis", label=r"mediat|OMED"),
    Expected("person", r"^Anna Kourti$", r"Kourti", label=r"export|president|head|association"),
    # outcome told two ways: called off (wire, trade press) vs suspended pending a members' vote (union, Observer).
    Expected("claim", r"(?<!not )(call(ed)? off|cancel).*suspend|suspend.*(?<!not )(call(ed)? off|cancel)",
             r"called off|suspend", label=r"strike|outcome|status", status="conflict"),
    Expected("number", r"^48\b", r"48-hour", label=r"hour|strike|duration|length"),
    Expected("number", r"^610\b", r"\b610 dockworkers", label=r"dockworker|worker|member|represent"),
    Expected("number", r"(?<![\d.])7 ?(%|per ?cent)", r"(?<![\d.])7%", label=r"pay|rise|wage|increase|raise"),
    Expected("number", r"^(11|eleven)\b", r"\b(?:11|[Ee]leven) (?:container )?(?:ships|vessels)", label=r"ship|vessel"),
    Expected("number", r"2[.,]5 ?(million|m)\b", r"2\.5 million", label=r"cost|day|loss"),
    Expected("number", r"(?<!\d)600\b", r"€600", label=r"one-off|bonus|payment"),
    Expected("claim", r"fourth", r"fourth crew member"),
    Expected("claim", r"March", r"from March"),
    Expected("claim", r"accident|injur", r"accident"),
    Expected("quote", r"in the drawer, not in the bin", r"in the drawer, not in the bin", label=r"Kalogeropoulos"),
    Expected("quote", r"cannot afford to stop", r"cannot afford to stop", label=r"Vasilakou"),
    Expected("quote", r"Both sides moved", r"Both sides moved", label=r"(Ch|H)atzis"),
    Expected("quote", r"Peaches do not wait", r"Peaches do not wait", label=r"Kourti"),
]

KAUNAS_BATTERY_PLANT = [
    # announced on Wednesday 2 September 2026; published 2 Sep x2, 3 Sep (radio, "yesterday"), 7 Sep
    # (trade press, "last Wednesday").
    Expected("date", r"^2026-09-02$", r"2 September 2026|\bWednesday\b|\byesterday\b"),
    Expected("place", r"^Kaunas$", r"Kaunas"),
    Expected("place", r"Free Economic Zone|FEZ", r"Free Economic Zone"),
    Expected("place", r"^Stockholm$", r"Stockholm"),
    Expected("organization", r"^Nordkrets( Materials)?( AB)?$", r"Nordkrets"),
    Expected("organization", r"Invest Lithuania", r"Invest Lithuania"),
    Expected("organization", r"Baltic Policy Institute", r"Baltic Policy Institute"),
    Expected("organization", r"Wis(ł|l)a Cathodes", r"Wis(?:ł|l)a Cathodes"),
    Expected("organization", r"Green Nemunas", r"Green Nemunas"),
    Expected("person", r"^Linnea (Å|A)kerlund$", r"(?:Å|A)kerlund", label=r"chief executive|CEO"),
    Expected("person", r"^Mindaugas Vaitkevi(č|c)ius$", r"Vaitkevi(?:č|c)ius", label=r"operat|COO|founder"),
    Expected("person", r"^Greta Paulauskait(ė|e)$", r"Paulauskait", label=r"economist|analyst|Baltic Policy"),
    Expected("person", r"^Egl(ė|e) Sabaliauskien(ė|e)$", r"Sabaliauskien", label=r"chair|Green Nemunas|environment"),
    # investment: €115 million (release, wire, trade press) vs €150 million (radio): misheard figure.
    Expected("number", r"(?<![\d.,])115 ?(million|m)\b.*(?<![\d.,])150 ?(million|m)\b|(?<![\d.,])150 ?(million|m)\b.*(?<![\d.,])115 ?(million|m)\b",
             r"(?<![\d.,])1(?:15|50) ?(?:million|m)\b", label=r"invest|cost|plant", status="conflict"),
    Expected("number", r"^340\b", r"\b340\b", label=r"job|employ|people|staff|work"),
    Expected("number", r"30,?000", r"30,000 (?:tonnes|t/yr)", label=r"tonne|capacity|batter|year|process"),
    Expected("number", r"^22\b", r"\b22-hectare", label=r"hectare|site|plot|area"),
    Expected("number", r"^95 ?(%|per ?cent)", r"\b95 ?(?:%|per ?cent)", label=r"recover|lithium|metal|rate"),
    Expected("claim", r"2028", r"\b2028\b"),
    Expected("claim", r"spring 2027", r"spring 2027"),
    Expected("claim", r"first.*Baltic", r"first large-scale battery recycling plant in the Baltic"),
    Expected("quote", r"throws away its batteries", r"throws away its batteries", label=r"(Å|A)kerlund"),
    Expected("quote", r"river of trucks", r"river of trucks", label=r"Vaitkevi(č|c)ius"),
    Expected("quote", r"chasing for ten years", r"chasing for ten years", label=r"Paulauskait"),
    Expected("quote", r"water permit before we applaud", r"water permit before we applaud", label=r"Sabaliauskien"),
]

EVENTS = {
    "tampere-game-studio-sale": TAMPERE_GAME_STUDIO,
    "cluj-concert-hall-reopens": CLUJ_CONCERT_HALL,
    "kosice-school-robotics-donation": KOSICE_SCHOOL_DONATION,
    "thessaloniki-port-strike": THESSALONIKI_PORT_STRIKE,
    "kaunas-battery-recycling-plant": KAUNAS_BATTERY_PLANT,
}
