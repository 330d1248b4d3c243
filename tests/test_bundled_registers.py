"""Every bundled register loads and says what its source policy says (seeds in ../shared/seeds)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from smpolicy import registers
from smpolicy.vocabulary import CATEGORIES

NAMES = ["bnssg-icb", "hee", "hra", "hssib", "tavistock-portman"]


def load(name: str):
    return registers.load(registers.bundled_path(name))


def test_the_five_registers_are_bundled():
    assert registers.bundled_names() == NAMES


def test_default_register_is_hssib():
    assert registers.DEFAULT_REGISTER == "hssib"


@pytest.mark.parametrize("name", NAMES)
def test_every_category_is_cited(name):
    policy = load(name).policies[0]
    assert set(policy.sections) == set(CATEGORIES)
    assert all(section.strip() for section in policy.sections.values())


@pytest.mark.parametrize("name", NAMES)
def test_defaults_are_marked_as_defaults(name):
    """Where a seed is silent, the register says the value is smpolicy's default."""
    text = registers.bundled_path(name).read_text(encoding="utf-8")
    before = text.split("[organisation.monitored_hours]")[0].rstrip().splitlines()
    comment = []
    for line in reversed(before):
        if not line.startswith("#"):
            break
        comment.append(line)
    assert "DEFAULT" in " ".join(comment)


def test_hssib_matches_hssib005():
    reg = load("hssib")
    org = reg.organisation
    assert org.name == "Health Services Safety Investigations Body"
    assert org.short_names == ["HSSIB"]
    assert "comms@hssib.org.uk" in org.comms_email
    policy = reg.find_policy("HSSIB005")
    assert policy.version == "v1.2"
    assert str(policy.next_review) == "2026-12"
    assert policy.next_review.latest() == dt.date(2026, 12, 31)
    assert str(policy.review_every) == "2 years"
    # Appendix 1, in full.
    rows = [(a.platform, a.handle, a.status, a.admins) for a in reg.accounts]
    assert rows == [
        ("bluesky", "@hssib.bsky.social", "active", ["Communications and Engagement Team"]),
        (
            "linkedin",
            None,
            "active",
            [
                "Communications and Engagement Team",
                "Publications Manager",
                "Business Manager to CEO and Chair",
                "Project Manager",
            ],
        ),
        ("youtube", "@theHSSIB", "active", ["Communications and Engagement Team"]),
        (
            "smartsurvey",
            None,
            "active",
            [
                "Digital Communications Manager",
                "Education Administration Manager",
                "Publications Manager",
                "HR and OD Business Partner",
            ],
        ),
        ("x", "@theHSSIB", "dormant", ["Communications and Engagement Team"]),
    ]
    x = reg.accounts[-1]
    assert str(x.status_since) == "2024-11"
    assert "hateful and discriminatory behaviour" in x.status_reason


def test_hra_matches_its_policy():
    reg = load("hra")
    assert reg.organisation.name == "Health Research Authority"
    assert reg.organisation.comms_email[0] == "communications@hra.nhs.uk"
    assert reg.organisation.comms_phone == ["07968 149916"]
    policy = reg.policies[0]
    assert policy.version == "3.2"
    assert policy.last_reviewed.latest() == dt.date(2023, 2, 14)
    # The source gives neither a review date nor an interval.
    assert policy.next_review is None and policy.review_every is None
    assert policy.sections["media"].startswith("§3.5")
    assert policy.sections["disclaimer"].startswith("§3.3")


def test_bnssg_matches_policy_ref_28():
    reg = load("bnssg-icb")
    org = reg.organisation
    assert org.comms_phone == ["0300 123 4476"]
    assert org.comms_email == ["bnssg.communications@nhs.net"]
    policy = reg.policies[0]
    assert policy.approved.latest() == dt.date(2023, 9, 21)
    assert str(policy.next_review) == "2024-09"
    # §4 names the corporate platforms but no handles: none may be invented.
    assert {a.platform for a in reg.accounts} == {"facebook", "x", "instagram", "linkedin", "nextdoor", "other"}
    assert all(a.handle is None for a in reg.accounts)
    assert any(a.name == "Healthier Together" for a in reg.accounts)


def test_tavistock_matches_its_policy():
    reg = load("tavistock-portman")
    policy = reg.policies[0]
    assert policy.version == "1.0"
    assert str(policy.approved) == "2021-09"
    assert str(policy.next_review) == "2023-10"
    assert reg.organisation.comms_email == ["communications@tavi-port.nhs.uk"]
    assert any(s.name == "Need urgent help?" for s in reg.organisation.crisis_signposting)
    # The published list of Trust channels is empty, so no accounts are recorded.
    assert reg.accounts == []


def test_hee_matches_its_policy():
    reg = load("hee")
    policy = reg.policies[0]
    assert policy.last_reviewed.latest() == dt.date(2017, 6, 5)
    assert str(policy.review_every) == "1 year"
    assert [a.handle for a in reg.accounts] == ["@NHS_HealthEdEng"]
    assert reg.organisation.official_handles == ["@NHS_HealthEdEng"]


@pytest.mark.parametrize("name", NAMES)
def test_every_handle_and_contact_appears_in_the_seed(name):
    """Nothing about an organisation is invented: handles, e-mails and phones are in its seed."""
    reg = load(name)
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("the seed policies are not beside this checkout")
    seed = (seeds / reg.policies[0].source).read_text(encoding="utf-8")
    facts = [a.handle for a in reg.accounts if a.handle]
    facts += reg.organisation.comms_email + reg.organisation.comms_phone
    facts += reg.organisation.official_handles
    for fact in facts:
        assert re.sub(r"\s", "", fact) in re.sub(r"\s", "", seed), fact
