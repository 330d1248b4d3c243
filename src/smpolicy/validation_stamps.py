"""Registers already validated: `smpolicy lint` runs on every commit, and validating a user's
register with the pydantic models costs more than the rest of the run (importing pydantic
alone takes about a quarter of a second). Once a register's exact text has passed, a stamp is
left in smpolicy's cache folder; while the text is unchanged, lint reads it with `tomllib` only.
Any change to the text (or a new smpolicy version) means a new stamp, so it is validated again.

The parsed register is kept too (`parsed_copy`), for bundled registers as well: importing
`tomllib` and parsing take longer than linting one draft. It is stored with `marshal` (built
in, nothing to import), keyed like the stamps plus the Python version, TOML dates and times
written as tagged tuples (TOML has no tuples, so a tuple is always a tag). A copy that cannot
be read for any reason is ignored and the register is parsed again.

The cache folder is `$SMPOLICY_CACHE_DIR`, else `$XDG_CACHE_HOME/smpolicy`, else
`~/.cache/smpolicy`. Stamps are empty files named after the text's length and checksums; one
that cannot be written (a read-only home) only means the next run validates again.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Mapping

CACHE_ENV = "SMPOLICY_CACHE_DIR"
STAMPS = "validated-registers"
PARSED = "parsed-registers"


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV])
    if environ.get("XDG_CACHE_HOME"):
        return Path(environ["XDG_CACHE_HOME"]) / "smpolicy"
    return Path.home() / ".cache" / "smpolicy"


def stamp(text: str) -> str:
    """The text's stamp name: smpolicy's version, its length and two checksums."""
    from smpolicy import __version__

    data = text.encode("utf-8", "surrogatepass")
    return f"{__version__}-{len(data)}-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def known_valid(text: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this exact register text passed validation before."""
    try:
        return (cache_dir(environ) / STAMPS / stamp(text)).is_file()
    except (OSError, RuntimeError):  # RuntimeError: Path.home() with no home at all
        return False


def remember_valid(text: str, environ: Mapping[str, str] = os.environ) -> None:
    """Leave the stamp for a text that has just passed validation (best effort)."""
    try:
        folder = cache_dir(environ) / STAMPS
        folder.mkdir(parents=True, exist_ok=True)
        (folder / stamp(text)).touch()
    except (OSError, RuntimeError):
        pass


def parsed_copy(text: str, environ: Mapping[str, str] = os.environ) -> dict | None:
    """The register this exact text parses to, when a copy was kept; else None."""
    import marshal

    try:
        data = marshal.loads((cache_dir(environ) / PARSED / _parsed_name(text)).read_bytes())
    except Exception:  # missing, unreadable, truncated or from another Python: parse again
        return None
    if not isinstance(data, dict):
        return None
    try:
        return _untagged(data)
    except (TypeError, ValueError):
        return None


def keep_parsed(text: str, data: dict, environ: Mapping[str, str] = os.environ) -> None:
    """Keep the parsed register for next time (best effort; written whole, then renamed)."""
    import marshal

    try:
        folder = cache_dir(environ) / PARSED
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _parsed_name(text)
        partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(_tagged(data)))
        os.replace(partial, target)
    except (OSError, RuntimeError, ValueError):
        pass


def _parsed_name(text: str) -> str:
    import sys

    return f"{stamp(text)}-py{sys.version_info[0]}{sys.version_info[1]}"


_DATE_KINDS = ("date", "datetime", "time")


def _tagged(value):
    import datetime as dt

    if isinstance(value, dict):
        return {key: _tagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_tagged(item) for item in value]
    if isinstance(value, dt.datetime):
        return ("datetime", value.isoformat())
    if isinstance(value, dt.date):
        return ("date", value.isoformat())
    if isinstance(value, dt.time):
        return ("time", value.isoformat())
    return value


def _untagged(value):
    if isinstance(value, dict):
        return {key: _untagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_untagged(item) for item in value]
    if isinstance(value, tuple):
        return _date_value(*value)
    return value


def _date_value(kind: str, text: str):
    import datetime as dt

    if kind not in _DATE_KINDS:
        raise ValueError(kind)
    return getattr(dt, kind).fromisoformat(text)
