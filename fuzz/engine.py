"""The fuzzing process: libFuzzer (through atheris) driving one target; fuzz/run.py starts it.

`python -m fuzz.engine READER [--no-instrument] LIBFUZZER-ARGUMENTS...`. Instrumented, the readers'
Python code (the validator's, pypdf's, Pillow's, PyYAML's) reports the branches an input took, so that
libFuzzer keeps the inputs that reach new code; without it, libFuzzer only mutates its seeds.
"""

from __future__ import annotations

import sys

import atheris

INSTRUMENTED = ["validator", "pypdf", "PIL", "yaml", "fuzz"]


def main() -> None:
    reader, *args = sys.argv[1:]
    instrument = "--no-instrument" not in args
    args = [a for a in args if a != "--no-instrument"]
    if instrument:
        with atheris.instrument_imports(include=INSTRUMENTED):
            from fuzz.targets import TARGETS
    else:
        from fuzz.targets import TARGETS
    atheris.Setup([sys.argv[0], *args], TARGETS[reader])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
