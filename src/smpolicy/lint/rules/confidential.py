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
        "minutes", "paper",
    ),
}


def _scan(name: str, draft: Draft) -> Iterator[phrases.PhraseHit]:
    lower = draft.lower
    if any(word in lower for word in TRIGGERS[name]):
        yield from phrases.load(name).finditer(draft.masked)


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


# CF001 runs only on drafts with one of these (smpolicy.lint.triggers; tests check they cover `needs`).
_CF001_TRIGGERS = (
    "*confidential*|embargo*",
    ("circulate", "do not circulate"),
    ("circulated|forwarded|published|released|shared", "not to be"),
    ("circulation|distribution|publication|release|sharing", "not"),
    ("commercial in confidence", "commercial"),
    ("confidential*", ":|]|–|—"),
    ("forward", "do not forward"),
    ("internal", "only"),
    ("official*", "*sensitive*"),
    ("share", "beyond|externally|outside|publicly"),
)


@rule(
    "CF001",
    "internal-marking",
    triggers=_CF001_TRIGGERS,
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
    return re.compile(
        rf"\b(?:[Ii]n|[Ff]rom|[Vv]ia|[Oo]f|[Tt]his\s+week['’]s|[Tt]oday['’]s|[Ll]atest)\s+(?P<a>{names})"
        rf"|\b(?P<b>{names})\s+(?:newsletter|bulletin|article|story|piece|reported|says|said)\b"
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


# CF002 runs only on drafts with one of these (smpolicy.lint.triggers; tests check they cover `needs`).
_CF002_TRIGGERS = (
    "according|agenda|closed|datix|entries|entry|hra news|incident|intranet|meeting|news|part|"
    "private|report*|reveal*|says|show|shows|state*|voice|voice*",
    ("away*|briefing|meeting|session", "deck|minutes|notes|paper*|slide*"),
    ("bound|covered|signed|under", "nda"),
    ("closed|internal|private", "briefing|conversation|discussion|meeting|session"),
    (
        "confidential",
        "*mail*|briefing*|bulletin*|correspondence|deck*|discussion|document*|letter*|memo*|"
        "minutes|newsletter*|paper*|presentation*|recording*|report*|session|slide*|spreadsheet*",
    ),
    ("disclosure", "agreement*"),
    (
        "internal|leak*",
        "*mail*|briefing*|bulletin*|chat*|correspondence|dashboard*|data|deck*|document*|figures|"
        "letter*|memo*|message*|minutes|newsletter*|notes|paper*|presentation*|recording*|"
        "report*|slide*|spreadsheet*",
    ),
    ("minutes|notes|papers|slides", "board|briefing|meeting|session"),
    ("staff", "bulletin*|email*|mail*|memo*|newsletter*"),
)


@rule(
    "CF002",
    "internal-source",
    triggers=_CF002_TRIGGERS,
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
    if "HRA News" in draft.masked or "The Voice" in draft.masked:
        for match in _staff_newsletter().finditer(draft.masked):
            group = "a" if match.group("a") else "b"
            yield Hit(
                match.start(group),
                match.end(group),
                f"{match.group(group)} is a staff newsletter",
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
    pattern = _protected_pattern(ctx.protected_terms)
    if pattern is None or not any(word in draft.lower for word in _first_words(ctx.protected_terms)):
        return
    for match in pattern.finditer(draft.masked):
        yield Hit(match.start(), match.end(), f"'{match.group(0)}' is protected material")


# --- CF004 shares internal news that is not public ---------------------------------------------

# The writer says the news is not theirs to share, or not shared yet.
_SECRET = (
    r"\bnot\s+(?:meant|supposed|allowed)\s+to\s+(?:say|share|post|tell|mention|talk\s+about|know)"
    r"|\bshouldn['’]?t\s+(?:really\s+|probably\s+)?(?:be\s+)?(?:say|saying|share|sharing|post|posting|tell"
    r"|telling|mention|mentioning)\s+(?:this|it|that|anything)"
    r"|\bkeep\s+(?:it|this|that)\s+(?:to\s+yourselves?|between\s+(?:us|ourselves)|quiet|under\s+your\s+hats?)"
    r"|\b(?:you\s+)?didn['’]?t\s+hear\s+(?:it|this|that)\s+(?:from\s+me|here)"
    r"|\b(?:can['’]?t|cannot|can\s+not)\s+say\s+(?:too\s+|very\s+|that\s+)?(?:much|more)\b"
    r"|\bdon['’]?t\s+tell\s+(?:anyone|anybody|my\s+(?:boss|manager))\s+(?:i|where|who|that)\b"
    r"|\b(?:staff|colleagues|the\s+team|patients|families|the\s+public)\s+(?:haven['’]?t|hasn['’]?t|have\s+not"
    r"|has\s+not)\s+(?:been\s+told|heard|been\s+informed)"
    r"|\bbetween\s+you\s+and\s+me\b"
    r"|\b(?:they['’]re|they\s+are|management\s+(?:is|are)|the\s+(?:trust|board|icb)\s+(?:is|are))\s+not\s+telling"
    r"\s+(?:the\s+public|patients|anyone|staff|you)\b"
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
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:announced|made\s+public)\s+(?:publicly|yet))"
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
    r"(?:[\w-]+\s+){0,2}?(?:board|exec|meeting|briefing|away\s*day|huddle)\b"
)
_INTERNAL_THING = (
    r"\b(?:memo|e-?mail|minutes|notes|slides?|deck|report|figures|data|results|plans?|proposals?"
    r"|restructur\w*|budget|decision|papers?|letter|briefing|inspection|rating|cuts|closures?)\b"
)
_AS_I = r"(?<![\w'’])(?:i|i['’]m|i['’]ve|i['’]d|me|my)(?![\w'’])"
# The writer handing the material on.
_PASSING_ON = (
    r"\b(?:here['’]?s|here\s+(?:is|are)|sharing|attached|forwarding|copying|look\s+at|see\s+for\s+yourselves"
    r"|read\s+it|you\s+(?:all\s+)?deserve\s+to\s+know)\b"
)
# A claim reported in order to answer it ("some have said that staff have not been told").
_REPORTED = r"\b(?:that|claims?|claimed|said|say|says|suggest\w*|rumou?rs?|reports?|reported)\s+$"
_LEAK_WORDS = (
    "meant", "supposed", "allowed", "shouldn", "keep ", "hear ", "tell ", "haven", "hasn", "have not",
    "has not", "between you", "sneak", "here first", "hold of", "hands on", "before ", "yet",
    "ahead of", "round", "internally", "screenshot", "notes", "minutes", "word ", "teams", "slack",
    "whatsapp", "yammer", "workplace", "nobody", "no one", "announced", "made public", "say ",
    "not telling", "publication", "photo", "picture", "pic ", "snap", "copy", "forward", "copying",
    "copied", "pasting", "pasted",
)


# CF004 runs only on drafts with one of these (smpolicy.lint.triggers; tests check they cover `needs`).
_CF004_TRIGGERS = (
    "hands|heard it here first|hold",
    ("ahead", "announcement*"),
    ("ahead|before", "publication*"),
    ("allowed|meant|supposed", "about*|know*|mention*|post*|say*|share*|tell*"),
    ("announced*|made public", "has not|hasn*|have not|haven*|wasn*"),
    ("announced|made public", "publicly*|yet*"),
    ("announced|public|published", "yet*"),
    ("announced|published|said", "*body*|one"),
    ("around|round", "circulat*|going|passed|sent|went"),
    ("before", "announced*|official*|out*|public*|published*|released*"),
    ("between", "between you and me"),
    (
        "copied|copying|forwarded|forwarding|pasted|pasting",
        "*mail*|announcement|briefing|letter|memo|message",
    ),
    (
        "copy|photo|pic|picture|screenshot|snap",
        "*mail*|board pack|briefing*|letter*|memo*|minutes*|paper*|slide*|spreadsheet*",
    ),
    ("doing the rounds", "doing"),
    ("hear", "didn*"),
    ("heard*|informed*|told*", "colleagues|families|patients|public|staff|team"),
    ("internally*", "circulated|sent|shared"),
    ("keep", "between|quiet*|under|yourselve*"),
    ("minutes|notes", "made|took|wrote"),
    ("say", "can*"),
    (
        "screenshot*",
        "*mail*|briefing*|chat*|document*|letter*|memo*|message*|slack*|slide*|teams*|whatsapp*",
    ),
    ("shouldn*", "mention|mentioning|post|posting|say|saying|share|sharing|tell|telling"),
    (
        "slack|teams|whatsapp|workplace|yammer",
        "*mail*|announcement|message|messages|note|post",
    ),
    ("sneak", "sneak p"),
    ("tell", "anybody|anyone|boss|manager"),
    ("telling", "not telling"),
    ("word", "away*|board|briefing|exec|huddle|meeting"),
)


@rule(
    "CF004",
    "internal-news-shared",
    triggers=_CF004_TRIGGERS,
    needs=lambda: [_re(_SECRET), _re(_CIRCULATED), (_re(_EARLY), _re(_AS_I), _re(_INTERNAL_THING))],
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
        if not reported.search(lower, max(0, secret.start() - 40), secret.start()):
            yield Hit(secret.start(), secret.end())
            return
    circulated = _re(_CIRCULATED).search(lower)
    early = _re(_EARLY).search(lower)
    if circulated and (early or _re(_AS_I).search(lower) or _re(_PASSING_ON).search(lower)):
        yield Hit(circulated.start(), circulated.end())
    elif early and _re(_AS_I).search(lower) and _re(_INTERNAL_THING).search(lower):
        yield Hit(early.start(), early.end())
