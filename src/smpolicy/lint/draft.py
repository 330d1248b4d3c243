"""A draft post as the rules see it: front matter, body, and a masked body.

`body` is the text after any front matter (BOM removed, CRLF read as LF). `masked` has exactly
the same length and line breaks as `body`, with the parts rules must not read blanked out by
spaces: code spans and blocks, link and image URLs, bare URLs, HTML comments. Rules search
`masked` and report offsets into it; `position()` turns an offset into a file line and column.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cached_property


# Plain classes rather than dataclasses: defining a dataclass costs about a millisecond, and
# `smpolicy lint` on one draft (a pre-commit hook) pays for every definition.


class Image:
    """An image in the front matter: its file, its alt text, and the file line of `file`."""

    __slots__ = ("file", "alt", "line")

    def __init__(self, file: str, alt: str | None = None, line: int | None = None) -> None:
        self.file, self.alt, self.line = file, alt, line

    def __eq__(self, other: object) -> bool:  # the line is where it was written, not what it is
        return isinstance(other, Image) and (self.file, self.alt) == (other.file, other.alt)

    def __hash__(self) -> int:
        return hash((self.file, self.alt))

    def __repr__(self) -> str:
        return f"Image(file={self.file!r}, alt={self.alt!r}, line={self.line!r})"


class FrontMatter:
    """What the front matter says, as the rules read it."""

    def __init__(
        self,
        platform: str | None = None,
        account: str | None = None,
        kind: str = "post",
        handle: str | None = None,
        publish_at: dt.datetime | None = None,
        publish_time_known: bool = True,
        images: list[Image] | None = None,
        in_reply_to: str | None = None,
        lines: dict[str, int] | None = None,
        problems: list[tuple[int, str]] | None = None,
        present: bool = False,
        end_line: int = 1,
    ) -> None:
        self.platform = platform
        self.account = account
        self.kind = kind
        self.handle = handle
        self.publish_at = publish_at  # timezone-aware, in the organisation's zone
        # False when publish_at was given as a date only (then read as 12:00 that day).
        self.publish_time_known = publish_time_known
        self.images: list[Image] = [] if images is None else images
        self.in_reply_to = in_reply_to
        # File line of each key, so findings about a key point at it.
        self.lines: dict[str, int] = {} if lines is None else lines
        # (file line, message) for unknown keys and bad values: reported as findings, not crashes.
        self.problems: list[tuple[int, str]] = [] if problems is None else problems
        self.present = present
        # Line just after the closing delimiter (1 when there is no front matter).
        self.end_line = end_line

    def __repr__(self) -> str:
        return f"FrontMatter({', '.join(f'{key}={value!r}' for key, value in vars(self).items())})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FrontMatter) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as before


def lower_keeping_offsets(text: str) -> str:
    """`text` in lower case with every character at its own offset: the few letters that grow
    when lowered ("İ" becomes two characters) are left as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


class Draft:
    """A draft as the rules read it (see the module docstring)."""

    def __init__(self, path: str, body: str, masked: str, meta: FrontMatter | None = None, body_line: int = 1) -> None:
        self.path = path
        self.body = body
        self.masked = masked
        self.meta = FrontMatter() if meta is None else meta
        # 1-based file line on which `body` starts (after front matter).
        self.body_line = body_line

    def __repr__(self) -> str:
        return f"Draft(path={self.path!r}, body={self.body!r}, meta={self.meta!r}, body_line={self.body_line!r})"

    @cached_property
    def lower(self) -> str:
        """`masked` in lower case: same offsets, cached for rules that match case-insensitively."""
        return lower_keeping_offsets(self.masked)

    @cached_property
    def _line_starts(self) -> list[int]:
        # str.find runs in C; a loop over every character was a tenth of a finding's cost.
        starts = [0]
        body = self.body
        at = body.find("\n")
        while at != -1:
            starts.append(at + 1)
            at = body.find("\n", at + 1)
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


# ---------------------------------------------------------------------------------------------
# Reading a draft file: front matter, then Markdown masking.
#
# Front matter is TOML between `+++` lines or YAML between `---` lines (YAML is imported only when
# a draft uses it). Every problem in it (bad syntax, unknown keys, bad values) becomes a
# `FrontMatter.problems` entry with its file line: the FM001 rule reports them; nothing raises.
#
# A date without a time ("publish_at = 2026-03-10") is read as 12:00 that day in the
# organisation's time zone and `FrontMatter.publish_time_known` is False, so a rule about the
# time of day can leave it alone. A time without a zone is in the organisation's time zone.
# ---------------------------------------------------------------------------------------------

class _LazyPattern:
    """A regular expression compiled on first use: most drafts need few of them, and
    compiling all at import would slow every `smpolicy lint` run down."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags

    def __getattr__(self, name: str):
        compiled = re.compile(self._source, self._flags)
        for method in ("match", "search", "finditer", "sub", "fullmatch"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


FRONT_MATTER_KEYS = ("platform", "account", "kind", "handle", "publish_at", "images", "in_reply_to")
IMAGE_KEYS = ("file", "alt")
# Common names that are not platform slugs, so the hint can say which slug to use.
PLATFORM_ALIASES = {"twitter": "x", "fb": "facebook", "insta": "instagram", "ig": "instagram", "yt": "youtube"}
MIDDAY = dt.time(12, 0)

_DELIMITERS = {"+++": "toml", "---": "yaml"}
_TOML_KEY_LINE = _LazyPattern(r'^\s*(?:"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_-]+))\s*[=.]')
_TOML_TABLE_LINE = _LazyPattern(r"^\s*\[\[?\s*([A-Za-z0-9_-]+)")
_YAML_KEY_LINE = _LazyPattern(r"^(?:\"([^\"]*)\"|'([^']*)'|([^\s:#][^:#]*?))\s*:(?:\s|$)")
_IMAGE_FILE_LINE = _LazyPattern(r"\bfile\s*[=:]")
_TOML_ERROR_LINE = _LazyPattern(r"\(at line (\d+), column (\d+)\)")


def parse_draft(raw: str, path: str, timezone: str = "Europe/London") -> Draft:
    """Read a draft's text (BOM and CRLF allowed) into front matter, body and masked body."""
    text = raw[1:] if raw.startswith("\ufeff") else raw
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body_start, body_line, unclosed = _split_front_matter(text, timezone)
    body = text[body_start:]
    masked = mask_markdown(body)
    if unclosed:
        # The opening delimiter stays in the body (nothing closed it) but is not text to check.
        newline = body.find("\n")
        masked = _blank(masked, 0, newline if newline != -1 else len(body))
    return Draft(path=path, body=body, masked=masked, meta=meta, body_line=body_line)


def _split_front_matter(text: str, timezone: str) -> tuple[FrontMatter, int, int, bool]:
    """Front matter, where the body starts (offset and file line), and whether it is unclosed."""
    first_end = text.find("\n")
    first = (text if first_end == -1 else text[:first_end]).rstrip()
    kind = _DELIMITERS.get(first)
    if kind is None:
        return FrontMatter(), 0, 1, False
    closers = (first, "...") if kind == "yaml" else (first,)
    position, line = first_end + 1, 2
    while first_end != -1 and position <= len(text):
        end = text.find("\n", position)
        current = (text[position:] if end == -1 else text[position:end]).rstrip()
        if current in closers:
            source = text[first_end + 1 : position]
            meta = _read_front_matter(source, kind, timezone)
            meta.end_line = line + 1
            return meta, (len(text) if end == -1 else end + 1), line + 1, False
        if end == -1:
            break
        position, line = end + 1, line + 1
    meta = FrontMatter(present=True)
    meta.problems.append((1, f"front matter opened with '{first}' on line 1 is never closed"))
    return meta, 0, 1, True


def _read_front_matter(source: str, kind: str, timezone: str) -> FrontMatter:
    meta = FrontMatter(present=True)
    data = _parse_toml(source, meta) if kind == "toml" else _parse_yaml(source, meta)
    if data is None:
        return meta
    meta.lines = _key_lines(source, kind)
    for key, value in data.items():
        line = meta.lines.get(str(key), 1)
        if key not in FRONT_MATTER_KEYS:
            meta.problems.append((line, f"unknown front-matter key '{key}'{_hint(str(key), FRONT_MATTER_KEYS)}"))
            continue
        problem = _set_value(meta, key, value, timezone, source)
        if problem:
            meta.problems.append((line, problem))
    meta.problems.sort()
    return meta


_SIMPLE_TOML_LINE = _LazyPattern(
    r'[ \t]*([A-Za-z_][A-Za-z0-9_-]*)[ \t]*=[ \t]*(?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"|(\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d:\d\d)?))[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?'
)


def _simple_toml(source: str) -> dict | None:
    """Front matter made only of `key = "text"` and `key = 2026-03-10T10:00:00` lines, read
    without tomllib (pure Python, and the slowest part of reading most drafts); anything else,
    including any repeated key, is left to tomllib."""
    data: dict = {}
    for line in source.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _SIMPLE_TOML_LINE.fullmatch(line)
        if found is None or found[1] in data:
            return None
        if found[2] is not None:
            data[found[1]] = found[2]
        else:
            when = found[3]
            value = _parse_when(when.replace(" ", "T")) if len(when) > 10 else _parse_when(when)
            if value is None:
                return None
            data[found[1]] = value
    return data


def _parse_toml(source: str, meta: FrontMatter) -> dict | None:
    simple = _simple_toml(source)
    if simple is not None:
        return simple
    import tomllib

    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _TOML_ERROR_LINE.search(message)
        line = int(found[1]) + 1 if found else 1
        meta.problems.append((line, f"front matter is not valid TOML: {_TOML_ERROR_LINE.sub('', message).strip()}"))
        return None
    except (ValueError, RecursionError):
        # tomllib's bare ValueError is an integer over Python's digit limit.
        meta.problems.append((1, "front matter is not valid TOML: a number too long, or nesting too deep"))
        return None


def _parse_yaml(source: str, meta: FrontMatter) -> dict | None:
    if not source.strip():
        return {}
    import yaml

    try:
        # libyaml's loader when PyYAML has it: ten times faster than the pure Python one.
        data = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or "syntax error"
        meta.problems.append((line, f"front matter is not valid YAML: {problem}"))
        return None
    except RecursionError:
        meta.problems.append((1, "front matter is not valid YAML: nested too deeply"))
        return None
    except (ValueError, OverflowError) as error:
        # PyYAML builds dates and numbers with Python's own checks: 2026-13-45, a huge integer.
        meta.problems.append((1, f"front matter is not valid YAML: {str(error).partition(';')[0]}"))
        return None
    if data is None:
        return {}
    if not isinstance(data, dict):
        meta.problems.append((2, "front matter must be a table of keys and values"))
        return None
    return data


def _key_lines(source: str, kind: str) -> dict[str, int]:
    """File line of each top-level key (the opening delimiter is line 1)."""
    lines: dict[str, int] = {}
    in_table = False
    for number, line in enumerate(source.split("\n"), start=2):
        if kind == "toml":
            table = _TOML_TABLE_LINE.match(line)
            if table:
                in_table = True
                lines.setdefault(table[1], number)
                continue
            found = None if in_table else _TOML_KEY_LINE.match(line)
        else:
            found = _YAML_KEY_LINE.match(line)
        if found:
            key = next(group for group in found.groups() if group is not None)
            lines.setdefault(key.strip(), number)
    return lines


def _set_value(meta: FrontMatter, key: str, value: object, timezone: str, source: str) -> str | None:
    if key == "publish_at":
        return _set_publish_at(meta, value, timezone)
    if key == "images":
        return _set_images(meta, value, source)
    if not isinstance(value, str):
        return f"'{key}' must be text, not {_type_name(value)}"
    value = value.strip()
    if key == "platform":
        slug = value.lower()
        if slug not in _platforms():
            return f"unknown platform '{value}'{_platform_hint(slug)}"
        meta.platform = slug
    elif key == "kind":
        kind = value.lower()
        if kind not in _kinds():
            return f"unknown kind '{value}'{_hint(kind, _kinds())}"
        meta.kind = kind
    elif not value:
        return f"'{key}' is empty"
    else:
        setattr(meta, key, value)
    return None


def _set_publish_at(meta: FrontMatter, value: object, timezone: str) -> str | None:
    if isinstance(value, str):
        value = _parse_when(value.strip())
        if value is None:
            return "'publish_at' is not a date-time: use e.g. 2026-03-10T10:00:00 (or 2026-03-10)"
    if isinstance(value, dt.datetime):
        zone = _zone(timezone)
        try:
            meta.publish_at = value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)
        except OverflowError:  # 0001-01-01T00:00+14:00 is before the first day Python knows
            return "'publish_at' is out of range: use a date-time such as 2026-03-10T10:00:00"
        return None
    if isinstance(value, dt.date):
        meta.publish_at = dt.datetime.combine(value, MIDDAY, tzinfo=_zone(timezone))
        meta.publish_time_known = False
        return None
    if isinstance(value, dt.time):
        return "'publish_at' needs a date as well as a time, e.g. 2026-03-10T10:00:00"
    return f"'publish_at' must be a date-time, not {_type_name(value)}"


def _parse_when(text: str) -> dt.datetime | dt.date | None:
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _set_images(meta: FrontMatter, value: object, source: str) -> str | None:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return f"'images' must be a list of {{file, alt}} tables, not {_type_name(value)}"
    images_line = meta.lines.get("images", 1)
    file_lines = _image_lines(source, images_line)
    problems = []
    for index, item in enumerate(value):
        line = file_lines[index] if index < len(file_lines) else images_line
        if isinstance(item, str) and item.strip():
            meta.images.append(Image(item.strip(), None, line))
            continue
        if not isinstance(item, dict):
            problems.append(f"image {index + 1} must be a {{file, alt}} table, not {_type_name(item)}")
            continue
        unknown = [str(key) for key in item if key not in IMAGE_KEYS]
        if unknown:
            problems.append(f"image {index + 1}: unknown key '{unknown[0]}'{_hint(unknown[0], IMAGE_KEYS)}")
        file, alt = item.get("file"), item.get("alt")
        if not isinstance(file, str) or not file.strip():
            problems.append(f"image {index + 1} needs 'file' (the image's file name)")
            continue
        if alt is not None and not isinstance(alt, str):
            problems.append(f"image {index + 1}: 'alt' must be text, not {_type_name(alt)}")
            alt = None
        meta.images.append(Image(file.strip(), alt, line))
    return "; ".join(problems) or None


def _image_lines(source: str, images_line: int) -> list[int]:
    """File lines of each image's `file` key, in order, from the `images` key onwards."""
    found = []
    for number, line in enumerate(source.split("\n"), start=2):
        if number >= images_line and _IMAGE_FILE_LINE.search(line):
            found.append(number)
    return found


def _type_name(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), f"a {type(value).__name__}")


def _hint(word: str, choices: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f" (expected one of: {', '.join(choices)})"


def _platform_hint(slug: str) -> str:
    if slug in PLATFORM_ALIASES:
        return f" (use '{PLATFORM_ALIASES[slug]}')"
    return _hint(slug, _platforms())


def _platforms() -> tuple[str, ...]:
    from smpolicy.vocabulary import PLATFORMS

    return PLATFORMS


def _kinds() -> tuple[str, ...]:
    from smpolicy.vocabulary import DRAFT_KINDS

    return DRAFT_KINDS


_ZONES: dict[str, dt.tzinfo] = {}


def _zone(name: str) -> dt.tzinfo:
    zone = _ZONES.get(name)
    if zone is None:
        from zoneinfo import ZoneInfo

        try:
            zone = ZoneInfo(name)
        except (ValueError, KeyError, OSError):
            # Register time zones are validated on load; an unknown one here is read as UTC.
            zone = dt.timezone.utc
        _ZONES[name] = zone
    return zone


# ---------------------------------------------------------------------------------------------
# Masking: blank what a reader never sees as words (code, URLs, comments), keep offsets.
#
# Kept visible: link text, image alt text, headings, and the address of a `mailto:`/`tel:` link
# (an e-mail address or phone number in a link is still personal data someone will see).
# ---------------------------------------------------------------------------------------------

_FENCE = _LazyPattern(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = _LazyPattern(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
_REFERENCE_DEFINITION = _LazyPattern(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S")
_BLANK_LINE = _LazyPattern(r"\n[ \t]*\n")
_AUTOLINK = _LazyPattern(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}):([^\s<>]*)>")
_EMAIL_AUTOLINK = _LazyPattern(r"<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")
_BARE_URL = _LazyPattern(r"(?:https?://|www\.)[^\s<>]*", re.IGNORECASE)
_URL_TRAILING = "?!.,:;*_~'\""
_VISIBLE_SCHEMES = ("mailto", "tel")


def mask_markdown(body: str, *, keep_comments: bool = False) -> str:
    """`body` with code, link and image URLs, bare URLs and HTML comments blanked by spaces.

    `keep_comments` leaves HTML comments visible (to tell real suppression comments from ones
    quoted inside code).
    """
    blanks: list[tuple[int, int]] = []
    for start, end in _prose_ranges(body, blanks):
        _mask_inline(body, start, end, blanks, keep_comments)
    if not blanks:
        return body
    return _apply(body, blanks)


def _prose_ranges(body: str, blanks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split off fenced and indented code blocks and reference definitions (all blanked)."""
    if not ("```" in body or "~~~" in body or "    " in body or "\t" in body or "]:" in body):
        return [(0, len(body))]
    prose: list[tuple[int, int]] = []
    prose_start = position = 0
    fence: str | None = None
    in_code = in_list = False
    previous_blank = True
    for line in body.split("\n"):
        line_end = position + len(line)
        stripped = line.strip()
        is_blank = not stripped
        indented = not is_blank and line.startswith(("    ", "\t"))
        if fence is not None:
            blanks.append((position, line_end))
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence, prose_start = None, line_end
        elif in_code and (indented or is_blank):
            blanks.append((position, line_end))
            prose_start = line_end
        else:
            in_code = False
            opening = _FENCE.match(line)
            if opening and not (opening[1][0] == "`" and "`" in line[opening.end() :]):
                fence = opening[1]
                prose.append((prose_start, position))
                blanks.append((position, line_end))
            elif indented and previous_blank and not in_list:
                # An indented code block starts after a blank line, never inside a list item.
                in_code = True
                prose.append((prose_start, position))
                blanks.append((position, line_end))
                prose_start = line_end
            elif _REFERENCE_DEFINITION.match(line):
                blanks.append((position, line_end))
            elif not is_blank and not indented:
                in_list = bool(_LIST_ITEM.match(line)) or (in_list and not previous_blank)
        previous_blank = is_blank
        position = line_end + 1
    if fence is None:
        prose.append((prose_start, len(body)))
    return [(start, end) for start, end in prose if end > start]


def _mask_inline(text: str, start: int, end: int, blanks: list[tuple[int, int]], keep_comments: bool) -> None:
    position = start
    # Link destinations already blanked: the scan jumps over them (they may hold "`" or "<!--").
    destinations: list[tuple[int, int]] = []
    candidates = _Candidates(text, start, end)
    matchers = _Matchers(text, start, end)
    comments_close = True  # False once no "-->" is left: later "<!--" need not look again
    while True:
        at = candidates.next(position)
        if at is None:
            return
        resume = _past_destination(destinations, at)
        if resume is not None:
            position = resume
            continue
        char = text[at]
        if text.startswith("<!--", at):
            close = text.find("-->", at + 4, end) if comments_close else -1
            comments_close = close != -1
            if close == -1:  # an unclosed comment is shown as text, so it is checked as text
                position = at + 4
                continue
            if not keep_comments:
                blanks.append((at, close + 3))
            position = close + 3
        elif char == "`":
            run_end = at
            while run_end < end and text[run_end] == "`":
                run_end += 1
            position = _code_span(text, at, run_end - at, end, blanks)
        elif char == "[":
            link_start = at - 1 if at > start and text[at - 1] == "!" else at
            destination = _link(text, link_start, at + 1, end, blanks, matchers)
            if destination is not None:
                bisect.insort(destinations, destination)
            position = at + 1
        elif char == "<":
            position = _angle(text, at, end, blanks)
        elif at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            position = at + 1  # "http" inside a word, e.g. "nothttp"
        else:
            position = _bare_url(text, at, end, blanks)


class _Candidates:
    """Where the next thing that may need masking starts, found with `str.find` (much faster
    than one regular expression tried at every position)."""

    MARKS = ("<", "`", "[")
    URL_STARTS = ("http://", "https://", "www.")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        # Only this stretch of prose is lowered: lowering the whole draft for each stretch costs
        # quadratic time when code blocks cut a draft into thousands of stretches.
        piece = text[start:end]
        lowered = piece.lower()
        # Lower-casing keeps offsets for almost all text; when it does not, look case-sensitively.
        self.lowered = lowered if len(lowered) == len(piece) else piece
        self.found: dict[str, int] = {}

    def next(self, position: int) -> int | None:
        best = None
        for token in (*self.MARKS, *self.URL_STARTS):
            index = self.found.get(token, -2)
            if index != -1 and index < position:
                if token in self.MARKS:
                    index = self.text.find(token, position, self.end)
                else:
                    index = self.lowered.find(token, position - self.start, self.end - self.start)
                    index = index if index == -1 else index + self.start
                self.found[token] = index
            if index != -1 and (best is None or index < best):
                best = index
        return best


def _past_destination(destinations: list[tuple[int, int]], at: int) -> int | None:
    """Where to resume if `at` falls inside a known link destination."""
    while destinations and destinations[0][0] <= at:
        start, end = destinations.pop(0)
        if at < end:
            return end
    return None


def _code_span(text: str, at: int, ticks: int, end: int, blanks: list[tuple[int, int]]) -> int:
    closing = re.compile(rf"(?<!`)`{{{ticks}}}(?!`)")
    close = closing.search(text, at + ticks, end)
    if close is None or _BLANK_LINE.search(text, at, close.start()):
        return at + ticks
    blanks.append((at, close.end()))
    return close.end()


def _link(
    text: str, at: int, text_start: int, end: int, blanks: list[tuple[int, int]], matchers: "_Matchers"
) -> tuple[int, int] | None:
    """Blank a link's brackets and destination; return the destination range to skip."""
    close = matchers.closing("[", text_start)
    if close is None or close + 1 >= end or text[close + 1] not in "([":
        return None
    opener = text[close + 1]
    dest_end = matchers.closing(opener, close + 2)
    if dest_end is None:
        return None
    blanks.append((at, text_start))
    destination = text[close + 2 : dest_end]
    scheme, _, address = destination.strip().partition(":")
    if opener == "(" and scheme.lower() in _VISIBLE_SCHEMES and address:
        # Keep the address readable: `[write to me](mailto:someone@example.com)`.
        keep = text.find(address, close + 2, dest_end)
        blanks.append((close, keep))
        blanks.append((keep + len(address), dest_end + 1))
    else:
        blanks.append((close, dest_end + 1))
    return close, dest_end + 1


class _Matchers:
    """A `_Matcher` for "[" and one for "(" over one stretch of prose, each built when first needed."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.built: dict[str, _Matcher] = {}

    def closing(self, opener: str, position: int) -> int | None:
        if opener not in self.built:
            closer = "]" if opener == "[" else ")"
            self.built[opener] = _Matcher(self.text, self.start, self.end, opener, closer)
        return self.built[opener].closing(position)


class _Matcher:
    """Where the bracket opened just before a position closes, within one paragraph.

    Scanning forward from each "[" costs quadratic time on a draft of many unclosed brackets
    (100 KB of "[" took minutes), so one pass records the nesting depth after every opener, the
    closers at each depth and the blank lines; a bracket opened at depth d closes at the first
    closer of depth d after it, unless a blank line comes first. A backslash escapes the next
    character. Every position asked about follows an opener, never a backslash, so the escapes
    read from the start of the text are the ones a scan from that position would read.
    """

    def __init__(self, text: str, start: int, end: int, opener: str, closer: str) -> None:
        from array import array

        self.openers, self.depths = array("q"), array("q")  # each opener's index, depth after it
        self.closers: dict[int, array] = {}  # depth before the closer -> the closers' indexes
        self.blank_lines = array("q")
        depth, index = 0, start
        while index < end:
            char = text[index]
            if char == "\\":
                if index + 1 < end and text[index + 1] == opener:  # an escaped opener opens nothing
                    self.openers.append(index + 1)
                    self.depths.append(depth)
                index += 2
                continue
            if char == "\n" and _BLANK_LINE.match(text, index):
                self.blank_lines.append(index)
            elif char == opener:
                depth += 1
                self.openers.append(index)
                self.depths.append(depth)
            elif char == closer:
                depth -= 1
                self.closers.setdefault(depth, array("q")).append(index)
            index += 1

    def closing(self, position: int) -> int | None:
        """The closer matching the opener at `position - 1`, or None."""
        found = bisect.bisect_left(self.openers, position - 1)
        if found == len(self.openers) or self.openers[found] != position - 1:
            return None  # pragma: no cover - callers only ask just after an opener
        closers = self.closers.get(self.depths[found] - 1, ())
        close = bisect.bisect_left(closers, position)
        if close == len(closers):
            return None
        blank = bisect.bisect_left(self.blank_lines, position)
        if blank < len(self.blank_lines) and self.blank_lines[blank] < closers[close]:
            return None
        return closers[close]


def _angle(text: str, at: int, end: int, blanks: list[tuple[int, int]]) -> int:
    link = _AUTOLINK.match(text, at, end)
    if link:
        if link[1].lower() in _VISIBLE_SCHEMES:
            blanks.append((at, link.start(2)))
            blanks.append((link.end() - 1, link.end()))
        else:
            blanks.append((at, link.end()))
        return link.end()
    email = _EMAIL_AUTOLINK.match(text, at, end)
    if email:
        blanks.append((at, at + 1))
        blanks.append((email.end() - 1, email.end()))
        return email.end()
    return at + 1


def _bare_url(text: str, at: int, end: int, blanks: list[tuple[int, int]]) -> int:
    url = _BARE_URL.match(text, at, end)
    if url is None:  # pragma: no cover - the start pattern guarantees a match
        return at + 1
    stop = url.end()
    while stop > at and text[stop - 1] in _URL_TRAILING:
        stop -= 1
    # A closing bracket belongs to the URL only if the URL opened one: "(see www.nhs.uk)".
    # Counted once, then kept up to date: recounting per bracket is quadratic on "www.a)))...".
    unopened = text.count(")", at, stop) - text.count("(", at, stop)
    while stop > at and text[stop - 1] == ")" and unopened > 0:
        stop -= 1
        unopened -= 1
    blanks.append((at, stop))
    return max(stop, at + 1)


def _blank(text: str, start: int, end: int) -> str:
    segment = text[start:end]
    return text[:start] + _spaces(segment) + text[end:]


def _spaces(segment: str) -> str:
    if "\n" not in segment:
        return " " * len(segment)
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def _apply(text: str, blanks: list[tuple[int, int]]) -> str:
    pieces = []
    cursor = 0
    for start, end in sorted(blanks):
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        pieces.append(_spaces(text[start:end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
