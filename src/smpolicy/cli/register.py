"""`smpolicy register`: list, show and check the register of official accounts, and edit it.

Wiring only: views live in `register_views`, hygiene in `register_check`, edits in
`register_edit`, and every write goes through `store.edit`.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from smpolicy.cli.options import RegisterOption
from smpolicy.errors import EXIT_FINDINGS, EXIT_INPUT, InputError
from smpolicy.vocabulary import ACCOUNT_STATUSES, MFA_STATES, PLATFORMS

app = typer.Typer(
    help="The register of official accounts: list, show and check it, and edit it safely.",
    no_args_is_help=True,
)

PlatformChoice = enum.Enum("PlatformChoice", {name: name for name in PLATFORMS}, type=str)
StatusChoice = enum.Enum("StatusChoice", {name: name for name in ACCOUNT_STATUSES}, type=str)
MfaChoice = enum.Enum("MfaChoice", {name: name for name in MFA_STATES}, type=str)


class ListFormat(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class TextFormat(str, enum.Enum):
    text = "text"
    json = "json"


def _value(choice: Any) -> Any:
    return choice.value if isinstance(choice, enum.Enum) else choice


def _resolve(register: str | None):
    from smpolicy.registers import resolve

    return resolve(register)


def _load(register: str | None):
    from smpolicy import registers

    resolution = _resolve(register)
    if resolution.path.is_dir():
        raise InputError("is a folder of registers; name one register file with --register", path=resolution.path)
    return resolution, registers.load(resolution.path)


def _parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)") from None


def _emit(format: ListFormat, title: str, headers: tuple[str, ...], rows: list[list[str]], model: Any) -> None:
    from smpolicy import register_views
    from smpolicy.cli.output import print_table

    if format is ListFormat.json:
        typer.echo(model.model_dump_json(indent=2))
    elif format is ListFormat.csv:
        typer.echo(register_views.to_csv(headers, rows), nl=False)
    elif format is ListFormat.markdown:
        typer.echo(register_views.to_markdown(headers, rows), nl=False)
    elif rows:
        print_table(title, headers, rows)
    else:
        typer.echo(f"{title}: nothing to list")


@app.command("list")
def list_accounts(
    register: RegisterOption = None,
    platform: Annotated[Optional[PlatformChoice], typer.Option(help="Only this platform.")] = None,
    status: Annotated[Optional[StatusChoice], typer.Option(help="Only accounts with this status.")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
) -> None:
    """List the official accounts in the register."""
    from smpolicy import register_views

    resolution, reg = _load(register)
    accounts = register_views.filter_accounts(reg, _value(platform), _value(status))
    model = register_views.AccountList(register_path=str(resolution.path), organisation=reg.organisation.name, accounts=accounts)
    title = f"Accounts of {reg.organisation.name}"
    _emit(format, title, register_views.LIST_COLUMNS, register_views.list_rows(accounts), model)


@app.command("admins")
def admins(
    platform: Annotated[Optional[PlatformChoice], typer.Argument(help="Only this platform.", show_default=False)] = None,
    register: RegisterOption = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
) -> None:
    """Authorised admins of each official account, by platform (closed accounts left out)."""
    from smpolicy import register_views

    resolution, reg = _load(register)
    entries = register_views.admin_entries(reg, _value(platform))
    model = register_views.AdminList(register_path=str(resolution.path), organisation=reg.organisation.name, admins=entries)
    title = f"Authorised admins of {reg.organisation.name} accounts"
    _emit(format, title, register_views.ADMIN_COLUMNS, register_views.admin_rows(entries), model)


@app.command("show")
def show(
    key: Annotated[str, typer.Argument(metavar="HANDLE_OR_NAME", help="A handle, a name, or platform:handle.")],
    register: RegisterOption = None,
    format: Annotated[TextFormat, typer.Option("--format", "-f", help="Output format.")] = TextFormat.text,
) -> None:
    """Everything the register records about one account (every match, if a handle is on two platforms)."""
    from smpolicy import register_views
    from smpolicy.cli.output import print_table

    resolution, reg = _load(register)
    found = register_views.find_accounts(reg, key)
    if format is TextFormat.json:
        typer.echo(register_views.AccountDetails(register_path=str(resolution.path), accounts=found).model_dump_json(indent=2))
        return
    if len(found) > 1:
        typer.echo(f"{key} matches {len(found)} accounts.")
    for account in found:
        print_table(f"{account.platform}:{account.handle or account.name}", ("field", "value"), register_views.detail_rows(account))


@app.command("path")
def path(
    register: RegisterOption = None,
    format: Annotated[TextFormat, typer.Option("--format", "-f", help="Output format.")] = TextFormat.text,
) -> None:
    """Which register is in use, and why (option, environment, config file or bundled default)."""
    from smpolicy.register_views import RegisterInUse

    resolution = _resolve(register)
    if format is TextFormat.json:
        model = RegisterInUse(
            path=str(resolution.path), source=resolution.source, detail=resolution.detail, bundled=resolution.bundled
        )
        typer.echo(model.model_dump_json(indent=2))
    else:
        typer.echo(resolution.explain())


@app.command("check")
def check(
    files: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Register files to check (default: the register in use).", show_default=False),
    ] = None,
    register: RegisterOption = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Check as on this date (YYYY-MM-DD; default today).")] = None,
    format: Annotated[TextFormat, typer.Option("--format", "-f", help="Output format.")] = TextFormat.text,
) -> None:
    """Validate register files and their hygiene: admins, MFA, credentials, access reviews, dormant accounts.

    One finding per line: file:line: platform:account: message. Exit 1 when anything is found,
    2 when a file cannot be read or is not a valid register.
    """
    from smpolicy import register_check

    day = _parse_date(as_of, "--as-of") or dt.date.today()
    paths = list(files) if files else register_check.register_files(_resolve(register).path)
    report = register_check.check_files(paths, day)
    if format is TextFormat.json:
        typer.echo(report.model_dump_json(indent=2))
    else:
        for finding in report.findings:
            typer.echo(finding.text())
        for error in report.errors:
            typer.echo(f"smpolicy: error: {error}", err=True)
        if not report.findings and not report.errors:
            typer.echo(f"{len(paths)} register file(s) checked: no problems found")
    if report.errors:
        raise typer.Exit(EXIT_INPUT)
    if report.findings:
        raise typer.Exit(EXIT_FINDINGS)


# --- editing ----------------------------------------------------------------------------------


def _edit(register: str | None, change: Any) -> str:
    from smpolicy import store

    path = store.editable_path(_resolve(register))
    return store.edit(path, change)


AdminOption = Annotated[
    Optional[list[str]], typer.Option("--admin", help="An authorised admin (role, team or person); repeat for more.")
]


@app.command("add")
def add(
    platform: Annotated[PlatformChoice, typer.Option(help="The platform.", show_default=False)],
    name: Annotated[str, typer.Option(help="How people refer to the account.", show_default=False)],
    handle: Annotated[Optional[str], typer.Option(help="The handle, e.g. @theHSSIB.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="E.g. 'Social media', 'Video'.")] = None,
    admin: AdminOption = None,
    owner_team: Annotated[Optional[str], typer.Option(help="The team answerable for the account.")] = None,
    mfa: Annotated[Optional[MfaChoice], typer.Option(help="Is two-step verification on?")] = None,
    credentials_held_by: Annotated[Optional[str], typer.Option(help="Who holds the credentials.")] = None,
    vault_entry: Annotated[Optional[str], typer.Option(help="The NAME of the vault entry (never a secret).")] = None,
    status: Annotated[Optional[StatusChoice], typer.Option(help="Default: active.")] = None,
    business_case: Annotated[Optional[str], typer.Option(help="Path to the approved business case.")] = None,
    last_access_review: Annotated[Optional[str], typer.Option(help="Date the admins were last reviewed.")] = None,
    register: RegisterOption = None,
) -> None:
    """Add an account to the register (validated first; nothing is written on any error)."""
    from smpolicy import register_edit

    fields = {
        "platform": _value(platform),
        "type": type,
        "handle": handle,
        "name": name,
        "status": _value(status),
        "admins": admin,
        "owner_team": owner_team,
        "mfa": _value(mfa),
        "credentials_held_by": credentials_held_by,
        "vault_entry": vault_entry,
        "last_access_review": last_access_review,
        "business_case": business_case,
    }
    label = _edit(register, lambda doc: register_edit.add(doc, fields))
    typer.echo(f"added {label}")


@app.command("update")
def update(
    key: Annotated[str, typer.Argument(metavar="HANDLE_OR_NAME", help="A handle, a name, or platform:handle.")],
    platform: Annotated[Optional[PlatformChoice], typer.Option(help="The platform.")] = None,
    name: Annotated[Optional[str], typer.Option(help="How people refer to the account.")] = None,
    handle: Annotated[Optional[str], typer.Option(help="The handle.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="E.g. 'Social media'.")] = None,
    admin: Annotated[Optional[list[str]], typer.Option("--admin", help="Replace the admins; repeat for more.")] = None,
    add_admin: Annotated[Optional[list[str]], typer.Option("--add-admin", help="Add an admin; repeatable.")] = None,
    remove_admin: Annotated[Optional[list[str]], typer.Option("--remove-admin", help="Remove an admin; repeatable.")] = None,
    owner_team: Annotated[Optional[str], typer.Option(help="The team answerable for the account.")] = None,
    mfa: Annotated[Optional[MfaChoice], typer.Option(help="Is two-step verification on?")] = None,
    credentials_held_by: Annotated[Optional[str], typer.Option(help="Who holds the credentials.")] = None,
    vault_entry: Annotated[Optional[str], typer.Option(help="The NAME of the vault entry (never a secret).")] = None,
    business_case: Annotated[Optional[str], typer.Option(help="Path to the approved business case.")] = None,
    last_access_review: Annotated[Optional[str], typer.Option(help="Date the admins were last reviewed.")] = None,
    notes: Annotated[Optional[str], typer.Option(help="Free text.")] = None,
    clear: Annotated[Optional[list[str]], typer.Option("--clear", help="Remove this field (e.g. handle); repeatable.")] = None,
    register: RegisterOption = None,
) -> None:
    """Change fields of one account; status changes use `register set-status`."""
    from smpolicy import register_edit

    request = register_edit.Update(
        values={
            "platform": _value(platform),
            "name": name,
            "handle": handle,
            "type": type,
            "admins": admin,
            "owner_team": owner_team,
            "mfa": _value(mfa),
            "credentials_held_by": credentials_held_by,
            "vault_entry": vault_entry,
            "business_case": business_case,
            "last_access_review": last_access_review,
            "notes": notes,
        },
        add_admins=tuple(add_admin or ()),
        remove_admins=tuple(remove_admin or ()),
        clear=tuple(field.replace("-", "_") for field in clear or ()),
    )
    label = _edit(register, lambda doc: register_edit.update(doc, key, request))
    typer.echo(f"updated {label}")


@app.command("set-status")
def set_status(
    key: Annotated[str, typer.Argument(metavar="HANDLE_OR_NAME", help="A handle, a name, or platform:handle.")],
    status: Annotated[StatusChoice, typer.Argument(help="The new status.", show_default=False)],
    reason: Annotated[str, typer.Option(help="Why (recorded in status_reason and the history).", show_default=False)],
    since: Annotated[Optional[str], typer.Option(help="Date of the change (default today).")] = None,
    by: Annotated[Optional[str], typer.Option(help="Who made the decision.")] = None,
    register: RegisterOption = None,
) -> None:
    """Set an account's status (active, dormant, closed, proposed) and record it in its history."""
    from smpolicy import register_edit

    day = since or dt.date.today().isoformat()
    label = _edit(register, lambda doc: register_edit.set_status(doc, key, _value(status), reason, day, by))
    typer.echo(f"{label} is now {_value(status)}")


@app.command("remove")
def remove(
    key: Annotated[str, typer.Argument(metavar="HANDLE_OR_NAME", help="A handle, a name, or platform:handle.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    register: RegisterOption = None,
) -> None:
    """Remove an account from the register (to record a closure instead, use set-status closed)."""
    from smpolicy import register_edit

    if not yes:
        _confirm_removal(register, key)
    label = _edit(register, lambda doc: register_edit.remove(doc, key))
    typer.echo(f"removed {label}")


def _confirm_removal(register: str | None, key: str) -> None:
    from smpolicy import register_views

    _resolution, reg = _load(register)
    found = register_views.find_accounts(reg, key)
    if len(found) > 1:
        return  # the edit itself refuses an ambiguous key, with the choices
    account = found[0]
    question = f"Remove {account.platform}:{account.handle or account.name} ({account.name}) from the register?"
    if not typer.confirm(question, default=False):
        typer.echo("nothing removed")
        raise typer.Exit(EXIT_FINDINGS)
