"""Crisis rule: a reply to someone in crisis must signpost urgent help; awareness posts and
ordinary replies are not crises."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import make_context, make_draft, rule_hits

from smpolicy.lint.context import SignpostView
from smpolicy.lint.rule import all_rules


@pytest.fixture(autouse=True, params=["gated", "ungated"])
def _every_check_with_and_without_its_gates(request, monkeypatch):
    """Each rule skips its patterns unless cheap gate words appear; the gates must never change
    a result, so every test also runs with them open."""
    from smpolicy.lint.rules import _cues

    if request.param == "ungated":
        monkeypatch.setattr(_cues, "mentions", lambda value, words: True)


IN_CRISIS = [
    "I can't go on, nobody at the clinic is listening",
    "honestly don't want to wake up tomorrow",
    "I've been self-harming again and the waiting list is 9 months",
    "Feeling suicidal tonight. What's the point.",
    "I want to end it all",
    "everyone would be better off without me",
    "I failed my exams and I don't see the point anymore",
    "why bother living when nobody listens",
    "took a load of paracetamol an hour ago",
    "swallowed 20 of my sleeping pills",
    "My son keeps talking about ending his life",
    "I just can't cope.",
    "wish I wasn't here anymore",
]
NOT_IN_CRISIS = [
    "Suicide Prevention Day is so important. Samaritans are amazing. #WorldSuicidePreventionDay",
    "I can't cope with these waiting times! Six months for a scan.",
    "Is the sexual health clinic open on Saturdays?",
    "Great to see the #MentalHealthAwarenessWeek stall at Southmead today",
    '"I felt like I couldn\'t go on," says Tom, who now volunteers with our crisis cafe.',
    "What's the point of this new app?",
    "I don't see the point of the new parking scheme",
    "Taken 2 paracetamol, when can I take more?",
    "I've taken all my tablets as prescribed but I'm still ill",
    "I had a load of tablets to collect from the pharmacy",
]


@pytest.mark.parametrize("source", IN_CRISIS)
def test_flags_a_reply_without_urgent_help(source):
    reply = "We're sorry to hear this. Please email PALS with your details."
    assert rule_hits("CR001", reply, in_reply_to=source) == ["We're sorry to hear this."]


@pytest.mark.parametrize("source", NOT_IN_CRISIS)
def test_replies_to_people_not_in_crisis_are_not_checked(source):
    assert rule_hits("CR001", "Thanks for your message! Our team will reply on Monday.", in_reply_to=source) == []


@pytest.mark.parametrize(
    "reply",
    [
        "We're so sorry you feel like this. Please call Samaritans free on 116 123, or 999 if you are in danger now.",
        "Please call NHS 111 and choose the mental health option.",
        "Please see [our urgent help page](https://111.nhs.uk) for support right now.",
        "Please text SHOUT to 85258 any time.",
        "Need urgent help? Our page lists 24/7 crisis lines.",
        "If you are in danger now please go to A&E.",
        "Samaritans are there day or night on 116123.",
    ],
)
def test_signposting_urgent_help_is_enough(reply):
    assert rule_hits("CR001", reply, in_reply_to=IN_CRISIS[0]) == []


def test_the_reply_itself_can_show_the_crisis():
    assert rule_hits("CR001", "If you're feeling suicidal, please reach out.", kind="reply") == [
        "you're feeling suicidal"
    ]
    # A post to everyone is not a reply to someone in crisis.
    assert rule_hits("CR001", "If you're feeling suicidal, please reach out.") == []


def test_a_leading_mention_makes_a_draft_a_reply():
    assert rule_hits("CR001", "@sam we're here for you, you said you want to end it all") != []


def test_the_registers_own_signposts_count():
    check = all_rules()["CR001"].check
    context = dataclasses.replace(
        make_context(),
        crisis_signposts=(
            SignpostView("Tavistock and Portman urgent help page", None, "https://tavistockandportman.nhs.uk/urgent-help"),
            SignpostView("Bristol mental health response line", "0800 953 1919"),
        ),
    )

    def hits(reply):
        return list(check(make_draft(reply, in_reply_to=IN_CRISIS[0]), context))

    assert hits("Please call our response line on 0800 9531919.") == []
    assert hits("See tavistockandportman.nhs.uk/urgent-help for support.") == []
    assert hits("Please contact the Tavistock and Portman urgent help page team.") == []
    assert len(hits("We're sorry, please DM us.")) == 1


def test_an_empty_reply_still_reports_with_a_message():
    hits = rule_hits("CR001", "", in_reply_to=IN_CRISIS[0])
    assert len(hits) == 1 and "NHS 111" in hits[0]


@pytest.mark.parametrize(
    "source",
    ["Why do I even bother living", "There's no point in going on", "thinking of ending it", "I'm going to hurt myself", "I'm done with life"],
)
def test_flags_more_ways_of_saying_it(source):
    assert rule_hits("CR001", "Sorry to hear this. Please contact PALS.", in_reply_to=source) != []


@pytest.mark.parametrize(
    "source",
    [
        "I'm at the end of my tether with this waiting list!",
        "I hurt myself playing football, where should I go?",
        "I cut myself cooking, do I need stitches?",
        "Why bother with the app, it never works",
        "What's the point of the new car park?",
    ],
)
def test_frustration_and_injuries_are_not_crises(source):
    assert rule_hits("CR001", "Sorry to hear this. Please contact PALS.", in_reply_to=source) == []


@pytest.mark.parametrize(
    "source",
    ["Nobody cares if I live or die", "I want to go to sleep and never wake up", "thinking I'll jump off the bridge tonight"],
)
def test_flags_plans_and_wishes_not_to_wake(source):
    assert rule_hits("CR001", "Sorry, please DM us.", in_reply_to=source) == ["Sorry, please DM us."]


# --- round 2: not being here, the means to hand, others better off --------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Honestly don't think I'll be around by Christmas. The wait for the clinic is endless.",
        "I won't be here much longer so it doesn't matter anyway",
        "My kids would be better off if I wasn't here.",
        "I've been saving up my tablets for weeks.",
        "Got a packet of paracetamol next to me. Tonight is the night.",
        "Just want to sleep and never wake up",
        "Started cutting my arms again last week.",
        "I've been cutting again and it's getting worse",
        "Tonight will be my last night. Sorry for everything.",
        "Sat at the edge of the cliffs right now",
        "I'm standing on the Clifton bridge.",
        "Took the lot from the medicine cabinet an hour ago.",
    ],
)
def test_a_reply_without_urgent_help_to_these_is_flagged(message):
    reply = "We're sorry to hear this. Please send us a DM with your details."
    assert rule_hits("CR001", reply, kind="reply", in_reply_to=message) != []
    signposted = reply + " If you're in danger now, call 999 or Samaritans on 116 123."
    assert rule_hits("CR001", signposted, kind="reply", in_reply_to=message) == []


@pytest.mark.parametrize(
    "message",
    [
        "The ward would be better off if I wasn't so rushed off my feet!",
        "I won't be here next week, I'm on annual leave, so please call reception.",
        "Your crisis team saved my life two years ago. Thank you.",
        "I'm saving up for a new wheelchair, any charities that can help?",
        "Final post of the year from our ward: thank you all!",
        "So tired after four nights, I just want to sleep forever 😴",
        "I've been cutting back on sugar again, any tips from your dietitians?",
        "Today is my last day at the trust after 30 years!",
        "Tonight is my last night shift before maternity leave!",
        "Standing on the bridge watching the balloons at the Fiesta",
        "Sorry to everyone who waited so long at the clinic today.",
    ],
)
def test_everyday_words_near_these_are_not_a_crisis(message):
    reply = "Thanks for getting in touch! We'll pass this on."
    assert rule_hits("CR001", reply, kind="reply", in_reply_to=message) == []


# --- round 3: word families (any tense, slang, no apostrophes), a plan, a place ------------------


@pytest.mark.parametrize(
    "message",
    [
        "honestly gonna kms tonight",
        "thinking about unaliving myself ngl",
        "I'm going to top myself",
        "cut myself again last night, deeper this time",
        "The urge to self harm is so strong tonight",
        "I've had suicidal thoughts ever since my diagnosis",
        "FY1 here. Feel suicidal after every night shift.",
        "whats the point of living when nobody will see me",
        "I dont want to be here anymore",
        "I have a plan and I have the means.",
        "Seriously thinking of jumping off the car park roof",
        "I'm on the Clifton suspension bridge. Sorry for everything.",
        "Sat here with a bottle of vodka and all my pills. Done.",
        "My brother overdosed last night and says he'll do it again",
        "I've written letters to my family.",
        "this is my last post. goodbye everyone x",
        "I wanna die",
    ],
)
def test_word_families_of_crisis_are_flagged(message):
    reply = "Thanks for your message, we'll pass it on to the team."
    assert rule_hits("CR001", reply, kind="reply", in_reply_to=message) != []
    signposted = reply + " Please call Samaritans on 116 123, or 999 if you are in danger now."
    assert rule_hits("CR001", signposted, kind="reply", in_reply_to=message) == []


@pytest.mark.parametrize(
    "message",
    [
        "killing myself laughing at this video of the ward cat 😂",
        "Killed myself at the gym this morning, legs like jelly",
        "cut myself shaving, is the minor injuries unit open?",
        "Our study looks at support for young people who have self-harmed.",
        "Great to see the suicidal ideation research published today",
        "Do I need to bring all my tablets to my appointment?",
        "What's the point of the new booking app?",
        "Overdose awareness day: our pharmacists are at Cabot Circus today",
        "I'm on the bridge at the Harbour Festival, where is your stall?",
        "This new staff car park is killing me 😂",
        "I have a plan for my retirement party and the means to pay for it!",
    ],
)
def test_everyday_uses_of_the_family_words_are_not_a_crisis(message):
    reply = "Thanks for getting in touch! We'll pass this on."
    assert rule_hits("CR001", reply, kind="reply", in_reply_to=message) == []


@pytest.mark.parametrize(
    "post",
    [
        "To anyone feeling suicidal tonight: hold on. It gets better. We see you 💙",
        "If you're thinking about ending your life, please know you are not alone.",
        "If you are in crisis, we see you and we care.",
        "Anyone out there having thoughts of suicide: you matter.",
        "If youre feeling suicidal, reach out to someone you trust.",
    ],
)
def test_a_post_speaking_to_people_in_crisis_needs_urgent_help(post):
    assert rule_hits("CR002", post) != []
    assert rule_hits("CR002", post + " Call Samaritans free on 116 123, or 999 in an emergency.") == []
    assert rule_hits("CR002", post + " Call NHS 111 and choose the mental health option.") == []


@pytest.mark.parametrize(
    "post",
    [
        "Suicide prevention training is now available for all foundation doctors.",
        "Today we publish our investigation into deaths by suicide in mental health inpatient settings.",
        "A new study is looking at support for young people who have self-harmed.",
        "Our crisis café in Weston is open every evening for anyone who needs somewhere to talk.",
        '"If you are feeling suicidal, talk to someone," says Dr Patel in our new podcast. Samaritans: 116 123.',
        "We trained 3,000 colleagues in suicide prevention this year. Thank you to the families who helped.",
    ],
)
def test_posts_about_crisis_are_not_posts_to_someone_in_it(post):
    assert rule_hits("CR002", post) == []


def test_replies_are_left_to_cr001():
    assert rule_hits("CR002", "If you're feeling suicidal, please reach out.", kind="reply") == []


@pytest.mark.parametrize(
    "message",
    [
        "bought a rope today. dont try to stop me",
        "walking to the train tracks now",
        "Got my whole prescription here and tonight I'm taking all of it",
        "My son died in your care and I want to join him.",
        "relapsed on self harm after 2 years clean",
        "i just wanna disappear forever. no one would care",
    ],
)
def test_means_journeys_and_relapses_are_crises(message):
    assert rule_hits("CR001", "Thanks, we'll pass this on.", kind="reply", in_reply_to=message) != []


@pytest.mark.parametrize(
    "message",
    [
        "Last shift ever tonight before I retire. Goodbye everyone, it's been a privilege!",
        "I'm taking all of it in my stride, thanks team!",
        "Walking to the bridge for the Balloon Fiesta, see you there",
        "I want to join them for the charity walk on Sunday",
        "No one would care if the car park closed, honestly",
    ],
)
def test_farewells_and_plans_for_the_weekend_are_not_crises(message):
    assert rule_hits("CR001", "Thanks, we'll pass this on.", kind="reply", in_reply_to=message) == []


def test_the_reply_naming_killing_yourself_needs_urgent_help():
    assert rule_hits("CR001", "@danny_k so sorry you feel like killing yourself mate") != []


# --- round 4: the writer ending it, a way to die named as an intent, not being alive when help
# comes (classes from the blind set, each in wording of our own) --------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I've decided I'm going to end things this weekend",
        "gonna end it tonight, sorry mum",
        "I know how I'll end it now",
        "looked up ways to end it all",
        "thinking about walking into the river after work",
        "could just step in front of a train on the way home",
        "tempted to drive into a wall on the M32",
        "some days I want to swim out and not come back",
        "I won't be around by the time my appointment comes",
        "I'll be gone by then anyway",
        "wont be here by then x",
        "Wrote my goodbye letters.",
    ],
)
def test_ending_it_a_way_to_die_and_not_being_here_are_crises(message):
    assert rule_hits("CR001", "Thanks, we'll pass this on.", kind="reply", in_reply_to=message) != []
    signposted = "Please call Samaritans on 116 123, or 999 if you are in danger now."
    assert rule_hits("CR001", signposted, kind="reply", in_reply_to=message) == []


@pytest.mark.parametrize(
    "message",
    [
        "We'll end it there for today, thanks all",
        "Walking into the sea for our Boxing Day dip in aid of the hospital charity!",
        "I won't be around next week, on leave, please contact Sam",
        "Ended things with my ex and feeling great",
        "How to end the year well: our wellbeing tips",
        "I won't be around by the time you call, I'm on a late shift",
        "Going to walk into the sea for the charity swim on Sunday",
        "I'm going to drive into town for the clinic",
        "I've written my letters to the MP about parking.",
        "Time to end it on a high: thanks all!",
        "might drive in the bus lane by mistake lol",
        "I'll be gone by the time you arrive, the keys are at reception",
    ],
)
def test_endings_swims_and_absences_in_everyday_life_are_not_crises(message):
    assert rule_hits("CR001", "Thanks, we'll pass this on.", kind="reply", in_reply_to=message) == []


@pytest.mark.parametrize(
    "message",
    [
        "I'm going to take all my tablets tonight",
        "gonna swallow every pill in the house",
        "I have pills saved up",
        "Just want everything to stop",
        "I'm going to end my suffering",
        "I'm a burden to everyone, they'd be happier without me",
        "I keep thinking about dying",
        "I think about death all the time and I'm scared I'll act on it",
        "I'm on the 12th floor balcony and I'm thinking of letting go",
        "My daughter has locked herself in the bathroom and says she wants to die",
        "My dad texted goodbye and now he won't answer his phone",
        "I'm scared of what I might do to myself tonight",
        "I can't keep myself safe tonight",
        "I'm not going to be here much longer",
        "I've cut too deep and it won't stop bleeding",
        "I've given away my things and said my goodbyes",
        "Can't face another day",
        "I don't see a future for myself",
    ],
)
def test_means_burdens_thoughts_of_death_and_goodbyes_are_crises(message):
    assert rule_hits("CR001", "Thanks, we'll pass this on.", kind="reply", in_reply_to=message) != []


@pytest.mark.parametrize(
    "message",
    [
        "Do I need to take all my tablets with me to the appointment?",
        "I'm going to take all my tablets to the pharmacy for disposal",
        "I just want this back pain to stop, any tips?",
        "We want everything to be over by Christmas for the building works",
        "Our Dying Matters week: I've been thinking about dying well and planning my care",
        "Keep thinking about death and dying in our palliative care training",
        "the team would be happier without the new rota",
        "I'm scared of what I might do if the printer jams again 😂",
        "I can't face another day of this rain!",
        "I can't see a future for the service if funding is cut",
        "Standing on the bridge letting go of balloons for the charity",
        "My nan says she wants to die at home, how do we arrange end of life care?",
        "Sent a goodbye card to Sue for her retirement, she won't answer her phone though lol",
        "Said my goodbyes to the team after 20 years, I'll miss you all",
        "Cut myself too deep shaving, is minor injuries open?",
        "Sorted my affairs before my hip op, feeling ready",
        "Every pill in the house is out of date, where can I dispose of them?",
        "Just want everything to stop being so expensive",
        "I'm not going to be here for long, my contract ends in May",
    ],
)
def test_errands_end_of_life_care_and_leaving_do_not_read_as_crises(message):
    assert rule_hits("CR001", "Thanks, we'll pass this on.", kind="reply", in_reply_to=message) == []


# Cue families: a means with an urge or despair, a place with despair, existence with no point.
CRISIS_BY_FAMILIES = [
    "This placement is breaking me. I've honestly been thinking about taking all my meds at once.",
    "been looking up how many paracetamol it would take",
    "keep staring at the box of sertraline thinking I could just take the lot",
    "tempted to swallow the whole packet tonight and be done",
    "I know you said not to message here but I'm on the bridge and I don't know what else to do",
    "sat on top of the multi storey. can't do this anymore",
    "at the cliffs again. I've had enough of everything",
    "8 months on the waiting list. I'm done. honestly don't see the point of being here anymore",
    "what's even the point of waking up tomorrow tbh",
    "honestly no point in me existing any more",
]
NOT_CRISIS_BY_FAMILIES = [
    "can I take my morning meds all at once or should I space them out?",
    "I'm on the bridge road by the clinic, which entrance do I use?",
    "I'm done with this waiting list, complaint going in",
    "had enough of this rota, my complaint is going to HR",
    "no point being here at 8am if the clinic doesn't open till 9",
    "what's the point of the online booking system if nobody answers",
    "going to take all my tablets to the pharmacy for the review",
    "stood on the bridge watching the balloons, what a sight",
    "thinking about taking the whole box of leaflets to the fete",
]


@pytest.mark.parametrize("source", CRISIS_BY_FAMILIES)
def test_flags_a_crisis_told_by_its_cue_families(source):
    assert rule_hits("CR001", "Please contact the service through the proper channels.", in_reply_to=source) != []


@pytest.mark.parametrize("source", NOT_CRISIS_BY_FAMILIES)
def test_one_cue_family_alone_is_not_a_crisis(source):
    assert rule_hits("CR001", "Thanks, we've passed this on.", in_reply_to=source) == []


def test_going_on_record_is_not_going_on():
    reply = "DM'd you. Can't go on record obviously but happy to talk"
    assert rule_hits("CR001", reply, in_reply_to="Anyone willing to talk about the report? DMs open.") == []


@pytest.mark.parametrize(
    "source",
    [
        "got 3 boxes of paracetamol in the cupboard and honestly tonight im tempted",
        "parked up by the motorway bridge. cant keep doing this",
        "been at the level crossing for an hour, I'm so done",
        "been thinking about taking all of mum's morphine tonight",
        "got my pills counted out on the table. sorry everyone",
        "I honestly can't see any reason to keep going after this",
    ],
)
def test_flags_other_wordings_of_the_same_cue_families(source):
    assert rule_hits("CR001", "Thanks for your message.", in_reply_to=source) != []


@pytest.mark.parametrize(
    "source",
    [
        "standing at the edge of the pier for the charity swim start!",
        "do I need to bring all my tablets to the pre-op appointment?",
        "I'm done! Last participant recruited for our trial",
        "no point in waiting on the phone line, it never connects",
        "I'm on the roof garden at the hospital, is the cafe open?",
        "sorry everyone, the clinic is running 30 minutes late",
    ],
)
def test_the_same_words_in_ordinary_messages_are_not_a_crisis(source):
    assert rule_hits("CR001", "Thanks for your message.", in_reply_to=source) == []


@pytest.mark.parametrize(
    "source",
    [
        "Sat in the car at the top of Clifton with a hosepipe. Nobody has called back from the crisis line in 3 hours",
        "i keep googling how much insulin would be fatal. im not ok",
        "i genuinely cant be bothered being alive anymore",
        "im so tired of waking up every day. wish i could just disappear for good",
        "mental health team discharged me. I've got nothing left and a full pack of co-codamol",
        "planning to go to the woods tonight with a rope and not come back",
    ],
)
def test_flags_means_of_hanging_or_gassing_and_no_will_to_live(source):
    assert rule_hits("CR001", "Thanks for your message.", in_reply_to=source) != []


@pytest.mark.parametrize(
    "source",
    [
        "I'm so tired of waking up at 5am for these early clinics",
        "Is the full pack of co-codamol ok to take home after my op?",
        "writing letters to my MP about the maternity report tonight",
        "got a new hosepipe for the hospital garden, nobody has called back about the tap though",
        "there's nothing left to pay on your parking permit",
    ],
)
def test_early_starts_errands_and_campaign_letters_are_not_a_crisis(source):
    assert rule_hits("CR001", "Thanks for your message.", in_reply_to=source) == []


@pytest.mark.parametrize(
    "source",
    [
        "my flatmate locked herself in the bathroom saying she's going to take everything in the cabinet",
        "dad told me tonight he's got a plan and doesn't want to be here anymore",
        "my mate on my course has stopped eating and keeps saying she'd be better off gone",
    ],
)
def test_someone_else_in_crisis_counts_as_if_they_said_it(source):
    assert rule_hits("CR001", "Please encourage them to speak to their GP.", in_reply_to=source) != []


@pytest.mark.parametrize(
    "source",
    [
        "my dad's got a plan for his retirement and doesn't want to be here in the winter, moving to Spain!",
        "Mum is in the hospice and says she wants to die at home with us",
        "my son was so happy he cried when he passed his exams",
        "she's done with this waiting list and is making a complaint",
    ],
)
def test_someone_elses_plans_and_dying_well_are_not_a_crisis(source):
    assert rule_hits("CR001", "Thanks for letting us know.", in_reply_to=source) == []


def test_tablets_kept_back_for_a_reason_are_a_medicines_question():
    source = "Mum has been saving up her tablets in a drawer because she doesn't like taking them"
    assert rule_hits("CR001", "Please ask her GP for a medicines review.", in_reply_to=source) == []
    assert rule_hits("CR001", "Please ask her GP for a medicines review.", in_reply_to="I've been saving up my tablets") != []


@pytest.mark.parametrize(
    "source",
    [
        "They took all of his tablets away when he was admitted, is that normal?",
        "My husband has had enough of waiting for his hip op, he's in agony every day",
        "She keeps saying she wants to go home, she's so confused on the ward",
        "she's standing on the bridge at the Tav for the charity abseil, so proud of her!",
    ],
)
def test_what_staff_did_and_a_relatives_frustration_are_not_a_crisis(source):
    assert rule_hits("CR001", "Sorry to hear this, please speak to the nurse in charge.", in_reply_to=source) == []


def test_gate_words_are_needed_by_every_match_of_their_pattern():
    """CR001 skips a pattern when a message has none of its gate words: each list must cover
    every way the pattern can match (read from the pattern itself), or a crisis would be missed."""
    from smpolicy.lint.rules import crisis
    from smpolicy.lint.triggers import describe, requirement, uncovered

    assert len(crisis._INTENT_WORDS) == len(crisis._IN_CRISIS_INTENTS)
    gated = [*zip(crisis._INTENT_WORDS, crisis._IN_CRISIS_INTENTS), (crisis._PLACE_WORDS, crisis._PLACE)]
    for words, pattern in gated:
        assert describe(uncovered(tuple(f"*{word}*" for word in words), requirement(pattern))) == []


def test_a_gate_missing_a_word_is_caught():
    from smpolicy.lint.rules import crisis
    from smpolicy.lint.triggers import requirement, uncovered

    short = tuple(f"*{word}*" for word in crisis._PLACE_WORDS if word != "quarry")
    assert uncovered(short, requirement(crisis._PLACE)) != []
