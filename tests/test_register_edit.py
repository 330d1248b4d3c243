"""The changes behind `register add/update/set-status/remove`, on tomlkit documents (no files)."""

from __future__ import annotations

import pytest
import tomlkit

from smpolicy import register_edit
from smpolicy.errors import InputError
from smpolicy.registers import bundled_path


@pytest.fixture
def doc():
    return tomlkit.parse(bundled_path("hssib").read_text())


def test_clean_fields_drops_unset_values_and_normalises_dates():
    assert register_edit.clean_fields({"handle": None, "name": " A ", "last_access_review": "1 March 2026"}) == {
        "name": "A",
        "last_access_review": "2026-03-01",
    }


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"mfa": "maybe"}, "--mfa: 'maybe' is not one of yes, no, unknown"),
        ({"status": "asleep"}, "--status: 'asleep' is not one of"),
        ({"platform": "myspace"}, "--platform: 'myspace' is not one of"),
        ({"admins": ["A", ""]}, "--admins: a value is empty"),
        ({"status_since": "2026-02-30"}, "--since:"),
    ],
)
def test_clean_fields_refusals(fields, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        register_edit.clean_fields(fields)


def test_a_secret_in_a_list_is_refused_without_echo():
    token = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6"
    with pytest.raises(InputError) as caught:
        register_edit.clean_fields({"admins": ["Comms", token]})
    assert "--admins: looks like an access token" in str(caught.value)
    assert token not in str(caught.value)


def test_plain_values_are_not_mistaken_for_secrets():
    values = {
        "vault_entry": "Social media / HSSIB Bluesky",
        "credentials_held_by": "Communications and Engagement Team",
        "business_case": "proposals/2026-11-01-instagram-hssib-investigations.md",
        "notes": "Passwords are kept in the team vault; ask the Digital Communications Manager.",
    }
    assert register_edit.clean_fields(values) == values


def test_add_defaults_status_to_active_and_returns_the_label(doc):
    assert register_edit.add(doc, {"platform": "threads", "name": "HSSIB on Threads"}) == "threads:HSSIB on Threads"
    assert doc["accounts"][-1]["status"] == "active"


def test_add_requires_platform_and_name(doc):
    with pytest.raises(InputError, match="--name is required"):
        register_edit.add(doc, {"platform": "x"})


def test_one_account_unknown_and_ambiguous(doc):
    with pytest.raises(InputError, match="did you mean"):
        register_edit.one_account(doc, "@hssib.bsky.socal")
    with pytest.raises(InputError, match="matches 2 accounts"):
        register_edit.one_account(doc, "theHSSIB")
    assert register_edit.one_account(doc, "youtube:@theHSSIB")["name"] == "HSSIB on YouTube"


def test_update_request_emptiness():
    assert register_edit.Update(values={"mfa": None}).is_empty()
    assert not register_edit.Update(values={}, clear=("handle",)).is_empty()


def test_update_clearing_a_missing_field_is_harmless(doc):
    register_edit.update(doc, "HSSIB on LinkedIn", register_edit.Update(values={}, clear=("handle",)))
    assert "handle" not in doc["accounts"][1]


def test_adding_an_admin_already_listed_does_not_repeat_it(doc):
    request = register_edit.Update(values={}, add_admins=("communications and engagement team", "Head of Comms"))
    register_edit.update(doc, "@hssib.bsky.social", request)
    assert list(doc["accounts"][0]["admins"]) == ["Communications and Engagement Team", "Head of Comms"]


def test_set_status_keeps_the_replaced_status_once(doc):
    register_edit.set_status(doc, "x:@theHSSIB", "closed", "Deleted", "2026-11-01")
    register_edit.set_status(doc, "x:@theHSSIB", "dormant", "Restored", "2026-12-01")
    history = doc["accounts"][4]["history"]
    assert [(str(h["on"]), str(h["note"])[:20]) for h in history] == [
        ("2024-11", "dormant: In November"),
        ("2026-11-01", "dormant -> closed: D"),
        ("2026-12-01", "closed -> dormant: R"),
    ]


def test_set_status_without_a_previous_date_adds_one_entry(doc):
    register_edit.set_status(doc, "@hssib.bsky.social", "dormant", "Paused", "March 2026", by="Head of Comms")
    account = doc["accounts"][0]
    assert (account["status"], account["status_since"], account["status_reason"]) == ("dormant", "2026-03", "Paused")
    assert [dict(h) for h in account["history"]] == [
        {"on": "2026-03", "action": "status", "by": "Head of Comms", "note": "active -> dormant: Paused"}
    ]


def test_set_status_needs_a_reason(doc):
    with pytest.raises(InputError, match="--reason: a value is empty"):
        register_edit.set_status(doc, "x:@theHSSIB", "closed", " ", "2026-11-01")


def test_remove_returns_the_label(doc):
    assert register_edit.remove(doc, "smartsurvey:HSSIB SmartSurvey") == "smartsurvey:HSSIB SmartSurvey"
    assert len(doc["accounts"]) == 4
