"""A draft post as the rules see it: front matter, body, and a masked body.

`body` is the text after any front matter (BOM removed, CRLF read as LF). `masked` has exactly
the same length and line breaks as `body`, with the parts rules must not read blanked out by
spaces: code spans and blocks, link and image URLs, bare URLs, HTML comments. Rules search
`masked` and report offsets into it; `position()` turns an offset into a file line and column.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Image:
    file: str
    alt: str | None = None


@dataclass
class FrontMatter:
    platform: str | None = None
    account: str | None = None
    kind: str = "post"
    handle: str | None = None
    publish_at: dt.datetime | None = None  # timezone-aware, in the organisation's zone
    images: list[Image] = field(default_factory=list)
    in_reply_to: str | None = None
    # File line of each key, so findings about a key point at it.
    lines: dict[str, int] = field(default_factory=dict)
    # (file line, message) for unknown keys and bad values: reported as findings, not crashes.
    problems: list[tuple[int, str]] = field(default_factory=list)
    present: bool = False
    # Line just after the closing delimiter (1 when there is no front matter).
    end_line: int = 1


@dataclass
class Draft:
    path: str
    body: str
    masked: str
    meta: FrontMatter = field(default_factory=FrontMatter)
    # 1-based file line on which `body` starts (after front matter).
    body_line: int = 1

    @cached_property
    def lower(self) -> str:
        """`masked` in lower case: same offsets, cached for rules that match case-insensitively."""
        lowered = self.masked.lower()
        if len(lowered) == len(self.masked):
            return lowered
        # A few letters (e.g. "İ") grow when lowered; keep offsets aligned with `masked`.
        return "".join(char.lower() if len(char.lower()) == 1 else char for char in self.masked)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(index + 1 for index, char in enumerate(self.body) if char == "\n")
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (file line, column) of a character offset into `body`."""
        offset = max(0, min(offset, len(self.body)))
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self.body_line + index, offset - self._line_starts[index] + 1

    def line_text(self, offset: int) -> str:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[index]
        end = self.body.find("\n", start)
        return self.body[start : end if end != -1 else len(self.body)]
