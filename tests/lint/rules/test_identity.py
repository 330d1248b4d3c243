"""Identity rules: the organisation's name in personal handles, and profiles claiming to be official."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from conftest import rule_hits

# --- ID001 organisation-in-handle --------------------------------------------------------------


@pytest.mark.parametrize(
    "handle",
    ["@HSSIB_Jane", "@janehssib", "@Jane_HSSIB", "jane-hssib.bsky.social", "@hssib.jane@mastodon.social",
     "@HealthServicesSafetyInvestigationsBody", "@TheHSSIBInvestigator"],
)
def test_hssib_in_personal_handle(handle):
    assert rule_hits("ID001", "Patient safety nerd.", kind="bio", handle=handle) != []


@pytest.mark.parametrize(
    "handle",
    ["@jane_safety", "@hssib.bsky.social", "@theHSSIB", "theHSSIB", "@JaneRuns", "jane.bsky.social",
     "@nhs_jane", "@safety_first"],
)
def test_handles_that_are_fine(handle):
    assert rule_hits("ID001", "Patient safety nerd.", kind="bio", handle=handle) == []


@pytest.mark.parametrize("handle", ["@hra_sam", "@TheHRAteam", "@TheHRATeam", "@SamAtHRA", "@sam.hra", "@HRA"])
def test_hra_acronym_as_a_word(handle):
    assert rule_hits("ID001", "Research ethics.", register="hra", kind="bio", handle=handle) != []


@pytest.mark.parametrize("handle", ["@sahrajones", "@SahraJones", "@chrahman", "@shrapnel_sam", "@CHRAMBERS", "@SHRAPNEL"])
def test_hra_letters_inside_a_name(handle):
    assert rule_hits("ID001", "Research ethics.", register="hra", kind="bio", handle=handle) == []


def test_hee_official_handle_is_fine():
    assert rule_hits("ID001", "News.", register="hee", kind="bio", handle="@NHS_HealthEdEng") == []
    assert rule_hits("ID001", "News.", register="hee", kind="bio", handle="@HEE_dentist") != []
    assert rule_hits("ID001", "News.", register="hee", kind="bio", handle="@cheerful_dentist") == []
    assert rule_hits("ID001", "News.", register="hee", kind="bio", handle="@CHEESE_LOVER") == []


def test_tavistock_variations():
    for handle in ("@TavistockPortmanJo", "@jo_taviport", "@TaviPortJo"):
        assert rule_hits("ID001", "Therapist.", register="tavistock-portman", kind="bio", handle=handle) != []
    # Tavistock alone is a town in Devon.
    assert rule_hits("ID001", "Therapist.", register="tavistock-portman", kind="bio", handle="@TavistockRunner") == []


def test_bnssg():
    assert rule_hits("ID001", "Comms.", register="bnssg-icb", kind="bio", handle="@BNSSG_Sam") != []
    assert rule_hits("ID001", "Comms.", register="bnssg-icb", kind="bio", handle="@BristolSam") == []


def test_no_handle_no_finding():
    assert rule_hits("ID001", "Investigator at HSSIB.", kind="bio") == []


def test_message_names_the_variant():
    [message] = rule_hits("ID001", "Bio.", kind="bio", handle="@HSSIB_Jane")
    assert "hssib" in message and "@HSSIB_Jane" in message


# --- ID002 claims-to-be-official ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Official account of HSSIB's investigation team.",
        "The official HSSIB blog.",
        "Official HSSIB news and updates",
        "This is the official page of the Health Services Safety Investigations Body.",
        "Investigator. Posting on behalf of HSSIB.",
        "Spokesperson for HSSIB.",
        "Runner | Official HSSIB voice on maternity safety",
        "Official account: patient safety news from HSSIB",
    ],
)
def test_claims(text):
    assert rule_hits("ID002", text, kind="bio", handle="@jane_safety") != []


@pytest.mark.parametrize(
    "text",
    [
        "Investigator at HSSIB. Views my own. For official updates follow @hssib.bsky.social",
        "Investigator at HSSIB. Not an official HSSIB account.",
        "Speaking for myself, not on behalf of HSSIB.",
        "Investigator at HSSIB. See the official account @hssib.bsky.social for news.",
        "Investigator at HSSIB. Posting on behalf of my patients' families: their stories matter.",
        "Officially obsessed with tea. Investigator at HSSIB. Views my own.",
        "Official tea maker of my household.",  # does not name the organisation
        "Investigator at HSSIB. Official tea maker for the team. Views my own.",
        "Investigator at HSSIB. Official first aider and fire warden.",
    ],
)
def test_not_claims(text):
    assert rule_hits("ID002", text, kind="bio", handle="@jane_safety") == []


def test_official_bio_is_fine():
    text = "The official account of the Health Services Safety Investigations Body (HSSIB)."
    assert rule_hits("ID002", text, kind="bio", handle="@hssib.bsky.social") == []
    assert rule_hits("ID002", text, kind="bio", account="HSSIB on LinkedIn") == []


def test_official_posts_are_not_checked():
    assert rule_hits("ID002", "Official statement from HSSIB on today's report.") == []
    assert rule_hits("ID002", "Official statement from HSSIB on today's report.", kind="article") == []


def test_personal_blog_claim():
    text = "# The official HRA research blog\n\nThoughts on research ethics."
    assert rule_hits("ID002", text, register="hra", kind="personal-blog") != []


# --- Recall round: variations of the name, affixes, promoted unofficial accounts ---------------


@pytest.mark.parametrize(
    "register, handle",
    [
        ("hra", "@hraofficial_team"),
        ("hra", "@thehra"),
        ("hssib", "@safetyinvestigationsbody.bsky.social"),
        ("hssib", "@hssib_jane"),
        ("hra", "@HRA_Ethics_Dave"),
    ],
)
def test_handles_with_a_variation_of_the_name_are_flagged(register, handle):
    assert rule_hits("ID001", "Views my own.", register=register, kind="bio", handle=handle) != []


@pytest.mark.parametrize(
    "register, handle",
    [
        ("hee", "@HeeJin_Park"),
        ("hee", "@wheelerdealer"),
        ("hee", "@nursecheeky"),
        ("hra", "@sarahrandall"),
        ("hra", "@thrasher_phd"),
        ("hra", "@ShraddhaPatel"),
        ("hra", "@Hratch_Official"),  # a given name, capitalised, not the acronym
        ("hssib", "@kate-investigates.bsky.social"),
    ],
)
def test_names_that_contain_the_letters_are_not_flagged(register, handle):
    assert rule_hits("ID001", "Views my own.", register=register, kind="bio", handle=handle) == []


@pytest.mark.parametrize(
    "register, text, expected",
    [
        ("hssib", "Follow my new account @HSSIB_Insights for behind-the-scenes posts!", "@HSSIB_Insights"),
        ("hra", "I've set up @HRAResearchNews to share approvals tips. Not official!", "@HRAResearchNews"),
        ("bnssg-icb", "I'm now posting health tips from @BNSSGHealthTips 👋", "@BNSSGHealthTips"),
    ],
)
def test_staff_promoting_an_unofficial_named_account_is_flagged(register, text, expected):
    assert rule_hits("ID003", text, register=register) == [expected]


@pytest.mark.parametrize(
    "register, text, meta",
    [
        ("hssib", "Really proud of today's report from @hssib.bsky.social on maternity triage.", {}),
        ("hssib", "Email me at comms@hssib.org.uk if you have questions.", {}),
        ("hee", "I loved @HeeJin_Park's talk on rota design today.", {}),
        ("hee", "Follow @NHS_HealthEdEng for my team's news.", {}),
        ("hssib", "Our new podcast is live: follow @HSSIB_Pod.", {"account": "HSSIB on Bluesky"}),
        ("hra", "Great thread from @sarahrandall on consent forms.", {}),
    ],
)
def test_official_handles_and_other_people_are_not_flagged(register, text, meta):
    assert rule_hits("ID003", text, register=register, **meta) == []


# --- ID004 speaks-for-organisation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("register", "text"),
    [
        ("hra", "Speaking on behalf of the HRA: we will no longer require REC review for student research."),
        ("bnssg-icb", "Speaking for the ICB here: no decision has been made about the walk-in centre."),
        ("hssib", "speaking officially for HSSIB, the maternity report comes out next week"),
        ("hee", "On behalf of HEE I can confirm that all rotations will be paused next year."),
        ("tavistock-portman", "I can tell you officially on behalf of the Trust that the clinic reopens in May."),
        ("hra", "As the spokesperson for the HRA I'd say the new process is working."),
        ("bnssg-icb", "I'm posting for the ICB today while comms are away: the clinic is open."),
    ],
)
def test_personal_post_speaking_for_the_organisation(register, text):
    assert rule_hits("ID004", text, register=register, kind="post") != []


@pytest.mark.parametrize(
    ("register", "text"),
    [
        ("bnssg-icb", "Not speaking on behalf of the ICB, but I think the new clinic is brilliant."),
        ("bnssg-icb", "I'm not posting for the ICB, just sharing my own experience."),
        ("hee", "On behalf of everyone on the programme, thank you to our amazing trainers!"),
        ("bnssg-icb", "Dr Shah, speaking on behalf of the ICB, said the clinic would stay open."),
        ("hssib", "Read the official statement from HSSIB on our website."),
        ("hra", "On behalf of the HRA team who organised it, thanks for coming."),
        ("hra", "I can't speak for the HRA, views my own."),
    ],
)
def test_not_a_claim_to_speak_for_it(register, text):
    assert rule_hits("ID004", text, register=register, kind="post") == []


def test_official_account_may_speak_for_the_organisation():
    text = "Speaking on behalf of the HRA: our new guidance is out."
    assert rule_hits("ID004", text, register="hra", kind="post", account="@HRA_Latest") == []


def test_a_denial_in_the_sentence_before_does_not_undo_the_claim():
    text = "I'm not sure why people are worried. Speaking on behalf of the ICB: the clinic stays."
    assert rule_hits("ID004", text, register="bnssg-icb", kind="post") != []


def test_press_statement_quoting_a_spokesperson_is_not_a_claim():
    text = 'A spokesperson for the Trust said: "We are sorry this patient had a poor experience."'
    assert rule_hits("ID004", text, register="tavistock-portman", kind="post") == []


def test_the_organisations_spokesperson_in_the_possessive():
    text = "As the Trust's spokesperson for today, I can say the transition is on track."
    assert rule_hits("ID004", text, register="tavistock-portman", kind="post") != []
    assert rule_hits("ID004", "I met the Trust's spokesperson today.", register="tavistock-portman", kind="post") == []


# --- Session 3: references in the organisation's name; personal pages named as official -------


@pytest.mark.parametrize(
    "text, register",
    [
        ("On behalf of the Health Research Authority I'm delighted to recommend Aisha. The HRA would endorse her for any role.", "hra"),
        ("I'm writing on behalf of HEE to recommend Tom for this post.", "hee"),
        ("HEE fully recommends him for any training role.", "hee"),
        ("Health Education England would recommend her without reservation.", "hee"),
        ("Speaking for the HRA, I recommend Sam without hesitation.", "hra"),
    ],
)
def test_a_reference_given_in_the_organisations_name(text, register):
    assert rule_hits("ID004", text, register=register, kind="reference") != []


@pytest.mark.parametrize(
    "text",
    [
        "I'm delighted to recommend Aisha. This reference is being made by me in a personal capacity. "
        "It is not intended and should not be construed as a reference from the HRA.",
        "I worked with Aisha at the HRA for four years and would recommend her to anyone.",
        "The HRA does not endorse him or any other provider.",
        "On behalf of the team, thank you all for a great year at the HRA!",
    ],
)
def test_a_personal_reference_and_thanks_are_not_speaking_for_the_organisation(text):
    assert rule_hits("ID004", text, register="hra", kind="reference") == []


@pytest.mark.parametrize(
    "register, account, text",
    [
        ("bnssg-icb", "Healthier Together Bristol Parents",
         "I'm a nurse working at the ICB and I've set this up so you can get a quick answer from me."),
        ("hssib", "HSSIB Safety Tips", "I've started this page to share what I've learned as an investigator."),
        ("hra", "HRA Approvals Help", "Hi all, I'm an assessor and I'll answer your questions here."),
    ],
)
def test_a_personal_page_named_as_official_is_flagged(register, account, text):
    assert rule_hits("ID005", text, register=register, account=account) != []


@pytest.mark.parametrize(
    "register, account, text",
    [
        ("bnssg-icb", "Bristol Parents Group", "I'm a nurse and I've set this up so you can post questions."),
        ("bnssg-icb", "Healthier Together", "I'm delighted to share our new winter guide."),  # registered
        ("hssib", "HSSIB Safety Tips", "We share safety tips from our investigations every week."),  # a team, PL004's
        ("hra", "Sahra's Baking", "I made a lemon cake today."),
    ],
)
def test_registered_and_unrelated_pages_are_not_named_as_official(register, account, text):
    assert rule_hits("ID005", text, register=register, account=account) == []


@pytest.mark.parametrize(
    "register, text",
    [
        ("bnssg-icb", "The official place for BNSSG ICB news, GP updates and waiting list info. Run by ICB staff."),
        ("hra", "Your official source for HRA approval updates."),
    ],
)
def test_a_bio_calling_itself_the_official_place_for_the_organisation(register, text):
    assert rule_hits("ID002", text, register=register, kind="bio", handle="@someone") != []


@pytest.mark.parametrize(
    "text",
    [
        "Investigator at HSSIB. The official home of my sourdough experiments. Views my own.",
        "Official tea maker for the HSSIB team. Views my own.",
    ],
)
def test_an_official_home_of_something_else_is_no_claim(text):
    assert rule_hits("ID002", text, register="hssib", kind="bio", handle="@jo") == []


@pytest.mark.parametrize(
    "register, text",
    [
        ("hee", "The voice of HEE on here for all things foundation training. DMs open for official enquiries."),
        ("tavistock-portman", "Clinician at the Tavistock and Portman. This is the Trust's account for GIDS questions - ask away!"),
    ],
)
def test_a_bio_that_says_it_is_the_organisations_voice_or_account(register, text):
    assert rule_hits("ID002", text, register=register, kind="bio", handle="@jo") != []


@pytest.mark.parametrize(
    "text",
    [
        "Investigator at HSSIB. Views my own. For official news follow the HSSIB account.",
        "Investigator at HSSIB. Big fan of the voice of reason. Views my own.",
        "Proud to be part of HSSIB. This is the HSSIB team's favourite cafe.",
    ],
)
def test_pointing_to_the_official_account_is_no_claim(text):
    assert rule_hits("ID002", text, register="hssib", kind="bio", handle="@jo") == []


def test_the_organisations_representative_speaking():
    text = "As the HRA's representative on here I can confirm your study doesn't need REC review."
    assert rule_hits("ID004", text, register="hra", kind="reply") != []
    assert rule_hits("ID004", "I met the HRA's representative at the conference today.", register="hra", kind="post") == []


@pytest.mark.parametrize(
    "register, text",
    [
        ("hssib", "Account run by the HSSIB comms team. Sharing safety learning."),
        ("hra", "HRA helpdesk on X. We answer your IRAS questions Mon-Fri."),
        ("bnssg-icb", "Updates from BNSSG ICB on GP access, 111 and winter. DM us for help."),
        ("hee", "HEE's account for foundation trainees in the South West."),
    ],
)
def test_a_bio_that_opens_as_the_organisations_service(register, text):
    assert rule_hits("ID002", text, register=register, kind="bio", handle="@someone") != []
    assert rule_hits("DC001", text, register=register, kind="bio", handle="@someone") == []


@pytest.mark.parametrize(
    "register, text",
    [
        ("hssib", "HSSIB investigator. Our reports save lives, and I'm proud of them. Views my own."),
        ("hra", "HRA approvals team member. We are a friendly bunch! Views my own."),
        ("hra", "HRA team member. We are a friendly bunch!"),
        ("bnssg-icb", "BNSSG ICB commissioning manager. Our NHS matters. Views my own."),
        ("hssib", "Former member of the HSSIB comms team. Runner."),
        ("hra", "HRA on the brain, research in the heart. Views my own."),
    ],
)
def test_staff_bios_naming_their_team_are_not_the_organisation(register, text):
    assert rule_hits("ID002", text, register=register, kind="bio", handle="@someone") == []


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="im'eyvdl xa.\n", max_size=30))
@example("i'm my me")
@example("'i xi i'")
def test_the_writer_pattern_finds_what_a_look_behind_first_one_would(text):
    """ID003 and ID005 find "I"/"me"/"my" with the letter first (fast); it must find the same
    words as the plain pattern that opens with the look-behind."""
    import re

    from smpolicy.lint.rules import identity

    plain = re.compile(r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my)(?![\w'])")
    assert [m.span() for m in identity._WRITER.finditer(text)] == [m.span() for m in plain.finditer(text)]
