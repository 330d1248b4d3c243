"""Safeguarding: not asking people for details that locate them, not naming children in images.

HRA §3.2 is the fullest statement ("avoid collecting, and don't ask users to divulge any
personal details"; "if an image is used, do not name the child, young person or adult at risk"),
backed by every policy's duty to protect personal information.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.triggers import generated

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft


# Words that every entry of each phrase list needs (a test checks it): a draft with none of them
# cannot match, so the list's expression is not run. Lint runs on every commit.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "safeguarding_details": (
        "address", "contact", "birth", "dob", "d.o.b", "mail", "number", "mobile", "personal",
        "school", "name", "how old", "photo", "picture", "pic", "selfie", " live", "postcode",
        "nurser", "year group",
    ),
    "safeguarding_questions": ("school", "live", "snap", "insta", "tiktok", "discord", "whatsapp", "username", "year are you"),
}


def _scan(name: str, draft: Draft) -> Iterator[phrases.PhraseHit]:
    lower = draft.lower
    if any(word in lower for word in TRIGGERS[name]):
        yield from phrases.load(name).finditer(draft.masked)


@lru_cache(maxsize=None)
def _re(source: str) -> re.Pattern[str]:
    """Compile a module pattern on first use: importing the rules (on every commit) stays cheap."""
    return re.compile(source)

# An asking verb: the post asks for something rather than mentioning it.
_ASKING = (
    r"\b(?:send|dm|pm|direct\s+message|message|inbox|tell|give|share|post|drop|leave|include|pop|"
    r"put|stick|add|write|type|list|provide|confirm|reply|comment|e-?mail|text|tweet|whatsapp|ping|"
    r"let\s+us\s+(?:have|know)|what['’]?s|what\s+is|what\s+are|we\s+need|we['’]ll\s+need|"
    r"we\s+will\s+need)\b"
)
# Whose detail: the reader's (or their child's), which is what makes it a request for data.
_POSSESSIVE = r"\b(?:your|their|his|her)\b(?:\s+(?:child|son|daughter|baby)['’]?s\b)?"
# Between "your" and the detail only a short list may come ("your name, age and school");
# these words start a new clause ("your views so we can address...").
_CLAUSE_BREAK = (
    r"\b(?:so|to|we|us|because|if|that|which|when|while|for|about|on|in|at|by|from|can|will|"
    r"is|are|was|were|has|have|help|helps)\b|[;:!?()]"
)
# Advice not to share, or an instruction to use a proper channel, is the opposite of asking.
_NEGATED = (
    r"\b(?:don['’]?t|do\s+not|never|not|avoid|no\s+need\s+to|shouldn['’]?t|should\s+not|"
    r"won['’]?t|will\s+never|careful)\b"
)
_PROPER_CHANNEL = (
    r"\b(?:form|forms|securely|secure|in\s+writing|by\s+post|to\s+your\s+gp|"
    r"at\s+(?:your|the)\s+(?:appointment|clinic|reception|surgery|pharmacy)|"
    r"when\s+you\s+(?:arrive|attend|call|ring|register|book)|website|online\s+form|nhs\s+app|"
    r"to\s+(?:find|search|check|see)|find\s+your\s+nearest)\b"
)
# After a question: an invitation to answer it in public or by message.
_ANSWER_PROMPT = (
    r"\b(?:comment|comments|reply|replies|tell\s+us|let\s+us\s+know|dm|message\s+us|drop|below|"
    r"share|add\s+you)\b"
)


def _clause_before(lower: str, start: int) -> str:
    window = lower[max(0, start - 90) : start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return window[cut + 1 :]


def _rest_of_sentence(lower: str, end: int) -> str:
    window = lower[end : end + 120]
    stops = [pos for pos in (window.find(". "), window.find("\n"), window.find("? ")) if pos != -1]
    return window[: min(stops)] if stops else window


# The post describes what happens elsewhere ("you'll be asked to confirm your date of birth").
_ASKED_ELSEWHERE = (
    r"\byou(?:['’]ll|\s+will|\s+may|\s+might|\s+could)\s+(?:also\s+)?be\s+asked"
    r"|\b(?:staff|we|they|the\s+[\w-]+)\s+(?:will|may|might)\s+ask\s+(?:you|for)"
)
# The detail is followed by its value: the post gives it rather than asks for it.
_GIVEN = r"\s*(?:is|was|:)\s*(?:\d|[a-z0-9._%+-]+@)"
# Words that may stand between the asking verb and the detail ("send us, below, ...").
_FILLER = r"(?:\s|\b(?:us|me|below|here|privately|in\s+the\s+comments|with|a|an|the|some)\b)*"
# Inside a detail, the words that say it is the reader's ("photos of your children").
_WHOSE = r"\b(?:your|their|you|they)\b"


def _proper_channel(lower: str, end: int) -> bool:
    """The rest of the sentence sends the detail somewhere proper (a form, the surgery, a
    website search), unless it also asks for it in public ("pop it below and we'll find...")."""
    rest = _rest_of_sentence(lower, end)
    return bool(_re(_PROPER_CHANNEL).search(rest)) and not _re(_IN_PUBLIC).search(rest)


# Answering in public: below a post, in its comments or replies.
_IN_PUBLIC = r"\b(?:(?<!form\s)(?<!forms\s)(?<!link\s)below|in\s+the\s+(?:comments|replies|thread))\b"


# Sent privately: a direct or private message to the organisation, not a public answer.
_PRIVATE_MESSAGE = (
    r"\b(?:dm|pm|direct\s+message|private\s+message|inbox|message\s+us|"
    r"(?:send|drop)\s+us\s+a\s+(?:dm|pm|message))"
)
# How to reach someone again (not where they live or who they are): what NHS accounts
# routinely ask for by direct message so the team can get back to them.
_CONTACT_ONLY = r"(?:contact\s+(?:details|information|info|numbers?)|(?:phone|telephone|mobile)\s+numbers?|mobile|e-?mail\s+address(?:es)?)$"
# The reader's child: children's details are never collected on social media, privately or not.
_CHILD_WORDS = (
    r"\b(?:child|children|kids?|son|daughter|baby|little\s+ones?|teens?|teenagers?|pupils?|"
    r"under[-\s]1[68]s?|young\s+people|aged\s+1[0-7])\b"
)


def _contact_by_private_message(lower: str, start: int, end: int) -> bool:
    """Contact details asked for by direct message from an adult: the usual, and safe, way to
    take a conversation out of public view (a child's details are still flagged)."""
    if not _re(_CONTACT_ONLY).search(lower[start:end]):
        return False
    sentence = _clause_before(lower, start) + lower[start:end] + _rest_of_sentence(lower, end)
    return bool(_re(_PRIVATE_MESSAGE).search(sentence)) and not _re(_CHILD_WORDS).search(sentence)


def _asks_for(lower: str, start: int, end: int) -> bool:
    """Whether the detail at lower[start:end] is being asked of the reader."""
    clause = _clause_before(lower, start)
    if _contact_by_private_message(lower, start, end):
        return False
    if _re(_GIVEN).match(lower, end) and not re.search(r"\b(?:confirm|check|verify)\b", clause):
        return False  # "his home address is 4 Larch Close": given, not asked for
    # "your email", "your text": after "your" the word is the detail, not the asking.
    asks = [a for a in _re(_ASKING).finditer(clause) if not re.search(r"\b(?:your|their|my)\s+$", clause[: a.start()])]
    if not asks or _re(_NEGATED).search(clause) or _re(_ASKED_ELSEWHERE).search(clause):
        return False
    after_ask = clause[asks[-1].end() :]
    if "@" in after_ask and re.search(r"[\w.+-]@[\w-]+\.\w", after_ask):
        return False  # "email team@trust.nhs.uk with your name": a mailbox, not social media
    if re.fullmatch(_FILLER, after_ask) and _re(_WHOSE).search(lower, start, end):
        # "send us photos of your children", "tell us where you live": the detail says whose.
        return not _proper_channel(lower, end)
    owners = list(_re(_POSSESSIVE).finditer(after_ask))
    if owners:
        prefix = after_ask[: owners[-1].start()]
        recipient = not after_ask[owners[-1].end() :].strip()
        if recipient and re.search(r"\b(?:with|to)\s*$", prefix) and not re.fullmatch(
            r"\s*(?:(?:us|me|below|here|privately)\s+)*with\s*", prefix
        ):
            return False  # "share this with your school": the school is who to tell
        # "your name, age and which school you're at": the question word belongs to the detail.
        between = re.sub(r"\b(?:which|what)\s*$", "", after_ask[owners[-1].end() :])
        if len(between.split()) > 6 or _re(_CLAUSE_BREAK).search(between):
            return False
    elif not (
        re.fullmatch(_FILLER + r"(?:which|what)\s*", after_ask)
        and (re.match(r"\s+(?:you|your)\b", lower[end : end + 12]) or _re(_WHOSE).search(lower, start, end))
    ):
        return False  # only "let us know which school you go to" asks without "your"
    return not _proper_channel(lower, end)


@rule(
    "SG001",
    "asks-for-personal-details",
    triggers=generated("SG001"),
    needs=lambda: [phrases.load("safeguarding_details"), phrases.load("safeguarding_questions")],
    category="safeguarding",
    severity="warning",
    message="The post asks people to share personal details on social media",
    suggestion="Do not collect personal details on social media: signpost to a form on your website.",
)
def asks_for_personal_details(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds posts and replies that ask people for details that locate or identify them. These are
    home or e-mail addresses, phone numbers, dates of birth, schools, NHS numbers and "your
    contact details" ("DM us your address", "comment below with your school", "what's your date of
    birth?", "which school do you go to?"). Advice not to share ("never share your date of
    birth online"), and directions to a proper channel ("bring your NHS number to your
    appointment", "send your contact details using the form on our website") are not flagged.

    Why is this bad?
    ----------------
    Details given on social media are seen by others, kept by the platform, and can be used to
    locate, groom, harass or impersonate children, young people and adults at risk. Personal
    data should be collected through a secure form, not a post or a direct message.

    Example
    -------
    "Tell us your child's school in the comments!" is flagged; "Please don't share your phone
    number in the comments" is not.

    Policy
    ------
    HRA §3.2 "avoid collecting, and don't ask users to divulge any personal details" and "you
    should not use social media to collect personal data"; BNSSG 28 §7 (comply with data
    protection law); HSSIB005 §4.8 "Use good judgement in what you share"; Tavistock and
    Portman "Maintain confidentiality at all times"; HEE "Monitoring compliance" 3.3.5.
    """
    lower = draft.lower
    for found in _scan("safeguarding_details", draft):
        if _asks_for(lower, found.start, found.end):
            yield Hit(found.start, found.end, found.phrase.message, found.phrase.suggestion)
    for found in _scan("safeguarding_questions", draft):
        if _re(_NEGATED).search(_clause_before(lower, found.start)):
            continue
        if not _re(_ANSWER_PROMPT).search(lower, found.end, found.end + 80):
            continue  # a rhetorical question ("Where do you live? Find your nearest...")
        yield Hit(found.start, found.end, found.phrase.message, found.phrase.suggestion)


# --- Children named alongside an image ---------------------------------------------------------

_AGE_WORDS = {
    word: age
    for age, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen".split()
    )
}
_AGE = r"\d{1,2}|" + "|".join(_AGE_WORDS)
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Capitalised words that follow a child cue or come before an age without being a child's name.
_NOT_A_NAME = frozenset(
    """Friendly Loss Bank Week Month Day Unit Clinic Club Group People Persons Minds Carers Adults
    Health Services Service Care Team Ward Hub Centre Steps Step Box Bus Cafe Café Festival Awards
    Award Parliament Council Forum Ambassadors Ambassador Voices Champions Programme Project
    Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Mental Of The And Figure Table Page
    Option Phase Stage Level Floor Room Bed Bay Gate Platform Session Part Section Chapter
    Question Number Version Round Team Heroes Stars Mr Mrs Ms Miss Dr Staff Teachers Teacher
    Headteacher Head Pupils Students Everyone Thanks Thank Well Nurses Governors Parents""".split()
)


@lru_cache(maxsize=None)
def _child_name_patterns() -> tuple[re.Pattern[str], ...]:
    return (
        # "six-year-old Ava", "5-year-old patient Jack", "two year old daughter Ella"
        re.compile(
            rf"\b(?P<age>(?i:{_AGE}))[- ]years?[- ]old\s+(?:[a-z]+\s+){{0,2}}(?P<name>{_NAME})\b"
        ),
        # "baby Amelia", "little Jack", "pupils Ava and Leo", "our daughter Ella"
        re.compile(
            r"\b(?P<cue>(?i:baby|little|toddler|schoolgirl|schoolboy|pupils?|sons?|daughters?|"
            r"grandson|granddaughter|children|kids|youngster))\s+"
            rf"(?P<name>{_NAME})\b(?P<next>\s+[A-Z])?"
        ),
        # "Freya Hughes from Oakfield Primary", "Kai at Parkside School": a name with a school
        re.compile(
            rf"\b(?P<name>{_NAME})(?:\s+{_NAME})?\s+(?:from|at|of)\s+(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}?"
            r"(?:Primary|Academy|School|Nursery|Infants?|Juniors?|Pre-?school|Middle\s+School|High\s+School)\b"
        ),
        # "Amelia, 6," "Jack (4)" "Ava, aged 9,"
        re.compile(rf"\b(?P<name>{_NAME}),?\s+(?:\((?:aged\s+)?(?P<age>\d{{1,2}})\)|(?:aged\s+)?(?P<age2>\d{{1,2}}),)"),
    )


def _age(value: str | None) -> int | None:
    if not value:
        return None
    return int(value) if value.isdigit() else _AGE_WORDS.get(value.lower())


# Words each child-name pattern needs, checked in C before its scan of the whole text (the tests
# check the words against the patterns). "years old" and the school names are matched case-sensitively.
_CHILD_CUE_WORDS = ("baby", "little", "toddler", "school", "pupil", "son", "daughter", "children", "kids", "youngster")
_SCHOOL_WORDS = ("Primary", "Academy", "School", "Nursery", "Infant", "Junior", "Pre")
# Letters outside ASCII that a case-insensitive pattern matches to an ASCII letter ("ſ" to "s").
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _worth_scanning(text: str) -> tuple[bool, bool, bool, bool]:
    """Which child-name patterns could match `text`: False only where one certainly cannot."""
    aged = "year" in text and "old" in text
    lowered = text.lower()
    folded = any(letter in text for letter in _FOLDS_TO_ASCII)
    cued = folded or any(word in lowered for word in _CHILD_CUE_WORDS)
    at_school = any(word in text for word in _SCHOOL_WORDS)
    return aged, cued, at_school, True


def named_children(text: str) -> Iterator[re.Match[str]]:
    """Matches of a named child: an age under 18 or a child word next to a capitalised name."""
    for pattern, worth in zip(_child_name_patterns(), _worth_scanning(text)):
        if not worth:
            continue
        for match in pattern.finditer(text):
            found = match.groupdict()
            if found["name"] in _NOT_A_NAME:
                continue
            age = _age(found.get("age") or found.get("age2"))
            if age is not None and age >= 18:
                continue
            cue = found.get("cue")
            if cue and cue[0].isupper() and found.get("next"):
                continue  # "Little Stars Nursery", "Baby Loss Awareness Week": a title
            yield match


def _has_image(draft: Draft) -> bool:
    return bool(draft.meta.images) or "![" in draft.body


@rule(
    "SG002",
    "named-child-in-image",
    triggers=lambda draft: _has_image(draft),
    category="safeguarding",
    severity="error",
    message="A child is named in a post that carries an image",
    suggestion="If an image is used, do not name the child; if the child is named, do not use their image.",
)
def named_child_in_image(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    When a draft has images (front matter `images`, or a Markdown image), finds a child or young
    person named in the text or in an image's alt text: a given name with an age ("Amelia, 6,",
    "six-year-old Ava") or a child word ("baby Amelia", "pupils Ava and Leo"). Adults named with
    their age ("Margaret, 84,") and the same text without an image are not flagged.

    Why is this bad?
    ----------------
    A photograph with a name lets someone who wishes to groom or abuse a child find and approach
    them. The safe pattern is an image or a name, never both.

    Example
    -------
    With `images = [{file = "clinic.jpg", alt = "..."}]`: "Six-year-old Ava was brave at her
    vaccination today!" is flagged; "Children at our vaccination clinic today" is not.

    Policy
    ------
    HRA §3.2 "if a child, young person or adult at risk is named, do not use their image" and
    "if an image is used, do not name the child"; Tavistock and Portman "Maintain confidentiality
    at all times"; HSSIB005 §4.8; BNSSG 28 §7; HEE "Monitoring compliance" 3.3.
    """
    if not _has_image(draft):
        return
    for match in named_children(draft.masked):
        yield Hit(match.start(), match.end("name"))
    for image in draft.meta.images:
        alt = image.alt or ""
        for match in named_children(alt):
            line = getattr(image, "line", None) or draft.meta.lines.get("images")
            message = f"The alt text of {image.file} names a child ({match.group('name')})"
            yield Hit(0, 0, message, line=line)
            break


# --- Private contact with children, young people and service users -----------------------------

# The writer inviting someone into a private or personal channel with them, or to meet.
_PRIVATE_CONTACT = (
    r"\b(?:add|follow|friend|message|dm|pm|text|snap|whatsapp|find|contact|inbox|ring|call)\s+me\s+"
    r"(?:on\s+(?:my\s+)?(?:personal|own|private|snap|snapchat|insta|instagram|facebook|whatsapp|tiktok|discord)"
    r"|privately|directly|any\s*time|day\s+or\s+night)"
    r"|\bmy\s+(?:personal|private)\s+(?:account|page|profile|facebook|instagram|insta|snapchat|number|mobile|whatsapp)"
    r"|\b(?:we\s+can|we\s+could|let['’]s|happy\s+to|i\s+can|i['’]d\s+love\s+to|come\s+and)\s+meet\s+(?:up|in\s+person|for\s+(?:a\s+)?(?:coffee|drink|chat))\b"
    r"|\bmeet\s+me\b|\bone[-\s]to[-\s]one\s+(?:chat|coffee|meet)"
)
# Who is being invited: children, young people, or the people the service cares for.
_VULNERABLE_AUDIENCE = (
    r"\b(?:teens?|teenagers?|under[-\s]?1[68]s?|kids|children|young\s+(?:people|person|ones?)|youngsters?|"
    r"pupils|schoolchildren|sixth[-\s]formers?|year\s+(?:7|8|9|10|11|12|13)s?|service\s+users?|patients?|clients?)\b"
)


@rule(
    "SG003",
    "private-contact-with-young-people",
    triggers=generated("SG003"),
    needs=lambda: [_re(_PRIVATE_CONTACT)],
    category="safeguarding",
    severity="warning",
    message="A member of staff invites children, young people or service users into private contact",
    suggestion="Keep contact on official channels; never invite children, young people or service users to personal accounts or to meet.",
)
def private_contact_with_young_people(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a member of staff inviting children, young people or service users into private
    contact with them: "teens, message me privately on my personal account", "under-18s, add me
    on Facebook", "DM me and we can meet up for a coffee". Both must be in the draft: an
    invitation to a personal channel or a meeting, and a child, young person, patient or client.
    Advice against it ("never add patients on your personal account") is not flagged.

    Why is this bad?
    ----------------
    Private channels and one-to-one meetings arranged online are how grooming starts, and they
    cross the professional boundary the policies draw between staff and the people they serve.

    Example
    -------
    "Teens: if you're struggling, message me privately on my personal account" is flagged;
    "Young people can talk to our team through the form on our website" is not.

    Policy
    ------
    HRA §3.2 (don't accept friend requests from anyone you suspect to be underage; don't use
    information to locate or meet a child or young person); Tavistock and Portman "Be mindful of
    professional boundaries" (do not use social media to build or pursue relationships with
    service users); HSSIB005 §4.8; BNSSG 28 §7; HEE "Monitoring compliance" 3.3.
    """
    lower = draft.lower
    audience = _re(_VULNERABLE_AUDIENCE).search(lower)
    if audience is None:
        return
    for found in _re(_PRIVATE_CONTACT).finditer(lower):
        clause = _clause_before(lower, found.start())
        if _re(_NEGATED).search(clause):
            continue
        yield Hit(found.start(), found.end())
        return
