"""Blind evaluation set 66: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

TAMPERE_OFFICE_FLATS = [
    # council vote on Monday 16 November 2026 (evening); published 16 Nov (wire), 17 Nov x2, 19 Nov (trade).
    # Viikkoviesti (17 Nov) says "yesterday evening"; the tenants' union writes "Monday 16 November 2026".
    Expected("date", r"^2026-11-16$", r"\bMonday\b|yesterday evening"),
    Expected("place", r"^Tampere$", r"Tampere"),
    Expected("place", r"H(ä|a)meenpuisto", r"H(?:ä|a)meenpuisto"),
    Expected("organization", r"Tampere City Council|city council|kaupunginvaltuusto",
             r"Tampere City Council|city council of Tampere"),
    Expected("organization", r"Tammerkoti", r"Tammerkoti"),
    Expected("organization", r"Kotisatama", r"Kotisatama"),
    Expected("organization", r"Aalto-Vakuutus", r"Aalto-Vakuutus"),
    Expected("organization", r"Tenants'? Union|vuokralaisyhdistys", r"Tenants' Union"),
    Expected("organization", r"^ARA$|Housing Finance and Development Centre",
             r"Housing Finance and Development Centre|\bARA\b"),
    Expected("person", r"^Johanna L(ä|a)hteenm(ä|a)ki$", r"L(?:ä|a)hteenm(?:ä|a)ki", label=r"deputy mayor|mayor|housing"),
    Expected("person", r"^Mikko H(ä|a)yrinen$", r"H(?:ä|a)yrinen", label=r"councillor|opposition|council member"),
    Expected("person", r"^Satu Korhonen(-Vainio)?$", r"Korhonen", label=r"managing director|director|Tammerkoti|CEO|chief"),
    Expected("person", r"^Aleksi Nurmela$", r"Nurmela", label=r"chair|Tenants"),
    Expected("person", r"^Pekka Raivio$", r"Raivio", label=r"research|analyst|Nordhaven"),
    # who buys the building: the city-owned company Tammerkoti (wire, local paper, tenants' union) vs the
    # non-profit Kotisatama Foundation (trade press).
    Expected("organization", r"Tammerkoti.*Kotisatama|Kotisatama.*Tammerkoti",
             r"bought by the city-owned housing company Tammerkoti|[Tt]he buyer is|Tammerkoti Oy will buy",
             label=r"buy|purchas|owner|acquir", status="conflict"),
    Expected("number", r"^138\b", r"\b138\b", label=r"flat|apartment|home|unit|dwelling"),
    Expected("number", r"41.*26", r"\b41\b.*\b26\b", label=r"vote|favour|council"),
    Expected("number", r"21[.,]5 ?(million|m)\b", r"21[.,]5 ?(?:million|m)\b", label=r"price|purchase|cost|buy"),
    Expected("number", r"(?<![\d.,])19 ?(million|m)\b", r"(?<![\d.,])19 (?:million|m)\b|€19m",
             label=r"renovat|conversion|cost|work"),
    Expected("number", r"^40\b", r"\b40 (?:will be reserved|of them|are earmarked|of the new homes)", label=r"student"),
    Expected("number", r"13[.,]80?", r"13\.80", label=r"rent|square"),
    Expected("number", r"9[ ,]?600", r"9[ ,]600", label=r"floor|area|square|size"),
    Expected("claim", r"2028", r"autumn (?:of )?2028"),
    Expected("claim", r"2027", r"spring (?:of )?2027"),
    Expected("claim", r"2023|empty|vacant", r"since 2023"),
    Expected("quote", r"Empty offices do not house anyone", r"Empty offices do not house anyone",
             label=r"L(ä|a)hteenm"),
    Expected("quote", r"rescue an insurance company's bad investment", r"rescue an insurance company's bad investment",
             label=r"H(ä|a)yrinen"),
    Expected("quote", r"first good news for tenants", r"first good news for tenants", label=r"Nurmela"),
]

CROMER_BY_ELECTION = [
    # polling day and count Thursday 22 October 2026 (lot drawn at 11.52pm); published 23 Oct x2 (ECB "last
    # night", the council "Thursday 22 October 2026"), 24 Oct (blog, "on Thursday"), 29 Oct (Courier, "last Thursday").
    Expected("date", r"^2026-10-22$", r"\bThursday\b|last night"),
    Expected("place", r"^Cromer$", r"\bCromer\b"),
    Expected("place", r"Cromer Town", r"Cromer Town"),
    # where the count and the draw took place: Meadow Hall, North Walsham (ECB, blog citing ECB) vs the council
    # offices on Holt Road, Cromer (council, Courier).
    Expected("place", r"(Holt Road|council offices).*North Walsham|North Walsham.*(Holt Road|council offices)",
             r"Meadow Hall in North Walsham|council offices(?:,| on) Holt Road",
             label=r"count|venue|draw|location|place|where", status="conflict"),
    Expected("organization", r"North Norfolk District Council", r"North Norfolk District Council"),
    Expected("organization", r"Cromer First", r"Cromer First"),
    Expected("organization", r"Green Alliance", r"Green Alliance"),
    Expected("organization", r"University of East Anglia|^UEA$", r"University of East Anglia"),
    Expected("person", r"^(Rosalind|Ros)( Mary)? Akande[- ]Price$", r"Akande",
             label=r"councillor|candidate|Cromer First|winner|elected"),
    Expected("person", r"^(Tom|Thomas)( James)? Ferrers$", r"Ferrers", label=r"candidate|Green"),
    Expected("person", r"^(Dev|Devendra) Malhotra$", r"Malhotra", label=r"candidate|independent"),
    Expected("person", r"^Gillian Rowe$", r"\bRowe\b", label=r"returning officer"),
    Expected("person", r"^Alan Pettifer$", r"Pettifer", label=r"former|councillor|previous|resign"),
    Expected("person", r"^(Dr\.? )?Fiona Strachan$", r"Strachan", label=r"research|universit|expert|election|academic"),
    Expected("number", r"^587\b", r"\b587\b", label=r"vote"),
    Expected("number", r"^203\b", r"\b203\b", label=r"vote|Malhotra|independent"),
    Expected("number", r"27\.9|28", r"27\.9%|just under 28 per cent", label=r"turnout"),
    Expected("number", r"^(2|two)\b", r"two recounts|second recount", label=r"recount"),
    Expected("number", r"^(9|nine)\b", r"nine ballot papers|rejected: 9", label=r"reject|spoil|invalid"),
    Expected("claim", r"lot|draw|drawn|envelope",
             r"decided by (?:lot|drawing lots)|drew (?:the winner|the winning name|one out)"),
    Expected("claim", r"control|majority|runs", r"control of (?:the council|North Norfolk)|does not affect who runs"),
    Expected("claim", r"resign|Pettifer|stepp", r"resignation of|stepping down"),
    Expected("claim", r"petition", r"election petition"),
    Expected("quote", r"never been so nervous about a piece of paper", r"never been so nervous about a piece of paper",
             label=r"Akande"),
    Expected("quote", r"work twice as hard", r"work twice as hard", label=r"Akande"),
    Expected("quote", r"I just wish one more had been for me", r"I just wish one more had been for me", label=r"Ferrers"),
    # attributed to "the council" by ECB and to Gillian Rowe by the council's own release: label left empty.
    Expected("quote", r"returning officer must decide by lot", r"returning officer must decide by lot"),
]

PLZEN_LIBRARY = [
    # first self-service opening: Monday 2 February 2026 (library release "From today, Monday 2 February 2026",
    # CEPS "on Monday" on 2 Feb, Plzeňské listy "since yesterday" on 3 Feb) vs "Since Tuesday 3 February"
    # (Library Futures Europe, 10 Feb): the date itself is the conflict, no separate date fact.
    Expected("date", r"(2026-02-02|2 February|Monday).*(2026-02-03|3 February|Tuesday)"
                     r"|(2026-02-03|3 February|Tuesday).*(2026-02-02|2 February|Monday)",
             r"\bMonday\b|since yesterday|Tuesday 3 February", status="conflict"),
    Expected("place", r"Plze(ň|n)|Pilsen", r"Plze(?:ň|n)|Pilsen"),
    Expected("place", r"Slovany", r"Slovany"),
    Expected("organization", r"Plze(ň|n) City Library|Knihovna m(ě|e)sta Plzn(ě|e)|Library of the City of Plze(ň|n)"
                             r"|municipal library",
             r"City Library|Library of the City of Plze|municipal library"),
    Expected("organization", r"Librio Access", r"Librio Access"),
    Expected("person", r"^Kate(ř|r)ina Vondr(á|a)(š|s)kov(á|a)$", r"Vondr(?:á|a)(?:š|s)kov(?:á|a)", label=r"director|head"),
    Expected("person", r"^Radek (Š|S)imek$", r"(?:Š|S)imek", label=r"deputy mayor|mayor|culture"),
    Expected("person", r"^Jana Hrub(á|a)$", r"Hrub(?:á|a)", label=r"union"),
    Expected("person", r"^Ond(ř|r)ej Bene(š|s)$", r"Bene(?:š|s)", label=r"student|reader"),
    Expected("number", r"2[.,]4 ?(million|m)|95,?000", r"2\.4 million|95,000", label=r"cost|equip|price|system|invest"),
    Expected("number", r"^105\b", r"\b105 hours", label=r"hour|week|open"),
    Expected("number", r"^37\b", r"\b37 (?:staffed )?hours", label=r"staff|hour|week"),
    Expected("number", r"^12\b", r"\b12 cameras", label=r"camera|CCTV"),
    Expected("number", r"^(3|three)\b", r"[Tt]hree branches", label=r"branch|pilot"),
    Expected("number", r"^46\b", r"\b46 readers", label=r"reader|visitor|first evening|people"),
    Expected("claim", r"7.*22|7.*10|seven.*ten", r"7:00 to 22:00|seven o'clock in the morning|7 a\.m\."),
    Expected("claim", r"15", r"15 (?:and over|or older)"),
    Expected("claim", r"card", r"library card"),
    Expected("claim", r"Bory|Lochot(í|i)n", r"Lochot(?:í|i)n"),
    Expected("claim", r"job", r"no jobs will be"),
    Expected("claim", r"city|Plze(ň|n)|paid", r"paid for by the City of Plze|The city paid"),
    Expected("quote", r"The library should be open when people are free", r"The library should be open when people are free",
             label=r"Vondr"),
    Expected("quote", r"A library without librarians is just a room with books",
             r"A library without librarians is just a room with books", label=r"Hrub"),
    Expected("quote", r"If it works in Slovany", r"If it works in Slovany", label=r"(Š|S)imek"),
]

# the two values of the cost conflict must each be tied to 11.8: "11.8 million złoty/PLN/zł" and "€11.8m/11.8 million euros"
_EUR_11_8 = r"(?=.*(€ ?|EUR ?)11[.,]8|.*11[.,]8 ?(million|m)? ?(€|euros?\b|EUR))"
_PLN_11_8 = r"(?=.*(PLN ?|zł ?)11[.,]8|.*11[.,]8 ?(million|m)? ?(zł|z[lł]oty|PLN))"

SZCZECIN_PUPILS = [
    # council vote on Tuesday 26 May 2026; published 26 May x2 (wire "on Tuesday", parents "today voted"),
    # 27 May x2 (city "26 May 2026", Szczecin Today "on Tuesday"), 29 May (newsletter "on Tuesday").
    Expected("date", r"^2026-05-26$", r"\bTuesday\b|26 May 2026|today voted"),
    Expected("place", r"^Szczecin$", r"Szczecin"),
    Expected("organization", r"Szczecin City Council|city council|Rada Miasta", r"[Cc]ity [Cc]ouncil|Rada Miasta"),
    Expected("organization", r"ZDiTM|roads and transport", r"ZDiTM"),
    Expected("organization", r"Parents'? Forum|Forum Rodzic(ó|o)w", r"Parents' Forum"),
    Expected("organization", r"Youth Council", r"Youth Council"),
    Expected("person", r"^Magdalena Wr(ó|o)blewska$", r"Wr(?:ó|o)blewska", label=r"deputy mayor|mayor"),
    Expected("person", r"^Piotr Ka(ź|z)mierczak$", r"Ka(?:ź|z)mierczak", label=r"councillor|opposition"),
    Expected("person", r"^Zuzanna Lis$", r"Zuzanna Lis", label=r"youth|chair|pupil|student"),
    Expected("person", r"^Tomasz Grabowski$", r"Grabowski", label=r"chair|Forum|parent"),
    Expected("person", r"^Andrzej Kowalczyk$", r"Kowalczyk", label=r"director|ZDiTM"),
    # annual cost: 11.8 million złoty (wire, city, Szczecin Today with "about €2.8 million", parents) vs
    # €11.8 million (Baltic Business Brief): currency mislabelled.
    Expected("number", _EUR_11_8 + _PLN_11_8, r"11\.8 ?(?:million|m)\b|(?:PLN|zł) ?11\.8",
             label=r"cost|revenue|price|budget|year|annual", status="conflict"),
    Expected("number", r"22.*\b8\b", r"\b22 votes to 8|22 votes in favour", label=r"vote|favour|council"),
    Expected("number", r"38,?000", r"38,000", label=r"pupil|student|child|eligib|qualif"),
    Expected("number", r"^46\b", r"\b46 zloty", label=r"ticket|monthly|price|fare"),
    Expected("number", r"^(6|six)\b", r"six (?:extra |additional |more )?buses", label=r"bus"),
    Expected("claim", r"September|2026-09-01", r"September"),
    Expected("claim", r"tax", r"income tax"),
    Expected("claim", r"card", r"Pupil Card"),
    Expected("claim", r"review|evaluat|year", r"review the scheme|evaluated after one year|reviewed after one year"),
    Expected("quote", r"A thirteen-year-old should not have to ask their parents for bus money",
             r"A thirteen-year-old should not have to ask their parents for bus money", label=r"Wr(ó|o)blewska"),
    Expected("quote", r"Someone always pays the fare", r"Someone always pays the fare", label=r"Ka(ź|z)mierczak"),
    Expected("quote", r"finally stop counting coins", r"finally stop counting coins", label=r"\bLis\b"),
    Expected("quote", r"best decision this council has taken in years", r"best decision this council has taken in years",
             label=r"Grabowski"),
]

BREMEN_SHELTER = [
    # no published dates and no dates printed ("on Monday evening" cannot be resolved): no date expected.
    Expected("place", r"^Bremen$", r"Bremen"),
    Expected("place", r"^(Bremen-)?Walle$", r"\bWalle\b"),
    Expected("place", r"Helgolander Stra(ß|ss)e", r"Helgolander Stra(?:ß|ss)e"),
    Expected("organization", r"Johannes-Hilfe", r"Johannes-Hilfe"),
    Expected("organization", r"Stra(ß|ss)enw(ä|a|ae)rme", r"Straßenwärme"),
    Expected("organization", r"social affairs|Soziales", r"department for social affairs|social affairs department"),
    Expected("person", r"^(Dr\.? )?Henrike Oltmanns(-B(ä|a|ae)r)?$", r"Oltmanns", label=r"head|homeless|department|official"),
    Expected("person", r"^Yusuf Demirta(ş|s)$", r"Demirta(?:ş|s)", label=r"manager|head|Johannes"),
    Expected("person", r"^Malte Br(ü|u|ue)ggemann$", r"Br(?:ü|u|ue)ggemann", label=r"spokes|Stra"),
    # beds in the Walle shelter: 120 (city, NGO) vs 160 (Hanse Herald, which gives the city's total of all winter
    # emergency places, 120 + 40 in the women's shelter, as the shelter's beds): different scope.
    Expected("number", r"120.*160|160.*120", r"\b1[26]0 beds", label=r"bed|place|capacity", status="conflict"),
    Expected("number", r"1[.,]9 ?(million|m)\b", r"1\.9 ?(?:million|m)\b", label=r"cost|budget|winter"),
    Expected("number", r"^63\b", r"\b63 people", label=r"guest|first night|people|visitor"),
    Expected("number", r"^20\b", r"\b20 beds", label=r"women"),
    Expected("number", r"^(at least )?(4|four)\b", r"four employees", label=r"staff|employee"),
    Expected("claim", r"18.*9|6 ?pm.*9 ?am", r"18:00 until 9:00|6pm to 9am|opens at 18:00"),
    Expected("claim", r"March", r"31 March|end of March"),
    Expected("claim", r"dog", r"\bdogs\b"),
    Expected("claim", r"\bID\b|identity|registration", r"identity document|ask for ID"),
    Expected("claim", r"school", r"former school"),
    Expected("claim", r"Housing First|all year|permanent hous", r"Housing First|permanent housing|open all year"),
    Expected("quote", r"Nobody in Bremen should have to spend a winter night outside",
             r"Nobody in Bremen should have to spend a winter night outside", label=r"Oltmanns"),
    Expected("quote", r"A bed for the night is not a home", r"A bed for the night is not a home", label=r"Br(ü|u|ue)ggemann"),
    Expected("quote", r"We will not turn anyone away at the door", r"We will not turn anyone away at the door",
             label=r"Demirta"),
]

EVENTS = {
    "tampere-office-block-affordable-flats": TAMPERE_OFFICE_FLATS,
    "cromer-by-election-tie-drawn-lots": CROMER_BY_ELECTION,
    "plzen-library-self-service-hours": PLZEN_LIBRARY,
    "szczecin-free-transport-pupils": SZCZECIN_PUPILS,
    "bremen-winter-shelter-walle": BREMEN_SHELTER,
}
