"""Confidential: material that is internal, protectively marked, embargoed or protected by law.

Every policy keeps internal material off social media: HRA §3.1 (nothing from HRA News or the
intranet), BNSSG 28 §7 (nothing private or internal to the ICB), Tavistock and Portman ("do not
share internal documents online"; nothing subject to a non-disclosure agreement), HEE
"Monitoring compliance" 3.3.3, and HSSIB005 §4.8 (protected material under HCA 2022 s.122).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules import _cues
from smpolicy.lint.triggers import generated

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft


# Words that every entry of each phrase list needs (a test checks it): a draft with none of them
# cannot match, so the list's expression is not run. Lint runs on every commit.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "confidential_markings": (
        "confidence", "circulate", "forward", "share", "embargo", "internal", "not ", "official",
    ),
    "confidential_sources": (
        "confidential", "internal", "intranet", "leak", "datix", "incident", "nda",
        "non-disclosure", "staff", "private", "closed", "part", "slide", "deck", "notes",
        "minutes", "paper", "team", "ward", "work", "office", "manager", "screenshot", "pic",
        "photo", "snap",
    ),
}


def _scan(name: str, draft: Draft) -> Iterator[phrases.PhraseHit]:
    lower = draft.lower
    # A plain loop rather than any() over a generator: the generator's steps cost more than the
    # substring tests, and this look runs wherever the rule does.
    for word in TRIGGERS[name]:
        if word in lower:
            yield from phrases.load(name).finditer(draft.masked)
            return


@lru_cache(maxsize=None)
def _re(source: str) -> re.Pattern[str]:
    """Compile a module pattern on first use: importing the rules (on every commit) stays cheap."""
    return re.compile(source)


@lru_cache(maxsize=None)
def _confidential_marker() -> re.Pattern[str]:
    # "CONFIDENTIAL" in capitals as a document marking: alone on its line or before a colon.
    # Lower-case "confidential" is how services reassure people ("free and confidential").
    return re.compile(
        r"(?m)^[ \t*_#>\[(]*CONFIDENTIAL[ \t*_\])]*$|\bCONFIDENTIAL[ \t*_]*[:\]–—]"
    )


_RECRUITMENT = r"\b(?:vacanc(?:y|ies)|applicants?|candidates?|secondments?|roles?|posts?|jobs?)\b"


def _internal_vacancy(lower: str, start: int, end: int) -> bool:
    """ "This vacancy is internal only" restricts who may apply, not what may be published."""
    if "internal" not in lower[start:end]:
        return False
    return bool(_re(_RECRUITMENT).search(lower, max(0, start - 40), start))


@rule(
    "CF001",
    "internal-marking",
    triggers=generated("CF001"),
    needs=lambda: [phrases.load("confidential_markings"), _confidential_marker()],
    category="confidential",
    severity="error",
    message="The text is marked as not for publication",
    suggestion="Do not publish material marked for internal or restricted use; share the public version.",
)
def internal_marking(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds protective markings and distribution limits copied into a draft: OFFICIAL-SENSITIVE,
    "CONFIDENTIAL:", "commercial in confidence", "internal use only", "not for publication",
    "do not circulate", "do not share externally", and embargo lines ("EMBARGOED until 00:01").
    Services described as "free and confidential", the Confidentiality Advisory Group, and
    "internal only" vacancies are not flagged.

    Why is this bad?
    ----------------
    A marking means the author decided the text must not be published. Posting it, or posting
    an embargoed press release early, breaches confidentiality and trust with partners and the
    media.

    Example
    -------
    "OFFICIAL-SENSITIVE: draft winter plan attached" is flagged; "Our sexual health clinic is
    free and confidential" is not.

    Policy
    ------
    HRA §3.1 (don't publish conversations private or internal to the HRA); BNSSG 28 §7 (do not
    provide confidential or proprietary information); Tavistock and Portman "Maintain
    confidentiality at all times"; HEE "Monitoring compliance" 3.3.3 (confidential information);
    HSSIB005 §4.8 "Only ever share public information".
    """
    for found in _scan("confidential_markings", draft):
        if _internal_vacancy(draft.lower, found.start, found.end):
            continue
        yield Hit(found.start, found.end, found.phrase.message, found.phrase.suggestion)
    if "CONFIDENTIAL" in draft.masked:
        for match in _confidential_marker().finditer(draft.masked):
            start = draft.masked.index("CONFIDENTIAL", match.start())
            yield Hit(start, start + len("CONFIDENTIAL"), "Marked CONFIDENTIAL")


@lru_cache(maxsize=None)
def _staff_newsletter() -> re.Pattern[str]:
    # The staff newsletters the seeds name (HRA §3.1 "HRA News"; BNSSG 28 Appendix 13.1 "The Voice"),
    # matched with their capitals and only where they are read as a publication.
    names = r"(?:HRA News|The Voice)(?!\s+of\b)"
    hub = r"(?:[Tt]he\s+Hub)"
    return re.compile(
        rf"\b(?:[Ii]n|[Ff]rom|[Vv]ia|[Oo]f|[Tt]his\s+week['’]s|[Tt]oday['’]s|[Ll]atest)\s+(?P<a>{names})"
        rf"|\b(?P<b>{names})\s+(?:newsletter|bulletin|article|story|piece|reported|says|said)\b"
        # BNSSG's intranet ("The policy will be placed on the Hub", Appendix 13.1), only where it
        # is quoted: "the Hub" is also the name of many community venues.
        rf"|\b(?P<c>{hub})\s+(?:says|said|reported|announced|article|story|post|update)\b"
    )


# Freedom of Information responses and disclosure logs are published by the organisation itself.
_FOI = r"\b(?:freedom\s+of\s+information|foi\b|disclosure\s+log)"
# A board notice tells the public that some business is taken in private; it reveals none of it.
_PUBLIC_NOTICE = (
    r"\b(?:(?:meets?|meeting|held)\s+in\s+public|members\s+of\s+the\s+public|public\s+(?:board|session)"
    r"|the\s+agenda|papers\s+(?:are|will\s+be)\s+(?:published|available|on))"
)
# A job description names the channels the post holder will run.
_JOB = (
    r"\b(?:you['’]ll|you\s+will|post\s?holder|the\s+(?:role|post)\b|responsible\s+for|experience\s+(?:of|in)"
    r"|vacancy|job\s+(?:title|description)|band\s+\d|closing\s+date|apply|we['’]re\s+recruiting"
    r"|we\s+are\s+recruiting|(?:we['’]re|we\s+are)\s+looking\s+for\s+an?\s+[a-z]*\s*(?:officer|manager|lead|assistant"
    r"|director|head|coordinator|administrator|editor|writer))"
)
_RELAYED = (
    r"\b(?:says?|said|shows?|announced|reveals?|according|copied|taken\s+from|screenshot|spotted|seen|saw"
    r"|leaked)\b"
)
_CHANNEL = r"intranet|newsletter|bulletin|e-?mails?|communications"


def _names_without_relaying(lower: str, start: int, end: int) -> bool:
    """The channel or meeting is named as a thing (in a notice, a job advert, a signpost), and
    nothing from it is repeated."""
    found = lower[start:end]
    first = max(lower.rfind(".", 0, start), lower.rfind("\n", 0, start)) + 1
    stops = [pos for pos in (lower.find(". ", end), lower.find("\n", end)) if pos != -1]
    sentence = lower[first : min(stops) if stops else len(lower)]
    if _re(_RELAYED).search(sentence):
        return False
    if re.search(r"private|closed|part", found) and _re(_PUBLIC_NOTICE).search(lower):
        return True
    if re.search(_CHANNEL, found):
        # A job advert names the channels the post holder will write for, often sentences away
        # from its closing date.
        if _re(_JOB).search(lower):
            return True
        # "Our policies are now on the intranet" points staff to it; only relaying its content
        # ("spotted on the intranet", "taken from the intranet") repeats it.
        return found == "intranet" and not re.search(r"\bfrom\s+(?:the|our)\s+(?:staff\s+)?$", lower[max(0, start - 30) : start])
    return False


@rule(
    "CF002",
    "internal-source",
    triggers=generated("CF002"),
    needs=lambda: [phrases.load("confidential_sources"), _staff_newsletter()],
    category="confidential",
    severity="warning",
    message="The text appears to come from an internal source",
    suggestion="Do not repeat internal material externally; share the public version or ask the communications team.",
)
def internal_source(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds references to internal sources. These are the intranet, staff newsletters and
    bulletins (the seeds name HRA News and The Voice), internal or all-staff e-mails and memos,
    internal documents, leaked material, private board sessions, private meetings, incident logs
    and non-disclosure agreements. "The voice of patients", "HRA news" on the public website and "internal
    medicine" are not flagged, nor are channels named without relaying them: FOI disclosure
    logs, board notices of a private session, job adverts and "our policies are on the
    intranet".

    Why is this bad?
    ----------------
    Internal channels are written for staff, often before decisions are final. Repeating them
    in public breaches confidentiality and can mislead.

    Example
    -------
    "As announced in The Voice this week, the ICB is restructuring" is flagged; "Hearing the
    voice of patients is at the heart of our plan" is not.

    Policy
    ------
    HRA §3.1 "do not repeat externally any of the content of HRA News, or anything taken from
    the intranet"; BNSSG 28 §7 "Do not publish or report on conversations that are private or
    internal to the ICB"; Tavistock and Portman "Do not share internal documents online" and
    "Subject to a non-disclosure agreement"; HEE "Monitoring compliance" 3.3.3; HSSIB005 §4.8.
    """
    if _re(_FOI).search(draft.lower):
        return  # a disclosure log publishes internal material on purpose
    for found in _scan("confidential_sources", draft):
        if not _names_without_relaying(draft.lower, found.start, found.end):
            yield Hit(found.start, found.end, found.phrase.message, found.phrase.suggestion)
    if "HRA News" in draft.masked or "The Voice" in draft.masked or "Hub" in draft.masked:
        for match in _staff_newsletter().finditer(draft.masked):
            group = next(name for name in "abc" if match.group(name))
            yield Hit(
                match.start(group),
                match.end(group),
                f"{match.group(group)} is an internal staff channel",
                "Do not repeat the content of staff newsletters externally.",
            )


@lru_cache(maxsize=16)
def _protected_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The register's terms as literals, each also matching its plural ("witness statements")."""
    cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    joined = "|".join(phrases.literal_pattern(term) + r"(?:e?s)?" for term in cleaned)
    return re.compile(rf"(?<![\w])(?:{joined})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _first_words(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Each term's first word: a draft without any of them cannot hold a protected term."""
    return tuple({term.split()[0].lower() for term in terms if term.split()})


@rule(
    "CF003",
    "protected-term",
    category="confidential",
    severity="error",
    message="The text names protected material listed in the register",
    suggestion="Do not disclose protected material; ask your information governance team first.",
)
def protected_term(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds the register's `[lint] protected_terms`. They are matched literally as whole words,
    ignoring case, with or without a plural "s": for HSSIB, protected material under the Health
    and Care Act 2022 s.122 such as "witness statement", "interview transcript" and "draft
    investigation report".

    Why is this bad?
    ----------------
    Some material may not be disclosed at all: for HSSIB it is an offence to disclose protected
    material held for an investigation except where limited exemptions apply.

    Example
    -------
    With HSSIB's register, "Quotes from the witness interview show staff were tired" is flagged;
    "Read our final investigation report, I2024/015" is not.

    Policy
    ------
    HSSIB005 §4.8 "Other concerns" (protected material, HCA 2022 s.122, ask ig@hssib.org.uk);
    Tavistock and Portman "Maintain confidentiality at all times"; HEE "Monitoring compliance"
    3.3.3; HRA §3.1; BNSSG 28 §7.
    """
    terms = ctx.protected_terms
    if not terms:
        return
    # A plain loop: this look runs on every draft, and a generator in any() costs more than the
    # few substring tests themselves.
    lower = draft.lower
    for word in _first_words(terms):
        if word in lower:
            break
    else:
        return
    pattern = _protected_pattern(terms)
    if pattern is None:
        return
    for match in pattern.finditer(draft.masked):
        if _re(_DEFINED_AS).search(draft.lower, max(0, match.start() - 30), match.start()):
            continue  # "information we hold is 'protected material'": the law's name for a category
        yield Hit(match.start(), match.end(), f"'{match.group(0)}' is protected material")


# A term named as the category something belongs to, not a piece of material disclosed.
_DEFINED_AS = (
    r"\b(?:is|are|as|called|termed|known\s+as|counts\s+as|classed\s+as|treated\s+as|defined\s+as)\s+['‘\"“]?$"
)


# --- CF004 shares internal news that is not public ---------------------------------------------

# The writer says the news is not theirs to share, or not shared yet.
_SECRET = (
    r"\bnot\s+(?:meant|supposed|allowed)\s+to\s+(?:say|share|post|tell|mention|talk\s+about|know)"
    r"|\bshouldn['’]?t\s+(?:really\s+|probably\s+)?(?:be\s+)?(?:say|saying|share|sharing|post|posting|tell"
    r"|telling|mention|mentioning)\s+(?:this|it|that|anything)"
    r"|\bkeep\s+(?:it|this|that)\s+(?:to\s+yourselves?|between\s+(?:us|ourselves)|quiet|under\s+your\s+hats?)"
    r"|\b(?:you\s+)?didn['’]?t\s+hear\s+(?:it|this|that)\s+(?:from\s+me|here)"
    r"|\b(?:you\s+)?didn['’]?t\s+get\s+(?:it|this|that)\s+from\s+me"
    r"|\b(?:can['’]?t|cannot|can\s+not)\s+say\s+(?:too\s+|very\s+|that\s+)?(?:much|more)\b"
    r"|\bdon['’]?t\s+tell\s+(?:anyone|anybody|my\s+(?:boss|manager))\s+(?:i|where|who|that)\b"
    r"|\b(?:staff|colleagues|the\s+team|patients|families|the\s+public)\s+(?:haven['’]?t|hasn['’]?t|have\s+not"
    r"|has\s+not)\s+(?:been\s+told|heard|been\s+informed)"
    r"|\bbetween\s+you\s+and\s+me\b"
    r"|\b(?:they['’]re|they\s+are|management\s+(?:is|are)|the\s+(?:trust|board|icb)\s+(?:is|are))\s+not\s+telling"
    r"\s+(?:the\s+public|patients|anyone|staff|you)\b"
    # "can't share the numbers", "can't say who": withholding details while hinting at them
    r"|\b(?:can['’]?t|cannot|can\s+not|not\s+allowed\s+to|not\s+able\s+to)\s+(?:say|share|reveal|name|post|give\s+out"
    r"|tell\s+you)\s+(?:who|the\s+(?:numbers|names?|details|figures|results|firm|company))\b"
    r"|(?<!\bi\s)(?<!\bi['’]ve\s)\b(?:haven['’]?t|have\s+not|hasn['’]?t|has\s+not)\s+(?:yet\s+)?(?:told|informed)\s+(?:staff|the\s+team|anyone|us|patients"
    r"|colleagues|the\s+public)\b"
)
# Early or second-hand news: harmless alone ("sneak peek at our new garden"), not with an
# internal document and a writer speaking as "I".
_EARLY = (
    r"\b(?:sneak\s+(?:peek|preview)|heard\s+it\s+here\s+first|got\s+(?:hold\s+of|my\s+hands\s+on)"
    r"|before\s+(?:it['’]s|it\s+is|they['’]re|they\s+are|it\s+gets|they\s+get)\s+(?:published|announced|out"
    r"|public|official|released)|(?:not|isn['’]?t|aren['’]?t)\s+(?:been\s+)?(?:announced|public|published)\s+yet"
    r"|ahead\s+of\s+(?:the\s+)?(?:official\s+)?announcement|ahead\s+of\s+(?:its\s+|their\s+)?publication"
    r"|before\s+(?:its\s+|their\s+)?publication"
    r"|\b(?:nobody|no\s+one)(?:['’]s|\s+has)\s+(?:announced|published|said)\s+(?:it|this|that|anything)"
    r"|\b(?:hasn['’]?t|haven['’]?t|has\s+not|have\s+not|wasn['’]?t)\s+been\s+(?:announced|made\s+public)"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:announced|made\s+public)\s+(?:publicly|yet)"
    r"|\bunpublished\b|\byet\s+to\s+be\s+(?:published|announced|released|made\s+public)|\bpre-?publication\b"
    r"|\b(?:till|until)\s+(?:the\s+\w+['’]s|the\s+\w+\s+is|it['’]s|it\s+is|they['’]re|they\s+are)\s+(?:published|out|announced|official|public)"
    r"|\b(?:heard|hearing)\s+(?:it\s+)?(?:on|through|via)\s+the\s+grapevine|\brumou?r\s+has\s+it"
    # sight the writer was not given, news held back, and a head start for a friend
    r"|\b(?:shouldn['’]?t|should\s+not)\s+(?:really\s+|probably\s+)?have\s+seen"
    r"|\b(?:wasn['’]?t|was\s+not|weren['’]?t|not)\s+(?:meant|supposed)\s+to\s+(?:have\s+)?(?:see|seen|read|know)"
    r"|\bannouncement\s+(?:is\s+|being\s+|was\s+|has\s+been\s+)?(?:held\s+back|delayed|embargoed|pushed\s+back|sat\s+on)"
    r"|\b(?:not\s+official|embargoed)\s+(?:till|until)\b"
    r"|\bbefore\s+(?:anyone|anybody|everyone)\s+else\s+(?:hears|knows|finds\s+out|gets\s+wind|sees)"
    r"|\b(?:won['’]?t|will\s+not|isn['’]?t\s+going\s+to)\s+be\s+(?:announced|public|published|official|made\s+public)"
    r"\s+(?:till|until|before)\b"
    r"|\b(?:official|formal|published|final)\s+(?:figures|numbers|data|results|announcement|stats)\s+(?:are\s+|is\s+)?"
    r"(?:out|due|published|released|coming)\s+(?:next|on|this|tomorrow|in)\b)"
)
# Material that went round inside the organisation, or was taken from an internal meeting.
_CIRCULATED = (
    r"\b(?:went|sent|going|circulat\w+|passed)\s+(?:round|around)\s+(?:to\s+)?(?:all\s+)?(?:staff|senior"
    r"\s+managers|managers|the\s+(?:team|office|department|exec)|internally|everyone)\b"
    r"|\b(?:circulated|shared|sent)\s+internally|\bdoing\s+the\s+rounds"
    r"|\bscreenshots?\s+of\s+(?:the|an|our|my|this)\s+(?:[\w-]+\s+){0,3}?(?:e-?mail|memo|message|teams"
    r"|slack|whatsapp|chat|slides?|document|letter|briefing)"
    r"|\b(?:notes|minutes)\s+(?:i|we)\s+(?:took|made|wrote)\s+(?:at|in|during)\b"
    r"|\b(?:photo|picture|pic|snap|screenshot|copy)\s+of\s+(?:page\s+\d+\s+of\s+)?(?:the|our|an?|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:board\s+pack|board\s+papers?|e-?mail|memo|minutes|slides?|letter|briefing|spreadsheet)"
    r"|\b(?:forwarding|forwarded|copying|copied|pasting|pasted)\s+(?:you\s+(?:all\s+)?)?(?:the|this|an?|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:e-?mail|memo|message|letter|announcement|briefing)\b"
    r"|\b(?:message|messages|post|e-?mail|announcement|note)\s+(?:on|in|via)\s+(?:teams|slack|yammer"
    r"|workplace|(?:the\s+)?(?:staff\s+|team\s+)?whatsapp(?:\s+group)?)\b"
    r"|\bword\s+(?:from|at|in)\s+(?:yesterday['’]s|today['’]s|this\s+morning['’]s|the|last\s+week['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:board|exec|meeting|briefing|away\s*day|huddle|deanery|management|hr|directors?|top)\b"
)
# A member of staff reporting what was said to staff in an internal meeting ("at today's
# all-staff briefing our CEO told us..."): board meetings are left out, many are held in public.
_MEETING_REPORT = (
    r"\b(?:at|in|during)\s+(?:today['’]s|yesterday['’]s|this\s+morning['’]s|this\s+week['’]s|last\s+week['’]s"
    r"|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s|friday['’]s|the|our|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:all-?staff|staff|team|exec|executive|leadership|management|managers['’]?|directors['’]?|slt|town\s*hall|internal)"
    r"\s+(?:briefing|meeting|huddle|call|session|away\s*day|q&a|update)s?\b[^.\n]{0,80}?"
    r"\b(?:told\s+(?:us|staff|everyone|the\s+team)|announced|revealed|confirmed|admitted|let\s+slip|warned\s+(?:us|staff)"
    r"|said\s+(?:that|we|the|it['’]s|it\s+is|there)|is\s+(?:basically\s+)?a\s+done\s+deal)\b"
)
_INTERNAL_THING = (
    r"\b(?:memo|e-?mail|minutes|notes|slides?|deck|report|figures|data|results|plans?|proposals?"
    r"|restructur\w*|budget|decision|papers?|letter|briefing|inspection|rating|cuts?|closures?|findings"
    r"|numbers|list|allocations?|application|merger|redundanc\w+|consultation|posts|jobs"
    r"|programmes?|beds|wards?|clinics?|services?|sites?|hubs?)\b"
)
_AS_I = (
    r"(?<![\w'’])(?:i|i['’]m|i['’]ve|i['’]d|me|my)(?![\w'’])"
    # "Heard it at the SLT away day": the writer as the source, without saying "I"
    r"|(?:\A|(?<=[.!?]\s)|(?<=\n))(?:heard|saw|seen|got)\s+(?:it|this|that)\s+(?:at|in|from)\b"
)
# The writer handing the material on.
_PASSING_ON = (
    r"\b(?:here['’]?s|here\s+(?:is|are)|sharing|attached|forwarding|copying|look\s+at|see\s+for\s+yourselves"
    r"|read\s+it|you\s+(?:all\s+)?deserve\s+to\s+know)\b"
)
# Silenced at work: the writer's own concern, not internal news.
_SILENCED_AT_WORK = (
    r"\s+(?:this\s+|it\s+|that\s+|anything\s+)?(?:at\s+work|in\s+(?:work|meetings?)|internally"
    r"|to\s+(?:management|my\s+manager|hr|my\s+boss))\b"
)
# Handed to someone on a paper: "forwarded the memo to a mate at the Evening Post".
_TO_THE_PRESS = (
    r"\bto\s+(?:a|my|an\s+old)\s+(?:mate|friend|pal|contact|cousin|journalist|reporter)s?\s+(?:at|on|from)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:post|times|guardian|mail|mirror|telegraph|bbc|itv|hsj|press|paper|news|echo|herald|gazette"
    r"|argus|chronicle|standard|live|journal|pulse|sun|express|independent)\b"
)
# A claim reported in order to answer it ("some have said that staff have not been told").
_REPORTED = r"\b(?:that|claims?|claimed|said|say|says|suggest\w*|rumou?rs?|reports?|reported)\s+$"
_LEAK_WORDS = (
    "meant", "supposed", "allowed", "shouldn", "keep ", "hear ", "tell ", "haven", "hasn", "have not",
    "has not", "between you", "sneak", "here first", "hold of", "hands on", "before ", "yet",
    "ahead of", "round", "internally", "screenshot", "notes", "minutes", "word ", "teams", "slack",
    "whatsapp", "yammer", "workplace", "nobody", "no one", "announced", "made public", "say ",
    "not telling", "publication", "photo", "picture", "pic ", "snap", "copy", "forward", "copying",
    "copied", "pasting", "pasted", "can't", "cant", "cannot", "can not", "not able", "unpublished",
    "to be published", "to be announced", "to be released", "to be made", "publication", "till ",
    "until ", "grapevine", "rumour", "rumor", "briefing", "meeting", "huddle", "call", "session",
    "away", "q&a", "update", "told", "from me", "have seen", "announcement", "embargo", "official",
    " else ", "be announced", "be public", "be published",
)


@rule(
    "CF004",
    "internal-news-shared",
    triggers=generated("CF004"),
    needs=lambda: [_re(_SECRET), _re(_CIRCULATED), _re(_MEETING_REPORT), (_re(_EARLY), _re(_AS_I), _re(_INTERNAL_THING))],
    category="confidential",
    severity="warning",
    message="Shares internal news that is not public",
    suggestion="Do not share internal news before the organisation announces it; raise concerns through the proper channels.",
)
def internal_news_shared(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a member of staff passing on internal news. The writer says it is not theirs to
    share ("not supposed to share this", "keep it to yourselves", "staff haven't been told
    yet"), or shares what went round inside the organisation ("the memo doing the rounds",
    "screenshot of the email our director sent round", "notes I took at this morning's
    meeting"), or, speaking as "I", gives early sight of an internal document ("got hold of the
    figures before they're published"). Posts from official accounts are not checked.

    Why is this bad?
    ----------------
    Internal news is shared with staff first, often before decisions are final; posting it
    breaches confidentiality, can mislead the public and tells colleagues news they should hear
    from their managers.

    Example
    -------
    "The memo doing the rounds internally says two wards will close. Not supposed to share it
    but people should know." is flagged; "Sneak peek of our new garden, opening next week!"
    is not.

    Policy
    ------
    HRA §3.1 (do not repeat externally anything internal to the HRA); BNSSG 28 §7 "Do not
    publish or report on conversations that are private or internal to the ICB"; Tavistock and
    Portman "Do not share internal documents online"; HEE "Monitoring compliance" 3.3.3;
    HSSIB005 §4.8 "Only ever share public information".
    """
    if draft.meta.account and draft.meta.kind not in ("personal-blog", "bio", "reference"):
        return
    lower = draft.lower
    if not any(word in lower for word in _LEAK_WORDS):
        return
    reported = _re(_REPORTED)
    for secret in _re(_SECRET).finditer(lower):
        if _re(_SILENCED_AT_WORK).match(lower, secret.end()):
            continue  # "not allowed to say this at work, so I'll say it here" is a concern (WB), not news
        if not reported.search(lower, max(0, secret.start() - 40), secret.start()):
            yield Hit(secret.start(), secret.end())
            return
    meeting = _re(_MEETING_REPORT).search(lower)
    if meeting:
        yield Hit(meeting.start(), meeting.end())
        return
    circulated = _re(_CIRCULATED).search(lower)
    early = _re(_EARLY).search(lower)
    if circulated and (
        early or _re(_AS_I).search(lower) or _re(_PASSING_ON).search(lower) or _re(_TO_THE_PRESS).search(lower)
    ):
        yield Hit(circulated.start(), circulated.end())
    elif early and _re(_AS_I).search(lower) and _re(_INTERNAL_THING).search(lower):
        yield Hit(early.start(), early.end())


# --- CF005 material gathered for an investigation ---------------------------------------------

# What an investigation gathers before it reports: evidence, what witnesses said, drafts. None
# of it is public until the report is, and for HSSIB it is protected material by law.
_INVESTIGATION_MATERIAL = (
    r"\b(?:evidence\s+(?:packs?|bundles?|files?|folders?|logs?|boards?)|witness\s+(?:interviews?|statements?"
    r"|accounts?|evidence)|interview\s+(?:notes|transcripts?|recordings?|records)|transcripts?\s+of\s+(?:the|our|my)"
    r"|(?:draft|interim|emerging|preliminary|early|provisional)\s+(?:findings|conclusions|recommendations"
    r"|(?:investigation\s+)?report))\b"
)
_INVESTIGATION = r"\b(?:investigat\w+|inquiry|inquest|review|findings|report|hsib|hssib|case)\b"
# Said of the material without disclosing any of it: "we never share witness statements",
# "our interim report is published today", "draft report out for consultation".
_NOT_DISCLOSED = (
    r"\b(?:protected|safe\s+space|published|publishes|publish|out\s+now|read\s+(?:the|our)|consultation"
    r"|have\s+your\s+say|comments?\s+on|feedback\s+on|law|legal|website|web\s+site|online|download|sets?\s+out)\b"
)
_REFUSED = r"\b(?:never|not|don['’]?t|do\s+not|won['’]?t|cannot|can['’]?t)\b"


@rule(
    "CF005",
    "investigation-material",
    triggers=generated("CF005"),
    needs=lambda: [_re(_INVESTIGATION_MATERIAL), (_re(_LIVE_CASE), _re(_CASE_DETAIL))],
    category="confidential",
    severity="warning",
    message="Shares material gathered for an investigation before it is published",
    suggestion="Do not share evidence, interviews or draft findings; wait for the published report.",
)
def investigation_material(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post that shares what an investigation or review has gathered before it reports:
    its evidence ("the evidence pack"), what witnesses said ("witness interviews", "interview
    transcripts") or its draft findings ("our draft findings are damning"). Posts that say the
    material is protected or never shared, published interim reports and drafts out for
    consultation are not flagged.

    Why is this bad?
    ----------------
    Investigations rely on people speaking openly. Sharing what they said, or conclusions before
    they are final, breaks that trust, can prejudice the outcome and, for HSSIB, is a criminal
    offence (Health and Care Act 2022 s.122).

    Example
    -------
    "Pic from the evidence pack for the dispensing investigation" is flagged; "Our interim
    report is published today" and "We never share witness statements: the law protects them"
    are not.

    Policy
    ------
    HSSIB005 §4.8 "Other concerns" (protected material, HCA 2022 s.122); HEE "Monitoring
    compliance" 3.3.3 (confidential information); Tavistock and Portman "Maintain
    confidentiality at all times"; HRA §3.1; BNSSG 28 §7.
    """
    if _cues.official_account(draft):
        return  # the organisation announcing its own interim findings is how they are published
    lower = draft.lower
    for match in _re(_INVESTIGATION_MATERIAL).finditer(lower):
        first = max(lower.rfind(".", 0, match.start()), lower.rfind("\n", 0, match.start())) + 1
        stops = [pos for pos in (lower.find(". ", match.end()), lower.find("\n", match.end())) if pos != -1]
        sentence = lower[first : min(stops) if stops else len(lower)]
        if _re(_NOT_DISCLOSED).search(sentence) or _re(_REFUSED).search(lower, first, match.start()):
            continue  # said of the material, not from it: "we never share witness statements"
        if not _re(_INVESTIGATION).search(lower, max(0, first - 200), min(len(lower), match.end() + 200)):
            continue
        yield Hit(match.start(), match.end())
        return
    case = _re(_LIVE_CASE).search(lower)
    if case and _re(_CASE_DETAIL).search(lower, case.end(), case.end() + 400):
        yield Hit(case.start(), case.end())


# A case from an investigation still running, told with the details that identify it.
_LIVE_CASE = (
    r"\b(?:case|story|patient|family)\s+(?:from|in)\s+(?:our|my)\s+(?:current|ongoing)\s+(?:\w+\s+)?investigation\b"
)
_CASE_DETAIL = (
    r"(?:,\s*\d{1,3}\s*,|\baged\s+\d{1,3}\b|\b\d{1,3}[\s-]?(?:year|yr)s?[\s-]?old\b|\b(?:bay|bed|room|cubicle|side\s+room)\s+\d+\b"
    r"|\bward\s+\d+\b|\b(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)


# --- CF006 internal documents the writer holds ----------------------------------------------

# What an organisation writes for itself: none of it is public until the organisation says so.
_DOCUMENTS = (
    r"(?:drafts?|e-?mails?|minutes|memos?|slides?|decks?|spreadsheets?|board\s+papers?|papers|docs?"
    r"|documents?|files|recordings?|messages|letters|notes|logs|incident\s+reports?|(?:draft|original"
    r"|internal|leaked|unpublished|real|actual)\s+(?:[\w-]+\s+)?(?:reports?|figures|numbers|data)"
    r"|reports|datix(?:es)?|transcripts?|whatsapps?|screenshots|receipts)"
)
# Said of what anyone can read: "I've got the published report", "I have the annual report".
_PUBLIC_COPY = r"\b(?:published|public|annual|latest|final|privilege|pleasure|honour|honor|job|role|chance)\b"
_HOLDS = _cues.cue(
    rf"""(?:(?<![\w'])i(?:\s+have|'ve|\s+now\s+have|'ve\s+now)?\s+(?:got|have|seen|read|kept|saved|hold|am\s+holding
      |'m\s+holding)|(?:\A|(?<=[.!?]\s)|(?<=\n))(?:got|have|holding|seen))
    \s+(?P<what>(?:(?:a\s+)?cop(?:y|ies)\s+of\s+|all\s+(?:of\s+)?|every\s+one\s+of\s+)?(?:the|their|our|his|her|them\s+all|those|these)?
      \s*(?:[\w-]+\s+){{0,3}}?{_DOCUMENTS})(?![\w])"""
)
# "the board paper they didn't want staff to see": the writer says it was kept from them.
_KEPT_FROM = _cues.cue(
    rf"""(?<![\w'])(?P<what>{_DOCUMENTS}|paper|report|plan|proposal|figures)(?![\w'])[^.!?\n]{{0,40}}?
    (?:didn't|did\s+not|don't|do\s+not|never)\s+want(?:ed)?\s+(?:(?:us|you|staff|anyone|anybody|patients|families
      |the\s+(?:public|rest\s+of\s+us|staff|press)|people|colleagues|members)\s+)?to\s+(?:see|read|know|find\s+out)"""
)
# "the bit they don't want you to read", said of something leaked, attached or quoted by page.
_KEPT_BY_THEM = _cues.cue(
    r"""(?<![\w'])(?:they|management|managers|bosses|the\s+(?:trust|board|icb|exec|execs|hra|deanery|directors))
    \s+(?:didn't|did\s+not|don't|do\s+not|never)\s+want(?:ed)?\s+(?:(?:us|you|staff|anyone|anybody|patients
    |the\s+(?:public|rest\s+of\s+us|staff|press)|people)\s+)?to\s+(?:see|read)(?![\w'])"""
)
# "Exec team minutes from last week say...", "Our CEO's email to all staff says...": a document
# written for staff, quoted as the source of news.
_INTERNAL_DOC_SAYS = _cues.cue(
    r"""(?<![\w'])(?:exec(?:utive)?|management|leadership|slt|senior\s+team|ceo's|chief\s+executive's|director's
    |chair's|boss's|manager's|internal)\s+(?:[\w-]+\s+)?(?:minutes|e-?mails?|memos?|slides|briefing|board\s+papers?)
    \s+(?:(?!public|published|newsletter|bulletin)[\w'-]+\s+){0,5}?(?:says?|said|shows?|reveals?|confirms?|states?)(?![\w'])"""
)
_HANDED_ON = r"\b(?:leak\w*|internal|attach\w*|screenshots?|page\s+\d+|para(?:graph)?\s+\d+)\b"
_HOLDS_WORDS = (" i ", "i've", "i have", "got ", "have ", "holding", "seen ", "read ", "kept ", "saved ", "hold ")
_KEPT_WORDS = ("want",)
_DOC_SAYS_WORDS = ("say", "said", "show", "reveal", "confirm", "state")


@rule(
    "CF006",
    "internal-documents-held",
    triggers=generated("CF006"),
    needs=lambda: [_HOLDS, _KEPT_FROM, (_KEPT_BY_THEM, _re(_HANDED_ON)), _INTERNAL_DOC_SAYS],
    category="confidential",
    severity="warning",
    message="Says the writer holds internal documents, or shares what was kept from staff",
    suggestion="Do not share or offer internal documents; raise concerns through your line manager or the Freedom to Speak Up Guardian.",
)
def internal_documents_held(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a member of staff saying, as "I", that they hold internal documents ("I have the
    drafts", "I've got copies of the emails", "got the incident reports right here", "I've seen
    the draft allocation spreadsheet"), or sharing a document "they didn't want staff to see".
    Published, annual and final reports, and official accounts, are not flagged.

    Why is this bad?
    ----------------
    Holding up internal documents in public, or offering them to journalists, discloses material
    written for staff only and puts colleagues and patients named in it at risk; concerns about
    it belong with a manager or the Freedom to Speak Up Guardian.

    Example
    -------
    "I have the incident reports. Journalists, my DMs are open." is flagged; "I have the pleasure
    of presenting our published workforce report" is not.

    Policy
    ------
    Tavistock and Portman "Do not share internal documents online"; HRA §3.1 (nothing private or
    internal to the HRA); BNSSG 28 §7; HEE "Monitoring compliance" 3.3.3; HSSIB005 §4.8 "Only
    ever share public information".
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    if _cues.mentions(body, _HOLDS_WORDS):
        for match in _HOLDS.compiled.finditer(body):
            if not re.search(_PUBLIC_COPY, match.group("what")) and not _cues.negated(body, match.start()):
                yield Hit(match.start(), match.end())
                return
    if _cues.mentions(body, _KEPT_WORDS):
        match = _KEPT_FROM.compiled.search(body)
        if not match and _re(_HANDED_ON).search(body):
            match = _KEPT_BY_THEM.compiled.search(body)
        if match:
            yield Hit(match.start(), match.end())
            return
    if _cues.mentions(body, _DOC_SAYS_WORDS):
        match = _INTERNAL_DOC_SAYS.compiled.search(body)
        if match:
            yield Hit(match.start(), match.end())


# --- CF007 a committee's private deliberations -----------------------------------------------

# A body that decides in private: ethics committees, panels, boards, the exec.
_DECIDING_BODY = (
    r"(?:committees?|rec|cag|panel(?:lists)?|board|members|exec(?:utive)?s?|execs|directors|trustees|governors"
    r"|deanery|senior\s+(?:team|leadership|managers)|slt|leadership(?:\s+team)?|chairs?|reviewers|assessors"
    r"|commissioners|council|group)"
)
_IN_PRIVATE = (
    r"(?:off\s+the\s+record|behind\s+closed\s+doors|privately|in\s+private|in\s+(?:the\s+)?camera"
    r"|(?:i|we)\s+(?:was|were)\s+in\s+the\s+room|between\s+ourselves)"
)
_DELIBERATED = (
    r"(?:thought|think|felt|feel|said|agreed|admitted|decided|reckon(?:ed)?|believed?|suspect(?:ed)?|called"
    r"|described|discussed|voted|argued|wanted|conceded|accepted|knew|know)"
)
_PRIVATE_DELIBERATION = _cues.cue(
    rf"""(?<![\w'])(?P<where>{_IN_PRIVATE})(?![\w'])[^.!?\n]{{0,60}}?(?<![\w'])(?:the\s+|our\s+|their\s+|most\s+(?:of\s+)?(?:the\s+)?
    |some\s+(?:of\s+)?(?:the\s+)?|several\s+|two\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){{0,2}}?{_DECIDING_BODY}(?![\w'])
    [^.!?\n]{{0,40}}?(?<![\w']){_DELIBERATED}(?![\w'])"""
)
_DELIBERATION_WORDS = ("record", "closed doors", "private", "camera", "in the room", "between ourselves")


@rule(
    "CF007",
    "private-deliberations",
    triggers=generated("CF007"),
    needs=lambda: [_PRIVATE_DELIBERATION],
    category="confidential",
    severity="warning",
    message="Reports what a committee or board said or thought in private",
    suggestion="Do not report private deliberations; share only the decision the organisation publishes.",
)
def private_deliberations(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post reporting what a committee, panel, board or executive team thought, said or
    agreed in private: "off the record the committee thought...", "behind closed doors the
    panel agreed...", "privately, most members felt...", "I was in the room when the board
    discussed...". Denials ("no decisions are made behind closed doors") are not flagged.

    Why is this bad?
    ----------------
    Committees and boards deliberate in private so that members can speak freely; repeating
    their views breaks that confidence, misrepresents the decision and, for research ethics
    committees, can harm sponsors and applicants.

    Example
    -------
    "Off the record the committee thought their consent form hid the risks" is flagged; "Our
    board meets in public: no decisions behind closed doors" is not.

    Policy
    ------
    HRA §3.1 (do not publish conversations private or internal to the HRA); BNSSG 28 §7 (the
    same for the ICB); Tavistock and Portman "Maintain confidentiality at all times"; HEE
    "Monitoring compliance" 3.3.3; HSSIB005 §4.8 "Only ever share public information".
    """
    body = _cues.text(draft)
    if not _cues.mentions(body, _DELIBERATION_WORDS):
        return
    for match in _PRIVATE_DELIBERATION.compiled.finditer(body):
        if not _cues.negated(body, match.start("where")):
            yield Hit(match.start(), match.end())
            return


# --- CF008 people met in the course of an investigation --------------------------------------

# The writer's own casework: "for our falls investigation", "for the review I'm leading".
_CASEWORK = _cues.cue(
    r"""(?<![\w'])(?:for|in|during|as\s+part\s+of)\s+(?:our|the|this|my|an?)\s+(?:[\w-]+\s+){0,3}?
    (?:investigation|inquiry|review|case)(?![\w'])"""
)
# Someone the investigation met, by name: "Mrs Doreen Pryce", "Sister Jane Okafor", "Mr Royce".
_NAMED_PERSON = r"\b(?:Mrs|Mr|Ms|Miss|Mx|Sister|Nurse|Matron)\.?\s+[A-Z][a-z'’-]+|\bNHS\s+(?:no|number)\b"
_MET = _cues.cue(
    r"""(?<![\w'])(?:met|meeting|interviewed|interviewing|spoke\s+(?:to|with)|speaking\s+(?:to|with)|visited
    |spent\s+(?:the\s+)?(?:day|morning|afternoon|evening|time)\s+with|sat\s+with|listened\s+to|heard\s+from)(?![\w'])"""
)
_CASEWORK_WORDS = ("investigat", "inquiry", "review", "case")


@rule(
    "CF008",
    "investigation-participant",
    triggers=generated("CF008"),
    needs=lambda: [(_CASEWORK, _MET)],
    category="confidential",
    severity="warning",
    message="Names someone met in the course of an investigation",
    suggestion="Do not describe the people an investigation meets; share only what the published report says.",
)
def investigation_participant(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a member of staff describing, from their own account, someone they met, interviewed
    or spent time with for an investigation or review they work on, when the person is named
    ("Mrs Pryce", "Sister Okafor") or their NHS number is given. Official accounts and posts
    that name no one are not flagged.

    Why is this bad?
    ----------------
    What an investigation learns from patients, families and staff is confidential until the
    report is published, and for HSSIB it is protected material by law; naming the people
    identifies them to colleagues, the press and the trust being investigated.

    Example
    -------
    "Can't stop thinking about Mrs Doreen Pryce whose family I met this week for our falls
    investigation" is flagged; "Thank you to the families who shared their experiences with our
    investigation" is not.

    Policy
    ------
    HSSIB005 §4.8 "Do not reveal confidential personal information about patients" and
    protected material (Health and Care Act 2022 s.122); Tavistock and Portman "Maintain
    confidentiality at all times"; HEE "Monitoring compliance" 3.3.3; HRA §3.1; BNSSG 28 §7.
    """
    if _cues.official_account(draft):
        return
    body = _cues.text(draft)
    if not _cues.mentions(body, _CASEWORK_WORDS):
        return
    work = _CASEWORK.compiled.search(body)
    if not work or not _MET.compiled.search(body):
        return
    named = _re(_NAMED_PERSON).search(draft.masked)
    if named:
        yield Hit(work.start(), work.end())
