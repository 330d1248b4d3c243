"""Incident rules: speculation and unofficial casualty figures about a major incident are flagged;
the official line, pointers to official updates and everyday senses of the words are not."""

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


RULES = ["IN001", "IN002", "IN003"]

CLEAN_COPY = [
    "We have declared a major incident. Please only attend A&E in an emergency and follow "
    "@AvonSomerPolice for updates; please don't share rumours.",
    "Please don't speculate about the fire at Cabot Circus. We will share updates when we can.",
    "Avon and Somerset Police have confirmed 3 people were taken to hospital after the collision on the M5.",
    "In 2017, 22 people were killed in the Manchester Arena bombing. Today we remember them.",
    "Major incident exercise today at Southmead: apparently there'll be lots of ambulances, don't worry!",
    "Heart attack symptoms: call 999. I heard it's still the biggest killer of men.",
    "Apparently it's National Cake Day! I heard the League of Friends cafe has a special on.",
    "There's been an explosion in demand for the NHS App, apparently.",
    "Our A&E saw 400 patients yesterday. Please use NHS 111 unless it's an emergency.",
    "Flu killed 20,000 people last winter. Get your jab: applications close 12 March 2026.",
    "Sign up for our crash course in basic life support.",
    "Test the fire alarm: apparently it's Tuesday. Fire safety training is on the intranet.",
    "HSSIB report I2024/015 examines a road traffic collision response (ISBN 978-1-80548-123-4).",
    "For the latest on the M5 crash, follow @NationalHways. Avoid the area if you can.",
]


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_official_lines_and_everyday_words_are_fine(rule_id, text):
    assert rule_hits(rule_id, text) == []


# --- IN001 incident-speculation -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apparently the explosion at Temple Meads was deliberate, my mate says.", "Apparently"),
        ("I heard there were 10 people killed in the crash on the M5.", "I heard"),
        ("My friend who works at the BRI says the bus crash was horrific", "My friend who"),
        ("Is it true there's been a shooting in Bristol city centre?", "Is it true"),
        ("The fire must have been started deliberately.", "must have been"),
        ("The cyber attack on the trust was probably caused by Russian hackers.", "was probably caused"),
    ],
)
def test_flags_hearsay_and_guesses_about_an_incident(text, expected):
    assert rule_hits("IN001", text) == [expected]


def test_one_finding_per_sentence_but_each_sentence_counts():
    text = "Apparently the explosion was a bomb, my mate says. Rumours of a second device too."
    assert rule_hits("IN001", text) == ["Apparently", "Rumours"]


def test_hearsay_far_from_any_incident_is_fine():
    text = "There was a small fire in the kitchen at home.\n\nApparently our new clinic opens on Monday!"
    assert rule_hits("IN001", text) == []


# --- IN002 incident-casualty-figures -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We've had loads brought in from the pile-up on the M5, at least 3 dead.", ["loads brought in"]),
        ("Twelve people injured in the train crash near Bath.", ["Twelve people injured"]),
        ("Exhausted after the major incident at work. So many injured kids.", ["many injured"]),
    ],
)
def test_flags_unofficial_casualty_figures(text, expected):
    assert rule_hits("IN002", text) == expected


def test_an_official_account_gives_the_official_figures():
    text = "We have declared a major incident. 14 patients have been brought in."
    assert rule_hits("IN002", text, account="@NorthBristolNHS") == []
    assert rule_hits("IN002", text) == ["14 patients have been brought in"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rumour has it there's been a stabbing at Finchley Road", "Rumour"),
        ("Hearing 20 dead at Temple Meads", "Hearing 20"),
        ("M32 crash: people are saying the driver was drunk", "people are saying"),
        ("Supposedly the bomb scare at Cabot Circus was a hoax", "Supposedly"),
    ],
)
def test_flags_other_ways_of_passing_on_hearsay(text, expected):
    assert rule_hits("IN001", text) == [expected]


# --- IN003 incident-comment ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Just heard an explosion near Temple Meads, we're on shift and it's all hands on deck.", "explosion"),
        ("Armed police outside my window on Finchley Road, no idea what's going on", "Armed police"),
    ],
)
def test_flags_staff_posting_from_a_major_incident(text, expected):
    assert rule_hits("IN003", text) == [expected]
    assert rule_hits("IN003", text, account="@BNSSG_ICB") == []


@pytest.mark.parametrize(
    "text",
    [
        "Stuck on the M5 after a crash, running late for clinic, sorry!",
        "Major incident declared. Follow @NBT for updates. I'm at work and we're fine.",
        "Apparently the explosion was deliberate, my mate says.",  # IN001's finding, not a second one
    ],
)
def test_traffic_official_pointers_and_other_findings_are_not_comment(text):
    assert rule_hits("IN003", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anyone know what's happened on the M32? Heard it's a fatal.", "Anyone know"),
        ("Police everywhere near Finchley Road, someone said it's a stabbing", "someone said"),
        ("Road closed both ways on the A38, apparently a lorry", "apparently"),
    ],
)
def test_flags_hearsay_about_scenes_described_not_named(text, expected):
    assert rule_hits("IN001", text) == [expected]


def test_hearsay_about_ordinary_closures_is_fine():
    assert rule_hits("IN001", "Apparently the clinic is closed on Monday for training.") == []


# --- round 2: words passed on from anyone unnamed; guesses at who did it; notices ---------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hearing there's been a shooting near the Galleries, stay safe everyone", "Hearing there's"),
        ("A guy from the fire brigade reckons the blaze at the depot was started on purpose", "A guy"),
        ("Somebody in the parents' group has posted that six people died in the crash on the M4", "Somebody in the parents' group has posted"),
        ("Everyone is saying the explosion at the station was a gas main.", "Everyone is saying"),
    ],
)
def test_flags_words_passed_on_from_someone_unnamed(text, expected):
    hits = rule_hits("IN001", text)
    assert hits and hits[0].startswith(expected.split()[0]), hits


@pytest.mark.parametrize(
    "text",
    [
        "This ransomware attack on the hospitals has got to be a foreign state.",
        "Russia is obviously behind this cyber attack on our hospitals.",
        "The explosion at the flats must be a gas leak, nothing else makes sense.",
    ],
)
def test_flags_guesses_at_who_or_what_caused_it(text):
    assert rule_hits("IN001", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Because of the cyber incident, all planned surgery has to be postponed this week.",
        "Our staff are behind the Christmas appeal for the children's ward.",
        "Someone said our new café is the best in Bristol!",
        "My mum says the new A&E is lovely and bright.",
    ],
)
def test_ordinary_reported_speech_and_obligations_are_not_speculation(text):
    assert rule_hits("IN001", text) == []


def test_two_people_reported_dead_is_a_casualty_figure():
    text = "A mate in the ambulance service says two people have died in the crash on the M32."
    assert rule_hits("IN002", text) == ["two people have died"]


@pytest.mark.parametrize(
    "text",
    [
        "On duty in resus tonight and the bomb scare at the station means we're on standby.",
        "On shift in ED, armed police at the front door. Scary.",
    ],
)
def test_flags_posts_from_shift_during_a_major_incident(text):
    assert rule_hits("IN003", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "We have declared a critical incident. We are at full capacity. Please only attend A&E in a "
        "life-threatening emergency.",
        "The major incident has now been stood down. Thank you for your patience.",
        "Following the cyber attack, our emergency department remains open. Please attend as planned.",
    ],
)
def test_the_organisations_own_notices_are_not_personal_comment(text):
    assert rule_hits("IN003", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The gossip on the ward is that the bus driver in the crash on the A4 was on his phone.", "The gossip on the ward"),
        ("Between you and me, the cyber attack came through a phishing email to finance.", "Between you and me"),
        ("The blaze at the depot was no accident, you heard it here first.", "was no accident"),
    ],
)
def test_flags_gossip_and_certainty_about_an_incident(text, expected):
    assert rule_hits("IN001", text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Motorway pile-up: the motorcyclist died at the scene, so sad.", "died at the scene"),
        ("Gas explosion in Easton, they've had six casualties in and three are in resus.", "they've had six casualties in"),
    ],
)
def test_flags_deaths_and_patients_in_from_an_incident(text, expected):
    assert rule_hits("IN002", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The fire at the school was no accident: the fire service says it was started deliberately.",
        "We've had 200 people in for their flu jabs so far today!",
        "Word on the ward is we're getting a new coffee machine!",
        "Between you and me, our new cafe does the best scones in Bristol.",
    ],
)
def test_official_causes_and_ordinary_gossip_are_not_speculation(text):
    assert rule_hits("IN001", text) == [] and rule_hits("IN002", text) == []


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("IN001", "Our copper mate reckons the stabbing at the station was gang related.", "Our copper mate"),
        ("IN001", "Bet money this turns out to be arson, the fire at the warehouse went up so fast.", "Bet money"),
        ("IN002", "Apparently the crash on the M5 was awful, one of the drivers isn't going to make it.", "isn't going to make it"),
        ("IN003", "Could hear the sirens everywhere from the ward, something big near the docks.", "sirens everywhere"),
    ],
)
def test_flags_round_three_shapes(rule_id, text, expected):
    assert expected in rule_hits(rule_id, text)


@pytest.mark.parametrize(
    "text",
    [
        "During an asthma attack, sit up and take your reliever inhaler. Call 999 if it doesn't help.",
        "Bet you didn't know our hospital radio is 50 years old this year!",
        "Smoke alarms save lives: test yours every month, says the fire service.",
    ],
)
def test_asthma_attacks_trivia_and_fire_safety_are_not_incidents(text):
    for rule_id in ("IN001", "IN002", "IN003"):
        assert rule_hits(rule_id, text) == [], rule_id


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("IN001", "Unconfirmed reports of a gunman at the retail park, please stay indoors.", "Unconfirmed reports of a"),
        ("IN001", "Whoever is behind the cyber attack on the hospitals should be locked up.", "Whoever is behind"),
        ("IN002", "Huge crash on the A38, people hurt and the road is shut.", "people hurt"),
        ("IN002", "Knife attack in town, we've got three stab patients in theatre.", "three stab patients"),
    ],
)
def test_flags_round_four_incident_shapes(rule_id, text, expected):
    assert rule_hits(rule_id, text)[0] == expected


def test_a_scare_that_turned_out_to_be_nothing_is_not_live():
    text = "Reports of a suspicious package near the entrance turned out to be a lost bag. The entrance has reopened."
    assert rule_hits("IN001", text) == []


# --- IN004 incident-unverified-claim: an emergency near a claim nobody official has made ----------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Not confirmed but the tube derailment was down to a signal failure.", "Not confirmed"),
        ("Smoke pouring out of the hospital, people saying it started in the pharmacy. Could be deliberate?", "people saying"),
        ("Working theory on our ward is that the chemical leak was terrorism.", "Working theory"),
        ("The cyber attack was almost certainly Russian-linked.", "almost certainly"),
        ("Bristol Airport evacuated!!! Suspicious package or possibly a plane emergency.", "possibly"),
        ("Train crash near Reading. Death toll could be in the dozens.", "Death toll"),
        ("The hospital blaze in Manchester - I reckon it's the cladding again.", "I reckon"),
        ("Someone fell under a train apparently, or was pushed.", "Someone"),
    ],
)
def test_in004_flags_unverified_claims_about_an_emergency(text, expected):
    assert rule_hits("IN004", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Heart attack symptoms in women can be different. I think everyone should learn the signs.",
        "Took a crash course in video editing, my colleague says I'm a natural.",
        "There's been an explosion in interest in GP training: applications probably up 30%.",
        "Fire drill at 3pm today, apparently it'll take ten minutes.",
        "Photo bombed by our director at the away day, someone said it was planned!",
        "Thinking of everyone affected by the crash on the A38. Please follow the police and don't share rumours.",
        "Police say the fire at the warehouse was started deliberately and are appealing for witnesses.",
        "Today we ran a major incident exercise; someone said it was the best yet.",
        "Ten years ago today the bombing changed our city. We remember those who died.",
        "We have declared a critical incident because of extreme pressure on our hospitals. Thank you for your support.",
        "Critical incident debriefs are good practice, my colleague says, after difficult events.",
    ],
)
def test_in004_leaves_ordinary_and_official_posts_alone(text):
    assert rule_hits("IN004", text) == []


def test_in004_leaves_the_organisations_accounts_alone():
    text = "A major incident has been declared after a collision on the M32; 12 injured have been taken to hospital."
    assert rule_hits("IN004", text, register="bnssg-icb", account="BNSSG ICB on Facebook") == []


# Speculation about an emergency at a hospital or unit, in words beyond bombs and crashes: the
# building failing, people in intensive care, a cause put forward before anyone knows.
@pytest.mark.parametrize(
    "text",
    [
        "Hearing from mates that two ICU patients died when the power went at the hospital tonight. Bet the generators weren't tested.",
        "Rumour is 6 healthy volunteers from a phase 1 unit in east London are in intensive care. I'd put money on the sponsor.",
        "Fire alarms and 4 engines at the clinic right now. Word is a patient set it deliberately.",
        "We are aware of reports of deaths at a maternity unit. Early indications are that trainees were left in charge.",
        "Early reports from the coach crash suggest the hospital was overwhelmed. It looks like another failure of planning.",
        "Apparently three babies on the neonatal unit are on ventilators after the oxygen supply failed. Not surprised tbh.",
        "my mate says the lifts failed at the hospital and two residents are in ITU, seen it before, they never service them",
        "Apparently the generators have failed at the hospital and two patients on ventilators died.",
    ],
)
def test_flags_speculation_about_emergencies_at_hospitals(text):
    assert rule_hits("IN001", text)


@pytest.mark.parametrize(
    "text",
    [
        "Proud to be one of our new fire marshals! Training done, apparently I'm now an expert in evacuation routes 😄",
        "Early indications are that our new virtual ward is reducing readmissions. Full evaluation in the spring.",
        "Our first report on deaths in mental health units is out today: read the findings and recommendations.",
        "We are aware of reports of an incident at the hospital. Please avoid the area and follow @AvonSomerPolice for updates.",
        "Not surprised our nurses won the award again, they're brilliant!",
        "Planned power outage at the Southmead site on Sunday 8am-10am: generators will run and clinics are unaffected.",
    ],
)
def test_planned_works_evaluations_and_official_updates_are_not_speculation(text):
    assert not rule_hits("IN001", text)


# IN005: hearsay, a serious matter and the writer pushing it on, in any words.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heard it from the very top: HEE is scrapping all FY2 posts from 2027. Tell every medical student you know.", "heard it from"),
        ("Hearing a healthy volunteer has died on a phase 1 trial. I'd put money on it being that same CRO.", "hearing a"),
        ("Word on the unit is a patient died overnight because the alarm was switched off. Absolute shambles.", "word on the unit is"),
        ("Rumour has it the ICB is shutting the birth unit at Cossham. Share before they deny it!", "rumour has it"),
        ("A mate at the trust says there's been a data breach, thousands of records. Expect a big story by Friday.", "a mate at the trust says"),
    ],
)
def test_in005_flags_a_rumour_passed_on_as_fact(text, expected):
    assert [hit.lower() for hit in rule_hits("IN005", text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "We've heard the rumours about FY2 posts. They're not true: here are the facts.",
        "Hearing loss affects 1 in 5 adults. Book a free hearing check with your GP. Share this!",
        "Heard it from patients: the new booking system is easier. Tell everyone you know!",
        "Hearing that my nan died peacefully in the hospice was hard. Tell everyone you love that you love them.",
        "Hearing a lot about the new FY2 rotations? Our webinar explains what is and isn't changing. Share widely.",
        "Apparently I'm now the ward's best baker. Share this with Matron!",
    ],
)
def test_in005_leaves_corrections_feedback_and_personal_news_alone(text):
    assert rule_hits("IN005", text) == []


def test_in005_leaves_official_accounts_alone():
    text = "Heard from the trust: the birth unit is closing its doors for refurbishment. Share this."
    assert rule_hits("IN005", text, account="@nhsbnssg") == []


def test_in005_finds_a_trial_halted_after_a_death_heard_second_hand():
    text = "Word is the MHRA has halted the Cambridge vaccine trial after a volunteer died. Share it."
    assert rule_hits("IN005", text)
    assert rule_hits("IN005", "Word is our new starters loved induction week! Share it.") == []
