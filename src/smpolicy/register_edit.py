"""The changes `smpolicy register add/update/set-status/remove` make to a register document.

Each function takes the `tomlkit` document `store.edit` hands it, checks the request and changes
the document; `store.edit` then validates the whole file and writes it atomically. Values are
checked here first so the error names the option the user typed (and a secret-looking value is
refused without being echoed). No I/O, no clock: dates are passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from smpolicy.errors import InputError
from smpolicy.vocabulary import ACCOUNT_STATUSES, MFA_STATES, PLATFORMS

# Fields `update` may set; status changes go through `set_status` so they are recorded.
UPDATABLE = (
    "platform",
    "type",
    "handle",
    "name",
    "admins",
    "owner_team",
    "mfa",
    "credentials_held_by",
    "vault_entry",
    "last_access_review",
    "business_case",
    "notes",
)
REQUIRED = ("platform", "name")
DATE_FIELDS = ("status_since", "last_access_review")


# `register set-status` takes the status fields as --reason and --since.
_OPTIONS = {"status_reason": "--reason", "status_since": "--since"}


def option_name(field: str) -> str:
    return _OPTIONS.get(field, "--" + field.replace("_", "-"))


def clean_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Checked copies of the values given; None means "not given" and is dropped."""
    cleaned: dict[str, Any] = {}
    for field, value in fields.items():
        if value is None:
            continue
        cleaned[field] = _clean(field, value)
    return cleaned


def _clean(field: str, value: Any) -> Any:
    from smpolicy.credentials import looks_like, value_secret_reason
    from smpolicy.dates import PolicyDate

    values = list(value) if isinstance(value, (list, tuple)) else [value]
    for item in values:
        if not isinstance(item, str) or not item.strip():
            raise InputError(f"{option_name(field)}: a value is empty")
        reason = value_secret_reason(item)
        if reason:
            raise InputError(
                f"{option_name(field)}: {looks_like(reason)}; a register must never hold secrets (value not shown)"
            )
    if isinstance(value, (list, tuple)):
        return [item.strip() for item in value]
    value = value.strip()
    choices = {"platform": PLATFORMS, "status": ACCOUNT_STATUSES, "mfa": MFA_STATES}.get(field)
    if choices and value not in choices:
        raise InputError(f"{option_name(field)}: {value!r} is not one of {', '.join(choices)}")
    if field in DATE_FIELDS:
        try:
            return str(PolicyDate.parse(value))
        except ValueError as error:
            raise InputError(f"{option_name(field)}: {error}") from None
    return value


def one_account(doc: Any, key: str) -> Any:
    """The single account table `key` names; unknown or ambiguous keys are input errors."""
    from smpolicy.register_views import close_matches
    from smpolicy.store import find_account_tables

    found = find_account_tables(doc, key)
    accounts = list(doc.get("accounts", []))
    if not found:
        raise InputError(f"no account {key!r} in the register{close_matches(accounts, key)}")
    if len(found) > 1:
        labels = ", ".join(label(table) for table in found)
        raise InputError(f"{key!r} matches {len(found)} accounts ({labels}); name one as platform:handle")
    return found[0]


def label(table: Mapping[str, Any]) -> str:
    return f"{table.get('platform')}:{table.get('handle') or table.get('name')}"


def _refuse_duplicate(doc: Any, platform: str, handle: str | None, name: str, itself: Any = None) -> None:
    for table in doc.get("accounts", []):
        if table is itself or table.get("platform") != platform:
            continue
        if handle and str(table.get("handle") or "").lower().lstrip("@") == handle.lower().lstrip("@"):
            raise InputError(f"{platform} already has an account with handle {handle} ({table.get('name')!r})")
        if not handle and not table.get("handle") and str(table.get("name", "")).lower() == name.lower():
            raise InputError(f"{platform} already has an account named {name!r}")


def add(doc: Any, fields: Mapping[str, Any]) -> str:
    """Append a new account; returns its label."""
    from smpolicy.store import add_account

    cleaned = clean_fields(fields)
    for field in REQUIRED:
        if field not in cleaned:
            raise InputError(f"{option_name(field)} is required")
    cleaned.setdefault("status", "active")
    _refuse_duplicate(doc, cleaned["platform"], cleaned.get("handle"), cleaned["name"])
    add_account(doc, cleaned)
    return label(cleaned)


@dataclass(frozen=True)
class Update:
    """What `register update` was asked to do."""

    values: Mapping[str, Any]
    add_admins: tuple[str, ...] = ()
    remove_admins: tuple[str, ...] = ()
    clear: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        given = any(value is not None for value in self.values.values())
        return not (given or self.add_admins or self.remove_admins or self.clear)


def update(doc: Any, key: str, request: Update) -> str:
    """Change fields of one account in place (comments and other fields untouched)."""
    if request.is_empty():
        raise InputError("nothing to update: give at least one field option (see --help)")
    table = one_account(doc, key)
    cleaned = clean_fields(request.values)
    unknown = [field for field in (*cleaned, *request.clear) if field not in UPDATABLE]
    if unknown:
        raise InputError(f"cannot update {', '.join(unknown)} (use set-status for status changes)")
    for field in request.clear:
        if field in REQUIRED:
            raise InputError(f"cannot clear {field}: every account needs one")
        if field in table:
            del table[field]
    for field, value in cleaned.items():
        table[field] = value
    _change_admins(table, request)
    _refuse_duplicate(doc, table.get("platform"), table.get("handle"), table.get("name", ""), itself=table)
    return label(table)


def _change_admins(table: Any, request: Update) -> None:
    if not (request.add_admins or request.remove_admins):
        return
    added = clean_fields({"admins": list(request.add_admins)}).get("admins", []) if request.add_admins else []
    current = [str(admin) for admin in table.get("admins", [])]
    missing = [name for name in request.remove_admins if name.lower() not in {a.lower() for a in current}]
    if missing:
        raise InputError(f"--remove-admin: {', '.join(missing)} is not an admin of {label(table)}")
    removed = {name.lower() for name in request.remove_admins}
    kept = [admin for admin in current if admin.lower() not in removed]
    new = [admin for admin in added if admin.lower() not in {a.lower() for a in kept}]
    if "admins" not in table:
        table["admins"] = new
        return
    # Changed in place, so a list written one admin per line stays that way.
    admins = table["admins"]
    for index in reversed(range(len(current))):
        if current[index].lower() in removed:
            del admins[index]
    for admin in new:
        admins.append(admin)


def set_status(doc: Any, key: str, status: str, reason: str, since: str, by: str | None = None) -> str:
    """Set status, status_since and status_reason, and record the change in the account's history."""
    from smpolicy.store import append_history

    cleaned = clean_fields({"status": status, "status_reason": reason, "status_since": since, "by": by})
    table = one_account(doc, key)
    old = str(table.get("status", "active"))
    _keep_previous_status(table, old)
    table["status"] = cleaned["status"]
    table["status_since"] = cleaned["status_since"]
    table["status_reason"] = cleaned["status_reason"]
    entry = {
        "on": cleaned["status_since"],
        "action": "status",
        "by": cleaned.get("by"),
        "note": f"{old} -> {cleaned['status']}: {cleaned['status_reason']}",
    }
    append_history(table, entry)
    return label(table)


def _keep_previous_status(table: Any, old: str) -> None:
    """Copy the status being replaced into the history, unless a history entry already holds it.

    Otherwise the reason a comms team wrote (HSSIB's Board decision on X) would be lost.
    """
    from smpolicy.store import append_history

    since, reason = table.get("status_since"), table.get("status_reason")
    if since is None:
        return  # a history entry needs a date
    recorded = [str(entry.get("on")) for entry in table.get("history", []) if entry.get("action") == "status"]
    if str(since) in recorded:
        return
    append_history(table, {"on": str(since), "action": "status", "note": f"{old}: {reason}" if reason else old})


def remove(doc: Any, key: str) -> str:
    from smpolicy.store import remove_account

    table = one_account(doc, key)
    name = label(table)
    remove_account(doc, table)
    return name
