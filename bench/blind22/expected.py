"""Blind evaluation set 22: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

PERIJA_FROG = [
    # rediscovery announced on Tuesday 14 April 2026 (frogs found during a March expedition);
    # published 14 Apr x2, 15 Apr (Crónica: "Yesterday"), 16 Apr (blog: "on Tuesday").
    Expected("date", r"^2026-04-14$", r"on Tuesday|\bYesterday\b|14 April 2026|today announced"),
    Expected("place", r"Serran(í|i)a de(l)? Perij(á|a)", r"Serran(?:í|i)a del? Perij(?:á|a)"),
    Expected("place", r"^Manaure$", r"Manaure"),
    Expected("place", r"^Cesar$", r"department of Cesar|in Cesar department"),
    Expected("organization", r"Huellas del Perij(á|a)", r"Huellas del Perij(?:á|a)"),
    Expected("organization", r"Lost Species Alliance", r"Lost Species Alliance"),
    Expected("organization", r"^IUCN$|International Union for Conservation of Nature", r"IUCN"),
    Expected("organization", r"Humboldt Institute|Instituto (Alexander )?von Humboldt", r"Humboldt Institute"),
    Expected("person", r"^Mariana Quintero( Rojas)?$", r"Quintero", label=r"herpetolog|lead|biolog|expedition"),
    Expected("person", r"^Yesid Ar(í|i)as( Ochoa)?$", r"Yesid", label=r"guide|farmer"),
    Expected("person", r"^Helen Whitcombe$", r"Whitcombe", label=r"programme|director|Lost Species"),
    Expected("claim", r"Atelopus perijensis|Perij(á|a) harlequin frog", r"Atelopus perijensis"),
    Expected("number", r"14.*19|19.*14|fourteen.*19|19.*fourteen",
             r"\b(?:14|19) adult|\bfourteen adults", label=r"adult|frog|individual", status="conflict"),
    Expected("number", r"^1994$", r"\b1994\b", label=r"last (seen|record|sight)|since"),
    Expected("number", r"^32\b", r"\b32 years", label=r"year|since|absence"),
    Expected("number", r"^(more than )?40\b", r"more than 40 (?:of them|tadpoles)", label=r"tadpole"),
    Expected("number", r"2,?800|2 800", r"2,800 ?m", label=r"altitude|metre|elevation|height"),
    Expected("number", r"^(9|nine)\b", r"\bnine researchers", label=r"researcher|team|member"),
    Expected("number", r"^(12|twelve)\b", r"twelve(?:-day| days)", label=r"day|expedition"),
    Expected("number", r"2,?000", r"more than 2,000 species", label=r"species|list|lost"),
    Expected("claim", r"chytrid|fung", r"chytrid|show(?:ed)? no sign of the fungus"),
    Expected("claim", r"secret|location", r"\bsecret\b|not (?:to )?(?:reveal|say) (?:the exact location|where)"),
    Expected("quote", r"almost given up hope", r"almost given up hope"),
    Expected("quote", r"second chance, and we cannot waste it", r"second chance, and we cannot waste it", label=r"Quintero"),
]

WEALD_DOWNS_HOSEPIPE = [
    # ban announced on Monday 13 July 2026, in force from 00:01 Friday 17 July; published 13 Jul x2,
    # 14 Jul (Gazette: "yesterday"), 15 Jul (trade press: "on Monday").
    Expected("date", r"^2026-07-13$", r"on Monday|\byesterday\b|today announced"),
    Expected("place", r"^Sussex$", r"\bSussex\b"),
    Expected("place", r"^Kent$", r"\bKent\b"),
    Expected("place", r"^Hollington( Reservoir)?$", r"Hollington"),
    Expected("place", r"^Haywards Heath$", r"Haywards Heath"),
    Expected("organization", r"Weald (&|and) Downs( Water)?", r"Weald & Downs"),
    Expected("organization", r"Environment Agency", r"Environment Agency"),
    Expected("organization", r"Consumer Council for Water|^CCW$", r"Consumer Council for Water|\bCCW\b"),
    Expected("organization", r"^Ofwat$", r"Ofwat"),
    Expected("person", r"^Fiona McAllister[- ]Reid$", r"McAllister", label=r"chief executive|CEO"),
    Expected("person", r"^Gareth Penhaligon$", r"Penhaligon", label=r"water resources|director"),
    Expected("person", r"^Tom Ashdown$", r"Ashdown", label=r"Environment Agency|area manager"),
    Expected("person", r"^Priya Natarajan$", r"Natarajan", label=r"allotment"),
    Expected("number", r"1\.3.*1\.5|1\.5.*1\.3", r"\b1\.[35] ?(?:million|m)\b customers|affect 1\.5 million",
             label=r"customer", status="conflict"),
    Expected("number", r"2\.1 million", r"2\.1 million people", label=r"people|supplies|served|population"),
    Expected("number", r"^46\b", r"\b46 ?(?:%|per cent)", label=r"reservoir|full|level|Hollington"),
    Expected("number", r"^38\b", r"\b38 ?(?:%|per cent) of the long-term", label=r"rain"),
    Expected("number", r"1,000|1000", r"£1,000", label=r"fine"),
    Expected("number", r"40 ?(million|m)\b", r"£40 ?(?:million|m)\b", label=r"invest|leak|work|spend"),
    Expected("number", r"^94\b", r"\b94 (?:million litres|Ml/d)", label=r"leak"),
    Expected("claim", r"17 July|Friday|2026-07-17", r"17 July|from Friday|on Friday|starts on Friday|come into force on Friday"),
    Expected("claim", r"watering can|bucket", r"[Ww]atering cans (?:and buckets may|are still)"),
    Expected("claim", r"Blue Badge|exempt", r"Blue Badge holders (?:and|are exempt)"),
    Expected("quote", r"every litre we save now", r"every litre we save now"),
]

COISE_LIGHTNING = [
    # strike on Saturday 6 June 2026 at about 16:40; published 6 Jun (Sat) evening, 7 Jun x2, 9 Jun.
    Expected("date", r"^2026-06-06$", r"\bSaturday\b"),
    Expected("place", r"^Saint-Symphorien-sur-Coise$", r"Saint-Symphorien-sur-Coise"),
    Expected("place", r"^Bron$", r"\bBron\b"),
    Expected("place", r"^Pierre[- ]Dumas( stadium)?$", r"Pierre[- ]Dumas stadium"),
    Expected("organization", r"AS Coise( Monts du Lyonnais)?", r"AS Coise"),
    Expected("organization", r"^SDMIS$|fire and rescue", r"SDMIS"),
    Expected("organization", r"M(é|e)t(é|e)o-France", r"M(?:é|e)t(?:é|e)o-France"),
    Expected("organization", r"gendarmerie", r"gendarmerie"),
    Expected("organization", r"French Football Federation|FFF", r"French Football Federation"),
    Expected("person", r"^(É|E)lodie Rousset$", r"Rousset", label=r"spokes|fire|captain"),
    Expected("person", r"^Bernard Faure[- ]Lacroix$", r"Faure", label=r"president|club"),
    Expected("person", r"^Karim Benali$", r"Benali", label=r"father|parent|witness"),
    Expected("number", r"11.*14|14.*11", r"\b(?:11|14) people were (?:injured|hurt)|injuring 11 people",
             label=r"injur|hurt", status="conflict"),
    Expected("number", r"^(3|three)\b", r"three (?:of them )?seriously", label=r"serious"),
    Expected("number", r"^41\b", r"\b41-year-old|aged 41", label=r"coach|age"),
    Expected("number", r"^320\b", r"\b320 young players|\b320 players", label=r"player"),
    Expected("number", r"^24\b", r"\b24 (?:teams|clubs)", label=r"team|club"),
    Expected("number", r"1,500|1500", r"1,500 people", label=r"people|spectator|crowd"),
    Expected("number", r"^(more than )?60\b", r"More than 60 firefighters", label=r"firefighter"),
    Expected("claim", r"yellow", r"yellow (?:alert|thunderstorm warning|storm warning)"),
    Expected("claim", r"cardiac massage|CPR", r"cardiac massage|started CPR"),
    Expected("claim", r"cancel", r"(?:was|tournament) cancelled"),
    Expected("quote", r"probably saved a life", r"probably saved a life"),
]

AONACH_EAGACH_RESCUE = [
    # no published dates. Only the team's report writes "Saturday 14 February 2026"; the others say
    # "on Saturday" / "Saturday night", which cannot be resolved without it.
    Expected("date", r"^2026-02-14$", r"\bSaturday\b"),
    Expected("place", r"^Aonach Eagach", r"Aonach Eagach"),
    Expected("place", r"^Glen ?coe$", r"Glen ?[Cc]oe\b(?! Mountain| MRT| team)"),
    Expected("place", r"^Crazy Pinnacles$", r"Crazy Pinnacles"),
    Expected("place", r"^Am Bodach$", r"Am Bodach"),
    Expected("place", r"^Fort William$", r"Fort William"),
    Expected("organization", r"Glencoe (Mountain Rescue Team|MRT)", r"Glencoe (?:Mountain Rescue Team|MRT)|Glencoe team"),
    Expected("organization", r"(HM )?Coastguard", r"[Cc]oastguard"),
    Expected("organization", r"Police Scotland", r"Police Scotland"),
    Expected("organization", r"Lochaber Mountain Rescue Team", r"Lochaber Mountain Rescue Team"),
    Expected("organization", r"Scottish Mountain Rescue", r"Scottish Mountain Rescue"),
    Expected("organization", r"Belford Hospital", r"Belford Hospital"),
    Expected("person", r"^Calum Mac[Kk]innon$", r"Calum Mac[Kk]innon|\bMackinnon\b", label=r"team leader|leader"),
    Expected("person", r"^Alasdair Rennie$", r"Rennie", label=r"chair|Scottish Mountain Rescue"),
    Expected("person", r"^Fiona Stewart-MacRae$", r"Stewart-MacRae", label=r"councillor"),
    Expected("number", r"18.*24|24.*18|eighteen.*24|24.*eighteen",
             r"\b18 team members|\b18 members|[Ee]ighteen volunteers|\b24 volunteers",
             label=r"team member|volunteer|rescuer", status="conflict"),
    Expected("number", r"^(3|three)\b", r"three climbers|party of three|[Tt]hree climbers|Three climbers", label=r"climber"),
    Expected("number", r"24.*27.*31|24 to 31", r"aged 24(?:,| to)", label=r"age"),
    Expected("number", r"60 ?mph", r"60 ?mph", label=r"wind|gust"),
    Expected("number", r"(minus |-)8|minus eight", r"minus (?:8C|eight)", label=r"temperature"),
    Expected("number", r"^967\b", r"967 metres", label=r"height|metre|highest"),
    Expected("claim", r"hypothermia", r"hypothermia"),
    Expected("claim", r"lowered|rope", r"lowered (?:them )?(?:on|by|down)"),
    Expected("claim", r"head torch", r"one (?:head )?torch between"),
    Expected("quote", r"exactly the right thing by staying put", r"exactly the right thing by staying put"),
    Expected("quote", r"serious mountaineering route, not a walk", r"serious mountaineering route, not a walk"),
]

IRELAND_AMOXICILLIN = [
    # CPI survey published Thursday 22 October 2026; published 22 Oct x3, 23 Oct, 24 Oct
    # (trade press and local paper say "on Thursday").
    Expected("date", r"^2026-10-22$", r"on Thursday|published today"),
    Expected("place", r"^Ringaskiddy$", r"Ringaskiddy"),
    Expected("place", r"^(Co(unty)? )?Cork$", r"Co Cork"),
    Expected("place", r"^Castlebar$", r"Castlebar"),
    Expected("place", r"^Salthill$", r"Salthill"),
    Expected("organization", r"Community Pharmacists of Ireland|^CPI$", r"Community Pharmacists of Ireland"),
    Expected("organization", r"Health Products Regulatory Authority|^HPRA$", r"Health Products Regulatory Authority|HPRA"),
    Expected("organization", r"Veltrana( Pharma)?", r"Veltrana"),
    Expected("organization", r"^HSE$|Health Service Executive", r"\bHSE\b"),
    Expected("organization", r"Greenfield Pharma Distribution", r"Greenfield Pharma"),
    Expected("person", r"^Siobh(á|a)n N(í|i) Dhuibhir$", r"N(?:í|i) Dhuibhir", label=r"president|CPI"),
    Expected("person", r"^Conor Brennan-Walsh$", r"Brennan-Walsh", label=r"spokes|HPRA"),
    Expected("person", r"^Cathal (Ó|O) Murch(ú|u)$", r"Murch(?:ú|u)", label=r"pharmacist"),
    Expected("person", r"^Orla Keane$", r"Keane", label=r"pharmacist"),
    Expected("person", r"^Paul Kinsella$", r"Kinsella", label=r"managing director|wholesal|Greenfield"),
    Expected("number", r"64.*46|46.*64", r"\b(?:64|46) ?(?:%|per cent)", label=r"pharmac|stock|out", status="conflict"),
    Expected("number", r"^512\b", r"\b512\b", label=r"pharmac|respon|survey"),
    Expected("number", r"1,900|1900", r"1,900", label=r"pharmac"),
    Expected("number", r"\b40 ?(%|per ?cent)|^(about |roughly )?40\b", r"\b40 ?(?:%|per cent)", label=r"market|share|supplies"),
    Expected("number", r"6\.80", r"6\.80", label=r"price|cost|bottle"),
    Expected("claim", r"mid-December", r"mid-December"),
    Expected("claim", r"serious shortage protocol", r"serious shortage protocol"),
    Expected("claim", r"filling line|manufacturing delay", r"manufacturing delay"),
    Expected("quote", r"going from pharmacy to pharmacy with a sick child", r"pharmacy to pharmacy with a sick child"),
    Expected("quote", r"law does not allow us to give a different strength", r"law does not allow us to give a different strength",
             label=r"N(í|i) Dhuibhir"),
]

EVENTS = {
    "perija-harlequin-frog-rediscovered": PERIJA_FROG,
    "weald-downs-hosepipe-ban": WEALD_DOWNS_HOSEPIPE,
    "coise-lightning-youth-tournament": COISE_LIGHTNING,
    "aonach-eagach-ridge-rescue": AONACH_EAGACH_RESCUE,
    "ireland-amoxicillin-shortage": IRELAND_AMOXICILLIN,
}
