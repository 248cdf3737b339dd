"""Blind evaluation set 16: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

GUDAURI_GONDOLA = [
    # cabin fell on Saturday 14 February 2026 about 11:20; published 14 Feb x2, 15 Feb x2
    # (Tbilisi Herald, 15 Feb: "yesterday afternoon"; operator: "on Saturday 14 February 2026").
    Expected("date", r"^2026-02-14$", r"\bSaturday\b|\byesterday\b"),
    Expected("place", r"^Gudauri$", r"Gudauri"),
    Expected("place", r"^Tbilisi$", r"Tbilisi"),
    Expected("place", r"Mtskheta", r"Mtskheta"),
    Expected("organization", r"Mta Lifts", r"Mta Lifts"),
    Expected("organization", r"Ministry of Internal Affairs|Interior Ministry", r"Ministry of Internal Affairs|Interior Ministry"),
    Expected("organization", r"Emergency Management Service", r"Emergency Management Service"),
    Expected("organization", r"Technical and Construction Supervision Agency", r"Technical and Construction Supervision Agency"),
    Expected("organization", r"Alpenseil", r"Alpenseil"),
    Expected("person", r"^Nodar (Tsiklauri|Ciklauri)$", r"Tsiklauri|Ciklauri", label=r"director|chief|head|Mta"),
    Expected("person", r"^Tamar Kapanadze$", r"Kapanadze", label=r"spokes|ministry"),
    Expected("person", r"^(D(á|a)vid Horv(á|a)th|Horv(á|a)th D(á|a)vid)$", r"Horv(?:á|a)th", label=r"witness|skier|Hungarian|passenger"),
    Expected("person", r"^Irakli Jorbenadze$", r"Jorbenadze", label=r"doctor|trauma|head|hospital"),
    Expected("number", r"^(2|two)\b", r"Two people (?:were killed|died)|killing two skiers|Two of our guests lost",
             label=r"dead|death|kill|died|fatal|victim"),
    Expected("number", r"\b(6|six)\b.*\b(7|seven)\b|\b(7|seven)\b.*\b(6|six)\b",
             r"killed and six injured|six were injured|Six guests were injured|injuring seven",
             label=r"injur|hurt", status="conflict"),
    Expected("number", r"^(8|eight)\b", r"carrying eight", label=r"cabin|passeng|people|occup|aboard|skier"),
    Expected("number", r"\b(15|fifteen)\b", r"\b15 metres|fifteen metres", label=r"fall|fell|height|drop|metre"),
    Expected("number", r"^(94|ninety-four)\b", r"\b94\b|Ninety-four", label=r"strand|evacu|passeng|rescu|lower|people"),
    Expected("number", r"^56\b", r"\b56\b", label=r"cabin"),
    Expected("number", r"\b(5|five)\b", r"five hours", label=r"hour|evacu|rescue|operation|wait"),
    Expected("number", r"^62\b", r"62 km/h", label=r"wind|gust"),
    Expected("number", r"^(3|three)\b", r"Three of the injured are children", label=r"child"),
    Expected("claim", r"criminal", r"criminal case"),
    Expected("claim", r"suspend|stopp|clos", r"suspended all (?:its|our) lifts|stopped all its lifts|closed all its installations"),
    Expected("claim", r"inspect", r"3 February"),
    Expected("quote", r"every cabin and every clamp has been checked", r"every cabin and every clamp has been checked"),
]

NAPLES_SINKHOLE = [
    # collapse at 02:40 on Tuesday 3 March 2026; published 3 Mar x2, 4 Mar x2
    # (Corriere del Golfo, 4 Mar: "yesterday"; blog, 4 Mar: "Early on Tuesday").
    Expected("date", r"^2026-03-03$", r"\bTuesday\b|\byesterday\b"),
    Expected("place", r"^(Naples|Napoli)$", r"Naples"),
    Expected("place", r"^Vomero$", r"Vomero"),
    Expected("place", r"Via Luca Giordano", r"Via Luca Giordano"),
    Expected("organization", r"Acque Partenopee", r"Acque Partenopee"),
    Expected("organization", r"fire brigade|Vigili del Fuoco", r"fire brigade|Vigili del Fuoco"),
    Expected("organization", r"prosecutor", r"prosecutor's office"),
    Expected("organization", r"Federico II", r"Federico II"),
    Expected("person", r"^Gennaro (D'|D’)?Alessio$|^Gennaro Dalessio$", r"D'Alessio|Dalessio", label=r"councillor|infrastructure|city"),
    Expected("person", r"^Rosaria Esposito[- ]Landi$", r"Esposito[- ]Landi", label=r"commander|fire"),
    Expected("person", r"^Fabrizio Montella$", r"Montella", label=r"chief executive|CEO|Acque"),
    Expected("person", r"^Vincenzo Caruso$", r"\bCaruso\b", label=r"geolog|professor|universit"),
    Expected("person", r"^Anna Maria Iovine$", r"Iovine", label=r"resident"),
    Expected("number", r"\b(4|four)\b.*\b(6|six)\b|\b(6|six)\b.*\b(4|four)\b",
             r"[Ff]our (?:parked )?(?:cars|vehicles)|six cars", label=r"car|vehicle", status="conflict"),
    Expected("number", r"\b(20|twenty)\b", r"20 metres wide|twenty metres across", label=r"wid|across|crater|size"),
    Expected("number", r"\b(10|ten)\b", r"10 metres deep|ten deep", label=r"deep|depth"),
    Expected("number", r"\b120\b", r"\b120\b", label=r"resident|evacu|people"),
    Expected("number", r"^(3|three)\b", r"three (?:evacuated )?buildings", label=r"building"),
    Expected("number", r"^400\b", r"400 households", label=r"gas|household"),
    Expected("number", r"1\.5 ?(million|m)\b", r"1\.5 million", label=r"cost|repair"),
    Expected("claim", r"1958", r"1958"),
    Expected("claim", r"injur|hurt|no one|nobody", r"No one was injured|No injuries|nobody was hurt"),
    Expected("claim", r"water main|\bmain\b", r"ruptured water main|had burst|failure of a DN 400 water main"),
    Expected("claim", r"investigat|negligen|file", r"opened an investigation|opened a file"),
    Expected("quote", r"nobody was walking on that pavement", r"nobody was walking on that pavement", label=r"Alessio"),
]

VILNIUS_KESTRELX = [
    # NO published dates in sources.toml and none printed on the pages. Only the business paper and the
    # administrator's notice give the withdrawal freeze a full date (9 June 2026); the others say
    # "last Tuesday" / "On Tuesday of last week", which cannot be resolved.
    Expected("date", r"^2026-06-09$", r"9 June 2026"),
    Expected("place", r"^Vilnius$", r"Vilnius"),
    Expected("place", r"^Tallinn$", r"Tallinn"),
    Expected("organization", r"KestrelX|Kestrel Digital", r"KestrelX|Kestrel Digital"),
    Expected("organization", r"Vilnius Regional Court", r"Vilnius Regional Court"),
    Expected("organization", r"Bank of Lithuania", r"Bank of Lithuania"),
    Expected("organization", r"Financial Crime Investigation Service|FNTT", r"Financial Crime Investigation Service|FNTT"),
    Expected("organization", r"Granite Peak", r"Granite Peak"),
    Expected("organization", r"Baltic Restructuring Partners", r"Baltic Restructuring Partners"),
    Expected("organization", r"Chainsight", r"Chainsight"),
    Expected("person", r"^Aurimas (Ž|Z)ukauskas$", r"(?:Ž|Z)ukauskas", label=r"founder|chief|CEO|owner"),
    Expected("person", r"^R(ū|u)ta Mikalauskien(ė|e)$", r"Mikalauskien", label=r"administrator|partner"),
    Expected("person", r"^Helen Okafor$", r"Okafor", label=r"research|analyst|Chainsight"),
    Expected("person", r"^Tomas Vaitkus$", r"Vaitkus", label=r"customer|engineer|investor"),
    Expected("number", r"412.*421|421.*412", r"€4(?:12|21) million", label=r"shortfall|hole|deficit|gap|missing",
             status="conflict"),
    Expected("number", r"310,000|310 000|310000", r"310,000", label=r"customer|account|user|holder"),
    Expected("number", r"96 ?(million|m)\b", r"€96 million", label=r"asset"),
    Expected("number", r"1\.9 ?(billion|bn)", r"1\.9 billion", label=r"volume|trading|daily"),
    Expected("number", r"^140\b", r"\b140 people", label=r"employ|staff|worker|people"),
    Expected("number", r"18,000|18 000|18000", r"€18,000", label=""),
    Expected("claim", r"Granite Peak", r"(?:lent|transferred) to Granite Peak"),
    Expected("claim", r"withdrawal", r"(?:halted|suspended) all (?:customer )?withdrawals"),
    Expected("claim", r"registration", r"suspended its registration"),
    Expected("claim", r"search", r"searched the company's offices"),
    Expected("quote", r"never took a cent of customer money", r"never took a cent of customer money",
             label=r"(Ž|Z)ukauskas"),
]

LUMNEZIA_WOLF = [
    # attack in the night of Saturday 11 July 2026; cull ordered Tuesday 14 July 2026;
    # published 14 Jul x2, 15 Jul x2 (Surselva Post, 15 Jul: "Yesterday the canton reacted").
    Expected("date", r"^2026-07-14$", r"has today ordered|announced on Tuesday|Yesterday the canton"),
    Expected("date", r"^2026-07-11$", r"Saturday"),
    Expected("place", r"^Vella$", r"Vella"),
    Expected("place", r"^Alp Nova$", r"Alp Nova"),
    Expected("place", r"Lumnezia", r"Lumnezia"),
    Expected("place", r"^(Graub(ü|u|ue)nden|Grisons)$", r"Graub(?:ü|u|ue)nden"),
    Expected("organization", r"Office for Hunting and Fishing|Amt f(ü|u|ue)r Jagd", r"Office for Hunting and Fishing"),
    Expected("organization", r"Federal Office for the Environment|FOEN|BAFU", r"Federal Office for the Environment|FOEN"),
    Expected("organization", r"WolfWatch", r"WolfWatch"),
    Expected("person", r"^Seraina Derungs$", r"Derungs", label=r"head|office|hunting|director"),
    Expected("person", r"^Gian[- ]Reto Casutt$", r"Casutt", label=r"farmer|shepherd|owner|breeder"),
    Expected("person", r"^Lea B(ü|u|ue)nzli$", r"B(?:ü|ue|u)nzli", label=r"spokes|WolfWatch"),
    Expected("number", r"\b23\b.*\b27\b|\b27\b.*\b23\b", r"\b2[37] sheep", label=r"sheep|kill|dead|loss",
             status="conflict"),
    Expected("number", r"^(9|nine)\b", r"further nine|Nine more sheep", label=r"injur|put down|destroy|euthan"),
    Expected("number", r"\b(2|two)\b", r"up to two young wolves", label=r"wol|shoot|shot|cull"),
    Expected("number", r"^380\b", r"\b380\b", label=r"flock|sheep|herd"),
    Expected("number", r"^64\b", r"\b64\b", label=r"animal|livestock|kill|year"),
    Expected("number", r"18,400|18 400|18400|18'400", r"18,400", label=r"compens"),
    Expected("claim", r"Mundaun", r"Mundaun pack"),
    Expected("claim", r"30 September", r"30 September"),
    Expected("claim", r"DNA", r"DNA"),
    Expected("claim", r"fence", r"electri(?:fied|c) fence"),
    Expected("claim", r"approv", r"given its approval|approved the cull|approved the shooting"),
    Expected("claim", r"appeal|legal", r"examining (?:an appeal|legal action)"),
    Expected("quote", r"where our tolerance ends", r"learned to get past protective fences|where our tolerance ends",
             label=r"Derungs"),
    Expected("quote", r"will not change the behaviour of the pack", r"will not change the behaviour of the pack",
             label=r"B(ü|u|ue)nzli"),
]

CONSTANTA_SILO = [
    # explosion about 16:05 on Thursday 20 August 2026; published 20 Aug x2, 21 Aug x2
    # (Litoral Journal, 21 Aug: "yesterday's explosion").
    Expected("date", r"^2026-08-20$", r"\bThursday\b|\byesterday's explosion"),
    Expected("place", r"^Constan(ț|ţ|t)a$", r"Constan(?:ț|ţ|t)a"),
    Expected("organization", r"Danubius", r"Danubius"),
    Expected("organization", r"ISU Dobrogea|Inspectorate for Emergency Situations", r"ISU Dobrogea|Inspectorate for Emergency Situations"),
    Expected("organization", r"County Emergency Hospital", r"County Emergency Hospital"),
    Expected("organization", r"Maritime Ports Administration", r"Maritime Ports Administration"),
    Expected("person", r"^Mihai St(ă|a)nescu$", r"St(?:ă|a)nescu", label=r"CEO|chief|director|executive"),
    Expected("person", r"^Cristina Dobre[- ]Ionescu$", r"Dobre[- ]Ionescu", label=r"spokes|ISU"),
    Expected("person", r"^Vasile (Ț|Ţ|T)urcanu$", r"(?:Ț|Ţ|T)urcanu", label=r"union|leader"),
    Expected("person", r"^Hans-Peter Vogl$", r"\bVogl\b", label=r"consultant|safety|expert"),
    Expected("number", r"^(2|two)\b", r"killing two workers|Two dead|killed two workers|Two people lost their lives",
             label=r"dead|death|kill|died|fatal"),
    Expected("number", r"\b(11|eleven)\b.*\b14\b|\b14\b.*\b(11|eleven)\b", r"injuring 11|14 injured|injured 11|eleven were injured",
             label=r"injur|hurt", status="conflict"),
    Expected("number", r"^(1|one)\b", r"[Oo]ne worker was still missing|one missing|third worker missing|a missing worker",
             label=r"missing"),
    Expected("number", r"28,000|28 000|28000", r"28,000", label=r"silo|wheat|tonn|grain"),
    Expected("number", r"160,000|160 000|160000", r"160,000", label=r"capacity|storage|terminal"),
    Expected("number", r"^(23|twenty-three)\b", r"[Tt]wenty-three fire engines|23 fire engines", label=r"engine|truck|vehicle|fire"),
    Expected("number", r"\b80\b", r"more than 80 firefighters", label=r"firefight"),
    Expected("number", r"^(4|four)\b", r"Four are in a serious|four people with serious", label=r"serious|critical|burn"),
    Expected("number", r"4\.2 ?(million|m)", r"4\.2 million tonnes", label=r"handled|grain|year|volume"),
    Expected("number", r"\b(3|three)\b", r"three hours", label=r"hour|fire|control|extinguish"),
    Expected("claim", r"Aegean Harvest", r"Aegean Harvest"),
    Expected("claim", r"dust", r"complained for months about dust"),
    Expected("claim", r"manslaughter", r"manslaughter"),
    Expected("quote", r"find out what caused this|will not hide anything", r"find out what caused this|will not hide anything",
             label=r"St(ă|a)nescu"),
]

EVENTS = {
    "gudauri-gondola-cabin-fall": GUDAURI_GONDOLA,
    "naples-vomero-sinkhole": NAPLES_SINKHOLE,
    "vilnius-kestrelx-collapse": VILNIUS_KESTRELX,
    "lumnezia-wolf-cull": LUMNEZIA_WOLF,
    "constanta-grain-silo-explosion": CONSTANTA_SILO,
}
