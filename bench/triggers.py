"""Rule triggers: what each rule needs, what it declares, and how often it runs.

    .venv/bin/python bench/triggers.py [RULE...] [--suggest | --write] [--drafts DIR]

For each rule (all by default): the share of drafts its triggers let through, in the benchmark
corpus and in the published examples under tests/published, against the share it finds
something in. With --suggest, triggers covering what the rule `needs` (read with
`smpolicy.lint.triggers.requirement`); with --write, the same written as the rule's entry in
src/smpolicy/lint/data/triggers.tsv, which the rule reads with `generated("<ID>")` (what to run
when tests/lint/test_triggers.py says a rule's triggers miss a pattern after the pattern
changed, or for a new rule).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "tests" / "lint")]


def suggest(needed) -> list:
    """Triggers covering every alternative in `needed`: for each clause of an alternative's most
    selective part, its rarest term (with the rarest word in it when that term is a phrase,
    so the phrase is only searched for in drafts with that word); and the rarest terms of its
    second part too when the first is common ("fiddl*|fudg*", "figures|numbers")."""
    from smpolicy.lint.triggers import _cost

    items = set()
    for factors in needed:
        # Ties are broken by the terms themselves: sets iterate in a hash-seeded order, and the
        # written triggers must not change from run to run.
        ranked = sorted(factors, key=lambda factor: (_cost(factor), _in_order(factor)))
        second = _any_of(ranked[1]) if _cost(ranked[0]) > 0.0005 and len(ranked) > 1 else None
        for clause in ranked[0]:
            item = _clause_item(clause)
            items.add(item if second is None else (*item, second))
    # Merge items that differ only in their first term.
    merged: dict = {}
    for item in items:
        merged.setdefault(item[1:], set()).update(item[0].split("|"))
    result = []
    for rest, firsts in merged.items():
        first = "|".join(sorted(firsts))
        result.append(first if not rest else (first, *rest))
    return sorted(result, key=lambda x: (isinstance(x, tuple), x))


def _clause_item(clause) -> tuple:
    from smpolicy.lint.triggers import INFIX, _term_chance, _written

    from smpolicy.lint.triggers import _implied

    rarest = min(clause, key=_rarest_first)
    keys = [term for term in clause if term[0] != INFIX]
    if rarest[0] == INFIX and keys:
        # A phrase is looked up by a word in it; add a rarer word from the clause when there is one.
        key = min(keys, key=_rarest_first)
        own = min((_term_chance(term) for term in _implied(rarest)), default=1.0)
        if _term_chance(key) < min(own, 0.05):
            return (_written(rarest), _written(key))
    return (_written(rarest),)


def _rarest_first(term) -> tuple:
    """Rarest by the guess the coverage tests use; between equal guesses, the one ordinary posts
    really have least (data/common-words.txt), then the term itself, so runs agree."""
    from smpolicy.lint.triggers import _key_chance, _term_chance

    return (_term_chance(term), _key_chance(term), term)


def _in_order(factor) -> list:
    """A factor (clauses of terms) as sorted lists: the same for the same factor in any run."""
    return sorted(sorted(clause) for clause in factor)


def _any_of(factor) -> str:
    from smpolicy.lint.triggers import _term_chance, _written

    return "|".join(sorted({_written(min(clause, key=_rarest_first)) for clause in factor}))


def write(rule, items: list) -> str:
    """Write `items` as the rule's generated triggers (src/smpolicy/lint/data/triggers.tsv)."""
    from smpolicy.lint import triggers

    path = ROOT / "src" / "smpolicy" / "lint" / "data" / triggers.GENERATED_FILE
    data = triggers.read_generated(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data[rule.id] = list(items)
    path.write_text(triggers.write_generated(data), encoding="utf-8")
    triggers._generated_triggers.cache_clear()
    return f"{rule.id}: wrote {len(items)} triggers to {path.relative_to(ROOT)}"


def rates(rule_ids: list[str], drafts: Path, limit: int) -> None:
    from conftest import make_context
    from smpolicy.lint.draft import parse_draft
    from smpolicy.lint.engine import select_rules

    context = make_context("hssib")
    ruleset = select_rules(context)
    number = {entry.rule.id: index for index, entry in enumerate(ruleset.active)}
    sets = {
        "bench": sorted(drafts.glob("*.md"))[:limit],
        "published": sorted((ROOT / "tests" / "published").rglob("*.md")),
    }
    print(f"{'rule':7s} " + "  ".join(f"{name:>22s}" for name in sets))
    parsed = {name: [parse_draft(path.read_text(encoding="utf-8"), "d.md") for path in paths] for name, paths in sets.items()}
    for rule_id in rule_ids:
        entry = ruleset.active[number[rule_id]]
        cells = []
        for name, group in parsed.items():
            let_through = sum(1 for draft in group if ruleset.worth_running(draft)[number[rule_id]])
            found = sum(1 for draft in group if any(True for _ in entry.rule.check(draft, context)))
            cells.append(f"runs {let_through / len(group):5.0%} finds {found / len(group):5.0%}")
        print(f"{rule_id:7s} " + "  ".join(f"{cell:>22s}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules", nargs="*")
    parser.add_argument("--suggest", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--drafts", type=Path, default=Path("/tmp/smpolicy-bench/drafts"))
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args()
    import test_triggers
    from smpolicy.lint.rule import all_rules
    from smpolicy.lint.triggers import describe, uncovered

    rule_ids = args.rules or sorted(all_rules())
    if args.write:
        for rule_id in rule_ids:
            rule = all_rules()[rule_id]
            if rule.needs is None or callable(rule.triggers):
                continue
            print(write(rule, suggest(test_triggers._needed(rule_id))))
        return
    if args.suggest:
        for rule_id in rule_ids:
            if all_rules()[rule_id].needs is None:
                print(f"{rule_id}: declares no `needs`")
                continue
            needed = test_triggers._needed(rule_id)
            declared = all_rules()[rule_id].triggers
            from smpolicy.lint.triggers import _best

            from smpolicy.lint.triggers import _cost

            if any(not factors for factors in needed):
                print(f"{rule_id}: no triggers possible: an alternative can match anything")
            else:
                print(f"{rule_id}: suggested triggers")
                for item in suggest(needed):
                    print(f"    {item!r},")
            if declared is not None and not callable(declared):
                print(f"{rule_id}: declared triggers miss {describe(uncovered(declared, needed))}")
        return
    rates(rule_ids, args.drafts, args.limit)


if __name__ == "__main__":
    main()
