"""A business case for a new social media channel: scaffold, completeness check, approval.

All five source policies forbid teams from opening their own official accounts without the
communications team's approval, and ask for a written case first (HSSIB005 §5.2, §5.4; HRA §3.6,
§3.7; BNSSG 28 §4, §7.1; Tavistock and Portman "Department/service-level social media channels";
HEE "Duties"). A case is one Markdown file with TOML front matter between `+++` lines and the
sections of a business justification case in the light form of the HM Treasury Five Case Model.
Each section carries a prompt (a blockquote starting `> Prompt:`) quoting the clause of the
register's own organisation that it answers; the check ignores prompts, so a section holding only
its prompt is still empty.

This module has no I/O and no clock: callers pass the register, the text and the dates.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from smpolicy.errors import InputError
from smpolicy.vocabulary import MFA_STATES, PLATFORMS

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.models import Account, Register

STATUSES = ("draft", "submitted", "approved")
DELIMITER = "+++"
PROMPT_MARK = "> Prompt:"
# smpolicy's documented default custodian: every seed gives official accounts to the comms team.
DEFAULT_CUSTODIAN = "Communications Team"
MAX_CASE_BYTES = 1024 * 1024


# --- Sections and the clauses they answer ------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    prompt: str  # smpolicy's own wording, used for every organisation


SECTIONS: tuple[Section, ...] = (
    Section(
        "summary",
        "Summary and the ask",
        "In a few lines: the channel you want, for which team, and what you ask the "
        "communications team to approve.",
    ),
    Section(
        "strategic",
        "Strategic case",
        "The purpose and objectives of the channel, and how it links to your team's business "
        "plan and the organisation's communications strategy.",
    ),
    Section(
        "audience",
        "Audience and evidenced demand",
        "Who the audience is, the evidence that they want to engage with you on this platform, "
        "and why the existing official accounts and other channels cannot serve them.",
    ),
    Section(
        "options",
        "Options",
        "Compare at least (a) using an existing channel and (b) this new channel, each with its "
        "benefits against its costs in time and resources; say which you recommend and why.",
    ),
    Section(
        "resources",
        "Resources and time",
        "Staff hours each week to run the channel, who covers leave and absence, and the tools "
        "and any costs.",
    ),
    Section(
        "delivery",
        "Delivery",
        "Timeframe and launch date, content plan, how comments and messages are moderated, and "
        "who watches the channel in its monitored hours (and what happens outside them).",
    ),
    Section(
        "security",
        "Security",
        "How the account is kept secure: multi-factor authentication, the communications team "
        "holding the credentials in its password vault (never in this file), at least two "
        "named admins, and how access is recovered if an admin leaves or the account is "
        "compromised.",
    ),
    Section(
        "risks",
        "Risks and issues",
        "What could go wrong (reputation, safeguarding, workload, posts left unmonitored, "
        "negative comments) and how each risk is reduced.",
    ),
    Section(
        "evaluation",
        "Evaluation",
        "How success will be measured (measures and targets) and when the channel will be "
        "reviewed.",
    ),
    Section(
        "lifespan",
        "Lifespan and exit strategy",
        "How long the channel is expected to run (or the date of its first review), and how it "
        "will be closed or handed over: archiving, redirecting followers, closing the account.",
    ),
    Section(
        "approvals",
        "Stakeholder consultation and approvals",
        "Who has been consulted (line manager, communications team, other stakeholders) and "
        "who approved, with dates.",
    ),
)

SECTION_KEYS = tuple(section.key for section in SECTIONS)


@dataclass(frozen=True)
class Clause:
    ref: str  # e.g. "§5.4", appended to the register's policy id
    quote: str  # verbatim from the seed


@dataclass(frozen=True)
class Family:
    """The clauses on new channels of one source policy, found by the organisation's name."""

    key: str
    policy_id: str  # used when the register has no policy of its own
    name_pattern: str
    clauses: dict[str, tuple[Clause, ...]]


_TAVI = '"Department/service-level social media channels"'

FAMILIES: tuple[Family, ...] = (
    Family(
        "hssib",
        "HSSIB005",
        r"health services safety investigations body|\bhssib\b",
        {
            "summary": (Clause("§5.4", "Any team seeking to set up their own social media presence should prepare a business case outlining how this activity will benefit HSSIB"),),
            "strategic": (Clause("§5.2", "it is important that the organisation maintains a coherent online presence through the strategic use of these official social media accounts and digital platforms."),),
            "audience": (Clause("§5.4", "there must be a clearly evidenced demand from an audience for engagement activity using a particular channel, rather than engagement using existing official social media accounts or other channels of communication."),),
            "options": (Clause("§5.4", "the benefits to be realised, compared to the costs in time and resources of doing so."),),
            "resources": (Clause("§5.4", "Given the time and resource involved in effectively building and managing a presence on social media"),),
            "delivery": (Clause("§5.3", "The official HSSIB social media accounts and digital platforms are managed by the Communications Team."),),
            "approvals": (Clause("§5.2", "without having gained approval from the Communications Team and senior leadership team, employees, secondees and members of associated bodies must not engage in setting up"),),
        },
    ),
    Family(
        "hra",
        "HRA-SMP",
        r"health research authority|\bhra\b",
        {
            "strategic": (Clause("§3.6", "It is important that the organisation maintains a clear and consistent online presence through the strategic use of official communication channels."),),
            "audience": (Clause("§3.7", "whether this is the best medium for your message and how it might fit into the bigger engagement picture."),),
            "options": (Clause("§3.7", "whether this is the best medium for your message"),),
            "resources": (Clause("§3.7", "time and resources to manage and maintain"),),
            "delivery": (Clause("§3.7", "content; timing; newsworthiness; time and resources to manage and maintain; editorial policy"),),
            "approvals": (
                Clause("§3.6", "Staff must not set up Twitter accounts, Facebook pages, YouTube channels or a presence on any other social media site that represents an HRA product or service"),
                Clause("§3.7", "these opportunities must be discussed, and agreed, with the communications team."),
            ),
        },
    ),
    Family(
        "bnssg",
        "BNSSG-28",
        r"bristol, north somerset and south gloucestershire|\bbnssg\b",
        {
            "summary": (Clause("§7.1", "It is important that the time and effort staff spend on a professional staff or team/service/programme social media account is justified by the value to the business."),),
            "strategic": (Clause("§7.1", "how to link this activity to the overall business plan for a programme or business area"),),
            "audience": (Clause("§7.1", "Social networking platforms can offer many opportunities to reach specific audiences but there are also potential pitfalls which staff must be careful to avoid."),),
            "resources": (Clause("§7.1", "time and resources needed to implement"),),
            "delivery": (
                Clause("§7.1", "timeframes"),
                Clause("§4", "The communications team will update and monitor the ICB corporate social media accounts in accordance with our monitoring protocol"),
            ),
            "risks": (Clause("§7.1", "risks and issues"),),
            "lifespan": (Clause("§7.1", "exit strategy"),),
            "approvals": (
                Clause("§7.1", "they must seek approval from their line manager and discuss the proposal with the communications team in the first instance."),
                Clause("§7.1", "stakeholder consultation and approvals"),
                Clause("§4", "The communications team is responsible for approving any new corporate or team/service/programme social media accounts."),
            ),
        },
    ),
    Family(
        "tavistock",
        "TAVIPORT-SMP",
        r"tavistock (and|&) portman",
        {
            "summary": (Clause(_TAVI, "submission of a written plan detailing the reason and objectives for this channel, the methods which will be used to manage the channel, how the security of the channel will be maintained and the expected life span of the channel."),),
            "strategic": (Clause(_TAVI, "the reason and objectives for this channel"),),
            "audience": (Clause(_TAVI, "want to run a channel that can focus on that particular aspect of their work on social media and build appropriate relationships rather than rely on the more general Trust-wide channels."),),
            "options": (Clause(_TAVI, "Teams need to understand the benefits and risks and the resource needed to manage these accounts."),),
            "resources": (Clause(_TAVI, "the resource needed to manage these accounts."),),
            "delivery": (
                Clause(_TAVI, "the methods which will be used to manage the channel"),
                Clause(_TAVI, "On balance avoid publishing material when responses to it cannot be monitored."),
            ),
            "security": (
                Clause(_TAVI, "how the security of the channel will be maintained"),
                Clause(_TAVI, "The Communications Team must be provided with the username and current password for any service-level social channels, in case action needs to be taken on the channel out-of-hours."),
            ),
            "risks": (Clause(_TAVI, "Teams need to understand the benefits and risks"),),
            "lifespan": (Clause(_TAVI, "the expected life span of the channel."),),
            "approvals": (Clause(_TAVI, "The Communications Team will decide whether or not a department/service-level social media channel is appropriate in each case."),),
        },
    ),
    Family(
        "hee",
        "HEE-SMP",
        r"health education england|\bhee\b",
        {
            "resources": (Clause('"Duties"', "content creators often sit within programme teams and are responsible for much of the content on their channels."),),
            "delivery": (Clause('"Duties"', "a plan, approach and ways of working document will be expected to ensure the account is managed in a way our followers expect and value."),),
            "approvals": (Clause('"Duties"', "A third party needs the permission of the Director of People and Communications prior to starting work on the campaign."),),
        },
    ),
)


def family_of(register: "Register") -> Family | None:
    """The source policy family of a register, by its organisation's name and short names."""
    names = [register.organisation.name, *register.organisation.short_names]
    names += [policy.id for policy in register.policies]
    text = " | ".join(names).lower()
    for family in FAMILIES:
        if re.search(family.name_pattern, text):
            return family
    return None


def clauses_for(register: "Register", section_key: str) -> list[str]:
    """The register's own clauses for a section, each as `<policy id> <ref>: "<quote>"`."""
    family = family_of(register)
    if family is None:
        return []
    policy_id = register.policies[0].id if register.policies else family.policy_id
    return [f'{policy_id} {c.ref}: "{c.quote}"' for c in family.clauses.get(section_key, ())]


# --- The proposal and its scaffold -------------------------------------------------------------


@dataclass
class Proposal:
    """What `channel propose` asks for."""

    team: str
    platform: str
    handle: str
    owner: str
    admins: list[str]
    purpose: str = ""
    audience: str = ""
    monitored_hours: str = ""
    mfa: str = "unknown"
    credentials_held_by: str = DEFAULT_CUSTODIAN
    vault_entry: str = ""
    created: dt.date = field(default_factory=lambda: dt.date(1970, 1, 1))
    register: str = ""

    def problems(self) -> list[str]:
        """Why the answers cannot make a case (empty when they can)."""
        problems = [
            f"{name} is required"
            for name in ("team", "platform", "handle", "owner")
            if not getattr(self, name).strip()
        ]
        if self.platform and self.platform not in PLATFORMS:
            problems.append(f"platform {self.platform!r} is not one of: {', '.join(PLATFORMS)}")
        if self.mfa not in MFA_STATES:
            problems.append(f"mfa must be one of: {', '.join(MFA_STATES)}")
        if len(distinct(self.admins)) < 2:
            problems.append("at least two admins are required (every policy expects cover)")
        return problems + self._secrets()

    def _secrets(self) -> list[str]:
        """The case is committed to a repository and copied into the register: no secrets in it."""
        from smpolicy.credentials import looks_like, value_secret_reason

        given = [(name, getattr(self, name)) for name in _FREE_TEXT] + [("admin", admin) for admin in self.admins]
        return [
            f"--{name.replace('_', '-')}: {looks_like(reason)}; a case must never hold secrets (value not shown)"
            for name, value in given
            if (reason := value_secret_reason(value))
        ]


_FREE_TEXT = ("team", "handle", "owner", "purpose", "audience", "monitored_hours", "credentials_held_by", "vault_entry")


def distinct(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        if name.strip():
            seen.setdefault(" ".join(name.split()).lower(), name.strip())
    return list(seen.values())


def describe_hours(register: "Register") -> str:
    """The register's monitored hours in words, e.g. "Mon to Fri, 09:00 to 17:00 (Europe/London)"."""
    hours = register.organisation.monitored_hours
    return f"{_describe_days(list(hours.days))}, {hours.start} to {hours.end} ({hours.timezone})"


def _describe_days(days: list[str]) -> str:
    from smpolicy.vocabulary import WEEKDAYS

    indices = sorted(WEEKDAYS.index(day) for day in days)
    names = [WEEKDAYS[index].capitalize() for index in indices]
    consecutive = indices == list(range(indices[0], indices[-1] + 1)) if indices else False
    if consecutive and len(indices) > 2:
        return f"{names[0]} to {names[-1]}"
    return ", ".join(names) or "no days"


def render_case(proposal: Proposal, register: "Register") -> str:
    """The Markdown scaffold of a new case: front matter, then every section with its prompt."""
    title = f"{proposal.team} on {platform_label(proposal.platform)} ({proposal.handle})"
    parts = [
        render_front_matter(proposal),
        f"# Business case: {title}",
        "",
        "A business justification case for a new social media channel, in the light form of the "
        "HM Treasury Five Case Model. Answer every section below its prompt (you may delete the "
        "prompts); `smpolicy channel check` on this file says what is still missing.",
        "",
    ]
    answers = {"strategic": proposal.purpose, "audience": proposal.audience}
    for number, section in enumerate(SECTIONS, start=1):
        parts.append(f"## {number}. {section.title}")
        parts.append("")
        parts.extend(_prompt_lines(section, proposal, register))
        parts.append("")
        if answers.get(section.key, "").strip():
            parts.extend([answers[section.key].strip(), ""])
    return "\n".join(parts).rstrip("\n") + "\n"


def _prompt_lines(section: Section, proposal: Proposal, register: "Register") -> list[str]:
    lines = [f"{PROMPT_MARK} {section.prompt}"]
    lines += clauses_for(register, section.key)
    if section.key == "audience":
        lines += _existing_accounts(proposal.platform, register)
    if section.key == "delivery" and proposal.monitored_hours:
        lines.append(f"Monitored hours proposed: {proposal.monitored_hours}.")
    return [lines[0]] + [f"> {line}" for line in lines[1:]]


def _existing_accounts(platform: str, register: "Register") -> list[str]:
    def label(account: "Account") -> str:
        handle = f" {account.handle}" if account.handle else ""
        return f"{account.name}{handle} ({platform_label(account.platform)}, {account.status})"

    same = [label(a) for a in register.accounts if a.platform == platform and a.status != "closed"]
    others = [label(a) for a in register.accounts if a.platform != platform and a.status != "closed"]
    here = "; ".join(same) if same else "none"
    return [
        f"Accounts already in the register on {platform_label(platform)}: {here}.",
        f"Other accounts in the register: {'; '.join(others) if others else 'none'}.",
    ]


def platform_label(platform: str) -> str:
    special = {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "tiktok": "TikTok",
               "smartsurvey": "SmartSurvey", "surveymonkey": "SurveyMonkey", "whatsapp": "WhatsApp"}
    return special.get(platform, platform.capitalize())


def render_front_matter(proposal: Proposal) -> str:
    import tomlkit

    doc = tomlkit.document()
    doc.add("status", "draft")
    for key in ("team", "platform", "handle", "owner"):
        doc.add(key, getattr(proposal, key).strip())
    doc.add("admins", distinct(proposal.admins))
    doc.add("mfa", proposal.mfa)
    doc.add(tomlkit.comment("Who holds the login: the communications team, in its password vault."))
    doc.add("credentials_held_by", proposal.credentials_held_by.strip())
    doc.add(tomlkit.comment("The vault entry's name only: never a password, token or recovery code."))
    doc.add("vault_entry", proposal.vault_entry.strip())
    doc.add("monitored_hours", proposal.monitored_hours.strip())
    doc.add("created", proposal.created)
    doc.add("register", proposal.register)
    return f"{DELIMITER}\n{tomlkit.dumps(doc).rstrip()}\n{DELIMITER}\n"


# --- Safe file names ----------------------------------------------------------------------------


def slugify(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "channel"


def default_name(created: dt.date, platform: str, slug: str) -> str:
    return f"{created.isoformat()}-{slugify(platform)}-{slugify(slug)}.md"


def checked_slug(slug: str) -> str:
    """A user-given slug: refused when it tries to be a path, else made safe."""
    if "\x00" in slug or "/" in slug or "\\" in slug or ".." in slug or slug.startswith("~"):
        raise InputError(f"--slug {slug!r} must be a short name, not a path")
    return slugify(slug)


def checked_relative_name(name: str) -> str:
    """A user-given output name inside the proposals folder: relative, no `..`, no NUL."""
    if not name or "\x00" in name:
        raise InputError("--output must be a file name inside the proposals folder")
    parts = re.split(r"[\\/]+", name)
    if name.startswith(("/", "\\", "~")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
        raise InputError(f"--output {name!r} escapes the proposals folder; give a name inside it")
    cleaned = "/".join(part for part in parts if part not in ("", "."))
    if not cleaned:
        raise InputError("--output must be a file name inside the proposals folder")
    return cleaned if cleaned.endswith(".md") else f"{cleaned}.md"


# --- Reading a case ----------------------------------------------------------------------------


@dataclass
class SectionText:
    key: str
    title: str
    line: int  # file line of the heading
    text: str  # the section's text as written
    answer: str  # the text without prompts and HTML comments


@dataclass
class Case:
    path: str
    text: str
    front: dict[str, Any]
    front_lines: dict[str, int]
    body: str
    body_line: int
    sections: dict[str, SectionText]
    headings_line: int  # line of the first section heading (or of the body)

    @property
    def status(self) -> str:
        value = self.front.get("status", "draft")
        return value if isinstance(value, str) else "draft"

    def string(self, key: str) -> str:
        value = self.front.get(key)
        return value.strip() if isinstance(value, str) else ""

    def admins(self) -> list[str]:
        value = self.front.get("admins")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return distinct([item for item in value if isinstance(item, str)])


def split_front_matter(text: str, path: str) -> tuple[str, str, int]:
    """(front matter TOML, body, body's first file line). Raises InputError without `+++`."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != DELIMITER:
        raise InputError(
            "no +++ front matter: not a channel case (start one with 'smpolicy channel propose')",
            path=path,
            line=1,
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == DELIMITER:
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise InputError("front matter opened with +++ on line 1 is never closed", path=path, line=1)


def parse_case(text: str, path: str) -> Case:
    """Read a case's text (already decoded). Raises InputError when it is not a case at all."""
    import tomllib

    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    front_text, body, body_line = split_front_matter(text, path)
    try:
        front = tomllib.loads(front_text + "\n")
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"at line (\d+)", str(error))
        where = int(line[1]) + 1 if line else body_line - 2
        message = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)$", "", str(error))
        raise InputError(f"front matter is not valid TOML: {message}", path=path, line=where) from None
    except (ValueError, RecursionError):
        # tomllib's bare ValueError is an integer over Python's digit limit.
        raise InputError("front matter is not valid TOML: a number too long, or nesting too deep", path=path, line=1) from None
    sections, first = _sections(body, body_line)
    return Case(path, text, front, _key_lines(front_text), body, body_line, sections, first)


def _key_lines(front_text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, line in enumerate(front_text.split("\n"), start=2):
        match = re.match(r"^\s*([A-Za-z0-9_\-]+)\s*=", line)
        if match:
            lines.setdefault(match[1], number)
    return lines


_HEADING = re.compile(r"^##\s+(?:\d+[.)]?\s*)?(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _sections(body: str, body_line: int) -> tuple[dict[str, SectionText], int]:
    by_title = {_normal(section.title): section for section in SECTIONS}
    found: dict[str, SectionText] = {}
    current: tuple[Section, int, list[str]] | None = None
    first: int | None = None
    in_fence = False
    for number, line in enumerate(body.split("\n"), start=body_line):
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            _close(current, found)
            section = by_title.get(_normal(heading[1]))
            current = (section, number, []) if section and section.key not in found else None
            first = number if first is None else first
            continue
        if current is not None:
            current[2].append(line)
    _close(current, found)
    return found, body_line if first is None else first


def _close(current: tuple[Section, int, list[str]] | None, found: dict[str, SectionText]) -> None:
    if current is None:
        return
    section, line, lines = current
    text = "\n".join(lines)
    found[section.key] = SectionText(section.key, section.title, line, text, answer_text(lines))


def _normal(title: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title.lower()).split())


def answer_text(lines: list[str]) -> str:
    """A section's own words: prompt blockquotes and HTML comments removed."""
    return "\n".join(lines[i] for i in _answer_line_indices(lines)).strip()


def _answer_line_indices(lines: list[str]) -> list[int]:
    keep: list[int] = []
    in_prompt = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith(PROMPT_MARK):
            in_prompt = True
        elif in_prompt and not line.lstrip().startswith(">"):
            in_prompt = False
        if not in_prompt:
            keep.append(index)
    kept_set = set(keep)
    text = "\n".join(line if i in kept_set else "" for i, line in enumerate(lines))
    blank = re.sub(r"<!--.*?-->", lambda m: re.sub(r"[^\n]", "", m[0]), text, flags=re.DOTALL)
    kept = blank.split("\n")
    return [i for i in keep if kept[i].strip()]


def masked_body(body: str) -> str:
    """The body as lint reads it (code, URLs, comments blanked) with the prompts blanked too."""
    from smpolicy.lint.draft import mask_markdown

    keep = set(_answer_line_indices(body.split("\n")))
    masked = mask_markdown(body).split("\n")
    return "\n".join(line if index in keep else " " * len(line) for index, line in enumerate(masked))


# --- The check ---------------------------------------------------------------------------------


class CaseFinding(BaseModel):
    """One reason a case is not ready for approval."""

    code: str
    message: str
    line: int | None = None
    section: str | None = None
    severity: Literal["error", "warning", "info"] = "error"
    citation: str | None = None


class CaseReport(BaseModel):
    """The JSON output of `smpolicy channel check`."""

    file: str
    register_file: str
    status: str
    complete: bool
    findings: list[CaseFinding]


FRONT_KEYS = (
    "status", "team", "platform", "handle", "owner", "admins", "mfa", "credentials_held_by",
    "vault_entry", "monitored_hours", "created", "register", "approved_by", "approved_on",
)
REQUIRED_TEXT = ("team", "platform", "handle", "owner")
_PLACEHOLDERS = {"todo", "tbc", "tbd", "tba", "na", "none", "xxx", "placeholder", "answerhere"}
_COMMS = re.compile(r"\b(comms|communications?)\b", re.IGNORECASE)
_EXIT = re.compile(
    r"\b(exit\w*|clos(e|ed|es|ing|ure)|archiv\w*|hand(ed|ing)?[- ]?(it )?over|handover|"
    r"wind(ing)?[- ]down|delet\w*|retir\w*|merg\w*|redirect\w*|shut\w*|decommission\w*|"
    r"dormant)\b",
    re.IGNORECASE,
)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_LIFESPAN = re.compile(
    rf"\b(\d+|one|two|three|four|five|six|twelve|eighteen)[\s-]*(day|week|month|year)s?\b|"
    rf"\b(19|20)\d\d\b|\b({_MONTHS})[a-z]*\b|\b(ongoing|indefinite\w*|permanent\w*|"
    rf"open[- ]ended|no (fixed )?end date|life ?span|until)\b",
    re.IGNORECASE,
)


def check_case(
    case: Case,
    register: "Register",
    context: "LintContext | None" = None,
    business_case: str | None = None,
) -> list[CaseFinding]:
    """Every reason the case is not ready for approval, in file order.

    `business_case` is how the register would point at this file: an account already carrying
    it is this case's own (approved) account, not a clash.
    """
    findings = _front_matter_findings(case)
    findings += _section_findings(case)
    findings += _people_findings(case)
    findings += _handle_findings(case, register, business_case)
    if context is not None:
        findings += lint_findings(case, context)
    return sorted(findings, key=lambda f: (f.line or 0, f.code))


def blocking(findings: list[CaseFinding]) -> list[CaseFinding]:
    """Findings that stop approval: everything but information."""
    return [finding for finding in findings if finding.severity != "info"]


def _front_matter_findings(case: Case) -> list[CaseFinding]:
    import difflib

    findings = []
    for key in case.front:
        if key not in FRONT_KEYS:
            close = difflib.get_close_matches(key, FRONT_KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            findings.append(_front(case, key, "front-matter", f"unknown front matter key '{key}'{hint}"))
    for key in REQUIRED_TEXT:
        if not case.string(key):
            findings.append(_front(case, key, "front-matter", f"'{key}' is missing or empty"))
    platform = case.string("platform")
    if platform and platform not in PLATFORMS:
        findings.append(_front(case, "platform", "front-matter", f"platform {platform!r} is not one of: {', '.join(PLATFORMS)}"))
    if case.front.get("status", "draft") not in STATUSES:
        findings.append(_front(case, "status", "front-matter", f"status must be one of: {', '.join(STATUSES)}"))
    findings += _secret_findings(case)
    return findings


def _secret_findings(case: Case) -> list[CaseFinding]:
    from smpolicy.credentials import find_secrets

    return [
        _front(case, secret.path.split(".")[0].split("[")[0], "secret", secret.message())
        for secret in find_secrets(case.front)
    ]


def _front(case: Case, key: str, code: str, message: str) -> CaseFinding:
    return CaseFinding(code=code, message=message, line=case.front_lines.get(key, 1))


def _section_findings(case: Case) -> list[CaseFinding]:
    findings = []
    for section in SECTIONS:
        found = case.sections.get(section.key)
        if found is None:
            findings.append(_missing_section(case, section))
        elif not _answered(found.answer):
            findings.append(_empty_section(section, found))
        elif section.key == "lifespan":
            findings += _lifespan_findings(found)
    return findings


def _missing_section(case: Case, section: Section) -> CaseFinding:
    return CaseFinding(
        code="section-missing",
        message=f"no '## {section.title}' section: every case needs one",
        line=case.headings_line,
        section=section.key,
    )


def _empty_section(section: Section, found: SectionText) -> CaseFinding:
    code, extra = {
        "lifespan": ("lifespan-missing", ": no lifespan or exit strategy"),
        "approvals": ("approvals-missing", ": no consultation or approvals recorded"),
    }.get(section.key, ("section-empty", ""))
    return CaseFinding(
        code=code,
        message=f"'{section.title}' is empty or holds only its prompt{extra}",
        line=found.line,
        section=section.key,
    )


def _answered(answer: str) -> bool:
    squeezed = re.sub(r"[\s\-*_>#`\[\]().:;!?/]+", "", answer.lower())
    return bool(squeezed) and squeezed not in _PLACEHOLDERS and set(squeezed) != {"."}


def _lifespan_findings(found: SectionText) -> list[CaseFinding]:
    findings = []
    if not _LIFESPAN.search(found.answer):
        findings.append(CaseFinding(
            code="lifespan-missing",
            message="no expected lifespan: give a duration, an end date, or 'ongoing' with a review date",
            line=found.line,
            section="lifespan",
        ))
    if not _EXIT.search(found.answer):
        findings.append(CaseFinding(
            code="exit-strategy-missing",
            message="no exit strategy: say how the channel will be closed, archived or handed over",
            line=found.line,
            section="lifespan",
        ))
    return findings


def _people_findings(case: Case) -> list[CaseFinding]:
    findings = []
    if len(case.admins()) < 2:
        findings.append(_front(case, "admins", "admins-too-few",
                               f"{len(case.admins())} admin(s): name at least two, so the channel never depends on one person"))
    custodian = case.string("credentials_held_by")
    if not _COMMS.search(custodian):
        shown = f"'{custodian}'" if custodian else "nobody"
        findings.append(_front(case, "credentials_held_by", "credentials-not-comms",
                               f"credentials held by {shown}: the communications team must hold them"))
    if not case.string("vault_entry"):
        findings.append(_front(case, "vault_entry", "vault-missing",
                               "no vault_entry: name the communications team's vault entry for the login"))
    mfa = case.front.get("mfa")
    if mfa != "yes":
        findings.append(_front(case, "mfa", "mfa-not-on",
                               f"mfa is {mfa if isinstance(mfa, str) else 'not set'}: multi-factor authentication must be on ('yes')"))
    if not case.string("monitored_hours"):
        findings.append(_front(case, "monitored_hours", "monitoring-missing",
                               "no monitored_hours: say when responses will be watched"))
    return findings


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def naming_tokens(register: "Register") -> list[str]:
    """What of the organisation's naming a handle may contain: short names, their longer words, the name."""
    org = register.organisation
    tokens = {_compact(name) for name in (*org.short_names, org.name)}
    for short in org.short_names:
        tokens.update(_compact(word) for word in re.split(r"[\s&]+", short) if len(_compact(word)) >= 5)
    return sorted(token for token in tokens if len(token) >= 2)


def _handle_findings(case: Case, register: "Register", business_case: str | None) -> list[CaseFinding]:
    handle = case.string("handle")
    if not handle:
        return []
    findings = []
    wanted = handle.lower().lstrip("@")
    taken = [
        a
        for a in register.accounts
        if a.handle and a.handle.lower().lstrip("@") == wanted
        and not (business_case and a.business_case == business_case)
    ]
    own = any(a.business_case == business_case for a in register.accounts if business_case)
    official = [
        h for h in register.organisation.official_handles if h.lower().lstrip("@") == wanted and not own
    ]
    if taken or official:
        where = "; ".join(f"{a.name} ({platform_label(a.platform)}, {a.status})" for a in taken) or "official handles"
        findings.append(_front(case, "handle", "handle-exists",
                               f"handle {handle!r} is already in the register: {where}"))
    if not any(token in _compact(handle) for token in naming_tokens(register)):
        names = ", ".join(register.organisation.short_names) or register.organisation.name
        findings.append(_front(case, "handle", "handle-naming",
                               f"handle {handle!r} carries none of the organisation's naming ({names})"))
    return findings


LINT_CATEGORIES = ("personal-data", "confidential")


def lint_findings(case: Case, context: "LintContext") -> list[CaseFinding]:
    """The personal-data and confidential lint rules, run on the case's own words (not prompts).

    The register's `[lint] disable` and `severity` apply, and so do suppression comments.
    """
    from smpolicy.lint import engine
    from smpolicy.lint.draft import Draft, FrontMatter

    rules = {r.id: r for r in engine.available_rules().values() if r.category in LINT_CATEGORIES}
    meta = FrontMatter(platform=case.string("platform") or None, kind="article", present=True)
    draft = Draft(path=case.path, body=case.body, masked=masked_body(case.body), meta=meta, body_line=case.body_line)
    found = engine.lint_draft(draft, context, ruleset=engine.select_rules(context, rules=rules))
    findings = [
        CaseFinding(
            code=f.rule,
            message=f"{rules[f.rule].name}: {f.message}",
            line=f.line,
            severity=f.severity,
            citation=f.policy or None,
        )
        for f in found
    ]
    findings += [CaseFinding(code="lint-error", message=error, line=case.body_line) for error in found.errors]
    return findings


# --- Approval -----------------------------------------------------------------------------------


def account_fields(case: Case, by: str, on: dt.date, business_case: str) -> dict[str, Any]:
    """The register entry an approved case becomes."""
    platform = case.string("platform")
    team = case.string("team")
    fields: dict[str, Any] = {
        "platform": platform,
        "handle": case.string("handle"),
        "name": f"{team} on {platform_label(platform)}",
        "status": "active",
        "status_since": on,
        "admins": case.admins(),
        "owner_team": team,
        "mfa": case.front.get("mfa"),
        "credentials_held_by": case.string("credentials_held_by"),
        "vault_entry": case.string("vault_entry"),
        # The approval checked admins, MFA and custody: it is the account's first access review.
        "last_access_review": on,
        "business_case": business_case,
        "notes": f"Owner: {case.string('owner')}.",
    }
    return fields


def approval_history(case: Case, by: str, on: dt.date, business_case: str) -> dict[str, Any]:
    return {"on": on, "action": "approved", "by": by, "note": f"business case {business_case}"}


def approved_text(case: Case, by: str, on: dt.date) -> str:
    """The case's text with its front matter marked approved (comments and layout kept)."""
    import tomlkit

    front_text, body, _ = split_front_matter(case.text, case.path)
    doc = tomlkit.parse(front_text)
    doc["status"] = "approved"
    doc["approved_by"] = by
    doc["approved_on"] = on
    front = tomlkit.dumps(doc).rstrip("\n")
    return f"{DELIMITER}\n{front}\n{DELIMITER}\n{body}"


def approval_refusal(case: Case) -> str | None:
    """Why a case cannot be approved whatever its content, or None."""
    if case.status == "approved":
        by = case.string("approved_by") or "someone"
        on = case.front.get("approved_on", "an earlier date")
        return f"this case was already approved by {by} on {on}; it is in the register"
    return None
