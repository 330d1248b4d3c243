"""Platform limits and counting: each platform counted its own way."""

from __future__ import annotations

import pytest

from smpolicy.lint import platforms
from smpolicy.lint.platforms import (
    CODE_POINTS,
    GRAPHEMES,
    MASTODON,
    THREADS,
    UTF8_BYTES,
    X_WEIGHTED,
    length,
    limits_for,
    measure,
    url_spans,
    x_length,
)
from smpolicy.vocabulary import PLATFORMS


# --- X (twitter-text v3) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get your flu jab", 16),
        ("café", 4),
        ("cafe\u0301", 4),  # decomposed é is normalised first
        ("日本語", 6),  # CJK weighs 2
        ("“quoted” – dash", 15),  # curly quotes and en dash are in the weight-1 ranges
        ("wait…", 6),  # the ellipsis is not: it weighs 2
        ("👍", 2),
        ("👩‍⚕️", 2),  # a ZWJ sequence is one emoji
        ("🇬🇧", 2),  # a flag is one emoji
        ("❤️", 2),  # emoji presentation selector
        ("1️⃣", 2),  # keycap
        ("👍🏽", 2),  # skin tone modifier
    ],
)
def test_x_weights(text, expected):
    assert x_length(text) == expected


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Book at https://www.nhs.uk/conditions/flu/ today", ["https://www.nhs.uk/conditions/flu/"]),
        ("See http://a.co", ["http://a.co"]),
        ("Visit www.nhs.uk for more", ["www.nhs.uk"]),
        ("Visit nhs.uk/flu for more", ["nhs.uk/flu"]),
        ("Visit hssib.org.uk", ["hssib.org.uk"]),
        ("Visit example.com.", ["example.com"]),  # the full stop ends the sentence
        ("(see https://example.com/a)", ["https://example.com/a"]),
        ("https://en.wikipedia.org/wiki/Sepsis_(disease) is good", ["https://en.wikipedia.org/wiki/Sepsis_(disease)"]),
        ("Visit t.co", ["t.co"]),  # .co is a special country domain
    ],
)
def test_x_finds_links(text, links):
    assert [text[s:e] for s, e in url_spans(text)] == links


@pytest.mark.parametrize(
    "text",
    [
        "nhs.uk is one name on a country domain: text, not a link",
        "Email comms@hssib.org.uk",
        "Dr. Smith said e.g. this",
        "report.pdf and notes.docx",
        "Version 1.2.3 released",
        "See gov.uk",
    ],
)
def test_x_text_that_is_not_a_link(text):
    assert url_spans(text) == []


def test_x_link_counts_23_whatever_its_length():
    short, long = "See nhs.uk/flu", "See https://www.nhs.uk/conditions/flu/vaccination/who-should-have-it/"
    assert x_length(short) == 4 + 23
    assert x_length(long) == 4 + 23


def test_x_email_is_counted_as_text():
    assert x_length("comms@hssib.org.uk") == len("comms@hssib.org.uk")


# --- Bluesky, Threads, Mastodon, bytes ---------------------------------------------------------


def test_graphemes_count_what_a_person_sees():
    assert length("👩‍⚕️ nurse", GRAPHEMES) == 7
    assert length("🇬🇧", GRAPHEMES) == 1
    assert length("e\u0301", GRAPHEMES) == 1


def test_bytes():
    assert length("abc", UTF8_BYTES) == 3
    assert length("é", UTF8_BYTES) == 2
    assert length("👍", UTF8_BYTES) == 4


def test_threads_counts_emoji_as_bytes():
    assert length("hi 👍", THREADS) == 3 + 4
    assert length("café", THREADS) == 4


def test_mastodon_links_and_mentions():
    text = "Thanks @nhsengland@mastodon.social see https://www.nhs.uk/conditions/flu/vaccination/"
    assert length(text, MASTODON) == len("Thanks @nhsengland see ") + 23


def test_mastodon_bare_domains_are_text():
    assert length("see www.nhs.uk", MASTODON) == len("see www.nhs.uk")


def test_code_points():
    assert length("👍a", CODE_POINTS) == 2


# --- measuring a draft -------------------------------------------------------------------------


def test_measure_trims_and_skips_comments():
    limit = limits_for("x")[0]
    body = "\n  Hello <!-- smpolicy: ignore AC001 --> world  \n"
    result = measure(body, limit)
    assert result.count == len("Hello  world")
    assert result.overflow_at is None


def test_measure_finds_where_the_limit_is_crossed():
    limit = limits_for("x")[0]
    body = "a" * 279 + "日b"
    result = measure(body, limit)
    assert result.count == 282
    assert body[result.overflow_at :] == "日b"


def test_measure_fast_path_across_comments():
    limit = limits_for("pinterest")[0]
    body = "a" * 400 + "<!-- note -->" + "b" * 200
    result = measure(body, limit)
    assert result.count == 600
    assert body[result.overflow_at] == "b"
    assert result.overflow_at == 400 + len("<!-- note -->") + 100


def test_x_reply_does_not_count_leading_mentions():
    limit = limits_for("x")[0]
    body = "@someone @another " + "a" * 280
    assert measure(body, limit, reply=True).overflow_at is None
    assert measure(body, limit).overflow_at is not None


# --- the data ----------------------------------------------------------------------------------


def test_limits_are_for_known_platforms():
    for table in (platforms.POST_LIMITS, platforms.BIO_LIMITS):
        for platform, limits in table.items():
            assert platform in PLATFORMS
            assert platform in platforms.NAMES
            assert all(limit.platform == platform and limit.maximum > 0 and limit.source for limit in limits)


def test_the_documented_limits():
    expected = {
        "x": 280, "bluesky": 300, "threads": 500, "mastodon": 500, "linkedin": 3000,
        "instagram": 2200, "facebook": 63206, "youtube": 5000, "tiktok": 2200, "pinterest": 500,
    }
    assert {p: limits[0].maximum for p, limits in platforms.POST_LIMITS.items()} == expected
    assert [limit.unit for limit in platforms.POST_LIMITS["bluesky"]] == ["characters", "bytes"]
    assert platforms.POST_LIMITS["youtube"][0].unit == "bytes"
    assert platforms.HASHTAG_LIMITS == {"instagram": 5}


def test_no_limit_for_undocumented_platforms_or_long_forms():
    assert limits_for("nextdoor") == ()
    assert limits_for(None) == ()
    assert limits_for("linkedin", "personal-blog") == ()
    assert limits_for("x", "bio")[0].maximum == 160


def test_hashtags():
    text = "#NHS C# #1 #covid19 &#39; x#y #MentalHealth"
    assert [text[s:e] for s, e in platforms.hashtags(text)] == ["#NHS", "#covid19", "#MentalHealth"]


# --- never raises ------------------------------------------------------------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

MY_RULES = ("PL001", "PL002", "PL003", "PL004", "PL005", "DC001", "ID001", "ID002",
            "AC001", "AC002", "AC003", "AC004", "AC005", "TM001", "TM002")


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=400),
    platform=st.sampled_from([None, "x", "bluesky", "threads", "mastodon", "instagram", "youtube"]),
    kind=st.sampled_from(["post", "reply", "bio", "personal-blog", "reference"]),
    handle=st.one_of(st.none(), st.text(max_size=20)),
)
def test_rules_never_raise_on_arbitrary_text(text, platform, kind, handle):
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    rules = all_rules()
    draft = make_draft(text, platform=platform, kind=kind, handle=handle, account=handle)
    context = make_context()
    for rule_id in MY_RULES:
        for hit in rules[rule_id].check(draft, context):
            assert 0 <= hit.start <= hit.end <= len(draft.body)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_counts_are_consistent(text):
    for limit in (limits_for("x")[0], limits_for("bluesky")[0], limits_for("mastodon")[0], limits_for("threads")[0]):
        result = measure(text, limit)
        assert result.count >= 0
        if result.overflow_at is not None:
            assert result.count > limit.maximum


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_walking_by_stretches_agrees_with_the_grapheme_library(text):
    import grapheme

    text = text.replace("\r", "")
    assert length(text, GRAPHEMES) == grapheme.length(text)
    assert length(text, UTF8_BYTES) == len(text.encode("utf-8", "surrogatepass"))
    assert length(text, CODE_POINTS) == len(text)


_ALL_LIMITS = sorted({limit for table in (platforms.POST_LIMITS, platforms.BIO_LIMITS) for limits in table.values() for limit in limits}, key=repr)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(
    st.lists(st.sampled_from(["a", " ", ".", "nhs.uk", "https://x.co/a", "@bob", "😀", "👩‍⚕️", "é", "語", "\n"]), max_size=300).map("".join),
    st.sampled_from(_ALL_LIMITS),
)
@example("😀" * 200, platforms.POST_LIMITS["threads"][0])  # 200 characters, 800 bytes
@example("語" * 1100, platforms.POST_LIMITS["bluesky"][1])  # 1,100 graphemes, 3,300 bytes
def test_a_body_that_surely_fits_is_never_over(body, limit):
    """PL001 skips counting a body `surely_fits` vouches for: it must never be over the limit."""
    if platforms.surely_fits(body, limit):
        assert platforms.measure(body, limit).overflow_at is None
        assert platforms.measure(body, limit, reply=True).overflow_at is None


def test_surely_fits_says_no_when_unsure():
    x_post = platforms.POST_LIMITS["x"][0]
    assert platforms.surely_fits("Flu clinic today.", x_post)
    assert not platforms.surely_fits("a" * 141, x_post)  # 141 characters may weigh 282
    assert not platforms.surely_fits("nhs.uk " * 12, x_post)  # each link weighs 23
