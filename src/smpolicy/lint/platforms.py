"""How long a post may be on each platform, counted the way that platform counts.

Limits are data (`POST_LIMITS`, `BIO_LIMITS`, `HASHTAG_LIMITS`); counting is pure functions with
no I/O. Where each limit and way of counting comes from (read in November 2026 unless dated):

- X: 280 weighted characters, twitter-text configuration v3 (`config/v3.json` and
  `parseTweet` in github.com/twitter/twitter-text, the counting X has used since 2019): code
  points U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F and U+2032-U+2037 weigh 1, every other
  code point 2; an emoji (including a ZWJ sequence, flag or keycap) weighs 2 whatever its
  length; every URL weighs 23 (t.co); text is NFC-normalised first. A bare domain counts as a
  URL unless it is one name on a country domain with no path (twitter-text's
  `invalidShortDomain`: "nhs.uk" is text, "www.nhs.uk" and "nhs.uk/flu" are URLs). The @names a
  reply starts with are not counted (X, since 2017). Profile bio: 160 characters (X Help Center).
- Bluesky: 300 graphemes and 3,000 bytes of UTF-8 (`app.bsky.feed.post` lexicon, `text`
  maxGraphemes/maxLength). Links count as written: the Bluesky app shortens links it composes,
  but a post made any other way carries the text as written. Profile description: 256
  graphemes (`app.bsky.actor.profile` lexicon).
- Threads: 500 characters, emoji counted as their UTF-8 byte length (Meta, "Threads Posts",
  Threads API documentation, updated April 2026).
- Mastodon: 500 characters (the default server limit) counted as grapheme clusters; every
  http(s) URL counts 23 and a mention counts only its local part ("@nhsengland@mastodon.social"
  counts as "@nhsengland") (Mastodon's `app/validators/status_length_validator.rb`). Profile
  bio: 500 characters.
- LinkedIn post 3,000 characters; Instagram caption 2,200 characters and at most 5 hashtags
  (since December 2025), bio 150; Facebook post 63,206 characters; YouTube video description
  5,000 bytes (YouTube Data API v3, `snippet.description`); TikTok caption 2,200 characters;
  Pinterest Pin description 500 characters: the figures each platform's help pages give, as
  collected in smpolicy issue #3, counted as Unicode characters (code points).

Platforms whose limits are not documented (Nextdoor, Flickr, Reddit, WhatsApp, ...) are not
checked rather than guessed.

What is counted is the draft body as it will be published: Markdown is plain text on social
platforms (its characters count), links count in full except where the platform shortens them
(X and Mastodon: 23), HTML comments (suppression comments) are not published and are skipped,
and leading and trailing white space is trimmed as every platform does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator, NamedTuple

class LazyPattern:
    """A regular expression compiled on first use, so importing a rule module stays cheap (lint
    runs on every commit, and most drafts never need most patterns)."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return getattr(self._compiled, name)


# How each unit of text is counted.
X_WEIGHTED = "x-weighted"
GRAPHEMES = "graphemes"  # grapheme clusters: what a person sees as one character
MASTODON = "mastodon"  # graphemes, with URLs as 23 and mentions as their local part
THREADS = "threads"  # characters, with emoji as their UTF-8 byte length
CODE_POINTS = "code-points"
UTF8_BYTES = "utf8-bytes"

UNITS = {X_WEIGHTED: "weighted characters", UTF8_BYTES: "bytes"}


class Limit(NamedTuple):
    platform: str
    maximum: int
    method: str
    what: str  # what the limit applies to, in the platform's words
    source: str

    @property
    def unit(self) -> str:
        """The unit in the platform's own words: characters, weighted characters or bytes."""
        return UNITS.get(self.method, "characters")


NAMES = {
    "x": "X",
    "bluesky": "Bluesky",
    "threads": "Threads",
    "mastodon": "Mastodon",
    "linkedin": "LinkedIn",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "pinterest": "Pinterest",
}

POST_LIMITS: dict[str, tuple[Limit, ...]] = {
    "x": (Limit("x", 280, X_WEIGHTED, "post", "twitter-text config v3"),),
    "bluesky": (
        Limit("bluesky", 300, GRAPHEMES, "post", "app.bsky.feed.post lexicon"),
        Limit("bluesky", 3000, UTF8_BYTES, "post", "app.bsky.feed.post lexicon"),
    ),
    "threads": (Limit("threads", 500, THREADS, "post", "Threads API, Threads Posts"),),
    "mastodon": (Limit("mastodon", 500, MASTODON, "post", "Mastodon StatusLengthValidator"),),
    "linkedin": (Limit("linkedin", 3000, CODE_POINTS, "post", "LinkedIn Help"),),
    "instagram": (Limit("instagram", 2200, CODE_POINTS, "caption", "Instagram Help Center"),),
    "facebook": (Limit("facebook", 63206, CODE_POINTS, "post", "Facebook Help Center"),),
    "youtube": (Limit("youtube", 5000, UTF8_BYTES, "description", "YouTube Data API v3"),),
    "tiktok": (Limit("tiktok", 2200, CODE_POINTS, "caption", "TikTok Help Center"),),
    "pinterest": (Limit("pinterest", 500, CODE_POINTS, "Pin description", "Pinterest Help Center"),),
}

BIO_LIMITS: dict[str, tuple[Limit, ...]] = {
    "x": (Limit("x", 160, CODE_POINTS, "bio", "X Help Center"),),
    "bluesky": (Limit("bluesky", 256, GRAPHEMES, "profile description", "app.bsky.actor.profile lexicon"),),
    "mastodon": (Limit("mastodon", 500, GRAPHEMES, "bio", "Mastodon default"),),
    "instagram": (Limit("instagram", 150, CODE_POINTS, "bio", "Instagram Help Center"),),
}

HASHTAG_LIMITS: dict[str, int] = {"instagram": 5}

# Kinds that are not posts: a blog or LinkedIn reference is not limited like a post.
UNLIMITED_KINDS = ("personal-blog", "article")


def limits_for(platform: str | None, kind: str = "post") -> tuple[Limit, ...]:
    """The limits a draft of this kind must fit on this platform (none when unknown)."""
    if not platform or kind in UNLIMITED_KINDS:
        return ()
    table = BIO_LIMITS if kind == "bio" else POST_LIMITS
    return table.get(platform, ())


# ---------------------------------------------------------------------------------------------
# Counting. Every counter yields (start, end, weight) for each counted unit of `text`, so a
# rule can report where the limit is crossed as well as the total.
# ---------------------------------------------------------------------------------------------

Unit = tuple[int, int, int]

_COMMENT = LazyPattern(r"<!--.*?-->", re.DOTALL)

# Generic top-level domains common enough to appear bare in a post. twitter-text knows every
# gTLD; a rarer one written without "https://" is counted here as text, which only matters for
# a post right at the limit.
_GTLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|app|dev|blog|news|online|site|website|tech|health|"
    "care|nhs|academy|charity|foundation|london|wales|scot|media|social|network|digital|"
    "services|support|link|page|live|xyz|top|club|shop|store|group|global|world|email|one|"
    "uk|eu"
)
_CCTLDS = (
    "ac|ad|ae|af|ag|ai|al|am|an|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bl|bm|bn|"
    "bo|bq|br|bs|bt|bv|bw|by|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|"
    "dk|dm|do|dz|ec|ee|eg|eh|er|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gb|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|"
    "gq|gr|gs|gt|gu|gw|gy|hk|hm|hn|hr|ht|hu|id|ie|il|im|in|io|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|"
    "ki|km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|me|mf|mg|mh|mk|ml|mm|mn|"
    "mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|"
    "pk|pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sj|sk|sl|sm|sn|so|sr|"
    "ss|st|su|sv|sx|sy|sz|tc|td|tf|tg|th|tj|tk|tl|tm|tn|to|tp|tr|tt|tv|tw|tz|ua|ug|uk|um|us|uy|"
    "uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw"
)
_CC_SET = frozenset(_CCTLDS.split("|"))
_SPECIAL_CC = frozenset({"co", "tv"})


@lru_cache(maxsize=1)
def _url_pattern() -> re.Pattern[str]:
    label = r"[a-z0-9](?:[a-z0-9\-_]*[a-z0-9])?"
    return re.compile(
        rf"(?<![\w@$#＠＃.\-/])"
        rf"(?:(?P<protocol>https?://)(?P<host>[^\s/?#<>()\[\]\"']+)"
        rf"|(?P<domain>(?:{label}\.)+(?P<tld>{_GTLDS}|{_CCTLDS})(?![0-9a-z@+\-])))"
        rf"(?::\d{{1,5}})?(?P<path>/[^\s<>]*)?(?P<query>\?[^\s<>]*)?",
        re.IGNORECASE,
    )


_URL_END_PUNCTUATION = ".,;:!?'\"’”)]}*_"


def url_spans(text: str, *, bare_domains: bool = True) -> list[tuple[int, int]]:
    """Where the platform will see links (twitter-text's rules, simplified as documented)."""
    if "." not in text:
        return []
    spans = []
    for match in _url_matches(text):
        if match["protocol"] is None:
            if not bare_domains:
                continue
            domain = match["domain"].lower()
            has_path = bool(match["path"] or match["query"])
            one_name = domain.count(".") == 1
            if not has_path and one_name and match["tld"].lower() in _CC_SET - _SPECIAL_CC:
                continue  # "nhs.uk" on its own is text to twitter-text
        spans.append((match.start(), _trim_url_end(text, match.start(), match.end())))
    return spans


_TOKEN = LazyPattern(r"\S+")


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    # Only words with a dot in them can hold a link: search those, not the whole post.
    pattern = _url_pattern()
    for token in _TOKEN.finditer(text):
        if "." in token.group():
            yield from pattern.finditer(text, token.start(), token.end())


def _trim_url_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _URL_END_PUNCTUATION:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # a balanced bracket belongs to the URL, as in Wikipedia links
        end -= 1
    return end


_MENTION = LazyPattern(r"(?<![\w@])(@[A-Za-z0-9_]+)@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


_NON_ASCII = LazyPattern(r"[^\x00-\x7f]+")


def _graphemes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each grapheme cluster in text[start:end]."""
    for s, e, ascii_run in _stretches(text, start, end):
        if ascii_run:
            for index in range(s, e):
                yield index, index + 1
        else:
            yield s, e


def _stretches(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """text[start:end] as ASCII stretches (flagged True) and single non-ASCII clusters.

    Every platform counts an ASCII character as one (the body has no CR LF), so a stretch of
    them is one unit of its own length, and only the non-ASCII parts, with the character just
    before each (a keycap's digit, an accent's letter), go through the grapheme library.
    """
    position = start
    for run in _NON_ASCII.finditer(text, start, end):
        chunk_start = max(position, run.start() - 1)
        if chunk_start > position:
            yield position, chunk_start, True
        yield from ((s, e, False) for s, e in _clusters(text, chunk_start, run.end()))
        position = run.end()
    if end > position:
        yield position, end, True


def _clusters(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    import grapheme

    position = start
    for cluster in grapheme.graphemes(text[start:end]):
        yield position, position + len(cluster)
        position += len(cluster)


def _is_emoji(cluster: str) -> bool:
    for char in cluster:
        code = ord(char)
        if code >= 0x1F000 or 0x2300 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF:
            return True
        if code in (0xFE0F, 0x20E3):
            return True
    return False


def _x_weight(char: str) -> int:
    code = ord(char)
    if code <= 0x10FF or 0x2000 <= code <= 0x200D or 0x2010 <= code <= 0x201F or 0x2032 <= code <= 0x2037:
        return 1
    return 2


def _with_links(text: str, start: int, end: int, links: list[tuple[int, int]], inner) -> Iterator[Unit]:
    """Units of text[start:end], with each link counted as 23 and the rest by `inner`."""
    position = start
    for link_start, link_end in links:
        if link_end <= start or link_start >= end:
            continue
        yield from inner(text, position, max(position, link_start))
        yield max(link_start, start), min(link_end, end), 23
        position = min(link_end, end)
    yield from inner(text, position, end)


def _x_plain(text: str, start: int, end: int) -> Iterator[Unit]:
    for s, e, ascii_run in _stretches(text, start, end):
        if ascii_run or e - s == 1:
            yield s, e, (e - s) if ascii_run else _x_weight(text[s])
            continue
        cluster = text[s:e]
        if _is_emoji(cluster):
            yield s, e, 2
        else:
            yield s, e, sum(_x_weight(char) for char in unicodedata.normalize("NFC", cluster))


def _grapheme_units(text: str, start: int, end: int) -> Iterator[Unit]:
    for s, e, ascii_run in _stretches(text, start, end):
        yield s, e, (e - s) if ascii_run else 1


def _threads_plain(text: str, start: int, end: int) -> Iterator[Unit]:
    for s, e, ascii_run in _stretches(text, start, end):
        cluster = text[s:e]
        weight = len(cluster.encode("utf-8")) if not ascii_run and _is_emoji(cluster) else e - s
        yield s, e, weight


def _mastodon_plain(text: str, start: int, end: int) -> Iterator[Unit]:
    position = start
    for mention in _MENTION.finditer(text, start, end):
        yield from _grapheme_units(text, position, mention.start())
        local_end = mention.end(1)
        yield from _grapheme_units(text, mention.start(), local_end)
        yield local_end, mention.end(), 0  # the server part is not counted
        position = mention.end()
    yield from _grapheme_units(text, position, end)


def units(text: str, method: str, start: int = 0, end: int | None = None) -> Iterator[Unit]:
    """The counted units of text[start:end] as (start, end, weight), counted by `method`.

    A unit is a grapheme cluster, a link, or a stretch of plain ASCII text (one per character),
    so a post is walked in a few steps rather than one per character.
    """
    end = len(text) if end is None else end
    if method == X_WEIGHTED:
        yield from _with_links(text, start, end, url_spans(text[:end]), _x_plain)
    elif method == MASTODON:
        links = url_spans(text[:end], bare_domains=False)
        yield from _with_links(text, start, end, links, _mastodon_plain)
    elif method == GRAPHEMES:
        yield from _grapheme_units(text, start, end)
    elif method == THREADS:
        yield from _threads_plain(text, start, end)
    elif method == UTF8_BYTES:
        # By grapheme, so a finding never starts in the middle of what a reader sees as one.
        for s, e, _ascii in _stretches(text, start, end):
            yield s, e, len(text[s:e].encode("utf-8", "surrogatepass"))
    elif method == CODE_POINTS:
        if end > start:
            yield start, end, end - start
    else:
        raise ValueError(f"unknown counting method {method!r}")


def published_spans(body: str) -> list[tuple[int, int]]:
    """The parts of a draft body that are published: without HTML comments, trimmed."""
    spans = []
    position = 0
    if "<!--" in body:
        for comment in _COMMENT.finditer(body):
            spans.append((position, comment.start()))
            position = comment.end()
    spans.append((position, len(body)))
    spans = [(s, e) for s, e in spans if e > s]
    while spans and not body[spans[0][0] : spans[0][1]].strip():
        spans.pop(0)
    while spans and not body[spans[-1][0] : spans[-1][1]].strip():
        spans.pop()
    if spans:
        first_start, first_end = spans[0]
        spans[0] = (first_start + len(body[first_start:first_end]) - len(body[first_start:first_end].lstrip()), first_end)
        last_start, last_end = spans[-1]
        spans[-1] = (last_start, last_start + len(body[last_start:last_end].rstrip()))
    return spans


class Measure(NamedTuple):
    count: int
    # Offset of the first unit past the limit, or None when the text fits.
    overflow_at: int | None
    end: int


_LEADING_MENTIONS = LazyPattern(r"(?:@\w+\s+)+")


def surely_fits(body: str, limit: Limit) -> bool:
    """Whether the whole body is within the limit however it is counted, without counting it:
    no unit weighs more than its UTF-8 bytes (graphemes and characters never outnumber code
    points), and an X link weighs at most 23 (a link has a dot). Mastodon, which also counts a
    link as 23, is always measured."""
    size = len(body)
    if limit.method in (CODE_POINTS, GRAPHEMES):
        return size <= limit.maximum
    if limit.method in (UTF8_BYTES, THREADS):
        return size <= limit.maximum and (body.isascii() or len(body.encode("utf-8")) <= limit.maximum)
    if limit.method == X_WEIGHTED:
        return 2 * size + 23 * body.count(".") <= limit.maximum
    return False


def measure(body: str, limit: Limit, *, reply: bool = False) -> Measure:
    """How long the published body is for this limit, and where it crosses it.

    `reply`: on X the @names a reply starts with are not counted (X has not counted them since
    2017), so they are skipped.
    """
    spans = published_spans(body)
    if reply and limit.method == X_WEIGHTED and spans:
        first_start, first_end = spans[0]
        leading = _LEADING_MENTIONS.match(body, first_start, first_end)
        if leading:
            spans[0] = (leading.end(), first_end)
    end = spans[-1][1] if spans else 0
    total = sum(e - s for s, e in spans)
    if limit.method == CODE_POINTS or (limit.method == UTF8_BYTES and body.isascii()):
        # One unit per character: no need to walk the text.
        return _fast_measure(spans, limit.maximum, total, end)
    count = 0
    overflow_at = None
    for span_start, span_end in spans:
        for unit_start, unit_end, weight in units(body, limit.method, span_start, span_end):
            if overflow_at is None and count + weight > limit.maximum:
                overflow_at = unit_start
                if weight == unit_end - unit_start and body[unit_start:unit_end].isascii():
                    overflow_at += limit.maximum - count  # one per character: the exact one
            count += weight
    return Measure(count, overflow_at, end)


def _fast_measure(spans: list[tuple[int, int]], maximum: int, total: int, end: int) -> Measure:
    if total <= maximum:
        return Measure(total, None, end)
    remaining = maximum
    for start, stop in spans:
        if stop - start > remaining:
            return Measure(total, start + remaining, end)
        remaining -= stop - start
    return Measure(total, None, end)  # pragma: no cover - total > maximum guarantees a return


def length(text: str, method: str) -> int:
    """The length of `text` as a platform counts it (the whole text, untrimmed)."""
    return sum(weight for _start, _end, weight in units(text, method))


def x_length(text: str) -> int:
    """X's weighted length (twitter-text v3)."""
    return length(text, X_WEIGHTED)


_HASHTAG = LazyPattern(r"[#＃](?<![\w&#＃/][#＃])(?=\w*[^\W\d_])\w+")


def hashtags(text: str) -> list[tuple[int, int]]:
    """(start, end) of each hashtag: "#" and a word with at least one letter (not "#1", "C#")."""
    if "#" not in text and "＃" not in text:
        return []
    return [(match.start(), match.end()) for match in _HASHTAG.finditer(text)]
