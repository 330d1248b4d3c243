"""Platform rules: length per platform, hashtag limits, and which account a draft goes out from."""

from __future__ import annotations

import pytest
from conftest import rule_hits

# Ordinary official posts that fit every platform.
SHORT_POSTS = [
    "Our flu vaccine clinic is open Saturday 9am to 1pm. Book at https://www.nhs.uk/flu #FluJab",
    "Applications close 12 March 2026. Read HSSIB report I2024/015 on our website.",
    "If you need urgent help call NHS 111 or 999. Samaritans: 116 123.",
    "Proud of our team! 👩‍⚕️👨‍⚕️🎉 #NHS #TeamNHS",
]


# --- PL001 too-long-for-platform ---------------------------------------------------------------


@pytest.mark.parametrize("platform", ["x", "bluesky", "threads", "mastodon", "linkedin", "instagram", "pinterest"])
@pytest.mark.parametrize("text", SHORT_POSTS)
def test_short_posts_fit(platform, text):
    assert rule_hits("PL001", text, platform=platform) == []


def test_x_over_280_is_flagged_from_the_first_character_over():
    text = "a" * 280 + " and more"
    hits = rule_hits("PL001", text, platform="x")
    assert hits == [" and more"]


def test_x_exactly_280_is_fine():
    assert rule_hits("PL001", "a" * 280, platform="x") == []


def test_x_links_count_23_so_a_long_link_fits():
    text = "b" * 250 + " https://www.nhs.uk/conditions/flu/vaccination/who-should-have-it-and-why/"
    assert rule_hits("PL001", text, platform="x") == []  # 251 + 23 = 274


def test_x_short_links_still_cost_23():
    text = "c" * 240 + " nhs.uk/a nhs.uk/b"  # 240 + 1 + 23 + 1 + 23 = 288
    assert rule_hits("PL001", text, platform="x") != []


def test_x_emoji_weigh_two():
    assert rule_hits("PL001", "👍" * 140, platform="x") == []
    assert rule_hits("PL001", "👍" * 141, platform="x") != []


def test_bluesky_counts_graphemes():
    assert rule_hits("PL001", "é" * 300, platform="bluesky") == []
    assert rule_hits("PL001", "👍" * 300, platform="bluesky") == []  # 300 graphemes, 1,200 bytes
    assert rule_hits("PL001", "é" * 301, platform="bluesky") != []


def test_bluesky_byte_limit():
    hits = rule_hits("PL001", "👩‍⚕️" * 231, platform="bluesky")  # 231 graphemes, 13 bytes each
    assert len(hits) == 1
    assert hits[0] == "👩‍⚕️"  # the finding starts at a whole character
    assert rule_hits("PL001", "👩‍⚕️" * 230, platform="bluesky") == []  # 2,990 bytes


def test_message_says_how_it_was_counted():
    from conftest import make_context, make_draft
    from smpolicy.lint.rule import all_rules

    draft = make_draft("x" * 301, platform="bluesky")
    [hit] = all_rules()["PL001"].check(draft, make_context())
    assert "301 characters, 1 over the 300 allowed" in hit.message


def test_linkedin_3000():
    assert rule_hits("PL001", "word " * 599, platform="linkedin") == []
    assert rule_hits("PL001", "word " * 601, platform="linkedin") != []


def test_instagram_caption():
    assert rule_hits("PL001", "a" * 2200, platform="instagram") == []
    assert rule_hits("PL001", "a" * 2201, platform="instagram") != []


def test_youtube_description_bytes():
    assert rule_hits("PL001", "a" * 4998 + "é", platform="youtube") == []
    assert rule_hits("PL001", "a" * 4999 + "é", platform="youtube") != []


def test_platform_taken_from_a_registered_account():
    # HSSIB's Bluesky account: no platform front matter needed.
    assert rule_hits("PL001", "a" * 301, account="@hssib.bsky.social") != []


def test_no_platform_no_length_check():
    assert rule_hits("PL001", "a" * 5000) == []


def test_personal_blog_has_no_post_limit():
    assert rule_hits("PL001", "a" * 5000, platform="linkedin", kind="personal-blog") == []


def test_bio_limits():
    assert rule_hits("PL001", "a" * 161, platform="x", kind="bio") != []
    assert rule_hits("PL001", "a" * 160, platform="x", kind="bio") == []
    assert rule_hits("PL001", "a" * 161, platform="linkedin", kind="bio") == []


def test_suppression_comments_are_not_counted():
    text = "a" * 270 + " <!-- smpolicy: ignore AC001 -->"
    assert rule_hits("PL001", text, platform="x") == []


def test_mastodon_mentions_count_only_their_name():
    text = "@nhsengland@mastodon.social " + "a" * 480
    assert rule_hits("PL001", text, platform="mastodon") == []  # 11 + 1 + 480


def test_x_reply_leading_mentions_are_free():
    text = "@patient_voice @nhsengland " + "a" * 275
    assert rule_hits("PL001", text, platform="x", kind="reply") == []


# --- PL002 too-many-hashtags -------------------------------------------------------------------


def test_instagram_six_hashtags():
    text = "Winter is coming. #FluJab #NHS #Bristol #Vaccine #Winter #StayWell"
    assert rule_hits("PL002", text, platform="instagram") == ["#StayWell"]


def test_instagram_five_hashtags_fine():
    text = "Winter is coming. #FluJab #NHS #Bristol #Vaccine #StayWell"
    assert rule_hits("PL002", text, platform="instagram") == []


def test_hashtag_limit_only_on_instagram():
    text = "#a1 #b2 #c3 #d4 #e5 #f6 #g7"
    assert rule_hits("PL002", text, platform="x") == []
    assert rule_hits("PL002", text) == []


def test_things_that_are_not_hashtags():
    text = "Call 0117 #1 choice. C# course. &#39; #A #B #C #D #E see https://x.com/#a#b#c"
    assert rule_hits("PL002", text, platform="instagram") == []


# --- PL003 inactive-account --------------------------------------------------------------------


def test_hssib_x_is_dormant():
    assert rule_hits("PL003", "Our new report is out.", platform="x", account="@theHSSIB") != []


def test_same_handle_active_on_youtube():
    assert rule_hits("PL003", "Watch our new video.", platform="youtube", account="@theHSSIB") == []


def test_handle_on_two_platforms_without_platform_is_not_reported():
    assert rule_hits("PL003", "Watch our new video.", account="theHSSIB") == []


def test_active_accounts_are_fine():
    assert rule_hits("PL003", "New report.", platform="bluesky", account="@hssib.bsky.social") == []
    assert rule_hits("PL003", "New report.", account="HSSIB on LinkedIn") == []
    assert rule_hits("PL003", "New post.", register="hee", platform="x", account="@NHS_HealthEdEng") == []


def test_message_names_the_status():
    [message] = rule_hits("PL003", "Report.", platform="x", account="@theHSSIB")
    assert "dormant" in message


def test_no_account_no_check():
    assert rule_hits("PL003", "Report.", platform="x") == []


# --- PL004 unregistered-account ----------------------------------------------------------------


def test_unknown_handle_is_reported():
    assert rule_hits("PL004", "Report.", platform="bluesky", account="@hssib-investigations.bsky.social") != []


def test_registered_by_handle_or_name():
    assert rule_hits("PL004", "Report.", platform="bluesky", account="hssib.bsky.social") == []
    assert rule_hits("PL004", "Report.", platform="linkedin", account="HSSIB on LinkedIn") == []
    assert rule_hits("PL004", "Report.", platform="linkedin", account="hssib on linkedin") == []


def test_register_without_handles_on_that_platform():
    # BNSSG's register records its X account without a handle: it cannot be told apart.
    assert rule_hits("PL004", "Post.", register="bnssg-icb", platform="x", account="@BNSSG_ICB") == []
    # ...but it has no TikTok account at all.
    assert rule_hits("PL004", "Post.", register="bnssg-icb", platform="tiktok", account="@bnssg") != []


def test_register_with_no_accounts_says_nothing():
    assert rule_hits("PL004", "Post.", register="tavistock-portman", platform="x", account="@TaviPortNHS") == []


def test_no_account_front_matter():
    assert rule_hits("PL004", "Post.", platform="x") == []


# --- PL005 platform-mismatch -------------------------------------------------------------------


def test_bluesky_handle_on_linkedin():
    [message] = rule_hits("PL005", "Post.", platform="linkedin", account="@hssib.bsky.social")
    assert "Bluesky" in message and "LinkedIn" in message


def test_matching_platform():
    assert rule_hits("PL005", "Post.", platform="bluesky", account="@hssib.bsky.social") == []
    assert rule_hits("PL005", "Post.", platform="x", account="@theHSSIB") == []
    assert rule_hits("PL005", "Post.", platform="youtube", account="@theHSSIB") == []


def test_unknown_account_is_not_a_mismatch():
    assert rule_hits("PL005", "Post.", platform="x", account="@someone") == []


# --- ordinary official posts: none of the platform, identity, disclaimer, accessibility or
# timing rules may fire --------------------------------------------------------------------------

import datetime as _dt  # noqa: E402
from zoneinfo import ZoneInfo as _Zone  # noqa: E402

_TUESDAY_MORNING = _dt.datetime(2026, 11, 17, 10, 30, tzinfo=_Zone("Europe/London"))
_MY_RULES = ("PL001", "PL002", "PL003", "PL004", "PL005", "DC001", "ID001", "ID002",
             "AC001", "AC002", "AC003", "AC004", "AC005", "TM001", "TM002")
_OFFICIAL_POSTS = [
    ("hssib", {"platform": "bluesky", "account": "@hssib.bsky.social"},
     "Our investigation report on the safe use of oxygen cylinders (I2024/015) is out today. "
     "It makes 3 safety recommendations. https://www.hssib.org.uk/patient-safety-investigations/ #PatientSafety"),
    ("hssib", {"platform": "linkedin", "account": "HSSIB on LinkedIn"},
     "We're recruiting a Digital Communications Manager. Applications close 12 March 2026. "
     "Find out more and apply on NHS Jobs. #NHSJobs"),
    ("hssib", {"platform": "youtube", "account": "@theHSSIB"},
     "Watch our chief investigator explain the findings of our maternity report. Subtitles are available."),
    ("hee", {"platform": "x", "account": "@NHS_HealthEdEng"},
     "Applications for the Foundation Programme close at 12:00 on 14 October. Read the guidance: "
     "https://www.hee.nhs.uk/our-work/foundation-programme 👩‍⚕️👨‍⚕️"),
    ("bnssg-icb", {"platform": "instagram"},
     "Free flu jabs at Cribbs Causeway this Saturday, 10am to 3pm. No appointment needed. "
     "Full timetable: link in bio. #FluJab #StayWell #BNSSG"),
    ("bnssg-icb", {"platform": "facebook"},
     "A&E is for life-threatening emergencies. For everything else, think NHS 111, your GP or a "
     "pharmacy. If you need urgent help, call 999."),
    ("hra", {"platform": "blog", "account": "HRA blogs", "kind": "article"},
     "# Making research more inclusive\n\nThe HRA is working with researchers and the public to "
     "make sure people from every community can take part in research."),
    ("tavistock-portman", {"platform": "x"},
     "Our Gender Identity Clinic has moved. Read about the new service on our website. "
     "If you need urgent help, call NHS 111 or Samaritans on 116 123."),
]


@pytest.mark.parametrize(("register", "meta", "text"), _OFFICIAL_POSTS)
@pytest.mark.parametrize("rule_id", _MY_RULES)
def test_ordinary_official_posts(register, meta, text, rule_id):
    assert rule_hits(rule_id, text, register=register, publish_at=_TUESDAY_MORNING, **meta) == []


def test_a_name_of_its_own_is_another_account_even_where_handles_were_never_recorded():
    # BNSSG records "BNSSG ICB on Facebook" without a handle: a team's own page is not it.
    assert rule_hits("PL004", "Post.", register="bnssg-icb", platform="facebook", account="BNSSG Flu Team") != []
    assert rule_hits("PL004", "Post.", register="bnssg-icb", platform="facebook", account="Healthier Together Weston") != []
    # The organisation's name, or the registered name without its platform, is that account.
    for account in ("BNSSG ICB", "bnssg icb on facebook", "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board"):
        assert rule_hits("PL004", "Post.", register="bnssg-icb", platform="facebook", account=account) == [], account


# --- PL006 unofficial-channel ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("register", "text"),
    [
        ("tavistock-portman", "Welcome to the brand new account for our adolescent service! Set it up myself, no need to bother comms."),
        ("tavistock-portman", "We've got our own Facebook page now for the Family Service! Set it up without going through comms."),
        ("bnssg-icb", "I've started a TikTok for our diabetes team, follow for tips!"),
        ("hee", "New WhatsApp group for all our trainees in the region, set up unofficially so we can share updates."),
        ("bnssg-icb", "Welcome to the new home of the Weston nursing team on Instagram! Unofficial for now 😅"),
        ("hra", "I'm running a quick SurveyMonkey for researchers on the amendment tool. Results go to our product team."),
        ("hssib", "I've made a Google Form for trusts to feed back on our latest investigation report."),
        ("hra", "Quick Typeform poll for sponsors - I'll take the answers back to the HRA."),
    ],
)
def test_channel_or_survey_without_the_communications_team(register, text):
    assert rule_hits("PL006", text, register=register, kind="post") != []


@pytest.mark.parametrize(
    ("register", "text"),
    [
        ("hra", "Started a new Instagram account for my sourdough experiments. Follow along for bread fails!"),
        ("hee", "Our communications team has launched a new LinkedIn page for the School of Medicine. Follow for news."),
        ("bnssg-icb", "Follow NHS BNSSG ICB on Instagram for health tips and updates about local services."),
        ("hssib", "Have your say: our survey on patient safety culture is open until 30 November."),
        ("hssib", "I've sent out our SmartSurvey on safety culture: results in the new year."),
        ("hra", "Filled in the NHS staff survey on Google Forms today, easy."),
        ("bnssg-icb", "A new page on our website explains the changes to the minor injuries unit."),
    ],
)
def test_official_or_personal_channels_are_fine(register, text):
    assert rule_hits("PL006", text, register=register, kind="post") == []


def test_registered_account_may_announce_a_new_channel():
    text = "Brand new account for our flu team, set up unofficially for the winter."
    assert rule_hits("PL006", text, register="hssib", kind="post", account="@hssib.bsky.social") == []


def test_comms_said_not_to_know_and_a_survey_of_our_doctors():
    group = "I've set up a Facebook group for parents on our waiting list. Comms don't know yet 🤫"
    assert rule_hits("PL006", group, register="tavistock-portman", kind="post") != []
    survey = "I've put together a Microsoft Forms questionnaire for our foundation doctors about rota gaps."
    assert rule_hits("PL006", survey, register="hee", kind="post") != []
    assert rule_hits("PL006", "Comms don't know how much we appreciate them! New page on our website.", register="hee", kind="post") == []


# --- Session 3: channels kept from comms; personal profiles run as the organisation's channel --


@pytest.mark.parametrize(
    "text",
    [
        "Hello world! This is our brand new team page. We haven't told comms yet so shh but we wanted somewhere to share tips.",
        "New Instagram page for the ward, keeping it under the comms radar for now!",
        "Just launched our team's TikTok. Comms have no idea, don't tell them!",
        "Our little team page is live! Keeping it off the comms radar for now",
    ],
)
def test_a_new_channel_kept_from_comms(text):
    assert rule_hits("PL006", text, register="tavistock-portman") != []


@pytest.mark.parametrize(
    "text",
    [
        "Our new Instagram account is live! Set up with the communications team: follow for news from our wards.",
        "We haven't got a date yet for the new clinic: follow our page for updates.",
        "Our Facebook page is live again after this morning's outage. Thanks for bearing with us.",
    ],
)
def test_new_channels_with_comms_and_unrelated_havent_are_fine(text):
    assert rule_hits("PL006", text, register="tavistock-portman") == []


@pytest.mark.parametrize(
    "register, handle, text",
    [
        ("hra", "@HRA_ApprovalTips", "Quick tips for getting your HRA approval first time. Run by an HRA assessor. Personal account."),
        ("hssib", "@SafetyTipsJo", "Patient safety tips and learning from investigations. Run by a HSSIB investigator. Views my own."),
    ],
)
def test_a_personal_profile_run_as_the_organisations_channel(register, handle, text):
    assert rule_hits("PL006", text, register=register, kind="bio", handle=handle) != []


@pytest.mark.parametrize(
    "register, handle, text",
    [
        # Claims to be official: a fake account, reported by ID002 rather than as a channel.
        ("bnssg-icb", "@BNSSGicb_updates", "The official place for BNSSG ICB news and GP updates. Run by ICB staff."),
        ("hssib", "@jo_runs", "Investigator at HSSIB. Club run by volunteers. News junkie. Views my own."),
        ("hssib", "@jo_runs", "Investigator at HSSIB. Tips on running welcome. Views my own."),
    ],
)
def test_ordinary_staff_bios_are_not_channels(register, handle, text):
    assert rule_hits("PL006", text, register=register, kind="bio", handle=handle) == []


@pytest.mark.parametrize(
    "text",
    [
        "I've made a WhatsApp group for all the regional investigators so we can share case updates quicker than email.",
        "Set up a Discord server for our foundation trainees, join via the link! Comms don't need to know",
    ],
)
def test_work_groups_for_colleagues_and_comms_kept_out(text):
    assert rule_hits("PL006", text, register="hssib") != []


def test_a_new_group_for_a_hobby_is_not_a_work_channel():
    assert rule_hits("PL006", "I've made a WhatsApp group for my book club. Comms will see it on my Instagram!", register="hssib") == []
