"""Shared test helpers: build drafts and lint contexts without touching the CLI."""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings

from smpolicy.lint.context import LintContext, context_from_data
from smpolicy.lint.draft import Draft, FrontMatter, Image
from smpolicy.registers import bundled_path

# Property tests without their own max_examples follow the profile: "ci" (the default, short)
# or "long" for a soak run: pytest tests/reliability --hypothesis-profile long
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
LONDON = ZoneInfo("Europe/London")
# A fixed clock for every lint test: a Tuesday afternoon in term time.
FIXED_NOW = dt.datetime(2026, 11, 17, 14, 30, tzinfo=LONDON)


def make_context(register: str = "hssib", now: dt.datetime | None = None, **lint_overrides) -> LintContext:
    """The lint view of a bundled register; `lint_overrides` replace keys of its [lint] table."""
    data = tomllib.loads(bundled_path(register).read_text(encoding="utf-8"))
    data.setdefault("lint", {}).update(lint_overrides)
    return context_from_data(data, now=now or FIXED_NOW)


def make_draft(text: str, path: str = "draft.md", **meta) -> Draft:
    """A draft from text (front matter allowed) and front-matter values (images as [(file, alt)]).

    Keyword values override the text's own front matter.
    """
    from smpolicy.lint.draft import parse_draft

    parsed = parse_draft(text, path=path, timezone="Europe/London")
    front = parsed.meta
    if "images" in meta:
        front.images = [Image(file, alt) for file, alt in meta.pop("images")]
        front.present = True
    for key, value in meta.items():
        if not hasattr(front, key):
            raise TypeError(f"make_draft: unknown front-matter field {key!r}")
        setattr(front, key, value)
        front.present = True
    return Draft(path=path, body=parsed.body, masked=parsed.masked, meta=front, body_line=parsed.body_line)


def rule_hits(rule_id: str, text: str, register: str = "hssib", now=None, lint=None, **meta) -> list[str]:
    """The text each hit of one rule covers (or its message when the hit is empty)."""
    from smpolicy.lint.rule import all_rules

    check = all_rules()[rule_id].check
    draft = make_draft(text, **meta)
    context = make_context(register, now=now, **(lint or {}))
    return [draft.body[h.start : h.end] or (h.message or "") for h in check(draft, context)]


@pytest.fixture
def hssib() -> LintContext:
    return make_context("hssib")


@pytest.fixture(autouse=True)
def _outside_ci(monkeypatch):
    """Tests see the output a person would: CI's own variables must not switch formats."""
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "SMPOLICY_REGISTER"):
        monkeypatch.delenv(name, raising=False)


_CACHES = itertools.count()


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch, tmp_path_factory):
    """Validation stamps go to a folder of each test's own (created only if written), never the
    user's ~/.cache, and no test sees another's stamps."""
    folder = tmp_path_factory.getbasetemp() / "smpolicy-cache" / str(next(_CACHES))
    monkeypatch.setenv("SMPOLICY_CACHE_DIR", str(folder))
