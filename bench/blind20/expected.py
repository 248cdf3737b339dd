"""Blind evaluation set 20: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

BENTHEIM_TURBINE = [
    # blade fell on Tuesday 17 Feb 2026 about 03:15; published 17 Feb (Tue) x2, 18 Feb (Wed) x2.
    # The Kurier (18 Feb) says "yesterday morning"; the Dutch paper says "in the night from Monday to Tuesday".
    Expected("date", r"^2026-02-17$", r"\bTuesday\b|yesterday morning"),
    Expected("place", r"^Bad Bentheim$", r"Bad Bentheim"),
    Expected("place", r"^Gildehaus", r"Gildehaus"),
    Expected("place", r"^Lower Saxony$|Niedersachsen", r"Lower Saxony"),
    Expected("organization", r"Emsvenn", r"Emsvenn"),
    Expected("organization", r"Kallholm", r"Kallholm"),
    Expected("organization", r"Gewerbeaufsichtsamt|trade supervisory office", r"Gewerbeaufsichtsamt|trade supervisory office"),
    Expected("person", r"^Henrike Albers[- ]Wessel$", r"Albers[- ]Wessel", label=r"managing director|director|head|chief|CEO"),
    Expected("person", r"^Jannik T(ö|oe)bben$", r"T(?:ö|oe)bben", label=r"police|spokes"),
    Expected("person", r"^Gerd Hilbers$", r"Hilbers", label=r"farmer|resident|witness|neighbo"),
    Expected("person", r"^Mette Kj(æ|ae)rgaard$", r"Kj(?:æ|ae)rgaard", label=r"spokes|Kallholm"),
    Expected("person", r"^Birgit Oldekamp$", r"Oldekamp", label=r"council"),
    Expected("number", r"23.*32|32.*23", r"\b(?:23|32) (?:of its )?(?:Kallholm )?(?:turbines|KH-140)",
             label=r"turbine|shut|stop|halt|switch", status="conflict"),
    Expected("number", r"68\.5|\b68\b", r"68\.5|68-metre|almost seventy metres", label=r"blade|length|metre"),
    Expected("number", r"\b240\b", r"240 metres", label=r"debris|fragment|piece|distance|metre"),
    Expected("number", r"2\.3 ?(million|m|mn)\b", r"2\.3 million|EUR 2\.3", label=r"damage|cost|loss"),
    Expected("number", r"^131\b", r"131 metres", label=r"hub|height"),
    Expected("number", r"^(about )?214\b", r"214 turbines", label=r"turbine|model|Germany|Netherlands"),
    Expected("claim", r"no one|nobody|injur|hurt", r"No one was (?:hurt|injured)|Nobody was (?:hurt|injured)"),
    Expected("claim", r"K ?25|road", r"\bK 25\b.*closed|road between Gildehaus and the border"),
    Expected("claim", r"root", r"near its root"),
    Expected("quote", r"before every kilowatt hour", r"before every kilowatt hour", label=r"Albers"),
    Expected("quote", r"not restart a single machine", r"not restart a single machine", label=r"Albers"),
    Expected("quote", r"sounded like a bomb", r"sounded like a bomb", label=r"Hilbers"),
]

# No publication dates in sources.toml and none printed on the pages. The find date is written in full only
# by the council ("on Sunday 6 September 2026"); the Gazette says "earlier this month" and the blog
# "first Sunday of September" (no year anywhere on the blog page), so neither resolves on its own.
LINCOLNSHIRE_HOARD = [
    Expected("date", r"^2026-09-06$", r"6 September 2026"),
    Expected("place", r"^Market Rasen$", r"Market Rasen"),
    Expected("place", r"^Middle Rasen$", r"Middle Rasen"),
    Expected("place", r"^Lincolnshire$", r"Lincolnshire"),
    Expected("organization", r"Portable Antiquities Scheme|^PAS$", r"Portable Antiquities Scheme|\bPAS\b"),
    Expected("organization", r"British Museum", r"British Museum"),
    Expected("organization", r"Wolds Searchers", r"Wolds Searchers"),
    Expected("organization", r"Trent Valley Archaeology", r"Archaeologists from Trent Valley Archaeology|Trent Valley Archaeology team"),
    Expected("organization", r"Treasure Valuation Committee", r"Treasure Valuation Committee"),
    Expected("person", r"^Gareth Pryce[- ]Jones$", r"Pryce[- ]Jones", label=r"detectorist|finder|postman|found"),
    Expected("person", r"^(Dr\.? )?(Eleanor|Elly) Whitcombe$", r"Whitcombe", label=r"finds liaison|officer|FLO|archaeolog"),
    Expected("person", r"^Richard Ashby$", r"Ashby", label=r"landowner|farmer|owner"),
    Expected("person", r"^Marcus Feld$", r"\bFeld\b", label=r"dealer|expert"),
    Expected("number", r"1,?368.*1,?386|1,?386.*1,?368",
             r"\b1,3(?:68|86)\b|One thousand three hundred and sixty-eight", label=r"coin|denari|hoard",
             status="conflict"),
    Expected("number", r"^287\b", r"\b287\b", label=r"Antoninus|Pius|emperor|coin"),
    Expected("number", r"200,000|200k|200 000|\b200000\b", r"£200,000|£200k", label=r"worth|value"),
    Expected("number", r"^40\b|40 ?(cm|centimet)", r"40 centimetres", label=r"depth|deep|buried|below"),
    Expected("number", r"^54\b", r"\b54\b", label=r"age|old|Pryce|finder"),
    Expected("number", r"AD ?200|200 ?AD", r"AD 200", label=r"latest|struck|coin|date"),
    Expected("claim", r"coroner|inquest|treasure", r"[Cc]oroner"),
    Expected("claim", r"shar|split|50/50|reward", r"shared between the finder and the landowner|split 50/50"),
    Expected("quote", r"largest Roman silver hoards ever recorded in Lincolnshire",
             r"largest Roman silver hoards ever recorded in Lincolnshire", label=r"Whitcombe"),
    Expected("quote", r"my hands were shaking", r"my hands were shaking", label=r"Pryce"),
]

A21_PILEUP = [
    # crash on Thursday 5 Nov 2026 about 07:10; published 5 Nov (Thu) x3, 6 Nov (Fri) x1 ("yesterday").
    Expected("date", r"^2026-11-05$", r"\bThursday\b|\byesterday\b"),
    Expected("place", r"^A ?21\b", r"\bA21\b"),
    Expected("place", r"^Cremona$", r"Cremona"),
    Expected("place", r"^Brescia$", r"Brescia"),
    Expected("place", r"^Robecco d['’]Oglio$", r"Robecco d'Oglio"),
    Expected("place", r"^Pontevico$", r"Pontevico"),
    Expected("organization", r"Polizia Stradale|traffic police", r"Polizia Stradale|traffic police"),
    Expected("organization", r"Padana Est", r"Padana Est"),
    Expected("organization", r"Vigili del Fuoco|fire", r"Vigili del Fuoco|[Ff]irefighters|fire brigade"),
    Expected("organization", r"prosecutor", r"[Pp]rosecutor"),
    Expected("person", r"^Giada Ferrandi$", r"Ferrandi", label=r"police|head|command|traffic"),
    Expected("person", r"^Marco D['’]?[Aa]lessio$", r"D'Alessio|Dalessio", label=r"fire|spokes"),
    Expected("person", r"^Bogdan Ionesc(o|u)$", r"Ionesc", label=r"driver|lorry|truck|witness"),
    Expected("person", r"^Stefano Brambilla$", r"Brambilla", label=r"chief executive|CEO|Padana|head"),
    Expected("number", r"(37|thirty-seven).*(42|forty-two)|(42|forty-two).*(37|thirty-seven)",
             r"\b37 vehicles|[Ff]orty-two vehicles|\b42 vehicles", label=r"vehicle|car", status="conflict"),
    Expected("number", r"^(2|two)\b", r"\b[Tt]wo (?:dead|people (?:were killed|died|have died))",
             label=r"dead|death|kill|died|fatal"),
    Expected("number", r"^(18|eighteen)\b", r"\b(?:18|[Ee]ighteen) (?:people )?(?:were )?injured", label=r"injur|hurt"),
    Expected("number", r"^(4|four)\b", r"[Ff]our (?:of the injured|of them|of whom)", label=r"serious"),
    Expected("number", r"^(11|eleven)\b", r"\b11 (?:lorries|of which)", label=r"lorr|truck|HGV|goods"),
    Expected("number", r"\b50\b", r"50 metres", label=r"visib"),
    Expected("number", r"^(3|three)\b", r"[Tt]hree air ambulance", label=r"helicopter|air ambulance"),
    Expected("number", r"nine hours|\b9 hours", r"nine hours", label=r"clos|hour"),
    Expected("claim", r"homicide", r"road homicide"),
    Expected("quote", r"too fast for the conditions", r"too fast for the conditions", label=r"Ferrandi"),
    Expected("quote", r"every metre counts", r"[Ee]very metre counts", label=r"Ferrandi"),
    Expected("quote", r"could not see the car in front of me", r"could not see the car in front of me", label=r"Ionesc"),
]

KAHURANGI_TRAMPER = [
    # found on Thursday 8 Oct 2026 about 11:40 NZDT; published 8 Oct x3 (the German paper at 10:15 CEST,
    # i.e. the evening of 8 Oct in New Zealand), 9 Oct (Courier: "yesterday").
    Expected("date", r"^2026-10-08$", r"\bThursday\b|\byesterday\b"),
    Expected("place", r"^Kahurangi", r"Kahurangi"),
    Expected("place", r"Aorere", r"Aorere"),
    Expected("place", r"Heaphy", r"Heaphy Track"),
    Expected("place", r"^Kempten$", r"Kempten"),
    Expected("organization", r"Nelson Hospital|hospital.*Nelson", r"Nelson Hospital|hospital in Nelson"),
    Expected("organization", r"LandSAR|Land Search and Rescue", r"LandSAR"),
    Expected("organization", r"Golden Bay Air Rescue", r"Golden Bay Air Rescue"),
    Expected("person", r"^Lukas Brandst(ä|ae|a)tter$", r"Lukas Brandst|Mr Brandst|Brandstaetter",
             label=r"tramper|hiker|missing|German"),
    Expected("person", r"^Aroha Te[- ]Whata$", r"Te Whata", label=r"police|sergeant"),
    Expected("person", r"^Craig Ma?cAllister$", r"M(?:a)?cAllister", label=r"pilot"),
    Expected("person", r"^R(ā|a)wiri P(ō|o)hatu$", r"P(?:ō|o)hatu", label=r"LandSAR|coordinat"),
    Expected("person", r"^Monika Brandst(ä|ae|a)tter$", r"Monika Brandst", label=r"mother"),
    Expected("number", r"26.*28|28.*26", r"\b2[68](?:-year-old|,)|\(28\)", label=r"age|old|year", status="conflict"),
    Expected("number", r"six days|^(6|six)\b", r"six days", label=r"day|missing"),
    Expected("number", r"^(more than )?70\b", r"[Mm]ore than 70 people", label=r"search|people|volunteer"),
    Expected("number", r"^(about )?40\b", r"about 40 volunteers", label=r"volunteer|LandSAR|search"),
    Expected("number", r"(9|nine) ?(kg|kilo)|^(about )?(9|nine)\b", r"nine kilograms", label=r"weight|lost|kg|kilo"),
    Expected("number", r"^(2|two)\b", r"two muesli bars", label=r"muesli|bar|food"),
    Expected("number", r"6,000|\b6000\b|6 000", r"6,000 euros", label=r"collect|raised|euro|fund|donat"),
    Expected("claim", r"beacon|PLB", r"not carrying a personal locator beacon"),
    Expected("claim", r"stable", r"stable condition"),
    Expected("quote", r"very lucky young man", r"very lucky young man", label=r"Te Whata"),
    Expected("quote", r"rescue and not a recovery", r"rescue and not a recovery", label=r"Te Whata"),
    Expected("quote", r"We cried when the police called", r"We cried when the police called", label=r"Monika|mother"),
]

DONCASTER_RIDE = [
    # ride arm dropped on Saturday 17 Oct 2026 about 20:40; published 17 Oct (Sat) late, 18 Oct (Sun) x3;
    # the Courier and the blog say "last night".
    Expected("date", r"^2026-10-17$", r"\bSaturday\b|\blast night\b"),
    Expected("place", r"^Doncaster$", r"Doncaster"),
    Expected("place", r"Town Fields", r"Town Fields"),
    Expected("organization", r"Hollins (&|and) Sons", r"Hollins (?:&|and) Sons"),
    Expected("organization", r"South Yorkshire Police", r"South Yorkshire Police"),
    Expected("organization", r"Yorkshire Ambulance Service", r"Yorkshire Ambulance Service"),
    Expected("organization", r"Health and Safety Executive|^HSE$", r"Health and Safety Executive|\bHSE\b"),
    Expected("organization", r"Doncaster Council", r"Doncaster Council"),
    Expected("organization", r"Sheffield Children", r"Sheffield Children"),
    Expected("person", r"^Darren Hollins$", r"Darren Hollins", label=r"owner|showm|operator"),
    Expected("person", r"^Rachel Okonkwo[- ]Hale$", r"Okonkwo[- ]Hale", label=r"chief inspector|police|inspector"),
    Expected("person", r"^Kayleigh Barraclough$", r"Barraclough", label=r"mother|mum|witness|parent"),
    Expected("person", r"^Joanne Pickersgill$", r"Pickersgill", label=r"council"),
    Expected("number", r"(11|eleven).*13|13.*(11|eleven)",
             r"(?:[Ee]leven|\b11|\b13) (?:people|riders) (?:were taken|went) to hospital|took 11 people to hospital",
             label=r"hospital|injur|hurt", status="conflict"),
    Expected("number", r"^24\b", r"\b24 (?:people|riders)", label=r"rider|people|board|ride"),
    Expected("number", r"^(2|two)\b", r"[Tt]wo teenagers|[Tt]wo of them", label=r"serious"),
    Expected("number", r"^(about )?18\b", r"18 metres", label=r"height|metre|high"),
    Expected("number", r"30,000|\b30000\b|30 000", r"30,000 visitors", label=r"visitor"),
    Expected("number", r"^(9|nine)\b", r"other nine have", label=r"discharg|home|released"),
    Expected("claim", r"not reopen|closed|shut", r"would not reopen|will not reopen|rest of the fair is shut"),
    Expected("claim", r"inspect", r"inspection in April"),
    Expected("quote", r"heartbroken that people who came to enjoy themselves",
             r"heartbroken that people who came to enjoy themselves", label=r"Hollins"),
    Expected("quote", r"nothing to suggest any criminal intent", r"nothing to suggest any criminal intent",
             label=r"Okonkwo"),
    Expected("quote", r"just fell", r"just fell", label=r"Barraclough"),
]

EVENTS = {
    "bentheim-turbine-blade": BENTHEIM_TURBINE,
    "lincolnshire-denarii-hoard": LINCOLNSHIRE_HOARD,
    "a21-fog-pileup": A21_PILEUP,
    "kahurangi-tramper-found": KAHURANGI_TRAMPER,
    "doncaster-fair-ride": DONCASTER_RIDE,
}
