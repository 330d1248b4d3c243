"""The reading cues the conduct rules share: sentences, voice, negation, lazy patterns."""

from __future__ import annotations

from conftest import make_draft
from hypothesis import given, settings
from hypothesis import strategies as st

from smpolicy.lint.rules import _cues


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?\n\"')’", max_size=40))
def test_sentence_around_agrees_with_sentence_spans(value):
    spans = list(_cues.sentence_spans(value))
    for offset in range(len(value)):
        expected = next(((a, b) for a, b in spans if a <= offset < b), (offset, offset))
        assert _cues.sentence_around(value, offset) == expected


def test_sentences_end_at_stops_and_line_breaks():
    text = "Get your jab. Clinics run 9am to 4pm!\nNo appointment needed"
    assert [text[a:b] for a, b in _cues.sentence_spans(text)] == [
        "Get your jab.",
        "Clinics run 9am to 4pm!",
        "No appointment needed",
    ]


def test_text_straightens_apostrophes_without_moving_offsets():
    draft = make_draft("It’s fine, don’t worry")
    assert _cues.text(draft) == "it's fine, don't worry"
    assert len(_cues.text(draft)) == len(draft.body)


def test_voice_and_audience():
    assert _cues.addressed_to_someone(make_draft("Hi @sam, thanks for asking"))
    assert _cues.addressed_to_someone(make_draft("Thanks!", kind="reply"))
    assert not _cues.addressed_to_someone(make_draft("Thanks to @NHSEngland for the funding"))
    assert _cues.speaks_personally(make_draft("I loved working on this"))
    assert not _cues.speaks_personally(make_draft('"I loved it," said Jo, one of our nurses.'))
    assert not _cues.speaks_personally(make_draft("I loved it", account="@hssib.bsky.social"))
    assert _cues.speaks_personally(make_draft("Our team", kind="personal-blog", account="@x"))


def test_negation_looks_only_at_the_same_clause():
    text = "don't stop taking it. stop taking it"
    assert _cues.negated(text, text.index("stop"))
    assert not _cues.negated(text, text.rindex("stop"))


def test_patterns_compile_only_when_used():
    pattern = _cues.cue(r"never\s+used")
    assert pattern._compiled is None
    assert pattern.search("it was never used") is not None
    assert pattern._compiled is not None
