"""Abuse rules: obscenities, insults, hate, stigma, fights and attacks on colleagues are flagged;
clinical words, place names and ordinary NHS copy never are."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from conftest import rule_hits

from smpolicy.lint import phrases


@pytest.fixture(autouse=True, params=["gated", "ungated"])
def _every_check_with_and_without_its_gates(request, monkeypatch):
    """Each rule skips its patterns unless cheap gate words appear; the gates must never change
    a result, so every test also runs with them open."""
    from smpolicy.lint.rules import _cues, abuse

    if request.param == "ungated":
        monkeypatch.setattr(_cues, "mentions", lambda value, words: True)
        monkeypatch.setattr(abuse, "_may_aim_insult", lambda draft: True)


RULES = ["AB001", "AB002", "AB003", "AB004", "AB005", "AB006", "AB007"]
DATA = ["abuse_obscenities", "abuse_insults", "abuse_hate", "abuse_stigma", "abuse_fights"]

# Ordinary NHS copy no abuse rule may flag.
CLEAN_COPY = [
    "Our #SexualHealth clinic offers free, confidential HIV testing and breast screening.",
    "Know the signs of anal cancer, testicular cancer and penile cancer. Check yourself monthly.",
    "Vaginal dryness and a sore penis are common: talk to a pharmacist in confidence.",
    "Scunthorpe, Penistone, Essex, Sussex and Middlesex teams: your assessment packs are ready.",
    "A 'cocktail' of drugs can interact: ask your pharmacist for a medicines review.",
    "Blood in your pee or bloody stools? See your GP. It's probably nothing, but get it checked.",
    "Diabetes? Our nurses will show you how to do a finger-prick test.",
    "Stop smoking: bin the fags for Stoptober and double your chances of quitting.",
    "Children with spastic cerebral palsy can join our new physio group.",
    "On the menu today: faggots and peas, or a vegetable curry.",
    "Dick Whittington is this year's panto at the children's hospital!",
    "Our hospital clowns visited the children's ward today.",
    "There's no such thing as a stupid question: ask your pharmacist.",
    "If your baby won't stop crying, it's OK to put them down safely and take a break. Call 111.",
    "Thank you people of Bristol for supporting our winter appeal!",
    "Everyone is welcome at our Eid celebration, including refugees and asylum seekers.",
    "Huge thanks to our brilliant ward manager, Sister Jones, on her retirement.",
    "We're sorry the staff were rude to you. Please contact PALS so we can look into it.",
    "Our nurses are not lazy, they are exhausted: thank you for your patience.",
    "Our nurses are the worst paid in Europe, says a new RCN report.",
    "Self-confessed gym junkie and proud frequent flyer miles collector.",
    "Join our history walk around the old county lunatic asylum.",
    "It sounds like you've had a difficult time. Please email communications@hra.nhs.uk.",
    "Snowflake decorations are up on the children's ward!",
    "Applications close 12 March 2026. Read HSSIB report I2024/015 (ISBN 978-1-80548-123-4).",
    "Shitake mushroom risotto at the Cockermouth community cafe.",
    "#FuckCancer fun run raised £2,000 for the Macmillan unit",  # a hashtag is a campaign name
]


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_clinical_words_and_ordinary_copy_are_not_abuse(rule_id, text):
    assert rule_hits(rule_id, text) == []


@pytest.mark.parametrize("name", DATA)
def test_phrase_lists_are_sorted_unique_documented_and_compile(name):
    entries = phrases.read_entries(name)
    matches = [entry.match for entry in entries]
    assert matches == sorted(matches)
    assert len(set(matches)) == len(matches)
    for entry in entries:
        assert entry.message and entry.source and entry.suggestion
        re.compile(entry.pattern())


# --- AB001 obscenity ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("What a sh*t week on the ward.", ["sh*t"]),
        ("WTF is going on with the car park", ["WTF"]),
        ("F**king hell, 12 hours without a break", ["F**king"]),
        ("This rota is absolute bollocks", ["bollocks"]),
        ("Can't be arsed with the new system", ["arsed"]),
        ("Pissed off with the parking again", ["Pissed"]),
    ],
)
def test_flags_obscenities(text, expected):
    assert rule_hits("AB001", text) == expected


def test_obscenity_messages_come_from_the_list():
    from smpolicy.lint.rule import all_rules
    from conftest import make_context, make_draft

    hits = list(all_rules()["AB001"].check(make_draft("Total bullshit."), make_context()))
    assert hits and "bullshit" in hits[0].message


# --- AB002 personal-insult ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("@critic you clearly haven't read the report, you clown.", ["you clown"]),
        ("What a joke!", ["What a joke"]),
        ("Only an idiot would park there.", ["idiot"]),
        ("Are you thick?", ["Are you thick"]),
        ("You're pathetic.", ["You're pathetic"]),
        ("Bunch of muppets running this car park", ["Bunch of muppets"]),
    ],
)
def test_flags_insults(text, expected):
    assert rule_hits("AB002", text) == expected


def test_insults_need_aiming_when_the_word_has_innocent_uses():
    assert rule_hits("AB002", "Tell us your best Christmas cracker joke!") == []
    assert rule_hits("AB002", "I felt so stupid for waiting so long to see my GP.") == []
    assert rule_hits("AB002", "An idiot-proof guide to the new booking system") == []


# --- AB003 hate-speech --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All these asylum seekers should be sent back.", ["these asylum seekers should be sent back"]),
        ("Tell them to go back to your own country", ["go back to your own country"]),
        ("Stop acting like a retard", ["a retard"]),
        ("That's so retarded", ["retarded"]),
    ],
)
def test_flags_hate_speech(text, expected):
    assert rule_hits("AB003", text) == expected


def test_clinical_senses_are_not_hate_speech():
    assert rule_hits("AB003", "Intrauterine growth can be retarded growth in rare cases") == []
    assert rule_hits("AB003", "Pakistan, Mongolia and the mongoose enclosure") == []


# --- AB004 stigmatising-language -----------------------------------------------------------------


def test_flags_stigmatising_terms():
    assert rule_hits("AB004", "Another shift full of frequent flyers and bed blockers.") == [
        "frequent flyers",
        "bed blockers",
    ]
    assert rule_hits("AB004", "Some nutter shouting in the waiting room again") == ["nutter"]
    assert rule_hits("AB004", "The junkies are back in the car park") == ["junkies"]


# --- AB005 picking-fights -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Get your facts straight before you post.", ["Get your facts straight"]),
        ("Are you people serious?", ["you people"]),
        ("Who asked?", ["Who asked"]),
        ("Keep your opinions to yourself", ["Keep your opinions to yourself"]),
        ("You clearly don't know what you're talking about.", ["You clearly don't know what you're talking about"]),
        ("How dare you say that about our nurses", ["How dare you"]),
    ],
)
def test_flags_picking_fights(text, expected):
    assert rule_hits("AB005", text, kind="reply") == expected


def test_polite_correction_is_not_a_fight():
    reply = "Thanks for your comment. The figures are in our annual report on page 12."
    assert rule_hits("AB005", reply, kind="reply") == []
    assert rule_hits("AB005", "Some GP practices may shut up to 2 hours for training") == []


# --- AB006 criticising-colleagues --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My line manager is completely useless and has no idea what she's doing.", "My line manager is completely useless"),
        ("Dr Patel on ward 7 is the laziest consultant I've ever worked with.", "Dr Patel on ward 7 is the laziest"),
        ("My useless manager strikes again.", "My useless manager"),
        ("Senior management here are clueless.", "Senior management here are clueless"),
        ("That consultant should be struck off.", "That consultant should be struck off"),
        ("Our chief executive is a joke.", "Our chief executive is a joke"),
        ("The team are a bunch of bullies.", "The team are a bunch of bullies"),
    ],
)
def test_flags_attacks_on_identifiable_colleagues(text, expected):
    assert rule_hits("AB006", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Our manager said the food was awful.",
        "Our nurses are working in terrible conditions this winter.",
        "Our nurses worked through the worst winter on record.",
        "The night staff were brilliant with my mum.",
        "Our manager is never rude, even on the busiest shift.",
        "If you feel the staff were rude to you, please tell PALS.",
    ],
)
def test_leaves_praise_context_and_other_subjects(text):
    assert rule_hits("AB006", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Whoever wrote this rota is a clown.", ["is a clown"]),
        ("@critic you ignorant troll", ["ignorant troll"]),
        ("You're clueless, mate.", ["You're clueless"]),
        ("She's a disgrace.", ["She's a disgrace"]),
    ],
)
def test_flags_insults_aimed_at_someone(text, expected):
    assert rule_hits("AB002", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr Giggles is a clown doctor who visits every week.",
        "What a fool I was to wait so long to get my lump checked!",
        "The new parking system is a joke, but the shuttle bus helps.",
    ],
)
def test_self_deprecation_and_grumbles_about_things_are_not_insults(text):
    assert rule_hits("AB002", text) == []


def test_flags_derogatory_statements_about_patient_groups():
    assert rule_hits("AB004", "Self-harmers just want attention.") == ["Self-harmers"]
    assert rule_hits("AB004", "These addicts brought it on themselves.") == ["These addicts brought it on themselves"]
    assert rule_hits("AB004", "People who self-harm deserve compassion and care.") == []
    assert rule_hits("AB004", "Patients deserve better than this, and smokers can get free support to quit.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Educational supervisors here are dinosaurs.", "Educational supervisors here are dinosaurs"),
        ("Honestly. Junior doctors are lazy.", "Junior doctors are lazy"),
        ("Our clinical director is an absolute disaster.", "Our clinical director is an absolute disaster"),
        ("Most of the managers are clueless.", "Most of the managers are clueless"),
    ],
)
def test_flags_attacks_on_groups_of_colleagues(text, expected):
    assert rule_hits("AB006", text) == [expected]


def test_praise_of_groups_and_failures_of_things_are_fine():
    assert rule_hits("AB006", "Junior doctors are amazing. Senior nurses were brilliant today.") == []
    assert rule_hits("AB006", "The rollout was a disaster, so we have paused it.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Obese patients are just lazy.", ["Obese patients are just lazy"]),
        ("Drunks clogging up A&E again on a Saturday night.", ["Drunks clogging up A&E"]),
        ("Smokers should pay for their own treatment.", ["Smokers should pay for"]),
        ("Our frequent fliers are back", ["frequent fliers"]),
    ],
)
def test_flags_more_derogatory_statements(text, expected):
    assert rule_hits("AB004", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smokers can get free help to quit.",
        "Elderly patients are the most vulnerable this winter.",
        "Homeless people are welcome at our drop-in.",
        "Old people are the worst hit by cold weather: check on your neighbours.",
    ],
)
def test_statements_of_need_about_groups_are_fine(text):
    assert rule_hits("AB004", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The supervisors on this rotation are complete dinosaurs.", "The supervisors on this rotation are complete dinosaurs"),
        ("My supervisors are past it.", "My supervisors are past it"),
        ("My consultant hasn't got a clue.", "My consultant hasn't got a clue"),
        ("Our manager has no idea what she's doing", "Our manager has no idea what she's doing"),
    ],
)
def test_flags_more_ways_of_running_colleagues_down(text, expected):
    assert rule_hits("AB006", text) == [expected]


def test_a_surprise_is_not_criticism():
    assert rule_hits("AB006", "Our manager doesn't have a clue how proud we are of her!") == []


# --- round 2: insult noun phrases aimed at a person; words mentioned, not used -----------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("What a spineless coward.", "a spineless coward"),
        ("Honestly he's such a two-faced snake.", "a two-faced snake"),
        ("They're nothing but parasites who never pay in.", "parasites"),
        ("@ward_watcher you smug little jobsworth", "smug little jobsworth"),
        ("Such a bitter old troll, blocking now.", "a bitter old troll"),
        ("she's a proper dragon tbh", "a proper dragon"),
    ],
)
def test_flags_insult_noun_phrases_aimed_at_someone(text, expected):
    assert rule_hits("AB002", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The adder is Britain's only venomous snake: if you are bitten, call 999.",
        "He is a dinosaur expert from the museum, visiting the children's ward.",
        "They are sheep farmers from Exmoor who joined our rural health study.",
        "What a lovely dragon costume for Chinese New Year!",
        "She was called a lazy cow by a patient: abuse of our staff is never acceptable.",
        "Our play team turned into witches and wizards for Halloween.",
        "You're not a coward for asking for help.",
        "Snake bites, cow's milk allergy and pig-bel: our paediatric A to Z.",
    ],
)
def test_animals_and_names_people_were_called_are_not_insults(text):
    assert rule_hits("AB002", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our deputy medical director is a vindictive bully.", "Our deputy medical director is a vindictive bully"),
        ("My line manager is a snake who lies to HR.", "My line manager is a snake"),
        ("Registrar tonight was an absolute clown.", "Registrar tonight was an absolute clown"),
        ("Juniors these days are a bunch of snowflakes.", "Juniors these days are a bunch of snowflakes"),
        ("Our department is full of clowns and the department is useless.", "the department is useless"),
    ],
)
def test_flags_colleagues_called_names(text, expected):
    assert rule_hits("AB006", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The department is not fit for purpose any more: it was built for half the patients.",
        "Our emergency department was a nightmare to find, so we've put up new signs.",
        "The old department was dreadful for patients' privacy; the new one has single rooms.",
        "Staff are amazing. Matron is a legend.",
    ],
)
def test_a_department_is_also_a_building(text):
    assert rule_hits("AB006", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Words matter: we don't say \"junkie\" or \"nutter\". We say \"person who uses drugs\".",
        "Language like 'psycho' and 'loony' stops people asking for help.",
        "At school I was called a psycho. Now I'm a mental health nurse.",
        "They called me 'junkie' for years; recovery is possible.",
    ],
)
def test_stigmatising_words_mentioned_in_campaigns_are_not_stigma(text):
    assert rule_hits("AB004", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He's a 'nutter', everyone knows it.", ["nutter"]),
        ("Another nutter in cubicle 4 tonight.", ["nutter"]),
        ("Patients with eating disorders are manipulative.", ["Patients with eating disorders are manipulative"]),
        ("These patients only crave the attention.", ["These patients only crave the attention"]),
    ],
)
def test_stigma_used_rather_than_mentioned_is_still_flagged(text, expected):
    assert rule_hits("AB004", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("@critic you clearly haven't got the faintest idea.", ["you clearly haven't got the faintest idea"]),
        ("Typical of you to shoot off about things you don't understand", ["shoot off about"]),
    ],
)
def test_flags_more_belittling_replies(text, expected):
    assert rule_hits("AB005", text) == expected


def test_a_helpful_if_is_not_belittling():
    assert rule_hits("AB005", "If you don't have a clue where to start, our guide can help.") == []


@pytest.mark.parametrize(
    "text, rule_id, expected",
    [
        ("Our medical director is a pathological liar.", "AB006", "Our medical director is a pathological liar"),
        ("Honestly she's a total and utter jobsworth.", "AB002", "a total and utter jobsworth"),
        ("Are you really that dense? It's on page one.", "AB002", "Are you really that dense"),
        ("Laughable reply from someone who obviously doesn't understand research.", "AB005", "Laughable reply"),
        ("Some patients just love being in hospital, I swear.", "AB004", "Some patients just love being in hospital"),
        ("Mr Frequent Flyer is back in cubicle 2.", "AB004", "Mr Frequent Flyer"),
    ],
)
def test_flags_any_words_before_a_sure_insult_and_mocking_patients(text, rule_id, expected):
    assert rule_hits(rule_id, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "You're not a coward for asking for help.",
        "Our new chair is a great listener and a keen runner.",
        "Our High Intensity Use service supports frequent attenders to A&E with a named worker.",
        "Our young patients love the hospital garden and the therapy dog.",
        "Anyone who hasn't read the guidance can find it on our website.",
    ],
)
def test_praise_negation_and_service_names_are_not_abuse(text):
    for rule_id in RULES:
        assert rule_hits(rule_id, text) == [], rule_id


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("AB006", "The practice manager here is a smug, sneering little man.", "The practice manager here is a smug, sneering little man"),
        ("AB006", "Our new chief nurse is an obnoxious bully.", "Our new chief nurse is an obnoxious bully"),
        ("AB005", "Imagine believing the NHS would ever fund that.", "Imagine believing"),
        ("AB005", "Shut it. Nobody asked for your opinion on our staffing.", "Shut it"),
    ],
)
def test_flags_negative_verdicts_sneers_and_shutting_people_up(rule_id, text, expected):
    assert rule_hits(rule_id, text)[0] == expected


def test_a_one_word_insult_in_a_reply():
    assert rule_hits("AB002", "You clearly didn't read the report. Muppet.", kind="reply") == ["Muppet"]
    assert rule_hits("AB002", "Send in the clowns!\nClowns") == []  # a heading in a post


@pytest.mark.parametrize(
    "text",
    [
        "Our matron is a bloody brilliant nurse.",
        "Sister Jones is a kind, patient and brilliant nurse.",
        "Imagine a hospital where every patient has a named nurse: that's our goal.",
        "Shut it down safely: how we close a ward for deep cleaning.",
    ],
)
def test_praise_and_ordinary_imperatives_are_fine(text):
    for rule_id in RULES:
        assert rule_hits(rule_id, text) == [], rule_id


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("AB003", "Fed up with all these overseas nurses, they should hire locals.", "Fed up with all these overseas nurses"),
        ("AB003", "Migrant carers nicking our jobs again.", "Migrant carers nicking our jobs"),
        ("AB005", "Did you even read before you comment?", "Did you even read before you comment"),
        ("AB006", "A certain registrar is the most arrogant man in the building.", "A certain registrar is the most arrogant man"),
    ],
)
def test_flags_round_four_shapes(rule_id, text, expected):
    assert rule_hits(rule_id, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Myth: international nurses are taking our jobs. Fact: they fill posts nobody else applied for.",
        "It's a myth that migrants are taking our jobs in the NHS.",
        "Overseas nurses getting the jobs? Our recruitment is fair and open to all.",
        "Our international nurses are getting their OSCE results this week!",
    ],
)
def test_myth_busting_and_welcomes_are_not_hate(text):
    assert rule_hits("AB003", text) == []


# --- AB007 disguised obscenities, and insults and discrimination in other words ---------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patients who scream at receptionists are b*stards, simple as.", "b*stards"),
        ("What the f*** was that meeting about", "f***"),
        ("Absolute a$$hole in the car park again", "a$$hole"),
        ("Fr1gging rota again.", "Fr1gging"),
        ("Who does this tw@t think he is", "tw@t"),
        ("P!ssed off with the parking", "P!ssed"),
        ("our manager is a c0ck", "c0ck"),
    ],
)
def test_disguised_obscenities_are_flagged(text, expected):
    assert rule_hits("AB007", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rated 5* by our patients on the NHS website.",
        "Congratulations to everyone who got A* and A grades this summer!",
        "Deaths* fell by 10% last year (*provisional figures).",
        "Email comms@hssib.org.uk or sam.t@gmail.com with questions.",
        "#F*ckCancer fun run this Saturday",
        "Our H1N1 and COVID-19 vaccines are free for anyone eligible.",
        "Crap! We forgot the cake.",  # AB001's word, written plainly: not AB007's to report
        "**Book now** at our clinics, and bring your red book*",
    ],
)
def test_stars_ratings_grades_and_addresses_are_not_disguised_swearing(text):
    assert rule_hits("AB007", text) == []


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("AB002", "Some of this year's FY1s are thick as mince."),
        ("AB002", "The man has the brains of a sponge."),
        ("AB002", "Shout out to Gary in estates for being the laziest man alive."),
        ("AB002", "Oh shut up you absolute tool."),
        ("AB002", "He's a few sandwiches short of a picnic, honestly."),
        ("AB003", "Half the new agency staff can barely speak English. Send them back and hire British nurses."),
        ("AB003", "Typical woman! All feelings and no delivery."),
        ("AB003", "She's being hysterical again about the rota."),
        ("AB003", "Pride lanyards at work now? Bit gay isn't it"),
        ("AB003", "Put a woman in charge of IT and it's all feelings."),
        ("AB006", "A certain service manager on the second floor is completely useless."),
        ("AB006", "Until the old dinosaurs on the board retire nothing will change."),
    ],
)
def test_insults_and_discrimination_in_other_words(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Gay and bisexual men can get PrEP free from our sexual health clinic.",
        "Our LGBTQ+ staff network welcomes gay, lesbian and trans colleagues.",
        "If you can't speak English, we can book a free interpreter for your appointment.",
        "Fill in both forms and send them back to us by Friday.",
        "Hormonal changes in menopause can cause hot flushes: she's not alone.",
        "HRT is hormonal treatment; women are often worried about it. Talk to your GP.",
        "A typical woman will go through the menopause between 45 and 55.",
        "Words matter. Calling someone 'crazy' or 'psycho' adds to the stigma.",
        "Our international nurses can speak four languages between them, including English.",
        "Brain injury? Our team supports families, and no question is stupid.",
        "The dinosaurs on the children's ward mural were painted by our volunteers.",
        "Our physio team uses a foam tool to ease back pain.",
    ],
)
def test_clean_copy_with_the_same_words_is_not_abuse(text):
    for rule_id in RULES:
        assert rule_hits(rule_id, text) == [], rule_id


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("AB001", "Another effing restructure. Can't wait."),
        ("AB001", "Well sod you too then."),
        ("AB001", "Screw you mate, we're doing our best."),
        ("AB002", "Parked in the disabled bay again. Utter knob."),
    ],
)
def test_stand_ins_and_bare_insults(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "New clinic opening in Effingham and Sodbury next month.",
        "Bring the stuff you need for an overnight stay: medicines, glasses and a phone charger.",
        "Our screw-top sharps bins are free from your pharmacy.",
        "A total of 40 tools are in the new toolkit.",
    ],
)
def test_places_and_everyday_words_are_not_stand_ins(text):
    for rule_id in RULES:
        assert rule_hits(rule_id, text) == [], rule_id


# --- a colleague named, then judged; fraud; treated like dirt (round 2) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        'Another board paper from our "head of primary care strategy" that says nothing in 40 pages. She hasn\'t got a clue.',
        "Our new head of research governance has been here six months. He hasn't got a clue and the whole office knows it.",
        "Others (looking at you, the approvals manager on the 2nd floor) take two-hour lunches. Lazy, entitled and a disgrace to the team.",
        "Another meeting cancelled by the deputy director of nursing. Arrogant, useless and a total embarrassment.",
        "Dr Simon Harte in our adolescent team is a total fraud. Hasn't read a paper since 1998.",
        "The clinical lead in our team treats the admin staff like dirt.",
        "Our so-called head of approvals is a charlatan who takes credit for everyone else's work.",
        "Looking at you, the programme manager in Farnborough. She is lazy and everyone covers for her.",
    ],
)
def test_colleague_named_then_judged_is_flagged(text):
    assert rule_hits("AB006", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "It's Fraud Awareness Week. Our counter fraud specialist explains how to spot a scam email.",
        "Meet our new head of primary care. She has 20 years of experience and is passionate about prevention.",
        "Our approvals manager ran the 10k for charity this weekend. Exhausted, proud and still smiling!",
        "Dr Amara Osei in our team has led the outdoor therapy group: muddy, messy and brilliant.",
        "Our manager asked about the new printers. They are useless, so please use the ones on floor 2.",
        "Our head of nursing met patients today. She is not lazy about listening: she stayed till 9pm.",
        "We're sorry our receptionist was rude to you. She is usually so kind; please contact PALS.",
        "That text claiming to be from our medical director is a fraud: we never ask for bank details.",
    ],
)
def test_praise_apologies_and_scam_warnings_are_not_attacks_on_colleagues(text):
    assert rule_hits("AB006", text) == []


# A colleague named in one sentence and called a bully, a fraud or a piece of work in the next.
@pytest.mark.parametrize(
    "text",
    [
        "Going public because HR aren't going to do anything: one of our directors has reduced two juniors to tears. Nasty, vindictive piece of work.",
        "Six months of being bullied by my service manager and HR have done nothing. So here it is: she's a controlling, two-faced bully and everyone knows it.",
        "Dr Fenwick's seminar today was self-indulgent. Forty years in the job and the man is still a fraud.",
        "Our new clinical lead cancelled my leave again. He's such a manipulative, petty liar.",
    ],
)
def test_a_colleague_called_names_in_the_next_sentence_is_attacked(text):
    assert rule_hits("AB006", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Dr Fenwick's seminar today was brilliant. The man is still a legend after forty years.",
        "Our director spoke about bullying at work: here is the point: she's a fierce ally to anyone who speaks up.",
        "Our consultant gave a talk on fraud. She's an expert in counter-fraud investigations.",
        "We're sorry you felt our manager was rude. She's a valued member of the team and we will look into it.",
    ],
)
def test_praise_and_talk_about_fraud_are_not_attacks(text):
    assert rule_hits("AB006", text) == []


def test_a_fraud_investigator_is_a_job_not_a_verdict():
    text = "Our counter-fraud lead gave a brilliant talk today. She's a fraud investigator with 20 years' experience."
    assert rule_hits("AB006", text) == []


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="ab*$#!0134@.5x_ \n", max_size=30))
@example("b*stard")
@example("sh!te")
@example("a@b.c")
@example("a@bcde")
@example("a@bc.")
@example("x@y_")
def test_the_quick_look_for_a_disguise_finds_every_hint(text):
    """AB007 runs only when its trigger finds a hint; the trigger's pattern, anchored on the
    rare character, must find a hint exactly when the rule's own pattern does."""
    from smpolicy.lint.rules import abuse

    assert bool(abuse._DISGUISE_SIGN.search(text)) == bool(abuse._DISGUISE_HINT.search(text)), text


def test_the_aimed_insult_gate_covers_every_match_of_the_pattern():
    """AB002 skips its aimed-insult pattern unless the draft has one of the nouns as a word; the
    pattern itself must need that (read by triggers.requirement)."""
    from smpolicy.lint.rules import abuse
    from smpolicy.lint.triggers import describe, requirement, uncovered

    terms = tuple(abuse._aimed_insult_terms().split("|"))
    assert describe(uncovered(terms, requirement(abuse._aimed_insults()))) == []
    assert uncovered(tuple(term for term in terms if term != "rat*"), requirement(abuse._aimed_insults())) != []


@pytest.mark.parametrize(
    "text, found",
    [
        ("You lazy rat.", True),
        ("you absolute muppets", True),
        ("What a waste of space.", True),
        ("Great results with our digital team, with thanks.", False),
        ("You were brilliant with the bulletin.", False),
    ],
)
def test_the_aimed_insult_gate_on_drafts(text, found):
    from conftest import make_draft

    from smpolicy.lint.rules import abuse
    from smpolicy.lint.triggers import index_of

    # The gate's own reading (the fixture above opens `_may_aim_insult` for half the tests).
    assert index_of(make_draft(text)).has_term(abuse._aimed_insult_terms()) is found
