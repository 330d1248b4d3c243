"""Phrase lists as data (in the manner of Vale and codespell).

Each file in `smpolicy/lint/data/` is TOML with one `[[phrase]]` table per entry:

    [[phrase]]
    match = "internal only"          # what to find (case-insensitive, whole words)
    regex = false                    # optional: `match` is a regular expression
    message = "Marked internal only"  # why it is flagged
    suggestion = "Do not publish internal material; share the public version."
    source = "HRA §3.1; BNSSG 28 §7"  # the seed clauses the entry comes from

Entries are kept sorted by `match` and unique (a test checks it). A list compiles to one
alternation so a draft is scanned once per list, not once per phrase.

User-supplied terms (a register's suppliers and protected terms) are always matched as
literals: `literal_pattern()` escapes them, so no register can inject a slow regular expression.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

DATA_PACKAGE = "smpolicy.lint.data"


class Phrase(NamedTuple):
    match: str
    message: str
    suggestion: str = ""
    source: str = ""
    regex: bool = False

    def pattern(self) -> str:
        return self.match if self.regex else literal_pattern(self.match)


class PhraseHit(NamedTuple):
    start: int
    end: int
    phrase: Phrase


class PhraseList:
    """A compiled list: one regular expression with a named group per phrase."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.phrases = tuple(phrases)
        parts = [f"(?P<p{index}>{phrase.pattern()})" for index, phrase in enumerate(self.phrases)]
        # Whole words: a phrase never matches inside a longer word ("ass" in "assessment").
        joined = "|".join(parts) or "(?!x)x"
        self.regex = re.compile(rf"(?<![\w@#])(?:{joined})(?![\w])", re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[PhraseHit]:
        for match in self.regex.finditer(text):
            index = int(match.lastgroup[1:]) if match.lastgroup else 0
            yield PhraseHit(match.start(), match.end(), self.phrases[index])


def literal_pattern(text: str) -> str:
    """A literal phrase as a pattern where any run of spaces matches any run of white space."""
    words = text.split()
    return r"\s+".join(re.escape(word) for word in words)


@lru_cache(maxsize=None)
def load(name: str) -> PhraseList:
    """Load `smpolicy/lint/data/<name>.toml` (cached for the life of the process)."""
    return PhraseList(read_entries(name))


def read_entries(name: str) -> list[Phrase]:
    import tomllib
    from importlib.resources import files

    text = files(DATA_PACKAGE).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return [Phrase(**entry) for entry in data.get("phrase", [])]


def data_names() -> list[str]:
    from importlib.resources import files

    return sorted(
        entry.name.removesuffix(".toml")
        for entry in files(DATA_PACKAGE).iterdir()
        if entry.name.endswith(".toml")
    )


@lru_cache(maxsize=None)
def cue_family(name: str, family: str) -> re.Pattern[str]:
    """One family of cue words from `smpolicy/lint/data/<name>.toml` (`[family.<family>]` with
    `cues = [...]`, regular expressions in lower case) as one whole-word pattern for lower-case
    text; an apostrophe next to a cue counts as part of the word."""
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files(DATA_PACKAGE).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    cues = "|".join(f"(?:{cue})" for cue in data["family"][family]["cues"])
    return re.compile(rf"(?<![\w'’])(?:{cues})(?![\w'’])")


@lru_cache(maxsize=64)
def literal_list(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive, whole-word pattern for user-supplied literal terms."""
    cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    joined = "|".join(literal_pattern(term) for term in cleaned)
    return re.compile(rf"(?<![\w])(?:{joined})(?![\w])", re.IGNORECASE)
