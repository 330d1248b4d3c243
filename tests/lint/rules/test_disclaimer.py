"""Disclaimer rule: personal bios, blogs and references that name the organisation."""

from __future__ import annotations

import pytest
from conftest import rule_hits

from smpolicy.lint.rules.disclaimer import has_disclaimer

# --- recognising disclaimers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Views my own.",
        "Views are my own and not those of my employer.",
        "All views my own",
        "Opinions are my own",
        "Opinions my own",
        "opinions = mine",
        "Views/opinions my own",
        "All views expressed are personal.",
        "Views expressed here are my own.",
        "Any views expressed in this blog are entirely my own and not those of my employer.",
        "This is my personal view and doesn't represent the position, strategy or opinions of the HRA.",
        "This reference is being made by me in a personal capacity. It is not intended and should "
        "not be construed as a reference from the HRA.",
        "Tweets are my own",
        "Thoughts are mine alone",
        "Speaking for myself, not on behalf of the ICB.",
        "Not an official HSSIB account.",
        "Personal account.",
        "These are my own views",
        "My views only.",
        "The views expressed are those of the author and not necessarily those of HEE.",
        "Views don\u2019t necessarily reflect those of my employer",
        "Posting in a personal capacity",
    ],
)
def test_recognised(line):
    assert has_disclaimer(line.lower().replace("\u2019", "'"))


@pytest.mark.parametrize(
    "line",
    [
        "RTs ≠ endorsements",
        "Retweets are not endorsements",
        "Likes are not endorsements.",
        "Reviews of patient safety incidents",
        "This figure does not reflect the whole picture.",
        "I asked patients for their views.",
        "Proud to work at HSSIB.",
    ],
)
def test_not_a_disclaimer(line):
    assert not has_disclaimer(line.lower())


# --- DC001 missing-disclaimer ------------------------------------------------------------------


def test_bio_naming_hssib_without_disclaimer():
    text = "Patient safety investigator at HSSIB. Runner, dad, tea drinker."
    assert rule_hits("DC001", text, kind="bio", handle="@jane_runs") == ["HSSIB"]


def test_bio_with_disclaimer():
    text = "Patient safety investigator at HSSIB. Runner, dad, tea drinker. Views my own."
    assert rule_hits("DC001", text, kind="bio", handle="@jane_runs") == []


def test_bio_with_only_rts_not_endorsements():
    text = "Investigator @hssib.bsky.social | RTs ≠ endorsements"
    [message] = [m for m in _messages("DC001", text, kind="bio", handle="@jane.bsky.social")]
    assert "not a disclaimer" in message


def test_bio_naming_the_official_handle():
    assert rule_hits("DC001", "Comms at @hssib.bsky.social", kind="bio") == ["hssib.bsky.social"]


def test_bio_not_naming_the_organisation():
    assert rule_hits("DC001", "Nurse, runner, tea drinker.", kind="bio") == []


def test_official_accounts_bio_needs_no_disclaimer():
    text = "The Health Services Safety Investigations Body (HSSIB). Improving patient safety."
    assert rule_hits("DC001", text, kind="bio", handle="@hssib.bsky.social") == []
    assert rule_hits("DC001", text, kind="bio", account="HSSIB on LinkedIn") == []


def test_official_posts_never_need_one():
    text = "HSSIB has published its report on patient safety in maternity services."
    assert rule_hits("DC001", text) == []
    assert rule_hits("DC001", text, kind="article") == []
    assert rule_hits("DC001", text, kind="reply") == []


def test_hra_personal_blog():
    text = "## What I learned at the HRA this year\n\nResearch ethics committees do vital work."
    [message] = _messages("DC001", text, register="hra", kind="personal-blog")
    assert "Any views expressed in this blog are entirely my own" in _suggestions(
        "DC001", text, register="hra", kind="personal-blog"
    )[0]
    assert message


def test_hra_personal_blog_with_the_policy_wording():
    text = (
        "## What I learned at the HRA this year\n\nResearch ethics committees do vital work.\n\n"
        "*Any views expressed in this blog are entirely my own and not those of my employer.*"
    )
    assert rule_hits("DC001", text, register="hra", kind="personal-blog") == []


def test_hra_reference():
    text = "I managed Sam for three years at the HRA. Sam is thorough, kind and a great colleague."
    assert rule_hits("DC001", text, register="hra", kind="reference") == ["HRA"]
    suggestion = _suggestions("DC001", text, register="hra", kind="reference")[0]
    assert "personal capacity" in suggestion and "the HRA" in suggestion


def test_hra_reference_with_disclaimer():
    text = (
        "I managed Sam for three years at the HRA. Sam is thorough and kind.\n\n"
        "This reference is being made by me in a personal capacity. It is not intended and should "
        "not be construed as a reference from the HRA."
    )
    assert rule_hits("DC001", text, register="hra", kind="reference") == []


def test_hra_work_email_names_the_employer():
    assert rule_hits("DC001", "Contact me: sam.jones@hra.nhs.uk", register="hra", kind="bio") == ["@hra.nhs.uk"]


def test_acronyms_only_in_capitals():
    # "hee" in lower case is not Health Education England.
    assert rule_hits("DC001", "Hee hee! Loves a good laugh.", register="hee", kind="bio") == []
    assert rule_hits("DC001", "Dentist in training with HEE.", register="hee", kind="bio") == ["HEE"]
    assert rule_hits("DC001", "Works at Health Education England", register="hee", kind="bio") != []


def test_bnssg_bio_speaking_for_themselves():
    text = "Digital comms at BNSSG ICB. Speaking for myself, not on behalf of the ICB."
    assert rule_hits("DC001", text, register="bnssg-icb", kind="bio") == []
    assert rule_hits("DC001", "Digital comms at BNSSG ICB.", register="bnssg-icb", kind="bio") == ["BNSSG ICB"]


def test_tavistock_bio():
    text = "Psychotherapist at the Tavistock and Portman. Views my own."
    assert rule_hits("DC001", text, register="tavistock-portman", kind="bio") == []
    text = "Psychotherapist at the Tavistock & Portman."
    assert rule_hits("DC001", text, register="tavistock-portman", kind="bio") == ["Tavistock & Portman"]


def test_a_town_is_not_the_trust():
    assert rule_hits("DC001", "Living in Tavistock, Devon.", register="tavistock-portman", kind="bio") == []


def _messages(rule_id, text, register="hssib", **meta):
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    draft = make_draft(text, **meta)
    return [h.message for h in all_rules()[rule_id].check(draft, make_context(register))]


def _suggestions(rule_id, text, register="hssib", **meta):
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    draft = make_draft(text, **meta)
    return [h.suggestion for h in all_rules()[rule_id].check(draft, make_context(register))]


# --- Recall round: everyday names, personal articles, "personal views" -------------------------


@pytest.mark.parametrize(
    "text, meta",
    [
        ("# Commissioning is a team sport\n\nIn my day job at the ICB I broker conversations.", {"kind": "personal-blog"}),
        ("Head of Contracting, NHS Bristol, North Somerset and South Gloucestershire ICB.", {"kind": "bio"}),
        ("Population health analyst, BNSSG Integrated Care Board. Data, maps, coffee.", {"kind": "bio"}),
        ("# Winter planning\n\nI lead on urgent care at BNSSG ICB, and this winter is different.", {"kind": "article"}),
    ],
)
def test_everyday_names_and_personal_articles_need_a_disclaimer(text, meta):
    assert rule_hits("DC001", text, register="bnssg-icb", **meta) != []


@pytest.mark.parametrize(
    "text, meta",
    [
        ("Personal views only | Urgent care lead @ BNSSG ICB | cyclist", {"kind": "bio"}),
        ("Comms at the ICB. My personal opinions, not my employer's.", {"kind": "bio"}),
        # An article from an official account, or one written as the organisation.
        ("# Winter planning\n\nI lead on urgent care at BNSSG ICB.", {"kind": "article", "account": "BNSSG ICB on LinkedIn"}),
        ("# Winter planning\n\nThe ICB has published its winter plan.", {"kind": "article"}),
        # A bio that mentions an ICB but not as the writer's employer is still about the ICB;
        # a bio naming no organisation needs nothing.
        ("Cyclist, baker, Bristolian.", {"kind": "bio"}),
    ],
)
def test_personal_views_and_official_articles_are_fine(text, meta):
    assert rule_hits("DC001", text, register="bnssg-icb", **meta) == []


def test_my_views_not_my_employers_is_a_disclaimer():
    text = "Investigator @hssib.bsky.social | my views, not my employer's"
    assert rule_hits("DC001", text, kind="bio", handle="@medic-meg.bsky.social") == []
    assert rule_hits("DC001", "Investigator @hssib.bsky.social | my views matter", kind="bio", handle="@meg") != []


# --- DC002 staff-speaks-as-organisation --------------------------------------------------------


@pytest.mark.parametrize(
    ("register", "text"),
    [
        ("bnssg-icb", "I work for the ICB. The MIU isn't closing, the hours are changing. The ICB thinks this is right."),
        ("bnssg-icb", "I work for the ICB. We're not cutting the bus, the council runs it."),
        ("hra", "As someone who works at the HRA: the HRA's position is that consent forms should be shorter."),
        ("hee", "I'm a programme lead at HEE. HEE believes the new curriculum is the best thing in years."),
        ("hssib", "I've worked at HSSIB for years and honestly we've decided to pause that work."),
        ("bnssg-icb", "By day I'm a programme manager at BNSSG ICB, by night a coach. Use NHSGLOW for 15% off!"),
        ("hra", "HRA employee here. Our position is that the guidance is clear."),
    ],
)
def test_staff_member_gives_the_organisation_position_without_disclaimer(register, text):
    assert rule_hits("DC002", text, register=register, kind="reply") != []


@pytest.mark.parametrize(
    ("register", "text"),
    [
        ("bnssg-icb", "Proud to work for the ICB and see our vaccination bus out in Weston today."),
        ("hra", "I work at the HRA (views my own): the ICB thinks nothing, we're changing nothing."),
        ("bnssg-icb", "I'm a patient at the ICB's new clinic and the ICB will hear from me!"),
        ("hee", "HEE will publish the new curriculum on Monday."),
        ("bnssg-icb", "I work for the ICB and I love my job. Fun run on Sunday, who's in?"),
        ("hssib", "I worked at HSSIB for a year. Great people."),
    ],
)
def test_not_speaking_as_the_organisation(register, text):
    assert rule_hits("DC002", text, register=register, kind="post") == []


def test_official_accounts_and_bios_are_not_checked_by_dc002():
    text = "I work for the ICB. The ICB thinks this is the right decision."
    assert rule_hits("DC002", text, register="bnssg-icb", kind="post", account="@NHSBNSSG") == []
    assert rule_hits("DC002", text, register="bnssg-icb", kind="bio") == []


def test_a_bio_posing_as_the_official_account_is_identitys_not_a_missing_disclaimer():
    text = "The official place for BNSSG ICB news, GP updates and waiting list info. Run by ICB staff."
    assert rule_hits("DC001", text, register="bnssg-icb", kind="bio", handle="@BNSSGicb_updates") == []
    assert rule_hits("ID002", text, register="bnssg-icb", kind="bio", handle="@BNSSGicb_updates") != []


def test_a_staff_bio_without_a_claim_still_needs_its_disclaimer():
    text = "Commissioning manager at BNSSG ICB. Runner, dad, tea drinker."
    assert rule_hits("DC001", text, register="bnssg-icb", kind="bio", handle="@sam_runs") != []


@pytest.mark.parametrize("text", ["Anything I post is me, not my employer.", "Opinions here are all me, not the ICB."])
def test_its_me_not_my_employer_is_a_disclaimer(text):
    assert has_disclaimer(text.lower())


@pytest.mark.parametrize(
    "register, text",
    [
        ("hra", "Hi all, I'm an HRA assessor and I can confirm the new guidance means you won't need REC review."),
        ("hssib", "Quick update from me at HSSIB: we'll publish the maternity report on Thursday."),
    ],
)
def test_staff_by_job_title_speaking_as_the_organisation(register, text):
    assert rule_hits("DC002", text, register=register, kind="post") != []


@pytest.mark.parametrize(
    "register, text",
    [
        ("hra", "I'm an HRA assessor and I love my job. Views my own, and we'll publish nothing here."),
        ("hssib", "Lovely to meet the HSSIB investigator team at the conference today."),
        ("hssib", "Tea with me at HSSIB's café? Any time!"),
    ],
)
def test_staff_by_job_title_without_speaking_for_it(register, text):
    assert rule_hits("DC002", text, register=register, kind="post") == []
