"""Political rules: party-political content, and the pre-election period that makes it an error."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib.resources import files
from zoneinfo import ZoneInfo

import pytest
from conftest import FIXED_NOW, rule_hits

LONDON = ZoneInfo("Europe/London")
LOCAL_ELECTIONS = {"name": "Local elections 2026", "start": "2026-03-26", "end": "2026-05-07"}
IN_PERIOD = {"pre_election_periods": [LOCAL_ELECTIONS]}
DURING = dt.datetime(2026, 4, 20, 10, 0, tzinfo=LONDON)
AFTER = dt.datetime(2026, 5, 8, 9, 0, tzinfo=LONDON)

NEUTRAL_CIVIC = [
    "Polling day is Thursday 7 May. Apply for a postal vote by 5pm on 20 April.",
    "In hospital on polling day? You can apply for an emergency proxy vote.",
    "The Secretary of State for Health and Social Care announced new funding today.",
    "The government has published its 10 Year Health Plan; read our response.",
    "The Minister for Care visited Southmead Hospital to meet our nurses.",
    "Our Labour Ward team supports 6,000 births a year.",
    "Are you in labour? Call the maternity triage line on 0117 414 5100.",
    "Early labour: what to expect, and when to come in.",
    "Conservative treatment of back pain starts with staying active.",
    "Reform of urgent care will be discussed at our public board meeting.",
    "Green spaces help mental health: join our walking group.",
    "Vote for our Cedar Ward team in the Nursing Times Awards!",
    "Canvassing views on our draft strategy: applications close 12 March 2026.",
    "History of the NHS: born on 5 July 1948.",
    "We're canvassing for feedback on the new clinic.",
    "Genetic research: each SNP is a single-letter change in DNA.",
    "Have your say on our consultation about stroke services by 12 March 2026.",
    "Strike action: please keep your appointment unless we contact you.",
    "Sign up to our newsletter for research news.",
    "Preparing for Labour: our antenatal class runs every Tuesday.",
]


@pytest.mark.parametrize("name", ["political_campaigns", "political_parties", "political_people"])
def test_phrase_lists_are_sorted_unique_and_sourced(name):
    data = tomllib.loads(files("smpolicy.lint.data").joinpath(f"{name}.toml").read_text("utf-8"))
    matches = [entry["match"] for entry in data["phrase"]]
    assert matches == sorted(matches)
    assert len(set(matches)) == len(matches)
    assert all(entry.get("message") and entry.get("source") for entry in data["phrase"])


@pytest.mark.parametrize("text", NEUTRAL_CIVIC)
def test_neutral_civic_information_is_fine_outside_a_period(text):
    assert rule_hits("PO001", text) == []


@pytest.mark.parametrize("text", NEUTRAL_CIVIC)
@pytest.mark.parametrize("rule_id", ["PO002", "PO003"])
def test_neutral_civic_information_is_fine_inside_a_period(rule_id, text):
    assert rule_hits(rule_id, text, lint=IN_PERIOD, publish_at=DURING) == []


# --- PO001 party-political ---------------------------------------------------------------------

PARTY_POLITICAL = [
    ("Thanks to the Labour government, waiting lists are falling", "Labour government"),
    ("Years of Tory cuts have broken the NHS", "Tory"),
    ("Vote Green for a healthier Bristol", "Vote Green"),
    ("Our Lib Dem councillors backed the new clinic", "Lib Dem"),
    ("Reform UK would scrap the sugar tax", "Reform UK"),
    ("Join us on the campaign trail this weekend", "campaign trail"),
    ("The Conservatives have let patients down", "Conservatives"),
    ("Labour's plans for the NHS will fail", "Labour's plans"),
    ("Election night! #VoteLabour", "#VoteLabour"),
    ("#ToriesOut", "#ToriesOut"),
    ("Out leafleting for Labour this weekend", "leafleting for Labour"),
    ("Please sign the petition to save our research funding", "sign the petition"),
    ("Stop the cuts! Protect research funding", "Stop the cuts"),
    ("Join the rally against the hospital closure on Saturday", "Join the rally"),
]


@pytest.mark.parametrize("text, expected", PARTY_POLITICAL)
def test_party_political_is_a_warning_outside_a_period(text, expected):
    assert rule_hits("PO001", text) == [expected]
    assert rule_hits("PO002", text) == []


# --- PO002 party-political-pre-election --------------------------------------------------------


@pytest.mark.parametrize("text, expected", PARTY_POLITICAL[:4])
def test_party_political_is_an_error_inside_a_period(text, expected):
    assert rule_hits("PO002", text, lint=IN_PERIOD, publish_at=DURING) == [expected]
    assert rule_hits("PO001", text, lint=IN_PERIOD, publish_at=DURING) == []


def test_period_message_names_the_period():
    from conftest import make_context, make_draft

    from smpolicy.lint.rule import all_rules

    draft = make_draft("Vote Green for a healthier Bristol", publish_at=DURING)
    context = make_context("bnssg-icb", **IN_PERIOD)
    hits = list(all_rules()["PO002"].check(draft, context))
    assert [hit.message for hit in hits] == [
        "Calls on people to vote for or support a party during the pre-election period (Local elections 2026)"
    ]


def test_publish_at_after_the_period_is_a_warning_again():
    text = "Vote Green for a healthier Bristol"
    assert rule_hits("PO002", text, lint=IN_PERIOD, publish_at=AFTER) == []
    assert rule_hits("PO001", text, lint=IN_PERIOD, publish_at=AFTER) == ["Vote Green"]


def test_without_publish_at_today_decides():
    text = "Vote Green for a healthier Bristol"
    today = {"pre_election_periods": [{"name": "By-election", "start": "2026-11-01", "end": "2026-11-26"}]}
    assert FIXED_NOW.date() == dt.date(2026, 11, 17)
    assert rule_hits("PO002", text, lint=today) == ["Vote Green"]
    assert rule_hits("PO002", text, lint=IN_PERIOD) == []


def test_period_boundaries_are_inclusive_in_local_time():
    text = "Vote Green for a healthier Bristol"
    # 23:30 on the last day in London is already the next day in UTC.
    last_evening = dt.datetime(2026, 5, 7, 23, 30, tzinfo=LONDON)
    assert rule_hits("PO002", text, lint=IN_PERIOD, publish_at=last_evening) == ["Vote Green"]
    first_morning = dt.datetime(2026, 3, 26, 0, 5, tzinfo=LONDON)
    assert rule_hits("PO002", text, lint=IN_PERIOD, publish_at=first_morning) == ["Vote Green"]


# --- PO003 politicians-in-pre-election ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Great to welcome our local MP to the new diagnostic centre", ["MP"]),
        ("Cllr Patel opened our new community hub", ["Cllr"]),
        ("Parliamentary candidates visited the ward", ["Parliamentary candidates"]),
        ("Health hustings tonight at the Council House", ["hustings"]),
    ],
)
def test_politicians_are_flagged_inside_a_period(text, expected):
    assert rule_hits("PO003", text, lint=IN_PERIOD, publish_at=DURING) == expected
    assert rule_hits("PO003", text) == []


def test_party_mentions_are_not_reported_twice():
    text = "Labour MP Karin Smyth visited today"
    assert rule_hits("PO002", text, lint=IN_PERIOD, publish_at=DURING) == ["Labour MP"]
    assert rule_hits("PO003", text, lint=IN_PERIOD, publish_at=DURING) == []


@pytest.mark.parametrize(
    "text",
    [
        "Candidates for the nursing associate role: applications close 12 March 2026.",
        "Our Members' Council elections are open to Foundation Trust members.",
    ],
)
def test_recruitment_candidates_are_not_politicians(text):
    assert rule_hits("PO003", text, lint=IN_PERIOD, publish_at=DURING) == []


# --- Round 2: protests by what they are against; titles and celebrations are not politics -------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There's a protest against the closure at noon, bring your banners!", ["protest against", "bring your banners"]),
        ("Meet us outside Parliament on Saturday to demand a fair deal for nurses.",
         ["to demand a", "Meet us outside Parliament"]),
        ("Vote Green on Thursday, it's the only way.", ["Vote Green"]),
    ],
)
def test_protests_and_calls_to_vote_are_flagged(text, expected):
    assert sorted(rule_hits("PO001", text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Come and join the Green Team at our sustainability fair.",
        "Support Green Impact for Health: practices can sign up now.",
        "Come to a demo of our new online booking system on Wednesday.",
        "Join the march at Bristol Pride with our LGBTQ+ network.",
        "Please bring your appointment letter and a list of your medicines.",
        "Demand for our services is higher than ever this winter.",
    ],
)
def test_titles_demos_of_systems_and_pride_are_not_political(text):
    assert rule_hits("PO001", text) == []


# --- Recall round: every party acting, voting a government out ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Another year of Labour promising the earth and delivering nothing.",
        "Reform councillors scrapping the local maternity unit. This is what you voted for.",
        "The SNP have shown what a real NHS looks like.",
        "Starmer's lot are no better. Don't give them your vote.",
        "Every clinician I know is voting against this government next time.",
        "Vote them out. All of them.",
    ],
)
def test_parties_acting_and_voting_them_out_are_party_political(text):
    assert rule_hits("PO001", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Labour and birth: we've approved a new trial of pain relief in labour.",
        "Labour has started? Call the maternity unit before you set off.",
        "Reform of training: our review is out today.",
        "Greens and leafy spaces are good for mental health.",
        "The government has published its response to our report.",
        "Vote for your favourite nurse in our staff awards!",
    ],
)
def test_childbirth_reform_and_neutral_government_news_are_not_party_political(text):
    assert rule_hits("PO001", text) == []


# PO004: an official account taking a side on a government's or a party's policy.
@pytest.mark.parametrize(
    "text",
    [
        "The Government's cut to medical training places is short-sighted. The Opposition's workforce plan is the only credible option on the table.",
        "Ministers have let down the NHS again with this budget.",
        "Scrapping the bursary was a betrayal by the Government.",
        "The Labour party's plan deserves your support at the next election, frankly.",
    ],
)
def test_an_official_account_judging_policy_is_flagged(text):
    assert rule_hits("PO004", text, account="@NHS_HealthEdEng") != []


@pytest.mark.parametrize(
    "text",
    [
        "The Government has announced changes to medical training places. Here is what they mean for trainees.",
        "We welcome the Government's announcement of £2bn for training places.",
        "The Secretary of State visited Southmead today to open the new theatres.",
        "A reckless driver injured two people on the M5: our trauma team is caring for them.",
        "The Government's plan is not short-sighted on prevention, our report finds, but it needs staff to deliver it.",
    ],
)
def test_reporting_and_welcoming_policy_are_not_judgements(text):
    assert rule_hits("PO004", text, account="@NHS_HealthEdEng") == []


def test_staff_speaking_for_themselves_are_left_to_the_party_rules():
    text = "The Government's cut to training places is short-sighted."
    assert rule_hits("PO004", text) == []


def test_failed_government_policy_is_a_judgement():
    text = "Fourteen years of failed government policy has left our social care system in crisis."
    assert rule_hits("PO004", text, account="@NHS_HealthEdEng") != []


def test_the_budget_called_a_betrayal_is_a_judgement():
    text = "Today's Budget is a betrayal of every junior doctor in England."
    assert rule_hits("PO004", text, account="@NHS_HealthEdEng") != []
    assert rule_hits("PO004", "Our budget for 2027 is published in the board papers today.", account="@NHS_HealthEdEng") == []
