"""The only module that writes a register.

Every edit (`register add/update/set-status/remove`, `review record`, `channel approve`) goes
through `edit`, so the promises are kept in one place:

- one writer at a time: an OS-level lock on `<register>.lock` beside the file (released by the
  OS if the holder dies, so a lock file left behind never blocks anyone);
- no lost updates: the file is read fresh *under* the lock and the change applied to that text;
- nothing invalid is written: the file is validated before the change (so a broken register is
  reported with its line and left alone) and the new text after it, exactly as `registers.load`
  would (TOML syntax, secrets, the pydantic model); on any error the file is untouched;
- never half a file: the new text goes to a temporary file in the same folder, is flushed and
  fsynced, then `os.replace`d onto the register, and the folder is fsynced; the file mode is kept;
- the user's comments and layout survive: edits are made on a `tomlkit` document, so parts the
  change does not touch are written back byte-for-byte.

The helpers below find and add tables in a `tomlkit` document; they never do I/O.
"""

from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence, TypeVar

from smpolicy.errors import InputError, RegisterError, StoreError

if TYPE_CHECKING:  # tomlkit is imported lazily: it is not needed on the lint hot path
    import tomlkit

T = TypeVar("T")

# The order keys are written in for a new account or history entry: the model's order, so a new
# entry reads like the ones a person wrote.
ACCOUNT_KEYS = (
    "platform",
    "type",
    "handle",
    "name",
    "status",
    "status_since",
    "status_reason",
    "admins",
    "owner_team",
    "mfa",
    "credentials_held_by",
    "vault_entry",
    "last_access_review",
    "business_case",
    "notes",
)
HISTORY_KEYS = ("on", "action", "by", "version", "note")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def editable_path(resolution: Any) -> Path:
    """The file a command may edit, refusing bundled registers and folders of registers."""
    if getattr(resolution, "bundled", False):
        raise StoreError(
            "bundled registers are read-only; copy it to your repository and pass it with "
            "--register (or set register = \"...\" in smpolicy.toml)",
            path=resolution.path,
        )
    path = Path(resolution.path)
    if path.is_dir():
        raise StoreError("is a folder of registers; name one register file to edit", path=path)
    return path


def edit(path: Path, change: Callable[["tomlkit.TOMLDocument"], T], *, timeout: float = 30) -> T:
    """Apply `change` to the register at `path` under an exclusive lock, atomically.

    `change` mutates the document it is given and may raise `InputError`; its return value is
    returned. If the change leaves the text as it was, nothing is written.
    """
    from filelock import FileLock, Timeout

    target = Path(os.path.realpath(path))  # edit the file a symlink points at, not the link
    lock_file = lock_path(target)
    lock = FileLock(str(lock_file), timeout=timeout)
    try:
        # A short poll: edits take milliseconds, so waiters should not sleep long between tries.
        lock.acquire(poll_interval=0.01)
    except Timeout:
        raise StoreError(
            f"register is locked by another smpolicy process (lock file {lock_file}); try again",
            path=path,
        ) from None
    except OSError as error:
        raise StoreError(f"cannot create the lock file {lock_file}: {error.strerror or error}", path=path) from None
    try:
        return _edit_locked(target, Path(path), change)
    finally:
        lock.release()


def _edit_locked(target: Path, shown: Path, change: Callable[[Any], T]) -> T:
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    from smpolicy import registers

    pause_for_test("locked")
    before = registers.read_text(target)
    # A register that is already invalid is reported as a load reports it (with its line), and
    # never edited: a change function could not trust its shape. Duplicate handles are let
    # through so `register update NAME --handle ...` can repair them.
    registers.validate(registers.parse_toml(before, shown), before, shown, duplicate_handles_allowed=True)
    try:
        doc = tomlkit.parse(before)
    except TOMLKitError as error:
        raise RegisterError(f"TOML syntax error: {error}", path=shown) from None
    result = change(doc)
    after = tomlkit.dumps(doc)
    if after == before:
        return result
    _check_new_text(after, shown, before)
    _replace(target, after)
    return result


def _check_new_text(text: str, shown: Path, before: str) -> None:
    from smpolicy import registers

    try:
        data = registers.parse_toml(text, shown)
        registers.validate(data, text, shown)
    except RegisterError as error:
        # A problem the file already had (duplicate handles) is reported at its line in the file.
        registers.validate(registers.parse_toml(before, shown), before, shown)
        # Otherwise the line would point into text that was never written, so it is left out.
        raise StoreError(f"change refused, register not written: {error.message}", path=shown) from None


def _replace(target: Path, text: str) -> None:
    folder = target.parent
    mode = target.stat().st_mode & 0o7777
    _remove_stale_temps(target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise StoreError(f"cannot write in {folder}: {error.strerror or error}", path=target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            half = len(text) // 2
            stream.write(text[:half])
            pause_for_test("temp-partial")
            stream.write(text[half:])
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        pause_for_test("temp-written")
        os.replace(temp_name, target)
    except BaseException as error:
        _remove_quietly(temp_name)
        if isinstance(error, OSError):
            raise StoreError(f"cannot write: {error.strerror or error}", path=target) from None
        raise
    _fsync_folder(folder)
    pause_for_test("replaced")


def _remove_stale_temps(target: Path) -> None:
    """Delete temporary files a killed writer left behind.

    Only a writer holding the lock makes one, and we hold it now, so any that exist are stale.
    """
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            os.unlink(stale)
        except OSError:
            pass  # left for the next writer; it never stops this one


# Test hook, for the killed-writer tests only: SMPOLICY_TEST_PAUSE="<point>:<marker file>" makes
# a writer create the marker file and sleep when it reaches <point> (locked, temp-partial,
# temp-written, replaced), so a test can SIGKILL it exactly there. Unset, it costs one lookup.
PAUSE_ENV = "SMPOLICY_TEST_PAUSE"


def pause_for_test(point: str) -> None:
    wanted, _, marker = os.environ.get(PAUSE_ENV, "").partition(":")
    if wanted != point:
        return
    import time

    Path(marker).touch()
    time.sleep(600)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except FileNotFoundError:
        pass


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; some platforms cannot open a folder, which is harmless.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- finding tables in a document -------------------------------------------------------------


def _norm(text: Any) -> str:
    return str(text).strip().lower().lstrip("@")


def _account_key(table: Mapping[str, Any]) -> str:
    handle = table.get("handle")
    return str(handle) if handle else f"{table.get('platform')}:{table.get('name')}"


def match_accounts(accounts: Sequence[Mapping[str, Any]], key: str) -> list[int]:
    """Indexes of the accounts matching `key`, in file order (shared by every command).

    `key` is a handle (with or without @), a name, or `platform:handle` / `platform:name`;
    case-insensitive. An exact match on an account's key (its handle, else `platform:name`)
    wins; otherwise every account whose handle or name matches is returned, so a handle used on
    two platforms (HSSIB's @theHSSIB on YouTube and X) gives both.
    """
    wanted = _norm(key)
    exact = [i for i, a in enumerate(accounts) if _norm(_account_key(a)) == wanted]
    if exact:
        return exact
    if ":" in wanted:
        platform, _, rest = wanted.partition(":")
        rest = rest.strip().lstrip("@")
        scoped = [
            i
            for i, a in enumerate(accounts)
            if _norm(a.get("platform", "")) == platform.strip()
            and rest in (_norm(a.get("handle") or ""), _norm(a.get("name", "")))
        ]
        if scoped:
            return scoped
    return [
        i
        for i, a in enumerate(accounts)
        if (a.get("handle") and _norm(a["handle"]) == wanted) or _norm(a.get("name", "")) == wanted
    ]


def find_account_tables(doc: Any, key: str) -> list[Any]:
    """The `[[accounts]]` tables matching `key` (see `match_accounts`), in file order."""
    accounts = list(doc.get("accounts", []))
    return [accounts[i] for i in match_accounts(accounts, key)]


def find_policy_table(doc: Any, policy_id: str) -> Any | None:
    """The `[[policies]]` table with this id (case-insensitive), or None."""
    for table in doc.get("policies", []):
        if _norm(table.get("id", "")) == _norm(policy_id):
            return table
    return None


# --- adding tables, keeping the file's layout -------------------------------------------------


def _ordered(fields: Mapping[str, Any], order: tuple[str, ...]) -> list[tuple[str, Any]]:
    known = [(key, fields[key]) for key in order if key in fields]
    extra = [(key, value) for key, value in fields.items() if key not in order]
    return [(key, value) for key, value in known + extra if value is not None]


def _deepest_last(table: Any) -> Any:
    """The table whose body holds the last lines rendered for `table` (its last sub-table's)."""
    from tomlkit.items import AoT, Comment, Table, Whitespace

    while True:
        body = table.value.body
        if not body or isinstance(body[-1][1], (Whitespace, Comment)):
            return table
        last = body[-1][1]
        if isinstance(last, AoT) and len(last):
            table = last[-1]
        elif isinstance(last, Table):
            table = last
        else:
            return table


def _detach_tail(table: Any) -> list[tuple[None, Any]]:
    """Take away the blank lines and comments that end `table`'s rendering.

    In the file they sit just above the next header and belong to it ("# Appendix 1: ..."
    introducing the accounts), so a block inserted here goes before them, not after.
    """
    from tomlkit.items import Comment, Whitespace

    body = _deepest_last(table).value.body
    count = 0
    while count < len(body) and isinstance(body[-1 - count][1], (Whitespace, Comment)):
        count += 1
    tail = body[len(body) - count :]
    # Only unkeyed items at the very end are removed, so the container's key index stays valid.
    del body[len(body) - count :]
    return tail


def _new_table(fields: list[tuple[str, Any]], tail: list[tuple[None, Any]]) -> Any:
    import tomlkit

    table = tomlkit.table()
    for key, value in fields:
        table.add(key, value)
    table.trivia.indent = "\n"  # one blank line above the new header
    table.value.body.extend(tail)
    return table


def _append_to_aot(aot: Any, fields: list[tuple[str, Any]]) -> Any:
    tail = _detach_tail(aot[-1]) if len(aot) else []
    aot.append(_new_table(fields, tail))
    return aot[-1]


def add_account(doc: Any, fields: Mapping[str, Any]) -> Any:
    """Append an `[[accounts]]` table after the last one; returns the new table.

    Keys are written in the model's order; None values are left out. The caller validates the
    values (the store validates the whole file before writing anything).
    """
    import tomlkit
    from tomlkit.items import AoT, Array

    ordered = _ordered(fields, ACCOUNT_KEYS)
    accounts = doc.get("accounts")
    if isinstance(accounts, Array):  # accounts = [{...}, ...] written inline
        accounts.append(tomlkit.inline_table())
        for key, value in ordered:
            accounts[-1][key] = value
        return accounts[-1]
    if isinstance(accounts, AoT):
        return _append_to_aot(accounts, ordered)
    if accounts is not None:
        raise InputError("'accounts' must be an array of tables ([[accounts]])")
    aot = tomlkit.aot()
    aot.append(_new_table(ordered, []))
    doc.append("accounts", aot)
    return doc["accounts"][-1]


def append_history(table: Any, entry: Mapping[str, Any]) -> Any:
    """Append an entry to the item's `history` (an array of tables), creating it if missing.

    A new `[[accounts.history]]` block goes at the end of its item, before the blank line that
    separated the item from the next header, so the file still reads as one block per item.
    """
    import tomlkit
    from tomlkit.items import AoT, Array, InlineTable

    ordered = _ordered(entry, HISTORY_KEYS)
    history = table.get("history")
    if isinstance(history, AoT) and len(history):
        return _append_to_aot(history, ordered)
    if isinstance(history, Array) or isinstance(table, InlineTable):
        if history is None:
            table["history"] = tomlkit.array()
            history = table["history"]
        inline = tomlkit.inline_table()
        for key, value in ordered:
            inline[key] = value
        history.append(inline)
        return history[-1]
    if history is not None and not isinstance(history, AoT):
        raise InputError("'history' must be an array of tables ([[...history]])")
    if history is not None:
        del table["history"]
    aot = tomlkit.aot()
    aot.append(_new_table(ordered, _detach_tail(table)))
    table.append("history", aot)
    return table["history"][-1]


def remove_account(doc: Any, table: Any) -> None:
    """Delete one `[[accounts]]` table (with its history), keeping the comments above the next header."""
    from tomlkit.items import AoT, Comment

    accounts = doc.get("accounts")
    index = next((i for i, item in enumerate(accounts or []) if item is table), None)
    if index is None:
        raise InputError("account not found in the register")
    if not isinstance(accounts, AoT):
        del accounts[index]
        return
    tail = _detach_tail(table)
    keeps_comments = any(isinstance(item, Comment) for _key, item in tail)
    del accounts[index]
    if not keeps_comments:
        return
    if index < len(accounts):
        # The comments introduced the next account: they stay above its header.
        # The blank line above them is already there, ending the previous block.
        following = accounts[index]
        text = "".join(item.as_string() for _key, item in tail).lstrip("\n")
        following.trivia.indent = text + following.trivia.indent.lstrip("\n")
    elif index > 0:
        _detach_tail(accounts[index - 1])
        _deepest_last(accounts[index - 1]).value.body.extend(tail)
