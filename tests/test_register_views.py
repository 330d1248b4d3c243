"""Views behind `register list/admins/show`: rows, matching, close matches, CSV and Markdown."""

from __future__ import annotations

import pytest

from smpolicy import register_views, registers
from smpolicy.errors import InputError


@pytest.fixture(scope="module")
def hssib():
    return registers.load(registers.bundled_path("hssib"))


def test_filter_accounts(hssib):
    assert [a.name for a in register_views.filter_accounts(hssib, status="dormant")] == ["HSSIB on X (formerly Twitter)"]
    assert [a.platform for a in register_views.filter_accounts(hssib, platform="youtube")] == ["youtube"]
    assert register_views.filter_accounts(hssib, platform="x", status="active") == []
    assert len(register_views.filter_accounts(hssib)) == 5


def test_list_rows_leave_unknowns_blank(hssib):
    row = register_views.list_rows(hssib.accounts[1:2])[0]
    assert row[:4] == ["linkedin", "", "HSSIB on LinkedIn", "active"]
    assert row[-2:] == ["", ""]


def test_admin_entries_are_in_platform_order_then_file_order(hssib):
    entries = register_views.admin_entries(hssib)
    assert [e.platform for e in entries] == ["x", "bluesky", "linkedin", "youtube", "smartsurvey"]
    assert register_views.admin_rows(entries[:1])[0][2] == "HSSIB on X (formerly Twitter) (@theHSSIB)"


def test_find_accounts_and_close_matches(hssib):
    assert len(register_views.find_accounts(hssib, "@theHSSIB")) == 2
    with pytest.raises(InputError, match="did you mean bluesky:@hssib.bsky.social"):
        register_views.find_accounts(hssib, "hssib.bsky.socail")


def test_close_matches_with_no_accounts():
    assert register_views.close_matches([], "x") == "; the register has no accounts"


def test_detail_rows_skip_empty_fields(hssib):
    fields = [row[0] for row in register_views.detail_rows(hssib.accounts[0])]
    assert fields == ["platform", "type", "handle", "name", "status", "admins", "owner_team", "mfa"]


def test_markdown_escapes_pipes_and_newlines():
    text = register_views.to_markdown(("a", "b"), [["x|y", "line\nbreak"]])
    assert text == "| a | b |\n|---|---|\n| x\\|y | line break |\n"


def test_csv_quotes_commas():
    assert register_views.to_csv(("a",), [["x, y"]]) == 'a\n"x, y"\n'
