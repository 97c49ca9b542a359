"""Every error that stops a command, and the one place that maps them to exit codes.

A bad file *inside* a dossier is never an exception: it becomes a finding.
Only what prevents the command itself from running ends up here.
"""

from __future__ import annotations

EXIT_READY = 0
EXIT_DEFICIENT = 1
EXIT_UNUSABLE = 2
# 128 + SIGTERM, as a shell reports a process that SIGTERM ended.
EXIT_TERMINATED = 143


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
