"""Finding, reading and checking draft files: the I/O around the pure engine.

- A path may be a file (checked whatever its extension), a folder (searched, recursively, for
  `.md`, `.markdown` and `.txt` files; folders whose names start with "." are skipped; a folder
  with none is an error), or `-` for standard input.
- `--exclude GLOB` (repeatable) leaves out files and folders whose path, or any trailing part of
  it, matches: `archive`, `drafts/old/*`, `*.txt`. It applies to files named on the command line
  too, so a pre-commit hook that passes file names honours it.
- A file that is missing, unreadable, not UTF-8, binary (contains NUL bytes) or larger than
  `MAX_DRAFT_BYTES` (1 MiB; a social media draft is a few kilobytes) gets a per-file error; the
  other files are still checked.
- Many files are checked in parallel worker processes (see `lint_files`).
"""

from __future__ import annotations

import os
import stat
from typing import IO, NamedTuple, Sequence

from smpolicy.lint.engine import FileResult, RuleSet, lint_draft
from smpolicy.lint.context import LintContext
from smpolicy.lint.draft import parse_draft

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
MAX_DRAFT_BYTES = 1024 * 1024
STDIN = "-"
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 300


class Source(NamedTuple):
    """One draft to check: `path` as shown in output; `error` when it cannot even be found."""

    path: str
    error: str | None = None


def discover(paths: Sequence[str], exclude: Sequence[str] = ()) -> list[Source]:
    """The drafts named by `paths`, in order, each once."""
    found: list[Source] = []
    seen: set[str] = set()

    def add(source: Source) -> None:
        key = source.path if source.path == STDIN else os.path.normpath(source.path)
        if key not in seen:
            seen.add(key)
            found.append(source)

    for given in paths:
        if given == STDIN:
            add(Source(STDIN))
        elif os.path.isdir(given):
            drafts = _walk(given, exclude)
            if not drafts:  # a folder named on purpose that holds nothing to check is a mistake
                add(Source(given, "no drafts in this folder (.md, .markdown or .txt files)"))
            for path in drafts:
                add(Source(path))
        elif _excluded(given, exclude):
            continue
        elif os.path.lexists(given):
            add(Source(given))
        else:
            add(Source(given, "no such file or folder"))
    return found


def _walk(folder: str, exclude: Sequence[str]) -> list[str]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _excluded(os.path.join(root, d), exclude))
        for name in sorted(names):
            path = os.path.join(root, name)
            if name.lower().endswith(DRAFT_SUFFIXES) and not _excluded(path, exclude):
                files.append(path)
    return files


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    if not patterns:
        return False
    import fnmatch

    parts = os.path.normpath(path).replace(os.sep, "/").split("/")
    tails = ["/".join(parts[index:]) for index in range(len(parts))]
    return any(fnmatch.fnmatchcase(tail, pattern.rstrip("/")) for pattern in patterns for tail in tails)


class DraftFileError(Exception):
    """A draft that cannot be read as text; the message is shown as the file's error."""


def read_draft_file(path: str, stdin: IO[bytes] | None = None, limit: int | None = None) -> str:
    """A draft's text; raises `DraftFileError` with a one-line reason."""
    limit = MAX_DRAFT_BYTES if limit is None else limit
    try:
        if path == STDIN:
            raw = (stdin if stdin is not None else _stdin()).read(limit + 1)
        else:
            if os.path.isdir(path):
                raise DraftFileError("is a folder")
            with open(path, "rb") as handle:
                # Check the size first: read(limit + 1) would allocate the whole limit per file.
                status = os.fstat(handle.fileno())
                if status.st_size > limit:
                    raise DraftFileError(f"larger than {limit:,} bytes; a draft is a short text file")
                # A pipe or device (/dev/zero) reports size 0 and may never end: read it bounded.
                raw = handle.read() if stat.S_ISREG(status.st_mode) else handle.read(limit + 1)
    except DraftFileError:
        raise
    except FileNotFoundError:
        raise DraftFileError("no such file or folder") from None
    except OSError as error:
        raise DraftFileError(f"cannot read: {error.strerror or error}") from None
    if len(raw) > limit:
        raise DraftFileError(f"larger than {limit:,} bytes; a draft is a short text file")
    if b"\x00" in raw:
        raise DraftFileError("binary file (contains NUL bytes); a draft is a UTF-8 text file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DraftFileError(f"not valid UTF-8 (line {line}); save the draft as UTF-8") from None


def _stdin() -> IO[bytes]:
    import sys

    return sys.stdin.buffer


def check_source(source: Source, context: LintContext, ruleset: RuleSet, stdin: IO[bytes] | None = None) -> FileResult:
    """Read and lint one draft; every failure is this file's error, never an exception."""
    if source.error:
        return FileResult(source.path, source.error, [])
    try:
        text = read_draft_file(source.path, stdin)
    except DraftFileError as error:
        return FileResult(source.path, str(error), [])
    findings = lint_draft(parse_draft(text, source.path, context.timezone), context, ruleset=ruleset)
    return FileResult(source.path, "; ".join(findings.errors) or None, list(findings))


def lint_files(
    sources: Sequence[Source],
    context: LintContext,
    ruleset: RuleSet,
    jobs: int | None = None,
    stdin: IO[bytes] | None = None,
) -> list[FileResult]:
    """Check every source, in order. `jobs` worker processes (default: one per CPU for many files)."""
    jobs = _jobs(len(sources), jobs)
    if jobs <= 1 or any(source.path == STDIN for source in sources):
        return [check_source(source, context, ruleset, stdin) for source in sources]
    return _in_workers(list(sources), context, ruleset, jobs)


def _jobs(count: int, jobs: int | None) -> int:
    if jobs is not None:
        return max(1, jobs)
    if count < PARALLEL_FROM:
        return 1
    return min(os.cpu_count() or 1, 8)


# Workers are forked after the rules are imported and the register is read, so each inherits
# them instead of importing and reading again (and no rule needs to be picklable).
_WORK: tuple[LintContext, RuleSet] | None = None


def _check_chunk(chunk: list[Source]) -> list[FileResult]:
    assert _WORK is not None
    context, ruleset = _WORK
    return [check_source(source, context, ruleset) for source in chunk]


def _in_workers(sources: list[Source], context: LintContext, ruleset: RuleSet, jobs: int) -> list[FileResult]:
    """This process checks the first drafts (compiling the patterns most drafts need, once),
    then forks `jobs - 1` workers, which inherit what it compiled, and checks its own share of
    the rest alongside them. Workers that each compiled everything again cost a tenth of their
    time; and this process's own results need no pickling."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORK
    if "fork" not in multiprocessing.get_all_start_methods():
        return [check_source(source, context, ruleset) for source in sources]
    if ruleset.triggers is not None:
        ruleset.triggers.compile()  # once, before forking, so every worker has it
    first = [check_source(source, context, ruleset) for source in sources[:_WARM_UP]]
    rest = sources[_WARM_UP:]
    if not rest:
        return first
    own = len(rest) // jobs
    theirs = rest[own:]
    size = max(1, -(-len(theirs) // ((jobs - 1) * 4)))  # a few chunks per worker evens out uneven files
    chunks = [theirs[start : start + size] for start in range(0, len(theirs), size)]
    _WORK = (context, ruleset)
    try:
        with ProcessPoolExecutor(jobs - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = pool.map(_check_chunk, chunks)
            mine = [check_source(source, context, ruleset) for source in rest[:own]]
            return first + mine + [result for chunk in pending for result in chunk]
    finally:
        _WORK = None


# Drafts this process checks before forking: enough to meet the common rules' patterns.
_WARM_UP = 100
