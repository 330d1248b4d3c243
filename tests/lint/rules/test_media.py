"""Media rules: staff statements for the organisation, comments to journalists and rebuttals of
coverage are flagged; the official account's voice and redirects to the press office are not."""

from __future__ import annotations

import pytest
from conftest import rule_hits


@pytest.fixture(autouse=True, params=["gated", "ungated"])
def _every_check_with_and_without_its_gates(request, monkeypatch):
    """Each rule skips its patterns unless cheap gate words appear; the gates must never change
    a result, so every test also runs with them open."""
    from smpolicy.lint.rules import _cues

    if request.param == "ungated":
        monkeypatch.setattr(_cues, "mentions", lambda value, words: True)


RULES = ["MD001", "MD002", "MD003"]
OFFICIAL = {"account": "@hssib.bsky.social"}
JOURNALIST = "BBC Points West here: any nurses willing to talk about winter pressures? DM me"

CLEAN_COPY = [
    "On behalf of the board, I'd like to thank our volunteers for 10,000 hours this year.",
    "On behalf of Unison, I can confirm our members will be balloted.",
    "We can confirm that two wards will move to the new building next month.",
    "Great to see our maternity team in the Bristol Post today.",
    "Proud of our nurses on BBC Points West tonight!",
    "Off The Record Bristol offers free counselling for young people aged 11 to 25.",
    "Media enquiries: comms@hssib.org.uk. HRA out of hours: 07968 149916.",
    "Read HSSIB report I2024/015 (ISBN 978-1-80548-123-4), covered by the HSJ today.",
    "Applications close 12 March 2026. If you need urgent help call NHS 111 or 999.",
]


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_ordinary_copy_is_not_a_media_breach(rule_id, text):
    assert rule_hits(rule_id, text) == []


# --- MD001 statement-on-behalf -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On behalf of the Trust, I can confirm that two wards will close next month.", "On behalf of the Trust"),
        ("Speaking on behalf of HSSIB, I want to clarify that the report was delayed.", "Speaking on behalf of HSSIB"),
        (
            "On behalf of everyone at the Health Services Safety Investigations Body, I apologise.",
            "On behalf of everyone at the Health Services Safety Investigations Body",
        ),
        ("The Trust's official position is that the ward is safe.", "The Trust's official position is"),
        ("I can confirm the hospital will close the ward.", "I can confirm the hospital"),
    ],
)
def test_flags_staff_speaking_for_the_organisation(text, expected):
    assert rule_hits("MD001", text) == [expected]
    assert rule_hits("MD001", text, kind="personal-blog", account="@hssib.bsky.social") == [expected]


def test_the_official_account_speaks_for_the_organisation():
    text = "On behalf of HSSIB, I can confirm the report will be published on Thursday."
    assert rule_hits("MD001", text, **OFFICIAL) == []


# --- MD002 media-request-reply --------------------------------------------------------------------


def test_flags_a_comment_given_to_a_journalist():
    reply = "Happy to chat, it's been horrendous on our ward."
    assert rule_hits("MD002", reply, in_reply_to=JOURNALIST) == [reply]
    request = "I'm writing a piece on A&E waits in Bristol, can anyone comment?"
    assert rule_hits("MD002", "It's the worst I've seen in 20 years.", in_reply_to=request) != []


@pytest.mark.parametrize(
    "reply",
    [
        "Please contact our communications team on 0300 123 4476 or bnssg.communications@nhs.net.",
        "I'm not able to comment, sorry. Our press office can help.",
        "Thanks, media enquiries go to comms@hssib.org.uk",
    ],
)
def test_referring_the_journalist_to_the_communications_team_is_fine(reply):
    assert rule_hits("MD002", reply, in_reply_to=JOURNALIST) == []


def test_replies_to_the_public_are_not_media_replies():
    reply = "Hi, the clinic reopens on Monday at 9am."
    assert rule_hits("MD002", reply, in_reply_to="Is there any news on when the clinic reopens?") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Off the record to the press: the ward is closing.", "Off the record"),
        ("Strictly off the record, reporters: they're cutting beds.", "Strictly off the record"),
        ("You can quote me on that.", "You can quote me"),
        ("Here's some background for your article.", "for your article"),
    ],
)
def test_flags_talking_to_the_press_in_any_draft(text, expected):
    assert rule_hits("MD002", text) == [expected]


def test_an_official_reply_to_a_journalist_is_the_press_office():
    assert rule_hits("MD002", "Our statement is below.", in_reply_to=JOURNALIST, **OFFICIAL) == []


# --- MD003 media-coverage-response ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("That Bristol Post story about our A&E is misleading.", "Bristol Post story"),
        ("The HSJ article on our waiting lists is completely wrong, the truth is we've cut them.", "HSJ article"),
        ("Yesterday's piece in the Guardian was a hatchet job.", "Yesterday's piece in the Guardian"),
    ],
)
def test_flags_rebuttals_of_coverage_from_staff(text, expected):
    assert rule_hits("MD003", text) == [expected]
    assert rule_hits("MD003", text, **OFFICIAL) == []


def test_flags_replies_to_news_posts():
    news = "BBC News: Bristol hospital A&E waits hit record high"
    assert rule_hits("MD003", "This is rubbish, we're doing our best", in_reply_to=news) == [
        "This is rubbish, we're doing our best"
    ]
    assert rule_hits("MD003", "Our statement is on our website.", in_reply_to=news, **OFFICIAL) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Happy to give you an official comment, DM me.", ["Happy to give you an official comment"]),
        ("I spoke to a journalist from the Guardian about our ward today.", ["I spoke to a journalist"]),
        ("Any journalists interested, DM me, I have the documents.", ["DM me"]),
    ],
)
def test_flags_offering_or_giving_comment_to_the_press(text, expected):
    assert rule_hits("MD002", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I spoke to BBC Radio Bristol this morning about our vaccine clinic, thanks to our comms team! Listen again here.",
        "I can give you a quote for the new flooring by Friday.",
        "DM me if you want a copy of the rota.",
        "Our press office can help journalists: email comms@hssib.org.uk",
    ],
)
def test_arranged_appearances_and_other_messages_are_not_press_contact(text):
    assert rule_hits("MD002", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("As a nurse at Southmead, I can tell you this article is nonsense.", "this article"),
        ("I work at the BRI and this story doesn't tell the whole picture.", "this story"),
        ("This article is completely wrong about our waiting times.", "This article"),
    ],
)
def test_flags_staff_answering_coverage_without_naming_the_outlet(text, expected):
    assert rule_hits("MD003", text) == [expected]


def test_staff_sharing_coverage_they_liked_is_fine():
    assert rule_hits("MD003", "I work at the BRI and I loved this story about our volunteers") == []
    assert rule_hits("MD003", "Thanks to the journalist who covered our fun run") == []


def test_local_outlets_count_as_news():
    news = "Hospital bosses admit A&E failures - Somerset Live"
    assert rule_hits("MD003", "Not true at all, we're doing our best", in_reply_to=news) != []


def test_a_statement_on_behalf_about_coverage_needs_no_first_person():
    assert rule_hits("MD001", "Commenting on behalf of HSSIB: this news story is wrong.") == ["on behalf of HSSIB"]
    assert rule_hits("MD001", "On behalf of HSSIB, thank you to everyone who came.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Off the record though, staffing is dire. Any journalists want more?", ["Off the record"]),
        ("A journalist from the Camden New Journal rang me today about the clinic.", ["Camden New Journal rang me"]),
        ("Had a chat with a reporter from the Ham&High about our waiting lists", ["Had a chat with a reporter"]),
        ("I told the Guardian everything.", ["I told the Guardian"]),
    ],
)
def test_flags_more_press_contact(text, expected):
    assert rule_hits("MD002", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contact Off the Record on 0808 808 9120 for free counselling.",
        "We told the press office straight away, as the policy asks.",
        "Our press team told the BBC we'd be open as usual.",
        "Thanks to the BBC for covering our fun run!",
    ],
)
def test_the_charity_and_the_press_office_are_not_press_contact(text):
    assert rule_hits("MD002", text) == []


# --- Round 2: who is speaking to the press; the organisation's own voice -----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spoke to the Guardian yesterday about our ward.", ["spoke to the guardian"]),
        ("Gave a quote to the HSJ about the merger this week.", ["gave a quote to the hsj"]),
        ("Had a quick word with a reporter from the Bristol Post about rotas.",
         ["had a quick word with a reporter"]),
        ("Journalists: my DMs are open if you want the real story.", ["my dms are open"]),
        ("Was on LBC this morning talking about waiting lists.", ["was on lbc this morning talking"]),
        ("Went to London yesterday and spoke to the BBC about it.", ["spoke to the bbc"]),
    ],
)
def test_the_writer_talking_to_the_press_is_flagged(text, expected):
    assert [hit.lower() for hit in rule_hits("MD002", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our consultant Dr Lee told BBC Points West about the new unit.",
        "Professor Tim Smith, consultant urologist, told ITV West Country the robot cuts stays.",
        "Our Director of Nursing spoke to BBC Radio Bristol about safe staffing.",
        "Journalists: our chief executive is happy to talk. Please contact the press office.",
        "Journalists can contact the press office on 0117 414 0666.",
    ],
)
def test_reporting_what_colleagues_told_the_press_is_not_the_writer_talking(text):
    assert rule_hits("MD002", text) == []


@pytest.mark.parametrize(
    "text",
    [
        'A spokesperson for the Trust said: "We are sorry this patient had a poor experience."',
        "On behalf of everyone at the ICB, I want to say a huge thank you to our staff this winter.",
        "Minutes of the Board: the Board's view was that the plan should be reviewed in March.",
    ],
)
def test_spokespeople_thanks_and_minutes_are_not_statements_on_behalf(text):
    assert rule_hits("MD001", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("That BBC story about our maternity unit is full of errors.", ["bbc story"]),
        ("The Mirror got it completely wrong about our A&E. I work there.", ["mirror got it completely wrong"]),
        ("That Guardian piece on our ward came out today. They've twisted everything I said.",
         ["guardian piece"]),
    ],
)
def test_staff_rebutting_coverage_is_flagged(text, expected):
    assert [hit.lower() for hit in rule_hits("MD003", text)] == expected


def test_the_organisations_own_statement_on_coverage_is_not_a_staff_rebuttal():
    text = "Statement in response to the Telegraph article: the claims about our A&E are inaccurate."
    assert rule_hits("MD003", text) == []


# --- MD004 media-contact: the writer's own dealings with the media about work ---------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spoke to a reporter from the Evening Standard today about our service.", "Spoke to"),
        ("Was quoted in the Guardian today. Proud to speak up for our team.", "quoted in"),
        ("Being interviewed on LBC at 7pm about our clinic.", "interviewed"),
        ("The Sunday Times piece about the Trust is one-sided. I've sent them a statement.", "sent them a statement"),
        ("Just left a long comment under the Telegraph article defending my ethics committee.", "left a long comment under"),
        ("Recorded a podcast with a newspaper's health desk about how our service is run.", "Recorded a podcast"),
    ],
)
def test_md004_flags_the_writers_own_media_contact(text, expected):
    assert rule_hits("MD004", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A journalist got in touch about my blog, so I've passed them to our communications team.",
        "Our Chief Executive spoke to BBC Radio Bristol this morning about winter vaccinations.",
        "Great piece in the HSJ today on learning from investigations. Worth a read.",
        "Speaking for Unite members: we told the local paper staff are worried. We are not speaking for the Trust.",
        "Spoke to the local paper about my marathon for the hospice. Wish me luck!",
        "Press the link below to download the leaflet for our service.",
        "Lovely chat with the team about our new clinic this morning.",
        "Interviewed by our comms team for the staff podcast about my role. Arranged with the communications team.",
    ],
)
def test_md004_leaves_ordinary_posts_alone(text):
    assert rule_hits("MD004", text) == []


def test_md004_leaves_official_accounts_alone():
    text = "Our Chief Investigator spoke to BBC Breakfast about our report."
    assert rule_hits("MD004", text, account="@hssib.bsky.social") == []


# A journalist's request known by its shape: a desk introducing itself, a promise of anonymity.
@pytest.mark.parametrize(
    "asked",
    [
        "Times health desk here. Would you talk to us about the clinic's final months? Can keep you anonymous.",
        "Hi, I'm on the social affairs desk at a national paper, DM me?",
        "We'd love you to speak to us anonymously about the waiting list.",
        "Newsroom here - are you the nurse who posted about the car park fees?",
    ],
)
def test_a_reply_agreeing_to_talk_to_a_newsroom_is_flagged(asked):
    assert rule_hits("MD002", "Yes, happy to. Ring me tomorrow and I'll tell you what really happened.", in_reply_to=asked)


@pytest.mark.parametrize(
    "asked",
    [
        "Is the IT service desk open on Saturday?",
        "Can you keep my details anonymous if I fill in the staff survey?",
        "Would you talk to us at the careers fair about nursing apprenticeships?",
    ],
)
def test_replies_to_help_desks_surveys_and_careers_fairs_are_not_press_contact(asked):
    assert rule_hits("MD002", "Yes, ring me tomorrow and I'll go through it.", in_reply_to=asked) == []


def test_off_the_record_gossip_to_everyone_is_not_talking_to_the_press():
    for text in (
        "Off the record the committee thought their consent form was designed to hide the risks.",
        "Off the record, the ward is closing.",
        "Strictly off the record: they're cutting beds.",
    ):
        assert rule_hits("MD002", text) == []
    assert rule_hits("MD002", "Off the record, as I told the reporter, the board knew.") != []
    assert rule_hits("MD002", "Strictly off the record, yes.", in_reply_to=JOURNALIST) != []


@pytest.mark.parametrize(
    "text",
    [
        "Just recorded a podcast. On behalf of the HSSIB, I confirmed we'll publish the review in May.",
        "On behalf of HSSIB I told listeners the report was delayed.",
    ],
)
def test_statements_on_behalf_in_the_past_tense_are_flagged(text):
    assert rule_hits("MD001", text)


def test_thanks_on_behalf_in_the_past_tense_is_fine():
    assert rule_hits("MD001", "On behalf of HSSIB I said a huge thank you to our volunteers.") == []


# Session 3: material handed to someone on a paper; staff answering coverage as staff.
@pytest.mark.parametrize(
    "text",
    [
        "Our staff newsletter let slip the app launch date. Forwarded it to a mate at the Bristol Post 😂",
        "Sent the rota memo on to a friend at the Evening Post, he'll love it.",
        "I passed the slides to a contact at the HSJ last night.",
    ],
)
def test_handing_material_to_someone_on_a_paper_is_press_contact(text):
    assert rule_hits("MD002", text)


@pytest.mark.parametrize(
    "text",
    [
        "Forwarded it to a mate at the gym, he'll love it.",
        "Our press office has sent today's release to local journalists.",
        "Sent the birthday card to a friend at work.",
    ],
)
def test_forwarding_to_friends_and_press_office_releases_are_not_press_contact(text):
    assert rule_hits("MD002", text) == []


def test_staff_telling_a_comment_thread_the_journalism_is_lazy_is_answering_coverage():
    text = "As someone who works at the HRA I can tell you this is wrong. Lazy journalism, check your facts before you publish."
    assert rule_hits("MD003", text, kind="reply", in_reply_to="Article comments: 'ethics approval takes 60 days'")
    assert rule_hits("MD003", "As someone who works at the HRA I can tell you our new portal is great. Give it a go!") == []


def test_pointing_to_the_official_statement_is_not_making_one():
    text = "Lots of questions about the reports today. Our official statement is here, please refer to it: https://www.hee.nhs.uk/news"
    assert rule_hits("MD001", text) == []
    assert rule_hits("MD001", "Our official statement is that no posts will be cut.")


def test_giving_a_copy_to_a_friend_at_a_paper_is_press_contact():
    assert rule_hits("MD002", "Gave a copy of the interim findings to a friend at the Guardian. About time.")
    assert rule_hits("MD002", "Gave a copy of my CV to a friend at the hospital.") == []
