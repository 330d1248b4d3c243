"""Whistleblowing rules: the writer's own disclosures and grievances are flagged; promoting
Speak Up Month, the Freedom to Speak Up Guardian and the grievance policy is not."""

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


RULES = ["WB001", "WB002"]

CLEAN_COPY = [
    "It's Speak Up Month: worried about something at work? Talk to our Freedom to Speak Up Guardian.",
    "Whistleblowers protect patients. Thank you to everyone who speaks up.",
    "When I raised concerns, my manager listened and things changed. Speak up!",
    "I blew the whistle in 2015 and it changed my life. Now I'm a Freedom to Speak Up Guardian.",
    "HSSIB found staff had raised concerns that were not acted on. Read report I2024/015.",
    "We reported the incident to the police and nothing was stolen.",
    "I'm speaking out about my breast cancer to help others get checked.",
    "Our updated grievance policy is on the intranet; HR can answer questions.",
    "Being bullied at work? You're not alone. Talk to your manager, HR or a guardian.",
    "I was bullied at school and it shaped who I am.",
    '"I raised concerns and nobody listened," says nurse Jane, now one of our guardians.',
    "If you need urgent help call NHS 111 or 999. Samaritans: 116 123.",
    "BNSSG ICB: call 0300 123 4476 or email bnssg.communications@nhs.net.",
    "Applications close 12 March 2026 for our Freedom to Speak Up champion roles.",
]


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_promoting_the_proper_channels_is_fine(rule_id, text):
    assert rule_hits(rule_id, text) == []


# --- WB001 whistleblowing-online ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I raised concerns about staffing on our ward months ago. Nobody listened.", "I raised concerns"),
        ("I'm blowing the whistle on what's happening at Southmead.", "I'm blowing the whistle"),
        ("Time to go public. Management have covered up three serious incidents.", "Time to go public"),
        ("I'm speaking out about staffing on our ward because management won't listen.", "I'm speaking out"),
        ("The public deserve to know what's really going on at this trust.", "The public deserve to know what's really going on"),
        ("I reported it to my manager and it was ignored. So here it is.", "I reported it"),
    ],
)
def test_flags_disclosures_made_in_the_post(text, expected):
    assert rule_hits("WB001", text) == [expected]


def test_a_speak_up_sentence_excuses_only_itself():
    text = "I'm blowing the whistle on my ward today. Separately: Speak Up Month starts Monday."
    assert rule_hits("WB001", text) == ["I'm blowing the whistle"]


def test_an_official_account_reporting_its_own_escalation_is_not_whistleblowing():
    text = "We raised this with NHS England and they dismissed it. Our report sets out why."
    assert rule_hits("WB001", text, account="@hssib.bsky.social") == []
    assert rule_hits("WB001", text) == ["We raised this"]


# --- WB002 grievance-online --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Day 40 of my suspension and HR still haven't told me why.", "my suspension"),
        ("I'm being bullied by my manager and nobody cares.", "I'm being bullied by my manager"),
        ("I've put in a formal grievance against my ward manager.", "put in a formal grievance"),
        ("Taking my employer to tribunal next month.", "Taking my employer to tribunal"),
        ("My employer has completely failed me.", "My employer has completely failed"),
    ],
)
def test_flags_grievances_aired_online(text, expected):
    assert rule_hits("WB002", text) == [expected]


def test_a_speak_up_story_pointing_to_the_guardian_is_fine():
    text = "I was bullied at work for years before I spoke up. Our Freedom to Speak Up Guardian helped me."
    assert rule_hits("WB002", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nobody listens when we raise safety concerns on our ward. Three near misses this month.", ["Nobody listens"]),
        ("Management are fiddling the waiting list figures to hit targets.", ["Management are fiddling"]),
        ("The waiting figures have been fiddled for months at my trust.", ["figures have been fiddled"]),
        ("There's a massive cover-up going on at my trust.", ["There's a massive cover-up"]),
        ("Thread: what's really going on at our hospital. Rotas are unsafe.", ["what's really going on at our"]),
        ("I raised concerns about staffing on our ward months ago. Nobody listened.", ["I raised concerns"]),
    ],
)
def test_flags_concerns_and_allegations_however_they_are_put(text, expected):
    assert rule_hits("WB001", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our investigation found staff had raised concerns on the ward that were ignored.",
        "Staff told us they raised concerns but nothing changed. Read the report.",
        "The trust has been accused of hiding deaths, the BBC claims.",
        "Nobody listens? Speak to our Freedom to Speak Up Guardian.",
        "I reported a pothole and nothing happened, typical council!",
    ],
)
def test_findings_promotion_and_other_grumbles_are_not_whistleblowing(text):
    assert rule_hits("WB001", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("No one ever listens to our concerns about the rota at HSSIB.", ["No one ever listens"]),
        ("🧵 1/6 What happened when I raised concerns at my trust.", ["🧵"]),
        ("They're fiddling the figures to hit targets on my ward.", ["They're fiddling"]),
        ("Cooking the books at our trust so the A&E targets look good.", ["Cooking the books"]),
    ],
)
def test_flags_threads_and_allegations_about_the_workplace(text, expected):
    assert rule_hits("WB001", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cook the books? No, cook a healthy meal with our dietitians!",
        "A thread: how to raise a concern at work, with our Freedom to Speak Up Guardian.",
        "Our new patient safety report: when concerns are raised and ignored, patients come to harm.",
        "Patients told us nobody listened when they raised concerns. Read HSSIB's report.",
        "We raised concerns about the new ward layout and the team changed it.",
    ],
)
def test_reports_promotion_and_happy_endings_are_fine(text):
    assert rule_hits("WB001", text) == []


def test_a_whistleblowing_champion_promotes_the_channel():
    text = "I'm a whistleblowing champion for our trust. If something doesn't feel right, talk to me."
    assert rule_hits("WB001", text) == []


def test_going_to_the_papers_is_going_public():
    assert rule_hits("WB001", "I'm going to the papers about what happened on our ward.") == [
        "I'm going to the papers"
    ]


# --- round 2: breaking silence, pressure to cut corners, reports binned, grievances without "I" ---


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I refuse to stay silent while patients on our ward go without pressure care.", "I refuse to stay silent"),
        ("Breaking my silence: the higher-ups know about the staffing and do nothing.", "Breaking my silence"),
        ("So I'm posting this here because nobody at work will act.", "I'm posting this here"),
        ("Patients have a right to know what happens at my hospital after 8pm.", "Patients have a right to know"),
        ("We're being forced to sign off rotas that aren't safe on my unit.", "being forced to sign off"),
        ("Every incident report I file on our ward gets quietly buried.", "report I file on our ward gets quietly buried"),
        ("The staffing numbers that management send to the board are massaged every month, I've seen it.",
         "staffing numbers that management send to the board are massaged"),
        ("I flagged the broken monitors to my ward manager in March. Still being used today.", "Still being used"),
    ],
)
def test_flags_more_ways_of_going_public(text, expected):
    assert expected in [hit for hit in rule_hits("WB001", text)] or any(expected in hit for hit in rule_hits("WB001", text))


@pytest.mark.parametrize(
    "text",
    [
        "I won't stay silent about my own mental health any more: here's my story.",
        "We will not stay silent about racism. Our board has accepted every recommendation.",
        "The public deserve to know how their NHS is performing, so we publish our figures monthly.",
        "Our investigation found that incident reports were quietly closed without action.",
        "Nurses told us they were pressured to rush handovers; our report recommends protected time.",
        "I'm sharing this here because I'm proud of my team!",
    ],
)
def test_personal_stories_transparency_and_findings_are_fine(text):
    assert rule_hits("WB001", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Still being bullied by my educational supervisor and nobody cares.", "Still being bullied by my educational supervisor"),
        ("Three weeks since I was suspended and not one word from anyone.", "since I was suspended"),
        ("See you at tribunal, Trust.", "See you at tribunal"),
        ("My employer still refuses to explain why my contract was cut.", "My employer still refuses to explain"),
    ],
)
def test_flags_grievances_however_they_are_put(text, expected):
    assert rule_hits("WB002", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I was suspended from school at 15. Now I'm a consultant psychiatrist.",
        "My employer has treated me with real kindness since my diagnosis.",
        "Our grievance and disciplinary procedures have been updated with staff side colleagues.",
        "Our Employment Tribunal representation service for staff is run by our trade union partners.",
        "Being bullied by a colleague? Talk to your manager or our Freedom to Speak Up Guardian.",
    ],
)
def test_stories_policies_and_signposts_are_not_grievances(text):
    assert rule_hits("WB002", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You all need to know what goes on behind closed doors at my hospital.", "You all need to know"),
        ("Two never events on our ward were never even logged. I still have the screenshots.",
         "I still have the screenshots"),
        ("Time to expose what goes on in our divisional meetings.", "expose what goes on"),
        ("We're being pushed to hit targets on my unit by signing off patients early. Somebody needs to say it.",
         "Somebody needs to say it"),
    ],
)
def test_flags_evidence_exposure_and_target_pressure(text, expected):
    assert expected in rule_hits("WB001", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new video shows what really happens in an operating theatre, from anaesthetic to recovery.",
        "Concerns were not investigated properly, our report found, and we have made three recommendations.",
        "Have you got the evidence you need for your ARCP? Our guide explains what to upload.",
        "Somebody has to say it: our porters are the unsung heroes of the hospital! 💙",
    ],
)
def test_tours_findings_and_praise_are_not_disclosures(text):
    assert rule_hits("WB001", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Complained to HR about the rota coordinator in May and heard nothing since.", "Complained to HR"),
        ("Harassed by my clinical lead every single shift.", "Harassed by my clinical lead"),
        ("I've been victimised by my practice manager since I raised a concern.", "I've been victimised by my practice manager"),
    ],
)
def test_flags_grievances_against_anyone_at_work(text, expected):
    assert rule_hits("WB002", text)[0] == expected


def test_being_bullied_by_classmates_is_a_story():
    assert rule_hits("WB002", "I was bullied by my classmates at school; now I'm a school nurse.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ICB quietly dropped the safety audit and told no one. I know because I was there.", "told no one"),
        ("Management knew all about it and kept it quiet for a year.", "Management knew all about it"),
        ("Gonna lift the lid on what goes on at the quarterly board.", "lift the lid on what goes on"),
        ("I escalated the prescribing errors in January. Since then I've been sidelined.", "I escalated the prescribing errors"),
    ],
)
def test_flags_concealment_insiders_and_retaliation(text, expected):
    assert expected in rule_hits("WB001", text)


@pytest.mark.parametrize(
    "text",
    [
        "Thinking of blowing the whistle? Protect offers free advice, or talk to our Freedom to Speak Up Guardian.",
        "Revealing what really happens to your blood after you donate.",
        "I felt so isolated as a carer until I found this group.",
        "We raised concerns about the car park layout and the trust listened.",
    ],
)
def test_questions_explainers_and_happy_endings_are_fine(text):
    assert rule_hits("WB001", text) == []


def test_a_formal_complaint_about_a_colleague_is_a_grievance_but_about_parking_is_not():
    assert rule_hits("WB002", "My formal complaint against my line manager has gone nowhere.") == [
        "My formal complaint against my line manager"
    ]
    assert rule_hits("WB002", "My complaint about the car park was sorted within a week, thank you!") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A thread on what I witnessed at the trust and why I resigned. 1/9", "1/9"),
        ("Directors keep pressuring ward sisters to close incidents early.", "pressuring ward sisters to close"),
        ("Emailing the Guardian tonight with everything about our trust's board.", "Emailing the Guardian"),
        ("They covered it up and moved on like nothing happened on my ward.", "covered it up"),
    ],
)
def test_flags_threads_pressure_the_press_and_cover_ups(text, expected):
    assert expected in rule_hits("WB001", text)


@pytest.mark.parametrize(
    "text",
    [
        "A thread on my time at the trust: 30 years of nursing. 1/5",
        "Our Freedom to Speak Up Guardian told the BBC how staff can raise concerns.",
    ],
)
def test_retirement_threads_and_guardians_on_the_news_are_fine(text):
    assert rule_hits("WB001", text) == []


def test_being_bullied_anywhere_in_a_sentence():
    assert rule_hits("WB002", "Two years of being bullied by my line manager and HR shrugged.") == [
        "of being bullied by my line manager"
    ]


def test_people_deserve_to_know_a_newsletter_item_is_a_leak_not_a_concern():
    text = "From the staff newsletter (internal only, but people deserve to know): the ICB is reviewing contracts."
    assert rule_hits("WB001", text) == []
    assert rule_hits("WB001", "People deserve to know the ICB is covering up two deaths.") != []


# --- WB003 disclosure-online: the shape of a disclosure, in any words -----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our lot are massaging the discharge figures before they go to NHS England.", "massaging the discharge figures"),
        ("Contracts handed to mates of the director without proper tender. I've seen the paperwork.", "without proper tender"),
        ("I work for the ICB. Patients were sent home and it was hushed up.", "hushed up"),
        ("Exposing the cover-up in my department: clinical notes were altered after a complaint.", "cover-up"),
        ("Inside the organisation, no. Concerns get buried.", "Concerns get buried"),
        ("my manager told us to delete the incident reports before the audit.", "told us to delete"),
        ("The safety findings were watered down before publication. I work there.", "watered down"),
        ("Consent forms lost and management tell us to keep our heads down. People deserve to know.", "keep our heads down"),
        ("My service is unsafe at night and nobody cares. Share this widely.", "unsafe"),
        ("Leaked: the internal review. The bit they don't want you to read.", "don't want you to read"),
    ],
)
def test_wb003_flags_wrongdoing_at_the_writers_workplace(text, expected):
    assert rule_hits("WB003", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # official accounts and findings
        "Our investigation found that records were altered after the incident.",
        "The tribunal heard that the trust covered up the deaths.",
        # harm words without the post being the disclosure
        "Our ward was short-staffed today but the team were brilliant. Proud of them.",
        "Bullying has no place in my team. Talk to your manager or HR if it happens to you.",
        "Self-harm is never something to hide: talk to your GP or call NHS 111.",
        # someone else's workplace, a book, a denial, the proper route
        "Just finished a memoir about a cover-up at a hospital in the 1990s.",
        "Nothing was covered up at my trust: the report is published in full.",
        "If you think figures are being fiddled at work, talk to the Freedom to Speak Up Guardian.",
        "Heatwave: cover up, stay in the shade and drink water.",
        "Our hidden disabilities lanyards are free at reception.",
        "Proud my team won the award. RT to congratulate them!",
    ],
)
def test_wb003_leaves_ordinary_posts_alone(text):
    assert rule_hits("WB003", text) == []


def test_wb003_leaves_official_accounts_alone():
    text = "Our report: staff on my ward said warnings were ignored and incidents hushed up."
    assert rule_hits("WB003", text, account="@hssib.bsky.social") == []


def test_wb003_leaves_anti_bullying_posts_that_point_to_the_guardian_alone():
    text = (
        "Anti-Bullying Week 💙 Bullying and harassment have no place in our trust. If something at work"
        " doesn't feel right, talk to our Freedom to Speak Up Guardian. #AntiBullyingWeek"
    )
    assert rule_hits("WB003", text) == []


# WB004: the writer says they are going around the proper channels, however it is put.
@pytest.mark.parametrize(
    "text",
    [
        "I'm not going through management again. Patients are being taken off the list unseen.",
        'Going public. I\'m not going through "proper channels" because they ARE the problem.',
        "Sharing this here because internal channels have failed. Rotas are being altered.",
        "Raised it with my line manager twice and got nowhere, so here it is: we have no night cover.",
        "Done with HR. Three of us have been bullied out of the unit this year.",
        "We've exhausted every internal route. The audit results never reached the board.",
        "Not bothering with the complaints process any more, it's a waste of time. Here's what happened.",
        "I've given up on the Freedom to Speak Up guardian, posting it publicly instead.",
        "The formal complaints process is a joke. 11 complaints about one consultant, all closed.",
        "i wont be going thru management this time lol, i refuse to use the internal process again",
        "Three datixes, zero response. Not trusting the internal process again, so here's what's happening on our ward.",
    ],
)
def test_flags_going_around_the_proper_channels(text):
    assert rule_hits("WB004", text.replace("wont", "won't").replace("thru", "through"))


@pytest.mark.parametrize(
    "text",
    [
        "If internal routes have failed you, the National Guardian's Office can help.",
        "Speak Up Month: if you feel the usual channels have let you down, talk to our Freedom to Speak Up Guardian.",
        "I'm done with my management training course, on to the next module!",
        "We're sorry our complaints process failed Mrs Jones and her family.",
        "My manager is useless at remembering birthdays 😂",
        "Our official channels are @HRA_Latest and hra.nhs.uk: please don't rely on screenshots.",
        "Never go through the night without telling someone how you feel. Samaritans: 116 123.",
        "Staff who feel internal channels have failed can contact the National Guardian's Office.",
        "Not going through HR for annual leave any more: the new e-roster app does it. Thanks IT!",
    ],
)
def test_advice_apologies_and_everyday_complaints_are_not_bypassing_channels(text):
    assert not rule_hits("WB004", text)


# WB004, the last resort in other words: a route (HR, Datix, internal channels, the guardian), a
# futility beside it, and the post going public nearby.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Going public because HR clearly aren't going to do anything: our director shouts at juniors.", "aren't going to do anything"),
        ("Datix is pointless so here it is: two patients were sent home from theatre unfed.", "pointless"),
        ("Freedom to Speak Up is a joke so here goes. The board paper shows the figures were adjusted.", "a joke"),
        ("Raised it through every internal channel there is. Nothing. So I'm saying it publicly: patients wait days.", "Nothing"),
        ("Any journalists who want to know about the backlog, my DMs are open. Raising it internally gets you nowhere.", "gets you nowhere"),
        ("Can't stay quiet any more. I haven't raised it internally because what's the point.", "what's the point"),
        ("Told my line manager three times, zero response. So here goes: the discharge team is half staffed.", "zero response"),
    ],
)
def test_wb004_flags_a_route_given_up_on_and_the_post_going_public(text, expected):
    assert expected.lower() in [hit.lower() for hit in rule_hits("WB004", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Freedom to Speak Up isn't a joke: it's how we keep patients safe. Talk to your guardian.",
        "If internal routes go nowhere, the National Guardian's Office can help. Share this with colleagues.",
        "Going public with my thanks to HR: they were brilliant when my dad was ill, nothing was too much trouble.",
        "Management said nothing would change on the rota, so here goes: my first night shift on the new unit!",
        "We raised £500 for the ward and here it is: a new sofa for the relatives' room!",
        "HR did nothing wrong. Here it is: the new wellbeing hub opens Monday.",
        "Worried raising a concern is pointless? Talk to our Freedom to Speak Up Guardian. Share this.",
        "Journalists: our press office is at media@hssib.org.uk. Raising concerns internally matters.",
    ],
)
def test_wb004_leaves_promotion_thanks_and_everyday_news_alone(text):
    assert rule_hits("WB004", text) == []


def test_wb001_going_public_with_news_of_ones_own_is_not_whistleblowing():
    assert rule_hits("WB001", "I'm going public with my running goal: London marathon for the hospice!") == []
    assert rule_hits("WB001", "I'm going public about the fiddled figures at my trust.")


def test_wb003_does_not_count_one_phrase_as_both_wrongdoing_and_going_public():
    text = "DM me. I was in the room for most of it and can tell you what's really going on."
    assert rule_hits("WB003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nobody upstairs wants to know, so I'm putting this out there. Children wait two years for assessments.",
        "Every complaint we send the deanery disappears into a black hole. Trainees, here's the truth: the rota isn't safe.",
        "Used the speak up process once. Never again, total waste of time. So I'm telling you all: reviews are rushed.",
        "Enough. I've reported this through datix four times and heard nothing back. Going public: no safeguarding lead.",
        "Journos: ask why the maternity report was delayed. Those of us inside raised it and got ignored.",
        "I've tried HR, my manager and the guardian. Zilch. So the public can judge for themselves: sickness figures are massaged.",
    ],
)
def test_wb004_finds_the_last_resort_in_wordings_it_was_not_tuned_on(text):
    assert rule_hits("WB004", text)


@pytest.mark.parametrize(
    "text",
    [
        "Speak Up Week: raising a concern can feel pointless. It isn't. Your guardian listens: contact ftsu@hssib.org.uk.",
        "Huge thanks to HR for sorting my flexible working request so quickly. Here's to the new rota!",
        "Datix training for new starters: learn how to report incidents so nothing gets missed. Book via the intranet.",
        "I reported a pothole to the council and heard nothing back, so here it is in all its glory 🕳️",
        "Our board meets in public on Thursday. Papers are on our website and questions are welcome.",
    ],
)
def test_wb004_leaves_speak_up_promotion_thanks_and_training_alone(text):
    assert rule_hits("WB004", text) == []


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("WB001", "We're being leant on to approve studies faster than is safe. I'm not prepared to stay silent about it."),
        ("WB001", "Leadership here is letting young people down and covering it with spin. Someone inside has to say it, so it'll be me."),
        ("WB003", "Ask the ICB how many people died waiting for a bed last winter. I know the answer and it isn't in any board paper."),
        ("WB003", "What my employer won't tell you: the investigation was quietly narrowed so the trust looks better."),
        ("WB004", "As a trainer I'm telling you: F1s on our rota cover 60 patients alone at night. The deanery knows. Nobody does anything."),
        ("WB004", "Open letter to our chief exec: you were warned about the backlog in March. You ignored it. I'm sharing this because you won't answer."),
    ],
)
def test_disclosures_without_a_stock_phrase_are_found(rule_id, text):
    assert rule_hits(rule_id, text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone has to say it: our admin team are the best in the trust. Thank you for everything!",
        "What your GP won't tell you about sleep (because they don't have time): a thread from our sleep nurse. 1/5",
        "We approved 1,200 studies last year, faster than ever. Thank you to our committees and staff.",
        "Our board was told in March that 111 demand would rise, and extra call handlers started in April.",
    ],
)
def test_praise_health_tips_and_board_news_are_not_disclosures(text):
    for rule_id in ("WB001", "WB003", "WB004"):
        assert rule_hits(rule_id, text) == [], rule_id


@pytest.mark.parametrize(
    "text",
    [
        "cba with hr anymore tbh. our ward's been 4 nurses down every night for a month. someones gonna die. rt pls",
        "Raised concerns abt the investigaton being rushed, got told to wind my neck in. The final report is not what the evidence said.",
        "Why I'm leaving the HRA. For two years I watched studies being signed off by people who hadn't read them. I said so in meetings. I was moved off the team.",
        "Why is nobody asking why HEE paid a consultancy £2m for a report? I was on the project. I know why.",
        "@CQCProf look at the discharge beds in south Bristol. Patients left without care plans for weeks. I've told my manager twice.",
    ],
)
def test_slang_typos_exit_posts_and_tagged_regulators_are_found(text):
    assert any(rule_hits(rule_id, text) for rule_id in ("WB001", "WB003", "WB004"))


@pytest.mark.parametrize(
    "text",
    [
        "Why I'm leaving the HRA after ten happy years: a new role closer to home. I'll miss the approvals team.",
        "Raised awareness of patient safety at today's conference. Great questions about our maternity investigations.",
        "Told my manager I'd passed my exams and she cried happy tears. Best team ever!",
        "We're recruiting! Our community nursing team in south Bristol is growing. Please RT.",
    ],
)
def test_farewells_conference_news_and_good_news_are_not_disclosures(text):
    for rule_id in ("WB001", "WB003", "WB004"):
        assert rule_hits(rule_id, text) == [], rule_id


def _gated_patterns():
    from smpolicy.lint.rules import whistleblowing as wb

    whistle, speak_out, ignored = wb._disclosures()
    silence, _public = wb._breaking_silence()
    return [
        (wb._WHISTLE_WORDS, whistle),
        (wb._SPEAK_OUT_WORDS, speak_out),
        (wb._SILENCE_WORDS, silence),
        (wb._IGNORED_WORDS, ignored),
        (wb._ALLEGATION_WORDS, wb._ALLEGATION),
    ]


def test_gate_words_are_needed_by_every_match_of_their_pattern():
    """A gate skips a pattern when none of its words occurs: each word list must cover every way
    the pattern can match (read from the pattern itself), or a disclosure would be missed."""
    from smpolicy.lint.triggers import describe, requirement, uncovered

    for words, pattern in _gated_patterns():
        assert describe(uncovered(tuple(f"*{word}*" for word in words), requirement(pattern))) == []


def test_a_gate_missing_a_word_is_caught():
    from smpolicy.lint.rules import whistleblowing as wb
    from smpolicy.lint.triggers import requirement, uncovered

    whistle = wb._disclosures()[0]
    short = tuple(f"*{word}*" for word in wb._WHISTLE_WORDS if word != "panorama")
    assert uncovered(short, requirement(whistle)) != []
