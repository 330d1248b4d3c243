"""Find a register, read it and validate it.

Which register is used, first match wins:

1. `--register/-r` (a path, or the name of a bundled register such as `hra`);
2. the environment variable `SMPOLICY_REGISTER`;
3. `register = "..."` in the nearest `smpolicy.toml`, or under `[tool.smpolicy]` in the nearest
   `pyproject.toml`, searching up from the working directory (a relative path is read from the
   config file's folder);
4. the bundled default, `hssib` (HSSIB005 is the newest of the five source policies and the only
   one with a full register of accounts and admins in an appendix).

Reading is split in two so the lint hot path stays fast: `read_toml` only parses (stdlib
`tomllib`); `load` also validates with pydantic and is used by every command that edits or
reports on the register.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from smpolicy.errors import RegisterError

DEFAULT_REGISTER = "hssib"
ENV_VAR = "SMPOLICY_REGISTER"
CONFIG_FILES = ("smpolicy.toml", "pyproject.toml")
MAX_REGISTER_BYTES = 2 * 1024 * 1024


def bundled_dir() -> Path:
    """The folder holding the bundled registers, in a wheel or in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "_data" / "registers"
    if installed.is_dir():
        return installed
    return here.parents[1] / "data" / "registers"


def bundled_names() -> list[str]:
    return sorted(path.stem for path in bundled_dir().glob("*.toml"))


def bundled_path(name: str) -> Path | None:
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", name):
        return None
    path = bundled_dir() / f"{name}.toml"
    return path if path.is_file() else None


class Resolution(NamedTuple):
    """Which register is in use, and why."""

    path: Path
    source: str  # option | environment | config | default
    detail: str
    bundled: bool

    def explain(self) -> str:
        return f"{self.path} ({self.detail})"


class ProjectConfig(NamedTuple):
    """Settings from `smpolicy.toml` or `[tool.smpolicy]`; `path` is None when there is none."""

    path: Path | None
    data: dict[str, Any]


def _name_or_path(value: str, base: Path, source: str, detail: str) -> Resolution:
    named = bundled_path(value)
    looks_like_path = "/" in value or "\\" in value or value.endswith(".toml")
    if named is not None and not looks_like_path:
        return Resolution(named, source, f"{detail}: bundled register '{value}'", True)
    path = Path(value).expanduser()
    if not path.is_absolute():
        path = base / path
    if path.is_dir():
        return Resolution(path, source, f"{detail}: folder of registers", False)
    if not path.is_file():
        names = ", ".join(bundled_names())
        raise RegisterError(
            f"register {value!r} ({detail}) is neither a file nor a bundled register ({names})",
            path=path,
        )
    return Resolution(path, source, detail, False)


def find_config(start: Path) -> ProjectConfig:
    """The nearest smpolicy.toml, or pyproject.toml with [tool.smpolicy], from `start` upwards."""
    for folder in (start, *start.parents):
        own = folder / "smpolicy.toml"
        if own.is_file():
            return ProjectConfig(own, _read_config(own, ()))
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            data = _read_config(pyproject, ("tool", "smpolicy"))
            if data:
                return ProjectConfig(pyproject, data)
    return ProjectConfig(None, {})


def _read_config(path: Path, table: tuple[str, ...]) -> dict[str, Any]:
    data = read_toml(path)
    for key in table:
        data = data.get(key, {})
        if not isinstance(data, dict):
            raise RegisterError(f"[{'.'.join(table)}] must be a table", path=path)
    return data


def resolve(
    option: str | None,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Resolution:
    environ = os.environ if environ is None else environ
    cwd = Path.cwd() if cwd is None else cwd
    if option:
        return _name_or_path(option, cwd, "option", "--register")
    if environ.get(ENV_VAR):
        return _name_or_path(environ[ENV_VAR], cwd, "environment", f"${ENV_VAR}")
    config = find_config(cwd)
    value = config.data.get("register")
    if value is not None:
        if not isinstance(value, str) or not value:
            raise RegisterError("'register' must be a register name or path", path=config.path)
        return _name_or_path(value, config.path.parent, "config", f"set in {config.path}")
    path = bundled_path(DEFAULT_REGISTER)
    if path is None:  # pragma: no cover - a broken installation
        raise RegisterError(f"the bundled default register '{DEFAULT_REGISTER}' is missing")
    return Resolution(path, "default", f"bundled default '{DEFAULT_REGISTER}'", True)


def read_text(path: Path) -> str:
    """Read a register's text, with one-line errors for every way that can fail."""
    try:
        if path.is_dir():
            raise RegisterError("is a folder, not a register file", path=path)
        size = path.stat().st_size
        if size > MAX_REGISTER_BYTES:
            raise RegisterError(f"register is {size:,} bytes; the limit is {MAX_REGISTER_BYTES:,}", path=path)
        # Bounded: a device or pipe (/dev/zero) reports size 0 and never ends.
        with path.open("rb") as stream:
            raw = stream.read(MAX_REGISTER_BYTES + 1)
        if len(raw) > MAX_REGISTER_BYTES:
            raise RegisterError(f"register is over {MAX_REGISTER_BYTES:,} bytes, the limit", path=path)
    except RegisterError:
        raise
    except FileNotFoundError:
        raise RegisterError("no such file", path=path) from None
    except OSError as error:
        raise RegisterError(f"cannot read: {error.strerror or error}", path=path) from None
    if b"\x00" in raw:
        raise RegisterError("contains NUL bytes; a register is a UTF-8 text file", path=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RegisterError("not valid UTF-8", path=path, line=line) from None


_TOML_POSITION = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.match(message)
        if match:
            raise RegisterError(
                f"TOML syntax error: {match['msg']}",
                path=path,
                line=int(match["line"]),
                column=int(match["col"]),
            ) from None
        raise RegisterError(f"TOML syntax error: {message}", path=path) from None
    except ValueError as error:
        # tomllib refuses integers longer than Python's digit limit with a bare ValueError.
        raise RegisterError(f"TOML value cannot be read: {str(error).partition(';')[0]}", path=path) from None
    except RecursionError:
        raise RegisterError("TOML syntax error: arrays or tables nested too deeply", path=path) from None


def read_toml(path: Path) -> dict[str, Any]:
    return parse_toml(read_text(path), path)


def check_no_secrets(data: dict[str, Any], text: str, path: Path) -> None:
    from smpolicy.credentials import find_secrets

    for finding in find_secrets(data):
        line = locate(text, _path_to_loc(finding.path))
        raise RegisterError(finding.message(), path=path, line=line)


def _path_to_loc(dotted: str) -> tuple[str | int, ...]:
    loc: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", dotted):
        loc.append(int(part[1:-1]) if part.startswith("[") else part)
    return tuple(loc)


def load(path: Path):
    """Read, check for secrets and validate a register file. Returns a `models.Register`."""
    text = read_text(path)
    data = parse_toml(text, path)
    return validate(data, text, path)


def validate(data: dict[str, Any], text: str, path: Path, *, duplicate_handles_allowed: bool = False):
    """The `models.Register` for parsed data; `duplicate_handles_allowed` is for `register check`,
    which reports duplicate handles as findings."""
    from pydantic import ValidationError

    from smpolicy.models import Register

    if not data:
        raise RegisterError("empty register: expected schema_version = 1 and [organisation]", path=path)
    check_no_secrets(data, text, path)
    context = {"duplicate_handles_allowed": duplicate_handles_allowed}
    try:
        return Register.model_validate(data, context=context)
    except ValidationError as error:
        raise _explain(error, text, path) from None


def _explain(error: Any, text: str, path: Path) -> RegisterError:
    """Turn pydantic's first error into `file:line: key: message (did you mean ...?)`."""
    first = error.errors(include_url=False)[0]
    loc = tuple(first.get("loc", ()))
    where = _loc_text(loc)
    message = first.get("msg", "invalid value")
    if first.get("type") == "extra_forbidden":
        message = f"unknown key '{loc[-1]}'" + _did_you_mean(loc)
    elif first.get("type") == "missing":
        message = f"missing required key '{loc[-1]}'"
    elif first.get("type") == "literal_error" and loc and loc[-1] == "schema_version":
        message = "schema_version must be 1"
    message = message.removeprefix("Value error, ")
    prefix = f"{where}: " if where else ""
    return RegisterError(f"{prefix}{message}", path=path, line=locate(text, loc or _named_in(message)))


def _named_in(message: str) -> tuple[Any, ...]:
    """Where a whole-register check points, from its message ("accounts[4]: handle ...")."""
    found = re.match(r"(accounts|policies)\[(\d+)\]: (handle|id)\b", message)
    return (found[1], int(found[2]), found[3]) if found else ()


def _loc_text(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _did_you_mean(loc: tuple[Any, ...]) -> str:
    import difflib

    from smpolicy import models

    owner = _model_at(models.Register, loc[:-1])
    if owner is None:
        return ""
    choices = list(owner.model_fields)
    close = difflib.get_close_matches(str(loc[-1]), choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else f" (expected one of: {', '.join(choices)})"


def _model_at(model: Any, loc: tuple[Any, ...]) -> Any:
    import typing

    from pydantic import BaseModel

    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        annotation = field.annotation
        for arg in (annotation, *typing.get_args(annotation)):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                current = arg
                break
        else:
            return None
    return current


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")


def locate(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best-effort line number (1-based) of the key at `loc` in TOML text.

    Tracks `[table]` and `[[array]]` headers so `('accounts', 2, 'platform')` finds the
    `platform =` line inside the third `[[accounts]]` block.
    """
    if len(loc) > 2 and not any(isinstance(part, int) for part in loc):
        # A key in a nested table: [organisation.monitored_hours] timezone = ...
        found = _key_in_table(text, ".".join(map(str, loc[:-1])), str(loc[-1]))
        if found is not None:
            return found
    lines = text.splitlines()
    tables: list[str] = [str(part) for part in loc if not isinstance(part, int)]
    indices = [part for part in loc if isinstance(part, int)]
    target_table, target_key = _split_loc(loc)
    wanted_index = indices[0] if indices else None
    counts: dict[str, int] = {}
    current = ""
    best: int | None = None
    for number, line in enumerate(lines, start=1):
        header = _HEADER.match(line)
        if header:
            current = header[2].replace('"', "").replace(" ", "")
            if header[1] == "[[":
                counts[current] = counts.get(current, -1) + 1
            if current == target_table and target_key is None and _index_ok(counts, current, wanted_index, header[1]):
                return number
            if not target_table and current == target_key:  # a top-level key written as [key]
                return number
            continue
        if current != target_table or target_key is None:
            if best is None and tables and current == tables[0]:
                best = number - 1 if number > 1 else number
            continue
        if not _index_ok(counts, current, wanted_index, "[[" if current in counts else "["):
            continue
        if re.match(rf"^\s*\"?{re.escape(target_key)}\"?\s*=", line):
            return number
        if best is None:
            best = number
    return best


def _key_in_table(text: str, table: str, key: str) -> int | None:
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = header[2].replace('"', "").replace(" ", "")
        elif current == table and re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", line):
            return number
    return None


def _split_loc(loc: tuple[Any, ...]) -> tuple[str, str | None]:
    names = [str(part) for part in loc if not isinstance(part, int)]
    if not names:
        return "", None
    # Nested tables inside an array item (accounts[1].history[0].on) are reported at the item.
    first = names[0]
    if len(names) == 1:
        return ("", first) if not isinstance(loc[-1], int) and len(loc) == 1 else (first, None)
    return first, names[1]


def _index_ok(counts: dict[str, int], table: str, wanted: int | None, kind: str) -> bool:
    if kind != "[[" or wanted is None:
        return True
    return counts.get(table, -1) == wanted
