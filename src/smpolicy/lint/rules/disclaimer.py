"""Disclaimer: a member of staff writing as themself says their views are their own.

HSSIB005 §4.8 asks for "a sentence in your profile or biography that says views are your own
and not those of your employer"; HRA §3.3 gives the wording for a personal blog and §3.4 for a
LinkedIn reference; BNSSG 28 §7 asks staff to "make it clear that they are speaking for
themselves and not on behalf of the ICB". People write it in many ways ("Views my own",
"Opinions are mine", "All views expressed are personal", "Not on behalf of my employer"), and
some lines that look like one are not ("RTs ≠ endorsements" says nothing about views).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint.platforms import LazyPattern
from smpolicy.lint.rule import Hit, rule

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft

PERSONAL_KINDS = ("bio", "personal-blog", "reference")

_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2260": "!"})


def reading_text(draft: Draft) -> str:
    """The masked body in lower case with plain apostrophes ("≠" read as "!"); same offsets.

    Computed once per draft: the disclaimer and identity rules both read it."""
    cached = draft.__dict__.get("_disclaimer_text")
    if cached is None:
        cached = draft.__dict__["_disclaimer_text"] = draft.lower.translate(_STRAIGHT)
    return cached


# --- naming the organisation -------------------------------------------------------------------


@lru_cache(maxsize=16)
def _name_patterns(
    names: tuple[str, ...], handles: tuple[str, ...], domains: tuple[str, ...]
) -> tuple[re.Pattern[str], ...]:
    """Patterns for the organisation's acronyms (in capitals), other names and handles (any
    case), and e-mail domains (after an "@")."""
    acronyms = sorted({n for n in names if n.isupper() and len(n.replace(" ", "")) <= 4}, key=len, reverse=True)
    others = [n for n in names if n not in acronyms and n.strip()]
    others += [h.lstrip("@") for h in handles if h.strip("@ ")]
    others = sorted(set(others), key=len, reverse=True)
    domains = sorted({d.strip().lower() for d in domains if d.strip()}, key=len, reverse=True)

    def words(values: list[str]) -> str:
        return "|".join(r"\s+".join(re.escape(part) for part in value.split()) for value in values)

    patterns = []
    if acronyms:
        patterns.append(re.compile(rf"(?<![^\W_])(?:{words(acronyms)})(?![^\W_])"))
    if others:
        patterns.append(re.compile(rf"(?<![^\W_])(?:{words(others)})(?![^\W_])", re.IGNORECASE))
    if domains:
        patterns.append(re.compile(rf"@(?:{words(domains)})(?![\w-])", re.IGNORECASE))
    return tuple(patterns)


@lru_cache(maxsize=16)
def _with_everyday_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names plus the ones staff use every day: an integrated care board is "the ICB" and
    "BNSSG Integrated Care Board" as well as its full name; a trust is "the Trust"."""
    extra = set()
    for name in names:
        if "Integrated Care Board" in name:
            extra |= {name.replace("Integrated Care Board", "ICB"), "the ICB"}
        if name.endswith(" ICB"):
            extra.add(name[: -len("ICB")] + "Integrated Care Board")
        if re.search(r"\bTrust$", name):
            extra.add("the Trust")
    return tuple(sorted(set(names) | extra, key=len, reverse=True))


def organisation_mentions(text: str, ctx: LintContext) -> list[tuple[int, int]]:
    """Where `text` names the organisation: its name, short names, handles or e-mail domain.

    Short all-capital names ("HRA", "HEE") are matched in capitals only, so "hee-haw" is not
    HEE; longer names match in any case.
    """
    spans = []
    for pattern in _name_patterns(_with_everyday_names(ctx.names), ctx.official_handles, ctx.email_domains):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(spans)


# --- recognising a disclaimer ------------------------------------------------------------------

_DISCLAIMER_PATTERNS = (
    # "views my own", "all views expressed are personal", "opinions are mine", "tweets = my own"
    r"\b(?:views?|opinions?|thoughts?|tweets?|posts?|words?|comments?|content)"
    r"(?:\s+(?:expressed|shared|posted|written|given|here(?:in)?|on\s+(?:this|my)\s+\w+|in\s+(?:this|my)\s+\w+))*"
    r"\s*(?:are|is|=|r|:)?\s*(?:all\s+|entirely\s+|strictly\s+|solely\s+|very\s+much\s+|100%\s+)?"
    r"(?:my\s+own|mine|personal|my\s+personal)\b",
    r"\b(?:views?|opinions?)\s+(?:are\s+)?own\b",
    # "my own views", "my personal opinion", "these are my views"
    r"\bmy\s+(?:own\s+|personal\s+)?(?:views?|opinions?)\s*(?:only|alone)\b",
    r"\bmy\s+(?:own|personal)\s+(?:views?|opinions?)\b",
    # "not those of my employer", "not the views of HSSIB", "not necessarily representative of"
    r"\bnot\s+(?:necessarily\s+)?(?:those|the\s+(?:views?|opinions?|position)|representative|reflective)"
    r"\s+(?:of|from)\b",
    # "does not represent the position of", "don't necessarily reflect the views of"
    r"\b(?:do(?:es)?\s+not|don't|doesn't|won't|will\s+not)\s+(?:necessarily\s+)?"
    r"(?:(?:represent|reflect)\s+(?:the\s+|any\s+)?(?:views?|opinions?|positions?|polic(?:y|ies)|those)\b"
    r"|speak\s+for\b)",
    # "the views expressed here are those of the author"
    r"\b(?:views?|opinions?)\s+(?:expressed\s+)?(?:here\s+|in\s+this\s+\w+\s+)?(?:are|is)\s+"
    r"(?:solely\s+)?those\s+of\s+the\s+(?:author|writer)\b",
    r"\bspeaking\s+for\s+(?:myself|themselves|ourselves)\b",
    r"\bspeak(?:ing)?\s+(?:only\s+)?for\s+myself\b",
    r"\b(?:in\s+a|my)\s+(?:personal|private)\s+capacity\b",
    r"\bnot\s+(?:speaking\s+|writing\s+|posting\s+)?on\s+behalf\s+of\b",
    r"\bnot\s+(?:an?\s+)?official\b",
    r"\b(?:personal|private)\s+(?:account|profile)\b",
    r"\bshould\s+not\s+be\s+construed\s+as\b",
    # "Personal views only", "personal opinions, not my employer's"
    r"\bpersonal\s+(?:views?|opinions?|thoughts?)\b",
    # "my views, not my employer's", "my opinions not HSSIB's"
    r"\bmy\s+(?:own\s+)?(?:views?|opinions?|thoughts?)\s*[,;:-]?\s*not\b",
    # "Anything I post is me, not my employer", "all me, not the ICB"
    r"\b(?:is|are|'s|all)\s+(?:just\s+|only\s+)?(?:me|mine)\s*[,;:-]?\s*(?:and\s+)?not\s+(?:my\s+employer|my\s+work|my\s+workplace|the\s+\w+)",
)


@lru_cache(maxsize=1)
def _disclaimer() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _DISCLAIMER_PATTERNS))


# "RTs ≠ endorsements" and the like: about sharing, not about whose views these are.
_ENDORSEMENT_ONLY = LazyPattern(
    r"\b(?:rts?|retweets?|reposts?|shares?|likes?|follows?|boosts?)\s*(?:are\s+not|aren't|!|=\s*not|not)"
    r"\s*(?:=\s*)?(?:an?\s+)?endorse"
)


def has_disclaimer(text: str) -> bool:
    """Whether lower-case text says its views are the writer's own, in any common wording."""
    return _disclaimer().search(text) is not None


def _is_official_profile(draft: Draft, ctx: LintContext) -> bool:
    """A bio for one of the organisation's own accounts needs no personal disclaimer."""
    official = {h.lower().lstrip("@") for h in ctx.official_handles}
    official |= {a.handle.lower().lstrip("@") for a in ctx.accounts if a.handle}
    handle = (draft.meta.handle or "").lower().lstrip("@")
    if handle and handle in official:
        return True
    return bool(draft.meta.account) and not handle


_WORDING = {
    "personal-blog": (
        "This personal blog names {org} but does not say its views are your own",
        "Add a disclaimer, e.g. 'Any views expressed in this blog are entirely my own and not "
        "those of my employer.'",
    ),
    "reference": (
        "This reference names {org} but does not say it is given in a personal capacity",
        "Add: 'This reference is being made by me in a personal capacity. It is not intended and "
        "should not be construed as a reference from {org}.'",
    ),
    "article": (
        "This personal article names {org} but does not say its views are your own",
        "Add a line such as 'The views in this article are my own and not those of my employer.'",
    ),
    "bio": (
        "This bio names {org} but does not say your views are your own",
        "Add a line such as 'Views are my own and not those of my employer.'",
    ),
}


_FIRST_PERSON = LazyPattern(r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my)(?![\w'])")


def _personal_article(draft: Draft) -> bool:
    """An article posted from no official account: a member of staff's own piece (a LinkedIn
    or Medium article), personal content like a blog when it is written as "I"."""
    return draft.meta.kind == "article" and not draft.meta.account


@rule(
    "DC001",
    "missing-disclaimer",
    triggers=lambda draft: draft.meta.kind in PERSONAL_KINDS or _personal_article(draft),
    category="disclaimer",
    severity="error",
    message="Names the organisation but has no 'views are my own' disclaimer",
    suggestion="Add a line such as 'Views are my own and not those of my employer.'",
)
def missing_disclaimer(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a personal bio (`kind = "bio"`), personal blog (`kind = "personal-blog"`),
    LinkedIn-style reference (`kind = "reference"`) or article written as "I" and posted from
    no official account (`kind = "article"`, e.g. a LinkedIn article) that names the
    organisation (its name, a short name, "the ICB" or "the Trust", an official handle or its
    e-mail domain) but never says the views are the writer's own. Any common wording counts: "Views my own", "Opinions are mine", "All views
    expressed are personal", "Not on behalf of my employer", "in a personal capacity".
    "RTs ≠ endorsements" on its own does not: it is about sharing, not about whose views these
    are. Posts from official accounts, and the official accounts' own bios, never need one; nor
    does a bio that claims to be the official account (ID002 reports it: it is a fake account,
    which a disclaimer would not put right).

    Why is this bad?
    ----------------
    Readers take a member of staff who names their employer to be speaking for it. Without a
    disclaimer, a personal opinion reads as the organisation's position, and a personal
    reference reads as an official one. The policies ask for the disclaimer so people can tell
    official information from personal opinion (it has no legal standing, but it works).

    Example
    -------
    A bio: `Patient safety investigator at HSSIB. Runner, dad, tea drinker.`

    Use instead: `Patient safety investigator at HSSIB. Runner, dad, tea drinker. Views my own,
    not those of my employer.`

    Policy
    ------
    HSSIB005 §4.8 "Clarify that your opinions are your own"; HRA §3.1 (disclaimer on content
    connected with your work), §3.3 (personal blogs) and §3.4 (references); BNSSG 28 §7
    ("speaking for themselves and not on behalf of the ICB"); Tavistock and Portman "You are an
    ambassador for the Trust and your profession" (biographies); HEE "Social Media for personal
    and professional use".
    """
    text = reading_text(draft)
    if _personal_article(draft):
        if not _FIRST_PERSON.search(text):
            return  # written as the organisation, not as a member of staff
    elif draft.meta.kind not in PERSONAL_KINDS or _is_official_profile(draft, ctx):
        return
    mentions = organisation_mentions(draft.masked, ctx)
    if not mentions:
        return
    if has_disclaimer(text) or _poses_as_official(draft, text, mentions):
        return
    start, end = mentions[0]
    org = _short_name(ctx)
    message, suggestion = (part.format(org=org) for part in _WORDING[draft.meta.kind])
    if _ENDORSEMENT_ONLY.search(text):
        message += " ('RTs are not endorsements' is about sharing, not a disclaimer of your views)"
    yield Hit(start, end, message=message, suggestion=suggestion)


def _poses_as_official(draft: Draft, text: str, mentions: list[tuple[int, int]]) -> bool:
    """A bio that says it is the organisation's official account: a fake account (ID002), which
    no "views my own" would put right."""
    if draft.meta.kind != "bio":
        return False
    from smpolicy.lint.rules.identity import _claims, _says_it_is_the_organisations

    if next(_claims(text, {start for start, _end in mentions}), None) is not None:
        return True
    return _says_it_is_the_organisations(text, mentions) is not None


def _short_name(ctx: LintContext) -> str:
    """The shortest name the organisation goes by, with "the" for acronyms ("the HRA")."""
    names = sorted((n for n in ctx.names if n), key=len)
    if not names:
        return "the organisation"
    name = names[0]
    return f"the {name}" if name.isupper() and len(name) <= 4 else name


# --- DC002 staff speaking as the organisation in their own posts -------------------------------

# Just before the organisation's name, the writer says they work there: "I work for the ICB",
# "I'm a programme manager at HEE", "by day I'm a nurse at the Trust", "as an analyst with".
_EMPLOYEE_BEFORE = LazyPattern(
    r"(?:\b(?:i|i've|i\s+have|i'm|i\s+am|someone\s+who|somebody\s+who|one\s+who)\s+(?:\w+\s+){0,2}?"
    r"(?:works?|worked|working|employed)\s+(?:for|at|in|with|by)"
    r"|\b(?:i'm|i\s+am|i've\s+been|as)\s+(?:an?|the)\s+(?P<role>[\w'-]+(?:\s+[\w'-]+){0,4}?)\s+(?:at|for|with))"
    r"\s+(?:the\s+)?$"
)
# ... or right after it: "HRA employee here", "as an HEE staff member".
_EMPLOYEE_AFTER = LazyPattern(r"(?:['’]s)?\s+(?:employee|staff\s+member|staffer|insider)\b")
# The organisation inside the writer's job title: "I'm an HRA assessor", "as a HSSIB investigator".
_ROLE_BEFORE = LazyPattern(r"\b(?:i'm|i\s+am|as|i've\s+been)\s+(?:an?|the)\s+$")
_ROLE_AFTER = LazyPattern(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:assessor|investigator|nurse|doctor|manager|officer|co-?ordinator|analyst|clinician"
    r"|trainee|adviser|advisor|lead|director|administrator|reviewer|researcher|therapist|commissioner|worker)\b"
)
# "Quick update from me at HSSIB"
_ME_AT_BEFORE = LazyPattern(r"\b(?:from\s+)?me\s+(?:here\s+)?at\s+(?:the\s+)?$")
# Roles that are not employment: "I'm a patient at the Trust", "as a parent with".
_NOT_STAFF = LazyPattern(
    r"\b(?:patients?|service\s+users?|parents?|carers?|visitors?|customers?|residents?|members?\s+of\s+the\s+public"
    r"|fan|user|client)\b"
)
# What the organisation says, thinks or decides, in the writer's words: "The ICB thinks this is
# right", "the HRA has decided", "we're not closing it", "our position is".
_ORGANISATION_VOICE_AFTER = LazyPattern(
    r"(?:['’]s)?\s+(?:thinks|believes|feels|knows|wants|says|has\s+decided|decided|is\s+(?:right|confident|committed"
    r"|clear|not|going|planning)|isn't|will|won't|has\s+no\s+plans?|position|view|decision|plan|stance|line)\b"
)
_WE_DECIDE = LazyPattern(
    r"\bwe(?:'re|\s+are|'ve|\s+have|'ll|\s+will|\s+won't|\s+aren't|\s+don't|\s+do\s+not|\s+can't|\s+cannot)?\s+"
    r"(?:not\s+|no\s+longer\s+|never\s+|definitely\s+|already\s+|now\s+)?"
    r"(?:clos|cut|plann|decid|chang|reduc|stopp|scrapp|merg|commission|withdraw|pausing|paus"
    r"|publish|announc|releas|launch|introduc|extend|axe|axing|shut)\w*"
    r"|\bour\s+(?:position|decision|view|stance|official\s+line)\b"
    # "I can confirm the new guidance means...": confirming as the organisation would.
    r"|\bi\s+can\s+(?:now\s+)?(?:officially\s+)?(?:confirm|reveal|announce)\b"
)
# Selling in the same post: "use NHSGLOW for 15% off", "packages now open", "book a session".
_SELLING = LazyPattern(
    r"\b(?:\d+\s?%\s+off|discount\s+code|promo\s+code|use\s+(?:my\s+)?code|book\s+(?:now|your|a|in)\b"
    r"|packages?\s+(?:are\s+)?(?:now\s+)?(?:open|available)|dm\s+(?:me\s+)?(?:to|for)\s+(?:book|prices|rates))"
)
_EVERYDAY_KINDS = ("bio", "personal-blog", "reference", "article")


def _says_they_work_there(text: str, start: int, end: int) -> bool:
    match = _EMPLOYEE_BEFORE.search(text, max(0, start - 80), start)
    if match is not None and match.end() == start:
        return not (match["role"] and _NOT_STAFF.search(match["role"]))
    if _ROLE_BEFORE.search(text, max(0, start - 20), start) and _ROLE_AFTER.match(text, end):
        return True
    if _ME_AT_BEFORE.search(text, max(0, start - 25), start):
        return True
    return _EMPLOYEE_AFTER.match(text, end) is not None


def _speaks_as_organisation(text: str, mentions: list[tuple[int, int]], after: int) -> bool:
    if any(_ORGANISATION_VOICE_AFTER.match(text, end) for start, end in mentions if start >= after):
        return True
    return _WE_DECIDE.search(text, after) is not None or _SELLING.search(text, after) is not None


@rule(
    "DC002",
    "staff-speaks-as-organisation",
    triggers=(
        "work|works|worked|working|employed|employee|staffer|insider",
        ("staff", "member"),
        ("i'm|am|been|as", "a|an|the", "at|for|with"),
        ("i'm|am|been|as", "assessor|investigator|nurse|doctor|manager|officer|coordinator|co-ordinator|analyst|clinician|trainee|adviser|advisor|lead|director|administrator|reviewer|researcher|therapist|commissioner|worker"),
        ("me", "at"),
    ),
    needs=lambda: [
        (re.compile(r"\b(?:i'm|am|been|as)\b"), re.compile(r"\b(?:assessor|investigator|nurse|doctor|manager|officer|co-?ordinator|analyst|clinician|trainee|adviser|advisor|lead|director|administrator|reviewer|researcher|therapist|commissioner|worker)\b")),
        (re.compile(r"\bme\b"), re.compile(r"\bat\b")),
        re.compile(r"\b(?:works?|worked|working|employed|employee|staffer|insider)\b"),
        (re.compile(r"\bstaff\b"), re.compile(r"\bmember\b")),
        (re.compile(r"\b(?:i'm|am|been|as)\b"), re.compile(r"\b(?:an?|the)\b"), re.compile(r"\b(?:at|for|with)\b")),
    ],
    category="disclaimer",
    severity="warning",
    message="Says the writer works for the organisation, then speaks for it, with no 'views my own'",
    suggestion="Say you are speaking for yourself ('views my own, not my employer's'), or leave "
    "the organisation's position to its official accounts.",
)
def staff_speaks_as_organisation(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post, reply or comment from no official account where the writer says they work
    for the organisation ("I work for the ICB", "I'm a programme manager at HEE", "HRA
    employee here") and then, with no disclaimer anywhere, gives the organisation's position or
    decisions ("The ICB thinks this is the right decision", "we're not closing it", "our
    position is") or sells something of their own ("use my code for 15% off"). Saying where you
    work and being proud of it ("Proud to work for the ICB") is fine, so is "I'm a patient at
    the Trust".

    Why is this bad?
    ----------------
    Once a member of staff has said who they work for, readers take what follows as the
    organisation speaking: a personal explanation becomes an official statement, and a side
    business looks endorsed by the NHS. The policies ask staff to make clear they speak for
    themselves.

    Example
    -------
    "I work for the ICB. The MIU isn't closing; the ICB thinks this is the right decision."

    Use instead: "I work for the ICB (views my own): the hours are changing, details are on
    the ICB's website."

    Policy
    ------
    BNSSG 28 §7 ("make it clear that they are speaking for themselves and not on behalf of the
    ICB"); HSSIB005 §4.8 "Clarify that your opinions are your own"; HRA §3.1 (disclaimer on
    content connected with your work); Tavistock and Portman "You are an ambassador for the
    Trust and your profession"; HEE "Social Media for personal and professional use".
    """
    if draft.meta.account or draft.meta.kind in _EVERYDAY_KINDS:
        return
    mentions = organisation_mentions(draft.masked, ctx)
    if not mentions:
        return
    text = reading_text(draft)
    for start, end in mentions:
        if not _says_they_work_there(text, start, end):
            continue
        if _speaks_as_organisation(text, mentions, end) and not has_disclaimer(text):
            yield Hit(start, end)
        return
