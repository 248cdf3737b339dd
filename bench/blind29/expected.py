"""Blind evaluation set 29: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

HARWOOD_LYLE = [
    # profit warning on Tuesday 13 January 2026; published 13 Jan x3, 14 Jan (Courier: "yesterday").
    # The RNS says only "today"; Shopfloor's body gives no day.
    Expected("date", r"^2026-01-13$", r"\bTuesday\b|\byesterday\b"),
    Expected("place", r"^Leeds$", r"\bLeeds\b"),
    Expected("organization", r"Harwood (&|and) Lyle", r"Harwood & Lyle"),
    Expected("organization", r"Calder Hume", r"Calder Hume"),
    Expected("organization", r"Usdaw", r"Usdaw"),
    Expected("person", r"^Fiona Kavanagh[- ]Reid$", r"Kavanagh[- ]Reid", label=r"chief executive|CEO|head|boss"),
    Expected("person", r"^Deepak Ragh?unathan$", r"Ragh?unathan", label=r"financ|CFO"),
    Expected("person", r"^Tomasz Wierzbicki$", r"Wierzbicki", label=r"analyst|Calder"),
    Expected("person", r"^Karen Oduya$", r"Oduya", label=r"union|Usdaw|officer"),
    Expected("number", r"4\.8.*8\.4|8\.4.*4\.8", r"(?:4\.8|8\.4)%",
             label=r"like[- ]for[- ]like|LFL|sales", status="conflict"),
    Expected("number", r"95.*105", r"£95 ?m(?:illion)?(?: to|-| and) £105", label=r"profit|guidance|outlook"),
    Expected("number", r"142", r"£142 ?m|about £142 million", label=r"consensus|forecast|expect|analyst"),
    Expected("number", r"^(29|twenty-nine)\b", r"\b29(?:%| per cent)", label=r"share|stock|fell|fall"),
    Expected("number", r"2\.9", r"2\.9%", label=r"total sales|sales"),
    Expected("number", r"^(14|fourteen)\b", r"\b(?:14|fourteen) (?:underperforming )?(?:stores|shops)",
             label=r"stor|shop|clos"),
    Expected("number", r"^187\b", r"\b187\b", label=r"stor|shop|estate"),
    Expected("number", r"212", r"212 pence", label=r"share|price|close"),
    Expected("number", r"210", r"£210m", label=r"debt"),
    Expected("number", r"350", r"around 350 staff", label=r"staff|job|employ"),
    Expected("claim", r"dividend", r"interim dividend"),
    Expected("claim", r"lender|bank|credit facility", r"(?:talks|discussions) with (?:its |their )?(?:lend|bank)|talks with its banks|talks with lenders"),
    Expected("quote", r"putting off the sofa", r"putting off the sofa"),
]

IRELAND_WAITING_LISTS = [
    # figures published Thursday 12 March 2026 (census date 26 February 2026 is not the event date);
    # published 12 Mar x3, 13 Mar (Leader: "published yesterday").
    Expected("date", r"^2026-03-12$", r"\bThursday\b|published yesterday"),
    Expected("place", r"^Limerick$", r"\bLimerick\b"),
    Expected("organization", r"National Treatment Purchase Fund|^NTPF$", r"National Treatment Purchase Fund|\bNTPF\b"),
    Expected("organization", r"^HSE$|Health Service Executive", r"\bHSE\b"),
    Expected("organization", r"University Hospital Limerick|^UHL$", r"University Hospital Limerick|\bUHL\b"),
    Expected("organization", r"Children's Health Ireland", r"Children's Health Ireland"),
    Expected("organization", r"Patients First Ireland", r"Patients First Ireland"),
    Expected("person", r"^Gr(á|a)inne Nic Aodha$", r"Nic Aodha", label=r"chief executive|CEO|head|NTPF"),
    Expected("person", r"^(Dr )?(É|E)amonn (Ó|O) Ceallaigh$", r"(?:É|E)amonn (?:Ó|O) Ceallaigh",
             label=r"director|acute|HSE"),
    Expected("person", r"^Bernadette Furlong$", r"Furlong", label=r"patient|wait"),
    Expected("person", r"^Aoife Brennan-Quigley$", r"Brennan-Quigley, policy officer", label=r"policy|Patients First|officer"),
    Expected("number", r"612,?457.*621,?457|621,?457.*612,?457", r"612,457|621,457",
             label=r"waiting|total|people|list", status="conflict"),
    Expected("number", r"478,?120", r"478,120", label=r"outpatient"),
    Expected("number", r"96,?310", r"96,310", label=r"inpatient|day case"),
    Expected("number", r"38,?027", r"38,027", label=r"scope|endoscop|GI"),
    Expected("number", r"41,?230|41,000", r"41,230|More than 41,000", label=r"18 months|long|year and a half"),
    Expected("number", r"98,?400|100,000", r"98,400|Nearly 100,000 children", label=r"child"),
    Expected("number", r"420", r"€420 ?m", label=r"action plan|budget|fund"),
    Expected("number", r"31,?600", r"31,600", label=r"Limerick|UHL|hospital"),
    Expected("number", r"^(27|twenty-seven)\b", r"27 months", label=r"hip|wait|month"),
    Expected("claim", r"orthopaedic", r"Orthopaedics remains"),
    Expected("claim", r"Limerick.*longest|longest.*Limerick",
             r"(?:University Hospital Limerick|UHL).*longest|longest waiting list of any hospital"),
    Expected("quote", r"every number on this list is a person waiting in pain", r"[Ee]very number on this list is a person waiting in pain or in worry"),
]

KLIA_TORTOISES = [
    # seizure on Saturday 14 June 2025 about 23:40; published 15 Jun x2, 16 Jun x2.
    Expected("date", r"^2025-06-14$", r"\bSaturday\b|14 June 2025"),
    Expected("place", r"Kuala Lumpur International Airport|^KLIA", r"Kuala Lumpur International Airport|KLIA|Kuala Lumpur airport"),
    Expected("place", r"^Antananarivo$", r"Antananarivo"),
    Expected("place", r"^Addis Ababa$", r"Addis Ababa"),
    Expected("place", r"^Madagascar$", r"\bMadagascar\b"),
    Expected("organization", r"Royal Malaysian Customs|Kastam", r"Royal Malaysian Customs Department"),
    Expected("organization", r"PERHILITAN|Department of Wildlife and National Parks", r"PERHILITAN"),
    Expected("organization", r"WildWatch Asia", r"WildWatch Asia"),
    Expected("organization", r"^CITES$|Convention on International Trade in Endangered Species", r"\bCITES\b"),
    Expected("person", r"^(Dato'? |Datuk )?Azman (bin )?Hashim$", r"Azman (?:bin )?Hashim", label=r"customs|director"),
    Expected("person", r"^Nguy(ễ|e)n Th(ị|i) Thu H(à|a)$", r"Thu H(?:à|a)\b", label=r"analyst|WildWatch"),
    Expected("person", r"^Hery Rakotondrab(é|e)$", r"Rakotondrab", label=r"conservation|official|environment"),
    Expected("number", r"(2|two).*(3|three)|(3|three).*(2|two)",
             r"\b(?:two|Both) (?:male passengers|men|passengers|suspects)\b|\bThree Malagasy men\b",
             label=r"suspect|arrest|detain|men|passenger", status="conflict"),
    Expected("number", r"^760\b", r"\b760\b", label=r"tortois|animal|seiz"),
    Expected("number", r"^742\b", r"\b742\b", label=r"radiated|sokake"),
    Expected("number", r"^(18|eighteen)\b", r"\b18 (?:ploughshare|critically|of the world|angonoka)|Eighteen ploughshares",
             label=r"ploughshare|angonoka"),
    Expected("number", r"^(47|forty-seven)\b", r"\b(?:47|Forty-seven)\b", label=r"dead|died"),
    Expected("number", r"2\.3", r"2\.3 ?(?:million|mil)", label=r"value|worth|RM|ringgit"),
    Expected("number", r"^(5|five)\b", r"\bfive suitcases\b", label=r"suitcase|bag|luggage"),
    Expected("claim", r"Appendix I|CITES", r"Appendix I\b"),
    Expected("claim", r"International Trade in Endangered Species Act", r"International Trade in Endangered Species Act"),
    Expected("claim", r"return|repatriat", r"request the return"),
    Expected("quote", r"largest seizure of live tortoises at KLIA this year", r"largest seizure of live tortoises"),
    Expected("quote", r"transit point for the illegal wildlife trade", r"transit point for the illegal wildlife trade"),
]

LUMORA_LAYOFFS = [
    # announced Tuesday 22 September 2026; all four pages published 22 Sep.
    Expected("date", r"^2026-09-22$", r"\bTuesday\b|22 September 2026"),
    Expected("place", r"^Berlin$", r"\bBerlin\b"),
    Expected("place", r"^Wroc(ł|l)aw$", r"Wroc(?:ł|l)aw"),
    Expected("organization", r"Lumora", r"Lumora"),
    Expected("organization", r"Brandt (&|and) Oyelaran", r"Brandt & Oyelaran"),
    Expected("organization", r"works council", r"works council"),
    Expected("person", r"^Jana W(ö|oe|o)hrmann$", r"W(?:ö|oe|o)hrmann", label=r"chief executive|CEO|founder|head"),
    Expected("person", r"^Mehmet Y(ı|i)ld(ı|i)r(ı|i)m$", r"Y(?:ı|i)ld(?:ı|i)r(?:ı|i)m", label=r"works council|chair"),
    Expected("person", r"^Priya Venkataraman$", r"Venkataraman", label=r"analyst|Brandt"),
    Expected("person", r"^Katarzyna (Ż|Z)urek$", r"(?:Ż|Z)urek", label=r"director|Wroc|centre"),
    Expected("number", r"1,?150.*1,?500|1,?500.*1,?150", r"1,150|1,500",
             label=r"job|role|cut|layoff|position", status="conflict"),
    Expected("number", r"8,?200", r"8,200", label=r"employ|workforce|staff|people"),
    Expected("number", r"^14\b", r"\b14(?:%| per cent)", label=r"workforce|share|per ?cent|%"),
    Expected("number", r"^(about |around )?320\b", r"\b320\b", label=r"Berlin"),
    Expected("number", r"^(about |around )?410\b", r"\b410\b", label=r"Wroc"),
    Expected("number", r"85", r"(?:€85 million|85 million euros)", label=r"restructuring|charge"),
    Expected("number", r"130", r"(?:€130 million|130 million euros)", label=r"saving"),
    Expected("number", r"6\.2", r"6\.2%", label=r"share|stock"),
    Expected("number", r"1\.31.*1\.35", r"1\.31 billion to (?:€)?1\.35 billion", label=r"revenue|outlook|forecast"),
    Expected("claim", r"hiring freeze", r"[Hh]iring freeze"),
    Expected("claim", r"payroll|AI|artificial intelligence",
             r"(?:focus|concentrate investment|shifts investment|shift investment) (?:on|towards) (?:Lumora's |its )?automated payroll"),
    Expected("claim", r"first quarter of 2027|Q1 2027", r"first quarter of 2027"),
    Expected("quote", r"hardest decision I have had to make since we founded Lumora",
             r"hardest decision"),
]

SOFIA_METRO = [
    # opened Saturday 25 April 2026; NO published dates. Only the operator's release and the trade
    # press write the full date; "on Saturday" in the other two cannot be resolved.
    Expected("date", r"^2026-04-25$", r"25 April 2026"),
    Expected("place", r"^Sofia$", r"\bSofia\b"),
    Expected("place", r"^Lozene(ts|z)$", r"Lozene(?:ts|z)"),
    Expected("place", r"^Slatina$", r"Slatina"),
    Expected("organization", r"Metropoliten", r"Metropoliten"),
    Expected("organization", r"Kessler Rail", r"Kessler Rail"),
    Expected("organization", r"Rila-Dunav", r"Rila-Dunav"),
    Expected("organization", r"European Union|Cohesion Fund|^EU$", r"Cohesion Fund|European Union contributed"),
    Expected("person", r"^(Tsvetelina Georgieva|Zwetelina Georgiewa|Cvetelina Georgieva)$", r"Georgiev[a]|Georgiewa",
             label=r"director|head|Metropoliten"),
    Expected("person", r"^(Hristo Zhelyazkov|Christo Scheljaskow|Khristo Zhelyazkov)$", r"Zhelyazkov|Scheljaskow",
             label=r"deputy mayor|transport"),
    Expected("person", r"^Desislava (Ivanova|Iwanowa)$", r"Iwanowa|Ivanova", label=r"pensioner|passenger|resident"),
    Expected("number", r"(12|twelve).*(13|thirteen)|(13|thirteen).*(12|twelve)",
             r"\b(?:12|13|twelve) stations\b", label=r"station", status="conflict"),
    Expected("number", r"14\.2", r"14\.2", label=r"length|long|km|kilomet"),
    Expected("number", r"562", r"562 million", label=r"cost|price"),
    Expected("number", r"310", r"€310 million", label=r"EU|Cohesion|co-?financ|grant"),
    Expected("number", r"^(15|fifteen)\b", r"\b15 (?:new )?three-car trains", label=r"train"),
    Expected("number", r"120,?000", r"120,000", label=r"passenger|daily|day"),
    Expected("number", r"^(4|four)\b", r"every 4 minutes|headway of four minutes", label=r"peak|frequen|headway|minute"),
    Expected("number", r"^22\b", r"22 minutes", label=r"journey|travel|minute"),
    Expected("number", r"^(3|three)\b", r"three (?:of which are )?interchanges", label=r"interchange"),
    Expected("claim", r"free", r"free (?:of charge|travel)|because travel was free"),
    Expected("claim", r"bus", r"reorganise bus routes|bus routes in the districts would be adjusted|bus network will be reorganised"),
    Expected("quote", r"almost five years", r"almost five years[,\"]"),
    Expected("quote", r"waited so long for this", r"waited so long for this"),
]

EVENTS = {
    "harwood-lyle-profit-warning": HARWOOD_LYLE,
    "ireland-waiting-lists": IRELAND_WAITING_LISTS,
    "klia-tortoise-seizure": KLIA_TORTOISES,
    "lumora-software-layoffs": LUMORA_LAYOFFS,
    "sofia-metro-line-4": SOFIA_METRO,
}
