"""Reading drafts: front matter (TOML and YAML), problems as data, and Markdown masking."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpolicy.lint.draft import _simple_toml, mask_markdown, parse_draft

LONDON = ZoneInfo("Europe/London")


def parse(text: str):
    return parse_draft(text, path="d.md", timezone="Europe/London")


def visible(text: str) -> str:
    """The masked body with runs of blanks squeezed, for readable assertions."""
    return " ".join(mask_markdown(text).split())


# --- front matter -------------------------------------------------------------------------


def test_toml_front_matter_is_read_and_body_starts_after_it():
    draft = parse(
        "+++\n"
        'platform = "bluesky"\n'
        'account = "@hssib.bsky.social"\n'
        'kind = "reply"\n'
        'in_reply_to = "When is the report out?"\n'
        "publish_at = 2026-03-10T10:00:00\n"
        "+++\n"
        "Our report is out on Thursday.\n"
    )
    meta = draft.meta
    assert meta.present and meta.problems == []
    assert (meta.platform, meta.account, meta.kind) == ("bluesky", "@hssib.bsky.social", "reply")
    assert meta.in_reply_to == "When is the report out?"
    assert meta.publish_at == dt.datetime(2026, 3, 10, 10, 0, tzinfo=LONDON)
    assert draft.body == "Our report is out on Thursday.\n"
    assert draft.body_line == 8 and meta.end_line == 8
    assert meta.lines["platform"] == 2 and meta.lines["publish_at"] == 6
    assert draft.position(0) == (8, 1)


def test_yaml_front_matter_is_read_with_a_real_yaml_parser():
    draft = parse(
        "---\n"
        "platform: linkedin\n"
        "kind: reference\n"
        "images:\n"
        "  - file: team.jpg\n"
        "    alt: The team at the awards\n"
        "  - file: logo.png\n"
        "publish_at: 2026-06-01 09:30\n"
        "---\n"
        "Text\n"
    )
    meta = draft.meta
    assert meta.problems == []
    assert (meta.platform, meta.kind) == ("linkedin", "reference")
    assert [(i.file, i.alt, i.line) for i in meta.images] == [
        ("team.jpg", "The team at the awards", 5),
        ("logo.png", None, 7),
    ]
    assert meta.publish_at == dt.datetime(2026, 6, 1, 9, 30, tzinfo=LONDON)
    assert draft.body == "Text\n" and draft.body_line == 10


def test_no_front_matter_means_defaults():
    draft = parse("Just a post.\n")
    assert not draft.meta.present
    assert draft.meta.kind == "post" and draft.meta.platform is None
    assert draft.body_line == 1 and draft.body == "Just a post.\n"


def test_bom_and_crlf_are_fine_and_offsets_stay_aligned():
    draft = parse('\ufeff+++\r\nkind = "article"\r\n+++\r\nLine one\r\nLine two\r\n')
    assert draft.meta.kind == "article" and draft.meta.problems == []
    assert draft.body == "Line one\nLine two\n"
    assert draft.position(draft.body.index("two")) == (5, 6)


def test_date_only_publish_at_is_midday_and_marked_as_having_no_time():
    meta = parse("+++\npublish_at = 2026-03-29\n+++\nx").meta
    assert meta.publish_at == dt.datetime(2026, 3, 29, 12, 0, tzinfo=LONDON)
    assert meta.publish_time_known is False


@pytest.mark.parametrize(
    "value, expected",
    [
        ('"2026-07-01T08:00:00Z"', dt.datetime(2026, 7, 1, 9, 0, tzinfo=LONDON)),  # BST
        ("2026-01-05T18:15:00+01:00", dt.datetime(2026, 1, 5, 17, 15, tzinfo=LONDON)),
        ('"2026-01-05 07:45"', dt.datetime(2026, 1, 5, 7, 45, tzinfo=LONDON)),
    ],
)
def test_publish_at_with_a_zone_is_converted_to_the_organisations_zone(value, expected):
    meta = parse(f"+++\npublish_at = {value}\n+++\nx").meta
    assert meta.problems == []
    assert meta.publish_at == expected
    assert meta.publish_at.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "front, line, fragment",
    [
        ('plaform = "x"', 2, "unknown front-matter key 'plaform' (did you mean 'platform'?)"),
        ('platform = "twitter"', 2, "unknown platform 'twitter' (use 'x')"),
        ('platform = "blusky"', 2, "did you mean 'bluesky'?"),
        ('kind = "tweet"', 2, "unknown kind 'tweet'"),
        ("platform = 3", 2, "'platform' must be text, not a number"),
        ('publish_at = "next Tuesday"', 2, "'publish_at' is not a date-time"),
        ("publish_at = 10:00:00", 2, "needs a date as well as a time"),
        ('images = "photo.jpg"', 2, "'images' must be a list"),
        ('images = [{alt = "x"}]', 2, "image 1 needs 'file'"),
        ('images = [{file = "a.jpg", alts = "x"}]', 2, "unknown key 'alts' (did you mean 'alt'?)"),
        ('account = ""', 2, "'account' is empty"),
        ("platform = = 1", 2, "front matter is not valid TOML"),
    ],
)
def test_bad_front_matter_becomes_problems_with_lines(front, line, fragment):
    draft = parse(f"+++\n{front}\n+++\nBody")
    assert len(draft.meta.problems) == 1, draft.meta.problems
    found_line, message = draft.meta.problems[0]
    assert found_line == line and fragment in message
    assert draft.body == "Body"


def test_problem_lines_point_at_the_key_not_the_block():
    draft = parse('+++\nplatform = "x"\n\nkind = "post"\nfoo = 1\n+++\nBody')
    assert draft.meta.problems == [(5, "unknown front-matter key 'foo' (expected one of: platform, account, kind, handle, publish_at, images, in_reply_to)")]


def test_unclosed_front_matter_is_a_problem_and_the_text_is_still_checked():
    draft = parse("+++\nplatform = 'x'\nHello there")
    assert draft.meta.problems == [(1, "front matter opened with '+++' on line 1 is never closed")]
    assert draft.body_line == 1 and draft.body.startswith("+++")
    assert draft.masked.startswith("   \n") and "Hello there" in draft.masked


def test_bad_yaml_and_non_table_yaml_are_problems():
    assert "not valid YAML" in parse("---\nplatform: [x\n---\nBody").meta.problems[0][1]
    assert parse("---\n- a\n- b\n---\nBody").meta.problems == [(2, "front matter must be a table of keys and values")]


def test_empty_front_matter_is_allowed():
    for text in ("+++\n+++\nBody", "---\n---\nBody"):
        draft = parse(text)
        assert draft.meta.present and draft.meta.problems == [] and draft.body == "Body"


def test_a_triple_dash_later_in_the_text_is_not_front_matter():
    draft = parse("Hello\n---\nWorld\n---\n")
    assert not draft.meta.present and draft.body.startswith("Hello")


# --- masking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Run `rm -rf` now", "Run now"),
        ("Two ``a ` b`` ticks", "Two ticks"),
        ("Unclosed `tick stays", "Unclosed `tick stays"),
        ("Read [the report](https://hssib.org.uk/reports/ward-7?bed=3) today", "Read the report today"),
        ("See ![A nurse at a bedside](img/bed-4.png)", "See A nurse at a bedside"),
        ("Ref [report][r1] here", "Ref report here"),
        ("Go to https://www.nhs.uk/conditions/flu/. Then rest", "Go to . Then rest"),
        ("(see www.nhs.uk/111)", "(see )"),
        ("Visit <https://hssib.org.uk/a_b>", "Visit"),
        ("Note <!-- smpolicy: ignore AB001 --> here", "Note here"),
        ("A <!-- multi\nline --> comment", "A comment"),
        ("An <!-- unclosed comment", "An <!-- unclosed comment"),
        ("Mail [me](mailto:jo.bloggs@gmail.com)", "Mail me jo.bloggs@gmail.com"),
        ("Mail <mailto:jo@gmail.com> or <sam@gmail.com>", "Mail jo@gmail.com or sam@gmail.com"),
        ("[![logo](a.png)](https://x.org/`tick)` after", "logo ` after"),
        ("[not a link] (spaced)", "[not a link] (spaced)"),
        ("[ref]: https://example.org/a\nText", "Text"),
    ],
)
def test_masking_blanks_what_readers_do_not_read_as_words(text, expected):
    assert visible(text) == expected
    assert len(mask_markdown(text)) == len(text)


def test_fenced_and_indented_code_blocks_are_blanked_with_lines_kept():
    text = "Intro\n```\nkill all\n```\n\n    indented code\n    more\n\n~~~~\nx\n~~~~\nOutro"
    masked = mask_markdown(text)
    assert masked.count("\n") == text.count("\n") and len(masked) == len(text)
    assert masked.split() == ["Intro", "Outro"]


def test_an_unclosed_fence_blanks_to_the_end():
    assert mask_markdown("Text\n```\ncode\nmore").split() == ["Text"]


def test_indented_lines_inside_a_list_or_paragraph_are_not_code():
    text = "- first point\n\n    still the first point\nA paragraph\n    continued line"
    assert mask_markdown(text) == text


def test_front_matter_is_not_part_of_the_body():
    draft = parse('+++\nin_reply_to = "call me on 07700 900123"\n+++\nThanks')
    assert "07700" not in draft.body and "07700" not in draft.masked
    assert draft.meta.in_reply_to == "call me on 07700 900123"


def test_plain_text_is_returned_unchanged():
    text = "Our flu clinics run 9am to 5pm. Call NHS 111 for advice. #FluJab"
    assert mask_markdown(text) is text


# --- the quick reader for simple TOML front matter agrees with tomllib ----------------------

_LINES = st.tuples(
    st.sampled_from(["platform", "kind", "in_reply_to", "a-b", "_x", "9x"]),
    st.sampled_from([" = ", "=", "  =\t"]),
    st.one_of(
        st.text(alphabet='"x\\ #\tî\x01', max_size=6).map(lambda text: f'"{text}"'),
        st.sampled_from(["2026-03-10", "2026-03-10T10:00:00", "2026-03-10 10:00:00", "2026-13-10", "2026-03-10 10:00", "'x'", "1"]),
    ),
    st.sampled_from(["", " # note", "#", " "]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=4))
def test_simple_toml_reads_exactly_what_tomllib_reads(lines):
    source = "\n".join(key + equals + value + comment for key, equals, value, comment in lines)
    quick = _simple_toml(source)
    if quick is not None:  # None: left to tomllib
        assert quick == tomllib.loads(source)
