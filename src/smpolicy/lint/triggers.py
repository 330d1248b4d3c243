"""Rule triggers: the words a draft must contain before a rule is worth running.

Most drafts are ordinary posts, and most rules look for words an ordinary post never has
("whistle", "tribunal", "promo"). A rule declares them as `triggers` next to its check
(`@rule(..., triggers=generated("AB001"))`: words generated from the rule's own patterns by
`bench/triggers.py --write AB001` into data/triggers.tsv) and the engine skips the rule, and
every pattern it would compile and run, for a draft that has none of them. A rule without
triggers always runs.

Each trigger is one term, or a tuple of terms that must all occur:

- `whistle`        the whole word (a word is a run of letters, digits and `_`, in lower case);
- `whistle*`       a word starting with it (whistleblower, whistle-blowing);
- `*blow*`         those letters anywhere, inside a word or not;
- `go public`      anything else (a phrase, `a&e`, `1/`, an emoji) is looked for as written,
                   a space standing for any white space;
- `("cover*", "ward")`  both terms, anywhere in the draft.

So `("whistle*", "go public", "tribunal*")` fires on "time to go public" and on "tribunals",
never on "public health". The text searched is the draft as the rules read it (`draft.masked`,
code and link addresses blanked), plus the `in_reply_to` text and image alt texts; lower case,
typographic apostrophes made plain, and the few letters regular expressions match as ASCII
letters when ignoring case (İ, dotless ı, long ſ, the Kelvin sign K) folded to ASCII, so a
trigger is never stricter than the patterns it stands for.

Triggers must never change a finding: they are a necessary condition of the rule firing, not a
second opinion. `tests/lint/test_triggers.py` proves it two ways: `requirement()` below reads
the regular expressions each rule depends on and the test checks the declared triggers cover
every way they can match; and every test text and corpus draft is linted with and without
triggers, expecting identical findings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

if TYPE_CHECKING:
    from smpolicy.lint.draft import Draft

# Letters the `re` module matches case-insensitively as ASCII letters (İ ı ſ K), and the
# apostrophes rules straighten before matching.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k", "\u2019": "'", "\u2018": "'", "\u02bc": "'"})


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
# ASCII text: every byte that is not a word character becomes a space, then `split()`.
_ASCII_WORDS = bytes(c if c in _WORD_BYTES else 0x20 for c in range(256))
_WORD = re.compile(r"\w+")


class WordIndex:
    """A draft's text as triggers read it: lower case, folded (see above), and its words."""

    __slots__ = ("lower", "words", "_text", "_direct", "_terms")

    def __init__(self, text: str) -> None:
        # Fold before lower-casing: "İ".lower() is two characters, an "i" and a combining dot.
        self.lower = lower = (text if text.isascii() else text.translate(_FOLD)).lower()
        self._text: str | None = None
        self._direct: dict[int, frozenset[str]] | None = None
        self._terms: dict[str, bool] | None = None
        # Words as bytes when the text is ASCII (much the fastest to split), else as text.
        if lower.isascii():
            self.words: frozenset = frozenset(lower.encode("ascii").translate(_ASCII_WORDS).split())
        else:
            self.words = frozenset(_WORD.findall(lower))

    @property
    def text(self) -> str:
        """White space collapsed, so a phrase trigger ("go public") matches across line breaks,
        with a space at each end, so " dim" matches at the very start."""
        if self._text is None:
            self._text = f" {' '.join(self.lower.split())} "
        return self._text

    def has_term(self, term: str) -> bool:
        """Whether the draft has one term as written ("fiddl*|fudg*": either), remembered: rules
        share many terms, and a run on one draft checks each rule's triggers directly."""
        if self._terms is None:
            self._terms = {}
        found = self._terms.get(term)
        if found is None:
            found = self._terms[term] = self._has_choice(term.split("|"))
        return found

    def _has_choice(self, choices: list[str]) -> bool:
        # Most choices are plain lower-case words: one set operation settles all of those, and
        # only the others (prefixes, phrases) are read one at a time.
        if not self._word_strings().isdisjoint(choices):
            return True
        for choice in choices:
            choice = choice.strip()
            if not (choice.isascii() and choice == choice.lower()):
                if self.has(*parse_term(choice)):
                    return True
            elif choice.isalnum():
                if choice in self._word_strings():  # only when written with spaces round it
                    return True
            elif choice[-1] == "*" and choice[0] != "*" and choice[:-1].isalnum():
                if self.has(PREFIX, choice[:-1]):
                    return True
            elif choice[0] != "*" and choice[-1] != "*" and "  " not in choice:
                if choice in self.text:  # a phrase or symbol, as written (see parse_term)
                    return True
            elif self.has(*parse_term(choice)):
                return True
        return False

    def _word_strings(self) -> frozenset[str]:
        if self._direct is None:
            self._direct = {}
        words = self._direct.get(0)
        if words is None:
            words = self._direct[0] = frozenset(w.decode() if isinstance(w, bytes) else w for w in self.words)
        return words

    def has(self, kind: str, value: str) -> bool:
        """Whether the draft has one term (for checking a few triggers without compiling them)."""
        if kind == INFIX:
            return value in self.text
        words = self._word_strings()
        if kind == WORD:
            return value in words
        starts = self._direct.get(len(value))
        if starts is None:
            starts = self._direct[len(value)] = frozenset(word[: len(value)] for word in words)
        return value in starts


def index_of(draft: "Draft") -> WordIndex:
    """The draft's word index, built on first use and kept with the draft."""
    cached = draft.__dict__.get("_word_index")
    if cached is None:
        parts = [draft.masked]
        if draft.meta.in_reply_to:
            parts.append(draft.meta.in_reply_to)
        parts.extend(image.alt for image in draft.meta.images if image.alt)
        cached = draft.__dict__["_word_index"] = WordIndex("\n".join(parts))
    return cached


# --- terms and compiled triggers --------------------------------------------------------------

WORD, PREFIX, INFIX = "word", "prefix", "infix"
_TERM = re.compile(r"\*?[a-z0-9_]+\*?")


def parse_term(term: str) -> tuple[str, str]:
    """`(WORD, "x")`, `(PREFIX, "x")` or `(INFIX, "x")` for one term as written."""
    # String methods rather than a pattern: a run of `smpolicy lint` on one draft reads every
    # trigger once, and there are thousands.
    core = term[1:] if term[:1] == "*" else term
    core = core[:-1] if core[-1:] == "*" else core
    if core and core.isascii() and core.replace("_", "a").isalnum() and core == core.lower():
        if term[:1] == "*":
            return INFIX, core
        if term[-1:] == "*":
            return PREFIX, core
        return WORD, core
    text = (term if term.isascii() else term.translate(_FOLD)).lower()
    if "  " in text or "\n" in text or "\t" in text or text[:1] == " " or text[-1:] == " ":
        text = _collapse(text)
    return INFIX, text


@lru_cache(maxsize=None)
def _parse_choices(term: str) -> tuple[tuple[str, str], ...]:
    return tuple(parse_term(part.strip()) for part in term.split("|"))


@lru_cache(maxsize=None)
def parse_item(item: "str | tuple[str, ...]") -> tuple[tuple[tuple[str, str], ...], ...]:
    """A trigger as the terms that must all occur (a string is one term, a tuple several), each
    term as its alternatives ("fiddl*|fudg*": either)."""
    terms = (item,) if isinstance(item, str) else tuple(item)
    if not terms or not all(isinstance(term, str) and term.strip() for term in terms):
        raise ValueError(f"bad trigger {item!r}")
    return tuple(_parse_choices(term) for term in terms)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _term_text(text: str) -> str:
    return text.translate(_FOLD).lower()


class Gates:
    """The triggers of many rules, compiled together: `fired(draft)` says which ones fire.

    Every word, prefix and phrase a trigger mentions is an "atom". Each of the draft's words
    is looked up once (and remembered: drafts share most of their words) for the atoms it is
    or starts with; the few atoms with no whole word in them ("c*nt", "£") are searched for in
    the text. The atoms found lead straight to the triggers they fire (one-term triggers), or to
    the few others worth checking, filed under their rarest-looking atom. A rule whose triggers
    mention none of the draft's words costs nothing.
    """

    def __init__(self, specs: Iterable) -> None:
        self._atoms: list[tuple[str, str]] = []
        self._ids: dict[tuple, int] = {}
        self._single: dict[int, list[int]] = {}
        self._keyed: dict[int, list[tuple[int, frozenset, tuple]]] = {}
        self._search_for: set[int] = set()
        self.groups: list["tuple[int, ...] | Callable | None"] = []
        group_count = 0
        for spec in specs:
            if spec is None or callable(spec):
                self.groups.append(spec)
                continue
            ids = []
            checks = []
            for items in spec.groups if isinstance(spec, AllOf) else (spec,):
                if callable(items):
                    checks.append(items)
                    continue
                for item in items:
                    self._add(group_count, parse_item(item))
                ids.append(group_count)
                group_count += 1
            self.groups.append(Both(tuple(ids), tuple(checks)) if checks else tuple(ids))
        self._words = {value: atom for atom, (kind, value) in enumerate(self._atoms) if kind == WORD}
        self._prefixes = {value: atom for atom, (kind, value) in enumerate(self._atoms) if kind == PREFIX}
        self._lengths = sorted({len(value) for value in self._prefixes})
        self._inside_words, self._searched = _split_searched((self._atoms[atom][1], atom) for atom in sorted(self._search_for))
        # word -> the atoms it is or starts with; drafts share most of their words.
        self._known: dict["str | bytes", tuple[int, ...]] = {}

    def _atom(self, term: tuple) -> int:
        atom = self._ids.get(term)
        if atom is None:
            atom = self._ids[term] = len(self._atoms)
            self._atoms.append(term)
        return atom

    def _add(self, group: int, terms) -> None:
        if len(terms) == 1 and len(terms[0]) > 1:
            # One term: each alternative fires the group on its own.
            for term in terms[0]:
                self._add(group, ((term,),))
            return
        if len(terms) == 1 and not _is_phrase(terms[0][0]):
            self._single.setdefault(self._key_atom(terms[0][0]), []).append(group)
            return
        # Each term as (its atoms found by lookup or search, its phrases), rarest term first,
        # so most checks stop at the first term.
        ordered = sorted(terms, key=lambda alternatives: sum(_key_chance(term) for term in alternatives))
        compiled = tuple(
            (
                frozenset(self._atom(term) for term in alternatives if term[0] != INFIX),
                self._phrases_by_key([term for term in alternatives if term[0] == INFIX]),
            )
            for alternatives in ordered
        )
        # What the trigger surely needs (its one-choice terms, and the words inside its phrases):
        # a set lookup rules most drafts out before any phrase is searched for.
        needed = [key for alternatives in terms if len(alternatives) == 1 for key in _implied(alternatives[0])]
        required = frozenset(self._atom(key) for key in needed)
        # Filed under the rarest-looking atom it needs, or under each choice of one of its terms.
        choices = [[key] for key in needed]
        for alternatives in terms:
            keys = [_best_key(term) for term in alternatives]
            if all(key is not None for key in keys):
                choices.append(keys)
        entry = (group, required, compiled)
        for key in min(choices, key=lambda keys: sum(_key_chance(key) for key in keys)):
            self._keyed.setdefault(self._key_atom(key), []).append(entry)

    def _phrases_by_key(self, phrases: list[tuple[str, str]]) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """A term's phrases filed under a word or prefix each surely brings with it ("u don't need"
        under `need*`), so a draft without that word never has the phrase searched for. Phrases
        with no whole word in them are filed under -1: always searched for."""
        filed: dict[int, list[str]] = {}
        for term in phrases:
            key = _best_key(term) if _is_phrase(term) else None
            filed.setdefault(-1 if key is None else self._atom(key), []).append(term[1])
        return tuple((atom, tuple(values)) for atom, values in filed.items())

    def _key_atom(self, term: tuple[str, str]) -> int:
        """An atom a trigger is filed under; one with no whole word in it is searched for."""
        atom = self._atom(term)
        if term[0] == INFIX:
            self._search_for.add(atom)
        return atom

    def fired(self, draft: "Draft") -> set[int]:
        """The trigger groups that fire on a draft (computed once, kept with the draft)."""
        cache = draft.__dict__.setdefault("_gates_fired", {})
        found = cache.get(id(self))
        if found is None:
            found = cache[id(self)] = self.fired_in(index_of(draft))
        return found

    def fired_in(self, index: WordIndex) -> set[int]:
        hits = self._hits(index)
        fired: set[int] = set()
        single = self._single
        for atom in hits:
            groups = single.get(atom)
            if groups:
                fired.update(groups)
        keyed = self._keyed
        text = index.text
        for atom in hits:
            for group, required, terms in keyed.get(atom, ()):
                if group not in fired and required <= hits and _all_present(terms, hits, text):
                    fired.add(group)
        return fired

    def _hits(self, index: WordIndex) -> set[int]:
        """The atoms the draft has: its words that are one, the atoms its words start with, and
        the searched-for atoms in its text."""
        hits: set[int] = set()
        known = self._known
        for word in index.words:
            atoms = known.get(word)
            if atoms is None:
                atoms = self._atoms_of(word)
            if atoms:
                hits.update(atoms)
        text = index.text
        for mark, atoms in self._searched:
            if mark in text:
                hits.update([atom for value, atom in atoms if value in text])
        return hits

    def _atoms_of(self, word: "str | bytes") -> tuple[int, ...]:
        text = word.decode("ascii") if isinstance(word, bytes) else word
        found = [self._words[text]] if text in self._words else []
        for length in self._lengths:
            if length > len(text):
                break
            atom = self._prefixes.get(text[:length])
            if atom is not None:
                found.append(atom)
        found.extend([atom for value, atom in self._inside_words if value in text])
        if len(self._known) < _KNOWN_WORDS:
            self._known[word] = tuple(found)
        return tuple(found)


# Characters most posts have: the last choice to gate a searched-for atom on.
_EVERYDAY_MARKS = {" ": 4, "'": 3, "-": 2, ".": 2, ",": 2}


def _split_searched(searched) -> tuple[tuple, tuple]:
    """Searched-for atoms split two ways. Letters only ("labour", "statin"): always inside one
    word, so each distinct word is checked once for them and remembered. The rest ("c*nt", "£",
    "you're", "free p&p"): filed under their least everyday mark, searched for only in a text
    that has that mark."""
    inside_words = []
    marked: dict[str, list] = {}
    for value, atom in searched:
        if _TERM.fullmatch(value):
            inside_words.append((value, atom))
            continue
        marks = [char for char in value if not _is_word(char)]
        mark = min(marks, key=lambda char: _EVERYDAY_MARKS.get(char, 0)) if marks else value
        marked.setdefault(mark, []).append((value, atom))
    return tuple(inside_words), tuple((mark, tuple(atoms)) for mark, atoms in marked.items())


@lru_cache(maxsize=None)
def _is_phrase(term: tuple[str, str]) -> bool:
    """A phrase with whole words in it: searched for only once its words are found."""
    return term[0] == INFIX and bool(_implied(term))


def _lookup_keys(term: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """Atoms the draft surely has when it has `term`, as the index finds them."""
    return _implied(term) if _is_phrase(term) else (term,)


@lru_cache(maxsize=None)
def _best_key(term: tuple[str, str]) -> "tuple[str, str] | None":
    keys = _lookup_keys(term)
    return min(keys, key=_key_chance) if keys else None


def _all_present(terms, hits: set[int], text: str) -> bool:
    """Whether every term has a word or prefix among `hits`, or a phrase in `text` (searched
    for only when the word it is filed under is among `hits`; -1 is always there)."""
    for atoms, filed in terms:
        if atoms.isdisjoint(hits) and not (filed and _has_phrase(filed, hits, text)):
            return False
    return True


def _has_phrase(filed, hits: set[int], text: str) -> bool:
    for key, phrases in filed:
        if key in hits or key == -1:
            for phrase in phrases:
                if phrase in text:
                    return True
    return False


# At most this many words' atoms are remembered (a few megabytes).
_KNOWN_WORDS = 200_000


class Trigger:
    """One rule's triggers checked directly, term by term, with no compiling: cheaper than
    `Gates` for a handful of drafts (a pre-commit run), slower for many."""

    def __init__(self, items) -> None:
        self._groups = items.groups if isinstance(items, AllOf) else (tuple(items),)

    def fires(self, index: WordIndex, draft: "Draft | None" = None) -> bool:
        """Whether the triggers fire; a group that is a function counts only with a `draft`."""
        return all(
            (_safely(group, draft) if draft is not None else True)
            if callable(group)
            else any(_item_fires(item, index) for item in group)
            for group in self._groups
        )


def _item_fires(item, index: WordIndex) -> bool:
    if isinstance(item, str):
        return index.has_term(item)
    for term in item:
        if not index.has_term(term):
            return False
    return True


class Triggers:
    """Every active rule's triggers: `worth_running(draft)` says which rules to run.

    The first drafts are checked rule by rule (`Trigger`); from the `_COMPILE_AFTER`th on, the
    triggers are compiled together (`Gates`), which costs a tenth of a second once and makes
    each draft's check a few set lookups. Call `compile()` before forking workers so they share it.
    """

    def __init__(self, specs: Iterable) -> None:
        self._specs = list(specs)
        self._gates: Gates | None = None
        self._single: list | None = None
        self._seen = 0

    def compile(self) -> None:
        if self._gates is not None:
            return
        gates = Gates(self._specs)
        # Most rules stand or fall by one trigger group: the groups that fire switch them on
        # directly, so a draft costs a look-up per fired group, not a test per rule.
        self._always = [groups is None for groups in gates.groups]
        self._rule_of_group: dict[int, int] = {}
        self._others: list[tuple[int, object]] = []
        for number, groups in enumerate(gates.groups):
            if groups is None:
                continue
            if type(groups) is tuple and len(groups) == 1:
                self._rule_of_group[groups[0]] = number
            else:
                self._others.append((number, groups))
        self._gates = gates

    def worth_running(self, draft: "Draft") -> list[bool]:
        if self._gates is None:
            self._seen += 1
            if self._seen > _COMPILE_AFTER:
                self.compile()
        if self._gates is None:
            return self._one_by_one(draft)
        fired = self._gates.fired(draft)
        result = self._always.copy()
        rule_of_group = self._rule_of_group
        for group in fired:
            number = rule_of_group.get(group)
            if number is not None:
                result[number] = True
        for number, groups in self._others:
            if callable(groups):
                result[number] = _safely(groups, draft)
            elif type(groups) is Both:
                result[number] = fired.issuperset(groups.ids) and all(_safely(check, draft) for check in groups.checks)
            else:
                result[number] = fired.issuperset(groups)
        return result

    def _one_by_one(self, draft: "Draft") -> list[bool]:
        if self._single is None:
            self._single = [spec if spec is None or callable(spec) else Trigger(spec) for spec in self._specs]
        index = None
        result = []
        for trigger in self._single:
            if trigger is None:
                result.append(True)
            elif callable(trigger):
                result.append(_safely(trigger, draft))
            else:
                index = index or index_of(draft)
                result.append(trigger.fires(index, draft))
        return result


# Drafts checked rule by rule before the triggers are compiled together.
_COMPILE_AFTER = 20


def _safely(predicate, draft: "Draft") -> bool:
    try:
        return bool(predicate(draft))
    except Exception:  # a broken trigger runs the rule, which then reports its own error
        return True


@lru_cache(maxsize=None)
def _implied(term: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """The words and prefixes a draft surely has when it has `term`."""
    kind, value = term
    if kind in (WORD, PREFIX):
        return (term,)
    if " " not in value:
        return ()
    parts = value.split(" ")
    implied = [(WORD, part) for part in parts[1:-1] if _TERM.fullmatch(part)]
    if _TERM.fullmatch(parts[-1]):
        implied.append((PREFIX, parts[-1]))
    return tuple(implied)


class AllOf(tuple):
    """Triggers in groups that must all fire: `all_of(colleagues, verdicts)`."""

    @property
    def groups(self) -> tuple:
        return tuple(self)


def all_of(*groups: "Iterable | Callable[[Draft], bool]") -> AllOf:
    """Several lists of triggers, one of each of which a draft must contain; a group may also be
    a function of the draft (`all_of(is_reply, (...words...))`: a reply with one of the words)."""
    return AllOf(
        group if callable(group) else tuple(item if isinstance(item, str) else tuple(item) for item in group)
        for group in groups
        if group is not None  # `generated()` for a rule whose triggers are not written yet
    )


# Generated triggers: written by `bench/triggers.py --write RULE` from the rule's `needs`, kept
# as data rather than as code in the rule modules (they are long, and only a machine reads them).
# One trigger a line: the rule id, then its terms, separated by tabs (terms never hold one).
# Plain lines rather than JSON: reading them needs no import, and `smpolicy lint` on one draft
# reads every rule's triggers.
GENERATED_FILE = "triggers.tsv"


def generated(rule_id: str) -> "tuple | None":
    """The rule's generated trigger words (data/triggers.tsv), or None while it has none: then
    the rule always runs, and tests/lint/test_triggers.py says to run `bench/triggers.py --write`."""
    items = _generated_triggers().get(rule_id)
    return tuple(items) if items is not None else None


@lru_cache(maxsize=None)
def _generated_triggers() -> dict[str, list]:
    from pathlib import Path

    # Read beside the package rather than through importlib.resources, which is slow to import.
    path = Path(__file__).with_name("data") / GENERATED_FILE
    if not path.is_file():
        return {}
    return read_generated(path.read_text(encoding="utf-8"))


def read_generated(text: str) -> dict[str, list]:
    """Rule id -> its triggers (a term, or a tuple of terms that must all occur)."""
    triggers: dict[str, list] = {}
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        rule_id, *terms = line.split("\t")
        triggers.setdefault(rule_id, []).append(terms[0] if len(terms) == 1 else tuple(terms))
    return triggers


def write_generated(triggers: dict[str, list]) -> str:
    """The text `read_generated` reads back as `triggers` (rules in id order, each rule's
    triggers in the order given)."""
    lines = ["# Generated by bench/triggers.py --write RULE from each rule's `needs`: do not edit."]
    for rule_id in sorted(triggers):
        for item in triggers[rule_id]:
            terms = (item,) if isinstance(item, str) else tuple(item)
            if not terms or any(not term or "\t" in term or "\n" in term for term in terms):
                raise ValueError(f"{rule_id}: a trigger term is empty or holds a tab or line break: {item!r}")
            lines.append("\t".join((rule_id, *terms)))
    return "\n".join(lines) + "\n"


class Both(NamedTuple):
    """Compiled `all_of` with functions: the word groups (ids) and the functions must all fire."""

    ids: tuple[int, ...]
    checks: tuple


# --- what a regular expression needs: checking declared triggers ------------------------------
#
# `requirement(pattern)` reads a pattern with the `re` module's own parser and returns the terms
# every match must contain, as alternatives of all-required terms ("or" of "and"s), or None when
# a match could be made of anything. Only tests and tools call it: parsing costs about as much
# as compiling, which is what triggers exist to avoid.
#
# A literal run of letters is a whole word when the pattern guarantees non-word characters (or a
# look-around that forbids \w, \b, ^, $) on both sides, a word prefix when only on the left, and
# letters inside a word otherwise. Anything the analysis does not understand is "could be
# anything", which only ever makes a requirement weaker, never wrong.

Term = "tuple[str, str]"
Clause = "frozenset[tuple[str, str]]"

# Words in more than one in 25 NHS posts (the published examples and labelled corpus under
# tests/), which make poor triggers on their own.
_COMMON = frozenset(
    """a about all also am an and any appointment are as ask at be been bristol but by call can
    care centre children contact d day do don emergency every everyone families find for free from
    get go gp had has have he health help her his home hospital how i if in is it just ll m me
    month more my need new nhs no not now nurse of on one online open or our out patient patients
    people please pm practice public re report research s safe safety service services she so
    sorry staff support t team than thank that the their them they this through time to today
    trust uk up us use ve ward was we website week what when who will with work year years you
    your""".split()
)
# Most alternatives kept when two parts of a sequence are combined ("and" of two "or"s).
_MAX_CLAUSES = 64


def requirement(pattern) -> "list[list[set]]":
    """What any match of `pattern` needs, as alternatives (one per branch of a pattern that is
    an "or" at the top), each a list of parts that must all hold, each part a set of clauses
    (terms that must all occur). An empty list of parts: that alternative needs nothing."""
    from re import _parser

    source, flags = source_of(pattern)
    items = list(_parser.parse(source, flags))
    tokens = _tokens(items)
    before, after = _contexts(tokens, False, False)
    consuming = [index for index, token in enumerate(tokens) if token[0] not in ("zero", "left", "right", "both")]
    if len(consuming) == 1 and tokens[consuming[0]][0] == "sub" and tokens[consuming[0]][1][0] is _parser.BRANCH:
        # Keep each branch's parts apart, so "all of" triggers can be checked against them.
        index = consuming[0]
        branches = tokens[index][1][1][1]
        return [_sequence(alternative, before[index], after[index]) for alternative in branches]
    return [_sequence(items, False, False)]


def clauses(pattern) -> "set | None":
    """`requirement` as one set of alternative clauses (the most selective parts, combined)."""
    found = _best_or_nothing(requirement(pattern))
    return found or None


def needs_any(alternatives) -> "list[list[set]]":
    """`requirement` of each alternative (a pattern, or a tuple of patterns all needed)."""
    result = []
    for alternative in alternatives:
        group = alternative if isinstance(alternative, tuple) else (alternative,)
        combined = [[]]
        for pattern in group:
            branches = requirement(pattern)
            if len(combined) * len(branches) > 64:
                merged = _best_or_nothing(branches)
                branches = [[merged] if merged else []]
            combined = [left + right for left in combined for right in branches]
        result.extend(combined)
    return result


def _best_or_nothing(branches) -> set:
    """All branches as one set of clauses; empty when some branch needs nothing."""
    found = [_best(factors) for factors in branches]
    if any(clauses is None for clauses in found):
        return set()
    return _absorb(set().union(*found))


def source_of(pattern) -> tuple[str, int]:
    if isinstance(pattern, tuple):
        return pattern
    if isinstance(pattern, str):
        return pattern, 0
    if isinstance(pattern, re.Pattern):
        return pattern.pattern, pattern.flags
    for attribute in ("compiled", "regex"):
        compiled = getattr(pattern, attribute, None)
        if isinstance(compiled, re.Pattern):
            return compiled.pattern, compiled.flags
    raise TypeError(f"not a pattern: {pattern!r}")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _tokens(items) -> list[tuple]:
    """A sequence as tokens: ("lit", c) a known character (" " for any run of white space),
    ("sep",) non-word characters, ("word",) word characters, ("any",) anything, ("sub", node)
    a group with its own requirement, and the zero-width ("zero",), ("left",) (no word character
    before), ("right",) (none after) and ("both",) (\b)."""
    from re import _constants as c

    tokens: list[tuple] = []
    for op, value in items:
        if op is c.LITERAL:
            char = chr(value)
            tokens.append(("lit", " " if char.isspace() else char))
        elif op is c.IN:
            tokens.append(_class_token(value))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            tokens.append(_repeat_token((op, value)))
        elif op is c.SUBPATTERN:
            tokens.extend(_tokens(value[3]))
        elif op is c.ATOMIC_GROUP:
            tokens.extend(_tokens(value))
        elif op is c.BRANCH:
            tokens.append(_choice((op, value)) or ("sub", (op, value)))
        elif op is c.AT:
            tokens.append(_at_token(value))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            tokens.append(_assert_token(op, value))
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
            tokens.append(("any",))
    return tokens


def _class_token(members) -> tuple:
    from re import _constants as c

    if _only_space(members):
        return ("lit", " ")
    members = list(members)
    chars = _class_chars(members)
    if chars is not None and len(chars) > 1:
        # A few characters, e.g. the disguises in "sh[i*!1]t": each spelling is its own term.
        return ("alt", tuple(chars))
    kind = _class_kind(members)
    return ("sep",) if kind == "n" else ("word",) if kind == "w" else ("any",)


def _class_chars(members) -> "list[str] | None":
    """The characters of a small class ("[i*!1]", "[4-9]"), or None for a large or negated one."""
    from re import _constants as c

    chars: list[str] = []
    for op, value in members:
        if op is c.LITERAL:
            chars.append(chr(value))
        elif op is c.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    if len(chars) > _MAX_CLASS:
        return None
    return [" " if char.isspace() else char for char in dict.fromkeys(chars)]


# Most characters a class may have to be read as separate spellings ("[0-9]" has ten).
_MAX_CLASS = 10


def _only_space(members) -> bool:
    from re import _constants as c

    members = list(members)
    return bool(members) and all(
        (op is c.CATEGORY and value is c.CATEGORY_SPACE) or (op is c.LITERAL and chr(value).isspace())
        for op, value in members
    )


def _repeat_token(node) -> tuple:
    low, high, body = node[1]
    body = list(body)
    if low == 0 and high == 1:
        found = _spellings(body)
        if found is not None and "" not in found:
            return ("alt", ("", *found))  # go(?:ing)?: "go" or "going"
    if low >= 1 and len(body) == 1:
        op, value = body[0]
        from re import _constants as c

        if op is c.IN and _only_space(value) or op is c.LITERAL and chr(value).isspace():
            return ("lit", " ")  # \s+ : collapsed to one space in the searched text
        kind = _single_kind(body)
        if kind == "n":
            return ("sep",)
        if kind == "w":
            return ("word",)
    return ("sub", node)


def _choice(node) -> "tuple | None":
    """A branch of a few fixed spellings ("papers|press|media") as one token of choices."""
    found = _spellings([node])
    return ("alt", tuple(found)) if found is not None and len(found) > 1 else None


def _spellings(items) -> "list[str] | None":
    """Every text a sequence can match, when it is made only of literal characters, white space
    (read as one space), a few-character class, optional literals and small branches; None
    when it is anything else or has more than _MAX_SPELLINGS spellings."""
    from re import _constants as c

    found = [""]
    for op, value in items:
        if op is c.LITERAL:
            choices = [" " if chr(value).isspace() else chr(value)]
        elif op is c.IN:
            members = list(value)
            if _only_space(members):
                choices = [" "]
            else:
                choices = _class_chars(members)
                if choices is None:
                    return None
        elif op is c.SUBPATTERN:
            choices = _spellings(list(value[3]))
        elif op is c.BRANCH:
            choices = []
            for alternative in value[1]:
                inner = _spellings(list(alternative))
                if inner is None:
                    return None
                choices.extend(inner)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = value
            body = list(body)
            if low >= 1 and len(body) == 1 and (
                body[0][0] is c.IN and _only_space(body[0][1]) or body[0][0] is c.LITERAL and chr(body[0][1]).isspace()
            ):
                choices = [" "]  # \s+ : one space in the collapsed text
            elif low == 0 and high == 1:
                inner = _spellings(body)
                choices = None if inner is None else ["", *inner]
            else:
                return None
        else:
            return None
        if choices is None:
            return None
        found = [text + choice for text in found for choice in choices]
        if len(found) > _MAX_SPELLINGS:
            return None
    return found


def _at_token(where) -> tuple:
    from re import _constants as c

    if where in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return ("left",)
    if where in (c.AT_END, c.AT_END_STRING):
        return ("right",)
    if where is c.AT_BOUNDARY:
        return ("both",)
    return ("zero",)


def _assert_token(op, value) -> tuple:
    from re import _constants as c

    direction, body = value
    body = list(body)
    if op is c.ASSERT_NOT:
        if len(body) == 1 and body[0][0] is c.IN and _forbids_word(body[0][1]):
            return ("left",) if direction < 0 else ("right",)
        return ("zero",)
    if body and _single_kind([body[-1] if direction < 0 else body[0]]) == "n":
        return ("left",) if direction < 0 else ("right",)
    return ("zero",)


def _forbids_word(members) -> bool:
    from re import _constants as c

    members = list(members)
    return all(op is not c.NEGATE for op, _ in members) and any(
        op is c.CATEGORY and value is c.CATEGORY_WORD for op, value in members
    )


def _single_kind(body) -> str:
    """"w" if a one-item body matches only word characters, "n" only others, else "?"."""
    from re import _constants as c

    body = list(body)
    if len(body) != 1:
        return "?"
    op, value = body[0]
    if op is c.LITERAL:
        return "w" if _is_word(chr(value)) else "n"
    if op is c.IN:
        return _class_kind(value)
    return "?"


def _class_kind(members) -> str:
    from re import _constants as c

    members = list(members)
    if any(op is c.NEGATE for op, _ in members):
        rest = [(op, value) for op, value in members if op is not c.NEGATE]
        return "n" if _forbids_word(rest) else "?"
    kinds = set()
    for op, value in members:
        if op is c.LITERAL:
            kinds.add("w" if _is_word(chr(value)) else "n")
        elif op is c.RANGE:
            low, high = value
            if high - low > 5000:
                return "?"
            kinds.update("w" if _is_word(chr(code)) else "n" for code in range(low, high + 1))
        elif op is c.CATEGORY:
            if value in (c.CATEGORY_WORD, c.CATEGORY_DIGIT):
                kinds.add("w")
            elif value in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                kinds.add("n")
            else:
                return "?"
        else:
            return "?"
    return kinds.pop() if len(kinds) == 1 else "?"


def _contexts(tokens: list[tuple], left: bool, right: bool) -> tuple[list[bool], list[bool]]:
    """For each token: is the character before it (after it) surely not a word character?"""
    before, after = [False] * len(tokens), [False] * len(tokens)
    state = left
    for index, token in enumerate(tokens):
        before[index] = state
        state = _next_state(token, state, "left")
    state = right
    for index in range(len(tokens) - 1, -1, -1):
        after[index] = state
        state = _next_state(tokens[index], state, "right")
    return before, after


def _fold(tokens: list[tuple], state: bool, side: str) -> bool:
    for token in tokens if side == "left" else reversed(tokens):
        state = _next_state(token, state, side)
    return state


def _next_state(token: tuple, state: bool, side: str) -> bool:
    """Whether the character next to the following token is surely not a word character."""
    kind = token[0]
    if kind in (side, "both"):
        return True
    if kind in ("zero", "left", "right"):
        return state
    if kind == "lit":
        return not _is_word(token[1])
    if kind == "alt":
        # After a choice: the edge character of every choice, or what was there for an empty one.
        edge = -1 if side == "left" else 0
        return all(state if not choice else not _is_word(choice[edge]) for choice in token[1])
    if kind == "sub":
        from re import _constants as c

        op, value = token[1]
        if op is c.BRANCH:
            return all(_fold(_tokens(alternative), state, side) for alternative in value[1])
        low, _, body = value
        # Repeating a body changes the edge state as one copy does; none leaves it as it was.
        once = _fold(_tokens(body), state, side)
        return once if low >= 1 else state and once
    return kind == "sep"


def _sequence(items, left: bool, right: bool) -> "list[set]":
    """The parts a sequence needs, all of them (each a set of alternative clauses)."""
    tokens = _tokens(items)
    before, after = _contexts(tokens, left, right)
    factors: list[set] = []
    run: list[int] = []
    for index, token in enumerate(tokens + [("end",)]):
        if token[0] in ("lit", "alt"):
            run.append(index)
            continue
        if token[0] in ("zero", "left", "right", "both"):
            continue  # zero-width: the characters either side stay adjacent
        if run:
            factors.extend(_run_factors(tokens, run, before, after))
            run = []
        if token[0] == "sub":
            found = _node(token[1], before[index], after[index])
            if found is not None:
                factors.append(found)
    return factors


# Most choices read as spellings ("b[o*]ll[o*]cks", "go(?:ing)? to the (?:papers|press|media)"),
# and most spellings one run of characters is read as.
_MAX_CHOICES = 6
_MAX_SPELLINGS = 24


def _run_factors(tokens, run: list[int], before: list[bool], after: list[bool]) -> list[set]:
    """A run of known characters as required parts: each of its terms when it has one spelling;
    one part with a clause per spelling when it has a few."""
    spellings = [""]
    for index in run:
        token = tokens[index]
        choices = token[1] if token[0] == "alt" else (token[1],)
        spellings = [spelling + choice for spelling in spellings for choice in choices]
        if len(spellings) > _MAX_SPELLINGS:
            # Too many: read the biggest choice on its own, and the runs either side of it.
            widest = max(range(len(run)), key=lambda at: len(tokens[run[at]][1]) if tokens[run[at]][0] == "alt" else 0)
            return [
                *(_run_factors(tokens, run[:widest], before, after) if widest else []),
                *_run_factors(tokens, [run[widest]], before, after),
                *(_run_factors(tokens, run[widest + 1 :], before, after) if widest + 1 < len(run) else []),
            ]
    if len(spellings) == 1:
        return [{frozenset({term})} for term in _run_terms(spellings[0], run, before, after)]
    clauses = {frozenset(_run_terms(spelling, run, before, after)) for spelling in spellings}
    return [] if frozenset() in clauses else [clauses]  # a spelling with no word needs nothing


def _run_terms(chars: str, run: list[int], before: list[bool], after: list[bool]) -> list[tuple[str, str]]:
    """The terms one spelling of a run gives: each word in it (whole, a prefix, or letters
    inside a word), and the run itself when it has other characters ("go public", "a&e")."""
    terms = []
    start = 0
    while start < len(chars):
        if not _is_word(chars[start]):
            start += 1
            continue
        end = start
        while end < len(chars) and _is_word(chars[end]):
            end += 1
        bounded_left = before[run[0]] if start == 0 else True
        bounded_right = after[run[-1]] if end == len(chars) else True
        word = _term_text(chars[start:end])
        kind = WORD if bounded_left and bounded_right else PREFIX if bounded_left else INFIX
        terms.append((kind, word))
        start = end
    text = _collapse(_term_text(chars))
    if text and any(not _is_word(char) for char in text):
        terms.append((INFIX, text))
    return terms


def _node(node, left: bool, right: bool) -> "set | None":
    from re import _constants as c

    op, value = node
    if op is c.BRANCH:
        result: set = set()
        for alternative in value[1]:
            found = _best(_sequence(alternative, left, right))
            if found is None:
                return None
            result |= found
        return _absorb(result)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = value
        if low == 0:
            return None
        return _best(_sequence(body, left, right if high == 1 else False))
    return None


def _best(factors: list[set]) -> "set | None":
    """The most selective "and" of up to three of a sequence's required parts."""
    if not factors:
        return None
    factors = sorted(factors, key=_cost)
    best = factors[0]
    for factor in factors[1:3]:
        if len(best) * len(factor) > _MAX_CLAUSES:
            continue
        combined = _absorb({a | b for a in best for b in factor})
        if _cost(combined) < _cost(best):
            best = combined
    return best


def _absorb(clauses: set) -> set:
    """Drop alternatives that need more than another one does (they add nothing to an "or")."""
    kept: list = []
    for clause in sorted(clauses, key=lambda clause: (len(clause), sorted(clause))):
        if not any(other <= clause for other in kept):
            kept.append(clause)
    if len(kept) <= 200:
        # "the media team" needs "media team": the longer phrase adds nothing either.
        kept = [
            clause
            for clause in kept
            if not any(
                other is not clause and all(any(implies(have, want) for have in clause) for want in other)
                and not all(any(implies(have, want) for have in other) for want in clause)
                for other in kept
            )
        ]
    return set(kept)


def _cost(clauses: set) -> float:
    """A rough chance that ordinary text satisfies these alternatives (lower is better)."""
    total = 0.0
    for clause in clauses:
        chance = 1.0
        for term in clause:
            chance *= _term_chance(term)
        total += chance
    return total


@lru_cache(maxsize=None)
def _term_chance(term: tuple[str, str]) -> float:
    """A rough chance that an ordinary post has the term, guessed from its length (used to pick
    the part of a pattern triggers stand for, so tests and `bench/triggers.py` agree on it)."""
    kind, value = term
    size = len(value)
    if kind == WORD:
        if value.isdigit():
            return 0.03  # a number on its own: a day of the month, an age, a count
        return 0.3 if value in _COMMON else 0.1 if size <= 2 else 0.02 if size == 3 else 0.003
    if kind == PREFIX:
        if value in _COMMON:
            return 0.4
        return 0.5 if size <= 2 else 0.05 if size == 3 else 0.01 if size == 4 else 0.003
    if " " in value:
        # A phrase is rarer than its rarest word.
        words = [word for word in value.split(" ") if word]
        rarest = min(_term_chance((WORD, word) if _TERM.fullmatch(word) else (INFIX, word)) for word in words)
        return max(rarest * 0.2, 1e-5)
    return 0.9 if size <= 1 else 0.5 if size == 2 else 0.1 if size == 3 else 0.03 if size == 4 else 0.01


@lru_cache(maxsize=None)
def _key_chance(term: tuple[str, str]) -> float:
    """`_term_chance`, corrected by how often example posts really have the word (or a word it
    starts or is inside): `Gates` files each trigger under its rarest word by this, so ordinary
    posts look up as few triggers as possible. Only ever changes speed, never a finding."""
    kind, value = term
    guess = _term_chance(term)
    if kind == WORD:
        return guess if value.isdigit() else max(guess, _common_words().get(value, 0.0))
    if kind == PREFIX:
        return max(guess, min(1.0, sum(share for word, share in _common_words().items() if word.startswith(value))))
    if " " in value:
        words = [word for word in value.split(" ") if word]
        rarest = min(_key_chance((WORD, word) if _TERM.fullmatch(word) else (INFIX, word)) for word in words)
        return max(rarest * 0.2, 1e-5)
    return max(guess, min(1.0, sum(share for word, share in _common_words().items() if value in word)))


@lru_cache(maxsize=None)
def _common_words() -> dict[str, float]:
    """Word -> share of example posts it occurs in (data/common-words.txt, bench/common_words.py)."""
    from pathlib import Path

    shares = {}
    path = Path(__file__).with_name("data") / "common-words.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, share = line.partition("\t")
            shares[word] = float(share)
    return shares


def implies(have: tuple[str, str], want: tuple[str, str]) -> bool:
    """Whether text containing term `have` surely contains term `want`."""
    have_kind, have_value = have
    want_kind, want_value = want
    if want_kind == WORD:
        return have_kind == WORD and have_value == want_value
    if want_kind == PREFIX:
        return have_kind in (WORD, PREFIX) and have_value.startswith(want_value)
    return want_value in have_value


def uncovered(declared, needed: "list[list[set]]") -> list:
    """For each alternative in `needed` that the declared triggers are not sure to fire on, the
    clauses of its most selective part they miss ([frozenset()] when it needs nothing)."""
    # A group that is a function is the rule's own precondition: the equivalence tests check it.
    groups = tuple(group for group in declared.groups if not callable(group)) if isinstance(declared, AllOf) else (tuple(declared),)
    missing = []
    for factors in needed:
        if not factors:
            missing.append(frozenset())
            continue
        for group in groups:
            items = [parse_item(item) for item in group]
            gaps = [_missed(items, factor, factors) for factor in factors]
            if not any(not gap for gap in gaps):
                missing.extend(min(gaps, key=lambda gap: (len(gap), _cost(set(gap)))))
                break
    return sorted(set(missing), key=sorted)


def _missed(items, factor: set, factors: list[set]) -> list:
    """The clauses of `factor` that fire no item, given every other part of `factors` holds."""
    return [clause for clause in factor if not any(_clause_fires(clause, item, factors) for item in items)]


def _clause_fires(clause, item, factors) -> bool:
    """Whether a draft with every term of `clause` (and every part in `factors`) surely fires
    trigger `item`: each of its terms follows from the clause, or from every clause of a part."""
    return all(
        any(implies(have, want) for have in clause for want in alternatives)
        or any(all(any(implies(have, want) for have in other for want in alternatives) for other in part) for part in factors)
        for alternatives in item
    )


def describe(clauses) -> list:
    """Alternatives written as triggers (strings, or tuples for several terms)."""
    if clauses is None:
        return ["<anything>"]
    written = []
    for clause in sorted(clauses, key=sorted):
        if not clause:
            written.append("<anything>")
            continue
        terms = tuple(_written(term) for term in sorted(clause))
        written.append(terms[0] if len(terms) == 1 else terms)
    return written


def _written(term: tuple[str, str]) -> str:
    kind, value = term
    if kind == WORD:
        return value
    if kind == PREFIX:
        return value + "*"
    return f"*{value}*" if _TERM.fullmatch(value) else value
