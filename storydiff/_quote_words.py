"""Word lists and patterns used by the quote extractor (:mod:`storydiff.quotes`)."""

from __future__ import annotations

import re

from storydiff._entity_words import FIRST_NAMES, STATE_DEMONYMS, gendered_first_names
from storydiff._quantity_tables import SCALES, SMALL, TENS


def _words(words: str) -> frozenset[str]:
    """A word list written as one white-space separated string."""
    return frozenset(words.split())


# "told" and its forms: whom something was told is never its speaker
_TOLD_FORMS = _words("told tell tells telling")
# reporting verbs that are nouns too, after an adjective: '"disparaging" remarks'
_CUE_NOUNS = _words("""
    remarks comments claims notes reports charges calls tweets posts jokes quips boasts replies
    """)
# verbs that report a reply with "back" after them ("Schlapp shot back, "Not true.""),
# one reporting verb of two words
_HIT_BACK = _words("shot fired hit pushed snapped wrote punched")
_CUE_VERBS = (
    _words("""
    said say says saying told tell tells telling added adds adding warned warns
    insisted insists admitted admits explained explains wrote writes write writing
    tweeted tweets stated states argued argues noted notes asked asks replied
    replies responded responds continued continues recalled recalls claimed claims
    declared declares announced announces acknowledged acknowledges conceded concedes
    complained complains predicted predicts suggested suggests urged urges joked
    jokes quipped quips observed observes remarked remarks emphasized emphasised
    emphasizes emphasises stressed stresses estimated estimates reported reports
    posted posts shouted shouts yelled yells cried exclaimed boasted boasts vowed
    vows promised promises pledged pledges countered counters retorted mused
    lamented laments cautioned cautions testified concluded concludes agreed agrees
    charged charges alleged alleges contended contends maintained maintains
    confirmed confirms denied denies described describes wondered wonders
    explained demanded demands declared wrote chanted sang thundered fumed
    blasted slammed mocked echoed echoes repeated repeats reiterated reiterates
    acknowledged texted emailed messaged snapped sighed whispered murmured
    muttered scoffed recounted recounts summed advised advises assured assures
    proclaimed proclaims opined predicted tells added counseled counselled
    read reads answered answers riffed interjected called calls calling described
    describes describing referred referring labeled labelled branded accused accuses
    characterized characterised characterizes characterises characterizing characterising
    accusing praised criticized criticised attacked proposed adding saying noting
    arguing writing telling warning insisting explaining asking declaring claiming
    suggesting urging tweeting acknowledging conceding promising vowing
    eulogized eulogizes eulogised railed rails marveled marvelled marvels griped gripes
    chided chides commented confessed confesses exhorted exhorts screamed screams reacted
    remembered prayed prays replying
    asserted asserts groused grouses bragged brags touted touts gushed gushes raved
    ranted grumbled grumbles scolded scolds lectured deadpanned sniped taunted teased
    pleaded pleads begged implored queried queries quizzed inquired protested objected
    decried decries derided derides denounced denounces condemned condemns
    barked snarled growled hissed bellowed boomed roared raged huffed sniffed sneered
    stammered mumbled ventured retort reply chimed
    stressing emphasizing emphasising predicting cautioning complaining boasting lamenting
    """)
    | {f"{verb} back" for verb in _HIT_BACK}
    | {"chimed in"}
)
_PARTICIPLES = _words("""
    saying adding noting arguing writing telling warning insisting explaining asking
    declaring claiming suggesting urging tweeting acknowledging conceding promising
    vowing calling describing referring accusing stressing emphasizing emphasising
    predicting cautioning complaining boasting lamenting
    """)
# words saying when, after a name: "beamed Hartley yesterday", "chuckled Hartley again"
_TIME_WORDS = _words("""
    yesterday today tonight tomorrow last this then again later earlier afterwards afterward
    now once twice
    """)
# a noun right after one of these is no clause's subject ("speaking to reporters")
_PREPOSITIONS = _words("""
    to of in on at with as by for from among about against into toward towards amid after
    before during while since despite like unlike over under between aboard inside outside
    near beside behind beyond within without across throughout
    """)
_OPENERS = _words("""
    in on at after before during while when as although though if because since
    despite amid following asked speaking with without under over from by for
    unlike like according given once until
    """)
_PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "n",
    "we": "p",
    "i": "x",
}
_DETERMINERS = _words(
    "a an the another one some many several two three four his her its their our this "
    "that these those every each"
)
_GROUP_NOUNS = _words("""
    officials police sources critics analysts experts residents aides supporters
    officers investigators witnesses organisers organizers observers economists
    scientists campaigners activists protesters protestors opponents advocates
    democrats republicans voters lawyers doctors teachers workers unions leaders
    authorities prosecutors researchers insiders staff staffers people others
    colleagues allies
    """)
# nouns for a news outlet written just before its name ("the news agency RIA Novosti"); not
# any organisation's noun: "the company Elon Musk founded" names a person
_OUTLET_NOUNS = _words("""
    agency newspaper paper magazine broadcaster channel network website daily tabloid outlet
    station
    """)
_ORG_WORDS = _words("""
    ministry department authority office association union council party committee
    police service systems lines ferries inc corp corporation company group post
    times news commission agency university court board bank institute foundation
    center centre centers centres network press wire club federation campaign administration
    government senate house congress museum hospital school church airlines ltd llc
    reuters cnn fox nbc abc cbs msnbc pac organization organisation coalition league
    fund trust alliance society chamber assembly parliament cabinet embassy army navy
    force forces guard coastguard tribunal team journal magazine gazette herald nation tribe
    enforcement patrol united
    ledger courier tribune network channel bureau fbi cia nato gop dnc rnc clinic
    building memorial stadium arena cathedral airport library college academy division
    caucus archives pharma guild panel
    """)
_TITLES = _words("""
    potus flotus adm rear
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend president vice
    prime minister secretary senator sen rep representative gov governor mayor
    commissioner commander inspector chief director chairman chairwoman chair judge
    justice general gen attorney detective sergeant sgt officer captain capt lt col
    colonel major speaker leader spokesman spokeswoman spokesperson police coastguard
    finance foreign interior health transport defence defense state deputy acting
    former first pope king queen prince princess ambassador candidate nominee
    congressman congresswoman councillor councilman councilwoman executive ceo
    chancellor rabbi father bishop archbishop sheriff superintendent constable
    hydrologist economist analyst professor coach manager chairperson premier
    treasurer auditor auditor-general admiral lieutenant corporal private trooper
    anchor correspondent columnist commentator
    democrat republican gop sens reps govs justices mssrs messrs counsel
    """)
_STOP_CAPS = _words("""
    the a an but and or in on at for it he she they we i this that these those there
    here when while after before as if so yet still now then also however meanwhile
    last next his her their our its my your what why how who where which one some
    many more most no not all both each every other such than to of by from with
    without about above under over into through during until since because though
    although even just only instead indeed later earlier today tonight yesterday
    tomorrow monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
    mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    according asked speaking despite like unlike among between against within
    mrs mr ms dr yes sadly asked okay ok oh well please along another based
    meanwhile instead perhaps maybe ahead amid amidst hours days minutes weeks months
    years moments shortly soon once following upon across beyond behind toward towards
    throughout nearly almost several dozens hundreds thousands millions
    longtime fellow outgoing incoming embattled rather few whether unless whereas
    """) | frozenset((*SMALL, *TENS, *SCALES, "dozen"))  # "Seventeen Taliban members"
_CONNECTORS = _words("of for de van von der den da di du la le al bin del y & and")
_ADVERBS = _words("""
    also later then again previously once recently earlier has had have was were is
    are would will could had has just further quickly simply bluntly flatly repeatedly
    often frequently reportedly publicly privately initially finally still never
    already now since first
    """)
# conjunctions that open a subordinate clause before a sentence's subject: "When he said
# ..., Ros-Lehtinen tweeted", "When interviewer Ainsley Earhardt noted ..., Mr. Trump replied"
_OPENING_SUBORDINATORS = ("When", "After", "As", "While", "Because", "Since", "Before", "If")
# adverbs that open a sentence and name no one: "Already this month he has ...",
# "Afterward, Sen. Sheldon Whitehouse tweeted ..."
_OPENING_ADVERBS = _words("""
    already also still later earlier now then meanwhile again instead yet even just soon
    once often sometimes perhaps indeed moreover however thus otherwise nonetheless
    nevertheless anyway afterward afterwards finally previously recently initially
    further furthermore additionally lastly besides
    """)
# ordinals that number a writer's points when a comma follows: "Second, she wrote ..."
_LIST_ORDINALS = _words("first second third fourth fifth sixth secondly thirdly")
# words of a time phrase that may follow such an adverb: "Already this month", "Later that day"
_TIME_PHRASE_WORDS = _words("""
    this that last next on in the same day week month year morning afternoon evening night
    weekend monday tuesday wednesday thursday friday saturday sunday
    """)
_TITLE_CUES = _words("""
    film movie book novel song album show series play poem painting paintings report
    titled entitled called dubbed named nicknamed headlined documentary article column
    essay memoir opera musical sketch exhibition hashtag slogan podcast program
    programme episode anthem single track ep study work works paper hit hits tune
    bestseller sitcom blockbuster
    """)
_LOWER_TITLE_WORDS = _words("a an the and or but of for to in on at by with from as nor vs via")
_FEMALE_NOUNS = _words("""
    ms mrs miss woman mother spokeswoman chairwoman congresswoman businesswoman wife
    daughter sister grandmother girl lady queen princess councilwoman actress widow
    """)
# a person named after one of these is someone's relative ("his wife, X", "first daughter X")
_KIN = _words("""
    wife husband daughter son brother sister mother father widow widower grandson
    granddaughter nephew niece cousin uncle aunt grandfather grandmother
    """)
_MALE_NOUNS = _words("""
    mr man father spokesman chairman congressman businessman husband son brother
    grandfather boy king prince councilman actor widower
    """)
# common first names, for he/she: a small list of frequent English given names
_FEMALE_FIRST = _words("""
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda
    melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela
    helen anna brenda pamela nicole samantha katherine christine debra rachel catherine
    carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina
    joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann
    gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail
    marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia
    rose isabella alexis kayla charlotte hillary michele nancy condoleezza sonia elena
    nikki sheila meredith dianne barbara kirsten tammy elise debbie kristen jan huma
    valerie loretta penny sarah kamala tulsi ruth jill laura melania ivanka chelsea
    wendy maxine kathy claire susana jeanne lois betsy
    """)
_MALE_FIRST = _words("""
    james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
    kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
    austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel
    logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
    philip johnny barack mitt newt rick ted marco rand mitch harry bernie chuck
    jim bill tom mike dave steve bob chris jeb dick al ben joe lindsey orrin darrell
    eric reince trey jay herman jon jerrold elijah tim hank rahm ron rudy ari karl don
    """)

# a transcript's speaker label in capitals and the role after it: "SCOTT DETROW, BYLINE:"
# (segment.py makes no sentence of one alone on its line, quotes.py reads its turns)
TRANSCRIPT_LABEL = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}"
TRANSCRIPT_ROLE = r"[A-Z][A-Z ,.'’-]{1,40}"

# honorifics before a surname ("Mrs May", "Dr. Lee"), lower case, no full stop
HONORIFICS = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof")


def _given_name(word: str) -> bool:
    """A common given name, capitalised ("Theresa", "Boris"): the entity reader's list or
    the speaker reader's."""
    return word in FIRST_NAMES or word.lower() in _FEMALE_FIRST or word.lower() in _MALE_FIRST


def _known_given_name(word: str) -> bool:
    """A given name of :func:`_given_name`'s lists or the 1990 Census's ("Stacey", "Archie")."""
    return _given_name(word) or word.lower() in gendered_first_names()


# abbreviated titles and the role nouns they stand for ("Gov. Rick Perry" -> "the governor")
_ROLE_ALIASES = {
    "gov": ("governor",),
    "sen": ("senator",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "representative": ("congressman", "congresswoman", "lawmaker"),
    "senator": ("lawmaker",),
    "congressman": ("representative", "lawmaker"),
    "congresswoman": ("representative", "lawmaker"),
    "gen": ("general",),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "sec": ("secretary",),
    "atty": ("attorney",),
    "prof": ("professor",),
    "lt": ("lieutenant",),
    "col": ("colonel",),
    "capt": ("captain",),
    "sgt": ("sergeant",),
    "supt": ("superintendent",),
    "pres": ("president",),
    "dr": ("doctor",),
}
_SUBJECT_PRONOUNS = _words("he she they we i")
_SPEECH_NOUNS = _words("""
    response reply answer message statement comment comments words verdict view
    explanation reaction retort advice warning argument explanation take
    """)
# nouns for people that are not titles, and documents that "say" things
_PERSON_NOUNS = _words("""
    pro aide official lawmaker blogger author writer reporter host anchor source
    candidate veteran activist advocate critic supporter opponent resident owner
    worker voter member founder organizer organiser leader expert analyst lawyer
    attorney teacher student doctor nurse officer agent adviser advisor consultant
    strategist pollster operative spokesman spokeswoman spokesperson person
    commentator columnist editor producer interviewer moderator protester protestor
    ranger firefighter rescuer witness survivor neighbor neighbour villager farmer
    driver passenger pilot soldier guard victim shopkeeper bystander volunteer demonstrator marcher
    paramedic medic priest pastor coach player fan matriarch patriarch relative friend
    colleague classmate
    """) | {d.lower() for d in STATE_DEMONYMS}  # "the Californian declared"
_SOURCE_NOUNS = _words("""
    post letter statement ad advertisement report memo suit lawsuit complaint filing
    release email e-mail tweet note message editorial article study survey poll
    document indictment ruling order decision opinion petition resolution website
    site blog video book commercial spot sign banner poster flyer
    """)
_GENERIC_ORG_NOUNS = _words("group organization organisation company firm coalition")
_ABBREVIATIONS = _words(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt jr sr no prof rev mt ft vs etc inc "
    "corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k d.c"
)
_TOLD_STOP = _words("""
    outside at on in during after before from with while when as that about of
    """)

_FUNCTION_WORDS = _words("""
    and or but nor that which who whom whose to of in on at by for with from as than
    then so if when while because about into over after before me him her us them you
    not no also just even only there here what it is was be been being
    """)
_ROLE_SUFFIXES = ("eer", "ist", "ician", "ologist", "keeper", "smith")

_DOUBLE = '"“”„‟'
# a full stop inside a word joins it ("U.S", "3.5", "a.m"), unless a capitalised word follows
# it, two sentences the scrape glued: "... said analyst Scott Reed.That gives Trump ..."
_TOKEN = re.compile(r"\w+(?:[’'\-]\w+|\.(?![A-Z][a-z])\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?]+")


# a nickname in quote marks inside a name: 'Charles "Chuck" Grassley', 'Gov. C.L. "Butch" Otter'
_NICKNAME = re.compile(
    r"(\b(?:[A-Z][a-z]+|(?:[A-Z]\.){1,3}) )[\"“]([A-Z][a-z]+)[\"”](?= [A-Z][a-z]+\b)"
)


def nicknames_unquoted(text: str) -> str:
    """``text`` with the marks around a nickname inside a name read as spaces (the same
    length): the nickname is part of the name, no quote.

    >>> nicknames_unquoted('Gov. C.L. "Butch" Otter spoke.')
    'Gov. C.L.  Butch  Otter spoke.'
    """
    if '"' not in text and "“" not in text:
        return text
    return _NICKNAME.sub(lambda m: f"{m[1]} {m[2]} ", text)
