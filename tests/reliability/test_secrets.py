"""Secrets never get into a register (or a business case), and are never echoed back.

Every command that takes free text refuses a secret-looking value (by its shape) without writing;
a register that already holds one (by key name or value shape) is refused on load and reported by
`register check`, at its line. In every case the secret string appears nowhere in the output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refusals import EXAMPLE_CASE, HSSIB_TEXT, assert_clean_refusal, run, same_files, snapshot

# Value shapes; each is fake (made up for this test), in the form real ones take.
SECRETS = {
    "GitHub token": "ghp_Zq3xV8mR2kLp9sWt4yBn7cJd1fGh6aEu0iOo",
    "GitHub fine-grained token": "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
    "Slack bot token": "xoxb-2846102938-4729105837-Qw8Er7Ty6Ui5",
    "AWS access key id": "AKIAZ7Q2M4N6P8R1T3V5",
    "API secret key": "sk-proj-Zq3xV8mR2kLp9sWt4yBn7cJd",
    "Google API key": "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
    "Meta access token": "EAAGm0PX4ZCpsBAKZCZBq3xV8mR2kLp9sWt4yBn7cJd1fGh6aEu0",
    "private key": "-----BEGIN RSA PRIVATE KEY-----",
    "password in words": "the password is Hssib-Social-2026!",
    "password after a colon": "pwd: Spring2026#Comms",
    "recovery codes": "4f9a-2c7d 8e1b-6a3f 0d5c-9b2e 7a8f-1e4d",
    "long random string": "q8Z!r2Vx#9Lm4Tw7Kp0Ys",
}

# Every option that puts free text into the register or a case; {s} is the secret.
SURFACES: dict[str, list[list[str]]] = {
    "register add": [
        ["--name", "{s}"], ["--handle", "{s}"], ["--type", "{s}"], ["--admin", "{s}"], ["--owner-team", "{s}"],
        ["--credentials-held-by", "{s}"], ["--vault-entry", "{s}"], ["--business-case", "{s}"],
    ],
    "register update": [
        ["--notes", "{s}"], ["--name", "{s}"], ["--admin", "{s}"], ["--add-admin", "{s}"], ["--vault-entry", "{s}"],
        ["--credentials-held-by", "{s}"], ["--owner-team", "{s}"],
    ],
    "register set-status": [["--reason", "{s}"], ["--reason", "Paused", "--by", "{s}"]],
    "review record": [["--by", "{s}"], ["--version", "{s}"], ["--note", "{s}"]],
    "channel propose": [["--vault-entry", "{s}"], ["--purpose", "{s}"], ["--admin", "{s}"], ["--owner", "{s}"]],
}
BASE: dict[str, list[str]] = {
    "register add": ["register", "add", "-r", "register.toml", "--platform", "other", "--name", "New account",
                     "--admin", "Comms", "--admin", "Digital"],
    "register update": ["register", "update", "HSSIB on LinkedIn", "-r", "register.toml"],
    "register set-status": ["register", "set-status", "HSSIB on LinkedIn", "dormant", "-r", "register.toml"],
    "review record": ["review", "record", "HSSIB005", "--on", "2026-01-15", "-r", "register.toml"],
    "channel propose": ["channel", "propose", "--no-input", "--team", "Education", "--platform", "linkedin",
                        "--handle", "@HSSIBEd", "--owner", "Manager", "--admin", "A", "--admin", "B",
                        "--dir", "proposals", "-r", "register.toml"],
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "register.toml").write_text(HSSIB_TEXT, encoding="utf-8")
    return tmp_path


def test_every_option_meets_every_command_in_the_rotation():
    # Secret number i goes through option i (mod the command's count) of every command, so with
    # at least as many secrets as options each option is tried, and each secret on each command.
    assert len(SECRETS) >= max(len(variants) for variants in SURFACES.values())


@pytest.mark.parametrize("index", range(len(SECRETS)), ids=list(SECRETS))
def test_a_secret_given_on_the_command_line_is_refused_and_never_echoed(repo: Path, index: int):
    secret = list(SECRETS.values())[index]
    before = snapshot(repo)
    for command, variants in SURFACES.items():
        variant = variants[index % len(variants)]
        outcome = run(*BASE[command], *[part.replace("{s}", secret) for part in variant])
        where = f"{command} {variant[-2]}"
        assert outcome.exit_code == 2, f"{where}: {outcome.output}"
        assert secret not in outcome.output, f"{where} echoed the secret"
        assert "never hold secrets" in outcome.stderr and "value not shown" in outcome.stderr, where
        assert len(outcome.stderr.splitlines()) == 1, where
        assert "Traceback" not in outcome.output and "internal error" not in outcome.output
        assert same_files(before, snapshot(repo)), f"{where} wrote something"


def test_the_refusal_names_the_option(repo: Path):
    outcome = run(*BASE["register update"], "--notes", SECRETS["GitHub token"])
    assert outcome.stderr.startswith("smpolicy: error: --notes: looks like an access token or key")
    outcome = run(*BASE["register set-status"], "--reason", SECRETS["password in words"])
    assert outcome.stderr.startswith("smpolicy: error: --reason: looks like a password")
    outcome = run(*BASE["channel propose"], "--vault-entry", SECRETS["recovery codes"])
    assert "--vault-entry: looks like a set of recovery codes" in outcome.stderr


ORDINARY = {
    "--vault-entry": "Social media / HSSIB Education LinkedIn",
    "--business-case": "proposals/2026-05-01-linkedin-hssib-education.md",
    "--credentials-held-by": "Communications and Engagement Team (team vault)",
    "--owner-team": "Policy, Strategy and Engagement",
    "--type": "Department/service-level channel",
}


def test_ordinary_values_are_not_taken_for_secrets(repo: Path):
    """False alarms would stop a comms team recording where credentials are kept."""
    args = [part for option, value in ORDINARY.items() for part in (option, value)]
    outcome = run(*BASE["register add"], "--handle", "@HSSIBEducation2026", *args)
    assert outcome.exit_code == 0, outcome.output
    notes = "See https://www.england.nhs.uk/2024/03/social-media-guidance-v2/ and the 2025/26 plan"
    outcome = run(*BASE["register update"], "--notes", notes, "--add-admin", "Digital Communications Manager")
    assert outcome.exit_code == 0, outcome.output
    outcome = run(*BASE["review record"], "--by", "Head of Communications", "--version", "v1.3",
                  "--note", "Checked Appendix 1 against the platforms' admin lists")
    assert outcome.exit_code == 0, outcome.output


# --- a register that already holds a secret ----------------------------------------------------

_LINKEDIN_TEAM = 'name = "HSSIB on LinkedIn"'

STORED = {
    "password key": ('password = "Tr0ub4dor"', "secret field name ('password')"),
    "api_key key": ('api_key = "n/a"', "secret field name ('api_key')"),
    "recovery_codes key": ('recovery_codes = ["one", "two"]', "secret field name ('recovery_codes')"),
    "totp key": ('totp = "see vault"', "secret field name ('totp')"),
    "client_secret key": ('client_secret = "x"', "secret field name ('client_secret')"),
    "token in notes": (f'notes = "{SECRETS["GitHub token"]}"', "access token or key"),
    "password in the vault entry": (f'vault_entry = "{SECRETS["password in words"]}"', "password"),
    "recovery codes in notes": (f'notes = "{SECRETS["recovery codes"]}"', "recovery codes"),
    "random string as the credentials holder": (f'credentials_held_by = "{SECRETS["long random string"]}"', "long random string"),
}


def _register_with(line: str) -> tuple[str, int]:
    text = HSSIB_TEXT.replace(_LINKEDIN_TEAM, f"{_LINKEDIN_TEAM}\n{line}", 1)
    return text, text[: text.index(line)].count("\n") + 1


READERS = [
    ["register", "check", "register.toml"],
    ["register", "check", "register.toml", "--format", "json"],
    ["register", "list", "-r", "register.toml"],
    ["register", "show", "HSSIB on LinkedIn", "-r", "register.toml"],
    ["review", "due", "-r", "register.toml"],
    ["lint", "post.md", "-r", "register.toml"],
    ["register", "update", "HSSIB on YouTube", "--notes", "Checked", "-r", "register.toml"],
]


@pytest.mark.parametrize("name", STORED)
def test_a_stored_secret_is_refused_on_load_and_reported_at_its_line(repo: Path, name: str):
    line_text, reason = STORED[name]
    text, line = _register_with(line_text)
    (repo / "register.toml").write_text(text, encoding="utf-8")
    (repo / "post.md").write_text("Our report is out.\n", encoding="utf-8")
    secret = line_text.partition("=")[2].strip().strip('"')
    before = snapshot(repo)
    for args in READERS:
        outcome = run(*args)
        assert outcome.exit_code == 2, f"{args}: {outcome.output}"
        if "json" in args:
            assert f"register.toml:{line}:" in outcome.stdout and reason in outcome.stdout
        else:
            shown = "register.toml" if args[1] == "check" else str(repo / "register.toml")
            message = assert_clean_refusal(outcome, shown, line)
            assert reason in message and "value not shown" in message, message
        if secret not in ("n/a", "x", "see vault"):  # placeholders that are not secret themselves
            assert secret not in outcome.output, f"{args} echoed the secret"
        assert same_files(before, snapshot(repo))


def test_a_secret_in_a_business_case_is_a_finding_never_echoed(repo: Path):
    (repo / "proposals").mkdir()
    case = EXAMPLE_CASE.read_text(encoding="utf-8").replace('register = "hssib"', 'register = "../register.toml"')
    secret = SECRETS["Slack bot token"]
    case = case.replace('vault_entry = "Social media / HSSIB Education LinkedIn"', f'vault_entry = "{secret}"')
    (repo / "proposals" / "case.md").write_text(case, encoding="utf-8")
    before = snapshot(repo)
    for command in (["check"], ["approve", "--by", "Head of Communications"]):
        outcome = run("channel", command[0], "proposals/case.md", *command[1:])
        assert outcome.exit_code == 1, outcome.output
        assert "secret: vault_entry: looks like an access token or key" in outcome.output
        assert secret not in outcome.output
        assert same_files(before, snapshot(repo))


@pytest.mark.parametrize(
    ("value", "secret"),
    [
        ("https://www.england.nhs.uk/2024/03/social-media-guidance-v2/", False),
        ("https://github.com/nhs/site/blob/3f9a2c7d8e1b6a3f0d5c9b2e7a8f1e4d/README.md", False),
        ("www.youtube.com/watch?v=dQw4w9WgXcQ", False),
        ("https://example.org/login?token=q8Z!r2Vx9Lm4Tw7Kp0Ys", True),
        ("-----BEGIN OPENSSH PRIVATE KEY-----", True),
        ("key: -----BEGIN EC PRIVATE KEY-----", True),
    ],
)
def test_web_addresses_are_not_secrets_but_their_query_strings_may_be(value: str, secret: bool):
    from smpolicy.credentials import value_secret_reason

    assert bool(value_secret_reason(value)) is secret
