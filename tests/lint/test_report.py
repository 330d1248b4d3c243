"""Output formats built directly from results: SARIF against its schema, escaping, summaries."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpolicy.lint.engine import ActiveRule, FileResult, Finding
from smpolicy.lint.rule import Rule
from smpolicy.report import LintRun, render_lint
from smpolicy.report import json_report
from smpolicy.report.models import FileOut, FindingOut, LintReport, SummaryOut

SCHEMA = json.loads((Path(__file__).parent / "golden" / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))


def _check(draft, ctx):
    """
    What it does
    ------------
    Test rule. Second sentence.
    """
    return iter(())


RULE = Rule("TA001", "apple", "commercial", "error", "Found apple", "Remove it", _check)


def finding(severity: str = "error", line: int = 1, message: str = "Found apple", policy: str = "HSSIB005 §4.7") -> Finding:
    return Finding("TA001", "commercial", severity, line, 2, line, 7, message, policy, "Remove it")


def make_run(*files: FileResult) -> LintRun:
    return LintRun(list(files), [ActiveRule(RULE, "error")], "1.2.3")


def sarif(run: LintRun) -> dict:
    return json.loads(render_lint(run, "sarif"))


# --- SARIF --------------------------------------------------------------------------------


def test_sarif_validates_against_the_schema_with_findings_and_file_errors():
    run = make_run(
        FileResult("drafts/a b.md", None, [finding(), finding("warning", 3), finding("info", 4)]),
        FileResult("/abs/path/c.md", None, []),
        FileResult("drafts/bad.md", "not valid UTF-8 (line 2)", []),
    )
    log = sarif(run)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    [the_run] = log["runs"]
    assert the_run["columnKind"] == "unicodeCodePoints"
    assert [r["level"] for r in the_run["results"]] == ["error", "warning", "note"]
    assert the_run["results"][0]["ruleIndex"] == 0
    assert the_run["tool"]["driver"]["rules"][0]["fullDescription"]["text"].startswith("What it does")
    assert the_run["tool"]["driver"]["rules"][0]["shortDescription"]["text"] == "Test rule."
    invocation = the_run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "not valid UTF-8 (line 2)"


def test_sarif_uris_are_uri_references():
    run = make_run(FileResult("drafts/a b#1.md", None, [finding()]), FileResult("/abs/x y.md", None, [finding()]))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif(run)["runs"][0]["results"]]
    assert uris == ["drafts/a%20b%231.md", "file:///abs/x%20y.md"]
    for uri in uris:
        assert " " not in uri and urlsplit(uri).path


def test_a_clean_sarif_run_is_successful_and_valid():
    log = sarif(make_run(FileResult("a.md", None, [])))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_the_schema_subset_rejects_what_sarif_forbids():
    log = sarif(make_run(FileResult("a.md", None, [finding()])))
    log["runs"][0]["results"][0]["level"] = "info"  # SARIF says "note"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(log)
    log = sarif(make_run(FileResult("a.md", None, [finding()])))
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(log)


# --- GitHub -------------------------------------------------------------------------------


def test_github_annotations_escape_data_and_properties():
    run = make_run(
        FileResult("drafts/a,b:c.md", None, [finding(message="50% off\nnow")]),
        FileResult("bad.md", "binary file", []),
    )
    lines = render_lint(run, "github").splitlines()
    assert lines == [
        "::error file=drafts/a%2Cb%3Ac.md,line=1,col=2,endLine=1,endColumn=7,title=TA001 [error]::"
        "50%25 off%0Anow (HSSIB005 §4.7)%0ARemove it",
        "::error file=bad.md,title=smpolicy::binary file",
    ]


def test_github_levels():
    run = make_run(FileResult("a.md", None, [finding("warning"), finding("info", 2)]))
    assert [line.split(" ")[0] for line in render_lint(run, "github").splitlines()] == ["::warning", "::notice"]


# --- JSON ---------------------------------------------------------------------------------


def test_json_round_trips_through_the_model():
    run = make_run(FileResult("a.md", None, [finding(), finding("info", 2)]), FileResult("b.md", "binary file", []))
    data = json.loads(render_lint(run, "json"))
    assert LintReport.model_validate(data).summary.model_dump() == {"files": 2, "errors": 1, "warnings": 0, "infos": 1}
    assert data["files"][1] == {"path": "b.md", "error": "binary file", "findings": []}


def test_json_text_is_exactly_what_the_pydantic_model_writes():
    # The models are the contract; rendering skips pydantic for speed, so it must agree byte for
    # byte, including non-ASCII, control characters, quotes and nulls.
    awkward = 'Café “quoted” \\ back\tslash\n\x1f\x7f \u2028 😀 </script> "q"'
    run = make_run(
        FileResult("dir/ä b.md", None, [finding(message=awkward), finding("warning", 3, policy="")]),
        FileResult("c.md", awkward, []),
        FileResult("d.md", None, []),
    )
    assert render_lint(run, "json") == json_report.report(run).model_dump_json(indent=2) + "\n"


_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_FINDINGS = st.lists(
    st.builds(
        Finding,
        _TEXT,
        _TEXT,
        st.sampled_from(["error", "warning", "info"]),
        *[st.integers(min_value=1, max_value=10**6)] * 4,
        _TEXT,
        _TEXT,
        _TEXT,
    ),
    max_size=3,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(FileResult, _TEXT, st.none() | _TEXT, _FINDINGS), max_size=4))
def test_json_is_exactly_json_dumps_of_the_document(files):
    # The hand-written renderer must agree with json.dumps for any paths, errors and findings.
    run = make_run(*files)
    expected = json.dumps(json_report.document(run), indent=2, ensure_ascii=False) + "\n"
    assert render_lint(run, "json") == expected


def test_json_keys_follow_the_models():
    run = make_run(FileResult("a.md", None, [finding()]))
    data = json.loads(render_lint(run, "json"))
    assert list(data) == list(LintReport.model_fields)
    assert list(data["files"][0]) == list(FileOut.model_fields)
    assert list(data["files"][0]["findings"][0]) == list(FindingOut.model_fields) == list(Finding._fields)
    assert list(data["summary"]) == list(SummaryOut.model_fields)


def test_json_of_no_files():
    run = make_run()
    assert json.loads(render_lint(run, "json")) == {
        "schema_version": 1,
        "files": [],
        "summary": {"files": 0, "errors": 0, "warnings": 0, "infos": 0},
    }


# --- text ---------------------------------------------------------------------------------


def test_text_lines_and_summary():
    run = make_run(FileResult("a.md", None, [finding(), finding("warning", 3, policy="")]), FileResult("b.md", None, []))
    assert render_lint(run, "text") == (
        "a.md:1:2: TA001 [error] Found apple (HSSIB005 §4.7)\n"
        "    suggestion: Remove it\n"
        "a.md:3:2: TA001 [warning] Found apple\n"
        "    suggestion: Remove it\n"
        "\n"
        "Found 2 problems (1 error, 1 warning) in 1 of 2 files.\n"
    )


@pytest.mark.parametrize(
    "files, summary",
    [
        ([FileResult("a.md", None, [])], "No problems found in 1 file."),
        ([FileResult("a.md", None, []), FileResult("b.md", None, [])], "No problems found in 2 files."),
        ([FileResult("a.md", "binary file", [])], "1 file could not be checked."),
        (
            [FileResult("a.md", None, []), FileResult("b.md", "x", []), FileResult("c.md", "y", [])],
            "No problems found in 1 file. 2 files could not be checked.",
        ),
    ],
)
def test_text_summary_variants(files, summary):
    assert render_lint(make_run(*files), "text").splitlines()[-1] == summary
