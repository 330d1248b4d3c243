"""Safeguarding rules: asking for personal details, naming children alongside images."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from conftest import rule_hits

IMAGE = [("clinic.jpg", "A nurse gives a vaccination in a bright clinic room")]


@pytest.mark.parametrize("name", ["safeguarding_details", "safeguarding_questions"])
def test_phrase_lists_are_sorted_unique_and_sourced(name):
    data = tomllib.loads(files("smpolicy.lint.data").joinpath(f"{name}.toml").read_text("utf-8"))
    matches = [entry["match"] for entry in data["phrase"]]
    assert matches == sorted(matches)
    assert len(set(matches)) == len(matches)
    assert all(entry.get("message") and entry.get("source") for entry in data["phrase"])


# --- SG001 asks-for-personal-details -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Please DM us your address and we'll post a leaflet", "address"),
        ("Tell us your child's school in the comments!", "school"),
        ("Comment below with your date of birth to enter", "date of birth"),
        ("Send us your phone number and we'll call you back", "phone number"),
        ("What's your email address? Pop it below", "email address"),
        ("Which school do you go to? Comment below!", "Which school do you go to"),
        ("Where do you live? Let us know in the replies", "Where do you live"),
        ("Reply with your NHS number so we can check", "NHS number"),
        ("To enter, send us your child's name, age and school", ["name, age", "school"]),
        ("DM us your full name, school and year group to join the panel", ["school", "year group"]),
        ("Email us your name, date of birth and school to book a taster day", ["date of birth", "school"]),
        ("Tell us the name of your school below", "school"),
        ("Let us know which school you go to!", "school"),
        ("We'll need your name and mobile number to add you to the group", "mobile number"),
    ],
)
def test_asking_for_details_is_flagged(text, expected):
    assert rule_hits("SG001", text) == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize(
    "text",
    [
        "Please don't share your phone number or address in the comments.",
        "Never share your date of birth online.",
        "Bring your NHS number and a list of your medicines to your appointment.",
        "Send us your contact details using the form on our website.",
        "Give your date of birth when you call the surgery.",
        "What's your number one tip for staying well this winter?",
        "Share your school's achievements with us!",
        "Share your birthday messages for the NHS's 78th birthday!",
        "Share your experience of our services: tell us what you think.",
        "Where do you live? Find your nearest pharmacy on the NHS website.",
        "Update your address with your GP practice if you move.",
        "Your school nurse can help: text ChatHealth on 07507 331456.",
        "Tell us your views on the draft strategy by 12 March 2026.",
        "Tell us your views so we can address the issues you raise.",
        "Send your entries to our address: Freepost HRA.",
        "Share your school nurse's top tips for the new term!",
        "Tell us about your school holidays: how do you stay active?",
        "Email us your questions and our school nursing team will reply.",
        "We'll need your NHS number when you book.",
        "Please share this with your school and your friends.",
    ],
)
def test_advice_and_signposting_are_not_asking(text):
    assert rule_hits("SG001", text) == []


# --- SG002 named-child-in-image ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Six-year-old Ava was brave at her vaccination today!", "Six-year-old Ava"),
        ("Amelia, 6, and her mum came to our open day", "Amelia"),
        ("Well done pupils Ava and Leo for designing our poster", "pupils Ava"),
        ("Jack (4) loved meeting the paramedics", "Jack"),
        ("Meet baby Oliver, our first baby of 2026", "baby Oliver"),
    ],
)
def test_named_child_with_image_is_flagged(text, expected):
    assert rule_hits("SG002", text, images=IMAGE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Six-year-old Ava was brave at her vaccination today!",  # no image
        "Meet baby Oliver, our first baby of 2026",
    ],
)
def test_named_child_without_image_is_fine(text):
    assert rule_hits("SG002", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Children at our vaccination clinic today",
        "Margaret, 84, celebrated her recovery with the team",
        "Baby Loss Awareness Week starts today",
        "Little Stars Nursery visited our children's ward",
        "Our Children and Young People's Mental Health Service is recruiting",
        "Ward 7, 2 new beds, and Cedar Ward (12) are ready",
        "Sexual health, HIV testing and breast screening: what to expect",
    ],
)
def test_images_without_a_named_child_are_fine(text):
    assert rule_hits("SG002", text, images=IMAGE) == []


def test_alt_text_naming_a_child_is_flagged():
    images = [("clinic.jpg", "Baby Amelia, 3 months, with a health visitor")]
    assert rule_hits("SG002", "Our health visitors are here to help", images=images) == [
        "The alt text of clinic.jpg names a child (Amelia)"
    ]


def test_markdown_image_counts_as_an_image():
    text = "![A child at the clinic](photo.jpg)\n\nFive-year-old Leo had his flu vaccine today"
    assert rule_hits("SG002", text) == ["Five-year-old Leo"]


# --- Round 2: children's photos, names and ages, where people live -----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Share photos of your kids in their fancy dress below!", ["photos of your kids"]),
        ("Post your daughter's picture in the comments for our gallery", ["your daughter's picture"]),
        ("Tell us their names and ages in the comments", ["names and ages"]),
        ("Comment the area you live in and we'll tag your nearest clinic", ["area you live in"]),
        ("Pop your postcode below and we'll find your nearest pharmacy.", ["postcode"]),
        ("Drop your name, age and which school you're at below!", ["name, age", "school"]),
    ],
)
def test_asking_for_childrens_photos_names_ages_and_homes_is_flagged(text, expected):
    assert rule_hits("SG001", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Enter your postcode on the NHS website to find your nearest pharmacy.",
        "You'll be asked to confirm your name and date of birth at reception.",
        "Email communications@hra.nhs.uk with your name and contact number.",
        "Send your contact details using the form below.",
        "The farewell card is going round: his address is 4 Larch Close if you'd rather post one.",
        "Find services where you live on the NHS website.",
    ],
)
def test_describing_a_process_or_a_proper_channel_is_not_asking(text):
    assert rule_hits("SG001", text) == []


def test_asking_to_confirm_a_childs_number_in_public_still_asks():
    text = "Can you confirm that your son's NHS number is 701 916 1464?"
    assert rule_hits("SG001", text) == ["NHS number"]


# --- Recall round: private channels, usernames, schools with names, private contact -----------


@pytest.mark.parametrize(
    "text",
    [
        # Moving an adult's conversation to a direct message is the safe, usual NHS practice.
        "Sorry to hear this. Please message us your contact details.",
        "Please DM us your contact details and we'll look into it.",
        "Could you send us a direct message with your phone number? The team will call you back.",
        "Please send us a DM with your email address so we can reply properly.",
    ],
)
def test_contact_details_by_direct_message_are_not_flagged(text):
    assert rule_hits("SG001", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Still asked in public, or about a child, or something that locates the person.
        ("Reply with your phone number and we'll call you back", "phone number"),
        ("DM us your child's name and mobile number to join the youth panel", "mobile number"),
        ("Please DM us your address and we'll post a leaflet", "address"),
        ("Tweet us your name, school and date of birth to reserve a place!", ["school", "date of birth"]),
        ("Comment your child's name, age and nursery and we'll send a certificate!", ["name, age", "nursery"]),
        ("Kids, tell us in the comments which school you go to!", "school"),
        ("What year are you in and what's your Snapchat? We'll add you to the group chat", ["What year are you in", "what's your Snapchat"]),
    ],
)
def test_details_asked_in_public_or_for_children_are_flagged(text, expected):
    assert rule_hits("SG001", text) == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize(
    "text",
    [
        "Nursery nurses are at the heart of our early years workforce.",
        "Share this on your Instagram story!",
        "Follow us on Instagram for more.",
        "Which year group gets the HPV vaccine? Find out on the NHS website.",
    ],
)
def test_nursery_words_and_sharing_are_not_asking(text):
    assert rule_hits("SG001", text) == []


def test_child_named_with_their_school_in_an_image_post_is_flagged():
    text = "Well done to Freya Hughes from Oakfield Primary on her flu vaccine today!"
    assert rule_hits("SG002", text, images=IMAGE) == ["Freya"]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Jones from Oakfield Primary School visited our ward",
        "Staff at Oakfield Primary helped with our vaccination day",
        "Teachers from St Mary's Academy joined our first aid course",
    ],
)
def test_adults_at_a_school_are_not_named_children(text):
    assert rule_hits("SG002", text, images=IMAGE) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Teens: if you're struggling, message me privately on my personal account", "message me privately"),
        ("Calling all under-18s from our summer school: add me on my personal Facebook", "add me on my personal"),
        ("If any teenagers want to chat, DM me and we can meet up for a coffee", "we can meet up"),
        ("Patients are welcome to text me directly about their care", "text me directly"),
    ],
)
def test_private_contact_with_young_people_or_patients_is_flagged(text, expected):
    assert rule_hits("SG003", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Never add patients on your personal account.",
        "Young people can talk to our team through the form on our website.",
        "Message me privately if you'd like the slides from today's talk.",  # no young people
        "Great to meet up with colleagues at the children's hospital today",
        "Don't message me privately about patients: use the secure email.",
    ],
)
def test_boundaries_advice_and_adult_networking_are_not_flagged(text):
    assert rule_hits("SG003", text) == []


def test_asking_which_school_a_little_one_goes_to_is_flagged():
    text = "Parents: which school does your little one go to? Let us know below!"
    assert rule_hits("SG001", text) == ["which school does your little one go to"]


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("SG001", "Tell us in the comments what town you live in and how old you are!"),
        ("SG001", "Year 11s: leave your WhatsApp number below to join our mentoring chat"),
        ("SG003", "To any of my clients reading this: happy to meet for a coffee outside sessions"),
    ],
)
def test_second_round_asks_and_meetings_are_flagged(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("SG001", "Find out what town you live in belongs to which ICB on our website."),
        ("SG003", "Happy to meet for a coffee with any colleagues at the conference."),
    ],
)
def test_second_round_lookalikes_are_not_flagged(rule_id, text):
    assert rule_hits(rule_id, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Taking part in one of our studies? Reply with your email and mobile and we'll add you to our newsletter.",
        "Comment with your email and we'll send you the results.",
    ],
)
def test_asking_for_your_email_without_the_word_address(text):
    assert rule_hits("SG001", text, register="hra") != []


@pytest.mark.parametrize(
    "text",
    [
        "Please email us with any questions about your appointment.",
        "Check your email for your appointment letter.",
        "We'll never ask for your email on social media.",
        "Sign up to our newsletter on our website with your email.",
    ],
)
def test_your_email_mentioned_but_not_asked_for(text):
    assert rule_hits("SG001", text, register="hra") == []


# SG002 skips a child-name pattern when cheap substring tests show it cannot match; the tests
# must be necessary conditions for any text.
_CHILD_FRAGMENTS = [
    "six", "5", "-", " ", "year", "Year", "s", "-old ", " OLD ", "old ", "patient ", "Ava", "Jack", " Hughes",
    "Baby ", "little ", "LITTLE ", "son ", "Sons ", "grandson ", "kids ", "ki\u017fds", "\u212aids ", "l\u0131ttle ",
    " from ", " at ", "St ", "Oakfield ", "Primary", "School", "Pre-school", "Preschool", "High School", "Infants",
    ", ", "(", "4)", "aged ", "9,", "\n",
]


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_CHILD_FRAGMENTS), max_size=10).map("".join))
@example("six-year-old Ava")
@example("5-year-old patient Jack")
@example("baby Amelia")
@example("Freya Hughes from Oakfield Primary")
@example("Kai at Parkside Pre-school")
@example("Amelia, 6,")
@example("l\u0131ttle Jack")
def test_sg002_quick_look_never_skips_a_pattern_that_would_match(text):
    from smpolicy.lint.rules import safeguarding

    worth = safeguarding._worth_scanning(text)
    for pattern, may_match in zip(safeguarding._child_name_patterns(), worth):
        if pattern.search(text):
            assert may_match, (pattern.pattern, text)


def test_sg002_folding_letters_are_the_proven_list():
    from smpolicy.lint.rules import personal_data, safeguarding

    assert safeguarding._FOLDS_TO_ASCII == personal_data._FOLDS_TO_ASCII


def test_sg002_still_names_a_little_one_written_with_a_dotless_i():
    assert rule_hits("SG002", "Say hello to l\u0131ttle Jack!", images=IMAGE) != []
