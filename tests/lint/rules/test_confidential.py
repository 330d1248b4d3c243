"""Confidential rules: markings, internal sources, the register's protected terms."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest
from conftest import rule_hits

CLEAN_COPY = [
    "Our sexual health clinic is free and confidential: no appointment needed.",
    "The Confidentiality Advisory Group (CAG) meets on 12 March 2026; papers are on our website.",
    "You can speak to our Freedom to Speak Up Guardian in confidence.",
    "Hearing the voice of patients is at the heart of our plan.",
    "Read the latest HRA news on our website.",
    "Read HSSIB report I2024/015 on our website.",
    "Our internal medicine team is recruiting: applications close 12 March 2026.",
    "Join our public board meeting on Thursday; the papers are online.",
    "This vacancy is internal only, so please share with colleagues.",
    "Stop smoking: our free, confidential service can help. Call NHS 111 for advice.",
]


@pytest.mark.parametrize("name", ["confidential_markings", "confidential_sources"])
def test_phrase_lists_are_sorted_unique_and_sourced(name):
    data = tomllib.loads(files("smpolicy.lint.data").joinpath(f"{name}.toml").read_text("utf-8"))
    matches = [entry["match"] for entry in data["phrase"]]
    assert matches == sorted(matches)
    assert len(set(matches)) == len(matches)
    assert all(entry.get("message") and entry.get("source") for entry in data["phrase"])


@pytest.mark.parametrize("rule_id", ["CF001", "CF002", "CF003", "CF004", "CF005"])
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_ordinary_copy_is_not_confidential(rule_id, text):
    assert rule_hits(rule_id, text) == []


# --- CF001 internal-marking --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OFFICIAL-SENSITIVE: draft winter plan attached", "OFFICIAL-SENSITIVE"),
        ("Official Sensitive - winter pressures summary", "Official Sensitive"),
        ("EMBARGOED UNTIL 00:01 THURSDAY 12 MARCH", "EMBARGOED"),
        ("Under embargo: new report finds waits are falling", "embargo"),
        ("For internal use only. Staffing figures for Q3.", "For internal use only"),
        ("Draft, not for publication: our new strategy", "not for publication"),
        ("Please do not share externally until the board has met.", "do not share externally"),
        ("Commercial in confidence: the new contract value", "Commercial in confidence"),
        ("CONFIDENTIAL\nBoard paper: service changes", "CONFIDENTIAL"),
        ("Not to be shared: the list of practices at risk", "Not to be shared"),
    ],
)
def test_markings_are_flagged(text, expected):
    assert rule_hits("CF001", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "FREE CONFIDENTIAL HIV TESTING THIS WEEK",
        "Please do not share your password with anyone.",
        "Forward scam texts to 7726.",
    ],
)
def test_marking_lookalikes_are_fine(text):
    assert rule_hits("CF001", text) == []


# --- CF002 internal-source ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("As announced in The Voice this week, the ICB is restructuring", "The Voice"),
        ("From HRA News: the restructure will affect three teams", "HRA News"),
        ("Spotted on the intranet: our new chief exec's plans", "intranet"),
        ("According to an internal memo, the ward will close", "internal memo"),
        ("The leaked email shows the plan was agreed in May", "leaked email"),
        ("Staff signed an NDA about the merger", "signed an NDA"),
        ("In today's private meeting, the board agreed cuts", "In today's private meeting"),
        ("Our staff newsletter says the canteen will close", "staff newsletter"),
        ("The leaked board paper shows the cuts", "leaked board paper"),
        ("Slides from our internal briefing on the merger", "Slides from our internal briefing"),
        ("An internal paper proposes closing the unit", "internal paper"),
        ("Our incident log shows three falls this week", "incident log"),
        ("According to a Datix report, the pump failed", "According to a Datix report"),
        ("Slides from yesterday's leadership team briefing show the cuts", "Slides from yesterday's leadership team briefing"),
    ],
)
def test_internal_sources_are_flagged(text, expected):
    assert rule_hits("CF002", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Voice of Youth conference is open for bookings",
        "the voice of carers matters",
        "We publish our board papers on our website",
        "National Diabetes Audit (NDA) results are out",
        "The National Data Opt-out: choose how your confidential patient information is used",
        "Our internal medicine team won an award",
        "Read the Head of Internal Audit opinion in our annual report",
        "We have commissioned an internal review and will publish its findings",
        "Staff raised 5,000 Datix reports this year, a sign of a strong safety culture",
        "Plumbing leaks can cause damp; report them to your landlord",
        "Slides from today's webinar are on our website",
        "Papers from our public board meeting are online",
    ],
)
def test_internal_source_lookalikes_are_fine(text):
    assert rule_hits("CF002", text) == []


# --- CF003 protected-term ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quotes from the witness interview show staff were tired", "witness interview"),
        ("The Draft Investigation Report found three problems", "Draft Investigation Report"),
        ("See the interview\ntranscript for details", "interview\ntranscript"),
        ("We have read the witness statements and interview transcripts", "witness statements"),
    ],
)
def test_hssib_protected_material_is_flagged(text, expected):
    assert rule_hits("CF003", text, register="hssib")[:1] == [expected]


def test_protected_terms_come_from_the_register():
    text = "Project Falcon is the code name for the merger"
    assert rule_hits("CF003", text, register="hra") == []
    assert rule_hits("CF003", text, register="hra", lint={"protected_terms": ["Project Falcon"]}) == [
        "Project Falcon"
    ]


def test_blank_protected_terms_flag_nothing():
    # The rule skips a draft early when no term's first word is in it: blank terms have none.
    assert rule_hits("CF003", "Project Falcon is the code name", lint={"protected_terms": ["", "  "]}) == []
    assert rule_hits("CF003", "Project Falcon is the code name", lint={"protected_terms": ["", "falcon"]}) == [
        "Falcon"
    ]


def test_protected_terms_are_literals_not_patterns():
    lint = {"protected_terms": ["a.b (c)"]}
    assert rule_hits("CF003", "axb c", lint=lint) == []
    assert rule_hits("CF003", "see a.b (c) now", lint=lint) == ["a.b (c)"]


@pytest.mark.parametrize(
    "text",
    [
        "Read our final investigation report, I2024/015",
        "Our investigations are independent. Witnesses are welcome to contact us.",
        "We interviewed staff and patients for this report.",
    ],
)
def test_hssib_public_investigation_copy_is_fine(text):
    assert rule_hits("CF003", text, register="hssib") == []


# --- Round 2: internal news passed on, and internal channels named without relaying them --------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Don't tell anyone I said, but the restructure hits our team first.", "Don't tell anyone I"),
        ("The rota email that went round all managers says leave is cancelled. Not supposed to share it.",
         "Not supposed to share"),
        ("Here's a screenshot of the Slack message from our director about the merger.",
         "screenshot of the Slack"),
        ("Got hold of the budget figures before they're published and I'm shocked.", "Got hold of"),
        ("Forwarding you the email from HR we got at lunch: twenty posts are going.", "Forwarding you the email"),
        ("Patients haven't been told yet, but the day unit closes in March.", "Patients haven't been told"),
    ],
)
def test_internal_news_passed_on_is_flagged(text, expected):
    assert [hit.lower() for hit in rule_hits("CF004", text)] == [expected.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Sneak peek of our new garden, opening next week!",
        "The report has not been published yet; we will share it on our website in the spring.",
        "Some have said that staff haven't been told. That's not right: every colleague had a letter.",
        "You heard it here first: our new app launches on Monday!",
    ],
)
def test_announcements_and_rebuttals_are_not_internal_news(text):
    assert rule_hits("CF004", text) == []


def test_official_accounts_are_not_checked_for_internal_news():
    assert rule_hits("CF004", "Staff haven't been told yet.", account="HSSIB on LinkedIn") == []


@pytest.mark.parametrize(
    "text",
    [
        "FOI response: copies of internal emails about parking are attached.",
        "Job: Communications Officer. You'll write our staff bulletin and intranet news.",
        "The board meets in public; confidential items are taken in a closed session of the board.",
        "Our updated policies are now on the intranet.",
        "We're looking for an editor for our staff newsletter and website. Closing date 1 May.",
    ],
)
def test_channels_named_in_notices_adverts_and_signposts_are_fine(text):
    assert rule_hits("CF002", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Taken from the intranet: the new rota plans", "intranet"),
        ("From the minutes of last week's closed exec meeting: two wards will merge",
         "minutes of last week's closed exec meeting"),
        ("Sharing the slides from today's internal-only all-staff briefing", "slides from today's internal-only all-staff briefing"),
    ],
)
def test_material_relayed_from_internal_channels_is_flagged(text, expected):
    assert [hit.lower() for hit in rule_hits("CF002", text)] == [expected]


# --- internal news in other words, and material gathered for an investigation ---------------


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("CF004", "Our trial results are in! Can't share the numbers till the paper's published but it worked."),
        ("CF004", "Our REC reviewed a cracking application from a big pharma firm today. Can't say who!"),
        ("CF004", "The comms team is being cut in half. Consultation starts next month but they haven't told staff yet."),
        ("CF004", "Word from the deanery is that the unpublished allocation list puts nobody in Bristol."),
        ("CF004", "At today's all-staff briefing our CEO told us the merger is basically a done deal."),
        ("CF004", "In this morning's team meeting the director announced two wards will close."),
        ("CF002", "The Hub says we all have to be back in the office three days a week."),
        ("CF002", "Screenshot from our team's private Teams chat about the new director 😂"),
        ("CF002", "Some very honest opinions in the ward WhatsApp group chat tonight."),
        ("CF005", "Pic from the evidence pack for the pharmacy investigation 📸 look at that label!"),
        ("CF005", "Our draft findings on the ambulance delays review are pretty damning."),
        ("CF005", "Reading the interview transcripts from the theatre investigation: the surgeon's account does not add up."),
    ],
)
def test_internal_news_and_investigation_material_in_other_words(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Our interim report on maternity triage is published today: read the early findings on our website.",
        "Our draft report is out for consultation. Have your say by 15 January.",
        "We never share witness statements: the law protects what people tell our investigations.",
        "Join us at the Hub in Weston for a free blood pressure check on Saturday.",
        "At today's staff awards our chief executive thanked everyone for a remarkable year.",
        "Our board meeting is held in public: the chair announced the new strategy to everyone present.",
        "You can't tell who has diabetes by looking at them. Get checked.",
        "We can't say which vaccine you'll get until your appointment: both are safe.",
        "Join our Slack channel for researchers: everyone is welcome.",
        "Early findings from the national audit are published in the BMJ today.",
        "Evidence shows the vaccine cuts hospital admissions by 80%.",
    ],
)
def test_published_findings_venues_and_public_meetings_are_not_confidential(text):
    # HRA's register: HSSIB's protected terms flag any mention of "witness statements" (CF003).
    for rule_id in ("CF001", "CF002", "CF003", "CF004", "CF005"):
        assert rule_hits(rule_id, text, register="hra") == [], rule_id


# --- documents held, private deliberations, people an investigation met (round 2) ------------


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("CF006", "Going public. CAG advice was changed after the meeting, I have the drafts."),
        ("CF006", "I've got copies of the original commissioning minutes and they say something else. DM me."),
        ("CF006", "I've seen the draft allocation spreadsheet for next year's posts. Three programmes lose half."),
        ("CF006", "Got the serious incident reports right here on my laptop. Journalists, get in touch."),
        ("CF006", "This is the slide from the exec away day they didn't want the rest of us to see."),
        ("CF006", "Leaked: the internal review of the approvals team. Attaching the bit they don't want you to read."),
        ("CF006", "Exec team minutes from last week say the Weston urgent care centre will close overnight."),
        ("CF006", "Our CEO's email to all staff this morning says the pay award won't be backdated. Thoughts?"),
        ("CF002", "So the leaked budget plan has mental health spending flat for 3 years. Nice."),
        ("CF007", "Off the record the committee thought their consent form was designed to hide the risks."),
        ("CF007", "Behind closed doors the deanery panel agreed to cut the programme, whatever the consultation says."),
        ("CF007", "Privately, most of the committee members felt the application should have been rejected."),
        ("CF007", "I was in the room when the panel discussed the bid: they thought the provider was hiding its waits."),
        ("CF008", "Can't stop thinking about Mrs Doreen Pryce whose family I met this week for our falls investigation."),
        ("CF008", "Interviewed Sister Jane Okafor today for the maternity investigation. The monitors were broken for weeks."),
        ("CF002", "Internal doc attached. Everyone should read section 2 on the reorganisation."),
        ("CF002", "So the private board paper on the gender service says the opposite of the press release."),
    ],
)
def test_documents_held_deliberations_and_people_met_are_flagged(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "I have the pleasure of presenting our published workforce report at the conference tomorrow.",
        "I've read the final report and I'd urge every trust board to do the same.",
        "I haven't told anyone yet, but I'm running the half marathon for our charity! Sponsor me.",
        "Our board meets in public: no decisions are made behind closed doors. Papers are on our website.",
        "Thank you to the families who shared their experiences with our investigation into discharge.",
        "Our interim bulletin sets out early findings from our investigation into fetal monitoring.",
        "Off the record? No: we don't brief journalists off the record. Please contact our press office.",
        "I have the best team in the NHS. Thank you all for a brilliant year.",
        "The minutes of our public board meeting show the decision was unanimous: read them on our website.",
        "Our chair's email newsletter says thank you to every volunteer this winter.",
        "The bits of the hospital they don't want you to see? Come on our behind-the-scenes tour of the kitchens!",
        "Never seen the ward so full of flowers: thank you to the families who sent them.",
        "Mr Patel, our medical director, is leading the review of outpatient letters; we'll publish it in May.",
    ],
)
def test_published_reports_and_denials_are_not_confidential(text):
    for rule_id in ("CF002", "CF004", "CF005", "CF006", "CF007", "CF008"):
        assert rule_hits(rule_id, text, register="hra") == [], rule_id


def test_official_account_announcing_its_own_interim_findings_is_not_confidential():
    text = "Our investigation is ongoing; you can find our interim findings on our website."
    assert rule_hits("CF005", text, account="@hssib.bsky.social", kind="reply") == []


# Session 3: news the writer was not given, held back, or handed to a friend ahead of everyone.
@pytest.mark.parametrize(
    "text",
    [
        "From the exec slides I probably shouldn't have seen: training posts cut by 15% next year.",
        "I've seen the board papers I wasn't meant to see: the walk-in centre closes in April.",
        "My team's budget is being halved, announcement held back until after Christmas.",
        "Can confirm it's 4,300, the formal announcement is Monday. You didn't get it from me.",
        "Heads up to my mate at the agency: 40 FY2 allocations unfilled in February. Get your doctors lined up before anyone else hears.",
    ],
)
def test_news_not_given_held_back_or_tipped_off_is_flagged(text):
    assert rule_hits("CF004", text)


@pytest.mark.parametrize(
    "text",
    [
        "Not allowed to say this at work so I'll say it here: leadership are dropping investigations.",
        "Our annual report will be published on Monday at 10am. Sign up for the launch webinar.",
        "The formal announcement is now on our website: 4,300 GP training places for 2027.",
        "Book your flu jab before everyone else does! Clinics open Monday.",
        "I wasn't meant to see the surprise cake but it was amazing 🎂",
    ],
)
def test_silenced_at_work_announcements_and_surprises_are_not_internal_news(text):
    assert rule_hits("CF004", text) == []


def test_a_protected_term_named_as_a_category_is_not_material():
    text = "Under section 122 of the Health and Care Act 2022, information we hold is 'protected material'."
    assert rule_hits("CF003", text, register="hssib") == []
    assert rule_hits("CF003", "Here is the witness statement from the nurse.", register="hssib") == ["witness statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Won't be announced till spring but our region is losing two foundation programmes. Heard it at the SLT away day.",
        "Off the record, it's 41 days not 40. Official figures out next week. Don't quote me.",
        "Forwarded the rota memo to a mate at the Evening Post, he'll love it.",
    ],
)
def test_news_before_its_announcement_or_handed_to_the_press_is_flagged(text):
    assert rule_hits("CF004", text)


@pytest.mark.parametrize(
    "text",
    [
        "The winners won't be announced until Friday, fingers crossed for our team!",
        "Official figures out next week: we'll share them here when they're published.",
        "Forwarded the recipe to my mate at the gym, he needed a laugh.",
    ],
)
def test_awards_official_timetables_and_friends_are_not_internal_news(text):
    assert rule_hits("CF004", text) == []


def test_a_case_from_a_live_investigation_told_with_its_details_is_flagged():
    text = "Thinking about a case from our current investigation. Gentleman, 67, admitted to Bay 4 bed 2 on a Sunday night."
    assert rule_hits("CF005", text) == ["case from our current investigation"]
    assert rule_hits("CF005", "A case from our current investigation reminded me why safety culture matters.") == []
    assert rule_hits("CF005", "Our final report, published today, describes a man, 67, admitted to bay 4.") == []
