"""Blind evaluation set 19: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

KENDAL_BOIL_WATER = [
    # notice issued on Thursday 14 May 2026 (afternoon); published 14 May x2, 15 May x2.
    # The Herald (15 May) says "yesterday"; NCB's "on Wednesday" is the sampling day, not the notice.
    Expected("date", r"^2026-05-14$", r"\bThursday\b|\byesterday\b"),
    Expected("place", r"^Kendal$", r"Kendal"),
    Expected("place", r"^Burneside$", r"Burneside"),
    Expected("place", r"Fellgate", r"Fellgate"),
    Expected("organization", r"Northfell Water", r"Northfell"),
    Expected("organization", r"UK Health Security Agency|UKHSA", r"UK Health Security Agency|UKHSA"),
    Expected("organization", r"Drinking Water Inspectorate", r"Drinking Water Inspectorate"),
    Expected("organization", r"Westmorland and Furness Council", r"Westmorland and Furness Council"),
    Expected("person", r"^Rachel Ainsworth[- ]Bell$", r"Ainsworth[- ]Bell", label=r"chief executive|CEO|head|director"),
    Expected("person", r"^(Dr\.? )?Omar Siddiqu?i$", r"Siddiqu?i", label=r"health|UKHSA|consultant"),
    Expected("person", r"^Helen MacAlister$", r"MacAlister", label=r"caf|owner|Pantry|business|resident"),
    Expected("person", r"^(Councillor )?Gareth Pennington$", r"Pennington", label=r"council"),
    Expected("number", r"16,?400.*14,?600|14,?600.*16,?400", r"\b16,400\b|\b14,600\b",
             label=r"household|home|propert|customer|affect", status="conflict"),
    Expected("number", r"^(3|three)\b", r"\bthree (?:people|confirmed cases)", label=r"case|ill|positive|sick"),
    Expected("number", r"£ ?30\b|^30 (pounds|GBP)", r"£30", label=r"goodwill|payment|compensat"),
    Expected("number", r"^(4|four)\b", r"\bfour (?:bottled water stations|locations)", label=r"station|bottled|water"),
    Expected("number", r"(10|ten) days", r"\b(?:ten|10) days", label=r"duration|last|days|notice|force|place"),
    Expected("claim", r"cryptosporidi", r"[Cc]ryptosporidi"),
    Expected("claim", r"rolling boil", r"rolling boil"),
    Expected("claim", r"out of service|shut|closed", r"taken out of service|has been shut down"),
    Expected("claim", r"school", r"Schools in the town will stay open"),
    Expected("claim", r"investigat", r"would investigate|has begun an investigation"),
    Expected("quote", r"deeply sorry", r"deeply sorry", label=r"Ainsworth"),
    Expected("quote", r"do not know whether these cases are connected", r"do not know whether these cases are connected",
             label=r"Siddiq"),
    Expected("quote", r"had to close for the day", r"had to close for the day", label=r"MacAlister"),
]

PORTO_SCAFFOLDING = [
    # collapse on Tuesday 7 April 2026 about 11:15; published 7 Apr x2, 8 Apr x2 (all say "Tuesday").
    Expected("date", r"^2026-04-07$", r"\bTuesday\b"),
    Expected("place", r"^Porto$", r"Porto"),
    Expected("place", r"Santa Catarina", r"Santa Catarina"),
    Expected("organization", r"Santo Ant(ó|o)nio", r"Santo António"),
    Expected("organization", r"Ribeiro (&|e|and) Mota", r"Ribeiro (?:&|e) Mota"),
    Expected("organization", r"Working Conditions Authority|Autoridade para as Condi|^ACT$",
             r"\bACT\b|Working Conditions Authority"),
    Expected("organization", r"Public Security Police|^PSP$|Pol(í|i)cia de Seguran", r"Public Security Police|\bPSP\b"),
    Expected("organization", r"C(â|a)mara Municipal do Porto|Porto city council", r"Câmara Municipal do Porto|Porto city council"),
    Expected("person", r"^Jo(ã|a)o Gon(ç|c)alves$", r"Gon(?:ç|c)alves", label=r"director|administrator|head|chief"),
    Expected("person", r"^Ana Lu(í|i)sa Meireles$", r"Meireles", label=r"spokes|police|PSP"),
    Expected("person", r"^M(á|a)rcia Fontes$", r"Fontes", label=r"witness|shop|work"),
    Expected("person", r"^Henrique Br(á|a)s$", r"Br(?:á|a)s\b", label=r"council|urban"),
    Expected("person", r"^Rodrigo Salgueiro$", r"Salgueiro", label=r"engineer|chair|association"),
    Expected("number", r"(8|eight).*(6|six)|(6|six).*(8|eight)", r"\b(?:[Ee]ight|[Ss]ix) people",
             label=r"injur|hurt|victim", status="conflict"),
    Expected("number", r"^(2|two)\b", r"\btwo (?:workers|of the contractor's workers)", label=r"worker"),
    Expected("number", r"\b67\b", r"\b67\b", label=r"woman|age|old|serious"),
    Expected("number", r"^(about |around )?20 ?(m|metres|meters)?\b", r"\b20 ?(?:metres|m)\b|20-metre",
             label=r"height|high|tall|metre|scaffold"),
    Expected("number", r"150", r"150 metres", label=r"street|cordon|closed"),
    Expected("number", r"300", r"\b300 scaffolds", label=r"scaffold|licen"),
    Expected("number", r"61,?200", r"61,200", label=r"fine|penalt"),
    Expected("number", r"^70\b|70 ?km", r"70 km/h", label=r"gust|wind"),
    Expected("claim", r"suspend|stop|halt", r"ordered all work at the site to stop|suspended the works|"
             r"Work at the site has been suspended|has stopped work on the site"),
    Expected("claim", r"anchor", r"[Aa]nchored to|the anchors that"),
    Expected("claim", r"February", r"in February"),
    Expected("quote", r"people who were hurt", r"people who were hurt", label=r"Gon(ç|c)alves"),
    Expected("quote", r"sure that all of them are safe", r"sure that all of them are safe", label=r"Br(á|a)s"),
]

LANDVETTER_DRONES = [
    # airspace closed Friday 16 October 2026 19:32-23:50; published 16 Oct (Fri) late, 17 Oct x2, 19 Oct.
    Expected("date", r"^2026-10-16$", r"\bFriday\b"),
    Expected("place", r"^(Gothenburg|G(ö|o)teborg)$", r"Gothenburg|Göteborg"),
    Expected("place", r"Landvetter", r"Landvetter"),
    Expected("place", r"^H(ä|a)rryda", r"H(?:ä|a)rryda"),
    Expected("place", r"^Copenhagen$", r"Copenhagen"),
    Expected("organization", r"Swedavia", r"Swedavia"),
    Expected("organization", r"Swedish Armed Forces", r"Swedish Armed Forces"),
    Expected("organization", r"Transport Agency|Transportstyrelsen", r"Transport Agency|Transportstyrelsen"),
    Expected("person", r"^Linn(é|e)a Berg(q|k)vist$", r"Berg(?:q|k)vist", label=r"spokes|press"),
    Expected("person", r"^Mattias (Ö|O|Oe)hrstr(ö|o|oe)m$", r"(?:Ö|O)hrstr(?:ö|o)m", label=r"police|spokes"),
    Expected("person", r"^Tobias Ek$", r"Tobias Ek\b", label=r"passenger|travel"),
    Expected("person", r"^Karin (Å|A)kesson[- ]Lund$", r"(?:Å|A)kesson", label=r"consultant|security|analyst|controller"),
    Expected("number", r"\b(11|eleven)\b.*\b16\b|\b16\b.*\b(11|eleven)\b",
             r"\b(?:Eleven|11) (?:incoming flights|arrivals)|\b16 flights", label=r"divert", status="conflict"),
    Expected("number", r"^23\b", r"\b23 departures", label=r"cancel|departure"),
    Expected("number", r"4,?500", r"4,500", label=r"passeng|affect|travel"),
    Expected("number", r"(3|three)", r"at least three drones", label=r"drone"),
    Expected("number", r"(four|4) hours", r"more than four hours|4 hours 18 minutes", label=r"clos|duration|hour"),
    Expected("number", r"19[:.]32", r"19[:.]32", label=r"clos|halt|suspend|time"),
    Expected("number", r"23[:.]50|midnight", r"23[:.]50|ten minutes before midnight", label=r"reopen|resum"),
    Expected("claim", r"endangering air traffic", r"endangering air traffic"),
    Expected("claim", r"arrest", r"arrested"),
    Expected("quote", r"Safety always comes first", r"[\"“](?:because )?[Ss]afety always comes first",
             label=r"Berg(q|k)vist"),
    Expected("quote", r"taking this extremely seriously", r"taking this extremely seriously", label=r"hrstr"),
    Expected("quote", r"Every hour you spend waiting", r"Every hour you spend waiting", label=r"kesson"),
]

# No publication dates in sources.toml and none printed on the pages. Only the rescue group's release writes the
# date in full ("On Saturday 22 August 2026"); everyone else says "on Saturday", which cannot be resolved.
ROMO_WHALES = [
    Expected("date", r"^2026-08-22$", r"22 August 2026"),
    Expected("place", r"^R(ø|o|oe)m(ø|o|oe)$", r"R(?:ø|o)m(?:ø|o)\b"),
    Expected("place", r"^Lakolk", r"Lakolk"),
    Expected("organization", r"Wadden Sea Whale Rescue|Vadehavets Hvalhj(æ|ae)lp", r"Wadden Sea Whale Rescue"),
    Expected("organization", r"Fisheries and Maritime Museum", r"Fisheries and Maritime Museum"),
    Expected("organization", r"Nature Agency|Naturstyrelsen", r"Nature Agency"),
    Expected("person", r"^S(ø|o|oe)ren Kj(æ|ae)rgaard$", r"Kj(?:æ|ae)rgaard", label=r"coordinat|rescue"),
    Expected("person", r"^Mette Holm[- ]Larsen$", r"Holm Larsen", label=r"biolog|museum"),
    Expected("person", r"^Ulrik Fogh$", r"\bFogh\b", label=r"ranger|Nature Agency"),
    Expected("person", r"^Anke Brandt$", r"Anke Brandt", label=r"tourist|German|holiday|volunteer|family"),
    Expected("number", r"\b21\b.*\b26\b|\b26\b.*\b21\b", r"\b21 long-finned|\b26 pilot whales|group of 21|counted 21",
             label=r"strand|whale", status="conflict"),
    Expected("number", r"^(13|thirteen)\b", r"\b13\b", label=r"refloat|saved|return|rescued|sea"),
    Expected("number", r"^(8|eight)\b", r"[Ee]ight (?:whales|of the whales|died|we lost)", label=r"died|dead|death|euthan|lost"),
    Expected("number", r"150", r"150 volunteers", label=r"volunteer|helper|rescuer"),
    Expected("number", r"5\.8", r"5\.8 metres", label=r"length|largest|long|metre|male"),
    Expected("number", r"(12|twelve) hours", r"twelve hours", label=r"rescue|duration|hour"),
    Expected("claim", r"post-mortem|necrops|examin|investigat", r"post-mortem|examine the dead whales|museum will investigate"),
    Expected("claim", r"euthan|put down", r"euthanised|put down"),
    Expected("claim", r"tide", r"high tide|evening tide"),
    Expected("claim", r"No new strandings", r"No new strandings"),
    Expected("quote", r"small victory", r"[\"“]Every animal we got back into the water|[\"“]a small victory",
             label=r"Kj(æ|ae)rgaard"),
    Expected("quote", r"samples of the stomach", r"samples of the stomach", label=r"Larsen"),
]

ZAGREB_TRAM = [
    # collision on Wednesday 9 September 2026 about 07:45; published 9 Sep x3, 10 Sep (TLRT: "yesterday").
    # Metropola.zg (9 Sep) says only "this morning"; ZET writes "This morning, Wednesday 9 September 2026".
    Expected("date", r"^2026-09-09$", r"\bWednesday\b|\byesterday\b|\b[Tt]his morning\b"),
    Expected("place", r"^Zagreb$", r"Zagreb"),
    Expected("place", r"^Ilica", r"Ilica"),
    Expected("place", r"Frankopanska", r"Frankopanska"),
    Expected("organization", r"ZET|Zagreb Electric Tram|Zagreba(č|c)ki elektri(č|c)ni tramvaj", r"\bZET\b"),
    Expected("organization", r"Sisters of Charity", r"Sisters of Charity"),
    Expected("organization", r"Bra(č|c)i(ć|c)", r"Bra(?:č|c)i(?:ć|c)"),
    Expected("person", r"^Ivana (Š|S)tefanac$", r"(?:Š|S)tefanac", label=r"spokes"),
    Expected("person", r"^Dario Mlinari(ć|c)$", r"Mlinari(?:ć|c)", label=r"police|spokes"),
    Expected("person", r"^Josip Kne(ž|z)evi(ć|c)$", r"Kne(?:ž|z)evi(?:ć|c)", label=r"witness|eyewitness|waiting"),
    Expected("person", r"^(Prof\.? )?Goran Vukeli(ć|c)$", r"Vukeli(?:ć|c)", label=r"research|professor|transport|expert"),
    Expected("number", r"(21|twenty-one).*(17|seventeen)|(17|seventeen).*(21|twenty-one)", r"injuring 21|\b21 persons|Twenty-one people|Seventeen people",
             label=r"injur|hurt", status="conflict"),
    Expected("number", r"^(4|four)\b", r"four of them seriously|Four of them are seriously|four people seriously",
             label=r"serious"),
    Expected("number", r"120", r"About 120 passengers", label=r"passenger|on board"),
    Expected("number", r"^11$|line 11", r"line 11", label=r"line|tram|route"),
    Expected("number", r"400,?000|400 ?k", r"EUR 400,000|€400k", label=r"damage|cost"),
    Expected("number", r"^18\b", r"18 years", label=r"experience|service|driver|years"),
    Expected("number", r"(5|five) hours", r"five hours", label=r"divert|disrupt|hours"),
    Expected("claim", r"alcohol", r"alcohol"),
    Expected("claim", r"red", r"red light|went on red"),
    Expected("claim", r"TMK ?2200", r"TMK 2200"),
    Expected("quote", r"braked immediately", r"braked immediately", label=r"(Š|S)tefanac"),
    Expected("quote", r"examining the recordings", r"examining the recordings", label=r"Mlinari"),
    Expected("quote", r"cannot stop like a car", r"cannot stop like a car", label=r"Vukeli"),
]

EVENTS = {
    "kendal-boil-water-notice": KENDAL_BOIL_WATER,
    "porto-scaffolding-collapse": PORTO_SCAFFOLDING,
    "landvetter-drone-closure": LANDVETTER_DRONES,
    "romo-whale-stranding": ROMO_WHALES,
    "zagreb-tram-collision": ZAGREB_TRAM,
}
