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


# The same command with the root group's options converted without pydantic, as
# `smpolicy.cli.lint.LeanParameters` does for `lint` itself (pending in smpolicy/cli/__init__.py).
LEAN_ROOT = [
    PYTHON,
    "-c",
    "import sys, smpolicy.cli as cli\n"
    "from smpolicy.cli.lint import LeanParameters, make_lean\n"
    "if LeanParameters not in cli.SmpolicyGroup.__mro__:\n"
    "    parse_args = cli.SmpolicyGroup.parse_args\n"
    "    def lean(self, ctx, args):\n"
    "        make_lean(self.get_params(ctx))\n"
    "        return parse_args(self, ctx, args)\n"
    "    cli.SmpolicyGroup.parse_args = lean\n"
    "sys.exit(cli.main())",
    *LINT[3:],
]


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
    lean_cmd = [*LEAN_ROOT, str(sample)]
    print("## One draft")
    if shutil.which("hyperfine"):
        import shlex

        subprocess.run(["hyperfine", "--warmup", "3", "-N", shlex.join(typer_cmd), shlex.join(lint_cmd)], cwd=ROOT, env=ENV)
        return
    commands = {
        "python -c 'import typer'": typer_cmd,
        "smpolicy lint one.md": lint_cmd,
        "  ... with a lean root group": lean_cmd,
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
    """Time each rule in-process over the corpus (one process, no workers)."""
    sys.path.insert(0, str(ROOT / "src"))
    from smpolicy.lint.discovery import read_draft_file
    from smpolicy.lint.draft import parse_draft
    from smpolicy.lint.engine import load_context, select_rules
    from smpolicy.registers import resolve
    import datetime as dt

    context = load_context(resolve("hssib", environ={}), dt.datetime(2026, 11, 17, 14, 30))
    ruleset = select_rules(context)
    texts = [read_draft_file(str(path)) for path in sorted(drafts.glob("*.md"))]
    start = time.perf_counter()
    parsed = [parse_draft(text, "d.md", context.timezone) for text in texts]
    parse_time = time.perf_counter() - start
    spent = {}
    for entry in ruleset.active:
        start = time.perf_counter()
        for draft in parsed:
            for _ in entry.rule.check(draft, context):
                pass
        spent[entry.rule.id] = time.perf_counter() - start
    print(f"## In-process, {len(texts)} drafts: parsing {parse_time:.2f} s, rules {sum(spent.values()):.2f} s")
    for rule_id, seconds in sorted(spent.items(), key=lambda item: -item[1])[:15]:
        print(f"{rule_id:8s} {seconds * 1000:8.0f} ms")
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
