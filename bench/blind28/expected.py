"""Blind evaluation set 28: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

COECKELBERGH_FORGERY = [
    # forgery announced on Wednesday 18 February 2026; published 18 Feb (Wed) x2, 19 Feb (Thu) x2.
    # De Scheldebode (19 Feb) says "yesterday"; the press release writes "On Wednesday 18 February 2026".
    # The sale itself was on 27 November 2025: an earlier date, not the event date.
    Expected("date", r"^2026-02-18$", r"\bWednesday\b|\byesterday\b"),
    Expected("place", r"^London$", r"\bLondon\b"),
    Expected("place", r"^(Antwerp|Antwerpen)$", r"\bAntwerp\b"),
    Expected("place", r"^Cambridge$", r"Cambridge"),
    Expected("organization", r"Marlowe (&|and) Finch", r"Marlowe (?:&|and) Finch"),
    Expected("organization", r"Halden", r"Halden Conservation Science"),
    Expected("organization", r"Metropolitan Police|Art and Antiques Unit|Scotland Yard",
             r"Metropolitan Police|Art and Antiques Unit"),
    Expected("organization", r"federal (judicial )?police", r"federal judicial police"),
    Expected("person", r"^Adriaen Coec?kelbergh$", r"Coec?kelbergh", label=r"painter|artist|master|attribut"),
    Expected("person", r"^Rupert Ashdown[- ]Gale$", r"Ashdown[- ]Gale", label=r"chair|head|auction"),
    Expected("person", r"^(Dr\.? )?Nadia Okonkwo[- ]Reyes$", r"Okonkwo", label=r"scien|lab|analys|pigment|Halden"),
    Expected("person", r"^Luc Verhaeg(h)?en$", r"Verhaeg(?:h)?en", label=r"dealer|gallerist|consign|Antwerp"),
    Expected("person", r"^Matthias Brunner$", r"\bBrunner\b", label=r"lawyer|buyer|attorney"),
    Expected("person", r"^Saskia De Wit$", r"Saskia De Wit", label=r"historian|expert|Antwerp"),
    Expected("number", r"3\.1.*3\.4|3\.4.*3\.1", r"£3\.1 ?(?:million|m)\b|3\.4 million pounds",
             label=r"price|sold|sale|paid", status="conflict"),
    Expected("number", r"2\.6 ?(million|m)\b", r"hammer price of £2\.6m", label=r"hammer"),
    Expected("number", r"1\.2.*1\.8", r"estimate of £1\.2m to £1\.8m", label=r"estimat"),
    Expected("number", r"^(14|fourteen)\b", r"\b(?:14|fourteen) (?:paint )?samples", label=r"sample"),
    Expected("number", r"^(40|forty)\b|barely forty", r"barely forty works", label=r"work|authentic|attribut"),
    Expected("claim", r"River Landscape with (a )?Ferry|river landscape", r"River Landscape with a Ferry|river landscape with a ferry"),
    Expected("claim", r"titanium white", r"titanium white"),
    Expected("claim", r"refund", r"refund"),
    Expected("claim", r"fraud investigation", r"fraud investigation"),
    Expected("claim", r"Swiss (private )?collector", r"Swiss (?:private )?collector"),
    Expected("quote", r"deceived, as was our client", r"deceived, as was our client", label=r"Ashdown"),
    Expected("quote", r"simply did not exist in the seventeenth century", r"simply did not exist in the seventeenth century",
             label=r"Okonkwo"),
]

CIRENCESTER_BATHHOUSE = [
    # discovery announced on Thursday 11 June 2026; published 11 Jun (Thu) x2, 12 Jun (Fri, "yesterday"),
    # 15 Jun (Mon, "last Thursday"). The dig began in March; the open day is Saturday 27 June: not the event date.
    Expected("date", r"^2026-06-11$", r"\bThursday\b|\byesterday\b"),
    Expected("place", r"^Cirencester$", r"Cirencester"),
    Expected("place", r"Chesterton( Lane)?", r"Chesterton"),
    Expected("organization", r"Ridgeway Heritage( Surveys)?", r"Ridgeway Heritage Surveys"),
    Expected("organization", r"Historic England", r"Historic England"),
    Expected("organization", r"Thornbury Homes", r"Thornbury Homes"),
    Expected("organization", r"Corinium Museum", r"Corinium Museum"),
    Expected("organization", r"Cotswold District Council", r"Cotswold District Council"),
    Expected("person", r"^(Dr\.? )?Eleanor Pryce[- ]Whitlock$", r"Pryce[- ]Whitlock", label=r"director|archaeolog|lead"),
    Expected("person", r"^Tomasz Wi(ś|s)niewski$", r"Wi(?:ś|s)niewski", label=r"inspector|Historic England"),
    Expected("person", r"^(Prof\.? )?Marcus Delaunay$", r"Delaunay", label=r"prof|Leicester|specialist|expert"),
    Expected("person", r"^Gavin Hurst$", r"\bHurst\b", label=r"managing|director|developer|Thornbury"),
    Expected("number", r"(8|eight).*(6|six)|(6|six).*(8|eight)", r"\b(?:eight|six) rooms",
             label=r"room", status="conflict"),
    Expected("number", r"^24\b", r"\b24 ?m(?:etres)?\b", label=r"size|long|length|metre|measur"),
    Expected("number", r"^312\b", r"\b312\b", label=r"coin"),
    Expected("number", r"^140\b", r"\b140 (?:new )?homes", label=r"home|house|housing|development"),
    Expected("number", r"^1\.6 ?m", r"1\.6 ?m(?:etres)?\b", label=r"wall|high|height"),
    Expected("claim", r"AD ?150|150 AD|second century|2nd century", r"AD 150"),
    Expected("claim", r"hypocaust", r"hypocaust"),
    Expected("claim", r"preserved in situ|kept in place|preserv", r"preserved in situ|kept in place"),
    Expected("claim", r"scheduled monument|scheduling", r"scheduled monument|process of scheduling"),
    Expected("claim", r"open day", r"open day"),
    Expected("quote", r"best-preserved Roman bathhouse found in Britain in a generation",
             r"best-preserved Roman bathhouse found in Britain in a generation", label=r"Pryce"),
    Expected("quote", r"changes the map of Roman Cirencester", r"changes the map of Roman Cirencester",
             label=r"Delaunay"),
]

# No publication dates in sources.toml and none printed on the pages. The burst date is written in full only by
# the utility ("Saturday 14 March 2026"); everyone else says "on Saturday", which cannot be resolved.
SHEFFIELD_WATER_MAIN = [
    Expected("date", r"^2026-03-14$", r"14 March 2026"),
    Expected("place", r"^Sheffield$", r"Sheffield"),
    Expected("place", r"^Ecclesall Road$", r"Ecclesall Road"),
    Expected("place", r"^Hunters Bar$", r"Hunters Bar"),
    Expected("place", r"Sharrow Vale", r"Sharrow Vale Road"),
    Expected("organization", r"Pennine Water", r"Pennine Water"),
    Expected("organization", r"South Yorkshire Fire", r"South Yorkshire Fire and Rescue"),
    Expected("organization", r"Sheffield City Council", r"Sheffield City Council"),
    Expected("organization", r"Drinking Water Inspectorate", r"Drinking Water Inspectorate"),
    Expected("person", r"^Gareth Llewell?yn[- ]Hughes$", r"Llewell?yn[- ]Hughes", label=r"operations|director|Pennine"),
    Expected("person", r"^Priya Ramaswamy$", r"Ramaswamy", label=r"station|fire|manager"),
    Expected("person", r"^Dorota Kami(ń|n)ska$", r"Kami(?:ń|n)ska", label=r"caf|owner|business|resident"),
    Expected("person", r"^(Cllr\.? |Councillor )?Ahmed Farouk$", r"Farouk", label=r"council|cabinet|transport"),
    Expected("number", r"18,000.*28,000|28,000.*18,000", r"\b[12]8,000 (?:properties|homes)",
             label=r"propert|home|without|suppl|water|household", status="conflict"),
    Expected("number", r"900 ?mm|36-inch|36 inch", r"900 ?mm|36-inch", label=r"main|pipe|diameter|size"),
    Expected("number", r"^(40|forty)\b", r"\b40 homes and businesses", label=r"flood|home|business|propert"),
    Expected("number", r"12 ?(million|m) litres|12 ?(million|m)\b", r"12 ?m(?:illion)? litres", label=r"litre|water|lost|escap"),
    Expected("number", r"^(6|six)\b", r"rescued six people|rescue six people", label=r"rescu|people"),
    Expected("number", r"^(3|three)\b", r"\b(?:[Tt]hree) (?:bottled water stations|sites)", label=r"bottled|station|site"),
    Expected("number", r"(5|five) days", r"at least five days", label=r"clos|road|repair|day"),
    Expected("number", r"£ ?30\b|30 pounds", r"£30", label=r"compens|pay"),
    Expected("claim", r"no one|nobody|not (hurt|injured)", r"No one was hurt|nobody was injured"),
    Expected("claim", r"restored|back (on|to normal)", r"fully restored|back to normal by Sunday|came back on late on Sunday"),
    Expected("quote", r"deeply sorry for the disruption", r"deeply sorry for the disruption", label=r"Llewell?yn"),
]

CHUBUT_SQUID_SEIZURE = [
    # seizure on Tuesday 10 February 2026; published 10 Feb (Tue) evening, 11 Feb (Wed) x2 (Diario del Golfo:
    # "yesterday"), 12 Feb (Thu, "On Tuesday night"). Arrival in Puerto Madryn "on Thursday" is not the event date.
    Expected("date", r"^2026-02-10$", r"\bTuesday\b|\byesterday\b"),
    Expected("place", r"^Chubut", r"Chubut"),
    Expected("place", r"^Puerto Madryn$", r"Puerto Madryn"),
    Expected("place", r"^Rawson$", r"Rawson"),
    Expected("organization", r"Prefectura|Naval Prefecture", r"Prefectura|Naval Prefecture"),
    Expected("organization", r"Federal Fisheries Council|Consejo Federal Pesquero", r"Federal Fisheries Council"),
    Expected("organization", r"Mar Patag(ó|o)nico Vivo", r"Mar Patag(?:ó|o)nico Vivo"),
    Expected("person", r"^Zhang Wei-?ming$|^Wei-?ming Zhang$", r"Zhang Weiming|Wei-ming Zhang",
             label=r"captain|master|skipper"),
    Expected("person", r"^Mart(í|i)n Echeverr(í|i)a$", r"Echeverr(?:í|i)a", label=r"spokes|Prefect"),
    Expected("person", r"^Gabriela Sosa Ferreyra$", r"Sosa Ferreyra", label=r"judge|court"),
    Expected("person", r"^Luc(í|i)a Bertolami$", r"Bertolami", label=r"director|Mar Patag|conservation|NGO"),
    Expected("number", r"90.*150|150.*90", r"\b(?:90|150) tonnes", label=r"squid|catch|tonne|hold",
             status="conflict"),
    Expected("number", r"^41\b", r"\b41 (?:crew|sailors)", label=r"crew|sailor"),
    Expected("number", r"1\.5|one and a half", r"1\.5 nautical miles|one and a half nautical miles",
             label=r"nautical|mile|inside|distance|zone|EEZ"),
    Expected("number", r"^(6|six)\b|six-hour", r"six-hour chase|six hours", label=r"chase|hour"),
    Expected("number", r"^(3|three)\b", r"three warning shots", label=r"warning|shot"),
    Expected("number", r"2 billion|2,000 million|2bn", r"2 billion pesos|2,000 million pesos", label=r"fine|peso"),
    Expected("number", r"600", r"capacity of 600 tonnes", label=r"capacity|hold"),
    Expected("claim", r"Hai Long 806", r"Hai Long 806"),
    Expected("claim", r"transponder|AIS", r"transponder|\bAIS\b"),
    Expected("claim", r"confiscat", r"confiscated"),
    Expected("claim", r"escort", r"escorted"),
    Expected("quote", r"not a no man's land", r"not a no man's land", label=r"Echeverr(í|i)a"),
    Expected("quote", r"One boat is caught", r"One boat is caught", label=r"Bertolami"),
]

MONTCLAIR_HOURS = [
    # sale on Tuesday 2 December 2025 in the evening; published 2 Dec (Tue) x2, 3 Dec (Wed) x2
    # (Rheinische Kulturpost: "yesterday"). The previous record dates from 2019: an earlier year, not the event date.
    Expected("date", r"^2025-12-02$", r"\bTuesday\b|\byesterday\b"),
    Expected("place", r"^Paris$", r"\bParis\b"),
    Expected("place", r"^Chicago$", r"Chicago"),
    Expected("organization", r"Varennes[- ]Lagarde", r"Varennes-Lagarde"),
    Expected("organization", r"Harlan Ashby( Library)?", r"Harlan Ashby"),
    Expected("organization", r"Ministry of Culture", r"Ministry of Culture"),
    Expected("person", r"^Claire[- ]Anne Varennes$", r"Claire[- ]Anne Varennes", label=r"auctioneer|president|sale"),
    Expected("person", r"^Olivier Besan(ç|c)on$", r"Besan(?:ç|c)on", label=r"manuscript|head|specialist|department"),
    Expected("person", r"^Margaret Tillotson[- ]Hale$", r"Tillotson", label=r"director|library|Harlan"),
    Expected("number", r"14\.2 ?(million|m)\b|14,200,000", r"14\.2 ?(?:million|m)\b|€14,200,000",
             label=r"price|sold|total|record|fee|premium"),
    Expected("number", r"11\.5 ?(million|m)\b|11,500,000", r"€11\.5 ?(?:million|m)\b|€11,500,000", label=r"hammer"),
    Expected("number", r"(4|4,000,000).*(6|6,000,000)", r"€4 million to €6 million|€4,000,000 – 6,000,000|4 to 6 million",
             label=r"estimat"),
    Expected("number", r"9\.8 ?(million|m)\b", r"9\.8 ?m(?:illion)?\b", label=r"previous|record|2019"),
    Expected("number", r"46.*64|64.*46", r"\b(?:46|64) full-page miniatures", label=r"miniature",
             status="conflict"),
    Expected("number", r"^212\b", r"\b212 leaves", label=r"leaves|folio|page"),
    Expected("number", r"^(19|nineteen)\b", r"\b(?:19|nineteen) minutes", label=r"minute|bidding|duration"),
    Expected("number", r"^(5|five)\b", r"\b(?:[Ff]ive) bidders", label=r"bidder"),
    Expected("claim", r"record for (a|an) (medieval|illuminated) manuscript|record",
             r"record for (?:a|an) (?:medieval|illuminated) manuscript"),
    Expected("claim", r"1415", r"\b1415\b"),
    Expected("claim", r"national treasure|export", r"national treasure|export of the manuscript was authorised"),
    Expected("quote", r"last great Parisian Book of Hours in private hands",
             r"last great Parisian [Bb]ook of [Hh]ours in private hands", label=r"Besan(ç|c)on"),
    Expected("quote", r"open to every scholar who wants to see it", r"open to every scholar who wants to see it",
             label=r"Tillotson"),
]

EVENTS = {
    "coeckelbergh-forgery-london": COECKELBERGH_FORGERY,
    "cirencester-roman-bathhouse": CIRENCESTER_BATHHOUSE,
    "sheffield-water-main-burst": SHEFFIELD_WATER_MAIN,
    "chubut-squid-jigger-seizure": CHUBUT_SQUID_SEIZURE,
    "montclair-hours-record-sale": MONTCLAIR_HOURS,
}
