"""Reading cues shared by the conduct rules (health advice, abuse, whistleblowing, incident,
media, crisis): where sentences start and end, who is speaking, and who is being addressed.

These rules judge *who says what to whom*: the same words are fine in an official public
health post and a breach in a reply to one person, so the cues live in one place and every rule
reads a draft the same way. Standard library only: this is on the lint hot path.

Patterns here are written in lower case with plain apostrophes and matched against `text()`,
which lower-cases the masked body and straightens typographic apostrophes without moving any
offset.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from smpolicy.lint.draft import Draft

# Personal kinds are written as the member of staff, never as the organisation.
PERSONAL_KINDS = frozenset({"personal-blog", "bio", "reference"})

_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


class Pattern:
    """A verbose, lower-case pattern compiled on first use.

    `smpolicy lint` runs on every commit and most drafts never reach most patterns (each rule
    checks cheap `mentions()` first), so compiling them all at import would cost more than
    linting a draft.
    """

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.VERBOSE)
        return self._compiled

    def search(self, value: str) -> re.Match[str] | None:
        return self.compiled.search(value)

    def match(self, value: str) -> re.Match[str] | None:
        return self.compiled.match(value)

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(value)

    def sub(self, replacement, value: str) -> str:
        return self.compiled.sub(replacement, value)


def cue(pattern: str) -> Pattern:
    """A verbose pattern written in lower case with plain apostrophes, compiled when first used."""
    return Pattern(pattern)


def mentions(value: str, words: tuple[str, ...]) -> bool:
    """Whether any of `words` occurs in `value`: a cheap gate before the patterns that need it.
    (A plain loop: rules call this about ninety times a draft, and a generator costs more than
    the look-ups.)"""
    for word in words:
        if word in value:
            return True
    return False


# A sentence ends at . ! ? (with any closing quotes or brackets) before white space, or at a
# line break: social posts use line breaks where prose would use full stops.
# Compiled on first use, like every pattern here: sets with non-ASCII characters ("\u201d")
# take milliseconds to compile, more than linting a draft.
_SENTENCE_END = cue(r"[.!?]+[\"')\]\u201d]*(?=\s)|\n")
# "@name" at the very start, after an optional greeting: the draft talks to one person.
_LEADING_MENTION = cue(r"\A\s*(?:(?:hi|hello|hey|dear|thanks|thank\s+you)\s+)?@\w")
_QUOTED = cue(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
# First person singular: the writer speaks as themself.
_FIRST_PERSON = cue(r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my|myself)(?![\w'])")
_NEGATION = cue(
    r"""(?<![\w'])(?:not|never|no|don't|do\s+not|doesn't|does\s+not|didn't|shouldn't|should\s+not
    |mustn't|must\s+not|can't|cannot|won't|without|avoid|isn't|aren't|wasn't)(?![\w'])"""
)


def plain(value: str) -> str:
    """`value` lower-cased with typographic apostrophes made plain; offsets are unchanged."""
    from smpolicy.lint.draft import lower_keeping_offsets

    return lower_keeping_offsets(value).translate(_CURLY)


def text(draft: Draft) -> str:
    """The draft's masked body as the cue patterns read it (computed once per draft)."""
    cached = draft.__dict__.get("_cue_text")
    if cached is None:
        cached = draft.__dict__["_cue_text"] = draft.lower.translate(_CURLY)
    return cached


def sentence_spans(value: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line, white space trimmed."""
    start = 0
    for match in _SENTENCE_END.finditer(value):
        yield from _trimmed(value, start, match.end())
        start = match.end()
    yield from _trimmed(value, start, len(value))


def _trimmed(value: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and value[start].isspace():
        start += 1
    while end > start and value[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


# Longest stretch searched back for a sentence start, and on for its end: keeps every lookup
# short on huge files (a draft of one endless sentence made every hit read the rest of it).
_LONGEST_SENTENCE = 2000


def sentence_around(value: str, offset: int) -> tuple[int, int]:
    """The sentence holding `offset` (an empty span at `offset` when it is white space)."""
    start, end = max(0, offset - _LONGEST_SENTENCE), min(len(value), offset + _LONGEST_SENTENCE)
    for match in _SENTENCE_END.compiled.finditer(value, start, end):
        if match.end() > offset:
            end = match.end()
            break
        start = match.end()
    spans = list(_trimmed(value, start, end))
    if spans and spans[0][0] <= offset < spans[0][1]:
        return spans[0]
    return offset, offset


def clause_before(value: str, offset: int, limit: int = 80) -> str:
    """The words before `offset` in the same clause (back to , ; : or a sentence end)."""
    window = value[max(0, offset - limit) : offset]
    cut = max(window.rfind(mark) for mark in (",", ";", ":", ".", "!", "?", "\n", " - ", "\u2014"))
    return window[cut + 1 :] if cut >= 0 else window


def negated(value: str, offset: int, words: int = 4) -> bool:
    """Whether one of the few words before `offset`, in the same clause, negates it."""
    before = clause_before(value, offset).split()[-words:]
    return bool(_NEGATION.search(" ".join(before)))


def official_account(draft: Draft) -> bool:
    """Posted from one of the organisation's accounts (front matter `account`), as itself."""
    return bool(draft.meta.account) and draft.meta.kind not in PERSONAL_KINDS


def is_reply(draft: Draft) -> bool:
    return draft.meta.kind == "reply" or bool(draft.meta.in_reply_to)


def addressed_to_someone(draft: Draft) -> bool:
    """A reply, or a draft that opens by mentioning one account: it talks to one person."""
    return is_reply(draft) or bool(_LEADING_MENTION.match(text(draft)))


def without_quotes(value: str) -> str:
    """`value` with quotations blanked (same length): a quoted speaker is not the writer."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), value)


def speaks_personally(draft: Draft) -> bool:
    """Written by a member of staff as themself rather than by the organisation."""
    if draft.meta.kind in PERSONAL_KINDS:
        return True
    if official_account(draft):
        return False
    return bool(_FIRST_PERSON.search(without_quotes(text(draft))))


def reply_source(draft: Draft) -> str:
    """The text being answered, as the cue patterns read it (empty when there is none)."""
    return plain(draft.meta.in_reply_to or "")
