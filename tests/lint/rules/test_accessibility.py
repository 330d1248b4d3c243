"""Accessibility rules: CamelCase hashtags, alt text, block capitals, styled letters, link text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from conftest import rule_hits

from smpolicy.lint.rules.accessibility import WORDS_FILE, WordList, camel_case, camel_case_parts, word_list

# Ordinary NHS copy no accessibility rule may flag.
CLEAN_COPY = [
    "If you need urgent help call NHS 111 or 999. You can call Samaritans free on 116 123.",
    "Applications close 12 March 2026. Read HSSIB report I2024/015 (ISBN 978-1-80548-123-4).",
    "Our #SexualHealth clinic offers free, confidential HIV testing. #NHS #COVID19 #flu",
    "Get your #FluJab this winter at Southmead Hospital, Saturday 9am to 1pm. #StayWell",
    "The NHS ICB and GP practices in BNSSG are working together. Go to A&E only in an emergency.",
    "New NICE guidance on breast screening, anal cancer and testicular self-checks. #CancerAwareness",
    "Read the WHO and UKHSA advice on COVID-19 vaccines. #breastfeeding #physiotherapy #research",
    "Book your flu jab on the NHS website: https://www.nhs.uk/flu",
    "Proud of our #nursing and #midwifery teams in #Bristol, #Scunthorpe and #Essex. #TeamNHS",
    "Join us at #Portishead and #Hotwells for our #wellbeing events. Assessment by a \"cocktail\" of tests.",
]


@pytest.mark.parametrize("rule_id", ["AC001", "AC002", "AC003", "AC004", "AC005"])
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_ordinary_nhs_copy(rule_id, text):
    assert rule_hits(rule_id, text, platform="x") == []


# --- the word list -----------------------------------------------------------------------------


def test_word_list_sections_sorted_and_unique():
    path = Path(__file__).resolve().parents[3] / "src" / "smpolicy" / "lint" / "data" / WORDS_FILE
    text = path.read_text(encoding="utf-8")
    sections = {}
    for chunk in text.split("\n[")[1:]:
        name, _, words = chunk.partition("]")
        sections[name] = words.split()
    assert set(sections) == {"common", "parts", "whole"}
    for name, words in sections.items():
        assert words == sorted(words), name
        assert len(words) == len(set(words)), name
        assert all(word.isascii() and word.isalpha() and word.islower() for word in words), name
    assert not set(sections["common"]) & set(sections["parts"])
    assert len(text.encode()) < 320_000  # keep it light


def test_inflections_are_known():
    words = word_list()
    for word in ("vaccinated", "vaccinates", "nurses", "nursing", "carers", "hospitals"):
        assert words.is_word(word), word


def test_segmentation_prefers_common_words():
    words = WordList(["first", "aid", "fir"], ["staid"], [])
    assert words.segment("firstaid") == ["first", "aid"]


# --- AC001 hashtag-camel-case ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "better"),
    [
        ("#mentalhealthawareness", "#MentalHealthAwareness"),
        ("#worldmentalhealthday", "#WorldMentalHealthDay"),
        ("#patientsafety", "#PatientSafety"),
        ("#stopsmoking", "#StopSmoking"),
        ("#getvaccinated", "#GetVaccinated"),
        ("#loveyournhs", "#LoveYourNHS"),
        ("#nhsjobs", "#NHSJobs"),
        ("#helpusrecruit", "#HelpUsRecruit"),
        ("#healthiertogether", "#HealthierTogether"),
        ("#freedomtospeakup", "#FreedomToSpeakUp"),
        ("#staywell", "#StayWell"),
        ("#firstaid", "#FirstAid"),
        ("#Mentalhealthawareness", "#MentalHealthAwareness"),
        ("#mentalhealth2026", "#MentalHealth2026"),
    ],
)
def test_multi_word_lower_case_hashtags(tag, better):
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    text = f"Support is available 24/7. {tag}"
    draft = make_draft(text)
    [hit] = all_rules()["AC001"].check(draft, make_context())
    assert text[hit.start : hit.end] == tag
    assert better in hit.suggestion


@pytest.mark.parametrize(
    "tag",
    [
        "#NHS", "#COVID19", "#covid19", "#flu", "#FluJab", "#MentalHealthAwareness", "#breastfeeding",
        "#physiotherapy", "#wellbeing", "#healthcare", "#vaccination", "#bnssg", "#hssib", "#stoptober",
        "#blackpool", "#portishead", "#hotwells", "#easton", "#healthwatch", "#nhs75", "#mental_health",
        "#therapist", "#research", "#Scunthorpe", "#essex", "#assessment",
    ],
)
def test_hashtags_that_read_fine(tag):
    assert rule_hits("AC001", f"Our news today. {tag}") == []


def test_organisation_names_are_not_split():
    assert rule_hits("AC001", "Our teams. #tavistockandportman", register="tavistock-portman") == []


def test_not_hashtags():
    assert rule_hits("AC001", "Issue #mentalhealthawareness is in `#stopsmoking` code", ) == ["#mentalhealthawareness"]
    assert rule_hits("AC001", "C#programming and &#mentalhealth; and https://x.org/#stopsmoking") == []


def test_camel_case_helpers():
    words = word_list()
    assert camel_case_parts("flujab", words) == ["flu", "jab"]
    assert camel_case_parts("FluJab", words) is None
    assert camel_case(["love", "your", "nhs"]) == "#LoveYourNHS"


# --- AC002 image-alt-text ----------------------------------------------------------------------


def test_image_without_alt():
    hits = rule_hits("AC002", "Our new poster.", images=[("poster.png", None)])
    assert hits == ["Image poster.png has no alt text"]


def test_image_with_empty_or_placeholder_alt():
    assert rule_hits("AC002", "Poster.", images=[("poster.png", "")]) != []
    assert rule_hits("AC002", "Poster.", images=[("poster.png", "image")]) != []
    assert rule_hits("AC002", "Poster.", images=[("poster.png", "poster.png")]) != []
    assert rule_hits("AC002", "Poster.", images=[("poster.png", "TBC")]) != []


def test_image_with_alt():
    alt = "Poster: free flu vaccines at Southmead Hospital, Saturday 9am to 1pm"
    assert rule_hits("AC002", "Poster.", images=[("poster.png", alt)]) == []


def test_one_finding_per_image():
    images = [("a.png", "A nurse giving a flu jab"), ("b.png", None), ("c.jpg", "")]
    assert len(rule_hits("AC002", "Photos.", images=images)) == 2


def test_no_images():
    assert rule_hits("AC002", "Text only.") == []


# --- AC003 block-capitals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FREE FLU JABS THIS SATURDAY at Southmead Hospital",
        "PLEASE DO NOT ATTEND A&E unless it is an emergency",
        "I AM SO PROUD of our team",
        "## IMPORTANT UPDATE FOR PATIENTS\n\nClinics are moving.",
        "COVID-19 VACCINE CLINIC open today",
        "WE'RE HIRING NURSES! Join our team.",
    ],
)
def test_shouting(text):
    assert rule_hits("AC003", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "NHS ICB GP services in BNSSG",
        "HSSIB, HRA and HEE publish NICE-aligned guidance",
        "Go to A&E or call NHS 111",
        "FREE flu jabs this Saturday",
        "Read the WHO and UKHSA advice",
        "URGENT: clinic closed",
        "CAMHS and ADHD services",
        "OFFICIAL-SENSITIVE",
        "OFFICIAL SENSITIVE COMMERCIAL",
        "DRAFT - NOT FOR PUBLICATION",
        "STRICTLY CONFIDENTIAL - DO NOT SHARE",
    ],
)
def test_not_shouting(text):
    assert rule_hits("AC003", text) == []


# --- AC004 styled-unicode-letters --------------------------------------------------------------


def test_fake_bold():
    text = "𝐁𝐨𝐨𝐤 𝐲𝐨𝐮𝐫 𝐟𝐥𝐮 𝐣𝐚𝐛 now"
    assert rule_hits("AC004", text) == ["𝐁𝐨𝐨𝐤 𝐲𝐨𝐮𝐫 𝐟𝐥𝐮 𝐣𝐚𝐛"]


def test_fake_italic_suggests_plain_letters():
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    [hit] = all_rules()["AC004"].check(make_draft("Feeling 𝘍𝘳𝘦𝘦 today"), make_context())
    assert "'Free'" in hit.suggestion


def test_plain_and_other_unicode_is_fine():
    assert rule_hits("AC004", "Café, naïve, 日本語, emoji 👩‍⚕️ and a maths 𝑥 alone") == []


# --- AC005 vague-link-text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["To book your flu jab, click here: nhs.uk/flu", "Tap here to find out more", "Click the link below"],
)
def test_click_here(text):
    assert rule_hits("AC005", text) != []


def test_markdown_link_text():
    assert rule_hits("AC005", "Read the report [here](https://hssib.org.uk/report).") == ["here"]
    assert rule_hits("AC005", "Read [our maternity report](https://hssib.org.uk/report).") == []
    assert rule_hits("AC005", "Code: `[here](x)`") == []


def test_link_in_bio_depends_on_the_platform():
    text = "Find out how to book: link in bio"
    assert rule_hits("AC005", text, platform="x") != []
    assert rule_hits("AC005", text, platform="linkedin") != []
    assert rule_hits("AC005", text, platform="instagram") == []
    assert rule_hits("AC005", text, platform="tiktok") == []
    assert rule_hits("AC005", text) == []


def test_here_in_ordinary_sentences():
    for text in ("We are here for you.", "Click-and-collect prescriptions are here.", "Read more below."):
        assert rule_hits("AC005", text) == []


@pytest.mark.parametrize("tag", ["#whistleblowing", "#whistleblower", "#handwashing", "#lockdown", "#Whistleblower"])
def test_closed_compounds_are_single_words(tag):
    assert rule_hits("AC001", f"Speak up. {tag}") == []


# --- round 2: names and conventions in published NHS text are not accessibility faults -----------


@pytest.mark.parametrize(
    "text",
    [
        "Celebrating the generations who came on the Empire Windrush. #Windrush",
        "Flu clinic this Saturday. #Fishponds #Cornwall #Somerset",
        "Remembering the Empire Windrush today: #windrush",
    ],
)
def test_hashtags_written_as_one_name_are_not_split(text):
    assert rule_hits("AC001", text) == []


@pytest.mark.parametrize(
    "text, tag",
    [
        ("Support is available. #Worldmentalhealthday", "#Worldmentalhealthday"),
        ("Flu clinic this Saturday. #fishponds #flujab", "#flujab"),
        ("Stop smoking support. #stopsmoking (stop smoking today)", "#stopsmoking"),
    ],
)
def test_run_together_hashtags_are_still_reported(text, tag):
    assert tag in rule_hits("AC001", text)


@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASE\n\nNew children's hospice beds open today.\n\nENDS\n\nNOTES TO EDITORS",
        "SAVE THE DATE: our wellbeing festival is on Saturday 13 June.",
        "**JOB ALERT:** Band 5 nurses wanted on our surgical wards.",
    ],
)
def test_press_release_lines_and_short_labels_are_not_shouting(text):
    assert rule_hits("AC003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please SAVE THE DATE: 13 June.",
        "FREE FLU JABS THIS SATURDAY: walk in, no appointment needed.",
        "Our festival is back. SAVE THE DATE NOW",
    ],
)
def test_labels_are_short_and_open_a_line(text):
    assert rule_hits("AC003", text) != []


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="AIBCE &'’-a1.\n", max_size=40))
@example("A I A")
@example("I - A&E, A")
@example("AI'A I 1 BE")
def test_the_quick_look_for_capitals_never_misses_a_run(text):
    """AC003 reads word by word only where its quick look finds three capital words; the look
    must find every run of three the word-by-word reading would."""
    from smpolicy.lint.rules import accessibility

    runs = [run for run in accessibility._capital_runs(text) if len(run) >= 3]
    if runs:
        assert accessibility._THREE_CAPITAL_WORDS.search(text), text


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="#abAB _.\n1", max_size=40), st.text(alphabet="abAB", min_size=1, max_size=4))
@example("#abab ABAB", "abab")
@example("#ab #ab", "ab")
@example("x#ab ab", "ab")
def test_the_quick_count_for_a_hashtag_written_as_a_name_matches_the_search(around, tag):
    """AC001 counts a hashtag's occurrences before searching for it as a word elsewhere; the
    count must never skip a draft the search would have found it in."""
    import re

    from smpolicy.lint.rules import accessibility

    text = f"{around} #{tag}."
    searched = bool(re.search(rf"(?<![#\w]){re.escape(tag)}(?!\w)", text, re.IGNORECASE))
    assert accessibility._written_as_a_name(tag, ("x", "y", "z"), text) == searched


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="AIBCE &'’-a1.\n:", max_size=40))
@example("AB-CD EF GH")
@example("xAB-CD EF GH")
@example("A I a B-C DE F GH")
def test_reading_capitals_from_the_quick_looks_first_match_misses_no_run(text):
    """AC003 reads words from where its quick look first matches; every run of three words
    must come out the same as reading the whole text."""
    from smpolicy.lint.rules import accessibility

    def long_runs(start):
        return [[m.span() for m in run] for run in accessibility._capital_runs(text, start) if len(run) >= 3]

    first = accessibility._THREE_CAPITAL_WORDS.search(text)
    assert long_runs(first.start() if first else len(text)) == long_runs(0)


_WORDS_NEAR_LINKS = ["click", "CLICK", "Tap", "press", "PreSS", "link", "LINK", "in", "our", "bio", "here",
                     "this", "the", "below", "on", "x", "\u212a", "\u017f", "\u0130", "\u0131", "clic\u212a"]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS_NEAR_LINKS), st.sampled_from([" ", "\n", "_", "", "é", "."])),
                max_size=7))
@example([("CLICK", " "), ("Here", "")])
@example([("x", "_"), ("click", " "), ("here", "")])
def test_the_vague_link_pattern_finds_what_a_case_blind_one_would(pieces):
    """AC005's pattern matches its first letter case by case (fast); it must find exactly what
    the same words found with re.IGNORECASE and word boundaries would, odd letters included."""
    import re

    from smpolicy.lint.rules import accessibility

    text = "".join(word + gap for word, gap in pieces)
    plain = re.compile(
        r"\b(?:click|tap|press)\s+(?:here|this\s+link|the\s+link(?:\s+below)?|below|on\s+this)\b"
        r"|\blink\s+in\s+(?:our\s+|my\s+|the\s+)?bio\b",
        re.IGNORECASE,
    )
    assert [m.span() for m in accessibility._VAGUE_LINK.finditer(text)] == [m.span() for m in plain.finditer(text)]
