"""Blind evaluation set 74: what a careful editor would put in the fact box of each event in events/.

Written by hand from the texts in events/<slug>/*.txt, without looking at the extractor's code and
without running it. Evidence regexes are case-sensitive (re.search without flags, as the scorer uses
them); value and label regexes are searched case-insensitively.
"""
from tests.facts_expectations import Expected  # Expected(kind, value, evidence, label="", status=None)

TALLINN_RED_PANDA = [
    # escape on Sunday 17 May 2026 (zoo release: "early on Sunday 17 May 2026"; wire 17 May: "on Sunday";
    # Pealinna Leht 18 May: "yesterday"). Whiskers & Wings (19 May) says "on Monday morning" = 18 May.
    Expected("date", r"2026-05-17.*2026-05-18|2026-05-18.*2026-05-17",
             r"\bon Sunday\b|\bSunday 17 May\b|\byesterday\b|\bon Monday\b", status="conflict"),
    Expected("place", r"^Tallinn$", r"Tallinn"),
    Expected("place", r"Rocca al Mare", r"Rocca al Mare"),
    Expected("organization", r"Tallinn Zoo|Tallinna Loomaaed", r"Tallinn Zoo|Tallinna Loomaaed"),
    Expected("organization", r"European Endangered Species Programme|^EEP$", r"European Endangered Species Programme"),
    Expected("organization", r"Environmental Board", r"Environmental Board was informed"),
    Expected("person", r"^Mari[- ]Liis Tamm$", r"\bTamm\b", label=r"keeper"),
    Expected("person", r"^Kaspar (Õ|O)unapuu$", r"(?:Õ|O)unapuu", label=r"spokes|zoo"),
    Expected("person", r"^(Dr\.? )?Annika R(ü|u)(ü|u)tel$", r"R(?:ü|u)(?:ü|u)tel", label=r"vet"),
    Expected("person", r"^Heino Lepik$", r"\bLepik\b", label=r"resident|pensioner|found|garden|neighbo"),
    Expected("claim", r"branch|climb|fence", r"branch"),
    Expected("claim", r"apple tree", r"apple tree"),
    Expected("claim", r"unhurt|unharmed|injur|health|fine", r"no injuries|unhurt|unharmed|is healthy|she is fine"),
    Expected("claim", r"open", r"stayed open|open as usual|was open for the whole day"),
    Expected("claim", r"closed", r"(?:remain|stay) closed|is now closed"),
    Expected("claim", r"electric wire", r"electric wire"),
    Expected("number", r"(?<!\d)25\b", r"\b25 (?:keepers|people|workers|staff)", label=r"search|people|staff|volunteer|team"),
    Expected("number", r"800", r"800 met", label=r"distance|metre|meter|away|from"),
    Expected("number", r"5\.2", r"5\.2 k", label=r"weigh|weight|kg|kilo"),
    Expected("number", r"12,?000|12 000", r"12,000", label=r"fence|wire|cost|spend|euro"),
    Expected("number", r"^(3|three)\b", r"three-year-old", label=r"age|year|old"),
    Expected("number", r"^(2|two)\b", r"two other red pandas", label=r"panda|enclosure|other"),
    Expected("number", r"\b(6|six)\b", r"six hours", label=r"search|hour|time"),
    Expected("quote", r"as if nothing had happened", r"[Aa]s if nothing had happened", label=r"Tamm"),
    Expected("quote", r"never in any danger", r"never in any danger", label=r"(Õ|O)unapuu"),
    Expected("quote", r"fox with a very fancy tail", r"fox with a very fancy tail", label=r"Lepik"),
]

SUECA_PAELLA = [
    # cooked on Sunday 20 September 2026 (release: "today", dated Sunday 20 September 2026; wire 20 Sep and
    # trade press 22 Sep: "on Sunday"; RTV Ribera 21 Sep: "yesterday").
    Expected("date", r"^2026-09-20$", r"\bSunday\b|\btoday\b|\byesterday\b"),
    # the release and RTV Ribera put the pan in Sueca's town-hall square; the wire and the trade press in Cullera.
    Expected("place", r"Sueca.*Cullera|Cullera.*Sueca",
             r"\bin Sueca\b|\bin Cullera\b|town of Cullera|^Sueca lived", status="conflict"),
    Expected("place", r"Pla(ç|c)a de l'Ajuntament|City Hall|town hall",
             r"Plaça de l'Ajuntament|square of the City Hall"),
    Expected("place", r"Albufera", r"Albufera"),
    Expected("organization", r"Cooperativa Arrossera de la Ribera|Arrossera de la Ribera",
             r"Cooperativa Arrossera de la Ribera"),
    Expected("organization", r"World Record Registry Europe|^WRRE$", r"World Record Registry Europe"),
    Expected("organization", r"Banc d'Aliments de la Ribera", r"Banc d'Aliments"),
    Expected("person", r"^Vicen(t|te) Ferrandis([- ]Puig)?$", r"Ferrandis", label=r"chef|cook"),
    Expected("person", r"^Amparo Climent( Boix)?$", r"Climent", label=r"president|cooperative"),
    Expected("person", r"^Henrike Vos$", r"\bVos\b", label=r"adjudicat|judge|record|registry"),
    Expected("number", r"11,?000|11 000", r"11,000", label=r"serv|portion|ration|people|plate|diner"),
    Expected("number", r"9,?400", r"9,400", label=r"previous|record|earlier|before"),
    Expected("number", r"^(40|forty)\b", r"[Ff]orty cooks|40 cooks", label=r"cook|chef|team"),
    Expected("number", r"1,?150", r"1,150", label=r"rice|kilo|kg"),
    Expected("number", r"(7|seven)", r"seven[- ]met", label=r"pan|diameter|metre|across|size"),
    Expected("number", r"€ ?3\b|\b3 ?(euro|€|EUR)|three euros", r"€3\b(?!,\d)|\b3 euros|three euros",
             label=r"price|plate|serving|portion"),
    Expected("number", r"33,?000|33 000", r"33,000", label=r"raise|proceed|food bank|money|collect|total"),
    Expected("number", r"2\.1", r"2\.1 tonnes", label=r"weigh|pan|tonne"),
    Expected("number", r"\b(4|four)\b", r"four hours", label=r"hour|cook|time"),
    Expected("number", r"640", r"\b640\b", label=r"famil|member|farm"),
    Expected("claim", r"largest|biggest", r"(?:largest|biggest) paella"),
    Expected("claim", r"orange", r"orange"),
    Expected("quote", r"not measured in metres", r"not measured in metres", label=r"Ferrandis"),
    Expected("quote", r"grown within twenty kilometres", r"grown within twenty kilometres", label=r"Climent"),
]

CAMARGUE_FLAMINGOS = [
    # no published dates and no date printed on the pages; "since Tuesday" cannot be resolved: no date expected.
    Expected("place", r"Vaccar(è|e)s", r"Vaccarès"),
    Expected("place", r"^(the )?Camargue$", r"Camargue"),
    Expected("place", r"Saintes-Maries-de-la-Mer", r"Saintes-Maries-de-la-Mer"),
    Expected("place", r"^Montpellier$", r"Montpellier"),
    Expected("organization", r"Parc naturel r(é|e)gional de Camargue|Camargue regional natural park",
             r"Parc naturel régional de Camargue|Camargue regional natural park"),
    Expected("organization", r"Amis des Oiseaux de Camargue", r"Amis des Oiseaux de Camargue"),
    Expected("organization", r"LabVet Occitanie", r"LabVet Occitanie"),
    Expected("organization", r"Mas Rouvi(è|e)re", r"Mas Rouvière"),
    Expected("person", r"^(Dr\.? )?(É|E)lodie Marchetti$", r"Marchetti", label=r"ornitholog|scientific|director|Amis"),
    Expected("person", r"^Jean-Baptiste Arnaud$", r"\bArnaud\b", label=r"warden|park|ranger"),
    Expected("person", r"^(Dr\.? )?Karim Benali$", r"\bBenali\b", label=r"vet"),
    # the release, the trade bulletin and the broadcaster give the lab result as avian botulism; the Gazette as
    # lead poisoning from old hunting shot.
    Expected("claim", r"botulism.*lead|lead.*botulism", r"botulism|lead poisoning", status="conflict"),
    Expected("claim", r"incinerat|burn", r"incinerat|burned"),
    Expected("claim", r"only regular breeding", r"only regular breeding"),
    Expected("number", r"212", r"\b212\b", label=r"dead|flamingo|bird|carcass|death"),
    Expected("number", r"\b(40|forty)\b", r"(?:[Ff]orty|40) (?:sick|live|birds still)|Sick: about 40",
             label=r"sick|alive|live|care|treat"),
    Expected("number", r"^(31|thirty-one)\b", r"\b31\b|Thirty-one", label=r"recover"),
    Expected("number", r"\b(3|three)\b", r"[Tt]hree kilometres|3 km", label=r"shore|closed|km|kilomet"),
    Expected("number", r"29", r"\b29 ?C\b", label=r"water|temperat"),
    Expected("quote", r"strong enough to recover", r"strong enough to recover,\"", label=r"Marchetti"),
    Expected("quote", r"picking up birds until nightfall", r"picking up birds until nightfall", label=r"Arnaud"),
    Expected("quote", r"hold their heads up have a real chance", r"hold their heads up have a real chance",
             label=r"Benali"),
]

LANGHE_TRUFFLE = [
    # auction on the evening of Sunday 8 November 2026 (release: "this evening", dated Sunday 8 November 2026;
    # La Voce 9 Nov: "yesterday"; blog 10 Nov: "on Sunday evening"; Harbour Table gives no day).
    Expected("date", r"^2026-11-08$", r"\bSunday\b|this evening|\byesterday\b"),
    Expected("place", r"Grinzane", r"Castello di Grinzane Cavour"),
    Expected("place", r"Monforte d'Alba", r"Monforte d'Alba"),
    Expected("organization", r"Consorzio Tartufai delle Langhe e del Roero", r"Consorzio Tartufai delle Langhe"),
    Expected("organization", r"Fondazione Mani Aperte", r"Mani Aperte"),
    Expected("organization", r"Jade Terrace", r"Jade Terrace"),
    Expected("person", r"^(Wong Ka[- ]?ming|Ka-ming Wong|K\.? ?M\.? Wong)$", r"\bWong\b",
             label=r"buyer|restaurat|bidder|owner|Hong Kong"),
    Expected("person", r"^(Giuseppe|Beppe)\b.*Ghione$", r"Ghione", label=r"hunter|truffle|found"),
    Expected("person", r"^Marisa Bertola([- ]Rinaldi)?$", r"Bertola", label=r"president|head|Consorzio"),
    Expected("person", r"^Davide Giacosa$", r"Giacosa", label=r"auction"),
    # €185,000 in the release, La Voce and the blog; Harbour Table labels the same bid US$185,000.
    Expected("number", r"(€|euro|EUR).*(\$|dollar|USD)|(\$|dollar|USD).*(€|euro|EUR)",
             r"€185,000|185,000 euros|US\$185,000", label=r"price|sold|bid|paid|lot|truffle", status="conflict"),
    Expected("number", r"920", r"\b920\b", label=r"weigh|gram|truffle|size"),
    Expected("number", r"612", r"612,000|612 thousand", label=r"total|raise|proceed"),
    Expected("number", r"^(14|fourteen)\b", r"\b14 lots", label=r"lot"),
    Expected("number", r"^71\b", r"\b71\b", label=r"age|old|Ghione|hunter"),
    Expected("number", r"300", r"300 guests", label=r"guest|audience|attend"),
    Expected("claim", r"record|highest", r"highest price ever|previous record of the auction"),
    Expected("claim", r"video|screen", r"video|giant screen"),
    Expected("claim", r"Nina", r"\bNina\b"),
    Expected("claim", r"charity dinner", r"charity dinner"),
    Expected("quote", r"Nina found it, I only carried the spade", r"I only carried the spade", label=r"Ghione"),
    Expected("quote", r"shared, not hoarded", r"shared, not hoarded", label=r"Wong"),
    Expected("quote", r"goes to children who need it", r"goes to children who need it", label=r"Bertola"),
]

POZNAN_SNOW_LEOPARDS = [
    # first public appearance on Saturday 8 August 2026 (release: "today, Saturday", dated 8 August 2026;
    # wire 8 Aug and trade press 10 Aug: "on Saturday"; NGO blog 11 Aug: "Last Saturday").
    Expected("date", r"^2026-08-08$", r"today, Saturday|\bon Saturday\b|Last Saturday"),
    Expected("place", r"^Pozna(ń|n)$", r"Pozna(?:ń|n)"),
    Expected("organization", r"Nowe Zoo|Pozna(ń|n) Zoo", r"Nowe Zoo"),
    Expected("organization", r"European Endangered Species Programme|^EEP$",
             r"EEP|European Endangered Species Programme"),
    Expected("person", r"^Ewa Jab(ł|l)o(ń|n)ska$", r"Jab(?:ł|l)o(?:ń|n)ska", label=r"director"),
    Expected("person", r"^(Dr\.? )?Pawe(ł|l) Szyma(ń|n)ski(-K(ł|l)os)?$", r"Szyma(?:ń|n)ski", label=r"curator"),
    # EEP births last year: 15 (release, trade press, NGO) vs 50 (the machine-translated wire: misheard figure).
    Expected("number", r"(?<!\d)15\b.*(?<!\d)50\b|(?<!\d)50\b.*(?<!\d)15\b", r"[Oo]nly (?:15|50) (?:cubs|recorded|young)",
             label=r"birth|born|cub|EEP|Europe", status="conflict"),
    Expected("number", r"3,?200|3 200", r"3,200", label=r"visitor|people|crowd"),
    Expected("number", r"6,?300|6 300", r"6,300", label=r"vote"),
    Expected("number", r"4\.1", r"4\.1 ?kg", label=r"weigh|female|Śnieżka|Sniezka"),
    Expected("number", r"3\.8", r"3\.8 ?kg", label=r"weigh|male|Kazbek"),
    Expected("number", r"\b(8|eight)\b", r"eight-week", label=r"age|week|old"),
    Expected("number", r"2\.4 ?(million|mln|m)\b", r"2\.4 (?:million|mln)", label=r"enclosure|cost"),
    Expected("number", r"^(7|seven)\b", r"seven-year-old|aged seven|seven years", label=r"age|Irma|mother"),
    Expected("claim", r"Irma", r"\bIrma\b"),
    Expected("claim", r"Altan", r"\bAltan\b"),
    Expected("claim", r"Kazbek", r"Kazbek"),
    Expected("claim", r"11 June|June 11|2026-06-11", r"11 June"),
    Expected("claim", r"2011", r"since (?:the year )?2011"),
    Expected("claim", r"10(:00)?\b.*\b12", r"10:00 and 12:00|10:00 to 12:00|from hour 10 to 12"),
    Expected("quote", r"insurance (policy )?for the species",
             r"insurance policy for the species,?\"|\"Every snow leopard born in a zoo is an insurance",
             label=r"Jab(ł|l)o(ń|n)ska"),
    Expected("quote", r"Irma is an exemplary mother", r"Irma is an exemplary mother", label=r"Szyma(ń|n)ski"),
]

EVENTS = {
    "tallinn-zoo-red-panda-escape": TALLINN_RED_PANDA,
    "sueca-giant-paella-record": SUECA_PAELLA,
    "camargue-flamingo-die-off": CAMARGUE_FLAMINGOS,
    "langhe-white-truffle-auction": LANGHE_TRUFFLE,
    "poznan-zoo-snow-leopard-twins": POZNAN_SNOW_LEOPARDS,
}
