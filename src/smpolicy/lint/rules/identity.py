"""Identity: a personal account must not pass itself off as the organisation.

HSSIB005 §4.8: "You must not include 'Health Services Safety Investigations Body', 'HSSIB', or
any other variations on our name in your account names or handles." Tavistock and Portman count
"usernames or handles for staff accounts" as content that can bring the Trust into disrepute;
BNSSG 28 §4 and §7.1 close "fake" accounts "posing as the ICB"; every policy wants readers to
tell official information from personal opinion (HRA §3.1, HEE "Purpose").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint.platforms import LazyPattern
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.rules.disclaimer import organisation_mentions, reading_text

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft

# Labels of an e-mail domain that say nothing about whose it is.
_GENERIC_LABELS = frozenset({"www", "mail", "nhs", "net", "org", "gov", "co", "ac", "uk", "com"})
# Hosting suffixes of platform handles: not chosen by the account holder.
_HOST_SUFFIX = LazyPattern(r"\.(?:bsky\.social|bsky\.team)$", re.IGNORECASE)
_TOKENS = LazyPattern(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _bare(handle: str) -> str:
    return handle.strip().lower().lstrip("@")


def is_official_handle(handle: str, ctx: LintContext) -> bool:
    wanted = _bare(handle)
    official = {_bare(h) for h in ctx.official_handles}
    official |= {_bare(a.handle) for a in ctx.accounts if a.handle}
    return wanted in official


@lru_cache(maxsize=16)
def name_variants(names: tuple[str, ...], domains: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(variant, how it is matched) for the organisation's names in a handle.

    Names of five or more letters ("hssib", "tavistockandportman") are found anywhere in the
    handle; shorter acronyms ("hra", "hee") only as a word of their own or in capitals, so
    "@sahra_jones" is not the HRA. The e-mail domain's own label ("tavi-port") is a variant too.
    """
    variants: dict[str, str] = {}
    for name in names:
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        if key:
            variants[key] = "anywhere" if len(key) >= 5 else "word"
        if "&" in name or " and " in name.lower():
            joined = re.sub(r"[^a-z0-9]", "", re.sub(r"\band\b|&", "", name.lower()))
            if len(joined) >= 5:
                variants.setdefault(joined, "anywhere")
        # "any other variations on our name" (HSSIB005 §4.8): the last three words of a long
        # name ("Safety Investigations Body") are the name as much as the whole of it.
        words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("and", "of", "the", "nhs")]
        if len(words) >= 4:
            variants.setdefault("".join(words[-3:]), "anywhere")
    for domain in domains:
        labels = [label for label in domain.lower().split(".") if label not in _GENERIC_LABELS]
        if labels:
            key = re.sub(r"[^a-z0-9]", "", labels[0])
            if key:
                variants.setdefault(key, "anywhere" if len(key) >= 5 else "word")
    return tuple(sorted(variants.items(), key=lambda item: -len(item[0])))


def name_in_handle(handle: str, ctx: LintContext) -> str | None:
    """The variant of the organisation's name a handle contains, if any."""
    core = _HOST_SUFFIX.sub("", handle.strip().lstrip("@").split("@")[0])
    squashed = re.sub(r"[^a-z0-9]", "", core.lower())
    # A short acronym counts as a word written in lower case between separators ("hra_sam",
    # "hra-approvals") or in capitals ("SamAtHRA"); a capitalised "Hee" in "HeeJin" is a name.
    words = {part for part in re.split(r"[^A-Za-z0-9]+", core) if part.islower()}
    for variant, how in name_variants(ctx.names, ctx.email_domains):
        if how == "anywhere" and variant in squashed:
            return variant
        if how == "word" and (
            variant in words
            or _capitals_in(variant.upper(), core)
            or any(_with_affix(variant, word) for word in words)
        ):
            return variant
    return None


# Words an account name adds to the organisation's acronym to sound official ("hraofficial",
# "thehra", "hssibnews"); with them a short acronym is the organisation, not letters in a name.
_AFFIXES = (
    "official", "team", "news", "uk", "updates", "info", "comms", "media", "press", "nhs", "the",
    "hq", "online", "staff", "jobs", "careers", "research", "approvals", "england",
)


def _with_affix(variant: str, word: str) -> bool:
    rest = word[len(variant) :] if word.startswith(variant) else word[: -len(variant)] if word.endswith(variant) else None
    return rest is not None and rest != word and rest in _AFFIXES


def _capitals_in(acronym: str, handle: str) -> bool:
    """Whether a handle spells the acronym as a run of capitals of its own ("TheHRATeam"),
    not as part of a longer one ("@CHEESE" is not HEE)."""
    return re.search(rf"(?<![A-Z]){re.escape(acronym)}(?=[^A-Z]|[A-Z][a-z]|$)", handle) is not None


@rule(
    "ID001",
    "organisation-in-handle",
    triggers=lambda draft: bool(draft.meta.handle),
    category="identity",
    severity="error",
    message="A personal handle contains the organisation's name",
    suggestion="Choose a handle without the organisation's name; say where you work in your bio.",
)
def organisation_in_handle(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a `handle` (the personal handle of a bio) that contains the organisation's name, a
    short name or another variation of it (`@JaneHSSIB`, `@hssib_jane`, `jane-hssib.bsky.social`,
    `@TaviPortJane`). Short acronyms count only as a word of their own or in capitals
    (`@hra_sam`, `@TheHRAteam`), so `@sahrajones` is not the HRA. The organisation's own handles
    in the register are, of course, fine.

    Why is this bad?
    ----------------
    A handle with the organisation's name in it reads as an official account: every post from
    it looks like the organisation speaking, however clear the bio is. It can be mistaken for,
    or used as, a fake account, and it ties the organisation's name to everything the person
    posts, on and off duty.

    Example
    -------
    ```
    +++
    kind = "bio"
    handle = "@HSSIB_Jane"
    +++
    ```
    Use instead: `handle = "@JaneSafety"`, and "Investigator at HSSIB. Views my own." in the bio.

    Policy
    ------
    HSSIB005 §4.8 "Clarify that your opinions are your own" (no HSSIB name or variation in
    account names or handles); Tavistock and Portman "You are an ambassador for the Trust and
    your profession" (usernames or handles for staff accounts); BNSSG 28 §4 and §7.1 (fake
    accounts posing as the ICB); HRA §3.1 (identify yourself; audiences must tell official
    from personal); HEE "Purpose".
    """
    handle = draft.meta.handle
    if not handle or is_official_handle(handle, ctx):
        return
    variant = name_in_handle(handle, ctx)
    if variant is None:
        return
    yield Hit(
        0,
        0,
        message=f"The handle {handle} contains '{variant}', a variation of {ctx.organisation}'s name",
        suggestion="Choose a handle without the organisation's name; say where you work in your bio "
        "with 'views my own'.",
        line=draft.meta.lines.get("handle", 1),
    )


# --- ID002 claims to be official ---------------------------------------------------------------

_CLAIM = LazyPattern(
    r"""
    (?P<lead>(?:^|(?<=[\n.!|]))\W*(?:the\s+|your\s+)?official\s+)
    | \b(?:this\s+is|we\s+are|we're|i\s+am|i'm)\s+(?:the\s+|an?\s+)?official\b
    | \bofficial\s+(?:[\w&'.@-]+\s+){0,4}?(?:account|page|profile|channel|feed|handle|blog|voice
        |spokes(?:person|man|woman))\b
    | (?P<behalf>\b(?:(?:speaking|posting|tweeting|writing)\s+(?:officially\s+)?(?:on\s+behalf\s+of|for)
        |spokes(?:person|man|woman)\s+for
        # "The voice of HEE on here": the organisation's voice, as only its own accounts are.
        |(?:^|(?<=[\n.!|]))\W*(?:(?:i'm|i\s+am|this\s+is)\s+)?(?:the\s+)?(?:official\s+)?voice\s+of)\s+(?:the\s+)?)
    """,
    re.VERBOSE,
)
# What an opening "Official ..." must be about to claim to be the organisation.
_OFFICIAL_WHAT = LazyPattern(r"(?:account|page|profile|channel|feed|handle|blog|news|updates?|voice)\b")
# "The official place for BNSSG ICB news", "Your official source for HRA updates": a claim when
# the organisation follows in the same sentence ("the official home of my sourdough" is a joke).
_OFFICIAL_PLACE = LazyPattern(r"(?:place|home|source|hub|site|go-to|destination)\b[^.!?\n|]{0,50}$")
_NOT_A_CLAIM_BEFORE = LazyPattern(
    r"\b(?:not|n't|never|no|follow|following|see|visit|check|via|from|at|by|retweeting|sharing|"
    r"reposting)\b[^.!?\n|]{0,24}$"
)


def _claims(text: str, named_at: set[int]) -> Iterator[re.Match[str]]:
    """Claims to be official; "on behalf of ..." only counts when the organisation follows."""
    for match in _CLAIM.finditer(text):
        before = text[max(0, match.start() - 32) : match.start()]
        if _NOT_A_CLAIM_BEFORE.search(before):
            continue
        if match["behalf"] is not None and match.end() not in named_at:
            continue
        if _POINTS_ELSEWHERE.search(match.group()):
            continue  # "official news: follow the HSSIB account"
        if match["lead"] is not None and not (
            match.end() in named_at or _OFFICIAL_WHAT.match(text, match.end()) or _place_of(text, match.end(), named_at)
        ):
            continue  # "Official tea maker for the team" is not a claim
        yield match


_POINTS_ELSEWHERE = LazyPattern(r"\b(?:follow|following|see|visit|check|via|try|head\s+to|go\s+to)\b")
# "This is the Trust's account for GIDS questions", "Welcome to HSSIB's page": the profile says
# it is the organisation's own.
_THIS_IS_BEFORE = LazyPattern(r"\b(?:this\s+is|welcome\s+to|you've\s+reached|you\s+have\s+reached)\s+(?:the\s+)?$")
_ACCOUNT_AFTER = LazyPattern(r"['’]?s\s+(?:official\s+|own\s+|new\s+)?(?:account|page|profile|channel|feed|handle)\b")


# "Run by the HSSIB comms team": only the organisation's own accounts are.
_RUN_BY_BEFORE = LazyPattern(r"\b(?:run|managed|operated)\s+by\s+(?:the\s+)?$")
_COMMS_TEAM_AFTER = LazyPattern(r"(?:['’]s)?\s+(?:comms|communications|press|digital|social\s+media|media)\s+(?:team|office|unit)\b")
# A profile that opens as the organisation's service and speaks as "we": "HRA helpdesk on X.
# We answer your IRAS questions", "Updates from BNSSG ICB on GP access... DM us".
_OPENS_AS_BEFORE = LazyPattern(r"^\W*(?P<news>(?:the\s+)?(?:latest\s+)?(?:updates|news)\s+from\s+(?:the\s+)?)?$")
_SERVICE_AFTER = LazyPattern(
    r"(?:['’]s)?\s+(?:official\s+)?(?:helpdesk|help\s+desk|support|news|updates|enquiries|press\s+office"
    r"|comms|team|helpline)\b(?!\s+member)"
)
_WE = LazyPattern(r"(?<![\w'])(?:we|we're|we'll|us|our)(?![\w'])")


def _says_it_is_the_organisations(text: str, mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in mentions:
        if _RUN_BY_BEFORE.search(text, max(0, start - 25), start) and _COMMS_TEAM_AFTER.match(text, end):
            return start, _COMMS_TEAM_AFTER.match(text, end).end()
        opening = _OPENS_AS_BEFORE.match(text, 0, start)
        if opening is not None:
            owned = _ACCOUNT_AFTER.match(text, end)
            if owned is not None:
                return start, owned.end()  # "HEE's account for foundation trainees"
            service = _SERVICE_AFTER.match(text, end)
            if (service is not None or opening["news"]) and _WE.search(text, end):
                return opening.start("news") if opening["news"] else start, service.end() if service else end
        before = _THIS_IS_BEFORE.search(text[max(0, start - 30) : start])
        if before is not None and _ACCOUNT_AFTER.match(text, end):
            return start - (min(start, 30) - before.start()), _ACCOUNT_AFTER.match(text, end).end()
    return None


def _place_of(text: str, end: int, named_at: set[int]) -> bool:
    """Whether "official place/home/source ..." at `end` is followed by the organisation's name."""
    return any(end < at <= end + 60 and _OFFICIAL_PLACE.match(text[end:at]) for at in named_at)


@rule(
    "ID002",
    "claims-to-be-official",
    triggers=lambda draft: draft.meta.kind in ("bio", "personal-blog"),
    category="identity",
    severity="error",
    message="A personal profile presents itself as the organisation's official account",
    suggestion="Describe yourself as a member of staff and add 'views my own'.",
)
def claims_to_be_official(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a personal bio or blog that presents itself as official and names the
    organisation: "Official account of HSSIB", "The official HRA blog", "Posting on behalf of
    the ICB", "Spokesperson for HEE". Pointing to the official account is fine ("For official
    updates follow @hssib.bsky.social"), so is a denial ("Not an official account"). Bios of
    the organisation's own registered accounts are not checked.

    Why is this bad?
    ----------------
    Only the communications team's approved accounts speak for the organisation. A personal
    profile that claims to be official misleads the public about who is speaking, makes a
    member of staff's opinions read as the organisation's position, and is what a fake account
    does.

    Example
    -------
    `Official account of the HRA's research ethics team.` on a personal profile.

    Use instead: `Research ethics at the HRA. Views my own.`

    Policy
    ------
    HSSIB005 §4.8 (make it clear you are speaking for yourself) and §5.2 (no accounts that
    represent HSSIB's official views without approval); HRA §3.1 and §3.6 (no unofficial
    channels); BNSSG 28 §7 ("speaking for themselves and not on behalf of the ICB") and §7.1
    (unauthorised and fake accounts); Tavistock and Portman "Department/service-level social
    media channels"; HEE "Duties".
    """
    if draft.meta.kind not in ("bio", "personal-blog"):
        return
    handle = draft.meta.handle
    if (handle and is_official_handle(handle, ctx)) or (draft.meta.account and not handle):
        return
    mentions = organisation_mentions(draft.masked, ctx)
    if not mentions:
        return
    text = reading_text(draft)
    for match in _claims(text, {start for start, _end in mentions}):
        start = match.start() + len(match.group()) - len(match.group().lstrip(" \t\n.!|-–—*_#>"))
        yield Hit(start, match.end())
        return
    owned = _says_it_is_the_organisations(text, mentions)
    if owned is not None:
        yield Hit(*owned)


# --- ID003 promotes an unofficial account ------------------------------------------------------

_HANDLE_IN_TEXT = LazyPattern(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
# "I", "I'm", "me", "my" as words. The letter comes first and the look back after it: a pattern
# that opens with a look-behind is tried at every character of the post.
_WRITER = LazyPattern(r"(?:i(?<![\w']i)(?:|'m|'ve|'d|'ll)|m(?<![\w']m)(?:e|y))(?![\w'])")


@rule(
    "ID003",
    "unofficial-account-promoted",
    triggers=("@",),
    needs=lambda: [re.compile(_HANDLE_IN_TEXT.pattern)],
    category="identity",
    severity="warning",
    message="A member of staff promotes an account whose handle uses the organisation's name",
    suggestion="Only the communications team's approved accounts may use the organisation's name; "
    "choose a handle without it, or ask the communications team about an official channel.",
)
def unofficial_account_promoted(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post written as "I" that mentions an @handle containing the organisation's name
    (or a variation of it) which is not one of the register's official handles: "Follow my new
    account @HSSIB_Insights", "I've set up @HRAResearchNews to share tips". Mentions of the
    organisation's registered handles ("proud of today's report from @hssib.bsky.social") and
    posts from official accounts are not flagged.

    Why is this bad?
    ----------------
    An account with the organisation's name that the communications team did not approve reads
    as official to everyone who sees it: it is the unauthorised or "fake" account the policies
    ask the communications team to close, however well meant.

    Example
    -------
    "I've set up @HRAResearchNews to share approvals tips" is flagged; "Follow the HRA's
    official channels for approvals news" is not.

    Policy
    ------
    HSSIB005 §4.8 (no HSSIB name or variation in account names or handles) and §5.2 (no
    accounts that represent HSSIB without approval); HRA §3.6 (no unofficial channels); BNSSG
    28 §7.1 (unauthorised and fake accounts posing as the ICB or its programmes).
    """
    if draft.meta.account and draft.meta.kind not in ("bio", "personal-blog", "reference"):
        return
    text = reading_text(draft)
    if not _WRITER.search(text):
        return
    for match in _HANDLE_IN_TEXT.finditer(draft.masked):
        handle = match.group()
        if is_official_handle(handle, ctx):
            continue
        variant = name_in_handle(handle, ctx)
        if variant is not None:
            message = (
                f"{handle} uses '{variant}', a variation of {ctx.organisation}'s name, but is not "
                "one of its official accounts"
            )
            yield Hit(match.start(), match.end(), message)
            return


# --- ID004 speaks for the organisation ---------------------------------------------------------

# Just before the organisation's name: "Speaking on behalf of", "I'm speaking for", "I can
# confirm on behalf of", "spokesperson for". Said at the start of a sentence or by "I"/"we":
# "Dr Shah, speaking on behalf of the ICB, said" reports someone else's role.
_SPEAKS_FOR_BEFORE = LazyPattern(
    r"(?:^|[.!?:;\n(]\s*|\b(?:i|i'm|i\s+am|i'll\s+be|i\s+can|i'm\s+able\s+to|we|we're|we\s+are|we\s+can|let\s+me|as)\s+"
    r"(?:\w+\s+){0,2}?)"
    r"(?:(?:speaking|posting|tweeting|writing|commenting|replying|responding|answering|talking)\s+"
    r"(?:here\s+|now\s+)?(?:officially\s+)?(?:on\s+behalf\s+of|for)"
    r"|(?:confirm|announce|say|state|tell\s+you|promise|assure\s+you)\s+(?:officially\s+)?on\s+behalf\s+of"
    r"|officially\s+(?:on\s+behalf\s+of|for))"
    r"\s+(?:the\s+)?$"
    # "A spokesperson for the Trust said" is a press statement: only "I'm"/"as" claim the role.
    r"|\b(?:i'm|i\s+am|as)\s+(?:the\s+|a\s+|an\s+)?(?:official\s+)?spokes(?:person|man|woman)\s+for\s+(?:the\s+)?$"
)
# "On behalf of HEE, I can confirm ...": the announcement follows the name.
_ON_BEHALF_BEFORE = LazyPattern(r"(?:^|[.!?:;\n]\s*)on\s+behalf\s+of\s+(?:the\s+)?$")
_ANNOUNCES_AFTER = LazyPattern(
    r"\W{0,3}\s*(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+(?:(?:delighted|pleased|happy|proud|glad|writing)\s+to\s+)?"
    r"(?:can\s+|am\s+able\s+to\s+|are\s+able\s+to\s+|will\s+|would\s+like\s+to\s+|want\s+to\s+)?"
    r"(?:now\s+)?(?:officially\s+)?(?:confirm|announce|say|state|tell|promise|assure|clarify|deny"
    # A reference given in the organisation's name: "On behalf of the HRA I'm delighted to recommend".
    r"|recommend|endorse|commend|vouch|support)\b"
)
# Just after the organisation's name: it vouches for one person ("the HRA would endorse her",
# "HEE fully recommends him"), which only a reference from the organisation itself can say.
_ENDORSES_AFTER = LazyPattern(
    r"\s+(?:would|will|does|can|could|fully|wholeheartedly|happily|strongly|\s)*\s*"
    r"(?:endorse|recommend|vouch(?:es)?\s+for)s?\s+(?:her|him|them)\b"
)
_ROLE_OF_BEFORE = LazyPattern(r"\b(?:as|i'm|i\s+am)\s+(?:the\s+)?$")
_SPOKESPERSON_AFTER = LazyPattern(
    r"['’]s\s+(?:official\s+)?(?:spokes(?:person|man|woman)|representative|rep|voice|mouthpiece)\b"
)
_DENIED = LazyPattern(r"\b(?:not|never|nor|no\s+longer|without)\b|n't\b")
_STOPS = ".!?:;\n("


def _speaks_for(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80) : start]
    match = _SPEAKS_FOR_BEFORE.search(before)
    if match is not None:
        # "I'm not speaking for the ICB" is a disclaimer: a denial in the same clause undoes it.
        claim = match.group()
        head = "" if claim[:1] in _STOPS else before[: match.start()]
        head = head[max(head.rfind(stop) for stop in _STOPS) + 1 :]
        return not _DENIED.search(f"{head} {claim}")
    if _ROLE_OF_BEFORE.search(before) and _SPOKESPERSON_AFTER.match(text, end):
        return True  # "As the Trust's spokesperson, I can say ..."
    if _ENDORSES_AFTER.match(text, end) and not _DENIED.search(before[-40:]):
        return True
    return bool(_ON_BEHALF_BEFORE.search(before) and _ANNOUNCES_AFTER.match(text, end))


@rule(
    "ID004",
    "speaks-for-organisation",
    triggers=(
        "behalf", "spokes*", ("speaking|posting|tweeting|writing|commenting|replying|responding|answering|talking|officially", "for"),
        ("endorse|endorses|recommend|recommends|vouch|vouches", "her|him|them"),
        ("representative|rep|voice|mouthpiece", "as|i'm|i am"),
    ),
    needs=lambda: [
        re.compile(r"\b(?:as|i'm|i\s+am)\s+(?:the\s+)?\S+['’]s\s+(?:official\s+)?(?:representative|rep|voice|mouthpiece)\b"),
        re.compile(r"\b(?:endorse|recommend|vouch(?:es)?\s+for)s?\s+(?:her|him|them)\b"),
        re.compile(r"\bon\s+behalf\s+of\b"),
        re.compile(r"\bspokes(?:person|man|woman)\b"),
        re.compile(
            r"\b(?:speaking|posting|tweeting|writing|commenting|replying|responding|answering|talking|officially)"
            r"\s+(?:here\s+|now\s+)?(?:officially\s+)?for\b"
        ),
    ],
    category="identity",
    severity="error",
    message="A member of staff's own post says it speaks for the organisation",
    suggestion="Leave announcements to the official accounts; on your own account speak for "
    "yourself ('views my own') and point people to the official channels.",
)
def speaks_for_organisation(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post, reply or comment from no official account in which the writer says they are
    speaking for the organisation: "Speaking on behalf of the HRA: ...", "I'm speaking for the
    ICB here", "I can confirm on behalf of HEE that ...", "On behalf of HSSIB, I can
    announce ...", "As the spokesperson for the Trust". "A spokesperson for the Trust said" is
    a press statement, not the writer's claim. Denials ("not speaking on behalf of the ICB")
    are disclaimers, not claims; a report of someone else's role ("Dr Shah, speaking on behalf
    of the ICB, said") is not the writer's claim; thanks "on behalf of everyone on the
    programme" do not name the organisation. A reference given in the organisation's name
    ("On behalf of the HRA I'm delighted to recommend Aisha", "the HRA would endorse her") is
    flagged too; one given in a personal capacity is not. Bios and blogs are ID002.

    Why is this bad?
    ----------------
    Only the communications team's approved accounts speak for the organisation. A member of
    staff who announces its decisions from their own account makes a personal post read as the
    organisation's position, often before anything has been decided or agreed for release.

    Example
    -------
    "Speaking on behalf of the HRA: we will no longer require REC review for student research."

    Use instead: leave the announcement to the official account, and share it once published.

    Policy
    ------
    BNSSG 28 §7 ("speaking for themselves and not on behalf of the ICB"); HSSIB005 §4.8 (make it
    clear your opinions are your own) and §5.2; HRA §3.1 (tell official information from
    personal opinion) and §3.5 (only authorised staff speak for the HRA); Tavistock and Portman
    "You are an ambassador for the Trust and your profession"; HEE "Duties".
    """
    if draft.meta.account or draft.meta.kind in ("bio", "personal-blog"):
        return
    text = reading_text(draft)
    for start, end in organisation_mentions(draft.masked, ctx):
        if _speaks_for(text, start, end):
            yield Hit(start, end)
            return


# --- ID005 a personal page named as an official one --------------------------------------------

_OFFICIAL_NAME_WORDS = LazyPattern(r"[a-z0-9]+")


def _official_name_in(account: str, ctx: LintContext) -> str | None:
    """The organisation's name, or the name of one of its registered accounts, that an
    account's name borrows ("Healthier Together Bristol Parents" borrows "Healthier Together")."""
    variant = name_in_handle(account, ctx)
    if variant is not None:
        return variant
    words = " ".join(_OFFICIAL_NAME_WORDS.findall(account.lower()))
    for official in ctx.accounts:
        name = " ".join(_OFFICIAL_NAME_WORDS.findall(official.name.lower()))
        # Two words or more: "Healthier Together", not a lone "News" or "Jobs".
        if len(name.split()) >= 2 and re.search(rf"(?<!\S){re.escape(name)}(?!\S)", words):
            return official.name
    return None


@rule(
    "ID005",
    "personal-page-named-as-official",
    triggers=lambda draft: bool(draft.meta.account),
    category="identity",
    severity="warning",
    message="A page run by one member of staff is named as the organisation or one of its official accounts",
    suggestion="Only the communications team's approved accounts may use the organisation's or its "
    "programmes' names; ask them about an official channel, or post on the official accounts.",
)
def personal_page_named_as_official(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post from an account that is not in the register but whose name borrows the
    organisation's name or the name of one of its registered accounts ("Healthier Together
    Bristol Parents", "HSSIB Safety Tips"), written by one person as "I" ("I'm a nurse at the
    ICB and I've set this up..."). Registered accounts, and pages whose names borrow nothing
    official ("Bristol Parents Group"), are not flagged; a team's unregistered account is
    PL004's.

    Why is this bad?
    ----------------
    A page named like the organisation or one of its programmes reads as official to everyone
    who finds it, so whatever one member of staff posts there, including advice, reads as the
    organisation's. It is the unauthorised account posing as the organisation that the
    policies ask the communications team to close.

    Example
    -------
    A post from `account = "Healthier Together Bristol Parents"`: "I've set this up so you can
    post your children's health questions and get a quick answer from me."

    Use instead: the official Healthier Together channels, or a page agreed with the
    communications team.

    Policy
    ------
    BNSSG 28 §7.1 (unauthorised accounts; fake accounts posing as the ICB or its programmes);
    HSSIB005 §4.8 (no HSSIB name or variation in account names) and §5.2; HRA §3.6 (no
    unofficial channels); Tavistock and Portman "Department/service-level social media
    channels"; HEE "Duties".
    """
    from smpolicy.lint.rules.platform import matching_accounts

    account = draft.meta.account
    if not account or draft.meta.kind in ("bio", "personal-blog", "reference"):
        return
    if matching_accounts(ctx, account) or is_official_handle(account, ctx):
        return
    borrowed = _official_name_in(account, ctx)
    if borrowed is None or not _WRITER.search(reading_text(draft)):
        return
    yield Hit(
        0,
        0,
        message=f"The page '{account}' is not a registered account but borrows the name '{borrowed}', "
        "and is run by one member of staff",
        line=draft.meta.lines.get("account", 1),
    )
