"""Every error that stops a command, and the one place that maps them to exit codes (`exit_code`).

A bad file *inside* a dossier is never an exception: it becomes a finding.
Only what prevents the command itself from running ends up here; anything else
that escapes is a bug in the validator (exit 3).
"""

from __future__ import annotations

import traceback
from pathlib import Path

EXIT_READY = 0
EXIT_DEFICIENT = 1
EXIT_UNUSABLE = 2
EXIT_INTERNAL = 3
# 128 + SIGINT and 128 + SIGTERM, as a shell reports a process that the signal ended.
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
# 128 + SIGPIPE: whoever read the output stopped reading (`validator rules | head`), as a shell tool reports it.
EXIT_BROKEN_PIPE = 141


class ValidatorError(Exception):
    """A command could not run; the message is shown to the user as is."""

    exit_code = EXIT_UNUSABLE


class UsageError(ValidatorError):
    """Bad arguments or an unreadable dossier path."""


class ConfigError(ValidatorError):
    """A schema or manifest that does not load; carries every problem at once."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class UnknownProcedure(ValidatorError):
    pass


class UnknownRule(ValidatorError):
    pass


class Terminated(ValidatorError):
    """SIGTERM during a check: raised so that the way out removes what was unpacked from a zip."""

    exit_code = EXIT_TERMINATED


class RuleFailed(ValidatorError):
    """A rule raised: the report holds the other rules' findings, but without these rules' its verdict may be a
    false all-clear."""

    exit_code = EXIT_INTERNAL

    def __init__(self, rules: list[str]):
        self.rules = rules
        super().__init__(
            f"internal error: rule {', '.join(rules)} failed, so the report is incomplete"
            " (a bug; --debug shows the traceback)"
        )


def exit_code(exc: BaseException) -> int:
    if isinstance(exc, ValidatorError):
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        return EXIT_BROKEN_PIPE
    return EXIT_INTERNAL


def describe(exc: BaseException) -> str:
    """What ended the command, for standard error. A bug is one line: its kind and the line of the validator
    it was raised at, never its message, which may quote a dossier's content."""
    if isinstance(exc, ValidatorError):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "validator" in Path(f.filename).parts] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    return f"internal error: {type(exc).__name__}{where} (a bug; --debug shows the traceback)"
