"""Time smpolicy lint: 10,000 drafts against codespell, and one draft against `import typer`.

    .venv/bin/python bench/run.py [--drafts DIR] [--runs 3] [--one-draft-runs 20] [--profile]

- Generates the corpus (bench/generate.py) if DIR is missing.
- codespell: found as $CODESPELL, /tmp/codespell-venv/bin/codespell or on PATH. Install it only
  in a throwaway virtual environment, never in the project's:
      python3 -m venv /tmp/codespell-venv && /tmp/codespell-venv/bin/pip install codespell
- Whole runs are wall-clock times of the real command (`smpolicy lint` with every rule on, the
  bundled HSSIB register, a fixed clock, JSON output to /dev/null): best of --runs.
- One draft: `smpolicy lint one.md` and `python -c "import typer"`, interleaved, with
  hyperfine when it is installed, else --one-draft-runs runs each (best and median).
- --profile: in-process time per rule over the corpus, slowest first.

Timings depend on the machine and on what else it is doing: compare within one run only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
LINT = [PYTHON, "-m", "smpolicy", "lint", "-r", "hssib", "--now", "2026-11-17T14:30"]
# An installed smpolicy has compiled bytecode, as typer has; a source checkout run with
# PYTHONDONTWRITEBYTECODE=1 would compile every module on every run. Keep bytecode in /tmp so
# the checkout stays clean.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = "/tmp/smpolicy-bench/pycache"


def wall(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=ENV)
        times.append(time.perf_counter() - start)
    return times


def codespell() -> str | None:
    for candidate in (os.environ.get("CODESPELL"), "/tmp/codespell-venv/bin/codespell", shutil.which("codespell")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def corpus(drafts: Path) -> None:
    if not drafts.is_dir() or not any(drafts.iterdir()):
        subprocess.run([PYTHON, str(ROOT / "bench" / "generate.py"), "--out", str(drafts)], check=True)


def whole_corpus(drafts: Path, runs: int) -> None:
    count = sum(1 for _ in drafts.glob("*.md"))
    print(f"## {count} drafts ({drafts}), best of {runs}")
    rows = []
    spell = codespell()
    if spell:
        rows.append(("codespell", min(wall([spell, str(drafts)], runs))))
    else:
        print("codespell not found: see this script's docstring")
    wall([*LINT, str(ROOT / "bench" / "README.md")], 1)  # write bytecode once
    rows.append(("smpolicy lint (all rules, default workers)", min(wall([*LINT, "--format", "json", str(drafts)], runs))))
    rows.append(("smpolicy lint --jobs 1", min(wall([*LINT, "--format", "json", "--jobs", "1", str(drafts)], runs))))
    for name, seconds in rows:
        print(f"{name:45s} {seconds:7.2f} s")
    print()


def one_draft(runs: int) -> None:
    sample = Path("/tmp/smpolicy-bench/one.md")
    sample.parent.mkdir(parents=True, exist_ok=True)
    sample.write_text(
        "Our flu vaccination clinics are open this week. Drop in between 9am and 5pm, no "
        "appointment needed. If you need advice call NHS 111. #FluJab\n",
        encoding="utf-8",
    )
    typer_cmd = [PYTHON, "-c", "import typer"]
    lint_cmd = [*LINT, str(sample)]
    print("## One draft")
    if shutil.which("hyperfine"):
        import shlex

        subprocess.run(["hyperfine", "--warmup", "3", "-N", shlex.join(typer_cmd), shlex.join(lint_cmd)], cwd=ROOT, env=ENV)
        return
    commands = {
        "python -c 'import typer'": typer_cmd,
        "smpolicy lint one.md": lint_cmd,
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        wall(command, 2)  # warm the file cache
    for _ in range(runs):
        for name, command in commands.items():
            times[name] += wall(command, 1)
    base = statistics.median(times["python -c 'import typer'"])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:30s} best {min(samples) * 1000:6.0f} ms   median {median * 1000:6.0f} ms   {median / base:4.2f}x")
    print()


def profile(drafts: Path) -> None:
    """In-process, one process: time per phase, and per rule (only where its triggers let it run)."""
    sys.path.insert(0, str(ROOT / "src"))
    import collections
    import datetime as dt

    from smpolicy.lint.discovery import read_draft_file
    from smpolicy.lint.draft import parse_draft
    from smpolicy.lint.engine import lint_draft, load_context, select_rules
    from smpolicy.registers import resolve

    clock = time.perf_counter
    context = load_context(resolve("hssib", environ={}), dt.datetime(2026, 11, 17, 14, 30))
    ruleset = select_rules(context)
    paths = sorted(drafts.glob("*.md"))
    start = clock()
    texts = [read_draft_file(str(path)) for path in paths]
    read = clock() - start
    start = clock()
    parsed = [parse_draft(text, "d.md", context.timezone) for text in texts]
    parse = clock() - start
    start = clock()
    worth = [ruleset.worth_running(draft) for draft in parsed]
    triggers = clock() - start
    spent: collections.Counter = collections.Counter()
    runs: collections.Counter = collections.Counter()
    for draft, flags in zip(parsed, worth):
        for entry, flag in zip(ruleset.active, flags):
            if flag:
                begin = clock()
                for _ in entry.rule.check(draft, context):
                    pass
                spent[entry.rule.id] += clock() - begin
                runs[entry.rule.id] += 1
    for draft in parsed:  # the engine itself, with the rules' caches warm
        draft.__dict__.pop("_gates_fired", None)
    start = clock()
    for draft in parsed:
        lint_draft(draft, context, ruleset=ruleset)
    whole = clock() - start
    start = clock()
    for draft in parsed:
        lint_draft(draft, context, ruleset=ruleset, prefilter=False)
    without = clock() - start
    count = len(parsed)
    print(f"## In-process, {count} drafts, one process")
    print(f"reading {read:.2f} s, parsing {parse:.2f} s, triggers {triggers:.2f} s, rules {sum(spent.values()):.2f} s")
    print(f"lint_draft for every draft (triggers, rules, findings): {whole:.2f} s; every rule on every draft: {without:.2f} s")
    print("slowest rules: total, share of drafts run on, time per run")
    for rule_id, seconds in spent.most_common(15):
        print(f"{rule_id:8s} {seconds * 1000:7.0f} ms  {runs[rule_id] / count:5.0%}  {seconds / runs[rule_id] * 1e6:6.0f} us")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=Path, default=Path("/tmp/smpolicy-bench/drafts"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one-draft-runs", type=int, default=20)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    corpus(args.drafts)
    whole_corpus(args.drafts, args.runs)
    one_draft(args.one_draft_runs)
    if args.profile:
        profile(args.drafts)


if __name__ == "__main__":
    main()
