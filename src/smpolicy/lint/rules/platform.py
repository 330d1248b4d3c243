"""Platform: will the post fit, and is it going out from an approved, active account?

Every policy keeps official posting to the organisation's approved accounts, managed by its
communications team (HSSIB005 §5.1-§5.3 and Appendix 1; HRA §3.6; BNSSG 28 §4 and §7.1;
Tavistock and Portman "Trust-owned social media channels"; HEE "Duties"). The register is that
list of accounts; the draft's `account` and `platform` front matter say which one it is for.
Length limits and how each platform counts live in `smpolicy.lint.platforms`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint.rule import Hit, rule

if TYPE_CHECKING:
    from smpolicy.lint.context import AccountView, LintContext
    from smpolicy.lint.draft import Draft

INACTIVE = ("dormant", "closed", "proposed")


def _key(value: str) -> str:
    return value.strip().lower().lstrip("@")


def matching_accounts(ctx: LintContext, account: str) -> list[AccountView]:
    """Register accounts a draft's `account` names: by handle (with or without @) or by name."""
    wanted = _key(account)
    if not wanted:
        return []
    by_handle = [a for a in ctx.accounts if a.handle and _key(a.handle) == wanted]
    if by_handle:
        return by_handle
    return [a for a in ctx.accounts if _key(a.name) == wanted or f"{a.platform}:{_key(a.name)}" == wanted]


def draft_platform(draft: Draft, ctx: LintContext) -> str | None:
    """The draft's platform: its front matter, else the one platform its account is on."""
    if draft.meta.platform:
        return draft.meta.platform
    if draft.meta.account:
        platforms = {a.platform for a in matching_accounts(ctx, draft.meta.account)}
        if len(platforms) == 1:
            return platforms.pop()
    return None


def _front_matter_hit(draft: Draft, key: str, message: str, suggestion: str | None = None) -> Hit:
    return Hit(0, 0, message=message, suggestion=suggestion, line=draft.meta.lines.get(key, 1))


# --- PL001 length ------------------------------------------------------------------------------


@rule(
    "PL001",
    "too-long-for-platform",
    triggers=lambda draft: bool(draft.meta.platform or draft.meta.account),
    category="platform",
    severity="error",
    message="The post is longer than the platform allows",
    suggestion="Shorten the post, or split it into a thread, so it is not cut off or refused.",
)
def too_long(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Counts the draft the way its platform counts and reports where it goes over the limit: X
    280 weighted characters (twitter-text v3: most CJK characters and every emoji weigh 2, every
    link 23); Bluesky 300 characters (graphemes) and 3,000 bytes; Threads 500 (emoji count as
    their bytes); Mastodon 500 (links 23, mentions without their server); LinkedIn 3,000;
    Instagram 2,200; Facebook 63,206; YouTube descriptions 5,000 bytes; TikTok 2,200; Pinterest
    500. Bios are held to the profile limits (X 160, Bluesky 256, Instagram 150, Mastodon 500).
    The platform comes from the `platform` front matter, or from the registered `account`.

    Why is this bad?
    ----------------
    A post over the limit is refused or cut off mid-sentence, often after approval, by whoever
    schedules it; a truncated public health message can lose the very line that matters (the
    date, the number to call). Counting characters naively misses that a link always costs 23
    on X, that an emoji costs 2, and that Bluesky counts what you see, not bytes or code points.

    Example
    -------
    A 290-character X post, or a 250-character post with three links.

    Use instead: cut it under the limit, or make it a thread.

    Policy
    ------
    Official accounts must be used strategically and to a consistent standard: HSSIB005 §1.3 and
    §5.2; HRA §3.6 "a clear and consistent online presence"; BNSSG 28 §7 "Try to add value";
    Tavistock and Portman "Department/service-level social media channels"; HEE "Duties".
    """
    from smpolicy.lint import platforms

    platform = draft_platform(draft, ctx)
    for limit in platforms.limits_for(platform, draft.meta.kind):
        if platforms.surely_fits(draft.body, limit):
            continue
        measured = platforms.measure(draft.body, limit, reply=draft.meta.kind == "reply")
        if measured.overflow_at is None:
            continue
        name = platforms.NAMES.get(limit.platform, limit.platform)
        over = measured.count - limit.maximum
        yield Hit(
            measured.overflow_at,
            measured.end,
            message=(
                f"{name} {limit.what} is {measured.count:,} {limit.unit}, {over:,} over the "
                f"{limit.maximum:,} allowed (counted as {name} counts: {limit.source})"
            ),
            suggestion=f"Cut at least {over:,} {limit.unit}, or split the post into a thread.",
        )
        break  # one length finding per draft: the first limit it breaks


# --- PL002 hashtags ----------------------------------------------------------------------------


@rule(
    "PL002",
    "too-many-hashtags",
    triggers=lambda draft: bool(draft.meta.platform or draft.meta.account) and "#" in draft.masked,
    category="platform",
    severity="error",
    message="More hashtags than the platform allows",
    suggestion="Keep the few hashtags that matter most.",
)
def too_many_hashtags(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a post with more hashtags than its platform accepts: Instagram allows at most 5 per
    post since December 2025. The finding points at the first hashtag over the limit.

    Why is this bad?
    ----------------
    The platform refuses the post (or drops the extra tags) at publishing time, usually when the
    person who approved it is no longer watching; a wall of hashtags is also hard to read and
    tedious for anyone using a screen reader.

    Example
    -------
    `#FluJab #NHS #Bristol #Vaccine #Winter #StayWell #Health` on Instagram.

    Use instead: `#FluJab #StayWell #NHS`.

    Policy
    ------
    HSSIB005 §1.3 and §5.2 (strategic, coherent use of official accounts); HRA §3.6; BNSSG 28 §7
    "Try to add value"; Tavistock and Portman "Department/service-level social media channels";
    HEE "Duties".
    """
    from smpolicy.lint import platforms

    platform = draft_platform(draft, ctx)
    maximum = platforms.HASHTAG_LIMITS.get(platform or "")
    if maximum is None:
        return
    tags = platforms.hashtags(draft.masked)
    if len(tags) <= maximum:
        return
    name = platforms.NAMES.get(platform, platform)
    start, _ = tags[maximum]
    yield Hit(
        start,
        tags[-1][1],
        message=f"{len(tags)} hashtags: {name} allows at most {maximum} per post",
        suggestion=f"Remove at least {len(tags) - maximum} hashtags.",
    )


# --- PL003 inactive account --------------------------------------------------------------------


@rule(
    "PL003",
    "inactive-account",
    triggers=lambda draft: bool(draft.meta.account),
    category="platform",
    severity="error",
    message="The account is not active in the register",
    suggestion="Post from an active official account, or ask the communications team.",
)
def inactive_account(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a draft whose `account` is registered as dormant, closed or proposed (not yet
    approved). When the same handle is registered on several platforms (HSSIB's `@theHSSIB` is
    active on YouTube and dormant on X), the draft's `platform` decides which account is meant;
    without a platform the draft is reported only if every match is inactive.

    Why is this bad?
    ----------------
    A dormant or closed account is one the organisation decided to stop using (HSSIB stopped
    posting to X in November 2024 by Board decision); posting to it reverses that decision
    without anyone deciding. A proposed account has not been approved yet, and nobody is
    monitoring it.

    Example
    -------
    ```
    +++
    platform = "x"
    account = "@theHSSIB"
    +++
    ```
    Use instead: `platform = "bluesky"`, `account = "@hssib.bsky.social"`.

    Policy
    ------
    HSSIB005 §5.2-§5.3 and Appendix 1 (X dormant since November 2024); HRA §3.6; BNSSG 28 §4 and
    §7.1 (the communications team approves and closes accounts); Tavistock and Portman
    "Department/service-level social media channels" (expected life span); HEE "Duties".
    """
    if not draft.meta.account:
        return
    found = matching_accounts(ctx, draft.meta.account)
    if draft.meta.platform:
        found = [a for a in found if a.platform == draft.meta.platform]
    if not found or any(a.status not in INACTIVE for a in found):
        return
    account = found[0]
    yield _front_matter_hit(
        draft,
        "account",
        f"{account.name} ({draft.meta.account}) is {account.status} in the register: "
        f"it is not an approved, active account to post from",
        "Post from an active account in the register, or ask the communications team whether "
        "the account should be reopened (and record that decision in the register).",
    )


# --- PL004 unregistered account ----------------------------------------------------------------


@rule(
    "PL004",
    "unregistered-account",
    triggers=lambda draft: bool(draft.meta.account),
    category="platform",
    severity="warning",
    message="The account is not in the organisation's register of official accounts",
    suggestion="Post from a registered account, or get the account approved and registered.",
)
def unregistered_account(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a draft whose `account` matches no account in the register, by handle or by name.
    It stays quiet when the register lists no accounts at all, or when the draft gives a handle
    (or the organisation's name) and the register lists an account on the draft's platform
    without a handle (the register cannot tell them apart). A name of its own on that platform
    ("BNSSG Flu Team" when the register has "BNSSG ICB on Facebook") is reported.

    Why is this bad?
    ----------------
    An account that is not in the register has not been approved by the communications team:
    nobody has agreed its purpose, who looks after it, how its password is held or who monitors
    it. Official posts must go out from approved accounts; a typing mistake in the handle is
    worth catching before the post is scheduled too.

    Example
    -------
    `account = "@HSSIB_Investigations"` when the register lists `@hssib.bsky.social`.

    Use instead: a registered account, or a business case for a new one.

    Policy
    ------
    HSSIB005 §5.2 (no accounts without approval) and §5.4 (business case); HRA §3.6 (staff must
    not set up unofficial channels); BNSSG 28 §7.1 (the communications team approves new
    accounts; unauthorised accounts are flagged and reviewed); Tavistock and Portman
    "Department/service-level social media channels" (a written plan first); HEE "Duties"
    (third parties need permission and a plan).
    """
    if not draft.meta.account or not ctx.accounts:
        return
    if matching_accounts(ctx, draft.meta.account):
        return
    if _key(draft.meta.account) in {_key(h) for h in ctx.official_handles}:
        return
    platform = draft.meta.platform
    unrecorded = [a for a in ctx.accounts if a.platform == platform and not a.handle] if platform else []
    if unrecorded and (_looks_like_handle(draft.meta.account) or _names_it(draft.meta.account, unrecorded, ctx)):
        return  # perhaps the registered account whose handle was never recorded
    yield _front_matter_hit(
        draft,
        "account",
        f"{draft.meta.account} is not in {ctx.organisation}'s register of official accounts",
    )


def _looks_like_handle(account: str) -> bool:
    value = account.strip()
    return value.startswith("@") or " " not in value


def _loose(name: str) -> str:
    """A name without its platform ("BNSSG ICB on X (formerly Twitter)" -> "bnssg icb")."""
    import re

    name = re.sub(r"\(.*?\)", " ", name.lower())
    name = re.sub(r"\s+on\s+\S+\s*$", " ", name.strip())
    return " ".join(re.sub(r"[^\w\s]", " ", name).split())


def _names_it(account: str, unrecorded: list[AccountView], ctx: LintContext) -> bool:
    """A name for an account whose handle was never recorded: the organisation's own name, or
    one the registered account's name contains ("BNSSG ICB" for "BNSSG ICB on Facebook"). A
    name of its own ("BNSSG Flu Team") is another account."""
    wanted = _loose(account)
    known = {_loose(a.name) for a in unrecorded} | {_loose(name) for name in ctx.names}
    return any(wanted and (wanted == name or wanted in name) for name in known)


# --- PL005 platform mismatch -------------------------------------------------------------------


@rule(
    "PL005",
    "platform-mismatch",
    triggers=lambda draft: bool(draft.meta.account and draft.meta.platform),
    category="platform",
    severity="error",
    message="The account is registered on a different platform",
    suggestion="Check the platform and the account: one of them is wrong.",
)
def platform_mismatch(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a draft whose `account` is in the register, but only on other platforms than the
    draft's `platform` (for example HSSIB's Bluesky handle on a LinkedIn draft).

    Why is this bad?
    ----------------
    One of the two is wrong: the post will be checked against the wrong length limit and may be
    scheduled to the wrong account, or to an account the organisation does not have on that
    platform.

    Example
    -------
    ```
    +++
    platform = "linkedin"
    account = "@hssib.bsky.social"
    +++
    ```
    Use instead: `platform = "bluesky"`, or the LinkedIn account's name.

    Policy
    ------
    HSSIB005 §5.3 and Appendix 1 (the register of approved accounts); HRA §3.6; BNSSG 28 §4 and
    §7.1; Tavistock and Portman "Trust-owned social media channels"; HEE "Duties".
    """
    if not draft.meta.account or not draft.meta.platform:
        return
    found = matching_accounts(ctx, draft.meta.account)
    if not found or any(a.platform == draft.meta.platform for a in found):
        return
    from smpolicy.lint.platforms import NAMES

    where = ", ".join(sorted({NAMES.get(a.platform, a.platform) for a in found}))
    yield _front_matter_hit(
        draft,
        "platform",
        f"{draft.meta.account} is registered on {where}, not on "
        f"{NAMES.get(draft.meta.platform, draft.meta.platform)}",
    )


# --- PL006 unofficial channel ------------------------------------------------------------------

_CHANNEL = (
    r"(?:accounts?|pages?|groups?|channels?|blogs?|podcasts?|profiles?|feeds?|servers?|home|tiktok|instagram"
    r"|insta|facebook|whatsapp|youtube|snapchat|discord|bluesky|threads|twitter|linkedin|mastodon)"
)
# A channel being started: "brand new account for our service", "I've set up a TikTok", "New
# WhatsApp group for trainees", "Welcome to the new home of the team on Instagram".
_NEW_CHANNEL = (
    rf"\b(?:(?:brand\s+)?new|our\s+own|(?:just\s+)?launch(?:ed|ing)|set\s+up|started|created|made|opened)\s+"
    rf"(?:[\w'-]+\s+){{0,9}}?{_CHANNEL}\b"
    # "Our team page is live!", "the group went live today"
    rf"|\b(?:our|my|the)\s+(?:[\w'-]+\s+){{0,3}}?{_CHANNEL}\s+(?:is|are|went|goes|is\s+now|are\s+now)\s+live\b"
)
# Said to have skipped the communications team: "no need to bother comms", "without going
# through comms", "didn't ask the comms lot", "unofficial for now", "set it up myself".
_UNAPPROVED = (
    r"\b(?:without|no\s+need\s+to|didn't|did\s+not|don't|not|never|before|until|haven't|hasn't|have\s+not|has\s+not"
    r"|havent|hasnt|yet\s+to)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:comms|communications|approval|sign[- ]off|permission)\b"
    r"|\b(?:under|off|below)\s+(?:the\s+)?(?:comms|communications)(?:\s+team)?(?:'s|')?\s+radar\b"
    r"|\b(?:comms|communications)\s+(?:team\s+|lot\s+|people\s+)?(?:(?:don't|doesn't|do\s+not|does\s+not)\s+know"
    r"\s+(?:yet|about\s+(?:it|this|that))|(?:haven't|hasn't|have\s+not|has\s+not)\s+(?:seen|approved|signed|been\s+told)"
    r"|(?:aren't|isn't|are\s+not|is\s+not)\s+aware|have\s+no\s+idea|know\s+nothing)\b"
    # "comms don't need to know", "comms mustn't find out"
    r"|\b(?:comms|communications)\s+(?:team\s+|lot\s+|people\s+)?(?:(?:don't|doesn't|do\s+not|does\s+not)\s+(?:need|have)\s+to"
    r"|needn't|mustn't|must\s+not|can't|cannot|shouldn't)\s+(?:ever\s+)?(?:know|find\s+out|hear|see)\b"
    r"|\bunofficial(?:ly)?\b|\bset\s+(?:it|this|them|the\s+\w+)\s+up\s+(?:my|our)sel(?:f|ves)\b"
)
# Survey tools outside the organisation's approved accounts (HRA §3.6 and §3.8, HSSIB005 §5.2).
_SURVEY_TOOL = (
    r"\b(?:survey\s?monkey|google\s+forms?|typeform|jotform|qualtrics|microsoft\s+forms|ms\s+forms"
    r"|smart\s?survey|mentimeter|slido|poll\s?everywhere|doodle\s+poll)\b"
)
# ... run for the organisation's work: its name, "our team", where the results go.
_FOR_WORK = (
    r"\b(?:our|the)\s+(?:[\w'-]+\s+){0,2}?(?:team|service|department|directorate|programme|report|investigation"
    r"|ward|unit|clinic|trainees|project|review|staff|colleagues|doctors|nurses|students|members|patients"
    r"|service\s+users|families|researchers|sponsors|stakeholders)\b|\b(?:results|answers|responses|feedback)\b"
)
_TEAM_PURPOSE = (
    r"\bfor\s+(?:our|the|all\s+(?:our|the))\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:team|service|ward|department|unit|clinic|directorate|programme|trainees|practice|network|staff"
    # the colleagues it is for: "for all the regional investigators", "for our FY1s"
    r"|investigators|assessors|reviewers|colleagues|doctors|nurses|midwives|juniors|registrars|residents|fy1s|fy2s"
    r"|students|clinicians|therapists|managers|coordinators|co-ordinators|medics|consultants|gps)\b"
)
_WRITER_MAKES = r"(?<![\w'])(?:i|i've|i\s+have|i'm|i\s+am)\s+(?:just\s+)?(?:set\s+up|started|created|made|launched|setting\s+up|starting)\b"
_WRITER = r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my)(?![\w'])"


@lru_cache(maxsize=None)
def _re(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _approved_tools(ctx: LintContext) -> str:
    """The register's own survey accounts ("HSSIB SmartSurvey"), as text to look tools up in."""
    return " ".join(f"{a.platform} {a.name}" for a in ctx.accounts).lower().replace(" ", "")


def _unofficial_channel(text: str) -> re.Match[str] | None:
    for match in _re(_NEW_CHANNEL).finditer(text):
        sentence_end = min((p for p in (text.find(".", match.end()), text.find("\n", match.end())) if p != -1), default=len(text))
        around = text[max(0, match.start() - 200) : sentence_end + 200]
        if _re(_UNAPPROVED).search(around):
            return match
        if _re(_WRITER_MAKES).search(text[max(0, match.start() - 40) : match.end()]) and _re(_TEAM_PURPOSE).search(
            text, match.end(), sentence_end
        ):
            return match
    return None


# A personal profile run as a channel for the organisation's work: who runs it ("Run by an HRA
# assessor", "managed by ICB staff") and what it offers ("tips", "updates", "help").
_RUN_BY = r"\b(?:run|managed|written|curated|set\s+up)\s+by\s+(?:an?\s+|the\s+|two\s+|some\s+|a\s+few\s+)?$"
_OFFERS = r"\b(?:tips|advice|help|guidance|updates|news|faqs?|answers|q\s*&\s*a|how[- ]tos?|hacks)\b"


def _profile_run_for_work(draft: Draft, ctx: LintContext) -> re.Match[str] | None:
    """A personal bio that says a member of staff runs it to offer the organisation's work."""
    from smpolicy.lint.rules.disclaimer import organisation_mentions, reading_text
    from smpolicy.lint.rules.identity import _claims, is_official_handle

    if draft.meta.kind != "bio" or not draft.meta.handle or is_official_handle(draft.meta.handle, ctx):
        return None
    text = reading_text(draft)
    if "by" not in text:
        return None
    mentions = organisation_mentions(draft.masked, ctx)
    # One that says it is the official account is a fake account: identity's (ID002), not a channel.
    if not mentions or next(_claims(text, {start for start, _end in mentions}), None) is not None:
        return None
    offers = _re(_OFFERS).search(text)
    for start, _end in mentions:
        run_by = _re(_RUN_BY).search(text, max(0, start - 30), start)
        if run_by and offers:
            # Cite who runs it: "Run by an HRA assessor".
            return _re(r"[^.!?\n|]{1,60}").match(text, run_by.start())
    return None


def _unapproved_survey(text: str, ctx: LintContext) -> re.Match[str] | None:
    approved = _approved_tools(ctx)
    for match in _re(_SURVEY_TOOL).finditer(text):
        if match.group().lower().replace(" ", "") in approved:
            continue  # HSSIB's own SmartSurvey account
        if _re(_WRITER).search(text) and _re(_FOR_WORK).search(text):
            return match
    return None


@rule(
    "PL006",
    "unofficial-channel",
    triggers=(
        "surveymonkey|survey monkey|google form|typeform|jotform|qualtrics|microsoft forms|ms forms|"
        "smartsurvey|smart survey|mentimeter|slido|polleverywhere|poll everywhere|doodle poll",
        ("new|own|launch*|set up|started|created|made|opened|live", "account*|page*|group*|channel*|blog*|podcast*|"
         "profile*|feed*|server*|home|tiktok|instagram|insta|facebook|whatsapp|youtube|snapchat|discord|"
         "bluesky|threads|twitter|linkedin|mastodon"),
        "run by|managed by|written by|curated by|set up by",
    ),
    needs=lambda: [
        _re(_SURVEY_TOOL),
        _re(_NEW_CHANNEL),
        _re(r"\b(?:run|managed|written|curated|set\s+up)\s+by\b"),
    ],
    category="platform",
    severity="warning",
    message="Starts or runs a channel or survey for work without the communications team",
    suggestion="Ask the communications team first: new accounts, pages, groups and surveys need "
    "their approval (and a business case or plan); until then use the official channels.",
)
def unofficial_channel(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds a post from no registered account that launches a channel for work without the
    communications team: a new account, page, group or blog said to skip them ("Set it up
    myself, no need to bother comms", "unofficial for now", "without going through comms"),
    or one the writer has set up "for our team/service/ward"; a personal profile that says a
    member of staff runs it to offer the organisation's work ("Quick tips for getting your HRA
    approval. Run by an HRA assessor."); and a survey on an outside tool
    (SurveyMonkey, Google Forms, Typeform...) that the writer runs for the organisation's work.
    The register's own survey account (HSSIB's SmartSurvey) is fine; so are new accounts the
    official accounts announce, and a personal account for a hobby ("a new Instagram for my
    sourdough").

    Why is this bad?
    ----------------
    An account or survey nobody approved speaks for the organisation without anyone agreeing
    its purpose, who looks after it, who monitors it, how its data is protected or when it
    closes; surveys also need a joined-up approach to contacting stakeholders.

    Example
    -------
    "Welcome to the brand new account for our adolescent service! Set it up myself, no need to
    bother comms."

    Use instead: a plan agreed with the communications team, or the existing official accounts.

    Policy
    ------
    HSSIB005 §5.2 (no accounts, pages, blogs or survey accounts without approval) and §5.4
    (business case); HRA §3.6 (no unofficial channels; no surveys on unapproved channels) and
    §3.8 (survey authorisation); BNSSG 28 §7.1 (the communications team approves new team
    accounts); Tavistock and Portman "Department/service-level social media channels" (a
    written plan first); HEE "Duties".
    """
    if draft.meta.account and matching_accounts(ctx, draft.meta.account):
        return
    text = draft.masked
    match = _unofficial_channel(text) or _unapproved_survey(text, ctx) or _profile_run_for_work(draft, ctx)
    if match is not None:
        yield Hit(match.start(), match.end())
