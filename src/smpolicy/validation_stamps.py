"""Registers already validated: `smpolicy lint` runs on every commit, and validating a user's
register with the pydantic models costs more than the rest of the run (importing pydantic
alone takes about a quarter of a second). Once a register's exact text has passed, a stamp is
left in smpolicy's cache folder; while the text is unchanged, lint reads it with `tomllib` only.
Any change to the text (or a new smpolicy version) means a new stamp, so it is validated again.

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
