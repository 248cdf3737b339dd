"""Blind evaluation set 34: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

SKATTEVERKET_REBATES = [
    # wrong refunds paid on Tuesday 7 April 2026; published 8 Apr (Wed) x2 and 9 Apr (Thu) x2.
    # The press release writes "On Tuesday 7 April"; the trade journal says only "this week's refund run".
    Expected("date", r"^2026-04-07$", r"\bTuesday\b"),
    Expected("place", r"^Solna$", r"Solna"),
    Expected("place", r"^(Ö|O|Oe)stersund$", r"(?:Ö|O)stersund"),
    Expected("organization", r"Skatteverket|Swedish Tax Agency", r"Skatteverket|Swedish Tax Agency|tax agency"),
    Expected("organization", r"Kvarnberg", r"Kvarnberg"),
    Expected("organization", r"National Audit Office|Riksrevisionen", r"National Audit Office|Riksrevisionen"),
    Expected("organization", r"Enforcement Authority|Kronofogden", r"Enforcement Authority|Kronofogden"),
    Expected("organization", r"Lund University", r"Lund University"),
    Expected("person", r"^Annika Sj(ö|o|oe)holm$", r"Sj(?:ö|o)holm", label=r"head|collection|director"),
    Expected("person", r"^(Per[- ]Erik|P-E) Wahlgren$", r"Wahlgren", label=r"chief executive|CEO|head|Kvarnberg"),
    Expected("person", r"^Lina Markovi(ć|c)$", r"Markovi(?:ć|c)", label=r"nurse|taxpayer|recipient"),
    Expected("person", r"^Maja Forsberg$", r"Forsberg", label=r"professor|tax law|expert"),
    Expected("number", r"23[, ]?400.*24[, ]?300|24[, ]?300.*23[, ]?400", r"23,400|23 400|24,300",
             label=r"taxpayer|people|recipient|affect|individual|person", status="conflict"),
    Expected("number", r"186", r"186 (?:million|mn)"),
    Expected("number", r"^(30|thirty)\b", r"\b30 days|thirty days", label=r"repay|day|deadline"),
    Expected("number", r"4,100|4 100|\b4100\b", r"4,100", label=r"repa|paid back|already"),
    Expected("number", r"1\.2 ?(million|m)\b", r"1\.2 million refunds", label=r"refund|payment"),
    Expected("number", r"7[, ]?900", r"7 900", label=r"average|excess|per"),
    Expected("number", r"\b42 ?(mn|million|m)\b", r"SEK 42 mn", label=r"contract"),
    Expected("claim", r"letter", r"24 April|April 24"),
    Expected("claim", r"interest", r"[Nn]o interest|charged interest"),
    Expected("claim", r"\bROT\b", r"ROT deduction"),
    Expected("claim", r"\bRUT\b", r"RUT deduction"),
    Expected("quote", r"We made a mistake,? and we apologise", r"\"We made a mistake, and we apologise"),
    Expected("quote", r"nice surprise", r"nice surprise"),
]

HARBOURSIDE_NAMING = [
    # deal announced Thursday 12 February 2026; published 12 Feb x3 (press release, wire, evening paper), 13 Feb.
    Expected("date", r"^2026-02-12$", r"\bThursday\b|this afternoon|today announced"),
    Expected("date", r"^2026-07-01$", r"1 July|July 1"),
    Expected("place", r"^Bristol$", r"Bristol\b"),
    Expected("place", r"Ashton Vale", r"Ashton Vale"),
    Expected("organization", r"(Bristol )?Harbourside( FC| Football Club)?$", r"Harbourside"),
    Expected("organization", r"Quayline", r"Quayline"),
    Expected("organization", r"Bristol City Council", r"Bristol City Council"),
    Expected("organization", r"Supporters'? Trust", r"Supporters' Trust"),
    Expected("person", r"^Fiona Ma?cAllister$", r"Ma?cAllister", label=r"chief executive|CEO|head"),
    Expected("person", r"^Dev Raghunathan$", r"Raghunathan", label=r"chief executive|CEO|founder|Quayline"),
    Expected("person", r"^Gareth Pryce[- ]Jones$", r"Pryce[- ]Jones", label=r"chair|trust|supporter"),
    Expected("person", r"^Oliver Brandt$", r"Brandt", label=r"consultant|sponsor|analyst"),
    Expected("number", r"42.*45|45.*42", r"£4[25] ?m(?:illion)?\b", status="conflict"),
    Expected("number", r"^(10|ten)\b", r"10-year|ten-year|ten years", label=r"year|length|term|duration"),
    Expected("number", r"4\.2 ?(m|million)\b", r"£4\.2 ?m", label=r"year|annual"),
    Expected("number", r"27,500|27 500|27500", r"27,500", label=r"capacity|seat"),
    Expected("number", r"1,800|1800", r"1,800 solar", label=r"solar|panel"),
    Expected("number", r"^61\b", r"61 per cent", label=r"oppos|survey|member|fans"),
    Expected("claim", r"Ashton Vale Stand", r"Ashton Vale Stand"),
    Expected("claim", r"training ground|women", r"women's team"),
    Expected("claim", r"approv", r"approved"),
    Expected("claim", r"review|five years", r"after five years"),
    Expected("quote", r"biggest commercial deal in the club's history", r"\"(?:This is )?the biggest commercial deal"),
    Expected("quote", r"walks through the turnstiles", r"walks through the turnstiles"),
    Expected("quote", r"A name doesn't buy loyalty", r"A name doesn't buy loyalty", label=r"Pryce"),
]

CAMBRIA_FIBRE = [
    # 100,000th connection on Monday 2 March 2026; published 3 Mar (Tue) x2, 4 Mar (Wed), 5 Mar (Thu).
    Expected("date", r"^2026-03-02$", r"\bMonday\b"),
    Expected("place", r"^Llanidloes$", r"Llanidloes"),
    Expected("place", r"^Powys$", r"Powys"),
    Expected("place", r"^Newtown$", r"Newtown"),
    Expected("place", r"^T(ŷ|y) Mawr", r"T(?:ŷ|y) Mawr"),
    Expected("organization", r"Cambria Fibre", r"Cambria"),
    Expected("organization", r"Welsh Government", r"Welsh Government"),
    Expected("organization", r"^Ofcom$", r"Ofcom"),
    Expected("person", r"^Rhiannon Pr(y|ŷ)s[- ]Davies$", r"Pr(?:y|ŷ)s[- ]Davies", label=r"managing director|MD|head|chief"),
    Expected("person", r"^Emyr [Aa]p ?Gwilym$", r"[Aa]p ?Gwilym", label=r"farm"),
    Expected("person", r"^Owain Tudur$", r"Tudur", label=r"director|digital|Welsh Government"),
    Expected("person", r"^Dafydd Pennant$", r"Pennant", label=r"councillor"),
    Expected("person", r"^(Dr\.? )?Hannah Croft$", r"Croft", label=r"analyst|research"),
    Expected("number", r"100,000|100000|100 000|100k|hundred thousand", r"100,000|hundred-thousandth|\b100k\b",
             label=r"premises|connect|propert"),
    Expected("number", r"138,000|138000|138 000", r"138,000", label=r"total|premises|programme|homes"),
    Expected("number", r"(?<!1)38,?000", r"(?<!1)38,000", label=r"remain|wait|still"),
    Expected("number", r"156", r"156", label=r"cost|contract|programme|fund|pound|£"),
    Expected("number", r"1,000 ?Mbps|1000 ?Mbps|1 ?Gbps|gigabit", r"1,000 Mbps", label=r"speed"),
    Expected("number", r"1,900|1900", r"1,900 kilometres", label=r"fibre|cable|km|kilomet"),
    Expected("number", r"^41 ?(%|per ?cent)", r"41%", label=r"take-up|take up|order"),
    Expected("date", r"2027.*2028|2028.*2027", r"end of 2027|March 2028", status="conflict"),
    Expected("claim", r"on track", r"on track and on budget"),
    Expected("quote", r"Rural Wales should not be the last place", r"\"[Rr]ural Wales should not be the last place"),
    Expected("quote", r"Until now I had to drive into town", r"Until now I had to drive into town"),
]

NORTHWAY_TIMETABLE = [
    # NO published dates (pages print none). The new timetable began on Sunday 14 December 2025: only the
    # Gazette writes the full date; the blog says "started on Sunday".
    Expected("date", r"^2025-12-14$", r"14 December|\bSunday\b"),
    Expected("place", r"^Leeds$", r"Leeds"),
    Expected("place", r"^Hebden Bridge$", r"Hebden Bridge"),
    Expected("place", r"^Huddersfield$", r"Huddersfield"),
    Expected("place", r"^Manchester Victoria$", r"Manchester Victoria"),
    Expected("organization", r"Northway( Rail)?", r"Northway"),
    Expected("organization", r"^Network Rail$", r"Network Rail"),
    Expected("organization", r"Office of Rail and Road|^ORR$", r"Office of Rail and Road"),
    Expected("organization", r"Pennine Passengers'? Alliance", r"Passengers' Alliance"),
    Expected("person", r"^Clai?re Hollinshead$", r"Hollinshead", label=r"managing director|MD|boss|head|chief"),
    Expected("person", r"^Imran Qurei?shi$", r"Qurei?shi", label=r"chair|alliance|passenger"),
    Expected("person", r"^Kwame Asante[- ]Boateng$", r"Asante[- ]Boateng", label=r"route director|Network Rail|director"),
    Expected("person", r"^Beth Armitage$", r"Armitage", label=r"commuter|passenger"),
    Expected("person", r"^Nick Vardy$", r"Vardy", label=r"consultant|timetabl|expert"),
    Expected("number", r"1,?940.*2,?460|2,?460.*1,?940", r"1,940|2,460", label=r"cancel", status="conflict"),
    Expected("number", r"^412\b", r"\b412\b", label=r"Monday|cancel"),
    Expected("number", r"^(about |around )?85\b", r"\b85\b", label=r"driver"),
    Expected("number", r"^180\b", r"180 extra", label=r"extra|services|additional"),
    Expected("number", r"10 ?%|one in ten|10 per ?cent|ten per ?cent", r"one in ten|\b10%"),
    Expected("number", r"^58 ?(%|per ?cent)", r"58%", label=r"on time|punctual|performance"),
    Expected("claim", r"emergency timetable", r"emergency timetable"),
    Expected("claim", r"refund|season", r"one week of"),
    Expected("claim", r"overr|engineering", r"overr[au]n"),
    Expected("quote", r"truly sorry", r"\"I am truly sorry|\"truly sorry\""),
    Expected("quote", r"Passengers were promised more trains", r"Passengers were promised more trains"),
]

BLAKENEY_SEALS = [
    # count announced Tuesday 3 February 2026; published 3 Feb x2, 4 Feb (Gazette: "yesterday"), 5 Feb.
    Expected("date", r"^2026-02-03$", r"\bTuesday\b|announced yesterday"),
    Expected("date", r"^2025-10-24$", r"24 October", label=r"first"),
    Expected("place", r"^Blakeney Point$", r"Blakeney Point"),
    Expected("place", r"^Norfolk$", r"Norfolk\b(?! Seal Watch| Coast Gazette)"),
    Expected("place", r"^Morston( Quay)?$", r"Morston"),
    Expected("organization", r"^National Trust$", r"National Trust"),
    Expected("organization", r"University of East Anglia|^UEA$", r"University of East Anglia|\bUEA\b"),
    Expected("organization", r"Norfolk Seal Watch", r"Norfolk Seal Watch"),
    Expected("organization", r"Wadden Sea National Park", r"Wadden Sea National Park"),
    Expected("person", r"^(Ellie|Eleanor) Thorburn$", r"Thorburn", label=r"ranger"),
    Expected("person", r"^(Dr\.? )?Tomasz Wi(ś|s)niewski$", r"Wi(?:ś|s)niewski", label=r"ecolog|UEA|research|scien"),
    Expected("person", r"^Graham Leckie$", r"Leckie", label=r"boat"),
    Expected("person", r"^(Dr\.? )?Anke Br(ü|ue|u)ggemann$", r"Br(?:ü|ue|u)ggemann", label=r"national park|research|authority|Wadden"),
    Expected("number", r"4[,. ]?870.*4[,. ]?780|4[,. ]?780.*4[,. ]?870", r"4[,.]870|4,780", label=r"pup",
             status="conflict"),
    Expected("number", r"4[,. ]?406", r"4[,.]406"),
    Expected("number", r"10\.5", r"10\.5 per cent", label=r"increase|rise|up"),
    Expected("number", r"^(more than )?120\b", r"120 volunteers", label=r"volunteer"),
    Expected("number", r"^(at least )?10\b", r"10 metres", label=r"distance|metre|away"),
    Expected("number", r"^37\b", r"\b37 incidents", label=r"incident|disturb|too close"),
    Expected("claim", r"drone", r"drone"),
    Expected("claim", r"largest", r"largest grey seal (?:colony|nursery) in England|largest in England"),
    Expected("claim", r"Scotland", r"from crowded colonies in Scotland"),
    Expected("claim", r"dogs?|lead", r"dogs on (?:a )?leads?|dogs on a lead"),
    Expected("quote", r"seals prove us wrong", r"Every year we think the colony|\"and every year the seals prove us wrong\""),
    Expected("quote", r"space, shelter and food", r"space, shelter and food"),
]

EVENTS = {
    "skatteverket-wrong-rebates": SKATTEVERKET_REBATES,
    "harbourside-stadium-naming-rights": HARBOURSIDE_NAMING,
    "cambria-fibre-100000": CAMBRIA_FIBRE,
    "northway-timetable-chaos": NORTHWAY_TIMETABLE,
    "blakeney-seal-pup-count": BLAKENEY_SEALS,
}
