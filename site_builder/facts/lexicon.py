"""Small word lists the extractors lean on instead of a statistical model.

Kept short on purpose: each list names a closed class of words (weekdays,
titles, the head words of organisation and venue names, countries and their
adjectives, common given names) whose members decide how a phrase is filed.
"""
from __future__ import annotations

from collections.abc import Iterable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def longest_first(words: Iterable[str]) -> list[str]:
    """Words in the order a pattern's alternatives try them: longest first (a word before its own beginning), then
    alphabetical, one order in every process (a set's own order follows each process's string hashes, and the
    patterns are kept compiled between processes by their text: compiled_patterns)."""
    return sorted(words, key=lambda word: (-len(word), word))


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}

# Words written with a capital at the start of a sentence that never begin a name.
FUNCTION_WORDS = _words(
    """a an the and or but nor so yet for of in on at to by from with without into onto upon over under about
    above below after before during while when whenever where wherever since until till as than that this these
    those there here it its it's he she they we i you his her their our my your him them us me who whom whose
    which what why how if unless although though because whether also meanwhile however moreover furthermore
    instead still then thus now today yesterday tomorrow tonight earlier later last next according aside despite
    amid amidst among between both each every all any some many most much more few several such other another
    no not none one two three four five six seven eight nine ten first second third new old only just even
    mr mrs ms dr do does did is are was were be been being has have had will would can could should may might
    must shall let please yes oh thank thanks"""
)

# Titles and roles: words that, in front of or after a name, say what the person is.
ROLE_WORDS = _words(
    """prefect investigator curator magistrate coroner warden ombudsman registrar dean rector provost detective skipper
    president vice-president undersecretary under-secretary president-elect prime premier minister secretary secretary-general general
    chancellor spokesman spokeswoman spokesperson chief head director chairman chairwoman chair ceo cfo coo
    founder owner governor mayor senator congressman congresswoman representative rep. sen. gov. lawmaker
    legislator mp speaker ambassador envoy consul diplomat commander gen. col. lt. sgt. capt. captain colonel lieutenant
    sergeant admiral marshal officer official coach manager striker midfielder defender goalkeeper forward
    winger substitute player champion king queen prince princess emperor pope sheikh emir sultan judge justice prosecutor
    alhaji alhaja mallam comrade maître hon hon.
    attorney lawyer leader analyst professor prof. dr. mr. mrs. ms. sir dame lord lady deputy acting former
    prof ing. eng. dipl.-ing. dr.-ing. univ.-prof. mag. mgr. bc. ir. drs. dott. lic. arq. dra. doc. phdr. mudr. judr. rndr.
    mvdr. paeddr.
    interim foreign defence defense interior finance health economy trade justice culture education
    executive seismologist scientist researcher economist correspondent reporter editor photographer
    superintendent sheriff inspector constable commissioner administrator adviser advisor aide delegate
    councillor councilor cllr cllr.
    bishop archbishop cardinal imam rabbi reverend rev. pastor priest cleric chaplain vicar deacon abbot abbess prioress monk nun
    principal vice-principal headmaster headmistress
    firefighter paramedic surgeon doctor nurse teacher student witness survivor resident patient passenger victim"""
)

# Lower-case nouns for what a person is that neither a title nor an agent noun's ending says ('-er', '-ist'):
# "said guard X", "Our rider X", "The player's agent, X,", "loss-prevention consultant X".
AGENT_NOUNS = _words(
    """rider guard agent consultant expert pilot tenant neighbour neighbor cashier chef cook clerk guide actor
    donor juror tutor diver baker hiker skier medic mechanic midwife veteran migrant refugee hostage
    groom bride guest friend mate colleague wife husband widow widower fiancé fiancée girlfriend boyfriend
    son daughter mother father brother sister uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter
    fan spectator onlooker bystander motorist customer shopper visitor pupil student parent lifeguard"""
)
# What a vessel's name follows ("the tanker Nordic Wave", "the bulk carrier Aegean Harvest", "the ferry Stella"): a ship,
# neither a body nor a person. 'carrier' only after what it carries ('the low-cost carrier Ryanair' is an airline).
VESSEL_WORDS = _words(
    """ship vessel tanker freighter trawler ferry yacht superyacht boat liner containership barge tug tugboat dredger
    warship frigate corvette destroyer submarine schooner catamaran trimaran dinghy lifeboat icebreaker"""
)
CARRIED = _words("bulk container car vehicle ore lng lpg gas oil chemical cargo livestock aircraft")
# Last words of a news outlet's name that are an organisation's head word too ("the Surselva Post", "Harbour News").
NEWSPAPER_WORDS = _words("news press times post journal herald gazette tribune")
# Last words of a news outlet's name ("the Surselva Post", "Dales TV", "the Herald"): told the news, it reports it.
PRESS_WORDS = NEWSPAPER_WORDS | _words(
    """tv radio telegraph chronicle courier express mail mirror observer examiner echo standard independent record
    daily weekly blatt zeitung tagespost dagbladet avisen"""
)

# Head words of organisation names ("Defense Ministry", "World Health Organization"), and the trade words a firm's
# name is built on ("Harbourside Books", "Northgate Regeneration", "Lindqvist Studios"): no person's name holds one.
ORGANIZATION_WORDS = _words(
    """organization organisation ministry ministries council committee commission agency agencies office
    department administration authority authorities bureau board party union alliance coalition federation
    confederation association league club fc cf afc united bank fund junta company corporation corp. corp
    inc. inc ltd. ltd plc llc group holdings institute institution foundation university college school
    academy court tribunal parliament senate congress assembly chamber cabinet government army navy forces force
    guard police service services staff command survey center centre network agency reuters kremlin pentagon
    secretariat observatory programme program
    society trust cross crescent brigade battalion regiment corps directorate inspectorate coordination rovers rangers wanderers athletic
    albion hotspur sporting dynamo olympique energy power motors airlines airways systems technologies
    pharmaceuticals pharma capital partners industries telecom media insurance solutions labs software
    foods oil gas petroleum mining steel railways railway rail ferrovie logistics electric utilities networks
    laboratories laboratory lines shipping s.a. ag gmbh
    books publishing publishers regeneration developments properties estates construction engineering ingénierie
    consulting consultants architects studios productions records entertainment ventures investments"""
) | NEWSPAPER_WORDS

# What an institution's name is built on ("Nordland Hospital", "Hôpital Nord", "the San Martino hospital", "the
# Museum Van Hecke"): a body named for its building, which treats the people in the news or keeps what was taken.
INSTITUTION_WORDS = _words("hospital hôpital ospedale clinic infirmary museum gallery library")
# Last words of a venue's name ("St Michael's Square", "Lusail Stadium"), and first words ("Plaza San Miguel").
# The words a body's full name is built on ('... Commission', 'Club ...', 'University of ...'): a phrase with one
# names a body even when a single source names it (not 'energy', 'news', 'times', which also name other things).
BODY_HEAD_WORDS = _words(
    """organization organisation ministry council committee commission agency office department administration
    authority bureau board party coalition federation confederation association league club fund junta
    company corporation corp inc ltd plc llc group holdings institute institution foundation university college
    academy court tribunal parliament senate congress assembly chamber army navy police service services centre center network
    networks directorate inspectorate coordination secretariat observatory society airlines airways railways laboratory laboratories s.a. ag
    gmbh"""
) | INSTITUTION_WORDS
# Where a body sits or news is told, besides a body's head words: "a hospital in Porto", "its headquarters in
# Antananarivo", "a press conference in Porto" say where the teller is, not where the event happened.
SEAT_WORDS = _words(
    """hospital hospitals clinic headquarters offices embassy consulate museum school prison conference briefing
    studio studios café cafe restaurant shop store bakery hotel"""
)
# A building a body is named for, where news can happen ("the Rijnhuis Museum", "Lotus Chemical Plant"); not a
# university or a centre, more often named as where someone works than as where something happened.
BUILDING_WORDS = _words(
    """museum gallery hospital clinic stadium arena spaceport cosmodrome plant factory refinery mine airport station
    terminal prison school library theatre theater hotel cathedral church mosque temple"""
)
# Who comments on the news from outside it ("an analyst at Greystones Research", "a professor at the University
# of Porto"): their employer is said as who they are, and is no body in the news.
COMMENTATOR_WORDS = _words(
    """analyst analysts economist economists professor professors researcher researchers lecturer scientist scientists
    expert experts specialist academic fellow strategist consultant historian"""
)
# Legal forms of companies, as written after the name (case-sensitive, without a final period): "Svenska Fönster
# AB", "Novaterm GmbH & Co. KG", "Maple Ridge Capital, LLC", "Grupo Aldama SA de CV", "Wong Brothers (Holdings) Bhd".
COMPANY_FORMS = frozenset(
    """AB AG ASA A/S A.Ş A.S BV B.V Bhd Berhad Corp CV GmbH Inc JSC KG KGaA KK LLC LLP Ltd Lda NV N.V Oy Oyj PJSC PLC plc
    Pty Pvt SA S.A S.A. SAS S.A.S SARL S.L S.L. SpA S.p.A S.p.A. SRL Srl Sdn Tbk""".split()
)
# A legislature said alone is the country's own ("Congress passed the bill", "the Senate voted"): a body.
LEGISLATURES = _words("parliament senate congress assembly")
VENUE_WORDS = _words(
    """square plaza street avenue road boulevard lane bridge park garden gardens stadium arena field ground
    hall rooms palace castle cathedral church mosque temple chapel monastery abbey basilica shrine tower building
    airport airfield station terminal port harbour harbor base camp hospital museum theatre theater centre
    center market beach coast bay island islands river lake mountain mountains valley canyon desert forest
    province region district county oblast prefecture municipality village town city peninsula strait
    sea ocean gulf highway motorway expressway tunnel dam mine plant refinery reactor prison embassy
    straße strasse gasse platz allee straat laan plein gatan"""
)
# What a happening's name ends in ("the Valdivia Marathon", "the LA Auto Show"): the event, not a place.
HAPPENING_WORDS = _words(
    """marathon show festival fair expo exhibition games olympics championship championships tournament cup
    summit conference concert rally parade carnival gala awards ceremony prix"""
)
# What a shop named for its owner is ("Kearney's Newsagents", "Doyle's Pharmacy"): a business, a body.
SHOP_WORDS = _words(
    """newsagent newsagents pharmacy chemist chemists bakery butchers butcher grocers grocery bar pub tavern inn café cafe
    restaurant diner garage salon deli store stores shop supermarket"""
)
# What a race's name opens with ("the Giro delle Dolomiti", "the Tour de Suisse", "the Vuelta a Burgos").
HAPPENING_FIRST_WORDS = _words("giro tour vuelta")
VENUE_FIRST_WORDS = _words(
    "plaza piazza place mount lake port fort camp cape gulf isle lac rue estadio stade stadio praça praca rua calle avenida largo piazzale"
)

# Name particles that may stand inside a name in lower case.
NAME_PARTICLES = _words("de del della delle dei degli dal dalla des der den di da do dos das du y für van von ten ter bin ibn al el la le of")

# Countries and their adjectives: a country is a place, never a person; an adjective can open a role.
_COUNTRIES = """Afghanistan:Afghan Albania:Albanian Algeria:Algerian Andorra:Andorran Angola:Angolan
Argentina:Argentine,Argentinian Armenia:Armenian Australia:Australian Austria:Austrian Azerbaijan:Azerbaijani
Bahrain:Bahraini Bangladesh:Bangladeshi Belarus:Belarusian Belgium:Belgian Benin:Beninese Bhutan:Bhutanese
Bolivia:Bolivian Bosnia:Bosnian Bosnia_and_Herzegovina:Bosnian Botswana:Botswanan Brazil:Brazilian Brunei:Bruneian Bulgaria:Bulgarian
Burkina_Faso:Burkinabe Burundi:Burundian Cambodia:Cambodian Cameroon:Cameroonian Canada:Canadian Chad:Chadian
Chile:Chilean China:Chinese Colombia:Colombian Congo:Congolese Costa_Rica:Costa_Rican Croatia:Croatian
Cuba:Cuban Cyprus:Cypriot Czechia:Czech Czech_Republic:Czech Denmark:Danish Djibouti:Djiboutian
Dominican_Republic:Dominican Ecuador:Ecuadorian Egypt:Egyptian El_Salvador:Salvadoran England:English
Eritrea:Eritrean Estonia:Estonian Ethiopia:Ethiopian Fiji:Fijian Finland:Finnish France:French Gabon:Gabonese
Gambia:Gambian Georgia:Georgian Germany:German Ghana:Ghanaian Greece:Greek Guatemala:Guatemalan Guinea:Guinean
Haiti:Haitian Honduras:Honduran Hungary:Hungarian Iceland:Icelandic India:Indian Indonesia:Indonesian
Iran:Iranian Iraq:Iraqi Ireland:Irish Israel:Israeli Italy:Italian Ivory_Coast:Ivorian Jamaica:Jamaican
Japan:Japanese Jordan:Jordanian Kazakhstan:Kazakh Kenya:Kenyan Kosovo:Kosovar Kuwait:Kuwaiti
Kyrgyzstan:Kyrgyz Laos:Lao,Laotian Latvia:Latvian Lebanon:Lebanese Liberia:Liberian Libya:Libyan
Liechtenstein:Liechtensteiner Lithuania:Lithuanian Luxembourg:Luxembourgish Madagascar:Malagasy
Malawi:Malawian Malaysia:Malaysian Maldives:Maldivian Mali:Malian Malta:Maltese Mauritania:Mauritanian
Mexico:Mexican Moldova:Moldovan Monaco:Monegasque Mongolia:Mongolian Montenegro:Montenegrin Morocco:Moroccan
Mozambique:Mozambican Myanmar:Burmese Namibia:Namibian Nepal:Nepali,Nepalese Netherlands:Dutch
New_Zealand:New_Zealander Nicaragua:Nicaraguan Niger:Nigerien Nigeria:Nigerian North_Korea:North_Korean
North_Macedonia:Macedonian Norway:Norwegian Oman:Omani Pakistan:Pakistani Palestine:Palestinian
Panama:Panamanian Papua_New_Guinea:Papuan Paraguay:Paraguayan Peru:Peruvian Philippines:Filipino,Philippine
Poland:Polish Portugal:Portuguese Qatar:Qatari Romania:Romanian Russia:Russian Rwanda:Rwandan
Saudi_Arabia:Saudi Scotland:Scottish Senegal:Senegalese Serbia:Serbian Sierra_Leone:Sierra_Leonean
Singapore:Singaporean Slovakia:Slovak Slovenia:Slovenian Somalia:Somali South_Africa:South_African
South_Korea:South_Korean South_Sudan:South_Sudanese Spain:Spanish Sri_Lanka:Sri_Lankan Sudan:Sudanese
Suriname:Surinamese Sweden:Swedish Switzerland:Swiss Syria:Syrian Taiwan:Taiwanese Tajikistan:Tajik
Tanzania:Tanzanian Thailand:Thai Togo:Togolese Trinidad_and_Tobago:Trinidadian Tunisia:Tunisian Turkey:Turkish Turkiye:Turkish
Turkmenistan:Turkmen Uganda:Ugandan Ukraine:Ukrainian United_Arab_Emirates:Emirati United_Kingdom:British
United_States:American Uruguay:Uruguayan Uzbekistan:Uzbek Vatican:Vatican Venezuela:Venezuelan
Vietnam:Vietnamese Wales:Welsh Yemen:Yemeni Zambia:Zambian Zimbabwe:Zimbabwean Britain:British
Great_Britain:British America:American Korea:Korean Europe:European Africa:African Asia:Asian
US:American U.S.:American USA:American UK:British U.K.:British UAE:Emirati EU:European Gaza:Gazan
Crimea:Crimean Kashmir:Kashmiri Tibet:Tibetan Catalonia:Catalan Quebec:Quebecer Nordic:Nordic Arctic:Arctic"""


def _countries() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    names, adjectives, adjective_of = set(), set(), {}
    for pair in _COUNTRIES.split():
        name, adjective_list = pair.split(":")
        names.add(name.replace("_", " ").lower())
        adjectives.update(a.replace("_", " ").lower() for a in adjective_list.split(","))
        adjective_of.setdefault(name.replace("_", " ").lower(), adjective_list.split(",")[0].replace("_", " "))
    return frozenset(names), frozenset(adjectives - names), adjective_of


COUNTRIES, NATIONALITIES, NATIONALITY_OF = _countries()  # NATIONALITY_OF: 'kenya' -> 'Kenyan'
# Parts of the world: places, but never where an event happened.
CONTINENTS = frozenset(
    {"europe", "africa", "asia", "america", "americas", "oceania", "antarctica", "middle east", "latin america",
     "north america", "south america"}
)
# Countries news names in more than one way: one place whatever the name.
COUNTRY_SYNONYMS = {
    **dict.fromkeys(("uk", "u k", "britain", "great britain"), "united kingdom"),
    **dict.fromkeys(("us", "u s", "usa", "u s a", "america"), "united states"),
    "turkiye": "turkey",
    "bosnia": "bosnia and herzegovina",
}
# Directions that name part of a place ("northern Norway", "in southern Peru").
DIRECTIONS = frozenset(
    "southern northern eastern western central north south east west northeast northwest southeast southwest "
    "north-east north-west south-east south-west".split()
)
# Not places although listed above for their adjectives.
COUNTRIES = COUNTRIES - {"nordic", "arctic", "europe", "africa", "asia", "eu"}
# Provinces and territories listed above for their adjectives: places, but not countries.
_REGIONS = frozenset({"quebec", "catalonia", "crimea", "kashmir", "tibet", "gaza"})
COUNTRIES = COUNTRIES - _REGIONS

# Given names common in international news, so that "Lloyd Austin" is a person without a title.
GIVEN_NAMES = _words(
    """aaron abdul abdullah abe abigail abu adam adrian ahmad ahmed aisha alan albert alberto alejandro alex
    alexander alexandra alexei alexey ali alice alicia alison amanda amir amy ana andrea andreas andrei andrej
    andrew andrzej andy angela angelo ann anna anne annie anthony antonio antony ari arnold arthur ashley
    barack barbara ben benjamin bernard bernie beth bill billy bob boris brad brandon brenda brian bruce bruno
    carl carla carlos carmen carol caroline catherine charles charlie charlotte chris christian christina
    christine christopher claire claude claudia colin craig cristiano dan daniel daniela danny dave david
    deborah denis dennis diana diego dmitri dmitry dmytro donald donna doug douglas ed eddie edward elena eli
    elizabeth ellen elon emily emma emmanuel enrique eric erik ernesto eva evan fatima felipe fernando francesca
    francis francisco frank franz fred frederick gabriel gary george georg gerald gianni giorgia giovanni
    giuseppe gordon grace greg gregory guillaume gustavo hamid hannah hans harold harry hassan heather heinz
    helen helmut henry hillary hugo hussein ian igor ilya ingrid irina isaac ivan jack jacob jacques jake james
    jamie jan jane janet jonas jason javier jean jeff jeffrey jennifer jens jeremy jerome jessica jim jimmy joan joanna
    joe joel johan johannes john jon jonathan jorge jose josef joseph josh joshua juan judith julia julian julie
    justin kai kamala karen karim karl kate katherine kathleen keir kelly ken kenneth kevin khalid kim kirill
    klaus kristin kurt larry laura lauren lee leo leon leonardo lewis liam linda lionel lisa liz lloyd lorenzo
    louis lucas lucy luis luka lukas luke manuel marco marcus margaret maria marie marina mario mark marta martin
    mary maria mateo matt matthew max maxim maria mehmet melissa michael michel michelle miguel mike mikhail
    mohamed mohammad mohammed muhammad nadia nancy natalia natasha nathan neil nicholas nick nicola nicolas
    nikita nikolai nina noah nora olaf olena oleg oleksandr oleksiy olga oliver olivia omar oscar pablo paolo
    pascal patricia patrick paul paula pedro pete peter petr petro philip philippe pierre rachel rafael ralph
    ramon raymond rebecca recep richard rick rishi rob robert roberto robin roger roman ron ronald rosa ross
    ruslan ruth ryan sadiq salman sam samantha samuel sandra sara sarah scott sean sebastian serge sergei sergey
    sergio sharon shinzo simon sofia sophie stefan stephanie stephen steve steven susan sven tamara tanya ted
    teresa thomas tim timothy tina todd tom tony ursula valentina valery vanessa victor victoria vijay vincent
    viktor vitali vladimir vladislav volodymyr walter wang wei william xavier xi yan yang yasmin yevgeny yulia
    yuri yusuf zhang"""
)

# Verbs of saying: the phrase before or after one of them is who speaks.
SPEECH_VERBS = _words(
    """said says say told tells added adds stated states wrote writes announced announces declared declares
    insisted insists warned warns claimed claims noted notes explained explains argued argues urged urges
    confirmed confirms tweeted posted replied stressed stresses called calls asked asks"""
)

# Plural nouns that count time or a calendar position, not a figure worth boxing.
TIME_UNITS = _words(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries night nights weekend weekends term terms season seasons round rounds time times
    am pm a.m. p.m. o'clock"""
)

# ISO 4217 codes written before a figure ("CHF 12.8 million", "NOK 850 million"), in capitals; not those that
# are also common acronyms or words before a number ("PHP 8", "MAD", "PEN", "ALL").
CURRENCY_CODES = """USD EUR GBP JPY CNY RMB CHF SEK NOK DKK PLN CZK HUF RON BGN RUB UAH TRY ILS AED SAR QAR KWD OMR EGP TND
    NGN GHS KES UGX TZS RWF ETB ZAR ZMW BWP INR PKR BDT LKR NPR IDR MYR SGD THB VND KRW TWD HKD AUD NZD CAD MXN BRL ARS CLP
    COP""".split()

# Capitalised abbreviations that name things, not bodies: a currency's code too ("DKK 12.5m": no body, and no
# name a claim's label gives).
COMMON_ACRONYMS = frozenset(CURRENCY_CODES) | _words(
    """AI AWD BC CCTV CEO CFO COO CPU DNA EV FWD GDP GMT GPS GT HIV HQ HVAC ID IPO IT LED LGBT LGBTQ MP MPH NFT
    PC PCR PM PR Q&A RNA RWD SMS SUV TV UFO UTC VAT VIP VP VPN WIFI CET EST PST EDT PDT BST AM FM OK UK US USA EU
    AC API CSS CT DC GIF GPU HD HDMI HDR HTML HTTP HTTPS JPEG JSON LCD LTE MRI OLED PDF PNG RAM SQL SSD URL USB XML"""
)

# Words of ROLE_WORDS that say which department a title is of ("Defence Minister"), but are no title.
DEPARTMENTS = _words("foreign defence defense interior finance health economy trade justice culture education")

# What a title is of, after its department ("Minister of Foreign Affairs", "Director General of Health
# Services", "Secretary of State"): never the first word of the name that follows the title.
FIELD_WORDS = _words(
    """affairs services service state states security development welfare works transport transportation
    environment agriculture energy labour labor home information communications family housing tourism sport
    sports youth science technology planning commerce industry fisheries water resources infrastructure
    immigration veterans external internal public relations operations research policy strategy marketing
    sales human rights finance revenue treasury customs police prisons disaster management emergency cooperation"""
)

# Languages that write every noun with a capital: there, a capital says nothing of a name.
CAPITALISED_NOUN_LANGUAGES = frozenset({"de", "lb"})

# Roles that belong to a place, not to a body: "the mayor of Leoben", "a resident of Brest", "Leoben mayor", and
# the people who live there ("the people of Gdańsk", "people in Imatra").
PLACE_ROLES = _words(
    "mayor provost governor resident residents native natives citizen citizens inhabitants locals people senator mp councillor premier sheriff"
)

# Words that qualify a role but are none ("the former Leoben mayor": "former" alone makes no one a person; but
# "deputy" is a title of its own: "said deputy Ana Ruiz", a member of a chamber of deputies).
ROLE_MODIFIERS = _words("former acting interim outgoing incoming then late")
# Ranks and forms of address: they say how a person is addressed, not what the person does in the story.
RANKS = _words(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady col col. colonel gen gen. general lt lt.
    lieutenant sgt sgt. sergeant capt capt. captain maj maj. major admiral marshal rev rev. reverend
    alhaji alhaja mallam sheikh comrade maître hon hon. ing ing. eng eng. dipl.-ing. dr.-ing. mag. mgr mgr. bc. ir.
    drs. dott dott. lic. arq. dra. doc. univ.-prof. phdr. mudr. judr. rndr. mvdr. paeddr."""
)

# Common nouns that say what kind of body the name next to them is: "grid operator Enedis", "appliance
# maker Brevia", "the SNCF rail company", "the national weather service, Meteo-France".
ORGANIZATION_DESCRIPTORS = _words(
    """company firm maker manufacturer operator carrier retailer chain lender insurer broadcaster
    newspaper regulator watchdog producer supplier developer builder airline utility giant startup
    conglomerate group agency service institute charity ngo broker importer exporter distributor wholesaler
    automaker carmaker brewer miner shipper contractor consultancy bank club party union provider"""
)
# Trades that people and bodies both ply, said before a name as its role ("owner Ann Lee"; "haulier Transportes Rey
# said its lorries ..."): the word does not say which the name is, the name's shape and what the sentence calls it do.
TRADES_OF_BOTH = _words(
    """builder developer contractor operator supplier owner organiser organizer promoter haulier investor landlord
    sponsor publisher"""
)
# Kinds of body that say what the name is only said before it or apposed to it ("the charity Open Doors", "the
# citizens' initiative Rettet das Bad", "Fonds Lambrecht, a private foundation", "the group's project Seed Bank"):
# after a name they say what it qualifies ("the Lisbon project", "the Biden campaign", "the Graz network").
BODY_KINDS_BEFORE_A_NAME = ORGANIZATION_DESCRIPTORS | _words(
    """association organisation organization foundation fund collective cooperative co-operative trust society
    federation alliance coalition league network initiative project campaign movement brand subsidiary
    consortium syndicate unit band nonprofit non-profit winery"""
)
