"""Health-advice rules: individual clinical advice is flagged; public health information is not."""

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


RULES = ["HA001", "HA002", "HA003", "HA004"]

# Ordinary NHS copy no health-advice rule may flag, as a post or as a reply.
CLEAN_COPY = [
    "Get your flu jab: book at your GP practice or a local pharmacy.",
    "Stop smoking services can help you quit for good. Search 'NHS Better Health'.",
    "If you have symptoms, call 111 or visit 111.nhs.uk. In an emergency, call 999.",
    "Don't stop taking your medicines without speaking to your GP or pharmacist first.",
    "Keep taking your medicines as prescribed and ask your pharmacist if you are unsure.",
    "Antibiotics don't work for colds. Your pharmacist can help with minor illnesses.",
    "We can't give medical advice on social media. Please contact your GP or NHS 111.",
    "You don't need an appointment: walk in to any of our vaccine clinics, 9am to 4pm.",
    "You don't need to see a GP to get the vaccine, just book online.",
    "Our #SexualHealth clinic offers free, confidential HIV testing and breast screening.",
    "Know the signs of testicular and anal cancer. Checking takes two minutes.",
    "Applications close 12 March 2026. HRA: email communications@hra.nhs.uk or call 07968 149916.",
    "Read HSSIB report I2024/015 on medication safety in care homes (ISBN 978-1-80548-123-4).",
    "It sounds like you've had a really difficult time. Please email our PALS team.",
    "The cold weather plan starts today: check on older neighbours.",
    "I stopped taking sugar in my tea for Lent and I've never looked back!",
    "A 'cocktail' of drugs can interact: ask your pharmacist for a medicines review.",
    "The MHRA has advised patients to stop using the recalled batch and return it to a pharmacy.",
    "Your GP may reduce the dose if you get side effects.",
    "Our pharmacists explain how to use your inhaler properly: watch the video.",
]


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("text", CLEAN_COPY)
@pytest.mark.parametrize("kind", ["post", "reply"])
def test_public_health_copy_is_not_individual_advice(rule_id, text, kind):
    assert rule_hits(rule_id, text, kind=kind) == []


# --- HA001 individual-medicine-advice ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You should come off the sertraline and see how you feel.", "come off the sertraline"),
        ("Honestly just stop taking your statins, they're poison.", "stop taking your statins"),
        ("Double your dose tonight and you'll be fine.", "Double your dose"),
        ("I'd skip your evening dose until you feel better.", "skip your evening dose"),
        ("If I were you I'd stop taking the pills.", "stop taking the pills"),
        ("You could try taking amitriptyline instead.", "try taking amitriptyline"),
    ],
)
def test_flags_medicine_changes_in_any_draft(text, expected):
    assert rule_hits("HA001", text) == [expected]
    assert rule_hits("HA001", text, kind="reply") == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Try some ibuprofen and rest up.", "Try some ibuprofen"),
        ("Have you tried taking paracetamol?", "taking paracetamol"),
        ("Stop taking ibuprofen if you get stomach pain.", "Stop taking ibuprofen"),
        ("@sam just take 2 paracetamol and go to bed", "take 2 paracetamol"),
    ],
)
def test_flags_medicines_named_for_one_person(text, expected):
    assert rule_hits("HA001", text, in_reply_to="My back is killing me, what should I do?") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Try some ibuprofen and rest up.",  # general self-care copy in a post to everyone
        "Stop taking ibuprofen if you get stomach pain and speak to a pharmacist.",
        "Never stop taking antidepressants suddenly: talk to your GP about coming off them.",
        "Patients who stop taking statins early lose the benefit, a new study finds.",
        "I've been taking ibuprofen for years without a problem.",
    ],
)
def test_leaves_general_medicines_information(text):
    assert rule_hits("HA001", text) == []


# --- HA002 individual-triage --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sounds like nothing serious, you don't need A&E.", "you don't need A&E"),
        ("No need to call 999, just rest up.", "No need to call 999"),
        ("It's probably nothing to worry about.", "It's probably nothing to worry about"),
        ("You don't need to go to hospital with that.", "You don't need to go to hospital"),
        ("That's not an emergency, you'll be fine.", "That's not an emergency"),
    ],
)
def test_flags_triage_in_replies(text, expected):
    assert rule_hits("HA002", text, kind="reply") == [expected]
    assert rule_hits("HA002", "@jo " + text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "You don't need to go to A&E for a sprain: your pharmacist can help.",
        "No need to call 999 for a minor injury: use NHS 111 online.",
        "It's probably nothing to worry about, but get any new lump checked by your GP.",
    ],
)
def test_campaign_copy_to_everyone_is_not_triage(text):
    assert rule_hits("HA002", text) == []


def test_access_information_in_a_reply_is_not_triage():
    assert rule_hits("HA002", "You don't need a GP referral for this service.", kind="reply") == []
    assert rule_hits("HA002", "You don't need to go to A&E for a sprain: try a pharmacy.", kind="reply") == []


# --- HA003 individual-diagnosis -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It sounds like you have a chest infection.", "It sounds like you have a chest infection"),
        ("@sam it sounds like you've got a UTI, lots of people do.", "it sounds like you've got a UTI"),
        ("You probably have hay fever, it's that time of year.", "You probably have hay fever"),
        ("I reckon you've got tonsillitis.", "I reckon you've got tonsillitis"),
    ],
)
def test_flags_diagnosis_in_any_draft(text, expected):
    assert rule_hits("HA003", text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It's probably just a virus.", "It's probably just a virus"),
        ("Could be shingles tbh", "Could be shingles"),
        ("Sounds like a nasty cold, rest up", "Sounds like a nasty cold"),
        ("That's probably tonsillitis.", "That's probably tonsillitis"),
    ],
)
def test_flags_hedged_diagnosis_in_replies_only(text, expected):
    assert rule_hits("HA003", text, kind="reply") == [expected]
    assert rule_hits("HA003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like you're going through a lot right now.",
        "I think you have a point about parking at Southmead.",
        "Sounds like a great event!",
        "This is the flu clinic: for covid jabs please go to the main entrance.",
        "It sounds like you had a good time at the fun run!",
    ],
)
def test_leaves_empathy_and_other_meanings(text):
    assert rule_hits("HA003", text) == []
    assert rule_hits("HA003", text, kind="reply") == []


def test_awareness_post_to_everyone_is_not_a_diagnosis():
    assert rule_hits("HA003", "Always thirsty? You might have diabetes: know the signs at nhs.uk.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stop your BP tablets for a few days and see.", "Stop your BP tablets"),
        ("Up your sertraline to 100mg.", "Up your sertraline"),
        ("Increase the sertraline to 100mg, it worked for me.", "Increase the sertraline"),
    ],
)
def test_flags_medicine_changes_without_taking(text, expected):
    assert rule_hits("HA001", text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Give him Calpol and keep him cool.", "Give him Calpol"),
        ("Take 2 paracetamol every 4 hours.", "Take 2 paracetamol"),
        ("It's fine to take ibuprofen with warfarin.", "It's fine to take"),
        ("Swap to a greener inhaler, it's the same medicine.", "Swap to a greener inhaler"),
    ],
)
def test_flags_dosing_and_reassurance_in_replies_only(text, expected):
    assert rule_hits("HA001", text, kind="reply") == [expected]
    assert rule_hits("HA001", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Stop antibiotic resistance: only take antibiotics when you need them.",
        "Clinics stop in April and restart in September.",
        "Drop your prescription off at reception.",
        "Switch your repeat prescriptions to the NHS App.",
        "Change your HRT patches twice a week, as your leaflet explains.",
        "Swap to a greener inhaler: ask your pharmacist at your next review.",
    ],
)
def test_medicine_services_and_campaigns_are_not_advice(text):
    assert rule_hits("HA001", text) == []
    assert rule_hits("HA001", text, kind="reply") == []


# --- HA004 individual-treatment-advice ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("If I were you I'd pull out of the study, the side effects sound awful.", "If I were you I'd pull out of the study"),
        ("You should push for an MRI.", "You should push for an MRI"),
        ("I wouldn't have the operation.", "I wouldn't have the operation"),
        ("Just skip the jab, it's not worth it.", "Just skip the jab"),
        ("I'd definitely go for the surgery.", "I'd definitely go for the surgery"),
    ],
)
def test_flags_treatment_advice_to_one_person(text, expected):
    assert rule_hits("HA004", text, kind="reply") == [expected]
    assert rule_hits("HA004", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You should get your flu jab: book at any pharmacy.",
        "Just get the vaccine! Walk-in clinics run every Saturday.",
        "You should join the trial register at Be Part of Research.",
        "The research team can answer questions about taking part.",
        "You don't need a referral for our talking therapies service.",
        "Don't skip your screening appointment!",
    ],
)
def test_encouraging_prevention_and_signposting_are_fine(text):
    assert rule_hits("HA004", text, kind="reply") == []


SERTRALINE = "My GP put me on sertraline 50mg and it's not working"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'd go up to 100mg, that's what I did.", ["go up to 100"]),
        ("50mg is a low dose, double it.", ["50mg is a low dose", "double it"]),
        ("Just take another one tonight.", ["take another one"]),
        ("You don't need them any more if your BP is normal.", ["You don't need them"]),
        ("A glass of wine won't hurt.", ["won't hurt"]),
        ("You'll be fine on warfarin.", ["You'll be fine on"]),
        ("Paracetamol is safer than ibuprofen with warfarin.", ["is safer than"]),
    ],
)
def test_flags_advice_about_a_medicine_named_in_the_conversation(text, expected):
    assert rule_hits("HA001", text, in_reply_to=SERTRALINE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ask your GP about a higher dose.",
        "Sorry to hear that. Please speak to your GP or pharmacist about your dose.",
        "It won't affect your appointment, the clinic is open as usual.",
        "You'll be fine to come in on Monday.",
        "You don't need a referral for talking therapies.",
    ],
)
def test_signposting_in_a_medicine_conversation_is_fine(text):
    assert rule_hits("HA001", text, in_reply_to=SERTRALINE) == []


def test_take_more_without_a_medicine_is_not_dosing():
    assert rule_hits("HA001", "Take more exercise and you'll feel better", in_reply_to="Any tips for feeling less tired?") == []


def test_reassurance_that_it_will_pass_is_triage():
    reply = "You don't need to see anyone for that, it'll clear up on its own."
    assert rule_hits("HA002", reply, kind="reply") == ["You don't need to see anyone", "it'll clear up on its own"]


def test_naming_the_condition_in_a_reply_is_a_diagnosis_but_naming_a_service_is_not():
    assert rule_hits("HA003", "Just rest and drink fluids, it's a virus.", kind="reply") == ["it's a virus"]
    for text in (
        "It's a cancer screening service, not a walk-in clinic.",
        "That's a great question about asthma!",
        "It's hay fever season: your pharmacist can help.",
        "This is a stroke unit, so visiting is limited.",
    ):
        assert rule_hits("HA003", text, kind="reply") == []


# --- round 2: missed doses, amounts and schedules, advice about a relative, hedged diagnoses ------

MISSED = "I forgot to take my apixaban this morning, what should I do?"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Don't panic, just have both together at teatime.", "have both together"),
        ("Pop the missed tablet now and carry on as usual tomorrow.", "Pop the missed tablet"),
        ("Take it twice tomorrow to catch up.", "Take it twice tomorrow"),
        ("Easiest thing is to make up for missing one with an extra dose tonight.", "make up for missing one"),
    ],
)
def test_flags_advice_on_a_missed_dose(text, expected):
    assert rule_hits("HA001", text, kind="reply", in_reply_to=MISSED)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("@lou_b two puffs twice a day of the brown one and it settles right down", "two puffs twice a day"),
        ("Give him 5ml at bedtime and he'll sleep through.", "Give him 5ml"),
        ("You could try bumping it up to 150mg.", "bumping it up to 150mg"),
        ("I'd split your ramipril between morning and night.", "split your ramipril"),
        ("Have three or four sachets a day until it clears.", "Have three or four sachets"),
    ],
)
def test_flags_amounts_and_schedules_given_to_one_person(text, expected):
    assert rule_hits("HA001", text, kind="reply", in_reply_to="Any advice?")[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please don't change your dose: your pharmacist can tell you when to take it.",
        "Your GP may suggest one tablet twice a day with food, so do ask them.",
        "Children aged 2 and 3 get two doses of the nasal spray vaccine at their GP practice.",
        "Our clinic is open once a week in the evening: book through the NHS App.",
    ],
)
def test_signposting_about_doses_is_not_dosing(text):
    assert rule_hits("HA001", text, kind="reply", in_reply_to=MISSED) == []


def test_advice_about_the_person_asked_about_counts_in_a_reply():
    question = "My dad's been prescribed statins but he hates them. Should he keep going?"
    assert rule_hits("HA001", "He should just stop taking the statins, loads of people do.", kind="reply",
                     in_reply_to=question) == ["stop taking the statins"]
    assert rule_hits("HA001", "His GP should review the statins with him.", kind="reply", in_reply_to=question) == []
    assert rule_hits("HA001", "Patients should stop taking the recalled batch and return it to a pharmacy.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A rash like that is normally just eczema.", "is normally just eczema"),
        ("Pins and needles in your hand is almost always carpal tunnel, nothing to worry about.", None),
    ],
)
def test_flags_hedged_diagnoses_in_replies(text, expected):
    hits = rule_hits("HA003", text, kind="reply")
    assert (hits == [expected]) if expected else hits == []
    assert rule_hits("HA003", text) == []  # the same words in a post to everyone


def test_a_prognosis_for_one_person_is_triage():
    assert rule_hits("HA002", "Rest up and you'll be fine in a couple of days.", kind="reply") == [
        "you'll be fine in a couple of days"
    ]
    assert rule_hits("HA002", "Headaches are usually nothing serious, honestly.", kind="reply") == [
        "are usually nothing serious"
    ]
    assert rule_hits("HA002", "Most headaches are usually nothing serious: see nhs.uk/headaches.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Swap between the paracetamol and ibuprofen through the night.", None),
        ("Alternating the Calpol and the Nurofen is what we do at home.", "Alternating the Calpol"),
        ("Snap the bisoprolol in two, half is plenty.", "Snap the bisoprolol"),
        ("You don't have to take the antibiotics if you feel better.", "You don't have to take the antibiotics"),
        ("25mg is a tiny dose, you could easily take more.", "25mg is a tiny dose"),
        ("Ask your GP for 200mg, that's what I'm on.", "Ask your GP for 200mg"),
    ],
)
def test_flags_regimes_halving_and_judging_doses_in_a_reply(text, expected):
    hits = rule_hits("HA001", text, kind="reply", in_reply_to="Any tips? My meds aren't working")
    assert hits if expected is None else hits[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Physio is a waste of time for backs, I'd cancel it.", ["Physio is a waste of time"]),
        ("Honestly the booster is pointless now.", ["booster is pointless"]),
        ("Just give it a miss. The trial's not worth it.", ["Just give it a miss", "trial's not worth it"]),
    ],
)
def test_flags_talking_someone_out_of_treatment(text, expected):
    assert rule_hits("HA004", text, kind="reply", in_reply_to="Should I go ahead?") == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's not a waste of time at all: the physio team can explain what the exercises do.",
        "If you want to cancel your appointment, please call the number on your letter.",
        "Please don't cancel it without talking to the team first.",
    ],
)
def test_explaining_and_rebooking_are_not_treatment_advice(text):
    assert rule_hits("HA004", text, kind="reply", in_reply_to="Is my physio worth it?") == []


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("HA001", "Go easy on the co-codamol, it's addictive.", "Go easy on the co-codamol"),
        ("HA001", "Stick with the fluoxetine another month, it kicks in eventually.", "Stick with the fluoxetine"),
        ("HA001", "Ibuprofen's fine with that, don't worry.", "Ibuprofen's fine with"),
        ("HA001", "You'd be far better off coming off the pregabalin.", "You'd be far better off coming off the pregabalin"),
        ("HA002", "Don't bother with 111, they'll just send you to A&E anyway.", "Don't bother with 111"),
        ("HA003", "It'll probably be gallstones, classic symptoms.", "It'll probably be gallstones"),
        ("HA004", "Just go for it, honestly.", None),
        ("HA004", "You should definitely say yes.", "You should definitely say yes"),
    ],
)
def test_round_two_shapes_of_individual_advice(rule_id, text, expected):
    hits = rule_hits(rule_id, text, kind="reply", in_reply_to="Offered the trial drug, my tablets aren't working, what now?")
    assert (hits and hits[0] == expected) if expected else hits


@pytest.mark.parametrize(
    "text",
    [
        "You can sign up on our website, or ask the research team about taking part.",
        "Please stay on your current medicines until you've spoken to your GP.",
        "It'll be a busy clinic on Monday, so please arrive early.",
        "Don't bother queueing at reception: check in at the screens by the door.",
    ],
)
def test_round_two_signposts_and_logistics_are_fine(text):
    for rule_id in RULES:
        assert rule_hits(rule_id, text, kind="reply", in_reply_to="Offered the trial drug, what now?") == [], rule_id


@pytest.mark.parametrize(
    "rule_id, text, expected",
    [
        ("HA001", "Finish the old amoxicillin you've got in the drawer, saves a trip.", "Finish the old amoxicillin"),
        ("HA001", "Take the spare naproxen from your last flare-up.", "Take the spare naproxen"),
        ("HA001", "Two ibuprofen and an early night.", "Two ibuprofen"),
        ("HA002", "That's not worth calling 999 for, honestly.", "not worth calling 999"),
        ("HA004", "Pull out of the trial today, it's not safe.", "Pull out of the trial today"),
    ],
)
def test_leftover_medicine_bare_doses_and_leaving_a_trial(rule_id, text, expected):
    hits = rule_hits(rule_id, text, kind="reply", in_reply_to="I've got a rash from the trial drug, what should I do?")
    assert hits[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two doses of the nasal spray vaccine are given at school.",
        "Two forms of ID and your appointment letter, please.",
        "Please take any unused medicines back to a pharmacy.",
        "If you want to leave the trial, you can withdraw at any time: just tell the research team.",
    ],
)
def test_doses_described_and_returning_medicines_are_not_advice(text):
    for rule_id in RULES:
        assert rule_hits(rule_id, text, kind="reply", in_reply_to="What do I need?") == [], rule_id


# --- round 3: generalisations (antivirals and insulin brands, relayed advice, threads) ---------


@pytest.mark.parametrize(
    "text, kind, source",
    [
        ("As a pharmacist I'd say stop the statins for a couple of weeks.", "reply", "Leg pain on atorvastatin?"),
        ("Replied! Tell her to cut the amlodipine down to 5mg.", "reply", "DM'd you about my mum's tablets"),
        ("Bump your Lantus up by 2 units each night.", "reply", "Sugars have been 15+ every morning"),
        ("You could take an extra 25 at bedtime.", "reply", "Already on quetiapine 25mg and can't sleep"),
        ("Just taper off the citalopram over a week.", "reply", "Thinking of coming off my antidepressants"),
        ("Get some aciclovir asap and you'll be grand.", "reply", "painful blistery rash on my back"),
        ("Thread 3/5: @jamie_r if your reflux is that bad just take 2 omeprazole a day", None, None),
    ],
)
def test_medicine_advice_in_more_voices(text, kind, source):
    meta = {"kind": kind, "in_reply_to": source} if kind else {}
    assert rule_hits("HA001", text, **meta) != []


@pytest.mark.parametrize(
    "text",
    [
        "Thread 3/5: @jamie_r thanks for sharing your story about the new omeprazole guidance.",
        "We have another 20 places on our virtual ward course: take a look.",
        "Join our anti-racism network: it meets every month.",
    ],
)
def test_more_voices_are_not_found_in_ordinary_posts(text):
    assert rule_hits("HA001", text) == []


# --- HA005 answers-a-health-question -----------------------------------------------------------


@pytest.mark.parametrize(
    "source, reply",
    [
        ("Is it ok to give my 7 year old my ibuprofen 400s?", "Yes it's fine, just break one in half."),
        ("My son banged his head and he's been sick once. Can he go to sleep?",
         "He's absolutely fine to sleep it off, being sick once after a bump on the head is normal 👍"),
        ("Mum is 86, hasn't drunk much in two days and is a bit confused. Do we need to take her in?",
         "Your mum doesn't need to go in, just keep pushing fluids and she'll perk up."),
        ("Severe stomach pain on the right side since this morning and I've been sick twice",
         "Probably just a bug going round. Wait it out at home, A&E will just send you away."),
        ("These antibiotics are giving me the runs, 3 days into a 7 day course", "Chuck them, 3 days is plenty."),
        ("weird painful blistery rash on one side of my back, what is this??", "thats shingles hun"),
        ("Found a small lump under my arm, should I be worried?", "I wouldn't bother getting it checked tbh."),
        ("Went over on my ankle, it's swollen. Is it worth going to A&E?", "Ice, rest and elevate it for a few days."),
        ("I'm on the trial drug and feel dizzy, should I keep taking it?", "If I were you I'd stop and see if it goes."),
        ("Can I drink on amoxicillin?", "Yeah a couple won't hurt!"),
    ],
)
def test_answering_a_health_question_for_one_person_is_flagged(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) != []
    # The same answer as a post to everyone is not a reply to anyone.
    assert rule_hits("HA005", reply) == []


@pytest.mark.parametrize(
    "source, reply",
    [
        # Signposted: GP, pharmacist, 111, 999, clinical team, or no advice on social media.
        ("My ankle is really swollen, should I go to A&E?",
         "Sorry to hear that. We can't give individual medical advice here, but NHS 111 online can tell you where to go."),
        ("Is it ok to give my 7 year old my ibuprofen?", "Please ask a pharmacist, they can advise on the right dose for her."),
        ("Mum is confused and not drinking, do we need to take her in?", "Please call NHS 111 now, or 999 if she is very unwell."),
        ("I'm on the trial drug and feel dizzy, should I keep taking it?", "Please contact the study team on the number on your information sheet."),
        ("Can I stop my sertraline now I'm feeling better?",
         "Really glad you're feeling better. Please talk to your GP or prescriber before changing any medicine."),
        # Errands and services, not health questions.
        ("Can I bring my own tablets when I come in for my operation?", "Yes please! Bring them in their original boxes."),
        ("Do I need a GP referral for talking therapies?", "No, you can self-refer online."),
        ("Is the walk-in centre open on Sundays?", "Yes, 8am to 8pm every day."),
        # Not an answer: thanks, sympathy, comfort.
        ("Pharmacist sorted me out with some cream, feeling loads better!", "So glad to hear that Sam, take care!"),
        ("I'm so anxious about my scan tomorrow, is that normal?", "It's completely normal to feel anxious before a scan. Good luck tomorrow."),
        ("Had my flu jab, arm is a bit sore. Thanks to the team at the clinic!", "Thanks for the lovely feedback, we'll pass it on!"),
    ],
)
def test_signposting_or_answering_something_else_is_not_flagged(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) == []


@pytest.mark.parametrize("text", CLEAN_COPY)
def test_public_health_copy_in_reply_to_a_health_question_is_not_flagged(text):
    assert rule_hits("HA005", text, kind="reply", in_reply_to="I've had a cough for a week, what should I do?") == []


@pytest.mark.parametrize(
    "source, reply",
    [
        ("My 5yo has had earache all night, do we need out of hours?", "Pop some warm olive oil in, no need for out of hours."),
        ("eczema flaring on my face, any tips?", "Hydrocortisone 1% twice a day for a week clears mine every time."),
        ("Whole family has flu, can I get Tamiflu for the kids?", "It's too late for that, so don't bother now."),
        ("my nan has zopiclone, can I take one?", "One won't hurt, just don't make it a habit."),
        ("Dad fell on his wrist this morning and it's gone a funny shape", "Probably just bruised. Keep an eye on it, no need for an x-ray."),
    ],
)
def test_answers_with_doses_dismissals_and_reassurance_are_flagged(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) != []


@pytest.mark.parametrize(
    "source, reply",
    [
        ("eczema flaring on my face, any tips?", "My sister is a pharmacist and swears by speaking to one early: ask your pharmacist today."),
        ("Can I swap my night shift if I've got a GP appointment?", "Yes, speak to your rota coordinator and they'll sort it."),
        ("Is the flu clinic running this Saturday? My kids need their nasal spray", "Yes, 9am to 1pm at the Health Centre."),
    ],
)
def test_signposts_and_service_answers_stay_clean(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) == []


# A symptom word must be the whole word: "number" is not "numb", "temporary" is not "temp".
@pytest.mark.parametrize(
    "source",
    [
        "Does anyone have a way to reach Jade from the parents' group? She changed her number",
        "Is the temporary car park by the entrance still open?",
        "Can I bring my tightrope-walking poster to the fun day?",
    ],
)
def test_a_yes_to_a_question_with_symptom_letters_inside_words_is_not_flagged(source):
    assert rule_hits("HA005", "Yes! See you there 😊", kind="reply", in_reply_to=source) == []


@pytest.mark.parametrize(
    "source",
    [
        "My arm has gone numb and tingly since lunch, is it ok to wait till Monday?",
        "Chest feels tight when I run. Is this normal?",
    ],
)
def test_a_yes_to_a_symptom_question_is_still_flagged(source):
    assert rule_hits("HA005", "Yes, totally fine, honestly.", kind="reply", in_reply_to=source) != []


# HA001 needs a medicine or an amount named as a whole word: the letters of a drug family
# inside an everyday word ("April", "html") are not a medicine.
@pytest.mark.parametrize(
    "reply",
    [
        "It's fine to take the April slot if it suits you better.",
        "You should be fine to take the html version of the form.",
        "Stop taking the community bus on Thursdays, the unit has moved.",
    ],
)
def test_advice_without_a_medicine_named_as_a_word_is_not_medicine_advice(reply):
    assert rule_hits("HA001", reply, kind="reply", in_reply_to="Any tips for April?") == []


@pytest.mark.parametrize(
    "reply",
    [
        "I'd stop taking the lisinopril and see how you go.",
        "Just double your atenolol tonight.",
        "Try 10mg of melatonin an hour before bed.",
        "you're better off without the adalimumab tbh",
    ],
)
def test_medicines_named_in_full_are_still_medicine_advice(reply):
    assert rule_hits("HA001", reply, kind="reply", in_reply_to="any advice?") != []


def test_using_up_medicine_kept_from_before_is_medicine_advice():
    reply = "My mate's a pharmacist, he reckons just use up any old amoxicillin you've got in the cupboard."
    assert rule_hits("HA001", reply, kind="reply", in_reply_to="GP won't give me antibiotics, what can I do?") != []


def test_warning_against_using_up_old_medicine_is_not_advice():
    reply = "Please don't use up any old antibiotics you have at home; ask your pharmacist instead."
    assert rule_hits("HA001", reply, kind="reply", in_reply_to="GP won't give me antibiotics, what can I do?") == []


# Playing down what it is whatever the word ("it's just tension", "probably just trapped wind"),
# watchful waiting ("just keep an eye on her"), when to take a medicine and which one to ask for.
@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("Is my headache a stroke?? left side of face feels odd", "Honestly it's just tension, you'll be right after a lie down."),
        ("Pain in my lower right tummy getting worse, should I go in?", "Probably just trapped wind, try peppermint tea."),
        ("Chest pain when I breathe in, 28F", "At your age it's almost certainly muscular, ibuprofen and rest."),
        ("Toddler swallowed a button battery I think??", "She'll pass it in a day or two, just keep an eye on her nappies."),
        ("Keep getting UTIs, any tips?", "Cranberry juice sorted mine, no need for antibiotics."),
    ],
)
def test_playing_it_down_and_watchful_waiting_answer_the_question(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) != []


@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("Forgot my metformin at lunch", "You can take it with dinner instead, don't worry about it."),
        ("Having awful panic attacks, what works?", "Ask your GP for propranolol, worked wonders for me."),
    ],
)
def test_when_to_take_a_medicine_and_which_to_ask_for_is_medicine_advice(source, reply):
    assert rule_hits("HA001", reply, kind="reply", in_reply_to=source) != []


@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("I fell earlier, how do I get to the walk-in centre?", "It's just past the main entrance on the left, open till 8pm."),
        ("Any tips for the fun run? my knees ache after", "It's just 5k, lovely route by the river!"),
        ("Forgot my password for the app?", "Yes, you can reset it from the login page."),
        ("Is this a wee bit of a long wait for the survey?", "Yes, sorry about that!"),
        ("My tummy hurts after the hospital food lol?", "Sorry to hear that! Please speak to the ward nurse or call 111."),
    ],
)
def test_directions_distances_and_signposts_do_not_answer_a_health_question(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) == []
    assert rule_hits("HA001", reply, kind="reply", in_reply_to=source) == []


# A treatment named by what it is for ("my diabetes drug trial") and changes said of "it".
@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("Anyone else on a diabetes drug trial getting awful stomach cramps?", "Honestly just stop taking it, the side effects aren't worth it for a study."),
        ("new blood pressure drug making me dizzy", "Ditch them, I did and I feel loads better."),
        ("the jab for my arthritis makes me feel rough for days, should I keep having it?", "I'd skip the next one tbh."),
        ("sertraline isn't doing anything", "Just take two instead of one for a week, that's what I did."),
        ("Sugars high all week, no appointment till the 3rd", "Honestly just take an extra 500mg metformin with your evening meal until you're seen."),
    ],
)
def test_changing_a_treatment_named_by_what_it_is_for_is_medicine_advice(source, reply):
    assert rule_hits("HA001", reply, kind="reply", in_reply_to=source) != []


@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("getting cramps on the diabetes drug trial", "Please contact the study team on the number in your information sheet before changing anything."),
        ("Is the placement handbook out yet?", "Yes! Take an extra look at page 5 for the new uniform rules."),
        ("Our drugs and alcohol service is moving, where to?", "It's moving to the Whitehall centre from Monday."),
        ("new blood pressure drug making me dizzy", "Please don't stop taking it without talking to your GP or pharmacist first."),
    ],
)
def test_signposts_and_errands_about_treatments_are_not_medicine_advice(source, reply):
    assert rule_hits("HA001", reply, kind="reply", in_reply_to=source) == []


# Pregnancy worries played down, and care put off ("no need to ring the unit").
@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("34 weeks and baby's been really quiet today. Is that normal?", "Try not to panic, honestly it's usually nothing. No need to ring the unit unless it's been a whole day."),
        ("think my waters might be leaking a bit, 36 weeks", "Probably just a bit of wee tbh. Wouldn't bother ringing triage."),
        ("I'm 33 weeks and getting tightenings every 10 mins", "Braxton Hicks, totally normal. Run a bath and rest."),
        ("12 weeks pregnant and some spotting this morning, should I worry?", "It's usually nothing. No need to phone anyone."),
    ],
)
def test_pregnancy_worries_played_down_answer_the_question(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) != []


@pytest.mark.parametrize(
    ("source", "reply"),
    [
        ("34 weeks and baby's been really quiet today. Is that normal?", "Please call your maternity unit now, don't wait. Reduced movements always need checking by a midwife."),
        ("Hi, I'm a health reporter. Saw your thread about the discharge report. Could I quote you?", "Hi! Yes of course, quote away, happy to do a call tonight too."),
        ("How long are discharge delays at the BRI at the moment?", "It's usually nothing more than a few hours, the discharge lounge is open till 8."),
    ],
)
def test_signposted_pregnancy_worries_and_hospital_discharge_are_not_health_answers(source, reply):
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) == []


def test_dropping_a_night_time_dose_is_medicine_advice():
    reply = "Drop your night time dose by a few units, that's what my diabetes nurse told me."
    assert rule_hits("HA001", reply, kind="reply", in_reply_to="hypos every night on my insulin") != []


def test_a_baby_not_felt_moving_is_a_health_question():
    source = "not felt the baby move since this morning, 30 weeks. is that ok?"
    assert rule_hits("HA005", "Babies have quiet days, don't worry. Try some sugar and lie down.", kind="reply", in_reply_to=source) != []
    assert rule_hits("HA005", "Please call your maternity unit now, they will want to check.", kind="reply", in_reply_to=source) == []


def test_a_signpost_put_off_after_saying_what_it_is_still_answers_the_question():
    source = "woke up with one side of my face drooping, is that a trapped nerve?"
    reply = "Probably bell's palsy, really common. See your GP next week if it's no better."
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) != []


@pytest.mark.parametrize(
    "reply",
    [
        "Please call 999 now: face drooping can be a sign of a stroke.",
        "Please see a pharmacist today, and your GP if it's no better in a few days.",
    ],
)
def test_a_signpost_now_or_without_a_verdict_is_not_answering(reply):
    source = "woke up with one side of my face drooping, is that a trapped nerve?"
    assert rule_hits("HA005", reply, kind="reply", in_reply_to=source) == []


@pytest.mark.parametrize(
    "text",
    [
        "PSA from a nurse: if your kid has croup, skip A&E and just stand in a steamy bathroom with them. Works every time.",
        "Paramedic here. Don't bother with 111 for a sprain, just ice it and strap it, trust me.",
    ],
)
def test_a_staff_tip_to_skip_urgent_care_is_flagged(text):
    assert rule_hits("HA006", text) != []


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        ("Croup can usually be managed at home, but call 999 if your child is struggling to breathe.", {}),
        ("Nurse here: skip A&E for a cough and just see a pharmacist, they're brilliant.", {}),
        ("Don't go to A&E for a cold: just use a pharmacy or NHS 111 online.", {"account": "BNSSG ICB on Facebook"}),
        ("I had to skip A&E training today because of the strike, just rescheduled.", {}),
    ],
)
def test_choose_well_advice_and_staff_news_are_not_skip_care_tips(text, meta):
    assert rule_hits("HA006", text, **meta) == []
