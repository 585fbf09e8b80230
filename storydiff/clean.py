"""Page debris removal: what a scraped page carries that is not the story.

The cleaner works on the lines of an article body and records every removal
(kind, text, line and the rule that fired) so a user can audit it. Subheads are
taken out of the body but kept as structure, and an embedded tweet's words stay
in the body, recorded as a :class:`~storydiff.models.Post` of the account whose
signature is removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import takewhile

from storydiff._entity_words import (
    FIRST_NAMES,
    SURNAME_PREFIXES,
    TITLE_ABBREVIATIONS,
    gendered_first_names,
)
from storydiff._quantity_tables import MONTHS, TZ, WEEKDAYS
from storydiff.models import Post, Removal, RemovalKind
from storydiff.normalize import normalize_whitespace
from storydiff.quantities import extract_quantities

__all__ = [
    "CleanedText",
    "clean_text",
    "drop_site_name",
    "drop_standfirst",
    "drop_title_line",
    "split_headline",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanedText:
    """The story body, its subheads, and what was removed."""

    text: str
    subheads: tuple[str, ...]
    removed: tuple[Removal, ...]
    author: str = ""
    posts: tuple[Post, ...] = ()


_AGENCY_WORD = r"[A-Z][A-Za-z0-9&'’.\-]*"
# "... on Sunday [AFP]", "... (Reuters)", "(Continental Wire)", "[MP/Jan Novak]", Al
# Jazeera's "[File: Andrew Harnik/AP]"
_CAPTION_TAG = re.compile(
    r"(?:\[\s*(?:File:\s*)?" + _AGENCY_WORD + r"(?:[ /]+[A-Za-z0-9&'’.\-]+){0,4}\s*\]"
    r"|\(\s*(?:" + _AGENCY_WORD + r"(?: " + _AGENCY_WORD + r"){0,3})(?:\s*/\s*[^)]{1,40})?\s*\))"
    r"\s*$"
)
# A credit that says it is a photograph's: "(AP Photo/Evan Vucci, File)", "(Photo: Elaine
# Thompson, AP)", "(FBI via AP)", "Kirsty Wigglesworth/AP", "(Chip Somodevilla/Getty Images)",
# "Mikhail Klimentyev | TASS | Getty Images".
# It marks a caption of any length: an agency's captions run to two long sentences.
_PHOTO_AGENCY = r"(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Bloomberg)"
_NAME_WORDS = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
_PHOTO_NAME = r"(?<![\w.'’-])" + _NAME_WORDS
_PICTURE_AGENCY = r"(?:Getty Images|Shutterstock)(?: Plus)?"
# a photographer and an agency: "Kirsty Wigglesworth/AP", "Patrick McDermott/Getty Images, File"
_NAME_AGENCY = r" ?/ ?" + _PHOTO_AGENCY + r"(?:,? (?:File|FILE))?"
_PHOTO_CREDIT = re.compile(
    "(?:"
    + "|".join(
        (
            # a bracket that opens as a credit: "(AP Photo/...", "(Photo: ...", "(Photo by ..."
            r"\((?:(?:AP|AFP|EPA|Reuters|Kremlin|Pool|File|Staff|Handout)\s+)*"
            r"(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture)"
            r"(?:\s*[:/]|\s+(?:by|credit|courtesy)\b)[^()]{0,80}\)",
            # "(file image)", "(AP file photo)", "(Courtesy photo)", "(Photo via Twitter)",
            # "(U.S. Navy photo by Seaman John Doe)", "(Photo illustration by Jane Doe)"
            r"\((?:[A-Z][\w.'’-]*\s+){0,4}(?:[Ff]ile\s+)?(?:[Pp]hoto|[Ii]mage)"
            r"(?:\s+(?:by|via|illustration|courtesy)\b[^()]{0,80})?\)",
            r"\(\d+ (?:[Pp]hotos|[Ii]mages)\)",  # a gallery's count: "Slideshow (23 Images)"
            r"\([^()]{1,60}\bvia " + _PHOTO_AGENCY + r"(?: Images)?\)",
            r"\([^()]{0,60}/" + _PICTURE_AGENCY + r"\)",  # "(dragana991/iStock/Getty Images)"
            r"\(?" + _PHOTO_NAME + _NAME_AGENCY + r"\)?",
            # NBC's "Don Emmert / AFP - Getty Images file", glued to its caption's last
            # sentence in scraped text ("... May 20, 2015.Don Emmert / AFP - ...")
            r"(?:"
            + _PHOTO_NAME
            + r"|(?<=[a-z0-9][.!?])"
            + _NAME_WORDS
            + r") ?/ ?"
            + _PHOTO_AGENCY
            + r" ?- ?"
            + _PICTURE_AGENCY
            + r"(?: file)?",
            _PHOTO_NAME + r" ?\| ?" + _PICTURE_AGENCY,
            # a news agency after a bar only as a credit on its own or after a sentence
            # ("... 13, 2020. Yuri Gripas | Reuters"): "... in Helsinki | Reuters" is a headline
            r"(?:^|(?<=[a-z0-9][.!?] )|(?<=[)”\"] ))" + _NAME_WORDS + r" ?\| ?" + _PHOTO_AGENCY,
            # a handout's credit after its caption: "... June 9, 2018. Adam Scotti/Prime
            # Minister's Office/Handout via REUTERS"
            r"(?:^|(?<=[a-z0-9][.!?] ))"
            + _NAME_WORDS
            + r"(?: ?/ ?[\w.'’ -]{1,40}){1,3} via (?:REUTERS|"
            + _PHOTO_AGENCY
            + r")",
        )
    )
    + ")$"
)
_PHOTO_CREDIT_LAST = frozenset(")PsAkgeES")
# a caption's closing credit after its last sentence, labelled: "... in Cleveland on
# Wednesday. Photo: Carolyn Kaster/Associated Press", "... Seib explains. Photos: AP",
# "... where Kennedy was assassinated. Photo: Andres Kudacki"
_PHOTO_LABEL_END = re.compile(
    r"(?:^|[.!?”\"'’]\s*)Photos?:\s+[A-Z][\w.'’&-]*(?:\s*/\s*[\w.'’&-]+|\s+[A-Z][\w.'’&-]*){0,6}$"
)
# a caption whose credit comes first, as CNN prints one: "Tom Brenner/Reuters/File President
# Donald Trump delivers remarks ...", "Bettmann Archive/Getty Images Birmingham, Ala., 1963.",
# and BuzzFeed: "Alex Edelman / AFP / Getty Images A woman protests ..."
_CREDIT_FIRST = re.compile(
    _NAME_WORDS
    + r" ?/ ?"
    + _PHOTO_AGENCY
    + r"(?: ?/ ?(?:File|FILE|Pool|POOL|"
    + _PICTURE_AGENCY
    + r"))? (?=[A-Z])"
)
# the agency first, as Reuters and AFP credit a photo: "... on March 4, 2020. REUTERS/Stringer",
# "REUTERS/Joshua Roberts", "AFP/Getty Images"
_CREDIT_AGENCIES = ("REUTERS/", "Reuters/", "AFP/", "EPA/", "XINHUA/", "Xinhua/", "AP Photo/")
_AGENCY_FIRST_CREDIT = re.compile(
    r"(?<![\w/])(?:" + "|".join(a.rstrip("/") for a in _CREDIT_AGENCIES) + r")/[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){0,3}(?:/(?:File|FILE|Pool|POOL|Handout|HANDOUT)(?: Photo| PHOTO)?)?$"
)
# The agency's caption formula: "FILE - In this April 23, 2019, file photo, ...", "This
# undated photo provided by the FBI shows ...", "In this image taken from video, ..."
# Between "this" and "photo" only a date and a few set words: "In this case, the
# photos provided by police show ..." is a sentence of a story, and so is "These
# photos, she said, ..." (without "In", a verb must follow: "This photo provided by").
_SET_WORDS = "file|undated|handout|aerial|recent|archive|archival|combination|satellite|family"
_PHOTO_WORDS = (
    # the two kinds of word are told apart by their first letter, so that no word can be
    # read two ways: "This File File File ..." would otherwise take exponential time
    r"(?-i:[Tt]his|[Tt]hese)(?:,? (?:\d{1,4}|(?-i:[A-Z][a-z]{2,8})\.?"
    r"|(?-i:" + _SET_WORDS + r")|(?-i:" + _SET_WORDS.upper() + r")))*,? "
    r"(?:photos?|photographs?|images?|pictures?|(?:frame|video|screen) ?grabs?|screenshots?)\b"
)
_PHOTO_VERB = (
    r" (?:provided|released|taken|made|obtained|shot|posted|distributed|supplied"
    # "This 1992 file photo shows ...": a set word before the photo, then "shows"
    r"|(?:(?<=file photo )|(?<=undated photo )|(?<=handout photo )|(?<=archive photo ))shows)\b"
)
_PHOTO_FORMULA = re.compile(
    r"(?:FILE\s*[-–_—]+\s*)?(?:In " + _PHOTO_WORDS + r"(?:,|" + _PHOTO_VERB + r")"
    r"|" + _PHOTO_WORDS + _PHOTO_VERB + r")",
    re.IGNORECASE,
)
_LONGEST_CAPTION = 150  # words
# a gallery's page: this many captions, and fewer words than this besides its first line
_GALLERY_CAPTIONS = 3
_GALLERY_STORY_WORDS = 12
# a photo gallery's caption with its toggle: "... more" on the teaser, "(Photo: AP) less" in full
_GALLERY_TOGGLE = re.compile(r"(?:[.)”\"'’]\s+less|(?:\.\.\.|…)\s*more)$")
_CAPTION_PREFIX = re.compile(
    r"^(?:photo|image|picture|caption|video|graphic|illustration)s?(?: copyright)?\s*[:|]"
    # the BBC's, with no colon: "Media caption The battle explained", "Image copyright Getty"
    r"|^(?-i:(?:Media|Image) (?:caption|copyright) [A-Z])"
    # the BBC's video player as text: "Media playback is unsupported on your device Media
    # caption ..."
    r"|^(?-i:Media playback is unsupported on your device Media caption)"
    # Reuters': "FILE PHOTO: U.S. President Donald Trump attends ...", "FILE PHOTO - ..."
    r"|^(?-i:FILE PHOTO)\s*[:\-–—]"
    # the New York Times', its label run into the caption: "Image The dueling letters: ..."
    r"|^(?-i:Image [A-Z])",
    re.IGNORECASE,
)
_COMMENT_BOX_START = re.compile(
    r"^(?:your views|have your say|reader comments?|readers'? comments?|comments?)\s*:?$",
    re.IGNORECASE,
)
_COMMENT_BOX_END = re.compile(
    r"^(?:send us your (?:views|comments|stories)|tell us what you think|share your views|"
    # the Wall Street Journal's "Share Your Thoughts How do you think ...? Join the
    # conversation below."
    r"have your say|share your thoughts|join the conversation below)\b.*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}"
# A quoted comment followed by a signature: "… ." Anna Petrov, Lisk
_READER_COMMENT = re.compile(
    r"^[\"“‘'].{3,}[\"”’'][.,]?\s*(?:[-–—]\s*)?" + _NAME + r",\s*" + _NAME + r"\s*$"
)
_SOURCE_LINE = re.compile(r"^source\s*:\s*\S.{0,120}$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|republished with permission|"
    r"may not be (?:published|reproduced|broadcast)|reprinted with permission",
    re.IGNORECASE,
)
# a heading over related headlines that may stand inside a story too ("More from Sir John
# Curtice" opens a piece of his own, which runs to the end)
_RELATED_HEADING = (
    r"read more|also read|see also|go deeper|related(?: stories| articles| coverage)?"
)
_INLINE_PROMO_HEADER = re.compile(r"^(?:" + _RELATED_HEADING + r")\s*:?$", re.IGNORECASE)
_PROMO_HEADER = re.compile(
    r"^(?:" + _RELATED_HEADING + r"|related (?:content|links)|more from\b.*|"
    r"more (?:stories|news|on this story|headlines)|most (?:read|popular|viewed)|"
    r"you (?:may|might) also like|recommended(?: for you)?|top stories|trending(?: now)?|"
    r"in other news|latest news|what to read next|editor's picks|"
    # a podcast's box: "Listen to Today, Explained", its episode's teaser, its pitch
    r"listen to (?-i:[A-Z])[\w ,'’&-]{2,40})\s*:?$",
    re.IGNORECASE,
)
# a newsletter line's shouted label and its link: "CORONAVIRUS & SPORTS: Get the latest news
# and information right in your inbox. Sign up here."
_INBOX_LABEL = r"(?:(?-i:[A-Z][A-Z&' ]{2,40}):\s*)?"
_SIGN_UP_TAIL = r"(?:\.\s*sign up (?:here|now|today))?"
_BOILERPLATE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|share(?: this)?(?: article| story)?|"
    r"tweet|email|print|comments?|sign up\b.*|subscribe\b.*|click here\b.*|follow us\b.*|"
    r"visit (?:[\w&]+ ){0,3}[\w&]+['’]s homepage for more stories\.?|"
    r"skip to (?:main )?content|listen to (?:this )?article|\d+ min(?: read)?|\d+ minute read|"
    # widgets of news sites: comments, weather, sign-in, players, newsletter boxes
    r"close|view comments|congratulations|posted|you are signed in as|now playing|"
    r"recommended videos?|sign me up|be the first to know|enter city and state or zip code|"
    r"your weather is set to\b.*|to find out more about facebook commenting\b.*|"
    r"a link has been (?:posted to your facebook feed|sent to your friend's email address)|"
    r"tap here\b.*|chat with us\b.*|thank you for (?:signing up|subscribing)\b.*|"
    r"\d*% of readers think this story is\b.*|"
    r"pin(?: it)?|whatsapp|facebook|twitter|linkedin|reddit|flipboard|"
    r"you(?:'ve| have) successfully subscribed\b.*|"
    # subscription offers, newsletter boxes and share widgets between paragraphs
    r"unlimited digital access\b.*|\$\d+(?:\.\d\d)? for \d+ (?:weeks?|months?)|"
    rf"{_INBOX_LABEL}get\b.{{0,60}}\bin your inbox{_SIGN_UP_TAIL}|"
    # "Want the best from VICE News in your inbox? Sign up here."
    r"want the best (?:from|of) .{1,40} in your inbox\?(?:\s*sign up (?:here|now|today)\.?)?|"
    # the Guardian's call for readers' stories, after its "Q&A Have you been affected ...?"
    r"your responses will only be seen by the guardian\b.{0,300}|"
    r"the day's top stories\b.{0,60}|read or share this story\b.*|"
    r"trending in (?-i:[A-Z][\w&]*(?: [A-Z&][\w&]*){0,2})|/ ?(?:AP|Reuters|AFP|Getty Images)|"
    r"get breaking news alerts\b.*|breaking news emails|"
    r"the news and stories that matter, delivered\b.*|"
    r"try (?:one|1|a) (?:month|week|year)\b.{0,30}|print subscriber\??|already a subscriber\??|"
    r"get the [\w' -]{1,30} newsletter|by clicking\b.{0,40}\byou agree to\b.*|"
    r"loading comments(?:\.\.\.|…)?|media playback is unsupported on your device|"
    # a related story's link: "More: ...", "See:Are stocks headed ...?", "Check out: ..."
    r"(?:more|see(?: also)?|also see|read|read more|read next|related|check out|also read"
    r"|(?:now )?watch"
    r"|listen|recommended|now playing)(?: \(from [\w ,.]{3,30}\))?\s*:\s*\S.{0,200}|more|"
    # an embed's fallback text: "Your browser does not support the iframe HTML tag. Try ..."
    r"your browser does not support\b.{0,200}|"
    # notes of the page, not the story
    r"contact us at \S+@\S+|\(?(?:[-–—]+\s*)?(?:editor['’]?s['’]? note\s*:\s*)?"
    r"this (?:report|story|article) (?:was|has been) "
    r"(?:updated|corrected|refiled|revised)\b.{0,160}|"
    r"an? (?:corrected|updated) version of (?:the|this) (?:story|article|report) is below:?|"
    r"(?:additional|further) reporting by [^.]{2,120}|(?:next|prev(?:ious)?) image \d+ of \d+|"
    r"read more from [\w .'’-]{1,60}['’]s? archive|"
    r"note\s*:.{0,120}\bthis (?:article|story|page|report)\b.*|"
    r"this article is more than \d+ (?:years?|months?|days?) old|"
    r"the (?:ap|associated press) is solely responsible for (?:this|all) content|"
    r"(?:the )?(?:ap|associated press)(?:'s)?(?: [\w-]+){0,3} coverage receives support\b.*|"
    r"\((?:ap|reuters|afp)\)|getty|"
    # a link's label and its address: "Responses to common arguments ... are here: https://..."
    r"[^.!?:]{1,200}\b(?:is|are) here:\s*https?://\S+|"
    # a gallery's navigation and its photo credit: "prev next", "Credit: The Associated Press"
    r"prev(?:ious)?(?: next)?|(?:photo )?credits?\s*:\s*.{1,60}|"
    # an agency's name and the day: "Associated Press Monday, July 16, 2018"
    r"(?:the )?(?:associated press|reuters|afp),? "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? [a-z]+\.? \d{1,2},? \d{4}\b.{0,24}|"
    # an update note: its date and time, and nothing else ("Originally published July
    # 15, 2018 at 3:56 am"), not "Originally published in 1851, the Gazette ..."
    r"original(?:ly)? post(?:ed)? below|originally (?:published|posted)(?: on)?"
    r"(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}"
    r"(?:, \d{4})?|(?: \d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))?"
    r"(?:,? (?:at )?\d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: [a-z]{2,4})?)?|"
    # an update log: "Updates, 12:04 p.m.: Includes more remarks ...; 1:01 p.m.: Adds ..."
    # (an update that tells the news stays: "Update 4:00 p.m.: While the facts ...")
    r"updates?,? \d{1,2}:\d\d ?[ap]\.?m\.?(?: [a-z]{2,4})?\s*:\s*"
    r"(?:includes?|adds?|added|updated?s?|corrects?|corrected|removes?|changes?)\b.{0,600}|"
    # a share bar, its buttons' names run together: "CONNECT TWEET LINKEDIN COMMENTEMAILMORE"
    r"(?:(?:connect|tweet|linkedin|comment|email|more|share|facebook|twitter|pinterest|print|"
    r"save|reddit)\s*){3,}|"
    # an author's or the site's footer with an address: "Follow Evie on Twitter @eviefordham.",
    # "Send tips to evie@...", "For licensing opportunities ..., please contact licensing@..."
    r"(?:follow|send|e-?mail|contact|reach|write to|for (?:licensing|reprints?|permissions?)\b)"
    r"[^\"“”]{0,120}(?:\s@\w{1,15}|\S@[\w-]+\.\w+)\S*|"
    r"content created by\b.{0,80}\bis available\b.*|"
    r"(?:you can )?follow [\w .'’-]{1,60} on (?:twitter|facebook|instagram)\b.{0,60}|"
    # notes on the page: "[Editor's note: ...]", "This story was compiled from AP material"
    r"\[editor['’]s note\b.*\]|editor['’]s note\s*:.*|"
    r"this (?:story|report|article) (?:was|has been) compiled from\b.{0,100}|"
    # widgets: NPR's caption toggle, ABC's "Add Interest", ad slots, TV promos, link lines
    r"enlarge this image\b.*|add interest|interested in [\w'’&,. -]{1,50}\?"
    r"(?: add .{1,60} as an interest to stay up to date\b.*)?|"
    # video players: CNN's "JUST WATCHED ... Replay More Videos ...", USA TODAY's "CLOSE ..."
    r"(?-i:JUST WATCHED) .*|(?-i:CLOSE [A-Z]).{40,600}|"
    r"add .{1,60} as an interest to stay up to date\b.*|ad|"
    rf"{_INBOX_LABEL}get\b.{{0,80}}\bdelivered\b.{{0,20}}\bto your inbox{_SIGN_UP_TAIL}|"
    r"tune in(?:to)?\b.{0,60}\b(?:ET|PT|[ap]\.?m\.?)\b.{0,40}(?:\b(?:coverage|news)\b.{0,200})?|"
    # related stories and videos as links: the New York Post's "see also Manafort hit with
    # new charges ... Friday..." and "Related Video Video length 31 seconds :31 ..."
    r"see also\s+(?-i:[A-Z]).{0,300}|related video\b.{0,300}|"
    # ABC's standing box of links: "What to know about coronavirus:" / "How it started and
    # how to protect yourself: coronavirus explained" / "What to do if you have symptoms:
    # coronavirus symptoms" / "Tracking the spread in the US and worldwide: coronavirus map"
    r"what to know about [\w' -]{1,40}:|how it started and how to protect yourself:.{0,40}|"
    r"what to do if you have symptoms:.{0,40}|tracking the spread in the us and worldwide:.{0,40}|"
    # a note that the story changed, not what changed: "Update: Story updated with second
    # Trump tweet.", "Update: This post was updated with statements from ..."
    r"update\s*:\s*(?:the |this )?(?:story|post|article|report) (?:was |has been |is )?updated\b"
    r".{0,200}|"
    # an embed's label, a page's note, a podcast's promo, a link to a document
    r"watch|(?:correction|clarification)\s*:.*|catch up on\b.{0,120}\bpodcast\b.*|"
    r"the news moves fast\..*|(?:catch up at the end of the day:\s*)?subscribe to\b.{0,80}"
    r"\bpodcast\b.*|read the (?:full|entire|complete) [\w ]{1,30}(?: (?:at|on|from) [\w .]{1,30})?|"
    r"(?:read|see|view|watch|download|listen to|find|check out)\b[\w\s'’,-]{0,60}\bhere|"
    # a tip line and an author's bio signed with a handle: "Send a tip to the news team at
    # NR.", "Elizabeth Dye (@5DollarFeminist) lives in Baltimore where she writes about law"
    r"send (?:us )?(?:a |your )?tips? to\b.{0,60}|"
    # the Guardian's tip line: "Have you got new information about this story? You can
    # message Guardian investigations using Signal or WhatsApp: ..."
    r"have you got (?:new )?information about this story\?.{0,400}|"
    # a wire's link line, a link prompt with nothing after it, a request by e-mail, a
    # podcast's promo, a dated correction, the opinion page's call for letters, a writer's
    # bio signed with a handle ("Follow AP coverage of the pandemic at https://...",
    # "Read more from Yahoo News:", "If you would like to suggest a correction ...,
    # please email corrections@...", "For more of Slate's news coverage, subscribe to ...")
    r"follow [\w'’ ]{1,40} coverage\b.{0,60}\bat https?://.*|"
    r"read more from [\w .'’-]{1,40}:|"
    r"if you\b.{0,160}\b(?:e-?mail|send us)\b.{0,60}\S@[\w-]+\.\w+\S*|"
    r"for more of\b.{1,60}\bsubscribe to\b.*|"
    r"(?:correction|clarification),? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r" \d{1,2},? \d{4}\s*:.*|"
    r"this post has been (?:updated|corrected)\b.{0,160}|"
    # a standing note of the page: "This is a developing story, stay tuned for updates.",
    # "The opinions expressed by columnists are their own and do not represent the views
    # of Townhall.com.", a lead-in to headed sections ("Here's what you need to know:")
    r"this is a (?:developing|breaking)(?: news)? story\b.{0,200}|"
    r"the (?:opinions|views) expressed (?:by|in)\b.{0,80}\bare (?:their|the author['’]s|his|her"
    r"|solely)\b.{0,160}|"
    r"here['’]s what (?:you need to know|we know(?: so far)?)\s*:|"
    # a live blog's lead-ins to its sections: "Here are the latest developments in the
    # government response:", "Here is how developments unfolded on Tuesday."
    r"here (?:are|is) the latest developments\b.{0,60}:|"
    r"here is how (?:the )?(?:developments|events|the day|the news) unfolded\b.{0,40}|"
    # a podcast's promo under a story: "This report was featured in the Wednesday, March 25,
    # 2020, episode of “Start Here,” ABC News’ daily news podcast." (its "... Listen for
    # free ... wherever you get your podcasts." line: _PODCAST_PROMO)
    r"this (?:report|story) was featured in\b.{0,80}\bepisode of\b.{0,120}\bpodcast\.?|"
    # a transcript's production cue: "[music]", "[crowd chanting]"
    r"\[(?-i:[a-z]+(?: [a-z]+){0,3})\]|"
    # a line in brackets: a related story's link, a call for readers, a promo ("[Here are
    # the nine biggest takeaways ...]", "[For a graphic on ..., click tmsnrt.rs/...]",
    # "[We want to hear from you. ...]"); the magazine's call for letters
    r"\[(?-i:[A-Z])[^\[\]]{10,300}\]|"
    # Reuters' link to a graphic in round brackets: "(For graphic on timeline of major mass
    # shootings ... click tmsnrt.rs/2LfKug6)"
    r"\((?:for (?:a |an )?(?:graphic|interactive|factbox|timeline)\b)[^()]{0,200}"
    r"\b(?:click|see)\b[^()]{0,80}\)|"
    r"we want to hear what you think about this (?:article|story)\b.{0,200}|"
    # NPR's standing note under a transcript: "NPR transcripts are created on a rush deadline
    # by Verb8tm, Inc., ... The authoritative record of NPR’s programming is the audio record."
    r"(?:npr|this) transcripts? (?:are|is) created on a rush deadline\b.{0,400}|"
    r"this text may not be in its final form and may be updated or revised\b.{0,300}|"
    # a correction note, bulleted: "• This article was amended on 19 May 2020 to insert ..."
    r"[•·]?\s*this (?:article|story|report) was (?:amended|corrected|updated) on\b.{0,300}|"
    # a credit for wire copy, the opinion page's call for letters, a live blog's notes
    r"information from (?:the )?[\w .'’-]{2,40} (?:was|has been) used in this "
    r"(?:report|story|article)|"
    r"the times is committed to publishing a diversity of letters\b.{0,300}|"
    r"(?:here['’]s how the news is developing\b.{0,30}?\.\s*)?(?:all times (?:are )?eastern\.\s*)?"
    r"please refresh (?:this|the) page for (?:the latest )?updates|"
    r"(?:you can read diverse opinions\b.{0,200})?to submit a letter\b.{0,80}|"
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) is an? [\w ,-]{0,40}(?:reporter|writer|"
    r"correspondent|editor|columnist|contributor)\b.{0,120} follow\b.{0,40}\s@\w{1,15}|"
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) \(@\w{1,15}\) (?:lives|is|writes|covers)\b"
    r".{0,200}|"
    r"\d+ / \d+)\s*[.:!]?$",
    re.IGNORECASE,
)
# a newsletter sign-up box run into one line, whatever its heading ("Morning Tax Sign up for our
# tax policy newsletter ... Email Sign Up By signing up you agree to receive email newsletters
# or alerts from POLITICO. You can unsubscribe at any time. This site is protected by ...")
_NEWSLETTER_BOX = re.compile(
    r"by signing up,? you agree to|you can unsubscribe at any time|"
    r"this site is protected by recaptcha",
    re.IGNORECASE,
)
_NEWSLETTER_WORDS = re.compile(r"sign(?:ing)? ?up|inbox|newsletter|e-?mail", re.IGNORECASE)
# a tweet as a page embeds it: its signature, "— Donald J. Trump (@realDonaldTrump)
# October 19, 2017", alone or after the tweet's text, and its links ("pic.twitter.com/7GZ",
# "https://t.co/MrsV"); the text stays, what the tweet said as the page shows it
_MONTH_HEADS = "|".join(m[:3].capitalize() for m in tuple(MONTHS)[:12])  # "Jan|Feb|..."
_TWEET_SIGNATURE = re.compile(
    r"(?:(?:^|\s)(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)*"
    r"|(?<=[.!?”\"’])(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)+)[—–-]\s*"
    # the author's name holds no dash of its own: "... 3 countries - taking advantage of
    # U.S. for years! — Donald J. Trump (@realDonaldTrump)" is signed at the last one
    # and a rank's short mark in brackets: "— GEN(R) Martin E. Dempsey (@Martin_Dempsey)"
    r"(?:[^()\n—–\s]|\s(?![—–-]\s)|\([A-Z]{1,3}\)(?=\s)){1,60}"
    r"\(@\w{1,15}\)\s*"
    rf"(?:{_MONTH_HEADS})[a-z]*\.? \d{{1,2}},? \d{{4}}$"
)
# the parts of a signature: "— Donald J. Trump (@realDonaldTrump) October 19, 2017"
# ... or before it, the account's name and handle opening the line; not a writer's bio
# ("Dr. Jack Turban (@jack_turban) is a resident physician ...")
_TWEET_HEAD = re.compile(
    r"^(?P<author>[A-Z][\w.’' -]{1,40}?) \((?P<handle>@\w{1,15})\) (?=[A-Z\"“@#])"
)
_SIGNATURE_PARTS = re.compile(
    r"[—–-]\s*(?P<author>(?:[^()\n—–]|\([A-Z]{1,3}\)(?=\s)){1,60}?)\s*"
    r"\((?P<handle>@\w{1,15})\)\s*(?P<posted>[^()\n]*)$"
)
_TWEET_HANDLE_DATE = re.compile(rf"\(@\w{{1,15}}\)\s*(?:{_MONTH_HEADS})")
# a tweet's links ending a line, glued to its last stop too ("... in April 2017.https://t.co/BP5")
_TWEET_LINKS = re.compile(
    r"(?:^|\s+|(?<=[.!?”\"’]))(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)+$"
)
# a related story's headline that ends with its link: "Trump says he is not planning to fire
# Mueller as Republican attacks increase Read more" (the Guardian)
_READ_MORE_END = re.compile(r"\S\s+Read more$")
# a line that links to more on its subject: "Read more on GDPR woes from Reason columnist
# Andrea O'Sullivan.", "Read more from The Hill:"
_MORE_LINK = re.compile(r"^(?:Read|See|Watch) more (?:on|about|from|of)\b[^.!?]{1,80}[.:!]?$")
# a prompt to follow a link, closing a paragraph: "See a clip.", "(See the list.)", "Read
# the full report at Politico.", "Watch the full video below."
_LINK_PROMPT_END = re.compile(
    r"(?:^|(?<=[.!?\"”)] ))\(?(?:See|Watch|Read|Listen to) (?:a|the|our)(?: \w+)? "
    r"(?:clip|list|video|report|letter|email|interview|transcript|statement|speech|"
    r"document)s?(?: of (?:his|her|their|the) \w+)?(?: below| here| at [A-Z][\w.]*)?\.\)?$",
    re.MULTILINE,
)
# Reuters' code for its pages on a market, left at a paragraph's end: "... recovered some
# of its losses. [GBP/]", "[MKTS/GLOB]", "[O/R]"
_LINK_CODE = re.compile(r"(?<=[.!?”\"])\s*\[[A-Z]{1,6}/[A-Z]{0,6}\]$", re.MULTILINE)
# "(RELATED: Ohio Rep Tim Ryan Announces 2020 Run)" inside a paragraph
_INLINE_RELATED = re.compile(r"\s*\(RELATED:[^()]{3,200}\)")
# a link at a paragraph's end, or a line that is one: "... Super Tuesday. Click here for
# more on our top story.", "Not seeing the video? Click here."
# ("The Senate financial disclosure data is available by clicking here.")
_CLICK_HERE_END = re.compile(
    r"(?:^|(?<=[.!?”\"])\s+)(?:[^.!?]{0,60}\?\s+)?click here\b[^.!?]{0,80}[.!?]?$"
    r"|(?:^|(?<=[.!?”\"])\s+)[^.!?\"“”]{0,80}\bby clicking here[.!]?$",
    re.IGNORECASE,
)
# the site's own explainer at a paragraph's end, or a line that is one: "For a full
# explanation of how the case has developed, see Vox's Trump v. Hawaii explainer."
_SEE_OUR_END = re.compile(
    r"(?:^|(?<=[.!?”\"])\s+)For (?:a|an|more|the)\b[^.!?]{0,100}, see (?:the )?(?:our|\w+['’]s)"
    r"\b[^!?]{0,80}\b(?:explainer|guide|coverage|story|piece|report)\.?$"
)
# a line of a page's script ("window._taboola = ...") or an icon's name ("more_vert")
_SCRIPT_LINE = re.compile(
    r"(?:window\.|var |let |const |function\s*\(|\(function|document\.|googletag\.)"
    r"|[a-z]+(?:_[a-z]+)+$"
)
# a line that is only a clock time or how long ago ("6:35 p.m.", "21 min ago")
_CLOCK_LINE = re.compile(
    r"^(?:(?:\d{1,2}:\d{2}(?:\s?[ap]\.?\s?m\.?)?|\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?\s?m\.?)"
    r"(?-i:\s[A-Z]{2,4})?"  # a time zone, in capitals: "5:00 AM ET"
    r"|\d+\s?(?:hours?|hrs?|hr)(?:\s\d+\s?min)?\s+ago|\d+\s?(?:min(?:ute)?s?|days?)\s+ago)$",
    re.IGNORECASE,
)
# A line that may be a date and time alone ("Jul 15, 2018 | 2:37 PM", "5:58 am PDT, Monday,
# July 16, 2018"): its words are month and weekday names, fillers and time zones in capitals,
# and its figures all belong to dates and times (storydiff.quantities reads them).
_DATE_NAMES = frozenset((*MONTHS, *WEEKDAYS, *(d + "s" for d in WEEKDAYS)))
_DATE_LINE_WORDS = _DATE_NAMES | {"am", "pm", "at", "on", "of", "last", "updated", "published"}
# the time zones storydiff.quantities reads, and the short US ones pages print ("5:00 AM ET")
_TIME_ZONES = frozenset(z for z in TZ.split("|") if " " not in z) | {"ET", "PT", "CT", "MT"}
_YEAR_OR_CLOCK = re.compile(r"\b(?:1[89]|20)\d\d\b|\d:\d\d")
_DATE_LINE_PUNCTUATION = ",|/:.-–—()"
# the first lines of a text are its header (headline, byline, date): there a date line is a
# stamp even inside a run of single lines, where no line stands alone as a paragraph, unless
# it reads as the end of a hard-wrapped sentence ("...the new ferry route\non May 5, 2019.")
_HEADER_LINES = 5
_SPACED_DIVIDER = re.compile(r"(?<=\d) ?([:/]) ?(?=\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?!\d)")
# how a date line starts (a figure, a month or weekday, a filler): most lines fail at once
_DATE_START = re.compile(
    r"\d|on |at |updated|published|last|" + "|".join(sorted({n[:3] for n in _DATE_NAMES})),
    re.IGNORECASE,
)
# "By Ann Lee", "By Ann Lee and Bo Ek", "By Ann Lee, professor at Loyola Law School"
# (the names in capitals: "By the way, this is it" is no byline)
_ROLE = r"(?:professor|editor|correspondent|reporter|writer|columnist|contributor|analyst|fellow)"
_BYLINE = re.compile(
    r"^(?i:by)\s+(" + _NAME + r"(?:(?:,| and) " + _NAME + r")*)"
    r"(?:,\s+(?:a |an |the )?(?:[a-z][\w ]{0,30}?\s)?" + _ROLE + r"s?\b[^,]{0,60})?\s*$"
)
# words of a byline with its role: "By Ankit Panda, senior fellow at the Federation of
# American Scientists" (the BBC's analysis box) has 11
_LONGEST_BYLINE = 12
# a paragraph closing on a show's time on both coasts: '... Friday on "CBS This Morning"
# (7 to 9 a.m. ET/PT)', '"Being Melania" airs on ABC on Friday (10 p.m. ET/PT).'
_SHOW_TIME_END = re.compile(
    r"\(\d{1,2}(?::\d\d)?(?:\s*(?:to|-|–)\s*\d{1,2}(?::\d\d)?)?\s*[ap]\.m\.\s+ET/PT\)\.?$"
)
# A wire byline or credit line: "Angela Charlton, Associated Press Published 6:18 a.m. ET
# July 16, 2018", "By MATTHEW LEE, AP Diplomatic Writer | on", "The Associated Press" alone
_AGENCY = r"(?:The )?(?:Associated Press|AP|Reuters|Agence France-Presse|AFP|Bloomberg(?: News)?)"
_AGENCY_BYLINE = re.compile(
    r"^(?:(?i:by)\s+)?(" + _NAME + r"),\s+" + _AGENCY + r"(?:\s+[A-Z][\w ]{0,40}?"
    r"(?:Writer|Correspondent|Reporter|Editor))?\s*(?:[|•·]\s*(?:on)?|"
    r"(?:Published|Updated)\b.{0,60})?\s*$"
)
_AGENCY_ALONE = re.compile(r"^" + _AGENCY + r"$")
# "The Associated Press | Monday, July 16, 2018, 9:06 a.m.": the agency, then a date line
_AGENCY_DATE = re.compile(r"^" + _AGENCY + r"\s*[|•·]\s*(.+)$")
# CNN's inline gallery, scraped as one paragraph: "Photos: Kamala Harris ... Hide Caption 1 of 35
# Photos: ..."
_GALLERY_COUNTER = re.compile(r"\bHide Caption \d+ of \d+\b")
# a chart's furniture: "Total Raised (in millions) + Show all candidates", "Cash on Hand (in
# millions) Note: Figures are as of March 31."
_CHART = re.compile(
    r"^[A-Z][^.!?]{0,90}?(?:\((?:in )?(?:millions|billions|thousands|percent|dollars)\)"
    r"(?:\s+\+ Show (?:all|more)(?: \w+)?)?|\s\+ Show (?:all|more)(?: \w+)?)(?:\s+Note:.*)?$"
)
# a site asking its readers for money: "Please consider making a contribution to Vox
# today.", "Your financial contribution will not constitute a donation, but ..."
_DONATION_BOX = re.compile(
    r"\bplease consider (?:making )?an? (?:contribution|donation)\b"
    r"|\byour (?:financial )?(?:contribution|donation)s? (?:will|helps?|makes?)\b",
    re.IGNORECASE,
)
# an item of a numbered list: "6. Summing up the GOP rebuttal"
_NUMBERED_ITEM = re.compile(r"^(\d{1,2})\. [A-Z‘“\"']")
# a numbered question heading its section: "1) Why is Super Tuesday a big deal?"
_NUMBERED_QUESTION = re.compile(r"^\d{1,2}[.)] [A-Z‘“\"'][^\n]{2,150}\?$")
# a question opening with its asking word, no quote marks in it: "What has the US opened and
# who attended?" (12 words at most)
_SECTION_QUESTION = re.compile(
    r"^(?:What|Who|Whom|Whose|Why|How|When|Where|Which|Is|Are|Was|Were|Will|Would|Does|Do"
    r"|Did|Can|Could|Should|Has|Have)(?:['’]s)?\s[^\n\"“”‘’]{2,100}\?$"
)
_QUESTION_WORDS = 12
# "Related Why 15 US states suddenly made masks mandatory": a link, no sentence
_RELATED_LINK = re.compile(r"^Related:? [A-Z0-9‘“\"'][^.!?]*[?]?$")
# ... labelled, or dated, a headline with no stop: "Opinion: Wisconsin and Michigan power
# grabs: Lame-duck lawmakers are threatening democracy itself", "Dec. 5: Wisconsin GOP makes
# lame-duck moves to strip incoming Dems' power: What you need to know" (a timeline's "Dec.
# 5: Troops arrived in Lisk." is a sentence)
_LABELLED_LINK = re.compile(
    r"^(?:Also|Opinion|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2})"
    r":\s?[A-Z0-9‘“\"'].{5,200}[^.!\"”’]$"
)
_LONGEST_LINK = 25  # words
# a paragraph that is nothing but a quote, its closing mark last
# a quote and nothing else, or signed after a dash: '"There is a chance ..." — President Trump'
# (signed with a name and its title: "... ongoing.” — Deputy Attorney General Rod Rosenstein")
_WHOLE_QUOTE = re.compile(
    r"^[\"“‘']([^\"“”]{20,400}?)[.,!?]?[\"”’']"
    # its speaker after a dash, titled as a newsroom titles ("— Trump attorney Rudy Giuliani")
    r"(?:\s+[—–]\s*[A-Z][\w.'’-]*(?: [\w.'’-]+){0,6})?$"
)
# a line of credits for a page's pictures, nothing else: "Photo illustration by Slate. Map
# by iStock/Getty Images Plus.", "Photo illustration by Slate. Photos by Chip
# Somodevilla/Getty Images."
_BY_CREDITS = re.compile(
    r"^(?:(?:Photo illustration|Photos?|Illustration|Map|Graphic|Chart|Video) by"
    r" [A-Za-z][^.]{1,60}\.\s*){1,3}$"
)
# a photo credit alone below its caption: "(Photo: Aleksi Tuomola / AP)"
_CREDIT_ALONE = re.compile(r"^\((?:Photo|Image|Picture)s?:\s[^()]{2,80}\)$", re.IGNORECASE)
# a photographer and an agency alone on a line: "Patrick McDermott/Getty Images, File"
# or with an outlet, via an agency: "Scott Bandle / St. Louis Post-Dispatch via AP"
_NAME_CREDIT_ALONE = re.compile(
    r"^" + _NAME_WORDS + r"(?:" + _NAME_AGENCY + r"|(?: ?/ ?[\w.'’ -]{1,40}){1,3} via "
    r"(?:REUTERS|" + _PHOTO_AGENCY + r"))$"
)
# "Contact Ann Lee at ann.lee@coastnews.example": a name, "at", an address, nothing more
_CONTACT_LINE = re.compile(
    r"^(?i:contact|e-?mail|reach|write to)\s+(?:[A-Z][\w.'’-]*\s+){1,4}at\s+"
    r"[\w.+-]+@[\w-]+\.[\w.]+\s*\.?$"
)
# End credits of wire copy. Anywhere: "The Associated Press contributed to this report.",
# "Fox News' Chad Pergram contributed to this report." In the closing lines only, where
# they sign a story off: "Jordain Carney contributed.", "Colvin reported from Glasgow,
# Scotland." (and both on one line). The contributors are names, outlets and a few role
# words; "He reported from Moscow." and "Democrats also contributed." are story sentences.
_REPORTED_FROM = (
    r"(?!(?:He|She|They|It|We|I)\b)[A-Z][\w'’-]+(?:(?:,| and) [A-Z][\w'’-]+)* reported from "
    r"[A-Z][\w'’-]*(?:(?:,\s*|\s+)[A-Z][\w'’.-]*){0,4}\."
)
_CREDIT_WORD = (
    r"(?:[A-Z][\w.'’-]*|and|in|of|the|staff|wire|services|writers?|reporters?"
    r"|correspondents?)"
)
_CREDITED = r"(?:[•⦁·*]|--?|—)?\s*" + _CREDIT_WORD + r"(?:[\s,]+" + _CREDIT_WORD + r")*[\s,]+"
_CREDIT_LINE = re.compile(
    r"^(?:" + _REPORTED_FROM + r"\s+)?" + _CREDITED + r"(?:also\s+)?contributed"
    r"\s(?:reporting|to this (?:report|story|article))"
    # "... contributed to this report from New York, and Dee-Ann Durbin from Detroit."
    r"(?:\s+from\s+[A-Z].{0,120})?\.?$"
)
# a credit line naming where each contributor worked from, with no "to this report":
# "Associated Press writer Thomas Beaumont contributed from Sioux City, Iowa and Julie
# Walker contributed from Miami." (a name, two capitalised words, before "contributed")
_CONTRIBUTED_FROM = re.compile(
    r"^(?:" + _CREDITED + r")?[A-Z][\w.'’-]*\s+[A-Z][\w'’-]+\s+(?:also\s+)?contributed\s+from\s+"
    r"[A-Z][^\"“”]{0,200}$"
)
# a credit line among a story's closing lines, whatever words name the contributors
_CLOSING_CREDIT = re.compile(
    # a name among them, two capitalised words ("Many factors contributed to this report."
    # is a sentence)
    r"^(?=[^\"“”]*?[A-Z][\w.'’-]*\s+[A-Z][\w'’-])"
    r"[A-Z•⦁·*—-][^\"“”]{2,300}\s(?:also\s+)?contributed\s+"
    r"(?:reporting|to this (?:report|story|article))\b[^\"“”]{0,80}\.?$"
)
# a writer's note closing an opinion piece: a full name, "is a"/"was a", a writer's role
_AUTHOR_NOTE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+ (?:is|was) (?:(?:an? |the )[^.]{0,200}\b"
    r"(?:advis[eo]r|commentator|columnist|contributor|contributing editor|senior fellow"
    r"|fellow|author of|host of|writer|professor)\b"
    # "Heather R. Higgins is CEO of Independent Women’s Voice."
    r"|(?:the )?(?:CEO|chief executive|president|chair|chairman|chairwoman|founder"
    r"|executive director) of (?:the )?[A-Z])"
)
# a story signed off with a dash and who wrote or supplied it, its last line: "—Field Level
# Media", "-- Alex Rogers" (a few capitalised words, no stop)
_DASH_SIGN_OFF = re.compile(r"^(?:--?|—|–)\s*[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|and)){0,4}$")
# "This article is based in part on wire service reports." (the Atlanta Journal-Constitution),
# "This report contains material from The Associated Press, Reuters, and Bloomberg News."
# (Newsmax, the Christian Science Monitor)
_WIRE_BASIS = re.compile(
    r"^(?:[•⦁·*]\s*)?this (?:article|story|report) (?:(?:is|was) based (?:in part )?on "
    r"(?:wire[- ]service|news agency|agency) reports|contains material from (?-i:[A-Z])"
    r"[^.!?\"“”]{0,120})\.?$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:(?:" + _REPORTED_FROM + r"\s+)?" + _CREDITED + r"contributed\.?|" + _REPORTED_FROM + r")$"
)
# debris that marks a page's footer: a promo headline may follow it ("Follow X on Twitter")
_FOOTER_KINDS = frozenset(("boilerplate", "byline"))
_CLOSING_LINES = 3  # a sign-off is among the last few lines of the story
_NAME_CAPS = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}$")
_URL_LINE = re.compile(r"^(?:https?\s*:\s*/\s*/|www\s*\.)\s*\S.*$", re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"^(?:[-—–]+\s*)?(?:published|updated|posted|last updated|first published)"
    r"\s*:?\s.{0,60}\d.{0,40}$",
    re.IGNORECASE,
)
# a live blog's entry heading: its time, then what happened ("7:30 p.m.: New York City cases
# rise to 23,112"), a line of the story however many capitals it has
_LIVE_ENTRY = re.compile(r"\d{1,2}(?::\d\d)?\s?[AaPp]\.?[Mm]\.?(?:\s?[A-Z]{2,4})?:\s")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_INLINE_MORE = re.compile(r" MORE\b")
# a stock quote widget after a company's or an index's name: " DJIA, +0.36%", " UKX,
# -6.74%" (with the space before a comma that follows it: "The Dow DJIA, +9.36% , composed")
_TICKER_WIDGET = re.compile(r" [A-Z][A-Z0-9.]{0,7}, [+−-]\d+(?:\.\d+)?%(?: (?=,))?")
# a hover card with no headline: the name, then the card's full name, its surname glued to
# "MORE" ("John Kelly John Francis KellyMORE", "Benjamin Netanyahu Benjamin (Bibi)
# NetanyahuMORE"); the card is what goes
_BARE_CARD = re.compile(
    r"\b(?P<sur>[A-Z][\w'’-]+)"
    r"(?P<card>(?: (?:[A-Z][\w.'’-]*|\([A-Z][\w.'’-]*\))){1,4} (?P=sur)MORE)\b"
)
_NAME_SUFFIX = re.compile(r",? (?:Jr|Sr)\.?(?=[ ,])|,? (?:II|III|IV)\b")
# A surname glued to the next headline: "TrumpTrump", "KerryDemocrats", "TrumpGOP", "LeeOn".
_GLUED = re.compile(
    # a surname may have a capital inside after its prefix: "McConnellGOP senators balk ..."
    # or a prefix of its own ("DeVosBetsy DeVos's playbook"), or a headline opening with a
    # year ("Clinton2020 Democrats make play ...")
    r"\b((?:Mc|Mac|O['’]|De|Di|Du|La|Le|Van|Von)?[A-Z][a-z'’\-]*[a-z]{2})"
    r"(?=[A-Z][a-z]|(?!MORE\b)[A-Z]{2,5}\b|(?:19|20)\d\d\b)"
)

# ... or written apart from it, when the headline opens with the surname: "Hoyer Hoyer calls"
# ... or the mention's given name and surname, then the card's, middle names between
_RESTATED = re.compile(
    r"\b(?P<given>[A-Z][a-z]+) ([A-Z][a-z'’-]+[a-z]) (?P=given) (?:\(?[A-Z][\w.'’-]*\)? ){0,3}"
    r"(?P<surname>\2) (?=[A-Z0-9'‘\"“])"
)
_DOUBLED = re.compile(
    r"\b((?:Mc|Mac|O['’]|De|Di|Du|La|Le|Van|Von)?[A-Z][a-z'’\-]*[a-z]{2}) (?=\1\b)"
)


def _words(line: str) -> int:
    return len(line.split())


_CLOSERS = "\"'”’)]"
_ENDERS = frozenset(".!?:;…")


_STOP_THEN_SPACE = re.compile(r"[.!?] (?=[A-Z])")


def _sentence_end(line: str, pos: int) -> int:
    """End of the sentence holding ``line[pos]``: after its full stop and a space, else
    the line's end."""
    stop = _STOP_THEN_SPACE.search(line, pos)
    return stop.end() if stop is not None else len(line)


def _ends_sentence(line: str) -> bool:
    """``_SENTENCE_END.search(line)`` without a scan: an ender before closing marks."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _ENDERS


# Cheap exact pre-checks on a stripped line, so that most lines of a long wire
# story never reach the regular expressions (reading is a large share of the
# end-to-end time). Each one only rules out lines its regex cannot match.
_CAPTION_PREFIX_FIRST = frozenset("picvgmPICVGMF")
_URL_FIRST = frozenset("hwHW")
_TIMESTAMP_FIRST = frozenset("pulfPULF-—–")
_BOX_END_FIRST = frozenset("sthjSTHJ")
_BOX_START_FIRST = frozenset("yhrcYHRC")
_BOILERPLATE_FIRST = frozenset("astepcflvynrbewlwugmoijhASTEPCFLVYNRBEWLUGMOIJH0123456789%$/([-")
_QUOTE_FIRST = frozenset("\"“‘'")

# a wire's credit line in brackets: "(Reporting by Lucia Mutikani; Editing by Paul Simao)"
_WIRE_CREDIT = re.compile(
    r"\((?:additional )?(?:reporting|writing|editing|compiled|graphics?) by\b[^()]{0,300}\)$",
    re.IGNORECASE,
)
# a podcast's promo, whatever opens it: '"Start Here" offers a straightforward look at the
# day's top stories in 20 minutes. Listen for free every weekday on Apple Podcasts, ...
# or wherever you get your podcasts.'
_PODCAST_PROMO = re.compile(
    r"\blisten (?:for free )?\b.{0,200}\bwherever you (?:get|listen to) your podcasts\b",
    re.IGNORECASE,
)


# The only non-ASCII characters a case-insensitive pattern equates with ASCII
# letters (İ ı with i, ſ with s, the Kelvin sign with k).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _may_be_newsletter(text: str) -> bool:
    """Whether ``text`` may hold a newsletter box (plain substring tests, then the regex)."""
    return (
        "signing up" in text
        or "nsubscribe at any" in text
        or "eCAPTCHA" in text
        or "recaptcha" in text
    )


def _may_hold_tweet(text: str) -> bool:
    """Whether ``text`` may hold an embedded tweet's signature or links."""
    return (
        "pic.twitter.com/" in text
        or "t.co/" in text
        or ("(@" in text and _TWEET_HANDLE_DATE.search(text) is not None)
    )


def _may_hold_agency_credit(text: str) -> bool:
    """Whether ``text`` may hold an agency-first photo credit ("REUTERS/Ana Brel")."""
    return "/" in text and any(agency in text for agency in _CREDIT_AGENCIES)


def _may_be_copyright(line: str) -> bool:
    if not line.isascii() and ("©" in line or any(c in line for c in _FOLDS_TO_ASCII)):
        return True  # let the regex decide
    low = line.lower()
    return (
        "(c)" in low
        or "copyright" in low
        or "rights reserved" in low
        or "with permission" in low
        or "may not be" in low
    )


def _date_word(word: str) -> bool:
    """A word a date line may hold: a figure, a month or weekday, a filler, a time zone."""
    word = word.strip(_DATE_LINE_PUNCTUATION).replace(".", "")
    if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return True  # figures ("15,", "2:37") are checked against the dates read
    return word.lower() in _DATE_LINE_WORDS or word in _TIME_ZONES


def _is_date_line(line: str) -> bool:
    """Whether ``line`` is only a publication date and/or time ("Jul 15, 2018 2:37 PM").

    It must name a month or weekday or give a clock time, and give a year or a
    clock time: "March 31" alone is a heading in a timeline, not a stamp.
    """
    line = _SPACED_DIVIDER.sub(r"\1", line)  # "13: 59", "11 / 09 / 2010" as tokenised
    if not _date_word(line.partition(" ")[0]) or _YEAR_OR_CLOCK.search(line) is None:
        return False  # the first word alone rules out most lines
    words = line.split()
    if not all(map(_date_word, words)):
        return False
    named = any(w.strip(_DATE_LINE_PUNCTUATION).lower() in _DATE_NAMES for w in words)
    if not named and ":" not in line:
        return False
    # every figure must be part of a date or a time ("March 31" is; "31 cts" is not)
    figures = [k for k, c in enumerate(line) if c.isdigit()]
    kinds = ("date", "time", "year")
    spans = [(q.start, q.end) for q in extract_quantities(line) if q.kind in kinds]
    spans.extend(m.span() for m in _NUMERIC_DATE.finditer(line))  # "06/01/2018"
    return all(any(a <= k < b for a, b in spans) for k in figures)


def _is_headline_like(line: str) -> bool:
    """A short line with no sentence-final punctuation, mostly capitalised or short."""
    n = _words(line)
    if n == 0 or n > 20 or (_ends_sentence(line) and not line.endswith("?")):
        return False
    return not line.endswith(",")


def _is_caps(line: str) -> bool:
    """Whether a line has letters and no lower-case one (an "é" counts)."""
    if line.isascii():
        return line.isupper()  # the same for ASCII, without two copies of the line
    return line.upper() == line and line.lower() != line


def _is_shouted(line: str) -> bool:
    """A line of 8 to 30 words in capitals: longer than a subhead, too long for a label."""
    return 7 <= line.count(" ") < 30 and _is_caps(line) and sum(c.isalpha() for c in line) >= 30


_SENTENCE_CASE_SUBHEAD = 8  # words at most
_LONG_SUBHEAD = 18  # words at most, with no end punctuation at all, two in an article or more


def _open_end(line: str) -> bool:
    """Whether a line ends in a word, with no stop or other mark before its closing quotes."""
    return line.rstrip(" ”’\"'")[-1:].isalnum()


def _long_subhead_shape(line: str) -> bool:
    """A sentence-case line of 9 to 18 words with no end punctuation at all, one sentence,
    no tweet: "In the face of the worst-case Covid-19 scenario, the protest movement shows
    there's hope for a better America" (Vox heads its sections so)."""
    return (
        _SENTENCE_CASE_SUBHEAD < _words(line) <= _LONG_SUBHEAD
        and line[0].isupper()
        and _open_end(line)
        and ". " not in line
        and not any(mark in line for mark in ("t.co/", "twitter.com/", "(@"))
    )


def _sentence_case_subhead(
    lines: list[str], body_idx: list[int], pos: int, *, long_ok: bool = False
) -> bool:
    """A subhead in sentence case ("Republicans acknowledge tough road ahead for bill") or
    an explainer's question ("What happens next?"): a line of at most eight words with no
    end punctuation (nine with a question mark), alone between two paragraphs that end
    sentences (a run of short lines is a list: "Shortness of breath or difficulty
    breathing" among the symptoms stays)."""
    line = lines[body_idx[pos]]
    question = line.endswith("?") and ":" not in line  # "What happens next?", not "STAHL: ...?"
    long_one = long_ok and _long_subhead_shape(line)
    open_end = _open_end(line)
    if not long_one and (
        _words(line) > _SENTENCE_CASE_SUBHEAD + question
        or not (line[0].isupper() and (open_end or question))
    ):
        return False
    if pos == 0 or pos + 1 >= len(body_idx):
        return False
    around = (lines[body_idx[pos - 1]], lines[body_idx[pos + 1]])
    if all(_words(p) >= _PARAGRAPH_WORDS and _ends_sentence(p) for p in around):
        return True
    if (
        not question
        and _words(around[0]) >= _INTRODUCTION_WORDS
        and _ends_sentence(around[0])
        and around[1][:1].isupper()
        and (
            (_words(around[1]) >= _PARAGRAPH_WORDS and _ends_sentence(around[1]))
            or _words(around[1]) >= _BROKEN_PARAGRAPH_WORDS
        )
    ):
        # a live blog's section after a short sentence ("Negotiations took some five days
        # to complete."), or before a paragraph the page broke off mid-sentence ("...,
        # negotiations ... continue behind closed doors,"), a long one; not an item of a
        # list before another ("What is the WHO?" / "Founded in 1948 ..." / "Has 194
        # member states, and aims to ...")
        return True
    # an explainer's question may head a short answer ("Why is the court so important?" /
    # "Basically, it's the final arbiter of US law."); a blog's rhetorical one ("See?",
    # "Seriously, Jackman?") opens with no question word; the line before may introduce
    # the explainer ("Here is a guide to the criminal cases against him:")
    introduced = around[0].endswith(":") and _words(around[0]) >= _INTRODUCTION_WORDS
    return (
        question
        and _QUESTION_HEAD.match(line) is not None
        and (introduced or (_words(around[0]) >= _PARAGRAPH_WORDS and _ends_sentence(around[0])))
        and (around[1][:1].isupper() or around[1][:1] in _QUOTE_FIRST)
    )


_QUESTION_HEAD = re.compile(
    r"(?:What|Who|Why|How|When|Where|Which|Will|Can|Is|Are|Does|Do|Did|Has|Have|Should"
    r"|Could|Would)(?:'s|’s)?\s\w"
)


# a pull quote's graphic, its empty marks scraped before its words
_EMPTY_MARKS = re.compile(r"[“\"] ?[”\"] \S")
_PARAGRAPH_WORDS = 12  # a paragraph around a sentence-case subhead, not an item of a list
_BROKEN_PARAGRAPH_WORDS = 25  # a paragraph after a subhead that need not end a sentence
_INTRODUCTION_WORDS = 5  # a line that introduces an explainer's questions: "Here is a guide:"
# an item of a list of figures, no heading: "Hospital funding: $75 billion"
_LABELLED_FIGURE = re.compile(
    r"[^:\d]{2,60}: (?:about |nearly |up to |over )?"
    r"(?:[$£€]\d|\d[\d,.]*(?: ?%| (?:million|billion|trillion|percent)\b))"
)
_BULLETS = frozenset("•·*▪■◦‣")  # an item of a list opens so, never a subhead
# a line of a fact box: a label of a word or two, a colon and a short value ("Religion:
# Roman Catholic", "Home: Chevy Chase, Maryland"; not a headline: "Fact check: Democrats
# trip on Detroit details")
_FACT_LINE = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?: \S+(?: \S+){0,3}$")


def _fact_box_line(lines: list[str], body_idx: list[int], pos: int) -> bool:
    """Whether the body line at ``pos`` is a labelled fact with another one beside it:
    USA TODAY's "The Brett Kavanaugh File" ("Age: 53", "Religion: Roman Catholic",
    "Family: Wife, Ashley; two daughters") is facts, no subheads."""
    if not _FACT_LINE.match(lines[body_idx[pos]]):
        return False
    beside = [body_idx[p] for p in (pos - 1, pos + 1) if 0 <= p < len(body_idx)]
    return any(_FACT_LINE.match(lines[i]) for i in beside)


# a sentence that introduces a list ("..., House Democrats wrote in a memo released Monday,
# including:"), and the most words an item of the list has
_INTRODUCES_LIST = re.compile(r"\w[,;]?\s+(?:including|include|includes|are|were|follows?)\s*:$")
_LIST_ITEM_WORDS = 12


def _list_items(lines: list[str], body_idx: list[int]) -> set[int]:
    """Positions in ``body_idx`` of the short lines listed after a sentence that introduces
    them with a colon ("... disqualifying issues, including:" / "Questions about foreign
    influence" / "Conflicts of interest" / ...): items of the story, not its subheads."""
    items: set[int] = set()
    for pos, i in enumerate(body_idx[:-1]):
        if _words(lines[i]) < 6 or not _INTRODUCES_LIST.search(lines[i]):
            continue
        for q in range(pos + 1, len(body_idx)):
            if _words(lines[body_idx[q]]) > _LIST_ITEM_WORDS:
                break
            items.add(q)
    return items


_QUOTED_CLOSE = re.compile(r"\s['‘“\"][^'‘’“”\"]{3,40}['’”\"]$")


def _is_subhead(line: str) -> bool:
    """A short title-like line (the caller has ruled out lines of 11 words or more)."""
    n = _words(line)
    if n == 0 or n > 10 or _ends_sentence(line) or (line.endswith(",") and n >= 4):
        return False  # "According to a 7.00 pm statement from the White House," goes on
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    if not words:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    # a few words closing on a quoted phrase, the BBC's: "Phone hacking 'all too common'"
    quoted = n <= 6 and line[-1] in "'’”\"" and _QUOTED_CLOSE.search(line) is not None
    return capitalised / len(words) >= 0.5 or n <= 4 or quoted


def _quoted_after_colon(line: str) -> bool:
    """Whether a headline closes on quoted words after its colon ("...: 'TOTALLY
    DISCREDITED!'"), as the BBC's close on a quoted phrase (:data:`_QUOTED_CLOSE`)."""
    found = _QUOTED_CLOSE.search(line)
    return found is not None and line[: found.start()].endswith(":")


# an inline HTML tag left in plain text, by its name: not "<since>" or "a < b"
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|font|sup|sub|small|br|p|div|cite|q|abbr|mark|s)"
    r"(?:\s+[a-z-]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>",
    re.IGNORECASE,
)


_BREAKING_TAG = re.compile(r"</?(?:br|p|div)\b", re.IGNORECASE)


def _strip_tags(line: str) -> str:
    """``line`` without its HTML tags; one that breaks a line or a paragraph ("<br>",
    "</p><p>") leaves a space, so its words and sentences stay apart."""
    return _INLINE_TAG.sub(lambda m: " " if _BREAKING_TAG.match(m.group()) else "", line)


def _strip_inline_promos(line: str) -> tuple[str, list[str]]:
    """Remove hover-card promos such as ``Trump Donald John TrumpTrump faces ... MORE``.

    The card repeats the person's full name, glued to the first promo headline
    (``TrumpTrump``), and ends with ``MORE``. It starts right after the mention
    of the surname that the card explains.
    """
    removed: list[str] = []
    search_from = 0
    while " MORE" in line:
        more = _INLINE_MORE.search(line, search_from)
        if more is None:
            break
        window_start = max(0, more.start() - 700)
        window = line[window_start : more.start()]
        glued = _GLUED.search(window)
        if glued is None or len(window) - glued.end() < 20:
            # the card's surname and the headline's first word apart: "Steny Hoyer Steny
            # Hamilton Hoyer Hoyer calls GOP efforts ... MORE"
            glued = _DOUBLED.search(window)
        if glued is None or len(window) - glued.end() < 20:
            # or the card's full name apart from its first headline: "Speaker Paul Ryan
            # Paul Davis Ryan Retirees should say 'no thanks' ... MORE"
            glued = _RESTATED.search(window)
        if glued is None or len(window) - glued.end() < 20:
            search_from = more.end()
            continue
        key = "surname" if glued.re is _RESTATED else 1
        surname = glued.group(key)
        junction = window_start + glued.start(key)
        before = line[:junction]
        mention = None  # the nearest: "briefed Donald Trump and Ivanka Trump Ivana (Ivanka) ..."
        for m in re.finditer(r"\b" + re.escape(surname) + r"\b", before):
            if junction - m.end() <= 60:
                mention = m
        again = _GLUED.search(window, glued.end())
        if (
            mention is None
            and surname not in SURNAME_PREFIXES  # "MacArthur": no glue, a surname
            and again is not None
            and again.group(1) == surname
            and again.start() - glued.end() <= 60
        ):
            # the mention glued to its card, which names the person in full and is glued
            # to its first headline: "Rep. Trey GowdyHarold (Trey) Watson GowdySunday ..."
            start = junction + len(surname)
        elif mention is not None:
            start = mention.end()
            suffix = _NAME_SUFFIX.match(line, start, junction)  # "Donald Trump Jr. Donald (Don)"
            if suffix is not None:
                start = suffix.end()
        else:
            run = re.search(r"((?:[A-Z][\w'’.\-]+ ){1,3})$", before)
            start = run.start() if run else junction
        removed.append(line[start : more.end()].strip())
        rest = line[more.end() :].lstrip()
        glue = "" if rest[:1] in ("’", "'", ",", ".", ";", ":", "!", "?", ")") else " "
        line = (line[:start].rstrip() + glue + rest).strip()  # "Mueller’s", "Trump,"
        search_from = start
    return line, removed


_AGENCY_IN_LINE = re.compile(r"Press|AP|Reuters|AFP|Bloomberg")
_LONGEST_BARE_CAPTION = 60  # words
_FULL_MONTHS = tuple(MONTHS)[:12]  # the full names, in order
# what a photo shows, in the present: "attends", "meet", "disembark from", "waves as"
_CAPTION_VERB = re.compile(
    r"\b(?:attends?|speaks?|arrives?|waves?|listens?|greets?|shakes? hands|gestures?|"
    r"poses?|disembarks?|delivers?|reacts?|smiles?|is seen|are seen)\b",
    re.IGNORECASE,
)
# the agency's full date, weekday first: "in Helsinki, Finland, Monday, July 16, 2018"
_AGENCY_DATE_IN_CAPTION = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS) + r"),? (?:" + "|".join(_FULL_MONTHS) + r") \d{1,2}, \d{4}\b",
    re.IGNORECASE,
)
# Reuters' caption without its credit: "... in Washington, U.S., March 21, 2020." (a
# sentence of a story says "on March 21")
# a caption's month, in full or abbreviated as the agencies do
_CAPTION_MONTH = r"(?:(?i:" + "|".join(_FULL_MONTHS) + r")|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
_PLACE_DATE_END = re.compile(
    r"\b(?:in|at|near|outside) (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*,? ){1,3}"
    r"(?:(?i:" + "|".join(WEEKDAYS) + r"),? )?" + _CAPTION_MONTH + r" \d{1,2},? \d{4}\.$"
)
# CNN's caption without its credit: a full date and a place, either way round, ending it
# ("... during a campaign rally on March 8, 2020 in Ann Arbor, Michigan.", "... cheer
# during a rally at Houston University in Houston, Texas on February 23, 2020.")
_DATE_PLACE_END = re.compile(
    r"\b(?:in|at|near|outside) (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*,? ){1,3}on "
    + _CAPTION_MONTH
    + r" \d{1,2},? \d{4}\.$|\bon "
    + _CAPTION_MONTH
    + r" \d{1,2},? \d{4},? (?:in|at|near|outside) [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,4}\.$"
)
# what a caption's subject does, in the present ("Sanders addresses supporters",
# "Supporters ... cheer"): a past or a future tense makes it a story's sentence ("He was
# born on March 8, 1950 in Ann Arbor, Michigan.")
_NOT_PRESENT = re.compile(
    r"\b(?:was|were|had|has|have|did|will|would|could|born|died|said|told|[a-z]{3,}ed)\b"
)
# Politico's top of page in one line: a caption, a bar, the credit, then the section, the
# headline and the standfirst ("... in November. | AP Photo/Alex Brandon White House How
# Trump saved Kavanaugh The president was convinced ..."). The caption and the credit go
# (a photographer's name is taken as two words, or an initial and two; a pool's photo
# "via" an agency: "Kevin Dietsch/Pool via Bloomberg"); the headline and the standfirst,
# the outlet's own summary, stay
_BAR_CREDIT = re.compile(
    r"^[A-Z\"“][^|]{10,600}?[.!?”] \| (?:AP Photo/(?:[A-Z]\. )?[A-Z][\w'’-]* [A-Z][\w'’-]*"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}/(?:[A-Z][\w-]*/)?(?:Pool via )?"
    r"(?:Getty Images|AP Photo|AP|AFP|Reuters|Bloomberg|POLITICO)|Getty Images)(?=\s|$)"
)
# the Guardian's explainer boxes, their body behind a toggle: "Q&A How do the Tories
# elect a new leader? Show Hide A Conservative leadership contest ...", "Timeline Boeing's
# 737 Max crisis Show Hide ..."
_EXPLAINER_BOX = re.compile(r"^(?:Quick guide|Timeline|Q&A|Explainer)\b.{0,200}? Show Hide\b")
# USA TODAY's credits: "Contributing: Bart Jansen", "Stanglin reported from McLean, Va.;
# Contributing: ..."
_CONTRIBUTING = re.compile(
    r"^(?:[A-Z][\w'’-]+ reported from [^;]{1,60};\s*)?(?i:contributing)\s*:.{1,250}$"
)
# a site's membership pitch: "Get inside access to The Daily Wire by becoming a member."
_MEMBERSHIP = re.compile(r"\bby becoming an? (?:member|subscriber|insider)\b")
# ... ending a longer footer about the site: "The Daily Wire, headed by ..., is a leading
# provider of conservative news, ... Get inside access to The Daily Wire by becoming a member."
_MEMBERSHIP_END = re.compile(r"\bby becoming an? (?:member|subscriber|insider)\.$")
# USA TODAY's and MarketWatch's related links: a label glued to the linked headline
# ("Rep. Jason Crow:Democrat reads from his children's Constitutions ...", "Read this
# next:Amid coronavirus, ...")
# (a quote for a label too: "'We will still exist':Hundreds gather for protest ...")
_GLUED_LINK = re.compile(r"^['‘“\"]?[A-Z][\w .,'’&?()-]{1,60}[A-Za-z?)'’”\"]:[A-Z]")
# players as text: "Play Video 1:10 ... – video", NBC's "Embed ... 1:13 autoplay autoplay
# Copy this code to your website or blog", NPR's "... Listen · 3:06 3:06", "Download
# the NBC News app for breaking news"
_PLAYER = re.compile(
    r"^Play Video\b|autoplay autoplay Copy this code to your website or blog$"
    r"|\bListen · \d+:\d\d|^Download the [\w ]{2,30} app\b"
)
# the Daily Mail's captions, which end with no stop: "Benjamin Netanyahu, pictured
# yesterday at the Israeli Knesset, is due to ...", "(USS Boxer, pictured July 17)"
_PICTURED = re.compile(r"\bpictured\b|\b(?:can be|is|are) seen\b(?! as\b)")
# where one pictured stands, after the name: "Marc Mukasey (left)", "Kevin McCarthy of
# Calif., right, with ...", "Edward Gallagher, center, walks with ..."
_POSITION_IN_PHOTO = re.compile(
    r"[A-Z][\w.'’-]*(?:'s|’s)?(?:, | ?\()(?:(?:far|second|top|bottom|front|back|center) )?"
    r"(?:left|right|center|centre)(?:,|\))"
)
# a section's label alone: "ANALYSIS/OPINION:", "YOU MIGHT BE INTERESTED IN:", "UPDATE:"
# (a word of the page's, not a transcript's speaker: "DONALD TRUMP:")
_LABEL_LINE = re.compile(
    r"^(?=.*\b(?:ANALYSIS|OPINION|UPDATE|UPDATED|WATCH|ALSO|GET|YOU|FREE|RELATED|READ|MORE|SEE"
    r"|NOTE|BREAKING|EXCLUSIVE|PHOTOS|VIDEO)\b)[A-Z][A-Z'’]*(?:[ /&]+[A-Z][A-Z'’]*){0,6}\s*:$"
)
# a person and the year of the photo, above its credit: "David Dorn in 2008 when he was ..."
_NAME_IN_YEAR = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3},? in (?:1[89]|20)\d\d\b")
_PHOTO_SHOWS = re.compile(r"\b(?:in|from) this (?:[\w,]+ ){0,5}(?:photo|image|picture)\b", re.I)
_NOT_A_CAPTION = re.compile(r"[\"“”]|\b(?:said|says|told|according to)\b")


def _flat_words(text: str) -> str:
    """``text``'s words, lower case, one space apart: punctuation aside ("professionally,
    but" / "professionally but")."""
    return " ".join(re.findall(r"\w+", text.lower()))


_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")


def _is_pull_quote(line: str, text_words: str, copies: int = 1, first: bool = True) -> bool:
    """Whether ``line``, a quote and nothing else, repeats words the story says elsewhere
    (a pull quote: "“I have a vested interest in the protection of black and brown
    people”" set apart from the paragraph that quotes it). ``text_words`` are the
    story's words, lower case, one space apart: word for word, punctuation aside
    ("professionally, but" / "professionally but"). ``copies`` is how many lines of the
    text are this line: when the words stand nowhere else, the first of them is the
    story's paragraph (a section that opens with the quote it discusses, scraped twice)
    and only the later ones are repeats."""
    m = _WHOLE_QUOTE.match(line)
    if m is None or _words(m[1]) < 4:
        return False
    # cut where an ellipsis leaves words out: "“This is not going to destroy the internet.
    # ... It’s not going to end democracy”" repeats two stretches of the story
    pieces = [p for p in _ELLIPSIS.split(m[1]) if p.strip()]
    if len(pieces) > 1 and min(_words(p) for p in pieces) < 3:
        return False
    found = min(text_words.count(_flat_words(p)) for p in pieces)
    if _words(m[1]) < 6:
        # four or five words ("'Chicago trusted this young man'", a subhead) must stand
        # twice elsewhere: a short phrase may be quoted once and spoken once
        return found > copies + 1
    return found > copies or (found >= 2 and not first)


# a sentence alone that a paragraph of the story says again is a pull quote between these
# many words: fewer may be said twice of their own accord, more is no pull quote's length
_PULL_WORDS = 10
_LONGEST_PULL = 40


def _said_again(line: str, lines: list[str]) -> bool:
    """Whether a paragraph of the story, not a quote set apart, says ``line`` among more
    words: the paragraph "The inquiry will hear from the crew. To ignore ..." for the
    line "To ignore ..."; not "“ To ignore ... ”", a pull quote of the line itself, nor a
    photo's caption before its credit ("... appointed by President Barack Obama. | Mark
    Wilson/Getty Images Trump signs bill ...", Politico's, which goes as a caption)."""
    return any(
        line in other
        and other != line
        and other[0] not in _QUOTE_FIRST
        and not (" | " in other and _BAR_CREDIT.match(other))
        for other in lines
    )


_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_COPY_WORDS = 10  # fewer words may be said twice in a story of its own accord


def _copies_quote_before(line: str, before: str) -> bool:
    """Whether ``line``, no quote of its own, is word for word what the paragraph
    ``before`` quotes: an embedded post scraped without its signature after the story's
    quotation of it ('She ... defended her stance by saying, “It is one thing for a
    sitting president to break the law. It’s another to let him.”' then the post's own
    text)."""
    if _words(line) < _COPY_WORDS or any(ch in line for ch in '“”"'):
        return False
    if "“" not in before and '"' not in before:
        return False  # most paragraphs: nothing quoted before them
    spans = _QUOTED.findall(before)
    if not spans or _words(_QUOTED.sub(" ", before)) < 3:
        return False  # a pull quote alone, then the story's sentence it repeats: that stays
    return _flat_words(line) in _flat_words(" ".join(spans))


def _is_named_pull_quote(line: str, text_words: str) -> bool:
    """Whether ``line`` is a pull quote set apart with its speaker's name and no quote
    marks: a sentence closed before a bare name ("... judge to be 100 percent true. Mark
    Zuckerberg"), or words the story quotes elsewhere run into the name ("Trump
    understands that if he can appeal to consumer America, he drowns political America
    Newt Gingrich")."""
    m = _NAMED_PULL_QUOTE.match(line)
    if m is None or len(re.findall(r"(?:^|\s)[a-z]", m[1])) < 3:
        return False  # a headline in title case ("... As U.S. Abstains From Vote")
    if m[3] and m[2] not in _TITLE_ABBREVIATIONS:
        return True
    said = re.findall(r"\w+", m[1].lower())
    return len(said) >= 8 and text_words.count(" ".join(said)) >= 2


# a pull quote's words, then its speaker's name (two or three capitalised words) ending the
# line: after a sentence's stop (group 3, the word before it group 2), or run on (the words
# must stand in the story too)
_NAMED_PULL_QUOTE = re.compile(
    r"^([A-Z][^\"“”]{30,400}?([A-Za-z]+)([.!?])?)\s+[A-Z][a-z'’-]+(?: [A-Z][\w'’.-]+){1,2}$"
)
# a title's abbreviation is no stop: "... received a call from Rep. Alexandria Ocasio-Cortez"
_TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS


def _reads_as_caption(line: str) -> bool:
    """Whether a paragraph above a photo credit reads as the photo's caption."""
    if _words(line) > _LONGEST_BARE_CAPTION:
        return False
    if (
        _PHOTO_SHOWS.search(line)
        or _AGENCY_DATE_IN_CAPTION.search(line)
        or _NAME_IN_YEAR.match(line)
    ):
        return True  # "In this July 14, 2018 photo an advert stating "..."", "... Monday,
        # July 16, 2018": a caption's formula, whatever it quotes
    if _NOT_A_CAPTION.search(line):
        return False
    return _CAPTION_VERB.search(line) is not None or not _ends_sentence(line)


_LONGEST_AGENCY_LINE = 160  # characters
_LONGEST_PULL_QUOTE = 60  # words


def _agency_debris(
    lines: list[str],
    i: int,
    kind: list[RemovalKind | None],
    mark: Callable[[int, RemovalKind, str], None],
) -> bool:
    """Mark line ``i`` if it is a wire byline or credit line; say whether it was."""
    line = lines[i]
    if _AGENCY_BYLINE.match(line) and _words(line) <= 20:
        mark(i, "byline", "a wire byline: a name and an agency")
        return True
    if _AGENCY_ALONE.match(line):
        mark(i, "byline", "an agency credit line")
        # "ANGELA CHARLTON" above "The Associated Press": the writer's name
        above = i - 1 if i and lines[i - 1] else i - 2
        if (
            above >= 0
            and kind[above] is None
            and 2 <= _words(lines[above]) <= 4
            and _NAME_CAPS.match(lines[above])
        ):
            mark(above, "byline", "a writer's name in capitals above an agency line")
        return True
    m = _AGENCY_DATE.match(line)
    if m is not None and _is_date_line(m.group(1)):
        mark(i, "timestamp", "an agency and a date")
        return True
    return False


def _agency_author(line: str) -> str:
    """The writer a wire byline names ("" for a credit line or a date)."""
    m = _AGENCY_BYLINE.match(line)
    return m.group(1) if m is not None else ""


def clean_text(text: str, *, keep_debris: bool = False) -> CleanedText:
    """Split ``text`` into story body, subheads and recorded debris.

    Parameters
    ----------
    text:
        The article body as read (paragraphs or lines separated by newlines).
    keep_debris:
        When true, only whitespace is normalised and nothing is removed.

    Examples
    --------
    >>> c = clean_text("Storm hits coast.\\n\\nBoats sank [AFP]\\n\\nMore rain is due.")
    >>> c.text
    'Storm hits coast.\\n\\nMore rain is due.'
    >>> c.removed[0].kind
    'caption'
    """
    text = normalize_whitespace(text.replace("\r\n", "\n").replace("\r", "\n"))
    if keep_debris:
        return CleanedText(text=text, subheads=(), removed=())
    lines = text.split("\n")
    n = len(lines)
    kind: list[RemovalKind | None] = [None] * n
    reason: list[str] = [""] * n
    author = ""

    def mark(i: int, k: RemovalKind, why: str) -> None:
        kind[i] = k
        reason[i] = why

    flat = ""  # the text's words, made once, when a line is a quote alone

    def text_words() -> str:
        # an embedded tweet is the page's copy, not the story's words: a story's own
        # quotation of the tweet is no pull quote of it
        nonlocal flat
        story = [line for line in lines if not (tweets and _TWEET_SIGNATURE.search(line))]
        flat = _flat_words("\n".join(story))
        return flat

    # Pass 1: single-line rules and comment boxes.
    in_box = False
    # what a line holds, its text holds: one look at the text rules out most of its lines
    may_copyright = _may_be_copyright(text)
    may_newsletter = _may_be_newsletter(text)
    tweets = _may_hold_tweet(text)
    read_more = "Read more" in text
    may_agency_credit = _may_hold_agency_credit(text)
    box_body = False  # the paragraph after an explainer box's title and toggle is its body
    for i, line in enumerate(lines):
        if not line:
            continue
        if box_body:
            mark(i, "boilerplate", "an explainer box's body, below its title and toggle")
            box_body = False
            continue
        if "Show Hide" in line and _EXPLAINER_BOX.match(line):
            mark(i, "boilerplate", "an explainer box with its show/hide toggle")
            box_body = line.endswith("Show Hide")
            continue
        if in_box:
            if _COMMENT_BOX_END.match(line):
                mark(i, "comment_box", "end of a reader-comment box")
                in_box = False
                continue
            if _READER_COMMENT.match(line) or (_words(line) <= 6 and not _ends_sentence(line)):
                mark(i, "reader_comment", "inside a reader-comment box")
                continue
            if line.startswith(('"', "“", "‘")):
                mark(i, "reader_comment", "quoted comment inside a reader-comment box")
                continue
            in_box = False
        first = line[0]
        # the line-start rules fold case: only a non-ASCII first character can
        # match one of them without being among its first characters
        ascii_first = first.isascii()
        # a paragraph of one line, not a piece of a hard-wrapped one ("...would\nlet the ferry")
        alone = (i == 0 or not lines[i - 1]) and (i + 1 == n or not lines[i + 1])
        if (first in _BOX_START_FIRST or not ascii_first) and _COMMENT_BOX_START.match(line):
            mark(i, "comment_box", "reader-comment box heading")
            in_box = True
        elif (first in _BOX_END_FIRST or not ascii_first) and _COMMENT_BOX_END.match(line):
            mark(i, "comment_box", "reader-comment call to action")
        elif first in _QUOTE_FIRST and _READER_COMMENT.match(line):
            mark(i, "reader_comment", "quoted comment signed with a name and a place")
        elif (
            (line[-1] in "])" and _CAPTION_TAG.search(line))
            or ((first in _CAPTION_PREFIX_FIRST or not ascii_first) and _CAPTION_PREFIX.match(line))
        ) and _words(line) <= 60:
            mark(i, "caption", "image caption ending in an agency or photo credit")
        elif first in "PIMGCV" and _BY_CREDITS.match(line):
            mark(i, "caption", "a page's credits for its pictures")
        elif line.startswith("Photos:") and _GALLERY_COUNTER.search(line):
            mark(i, "caption", "an inline photo gallery: its captions and their counters")
        elif alone and line.startswith("More on ") and _words(line) <= 6 and line[-1].isalnum():
            mark(i, "boilerplate", "a heading over links to more on a subject")
        elif line.startswith("Share All sharing options for:"):
            mark(i, "boilerplate", "a share widget")  # Vox's
        elif alone and _RELATED_LINK.match(line) and _words(line) <= 20:
            mark(i, "inline_promo", "a related story's headline")
        elif alone and _LABELLED_LINK.match(line) and _words(line) <= _LONGEST_LINK:
            mark(i, "inline_promo", "a related story's headline after its label or date")
        elif (
            alone
            and first in _QUOTE_FIRST
            and (
                _EMPTY_MARKS.match(line)  # "“ ” Chicago trusted this young man.": ABC's
                or _is_pull_quote(
                    line, flat or text_words(), lines.count(line), first=lines.index(line) == i
                )
            )
        ):
            mark(i, "boilerplate", "a pull quote: the story's words set apart again")
        elif (
            alone
            and i >= 2
            and _PULL_WORDS <= _words(line) <= _LONGEST_PULL
            and line[-1] in ".!?"
            and first not in _QUOTE_FIRST
            and not _STOP_THEN_SPACE.search(line)
            and text.count(line) > 1  # one scan in C before a scan line by line
            and _said_again(line, lines)
        ):
            # "To reject the outcome of a fair election is to directly undermine the entire
            # democratic project." set apart, and said again inside a paragraph of the story
            mark(i, "boilerplate", "a pull quote: a sentence of the story set apart again")
        elif alone and i >= 2 and _copies_quote_before(line, lines[i - 2]):
            mark(i, "boilerplate", "a post's text, which the paragraph before quotes")
        elif ("+ Show" in line or "(in " in line) and _CHART.match(line):
            mark(i, "boilerplate", "a chart's title, toggle or note")
        elif ("ontribution" in line or "onation" in line) and _DONATION_BOX.search(line):
            mark(i, "boilerplate", "a request for money to fund the site")
        elif (
            (line[-1] in _PHOTO_CREDIT_LAST and _PHOTO_CREDIT.search(line, max(0, len(line) - 130)))
            or (
                may_agency_credit
                and line.find("/", len(line) - 60) >= 0
                and _AGENCY_FIRST_CREDIT.search(line, max(0, len(line) - 80))
            )
            or (first in "FfIiTt" and _PHOTO_FORMULA.match(line))
            or ("/" in line[:60] and _CREDIT_FIRST.match(line))
        ) and _words(line) <= _LONGEST_CAPTION:
            mark(i, "caption", "a photo caption: the agency's formula or a photo credit")
        elif line.startswith("Facebook Twitter Pinterest ") and _words(line) <= _LONGEST_CAPTION:
            mark(i, "caption", "the Guardian's share buttons over a photo, then its caption")
        elif alone and line.endswith(("more", "less")) and _GALLERY_TOGGLE.search(line):
            mark(i, "caption", "a gallery caption with its more / less toggle")
        elif (
            line[-1] == "."
            and line[-2:-1].isdigit()
            and _words(line) <= _LONGEST_BARE_CAPTION
            and _PLACE_DATE_END.search(line)
            and not _NOT_A_CAPTION.search(line)
        ):
            mark(i, "caption", "a photo caption: a place and a full date, the agency's style")
        elif (
            line[-1] == "."
            and _words(line) <= _LONGEST_BARE_CAPTION
            and _DATE_PLACE_END.search(line)
            and not _NOT_PRESENT.search(line)
            and not _NOT_A_CAPTION.search(line)
        ):
            mark(i, "caption", "a photo caption: what it shows now, a full date and a place")
        elif (
            ("pictured" in line or " seen " in line)
            and _words(line) <= _LONGEST_BARE_CAPTION
            and not _ends_sentence(line)
            and (pictured := _PICTURED.search(line))
            and not _NOT_A_CAPTION.search(line, 0, _sentence_end(line, pictured.end()))
        ):
            # a caption's own sentence says nothing; the next may tell what the pictured
            # said ("... is pictured yesterday arriving ... . Gantz said in a statement ...")
            mark(i, "caption", "a photo caption: who is pictured, with no full stop")
        elif (
            not _ends_sentence(line)
            and _words(line) <= _LONGEST_BARE_CAPTION
            and _POSITION_IN_PHOTO.search(line)
        ):
            # the Daily Mail's: "Iran's deputy defence minister Seyed Araghchi (right)
            # denied ..., after President Trump (left) said ..." (a story's sentence ends)
            mark(i, "caption", "a photo caption: where the pictured stand, with no full stop")
        elif (
            alone
            and line[-1] == ":"
            and _LABEL_LINE.match(line)
            and not _PROMO_HEADER.match(line)  # "READ MORE:" heads a promo tail (pass 2)
        ):
            mark(i, "boilerplate", "a section label in capitals")
        elif (first in "sS" or not ascii_first) and _SOURCE_LINE.match(line) and _words(line) <= 16:
            mark(i, "source_line", "source / agencies credit line")
        elif (
            # runs of ASCII spaces are collapsed: 40 spaces in an ASCII line are 41+ words
            may_copyright
            and (line.count(" ") < 40 or not line.isascii())
            and _may_be_copyright(line)
            and _COPYRIGHT.search(line)
            and _words(line) <= 40
        ):
            mark(i, "copyright", "copyright or republication notice")
        elif (
            (first in _URL_FIRST or not ascii_first)
            and _URL_LINE.match(line)
            # words of letters or figures: a tokeniser spaces a URL's "/" and "-" apart
            and sum(w.strip("/-_.:?=&") != "" for w in line.split()) <= 40
            and "." in line
        ):
            mark(i, "url", "a bare URL line")
        elif (first in _TIMESTAMP_FIRST or not ascii_first) and _TIMESTAMP.match(line):
            mark(i, "timestamp", "publication timestamp line")
        elif alone and first.isdigit() and _CLOCK_LINE.match(line):
            mark(i, "timestamp", "a clock time or 'minutes ago' alone on a line")
        elif alone and not first.isalnum() and not any(c.isalnum() for c in line):
            mark(i, "boilerplate", "a rule or ornament line (no letter or digit)")
        elif (
            first in _BOILERPLATE_FIRST or not ascii_first or "(@" in line[:80]
        ) and _BOILERPLATE.match(line):
            # (a bio signed with a handle may open with any name: "Dr. Jack Turban (@...) is")
            mark(i, "boilerplate", "page furniture")
        elif "podcasts" in line and _PODCAST_PROMO.search(line) and _words(line) <= 60:
            mark(i, "boilerplate", "a podcast's promo")
        elif first == "(" and line.endswith(")") and _WIRE_CREDIT.match(line):
            # Reuters' "(Reporting by Lucia Mutikani; Editing by Paul Simao)"
            mark(i, "byline", "a wire's credit line: who reported, wrote and edited it")
        elif (
            line[-1] == "s"
            and line.endswith(" Getty Images")
            and _words(line) <= _LONGEST_BARE_CAPTION
            and line[-14:-13] in _ENDERS
        ):
            mark(i, "caption", "a photo caption, its agency after the stop")
        elif "Photo" in line and _words(line) <= _LONGEST_CAPTION and _PHOTO_LABEL_END.search(line):
            mark(i, "caption", "a photo caption ending in its credit")
        elif (
            alone
            and line[-1].isalpha()
            and _words(line) <= _LONGEST_PULL_QUOTE
            and _is_named_pull_quote(line, flat or text_words())
        ):
            mark(i, "boilerplate", "a pull quote: a quote set apart with its speaker's name")
        elif ("ontributing" in line or "ONTRIBUTING" in line) and _CONTRIBUTING.match(line):
            mark(i, "boilerplate", "a credit line: who contributed to the report")
        elif (
            "becoming a" in line
            and (_words(line) <= 25 or (_words(line) <= 60 and _MEMBERSHIP_END.search(line)))
            and _MEMBERSHIP.search(line)
        ):
            mark(i, "boilerplate", "the site's membership pitch")
        elif alone and ":" in line[:70] and _GLUED_LINK.match(line) and _words(line) <= 40:
            mark(i, "inline_promo", "a related story's link: its label glued to its headline")
        elif alone and _PLAYER.search(line) and _words(line) <= 40:
            mark(i, "boilerplate", "a video or audio player's title and controls")
        elif (
            may_newsletter
            and len(line) <= 800
            and _may_be_newsletter(line)
            and (m := _NEWSLETTER_BOX.search(line))
            and (m.group().lower().startswith("this site") or _NEWSLETTER_WORDS.search(line))
        ):
            mark(i, "boilerplate", "a newsletter sign-up box")
        elif tweets and (
            (first in "—–-" and "(@" in line and _TWEET_SIGNATURE.match(line))
            or (first in "ph" and _TWEET_LINKS.match(line))
        ):
            mark(i, "boilerplate", "an embedded tweet's signature or link")
        elif read_more and line.endswith("Read more") and _READ_MORE_END.search(line):
            mark(i, "inline_promo", "a related story's headline and its link")
        elif alone and " more " in line[:12] and _words(line) <= 14 and _MORE_LINK.match(line):
            mark(i, "inline_promo", "a link to more on the subject")
        elif alone and "ET/PT)" in line and _SHOW_TIME_END.search(line):
            mark(i, "inline_promo", "a broadcast's listing: its show, day and time")
        elif alone and (first.islower() or first == "(") and _SCRIPT_LINE.match(line):
            mark(i, "boilerplate", "a line of page script or an icon's name")
        elif (
            (alone or (i < _HEADER_LINES and not first.islower() and line[-1] != "."))
            and len(line) <= 64
            and _DATE_START.match(line)
            and _is_date_line(line)
        ):
            mark(i, "timestamp", "a date or time alone on a line")
        elif alone and (first in "cCeErRwW") and _CONTACT_LINE.match(line):
            mark(i, "boilerplate", "a contact line: a name and an e-mail address")
        elif (
            not author
            and (first in "bB" or not ascii_first)
            and (m := _BYLINE.match(line))
            and _words(line) <= _LONGEST_BYLINE
        ):
            author = m.group(1)
            mark(i, "byline", "byline")
        elif (
            "contributed" in line
            and (_CREDIT_LINE.match(line) or _CONTRIBUTED_FROM.match(line))
            and _words(line) <= 45
        ):
            mark(i, "byline", "a credit line: who contributed to the report")
        elif (
            first.isupper()
            and len(line) <= _LONGEST_AGENCY_LINE
            and _AGENCY_IN_LINE.search(line)
            and _agency_debris(lines, i, kind, mark)
        ):
            author = author or _agency_author(line)

    # A headline shouted in capitals between paragraphs of a mixed-case story is a
    # promo for another story ("GAMER SENTENCED TO 15 MONTHS IN FEDERAL PRISON ...").
    # Shorter capital lines are left to the subhead rule; a story typed all in
    # capitals (old telex copy) has no mixed-case paragraphs to stand out from.
    shouted = [
        i
        for i, line in enumerate(lines)
        if kind[i] is None and 7 <= line.count(" ") < 30 and _is_shouted(line)
    ]
    if shouted:  # rare: the body's order is needed only then
        body = [i for i in range(n) if lines[i] and kind[i] is None]
        after = {i: body[k - 1] for k, i in enumerate(body) if k}
        shouted = [
            i
            for i in shouted
            if i in after  # not the first body line
            # a sentence, a quoted tweet; not a headline's quoted words after its colon
            # ("TRUMP SAYS COHEN'S ... TESTIMONY: 'TOTALLY DISCREDITED!'")
            and (
                not lines[i].rstrip("\"'”’)").endswith((".", "!")) or _quoted_after_colon(lines[i])
            )
            and not lines[after[i]].endswith(":")  # "He wrote on Twitter:"
        ]
        mixed = sum(1 for i in range(n) if kind[i] is None and lines[i] and not _is_caps(lines[i]))
        if mixed >= 2:
            for i in shouted:
                mark(i, "inline_promo", "a promo headline in capitals inside the story")

    # A promo heading inside the story, over a few related headlines, then the story goes
    # on: USA TODAY's "Read more:" (pass 2 would take all that follows it as a promo tail)
    for i in range(n):
        if not (lines[i] and kind[i] is None and _INLINE_PROMO_HEADER.match(lines[i])):
            continue
        run = [j for j in range(i + 1, n) if lines[j]]
        heads = list(takewhile(lambda j: kind[j] is None and _is_headline_like(lines[j]), run))
        rest = run[len(heads) :]
        if heads and rest and kind[rest[0]] is None and _ends_sentence(lines[rest[0]]):
            for j in (i, *heads):
                mark(j, "inline_promo", "related headlines under a heading inside the story")

    # Pass 2: the trailing promo / related-headline block.
    body_idx = [i for i in range(n) if lines[i] and kind[i] is None]
    if body_idx:
        header = None
        cutoff = body_idx[len(body_idx) // 2] if len(body_idx) > 2 else body_idx[-1] + 1
        for i in body_idx:
            if i >= cutoff and _PROMO_HEADER.match(lines[i]):
                header = i
                break
        if header is not None:
            for i in range(header, n):
                if lines[i] and kind[i] is None:
                    mark(i, "promo_tail", "after a related/promo heading at the end")
        else:
            tail: list[int] = []
            marked = 0  # debris already found among the trailing lines ("Follow X on Twitter")
            for i in reversed(range(body_idx[0], n)):
                if not lines[i]:
                    continue
                if kind[i] is not None:
                    marked += kind[i] in _FOOTER_KINDS or kind[i] == "inline_promo"
                elif _is_headline_like(lines[i]):
                    tail.append(i)
                else:
                    break
            if tail and len(tail) + min(marked, 1) >= 2 and len(tail) < len(body_idx):
                for i in tail:
                    mark(i, "promo_tail", "trailing block of headline-like lines")

    # The story's last lines, once the promo tail is gone: a sign-off ("Jordain Carney
    # contributed.", "Colvin reported from Glasgow, Scotland.") or the writer's name
    # again ("ANGELA CHARLTON"), which is the author or a byline line of a few words.
    writers = {author.casefold()} if author else set()
    if "byline" in kind:
        writers |= {lines[i].casefold() for i in range(n) if kind[i] == "byline"}
    closing = [i for i in range(n) if lines[i] and kind[i] is None][-_CLOSING_LINES:]
    for i in closing:
        line = lines[i]
        if line.casefold() in writers:
            mark(i, "byline", "the writer's name again")
        elif ("contributed" in line or " reported from " in line) and _SIGN_OFF.match(line):
            mark(i, "byline", "a sign-off: who contributed, where the writer reported from")
        elif "contributed" in line and _CLOSING_CREDIT.match(line) and _words(line) <= 45:
            # "NPR's congressional reporter Claudia Grisales and White House correspondent
            # Franco Ordoñez contributed to this report.": roles and places among the names
            mark(i, "byline", "a credit line: who contributed to the report")
        elif i == closing[-1] and _DASH_SIGN_OFF.match(line):
            mark(i, "byline", "the dash and the name that sign the story off")
        elif i == closing[-1] and _words(line) <= 5 and _is_caps(line) and line[-1].isalpha():
            mark(i, "boilerplate", "a section's label closing the page, its links gone")
        elif (
            i == closing[-1]
            and len(closing) > 1
            and _words(line) <= 6
            and line[-1].isalpha()
            and _ends_sentence(lines[closing[-2]])
            and _is_subhead(line)
        ):
            # "Timeline of Bezos-Saudi dispute": a heading over a widget the page had
            mark(i, "boilerplate", "a heading closing the page, nothing under it")
        elif ("based" in line or "material" in line) and _WIRE_BASIS.match(line):
            mark(i, "byline", "a credit line: the wire reports the story draws on")
        elif i == closing[-1] and len(line) < 500 and _AUTHOR_NOTE.match(line):
            # "Harlan Hill is a political advisor, media commentator, and an advisory board
            # member of ...": an opinion piece's note on its writer, its last line
            mark(i, "byline", "the note on the writer that closes the piece")

    # A photo credit alone on its line ("(Photo: Aleksi Tuomola / AP)") follows its caption:
    # a paragraph that reads like one (no quote, no reporting verb, a photo's present
    # tense or no verb at all: "President Donald Trump attends a working breakfast ...")
    for i in (i for i, k in enumerate(kind) if k == "caption") if "caption" in kind else ():
        line = lines[i]
        if (line.startswith("(") and _CREDIT_ALONE.match(line)) or _NAME_CREDIT_ALONE.match(line):
            above = i - 1 if i and lines[i - 1] else i - 2
            if (
                above >= 0
                and kind[above] is None
                and "(@" not in lines[above]  # an embedded tweet, its signature still on
                and _reads_as_caption(lines[above])
            ):
                mark(above, "caption", "the caption above a photo credit")

    # Pass 3: subheads (short title-like lines between body paragraphs).
    body_idx = [i for i in body_idx if kind[i] is None]
    subheads: list[str] = []
    # longer sentence-case heads only where an article has two or more of them, or one
    # among two or more short ones (NPR's "Reporter in Long Beach, Calif., hit in throat
    # by rubber bullet" among "Truck barrels into Minneapolis protesters" and four more):
    # a story line that lost its full stop stands alone; a caption set apart for the
    # same shape shows the page's style too (the Daily Mail's)
    shapes = sum(_long_subhead_shape(lines[i]) for i in body_idx[1:-1]) + sum(
        kind[i] == "caption" and _long_subhead_shape(lines[i]) for i in range(len(lines))
    )
    long_ok = shapes >= 2 or (
        shapes == 1
        and sum(_sentence_case_subhead(lines, body_idx, p) for p in range(1, len(body_idx) - 1))
        >= 2
    )
    # numbered section headings ("5. GOP raises Ukrainian suspicions, corruption", "6.
    # Summing up the GOP rebuttal") are headings all, whatever their capitals: the title
    # test alone had kept five of NPR's seven and removed two
    numbered = {int(m.group(1)) for i in body_idx if (m := _NUMBERED_ITEM.match(lines[i]))}
    # questions standing alone between paragraphs, two or more: the sections of an
    # explainer ("What has the reaction been?", "Who was on stage on Wednesday?")
    questions = [
        i
        for i in body_idx[1:-1]
        if _SECTION_QUESTION.match(lines[i]) and lines[i].count(" ") < _QUESTION_WORDS
    ]
    if len(questions) < 2:
        questions = []
    listed = _list_items(lines, body_idx)
    if len(body_idx) > 2:
        for pos, i in enumerate(body_idx[:-1]):
            if pos == 0 and _words(lines[i]) > 6:
                continue
            following = lines[body_idx[pos + 1]]
            if following[:1].islower():
                continue  # a hard-wrapped line, not a heading
            if i > 0 and lines[i - 1] and lines[i][:1].islower():
                continue  # the end of a hard-wrapped sentence: "... off Port Ella\non Sunday"
            if pos in listed:
                continue  # an item of a list a sentence introduces: "..., including:"
            item = _NUMBERED_ITEM.match(lines[i])
            if (
                item
                and {int(item.group(1)) - 1, int(item.group(1)) + 1} & numbered
                and lines[i].count(" ") < _LONG_SUBHEAD
                and not _ends_sentence(lines[i])
            ):
                mark(i, "subhead", "a numbered section heading")
                subheads.append(lines[i])
                continue
            # 11 words or more is no title-like subhead, 19 or more no subhead in sentence
            # case: lines here are stripped, with single spaces
            line = lines[i]
            spaces = line.count(" ")
            if (
                (spaces < 15 and _NUMBERED_QUESTION.match(line))
                or i in questions
                or (
                    spaces < _LONG_SUBHEAD
                    and not (line[0] in _BULLETS and line[1:2] not in _BULLETS)  # "• Sen. ..."
                    and not _TIMESTAMP.match(line)
                    and not _LIVE_ENTRY.match(line)
                    and not _LABELLED_FIGURE.match(line)
                    and not _fact_box_line(lines, body_idx, pos)
                    and (
                        (spaces < 10 and _is_subhead(line))
                        or _sentence_case_subhead(lines, body_idx, pos, long_ok=long_ok)
                    )
                )
            ):
                mark(i, "subhead", "short title-like line between paragraphs")
                subheads.append(lines[i])

    if kind.count("caption") >= _GALLERY_CAPTIONS:
        # a photo gallery's page: its captions are all it says, and are kept
        story = [i for i in range(n) if kind[i] is None and lines[i]]
        if sum(_words(lines[i]) for i in story[1:]) < _GALLERY_STORY_WORDS:
            for i in range(n):
                if kind[i] == "caption":
                    kind[i], reason[i] = None, ""
    timeline = _timeline_labels(lines, kind)
    if timeline:
        # a timeline's dates and times are the story's, not headings or stamps
        for i in timeline:
            kind[i], reason[i] = None, ""
        labels = {lines[i] for i in timeline}
        subheads = [h for h in subheads if h not in labels]
    tags = "<" in text and _INLINE_TAG.search(text) is not None
    related = "(RELATED" in text
    links = "lick here" in text or "licking here" in text or "LICK HERE" in text
    see_ours = ", see " in text
    bars = " | " in text
    paywalled = "MEMBER ARTICLE" in text
    codes = "/]" in text and _LINK_CODE.search(text) is not None
    # a signed move after a comma first, a plain test: most texts have none
    tickers = (", +" in text or ", -" in text or ", −" in text) and (
        _TICKER_WIDGET.search(text) is not None
    )
    signed = _signed_last_line(lines, kind)
    repeats = _repeated_heads(lines, kind)
    prompts = ("See " in text or "Watch " in text or "Read " in text or "Listen " in text) and any(
        _link_prompt_end(line) for line in lines
    )
    if (
        not repeats
        and not prompts
        and "MORE" not in text
        and not paywalled
        and not tickers
        and not tags
        and not tweets
        and not related
        and not links
        and not see_ours
        and not bars
        and not codes
        and signed is None
        and not timeline
        and kind.count(None) == n
    ):
        return CleanedText(text=text, subheads=(), removed=(), author=author)  # nothing to take
    removed: list[Removal] = []
    posts: list[Post] = []
    kept: list[str] = []
    dated: list[str] = []  # a timeline's labels over the entry to come
    for i, line in enumerate(lines):
        k = kind[i]
        if i in timeline:
            dated.append(line)
            kept.append("")
            continue
        if dated and k is None and line:
            line = f"{_label_of(dated)}: {line}"
            dated = []
        if k is None:
            if i in repeats:
                # a list scraped in overlapping pieces: each paragraph opens with the
                # words the one before ends with ("... alumni." / "these transcripts
                # contain ... alumni. "I want to make sure ...")
                head = re.match(rf"(?:\S+\s+){{{repeats[i]}}}", line)
                if head is not None:
                    line = _cut_out(
                        line,
                        head,
                        i,
                        "boilerplate",
                        "the paragraph before's last words again, a list scraped in pieces",
                        removed,
                    )
                    if _NAME_CREDIT_ALONE.match(line):
                        # a headline again as a photo's caption, then its credit
                        removed.append(
                            Removal(kind="caption", text=line, line=i + 1, reason="a photo credit")
                        )
                        kept.append("")
                        continue
            if prompts and _link_prompt_end(line) and (prompt := _LINK_PROMPT_END.search(line)):
                line = _cut_out(
                    line, prompt, i, "inline_promo", "a prompt to follow a link", removed
                )
                if not line:
                    kept.append("")
                    continue
            if tags and "<" in line:
                # HTML tags left in a text ('<a href="...">Simmons University</a>'): the
                # words stay, the markup goes
                removed.extend(
                    Removal(kind="markup", text=m.group(), line=i + 1, reason="an HTML tag")
                    for m in _INLINE_TAG.finditer(line)
                )
                line = _strip_tags(line)
            if " MORE" in line:
                line, promos = _strip_inline_promos(line)
                removed.extend(
                    Removal(kind="inline_promo", text=p, line=i + 1, reason="hover-card promo")
                    for p in promos
                )
            if tickers and "%" in line:
                # MarketWatch's quote widgets, the price move when the page was scraped:
                # "U.S. stocks SPX, +0.37% DJIA, +0.36% COMP, +0.65% reversed early losses"
                for widget in _TICKER_WIDGET.finditer(line):
                    removed.append(
                        Removal(
                            kind="inline_promo",
                            text=widget.group().strip(),
                            line=i + 1,
                            reason="a stock ticker's quote widget",
                        )
                    )
                line = _TICKER_WIDGET.sub("", line)
            while "MORE" in line and (card := _BARE_CARD.search(line)):
                # the card alone, its surname glued to "MORE": "Brad Parscale Bradley (Brad)
                # James ParscaleMORE said"
                removed.append(
                    Removal(
                        kind="inline_promo",
                        text=card["card"].strip(),
                        line=i + 1,
                        reason="a hover card's full name",
                    )
                )
                line = line[: card.start("card")] + line[card.end("card") :]
            if related and "(RELATED" in line and (link := _INLINE_RELATED.search(line)):
                # the Daily Caller's link to a related story inside a paragraph
                line = _cut_out(
                    line,
                    link,
                    i,
                    "inline_promo",
                    "a related story's link inside a paragraph",
                    removed,
                )
            if codes and (code := _LINK_CODE.search(line)):
                line = _cut_out(
                    line, code, i, "boilerplate", "a wire's code for its market page", removed
                )
            if bars and " | " in line and (caption := _BAR_CREDIT.match(line)):
                line = _cut_out(
                    line,
                    caption,
                    i,
                    "caption",
                    "a photo caption and its credit before the page's heading",
                    removed,
                )
            if paywalled and (label := _MEMBER_LABEL.match(line)):
                # National Review's "NRPLUS MEMBER ARTICLE" over its first paragraph, whose
                # drop cap the scrape sets apart: "V ladimir Putin is stepping up ..."
                line = _cut_out(
                    line, label, i, "boilerplate", "a paywall's label over the story", removed
                )
                line = _DROP_CAP.sub(r"\1\2", line, count=1)
            if signed is not None and signed[0] == i:
                line = _cut_out(
                    line, signed[1], i, "byline", "the writer's name after the story", removed
                )
            if see_ours or links:
                # a link at the paragraph's end, or a line that is one
                cut_link = False
                for on, pattern, why in (
                    (see_ours, _SEE_OUR_END, "the site's own explainer: 'For ..., see'"),
                    (links, _CLICK_HERE_END, "a link to another page: 'Click here ...'"),
                ):
                    if on and line and (link := pattern.search(line)):
                        line = _cut_out(line, link, i, "inline_promo", why, removed)
                        cut_link = True
                if cut_link and not line:
                    kept.append("")
                    continue
            if "(@" in line[:64] and (head := _TWEET_HEAD.match(line)):
                # a tweet the page shows signed first: "Donald J. Trump (@realDonaldTrump)
                # We got A Pluses for our recent hurricane work ..."
                line = _cut_out(
                    line, head, i, "boilerplate", "an embedded tweet's signature", removed
                )
                posts.append(Post(text=line, author=head["author"], handle=head["handle"]))
            if (
                tweets
                and ("(@" in line or "t.co/" in line or "twitter.com/" in line)
                and (tail := _TWEET_SIGNATURE.search(line) or _TWEET_LINKS.search(line))
            ):
                line = _cut_out(
                    line, tail, i, "boilerplate", "an embedded tweet's signature or link", removed
                )
                signed = _SIGNATURE_PARTS.search(tail.group())
                if line and signed is not None:
                    # the words before the signature are the tweet's, as the page shows it
                    posts.append(
                        Post(
                            text=line,
                            author=signed["author"],
                            handle=signed["handle"],
                            posted=signed["posted"],
                        )
                    )
            kept.append(line)
        else:
            removed.append(Removal(kind=k, text=line, line=i + 1, reason=reason[i]))
            kept.append("")
    if dated:
        kept.append(_label_of(dated))
    # nothing taken out: the text is already normalised (normalising is idempotent)
    body = normalize_whitespace("\n".join(kept)) if removed or timeline else text
    if not body:
        # Every line looked like debris: a headline-only record, a one-line brief.
        # The rules misfired, since a story is never all debris; keep the text.
        return CleanedText(text=text, subheads=(), removed=())
    if tags:
        subheads = [" ".join(_strip_tags(h).split()) for h in subheads]
    return CleanedText(
        text=body,
        subheads=tuple(subheads),
        removed=tuple(removed),
        author=author,
        posts=tuple(posts),
    )


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
# A line that is only a date ("December 18", "Tuesday, Dec. 24") or a clock time ("4:39
# p.m.", "About 1 p.m.", "Noon", "11:48 p.m. MST"): in a run of three or more with a date
# among them, the labels of a timeline's entries. Clock times alone are a live blog's
# times of posting ("The Latest ... (all times local): 6 a.m."), which stay page furniture.
_TIMELINE_DATE = re.compile(
    rf"^(?:(?:(?:{_WEEKDAY}),? )?(?:{_MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?"
    rf"|(?:{_WEEKDAY}))$",
    re.IGNORECASE,
)
_TIMELINE_TIME = re.compile(
    r"^(?:(?:about|around|approximately|at|shortly (?:before|after)|just (?:before|after)"
    r"|before|after|by|until) )?"
    r"(?:noon|midnight|\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|\d{1,2}:\d{2})"
    r"(?-i: [A-Z]{2,4})?$",
    re.IGNORECASE,
)
_TIMELINE_ENTRIES = 3


def _timeline_labels(lines: list[str], kind: list[RemovalKind | None]) -> set[int]:
    """The lines that date a timeline's entries: paragraphs that are only a date or a clock
    time, each run of them followed by a paragraph of the story, three or more in all and
    a date among them (one date between paragraphs stays a heading)."""
    if sum(1 for line in lines if line and len(line) < 30) < _TIMELINE_ENTRIES:
        return set()
    labels: set[int] = set()
    run: list[int] = []
    dated = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) < 30 and kind[i] in (None, "subhead", "timestamp"):
            date = _TIMELINE_DATE.match(line) is not None
            if date or _TIMELINE_TIME.match(line):
                run.append(i)
                dated = dated or date
                continue
        if run and kind[i] is None:
            labels.update(run)
        run = []
    return labels if dated and len(labels) >= _TIMELINE_ENTRIES else set()


def _label_of(dated: list[str]) -> str:
    """A timeline entry's labels as one lead-in: "December 24, noon"."""
    out = [dated[0]]
    for label in dated[1:]:
        head = label.split(" ", 1)[0].rstrip(",.").lower()
        lower = head not in MONTHS and head not in WEEKDAYS and label[:1].isupper()
        out.append(label[0].lower() + label[1:] if lower else label)
    return ", ".join(out)


# a writer's name run on after the story's last sentence: "... or make a better offer.
# Peter Weber" (The Week)
_NAME_AFTER_STORY = re.compile(r"(?<=[.!?”\"])\s+([A-Z][a-z]+) [A-Z][a-z'’-]+$")


def _signed_last_line(lines: list[str], kind: list[str | None]) -> tuple[int, re.Match[str]] | None:
    """The story's last line and the writer's name run on at its end, if it has one: a
    given name and a surname after a sentence's end."""
    last = max((i for i, line in enumerate(lines) if line and kind[i] is None), default=-1)
    if last < 0:
        return None
    found = _NAME_AFTER_STORY.search(lines[last])
    if found is None:
        return None
    given = found[1]
    if given not in FIRST_NAMES and given.lower() not in gendered_first_names():
        return None
    return last, found


_MEMBER_LABEL = re.compile(r"[A-Z]+ MEMBER ARTICLE\s+")
# a drop cap set apart from the rest of its word: "V ladimir", "L ast year" (not "A" or "I",
# which are words: "A dog barked")
_DROP_CAP = re.compile(r"^([B-HJ-Z]) ([a-z])")


_REPEATED_WORDS = 6  # fewest words a paragraph repeats of the one before's end


def _repeated_heads(lines: list[str], kind: list[RemovalKind | None]) -> dict[int, int]:
    """Paragraphs that open with the last words of the paragraph before and go on, with
    how many words they repeat: a page's list scraped in overlapping pieces."""
    out: dict[int, int] = {}
    prev = ""
    for i, line in enumerate(lines):
        if not line or kind[i] is not None:
            continue
        if line[:16] not in prev:  # a plain test first: most paragraphs repeat nothing
            prev = line
            continue
        head = line.split(maxsplit=_REPEATED_WORDS)
        if len(head) > _REPEATED_WORDS and " ".join(head[:_REPEATED_WORDS]) in prev:
            before, after = prev.split(), line.split()
            # the paragraph goes on past the words it repeats ("'He's got a gun. / He's got
            # a gun.'...": a scream repeated, no scraping)
            for k in range(min(len(before), len(after) - 3), _REPEATED_WORDS - 1, -1):
                if before[-k:] == after[:k]:
                    out[i] = k
                    break
        prev = line
    return out


def _link_prompt_end(line: str) -> bool:
    """A plain test before ``_LINK_PROMPT_END``: a verb of its prompts near a line's end."""
    if not line.endswith((".", ".)")):
        return False
    tail = line[-80:]
    return "See " in tail or "Watch " in tail or "Read " in tail or "Listen " in tail


def _cut_out(
    line: str,
    found: re.Match[str],
    i: int,
    kind: RemovalKind,
    reason: str,
    removed: list[Removal],
) -> str:
    """``line`` without the debris ``found`` in it, recorded in ``removed`` (line ``i``)."""
    removed.append(Removal(kind=kind, text=found.group().strip(), line=i + 1, reason=reason))
    return (line[: found.start()] + line[found.end() :]).strip()


# a first line ending so is a dateline ("LONDON, March 3 (Reuters) -") or a lead-in
_NOT_HEADLINE_END = frozenset("-–—:")
_QUOTE_LAST = frozenset("\"”’'")


def split_headline(cleaned: CleanedText) -> tuple[str, CleanedText]:
    """The headline a title-less text opens with, and the text without it.

    Records scraped without a title field often start with the page's
    headline: a first line on its own that reads like one (at most 20 words, no
    full stop at the end, :func:`_is_headline_like`; a question is a headline
    too), followed by a paragraph that does not go on in lower case. A first
    line of six words or fewer is not taken: on scraped pages such lines are
    more often a site's name or a menu ("CBS News", "For Customers") than the
    headline, and the cleaner sets them aside as subheads when more paragraphs
    follow. Nor is a byline ("By Ann Lee, professor at ..."), a dateline
    ("LONDON, March 3 (Reuters) -"), a lead-in ending in a colon, or a quote
    standing alone. Returns ``("", cleaned)`` when the text opens otherwise,
    such as with a hard-wrapped sentence or a lone paragraph.

    >>> text = "Storm hits the coast of Valdora overnight\\n\\nBoats sank at dawn."
    >>> title, rest = split_headline(clean_text(text))
    >>> (title, rest.text)
    ('Storm hits the coast of Valdora overnight', 'Boats sank at dawn.')
    >>> split_headline(clean_text("Boats sank at dawn.\\n\\nMore rain is due."))[0]
    ''
    """
    head, rest = _first_paragraph(cleaned.text)
    if (
        not rest
        or "\n" in head
        or _words(head) <= 6
        or not _is_headline_like(head)
        or head[-1] in _NOT_HEADLINE_END
        or head[:3].lower() == "by "
        or (head[0] in _QUOTE_FIRST and head[-1] in _QUOTE_LAST)  # a pull quote
        or rest[0].islower()
    ):
        return "", cleaned
    return head, replace(cleaned, text=rest)


# the words a site's name may hold besides capitalised ones: "News & Observer", "the Guardian",
# "Fox News - Politics", "9News"
_SITE_SMALL_WORDS = frozenset(("&", "-", "–", "—", "the", "of", "and", "de", "la"))


def _site_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or "." in word or word in _SITE_SMALL_WORDS


def drop_site_name(title: str) -> str:
    """``title`` without the site's name a page's title ends with after a bar.

    The last " | " part goes when it reads as a name (four words or fewer,
    each capitalised, a figure or a domain, apart from "&", "the" and the
    like) and four words or more come before it: "Trump sets expectations low
    | Miami Herald". Outlets that carry the same wire story share the
    headline, not the suffix, which would otherwise make every page of one
    site alike. "Latest headlines | Trump meets Putin" keeps its headline.

    >>> drop_site_name("Nuclear arms race is expected at the talks | Charlotte Observer")
    'Nuclear arms race is expected at the talks'
    >>> drop_site_name("Opinion | Summit")
    'Opinion | Summit'
    """
    head, bar, last = title.rpartition("|")
    if not bar or not head[-1:].isspace() or not last[:1].isspace():
        return title
    head = head.rstrip()
    site = [w for w in last.split() if w not in _SITE_SMALL_WORDS]
    words = [w for w in head.split() if w != "|"]
    if (
        1 <= len(site) <= 4
        and len(words) >= 4
        and all(_site_word(w) for w in last.split())
        and _site_word(site[0])
        and not any(w.isdigit() for w in site)  # "| Day 500", "| 2024 Election": content
    ):
        return head
    return title


def drop_title_line(cleaned: CleanedText, title: str) -> CleanedText:
    """``cleaned`` without an opening paragraph that repeats ``title`` (case aside).

    A page often prints its headline again above the story; kept, it would
    make a copy that carries its title apart from one whose text starts after
    it (as :func:`split_headline` leaves a title-less one).

    >>> drop_title_line(clean_text("Storm hits coast\\n\\nBoats sank."), "Storm Hits Coast").text
    'Boats sank.'
    """
    head, rest = _first_paragraph(cleaned.text)
    if not rest or " ".join(head.split()).lower() != " ".join(title.split()).lower():
        return cleaned
    return replace(cleaned, text=rest)


_STANDFIRST_WORDS = 40  # words at most: a standfirst is a sentence or two


def drop_standfirst(cleaned: CleanedText, body: str) -> CleanedText:
    """``cleaned`` without the headline or standfirst it opens with, for a record with a title.

    Pages print their own headline above the story (NPR's often differs from
    the title a feed gives the record: "Exxon Wins New York Climate Change Fraud
    Case"), or a standfirst below it (The Guardian: "Cockpit and data recorders
    may hold clues as to cause of crash that killed 157 people"), or a section's
    label glued to the headline (Politico: "congress Ocasio-Cortez fights against
    solitary confinement for Manafort"). Such an opening line has 7 to 40 words
    and no end punctuation, and a paragraph that ends a sentence follows it; it
    is set aside as structure, like a subhead, and recorded, the line being
    looked up in ``body`` (the text as read). A byline ("By ...") or a quote
    standing alone is left, and so is a record without a title, whose opening
    line :func:`split_headline` reads as its title.

    >>> text = "Boats sink as the storm hits the coast of Valdora overnight\\n\\nBoats sank."
    >>> drop_standfirst(clean_text(text), text).text
    'Boats sank.'
    """
    head, rest = _first_paragraph(cleaned.text)
    if (
        not rest
        or "\n" in head
        or not 7 <= _words(head) <= _STANDFIRST_WORDS  # six or fewer: a site's name, a menu
        or not _open_end(head)
        or head[:3].lower() == "by "
        or head[0] in _QUOTE_FIRST
        or not _ends_sentence(_first_paragraph(rest)[0].split("\n", 1)[0])
    ):
        return cleaned
    at = body.find(head[:40])
    line = body.count("\n", 0, at) + 1 if at >= 0 else 1
    removal = Removal(
        kind="subhead", text=head, line=line, reason="a headline or standfirst above the story"
    )
    return replace(
        cleaned,
        text=rest,
        subheads=(head, *cleaned.subheads),
        removed=tuple(sorted((removal, *cleaned.removed), key=lambda r: r.line)),
    )


def _first_paragraph(text: str) -> tuple[str, str]:
    """``text`` cut at its first blank line: (first paragraph, the rest, or "")."""
    cut = text.find("\n\n")
    return (text, "") if cut < 0 else (text[:cut], text[cut + 2 :])
