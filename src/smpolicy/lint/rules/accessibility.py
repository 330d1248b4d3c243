"""Accessibility: posts everyone can read, including with a screen reader.

None of the five policies names alt text or hashtags; all of them commit the organisation to
the Equality Act 2010 duty (BNSSG 28 §9 and HEE "Equality Impact Assessment" cite it; HRA §7
and HSSIB005 §6.2 screen their policies for it), and HSSIB005 §1.3 asks that social media is
used "in a strategic way" to reach people. A post a screen reader garbles, or an image nobody
can describe, does not reach everyone. These rules follow the NHS digital service manual's
content guidance: CamelCase hashtags, alt text on every image, no block capitals, no fake
bold letters, link text that says where it goes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from smpolicy.lint.platforms import LazyPattern
from smpolicy.lint.rule import Hit, rule

if TYPE_CHECKING:
    from smpolicy.lint.context import LintContext
    from smpolicy.lint.draft import Draft

WORDS_FILE = "accessibility-words.txt"

# Short words that may join a hashtag ("#GetAJab", "#HelpUsRecruit"); other parts need three
# letters, so a place name such as "#easton" is not read as "east on".
SHORT_WORDS = frozenset(
    "a i an as at be by do go he if in is it me my no of on or so to up us we".split()
)
# Hashtag parts written in capitals when the hashtag is suggested in CamelCase.
ACRONYMS = frozenset("nhs gp gps icb ics hiv hpv mmr uk ae hra hee hssib bnssg".split())
# The last part of many English place names: "#hotwells", "#redland", "#portishead" are one
# name each, not "hot wells" or "port is head", so a short hashtag ending in one is left alone.
PLACE_ENDINGS = frozenset(
    """ton ham bury wood land head mouth port field ford ley by thorpe wick worth stead borough
    sea mead combe don hurst bridge gate cliffe cliff stoke stow minster chester caster castle
    moor dale vale""".split()
)
# Inflections a word list entry stands for: "vaccinated" is known from "vaccinate".
_SUFFIXES = (
    ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
    ("ing", "e"), ("er", ""), ("ers", ""), ("er", "e"), ("ers", "e"), ("ly", ""),
)


def stems(word: str) -> Iterator[str]:
    """The entries `word` may be an inflection of."""
    if not word or word[-1] not in "sdgry":
        return
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= 3:
            yield word[: -len(suffix)] + replacement


class WordList:
    """A compact English word list for reading hashtags.

    `common` and `parts` are the words a hashtag may be built from (common ones preferred when
    a hashtag splits more than one way); `whole` holds single words that would otherwise split
    into parts ("breastfeeding", "blackpool", "therapist"), so they are never taken for two.
    Inflections are not stored: `known()` strips common suffixes.
    """

    def __init__(self, common: Iterable[str], parts: Iterable[str], whole: Iterable[str]) -> None:
        self.common = frozenset(common)
        self.parts = frozenset(parts)
        self.whole = frozenset(whole)
        self._costs: dict[str, int | None] = {}

    def _in(self, word: str, entries: frozenset[str]) -> bool:
        return word in entries or any(stem in entries for stem in stems(word))

    def cost(self, word: str) -> int | None:
        """How plausible `word` is as part of a hashtag (lower is better), None if unknown."""
        if word in self._costs:
            return self._costs[word]
        cost = self._cost(word)
        if len(self._costs) < 100_000:
            self._costs[word] = cost
        return cost

    def _cost(self, word: str) -> int | None:
        if word in SHORT_WORDS:
            return 12
        if len(word) < 3:
            return None
        if self._in(word, self.common):
            return 10
        if self._in(word, self.parts):
            return 11
        return None

    def is_word(self, word: str) -> bool:
        return self.cost(word) is not None or self._in(word, self.whole)

    def segment(self, letters: str) -> list[str] | None:
        """The most plausible split of lower-case letters into known words, or None."""
        size = len(letters)
        best: list[tuple[int, list[str]] | None] = [None] * (size + 1)
        best[0] = (0, [])
        for end in range(1, size + 1):
            for start in range(max(0, end - 24), end):
                previous = best[start]
                if previous is None:
                    continue
                cost = self.cost(letters[start:end])
                if cost is None:
                    continue
                candidate = (previous[0] + cost, previous[1] + [letters[start:end]])
                if best[end] is None or candidate[0] < best[end][0]:
                    best[end] = candidate
        found = best[size]
        return found[1] if found else None


@lru_cache(maxsize=1)
def word_list() -> WordList:
    """The bundled word list (loaded once, only when a draft has something to look up)."""
    from pathlib import Path

    # Read beside the package rather than through importlib.resources, which is slow to import.
    text = (Path(__file__).resolve().parent.parent / "data" / WORDS_FILE).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    for chunk in text.split("\n[")[1:]:
        name, _, words = chunk.partition("]")
        sections[name] = words.split()
    return WordList(sections.get("common", ()), sections.get("parts", ()), sections.get("whole", ()))


# --- AC001 hashtags in CamelCase ---------------------------------------------------------------

# The "#" comes first and the look back after it: a pattern that opens with a look-behind is
# tried at every character of the post, ten times slower.
_HASHTAG = LazyPattern(r"#(?<![\w&#＃/]#)([^\W\d_][^\W_]*|\d+[^\W\d_][^\W_]*)(?![\w])")
_LETTER_RUNS = LazyPattern(r"[^\W\d_]+")


@lru_cache(maxsize=16)
def _organisation_words(names: tuple[str, ...]) -> frozenset[str]:
    words = set()
    for name in names:
        words.update(re.sub(r"[^a-z0-9 ]", " ", name.lower()).split())
        words.add(re.sub(r"[^a-z0-9]", "", name.lower()))
    return frozenset(words)


@lru_cache(maxsize=4096)
def _tag_parts(tag: str, words: WordList, own: frozenset[str]) -> tuple[str, ...] | None:
    # The same hashtags come back in draft after draft: read each one once.
    parts = camel_case_parts(tag, words, own)
    return tuple(parts) if parts else None


def camel_case_parts(tag: str, words: WordList, own: frozenset[str] = frozenset()) -> list[str] | None:
    """The words of a lower-case multi-word hashtag (without "#"), or None if it reads fine.

    A hashtag with a capital inside it (#NHS, #FluJab, #COVID19) is already readable; so is a
    single word, however long (#breastfeeding, #physiotherapy), a short one (#flu), or one the
    word list cannot split with confidence (#bnssg, #stoptober).
    """
    body = tag[1:] if tag[0].isupper() else tag
    if not body.islower() and not body.isdigit():
        return None
    pieces: list[str] = []
    split_any = False
    for chunk in re.split(r"(\d+)", tag.lower()):
        if not chunk:
            continue
        if chunk.isdigit() or not _LETTER_RUNS.fullmatch(chunk):
            pieces.append(chunk)
            continue
        parts = _split(chunk, words, own)
        if parts is None:
            pieces.append(chunk)
        else:
            pieces.extend(parts)
            split_any = True
    return pieces if split_any else None


# No real hashtag is longer; splitting a 100 KB one would take minutes.
MAX_SPLIT_LETTERS = 100


def _split(letters: str, words: WordList, own: frozenset[str]) -> list[str] | None:
    if not 6 <= len(letters) <= MAX_SPLIT_LETTERS or not letters.isascii() or letters in own or words.is_word(letters):
        return None
    parts = words.segment(letters)
    if parts is None or len(parts) < 2:
        return None
    if len(parts) == 2 and len(parts[1]) < 3:
        return None  # "#easton" is not "east on"
    if len(parts) <= 3 and parts[-1] in PLACE_ENDINGS:
        return None  # probably a place name: "#hotwells", "#portishead"
    return parts


def camel_case(parts: list[str]) -> str:
    return "#" + "".join(p.upper() if p in ACRONYMS else p.capitalize() for p in parts)


@rule(
    "AC001",
    "hashtag-camel-case",
    triggers=lambda draft: "#" in draft.masked,
    category="accessibility",
    severity="warning",
    message="Multi-word hashtag not in CamelCase",
    suggestion="Capitalise each word of the hashtag so screen readers read it as words.",
)
def hashtag_camel_case(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a hashtag made of several words written all in lower case (`#mentalhealthawareness`)
    and suggests it in CamelCase (`#MentalHealthAwareness`). Words are found with a compact
    English word list (from SCOWL) that knows inflections. Single words (`#flu`,
    `#breastfeeding`), acronyms (`#NHS`, `#COVID19`), hashtags that already have capitals
    (`#FluJab`), short hashtags, the organisation's own names, and likely place names
    (`#portishead`) are left alone.

    Why is this bad?
    ----------------
    Screen readers read a lower-case run of words as one long made-up word, or letter by
    letter; sighted readers stumble too (#therapistfinder, #nurseshelp). Capitalising each word
    costs nothing and makes the hashtag readable by everyone; platforms match hashtags without
    regard to case, so it still reaches the same conversation.

    Example
    -------
    `Support is available. #mentalhealthawareness #worldmentalhealthday`

    Use instead: `#MentalHealthAwareness #WorldMentalHealthDay`

    Policy
    ------
    The Equality Act 2010 duty the policies commit to: BNSSG 28 §9 "Equality Impact
    Assessment"; HEE "Equality Impact Assessment (EIA)"; HRA §7 "Equality and privacy
    screening"; HSSIB005 §6.2 "Equality Impact Assessment" and §1.3 (use social media "in a
    strategic way"); Tavistock and Portman "Trust-owned social media channels" (reach the
    communities we serve).
    """
    if "#" not in draft.masked:
        return
    words = None
    for match in _HASHTAG.finditer(draft.masked):
        tag = match.group(1)
        if len(tag) < 6 or not (tag.islower() or tag[1:].islower() or tag.isdigit()):
            continue
        if words is None:
            words = word_list()
            own = _organisation_words(ctx.names)
        parts = _tag_parts(tag, words, own)
        if parts is None or _written_as_a_name(tag, parts, draft.masked):
            continue
        better = camel_case(list(parts))
        yield Hit(
            match.start(),
            match.end(),
            message=f"#{tag} is several words in lower case: screen readers cannot tell them apart",
            suggestion=f"Write it as {better}.",
        )


def _written_as_a_name(tag: str, parts: tuple[str, ...], text: str) -> bool:
    """A hashtag the writer capitalised as one name (#Windrush, #Fishponds, #Cornwall), or
    writes elsewhere in the draft as one word ("the Empire Windrush"): splitting it into
    "Wind Rush" would be wrong, and a screen reader already reads it as the word it is."""
    if len(parts) == 2 and tag[0].isupper():
        return True
    if text.isascii() and text.lower().count(tag.lower()) < 2:
        # The hashtag itself is one occurrence, and it follows "#", so the search below needs a
        # second one. Any other occurrence is a run of word characters, and the hashtag's own run
        # is bounded by "#" and a non-word character, so the two cannot overlap: counting
        # non-overlapping occurrences sees both. Only ASCII text is gated, where IGNORECASE is
        # plain lower-casing.
        return False
    return bool(_name_in_text(tag).search(text))


@lru_cache(maxsize=1024)
def _name_in_text(tag: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![#\w]){re.escape(tag)}(?!\w)", re.IGNORECASE)


# --- AC002 images without alt text ------------------------------------------------------------

_PLACEHOLDER_ALT = LazyPattern(
    r"^\s*(?:image|photo|picture|pic|img|graphic|alt|alt text|todo|tbc|tbd|none|n/?a|\.+|-+|"
    r"[\w-]+\.(?:jpe?g|png|gif|webp|heic|svg))\s*$",
    re.IGNORECASE,
)


@rule(
    "AC002",
    "image-alt-text",
    triggers=lambda draft: bool(draft.meta.images),
    category="accessibility",
    severity="warning",
    message="Image without alt text",
    suggestion="Describe what the image shows (and any words in it) in its alt text.",
)
def image_alt_text(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports each image in the `images` front matter whose `alt` is missing, empty, or a
    placeholder ("image", "photo", "TBC", the file name).

    Why is this bad?
    ----------------
    People who use screen readers hear nothing, or a file name, where the image should be. For
    NHS posts the image often carries the message itself (clinic times on a poster, a chart, a
    quote card), so without alt text those readers miss the post entirely.

    Example
    -------
    ```
    images = [{file = "flu-clinic-poster.png"}]
    ```
    Use instead:
    ```
    images = [{file = "flu-clinic-poster.png", alt = "Poster: free flu vaccines, Saturday 9am to 1pm, no appointment needed"}]
    ```

    Policy
    ------
    The Equality Act 2010 duty the policies commit to: BNSSG 28 §9; HEE "Equality Impact
    Assessment (EIA)"; HRA §7; HSSIB005 §6.2 and §1.3; Tavistock and Portman "Trust-owned social
    media channels".
    """
    for image in draft.meta.images:
        alt = (image.alt or "").strip()
        if alt and not _PLACEHOLDER_ALT.match(alt) and alt.lower() != image.file.strip().lower():
            continue
        line = getattr(image, "line", None) or draft.meta.lines.get("images", 1)
        what = "no alt text" if not alt else f"placeholder alt text '{alt}'"
        yield Hit(
            0,
            0,
            message=f"Image {image.file} has {what}",
            suggestion="Describe what the image shows, including any words in it, in its alt text.",
            line=line,
        )


# --- AC003 block capitals ----------------------------------------------------------------------

# Acronyms that are also English words, and other capitals that are names, not shouting.
CAPITAL_NAMES = frozenset(
    """nhs gp gps icb ics a&e hssib hra hee bnssg who nice aids sage pals cqc mind covid sars
    mers uk usa eu un bma rcn rcm gmc nmc hcpc dhsc ukhsa ons nihr mhra hmrc dwp ccg ccgs ok tv
    bbc itv cpr aed ppe ae icu itu ed mri ct ecg adhd ocd ptsd lgbt lgbtq lgbtqia bame ceo cfo
    coo hr it ai faq faqs pdf url www""".split()
)
_CAPS_WORD = LazyPattern(r"(?:[A-Z](?<![\w&'’][A-Z])[A-Z'’&-]*[A-Z]|[AI](?<![\w&'’][AI]))(?![\w&'’])")
# What may sit between the words of one run of capitals: spaces, punctuation, numbers.
_CAPS_GAP = LazyPattern(r"[ \t,:;!?.\-–—/+&\"“”()*0-9]*")


# A cheap first look before reading word by word: three words of capitals with only _CAPS_GAP
# between them, the least a reported run has (most posts have at most "NHS 111" or "A&E"). Any
# single capital counts as a word here, so the look is never stricter than _CAPS_WORD. Each word
# opens with a letter and looks back after it (a pattern that opens with a look-behind is tried
# at every character, several times slower), and only where a word starts, so a long run
# ("AAAA...a") costs linear time, not quadratic.
_CAPITAL = r"[A-Z](?<![\w&'’][A-Z])[A-Z'’&-]*(?<=[A-Z])(?![\w&'’])"
_THREE_CAPITAL_WORDS = LazyPattern(rf"{_CAPITAL}(?:[ \t,:;!?.\-–—/+&\"“”()*0-9]*{_CAPITAL}){{2}}")


def _capital_runs(text: str, start: int = 0) -> Iterator[list[re.Match[str]]]:
    """Runs of capital words from `start`. Pass where _THREE_CAPITAL_WORDS first matches: every
    run of three or more lies after it, since its first three words are a match of that pattern
    (same words, same gaps), and the first match is the leftmost. A word that begins before that
    point and runs into it ("AB-CD") would itself start a match there, so no word is cut."""
    run: list[re.Match[str]] = []
    gap = _CAPS_GAP.fullmatch  # bound once: the lazy pattern's lookup costs a call per word
    for match in _CAPS_WORD.finditer(text, start):
        if run and not gap(text, run[-1].end(), match.start()):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


@rule(
    "AC003",
    "block-capitals",
    category="accessibility",
    severity="warning",
    message="Words in block capitals",
    suggestion="Write it in sentence case; use words (or bold on platforms that have it) for emphasis.",
)
def block_capitals(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports a run of three or more words in capitals of which at least two are ordinary English
    words ("FREE FLU JABS THIS SATURDAY", "PLEASE DO NOT ATTEND A&E"). Acronyms and names in
    capitals (NHS, GP, A&E, ICB, HSSIB, COVID-19, NICE, WHO) are not shouting and do not count;
    protective markings and banners ("OFFICIAL SENSITIVE", "DRAFT - NOT FOR PUBLICATION") are
    left to the confidential rules. A press release's fixed lines ("FOR IMMEDIATE RELEASE",
    "NOTES TO EDITORS") and a label of up to three words opening a line before a colon ("SAVE
    THE DATE:") are conventions, not shouting.

    Why is this bad?
    ----------------
    Text in capitals is harder to read, especially for people with dyslexia or low vision,
    because words lose their shape; some screen readers spell capitalised words out letter by
    letter. It also reads as shouting, which is not the tone of an NHS organisation.

    Example
    -------
    `FREE FLU JABS THIS SATURDAY at Southmead Hospital`

    Use instead: `Free flu jabs this Saturday at Southmead Hospital`

    Policy
    ------
    The Equality Act 2010 duty the policies commit to: BNSSG 28 §9 and §7 ("Respect the
    audience"); HEE "Equality Impact Assessment (EIA)"; HRA §7; HSSIB005 §6.2 and §4.8 "Be
    respectful"; Tavistock and Portman "You are an ambassador for the Trust and your profession".
    """
    masked = draft.masked
    first = _THREE_CAPITAL_WORDS.search(masked)
    if not first:
        return
    words = None
    for run in _capital_runs(masked, first.start()):
        if len(run) < 3:
            continue
        if words is None:
            words = word_list()
        if any(_MARKING_WORD.search(m.group()) for m in run):
            continue  # a protective marking ("OFFICIAL-SENSITIVE", "DRAFT - NOT FOR PUBLICATION")
        if _PRESS_BANNER.fullmatch(masked, run[0].start(), run[-1].end()) or _is_label(masked, run):
            continue
        shouted = [m for m in run if _is_shouted_word(m.group(), words)]
        if len(shouted) >= 2 and len(run) - len(shouted) <= len(shouted) + 1:
            yield Hit(run[0].start(), run[-1].end())


# Protective markings and document banners are written in capitals by convention; whether they
# belong in a post at all is the confidential rules' business.
_MARKING_WORD = LazyPattern(r"^(?:OFFICIAL|SENSITIVE|SECRET|RESTRICTED|CONFIDENTIAL|EMBARGO(?:ED)?|DRAFT|PROTECT)")


# The fixed lines of a press release, written in capitals by every newsroom convention.
_PRESS_BANNER = LazyPattern(r"(?:FOR\s+IMMEDIATE\s+RELEASE|NOTES\s+TO\s+EDITORS?|(?:PRESS|MEDIA|NEWS)\s+RELEASE)")
# A short label opening a line ("SAVE THE DATE:", "JOB ALERT:"): a heading, not a sentence
# shouted at the reader.
_LABEL_END = LazyPattern(r"[ \t]*:")
LABEL_WORDS = 3


def _is_label(text: str, run: list[re.Match[str]]) -> bool:
    line_start = text.rfind("\n", 0, run[0].start()) + 1
    return (
        len(run) <= LABEL_WORDS
        and not text[line_start : run[0].start()].strip(" \t#*>-")
        and bool(_LABEL_END.match(text, run[-1].end()))
    )


def _is_shouted_word(token: str, words: WordList) -> bool:
    lower = token.lower().replace("’", "'")
    if lower in CAPITAL_NAMES or len(lower) < 2:
        return False
    plain = lower.replace("'", "")
    if "-" in plain:
        return all(_is_shouted_word(part.upper(), words) for part in plain.split("-") if part)
    return plain.isalpha() and (words.is_word(plain) or plain in SHORT_WORDS)


# --- AC004 fake bold and italic ----------------------------------------------------------------

_STYLED = LazyPattern(r"[\U0001D400-\U0001D7FF]{2,}(?:[\s'’.,!?-]+[\U0001D400-\U0001D7FF]+)*")


@rule(
    "AC004",
    "styled-unicode-letters",
    triggers=lambda draft: not draft.masked.isascii(),
    category="accessibility",
    severity="warning",
    message="Bold or italic made from maths symbols",
    suggestion="Use plain letters: screen readers cannot read styled maths symbols as words.",
)
def styled_unicode_letters(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports text written in "bold" or "italic" letters copied from a Unicode text generator:
    the Mathematical Alphanumeric Symbols (U+1D400-U+1D7FF), such as 𝐁𝐨𝐨𝐤 𝐧𝐨𝐰 or 𝘍𝘳𝘦𝘦.

    Why is this bad?
    ----------------
    These are maths symbols, not letters. Screen readers read them one by one as "mathematical
    bold capital B..." or skip them; search, translation and hashtags do not recognise the
    words; and on X each one weighs two characters.

    Example
    -------
    `𝐁𝐨𝐨𝐤 𝐲𝐨𝐮𝐫 𝐟𝐥𝐮 𝐣𝐚𝐛 𝐧𝐨𝐰`

    Use instead: `Book your flu jab now` (emphasis with words, or bold where the platform has it).

    Policy
    ------
    The Equality Act 2010 duty the policies commit to: BNSSG 28 §9; HEE "Equality Impact
    Assessment (EIA)"; HRA §7; HSSIB005 §6.2 and §1.3; Tavistock and Portman "Trust-owned social
    media channels".
    """
    if draft.masked.isascii():
        return
    for match in _STYLED.finditer(draft.masked):
        import unicodedata

        plain = "".join(
            unicodedata.normalize("NFKC", char) if "\U0001D400" <= char <= "\U0001D7FF" else char
            for char in match.group()
        )
        yield Hit(match.start(), match.end(), suggestion=f"Write it in plain letters: '{plain}'.")


# --- AC005 vague link text ---------------------------------------------------------------------

# "click here", "tap the link below", "link in bio", in any case, as whole words. The first letter
# is a plain character class (no letter outside ASCII folds to c, t, p or l), so the search skips
# straight to those letters; ignoring case anywhere in the pattern would make it try every
# character. The look back after that letter is the word boundary before it.
_VAGUE_LINK = LazyPattern(
    r"[cCtTpPlL](?<!\w.)(?i:"
    r"(?:(?<=c)lick|(?<=t)ap|(?<=p)ress)\s+(?:here|this\s+link|the\s+link(?:\s+below)?|below|on\s+this)\b"
    r"|(?<=l)ink\s+in\s+(?:our\s+|my\s+|the\s+)?bio\b)"
)
# Markdown links whose whole text is a word that says nothing: "[here](...)".
_VAGUE_LINK_TEXT = LazyPattern(
    r"\[\s*(here|click\s+here|this\s+link|link|this|more|read\s+more|this\s+page|website)\s*\]\(",
    re.IGNORECASE,
)
# Platforms where a caption cannot hold a working link: "link in bio" is the only way there.
NO_LINKS_IN_CAPTIONS = ("instagram", "tiktok")


@rule(
    "AC005",
    "vague-link-text",
    category="accessibility",
    severity="warning",
    message="Link text that does not say where it goes",
    suggestion="Say where the link goes, e.g. 'Book your flu jab on the NHS website: nhs.uk/flu'.",
)
def vague_link_text(draft: Draft, ctx: LintContext) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports "click here", "tap here", "click the link below" and Markdown links whose text is
    only "here", "link", "more" or "read more". "Link in bio" is reported on platforms where the
    post itself can hold the link (X, Bluesky, LinkedIn, Facebook...); on Instagram and TikTok,
    where captions cannot carry links, it is the only way and is left alone (so is a draft with
    no platform).

    Why is this bad?
    ----------------
    Screen reader users often jump from link to link: "here, here, click here" tells them
    nothing. "Click" also assumes a mouse. Link text that names the destination helps everyone
    decide whether to follow it, and "link in bio" on a platform that takes links adds a step
    that loses readers.

    Example
    -------
    `To book your flu jab, click here: nhs.uk/flu`

    Use instead: `Book your flu jab on the NHS website: nhs.uk/flu`

    Policy
    ------
    The Equality Act 2010 duty the policies commit to: BNSSG 28 §9 and §7 ("Try to add value");
    HEE "Equality Impact Assessment (EIA)"; HRA §7; HSSIB005 §6.2 and §1.3; Tavistock and
    Portman "Trust-owned social media channels".
    """
    lower = draft.lower
    if not ("click" in lower or "tap" in lower or "press" in lower or "link in" in lower or "](" in draft.body):
        return
    from smpolicy.lint.rules.platform import draft_platform

    platform = draft_platform(draft, ctx)
    for match in _VAGUE_LINK.finditer(draft.masked):
        if match.group().lower().startswith("link") and (platform is None or platform in NO_LINKS_IN_CAPTIONS):
            continue
        yield Hit(match.start(), match.end())
    if "](" in draft.body:
        for match in _VAGUE_LINK_TEXT.finditer(draft.body):
            start, end = match.span(1)
            if draft.masked[start:end] == draft.body[start:end]:  # link text, not code
                yield Hit(start, end, message=f"Link text '{match.group(1)}' does not say where the link goes")
