"""Phrase lists are scanned case-sensitively on folded text (`PhraseList.folded_regex`), for
speed: they must find exactly what the lists as written (`PhraseList.regex`, ignoring case) find
in the original text, for every list in the data folder."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smpolicy.lint import phrases

NAMES = phrases.data_names()
LISTS = [name for name in NAMES if phrases.load(name).phrases]  # cue-family files hold none


def as_written(listed: phrases.PhraseList, text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in listed.regex.finditer(text):
        found.append((match.start(), match.end(), listed.phrases[int(match.lastgroup[1:])].match))
    return found


def as_scanned(listed: phrases.PhraseList, text: str) -> list[tuple[int, int, str]]:
    return [(hit.start, hit.end, hit.phrase.match) for hit in listed.finditer(text)]


def _words_of(name: str) -> list[str]:
    """Letters and words the list's patterns are made of, to build texts that come close."""
    words = set()
    for phrase in phrases.load(name).phrases:
        words.update(re.findall(r"[A-Za-z']{2,}", phrase.match))
    return sorted(words)


def _fragments() -> st.SearchStrategy[str]:
    words = sorted({word for name in NAMES for word in _words_of(name)})
    odd = ["\u0130", "\u0131", "\u017f", "\u212a", "\u2019", "'", "#", "@", "-", "\n", " ", "  ", ".", "É", "é", "ß", "ς", "Σ"]
    word = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.capitalize(), w.swapcase(), w.replace("s", "\u017f"), w.replace("k", "\u212a"), w.replace("i", "\u0131"), w.replace("I", "\u0130")])
    )
    return st.one_of(word, st.sampled_from(odd), st.text(max_size=3))


@pytest.mark.parametrize("name", NAMES)
def test_every_phrase_is_found_as_written_in_any_case(name):
    listed = phrases.load(name)
    for phrase in listed.phrases:
        if phrase.regex:
            continue
        for text in (phrase.match, phrase.match.upper(), phrase.match.title(), f"Yes: {phrase.match.swapcase()}!"):
            assert as_scanned(listed, text) == as_written(listed, text), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_fragments(), max_size=30).map(" ".join), st.sampled_from(NAMES))
def test_the_scan_finds_what_the_list_as_written_finds(text, name):
    listed = phrases.load(name)
    assert as_scanned(listed, text) == as_written(listed, text)


_SPECIAL = {"i": "\u0131\u0130", "s": "\u017f", "k": "\u212a"}


def _recased(text: str) -> st.SearchStrategy[str]:
    """`text` with each letter kept, upper-cased, or swapped for a letter that matches it only
    when ignoring case (ı, İ, ſ, K)."""
    def letter(char: str) -> st.SearchStrategy[str]:
        choices = [char, char.upper(), char.lower(), *_SPECIAL.get(char.lower(), "")]
        return st.sampled_from(choices)

    return st.tuples(*[letter(char) for char in text]).map("".join) if text else st.just("")


def _phrase_texts(listed: phrases.PhraseList) -> st.SearchStrategy[str]:
    """Texts each phrase of the list matches (generated from its pattern), recased."""
    def matching(phrase: phrases.Phrase) -> st.SearchStrategy[str]:
        try:
            return st.from_regex(re.compile(phrase.pattern(), re.IGNORECASE), fullmatch=True, alphabet=st.characters(codec="utf-8", max_codepoint=0x2200))
        except Exception:  # a construct hypothesis cannot generate from: the phrase as written
            return st.just(phrase.match)

    return st.sampled_from(listed.phrases).flatmap(matching).flatmap(_recased)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_phrases_in_any_case_are_found_as_the_list_as_written_finds_them(data):
    name = data.draw(st.sampled_from(LISTS))
    listed = phrases.load(name)
    pieces = data.draw(st.lists(st.one_of(_phrase_texts(listed), st.sampled_from([" ", "\n", ", ", "#", "@", "x", "'"])), max_size=6))
    text = "".join(pieces)
    assert as_scanned(listed, text) == as_written(listed, text)


def test_only_case_free_escapes_are_kept_as_letters_in_lower_case():
    assert phrases._lower_letters(r"Don\'t\s+BOTHER\b") == r"don\'t\s+bother\b"
    assert phrases._lower_letters(r"\S+\W\D\B\A\Z") == r"\S+\W\D\B\A\Z"
    assert phrases._lower_letters(r"\x41BC") == r"(?i:\x41BC)"
    assert phrases._lower_letters(r"(?P<Name>A)") == r"(?i:(?P<Name>A))"
    assert phrases._lower_letters(r"(?<!\w)Big(?=\s)") == r"(?<!\w)big(?=\s)"
    assert phrases._lower_letters(r"(?-i:MPs?)|member") is None  # case matters: scanned as written


def test_folded_text_keeps_every_offset():
    text = "İstanbul ſtop KELVIN ıs Straße ΣΑΣ"
    assert len(phrases.folded(text)) == len(text)
    assert phrases.folded(text).startswith("istanbul stop kelvin is")
