"""The business case for a new channel: sections, clauses, scaffold, check, approval entry."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smpolicy import channel
from smpolicy.errors import InputError
from smpolicy.lint.rule import RULES, Hit, Rule
from smpolicy.registers import bundled_path, load

from conftest import ROOT, make_context

EXAMPLE = ROOT / "examples" / "proposals" / "2026-05-01-linkedin-hssib-education.md"


@pytest.fixture(scope="module")
def hssib():
    return load(bundled_path("hssib"))


def proposal(**changes) -> channel.Proposal:
    values = dict(
        team="Education",
        platform="linkedin",
        handle="@HSSIBEducation",
        owner="Education Administration Manager",
        admins=["Education Administration Manager", "Digital Communications Manager"],
        purpose="Reach NHS staff who take our training.",
        monitored_hours="Mon to Fri, 09:00 to 17:00 (Europe/London)",
        created=dt.date(2026, 5, 1),
        register="hssib",
    )
    values.update(changes)
    return channel.Proposal(**values)


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def codes(text: str, register, **kwargs) -> list[str]:
    case = channel.parse_case(text, "case.md")
    return [finding.code for finding in channel.check_case(case, register, **kwargs)]


def with_section(text: str, title: str, answer: str) -> str:
    """The example with one section's own words replaced (its heading and prompt kept)."""
    pattern = re.compile(rf"(## \d+\. {re.escape(title)}\n\n(?:>[^\n]*\n)*)(.*?)(?=^## |\Z)", re.S | re.M)
    assert pattern.search(text), title
    return pattern.sub(lambda m: m[1] + "\n" + answer + ("\n\n" if answer else ""), text, count=1)


def with_front(text: str, key: str, line: str) -> str:
    new, count = re.subn(rf"(?m)^{key} = .*$", line, text, count=1)
    assert count == 1, key
    return new


# --- clauses per organisation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "family", "cited"),
    [
        ("hssib", "hssib", 'HSSIB005 §5.4: "there must be a clearly evidenced demand'),
        ("hra", "hra", "HRA-SMP §3.7"),
        ("bnssg-icb", "bnssg", "BNSSG-28 §7.1"),
        ("tavistock-portman", "tavistock", '"Department/service-level social media channels"'),
        ("hee", "hee", 'HEE-SMP "Duties"'),
    ],
)
def test_each_bundled_register_quotes_its_own_clauses(name, family, cited):
    register = load(bundled_path(name))
    assert channel.family_of(register).key == family
    quoted = [line for key in channel.SECTION_KEYS for line in channel.clauses_for(register, key)]
    assert any(cited in line for line in quoted)
    # Another organisation's clause never appears.
    others = {"hssib": "HSSIB005", "hra": "HRA-SMP", "bnssg": "BNSSG-28", "tavistock": "TAVIPORT", "hee": "HEE-SMP"}
    del others[family]
    assert not any(other in line for line in quoted for other in others.values())


def test_every_quote_is_verbatim_from_its_seed():
    seeds = {"hssib": "000", "hra": "001", "bnssg": "002", "tavistock": "003", "hee": "004"}
    folder = Path("/work/shared/seeds")
    if not folder.is_dir():
        pytest.skip("source policies not available")
    for family in channel.FAMILIES:
        source = next(folder.glob(f"{seeds[family.key]}_*.txt")).read_text(encoding="utf-8")
        flat = " ".join(source.replace("•", " ").split())
        for clauses in family.clauses.values():
            for clause in clauses:
                assert " ".join(clause.quote.split()) in flat, (family.key, clause.quote)


def test_an_unknown_organisation_gets_the_generic_prompts(hssib):
    stranger = hssib.model_copy(deep=True)
    stranger.organisation.name = "Example Community Trust"
    stranger.organisation.short_names = ["ECT"]
    stranger.policies = []
    assert channel.family_of(stranger) is None
    text = channel.render_case(proposal(handle="@ECTEducation"), stranger)
    assert text.count(channel.PROMPT_MARK) == len(channel.SECTIONS)
    assert "HSSIB005" not in text


# --- the scaffold -----------------------------------------------------------------------------


def test_scaffold_has_front_matter_and_every_section_with_its_prompt(hssib):
    text = channel.render_case(proposal(), hssib)
    front, _, _ = channel.split_front_matter(text, "x.md")
    data = tomllib.loads(front)
    assert data["status"] == "draft"
    assert data["created"] == dt.date(2026, 5, 1)
    assert data["admins"] == ["Education Administration Manager", "Digital Communications Manager"]
    assert data["register"] == "hssib"
    headings = re.findall(r"(?m)^## \d+\. (.+)$", text)
    assert headings == [section.title for section in channel.SECTIONS]
    assert text.count(channel.PROMPT_MARK) == len(channel.SECTIONS)


def test_scaffold_lists_existing_accounts_on_the_platform_and_overall(hssib):
    text = channel.render_case(proposal(), hssib)
    assert "Accounts already in the register on LinkedIn: HSSIB on LinkedIn (LinkedIn, active)." in text
    assert "HSSIB on X (formerly Twitter) @theHSSIB (X, dormant)" in text
    assert "on Bluesky: none" not in text
    text = channel.render_case(proposal(platform="tiktok"), hssib)
    assert "Accounts already in the register on TikTok: none." in text


def test_scaffold_answers_only_what_was_given(hssib):
    case = channel.parse_case(channel.render_case(proposal(), hssib), "x.md")
    assert case.sections["strategic"].answer == "Reach NHS staff who take our training."
    assert case.sections["audience"].answer == ""


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"admins": ["Only One"]}, "at least two admins"),
        ({"admins": ["Same Person", "same  person"]}, "at least two admins"),
        ({"platform": "myspace"}, "platform 'myspace'"),
        ({"team": " "}, "team is required"),
        ({"mfa": "maybe"}, "mfa must be"),
    ],
)
def test_proposal_problems(changes, problem):
    assert any(problem in text for text in proposal(**changes).problems())


def test_a_good_proposal_has_no_problems():
    assert proposal().problems() == []


def test_monitored_hours_in_words(hssib):
    assert channel.describe_hours(hssib) == "Mon to Fri, 09:00 to 17:00 (Europe/London)"


# --- safe names -------------------------------------------------------------------------------


@given(st.text())
def test_slugify_is_always_a_safe_plain_name(text):
    slug = channel.slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)


def test_default_name():
    name = channel.default_name(dt.date(2026, 5, 1), "linkedin", "Équipe Éducation / ../../etc")
    assert name == "2026-05-01-linkedin-equipe-education-etc.md"


@pytest.mark.parametrize("slug", ["../../etc", "/abs", "a/b", "a\\b", "x\x00y", "~root"])
def test_path_like_slugs_are_refused(slug):
    with pytest.raises(InputError):
        channel.checked_slug(slug)


@pytest.mark.parametrize(
    "name", ["../x.md", "/etc/x.md", "a/../../x.md", "sub\\..\\..\\x.md", "C:\\x.md", "~/x.md", "x\x00.md", "", "./"]
)
def test_output_names_escaping_the_folder_are_refused(name):
    with pytest.raises(InputError):
        channel.checked_relative_name(name)


def test_output_names_inside_the_folder_are_kept():
    assert channel.checked_relative_name("team/case") == "team/case.md"
    assert channel.checked_relative_name("./case.md") == "case.md"


# --- reading a case ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# no front matter\n", "no +++ front matter"),
        ("+++\nstatus = 'draft'\n# never closed\n", "never closed"),
        ("+++\nstatus = \n+++\n", "front matter is not valid TOML"),
    ],
)
def test_unreadable_cases_are_input_errors(text, message):
    with pytest.raises(InputError, match=re.escape(message)):
        channel.parse_case(text, "case.md")


def test_bad_front_matter_toml_points_at_its_file_line():
    with pytest.raises(InputError) as error:
        channel.parse_case("+++\nteam = 'x'\nstatus = \n+++\n", "case.md")
    assert error.value.line == 3


def test_crlf_and_bom_are_read(hssib):
    text = "\ufeff" + example_text().replace("\n", "\r\n")
    assert codes(text, hssib) == []


# --- the check: what it must flag -------------------------------------------------------------


def test_fresh_scaffold_is_incomplete(hssib):
    found = codes(channel.render_case(proposal(), hssib), hssib)
    assert found.count("section-empty") == 8  # all but strategic, lifespan and approvals
    assert {"lifespan-missing", "approvals-missing", "mfa-not-on", "vault-missing"} <= set(found)
    assert "handle-exists" not in found and "handle-naming" not in found


def test_completed_example_passes(hssib):
    assert codes(example_text(), hssib) == []


@pytest.mark.parametrize("answer", ["", "TBC", "- TODO", "N/A", "...", "<!-- to do -->", "<!--\nlater\n-->"])
def test_sections_left_empty_or_as_placeholders_are_flagged(hssib, answer):
    text = with_section(example_text(), "Risks and issues", answer)
    assert codes(text, hssib) == ["section-empty"]


def test_a_section_holding_only_its_prompt_is_flagged(hssib):
    text = with_section(example_text(), "Options", "")
    case = channel.parse_case(text, "case.md")
    assert case.sections["options"].text.strip().startswith(channel.PROMPT_MARK)
    [finding] = channel.check_case(case, hssib)
    assert finding.code == "section-empty" and finding.section == "options"
    assert finding.line == case.sections["options"].line


def test_a_deleted_section_is_flagged(hssib):
    text = re.sub(r"(?s)## 9\. Evaluation.*?(?=## 10\.)", "", example_text())
    assert codes(text, hssib) == ["section-missing"]


def test_a_heading_inside_a_code_block_is_not_a_section(hssib):
    text = re.sub(r"(?s)## 9\. Evaluation.*?(?=## 10\.)", "```\n## 9. Evaluation\nmeasures\n```\n\n", example_text())
    assert "section-missing" in codes(text, hssib)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("We will run it for 18 months.", ["exit-strategy-missing"]),
        ("If it fails we close the page and archive it.", ["lifespan-missing"]),
        ("It will be great.", ["exit-strategy-missing", "lifespan-missing"]),
    ],
)
def test_lifespan_needs_both_a_duration_and_an_exit(hssib, answer, expected):
    text = with_section(example_text(), "Lifespan and exit strategy", answer)
    assert sorted(codes(text, hssib)) == sorted(expected)


def test_empty_approvals_are_flagged(hssib):
    text = with_section(example_text(), "Stakeholder consultation and approvals", "")
    assert codes(text, hssib) == ["approvals-missing"]


@pytest.mark.parametrize(
    ("key", "line", "code"),
    [
        ("admins", 'admins = ["Education Administration Manager"]', "admins-too-few"),
        ("admins", 'admins = ["A Person", "a person"]', "admins-too-few"),
        ("admins", "admins = []", "admins-too-few"),
        ("credentials_held_by", 'credentials_held_by = "Education team"', "credentials-not-comms"),
        ("credentials_held_by", 'credentials_held_by = ""', "credentials-not-comms"),
        ("vault_entry", 'vault_entry = ""', "vault-missing"),
        ("mfa", 'mfa = "unknown"', "mfa-not-on"),
        ("mfa", 'mfa = "no"', "mfa-not-on"),
        ("monitored_hours", 'monitored_hours = ""', "monitoring-missing"),
        ("handle", 'handle = "@theHSSIB"', "handle-exists"),
        ("handle", 'handle = "hssib.bsky.social"', "handle-exists"),
        ("handle", 'handle = "@EducationTeamUK"', "handle-naming"),
        ("platform", 'platform = "myspace"', "front-matter"),
        ("status", 'status = "pending"', "front-matter"),
        ("owner", 'owner = ""', "front-matter"),
        ("vault_entry", 'vault_entry = "password: Winter2026!"', "secret"),
    ],
)
def test_front_matter_problems_are_flagged(hssib, key, line, code):
    text = with_front(example_text(), key, line)
    case = channel.parse_case(text, "case.md")
    found = channel.check_case(case, hssib)
    assert code in [f.code for f in found]
    assert all(f.line == case.front_lines[key] for f in found if f.code == code)


def test_a_secret_is_never_echoed(hssib):
    text = with_front(example_text(), "vault_entry", 'vault_entry = "password: Winter2026!"')
    found = channel.check_case(channel.parse_case(text, "case.md"), hssib)
    assert not any("Winter2026" in f.message for f in found)


def test_an_unknown_front_matter_key_gets_a_hint(hssib):
    text = example_text().replace("vault_entry =", "vault_entyr =", 1)
    found = channel.check_case(channel.parse_case(text, "case.md"), hssib)
    messages = [f.message for f in found if f.code == "front-matter"]
    assert messages == ["unknown front matter key 'vault_entyr' (did you mean 'vault_entry'?)"]


# --- the check: what it must not flag ---------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "line"),
    [
        ("handle", 'handle = "@hssibeducation"'),
        ("handle", 'handle = "HSSIB_Learning"'),
        ("credentials_held_by", 'credentials_held_by = "Comms team"'),
        ("credentials_held_by", 'credentials_held_by = "Digital Communications Manager"'),
        ("admins", 'admins = ["A", "B", "C"]'),
        ("monitored_hours", 'monitored_hours = "Mon to Sun, 08:00 to 20:00"'),
    ],
)
def test_sound_front_matter_is_not_flagged(hssib, key, line):
    assert codes(with_front(example_text(), key, line), hssib) == []


@pytest.mark.parametrize(
    "answer",
    [
        "Ongoing, reviewed every year; if it is no longer needed we hand it over to the Communications Team.",
        "Until March 2028, then archived.",
        "Two years. Exit: redirect followers to the main page and close the account.",
    ],
)
def test_sound_lifespans_are_not_flagged(hssib, answer):
    assert codes(with_section(example_text(), "Lifespan and exit strategy", answer), hssib) == []


def test_prompts_may_be_deleted(hssib):
    text = re.sub(r"(?m)^>.*\n", "", example_text())
    assert channel.PROMPT_MARK not in text
    assert codes(text, hssib) == []


def test_a_quote_of_ones_own_is_an_answer(hssib):
    text = with_section(example_text(), "Risks and issues", '> "Reputation is fragile," said the board.')
    assert codes(text, hssib) == []


def test_an_approved_cases_own_account_is_not_a_clash(hssib):
    register = hssib.model_copy(deep=True)
    from smpolicy.models import Account

    register.accounts.append(Account(platform="linkedin", handle="@HSSIBEducation", name="Education on LinkedIn",
                                     business_case="proposals/case.md"))
    assert codes(example_text(), register) == ["handle-exists"]
    assert codes(example_text(), register, business_case="proposals/case.md") == []


@pytest.mark.parametrize(
    ("register", "handle"),
    [("tavistock-portman", "@TavistockCAMHS"), ("bnssg-icb", "@BNSSG_Training"), ("hee", "@HEE_Careers")],
)
def test_handles_carrying_the_organisations_naming_pass(register, handle):
    model = load(bundled_path(register))
    text = with_front(example_text(), "handle", f'handle = "{handle}"')
    assert "handle-naming" not in codes(text, model)


# --- lint on the case's own words -------------------------------------------------------------


def _fake_rule(monkeypatch, rule_id: str, category: str, word: str, severity: str = "warning") -> None:
    def check(draft, context):
        for match in re.finditer(word, draft.masked):
            yield Hit(match.start(), match.end())

    check.__doc__ = "What it does\n------------\nTest.\n"
    monkeypatch.setitem(RULES, rule_id, Rule(rule_id, f"test-{rule_id}", category, severity, "found it", "", check))


def test_personal_data_and_confidential_rules_run_on_the_answers(monkeypatch, hssib):
    _fake_rule(monkeypatch, "ZZ901", "personal-data", "07700 900123")
    _fake_rule(monkeypatch, "ZZ902", "confidential", "internal only")
    text = with_section(example_text(), "Risks and issues", "Call Sam on 07700 900123.\nThis is internal only.")
    case = channel.parse_case(text, "case.md")
    found = [f for f in channel.lint_findings(case, make_context("hssib")) if f.code.startswith("ZZ")]
    assert [(f.code, f.severity) for f in found] == [("ZZ901", "warning"), ("ZZ902", "warning")]
    line = text.splitlines().index("Call Sam on 07700 900123.") + 1
    assert found[0].line == line
    assert found[0].citation.startswith("HSSIB005 §4.8")
    assert channel.blocking(channel.check_case(case, hssib, make_context("hssib")))


def test_lint_skips_prompts_other_categories_and_disabled_rules(monkeypatch, hssib):
    _fake_rule(monkeypatch, "ZZ903", "personal-data", "Prompt")  # only in the prompts
    _fake_rule(monkeypatch, "ZZ904", "abuse", "Education")  # not a category that applies
    _fake_rule(monkeypatch, "ZZ905", "confidential", "showcase")
    case = channel.parse_case(example_text(), "case.md")
    assert channel.lint_findings(case, make_context("hssib", disable=["ZZ905"])) == []


def test_informational_lint_findings_do_not_block(monkeypatch, hssib):
    _fake_rule(monkeypatch, "ZZ906", "personal-data", "showcase", severity="info")
    case = channel.parse_case(example_text(), "case.md")
    found = channel.check_case(case, hssib, make_context("hssib"))
    assert {f.code for f in found} == {"ZZ906"} and channel.blocking(found) == []


def test_the_real_personal_data_rules_apply(hssib):
    text = with_section(example_text(), "Risks and issues", "If the page is hacked, ring Sam on 07700 900123.")
    found = codes(text, hssib, context=make_context("hssib"))
    assert any(code.startswith("PD") for code in found)
    # The organisation's own published contact details are never personal data.
    text = with_section(example_text(), "Risks and issues", "Concerns go to comms@hssib.org.uk at once.")
    assert codes(text, hssib, context=make_context("hssib")) == []


def test_the_real_confidential_rules_apply(hssib):
    text = with_section(example_text(), "Risks and issues", "Quote the draft investigation report in posts.")
    assert any(code.startswith("CF") for code in codes(text, hssib, context=make_context("hssib")))


def test_suppression_comments_work_in_a_case(monkeypatch, hssib):
    _fake_rule(monkeypatch, "ZZ907", "confidential", "zebra crossing")
    answer = "This plan has a zebra crossing. <!-- smpolicy: ignore ZZ907 -->"
    text = with_section(example_text(), "Risks and issues", answer)
    case = channel.parse_case(text, "case.md")
    assert channel.lint_findings(case, make_context("hssib")) == []


# --- approval ----------------------------------------------------------------------------------


def test_account_fields_from_the_case():
    case = channel.parse_case(example_text(), "case.md")
    fields = channel.account_fields(case, "Head of Communications", dt.date(2026, 6, 1), "proposals/case.md")
    assert fields["platform"] == "linkedin" and fields["handle"] == "@HSSIBEducation"
    assert fields["status"] == "active" and fields["status_since"] == dt.date(2026, 6, 1)
    assert fields["admins"] == ["Education Administration Manager", "Digital Communications Manager"]
    assert fields["mfa"] == "yes"
    assert fields["credentials_held_by"] == "Communications and Engagement Team"
    assert fields["vault_entry"] == "Social media / HSSIB Education LinkedIn"
    assert fields["business_case"] == "proposals/case.md"
    from smpolicy.models import Account

    Account.model_validate(fields)  # a valid register entry


def test_approved_text_keeps_comments_and_body():
    text = example_text()
    case = channel.parse_case(text, "case.md")
    new = channel.approved_text(case, "Head of Communications", dt.date(2026, 6, 1))
    again = channel.parse_case(new, "case.md")
    assert again.status == "approved"
    assert again.front["approved_by"] == "Head of Communications"
    assert again.front["approved_on"] == dt.date(2026, 6, 1)
    assert again.body == case.body
    assert "# Who holds the login" in new
    assert channel.approval_refusal(case) is None
    assert "already approved by Head of Communications" in channel.approval_refusal(again)
