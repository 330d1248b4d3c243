"""Personal-data rules: what each must flag and, as importantly, what it must leave alone."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from conftest import rule_hits

from smpolicy.lint.rules.personal_data import nhs_number_is_valid

# Ordinary NHS copy no personal-data rule may flag.
CLEAN_COPY = [
    "If you need urgent help call NHS 111 or 999. You can call Samaritans free on 116 123.",
    "Applications close 12 March 2026. Interviews will be held on 26/03/2026 at 10:00.",
    "Read HSSIB report I2024/015 (ISBN 978-1-80548-123-4) on our website.",
    "Flu vaccine clinic: Saturday 14 November, 9am to 1pm, 0117 950 5050 to book.",
    "Bring your NHS number and date of birth to your appointment.",
    "Our #SexualHealth clinic offers free, confidential HIV testing and breast screening.",
    "Join us at Southmead Hospital, Southmead Road, Bristol BS10 5NB for our open day.",
    "Ward 9 has reopened after its refurbishment, adding 24 beds for older patients.",
    "Congratulations to Sister Jane Smith, ward manager on Cedar Ward, on her award!",
    "NHS England: email england.contactus@nhs.net or call 0300 311 22 33.",
    "Text Shout to 85258 for free, confidential support, 24/7.",
    "Over 1,234,567 people had their #FluJab by 30 November 2025.",
]


@pytest.mark.parametrize("rule_id", ["PD001", "PD002", "PD003", "PD004", "PD005", "PD006", "PD007", "PD008"])
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_ordinary_nhs_copy_is_not_personal_data(rule_id, text):
    assert rule_hits(rule_id, text) == []


# --- PD001 nhs-number --------------------------------------------------------------------------


def test_check_digit():
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert not nhs_number_is_valid("1111111111")  # passes the arithmetic, never issued


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We've passed NHS number 943 476 5919 to PALS.", "943 476 5919"),
        ("Patient 943-476-5919 was seen today", "943-476-5919"),
        ("ref 9434765919 for the complaint", "9434765919"),
        ("NHS no 401 023 2137 attended", "401 023 2137"),
    ],
)
def test_nhs_number_flags(text, expected):
    assert rule_hits("PD001", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Call 0300 123 4476",
        "943 476 5918 fails the check digit",
        "ISBN 9434765919",
        "943 476-5919 has mixed separators",
        "Order 9434765919 has shipped",
        "Telephone: +44 943 476 5919",
        "12 943 476 5919 is part of a longer number",
    ],
)
def test_nhs_number_ignores(text):
    assert rule_hits("PD001", text) == []


# --- PD002 personal-phone-number ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ring Sue on 07700 900123 to book your place", "07700 900123"),
        ("My mobile is 07911 123456, text any time", "07911 123456"),
        ("Call me on +44 7911 123456", "+44 7911 123456"),
        ("Her home number is 0117 496 0123.", "0117 496 0123"),
        ("Contact Dave on 07700900461", "07700900461"),
        ("Thanks for getting in touch, we've passed this to Sarah. You can reach her on 07700 900123", "07700 900123"),
        ("Hi Jo, we're sorry. Our matron will call, or ring her mobile 07700 900456", "07700 900456"),
        ("Hi Jo, our team tried to call you on 07700 900123 this morning", "07700 900123"),
        ("Is your mobile still 07700 900123?", "07700 900123"),
    ],
)
def test_personal_phone_flags(text, expected):
    assert rule_hits("PD002", text) == [expected]


@pytest.mark.parametrize(
    "text, register",
    [
        ("Out of hours call 07968 149916", "hra"),
        ("Media enquiries out of hours: 07968 149916", "hssib"),
        ("Questions? Call the communications team on 0300 123 4476 or email bnssg.communications@nhs.net", "bnssg-icb"),
        ("Southmead switchboard 0117 950 5050", "hssib"),
        ("Freephone 0800 123 4567 for the stop smoking service", "hssib"),
        ("Text our ChatHealth school nursing service on 07507 331456", "hssib"),
        ("Call NHS 111, 999 in an emergency, or Samaritans on 116 123", "hssib"),
        ("NHS number 943 476 5919", "hssib"),
        ("Textphone users dial 18001 0300 123 4476", "bnssg-icb"),
    ],
)
def test_personal_phone_ignores(text, register):
    assert rule_hits("PD002", text, register=register) == []


# --- PD003 personal-email ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Questions? Email jane.smith1987@gmail.com", "jane.smith1987@gmail.com"),
        ("send your photos to bob_jones@hotmail.co.uk", "bob_jones@hotmail.co.uk"),
        ("my personal email is jane.doe@example.org", "jane.doe@example.org"),
        ("Email me at j.bloggs@nhs.net with any questions", "j.bloggs@nhs.net"),
    ],
)
def test_personal_email_flags(text, expected):
    assert rule_hits("PD003", text) == [expected]


@pytest.mark.parametrize(
    "text, register",
    [
        ("Email communications@hra.nhs.uk during business hours", "hra"),
        ("Survey queries: quality.assurance@hra.nhs.uk", "hra"),
        ("Contact comms@hssib.org.uk or ig@hssib.org.uk", "hssib"),
        ("Email bnssg.communications@nhs.net", "bnssg-icb"),
        ("Contact england.contactus@nhs.net", "hssib"),
        ("Any member of staff can email communications@tavi-port.nhs.uk", "tavistock-portman"),
        ("Our research team: research.office@hee.nhs.uk", "hee"),
        ("Friends of Southmead: friendsofsouthmead@gmail.com", "hssib"),
        ("Follow @hssib.bsky.social on Bluesky", "hssib"),
    ],
)
def test_personal_email_ignores(text, register):
    assert rule_hits("PD003", text, register=register) == []


# --- PD004 national-insurance-number -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My NI number is AB 12 34 56 C", "AB 12 34 56 C"),
        ("NINO: JG103759A", "JG103759A"),
        ("national insurance number AB123456", "AB123456"),
    ],
)
def test_ni_number_flags(text, expected):
    assert rule_hits("PD004", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "QQ 12 34 56 C is HMRC's specimen number",
        "GB 123456 A",
        "Part AB123456 of the order",
        "Room TN 12 34 56 B",
        "Report HS 2024 015",
    ],
)
def test_ni_number_ignores(text):
    assert rule_hits("PD004", text) == []


# --- PD005 date-of-birth -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patient: J Bloggs, DOB 12/03/1985", "DOB 12/03/1985"),
        ("Date of birth: 3rd March 1990", "Date of birth: 3rd March 1990"),
        ("d.o.b. 1985-03-12", "d.o.b. 1985-03-12"),
        ("her date of birth is March 3, 1990", "date of birth is March 3, 1990"),
        ("Jane Smith (born 12 May 1976) joined the board", "born 12 May 1976"),
        ("Ava was born on 3rd March 2019 at Southmead", "born on 3rd March 2019"),
        ("Applicant DOB: 14/02", "DOB: 14/02"),
        ("date of birth 14 February", "date of birth 14 February"),
    ],
)
def test_dob_flags(text, expected):
    assert rule_hits("PD005", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Bring your NHS number and date of birth. Applications close 12 March 2026.",
        "The NHS was born on 5 July 1948.",
        "Happy 75th birthday to the NHS! 5 July 2023",
        "Enter your date of birth on the form at nhs.uk",
        "Aneurin Bevan was born on 15 November 1897 in Tredegar.",
        "Babies born on 25 December 2025 at Southmead: 12!",
        "If you were born on or after 1 September 1990 you can get the vaccine.",
    ],
)
def test_dob_ignores(text):
    assert rule_hits("PD005", text) == []


# --- PD006 home-address ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mrs Jones, 14 Park Road, Bristol BS3 4AB, has complained", "14 Park Road, Bristol BS3 4AB"),
        ("She lives at 3 Acacia Avenue, Yate BS37 4AB", "3 Acacia Avenue, Yate BS37 4AB"),
        ("His home address is Flat 2, 7 Mill Lane, Bristol BS1 6AA", "Flat 2, 7 Mill Lane, Bristol BS1 6AA"),
        ("The family live at 22 Station Road in Yate", "22 Station Road"),
        ("Applicant Sam Lee of 9 Orchard Close, Bath BA2 4QP", "9 Orchard Close, Bath BA2 4QP"),
        ("The family live in 22 Station Road, Yate", "22 Station Road"),
        ("The family's new home at 4 Mill Lane has no heating", "4 Mill Lane"),
    ],
)
def test_home_address_flags(text, expected):
    assert rule_hits("PD006", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tavistock Centre, 120 Belsize Lane, London NW3 5BA",
        "Pop-up vaccine clinic at 45 High Street, Weston-super-Mare BS23 1HS this Saturday",
        "Find us at 2 Redcliff Street, Bristol BS1 6GR",
        "Post your feedback to 360 Bristol Road, Bristol BS3 4AB",
        "Dr Patel, 12 High Street, Keynsham BS31 1DP, is taking on new patients",
        "Our Patient Advice and Liaison Service, 14 Queen Square, Bristol BS1 4NT",
        "Our new clinic lives at 5 Marlborough Street from Monday",
        "Our new home at 5 Marlborough Street, Bristol BS1 3NU opens on Monday",
        "Our clinic in 45 High Street is open late on Thursdays",
    ],
)
def test_home_address_ignores(text):
    assert rule_hits("PD006", text) == []


# --- PD007 patient-identified ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Get well soon to John Smith in bed 12 on Ward 9!", "John Smith in bed 12"),
        ("Bed 4: Mrs Patel, doing well after her hip operation", "Bed 4: Mrs Patel"),
        ("Mr Jones was admitted to Cedar Ward on Tuesday", "Mr Jones was admitted to Cedar Ward"),
        ("Mrs Ward in side room 3 is recovering well", "Mrs Ward in side room 3"),
    ],
)
def test_patient_identified_flags(text, expected):
    assert rule_hits("PD007", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ward 9 has reopened after its refurbishment",
        "Sister Ward, manager of Ward 7, won an award",
        "Thank you to Mrs Evans, our housekeeper on Cedar Ward, who retires this week",
        "Staff Parking bay 12 is closed for resurfacing",
        "Our consultant Mr Edwards leads the ward round on Ward 5",
        "Cedar Ward bed 4 is ready for the next admission",
        "Visiting times on Ward 10 have changed: see our website",
    ],
)
def test_patient_identified_ignores(text):
    assert rule_hits("PD007", text) == []


# --- PD008 service-user-identifiable -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trial participant Jane Smith says the new drug changed her life", "participant Jane Smith"),
        ("Mr Jones, a patient on our stroke ward, thanked staff", "Mr Jones, a patient"),
        ("Sam Lee, one of our study participants, spoke at the event", "Sam Lee, one of our study participants"),
        ("A 15-year-old from Hampstead who attends our clinic said it helped", "15-year-old"),
        ("A Year 10 pupil at Parkside Academy was referred to CAMHS", "Year 10 pupil"),
        ("Sam Lee took part in our asthma trial and now runs marathons", "Sam Lee took part in our asthma trial"),
    ],
)
def test_identifiable_service_user_is_flagged(text, expected):
    assert rule_hits("PD008", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Patient Safety Week starts today: join our webinar.",
        "Our Patient Experience Team won a regional award.",
        "Thank you to everyone who took part in our research this year.",
        "Thousands of people took part in our research this year.",
        "Professor Jane Smith joined the study team as chief investigator.",
        "Jane Smith, a nurse on our stroke ward, won the award.",
        "Meet our patient Dave, who is back on his bike after surgery.",
        "16-year-olds can get the vaccine at school.",
        "Young people aged 11-17 from Bristol who attend our clinic can join the youth panel.",
        "Teenagers from Yate told us what they want from our service.",
        "A 15-year-old can consent to some treatment: read our guide for parents.",
    ],
)
def test_groups_staff_and_titles_are_not_identifiable(text):
    assert rule_hits("PD008", text) == []


# --- Ordinary NHS posts: none of the five families owned here may fire -----------------------

# Realistic copy for the five organisations: contacts, campaigns, recruitment, clinical words,
# venues, board meetings, ministers, maternity, school nursing. Checked with and without an image.
ORDINARY_POSTS = [
    'Our walk-in vaccination clinic is open at Eastgate Centre, Eastgate Road, Bristol BS5 6XX, Monday to Friday 9am-4pm. No appointment needed. #GetVaccinated #FluJab',
    "We're recruiting! Join our Digital Communications team as a Communications Officer (Band 5). Closing date 12 March 2026. Benefits include NHS pension, 27 days' annual leave plus bank holidays and NHS discounts.",
    'Worried about symptoms? Use NHS 111 online or call 111. In an emergency call 999.',
    "Feeling low? You're not alone. Call Samaritans free on 116 123 or text SHOUT to 85258.",
    'Today our Board meets in public at 10am. Papers are available on our website. Members of the public are welcome to attend.',
    'The HRA has published new guidance for researchers on informed consent. Read it on our website.',
    'HSSIB report I2024/015: our investigation into the safety of oxygen cylinder use in hospitals. Read the findings and our safety recommendations.',
    'Sexual health clinics offer free, confidential testing for HIV, chlamydia and gonorrhoea. Find your nearest service on nhs.uk.',
    "Breast screening saves lives. If you're aged 50 to 71 you'll be invited every 3 years.",
    "It's #MovemberMonth - check your testicles regularly and speak to your GP if you notice a lump.",
    "Cervical screening checks the health of your cervix. It's offered to women and people with a cervix aged 25 to 64.",
    'Anal cancer is rare but treatable. Know the symptoms.',
    'Stop smoking: our free service can help you quit for good. Call 0300 123 4476 or visit our website.',
    'Are you in labour? Call maternity triage first. Our Labour Ward team is here 24/7.',
    'Congratulations to Sister Amy Patel, ward manager on Ward 28, who has won our Nurse of the Year award!',
    'Happy retirement to porter Dave Jones after 40 years at Southmead Hospital. Thank you, Dave!',
    "Patient Safety Week: this year we're focusing on learning from incidents. Join our webinar on Tuesday.",
    'New figures from NHS England show waiting lists falling for the third month in a row.',
    'The Secretary of State for Health and Social Care, Wes Streeting, visited our new community diagnostic centre today.',
    "Polling day is Thursday 7 May. If you're in hospital, you can apply for an emergency proxy vote.",
    "Applications for our Young People's Advisory Group are open. Apply using the form on our website by 30 April 2026.",
    'Join our online event on research ethics on 15 April 2026 at 2pm. Book via Eventbrite.',
    'Our Research Ethics Committee members are volunteers. Could you join them? Find out more on our website.',
    'Sign up to our stakeholder newsletter to get the latest research news.',
    'Take part in our survey about your experience of applying for approval. It closes on 1 June 2026.',
    'Five things to know about the Confidentiality Advisory Group and confidential patient information.',
    'Our Freedom to Speak Up Guardian can help you raise concerns in confidence.',
    'Missed your appointment? Call the booking office on 0117 414 0000 to rearrange.',
    'The Tavistock and Portman NHS Foundation Trust, 120 Belsize Lane, London NW3 5BA.',
    'Do you need help with your mental health? Visit our Need urgent help? page or call NHS 111 and select option 2.',
    'Have your say on the future of stroke services in Bristol, North Somerset and South Gloucestershire. Consultation closes 12 March 2026.',
    'Healthier Together: our partners across BNSSG are working together to improve health.',
    'Meet Dr Sarah Khan, our new Chief Medical Officer, who joins us from North Bristol NHS Trust.',
    'Thank you to the 2,000 people who came to our vaccination bus this weekend!',
    'Health Education England funds 1,500 new training places for nursing associates this year.',
    'Our Foundation Programme trainees start on 5 August 2026. Welcome!',
    'If you have a question about your training, email your local office or contact us via the form on our website.',
    'Reminder: the NHS App lets you order repeat prescriptions and view your GP record.',
    "Our A&E is very busy. Please only attend if it's a serious emergency. Use NHS 111 for urgent help.",
    'Visiting times on Ward 10 are 2pm to 8pm. Two visitors per bed.',
    "We've opened 24 new beds on Cedar Ward to help with winter pressures.",
    'Bed 4 on our new ward has a ceiling hoist for patients with limited mobility.',
    'Babies born at Southmead this year: 6,000! Thank you to our midwives.',
    'The NHS turns 78 on 5 July. The NHS was born on 5 July 1948.',
    'Our charity shop on 12 High Street, Keynsham BS31 1DP raises money for the hospital.',
    'Free parking for blue badge holders at all our sites. Parking costs £2 an hour otherwise.',
    'Prescription charges in England are £9.90 per item. A prepayment certificate could save you money.',
    'Watch our video about the new Bristol Heart Institute. #BristolHeart #NHSHeroes',
    'Interested in research? Find studies near you on Be Part of Research.',
    "We're sorry to hear about your experience. Please contact our Patient Advice and Liaison Service (PALS) on 0117 414 4569 or pals@uhbw.nhs.uk so we can look into this.",
    "Hi Sam, thanks for your message. We can't discuss personal matters here, please email bnssg.communications@nhs.net and our team will get back to you.",
    'Our new Chair, Jane Smith, was appointed by NHS England following an open recruitment process.',
    'The government has announced £2bn for new surgical hubs. Our hub in Weston will open in 2027.',
    'Our staff can access wellbeing support through the Employee Assistance Programme.',
    "Children's mental health week: talk to your child about their feelings. Visit our website for resources.",
    "Five-year-olds are due their MMR booster. Check your child's red book.",
    'Our school nursing team will be in schools across Bristol this term offering the HPV vaccine.',
    'Text our ChatHealth school nursing service on 07507 331456 for confidential advice.',
    'Pupils from Ashton Park School visited our labs to learn about careers in science.',
    'Photo: our community nurses with the Lord Mayor of Bristol at the launch of the new service.',
    'Our investigations are independent and do not apportion blame or liability.',
    "Strike action: the resident doctors' strike runs from 7am on Friday. Please attend your appointment unless we contact you.",
]
FAMILIES = ("PD", "SG", "CF", "CM", "PO")


@pytest.mark.parametrize("register", ["hssib", "hra", "bnssg-icb", "tavistock-portman", "hee"])
def test_ordinary_posts_trigger_no_personal_data_safeguarding_confidential_commercial_or_political_rule(register):
    from conftest import make_context, make_draft

    from smpolicy.lint.rule import all_rules

    rules = [r for r in all_rules().values() if r.id.startswith(FAMILIES)]
    assert len(rules) >= 20
    context = make_context(register)
    found = []
    for text in ORDINARY_POSTS:
        for images in ([], [("photo.jpg", "Staff at the event")]):
            draft = make_draft(text, images=images)
            found += [(r.id, text) for r in rules for _ in r.check(draft, context)]
    assert found == []


# --- Never raise, whatever the text ------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FRAGMENTS = st.sampled_from(
    [" ", "\n", "07700 900123", "0117 950 5050", "+44 ", "943 476 5919", "DOB ", "born on ",
     "12/03/1985", "Mrs Jones", " bed 4", " Ward 9", "lives at 12 High Street", " BS1 4AB",
     "@gmail.com", "AB 12 34 56 C", "your school", "send us your", "Labour government",
     "EMBARGOED", "CONFIDENTIAL:", "witness statements", "code NHS20", "£60 per session",
     "15-year-old", "baby Ava", "İ", "’s", "(", ")", "[", "\\", "é", "😀"]
)
_TEXTS = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_TEXTS, with_image=st.booleans())
def test_rules_never_raise_and_hits_stay_inside_the_body(text, with_image):
    from conftest import make_context, make_draft

    from smpolicy.lint.rule import all_rules

    context = make_context("hra", pre_election_periods=[{"name": "P", "start": "2026-11-01", "end": "2026-11-30"}])
    draft = make_draft(text, images=[("a.jpg", text[:40])] if with_image else [])
    for rule in all_rules().values():
        if rule.id.startswith(FAMILIES):
            for hit in rule.check(draft, context):
                assert 0 <= hit.start <= hit.end <= len(draft.body)


# --- Round 2: a named person's health, services' mobiles, homes, consented stories ---------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sending love to Dawn Ellis, whose breast cancer has come back. Thinking of you.", ["Dawn Ellis"]),
        ("Mr Patel has had a stroke and won't be back for a while, so clinics are cancelled.", ["Mr Patel"]),
        ("Really proud of Lucy Hart, who we've been looking after since her psychosis last spring.", ["Lucy Hart"]),
        ("Carl Jenkins, one of my patients, finally rang his sister today.", ["Carl Jenkins"]),
        ("Covering for Sam Okafor again. His depression is bad this month.", ["Sam Okafor"]),
    ],
)
def test_a_named_persons_health_or_care_is_flagged(text, expected):
    assert rule_hits("PD009", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr Amy Patel urged anyone who has diabetes to get their eyes checked every year.",
        "Congratulations to Professor Jane Smith, whose research into dementia won the award.",
        "Sister Ann Bell and her dementia team won our Team of the Year award.",
        "Nurse Kerry Lloyd is running the marathon in memory of her dad.",
        '"My cancer was caught early," says Margaret Lewis, 67, who had her operation here in May.',
        "Ellie (not her real name) was diagnosed with anorexia at 14 and wanted to share her story.",
        "Dr Rachel Green said people should look after their mental health this winter.",
        "Jane Smith's work on stroke care has changed how we treat patients.",
        "In our new video, Medical Director Dr Paul Smith talks openly about his cancer diagnosis.",
    ],
)
def test_staff_work_consented_stories_and_advice_are_not_a_persons_health(text):
    assert rule_hits("PD009", text) == []


def test_a_staff_member_quoting_a_patient_still_speaks_for_themself():
    text = 'Sat with Joan Price today after her stroke. "Don\'t fuss," she told me.'
    assert rule_hits("PD009", text) == ["Joan Price"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ring our colleague Dave on 07700 900123 to book.", ["07700 900123"]),
        ("Call him on 0117 496 0123 after six.", ["0117 496 0123"]),
    ],
)
def test_people_reached_directly_are_still_flagged(text, expected):
    assert rule_hits("PD002", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Text our health visitors on 07700 900456, Monday to Friday, 9am to 5pm.",
        "Young people can text 07700 900789 for confidential advice from a school nurse.",
        "Our bereavement midwives are here for you. Contact them on 0117 496 0456.",
    ],
)
def test_service_lines_with_hours_or_a_team_are_not_personal(text):
    assert rule_hits("PD002", text) == []


def test_a_patient_groups_webmail_is_a_role_mailbox():
    assert rule_hits("PD003", "Join the patient group: email stmarksppg@gmail.com") == []


def test_a_named_person_before_an_address_is_a_home():
    text = "Another complaint from Gary Holt, 9 Mill Lane, Bath BA2 3QQ, about parking."
    assert rule_hits("PD006", text) == ["9 Mill Lane, Bath BA2 3QQ"]


@pytest.mark.parametrize(
    "text",
    [
        "Community Hall, 9 Mill Lane, Bath BA2 3QQ, every Tuesday from 10am.",
        "Kingswood Leisure Centre, 5 High Street, Bristol BS15 9TR: aquanatal classes.",
        "Join us, 12 High Street, Keynsham BS31 1DP, for our open day.",
    ],
)
def test_venues_before_an_address_are_not_homes(text):
    assert rule_hits("PD006", text) == []


def test_a_young_person_named_with_age_town_and_condition_is_identifiable():
    text = "So proud of Maya, 15, from Yate, who came to us for anxiety and just sat her GCSEs."
    assert rule_hits("PD008", text) == ["Maya, 15,"]


@pytest.mark.parametrize(
    "text",
    [
        "Meet Leo, 12, from Hengrove, who helped design our mental health leaflet.",
        'Josh, 14, from Keynsham, who was treated here as a baby, raised £3,000. "I wanted to say thank you," said Josh.',
    ],
)
def test_young_volunteers_and_consented_stories_are_not_identifiable(text):
    assert rule_hits("PD008", text) == []


# --- identifiable people in other words --------------------------------------------------------


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("PD007", "Ward round chat with the lad in bay 3 who's convinced he's MI5 😂"),
        ("PD007", "The lovely lady in bed 12 turned 100 today!"),
        ("PD009", "Proud of our PPI member Gladys Evans, 72, who has lived with HIV for 30 years."),
        ("PD009", "Poor Martin from the approvals team is off with a breakdown again."),
        ("PD009", "Not meant to say but our new director is pregnant!! Due in May."),
        ("PD008", "So proud of one of my clients today - J, 17, from Holloway, back at college after a year of selective mutism."),
        ("PD006", "Thanks Linda, we've reported it. We'll send the leaflet to you at 22 Hill Street, Kingswood, BS15 4RF."),
    ],
)
def test_people_identified_in_other_words(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Bay 3 is closed for cleaning today; the patients have moved to bay 4.",
        "Our new director is passionate about mental health services.",
        "Martin from the approvals team is running the London marathon for Mind.",
        "If you're pregnant, get your whooping cough vaccine from your GP.",
        "Our chief executive has lived in Bristol for 30 years and loves the city.",
        "Come and see us at 1 Victoria Street, Bristol BS1 6AA, on Saturday.",
        "Our matron is leading our new dementia service.",
        "Young people aged 16 to 25 can refer themselves to our clinic.",
    ],
)
def test_ordinary_copy_with_the_same_words_is_not_personal_data(text):
    for rule_id in ("PD006", "PD007", "PD008", "PD009"):
        assert rule_hits(rule_id, text) == [], rule_id


# --- PD010 the writer's own client, children named with their ages ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two years of weekly sessions and today my 15yo client (Year 11 at a school in Kentish Town, you know who you are Amira) told me she feels safe.",
        "My 14 year old client Ellie (yes you, year 10 at a Camden school) smashed her goals this term.",
        "My patient Mr Hughes on the stroke unit walked for the first time today after three weeks.",
        "What a day at our family therapy summer picnic! Left to right: Kai (8), Maisie (6) and Theo (10), all doing brilliantly in the programme.",
        "Fab morning at our parenting group! Huge well done to Leo (4) and Ruby (7) who finished the programme.",
        "Meet Jayden (12) and Ava (9), two of the young people on our diabetes clinic's transition programme.",
    ],
)
def test_own_client_or_child_in_care_named_is_flagged(text):
    assert rule_hits("PD010", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "My patients are the reason I love this job. Thank you for another brilliant year on the ward.",
        "Our team took on the 5k for the children's ward: left to right Sam, Priya and Tom. Well done all!",
        "Children aged 2 and 3 can get the flu vaccine as a nasal spray at our clinic.",
        "Our apprentices Jack (17) and Mia (16) start on our wards today. Welcome!",
        "With her permission, my client Rosa asked me to share her recovery story: read it on our blog.",
        "My patient feedback scores went up this year: thank you, team.",
        "Clinic times (1) Monday 9-5, (2) Tuesday 9-1. Book at reception.",
    ],
)
def test_patients_in_general_staff_and_consented_stories_are_not_identified(text):
    assert rule_hits("PD010", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We're hiring a Senior Commissioning Manager, Children and Young People's Mental Health. Closing date 10 December.",
        "Join us as Clinical Lead for Adult Mental Health services across Bristol.",
        "Our Deputy Director of Nursing talks about cancer screening in our new video.",
    ],
)
def test_job_titles_and_services_are_not_people_with_a_condition(text):
    assert rule_hits("PD009", text, register="bnssg-icb") == []


def test_a_named_person_with_a_condition_is_still_found_beside_a_job_title():
    text = "Senior nurse Kelly Marsh told me about her depression last week."
    assert rule_hits("PD009", text, register="bnssg-icb") != []


# --- Session 3: cue families (setbacks, people in studies, clients pointed to, group possessives)


@pytest.mark.parametrize(
    "text",
    [
        "Feel for Dr Sam Ellery (GMC 7654321) who got an outcome 3 at ARCP today after a rotten year on nights.",
        "Massive congrats to Chloe Barrington who passed, and chin up to Daniel, resubmission in March, you'll smash it",
        "Gutted for Priya Shah who got an outcome 4 at her ARCP this morning.",
        "Special mention to Tom Bradley who has to resit his OSCE in January, we believe in you mate",
        "Results day: sadly Aisha Karimi didn't pass her dissertation and will resubmit next term.",
        "Can't believe Dr Mark Fenton is facing a disciplinary hearing next week.",
        "Heard that Karen Lowe from the finance team has been suspended pending investigation.",
        "Shoutout to Dr Ben Ola, failed his MRCP part 1 again but keeps smiling",
        "Poor Jake Moss flunked his MRCS again, third time now.",
        "Dr Rob Keane has been put on a performance improvement plan by the deanery.",
        "Nurse Lisa Tran has been struck off by the NMC, shocking news.",
        "Amy Stone, one of our physician associates, didn't pass her probation.",
    ],
)
def test_a_named_persons_setback_is_flagged(text):
    assert rule_hits("PD011", text, register="hee") != []


@pytest.mark.parametrize(
    "text",
    [
        "New guide: what an ARCP outcome 3 means for your training, and how to appeal.",
        "Dr Jo Bell explains what trainees should do if they fail their ARCP.",
        "Congratulations to Dr Ruth Amos, who has been named Trainer of the Year. Well deserved!",
        "Our investigation found that the referral system failed patients. Dr Sarah Lee said the findings must be acted on.",
        "Students who need to resubmit will be contacted by their tutor. Results are out on 12 December.",
        "The minor injuries unit at Clevedon Hospital is temporarily suspended this weekend. Please use NHS 111 online.",
        "Freedom to Speak Up: Jane Hill, our guardian, explains how to raise a concern without fear of disciplinary action.",
        "The GMC struck off 12 doctors last year, according to its annual report.",
        "Dr Harry Cole, our medical director, will chair the fitness to practise panel.",
        "How to prepare for your MRCS: Dr Jake Moss shares his top tips for passing first time.",
        "Professor Lee: trainees who fail an ARCP deserve support, not blame.",
    ],
)
def test_setbacks_in_general_and_named_staff_news_are_not_flagged(text):
    assert rule_hits("PD011", text, register="hee") == []


@pytest.mark.parametrize(
    "text",
    [
        "Got chatting to Mrs Parveen Khan, participant 14 on the polycystic kidney study, who drives in every fortnight.",
        "Met the wonderful Mr George Allen today, participant 3 in the heart failure trial.",
        "Big thanks to Linda Morris who's on our asthma study and drove up from Devon for her check.",
        "Lovely chat with Jamal Hussain, one of the first people recruited into the sickle cell study at our site.",
    ],
)
def test_a_named_person_in_a_study_is_identifiable(text):
    assert rule_hits("PD008", text, register="hra") != []


@pytest.mark.parametrize(
    "text",
    [
        "Dr Jane Smith, chief investigator on the kidney study, explains why the trial matters.",
        "Thank you to the 2,000 participants in the polycystic kidney study. Professor Omar Ali shares the results.",
        "Professor Omar Ali, who is leading the study, has recruited 200 participants.",
    ],
)
def test_researchers_and_participants_in_general_are_not_identified(text):
    assert rule_hits("PD008", text, register="hra") == []


@pytest.mark.parametrize(
    "text",
    [
        "A client who couldn't make eye contact in September talked about her new job. You know who you are, Tuesday 4pm 😉",
        "One of my clients, who comes in every Monday at 3pm, said today was the first time she'd left the house.",
        "A patient I've been seeing every Friday morning just got a job! You know who you are, keep smashing it",
        "A young person I work with told me about her first day at the Tesco on Holloway Road. So proud.",
    ],
)
def test_a_client_the_writer_sees_is_pointed_to(text):
    assert rule_hits("PD010", text, register="tavistock-portman") != []


@pytest.mark.parametrize(
    "text",
    [
        "To everyone who came to our open evening: you know who you are, thank you! Sessions run Tuesdays at 4pm.",
        "Our drop-in for young people runs every Tuesday 4pm at our Finchley Road clinic. No referral needed.",
        "A patient who needs an interpreter can ask at reception on Monday morning.",
        "I work with a lovely team on Holloway Road. Every client matters to us.",
    ],
)
def test_clinic_times_and_general_thanks_point_to_no_one(text):
    assert rule_hits("PD010", text, register="tavistock-portman") == []


@pytest.mark.parametrize(
    "text",
    [
        "We're delighted that the Green Party's mayoral candidate has pledged £20m for young people's mental health.",
        "Bristol's Women's Health Hub is open: support with menopause and women's mental health.",
    ],
)
def test_a_groups_health_is_not_a_named_persons(text):
    assert rule_hits("PD009", text, register="tavistock-portman") == []


@pytest.mark.parametrize(
    "text",
    [
        "Happy 100th birthday to the lovely Doreen on Ward 4, who's been with us since her fall last week!",
        "Get well soon to our Alf in Cedar Ward, recovering from his stroke.",
    ],
)
def test_a_patient_by_first_name_on_a_ward(text):
    assert rule_hits("PD007", text, register="bnssg-icb") != []


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to the lovely Sue on Ward 4 for her 30 years of nursing!",
        "Welcome to our new matron on Ward 9.",
        "Visiting times for our Cedar Ward patients have changed.",
    ],
)
def test_staff_on_a_ward_are_not_patients(text):
    assert rule_hits("PD007", text, register="bnssg-icb") == []


@pytest.mark.parametrize(
    "text",
    [
        "Long night in ED. Treated a 43-year-old bloke from Portishead who came off his motorbike on the M5 at 2am.",
        "A 67-year-old woman from Clevedon was airlifted to Southmead after collapsing on the beach yesterday.",
    ],
)
def test_an_adult_pinned_down_by_age_town_and_event(text):
    assert rule_hits("PD008", text, register="bnssg-icb") != []


@pytest.mark.parametrize(
    "text",
    [
        "Motorbike season is here. Last year our ED treated over 300 riders injured on the M5.",
        "Any 65-year-old man in Bristol can now be treated for free at our clinic from Monday.",
        'Meet Dave, a 58-year-old farmer from Somerset. "The team saved my life after my heart attack," he says.',
    ],
)
def test_ages_in_general_and_consented_stories_pin_no_one(text):
    assert rule_hits("PD008", text, register="bnssg-icb") == []


def test_a_colleague_signed_off_with_stress():
    text = "Sending love to Sarah Mills from our Leeds office who's been signed off with stress. Come back soon!"
    assert rule_hits("PD009", text, register="hssib") != []
    text = "Stress Awareness Month: Sarah Mills, our wellbeing lead, shares five ways to look after yourself at work."
    assert rule_hits("PD009", text, register="hssib") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Janet Hughes from Nailsea, who complained about her mum's care, has now emailed the chief exec 14 times.",
        "Mr Patel, who complained about his wife's discharge, is at it again.",
    ],
)
def test_a_named_complainant(text):
    assert rule_hits("PD012", text, register="bnssg-icb") != []


@pytest.mark.parametrize(
    "text",
    [
        "Want to make a complaint? Our PALS team, led by Janet Hughes, can help. Call 0117 900 2000.",
        "Janet Hughes, who complained about her care in 2022, wanted to share her story with us.",
        "Dr Amy Lee explains what happens when patients have complained to the ombudsman.",
        "Thank you Mrs Green, who has called the ward every day to thank the nurses.",
    ],
)
def test_how_to_complain_and_consented_stories_name_no_complainant(text):
    assert rule_hits("PD012", text, register="bnssg-icb") == []


def test_a_named_child_on_a_ward_but_not_an_apprentice():
    assert rule_hits("PD008", "Our trainees with little Maisie Turner, 6, on the children's ward today!", register="hee") != []
    assert rule_hits("PD008", "Welcome to apprentice Jack Smith, 17, who joins our ward team today!", register="hee") == []
    assert rule_hits("PD008", "Children aged 5 to 11 on our ward can now have a play specialist.", register="hee") == []


def test_a_named_family_and_their_bereavement():
    text = "Met the Okafor family today, whose baby died at Ashford General last spring."
    assert rule_hits("PD009", text, register="hssib") != []
    assert rule_hits("PD009", "Families whose baby died can get support from Sands.", register="hssib") == []
    text = "The Smith family wanted to share their story: their baby died in 2023 and they are campaigning for change."
    assert rule_hits("PD009", text, register="hssib") == []


# PD008 skips its slow scans when cheap substring tests show they cannot match; these tests hold
# the tests to being necessary conditions, for any text.
_YOUNG_FRAGMENTS = [
    "Tyler", ", ", ",", "13", "6", "aged ", "AGED ", "years", "Year ", " old", "-", "She's ", "he is ", "HE’S ",
    "fifteen", "Teenager", "teenage girl", "School", "schoolboy", "7 ", "pupil", "Student at", "sixth former",
    "\u017f", "\u212a", "\u0130", "\n", " ", "x", "Maisie Turner", "hool",
]
_NAMED_FRAGMENTS = [
    "patient ", "Patient ", "patients", "Jane Smith", "Mr Jones", ", a ", ", one of our ", "participant ",
    "service users", "client ", "who ", "took part in our ", "was recruited to the ", "trial", "study", "studies",
    "research", "(", "#3", ", 54,", "who is on the ", "one of the first people recruited into the ", " ", "\n",
    "Sickle Cell ",
]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_YOUNG_FRAGMENTS), max_size=12).map("".join))
@example("Tyler, 13,")
@example("She's 15")
@example("a 15-year-old")
@example("aged 9")
@example("\u017fchoolgirl")
def test_pd008_quick_look_for_a_young_person_never_misses_one(text):
    from smpolicy.lint.draft import lower_keeping_offsets
    from smpolicy.lint.rules import personal_data

    young = personal_data._named_in_care_patterns()[1]
    if young.search(text):
        assert personal_data._may_be_young(text, lower_keeping_offsets(text)), text


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_NAMED_FRAGMENTS), max_size=10).map("".join))
@example("trial participant Jane Smith")
@example("Mr Jones, one of our patients")
@example("Jane Smith, 54, who took part in our trial")
@example("Mr Allen (participant 3)")
@example("Linda Morris who is on the asthma study")
def test_pd008_named_patterns_run_wherever_they_could_match(text):
    from smpolicy.lint.rules import personal_data

    named = personal_data._named_in_care_patterns()[0]
    for pattern, words in zip(named, personal_data._NAMED_WORDS):
        if pattern.search(text):
            assert any(word in text for word in words), (pattern.pattern, text)


def test_pd008_knows_every_non_ascii_letter_that_matches_an_ascii_one():
    import re
    import sys

    from smpolicy.lint.rules import personal_data

    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(point) for point in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(point))}
    assert folding == set(personal_data._FOLDS_TO_ASCII)


def test_pd008_still_finds_a_young_person_written_with_a_long_s():
    text = "She is a \u017fchoolgirl from Hampstead who attends our clinic."
    assert rule_hits("PD008", text) != []


# PD002's candidate pattern opens with a character class so the engine can skip to it; it must
# find exactly what the pattern as first written found.
_PHONE_CANDIDATE_AS_WRITTEN = (
    r"(?:(?:\+|(?<![\d+])00)\s?44\s?(?:\(0\)\s?)?|(?<![\d+])\(?0)"
    r"\d(?:[\s\-().]{0,2}\d){8,9}(?![\d])"
)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["+", "0", "00", "(", ")", "44", "(0)", "1", "7", "9", " ", "-", ".", "\n", "a", "07700 900", "123456"]), max_size=16).map("".join))
@example("+44 (0)7700 900123")
@example("0044 7700 900123")
@example("1(07700 900123")
@example("+07700900123")
@example("(0117) 950 5050")
@example("007700900123")
def test_pd002_candidates_are_those_of_the_pattern_as_first_written(text):
    import re

    from smpolicy.lint.rules import personal_data

    found = [match.span() for match in re.finditer(personal_data._PHONE_CANDIDATE, text)]
    assert found == [match.span() for match in re.finditer(_PHONE_CANDIDATE_AS_WRITTEN, text)], text


@given(st.text())
@example("07700 900123 \ud800 ٣ ０")
@settings(max_examples=300, deadline=None, derandomize=True, database=None)
def test_digit_count_counts_the_ten_ascii_digits(text):
    from smpolicy.lint.rules.personal_data import digit_count

    assert digit_count(text) == sum(text.count(digit) for digit in "0123456789")


_NINO_AS_WRITTEN = r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})(?:\s?([A-D]))?\b"


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["Q", "QQ", "AB", "x", "1", "12", "34", " ", "\n", "C", "D", "_", "é", "9"]), max_size=14).map("".join))
@example("QQ 12 34 56 C")
@example("xQQ123456C")
@example("1QQ123456")
@example("AB123456D")
def test_pd004_pattern_finds_what_the_pattern_as_first_written_found(text):
    import re

    from smpolicy.lint.rules import personal_data

    def found(pattern):
        return [(match.span(), match.groups()) for match in re.finditer(pattern, text)]

    assert found(personal_data._NINO) == found(_NINO_AS_WRITTEN), text
