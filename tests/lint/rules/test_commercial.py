"""Commercial rules: suppliers, offers, advertising and private work."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest
from conftest import rule_hits

CLEAN_COPY = [
    "Book your free NHS Health Check today: it takes 20 minutes.",
    "Free flu vaccines are available at your GP practice and local pharmacy.",
    "NHS Supply Chain has delivered 2 million items of PPE to our hospitals.",
    "We need stakeholder buy-in for the new strategy: tell us what you think.",
    "Benefits include the NHS pension, 27 days' leave and NHS staff discounts.",
    "A prescription prepayment certificate could save you money: it costs £2.20 a week.",
    "Our sponsor and research teams review every commercially sponsored study.",
    "Independent sector providers are helping to cut waiting lists.",
    "We do not offer private appointments at this clinic.",
    "Parking costs £2 an hour; blue badge holders park free.",
    "Stop smoking: our free service can help you quit. Call NHS 111 for advice.",
    "Take 20% of your lunch break outside: fresh air helps.",
    "Up to 10% off sick leave rates were reported in our board papers.",
]


@pytest.mark.parametrize("name", ["commercial_offers", "commercial_promotion", "commercial_private_work"])
def test_phrase_lists_are_sorted_unique_and_sourced(name):
    data = tomllib.loads(files("smpolicy.lint.data").joinpath(f"{name}.toml").read_text("utf-8"))
    matches = [entry["match"] for entry in data["phrase"]]
    assert matches == sorted(matches)
    assert len(set(matches)) == len(matches)
    assert all(entry.get("message") and entry.get("source") for entry in data["phrase"])


@pytest.mark.parametrize("rule_id", ["CM001", "CM002", "CM003", "CM004", "CM005"])
@pytest.mark.parametrize("text", CLEAN_COPY)
def test_ordinary_copy_is_not_commercial(rule_id, text):
    assert rule_hits(rule_id, text, lint={"suppliers": ["Acme Health Ltd"]}) == []


# --- CM001 supplier-named ----------------------------------------------------------------------


def test_supplier_is_flagged():
    lint = {"suppliers": ["Acme Health Ltd", "Bloggs Digital"]}
    text = "Thanks to ACME HEALTH LTD and Bloggs  Digital for our new booking system"
    assert rule_hits("CM001", text, lint=lint) == ["ACME HEALTH LTD", "Bloggs  Digital"]


def test_suppliers_come_from_the_register():
    text = "Thanks to Acme Health Ltd for our new booking system"
    assert rule_hits("CM001", text, register="bnssg-icb") == []


def test_supplier_inside_a_longer_word_is_fine():
    assert rule_hits("CM001", "Acmeology is not a supplier", lint={"suppliers": ["Acme"]}) == []


# --- CM002 discount-code -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Get running shoes with code NHSRUN20 at checkout", "with code NHSRUN20"),
        ("NHS staff get 20% off at our partner gym", "20% off"),
        ("Enter promo code below at checkout", "promo code"),
        ("Half price coffee for nurses this week", "Half price"),
        ("Buy one get one free on vitamins", "Buy one get one free"),
        ("Here's my referral link for the app", "referral link"),
    ],
)
def test_offers_are_flagged(text, expected):
    assert rule_hits("CM002", text) == [expected]


# --- CM003 product-promotion -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Loving my new smartwatch, shop now via the link! #ad", ["shop now", "#ad"]),
        ("Thanks @brand for my new trainers #gifted", ["#gifted"]),
        ("Special offer for healthcare workers this month", ["Special offer"]),
        ("Proud to be a brand ambassador for FitFuel", ["brand ambassador"]),
        ("Get yours today before they sell out", ["Get yours today"]),
    ],
)
def test_promotion_is_flagged(text, expected):
    assert rule_hits("CM003", text) == expected


# --- CM004 private-work ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("DM me for private therapy sessions, £60 per session", ["DM me for private therapy sessions", "£60 per session"]),
        ("I'm now taking new private clients in Bristol", ["I'm now taking new private clients"]),
        ("Check out my private practice website", ["my private practice"]),
        ("My side hustle: wellbeing coaching for nurses", ["side hustle"]),
    ],
)
def test_private_work_is_flagged(text, expected):
    assert rule_hits("CM004", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our NHS talking therapies service is free: refer yourself online.",
        "Patients can choose NHS or private care; ask your GP about your options.",
        "Message me if you have questions about the vacancy.",
    ],
)
def test_private_work_lookalikes_are_fine(text):
    assert rule_hits("CM004", text) == []


# --- CM004 (more private work) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I offer IRAS consultancy to help researchers, rates on request", ["I offer IRAS consultancy", "rates on request"]),
        ("Struggling with your application? I can help for a small fee", ["for a small fee"]),
        ("Paid coaching for junior doctors: DM me for availability", ["Paid coaching", "DM me for availability"]),
        ("I've also set up my own consultancy helping sponsors", ["I've also set up my own consultancy"]),
    ],
)
def test_consultancy_for_gain_is_flagged(text, expected):
    assert rule_hits("CM004", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We spent less on management consultancy this year, our annual report shows.",
        "Free coaching for NHS staff through our wellbeing hub.",
        "I provide training for GP trainees across the South West.",
        "I run a GP practice in Yate and love it.",
    ],
)
def test_nhs_work_is_not_private_work(text):
    assert rule_hits("CM004", text) == []


# --- CM005 supplier-referenced -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thanks to our software supplier Acme Digital for the new app", "our software supplier Acme Digital"),
        ("Acme Digital, our supplier, installed the screens", "Acme Digital, our supplier"),
        ("New beds supplied by Acme Ltd arrived today", "supplied by Acme Ltd"),
        ("The ICB's IT vendor, Bloggs Systems, fixed the fault", "The ICB's IT vendor, Bloggs Systems"),
    ],
)
def test_named_supplier_is_flagged(text, expected):
    assert rule_hits("CM005", text, register="bnssg-icb") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "PPE supplied by NHS Supply Chain reached every ward.",
        "Vaccines supplied by UKHSA are safe and effective.",
        "We pay our suppliers within 30 days.",
        "Care provided by Sirona care & health and your GP.",
        "Our new app is live: download it today.",
        "Funded by NHS England and delivered by Bristol City Council.",
    ],
)
def test_unnamed_or_public_suppliers_are_fine(text):
    assert rule_hits("CM005", text) == []


# --- Trigger words that let the rules skip a phrase list (all five families) -------------------


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    parts, depth, current, escaped = [], 0, "", False
    for char in source:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return parts + [current]


def _readable(alternative: str) -> str:
    return alternative.lower().replace("\\s+", " ").replace("\\s", " ").replace("\\", "")


@pytest.mark.parametrize("module", ["safeguarding", "confidential", "commercial", "political"])
def test_every_phrase_needs_one_of_its_lists_trigger_words(module):
    import importlib

    from smpolicy.lint.phrases import read_entries

    triggers = importlib.import_module(f"smpolicy.lint.rules.{module}").TRIGGERS
    for name, words in triggers.items():
        for entry in read_entries(name):
            alternatives = _alternatives(entry.match) if entry.regex else [entry.match]
            for alternative in alternatives:
                assert any(word in _readable(alternative) for word in words), (name, alternative)


def test_a_draft_without_trigger_words_never_runs_the_list(monkeypatch):
    from conftest import make_draft

    from smpolicy.lint.rules import commercial

    def fail(name):
        raise AssertionError(f"{name} was scanned")

    monkeypatch.setattr(commercial.phrases, "load", fail)
    assert list(commercial._scan("commercial_offers", make_draft("Flu jabs at your GP."))) == []
    with pytest.raises(AssertionError):
        list(commercial._scan("commercial_offers", make_draft("Use code NHS20 today")))


# --- Round 2: the writer's own paid work; NHS schemes, meeting codes and scam warnings -----------


@pytest.mark.parametrize(
    "text, rule_id, expected",
    [
        ("My new mindfulness course is live: £39 for lifetime access, link in my bio.", "CM004", ["My new mindfulness course"]),
        ("I'm now offering coaching sessions for new managers. Rates on request.", "CM004", ["Rates on request"]),
        ("I have a few spaces for private psychotherapy clients from January. Email me.", "CM004", ["private psychotherapy"]),
        ("Use SPRING25 at checkout for money off my favourite scrubs.", "CM002", ["SPRING25 at checkout"]),
        ("Our booking app is powered by Acme Health Software Ltd. Highly recommend them!", "CM005",
         ["powered by Acme Health Software Ltd."]),
    ],
)
def test_the_writers_own_paid_work_and_companies_behind_services_are_flagged(text, rule_id, expected):
    assert rule_hits(rule_id, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Join the webinar on Teams with code 8421 9930.",
        "Return the kit in the free postage-paid envelope.",
        "Many pharmacies offer free delivery of prescriptions for housebound patients.",
        "Yoga classes cost £3 per session at the health centre.",
        "Room hire for community groups: rates on request from our education centre.",
        "Scammers send fake offers with 20% off codes by text: never click the link.",
        "Don't wait: get yours today. Flu jabs are free for everyone over 65.",
        "Free condoms and chlamydia tests at our stand, while stocks last.",
        "The new pool was installed by Bristol City Council's leisure team.",
        "We offer 50% off gym membership for people referred by their GP.",
        "I'm running training sessions for new nurses this week.",
        "I'm running the half marathon for our charity and I've raised £500!",
    ],
)
def test_nhs_schemes_prices_and_warnings_are_not_commercial(text):
    found = [rule_id for rule_id in ("CM002", "CM003", "CM004", "CM005") if rule_hits(rule_id, text)]
    assert found == []


# --- Recall round: partners that are companies, selling schemes, paid services ----------------


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("CM005", "Delighted to be working with Orbis Consulting, the ICB's transformation partner."),
        ("CM005", "Our partners at TrialTrack Ltd have a great new e-consent product."),
        ("CM003", "Giveaway! Follow StudyPal and repost to win a year's subscription."),
        ("CM003", "This post is brought to you by SafeSys. Free demo at the link."),
        ("CM003", "Work from home selling wellness products and earn £500 a week around your shifts."),
        ("CM004", "Struggling with your IRAS form? I offer a paid review service. Reasonable rates!"),
        ("CM004", "Now taking bookings for my private expert witness work. Fixed fees."),
        ("CM004", "I do GP locum bookings through my own agency. PM for rates."),
    ],
)
def test_partners_schemes_and_paid_services_are_flagged(rule_id, text):
    assert rule_hits(rule_id, text) != []


@pytest.mark.parametrize(
    "rule_id, text",
    [
        ("CM005", "Thanks to Bristol City Council and our voluntary sector partners for their help."),
        ("CM005", "Our partners at the Royal College of Nursing run a free webinar next week."),
        ("CM005", "Thanks to our partners at Sirona for the community clinics."),
        ("CM003", "Our free flu vaccine giveaway of leaflets starts Monday at the jab bus."),
        ("CM003", "A demo of the new NHS App features is on our website."),
        ("CM003", "Nurses earn more in the new pay deal: see the NHS pay scales."),
        ("CM004", "We do not offer private appointments; all our work is NHS funded."),
        ("CM004", "Our peer reviewers give their time voluntarily; there is no paid review service."),
    ],
)
def test_public_partners_and_nhs_services_are_not_commercial(rule_id, text):
    assert rule_hits(rule_id, text) == []


def test_a_company_named_as_provider_and_shop_the_range_are_flagged():
    assert rule_hits("CM005", "Shout out to MediSoft Systems, our EPR provider, for a smooth go-live.") != []
    assert rule_hits("CM003", "Thanks to our friends at StrideWell! Shop the range online.") != []


def test_nhs_providers_are_not_suppliers():
    assert rule_hits("CM005", "Thanks to Sirona, our community health provider, for the new clinic.") == []
    assert rule_hits("CM005", "Our providers across Bristol are ready for winter.") == []


# --- CM006 supplier-criticised -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The company that's building the new portal for us is the worst supplier I've ever dealt with.",
        "Our new EPR vendor is an absolute shambles, third outage this week.",
        "The contractors doing the car park are cowboys. Six months late and counting.",
        "Can't believe what we pay the agency we use for recruitment. Useless doesn't cover it.",
        "the firm that built our website have gone AWOL again 🙄",
        "Honestly the supplier is ripping us off and they know it.",
        "Off the record, Novacrest Pharma's consent form was designed to hide the cardiac risks.",
        "Another Orbix Pharma protocol today. Dodgy as ever.",
    ],
)
def test_supplier_or_company_run_down(text):
    assert rule_hits("CM006", text, register="hra") != []


@pytest.mark.parametrize(
    "text",
    [
        "Worst weather of the year forecast for Thursday: our contractors have gritted the car park.",
        "Beware of dodgy suppliers sending fake invoices in our name.",
        "Our booking system is down; we're working with our supplier to fix it.",
        "Thanks to the contractors who finished the new clinic early.",
        "The agency we use for interpreters has added British Sign Language.",
        "This cough is useless, stay home and rest. Our pharmacy suppliers have plenty of stock.",
    ],
)
def test_neutral_mentions_of_suppliers(text):
    assert rule_hits("CM006", text, register="hra") == []


def test_consultants_that_ran_a_review():
    assert rule_hits("CM006", "The consultants that ran our workforce review were fleecing us.", register="hee") != []
    assert rule_hits("CM006", "The consultants that ran our workforce review presented today.", register="hee") == []


# CM007: a connection's business with a sale, or a contact at a company tipped off early.
@pytest.mark.parametrize(
    "text",
    [
        "Can't get a flu jab at your GP? My wife's pharmacy in Clevedon is doing private ones for £14.99. Say Mark from the ICB sent you",
        "My brother's gym in Exeter is doing 20% off for NHS staff this month, mention my name at the desk!",
        "Bad back? My mate runs a physio clinic in Leeds, tell him I sent you and he'll squeeze you in.",
        "Shameless plug for my sister's wellbeing coaching business, first session half price if you message her.",
        "Heads up to my mate Jase at the locum agency: there'll be about 40 unfilled FY2 slots in February. Get your doctors lined up before anyone else hears",
        "@dave_smith your firm should get its bid ready, the community equipment tender goes out next week before it's announced publicly.",
        "Psst to my old pal at Medix Consulting, the ICB budget for the new system just got signed off. Get in there first.",
        "Word to the wise for my friend at the staffing agency: lots of band 5 gaps coming in the new year, get in early.",
    ],
)
def test_plugs_and_tip_offs_for_connections_are_flagged(text):
    assert rule_hits("CM007", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "So proud of my wife who qualified as a pharmacist today after years of hard work!",
        "Heads up: our website will be down for maintenance tonight from 8pm.",
        "Thank you to all the agency and bank staff who kept our wards running this winter.",
        "My mum's pharmacy has been amazing through her treatment, thank you all.",
        "Heads up to my friend at the recruitment agency: the careers fair is on Friday, come and say hi!",
        "Beware of scams: nobody from my brother's shop or the ICB will ask for £20 to book a jab.",
        "Many local pharmacies offer free NHS flu jabs if you're eligible. Find one on NHS.UK.",
    ],
)
def test_family_pride_outage_notices_and_thanks_are_not_plugs(text):
    assert rule_hits("CM007", text) == []


# CM008: a company's sales offer passed on.
@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to our digital partner Accurx for rolling out online consultation tools. Practices can get a free three-month trial, just head to their website.",
        "Thanks to our learning partner Zestify for supporting our trainees. Sign up on their website for 25% off your first year.",
        "Research teams can now try TrialTrack free for 30 days, head to their site to sign up.",
        "Our technology partner Clinisys Insight is offering free demos to trusts this month, book via their website.",
    ],
)
def test_company_offers_are_flagged(text):
    assert rule_hits("CM008", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "It's free to take part in research. Find a trial near you on Be Part of Research.",
        "Thanks to our partners at Sirona care & health for supporting the winter vaccination clinics.",
        "Our new online consultation tool is live in 60 practices this autumn.",
        "Book your free flu jab with your local pharmacy: find one on their website or on NHS.UK.",
        "Beware of fake offers of a free trial of weight-loss jabs: head to their website and you'll be scammed.",
    ],
)
def test_research_nhs_partners_and_free_nhs_services_are_not_company_offers(text):
    assert rule_hits("CM008", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tip for my mate who runs a care agency: the council's home care contracts are being re-let in March, get your bid in early.",
        "Between you and me, friends at Halden Consulting should start preparing, a big NHS review tender is coming next month.",
        "Shout out to my cousin's new cafe opposite the hospital, show your NHS badge for a free coffee!",
    ],
)
def test_other_wordings_of_plugs_and_tip_offs_are_flagged(text):
    assert rule_hits("CM007", text) != []


def test_a_public_tender_notice_is_not_a_tip_off():
    text = "Our community equipment tender is now open on Contracts Finder until 5 March. Heads up: bids close at noon."
    assert rule_hits("CM007", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trainees: my partner's a mortgage broker and gives NHS folk a free first consult, link in my bio.",
        "Small world: a close friend's CRO is bidding for a big study we're reviewing next week. Told her to get her costings sharp",
    ],
)
def test_a_partners_trade_and_a_friends_company_bidding_are_flagged(text):
    assert rule_hits("CM007", text) != []


def test_a_partner_in_the_same_job_is_not_a_plug():
    assert rule_hits("CM007", "My partner's a nurse too and we both finished nights today. Sleep time!") == []


@pytest.mark.parametrize(
    "text",
    [
        "Any researchers need help with their IRAS forms? I do this for a living and can review yours privately, £150 flat fee.",
        "Pleased to share I've set up Ashworth Safety Consulting on the side: investigations for independent providers. Get in touch!",
    ],
)
def test_private_reviews_and_a_named_side_business_are_private_work(text):
    assert rule_hits("CM004", text) != []


@pytest.mark.parametrize(
    "text",
    [
        "I was seen privately for my knee in the end, and the NHS physio was just as good.",
        "I've set up our new ward training programme with the practice educators.",
    ],
)
def test_being_seen_privately_and_work_programmes_are_not_private_work(text):
    assert rule_hits("CM004", text) == []
