"""Political: party-political content, stricter inside the register's pre-election periods.

BNSSG 28 §7.2 ("we must not show favouritism to political parties and/or politicians. During
pre-election periods, staff should take particular care not to retweet or share content that
could be deemed political"); HSSIB005 §4.8, HRA §3.1 and BNSSG 28 §4 and §7 (show proper
consideration for topics such as politics and religion).

A rule's severity is fixed when it is declared, so the same finding is two rules: PO001 (a
warning) outside a pre-election period and PO002 (an error) inside one. Neutral civic
information (polling day, postal votes, what a minister or the Secretary of State announced)
is never matched.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Iterator

from smpolicy.lint import phrases
from smpolicy.lint.rule import Hit, rule
from smpolicy.lint.triggers import generated

if TYPE_CHECKING:
    from smpolicy.lint.context import ElectionPeriodView, LintContext
    from smpolicy.lint.draft import Draft


# Words that every entry of each phrase list needs (a test checks it): a draft with none of them
# cannot match, so the list's expression is not run. Lint runs on every commit.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "political_campaigns": (
        "petition", "cuts", "protest", "march", "rally", "demo", "vigil", "picket", "placard", "banner",
        "sign", "demand", "downing", "parliament", "westminster", "city hall", "council house",
    ),
    "political_parties": (
        "labour", "conservative", "tory", "tories", "lib", "reform", "green", "plaid", "ukip",
        "scottish national", "unionist", "sinn", "alliance", "snp", "dup", "canvass", "campaign",
        "vote", "voting", "vot", "gtto",
    ),
    "political_people": (
        "mp", "member", "councillor", "cllr", "candidate", "campaign", "manifesto", "pledge",
        "hustings",
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


def publish_day(draft: Draft, ctx: LintContext) -> dt.date:
    """The day the draft goes out, in the organisation's time zone: `publish_at`, else today."""
    when = draft.meta.publish_at or ctx.now
    if when.tzinfo is not None:
        from zoneinfo import ZoneInfo

        when = when.astimezone(ZoneInfo(ctx.timezone))
    return when.date()


def election_period(draft: Draft, ctx: LintContext) -> ElectionPeriodView | None:
    """The register's pre-election period the draft is published in, if any."""
    if not ctx.election_periods:
        return None
    day = publish_day(draft, ctx)
    for period in ctx.election_periods:
        if period.start <= day <= period.end:
            return period
    return None


def _party_hits(draft: Draft) -> Iterator[Hit]:
    """Parties named as parties, and campaigning (petitions, rallies, "stop the cuts")."""
    for name in ("political_parties", "political_campaigns"):
        for found in _scan(name, draft):
            if name == "political_campaigns" and _celebration(draft.lower, found.start, found.end):
                continue
            yield Hit(found.start, found.end, found.phrase.message, found.phrase.suggestion)


def _celebration(lower: str, start: int, end: int) -> bool:
    """A march at Pride or a charity walk is a celebration, not a protest."""
    if "march" not in lower[start:end]:
        return False
    first = max(lower.rfind(".", 0, start), lower.rfind("\n", 0, start)) + 1
    stops = [pos for pos in (lower.find(".", end), lower.find("\n", end)) if pos != -1]
    sentence = lower[first : min(stops) if stops else len(lower)]
    return any(word in sentence for word in ("pride", "charity", "fundrais", "memory walk", "carnival", "parade"))


@rule(
    "PO001",
    "party-political",
    triggers=generated("PO001"),
    needs=lambda: [phrases.load("political_parties"), phrases.load("political_campaigns")],
    category="political",
    severity="warning",
    message="The text is party-political",
    suggestion="Keep official and work posts politically neutral: report what was announced, not which party to support.",
)
def party_political(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds party-political content outside a pre-election period. That is a party named as a
    party ("the Labour government", "Tory cuts", "Reform UK", "Lib Dem councillors"), calls to
    vote for or support a party, party hashtags (#VoteLabour, #ToriesOut) and campaigning ("out
    leafleting for Labour", "sign the petition", "stop the cuts", "join the rally").
    Consultations ("have your say"), maternity words ("in labour", "Labour Ward"), clinical
    "conservative treatment", "the government", ministers and the Secretary of State are not
    flagged. Inside a pre-election period the same content is PO002, an error.

    Why is this bad?
    ----------------
    NHS bodies must be politically impartial. Crediting or blaming a party, or urging people to
    vote, from an official or identifiable work account shows favouritism and damages trust.

    Example
    -------
    "Thanks to the Labour government, waiting lists are falling" is flagged; "The Secretary of
    State for Health and Social Care announced new funding today" is not.

    Policy
    ------
    BNSSG 28 §7.2 "we must not show favouritism to political parties and/or politicians";
    HSSIB005 §4.8 "Be respectful" (politics); HRA §3.1 (topics such as politics and religion);
    BNSSG 28 §4 and §7; Tavistock and Portman "You are an ambassador for the Trust"; HEE
    "Social media for personal and professional use" 2.
    """
    if election_period(draft, ctx) is not None:
        return
    yield from _party_hits(draft)


@rule(
    "PO002",
    "party-political-pre-election",
    triggers=generated("PO002"),
    needs=lambda: [phrases.load("political_parties"), phrases.load("political_campaigns")],
    category="political",
    severity="error",
    message="The text is party-political during a pre-election period",
    suggestion="Do not publish party-political content during the pre-election period.",
)
def party_political_pre_election(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds the same party-political content as PO001 when the draft's `publish_at` (or today,
    when it has none) falls inside one of the register's `[lint] pre_election_periods`.

    Why is this bad?
    ----------------
    During a pre-election period public bodies must avoid anything that could be seen to
    influence the election; party-political content then is a clear breach.

    Example
    -------
    With a period of 2026-03-26 to 2026-05-07 and `publish_at = 2026-04-20T10:00`, "Vote Green
    for a healthier Bristol" is flagged as an error; "Polling day is Thursday 7 May: apply for
    a postal vote by 5pm on 20 April" is not flagged.

    Policy
    ------
    BNSSG 28 §7.2 "During pre-election periods, staff should take particular care not to
    retweet or share content that could be deemed political"; HSSIB005 §4.8; HRA §3.1.
    """
    period = election_period(draft, ctx)
    if period is None:
        return
    for hit in _party_hits(draft):
        message = f"{hit.message} during the pre-election period ({period.name})"
        yield Hit(hit.start, hit.end, message)


@rule(
    "PO003",
    "politicians-in-pre-election",
    triggers=generated("PO003"),
    needs=lambda: [phrases.load("political_people")],
    category="political",
    severity="warning",
    message="The text features politicians or candidates during a pre-election period",
    suggestion="During the pre-election period, avoid publicity involving politicians and candidates; keep to neutral public information.",
)
def politicians_in_pre_election(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Inside one of the register's pre-election periods (for the draft's `publish_at`, or
    today), finds mentions of MPs, councillors, candidates, manifestos and hustings, such as a
    visit by a local MP. Outside a period these are ordinary news and are not flagged; polling
    day and postal vote reminders are never flagged.

    Why is this bad?
    ----------------
    Publicity for a politician during an election campaign can look like support for their
    candidacy, even when the visit is routine.

    Example
    -------
    Inside a period, "Great to welcome our local MP to the new diagnostic centre" is flagged;
    "Remember to apply for a postal vote if you'll be in hospital on polling day" is not.

    Policy
    ------
    BNSSG 28 §7.2 (during pre-election periods take particular care with content that could be
    deemed political; no favouritism to politicians); HSSIB005 §4.8; HRA §3.1.
    """
    period = election_period(draft, ctx)
    if period is None:
        return
    parties = [(hit.start, hit.end) for hit in _party_hits(draft)]
    for found in _scan("political_people", draft):
        if any(start < found.end and found.start < end for start, end in parties):
            continue  # already an error under PO002
        yield Hit(found.start, found.end, f"{found.phrase.message} ({period.name})")


# --- PO004: an official account judging a government's or a party's policy -----------------------

_VERDICT_GATE = (
    "sighted", "reckless", "disast", "disgrace", "shameful", "scandal", "catastroph", "cruel", "callous",
    "negligent", "incompetent", "ideolog", "headed", "misguided", "pathetic", "indefensible",
    "unforgivable", "heartless", "betrayal", "insult", " con", "sham", "joke", "failure", "failed",
    "failing", "broken", "only ", "deserve", "earned", "earns", "back ", "support ", "endorse",
    "let down", "abandoned", "betrayed",
)


def _family(name: str):
    """One cue family from data/political_judgements.toml, as a whole-word pattern."""
    return phrases.cue_family("political_judgements", name)


@rule(
    "PO004",
    "policy-judged-officially",
    triggers=generated("PO004"),
    needs=lambda: [(_family("actor"), _family("verdict"))],
    category="political",
    severity="warning",
    message="An official account passes judgement on a government's or a party's policy",
    suggestion=(
        "Keep official posts impartial: say what a policy means for patients and staff, not"
        " whether the Government or a party is right."
    ),
)
def policy_judged_officially(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Finds official-account posts in which a government, minister, the Opposition or a party
    ("the Government's cut to training places", "the Opposition's workforce plan") meets a
    partisan verdict in the same sentence ("short-sighted", "reckless", "a betrayal", "the only
    credible option", "has let down the NHS", "deserves your vote"). Reporting what was
    announced ("the Government announced £2bn for training places today"), welcoming funding
    and verdicts about something else ("a reckless driver") are not flagged; staff speaking
    for themselves are left to PO001.

    Why is this bad?
    ----------------
    An NHS body is politically impartial. An official account calling a government's policy
    short-sighted, or an opposition's plan the only credible one, takes a side in party
    politics in the organisation's name.

    Example
    -------
    "The Government's cut to medical training places is short-sighted. The Opposition's
    workforce plan is the only credible option on the table."
    Fine: "The Government has announced changes to medical training places. Here is what
    they mean for trainees."

    Policy
    ------
    BNSSG 28 §7.2 ("we must not show favouritism to political parties and/or politicians");
    HEE principle 4 (official information and position); HSSIB005 §4.8 and HRA §3.1 (proper
    consideration for topics such as politics).
    """
    if not draft.meta.account or draft.meta.kind in ("personal-blog", "bio", "reference"):
        return
    lower = draft.lower.replace("’", "'")
    if not any(word in lower for word in _VERDICT_GATE):
        return
    for sentence in _sentences(lower):
        text = lower[sentence[0] : sentence[1]]
        actor = _family("actor").search(text)
        verdict = _family("verdict").search(text)
        if actor and verdict and not _negated(text, verdict.start()):
            start, end = sorted((actor, verdict), key=lambda m: m.start())
            yield Hit(sentence[0] + start.start(), sentence[0] + end.end())
            return


def _sentences(lower: str) -> Iterator[tuple[int, int]]:
    start = 0
    for index, char in enumerate(lower):
        if char in ".!?\n" and (index + 1 == len(lower) or lower[index + 1] in " \n"):
            yield start, index
            start = index + 1
    yield start, len(lower)


def _negated(text: str, at: int) -> bool:
    """ "is not short-sighted", "far from a disaster": the verdict is denied."""
    before = text[max(0, at - 20) : at].split()[-2:]
    return any(word in ("not", "never", "isn't", "wasn't", "hardly", "from", "no") for word in before)
