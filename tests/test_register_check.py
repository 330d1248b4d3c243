"""Register hygiene: each check flags what it must and stays quiet where it must."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smpolicy import registers
from smpolicy.errors import RegisterError
from smpolicy.register_check import check_files, check_text, register_files

AS_OF = dt.date(2026, 11, 21)
HEAD = """schema_version = 1

[organisation]
name = "Example NHS Trust"
"""
# An account with nothing wrong: two admins, MFA on, comms team holds the credentials, reviewed.
GOOD = {
    "platform": '"x"',
    "handle": '"@ExampleNHS"',
    "name": '"Example on X"',
    "status": '"active"',
    "admins": '["Communications Team", "Digital Manager"]',
    "mfa": '"yes"',
    "credentials_held_by": '"Communications Team"',
    "last_access_review": '"2026-03-01"',
}


def account(**changes: str | None) -> str:
    fields = {**GOOD, **changes}
    lines = [f"{key} = {value}" for key, value in fields.items() if value is not None]
    return "\n[[accounts]]\n" + "\n".join(lines) + "\n"


def check(*accounts: str, review: str = "", as_of: dt.date = AS_OF):
    text = HEAD + review + "".join(accounts)
    return check_text(text, Path("reg.toml"), as_of)


def checks(*accounts: str, **kwargs) -> list[str]:
    return [finding.check for finding in check(*accounts, **kwargs)]


def test_a_good_account_has_no_findings():
    assert check(account()) == []


def test_a_register_without_accounts_has_no_findings():
    assert check() == []


@pytest.mark.parametrize("admins", ["[]", '["Digital Manager"]', '["Jo Bloggs"]'])
def test_active_account_with_fewer_than_two_admins(admins):
    findings = check(account(admins=admins))
    assert [f.check for f in findings] == ["admins"]
    assert "list at least 2" in findings[0].message


@pytest.mark.parametrize("team", ["Communications Team", "Digital Communications Department", "Comms and Engagement team"])
def test_a_team_is_enough_admins_on_its_own(team):
    assert "admins" not in checks(account(admins=f'["{team}"]'))


@pytest.mark.parametrize("status", ["dormant", "closed", "proposed"])
def test_admin_count_is_only_checked_for_active_accounts(status):
    extra = {"status_since": '"2025-01"', "status_reason": '"Stopped posting"'} if status == "dormant" else {}
    assert "admins" not in checks(account(status=f'"{status}"', admins='["One"]', **extra))


@pytest.mark.parametrize("mfa, message", [('"no"', "MFA is off"), ('"unknown"', "MFA status unknown"), (None, "MFA status unknown")])
def test_mfa_not_yes(mfa, message):
    findings = check(account(mfa=mfa))
    assert [f.check for f in findings] == ["mfa"]
    assert message in findings[0].message


def test_mfa_finding_points_at_the_mfa_line_or_the_account_header():
    text_line = check(account(mfa='"no"'))[0].line
    assert text_line == HEAD.count("\n") + 1 + 1 + list(GOOD).index("mfa") + 1
    header_line = check(account(mfa=None))[0].line
    assert header_line == HEAD.count("\n") + 2


@pytest.mark.parametrize("status", ["closed", "proposed"])
def test_closed_and_proposed_accounts_are_not_checked_for_mfa_or_credentials(status):
    assert check(account(status=f'"{status}"', mfa='"no"', credentials_held_by=None, last_access_review=None)) == []


@pytest.mark.parametrize(
    "holder", ['"Communications and Engagement Team"', '"Comms team"', '"National communications team"', '"Communications"']
)
def test_credentials_held_by_the_comms_team_pass(holder):
    assert check(account(credentials_held_by=holder)) == []


@pytest.mark.parametrize("holder, message", [(None, "no record of who holds"), ('"Jo Bloggs"', "not the communications team"), ('"IT Service Desk"', "not the communications team")])
def test_credentials_not_held_by_the_comms_team(holder, message):
    findings = check(account(credentials_held_by=holder))
    assert [f.check for f in findings] == ["credentials"]
    assert message in findings[0].message


def test_missing_access_review():
    findings = check(account(last_access_review=None))
    assert [(f.check, f.message) for f in findings] == [("access-review", "no access review recorded (review admins every 12 months)")]


@pytest.mark.parametrize(
    "last, as_of, overdue",
    [
        ('"2025-11-21"', dt.date(2026, 11, 21), False),  # exactly 12 months: due today, not overdue
        ('"2025-11-21"', dt.date(2026, 11, 22), True),
        ('"2025-11"', dt.date(2026, 11, 30), False),  # month precision: read as 30 November 2025
        ('"2025-11"', dt.date(2026, 12, 1), True),
        ("2025-06-01", AS_OF, True),  # a TOML date, not a string
    ],
)
def test_access_review_age(last, as_of, overdue):
    findings = check(account(last_access_review=last), as_of=as_of)
    assert (["access-review"] if overdue else []) == [f.check for f in findings]
    if overdue:
        assert "access review overdue" in findings[0].message and "(every 12 months)" in findings[0].message


def test_access_review_interval_comes_from_the_register():
    review = '\n[review]\naccess_review_every = "6 months"\n'
    assert checks(account(last_access_review='"2026-03-01"'), review=review) == ["access-review"]
    assert checks(account(last_access_review='"2026-06-01"'), review=review) == []


def test_access_review_is_not_required_of_dormant_accounts():
    dormant = account(status='"dormant"', status_since='"2025-01"', status_reason='"Stopped posting"', last_access_review=None)
    assert check(dormant) == []


@pytest.mark.parametrize(
    "since, reason, expected",
    [
        ('"2024-11"', '"Board decision to stop posting"', []),
        (None, '"Board decision"', ["no status_since"]),
        ('"2024-11"', None, ["no status_reason"]),
        ('"2024-11"', '"  "', ["no status_reason"]),
        (None, None, ["no status_reason", "no status_since"]),
    ],
)
def test_dormant_accounts_need_a_reason_and_a_date(since, reason, expected):
    findings = check(account(status='"dormant"', status_since=since, status_reason=reason))
    assert [f.check for f in findings] == ["dormant"] * len(expected)
    for finding, words in zip(findings, expected):
        assert words in finding.message


def test_duplicate_handles_are_findings_not_errors():
    findings = check(account(), account(handle='"@examplenhs"', name='"Second"'))
    assert [f.check for f in findings] == ["duplicate-handle"]
    first_line = HEAD.count("\n") + 2 + list(GOOD).index("handle") + 1
    assert findings[0].line == first_line + len(GOOD) + 2
    assert f"already used by 'Example on X' (line {first_line})" in findings[0].message


def test_the_same_handle_on_two_platforms_is_not_a_duplicate():
    assert check(account(), account(platform='"youtube"', name='"Example on YouTube"')) == []


def test_accounts_without_handles_are_not_duplicates():
    assert check(account(handle=None), account(handle=None, name='"Other"')) == []


def test_findings_name_file_line_and_account():
    findings = check(account(mfa='"no"'), account(platform='"linkedin"', handle=None, name='"Example on LinkedIn"', mfa='"no"'))
    texts = [f.text() for f in findings]
    assert texts[0].startswith("reg.toml:") and ": x:@ExampleNHS: MFA is off" in texts[0]
    assert ": linkedin:Example on LinkedIn: MFA is off" in texts[1]


def test_findings_are_grouped_by_account_in_file_order():
    findings = check(account(mfa='"no"', admins="[]"), account(handle='"@b"', mfa='"no"', credentials_held_by=None))
    # Within an account, by line: a missing key is reported at the account's header.
    assert [(f.account, f.check) for f in findings] == [
        ("x:@ExampleNHS", "admins"),
        ("x:@ExampleNHS", "mfa"),
        ("x:@b", "credentials"),
        ("x:@b", "mfa"),
    ]
    assert [f.line for f in findings] == sorted(f.line for f in findings)


def test_an_invalid_register_is_an_error_with_a_line():
    with pytest.raises(RegisterError) as caught:
        check(account(status='"sleeping"'))
    assert caught.value.line is not None


def test_a_secret_is_an_error():
    with pytest.raises(RegisterError, match="never hold secrets"):
        check(account(notes='"password is hunter22"'))


def test_hssib_register_facts():
    """What the bundled HSSIB register truthfully lacks: MFA, custodians and review dates."""
    path = registers.bundled_path("hssib")
    report = check_files([path], AS_OF)
    assert report.errors == []
    by_account: dict[str, set[str]] = {}
    for finding in report.findings:
        by_account.setdefault(finding.account, set()).add(finding.check)
    assert by_account["x:@theHSSIB"] == {"mfa", "credentials"}  # dormant, with reason and date
    assert by_account["bluesky:@hssib.bsky.social"] == {"mfa", "credentials", "access-review"}  # the comms team
    assert by_account["linkedin:HSSIB on LinkedIn"] == {"mfa", "credentials", "access-review"}  # four admins


def test_check_files_reports_bad_files_and_still_checks_the_rest(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text(HEAD + account(mfa='"no"'))
    bad = tmp_path / "bad.toml"
    bad.write_text(HEAD + "[[accounts]\n")
    missing = tmp_path / "missing.toml"
    report = check_files([bad, good, missing], AS_OF)
    assert [f.check for f in report.findings] == ["mfa"]
    assert len(report.errors) == 2
    assert report.errors[0].startswith(f"{bad}:5:11: TOML syntax error")
    assert report.errors[1] == f"{missing}: no such file"


def test_register_files_of_a_folder(tmp_path):
    (tmp_path / "b.toml").write_text("")
    (tmp_path / "a.toml").write_text("")
    (tmp_path / "notes.md").write_text("")
    assert [p.name for p in register_files(tmp_path)] == ["a.toml", "b.toml"]
    assert register_files(tmp_path / "a.toml") == [tmp_path / "a.toml"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(RegisterError, match="no .toml"):
        register_files(empty)
