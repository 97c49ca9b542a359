"""`make mutate`: mutmut over validator/rules and validator/extract, then the surviving mutants and the kill rate.

mutmut leaves decorated functions alone (a decorator may have side effects when the function is copied), and
every rule is registered by `@rule(ID)`: that would leave the rules' own bodies untested. Here a function whose
only decorator is `@rule(...)` is mutated like any other; the registration stays on the trampoline that
mutmut puts in its place, so the registry holds exactly one function per rule id, which switches between the
original and the mutant under test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

import libcst as cst
from mutmut import __main__ as mutmut_cli
from mutmut.mutation import file_mutation
from mutmut.utils.file_utils import walk_mutatable_files

# mutmut's outcomes that mean a test noticed the mutant.
DETECTED = {"killed", "timeout"}
EQUIVALENT_LIST = Path("docs/mutants.md")


def _registered_rule(node: cst.FunctionDef) -> cst.Decorator | None:
    if len(node.decorators) != 1:
        return None
    (decorator,) = node.decorators
    call = decorator.decorator
    if isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value == "rule":
        return decorator
    return None


def _allow_rules() -> None:
    skip = file_mutation.MutationVisitor._skip_node_and_children
    arrange = file_mutation.function_trampoline_arrangement

    def skip_node_and_children(self, node):  # type: ignore[no-untyped-def]
        if isinstance(node, cst.FunctionDef) and _registered_rule(node):
            return skip(self, node.with_changes(decorators=[]))
        return skip(self, node)

    def trampoline_arrangement(function, mutants, class_name):  # type: ignore[no-untyped-def]
        decorator = _registered_rule(function)
        if decorator is None:
            return arrange(function, mutants, class_name)
        # The copies (original and mutants) go undecorated; only the trampoline registers the rule.
        empty, nodes, assignments, names = arrange(function.with_changes(decorators=[]), mutants, class_name)
        nodes = list(nodes)
        nodes[0] = nodes[0].with_changes(decorators=[decorator, *nodes[0].decorators])
        return empty, nodes, assignments, names

    file_mutation.MutationVisitor._skip_node_and_children = skip_node_and_children
    file_mutation.function_trampoline_arrangement = trampoline_arrangement


def _equivalents() -> set[str]:
    """Mutant names listed as equivalent in docs/mutants.md: lines that start with "- `name`"."""
    if not EQUIVALENT_LIST.exists():
        return set()
    return {line.split("`")[1] for line in EQUIVALENT_LIST.read_text().splitlines() if line.startswith("- `")}


def summary(selected: list[str]) -> None:
    """Every mutant no test killed, then the counts and the kill rate, the equivalent ones left out."""
    outcomes: dict[str, str] = {}
    for path in walk_mutatable_files():
        data = mutmut_cli.SourceFileMutationData(path=path)
        data.load()
        for name, code in data.exit_code_by_key.items():
            outcomes[name] = mutmut_cli.status_by_exit_code[code]
    if selected:
        outcomes = {n: s for n, s in outcomes.items() if any(fnmatch(n, p) for p in selected)}
    equivalent = _equivalents()
    counts = Counter(outcomes.values())
    print("\nSurviving mutants (`.venv/bin/mutmut show NAME` shows one):")
    for name, status in sorted(outcomes.items()):
        if status not in DETECTED:
            print(f"    {name}: {status}{'  (equivalent: docs/mutants.md)' if name in equivalent else ''}")
    detected = sum(counts[s] for s in DETECTED)
    considered = len(outcomes) - len(equivalent & {n for n, s in outcomes.items() if s not in DETECTED})
    rate = detected / considered if considered else 0.0
    print(f"\n{dt.date.today().isoformat()}: {dict(sorted(counts.items()))}")
    print(
        f"killed {detected} of {len(outcomes)} mutants; {len(outcomes) - considered} listed as equivalent; "
        f"kill rate {rate:.1%} of the {considered} that can be killed"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--summary-only", action="store_true", help="print the last run's figures")
    parser.add_argument("mutants", nargs="*", help="mutant name patterns, e.g. 'validator.rules.ind*'")
    args = parser.parse_args()
    if not args.summary_only:
        _allow_rules()
        mutmut_cli.cli.main(["run", "--max-children", str(args.jobs), *args.mutants], standalone_mode=False)
    summary(args.mutants)
    return 0


if __name__ == "__main__":
    sys.exit(main())
