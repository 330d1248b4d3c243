"""`smpolicy channel`: propose, check and approve a new social media channel (wiring only).

The case's sections, the check and the register entry live in `smpolicy.channel`; the register
write goes through `smpolicy.store`. Here: options, prompts, reading and writing the case file.
"""

from __future__ import annotations

import datetime as dt
import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from smpolicy.cli import completion

from smpolicy.cli.options import RegisterOption
from smpolicy.errors import EXIT_FINDINGS, InputError

if TYPE_CHECKING:
    from smpolicy.channel import Case, CaseFinding, Proposal
    from smpolicy.registers import Resolution

app = typer.Typer(
    help="Propose, check and approve a new social media channel (a business case that ends in the register).",
    no_args_is_help=True,
)


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


# --- propose ------------------------------------------------------------------------------------


@app.command("propose")
def propose(
    team: Annotated[Optional[str], typer.Option(help="The team asking for the channel.")] = None,
    platform: Annotated[Optional[str], typer.Option(help="Platform slug, e.g. linkedin, bluesky, youtube.", autocompletion=completion.platforms)] = None,
    handle: Annotated[Optional[str], typer.Option(help="Proposed handle or page name, e.g. @HSSIBEducation.")] = None,
    purpose: Annotated[Optional[str], typer.Option(help="Why the channel: purpose and objectives.")] = None,
    audience: Annotated[Optional[str], typer.Option(help="Who it is for, and the evidence they want it.")] = None,
    owner: Annotated[Optional[str], typer.Option(help="The person or role accountable for the channel.")] = None,
    admin: Annotated[Optional[list[str]], typer.Option("--admin", help="An admin (repeat: at least two).")] = None,
    monitored_hours: Annotated[Optional[str], typer.Option(help="When responses are watched (default: the register's monitored hours).")] = None,
    mfa: Annotated[Optional[str], typer.Option(help="Multi-factor authentication: yes, no or unknown.")] = None,
    credentials_held_by: Annotated[Optional[str], typer.Option(help="Who holds the login (default: Communications Team).")] = None,
    vault_entry: Annotated[Optional[str], typer.Option(help="Name of the vault entry holding the login (never the password).")] = None,
    slug: Annotated[Optional[str], typer.Option(help="Short name for the file (default: from the team).")] = None,
    folder: Annotated[Path, typer.Option("--dir", help="Folder the case is written in.")] = Path("proposals"),
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="File name inside --dir (default: YYYY-MM-DD-<platform>-<slug>.md).")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Date of the case, YYYY-MM-DD (default: today).")] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help="Ask nothing: take every answer from the options.")] = False,
    register: RegisterOption = None,
) -> None:
    """Write a new business case for a channel, with each section's prompt quoting your policy.

    Asks its questions unless --no-input is given. Never overwrites an existing file.
    """
    from smpolicy import channel, registers

    resolution = _resolve(register)
    model = registers.load(_register_file(resolution))
    created = _day(date, "--date") if date else dt.date.today()
    answers = {
        "team": team, "platform": platform, "handle": handle, "purpose": purpose,
        "audience": audience, "owner": owner, "monitored_hours": monitored_hours, "mfa": mfa,
        "credentials_held_by": credentials_held_by, "vault_entry": vault_entry,
    }
    defaults = {
        "monitored_hours": channel.describe_hours(model),
        "mfa": "unknown",
        "credentials_held_by": channel.DEFAULT_CUSTODIAN,
        "vault_entry": "",
        "purpose": "",
        "audience": "",
    }
    admins = list(admin or [])
    if not no_input:
        _ask(answers, admins, defaults)
    proposal = _proposal(answers, admins, defaults, created)
    problems = proposal.problems()
    if problems:
        raise InputError("cannot write the case: " + "; ".join(problems))
    name = _target_name(output, slug, proposal)
    target = _inside(folder, name)
    proposal.register = _register_reference(resolution, target.parent)
    _write_new(target, channel.render_case(proposal, model))
    shown = folder / name
    typer.echo(f"Wrote {shown} (draft).")
    typer.echo(f"Next: answer every section, then run: smpolicy channel check {shown}")


_QUESTIONS = (
    ("team", "Team asking for the channel"),
    ("platform", "Platform (e.g. linkedin, bluesky, youtube)"),
    ("handle", "Proposed handle or page name"),
    ("purpose", "Purpose and objectives (one or two sentences)"),
    ("audience", "Audience, and the evidence they want this channel"),
    ("owner", "Owner: the person or role accountable"),
    ("monitored_hours", "Hours when responses will be monitored"),
    ("mfa", "Multi-factor authentication on? (yes/no/unknown)"),
    ("credentials_held_by", "Who holds the login"),
    ("vault_entry", "Name of the vault entry holding the login (not the password)"),
)


def _ask(answers: dict[str, Any], admins: list[str], defaults: dict[str, str]) -> None:
    from smpolicy.vocabulary import MFA_STATES, PLATFORMS

    choices = {"platform": PLATFORMS, "mfa": MFA_STATES}
    for key, question in _QUESTIONS:
        if answers[key] is None:
            answers[key] = _prompt(question, defaults.get(key), choices.get(key))
        if key == "owner":
            _ask_admins(admins)


def _prompt(question: str, default: str | None, choices: tuple[str, ...] | None) -> str:
    while True:
        value = typer.prompt(question, default=default, show_default=bool(default)).strip()
        if choices is None or value in choices:
            return value
        typer.echo(f"Please answer one of: {', '.join(choices)}", err=True)


def _ask_admins(admins: list[str]) -> None:
    from smpolicy.channel import distinct

    if len(distinct(admins)) >= 2:  # given as options: nothing to ask
        return
    while len(distinct(admins)) < 2:
        admins.append(typer.prompt(f"Admin {len(distinct(admins)) + 1} (at least two)").strip())
    while True:
        more = typer.prompt("Another admin (leave empty to finish)", default="", show_default=False).strip()
        if not more:
            return
        admins.append(more)


def _proposal(answers: dict[str, Any], admins: list[str], defaults: dict[str, str], created: dt.date) -> "Proposal":
    from smpolicy.channel import Proposal

    missing = [f"--{k.replace('_', '-')}" for k in ("team", "platform", "handle", "owner") if not answers[k]]
    if missing:
        raise InputError(f"missing {', '.join(missing)} (needed with --no-input)")
    values = {key: (value if value is not None else defaults.get(key, "")) for key, value in answers.items()}
    values["platform"] = values["platform"].strip().lower()
    values["mfa"] = values["mfa"].strip().lower()
    return Proposal(admins=admins, created=created, **values)


def _target_name(output: str | None, slug: str | None, proposal: "Proposal") -> str:
    from smpolicy import channel

    if output is not None:
        return channel.checked_relative_name(output)
    words = channel.checked_slug(slug) if slug else proposal.team
    return channel.default_name(proposal.created, proposal.platform, words)


def _inside(folder: Path, name: str) -> Path:
    """The case file inside `folder`; refuses anything that would land outside it."""
    if "\x00" in str(folder):
        raise InputError("--dir contains a NUL byte")
    base = folder.expanduser().resolve()
    target = (base / name).resolve()
    if base not in target.parents:
        raise InputError(f"{name!r} resolves outside {folder} (a symbolic link?); choose another name")
    return target


def _write_new(target: Path, text: str) -> None:
    """Write a file that must not exist yet: temp file, then a hard link that fails if it does."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() or target.is_symlink():
            raise InputError("already exists; smpolicy never overwrites a case (choose --output or --slug)", path=target)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", path=target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
        _link_exclusive(temp, target)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", path=target) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _link_exclusive(temp: str, target: Path) -> None:
    try:
        os.link(temp, target)
    except FileExistsError:
        raise InputError("already exists; smpolicy never overwrites a case", path=target) from None
    except OSError as error:
        # Some file systems have no hard links: fall back to an exclusive create.
        try:
            with open(target, "x", encoding="utf-8", newline="\n") as stream:
                stream.write(Path(temp).read_text(encoding="utf-8"))
        except FileExistsError:
            raise InputError("already exists; smpolicy never overwrites a case", path=target) from None
        except OSError:
            raise InputError(f"cannot write: {error.strerror or error}", path=target) from None


# --- check ---------------------------------------------------------------------------------------


@app.command("check")
def check(
    file: Annotated[Path, typer.Argument(help="The case file (Markdown with +++ front matter).")],
    register: RegisterOption = None,
    output_format: Annotated[CheckFormat, typer.Option("--format", help="Output format.")] = CheckFormat.text,
) -> None:
    """Report every gap that stops a case being approved. Exit 1 when it is incomplete."""
    from smpolicy.channel import CaseReport, blocking

    case, resolution, findings = _checked(file, register)
    complete = not blocking(findings)
    if output_format is CheckFormat.json:
        report = CaseReport(
            file=str(file), register_file=str(resolution.path), status=case.status,
            complete=complete, findings=findings,
        )
        typer.echo(report.model_dump_json(indent=2))
    else:
        _print_findings(str(file), findings)
        _print_verdict(str(file), case, findings, complete)
    if not complete:
        raise typer.Exit(EXIT_FINDINGS)


def _checked(file: Path, option: str | None) -> tuple["Case", "Resolution", list["CaseFinding"]]:
    from smpolicy import channel, registers
    from smpolicy.lint.context import context_from_data

    case = _read_case(file)
    resolution = _case_register(case, option)
    path = _register_file(resolution)
    text = registers.read_text(path)
    data = registers.parse_toml(text, path)
    model = registers.validate(data, text, path)
    context = context_from_data(data, now=dt.datetime.now(dt.timezone.utc))
    findings = channel.check_case(case, model, context, business_case=_business_case(file, path))
    return case, resolution, findings


def _print_findings(file: str, findings: list["CaseFinding"]) -> None:
    from smpolicy.cli import output

    if not findings:
        return
    if output.is_plain():
        for finding in findings:
            typer.echo(f"{file}:{finding.line or 1}: {finding.severity}: {finding.code}: {finding.message}")
        return
    from rich.markup import escape

    # Messages quote the user's words (handles, team names): never read them as rich markup.
    rows = [(f.line or "", f.severity, f.code, escape(f.message)) for f in findings]
    output.print_table(escape(f"{file}: {len(findings)} finding(s)"), ("line", "severity", "code", "problem"), rows)


def _print_verdict(file: str, case: "Case", findings: list["CaseFinding"], complete: bool) -> None:
    if complete and case.status == "approved":
        typer.echo(f"{file}: complete; approved by {case.string('approved_by') or 'someone'} on {case.front.get('approved_on')}")
    elif complete:
        typer.echo(f"{file}: complete; ready for: smpolicy channel approve {file} --by NAME")
    else:
        typer.echo(f"{file}: incomplete: {len(findings)} finding(s); not ready for approval")


# --- approve -------------------------------------------------------------------------------------


@app.command("approve")
def approve(
    file: Annotated[Path, typer.Argument(help="The completed case file.")],
    by: Annotated[str, typer.Option("--by", help="Who approves (name or role).")],
    on: Annotated[Optional[str], typer.Option("--on", help="Date of approval, YYYY-MM-DD (default: today).")] = None,
    register: RegisterOption = None,
) -> None:
    """Approve a complete case: add the account to the register and mark the case approved.

    One locked, atomic, comment-preserving register write; the case file is changed only after
    it succeeds. Refuses an incomplete case (exit 1) and a case already approved. If an earlier
    approval of the same case added the account but stopped before marking the case, approving
    again marks it without adding the account twice.
    """
    from smpolicy import channel, store

    if not by.strip():
        raise InputError("--by must name who approves")
    approved_on = _day(on, "--on") if on else dt.date.today()
    case, resolution, findings = _checked(file, register)
    refusal = channel.approval_refusal(case)
    if refusal:
        raise InputError(refusal, path=file)
    target = store.editable_path(resolution)
    _refuse_other_register(case, register, target)
    if channel.blocking(findings):
        _print_findings(str(file), findings)
        typer.echo(f"{file}: not approved: the case is incomplete ({len(findings)} finding(s))", err=True)
        raise typer.Exit(EXIT_FINDINGS)
    reference = _business_case(file, target)
    new_text = channel.approved_text(case, by.strip(), approved_on)
    added = store.edit(target, lambda doc: _add_account(doc, case, by.strip(), approved_on, reference))
    _replace_case(file, new_text)
    shown = os.path.normpath(target)
    if added is False:
        typer.echo(f"{case.string('handle')} on {case.string('platform')} was already in {shown} from this case; {file} marked approved.")
        return
    typer.echo(f"Approved {case.string('handle')} on {case.string('platform')}: added to {shown}; {file} marked approved.")


def _add_account(doc: Any, case: "Case", by: str, on: dt.date, reference: str) -> None:
    from smpolicy import channel, store
    from smpolicy.errors import StoreError

    handle = case.string("handle")
    wanted = handle.lower().lstrip("@")
    same = [t for t in doc.get("accounts", []) if str(t.get("handle") or "").lower().lstrip("@") == wanted]
    if same and all(str(t.get("business_case") or "") == reference for t in same):
        # Added by an approval of this very case that stopped before marking the case approved:
        # leave the register as it is, so the case is marked now.
        return False
    if same:
        raise StoreError(f"handle {handle!r} was added to the register meanwhile; nothing written")
    table = store.add_account(doc, channel.account_fields(case, by, on, reference))
    store.append_history(table, channel.approval_history(case, by, on, reference))


def _replace_case(file: Path, text: str) -> None:
    import tempfile

    target = Path(os.path.realpath(file))
    try:
        mode = target.stat().st_mode & 0o7777
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as error:
        raise InputError(
            f"the account was added to the register, but the case could not be marked approved "
            f"({error.strerror or error}); set status = \"approved\" in it by hand",
            path=file,
        ) from None


# --- shared -------------------------------------------------------------------------------------


def _read_case(file: Path) -> "Case":
    from smpolicy.channel import MAX_CASE_BYTES, parse_case

    try:
        if file.is_dir():
            raise InputError("is a folder, not a case file", path=file)
        if file.stat().st_size > MAX_CASE_BYTES:
            raise InputError(f"is larger than {MAX_CASE_BYTES:,} bytes; not a case file", path=file)
        with file.open("rb") as stream:  # bounded: a device or pipe reports size 0
            raw = stream.read(MAX_CASE_BYTES + 1)
        if len(raw) > MAX_CASE_BYTES:
            raise InputError(f"is larger than {MAX_CASE_BYTES:,} bytes; not a case file", path=file)
    except FileNotFoundError:
        raise InputError("no such file", path=file) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=file) from None
    if b"\x00" in raw:
        raise InputError("contains NUL bytes; a case is a UTF-8 text file", path=file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError("not valid UTF-8", path=file, line=raw[: error.start].count(b"\n") + 1) from None
    return parse_case(text, str(file))


def _resolve(option: str | None) -> "Resolution":
    from smpolicy import registers

    return registers.resolve(option)


def _case_register(case: "Case", option: str | None) -> "Resolution":
    """--register if given, else the register named in the case, else the usual search."""
    from smpolicy import registers
    from smpolicy.errors import RegisterError

    named = case.string("register")
    if option or not named:
        return registers.resolve(option)
    try:
        return registers.resolve(named, environ={}, cwd=Path(case.path).parent)
    except RegisterError:
        raise InputError(
            f"the case names register {named!r}, which is neither a file beside it nor a bundled "
            "register; fix 'register' or pass --register",
            path=case.path,
            line=case.front_lines.get("register"),
        ) from None


def _refuse_other_register(case: "Case", option: str | None, target: Path) -> None:
    """An approval lands in the register the case was written for, never silently elsewhere."""
    if not option or not case.string("register"):
        return
    named = _case_register(case, None)
    if os.path.realpath(named.path) != os.path.realpath(target):
        raise InputError(
            f"the case was written for register {case.string('register')!r} but --register is "
            f"{option!r}; fix 'register' in the case to approve it into another register",
            path=case.path,
            line=case.front_lines.get("register"),
        )


def _register_file(resolution: "Resolution") -> Path:
    if resolution.path.is_dir():
        raise InputError("is a folder of registers; pass one register file with --register", path=resolution.path)
    return resolution.path


def _register_reference(resolution: "Resolution", case_folder: Path) -> str:
    """How a case names its register: a bundled name, else a path relative to the case."""
    if resolution.bundled:
        return resolution.path.stem
    return Path(os.path.relpath(resolution.path.resolve(), case_folder)).as_posix()


def _business_case(file: Path, register_file: Path) -> str:
    """How the register points at the case: relative to the register's folder."""
    folder = Path(os.path.realpath(register_file)).parent
    try:
        return Path(os.path.relpath(Path(file).resolve(), folder)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(file).resolve().as_posix()


def _day(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date: use YYYY-MM-DD") from None
