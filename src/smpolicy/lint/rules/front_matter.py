"""Front matter and suppression comments that smpolicy cannot act on.

A draft's front matter tells the other rules which platform, account and kind of post they are
checking; a mistake there silently changes what they check, so it is reported, never ignored.
"""

from __future__ import annotations

from typing import Iterator

from smpolicy.lint.rule import Hit, rule


@rule(
    "FM001",
    "front-matter",
    triggers=lambda draft: bool(draft.meta.problems),
    category="platform",
    severity="error",
    message="The draft's front matter cannot be read",
    suggestion="Fix the front matter: keys platform, account, kind, handle, publish_at, images, in_reply_to.",
)
def front_matter(draft, ctx) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports front matter that smpolicy cannot use: a block opened with `+++` or `---` that is
    never closed, TOML or YAML that does not parse, unknown keys (with the closest known key),
    values of the wrong type, a platform that is not one of the register's platform slugs
    (`x`, `bluesky`, `linkedin`, ...), an unknown kind (post, reply, bio, personal-blog,
    reference, article), a `publish_at` that is not a date-time, and images without a file.

    Why is this bad?
    ----------------
    The front matter decides which checks apply: the platform's length limit, whether the
    account is approved and active, whether a reply needs crisis signposting, whether a personal
    blog needs a disclaimer, whether the publishing time is monitored. A misspelt key or value
    would switch those checks off without anyone noticing.

    Example
    -------
    ```
    +++
    plaform = "twitter"
    kind = "tweet"
    +++
    ```
    Use instead:
    ```
    +++
    platform = "x"
    kind = "post"
    +++
    ```

    Policy
    ------
    The register is the organisation's list of approved platforms and accounts, and the front
    matter says which of them a draft is for: HSSIB005 §5.1-§5.3 and Appendix 1; HRA §3.6;
    BNSSG 28 §4 and §7.1; Tavistock and Portman "Trust-owned social media channels" and
    "Department/service-level social media channels"; HEE "Duties".
    """
    for line, message in draft.meta.problems:
        yield Hit(0, 0, message=message, line=line)


@rule(
    "FM002",
    "unknown-suppression",
    triggers=lambda draft: "smpolicy" in draft.body,
    category="platform",
    severity="warning",
    message="This suppression comment names no rule smpolicy knows",
    suggestion="Name rule ids, rule names or categories, e.g. <!-- smpolicy: ignore PD001 -->.",
)
def unknown_suppression(draft, ctx) -> Iterator[Hit]:
    """
    What it does
    ------------
    Reports suppression comments (`<!-- smpolicy: ignore PD001 -->`, `ignore-file`) that name
    no rule at all, or name a rule id, rule name or category that does not exist.

    Why is this bad?
    ----------------
    A misspelt suppression silences nothing, so the author believes a finding was reviewed and
    accepted while it is still reported (or, once fixed, silences something else). Suppressions
    are the record of a human decision to publish despite a finding; they must say which one.

    Example
    -------
    ```
    <!-- smpolicy: ignore PD01 -->
    ```
    Use instead:
    ```
    <!-- smpolicy: ignore PD001 -->
    ```

    Policy
    ------
    Staff "are ultimately responsible for what they publish online" (HSSIB005 §7.3; HRA §3.10);
    a suppression is where that responsibility is written down.
    """
    if "smpolicy" not in draft.body:
        return
    from smpolicy.lint.engine import available_rules, did_you_mean, rules_matching, suppressions_in

    rules = available_rules()
    for directive in suppressions_in(draft).directives:
        where = (directive.start, directive.end)
        if not directive.names:
            yield Hit(*where, message="This suppression comment names no rule, so it silences nothing")
            continue
        for name in directive.names:
            if not rules_matching(name, rules):
                yield Hit(*where, message=f"No rule or category '{name}'{did_you_mean(name, rules)}")
