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
    """A compiled list: one regular expression with a named group per phrase.

    `regex` is the list as written: whole words, case-insensitive. Drafts are scanned with
    `folded_regex` instead, the same phrases with their letters in lower case matched
    case-sensitively against the draft folded to lower case (`folded`): the regular expression
    engine skips an alternative by its first letter only when matching case-sensitively, which
    makes a scan about three times faster. tests/lint/test_phrases.py checks both find the same.
    """

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.phrases = tuple(phrases)
        self._regex: re.Pattern[str] | None = None
        self._folded_regex: re.Pattern[str] | bool | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self._source(phrase.pattern() for phrase in self.phrases), re.IGNORECASE)
        return self._regex

    @property
    def folded_regex(self) -> re.Pattern[str] | None:
        """None when a phrase cares about case ("(?-i:MPs?)"): that list scans the text as it is."""
        if self._folded_regex is None:
            patterns = [_lower_letters(phrase.pattern()) for phrase in self.phrases]
            self._folded_regex = False if None in patterns else re.compile(self._source(patterns))
        return self._folded_regex or None

    @staticmethod
    def _source(patterns: Iterable[str]) -> str:
        parts = [f"(?P<p{index}>{pattern})" for index, pattern in enumerate(patterns)]
        # Whole words: a phrase never matches inside a longer word ("ass" in "assessment").
        joined = "|".join(parts) or "(?!x)x"
        return rf"(?<![\w@#])(?:{joined})(?![\w])"

    def finditer(self, text: str) -> Iterator[PhraseHit]:
        scan = self.folded_regex
        matches = scan.finditer(folded(text)) if scan is not None else self.regex.finditer(text)
        for match in matches:
            index = int(match.lastgroup[1:]) if match.lastgroup else 0
            yield PhraseHit(match.start(), match.end(), self.phrases[index])


# The letters that match an ASCII letter when ignoring case but do not lower-case to it (İ, dotless
# ı, long ſ, the Kelvin sign); every other letter's lower case is what ignoring case compares.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# Escapes that mean the same whatever the case of the text (letters after a backslash other than
# these, such as \x41 or \N{...}, name a letter of one case: such a phrase keeps ignoring case).
_CASELESS_ESCAPES = frozenset("sSwWdDbBAZ")
_LAST_FOLDED: list = [None, ""]


def folded(text: str) -> str:
    """`text` as `folded_regex` reads it: lower case, the letters above made ASCII, every
    character at its own offset (remembered for the last text: one draft is scanned by several
    lists in a row)."""
    if _LAST_FOLDED[0] is text:
        return _LAST_FOLDED[1]
    from smpolicy.lint.draft import lower_keeping_offsets

    lowered = lower_keeping_offsets(text if text.isascii() else text.translate(_FOLD_TO_ASCII))
    _LAST_FOLDED[0], _LAST_FOLDED[1] = text, lowered
    return lowered


def _lower_letters(pattern: str) -> str | None:
    """`pattern` for folded text: its letters in lower case, escapes kept as written; a pattern
    with an escape or a group syntax whose meaning depends on case is kept whole and told to
    ignore case (`(?i:...)`); None for a pattern that turns ignoring case off somewhere."""
    if re.search(r"\(\?[a-zA-Z]*-", pattern):  # "(?-i:...)", "(?x-i:...)"
        return None
    out = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index + 1 : index + 2]
            if escaped.isalnum() and escaped not in _CASELESS_ESCAPES:
                return f"(?i:{pattern})"
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "(" and pattern[index + 1 : index + 2] == "?" and pattern[index + 2 : index + 3] not in (":", "=", "!", "<"):
            return f"(?i:{pattern})"  # named groups, inline flags: left alone
        out.append(char.lower())
        index += 1
    return "".join(out)


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
