"""Personal-data rules: what each must flag and, as importantly, what it must leave alone."""

from __future__ import annotations

import pytest
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
